"""The sync account: meta keys in the replica, the token in the keyring or a 0600 file."""

from __future__ import annotations

import os
import stat

import pytest

from sync.client.account import (Account, forget_account, keyring_usable, load_account, load_token,
                                 save_account, token_file)


def test_no_keyring_falls_back_to_an_owner_only_file(store):
    assert not keyring_usable()  # tests/conftest.py forces keyring's fail backend
    where = save_account(store, Account("http://127.0.0.1:8000/", "alentejo", "ana"), "tok-123")
    path = token_file(store)
    assert where == str(path) and path.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    acct = load_account(store)
    assert acct == Account("http://127.0.0.1:8000", "alentejo", "ana")
    assert load_token(store, acct) == "tok-123"
    # the token never goes into the replica file
    assert b"tok-123" not in store.path.read_bytes()
    with store.read() as conn:
        assert all("tok-123" not in (v or "") for (v,) in conn.exec_driver_sql("SELECT value FROM meta"))


def test_a_loosened_token_file_is_tightened_before_use(store):
    save_account(store, Account("https://x.example", "g"), "t")
    os.chmod(token_file(store), 0o644)
    assert load_token(store) == "t"
    if os.name == "posix":
        assert stat.S_IMODE(token_file(store).stat().st_mode) == 0o600


def test_forget_removes_account_and_token(store):
    save_account(store, Account("https://x.example", "g"), "t")
    forget_account(store)
    assert load_account(store) is None and load_token(store) is None
    assert not token_file(store).exists()


def test_bad_account_is_refused(store):
    with pytest.raises(ValueError, match="http"):
        save_account(store, Account("ftp://x", "g"), "t")
    with pytest.raises(ValueError, match="group"):
        save_account(store, Account("https://x", " "), "t")
