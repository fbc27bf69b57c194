"""Stage 3, language: which language an article is in; only French and English go on."""

from __future__ import annotations

from dataclasses import replace

import pycountry

from pledgegraph.errors import ArticleError
from pledgegraph.records import Document

SUPPORTED = ("en", "fr")


def detect_language(doc: Document) -> Document:
    """The document with `lang` set; raises `ArticleError` for an unsupported language.

    A language the source declares (JSON Lines `lang`) is trusted when it is supported.
    """
    declared = (doc.lang or "").lower()[:2]
    if declared in SUPPORTED:
        return replace(doc, lang=declared)
    found = identify(doc.text)
    if found not in SUPPORTED:
        language = pycountry.languages.get(alpha_2=found)
        named = f"{language.name} ({found})" if language else found
        raise ArticleError(doc.source.origin,
                           f"skipped: the article is in {named}; PledgeGraph reads French and English")
    return replace(doc, lang=found)


def identify(text: str) -> str:
    import py3langid

    code, _score = py3langid.classify(text[:4000])
    return code
