"""Stage 8, store: the project's graph, one named graph per article.

The store is a folder holding the dataset as N-Quads. Ingesting an article replaces its
named graph whole; queries and exports see the union.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from pledgegraph.errors import GraphFileError
from pledgegraph.namespaces import ID, OWL, PG, PROV, RDF, RDFS, SKOS, XSD, WD

STORE_FILE = "pledgegraph.nq"


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in (("pg", PG), ("pgid", ID), ("prov", PROV), ("skos", SKOS), ("wd", WD),
                       ("owl", OWL), ("xsd", XSD), ("rdfs", RDFS), ("rdf", RDF)):
        graph.bind(prefix, str(ns) if prefix == "pg" else ns, override=True, replace=True)
    return graph


def new_dataset() -> Dataset:
    return bind_prefixes(Dataset())  # type: ignore[return-value]


def union(dataset: Dataset) -> Graph:
    """All triples of all articles, as one plain graph."""
    graph = bind_prefixes(Graph())
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def replace_article(dataset: Dataset, article: URIRef, graph: Graph) -> None:
    dataset.remove_graph(dataset.graph(article))
    target = dataset.graph(article)
    for triple in graph:
        target.add(triple)


def remove_article(dataset: Dataset, article: URIRef) -> bool:
    known = any(True for _ in dataset.graph(article).triples((None, None, None)))
    dataset.remove_graph(dataset.graph(article))
    return known


def load(folder: Path) -> Dataset:
    dataset = new_dataset()
    path = Path(folder) / STORE_FILE
    if path.exists():
        try:
            dataset.parse(path, format="nquads")
        except Exception as exc:
            raise GraphFileError(str(path), f"the store cannot be read ({exc}); "
                                            "delete the folder and ingest again") from exc
    return dataset


def save(dataset: Dataset, folder: Path) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / STORE_FILE
    lines = sorted(set(dataset.serialize(format="nquads").splitlines()))
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(line for line in lines if line.strip()) + "\n", encoding="utf-8")
    tmp.replace(path)  # atomic: an interrupted save leaves the previous store
    return path


def write_graph(graph: Graph, path: Path) -> Path:
    """Serialise by extension: .ttl Turtle, .nt N-Triples (sorted), .jsonld JSON-LD, .nq/.trig."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
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
