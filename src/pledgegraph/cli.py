"""The `pledgegraph` command: one small function per command, each calling the library.

Exit codes: 0 success; 1 the command ran and the answer is "no" (violations found,
nothing could be ingested); 2 an error (bad arguments, unreadable or malformed input).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pledgegraph.errors import PledgeGraphError

DEFAULT_GRAPH = Path("graphs") / "pledgegraph.ttl"
DEFAULT_STORE = Path("graphs") / "store"


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except PledgeGraphError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=_Group)
@click.version_option(package_name="pledgegraph")
def main() -> None:
    """PledgeGraph: corporate AI commitments from news articles, as a knowledge graph."""


def _warn(line: str) -> None:
    click.echo(f"error: {line}", err=True)


@main.command()
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("graphs"),
              show_default=True, help="Folder for the graph, the ontology docs and the views.")
@click.option("--corpus", type=click.Path(path_type=Path, exists=True), default=None,
              help="Articles to build from (default: the sample corpus shipped in the package).")
def build(out_dir: Path, corpus: Path | None) -> None:
    """Build the graph from the sample corpus, validate it, write graphs/."""
    from pledgegraph.build import build as run

    report = run(out_dir, corpus)
    click.echo(report.summary())
    if report.conforms is False:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Also write the whole graph here (.ttl, .nt or .jsonld).")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=DEFAULT_STORE,
              show_default=True, help="The project's store, updated in place.")
@click.option("--extractor", default="rules", show_default=True, help="Registered extractor name.")
def ingest(paths: tuple[str, ...], out: Path | None, store_dir: Path, extractor: str) -> None:
    """Read articles (.txt .md .html .jsonl, folders recursively) into the store."""
    from pledgegraph import store
    from pledgegraph.errors import NothingIngested
    from pledgegraph.pipeline import Config, ingest as run

    dataset = store.load(store_dir)
    report = run(paths, dataset, Config(extractor=extractor, progress=True), on_error=_warn)
    for line in report.warnings:
        click.echo(f"warning: {line}", err=True)
    if not report.ingested:
        raise NothingIngested(report.read or len(report.skipped))
    store.save(dataset, store_dir)
    if out:
        store.write_graph(store.union(dataset), out)
    click.echo(f"ingested {len(report.ingested)} of {report.read} article(s), skipped "
               f"{len(report.skipped)}; facts: " +
               ", ".join(f"{k} {v}" for k, v in sorted(report.facts.items())))


@main.command()
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--articles", type=click.Path(path_type=Path), required=True,
              help="Folder of the annotated articles.")
def evaluate(gold: Path, articles: Path) -> None:
    """Score extraction on annotated articles: precision, recall, F1, misses."""
    from pledgegraph.build import build_graph
    from pledgegraph.errors import InputNotFound
    from pledgegraph.evaluate import load_gold, score

    expected = load_gold(gold)
    if not articles.exists():
        raise InputNotFound(str(articles))
    graph, report = build_graph([articles])
    for line in report.skipped:
        _warn(line)
    click.echo(score(graph, expected).text())


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option("--reason/--no-reason", default=True, show_default=True,
              help="Also run the OWL reasoner (HermiT; needs Java).")
def validate(graph_file: Path, reason: bool) -> None:
    """Check a graph against the SHACL shapes (and the ontology with a reasoner)."""
    from pledgegraph.check.shacl import validate_graph
    from pledgegraph.store import read_graph

    graph = read_graph(graph_file)
    report = validate_graph(graph)
    click.echo("SHACL: conforms" if report.conforms else f"SHACL: {report.violations} violation(s)\n{report.text}")
    ok = report.conforms
    if reason:
        from pledgegraph.check.reasoner import reason as run_reasoner

        result = run_reasoner(graph)
        click.echo(f"reasoner: {result.message}")
        ok = ok and (not result.ran or result.consistent)
    sys.exit(0 if ok else 1)


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Where to write the graph with its inferred triples "
                   "(default: GRAPH's name with -inferred, e.g. pledgegraph-inferred.ttl).")
def reason(graph_file: Path, out: Path | None) -> None:
    """Run the OWL reasoner (HermiT) and write the graph with what it infers."""
    from pledgegraph.check.reasoner import reason_file

    result, written = reason_file(graph_file, out)
    click.echo(f"reasoner: {result.message}")
    if written is not None:
        click.echo(f"wrote {written}")
    sys.exit(0 if result.consistent else 1)


@main.command()
@click.argument("query")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter.")
@click.option("--graph", "graph_file", type=click.Path(path_type=Path), default=DEFAULT_GRAPH,
              show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "turtle"]),
              default="table", show_default=True)
def query(query: str, params: tuple[str, ...], graph_file: Path, fmt: str) -> None:
    """Run a named query, a .rq file or SPARQL text against the graph."""
    from pledgegraph.query import format_result, run_query
    from pledgegraph.store import read_graph

    bound = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep:
            raise click.BadParameter(f"{param!r} is not NAME=VALUE", param_hint="--param")
        bound[name.strip()] = value
    result = run_query(read_graph(graph_file), query, bound)
    click.echo(format_result(result, fmt), nl=False)


@main.command()
def queries() -> None:
    """List the named queries with their questions and parameters."""
    from pledgegraph.query import format_query_list

    click.echo(format_query_list(), nl=False)


@main.command()
@click.option("--graph", "graph_file", type=click.Path(path_type=Path), default=DEFAULT_GRAPH,
              show_default=True)
@click.option("--kind", type=click.Choice(["overview", "company", "country", "partners"]),
              default="overview", show_default=True)
@click.option("--focus", default=None, help="A company or country name (for company/country views).")
@click.option("--hops", type=int, default=2, show_default=True)
@click.option("--lang", type=click.Choice(["en", "fr"]), default="en", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=Path("graphs") / "view.html",
              show_default=True)
def view(graph_file: Path, kind: str, focus: str | None, hops: int, lang: str, out: Path) -> None:
    """Write an interactive, offline HTML view of the graph."""
    from pledgegraph.store import read_graph
    from pledgegraph.views.html import write_view

    info = write_view(read_graph(graph_file), out, kind=kind, focus=focus, hops=hops, lang=lang)
    click.echo(f"wrote {info.path}: {info.nodes} nodes, {info.edges} edges" +
               (f" ({info.note})" if info.summarised else ""))


if __name__ == "__main__":  # pragma: no cover
    main()
