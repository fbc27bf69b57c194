"""Stage 2, clean: a `Source` becomes a `Document` of normalised plain text.

HTML keeps the article body only (trafilatura drops navigation, banners, teasers, footers)
and its metadata; Markdown loses its markup; every text is normalised so that the later
stages see one apostrophe, one space and one dash.
"""

from __future__ import annotations

import re
import unicodedata

from markdown_it import MarkdownIt

from pledgegraph.errors import ArticleError
from pledgegraph.records import Document, Source

_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"
_TRANSLATE = str.maketrans({
    **{c: " " for c in _SPACES},
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2011": "-", "\u2212": "-",
    "\u2010": "-", "\u00ad": None, "\u200b": None, "\ufeff": None, "\u2026": "...",
    "\r": None,
})
MIN_HTML_TEXT = 40  # characters
_MULTISPACE = re.compile(r"[ \t]+")
_BLANKLINES = re.compile(r"\n\s*\n+")


def normalise(text: str) -> str:
    """NFC, one apostrophe, plain spaces (also inside numbers: "5 300"), plain dashes."""
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    lines = [_MULTISPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKLINES.sub("\n\n", "\n".join(lines)).strip()


def clean(source: Source) -> Document:
    if source.fmt == "html":
        return _from_html(source)
    body = _markdown_text(source.content) if source.fmt == "markdown" else source.content
    text = normalise(body)
    if not text:
        raise ArticleError(source.origin, "no text left after cleaning")
    title = source.title or _first_line(text)
    if source.title and not text.startswith(source.title):
        text = normalise(source.title) + "\n\n" + text
    return Document(source=source, text=text, title=title, url=source.url, date=source.date,
                    publisher=source.publisher, lang=source.lang)


def _first_line(text: str) -> str | None:
    line = text.split("\n", 1)[0].strip()
    return line[:300] or None


def _from_html(source: Source) -> Document:
    import trafilatura

    if "<" not in source.content:
        raise ArticleError(source.origin, "this .html file holds no HTML markup")
    try:
        found = trafilatura.bare_extraction(
            source.content, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True, url=source.url)
    except Exception as exc:  # trafilatura raises many types on broken markup
        raise ArticleError(source.origin, f"the HTML could not be parsed ({exc})") from exc
    # A page whose only "text" is a menu word is a truncated or empty page, not an article.
    if found is None or len((found.text or "").strip()) < MIN_HTML_TEXT:
        raise ArticleError(source.origin, "no article text found in the HTML page "
                                          "(truncated page, or no <article>/<p> body)")
    text = normalise(found.text)
    title = source.title or (normalise(found.title) if found.title else _first_line(text))
    return Document(source=source, text=text, title=title,
                    url=source.url or found.url, date=source.date or found.date,
                    publisher=source.publisher or _publisher(found), lang=source.lang)


def _publisher(found) -> str | None:
    site = (found.sitename or "").strip()
    # trafilatura falls back to the <title> for the site name; that is no publisher.
    if site and found.title and site in (found.title or ""):
        site = ""
    return site or found.hostname or None


# Tables are parsed so they can be left out, as web pages' tables are (see _from_html): a
# table of deals restates the text in cells that no sentence rule can read.
_MD = MarkdownIt("commonmark").enable("table")


def _markdown_text(markdown: str) -> str:
    """The prose of a Markdown document, one block per line, without its tables."""
    blocks: list[str] = []
    in_table = 0
    for token in _MD.parse(markdown):
        in_table += {"table_open": 1, "table_close": -1}.get(token.type, 0)
        if token.type == "inline" and not in_table:
            blocks.append("".join(
                child.content if child.type in {"text", "code_inline"} else
                (" " if child.type in {"softbreak", "hardbreak"} else "")
                for child in token.children or []))
    return "\n".join(b for b in blocks if b.strip())
