"""The store's commands: ingest, export, remove, validate and view on the store."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pledgegraph.cli import main
from pledgegraph.resolve import article_iri
from tests.test_store import FRANCE, JAPAN, corpus


def test_ingest_export_remove(tmp_path: Path):
    runner = CliRunner()
    folder = corpus(tmp_path / "c", a_txt=JAPAN, fr_txt=FRANCE)
    store_dir = tmp_path / "store"
    ingested = runner.invoke(main, ["ingest", str(folder), "--store", str(store_dir)])
    assert ingested.exit_code == 0, ingested.output
    assert ingested.stdout.startswith("ingested 2 of 2 article(s), skipped 0; facts: ")
    for name in ("all.nq", "all.nt", "all.ttl", "all.jsonld"):
        result = runner.invoke(main, ["export", str(tmp_path / name), "--store", str(store_dir)])
        assert result.exit_code == 0
        assert result.stdout.startswith(f"wrote {tmp_path / name}: ") and "in 2 article graph(s)" in result.stdout
    again = runner.invoke(main, ["export", str(tmp_path / "again.nq"), "--store", str(store_dir)])
    assert again.exit_code == 0
    assert (tmp_path / "again.nq").read_bytes() == (tmp_path / "all.nq").read_bytes()
    bad = runner.invoke(main, ["export", str(tmp_path / "all.csv"), "--store", str(store_dir)])
    assert bad.exit_code == 2
    assert bad.stderr == (f"error: {tmp_path / 'all.csv'}: unknown output format; use .ttl, .nt, .nq or .jsonld "
                          "(or --format turtle, nt, nquads, json-ld)\n")

    removed = runner.invoke(main, ["remove", "a.txt", "--store", str(store_dir)])
    assert removed.exit_code == 0
    assert removed.stdout == f"removed {article_iri('a.txt')}\n"
    gone = runner.invoke(main, ["remove", "a.txt", "--store", str(store_dir)])
    assert gone.exit_code == 1
    assert gone.stderr == (f"error: {store_dir}: no article 'a.txt' in the store; give its file name, URL or IRI "
                           "as `pledgegraph query articles` lists them\n")
    left = runner.invoke(main, ["query", "articles", "--store", str(store_dir), "--format", "csv"])
    assert [line.split(",")[0] for line in left.stdout.splitlines()] == ["file", "fr.txt"]

    validated = runner.invoke(main, ["validate", "--no-reason", "--store", str(store_dir)])
    assert (validated.exit_code, validated.stdout) == (0, "SHACL: conforms\n")
    viewed = runner.invoke(main, ["view", "--store", str(store_dir), "--out", str(tmp_path / "v.html")])
    assert viewed.exit_code == 0 and (tmp_path / "v.html").exists()


def test_commands_on_a_missing_store(tmp_path: Path):
    runner = CliRunner()
    missing = tmp_path / "none"
    expected = f"error: {missing}: no store here; run `pledgegraph ingest` first or give --store\n"
    for command in (["export", str(tmp_path / "x.nq")], ["remove", "a.txt"],
                    ["push", "--endpoint", "http://127.0.0.1:9/store"], ["validate", "--no-reason"]):
        result = runner.invoke(main, [*command, "--store", str(missing)])
        assert (result.exit_code, result.stderr) == (2, expected), command
    assert not missing.exists()
