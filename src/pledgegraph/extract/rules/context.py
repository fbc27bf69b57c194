"""What the rules know about one document: its sentences, who and where it is about."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pledgegraph.extract.orgs import is_company
from pledgegraph.extract.rules import cues
from pledgegraph.records import Analysis, Evidence, Mention, Money, Span


_BIOGRAPHY = re.compile(
    r"(?:worked\s+(?:at|for)|previously\s+(?:at|with)|formerly\s+(?:at|of|with)|former\s+\w+\s+(?:at|of)|"
    r"co-?founder\s+of|cofondateur\s+d[e']|anciens?\s+(?:\w+\s+)?d[e']|ex-|passé\s+par|founded\s+by|"
    r"fondée?\s+(?:en\s+\d{4}\s+)?par)[^.;:]*$|"
    # a source's employer: "said Tom Hargreaves, an analyst at Bloomberg Intelligence"
    r"\b(?:analyst|economist|strategist|professor|analyste|économiste|stratégiste|professeur)\s+(?:at|with|chez|à)\s+$",
    re.IGNORECASE)


# What may come before a sentence's subject: a dateline ("Paris, 3 mai (AFP) - "), a short
# adverbial ("Mardi, ", "In a statement, "),
# an article or a descriptive phrase ("Le géant américain ", "US chipmaker ").
_SUBJECT_LEAD = re.compile(
    r"(?:[^.]{0,60}\s[-–—]\s*)?(?:[^,;:]{0,40},\s*)?(?:(?:le|la|les|l'|the|un|une|a|an)\s*)?"
    r"(?:[a-zà-ÿ'-]+\s+){0,3}", re.IGNORECASE)


# A company described, not named: "Suriname's state telecommunications company", "l'opérateur public"
_DESCRIBED = re.compile(r"(?:[A-ZÀ-Þ][\w-]*['’]s\s+|\b(?:[Tt]he|[Ll]e|[Ll]a)\s+|\b[Ll]')(?:[\w-]+\s+){0,3}?"
                        r"(?:company|operator|provider|group|firm|carrier|telco|lender|bank|groupe|opérateur|"
                        r"société|entreprise|banque)\b")


_SAID_THAT = re.compile(r"\s+(?:also\s+|aussi\s+|a\s+)?(?:said|says|announced|confirmed|annoncé|indiqué|précisé|"
                        r"confirmé|annonce|indique|précise)\s+(?:on\s+\w+\s+|\w+\s+)?(?:that|qu['e])\s*", re.IGNORECASE)


_PREPOSITION_LAST = re.compile(
    r"\b(?:dans|avec|pour|par|chez|de|du|des|d'|à|au|aux|en|sur|entre|selon|après|avant|comme|contre|"
    r"depuis|derrière|devant|face\s+à|malgré|sans|sous|vers|via|in|into|with|for|by|of|from|at|to|on|"
    r"between|according\s+to|than|que|after|before|like|unlike|against|since|behind|ahead\s+of|"
    r"following|besides|beyond|without|over|under|toward|towards)\s*$", re.IGNORECASE)


@dataclass
class Context:
    analysis: Analysis
    lang: str
    by_sentence: list[list[Mention]] = field(default_factory=list)
    money_by_sentence: list[list[Money]] = field(default_factory=list)
    dominant_country: str | None = None
    dominant_city: str | None = None
    company_counts: Counter = field(default_factory=Counter)

    @classmethod
    def of(cls, analysis: Analysis) -> "Context":
        ctx = cls(analysis=analysis, lang=analysis.doc.lang or "en")
        sentences = analysis.sentences
        mentions = _cities_in_context(analysis.mentions)
        ctx.by_sentence = [[m for m in mentions if s.start <= m.start < s.end] for s in sentences]
        ctx.money_by_sentence = [[m for m in analysis.money if s.start <= m.start < s.end] for s in sentences]
        countries: Counter = Counter()
        cities: Counter = Counter()
        money_spans = [(m.start, m.end) for m in analysis.money]
        for mention in mentions:
            if any(s <= mention.start < e for s, e in money_spans):
                continue  # "dollars canadiens" names a currency, not a place
            if mention.kind == "country":
                countries[mention.key] += 1
            elif mention.kind == "city":
                cities[mention.key] += 1
                countries[mention.key.split("/")[0]] += 1
            elif mention.kind == "org" and ctx.is_company(mention.key):
                ctx.company_counts[mention.key] += 1
            if mention.kind == "org":
                # "Andorra Telecom", "University of Puerto Rico": a hint of where the story is
                for place in _countries_inside(mention.text):
                    countries[place] += 0.5
        if not any(n >= 1 for n in countries.values()):
            # A regional story names towns, not its country: "Ploufragan, près de Saint-Brieuc".
            from pledgegraph.extract.places import town_countries

            countries = town_countries(ctx.text)
        ctx.dominant_country = _clear_winner(_territory_over_state(countries))
        ctx.dominant_city = _clear_winner(cities, minimum=2)
        return ctx

    @property
    def sentences(self) -> tuple[Span, ...]:
        return self.analysis.sentences

    @property
    def text(self) -> str:
        return self.analysis.doc.text

    def is_company(self, key: str) -> bool:
        return is_company(key)

    def orgs(self, i: int) -> list[Mention]:
        return [m for m in self.by_sentence[i] if m.kind == "org"]

    def companies(self, i: int) -> list[Mention]:
        return [m for m in self.orgs(i) if self.is_company(m.key) and not self.in_biography(m)]

    def in_biography(self, mention: Mention) -> bool:
        """ "a scientist who previously worked at DeepMind": a person's past, not an actor."""
        window = self.text[max(0, mention.start - 45):mention.start]
        return bool(_BIOGRAPHY.search(window))

    def places(self, i: int) -> list[Mention]:
        money = self.money_by_sentence[i]
        return [m for m in self.by_sentence[i] if m.kind in ("country", "city")
                and not any(x.start <= m.start < x.end for x in money)]

    def salient_company(self, i: int, exclude: set[str] = frozenset(), window: int = 3,
                        hint: str = "", _depth: int = 0) -> str | None:
        """The company a pronoun or "the company" in sentence `i` most likely refers to.

        The subject of the sentence just before, when a company is its subject ("Google a
        accepté d'investir … dans Anthropic. Le groupe verse…": Google): a pronoun continues
        the topic of the sentence before it. Otherwise, among the companies of the few
        sentences before, the one the whole article names most (an article is mostly about
        one company); ties go to the most recent.
        """
        if _speaks(hint):
            # "Our quantum lab in Kongens Lyngby…", "nous allons investir…": an interview or a
            # statement, in the name of the company the article is about, or of the one the line
            # before introduces ("[SONORE - Patrick Ilunga, directeur général de Raxio Congo]")
            label = self.sentences[i - 1] if 0 < i <= len(self.sentences) else None
            if label and len(label.text) < 160 and not label.text.endswith((".", "!", "?")):
                # (a label line holds no cue, so NER has not read it: the article's companies'
                # names, wherever they stand in it)
                names = {m.text: m.key for j in range(len(self.sentences)) for m in self.companies(j)
                         if m.key not in exclude}
                found = [(label.text.rfind(name), key) for name, key in names.items() if name in label.text]
                if found:
                    return max(found)[1]
            speaking = next((k for k, _n in self.company_counts.most_common() if k not in exclude), None)
            if speaking:
                return speaking
        if cues.PARENT_ANAPHOR.search(hint):
            # "… a day after its parent unveiled a venture with OpenAI": the group above the
            # company the story is about.
            parent = parent_of(self.salient_company(i, exclude, window))
            if parent:
                return parent
        sector = _sector_named(hint)
        if sector:
            # "The telco has also formed…", "the chipmaker is putting in…": the recent company
            # of that trade, whoever the sentence before was about.
            # (a caller may ask for the sentence after the last one: training looks at its own)
            # The subject of the sentence before, if of that trade: "SK hynix signed a supply
            # deal with Nvidia. The chipmaker also said…" is SK hynix
            last = min(i, len(self.sentences)) - 1
            subject = self.subject_company(last) if last >= 0 else None
            if subject and subject not in exclude and _sector_of(subject) == sector:
                return subject
            for j in range(min(i, len(self.sentences) - 1), max(-1, i - 6), -1):
                for mention in reversed(self.companies(j)):
                    if mention.key not in exclude and _sector_of(mention.key) == sector \
                            and not self._in_passing(mention):
                        return mention.key
        plain = self._salient(i, exclude, window, hint, _depth)
        if sector and plain and _sector_of(plain) not in (None, sector):
            # "l'éditeur", and the story's last company is a start-up: the company of that
            # trade the article is about, however far back it was named
            topics = {m.key for j in range(len(self.sentences)) for m in self.companies(j)
                      if not self._in_passing(m)}
            of_sector = [k for k, _n in self.company_counts.most_common()
                         if k not in exclude and k in topics and _sector_of(k) == sector]
            return of_sector[0] if of_sector else plain
        return plain

    def of_the_trade(self, key: str, epithet: str) -> bool:
        """Whether an epithet names the trade the gazetteer gives `key` ("the telecoms group" and
        Safaricom)."""
        sector = _sector_named(epithet)
        return sector is not None and _sector_of(key) == sector

    def state_speaks(self, i: int, at: int) -> bool:
        """Whether sentence `i`, up to `at`, speaks in the first person inside a public official's
        quote (« Nous allons investir 2 milliards », a déclaré le ministre): the state's money or
        programme, no company's."""
        lead = self.text[self.sentences[i].start:at]
        person = list(cues.FIRST_PERSON.finditer(lead))
        return bool(person) and _public_voice(self, self.sentences[i].start + person[-1].start())

    def _salient(self, i: int, exclude: set[str], window: int, hint: str, _depth: int) -> str | None:
        subject = self.subject_company(i - 1) if i > 0 else None
        if subject and subject not in exclude:
            return subject
        if i > 0 and _depth < 4 and not self.companies(i - 1) and cues.ANAPHOR.search(self.sentences[i - 1].text):
            # "Le groupe de Vélizy ne se contente pas d'un accord. Il apportera 200 M$…": the
            # sentence before spoke of the same company without naming it; so does this one.
            return self.salient_company(i - 1, exclude, window, hint=self.sentences[i - 1].text,
                                        _depth=_depth + 1)
        based = _based_in(hint)
        recent: list[str] = []
        for j in range(i - 1, -1, -1):
            for mention in reversed(self.companies(j)):
                if mention.key in exclude or mention.key in recent or self._in_passing(mention):
                    continue
                if based and _home_country(mention.key) not in (None, based):
                    continue  # "the Riyadh-based company" is none of the Emirati ones
                recent.append(mention.key)
            if len(recent) and i - j >= window:
                break
        if not recent:
            if not _DESCRIBED.search(hint) or re.search(r"\b(?:and|et)\b", hint):
                return None  # (two described: "Slovak security firm and Honduras's largest bank")
            # A lead that describes the company before naming it ("Suriname's state telecoms
            # company will invest… Telesur said the facility…"): the next sentences' subject
            ahead = (self.subject_company(j) for j in range(i + 1, min(i + 3, len(self.sentences))))
            return next((key for key in ahead if key and key not in exclude), None)
        return max(recent, key=lambda k: (self.company_counts[k], -recent.index(k)))

    def _in_passing(self, mention: Mention) -> bool:
        """ "center3, the subsidiary of stc Group": stc is named in passing; "levé 235 M$ auprès
        notamment de Google, Amazon et Nvidia": examples, not what the story is about."""
        before = self.text[max(0, mention.start - 45):mention.start]
        return bool(cues.OWNER_BEFORE.search(before) or _LISTED.search(before[-40:])
                    or _SUPPLIER.search(self.text[max(0, mention.start - 80):mention.start]))

    def subject_company(self, i: int) -> str | None:
        """The company sentence `i` opens with, when its first words name one as their subject."""
        mention = self.subject_mention(i)
        return mention.key if mention else None

    def subject_mention(self, i: int) -> Mention | None:
        sentence = self.sentences[i]
        for mention in self.by_sentence[i]:
            if mention.kind not in ("org", "gov"):
                continue
            lead = self.text[sentence.start:mention.start]
            if (mention.kind == "org" and self.is_company(mention.key) and _SUBJECT_LEAD.fullmatch(lead)
                    and not _PREPOSITION_LAST.search(lead)):
                return mention
            # "The ministry also said that Dialog Axiata PLC … will invest": the company the
            # reported clause opens with acts
            reported = next((m for m in self.by_sentence[i] if m.start > mention.end and m.kind == "org"), None)
            if reported and self.is_company(reported.key) and _SAID_THAT.fullmatch(self.text, mention.end, reported.start):
                return reported
            return None
        return None

    def main_other_company(self, exclude: set[str]) -> str | None:
        """The most-named company of the document other than `exclude`; ties go to the one named first."""
        # company_counts holds companies in the order the text first names them; sorted() is stable.
        for key, _count in sorted(self.company_counts.items(), key=lambda kv: -kv[1]):
            if key not in exclude:
                return key
        return None

    def local(self, iso: str | None, i: int) -> str | None:
        """ "l'archipel français" in a story about Saint-Pierre-et-Miquelon: the territory, when
        the place a rule found in sentence `i` is the state the story's territory belongs to,
        and the sentence does not name that state outright ("in China")."""
        from pledgegraph.extract.places import place_lexicon

        named = any(p.key.split("/")[0] == iso and not p.adjective for p in self.places(i))
        if iso and not named and self.dominant_country \
                and place_lexicon().sovereigns.get(self.dominant_country) == iso:
            return self.dominant_country
        return iso

    def evidence(self, i: int, confidence: float) -> Evidence:
        s = self.sentences[i]
        return Evidence(s.start, s.end, s.text, round(confidence, 2))


_SECTOR_WORDS = [
    ("semiconductors", r"chip\s*maker|chipmaker|fondeur|fabricant\s+(?:américain\s+|californien\s+)?de\s+puces|"
                       r"numéro\s+un\s+mondial\s+des\s+puces|semiconductor\s+(?:group|company|maker)"),
    ("telecom", r"telco|carrier|opérateur(?!\s+de\s+centres)|(?:telecoms?\s+)?operator(?!\s+of\s+data)|"
                r"telecoms?\s+(?:group|company|firm)"),
    ("cloud", r"hyperscaler|cloud\s+(?:provider|giant)|géant\s+du\s+cloud"),
    ("software", r"software\s+(?:maker|major|company|group)|éditeur"),
    ("automotive", r"carmaker|constructeur\s+automobile"),
    ("finance", r"lender|bank|banque|asset\s+manager"),
]


def parent_of(key: str | None) -> str | None:
    """The gazetteer's parent of an organisation: softbank-corp -> softbank-group."""
    from pledgegraph.extract.orgs import gazetteer

    entry = gazetteer().entries.get(key) if key else None
    return entry.parent if entry else None


def _public_voice(ctx: "Context", at: int) -> bool:
    """Whether the quote holding position `at` is a public official's: « Nous allons investir
    2 milliards », a déclaré le ministre. A company named between the quote and the office
    ("said Microsoft President Brad Smith") speaks for itself."""
    text = ctx.text
    opened = max(text.rfind(q, max(0, at - 600), at) for q in "«“\"")
    if opened < 0:
        return False
    closes = [c for c in (text.find(q, at, at + 600) for q in "»”\"") if c >= 0]
    spans = []  # (where a witness would be looked for, where the speaker's words start, end)
    if closes:
        after = cues.PUBLIC_SPEAKER_AFTER.match(text, min(closes) + 1)
        if after:
            spans.append((min(closes) + 1, min(closes) + 1, after.end()))
    before = cues.PUBLIC_SPEAKER_BEFORE.search(text, max(0, opened - 120), opened)
    if before:
        # ("Flanked by the Minister, …": the witness stands just before the office)
        spans.append((max(0, before.start() - 30), before.start(), opened))
    orgs = [m for mentions in ctx.by_sentence for m in mentions if m.kind == "org" and ctx.is_company(m.key)]
    return any(not any(start <= m.start < end for m in orgs) and not cues.WITNESS.search(text, look, end)
               for look, start, end in spans)


def _speaks(hint: str) -> bool:
    """Whether the fact's own clause is in the first person ("Our quantum lab in…"), not a quote
    that closes before it ("«Our constraint is people», said X, who will head the new lab")."""
    for match in cues.FIRST_PERSON.finditer(hint):
        quoted = re.search(r"[\"“«][^\"”»]*$", hint[:match.start()]) and re.search(r"[\"”»]", hint[match.end():])
        if not quoted:
            return True
    return False


_LISTED = re.compile(r"\b(?:such\s+as|including|tels?\s+qu[e']|comme|notamment|dont|auprès\s+d[e'u])\b[^.;:]*$",
                     re.IGNORECASE)


# "powered by hydroelectricity from state utility FEDA": a supplier, not whom the story follows
# ("The largest pledge came from du9" names the story's company)
_SUPPLIER = re.compile(r"\b(?:(?:supplied|bought|purchased|sourced|leased|rented|powered|electricity|energy|power)\b"
                       r"[^.;]{0,40}\bfrom\s+|fourni\w*\s+par\s+|achetée?s?\s+(?:à\s+|auprès\s+d[eu]\s+|auprès\s+d'))(?:[\w-]+\s+){0,2}$",
                       re.IGNORECASE)


def _based_in(hint: str) -> str | None:
    """ "the Riyadh-based company" -> SA: the country of the last "X-based" in `hint`."""
    from pledgegraph.extract.places import find_places

    for match in reversed(list(re.finditer(r"((?:[A-Z][\w'’.]*[\s-])*[A-Z][\w'’.]*)-based\b", hint))):
        places = [m for m in find_places(match.group(1)) if m.kind in ("country", "city")]
        if places:
            return places[-1].key.split("/")[0]
    return None


def _home_country(key: str) -> str | None:
    from pledgegraph.extract.orgs import gazetteer

    entry = gazetteer().entries.get(key)
    return entry.country if entry else None


def _sector_named(hint: str) -> str | None:
    """The trade of the last epithet in `hint`: "the chipmaker" -> semiconductors."""
    found = None
    for sector, words in _SECTOR_WORDS:
        for match in re.finditer(rf"\b(?:the\s+|le\s+|la\s+|l')(?:[\w-]+\s+)?(?:{words})\b", hint, re.IGNORECASE):
            if found is None or match.start() > found[0]:
                found = (match.start(), sector)
    return found[1] if found else None


def _sector_of(key: str) -> str | None:
    from pledgegraph.extract.orgs import gazetteer

    entry = gazetteer().entries.get(key) or gazetteer().entries.get(gazetteer().root(key))
    return entry.sector if entry else None


def _cities_in_context(mentions: tuple[Mention, ...]) -> list[Mention]:
    """ "Saint-Denis" in a story about France is the French one, not Réunion's larger town:
    a city name several countries share goes to the country the article names most, and a
    city's short form to the city the article names in full."""
    from dataclasses import replace

    from pledgegraph.extract.places import fold, place_lexicon, slug

    lex = place_lexicon()
    shared = lex.city_countries
    named = _territory_over_state(Counter(m.key for m in mentions if m.kind == "country"))
    # "Santa Cruz" in a story that names "Santa Cruz de la Sierra": the short form of that city
    full = {m.text: m.key for m in mentions if m.kind == "city"}
    out = []
    for m in mentions:
        longer = next((key for text, key in full.items() if m.kind == "city" and text.startswith(m.text + " ")), None)
        if longer:
            out.append(replace(m, key=longer))
            continue
        options = shared.get(m.text) if m.kind == "city" else None
        if options and (m.key.split("/")[0], fold(m.text)) in lex.capitals and not any(
                c.kind == "country" and c.key in options and c.key != m.key.split("/")[0]
                and (named[c.key] >= 2 or 0 <= c.start - m.end <= 40) for c in mentions):
            # a large capital is the capital, unless another country of a town of its name is
            # named twice or just after it ("Tripoli, in northern Lebanon", "London, Ontario")
            options = None
        if options:
            best = max(options, key=lambda iso: (named[iso], iso == m.key.split("/")[0]))
            if named[best] > named[m.key.split("/")[0]]:
                m = replace(m, key=f"{best}/{slug(options[best])}")
        out.append(m)
    return out


def _countries_inside(name: str) -> list[str]:
    from pledgegraph.extract.places import place_lexicon

    lex = place_lexicon()
    return [lex.countries[m.group(0)] for m in lex.pattern.finditer(name) if m.group(0) in lex.countries]


def _territory_over_state(countries: Counter) -> Counter:
    """A story about Puerto Rico names the United States to say what the island is ("a US
    territory", "US jurisdiction"): when a state leads, its mentions count for a territory
    of its that the story names at least twice and at least a third as often."""
    from pledgegraph.extract.places import place_lexicon

    if not countries:
        return countries
    top = max(countries.values())
    sovereigns = place_lexicon().sovereigns
    territories = sorted(((n, t) for t, n in countries.items() if countries.get(sovereigns.get(t)) == top
                          and n >= 2 and 3 * n >= top), reverse=True)
    if not territories:
        return countries
    counts = Counter(countries)
    territory = territories[0][1]
    counts[territory] += counts.pop(sovereigns[territory])
    return counts


def _clear_winner(counts: Counter, minimum: int = 1) -> str | None:
    ranked = counts.most_common()
    if not ranked or ranked[0][1] < minimum:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]
