"""The store's fast paths for sync (issue 15) give the same results as the plain ones."""

from __future__ import annotations

import random
import re
import threading

from ruraldesk.domain.text import PLAIN_LETTERS
from ruraldesk.store import search
from ruraldesk.store.engine import relaxed_durability

FULL, NORMAL = 2, 1


def _level(store) -> int:
    with store.write() as w:
        return w.conn.exec_driver_sql("PRAGMA synchronous").scalar()


def test_relaxed_durability_holds_only_inside_its_block_and_its_thread(store):
    assert _level(store) == FULL
    seen = {}
    with relaxed_durability():
        assert _level(store) == NORMAL
        other = threading.Thread(target=lambda: seen.setdefault("other", _level(store)))
        other.start()
        other.join()
    assert seen["other"] == FULL           # another thread's write is not relaxed
    for _ in range(6):                     # the pooled connections all come back to FULL
        assert _level(store) == FULL


def test_the_twins_of_special_letters_are_those_of_the_whole_text():
    words = re.compile(r"\w+")

    def whole_text(text):
        plain = text.translate(PLAIN_LETTERS)
        return {f for w, f in zip(words.findall(text), words.findall(plain)) if w != f}

    alphabet = list("abcłŁøØđĐðßæÆœŒıþÞé_1 ,.-\n\u0301٣") + ["ÿ", "Ł1"]
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert search._twins(text) == whole_text(text)
    title, body = search.document("contact", {"kind": "person", "name": "Łukasz Ødegård", "notes": "Þórður"})
    assert set(body.splitlines()[-1].split()) == {"Lukasz", "Odegård", "Thórdur"}   # FTS5 folds the rest itself


def test_a_syncs_status_lines_commit_without_waiting_for_the_disk(store):
    from sqlalchemy import event

    levels = []
    event.listen(store.engine, "commit", lambda conn: levels.append(conn.info.get("synchronous")))
    store.replication.record_status({"sync.last_report": "{}", "sync.last_error": ""})
    store.set_meta("author", "ana")                # an ordinary write stays durable
    assert levels == ["NORMAL", "FULL"]
    assert store.get_metas(("sync.last_report", "sync.last_error")) == {"sync.last_report": "{}",
                                                                        "sync.last_error": ""}
