"""No echo (issue 15 item 1): a replica never downloads what it just pushed."""

import shutil

from sync_helpers import assert_same


def _contacts(store, n, prefix="C"):
    with store.write() as w:
        w.create_many("contact", [(None, {"kind": "person", "name": f"{prefix} {i}",
                                          "notes": f"Met at the market, stall {i}"}) for i in range(n)])


def test_a_push_of_1000_records_downloads_under_a_tenth_of_what_it_uploaded(group):
    a = group.replica("ana")
    _contacts(a, 1000)
    pushed = []

    def after_push(stage, done, total):
        if stage == "push" and done and done == total:
            pushed.append(rep.transport.stats.snapshot())

    rep = group.replicator(a, progress=after_push)
    report = rep.sync()
    assert report.pushed == report.echoed >= 1000        # the seed themes go too
    assert report.received == 0 and report.pulled == 0
    pull = rep.transport.stats.since(pushed[-1])
    assert pull.requests == 0      # everything after its cursor is its own echo: no pull at all
    assert pull.bytes_received < 0.10 * pushed[-1].bytes_sent, (pull.bytes_received, pushed[-1].bytes_sent)
    # the records took the server's seq and stamps without being downloaded
    rid = a.list_ids("contact")[0]
    local = a.get(rid)
    assert local.server_seq > 0 and local.updated_by == "ana"
    b = group.replica("rui")
    group.sync(b)
    assert_same(a, b)
    assert b.get(rid).server_seq == local.server_seq


def test_an_echoed_record_edited_again_pushes_cleanly_and_others_edits_still_arrive(group):
    a, b = group.replica("ana"), group.replica("rui")
    c = a.create("contact", {"kind": "person", "name": "Zé"})
    group.sync(a)
    group.sync(b)
    a.update(c.id, {"role": "Mayor"})
    report = group.sync(a)
    assert (report.echoed, report.merged, report.received) == (1, 0, 0)
    b.update(c.id, {"notes": "Knows the well"})
    group.sync(b)
    report = group.sync(a)
    assert report.received == 1          # rui's edit is not an echo of ana's
    assert a.get(c.id).fields["notes"] == "Knows the well"
    assert a.get(c.id).fields["role"] == "Mayor"
    assert_same(a, b)


def test_an_edit_made_between_two_batches_goes_in_the_same_sync_without_a_merge(group):
    a = group.replica("ana")
    c = a.create("contact", {"kind": "person", "name": "Zé"})

    def edit_while_pushing(stage, done, total):
        if stage == "push" and done and not a.get(c.id).fields.get("role"):
            a.update(c.id, {"role": "Mayor"})

    report = group.sync(a, progress=edit_while_pushing)
    assert a.get(c.id).fields["role"] == "Mayor" and a.pending_count() == 0
    assert report.merged == 0 and report.echoed == report.pushed and report.received == 0
    b = group.replica("rui")
    group.sync(b)
    assert_same(a, b)


def test_a_copied_replica_gets_its_own_identity_and_pulls_everything(group, tmp_path):
    a = group.replica("ana")
    _contacts(a, 30)
    group.sync(a)
    first_id = a.replication.replica_id()
    a.close()
    copy = tmp_path / "copy" / "replica.sqlite"
    copy.parent.mkdir()
    shutil.copy(a.path, copy)
    from ruraldesk.store import Store

    b = Store(copy, author="ana")
    group.stores.append(b)
    assert b.replication.replica_id() != first_id
    assert b.replication.cursor() is None
    report = group.sync(b)
    assert report.received >= 30          # the copy asks for everything again
    again = Store(a.path, author="ana")   # the original keeps its identity
    group.stores.append(again)
    assert again.replication.replica_id() == first_id


def test_a_server_without_echo_gets_its_records_pulled_back_as_before(group):
    from sync.client.replicator import _echoes
    from sync.protocol import Change, decode_push_response

    ch = Change("c1", "r1", "contact", "create", {"name": "Zé"}, {}, 0)

    def echoes(*results):
        return _echoes([ch], decode_push_response({"results": list(results)})[0])

    assert echoes({"change_id": "c1", "status": "applied", "seq": 4}) == []
    assert echoes({"change_id": "c1", "status": "conflict", "seq": 4, "echo": True}) == []
    [echo] = echoes({"change_id": "c1", "status": "applied", "seq": 4, "echo": True,
                     "updated_by": "ana", "updated_at": "2026-01-01T00:00:00.000Z"})
    assert (echo.record_id, echo.seq, echo.updated_by) == ("r1", 4, "ana")
def test_a_restored_backup_is_a_new_replica_that_pulls_everything_again(group, tmp_path):
    from ruraldesk.io.backup import backup_workspace, restore_workspace
    from ruraldesk.store import Store

    a = group.replica("ana")
    _contacts(a, 20)
    group.sync(a)
    first_id = a.replication.replica_id()
    backup_workspace(a, tmp_path / "backup.zip")
    target = tmp_path / "restored" / "replica.sqlite"
    restore_workspace(tmp_path / "backup.zip", target)
    b = Store(target, author="ana")
    group.stores.append(b)
    assert b.replication.replica_id() != first_id and b.replication.cursor() is None
    assert group.sync(b).received >= 20
    assert_same(a, b)
