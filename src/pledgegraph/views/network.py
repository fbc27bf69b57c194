"""Project the RDF graph onto a networkx graph, and the analytics that run on it.

`to_networkx` turns the graph of docs/graph-model.md into a `networkx.MultiDiGraph`:

* nodes (keyed by IRI string) for companies, organisations, countries, governments, cities,
  threat-intelligence centres, research labs and training programmes;
* edges (keyed by the fact IRI, or by the predicate IRI for structural edges), each with a
  ``kind``:

  ============== ===================================== ===========================
  kind           from -> to                            RDF
  ============== ===================================== ===========================
  investment     investor -> country, investor -> investee   pg:Investment
  partnership    partner -> partner, one per pair      pg:Partnership
                 (ordered by IRI)
  operates       company -> centre / lab               pg:operatedBy
  located        centre / lab -> city / country,       pg:locatedIn, pg:inCountry
                 city -> country
  provides       company -> training programme         pg:provider
  targets        training programme -> country         pg:targetCountry
  subsidiary     subsidiary -> parent                  pg:subsidiaryOf
  government     government -> country                 pg:governmentOf
  ============== ===================================== ===========================

Investment edges weigh the amount in US dollars: a stated USD ``pg:amount`` if there is one
(the largest), else the ``pg:convertedAmount`` in USD, else 0 with ``usd_source="none"``.
Every other edge weighs 0.

Every node and edge carries ``iri``, ``label`` (English where both languages exist),
``label_fr``, ``sources`` (article IRIs), ``source_titles``, ``evidence`` (sentences),
``amounts`` (the amounts as written), ``period`` and the announcement ``year`` (edges) or
``years`` (nodes). Multi-valued attributes are sorted lists; `export` flattens them.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Iterable

import networkx as nx
import rdflib
from rdflib import Literal, URIRef

from pledgegraph.errors import AmbiguousEntity, NoPath, UnknownEntity, ViewError
from pledgegraph.namespaces import PG, PROV, RDF, RDFS, SKOS

__all__ = [
    "NODE_TYPES",
    "EDGE_KINDS",
    "DegreeRow",
    "to_networkx",
    "resolve",
    "simple_undirected",
    "sorted_subgraph",
    "degree_table",
    "pagerank",
    "communities",
    "ego",
    "shortest_path",
    "company_country_bipartite",
    "export",
]

# Most specific first: a node typed both pg:Company and pg:Organization is a Company.
_CLASS_ORDER: tuple[tuple[URIRef, str], ...] = (
    (PG.Company, "Company"),
    (PG.Government, "Government"),
    (PG.Country, "Country"),
    (PG.City, "City"),
    (PG.ThreatIntelligenceCenter, "ThreatIntelligenceCenter"),
    (PG.ResearchLab, "ResearchLab"),
    (PG.TrainingProgram, "TrainingProgram"),
    (PG.Organization, "Organization"),
)
NODE_TYPES: tuple[str, ...] = tuple(name for _, name in _CLASS_ORDER)
EDGE_KINDS: tuple[str, ...] = (
    "investment", "partnership", "operates", "located", "provides", "targets",
    "subsidiary", "government",
)
FACILITY_TYPES = ("ThreatIntelligenceCenter", "ResearchLab")
_FACT_NODE_TYPES = FACILITY_TYPES + ("TrainingProgram",)

# Label of a fact node that has no rdfs:label: (English, French), filled with operator and place.
_FACT_NODE_NAMES = {
    "ThreatIntelligenceCenter": ("Threat intelligence centre of {who}",
                                 "Centre de renseignement sur les menaces de {who}"),
    "ResearchLab": ("Research lab of {who}", "Laboratoire de recherche de {who}"),
    "TrainingProgram": ("Training programme of {who}", "Programme de formation de {who}"),
}


# --------------------------------------------------------------------------- reading RDF

def _sorted_terms(terms: Iterable) -> list:
    return sorted(set(terms), key=str)


def _labels(r: "_Reader", s: URIRef) -> tuple[str | None, str | None, list[str]]:
    """(English-or-plain label, French label, other names) of `s`; None when it has none."""
    lits = [o for o in r.many(s, RDFS.label) if isinstance(o, Literal)]
    by_lang: dict[str, list[str]] = {}
    for lit in lits:
        by_lang.setdefault((lit.language or "").lower(), []).append(str(lit))
    for names in by_lang.values():
        names.sort()

    def first(*langs: str) -> str | None:
        for lang in langs:
            if by_lang.get(lang):
                return by_lang[lang][0]
        return None

    others = sorted(lang for lang in by_lang if lang not in ("en", "", "fr"))
    label = first("en", "", "fr", *others)
    label_fr = first("fr") or label
    names = {str(x) for x in lits}
    names.update(str(o) for o in r.many(s, SKOS.altLabel) if isinstance(o, Literal))
    aliases = sorted(names - {label, label_fr})
    return label, label_fr, aliases


def _local_name(iri: str) -> str:
    tail = iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return tail.replace("-", " ") or iri


def _node_type(r: "_Reader", s: URIRef) -> str | None:
    types = set(r.many(s, RDF.type))
    for cls, name in _CLASS_ORDER:
        if cls in types:
            return name
    return None


def _year(value: object) -> int | None:
    text = str(value or "")
    if len(text) >= 4 and text[:4].isdigit():
        return int(text[:4])
    return None


def _decimal(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _format_amount(value: Decimal | None, currency: str) -> str:
    if value is None:
        return f"? {currency}".strip()
    if value == value.to_integral_value():
        text = f"{int(value):,}"
    else:
        text = f"{float(value):,.2f}"
    return f"{text} {currency}".strip()


class _Reader:
    """Reads facts and entities off one rdflib graph, caching articles."""

    def __init__(self, g: rdflib.Graph):
        self.g = g
        self._articles: dict[URIRef, tuple[str, int | None]] = {}
        self._props: dict[URIRef, dict] = {}

    def props(self, s: URIRef) -> dict:
        """predicate -> objects (sorted) of `s`, read with one index look-up and cached."""
        found = self._props.get(s)
        if found is None:
            found = {}
            for p, o in self.g.predicate_objects(s):
                found.setdefault(p, []).append(o)
            for objects in found.values():
                objects.sort(key=str)
            self._props[s] = found
        return found

    def many(self, s: URIRef, p: URIRef) -> list:
        return self.props(s).get(p, [])

    def one(self, s: URIRef, p: URIRef):
        objects = self.props(s).get(p)
        return objects[0] if objects else None

    def article(self, a: URIRef) -> tuple[str, int | None]:
        """(title shown to people, publication year) of an article."""
        if a not in self._articles:
            title = self.one(a, PG.title) or self.one(a, PG.fileName) or self.one(a, PG.url) or a
            parts = [str(title)]
            publisher = self.one(a, PG.publisher)
            published = self.one(a, PG.publishedOn)
            extra = ", ".join(str(x) for x in (publisher, published) if x is not None)
            if extra:
                parts.append(f"({extra})")
            self._articles[a] = (" ".join(parts), _year(published))
        return self._articles[a]

    def provenance(self, fact: URIRef) -> dict:
        articles = _sorted_terms(o for o in self.many(fact, PROV.wasDerivedFrom) if isinstance(o, URIRef))
        titles = [self.article(a)[0] for a in articles]
        year = _year(self.one(fact, PG.announcedOn))
        if year is None:
            years = [y for y in (self.article(a)[1] for a in articles) if y is not None]
            year = min(years) if years else None
        evidence = sorted({str(o) for o in self.many(fact, PG.evidence)})
        period = "; ".join(sorted({str(o) for o in self.many(fact, PG.period)}))
        period_end = self.one(fact, PG.periodEnd)
        if period_end is not None and not period:
            period = f"until {period_end}"
        purpose = "; ".join(sorted({str(o) for o in self.many(fact, PG.purpose)}))
        return {
            "sources": [str(a) for a in articles],
            "source_titles": titles,
            "evidence": evidence,
            "period": period,
            "purpose": purpose,
            "year": year,
        }

    def amounts(self, fact: URIRef) -> dict:
        """Amount texts and the USD weight of an investment."""
        texts: list[str] = []
        stated_usd: list[Decimal] = []
        for a in self.many(fact, PG.amount):
            value = _decimal(self.one(a, PG.value))
            currency = str(self.one(a, PG.currency) or "").upper()
            stated = self.one(a, PG.statedAs)
            qualifier = self.one(a, PG.qualifier)
            text = str(stated) if stated is not None else _format_amount(value, currency)
            if stated is not None and value is not None:
                text = f"{text} ({_format_amount(value, currency)})"
            if qualifier is not None and stated is None:
                text = f"{qualifier} {text}"
            texts.append(text)
            if currency == "USD" and value is not None:
                stated_usd.append(value)
        converted_usd: list[Decimal] = []
        for a in self.many(fact, PG.convertedAmount):
            value = _decimal(self.one(a, PG.value))
            currency = str(self.one(a, PG.currency) or "").upper()
            rate = self.one(a, PG.conversionRate)
            rate_year = self.one(a, PG.rateYear)
            how = "converted"
            if rate is not None:
                how += f" at {rate}"
                if rate_year is not None:
                    how += f" ({rate_year} rate)"
            texts.append(f"≈ {_format_amount(value, currency)} ({how})")
            if currency == "USD" and value is not None:
                converted_usd.append(value)
        if stated_usd:
            usd, source = max(stated_usd), "stated"
        elif converted_usd:
            usd, source = max(converted_usd), "converted"
        else:
            usd, source = Decimal(0), "none"
        return {"amounts": texts, "amount_usd": float(usd), "weight": float(usd), "usd_source": source}


def _empty_attrs() -> dict:
    return {"sources": [], "source_titles": [], "evidence": [], "amounts": [], "period": ""}


# --------------------------------------------------------------------------- projection

def to_networkx(graph: rdflib.Graph) -> nx.MultiDiGraph:
    """Project the PledgeGraph RDF graph onto a MultiDiGraph (see the module docstring).

    Deterministic: nodes are inserted sorted by IRI and edges sorted by (source, target, key).
    """
    g = graph
    r = _Reader(g)
    nodes: dict[str, dict] = {}
    edges: list[tuple[str, str, str, dict]] = []

    def node(s: URIRef, default_type: str) -> str:
        key = str(s)
        if key not in nodes:
            label, label_fr, aliases = _labels(r, s)
            nodes[key] = {
                "iri": key,
                "type": _node_type(r, s) or default_type,
                "label": label,
                "label_fr": label_fr,
                "aliases": aliases,
                **_empty_attrs(),
                "years": [],
            }
        return key

    def fact_edge(u: str, v: str, fact: URIRef, kind: str, fact_type: str, prov: dict,
                  money: dict | None = None) -> None:
        attrs = {
            "kind": kind,
            "iri": str(fact),
            "fact_type": fact_type,
            "sources": list(prov["sources"]),
            "source_titles": list(prov["source_titles"]),
            "evidence": list(prov["evidence"]),
            "amounts": list(money["amounts"]) if money else [],
            "period": prov["period"],
            "purpose": prov["purpose"],
            "year": prov["year"],
            "weight": money["weight"] if money else 0.0,
            "amount_usd": money["amount_usd"] if money else 0.0,
            "usd_source": money["usd_source"] if money else "none",
        }
        edges.append((u, v, str(fact), attrs))

    def structural_edge(u: str, v: str, subject: URIRef, predicate: URIRef, kind: str) -> None:
        attrs = {
            "kind": kind, "iri": str(subject), "fact_type": "", **_empty_attrs(),
            "purpose": "", "year": None, "weight": 0.0, "amount_usd": 0.0, "usd_source": "none",
        }
        edges.append((u, v, str(predicate), attrs))

    # Entities, whether or not a fact names them.
    for cls, name in _CLASS_ORDER:
        if name in _FACT_NODE_TYPES:
            continue
        for s in g.subjects(RDF.type, cls):
            if isinstance(s, URIRef):
                node(s, name)

    # Investments
    for fact in _sorted_terms(s for s in g.subjects(RDF.type, PG.Investment) if isinstance(s, URIRef)):
        prov = r.provenance(fact)
        money = r.amounts(fact)
        for investor in r.many(fact, PG.investor):
            u = node(investor, "Company")
            for country in r.many(fact, PG.targetCountry):
                fact_edge(u, node(country, "Country"), fact, "investment", "Investment", prov, money)
            for investee in r.many(fact, PG.investee):
                fact_edge(u, node(investee, "Company"), fact, "investment", "Investment", prov, money)

    # Partnerships: one edge per pair of partners, from the smaller IRI to the larger.
    for fact in _sorted_terms(s for s in g.subjects(RDF.type, PG.Partnership) if isinstance(s, URIRef)):
        prov = r.provenance(fact)
        partners = [node(p, "Organization") for p in r.many(fact, PG.partner)]
        for i, u in enumerate(partners):
            for v in partners[i + 1:]:
                fact_edge(u, v, fact, "partnership", "Partnership", prov)

    # Centres, labs and training programmes are nodes of their own.
    for cls, type_name, by, place_prop, by_kind, place_kind in (
        (PG.ThreatIntelligenceCenter, "ThreatIntelligenceCenter", PG.operatedBy, PG.locatedIn, "operates", "located"),
        (PG.ResearchLab, "ResearchLab", PG.operatedBy, PG.locatedIn, "operates", "located"),
        (PG.TrainingProgram, "TrainingProgram", PG.provider, PG.targetCountry, "provides", "targets"),
    ):
        for fact in _sorted_terms(s for s in g.subjects(RDF.type, cls) if isinstance(s, URIRef)):
            prov = r.provenance(fact)
            f = node(fact, type_name)
            nodes[f]["type"] = type_name
            operators = [node(o, "Company") for o in r.many(fact, by)]
            places = [node(p, "Country") for p in r.many(fact, place_prop)]
            attrs = nodes[f]
            attrs.update({k: prov[k] for k in ("sources", "source_titles", "evidence", "period")})
            attrs["years"] = [prov["year"]] if prov["year"] is not None else []
            participants = r.one(fact, PG.participants)
            if participants is not None:
                try:
                    attrs["participants"] = int(participants)
                except (TypeError, ValueError):
                    pass
            attrs["_operators"] = operators
            attrs["_places"] = places
            for u in operators:
                fact_edge(u, f, fact, by_kind, type_name, prov)
            for p in places:
                fact_edge(f, p, fact, place_kind, type_name, prov)

    # Structure: cities in countries, subsidiaries, governments.
    for pred, kind, src_type, dst_type in (
        (PG.inCountry, "located", "City", "Country"),
        (PG.subsidiaryOf, "subsidiary", "Company", "Company"),
        (PG.governmentOf, "government", "Government", "Country"),
    ):
        for s, o in sorted(g.subject_objects(pred), key=lambda so: (str(so[0]), str(so[1]))):
            if isinstance(s, URIRef) and isinstance(o, URIRef):
                structural_edge(node(s, src_type), node(o, dst_type), s, pred, kind)

    # Labels: fall back on a description for unnamed fact nodes, on the IRI for the rest.
    for key, attrs in nodes.items():
        operators = attrs.pop("_operators", [])
        places = attrs.pop("_places", [])
        if attrs["label"] is None:
            if attrs["type"] in _FACT_NODE_NAMES:
                en, fr = _FACT_NODE_NAMES[attrs["type"]]
                who_en = " & ".join(nodes[o]["label"] or _local_name(o) for o in operators) or "?"
                who_fr = " & ".join(nodes[o]["label_fr"] or _local_name(o) for o in operators) or "?"
                where_en = ", ".join(nodes[p]["label"] or _local_name(p) for p in places)
                where_fr = ", ".join(nodes[p]["label_fr"] or _local_name(p) for p in places)
                attrs["label"] = en.format(who=who_en) + (f" ({where_en})" if where_en else "")
                attrs["label_fr"] = fr.format(who=who_fr) + (f" ({where_fr})" if where_fr else "")
            else:
                attrs["label"] = attrs["label_fr"] = _local_name(key)
        if attrs["type"] == "Country":
            iso = r.one(URIRef(key), PG.isoCode)
            if iso is not None:
                attrs["iso"] = str(iso)

    # Entity nodes collect the sources and years of the facts that touch them.
    touching: dict[str, tuple[set, set, set]] = {}
    for u, v, _, attrs in edges:
        if not attrs["fact_type"]:
            continue
        for n in (u, v):
            srcs, titles, years = touching.setdefault(n, (set(), set(), set()))
            srcs.update(zip(attrs["sources"], attrs["source_titles"]))
            if attrs["year"] is not None:
                years.add(attrs["year"])
    for key, (srcs, _, years) in touching.items():
        attrs = nodes[key]
        if attrs["type"] in _FACT_NODE_TYPES:
            continue
        pairs = sorted(srcs)
        attrs["sources"] = [a for a, _ in pairs]
        attrs["source_titles"] = [t for _, t in pairs]
        attrs["years"] = sorted(years)

    G = nx.MultiDiGraph()
    for key in sorted(nodes):
        G.add_node(key, **nodes[key])
    for u, v, k, attrs in sorted(edges, key=lambda e: (e[0], e[1], e[2])):
        if G.has_edge(u, v, k):          # a fact listing the same pair twice
            continue
        G.add_edge(u, v, key=k, **attrs)
    return G


# --------------------------------------------------------------------------- name resolution

def _names(attrs: dict) -> list[str]:
    names = [attrs.get("label"), attrs.get("label_fr"), *attrs.get("aliases", []),
             attrs.get("iso"), attrs.get("iri")]
    return [n for n in names if n]


def resolve(G: nx.Graph, name: str, prefer_types: Iterable[str] | None = None) -> str:
    """The node `name` names: its IRI, or a label, French label or alias, case-insensitively.

    When several nodes answer to the name, those of `prefer_types` win, then those whose main
    label (rather than an alias) matches. Raises UnknownEntity (listing close matches) or
    AmbiguousEntity.
    """
    if name in G:
        return name
    wanted = name.strip().casefold()
    found: list[str] = []
    for n, attrs in G.nodes(data=True):
        if any(x.casefold() == wanted for x in _names(attrs)):
            found.append(n)
    if len(found) > 1 and prefer_types:
        types = set(prefer_types)
        preferred = [n for n in found if G.nodes[n].get("type") in types]
        found = preferred or found
    if len(found) > 1:
        main = [n for n in found
                if wanted in {str(G.nodes[n].get(k) or "").casefold() for k in ("label", "label_fr")}]
        found = main or found
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousEntity(name, [f"{G.nodes[n].get('label')} <{n}>" for n in sorted(found)])
    display: dict[str, str] = {}
    for n, attrs in G.nodes(data=True):
        for x in _names(attrs):
            display.setdefault(x.casefold(), str(attrs.get("label") or n))
    close = difflib.get_close_matches(wanted, sorted(display), n=5, cutoff=0.6)
    if len(close) < 5 and len(wanted) >= 3:
        close += [k for k in sorted(display) if wanted in k and k not in close][: 5 - len(close)]
    suggestions = sorted({display[c] for c in close})
    raise UnknownEntity(name, suggestions)


# --------------------------------------------------------------------------- analytics

def sorted_subgraph(G: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """A copy of `G` induced on `nodes`, with nodes and edges inserted in sorted order.

    networkx's `G.subgraph(nodes)` iterates the set it is given when that set is less than
    half of `G`, so its order (and every layout or traversal fed from it) would follow
    PYTHONHASHSEED."""
    keep = sorted(set(nodes))
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((n, G.nodes[n]) for n in keep)
    wanted = set(keep)
    if G.is_multigraph():
        edges = [(u, v, k, d) for u, v, k, d in G.edges(keep, keys=True, data=True) if v in wanted]
        for u, v, k, d in sorted(edges, key=lambda e: (e[0], e[1], str(e[2]))):
            if not H.has_edge(u, v, k):
                H.add_edge(u, v, key=k, **d)
    else:
        edges = [(u, v, d) for u, v, d in G.edges(keep, data=True) if v in wanted]
        for u, v, d in sorted(edges, key=lambda e: (e[0], e[1])):
            H.add_edge(u, v, **d)
    return H


def simple_undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """Undirected simple graph: one edge per linked pair, with ``count`` (facts),
    ``weight`` (summed USD) and ``kinds`` (sorted, joined by ",")."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    agg: dict[tuple[str, str], list] = {}
    for u, v, attrs in G.edges(data=True):
        if u == v:
            continue
        a, b = (u, v) if u <= v else (v, u)
        entry = agg.setdefault((a, b), [0, 0.0, set()])
        entry[0] += 1
        entry[1] += float(attrs.get("weight") or 0.0)
        entry[2].add(attrs.get("kind", ""))
    for (a, b) in sorted(agg):
        count, weight, kinds = agg[(a, b)]
        H.add_edge(a, b, count=count, weight=weight, kinds=",".join(sorted(kinds)))
    return H


@dataclass(frozen=True)
class DegreeRow:
    node: str
    label: str
    type: str
    degree: int
    in_degree: int
    out_degree: int
    weighted_degree: float   # summed US dollars of the incident edges


def degree_table(G: nx.MultiDiGraph) -> list[DegreeRow]:
    """Degree (number of incident edges) and weighted degree (USD) of every node,
    sorted by degree, then weighted degree (both descending), then label."""
    rows = []
    for n, attrs in G.nodes(data=True):
        rows.append(DegreeRow(
            node=n,
            label=str(attrs.get("label") or n),
            type=str(attrs.get("type") or ""),
            degree=G.degree(n),
            in_degree=G.in_degree(n),
            out_degree=G.out_degree(n),
            weighted_degree=float(G.degree(n, weight="weight")),
        ))
    rows.sort(key=lambda r: (-r.degree, -r.weighted_degree, r.label.casefold(), r.node))
    return rows


def pagerank(G: nx.MultiDiGraph, weight: str | None = "count") -> dict[str, float]:
    """PageRank on the undirected simple projection (edge directions of partnerships are
    arbitrary, so direction is not used). `weight`: "count" (facts per pair), "weight"
    (summed USD) or None. Ordered by score descending, then IRI."""
    H = simple_undirected(G)
    if H.number_of_nodes() == 0:
        return {}
    scores = nx.pagerank(H, weight=weight)
    return dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))


def communities(G: nx.MultiDiGraph, seed: int = 0) -> list[list[str]]:
    """Louvain communities of the undirected simple projection (weighted by fact count),
    with a fixed seed. Each community is a sorted list of IRIs; the list is sorted by size
    (largest first), then by first IRI."""
    H = simple_undirected(G)
    if H.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(H, weight="count", seed=seed)
    result = [sorted(c) for c in found]
    result.sort(key=lambda c: (-len(c), c[0]))
    return result


def ego(G: nx.MultiDiGraph, node_label_or_iri: str, hops: int = 2,
        prefer_types: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The nodes within `hops` links of the named node (either direction), with every edge
    among them; the centre is stored as ``graph["centre"]``."""
    if hops < 0:
        raise ViewError(f"hops must be 0 or more, not {hops}")
    centre = resolve(G, node_label_or_iri, prefer_types)
    near = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), centre, cutoff=hops)
    sub = sorted_subgraph(G, near)
    sub.graph["centre"] = centre
    return sub


def shortest_path(G: nx.MultiDiGraph, a: str, b: str) -> list[str]:
    """IRIs of a shortest path between the named nodes, ignoring edge direction.
    Raises NoPath when they are not connected."""
    u, v = resolve(G, a), resolve(G, b)
    try:
        return nx.shortest_path(G.to_undirected(as_view=True), u, v)
    except nx.NetworkXNoPath:
        raise NoPath(a, b) from None


def _country_of(G: nx.MultiDiGraph, n: str, seen: frozenset = frozenset()) -> list[str]:
    """Countries a node sits in: itself, or through `located`/`targets` edges
    (centre -> city -> country)."""
    if G.nodes[n].get("type") == "Country":
        return [n]
    out: set[str] = set()
    for _, v, attrs in G.out_edges(n, data=True):
        if attrs.get("kind") in ("located", "targets") and v not in seen:
            out.update(_country_of(G, v, seen | {n}))
    return sorted(out)


def company_country_bipartite(G: nx.MultiDiGraph) -> nx.Graph:
    """Companies (and other investors/operators, ``bipartite=0``) linked to countries
    (``bipartite=1``): ``amount_usd`` summed over investments, ``investments``,
    ``facilities`` (centres and labs there, also through a city), ``trainings`` counts,
    ``sources`` (sorted article IRIs) and ``years``."""
    B = nx.Graph()
    links: dict[tuple[str, str], dict] = {}

    def link(company: str, country: str, attrs: dict, field: str) -> None:
        entry = links.setdefault((company, country), {
            "amount_usd": 0.0, "investments": 0, "facilities": 0, "trainings": 0,
            "sources": set(), "years": set(), "facts": set(),
        })
        fact = attrs.get("iri")
        if fact in entry["facts"] and field != "investments":
            return
        entry["facts"].add(fact)
        entry[field] += 1
        if field == "investments":
            entry["amount_usd"] += float(attrs.get("weight") or 0.0)
        entry["sources"].update(attrs.get("sources", []))
        if attrs.get("year") is not None:
            entry["years"].add(attrs["year"])

    for u, v, attrs in G.edges(data=True):
        kind = attrs.get("kind")
        if kind == "investment" and G.nodes[v].get("type") == "Country":
            link(u, v, attrs, "investments")
        elif kind in ("operates", "provides"):
            field = "facilities" if kind == "operates" else "trainings"
            for country in _country_of(G, v):
                link(u, country, attrs, field)
    companies = sorted({c for c, _ in links})
    countries = sorted({k for _, k in links} |
                       {n for n, a in G.nodes(data=True) if a.get("type") == "Country"})
    for n in companies:
        B.add_node(n, **G.nodes[n], bipartite=0)
    for n in countries:
        B.add_node(n, **G.nodes[n], bipartite=1)
    for (c, k) in sorted(links):
        e = links[(c, k)]
        B.add_edge(c, k, amount_usd=e["amount_usd"], weight=e["amount_usd"],
                   investments=e["investments"], facilities=e["facilities"],
                   trainings=e["trainings"], sources=sorted(e["sources"]),
                   years=sorted(e["years"]))
    return B


# --------------------------------------------------------------------------- export

def _scalar(value: object) -> object | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return " | ".join(str(x) for x in items)
    return str(value)


def flatten(G: nx.Graph) -> nx.Graph:
    """A copy of `G` whose attributes are all strings, numbers or booleans (lists joined
    with " | ", None dropped), as GraphML and GEXF need."""
    H = G.__class__()
    for k, v in G.graph.items():
        s = _scalar(v)
        if s is not None:
            H.graph[k] = s
    for n, attrs in G.nodes(data=True):
        H.add_node(n, **{k: s for k, v in attrs.items() if (s := _scalar(v)) is not None})
    if G.is_multigraph():
        for u, v, key, attrs in G.edges(keys=True, data=True):
            H.add_edge(u, v, key=key, **{k: s for k, a in attrs.items() if (s := _scalar(a)) is not None})
    else:
        for u, v, attrs in G.edges(data=True):
            H.add_edge(u, v, **{k: s for k, a in attrs.items() if (s := _scalar(a)) is not None})
    return H


def export(G: nx.Graph, path: str | Path) -> Path:
    """Write `G` as GraphML (.graphml) or GEXF (.gexf), chosen by the file's extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".graphml", ".gexf"):
        raise ViewError(f"{path}: cannot export to {suffix or 'a file without extension'}; "
                        "use a .graphml or .gexf file name")
    flat = flatten(G)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".graphml":
            nx.write_graphml(flat, path)
        else:
            nx.write_gexf(flat, path)
    except OSError as exc:
        raise ViewError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return path
