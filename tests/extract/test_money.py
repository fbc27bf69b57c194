from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgegraph.extract.money import find_money
from pledgegraph.extract.numbers import parse_digits, parse_number


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "plus de 5,4 milliards de dollars (environ 4,6 milliards d'euros)",
     [("5400000000", "USD", "more-than"), ("4600000000", "EUR", "about")]),
    ("fr", "2 260 milliards de yens, soit environ 15,24 milliards de dollars",
     [("2260000000000", "JPY", None), ("15240000000", "USD", "about")]),
    ("en", "£2.5 billion ($3.2bn)", [("2500000000", "GBP", None), ("3200000000", "USD", None)]),
    ("en", "33.7 billion Swedish crowns", [("33700000000", "SEK", None)]),
    ("en", "A$20 billion (about US$13bn)", [("20000000000", "AUD", None), ("13000000000", "USD", "about")]),
    ("fr", "trois milliards de dollars canadiens", [("3000000000", "CAD", None)]),
    ("fr", "4 Md€, 300 M$ et 2 900 millions d'euros",
     [("4000000000", "EUR", None), ("300000000", "USD", None), ("2900000000", "EUR", None)]),
    ("en", "up to $4 billion and R$14.7 billion", [("4000000000", "USD", "up-to"), ("14700000000", "BRL", None)]),
    ("en", "a billion dollars", [("1000000000", "USD", None)]),
    ("en", "300 trillion won", [("300000000000000", "KRW", None)]),
    ("en", "more than 5,300 employees in 11 cities", []),
    # currency named with its country's adjective: CLDR's unit word + the demonym table
    ("fr", "12 milliards de dollars singapouriens", [("12000000000", "SGD", None)]),
    ("en", "12 billion Singaporean dollars", [("12000000000", "SGD", None)]),
    ("fr", "80 milliards de roupies indiennes", [("80000000000", "INR", None)]),
    ("fr", "2 milliards de livres britanniques", [("2000000000", "GBP", None)]),
    # one amount written in two parts, or with "et demi"; "et" between two scaled numbers keeps two amounts
    ("fr", "un milliard deux cents millions d'euros", [("1200000000", "EUR", None)]),
    ("en", "one billion two hundred million dollars", [("1200000000", "USD", None)]),
    ("fr", "deux milliards et demi de dollars", [("2500000000", "USD", None)]),
    ("en", "two and a half billion dollars", [("2500000000", "USD", None)]),
    ("en", "a billion and a half dollars", [("1500000000", "USD", None)]),
    ("fr", "1,5 milliard et 2,1 milliards d'euros", [("1500000000", "EUR", None), ("2100000000", "EUR", None)]),
    # half of a scale word: never read as the whole of it
    ("fr", "un demi-milliard de dollars", [("500000000", "USD", None)]),
    ("en", "half a billion dollars", [("500000000", "USD", None)]),
    # the rand's "R" with a scale word only; the złoty's symbol; a bare "baht"
    ("en", "R12.5bn and the R1 model", [("12500000000", "ZAR", None)]),
    ("fr", "7,2 Md zł", [("7200000000", "PLN", None)]),
    ("en", "45 billion baht", [("45000000000", "THB", None)]),
    # broadcast copy spells decimals out; American copy hyphens the scale
    ("en", "ten point one billion reais, roughly one point eight billion dollars",
     [("10100000000", "BRL", None), ("1800000000", "USD", "about")]),
    ("fr", "deux virgule cinq milliards d'euros", [("2500000000", "EUR", None)]),
    ("en", "a $1-billion plan and R5,4-billion", [("1000000000", "USD", None), ("5400000000", "ZAR", None)]),
])
def test_amounts_as_the_press_writes_them(lang, text, expected):
    found = [(str(m.value), m.currency, m.qualifier) for m in find_money(text, lang)]
    assert found == expected


def test_offsets_point_at_the_amount():
    text = "Microsoft investit 2,9 milliards de dollars au Japon."
    (money,) = find_money(text, "fr")
    assert text[money.start:money.end] == money.text == "2,9 milliards de dollars"


@pytest.mark.parametrize("text,lang,value", [
    ("5,4", "fr", "5.4"), ("1,200", "en", "1200"), ("2 260", "fr", "2260"), ("1.234,5", "fr", "1234.5"),
    ("1,234.5", "en", "1234.5"), ("10.000", "fr", "10000"), ("trois", "fr", "3"),
    ("deux mille neuf cents", "fr", "2900"), ("twenty-five", "en", "25"),
    ("ten point one", "en", "10.1"), ("twenty-one point zero five", "en", "21.05"),
    ("trois virgule deux", "fr", "3.2"),
])
def test_numbers(text, lang, value):
    assert parse_number(text, lang) == Decimal(value)


@settings(max_examples=200, deadline=None)
@given(whole=st.integers(min_value=1, max_value=999), tenths=st.integers(min_value=0, max_value=9),
       lang=st.sampled_from(["fr", "en"]))
def test_decimal_billions_round_trip(whole, tenths, lang):
    number = f"{whole},{tenths}" if lang == "fr" else f"{whole}.{tenths}"
    text = (f"Le groupe investira {number} milliards d'euros." if lang == "fr"
            else f"The group will invest €{number} billion.")
    (money,) = find_money(text, lang)
    assert money.value == (Decimal(whole) + Decimal(tenths) / 10) * 10**9
    assert money.currency == "EUR"


@settings(max_examples=200, deadline=None)
@given(value=st.integers(min_value=1000, max_value=999_999_999))
def test_grouped_thousands_round_trip(value):
    assert parse_digits(f"{value:,}".replace(",", " "), "fr") == value
    assert parse_digits(f"{value:,}", "en") == value


@pytest.mark.parametrize("text,lang,countries,currency", [
    # A unit several countries share means the currency of the country the article is about.
    ("1,2 milliard de dirhams", "fr", ("MA",), "MAD"),
    ("1,2 milliard de dirhams", "fr", ("FR", "AE"), "AED"),
    ("1,2 milliard de dirhams", "fr", (), "AED"),  # the press's default
    ("900 billion pesos", "en", ("CO", "US"), "COP"),
    ("4 billion riyals", "en", ("QA",), "QAR"),
    ("4 billion riyals", "en", ("SA",), "SAR"),
    ("30 billion rupees", "en", ("PK",), "PKR"),
    # A bare "dollars" stays the US dollar even in a story about Canada.
    ("2 billion dollars", "en", ("CA",), "USD"),
])
def test_shared_unit_words_follow_the_articles_country(text, lang, countries, currency):
    (money,) = find_money(text, lang, countries)
    assert money.currency == currency


@pytest.mark.parametrize("text,lang,currency", [
    ("about 3.1 billion soles", "en", "PEN"),
    ("plus de 400 millions de sols", "fr", "PEN"),
    ("12 billion naira", "en", "NGN"),
    ("2 milliards de nairas", "fr", "NGN"),
    ("6 billion birr", "en", "ETB"),
    ("150 milliards de kwanzas", "fr", "AOA"),
])
def test_unit_words_of_one_currency_need_no_country(text, lang, currency):
    (money,) = find_money(text, lang, ())
    assert money.currency == currency


@pytest.mark.parametrize("text", ["a 5 million sum", "3 million gold coins", "10 million Guarani speakers",
                                  "2 million Córdoba residents"])
def test_unit_words_that_are_also_common_words_or_places_are_no_money(text):
    assert find_money(text, "en", ()) == []


def test_bare_pesos_without_a_peso_country_are_not_guessed():
    assert find_money("900 billion pesos", "en", ("US",)) == []


@pytest.mark.parametrize("text,lang,countries,expected", [
    # Where the paper writes "US$" for American dollars, a bare "$" is the local dollar.
    ("more than $1 billion, against US$2 billion", "en", ("AU",), [("1000000000", "AUD"), ("2000000000", "USD")]),
    ("1,2 G$ (870 millions de dollars américains) et 350 M$", "fr", ("CA",),
     [("1200000000", "CAD"), ("870000000", "USD"), ("350000000", "CAD")]),
    ("$1 billion", "en", ("AU",), [("1000000000", "USD")]),  # nothing marks US dollars: the default
    ("Rs 1.5 lakh crore", "en", ("IN",), [("1500000000000", "INR")]),
    ("SR15 billion and Dh10bn", "en", ("SA",), [("15000000000", "SAR"), ("10000000000", "AED")]),
])
def test_local_dollars_and_regional_forms(text, lang, countries, expected):
    assert [(str(m.value), m.currency) for m in find_money(text, lang, countries)] == expected


@pytest.mark.parametrize("text,countries,expected", [
    # A country's own press symbols count in a story about that country.
    ("US$120 million (about KSh15.5 billion)", ("KE",), [("120000000", "USD"), ("15500000000", "KES")]),
    ("Rs 500 crore", ("PK",), [("5000000000", "PKR")]),
    ("Rs 500 crore", ("IN",), [("5000000000", "INR")]),
    ("P50 billion", ("PH",), [("50000000000", "PHP")]),
    ("Rp 5 trillion", ("ID",), [("5000000000000", "IDR")]),
    ("GH₵2 billion", ("GH",), [("2000000000", "GHS")]),
    ("TL 3 billion", ("TR",), [("3000000000", "TRY")]),
    # elsewhere, or without a scale word, a letter is no currency
    ("P50 billion", ("US",), []),
    ("KSh15.5 billion", (), []),
    ("the P4 model", ("PH",), []),
])
def test_local_press_symbols(text, countries, expected):
    assert [(str(m.value), m.currency) for m in find_money(text, "en", countries)] == expected


@pytest.mark.parametrize("text,countries,expected", [
    ("1,05 G$", ("PH",), [("1050000000", "CAD")]),  # Québec's notation, whatever the story is about
    ("350 M$", ("FR",), [("350000000", "USD")]),
    ("64 milliards de dollars taïwanais", ("TW",), [("64000000000", "TWD")]),
])
def test_french_dollar_notations(text, countries, expected):
    assert [(str(m.value), m.currency) for m in find_money(text, "fr", countries)] == expected


def test_a_quebec_paper_means_canadian_dollars():
    text = "Le groupe investira 800 millions de dollars en Slovaquie. Ses revenus ont atteint 15,9 G$, dont 2 milliards de dollars américains."
    assert [(str(m.value), m.currency) for m in find_money(text, "fr", ("SK",))] == [
        ("800000000", "CAD"), ("15900000000", "CAD"), ("2000000000", "USD")]


@pytest.mark.parametrize("text,countries,expected", [
    # a country's code before "$" names its own dollar, whichever country the story is about
    ("FJ$20 million and BZ$3m", (), [("20000000", "FJD"), ("3000000", "BZD")]),
    ("NT$9 billion", (), [("9000000000", "TWD")]),
    # in a paper that marks American dollars "US$", a bare "$" is the dollar of its country
    ("J$1.2 billion (US$7.7 million); of the $1.2 billion, half goes to cloud", ("JM",),
     [("1200000000", "JMD"), ("7700000", "USD"), ("1200000000", "JMD")]),
    ("$40 million for Namibia (US$2.2m)", ("NA",), [("40000000", "NAD"), ("2200000", "USD")]),
    # Ecuador's tender is the US dollar itself
    ("$45 million in Ecuador, US$ only", ("EC",), [("45000000", "USD")]),
])
def test_a_local_dollar_is_read_from_its_code_or_the_country(text, countries, expected):
    found = [(str(m.value), m.currency) for m in find_money(text, "en", countries)]
    assert found == expected


def test_moroccan_dirham_abbreviations_carry_their_scale():
    found = [(str(m.value), m.currency) for m in find_money("500 MDH cette année et 1,2 MMDH d'ici 2030", "fr")]
    assert found == [("500000000", "MAD"), ("1200000000", "MAD")]


@pytest.mark.parametrize("text,lang,expected", [
    # the unit left out after a first amount is that amount's
    ("Telconet investira 180 millions de dollars et l'américain Akamai 45 millions dans le cloud.", "fr",
     [("180000000", "USD"), ("45000000", "USD")]),
    ("EcoDataCenter will contribute €1.2bn, while Latvenergo will provide the remaining 800mn.", "en",
     [("1200000000", "EUR"), ("800000000", "EUR")]),
    # not when a noun says it counts something else
    ("€1.2bn for the network and 5 million users", "en", [("1200000000", "EUR")]),
    ("150 millions d'euros, soit environ 293 millions de marks convertibles", "fr",
     [("150000000", "EUR"), ("293000000", "BAM")]),
    ("N$480 million", "en", [("480000000", "NAD")]),
])
def test_a_unit_left_out_is_the_amount_before_s(text, lang, expected):
    assert [(str(m.value), m.currency) for m in find_money(text, lang)] == expected


def test_an_unknown_unit_before_a_number_is_not_left_out():
    found = [(str(m.value), m.currency) for m in find_money("ESET will put €11.5 million and Ficohsa L 280 million", "en")]
    assert found == [("11500000", "EUR")]


@pytest.mark.parametrize("countries,expected", [
    (("HN", "GT"), [("11500000", "EUR"), ("280000000", "HNL")]),
    # a one-letter symbol counts only in a story mostly about its country
    (("GT", "HN"), [("11500000", "EUR")]),
    ((), [("11500000", "EUR")]),
])
def test_a_one_letter_local_symbol_needs_its_country_first(countries, expected):
    found = find_money("ESET will put €11.5 million and Ficohsa L 280 million", "en", countries)
    assert [(str(m.value), m.currency) for m in found] == expected


@pytest.mark.parametrize("text,lang,countries,expected", [
    ("Sekoia.io engage 850 millions de francs CFP sur trois ans.", "fr", ("NC",), [("850000000", "XPF")]),
    ("Our Telekom will spend SI$95 million on a data centre.", "en", ("SB",), [("95000000", "SBD")]),
])
def test_pacific_currencies_by_their_press_names(text, lang, countries, expected):
    assert [(str(m.value), m.currency) for m in find_money(text, lang, countries)] == expected


def test_a_company_s_short_name_before_an_elided_unit_and_a_technology_are_no_units():
    found = find_money("Digicel investira 100 millions de dollars en Haïti et IBM 50 millions, avec la 4G.", "fr",
                       ("HT",))
    assert [(str(m.value), m.currency) for m in found] == [("100000000", "USD"), ("50000000", "USD")]


_DIGIT_WORDS = {"en": "zero one two three four five six seven eight nine".split(),
                "fr": "zéro un deux trois quatre cinq six sept huit neuf".split()}
_TENS = {"en": {10: "ten", 20: "twenty", 30: "thirty", 40: "forty"},
         "fr": {10: "dix", 20: "vingt", 30: "trente", 40: "quarante"}}


@settings(max_examples=100, deadline=None)
@given(tens=st.sampled_from([10, 20, 30, 40]), digits=st.lists(st.integers(0, 9), min_size=1, max_size=3),
       lang=st.sampled_from(["fr", "en"]))
def test_decimals_spelled_out_round_trip(tens, digits, lang):
    point = {"en": "point", "fr": "virgule"}[lang]
    text = f"{_TENS[lang][tens]} {point} {' '.join(_DIGIT_WORDS[lang][d] for d in digits)}"
    assert parse_number(text, lang) == Decimal(f"{tens}.{''.join(map(str, digits))}")
    (money,) = find_money(f"{text} milliards d'euros" if lang == "fr" else f"{text} billion euros", lang)
    assert money.value == Decimal(f"{tens}.{''.join(map(str, digits))}") * 10**9
