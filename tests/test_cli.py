from pathlib import Path

from click.testing import CliRunner

from pledgegraph.cli import main


def test_missing_graph_file():
    result = CliRunner().invoke(main, ["validate", "nowhere.ttl"])
    assert result.exit_code == 2
    assert result.stderr == "error: nowhere.ttl: no such file; run `pledgegraph build` first or give --graph\n"


def test_malformed_turtle(tmp_path: Path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix pg: <https://w3id.org/pledgegraph/ontology#> .\npg:a pg:b \n")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {bad}: not valid TURTLE: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_command():
    result = CliRunner().invoke(main, ["frobnicate"])
    assert result.exit_code == 2
    assert "No such command 'frobnicate'." in result.stderr


def test_ingest_of_nothing_readable_exits_1(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'empty.txt'}: the file is empty",
        "error: none of the 1 input file(s) could be ingested; see the errors above",
    ]
