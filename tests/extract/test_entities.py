"""pledgegraph.extract.rules.entities: people's roles and organisations, parents of companies."""

import pytest

from pledgegraph.extract import get_extractor
from pledgegraph.pipeline import process
from pledgegraph.records import Source
from tests.pipeline_helpers import nlp


def _people(text: str, lang: str):
    source = Source(origin="t.txt", name="t.txt", content=text, fmt="text", lang=lang)
    extraction, _dropped = process(source, nlp(), get_extractor())
    return {(i.label, i.role, i.affiliation) for i in extraction.entities if i.kind == "person"}


@pytest.mark.parametrize("text,lang,person", [
    ("Microsoft investit 2,9 milliards de dollars au Japon, a déclaré Brad Smith, président de Microsoft.",
     "fr", ("Brad Smith", "président", "microsoft")),
    ("Nvidia will invest $1 billion in Vietnam, Nvidia chief executive Jensen Huang said on Monday.",
     "en", ("Jensen Huang", "chief executive", "nvidia")),
])
def test_a_person_s_role_and_organisation(text, lang, person):
    assert person in _people(text, lang)


@pytest.mark.parametrize("text,lang", [
    # the words between an organisation and a person name no position
    ("Un fonds d'un milliard d'euros, géré par CDP Venture Capital et annoncé par Giorgia Meloni, "
     "soutient l'IA en Italie.", "fr"),
    ("Customers include the hedge fund Bridgewater Associates and the travel publisher Lonely Planet.", "en"),
])
def test_words_that_name_no_position_are_no_role(text, lang):
    assert all(role is None for _label, role, _org in _people(text, lang))
