"""The WAL folded back into the replica file on a thread of its own (store/wal.py)."""

from __future__ import annotations

import threading

from ruraldesk.store import Store


def _wal_size(store: Store) -> int:
    wal = store.path.with_name(store.path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def _write(store: Store, n: int, start: int = 0) -> None:
    with store.write() as w:
        w.create_many("contact", [(None, {"kind": "organisation", "name": f"Org {i}", "notes": "x" * 2000})
                                  for i in range(start, start + n)])


def test_a_fold_asked_for_soon_empties_the_wal_and_keeps_every_record(store):
    _write(store, 300)
    assert _wal_size(store) > 500_000
    store.wal.soon()
    assert store.wal.wait(30)
    assert _wal_size(store) == 0
    assert store.count("contact") == 300


def test_writes_beside_a_fold_are_kept_and_a_later_ask_folds_them_too(store):
    _write(store, 200)
    writers = [threading.Thread(target=_write, args=(store, 50, 1000 + 100 * k)) for k in range(3)]
    store.wal.soon()
    for t in writers:
        t.start()
        store.wal.soon()
    for t in writers:
        t.join()
    store.wal.soon()                # asked after the last commit: that commit is folded too
    assert store.wal.wait(30)
    assert _wal_size(store) == 0
    assert store.count("contact") == 350


def test_closing_waits_for_a_fold_under_way(tmp_path):
    store = Store(tmp_path / "r.sqlite")
    _write(store, 300)
    store.wal.soon()
    store.close()
    assert store.wal.wait(0)
    with Store(tmp_path / "r.sqlite") as again:
        assert again.count("contact") == 300
