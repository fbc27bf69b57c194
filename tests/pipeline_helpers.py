"""Shared helpers for tests that run articles through the real pipeline."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pledgegraph.extract import get_extractor
from pledgegraph.nlp import NLP
from pledgegraph.pipeline import process
from pledgegraph.records import Source

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@lru_cache(maxsize=1)
def nlp() -> NLP:
    return NLP()


def facts_of(text: str, lang: str | None = None, name: str = "t.txt"):
    """The facts the default extractor finds in `text`."""
    source = Source(origin=name, name=name, content=text, fmt="text", lang=lang)
    extraction, _dropped = process(source, nlp(), get_extractor())
    return extraction.facts
