"""A small graph shaped exactly as docs/graph-model.md describes, for the view tests."""

from __future__ import annotations

import networkx as nx
import rdflib

PREFIXES = """
@prefix pg:   <https://w3id.org/pledgegraph/ontology#> .
@prefix pgid: <https://w3id.org/pledgegraph/id/> .
@prefix amount: <https://w3id.org/pledgegraph/id/amount/> .
@prefix article: <https://w3id.org/pledgegraph/id/article/> .
@prefix center: <https://w3id.org/pledgegraph/id/center/> .
@prefix city: <https://w3id.org/pledgegraph/id/city/> .
@prefix country: <https://w3id.org/pledgegraph/id/country/> .
@prefix gov: <https://w3id.org/pledgegraph/id/gov/> .
@prefix investment: <https://w3id.org/pledgegraph/id/investment/> .
@prefix lab: <https://w3id.org/pledgegraph/id/lab/> .
@prefix org: <https://w3id.org/pledgegraph/id/org/> .
@prefix partnership: <https://w3id.org/pledgegraph/id/partnership/> .
@prefix training: <https://w3id.org/pledgegraph/id/training/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
"""

SMALL_TTL = PREFIXES + """
org:microsoft a pg:Company ; rdfs:label "Microsoft" ;
    skos:altLabel "Microsoft Corp", "Microsoft Corporation" .
org:cohere a pg:Company ; rdfs:label "Cohere" .
org:g42 a pg:Company ; rdfs:label "G42" .
org:google a pg:Company ; rdfs:label "Google" ; pg:subsidiaryOf org:alphabet .
org:alphabet a pg:Company ; rdfs:label "Alphabet" .
org:university-of-tokyo a pg:Organization ;
    rdfs:label "University of Tokyo"@en, "Université de Tokyo"@fr .

country:CA a pg:Country ; rdfs:label "Canada"@en, "Canada"@fr ; pg:isoCode "CA" .
country:JP a pg:Country ; rdfs:label "Japan"@en, "Japon"@fr ; pg:isoCode "JP" .
country:AE a pg:Country ; rdfs:label "United Arab Emirates"@en, "Émirats arabes unis"@fr ;
    pg:isoCode "AE" .
country:FR a pg:Country ; rdfs:label "France"@en, "France"@fr ; pg:isoCode "FR" .
gov:JP a pg:Government ; rdfs:label "Government of Japan"@en, "gouvernement du Japon"@fr ;
    pg:governmentOf country:JP .
gov:CA a pg:Government ; rdfs:label "Government of Canada"@en, "gouvernement du Canada"@fr ;
    pg:governmentOf country:CA .
city:jp-tokyo a pg:City ; rdfs:label "Tokyo" ; pg:inCountry country:JP .

article:a1 a pg:Article ; pg:fileName "fr-01.txt" ; pg:title "Microsoft investit au Canada" ;
    pg:publisher "La Presse" ; pg:publishedOn "2024-12-03"^^xsd:date ; pg:language "fr" .
article:a2 a pg:Article ; pg:fileName "en-01.txt" ; pg:title "Microsoft to invest in Japan" ;
    pg:publisher "Reuters" ; pg:publishedOn "2024-04-09"^^xsd:date ; pg:language "en" .
article:a3 a pg:Article ; pg:fileName "en-02.txt" ; pg:title "Microsoft and G42" ;
    pg:publishedOn "2024-04-16"^^xsd:date ; pg:language "en" .
article:a4 a pg:Article ; pg:fileName "fr-02.txt" ; pg:title "G42 en France" ;
    pg:publishedOn "2023-11-02"^^xsd:date ; pg:language "fr" .

# Stated in CAD, converted to USD: weight is the converted amount.
investment:i1 a pg:Investment ; pg:investor org:microsoft ;
    pg:targetCountry country:CA ;
    pg:amount amount:i1-cad ; pg:convertedAmount amount:i1-usd ;
    pg:period "sur les deux prochaines années" ; pg:announcedOn "2024-12-03"^^xsd:date ;
    pg:evidence "Microsoft investit 2,4 milliards de dollars canadiens au Canada." ;
    prov:wasDerivedFrom article:a1 .
amount:i1-cad a pg:MonetaryAmount ; pg:value "2400000000"^^xsd:decimal ; pg:currency "CAD" ;
    pg:statedAs "2,4 milliards de dollars canadiens" .
amount:i1-usd a pg:MonetaryAmount ; pg:value "1760000000"^^xsd:decimal ; pg:currency "USD" ;
    pg:isConverted true ; pg:conversionRate "0.7333"^^xsd:decimal ; pg:rateYear "2024"^^xsd:gYear .

# A stated USD amount wins over the converted one; two articles state it.
investment:i2 a pg:Investment ; pg:investor org:microsoft ;
    pg:targetCountry country:JP ;
    pg:amount amount:i2-usd, amount:i2-jpy ; pg:convertedAmount amount:i2-conv ;
    pg:announcedOn "2024-04-10"^^xsd:date ;
    pg:evidence "Microsoft will invest $2.9 billion in Japan over two years." ;
    prov:wasDerivedFrom article:a2, article:a3 .
amount:i2-usd a pg:MonetaryAmount ; pg:value "2900000000"^^xsd:decimal ; pg:currency "USD" ;
    pg:statedAs "$2.9 billion" .
amount:i2-jpy a pg:MonetaryAmount ; pg:value "440000000000"^^xsd:decimal ; pg:currency "JPY" ;
    pg:qualifier "about" .
amount:i2-conv a pg:MonetaryAmount ; pg:value "2950000000"^^xsd:decimal ; pg:currency "USD" ;
    pg:isConverted true .

# Investor -> investee and investor -> country.
investment:i3 a pg:Investment ; pg:investor org:microsoft ;
    pg:investee org:g42 ; pg:targetCountry country:AE ;
    pg:amount amount:i3-usd ; pg:announcedOn "2024-04-16"^^xsd:date ;
    pg:evidence "Microsoft will invest $1.5 billion in G42." ;
    prov:wasDerivedFrom article:a3 .
amount:i3-usd a pg:MonetaryAmount ; pg:value "1500000000"^^xsd:decimal ; pg:currency "USD" .

# No amount at all; the year comes from the article.
investment:i4 a pg:Investment ; pg:investor org:g42 ; pg:targetCountry country:FR ;
    pg:evidence "G42 va investir en France." ; prov:wasDerivedFrom article:a4 .

partnership:p1 a pg:Partnership ;
    pg:partner org:microsoft, gov:JP, org:university-of-tokyo ;
    pg:announcedOn "2024-04-10"^^xsd:date ;
    pg:evidence "Microsoft will partner with the Government of Japan and the University of Tokyo." ;
    prov:wasDerivedFrom article:a2 .
partnership:p2 a pg:Partnership ; pg:partner org:cohere, gov:CA ;
    pg:announcedOn "2023-11-02"^^xsd:date ;
    pg:evidence "Cohere s'associe au gouvernement du Canada." ; prov:wasDerivedFrom article:a4 .

center:c1 a pg:ThreatIntelligenceCenter ; pg:operatedBy org:microsoft ;
    pg:locatedIn country:CA ; pg:announcedOn "2024-12-03"^^xsd:date ;
    pg:evidence "Microsoft ouvrira un centre de renseignement sur les menaces au Canada." ;
    prov:wasDerivedFrom article:a1 .
lab:l1 a pg:ResearchLab ; rdfs:label "Microsoft Research Asia Tokyo" ;
    pg:operatedBy org:microsoft ; pg:locatedIn city:jp-tokyo ;
    pg:announcedOn "2024-04-10"^^xsd:date ;
    pg:evidence "Microsoft will open a research lab in Tokyo." ; prov:wasDerivedFrom article:a2 .
training:t1 a pg:TrainingProgram ; pg:provider org:microsoft ;
    pg:targetCountry country:JP ; pg:participants 3000000 ;
    pg:announcedOn "2024-04-10"^^xsd:date ;
    pg:evidence "Microsoft will train 3 million people in Japan." ; prov:wasDerivedFrom article:a2 .
"""

# Labels an attacker might get into an article. If any of them ran, it would mark the page.
XSS_IMG = "<img src=x onerror=\"document.body.dataset.xss='img'\">"
XSS_SCRIPT = "</script><script>document.body.dataset.xss='script'</script>"
XSS_COMMENT = "<!--<script>document.body.dataset.xss='comment'</script>"
XSS_EVIDENCE = "<b onmouseover=\"document.body.dataset.xss='title'\">bold</b> & \"quotes\" 'single' \u2028"

def add_evil(g: rdflib.Graph) -> rdflib.Graph:
    """Add companies, an investment and a partnership whose texts are XSS payloads."""
    from rdflib import Literal, URIRef
    from pledgegraph.namespaces import PG, PROV, RDF, RDFS

    pgid = "https://w3id.org/pledgegraph/id/"
    img, script, comment = (URIRef(pgid + f"org/evil-{n}") for n in ("img", "script", "comment"))
    fr = URIRef(pgid + "country/FR")
    article, inv, part = (URIRef(pgid + x) for x in ("article/evil", "investment/evil", "partnership/evil"))
    for s, label in ((img, XSS_IMG), (script, XSS_SCRIPT), (comment, XSS_COMMENT)):
        g.add((s, RDF.type, PG.Company))
        g.add((s, RDFS.label, Literal(label)))
    g.add((article, RDF.type, PG.Article))
    g.add((article, PG.title, Literal(XSS_SCRIPT)))
    g.add((inv, RDF.type, PG.Investment))
    g.add((inv, PG.investor, img))
    g.add((inv, PG.targetCountry, fr))
    g.add((inv, PG.evidence, Literal(XSS_EVIDENCE)))
    g.add((inv, PG.period, Literal("</script>")))
    g.add((inv, PROV.wasDerivedFrom, article))
    g.add((part, RDF.type, PG.Partnership))
    g.add((part, PG.partner, script))
    g.add((part, PG.partner, comment))
    g.add((part, PROV.wasDerivedFrom, article))
    return g


SMALL_NODES = 16
SMALL_EDGES = 19


def parse(ttl: str) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=ttl, format="turtle")
    return g


def big_graph(n: int) -> nx.MultiDiGraph:
    """A projection-shaped graph of n nodes (companies and countries) and about 2n links."""
    G = nx.MultiDiGraph()
    countries = max(5, n // 25)
    for i in range(n):
        country = i < countries
        G.add_node(f"n{i:05d}", iri=f"n{i}", type="Country" if country else "Company",
                   label=f"{'Country' if country else 'Company'} {i}", label_fr=f"Entité {i}",
                   aliases=[], years=[2024])
    for i in range(countries, n):
        for j in (i * 7919 % countries, (i * 104729) % n):
            if j != i:
                G.add_edge(f"n{i:05d}", f"n{j:05d}", key=f"f{i}-{j}", kind="investment",
                           iri=f"f{i}-{j}", fact_type="Investment", weight=float(10 ** (6 + i % 5)),
                           year=2024, amounts=["1 billion USD"], evidence=["A sentence."],
                           source_titles=["An article"], sources=["a"], period="")
    return G
