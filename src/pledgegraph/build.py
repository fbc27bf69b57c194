"""`pledgegraph build`: the sample corpus in, the graph and its views out, in `graphs/`."""

from __future__ import annotations

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

    written.append(write_view(graph, out_dir / OVERVIEW).path)
    return BuildReport(report, count_facts(graph), shacl.conforms, shacl.text, written, top_commitments(graph))


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
