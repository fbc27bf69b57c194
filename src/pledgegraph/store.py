"""Stage 8, store: the project's graph in Oxigraph, one named graph per article.

The store is a folder (`graphs/store/` by default) holding an Oxigraph database; `Store()`
without a folder is the same thing in memory (what `build` uses). Every article's triples
live in the named graph of the article's IRI, replaced whole when it is ingested again and
dropped by `remove_article`; queries see the union of all graphs.

That union is kept, deduplicated, in the default graph, and queries read the default graph.
pyoxigraph 0.5's own union of named graphs (`use_default_graph_as_union`) is a bag, not a
set: a triple that two articles state (an organisation's label) is counted twice, and COUNT
and SUM go wrong (oxigraph issue 1919, fixed only in 0.6). So every write keeps the default
graph equal to the set union of the named graphs: a triple leaves it when the last graph
holding it does. The cost is about twice the disk space.

The USD equivalents that `convert.add_conversions` computes depend on every article that
reports an investment, so a store on disk keeps them apart, in the graph `CONVERSIONS`, and
recomputes them for the investments an article touches, in the same transaction as the
article itself: an interrupted ingest leaves the store as it was before that article.

This is the only module that talks to Oxigraph for storage; everything else gets rdflib
terms and graphs (rdflib stays the library of record for parsing and serialising).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from pledgegraph.errors import GraphFileError, StoreError
from pledgegraph.namespaces import ID, OWL, PG, PROV, RDF, RDFS, SKOS, XSD, WD
from pledgegraph.query import term_order

CONVERSIONS = ID["graph/conversions"]
LEGACY_FILE = "pledgegraph.nq"  # the store before Oxigraph: imported once, then renamed
EXPORT_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads",
                  ".jsonld": "json-ld", ".json": "json-ld"}

_XSD_STRING = str(XSD.string)
_DEFAULT = ox.DefaultGraph()


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in (("pg", PG), ("pgid", ID), ("prov", PROV), ("skos", SKOS), ("wd", WD),
                       ("owl", OWL), ("xsd", XSD), ("rdfs", RDFS), ("rdf", RDF)):
        graph.bind(prefix, str(ns) if prefix == "pg" else ns, override=True, replace=True)
    return graph


class Store:
    """An Oxigraph dataset on disk (`folder`) or in memory (no folder).

    Use it as a context manager, or call `close()`: Oxigraph locks the folder until the
    store is closed, and another process that opens it (a running `serve`) is refused;
    within one process, opening it again shares the database.
    """

    def __init__(self, folder: Path | str | None = None, conversions: bool | None = None):
        self.path = Path(folder) if folder is not None else None
        # In memory (`build`), the caller adds conversions to the union itself: Oxigraph keeps
        # decimals in canonical form (a rate of 1.130 comes back as 1.13), and build's output
        # must stay byte for byte what rdflib writes.
        self.conversions = folder is not None if conversions is None else conversions
        self.read_only = False
        self._db: ox.Store | None = ox.Store() if folder is None else _share(self.path)

    @property
    def db(self) -> ox.Store:
        if self._db is None:
            raise StoreError(f"{self.path}: the store was closed; open it again")
        return self._db

    def close(self) -> None:
        if self._db is not None and self.path is not None and not self.read_only:
            self._db.flush()
            _release(self.path)
        self._db = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        """The number of distinct triples (the union's)."""
        return sum(1 for _ in self.db.quads_for_pattern(None, None, None, _DEFAULT))

    def graphs(self) -> list[URIRef]:
        """Every named graph, sorted: the articles, and CONVERSIONS when there are any."""
        return sorted(URIRef(g.value) for g in self.db.named_graphs() if isinstance(g, ox.NamedNode))

    def articles(self) -> list[URIRef]:
        return [g for g in self.graphs() if g != CONVERSIONS]

    def sparql(self, text: str, prefixes: dict | None = None, limit: int | None = None) -> "Answer":
        return run_sparql(self, text, prefixes=prefixes, limit=limit)

    def graph(self, name: URIRef) -> Graph:
        """One named graph as an rdflib Graph."""
        graph = bind_prefixes(Graph())
        convert = _Converter()
        for quad in self.db.quads_for_pattern(None, None, None, ox.NamedNode(str(name))):
            graph.add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))
        return graph


# Oxigraph locks a folder per process too: stores opened twice in one process share one
# database, closed (and unlocked) when the last of them is.
_OPEN: dict[Path, list] = {}


def _share(folder: Path) -> ox.Store:
    key = folder.resolve()
    if key not in _OPEN:
        _OPEN[key] = [_open_db(folder), 0]
    _OPEN[key][1] += 1
    return _OPEN[key][0]


def _release(folder: Path) -> None:
    key = folder.resolve()
    entry = _OPEN.get(key)
    if entry is not None:
        entry[1] -= 1
        if entry[1] <= 0:
            del _OPEN[key]


def _open_db(folder: Path) -> ox.Store:
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder}: is a file, not a store folder; give a folder with --store")
    known = {p.name for p in folder.iterdir()} if folder.exists() else set()
    if known and "CURRENT" not in known and LEGACY_FILE not in known:
        raise StoreError(f"{folder}: this folder holds other files and no PledgeGraph store; "
                         "give a new or empty folder with --store")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        db = ox.Store(str(folder))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"{folder}: the store is in use by another process (a running "
                             "`pledgegraph serve` or `ingest`); wait for it or stop it, or query "
                             "the server with --endpoint") from None
        raise StoreError(f"{folder}: the store cannot be opened ({exc}); delete the folder "
                         "and ingest again") from None
    legacy = folder / LEGACY_FILE
    if legacy.exists():
        try:
            db.load(path=str(legacy), format=ox.RdfFormat.N_QUADS)
            db.update(_FILL_DEFAULT)
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"{legacy}: the old store file cannot be read ({exc}); delete it "
                             "and ingest again") from None
        legacy.rename(legacy.with_name(LEGACY_FILE + ".imported"))
    return db


_FILL_DEFAULT = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def is_store(folder: Path | str) -> bool:
    """Whether `folder` holds a store (or the N-Quads file of the store before Oxigraph)."""
    folder = Path(folder)
    return folder.is_dir() and ((folder / "CURRENT").exists() or (folder / LEGACY_FILE).exists())


def open_store(folder: Path | str, create: bool = True) -> Store:
    folder = Path(folder)
    if not create and not is_store(folder):
        raise StoreError(f"{folder}: no store here; run `pledgegraph ingest` first or give --store")
    return Store(folder)


def open_source(graph_file: Path | None, store_dir: Path | None, default_store: Path,
                default_graph: Path) -> Graph | Store:
    """What `query`, `view` and `validate` read: the file given, else the store given, else
    the project's store when there is one, else the graph `build` writes."""
    if graph_file is not None:
        return read_graph(graph_file)
    if store_dir is not None:
        return open_store(store_dir, create=False)
    if is_store(default_store):
        return open_store(default_store)
    if Path(default_graph).exists():
        return read_graph(default_graph)
    raise StoreError(f"{default_store}: no store, and no {default_graph} either; run "
                     "`pledgegraph ingest ARTICLES` or `pledgegraph build` first, or give --store or --graph")


def as_graph(source: Graph | Store) -> Graph:
    """An in-memory rdflib Graph of `source` (pySHACL and the views need one)."""
    return union(source) if isinstance(source, Store) else source


def open_read_only(folder: Path | str) -> Store:
    """A reader beside the process that holds the store (`serve` and its query workers).
    Only safe while that process writes nothing: `serve` writes nothing."""
    reader = Store.__new__(Store)
    reader.path, reader.conversions, reader.read_only = Path(folder), False, True
    try:
        reader._db = ox.Store.read_only(str(folder))
    except OSError as exc:
        raise StoreError(f"{folder}: the store cannot be read ({exc})") from None
    return reader


def new_dataset() -> Store:
    """An empty store in memory."""
    return Store()


def load(folder: Path | str) -> Store:
    """The store in `folder`, created when missing."""
    return open_store(folder)


def save(store: Store, folder: Path | str | None = None) -> Path | None:
    """Every write is already committed; this only makes sure it is on disk."""
    if store.path is not None:
        store.db.flush()
    return store.path


# --------------------------------------------------------------------------- terms


def to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


class _Converter:
    """Oxigraph terms to rdflib ones, each distinct term converted once per result."""

    def __init__(self) -> None:
        self.seen: dict = {}

    def __call__(self, term):
        if term is None:
            return None
        known = self.seen.get(term)
        if known is None:
            known = self.seen[term] = _to_rdflib(term)
        return known


def _to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        # RDF 1.1: "x" and "x"^^xsd:string are one literal; rdflib keeps the plain form.
        return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
    raise TypeError(f"unsupported term from the store: {term!r}")


def _nt(term) -> str:
    return str(to_ox(term))


# --------------------------------------------------------------------------- articles


def union(store: Store) -> Graph:
    """All triples of all graphs, as one in-memory rdflib Graph (for SHACL, views, Turtle)."""
    graph = bind_prefixes(Graph())
    convert = _Converter()
    for quad in store.db.quads_for_pattern(None, None, None, _DEFAULT):
        graph.add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))
    return graph


def replace_article(store: Store, article: URIRef, graph: Graph) -> None:
    """Put `graph` in place of the article's named graph, in one transaction."""
    _rewrite(store, article, graph)


def remove_article(store: Store, article: URIRef) -> bool:
    """Drop the article's graph; False when the store has no such article."""
    if article == CONVERSIONS or not store.db.contains_named_graph(ox.NamedNode(str(article))):
        return False
    _rewrite(store, article, None)
    return True


def find_article(store: Store, name: str) -> URIRef | None:
    """The article named by its IRI, its file name or its URL (what `ingest` was given)."""
    from pledgegraph.resolve import article_iri

    text = name.strip()
    candidates = [text, str(article_iri(text)), str(article_iri(Path(text).name))]
    if text.startswith("pgid:"):
        candidates.insert(0, str(ID) + text[5:])
    for candidate in candidates:
        try:
            node = ox.NamedNode(candidate)
        except ValueError:
            continue
        if candidate != str(CONVERSIONS) and store.db.contains_named_graph(node):
            return URIRef(candidate)
    return None


def _rewrite(store: Store, article: URIRef, graph: Graph | None) -> None:
    name, conv = _nt(article), _nt(CONVERSIONS)
    facts = set(graph.subjects(RDF.type, PG.Investment)) if graph is not None else set()
    old = store.db.query(f"SELECT ?f WHERE {{ GRAPH {name} {{ ?f a <{PG.Investment}> }} }}")
    facts |= {URIRef(row["f"].value) for row in old}
    facts = sorted(facts)
    conversions = _conversions(store, article, graph, facts)
    # The default graph loses a triple only when no other graph still holds it.
    ops = [_forget(name, "?s ?p ?o", "?s ?p ?o"), f"DROP SILENT GRAPH {name}"]
    if facts:
        values = "VALUES ?f { " + " ".join(_nt(f) for f in facts) + " }"
        link = f"?f <{PG.convertedAmount}> ?c"
        ops += [_forget(conv, "?c ?p ?o", f"{link} . ?c ?p ?o", values),
                _forget(conv, link, link, values),
                f"DELETE {{ GRAPH {conv} {{ {link} . ?c ?p ?o }} }} "
                f"WHERE {{ {values} GRAPH {conv} {{ {link} . ?c ?p ?o }} }}"]
    blocks = []
    if graph is not None and len(graph):
        blocks += [_block(graph, name), _block(graph)]
    if conversions:
        blocks += [_block(conversions, conv), _block(conversions)]
    if blocks:
        ops.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
    store.db.update(" ;\n".join(ops))  # one update, one transaction


def _forget(graph: str, triple: str, where: str, values: str = "") -> str:
    """Remove `triple` (matched by `where` in `graph`) from the default graph unless another
    named graph holds it too."""
    return (f"DELETE {{ {triple} }} WHERE {{ {values} GRAPH {graph} {{ {where} }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ {triple} }} FILTER(?other != {graph}) }} }}")


def _block(triples: Iterable, name: str | None = None) -> str:
    lines = "\n".join(sorted(f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in triples))
    return f"GRAPH {name} {{\n{lines}\n}}" if name else lines


def _conversions(store: Store, article: URIRef, graph: Graph | None, facts: list[URIRef]) -> list:
    """The USD conversions of `facts` once the article's graph is `graph` (None: removed)."""
    if not facts or not store.conversions:
        return []
    from pledgegraph.convert import add_conversions

    inputs = Graph()
    if graph is not None:
        for triple in graph:
            inputs.add(triple)
    for triple in _conversion_inputs(store, article, facts):
        inputs.add(triple)
    add_conversions(inputs)
    made = set(inputs.objects(None, PG.convertedAmount))
    return [(s, p, o) for s, p, o in inputs if p == PG.convertedAmount or s in made]


def _conversion_inputs(store: Store, article: URIRef, facts: list[URIRef]) -> Iterator[tuple]:
    """What `convert.add_conversions` reads about `facts` in every graph but the article's own:
    stated amounts, announcement dates, the earliest publication date of a source, and (to
    order several amounts) evidence sentences.

    Only that: a commitment that hundreds of articles report has hundreds of mentions, and
    copying all their triples for every new article made each write slower than the last.
    """
    values = "VALUES ?f { " + " ".join(_nt(f) for f in facts) + " }"
    others = f"FILTER(?g != {_nt(article)} && ?g != {_nt(CONVERSIONS)})"
    convert = _Converter()

    def rows(where: str, variables: str):
        for row in store.db.query(f"SELECT DISTINCT {variables} WHERE {{ {values} {where} }}"):
            yield [convert(row[v.strip("?")]) for v in variables.split()]

    amounts: dict = {}
    for f, a, v, c, stated in rows(
            f"GRAPH ?g {{ ?f <{PG.amount}> ?a . ?a <{PG.value}> ?v ; <{PG.currency}> ?c . "
            f"OPTIONAL {{ ?a <{PG.statedAs}> ?s }} }} {others}", "?f ?a ?v ?c ?s"):
        amounts.setdefault(f, set()).add(a)
        yield from ((f, RDF.type, PG.Investment), (f, PG.amount, a), (a, PG.value, v), (a, PG.currency, c))
        if stated is not None:
            yield a, PG.statedAs, stated
    for f, day in rows(f"GRAPH ?g {{ ?f <{PG.announcedOn}> ?d }} {others}", "?f ?d"):
        yield f, PG.announcedOn, day
    first = f"""GRAPH ?g {{ ?f <{PROV.wasDerivedFrom}> ?art }} {others}
                ?art <{PG.publishedOn}> ?p"""
    for row in store.db.query(f"SELECT ?f (MIN(?p) AS ?first) WHERE {{ {values} {first} }} GROUP BY ?f"):
        if row["first"] is not None:
            f = convert(row["f"])
            source = ID[f"article/earliest-source-of-{str(f).rsplit('/', 1)[-1]}"]
            yield from ((f, PROV.wasDerivedFrom, source), (source, PG.publishedOn, convert(row["first"])))
    several = [f for f, nodes in amounts.items() if len(nodes) > 1]
    if several:
        values = "VALUES ?f { " + " ".join(_nt(f) for f in several) + " }"
        for f, e in rows(f"GRAPH ?g {{ ?f <{PG.evidence}> ?e }} {others}", "?f ?e"):
            yield f, PG.evidence, e
        for f, m, e in rows(f"GRAPH ?g {{ ?f <{PG.hasMention}> ?m . ?m <{PG.evidence}> ?e }} {others}",
                            "?f ?m ?e"):
            yield from ((f, PG.hasMention, m), (m, PG.evidence, e))


def investments(store: Store) -> Iterator[tuple]:
    """(investment, investor, target country, investee, value, currency) rows, for
    `resolve.index_of`; one row per stated amount (value and currency None when none)."""
    text = f"""SELECT ?f ?investor ?country ?investee ?value ?currency WHERE {{
      ?f a <{PG.Investment}> .
      OPTIONAL {{ ?f <{PG.investor}> ?investor }}
      OPTIONAL {{ ?f <{PG.targetCountry}> ?country }}
      OPTIONAL {{ ?f <{PG.investee}> ?investee }}
      OPTIONAL {{ ?f <{PG.amount}> ?a . ?a <{PG.value}> ?value ; <{PG.currency}> ?currency }}
    }}"""
    convert = _Converter()
    for row in store.db.query(text):
        yield tuple(convert(row[v]) for v in ("f", "investor", "country", "investee", "value", "currency"))


# --------------------------------------------------------------------------- queries


@dataclass
class Answer:
    """A query's answer with rdflib terms. SELECT: variables and rows; ASK: boolean;
    CONSTRUCT/DESCRIBE: rows of (s, p, o). `truncated` when `limit` cut it short."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    truncated: bool = False
    # CONSTRUCT rows already deduplicated and in `query`'s canonical order (see _canonical)
    canonical: bool = False


def run_sparql(store: Store, text: str, *, prefixes: dict | None = None, limit: int | None = None) -> Answer:
    """Run SPARQL `text` over the union of all graphs (the default graph); `GRAPH ?g`
    reaches the articles' graphs. `prefixes` need no PREFIX line in the text. Reading stops
    after `limit` rows (`truncated` is then set). Raises SyntaxError or OSError as Oxigraph
    does.
    """
    result = store.db.query(text, prefixes=prefixes)
    if isinstance(result, ox.QueryBoolean):
        return Answer("ASK", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        answer = Answer("SELECT", [v.value for v in result.variables])
        answer.rows = _converted(_bounded(result, answer, limit))
        return answer
    answer = Answer("CONSTRUCT", ["subject", "predicate", "object"], canonical=True)
    answer.rows = _canonical(_bounded(result, answer, limit))
    return answer


def _canonical(triples) -> list[tuple]:
    """Oxigraph triples as rdflib rows, deduplicated and in `query.term_order`.

    A CONSTRUCT of 400,000 triples has some 60,000 terms, and reading each triple's terms
    out of Oxigraph costs more than the query: so triples are told apart by their N-Triples
    text, each distinct term is read and converted once, and rows are sorted on one integer
    made of their terms' ranks.
    """
    by_text = {str(triple): triple for triple in triples}
    index: dict[str, int] = {}
    found: list = []
    coded = []
    for text, triple in by_text.items():
        # An IRI or blank node holds no space; a quoted triple (RDF-star) does: name its terms.
        parts = text.split(" ", 2) if not text.startswith("<<") else [str(term) for term in triple]
        codes = []
        for position, part in enumerate(parts):
            code = index.get(part)
            if code is None:
                code = index[part] = len(found)
                found.append(triple[position])
            codes.append(code)
        coded.append(tuple(codes))
    terms = [_to_rdflib(term) for term in found]
    if len(set(terms)) < len(terms):  # rdflib normalises some literals: "01"^^xsd:int is "1"
        first: dict = {}
        same = [first.setdefault(term, code) for code, term in enumerate(terms)]
        coded = list(dict.fromkeys(tuple(same[c] for c in codes) for codes in coded))
    rank = [0] * len(terms)
    for position, code in enumerate(sorted(range(len(terms)), key=lambda c: term_order(terms[c]))):
        rank[code] = position
    width = len(terms) or 1
    coded.sort(key=lambda c: (rank[c[0]] * width + rank[c[1]]) * width + rank[c[2]])
    return [(terms[s], terms[p], terms[o]) for s, p, o in coded]


def _converted(rows) -> list[tuple]:
    """Rows of Oxigraph terms (solutions or triples, read as tuples: the fastest way to get
    their terms out of Oxigraph) as tuples of rdflib terms, each distinct term converted once
    (a result of 400,000 triples has some 60,000 terms)."""
    seen: dict = {None: None}
    get = seen.get
    out = []
    append = out.append
    for row in rows:
        terms = []
        for term in row:
            known = get(term)
            if known is None and term is not None:
                known = seen[term] = _to_rdflib(term)
            terms.append(known)
        append(tuple(terms))
    return out


def _bounded(results, answer: Answer, limit: int | None):
    if limit is None:
        yield from results
        return
    for count, item in enumerate(results):
        if count >= limit:
            answer.truncated = True
            return
        yield item


# --------------------------------------------------------------------------- files


def export(store: Store, path: Path | str, fmt: str | None = None) -> Path:
    """Write the store: Turtle, N-Triples or JSON-LD (the union), or N-Quads (every graph).

    N-Triples and N-Quads are streamed by Oxigraph and sorted line by line, so the same
    store always gives the same bytes; Turtle and JSON-LD go through rdflib, like `build`.
    """
    path = Path(path)
    fmt = fmt or EXPORT_FORMATS.get(path.suffix.lower())
    if fmt not in set(EXPORT_FORMATS.values()):
        raise GraphFileError(str(path), "unknown output format; use .ttl, .nt, .nq or .jsonld "
                                        "(or --format turtle, nt, nquads, json-ld)")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("turtle", "json-ld"):
        write_graph(union(store), path, ".ttl" if fmt == "turtle" else ".jsonld")
        return path
    if fmt == "nt":
        lines = {f"{q.subject} {q.predicate} {q.object} ." for q in store.db.quads_for_pattern(None, None, None, _DEFAULT)}
    else:  # the named graphs only: the default graph is their union, rebuilt on import
        lines = {f"{q} ." for q in store.db if not isinstance(q.graph_name, ox.DefaultGraph)}
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        for line in sorted(lines):
            out.write(line + "\n")
    tmp.replace(path)
    return path


def graph_ntriples(store: Store, name: URIRef | None = None) -> bytes:
    """A named graph (or, with None, the union) as sorted N-Triples."""
    quads = store.db.quads_for_pattern(None, None, None, ox.NamedNode(str(name)) if name else _DEFAULT)
    lines = sorted({f"{q.subject} {q.predicate} {q.object} ." for q in quads})
    return "".join(line + "\n" for line in lines).encode("utf-8")


def import_file(store: Store, path: Path | str) -> int:
    """Bulk-load an N-Quads file (e.g. from `export`), one named graph per article, add its
    triples to the union, and compact the store; returns the number of quads read. Oxigraph's
    bulk loader is fast but not one transaction: this is for a new store, or one that can be
    thrown away.

    The file is read twice, in blocks of about `_BULK_BYTES`: as N-Quads into the named graphs,
    then with the graph names cut off, as N-Triples into the default graph. The store is a set
    of quads, so a triple that several articles state is stored once there without any
    deduplication here. Oxigraph's bulk loader keeps what it is given in memory (about 1 KB a
    quad): blocks keep the import's memory to about 350 MB at 1M triples (1.3 GB in one go),
    and let RocksDB compact the files of earlier blocks while later ones load, which leaves the
    final compaction little to do.
    """
    path = Path(path)
    if path.suffix.lower() != ".nq":
        raise GraphFileError(str(path), "a store imports .nq files (one named graph per article)")
    quads = 0
    for into_union in (False, True):
        first_line = 1
        with open(path, "rb") as source:
            while lines := source.readlines(_BULK_BYTES):
                block = b"".join(lines)
                try:
                    if into_union:
                        block, count = _GRAPH_NAME.subn(b" .", block)
                        store.db.bulk_load(input=block, format=ox.RdfFormat.N_TRIPLES)
                        quads += count
                    else:
                        store.db.bulk_load(input=block, format=ox.RdfFormat.N_QUADS)
                except (SyntaxError, ValueError) as exc:
                    # Oxigraph counts lines from the start of the block.
                    where = re.sub(r"\bline (\d+)", lambda m: f"line {int(m.group(1)) + first_line - 1}",
                                   " ".join(str(exc).split()))
                    raise GraphFileError(str(path), f"not valid N-Quads with a graph name on every line: "
                                                    f"{where}") from None
                first_line += len(lines)
    # What the blocks leave behind is compacted: queries are then up to 1.5x faster.
    store.db.optimize()
    return quads


_BULK_BYTES = 40 << 20
_GRAPH_NAME = re.compile(rb" <[^<>\n]*> \.\r?$", re.MULTILINE)


def write_graph(graph: Graph, path: Path, as_suffix: str | None = None) -> Path:
    """Serialise by extension: .ttl Turtle, .nt N-Triples (sorted), .jsonld JSON-LD."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = (as_suffix or path.suffix).lower()
    if suffix == ".nt":
        lines = sorted(set(graph.serialize(format="nt").splitlines()))
        path.write_text("\n".join(line for line in lines if line.strip()) + "\n", encoding="utf-8")
    elif suffix in (".ttl", ".turtle"):
        path.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    elif suffix in (".jsonld", ".json"):
        path.write_text(graph.serialize(format="json-ld", sort_keys=True, indent=1), encoding="utf-8")
    else:
        raise GraphFileError(str(path), "unknown output format; use .ttl, .nt or .jsonld")
    return path


def read_graph(path: Path) -> Graph:
    path = Path(path)
    if not path.exists():
        raise GraphFileError(str(path), "no such file; run `pledgegraph build` first or give --graph")
    graph = bind_prefixes(Graph())
    fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld",
           ".nq": "nquads", ".trig": "trig"}.get(path.suffix.lower(), "turtle")
    try:
        graph.parse(path, format=fmt)
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GraphFileError(str(path), f"not valid {fmt.upper() if fmt != 'nt' else 'N-Triples'}: {first}") from exc
    return graph
