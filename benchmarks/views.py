"""Time the views on random graphs shaped like PledgeGraph's (a script, not a test).

    .venv/bin/python benchmarks/views.py [--sizes 100,1000,5000] [--no-browser] [--keep DIR]

For each size (number of entities: companies, organisations, countries, governments, cities),
it builds a random RDF graph following docs/graph-model.md, then times:
  projection  rdflib graph -> networkx (to_networkx)
  page        write_view (projection again + layout + HTML), full view (max_nodes above the size)
  summary     write_view with the default max_nodes=1500 (summarised above it)
  browser     headless Chromium: from navigation to the network drawn (the page sets
              body.dataset.ready after vis-network's first afterDrawing event)
Goal: 5,000 entities interactive in headless Chromium within 5 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import rdflib
from rdflib import Literal, URIRef

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "views"))

from pledgegraph.namespaces import ID, PG, PROV, RDF, RDFS, SKOS, XSD  # noqa: E402
from pledgegraph.views import to_networkx, write_view  # noqa: E402


def random_graph(entities: int, seed: int = 1) -> rdflib.Graph:
    """A graph of about `entities` entities, with facts in the proportions of real news."""
    rng = random.Random(seed)
    g = rdflib.Graph()
    add = g.add
    n_countries = max(5, min(195, entities // 25))
    n_govs = max(1, int(n_countries * 0.6))
    n_cities = max(2, entities // 20)
    n_orgs = max(2, entities // 12)
    n_companies = max(3, entities - n_countries - n_govs - n_cities - n_orgs)

    def pick(items: list, skew: float = 1.0):
        # heavy-tailed choice: a few hubs (Microsoft, the United States) get many facts
        return items[min(len(items) - 1, int(len(items) * rng.random() ** (1 + skew)))]

    countries = []
    for k in range(n_countries):
        code = f"{chr(65 + k // 26 % 26)}{chr(65 + k % 26)}"
        c = ID[f"country/{code}"]
        add((c, RDF.type, PG.Country))
        add((c, RDFS.label, Literal(f"Country {code}", lang="en")))
        add((c, RDFS.label, Literal(f"Pays {code}", lang="fr")))
        add((c, PG.isoCode, Literal(code)))
        countries.append(c)
    govs = []
    for c in countries[:n_govs]:
        code = str(c).rsplit("/", 1)[-1]
        gv = ID[f"gov/{code}"]
        add((gv, RDF.type, PG.Government))
        add((gv, RDFS.label, Literal(f"Government of {code}", lang="en")))
        add((gv, RDFS.label, Literal(f"gouvernement de {code}", lang="fr")))
        add((gv, PG.governmentOf, c))
        govs.append(gv)
    cities = []
    for k in range(n_cities):
        c = rng.choice(countries)
        city = ID[f"city/{str(c)[-2:].lower()}-city-{k}"]
        add((city, RDF.type, PG.City))
        add((city, RDFS.label, Literal(f"City {k}")))
        add((city, PG.inCountry, c))
        cities.append(city)
    companies = []
    for k in range(n_companies):
        org = ID[f"org/company-{k}"]
        add((org, RDF.type, PG.Company))
        add((org, RDFS.label, Literal(f"Company {k}")))
        if k % 7 == 0:
            add((org, SKOS.altLabel, Literal(f"Company {k} Inc.")))
        companies.append(org)
    for k in range(1, n_companies, 40):
        add((companies[k], PG.subsidiaryOf, companies[k // 40]))
    orgs = []
    for k in range(n_orgs):
        org = ID[f"org/university-{k}"]
        add((org, RDF.type, PG.Organization))
        add((org, RDFS.label, Literal(f"University {k}")))
        orgs.append(org)
    articles = []
    for k in range(max(3, entities // 3)):
        a = ID[f"article/{k:016x}"]
        add((a, RDF.type, PG.Article))
        add((a, PG.title, Literal(f"Article {k} about AI commitments")))
        add((a, PG.publishedOn, Literal(f"{rng.choice((2022, 2023, 2024, 2025))}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", datatype=XSD.date)))
        articles.append(a)

    def provenance(fact: URIRef) -> None:
        for a in rng.sample(articles, rng.choice((1, 1, 1, 2))):
            add((fact, PROV.wasDerivedFrom, a))
        add((fact, PG.evidence, Literal(f"Sentence stating {str(fact)[-8:]} as written in the article.")))
        add((fact, PG.announcedOn, Literal(f"{rng.choice((2022, 2023, 2024, 2025))}-05-13", datatype=XSD.date)))

    for k in range(entities):
        fact = ID[f"investment/{k:016x}"]
        add((fact, RDF.type, PG.Investment))
        # every company makes at least one commitment; hubs make many
        add((fact, PG.investor, companies[k] if k < len(companies) else pick(companies)))
        add((fact, PG.targetCountry, pick(countries, 0.8)))
        if rng.random() < 0.25:
            add((fact, PG.investee, rng.choice(companies)))
        r = rng.random()
        if r < 0.9:
            value = rng.choice((1, 2, 5)) * 10 ** rng.randint(6, 10)
            amount = ID[f"amount/{k:016x}a"]
            add((fact, PG.amount, amount))
            add((amount, RDF.type, PG.MonetaryAmount))
            add((amount, PG.value, Literal(value, datatype=XSD.decimal)))
            add((amount, PG.currency, Literal("USD" if r < 0.7 else "EUR")))
            if r >= 0.7:
                conv = ID[f"amount/{k:016x}c"]
                add((fact, PG.convertedAmount, conv))
                add((conv, RDF.type, PG.MonetaryAmount))
                add((conv, PG.value, Literal(int(value * 1.08), datatype=XSD.decimal)))
                add((conv, PG.currency, Literal("USD")))
                add((conv, PG.isConverted, Literal(True)))
        if rng.random() < 0.3:
            add((fact, PG.period, Literal("over the next two years")))
        provenance(fact)
    for k in range(int(entities * 0.3)):
        fact = ID[f"partnership/{k:016x}"]
        add((fact, RDF.type, PG.Partnership))
        pool = [pick(companies), (govs + orgs)[k % len(govs + orgs)]]
        if rng.random() < 0.3:
            pool.append(rng.choice(companies))
        for p in set(pool):
            add((fact, PG.partner, p))
        provenance(fact)
    for cls, prefix, n in ((PG.ThreatIntelligenceCenter, "center", 0.03), (PG.ResearchLab, "lab", 0.03)):
        for k in range(max(1, int(entities * n))):
            fact = ID[f"{prefix}/{k:016x}"]
            add((fact, RDF.type, cls))
            add((fact, PG.operatedBy, pick(companies)))
            add((fact, PG.locatedIn, rng.choice(cities) if rng.random() < 0.5 else pick(countries)))
            provenance(fact)
    for k in range(max(1, int(entities * 0.03))):
        fact = ID[f"training/{k:016x}"]
        add((fact, RDF.type, PG.TrainingProgram))
        add((fact, PG.provider, pick(companies)))
        add((fact, PG.targetCountry, pick(countries)))
        add((fact, PG.participants, Literal(rng.randint(1, 300) * 1000)))
        provenance(fact)
    return g


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000,5000")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--keep", type=Path, help="keep the pages (and screenshots) in this folder")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    out = args.keep or Path(tempfile.mkdtemp(prefix="pg-bench-"))
    out.mkdir(parents=True, exist_ok=True)

    browser = None
    if not args.no_browser:
        from views_chromium import Chromium, find_chromium
        if find_chromium():
            browser = Chromium(width=1280, height=800)
        else:
            print("chromium not on PATH: browser timings skipped")

    header = (f"{'entities':>8} {'triples':>8} {'nodes':>6} {'edges':>6} {'project s':>9} "
              f"{'page s':>7} {'page MB':>7} {'drawn':>6} {'browser s':>9} {'in-page ms':>10} | "
              f"{'summary s':>9} {'drawn':>6} {'browser s':>9}")
    rows = []
    try:
        for n in sizes:
            g = random_graph(n)
            G, t_proj = timed(to_networkx, g)
            full = out / f"views-{n}-full.html"
            info, t_page = timed(write_view, g, full, max_nodes=10**9)
            summ = out / f"views-{n}-overview.html"
            sinfo, t_sum = timed(write_view, g, summ)
            b_full = b_sum = "-"
            drawn_full = drawn_sum = "-"
            in_page = "-"
            if browser:
                t = browser.open(full, timeout=120)
                ds = browser.dataset()
                errors = browser.errors() + [u for u in browser.requests() if not u.startswith("file:")]
                if errors:
                    print(f"  {n}: browser errors: {errors[:3]}")
                b_full, drawn_full, in_page = f"{t:.2f}", ds.get("nodes", "?"), ds.get("drawMs", "?")
                if args.keep:
                    browser.screenshot(out / f"views-{n}-full.png")
                t = browser.open(summ, timeout=120)
                b_sum, drawn_sum = f"{t:.2f}", browser.dataset().get("nodes", "?")
                if args.keep:
                    browser.screenshot(out / f"views-{n}-overview.png")
            rows.append(
                f"{n:>8} {len(g):>8} {G.number_of_nodes():>6} {G.number_of_edges():>6} {t_proj:>9.2f} "
                f"{t_page:>7.2f} {full.stat().st_size / 1e6:>7.1f} {drawn_full:>6} {b_full:>9} {in_page:>10} | "
                f"{t_sum:>9.2f} {drawn_sum:>6} {b_sum:>9}")
            print(rows[-1] if len(rows) > 1 else header + "\n" + rows[-1], flush=True)
    finally:
        if browser:
            browser.close()
    print("\nfull: every node drawn (max_nodes above the size); summary: default max_nodes=1500.")
    print("browser s: wall time from navigation to vis-network's first drawing, headless Chromium.")
    print(f"pages in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
