"""Extraction quality on every annotated set at hand (a script, not a test).

    .venv/bin/python benchmarks/quality.py [SET_DIR ...]

With no argument: the sets under benchmarks/sets/, the sample corpus, and ../shared's seeds
and dev set when they sit beside the checkout. Each set is a folder of articles with its
gold.json (../shared/gold-format.md). Prints P / R / F1 over all types and on investments
(the issue's goals: investments P >= 0.95 and R >= 0.90, F1 >= 0.85 overall).

benchmarks/sets/ holds sets written blind by people who had not seen the rules. Their first
score, before anyone studied their errors, is the honest estimate for unseen articles; it is
recorded in each set's README line below and in the README. Once their errors have been
studied they become regression sets like the others.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pledgegraph.build import build_graph, sample_corpus  # noqa: E402
from pledgegraph.evaluate import load_gold, score  # noqa: E402


def default_sets() -> list[Path]:
    sets = sorted(p.parent for p in (ROOT / "benchmarks" / "sets").glob("*/gold.json"))
    sets.append(sample_corpus())
    shared = ROOT.parent / "shared"
    sets += [shared / name for name in ("seeds", "dev") if (shared / name / "gold.json").exists()]
    return sets


def main(argv: list[str]) -> None:
    sets = [Path(a) for a in argv if Path(a).is_dir()] or default_sets()
    print(f"{'set':<28}{'P':>7}{'R':>7}{'F1':>7}   {'inv P':>6}{'inv R':>7}")
    for folder in sets:
        graph, _report = build_graph([folder])
        report = score(graph, load_gold(folder / "gold.json"))
        o, inv = report.overall, report.scores["investments"]
        print(f"{folder.name:<28}{o.precision:>7.3f}{o.recall:>7.3f}{o.f1:>7.3f}   "
              f"{inv.precision:>6.3f}{inv.recall:>7.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
