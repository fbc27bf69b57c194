"""The store at scale: PledgeGraph's store, pyoxigraph directly and plain rdflib, side by side.

    .venv/bin/python benchmarks/store.py [--sizes 100000,1000000] [--rdflib-limit 60]
                                         [--rdflib-max 1000000] [--runs 5] [--keep DIR]
                                         [--queries NAME,NAME]

A script that prints figures, not a test. The data: the bundled sample corpus goes through
the pipeline once into a store on disk (one named graph per article, plus the conversions
graph); the benchmark graphs are copies of it, with every article, fact, amount and mention
IRI renamed in each copy and each organisation spread over 50 variants (same labels), until
the union holds about the target number of triples. Then, each engine in its own process
(so that its peak memory is its own):

  pledgegraph  store.import_file into a new store folder (the named graphs, and their union
               in the default graph), then query.run_query for every named query: the full
               path (parameters bound, rows turned into rdflib terms, a QueryResult)
  pyoxigraph   pyoxigraph.Store(folder).bulk_load of the union as N-Triples (the default
               graph: the same triples PledgeGraph queries), every named query run with
               Store.query and every row read: what PledgeGraph's own code costs on top.
               (Loading the N-Quads and querying with use_default_graph_as_union is no
               baseline: pyoxigraph 0.5 counts a triple once per graph holding it, and an
               organisation's label held by thousands of articles makes joins explode.)
  rdflib       rdflib.Graph().parse of the union as N-Triples, then query.run_query. Each
               query runs in a forked child, killed after --rdflib-limit seconds ("> N s");
               sizes above --rdflib-max are not run with rdflib at all.

Figures: load time, size on disk, peak memory (VmHWM of the engine's process), and the
median time of every named query (its `# example:` parameters), over --runs runs (rdflib:
one run above 100k triples). Then the goals: 1M triples loaded in under 6 s; every named
query within 1.5x of pyoxigraph directly and at least 20x faster than rdflib; memory under
1 GB at 1M triples.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

ORG_VARIANTS = 50
_RENAMED = re.compile(r"<(https://w3id\.org/pledgegraph/id/(?:article|investment|partnership|center|lab|"
                      r"training|amount|mention)/[0-9a-f]+)>")
_ORG = re.compile(r"<(https://w3id\.org/pledgegraph/id/org/[^>]+)>")


def examples() -> list[tuple[str, dict]]:
    """Every named query with its parameters: those chosen by `choose_params` for the data
    (see there), else its `# example:` ones."""
    import shlex

    from pledgegraph.query import list_queries

    chosen = json.loads(PARAMS_FILE.read_text()) if PARAMS_FILE.exists() else {}
    out = []
    for q in list_queries():
        words = shlex.split(q.example)
        params = dict(w.split("=", 1) for f, w in zip(words, words[1:]) if f == "--param" and "=" in w)
        out.append((q.name, chosen.get(q.name, params)))
    only = os.environ.get("PG_BENCH_QUERIES")
    return [(n, p) for n, p in out if n in only.split(",")] if only else out


PARAMS_FILE = Path(os.environ.get("PG_BENCH_PARAMS", "/nonexistent"))


def choose_params(base: Path) -> dict:
    """Parameters under which every named query has rows in the sample corpus.

    The `# example:` parameters name the seed articles (Japan, Canada, Cohere, fr-01.txt),
    which are not in the sample corpus: with them, half the queries would time an empty
    answer. Each parameter is tried with the corpus's companies, countries and articles, most
    mentioned first, and the first value that gives rows is kept; a query no value helps keeps
    its example."""
    from collections import Counter

    from rdflib import RDF, Dataset, Graph, URIRef
    from rdflib.namespace import RDFS

    from pledgegraph.namespaces import PG
    from pledgegraph.query import run_query

    dataset = Dataset()
    dataset.parse(base, format="nquads")
    graph = Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    mentions = Counter(o for _s, _p, o in graph if isinstance(o, URIRef))

    def labels(kind) -> list[str]:
        things = sorted(graph.subjects(predicate=None, object=kind), key=lambda t: (-mentions[t], str(t)))
        names = [str(graph.value(t, RDFS.label)) for t in things if graph.value(t, RDFS.label) is not None]
        return list(dict.fromkeys(names))

    candidates = {"company": labels(PG.Company), "country": labels(PG.Country),
                  "article": sorted({str(graph.value(a, PG.fileName) or "") for a in graph.subjects(RDF.type, PG.Article)} - {""})}
    chosen = {}
    for name, params in examples():
        params = dict(params)
        for key in [k for k in params if k in candidates]:
            for value in candidates[key][:40]:
                trial = {**params, key: value}
                try:
                    if run_query(graph, name, trial).rows:
                        params = trial
                        break
                except Exception:  # a value the query cannot bind
                    continue
        chosen[name] = params
    return chosen


# --------------------------------------------------------------------------- data


def base_quads(work: Path) -> list[str]:
    """The sample corpus as N-Quads lines (named graphs only), through the real pipeline."""
    from pledgegraph import store
    from pledgegraph.build import sample_corpus
    from pledgegraph.pipeline import ingest

    with store.open_store(work / "base-store") as source:
        ingest([sample_corpus()], source)
        store.export(source, work / "base.nq")
    shutil.rmtree(work / "base-store")
    return (work / "base.nq").read_text(encoding="utf-8").splitlines()


def generate(lines: list[str], target: int, out: Path) -> int:
    """Write copies of `lines` to `out` until the union reaches about `target` triples."""
    unique = {_strip_graph(l) for l in lines if _RENAMED.search(l)}
    copies = max(1, round(target / len(unique)))
    with open(out, "w", encoding="utf-8") as f:
        for k in range(copies):
            variant = k % ORG_VARIANTS
            for line in lines:
                line = _RENAMED.sub(lambda m: f"<{m.group(1)}-{k}>", line)
                if variant:
                    line = _ORG.sub(lambda m: f"<{m.group(1)}-v{variant}>", line)
                f.write(line + "\n")
    return copies


def _strip_graph(line: str) -> str:
    return line.rsplit(" ", 2)[0] if line.endswith(" .") else line


# --------------------------------------------------------------------------- engines


def _timed(fn, runs: int) -> tuple[float, int]:
    """(median milliseconds, rows) of `fn`; one run when the first takes over 5 s."""
    start = time.perf_counter()
    rows = len(fn())
    times = [time.perf_counter() - start]
    for _ in range(runs - 1 if times[0] < 5 else 0):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, rows


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def _emit(record: dict) -> None:
    print(json.dumps(record), flush=True)


def engine_pledgegraph(data: Path, work: Path, runs: int, skip: int) -> None:
    from pledgegraph import store
    from pledgegraph.query import run_query

    folder = work / "pg-store"
    if not skip:
        shutil.rmtree(folder, ignore_errors=True)
    with store.open_store(folder) as s:
        if not skip:
            start = time.perf_counter()
            quads = store.import_file(s, data)
            s.db.flush()
            load = time.perf_counter() - start
            store.export(s, work / "union.nt")
            _emit({"load": load, "disk": _size_mb(folder), "quads": quads, "triples": len(s)})
        for name, params in examples()[skip:]:
            run_query(s, name, params)  # rdflib parses each query's text once; not timed
            ms, rows = _timed(lambda: run_query(s, name, params).rows, runs)
            _emit({"query": name, "ms": ms, "rows": rows})


def engine_pyoxigraph(data: Path, work: Path, runs: int, skip: int) -> None:
    import pyoxigraph as ox

    from pledgegraph.query import PREFIXES, _bindings, _resolve, substitute

    folder = work / "ox-store"
    if not skip:
        shutil.rmtree(folder, ignore_errors=True)
        start = time.perf_counter()
        s = ox.Store(str(folder))
        s.bulk_load(path=str(work / "union.nt"), format=ox.RdfFormat.N_TRIPLES)
        s.flush()
        _emit({"load": time.perf_counter() - start, "disk": _size_mb(folder)})
    else:
        s = ox.Store(str(folder))
    for name, params in examples()[skip:]:
        nq = _resolve(name)
        text = substitute(nq.text, _bindings(nq, params))

        def run():
            result = s.query(text, prefixes=PREFIXES)
            if isinstance(result, ox.QuerySolutions):
                width = len(result.variables)
                return [tuple(row[i] for i in range(width)) for row in result]
            return list(result) if not isinstance(result, ox.QueryBoolean) else [bool(result)]

        ms, rows = _timed(run, runs)
        _emit({"query": name, "ms": ms, "rows": rows})


def engine_rdflib(data: Path, work: Path, runs: int, skip: int, limit: float) -> None:
    from rdflib import Graph

    from pledgegraph.query import run_query

    start = time.perf_counter()
    graph = Graph()
    graph.parse(work / "union.nt", format="nt")
    _emit({"load": time.perf_counter() - start, "triples": len(graph)})
    for name, params in examples()[skip:]:
        ms, rows = _forked(lambda: _timed(lambda: run_query(graph, name, params).rows, runs), limit)
        _emit({"query": name, "ms": ms, "rows": rows})


def _forked(fn, limit: float):
    """Run `fn` in a forked child (the parsed graph is shared copy-on-write), killed at `limit`
    seconds: rdflib cannot be interrupted otherwise."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            os.write(write, json.dumps(fn()).encode())
        finally:
            os._exit(0)
    os.close(write)
    ready, _, _ = select.select([read], [], [], limit)
    if not ready:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read)
        return None, None
    data = b""
    while chunk := os.read(read, 65536):
        data += chunk
    os.close(read)
    os.waitpid(pid, 0)
    return tuple(json.loads(data))


def _peak_rss_mb() -> float:
    """This process's peak resident memory. (ru_maxrss would not do: Linux carries it over
    from the parent through fork and exec, and the parent ran spaCy.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_engine(name: str, data: Path, work: Path, runs: int, limit: float) -> dict:
    """One engine in child processes. A query past `limit` seconds has its child killed
    ("> limit"); a new child, reopening the store, goes on with the next query."""
    names = [n for n, _ in examples()]
    figures: dict = {"queries": {}, "rss_mb": 0.0}
    skip = 0
    while True:
        child = subprocess.Popen([sys.executable, __file__, "--engine", name, "--data", str(data), "--work",
                                  str(work), "--runs", str(runs), "--skip", str(skip), "--rdflib-limit", str(limit)],
                                 stdout=subprocess.PIPE, text=True)
        loading = skip == 0 or name == "rdflib"
        while True:
            ready, _, _ = select.select([child.stdout], [], [], 7200 if loading or name == "rdflib" else limit)
            line = child.stdout.readline() if ready else None
            if line is None:  # past the limit
                child.kill()
                child.wait()
                figures["queries"][names[skip]] = {"ms": None, "rows": None}
                print(f"  {name}: {names[skip]} past {limit:g} s, stopped", file=sys.stderr, flush=True)
                skip += 1
                break
            if not line:
                if child.wait() != 0:
                    raise SystemExit(f"{name} failed")
                return figures
            record = json.loads(line)
            if "query" in record:
                figures["queries"][record["query"]] = record
                ms = "past the limit" if record["ms"] is None else f"{record['ms']:.1f} ms"
                print(f"  {name}: {record['query']} {ms}", file=sys.stderr, flush=True)
                skip += 1
            elif "rss_mb" in record:
                figures["rss_mb"] = max(figures["rss_mb"], record["rss_mb"])
            else:
                figures.update(record)
                loading = False


def child(args) -> None:
    if args.engine == "rdflib":
        engine_rdflib(Path(args.data), Path(args.work), args.runs, args.skip, args.rdflib_limit)
    else:
        engine = {"pledgegraph": engine_pledgegraph, "pyoxigraph": engine_pyoxigraph}[args.engine]
        engine(Path(args.data), Path(args.work), args.runs, args.skip)
    _emit({"rss_mb": _peak_rss_mb()})


# --------------------------------------------------------------------------- report


def report(size: int, copies: int, pg: dict, ox: dict, rd: dict | None, limit: float, rd_limit: float) -> list[str]:
    lines = [f"\n== {pg['triples']:,} triples in the union ({size:,} asked; {copies} copies of the sample "
             f"corpus, {pg['quads']:,} quads in the article graphs) =="]
    cols = "{:<28}{:>14}{:>14}{:>14}"
    lines.append(cols.format("", "pledgegraph", "pyoxigraph", "rdflib"))
    lines.append(cols.format("load (s)", f"{pg['load']:.2f}", f"{ox['load']:.2f}", f"{rd['load']:.1f}" if rd else "not run"))
    lines.append(cols.format("on disk (MB)", f"{pg['disk']:.0f}", f"{ox['disk']:.0f}", "-"))
    lines.append(cols.format("peak memory (MB)", f"{pg['rss_mb']:.0f}", f"{ox['rss_mb']:.0f}",
                             f"{rd['rss_mb']:.0f}" if rd else "not run"))
    lines.append("median query time (ms; '>' past the limit), rows, and ratios:")
    row = "{:<28}{:>12}{:>12}{:>12}{:>8}{:>8}{:>10}"
    lines.append(row.format("query", "pledgegraph", "pyoxigraph", "rdflib", "rows", "pg/ox", "rdflib/pg"))
    worst_ox, worst_rd = 0.0, math.inf
    for name in pg["queries"]:
        p, o = pg["queries"][name]["ms"], ox["queries"][name]["ms"]
        r = rd["queries"][name]["ms"] if rd else None
        show = lambda v, cap: f"> {cap:g} s" if v is None else f"{v:.1f}"
        ratio = "-"
        if p is not None and o is not None:
            worst_ox = max(worst_ox, p / o)
            ratio = f"{p / o:.2f}"
        speedup = "-"
        if rd is not None and p is not None:
            factor = (rd_limit * 1000 if r is None else r) / p
            worst_rd = min(worst_rd, factor)
            speedup = f"{'> ' if r is None else ''}{factor:.0f}"
        rows = pg["queries"][name]["rows"]
        lines.append(row.format(name, show(p, limit), show(o, limit), "not run" if rd is None else show(r, rd_limit),
                                "-" if rows is None else rows, ratio, speedup))
    lines.append(f"worst pledgegraph/pyoxigraph ratio: {worst_ox:.2f} (goal: at most 1.5)")
    if rd is not None:
        lines.append(f"smallest speed-up over rdflib: {worst_rd:.1f}x (goal: at least 20x; a query past "
                     "rdflib's limit counts as the limit)")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rdflib-limit", type=float, default=60.0)
    parser.add_argument("--limit", type=float, default=300.0, help="Per query, for the two Oxigraph engines.")
    parser.add_argument("--rdflib-max", type=int, default=1_000_000)
    parser.add_argument("--queries", help="Only these named queries (comma-separated), e.g. to give rdflib "
                                          "a longer --rdflib-limit on the slow ones.")
    parser.add_argument("--keep", type=Path, default=None, help="Keep the data and stores here.")
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--skip", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.queries:
        unknown = set(args.queries.split(",")) - {n for n, _ in examples()}
        if unknown:
            parser.error(f"no named query {', '.join(sorted(unknown))}")
        os.environ["PG_BENCH_QUERIES"] = args.queries  # the engines' child processes read it too
    if args.engine:
        child(args)
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="pg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    global PARAMS_FILE
    PARAMS_FILE = work / "params.json"
    os.environ["PG_BENCH_PARAMS"] = str(PARAMS_FILE)  # the engines' child processes read it too
    try:
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; data in {work}")
        lines = base_quads(work)
        print(f"sample corpus: {len(lines)} quads in its article graphs")
        params = choose_params(work / "base.nq")
        PARAMS_FILE.write_text(json.dumps(params))
        print("parameters: " + "; ".join(f"{n} {' '.join(f'{k}={v}' for k, v in p.items())}"
                                         for n, p in params.items() if p))
        goals = []
        for size in (int(s) for s in args.sizes.split(",")):
            data = work / f"data-{size}.nq"
            copies = generate(lines, size, data)
            pg = run_engine("pledgegraph", data, work, args.runs, args.limit)
            ox = run_engine("pyoxigraph", data, work, args.runs, args.limit)
            rd = None
            if size <= args.rdflib_max:
                rd = run_engine("rdflib", data, work, args.runs if size <= 100_000 else 1, args.rdflib_limit)
            print("\n".join(report(size, copies, pg, ox, rd, args.limit, args.rdflib_limit)), flush=True)
            if size >= 1_000_000:
                goals.append(f"1M: load {pg['load']:.2f} s (goal < 6 s), peak memory {pg['rss_mb']:.0f} MB "
                             f"(goal < 1024 MB)")
            for name in ("pg-store", "ox-store"):
                shutil.rmtree(work / name, ignore_errors=True)
        print("\n".join(goals))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
