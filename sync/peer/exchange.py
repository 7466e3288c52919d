"""Offer and join: pairing on one TCP connection, then both replicas' changes both ways.

    offer = Offer(store, name="Hall laptop")          # listens; offer.code, offer.addresses()
    result = offer.serve(cancel=event, progress=cb, events=cb)    # until one exchange is done
    result = join(store, ("192.168.1.20", 40123), "123456", name="Ana's laptop", cancel=event)

After pairing, each side lists the changes it could send (author and change id) and the other
answers with those it lacks; then the joiner sends its bundle of the wanted ones
(sync.relay.bundle of sync.relay.exchange.outgoing), then the offerer its own — so an exchange
right after another sends almost nothing. Each applies what it got with sync.relay.exchange.accept, in
one transaction, only once every byte has arrived and opened — so a cut link leaves each
replica unchanged or with the other's changes fully applied, never half. Applying twice is
harmless (a change is applied once per author and change id), so a retry simply completes.
Both outgoing sets are taken before anything is applied: nothing is echoed back.

The offer handles one connection at a time, survives `max_wrong - 1` wrong codes (each told
how many tries are left) and locks at the last; a cut link or a peer of another group does
not end it, and it ends only once the joiner has said it applied the offer's changes.
"""

from __future__ import annotations

import hashlib
import json
import socket
import zlib
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from cryptography.exceptions import InvalidTag

from sync.client.transport import Cancelled
from sync.relay import bundle, exchange as relay

from .errors import LinkLost, NotInGroup, OfferLocked, OtherGroup, PeerError, Protocol, WrongCode
from .link import PLAIN, Link
from .pairing import PROTOCOL, VERSION, Pake, group_tag, new_code, new_salt, normalise_code, same_tag

CHUNK = 256 * 1024
#: the largest list of offered changes taken (zlib-compressed JSON, about 45 bytes a change)
MAX_LIST = 64 * 1024 * 1024
MAX_WRONG = 3

Progress = Callable[[str, int, int], None]      # (stage: send|receive|apply, done, total)
Events = Callable[[str, dict], None]            # (waiting|connected|wrong_code|other_group|lost|paired, detail)


@dataclass
class Exchanged:
    peer: str                       # the other computer's display name
    sent: int = 0                   # changes sent
    received: int = 0               # changes received
    report: relay.Report = field(default_factory=relay.Report)   # what applying theirs did here
    theirs: dict[str, Any] | None = None    # what applying ours did there (None: the link closed first)
    bytes_sent: int = 0
    bytes_received: int = 0


def group_of(store) -> str:
    from sync.client.account import load_account

    account = load_account(store)
    if account is None or not account.group:
        raise NotInGroup()
    return account.group


def _canon(message: dict) -> bytes:
    return json.dumps(message, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _hello(message: dict) -> dict:
    if message.get("hello") != PROTOCOL:
        raise Protocol("not a RuralDesk offer")
    if message.get("v") != VERSION:
        raise Protocol(f"LAN sync version {message.get('v')!r}")
    for key in ("group", "pake", "name"):
        if not isinstance(message.get(key), str):
            raise Protocol(f"a hello without {key}")
    message["name"] = message["name"][:80]
    return message


def _nothing(*_: Any) -> None:
    return None


class Offer:
    def __init__(self, store, *, name: str, host: str = "0.0.0.0", port: int = 0, code: str | None = None,
                 max_wrong: int = MAX_WRONG, idle: float = 30.0):
        self.store, self.group, self.name = store, group_of(store), name[:80]
        self.code = code or new_code()
        self.salt = new_salt()
        self.tag = group_tag(self.salt, self.group)
        self.max_wrong, self.idle = max_wrong, idle
        self.wrong = 0
        self.sock = socket.create_server((host, port), backlog=4)
        self.host, self.port = host, self.sock.getsockname()[1]

    @property
    def locked(self) -> bool:
        return self.wrong >= self.max_wrong

    def addresses(self) -> list[str]:
        """host:port for "connect by address": this computer's network addresses."""
        if self.host not in ("0.0.0.0", "", "::"):
            return [f"{self.host}:{self.port}"]
        return [f"{ip}:{self.port}" for ip in local_addresses()] or [f"127.0.0.1:{self.port}"]

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass

    def __enter__(self) -> Offer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def serve(self, *, cancel: threading.Event | None = None, progress: Progress = _nothing,
              events: Events = _nothing) -> Exchanged:
        """Wait for a computer of the group with the right code and exchange with it. Raises
        Cancelled, or OfferLocked after the last wrong code; the listening socket is closed."""
        cancel = cancel or threading.Event()
        self.sock.settimeout(0.25)
        try:
            events("waiting", {})
            while True:
                if cancel.is_set():
                    raise Cancelled()
                try:
                    conn, peer_address = self.sock.accept()
                except socket.timeout:
                    continue
                link = Link(conn, cancel=cancel, idle=self.idle)
                try:
                    result = self._one(link, progress, events)
                except (WrongCode, OtherGroup, LinkLost, Protocol) as exc:
                    if isinstance(exc, LinkLost):
                        events("lost", {"reason": exc.reason})
                    elif isinstance(exc, Protocol):
                        events("lost", {"reason": exc.reason})
                    if self.locked:
                        raise OfferLocked() from None
                    continue
                finally:
                    link.close()
                if result.theirs is None:
                    # applied here, but the joiner never said it applied ours: stay open for its retry
                    events("lost", {"reason": "no confirmation"})
                    continue
                return result
        finally:
            self.close()

    def _one(self, link: Link, progress: Progress, events: Events) -> Exchanged:
        pake = Pake(self.code, self.group)
        hello = {"hello": PROTOCOL, "v": VERSION, "salt": self.salt, "group": self.tag, "name": self.name,
                 "pake": pake.message}
        link.send_plain(hello)
        theirs = _hello(link.recv_plain())
        events("connected", {"name": theirs["name"]})
        if not same_tag(theirs["group"], self.tag):
            link.send_plain({"error": "group"})
            events("other_group", {"name": theirs["name"]})
            raise OtherGroup()
        try:
            send, recv, bundle_key = pake.keys(theirs["pake"], _canon(hello) + _canon(theirs), offering=True)
        except ValueError:
            raise Protocol("a pairing message that is not one") from None
        link.seal_with(send, recv)
        try:
            kind, confirm = link.recv_any()
            good = kind != PLAIN and confirm == {"confirm": "join"}
        except InvalidTag:
            good = False
        if not good:
            self.wrong += 1
            left = self.max_wrong - self.wrong
            link.send_plain({"error": "locked" if left <= 0 else "code", "left": max(0, left)})
            events("wrong_code", {"name": theirs["name"], "left": max(0, left)})
            raise WrongCode(max(0, left))
        link.send({"confirm": "offer"})
        events("paired", {"name": theirs["name"]})
        return _swap(link, self.store, self.group, bundle_key, joining=False, peer=theirs["name"],
                     progress=progress)


def join(store, address: tuple[str, int], code: str, *, name: str, cancel: threading.Event | None = None,
         progress: Progress = _nothing, idle: float = 30.0, connect_timeout: float = 10.0) -> Exchanged:
    """Pair with the offer at `address` using the code shown there, then exchange."""
    group = group_of(store)
    digits = normalise_code(code)
    if not digits:
        raise WrongCode(-1)
    try:
        sock = socket.create_connection(address, timeout=connect_timeout)
    except OSError as exc:
        raise LinkLost(exc.strerror or str(exc)) from None
    link = Link(sock, cancel=cancel, idle=idle)
    try:
        offered = link.recv_plain()
        _refusal(offered)
        offered = _hello(offered)
        if not isinstance(offered.get("salt"), str):
            raise Protocol("a hello without salt")
        try:
            tag = group_tag(offered["salt"], group)
        except ValueError:
            raise Protocol("a salt that is not one") from None
        pake = Pake(digits, group)
        hello = {"hello": PROTOCOL, "v": VERSION, "group": tag, "name": name[:80], "pake": pake.message}
        link.send_plain(hello)
        if not same_tag(tag, offered["group"]):
            raise OtherGroup()
        try:
            send, recv, bundle_key = pake.keys(offered["pake"], _canon(offered) + _canon(hello), offering=False)
        except ValueError:
            raise Protocol("a pairing message that is not one") from None
        link.seal_with(send, recv)
        link.send({"confirm": "join"})
        try:
            kind, answer = link.recv_any(allow_plain=True)
        except InvalidTag:          # keys differ, and the offer did not say so: not our offer
            raise WrongCode(-1) from None
        if kind == PLAIN:
            _refusal(answer)
            raise Protocol("an unexpected answer to the pairing")
        if answer != {"confirm": "offer"}:
            raise Protocol("an unexpected answer to the pairing")
        return _swap(link, store, group, bundle_key, joining=True, peer=offered["name"], progress=progress)
    finally:
        link.close()


def _refusal(message: dict) -> None:
    error = message.get("error")
    if error is None:
        return
    if error == "locked":
        raise OfferLocked()
    if error == "group":
        raise OtherGroup()
    if error == "code":
        left = message.get("left")
        raise WrongCode(left if type(left) is int else -1)
    raise Protocol(f"refused: {str(error)[:40]}")


# -- the exchange ------------------------------------------------------------------------------
def _swap(link: Link, store, group: str, key: bytes, *, joining: bool, peer: str,
          progress: Progress) -> Exchanged:
    mine = relay.outgoing(store)
    offered = _offering(mine)
    if joining:
        _send_bundle(link, offered, len(mine), _quiet, kind="offering")
        theirs = _read_offering(link)
        link.send({"want": relay.lacking(store, theirs)})
        mine = _pick(mine, link.recv())
    else:
        theirs = _read_offering(link)
        _send_bundle(link, offered, len(mine), _quiet, kind="offering")
        mine = _pick(mine, link.recv())
        link.send({"want": relay.lacking(store, theirs)})
    data = bundle.pack(mine, group, key)
    result = Exchanged(peer=peer, sent=len(mine))
    if joining:
        _send_bundle(link, data, len(mine), progress)
        received = _recv_bundle(link, progress)
    else:
        received = _recv_bundle(link, progress)
        _send_bundle(link, data, len(mine), progress)
    try:
        envelopes = bundle.unpack(received, group, key)
    except bundle.BundleError as exc:
        raise Protocol(str(exc)) from None
    result.received = len(envelopes)
    progress("apply", 0, len(envelopes))
    result.report = relay.accept(store, envelopes)
    progress("apply", len(envelopes), len(envelopes))
    result.bytes_sent, result.bytes_received = link.bytes_sent, link.bytes_received
    report = {"applied": result.report.applied, "duplicates": result.report.duplicates,
              "held": result.report.held, "refused": len(result.report.refused)}
    try:
        link.send({"done": report})
        result.theirs = link.recv().get("done")
    except (LinkLost, Protocol):
        result.theirs = None        # ours is applied; whether theirs is, the next exchange settles
    return result


def _quiet(*_: Any) -> None:
    pass


def _offering(mine: list) -> bytes:
    """What this side could send, as (author, change id) in bundle order, compressed."""
    authors = list(dict.fromkeys(e.author for e in mine))
    at = {a: i for i, a in enumerate(authors)}
    listed = {"authors": authors, "by": [at[e.author] for e in mine], "ids": [e.change_id for e in mine]}
    return zlib.compress(json.dumps(listed, separators=(",", ":")).encode(), 6)


def _read_offering(link: Link) -> list[tuple[str, str]]:
    data = _recv_bundle(link, _quiet, kind="offering", limit=MAX_LIST)
    try:
        d = zlib.decompressobj()
        listed = json.loads(d.decompress(data, MAX_LIST))
        authors, by, ids = listed["authors"], listed["by"], listed["ids"]
        if d.unconsumed_tail or len(by) != len(ids) or not all(isinstance(a, str) for a in authors) \
                or not all(isinstance(i, str) for i in ids):
            raise ValueError
        return [(authors[b], i) for b, i in zip(by, ids, strict=True)]
    except (zlib.error, ValueError, KeyError, TypeError, IndexError):
        raise Protocol("a list of changes that is not one") from None


def _pick(mine: list, message: dict) -> list:
    want = message.get("want")
    if not isinstance(want, list) or not all(type(i) is int and 0 <= i < len(mine) for i in want):
        raise Protocol("a list of wanted changes that is not one")
    return [mine[i] for i in sorted(set(want))]


def _send_bundle(link: Link, data: bytes, count: int, progress: Progress, *, kind: str = "bundle") -> None:
    link.send({kind: len(data), "changes": count, "sha256": hashlib.sha256(data).hexdigest()})
    progress("send", 0, len(data))
    for at in range(0, len(data), CHUNK):
        link.send_data(data[at:at + CHUNK])
        progress("send", min(len(data), at + CHUNK), len(data))


def _recv_bundle(link: Link, progress: Progress, *, kind: str = "bundle", limit: int = bundle.MAX_PLAIN) -> bytes:
    head = link.recv()
    size, digest = head.get(kind), head.get("sha256")
    if type(size) is not int or not 0 < size <= limit or not isinstance(digest, str):
        raise Protocol(f"a {kind} header that is not one")
    parts, got = [], 0
    progress("receive", 0, size)
    while got < size:
        chunk = link.recv_data()
        got += len(chunk)
        if got > size:
            raise Protocol("a bundle longer than announced")
        parts.append(chunk)
        progress("receive", got, size)
    data = b"".join(parts)
    if hashlib.sha256(data).hexdigest() != digest:
        raise Protocol("a bundle that does not match its header")
    return data


def local_addresses() -> list[str]:
    """This computer's IPv4 addresses on its networks (not loopback, not link-local)."""
    try:
        import ifaddr
    except ImportError:
        return []
    found = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and not ip.ip.startswith(("127.", "169.254.")):
                found.append(ip.ip)
    return sorted(set(found))


__all__ = ["Exchanged", "MAX_WRONG", "Offer", "PeerError", "group_of", "join", "local_addresses"]
