from __future__ import annotations

import json
from pathlib import Path

from pledgegraph.errors import ArticleError
from pledgegraph.records import Source

MAX_LINE_BYTES = 10 * 1024 * 1024


def read_jsonl(text: str, path: Path) -> tuple[list[Source], list[ArticleError]]:
    """One source per line: `text` or `html`, optional `title`, `url`, `date`, `lang`.

    A bad line is reported and skipped; the file's other lines are still read.
    """
    sources: list[Source] = []
    problems: list[ArticleError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{path}#{number}"
        try:
            sources.append(_source(line, origin, f"{path.name}#{number}"))
        except ArticleError as exc:
            problems.append(exc)
    if not sources and not problems:
        raise ArticleError(str(path), "the file holds no JSON lines")
    return sources, problems


def _source(line: str, origin: str, name: str) -> Source:
    if len(line) > MAX_LINE_BYTES:
        raise ArticleError(origin, "the line is over the 10 MB limit for one article")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ArticleError(origin, f"malformed JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise ArticleError(origin, "each line must be a JSON object with a 'text' or 'html' key")
    body, fmt = record.get("text"), "text"
    if body is None:
        body, fmt = record.get("html"), "html"
    if not isinstance(body, str) or not body.strip():
        raise ArticleError(origin, "the object has no non-empty 'text' or 'html' string")

    def opt(key: str) -> str | None:
        value = record.get(key)
        return value.strip() or None if isinstance(value, str) else None

    return Source(origin=origin, name=name, content=body, fmt=fmt, title=opt("title"),
                  url=opt("url"), date=opt("date"), lang=opt("lang"),
                  publisher=opt("publisher"))
