"""Country names that are also first names, rivers or birds."""

from pledgegraph.extract.places import find_places


def _countries(text):
    return [(m.text, m.key) for m in find_places(text) if m.kind == "country"]


def test_after_a_preposition_of_place_they_are_countries():
    assert _countries("Orange ouvrira un centre à Maurice et un autre au Niger.") == [("Maurice", "MU"), ("Niger", "NE")]


def test_inside_a_name_or_alone_they_are_not():
    assert _countries("l'Université de Maurice, où Maurice Lévy a parlé du fleuve Niger") == []
