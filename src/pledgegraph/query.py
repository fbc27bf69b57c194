"""Named SPARQL queries: listing them, running them safely, and showing their results.

This is the library behind `pledgegraph queries` and `pledgegraph query`:

    list_queries() -> list[NamedQuery]
    get_query(name) -> NamedQuery                      # UnknownQuery lists close matches
    run_query(graph, query, params) -> QueryResult     # query: a name, a .rq path or SPARQL text
    format_result(result, fmt) -> str                  # table, csv, tsv, json, turtle

Parameters are bound as RDF terms with rdflib's `initBindings`, never pasted into the query
text, so no value (quotes, braces, `#`, newlines) can change what the query does. The bundled
queries declare their parameters in their header (see `pledgegraph.queries`); a query of one's
own without such a header may bind any of its variables: `--param x=foo` binds `?x` to the
literal "foo".

Every query may use the prefixes pg:, pgid:, prov:, rdfs:, rdf:, skos:, xsd:, owl: and wd:
without declaring them.
"""

from __future__ import annotations

import csv
import datetime as _dt
import difflib
import io
import json
import re
from calendar import monthrange
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Mapping

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import (
    InputNotFound,
    PledgeGraphError,
    QueryError,
    QueryParameterError,
    QuerySyntaxError,
    UnknownQuery,
)
from .namespaces import ID_URI, OWL, PG_URI, PROV, RDF, RDFS, SKOS, WD, XSD
from .queries import QUERY_DIR

__all__ = [
    "FORMATS",
    "PREFIXES",
    "NamedQuery",
    "QueryParam",
    "QueryResult",
    "format_query_list",
    "format_result",
    "get_query",
    "list_queries",
    "load_query_file",
    "parse_query_text",
    "run_query",
    "substitute",
]

#: Prefixes every query may use without declaring them (also used to shorten IRIs in tables).
PREFIXES: dict[str, str] = {
    "pg": PG_URI,
    "pgid": ID_URI,
    "prov": str(PROV),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "wd": str(WD),
}

#: Output formats of `format_result`.
FORMATS = ("table", "csv", "tsv", "json", "turtle")

PARAM_KINDS = ("text", "date", "start-date", "end-date", "integer")

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_HEADER_KEY = re.compile(r"^#\s*([a-z][a-z-]*)\s*:\s?(.*)$")
_PARAM_RE = re.compile(
    r"^(?P<name>[a-z][a-z0-9_-]*)\s*=\s*\?(?P<var>[A-Za-z_][A-Za-z0-9_]*)\s*,\s*"
    r"(?P<req>required|optional)(?:\s+(?P<kind>[a-z-]+))?\s*:\s*(?P<desc>\S.*)$"
)
_VARIABLE_RE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")


# --------------------------------------------------------------------------- named queries


@dataclass(frozen=True)
class QueryParam:
    """One declared parameter of a query."""

    name: str          # as given on the command line: --param company=Microsoft
    variable: str      # the SPARQL variable bound to it, without "?": companyName
    required: bool
    kind: str          # text, date, start-date, end-date or integer
    description: str


@dataclass
class NamedQuery:
    """A query and what its header says about it."""

    name: str
    question: str
    params: dict[str, str]          # parameter name -> description
    example: str
    text: str
    param_specs: tuple[QueryParam, ...] = ()
    notes: str = ""                 # the header's other lines (columns, caveats)
    path: str | None = None         # the .rq file, when it came from one
    declared: bool = True           # False for SPARQL with no `# param:` header lines

    @property
    def source(self) -> str:
        """How error messages name it."""
        if self.path is not None and not self._bundled():
            return self.path
        if self.name:
            return f"query {self.name!r}"
        return "query text"

    def _bundled(self) -> bool:
        return self.path is not None and Path(self.path).parent == QUERY_DIR

    def param(self, name: str) -> QueryParam | None:
        for p in self.param_specs:
            if p.name == name:
                return p
        return None


def parse_query_text(text: str, *, name: str = "", path: str | None = None, strict: bool = False) -> NamedQuery:
    """Read a query's header. `strict` (bundled queries) requires name, question and example."""
    where = path or (f"query {name!r}" if name else "query text")
    fields: dict[str, str] = {}
    specs: list[QueryParam] = []
    notes: list[str] = []
    last_key: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            if last_key is None and not fields and not specs:
                continue
            break
        if not line.startswith("#"):
            break
        m = _HEADER_KEY.match(line)
        if m and m.group(1) in ("name", "question", "param", "example"):
            key, value = m.group(1), m.group(2).strip()
            last_key = key
            if key == "param":
                pm = _PARAM_RE.match(value)
                if not pm:
                    raise QueryError(
                        f"{where}: line {number}: a param line reads "
                        f"'# param: NAME = ?variable, required|optional [KIND]: description', not {line!r}"
                    )
                kind = pm.group("kind") or "text"
                if kind not in PARAM_KINDS:
                    raise QueryError(
                        f"{where}: line {number}: parameter kind {kind!r} is not one of {', '.join(PARAM_KINDS)}"
                    )
                if any(p.name == pm.group("name") for p in specs):
                    raise QueryError(f"{where}: line {number}: parameter {pm.group('name')!r} is declared twice")
                specs.append(QueryParam(pm.group("name"), pm.group("var"), pm.group("req") == "required",
                                        kind, pm.group("desc").strip()))
            else:
                fields[key] = value
            continue
        body = line[1:].strip()
        if raw.lstrip().startswith("#  ") and last_key in ("question", "example") and body:
            fields[last_key] += " " + body
            continue
        last_key = "notes"
        notes.append(body)
    if strict:
        for key in ("name", "question", "example"):
            if not fields.get(key):
                raise QueryError(f"{where}: the header has no '# {key}:' line")
        if name and fields["name"] != name:
            raise QueryError(f"{where}: '# name: {fields['name']}' does not match the file name {name!r}")
    variables = set(_VARIABLE_RE.findall(_strip_comments(text, blank_strings=True)))
    for p in specs:
        if p.variable not in variables:
            raise QueryError(f"{where}: parameter {p.name!r} binds ?{p.variable}, which the query never uses")
    return NamedQuery(
        name=fields.get("name", name),
        question=fields.get("question", ""),
        params={p.name: p.description for p in specs},
        example=fields.get("example", ""),
        text=text,
        param_specs=tuple(specs),
        notes="\n".join(notes),
        path=path,
        declared=bool(specs) or "name" in fields,
    )


def _strip_comments(text: str, blank_strings: bool = False) -> str:
    """The query without `#` comments (a `#` inside an IRI or a string is kept).

    With `blank_strings`, the insides of string literals become spaces too, so that what is
    left is the query's own syntax, each character where it was (for finding its variables,
    counting its braces, locating a prefix).
    """
    out = []
    for line in text.splitlines():
        in_iri = in_str = escaped = False
        quote = ""
        cut = len(line)
        chars = list(line)
        for i, ch in enumerate(line):
            if in_str:
                if escaped:
                    escaped = False
                elif ch == "\\":
                    escaped = True
                elif ch == quote:
                    in_str = False
                    continue
                if blank_strings:
                    chars[i] = " "
            elif in_iri:
                if ch == ">":
                    in_iri = False
            elif ch in "\"'":
                in_str, quote = True, ch
            elif ch == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", line[i:]):
                in_iri = True
            elif ch == "#":
                cut = i
                break
        out.append("".join(chars[:cut]))
    return "\n".join(out)


def load_query_file(path: str | Path) -> NamedQuery:
    """A query from a `.rq` file; its header, if any, declares its parameters."""
    p = Path(path)
    if not p.is_file():
        raise InputNotFound(str(path))
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read the query file ({exc})") from None
    bundled = p.resolve().parent == QUERY_DIR
    nq = parse_query_text(text, name=p.stem if bundled else "", path=str(p.resolve() if bundled else path),
                          strict=bundled)
    if not nq.name:
        nq.name = p.stem
    return nq


@lru_cache(maxsize=1)
def _bundled() -> tuple[NamedQuery, ...]:
    return tuple(load_query_file(f) for f in sorted(QUERY_DIR.glob("*.rq")))


def list_queries() -> list[NamedQuery]:
    """Every named query, sorted by name."""
    return sorted(_bundled(), key=lambda q: q.name)


def get_query(name: str) -> NamedQuery:
    """The named query `name` (case-insensitive; a trailing .rq is allowed)."""
    key = name.strip().lower()
    if key.endswith(".rq"):
        key = key[:-3]
    queries = {q.name: q for q in _bundled()}
    if key in queries:
        return queries[key]
    names = sorted(queries)
    close = difflib.get_close_matches(key, names, n=3, cutoff=0.6)
    if key:
        words = [w for w in re.split(r"[-_ ]+", key) if len(w) >= 3]
        for n in names:
            if n not in close and (key in n or (words and all(w in n for w in words))):
                close.append(n)
    raise UnknownQuery(name, close[:5])


def format_query_list(queries: list[NamedQuery] | None = None, verbose: bool = False) -> str:
    """The text of `pledgegraph queries`: each query's name and question, its parameters and
    example; with `verbose`, also the header's notes (the columns it returns)."""
    blocks = []
    for q in queries if queries is not None else list_queries():
        lines = [q.name, f"  {q.question}"]
        for p in q.param_specs:
            kind = "" if p.kind == "text" else f", {p.kind}"
            lines.append(f"  --param {p.name}=...  ({'required' if p.required else 'optional'}{kind}) {p.description}")
        if q.example:
            lines.append(f"  e.g. {q.example}")
        if verbose and q.notes:
            lines.extend("  " + n if n else "" for n in q.notes.splitlines())
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _resolve(query: str | NamedQuery) -> NamedQuery:
    if isinstance(query, NamedQuery):
        return query
    if not isinstance(query, str):
        raise QueryError(f"a query is a name, a .rq file or SPARQL text, not {type(query).__name__}")
    text = query.strip()
    if not text:
        raise QueryError("the query is empty; give a query name (see `pledgegraph queries`), a .rq file or SPARQL text")
    single_line = "\n" not in text
    if single_line and _NAME_RE.match(text) and not text.lower().endswith(".rq"):
        try:
            return get_query(text)
        except UnknownQuery:
            if Path(text).is_file():
                return load_query_file(text)
            raise
    if single_line and (text.lower().endswith(".rq") or Path(text).is_file()):
        return load_query_file(text)
    return parse_query_text(query)


# --------------------------------------------------------------------------- parameters


def _param_listing(nq: NamedQuery) -> str:
    parts = []
    for p in nq.param_specs:
        parts.append(f"{p.name} (required)" if p.required else p.name)
    return ", ".join(parts)


def _to_term(nq: NamedQuery, spec: QueryParam, value: str) -> Node:
    where = f"parameter {spec.name!r} of {nq.source}"
    if not isinstance(value, str):
        value = str(value)
    v = value.strip()
    if not v:
        raise QueryParameterError(f"{where} is empty; give a value: --param {spec.name}=VALUE")
    if spec.kind == "text":
        return Literal(v)
    if spec.kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", v):
            raise QueryParameterError(f"{where} must be a whole number, not {value!r}")
        return Literal(int(v))
    # dates
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", v)
    day: _dt.date | None = None
    if m:
        year, month, dd = int(m.group(1)), m.group(2), m.group(3)
        try:
            if dd is not None:
                day = _dt.date(year, int(month), int(dd))
            elif spec.kind in ("start-date", "end-date"):
                last = spec.kind == "end-date"
                if month is None:
                    day = _dt.date(year, 12, 31) if last else _dt.date(year, 1, 1)
                else:
                    mo = int(month)
                    day = _dt.date(year, mo, monthrange(year, mo)[1] if last else 1)
        except ValueError:
            day = None
    if day is None:
        accepted = "YYYY-MM-DD" if spec.kind == "date" else "YYYY-MM-DD, YYYY-MM or YYYY"
        raise QueryParameterError(f"{where} must be a date {accepted}, not {value!r}")
    return Literal(day.isoformat(), datatype=XSD.date)


def _bindings(nq: NamedQuery, params: Mapping[str, str] | None) -> dict[str, Node]:
    given = {str(k).strip().lower(): v for k, v in (params or {}).items()}
    bindings: dict[str, Node] = {}
    if nq.declared:
        for name, value in given.items():
            spec = nq.param(name)
            if spec is None:
                if nq.param_specs:
                    expected = f"its parameters are: {_param_listing(nq)}"
                else:
                    expected = "it takes no parameters"
                raise QueryParameterError(f"{nq.source} has no parameter {name!r}; {expected}")
            bindings[spec.variable] = _to_term(nq, spec, value)
        for spec in nq.param_specs:
            if spec.required and spec.name not in given:
                raise QueryParameterError(
                    f"{nq.source} needs the parameter {spec.name!r} ({spec.description}); "
                    f"add --param {spec.name}=VALUE"
                )
        return bindings
    # A query without a header: each parameter binds the variable of the same name.
    variables = sorted(set(_VARIABLE_RE.findall(_strip_comments(nq.text, blank_strings=True))))
    for name, value in given.items():
        if name not in variables and name not in {v.lower() for v in variables}:
            listing = ", ".join("?" + v for v in variables) or "none"
            raise QueryParameterError(
                f"{nq.source} has no variable ?{name} to bind; its variables are: {listing}"
            )
        var = name if name in variables else next(v for v in variables if v.lower() == name)
        bindings[var] = _to_term(nq, QueryParam(name, var, False, "text", ""), value)
    return bindings


# --------------------------------------------------------------------------- parsing


@lru_cache(maxsize=256)
def _prepare_cached(text: str):
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text, initNs=PREFIXES)


def _position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    line = before.count("\n") + 1
    column = offset - (before.rfind("\n") + 1) + 1
    return line, column


def _offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    if line - 1 >= len(lines):
        return len(text)
    return sum(len(x) + 1 for x in lines[: line - 1]) + max(column - 1, 0)


def _token_at(text: str, line: int, column: int) -> str:
    rest = text[_offset(text, line, column):]
    rest = rest.lstrip(" \t")
    if not rest or rest.startswith("\n") and not rest.strip():
        return ""
    m = re.match(r"[?$]?[\w:.-]+|\S", rest)
    return m.group(0) if m else ""


def _syntax_hint(text: str, line: int, column: int) -> str:
    body = _strip_comments(text, blank_strings=True)
    opened, closed = body.count("{"), body.count("}")
    if opened != closed:
        return f"the query opens {opened} '{{' but closes {closed} '}}'"
    if body.count("(") != body.count(")"):
        return f"the query opens {body.count('(')} '(' but closes {body.count(')')} ')'"
    if _strip_comments(text).count('"') % 2:
        return 'a string is not closed: check the quotes (")'
    return ("the mistake is in the clause that starts here: a missing '.', ';', '}' or ')', "
            "a misspelt keyword, or a variable without its '?' are the usual causes")


def _prepare(nq: NamedQuery):
    text = nq.text
    try:
        return _prepare_cached(text)
    except PledgeGraphError:
        raise
    except Exception as exc:  # rdflib raises pyparsing errors and plain Exceptions
        raise _syntax_error(nq, exc) from None


def _syntax_error(nq: NamedQuery, exc: Exception) -> QueryError:
    text = nq.text
    message = str(exc)
    m = re.match(r"Unknown namespace prefix\s*:\s*(\S+)", message)
    if m:
        prefix = m.group(1)
        hit = re.search(r"(?<![\w:<?$])" + re.escape(prefix) + r":", _strip_comments(text, blank_strings=True))
        line, column = _position(text, hit.start()) if hit else (1, 1)
        known = ", ".join(p + ":" for p in PREFIXES)
        return QuerySyntaxError(
            nq.source, line, column, f"unknown prefix {prefix + ':'!r}",
            f"declare it with PREFIX {prefix}: <...>; these need no declaration: {known}",
        )
    lineno = getattr(exc, "lineno", None)
    col = getattr(exc, "col", None)
    if lineno is None or col is None:
        return QueryError(f"{nq.source}: the query cannot be parsed: {message}")
    try:
        from rdflib.plugins.sparql.parser import parseUpdate

        parseUpdate(text)
    except Exception:
        pass
    else:
        return QueryError(
            f"{nq.source} is a SPARQL Update; `pledgegraph query` only reads: use SELECT, ASK, "
            "CONSTRUCT or DESCRIBE"
        )
    line, column = int(lineno), int(col)
    token = _token_at(text, line, column)
    problem = f"cannot read the query from {token!r} on" if token else "the query ends too early"
    return QuerySyntaxError(nq.source, line, column, problem, _syntax_hint(text, line, column))


# --------------------------------------------------------------------------- running


@dataclass
class QueryResult:
    """What a query returned.

    SELECT: `variables` and `rows` (tuples of RDF terms, None where unbound), in the query's
    order. ASK: `boolean`. CONSTRUCT/DESCRIBE: `graph`, and `rows` of (subject, predicate,
    object) sorted.
    """

    kind: str                                     # SELECT, ASK, CONSTRUCT or DESCRIBE
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    query: NamedQuery | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        return iter(self.rows)

    def as_dicts(self) -> list[dict[str, Node | None]]:
        return [dict(zip(self.variables, row)) for row in self.rows]

    def values(self) -> list[tuple[str | None, ...]]:
        """Rows as plain strings (lexical forms and IRIs; None where unbound)."""
        return [tuple(None if t is None else _plain(t) for t in row) for row in self.rows]

    def cells(self) -> list[tuple[str, ...]]:
        """Rows as the table format shows them: numbers grouped, IRIs compacted, "" where unbound."""
        return [tuple(_cell(t)[0] for t in row) for row in self.rows]


def run_query(graph, query: str | NamedQuery, params: dict[str, str] | None = None) -> QueryResult:
    """Run a named query, a `.rq` file or SPARQL text with `params` bound as terms, on an
    rdflib `graph`, a `store.Store` (run by Oxigraph) or a `remote.Endpoint`."""
    nq = _resolve(query)
    bindings = _bindings(nq, params)
    prepared = _prepare(nq)
    if not isinstance(graph, Graph):
        return _run_elsewhere(graph, nq, prepared, bindings)
    try:
        res = graph.query(prepared, initBindings=bindings)
        kind = res.type
        if kind == "SELECT":
            variables = [str(v) for v in (res.vars or [])]
            rows = [tuple(row[i] for i in range(len(variables))) for row in res]
            return QueryResult("SELECT", variables, rows, query=nq)
        if kind == "ASK":
            return QueryResult("ASK", [], [], boolean=bool(res.askAnswer), query=nq)
        rows, out = _sorted_graph(res.graph or Graph())
        return QueryResult(kind, ["subject", "predicate", "object"], rows, graph=out, query=nq)
    except PledgeGraphError:
        raise
    except Exception as exc:
        raise QueryError(f"{nq.source} failed while running: {exc}") from None


_KINDS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
          "DescribeQuery": "DESCRIBE"}


def _run_elsewhere(target, nq: NamedQuery, prepared, bindings: dict[str, Node]) -> QueryResult:
    """The query on an object with a `sparql(text, prefixes)` method (the store, an
    endpoint); rdflib has parsed it already, so syntax errors read the same everywhere.

    The parameters are written into the text (`substitute`): Oxigraph's own substitutions
    only reach variables the query selects, and the SPARQL protocol has no bindings.
    """
    kind = _KINDS.get(prepared.algebra.name, "SELECT")
    text = substitute(nq.text, bindings)
    try:
        answer = target.sparql(text, prefixes=PREFIXES)
    except PledgeGraphError:
        raise
    except Exception as exc:  # Oxigraph raises SyntaxError, OSError, ValueError
        raise QueryError(f"{nq.source} failed while running: {exc}") from None
    if answer.kind == "ASK":
        return QueryResult("ASK", [], [], boolean=answer.boolean, query=nq)
    if answer.kind == "SELECT":
        return QueryResult("SELECT", answer.variables, answer.rows, query=nq)
    rows = answer.rows if answer.canonical else _sorted_triples(answer.rows)
    return _GraphOnDemand("DESCRIBE" if kind == "DESCRIBE" else "CONSTRUCT", ["subject", "predicate", "object"],
                          rows, query=nq)


class _GraphOnDemand(QueryResult):
    """A CONSTRUCT result whose rdflib Graph is only built when asked for: filling one
    costs more than Oxigraph takes to answer."""

    @property
    def graph(self) -> Graph | None:
        if self._graph is None:
            self._graph = _sorted_graph(self.rows)[1]
        return self._graph

    @graph.setter
    def graph(self, value: Graph | None) -> None:
        self._graph = value


def _sorted_triples(triples) -> list:
    unique = set(triples)
    keys = {term: term_order(term) for term in {t for triple in unique for t in triple}}  # terms repeat
    return sorted(unique, key=lambda t: (keys[t[0]], keys[t[1]], keys[t[2]]))


def _sorted_graph(triples) -> tuple[list, Graph]:
    """The triples sorted, and a graph filled in that order (JSON-LD follows it)."""
    rows = _sorted_triples(triples)
    out = Graph()
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns, override=True, replace=True)
    for triple in rows:
        out.add(triple)
    return rows, out


def _sparql_term(term: Node) -> str:
    """A term written in SPARQL syntax, every character that could end it escaped."""
    if isinstance(term, URIRef):
        if re.search(r'[\x00-\x20<>"{}|^`\\]', str(term)):
            raise QueryParameterError(f"{str(term)!r} is not a valid IRI")
        return f"<{term}>"
    if not isinstance(term, Literal):
        raise QueryParameterError(f"only IRIs and literals can be bound, not {term!r}")
    text = (str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r").replace("\t", "\\t"))
    if term.language:
        return f'"{text}"@{term.language}'
    if term.datatype is not None and term.datatype != XSD.string:
        return f'"{text}"^^{_sparql_term(URIRef(term.datatype))}'
    return f'"{text}"'


_BOUND_CALL = re.compile(r"BOUND\s*\(\s*$", re.IGNORECASE)
_CLAUSE = re.compile(r"\b(SELECT|WHERE|GROUP\s+BY|ORDER\s+BY|HAVING|LIMIT|OFFSET|VALUES)\b|[{}()]",
                     re.IGNORECASE)


def substitute(text: str, bindings: Mapping[str, Node]) -> str:
    """The query with each bound variable replaced by its term, for an endpoint that takes no
    bindings: the same meaning as rdflib's initBindings and Oxigraph's substitutions.

    `BOUND(?v)` becomes `true`; in ORDER BY and GROUP BY the term is put in brackets; a
    variable the outermost SELECT projects keeps its name and gets its value from a VALUES
    block at the start of the WHERE clause. Terms are written with every quote, backslash
    and line break escaped, so no value can change the query's shape. A variable that a
    subquery projects or that `AS` assigns cannot be bound this way: QueryParameterError.
    """
    if not bindings:
        return text
    lines = text.split("\n")
    edits: list[tuple[int, int, str]] = []   # (start, end, replacement) in `text`
    projected: list[str] = []
    clause, depth, selects, where_open, offset = "", 0, 0, None, 0
    for line in lines:
        body = _strip_comments(line, blank_strings=True)
        tokens = [(m.start(), m.end(), m.group(0), "kw") for m in _CLAUSE.finditer(body)]
        tokens += [(m.start(), m.end(), m.group(1), "var") for m in _VARIABLE_RE.finditer(body)]
        for start, end, token, what in sorted(tokens):
            if what == "kw":
                word = " ".join(token.upper().split())
                if word in ("(", ")"):
                    depth += 1 if word == "(" else -1
                elif word == "SELECT":
                    selects += 1
                    clause, depth = "SELECT", 0
                elif word == "{" and where_open is None and selects <= 1:
                    where_open = offset + end
                    clause = ""
                elif word in ("{", "}", "WHERE", "HAVING", "LIMIT", "OFFSET"):
                    clause = ""
                else:
                    clause = word
                continue
            if token not in bindings:
                continue
            value = _sparql_term(bindings[token])
            before = body[:start]
            if re.search(r"\bAS\s*$", before, re.IGNORECASE):
                raise QueryParameterError(f"?{token} is assigned by the query (AS ?{token}), so it cannot be bound")
            if clause == "VALUES":
                raise QueryParameterError(f"?{token} is given values by the query (VALUES), so it cannot be bound")
            call = _BOUND_CALL.search(before)
            close = re.match(r"\s*\)", body[end:])
            if call and close:
                edits.append((offset + call.start(), offset + end + close.end(), "true"))
            elif clause == "SELECT" and depth == 0:
                if selects > 1:
                    raise QueryParameterError(f"?{token} is selected by a subquery, so it cannot be bound "
                                              "for a remote endpoint")
                if token not in projected:
                    projected.append(token)
            elif clause in ("ORDER BY", "GROUP BY"):
                edits.append((offset + start, offset + end, f"({value})"))
            else:
                edits.append((offset + start, offset + end, value))
        offset += len(line) + 1
    if projected:
        if where_open is None:
            raise QueryParameterError("the query has no WHERE clause to bind its selected variables in")
        block = " VALUES (" + " ".join("?" + v for v in projected) + ") { (" + \
            " ".join(_sparql_term(bindings[v]) for v in projected) + ") } "
        edits.append((where_open, where_open, block))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def bind_example(nq: NamedQuery) -> str:
    """The query's text with the parameters of its `# example:` line bound (for the query page)."""
    import shlex

    try:
        words = shlex.split(nq.example)
    except ValueError:
        words = []
    params = {}
    for flag, value in zip(words, words[1:]):
        if flag == "--param" and "=" in value:
            name, _, given = value.partition("=")
            params[name] = given
    try:
        return substitute(nq.text, _bindings(nq, params))
    except QueryError:
        return nq.text


def term_order(term: Node) -> tuple[int, str, str, str]:
    """The one order of terms that every CONSTRUCT result follows, whatever runs it."""
    order = 0 if isinstance(term, URIRef) else 1 if isinstance(term, BNode) else 2
    # "2024" and "2024"^^xsd:gYear are two terms: without these the order would follow a set's.
    return order, str(term), str(getattr(term, "datatype", None) or ""), getattr(term, "language", None) or ""


# --------------------------------------------------------------------------- formatting

_NUMERIC = {
    XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long, XSD.short, XSD.byte,
    XSD.nonNegativeInteger, XSD.positiveInteger, XSD.negativeInteger, XSD.nonPositiveInteger,
    XSD.unsignedInt, XSD.unsignedLong, XSD.unsignedShort, XSD.unsignedByte,
}


def _number(term: Node) -> Decimal | None:
    if not isinstance(term, Literal) or term.datatype not in _NUMERIC:
        return None
    try:
        d = Decimal(str(term).strip())
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def _plain_decimal(d: Decimal) -> str:
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _plain(term: Node) -> str:
    """A term as plain text: IRIs in full, literals' lexical form, numbers without exponent."""
    n = _number(term)
    if n is not None:
        return _plain_decimal(n)
    return str(term)


def _grouped(d: Decimal) -> str:
    s = _plain_decimal(d)
    if abs(d) < 10000:
        return s
    sign = "-" if s.startswith("-") else ""
    whole, _, frac = s.lstrip("-").partition(".")
    whole = f"{int(whole):,}"
    return sign + whole + ("." + frac if frac else "")


def _compact(iri: str) -> str:
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(best) and len(iri) > len(ns):
            best = ns
            name = prefix
    return f"{name}:{iri[len(best):]}" if best else iri


def _cell(term: Node | None) -> tuple[str, bool]:
    """Text for a table cell, and whether it is a number (right-aligned)."""
    if term is None:
        return "", False
    n = _number(term)
    if n is not None:
        return _grouped(n), True
    if isinstance(term, URIRef):
        return _compact(str(term)), False
    if isinstance(term, BNode):
        return "_:" + str(term), False
    text = " ".join(str(term).split()) if "\n" in str(term) or "\t" in str(term) else str(term)
    # "12900000000.0 EUR; 15000000000.0 USD" (a GROUP_CONCAT of STR(decimal)): readable amounts.
    return _AMOUNT_IN_TEXT.sub(lambda m: _grouped(Decimal(m.group(1))) + " ", text), False


_AMOUNT_IN_TEXT = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?) (?=[A-Z]{3}\b)")


def _table(result: QueryResult) -> str:
    if result.kind == "ASK":
        return ("true" if result.boolean else "false") + "\n"
    headers = list(result.variables)
    cells = [[_cell(t) for t in row] for row in result.rows]
    # A column empty in every row says nothing on screen; the machine formats keep it.
    empty = [h for i, h in enumerate(headers) if cells and not any(row[i][0] for row in cells)]
    if empty:
        keep = [i for i, h in enumerate(headers) if h not in empty]
        headers = [headers[i] for i in keep]
        cells = [[row[i] for i in keep] for row in cells]
    widths = [len(h) for h in headers]
    numeric = [bool(cells) for _ in headers]
    for row in cells:
        for i, (text, is_num) in enumerate(row):
            widths[i] = max(widths[i], len(text))
            if text and not is_num:
                numeric[i] = False
    def line(values: list[str]) -> str:
        parts = []
        for i, v in enumerate(values):
            parts.append(v.rjust(widths[i]) if numeric[i] else v.ljust(widths[i]))
        return "  ".join(parts).rstrip()
    out = [line(headers), "  ".join("-" * w for w in widths)]
    out.extend(line([text for text, _ in row]) for row in cells)
    count = len(result.rows)
    hidden = f"; empty: {', '.join(empty)}" if empty else ""
    out.append(f"({count} row{'s' if count != 1 else ''}{hidden})")
    return "\n".join(out) + "\n"


def _delimited(result: QueryResult, delimiter: str) -> str:
    buf = io.StringIO()
    if result.kind == "ASK":
        rows = [["boolean"], ["true" if result.boolean else "false"]]
    else:
        rows = [list(result.variables)]
        rows.extend(["" if t is None else _plain(t) for t in row] for row in result.rows)
    if delimiter == ",":
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerows(rows)
        return buf.getvalue()
    def esc(v: str) -> str:
        return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return "".join("\t".join(esc(v) for v in row) + "\n" for row in rows)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    lexical = str(term)
    if term.datatype == XSD.decimal and "E" in lexical.upper():
        lexical = _plain(term)  # Python's Decimal may write 1E+10, which is no xsd:decimal
    out = {"type": "literal", "value": lexical}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def _json(result: QueryResult) -> str:
    if result.kind == "ASK":
        doc: dict = {"head": {}, "boolean": bool(result.boolean)}
    elif result.kind in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return result.graph.serialize(format="json-ld", context=dict(PREFIXES), indent=2).rstrip("\n") + "\n"
    else:
        bindings = []
        for row in result.rows:
            bindings.append({v: _json_term(t) for v, t in zip(result.variables, row) if t is not None})
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _turtle(result: QueryResult) -> str:
    """Turtle of the result graph, triples sorted, literals kept exactly as they are.

    pyoxigraph writes it: rdflib's serializer rewrites some literals (an xsd:decimal
    "500000000" comes out as 500000000.0), which would change the terms.
    """
    try:
        import pyoxigraph as ox
    except ImportError:  # pragma: no cover - pyoxigraph is a dependency
        return result.graph.serialize(format="turtle")

    def term(t: Node):
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))

    triples = [ox.Triple(term(s), term(p), term(o)) for s, p, o in result.rows]
    used = {prefix: ns for prefix, ns in PREFIXES.items()
            if any(str(x).startswith(ns) for row in result.rows for x in row if isinstance(x, URIRef))
            or any(isinstance(x, Literal) and str(x.datatype or "").startswith(ns) for row in result.rows for x in row)}
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=used)
    return data.decode("utf-8")


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Show a result as an aligned table, CSV, TSV, SPARQL 1.1 JSON results, or Turtle.

    table: labels as selected, IRIs shortened with the known prefixes, numbers right-aligned
    and plain (5400000000 shows as 5,400,000,000; 2024 stays 2024), a row count at the end.
    csv/tsv: a header row, then full IRIs and lexical forms (TSV escapes tab, newline and
    backslash as \\t, \\n, \\\\). json: SPARQL 1.1 Query Results JSON (JSON-LD for a graph).
    turtle: the graph of a CONSTRUCT or DESCRIBE query.
    """
    f = (fmt or "").strip().lower()
    if f not in FORMATS:
        raise QueryError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
    if f == "turtle":
        if result.kind not in ("CONSTRUCT", "DESCRIBE") or result.graph is None:
            raise QueryError(
                f"--format turtle needs a CONSTRUCT or DESCRIBE query, and this one is {result.kind}; "
                "use table, csv, tsv or json"
            )
        return _turtle(result)
    if f == "table":
        return _table(result)
    if f == "csv":
        return _delimited(result, ",")
    if f == "tsv":
        return _delimited(result, "\t")
    return _json(result)
