"""Outgoing HTTP that cannot be turned against internal services (server-side request forgery).

Every request made here (a source's page, a newsroom's webhook URL):

1. accepts only http/https URLs without credentials;
2. resolves the host once with ``socket.getaddrinfo`` and refuses the request if any address is
   not public: private, loopback, link-local, multicast, reserved, unspecified, shared, cloud
   metadata, or an IPv4-mapped / 6to4 / NAT64 IPv6 form of one of those. Addresses inside
   ``FETCH_ALLOWED_NETWORKS`` (empty by default; tests open 127.0.0.1) are let through, cloud
   metadata addresses never are;
3. connects to that vetted address (pinned, so DNS cannot answer differently at connect time)
   while the Host header, TLS SNI and certificate verification use the host name;
4. follows redirects itself (GET only, at most ``FETCH_MAX_REDIRECTS``), each hop checked again;
5. reads the body in chunks and stops past the size limit;
6. bounds the connect and the whole exchange in time (every socket read gets only the time left).

Standard library ``http.client``: pinning the address is a small ``connect()`` override and it
adds no dependency.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
CHUNK_BYTES = 64 * 1024


class FetchError(Exception):
    """A request that would fail the same way again: refused address, not HTML, too large."""


class FetchRefused(FetchError):
    """The URL or the address it resolves to may not be contacted."""


class FetchTooLarge(FetchError):
    """The response body is larger than allowed."""


class FetchNotHtml(FetchError):
    """The page is not HTML."""


class FetchTransientError(Exception):
    """A network failure, time-out or server error worth retrying later."""


class FetchTimeout(FetchTransientError):
    """The connection or the whole exchange took longer than allowed."""


@dataclass(frozen=True)
class FetchedPage:
    url: str
    status: int
    charset: str
    body: bytes

    @property
    def text(self) -> str:
        try:
            return self.body.decode(self.charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class PostResult:
    status: int
    body_excerpt: str


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str
    port: int
    path: str


# --- Addresses ------------------------------------------------------------------------------


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, NAT64, compatible), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in NAT64_PREFIX or int(address) >> 32 == 0:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def address_refusal(address: IPAddress) -> str | None:
    """Why ``address`` must not be contacted, or None when it may be."""
    if address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if isinstance(address, ipaddress.IPv6Address):
        inner = _embedded_ipv4(address)
        if inner is not None:
            return address_refusal(inner)
    allowed = [ipaddress.ip_network(n, strict=False) for n in settings.FETCH_ALLOWED_NETWORKS]
    if any(address.version == net.version and address in net for net in allowed):
        return None
    if (
        not address.is_global
        or address.is_multicast
        or address.is_reserved
        or address.is_loopback
        or address.is_link_local
        or address.is_unspecified
    ):
        return "not a public address"
    return None


def resolve_public_address(host: str, port: int) -> str:
    """Resolve ``host`` and return an address to connect to; refuse if any address is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:
            raise FetchTransientError(f"Could not resolve {host}: {exc}") from exc
        raise FetchError(f"Could not resolve {host}: {exc}") from exc
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not addresses:
        raise FetchError(f"{host} has no address")
    for address in addresses:
        reason = address_refusal(address)
        if reason:
            raise FetchRefused(f"{host} resolves to {address}, {reason}")
    return str(addresses[0])


# --- Connections ----------------------------------------------------------------------------


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to an address vetted beforehand instead of a fresh DNS answer."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.pinned_address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.pinned_address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a vetted address; SNI and certificate checks still use the host name."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.pinned_address = address
        self.tls_context = ssl.create_default_context()

    def connect(self) -> None:
        sock = socket.create_connection((self.pinned_address, self.port), self.timeout)
        self.sock = self.tls_context.wrap_socket(sock, server_hostname=self.host)


def _parse_url(url: str, *, schemes: frozenset[str]) -> _Target:
    try:
        parts = urlsplit(url)
        port = parts.port
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except (ValueError, UnicodeError) as exc:
        raise FetchRefused(f"Invalid URL {url!r}: {exc}") from exc
    if parts.scheme not in schemes:
        raise FetchRefused(f"Scheme {parts.scheme!r} is not allowed (only {', '.join(sorted(schemes))})")
    if not host or parts.username is not None or parts.password is not None:
        raise FetchRefused(f"URL {url!r} needs a host and no credentials")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _Target(parts.scheme, host, port or (443 if parts.scheme == "https" else 80), path)


def _time_left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchTimeout("The request took longer than allowed")
    return left


@contextlib.contextmanager
def _network_errors(url: str) -> Iterator[None]:
    """Translate socket, TLS and protocol errors into transient or permanent fetch errors."""
    try:
        yield
    except (FetchError, FetchTransientError):
        raise
    except TimeoutError as exc:
        raise FetchTimeout(f"Timed out talking to {url}") from exc
    except ssl.SSLCertVerificationError as exc:
        raise FetchError(f"TLS certificate of {url} not accepted: {exc.verify_message}") from exc
    except (OSError, http.client.IncompleteRead) as exc:
        raise FetchTransientError(f"Network error talking to {url}: {exc!r}") from exc
    except http.client.HTTPException as exc:
        raise FetchError(f"Invalid HTTP response from {url}: {exc!r}") from exc


@contextlib.contextmanager
def _opened(
    method: str, target: _Target, *, body: bytes | None, headers: Mapping[str, str], deadline: float
) -> Iterator[tuple[http.client.HTTPResponse, socket.socket]]:
    """Send one request to the vetted address of ``target`` and yield the response (headers read)."""
    address = resolve_public_address(target.host, target.port)
    connection_class = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
    timeout = min(settings.FETCH_CONNECT_TIMEOUT, _time_left(deadline))
    connection = connection_class(target.host, target.port, address=address, timeout=timeout)
    try:
        connection.connect()
        # Kept here: http.client drops connection.sock once a reply says it will close, while
        # the response goes on reading from this socket, whose timeout _read_body narrows.
        sock = connection.sock
        sock.settimeout(_time_left(deadline))
        connection.request(method, target.path, body=body, headers=dict(headers))
        yield connection.getresponse(), sock
    finally:
        connection.close()


def _read_body(
    response: http.client.HTTPResponse, sock: socket.socket, *, max_bytes: int, deadline: float, truncate: bool
) -> bytes:
    """Read at most ``max_bytes``; past that, cut (``truncate``) or raise ``FetchTooLarge``."""
    declared = response.getheader("Content-Length", "")
    if not truncate and declared.isdigit() and int(declared) > max_bytes:
        raise FetchTooLarge(f"Response of {declared} bytes is larger than {max_bytes}")
    chunks: list[bytes] = []
    size = 0
    while True:
        sock.settimeout(_time_left(deadline))
        chunk = response.read1(min(CHUNK_BYTES, max_bytes + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            if truncate:
                return b"".join(chunks)[:max_bytes]
            raise FetchTooLarge(f"Response is larger than {max_bytes} bytes")


# --- Public entry points --------------------------------------------------------------------


def _html_page(url: str, response: http.client.HTTPResponse, sock: socket.socket, deadline: float) -> FetchedPage:
    if response.status >= 500 or response.status == 429:
        raise FetchTransientError(f"{url} answered HTTP {response.status}")
    if response.status >= 300:
        raise FetchError(f"{url} answered HTTP {response.status}")
    content_type = response.headers.get_content_type()
    if content_type not in HTML_TYPES:
        raise FetchNotHtml(f"{url} is {content_type}, not HTML")
    body = _read_body(response, sock, max_bytes=settings.FETCH_MAX_BYTES, deadline=deadline, truncate=False)
    charset = response.headers.get_content_charset() or "utf-8"
    return FetchedPage(url=url, status=response.status, charset=charset, body=body)


def fetch_html(url: str) -> FetchedPage:
    """GET an HTML page, following redirects; every hop is checked against the SSRF rules."""
    deadline = time.monotonic() + settings.FETCH_TOTAL_TIMEOUT
    headers = {"User-Agent": settings.FETCH_USER_AGENT, "Accept": "text/html,application/xhtml+xml"}
    for _hop in range(settings.FETCH_MAX_REDIRECTS + 1):
        target = _parse_url(url, schemes=frozenset({"http", "https"}))
        with _network_errors(url), _opened("GET", target, body=None, headers=headers, deadline=deadline) as (
            response,
            sock,
        ):
            location = response.getheader("Location")
            if response.status not in REDIRECT_STATUSES or not location:
                return _html_page(url, response, sock, deadline)
        url = urljoin(url, location.strip())
    raise FetchError(f"More than {settings.FETCH_MAX_REDIRECTS} redirects")


def post_json(
    url: str, *, body: bytes, headers: Mapping[str, str], allow_http: bool, excerpt_bytes: int = 1024
) -> PostResult:
    """POST a JSON body without following redirects; return the status and the start of the reply."""
    deadline = time.monotonic() + settings.WEBHOOK_TIMEOUT
    target = _parse_url(url, schemes=frozenset({"https", "http"} if allow_http else {"https"}))
    all_headers = {"Content-Type": "application/json", "User-Agent": settings.FETCH_USER_AGENT, **headers}
    with _network_errors(url), _opened("POST", target, body=body, headers=all_headers, deadline=deadline) as (
        response,
        sock,
    ):
        excerpt = _read_body(response, sock, max_bytes=excerpt_bytes, deadline=deadline, truncate=True)
        return PostResult(status=response.status, body_excerpt=excerpt.decode("utf-8", errors="replace"))
