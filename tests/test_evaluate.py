import json
from pathlib import Path

import pytest

from pledgegraph.build import build_graph
from pledgegraph.errors import GoldFileError
from pledgegraph.evaluate import load_gold, score
from tests.pipeline_helpers import SHARED

SEEDS = SHARED / "seeds"


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds is not beside the repository")
def test_seed_articles_score_f1_one():
    graph, _ = build_graph([SEEDS])
    report = score(graph, load_gold(SEEDS / "gold.json"))
    assert report.overall.f1 == 1.0, report.text()


def test_a_second_copy_of_a_fact_is_a_false_positive(tmp_path: Path):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "x.txt").write_text("Microsoft investira 2 milliards d'euros en France.\n", encoding="utf-8")
    (folder / "y.txt").write_text("Microsoft will invest $9 billion in France.\n", encoding="utf-8")
    gold = {"articles": [{"file": "x.txt", "lang": "fr"}, {"file": "y.txt", "lang": "en"}],
            "investments": [{"article": "x.txt", "investor": ["Microsoft"], "country": "FR",
                             "investee": None, "amounts": [[2e9, "EUR"]]}]}
    graph, _ = build_graph([folder])
    report = score(graph, gold)
    s = report.scores["investments"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert "y.txt" in report.text()


def test_malformed_gold_file(tmp_path: Path):
    path = tmp_path / "gold.json"
    path.write_text("{not json")
    with pytest.raises(GoldFileError) as err:
        load_gold(path)
    assert str(err.value) == (f"{path}: not valid JSON (Expecting property name enclosed in double quotes "
                              "at line 1); see shared/gold-format.md for the format")
