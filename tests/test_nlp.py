"""The rule-based sentence splitter: where it cuts, and that its spans always point into the text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgegraph.nlp import split_sentences


def _texts(text):
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("Microsoft ouvre un bureau à Lisbonne. « Nous allons investir », a dit le ministre.",
     ["Microsoft ouvre un bureau à Lisbonne.", "« Nous allons investir », a dit le ministre."]),
    ("Microsoft opened an office. “We will invest,” the minister said.",
     ["Microsoft opened an office.", "“We will invest,” the minister said."]),
    ("“We will invest.” Then the minister spoke.", ["“We will invest.”", "Then the minister spoke."]),
    ("Google a annoncé 2 milliards. «Le calcul d'abord», dit-il.", ["Google a annoncé 2 milliards.",
                                                                  "«Le calcul d'abord», dit-il."]),
])
def test_a_quote_opening_the_next_sentence_starts_a_sentence_regression(text, expected):
    assert _texts(text) == expected


@pytest.mark.parametrize("text", [
    "Mr. Smith met Dr. Jones in St. Louis.",
    "Selon M. Dupont, le projet avance.",
    "It costs 5.4 billion dollars.",
])
def test_abbreviations_and_decimals_do_not_end_a_sentence(text):
    assert _texts(text) == [text]


@given(st.text(alphabet=st.sampled_from(list("ab A. «»“”\"!?\n 12,")), max_size=80))
def test_every_span_is_the_text_it_points_to(text):
    spans = split_sentences(text)
    for span in spans:
        assert text[span.start:span.end] == span.text
        assert span.text == span.text.strip() and span.text
    assert [s.start for s in spans] == sorted(s.start for s in spans)
