"""Mentions: what the lexicons and NER found in one text, made into one list without overlaps.

The lexicons (gazetteer, governments, places, introduced names) and spaCy's NER each propose
mentions with a priority; `settle` repairs what NER cuts short or takes for a name, gives
acronyms, other names and short forms the key of the name they stand for, and keeps, among
overlapping mentions, the one of best priority.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from bisect import bisect_right
from dataclasses import replace

from pledgegraph.extract.orgs import (NAME_PARTICLES, PERSON_WITH_ROLE, ROLE_BEFORE, clean_name, find_academic, find_epithets,
                                      find_gazetteer_orgs, find_governments, find_introduced_orgs, find_subject_names, gazetteer,
                                      legal_name, national_unit, ner_org, org_key)
from pledgegraph.extract.places import find_places, place_lexicon, slug
from pledgegraph.extract.rules import cues
from pledgegraph.records import Mention, Money

PRIORITY = {"org": 0, "gov": 1, "ner": 2, "intro": 3, "country": 4, "city": 4, "person": 5, "subject": 6}
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
    for m in find_subject_names(text, lang):
        tagged.append((PRIORITY["subject"], m))
    places = find_places(text)
    for m in places:
        tagged.append((PRIORITY[m.kind], m))
    return tagged, epithets, places


def from_ner(label: str, name: str, start: int, sentence: str, text: str, lang: str) -> Tagged:
    """The mention an entity of spaCy's NER gives, if any: organisations (and French MISC),
    and people named with at least two words."""
    if (label in {"ORG", "MISC"} if lang == "fr" else label == "ORG") and ROLE_BEFORE.search(text[max(0, start - 30):start]) \
            and _PERSON_NAME.fullmatch(name.strip()) and not any(w in gazetteer().surface for w in name.split()):
        label = "PERSON"  # "group chief information officer Karen Bhagwansingh": NER's organisation is a person
    if label in {"ORG", "MISC"} if lang == "fr" else label == "ORG":
        particle = _NAME_WITH_PARTICLE.search(text, max(0, start - 30), start)
        if particle and not ROLE_BEFORE.search(particle.group(1) + " ") and not _place_word(particle.group(1)) \
                and not _common_word(particle.group(1)):  # not "Lors de VivaTech", "Près de"
            # "Anton de Kom University": NER starts the name after its particle
            name, start = text[particle.start():start] + name, particle.start()
        mention = ner_org(name, start)
        if mention and _headline_case(sentence) and text.count(mention.text) < 2:
            return []  # "NAVER Cloud to Invest KRW 1.2 Trillion": "Invest" is no name
        return [(PRIORITY["ner"], _with_public_head(mention, text))] if mention else []
    if label in {"PER", "PERSON"} and " " in name.strip():
        name = name.strip()
        # "Claro Perú", "Türk Telekom": a brand with a country, or ending in a company's name,
        # which NER took for a person
        if national_unit(name) or name.split()[-1] in gazetteer().surface or name.split()[-1] in _COMPANY_TAILS:
            mention = ner_org(name, start)
            return [(PRIORITY["ner"], mention)] if mention else []
        return [(PRIORITY["person"], Mention(start, start + len(name), name, "person", slug(name)))]
    return []


_NAME_WITH_PARTICLE = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]+)[ \t]+(?:" + NAME_PARTICLES + r"|bin)[ \t]+$")


# "Wingu Africa", "Helios Towers": no one's surname, whatever NER says
_COMPANY_TAILS = {"Africa", "Afrique", "Asia", "Europe", "Global", "International", "Group", "Groupe", "Telecom",
                  "Télécom", "Towers", "Networks", "Data", "Digital", "Cloud", "Capital", "Technologies", "Systems",
                  "Bank", "Banque", "Holdings", "Holding", "Partners", "Energy", "Solutions", "Labs", "AI", "Mobile",
                  "Tele", "Telekom", "Telecoms", "Telecommunications", "Télécoms", "Telco", "Com", "Cables"}
_PERSON_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ'-]+){1,2}")


# "Stefan Bollinger, CEO de Julius Baer", "the bank Charles Schwab": a name in an organisation's
# place is an organisation's, though it reads like a person's
_FIRM_SLOT = re.compile(r"\b(?:CEO|PDG|chief\s+executive|directeur\s+général|directrice\s+générale|président(?:e)?|"
                        r"chairman|chairwoman|head|directeur|directrice|director)\s+(?:de|d'|du|of|at|chez)\s*$|"
                        r"\b(?:la\s+banque|le\s+groupe|la\s+société|the\s+bank|the\s+company|the\s+group|"
                        r"the\s+lender)\s+$", re.IGNORECASE)


def _firms_named_like_people(tagged: Tagged, text: str) -> Tagged:
    # (not "Nvidia, the company Jensen Huang co-founded": a clause goes on after the name)
    people = {m.text for _p, m in tagged if m.kind == "person"}
    firms = {name for name in people if any(
        _FIRM_SLOT.search(text[max(0, at.start() - 30):at.start()]) and not re.match(r"\s+[a-z]", text[at.end():])
        for at in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))}
    return [(PRIORITY["ner"], Mention(m.start, m.end, m.text, "org", org_key(m.text)))
            if m.kind == "person" and m.text in firms else (p, m) for p, m in tagged]


def settle(tagged: Tagged, text: str, lang: str, money: list[Money], epithets: list[Mention]) -> list[Mention]:
    """One list of mentions, in text order, from everything proposed."""
    tagged = _firms_named_like_people(_longer_names(tagged, text), text)
    tagged = _inside_longer_names(tagged)
    tagged = _inside_place_names(tagged)
    tagged = _facility_names(tagged)
    tagged = _drop_false_orgs(tagged, text, lang)
    # "150 milliards de F CFA": the currency's name is no organisation
    tagged = [(p, _before_money(m, money, text)) for p, m in tagged
              if not (m.kind == "org" and any(x.start <= m.start < x.end for x in money))]
    mentions = _names_again(_short_forms(_names_whole(_without_overlaps(tagged), text), text), text)
    # "The Tokyo-based group" is the Tokyo company the article names, if it names one; if
    # not, a pronoun-like epithet for whichever company the story is about.
    named = {m.key for m in mentions if m.kind == "org" and m not in epithets}
    return _units_by_parent([m for m in mentions if m not in epithets or m.key in named], text)


# "the Alphabet unit to build…", "Amazon's cloud arm": the parent's name stands for its unit
_UNIT_AFTER = re.compile(r"(?:'s|’s)?[ \t]+(?:[a-z-]+[ \t]+)?(?:unit|arm|subsidiary|division)\b"
                        # (not "Amazon's cloud arm AWS": the unit is named)
                        r"(?![ \t]+(?:of\b|that\b|which\b|[A-ZÀ-Þ]))")
_IN_APPOSITION = re.compile(r",[ \t]*(?:the|an?|its)[ \t]+$")


def _units_by_parent(mentions: list[Mention], text: str) -> list[Mention]:
    """A parent named as "<parent> unit" is the unit of it the article names most, if one is
    named more than the others (not "Google, an Alphabet unit,": there the parent is named as
    such)."""
    gaz = gazetteer()
    out = []
    for m in mentions:
        if m.kind == "org" and _UNIT_AFTER.match(text, m.end) \
                and not _IN_APPOSITION.search(text[max(0, m.start - 8):m.start]):
            units = Counter(x.key for x in mentions if x.kind == "org" and x.key != m.key
                            and (gaz.entries.get(x.key) and gaz.entries[x.key].parent) == m.key).most_common(2)
            if units and (len(units) == 1 or units[0][1] > units[1][1]):
                m = replace(m, key=units[0][0])
        out.append(m)
    return out


def _before_money(mention: Mention, money: list[Money], text: str) -> Mention:
    """ "…and Borealis DKK600mn (€80mn)": NER's name runs into the amount; the name ends before it."""
    cut = min((x.start for x in money if mention.kind == "org" and mention.start < x.start < mention.end),
              default=None)
    if cut is None:
        return mention
    name = text[mention.start:cut].rstrip()
    return Mention(mention.start, mention.start + len(name), name, "org", org_key(name)) if name else mention


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


_PLACE_AFTER = re.compile(r"^(?:\s+(?:office|offices|bureaux?|building|campus|site|headquarters|siège|HQ|data\s*cent\w*|"
                          r"conference|event|summit|Cloud|service|platform|chips?|superchips?|model|chatbot|assistant|"
                          r"language|languages|langues?|speakers)\b|"
                          # "Kate, l'assistante virtuelle de la banque": a product
                          r"\s*,\s*(?:the|its|their|l'|le|la|son|sa|leur)\s*(?:assistante?|chatbot|app|application)\b)",
                          re.IGNORECASE)

# "the Royal Science and Technology Park": NER stops a facility's name at its "and"
_FACILITY_GOES_ON = re.compile(r"\s+(?:and|&|et)\s+(?:[A-Z][\w-]*\s+){1,3}(?:Park|Parc|Centre|Center|Campus|Zone|Hub)\b")


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


# A heading's topic, in sentence case: a capital, then words in lower case only
_RUBRIC = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'-]+(?:\s+[a-zà-ÿ'-]+){1,3}")


def _with_public_head(mention: Mention, text: str) -> Mention:
    """The mention grown to the public body's whole name, when a head noun shows it is one."""
    for pattern, reach in ((_PUBLIC_HEAD, 30), (_TITLE_TAIL, 80)):
        window = max(0, mention.start - reach)
        head = pattern.search(text[window:mention.start])
        if head:
            name = text[window + head.start():mention.end]
            return Mention(window + head.start(), mention.end, name, "org", slug(name))
    return mention


# The capitalised words that may go on a known name ("Telekom Slovenije", "Vodafone Fiji").
_NAME_GOES_ON = re.compile(r"[ \t]+([A-ZÀ-Þ][\w'’-]*(?:[ \t]+(?:d'|de[ \t]+|du[ \t]+)?[A-ZÀ-Þ][\w'’-]*)*)")


# "Aramco Digital, la branche technologique du groupe Aramco": a name and what makes it a unit
_UNIT_APPOSITION = re.compile(r"[A-ZÀ-Þ][\w&'-]*(?:[ \t]+[A-ZÀ-Þ][\w&'-]*){1,3},\s*(?:la|le|l'|the|its|sa|son)\s*"
                              r"(?:[\w-]+\s+){0,2}?(?:branche|filiale|unit|arm|subsidiary|division)\b")


def _longer_names(tagged: Tagged, text: str) -> Tagged:
    """ "Telekom Slovenije", "Airtel Africa": a known one-word alias (not the known name itself)
    followed by another word of a name is another company's name, and the alias alone then
    stands for that company in the rest of the article. The known name itself is lengthened
    only into a name the text calls its unit ("Aramco Digital, la branche technologique du
    groupe Aramco"), wherever that longer name stands; alone it stays the group."""
    known = gazetteer()
    units = {match.group(0) for match in _UNIT_APPOSITION.finditer(text)}
    longer: dict[str, str] = {}  # the alias -> the longer name's key
    out = []
    for prio, m in tagged:
        entry = known.entries.get(m.key) if prio == PRIORITY["org"] else None
        goes_on = _NAME_GOES_ON.match(text, m.end) if entry else None
        label = entry is not None and m.text == entry.label
        first = _name_word_before(m, text) if entry and not label and " " not in m.text else None
        if first is not None:
            # "Solomon Telekom Company Limited", "better known as Our Telekom": an alias ending
            # another company's name ("Telekom" of Deutsche Telekom)
            rest = goes_on.group(1) if goes_on else ""
            end = goes_on.end() if rest and len(rest.split()) <= 3 and not rest.split()[0].isupper() \
                and not ROLE_BEFORE.search(rest + " ") else m.end
            name = text[first:end]
            longer.setdefault(m.text, org_key(name))
            out.append((prio, Mention(first, end, name, "org", org_key(name))))
            continue
        if goes_on and (not label or any(u.startswith(text[m.start:goes_on.end()] + ",") for u in units)) \
                and " " not in m.text and m.text[:1].isupper():
            rest = goes_on.group(1)
            words = rest.split()
            # "Telekom Networks Malawi" (a country may end it), but not "AWS CEO Matt Garman"
            if (len(words) <= 3 and not words[0].isupper() and words[0] not in known.surface
                    and not _place_word(words[0]) and not ROLE_BEFORE.search(rest + " ")
                    and words[-1] not in _PRODUCT_TAILS):
                name = text[m.start:goes_on.end()]
                if not label:
                    longer.setdefault(m.text, org_key(name))
                m = Mention(m.start, goes_on.end(), name, "org", org_key(name))
        out.append((prio, m))
    return [(p, replace(m, key=longer[m.text])) if p == PRIORITY["org"] and m.text in longer else (p, m)
            for p, m in out]


# "a new AWS Region", "the Azure Marketplace": a company's product or event, not another company
_PRODUCT_TAILS = {"Region", "Regions", "Zone", "Zones", "Marketplace", "Summit", "Academy", "Academies", "Day",
                  "Week", "Console", "Store"}


_WORDS_BEFORE = re.compile(r"(?<![\w'’&.-])((?:[A-ZÀ-Þ][\w'’-]*[ \t]+){1,3})$")


def _name_word_before(m: Mention, text: str) -> int | None:
    """Where the name a known alias ends begins, if capitalised words of a name stand just
    before it ("Lonestar Cell MTN"): from the first that is not an adjective ("Kenyan"), a known
    name, a role, an acronym or a dateline, nor a common word ("On Monday", "Our Telekom
    unveils…": left to the rest of the text)."""
    before = _WORDS_BEFORE.search(text, max(0, m.start - 60), m.start)
    if not before:
        return None
    at = before.start()
    for word in before.group(1).split():
        start = text.index(word, at)
        at = start + len(word)
        if (word.isupper() or word in place_lexicon().adjectives or word in gazetteer().surface or ROLE_BEFORE.search(word + " ")
                or re.search(r"[’']s$", word)):
            continue
        if _common_word(word):  # "On Monday Telekom said…", "Our": no name; "Lonestar" is one
            continue
        return start
    return None


def _common_word(word: str) -> bool:
    """ "Monday", "Our", "Lors": too common to open a name; "Solomon", "Anton" are not."""
    from wordfreq import zipf_frequency

    return "'" in word or "’" in word or any(
        zipf_frequency(word.lower(), lang, wordlist="small") >= 4.5 for lang in ("en", "fr"))


def _place_word(word: str) -> bool:
    lex = place_lexicon()
    return word in lex.countries or word in lex.cities or word in lex.adjectives or word in lex.towns


_FACILITY_WORD = re.compile(r"\s(?:Labs?|Laborator(?:y|ies)|Laboratoire|Cent(?:re|er)|Hub|Academy|Académie|Institute)$")


def _facility_names(tagged: Tagged) -> Tagged:
    """ "the EPAM AI Research Lab", "Telekom Slovenije AI Lab": a facility named after the
    organisation the text names elsewhere is that organisation's facility, not another
    organisation; the name's first words are the organisation."""
    known = gazetteer()
    names = {m.text: m.key for _p, m in tagged if m.kind == "org" and not _FACILITY_WORD.search(m.text)}
    out = []
    for prio, m in tagged:
        if m.kind == "org" and m.key not in known.entries and _FACILITY_WORD.search(m.text):
            words = m.text.split()
            owner = next((" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)
                          if " ".join(words[:n]) in names or " ".join(words[:n]) in known.surface), None)
            if owner is not None:
                key = names.get(owner) or known.surface[owner]
                m = Mention(m.start, m.start + len(owner), owner, "org", key)
        out.append((prio, m))
    return out


def _inside_place_names(tagged: Tagged) -> Tagged:
    """ "Trinidad and Tobago": NER's "Tobago" inside a longer place name is part of the place."""
    places = [m for _p, m in tagged if m.kind in ("country", "city")]
    # "Metro Manila": a town's name ("Metro", Indonesia) as the first word of another place's
    cities_at = {m.start for m in places if m.kind == "city"}
    return [(p, m) for p, m in tagged if not (
        p in (PRIORITY["ner"], PRIORITY["intro"])
        and any(pl.start <= m.start and m.end <= pl.end and pl.end - pl.start > m.end - m.start for pl in places))
        and not (m.kind == "city" and m.end + 1 in cities_at)]


def _inside_longer_names(tagged: Tagged) -> Tagged:
    """ "Türk Telekom", "Magyar Telekom": a one-word alias of a known company ("Telekom") that
    NER reads as the end of a longer name is part of another company's name; and NER's
    "PACIFIC" is the end of the "DOCOMO PACIFIC" the text introduces ("its subsidiary …")."""
    known = gazetteer().entries
    ends = {m.end: m.start for p, m in tagged if p == PRIORITY["ner"] and m.kind == "org"}
    introduced = {m.end: m.start for p, m in tagged if p == PRIORITY["intro"] and m.kind == "org"}
    return [(p, m) for p, m in tagged if not (
        p == PRIORITY["org"] and " " not in m.text and m.key in known and m.text != known[m.key].label
        and ends.get(m.end, m.start) < m.start) and not (
        p == PRIORITY["ner"] and m.kind == "org" and introduced.get(m.end, m.start) < m.start)]


def _drop_false_orgs(tagged: Tagged, text: str, lang: str) -> Tagged:
    """NER calls "Smith" (a person named in full elsewhere) or "Paddington office" organisations."""
    surnames = {m.text.split()[-1] for _p, m in tagged if m.kind == "person"} | {
        m["surname"] for m in PERSON_WITH_ROLE.finditer(text)} | {
        # "FARAZ QURESHI (Islamabad): …", then "Faraz, what was signed?": a transcript's speaker
        word for word in _speaker_names(text)}
    org_ends = {m.end: m for _p, m in tagged if m.kind in ("org", "gov")}
    # "its EVC Plus mobile money platform": a product wherever else the text names it
    products = {m.text for p, m in tagged if p in (PRIORITY["ner"], PRIORITY["subject"], PRIORITY["intro"]) and any(
        _a_product(text, at.start(), at.end())
        for at in re.finditer(rf"(?<![\w-]){re.escape(m.text)}(?![\w-])", text))}
    areas = {m.text for p, m in tagged if p >= PRIORITY["ner"] and m.kind == "org" and any(
        _AREA_OF.search(text[max(0, at.start() - 45):at.start()])
        for at in re.finditer(rf"(?<![\w-]){re.escape(m.text)}(?![\w-])", text))}
    kept = []
    for prio, mention in tagged:
        if prio in (PRIORITY["ner"], PRIORITY["subject"], PRIORITY["intro"]) and mention.text in products:
            continue
        if prio in (PRIORITY["ner"], PRIORITY["subject"]) and (mention.text in surnames
                                         or _PLACE_AFTER.match(text[mention.end:mention.end + 20])
                                         or _OWN_PRODUCT.search(text[max(0, mention.start - 30):mention.start])):
            continue
        if prio >= PRIORITY["ner"] and mention.kind == "org" and _FACILITY_GOES_ON.match(text, mention.end) \
                and text.count(mention.text) == len(re.findall(re.escape(mention.text) + _FACILITY_GOES_ON.pattern, text)):
            continue  # "the Royal Science and Technology Park": a facility, cut at its "and"
        if mention.kind == "org" and _TICKER.search(text[max(0, mention.start - 25):mention.start]):
            continue  # "Worldline [Euronext : WLN]": a ticker, not another company
        if mention.kind == "org" and _acronym_of_previous(mention.start, mention.end, text, org_ends):
            continue  # "Amalgamated Telecom Holdings (ATH)": the same organisation again
        if prio >= PRIORITY["ner"] and mention.kind == "org" and _a_town(mention, text, tagged):
            continue  # "l'entreprise de Grand-Rosière", "à Moroni et Mutsamudu": a town, not a company
        if mention.kind == "org" and _GROUPING_BEFORE.search(text[max(0, mention.start - 40):mention.start]):
            continue  # "huit pays de l'UEMOA", "EU member states": a grouping of countries, no party
        if mention.kind == "org" and mention.text.isupper() and _acronym_of_a_thing(mention, text, tagged):
            continue  # "des logiciels de conception électronique (EDA)", "a Security Operations Centre (CSOC)"
        if prio in (PRIORITY["ner"], PRIORITY["intro"]) and _only_capitalised_to_open(mention.text, text, lang):
            continue  # "Concrètement, le groupe…", "Objectif : former…": a word, not a name
        if prio >= PRIORITY["ner"] and mention.kind == "org" and text.startswith("-based", mention.end) \
                and mention.key not in gazetteer().entries:
            continue  # "Cluj-based Vertiq AI": where a company is based, not another company
        if prio >= PRIORITY["ner"] and mention.kind == "org" and _RUBRIC.fullmatch(mention.text) \
                and re.match(r"\s*:", text[mention.end:]) and (mention.start == 0 or text[mention.start - 1] == "\n"):
            continue  # "Transition numérique : le ministère et Cisco…": a rubric before the title
        if prio >= PRIORITY["ner"] and mention.kind == "org" and mention.text in areas:
            continue  # "la zone d'activités de Jarry", "the district of Kalabo": a place, wherever it stands
        if prio >= PRIORITY["ner"] and mention.kind == "org" and mention.text in place_lexicon().towns \
                and mention.text not in gazetteer().surface:
            continue  # "the Galway team": a town too small to be a place of its own, still no company
        if mention.kind == "org" and _LISTED_ON.search(text[max(0, mention.start - 30):mention.start]):
            continue  # "Le groupe coté sur Euronext Bruxelles": the stock exchange, no party
        if mention.kind == "org" and text[mention.start:mention.end].isupper() and _in_dateline(mention, text):
            continue  # "SUVA, 13 novembre 2026 - …", "SAO TOMÉ, 20 nov": the dateline's town
        if mention.kind == "org" and (_CREDIT.match(text, mention.end) and text[mention.start - 1:mention.start] == "("
                                      or cues.PLAN_NAMED.search(text[max(0, mention.start - 40):mention.start])):
            continue  # "ABU DHABI (AP) - …": the agency's credit; « Maroc Digital 2030 »: a plan's name
        if prio >= PRIORITY["ner"] and mention.kind == "org" and mention.text.split()[0] in place_lexicon().adjectives \
                and _PEOPLE_AFTER.match(text, mention.end):
            continue  # "10,000 Kazakh ICT specialists": who they are, not an organisation
        if prio >= PRIORITY["ner"] and mention.kind == "org" and _STATE_WORD.fullmatch(mention.text):
            continue  # "the Sultanate's largest operator", "le Royaume": the country, said another way
        if prio >= PRIORITY["ner"] and mention.kind == "org" and _BODY_OF_STATE.search(text[max(0, mention.start - 25):mention.start]):
            mention = replace(mention, kind="gov", key="?")  # "the ministry's ICT Support Unit": a public body
        kept.append((prio, mention))
    named = [(prio, _other_name(_alias_in_brackets(m, text, kept), text, kept)) for prio, m in kept]
    # A later "ATH" stands for the organisation that the brackets gave it to, whether or not
    # NER tagged the bracketed one.
    acronyms: dict[str, Mention] = {}
    for bracket in _BRACKETED_ACRONYM.finditer(text):
        owner = _acronym_of_previous(bracket.start(1), bracket.end(1), text, org_ends)
        if owner is not None:
            acronyms.setdefault(bracket.group(1), owner)
    named = [(prio, replace(m, key=acronyms[m.text].key, kind=acronyms[m.text].kind))
             if m.kind == "org" and m.text in acronyms and m.key == org_key(m.text) else (prio, m)
             for prio, m in named]
    return _acronyms_everywhere(named)


def _a_town(mention: Mention, text: str, tagged: Tagged) -> bool:
    """ "l'entreprise de Grand-Rosière" (a company's seat), "à Moroni et Mutsamudu" (joined to a
    place), "the lab in Phocweni" (where a site stands): a town the lexicon lacks."""
    if _TOWN_EPITHET.search(text[max(0, mention.start - 30):mention.start]) or _SITE_IN.search(
            text[max(0, mention.start - 40):mention.start]):
        return True
    return any(0 <= mention.start - p.end <= 6 and re.fullmatch(r"\s+(?:et|and|ou|or)\s+", text[p.end:mention.start])
               for _q, p in tagged if p.kind in ("country", "city"))


def _acronym_of_a_thing(mention: Mention, text: str, tagged: Tagged) -> bool:
    """An acronym in brackets after a facility's name or a common noun, with no organisation's
    name just before the bracket ("le ministère des Technologies … (MITIC)" is the ministry)."""
    before = text[max(0, mention.start - 40):mention.start]
    if _FACILITY_BEFORE.search(before):
        return True
    return bool(_TERM_BEFORE.search(before[-30:])) and not any(
        0 < mention.start - 1 - m.end <= 90 and not re.search(r"[.;,()]", text[m.end:mention.start - 1])
        for _p, m in tagged if m.kind in ("org", "gov"))


_GROUPING_BEFORE = re.compile(r"\b(?:pays|countries|member\s+states|(?:É|E)tats\s+membres|nations|economies|"
                              r"économies)\s+(?:membres\s+)?(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d'|of\s+the\s+|"
                              r"of\s+|in\s+the\s+)$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + cues.PEOPLE.pattern + ")", cues.PEOPLE.flags)
_STATE_WORD = re.compile(r"(?:(?:the|le|la|l')\s*)?(?:Sultanate|Kingdom|Emirates?|Republic|Principality|Grand\s+Duchy|"
                         r"Confederation|Federation|Commonwealth|Archipelago|Sultanat|Royaume|Émirats?|République|"
                         r"Principauté|Grand-Duché|Confédération|Fédération|Archipel)(?:['’]s)?", re.IGNORECASE)
_BODY_OF_STATE = re.compile(r"\b(?:ministry|government|state)(?:'s|’s)\s+$", re.IGNORECASE)
_TOWN_EPITHET = re.compile(r"\b(?:l'entreprise|la\s+société|le\s+groupe|la\s+firme|l'éditeur|le\s+spécialiste|"
                           r"the\s+company|the\s+group|the\s+firm)\s+(?:de\s+la|de|d'|du|from)\s*$", re.IGNORECASE)
_SITE_IN = re.compile(r"\b(?:lab|laboratory|laboratoire|cent(?:re|er)|hub|park|parc|campus|office|bureau|facility|"
                      r"site|plant|usine|factory|headquarters|siège|branch|agence)\s+(?:(?:situé|basé|implanté)e?s?\s+)?"
                      r"(?:in|à)\s+$", re.IGNORECASE)
_TERM_BEFORE = re.compile(r"(?<![A-ZÀ-Þ])\b[a-zà-ÿ][\w'-]*\s*\(\s*$")


def _only_capitalised_to_open(word: str, text: str, lang: str) -> bool:
    """A common word of the language (wordfreq) that the text capitalises only to open a
    sentence or a line, before a comma or a colon: "Concrètement, le groupe…", "Objectif :
    former…", "Separately, …". ("Cadence investira…" is a name: no comma after it.)"""
    from wordfreq import zipf_frequency

    if " " in word or not word.istitle() or zipf_frequency(word.lower(), lang, wordlist="small") < 3.5:
        return False
    return all(re.search(r"(?:^|[.!?:»\n]|^\s*[-*•#]+)\s*[«\"'(*_]*$", text[max(0, m.start() - 6):m.start()])
               and re.match(r"[*_]*\s*[,:]", text[m.end():m.end() + 4])
               for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))


_FACILITY_BEFORE = re.compile(r"\b(?:cent(?:re|er)s?|lab(?:orator(?:y|ies)|oratoires?)?|programmes?|programs?|"
                              r"platforms?|plateformes?|initiatives?|hubs?|academ(?:y|ies)|académies?|campus)\s*\(\s*$",
                              re.IGNORECASE)
_BRACKETED_ACRONYM = re.compile(r"\([\"“]?([A-ZÀ-Þ][A-ZÀ-Þ0-9&]{1,7})[\"”]?(?:\)|\s+(?:or|ou)\s)")


def _acronyms_everywhere(tagged: Tagged) -> Tagged:
    """ "le ministère des Technologies … (MITIC)" and, later, "un accord avec le MITIC": an
    acronym that brackets gave to a body names that body wherever else it stands."""
    given = {m.text: m for _p, m in tagged if m.kind in ("org", "gov") and m.text.isupper() and m.key != org_key(m.text)}
    return [(prio, replace(m, key=given[m.text].key, kind=given[m.text].kind))
            if m.kind == "org" and m.text in given and m.key == org_key(m.text) else (prio, m)
            for prio, m in tagged]


# "Entel, formally Empresa Nacional de Telecomunicaciones, …": the same company's other name
_OTHER_NAME = re.compile(r",\s*(?:formally|officially|formerly|legally|previously|(?:(?:also|better|locally|widely|commonly)\s+)?known\s+(?:locally\s+)?as|"
                         r"de\s+son\s+nom\s+(?:officiel|complet)|officiellement|anciennement|alias|ex-|"
                         # "le ministère philippin des Technologies…, qu'on appelle ici le DICT"
                         r"(?:qu'on|que\s+l'on)\s+(?:appelle|surnomme|désigne\s+sous\s+le\s+nom\s+d[e'])(?:\s+ici)?|"
                         r"(?:usually|often|simply|here)\s+called|surnommée?)\s*"
                         r"(?:known\s+as\s+|called\s+|named\s+|nommée?\s+|appelée?\s+)?(?:le\s+|la\s+|l'|the\s+)?$",
                         re.IGNORECASE)


def _other_name(mention: Mention, text: str, tagged: Tagged) -> Mention:
    if mention.kind != "org":
        return mention
    lead = _OTHER_NAME.search(text[max(0, mention.start - 45):mention.start])
    if not lead:
        return mention
    comma = mention.start - (len(lead.group(0)))
    # the name just before the comma, or the head of a longer one ("le ministère philippin des
    # Technologies de l'information…, qu'on appelle ici le DICT")
    owner = max((m for _p, m in tagged if m.kind in ("org", "gov") and m.end <= comma
                 and comma - m.end <= 90 and not re.search(r"[,;.:()]", text[m.end:comma])),
                key=lambda m: m.end, default=None)
    return replace(mention, key=owner.key, kind=owner.kind) if owner else mention


_DATELINE_AFTER = re.compile(r"(?:,[^\n]{0,40}?)?(?:\s*\([A-Za-z]+\))?\s*[-–—]+\s")
_AREA_OF = re.compile(r"\b(?:zone|quartier|commune|district|arrondissement|faubourg|neighbou?rhood|suburb|"
                      r"area|town|village|ville|île|island)(?:\s+d'[\w-]+|\s+[\w-]+){0,2}?\s+(?:de|du|d'|of)\s*$",
                      re.IGNORECASE)
_LISTED_ON = re.compile(r"\b(?:cotée?s?|listed|traded|quoted)\s+(?:sur|à|on|in)\s+(?:le\s+|la\s+|the\s+)?$",
                        re.IGNORECASE)
_CAPITALS_RUN = re.compile(r"(?:[A-ZÀ-Þ'’.-]+[ \t]+)*")


def _in_dateline(mention: Mention, text: str) -> bool:
    """Whether `mention` is a word of a line-opening dateline in capitals ("SAO TOMÉ, 20 nov …")
    or of a transcript's speaker ("FARAZ QURESHI (Islamabad): …")."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    if not _CAPITALS_RUN.fullmatch(text, line_start, mention.start):
        return False
    rest = re.compile(r"(?:[ \t]+[A-ZÀ-Þ'’.-]+)*").match(text, mention.end).end()
    return bool(_DATELINE_AFTER.match(text, rest)) or text[line_start:rest].strip() in _speakers(text)


@lru_cache(maxsize=8)
def _speakers(text: str) -> frozenset[str]:
    """A transcript's speakers: "FARAZ QURESHI (Islamabad): …", "DANA REYES, ANCHOR: …",
    "JULIE (animatrice) : …", or a name that opens two lines or more ("TAVARES: …"). Not a
    company a recap labels ("AWS : 15,7 Md€ …")."""
    # (not "KYNDRYL (NYSE: KD):", a company and its ticker)
    labels = [(m["name"], bool(m["more"])) for m in _SPEAKER_LINE.finditer(text)
              if not re.search(r"[:\d]", m["more"] or "")]
    names = Counter(name for name, _ in labels)
    known = gazetteer().surface
    return frozenset(name for name, more in labels
                     if (more or " " in name or names[name] >= 2)
                     and name not in known and name.title() not in known)


def _speaker_names(text: str) -> set[str]:
    """The words of the speakers' own names, as a text writes them elsewhere: "FARAZ QURESHI"
    gives "Faraz" and "Qureshi"; "KYNDRYL CEO MARTIN SCHROETER", only "Martin" and "Schroeter"."""
    known = gazetteer().surface
    words = set()
    for name in _speakers(text):
        parts = [w.title() for w in name.split() if not ROLE_BEFORE.search(w + " ")]
        if len(parts) >= 2:
            words.update(w for w in parts[-2:] if w not in known)
    return words


# A line's label: a name in capitals, maybe a role or a place, then a colon.
_SPEAKER_LINE = re.compile(r"^(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3})"
                           r"(?P<more>,[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ \t'-]*|[ \t]*\([^()\n]{1,40}\))?(?=[ \t]*:)", re.MULTILINE)
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
_POSSESSIVE = r"\b(?:son|sa|ses|leur|leurs|its|their)\s+"
_OWN_PRODUCT = re.compile(_POSSESSIVE + r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_PRODUCT_NOUN = (r"(?:platform|plateforme|app|application|wallet|portefeuille|service|chatbot|assistant|model|"
                 r"modèle|brand|marque|software|logiciel|product|produit|offer|offre)s?")
_PRODUCT_BEFORE = re.compile(_POSSESSIVE + r"(?:[\w-]+\s+){0,2}?" + _PRODUCT_NOUN
                             + r"\s+$", re.IGNORECASE)
_POSSESSIVE_LAST = re.compile(_POSSESSIVE + "$", re.IGNORECASE)
_PRODUCT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _PRODUCT_NOUN + r"\b", re.IGNORECASE)


# "OpenAI, le créateur de ChatGPT", "the maker of Claude": what a company makes
_MAKER_OF = re.compile(r"\b(?:créat(?:eur|rice)|creator|maker|concepteur|conceptrice|developer|inventor|"
                       r"inventeur|éditeur)\s+(?:de|du|d'|of)\s*(?:the\s+|la\s+|le\s+|l')?$", re.IGNORECASE)


# "des processeurs graphiques de la génération Blackwell", "the Blackwell generation": a product line
_PRODUCT_LINE = re.compile(r"\b(?:génération|gamme|série|famille|architecture)\s+(?:de\s+)?$", re.IGNORECASE)
_PRODUCT_LINE_AFTER = re.compile(r"[\s-]+(?:generation|series|architecture|family)\b", re.IGNORECASE)


def _a_product(text: str, start: int, end: int) -> bool:
    """ "its chatbot Gemini", "its EVC Plus mobile money platform", "le créateur de ChatGPT":
    the company's product."""
    window = text[max(0, start - 40):start]
    return bool(_PRODUCT_BEFORE.search(window) or _MAKER_OF.search(window) or _PRODUCT_LINE.search(window)
                or _PRODUCT_LINE_AFTER.match(text, end) or (
        _POSSESSIVE_LAST.search(window)
        and _PRODUCT_AFTER.match(text, end)))


def _acronym_of_previous(start: int, end: int, text: str, org_ends: dict[int, Mention]) -> Mention | None:
    """The organisation named just before "(ACRONYM)" at text[start:end], if any."""
    # ("CWS" or "the Company"): a press release's defined terms, quoted
    opening = re.search(r"\([\"“]?$", text[max(0, start - 2):start])
    if not opening or not re.match(r"[\"”]?(?:\)|\s+(?:or|ou)\s)", text[end:end + 5]) or not text[start:end].isupper():
        return None
    start -= len(opening.group(0)) - 1
    # "Caribbean Cement Holdings Ltd (CCH)": only legal forms may stand between name and bracket
    return next((org_ends[at] for at in range(start - 1, max(0, start - 20), -1)
                 if at in org_ends and legal_name("Name" + text[at:start - 1].rstrip()) == "Name"), None)


def _names_whole(mentions: list[Mention], text: str) -> list[Mention]:
    """ "the DOCOMO PACIFIC Cyber Defense Center": NER's "PACIFIC" is the end of the name the
    article gives in full elsewhere, when that name's first words stand just before it."""
    full = {m.text: m for m in mentions if m.kind == "org" and " " in m.text}
    known = gazetteer().surface  # a known alias ("Telekom") is its own company, or _longer_names' business
    out = []
    for m in mentions:
        longer = next((f for name, f in full.items() if m.kind == "org" and m.text not in known
                       and name.endswith(" " + m.text)
                       and text[max(0, m.start - len(name) + len(m.text)):m.start] == name[:-len(m.text)]), None)
        out.append(replace(m, start=m.start - len(longer.text) + len(m.text), text=longer.text, key=longer.key)
                   if longer else m)
    return out


def _short_forms(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Cassava" after "Cassava Technologies", "la Caisse de dépôt" for the "Caisse de dépôt et
    placement du Québec": the article's short form of a name it gives in full is the same
    organisation (the first full form the article gives, when there are several)."""
    known = gazetteer().entries
    full_forms = [m for m in mentions if m.kind == "org" and " " in m.text.strip()]
    out = []
    for m in mentions:
        if m.kind == "org" and m.key not in known:
            # "CMC Corporation" and "CMC Global": "CMC" either way; "DataCo PNG" and "DataCo": one
            # company the gazetteer does not know, told with and without its country (a unit
            # only when the text says so: "la filiale Zain Tech")
            short = clean_name(m.text)
            full = next((f for f in full_forms if f.key != m.key and f.text.startswith(short + " ")
                         and not _UNIT_BEFORE.search(text[max(0, f.start - 40):f.start])), None)
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


_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|across|throughout|outside|à|en|au|aux|dans|près\s+de)\s+$")


def _names_again(mentions: list[Mention], text: str) -> list[Mention]:
    """ "ESET will contribute €11.5 million and Ficohsa L 280 million": a name the article gave
    an organisation stands for it wherever it stands again, though no lexicon or NER saw it
    there (NER reads only the sentences that may hold a fact)."""
    # "HBM", "GPU": short capitals are terms as often as names
    names = {m.text: m for m in mentions if m.kind == "org" and m.text[:1].isupper()
             and len(m.text) >= (4 if m.text.isupper() else 3)}
    if not names:
        return mentions
    # (not after an elision: carrying "d'Indra" too was tried and only moved which company
    # "le groupe" means in one set)
    pattern = re.compile(r"(?<![\w&'-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w&-])")
    found = [match for match in pattern.finditer(text)
             # "Ficohsa Seguros", "Rodrigo Almeida": a longer name, not this one
             if not re.match(r"\s+[A-ZÀ-Þ][a-zà-ÿ]", text[match.end():match.end() + 3])
             and not re.search(r"[A-ZÀ-Þ][\w-]*[^\S\n]+$", text[max(0, match.start() - 20):match.start()])
             # "data centres in Hokkaido": NER took a region for a company elsewhere
             and not _WHERE_BEFORE.search(text[max(0, match.start() - 12):match.start()])]
    # "Angola Cables": a place inside the name gives way to it
    kept = [m for m in mentions if m.kind == "org" or not any(
        match.start() <= m.start and m.end <= match.end() for match in found)]
    taken = sorted((m.start, m.end) for m in kept)
    added = []
    for match in found:
        i = bisect_right(taken, (match.start(), float("inf")))
        if i and taken[i - 1][1] > match.start() or i < len(taken) and taken[i][0] < match.end():
            continue
        added.append(Mention(match.start(), match.end(), match.group(0), "org", names[match.group(0)].key))
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


_UNIT_BEFORE = re.compile(r"\b(?:filiale|subsidiary|unit|arm|branch|division|branche|entité|entity)\s+"
                          r"(?:\w+\s+){0,2}$", re.IGNORECASE)


_HEAD_BEFORE_AND = re.compile(r"^([A-ZÀ-Þ][\w'-]*(?:\s+(?:de|du|des|of|d')?\s*[\w'-]+){1,2}?)\s+(?:et|and|&)\s")


def _without_overlaps(tagged: Tagged) -> list[Mention]:
    """Keep, among overlapping mentions, the one of best priority, then the longest."""
    kept: list[Mention] = []
    for _prio, mention in sorted(tagged, key=lambda t: (t[0], -(t[1].end - t[1].start), t[1].start)):
        if not any(k.start < mention.end and mention.start < k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, m.end))
