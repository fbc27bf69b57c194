"""Checking a PledgeGraph graph: SHACL validation (`shacl`) and OWL reasoning (`reasoner`).

The ontology and the shapes ship inside the package, in `pledgegraph/data/ontology/`, so they
are found the same way from a source checkout and from an installed wheel; the repository's
`ontology/` folder holds symlinks to them.

    from pledgegraph.check import validate_graph, reason
    report = validate_graph(graph)          # SHACL, pure Python
    result = reason(graph)                  # OWL 2 DL with HermiT, needs Java
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from ..errors import OntologyFileError

if TYPE_CHECKING:  # imported lazily at run time: pySHACL takes a while to import
    from .reasoner import ReasonResult, reason, write_inferred
    from .shacl import ShaclReport, ShaclResult, validate_graph

_DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "ontology"

__all__ = [
    "ontology_path", "shapes_path", "load_ontology", "load_shapes",
    "validate_graph", "ShaclReport", "ShaclResult",
    "reason", "ReasonResult", "write_inferred",
]


def ontology_path() -> Path:
    """The OWL ontology shipped with the package (Turtle)."""
    return _DATA_DIR / "pledgegraph.ttl"


def shapes_path() -> Path:
    """The SHACL shapes shipped with the package (Turtle)."""
    return _DATA_DIR / "shapes.ttl"


@lru_cache(maxsize=None)
def _parsed(path: Path) -> Graph:
    if not path.is_file():
        raise OntologyFileError(str(path), "file not found")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types on bad Turtle
        raise OntologyFileError(str(path), f"cannot be parsed as Turtle ({exc})") from exc


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True)
    for triple in graph:
        copy.add(triple)
    return copy


def load_ontology() -> Graph:
    """A fresh in-memory copy of the ontology graph (safe to modify)."""
    return _copy(_parsed(ontology_path()))


def load_shapes() -> Graph:
    """A fresh in-memory copy of the shapes graph (safe to modify)."""
    return _copy(_parsed(shapes_path()))


def _ontology_readonly() -> Graph:
    """The cached ontology graph; callers inside this package must not modify it."""
    return _parsed(ontology_path())


def _shapes_readonly() -> Graph:
    """The cached shapes graph; callers inside this package must not modify it."""
    return _parsed(shapes_path())


def __getattr__(name: str) -> Any:
    if name in ("validate_graph", "ShaclReport", "ShaclResult"):
        from . import shacl

        return getattr(shacl, name)
    if name in ("reason", "ReasonResult", "write_inferred"):
        from . import reasoner

        return getattr(reasoner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
