"""Every RDF term the code may use, in one place.

`PG` is closed: a misspelt term raises at import time of the caller's code path.
`tests/test_namespaces.py` checks that these terms and `ontology/pledgegraph.ttl` agree
exactly, so the code can use no term the ontology lacks.
"""

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, ClosedNamespace

PG_URI = "https://w3id.org/pledgegraph/ontology#"
ID_URI = "https://w3id.org/pledgegraph/id/"

PG_CLASSES = (
    "Organization", "Company", "Country", "Government", "City", "Person",
    "Commitment", "Investment", "MonetaryAmount", "Partnership",
    "ThreatIntelligenceCenter", "ResearchLab", "TrainingProgram", "Article", "Mention",
)
PG_PROPERTIES = (
    # public vocabulary (../shared/vocabulary.md)
    "isoCode", "governmentOf", "inCountry", "investor", "targetCountry", "investee",
    "amount", "value", "currency", "partner", "operatedBy", "locatedIn", "provider",
    "participants", "evidence",
    # PledgeGraph's own additions (docs/graph-model.md)
    "subsidiaryOf", "hasSubsidiary", "commitsTo", "madeInvestment", "role", "affiliation",
    "convertedAmount", "qualifier", "statedAs", "isConverted", "conversionRate",
    "rateYear", "rateSource", "period", "periodEnd", "purpose", "announcedOn",
    "hasMention", "inArticle", "startOffset", "endOffset", "confidence", "version",
    "fileName", "title", "publisher", "url", "publishedOn", "language", "contentHash",
)

PG = ClosedNamespace(PG_URI, PG_CLASSES + PG_PROPERTIES)
ID = Namespace(ID_URI)
WD = Namespace("http://www.wikidata.org/entity/")

__all__ = ["PG", "ID", "WD", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD", "PG_CLASSES", "PG_PROPERTIES"]
