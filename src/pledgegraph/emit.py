"""Stage 7, emit: resolved facts and what an article says about entities become triples.

Everything one article contributes goes into its own named graph (the article's IRI), so
re-ingesting the article replaces exactly its contribution. No blank nodes anywhere.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from pledgegraph.extract.orgs import gazetteer, is_company
from pledgegraph.namespaces import ID, PG, PROV, RDF, RDFS, SKOS, WD
from pledgegraph.records import Document, EntityInfo, Extraction
from pledgegraph.resolve import (ResolvedFact, article_iri, city_iri, city_label, country_iri,
                                 country_labels, digest, gov_iri, government_labels, org_iri,
                                 org_label, person_iri)

_CLASS = {"investment": PG.Investment, "partnership": PG.Partnership,
          "center": PG.ThreatIntelligenceCenter, "lab": PG.ResearchLab, "training": PG.TrainingProgram}


def source_id(doc: Document) -> str:
    return doc.url or doc.name


def emit(extraction: Extraction, resolved: list[ResolvedFact], graph: Graph) -> URIRef:
    """Add one article's triples to `graph`; returns the article's IRI."""
    doc = extraction.analysis.doc
    article = article_iri(source_id(doc))
    _article(graph, article, doc)
    agent = ID[f"extractor/{extraction.extractor}/{extraction.version}"]
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDFS.label, Literal(extraction.extractor)))
    graph.add((agent, PG.version, Literal(extraction.version)))
    surfaces: dict[str, list[str]] = {}
    for m in extraction.analysis.mentions:
        if m.kind == "org" and m.text[:1].isupper():
            surfaces.setdefault(m.key, []).append(" ".join(m.text.split()))
    for item in resolved:
        _fact(graph, item, article, agent, surfaces, doc)
    for info in extraction.entities:
        _entity_info(graph, info, surfaces)
    return article


def _article(graph: Graph, article: URIRef, doc: Document) -> None:
    graph.add((article, RDF.type, PG.Article))
    graph.add((article, PG.fileName, Literal(doc.name)))
    graph.add((article, PG.contentHash, Literal(hashlib.sha256(doc.text.encode("utf-8")).hexdigest())))
    if doc.lang:
        graph.add((article, PG.language, Literal(doc.lang)))
    if doc.title:
        graph.add((article, PG.title, Literal(doc.title)))
    if doc.publisher:
        graph.add((article, PG.publisher, Literal(doc.publisher)))
    if doc.url:
        graph.add((article, PG.url, Literal(doc.url, datatype=XSD.anyURI)))
    if doc.date and len(doc.date) >= 10:
        graph.add((article, PG.publishedOn, Literal(doc.date[:10], datatype=XSD.date)))


def _org(graph: Graph, key: str, surfaces: dict[str, list[str]]) -> URIRef:
    iri = org_iri(key)
    entry = gazetteer().entries.get(key)
    if entry is not None:
        kind = {"Company": PG.Company, "Government": PG.Government}.get(entry.type, PG.Organization)
    else:
        kind = PG.Company if is_company(key) else PG.Organization
    graph.add((iri, RDF.type, kind))
    names = surfaces.get(key, [])
    label = org_label(key, max(names, key=len) if names else None)
    graph.add((iri, RDFS.label, Literal(label)))
    if not entry:
        # "Republic Financial Holdings Ltd (RFHL)": every name the article gives it, to find it by
        for name in sorted(set(names) - {label}):
            graph.add((iri, SKOS.altLabel, Literal(name)))
    if entry:
        for alias in entry.aliases:
            graph.add((iri, SKOS.altLabel, Literal(alias)))
        if entry.qid:
            graph.add((iri, SKOS.exactMatch, WD[entry.qid]))
        if entry.parent:
            graph.add((iri, PG.subsidiaryOf, _org(graph, entry.parent, surfaces)))
        if entry.type == "Government" and entry.country:
            graph.add((iri, PG.governmentOf, _country(graph, entry.country)))
    return iri


def _country(graph: Graph, iso: str) -> URIRef:
    iri = country_iri(iso)
    graph.add((iri, RDF.type, PG.Country))
    graph.add((iri, PG.isoCode, Literal(iso)))
    for lang, name in country_labels(iso).items():
        graph.add((iri, RDFS.label, Literal(name, lang=lang)))
    return iri


def _government(graph: Graph, iso: str) -> URIRef:
    iri = gov_iri(iso)
    graph.add((iri, RDF.type, PG.Government))
    graph.add((iri, PG.governmentOf, _country(graph, iso)))
    for lang, name in government_labels(iso).items():
        graph.add((iri, RDFS.label, Literal(name, lang=lang)))
    return iri


def _city(graph: Graph, key: str) -> URIRef:
    iri = city_iri(key)
    graph.add((iri, RDF.type, PG.City))
    graph.add((iri, RDFS.label, Literal(city_label(key))))
    graph.add((iri, PG.inCountry, _country(graph, key.split("/")[0])))
    return iri


def _amount(graph: Graph, fact: URIRef, money) -> URIRef:
    iri = ID[f"amount/{digest(fact, money.value, money.currency)}"]
    graph.add((iri, RDF.type, PG.MonetaryAmount))
    graph.add((iri, PG.value, Literal(Decimal(money.value), datatype=XSD.decimal)))
    graph.add((iri, PG.currency, Literal(money.currency)))
    if money.qualifier:
        graph.add((iri, PG.qualifier, Literal(money.qualifier)))
    graph.add((iri, PG.statedAs, Literal(money.text)))
    return iri


def _fact(graph: Graph, item: ResolvedFact, article: URIRef, agent: URIRef,
          surfaces: dict[str, list[str]], doc: Document) -> None:
    iri, fact = item.iri, item.fact
    graph.add((iri, RDF.type, _CLASS[fact.kind]))
    if fact.kind == "investment":
        graph.add((iri, PG.investor, _org(graph, fact.investor, surfaces)))
        if fact.country:
            graph.add((iri, PG.targetCountry, _country(graph, fact.country)))
        if fact.investee:
            graph.add((iri, PG.investee, _org(graph, fact.investee, surfaces)))
        for money in fact.amounts:
            graph.add((iri, PG.amount, _amount(graph, iri, money)))
        if fact.period:
            graph.add((iri, PG.period, Literal(fact.period)))
        if fact.period_end:
            graph.add((iri, PG.periodEnd, Literal(str(fact.period_end), datatype=XSD.gYear)))
        if fact.purpose:
            graph.add((iri, PG.purpose, Literal(fact.purpose, lang=doc.lang or None)))
    elif fact.kind == "partnership":
        for kind, key in fact.partners:
            party = _government(graph, key) if kind == "gov" else _org(graph, key, surfaces)
            graph.add((iri, PG.partner, party))
    elif fact.kind in ("center", "lab"):
        graph.add((iri, PG.operatedBy, _org(graph, fact.operator, surfaces)))
        place = _city(graph, fact.city) if fact.city else _country(graph, fact.country)
        graph.add((iri, PG.locatedIn, place))
    else:
        graph.add((iri, PG.provider, _org(graph, fact.provider, surfaces)))
        graph.add((iri, PG.targetCountry, _country(graph, fact.country)))
        graph.add((iri, PG.participants, Literal(fact.participants, datatype=XSD.integer)))
    # The announcement date is the earliest source's pg:publishedOn; a per-article value here
    # would give a fact reported twice two dates.
    graph.add((iri, PROV.wasDerivedFrom, article))
    for evidence in fact.evidence:
        graph.add((iri, PG.evidence, Literal(evidence.text)))
        mention = ID[f"mention/{digest(iri, article, evidence.start)}"]
        graph.add((iri, PG.hasMention, mention))
        graph.add((mention, RDF.type, PG.Mention))
        graph.add((mention, PG.inArticle, article))
        graph.add((mention, PG.evidence, Literal(evidence.text)))
        graph.add((mention, PG.startOffset, Literal(evidence.start, datatype=XSD.integer)))
        graph.add((mention, PG.endOffset, Literal(evidence.end, datatype=XSD.integer)))
        graph.add((mention, PG.confidence, Literal(Decimal(str(evidence.confidence)), datatype=XSD.decimal)))
        graph.add((mention, PROV.wasAttributedTo, agent))


def _entity_info(graph: Graph, info: EntityInfo, surfaces: dict[str, list[str]]) -> None:
    if info.kind == "person":
        if not info.affiliation:
            return  # a name alone says nothing a user can query
        iri = person_iri(info.key)
        graph.add((iri, RDF.type, PG.Person))
        graph.add((iri, RDFS.label, Literal(info.label)))
        if info.role:
            graph.add((iri, PG.role, Literal(info.role)))
        if info.affiliation:
            graph.add((iri, PG.affiliation, _org(graph, info.affiliation, surfaces)))
    elif info.parent:
        child = _org(graph, info.key, {**surfaces, info.key: [info.label]})
        graph.add((child, PG.subsidiaryOf, _org(graph, info.parent, surfaces)))


__all__ = ["emit", "source_id"]
