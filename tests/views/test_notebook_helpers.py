"""Tables and embedded views the notebooks display (pledgegraph.views.notebook)."""

from __future__ import annotations

import html
import re

import pytest
from views_data import SMALL_NODES, SMALL_TTL, XSS_IMG, XSS_SCRIPT, add_evil, parse

from pledgegraph.errors import QueryError
from pledgegraph.views import communities, company_country_bipartite, degree_table, pagerank, shortest_path, to_networkx
from pledgegraph.views.notebook import (
    Table,
    bipartite_table,
    community_table,
    path_table,
    query_table,
    ranking,
    show_view,
)


@pytest.fixture
def G(small_graph):
    return to_networkx(small_graph)


def test_table_text_and_html():
    t = Table(("name", "amount"), (("Microsoft", 2.9e9), ("G42", None), ("Cohere", 12)), "Money")
    assert t.text().splitlines() == [
        "Money",
        "name              amount",
        "---------  -------------",
        "Microsoft  2,900,000,000",
        "G42",
        "Cohere                12",
        "(3 rows)",
    ]
    page = t._repr_html_()
    assert page.startswith("<table><caption>Money</caption>")
    assert '<td style="text-align:right">2,900,000,000</td>' in page
    assert "<small>3 rows</small>" in page
    assert t.column("name") == ["Microsoft", "G42", "Cohere"]


def test_table_escapes_article_text(evil_graph):
    G = to_networkx(evil_graph)
    t = Table.of(degree_table(G), ("label", "type", "degree"))
    page = t._repr_html_()
    assert XSS_IMG not in page and XSS_SCRIPT not in page and "<img" not in page
    assert html.escape(XSS_SCRIPT) in page
    # the only tags are the table's own
    assert set(re.findall(r"</?([a-z]+)", page)) == {"table", "thead", "tbody", "tr", "th", "td", "p", "small"}


def test_table_of_records_limit_and_counts(G):
    t = Table.of(degree_table(G), ("label", "degree"), limit=3)
    assert len(t) == 3 and t.total == SMALL_NODES
    assert t.rows[0] == ("Microsoft", 9)
    assert "(3 of 16 rows)" in t.text()
    by_type = Table.of(degree_table(G), ("label", "type")).count_by("type")
    assert by_type.rows[:2] == (("Company", 5), ("Country", 4))
    assert sum(by_type.column("rows")) == SMALL_NODES


def test_query_table(small_graph):
    t = query_table(small_graph, "largest-commitments")
    assert t.caption.startswith("largest-commitments: What are the largest investment commitments")
    assert t.columns[:2] == ("investor", "country")
    assert t.column("usd")[0] == "2,900,000,000"
    assert t.column("investor")[0] == "Microsoft"
    one = query_table(small_graph, "commitments-in-country", {"country": "Japon"}, limit=1)
    assert len(one) == 1 and one.total > 1 and one.caption.endswith("(country=Japon)")
    with pytest.raises(QueryError, match="SELECT"):
        query_table(small_graph, "ASK { ?s ?p ?o }")


def test_ranking_communities_and_path(G):
    top = ranking(G, pagerank(G), limit=2, name="PageRank")
    assert top.columns == ("rank", "entity", "type", "PageRank")
    assert [r[:3] for r in top.rows] == [(1, "Microsoft", "Company"), (2, "Japan", "Country")]
    groups = community_table(G, communities(G))
    assert sum(groups.column("size")) == SMALL_NODES
    alphabet = next(r for r in groups.rows if "Alphabet" in r[2])
    assert alphabet[1:] == (2, "Alphabet, Google", "")
    path = path_table(G, shortest_path(G, "Cohere", "Microsoft"))
    assert path.rows == (
        (1, "Cohere", "Company", "← partnership"),
        (2, "Government of Canada", "Government", "→ government"),
        (3, "Canada", "Country", "← investment"),
        (4, "Microsoft", "Company", ""),
    )


def test_bipartite_table(G):
    t = bipartite_table(company_country_bipartite(G))
    assert t.rows[0] == ("Microsoft", "Japan", 2.9e9, 1, 1, 1, 2)   # articles a2 and a3
    assert t.rows[-1][:3] == ("G42", "France", 0.0)


def test_show_view_is_a_sandboxed_inline_frame():
    frame = show_view(add_evil(parse(SMALL_TTL)), kind="company", focus="Microsoft", hops=1)
    assert (frame.nodes, frame.edges) == (10, 13)
    assert repr(frame).startswith("<PledgeGraph view: 10 nodes, 13 links> Entities within 1 link")
    markup = frame._repr_html_()
    assert markup.startswith('<iframe sandbox="allow-scripts" srcdoc="')
    assert "allow-same-origin" not in markup
    # the whole page is one attribute value: no tag of it is open outside the frame
    assert markup.count("<") == 2 and markup.endswith("></iframe>")
    assert html.unescape(markup.split('srcdoc="', 1)[1].split('" style=', 1)[0]) == frame.page
