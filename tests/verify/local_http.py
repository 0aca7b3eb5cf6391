"""A real HTTP server on 127.0.0.1 in a thread, for the fetcher, webhook and worker tests.

Routes map a path to a function ``(request) -> Reply``; every request is recorded with its
method, path, headers and body so a test can check what the service sent.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Iterable[bytes] = b""


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Route = Callable[[Received], Reply]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet test output
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        received = Received(self.command, self.path, dict(self.headers.items()), self.rfile.read(length))
        self.server.received.append(received)
        route = self.server.routes.get(self.path.split("?")[0])
        reply = route(received) if route else Reply(404, {"Content-Type": "text/plain"}, b"no route")
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if isinstance(reply.body, bytes) and "Content-Length" not in reply.headers:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        parts = [reply.body] if isinstance(reply.body, bytes) else reply.body
        try:
            for part in parts:
                self.wfile.write(part)
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

    do_GET = _answer
    do_POST = _answer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Route]
    received: list[Received]


class LocalServer:
    """Start with ``with LocalServer() as server:``; ``server.url("/path")`` is its address."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.routes = {}
        self._server.received = []
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def routes(self) -> dict[str, Route]:
        return self._server.routes

    @property
    def received(self) -> list[Received]:
        return self._server.received

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
