"""The whole path of an article, from file to triples, and of a corpus into the store.

read -> clean -> language -> nlp -> extract -> (validate) -> resolve -> emit -> store
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from pledgegraph.clean import clean
from pledgegraph.emit import emit
from pledgegraph.errors import ArticleError
from pledgegraph.extract import Extractor, get_extractor
from pledgegraph.extract.validate import checked
from pledgegraph.language import detect_language
from pledgegraph.namespaces import PG, RDF
from pledgegraph.nlp import NLP
from pledgegraph.parallel import Outcome, extract_many
from pledgegraph.read import discover, read_file
from pledgegraph.records import Extraction, Source
from pledgegraph.resolve import FactIndex, index_of, resolve
from pledgegraph.store import replace_article


@dataclass
class Config:
    extractor: str = "rules"
    use_ner: bool = True
    progress: bool = False
    workers: int = 1  # processes for read-to-extract; 1 runs everything in this process


@dataclass
class IngestReport:
    read: int = 0
    ingested: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line each: "path: reason"
    warnings: list[str] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)


def process(source: Source, nlp: NLP, extractor: Extractor) -> tuple[Extraction, list[str]]:
    """One article through clean, language, NLP and extraction. Raises `ArticleError`."""
    doc = detect_language(clean(source))
    analysis = nlp.analyze(doc, extractor.wants_ner)
    return checked(extractor.extract(analysis))


def ingest(paths: Iterable[str | Path], dataset: Dataset, config: Config | None = None,
           nlp: NLP | None = None, on_error: Callable[[str], None] | None = None) -> IngestReport:
    """Read every article under `paths` into `dataset`, one named graph per article."""
    config = config or Config()
    extractor = get_extractor(config.extractor)
    report = IngestReport()
    index = index_of(dataset)
    files = discover(list(paths))

    def problem(line: str) -> None:
        report.skipped.append(line)
        if on_error:
            on_error(line)

    def sources():
        for path in _progress(files, config.progress):
            try:
                read, problems = read_file(path)
            except ArticleError as exc:
                problem(str(exc))
                continue
            for exc in problems:
                problem(str(exc))
            yield from read

    for source, outcome in _extract(sources(), config, nlp, extractor):
        report.read += 1
        if isinstance(outcome, ArticleError):
            problem(str(outcome))
            continue
        extraction, dropped = outcome
        report.warnings.extend(dropped)
        add_extraction(dataset, extraction, index)
        report.ingested.append(source.origin)
        for fact in extraction.facts:
            report.facts[fact.kind] += 1
    return report


def _extract(sources: Iterable[Source], config: Config, nlp: NLP | None,
             extractor: Extractor) -> Iterator[tuple[Source, Outcome]]:
    if config.workers > 1:
        yield from extract_many(sources, config.workers, config.extractor, config.use_ner)
        return
    nlp = nlp or NLP(use_ner=config.use_ner)
    for source in sources:
        try:
            yield source, process(source, nlp, extractor)
        except ArticleError as exc:
            yield source, exc


def add_extraction(dataset: Dataset, extraction: Extraction, index: FactIndex) -> URIRef:
    graph = Graph()
    article = emit(extraction, resolve(extraction, index), graph)
    replace_article(dataset, article, graph)
    return article


def _progress(items: list, enabled: bool):
    if not enabled or len(items) < 20:
        return items
    from tqdm import tqdm

    return tqdm(items, unit="file", desc="ingest")


def count_facts(graph: Graph) -> Counter:
    kinds = {PG.Investment: "investment", PG.Partnership: "partnership",
             PG.ThreatIntelligenceCenter: "center", PG.ResearchLab: "lab",
             PG.TrainingProgram: "training"}
    return Counter({name: len(set(graph.subjects(RDF.type, cls))) for cls, name in kinds.items()})
