"""`pledgegraph reason`: writes the graph back with HermiT's inferences, names the offenders of
an inconsistent graph and writes nothing, and says why when there is no Java."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Graph

from pledgegraph.check.reasoner import JAVA_MISSING, find_java
from pledgegraph.cli import main
from pledgegraph.namespaces import PG

from .graphs import PREFIXES, good_graph, parse
from .test_reasoner import BAD_TYPES, ROLLUP, iri

needs_java = pytest.mark.skipif(find_java() is None, reason="no Java runtime on this machine")


def write(graph: Graph, path) -> str:
    graph.serialize(path, format="turtle")
    return str(path)


@needs_java
def test_reason_writes_the_graph_with_its_inferences_next_to_the_input(tmp_path):
    source = write(good_graph() + parse(ROLLUP), tmp_path / "g.ttl")
    result = CliRunner().invoke(main, ["reason", source])
    assert result.exit_code == 0, result.output
    assert "consistent with the ontology" in result.output
    out = tmp_path / "g-inferred.ttl"
    assert f"wrote {out}" in result.output
    inferred = Graph().parse(out)
    # Google's investment in France rolls up to Alphabet through pg:subsidiaryOf
    assert (iri("org/alphabet"), PG.commitsTo, iri("country/FR")) in inferred
    assert len(inferred) > len(Graph().parse(source))


@needs_java
def test_reason_names_the_offenders_and_writes_nothing_when_inconsistent(tmp_path):
    source = write(good_graph() + parse(BAD_TYPES), tmp_path / "bad.ttl")
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(main, ["reason", source, "--out", str(out)])
    assert result.exit_code == 1
    assert "inconsistent" in result.output and "pgid:org/acme" in result.output
    assert not out.exists()


def test_reason_without_java_is_an_error_saying_so(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    source = write(parse(PREFIXES), tmp_path / "g.ttl")
    result = CliRunner().invoke(main, ["reason", source])
    assert result.exit_code == 2
    assert result.output == f"error: the reasoner failed: {JAVA_MISSING}\n"


def test_reason_on_a_missing_file_names_it(tmp_path):
    result = CliRunner().invoke(main, ["reason", str(tmp_path / "nope.ttl")])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {tmp_path / 'nope.ttl'}: no such file")
