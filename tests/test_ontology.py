"""ontology/pledgegraph.ttl: the public vocabulary kept exactly, labels in English and French,
the axioms reasoning relies on, nothing HermiT rejects, and the files the package ships."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib import namespace as rdfns
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from pledgegraph.check import load_ontology, ontology_path, shapes_path
from pledgegraph.check.reasoner import _OWL2_DATATYPES
from pledgegraph.namespaces import PG, PG_CLASSES, PG_PROPERTIES, PG_URI

REPO = Path(__file__).resolve().parent.parent
VOCABULARY = REPO.parent / "shared" / "vocabulary.md"
ONTOLOGY_IRI = URIRef("https://w3id.org/pledgegraph/ontology")
SDO = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"
XSD_NS = str(rdfns.XSD)
PREFIXES = {"pg:": PG_URI, "prov:": str(PROV), "rdfs:": str(RDFS), "xsd:": XSD_NS}

ENTITIES = ["Company", "Government", "Country", "Person", "City", "Article"]
FACTS = ["Investment", "Partnership", "ThreatIntelligenceCenter", "ResearchLab", "TrainingProgram"]


@pytest.fixture(scope="module")
def ont() -> Graph:
    return load_ontology()


def expand(name: str) -> URIRef:
    for prefix, namespace in PREFIXES.items():
        if name.startswith(prefix):
            return URIRef(namespace + name[len(prefix):])
    raise ValueError(name)


def members(ont: Graph, node) -> set:
    """A class expression as a set of named classes: {C} or the members of a union."""
    if isinstance(node, URIRef):
        return {node}
    union = ont.value(node, OWL.unionOf)
    assert union is not None, f"unexpected class expression {node}"
    return set(Collection(ont, union))


def labels(ont: Graph, term: URIRef, predicate=RDFS.label) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for value in ont.objects(term, predicate):
        assert isinstance(value, Literal)
        out.setdefault(value.language or "", []).append(str(value))
    return out


# --------------------------------------------------------------------------------------
# the file


def test_the_ontology_parses_and_has_its_header(ont):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ont
    assert ont.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert ont.value(ONTOLOGY_IRI, OWL.versionIRI) is not None
    assert ont.value(ONTOLOGY_IRI, DCTERMS.license) is not None
    for predicate in (DCTERMS.title, DCTERMS.description):
        languages = labels(ont, ONTOLOGY_IRI, predicate)
        assert set(languages) == {"en", "fr"}, predicate


def test_the_repository_ontology_folder_holds_what_the_package_ships():
    for name, shipped in (("pledgegraph.ttl", ontology_path()), ("shapes.ttl", shapes_path())):
        in_repo = REPO / "ontology" / name
        assert in_repo.is_file(), in_repo
        assert shipped.is_file(), shipped
        assert shipped.parent == REPO / "src" / "pledgegraph" / "data" / "ontology"
        assert in_repo.read_bytes() == shipped.read_bytes()
        if in_repo.is_symlink():
            assert in_repo.resolve() == shipped.resolve()


def test_the_package_data_pattern_covers_the_files():
    # pyproject's package-data "data/**/*" is what puts them in the wheel
    package = REPO / "src" / "pledgegraph"
    shipped = set(package.glob("data/**/*"))
    assert ontology_path() in shipped and shapes_path() in shipped
    assert '"data/**/*"' in (REPO / "pyproject.toml").read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------
# labels and comments


@pytest.mark.parametrize("name", PG_CLASSES + PG_PROPERTIES)
def test_every_term_has_one_label_and_one_comment_in_english_and_french(ont, name):
    term = PG[name]
    for predicate in (RDFS.label, RDFS.comment):
        found = labels(ont, term, predicate)
        assert set(found) == {"en", "fr"}, f"{name} {predicate}: {found}"
        assert all(len(values) == 1 and values[0].strip() for values in found.values())
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ont


# --------------------------------------------------------------------------------------
# the public vocabulary (../shared/vocabulary.md), kept exactly


def _vocabulary_rows(text: str, section: str) -> list[list[str]]:
    body = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in body.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and re.fullmatch(r"(pg|prov|rdfs):\w+", cells[0]):
            rows.append(cells)
    return rows


@pytest.fixture(scope="module")
def vocabulary() -> str:
    if not VOCABULARY.is_file():
        pytest.skip(f"{VOCABULARY} is not there")
    return VOCABULARY.read_text(encoding="utf-8")


def test_every_public_class_is_an_owl_class(ont, vocabulary):
    rows = _vocabulary_rows(vocabulary, "Classes")
    assert len(rows) == 13
    for name, *_ in rows:
        assert (expand(name), RDF.type, OWL.Class) in ont, name


def test_every_public_property_has_its_direction_and_datatype(ont, vocabulary):
    rows = _vocabulary_rows(vocabulary, "Properties")
    assert len(rows) >= 17
    checked = 0
    for name, source, target, *_ in rows:
        if not name.startswith("pg:"):
            continue  # rdfs:label and prov:wasDerivedFrom are not ours to define
        prop = expand(name)
        domain_names = re.findall(r"pg:\w+", source)
        range_names = re.findall(r"(?:pg|xsd):\w+", target)
        if range_names[0].startswith("xsd:"):
            assert (prop, RDF.type, OWL.DatatypeProperty) in ont, name
            assert set(ont.objects(prop, RDFS.range)) == {expand(range_names[0])}, name
        else:
            assert (prop, RDF.type, OWL.ObjectProperty) in ont, name
            (rng,) = ont.objects(prop, RDFS.range)
            assert members(ont, rng) == {expand(n) for n in range_names}, name
        (domain,) = ont.objects(prop, RDFS.domain)
        if domain_names:
            assert members(ont, domain) == {expand(n) for n in domain_names}, name
        else:  # "every fact": the commitments (and, for pg:evidence, mentions too)
            assert PG.Commitment in members(ont, domain), name
        checked += 1
    assert checked == 15


def test_investor_is_functional_with_exactly_one_company(ont):
    assert (PG.investor, RDF.type, OWL.FunctionalProperty) in ont
    restrictions = [r for r in ont.objects(PG.Investment, RDFS.subClassOf) if isinstance(r, BNode)]
    assert any(
        ont.value(r, OWL.onProperty) == PG.investor
        and ont.value(r, OWL.qualifiedCardinality) == Literal(1, datatype=URIRef(XSD_NS + "nonNegativeInteger"))
        and ont.value(r, OWL.onClass) == PG.Company
        for r in restrictions)


# --------------------------------------------------------------------------------------
# the class hierarchy and disjointness


def test_companies_and_governments_are_organizations(ont):
    assert (PG.Company, RDFS.subClassOf, PG.Organization) in ont
    assert (PG.Government, RDFS.subClassOf, PG.Organization) in ont


@pytest.mark.parametrize("fact", FACTS)
def test_every_fact_is_a_commitment(ont, fact):
    assert (PG[fact], RDFS.subClassOf, PG.Commitment) in ont


def _disjoint_groups(ont: Graph) -> list[set]:
    return [set(Collection(ont, ont.value(g, OWL.members)))
            for g in ont.subjects(RDF.type, OWL.AllDisjointClasses)]


def test_the_entities_are_pairwise_disjoint(ont):
    assert {PG[c] for c in ENTITIES} in _disjoint_groups(ont)


def test_the_facts_are_disjoint_from_the_entities_and_from_each_other(ont):
    groups = _disjoint_groups(ont)
    assert any({PG.Commitment, PG.Organization, PG.Country, PG.Person, PG.City, PG.Article,
                PG.MonetaryAmount, PG.Mention} <= g for g in groups)
    assert {PG[f] for f in FACTS} in groups


def test_no_class_is_disjoint_with_one_of_its_superclasses(ont):
    # Company in the same AllDisjointClasses as Organization would empty pg:Company
    for group in _disjoint_groups(ont):
        for cls in group:
            supers = set(ont.transitive_objects(cls, RDFS.subClassOf)) - {cls}
            assert not (supers & group), (cls, supers & group)


# --------------------------------------------------------------------------------------
# the axioms reasoning uses


def test_inverses(ont):
    assert (PG.madeInvestment, OWL.inverseOf, PG.investor) in ont
    assert (PG.hasSubsidiary, OWL.inverseOf, PG.subsidiaryOf) in ont
    assert (PG.subsidiaryOf, RDF.type, OWL.TransitiveProperty) in ont


def test_commits_to_chains(ont):
    chains = []
    for chain in ont.objects(PG.commitsTo, OWL.propertyChainAxiom):
        steps = []
        for step in Collection(ont, chain):
            inverse = ont.value(step, OWL.inverseOf) if isinstance(step, BNode) else None
            steps.append(("inverse", inverse) if inverse is not None else step)
        chains.append(tuple(steps))
    assert (PG.madeInvestment, PG.targetCountry) in chains
    assert (PG.hasSubsidiary, PG.commitsTo) in chains
    assert (("inverse", PG.provider), PG.targetCountry) in chains
    assert set(ont.objects(PG.commitsTo, RDFS.domain)) == {PG.Company}
    assert set(ont.objects(PG.commitsTo, RDFS.range)) == {PG.Country}


def test_only_datatypes_hermit_accepts(ont):
    # HermiT rejects xsd:date, xsd:gYear... in ranges and in literals
    for s, p, o in ont:
        if p == RDFS.range and (s, RDF.type, OWL.DatatypeProperty) in ont:
            assert o in _OWL2_DATATYPES, (s, o)
        if isinstance(o, Literal) and o.datatype is not None:
            assert o.datatype in _OWL2_DATATYPES, (s, p, o)
    assert not list(ont.subjects(OWL.onDatatype, None)), "no datatype restrictions"


def test_date_properties_have_no_range(ont):
    for name in ("publishedOn", "announcedOn", "periodEnd", "rateYear"):
        assert (PG[name], RDF.type, OWL.DatatypeProperty) in ont
        assert ont.value(PG[name], RDFS.range) is None


# --------------------------------------------------------------------------------------
# alignments, stated without imports


def test_no_imports(ont):
    assert not list(ont.objects(None, OWL.imports))


@pytest.mark.parametrize("cls,superclass", [
    ("Article", str(PROV) + "Entity"),
    ("Article", SDO + "NewsArticle"),
    ("Commitment", str(PROV) + "Entity"),
    ("Person", str(PROV) + "Person"),
    ("Person", SDO + "Person"),
    ("Organization", SDO + "Organization"),
    ("Organization", "http://www.w3.org/ns/org#Organization"),
    ("MonetaryAmount", SDO + "MonetaryAmount"),
    ("City", SDO + "City"),
    ("Country", SDO + "Country"),
])
def test_alignment_superclasses(ont, cls, superclass):
    assert (PG[cls], RDFS.subClassOf, URIRef(superclass)) in ont


@pytest.mark.parametrize("cls,qid", [
    ("Company", "Q4830453"), ("Country", "Q6256"), ("Government", "Q7188"),
    ("City", "Q515"), ("Person", "Q5"), ("Organization", "Q43229"),
])
def test_wikidata_close_matches(ont, cls, qid):
    assert (PG[cls], SKOS.closeMatch, URIRef(WD + qid)) in ont


def test_fibo_close_matches(ont):
    fibo = {str(o) for s in (PG.Company, PG.Government, PG.MonetaryAmount)
            for o in ont.objects(s, SKOS.closeMatch) if "edmcouncil" in str(o)}
    assert len(fibo) == 3
