from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from pledgegraph.errors import ArticleError, InputNotFound
from pledgegraph.read.jsonl import read_jsonl
from pledgegraph.records import Source

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
            ".htm": "html", ".jsonl": "jsonl"}

# A news article is a few kilobytes; anything this large is a dump or a mistake, and reading
# it whole would hold the corpus up.
MAX_BYTES = 10 * 1024 * 1024


def discover(paths: list[str | Path]) -> list[Path]:
    """Article files under `paths`, recursively, in a stable order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in SUFFIXES
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.exists():
            found.append(path)
        else:
            raise InputNotFound(str(path))
    unique = dict.fromkeys(found)
    return list(unique)


def decode(data: bytes, origin: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) first, then a detected legacy encoding."""
    if not data.strip():
        raise ArticleError(origin, "the file is empty")
    if b"\x00" in data[:8192]:
        raise ArticleError(origin, "this looks like a binary file, not a text article")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ArticleError(origin, "the text encoding could not be detected; save it as UTF-8")
    # charset-normalizer often names a cousin of cp1252 for Western European text; cp1252 is
    # what such legacy files nearly always are, and decodes the same letters.
    encoding = best.encoding
    if encoding in {"latin_1", "iso8859_15", "cp1250", "cp1252", "iso8859_2", "mac_roman"}:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin_1")
    return str(best)


def read_file(path: Path) -> tuple[list[Source], list[ArticleError]]:
    """The articles in one file, and the problems met on parts of it (JSON Lines lines).

    Raises `ArticleError` when nothing of the file can be read.
    """
    origin = str(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ArticleError(origin, f"unsupported file type {path.suffix or '(none)'!r}; "
                                   f"use one of {', '.join(sorted(SUFFIXES))}")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES and fmt != "jsonl":
            raise ArticleError(origin, f"the file is {size / 1e6:.1f} MB, over the "
                                       f"{MAX_BYTES // (1024 * 1024)} MB limit for one article")
        data = path.read_bytes()
    except ArticleError:
        raise
    except OSError as exc:
        raise ArticleError(origin, f"cannot be read ({exc.strerror or exc})") from exc
    text = decode(data, origin)
    if fmt == "jsonl":
        return read_jsonl(text, path)
    return [Source(origin=origin, name=path.name, content=text, fmt=fmt)], []
