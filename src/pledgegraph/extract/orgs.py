"""Organisations and governments: the bundled gazetteer first, then clues and NER.

The gazetteer (data/gazetteer.json) knows major AI-relevant organisations with their
aliases, type, country, parent and Wikidata QID. Anything else is found by spaCy's NER or by
the press's way of introducing a name ("la société canadienne Cohere", "the utility
Vattenfall") and becomes an organisation keyed by its cleaned name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pledgegraph.extract.places import AMBIGUOUS_COUNTRIES, fold, place_lexicon, slug
from pledgegraph.records import Mention


@dataclass(frozen=True)
class OrgEntry:
    id: str
    label: str
    type: str  # "Company" | "Organization" | "Government"
    aliases: tuple[str, ...]
    qid: str | None
    country: str | None
    parent: str | None
    sector: str | None = None  # "semiconductors", "telecom", …: what "the chipmaker" can mean


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, OrgEntry]
    surface: dict[str, str]  # surface form -> id
    pattern: re.Pattern[str]

    def root(self, key: str) -> str:
        """The top of a key's parent chain: aws -> amazon, google -> alphabet."""
        seen = {key}
        while key in self.entries and self.entries[key].parent and self.entries[key].parent not in seen:
            key = self.entries[key].parent
            seen.add(key)
        return key


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    raw = json.loads(resources.files("pledgegraph.data").joinpath("gazetteer.json")
                     .read_text(encoding="utf-8"))
    entries: dict[str, OrgEntry] = {}
    surface: dict[str, str] = {}
    for item in raw["organizations"]:
        entry = OrgEntry(item["id"], item["label"], item["type"], tuple(item.get("aliases") or ()),
                         item.get("qid"), item.get("country"), item.get("parent"), item.get("sector"))
        entries[entry.id] = entry
        for name in (entry.label, *entry.aliases):
            surface.setdefault(name, entry.id)
    alternation = "|".join(re.escape(s) for s in sorted(surface, key=len, reverse=True))
    # A name glued to a following capitalised word ("Microsoft Research", "Oracle Japan")
    # still names the organisation: the run is kept whole as the mention text.
    pattern = re.compile(rf"(?<![\w@.-])(?:{alternation})(?![\w])")
    return Gazetteer(entries, surface, pattern)


_LEGAL_FORMS = re.compile(r"[,\s]+(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|plc|Plc|PLC|S\.?A\.?|SAS|AG|"
                          r"GmbH|N\.?V\.?|LLC|Co\.?|\((?:Pty|Pvt|Private)\.?\)?)$")
_GROUP_WORDS = re.compile(r"[,\s]+(?:Group|Holdings?)$")
_SUFFIXES = re.compile(rf"{_LEGAL_FORMS.pattern}|{_GROUP_WORDS.pattern}")
# Keys leave out a Latin group's head too: "Grupo Financiero Ficohsa" is the press's "Ficohsa",
# "le Mouvement Desjardins" its "Desjardins"
_GROUP_WORDS_AROUND = re.compile(rf"{_GROUP_WORDS.pattern}|^(?:Grupo|Gruppo|Groupe|Mouvement)\s+(?:Financiero\s+|Empresarial\s+)?"
                                 r"(?=[A-ZÀ-Þ][\w&-]+$)")
# "Groupe Iliad" is Iliad: the press's "groupe" is no part of the name.
_LEADING = re.compile(r"^(?:(?:the|The|la|La|le|Le|les|Les)\b|l'|L')?\s*(?:[Gg]roupe\s+(?=[A-Z]))?")
_NOT_ORGS = {"Board", "Board of Directors", "Conseil d'administration", "AI", "IA", "IT", "TI", "MoU", "MOU", "PhD", "PhDs", "MBA", "SOC", "NOC", "CSIRT", "PDU", "UPS", "CPU", "TPU", "NPU", "LLM",
             "LLMs", "API", "APIs", "SaaS", "HPC", "IoT", "PUE", "Azure", "Copilot", "Cloud", "Etat", "État", "State", "Government",
             "Gouvernement", "Parliament", "Parlement", "CEO", "PDG", "GPU", "GPUs", "Prime",
             "Minister", "President", "Président", "Chancellor", "Elysée", "Élysée", "Commission",
             "Tech", "Big Tech", "Reuters", "AFP", "Bloomberg", "Nasdaq", "Wall Street", "Euronext", "NYSE", "TSX", "ASX",
             # a press release's "(the Company)"; units; continents' adjectives; trades
             "Company", "the Company", "Issuer", "Société", "MW", "GW", "kW", "MWh", "GWh", "TWh", "Gbps", "Tbps",
             "3G", "4G", "5G", "6G", "African", "European", "Asian", "Arab", "Nordic", "Latin American",
             "ICT", "ICTs", "TIC"}

_INTRO = re.compile(
    r"\b(?:[Ss]ociété|[Ee]ntreprise|start-?up|jeune pousse|[Gg]roupe|firme|opérateur|fournisseur|fabricant|"
    r"énergéticien|utility|company|firm|group|operator|provider|maker|developer|lab|laboratory|"
    r"builder|supplier|vendor|retailer|manufacturer|designer|integrator|conglomerate|lender|carrier|telco|"
    r"équipementier|intégrateur|hébergeur|éditeur|distributeur|détaillant|conglomérat|assureur|"
    r"unicorn|licorne|partner|partenaire|chipmaker|insurer|bank|banque|telecoms? operator|concurrent|"
    r"subsidiary|filiale|division|branche|based|fonds|fund|spécialiste|specialist)"
    r"(?:[^\S\n]+(?:[a-zà-ÿ][\w'-]*|d'[a-zà-ÿ]+|de[^\S\n]+l'[a-zà-ÿ]+|de[^\S\n]+la[^\S\n]+[a-zà-ÿ]+|"
    r"of[^\S\n]+[a-z]+)){0,4}?[^\S\n]+"
    r"(?P<name>[A-Z][\w&.-]*[\w&](?:[^\S\n]+(?:[A-Z][\w&.-]*[\w&]|AI|NSW))*)")


# A job title just before a name: "group chief information officer Karen Bhagwansingh" is a person.
ROLE_WORDS = (r"(?:officer|chief|director|president|CEO|CTO|CFO|COO|head|manager|minister|"
              r"chair(?:man|woman|person)?|founder|spokes(?:man|woman|person)|analyst|directeur|directrice|"
              r"présidente?|PDG|fondat(?:eur|rice)|ministre|responsable|porte-parole|secretary|secrétaire)")
ROLE_BEFORE = re.compile(rf"\b{ROLE_WORDS}\s*,?\s*$", re.IGNORECASE)
# "Poshu Yeung, senior vice president of Tencent Cloud": a person, whose surname alone later
# ("Yeung said") is no organisation
PERSON_WITH_ROLE = re.compile(rf"(?<![\w-])[A-Z][a-zà-ÿ'-]+\s+(?P<surname>[A-Z][a-zà-ÿ'-]+),\s+(?:the\s+|a\s+|an\s+|"
                              rf"le\s+|la\s+|l')?(?:(?:senior|executive|deputy|vice|general|managing|group|"
                              rf"regional|country|chief|vice-président\w*|directeur|directrice|général\w*)\s+){{0,3}}"
                              rf"{ROLE_WORDS}\b")


# "Saola AI, a Ho Chi Minh City start-up", "Teraco, the South African data-centre operator":
# a name the next words describe as a company. Not "Brad Smith, the company's president".
_APPOSITIVE = re.compile(
    r"(?<![\w'])(?P<name>(?:[A-Z]|[a-z](?=[A-Z]))[\w&.-]*[\w&](?:[^\S\n]+(?:[A-Z][\w&.-]*[\w&]|AI))*)"
    # "Worldline [Euronext : WLN], leader européen des services de paiement"
    r"(?:[^\S\n]*[\[(][^\])\n]{1,30}[\])])?,[^\S\n]+"
    # a determiner, or a possessive: "Kyivstar, Ukraine's largest mobile operator"
    # (never past a relative pronoun: "Kate, l'assistante virtuelle que la banque a intégrée")
    r"(?:(?:(?:a|an|the|une?|la|le|l'|[A-Z][\w-]*(?:'s|’s))[^\S\n]*"
    r"(?:(?!(?:que|qui|that|which|who|dont|où)\b|qu')[\w'-]+[^\S\n]+){0,5}?)|(?=leader\b|numéro\s+un\b))"
    r"(?:(?:leader|numéro\s+un|start-?up|company|firm|operator|provider|maker|developer|chipmaker|group|unicorn|insurer|bank|"
    r"builder|supplier|vendor|retailer|manufacturer|utility|carrier|telco|lender|conglomerate|"
    r"société|entreprise|groupe|jeune[^\S\n]+pousse|opérateur|fournisseur|fabricant|éditeur|spécialiste|"
    r"pépite|licorne|banque|assureur|équipementier|intégrateur|hébergeur)\b(?!'s|’s|[^\S\n]+of\b|[^\S\n]+d[eu']\b|"
    # "… at Jamnagar in Gujarat, the conglomerate said": a reporting clause, not an apposition
    r"[^\S\n]+(?:said|says|told|added|announced|noted|stated|a[^\S\n]+(?:indiqué|déclaré|annoncé|précisé)|indique|précise|explique))|"
    # a unit says whose it is: "Elisa Eesti, the Estonian arm of Finland's Elisa"
    r"(?:arm|unit|subsidiary|affiliate|branch|filiale|branche)[^\S\n]+(?:of|d[eu']|des)\b)")

# Universities and schools by their full name: "l'Université de Maurice", "the University of
# Nairobi", "Politehnica de Bucarest" (NER often keeps only the place).
# Particles of people's names that institutions keep: "Anton de Kom University", "Van der Waals"
NAME_PARTICLES = r"(?:de|van|von|da|del|di|der|den|dos|das)"
_ACADEMIC = re.compile(
    # English puts the qualifiers first: "the National University of Engineering", "Tsinghua University"
    r"\b(?P<name>(?:(?!(?:The|With|And|At|In|For|From|By|On|Of|To|An?|Its|Their|This|Both|Said|While)\b)"
    # ("Anton de Kom University": a person's name, particle and all)
    r"[A-Z][\w'-]+[^\S\n]+(?:" + NAME_PARTICLES + r"[^\S\n]+(?=[A-Z]))?){0,2}(?:Universit[éy]|Universidad|Universität|Université|Politecnico|Politehnica|Polytechnique|"
    r"École|Institut|Institute)(?:[^\S\n]+(?:(?:de|du|des|d'|of|di|del|de\s+la|the|and|et|nationale?|national|"
    r"polytechnique|technique|technical|libre|catholique|fédérale|federal|science|sciences|technologie|"
    r"communications|télécommunications|télécoms|ingénieurs|informatique|commerce|management|mines|"
    r"statistique|hautes|études|commerciales|agronomique|numérique|engineering|business|economics|"
    r"technology|technologies|applied|appliquées|supérieure|normale|advanced|studies)[^\S\n]+)*"
    r"[A-ZÀ-Þ][\w'-]*)+)")
_REGIONS = {"Moyen-Orient", "Proche-Orient", "Middle East", "Maghreb", "Sahel", "Afrique", "Asie", "Europe",
            "Amérique", "Amérique latine", "Latin America", "Amérique du Sud", "South America", "Amérique centrale",
            "Central America", "Amérique du Nord", "North America", "Océanie", "Caraïbes", "Caribbean", "Balkans",
            "Scandinavie", "Scandinavia", "Asia-Pacific", "Asie-Pacifique", "Golfe", "Gulf", "Afrique de l'Ouest", "West Africa", "East Africa",
            "Afrique de l'Est", "Nordics", "Pays baltes", "Baltics"}

# The partner named after "s'associe à", "teams up with": NER often calls it a place
# ("au Politecnico di Milano", "à ČEZ").
_PARTNER_SLOT = re.compile(
    r"\b(?:s'associe|s'allie|s'associent|s'allient|partenariat|partnership|partners?|partnering|partnered|"
    r"teams?\s+up|teamed\s+up|collabor\w+)(?:[^\S\n]+[\w']+){0,3}?[^\S\n]+(?:à|au|aux|avec|with)[^\S\n]+(?:le[^\S\n]+|la[^\S\n]+|l'|the[^\S\n]+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w&.-]*[\w&](?:[^\S\n]+(?:(?:di|de|del|della|of|für|y|do|da)[^\S\n]+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w&.-]*[\w&])*)")

# The company a stake is taken in: "prend une participation de 25 M$ dans Lelapa AI", "bets
# $25m on Zeno AI", "a stake in Kyndra" (NER misses young companies' names).
_STAKE_SLOT = re.compile(
    r"\b(?:participations?|stakes?|au[^\S\n]+capital|mise|misent|parie|bets?|betting)\b(?:[^.\n]|\.(?=\d)){0,80}?"
    r"(?<![\w'])(?:dans|in|into|sur|on|d[e'])[^\S\n]*(?:la[^\S\n]+start-?up[^\S\n]+|the[^\S\n]+start-?up[^\S\n]+)?"
    r"(?P<name>[A-ZÀ-Þ][\w&.-]*[\w&](?:[^\S\n]+(?:[A-ZÀ-Þ][\w&.-]*[\w&]|AI|IA))*)")

# Two names that act together: "Iberdrola et Indra s'allient", "X and Y have agreed to form…"
# (NER often misses one of them in a headline).
_PAIR_ACTS = re.compile(
    r"(?<![\w'])(?P<first>[A-ZÀ-Þ][\w&.-]*[\w&](?:[^\S\n]+[A-ZÀ-Þ][\w&.-]*[\w&])?)[^\S\n]+(?:et|and|&)[^\S\n]+"
    r"(?P<name>[A-ZÀ-Þ][\w&.-]*[\w&](?:[^\S\n]+[A-ZÀ-Þ][\w&.-]*[\w&])?)[^\S\n]+"
    r"(?:s'allient|s'associent|s'unissent|ont[^\S\n]+(?:signé|officialisé|annoncé|conclu|noué|créé)|signent|"
    r"annoncent|créent|lancent|team[^\S\n]+up|teamed[^\S\n]+up|join[^\S\n]+forces|have[^\S\n]+(?:agreed|signed|formed))\b")

# "will invest US$18 million in Lumora AI for a minority stake": the stake named after the company
_STAKE_AFTER = re.compile(
    r"\b(?:invest\w*|put\w*|injecte\w*|investira)\b(?:[^.\n]|\.(?=\d)){0,70}?(?<![\w'])(?:in|into|dans)[^\S\n]+"
    r"(?P<name>[A-ZÀ-Þ][\w&.-]*[\w&](?:[^\S\n]+(?:[A-ZÀ-Þ][\w&.-]*[\w&]|AI|IA))*)[^\S\n]+"
    r"(?:for|pour|in[^\S\n]+exchange[^\S\n]+for|en[^\S\n]+échange[^\S\n]+d')[^\S\n]+(?:a|an|une)[^\S\n]+"
    r"(?:[\w-]+[^\S\n]+){0,2}?(?:stake|participation|holding)")

# A corporate suffix makes a name a company: "Vodacom Tanzania Plc", "Dialog Axiata PLC".
_WITH_SUFFIX = re.compile(
    r"(?<![\w'])(?P<name>[A-ZÀ-Þ][\w&.-]*(?:[^\S\n]+[A-ZÀ-Þ][\w&.-]*){0,3})[^\S\n]*,?[^\S\n]+"
    r"(?:Plc|PLC|Inc\.|Inc|Ltd\.?|Limited|Corp\.|Corporation|S\.A\.|SA|AG|GmbH|N\.V\.|SpA|S\.p\.A\.|ASA|Oyj|K\.K\.|"
    r"LLC|Holdings|SAS)\b")

# Whoever "va investir" at the head of a clause is an organisation: "Au Bénin, Moov Africa
# Bénin va investir 60 milliards…" (NER misses many African and Asian brands).
_INVESTS = re.compile(
    r"(?:^|(?<=[,:;–—-]\s)|(?<=\.\s)|(?<=\n))(?P<name>[A-ZÀ-Þ][\w&.'-]*(?:[^\S\n]+[A-ZÀ-Þ][\w&.'-]*){0,3})[^\S\n]+"
    r"(?:va\s+investir|investira|investit|will\s+invest|plans\s+to\s+invest|is\s+to\s+invest|is\s+investing|"
    r"s'engage\s+à\s+investir|commits|has\s+committed|pledges|will\s+put|will\s+spend|"
    r"va\s+consacrer|consacrera|consacre|va\s+mobiliser|mobilisera|va\s+injecter|injectera|"
    r"will\s+allocate|will\s+commit|will\s+earmark|(?:also\s+)?(?:committed|pledged|promised)\s+to|"
    r"will\s+(?:also\s+)?train|va\s+former|formera|s'engage\s+à\s+former)\b", re.MULTILINE)
# A site a company opens, in a newsletter's lead-in: "Estonia: Elisa opens a threat-intelligence
# centre in Tallinn" (not "Satya Nadella opens a tour": a person heads a plain sentence).
# "Africell ne compte pas…", "Attijariwafa bank a confirmé…": a rare word opening a sentence
# as the subject of a company's verb, that the article names again (see find_subject_names).
_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[-*•][^\S\n]+)?(?:\*\*|__)?(?P<name>[A-ZÀ-Þ][\w&'-]*[\w&](?:[^\S\n]+(?:[A-ZÀ-Þ][\w&'-]*[\w&]|bank|group|groupe|"
    r"telecom|télécom))?)[^\S\n]+(?:,[^,\n]{3,60},[^\S\n]+)?(?:y[^\S\n]+)?"
    r"(?:ne|n'|a|va|vont|veut|compte|entend|mise|place|placera|apporte|apportera|investi\w*|annonce|s'engage|"
    r"signe|ouvr\w*|lance|prévoit|forme|formera|"
    r"consacre\w*|injecte\w*|will|has|is|said|says|plans|announced|announces|invests|signed|signs|opens|opened|"
    r"launch\w*|pledged|pledges|commits|committed|to\s+invest)\b", re.MULTILINE)
_OPENS = re.compile(
    r"(?<=:[^\S\n])(?P<name>[A-ZÀ-Þ][\w&.'-]*(?:[^\S\n]+[A-ZÀ-Þ][\w&.'-]*){0,3})[^\S\n]+"
    r"(?:opens|has\s+opened|will\s+open|ouvre|ouvrira|a\s+ouvert|inaugure|inaugurates|sets\s+up|will\s+set\s+up)\b")
# Pronouns at the head of a clause are no names: "Il investira…", "They will invest…"
_PRONOUNS = {"Il", "Elle", "Ils", "Elles", "On", "Nous", "Ce", "Cela", "Celui-ci", "Celle-ci", "Lui", "It", "They",
             "We", "He", "She", "This", "That", "These", "Those", "Which", "Who", "Our", "Its", "Their", "Le", "La",
             "Les", "The", "Ceux-ci", "Celles-ci", "Chacun", "Each", "Both", "Tous", "All"}

# Lower-case brands are names too when the next words say what they are: "center3, the
# data-centre subsidiary of stc Group", "e&, the Emirati telecoms group".
_LOWERCASE_BRAND = re.compile(
    r"(?<![\w'@./-])(?P<name>[a-z]+\d[a-z\d]*|[a-z]+&),[^\S\n]+(?:a|an|the|une?|la|le|l')[^\S\n]*(?:[\w'-]+[^\S\n]+){0,5}?"
    r"(?:start-?up|company|firm|operator|provider|maker|group|subsidiary|unit|arm|division|"
    r"société|entreprise|groupe|opérateur|fournisseur|filiale)\b")


# "eStruxture", "iFlytek", "eBay": a lower-case letter then a capital is a brand's spelling
_CAMEL_CASE = re.compile(r"(?<![\w'@./-])[a-z][A-Z][a-z]{2,}[A-Za-z]*(?![\w-])")


def org_key(name: str) -> str:
    return slug(clean_name(name))


# Wire-service slugs glued to a headline's first word: "EXCLUSIVE-Google", "UPDATE 2-Intel".
_SLUG = re.compile(r"^(?:EXCLUSIVE|UPDATE(?:\s\d+)?|ANALYSIS|FOCUS|INSIGHT|BREAKINGVIEWS|CORRECTED)-")


def clean_name(name: str) -> str:
    """The name an organisation's key is made from: "Republic Financial Holdings Ltd" ->
    "Republic Financial", so that the press's variants of one name meet."""
    return _without_legal_forms(legal_name(name), _GROUP_WORDS_AROUND)


def legal_name(name: str) -> str:
    """The name as the article gives it, without legal forms: "the Republic Financial Holdings
    Ltd" -> "Republic Financial Holdings"."""
    return _without_legal_forms(written_name(name))


def written_name(name: str) -> str:
    """The name as the article writes it, without wire slug, article and possessive."""
    return _LEADING.sub("", _SLUG.sub("", name.strip())).removesuffix("'s").strip(" ,.;:'\"")


@lru_cache(maxsize=1 << 16)  # the same names recur in every article; cleanco scans its terms each time
def _without_legal_forms(name: str, extra: re.Pattern[str] | None = None) -> str:
    """ "Telekom Slovenije d.d.", "Mascom Wireless (Pty) Ltd": the name without its legal forms
    (cleanco's terms for many countries, and `extra`), however many follow each other; never
    down to nothing ("KT Corp")."""
    from cleanco import basename

    while True:
        shorter = _LEGAL_FORMS.sub("", name).strip()
        if extra is not None:
            shorter = extra.sub("", shorter).strip()
        shorter = basename(shorter, prefix=False, middle=False, suffix=True).strip(" ,(") or shorter
        if not shorter or shorter == name or not re.search(r"\w{2}", shorter):
            return name
        name = shorter


def find_gazetteer_orgs(text: str) -> list[Mention]:
    gaz = gazetteer()
    found = []
    for match in gaz.pattern.finditer(text):
        found.append(Mention(match.start(), match.end(), match.group(0), "org", gaz.surface[match.group(0)]))
    return found


@lru_cache(maxsize=1)
def _epithet_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    text = resources.files("pledgegraph.data.lexicon").joinpath("headquarters.tsv").read_text("utf-8")
    cities: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, city = line.split("\t")
            cities.setdefault(city, key)
    names = "|".join(re.escape(c) for c in sorted(cities, key=len, reverse=True))
    pattern = re.compile(
        rf"(?i:\b(?:(?:le|du|au)\s+(?:groupe|géant|fabricant|leader|conglomérat)|l'(?:éditeur|entreprise)|la\s+(?:firme|société)))"
        rf"\s+(?:américain\s+|californien\s+)?(?:de\s+|d')(?P<fr>{names})\b|\b[Tt]he\s+(?P<en>{names})(?:-based)?\s+"
        rf"(?:giant|group|company|firm|tech\s+giant)\b")
    return pattern, cities


def find_epithets(text: str) -> list[Mention]:
    """ "le groupe de Redmond", "the Cupertino giant": a company named by its home town."""
    pattern, cities = _epithet_pattern()
    found = []
    for match in pattern.finditer(text):
        city = match["fr"] or match["en"]
        key = cities[city]
        if key in gazetteer().entries:
            found.append(Mention(match.start(), match.end(), match.group(0), "org", key))
    return found


def find_academic(text: str) -> list[Mention]:
    """Universities and schools by their whole name, which NER often cuts at a place."""
    return [Mention(m.start("name"), m.end("name"), m["name"], "org", org_key(m["name"]))
            for m in _ACADEMIC.finditer(text) if " " in m["name"]]


_COMPANY_WORD = re.compile(r"\s(?:[Bb]ank|[Gg]roup|[Gg]roupe|[Tt]elecom|[Tt]élécom|Holdings?|Capital|Technologies|"
                           r"Systems|Networks|Digital|Cloud|Data|Energy|Telecommunications|Télécommunications)$")


@lru_cache(maxsize=1)
def _nationality_then_name() -> re.Pattern[str]:
    adjectives = sorted((a for a in place_lexicon().adjectives if a[:1].islower()), key=len, reverse=True)
    return re.compile(r"\b(?:l'|le\s+|la\s+|les\s+|du\s+|au\s+|des\s+)(?:" + "|".join(map(re.escape, adjectives))
                      + r")\s+(?P<name>[A-ZÀ-Þ][\w&.'-]*[\w&](?:\s+[A-ZÀ-Þ][\w&.'-]*[\w&])*)")


def find_subject_names(text: str, lang: str) -> list[Mention]:
    """Names NER may miss at the head of a sentence: a word no dictionary of the language
    knows (wordfreq), as the subject of a company's verb, which the article names again."""
    from wordfreq import zipf_frequency

    lex = place_lexicon()
    found = []
    for match in _SUBJECT.finditer(text):
        name = match["name"]
        first = name.split()[0]
        once_ok = bool(_COMPANY_WORD.search(name))  # "Attijariwafa bank": no surname ends so
        if (text.count(name) < 2 and not once_ok or zipf_frequency(first.lower(), lang, wordlist="small") >= 2.5
                or name in _NOT_ORGS or name in _PRONOUNS or name in lex.countries or name in lex.cities
                or name in lex.adjectives or name in lex.towns or _is_place_or_language(name) or first.isupper()
                and len(first) <= 2):
            continue
        found.append(Mention(match.start("name"), match.end("name"), name, "org", org_key(name)))
    return found


def _in_a_place_name(text: str, start: int, end: int, lex) -> bool:
    """Whether text[start:end], alone or with the word or two before it, is a city or country."""
    words = re.findall(r"[\w-]+", text[max(0, start - 25):start])
    candidates = (" ".join([*words[len(words) - k:], text[start:end]]).strip() for k in range(0, 3))
    return any(name in lex.cities or name in lex.countries for name in candidates)


def find_introduced_orgs(text: str) -> list[Mention]:
    """Names the text introduces as organisations: "la société canadienne d'IA Cohere"."""
    lex = place_lexicon()
    found = []
    for match in [*_INTRO.finditer(text), *_APPOSITIVE.finditer(text), *_PARTNER_SLOT.finditer(text),
                  *_WITH_SUFFIX.finditer(text), *_INVESTS.finditer(text), *_STAKE_SLOT.finditer(text),
                  *_PAIR_ACTS.finditer(text), *_OPENS.finditer(text), *_STAKE_AFTER.finditer(text)]:
        place = lex.pattern.match(text, match.start("name"))
        if place and place.end() >= match.end("name"):
            continue  # "le groupe en Côte d'Ivoire": a place, cut at its apostrophe
        _at, whose_not = without_whose(match["name"], 0)
        shown = written_name(_LEADING_PREPOSITION.sub("", whose_not))  # "Au Sénégal, la filiale…"
        name = clean_name(shown)
        if ROLE_BEFORE.search(text[max(0, match.start("name") - 30):match.start("name")]):
            continue  # "group chief information officer Karen Bhagwansingh"
        start = match.start("name") + max(0, match["name"].find(shown))
        if _in_a_place_name(text, start, start + len(shown), lex):
            continue  # "le groupe technologique d'Abou Dhabi", "à Novi Sad": a city, whole or cut
        if not name or not (name[0].isupper() or name[1:2].isupper()) or _SUFFIXES.fullmatch(" " + name) or name in _NOT_ORGS or name in _PRONOUNS or name in AMBIGUOUS_COUNTRIES or name in _REGIONS or name in lex.countries or name in lex.cities or name in lex.towns \
                or name in lex.adjectives or _is_place_or_language(name) or _NOT_ORG_WORDS.search(name) \
                or match.re is not _APPOSITIVE and _FACILITY_WORDS.search(name):
            continue
        start = match.start("name") + max(0, match["name"].find(shown))
        found.append(Mention(start, start + len(shown), shown, "org", org_key(name)))
    # "l'américain Akamai", "le chinois ZTE", "la française LightOn": the French press names a
    # company by its nationality
    for match in _nationality_then_name().finditer(text):
        shown = written_name(match["name"])
        name = clean_name(shown)
        if name and name not in _NOT_ORGS and name not in lex.countries and name not in lex.cities \
                and not _is_place_or_language(name):
            found.append(Mention(match.start("name"), match.start("name") + len(shown), shown, "org", org_key(name)))
    for match in _CAMEL_CASE.finditer(text):
        if text.count(match.group(0)) < 2:
            continue  # a word once ("iTaukei") is no brand the story is about
        found.append(Mention(match.start(), match.end(), match.group(0), "org", org_key(match.group(0))))
    for match in _LOWERCASE_BRAND.finditer(text):
        found.append(Mention(match.start("name"), match.end("name"), match["name"], "org", org_key(match["name"])))
    # "Manx Telecom", "Tunisie Telecom", "Faroese Telecom": a place, then a firm's word
    for match in lex.pattern.finditer(text):
        tail = _PLACE_FIRM_TAIL.match(text, match.end())
        shown = text[match.start():tail.end()] if tail else ""
        # (named again: "Kenyan Bank to Invest…" in a headline is no name)
        if tail and match.group(0)[:1].isupper() and text.count(shown) >= 2:
            found.append(Mention(match.start(), tail.end(), shown, "org", org_key(shown)))
    return found


_PLACE_FIRM_TAIL = re.compile(r"[ \t]+(?:Telecom|Telekom|Télécom|Telecoms|Telecommunications|Tele|Bank|Banque|"
                              r"Cables|Mobile|Airlines|Airways)(?![\w-])")


_NOT_ORG_WORDS = re.compile(
    r"(?<![A-Za-z\d])\d|[$€£¥₹]|\bStock\s+Exchange\b|\bBourse\s+de\b|\b(?:Summit|Sommet|Conference|Conférence|Strategy|Stratégie|Act|Plan|Programme|Program|"
    r"Forum|Week|Semaine|Day|Prize|Awards?|Index|Report|Rapport|Initiative|Shield|Academy|Académie|"
    r"Policy|Politique|Mission|Agenda|Budget|Vision\s+20\d\d|MoU|MOU|"
    r"Copilot|Azure|Gemini|Llama|Claude|Large|Compute|Act|"
    r"[Mm]inistre|Minister|[Pp]résidente?|President|[Cc]hancelière?|Chancellor|[Dd]irect(?:eur|rice)|"
    r"Director|Secretary|Secrétaire|Premier|Première|Prime|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|January|February|March|April|June|July|August|September|October|November|"
    r"December|janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\b")


# A facility's words: "Rack Centre, the Lagos-based data centre operator" is a company all the
# same, when an apposition says so.
# "Babylon Cloud Company": a facility word, but the name says it is a firm
_FIRM_TAIL = re.compile(r"\s(?:Company|Corporation|Corp\.?|Ltd\.?|Limited|Inc\.?|LLC|PLC|plc|SA|SAS|S\.A\.)$")
_FACILITY_WORDS = re.compile(r"\b(?:Centre|Center|Hub|Region|Région|Cloud|Park|Backbone)\b")


# Words that make an unknown organisation a public body, school or association, not a company.
_NOT_COMPANY = re.compile(
    r"(?:^|-)(?:ministry|ministere|ministerio|department|agency|agence|authority|autorite|commission|"
    r"council|conseil|office-of|bureau-of|university|universite|universidad|college|institute|institut|"
    r"school|ecole|foundation|fondation|association|federation|ngo|ong|parliament|parlement|"
    r"senate|senat|court|cour|tribunal|police|army|armee|navy|plateforme|observatoire|observatory|"
    r"chargee?|in-charge|ministre|minister|secretary|division|"
    # public lenders and unions: their money is loans and grants, not a company's commitment
    r"development-bank|investment-bank|world-bank|finance-corporation|international-finance|"
    r"monetary-fund|european-union|union-europeenne|eu|ue)(?:-|$)")


def is_company(key: str) -> bool:
    """Whether the organisation `key` is a company: the gazetteer says, else its name does."""
    entry = gazetteer().entries.get(key)
    if entry is not None:
        return entry.type == "Company"
    return not _NOT_COMPANY.search(key)


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    from babel import Locale

    return frozenset(name for locale in ("en", "fr") for name in Locale(locale).languages.values())


# "German AI", "French Tech": a demonym and a generic word name a sector, not a company
_GENERIC = {"AI", "IA", "Cloud", "Tech", "Data", "Digital", "Internet", "Telecom", "Telecoms", "Market", "Government",
            "Economy", "Start-ups", "Startups", "Industry", "Banks", "Companies"}


def _is_place_or_language(name: str) -> bool:
    """ "HANOI" (a dateline), "Hausa" (a language), "Vietnamese-language": NER's false names."""
    lex = place_lexicon()
    first, *rest = re.split(r"([-\s])", name, maxsplit=1)
    # "Kenyan-born", "Canadian Cohere" (the gazetteer finds Cohere) are no names; "Swiss Re",
    # "Saudi Aramco" are.
    demonym_then = first in lex.adjectives and bool(rest) and (
        rest[0] == "-" or rest[1][:1].islower() or rest[1] in gazetteer().surface or rest[1] in _GENERIC)
    return (name.title() in lex.cities or name.title() in lex.countries or name in language_names()
            or demonym_then)


# "4iG", "2Africa", "3M": a name may begin with a digit, a technology ("5G") may not
_DIGIT_NAME = re.compile(r"\d[A-Za-z][\w&-]*(?<!G)|\d[A-Z]{2,}[\w&-]*")


def without_whose(name: str, start: int) -> tuple[int, str]:
    """ "Saudi Arabia's DataVolt" -> "DataVolt": the place before "'s" says whose company it is."""
    whose = re.match(r"(.+?)['’]s\s+(?=[A-Z])", name)
    if whose and (whose.group(1) in place_lexicon().countries or whose.group(1) in place_lexicon().cities):
        return start + whose.end(), name[whose.end():]
    return start, name


def ner_org(text: str, start: int) -> Mention | None:
    """An NER organisation span as a mention, when it is plausibly one."""
    # "Medellin\n\nBogota", "Vienna\nOn": a name never runs over a line break
    text = re.split(r"\s*\n", text.strip())[0]
    # "In Ghana, …" at a sentence start, "LIMA - América Movil's unit": NER takes the
    # preposition or the dateline into the name
    for leading in (_DATELINE, _LEADING_PREPOSITION):
        lead = leading.match(text)
        if lead:
            start, text = start + lead.end(), text[lead.end():]
    start, text = without_whose(text, start)
    shown = written_name(text)  # "Republic Financial Holdings Ltd": the mention's text
    name = clean_name(shown)
    lex = place_lexicon()
    if (len(name) < 2 or name in _NOT_ORGS or name in _REGIONS or name in AMBIGUOUS_COUNTRIES
            or _SUFFIXES.fullmatch(" " + name)  # "Globe Telecom, Inc.": NER takes "Inc." apart
            or _NOT_ORG_WORDS.search(name) or (_FACILITY_WORDS.search(name) and not _FIRM_TAIL.search(shown))
            or name in lex.countries
            or name in lex.cities or name in lex.adjectives or not (name[0].isupper() or _PUBLIC_BODY.match(name) or _DIGIT_NAME.fullmatch(name))
            or name.isdigit() or shown in lex.cities or shown in lex.countries  # ("Novi Sad": cleanco cuts "Sad")
            or _is_place_or_language(name) or any(_is_place_or_language(part) for part in re.split(r",\s*", name))):
        return None
    offset = text.find(shown)
    gaz = gazetteer()
    key = gaz.surface.get(shown) or gaz.surface.get(name) or org_key(name)
    return Mention(start + max(offset, 0), start + max(offset, 0) + len(shown), shown, "org", key)


def national_unit(name: str) -> bool:
    """ "Claro Perú", "Orange Côte d'Ivoire": a brand and a country, which NER takes for a
    person's name (a surname is seldom a country, and ambiguous ones such as Jordan are left)."""
    words = name.split()
    return len(words) >= 2 and any(_fold(" ".join(words[i:])) in _folded_countries() for i in range(1, len(words)))


def _fold(text: str) -> str:
    return fold(text).replace("’", "'")


@lru_cache(maxsize=1)
def _folded_countries() -> frozenset[str]:
    return frozenset(_fold(name) for name in place_lexicon().countries)


# NER's "ministère des Technologies": a public body, though it starts in lower case
_PUBLIC_BODY = re.compile(r"(?:ministère|ministry|agence|autorité)\s+\w", re.IGNORECASE)
# "LIMA - ", "ABU DHABI, United Arab Emirates (AP) - ": a place in capitals, then a dash
_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý.' -]*[A-ZÀ-Ý](?:,[^-–—,]{1,40})?(?:\s*\([A-Za-z]+\))?\s+[-–—]+\s+")
_LEADING_PREPOSITION = re.compile(r"^(?:In|At|For|With|From|By|On|En|Au|Aux|À|Dans|Pour|Avec|Chez)\s+")


_GOV_FR = re.compile(r"\b(?:(?:le |du |au |les |des |un |le nouveau )?gouvernements?|l'État|l'Etat)\s+"
                     r"(?:(?:du|de la|de l'|des|d'|de)\s?(?P<country>[A-ZÀ-Þ][\w'-]*(?:\s+[\w'-]+){0,2})|(?P<adj>[a-zà-ÿ-]+))")
_GOV_EN = re.compile(r"\b(?:(?P<adj>[A-Z][\w.]*(?:\s[A-Z][\w]*)?)\s+government|government\s+of\s+(?:the\s+)?"
                     r"(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})|(?P<poss>[A-Z][\w.]*(?:\s[A-Z][\w]*)?)'s\s+government)")
_GOV_BARE = re.compile(r"\b(?:the\s+government|le\s+gouvernement|l'exécutif|the\s+administration|"
                       # "signed between the ministry and the company": the ministry named before
                       r"the\s+ministry(?!\s+of)|le\s+ministère(?!\s+d(?:e|u|es)\b|\s+d')|l'[ÉE]tat(?!\s+(?:du|de|d'|des)\b)|"
                       r"la\s+Confédération|the\s+Confederation)\b",
                       re.IGNORECASE)


_ONE_MORE_NOUN = re.compile(r"\s*(?:et|,)\s+(?:les\s+|ses\s+)(?:[\w-]+\s+){1,2}|\s+(?:[a-zà-ÿ-]+\s+)?", re.IGNORECASE)


def find_governments(text: str, lang: str) -> list[Mention]:
    """'the Japanese government', 'gouvernement du Japon'; a bare 'the government' gets key '?'."""
    lex = place_lexicon()
    found: list[Mention] = []
    pattern = _GOV_FR if lang == "fr" else _GOV_EN
    for match in pattern.finditer(text):
        words = [w for w in (match.groupdict().get(g) for g in ("adj", "country", "poss")) if w]
        iso = None
        for word in words:
            for size in range(len(word.split()), 0, -1):
                candidate = " ".join(word.split()[:size])
                iso = lex.countries.get(candidate) or lex.adjectives.get(candidate)
                if iso:
                    break
        if iso:
            found.append(Mention(match.start(), match.end(), match.group(0).strip(), "gov", iso))
    covered = [(m.start, m.end) for m in found]
    for match in _GOV_BARE.finditer(text):
        if not any(s <= match.start() < e for s, e in covered):
            found.append(Mention(match.start(), match.end(), match.group(0), "gov", "?"))
    # "le gouvernement et les législateurs canadiens": the adjective comes a few words later.
    resolved = []
    for mention in found:
        if mention.key == "?":
            tail = text[mention.end:mention.end + 40]
            for match in lex.pattern.finditer(tail):
                adj = match.group(0)
                # (only across "et les législateurs": "a conclu avec la start-up française" is
                # another clause, whose nationality is the start-up's)
                if lang == "fr" and adj in lex.adjectives and adj[0].islower() and _ONE_MORE_NOUN.fullmatch(
                        tail[:match.start()]):
                    mention = Mention(mention.start, mention.end, mention.text, "gov", lex.adjectives[adj])
                    break
        resolved.append(mention)
    return sorted(resolved, key=lambda m: m.start)
