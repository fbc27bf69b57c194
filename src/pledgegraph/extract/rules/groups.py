"""One fact told once by a group and once by its unit is one fact.

"Deutsche Telekom's OTE to open an Athens hub" and "a centre run by its subsidiary OTE";
"The América Movil unit will build models with UNI" and "Claro Perú has signed an agreement
with UNI": the article (or the gazetteer) says who owns whom, so each pair is one fact. The
unit keeps the name: it is the one that acts.
"""

from __future__ import annotations

from pledgegraph.extract.orgs import gazetteer
from pledgegraph.records import Fact


def merge_within_group(facts: list[Fact], parents: dict[str, str]) -> list[Fact]:
    root = gazetteer().root

    def group(key: str | None) -> str | None:
        seen = set()
        while key in parents and key not in seen:
            seen.add(key)
            key = parents[key]
        return root(key) if key else key

    def party(p: tuple[str, str]) -> tuple[str, str | None]:
        return (p[0], group(p[1])) if p[0] == "org" else p

    def actor(f: Fact) -> str | None:
        return f.operator if f.kind in ("center", "lab") else f.provider

    def same(a: Fact, b: Fact) -> bool:
        if a.kind != b.kind:
            return False
        if a.kind == "partnership":
            return a.partners != b.partners and {party(p) for p in a.partners} == {party(p) for p in b.partners} \
                and len({party(p) for p in a.partners}) == len(a.partners) == len(b.partners)
        if a.kind in ("center", "lab"):
            return a.operator != b.operator and group(a.operator) == group(b.operator) and a.country == b.country \
                and (a.city == b.city or None in (a.city, b.city))
        if a.kind == "training":
            return a.provider != b.provider and group(a.provider) == group(b.provider) \
                and a.country == b.country and a.participants == b.participants
        return False

    kept: list[Fact] = []
    for fact in facts:
        twin = next((k for k in kept if same(k, fact)), None)
        if twin is None:
            kept.append(fact)
            continue
        if fact.kind == "partnership":
            units = {p for p in fact.partners if p[0] == "org" and parents.get(p[1]) in {q[1] for q in twin.partners}}
            if units:
                twin.partners = sorted(fact.partners)
        elif parents.get(actor(fact)) == actor(twin):
            if fact.kind == "training":
                twin.provider = fact.provider
            else:
                twin.operator = fact.operator
        twin.city = twin.city or fact.city
        twin.evidence.extend(e for e in fact.evidence if e not in twin.evidence)
    return kept
