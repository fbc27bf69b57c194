"""Issue 4's acceptance: the graph of the two seed articles answers the questions the project
started from, each answer with its evidence sentence. Skipped where ../shared is absent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pledgegraph.build import build_graph
from pledgegraph.query import run_query
from tests.pipeline_helpers import SHARED

SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"{SEEDS} is not there")


@pytest.fixture(scope="module")
def graph():
    graph, report = build_graph([SEEDS])
    assert not report.skipped
    return graph


def test_microsoft_commitments_by_country_in_us_dollars(graph):
    rows = run_query(graph, "commitments-of-company", {"company": "Microsoft"}).as_dicts()
    usd = {str(r["country"]): Decimal(str(r["usd"])) for r in rows if str(r["kind"]) == "Investment"}
    assert usd == {"Canada": Decimal("5.4e9"), "Japan": Decimal("2.9e9"), "Portugal": Decimal("10e9"),
                   "United Arab Emirates": Decimal("15e9")}


def test_cohere_threat_centre_and_training(graph):
    partners = run_query(graph, "partners", {"company": "Microsoft"}).values()
    assert any("Cohere" in row for row in partners)
    centres = run_query(graph, "threat-centres-by-country").as_dicts()
    assert [(str(r["country"]), str(r["operator"])) for r in centres] == [("Canada", "Microsoft")]
    training = run_query(graph, "training-by-country").as_dicts()
    assert [(str(r["country"]), int(r["participants"])) for r in training] == [("Japan", 3_000_000)]


def test_every_microsoft_fact_has_an_evidence_sentence_and_an_article(graph):
    rows = run_query(graph, "facts-with-evidence", {"company": "Microsoft"}).as_dicts()
    facts = {r["fact"] for r in rows}
    assert len(facts) >= 9  # 4 investments, 3 partnerships, a centre, a lab, a programme
    for row in rows:
        assert row["evidence"] is not None and len(str(row["evidence"])) > 20
        assert row["title"] is not None
