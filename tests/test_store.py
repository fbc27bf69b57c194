"""The store (pledgegraph.store): named graphs per article, the union, transactions, files.

Real articles go through the real pipeline into real Oxigraph stores on disk.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from pledgegraph import store
from pledgegraph.convert import add_conversions
from pledgegraph.errors import GraphFileError, StoreError
from pledgegraph.namespaces import ID, PG, RDF, RDFS
from pledgegraph.pipeline import ingest
from tests.pipeline_helpers import nlp

JAPAN = ("Microsoft investit 2,9 milliards de dollars au Japon\n\n"
         "Microsoft a annoncé un engagement de 2,9 milliards de dollars au Japon sur deux ans. "
         "Microsoft s'engage aussi à former trois millions de travailleurs japonais à l'IA.\n")
JAPAN_EN = ("# Microsoft in Japan\n\nMicrosoft will invest $2.9 billion in Japan over the next two "
            "years, the company said.\n")
FRANCE = ("Microsoft investit 4 milliards d'euros en France\n\n"
          "Microsoft a annoncé le 13 mai 2024 un investissement de 4 milliards d'euros en France "
          "dans l'infrastructure cloud et l'intelligence artificielle.\n")


def corpus(folder: Path, **articles: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name.replace("_", ".")).write_text(text, encoding="utf-8")
    return folder


def quads(s: store.Store) -> set[str]:
    return {str(q) for q in s.db}


def named_union(s: store.Store) -> set[str]:
    """The set union of the named graphs, as N-Triples lines."""
    return {f"{q.subject} {q.predicate} {q.object}" for q in s.db if q.graph_name.__class__.__name__ == "NamedNode"}


def default_graph(s: store.Store) -> set[str]:
    return {f"{q.subject} {q.predicate} {q.object}" for q in s.db if q.graph_name.__class__.__name__ == "DefaultGraph"}


def canonical(graph: Graph) -> Graph:
    """`graph` with its literals as Oxigraph keeps them (a decimal 1.0820 as 1.082)."""
    memory = store.Store()
    store.replace_article(memory, ID["graph/x"], graph)
    return store.union(memory)


@pytest.fixture
def two(tmp_path: Path) -> Path:
    return corpus(tmp_path / "c", a_txt=JAPAN, b_md=JAPAN_EN)


def test_one_named_graph_per_article_and_the_union_counted_once(tmp_path: Path, two: Path):
    with store.open_store(tmp_path / "store") as s:
        report = ingest([two], s, nlp=nlp())
        assert len(report.ingested) == 2
        assert len(s.articles()) == 2
        # Both articles name Microsoft: its label is in both graphs, once in the union.
        label = f"<{ID['org/microsoft']}> <{RDFS.label}> \"Microsoft\""
        holders = [g for g in s.articles() if any(True for _ in s.graph(g).triples(
            (ID["org/microsoft"], RDFS.label, Literal("Microsoft"))))]
        assert len(holders) == 2 and label in default_graph(s)
        assert default_graph(s) == named_union(s)
        count = s.sparql(f"SELECT (COUNT(*) AS ?n) WHERE {{ <{ID['org/microsoft']}> <{RDFS.label}> ?l }}")
        assert int(count.rows[0][0]) == len(set(store.union(s).objects(ID["org/microsoft"], RDFS.label)))
        assert len(s) == len(store.union(s))


def test_reingest_adds_nothing_and_the_store_is_the_same_from_scratch(tmp_path: Path, two: Path):
    with store.open_store(tmp_path / "s1") as s1:
        ingest([two], s1, nlp=nlp())
        first = quads(s1)
        ingest([two], s1, nlp=nlp())
        assert quads(s1) == first
        store.export(s1, tmp_path / "one.nq")
    with store.open_store(tmp_path / "s2") as s2:
        ingest([two], s2, nlp=nlp())
        store.export(s2, tmp_path / "two.nq")
    assert (tmp_path / "one.nq").read_bytes() == (tmp_path / "two.nq").read_bytes()


def test_removing_an_article_keeps_what_others_also_say(tmp_path: Path, two: Path):
    with store.open_store(tmp_path / "both") as both, store.open_store(tmp_path / "only-b") as only_b:
        ingest([two], both, nlp=nlp())
        ingest([two / "b.md"], only_b, nlp=nlp())
        article = store.find_article(both, "a.txt")
        assert article is not None and store.find_article(both, str(two / "a.txt")) == article
        assert store.remove_article(both, article) is True
        assert store.remove_article(both, article) is False
        assert store.find_article(both, "a.txt") is None
        # The fact both reported stays, with b's evidence only; a's training programme goes.
        assert default_graph(both) == default_graph(only_b) == named_union(both)
        assert not set(store.union(both).subjects(RDF.type, PG.TrainingProgram))


def test_conversions_follow_the_articles_that_state_the_amounts(tmp_path: Path):
    folder = corpus(tmp_path / "c", fr_txt=FRANCE, jp_txt=JAPAN)
    with store.open_store(tmp_path / "store") as s:
        ingest([folder], s, nlp=nlp())
        union = store.union(s)
        assert len(list(union.subject_objects(PG.convertedAmount))) == 1  # euros; Japan states USD
        expected = Graph()
        for triple in union:
            if triple[1] != PG.convertedAmount and not set(union.objects(None, PG.convertedAmount)) & {triple[0]}:
                expected.add(triple)
        add_conversions(expected)
        assert isomorphic(union, canonical(expected))
        assert store.CONVERSIONS in s.graphs()
        store.remove_article(s, store.find_article(s, "fr.txt"))
        assert not list(store.union(s).subject_objects(PG.convertedAmount))
        assert default_graph(s) == named_union(s)


def test_a_failed_write_leaves_the_store_as_it_was(tmp_path: Path, two: Path):
    with store.open_store(tmp_path / "store") as s:
        ingest([two], s, nlp=nlp())
        before = quads(s)
        article = s.articles()[0]
        broken = s.graph(article)
        broken.add((URIRef("http://example.org/a b"), RDFS.label, Literal("x")))  # not an IRI
        with pytest.raises(ValueError):
            store.replace_article(s, article, broken)
        assert quads(s) == before


KILLED = """
import sys
from pledgegraph import store
from pledgegraph.pipeline import ingest
from tests.pipeline_helpers import nlp

with store.open_store(sys.argv[1]) as s:
    for path in sys.argv[2:]:
        ingest([path], s, nlp=nlp())
        print("done", path, flush=True)
"""


def test_an_ingest_killed_midway_leaves_whole_articles(tmp_path: Path):
    """Killed while writing the third article: the store holds whole articles and a union
    that is exactly theirs, whatever moment the kill fell on."""
    texts = [JAPAN, JAPAN_EN, FRANCE, JAPAN.replace("Japon", "Canada"), FRANCE.replace("France", "Italie")]
    paths = [corpus(tmp_path / f"c{i}", **{f"a{i}_txt": t}) / f"a{i}.txt" for i, t in enumerate(texts)]
    folder = tmp_path / "store"
    child = subprocess.Popen([sys.executable, "-c", KILLED, str(folder), *map(str, paths)],
                             stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1],
                             env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert child.stdout.readline().startswith("done")
    assert child.stdout.readline().startswith("done")
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    with store.open_store(folder) as s:
        assert default_graph(s) == named_union(s)
        kept = s.articles()
        assert 2 <= len(kept) <= len(texts)
        for i, article in enumerate(kept):
            with store.open_store(tmp_path / f"fresh{i}") as fresh:
                name = s.graph(article).value(article, PG.fileName)
                ingest([tmp_path / f"c{str(name)[1]}"], fresh, nlp=nlp())
                assert isomorphic(fresh.graph(article), s.graph(article))


def test_export_formats_are_deterministic_and_round_trip(tmp_path: Path, two: Path):
    with store.open_store(tmp_path / "store") as s:
        ingest([two], s, nlp=nlp())
        union = store.union(s)
        for name in ("x.nt", "x.nq", "x.ttl", "x.jsonld"):
            store.export(s, tmp_path / name)
        store.export(s, tmp_path / "again.nq")
        store.export(s, tmp_path / "as-turtle.txt", "turtle")
    nt = (tmp_path / "x.nt").read_text(encoding="utf-8").splitlines()
    assert nt == sorted(nt) and len(nt) == len(union)
    assert (tmp_path / "x.nq").read_bytes() == (tmp_path / "again.nq").read_bytes()
    for name, fmt in (("x.nt", "nt"), ("x.ttl", "turtle"), ("x.jsonld", "json-ld"), ("as-turtle.txt", "turtle")):
        # rdflib writes the decimal 2900000000 as 2900000000.0: the same value, once canonical.
        assert isomorphic(canonical(Graph().parse(tmp_path / name, format=fmt)), union), name
    with store.open_store(tmp_path / "copy") as copy:
        assert store.import_file(copy, tmp_path / "x.nq") == len((tmp_path / "x.nq").read_text().splitlines())
        store.export(copy, tmp_path / "copy.nq")
        assert default_graph(copy) == named_union(copy)
    assert (tmp_path / "copy.nq").read_bytes() == (tmp_path / "x.nq").read_bytes()
    with pytest.raises(GraphFileError, match="unknown output format"):
        store.export(store.Store(), tmp_path / "x.csv")


def test_store_folder_errors(tmp_path: Path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    with pytest.raises(StoreError) as err:
        store.open_store(other)
    assert str(err.value) == (f"{other}: this folder holds other files and no PledgeGraph store; "
                              "give a new or empty folder with --store")
    with pytest.raises(StoreError) as err:
        store.open_store(tmp_path / "none", create=False)
    assert str(err.value) == f"{tmp_path / 'none'}: no store here; run `pledgegraph ingest` first or give --store"
    assert not (tmp_path / "none").exists()


def test_a_store_open_in_another_process_is_refused_clearly(tmp_path: Path):
    folder = tmp_path / "store"
    store.open_store(folder).close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, pyoxigraph
        db = pyoxigraph.Store({str(folder)!r})
        print("open", flush=True)
        sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "open\n"
        with pytest.raises(StoreError) as err:
            store.open_store(folder)
        assert str(err.value) == (f"{folder}: the store is in use by another process (a running `pledgegraph "
                                  "serve` or `ingest`); wait for it or stop it, or query the server with --endpoint")
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_opening_twice_in_one_process_shares_the_store(tmp_path: Path):
    first = store.open_store(tmp_path / "store")
    second = store.open_store(tmp_path / "store")
    assert first.db is second.db
    first.close()
    second.close()
    with store.open_store(tmp_path / "store") as third:
        assert len(third) == 0


def test_the_store_of_earlier_versions_is_imported_once(tmp_path: Path):
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / store.LEGACY_FILE).write_text(
        f'<{ID["org/x"]}> <{RDFS.label}> "X" <{ID["article/1"]}> .\n'
        f'<{ID["org/x"]}> <{RDFS.label}> "X" <{ID["article/2"]}> .\n', encoding="utf-8")
    assert store.is_store(folder)
    with store.open_store(folder) as s:
        assert s.articles() == [ID["article/1"], ID["article/2"]] and len(s) == 1
    assert not (folder / store.LEGACY_FILE).exists()
    assert (folder / (store.LEGACY_FILE + ".imported")).exists()


# --------------------------------------------------------------------------- CONSTRUCT rows

_IRIS = st.sampled_from([URIRef(f"http://example.org/{name}") for name in ("a", "b", "ç", "az")]).map(store.to_ox)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_TYPED = [("1", "integer"), ("01", "integer"), ("-2", "integer"), ("true", "boolean"), ("1", "boolean"), ("2024", "gYear")]
_LITERALS = st.one_of(
    st.builds(store.ox.Literal, st.text(max_size=6)),
    st.builds(lambda text, lang: store.ox.Literal(text, language=lang), st.text(max_size=4), st.sampled_from(["fr", "en"])),
    # Oxigraph keeps "01"^^xsd:integer as written, rdflib reads it as "1": two terms become one.
    st.sampled_from(_TYPED).map(lambda typed: store.ox.Literal(typed[0], datatype=store.ox.NamedNode(_XSD + typed[1]))),
)
_TRIPLES = st.lists(st.builds(store.ox.Triple, st.one_of(_IRIS, st.builds(store.ox.BlankNode, st.sampled_from(["b1", "b2"]))),
                              _IRIS, st.one_of(_IRIS, _LITERALS)), max_size=25)


_INTEGER = store.ox.NamedNode(_XSD + "integer")
_SAME_NUMBER = [store.ox.Triple(store.ox.NamedNode("http://example.org/a"), store.ox.NamedNode("http://example.org/b"),
                                store.ox.Literal(text, datatype=_INTEGER)) for text in ("01", "1")]


@settings(max_examples=150, deadline=None)
@given(_TRIPLES)
@example(_SAME_NUMBER)
def test_construct_rows_from_oxigraph_are_the_rdflib_rows_in_the_rdflib_order(ox_triples):
    """`_canonical` reads Oxigraph's triples by their text for speed: it must give exactly the
    rows rdflib would, deduplicated and ordered as every other CONSTRUCT result."""
    from pledgegraph.query import _sorted_triples

    expected = _sorted_triples(store._converted(tuple(t) for t in ox_triples))
    assert store._canonical(ox_triples * 2) == expected
