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


def test_a_folder_with_a_pause_between_folds_still_folds_the_last_write(tmp_path):
    from sqlalchemy import create_engine

    from ruraldesk.wal import PASSIVE, WalFolder

    engine = create_engine(f"sqlite:///{tmp_path / 'w.sqlite'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
        conn.exec_driver_sql("CREATE TABLE t (x TEXT)")
    folder = WalFolder(engine, min_interval=0.1)
    try:
        for i in range(5):      # a burst: asked while the one before is folding or waiting
            with engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
                conn.exec_driver_sql("INSERT INTO t VALUES (?)", ("x" * 20_000,))
            folder.soon(PASSIVE)
        assert folder.wait(30)
        with engine.connect() as conn:
            busy, frames, folded = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").first()
            assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 5
        assert busy == 0 and frames > 0 and folded == frames
    finally:
        engine.dispose()
