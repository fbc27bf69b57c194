"""The ontology's documentation as one HTML page, made with pyLODE 3.3.4 (OntPub profile).

`write_ontology_docs(out_file)` works offline and writes the same bytes every time:

- pyLODE's OntPub page carries no generation date; its CSS is inlined (`include_css=True`),
  its favicons are data: URIs and its one <script> is inline JSON-LD (schema.org metadata),
  so the page fetches nothing when viewed. Its links (to the IRIs of the terms, to
  rdfs:/dcterms: definitions, to pyLODE's GitHub page) are plain hyperlinks, followed only
  when clicked.
- The ontology is copied, sorted (`sort_subjects=True`) and adjusted before pyLODE sees it,
  so the output does not depend on parsing order or hash seeds: pyLODE titles a term with
  every rdfs:label it has ("CompanyEntreprise"), so the page keeps the English label as the
  title and gives the French one as a note (and the skos:closeMatch alignments, which pyLODE
  does not show, as another note); the external classes and annotation properties
  the ontology only declares (prov:, schema:, dcterms:...) are not documented as if they were
  PledgeGraph's; owl:FunctionalProperty becomes a note instead of a second, duplicate entry.
- pyLODE renders the members of an owl:unionOf from a Python set of HTML elements, in an order
  that changes from run to run; the page lists them sorted.
- Importing pyLODE calls logging.basicConfig(level=DEBUG) (pylode/profiles/supermodel/loader.py)
  and pyLODE logs through the root logger: the handler it adds is removed and the root level
  raised while it runs, then put back as it was.
"""

from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from .check import load_ontology
from .errors import PledgeGraphError
from .namespaces import PG_URI

__all__ = ["write_ontology_docs", "ontology_docs_html"]

ONTOLOGY_IRI = URIRef("https://w3id.org/pledgegraph/ontology")


@contextmanager
def _root_logger_kept():
    """Run with pyLODE imported and silent; the root logger is put back as it was after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level

    def drop_added() -> None:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)

    try:
        import pylode  # noqa: F401  (its import is what calls basicConfig)

        drop_added()
        root.setLevel(logging.WARNING)
        yield
    finally:
        drop_added()
        root.setLevel(level)


_MEMBER = r'[ \t]*<span>\n(?:(?![ \t]*</?span)[^\n]*\n)*?[ \t]*</span>\n'
_JOIN = r'[ \t]*<span class="cardinality">(?:or|and)</span>\n'
_SET_CLASS = re.compile(rf"(?:{_MEMBER}{_JOIN})+{_MEMBER}")


def _sort_set_classes(html: str) -> str:
    """List the members of each "A or B" (owl:unionOf) and "A and B" in a fixed order."""
    def ordered(match: re.Match) -> str:
        block = match.group(0)
        members = re.findall(_MEMBER, block)
        joins = re.findall(_JOIN, block)
        members.sort()
        out = [members[0]]
        for join, member in zip(joins, members[1:]):
            out += [join, member]
        return "".join(out)

    return _SET_CLASS.sub(ordered, html)


def _english(values: list) -> list:
    """The English (or untagged) literals among `values`; all of them when there are none."""
    chosen = [v for v in values if isinstance(v, Literal) and v.language in (None, "en")]
    return chosen or values


def _doc_graph(ontology: Graph) -> Graph:
    doc = Graph()
    for prefix, namespace in ontology.namespaces():
        doc.bind(prefix, namespace, override=True)
    ours = {s for s in ontology.subjects() if isinstance(s, URIRef)
            and (str(s).startswith(PG_URI) or s == ONTOLOGY_IRI)}
    for s, p, o in ontology:
        if isinstance(s, URIRef) and s not in ours and p == RDF.type and o in (
                OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
            continue  # declared only, documented elsewhere
        if s in ours and p in (RDFS.label, DCTERMS.title):
            continue  # put back below, English first
        if p == RDF.type and o == OWL.FunctionalProperty:
            continue
        doc.add((s, p, o))
    for s in sorted(ours, key=str):
        for p in (RDFS.label, DCTERMS.title):
            values = sorted(ontology.objects(s, p), key=str)
            if not values:
                continue
            for value in _english(values):
                doc.add((s, p, value))
            for value in values:
                if isinstance(value, Literal) and value.language == "fr":
                    doc.add((s, SKOS.note, Literal(f"Libellé en français : {value}", lang="fr")))
        matches = sorted(str(m) for m in ontology.objects(s, SKOS.closeMatch))
        if matches:
            doc.add((s, SKOS.note, Literal("Close matches: " + ", ".join(matches) + ".", lang="en")))
        if (s, RDF.type, OWL.FunctionalProperty) in ontology:
            doc.add((s, SKOS.note, Literal(
                "Functional: a subject has at most one value of this property.", lang="en")))
    return doc


def ontology_docs_html(ontology: Graph | None = None) -> str:
    """The documentation page of `ontology` (by default the one PledgeGraph ships), as text."""
    graph = _doc_graph(ontology if ontology is not None else load_ontology())
    with _root_logger_kept():
        from pylode import OntPub

        try:
            html = OntPub(ontology=graph, sort_subjects=True).make_html(include_css=True)
        except Exception as exc:  # pyLODE raises bare exceptions on ontologies it cannot render
            raise PledgeGraphError(f"pyLODE could not document the ontology: {exc}") from exc
    html = _sort_set_classes(html)
    if not html.endswith("\n"):
        html += "\n"
    return html


def write_ontology_docs(out_file: Path) -> Path:
    """Write the ontology's HTML documentation to `out_file` (parents created); return its path."""
    out_file = Path(out_file)
    html = ontology_docs_html()
    try:
        out_file.parent.mkdir(parents=True, exist_ok=True)
        out_file.write_bytes(html.encode("utf-8"))
    except OSError as exc:
        raise PledgeGraphError(f"{out_file}: cannot write the documentation ({exc.strerror})") from exc
    return out_file
