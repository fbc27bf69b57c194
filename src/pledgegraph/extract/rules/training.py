"""Training programmes: a company's pledge to train a number of people in a country."""

from __future__ import annotations

import re

from pledgegraph.extract.numbers import parse_quantity, quantity_pattern
from pledgegraph.extract.rules import cues
from pledgegraph.extract.rules.context import Context
from pledgegraph.extract.places import place_lexicon
from pledgegraph.records import Fact

MIN_PEOPLE = 100


def extract(ctx: Context) -> list[Fact]:
    found: dict[tuple, Fact] = {}
    named_keys: set[tuple] = set()
    lex = place_lexicon()
    for i, sentence in enumerate(ctx.sentences):
        if not cues.TRAINING.search(sentence.text):
            continue
        for match in quantity_pattern(ctx.lang).finditer(sentence.text):
            tail = sentence.text[match.end():match.end() + 60]
            people = re.match(r"^\s*(?:de\s+|d'|of\s+)?(?:(?:new|more|additional|nouveaux|[\w-]+)\s+){0,3}?"
                              r"(?P<noun>" + cues.PEOPLE.pattern + r"|(?-i:[A-ZÀ-Þ][a-zà-ÿ]+s))\b", tail,
                              re.IGNORECASE)
            if not people and _TRAIN_VERB_BEFORE.search(sentence.text[max(0, match.start() - 25):match.start()]):
                # "pledged to train 8,000 owners of small businesses": whom a training verb takes
                people = _PLURAL_OBJECT.match(tail)
                if people and people.group("noun").lower() in _NOT_PEOPLE:
                    people = None
            if not people:
                # "train 15,000 Emaswati", "2,500 young Surinamese": a people's name that is no plural in -s
                people = re.match(r"^\s+(?:(?:young|jeunes?|new|nouveaux|more|additional|local|locaux)\s+)?"
                                  r"(?P<noun>[A-ZÀ-Þ][\w-]+)", tail)
                if not people or people.group("noun") not in lex.adjectives:
                    continue
            noun = people.group("noun")
            # "Kényans", "young Kenyans", "jeunes diplômés sénégalais": a demonym in the phrase.
            words = re.findall(r"[\w'-]+", tail[:people.end() + 25])[:6]
            # "1-million South Africans", "Papua New Guineans": demonyms of three and two words
            # first (not "Guineans" alone)
            upto = words[:words.index(noun) + 1] if noun in words else []
            # ("3,000 Papua New Guinean students", "2,000 South Sudanese youths")
            longer = [" ".join(upto[k:k + n]) for n in (3, 2) for k in range(len(upto) - n, -1, -1)]
            demonym = next((lex.adjectives[w] for w in longer if w in lex.adjectives), None) or \
                lex.adjectives.get(noun) or next((lex.adjectives[w] for w in words if w in lex.adjectives), None)
            if noun[0].isupper() and demonym is None and not cues.PEOPLE.fullmatch(noun):
                continue
            at = sentence.start + match.start()
            if any(m.start <= at < m.end for m in ctx.money_by_sentence[i]):
                continue  # "4,3 milliards d'euros" is money, never a head count
            count = parse_quantity(match["num"], match["scale"], ctx.lang)
            if count is None or count < MIN_PEOPLE or _is_year(match["num"]):
                continue
            near = ctx.text[max(sentence.start, at - 70):min(sentence.end, at + len(match.group(0)) + 100)]
            if not cues.TRAINING.search(near) or _EMPLOYS.search(ctx.text[max(sentence.start, at - 30):at]) \
                    or _POPULATION_OF.search(ctx.text[max(sentence.start, at - 40):at]):
                continue
            if cues.PAST.search(ctx.text[max(sentence.start, at - 50):at]) or _since(ctx.text[sentence.start:at]) or re.search(
                    # (not "has committed to train": a pledge in the perfect)
                    r"\b(?:since|depuis|so\s+far|to\s+date|already|déjà)\b|\b(?:avoir|have|has)\s+(?!(?:committed|pledged|"
                    r"promised|agreed|undertaken|vowed|announced|decided|signed|also|now|just)\b)\w+é?s?\b",
                    ctx.text[max(sentence.start, at - 30):min(sentence.end, at + 120)], re.IGNORECASE):
                continue
            provider, named = _provider(ctx, i, at)
            if provider is None:
                continue
            country = ctx.local(demonym or _country_after(ctx, i, at), i) or ctx.dominant_country
            if country is None:
                continue
            key = (provider, country)
            confidence = 0.6 + 0.15 * named + 0.1 * bool(demonym)
            if named:
                named_keys.add(key)
            fact = found.setdefault(key, Fact(kind="training", evidence=[], provider=provider,
                                              country=country, participants=int(count)))
            evidence = ctx.evidence(i, confidence)
            if evidence not in fact.evidence:
                fact.evidence.append(evidence)
            break
    # "- 1 200 étudiants formés avec l'Université de Maurice" in a bullet, and the company named
    # in the body for the same programme: one programme, the named company's
    return [f for k, f in found.items() if k in named_keys or not any(
        n[1] == f.country and found[n].participants == f.participants for n in named_keys if n != k)]


_TRAIN_VERB_BEFORE = re.compile(r"\b(?:train|training|trains|former|formera|formeront|formant|to\s+upskill|upskill|"
                                # "will help 100,000 public servants … gain AI skills"
                                r"help|helps|aider|aidera|aideront|"
                                r"reskill|équiper|outiller)\s+(?:up\s+to\s+|jusqu'à\s+|some\s+|quelque\s+|"
                                r"(?:plus|more)\s+(?:de|than)\s+|at\s+least\s+|au\s+moins\s+)?$", re.IGNORECASE)
_PLURAL_OBJECT = re.compile(r"^\s+(?:de\s+|d')?(?:[\w-]+\s+)?(?P<noun>[a-zà-ÿ][\w-]{2,}s)\b")
_NOT_PEOPLE = {"models", "modèles", "gpus", "hours", "heures", "courses", "cours", "modules", "sessions", "days",
               "jours", "years", "ans", "années", "tokens", "parameters", "paramètres", "languages", "langues",
               "dollars", "euros", "times", "fois", "datasets", "agents", "systems", "systèmes", "servers",
               "serveurs", "chips", "puces", "networks", "réseaux", "terabytes", "gigawatts", "megawatts",
               "businesses", "companies", "entreprises", "firms", "smes", "startups", "start-ups", "households",
               "ménages", "homes", "schools", "écoles", "hospitals", "hôpitaux"}


# "Since 2015, Dell has invested … reaching over 400,000 learners": a record, not a pledge
_SINCE = re.compile(r"\b(?:since|depuis)\s+(?:[^\W\d]+\s+)?(?:19|20)\d\d\b[^.;]*\b(?:(?:has|have|had)\s+\w+|"
                    r"(?:a|ont)\s+\w+(?:é|ée|és|ées|i|is|u|us)\b)", re.IGNORECASE)


def _since(lead: str) -> bool:
    record = _SINCE.search(lead)
    # "Since 2015 it has trained 40,000, and it will now train 15,000 more": a pledge after the record
    return bool(record) and not re.search(r"\b(?:will|would|va|vont|plans?\s+to|pledge\w*|s'engage\w*)\b",
                                          lead[record.end():], re.IGNORECASE)


def _is_year(num: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", num.strip()))


# "un marché de 85 millions d'habitants", "a country of 5.5 million people": a population
_POPULATION_OF = re.compile(r"\b(?:marché|pays|population|nation|country|market|ville|city|île|island|state|"
                            r"région|region|archipel|archipelago)\s+(?:de|d'|of)\s+(?:plus\s+de\s+|more\s+than\s+|"
                            r"près\s+de\s+|nearly\s+|some\s+|about\s+|environ\s+|quelque\s+)?$", re.IGNORECASE)
# "Amazon employs roughly 20,000 people", "a recruté 2 000 salariés": staff, not trainees.
_EMPLOYS = re.compile(r"\b(?:employ\w*|emploi\w*|staff\w*|workforce|headcount|effectifs?|hir\w+|"
                      # "compte 2 000 salariés" employs; "compte former 2 000 jeunes" intends
                      r"recrut\w*|embauch\w*|jobs?|compte(?!\s+(?:former|initier|certifier|qualifier|"
                      r"sensibiliser|accompagner|éduquer|outiller)\b))\b[^.;,]{0,20}$", re.IGNORECASE)
# "The ministry's programme aims to train three million Nigerians": a public programme.
_PUBLIC_OWNER = re.compile(r"\b(?:ministry|ministère|government|gouvernement|state|l'état|national|"
                           r"nationale?|public|publique|authorit\w+|autorités?|agency|agence)\b",
                           re.IGNORECASE)


def _provider(ctx: Context, i: int, at: int) -> tuple[str | None, bool]:
    subject = ctx.subject_company(i)
    if subject and _SAME_SUBJECT.search(ctx.text, max(ctx.sentences[i].start, at - 80), at):
        # "Alibaba Cloud signed a partnership with Smart Axiata …, and said it would train
        # 10,000": the sentence's subject goes on
        return subject, True
    named = [m for m in ctx.companies(i) if m.end <= at]
    if named and _UNDER_WHICH.match(ctx.text, named[-1].end, at):
        # "a memorandum … with Cisco, under which the networking company will train 15,000"; the
        # one of that trade when the epithet names one ("with Cisco, under which the telecoms
        # group" is Safaricom)
        epithet = ctx.text[named[-1].end:at]
        fitting = [m for m in named if ctx.of_the_trade(m.key, epithet)]
        return (fitting[-1] if fitting else named[-1]).key, True
    # "Operator teams up with HPE, pledges to train 100,000": the partner does not train
    before = [m for m in ctx.companies(i) if m.end <= at
              and not _PARTNER_SLOT.search(ctx.text[max(0, m.start - 25):m.start])]
    if before:
        return before[-1].key, True
    lead = ctx.text[ctx.sentences[i].start:at]
    # "The Ethiopian unit also signed an agreement with Ethiopia's Ministry of … to train": the
    # ministry is the partner; who trains is the subject before "with"
    partner = _WITH.search(lead)
    subject_end = ctx.sentences[i].start + partner.start() if partner else at
    if _PUBLIC_OWNER.search(lead[:subject_end - ctx.sentences[i].start]) \
            or any(m.kind == "gov" and m.end <= subject_end for m in ctx.by_sentence[i]):
        return None, False
    if ctx.state_speaks(i, at):
        return None, False
    return ctx.salient_company(i + 1, hint=lead), False


_UNDER_WHICH = re.compile(r"\W*(?:under\s+which|whereby|by\s+which|in\s+which|aux\s+termes\s+duquel|par\s+lequel|"
                          r"dans\s+le\s+cadre\s+duquel)\s+(?:the|le|la|l')\s*(?:[\w-]+\s+){0,2}?(?:company|group|firm|giant|"
                          r"groupe|société|entreprise|géant)\b[^,;.]{0,40}$", re.IGNORECASE)
_SAME_SUBJECT = re.compile(r",?\s+(?:and|et)\s+(?:(?:said|says|added|announced|a\s+annoncé|a\s+indiqué|a\s+précisé)\s+"
                           r"(?:it|qu'il|qu'elle)\s+)?(?:would|will|plans\s+to|va|allait|compte|prévoit\s+de)\s+"
                           r"(?:also\s+|aussi\s+|également\s+)?(?:\w+\s+){0,2}?$", re.IGNORECASE)


_WITH_WORDS = r"with|avec|alongside|aux\s+côtés\s+d[eu']|together\s+with"
_WITH = re.compile(rf"\b(?:{_WITH_WORDS})\b", re.IGNORECASE)
_PARTNER_SLOT = re.compile(rf"\b(?:{_WITH_WORDS}|en\s+partenariat\s+avec|in\s+partnership\s+with)\s+"
                           r"(?:the\s+|le\s+|la\s+|l')?$", re.IGNORECASE)


def _country_after(ctx: Context, i: int, at: int) -> str | None:
    for place in ctx.places(i):
        if place.start >= at:
            return place.key.split("/")[0]
    # "La filiale camerounaise du groupe sud-africain …": a nationality is whose, not where
    places = [p for p in ctx.places(i) if not p.adjective]
    return places[-1].key.split("/")[0] if places else None
