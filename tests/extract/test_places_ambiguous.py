"""Country names that are also first names, rivers or birds."""

import pytest

from pledgegraph.extract.places import find_places


def _countries(text):
    return [(m.text, m.key) for m in find_places(text) if m.kind == "country"]


def test_after_a_preposition_of_place_they_are_countries():
    assert _countries("Orange ouvrira un centre à Maurice et un autre au Niger.") == [("Maurice", "MU"), ("Niger", "NE")]


def test_inside_a_name_or_alone_they_are_not():
    assert _countries("l'Université de Maurice, où Maurice Lévy a parlé du fleuve Niger") == []


@pytest.mark.parametrize("text,iso", [
    ("en République démocratique du Congo", "CD"), ("in the Democratic Republic of the Congo", "CD"),
    ("en République du Congo", "CG"), ("in the Republic of Korea", "KR"),
])
def test_official_names_with_their_order_restored(text, iso):
    from pledgegraph.extract.mentions import _without_overlaps
    from pledgegraph.extract.places import find_places

    (place,) = _without_overlaps([(4, m) for m in find_places(text)])
    assert place.key == iso


def test_a_city_written_with_other_diacritics_is_that_city():
    (city,) = [m for m in find_places("un centre installé à Chișinău") if m.kind == "city"]
    assert city.key == "MD/chisinau"


def test_a_capital_is_a_place_whatever_its_size_and_small_words_stay_in_city_names():
    from pledgegraph.extract.places import find_places

    found = [(m.text, m.key) for m in find_places("Moroni, Port of Spain, Dar es Salaam and Spain.")]
    assert found == [("Moroni", "KM/moroni"), ("Port of Spain", "TT/port-of-spain"),
                     ("Dar es Salaam", "TZ/dar-es-salaam"), ("Spain", "ES")]


def test_salvador_after_a_french_article_is_the_country():
    from pledgegraph.extract.places import find_places

    found = [(m.text, m.key) for m in find_places("Hypertec investira au Salvador. Le port de Salvador de Bahia.")]
    assert found[0] == ("Salvador", "SV")


def test_a_story_about_a_territory_is_about_the_territory_not_its_state():
    from tests.pipeline_helpers import facts_of

    text = ("Guam bets on data centres. The island, a US territory under US law, hopes to serve Asia from "
            "American soil. Docomo Pacific said it will spend $80 million on a data centre in Guam "
            "over three years, with US rules on data and US cables to California.")
    (investment,) = [f for f in facts_of(text, "en") if f.kind == "investment"]
    assert investment.country == "GU"


def test_territories_know_their_state():
    from pledgegraph.extract.places import place_lexicon

    sovereigns = place_lexicon().sovereigns
    assert (sovereigns["PR"], sovereigns["RE"], sovereigns["AW"], sovereigns["HK"], sovereigns["FO"]) == (
        "US", "FR", "NL", "CN", "DK")
    assert "TW" not in sovereigns  # ISO lists Taiwan as a province; no press story means that


@pytest.mark.parametrize("text, iso", [
    ("Work starts next year in St Kitts and Nevis.", "KN"),
    ("The bank opened a branch in St. Lucia.", "LC"),
    ("A new cable will land in Aruba next year.", "AW"),
    ("Young Faroese engineers will staff it.", "FO"),
    ("Le centre ouvrira en Guyane en 2027.", "GF"),
])
def test_territories_and_saint_forms_are_places(text, iso):
    from pledgegraph.extract.places import find_places

    assert iso in {m.key.split("/")[0] for m in find_places(text)}


def test_hpe_s_aruba_is_no_country():
    from pledgegraph.extract.places import find_places

    assert not find_places("HPE Aruba Networking will supply the switches.")
