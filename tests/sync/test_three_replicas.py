"""Village laptop ↔ facilitator ↔ server, end to end with real processes (issue 19).

The server runs as `ruraldesk-server serve` in its own process (SQLite in tmp_path); each
replica is driven by the `ruraldesk` command in processes of its own (`sync --setup`, `sync`,
`relay export`, `relay import`), and the coordinator hands a file to the server with
`ruraldesk-server relay-import`. The people's edits between those commands are made on the
replica files with the store, as the window would make them.

The village laptop is online once, to be set up; after that its changes travel by USB stick,
and the facilitator's reach it the same way. Both edit the summary of one shared practice: one
conflict, found on the server and by the village laptop, shown once everywhere. At the end the
server, the facilitator and the village hold the same records and the same open conflict, the
village's changes are on the server under the village author's name, each applied once, even
though the file reached the server twice by the coordinator and once more by the facilitator.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from ruraldesk.store import Store, remote

from sync_helpers import snapshot

pytestmark = pytest.mark.timeout(180)

VILLAGE_WORDS = "seed lamp wool barn kite"      # the village file's passphrase
FACILITATOR_WORDS = "oven fern moss tide gate"


def _env(tmp_path: Path) -> dict[str, str]:
    # the test session's own data folder and keyring setting (tests/conftest.py) go along
    return {**os.environ, "PYTHONPATH": os.getcwd(), "RURALDESK_DATA_DIR": str(tmp_path / "appdata")}


class Proc:
    """Commands run in processes of their own, several at once where the people would."""

    def __init__(self, tmp_path: Path):
        self.env = _env(tmp_path)

    def start(self, module: str, *args: str, log: Path | None = None) -> subprocess.Popen:
        """With `log`, the output goes to that file (a server's log must not fill a pipe)."""
        out = open(log, "ab") if log else subprocess.PIPE
        try:
            return subprocess.Popen([sys.executable, "-m", module, *map(str, args)], env=self.env,
                                    stdout=out, stderr=subprocess.STDOUT if log else subprocess.PIPE,
                                    text=log is None)
        finally:
            if log:
                out.close()

    def run(self, *commands: tuple[str, ...]) -> list[str]:
        """Run commands side by side (each a tuple: module, args…); their outputs, in order.
        Every one must succeed."""
        procs = [self.start(c[0], *c[1:]) for c in commands]
        outs = []
        for c, p in zip(commands, procs):
            out, err = p.communicate(timeout=120)
            assert p.returncode == 0, f"{' '.join(map(str, c))} exited {p.returncode}:\n{out}\n{err}"
            outs.append(out)
        return outs


def ruraldesk(*args) -> tuple[str, ...]:
    return ("ruraldesk.cli", *map(str, args))


def server_cli(data: Path, *args) -> tuple[str, ...]:
    return ("sync.server.admin", "--data-dir", str(data), *map(str, args))


def _free_port() -> int:
    from sync.server.testing import free_port

    return free_port()


def start_server(proc: Proc, data: Path, group: str, token: str) -> tuple[subprocess.Popen, str]:
    """`ruraldesk-server serve` on a free port. The port is free when asked, so a parallel
    worker may take it first: then try another. Ready once it knows our group (not someone
    else's server on that port)."""
    log = data / "server.log"
    for _attempt in range(5):
        port = _free_port()
        server = proc.start("sync.server.admin", "--data-dir", data, "serve", "--port", port, log=log)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.poll() is None:
            try:
                if requests.get(f"{url}/v1/groups/{group}/me", headers={"Authorization": f"Bearer {token}"},
                                timeout=2).ok and server.poll() is None:
                    return server, url
            except requests.RequestException:
                pass
            time.sleep(0.1)
        if server.poll() is None:
            server.kill()
        server.wait(timeout=10)
    raise AssertionError(f"the server did not start:\n{log.read_text(errors='replace')[-2000:]}")


def make_group(data: Path, group: str) -> dict[str, str]:
    """The coordinator's set-up, on the server's database before it serves: the group, its
    members and their tokens (`sync.server.testing` does the same on a threaded server)."""
    from sync.server.admin import _service
    from sync.server.config import Settings

    svc = _service(Settings.load(data_dir=data))
    try:
        svc.create_group(group)
        tokens = {}
        for member, role in (("coord", "coordinator"), ("ana", "member"), ("rui", "member")):
            svc.add_member(group, member, role)
            tokens[member] = svc.issue_token(group, member)[1]
        return tokens
    finally:
        svc.db.dispose()


def server_state(data: Path, group: str) -> tuple[dict, dict[str, list[dict]]]:
    """What the coordinator's export holds (`ruraldesk-server export`: records, open
    conflicts), and every change the server took for each record (who, which change id,
    its result), read from the server's database once its process has ended."""
    import io

    from sync.server.admin import _service
    from sync.server.config import Settings

    svc = _service(Settings.load(data_dir=data))
    try:
        out = io.StringIO()
        svc.export_group(group, out)
        export = json.loads(out.getvalue())
        return export, {r["id"]: svc.history(group, r["id"]) for r in export["records"]}
    finally:
        svc.db.dispose()


def edit(path: Path, work) -> object:
    """A person's edits on a replica (no process of ours has it open meanwhile)."""
    with Store(path) as store:
        return work(store)


def server_snapshot(export: dict) -> dict[str, tuple]:
    """The server's records as sync_helpers.snapshot shows a replica's."""
    out = {}
    for r in export["records"]:
        fields = {k: (sorted(v) if isinstance(v, list) else v)
                  for k, v in (r["fields"] or {}).items() if v not in (None, [], "")}
        out[r["id"]] = (r["collection"], fields, bool(r["deleted"]))
    return out


def open_conflicts(path: Path) -> dict[str, dict]:
    with Store(path) as store, store.read() as conn:
        return {c["id"]: c for c in remote.conflicts(conn)}


def test_village_facilitator_and_server_agree_with_one_conflict_and_the_village_author(tmp_path):
    proc = Proc(tmp_path)
    data = tmp_path / "server"
    group = f"hills-{uuid.uuid4().hex[:8]}"
    tokens = make_group(data, group)
    village, facilitator = tmp_path / "village" / "replica.sqlite", tmp_path / "facilitator" / "replica.sqlite"
    for who, token in (("ana", tokens["ana"]), ("rui", tokens["rui"])):
        (tmp_path / f"{who}.token").write_text(token + "\n")
    server, url = start_server(proc, data, group, tokens["coord"])
    try:
        # -- set-up: both online once -----------------------------------------------------------
        proc.run(ruraldesk("sync", "--db", village, "--setup", url, "--group", group,
                           "--token-file", tmp_path / "ana.token"),
                 ruraldesk("sync", "--db", facilitator, "--setup", url, "--group", group,
                           "--token-file", tmp_path / "rui.token"))
        shared = edit(facilitator, lambda s: s.create(
            "practice", {"kind": "good", "title": "Seed library", "summary": "first words"}).id)
        proc.run(ruraldesk("sync", "--db", facilitator, "--quiet"))
        (out,) = proc.run(ruraldesk("sync", "--db", village, "--quiet"))     # its last time online
        assert out.startswith("Synced:")

        # -- offline: both edit; the summary twice, once on each side ---------------------------
        def village_edits(s):
            wool = s.create("practice", {"kind": "good", "title": "Wool co-op"}).id
            maria = s.create("contact", {"kind": "person", "name": "Maria Village"}).id
            s.update(shared, {"title": "Seed library (village hall)", "summary": "village words"})
            return wool, maria

        wool, maria = edit(village, village_edits)
        edit(facilitator, lambda s: (s.update(shared, {"summary": "facilitator words"}),
                                     s.create("contact", {"kind": "person", "name": "Rui's neighbour"})))
        village_ids = edit(village, lambda s: {e.change_id for e in s.replication.outbox(limit=100)})
        assert len(village_ids) == 3

        # -- the sticks: each writes its file --------------------------------------------------
        v_file, f_file = tmp_path / "stick" / "village.rdrelay", tmp_path / "stick" / "facilitator.rdrelay"
        v_file.parent.mkdir()
        v_out, f_out = proc.run(
            ruraldesk("relay", "export", v_file, "--db", village, "--passphrase", VILLAGE_WORDS),
            ruraldesk("relay", "export", f_file, "--db", facilitator, "--passphrase", FACILITATOR_WORDS))
        assert "wrote 3 changes" in v_out and "wrote 2 changes" in f_out

        # the coordinator hands the village's file to the server; the village takes the
        # facilitator's: the summary meets the other side's on both, the village's first
        hand_in, v_import = proc.run(
            server_cli(data, "relay-import", group, v_file, "--passphrase", VILLAGE_WORDS),
            ruraldesk("relay", "import", f_file, "--db", village, "--passphrase", FACILITATOR_WORDS))
        assert f"3 of 3 changes taken into {group}" in hand_in
        assert "2 changes applied" in v_import and "1 conflict to resolve" in v_import, v_import

        # the facilitator takes the village's file too (it has not got the village laptop's key:
        # its last sync received nothing, so it did not fetch the keys; kept and passed on), then
        # syncs: its summary meets the village's on the server, then it forwards the file's
        # changes (the server has them), fetches the keys and takes them (nothing new)
        (f_import,) = proc.run(ruraldesk("relay", "import", v_file, "--db", facilitator,
                                         "--passphrase", VILLAGE_WORDS))
        assert "0 changes applied, 3 kept to pass on to the server" in f_import, f_import
        proc.run(ruraldesk("sync", "--db", facilitator, "--quiet"))

        # the same files again: the coordinator's second hand-in, the village's second import —
        # nothing is taken twice
        again, v_again = proc.run(
            server_cli(data, "relay-import", group, v_file, "--passphrase", VILLAGE_WORDS),
            ruraldesk("relay", "import", f_file, "--db", village, "--passphrase", FACILITATOR_WORDS))
        assert f"3 of 3 changes taken into {group}" in again       # answered as the first time
        assert "0 changes applied" in v_again and "2 already here" in v_again, v_again
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

    # -- all agree: the server, the facilitator, the village ------------------------------------
    export, history = server_state(data, group)
    on_server = server_snapshot(export)
    with Store(facilitator) as f, Store(village) as v:
        at_facilitator, at_village = snapshot(f), snapshot(v)
        assert f.pending_count() == 0
        assert f.relay.counts()["held"] == f.relay.counts()["to_forward"] == 0     # all passed on
        assert v.pending_count() == 3      # never online again: it cannot know the server has them
    assert at_facilitator == on_server
    assert at_village == on_server
    record = on_server[shared][1]
    assert (record["title"], record["summary"]) == ("Seed library (village hall)", "village words")
    assert on_server[wool][1]["title"] == "Wool co-op" and on_server[maria][1]["name"] == "Maria Village"

    # one conflict, the same everywhere: the facilitator's summary against the village's
    conflicts = export["conflicts"]
    assert len(conflicts) == 1, conflicts
    (c,) = conflicts
    assert (c["record_id"], c["field"]) == (shared, "summary")
    assert (c["data"]["server"], c["data"]["other"]) == ("village words", "facilitator words")
    assert set(open_conflicts(facilitator)) == {c["id"]} == set(open_conflicts(village))

    # the village's changes: under the village author, each applied once
    by_id = {r["id"]: r for r in export["records"]}
    assert (by_id[wool]["created_by"], by_id[wool]["updated_by"]) == ("ana", "ana")
    assert by_id[maria]["created_by"] == "ana"
    ana_rows = [r for rid in (wool, maria, shared) for r in history[rid] if r["member_id"] == "ana"]
    assert sorted(r["change_id"] for r in ana_rows) == sorted(village_ids)
    assert all(r["status"] == "applied" for r in ana_rows), ana_rows
    assert [r["member_id"] for r in history[wool]] == ["ana"]
    assert [r["member_id"] for r in history[maria]] == ["ana"]
    assert sorted(r["member_id"] for r in history[shared]) == ["ana", "rui", "rui"]


def test_a_laptop_set_up_then_taken_offline_can_check_the_first_file_handed_to_it(group):
    """Its set-up sync received the group's records, so it fetched the device keys then: the
    facilitator's changes by file are applied, not only kept for a server it will not see."""
    from sync.relay import bundle
    from sync.relay.exchange import accept, outgoing

    facilitator = group.replica("rui")
    facilitator.create("practice", {"kind": "good", "title": "Seed library"})
    group.sync(facilitator)                 # registers its device key
    village = group.replica("ana")
    assert group.sync(village).received >= 1
    assert "rui" in {member for member, _ in village.relay.keys()}
    # offline from here on
    facilitator.create("contact", {"kind": "person", "name": "Rui's neighbour"})
    data = bundle.pack(outgoing(facilitator), group.name, b"k" * 32)
    report = accept(village, bundle.unpack(data, group.name, b"k" * 32))
    assert (report.applied, report.held, report.refused) == (1, 0, [])
    assert village.search("neighbour")


def _relayed_values(store, record_id: str) -> list[dict]:
    from ruraldesk.store.models import Relayed

    with store.read() as conn:
        return [dict(fields) for (fields,) in conn.execute(
            Relayed.__table__.select().with_only_columns(Relayed.envelope).where(Relayed.record_id == record_id))
            if (fields or {}).get("fields")]


def test_an_erasure_reaches_what_came_by_hand_over_and_no_older_copy_brings_it_back(group):
    """A person's contact went from the village laptop to the facilitator by file, then to the
    server; the coordinator erases it. The facilitator keeps none of its values (not even in
    the file's changes it kept to pass on), and the old file, taken later by a laptop that
    joined after the erasure, does not bring the person back there."""
    from sync.relay import bundle
    from sync.relay.exchange import accept, outgoing, refresh_keys

    village, facilitator = group.replica("ana"), group.replica("rui")
    group.sync(village), group.sync(facilitator)
    for s in (village, facilitator):
        refresh_keys(s, group.replicator(s).transport, group.name)
    person = village.create("contact", {"kind": "person", "name": "Secret Person", "notes": "very private"})
    old_file = bundle.pack(outgoing(village), group.name, b"k" * 32)
    assert accept(facilitator, bundle.unpack(old_file, group.name, b"k" * 32)).applied == 1
    group.sync(facilitator)                 # passes it on to the server
    group.server.service.erase(group.name, person.id, "coord")
    group.sync(facilitator), group.sync(village)
    for s in (village, facilitator):
        assert s.count("contact") == 0 and not s.search("Secret")
        assert _relayed_values(s, person.id) == []
    # the same file again, on the facilitator: refused, and its values not kept either
    report = accept(facilitator, bundle.unpack(old_file, group.name, b"k" * 32))
    assert report.applied == 0 and facilitator.count("contact") == 0
    assert _relayed_values(facilitator, person.id) == []

    newcomer = group.replica("eva")         # joins after the erasure: never held the person
    group.sync(newcomer)
    refresh_keys(newcomer, group.replicator(newcomer).transport, group.name)
    report = accept(newcomer, bundle.unpack(old_file, group.name, b"k" * 32))
    assert report.applied == 0 and [reason for _, reason in report.refused] == [
        "a coordinator erased this record; the change cannot be kept"]
    assert newcomer.count("contact") == 0 and not newcomer.search("Secret")
    assert _relayed_values(newcomer, person.id) == []
