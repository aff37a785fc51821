"""Fetch URLs politely and safely: timeouts, a size limit, robots.txt, retries, no private addresses.

The address check runs twice: before a request, to fail early with a clear message, and again when the
connection is opened, on the very address the socket connects to. The second check closes the gap a
DNS-rebinding host would use (a public address for the first lookup, a private one for the second).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
import urllib.robotparser
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from eventwire.errors import FetchError
from eventwire.settings import SETTINGS
from eventwire.version import VERSION

log = logging.getLogger(__name__)

USER_AGENT = f"eventwire/{VERSION}"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5
DEFAULT_TIMEOUT = float(SETTINGS["fetch_timeout"].default)


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How URLs are fetched; every knob declared once, with its default."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = int(SETTINGS["fetch_max_bytes"].default)
    retries: int = int(SETTINGS["fetch_retries"].default)
    backoff: float = float(SETTINGS["fetch_backoff"].default)
    allow_private: bool = False
    respect_robots: bool = True
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched resource: the final URL after redirects, its content type and its bytes."""

    url: str
    content_type: str
    content: bytes


def check_address(url: str, allow_private: bool = False) -> None:
    """Refuse non-HTTP URLs and hosts that resolve to private, loopback, link-local or reserved addresses."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FetchError(f"{url} is not an http(s) URL with a host", doc_id=url)
    if not allow_private:
        vetted_address(parts.hostname, parts.port, doc_id=url)


def vetted_address(host: str, port: int | None, doc_id: str | None = None) -> str:
    """Resolve ``host`` and return an address to connect to; refuse it if any address it has is not public."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}", doc_id=doc_id or host) from exc
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    for address in addresses:
        kind = _forbidden_kind(address)
        if kind:
            raise FetchError(
                f"refused: {host} resolves to {address}, a {kind} address; pass --allow-private to fetch from it",
                doc_id=doc_id or host,
            )
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}: no addresses", doc_id=doc_id or host)
    return str(addresses[0])


def _forbidden_kind(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    checks = (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
    )
    return next((name for name, hit in checks if hit), None)


@dataclass
class Fetcher:
    """One HTTP client for a run; robots.txt is read once per host."""

    options: FetchOptions = field(default_factory=FetchOptions)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _client: httpx.Client | None = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.options.timeout, connect=min(5.0, self.options.timeout)),
                headers={"User-Agent": self.options.user_agent},
                follow_redirects=False,
                transport=None if self.options.allow_private else _PublicOnlyTransport(),
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> Fetched:
        """GET ``url``, following redirects (each hop checked), with retries; raises FetchError."""
        for _ in range(MAX_REDIRECTS + 1):
            check_address(url, self.options.allow_private)
            if not self.allowed(url):
                raise FetchError(f"robots.txt of {urlsplit(url).netloc} disallows {url}", doc_id=url)
            response_url, location, fetched = self._get_with_retries(url)
            if location is None:
                assert fetched is not None
                return fetched
            url = urljoin(response_url, location)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", doc_id=url)

    def allowed(self, url: str) -> bool:
        """robots.txt says our user agent may fetch ``url`` (a missing or unreadable robots.txt allows all)."""
        if not self.options.respect_robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(self.options.user_agent, url)

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            response = self.client.get(origin + "/robots.txt")
        except httpx.HTTPError as exc:
            log.info("no robots.txt at %s (%s); allowing", origin, exc)
            return None
        if response.status_code in {401, 403}:
            parser.parse(["User-agent: *", "Disallow: /"])
        elif response.status_code == 200:
            parser.parse(response.text.splitlines())
        else:
            return None
        return parser

    def _get_with_retries(self, url: str) -> tuple[str, str | None, Fetched | None]:
        attempts = self.options.retries + 1
        for attempt in range(attempts):
            try:
                return self._get(url)
            except _Retryable as exc:
                if attempt + 1 == attempts:
                    raise FetchError(f"{exc} (after {attempts} attempts)", doc_id=url) from exc
                delay = self.options.backoff * 2**attempt
                log.info("fetching %s failed (%s); retrying in %.1fs", url, exc, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def _get(self, url: str) -> tuple[str, str | None, Fetched | None]:
        try:
            with self.client.stream("GET", url) as response:
                if response.is_redirect and "location" in response.headers:
                    return str(response.url), response.headers["location"], None
                if response.status_code in RETRY_STATUSES:
                    raise _Retryable(f"HTTP {response.status_code}")
                if response.status_code >= 400:
                    raise FetchError(f"HTTP {response.status_code} from {url}", doc_id=url)
                content = self._read_limited(response, url)
                kind = response.headers.get("content-type", "")
                return str(response.url), None, Fetched(str(response.url), kind, content)
        except httpx.TimeoutException as exc:
            raise _Retryable(f"timed out after {self.options.timeout}s") from exc
        except httpx.TransportError as exc:
            raise _Retryable(f"connection failed: {exc}") from exc

    def _read_limited(self, response: httpx.Response, url: str) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.options.max_bytes:
            raise FetchError(f"is {int(declared):,} bytes, over the {self.options.max_bytes:,}-byte limit", doc_id=url)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.options.max_bytes:
                raise FetchError(f"is over the {self.options.max_bytes:,}-byte limit", doc_id=url)
            chunks.append(chunk)
        return b"".join(chunks)


class _PublicOnlyBackend(httpcore.SyncBackend):
    """Opens TCP connections only to public addresses, checked at connect time on the address used."""

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        address = vetted_address(host, port)
        return super().connect_tcp(address, port, timeout, local_address, socket_options)


class _PublicOnlyTransport(httpx.HTTPTransport):
    """httpx's transport on a connection pool whose sockets go through ``_PublicOnlyBackend``.

    TLS still verifies the certificate against the URL's host name: httpcore takes the name for SNI and
    verification from the request's origin, not from the address the socket connected to.
    """

    def __init__(self) -> None:
        super().__init__()
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            network_backend=_PublicOnlyBackend(),
        )


class _Retryable(Exception):
    """A failure worth another try: timeouts, dropped connections, 429 and 5xx."""
