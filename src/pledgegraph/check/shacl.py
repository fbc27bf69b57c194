"""SHACL validation of a PledgeGraph graph with pySHACL.

`validate_graph(graph)` checks a graph against the shapes shipped with the package
(`shapes.ttl`), with the ontology mixed in so that `sh:class pg:Organization` accepts a
`pg:Company` and `sh:targetClass pg:Commitment` reaches every kind of fact.

It always validates an in-memory rdflib copy of the data: pySHACL on an Oxigraph-backed
store is wrong and slow (oxrdflib returns plain strings typed `xsd:string`, so `sh:in`
fails on them); the copy also turns `"USD"^^xsd:string` into the plain `"USD"` that
`sh:in` lists, since RDF 1.1 makes them the same literal.

Exit codes recommended for `pledgegraph validate`: 0 the graph conforms, 1 it has
violations (`errors.GraphNotConforming`), 2 the graph or the shapes cannot be read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph, Dataset
from rdflib.namespace import OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from ..errors import OntologyFileError
from ..namespaces import ID_URI, PG_URI
from . import _ontology_readonly, _shapes_readonly

__all__ = ["ShaclReport", "ShaclResult", "validate_graph", "short_name"]

_PREFIXES = (
    ("pgid:", ID_URI),
    ("pg:", PG_URI),
    ("pgsh:", "https://w3id.org/pledgegraph/shapes#"),
    ("prov:", str(PROV)),
    ("rdfs:", str(RDFS)),
    ("rdf:", str(RDF)),
    ("owl:", str(OWL)),
    ("xsd:", str(XSD)),
    ("skos:", str(SKOS)),
    ("sh:", str(SH)),
    ("wd:", "http://www.wikidata.org/entity/"),
)


def short_name(node: object) -> str:
    """A readable name for a node: `pgid:org/microsoft`, `pg:investor`, `"usd"`, `_:b0`."""
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, namespace in _PREFIXES:
            if text.startswith(namespace) and len(text) > len(namespace):
                return prefix + text[len(namespace):]
        return f"<{text}>"
    if isinstance(node, Literal):
        lexical = str(node).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        if len(lexical) > 80:
            lexical = lexical[:77] + "..."
        if node.language:
            return f'"{lexical}"@{node.language}'
        if node.datatype is not None and node.datatype != XSD.string:
            return f'"{lexical}"^^{short_name(node.datatype)}'
        return f'"{lexical}"'
    if isinstance(node, BNode):
        return f"_:{node} (a blank node)"
    if node is None:
        return ""
    return str(node)


@dataclass(frozen=True)
class ShaclResult:
    """One result of the validation report."""

    focus: str  # short name of the focus node
    path: str  # short name of the property path, "" for a constraint on the node itself
    message: str
    value: str  # short name of the offending value, "" when there is none
    severity: str  # "Violation", "Warning" or "Info"
    shape: str  # short name of the source shape ("" for an anonymous property shape)
    component: str  # short name of the constraint component, e.g. "sh:MinCountConstraintComponent"

    def line(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        text = f"{where}: {self.message}"
        if self.value and self.value != self.focus:
            text += f" (value: {self.value})"
        if self.severity != "Violation":
            text = f"{self.severity}: {text}"
        return text


@dataclass
class ShaclReport:
    """The outcome of `validate_graph`.

    `conforms` is pySHACL's verdict; `violations` counts the results of severity sh:Violation;
    `text` is a readable report, one line per result (focus node, path, message, value),
    sorted so that the same graph always gives the same text.
    """

    conforms: bool
    violations: int
    text: str
    results: list[ShaclResult] = field(default_factory=list)


def _in_memory_copy(data: Graph, ontology: Graph | None) -> Graph:
    """Copy `data` (every graph of a Dataset) into a plain in-memory Graph."""
    work = Graph()
    if isinstance(data, (Dataset, ConjunctiveGraph)):
        triples = ((s, p, o) for s, p, o, _ in data.quads((None, None, None, None)))
    else:
        triples = data.triples((None, None, None))
    for s, p, o in triples:
        if isinstance(o, Literal) and o.datatype == XSD.string and not o.language:
            o = Literal(str(o))
        work.add((s, p, o))
    if ontology is not None:
        for triple in ontology:
            work.add(triple)
    return work


def _first(report: Graph, subject, predicate):
    values = list(report.objects(subject, predicate))
    if not values:
        return None
    # prefer an English or plain message when there are several
    values.sort(key=lambda v: (not (isinstance(v, Literal) and v.language in (None, "en")), str(v)))
    return values[0]


def _path_name(report: Graph, path) -> str:
    if path is None:
        return ""
    if isinstance(path, URIRef):
        return short_name(path)
    inverse = report.value(path, SH.inversePath)
    if inverse is not None:
        return f"^{short_name(inverse)}"
    return short_name(path)


def validate_graph(data: Graph, shapes: Graph | None = None) -> ShaclReport:
    """Validate `data` against the PledgeGraph shapes (or `shapes`, when given).

    The ontology is mixed into a copy of the data graph (never into `data` itself), and
    pySHACL runs without inference. Raises `errors.OntologyFileError` when the shipped
    ontology or shapes are missing or broken.
    """
    import pyshacl  # imported here: it takes a while and the CLI does not always need it
    from pyshacl.errors import ConstraintLoadError, ShapeLoadError

    shapes_graph = _shapes_readonly() if shapes is None else shapes
    work = _in_memory_copy(data, _ontology_readonly())
    try:
        conforms, report_graph, _ = pyshacl.validate(
            work,
            shacl_graph=shapes_graph,
            inference="none",
            inplace=True,
            advanced=False,
            allow_warnings=False,
        )
    except ShapeLoadError as exc:
        raise OntologyFileError("shapes graph", f"is not valid SHACL ({exc})") from exc
    except ConstraintLoadError as exc:
        raise OntologyFileError("shapes graph", f"has an invalid constraint ({exc})") from exc

    results: list[ShaclResult] = []
    for node in report_graph.subjects(RDF.type, SH.ValidationResult):
        severity = report_graph.value(node, SH.resultSeverity)
        message = _first(report_graph, node, SH.resultMessage)
        component = report_graph.value(node, SH.sourceConstraintComponent)
        shape = report_graph.value(node, SH.sourceShape)
        results.append(ShaclResult(
            focus=short_name(report_graph.value(node, SH.focusNode)),
            path=_path_name(report_graph, report_graph.value(node, SH.resultPath)),
            message=str(message) if message is not None else f"breaks {short_name(component)}",
            value=short_name(report_graph.value(node, SH.value)),
            severity=short_name(severity).removeprefix("sh:") if severity is not None else "Violation",
            shape=short_name(shape) if isinstance(shape, URIRef) else "",
            component=short_name(component),
        ))
    # one result per (focus, path, message, value): two components of one property shape
    # failing on one value (sh:datatype and sh:minExclusive on "3000000") say the same thing
    unique: dict[tuple, ShaclResult] = {}
    for r in sorted(results, key=lambda r: (r.focus, r.path, r.message, r.value, r.component)):
        unique.setdefault((r.focus, r.path, r.message, r.value, r.severity), r)
    results = list(unique.values())
    violations = sum(1 for r in results if r.severity == "Violation")

    if conforms:
        header = "The graph conforms to the PledgeGraph shapes."
    else:
        others = len(results) - violations
        header = f"The graph does not conform: {violations} violation(s)"
        header += f" and {others} warning(s)/info(s)." if others else "."
    lines = [header] + [r.line() for r in results]
    return ShaclReport(conforms=bool(conforms), violations=violations,
                       text="\n".join(lines) + "\n", results=results)
