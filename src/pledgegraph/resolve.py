"""Stage 6, resolve: names become IRIs, one per real-world thing, across articles and languages.

Organisations resolve through the gazetteer (aliases, Wikidata QIDs, parents), countries
through ISO codes. A fact gets the IRI of the same commitment already known from another
article (same parties, an amount within `SAME_AMOUNT` in the same currency), else a new
IRI derived from its content, so that the same input always gives the same IRIs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import URIRef

from pledgegraph.extract.orgs import gazetteer, legal_name
from pledgegraph.extract.places import city_label, french_adjective, place_lexicon, slug
from pledgegraph.namespaces import ID
from pledgegraph.records import Extraction, Fact, Money

# Two reports of one commitment may round differently ("$5.4bn", "more than $5bn" is not
# the same); beyond this relative gap they are two commitments.
SAME_AMOUNT = Decimal("0.15")


def digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def org_iri(key: str) -> URIRef:
    entry = gazetteer().entries.get(key)
    if entry and entry.type == "Government" and entry.country:
        return ID[f"gov/{entry.country}/{key}"]
    return ID[f"org/{key}"]


def country_iri(iso: str) -> URIRef:
    return ID[f"country/{iso}"]


def gov_iri(iso: str) -> URIRef:
    return ID[f"gov/{iso}"]


def city_iri(key: str) -> URIRef:
    iso, _, name = key.partition("/")
    return ID[f"city/{iso.lower()}-{name}"]


def person_iri(key: str) -> URIRef:
    return ID[f"person/{key}"]


def article_iri(source_id: str) -> URIRef:
    return ID[f"article/{digest(source_id)}"]


@dataclass
class ResolvedFact:
    iri: URIRef
    fact: Fact


@dataclass
class FactIndex:
    """Commitments already in the graph, so a second report joins the first one."""

    investments: dict[tuple, list[tuple[URIRef, list[Money]]]] = field(default_factory=dict)

    def match(self, key: tuple, amounts: list[Money]) -> URIRef | None:
        for iri, known in self.investments.get(key, []):
            if any(_near(a, b) for a in amounts for b in known):
                return iri
        return None

    def add(self, key: tuple, iri: URIRef, amounts: list[Money]) -> None:
        entries = self.investments.setdefault(key, [])
        for index, (known_iri, known) in enumerate(entries):
            if known_iri == iri:
                entries[index] = (iri, known + amounts)
                return
        entries.append((iri, list(amounts)))


def index_of(graph) -> FactIndex:
    """The investments already in `graph` (a Graph or a `store.Store`), keyed as `fact_iri` keys them."""
    from pledgegraph.namespaces import PG, RDF
    from pledgegraph.store import Store, investments

    index = FactIndex()
    if isinstance(graph, Store):
        return _index_of_rows(index, investments(graph))
    for iri in sorted(set(graph.subjects(RDF.type, PG.Investment))):
        investor = graph.value(iri, PG.investor)
        if investor is None:
            continue
        country = graph.value(iri, PG.targetCountry)
        investee = graph.value(iri, PG.investee)
        key = (_root(_key_of(investor)), str(country).rsplit("/", 1)[-1] if country else None,
               _root(_key_of(investee)) if investee else None)
        amounts = []
        for node in sorted(set(graph.objects(iri, PG.amount))):
            value, currency = graph.value(node, PG.value), graph.value(node, PG.currency)
            if value is not None and currency is not None:
                amounts.append(Money(Decimal(str(value)), str(currency), 0, 0, ""))
        index.add(key, iri, amounts)
    return index


def _index_of_rows(index: FactIndex, rows) -> FactIndex:
    """The same index from (investment, investor, country, investee, value, currency) rows."""
    facts: dict = {}
    for iri, investor, country, investee, value, currency in rows:
        if investor is None:
            continue
        entry = facts.setdefault(iri, [set(), set(), set(), set()])
        entry[0].add(investor)
        entry[1].add(country)
        entry[2].add(investee)
        if value is not None and currency is not None:
            entry[3].add((value, currency))
    for iri in sorted(facts):
        investors, countries, investees, amounts = facts[iri]
        # Graph.value() takes any one of several values; the smallest is as good and stable.
        investor, country, investee = (min(investors), _first(countries), _first(investees))
        key = (_root(_key_of(investor)), str(country).rsplit("/", 1)[-1] if country else None,
               _root(_key_of(investee)) if investee else None)
        index.add(key, iri, [Money(Decimal(str(v)), str(c), 0, 0, "") for v, c in sorted(amounts)])
    return index


def _first(values: set):
    known = sorted(v for v in values if v is not None)
    return known[0] if known else None


def _key_of(iri) -> str:
    return str(iri).rsplit("/", 1)[-1]


def _near(a: Money, b: Money) -> bool:
    return a.currency == b.currency and abs(a.value - b.value) <= max(a.value, b.value) * SAME_AMOUNT


def _root(key: str | None) -> str | None:
    return gazetteer().root(key) if key else None


def fact_iri(fact: Fact, index: FactIndex) -> URIRef:
    if fact.kind == "investment":
        key = (_root(fact.investor), fact.country, _root(fact.investee))
        known = index.match(key, fact.amounts)
        if known is not None:
            index.add(key, known, fact.amounts)
            return known
        head = fact.amounts[0]
        iri = ID[f"investment/{digest(*key, head.currency, f'{head.value:.2e}')}"]
        index.add(key, iri, fact.amounts)
        return iri
    if fact.kind == "partnership":
        parties = sorted(f"{kind}:{_root(key) if kind == 'org' else key}" for kind, key in fact.partners)
        return ID[f"partnership/{digest(*parties)}"]
    if fact.kind == "center":
        # A company runs one threat-intelligence centre per country: a report that names its
        # city and one that does not are the same centre.
        return ID[f"center/{digest(_root(fact.operator), fact.country)}"]
    if fact.kind == "lab":
        return ID[f"lab/{digest(_root(fact.operator), fact.city or fact.country)}"]
    # Two reports giving different numbers of people are kept apart rather than merged into a
    # programme with two sizes.
    return ID[f"training/{digest(_root(fact.provider), fact.country, fact.participants)}"]


def resolve(extraction: Extraction, index: FactIndex) -> list[ResolvedFact]:
    return [ResolvedFact(fact_iri(fact, index), fact) for fact in extraction.facts]


def org_label(key: str, surface: str | None = None) -> str:
    entry = gazetteer().entries.get(key)
    if entry:
        return entry.label
    return legal_name(surface) if surface else key.replace("-", " ").title()


def country_labels(iso: str) -> dict[str, str]:
    return place_lexicon().country_labels.get(iso, {"en": iso})


def government_labels(iso: str) -> dict[str, str]:
    names = country_labels(iso)
    labels = {"en": f"Government of {names.get('en', iso)}"}
    adjective = french_adjective(iso)
    if adjective:
        labels["fr"] = f"gouvernement {adjective}"
    return labels


__all__ = ["ResolvedFact", "FactIndex", "resolve", "org_iri", "country_iri", "gov_iri", "city_iri",
           "person_iri", "article_iri", "digest", "org_label", "country_labels", "government_labels",
           "city_label", "slug"]
