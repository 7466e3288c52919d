"""The sync transport against a real HTTP server on loopback, through the fault proxy."""

from __future__ import annotations

import threading
import time

import pytest

from sync.client.transport import (AuthRefused, Cancelled, Rejected, Transport, Unreachable,
                                   parse_retry_after, server_seconds)

from echo_server import EchoServer
from faultproxy import FaultProxy


@pytest.fixture
def echo():
    s = EchoServer()
    yield s
    s.close()


@pytest.fixture
def proxy(echo):
    with FaultProxy(("127.0.0.1", echo.port)) as p:
        yield p


def fast(url, **kw):
    kw.setdefault("backoff_base", 0.01)
    kw.setdefault("backoff_cap", 0.05)
    return Transport(url, "secret-token", connect_timeout=2, read_timeout=5, **kw)


def test_gzip_body_bearer_token_and_counting(echo):
    t = fast(echo.url)
    payload = {"changes": ["é" * 50] * 40}
    got = t.post_json("/v1/x", payload)
    method, path, encoding, body, auth = echo.hits[-1]
    assert encoding == "gzip" and auth == "Bearer secret-token"
    assert got["body"] and got["method"] == "POST"
    assert t.stats.requests == 1
    # the wire carried the compressed body, not the 4 KB of JSON
    assert t.stats.bytes_sent < 1000
    assert t.stats.bytes_received > 0


def test_retries_through_every_fault_and_gets_there(echo, proxy):
    t = fast(proxy.url)
    proxy.plan(["drop_request", "drop_response", "500", "429:0", "trickle"])
    got = t.post_json("/v1/y", {"a": 1})
    assert got["path"] == "/v1/y"
    assert t.stats.requests == 5 and t.stats.retries == 4
    # drop_response reached the server (and trickle did): the retry is the caller's
    # idempotence problem, which the protocol solves with change ids
    assert sum(1 for h in echo.hits if h[1] == "/v1/y") == 2


def test_retry_after_is_honoured(echo, proxy):
    t = fast(proxy.url)
    proxy.plan(["429:1"])
    started = time.monotonic()
    t.get_json("/v1/z")
    assert time.monotonic() - started >= 1.0


def test_parse_retry_after_seconds_and_dates():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("soon") is None


def test_gives_up_with_a_plain_reason(echo, proxy):
    t = fast(proxy.url, max_attempts=3)
    proxy.plan(["500"] * 3)
    with pytest.raises(Unreachable) as err:
        t.get_json("/v1/q")
    assert "HTTP 500" in str(err.value)
    dead = fast("http://127.0.0.1:9", max_attempts=2)
    with pytest.raises(Unreachable) as err:
        dead.get_json("/v1/q")
    assert "refused the connection" in str(err.value)


def test_auth_refused_and_rejected_are_not_retried(echo):
    t = fast(echo.url)
    with pytest.raises(AuthRefused):
        t.get_json("/status/401")
    with pytest.raises(Rejected) as err:
        t.get_json("/status/422")
    assert "status 422" in str(err.value)
    assert t.stats.requests == 2


def test_cancel_wakes_a_back_off_sleep(echo, proxy):
    cancel = threading.Event()
    t = Transport(proxy.url, "tok", backoff_base=30, backoff_cap=60, cancel=cancel)
    proxy.plan(["500"] * 5)
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        t.get_json("/v1/slow")
    assert time.monotonic() - started < 5


def test_bad_url_is_refused_plainly():
    with pytest.raises(ValueError, match="http:// or https://"):
        Transport("group.example.org")


def test_server_seconds_reads_the_app_metric_only():
    assert server_seconds("app;dur=12.5") == 0.0125
    assert server_seconds('db;dur=90, app;desc="work";dur=40') == 0.04
    assert server_seconds("db;dur=90") == 0.0
    for junk in (None, "", "app", "app;dur=", "app;dur=abc", "app;dur=-5", "app;dur=1e12"):
        assert server_seconds(junk) == 0.0


def test_a_busy_server_is_not_a_slow_link(echo, proxy):
    t = fast(echo.url)
    assert t.slow_link and t.link_seconds is None      # nothing known: taken as slow
    t.get_json("/busy/300")
    assert t.link_seconds < 0.1 and not t.slow_link    # 300 ms of work, a loopback link

    proxy.delay(0.15)                                  # a slow link, a quick server
    slow = fast(proxy.url)
    slow.get_json("/v1/x")
    assert slow.link_seconds >= 0.15 and slow.slow_link


def test_the_last_sync_s_link_holds_until_this_one_has_an_answer(echo, proxy):
    t = fast(proxy.url)
    t.assume_link(0.004)
    assert not t.slow_link                             # remembered: a quick link
    proxy.delay(0.15)
    t.get_json("/v1/x")
    assert t.slow_link                                 # measured now: the laptop moved
