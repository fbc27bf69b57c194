"""`pledgegraph serve`: the store, read-only, over the SPARQL 1.1 Protocol, with a query page.

    server = make_server(store, "127.0.0.1", 7878)   # port 0: any free port
    server.serve_forever()

`/sparql` answers GET and POST (form or `application/sparql-query`) in SPARQL results JSON,
XML, CSV or TSV (Turtle, N-Triples, JSON-LD or RDF/XML for CONSTRUCT and DESCRIBE), chosen
by the Accept header or a `format` parameter. Updates get 403. `/` is the query page: one
self-contained file (inline script and style, no network but `/sparql`), whose script puts
every value from the data on the page as text, never as markup.
"""

from pledgegraph.serve.server import Server, make_server

__all__ = ["Server", "make_server"]
