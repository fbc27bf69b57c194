"""The pg: terms the code may use (namespaces.py) are exactly those the ontology declares."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from pledgegraph.check import load_ontology, load_shapes
from pledgegraph.namespaces import PG, PG_CLASSES, PG_PROPERTIES, PG_URI

PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def _local(iri: URIRef) -> str:
    return str(iri)[len(PG_URI):]


def _declared(ontology: Graph, types) -> set[str]:
    return {_local(s) for t in types for s in ontology.subjects(RDF.type, t)
            if isinstance(s, URIRef) and str(s).startswith(PG_URI)}


def _mentioned(graph: Graph) -> set[str]:
    """Every pg: IRI in any position of any triple."""
    return {_local(term) for triple in graph for term in triple
            if isinstance(term, URIRef) and str(term).startswith(PG_URI)}


def test_no_term_is_listed_twice():
    terms = PG_CLASSES + PG_PROPERTIES
    assert len(terms) == len(set(terms))


def test_every_class_of_the_code_is_an_owl_class_of_the_ontology(ontology):
    assert set(PG_CLASSES) - _declared(ontology, [OWL.Class]) == set()


def test_every_owl_class_of_the_ontology_is_in_the_code(ontology):
    assert _declared(ontology, [OWL.Class]) - set(PG_CLASSES) == set()


def test_every_property_of_the_code_is_declared_in_the_ontology(ontology):
    assert set(PG_PROPERTIES) - _declared(ontology, PROPERTY_TYPES) == set()


def test_every_property_of_the_ontology_is_in_the_code(ontology):
    assert _declared(ontology, PROPERTY_TYPES) - set(PG_PROPERTIES) == set()


def test_the_ontology_mentions_no_undeclared_pg_term(ontology):
    # a typo in a domain, a range or a chain would otherwise create a new term silently
    assert _mentioned(ontology) - set(PG_CLASSES + PG_PROPERTIES) == set()


def test_the_shapes_mention_no_undeclared_pg_term():
    assert _mentioned(load_shapes()) - set(PG_CLASSES + PG_PROPERTIES) == set()


def test_classes_are_capitalised_and_properties_are_not():
    assert all(name[0].isupper() for name in PG_CLASSES)
    assert all(name[0].islower() for name in PG_PROPERTIES)


def test_known_terms_resolve():
    assert PG.investor == URIRef(PG_URI + "investor")
    assert PG.Company == URIRef(PG_URI + "Company")
    assert PG["commitsTo"] == URIRef(PG_URI + "commitsTo")


@pytest.mark.parametrize("typo", ["Compnay", "investors", "commitTo", "company", "Investor"])
def test_a_misspelt_term_raises(typo):
    with pytest.raises(AttributeError):
        getattr(PG, typo)
    with pytest.raises(KeyError):
        PG[typo]
