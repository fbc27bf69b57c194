"""The committed graphs/ must be exactly what `pledgegraph build` produces."""

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pledgegraph.build import COMPANY_VIEWS, GRAPH_FILE, OVERVIEW, BuildReport, build

REPO = Path(__file__).resolve().parents[1]
# The per-company views are not committed (git-ignored): about 0.75 MB each.
COMMITTED = (GRAPH_FILE, OVERVIEW)


@pytest.fixture(scope="module")
def building(tmp_path_factory) -> tuple[Path, BuildReport]:
    out = tmp_path_factory.mktemp("graphs")
    report = build(out)
    assert report.conforms, report.violations
    assert report.ingest.skipped == []
    return out, report


@pytest.fixture
def built(building) -> Path:
    return building[0]


@pytest.mark.parametrize("name", COMMITTED)
def test_committed_graphs_are_what_build_writes(built: Path, name: str):
    assert (REPO / "graphs" / name).read_bytes() == (built / name).read_bytes(), (
        f"graphs/{name} is stale: run `pledgegraph build` and commit the result")


def test_build_is_byte_identical_in_another_process(built: Path, tmp_path: Path):
    # Another interpreter with another hash seed: set order must not reach any file.
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    script = "import sys; from pathlib import Path; from pledgegraph.build import build; build(Path(sys.argv[1]))"
    subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=env, check=True,
                   capture_output=True, timeout=600)
    names = [GRAPH_FILE, OVERVIEW, "ontology.html"]
    names += sorted(str(p.relative_to(built)) for p in (built / COMPANY_VIEWS).glob("*.html"))
    for name in names:
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_one_view_per_company(built: Path):
    from pledgegraph.store import read_graph
    from pledgegraph.views import to_networkx

    G = to_networkx(read_graph(built / GRAPH_FILE))
    companies = {n: a["label"] for n, a in G.nodes(data=True) if a["type"] == "Company"}
    pages = sorted((built / COMPANY_VIEWS).glob("*.html"))
    assert len(pages) == len(companies) > 10
    microsoft = (built / COMPANY_VIEWS / "microsoft.html").read_text(encoding="utf-8")
    assert "<title>PledgeGraph: around Microsoft</title>" in microsoft
    assert 'data-kind="company"' in microsoft
    titles = {re.search(r"<title>PledgeGraph: around (.*?)</title>", p.read_text(encoding="utf-8")).group(1)
              for p in pages}
    assert titles == {html.escape(label) for label in companies.values()}


def test_company_views_of_companies_gone_are_removed(built: Path, tmp_path: Path):
    from pledgegraph.build import write_company_views
    from pledgegraph.store import read_graph
    from pledgegraph.views import to_networkx

    folder = tmp_path / COMPANY_VIEWS
    folder.mkdir()
    (folder / "gone.html").write_text("old", encoding="utf-8")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    G = to_networkx(read_graph(built / GRAPH_FILE))
    written = write_company_views(G, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted([p.name for p in written] + ["notes.txt"])


def test_sample_corpus_covers_every_fact_type(building):
    _, report = building
    assert all(report.facts[kind] > 0 for kind in ("investment", "partnership", "center", "lab", "training"))
    assert f"wrote {len(report.company_views)} company views in" in report.summary()
