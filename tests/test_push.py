"""`pledgegraph push` and `query --endpoint` against a real Oxigraph server.

The `oxigraph` wheel (test extras) ships the server binary; each test module starts it on
127.0.0.1 at a free port with its data in a temporary folder, and stops it at the end.
"""

from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from pledgegraph import store
from pledgegraph.cli import main
from pledgegraph.errors import EndpointError
from pledgegraph.pipeline import ingest
from pledgegraph.query import run_query
from pledgegraph.remote import Endpoint, push
from tests.pipeline_helpers import nlp
from tests.test_store import FRANCE, JAPAN, JAPAN_EN, corpus

UNION = "urn:pledgegraph:union"


def oxigraph_binary() -> str | None:
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.exists() else shutil.which("oxigraph")


pytestmark = pytest.mark.skipif(oxigraph_binary() is None,
                                reason="no oxigraph server binary (pip install -e '.[test]')")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    port = free_port()
    data = tmp_path_factory.mktemp("oxigraph")
    server = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    wait_until_up(f"{base}/query?query=ASK%7B%7D", server, 60, lambda: server.stderr.read().decode()[-500:])
    yield base
    server.terminate()
    server.wait(timeout=30)


def wait_until_up(url: str, server: subprocess.Popen, seconds: float, log) -> None:
    """Until `url` answers; a server that exits or takes longer fails with the end of `log()`."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError(f"{server.args[0]} did not start: {log()}")
            time.sleep(0.1)


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("push")
    articles = corpus(folder / "c", jp_txt=JAPAN, en_md=JAPAN_EN, fr_txt=FRANCE)
    s = store.open_store(folder / "store")
    ingest([articles], s, nlp=nlp())
    yield s
    s.close()


def remote_graphs(base: str) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    request = urllib.request.Request(f"{base}/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    rows = json.loads(urllib.request.urlopen(request, timeout=30).read())["results"]["bindings"]
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


def remote_dump(base: str) -> list[str]:
    request = urllib.request.Request(f"{base}/store", headers={"Accept": "application/n-quads"})
    return sorted(urllib.request.urlopen(request, timeout=30).read().decode().splitlines())


def test_push_sends_one_graph_per_article_and_is_idempotent(oxigraph, source):
    report = push(source, f"{oxigraph}/store")
    local = {str(g): len(source.graph(g)) for g in source.graphs()}
    assert len(local) == 4  # three articles and the conversions (euros in France)
    assert report.graphs == 4 and report.triples == sum(local.values())
    assert {g: n for g, n in remote_graphs(oxigraph).items() if g != UNION} == local
    first = remote_dump(oxigraph)
    again = CliRunner().invoke(main, ["push", "--endpoint", f"{oxigraph}/store", "--store", str(source.path)])
    assert again.exit_code == 0
    assert again.stdout == f"pushed 4 graph(s), {report.triples} triples, to {oxigraph}/store\n"
    assert remote_dump(oxigraph) == first


def test_named_queries_on_the_pushed_union(oxigraph, source):
    report = push(source, f"{oxigraph}/store", graph=UNION)
    assert (report.graphs, report.triples) == (1, len(source))
    endpoint = Endpoint(f"{oxigraph}/query?default-graph-uri={urllib.parse.quote(UNION)}")
    for name, params in (("totals-by-company", {}), ("commitments-of-company", {"company": "microsoft"}),
                         ("articles", {}), ("company-graph", {"company": "Microsoft"})):
        remote, local = run_query(endpoint, name, params), run_query(source, name, params)
        assert (remote.variables, remote.rows) == (local.variables, local.rows), name
    runner = CliRunner()
    url = f"{oxigraph}/query?default-graph-uri={urllib.parse.quote(UNION)}"
    from_remote = runner.invoke(main, ["query", "totals-by-company", "--endpoint", url])
    from_store = runner.invoke(main, ["query", "totals-by-company", "--store", str(source.path)])
    assert from_remote.exit_code == 0 and from_remote.stdout == from_store.stdout


def test_unreachable_and_refusing_endpoints(source):
    url = f"http://127.0.0.1:{free_port()}/store"
    result = CliRunner().invoke(main, ["push", "--endpoint", url, "--store", str(source.path)])
    assert result.exit_code == 2
    assert result.stderr == (f"error: {url}: cannot reach the server ([Errno 111] Connection refused); "
                             "check the URL and that the server is running\n")
    with pytest.raises(EndpointError, match="not an http:// or https:// URL"):
        push(source, "ftp://example.org/store")
    result = CliRunner().invoke(main, ["push", "--endpoint", url, "--store", str(source.path), "--user", "u"])
    assert result.exit_code == 2 and "give --user and --password together" in result.stderr


class _Guarded(BaseHTTPRequestHandler):
    """A Graph Store that wants HTTP basic authentication, as Virtuoso's -auth endpoints do."""

    received: list = []

    def do_PUT(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        expected = "Basic " + base64.b64encode(b"editor:s3cret").decode()
        if self.headers.get("Authorization") != expected:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="SPARQL"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        type(self).received.append((self.path, self.headers.get("Content-Type"), body))
        self.send_response(201)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_push_answers_an_authentication_challenge(source):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Guarded)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql-graph-crud-auth"
    try:
        with pytest.raises(EndpointError) as refused:
            push(source, url)
        assert str(refused.value) == f"{url}: the server answered 401 Unauthorized; give --user and --password"
        report = push(source, url, user="editor", password="s3cret")
        assert report.graphs == len(_Guarded.received) == 4
        path, kind, body = _Guarded.received[0]
        assert path.startswith("/sparql-graph-crud-auth?graph=https%3A%2F%2Fw3id.org%2Fpledgegraph%2Fid%2F")
        assert kind == "text/turtle; charset=utf-8"
        lines = body.decode().splitlines()
        assert lines == sorted(lines) and all(line.endswith(" .") for line in lines)
    finally:
        server.shutdown()
        server.server_close()


def test_a_graph_removed_here_is_deleted_there_on_the_next_push(oxigraph, tmp_path):
    articles = corpus(tmp_path / "c", jp_txt=JAPAN, fr_txt=FRANCE)
    with store.open_store(tmp_path / "store") as local:
        ingest([articles], local, nlp=nlp())
        url = f"{oxigraph}/store"
        push(local, url)
        france = store.find_article(local, "fr.txt")
        assert str(france) in remote_graphs(oxigraph)
        assert store.remove_article(local, france)
        report = push(local, url)
        assert report.deleted == 1 and report.summary().endswith(", deleted 1 graph(s) removed here")
        assert str(france) not in remote_graphs(oxigraph)
        assert str(store.find_article(local, "jp.txt")) in remote_graphs(oxigraph)
        assert push(local, url).deleted == 0  # idempotent
