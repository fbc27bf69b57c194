"""Mentions: what the lexicons and NER found in one text, made into one list without overlaps.

The lexicons (gazetteer, governments, places, introduced names) and spaCy's NER each propose
mentions with a priority; `settle` repairs what NER cuts short or takes for a name, gives
acronyms, other names and short forms the key of the name they stand for, and keeps, among
overlapping mentions, the one of best priority.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pledgegraph.extract.orgs import (find_academic, find_epithets, find_gazetteer_orgs, find_governments,
                                      find_introduced_orgs, gazetteer, national_unit, ner_org, org_key)
from pledgegraph.extract.places import find_places, slug
from pledgegraph.extract.rules import cues
from pledgegraph.records import Mention, Money

PRIORITY = {"org": 0, "gov": 1, "ner": 2, "intro": 3, "country": 4, "city": 4, "person": 5}
Tagged = list[tuple[int, Mention]]


def from_lexicons(text: str, lang: str) -> tuple[Tagged, list[Mention], list[Mention]]:
    """The lexicons' mentions with their priorities, and, apart, the epithets and places."""
    tagged: Tagged = []
    epithets = find_epithets(text)
    for m in find_gazetteer_orgs(text) + epithets:
        tagged.append((PRIORITY["org"], m))
    for m in find_governments(text, lang) + find_academic(text):
        tagged.append((PRIORITY["gov"], m))
    for m in find_introduced_orgs(text):
        tagged.append((PRIORITY["intro"], m))
    places = find_places(text)
    for m in places:
        tagged.append((PRIORITY[m.kind], m))
    return tagged, epithets, places


def from_ner(label: str, name: str, start: int, sentence: str, text: str, lang: str) -> Tagged:
    """The mention an entity of spaCy's NER gives, if any: organisations (and French MISC),
    and people named with at least two words."""
    if label in {"ORG", "MISC"} if lang == "fr" else label == "ORG":
        mention = ner_org(name, start)
        if mention and _headline_case(sentence) and text.count(mention.text) < 2:
            return []  # "NAVER Cloud to Invest KRW 1.2 Trillion": "Invest" is no name
        return [(PRIORITY["ner"], _with_public_head(mention, text))] if mention else []
    if label in {"PER", "PERSON"} and " " in name.strip():
        name = name.strip()
        # "Claro Perú", "Türk Telekom": a brand with a country, or ending in a company's name,
        # which NER took for a person
        if national_unit(name) or name.split()[-1] in gazetteer().surface:
            mention = ner_org(name, start)
            return [(PRIORITY["ner"], mention)] if mention else []
        return [(PRIORITY["person"], Mention(start, start + len(name), name, "person", slug(name)))]
    return []


def settle(tagged: Tagged, text: str, money: list[Money], epithets: list[Mention]) -> list[Mention]:
    """One list of mentions, in text order, from everything proposed."""
    tagged = _inside_longer_names(tagged)
    tagged = _drop_false_orgs(tagged, text)
    # "150 milliards de F CFA": the currency's name is no organisation
    tagged = [(p, m) for p, m in tagged
              if not (m.kind == "org" and any(x.start <= m.start < x.end for x in money))]
    mentions = _short_forms(_without_overlaps(tagged), text)
    # "The Tokyo-based group" is the Tokyo company the article names, if it names one; if
    # not, a pronoun-like epithet for whichever company the story is about.
    named = {m.key for m in mentions if m.kind == "org" and m not in epithets}
    return [m for m in mentions if m not in epithets or m.key in named]


def _headline_case(sentence: str) -> bool:
    """Whether most longer words are capitalised, as in English headlines: NER then takes verbs
    and nouns for names, so a name it finds there counts only if the text repeats it."""
    words = re.findall(r"[^\W\d_][\w'-]{3,}", sentence)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def countries_named(places: list[Mention]) -> tuple[str, ...]:
    """ISO codes of the countries an article names (cities count for theirs), most named first."""
    counts: dict[str, list[int]] = {}
    for m in places:
        iso = m.key.split("/")[0]
        seen = counts.setdefault(iso, [0, m.start])
        seen[0] += 1
    return tuple(sorted(counts, key=lambda iso: (-counts[iso][0], counts[iso][1])))


_PLACE_AFTER = re.compile(r"^\s+(?:office|offices|bureaux?|building|campus|site|headquarters|siège|HQ|"
                          r"data\s*cent\w*|conference|event|summit|Cloud|service|platform|chips?|superchips?|"
                          r"model|chatbot|assistant|language|languages|langues?|speakers)\b", re.IGNORECASE)


# "ministère de la Transition numérique": NER keeps only the capitalised part; the head noun
# before it makes it a public body, not a company called "Transition numérique".
_PUBLIC_HEAD = re.compile(r"\b(?:minist[èe]re|ministry|ministre|minister|secretary|agence|agency|autorité|"
                          r"authority|département|chargée?|in\s+charge|"
                          r"department|secrétariat|direction\s+générale|office)\s+(?:[a-zà-ÿ-]+\s+)?(?:de\s+la\s+|de\s+l'|du\s+|"
                          r"des\s+|de\s+|d'|of\s+the\s+|of\s+|for\s+)$", re.IGNORECASE)


# "the Ministry of Information, Communications and the Digital Economy": NER cuts the title
# at its commas; what follows the first part still belongs to the ministry.
_TITLE_TAIL = re.compile(r"\b(?i:minist[èe]re|ministry|minister|ministre|department|département)\s+(?:[a-zà-ÿ]+\s+)?"
                         r"(?i:of|de|du|des|d')\s*"
                         # "… de l'Investissement, du Développement régional et de l'Informatisation"
                         r"(?:[A-ZÀ-Þ][\w'-]*(?:\s+[a-zà-ÿ]+(?=\s+(?:et|and)\b|,))?|and|et|the|la|le|l'|de|du|des|of|&|,|\s)*$")


def _with_public_head(mention: Mention, text: str) -> Mention:
    """The mention grown to the public body's whole name, when a head noun shows it is one."""
    for pattern, reach in ((_PUBLIC_HEAD, 30), (_TITLE_TAIL, 80)):
        window = max(0, mention.start - reach)
        head = pattern.search(text[window:mention.start])
        if head:
            name = text[window + head.start():mention.end]
            return Mention(window + head.start(), mention.end, name, "org", slug(name))
    return mention


def _inside_longer_names(tagged: Tagged) -> Tagged:
    """ "Türk Telekom", "Magyar Telekom": a one-word alias of a known company ("Telekom") that
    NER reads as the end of a longer name is part of another company's name."""
    known = gazetteer().entries
    ends = {m.end: m.start for p, m in tagged if p == PRIORITY["ner"] and m.kind == "org"}
    return [(p, m) for p, m in tagged if not (
        p == PRIORITY["org"] and " " not in m.text and m.key in known and m.text != known[m.key].label
        and ends.get(m.end, m.start) < m.start)]


def _drop_false_orgs(tagged: Tagged, text: str) -> Tagged:
    """NER calls "Smith" (a person named in full elsewhere) or "Paddington office" organisations."""
    surnames = {m.text.split()[-1] for _p, m in tagged if m.kind == "person"}
    org_ends = {m.end for _p, m in tagged if m.kind == "org"}
    kept = []
    for prio, mention in tagged:
        if prio == PRIORITY["ner"] and (mention.text in surnames
                                         or _PLACE_AFTER.match(text[mention.end:mention.end + 20])
                                         or _OWN_PRODUCT.search(text[max(0, mention.start - 30):mention.start])):
            continue
        if mention.kind == "org" and _TICKER.search(text[max(0, mention.start - 25):mention.start]):
            continue  # "Worldline [Euronext : WLN]": a ticker, not another company
        if mention.kind == "org" and _is_acronym_of_previous(mention, text, org_ends):
            continue  # "l'Agence France-Presse (AFP)": the same organisation again
        if mention.kind == "org" and mention.text.isupper() and (mention.start == 0 or text[mention.start - 1] == "\n") \
                and _DATELINE_AFTER.match(text, mention.end):
            continue  # "SUVA, 13 novembre 2026 - …": the dateline's town, which the lexicon may lack
        if mention.kind == "org" and (_CREDIT.match(text, mention.end) and text[mention.start - 1:mention.start] == "("
                                      or cues.PLAN_NAMED.search(text[max(0, mention.start - 40):mention.start])):
            continue  # "ABU DHABI (AP) - …": the agency's credit; « Maroc Digital 2030 »: a plan's name
        kept.append((prio, mention))
    named = [(prio, _other_name(_alias_in_brackets(m, text, kept), text, kept)) for prio, m in kept]
    return _acronyms_everywhere(named)


def _acronyms_everywhere(tagged: Tagged) -> Tagged:
    """ "le ministère des Technologies … (MITIC)" and, later, "un accord avec le MITIC": an
    acronym that brackets gave to a body names that body wherever else it stands."""
    given = {m.text: m for _p, m in tagged if m.kind in ("org", "gov") and m.text.isupper() and m.key != org_key(m.text)}
    return [(prio, replace(m, key=given[m.text].key, kind=given[m.text].kind))
            if m.kind == "org" and m.text in given and m.key == org_key(m.text) else (prio, m)
            for prio, m in tagged]


# "Entel, formally Empresa Nacional de Telecomunicaciones, …": the same company's other name
_OTHER_NAME = re.compile(r",\s*(?:formally|officially|formerly|legally|previously|also\s+known\s+as|"
                         r"de\s+son\s+nom\s+(?:officiel|complet)|officiellement|anciennement|alias|ex-)\s*"
                         r"(?:known\s+as\s+|called\s+|named\s+|nommée?\s+|appelée?\s+)?$", re.IGNORECASE)


def _other_name(mention: Mention, text: str, tagged: Tagged) -> Mention:
    if mention.kind != "org":
        return mention
    lead = _OTHER_NAME.search(text[max(0, mention.start - 45):mention.start])
    if not lead:
        return mention
    comma = mention.start - (len(lead.group(0)))
    owner = next((m for _p, m in tagged if m.kind == "org" and m.end == comma), None)
    return replace(mention, key=owner.key) if owner else mention


_DATELINE_AFTER = re.compile(r"(?:,[^\n]{0,40}?)?(?:\s*\([A-Za-z]+\))?\s*[-–—]+\s")
_CREDIT = re.compile(r"\)\s*[-–—]")


def _alias_in_brackets(mention: Mention, text: str, tagged: Tagged) -> Mention:
    """ "le ministère … des communications (DICT)", "the National University of Engineering
    (Universidad Nacional de Ingeniería, UNI)": a name standing alone in brackets after a
    body's name is that body, though NER may have cut the name short before them."""
    if mention.kind != "org":
        return mention
    opening = text.rfind("(", max(0, mention.start - 80), mention.start + 1)
    closing = text.find(")", mention.end, mention.end + 80)
    if opening < 0 or closing < 0 or ")" in text[opening:mention.start] or "(" in text[mention.end:closing]:
        return mention
    if mention.text.strip() not in {part.strip() for part in re.split(r"[,;]", text[opening + 1:closing])}:
        return mention  # "(via its unit LinkedIn)": not a name of its own
    before = [m for _p, m in tagged if m.kind in ("org", "gov") and m.end < opening
              and opening - m.end <= 90 and not re.search(r"[.;,()]", text[m.end:opening])]
    if not before:
        return mention
    owner = max(before, key=lambda m: m.end)
    return replace(mention, key=owner.key, kind=owner.kind)


_TICKER = re.compile(r"[\[(]\s*(?:Euronext(?:\s+Paris)?|NYSE|Nasdaq|NASDAQ|LSE|TSX|ASX|BSE|NSE|SIX|Xetra|KRX|TSE)\s*:\s*$")


# "son assistant Le Chat", "its chatbot Gemini": a product of the company just named.
_OWN_PRODUCT = re.compile(r"\b(?:son|sa|ses|leur|leurs|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _is_acronym_of_previous(mention: Mention, text: str, org_ends: set[int]) -> bool:
    before = text[max(0, mention.start - 3):mention.start]
    if not before.endswith("(") or text[mention.end:mention.end + 1] != ")" or not mention.text.isupper():
        return False
    return any(mention.start - 3 <= end <= mention.start - 1 for end in org_ends)


def _short_forms(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Cassava" after "Cassava Technologies", "la Caisse de dépôt" for the "Caisse de dépôt et
    placement du Québec": the article's short form of a name it gives in full is the same
    organisation (the first full form the article gives, when there are several)."""
    known = gazetteer().entries
    full_forms = [m for m in mentions if m.kind == "org" and " " in m.text.strip()]
    out = []
    for m in mentions:
        if m.kind == "org" and m.key not in known:
            full = next((f for f in full_forms if f.key != m.key and f.text.startswith(m.text + " ")
                         and not _a_unit_of(f, text)), None)
            if full is not None:
                m = replace(m, key=full.key)
        out.append(m)
    # A long name's words before its first "et"/"and" are its short form wherever else they stand.
    for full in full_forms:
        head = _HEAD_BEFORE_AND.match(full.text)
        if not head:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(head.group(1))}(?![\w-])", text):
            if not any(k.start < match.end() and match.start() < k.end for k in out):
                out.append(Mention(match.start(), match.end(), match.group(0), "org", full.key))
    return sorted(out, key=lambda m: (m.start, m.end))


_UNIT_BEFORE = re.compile(r"\b(?:filiale|subsidiary|unit|arm|branch|division|branche|entité|entity)\s+"
                          r"(?:\w+\s+){0,2}$", re.IGNORECASE)


def _a_unit_of(full: Mention, text: str) -> bool:
    """ "la filiale Zain Tech", "Claro Perú": the longer name is a unit of the group that the
    short one names, not its full name."""
    return bool(_UNIT_BEFORE.search(text[max(0, full.start - 40):full.start])) or national_unit(full.text)


_HEAD_BEFORE_AND = re.compile(r"^([A-ZÀ-Þ][\w'-]*(?:\s+(?:de|du|des|of|d')?\s*[\w'-]+){1,2}?)\s+(?:et|and|&)\s")


def _without_overlaps(tagged: Tagged) -> list[Mention]:
    """Keep, among overlapping mentions, the one of best priority, then the longest."""
    kept: list[Mention] = []
    for _prio, mention in sorted(tagged, key=lambda t: (t[0], -(t[1].end - t[1].start), t[1].start)):
        if not any(k.start < mention.end and mention.start < k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, m.end))
