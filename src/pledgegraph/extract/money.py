"""Amounts of money in French and English news text.

Currency names and symbols come from babel's CLDR data for every ISO 4217 currency, in
English and French, so "couronnes suédoises", "Swedish kronor", "A$", "$CA" and "₹" are
all known without a hand-made table. Only the press's loose forms that CLDR lacks
("Swedish crowns", "dollars", "US$") are added here.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from pledgegraph.extract.places import french_plural
from pledgegraph.extract.numbers import number_pattern, parse_number, scale_pattern, scale_power
from pledgegraph.records import Money

# Forms the press uses that CLDR does not list. A bare "dollar" is the US dollar unless the
# text says otherwise, which the longer names ("dollars canadiens") catch first.
_LOOSE_NAMES = {
    "USD": ["dollar", "dollars", "us dollars", "u.s. dollars", "dollars us", "dollars américains",
            "dollars americains", "dollars des états-unis", "dollars u.s."],
    "EUR": ["euro", "euros"],
    "BAM": ["marks convertibles", "mark convertible", "convertible marks", "convertible mark"],
    "GBP": ["pound", "pounds", "pounds sterling", "sterling", "livre", "livres", "livres sterling"],
    "JPY": ["yen", "yens"],
    "CNY": ["yuan", "yuans", "renminbi"],
    "INR": ["rupee", "rupees", "roupie", "roupies", "crore rupees"],
    "KRW": ["won", "wons"],
    "BRL": ["real", "reais", "réal", "réals", "reals"],
    "SEK": ["swedish crowns", "swedish crown", "swedish kroner", "couronnes suédoises"],
    "NOK": ["norwegian crowns", "norwegian kroner", "couronnes norvégiennes"],
    "DKK": ["danish crowns", "danish kroner", "couronnes danoises"],
    "MYR": ["ringgit", "ringgits"],
    "IDR": ["rupiah", "rupiahs"],
    "SAR": ["riyal", "riyals", "saudi riyals"],
    "AED": ["dirham", "dirhams", "uae dirhams", "emirati dirhams"],
    "ZAR": ["rand", "rands"],
    "PLN": ["zloty", "zlotys", "złoty", "złotys"],
    "THB": ["baht"],
    # the French press's "soums" (CLDR writes "sums", a common word in English)
    "UZS": ["soum", "soums", "soums ouzbeks", "uzbek soums"],
    # The CFA franc: West African (XOF) unless the article is about Central Africa (XAF).
    "XOF": ["franc cfa", "francs cfa", "cfa franc", "cfa francs", "fcfa", "f cfa"],
    "CHF": ["swiss francs", "francs suisses"],
    "MXN": ["mexican pesos", "pesos mexicains"],
    "AUD": ["australian dollars"],
    "CAD": ["canadian dollars"],
}
_REGIONAL = {"XAF": {"CM", "CF", "TD", "CG", "GQ", "GA"}, "XOF": {"BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"}}
_LOOSE_SYMBOLS = {
    "USD": ["US$", "U.S.$", "$US", "$ US", "USD", "$"],
    "EUR": ["€", "EUR"],
    "GBP": ["£", "GBP"],
    "JPY": ["¥", "JP¥", "JPY"],
    "CNY": ["CN¥", "RMB", "CNY"],
    "AUD": ["A$", "AU$", "$A", "$AU", "$ AU", "AUD"],
    "CAD": ["C$", "CA$", "CAN$", "$CA", "$ CA", "CAD"],
    "NZD": ["NZ$", "$NZ", "NZD"],
    "HKD": ["HK$", "HKD"],
    "SGD": ["S$", "SG$", "$SG", "SGD"],
    "BRL": ["R$", "BRL"],
    "MXN": ["MX$", "Mex$", "MXN"],
    "JMD": ["J$", "JMD"],
    "NAD": ["N$", "NAD"],
    "INR": ["₹", "Rs", "Rs.", "INR"],
    "KRW": ["₩", "KRW"],
    "PLN": ["zł", "PLN"],
    # South African press: "R4.7bn". Kept only with a scale word (see find_money), since a
    # bare "R1" is more often a model or a road than a rand.
    "ZAR": ["R", "ZAR"],
    "MYR": ["RM", "MYR"],
    "SAR": ["SR", "SAR"],
    "AED": ["Dh", "AED"],
    "XOF": ["FCFA", "XOF"],
    "XAF": ["XAF"],
}
_NEEDS_SCALE = {"R", "RM", "SR", "Dh"}
# Names in CLDR that are also ordinary words, or ambiguous without a country.
_SKIP_NAMES = {"rand", "won", "real", "livre", "livres", "pound", "mark", "franc", "francs"}
# Bare unit words that several countries use. The press's default (a bare "dollar" is the US
# dollar, a bare "dirham" the UAE's) holds unless the article is about one of the other
# countries using that unit ("2 milliards de dirhams" in a story about Morocco). The dollar
# is left out: wire copy about Canada or Australia still means US dollars when it says
# "dollars" alone, and names the local dollar when it means it.
_CONTEXT_FREE = {"dollar", "dollars", "euro", "euros"}
_NOT_UNITS = {"new", "nouveau", "nouveaux", "nouvelle", "nouvelles"}  # "nouveau shekel"


@lru_cache(maxsize=1)
def currency_lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """(lower-case names -> code, case-sensitive symbols and codes -> code)."""
    import pycountry
    from babel.numbers import get_currency_name, get_currency_symbol

    names: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for currency in pycountry.currencies:
        code = currency.alpha_3
        if code.startswith("X") and code not in _REGIONAL and code not in ("XCD", "XPF", "XCG"):  # gold, SDR, tests
            continue
        symbols.setdefault(code, code)
        for locale in ("en", "fr"):
            for count in (1, 2):
                try:
                    name = get_currency_name(code, count=count, locale=locale).lower()
                except Exception:  # babel lacks a few historic codes
                    continue
                if name and name != code.lower() and name not in _SKIP_NAMES:
                    names.setdefault(name, code)
            for variant in (locale, f"{locale}_CA", f"{locale}_CH"):
                symbol = get_currency_symbol(code, locale=variant)
                if symbol and symbol != code and not symbol.isalpha() and symbol != "$":
                    symbols.setdefault(symbol, code)
    for name, code in _adjective_names().items():
        names.setdefault(name, code)
    for code, loose in _LOOSE_NAMES.items():
        for name in loose:
            names[name] = code
    for code, loose in _LOOSE_SYMBOLS.items():
        for symbol in loose:
            symbols[symbol] = code
    # "TT$340 million", "FJ$2m", "NT$9bn": the country's code before the dollar sign
    for iso, code in local_dollars().items():
        symbols.setdefault(f"{iso}$", code)
    symbols.setdefault("NT$", "TWD")
    return names, symbols


@lru_cache(maxsize=1)
def local_dollars() -> dict[str, str]:
    """The countries whose own legal tender is a dollar other than the US one (CLDR):
    TT -> TTD, FJ -> FJD, AU -> AUD."""
    import pycountry
    from babel.numbers import get_currency_name, get_territory_currencies

    found = {}
    for country in pycountry.countries:
        for code in get_territory_currencies(country.alpha_2, tender=True):
            if code != "USD" and "dollar" in get_currency_name(code, locale="en").lower():
                found[country.alpha_2] = code
                break
    return found


# French currency units that are feminine: their country adjective agrees ("roupies indiennes").
_FEMININE_UNITS = {"couronne", "roupie", "livre", "lire", "roupiah"}


def _adjective_names() -> dict[str, str]:
    """ "dollars singapouriens", "Singaporean dollars": unit + the country's adjective.

    CLDR names a currency after its country ("dollar de Singapour", "Singapore dollar"); the
    press also writes the adjective. The unit word comes from CLDR, the adjective from the
    demonym table, for each currency whose ISO 4217 code starts with its country's code
    (SGD, SEK, INR: the currency of that one country, not the euro or the CFA franc).
    """
    from babel.numbers import get_currency_name

    from pledgegraph.extract.places import demonyms

    forms: dict[str, str] = {}
    for iso, english, _plural, french in demonyms():
        codes = _national_currencies(iso)
        if not codes:
            continue
        code = codes[0]
        en_unit = get_currency_name(code, count=2, locale="en").lower().split()[-1]
        # "nouveaux dollars taïwanais": the press drops CLDR's "nouveau"
        fr_words = [w for w in get_currency_name(code, count=2, locale="fr").lower().split() if w not in _NOT_UNITS]
        fr_unit = fr_words[0]
        forms[f"{english.lower()} {en_unit}"] = code
        singular = fr_unit[:-1] if fr_unit.endswith("s") else fr_unit
        adjective = french_plural(french, feminine=singular in _FEMININE_UNITS)
        forms[f"{fr_unit} {adjective}"] = code
    return forms


# Local symbols the press uses that CLDR's locales do not list, by country.
# "Sh129 billion": East Africa's press writes each shilling "Sh".
# ("700bn/-": East Africa's press writes its shillings with a trailing "/-")
_PRESS_SYMBOLS = {"KE": ["KSh", "Kshs", "KShs", "Ksh.", "Sh", "/-"], "TZ": ["Sh", "/-"], "UG": ["Sh", "/-"], "SO": ["Sh"],
                  "GH": ["GH¢", "GHS"], "TR": ["TL"],
                  "KW": ["KD"], "BH": ["BD"], "QA": ["QR"], "OM": ["RO"], "EG": ["LE", "E£", "EG£"],
                  "BD": ["Tk"], "RW": ["Rwf", "FRw"], "PH": ["P", "Php"], "NG": ["N"], "IL": ["NIS"],
                  "UZ": ["UZS"], "JO": ["JD"], "SB": ["SI$"], "TO": ["T$"], "WS": ["WS$"], "VU": ["VT"]}


@lru_cache(maxsize=1)
def local_symbols() -> dict[str, dict[str, str]]:
    """Symbol -> {country ISO code: currency} for the symbols that a country's own press uses
    ("KSh" in Kenya, "Rp" in Indonesia, "Rs" in Pakistan), from the CLDR locales of each
    territory, plus `_PRESS_SYMBOLS`. They count only in an article about that country; a
    single letter ("L", "Q", "K") only in one mostly about that country."""
    import unicodedata

    from babel import localedata
    from babel.numbers import get_currency_symbol, get_territory_currencies

    def latin(symbol: str) -> bool:
        return all(c.isascii() or unicodedata.category(c) == "Sc" or "LATIN" in unicodedata.name(c, "")
                   for c in symbol)

    found: dict[str, dict[str, str]] = {}
    for locale in sorted(localedata.locale_identifiers()):
        territory = next((p for p in locale.split("_")[1:] if len(p) == 2 and p.isupper()), None)
        currencies = get_territory_currencies(territory) if territory else []
        if not currencies:
            continue
        symbol = get_currency_symbol(currencies[0], locale=locale)
        if symbol != currencies[0] and symbol != "$" and latin(symbol):
            found.setdefault(symbol, {}).setdefault(territory, currencies[0])
    for iso, forms in _PRESS_SYMBOLS.items():
        code = get_territory_currencies(iso)[0]
        for symbol in forms:
            found.setdefault(symbol, {})[iso] = code
    return found


def _local(symbol: str, default: str | None, countries: tuple[str, ...]) -> str | None:
    """The currency a symbol means in an article about `countries`: the local one when the
    country the article names most uses that symbol ("Rs" in a story about Pakistan)."""
    local = local_symbols().get(symbol, {})
    if countries and countries[0] in local:
        return local[countries[0]]
    if default is None and len(symbol) == 1:
        return None  # "L 280 million" is lempiras only in a story mostly about Honduras
    if default is None:
        return next((local[iso] for iso in countries if iso in local), None)
    return default


def _national_currencies(iso: str) -> list[str]:
    from babel.numbers import get_territory_currencies

    try:
        return [c for c in get_territory_currencies(iso) if c.startswith(iso)]
    except Exception:  # babel knows no currency for a few territories
        return []


def _alternation(items) -> str:
    ordered = sorted(items, key=len, reverse=True)
    return "|".join(re.escape(i).replace(r"\ ", r"\s?") for i in ordered)


@lru_cache(maxsize=4)
def money_pattern(lang: str) -> re.Pattern[str]:
    names, symbols = currency_lexicon()
    num = number_pattern(lang)
    scale = scale_pattern(lang) + "|" + scale_pattern("en") if lang == "fr" else scale_pattern(lang)
    name_alt = _alternation(set(names) | set(shared_units()) | set(own_units()))
    symbol_alt = _alternation(set(symbols) | set(local_symbols()))
    # Case matters for symbols and codes ("Rs", "USD") but not for names ("Dollars").
    # "a $1-billion plan": a hyphen may join the number and its scale
    pre = rf"(?P<pre>{symbol_alt})\s?(?P<num1>{num})(?:[\s-]?(?P<scale1>{scale}))?"
    # "un milliard deux cents millions d'euros", "deux milliards et demi", "one and a half billion":
    # one amount written in two parts (never across "et"/"and": "1,5 milliard et 2 milliards" are two)
    post = (rf"(?P<num2>{num})(?P<andhalf>\s+and\s+a\s+half)?(?:[\s-]?(?P<scale2>{scale})"
            rf"(?:(?P<half>\s+(?:et|and)\s+(?:demie?|a\s+half))|\s+(?P<num3>{num})\s(?P<scale3>(?i:millions?|mille|thousand)\b))?)?"
            rf"\s?(?:(?:de|d'|of)\s?)?"
            rf"(?:(?P<post>(?i:{name_alt}))\b|(?P<postsym>{symbol_alt})(?![\w$€£¥]))")
    return re.compile(rf"(?<![\w.,$€£¥])(?:{pre}|{post})")


_QUALIFIERS = [
    ("more-than", r"plus\s+de|more\s+than|over|upwards\s+of|in\s+excess\s+of|above|au-delà\s+de|"
                  r"supérieure?s?\s+à|north\s+of|exceeding|dépassant"),
    ("at-least", r"au\s+moins|at\s+least|a\s+minimum\s+of|minimum\s+de|pas\s+moins\s+de"),
    ("up-to", r"jusqu'à|up\s+to|as\s+much\s+as|as\s+many\s+as|au\s+maximum"),
    ("about", r"environ|about|around|roughly|approximately|some|quelques?|près\s+de|nearly|"
              r"almost|presque|approximativement|an\s+estimated|autour\s+de|~"),
]
_QUALIFIER_RE = [(name, re.compile(rf"(?:\b(?:{words}))\s*(?:d'|de\s+|of\s+)?(?:l'|les\s+|the\s+)?$",
                                   re.IGNORECASE)) for name, words in _QUALIFIERS]


def qualifier_before(text: str, start: int) -> str | None:
    window = text[max(0, start - 30):start]
    for name, pattern in _QUALIFIER_RE:
        if pattern.search(window):
            return name
    return None


@lru_cache(maxsize=1)
def _unit_words() -> dict[str, dict[str, str]]:
    """Bare unit word -> {country ISO code: currency}, for each country's own currency.

    From CLDR: the unit is the last word of the English name ("Moroccan dirham", "Peruvian
    sol") and the first of the French one ("dirham marocain"), singular and plural.
    """
    from babel.numbers import get_currency_name

    from pledgegraph.extract.places import demonyms

    units: dict[str, dict[str, str]] = {}
    for iso, *_ in demonyms():
        for code in _national_currencies(iso)[:1]:
            for count in (1, 2):
                for locale, pick in (("en", -1), ("fr", 0)):
                    unit = get_currency_name(code, count=count, locale=locale).lower().split()[pick]
                    if unit not in _CONTEXT_FREE and unit not in _NOT_UNITS:
                        units.setdefault(unit, {})[iso] = code
    return units


@lru_cache(maxsize=1)
def shared_units() -> dict[str, dict[str, str]]:
    """Bare unit word -> {country ISO code: currency} for units several countries use."""
    return {unit: codes for unit, codes in _unit_words().items() if len(codes) > 1}


# Unit words that follow numbers in other senses: "a $5 million sum", "3 million gold" coins.
_COMMON_WORDS = {"gold", "mark", "marks", "sum", "sums"}


@lru_cache(maxsize=1)
def own_units() -> dict[str, str]:
    """Bare unit word -> currency, for units one currency alone uses: "2.8 billion soles",
    "5 milliards de nairas". Words that also name a place or a language ("córdoba",
    "guaraní") or are common words ("real", "won") are left to the full names."""
    from pledgegraph.extract.orgs import language_names
    from pledgegraph.extract.places import place_lexicon

    lex = place_lexicon()
    languages = {name.lower() for name in language_names()}
    places = {name.lower() for name in (*lex.cities, *lex.countries)}
    return {unit: next(iter(codes.values())) for unit, codes in _unit_words().items()
            if len(set(codes.values())) == 1 and unit not in _SKIP_NAMES | _COMMON_WORDS and len(unit) > 2
            and unit not in languages and unit not in places and unit.rstrip("s") not in places}


def _in_context(unit: str, default: str | None, countries: tuple[str, ...]) -> str | None:
    """The currency a bare unit word means in an article about `countries` (most named first)."""
    if default in _REGIONAL:
        for iso in countries:
            for code, members in _REGIONAL.items():
                if iso in members:
                    return code
        return default
    codes = shared_units().get(unit)
    if not codes:
        return default
    for iso in countries:
        if iso in codes:
            return codes[iso]
    return default


# Where the press writes "US$" for American dollars, a bare "$" is the local dollar of a
# country that has one (Australian, Canadian, Trinidadian papers: "A$3bn" or "$3bn").
_US_MARKED = re.compile(r"US\s?\$|U\.S\.\s?\$|\$\s?US\b|dollars?\s+(?:américains?|US)\b|USD", re.IGNORECASE)
# A bare "dollars" spelt out is the local dollar where the story writes the local symbol ("A$")
# and calls American dollars so ("four-point-six billion US dollars")
_US_DOLLARS_WORDS = re.compile(r"\b(?:US|U\.S\.|American)\s+dollars?\b|dollars?\s+(?:américains?|US)\b")


# "15,9 G$": only Québec's press writes billions so; such a paper means Canadian dollars by a
# bare "dollars" or "$" too, and marks American ones ("$ US", "dollars américains").
_QUEBEC_NOTATION = re.compile(r"\d\s?G\s?\$(?!\s?US)")


def _bare_dollar(text: str, countries: tuple[str, ...]) -> str:
    if _QUEBEC_NOTATION.search(text):
        return "CAD"
    if countries and countries[0] in local_dollars() and _US_MARKED.search(text):
        return local_dollars()[countries[0]]
    return "USD"


def find_money(text: str, lang: str, countries: tuple[str, ...] = ()) -> list[Money]:
    """Every amount of money in `text`, in order, with offsets into `text`.

    `countries`: ISO codes of the countries the article names, most named first; they
    decide what a unit shared by several countries means ("pesos", "dirhams", "riyals").
    """
    names, symbols = currency_lexicon()
    found: list[Money] = []
    for match in money_pattern(lang).finditer(text):
        if match["pre"]:
            symbol = _squash(match["pre"])
            num, scale = match["num1"], match["scale1"]
            currency = _local(symbol, symbols.get(symbol), countries)
            if symbol == "$":
                currency = _bare_dollar(text, countries)
            if currency is None or (not scale and (symbol in _NEEDS_SCALE or (
                    symbol not in symbols and any(c.isalpha() for c in symbol)))):
                continue  # "R1", "P5": a model or a road more often than money
        else:
            num, scale = match["num2"], match["scale2"]
            if match["post"]:
                unit = _squash(match["post"]).lower()
                currency = _in_context(unit, names.get(unit) or own_units().get(unit), countries)
                if unit in ("dollar", "dollars"):
                    # (an Australian story that writes "A$" and "US dollars" means its own by
                    # a bare "seven billion dollars")
                    if lang == "fr":
                        currency = _bare_dollar(text, ())
                    elif countries and countries[0] in local_dollars() and _US_DOLLARS_WORDS.search(text):
                        currency = local_dollars()[countries[0]]
            elif _squash(match["postsym"]) == "$":
                # "1,05 G$" is Québec's notation for Canadian dollars, whatever the story is
                # about; "350 M$" is also France's for US dollars, so it follows the article.
                currency = "CAD" if scale and scale.strip() == "G" else _bare_dollar(text, countries)
            else:
                symbol = _squash(match["postsym"])
                currency = _local(symbol, _in_context("", symbols.get(symbol), countries), countries)
                if not scale and symbol not in symbols and symbol.isalpha():
                    continue  # "4G", "3D", "4K": a technology, not 4 gourdes
            if currency is None:
                continue
        value = parse_number(num, lang)
        if value is None or value <= 0:
            continue
        parts = match.groupdict()
        if parts["andhalf"] or parts["half"]:
            value += Decimal("0.5")
        if scale:
            value *= Decimal(10) ** scale_power(scale, lang if lang in ("en", "fr") else "en")
        if parts["num3"]:
            rest = parse_number(parts["num3"], lang)
            power = scale_power(parts["scale3"], lang if lang in ("en", "fr") else "en")
            if rest is None or not scale or power >= scale_power(scale, lang if lang in ("en", "fr") else "en"):
                continue
            value += rest * Decimal(10) ** power
        elif not num[0].isdigit() and value < 1000:
            continue  # "a dollar", "deux euros": not a commitment-sized amount
        end = match.end()
        found.append(Money(value=_whole(value), currency=currency, start=match.start(), end=end,
                           text=text[match.start():end], qualifier=qualifier_before(text, match.start())))
    return _with_elided_units(text, lang, _with_dirham_abbreviations(text, lang, found))


# "Telconet investira 180 millions de dollars et l'américain Akamai 45 millions", "$120m from
# one and 80 million from the other": a bare scaled number just after an amount, in the same
# sentence, is in that amount's currency.
_BARE_SCALED = {lang: re.compile(rf"(?<![\w.,])(?P<num>{number_pattern(lang)})\s?(?P<scale>{scale_pattern(lang)})(?![\w$€£¥])")
                for lang in ("en", "fr")}


_WORD_AFTER = re.compile(r"\s*(?P<of>(?:de|of)\s+|d')?(?P<word>[^\W\d_][\w'-]*)")
# What may follow an amount whose unit was left out: a preposition or a conjunction, not a noun.
_GOES_ON = {"in", "en", "au", "aux", "à", "dans", "into", "for", "pour", "sur", "over", "by", "et", "and", "the",
            "le", "la", "les", "each", "chacun", "chacune", "respectively", "respectivement", "to", "par", "ici"}


_COORDINATED_BEFORE = re.compile(r"\s*(?:et|and|ou|or|to|à|-|–)\s*")


def _with_elided_units(text: str, lang: str, found: list[Money]) -> list[Money]:
    if lang not in _BARE_SCALED or not found:
        return found
    extra = []
    for match in _BARE_SCALED[lang].finditer(text):
        if any(m.start <= match.start() < m.end or match.start() <= m.start < match.end() for m in found):
            continue
        if match["scale"].rstrip(".") == "G":
            continue  # "4G", "5G": a network, never "4 billion" with its unit left out
        if re.search(r"(?<![\w])[A-Z]\.?\s?$", text[max(0, match.start() - 5):match.start()]):
            continue  # "B 280 million": a one-letter unit before it that the lexicon lacks ("IBM 50 millions" is elided)
        currency = _elided_currency(text, match, found)
        value = parse_number(match["num"], lang) if currency else None
        if value is None:
            continue
        value *= Decimal(10) ** scale_power(match["scale"], lang)
        extra.append(Money(value=_whole(value), currency=currency, start=match.start(), end=match.end(),
                           text=match.group(0), qualifier=qualifier_before(text, match.start())))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


def _elided_currency(text: str, match: re.Match, found: list[Money]) -> str | None:
    """The currency of a bare scaled number, from the amount whose unit it shares, if any."""
    nxt = next((m for m in found if m.start >= match.end()), None)
    if nxt and _COORDINATED_BEFORE.fullmatch(text, match.end(), nxt.start) and nxt.text[:1].isdigit():
        # "1,5 milliard et 2,1 milliards d'euros", "1.4 and 2 billion francs": the unit
        # comes once, after the last
        return nxt.currency
    prior = [m for m in found if m.end <= match.start()]
    if not prior or re.search(r"[.;!?\n]", text[prior[-1].end:match.start()]) \
            or match.start() - prior[-1].end > 80 or not re.search(r"\b(?:et|and|while|tandis|contre|vs)\b|,",
                                                                  text[prior[-1].end:match.start()]):
        return None
    word = _WORD_AFTER.match(text, match.end())
    if word and (word["of"] and word["word"].lower() != "ici" or word["word"].lower() not in _GOES_ON):
        return None  # "5 millions d'abonnés", "293 millions de marks convertibles": another unit
    return prior[-1].currency


# The Moroccan press's "500 MDH" (millions of dirhams) and "1,2 MMDH" (billions): the scale is
# glued to the unit, which no other currency does.
_DIRHAMS = re.compile(r"(?<![\w.,])(?P<num>\d[\d\s.,']*\d|\d)\s?(?P<unit>MMDH|MMDhs?|MDH|MDhs?)(?![\w])")


def _with_dirham_abbreviations(text: str, lang: str, found: list[Money]) -> list[Money]:
    extra = []
    for match in _DIRHAMS.finditer(text):
        value = parse_number(match["num"], lang)
        if value is None or any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        value *= Decimal(10) ** (9 if match["unit"].startswith("MM") else 6)
        extra.append(Money(value=_whole(value), currency="MAD", start=match.start(), end=match.end(),
                           text=match.group(0), qualifier=qualifier_before(text, match.start())))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


def _squash(token: str) -> str:
    return re.sub(r"\s+", " ", token.strip())


def _whole(value: Decimal) -> Decimal:
    integral = value.to_integral_value()
    return integral if integral == value else value.normalize()
