"""sync/client speaks HTTP and goes through the store's replication port for everything
local: no SQL, no table models, no writer internals."""

import ast
from pathlib import Path

CLIENT = Path(__file__).resolve().parents[2] / "sync" / "client"
FORBIDDEN = ("sqlalchemy", "sqlite3", "ruraldesk.store.models", "ruraldesk.store.remote", "ruraldesk.store.writer")


def _imports(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.append(node.module)
            out.extend(f"{node.module}.{a.name}" for a in node.names)
    return out


def test_sync_client_imports_no_sql_and_no_store_internals():
    bad = {f"{p.name}: {name}" for p in CLIENT.glob("*.py") for name in _imports(p)
           if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)}
    assert not bad, sorted(bad)


def test_sync_client_runs_no_queries_on_the_replica():
    calls = {f"{p.name}: {attr}" for p in CLIENT.glob("*.py")
             for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
             if isinstance(node, ast.Attribute) and node.attr in ("conn", "execute", "exec_driver_sql")
             for attr in [node.attr]}
    assert not calls, sorted(calls)


def test_the_check_sees_a_forbidden_import(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from ruraldesk.store.models import Journal\nimport sqlalchemy as sa\n")
    assert {"ruraldesk.store.models", "sqlalchemy"} <= set(_imports(probe))
