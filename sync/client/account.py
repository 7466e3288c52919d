"""The sync account of a workspace: server URL, group, member — and the token, kept safely.

    acct = Account(url="https://group.example.org", group="alentejo-coop", member="ana")
    where = save_account(store, acct, token)   # "keyring" or the token file's path
    acct = load_account(store)                 # None when no account is set up
    redeemed = redeem_invitation(code)         # network only: the server answers with a token
    acct, where = keep_redeemed(store, redeemed)   # saved like save_account, signed by the member
    token = load_token(store, acct)            # None when the token is missing
    forget_account(store)                      # removes meta keys and the token

The URL, group and member live in the replica's `meta` table (`sync.url`,
`sync.group`, `sync.member`), so the CLI and the app see the same account. The
token never goes into the replica: it is kept in the OS keyring (service
"RuralDesk sync", user "<url>|<group>|<replica path>") when a usable keyring
backend exists, else in `sync-token` beside the replica, created with mode 0600
(readable and writable by its owner only).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

KEYRING_SERVICE = "RuralDesk sync"
TOKEN_FILE = "sync-token"
META_URL, META_GROUP, META_MEMBER, META_TOKEN_WHERE = "sync.url", "sync.group", "sync.member", "sync.token_store"


@dataclass(frozen=True)
class Account:
    url: str
    group: str
    member: str = ""

    @property
    def label(self) -> str:
        who = f"{self.member} in " if self.member else ""
        return f"{who}{self.group} at {self.url}"


def _keyring_user(store, account: Account) -> str:
    return f"{account.url.rstrip('/')}|{account.group}|{Path(store.path).resolve()}"


def token_file(store) -> Path:
    return Path(store.path).parent / TOKEN_FILE


def keyring_usable() -> bool:
    """True when keyring has a real backend (not the 'fail' or 'null' one)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return False
    if isinstance(backend, fail.Keyring):
        return False
    name = type(backend).__module__ + "." + type(backend).__name__
    if "null" in name.lower() or "fail" in name.lower():
        return False
    try:
        return float(getattr(backend, "priority", 1)) > 0
    except Exception:
        return True


def _write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read: created 0600, replaced atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


class DemoWorkspace(ValueError):
    """Demo data is fictional: it never goes to a group server."""

    def __init__(self) -> None:
        super().__init__("this workspace holds demo data, which never leaves this computer; "
                         "set up sync in a new, empty workspace")


def refuse_demo(store) -> None:
    """The one rule, checked when an account is saved and when a sync starts."""
    from ruraldesk.store import is_demo

    if is_demo(store):
        raise DemoWorkspace()


def save_account(store, account: Account, token: str | None) -> str:
    """Store the account in meta and the token in the keyring (or a 0600 file).
    Returns where the token went: "keyring", the file path, or "" when no token given.
    A demo workspace is refused (DemoWorkspace)."""
    refuse_demo(store)
    url = account.url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"the server address must start with http:// or https:// (got {url!r})")
    if not account.group.strip():
        raise ValueError("a group name is needed")
    account = Account(url, account.group.strip(), account.member.strip())
    store.set_meta(META_URL, account.url)
    store.set_meta(META_GROUP, account.group)
    store.set_meta(META_MEMBER, account.member)
    if not token:
        return ""
    token = token.strip()
    if keyring_usable():
        try:
            import keyring

            keyring.set_password(KEYRING_SERVICE, _keyring_user(store, account), token)
            token_file(store).unlink(missing_ok=True)
            store.set_meta(META_TOKEN_WHERE, "keyring")
            return "keyring"
        except Exception:
            pass  # a locked or broken keyring: fall back to the private file
    path = token_file(store)
    _write_private(path, token + "\n")
    store.set_meta(META_TOKEN_WHERE, "file")
    return str(path)


def load_account(store) -> Account | None:
    m = store.get_metas((META_URL, META_GROUP, META_MEMBER))
    if not m[META_URL] or not m[META_GROUP]:
        return None
    return Account(m[META_URL], m[META_GROUP], m[META_MEMBER] or "")


def load_token(store, account: Account | None = None) -> str | None:
    account = account or load_account(store)
    if account is None:
        return None
    if store.get_meta(META_TOKEN_WHERE) != "file" and keyring_usable():
        try:
            import keyring

            value = keyring.get_password(KEYRING_SERVICE, _keyring_user(store, account))
            if value:
                return value
        except Exception:
            pass
    path = token_file(store)
    if path.is_file():
        mode = stat.S_IMODE(path.stat().st_mode)
        if os.name == "posix" and mode & 0o077:
            os.chmod(path, 0o600)  # someone loosened it: tighten again before use
        return path.read_text(encoding="utf-8").strip() or None
    return None


def adopt_member(store, account: Account, me: dict) -> Account:
    """The server said who we are (its /me answer): the account names that member, and every
    edit made here from now on is signed with it, not with the computer's login name."""
    member = str(me.get("member") or "").strip()
    if not member:
        return account
    if me.get("role") and store.get_meta("sync.role") != me["role"]:
        store.set_meta("sync.role", str(me["role"]))     # what the discussion rules allow here
    if member != account.member:
        store.set_meta(META_MEMBER, member)
        account = Account(account.url, account.group, member)
    if store.author != member:
        from ruraldesk.store.discussions import resign_unsent

        resign_unsent(store, store.author, member)      # unsent posts carry the member's name too
        store.set_meta("author", member)
        store.author = member
    return account


def device_label() -> str:
    """What the coordinator sees for the token this computer gets (its tokens list)."""
    import socket

    host = socket.gethostname().split(".")[0].strip()
    return f"RuralDesk on {host}" if host else "RuralDesk"


def redeem_invitation(code: str, label: str | None = None):
    """Trade an invitation code for this computer's token (sync.client.groupadmin.redeem).
    Nothing is kept here: keep_redeemed() saves it. A mistyped code raises InvalidInvitation
    before any request; an expired or used one, the server's sentence (transport.Rejected)."""
    from .groupadmin import parse_invitation, redeem

    parse_invitation(code)
    return redeem(code.strip(), label or device_label())


def keep_redeemed(store, redeemed) -> tuple[Account, str]:
    """The redeemed invitation as this workspace's account: address, group, member and token
    (kept as save_account keeps it). Returns the account and where the token went."""
    account = Account(redeemed.server, redeemed.group, redeemed.member_id)
    where = save_account(store, account, redeemed.token)
    return adopt_member(store, load_account(store) or account, {"member": redeemed.member_id, "role": redeemed.role}), where


def forget_account(store) -> None:
    account = load_account(store)
    if account is not None and keyring_usable():
        try:
            import keyring

            keyring.delete_password(KEYRING_SERVICE, _keyring_user(store, account))
        except Exception:
            pass
    token_file(store).unlink(missing_ok=True)
    for key in (META_URL, META_GROUP, META_MEMBER, META_TOKEN_WHERE, "sync.role"):
        store.set_meta(key, "")


__all__ = ["Account", "DemoWorkspace", "adopt_member", "device_label", "refuse_demo", "forget_account",
           "keep_redeemed", "keyring_usable", "load_account", "load_token", "redeem_invitation", "save_account",
           "token_file"]
