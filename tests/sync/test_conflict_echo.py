"""An edit made while a pull runs, answered "conflict" by the push: the replica must end
with the server's value (the other value lives in the conflict), not keep its own."""

from __future__ import annotations

from sync_helpers import assert_same

from sync.client import list_conflicts


def test_edit_during_pull_answered_conflict_takes_the_servers_value(group):
    g = group
    ana, rui = g.replica("ana"), g.replica("rui")
    rec = ana.create("contact", {"kind": "person", "name": "Eva"})
    g.sync(ana)
    g.sync(rui)
    rui.update(rec.id, {"role": "from rui"})
    g.sync(rui)
    edited = []

    def progress(stage, done, total):
        if stage == "pull" and not edited:   # the edit lands after the push, before the pull ends
            edited.append(ana.update(rec.id, {"role": "from ana"}))

    g.replicator(ana, progress=progress).sync()
    assert edited
    g.sync(ana)   # pushes ana's edit: the server answers "conflict"
    for _ in range(2):
        g.sync(ana)
        g.sync(rui)
    assert g.server.service.record(g.name, rec.id).fields["role"] == "from rui"
    assert ana.get(rec.id).fields["role"] == "from rui"
    assert_same(ana, rui)
    kept = [(c.server_value, c.other_value) for c in list_conflicts(ana, record_id=rec.id)]
    assert ("from rui", "from ana") in kept, kept     # nothing lost: ana's value waits in the conflict
