"""`ruraldesk relay export|import` and `ruraldesk-server relay-import G FILE`, end to end."""

from __future__ import annotations

from ruraldesk.cli import main

from sync_helpers import Group, assert_same


def test_export_import_by_cli_then_the_server_takes_the_file(tmp_path, capsys):
    from sync.server.admin import main as server_main
    from sync.server.testing import serve

    data = tmp_path / "server"
    with serve(None, data) as server:
        g = Group(server, tmp_path, name="clivillage")
        try:
            village, facilitator = g.replica("ana"), g.replica("rui")
            g.sync(village), g.sync(facilitator)
            from sync.relay.exchange import refresh_keys

            refresh_keys(facilitator, g.replicator(facilitator).transport, g.name)
            p = village.create("practice", {"title": "Wool co-op", "kind": "good"})
            stick = tmp_path / "stick" / "changes.rdrelay"
            stick.parent.mkdir()
            assert main(["relay", "export", str(stick), "--db", str(village.path)]) == 0
            out = capsys.readouterr().out
            phrase = out.strip().splitlines()[-1].strip()
            assert "wrote 1 change" in out and len(phrase.split()) == 5

            assert main(["relay", "import", str(stick), "--db", str(facilitator.path),
                         "--passphrase", "not the words"]) == 2
            assert "passphrase does not open" in capsys.readouterr().err
            assert main(["relay", "import", str(stick), "--db", str(facilitator.path),
                         "--passphrase", phrase.upper()]) == 0
            assert "1 change applied" in capsys.readouterr().out
            assert facilitator.get(p.id).fields["title"] == "Wool co-op"

            # a coordinator hands the same file to the server: taken under ana, once
            args = ["--data-dir", str(data), "relay-import", g.name, str(stick), "--passphrase", phrase]
            assert server_main(args) == 0
            assert "1 of 1 changes taken into clivillage" in capsys.readouterr().out
            assert server_main(args) == 0          # again: applied once all the same
            capsys.readouterr()
            assert [r["member_id"] for r in server.service.history(g.name, p.id)] == ["ana"]
            assert server_main(["--data-dir", str(data), "relay-import", "othergroup", str(stick),
                                "--passphrase", phrase]) == 2
            g.sync(facilitator), g.sync(village), g.sync(facilitator)
            assert [r["member_id"] for r in server.service.history(g.name, p.id)] == ["ana"]
            assert_same(village, facilitator)
        finally:
            g.close()
