"""Every named query gives the same rows from the store (Oxigraph) as from rdflib.

On the sample corpus graph (graphs/pledgegraph.ttl, what `build` writes) and on the
hand-written tests/data/queries-small.ttl, each query runs with its example's parameters
and, when it needs none, without any. rdflib runs on the store's own union, so the terms
must be identical (lexical forms, datatypes, language tags, order). Against the graph file
itself, numbers are equal as values: Oxigraph keeps decimals in canonical form (the file's
4300000000.0 is 4300000000 in the store, and so is the text STR() makes of it).
"""

from __future__ import annotations

import shlex
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal

from pledgegraph import store
from pledgegraph.cli import main
from pledgegraph.errors import QueryError, QueryParameterError
from pledgegraph.namespaces import ID
from pledgegraph.query import format_result, get_query, list_queries, run_query, substitute

REPO = Path(__file__).resolve().parents[1]
GRAPHS = {"sample": REPO / "graphs" / "pledgegraph.ttl", "small": REPO / "tests" / "data" / "queries-small.ttl"}


def example_params(name: str) -> dict[str, str]:
    words = shlex.split(get_query(name).example)
    return dict(w.split("=", 1) for f, w in zip(words, words[1:]) if f == "--param" and "=" in w)


CASES = [(name, params) for q in list_queries()
         for name, params in [(q.name, example_params(q.name))] +
         ([(q.name, {})] if example_params(q.name) and not any(p.required for p in q.param_specs) else [])]


@pytest.fixture(scope="module")
def loaded():
    out = {}
    for key, path in GRAPHS.items():
        graph = Graph().parse(path)
        s = store.Store()
        store.replace_article(s, ID[f"graph/{key}"], graph)
        out[key] = (graph, s, store.union(s))
    return out


def value(term):
    if isinstance(term, Literal) and isinstance(term.value, Decimal):
        return ("decimal", term.value)
    return term


@pytest.mark.parametrize("graph", sorted(GRAPHS))
@pytest.mark.parametrize("name,params", CASES, ids=[f"{n}-{'example' if p else 'all'}" for n, p in CASES])
def test_store_and_rdflib_give_the_same_rows(loaded, graph: str, name: str, params: dict):
    original, s, union = loaded[graph]
    expected = run_query(union, name, params)
    got = run_query(s, name, params)
    assert got.kind == expected.kind
    assert got.variables == expected.variables
    assert got.rows == expected.rows
    assert [tuple(map(type, r)) for r in got.rows] == [tuple(map(type, r)) for r in expected.rows]
    assert format_result(got, "json") == format_result(expected, "json")
    from_file = run_query(original, name, params)
    assert len(from_file.rows) == len(got.rows)
    assert [tuple(map(value, r)) for r in got.rows if not _has_text_of_numbers(r)] == \
        [tuple(map(value, r)) for r in from_file.rows if not _has_text_of_numbers(r)]


def _has_text_of_numbers(row) -> bool:
    # "4300000000 EUR; ..." is built with STR() of a decimal: 4300000000.0 in the file.
    return any(isinstance(t, Literal) and t.datatype is None and any(c.isdigit() for c in str(t)) for t in row)


def test_the_cases_reach_rows(loaded):
    # The comparison would prove little on empty answers.
    _, s, _ = loaded["small"]
    assert sum(1 for name, params in CASES if len(run_query(s, name, params))) >= len(list_queries()) - 1


def test_parameters_are_terms_not_text(loaded):
    _, s, union = loaded["small"]
    for evil in ('Microsoft" || true || "', "x\" } ?s ?p ?o . FILTER(\"", "Micro\\soft\n#", "'; DROP ALL"):
        for target in (s, union):
            assert len(run_query(target, "commitments-of-company", {"company": evil})) == 0
    text = substitute('SELECT ?x WHERE { ?s ?p ?x FILTER(BOUND(?x) && ?x != "?x") } ORDER BY ?x',
                      {"x": Literal('a"b\n')})
    assert text == ('SELECT ?x WHERE { VALUES (?x) { ("a\\"b\\n") }  ?s ?p "a\\"b\\n" '
                    'FILTER(true && "a\\"b\\n" != "?x") } ORDER BY ("a\\"b\\n")')
    with pytest.raises(QueryParameterError, match=r"\?n is assigned by the query"):
        substitute("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", {"n": Literal(1)})


def test_store_errors_read_like_rdflib_errors(loaded):
    _, s, union = loaded["small"]
    for bad in ("SELECT ?x WHERE { ?x ?y }", "SELECT ?x WHERE { ?x unknown:p ?y }"):
        with pytest.raises(QueryError) as on_store:
            run_query(s, bad)
        with pytest.raises(QueryError) as on_graph:
            run_query(union, bad)
        assert str(on_store.value) == str(on_graph.value)


def test_query_reads_the_store_then_the_built_graph(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["query", "companies"])
    assert result.exit_code == 2
    assert result.stderr == ("error: graphs/store: no store, and no graphs/pledgegraph.ttl either; run "
                             "`pledgegraph ingest ARTICLES` or `pledgegraph build` first, or give --store or --graph\n")
    (tmp_path / "graphs").mkdir()
    (tmp_path / "graphs" / "pledgegraph.ttl").write_bytes(GRAPHS["small"].read_bytes())
    from_file = runner.invoke(main, ["query", "companies", "--format", "csv"])
    assert from_file.exit_code == 0
    with store.open_store(tmp_path / "graphs" / "store") as s:
        store.replace_article(s, ID["graph/sample"], Graph().parse(GRAPHS["sample"]))
    from_store = runner.invoke(main, ["query", "companies", "--format", "csv"])
    assert from_store.exit_code == 0 and from_store.stdout != from_file.stdout
    explicit = runner.invoke(main, ["query", "companies", "--format", "csv", "--graph", "graphs/pledgegraph.ttl"])
    assert explicit.stdout == from_file.stdout
    again = runner.invoke(main, ["query", "companies", "--format", "csv", "--store", "graphs/store"])
    assert again.stdout == from_store.stdout
    both = runner.invoke(main, ["query", "companies", "--store", "graphs/store", "--graph", "x.ttl"])
    assert both.exit_code == 2 and "give --graph or --store, not both" in both.stderr
    missing = runner.invoke(main, ["query", "companies", "--store", "nowhere"])
    assert missing.exit_code == 2
    assert missing.stderr == "error: nowhere: no store here; run `pledgegraph ingest` first or give --store\n"
    for command in (["validate", "--no-reason"], ["view", "--out", "v.html"]):
        result = runner.invoke(main, command)
        assert result.exit_code == 0, result.output
