"""pledgegraph.check.reasoner: HermiT's inferences on tiny graphs, inconsistencies with their
offenders named, and a clean skip when there is no Java."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from pledgegraph.check import reasoner
from pledgegraph.check.reasoner import JAVA_MISSING, ReasonResult, find_java, reason, write_inferred
from pledgegraph.errors import ReasonerError
from pledgegraph.namespaces import PG, PG_URI

from .graphs import ID, PREFIXES, good_graph, parse

needs_java = pytest.mark.skipif(find_java() is None, reason="no Java runtime on this machine")


def iri(path: str) -> URIRef:
    return URIRef(ID + path)


# The good graph plus a chain of parents: Google (investing in France) is a subsidiary of
# Alphabet, itself a subsidiary of XXVI Holdings, which no triple types.
ROLLUP = PREFIXES + """
org:alphabet pg:subsidiaryOf org:xxvi .
country:FR a pg:Country ; rdfs:label "France" ; pg:isoCode "FR" .
inv:g1 a pg:Investment ; pg:investor org:google ; pg:targetCountry country:FR ;
    pg:evidence "Google investit en France." ; prov:wasDerivedFrom article:a1 .
"""


@pytest.fixture(scope="module")
def data() -> Graph:
    graph = good_graph()
    graph += parse(ROLLUP)
    return graph


@pytest.fixture(scope="module")
def result(data) -> ReasonResult:
    if find_java() is None:
        pytest.skip("no Java runtime on this machine")
    return reason(data)


@needs_java
def test_a_good_graph_is_consistent(result):
    assert result.ran and result.skipped_reason is None
    assert result.consistent
    assert result.offenders == []
    assert "consistent" in result.message


@needs_java
def test_commits_to_is_inferred_from_an_investment_and_a_training_programme(result):
    assert (iri("org/microsoft"), PG.commitsTo, iri("country/CA")) in result.inferred  # investment
    assert (iri("org/microsoft"), PG.commitsTo, iri("country/JP")) in result.inferred  # training
    assert (iri("org/microsoft"), PG.madeInvestment, iri("investment/i1")) in result.inferred


@needs_java
def test_a_subsidiary_commitment_rolls_up_to_every_parent(result):
    for company in ("google", "alphabet", "xxvi"):
        assert (iri(f"org/{company}"), PG.commitsTo, iri("country/FR")) in result.inferred, company
    assert (iri("org/google"), PG.subsidiaryOf, iri("org/xxvi")) in result.inferred  # transitive
    assert (iri("org/xxvi"), PG.hasSubsidiary, iri("org/google")) in result.inferred
    # no roll-up sideways or downwards
    assert (iri("org/cohere"), PG.commitsTo, iri("country/FR")) not in result.inferred
    assert (iri("org/microsoft"), PG.commitsTo, iri("country/FR")) not in result.inferred
    assert (iri("org/google"), PG.commitsTo, iri("country/CA")) not in result.inferred


@needs_java
def test_an_untyped_parent_is_inferred_a_company(result):
    assert (iri("org/xxvi"), RDF.type, PG.Company) in result.inferred


@needs_java
def test_inferred_holds_only_new_pg_triples(result, data):
    assert len(result.inferred) > 0
    for s, p, o in result.inferred:
        assert (s, p, o) not in data
        assert isinstance(s, URIRef) and str(s).startswith(ID)
        if p == RDF.type:
            assert str(o).startswith(PG_URI) and o != OWL.Thing
        else:
            assert str(p).startswith(PG_URI)
    # a type implied by an asserted one through rdfs:subClassOf is no news
    assert (iri("org/microsoft"), RDF.type, PG.Organization) not in result.inferred
    assert (iri("investment/i1"), RDF.type, PG.Commitment) not in result.inferred


@needs_java
def test_the_input_is_left_alone_and_write_inferred_adds(result, data):
    before = len(data)
    assert before == len(good_graph() + parse(ROLLUP))
    merged = write_inferred(data + Graph(), result)
    assert len(merged) == before + len(result.inferred)


BAD_TYPES = PREFIXES + """
org:acme a pg:Company , pg:Country ; rdfs:label "Acme" .
inv:bad a pg:Investment ; pg:investor country:CA ; pg:targetCountry country:JP .
"""


@needs_java
def test_inconsistencies_name_their_individuals():
    graph = good_graph() + parse(BAD_TYPES)
    result = reason(graph)
    assert result.ran and not result.consistent
    # typed Company and Country
    assert str(iri("org/acme")) in result.offenders
    # a Country used as an investor, which must be a Company
    assert str(iri("country/CA")) in result.offenders
    assert str(iri("investment/bad")) in result.offenders
    assert str(iri("org/microsoft")) not in result.offenders
    assert len(result.inferred) == 0
    assert "pgid:org/acme" in result.message and "pgid:country/CA" in result.message
    assert any("pgid:country/CA" in line and "pg:investor" in line for line in result.explanation)


@needs_java
def test_an_inconsistency_through_a_union_range_is_explained_by_pellet():
    # pg:locatedIn ranges over Country or City; a Company is neither: the Python explainer,
    # which ignores unions, finds nothing, and `pellet explain` names the two individuals.
    graph = parse(PREFIXES + """
        org:acme a pg:Company ; rdfs:label "Acme" .
        lab:x a pg:ResearchLab ; pg:operatedBy org:acme ; pg:locatedIn org:acme .
    """)
    result = reason(graph)
    assert not result.consistent
    assert result.offenders == sorted([str(iri("lab/x")), str(iri("org/acme"))])
    assert any(line.startswith("Pellet:") for line in result.explanation)


@needs_java
def test_literals_are_left_to_shacl_unless_asked_for():
    graph = good_graph()
    graph.remove((iri("training/t1"), PG.participants, None))
    graph.add((iri("training/t1"), PG.participants, parse(
        PREFIXES + 'training:t1 pg:participants "many" .').value(iri("training/t1"), PG.participants)))
    assert reason(graph).consistent
    strict = reason(graph, include_literals=True)
    assert not strict.consistent
    assert str(iri("training/t1")) in strict.offenders


# --------------------------------------------------------------------------------------
# without Java


def test_no_java_on_path_skips_with_a_reason(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    assert find_java() is None
    result = reason(good_graph())
    assert not result.ran
    assert result.skipped_reason == JAVA_MISSING
    assert "Java" in result.skipped_reason and "PATH" in result.skipped_reason
    assert result.consistent and result.offenders == []
    assert len(result.inferred) == 0
    assert result.message.startswith("Reasoning skipped")


def test_java_home_is_used_when_java_is_not_on_path(monkeypatch, tmp_path):
    fake = tmp_path / "jdk" / "bin" / "java"
    fake.parent.mkdir(parents=True)
    fake.write_text("#!/bin/sh\nexit 0\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "jdk"))
    assert find_java() == str(fake)


def test_a_failing_java_raises_a_reasoner_error(monkeypatch, tmp_path):
    broken = tmp_path / "java"
    broken.write_text("#!/bin/sh\necho 'Error: could not create the Java Virtual Machine' >&2\nexit 1\n")
    broken.chmod(0o755)
    monkeypatch.setattr(reasoner, "find_java", lambda: str(broken))
    with pytest.raises(ReasonerError, match="could not create the Java Virtual Machine"):
        reason(good_graph())


@needs_java
def test_a_dataset_is_reasoned_over_as_one_graph():
    from rdflib import Dataset

    dataset = Dataset()
    entities, facts = dataset.graph(URIRef("urn:x-test:entities")), dataset.graph(URIRef("urn:x-test:facts"))
    for s, p, o in good_graph():
        (facts if str(s).startswith(ID + "investment/") else entities).add((s, p, o))
    result = reason(dataset)
    assert result.consistent
    assert (iri("org/microsoft"), PG.commitsTo, iri("country/CA")) in result.inferred
