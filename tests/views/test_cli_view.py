"""`pledgegraph view`, run as a command on a graph file."""

from __future__ import annotations

from click.testing import CliRunner

from pledgegraph.cli import main

from views_data import SMALL_NODES, SMALL_TTL


def test_view_writes_the_page(tmp_path):
    graph = tmp_path / "small.ttl"
    graph.write_text(SMALL_TTL, encoding="utf-8")
    out = tmp_path / "views" / "ms.html"
    result = CliRunner().invoke(main, ["view", "--graph", str(graph), "--kind", "company",
                                       "--focus", "microsoft corp", "--hops", "1", "--lang", "fr",
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out}: 10 nodes, 13 edges\n"
    text = out.read_text(encoding="utf-8")
    assert '<html lang="fr">' in text and "Japon" in text
    overview = CliRunner().invoke(main, ["view", "--graph", str(graph), "--out", str(tmp_path / "o.html")])
    assert overview.exit_code == 0, overview.output
    assert f": {SMALL_NODES} nodes," in overview.output


def test_view_of_an_unknown_focus_is_an_error(tmp_path):
    graph = tmp_path / "small.ttl"
    graph.write_text(SMALL_TTL, encoding="utf-8")
    result = CliRunner().invoke(main, ["view", "--graph", str(graph), "--kind", "country",
                                       "--focus", "Japn", "--out", str(tmp_path / "x.html")])
    assert result.exit_code == 2
    assert "Japn" in result.output and "Japan" in result.output
    assert not (tmp_path / "x.html").exists()
