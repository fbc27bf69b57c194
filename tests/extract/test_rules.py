"""Each class of distractor the issue names, and the commitments beside them."""

import pytest

from tests.pipeline_helpers import facts_of


def _investments(text, lang):
    return [(f.investor, f.country, f.investee, [(int(m.value), m.currency) for m in f.amounts])
            for f in facts_of(text, lang) if f.kind == "investment"]


def test_commitment_with_stated_equivalent():
    text = ("Microsoft investit plus de 5,4 milliards de dollars (environ 4,6 milliards d'euros) "
            "dans l'infrastructure d'IA canadienne.")
    assert _investments(text, "fr") == [("microsoft", "CA", None, [(5400000000, "USD"), (4600000000, "EUR")])]


def test_stake_in_a_company_has_an_investee_and_no_country():
    text = "SEATTLE - Amazon will invest up to $4 billion in Anthropic, the San Francisco start-up."
    assert _investments(text, "en") == [("amazon", None, "anthropic", [(4000000000, "USD")])]


@pytest.mark.parametrize("lang,text", [
    ("en", "Oracle reported revenue of $13.3 billion for the quarter, up 7%."),
    ("en", "Mistral AI was valued at about $6 billion in its latest round."),
    ("en", "Microsoft shares rose 1.2% to $416.18 in New York, giving it a market value of $3.1 trillion."),
    ("en", "Amazon says it has invested more than £3bn in UK data-centre infrastructure since 2020."),
    ("fr", "Entre 2011 et 2022, l'entreprise avait déjà dépensé 1 510 milliards de yens au Japon."),
    ("fr", "Au moment de l'annonce, un dollar s'échangeait contre 148,27 yens."),
    ("en", "The government's budget sets aside £2.5bn for AI research in Britain."),
    ("en", "Microsoft employs more than 5,300 people in 11 Canadian cities."),
    ("en", "Google signed a $1.2 billion contract to lease a data centre in Finland."),
    ("en", "Microsoft reported net income of US$21.9 billion for the quarter to March."),
])
def test_distractors_are_not_investments(lang, text):
    assert _investments(text, lang) == []


def test_past_breach_is_not_a_threat_centre():
    facts = facts_of("Last year Chinese hackers breached Microsoft's email servers in the United States.", "en")
    assert [f for f in facts if f.kind == "center"] == []


def test_training_programme_with_demonym():
    text = "Microsoft s'engage à former trois millions de travailleurs japonais aux compétences de l'IA."
    (fact,) = [f for f in facts_of(text, "fr") if f.kind == "training"]
    assert (fact.provider, fact.country, fact.participants) == ("microsoft", "JP", 3_000_000)


def test_headcount_is_not_a_training_programme():
    assert [f for f in facts_of("Amazon employs 75,000 people in Britain.", "en") if f.kind == "training"] == []


def test_partnership_with_a_government():
    text = "Microsoft envisage de collaborer avec le gouvernement japonais pour renforcer les défenses du pays."
    (fact,) = [f for f in facts_of(text, "fr") if f.kind == "partnership"]
    assert sorted(fact.partners) == [("gov", "JP"), ("org", "microsoft")]


def test_research_lab_in_a_city():
    text = "Microsoft ouvrira également son premier laboratoire à Tokyo, Microsoft Research Asia."
    (fact,) = [f for f in facts_of(text, "fr") if f.kind == "lab"]
    assert (fact.operator, fact.country, fact.city) == ("microsoft", "JP", "JP/tokyo")


def test_evidence_offsets_point_into_the_article():
    text = "Titre\n\nMicrosoft investit 2,9 milliards de dollars dans l'IA au Japon. Fin."
    (fact,) = [f for f in facts_of(text, "fr") if f.kind == "investment"]
    (evidence,) = fact.evidence
    assert text[evidence.start:evidence.end] == evidence.text
    assert evidence.text == "Microsoft investit 2,9 milliards de dollars dans l'IA au Japon."
