"""Stage 3, language: which language an article is in; only French and English go on."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import pycountry

from pledgegraph.errors import ArticleError
from pledgegraph.records import Document

SUPPORTED = ("en", "fr")
SHORT = 300  # characters


def detect_language(doc: Document) -> Document:
    """The document with `lang` set; raises `ArticleError` for an unsupported language.

    A language the source declares (JSON Lines `lang`) is trusted when it is supported.
    """
    declared = (doc.lang or "").lower()[:2]
    if declared in SUPPORTED:
        return replace(doc, lang=declared)
    found = identify(doc.text)
    if found not in SUPPORTED and len(doc.text) < SHORT:
        found = identify(doc.text, SUPPORTED)  # too short to tell a third language reliably
    if found not in SUPPORTED:
        language = pycountry.languages.get(alpha_2=found)
        named = f"{language.name} ({found})" if language else found
        raise ArticleError(doc.source.origin,
                           f"skipped: the article is in {named}; PledgeGraph reads French and English")
    return replace(doc, lang=found)


def identify(text: str, among: tuple[str, ...] | None = None) -> str:
    identifier = _identifier(among)
    code, _score = identifier.classify(text[:4000])
    return code


@lru_cache(maxsize=4)
def _identifier(among: tuple[str, ...] | None):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    if among:
        identifier.set_languages(list(among))
    return identifier
