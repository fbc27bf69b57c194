"""Threat-intelligence centres and research labs: a company's site in a country or city."""

from __future__ import annotations

import re

from pledgegraph.extract.orgs import gazetteer
from pledgegraph.extract.rules import cues
from pledgegraph.extract.rules.context import Context
from pledgegraph.records import Fact, Mention


def extract(ctx: Context) -> list[Fact]:
    found: dict[tuple, Fact] = {}
    # a lab's city taken from the article's main city, not from its sentence: kept only for a
    # lab no sentence places ("un nouveau laboratoire" and "un laboratoire à Lévis" are one)
    guesses: dict[int, str] = {}
    for i, sentence in enumerate(ctx.sentences):
        if _LABEL.fullmatch(sentence.text):
            continue  # "Lab news.", "Security tie-up:": a newsletter's label for the item after it
        centres = list(cues.THREAT_CENTER.finditer(sentence.text))
        for match in centres:
            if cues.BACK_REFERENCE.search(sentence.text[:match.start()][-12:]):
                continue
            if cues.CONSIDERED.search(sentence.text[:match.start()]):
                continue  # "Banco Atlántida is evaluating its own security operations centre"
            _add(found, guesses, ctx, i, "center", sentence.start + match.start(), sentence.start + match.end())
        research_here = cues.RESEARCH.search(sentence.text) or (
            i + 1 < len(ctx.sentences) and cues.RESEARCH.search(ctx.sentences[i + 1].text))
        for match in cues.LAB.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(c.start() <= match.start() < c.end() for c in centres):
                continue
            if cues.BACK_REFERENCE.search(sentence.text[:match.start()][-12:]) and not re.search(
                    r"\b(?:new|nouveau|nouvel|nouvelle|first|premier|première)\s+(?:\w+\s+)?$",
                    sentence.text[:match.start()][-30:], re.IGNORECASE):
                continue
            if _COUNTERPARTY.search(sentence.text[:match.start()][-40:]):
                continue  # "un contrat de serveurs avec un grand laboratoire": a customer, not a site
            if match.group(0)[0].isupper() and (_named_after_unknown(ctx, i, start) or _in_company_name(ctx, i, start)):
                continue  # "Lattice Labs", "Black Forest Labs": a company's name, not a site being opened
            word = match.group(0).lower()
            strong = word.startswith(("laborat", "lab", "research", "centre de recherche",
                                      "centres de recherche", "pôle de recherche", "institut", "r&d"))
            if not strong and not research_here:
                continue
            if cues.NOT_LAB.search(ctx.text[max(sentence.start, start - 30):min(sentence.end, end + 40)]):
                continue
            if cues.CONSIDERED.search(sentence.text[:match.start()]):
                continue  # "Le groupe étudie l'ouverture d'un second laboratoire au Panama": not yet a site
            if not strong and cues.TRAINING.search(sentence.text):
                continue
            _add(found, guesses, ctx, i, "lab", start, end)
    runners = _runners(ctx)
    index = {s.start: i for i, s in enumerate(ctx.sentences)}  # evidence spans whole sentences
    for fact in found.values():
        runner = runners.get(fact.kind)
        if runner and runner != fact.operator and any(
                m.key == runner for e in fact.evidence for m in ctx.by_sentence[index[e.start]]):
            fact.operator = runner  # "ESET and Ficohsa to open a centre … The centre will be run by ESET"
    kept = _merge_unplaced(list(found.values()))
    for fact in kept:
        fact.city = fact.city or guesses.get(id(fact))
    return kept


_LABEL = re.compile(r"\W*[\w&'’-]+(?:\s+[\w&'’-]+)?\s*[.:]\W*")


def _merge_unplaced(facts: list[Fact]) -> list[Fact]:
    """A site named once with its city and once without is one site; so is a site named by two
    operators, one of whom the article later says runs it."""
    kept: list[Fact] = []
    for fact in sorted(facts, key=lambda f: f.city is None):
        twin = next((k for k in kept if k.kind == fact.kind and k.operator == fact.operator
                     and k.country == fact.country and (fact.city is None or k.city in (None, fact.city))), None)
        if twin is None:
            kept.append(fact)
        else:
            twin.city = twin.city or fact.city
            twin.evidence.extend(e for e in fact.evidence if e not in twin.evidence)
    return kept


_COUNTERPARTY = re.compile(r"\b(?:avec\s+|with\s+|auprès\s+de\s+|auprès\s+d'|from\s+|to\s+)(?:un|une|a|an|des|several|plusieurs)\s+"
                          r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _in_company_name(ctx: Context, i: int, at: int) -> bool:
    return any(m.kind == "org" and m.start < at < m.end and ctx.is_company(m.key) for m in ctx.by_sentence[i])


def _named_after_unknown(ctx: Context, i: int, at: int) -> bool:
    """ "Lattice Labs" (a start-up) but not "the Amazon AGI SF Lab" (a known company's lab) nor
    "the EPAM AI Research Lab" (named after a company the article names elsewhere too)."""
    from pledgegraph.extract.orgs import gazetteer

    name = re.search(r"(?:[A-Z][\w-]*\s+)+$", ctx.text[ctx.sentences[i].start:at])
    if not name:
        return False
    start = ctx.sentences[i].start + name.start()
    known = gazetteer().entries
    return not any(m.kind == "org" and (m.key in known or ctx.company_counts[m.key] >= 2) and start <= m.start < at
                   for m in ctx.by_sentence[i])


def _add(found: dict, guesses: dict, ctx: Context, i: int, kind: str, start: int, end: int) -> None:
    operator, named = _operator(ctx, i, start, end)
    if operator is None or (not named and _HEADING.fullmatch(ctx.sentences[i].text)):
        return  # "## A lab in Vienna": a subheading announces what the paragraph states in full
    city, country, explicit = _location(ctx, i, start, end, kind)
    if country is None:
        return
    guess = city if city and not any(p.kind == "city" and p.key == city for p in ctx.places(i)) else None
    city = None if guess else city
    key = (kind, operator, city or country)
    confidence = 0.55 + 0.15 * named + 0.15 * explicit
    fact = found.get(key)
    if fact is None:
        fact = found[key] = Fact(kind=kind, evidence=[], operator=operator, country=country, city=city)
    if guess:
        guesses.setdefault(id(fact), guess)
    evidence = ctx.evidence(i, confidence)
    if evidence not in fact.evidence:
        fact.evidence.append(evidence)


_HEADING = re.compile(r"[^.!?:;]{0,60}?[^.!?:;\s]")


# "un centre d'opérations de sécurité X-Force, chargé de…": a name just after the site, then a
# stop or a place, is the site's brand ("the cyber centre Kaspersky opened" names who opened it)
_SITE_NAME_END = re.compile(r"\s*(?:[,.;)]|(?:à|au|en|dans|in|at)\b|$)")


_WHERE_BEFORE = re.compile(r"\b(?:where|in\s+which|où|dans\s+lequel|dans\s+laquelle)\b[^,;]*$", re.IGNORECASE)
# "$280 million goes into a Huawei Cloud region": a name used as an adjective names a thing
_A_BEFORE = re.compile(r"\b(?:an?|une?)\s+$", re.IGNORECASE)
_THING_AFTER = re.compile(r"\s+(?:region|platform|zone|région|plateforme)\b", re.IGNORECASE)


def _operator(ctx: Context, i: int, at: int, end: int | None = None) -> tuple[str | None, bool]:
    # "Kyndryl, the provider spun off from IBM in 2021, … a cyber centre": IBM is named in passing
    companies = [m for m in ctx.companies(i)
                 if not cues.OWNER_BEFORE.search(ctx.text[max(0, m.start - 45):m.start])
                 # "its Tallinn campus, the building where Skype was engineered, into an AI lab"
                 and not _WHERE_BEFORE.search(ctx.text[max(0, m.start - 40):m.start])
                 and not (end is not None and 0 <= m.start - end <= 1 and _SITE_NAME_END.match(ctx.text, m.end)
                          and m.key not in gazetteer().entries)
                 and not (_A_BEFORE.search(ctx.text, max(0, m.start - 4), m.start) and _THING_AFTER.match(ctx.text, m.end))]
    before = [m for m in companies if m.end <= at]
    if before:
        return before[-1].key, True
    after = [m for m in companies if m.start >= at]
    if after and re.match(r"^[^.;]{0,40}$", ctx.text[at:after[0].start]):
        return after[0].key, True
    lead = ctx.text[ctx.sentences[i].start:at]
    if ctx.state_speaks(i, at):
        return None, False
    # ("Our quantum lab in Kongens Lyngby": the company speaking; a trade word such as "the
    # chipmaker" before a site keeps to the story's company, not the last of that trade)
    return ctx.salient_company(i, hint=lead if cues.FIRST_PERSON.search(lead) else ""), False


def _location(ctx: Context, i: int, start: int, end: int, kind: str):
    org_starts = {m.start for m in ctx.orgs(i)}
    places: list[Mention] = [p for p in ctx.places(i)
                             if not cues.NOT_HERE.search(ctx.text[max(0, p.start - 15):p.start])
                             and not cues.NEGATED_PLACE.search(ctx.text[max(ctx.sentences[i].start, p.start - 60):p.start])
                             # "l'américain Anthropic": whose, not where
                             and not (p.adjective and any(p.end < s <= p.end + 2 for s in org_starts))
                             # "a deal with US firm Cybastion": whose, too
                             and not (_FIRM_AFTER.match(ctx.text, p.end)
                                      and any(p.end < s <= p.end + 40 for s in org_starts))
                             # "run by Cisco, the US networking giant": whose again
                             and not (p.kind == "country" and _FIRM_AFTER.match(ctx.text, p.end)
                                      and _APPOSITION_OPENS.search(ctx.text, max(0, p.start - 8), p.start))]
    if places:
        def distance(p: Mention) -> int:
            if p.start >= end:
                return p.start - end
            # "a Kigali cyber hub", "Copenhagen's research lab": the place names the site itself
            return 0 if re.fullmatch(r"(?:'s|’s)?\s*(?:[\w-]+\s+)?", ctx.text[p.end:start]) else start - p.end + 20
        place = min(places, key=lambda p: (distance(p), p.start))
        if place.kind == "city":
            return place.key, place.key.split("/")[0], True
        city = None
        if kind == "lab" and ctx.dominant_city and ctx.dominant_city.startswith(place.key + "/"):
            city = ctx.dominant_city
        return city, place.key, True
    if kind == "lab" and ctx.dominant_city:
        return ctx.dominant_city, ctx.dominant_city.split("/")[0], False
    return None, ctx.dominant_country, False


_APPOSITION_OPENS = re.compile(r",\s*(?:the|a|an|le|la|l'|un|une)\s*$", re.IGNORECASE)
_FIRM_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:firm|company|group|giant|operator|provider|start-?up|bank|lender|"
                         r"insurer|carrier|telco|chipmaker|maker)\s", re.IGNORECASE)


def _runners(ctx: Context) -> dict[str, str]:
    """The company the article says runs its centre or its lab, by kind of site. Its name may
    stand where no mention was sought ("The centre will be run by ESET."): any name the
    article gives a company elsewhere counts."""
    names = {m.text: m.key for i in range(len(ctx.sentences)) for m in ctx.companies(i)}
    if not names:
        return {}
    name = "(?-i:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
    runner = re.compile(rf"(?:{cues.RUN_BY.pattern.rstrip('$')})(?P<a>{name})\b|"
                        rf"\b(?:which|que|qu')\s*(?P<b>{name})(?={cues.RUN_AFTER.pattern.lstrip('^')})",
                        cues.RUN_BY.flags)
    runners: dict[str, str] = {}
    for sentence in ctx.sentences:
        for match in runner.finditer(sentence.text):
            site = list(cues.SITE_WORD.finditer(sentence.text[:match.start()]))
            if not site:
                continue
            word = site[-1].group(0).lower()
            for kind in (("center",) if word.startswith("cent") else ("lab",) if word.startswith("lab")
                         else ("center", "lab")):
                runners.setdefault(kind, names[match["a"] or match["b"]])
    return runners
