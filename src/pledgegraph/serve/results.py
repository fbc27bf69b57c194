"""Query answers in the formats of the SPARQL 1.1 Protocol, and choosing one by Accept."""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Graph, URIRef

from pledgegraph.query import PREFIXES, _json_term, _sparql_term
from pledgegraph.store import Answer

JSON = "application/sparql-results+json"
XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
TURTLE = "text/turtle"
NTRIPLES = "application/n-triples"
JSONLD = "application/ld+json"
RDFXML = "application/rdf+xml"

# The first of each list is what a client gets when it accepts anything.
SOLUTION_TYPES = [JSON, XML, CSV, TSV, "application/json"]
GRAPH_TYPES = [TURTLE, NTRIPLES, JSONLD, RDFXML, "text/plain"]
FORMAT_NAMES = {"json": JSON, "xml": XML, "csv": CSV, "tsv": TSV, "turtle": TURTLE, "ttl": TURTLE,
                "nt": NTRIPLES, "ntriples": NTRIPLES, "jsonld": JSONLD, "json-ld": JSONLD, "rdfxml": RDFXML}


def choose(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header prefers; None if it accepts none of them.

    Each type takes the q of the most specific range that matches it (exact, then `type/*`,
    then `*/*`); the highest q wins, then the more specific match, then the order of `offered`.
    """
    if not accept or not accept.strip():
        return offered[0]
    ranges = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranges.append((fields[0].lower(), q))
    best, best_key = None, (0.0, -1)
    for candidate in offered:
        major = candidate.split("/")[0]
        matches = [(2 if kind == candidate else 1 if kind == f"{major}/*" else 0, q)
                   for kind, q in ranges if kind in (candidate, f"{major}/*", "*/*")]
        if not matches:
            continue
        specificity, q = max(matches)
        if q > 0 and (q, specificity) > best_key:
            best, best_key = candidate, (q, specificity)
    return best


def serialize(answer: Answer, media_type: str) -> bytes:
    if answer.kind == "CONSTRUCT":
        return _graph(answer, media_type)
    if media_type in (JSON, "application/json"):
        return _json(answer)
    if media_type == XML:
        return _xml(answer)
    if media_type == CSV:
        return _csv(answer)
    return _tsv(answer)


def _json(answer: Answer) -> bytes:
    if answer.kind == "ASK":
        doc: dict = {"head": {}, "boolean": bool(answer.boolean)}
    else:
        doc = {"head": {"vars": answer.variables},
               "results": {"bindings": [{v: _json_term(t) for v, t in zip(answer.variables, row) if t is not None}
                                        for row in answer.rows]}}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _xml(answer: Answer) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in answer.variables]
    out.append("</head>")
    if answer.kind == "ASK":
        out.append(f"<boolean>{'true' if answer.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in answer.rows:
            out.append("<result>")
            for name, term in zip(answer.variables, row):
                if term is not None:
                    out.append(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>")
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>\n")
    return "\n".join(out).encode("utf-8")


def _xml_term(term) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    attrs = ""
    if term.language:
        attrs = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype is not None:
        attrs = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attrs}>{escape(str(term))}</literal>"


def _csv(answer: Answer) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if answer.kind == "ASK":
        writer.writerows([["boolean"], ["true" if answer.boolean else "false"]])
    else:
        writer.writerow(answer.variables)
        for row in answer.rows:
            writer.writerow(["" if t is None else ("_:" + str(t) if isinstance(t, BNode) else str(t)) for t in row])
    return buf.getvalue().encode("utf-8")


def _tsv(answer: Answer) -> bytes:
    if answer.kind == "ASK":
        return b"?boolean\ntrue\n" if answer.boolean else b"?boolean\nfalse\n"
    lines = ["\t".join("?" + v for v in answer.variables)]
    for row in answer.rows:
        lines.append("\t".join("" if t is None else ("_:" + str(t) if isinstance(t, BNode) else _sparql_term(t))
                               for t in row))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _graph(answer: Answer, media_type: str) -> bytes:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    for triple in answer.rows:
        graph.add(triple)
    if media_type in (NTRIPLES, "text/plain"):
        lines = sorted(set(graph.serialize(format="nt").splitlines()))
        return "".join(line + "\n" for line in lines if line.strip()).encode("utf-8")
    fmt = {TURTLE: "turtle", JSONLD: "json-ld", RDFXML: "xml"}[media_type]
    return graph.serialize(format=fmt).encode("utf-8")


__all__ = ["choose", "serialize", "SOLUTION_TYPES", "GRAPH_TYPES", "FORMAT_NAMES"]
