"""Partnerships: two or more organisations (companies, governments) working together."""

from __future__ import annotations

import re

from pledgegraph.extract.orgs import gazetteer
from pledgegraph.extract.rules import cues
from pledgegraph.extract.rules.context import Context, parent_of
from pledgegraph.records import Fact, Mention


def extract(ctx: Context) -> list[Fact]:
    gaz = gazetteer()

    def grouped(pair) -> frozenset:
        return frozenset((k, gaz.root(v)) if k == "org" and gaz.root(v) in ctx.company_counts else (k, v)
                         for k, v in pair)

    sightings = []
    for i, sentence in enumerate(ctx.sentences):
        for pair, confidence in _pairs(ctx, i):
            if len(grouped(pair)) >= 2:
                sightings.append((frozenset(pair), grouped(pair), i, confidence))
    # "AWS" and "Amazon" both working with one partner in one story are one partnership, with
    # the group the story names; a subsidiary that alone works with a partner keeps its name
    # ("Jio Platforms … has tied up with Nvidia", in a story about its parent Reliance).
    variants: dict[frozenset, set] = {}
    for pair, group, _, _ in sightings:
        variants.setdefault(group, set()).add(pair)
    found: dict[frozenset, Fact] = {}
    for pair, group, i, confidence in sightings:
        key = group if len(variants[group]) > 1 else pair
        fact = found.setdefault(key, Fact(kind="partnership", evidence=[], partners=sorted(key)))
        evidence = ctx.evidence(i, confidence)
        if evidence not in fact.evidence:
            fact.evidence.append(evidence)
    return list(found.values())


# A ministry, or a federal office ("l'Office fédéral de la cybersécurité", "Bundesamt für …"),
# is the state acting
_MINISTRY = re.compile(r"(?:^|-)(?:ministry|ministere|ministre|minister|federal-ministry|office-federal|"
                       r"federal-office|agence-federale|federal-agency|bundesamt)(?:-|$)"
                       # "PNG's Department of Information and Communications Technology"
                       r"|^department-of-"
                       # a state agency: "l'Agence centrale des technologies de l'information",
                       # "Cyber Security Agency of Singapore", "National Cyber Security Centre"
                       r"|^(?!.*-(?:presse|press|news)(?:-|$))(?:agence(?!-ecofin|-anadolu)|autorite|office-national|"
                       r"conseil-national|commission-nationale)-"
                       # (not a sovereign fund: "Qatar Investment Authority")
                       r"|^(?!(?:european|international|world|united-nations|un|african|asian|inter|global|pan|"
                       r"organisation|organization)-)(?!.*investment-authority)(?:[a-z]+-)*(?:agency|authority)(?:-of-[a-z-]+)?$"
                       r"|^national-(?:[a-z]+-){0,5}(?:agency|authority|council|centre|center|commission)$")


def _party(ctx: Context, mention: Mention) -> tuple[str, str] | None:
    if mention.kind == "gov":
        iso = mention.key if mention.key != "?" else ctx.dominant_country
        return ("gov", iso) if iso else None
    if mention.kind == "org" and (_MINISTRY.search(mention.key) or _MINISTRY_BEFORE.search(
            ctx.text, max(0, mention.start - 30), mention.start)) and not _OF_A_SCHOOL.match(ctx.text, mention.end):
        # A ministry signs for its government: "an MoU with the Federal Ministry of
        # Communications … of Nigeria" is a partnership with the Government of Nigeria.
        iso = (_country_in(mention.text) or _country_in(ctx.text[max(0, mention.start - 20):mention.start])
               or ctx.dominant_country)  # "… of Nigeria", "Qatar's Ministry of …"
        return ("gov", iso) if iso else None
    agency = _PUBLIC_AGENCY_AFTER.match(ctx.text, mention.end) if mention.kind == "org" else None
    if agency:
        # "par l'entremise de Desarrollo País, l'agence publique d'infrastructures": the state;
        # "Expertise France, l'agence publique française de …": France's
        iso = _country_in(ctx.text[agency.start():agency.end() + 40]) or ctx.dominant_country
        return ("gov", iso) if iso else None
    if mention.kind == "org":
        return ("org", mention.key)
    return None


# "the Department of Computer Science at the University of Lagos": a school's, no ministry
_OF_A_SCHOOL = re.compile(r"\s+(?:at|of|de|à)\s+(?:the\s+|l'|la\s+)?(?:University|Université|College|School|École|Institute|"
                          r"Institut)\b")
# "Le ministère délégué chargé de la Transition numérique": NER's name starts after the ministry
_MINISTRY_BEFORE = re.compile(r"\b(?:minist[èe]re|ministry)\s+(?:délégué\s+|déléguée\s+)?$", re.IGNORECASE)
_PUBLIC_AGENCY_AFTER = re.compile(
    r"\s*,\s*(?:l'|la\s+|le\s+|une?\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:agence|agency|office|authority|autorité)\s+"
    r"(?:publique|public|d'[ÉE]tat|state|gouvernementale|government|nationale?|national|fédérale?|federal)\b", re.IGNORECASE)


# "to develop the facility in the Sohar Freezone": a name after "in the" is where, not who
_IN_THE = re.compile(r"\b(?:in|inside|within|dans)\s+(?:the|la|le|l')\s*$", re.IGNORECASE)


def _a_venue(ctx: Context, mention: Mention) -> bool:
    return (mention.kind == "org" and mention.key not in gazetteer().entries
            and bool(_IN_THE.search(ctx.text[max(0, mention.start - 20):mention.start])))


def _country_in(name: str) -> str | None:
    from pledgegraph.extract.places import find_places

    isos = [m.key for m in find_places(name) if m.kind == "country"]
    return isos[-1] if isos else None


# A name in apposition to the one before it, and no list going on after it
_APPOSED = re.compile(r"\s*,\s*(?:l'|le\s+|la\s+|the\s+)", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:(?:l'|le|la|les|the|et|and)\s*)?[A-ZÀ-Þ]|(?:et|and|&)\s)")
_ACRONYM_AFTER = re.compile(r"\s*(?:,|\(|—|–)\s*(?:l'|le\s+|la\s+|the\s+)?")


def _partner_cue(ctx: Context, i: int) -> re.Match | None:
    """The first partnership word of the sentence outside a name ("the Japan International
    Cooperation Agency" is no cooperation)."""
    sentence = ctx.sentences[i]
    names = [(m.start, m.end) for m in ctx.by_sentence[i] if m.kind in ("org", "gov")]
    return next((cue for cue in cues.PARTNER.finditer(sentence.text)
                 if not any(s <= sentence.start + cue.start() < e for s, e in names)
                 and not _REFUSED.search(sentence.text[max(0, cue.start() - 30):cue.start()])), None) \
        or _built_with(ctx, i)


# "have long refused to work together": no partnership
_REFUSED = re.compile(r"\b(?:refus\w*|declin\w*|never|jamais|not|n'ont\s+pas|ne\s+\w+\s+pas)\b(?:\s+\w+){0,3}\s*$",
                      re.IGNORECASE)


# "…with Nvidia chips", "avec les GPU de Nvidia", "with Microsoft's Azure": a supplier's product
_SUPPLIED_AFTER = re.compile(r"(?:'s|’s)|\s+(?:[A-Z][\w-]*\s+)?(?:chips?|GPUs?|processors?|hardware|technolog\w*|software|"
                             r"models?|servers?|equipment|gear|platform|cloud|puces|processeurs|serveurs|logiciels?|"
                             r"modèles?|équipements?|plateforme|solutions?|phones?|smartphones?|handsets?|devices?|"
                             r"laptops?|PCs?|téléphones?|appareils?|ordinateurs?)\b")


def _built_with(ctx: Context, i: int) -> re.Match | None:
    """ "to build a hub … with AdaniConneX and Airtel": the cue, when an organisation's name
    follows "with" and is not a supplier whose product is named."""
    sentence = ctx.sentences[i]
    for cue in cues.BUILT_WITH.finditer(sentence.text):
        at = sentence.start + cue.end()
        named = next((m for m in ctx.by_sentence[i] if m.kind in ("org", "gov") and m.start == at), None)
        if named and not _SUPPLIED_AFTER.match(ctx.text, named.end):
            return cue
    return None


def _pairs(ctx: Context, i: int) -> list[tuple[tuple[tuple[str, str], ...], float]]:
    return _named_pairs(ctx, i) or _the_two(ctx, i)


def _named_pairs(ctx: Context, i: int) -> list[tuple[tuple[tuple[str, str], ...], float]]:
    sentence = ctx.sentences[i]
    parties = [m for m in ctx.by_sentence[i] if m.kind in ("org", "gov")]
    venture = _venture_owners(ctx, i, parties)  # (its owners are named as owners: before the filters)
    if venture:
        return venture
    parties = [m for m in parties if not _is_example(ctx, m) and not ctx.in_biography(m) and not _a_venue(ctx, m)]
    parties = _within_clause(ctx, i, [m for k, m in enumerate(parties) if k == 0 or not (
        cues.OWNER_BEFORE.search(ctx.text[max(0, m.start - 45):m.start]) or _PARENT_OF.search(ctx.text[max(0, m.start - 25):m.start]))])
    coalition = _coalition(ctx, i, parties)
    if coalition:
        return coalition
    joint = _joint_subject(ctx, i, parties)
    if joint:
        return joint
    cue = _partner_cue(ctx, i)
    if _UNDER_THIS_DEAL.match(sentence.text) and not re.search(r"\b(?:with|avec)\b", sentence.text):
        return []  # "Aux termes de cet accord, ETI et l'État togolais travailleront ensemble…": told before
    if not cue or _CONTRACT.search(sentence.text) or _bought(sentence.text[max(0, cue.start() - 80):cue.start()]):
        return []  # "lease computing capacity … under a five-year agreement with the Office": a contract
    if not parties and _ALSO_A_PARTNERSHIP.search(sentence.text):
        return _pair_of_the_deal(ctx, i)
    cue_at = sentence.start + cue.start()
    back = _refers_back(ctx, sentence.start + cue.start(), sentence.start + cue.end(), sentence.end)
    distinct: list[tuple[tuple[str, str], Mention]] = []
    for mention in parties:
        party = _party(ctx, mention)
        if distinct and distinct[-1][0][0] == "gov" and mention.text.isupper() and \
                _ACRONYM_AFTER.fullmatch(ctx.text[distinct[-1][1].end:mention.start]) and \
                re.match(r"\s*[,)]", ctx.text[mention.end:mention.end + 3]):
            continue  # "l'Office fédéral de la cybersécurité, l'OFCS,": the same office again
        if distinct and _APPOSED.fullmatch(ctx.text[distinct[-1][1].end:mention.start]) \
                and not _LIST_GOES_ON.match(ctx.text, mention.end):
            continue  # "avec le Technion, l'Institut israélien de technologie de Haïfa, portant sur…"
        if party and party not in [d[0] for d in distinct] and not (back and mention.start >= cue_at):
            distinct.append((party, mention))
    if len(distinct) >= 2 and all(d[1].end <= cue_at for d in distinct):
        # "Vattenfall, with which Microsoft has a partnership": both just before the cue.
        distinct = [d for d in distinct if cue_at - d[1].end <= 120][-2:]
    before = [d for d in distinct if d[1].end <= cue_at]
    if len(before) >= 2 and _COORDINATED.match(ctx.text[before[-2][1].end:before[-1][1].start]):
        # "Microsoft et le gouvernement espagnol ont signé un accord … : le CCN …": the pair
        # that signs is the coordinated subject; who is named after it takes no part.
        pairs = [(before[-2][0], before[-1][0])]
        return [(p, 0.85) for p in pairs if not _same_group(*p)]
    if len(distinct) >= 2:
        subject = (before[-1] if before else distinct[0])[0]
        if before and subject[0] == "org" and cues.PARENT_ANAPHOR.search(ctx.text[before[-1][1].end:cue_at]):
            # "SoftBank Corp to pour ¥1.5trn into data centres as parent teams up with OpenAI"
            subject = ("org", parent_of(subject[1]) or subject[1])
        others = [d[0] for d in distinct if d[0] != subject]
        named = True
    elif len(distinct) == 1:
        party, mention = distinct[0]
        # "fonctionnera avec l'État : une convention signée avec le gouvernement du Sénégal": the
        # party named again after the cue is its object
        mention = next((m for m in parties if m.start >= cue_at and _party(ctx, m) == party), mention)
        if party[0] == "org" and mention.end <= cue_at and cues.EPITHET.search(sentence.text[cue.start():]):
            subject, others, named = party, [], False
            other = ctx.main_other_company({party[1]})
            if other:
                others = [("org", other)]
        elif _THIS_ONE.search(ctx.text, max(sentence.start, cue_at - 12), cue_at) and any(
                m.key == mention.key for j in range(i) for m in ctx.by_sentence[j]):
            return []  # "This agreement with Microsoft gives them that": the deal told before, not a new one
        elif (mention.start >= cue_at or _WITH_BEFORE.search(ctx.text[max(0, mention.start - 12):mention.start])) \
                and not _speaker(ctx, i, mention):
            # "a collaboration with Cohere", "courses run with the X University under a
            # partnership agreement": the partner is the object
            # (never the partner itself, however often the article names it)
            salient = ctx.salient_company(i, exclude={party[1]} if party[0] == "org" else set(),
                                          hint=ctx.text[sentence.start:cue_at])
            if salient is None:
                return []
            subject, others, named = ("org", salient), [party], False
        else:
            return []
    else:
        return []
    others = [o for o in others if o != subject and not _same_group(subject, o)
              and (_is_company(ctx, subject) or _is_company(ctx, o))]
    if not others and (not before or len({d[0] for d in distinct}) == 1) \
            and not any(_is_company(ctx, d[0]) for d in distinct):
        # "Le centre fonctionnera avec l'État ivoirien : une convention signée avec le
        # gouvernement…": a government partner of the company the story is about.
        government = next((d[0] for d in distinct if d[0][0] == "gov"), None)
        salient = ctx.salient_company(i)
        if government and salient and not _QUOTED.match(sentence.text):
            return [((("org", salient), government), 0.7)]
    if len(others) > 3:
        return []  # a list of names, not a partnership
    confidence = 0.85 if named else 0.7
    return [((subject, other), confidence) for other in dict.fromkeys(others)]


_UNDER_THIS_DEAL = re.compile(r"\W*(?:aux\s+termes\s+d[eu']|dans\s+le\s+cadre\s+d[eu']|under|as\s+part\s+of)\s*"
                             r"(?:cet|ce|cette|this|that)\s+(?:accord|agreement|deal|partenariat|partnership|"
                             r"protocole|m[eé]morandum|MoU|convention)\b(?!\s+(?:with|avec)\b)", re.IGNORECASE)
# "avec Credicorp, premier groupe financier du pays et maison mère de la Banque de Crédit du
# Pérou": the unit is named to say who the partner is, it takes no part
_PARENT_OF = re.compile(r"\b(?:maison|société)\s+mère\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')$", re.IGNORECASE)
_THIS_ONE = re.compile(r"\b(?:this|that|these|those|ce|cet|cette|ces)\s+$", re.IGNORECASE)


# "« Partnerships such as this one are central to our goal », said the Minister": a quote
# that names no company comments on a partnership; it does not make one.
_QUOTED = re.compile(r"^\s*[\"“«]")


def _bought(lead: str) -> bool:
    """ "completed its purchase of an additional stake in its Philippine joint venture from Globe
    Telecom": a stake bought in a partnership is a purchase, in the same clause."""
    sale = None
    for sale in cues.SALE.finditer(lead):
        pass
    return sale is not None and not re.search(r"[,;:]", lead[sale.end():])


def _speaker(ctx: Context, i: int, mention: Mention) -> bool:
    """Whether `mention` is who speaks after a quote that opens sentence `i`."""
    sentence = ctx.sentences[i]
    if not _QUOTED.match(sentence.text):
        return False
    opening = _QUOTED.match(sentence.text).end()
    closing = re.compile(r"[\"”»]").search(sentence.text, opening)
    return closing is not None and mention.start >= sentence.start + closing.end()


# "Rabat s'allie à Huawei, IBM installe un laboratoire": a name after a comma followed by a
# lower-case word (not "and") opens a new clause; it and what follows belong to that clause.
_FINITE_VERB_AFTER = re.compile(r"\s+(?:said|says|will|would|has|have|had|is|are|was|were|confirmed|announced|"
                                r"plans|could|did|does|a|ont|va|vont|est|sont|sera|seront|avait|confirme|annonce|"
                                r"prévoit|compte|doit)\b", re.IGNORECASE)
_CLAUSE_GAP = re.compile(r"\s*,\s*(?:(?:et|and|while|but|mais|tandis\s+que|alors\s+que|whereas)\s+)?", re.IGNORECASE)
_NEW_CLAUSE_AFTER = re.compile(r"^\s+(?!(?:and|et|ou|or|&)\b)[a-zà-ÿ]")


# "Under the agreement with Reliance, Nvidia will supply…": the comma closes a fronted phrase
# and the name after it is the sentence's own subject, a party.
_FRONTED = re.compile(r"^\W*(?:under|with|in|through|via|as\s+part\s+of|thanks\s+to|dans|avec|selon|sous|"
                      r"par|grâce\s+à|au\s+titre\s+d[eu']|en\s+vertu\s+d[eu']|à\s+travers)\b", re.IGNORECASE)


def _within_clause(ctx: Context, i: int, parties: list[Mention]) -> list[Mention]:
    if not parties:
        return parties
    sentence = ctx.sentences[i]
    audience = _AUDIENCE.search(sentence.text)
    if audience:
        # "… signed between the ministry and the company at a ceremony attended by officials of
        # the Investment Council": who attends is no party.
        parties = [m for m in parties if m.start < sentence.start + audience.start()]
        if not parties:
            return parties
    after = _CAME_AFTER.search(sentence.text)
    cue = _partner_cue(ctx, i)
    if after and cue:
        # "Google's move came days after Deutsche Telekom said … in partnership with Nvidia":
        # the story on the other side of "came after" from the partnership takes no part in it
        if cue.start() >= after.end():
            side = [m for m in parties if m.start >= sentence.start + after.end()]
        else:
            side = [m for m in parties if m.end <= sentence.start + after.start()]
        # "The partnership comes after two years of talks between Orange and Mistral AI": the
        # partners on the other side when the partnership's side names none
        parties = side or parties
    end = _CLAUSE_END.search(sentence.text, cue.end()) if cue else None
    if end:
        # "…joined forces with Mistral AI to build a data centre, as rivals Google and Amazon
        # expand…": who stands after the clause takes no part
        parties = [m for m in parties if m.start < sentence.start + end.start()] or parties
    if _FRONTED.match(sentence.text):
        return parties
    for k in range(1, len(parties)):
        gap = ctx.text[parties[k - 1].end:parties[k].start]
        after = ctx.text[parties[k].end:parties[k].end + 20]
        if gap.strip() == "," and _NEW_CLAUSE_AFTER.match(after):
            return parties[:k]
        # "…un accord avec Microsoft, et Google a confirmé de son côté…": a clause of its own
        # (not "with Safaricom, Ooredoo, and Airtel to expand…": a list)
        if _CLAUSE_GAP.fullmatch(gap) and _FINITE_VERB_AFTER.match(after):
            return parties[:k]
    return parties


_CAME_AFTER = re.compile(r"\b(?:came|comes|come|follows|followed|arrive|arrives|intervient|survient)\s+"
                         r"(?:\w+\s+){0,3}?(?:after|weeks?\s+after|days?\s+after|après|quelques\s+jours\s+après)\b",
                         re.IGNORECASE)
_CONTRACT = re.compile(r"\b(?:lease|leases|leasing|rent|rents|renting|power\s+purchase|supply\s+agreement|"
                       r"purchase\s+agreement|contrat\s+de\s+(?:location|fourniture|bail)|louera|loue)\b", re.IGNORECASE)
_AUDIENCE = re.compile(r"\b(?:attended\s+by|in\s+the\s+presence\s+of|witnessed\s+by|en\s+présence\s+d[eu']|"
                       r"sous\s+le\s+regard\s+d[eu']|devant\s+(?:le|la|les)\s+(?:ministre|président|représentants))",
                       re.IGNORECASE)


# "Elle s'accompagne d'un partenariat technologique", "The deal also includes a partnership":
# no name, so the partners are the two companies of the deal just reported.
_ALSO_A_PARTNERSHIP = re.compile(
    r"^\W*(?:elle|il|it|this|the\s+(?:deal|investment|agreement|transaction|stake)|l'(?:opération|accord|"
    r"investissement)|cet\s+(?:accord|investissement)|cette\s+(?:opération|prise\s+de\s+participation)|"
    r"les\s+deux\s+(?:entreprises|groupes|sociétés)|both\s+companies|the\s+two\s+companies)\b"
    r"[^.]{0,60}?\b(?:un|une|a|an)\s+(?:\w+\s+)?(?:partenariat|partnership|alliance|collaboration)",
    re.IGNORECASE)


def _pair_of_the_deal(ctx: Context, i: int):
    for j in range(i - 1, max(-1, i - 4), -1):
        companies = list(dict.fromkeys(m.key for m in ctx.companies(j)))
        if len(companies) >= 2:
            pair = (("org", companies[0]), ("org", companies[1]))
            return [] if _same_group(*pair) else [(pair, 0.6)]
        if companies:
            return []
    return []


_COORDINATED = re.compile(r"^\s*(?:et|and|&)\s+(?:(?:le|la|les|l'|the)\s*)?$", re.IGNORECASE)
# "the collaboration would let the company expand access to Claude": a partnership already
# reported; what follows it names no partner unless it says with whom ("the partnership with
# X", "l'accord … conclu entre X et Y").
_DEFINITE = re.compile(r"\b(?:the|this|that|le|la|l'|ce|cet|cette)\s*$", re.IGNORECASE)
_WITH_WHOM = re.compile(r"^\W*(?:\w+\W+){0,6}?(?:with|avec|between|entre|among|signed|signé)\b", re.IGNORECASE)


def _refers_back(ctx: Context, start: int, end: int, sentence_end: int) -> bool:
    before = ctx.text[max(0, start - 12):start]
    after = ctx.text[end:sentence_end]
    if re.search(r"\b(?:with|avec|between|entre)\s*$", ctx.text[start:end], re.IGNORECASE):
        return False  # "the agreement with Telkom": the cue itself says with whom
    return bool(_DEFINITE.search(before)) and not _WITH_WHOM.match(after)


def _is_company(ctx: Context, party: tuple[str, str]) -> bool:
    return party[0] == "org" and ctx.is_company(party[1])


def _same_group(a: tuple[str, str], b: tuple[str, str]) -> bool:
    if a[0] != "org" or b[0] != "org":
        return False
    gaz = gazetteer()
    return gaz.root(a[1]) == gaz.root(b[1])


def _is_example(ctx: Context, mention: Mention) -> bool:
    window = ctx.text[max(0, mention.start - 35):mention.start]
    return bool(cues.CUSTOMER.search(window)) and "partner" not in window.lower()


_WITH_BEFORE = re.compile(r"\b(?:with|avec)\s+(?:the\s+|le\s+|la\s+|l')?$", re.IGNORECASE)
_THE_TWO = re.compile(r"\b(?:the\s+two\s+(?:companies|firms|groups|partners)|both\s+companies|"
                      r"les\s+deux\s+(?:sociétés|entreprises|groupes|partenaires|firmes))\b", re.IGNORECASE)
_TOGETHER = re.compile(r"\b(?:have\s+agreed|agreed|will\s+jointly|jointly|together|ont\s+convenu|"
                       r"se\s+sont\s+entendu\w*|ensemble|conjointement)\b", re.IGNORECASE)


_UNIT_NAMED = re.compile(r"\b(?:parent(?:\s+company)?|owner|société\s+mère|maison\s+mère|propriétaire)\s+"
                         r"(?:of|d[eu']|des)\s*(?:the\s+|la\s+|le\s+|l')?$", re.IGNORECASE)


def _the_two(ctx: Context, i: int):
    """ "X will invest €400mn in Y. The two companies have agreed to offer Y's models…": the
    two companies the sentences just before named work together."""
    sentence = ctx.sentences[i]
    two = _THE_TWO.search(sentence.text)
    if not two or not (cues.PARTNER.search(sentence.text) or cues.JOINT_VERB.search(sentence.text)
                       or _TOGETHER.search(sentence.text)):
        return []
    found: list[tuple[str, str]] = []
    for j in range(i, max(-1, i - 6), -1):
        # not an owner named in passing: "SCBX, the parent company of Siam Commercial Bank"
        mentions = [m for m in ctx.companies(j) if (j < i or m.end <= sentence.start + two.start())
                    and not cues.OWNER_BEFORE.search(ctx.text[max(0, m.start - 45):m.start])
                    and not _UNIT_NAMED.search(ctx.text[max(0, m.start - 45):m.start])]
        for mention in reversed(mentions):
            party = ("org", mention.key)
            if party not in found and not any(_same_group(party, f) for f in found):
                found.append(party)
        if len(found) >= 2:
            break
    return [((found[1], found[0]), 0.7)] if len(found) == 2 else []


_OWNED_BY = re.compile(r"\b(?:co-?entreprise|joint[- ]venture)\b[^.;]{0,60}?\b(?:par|by|entre|between|of)\s+$",
                       re.IGNORECASE)


def _venture_owners(ctx: Context, i: int, parties: list[Mention]):
    """ "Kianda Data, une coentreprise détenue à parts égales par Africell et Angola Cables": the
    owners are the partners, not the venture."""
    for k, mention in enumerate(parties[:-1]):
        nxt = parties[k + 1]
        if _OWNED_BY.search(ctx.text[max(0, mention.start - 100):mention.start]) \
                and _COORDINATED.match(ctx.text[mention.end:nxt.start]):
            a, b = _party(ctx, mention), _party(ctx, nxt)
            if a and b and a != b and not _same_group(a, b):
                return [((a, b), 0.85)]
    return []


_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "trois": 3, "quatre": 4, "cinq": 5}
_GROUP = re.compile(r"\b(?:the|les|all|tous\s+les)\s+(?P<n>three|four|five|six|trois|quatre|cinq|six)\s+"
                    r"(?:partners|partenaires)\b|"
                    # (not "consortium": owners are, far more often than partners)
                    r"\b(?:joined\s+forces|join\s+forces|joining\s+forces|(?:ont\s+)?uni\s+leurs\s+forces|"
                    r"s'unissent)\b", re.IGNORECASE)
# "will jointly build", "construiront ensemble": working together, not "together control 60 %"
_JOINTLY = re.compile(r"\b(?:jointly|together|ensemble|conjointement)\s+(?:\w+\s+)?(?:build|develop|operate|launch|"
                      r"create|deploy|run|construire|construiront|développer|développeront|exploiter|lancer|créer|"
                      r"déployer)\w*|\b(?:build|develop|operate|launch|create|deploy|construire|construiront|"
                      r"développer|développeront|exploiter|lancer|créer)\w*\s+(?:\w+\s+){0,4}?(?:jointly|together|"
                      r"ensemble|conjointement)\b", re.IGNORECASE)
# Where the partners' clause ends: "…, a project that rivals one planned by X and Y", "…, as rivals…"
_CLAUSE_END = re.compile(r",\s*(?:as|while|whereas|a\s+project\s+that|which\s+rivals|alors\s+que|tandis\s+que)\b",
                         re.IGNORECASE)
# Names in one list: "Nvidia, Foxconn (Hon Hai Technology Group) and the National Science…"
_LISTED = re.compile(r"\W*(?:\([^()]{0,60}\))?\s*(?:,|\+|and|et|&)\s*(?:the\s+|le\s+|la\s+|l')?\W*", re.IGNORECASE)


def _distinct_parties(ctx: Context, mentions: list[Mention]) -> list[tuple[str, str]]:
    """The parties `mentions` name, in order, each once, a group's units with it."""
    distinct: list[tuple[str, str]] = []
    for mention in mentions:
        party = _party(ctx, mention)
        if party and party not in distinct and not any(_same_group(party, d) for d in distinct):
            distinct.append(party)
    return distinct


def _coalition(ctx: Context, i: int, parties: list[Mention]):
    """ "Nvidia and Mistral AI have joined forces with MGX and Bpifrance to build what the four
    partners say…", "Nvidia, Foxconn and the NSTC will jointly build…": one partnership of all
    of them, not pairs."""
    sentence = ctx.sentences[i]
    group = _GROUP.search(sentence.text)
    if group:
        end = _CLAUSE_END.search(sentence.text, group.end())
        if end:
            parties = [m for m in parties if m.start < sentence.start + end.start()]
    else:
        together = _JOINTLY.search(sentence.text)
        # (not "Hon Hai Technology Group" in the brackets after "Foxconn": the same party)
        listed = [m for m in parties if together and m.end <= sentence.start + together.start()
                  and not ctx.text[:m.start].rstrip().endswith("(")]
        if len(listed) < 3 or not all(_LISTED.fullmatch(ctx.text[a.end:b.start]) for a, b in zip(listed, listed[1:])):
            return []
        parties = listed
    distinct = _distinct_parties(ctx, parties)
    wanted = _NUMBERS.get((group["n"] or "").lower()) if group else None
    if len(distinct) < 3 or (wanted and len(distinct) != wanted) or len(distinct) > 6:
        return []
    return [(tuple(distinct), 0.75)]


def _joint_subject(ctx: Context, i: int, parties: list[Mention]):
    """ "Microsoft and the ASD will build…", "X, patron de Nvidia, et Y, de Mistral AI, présentent…"."""
    sentence = ctx.sentences[i]
    verb = cues.JOINT_VERB.search(sentence.text)
    if not verb:
        return []
    verb_at = sentence.start + verb.start()
    before = [m for m in parties if m.end <= verb_at]
    distinct = _distinct_parties(ctx, before)
    if len(distinct) != 2:
        return []
    span = ctx.text[before[0].start:verb_at]
    if not any(w in span for w in (" and ", " et ", " with ", " avec ")):
        return []
    return [((distinct[0], distinct[1]), 0.7)]
