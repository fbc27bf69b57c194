"""The readable table of `pledgegraph query`: amounts a person can read, no column of blanks."""

from __future__ import annotations

from rdflib import Graph

from pledgegraph.query import format_result, run_query

GRAPH = """
@prefix pg: <https://w3id.org/pledgegraph/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<urn:x:a> pg:value 12900000000.0 ; pg:currency "EUR" .
<urn:x:b> pg:value 15000000000.0 ; pg:currency "USD" .
"""
CONCAT = """
PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
SELECT ?stated ?blank WHERE {
  { SELECT (GROUP_CONCAT(CONCAT(STR(?v), " ", ?c); separator="; ") AS ?stated)
    WHERE { ?a pg:value ?v ; pg:currency ?c } }
}
"""


def test_amounts_inside_text_are_grouped_and_lose_the_decimal_point_regression():
    result = run_query(Graph().parse(data=GRAPH, format="turtle"), CONCAT)
    table = format_result(result, "table")
    assert "12,900,000,000 EUR; 15,000,000,000 USD" in table or \
        "15,000,000,000 USD; 12,900,000,000 EUR" in table


def test_a_column_empty_in_every_row_is_left_out_and_named_below():
    result = run_query(Graph().parse(data=GRAPH, format="turtle"), CONCAT)
    lines = format_result(result, "table").splitlines()
    assert lines[0] == "stated"
    assert lines[-1] == "(1 row; empty: blank)"


def test_machine_formats_keep_every_column():
    result = run_query(Graph().parse(data=GRAPH, format="turtle"), CONCAT)
    assert format_result(result, "csv").splitlines()[0] == "stated,blank"
