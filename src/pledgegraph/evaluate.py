"""Score a graph against a gold annotation file (format: shared/gold-format.md).

Facts are compared over the whole corpus: a commitment several articles report is one
gold fact and must be one predicted fact. Matching is one-to-one (maximum bipartite
matching), so a second predicted copy of a matched fact counts as a false positive.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef

from pledgegraph.errors import GoldFileError
from pledgegraph.namespaces import PG, PROV, RDF, RDFS, SKOS

TYPES = ("investments", "partnerships", "threat_intelligence_centers", "research_labs",
         "training_programs")
_CLASSES = {"investments": PG.Investment, "partnerships": PG.Partnership,
            "threat_intelligence_centers": PG.ThreatIntelligenceCenter,
            "research_labs": PG.ResearchLab, "training_programs": PG.TrainingProgram}
TOLERANCE = 0.005


@dataclass
class Item:
    """A fact on either side, reduced to what matching compares."""

    articles: list[str]
    names: dict[str, frozenset[str]]  # role -> acceptable lower-case names
    partners: list[frozenset[str]] = field(default_factory=list)
    country: str | None = None
    amounts: list[tuple[float, str]] = field(default_factory=list)
    people: int | None = None
    evidence: list[str] = field(default_factory=list)
    describe: str = ""


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    scores: dict[str, Score]
    misses: list[tuple[str, Item]]
    false_positives: list[tuple[str, Item]]

    @property
    def overall(self) -> Score:
        total = Score()
        for score in self.scores.values():
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
        return total

    def text(self) -> str:
        lines = [f"{'type':<30}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}"]
        for name, s in [*self.scores.items(), ("overall", self.overall)]:
            lines.append(f"{name:<30}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>5}{s.fp:>5}{s.fn:>5}")
        for title, items in (("missed", self.misses), ("false positives", self.false_positives)):
            if items:
                lines.append(f"\n{title}:")
                for kind, item in items:
                    lines.append(f"- [{kind}] {', '.join(item.articles)}: {item.describe}")
                    for sentence in item.evidence[:2]:
                        lines.append(f"    evidence: {sentence[:200]}")
        return "\n".join(lines)


def load_gold(path: Path) -> dict:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldFileError(str(path), "no such file") from None
    except json.JSONDecodeError as exc:
        raise GoldFileError(str(path), f"not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list):
        raise GoldFileError(str(path), "the top level must be an object with an 'articles' list")
    for kind in TYPES:
        if not isinstance(gold.get(kind, []), list):
            raise GoldFileError(str(path), f"'{kind}' must be a list")
    return gold


def _names(value) -> frozenset[str]:
    if not value:
        return frozenset()
    return frozenset(str(v).lower() for v in value)


def gold_items(gold: dict) -> dict[str, list[Item]]:
    items: dict[str, list[Item]] = {}
    for kind in TYPES:
        found = []
        for entry in gold.get(kind, []):
            article = [entry.get("article", "?")]
            if kind == "investments":
                item = Item(article, {"investor": _names(entry.get("investor")),
                                      "investee": _names(entry.get("investee"))},
                            country=entry.get("country"),
                            amounts=[(float(v), c) for v, c in entry.get("amounts", [])])
            elif kind == "partnerships":
                item = Item(article, {}, partners=[_names(p) for p in entry.get("partners", [])])
            elif kind == "training_programs":
                item = Item(article, {"actor": _names(entry.get("provider"))},
                            country=entry.get("country"), people=entry.get("people"))
            else:
                item = Item(article, {"actor": _names(entry.get("operator"))}, country=entry.get("country"))
            item.describe = _describe(kind, entry)
            found.append(item)
        items[kind] = _merge_same(kind, found)
    return items


def _describe(kind: str, entry: dict) -> str:
    fields = {k: v for k, v in entry.items() if k != "article"}
    for key, value in fields.items():
        if isinstance(value, list) and value and isinstance(value[0], str):
            fields[key] = value[0]
        elif key == "partners":
            fields[key] = [p[0] for p in value]
    return json.dumps(fields, ensure_ascii=False)


def _merge_same(kind: str, items: list[Item]) -> list[Item]:
    merged: list[Item] = []
    for item in items:
        for kept in merged:
            if not set(item.articles) & set(kept.articles) and matches(kind, item, kept):
                kept.articles.extend(a for a in item.articles if a not in kept.articles)
                break
        else:
            merged.append(item)
    return merged


def _same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    return (not a and not b) or bool(a & b)


def _amounts_match(pred: list, gold: list) -> bool:
    if not gold or not pred:
        return not gold
    return any(pc == gc and abs(pv - gv) <= TOLERANCE * gv for pv, pc in pred for gv, gc in gold)


def matches(kind: str, pred: Item, gold: Item) -> bool:
    if kind == "investments":
        return (_same_name(pred.names["investor"], gold.names["investor"])
                and (pred.country or None) == (gold.country or None)
                and _same_name(pred.names["investee"], gold.names["investee"])
                and _amounts_match(pred.amounts, gold.amounts))
    if kind == "partnerships":
        if len(pred.partners) != len(gold.partners):
            return False
        graph = nx.Graph()
        for i, p in enumerate(pred.partners):
            for j, g in enumerate(gold.partners):
                if p & g:
                    graph.add_edge(("p", i), ("g", j))
        top = [("p", i) for i in range(len(pred.partners)) if ("p", i) in graph]
        return len(nx.bipartite.maximum_matching(graph, top_nodes=top)) // 2 == len(gold.partners) \
            if top else False
    if kind == "training_programs":
        return (_same_name(pred.names["actor"], gold.names["actor"]) and pred.country == gold.country
                and pred.people is not None and gold.people is not None
                and abs(pred.people - gold.people) <= TOLERANCE * gold.people)
    return _same_name(pred.names["actor"], gold.names["actor"]) and pred.country == gold.country


def _entity_names(graph: Graph, node: URIRef) -> frozenset[str]:
    names = {str(o).lower() for p in (RDFS.label, SKOS.altLabel) for o in graph.objects(node, p)}
    if (node, RDF.type, PG.Government) in graph:
        for country in graph.objects(node, PG.governmentOf):
            code = graph.value(country, PG.isoCode)
            if code:
                names.add(f"gov:{str(code).lower()}")
    return frozenset(names)


def _country_of(graph: Graph, node: URIRef | None) -> str | None:
    if node is None:
        return None
    if (node, RDF.type, PG.City) in graph:
        node = graph.value(node, PG.inCountry)
    code = graph.value(node, PG.isoCode) if node is not None else None
    return str(code) if code else None


def predicted_items(graph: Graph) -> dict[str, list[Item]]:
    items: dict[str, list[Item]] = {}
    for kind in TYPES:
        found = []
        for fact in sorted(set(graph.subjects(RDF.type, _CLASSES[kind]))):
            articles = sorted(str(graph.value(a, PG.fileName) or a) for a in graph.objects(fact, PROV.wasDerivedFrom))
            evidence = sorted(str(e) for e in graph.objects(fact, PG.evidence))
            if kind == "investments":
                investee = graph.value(fact, PG.investee)
                amounts = [(float(graph.value(a, PG.value)), str(graph.value(a, PG.currency)))
                           for a in graph.objects(fact, PG.amount)]
                item = Item(articles, {"investor": _entity_names(graph, graph.value(fact, PG.investor)),
                                       "investee": _entity_names(graph, investee) if investee else frozenset()},
                            country=_country_of(graph, graph.value(fact, PG.targetCountry)),
                            amounts=sorted(amounts))
                if not item.amounts and not item.country and not item.names["investee"]:
                    continue  # a vague mention: not scored
            elif kind == "partnerships":
                item = Item(articles, {}, partners=[_entity_names(graph, p) for p in sorted(graph.objects(fact, PG.partner))])
            elif kind == "training_programs":
                people = graph.value(fact, PG.participants)
                item = Item(articles, {"actor": _entity_names(graph, graph.value(fact, PG.provider))},
                            country=_country_of(graph, graph.value(fact, PG.targetCountry)),
                            people=int(people) if people is not None else None)
            else:
                item = Item(articles, {"actor": _entity_names(graph, graph.value(fact, PG.operatedBy))},
                            country=_country_of(graph, graph.value(fact, PG.locatedIn)))
            item.evidence = evidence
            item.describe = _describe_pred(kind, item)
            found.append(item)
        items[kind] = found
    return items


def _describe_pred(kind: str, item: Item) -> str:
    parts = {role: sorted(names)[0] for role, names in item.names.items() if names}
    if item.partners:
        parts["partners"] = [sorted(p)[0] if p else "?" for p in item.partners]
    if item.country:
        parts["country"] = item.country
    if item.amounts:
        parts["amounts"] = item.amounts
    if item.people:
        parts["people"] = item.people
    return json.dumps(parts, ensure_ascii=False)


def score(graph: Graph, gold: dict) -> EvalReport:
    gold_by_kind = gold_items(gold)
    pred_by_kind = predicted_items(graph)
    scores, misses, fps = {}, [], []
    for kind in TYPES:
        golds, preds = gold_by_kind[kind], pred_by_kind[kind]
        pairs = nx.Graph()
        pairs.add_nodes_from(("g", i) for i in range(len(golds)))
        pairs.add_nodes_from(("p", j) for j in range(len(preds)))
        for i, g in enumerate(golds):
            for j, p in enumerate(preds):
                if matches(kind, p, g):
                    pairs.add_edge(("g", i), ("p", j))
        matching = nx.bipartite.maximum_matching(pairs, top_nodes=[("g", i) for i in range(len(golds))])
        matched_g = {i for (side, i) in matching if side == "g"}
        matched_p = {j for (side, j) in matching if side == "p"}
        scores[kind] = Score(tp=len(matched_g), fp=len(preds) - len(matched_p), fn=len(golds) - len(matched_g))
        misses += [(kind, g) for i, g in enumerate(golds) if i not in matched_g]
        fps += [(kind, p) for j, p in enumerate(preds) if j not in matched_p]
    return EvalReport(scores, misses, fps)
