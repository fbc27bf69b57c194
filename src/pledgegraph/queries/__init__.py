"""The named SPARQL queries shipped with PledgeGraph, one `.rq` file each.

Every file opens with a header of `#` lines that `pledgegraph.query` reads:

    # name: commitments-of-company              (the file name, without .rq)
    # question: What has a company committed, of every kind?
    # param: company = ?companyName, required: Company name, any label or alias, ...
    # param: from = ?from, optional start-date: Announced on or after this date, ...
    # example: pledgegraph query commitments-of-company --param company=Microsoft
    # columns: ...                                (free text, may go on over `#   ` lines)

A `param` line gives the parameter's name on the command line, the SPARQL variable it is
bound to (as an RDF term, through rdflib's initBindings: never pasted into the text), whether
it is required, its type (text, the default; date; start-date and end-date, which also take
YYYY-MM or YYYY and widen them to the first or last day; integer) and a description.
Name parameters are matched by the query itself against rdfs:label, skos:altLabel (and
pg:isoCode for countries) with LCASE(STR(?label)) = LCASE(?name), or against the IRI.
"""

from pathlib import Path

QUERY_DIR = Path(__file__).resolve().parent


def query_files() -> list[Path]:
    """The bundled `.rq` files, sorted by name."""
    return sorted(QUERY_DIR.glob("*.rq"))


__all__ = ["QUERY_DIR", "query_files"]
