"""`pledgegraph serve`: the SPARQL 1.1 Protocol on a real server over loopback.

A store on disk (tests/data/queries-small.ttl plus an article whose title is markup) is
served on 127.0.0.1 at a free port, with its query workers; requests go through urllib.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from pledgegraph import store
from pledgegraph.namespaces import ID, PG, RDF
from pledgegraph.query import list_queries, run_query
from pledgegraph.remote import Endpoint
from pledgegraph.serve import make_server
from pledgegraph.serve.results import choose
from tests.test_store_queries import CASES

REPO = Path(__file__).resolve().parents[1]
SMALL = REPO / "tests" / "data" / "queries-small.ttl"
XSS = '<img src=x onerror="document.body.dataset.xss=1">'
EVIL = ID["article/evil"]


def evil_graph() -> Graph:
    g = Graph()
    g.add((EVIL, RDF.type, PG.Article))
    g.add((EVIL, PG.title, Literal(XSS)))
    g.add((EVIL, PG.fileName, Literal("evil.html")))
    return g


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = tmp_path_factory.mktemp("served") / "store"
    source = store.open_store(folder)
    store.replace_article(source, ID["graph/small"], Graph().parse(SMALL))
    store.replace_article(source, EVIL, evil_graph())
    server = make_server(source, "127.0.0.1", 0, timeout=30, max_rows=5, workers=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, source
    server.shutdown()
    server.server_close()
    source.close()


def call(server, path: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    request = urllib.request.Request(server.url.rstrip("/") + path, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def get(server, query: str, accept: str | None = None, **params):
    qs = urllib.parse.urlencode({"query": query, **params})
    return call(server, f"/sparql?{qs}", headers={"Accept": accept} if accept else {})


ORGS = "SELECT ?org ?label WHERE { ?org a pg:Company ; rdfs:label ?label } ORDER BY ?label LIMIT 2"


def test_select_in_every_results_format(served):
    server, _ = served
    status, headers, body = get(server, ORGS)
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+json"
    doc = json.loads(body)
    assert doc["head"]["vars"] == ["org", "label"]
    first = doc["results"]["bindings"][0]
    assert first["org"] == {"type": "uri", "value": f"{ID}org/alphabet"}
    assert first["label"]["value"] == "Alphabet"
    status, headers, body = get(server, ORGS, "application/sparql-results+xml")
    assert headers["Content-Type"] == "application/sparql-results+xml; charset=utf-8"
    assert f"<binding name=\"org\"><uri>{ID}org/alphabet</uri></binding>".encode() in body
    status, headers, body = get(server, ORGS, "text/csv")
    assert body.decode().splitlines()[:2] == ["org,label", f"{ID}org/alphabet,Alphabet"]
    status, headers, body = get(server, ORGS, "text/tab-separated-values")
    assert body.decode().splitlines()[:2] == ["?org\t?label", f'<{ID}org/alphabet>\t"Alphabet"']
    assert get(server, ORGS, format="csv")[2] == get(server, ORGS, "text/csv")[2]
    assert json.loads(get(server, "ASK { ?s a pg:Investment }")[2]) == {"head": {}, "boolean": True}


def test_post_form_and_direct_and_constructs(served):
    server, _ = served
    form = urllib.parse.urlencode({"query": ORGS}).encode()
    by_form = call(server, "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
    direct = call(server, "/sparql", ORGS.encode(), {"Content-Type": "application/sparql-query"})
    assert by_form[0] == direct[0] == 200 and by_form[2] == direct[2] == get(server, ORGS)[2]
    construct = f"CONSTRUCT {{ <{ID}org/alphabet> ?p ?o }} WHERE {{ <{ID}org/alphabet> ?p ?o }}"
    status, headers, body = get(server, construct, "application/n-triples")
    assert status == 200 and headers["Content-Type"] == "application/n-triples; charset=utf-8"
    lines = body.decode().splitlines()
    assert lines == sorted(lines) and all(line.startswith(f"<{ID}org/alphabet> ") for line in lines)
    assert get(server, construct)[1]["Content-Type"] == "text/turtle; charset=utf-8"


def test_updates_are_refused_and_change_nothing(served):
    server, source = served
    before = len(source)
    refused = "this endpoint is read-only: SPARQL updates are refused; change the store with " \
              "`pledgegraph ingest` and `pledgegraph remove`\n"
    attempts = [
        call(server, "/sparql", urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
             {"Content-Type": "application/x-www-form-urlencoded"}),
        call(server, "/sparql", b"CLEAR ALL", {"Content-Type": "application/sparql-update"}),
        get(server, "PREFIX x: <http://x/>\n# a comment\nINSERT DATA { x:a x:b x:c }"),
        call(server, "/sparql", b"<a> <b> <c> .", {"Content-Type": "text/turtle"}, method="PUT"),
        call(server, "/sparql?graph=x", method="DELETE"),
    ]
    for status, _, body in attempts:
        assert (status, body.decode()) == (403, refused)
    assert len(source) == before


def test_bad_requests_say_what_to_do(served):
    server, _ = served
    status, _, body = get(server, "SELEC ?x WHERE {}")
    assert status == 400 and body.decode().startswith("the query cannot be parsed: ")
    assert call(server, "/sparql")[0] == 400
    status, _, body = get(server, ORGS, "image/png")
    assert status == 406 and "application/sparql-results+json" in body.decode()
    assert get(server, ORGS, format="turtle")[0] == 400
    assert call(server, "/nowhere")[0] == 404
    assert call(server, "/sparql", b"x", {"Content-Type": "text/plain"})[0] == 415
    status, _, body = call(server, "/", headers={"Host": "attacker.example"})
    assert status == 403 and "addressed to this machine" in body.decode()
    assert call(server, "/", headers={"Host": f"localhost:{server.server_address[1]}"})[0] == 200


def test_results_are_cut_at_the_row_cap(served):
    server, _ = served
    status, headers, body = get(server, "SELECT ?s WHERE { ?s ?p ?o }")
    assert status == 200 and headers["X-PledgeGraph-Truncated"] == "5"
    assert len(json.loads(body)["results"]["bindings"]) == 5
    assert "X-PledgeGraph-Truncated" not in get(server, ORGS)[1]


def test_named_queries_through_the_endpoint_match_the_store(served):
    server, source = served
    endpoint = Endpoint(server.url + "sparql")
    big = make_server(source, "127.0.0.1", 0, timeout=60, max_rows=100000, workers=1)
    thread = threading.Thread(target=big.serve_forever, daemon=True)
    thread.start()
    try:
        endpoint = Endpoint(big.url + "sparql")
        for name, params in CASES:
            remote, local = run_query(endpoint, name, params), run_query(source, name, params)
            assert (remote.kind, remote.variables, remote.rows) == (local.kind, local.variables, local.rows), name
    finally:
        big.shutdown()
        big.server_close()


def test_a_query_past_the_deadline_is_stopped_and_the_server_goes_on(served):
    _, source = served
    quick = make_server(source, "127.0.0.1", 0, timeout=1, max_rows=10, workers=1)
    thread = threading.Thread(target=quick.serve_forever, daemon=True)
    thread.start()
    try:
        # About 10^12 combinations and no row ever passes the filter: it cannot end by itself.
        endless = ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l "
                   "FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), STR(?l), 'x')) }")
        status, _, body = get(quick, endless)
        assert (status, body.decode()) == (503, "the query ran past the 1 s limit and was stopped; "
                                                "narrow it, or add LIMIT\n")
        quick.timeout = 60  # the replacement worker may still be starting
        status, _, body = get(quick, ORGS)
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2
    finally:
        quick.shutdown()
        quick.server_close()


def test_content_negotiation():
    offered = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv"]
    assert choose(None, offered) == offered[0]
    assert choose("*/*", offered) == offered[0]
    assert choose("*/*;q=0.5, text/csv", offered) == "text/csv"
    assert choose("text/*, application/sparql-results+xml;q=0.9", offered) == "text/csv"
    assert choose("application/sparql-results+json;q=0, */*;q=0.1", offered) == offered[1]
    assert choose("image/png", offered) is None


def test_serve_command_errors(tmp_path: Path):
    from click.testing import CliRunner

    from pledgegraph.cli import main

    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'none'}: no store here; run `pledgegraph ingest` first or give --store\n"


def test_load_script_reports_throughput(tmp_path: Path):
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "endpoint_load.py"), "--requests", "60",
                          "--seconds", "120", "--clients", "8"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[1].startswith("answered 60 in ") and "queries per second; latency p50" in lines[1]
    assert lines[2] == "errors 0"
