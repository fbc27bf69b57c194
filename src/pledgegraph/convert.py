"""Money across currencies: US-dollar equivalents of stated amounts.

Articles state amounts in many currencies ("440 milliards de yens", "C$500 million"). To
compare and add them up, every `pg:Investment` that states no US-dollar amount gets one
computed `pg:convertedAmount` in USD, at the annual average rate of the year it was announced
(`data/rates.csv`). The converted amount is never a `pg:amount`: `pg:amount` is only ever what
an article states. Where an article states a USD amount, nothing is added: queries use the
stated one.

The year of the rate is, in order: the year of the investment's `pg:announcedOn`; else the
year of the `pg:publishedOn` of its earliest source article; else the latest year of the
table. A year outside the table, or one the table has no rate of that currency for, takes the
nearest year it has (an earlier one first). `pg:rateSource` says which
happened.

    pg:convertedAmount pgid:amount/<16 hex of sha256(fact IRI + "converted" + "USD")>
    a pg:MonetaryAmount ; pg:value "2908769600"^^xsd:decimal ; pg:currency "USD" ;
    pg:isConverted true ; pg:conversionRate "0.00661084"^^xsd:decimal ;   # USD per unit
    pg:rateYear "2024"^^xsd:gYear ; pg:rateSource "…" .

The converted value is the first stated amount times the rate, rounded to whole dollars
(half to even). "First" is the amount whose `pg:statedAs` text comes first in the fact's
evidence sentences (ties and amounts without it: by currency, value, then IRI), among the
amounts whose currency the table knows.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from pathlib import Path
from typing import Mapping

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .errors import RateError
from .namespaces import ID, PG, PROV, RDF, XSD

__all__ = ["RateTable", "usd_value", "add_conversions", "default_rates", "DEFAULT_RATES_PATH", "TARGET_CURRENCY"]

DEFAULT_RATES_PATH = Path(__file__).resolve().parent / "data" / "rates.csv"
TARGET_CURRENCY = "USD"
_HEADER = ["year", "currency", "usd_per_unit"]
_SOURCE_COLUMN = "source"
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_YEAR = re.compile(r"^(\d{4})")


@dataclass(frozen=True)
class RateTable:
    """Annual average rates: US dollars per one unit of a currency, by (year, currency)."""

    rates: Mapping[tuple[int, str], Decimal]
    source: str = "annual average exchange rates (pledgegraph data/rates.csv)"
    path: str | None = None
    # Per-row provenance: (year, currency) -> source key, and key -> what that source is.
    row_sources: Mapping[tuple[int, str], str] = field(default_factory=dict)
    sources: Mapping[str, str] = field(default_factory=dict)
    years: tuple[int, ...] = field(init=False)
    currencies: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "years", tuple(sorted({y for y, _ in self.rates})))
        object.__setattr__(self, "currencies", tuple(sorted({c for _, c in self.rates})))

    @classmethod
    def load(cls, path: str | Path | None = None) -> "RateTable":
        """Read a rates file (default: the bundled `data/rates.csv`).

        Lines starting with `#` are comments; one of them may be `# rate-source: TEXT`, the
        text written as `pg:rateSource`. Then a header `year,currency,usd_per_unit` and one row
        per (year, currency). An optional fourth column `source` names each row's source by a
        key that a comment `# source KEY: TEXT` describes; the row's text then replaces the
        general one in `pg:rateSource`.
        """
        p = Path(path) if path is not None else DEFAULT_RATES_PATH
        try:
            text = p.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise RateError(f"{p}: no such rates file; check the path") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise RateError(f"{p}: cannot read the rates file ({exc})") from None
        source = None
        sources: dict[str, str] = {}
        data_lines: list[tuple[int, str]] = []
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if not stripped:
                continue
            if stripped.startswith("#"):
                m = re.match(r"#\s*rate-source:\s*(.+)$", stripped)
                if m:
                    source = m.group(1).strip()
                m = re.match(r"#\s*source\s+([\w-]+):\s*(.+)$", stripped)
                if m:
                    sources[m.group(1)] = m.group(2).strip()
                continue
            data_lines.append((number, line))
        if not data_lines:
            raise RateError(f"{p}: no header and no rates; expected a header {','.join(_HEADER)}")
        header_no, header = data_lines[0]
        columns = [h.strip() for h in next(csv.reader([header]))]
        if columns not in (_HEADER, _HEADER + [_SOURCE_COLUMN]):
            raise RateError(
                f"{p}: line {header_no}: header must be {','.join(_HEADER)} "
                f"(optionally ,{_SOURCE_COLUMN}), not {header.strip()!r}"
            )
        rates: dict[tuple[int, str], Decimal] = {}
        row_sources: dict[tuple[int, str], str] = {}
        for number, line in data_lines[1:]:
            cells = [c.strip() for c in next(csv.reader([line]))]
            if len(cells) != len(columns):
                raise RateError(f"{p}: line {number}: expected {len(columns)} columns {','.join(columns)}")
            year_s, currency, rate_s = cells[:3]
            if len(cells) == 4:
                if cells[3] not in sources:
                    raise RateError(
                        f"{p}: line {number}: source {cells[3]!r} is not described; add a comment "
                        f"'# source {cells[3]}: TEXT'"
                    )
                row_sources[(int(year_s) if year_s.isdigit() else 0, currency)] = cells[3]
            if not re.fullmatch(r"\d{4}", year_s):
                raise RateError(f"{p}: line {number}: year {year_s!r} is not a four-digit year")
            if not _CURRENCY.match(currency):
                raise RateError(
                    f"{p}: line {number}: currency {currency!r} is not an upper-case ISO 4217 code"
                )
            try:
                rate = Decimal(rate_s)
            except InvalidOperation:
                rate = Decimal(-1)
            if not rate.is_finite() or rate <= 0:
                raise RateError(f"{p}: line {number}: rate {rate_s!r} is not a positive number")
            key = (int(year_s), currency)
            if key in rates:
                raise RateError(f"{p}: line {number}: a second rate for {currency} in {year_s}")
            rates[key] = rate
        if not rates:
            raise RateError(f"{p}: no rates below the header")
        return cls(
            rates=rates,
            source=source or f"annual average exchange rates ({p.name})",
            path=str(p),
            row_sources=row_sources,
            sources=sources,
        )

    @property
    def latest_year(self) -> int:
        return self.years[-1]

    @property
    def first_year(self) -> int:
        return self.years[0]

    def has(self, currency: str, year: int) -> bool:
        return (int(year), currency.upper()) in self.rates

    def source_of(self, currency: str, year: int) -> str:
        """What the rate of `currency` in `year` comes from: the row's source, else the table's."""
        key = self.row_sources.get((int(year), currency.upper()))
        return self.sources.get(key, self.source) if key else self.source

    def nearest_year(self, currency: str, year: int) -> int | None:
        """`year` if the table has the currency then, else its closest earlier year, else later."""
        cur = currency.upper()
        years = [y for y, c in self.rates if c == cur]
        if not years:
            return None
        if year in years:
            return year
        earlier = [y for y in years if y < year]
        return max(earlier) if earlier else min(years)

    def rate(self, currency: str, year: int | str) -> Decimal:
        """US dollars per one unit of `currency`, annual average of `year`."""
        cur = currency.strip().upper()
        y = _year_of(year)
        if y is None:
            raise RateError(f"{year!r} is not a year; give a four-digit year such as 2024")
        if cur == TARGET_CURRENCY:
            return Decimal(1)
        try:
            return self.rates[(y, cur)]
        except KeyError:
            pass
        if cur not in self.currencies:
            raise RateError(
                f"no exchange rate for currency {cur!r}; the rates table knows "
                f"{', '.join(self.currencies)}"
            )
        raise RateError(
            f"no {cur} rate for {y}; the rates table covers {self.first_year}-{self.latest_year}"
        )


_DEFAULT_TABLE: RateTable | None = None


def default_rates() -> RateTable:
    """The bundled table (`data/rates.csv`), read once."""
    global _DEFAULT_TABLE
    if _DEFAULT_TABLE is None:
        _DEFAULT_TABLE = RateTable.load()
    return _DEFAULT_TABLE


def _year_of(value: object) -> int | None:
    if isinstance(value, int):
        return value
    m = _YEAR.match(str(value).strip())
    return int(m.group(1)) if m else None


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, Literal):
        py = value.toPython()
        value = py if isinstance(py, (Decimal, int)) else str(value)
    try:
        d = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


def usd_value(
    value: Decimal | int | str | float,
    currency: str,
    year: int | str,
    rates: RateTable | None = None,
) -> Decimal:
    """`value` units of `currency` in US dollars at the annual average rate of `year`.

    Exact product of the value and the table's rate (not rounded). Raises `RateError` for a
    currency or year the table lacks.
    """
    table = rates if rates is not None else default_rates()
    amount = _decimal(value)
    if amount is None:
        raise RateError(f"{value!r} is not a number")
    return amount * table.rate(currency, year)


def _plain(d: Decimal) -> str:
    """A decimal's xsd:decimal lexical form: never exponent notation."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def _converted_iri(fact: Node, currency: str = TARGET_CURRENCY) -> URIRef:
    digest = hashlib.sha256((str(fact) + "converted" + currency).encode("utf-8")).hexdigest()
    return ID[f"amount/{digest[:16]}"]


def _stated_amounts(graph: Graph, fact: Node) -> list[tuple[Node, str, Decimal, str | None]]:
    """(amount node, currency, value, statedAs) for every stated amount of the fact."""
    out = []
    for amt in set(graph.objects(fact, PG.amount)):
        if Literal(True) in set(graph.objects(amt, PG.isConverted)):
            continue  # defensive: a converted amount is never stated
        cur = graph.value(amt, PG.currency)
        raw = graph.value(amt, PG.value)
        val = _decimal(raw) if raw is not None else None
        if cur is None or val is None:
            continue
        stated = graph.value(amt, PG.statedAs)
        out.append((amt, str(cur).strip().upper(), val, str(stated) if stated is not None else None))
    return out


def _first_stated(
    graph: Graph, fact: Node, amounts: list[tuple[Node, str, Decimal, str | None]]
) -> list[tuple[Node, str, Decimal, str | None]]:
    """Amounts in the order the evidence states them."""
    evidence = sorted(str(e) for e in graph.objects(fact, PG.evidence))
    for mention in sorted(set(graph.objects(fact, PG.hasMention)), key=str):
        evidence.extend(sorted(str(e) for e in graph.objects(mention, PG.evidence)))

    def position(item):
        amt, cur, val, stated = item
        pos = (len(evidence), 0)
        if stated:
            for i, sentence in enumerate(evidence):
                j = sentence.find(stated)
                if j >= 0:
                    pos = (i, j)
                    break
        return (pos, cur, val, str(amt))

    return sorted(amounts, key=position)


def _rate_year(graph: Graph, fact: Node, table: RateTable) -> tuple[int, str]:
    """The year whose rate to use, and how it was chosen (for pg:rateSource)."""
    announced = sorted(y for y in (_year_of(d) for d in graph.objects(fact, PG.announcedOn)) if y)
    if announced:
        year, how = announced[0], "year of announcement"
    else:
        published = sorted(
            y
            for art in graph.objects(fact, PROV.wasDerivedFrom)
            for y in (_year_of(d) for d in graph.objects(art, PG.publishedOn))
            if y
        )
        if published:
            year, how = published[0], "year of publication of the earliest source article"
        else:
            return table.latest_year, (
                f"no announcement or publication date, so the latest year in the table "
                f"({table.latest_year}) was used"
            )
    if year < table.first_year:
        return table.first_year, f"{how} {year} precedes the table; its first year was used"
    if year > table.latest_year:
        return table.latest_year, f"{how} {year} is after the table; its latest year was used"
    return year, how


def add_conversions(graph: Graph, rates: RateTable | None = None) -> int:
    """Give each pg:Investment that states no USD amount a computed USD pg:convertedAmount.

    Returns the number of investments given one. Deterministic and idempotent: an
    investment that already has a USD pg:convertedAmount, or states a USD pg:amount, or
    states no amount in a currency the table knows, is left as it is.
    """
    table = rates if rates is not None else default_rates()
    added = 0
    for fact in sorted(set(graph.subjects(RDF.type, PG.Investment)), key=str):
        existing = [
            a for a in graph.objects(fact, PG.convertedAmount)
            if str(graph.value(a, PG.currency) or "").upper() == TARGET_CURRENCY
        ]
        if existing:
            continue
        amounts = _stated_amounts(graph, fact)
        if not amounts or any(cur == TARGET_CURRENCY for _, cur, _, _ in amounts):
            continue
        wanted, how = _rate_year(graph, fact, table)
        candidates = [
            a for a in _first_stated(graph, fact, amounts)
            if table.nearest_year(a[1], wanted) is not None
        ]
        if not candidates:
            continue
        _, currency, value, _ = candidates[0]
        year = table.nearest_year(currency, wanted)
        if year != wanted:
            how = f"{how} {wanted} has no {currency} rate; the table's nearest year was used"
        rate = table.rate(currency, year)
        usd = (value * rate).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
        node = _converted_iri(fact)
        graph.add((node, RDF.type, PG.MonetaryAmount))
        graph.add((node, PG.value, Literal(_plain(usd), datatype=XSD.decimal)))
        graph.add((node, PG.currency, Literal(TARGET_CURRENCY)))
        graph.add((node, PG.isConverted, Literal(True)))
        graph.add((node, PG.conversionRate, Literal(format(rate, "f"), datatype=XSD.decimal)))
        graph.add((node, PG.rateYear, Literal(str(year), datatype=XSD.gYear)))
        graph.add((
            node,
            PG.rateSource,
            Literal(f"{currency} to USD, {table.source_of(currency, year)}; rate year {year}: {how}"),
        ))
        graph.add((fact, PG.convertedAmount, node))
        added += 1
    return added


def conversion_summary(graph: Graph) -> list[tuple[str, str, str, str]]:
    """(fact, converted USD value, rate, rate year) for each converted amount, sorted."""
    rows = []
    for fact, amt in graph.subject_objects(PG.convertedAmount):
        rows.append((
            str(fact),
            str(graph.value(amt, PG.value)),
            str(graph.value(amt, PG.conversionRate)),
            str(graph.value(amt, PG.rateYear)),
        ))
    return sorted(rows)
