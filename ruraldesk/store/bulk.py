"""Set-based writes: one prepared statement per table and batch, run with executemany on
the driver (no per-row statement building). Values go in as the ORM would store them."""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from operator import itemgetter
from typing import Any, Iterator

from sqlalchemy import JSON, Boolean, Table

from ..jsontext import dumps

#: ids per `IN (…)` list: well under SQLite's bound on host parameters
IN_LIST = 500


_pause_lock = threading.Lock()
_pauses = 0
_gc_was_on = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a batch is written (as Mercurial's nogc): the
    batch allocates hundreds of thousands of dicts and tuples, which counts towards the
    collector's thresholds, and each full collection walked every object of the process
    (~50 ms, three times in a write of 10,000 records) to free almost nothing: the batch's
    objects go when it is done, by their reference counts. Pauses of several threads
    overlap; the last to end turns the collector back on, if it was on."""
    global _pauses, _gc_was_on
    with _pause_lock:
        if _pauses == 0:
            _gc_was_on = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _gc_was_on:
                gc.enable()


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
    # a generator per row was most of the cost of building a large batch: the values are
    # taken by one itemgetter, and only the JSON and boolean columns are converted after
    get = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    conv = [(i, f) for i, f in enumerate(_converters(table, keys)) if f is not None]
    if not conv:
        return [get(row) for row in rows]
    out = []
    for row in rows:
        values = list(get(row))
        for i, f in conv:
            values[i] = f(values[i])
        out.append(tuple(values))
    return out


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
