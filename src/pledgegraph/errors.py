"""Every error PledgeGraph reports to a person, in one place.

Each message says what was wrong and how to fix it, on one line, naming the file when
there is one. The CLI prints `error: <message>` and exits with the class's exit code.
"""

from __future__ import annotations


class PledgeGraphError(Exception):
    """Base class: a problem a user can act on."""

    exit_code = 2

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ArticleError(PledgeGraphError):
    """One article could not be read; the rest of the corpus goes on."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self):  # so an error raised in a worker process crosses back whole
        return (type(self), (self.path, self.problem))


class InputNotFound(PledgeGraphError):
    def __init__(self, path: str):
        super().__init__(f"{path}: no such file or folder; check the path")
        self.path = path


class NothingIngested(PledgeGraphError):
    exit_code = 1

    def __init__(self, count: int):
        super().__init__(
            f"none of the {count} input file(s) could be ingested; see the errors above"
        )


class GraphFileError(PledgeGraphError):
    """A graph file that cannot be parsed or written."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path


class GoldFileError(PledgeGraphError):
    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}; see shared/gold-format.md for the format")
        self.path = path


class UnknownExtractor(PledgeGraphError):
    def __init__(self, name: str, known: list[str]):
        super().__init__(
            f"unknown extractor {name!r}; registered extractors: {', '.join(sorted(known))}"
        )


class QueryError(PledgeGraphError):
    """A query that cannot be found, read, bound, run or shown."""


class UnknownQuery(QueryError):
    def __init__(self, name: str, close: list[str]):
        hint = f"did you mean {', '.join(close)}? " if close else ""
        super().__init__(
            f"unknown query {name!r}; {hint}`pledgegraph queries` lists the named queries"
        )
        self.name = name
        self.close = close


class QueryParameterError(QueryError):
    """A --param that the query does not take, a required one missing, or a bad value."""


class QuerySyntaxError(QueryError):
    def __init__(self, source: str, line: int, column: int, problem: str, hint: str):
        super().__init__(
            f"{source}: SPARQL syntax error at line {line}, column {column}: {problem}; {hint}"
        )
        self.source = source
        self.line = line
        self.column = column
        self.problem = problem
        self.hint = hint


class RateError(PledgeGraphError):
    """An exchange rate that is missing, or a rates file that cannot be read."""


class UnknownEntity(PledgeGraphError):
    """A name given to a view or to the network analytics that names no node."""

    def __init__(self, name: str, close: list[str]):
        hint = (f"; did you mean: {', '.join(close)}?" if close
                else "; check the spelling, or give the entity's IRI")
        super().__init__(f"no entity named {name!r} in the graph{hint}")
        self.name = name
        self.close = close


class AmbiguousEntity(PledgeGraphError):
    def __init__(self, name: str, candidates: list[str]):
        super().__init__(
            f"{name!r} names several entities ({', '.join(candidates)}); give the IRI of the one you mean"
        )
        self.name = name
        self.candidates = candidates


class NoPath(PledgeGraphError):
    exit_code = 1

    def __init__(self, a: str, b: str):
        super().__init__(f"no path between {a!r} and {b!r} in the graph")


class ViewError(PledgeGraphError):
    """A view or export that cannot be made as asked (bad kind, missing focus, bad file type)."""


class OntologyFileError(PledgeGraphError):
    """The ontology or shapes file shipped with PledgeGraph is missing or does not parse."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}; reinstall PledgeGraph or restore the file")
        self.path = path


class GraphNotConforming(PledgeGraphError):
    """`pledgegraph validate`: the graph breaks the SHACL shapes (the report says where)."""

    exit_code = 1

    def __init__(self, violations: int):
        super().__init__(
            f"the graph does not conform to the shapes: {violations} violation(s); see the report above"
        )
        self.violations = violations


class GraphInconsistent(PledgeGraphError):
    """The OWL reasoner found the graph logically inconsistent with the ontology."""

    exit_code = 1

    def __init__(self, offenders: list[str]):
        named = f": {', '.join(offenders)}" if offenders else ""
        super().__init__(
            f"the graph is inconsistent with the ontology{named}; fix the types of these "
            "individuals (see the explanation above) and run again"
        )
        self.offenders = offenders


class ReasonerError(PledgeGraphError):
    """Java or HermiT failed (crash, timeout, out of memory)."""

    def __init__(self, problem: str):
        super().__init__(f"the reasoner failed: {problem}")
        self.problem = problem


class StoreError(PledgeGraphError):
    """The store folder cannot be opened (missing, locked by another process, not a store)."""


class ArticleNotInStore(PledgeGraphError):
    """`pledgegraph remove`: nothing to remove."""

    exit_code = 1

    def __init__(self, name: str, folder: str):
        super().__init__(f"{folder}: no article {name!r} in the store; give its file name, URL "
                         "or IRI as `pledgegraph query articles` lists them")


class EndpointError(PledgeGraphError):
    """A remote SPARQL endpoint or Graph Store that cannot be reached or refuses a request."""

    def __init__(self, url: str, problem: str, status: int | None = None):
        super().__init__(f"{url}: {problem}")
        self.url = url
        self.status = status  # the HTTP status the server answered, if it answered


class ServeError(PledgeGraphError):
    """`pledgegraph serve` cannot start (port in use, bad host)."""
