"""Ingestion speed and memory on a generated corpus (a script, not a test).

    .venv/bin/python benchmarks/ingest.py [--articles 2000] [--workers 1,2] [--keep DIR]

The corpus is made from the sample corpus shipped in the package: article i is sample
article i mod 22 with its countries and companies rotated through other countries and
companies (so the articles differ, their text hashes differ, and the extractor meets the
same mix of commitments, distractors and sentences without one as in real news). Each run
ingests the whole corpus from files into an empty store on disk, as `pledgegraph ingest`
does, through every stage: read, clean, language, NLP, extraction, resolution, triples,
store (with the US-dollar conversions kept up to date in it). It reports articles per second
(wall clock, model loading included) and peak memory: the largest resident set of this
process plus, with workers, that of the largest worker times the number of workers (an
upper bound, since each worker's peak is counted as if all peaked at once).

Goal (issue 3): at least 30 articles/s end to end on two cores, under 2 GB.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pledgegraph.build import sample_corpus  # noqa: E402
from pledgegraph.clean import clean  # noqa: E402
from pledgegraph.language import detect_language  # noqa: E402
from pledgegraph.read import discover, read_file  # noqa: E402

COUNTRIES = {
    "en": ["Japan", "India", "Brazil", "Spain", "Italy", "Malaysia", "Indonesia", "Canada", "France",
           "Germany", "Mexico", "Poland", "Kenya", "Vietnam", "Chile", "Egypt"],
    "fr": ["Japon", "Inde", "Brésil", "Espagne", "Italie", "Malaisie", "Indonésie", "Canada",
           "France", "Allemagne", "Mexique", "Pologne", "Kenya", "Vietnam", "Chili", "Égypte"],
}
COMPANIES = ["Microsoft", "Google", "Amazon Web Services", "Nvidia", "Oracle", "IBM", "Meta",
             "Salesforce", "SAP", "Samsung", "Alibaba", "Tencent", "Cisco", "Intel"]


def _rotate(text: str, names: list[str], shift: int) -> str:
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")
    return pattern.sub(lambda m: names[(names.index(m.group(1)) + shift) % len(names)], text)


def make_corpus(folder: Path, count: int) -> int:
    """Write `count` articles into `folder`; return their total number of words."""
    bases = []
    for path in discover([sample_corpus()]):
        sources, _ = read_file(path)
        for source in sources:
            doc = detect_language(clean(source))
            bases.append((doc.text, doc.lang))
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(count):
        text, lang = bases[i % len(bases)]
        shift = 1 + i // len(bases)
        text = _rotate(_rotate(text, COUNTRIES[lang], shift), COMPANIES, shift)
        words += len(text.split())
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
    return words


RUN = """
import json, resource, sys, tempfile, time
from pledgegraph.pipeline import Config, ingest
from pledgegraph.store import open_store
started = time.perf_counter()
with tempfile.TemporaryDirectory(prefix="pledgegraph-bench-store-") as folder:
    with open_store(folder) as store:
        report = ingest([sys.argv[1]], store, Config(workers=int(sys.argv[2])))
    seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "read": report.read, "ingested": len(report.ingested),
                  "facts": sum(report.facts.values()),
                  "self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "child_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def run(folder: Path, workers: int) -> dict:
    """One ingest in a fresh interpreter, so model loading and memory are measured honestly."""
    out = subprocess.run([sys.executable, "-c", RUN, str(folder), str(workers)], check=True,
                         capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts to try")
    parser.add_argument("--keep", type=Path, default=None, help="keep the generated corpus here")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="pledgegraph-bench-"))
    try:
        words = make_corpus(folder, args.articles)
        print(f"corpus: {args.articles} articles, {words / args.articles:.0f} words each on average")
        print(f"{'workers':>7} {'seconds':>8} {'articles/s':>10} {'facts':>6} {'peak MB':>8}")
        for workers in (int(w) for w in args.workers.split(",")):
            r = run(folder, workers)
            peak_kb = r["self_kb"] + (r["child_kb"] * workers if workers > 1 else 0)
            print(f"{workers:>7} {r['seconds']:>8.1f} {r['ingested'] / r['seconds']:>10.1f} "
                  f"{r['facts']:>6} {peak_kb / 1024:>8.0f}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
