"""The HTML page, read as text (no browser): offline, escaped, deterministic."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest

from pledgegraph.errors import UnknownEntity, ViewError
from pledgegraph.views import ViewInfo, write_view

from views_data import (SMALL_EDGES, SMALL_NODES, SMALL_TTL, XSS_COMMENT, XSS_EVIDENCE, XSS_IMG,
                        XSS_SCRIPT, add_evil, parse)

SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)


def page_data(text: str) -> dict:
    m = re.search(r'<script type="application/json" id="pg-data">(.*?)</script>', text, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


def without_vis(text: str) -> str:
    """The page less the vis-network script (whose licence comments name web sites)."""
    scripts = [m for m in SCRIPT.finditer(text) if m.group(2).startswith("/**\n * vis-network")]
    assert len(scripts) == 1
    m = scripts[0]
    return text[: m.start()] + text[m.end():]


@pytest.fixture
def page(tmp_path, small_graph) -> tuple[ViewInfo, str]:
    info = write_view(small_graph, tmp_path / "overview.html")
    return info, info.path.read_text(encoding="utf-8")


def test_overview_counts(page):
    info, text = page
    assert (info.nodes, info.edges, info.summarised, info.note) == (SMALL_NODES, SMALL_EDGES, False, "")
    data = page_data(text)
    assert len(data["nodes"]) == SMALL_NODES and len(data["edges"]) == SMALL_EDGES
    assert f'data-expected-nodes="{SMALL_NODES}"' in text


def test_page_loads_nothing_from_outside(page):
    _, text = page
    low = text.lower()
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", low)
    assert not re.search(r"<link\b", low)
    assert not re.search(r"<(img|iframe|object|embed|audio|video|source)\b", low)
    assert "@import" not in low
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", low)
    for word in ("bootstrap", "cdnjs", "jsdelivr", "unpkg", "googleapis"):
        assert word not in low
    # Outside vis-network's own licence comments, no web address at all.
    rest = without_vis(text)
    assert "http://" not in rest and "https://" not in rest
    # ...and the vis-network script only names addresses in comments and the SVG namespace.
    vis = next(m.group(2) for m in SCRIPT.finditer(text) if m.group(2).startswith("/**\n * vis-network"))
    assert "vis-network" in vis and "9.1.2" in vis[:400]


def test_content_security_policy_allows_only_the_page_scripts(page):
    _, text = page
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', text)
    assert m
    csp = m.group(1).replace("&#x27;", "'")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "img-src data:" in csp
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    executable = [body for attrs, body in SCRIPT.findall(text) if "application/json" not in attrs]
    assert len(executable) == 2
    for body in executable:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_same_graph_gives_the_same_bytes(tmp_path):
    for kwargs in ({}, {"lang": "fr"}, {"kind": "company", "focus": "Microsoft", "hops": 1},
                   {"max_nodes": 5}):
        a = write_view(add_evil(parse(SMALL_TTL)), tmp_path / "a.html", **kwargs).path.read_bytes()
        b = write_view(add_evil(parse(SMALL_TTL)), tmp_path / "b.html", **kwargs).path.read_bytes()
        assert a == b, kwargs


def test_article_text_is_escaped(tmp_path, evil_graph):
    info = write_view(evil_graph, tmp_path / "evil.html")
    text = info.path.read_text(encoding="utf-8")
    for payload in (XSS_IMG, XSS_SCRIPT, XSS_COMMENT, "<b onmouseover"):
        assert payload not in text
    assert "<img" not in text.lower()
    assert "<!--" not in text
    # Outside vis-network (whose code holds the string "<script>"), exactly the page's data
    # block and its own script open and close: no payload closed or opened a script.
    rest = without_vis(text)
    assert len(re.findall(r"<script\b", rest, re.I)) == 2
    assert len(re.findall(r"</script", rest, re.I)) == 2
    # The payloads are there, as data, for the script to show as text.
    data = page_data(text)
    labels = {n["label"] for n in data["nodes"]}
    assert {XSS_IMG, XSS_SCRIPT, XSS_COMMENT} <= labels
    tips = [text for e in data["edges"] for _, text in e["tip"]]
    assert " ".join(XSS_EVIDENCE.split()) in tips      # white space is normalised in tooltips
    assert "\\u003c/script\\u003e\\u003cscript\\u003e" in text


def test_tooltips_hold_amounts_period_evidence_and_sources(page):
    _, text = page
    data = page_data(text)
    by_label = {n["label"]: n for n in data["nodes"]}
    ms, japan = by_label["Microsoft"]["id"], by_label["Japan"]["id"]
    edge = next(e for e in data["edges"] if e["from"] == ms and e["to"] == japan
                and data["kinds"][e["k"]]["name"] == "investment")
    lines = {k: v for k, v in edge["tip"] if k}
    assert "$2.9 billion" in lines["Amount"]
    assert lines["Evidence"] == "Microsoft will invest $2.9 billion in Japan over two years."
    assert "Reuters" in lines["Sources"] and lines["Announced"] == "2024"
    assert edge["yr"] == [2024]
    canada = by_label["Canada"]["id"]
    ca = next(e for e in data["edges"] if e["from"] == ms and e["to"] == canada
              and data["kinds"][e["k"]]["name"] == "investment")
    assert dict((k, v) for k, v in ca["tip"] if k)["Period"] == "sur les deux prochaines années"
    # Width grows with the US-dollar amount; no amount: the thinnest.
    g42 = by_label["G42"]["id"]
    france = by_label["France"]["id"]
    unknown = next(e for e in data["edges"] if e["from"] == g42 and e["to"] == france)
    assert edge["w"] > ca["w"] > unknown["w"] == 1.0


def test_french_labels(tmp_path, small_graph):
    text = write_view(small_graph, tmp_path / "fr.html", lang="fr").path.read_text(encoding="utf-8")
    data = page_data(text)
    labels = {n["label"] for n in data["nodes"]}
    assert {"Japon", "Émirats arabes unis", "Université de Tokyo", "gouvernement du Japon"} <= labels
    assert 'lang="fr"' in text and "Entreprise" in text and "toutes les années" in text
    japon = next(n for n in data["nodes"] if n["label"] == "Japon")
    assert "Japan" in japon["names"]          # searchable in the other language too


def test_legend_and_year_filter(page):
    _, text = page
    assert 'data-type="0"' in text and "Company (5)" in text and "Country (4)" in text
    assert '<option value="2023">2023</option>' in text and '<option value="2024">2024</option>' in text
    assert "Line width: US dollars (log scale)." in text


@pytest.mark.parametrize("kind, focus, hops, nodes, edges", [
    ("company", "microsoft corp", 1, 10, 13),
    ("country", "Japon", 1, 5, 6),
    ("partners", None, 2, 5, 4),
    ("partners", "Cohere", 1, 2, 1),
])
def test_focused_views(tmp_path, small_graph, kind, focus, hops, nodes, edges):
    info = write_view(small_graph, tmp_path / "v.html", kind=kind, focus=focus, hops=hops)
    assert (info.nodes, info.edges) == (nodes, edges)
    data = page_data(info.path.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == nodes
    if kind == "partners":
        assert {data["kinds"][e["k"]]["name"] for e in data["edges"]} == {"partnership"}


def test_summarised_above_max_nodes(tmp_path, small_graph):
    info = write_view(small_graph, tmp_path / "s.html", max_nodes=5)
    assert info.summarised and info.nodes <= 5
    assert "Summarised view" in info.note and "16 entities" in info.note
    text = info.path.read_text(encoding="utf-8")
    assert "Summarised view" in text and 'data-summarised="1"' in text
    data = page_data(text)
    assert {data["types"][n["t"]]["name"] for n in data["nodes"]} <= {"Company", "Country"}
    assert {data["kinds"][e["k"]]["name"] for e in data["edges"]} == {"commitments in a country (summed)"}
    ms = next(n for n in data["nodes"] if n["label"] == "Microsoft")
    jp = next(n for n in data["nodes"] if n["label"] == "Japan")
    edge = next(e for e in data["edges"] if e["from"] == ms["id"] and e["to"] == jp["id"])
    assert dict((k, v) for k, v in edge["tip"] if k)["Total (USD)"] == "2.9 billion USD"


def test_bad_arguments(tmp_path, small_graph):
    with pytest.raises(ViewError, match="unknown view"):
        write_view(small_graph, tmp_path / "x.html", kind="map")
    with pytest.raises(ViewError, match="needs a focus"):
        write_view(small_graph, tmp_path / "x.html", kind="company")
    with pytest.raises(ViewError, match="language"):
        write_view(small_graph, tmp_path / "x.html", lang="de")
    with pytest.raises(UnknownEntity, match="Microsoft"):
        write_view(small_graph, tmp_path / "x.html", kind="company", focus="Microsof")


def test_empty_graph(tmp_path):
    info = write_view(parse(""), tmp_path / "empty.html")
    assert (info.nodes, info.edges) == (0, 0)
    assert "no entity" in info.note
