"""`pledgegraph build`: the sample corpus in, the graph and its views out, in `graphs/`."""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import Graph

from pledgegraph.namespaces import PG, RDF, RDFS
from pledgegraph.pipeline import Config, IngestReport, count_facts, ingest
from pledgegraph.store import new_dataset, union, write_graph

GRAPH_FILE = "pledgegraph.ttl"
ONTOLOGY_DOC = "ontology.html"
OVERVIEW = "overview.html"
COMPANY_VIEWS = "companies"     # one page per company; not committed (about 0.75 MB each)


def sample_corpus() -> Path:
    return Path(str(resources.files("pledgegraph.data").joinpath("corpus")))


@dataclass
class BuildReport:
    ingest: IngestReport
    facts: Counter
    conforms: bool | None
    violations: str
    written: list[Path] = field(default_factory=list)
    top: list[tuple[str, str, str]] = field(default_factory=list)
    company_views: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"articles read: {self.ingest.read}, ingested: {len(self.ingest.ingested)}, "
                 f"skipped: {len(self.ingest.skipped)}"]
        lines += [f"  skipped {line}" for line in self.ingest.skipped]
        lines.append("facts: " + ", ".join(f"{kind} {self.facts[kind]}" for kind in
                                           ("investment", "partnership", "center", "lab", "training")))
        if self.top:
            lines.append("largest commitments (US dollars, stated or converted):")
            lines += [f"  {usd:>18}  {investor} -> {target}" for investor, target, usd in self.top]
        lines.append("SHACL: " + ("conforms" if self.conforms else f"VIOLATIONS\n{self.violations}")
                     if self.conforms is not None else "SHACL: not run")
        lines += [f"wrote {path}" for path in self.written]
        if self.company_views:
            lines.append(f"wrote {len(self.company_views)} company views in "
                         f"{self.company_views[0].parent}{os.sep}")
        return "\n".join(lines)


def build_graph(paths: list[Path], config: Config | None = None) -> tuple[Graph, IngestReport]:
    dataset = new_dataset()
    report = ingest(paths, dataset, config)
    graph = union(dataset)
    from pledgegraph.convert import add_conversions

    add_conversions(graph)
    return graph, report


def build(out_dir: Path = Path("graphs"), corpus: Path | None = None,
          config: Config | None = None) -> BuildReport:
    graph, report = build_graph([corpus or sample_corpus()], config)
    from pledgegraph.check.shacl import validate_graph

    shacl = validate_graph(graph)
    out_dir = Path(out_dir)
    written = [write_graph(graph, out_dir / GRAPH_FILE)]
    from pledgegraph.docs import write_ontology_docs

    written.append(write_ontology_docs(out_dir / ONTOLOGY_DOC))
    from pledgegraph.views.html import write_view
    from pledgegraph.views.network import to_networkx

    network = to_networkx(graph)
    written.append(write_view(network, out_dir / OVERVIEW).path)
    company_views = write_company_views(network, out_dir / COMPANY_VIEWS)
    return BuildReport(report, count_facts(graph), shacl.conforms, shacl.text, written,
                       top_commitments(graph), company_views)


def company_slugs(network) -> dict[str, str]:
    """Company IRI -> file name stem (its IRI's last segment), unique, in IRI order."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for node, attrs in sorted(network.nodes(data=True)):
        if attrs.get("type") != "Company":
            continue
        base = re.sub(r"[^a-z0-9]+", "-", node.rstrip("/").rsplit("/", 1)[-1].lower()).strip("-") or "company"
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        slugs[node] = slug
    return slugs


def write_company_views(network, folder: Path) -> list[Path]:
    """One company view (two hops around it) per company, in `folder`; pages of companies
    no longer in the graph are removed so the folder always matches the graph."""
    from pledgegraph.views.html import write_view

    written = [write_view(network, folder / f"{slug}.html", kind="company", focus=node).path
               for node, slug in company_slugs(network).items()]
    keep = set(written)
    for old in folder.glob("*.html") if folder.is_dir() else ():
        if old not in keep:
            old.unlink()
    return written


def top_commitments(graph: Graph, limit: int = 5) -> list[tuple[str, str, str]]:
    rows = []
    for fact in set(graph.subjects(RDF.type, PG.Investment)):
        usd = [graph.value(a, PG.value) for a in graph.objects(fact, PG.amount)
               if str(graph.value(a, PG.currency)) == "USD"]
        usd += [graph.value(a, PG.value) for a in graph.objects(fact, PG.convertedAmount)]
        if not usd:
            continue
        investor = graph.value(graph.value(fact, PG.investor), RDFS.label)
        target = graph.value(fact, PG.targetCountry) or graph.value(fact, PG.investee)
        target_label = next((str(o) for o in sorted(graph.objects(target, RDFS.label))
                             if getattr(o, "language", None) in (None, "en")), str(target))
        rows.append((float(max(usd, key=float)), str(investor), target_label))
    rows.sort(key=lambda r: (-r[0], r[1], r[2]))
    return [(investor, target, f"{value:,.0f}") for value, investor, target in rows[:limit]]
