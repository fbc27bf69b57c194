"""pledgegraph.extract.orgs: which organisations unknown to the gazetteer are companies."""

import pytest

from pledgegraph.extract.orgs import clean_name, is_company, national_unit, ner_org, org_key


@pytest.mark.parametrize("name,company", [
    ("Ministry of Labor and Employment", False),
    ("Ministère du Travail", False),
    ("Health Technology Agency", False),
    ("Université de Montréal", False),
    ("Department of Commerce", False),
    ("Synapxe", True),       # unknown name, nothing says it is public: a company by default
    ("Union Bank", True),
    ("Microsoft", True),     # the gazetteer decides for what it knows
    ("Kyutai", False),       # a research lab the gazetteer lists as an organisation
])
def test_public_bodies_are_not_companies(name, company):
    assert is_company(org_key(name)) is company


@pytest.mark.parametrize("name,clean", [
    ("Lelapa AI", "Lelapa AI"), ("Lenovo", "Lenovo"), ("Legrand", "Legrand"), ("Theranos", "Theranos"),
    ("le groupe Orange", "Orange"), ("the Boring Company", "Boring Company"),
])
def test_names_that_begin_like_an_article_keep_their_first_letters(name, clean):
    assert clean_name(name) == clean


@pytest.mark.parametrize("text,name", [
    ("LIMA - Entel Perú", "Entel Perú"),
    ("ABU DHABI, United Arab Emirates (AP) - Presight", "Presight"),
])
def test_datelines_and_prepositions_are_cut_from_ner_names(text, name):
    assert ner_org(text, 0).text == name


@pytest.mark.parametrize("name,unit", [
    ("Claro Perú", True), ("Vodafone Egypt", True), ("Orange Côte d'Ivoire", True),
    ("Michael Jordan", False), ("Satya Nadella", False),
])
def test_a_brand_and_a_country_is_a_national_unit(name, unit):
    assert national_unit(name) is unit
