"""Discussions: 10,000 posts in 500 threads (one of them 200 posts long).

    python benchmarks/bench_discussions.py [--quick]

Targets: opening a thread of 200 posts < 50 ms (the store's read, the HTML made through
the one renderer, and Qt laying it out in the thread view); the topic list (the first
page of topics, newest activity first, with post and unread counts) < 10 ms.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

from common import print_table, summary, timed, write_results

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = ("cooperativa energia village tractor seed swap coopérative Łódź funding shop mobility school "
         "farm market volunteers region authority grant solar roof battery bus route").split()


def generate(store, threads: int, posts: int, long_thread: int) -> tuple[str, str]:
    """Threads and posts written the way import writes (create_many), by a few members."""
    from ruraldesk.domain.ids import new_id

    rng = random.Random(17)
    members = ["ana", "rui", "eva", "lia", "tom"]
    ids = [new_id() for _ in range(threads)]
    with store.write() as w:
        w.create_many("discussion", [(tid, {"title": " ".join(rng.choices(WORDS, k=5)).capitalize(),
                                            "author": rng.choice(members)}) for tid in ids], validate=False)
    rest = posts - long_thread
    per = [ids[0]] * long_thread + [ids[1 + i % (threads - 1)] for i in range(rest)]
    batch = []
    for thread in per:
        text = " ".join(rng.choices(WORDS, k=rng.randint(8, 60)))
        if rng.random() < 0.3:
            text += "\n\n- **one** point\n- *another* one, see https://example.org/x"
        batch.append((None, {"thread": thread, "author": rng.choice(members), "text": text,
                             "mentions": [rng.choice(members)] if rng.random() < 0.2 else []}))
    with store.write() as w:
        for i in range(0, len(batch), 2000):
            w.create_many("post", batch[i:i + 2000], validate=False)
    return ids[0], ids[1]


def main(argv: list[str]) -> None:
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from ruraldesk.store import Store
    from ruraldesk.store.discussions import Discussions
    from ruraldesk.ui.discussions.render import Viewer, clear_caches, thread_html

    quick = "--quick" in argv
    threads, posts, long_thread = (100, 2_000, 200) if quick else (500, 10_000, 200)
    repeat = 20 if quick else 50
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "r.sqlite", author="ana")
        t = time.perf_counter()
        long_id, short_id = generate(store, threads, posts, long_thread)
        generate_s = time.perf_counter() - t
        d = Discussions(store)
        viewer = Viewer(me="ana", coordinator=False, name=lambda m: m)
        view = QTextBrowser()
        view.resize(600, 800)

        def read(tid: str):
            return d.topic(tid), d.posts(tid, 0, 200), d.removed_times(tid)

        def open_thread(tid: str) -> None:
            _topic, shown, removed = read(tid)
            view.setHtml(thread_html(shown, removed, viewer))
            view.document().size()           # laid out, as when it is shown
            app.processEvents()

        d.topics(0, 50)
        open_thread(long_id)
        rows = {
            "open thread (200 posts): read": summary(timed(lambda: read(long_id), repeat)),
            "open thread (200 posts), first time: read + render + layout": summary(timed(
                lambda: (clear_caches(), open_thread(long_id)), repeat)),
            "open thread (200 posts), again: read + render + layout": summary(timed(
                lambda: open_thread(long_id), repeat)),
            "open thread (~20 posts): read + render + layout": summary(timed(lambda: open_thread(short_id), repeat)),
            "topic list (first 50, by activity, counts)": summary(timed(lambda: d.topics(0, 50), repeat)),
            "topic count": summary(timed(d.topic_count, repeat)),
            "unread total (left pane)": summary(timed(d.unread_total, repeat)),
            "search 'cooperativa' (posts included)": summary(timed(lambda: store.search("cooperativa"), repeat)),
        }
        store.close()
    print_table(f"Discussions: {posts:,} posts in {threads} threads (generated in {generate_s:.1f} s)",
                ["operation", "median ms", "p95 ms", "max ms"],
                [[k, v["median_ms"], v["p95_ms"], v["max_ms"]] for k, v in rows.items()])
    print("\ntargets: open a 200-post thread < 50 ms; topic list < 10 ms")
    write_results("discussions", {"threads": threads, "posts": posts, "long_thread": long_thread,
                                  "generate_s": round(generate_s, 2), "results": rows})


if __name__ == "__main__":
    main(sys.argv[1:])
