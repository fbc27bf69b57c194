"""Extraction of many articles in worker processes, results in input order.

Everything from reading to extraction depends on one article only, so it can run anywhere;
resolving and storing need the whole graph and stay in the calling process. Results come
back in the order the sources went in, which keeps the graph byte-identical whatever the
number of workers.

The same per-article function, `pipeline.process`, is what a cluster engine would map over
partitions (see the README): each worker loads the models once (`_start`), the driver
resolves and writes.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from pledgegraph.errors import ArticleError
from pledgegraph.extract import Extractor, get_extractor
from pledgegraph.nlp import NLP
from pledgegraph.records import Extraction, Source

Outcome = tuple[Extraction, list[str]] | ArticleError

# Articles handed to the pool at a time: bounds the memory held by pending results.
BATCH = 64

_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_worker: tuple[NLP, Extractor] | None = None  # one per worker process, set by `_start`


def _start(extractor: str, use_ner: bool) -> None:
    global _worker
    _worker = (NLP(use_ner=use_ner), get_extractor(extractor))


def _run(source: Source) -> Outcome:
    from pledgegraph.pipeline import process

    assert _worker is not None, "worker used before _start"
    try:
        return process(source, *_worker)
    except ArticleError as exc:
        return exc


def extract_many(sources: Iterable[Source], workers: int, extractor: str = "rules",
                 use_ner: bool = True) -> Iterator[tuple[Source, Outcome]]:
    """Each source with its extraction (and dropped-fact warnings) or its `ArticleError`."""
    # fork would copy a parent that may hold loaded models and threads; spawn starts clean.
    context = multiprocessing.get_context("spawn")
    # One BLAS thread per worker: with N workers on N cores, each numpy starting its own
    # pool of N threads oversubscribes the machine and two workers run no faster than one.
    saved = {name: os.environ.get(name) for name in _THREAD_VARIABLES}
    os.environ.update({name: "1" for name in _THREAD_VARIABLES})
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start,
                                   initargs=(extractor, use_ner))
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    with pool:
        pending = iter(sources)
        while batch := list(islice(pending, BATCH * workers)):
            yield from zip(batch, pool.map(_run, batch, chunksize=4))
