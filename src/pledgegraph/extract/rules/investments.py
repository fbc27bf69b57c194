"""Investments: an amount of money a company commits, in a country or in a company."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import takewhile

from pledgegraph.convert import default_rates
from pledgegraph.extract.orgs import gazetteer
from pledgegraph.extract.rules import cues
from pledgegraph.extract.rules.context import Context
from pledgegraph.records import Fact, Mention, Money

MIN_VALUE = 1_000_000  # below this an amount is a price or a salary, not a corporate pledge
_STAKE = re.compile(r"\b(?:stake|participation|equity|au\s+capital|minority|minoritaire|funding\s+round|"
                    r"tour\s+de\s+table|invest\w*\s+in\s+the\s+start-?up)\b", re.IGNORECASE)
# "…will invest US$40 million, while KTH brings the land": who stands in another clause
_OTHER_CLAUSE = re.compile(r",\s*(?:while|whereas|as|but|tandis\s+que|alors\s+que|mais)\b|;", re.IGNORECASE)
# "la Banque hellénique de développement, un organisme public, …": public money
_PUBLIC_BODY_AFTER = re.compile(r"\s*,\s*(?:un|une|a|an|the|l')\s*(?:[\w-]+\s+)?(?:organisme|établissement|body|agency|"
                                r"institution|entité|entity|agence|bank|banque)\s+(?:public|publique|d'[ÉE]tat|state|"
                                r"gouvernementale?|government|étatique)\b", re.IGNORECASE)
# "un fonds de 1 milliard d'euros, géré par CDP Venture Capital": who runs the money, not whose
_MANAGED = re.compile(r"\b(?:gérée?s?|managed|run|administered|administrée?s?|opérée?s?|operated)\s+(?:by|par)\s*"
                      r"(?:the\s+|la\s+|le\s+|l')?$", re.IGNORECASE)
_BY = re.compile(r"\b(?:by|par|from|de\s+la\s+part\s+d[e'])\s*(?:the\s+|la\s+|le\s+|l')?$", re.IGNORECASE)
# An amount followed by who pledged it: that company is the investor, whoever the sentence is about.
# Also any passive: "3 milliards de riyals … sera mobilisée par Alibaba Cloud", "$200m will be
# invested by FPT".
_PASSIVE_BY = (
    r"^[^,;.]{0,60}?\b(?:(?:promis\w*|annonc\w*|engag\w*|pledged|promised|committed|announced|earmarked|"
    r"set\s+aside|allocated|mobilisé\w*|débloqué\w*)|"
    r"(?:sera|seront|serait|seraient|est|sont|a\s+été|ont\s+été|will\s+be|would\s+be|is|are|was|were|"
    r"has\s+been|have\s+been)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:é|ée|és|ées|ed|en|t|s))\s+(?:par|by)\s+")
# "… will be invested by Indian IT services firm Wipro": up to four words describe the agent
_PLEDGED_BY = re.compile(_PASSIVE_BY + r"(?:the\s+|le\s+|la\s+|l'|les\s+)?(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# "25 millions d'euros seront investis par le groupe": the company the story is about.
_PLEDGED_BY_ANAPHOR = re.compile(
    _PASSIVE_BY + r"(?:le\s+groupe|la\s+société|l'entreprise|la\s+firme|l'opérateur|le\s+géant|l'éditeur|"
    r"le\s+(?:fabricant|constructeur|concepteur|fondeur|spécialiste|fournisseur|numéro\s+un)|"
    r"l'(?:industriel|équipementier|hébergeur|américain|allemand|français|chinois|japonais)|"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:company|group|firm|operator|telco|carrier|chipmaker|giant))\b",
    re.IGNORECASE)
_ROUND = re.compile(r"\b(?:(?:series\s+[a-z]\d?|seed|funding|financing)(?:\s+[\w-]+)?\s+round|tour\s+de\s+(?:table|financement)|"
                    r"levée\s+de\s+fonds)\b", re.IGNORECASE)
_ROUND_RAISED = re.compile(r"\b(?:raised|raises|raising|lève|levé|a\s+levé|boucle|closed)\b", re.IGNORECASE)
# "C'est une enveloppe de 85 M€ que l'entreprise nantaise va consacrer…", "… that the group
# will spend": the subject comes after the amount.
_CLEFT = re.compile(r"^[^,;.]{0,40}?\b(?:que|qu'|that)\s*", re.IGNORECASE)
# A passive with no agent: "a further US$120m has been earmarked for Nairobi".
_PASSIVE_NO_AGENT = re.compile(
    r"^[^,;.]{0,60}?\b(?:sera|seront|a\s+été|ont\s+été|will\s+be|has\s+been|have\s+been|is\s+being)\s+"
    r"(?:[\w-]+\s+)?(?:earmarked|invested|allocated|set\s+aside|committed|spent|investis?|engagée?s?|"
    r"consacrée?s?|débloquée?s?|alloué(?:e|s|es)?|mobilisée?s?)\b(?!\s+(?:par|by)\b)", re.IGNORECASE)
# No place in the sentence, but it points at the one the article is about.
_WORLDWIDE = re.compile(r"\b(?:worldwide|globally|around\s+the\s+(?:world|globe)|across\s+(?:the\s+)?(?:world|globe)|"
                        r"dans\s+le\s+monde(?:\s+entier)?|à\s+l'échelle\s+mondiale|without\s+breaking\s+(?:\w+\s+){0,3}?down|"
                        r"sans\s+(?:en\s+)?(?:préciser|détailler)\s+la\s+répartition)\b", re.IGNORECASE)
_HERE = re.compile(
    r"\b(?:(?:dans|sur|pour|en|in|to|into|across|throughout|within)\s+(?:le|la|l'|the|ce|cet|cette|this)\s*"
    r"(?:pays|royaume|archipel|île|péninsule|émirat|country|kingdom|nation|island|archipelago|peninsula|"
    r"emirate)|sur\s+place|locally|localement|là-bas)\b", re.IGNORECASE)
_AT_HOME = re.compile(
    r"\b(?:at\s+home|domestically|(?:in|on)\s+(?:its|their)\s+(?:home|domestic)\s+(?:market|soil|turf)|"
    r"on\s+home\s+soil|dans\s+son\s+(?:propre\s+)?pays|sur\s+son\s+marché\s+(?:domestique|intérieur|national)|"
    r"sur\s+ses\s+terres)\b", re.IGNORECASE)
# "pour ce projet": the project an earlier sentence placed.
_THIS_PROJECT = re.compile(
    r"\b(?:ce|cet|cette|ces|this|these|the)\s+(?:projets?|projects?|programme|program|site|campus|"
    r"installations?|facility|facilities|initiative|bâtiment|building|usine|plant)\b", re.IGNORECASE)
_SAME_INVESTEE = re.compile(
    r"^[^.;]{0,70}?\b(?:dans|in|into)\s+(?:la\s+même\s+(?:société|entreprise|start-?up|jeune\s+pousse)|"
    r"the\s+same\s+(?:company|firm|start-?up)|la\s+start-?up|the\s+start-?up|la\s+jeune\s+pousse)\b",
    re.IGNORECASE)
_PURPOSE = re.compile(
    r"\b(?P<what>(?:(?:in\s+order\s+)?to|pour|afin\s+de|d')\s*(?:build|expand|develop|boost|strengthen|"
    r"grow|upgrade|extend|set\s+up|establish|open|accelerate|support|deploy|create|"
    r"construire|développer|renforcer|étendre|agrandir|accélérer|soutenir|déployer|créer|ouvrir|"
    r"installer|bâtir|moderniser)\b[^.;()«»\"]{3,}|"
    r"(?:in|into|for|dans|pour)\s+(?:(?:its|new|the|l'|les|le|la|des|de\s+nouvelles?|ses|son|sa)\s*)?"
    r"(?:[\w'-]+\s+){0,2}?"
    r"(?:AI|cloud|data[\s-]?cent\w+|artificial\s+intelligence|infrastructure\w*|"
    r"l'IA|IA|intelligence\s+artificielle|infrastructures?|centres?\s+de\s+données|"
    r"informatique\s+en\s+nuage|semi-?conducteurs?|semiconductors?|chips?|puces|"
    r"supercalculateurs?|supercomputers?|computing|calcul)\b[^.;()«»\",]*)", re.IGNORECASE)
_APPOSITION_THEN_VERB = re.compile(r"^(?:'s)?\s*,[^;:()]*,\s*(?:[\w'-]+\s+){0,8}$")
_ORG_NOUNS = (
    r"groupe|société|entreprise|géant|firme|start-?up|éditeur|company|firm|group|giant|maker|"
    r"fabricant|opérateur|operator|provider|fournisseur|pépite|licorne|partenaire|partner|rival|"
    r"concurrent|supplier|client|customer|investisseur|investor|actionnaire|shareholder|chipmaker|"
    r"conglomérat|conglomerate|holding|multinationale?|multinational|champion|leader|spécialiste|"
    r"specialist|titan|mastodonte|poids\s+lourd|heavyweight|compatriote|compatriot|voisin|neighbou?r|"
    r"fonds|fund|bank|banque|telco|major|player|vendor|powerhouse|carrier|lender")
# "the South Korean chipmaker", "US group": the adjective says whose the company is.
# "the South Korean chipmaker", "Kazakhstan's national operator": whose, not where
_DESCRIBED_AFTER = re.compile(rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{_ORG_NOUNS})\b", re.IGNORECASE)
_DESCRIBES_ORG = re.compile(rf"\b(?:{_ORG_NOUNS})\s*$", re.IGNORECASE)
_PERIOD = re.compile(
    r"\b(?:over\s+the\s+(?:next\s+)?(?:\w+\s+)?(?:years?|months?)|in\s+the\s+(?:next|coming)\s+\w+\s+years|"
    r"by\s+(?:mid-|the\s+end\s+of\s+|end\s+of\s+)?20\d\d|between\s+20\d\d\s+and\s+20\d\d|"
    r"through\s+20\d\d|until\s+20\d\d|over\s+\w+\s+years|"
    r"sur\s+les\s+\w+\s+prochaines\s+années|au\s+cours\s+des\s+\w+\s+prochaines\s+années|"
    r"d'ici\s+(?:à\s+)?(?:la\s+fin\s+de\s+|fin\s+|mi-)?20\d\d|entre\s+20\d\d\s+et\s+20\d\d|"
    r"sur\s+\w+\s+ans|à\s+l'horizon\s+20\d\d|jusqu'en\s+20\d\d)", re.IGNORECASE)


def extract(ctx: Context) -> list[Fact]:
    facts: list[Fact] = []
    for i, sentence in enumerate(ctx.sentences):
        respective = _respectively(ctx, i)
        if respective is not None:
            facts.extend(respective)
            continue
        for group in _equivalent_groups(ctx, ctx.money_by_sentence[i]):
            owners = _each_of_them(ctx, i, group[0])
            if owners:
                # "Chacun apportera environ 1 milliard de dollars": one commitment per partner
                facts.extend(Fact(kind="investment", evidence=[ctx.evidence(i, 0.7)], investor=key,
                                  country=ctx.local(ctx.dominant_country, i), amounts=list(group))
                             for key in owners)
                continue
            if _told_again(ctx, i, group, facts) or _named_again(ctx, i, group, facts):
                continue
            fact, named = _investment(ctx, i, group)
            if fact is None:
                fact, named = _the_sum_next(ctx, i, group)
            if fact is None:
                continue
            earlier = None if named else _restated(ctx, facts, fact)
            if earlier:
                # "At about ₹1.33 lakh crore, the commitment dwarfs…": the $15bn told before,
                # in another currency
                _join(earlier, fact.amounts, fact.evidence)
                continue
            lead = ctx.text[sentence.start:group[0].start]
            parent = _larger(facts, fact) if _BREAKDOWN.search(lead) or not (
                named or fact.country or fact.investee) else None
            if parent:
                # "Le groupe verse 500 M$ d'emblée…": a part of the commitment just reported.
                parent.evidence.extend(e for e in fact.evidence if e not in parent.evidence)
                continue
            facts.append(fact)
    return merge(facts, ctx)


_RESPECTIVELY = re.compile(r"\b(?:respectivement|respectively)\b", re.IGNORECASE)
_LISTED = re.compile(r"\s*(?:,|and|et|&|,\s*and|,\s*et)\s*(?:the\s+|le\s+|la\s+|l')?", re.IGNORECASE)


def _respectively(ctx: Context, i: int) -> list[Fact] | None:
    """ "Google et Microsoft … y consacreraient respectivement 1,5 milliard et 2,1 milliards
    d'euros (soit environ 1,4 milliard et 2 milliards de francs suisses)": the k-th company
    named commits the k-th amount of each currency. None when the sentence is not so built."""
    money = ctx.money_by_sentence[i]
    if len(money) < 2 or not _RESPECTIVELY.search(ctx.sentences[i].text):
        return None
    runs: list[list[Money]] = []
    for amount in money:
        if runs and runs[-1][-1].currency == amount.currency:
            runs[-1].append(amount)
        else:
            runs.append([amount])
    companies = [m for m in ctx.companies(i) if m.end <= money[0].start]
    n = len(runs[0])
    listed = companies[-n:]
    if n < 2 or any(len(run) != n for run in runs) or len(listed) != n or len({m.key for m in listed}) != n \
            or not all(_LISTED.fullmatch(ctx.text, a.end, b.start) for a, b in zip(listed, listed[1:])):
        return None
    facts = []
    for k, mention in enumerate(listed):
        fact, _named = _investment(ctx, i, [run[k] for run in runs], investor=mention.key)
        if fact:
            facts.append(fact)
    return facts


_APPROXIMATELY = (r"(?:roughly|about|around|approximately|some|nearly|almost|environ|près\s+de|quelque|"
                  r"à\s+peu\s+près|un\s+peu\s+(?:plus|moins)\s+de|just\s+(?:over|under))?\s*")
# "At current exchange rates that is roughly $3.3bn.", "En euros, cela représente environ 4 Md€"
_THAT_IS = re.compile(
    r"^\W*(?:(?:at|à|au)\s+(?:current|today's|the\s+current|present|(?:les\s+)?taux\s+actuels?)\s*(?:exchange\s+)?"
    r"(?:rates?)?(?:\s+de\s+change)?,?\s+|(?:in|en)\s+(?:[\w-]+\s+){0,2}?(?:dollars|euros|terms),?\s+|"
    r"(?:for|pour)\s+[^,.]{0,50},\s+)?"  # "For readers who think in euros, that is…", "Pour nos auditeurs, ça fait…"
    r"(?:that|this|which|it|ce\s+qui|cela|ça|c')\s*(?:is|'s|comes\s+to|amounts\s+to|works\s+out\s+(?:at|to)|equals|"
    r"représente|fait|correspond\s+à|équivaut\s+à|est)\s+" + _APPROXIMATELY + "$", re.IGNORECASE)
# "À combien cela correspond-il en euros ? — À peu près 15 millions d'euros.": an amount alone
_ALONE_BEFORE = re.compile(r"^\W*" + _APPROXIMATELY + "$", re.IGNORECASE)
_ALONE_AFTER = re.compile(r"^[\s)\]]*(?:\.|!|$)")


def _alone(ctx: Context, i: int, group: list[Money]) -> bool:
    sentence = ctx.sentences[i]
    return bool(_ALONE_BEFORE.match(ctx.text[sentence.start:group[0].start])
                and _ALONE_AFTER.match(ctx.text[group[-1].end:sentence.end]))


def _told_again(ctx: Context, i: int, group: list[Money], facts: list[Fact]) -> bool:
    """An amount told again in the next sentences in another currency ("…invest about NIS11bn in
    the project. At current exchange rates that is roughly $3.3bn."), or alone as an answer:
    joined to the commitment it states."""
    sentence = ctx.sentences[i]
    # "AWS's own release puts the RON 20.5bn at roughly €4.1bn": the commitment's amount told
    # again just before, however far back the commitment was
    retold = [m for m in ctx.money_by_sentence[i] if m.end <= group[0].start]
    of = _reported_before(facts, sentence.start, retold)
    if of is not None:
        candidates = [of]
    elif _THAT_IS.match(ctx.text[sentence.start:group[0].start]) or _alone(ctx, i, group):
        since = ctx.sentences[max(0, i - 3)].start
        candidates = list(takewhile(lambda f: f.evidence[-1].start >= since, reversed(facts)))
    else:
        return False
    for earlier in candidates:
        currencies = {a.currency for a in earlier.amounts}
        if group[0].currency not in currencies and any(_worth_the_same(a, group[0]) for a in earlier.amounts):
            _join(earlier, group, [ctx.evidence(i, earlier.evidence[0].confidence)])
            return True
    return False


def _named_again(ctx: Context, i: int, group: list[Money], facts: list[Fact]) -> bool:
    """ "Safaricom, which plans to spend KSh 130 billion, welcomed the $1 billion pledge": an
    amount a sentence before reported, named again with "the": that commitment's evidence."""
    head, start = group[0], ctx.sentences[i].start
    if not _THE_AMOUNT.search(ctx.text, max(start, head.start - 30), head.start):
        return False
    earlier = _reported_before(facts, start, [head])
    if earlier is None:
        return False
    # ("Ces quarante millions de dollars, soit environ cent quatorze milliards de francs
    # congolais": with the equivalent it gives)
    _join(earlier, group, [ctx.evidence(i, earlier.evidence[0].confidence)])
    return True


def _reported_before(facts: list[Fact], start: int, amounts: list[Money]) -> Fact | None:
    """The latest commitment, told in a sentence before `start`, that states one of `amounts`."""
    return next((f for f in reversed(facts) if f.evidence[0].start < start
                 and any(_close(m, a) for m in amounts for a in f.amounts)), None)


def _join(fact: Fact, amounts: list[Money], evidence: list) -> None:
    """The same commitment told again: its amounts in currencies `fact` lacks, and its sentences."""
    for amount in amounts:
        if amount.currency not in {a.currency for a in fact.amounts}:
            fact.amounts.append(amount)
    fact.evidence.extend(e for e in evidence if e not in fact.evidence)


# "Deux milliards de dollars américains. C'est la somme qu'Amazon … s'engage à investir aux
# Philippines": an amount alone, then the sentence that says what it is
_THE_SUM_IS = re.compile(r"^\W*(?:c'est|ce\s+sont|that\s+is|that's|this\s+is|it\s+is|it's)\s+(?:la|le|the)\s+"
                         r"(?:somme|montant|sum|amount|figure|enveloppe|chiffre)\b", re.IGNORECASE)


def _the_sum_next(ctx: Context, i: int, group: list[Money]) -> tuple[Fact | None, bool]:
    if i + 1 >= len(ctx.sentences) or ctx.money_by_sentence[i + 1] or not _alone(ctx, i, group) \
            or not _THE_SUM_IS.match(ctx.sentences[i + 1].text):
        return None, False
    # (the company the relative clause makes invest: "la somme qu'Amazon Web Services, la
    # division d'Amazon, s'engage à investir")
    who = next((m for m in ctx.companies(i + 1)
                if not cues.OWNER_BEFORE.search(ctx.text[max(0, m.start - 45):m.start])), None)
    if who is None:
        return None, False
    fact, named = _investment(ctx, i + 1, group, investor=who.key)
    if fact:
        fact.evidence.insert(0, ctx.evidence(i, fact.evidence[0].confidence))
    return fact, named


# "Le détail de l'enveloppe : 600 M$ pour…, et 400 M$ pour…", "of which $1bn for skills": parts
# of a commitment already stated
# ("dont", "including", "of which" only just before the amount: "Orange, dont le siège est à
# Paris, investira…" is no part of anything)
_BREAKDOWN = re.compile(r"\b(?:le\s+détail|la\s+répartition|répartie?s?\s+(?:comme\s+suit|entre|ainsi)|ventilée?s?|"
                        r"se\s+(?:décompose|répartit|ventile|divise)|breaks\s+down|"
                        r"breakdown|broken\s+down|split\s+(?:into|between|as\s+follows))\b|"
                        r"\b(?:of\s+which|dont|including|à\s+savoir|namely)\s*:?\s*(?:some\s+|about\s+|environ\s+)?$",
                        re.IGNORECASE)


def _larger(facts: list[Fact], fact: Fact) -> Fact | None:
    """The commitment of the same investor, already found, of which `fact` can be a part."""
    root = gazetteer().root
    head = fact.amounts[0]
    for earlier in reversed(facts):
        if root(earlier.investor) == root(fact.investor) and any(
                a.currency == head.currency and a.value > head.value for a in earlier.amounts):
            return earlier
    return None


_EACH = re.compile(r"\W*(?:chacun(?:e)?(?:\s+des\s+deux)?|each(?:\s+of\s+(?:them|the\s+two))?|"
                   r"each\s+(?:partner|company|group)|chaque\s+(?:partenaire|associé|groupe))\s+"
                   r"(?:\w+\s+){0,2}?(?:apport\w*|investi\w*|invest\w*|contribu\w*|put\w*|mettra|injecter\w*|"
                   r"commit\w*|engag\w*)\b[^.;]{0,25}$", re.IGNORECASE)
_BOTH = re.compile(r"\s*(?:et|and|&)\s*(?:le\s+|la\s+|l'|the\s+)?(?:[\w-]+\s+){0,3}?$")


def _each_of_them(ctx: Context, i: int, head: Money) -> list[str]:
    """The two companies just named together ("Nscale et … Aker ont scellé une coentreprise"),
    when "chacun"/"each" of them puts in the amount."""
    lead = ctx.text[ctx.sentences[i].start:head.start]
    if head.value < MIN_VALUE or not _EACH.match(lead) or cues.PAST.search(lead) or cues.CONSIDERED.search(lead):
        return []  # "Chacun a déjà investi…", "each could put in…": no commitment
    for k in range(i - 1, max(-1, i - 3), -1):
        if not cues.PARTNER.search(ctx.sentences[k].text):
            continue  # the two who agreed to work together, not "its first customers, X and Y"
        companies = ctx.companies(k)
        for a, b in zip(companies, companies[1:]):
            if a.key != b.key and _BOTH.fullmatch(ctx.text[a.end:b.start]):
                return [a.key, b.key]
    return []


def _restated(ctx: Context, facts: list[Fact], fact: Fact) -> Fact | None:
    """The commitment of the same investor already found that `fact`, whose investor the
    sentence does not name, states again in another currency, told as known ("At about ₹1.33
    lakh crore, the commitment…")."""
    gaz = gazetteer()
    for earlier in reversed(facts):
        # (the same investor only: "Microsoft will invest $1 billion… AWS is also expanding. The
        # company will invest $1 billion" is two commitments)
        if _same_investor(gaz, earlier.investor, fact.investor) and _told_as_the_same(ctx, earlier, fact):
            return earlier
    return None


def _told_as_the_same(ctx: Context, earlier: Fact, fact: Fact) -> bool:
    """Whether `fact` states `earlier` again in another currency: the same value at the bundled
    rates, told as known; for a currency the rates lack (the Iraqi dinar), only when the words
    say it is the commitment ("its share, equivalent to about IQD393 billion")."""
    same = _same_value(earlier, fact)
    return _restates(ctx, fact, strongly=True) if same is None else same and _restates(ctx, fact)


def _same_value(a: Fact, b: Fact) -> bool | None:
    """Whether `b`'s first amount, in a currency `a` does not state, is one of `a`'s amounts
    within 10% at the latest rates (the press rounds, and rates move); None when the rates do
    not know its currency."""
    if b.amounts[0].currency in {m.currency for m in a.amounts}:
        return False
    head = _usd(b.amounts[0])
    if head is None:
        return None
    return any(v is not None and abs(v - head) <= v * Decimal("0.1") for v in map(_usd, a.amounts))


# "the roughly 8.1 trillion rupiah outlay": an amount told before, in another currency
_THE_AMOUNT = re.compile(r"\b(?:the|this|that|cette|ces|le|la|les|l')\s*(?:(?:roughly|about|some|around|nearly|"
                         r"environ|quelque|près\s+de)\s+)?$", re.IGNORECASE)


def _restates(ctx: Context, fact: Fact, strongly: bool = False) -> bool:
    """Whether the fact's amount is told as one already known: "the roughly 8.1 trillion
    rupiah outlay", "At about ₹1.33 lakh crore, the commitment dwarfs…"."""
    head, last = fact.amounts[0], fact.amounts[-1]
    sentence = next(s for s in ctx.sentences if s.start <= head.start < s.end)
    if _MORE_MONEY.search(ctx.text, max(sentence.start, head.start - 30), head.start):
        return False  # "the investment plan includes a further €900 million": more, not the same again
    return bool((not strongly and _THE_AMOUNT.search(ctx.text, max(0, head.start - 30), head.start))
                or _THE_COMMITMENT_AFTER.match(ctx.text, last.end)
                or _THE_COMMITMENT_IS.match(ctx.text, sentence.start, head.start))


_MORE_MONEY = re.compile(r"\b(?:a\s+further|an\s+additional|additional|another|supplémentaires?|additionnel\w*|"
                         r"de\s+plus|en\s+plus|autres?)\s+(?:[\w$€£-]+\s+)?$", re.IGNORECASE)
# "The investment, equal to about 32.4 billion baht, will pay for…"
# ("Converti en monnaie locale, l'engagement d'Equinix représente d'ailleurs quelque…")
_THE_COMMITMENT_IS = re.compile(r"\W*(?:[^,.;]{0,40}?[,\s]\s*)?(?:the|this|cet|cette|l'|its|their|sa|son|leur)\s*(?:investment|"
                                r"pledge|commitment|package|share|contribution|investissement|engagement|enveloppe|"
                                r"apport|part)\b[^.;]{0,50}$", re.IGNORECASE)
_THE_COMMITMENT_AFTER = re.compile(r"\s*,\s*(?:the|this|cet|cette|l')\s*(?:commitment|investment|pledge|engagement|"
                                   r"investissement)\b(?!\s+(?:needed|required|necessary|nécessaires?|requis))",
                                   re.IGNORECASE)


def _usd(amount: Money) -> Decimal | None:
    if amount.currency == "USD":
        return amount.value
    table = default_rates()
    year = table.nearest_year(amount.currency, table.latest_year)
    return amount.value * table.rate(amount.currency, year) if year else None


_ROUGHLY_GAP = re.compile(r",\s*(?:roughly|about|around|approximately|some|nearly|almost|environ|près\s+de|quelque|"
                          r"à\s+peu\s+près)\s*$", re.IGNORECASE)


def _worth_the_same(a: Money, b: Money) -> bool:
    x, y = _usd(a), _usd(b)
    return x is not None and y is not None and abs(x - y) <= max(x, y) * Decimal("0.2")


def _equivalent_groups(ctx: Context, money: list[Money]) -> list[list[Money]]:
    """Amounts that state one commitment: "5,4 milliards de dollars (environ 4,6 milliards
    d'euros)", "3 Md€ en Belgique d'ici 2027, soit près de 3,3 Md$", "between $1bn and $1.5bn"."""
    groups: list[list[Money]] = []
    for amount in money:
        if groups:
            group = groups[-1]
            last = group[-1]
            gap = ctx.text[last.end:amount.start]
            new_currency = amount.currency not in {m.currency for m in group}
            equivalent = new_currency and gap.strip() and (
                (len(gap) <= 30 and cues.EQUIVALENT_GAP.match(gap))
                or (len(gap) <= 150 and cues.RESTATED.search(gap))
                # "US$1.2 billion in the Philippines through 2030, roughly ₱68 billion at
                # current rates": the same value, checked, as the words say less
                # (a currency the bundled rates lack, such as the sol, is taken at the words)
                or (len(gap) <= 100 and _ROUGHLY_GAP.search(gap) and (
                    _worth_the_same(last, amount) or None in (_usd(last), _usd(amount)))))
            ranged = (len(group) == 1 and cues.RANGE_GAP.match(gap)
                      and cues.RANGE_START.search(ctx.text[max(0, last.start - 12):last.start]))
            if equivalent or ranged:
                group.append(amount)
                continue
        groups.append([amount])
    return groups


def _investment(ctx: Context, i: int, group: list[Money], investor: str | None = None) -> tuple[Fact | None, bool]:
    """The investment `group` states, if any, and whether its investor is named in the sentence
    (`investor`: already known, as for "respectivement")."""
    head = group[0]
    if head.value < MIN_VALUE:
        return None, False
    sentence = ctx.sentences[i]
    text = ctx.text
    before = text[max(sentence.start, head.start - 60):head.start]
    after = text[group[-1].end:min(sentence.end, group[-1].end + 45)]
    near_before = before[-40:]
    not_before = list(cues.NOT_COMMITMENT.finditer(near_before))
    # "avec 8,7 milliards de dollars de chiffre d'affaires en 2024, investira 1,5 Md€": a
    # commitment verb after the distractor's words starts a new clause.
    if not_before:
        rest = near_before[not_before[-1].end():]
        boundary = re.search(r"[,;:]", rest)
        if not (boundary and cues.INVEST.search(rest[boundary.end():])):
            return None, False
    if cues.SUM_BEFORE.search(before) or cues.SUM_OF_MANY.match(after):
        return None, False
    if cues.NOT_COMMITMENT.search(after[:35]) or cues.CAPEX.match(after) or cues.PURCHASE_AFTER.search(
            text[group[-1].end:min(sentence.end, group[-1].end + 80)]) or _SPENT_SINCE.match(
            text, group[-1].end, sentence.end):
        return None, False
    clause = text[max(sentence.start, head.start - 110):head.start]
    if _CONTRACT_WORTH.search(text[max(sentence.start, head.start - 160):head.start]):
        return None, False  # "l'attribution à Huawei d'un contrat de fourniture … d'un montant de 18 milliards"
    if cues.SALE.search(text[max(sentence.start, head.start - 160):head.start]):
        return None, False  # "a été cédée en 2025 à un consortium emmené par … pour 700 millions"
    if _ROUND_RAISED.search(near_before) and _ROUND.search(after + text[group[-1].end:group[-1].end + 60]):
        return None, False  # "Quinto AI closed a US$15 million Series A round": money raised
    considered = cues.CONSIDERED.search(clause)
    if (considered and not cues.FUTURE.search(clause[considered.end():])) or cues.UNDECIDED.search(sentence.text):
        return None, False  # "is considering an investment of as much as $150 million"
    past = cues.PAST.search(clause)
    if (past and not cues.FUTURE.search(clause[past.end():])) or cues.PAST.search(after):
        return None, False
    has_cue = bool(cues.INVEST.search(sentence.text)) or _price_of_plan(ctx, i, head)
    if i == 0 and len(ctx.money_by_sentence[0]) > len(group):
        return None, False  # a headline listing several amounts cannot say which goes where
    if not has_cue and i != 0:
        return None, False
    investor, named = (investor, True) if investor else _investor(ctx, i, head, group[-1])
    if investor is None:
        return None, False
    venture = _venture(ctx, i, investor)
    investee = venture or _investee(ctx, i, head, group[-1], investor)
    # "in Anthropic, the San Francisco start-up": places then describe the investee (but a
    # venture set up in a country is money into that country)
    country = None if investee and not venture else ctx.local(_country(ctx, i, group, investor), i)
    if not investee and _WORLDWIDE.search(text, group[-1].end, sentence.end) and not any(
            not p.adjective for p in ctx.places(i)):
        return None, False  # "… over three years, without breaking the sum down by country": a group-wide plan
    confidence = 0.5 + 0.15 * named + 0.15 * has_cue + 0.1 * bool(country or investee)
    period = _period(ctx, i, group)
    years = re.findall(r"20\d\d", period.group(0)) if period else []
    return Fact(kind="investment", evidence=[ctx.evidence(i, confidence)], investor=investor,
                country=country, investee=investee, amounts=list(group),
                period=period.group(0) if period else None,
                period_end=int(years[-1]) if years else None,
                purpose=_purpose(text[group[-1].end:sentence.end])), named


def _period(ctx: Context, i: int, group: list[Money]) -> re.Match | None:
    """The period told with `group`: the first after it and before the sentence's next amount,
    else one before it that no other amount stands in front of ("Oracle y consacrera 800 M$
    d'ici à 2028 et Salesforce 450 millions sur cinq ans": five years is Salesforce's)."""
    sentence = ctx.sentences[i]
    found = list(_PERIOD.finditer(ctx.text, sentence.start, sentence.end))
    others = [m for m in ctx.money_by_sentence[i] if m not in group]
    stop = min((m.start for m in others if m.start >= group[-1].end), default=sentence.end)
    after = [p for p in found if group[0].end <= p.start() < stop]
    if after:
        return after[0]
    before = [p for p in found if p.end() <= group[0].start
              and not any(p.start() >= m.end for m in others if m.end <= group[0].start)]
    return before[-1] if before else None


_PRICE_DISCLOSED = re.compile(
    r"\W*(?:le\s+montant|le\s+coût|l'enveloppe|la\s+facture|the\s+(?:amount|cost|bill|price\s+tag|size))"
    r"(?:\s+(?:de\s+l'opération|du\s+projet|de\s+l'investissement|of\s+the\s+(?:project|investment|plan)))?\s+"
    r"(?:a\s+été|was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:dévoilé|annoncé|révélé|précisé|rendu\s+public|"
    r"disclosed|revealed|announced|unveiled|made\s+public)", re.IGNORECASE)
# "L'enveloppe ? Elle est fixée à 1,5 milliard de couronnes": the question, then its answer
_PRICE_ASKED = re.compile(r"\W*(?:l'enveloppe|le\s+montant|le\s+coût|la\s+facture|le\s+chiffre|la\s+somme|the\s+(?:bill|"
                          r"price\s+tag|cost|amount|figure|sum|budget|investment))\s*\?", re.IGNORECASE)
_YEARLY = re.compile(r"\s*(?:par\s+an|per\s+year|a\s+year|each\s+year|chaque\s+année|annuellement|annually)\b",
                     re.IGNORECASE)
_IT_COMES_TO = re.compile(r"\W*(?:il|elle|it)\s+(?:atteint|s'élève\s+à|se\s+monte\s+à|est\s+de|sera\s+de|"
                          r"est\s+fixée?\s+à|is\s+set\s+at|"
                          r"amounts\s+to|totals|comes\s+to|stands\s+at|is)\s*(?:plus\s+de\s+|près\s+de\s+|"
                          r"environ\s+|some\s+|about\s+|more\s+than\s+|nearly\s+)?$", re.IGNORECASE)


def _price_of_plan(ctx: Context, i: int, head: Money) -> bool:
    """ "…will further expand its cloud infrastructure in the country. The bill is R5,4bn":
    the amount opens its sentence as the price of the plan the sentence before announced."""
    if i > 0 and (_PRICE_DISCLOSED.match(ctx.sentences[i - 1].text) or _PRICE_ASKED.fullmatch(
            ctx.sentences[i - 1].text)) and _IT_COMES_TO.match(
            ctx.text, ctx.sentences[i].start, head.start):
        # "Le montant de l'opération a été dévoilé mardi. Il atteint un milliard d'euros": the
        # price of the project the story is about, told in two steps (not a yearly cost)
        return not any(m.kind == "gov" for m in ctx.by_sentence[i - 1]) and not _YEARLY.match(
            ctx.text, ctx.money_by_sentence[i][-1].end if ctx.money_by_sentence[i] else head.end)
    price = cues.PRICE_OF_IT.match(ctx.text, ctx.sentences[i].start, head.start)
    if i == 0 or price is None or price.end() < head.start - 12:
        return False
    previous = ctx.sentences[i - 1]
    if not previous.text.endswith((".", "!", "?", "»", '"', "”", ":")) and ctx.subject_company(i - 1) and (
            _PERIOD.search(ctx.text, head.end, ctx.sentences[i].end) or _PURPOSE.search(ctx.text[head.end:ctx.sentences[i].end])):
        # a newsletter's heading, then "Le chiffre : 400 M$": the heading's company
        return True
    # ("Firebird financera seul le projet. Montant annoncé : 500 millions de dollars")
    plan = cues.ANNOUNCED_PLAN.search(previous.text) or (
        cues.INVEST.search(previous.text) if ctx.subject_company(i - 1) else None)
    # a company's plan, not the government's ("The Kenyan government will build… The cost is…")
    at = previous.start + plan.start() if plan else None
    lead = ctx.text[previous.start:at] if plan else ""
    return plan is not None and (any(m.end <= at for m in ctx.companies(i - 1)) or cues.ANAPHOR.search(lead)
                                 or re.search(r"\b(?:subsidiary|filiale|unit|arm)\b", lead)) and not any(
        m.end <= at and (m.kind == "gov" or (m.kind == "org" and not ctx.is_company(m.key)))
        for m in ctx.by_sentence[i - 1]) and not cues.PUBLIC_SUBJECT.search(ctx.text[previous.start:at])


def _purpose(after: str) -> str | None:
    """ "… to expand its cloud and AI infrastructure in Brazil": what the money is for."""
    match = _PURPOSE.search(after[:160])
    if not match:
        return None
    what = match.group("what")
    period = _PERIOD.search(what)
    if period:
        what = what[:period.start()]
    purpose = " ".join(what.split()[:14]).rstrip(" ,;:")
    return purpose if len(purpose) >= 6 else None


def _investor(ctx: Context, i: int, head: Money, last: Money) -> tuple[str | None, bool]:
    text = ctx.text
    subject = ctx.subject_mention(i)
    # "Rival NextDC committed…": an example only when it is not the sentence's subject.
    companies = [m for m in ctx.companies(i) if m is subject or not _is_listed_example(ctx, m)]
    before = [m for m in companies if m.end <= head.start and not _is_investee_slot(ctx, m)
              and not cues.OWNER_BEFORE.search(text[max(0, m.start - 45):m.start])
              and not _PAID.search(text[max(0, m.start - 25):m.start])]
    # (not one named outside the quote the amount is in: "Flanked by the Minister, Li Peng said:
    # "We will invest…"")
    governments = [m for m in ctx.by_sentence[i] if m.end <= head.start and (
        m.kind == "gov" or (m.kind == "org" and not ctx.is_company(m.key)))
        and not re.search(r"[«“\"][^»”\"]*$", text[m.end:head.start])]
    for mention in companies:
        if mention.start > head.start and _PLEDGED_BY.search(text[head.end:mention.start]):
            return mention.key, True  # "les 1 950 millions d'euros promis par Microsoft"
        # "…is owned by Liberty Latin America, which last month pledged more than US$1 billion":
        # the company a relative clause makes pledge, wherever it stands in the sentence
        if mention.end <= head.start and _WHICH.match(text, mention.end) and cues.INVEST.search(
                text[mention.end:head.start]) and not any(m.start > mention.end and m.end <= head.start for m in companies):
            return mention.key, True
    if not before and _PUBLIC_LEAD.match(text, ctx.sentences[i].start, head.start):
        return None, False  # "The cabinet has also set aside 204.5 million euros from the … Fund"
    subject = subject or (before[0] if before else None)
    if subject is not None and _PUBLIC_BODY_AFTER.match(text, subject.end):
        return None, False  # "la Banque hellénique de développement, un organisme public, consacrera…"
    if subject in before and _APPOSITION_THEN_VERB.match(text[subject.end:head.start]):
        # "Teraco, the operator majority-owned by Digital Realty, will invest…", "un consortium
        # mené par Brookfield, auquel s'est associé MGX, investira…": the subject.
        return subject.key, True
    if governments and (not before or governments[-1].start > before[-1].start):
        return None, False  # "the government presented a plan worth…": public money
    # (a headline joins with a comma when the pair opens it: not "After Google, Microsoft to invest…")
    headline_pair = len(before) >= 2 and i == 0 and not re.search(r"\w", text[ctx.sentences[i].start:before[-2].start])
    if len(before) >= 2 and (_JOINT_HEADLINE if headline_pair else _JOINT).fullmatch(text[before[-2].end:before[-1].start]) and \
            before[-1].end >= head.start - 80 and not text.startswith(("'s", "’s"), before[-1].end):
        return None, False  # "Latvenergo and EcoDataCenter team up on €2bn campus": joint money, no one's
    if before:
        return before[-1].key, True
    if _for_a_plan(ctx, i, last):
        return None, False  # "a réservé 40 M€ à son plan « Digital Wallonia »": a public plan's money
    # "…will invest US$40 million to build the facility, while KTH brings the land": another clause
    after = [m for m in companies if m.start >= head.start and not _OTHER_CLAUSE.search(text, head.end, m.start)]
    for mention in after:
        if _BY.search(text[max(0, mention.start - 20):mention.start]) and not _MANAGED.search(
                text[max(0, mention.start - 30):mention.start]):
            return mention.key, True
    after_amount = text[head.end:ctx.sentences[i].end]
    # The passive follows the last of the amounts: "US$120 million (about KSh15.5 billion) has been earmarked"
    after_group = text[last.end:ctx.sentences[i].end].lstrip(")] ")
    if _PLEDGED_BY_ANAPHOR.match(after_group) or (not companies and _PASSIVE_NO_AGENT.match(after_group)):
        # "25 M€ seront investis par le groupe", "… set aside by the Riyadh-based company"
        return ctx.salient_company(i, hint=after_group[:120]), False
    cleft = _CLEFT.match(after_amount)
    lead = text[ctx.sentences[i].start:head.start]
    if not cues.ANAPHOR.search(lead) and ctx.state_speaks(i, head.start):
        return None, False
    anaphor = cues.ANAPHOR.search(lead) or cues.FIRST_PERSON.search(lead) or (
        cleft and cues.ANAPHOR.match(after_amount, cleft.end())) or (_RESTATED.search(
        text[max(ctx.sentences[i].start, head.start - 8):head.start]) and _A_PLAN_AFTER.match(text, last.end)) or (
        _price_of_plan(ctx, i, head)) or _THE_COMMITMENT_AFTER.match(text, last.end)
    if anaphor and _BETWEEN_THEM.search(after_amount):
        return None, False  # "Slovak security firm and Honduras's largest bank put up $23m between them"
    candidates = [m for m in after if not _is_investee_slot(ctx, m)
                  and not _MANAGED.search(text[max(0, m.start - 30):m.start])]
    if len({m.key for m in candidates}) == 1 and not anaphor:
        return candidates[0].key, True
    if anaphor:
        return ctx.salient_company(i, hint=lead), False
    return None, False


_PUBLIC_LEAD = re.compile(r"\W*(?:[^,.;]{0,30},\s*)?(?:the|le|la|l')\s*(?:[\w-]+\s+)?(?:cabinet|government|"
                          r"gouvernement|state|[ée]tat|ministry|ministère|treasury|trésor|parliament|parlement|"
                          r"municipality|council|conseil\s+des\s+ministres)\b", re.IGNORECASE)


# "aux plus de 100 millions de maloti investis par la banque … depuis 2015": money spent so far
_SPENT_SINCE = re.compile(r"\W{0,3}(?:[\w'-]+\s+){0,2}?(?:investie?s?|dépensée?s?|consacrée?s?|invested|spent)\b"
                          r"[^.;]{0,140}?\b(?:depuis|since)\s+(?:[^\W\d]+\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
# "The HK$9.2 bln programme comes a month after PDG said…": an amount already told, the
# story's own, whoever the rest of the sentence names
_RESTATED = re.compile(r"(?<![\w'])(?:[Tt]he|[Tt]his|[Cc]ette|[Cc]es|[Ll]'|[Ll]es)\s*$")
_A_PLAN_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:programme|program|plan|investment|project|package|commitment|pledge|"
                           r"investissement|projet|enveloppe|engagement)\b", re.IGNORECASE)
_CAPITAL_OF = re.compile(r"(?:augmentation\s+de\s+capital|capital\s+(?:increase|raise)|tour\s+de\s+table|funding\s+round)"
                         r"\s+(?:de|d'|du|of|at|by|for)\s*(?:the\s+|la\s+|le\s+|l')?$", re.IGNORECASE)
# "The government will pay Cybastion 20 billion CFA francs": a supplier is paid, it commits nothing
_PAID = re.compile(r"\b(?:pay|pays|paid|paying|payer|paiera|paieront|versera|verseront|verser)\s+(?:to\s+|à\s+)?$",
                   re.IGNORECASE)
_BETWEEN_THEM = re.compile(r"\b(?:between\s+them|à\s+eux\s+deux)\b", re.IGNORECASE)
_WHICH = re.compile(r"\s*,\s*(?:which|who|qui|lequel|laquelle)\b", re.IGNORECASE)
_JOINT = re.compile(r"\s*(?:and|et|&)\s*")
# "Equinix, Airtel to pump over 700bn/- into data centres": a headline joins with a comma
_JOINT_HEADLINE = re.compile(r"\s*(?:and|et|&|,)\s*")


def _for_a_plan(ctx: Context, i: int, last: Money) -> bool:
    """Whether the sentence, up to just after the amount, names a plan in quotes."""
    start = ctx.sentences[i].start
    for quote in re.finditer(r"[«“\"]", ctx.text[start:min(ctx.sentences[i].end, last.end + 40)]):
        at = start + quote.start()
        if cues.PLAN_NAMED.search(ctx.text[max(0, at - 40):at + 1]):
            return True
    return False


def _is_investee_slot(ctx: Context, mention: Mention, after_amount: bool = False) -> bool:
    """ "into Anthropic", "dans Mistral AI"; after the amount also "$200m to Tessera Labs"
    (before it, "to Amazon's A$20bn bet" names the investor)."""
    window = ctx.text[max(0, mention.start - 50):mention.start]
    if _CAPITAL_OF.search(window):
        return True  # "souscrit à une augmentation de capital de ML6"
    # "mise 25 M$ sur Lelapa AI"
    to = r"|\bto|\bsur|\bon" if after_amount else ""
    # (the preposition a word of its own: not the "in" of "artificial intelligence company G42")
    return bool(re.search(rf"(?:\binto|\bin{to}|\bdans|\bà|\bau\s+capital\s+d[e'])\b\s*(?:the\s+|la\s+|le\s+|l')?"
                          r"(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?'s\s+|[A-Z][\w-]*-based\s+)?"
                          # "in German AI image start-up Black Forest Labs"
                          r"(?:(?:[\w-]+\s+){0,3}?(?:start-?up|société|company|firm|developer|jeune\s+pousse)\s+)?$",
                          window, re.IGNORECASE))


def _is_listed_example(ctx: Context, mention: Mention) -> bool:
    window = ctx.text[max(0, mention.start - 40):mention.start]
    if re.search(r"\b(?:such\s+as|tels?\s+qu[e']|comme|notamment|customers?|clients?)\b[^.;:]*$", window, re.IGNORECASE):
        return True
    # "rival NextDC, which committed…" is named beside the story; "son rival Telia s'est
    # engagé à investir…" is the subject of its own commitment.
    return bool(re.search(r"\b(?:rivals?|concurrents?)\b[^.;:]*$", window, re.IGNORECASE)) and not _ACTS.match(
        ctx.text, mention.end)


_ACTS = re.compile(r"[\s,]*(?:s'est\s+engagée?|s'engage|va\s+investir|investira|a\s+promis|committed|pledged|"
                   r"will\s+invest|plans\s+to\s+invest|is\s+investing|has\s+put|is\s+putting)\b", re.IGNORECASE)


def _investee(ctx: Context, i: int, head: Money, last: Money, investor: str) -> str | None:
    gaz = gazetteer()
    root = gaz.root(investor)
    for mention in ctx.orgs(i):
        if mention.key == investor or gaz.root(mention.key) == root:
            continue
        # (after the last amount: "between $1bn and $1.5bn in X" is one range)
        if mention.start >= head.start and _is_investee_slot(ctx, mention, after_amount=True) and not re.search(
                r"\s(?:et|and)\s", ctx.text[last.end:mention.start]) and not _SAID_THEN.search(
                ctx.text[last.end:mention.start]):
            # not "promet deux milliards pour l'IA et entre au capital de H Company": another act
            return mention.key
        if mention.start >= head.start and re.search(
                r"(?:promis\w*|promised|pledged|committed)\s+(?:à|to)\s*$",
                ctx.text[max(0, mention.start - 20):mention.start], re.IGNORECASE):
            return mention.key
        if mention.end <= head.start and _CAPITAL_OF.search(ctx.text[max(0, mention.start - 40):mention.start]):
            return mention.key  # "souscrit à une augmentation de capital de ML6 … pour 30 M€"
        if mention.end <= head.start and re.search(
                r"^(?:'s)?\s*(?:,\s*)?(?:in\s+which|dans\s+laquelle|dans\s+lequel|où)\b",
                ctx.text[mention.end:mention.end + 20], re.IGNORECASE):
            return mention.key
    described = _INTO_THE_FIRM.match(ctx.text, last.end)
    if described:
        # "un investissement de 1,5 milliard de dollars dans le groupe émirien": the company of
        # that nationality the article names
        from pledgegraph.extract.places import place_lexicon

        iso = place_lexicon().adjectives.get(described["whose"])
        whose = [k for k in ctx.company_counts if k != investor and gaz.entries.get(k)
                 and gaz.entries[k].country == iso]
        if iso and whose:
            return whose[0]
    if _SAME_INVESTEE.match(ctx.text[head.end:ctx.sentences[i].end]):
        # "une participation de 90 millions de dollars dans la start-up": the company an
        # earlier sentence put money into, else the company the article is about.
        earlier = _earlier_investee(ctx, i, {investor}) or ctx.main_other_company({investor})
        if earlier:
            return earlier
    sentence = ctx.sentences[i]
    if i > 0 and not ctx.places(i) and _ROUND.search(ctx.sentences[i - 1].text):
        # "Vaanika AI said it had raised $120m in a round led by Nvidia. The chipmaker is
        # putting in $45m": the company whose round the sentence before described.
        raised = [m for m in ctx.companies(i - 1) if gaz.root(m.key) != root]
        if raised and _ROUND_RAISED.search(ctx.sentences[i - 1].text):
            return raised[0].key
    clause = re.split(r"\s(?:et|and)\s", ctx.text[head.end:sentence.end], maxsplit=1)[0]
    if _STAKE.search(ctx.text[sentence.start:head.end] + clause) and not ctx.places(i):
        # "prend une participation de 90 M$": a stake in the company the article is about,
        # unless the stake belongs to another clause ("promet 2 Md€ … et entre au capital de…").
        return ctx.main_other_company({investor})
    return None


# A contract's value, with no commitment word between the contract and its amount
_CONTRACT_WORTH = re.compile(r"\b(?:contrats?|contracts?|commandes?|orders?|tenders?|appels?\s+d'offres)\b"
                             r"(?:(?!invest|engag|commit|pledg|injecte|consacr|build|construi|plans?\s+to|will\s|va\s)[^.;])*?"
                             r"(?:(?:d'|pour\s+)un\s+montant\s+(?:total\s+)?(?:de\s+|d'|pouvant\s+atteindre|allant\s+jusqu'à)|"
                             r"worth|valued\s+at|d'une\s+valeur\s+(?:totale\s+)?de)\s*"
                             r"(?:plus\s+de\s+|près\s+de\s+|environ\s+|about\s+|some\s+|more\s+than\s+|nearly\s+)?$",
                             re.IGNORECASE)
# "… 450 millions sur cinq ans, ont annoncé les deux groupes lors d'un forum organisé à la Casa
# Rosada": the announcement's setting, past the commitment's clause
_SAID_THEN = re.compile(r",\s*(?:ont|a|had|have|has|said|says|told|announced|according|selon)\b|\blors\s+d|"
                        r"\bduring\b", re.IGNORECASE)


_INTO_THE_FIRM = re.compile(r"\s*(?:dans|into|in)\s+(?:le|la|l'|the)\s*(?:groupe|société|entreprise|start-up|jeune\s+pousse|"
                            r"group|company|firm|start-?up)\s+(?P<whose>[\w-]+)")


def _venture(ctx: Context, i: int, investor: str) -> str | None:
    """ "Asiacell will put $300 million into the venture, to be named Babylon Cloud Company, while
    Khazna will contribute $200 million": the joint venture the sentence names takes both."""
    for mention in ctx.orgs(i):
        if mention.key != investor and _VENTURE_NAMED.search(ctx.text, max(0, mention.start - 60), mention.start):
            return mention.key
    return None


_VENTURE_NAMED = re.compile(r"\b(?:joint\s+venture|venture|JV|coentreprise|co-entreprise|société\s+commune)\b[^.;]{0,20}?"
                            r"(?:to\s+be\s+(?:named|called)|named|called|baptisée?|dénommée?|appelée?)\s+$",
                            re.IGNORECASE)


def _earlier_investee(ctx: Context, i: int, exclude: set[str]) -> str | None:
    """The company an earlier sentence put money into: what "the same company" refers to."""
    for j in range(i - 1, -1, -1):
        for mention in reversed(ctx.orgs(j)):
            if mention.key not in exclude and _is_investee_slot(ctx, mention):
                return mention.key
    return None


def _country(ctx: Context, i: int, group: list[Money], investor: str) -> str | None:
    start, end = group[0].start, group[-1].end
    candidates = []
    whose = []  # "Guatemala's largest bank": the target still, when the sentence names no other place
    org_starts = {m.start for m in ctx.orgs(i)}
    earlier_amounts = [m.end for m in ctx.money_by_sentence[i] if m.end <= start and m not in group]
    places_after = any(p.start >= end for p in ctx.places(i))
    for place in ctx.places(i):
        if places_after and place.end <= start and any(end <= place.start for end in earlier_amounts):
            continue  # "€150 million … near Budapest and a further €60 million in Bratislava": the amount before's
        if place.adjective and _DESCRIBES_ORG.search(ctx.text[max(0, place.start - 25):place.start]):
            continue  # "le groupe américain": the investor's nationality, not the target
        if place.adjective and any(place.end < s <= place.end + 2 for s in org_starts):
            continue  # "le français OVHcloud", "US group Digital Realty": a nationality too
        if _DESCRIBED_AFTER.match(ctx.text[place.end:place.end + 30].split("\n")[0]) or (
                any(place.end + 3 <= s <= place.end + 4 for s in org_starts)
                and ctx.text[place.end:place.end + 3] in ("'s ", "’s ")):
            if not place.adjective and ctx.text[place.end:place.end + 2] in ("'s", "’s"):
                whose.append(place)
            continue  # "the South Korean chipmaker said", "Taiwan's TSMC": whose, not where
        distance = place.start - end if place.start >= end else start - place.end
        candidates.append((distance + (0 if place.start >= end else 5), place))
    if candidates:
        place = min(candidates, key=lambda c: (c[0], c[1].start))[1]
        return place.key.split("/")[0]
    if whose:
        return whose[0].key.split("/")[0]
    sentence = ctx.sentences[i].text
    if _HERE.search(sentence):
        return ctx.dominant_country
    if _AT_HOME.search(sentence):
        # "KT will invest 2.4 trillion won in AI services at home": the investor's own country.
        entry = gazetteer().entries.get(investor)
        return entry.country if entry and entry.country else ctx.dominant_country
    if _THIS_PROJECT.search(sentence):
        for j in (i - 1, i - 2):
            # (not "the US chipmaker": whose, not where)
            places = [p for p in ctx.places(j) if not p.adjective
                      and not _DESCRIBED_AFTER.match(ctx.text[p.end:p.end + 30].split("\n")[0])] if j >= 0 else []
            if places:
                return places[-1].key.split("/")[0]
        return ctx.dominant_country
    return None


def _close(a: Money, b: Money) -> bool:
    return a.currency == b.currency and abs(a.value - b.value) <= max(a.value, b.value) * 5 / 1000


def _same_investor(gaz, a: str, b: str) -> bool:
    """The same group, or a name and its unit: "Raxio" in the title, "Raxio Uganda" in the body."""
    return gaz.root(a) == gaz.root(b) or a.startswith(b + "-") or b.startswith(a + "-")


def merge(facts: list[Fact], ctx: Context) -> list[Fact]:
    """One fact per commitment in an article: the title and the body often state it twice."""
    gaz = gazetteer()
    merged: list[Fact] = []
    for fact in facts:
        for kept in merged:
            if _same_investor(gaz, kept.investor, fact.investor) and (any(
                    _close(a, b) for a in kept.amounts for b in fact.amounts) or _told_as_the_same(ctx, kept, fact)) and (
                    not kept.country or not fact.country or kept.country == fact.country):
                kept.evidence.extend(e for e in fact.evidence if e not in kept.evidence)
                if fact.investor.startswith(kept.investor + "-"):
                    kept.investor = fact.investor  # "Raxio Uganda" in the body over "Raxio" in the title
                venture = bool(kept.investee and kept.country)  # a joint venture set up in a country
                kept.investee = kept.investee or fact.investee
                # "mise 350 M$ sur une jeune pousse montréalaise", then the start-up's name: a
                # stake in a company, whose country is the investee's business, not the fact's.
                kept.country = kept.country if venture else None if kept.investee else kept.country or fact.country
                kept.period = kept.period or fact.period
                kept.period_end = kept.period_end or fact.period_end
                kept.purpose = kept.purpose or fact.purpose
                for amount in fact.amounts:
                    if not any(_close(amount, a) for a in kept.amounts) and \
                            amount.currency not in {a.currency for a in kept.amounts}:
                        kept.amounts.append(amount)
                break
        else:
            merged.append(fact)
    # "the company would invest A$5 billion over two years": the country is the story's.
    for fact in merged:
        if fact.country is None and fact.investee is None:
            fact.country = ctx.dominant_country
    return merged
