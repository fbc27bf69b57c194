"""pledgegraph.extract.orgs: which organisations unknown to the gazetteer are companies."""

import pytest

from pledgegraph.extract.orgs import clean_name, is_company, legal_name, national_unit, ner_org, org_key, written_name


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
    assert written_name(name) == clean


@pytest.mark.parametrize("name,legal,clean", [
    ("Republic Financial Holdings Ltd", "Republic Financial Holdings", "Republic Financial"),
    ("Telekom Srbija a.d.", "Telekom Srbija", "Telekom Srbija"),
    ("Mascom Wireless Botswana (Pty) Ltd", "Mascom Wireless Botswana", "Mascom Wireless Botswana"),
    ("Nokia Oyj", "Nokia", "Nokia"),
    ("Bank Muscat SAOG", "Bank Muscat", "Bank Muscat"),
    ("Alibaba Group Holding Limited", "Alibaba Group Holding", "Alibaba"),
    ("KT Corp", "KT", "KT"),  # never down to nothing
])
def test_legal_forms_of_many_countries_are_cut_and_group_words_only_from_keys(name, legal, clean):
    assert (legal_name(name), clean_name(name)) == (legal, clean)
    assert org_key(name) == org_key(legal) == org_key(clean)


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


def test_a_place_before_a_reporting_clause_is_no_company():
    from pledgegraph.extract.orgs import find_introduced_orgs

    names = [m.text for m in find_introduced_orgs("It will build data centres at Jamnagar in Gujarat, the conglomerate said.")]
    assert "Gujarat" not in names


@pytest.mark.parametrize("name,rejected", [("German AI", True), ("Kenyan-born", True), ("Swiss Re", False)])
def test_a_demonym_then_a_generic_word_is_no_name(name, rejected):
    from pledgegraph.extract.orgs import _is_place_or_language

    assert _is_place_or_language(name) is rejected


def test_a_newsletter_lead_in_introduces_the_company_that_opens_a_site():
    from pledgegraph.extract.orgs import find_introduced_orgs

    assert [m.text for m in find_introduced_orgs("Latvia: Tet opens a security operations centre in Riga")] == ["Tet"]
    assert find_introduced_orgs("Satya Nadella opens a Southeast Asian tour in Jakarta") == []
