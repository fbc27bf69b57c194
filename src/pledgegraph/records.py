"""The records that flow through the pipeline, one dataclass per stage boundary.

read -> Source -> clean -> Document -> language -> Document(lang) -> nlp -> Analysis
-> extract -> list[Fact] -> resolve -> list[ResolvedFact] -> emit -> triples
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Source:
    """One article as a loader read it: decoded, not yet cleaned."""

    origin: str  # the path as given (plus "#N" for line N of a JSON Lines file)
    name: str  # file name, the article's name in reports and gold files ("a.txt", "w.jsonl#2")
    content: str
    fmt: str  # "text" | "markdown" | "html"
    title: str | None = None
    url: str | None = None
    date: str | None = None  # ISO date when the source states one
    lang: str | None = None  # a language the source declares (JSONL "lang")
    publisher: str | None = None


@dataclass(frozen=True)
class Document:
    """Cleaned plain text of one article, with what is known about it."""

    source: Source
    text: str  # normalised text; every offset in later records points into it
    title: str | None
    url: str | None
    date: str | None
    publisher: str | None
    lang: str | None = None

    @property
    def name(self) -> str:
        return self.source.name


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A name found in the text and what it refers to, before IRIs exist."""

    start: int
    end: int
    text: str
    kind: str  # "org" | "country" | "gov" | "city" | "person"
    key: str  # gazetteer id, ISO code, "XX/slug" for a city, slug for the rest
    adjective: bool = False  # "japonais", "Canadian": a country named by its adjective


@dataclass(frozen=True)
class Money:
    value: Decimal
    currency: str  # ISO 4217
    start: int
    end: int
    text: str
    qualifier: str | None = None  # "more-than" | "about" | "up-to" | "at-least"


@dataclass(frozen=True)
class Analysis:
    """A document split into sentences, with every mention and amount found in it."""

    doc: Document
    sentences: tuple[Span, ...]
    mentions: tuple[Mention, ...]
    money: tuple[Money, ...]


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str
    confidence: float


@dataclass
class Fact:
    """One commitment an extractor read in one article. Roles hold Mention keys."""

    kind: str  # "investment" | "partnership" | "center" | "lab" | "training"
    evidence: list[Evidence]
    investor: str | None = None  # org key
    country: str | None = None  # ISO alpha-2
    investee: str | None = None  # org key
    amounts: list[Money] = field(default_factory=list)
    partners: list[tuple[str, str]] = field(default_factory=list)  # (kind, key): org or gov
    operator: str | None = None
    city: str | None = None  # city key "JP/tokyo"
    provider: str | None = None
    participants: int | None = None
    period: str | None = None
    period_end: int | None = None  # the year the period ends, when it names one
    purpose: str | None = None  # what the money is for, as the article words it
    name: str | None = None


@dataclass(frozen=True)
class EntityInfo:
    """What an article says about an entity beyond its name: roles, parents."""

    kind: str
    key: str
    label: str
    role: str | None = None  # for a person
    affiliation: str | None = None  # org key, for a person
    parent: str | None = None  # org key, for a subsidiary


@dataclass
class Extraction:
    analysis: Analysis
    facts: list[Fact]
    entities: list[EntityInfo]
    extractor: str
    version: str
