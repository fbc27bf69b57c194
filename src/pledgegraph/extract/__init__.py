"""Stage 5, extract: facts from an analysed document, by a registered, versioned extractor.

An extractor has a `name`, a `version`, `wants_ner(sentence, lang) -> bool` (which sentences
the NLP stage should run NER on) and `extract(analysis) -> Extraction`. Whatever it returns
is checked by `validate.checked` before it can become triples, so an extractor backed by a
language model is held to the same rules as the default one.
"""

from __future__ import annotations

from typing import Protocol

from pledgegraph.errors import UnknownExtractor
from pledgegraph.records import Analysis, Extraction


class Extractor(Protocol):
    name: str
    version: str

    def wants_ner(self, sentence: str, lang: str) -> bool: ...

    def extract(self, analysis: Analysis) -> Extraction: ...


def _rules() -> Extractor:
    from pledgegraph.extract.rules import RulesExtractor

    return RulesExtractor()


REGISTRY = {"rules": _rules}
DEFAULT = "rules"


def get_extractor(name: str = DEFAULT) -> Extractor:
    try:
        return REGISTRY[name]()
    except KeyError:
        raise UnknownExtractor(name, list(REGISTRY)) from None
