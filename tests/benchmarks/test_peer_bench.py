"""The parts of benchmarks/bench_peer.py that its figures rest on: the document mapping
(every generated document is a valid practice, stored as expected) and the throttle (bytes
pass intact both ways, half-close included)."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.append(str(ROOT / "benchmarks"))

from peer import mapping  # noqa: E402
from peer.throttle import Throttle  # noqa: E402
from run_all import _names  # noqa: E402

PEER = Path(os.environ.get("RURALDESK_PEER_POUCHDB", ROOT.parent / "shared" / "peers" / "pouchdb"))


@pytest.fixture(scope="module")
def gen_docs():
    if not (PEER / "gen_docs.py").is_file():
        pytest.skip(f"no peer at {PEER}")
    sys.path.insert(0, str(PEER))
    import gen_docs as module

    return module


def test_generated_documents_are_stored_as_the_mapping_says(tmp_path, gen_docs):
    from ruraldesk.store import Store

    docs = gen_docs.generate_docs(300, 42)
    with Store(tmp_path / "r.sqlite", author="ana") as store:
        with store.write() as w:
            w.create_many("theme", mapping.theme_records(PEER / "words.json"))
            w.create_many("practice", [(mapping.practice_id(d["_id"]), mapping.to_practice(d)) for d in docs])
        got = store.get_many("practice", store.list_ids("practice"))
        assert {k: r.fields for k, r in got.items()} == {
            mapping.practice_id(d["_id"]): mapping.expected_fields(d) for d in docs}
        some = got[mapping.practice_id(docs[7]["_id"])].fields
        assert some["description"].endswith("Linked: " + ", ".join(docs[7]["linked_ids"]))
        assert some["funding_currency"] == "EUR" and some["start_date"] == docs[7]["created"]

        edited = gen_docs.apply_edit(dict(docs[0]))
        with store.write() as w:
            w.update(mapping.practice_id(edited["_id"]), mapping.edit_changes(edited))
        after = store.get(mapping.practice_id(edited["_id"])).fields
        assert after == mapping.expected_fields(edited)
        assert after["summary"].endswith(" (updated)") and after["end_date"] == "2026-01-15"


async def _through_throttle(enabled: bool, payload: bytes) -> bytes:
    async def echo(reader, writer):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
        writer.write_eof()
        await writer.drain()
        writer.close()

    target = await asyncio.start_server(echo, "127.0.0.1", 0)
    throttle = Throttle(target.sockets[0].getsockname()[1], 80e6, 40e6, 0.004)
    throttle.enabled = enabled
    front = await asyncio.start_server(throttle.handle, "127.0.0.1", 0)
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", front.sockets[0].getsockname()[1])

        async def send():
            for i in range(0, len(payload), 10_000):
                writer.write(payload[i:i + 10_000])
                await writer.drain()
            writer.write_eof()

        sent, got = await asyncio.gather(send(), reader.read(-1))
        writer.close()
        return got
    finally:
        front.close()
        target.close()


@pytest.mark.parametrize("enabled", [True, False], ids=["slow link", "pass-through"])
def test_throttle_passes_every_byte_in_order(enabled):
    payload = os.urandom(150_000)
    assert asyncio.run(asyncio.wait_for(_through_throttle(enabled, payload), 60)) == payload


def test_run_all_strips_its_own_filters():
    assert _names(["--quick", "--only", "peer,sync", "--skip", "ui"], "--only") == (
        {"peer", "sync"}, ["--quick", "--skip", "ui"])
