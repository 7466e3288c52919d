"""Offers announced and found on the local network (mDNS / DNS-SD, python-zeroconf).

Service type _ruraldesk._tcp; the instance name is random, the TXT record carries the
protocol version, a salted tag of the group (pairing.group_tag: never the group id in
clear) and the offering computer's display name. A browser lists only the offers whose
tag matches its own group.

Multicast is missing in containers and on some hotspots: then Announcement/Browser have
`available == False` and the person connects by the address the offer shows.
"""

from __future__ import annotations

import logging
import secrets
import socket
import threading
from dataclasses import dataclass
from typing import Callable

from .pairing import VERSION, group_tag

SERVICE = "_ruraldesk._tcp.local."
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Found:
    key: str            # the service instance name: one per offer
    name: str           # the offering computer's display name
    host: str
    port: int

    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self.port)


def _zeroconf(interfaces: list[str] | None):
    from zeroconf import IPVersion, Zeroconf

    if interfaces:
        return Zeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only)
    return Zeroconf(ip_version=IPVersion.V4Only)


class Announcement:
    """Announces an Offer until closed."""

    def __init__(self, offer, *, interfaces: list[str] | None = None):
        self.available = False
        self._zc = self._info = None
        try:
            from zeroconf import ServiceInfo

            ips = [a.rsplit(":", 1)[0] for a in offer.addresses()]
            self._info = ServiceInfo(
                SERVICE, f"RuralDesk {secrets.token_hex(4)}.{SERVICE}", port=offer.port,
                addresses=[socket.inet_aton(ip) for ip in ips],
                properties={"v": str(VERSION), "s": offer.salt, "g": offer.tag, "n": offer.name},
                server=f"ruraldesk-{secrets.token_hex(4)}.local.")
            self._zc = _zeroconf(interfaces)
            self._zc.register_service(self._info)
            self.available = True
        except Exception as exc:    # no multicast here: the address is shown instead
            log.info("cannot announce the offer on the network: %s", exc)
            self.close()

    def close(self) -> None:
        zc, self._zc = self._zc, None
        if zc is None:
            return
        try:
            if self.available:
                zc.unregister_service(self._info)
        except Exception as exc:
            log.debug("unregistering the offer: %s", exc)
        finally:
            zc.close()


class Browser:
    """Finds this group's offers; `on_change(offers)` runs on zeroconf's thread."""

    def __init__(self, group: str, on_change: Callable[[list[Found]], None] = lambda offers: None, *,
                 interfaces: list[str] | None = None):
        self.group, self.on_change = group, on_change
        self._offers: dict[str, Found] = {}
        self._lock = threading.Lock()
        self.available = False
        self._zc = self._browser = None
        try:
            from zeroconf import ServiceBrowser

            self._zc = _zeroconf(interfaces)
            self._browser = ServiceBrowser(self._zc, SERVICE, self)
            self.available = True
        except Exception as exc:
            log.info("cannot look for offers on the network: %s", exc)
            self.close()

    def offers(self) -> list[Found]:
        with self._lock:
            return sorted(self._offers.values(), key=lambda f: (f.name.lower(), f.key))

    # zeroconf's listener interface
    def add_service(self, zc, type_: str, name: str) -> None:
        self._look(zc, type_, name)

    def update_service(self, zc, type_: str, name: str) -> None:
        self._look(zc, type_, name)

    def remove_service(self, zc, type_: str, name: str) -> None:
        with self._lock:
            gone = self._offers.pop(name, None)
        if gone is not None:
            self.on_change(self.offers())

    def _look(self, zc, type_: str, name: str) -> None:
        info = zc.get_service_info(type_, name, timeout=3000)
        if info is None:
            return
        txt = {k.decode("utf-8", "replace"): (v or b"").decode("utf-8", "replace")
               for k, v in (info.properties or {}).items()}
        if txt.get("v") != str(VERSION) or not txt.get("s") or not txt.get("g"):
            return
        try:
            if group_tag(txt["s"], self.group) != txt["g"]:
                return          # another group's offer: not listed
        except ValueError:
            return
        hosts = info.parsed_addresses()
        if not hosts:
            return
        found = Found(key=name, name=txt.get("n", "")[:80] or name.split(".")[0], host=hosts[0], port=info.port)
        with self._lock:
            self._offers[name] = found
        self.on_change(self.offers())

    def close(self) -> None:
        zc, self._zc = self._zc, None
        if self._browser is not None:
            try:
                self._browser.cancel()
            except Exception:
                pass
        if zc is not None:
            zc.close()
