"""The SSRF-safe fetcher: what it refuses, its limits, and a good fetch from a local server."""

from __future__ import annotations

import socket
import time

import pytest

from tests.verify.local_http import LocalServer, Reply
from verify.services import fetch
from verify.services.fetch import FetchError, FetchNotHtml, FetchRefused, FetchTimeout, FetchTooLarge

PAGE = b"<html><head><title>Budget 2024</title></head><body>ok</body></html>"


def html(body: bytes = PAGE, status: int = 200, **headers: str) -> Reply:
    return Reply(status, {"Content-Type": "text/html; charset=utf-8", **headers}, body)


@pytest.fixture
def server():
    with LocalServer() as running:
        yield running


@pytest.fixture
def loopback_allowed(settings):
    """Open the allow-list for 127.0.0.1 only, as a test's local server needs."""
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    return settings


@pytest.fixture
def fake_dns(monkeypatch):
    """Answer chosen host names with chosen addresses; everything else resolves for real."""
    answers: dict[str, list[str]] = {}
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host in answers:
            address = answers[host].pop(0) if len(answers[host]) > 1 else answers[host][0]
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return answers


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://10.1.2.3/admin",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fd00:ec2::254]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://100.64.0.1/",
        "http://2130706433/",
        "http://localhost/",
    ],
)
def test_non_public_addresses_are_refused(url):
    with pytest.raises(FetchRefused):
        fetch.fetch_html(url)


def test_hostname_resolving_to_a_private_address_is_refused(fake_dns):
    fake_dns["intranet.example"] = ["10.20.30.40"]
    with pytest.raises(FetchRefused, match="10.20.30.40"):
        fetch.fetch_html("https://intranet.example/")


def test_metadata_address_is_refused_even_when_its_network_is_allowed(settings):
    settings.FETCH_ALLOWED_NETWORKS = ["169.254.0.0/16"]
    with pytest.raises(FetchRefused, match="metadata"):
        fetch.fetch_html("http://169.254.169.254/")


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/", "gopher://example.org/", "http://user:pw@example.org/"]
)
def test_other_schemes_and_credentials_are_refused(url):
    with pytest.raises(FetchRefused):
        fetch.fetch_html(url)


def test_loopback_is_refused_without_the_allow_list(server):
    server.routes["/"] = lambda request: html()
    with pytest.raises(FetchRefused):
        fetch.fetch_html(server.url("/"))
    assert server.received == []


def test_page_is_fetched_from_an_allowed_local_server(server, loopback_allowed):
    server.routes["/article"] = lambda request: html()
    page = fetch.fetch_html(server.url("/article?id=1"))
    assert page.status == 200
    assert "<title>Budget 2024</title>" in page.text
    assert server.received[0].path == "/article?id=1"


@pytest.mark.parametrize(
    "target", ["http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]:80/"]
)
def test_redirect_to_an_internal_address_is_refused(server, loopback_allowed, target):
    server.routes["/go"] = lambda request: Reply(302, {"Location": target})
    with pytest.raises(FetchRefused):
        fetch.fetch_html(server.url("/go"))


def test_redirects_are_followed_and_rechecked(server, loopback_allowed):
    server.routes["/old"] = lambda request: Reply(301, {"Location": "/new"})
    server.routes["/new"] = lambda request: html()
    page = fetch.fetch_html(server.url("/old"))
    assert page.url == server.url("/new")
    assert [r.path for r in server.received] == ["/old", "/new"]


def test_too_many_redirects_fail(server, loopback_allowed):
    server.routes["/loop"] = lambda request: Reply(302, {"Location": "/loop"})
    with pytest.raises(FetchError, match="redirects"):
        fetch.fetch_html(server.url("/loop"))
    assert len(server.received) == 6


def test_connection_goes_to_the_vetted_address_with_the_host_name_kept(server, loopback_allowed, fake_dns):
    # A rebinding DNS answers 127.0.0.1 (allowed) at the check and 10.0.0.1 afterwards.
    fake_dns["news.example"] = ["127.0.0.1", "10.0.0.1"]
    server.routes["/page"] = lambda request: html()
    page = fetch.fetch_html(f"http://news.example:{server.port}/page")
    assert page.status == 200
    assert server.received[0].headers["Host"] == f"news.example:{server.port}"


def test_declared_size_over_the_limit_is_refused(server, loopback_allowed, settings):
    settings.FETCH_MAX_BYTES = 1000
    server.routes["/big"] = lambda request: html(b"x" * 5000)
    with pytest.raises(FetchTooLarge):
        fetch.fetch_html(server.url("/big"))


def test_undeclared_size_over_the_limit_stops_reading(server, loopback_allowed, settings):
    settings.FETCH_MAX_BYTES = 1000
    server.routes["/stream"] = lambda request: Reply(200, {"Content-Type": "text/html"}, [b"x" * 600] * 50)
    with pytest.raises(FetchTooLarge):
        fetch.fetch_html(server.url("/stream"))


def test_non_html_is_refused(server, loopback_allowed):
    server.routes["/data"] = lambda request: Reply(200, {"Content-Type": "application/json"}, b"{}")
    with pytest.raises(FetchNotHtml):
        fetch.fetch_html(server.url("/data"))


def test_xhtml_is_accepted(server, loopback_allowed):
    server.routes["/x"] = lambda request: Reply(200, {"Content-Type": "application/xhtml+xml"}, PAGE)
    assert fetch.fetch_html(server.url("/x")).status == 200


def test_slow_server_times_out(server, loopback_allowed, settings):
    settings.FETCH_TOTAL_TIMEOUT = 0.5

    def slow(request):
        time.sleep(2)
        return html()

    server.routes["/slow"] = slow
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch.fetch_html(server.url("/slow"))
    assert time.monotonic() - started < 1.5


def test_dripping_body_is_cut_off_at_the_total_time_limit(server, loopback_allowed, settings):
    settings.FETCH_TOTAL_TIMEOUT = 0.6

    def drip():
        for _ in range(30):
            time.sleep(0.1)
            yield b"x"

    server.routes["/drip"] = lambda request: Reply(200, {"Content-Type": "text/html"}, drip())
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch.fetch_html(server.url("/drip"))
    assert time.monotonic() - started < 1.5


def test_server_error_is_transient_and_client_error_is_permanent(server, loopback_allowed):
    server.routes["/down"] = lambda request: html(status=503)
    server.routes["/gone"] = lambda request: html(status=404)
    with pytest.raises(fetch.FetchTransientError):
        fetch.fetch_html(server.url("/down"))
    with pytest.raises(FetchError, match="404"):
        fetch.fetch_html(server.url("/gone"))


def test_post_json_does_not_follow_redirects_and_keeps_an_excerpt(server, loopback_allowed):
    server.routes["/hook"] = lambda request: Reply(302, {"Location": "http://10.0.0.1/"}, b"moved" * 1000)
    result = fetch.post_json(server.url("/hook"), body=b"{}", headers={}, allow_http=True, excerpt_bytes=20)
    assert result.status == 302
    assert result.body_excerpt == ("moved" * 4)
    assert [r.path for r in server.received] == ["/hook"]


def test_post_json_refuses_http_unless_allowed(server, loopback_allowed):
    with pytest.raises(FetchRefused, match="Scheme"):
        fetch.post_json(server.url("/hook"), body=b"{}", headers={}, allow_http=False)
