"""Other triple stores over HTTP: querying a SPARQL endpoint, pushing to a Graph Store.

    Endpoint(url).sparql(text, prefixes) -> store.Answer   # SPARQL 1.1 Protocol
    push(store, url, graph=None, user=None, password=None) -> PushReport

`push` speaks the SPARQL 1.1 Graph Store HTTP Protocol: one PUT per named graph (an article,
and the derived conversions), so pushing again replaces each graph with the same triples
and changes nothing. The body is sorted N-Triples sent as `text/turtle` (N-Triples is
Turtle), which every Graph Store reads: Oxigraph's `/store`, Virtuoso's
`/sparql-graph-crud-auth`, GraphDB's `/repositories/ID/rdf-graphs/service`, Neptune's
`/sparql/gsp/`.

A store on disk remembers, per endpoint, which graphs it pushed (`pushed.json` in the store
folder). A graph pushed before whose article has since been removed locally is DELETEd
remotely on the next push; graphs PledgeGraph never pushed are never touched.

Only the standard library: `urllib` handles HTTP basic and digest authentication.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef

from pledgegraph.errors import EndpointError
from pledgegraph.store import Answer, Store, graph_ntriples

RESULTS_JSON = "application/sparql-results+json"


def _opener(url: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    handlers: list = []
    if user is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, user, password or "")
        handlers += [urllib.request.HTTPBasicAuthHandler(passwords),
                     urllib.request.HTTPDigestAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)


def _send(opener, request: urllib.request.Request, url: str, timeout: float) -> tuple[str, bytes]:
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace").strip().splitlines()
        detail = f": {body[0][:200]}" if body else ""
        hint = {401: "; give --user and --password", 403: "; the server refuses this request",
                404: "; check the URL's path"}.get(exc.code, "")
        raise EndpointError(url, f"the server answered {exc.code} {exc.reason}{detail}{hint}",
                            status=exc.code) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(url, f"cannot reach the server ({reason}); check the URL and that "
                                 "the server is running") from None


class Endpoint:
    """A SPARQL 1.1 Protocol endpoint, queried with POST."""

    def __init__(self, url: str, user: str | None = None, password: str | None = None,
                 timeout: float = 120.0):
        if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            raise EndpointError(url, "not an http:// or https:// URL")
        self.url, self.timeout = url, timeout
        self._opener = _opener(url, user, password)

    def sparql(self, text: str, prefixes: dict | None = None, **_ignored) -> Answer:
        declared = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in (prefixes or {}).items())
        body = urllib.parse.urlencode({"query": declared + text}).encode()
        request = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": f"{RESULTS_JSON}, application/n-triples;q=0.9, text/turtle;q=0.8"})
        kind, data = _send(self._opener, request, self.url, self.timeout)
        kind = kind.split(";")[0].strip().lower()
        if kind in (RESULTS_JSON, "application/json"):
            return _from_json(self.url, data)
        fmt = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle"}.get(kind)
        if fmt is None:
            raise EndpointError(self.url, f"the server answered in {kind or 'no type'}, which is not "
                                          "SPARQL results JSON, N-Triples or Turtle")
        graph = Graph().parse(data=data.decode("utf-8"), format=fmt)
        return Answer("CONSTRUCT", ["subject", "predicate", "object"], list(graph))


def _from_json(url: str, data: bytes) -> Answer:
    try:
        doc = json.loads(data)
        if "boolean" in doc:
            return Answer("ASK", boolean=bool(doc["boolean"]))
        variables = list(doc["head"].get("vars", []))
        rows = [tuple(_term(b.get(v)) for v in variables) for b in doc["results"]["bindings"]]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise EndpointError(url, f"the server's answer is not SPARQL results JSON ({exc})") from None
    return Answer("SELECT", variables, rows)


def _term(value: dict | None):
    if value is None:
        return None
    kind, text = value["type"], value["value"]
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    if "xml:lang" in value:
        return Literal(text, lang=value["xml:lang"])
    datatype = value.get("datatype")
    if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
        return Literal(text, datatype=URIRef(datatype))
    return Literal(text)


@dataclass
class PushReport:
    url: str
    graphs: int
    triples: int
    deleted: int = 0

    def summary(self) -> str:
        gone = f", deleted {self.deleted} graph(s) removed here" if self.deleted else ""
        return f"pushed {self.graphs} graph(s), {self.triples} triples, to {self.url}{gone}"


_RECORD = "pushed.json"


def _pushed_before(store: Store, url: str) -> set[str]:
    if store.path is None or not (store.path / _RECORD).exists():
        return set()
    try:
        return set(json.loads((store.path / _RECORD).read_text("utf-8")).get(url, []))
    except (OSError, ValueError):
        return set()  # an unreadable record only means nothing is deleted


def _remember(store: Store, url: str, graphs: set[str]) -> None:
    if store.path is None:
        return
    path = store.path / _RECORD
    try:
        record = json.loads(path.read_text("utf-8")) if path.exists() else {}
    except (OSError, ValueError):
        record = {}
    record[url] = sorted(graphs)
    path.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def push(store: Store, url: str, graph: str | None = None, user: str | None = None,
         password: str | None = None, timeout: float = 120.0) -> PushReport:
    """PUT each named graph of `store` (or, with `graph`, the union into that one graph)."""
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise EndpointError(url, "not an http:// or https:// URL")
    opener = _opener(url, user, password)
    targets = [(URIRef(graph), None)] if graph else [(name, name) for name in store.graphs()]
    if not targets or not len(store):
        raise EndpointError(url, "the store is empty: nothing to push; run `pledgegraph ingest` first")
    triples = 0
    for target, source in targets:
        body = graph_ntriples(store, source)
        triples += body.count(b"\n")
        request = urllib.request.Request(_graph_url(url, target), data=body, method="PUT",
                                         headers={"Content-Type": "text/turtle; charset=utf-8"})
        _send(opener, request, url, timeout)
    pushed = {str(target) for target, _ in targets}
    deleted = 0
    if not graph:
        for gone in sorted(_pushed_before(store, url) - pushed):
            try:
                _send(opener, urllib.request.Request(_graph_url(url, URIRef(gone)), method="DELETE"), url, timeout)
            except EndpointError as exc:
                if exc.status != 404:  # 404: already gone there, nothing to do
                    raise
            deleted += 1
        _remember(store, url, pushed)
    return PushReport(url, len(targets), triples, deleted)


def _graph_url(url: str, graph: URIRef) -> str:
    separator = "&" if urllib.parse.urlsplit(url).query else "?"
    return f"{url}{separator}{urllib.parse.urlencode({'graph': str(graph)})}"
