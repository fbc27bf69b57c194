"""What the notebooks show: tables and embedded views, without pandas.

Each function returns an object that Jupyter draws as HTML (``_repr_html_``) and that prints
as plain text anywhere else. Labels and evidence come from articles, so every cell is
escaped, and an embedded view runs in a sandboxed frame that cannot reach the notebook.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx
import rdflib

__all__ = [
    "Frame",
    "Table",
    "bipartite_table",
    "community_table",
    "path_table",
    "query_table",
    "ranking",
    "show_view",
]

_NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?$")
TEXT_WIDTH = 60     # plain-text cells are cut here; the HTML table shows them whole


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        return f"{value:,.0f}" if value == int(value) else f"{value:.4f}"
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return "; ".join(_cell(x) for x in items)
    return " ".join(str(value).split())


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, (int, float)) or (isinstance(value, str) and bool(_NUMBER.match(value)))


@dataclass(frozen=True)
class Table:
    """Rows under named columns. `total` is the row count before a limit cut the table."""

    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    caption: str = ""
    total: int | None = None

    @classmethod
    def of(cls, records: Iterable, columns: Sequence[str], caption: str = "",
           limit: int | None = None) -> Table:
        """A table of `columns` read off each record: a mapping's keys or an object's attributes."""
        rows = [tuple(r.get(c) if isinstance(r, Mapping) else getattr(r, c) for c in columns)
                for r in records]
        return cls(tuple(columns), tuple(rows[:limit] if limit else rows), caption, len(rows))

    @classmethod
    def of_mapping(cls, mapping: Mapping, columns: tuple[str, str], caption: str = "") -> Table:
        """Two columns: the keys and the values of `mapping`, in its order."""
        rows = tuple(mapping.items())
        return cls(tuple(columns), rows, caption, len(rows))

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list:
        i = self.columns.index(name)
        return [row[i] for row in self.rows]

    def count_by(self, name: str, caption: str = "") -> Table:
        """How many rows hold each value of column `name`, most frequent first."""
        counts: dict = {}
        for value in self.column(name):
            counts[value] = counts.get(value, 0) + 1
        rows = sorted(counts.items(), key=lambda kv: (-kv[1], _cell(kv[0])))
        return Table((name, "rows"), tuple(rows), caption)

    def _count(self) -> str:
        total = len(self.rows) if self.total is None else self.total
        if total > len(self.rows):
            return f"{len(self.rows)} of {total} rows"
        return f"{total} row" + ("" if total == 1 else "s")

    def _right(self) -> list[bool]:
        return [bool(self.rows) and all(_is_number(r[i]) or r[i] in (None, "") for r in self.rows)
                and any(_is_number(r[i]) for r in self.rows) for i in range(len(self.columns))]

    def text(self) -> str:
        cut = [[_clip(_cell(v)) for v in row] for row in self.rows]
        widths = [max([len(c)] + [len(r[i]) for r in cut]) for i, c in enumerate(self.columns)]
        right = self._right()

        def line(cells: Sequence[str]) -> str:
            return "  ".join(c.rjust(w) if r else c.ljust(w)
                             for c, w, r in zip(cells, widths, right)).rstrip()

        out = [self.caption] if self.caption else []
        out += [line(self.columns), line(["-" * w for w in widths])]
        out += [line(r) for r in cut]
        out.append(f"({self._count()})")
        return "\n".join(out)

    __str__ = text

    def __repr__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        right = self._right()

        def td(value: Any, r: bool, tag: str = "td") -> str:
            style = ' style="text-align:right"' if r else ' style="text-align:left"'
            return f"<{tag}{style}>{html.escape(_cell(value))}</{tag}>"

        head = "".join(td(c, r, "th") for c, r in zip(self.columns, right))
        body = "".join("<tr>" + "".join(td(v, r) for v, r in zip(row, right)) + "</tr>"
                       for row in self.rows)
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return (f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
                f"<p><small>{html.escape(self._count())}</small></p>")


def _clip(text: str) -> str:
    return text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"


# --------------------------------------------------------------------------- queries

def query_table(graph: rdflib.Graph, query: str, params: Mapping[str, str] | None = None,
                limit: int | None = None) -> Table:
    """Run a named query (or a .rq file, or SPARQL text) and show its rows, captioned with
    the question it answers. SELECT queries only."""
    from pledgegraph.errors import QueryError
    from pledgegraph.query import run_query

    result = run_query(graph, query, dict(params or {}))
    if result.kind != "SELECT":
        raise QueryError(f"{query}: a table needs a SELECT query, not {result.kind}")
    nq = result.query
    caption = f"{nq.name}: {nq.question}" if nq is not None and nq.name and nq.question else ""
    if params:
        caption += " (" + ", ".join(f"{k}={v}" for k, v in params.items()) + ")"
    rows = result.cells()
    return Table(tuple(result.variables), tuple(rows[:limit] if limit else rows), caption, len(rows))


# --------------------------------------------------------------------------- network analytics

def _label(G: nx.Graph, n: str) -> str:
    return str(G.nodes[n].get("label") or n)


def ranking(G: nx.Graph, scores: Mapping[str, float], limit: int | None = 10,
            name: str = "score", caption: str = "") -> Table:
    """Entities ranked by `scores` (a node -> number mapping such as `pagerank`'s), best first."""
    ordered = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    rows = [(i, _label(G, n), G.nodes[n].get("type", ""), score)
            for i, (n, score) in enumerate(ordered, 1)]
    return Table(("rank", "entity", "type", name), tuple(rows[:limit] if limit else rows),
                 caption, len(rows))


def community_table(G: nx.Graph, groups: Sequence[Sequence[str]], caption: str = "") -> Table:
    """One row per community (as `communities` returns them): size, companies, other members."""
    rows = []
    for i, group in enumerate(groups, 1):
        members = sorted(group, key=lambda n: (_label(G, n).casefold(), n))
        companies = [_label(G, n) for n in members if G.nodes[n].get("type") == "Company"]
        others = [_label(G, n) for n in members if G.nodes[n].get("type") != "Company"]
        rows.append((i, len(group), ", ".join(companies), ", ".join(others)))
    return Table(("community", "size", "companies", "other members"), tuple(rows), caption)


def path_table(G: nx.MultiDiGraph, path: Sequence[str], caption: str = "") -> Table:
    """The steps of a path (as `shortest_path` returns it), with the links to the next step:
    "→ investment" follows the link's direction, "← partnership" goes against it."""
    rows = []
    for i, n in enumerate(path):
        links = ""
        if i + 1 < len(path):
            nxt = path[i + 1]
            forward = {d.get("kind", "") for d in G.get_edge_data(n, nxt, default={}).values()}
            backward = {d.get("kind", "") for d in G.get_edge_data(nxt, n, default={}).values()}
            links = ", ".join([f"→ {k}" for k in sorted(forward)] + [f"← {k}" for k in sorted(backward)])
        rows.append((i + 1, _label(G, n), G.nodes[n].get("type", ""), links))
    return Table(("step", "entity", "type", "link to the next step"), tuple(rows), caption)


def bipartite_table(B: nx.Graph, limit: int | None = None, caption: str = "") -> Table:
    """The links of `company_country_bipartite`, largest US-dollar amount first."""
    rows = []
    for u, v, d in B.edges(data=True):
        company, country = (u, v) if B.nodes[u].get("bipartite") == 0 else (v, u)
        rows.append((_label(B, company), _label(B, country), d["amount_usd"], d["investments"],
                     d["facilities"], d["trainings"], len(d["sources"])))
    rows.sort(key=lambda r: (-r[2], r[0].casefold(), r[1].casefold()))
    return Table(("company", "country", "USD", "investments", "centres and labs", "trainings",
                  "sources"), tuple(rows[:limit] if limit else rows), caption, len(rows))


# --------------------------------------------------------------------------- embedded view

@dataclass(frozen=True)
class Frame:
    """An offline view page, shown in a notebook inside a sandboxed frame."""

    page: str
    nodes: int
    edges: int
    note: str = ""
    height: int = 620

    def _repr_html_(self) -> str:
        # srcdoc keeps the page inline (no file, no server); the sandbox gives it an opaque
        # origin, so its scripts run but cannot touch the notebook.
        return (f'<iframe sandbox="allow-scripts" srcdoc="{html.escape(self.page, quote=True)}" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ccc"></iframe>')

    def __repr__(self) -> str:
        text = f"<PledgeGraph view: {self.nodes} nodes, {self.edges} links>"
        return text + (f" {self.note}" if self.note else "")


def show_view(graph: rdflib.Graph | nx.MultiDiGraph, kind: str = "overview", focus: str | None = None,
              hops: int = 2, lang: str = "en", height: int = 620) -> Frame:
    """The interactive view `pledgegraph view` writes, to display in a notebook."""
    from pledgegraph.views.html import render_view

    page, nodes, edges, _, note = render_view(graph, kind, focus, hops, lang)
    return Frame(page, nodes, edges, note, height)
