import pytest

from pledgegraph.errors import ArticleError
from pledgegraph.language import detect_language
from pledgegraph.records import Document, Source


def _doc(text: str, lang: str | None = None) -> Document:
    source = Source("x.txt", "x.txt", text, "text", lang=lang)
    return Document(source, text, None, None, None, None, lang)


def test_french_and_english_are_detected():
    assert detect_language(_doc("Microsoft investit 5,4 milliards de dollars au Canada pour l'IA.")).lang == "fr"
    assert detect_language(_doc("Microsoft will invest $3.2 billion in Sweden over two years.")).lang == "en"


def test_other_language_is_skipped_naming_it():
    with pytest.raises(ArticleError) as err:
        detect_language(_doc("Microsoft investiert 3,2 Milliarden Euro in Deutschland und verdoppelt die "
                             "Kapazität seiner Rechenzentren. Das Unternehmen will außerdem bis Ende 2025 "
                             "mehr als 1,2 Millionen Menschen in digitalen Fähigkeiten schulen. Bundeskanzler "
                             "Olaf Scholz sprach von einer sehr guten Nachricht für den Wirtschaftsstandort "
                             "Deutschland und das Vertrauen der Investoren."))
    assert str(err.value) == "x.txt: skipped: the article is in German (de); PledgeGraph reads French and English"


def test_a_short_text_is_read_as_french_or_english():
    assert detect_language(_doc("Microsoft will invest $9 billion in France.")).lang == "en"
