"""Extractor output is untrusted input: keep only facts that are well-formed."""

from __future__ import annotations

from functools import lru_cache

from pledgegraph.records import Extraction, Fact

MAX_PARTICIPANTS = 2_000_000_000


@lru_cache(maxsize=1)
def _codes() -> tuple[frozenset[str], frozenset[str]]:
    import pycountry

    return (frozenset(c.alpha_2 for c in pycountry.countries),
            frozenset(c.alpha_3 for c in pycountry.currencies))


def problems(fact: Fact, text: str) -> list[str]:
    countries, currencies = _codes()
    found = []
    if fact.kind not in {"investment", "partnership", "center", "lab", "training"}:
        found.append(f"unknown fact kind {fact.kind!r}")
    if not fact.evidence:
        found.append("no evidence sentence")
    for evidence in fact.evidence:
        if not (0 <= evidence.start < evidence.end <= len(text)) or \
                text[evidence.start:evidence.end] != evidence.text:
            found.append("evidence does not match the article text at its offsets")
        if not 0 <= evidence.confidence <= 1:
            found.append("confidence outside [0, 1]")
    if fact.country is not None and fact.country not in countries:
        found.append(f"unknown country code {fact.country!r}")
    for amount in fact.amounts:
        if amount.currency not in currencies or amount.value <= 0:
            found.append(f"bad amount {amount.value} {amount.currency}")
    if fact.kind == "investment" and (not fact.investor or not fact.amounts
                                      or not (fact.country or fact.investee)):
        found.append("an investment needs an investor, an amount and a country or investee")
    if fact.kind == "partnership" and len(set(fact.partners)) < 2:
        found.append("a partnership needs two partners")
    if fact.kind in {"center", "lab"} and not (fact.operator and fact.country):
        found.append("a site needs an operator and a country")
    if fact.kind == "training" and not (fact.provider and fact.country and fact.participants
                                        and 0 < fact.participants <= MAX_PARTICIPANTS):
        found.append("a training programme needs a provider, a country and a number of people")
    return found


def checked(extraction: Extraction) -> tuple[Extraction, list[str]]:
    """The extraction without its malformed facts, and a line for each one dropped."""
    text = extraction.analysis.doc.text
    kept, dropped = [], []
    for fact in extraction.facts:
        issues = problems(fact, text)
        if issues:
            dropped.append(f"{extraction.analysis.doc.name}: dropped a {fact.kind}: {'; '.join(issues)}")
        else:
            kept.append(fact)
    extraction.facts = kept
    return extraction, dropped
