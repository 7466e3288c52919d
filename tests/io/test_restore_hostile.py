"""Restoring a crafted backup: refused with one clear message, nothing written anywhere.

Each hostile file is built here from a real backup, the way an attacker would: by
editing the manifest, the member names or the ZIP headers. After every refusal the
whole test folder (the workspace, its attachments, and everything around it) must be
exactly as before, byte for byte."""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest

from ruraldesk.io.backup import Limits, backup_workspace, restore_workspace
from ruraldesk.io.common import BadFile
from ruraldesk.store import Store

ATTACHMENT = b"%PDF-1.4 the real attachment bytes"


@pytest.fixture
def good(tmp_path) -> dict:
    """A real backup (one practice, one attachment) and an empty workspace to restore into."""
    src = Store(tmp_path / "src" / "replica.sqlite", author="ana")
    p = src.create("practice", {"title": "Village shop", "kind": "good"})
    (tmp_path / "a.pdf").write_bytes(ATTACHMENT)
    src.add_attachment(p.id, tmp_path / "a.pdf")
    backup_workspace(src, tmp_path / "good.zip")
    src.close()
    target = tmp_path / "sandbox" / "ws" / "replica.sqlite"
    Store(target, author="ana").close()
    with zipfile.ZipFile(tmp_path / "good.zip") as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(members.pop("manifest.json"))
    return {"target": target, "members": members, "manifest": manifest}


def tree(root: Path) -> dict[str, tuple]:
    """Every path under root with its kind, mode and content hash."""
    out = {}
    for p in sorted(root.rglob("*")):
        st = p.lstat()
        digest = hashlib.sha256(p.read_bytes()).hexdigest() if stat.S_ISREG(st.st_mode) else None
        out[str(p.relative_to(root))] = (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode), digest)
    return out


def write_zip(path: Path, manifest: dict, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")          # zipfile warns about the duplicate names we mean
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest))
            for name, body in members:
                zf.writestr(name, body)
    return path


def refused(tmp_path: Path, backup: Path, target: Path, match: str, **kw) -> str:
    before = tree(tmp_path)
    with pytest.raises(BadFile, match=match) as info:
        restore_workspace(backup, target, **kw)
    message = str(info.value)
    assert "\n" not in message and message.startswith(backup.name)
    assert tree(tmp_path) == before, "a refused restore wrote or changed files"
    with Store(target) as ws:                              # still the empty workspace it was
        assert ws.count("practice") == 0 and ws.count("attachment") == 0
    return message


def _with_attachment(good: dict, sha: str, name: str, body: bytes = b"evil bytes") -> tuple[dict, list]:
    manifest = json.loads(json.dumps(good["manifest"]))
    manifest["attachments"] = [{"sha256": sha, "size": len(body)}]
    return manifest, [("replica.sqlite", good["members"]["replica.sqlite"]), (name, body)]


@pytest.mark.parametrize("sha", ["../../../../evil", "../../sandbox/ws/replica.sqlite", "/tmp/ruraldesk-evil",
                                 "AB" * 32, "a" * 63, "a" * 64 + "/../x", ""])
def test_a_manifest_checksum_that_is_not_one_is_refused(tmp_path, good, sha):
    manifest, members = _with_attachment(good, sha, f"attachments/{sha}")
    backup = write_zip(tmp_path / "hostile.zip", manifest, members)
    message = refused(tmp_path, backup, good["target"], "cannot be restored safely")
    assert "is not a checksum" in message and "nothing was changed" in message
    assert not Path("/tmp/ruraldesk-evil").exists()


@pytest.mark.parametrize("name", ["../../evil", "attachments/../../../evil", "/tmp/ruraldesk-evil-abs",
                                  "..\\..\\evil", "C:/evil", "attachments/" + "b" * 64 + "/../../x"])
def test_a_member_name_outside_the_layout_is_refused(tmp_path, good, name):
    backup = write_zip(tmp_path / "hostile.zip", good["manifest"],
                       [*good["members"].items(), (name, b"evil bytes")])
    message = refused(tmp_path, backup, good["target"], "cannot be restored safely")
    assert "points outside the backup" in message or "does not list" in message
    assert not Path("/tmp/ruraldesk-evil-abs").exists()


def test_an_unlisted_member_is_refused(tmp_path, good):
    backup = write_zip(tmp_path / "hostile.zip", good["manifest"],
                       [*good["members"].items(), ("attachments/" + "c" * 64, b"x")])
    refused(tmp_path, backup, good["target"], "does not list")
    backup = write_zip(tmp_path / "hostile2.zip", good["manifest"],
                       [(n, b) for n, b in good["members"].items() if not n.startswith("attachments/")]
                       + [("notes.txt", b"x")])
    refused(tmp_path, backup, good["target"], "does not list")


def test_a_symlink_member_is_refused(tmp_path, good):
    sha = good["manifest"]["attachments"][0]["sha256"]
    link = zipfile.ZipInfo(f"attachments/{sha}")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    target = "../../../../etc/passwd".encode()
    manifest = json.loads(json.dumps(good["manifest"]))
    manifest["attachments"][0]["size"] = len(target)
    backup = write_zip(tmp_path / "hostile.zip", manifest,
                       [("replica.sqlite", good["members"]["replica.sqlite"]), (link, target)])
    refused(tmp_path, backup, good["target"], "is a link or a folder")


def test_duplicate_names_are_refused(tmp_path, good):
    sha = good["manifest"]["attachments"][0]["sha256"]
    backup = write_zip(tmp_path / "hostile.zip", good["manifest"],
                       [*[*good["members"].items()],
                        (f"attachments/{sha}", ATTACHMENT)])
    refused(tmp_path, backup, good["target"], "twice")
    manifest = json.loads(json.dumps(good["manifest"]))
    manifest["attachments"] *= 2
    backup = write_zip(tmp_path / "hostile2.zip", manifest,
                       [*good["members"].items()])
    refused(tmp_path, backup, good["target"], "twice")


def test_too_many_entries_are_refused(tmp_path, good):
    manifest = json.loads(json.dumps(good["manifest"]))
    extra = [hashlib.sha256(bytes([i])).hexdigest() for i in range(3)]
    manifest["attachments"] += [{"sha256": s, "size": 1} for s in extra]
    backup = write_zip(tmp_path / "hostile.zip", manifest,
                       [*[*good["members"].items()],
                        *[(f"attachments/{s}", bytes([i])) for i, s in enumerate(extra)]])
    refused(tmp_path, backup, good["target"], "more than the 2 a backup may hold",
            limits=Limits(max_attachments=2))


def test_a_declared_size_that_differs_from_the_archive_is_refused(tmp_path, good):
    manifest = json.loads(json.dumps(good["manifest"]))
    manifest["attachments"][0]["size"] = 3
    backup = write_zip(tmp_path / "hostile.zip", manifest,
                       [*good["members"].items()])
    refused(tmp_path, backup, good["target"], "not the size its manifest says")


def _bomb(good: dict, size: int) -> tuple[dict, list]:
    """A real attachment of `size` zero bytes, honestly declared: deflate makes it tiny."""
    body = bytes(size)
    manifest = json.loads(json.dumps(good["manifest"]))
    sha = hashlib.sha256(body).hexdigest()
    manifest["attachments"] = [{"sha256": sha, "size": size}]
    return manifest, [("replica.sqlite", good["members"]["replica.sqlite"]), (f"attachments/{sha}", body)]


def test_a_zip_bomb_beyond_the_limits_is_refused_before_unpacking(tmp_path, good):
    manifest, members = _bomb(good, 40 << 20)
    backup = write_zip(tmp_path / "bomb.zip", manifest, members)
    assert backup.stat().st_size < 1 << 20
    message = refused(tmp_path, backup, good["target"], "would unpack to", limits=Limits(max_total=8 << 20))
    # the bomb plus the replica file, whose size follows the schema
    total = (40 << 20) + len(good["members"]["replica.sqlite"])
    assert f"{total / (1 << 20):.1f} MB" in message and "8.0 MB" in message


def test_more_than_the_free_disk_space_is_refused(tmp_path, good, monkeypatch):
    import shutil

    manifest, members = _bomb(good, 4 << 20)
    backup = write_zip(tmp_path / "bomb.zip", manifest, members)
    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda p: real(p)._replace(free=1 << 20))
    refused(tmp_path, backup, good["target"], r"needs 4\.\d MB of free disk space and only 1\.0 MB is free")


def _patch_sizes(path: Path, name: str, *, size: int) -> None:
    """Rewrite the uncompressed size of one member in its local header and central directory:
    a ZIP that lies about what it holds."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for sig, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        start = 0
        while (i := data.find(sig, start)) >= 0:
            (n,) = struct.unpack_from("<H", data, i + name_len_at)
            if bytes(data[i + name_at:i + name_at + n]) == encoded:
                struct.pack_into("<I", data, i + size_at, size)
            start = i + 4
    path.write_bytes(bytes(data))


def test_a_header_that_understates_what_a_member_unpacks_to_is_refused(tmp_path, good):
    manifest, members = _bomb(good, 20 << 20)
    sha = manifest["attachments"][0]["sha256"]
    manifest["attachments"][0]["size"] = 1000       # the manifest tells the same lie as the header
    backup = write_zip(tmp_path / "liar.zip", manifest, members)
    _patch_sizes(backup, f"attachments/{sha}", size=1000)
    with zipfile.ZipFile(backup) as zf:
        assert zf.getinfo(f"attachments/{sha}").file_size == 1000
    message = refused(tmp_path, backup, good["target"], "damaged|zip bomb")
    assert len(message) < 300


def test_a_header_that_claims_an_impossible_ratio_is_refused(tmp_path, good):
    manifest, members = _bomb(good, 1 << 20)
    sha = manifest["attachments"][0]["sha256"]
    manifest["attachments"][0]["size"] = 3 << 30     # 3 GB from a few kilobytes
    backup = write_zip(tmp_path / "liar.zip", manifest, members)
    _patch_sizes(backup, f"attachments/{sha}", size=3 << 30)
    refused(tmp_path, backup, good["target"], "claims a size its compressed data cannot have")


def test_an_attachment_that_does_not_match_its_checksum_writes_nothing(tmp_path, good):
    sha = good["manifest"]["attachments"][0]["sha256"]
    backup = write_zip(tmp_path / "swapped.zip", good["manifest"],
                       [("replica.sqlite", good["members"]["replica.sqlite"]),
                        (f"attachments/{sha}", ATTACHMENT[:-1] + b"X")])
    refused(tmp_path, backup, good["target"], "does not match its checksum")


def test_a_refused_restore_into_a_new_folder_leaves_no_folder(tmp_path, good):
    manifest, members = _with_attachment(good, "../../../evil", "attachments/../../../evil")
    backup = write_zip(tmp_path / "hostile.zip", manifest, members)
    before = tree(tmp_path)
    with pytest.raises(BadFile, match="cannot be restored safely"):
        restore_workspace(backup, tmp_path / "fresh" / "deep" / "replica.sqlite")
    assert tree(tmp_path) == before
    sha = good["manifest"]["attachments"][0]["sha256"]
    bad = write_zip(tmp_path / "bad.zip", good["manifest"],
                    [("replica.sqlite", good["members"]["replica.sqlite"]), (f"attachments/{sha}", b"no")])
    before = tree(tmp_path)
    with pytest.raises(BadFile):
        restore_workspace(bad, tmp_path / "fresh" / "deep" / "replica.sqlite")
    assert tree(tmp_path) == before


def test_the_good_backup_still_restores_with_private_staging(tmp_path, good):
    restore_workspace(tmp_path / "good.zip", good["target"])
    with Store(good["target"]) as ws:
        [att] = ws.window("attachment", 0, 10)
        assert ws.attachment_path(att).read_bytes() == ATTACHMENT
    assert not list(good["target"].parent.glob(".restore-*"))


def test_the_command_line_refuses_a_hostile_backup_in_one_line(tmp_path, good):
    manifest, members = _with_attachment(good, "../../../../evil", "attachments/../../../../evil")
    backup = write_zip(tmp_path / "hostile.zip", manifest, members)
    before = tree(tmp_path)
    r = subprocess.run([sys.executable, "-m", "ruraldesk", "restore", str(backup), "--db", str(good["target"])],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot be restored safely" in lines[0] and "Traceback" not in r.stderr
    assert tree(tmp_path) == before
