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
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True,
              help="Processes for reading and extraction (one per core is a good choice).")
def ingest(paths: tuple[str, ...], out: Path | None, store_dir: Path, extractor: str, workers: int) -> None:
    """Read articles (.txt .md .html .jsonl, folders recursively) into the store."""
    from pledgegraph import store
    from pledgegraph.errors import NothingIngested
    from pledgegraph.pipeline import Config, ingest as run

    with store.open_store(store_dir) as dataset:
        report = run(paths, dataset, Config(extractor=extractor, progress=True, workers=workers), on_error=_warn)
        for line in report.warnings:
            click.echo(f"warning: {line}", err=True)
        if not report.ingested:
            raise NothingIngested(report.read or len(report.skipped))
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


_STORE_HELP = ("The store to read (default: graphs/store when it exists, else the graph "
               "`build` writes, graphs/pledgegraph.ttl).")


def _read(graph_file: Path | None, store_dir: Path | None):
    """The store or graph file a reading command works on; close it after use."""
    from contextlib import nullcontext

    from pledgegraph.store import open_source

    if graph_file is not None and store_dir is not None:
        raise click.UsageError("give --graph or --store, not both")
    source = open_source(graph_file, store_dir, DEFAULT_STORE, DEFAULT_GRAPH)
    # rdflib's Graph has close() too, but is no context manager; only a Store is.
    return source if hasattr(source, "__exit__") else nullcontext(source)


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path), required=False)
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=None, help=_STORE_HELP)
@click.option("--reason/--no-reason", default=True, show_default=True,
              help="Also run the OWL reasoner (HermiT; needs Java).")
def validate(graph_file: Path | None, store_dir: Path | None, reason: bool) -> None:
    """Check a graph file, or the store, against the SHACL shapes (and the ontology with a reasoner)."""
    from pledgegraph.check.shacl import validate_graph
    from pledgegraph.store import as_graph

    with _read(graph_file, store_dir) as source:
        graph = as_graph(source)
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
@click.option("--graph", "graph_file", type=click.Path(path_type=Path), default=None,
              help="A graph file to query instead of the store.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=None, help=_STORE_HELP)
@click.option("--endpoint", default=None, metavar="URL",
              help="Query a remote SPARQL endpoint instead (e.g. http://127.0.0.1:7878/sparql).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "turtle"]),
              default="table", show_default=True)
def query(query: str, params: tuple[str, ...], graph_file: Path | None, store_dir: Path | None,
          endpoint: str | None, fmt: str) -> None:
    """Run a named query, a .rq file or SPARQL text against the store, a graph or an endpoint."""
    from contextlib import nullcontext

    from pledgegraph.query import format_result, run_query
    from pledgegraph.remote import Endpoint

    bound = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep:
            raise click.BadParameter(f"{param!r} is not NAME=VALUE", param_hint="--param")
        bound[name.strip()] = value
    if endpoint and (graph_file or store_dir):
        raise click.UsageError("give --endpoint, --graph or --store, not several")
    with nullcontext(Endpoint(endpoint)) if endpoint else _read(graph_file, store_dir) as source:
        result = run_query(source, query, bound)
    click.echo(format_result(result, fmt), nl=False)


@main.command()
def queries() -> None:
    """List the named queries with their questions and parameters."""
    from pledgegraph.query import format_query_list

    click.echo(format_query_list(), nl=False)


@main.command()
@click.option("--graph", "graph_file", type=click.Path(path_type=Path), default=None,
              help="A graph file to draw instead of the store.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=None, help=_STORE_HELP)
@click.option("--kind", type=click.Choice(["overview", "company", "country", "partners"]),
              default="overview", show_default=True)
@click.option("--focus", default=None, help="A company or country name (for company/country views).")
@click.option("--hops", type=int, default=2, show_default=True)
@click.option("--lang", type=click.Choice(["en", "fr"]), default="en", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=Path("graphs") / "view.html",
              show_default=True)
def view(graph_file: Path | None, store_dir: Path | None, kind: str, focus: str | None, hops: int,
         lang: str, out: Path) -> None:
    """Write an interactive, offline HTML view of the graph."""
    from pledgegraph.store import as_graph
    from pledgegraph.views.html import write_view

    with _read(graph_file, store_dir) as source:
        graph = as_graph(source)
    info = write_view(graph, out, kind=kind, focus=focus, hops=hops, lang=lang)
    click.echo(f"wrote {info.path}: {info.nodes} nodes, {info.edges} edges" +
               (f" ({info.note})" if info.summarised else ""))


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=DEFAULT_STORE,
              show_default=True)
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "nquads", "json-ld"]), default=None,
              help="Default: from OUT's extension (.ttl, .nt, .nq, .jsonld).")
def export(out: Path, store_dir: Path, fmt: str | None) -> None:
    """Write the store to a file: Turtle, N-Triples, JSON-LD (the union) or N-Quads (every graph)."""
    from pledgegraph import store

    with store.open_store(store_dir, create=False) as source:
        store.export(source, out, fmt)
        click.echo(f"wrote {out}: {len(source)} triples in {len(source.articles())} article graph(s)")


@main.command()
@click.argument("article")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=DEFAULT_STORE,
              show_default=True)
def remove(article: str, store_dir: Path) -> None:
    """Remove one article (its file name, URL or IRI) and everything only it said."""
    from pledgegraph import store
    from pledgegraph.errors import ArticleNotInStore

    with store.open_store(store_dir, create=False) as source:
        iri = store.find_article(source, article)
        if iri is None or not store.remove_article(source, iri):
            raise ArticleNotInStore(article, str(store_dir))
    click.echo(f"removed {iri}")


@main.command()
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=DEFAULT_STORE,
              show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback lets other machines query the store.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True)
@click.option("--timeout", type=click.FloatRange(0.1), default=10.0, show_default=True,
              help="Seconds a query may run; then it is stopped and the client gets a 503.")
@click.option("--max-rows", type=click.IntRange(1), default=10000, show_default=True,
              help="Results are cut to this many rows (the X-PledgeGraph-Truncated header says so).")
@click.option("--workers", type=click.IntRange(1), default=2, show_default=True,
              help="Processes running queries (a query past --timeout has its process killed).")
def serve(store_dir: Path, host: str, port: int, timeout: float, max_rows: int, workers: int) -> None:
    """Serve the store read-only: SPARQL 1.1 Protocol at /sparql, a query page at /."""
    from pledgegraph import store
    from pledgegraph.serve import make_server
    from pledgegraph.serve.server import log_to_stderr

    with store.open_store(store_dir, create=False) as source:
        server = make_server(source, host, port, timeout=timeout, max_rows=max_rows, workers=workers,
                             log=log_to_stderr)
        if not server.loopback:
            click.echo(f"warning: listening on {host}: anyone who can reach this machine can query the store",
                       err=True)
        click.echo(f"serving {store_dir} at {server.url} (SPARQL endpoint {server.url}sparql); Ctrl-C stops")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()


@main.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="A SPARQL 1.1 Graph Store endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph) "
                   "or http://HOST:8890/sparql-graph-crud-auth (Virtuoso).")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=DEFAULT_STORE,
              show_default=True)
@click.option("--graph", "graph_iri", default=None, metavar="IRI",
              help="Send the union into this one named graph instead of one graph per article.")
@click.option("--user", default=None)
@click.option("--password", default=None, help="With --user: HTTP basic or digest authentication.")
def push(endpoint: str, store_dir: Path, graph_iri: str | None, user: str | None, password: str | None) -> None:
    """Send the store to a SPARQL 1.1 Graph Store, replacing each graph there (idempotent)."""
    from pledgegraph import store
    from pledgegraph.remote import push as run

    if (user is None) != (password is None):
        raise click.UsageError("give --user and --password together")
    with store.open_store(store_dir, create=False) as source:
        report = run(source, endpoint, graph_iri, user, password)
    click.echo(report.summary())


if __name__ == "__main__":  # pragma: no cover
    main()
