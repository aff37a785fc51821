from __future__ import annotations

import re
import socket
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from eventwire import __version__
from eventwire.errors import FetchError
from eventwire.ingest import fetch
from eventwire.ingest.fetch import Fetcher, FetchOptions, check_address

from .conftest import LocalServer


def _fetcher(*, retries: int | None = None, max_bytes: int | None = None) -> Fetcher:
    """A fetcher allowed on the local test server, retrying without waiting, with its own limits if given."""
    options = FetchOptions(allow_private=True, backoff=0.01, timeout=5.0)
    retries = options.retries if retries is None else retries
    max_bytes = options.max_bytes if max_bytes is None else max_bytes
    return Fetcher(replace(options, retries=retries, max_bytes=max_bytes))


def test_loopback_url_is_refused_by_default_with_a_clear_error(server: LocalServer) -> None:
    url = server.add("/page", "<p>hello</p>")
    with pytest.raises(FetchError, match="loopback address; pass --allow-private") as info:
        Fetcher().fetch(url)
    assert info.value.code == "E500"
    assert server.hits == {}


@pytest.mark.parametrize(
    ("url", "kind"),
    [("http://10.1.2.3/", "private"), ("http://169.254.169.254/latest", "link-local"), ("http://[::1]/", "loopback")],
)
def test_private_and_link_local_addresses_are_refused(url: str, kind: str) -> None:
    with pytest.raises(FetchError, match=f"a {kind} address"):
        check_address(url)


def test_non_http_urls_are_refused() -> None:
    with pytest.raises(FetchError, match="not an http"):
        check_address("file:///etc/passwd", allow_private=True)


def test_allow_private_fetches_with_the_eventwire_user_agent(server: LocalServer) -> None:
    url = server.add("/page", "<p>hello</p>")
    with _fetcher() as fetcher:
        fetched = fetcher.fetch(url)
    assert fetched.content == b"<p>hello</p>"
    assert fetched.content_type.startswith("text/html")
    assert f"eventwire/{__version__}" in server.agents


def test_robots_txt_disallow_is_respected(server: LocalServer) -> None:
    server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    allowed = server.add("/public/a", "ok")
    blocked = server.add("/private/a", "secret")
    with _fetcher() as fetcher:
        assert fetcher.fetch(allowed).content == b"ok"
        with pytest.raises(FetchError, match=r"robots\.txt"):
            fetcher.fetch(blocked)
    assert "/private/a" not in server.hits
    assert server.hits["/robots.txt"] == 1


def test_server_errors_are_retried_with_backoff(server: LocalServer) -> None:
    url = server.add("/flaky", "finally", fail_times=2)
    with _fetcher(retries=2) as fetcher:
        assert fetcher.fetch(url).content == b"finally"
    assert server.hits["/flaky"] == 3


def test_retries_give_up_with_a_fetch_error(server: LocalServer) -> None:
    url = server.add("/down", "never", fail_times=10)
    with _fetcher(retries=1) as fetcher, pytest.raises(FetchError, match="after 2 attempts"):
        fetcher.fetch(url)


def test_oversized_responses_are_refused(server: LocalServer) -> None:
    url = server.add("/big", "x" * 5000)
    with _fetcher(max_bytes=1000) as fetcher, pytest.raises(FetchError, match="1,000-byte limit"):
        fetcher.fetch(url)


def test_redirects_are_followed_and_each_hop_is_checked(server: LocalServer) -> None:
    target = server.add("/new", "moved here")
    server.add("/old", "", status=301, headers={"Location": "/new"})
    with _fetcher() as fetcher:
        fetched = fetcher.fetch(server.base + "/old")
    assert fetched.content == b"moved here"
    assert fetched.url == target


def test_not_found_is_a_fetch_error(server: LocalServer) -> None:
    with _fetcher() as fetcher, pytest.raises(FetchError, match="HTTP 404"):
        fetcher.fetch(server.base + "/missing")


def _resolver(answers: list[str]) -> Callable[..., list[tuple[Any, ...]]]:
    """A stand-in for socket.getaddrinfo giving the next answer on each call (the last one repeats)."""
    calls = iter(answers)
    last = answers[-1]

    def getaddrinfo(host: str, port: int | None, *args: object, **kw: object) -> list[tuple[Any, ...]]:
        address = next(calls, last)
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port or 80))]

    return getaddrinfo


def test_a_host_that_rebinds_to_loopback_after_the_first_check_is_refused_at_connect(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server.add("/page", "<p>internal</p>").replace("127.0.0.1", "rebinding.test")
    monkeypatch.setattr(socket, "getaddrinfo", _resolver(["93.184.216.34", "127.0.0.1"]))
    with pytest.raises(FetchError, match=re.escape("rebinding.test resolves to 127.0.0.1, a loopback address")):
        Fetcher(FetchOptions(respect_robots=False, retries=0)).fetch(url)
    assert server.hits == {}


def test_connections_go_to_the_address_that_was_checked(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    # "news.test" exists in no DNS: the fetch can only succeed by connecting to the vetted address itself.
    url = server.add("/page", "<p>hello</p>").replace("127.0.0.1", "news.test")
    monkeypatch.setattr(socket, "getaddrinfo", _resolver(["127.0.0.1"]))
    monkeypatch.setattr(fetch, "_forbidden_kind", lambda address: None)
    with Fetcher(FetchOptions(respect_robots=False, retries=0)) as fetcher:
        assert fetcher.fetch(url).content == b"<p>hello</p>"
    assert server.hits == {"/page": 1}
