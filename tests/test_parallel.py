"""pledgegraph.parallel: extraction in worker processes gives the graph one process gives."""

from pathlib import Path

from pledgegraph.pipeline import Config, ingest
from pledgegraph.store import new_dataset, union, write_graph
from tests.pipeline_helpers import nlp
from tests.test_pipeline import _corpus


def test_two_workers_give_the_same_bytes_and_report_as_one_process(tmp_path: Path):
    corpus = _corpus(tmp_path / "c")
    (corpus / "more.jsonl").write_text(
        '{"text": "Google will invest $1 billion in Thailand to build a data centre, it said."}\n'
        '{"text": \n'
        '{"text": "Amazon Web Services s\'engage à investir 12 milliards de dollars en Inde."}\n',
        encoding="utf-8")
    runs = []
    for workers in (1, 2):
        dataset = new_dataset()
        seen: list[str] = []
        report = ingest([corpus], dataset, Config(workers=workers), nlp=nlp() if workers == 1 else None,
                        on_error=seen.append)
        out = write_graph(union(dataset), tmp_path / f"w{workers}.ttl").read_bytes()
        runs.append((out, report.read, report.ingested, sorted(report.skipped), report.facts, sorted(seen)))
    assert runs[0] == runs[1]
    out, read, ingested, skipped, facts, _seen = runs[1]
    assert read == 5 and len(ingested) == 4
    assert len(skipped) == 3  # broken.html, empty.txt, the bad JSON line
    assert facts["investment"] == 4  # per article: a.txt and b.md both state the Japan one
