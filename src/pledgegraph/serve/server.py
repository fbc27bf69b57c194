"""The HTTP server behind `pledgegraph serve`: standard library only (ThreadingHTTPServer).

Limits, so that one heavy query cannot take the server down:

* queries run in worker processes (`workers`, two by default), each with the store open
  read-only; the server itself holds the store, so no `ingest` can write under them;
* a query gets `timeout` seconds; then its worker is killed (whatever Oxigraph was doing:
  a sort, a join that yields nothing) and replaced, and the client gets a 503;
* a request waits up to `timeout` seconds for a free worker, then gets a 503;
* results are cut to `max_rows` rows, and the `X-PledgeGraph-Truncated` header says so;
* a request body is at most 1 MB.

Bound to loopback, it also refuses requests whose Host header names another machine, so
that a web page cannot reach it through DNS rebinding.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import re
import socket
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources

from pledgegraph.errors import ServeError
from pledgegraph.query import PREFIXES, bind_example, list_queries
from pledgegraph.serve.worker import Pool, Reply, text_reply
from pledgegraph.store import Store

MAX_BODY = 1 << 20
_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
_UPDATE = re.compile(r"^(?:\s*(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>))*\s*"
                     r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, store: Store, host: str, port: int, timeout: float, max_rows: int,
                 workers: int, log=None):
        if store.path is None:
            raise ServeError("serve needs a store on disk; give --store")
        self.store, self.timeout, self.max_rows = store, timeout, max_rows
        self.log = log
        self.loopback = _is_loopback(host)
        if ":" in host:
            self.address_family = socket.AF_INET6
        try:
            super().__init__((host, port), Handler)
        except OSError as exc:
            if exc.errno in (98, 48):  # EADDRINUSE on Linux, macOS
                raise ServeError(f"{host}:{port}: the port is in use; give another --port") from None
            raise ServeError(f"{host}: cannot listen on this address ({exc.strerror or exc}); "
                             "give another --host") from None
        try:
            self.pool = Pool(store.path, workers)
        except Exception:
            super().server_close()
            raise
        self.page, self.csp = _page(store)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{'[' + host + ']' if ':' in host else host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7878, *, timeout: float = 10.0,
                max_rows: int = 10000, workers: int = 2, log=None) -> Server:
    """A server for `store` (on disk), not yet serving: call `serve_forever()`, then
    `server_close()`, which also stops the workers. Port 0 takes any free port."""
    return Server(store, host, port, timeout, max_rows, workers, log)


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "PledgeGraph"
    server: Server

    # ---- routes
    def do_GET(self) -> None:
        if not self._host_ok():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(200, self.server.page, "text/html; charset=utf-8",
                       {"Content-Security-Policy": self.server.csp})
        elif url.path == "/sparql":
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            if "update" in params:
                self._refuse_update()
            else:
                self._query(params)
        else:
            self._text(404, "not found: the SPARQL endpoint is /sparql, the query page is /")

    def do_POST(self) -> None:
        if not self._host_ok():
            return
        url = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.close_connection = True
            self._text(413, f"the request is larger than {MAX_BODY} bytes")
            return
        body = self.rfile.read(length)
        if url.path != "/sparql":
            self._text(404, "not found: the SPARQL endpoint is /sparql")
            return
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if kind == "application/sparql-update":
            self._refuse_update()
            return
        if kind == "application/x-www-form-urlencoded":
            params.update(urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True))
        elif kind == "application/sparql-query":
            params["query"] = [body.decode("utf-8", "replace")]
        else:
            self._text(415, "send the query as application/x-www-form-urlencoded (query=...) "
                            "or application/sparql-query")
            return
        if "update" in params:
            self._refuse_update()
        else:
            self._query(params)

    def _read_only(self) -> None:
        self._refuse_update()

    do_PUT = do_DELETE = do_PATCH = _read_only

    # ---- the query
    def _query(self, params: dict) -> None:
        texts = params.get("query", [])
        if len(texts) != 1 or not texts[0].strip():
            self._text(400, "give exactly one query: /sparql?query=SELECT... or POST query=...")
            return
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            self._text(400, "default-graph-uri and named-graph-uri are not supported: the default "
                            "graph is every article's triples; use GRAPH in the query")
            return
        text = texts[0]
        if _UPDATE.match(_without_comments(text)):
            self._refuse_update()
            return
        accept, fmt = self.headers.get("Accept"), params.get("format", [""])[0].strip().lower()
        self._reply(self._run((text, accept, fmt, self.server.max_rows)))

    def _run(self, job: tuple) -> Reply:
        server = self.server
        worker = server.pool.acquire(server.timeout)
        if worker is None:
            return text_reply(503, f"all {server.pool.size} query workers are busy; try again later",
                              {"Retry-After": str(int(server.timeout) + 1)})
        try:
            reply = worker.run(job, server.timeout)
        except (EOFError, OSError):  # the worker died (out of memory?)
            server.pool.replace(worker)
            return text_reply(500, "the query stopped its worker (out of memory?); narrow it, or add LIMIT")
        if reply is None:
            server.pool.replace(worker)
            return text_reply(503, f"the query ran past the {server.timeout:g} s limit and was stopped; "
                                   "narrow it, or add LIMIT")
        server.pool.release(worker)
        return reply

    # ---- plumbing
    def _host_ok(self) -> bool:
        if not self.server.loopback:
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        name = host[1:].split("]")[0] if host.startswith("[") else host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        if name in _LOOPBACK_NAMES or _is_loopback(name):
            return True
        self._text(403, "this server only answers requests addressed to this machine "
                        "(Host: 127.0.0.1 or localhost)")
        return False

    def _refuse_update(self) -> None:
        self._text(403, "this endpoint is read-only: SPARQL updates are refused; "
                        "change the store with `pledgegraph ingest` and `pledgegraph remove`")

    def _text(self, status: int, message: str, headers: dict | None = None) -> None:
        self._reply(text_reply(status, message, headers))

    def _reply(self, reply: Reply) -> None:
        self._send(reply.status, reply.body, reply.media, reply.headers)

    def _send(self, status: int, body: bytes, media: str, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")


def _without_comments(text: str) -> str:
    from pledgegraph.query import _strip_comments

    return _strip_comments(text)


def _page(store: Store) -> tuple[bytes, str]:
    """The query page, with the named queries as examples, and its Content-Security-Policy."""
    template = resources.files("pledgegraph.serve").joinpath("page.html").read_text(encoding="utf-8")
    examples = [{"name": q.name, "question": q.question, "text": bind_example(q)} for q in list_queries()]
    config = {"examples": examples, "prefixes": PREFIXES,
              "store": store.path.name if store.path is not None else "in memory"}
    data = json.dumps(config, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("&", "\\u0026")
    page = template.replace("@@CONFIG@@", data)
    hashes = {kind: [_sha(body) for body in re.findall(rf"<{kind}>(.*?)</{kind}>", page, re.S)]
              for kind in ("script", "style")}
    csp = ("default-src 'none'; " + "script-src " + " ".join(hashes["script"]) + "; style-src " +
           " ".join(hashes["style"]) + "; connect-src 'self'; img-src 'none'; base-uri 'none'; "
           "form-action 'none'; frame-ancestors 'none'")
    return page.encode("utf-8"), csp


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def log_to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
