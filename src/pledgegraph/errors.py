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
