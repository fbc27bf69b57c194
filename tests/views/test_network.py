"""The networkx projection of the graph, and the analytics on it."""

from __future__ import annotations

import networkx as nx
import pytest

from pledgegraph.errors import AmbiguousEntity, NoPath, UnknownEntity, ViewError
from pledgegraph.views.network import (
    communities,
    company_country_bipartite,
    degree_table,
    ego,
    export,
    flatten,
    pagerank,
    resolve,
    shortest_path,
    to_networkx,
)

from views_data import SMALL_EDGES, SMALL_NODES, SMALL_TTL, add_evil, parse

ID = "https://w3id.org/pledgegraph/id/"
PGO = "https://w3id.org/pledgegraph/ontology#"


def i(local: str) -> str:
    return ID + local


EXPECTED_NODES = {
    "org/microsoft": "Company", "org/cohere": "Company", "org/g42": "Company",
    "org/google": "Company", "org/alphabet": "Company",
    "org/university-of-tokyo": "Organization",
    "country/CA": "Country", "country/JP": "Country", "country/AE": "Country", "country/FR": "Country",
    "gov/JP": "Government", "gov/CA": "Government", "city/jp-tokyo": "City",
    "center/c1": "ThreatIntelligenceCenter", "lab/l1": "ResearchLab", "training/t1": "TrainingProgram",
}

# (source, target, key, kind, weight, usd_source)
EXPECTED_EDGES = {
    ("org/microsoft", "country/CA", "investment/i1", "investment", 1_760_000_000.0, "converted"),
    ("org/microsoft", "country/JP", "investment/i2", "investment", 2_900_000_000.0, "stated"),
    ("org/microsoft", "country/AE", "investment/i3", "investment", 1_500_000_000.0, "stated"),
    ("org/microsoft", "org/g42", "investment/i3", "investment", 1_500_000_000.0, "stated"),
    ("org/g42", "country/FR", "investment/i4", "investment", 0.0, "none"),
    ("gov/JP", "org/microsoft", "partnership/p1", "partnership", 0.0, "none"),
    ("gov/JP", "org/university-of-tokyo", "partnership/p1", "partnership", 0.0, "none"),
    ("org/microsoft", "org/university-of-tokyo", "partnership/p1", "partnership", 0.0, "none"),
    ("gov/CA", "org/cohere", "partnership/p2", "partnership", 0.0, "none"),
    ("org/microsoft", "center/c1", "center/c1", "operates", 0.0, "none"),
    ("center/c1", "country/CA", "center/c1", "located", 0.0, "none"),
    ("org/microsoft", "lab/l1", "lab/l1", "operates", 0.0, "none"),
    ("lab/l1", "city/jp-tokyo", "lab/l1", "located", 0.0, "none"),
    ("org/microsoft", "training/t1", "training/t1", "provides", 0.0, "none"),
    ("training/t1", "country/JP", "training/t1", "targets", 0.0, "none"),
    ("city/jp-tokyo", "country/JP", None, "located", 0.0, "none"),
    ("org/google", "org/alphabet", None, "subsidiary", 0.0, "none"),
    ("gov/JP", "country/JP", None, "government", 0.0, "none"),
    ("gov/CA", "country/CA", None, "government", 0.0, "none"),
}
STRUCTURAL_KEYS = {"located": PGO + "inCountry", "subsidiary": PGO + "subsidiaryOf",
                   "government": PGO + "governmentOf"}


@pytest.fixture
def G(small_graph) -> nx.MultiDiGraph:
    return to_networkx(small_graph)


def test_nodes_are_exactly_the_entities_with_their_types(G):
    assert G.number_of_nodes() == SMALL_NODES
    assert {n: a["type"] for n, a in G.nodes(data=True)} == {i(k): v for k, v in EXPECTED_NODES.items()}
    assert list(G.nodes) == sorted(G.nodes)      # deterministic order


def test_edges_kinds_and_weights_are_exact(G):
    assert G.number_of_edges() == SMALL_EDGES
    got = {(u, v, k, d["kind"], d["weight"], d["usd_source"]) for u, v, k, d in G.edges(keys=True, data=True)}
    want = set()
    for u, v, key, kind, weight, source in EXPECTED_EDGES:
        key = i(key) if key else STRUCTURAL_KEYS[kind]
        want.add((i(u), i(v), key, kind, weight, source))
    assert got == want


def test_labels_prefer_english_and_keep_french_and_aliases(G):
    japan = G.nodes[i("country/JP")]
    assert (japan["label"], japan["label_fr"], japan["iso"]) == ("Japan", "Japon", "JP")
    ms = G.nodes[i("org/microsoft")]
    assert ms["label"] == ms["label_fr"] == "Microsoft"
    assert ms["aliases"] == ["Microsoft Corp", "Microsoft Corporation"]
    uni = G.nodes[i("org/university-of-tokyo")]
    assert (uni["label"], uni["label_fr"]) == ("University of Tokyo", "Université de Tokyo")
    # A fact node without a label is named from its operator and place, in both languages.
    centre = G.nodes[i("center/c1")]
    assert centre["label"] == "Threat intelligence centre of Microsoft (Canada)"
    assert centre["label_fr"] == "Centre de renseignement sur les menaces de Microsoft (Canada)"


def test_edges_carry_provenance_amounts_period_and_year(G):
    i2 = G.edges[i("org/microsoft"), i("country/JP"), i("investment/i2")]
    assert i2["sources"] == [i("article/a2"), i("article/a3")]
    assert i2["source_titles"] == ["Microsoft to invest in Japan (Reuters, 2024-04-09)",
                                   "Microsoft and G42 (2024-04-16)"]
    assert i2["evidence"] == ["Microsoft will invest $2.9 billion in Japan over two years."]
    assert "$2.9 billion (2,900,000,000 USD)" in i2["amounts"]
    assert "about 440,000,000,000 JPY" in i2["amounts"]
    assert i2["year"] == 2024
    i1 = G.edges[i("org/microsoft"), i("country/CA"), i("investment/i1")]
    assert i1["period"] == "sur les deux prochaines années"
    assert i1["amounts"][0] == "2,4 milliards de dollars canadiens (2,400,000,000 CAD)"
    assert i1["amounts"][1].startswith("≈ 1,760,000,000 USD (converted at 0.7333")
    # No announcedOn: the year of the article.
    assert G.edges[i("org/g42"), i("country/FR"), i("investment/i4")]["year"] == 2023
    # Nodes gather the sources and years of the facts that touch them.
    g42 = G.nodes[i("org/g42")]
    assert g42["sources"] == [i("article/a3"), i("article/a4")]
    assert g42["years"] == [2023, 2024]
    t1 = G.nodes[i("training/t1")]
    assert t1["participants"] == 3_000_000
    assert t1["evidence"] == ["Microsoft will train 3 million people in Japan."]


def test_resolve_is_case_insensitive_over_labels_aliases_iso_and_iri(G):
    assert resolve(G, "MICROSOFT corporation") == i("org/microsoft")
    assert resolve(G, "japon") == i("country/JP")
    assert resolve(G, "jp") == i("country/JP")
    assert resolve(G, i("org/g42")) == i("org/g42")
    with pytest.raises(UnknownEntity) as err:
        resolve(G, "Microsfot")
    assert "Microsoft" in str(err.value) and "did you mean" in str(err.value)
    with pytest.raises(UnknownEntity) as err:
        resolve(G, "zzzz")
    assert "check the spelling" in str(err.value)


def test_resolve_reports_ambiguity_and_prefers_main_labels_and_types(G):
    G.nodes[i("org/cohere")]["aliases"] = ["Shared", "G42"]
    G.nodes[i("country/FR")]["aliases"] = ["Shared"]
    with pytest.raises(AmbiguousEntity) as err:
        resolve(G, "shared")
    assert i("org/cohere") in str(err.value) and i("country/FR") in str(err.value)
    assert resolve(G, "shared", prefer_types=["Country"]) == i("country/FR")
    assert resolve(G, "g42") == i("org/g42")        # a main label beats an alias


def test_ego_network(G):
    one = ego(G, "microsoft", 1)
    assert set(one.nodes) == {i(x) for x in (
        "org/microsoft", "country/CA", "country/JP", "country/AE", "org/g42", "gov/JP",
        "org/university-of-tokyo", "center/c1", "lab/l1", "training/t1")}
    assert one.graph["centre"] == i("org/microsoft")
    # every edge among those nodes is kept (Canada-centre, Japan-government, ...)
    assert one.number_of_edges() == 13
    # in IRI order, with their attributes: nothing depends on set order
    assert list(one.nodes) == sorted(one.nodes)
    assert list(one.edges(keys=True)) == sorted(one.edges(keys=True), key=lambda e: (e[0], e[1], str(e[2])))
    assert one.nodes[i("country/JP")]["label_fr"] == "Japon"
    assert one.edges[i("org/microsoft"), i("country/JP"), i("investment/i2")]["weight"] == 2.9e9
    zero = ego(G, "Cohere", 0)
    assert list(zero.nodes) == [i("org/cohere")]
    two = ego(G, "Cohere", 2)
    assert set(two.nodes) == {i("org/cohere"), i("gov/CA"), i("country/CA")}
    with pytest.raises(ViewError):
        ego(G, "Cohere", -1)


def test_shortest_path_ignores_direction(G):
    assert shortest_path(G, "cohere", "Microsoft") == [
        i("org/cohere"), i("gov/CA"), i("country/CA"), i("org/microsoft")]
    assert shortest_path(G, "tokyo", "G42")[0] == i("city/jp-tokyo")
    assert len(shortest_path(G, "tokyo", "G42")) == 4
    with pytest.raises(NoPath):
        shortest_path(G, "Google", "Microsoft")


def test_degree_table(G):
    rows = degree_table(G)
    assert rows[0].label == "Microsoft"
    assert (rows[0].degree, rows[0].out_degree, rows[0].in_degree) == (9, 8, 1)
    assert rows[0].weighted_degree == pytest.approx(1.76e9 + 2.9e9 + 1.5e9 + 1.5e9)
    japan = next(r for r in rows if r.label == "Japan")
    assert (japan.degree, japan.weighted_degree) == (4, 2.9e9)
    assert len(rows) == SMALL_NODES


def test_pagerank_is_deterministic_and_ranks_the_hub_first(G):
    pr = pagerank(G)
    assert next(iter(pr)) == i("org/microsoft")
    assert sum(pr.values()) == pytest.approx(1.0)
    assert pr == pagerank(to_networkx(parse(SMALL_TTL)))


def test_communities_are_deterministic_partitions(G):
    first = communities(G)
    assert first == communities(to_networkx(parse(SMALL_TTL)))
    assert sorted(n for c in first for n in c) == sorted(G.nodes)
    assert [i("org/alphabet"), i("org/google")] in first
    assert all(c == sorted(c) for c in first)
    assert [len(c) for c in first] == sorted((len(c) for c in first), reverse=True)


def test_company_country_bipartite(G):
    B = company_country_bipartite(G)
    assert {n for n, d in B.nodes(data=True) if d["bipartite"] == 0} == {i("org/microsoft"), i("org/g42")}
    assert {n for n, d in B.nodes(data=True) if d["bipartite"] == 1} == {
        i("country/CA"), i("country/JP"), i("country/AE"), i("country/FR")}
    ca = B.edges[i("org/microsoft"), i("country/CA")]
    assert (ca["amount_usd"], ca["investments"], ca["facilities"], ca["trainings"]) == (1.76e9, 1, 1, 0)
    jp = B.edges[i("org/microsoft"), i("country/JP")]
    # the lab is in Tokyo, which is in Japan; the training programme targets Japan
    assert (jp["amount_usd"], jp["investments"], jp["facilities"], jp["trainings"]) == (2.9e9, 1, 1, 1)
    assert B.edges[i("org/g42"), i("country/FR")]["amount_usd"] == 0.0
    assert nx.is_bipartite(B)


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_export_round_trips(G, tmp_path, suffix):
    path = export(G, tmp_path / "exports" / f"graph{suffix}")     # the folder is made
    back = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == SMALL_NODES
    assert back.number_of_edges() == SMALL_EDGES
    ms = back.nodes[i("org/microsoft")]
    assert ms["label"] == "Microsoft"
    assert ms["type"] == "Company"
    assert ms["aliases"] == "Microsoft Corp | Microsoft Corporation"
    weights = sorted(float(d["weight"]) for _, _, d in back.edges(data=True))
    assert weights[-1] == 2.9e9
    kinds = sorted(d["kind"] for _, _, d in back.edges(data=True))
    assert kinds.count("investment") == 5 and kinds.count("partnership") == 4


def test_export_with_xss_labels_and_bytes_are_deterministic(tmp_path):
    G = to_networkx(add_evil(parse(SMALL_TTL)))
    a = export(G, tmp_path / "a.graphml").read_bytes()
    b = export(to_networkx(add_evil(parse(SMALL_TTL))), tmp_path / "b.graphml").read_bytes()
    assert a == b
    back = nx.read_graphml(tmp_path / "a.graphml")
    assert back.nodes[i("org/evil-script")]["label"] == "</script><script>document.body.dataset.xss='script'</script>"


def test_export_rejects_other_formats(G, tmp_path):
    with pytest.raises(ViewError, match="graphml or .gexf"):
        export(G, tmp_path / "graph.json")


def test_flatten_makes_every_attribute_scalar(G):
    flat = flatten(G)
    for _, attrs in flat.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in attrs.values())
    for _, _, attrs in flat.edges(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in attrs.values())


def test_empty_graph():
    G = to_networkx(parse(""))
    assert G.number_of_nodes() == 0
    assert communities(G) == [] and pagerank(G) == {} and degree_table(G) == []
