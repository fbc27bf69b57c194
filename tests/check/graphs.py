"""Small Turtle graphs shared by the SHACL and reasoner tests."""

from __future__ import annotations

from rdflib import Graph

PREFIXES = """\
@prefix pg:      <https://w3id.org/pledgegraph/ontology#> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix org:     <https://w3id.org/pledgegraph/id/org/> .
@prefix country: <https://w3id.org/pledgegraph/id/country/> .
@prefix gov:     <https://w3id.org/pledgegraph/id/gov/> .
@prefix city:    <https://w3id.org/pledgegraph/id/city/> .
@prefix person:  <https://w3id.org/pledgegraph/id/person/> .
@prefix article: <https://w3id.org/pledgegraph/id/article/> .
@prefix inv:     <https://w3id.org/pledgegraph/id/investment/> .
@prefix part:    <https://w3id.org/pledgegraph/id/partnership/> .
@prefix center:  <https://w3id.org/pledgegraph/id/center/> .
@prefix lab:     <https://w3id.org/pledgegraph/id/lab/> .
@prefix training: <https://w3id.org/pledgegraph/id/training/> .
@prefix amount:  <https://w3id.org/pledgegraph/id/amount/> .
@prefix mention: <https://w3id.org/pledgegraph/id/mention/> .
@prefix extractor: <https://w3id.org/pledgegraph/id/extractor/> .
"""

ID = "https://w3id.org/pledgegraph/id/"

# Every kind of node the pipeline writes (docs/graph-model.md), each once, all well-formed.
GOOD = PREFIXES + """
org:microsoft a pg:Company ; rdfs:label "Microsoft" ; skos:altLabel "Microsoft Corp" .
org:cohere a pg:Company ; rdfs:label "Cohere" .
org:google a pg:Company ; rdfs:label "Google" ; pg:subsidiaryOf org:alphabet .
org:alphabet a pg:Company ; rdfs:label "Alphabet" .
org:mila a pg:Organization ; rdfs:label "Mila" .
country:CA a pg:Country ; rdfs:label "Canada"@en , "Canada"@fr ; pg:isoCode "CA" .
country:JP a pg:Country ; rdfs:label "Japan"@en , "Japon"@fr ; pg:isoCode "JP" .
gov:JP a pg:Government ; rdfs:label "Government of Japan"@en ; pg:governmentOf country:JP .
city:jp-tokyo a pg:City ; rdfs:label "Tokyo" ; pg:inCountry country:JP .
person:brad-smith a pg:Person ; rdfs:label "Brad Smith" ; pg:role "president" ;
    pg:affiliation org:microsoft .

article:a1 a pg:Article ; pg:fileName "fr-01.txt" ; pg:title "Microsoft investit au Canada" ;
    pg:publisher "Le Devoir" ; pg:url "https://example.org/a1"^^xsd:anyURI ;
    pg:publishedOn "2024-05-13"^^xsd:date ; pg:language "fr" ;
    pg:contentHash "0f3a2b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708" .

inv:i1 a pg:Investment ; pg:investor org:microsoft ; pg:targetCountry country:CA ;
    pg:investee org:cohere ;
    pg:amount amount:a1 , amount:a2 ; pg:convertedAmount amount:a3 ;
    pg:period "sur les deux prochaines années" ; pg:periodEnd "2026"^^xsd:gYear ;
    pg:purpose "infrastructure d'IA" ; pg:announcedOn "2024-05-13"^^xsd:date ;
    pg:evidence "Microsoft investit 5,4 milliards de dollars au Canada." ;
    prov:wasDerivedFrom article:a1 ; pg:hasMention mention:m1 ;
    pg:confidence "0.9"^^xsd:decimal .
amount:a1 a pg:MonetaryAmount ; pg:value "5400000000"^^xsd:decimal ; pg:currency "USD" ;
    pg:qualifier "more-than" ; pg:statedAs "plus de 5,4 milliards de dollars" .
amount:a2 a pg:MonetaryAmount ; pg:value "4600000000"^^xsd:decimal ; pg:currency "EUR" ;
    pg:qualifier "about" .
amount:a3 a pg:MonetaryAmount ; pg:value "5400000000"^^xsd:decimal ; pg:currency "USD" ;
    pg:isConverted true ; pg:conversionRate "1.0"^^xsd:decimal ; pg:rateYear "2024"^^xsd:gYear ;
    pg:rateSource "ECB" .
mention:m1 a pg:Mention ; pg:inArticle article:a1 ;
    pg:evidence "Microsoft investit 5,4 milliards de dollars au Canada." ;
    pg:startOffset 120 ; pg:endOffset 175 ; pg:confidence "0.9"^^xsd:decimal ;
    prov:wasAttributedTo extractor:rules-1.0 .
extractor:rules-1.0 a prov:SoftwareAgent ; rdfs:label "rules" ; pg:version "1.0" .

part:p1 a pg:Partnership ; pg:partner org:microsoft , gov:JP , org:mila ;
    pg:evidence "Microsoft et le Japon s'associent." ; prov:wasDerivedFrom article:a1 .
center:c1 a pg:ThreatIntelligenceCenter ; rdfs:label "Centre de Montréal" ;
    pg:operatedBy org:microsoft ; pg:locatedIn country:CA ;
    pg:evidence "Microsoft ouvre un centre." ; prov:wasDerivedFrom article:a1 .
lab:l1 a pg:ResearchLab ; pg:operatedBy org:google ; pg:locatedIn city:jp-tokyo ;
    pg:evidence "Google ouvre un laboratoire à Tokyo." ; prov:wasDerivedFrom article:a1 .
training:t1 a pg:TrainingProgram ; pg:provider org:microsoft ; pg:targetCountry country:JP ;
    pg:participants 3000000 ;
    pg:evidence "Microsoft formera 3 millions de personnes." ; prov:wasDerivedFrom article:a1 .
"""


def parse(turtle: str) -> Graph:
    return Graph().parse(data=turtle, format="turtle")


def good_graph() -> Graph:
    return parse(GOOD)
