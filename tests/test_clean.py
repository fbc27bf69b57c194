from importlib import resources

from pledgegraph.clean import clean, normalise
from pledgegraph.records import Source


def test_normalise_spaces_inside_numbers_and_apostrophes():
    assert normalise("5\u202f300 employ\u00e9s, l\u2019IA \u2014 2\u00a0260 milliards") == \
        "5 300 employés, l'IA - 2 260 milliards"


def test_markdown_loses_its_markup():
    source = Source("a.md", "a.md", "# Titre\n\n**Chapeau** avec [un lien](http://x.org).\n\n- point un\n", "markdown")
    doc = clean(source)
    assert doc.text == "Titre\nChapeau avec un lien.\npoint un"
    assert doc.title == "Titre"


def test_html_keeps_the_story_and_drops_teaser_articles():
    corpus = resources.files("pledgegraph.data").joinpath("corpus")
    html = corpus.joinpath("en-microsoft-malaysia.html").read_text(encoding="utf-8")
    assert html.count("<article") >= 3  # the page carries teaser cards
    doc = clean(Source("m.html", "m.html", html, "html"))
    assert "2.2 billion" in doc.text.replace("US$", "")
    for teaser in ("Nvidia", "YTL"):
        assert teaser not in doc.text, teaser
    assert doc.date and doc.date.startswith("20")
    assert "cookie" not in doc.text.lower()


def test_markdown_tables_are_left_out_like_web_page_tables():
    source = Source(origin="n.md", name="n.md", fmt="markdown", content=(
        "# Deals of the week\n\nKcell will invest $90m in Kazakhstan.\n\n"
        "| Company | Amount |\n|---|---|\n| Kcell | $90m |\n| Telia | SEK 2bn |\n\nMore next week.\n"))
    assert clean(source).text.splitlines()[1:] == ["Kcell will invest $90m in Kazakhstan.", "More next week."]
