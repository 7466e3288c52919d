"""Bulk writes run without cyclic garbage collection (store/bulk.py paused_gc)."""

from __future__ import annotations

import gc
import threading

import pytest

from ruraldesk.store.bulk import paused_gc


@pytest.fixture
def collections():
    """Every collection's generation while the test runs, with a low threshold so a bulk
    write would trigger hundreds of them."""
    seen: list[int] = []

    def note(phase, info):
        if phase == "start":
            seen.append(info["generation"])

    threshold = gc.get_threshold()
    gc.set_threshold(50)
    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)
        gc.set_threshold(*threshold)


def test_a_bulk_write_triggers_no_collection_and_the_collector_is_back_after(store, collections):
    items = [(None, {"kind": "organisation", "name": f"Org {i}", "notes": "n" * 50}) for i in range(2000)]
    with store.write() as w:
        before = len(collections)
        w.create_many("contact", items)
        # at most one, as the call begins (its own allocation, before the pause); without the
        # pause a write of 2,000 records triggered hundreds at this threshold
        assert len(collections) - before <= 1
    assert gc.isenabled()
    assert store.count("contact") == 2000
    [{"x": i} for i in range(500)]          # the collector works again
    assert len(collections) > before


def test_overlapping_pauses_end_with_the_last_and_a_collector_left_off_stays_off():
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()

    def other():
        with paused_gc():
            inside.set()
            release.wait(10)

    t = threading.Thread(target=other)
    with paused_gc():
        t.start()
        assert inside.wait(10)
    assert not gc.isenabled()      # the other thread's pause still runs
    release.set()
    t.join(10)
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
