"""Set-based writes: one prepared statement per table and batch, run with executemany on
the driver (no per-row statement building). Values go in as the ORM would store them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Table

from .engine import dumps

#: ids per `IN (…)` list: well under SQLite's bound on host parameters
IN_LIST = 500


def chunks(items: list[Any], n: int = IN_LIST):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _converters(table: Table, keys: list[str]) -> list[Any]:
    out = []
    for k in keys:
        col = table.c[k]
        if isinstance(col.type, JSON):
            out.append(lambda v: None if v is None else dumps(v))
        elif isinstance(col.type, Boolean):
            out.append(lambda v: None if v is None else int(bool(v)))
        else:
            out.append(None)
    return out


def _tuples(table: Table, keys: list[str], rows: list[dict[str, Any]]) -> list[tuple]:
    conv = _converters(table, keys)
    return [tuple(v if f is None else f(v) for f, v in zip(conv, (row[k] for k in keys))) for row in rows]


def insert_many(conn: Any, table: Table, rows: list[dict[str, Any]], *, or_ignore: bool = False) -> None:
    """Rows with the same keys (the first row's)."""
    if not rows:
        return
    keys = list(rows[0])
    sql = (f"INSERT {'OR IGNORE ' if or_ignore else ''}INTO {table.name} ({', '.join(keys)}) "
           f"VALUES ({', '.join('?' * len(keys))})")
    conn.exec_driver_sql(sql, _tuples(table, keys, rows))


def update_many(conn: Any, table: Table, key: str, rows: list[dict[str, Any]]) -> None:
    """Set the first row's other columns on the rows whose `key` column matches."""
    if not rows:
        return
    keys = [k for k in rows[0] if k != key]
    sql = f"UPDATE {table.name} SET {', '.join(f'{k} = ?' for k in keys)} WHERE {key} = ?"
    conn.exec_driver_sql(sql, _tuples(table, [*keys, key], rows))
