import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from ruraldesk.store import Store
from ruraldesk.store import migrate
from ruraldesk.store.backup import backup_dir
from ruraldesk.store.models import Base


def test_empty_file_migrates_to_head_matching_the_models(tmp_path):
    store = Store(tmp_path / "r.sqlite")
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    assert store.migration_backup is None  # nothing to back up in a new replica
    with store.engine.connect() as conn:
        # the FTS5 virtual table and its shadow tables are not models
        not_fts = {"include_name": lambda name, kind, _parent: not (kind == "table" and name.startswith("search"))}
        diff = compare_metadata(MigrationContext.configure(conn, opts=not_fts), Base.metadata)
    assert diff == []
    assert store.count("theme") == 17  # seed themes
    store.close()


def test_wal_and_foreign_keys(tmp_path):
    store = Store(tmp_path / "r.sqlite")
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() >= 1
    store.close()


def test_upgrade_of_an_older_replica_takes_a_backup_first_and_keeps_data(tmp_path):
    path = tmp_path / "r.sqlite"
    store = Store(path)
    p = store.create("practice", {"title": "Keep me", "kind": "good"})
    store.close()
    from alembic import command

    cfg = migrate._config()
    engine = Store.__init__.__globals__["make_engine"](path)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    engine.dispose()

    reopened = Store(path)
    assert migrate.current_revision(reopened.engine) == migrate.head_revision()
    assert reopened.migration_backup is not None and reopened.migration_backup.exists()
    assert reopened.migration_backup.parent == backup_dir(path)
    # the backup is the replica as it was: at the old revision, with the record
    old = sqlite3.connect(reopened.migration_backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert old.execute("SELECT count(*) FROM practice").fetchone()[0] == 1
    old.close()
    assert reopened.get(p.id).title == "Keep me"
    assert reopened.search("keep")[0].record_id == p.id
    reopened.close()


def test_backups_rotate(tmp_path):
    from ruraldesk.store.backup import KEEP, take_backup

    store = Store(tmp_path / "r.sqlite")
    for _ in range(KEEP + 3):
        take_backup(store.path, "manual")
    assert len(list(backup_dir(store.path).glob("r-*.sqlite"))) == KEEP
    store.close()


def test_the_daily_backup_is_taken_once_a_day_and_only_when_there_is_something_to_keep(store):
    from ruraldesk.store import backup

    assert store.backup_if_due() is None            # only the seeded themes: nothing to keep yet
    store.create("practice", {"title": "Shared oven", "kind": "good"})
    first = store.backup_if_due()
    assert first is not None and first.exists()
    assert store.backup_if_due() is None            # already done today
    assert backup.latest_backup_age(store.path).total_seconds() < 60


def test_a_new_replica_has_8k_pages_and_an_old_one_keeps_its_own(tmp_path):
    import sqlite3

    from ruraldesk.store import Store

    with Store(tmp_path / "new.sqlite") as s, s.read() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 8192
    old = tmp_path / "old.sqlite"
    c = sqlite3.connect(old)
    c.execute("PRAGMA page_size = 4096")
    c.execute("CREATE TABLE t(x)")
    c.close()
    with Store(old, seed=False) as s, s.read() as conn:
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 4096
        assert s.check_integrity() == []
