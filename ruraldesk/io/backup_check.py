"""What a backup file must look like before a single byte of it is written anywhere.

A backup comes from outside (a colleague, a download, an old USB stick), so every
name in it and every figure its manifest declares is checked first: a manifest
checksum is used as a file name, so it must be exactly 64 lower-case hex digits;
the archive may hold only the files of the backup layout, each once, none a
link or a folder; each member's size must match the manifest, be plausible for
its compression, and all of them together must fit the limits and the free disk
space. Extraction then still counts the bytes it really gets (`read_member`),
because headers are only claims.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .common import BadFile, Ticker, human_size
from .text import Text

MANIFEST = "manifest.json"
REPLICA = "replica.sqlite"
ATTACHMENTS = "attachments/"
CHUNK = 1 << 20
_SHA = re.compile(r"[0-9a-f]{64}")
#: deflate cannot shrink data by more than about 1032:1, so a bigger claimed ratio is a forged header
_DEFLATE_MAX_RATIO = 1100
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


@dataclass(frozen=True)
class Limits:
    max_attachments: int = 1_000_000
    max_total: int = 1 << 40             # uncompressed bytes; the free disk space caps it too
    max_manifest: int = 256 << 20


@dataclass(frozen=True)
class Member:
    info: zipfile.ZipInfo
    size: int
    sha256: str


@dataclass(frozen=True)
class Plan:
    replica: Member
    attachments: list[Member]

    @property
    def total(self) -> int:
        return self.replica.size + sum(a.size for a in self.attachments)


def is_sha256(value: Any) -> bool:
    return isinstance(value, str) and _SHA.fullmatch(value) is not None


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _unsafe(source: Path, reason: Text) -> BadFile:
    return BadFile(Text("{name} cannot be restored safely: {reason}; nothing was changed",
                        name=source.name, reason=reason))


def _shown(name: str) -> str:
    """A member name as it may appear in a one-line message."""
    return repr(name[:80])[1:-1]


def check_manifest(manifest: Any, source: Path, limits: Limits) -> None:
    """Every figure and name restore will use, of the right type and form."""
    if not isinstance(manifest, dict):
        raise _unsafe(source, Text("its manifest is not a list of named values"))
    replica = manifest.get("replica")
    if not isinstance(replica, dict) or replica.get("name") != REPLICA or not _count(replica.get("size")) \
            or not is_sha256(replica.get("sha256")):
        raise _unsafe(source, Text("its manifest does not describe the replica file properly"))
    attachments = manifest.get("attachments")
    if not isinstance(attachments, list):
        raise _unsafe(source, Text("its manifest does not list the attachments properly"))
    if len(attachments) > limits.max_attachments:
        raise _unsafe(source, Text("it lists {count} attachment files, more than the {limit} a backup may hold",
                                   count=len(attachments), limit=limits.max_attachments))
    seen: set[str] = set()
    for a in attachments:
        sha = a.get("sha256") if isinstance(a, dict) else None
        if not is_sha256(sha) or not _count(a.get("size")):
            raise _unsafe(source, Text("its manifest names an attachment “{file}” that is not a checksum",
                                       file=_shown(str(sha))))
        if sha in seen:
            raise _unsafe(source, Text("its manifest lists the attachment {file}… twice", file=sha[:12]))
        seen.add(sha)
    missing = manifest.get("missing_attachments", [])
    records = manifest.get("records")
    if not isinstance(missing, list) or not all(is_sha256(s) for s in missing) \
            or not isinstance(records, dict) or not all(isinstance(k, str) and _count(v) for k, v in records.items()) \
            or not _count(manifest.get("journal_entries")):
        raise _unsafe(source, Text("its manifest does not give its counts properly"))


def plan(zf: zipfile.ZipFile, manifest: dict[str, Any], source: Path, limits: Limits, target: Path) -> Plan:
    """The members to extract, each checked against the manifest; refuses anything else."""
    declared = {REPLICA: (manifest["replica"]["size"], manifest["replica"]["sha256"])}
    declared.update({ATTACHMENTS + a["sha256"]: (a["size"], a["sha256"]) for a in manifest["attachments"]})
    found: dict[str, zipfile.ZipInfo] = {}
    # each member once and only listed ones: the count is bounded by the manifest's limit
    for info in zf.infolist():
        name = info.filename
        if name in found:
            raise _unsafe(source, Text("it holds the file “{file}” twice", file=_shown(name)))
        if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/") or ":" in name \
                or "\\" in name or "\x00" in name:
            raise _unsafe(source, Text("the file name “{file}” points outside the backup", file=_shown(name)))
        if name != MANIFEST and name not in declared:
            raise _unsafe(source, Text("it holds a file its manifest does not list (“{file}”)", file=_shown(name)))
        mode = info.external_attr >> 16
        if info.is_dir() or stat.S_ISLNK(mode) or stat.S_ISDIR(mode):
            raise _unsafe(source, Text("“{file}” is a link or a folder, not a file", file=_shown(name)))
        if info.flag_bits & 0x1 or info.compress_type not in _METHODS:
            raise _unsafe(source, Text("“{file}” is encrypted or compressed in a way RuralDesk does not write",
                                       file=_shown(name)))
        stored = info.compress_type == zipfile.ZIP_STORED
        if (stored and info.file_size != info.compress_size) or \
                info.file_size > info.compress_size * _DEFLATE_MAX_RATIO + 4096:
            raise _unsafe(source, Text("“{file}” claims a size its compressed data cannot have (a zip bomb?)",
                                       file=_shown(name)))
        if name in declared and info.file_size != declared[name][0]:
            raise _unsafe(source, Text("“{file}” is not the size its manifest says", file=_shown(name)))
        found[name] = info
    absent = [n for n in declared if n not in found]
    if absent:
        raise BadFile(Text("{name} is incomplete: {count} files are missing (first: {first})",
                           name=source.name, count=len(absent), first=absent[0]))
    result = Plan(Member(found[REPLICA], *declared[REPLICA]),
                  [Member(found[ATTACHMENTS + a["sha256"]], a["size"], a["sha256"]) for a in manifest["attachments"]])
    free = shutil.disk_usage(_existing(target)).free
    if result.total > limits.max_total:
        raise _unsafe(source, Text("it would unpack to {size}, more than the {limit} a restore may write",
                                   size=human_size(result.total), limit=human_size(limits.max_total)))
    if result.total > free:
        raise BadFile(Text("{name} needs {size} of free disk space and only {free} is free; nothing was changed",
                           name=source.name, size=human_size(result.total), free=human_size(free)))
    return result


def read_member(zf: zipfile.ZipFile, member: Member, out: BinaryIO, source: Path, ticker: Ticker) -> str:
    """Copy one member out, counting what really comes out; its sha256."""
    h = hashlib.sha256()
    got = 0
    with zf.open(member.info) as src:
        while chunk := src.read(CHUNK):
            got += len(chunk)
            if got > member.size:
                raise _unsafe(source, Text("“{file}” unpacks to more than its declared size (a zip bomb?)",
                                           file=_shown(member.info.filename)))
            h.update(chunk)
            out.write(chunk)
            ticker.step(len(chunk))
    if got != member.size:
        raise BadFile(Text("{name} is damaged: “{file}” is shorter than its manifest says",
                           name=source.name, file=_shown(member.info.filename)))
    return h.hexdigest()


def read_manifest_bytes(zf: zipfile.ZipFile, source: Path, limits: Limits) -> bytes:
    info = zf.getinfo(MANIFEST)
    if info.file_size > limits.max_manifest or info.compress_type not in _METHODS:
        raise _unsafe(source, Text("its manifest is larger than any backup's"))
    with zf.open(info) as fh:
        data = fh.read(limits.max_manifest + 1)
    if len(data) > limits.max_manifest:
        raise _unsafe(source, Text("its manifest is larger than any backup's"))
    return data


def _existing(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path(".")
