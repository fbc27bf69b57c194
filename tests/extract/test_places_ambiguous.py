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
