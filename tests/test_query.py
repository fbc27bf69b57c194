"""The named queries, parameter binding, errors and output formats of pledgegraph.query.

Every named query has its exact rows on tests/data/queries-small.ttl asserted here (CASES,
and company-graph's exact triples), so a change to a query's meaning or order shows.
"""

from __future__ import annotations

import csv
import io
import json
import shlex
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from pledgegraph.errors import (
    InputNotFound,
    QueryError,
    QueryParameterError,
    QuerySyntaxError,
    UnknownQuery,
)
from pledgegraph.namespaces import ID, PG, RDF, RDFS, SKOS
from pledgegraph.query import (
    FORMATS,
    NamedQuery,
    QueryResult,
    format_query_list,
    format_result,
    get_query,
    list_queries,
    run_query,
)
from pledgegraph.queries import QUERY_DIR

DATA = Path(__file__).parent / "data" / "queries-small.ttl"
ID_ = "https://w3id.org/pledgegraph/id/"

I1_CA = ID_ + "investment/b76992988043eba0"        # Microsoft -> Canada, USD stated
I2_JP = ID_ + "investment/ba6932a2dc74998d"        # Microsoft -> Japan, yen, converted
I3_DE = ID_ + "investment/911ab95eabb2e211"        # Google -> Germany, two euro amounts disagree
I4_COHERE = ID_ + "investment/b51216d0fa706e3d"    # SoftBank -> Cohere, CAD, converted
I5_ALPHABET = ID_ + "investment/801d363ebe054bf4"  # Alphabet -> Japan, two USD amounts within 0.5 %
I6_FR = ID_ + "investment/51d74263ddb188ef"        # Microsoft -> France, euros, converted
P1_GOV_JP = ID_ + "partnership/4667b3d45028ff38"
P2_COHERE = ID_ + "partnership/df0511fd8027b686"
P3_TORONTO = ID_ + "partnership/f0df1b23790d628d"
P4_GOV_CA = ID_ + "partnership/c3efd7b04082aa79"
C1_CA = ID_ + "center/6b6032614918dfa6"
L1_TOKYO = ID_ + "lab/1629d4aced7fb935"
L2_FR = ID_ + "lab/b98d95d2ad1f2f3a"
T1_JP = ID_ + "training/b146812656ebe0af"
T2_JP = ID_ + "training/39f8f84d3a8e68c4"
A_FR01 = ID_ + "article/0763260e304f2e6f"
A_EN01 = ID_ + "article/e51cb0f2d5dfdaed"
A_EN02 = ID_ + "article/db96e9d4d670ea6a"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(DATA)


CASES = [
    (
        'commitments-of-company',
        {'company': 'Microsoft'},
        ['kind', 'name', 'role', 'with', 'country', 'city', 'stated', 'usd', 'basis', 'participants', 'date', 'fact'],
        [
            ('Investment', None, 'investor', None, 'Canada', None, '4600000000 EUR; 5400000000 USD', '5400000000', 'stated', None, '2024-05-13', I1_CA),
            ('Investment', None, 'investor', None, 'France', None, '4000000000 EUR', '4329520000', 'converted', None, '2024-05-13', I6_FR),
            ('Investment', None, 'investor', None, 'Japan', None, '440000000000 JPY', '2908769600', 'converted', None, '2024-04-10', I2_JP),
            ('Partnership', None, 'partner', 'Government of Japan', None, None, None, None, None, None, '2024-04-10', P1_GOV_JP),
            ('Partnership', None, 'partner', 'Cohere', None, None, None, None, None, None, '2024-05-14', P2_COHERE),
            ('ResearchLab', 'Microsoft Research Asia Tokyo', 'operator', None, 'Japan', 'Tokyo', None, None, None, None, '2024-04-10', L1_TOKYO),
            ('ThreatIntelligenceCenter', 'Microsoft Threat Intelligence Center Canada', 'operator', None, 'Canada', None, None, None, None, None, '2024-05-14', C1_CA),
            ('TrainingProgram', None, 'provider', None, 'Japan', None, None, None, None, '3000000', '2024-04-10', T1_JP),
        ],
    ),
    (
        'commitments-of-company',
        {'company': 'cohere'},
        ['kind', 'name', 'role', 'with', 'country', 'city', 'stated', 'usd', 'basis', 'participants', 'date', 'fact'],
        [
            ('Investment', None, 'investee', 'SoftBank', None, None, '500000000 CAD', '365174000', 'converted', None, '2024-11-20', I4_COHERE),
            ('Partnership', None, 'partner', 'Google; Government of Canada', None, None, None, None, None, None, '2024-05-14', P4_GOV_CA),
            ('Partnership', None, 'partner', 'Microsoft', None, None, None, None, None, None, '2024-05-14', P2_COHERE),
            ('Partnership', None, 'partner', 'University of Toronto', None, None, None, None, None, None, '2024-11-20', P3_TORONTO),
        ],
    ),
    (
        'commitments-in-country',
        {'country': 'Japon'},
        ['kind', 'name', 'by', 'with', 'city', 'stated', 'usd', 'basis', 'participants', 'date', 'fact'],
        [
            ('Investment', None, 'Microsoft', None, None, '440000000000 JPY', '2908769600', 'converted', None, '2024-04-10', I2_JP),
            ('Investment', None, 'Alphabet', None, None, '1000000000 USD; 1004000000 USD', '1004000000', 'stated', None, '2023-10-02', I5_ALPHABET),
            ('Partnership', None, 'Microsoft', 'Government of Japan', None, None, None, None, None, '2024-04-10', P1_GOV_JP),
            ('ResearchLab', 'Microsoft Research Asia Tokyo', 'Microsoft', None, 'Tokyo', None, None, None, None, '2024-04-10', L1_TOKYO),
            ('TrainingProgram', None, 'Microsoft', None, None, None, None, None, '3000000', '2024-04-10', T1_JP),
            ('TrainingProgram', None, 'Google', None, None, None, None, None, '500000', '2024-11-20', T2_JP),
        ],
    ),
    (
        'commitments-in-country',
        {'country': 'ca'},
        ['kind', 'name', 'by', 'with', 'city', 'stated', 'usd', 'basis', 'participants', 'date', 'fact'],
        [
            ('Investment', None, 'Microsoft', None, None, '4600000000 EUR; 5400000000 USD', '5400000000', 'stated', None, '2024-05-13', I1_CA),
            ('Partnership', None, 'Cohere; Google', 'Government of Canada', None, None, None, None, None, '2024-05-14', P4_GOV_CA),
            ('ThreatIntelligenceCenter', 'Microsoft Threat Intelligence Center Canada', 'Microsoft', None, None, None, None, None, None, '2024-05-14', C1_CA),
        ],
    ),
    (
        'totals-by-country',
        {},
        ['country', 'basis', 'currency', 'total', 'investments'],
        [
            ('Canada', 'stated', 'EUR', '4600000000', '1'),
            ('Canada', 'stated', 'USD', '5400000000', '1'),
            ('Canada', 'usd', 'USD', '5400000000', '1'),
            ('France', 'stated', 'EUR', '4000000000', '1'),
            ('France', 'usd', 'USD', '4329520000', '1'),
            ('Germany', 'stated', 'EUR', '3300000000', '1'),
            ('Germany', 'usd', 'USD', '3571854000', '1'),
            ('Japan', 'stated', 'JPY', '440000000000', '1'),
            ('Japan', 'stated', 'USD', '1004000000', '1'),
            ('Japan', 'usd', 'USD', '3912769600', '2'),
        ],
    ),
    (
        'totals-by-country',
        {'country': 'Allemagne'},
        ['country', 'basis', 'currency', 'total', 'investments'],
        [
            ('Germany', 'stated', 'EUR', '3300000000', '1'),
            ('Germany', 'usd', 'USD', '3571854000', '1'),
        ],
    ),
    (
        'totals-by-company',
        {},
        ['company', 'basis', 'currency', 'total', 'investments'],
        [
            ('Alphabet', 'stated', 'USD', '1004000000', '1'),
            ('Alphabet', 'usd', 'USD', '1004000000', '1'),
            ('Google', 'stated', 'EUR', '3300000000', '1'),
            ('Google', 'usd', 'USD', '3571854000', '1'),
            ('Microsoft', 'stated', 'EUR', '8600000000', '2'),
            ('Microsoft', 'stated', 'JPY', '440000000000', '1'),
            ('Microsoft', 'stated', 'USD', '5400000000', '1'),
            ('Microsoft', 'usd', 'USD', '12638289600', '3'),
            ('SoftBank', 'stated', 'CAD', '500000000', '1'),
            ('SoftBank', 'usd', 'USD', '365174000', '1'),
        ],
    ),
    (
        'largest-commitments',
        {},
        ['investor', 'country', 'investee', 'stated', 'usd', 'basis', 'date', 'fact'],
        [
            ('Microsoft', 'Canada', None, '4600000000 EUR; 5400000000 USD', '5400000000', 'stated', '2024-05-13', I1_CA),
            ('Microsoft', 'France', None, '4000000000 EUR', '4329520000', 'converted', '2024-05-13', I6_FR),
            ('Google', 'Germany', None, '3200000000 EUR; 3300000000 EUR', '3571854000', 'converted', '2024-05-14', I3_DE),
            ('Microsoft', 'Japan', None, '440000000000 JPY', '2908769600', 'converted', '2024-04-10', I2_JP),
            ('Alphabet', 'Japan', None, '1000000000 USD; 1004000000 USD', '1004000000', 'stated', '2023-10-02', I5_ALPHABET),
            ('SoftBank', None, 'Cohere', '500000000 CAD', '365174000', 'converted', '2024-11-20', I4_COHERE),
        ],
    ),
    (
        'largest-commitments',
        {'from': '2024-05', 'to': '2024'},
        ['investor', 'country', 'investee', 'stated', 'usd', 'basis', 'date', 'fact'],
        [
            ('Microsoft', 'Canada', None, '4600000000 EUR; 5400000000 USD', '5400000000', 'stated', '2024-05-13', I1_CA),
            ('Microsoft', 'France', None, '4000000000 EUR', '4329520000', 'converted', '2024-05-13', I6_FR),
            ('Google', 'Germany', None, '3200000000 EUR; 3300000000 EUR', '3571854000', 'converted', '2024-05-14', I3_DE),
            ('SoftBank', None, 'Cohere', '500000000 CAD', '365174000', 'converted', '2024-11-20', I4_COHERE),
        ],
    ),
    (
        'largest-commitments',
        {'to': '2024-04-10'},
        ['investor', 'country', 'investee', 'stated', 'usd', 'basis', 'date', 'fact'],
        [
            ('Microsoft', 'Japan', None, '440000000000 JPY', '2908769600', 'converted', '2024-04-10', I2_JP),
            ('Alphabet', 'Japan', None, '1000000000 USD; 1004000000 USD', '1004000000', 'stated', '2023-10-02', I5_ALPHABET),
        ],
    ),
    (
        'partners',
        {},
        ['party', 'partner', 'partnerships', 'latest'],
        [
            ('Cohere', 'Google', '1', '2024-05-14'),
            ('Cohere', 'Government of Canada', '1', '2024-05-14'),
            ('Cohere', 'Microsoft', '1', '2024-05-14'),
            ('Cohere', 'University of Toronto', '1', '2024-11-20'),
            ('Google', 'Government of Canada', '1', '2024-05-14'),
            ('Government of Japan', 'Microsoft', '1', '2024-04-10'),
        ],
    ),
    (
        'partners',
        {'company': 'Microsoft Corporation'},
        ['party', 'partner', 'partnerships', 'latest'],
        [
            ('Microsoft', 'Cohere', '1', '2024-05-14'),
            ('Microsoft', 'Government of Japan', '1', '2024-04-10'),
        ],
    ),
    (
        'partners-of-partners',
        {'company': 'Microsoft'},
        ['partner', 'via', 'direct'],
        [
            ('Google', 'Cohere', 'no'),
            ('Government of Canada', 'Cohere', 'no'),
            ('University of Toronto', 'Cohere', 'no'),
        ],
    ),
    (
        'government-partnerships',
        {},
        ['country', 'government', 'partners', 'date', 'partnership'],
        [
            ('Canada', 'Government of Canada', 'Cohere; Google', '2024-05-14', P4_GOV_CA),
            ('Japan', 'Government of Japan', 'Microsoft', '2024-04-10', P1_GOV_JP),
        ],
    ),
    (
        'government-partnerships',
        {'country': 'japon'},
        ['country', 'government', 'partners', 'date', 'partnership'],
        [
            ('Japan', 'Government of Japan', 'Microsoft', '2024-04-10', P1_GOV_JP),
        ],
    ),
    (
        'threat-centres-by-country',
        {},
        ['country', 'city', 'centre', 'operator', 'date', 'fact'],
        [
            ('Canada', None, 'Microsoft Threat Intelligence Center Canada', 'Microsoft', '2024-05-14', C1_CA),
        ],
    ),
    (
        'research-labs-by-country',
        {},
        ['country', 'city', 'lab', 'operator', 'date', 'fact'],
        [
            ('France', None, None, 'Google', '2024-11-20', L2_FR),
            ('Japan', 'Tokyo', 'Microsoft Research Asia Tokyo', 'Microsoft', '2024-04-10', L1_TOKYO),
        ],
    ),
    (
        'research-labs-by-country',
        {'country': 'JP'},
        ['country', 'city', 'lab', 'operator', 'date', 'fact'],
        [
            ('Japan', 'Tokyo', 'Microsoft Research Asia Tokyo', 'Microsoft', '2024-04-10', L1_TOKYO),
        ],
    ),
    (
        'training-by-country',
        {},
        ['country', 'programmes', 'participants', 'providers'],
        [
            ('Japan', '2', '3500000', 'Google; Microsoft'),
        ],
    ),
    (
        'training-by-country',
        {'country': 'France'},
        ['country', 'programmes', 'participants', 'providers'],
        [
        ],
    ),
    (
        'parent-rollup',
        {},
        ['parent', 'subsidiaries', 'commitments', 'own', 'investments', 'usd'],
        [
            ('Alphabet', 'Google', '5', '1', '2', '4575854000'),
        ],
    ),
    (
        'facts-with-evidence',
        {},
        ['kind', 'fact', 'evidence', 'title', 'publisher', 'published', 'url', 'file'],
        [
            ('Investment', I6_FR, "Microsoft annonce aussi un investissement de 4 milliards d'euros en France.", "Les géants de la tech multiplient les promesses d'investissement", 'Le Devoir', '2024-05-14', 'https://example.org/news/fr-01', 'fr-01.txt'),
            ('Investment', I5_ALPHABET, 'Alphabet has pledged $1 billion for Japanese data centres.', "Microsoft to invest $2.9 billion in Japan's AI and cloud", 'Reuters', '2024-04-10', 'https://example.org/news/en-01', 'en-01.txt'),
            ('Investment', I5_ALPHABET, "Alphabet's $1.004 billion pledge for Japanese data centres was confirmed.", 'Google commits to Germany as SoftBank backs Cohere', 'The Guardian', '2024-11-20', 'https://example.org/news/en-02', 'en-02.txt'),
            ('Investment', I3_DE, "Google investira 3,3 milliards d'euros en Allemagne d'ici 2030.", "Les géants de la tech multiplient les promesses d'investissement", 'Le Devoir', '2024-05-14', 'https://example.org/news/fr-01', 'fr-01.txt'),
            ('Investment', I3_DE, 'Google will invest €3.2 billion in Germany by 2030.', 'Google commits to Germany as SoftBank backs Cohere', 'The Guardian', '2024-11-20', 'https://example.org/news/en-02', 'en-02.txt'),
            ('Investment', I4_COHERE, 'SoftBank will invest C$500 million in Cohere.', 'Google commits to Germany as SoftBank backs Cohere', 'The Guardian', '2024-11-20', 'https://example.org/news/en-02', 'en-02.txt'),
            ('Investment', I1_CA, "Microsoft investira plus de 5,4 milliards de dollars (environ 4,6 milliards d'euros) au Canada au cours des deux prochaines années.", "Les géants de la tech multiplient les promesses d'investissement", 'Le Devoir', '2024-05-14', 'https://example.org/news/fr-01', 'fr-01.txt'),
            ('Investment', I2_JP, 'Microsoft will invest 440 billion yen in Japan over two years.', "Microsoft to invest $2.9 billion in Japan's AI and cloud", 'Reuters', '2024-04-10', 'https://example.org/news/en-01', 'en-01.txt'),
            ('Partnership', P1_GOV_JP, 'Microsoft signed an agreement with the Government of Japan on AI security.', "Microsoft to invest $2.9 billion in Japan's AI and cloud", 'Reuters', '2024-04-10', 'https://example.org/news/en-01', 'en-01.txt'),
            ('Partnership', P4_GOV_CA, "Google, Cohere et le gouvernement du Canada lancent un partenariat sur l'IA souveraine.", "Les géants de la tech multiplient les promesses d'investissement", 'Le Devoir', '2024-05-14', 'https://example.org/news/fr-01', 'fr-01.txt'),
            ('Partnership', P2_COHERE, "Microsoft s'associe à Cohere pour proposer ses modèles aux entreprises canadiennes.", "Les géants de la tech multiplient les promesses d'investissement", 'Le Devoir', '2024-05-14', 'https://example.org/news/fr-01', 'fr-01.txt'),
            ('Partnership', P2_COHERE, 'Cohere and Microsoft deepened their partnership.', 'Google commits to Germany as SoftBank backs Cohere', 'The Guardian', '2024-11-20', 'https://example.org/news/en-02', 'en-02.txt'),
            ('Partnership', P3_TORONTO, 'Cohere also partners with the University of Toronto on research.', 'Google commits to Germany as SoftBank backs Cohere', 'The Guardian', '2024-11-20', 'https://example.org/news/en-02', 'en-02.txt'),
            ('ResearchLab', L1_TOKYO, 'Microsoft will open a Microsoft Research Asia lab in Tokyo.', "Microsoft to invest $2.9 billion in Japan's AI and cloud", 'Reuters', '2024-04-10', 'https://example.org/news/en-01', 'en-01.txt'),
            ('ResearchLab', L2_FR, 'Google opened an AI research centre in France.', 'Google commits to Germany as SoftBank backs Cohere', 'The Guardian', '2024-11-20', 'https://example.org/news/en-02', 'en-02.txt'),
            ('ThreatIntelligenceCenter', C1_CA, 'Microsoft ouvrira un centre de renseignement sur les menaces au Canada.', "Les géants de la tech multiplient les promesses d'investissement", 'Le Devoir', '2024-05-14', 'https://example.org/news/fr-01', 'fr-01.txt'),
            ('TrainingProgram', T2_JP, 'Google will train 500,000 people in Japan.', 'Google commits to Germany as SoftBank backs Cohere', 'The Guardian', '2024-11-20', 'https://example.org/news/en-02', 'en-02.txt'),
            ('TrainingProgram', T1_JP, 'Microsoft will train 3 million people in Japan in AI skills.', "Microsoft to invest $2.9 billion in Japan's AI and cloud", 'Reuters', '2024-04-10', 'https://example.org/news/en-01', 'en-01.txt'),
        ],
    ),
    (
        'facts-with-evidence',
        {'company': 'Cohere'},
        ['kind', 'fact', 'evidence', 'title', 'publisher', 'published', 'url', 'file'],
        [
            ('Investment', I4_COHERE, 'SoftBank will invest C$500 million in Cohere.', 'Google commits to Germany as SoftBank backs Cohere', 'The Guardian', '2024-11-20', 'https://example.org/news/en-02', 'en-02.txt'),
            ('Partnership', P4_GOV_CA, "Google, Cohere et le gouvernement du Canada lancent un partenariat sur l'IA souveraine.", "Les géants de la tech multiplient les promesses d'investissement", 'Le Devoir', '2024-05-14', 'https://example.org/news/fr-01', 'fr-01.txt'),
            ('Partnership', P2_COHERE, "Microsoft s'associe à Cohere pour proposer ses modèles aux entreprises canadiennes.", "Les géants de la tech multiplient les promesses d'investissement", 'Le Devoir', '2024-05-14', 'https://example.org/news/fr-01', 'fr-01.txt'),
            ('Partnership', P2_COHERE, 'Cohere and Microsoft deepened their partnership.', 'Google commits to Germany as SoftBank backs Cohere', 'The Guardian', '2024-11-20', 'https://example.org/news/en-02', 'en-02.txt'),
            ('Partnership', P3_TORONTO, 'Cohere also partners with the University of Toronto on research.', 'Google commits to Germany as SoftBank backs Cohere', 'The Guardian', '2024-11-20', 'https://example.org/news/en-02', 'en-02.txt'),
        ],
    ),
    (
        'single-source-facts',
        {},
        ['kind', 'parties', 'title', 'file', 'publisher', 'fact'],
        [
            ('Investment', 'Cohere; SoftBank', 'Google commits to Germany as SoftBank backs Cohere', 'en-02.txt', 'The Guardian', I4_COHERE),
            ('Investment', 'Microsoft', "Microsoft to invest $2.9 billion in Japan's AI and cloud", 'en-01.txt', 'Reuters', I2_JP),
            ('Investment', 'Microsoft', "Les géants de la tech multiplient les promesses d'investissement", 'fr-01.txt', 'Le Devoir', I6_FR),
            ('Investment', 'Microsoft', "Les géants de la tech multiplient les promesses d'investissement", 'fr-01.txt', 'Le Devoir', I1_CA),
            ('Partnership', 'Cohere; Google; Government of Canada', "Les géants de la tech multiplient les promesses d'investissement", 'fr-01.txt', 'Le Devoir', P4_GOV_CA),
            ('Partnership', 'Cohere; University of Toronto', 'Google commits to Germany as SoftBank backs Cohere', 'en-02.txt', 'The Guardian', P3_TORONTO),
            ('Partnership', 'Government of Japan; Microsoft', "Microsoft to invest $2.9 billion in Japan's AI and cloud", 'en-01.txt', 'Reuters', P1_GOV_JP),
            ('ResearchLab', 'Google', 'Google commits to Germany as SoftBank backs Cohere', 'en-02.txt', 'The Guardian', L2_FR),
            ('ResearchLab', 'Microsoft', "Microsoft to invest $2.9 billion in Japan's AI and cloud", 'en-01.txt', 'Reuters', L1_TOKYO),
            ('ThreatIntelligenceCenter', 'Microsoft', "Les géants de la tech multiplient les promesses d'investissement", 'fr-01.txt', 'Le Devoir', C1_CA),
            ('TrainingProgram', 'Google', 'Google commits to Germany as SoftBank backs Cohere', 'en-02.txt', 'The Guardian', T2_JP),
            ('TrainingProgram', 'Microsoft', "Microsoft to invest $2.9 billion in Japan's AI and cloud", 'en-01.txt', 'Reuters', T1_JP),
        ],
    ),
    (
        'amount-disagreements',
        {},
        ['investor', 'country', 'currency', 'lower', 'higher', 'difference', 'lowerSource', 'higherSource', 'fact'],
        [
            ('Google', 'Germany', 'EUR', '3200000000', '3300000000', '3.13', 'en-02.txt', 'fr-01.txt', I3_DE),
        ],
    ),
    (
        'timeline',
        {},
        ['month', 'kind', 'commitments', 'usd'],
        [
            ('2023-10', 'Investment', '1', '1004000000'),
            ('2024-04', 'Investment', '1', '2908769600'),
            ('2024-04', 'Partnership', '1', ''),
            ('2024-04', 'ResearchLab', '1', ''),
            ('2024-04', 'TrainingProgram', '1', ''),
            ('2024-05', 'Investment', '3', '13301374000'),
            ('2024-05', 'Partnership', '2', ''),
            ('2024-05', 'ThreatIntelligenceCenter', '1', ''),
            ('2024-11', 'Investment', '1', '365174000'),
            ('2024-11', 'Partnership', '1', ''),
            ('2024-11', 'ResearchLab', '1', ''),
            ('2024-11', 'TrainingProgram', '1', ''),
        ],
    ),
    (
        'article-contributions',
        {'article': 'fr-01.txt'},
        ['file', 'title', 'kind', 'parties', 'evidence', 'start', 'fact'],
        [
            ('fr-01.txt', "Les géants de la tech multiplient les promesses d'investissement", 'ThreatIntelligenceCenter', 'Microsoft', 'Microsoft ouvrira un centre de renseignement sur les menaces au Canada.', None, C1_CA),
            ('fr-01.txt', "Les géants de la tech multiplient les promesses d'investissement", 'Investment', 'Microsoft', "Microsoft investira plus de 5,4 milliards de dollars (environ 4,6 milliards d'euros) au Canada au cours des deux prochaines années.", '0', I1_CA),
            ('fr-01.txt', "Les géants de la tech multiplient les promesses d'investissement", 'Investment', 'Microsoft', "Microsoft annonce aussi un investissement de 4 milliards d'euros en France.", '132', I6_FR),
            ('fr-01.txt', "Les géants de la tech multiplient les promesses d'investissement", 'Investment', 'Google', "Google investira 3,3 milliards d'euros en Allemagne d'ici 2030.", '208', I3_DE),
            ('fr-01.txt', "Les géants de la tech multiplient les promesses d'investissement", 'Partnership', 'Cohere; Microsoft', "Microsoft s'associe à Cohere pour proposer ses modèles aux entreprises canadiennes.", '272', P2_COHERE),
            ('fr-01.txt', "Les géants de la tech multiplient les promesses d'investissement", 'Partnership', 'Cohere; Google; Government of Canada', "Google, Cohere et le gouvernement du Canada lancent un partenariat sur l'IA souveraine.", '356', P4_GOV_CA),
        ],
    ),
    (
        'article-contributions',
        {'article': 'GERMANY AS SOFTBANK'},
        ['file', 'title', 'kind', 'parties', 'evidence', 'start', 'fact'],
        [
            ('en-02.txt', 'Google commits to Germany as SoftBank backs Cohere', 'Investment', 'Google', 'Google will invest €3.2 billion in Germany by 2030.', '0', I3_DE),
            ('en-02.txt', 'Google commits to Germany as SoftBank backs Cohere', 'Investment', 'Cohere; SoftBank', 'SoftBank will invest C$500 million in Cohere.', '52', I4_COHERE),
            ('en-02.txt', 'Google commits to Germany as SoftBank backs Cohere', 'Investment', 'Alphabet', "Alphabet's $1.004 billion pledge for Japanese data centres was confirmed.", '98', I5_ALPHABET),
            ('en-02.txt', 'Google commits to Germany as SoftBank backs Cohere', 'Partnership', 'Cohere; Microsoft', 'Cohere and Microsoft deepened their partnership.', '172', P2_COHERE),
            ('en-02.txt', 'Google commits to Germany as SoftBank backs Cohere', 'Partnership', 'Cohere; University of Toronto', 'Cohere also partners with the University of Toronto on research.', '221', P3_TORONTO),
            ('en-02.txt', 'Google commits to Germany as SoftBank backs Cohere', 'ResearchLab', 'Google', 'Google opened an AI research centre in France.', '286', L2_FR),
            ('en-02.txt', 'Google commits to Germany as SoftBank backs Cohere', 'TrainingProgram', 'Google', 'Google will train 500,000 people in Japan.', '333', T2_JP),
        ],
    ),
    (
        'companies',
        {},
        ['company', 'type', 'aliases', 'parent', 'commitments', 'wikidata'],
        [
            ('Alphabet', 'Company', 'Alphabet Inc.', None, '1', None),
            ('Cohere', 'Company', None, None, '4', None),
            ('Google', 'Company', 'Google LLC', 'Alphabet', '4', None),
            ('Government of Canada', 'Government', None, None, '1', None),
            ('Government of Japan', 'Government', None, None, '1', None),
            ('Microsoft', 'Company', 'Microsoft Corp; Microsoft Corporation', None, '8', 'http://www.wikidata.org/entity/Q2283'),
            ('SoftBank', 'Company', 'SoftBank Group', None, '1', None),
            ('University of Toronto', 'Organization', None, None, '1', None),
        ],
    ),
    (
        'articles',
        {},
        ['file', 'title', 'publisher', 'published', 'language', 'facts', 'url', 'article'],
        [
            ('en-01.txt', "Microsoft to invest $2.9 billion in Japan's AI and cloud", 'Reuters', '2024-04-10', 'en', '5', 'https://example.org/news/en-01', A_EN01),
            ('fr-01.txt', "Les géants de la tech multiplient les promesses d'investissement", 'Le Devoir', '2024-05-14', 'fr', '6', 'https://example.org/news/fr-01', A_FR01),
            ('en-02.txt', 'Google commits to Germany as SoftBank backs Cohere', 'The Guardian', '2024-11-20', 'en', '7', 'https://example.org/news/en-02', A_EN02),
        ],
    ),
]


# --------------------------------------------------------------------------- exact rows


@pytest.mark.parametrize(
    "name, params, variables, rows", CASES, ids=[f"{c[0]}{'-' + '-'.join(c[1].values()) if c[1] else ''}" for c in CASES]
)
def test_named_query_exact_rows(graph, name, params, variables, rows):
    result = run_query(graph, name, params)
    assert isinstance(result, QueryResult) and result.kind == "SELECT"
    assert result.variables == variables
    assert result.values() == rows


def test_every_select_query_has_a_case():
    covered = {c[0] for c in CASES} | {"company-graph"}
    assert covered == {q.name for q in list_queries()}


def test_company_graph_exact_triples(graph):
    result = run_query(graph, "company-graph", {"company": "softbank group"})
    assert result.kind == "CONSTRUCT"
    softbank, cohere = ID["org/softbank"], ID["org/cohere"]
    whole = {URIRef(I4_COHERE), softbank, URIRef(A_EN02), ID["amount/53182f1a993b5286"],
             ID["amount/7322817bf93c7fb2"], ID["mention/d5fd3b75fa58c6a8"]}
    expected = {t for s in whole for t in graph.triples((s, None, None))}
    expected.add((cohere, RDFS.label, Literal("Cohere")))
    assert set(result.graph) == expected
    assert len(result.rows) == len(expected) == 39
    assert result.rows == sorted(result.rows, key=lambda t: tuple(str(x) for x in t))


def test_company_graph_unknown_company_is_empty(graph):
    assert len(run_query(graph, "company-graph", {"company": "Nobody Inc"}).graph) == 0


# --------------------------------------------------------------------------- the library


def test_at_least_sixteen_documented_queries():
    queries = list_queries()
    assert len(queries) >= 16
    assert [q.name for q in queries] == sorted(q.name for q in queries)
    for q in queries:
        assert isinstance(q, NamedQuery)
        assert (QUERY_DIR / f"{q.name}.rq").read_text(encoding="utf-8") == q.text
        assert q.question.endswith("?"), q.name
        assert q.example.startswith(f"pledgegraph query {q.name}"), q.name
        assert set(q.params) == {p.name for p in q.param_specs}
        for p in q.param_specs:
            assert p.description and f"?{p.variable}" in q.text
        if "CONSTRUCT" not in q.text:
            assert "ORDER BY" in q.text, f"{q.name} must sort its rows"


def test_every_example_runs(graph):
    for q in list_queries():
        words = shlex.split(q.example)
        params = {}
        for i, w in enumerate(words):
            if w == "--param":
                k, _, v = words[i + 1].partition("=")
                params[k] = v
        result = run_query(graph, q.name, params)
        assert len(result) > 0, f"the example of {q.name} finds nothing on the small graph"


def test_param_header_is_parsed():
    q = get_query("largest-commitments")
    assert q.params == {
        "from": "Announced on or after this date, YYYY-MM-DD (YYYY-MM and YYYY also work) (e.g. 2024-01-01)",
        "to": "Announced on or before this date, YYYY-MM-DD (YYYY-MM and YYYY also work) (e.g. 2024-12-31)",
    }
    assert [(p.name, p.variable, p.required, p.kind) for p in q.param_specs] == [
        ("from", "from", False, "start-date"), ("to", "to", False, "end-date")]
    c = get_query("commitments-of-company")
    assert c.question == "What has a company committed, of every kind?"
    assert [(p.name, p.variable, p.required, p.kind) for p in c.param_specs] == [
        ("company", "companyName", True, "text")]
    assert c.example == "pledgegraph query commitments-of-company --param company=Microsoft"
    assert get_query("  Timeline.rq ").name == "timeline"


@pytest.mark.parametrize("country", ["Japan", "japan", "JAPON", "Japon", "JP", "jp", " jp ", ID_ + "country/JP"])
def test_country_names_in_both_languages_and_iso_codes(graph, country):
    result = run_query(graph, "research-labs-by-country", {"country": country})
    assert result.values() == [("Japan", "Tokyo", "Microsoft Research Asia Tokyo", "Microsoft", "2024-04-10", L1_TOKYO)]


@pytest.mark.parametrize("company", ["Microsoft", "microsoft", "MICROSOFT CORP", "microsoft corporation", ID_ + "org/microsoft"])
def test_company_names_and_aliases_case_insensitive(graph, company):
    rows = run_query(graph, "commitments-of-company", {"company": company}).values()
    assert [r[-1] for r in rows] == [I1_CA, I6_FR, I2_JP, P1_GOV_JP, P2_COHERE, L1_TOKYO, C1_CA, T1_JP]


def test_french_government_name(graph):
    rows = run_query(graph, "partners", {"company": "GOUVERNEMENT du japon"}).values()
    assert rows == [("Government of Japan", "Microsoft", "1", "2024-04-10")]


def test_country_labels_are_english(graph):
    rows = run_query(graph, "totals-by-country", {"country": "allemagne"}).values()
    assert {r[0] for r in rows} == {"Germany"}


def test_unknown_names_give_no_rows(graph):
    assert len(run_query(graph, "commitments-of-company", {"company": "Micro"})) == 0
    assert len(run_query(graph, "commitments-in-country", {"country": "Atlantis"})) == 0
    assert len(run_query(graph, "article-contributions", {"article": "nothing-like-this"})) == 0


def test_article_by_iri_and_url(graph):
    by_iri = run_query(graph, "article-contributions", {"article": A_EN01}).values()
    by_url = run_query(graph, "article-contributions", {"article": "https://example.org/news/en-01"}).values()
    by_file = run_query(graph, "article-contributions", {"article": "EN-01.TXT"}).values()
    assert by_iri == by_url == by_file
    assert [r[-1] for r in by_iri] == [I2_JP, I5_ALPHABET, P1_GOV_JP, L1_TOKYO, T1_JP]


# --------------------------------------------------------------------------- injection


INJECTIONS = [
    'Microsoft" } UNION { ?fact ?p ?o } #',
    "Microsoft' || true || '",
    'x")) || true || (("',
    "} } SELECT * WHERE { ?s ?p ?o } #",
    '"""\n} DELETE WHERE { ?s ?p ?o }',
    "Microsoft\\\" } #",
    "?companyName",
    "<https://w3id.org/pledgegraph/id/org/microsoft>",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_parameter_values_cannot_change_the_query(graph, value):
    before = len(graph)
    text = get_query("commitments-of-company").text
    result = run_query(graph, "commitments-of-company", {"company": value})
    assert result.variables[0] == "kind" and len(result) == 0
    assert get_query("commitments-of-company").text == text
    assert len(graph) == before


def test_a_value_matching_a_label_with_quotes_is_found():
    g = Graph().parse(DATA)
    tricky = 'Acme "Quoted" } { Corp'
    g.add((ID["org/acme"], RDFS.label, Literal(tricky)))
    g.add((ID["org/acme"], RDF.type, PG.Company))
    g.add((URIRef(ID_ + "partnership/x"), RDF.type, PG.Partnership))
    g.add((URIRef(ID_ + "partnership/x"), PG.partner, ID["org/acme"]))
    g.add((URIRef(ID_ + "partnership/x"), PG.partner, ID["org/cohere"]))
    rows = run_query(g, "partners", {"company": tricky.upper()}).values()
    assert rows == [(tricky, "Cohere", "1", None)]


def _known_partner_names(graph: Graph) -> set[str]:
    names = set()
    for _, _, org in graph.triples((None, PG.partner, None)):
        names.add(str(org))
        for p in (RDFS.label, SKOS.altLabel):
            for label in graph.objects(org, p):
                names.add(str(label).lower())
    return names


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.one_of(st.text(min_size=1, max_size=40), st.sampled_from(INJECTIONS),
                       st.sampled_from(["Cohere", "cohere", "MICROSOFT CORP", "gouvernement du Canada"])))
def test_any_string_leaves_the_query_structure_intact(graph, value):
    known = _known_partner_names(graph)
    if not value.strip():
        with pytest.raises(QueryParameterError):
            run_query(graph, "partners", {"company": value})
        return
    result = run_query(graph, "partners", {"company": value})
    assert result.variables == ["party", "partner", "partnerships", "latest"]
    v = value.strip()
    if v.lower() in known or v in known:
        assert len(result) > 0
        assert all(int(r[2]) >= 1 for r in result.values())
    else:
        assert len(result) == 0


# --------------------------------------------------------------------------- errors


def test_unknown_query_lists_close_matches():
    with pytest.raises(UnknownQuery) as exc:
        get_query("comitments-of-company")
    assert str(exc.value) == (
        "unknown query 'comitments-of-company'; did you mean commitments-of-company, "
        "commitments-in-country, totals-by-company? `pledgegraph queries` lists the named queries"
    )
    assert exc.value.close[0] == "commitments-of-company"


def test_unknown_query_without_close_matches(graph):
    with pytest.raises(UnknownQuery) as exc:
        run_query(graph, "xyzzy")
    assert str(exc.value) == "unknown query 'xyzzy'; `pledgegraph queries` lists the named queries"


def test_unknown_query_by_word():
    with pytest.raises(UnknownQuery) as exc:
        get_query("labs")
    assert exc.value.close == ["research-labs-by-country"]


def test_unknown_parameter(graph):
    with pytest.raises(QueryParameterError) as exc:
        run_query(graph, "commitments-of-company", {"company": "Microsoft", "year": "2024"})
    assert str(exc.value) == (
        "query 'commitments-of-company' has no parameter 'year'; its parameters are: company (required)"
    )
    with pytest.raises(QueryParameterError) as exc:
        run_query(graph, "largest-commitments", {"since": "2024"})
    assert str(exc.value) == "query 'largest-commitments' has no parameter 'since'; its parameters are: from, to"
    with pytest.raises(QueryParameterError) as exc:
        run_query(graph, "timeline", {"country": "Japan"})
    assert str(exc.value) == "query 'timeline' has no parameter 'country'; it takes no parameters"


def test_missing_required_parameter(graph):
    with pytest.raises(QueryParameterError) as exc:
        run_query(graph, "commitments-in-country")
    assert str(exc.value) == (
        "query 'commitments-in-country' needs the parameter 'country' (Country name in English or "
        "French, any alias or ISO code, case-insensitive, or its IRI (e.g. Japan, Japon, JP)); "
        "add --param country=VALUE"
    )


def test_bad_parameter_values(graph):
    with pytest.raises(QueryParameterError) as exc:
        run_query(graph, "largest-commitments", {"from": "13/05/2024"})
    assert str(exc.value) == (
        "parameter 'from' of query 'largest-commitments' must be a date YYYY-MM-DD, YYYY-MM or YYYY, "
        "not '13/05/2024'"
    )
    with pytest.raises(QueryParameterError, match="must be a date"):
        run_query(graph, "largest-commitments", {"to": "2024-02-30"})
    with pytest.raises(QueryParameterError) as exc:
        run_query(graph, "commitments-of-company", {"company": "   "})
    assert str(exc.value) == (
        "parameter 'company' of query 'commitments-of-company' is empty; give a value: --param company=VALUE"
    )


def test_partial_dates_widen_to_whole_periods(graph):
    whole_month = run_query(graph, "largest-commitments", {"from": "2024-04", "to": "2024-04"}).values()
    assert [r[-1] for r in whole_month] == [I2_JP]
    year = run_query(graph, "largest-commitments", {"from": "2023", "to": "2023"}).values()
    assert [r[-1] for r in year] == [I5_ALPHABET]


def test_syntax_error_has_line_and_column(graph):
    text = "SELECT ?x WHERE {\n  ?x a pg:Company \n  FILTER(?x = ) }"
    with pytest.raises(QuerySyntaxError) as exc:
        run_query(graph, text)
    assert (exc.value.line, exc.value.column) == (3, 3)
    assert str(exc.value).startswith(
        "query text: SPARQL syntax error at line 3, column 3: cannot read the query from 'FILTER' on; "
    )
    assert "a missing '.', ';', '}' or ')'" in exc.value.hint


def test_syntax_error_unclosed_brace(graph):
    with pytest.raises(QuerySyntaxError) as exc:
        run_query(graph, "SELECT ?x WHERE {\n ?x ?p ?o .\n")
    assert str(exc.value) == (
        "query text: SPARQL syntax error at line 3, column 1: the query ends too early; "
        "the query opens 1 '{' but closes 0 '}'"
    )


def test_syntax_error_unknown_prefix(graph):
    with pytest.raises(QuerySyntaxError) as exc:
        run_query(graph, "SELECT ?x WHERE {\n  ?x a foo:Bar }")
    assert (exc.value.line, exc.value.column) == (2, 8)
    assert str(exc.value) == (
        "query text: SPARQL syntax error at line 2, column 8: unknown prefix 'foo:'; declare it with "
        "PREFIX foo: <...>; these need no declaration: pg:, pgid:, prov:, rdfs:, rdf:, skos:, xsd:, owl:, wd:"
    )


def test_syntax_error_in_a_file_names_the_file(graph, tmp_path):
    f = tmp_path / "bad.rq"
    f.write_text("# a broken query\nSELECT ?x\nWHERE { ?x ?p }\n", encoding="utf-8")
    with pytest.raises(QuerySyntaxError) as exc:
        run_query(graph, str(f))
    assert str(exc.value).startswith(f"{f}: SPARQL syntax error at line 3, column ")


def test_update_is_refused(graph):
    with pytest.raises(QueryError) as exc:
        run_query(graph, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert str(exc.value) == (
        "query text is a SPARQL Update; `pledgegraph query` only reads: use SELECT, ASK, CONSTRUCT or DESCRIBE"
    )


def test_missing_query_file(graph, tmp_path):
    with pytest.raises(InputNotFound):
        run_query(graph, str(tmp_path / "none.rq"))


# --------------------------------------------------------------------------- own queries


def test_sparql_text_with_predeclared_prefixes(graph):
    result = run_query(graph, "SELECT ?c WHERE { ?c a pg:Country ; pg:isoCode ?iso } ORDER BY ?iso")
    assert result.values() == [(ID_ + f"country/{c}",) for c in ("CA", "DE", "FR", "JP")]


def test_text_without_header_binds_variables_by_name(graph):
    text = "SELECT ?org WHERE { ?org rdfs:label ?name } ORDER BY ?org"
    assert run_query(graph, text, {"name": "Cohere"}).values() == [(ID_ + "org/cohere",)]
    with pytest.raises(QueryParameterError) as exc:
        run_query(graph, text, {"nom": "Cohere"})
    assert str(exc.value) == "query text has no variable ?nom to bind; its variables are: ?name, ?org"


def test_rq_file_with_header(graph, tmp_path):
    f = tmp_path / "mine.rq"
    f.write_text(
        "# name: mine\n# question: Which companies have this alias?\n"
        "# param: alias = ?aliasName, required: An alias\n# example: pledgegraph query mine.rq --param alias=x\n"
        "SELECT ?c WHERE { ?c skos:altLabel ?a FILTER(LCASE(STR(?a)) = LCASE(?aliasName)) } ORDER BY ?c\n",
        encoding="utf-8",
    )
    assert run_query(graph, str(f), {"alias": "google llc"}).values() == [(ID_ + "org/google",)]
    with pytest.raises(QueryParameterError) as exc:
        run_query(graph, str(f), {})
    assert str(exc.value) == f"{f} needs the parameter 'alias' (An alias); add --param alias=VALUE"


def test_ask_query(graph):
    result = run_query(graph, "ASK { ?x pg:subsidiaryOf ?y }")
    assert result.kind == "ASK" and result.boolean is True
    assert format_result(result, "table") == "true\n"
    assert json.loads(format_result(result, "json")) == {"head": {}, "boolean": True}
    assert format_result(result, "csv") == "boolean\ntrue\n"


# --------------------------------------------------------------------------- formats


def test_table_format(graph):
    out = format_result(run_query(graph, "training-by-country"), "table")
    assert out == (
        "country  programmes  participants  providers\n"
        "-------  ----------  ------------  -----------------\n"
        "Japan             2     3,500,000  Google; Microsoft\n"
        "(1 row)\n"
    )


def test_table_groups_big_numbers_only(graph):
    out = format_result(run_query(graph, "totals-by-company", {"company": "Microsoft"}), "table")
    assert out == (
        "company    basis   currency            total  investments\n"
        "---------  ------  --------  ---------------  -----------\n"
        "Microsoft  stated  EUR         8,600,000,000            2\n"
        "Microsoft  stated  JPY       440,000,000,000            1\n"
        "Microsoft  stated  USD         5,400,000,000            1\n"
        "Microsoft  usd     USD        12,638,289,600            3\n"
        "(4 rows)\n"
    )
    text = format_result(run_query(graph, "amount-disagreements"), "table")
    assert "3,200,000,000" in text and " 3.13 " in text and "pgid:investment/911ab95eabb2e211" in text
    small = format_result(run_query(graph, "SELECT ?y WHERE { BIND(2024 AS ?y) BIND(1.50 AS ?d) }"), "table")
    assert small.splitlines()[2] == "2024"


def test_table_shows_labels_and_short_iris(graph):
    out = format_result(run_query(graph, "government-partnerships", {"country": "Japan"}), "table")
    assert out.splitlines()[2] == "Japan    Government of Japan  Microsoft  2024-04-10  pgid:partnership/4667b3d45028ff38"
    assert format_result(run_query(graph, "training-by-country", {"country": "FR"}), "table") == (
        "country  programmes  participants  providers\n"
        "-------  ----------  ------------  ---------\n"
        "(0 rows)\n"
    )


def test_csv_format(graph):
    out = format_result(run_query(graph, "totals-by-country", {"country": "Japan"}), "csv")
    assert out == (
        "country,basis,currency,total,investments\n"
        "Japan,stated,JPY,440000000000,1\n"
        "Japan,stated,USD,1004000000,1\n"
        "Japan,usd,USD,3912769600,2\n"
    )
    rows = list(csv.reader(io.StringIO(format_result(run_query(graph, "facts-with-evidence"), "csv"))))
    assert rows[0] == ["kind", "fact", "evidence", "title", "publisher", "published", "url", "file"]
    assert rows[1][1] == I6_FR and rows[1][7] == "fr-01.txt"
    assert len(rows) == 19


def test_tsv_format(graph):
    out = format_result(run_query(graph, "partners", {"company": "cohere"}), "tsv")
    assert out == (
        "party\tpartner\tpartnerships\tlatest\n"
        "Cohere\tGoogle\t1\t2024-05-14\n"
        "Cohere\tGovernment of Canada\t1\t2024-05-14\n"
        "Cohere\tMicrosoft\t1\t2024-05-14\n"
        "Cohere\tUniversity of Toronto\t1\t2024-11-20\n"
    )
    tricky = format_result(run_query(graph, 'SELECT ?s WHERE { BIND("a\\tb\\nc" AS ?s) }'), "tsv")
    assert tricky == "s\na\\tb\\nc\n"


def test_json_format(graph):
    doc = json.loads(format_result(run_query(graph, "training-by-country"), "json"))
    assert doc == {
        "head": {"vars": ["country", "programmes", "participants", "providers"]},
        "results": {"bindings": [{
            "country": {"type": "literal", "value": "Japan"},
            "programmes": {"type": "literal", "value": "2", "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
            "participants": {"type": "literal", "value": "3500000", "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
            "providers": {"type": "literal", "value": "Google; Microsoft"},
        }]},
    }
    doc = json.loads(format_result(run_query(graph, "research-labs-by-country"), "json"))
    first = doc["results"]["bindings"][0]
    assert "city" not in first and "lab" not in first  # unbound values are left out
    assert first["fact"] == {"type": "uri", "value": L2_FR}
    labels = json.loads(format_result(run_query(graph, "SELECT ?l WHERE { <%s> rdfs:label ?l } ORDER BY ?l" % (ID_ + "country/JP")), "json"))
    assert labels["results"]["bindings"] == [
        {"l": {"type": "literal", "value": "Japan", "xml:lang": "en"}},
        {"l": {"type": "literal", "value": "Japon", "xml:lang": "fr"}},
    ]


def test_turtle_format(graph):
    result = run_query(graph, "company-graph", {"company": "Cohere"})
    text = format_result(result, "turtle")
    assert "@prefix pg: <https://w3id.org/pledgegraph/ontology#> ." in text
    assert isomorphic(Graph().parse(data=text, format="turtle"), result.graph)
    with pytest.raises(QueryError) as exc:
        format_result(run_query(graph, "timeline"), "turtle")
    assert str(exc.value) == (
        "--format turtle needs a CONSTRUCT or DESCRIBE query, and this one is SELECT; use table, csv, tsv or json"
    )


def test_construct_in_other_formats(graph):
    result = run_query(graph, "company-graph", {"company": "SoftBank"})
    table = format_result(result, "table")
    assert table.splitlines()[0].split() == ["subject", "predicate", "object"]
    assert table.rstrip().endswith("(39 rows)")
    doc = json.loads(format_result(result, "json"))
    assert "@graph" in doc and "@context" in doc
    assert format_result(result, "csv").count("\n") == 40


def test_unknown_format(graph):
    with pytest.raises(QueryError) as exc:
        format_result(run_query(graph, "timeline"), "xml")
    assert str(exc.value) == "unknown output format 'xml'; use one of table, csv, tsv, json, turtle"
    assert FORMATS == ("table", "csv", "tsv", "json", "turtle")


# --------------------------------------------------------------------------- determinism


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rnd=st.randoms(use_true_random=False))
def test_results_do_not_depend_on_triple_order(graph, rnd):
    triples = list(graph)
    rnd.shuffle(triples)
    shuffled = Graph()
    for t in triples:
        shuffled.add(t)
    expected = {(c[0], tuple(sorted(c[1].items()))): c[3] for c in CASES}
    for name, params in [("commitments-of-company", {"company": "cohere"}), ("single-source-facts", {}),
                         ("government-partnerships", {}), ("companies", {}), ("article-contributions", {"article": "fr-01.txt"})]:
        assert run_query(shuffled, name, params).values() == expected[(name, tuple(sorted(params.items())))]


def test_query_list_text():
    text = format_query_list()
    assert text.startswith("amount-disagreements\n  For which commitments do the sources disagree on the amount?\n")
    assert (
        "largest-commitments\n"
        "  What are the largest investment commitments, in US dollars, optionally announced within a date range?\n"
        "  --param from=...  (optional, start-date) Announced on or after this date, YYYY-MM-DD "
        "(YYYY-MM and YYYY also work) (e.g. 2024-01-01)\n"
    ) in text
    assert all(f"\n{q.name}\n" in "\n" + text for q in list_queries())
    assert "  columns: country (pg:targetCountry); programmes" in format_query_list([get_query("training-by-country")], verbose=True)


def test_malformed_header_in_own_file(graph, tmp_path):
    f = tmp_path / "mine.rq"
    f.write_text("# name: mine\n# param: who is ?x\nSELECT ?x WHERE { ?x ?p ?o }\n", encoding="utf-8")
    with pytest.raises(QueryError) as exc:
        run_query(graph, str(f))
    assert str(exc.value) == (
        f"{f}: line 2: a param line reads '# param: NAME = ?variable, required|optional [KIND]: description', "
        "not '# param: who is ?x'"
    )
    f.write_text("# param: who = ?nobody, optional: Someone\nSELECT ?x WHERE { ?x ?p ?o }\n", encoding="utf-8")
    with pytest.raises(QueryError, match=r"parameter 'who' binds \?nobody, which the query never uses"):
        run_query(graph, str(f))


def test_comments_and_strings_do_not_count_as_variables(graph):
    text = 'SELECT ?s WHERE { ?s rdfs:label "?fake # not a comment" } # ?alsoFake'
    with pytest.raises(QueryParameterError) as exc:
        run_query(graph, text, {"fake": "x"})
    assert str(exc.value) == "query text has no variable ?fake to bind; its variables are: ?s"
