"""A slow link between a sync client and its server: one TCP proxy, the same for every system.

    python benchmarks/peer/throttle.py --target PORT --down-kbit 1600 --up-kbit 750 --rtt-ms 150
    # prints {"port": P} once it listens on 127.0.0.1:P

The link is modelled below HTTP, so it treats every client alike whatever its request pattern:

* bandwidth: one token bucket per direction, shared by all connections (a phone tether is one
  link; two parallel requests split it). Bytes leave the bucket in slices of at most SLICE bytes
  so parallel connections interleave the way packets do.
* latency: every slice arrives RTT/2 after it has been sent, in each direction.
* connection set-up: a new TCP connection costs one round trip before its first byte can go
  (SYN, SYN-ACK), so a client that opens a connection per request pays for it, as it would.

No TLS, no loss, no slow start: the figures are a floor for what a real link would cost.

`--off` starts it as a plain pass-through; a line "on" or "off" on stdin switches the link
model for connections opened from then on (answered by "ok"). A client can so keep one
server address across a loopback setup and the throttled phases (PouchDB keys its
replication checkpoints by that address).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import threading
import time

SLICE = 1460 * 4          # about four TCP segments


class Link:
    """One direction of the link: when the next byte may start going out."""

    def __init__(self, bits_per_second: float):
        self.rate = bits_per_second / 8.0
        self.free_at = 0.0

    def reserve(self, n: int, not_before: float) -> float:
        """Reserve the wire for n bytes; returns when their last byte has left."""
        start = max(time.monotonic(), self.free_at, not_before)
        self.free_at = start + n / self.rate
        return self.free_at


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, link: Link,
                one_way: float, not_before: float) -> None:
    """Copy one direction: reserve the link, wait the send time, deliver after the latency.
    Delivery runs in its own task so that bytes in flight do not stop the next send."""
    queue: asyncio.Queue = asyncio.Queue()

    async def deliver() -> None:
        while True:
            item = await queue.get()
            if item is None:
                break
            due, data = item
            delay = due - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            writer.write(data)
            await writer.drain()
        if writer.can_write_eof():
            writer.write_eof()

    task = asyncio.create_task(deliver())
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            for i in range(0, len(data), SLICE):
                piece = data[i:i + SLICE]
                sent = link.reserve(len(piece), not_before)
                delay = sent - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                queue.put_nowait((sent + one_way, piece))
    except (ConnectionError, OSError):
        pass
    finally:
        queue.put_nowait(None)
        try:
            await task
        except (ConnectionError, OSError):
            pass


async def _copy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
        if writer.can_write_eof():
            writer.write_eof()
    except (ConnectionError, OSError):
        pass


class Throttle:
    def __init__(self, target_port: int, down_bps: float, up_bps: float, rtt_s: float,
                 target_host: str = "127.0.0.1"):
        self.target = (target_host, target_port)
        self.up = Link(up_bps)
        self.down = Link(down_bps)
        self.one_way = rtt_s / 2
        self.rtt = rtt_s
        self.connections = 0
        self.enabled = True

    async def handle(self, c_reader: asyncio.StreamReader, c_writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        ready = time.monotonic() + self.rtt      # the handshake's round trip
        try:
            s_reader, s_writer = await asyncio.open_connection(*self.target)
        except OSError:
            c_writer.close()
            return
        if self.enabled:
            await asyncio.gather(
                _pump(c_reader, s_writer, self.up, self.one_way, ready),
                _pump(s_reader, c_writer, self.down, self.one_way, ready),
            )
        else:
            await asyncio.gather(_copy(c_reader, s_writer), _copy(s_reader, c_writer))
        for w in (s_writer, c_writer):
            w.close()


async def serve(args: argparse.Namespace) -> None:
    t = Throttle(args.target, args.down_kbit * 1000, args.up_kbit * 1000, args.rtt_ms / 1000)
    t.enabled = not args.off
    server = await asyncio.start_server(t.handle, "127.0.0.1", args.listen)
    port = server.sockets[0].getsockname()[1]
    loop = asyncio.get_running_loop()

    def switch(on: bool) -> None:
        t.enabled = on
        print("ok", flush=True)

    def control() -> None:
        for line in sys.stdin:
            if line.strip() in ("on", "off"):
                loop.call_soon_threadsafe(switch, line.strip() == "on")

    threading.Thread(target=control, daemon=True).start()
    print(json.dumps({"port": port}), flush=True)
    async with server:
        await server.serve_forever()


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--target", type=int, required=True)
    p.add_argument("--listen", type=int, default=0)
    p.add_argument("--down-kbit", type=float, required=True)
    p.add_argument("--up-kbit", type=float, required=True)
    p.add_argument("--rtt-ms", type=float, required=True)
    p.add_argument("--off", action="store_true", help="start as a plain pass-through")
    try:
        asyncio.run(serve(p.parse_args(argv)))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
