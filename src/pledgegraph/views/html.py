"""One self-contained, offline HTML page drawing the graph with vis-network.

The page inlines the vis-network JavaScript and CSS that pyvis 0.3.2 ships in its package
(``pyvis/lib/vis-9.1.2``), so it loads nothing from the network: no CDN, no Bootstrap (pyvis's
own template adds Bootstrap from a CDN in every mode, so it is not used). A Content-Security-
Policy allows only the page's own scripts (by hash), inline styles and ``data:`` images, so
even a bug could not make the page fetch anything.

Positions are computed here (spring layout with a fixed seed for small graphs; a spring
layout of the best-linked nodes with the rest placed around their neighbours for big ones)
and physics is off, so the browser draws at once. Components reach the layouts with their
nodes and edges in sorted order (`sorted_subgraph`; networkx's own subgraphs iterate a set),
so the page's bytes do not depend on PYTHONHASHSEED. Everything taken from articles reaches
the page as JSON inside a ``<script type="application/json">`` block with ``<``, ``>`` and
``&`` escaped, and is put into the document by the page's script as text only.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

import networkx as nx
import rdflib

from pledgegraph.errors import ViewError
from pledgegraph.views.network import (
    company_country_bipartite,
    ego,
    sorted_subgraph,
    to_networkx,
)

__all__ = ["ViewInfo", "write_view", "render_view", "KINDS"]

KINDS = ("overview", "company", "country", "partners")
SMALL_GRAPH = 300     # graphs up to this size: a full force-directed layout per component
SKELETON = 250        # in bigger graphs, at most this many nodes of a component get a spring layout
EDGE_PX = 130.0       # typical link length in small components, in pixels
BIG_EDGE_PX = 60.0    # ideal link length in big components
_GOLDEN = math.pi * (3 - math.sqrt(5))

# type -> (colour, shape, legend symbol, size)
_TYPE_STYLE = {
    "Company": ("#4e79a7", "dot", "\u25cf", 10),
    "Organization": ("#76b7b2", "dot", "\u25cf", 10),
    "Government": ("#b07aa1", "square", "\u25a0", 11),
    "Country": ("#e15759", "hexagon", "\u2b22", 20),
    "City": ("#f28e2b", "triangle", "\u25b2", 10),
    "ThreatIntelligenceCenter": ("#edc948", "star", "\u2605", 11),
    "ResearchLab": ("#59a14f", "diamond", "\u25c6", 10),
    "TrainingProgram": ("#9c755f", "triangleDown", "\u25bc", 10),
}
_TYPE_ORDER = tuple(_TYPE_STYLE)

# kind -> (colour, dashed, directed)
_KIND_STYLE = {
    "investment": ("#e8a33d", False, True),
    "partnership": ("#4e79a7", False, False),
    "operates": ("#59a14f", False, True),
    "located": ("#9d9d9d", False, True),
    "provides": ("#9c755f", False, True),
    "targets": ("#9c755f", True, True),
    "subsidiary": ("#b07aa1", False, True),
    "government": ("#b07aa1", True, True),
    "summary": ("#e8a33d", False, True),
}
_KIND_ORDER = tuple(_KIND_STYLE)

_TYPE_NAMES = {
    "en": {"Company": "Company", "Organization": "Organisation", "Government": "Government",
           "Country": "Country", "City": "City",
           "ThreatIntelligenceCenter": "Threat-intelligence centre",
           "ResearchLab": "Research lab", "TrainingProgram": "Training programme"},
    "fr": {"Company": "Entreprise", "Organization": "Organisation", "Government": "Gouvernement",
           "Country": "Pays", "City": "Ville",
           "ThreatIntelligenceCenter": "Centre de renseignement sur les menaces",
           "ResearchLab": "Laboratoire de recherche", "TrainingProgram": "Programme de formation"},
}
_KIND_NAMES = {
    "en": {"investment": "investment", "partnership": "partnership", "operates": "operates",
           "located": "located in", "provides": "provides", "targets": "trains people in",
           "subsidiary": "subsidiary of", "government": "government of",
           "summary": "commitments in a country (summed)"},
    "fr": {"investment": "investissement", "partnership": "partenariat", "operates": "exploite",
           "located": "situé à / en", "provides": "propose", "targets": "forme des personnes en",
           "subsidiary": "filiale de", "government": "gouvernement de",
           "summary": "engagements dans un pays (cumulés)"},
}
_UI = {
    "en": {
        "title": {"overview": "PledgeGraph: corporate AI commitments",
                  "company": "PledgeGraph: around {focus}", "country": "PledgeGraph: around {focus}",
                  "partners": "PledgeGraph: partnerships"},
        "search": "Find an entity…", "find": "Find", "fit": "Show all", "year": "Year",
        "all_years": "all years", "not_found": "No entity named", "entities": "Entities",
        "links": "Links", "width": "Line width: US dollars (log scale).",
        "hint": "Untick a type to hide it; hover over a node or a link for its sources.",
        "also": "Also known as", "other_lang": "In French", "iso": "ISO code",
        "invested": "Invests (USD, summed)", "received": "Receives (USD, summed)",
        "facts": "Facts", "years": "Announced", "sources": "Sources", "amount": "Amount",
        "total": "Total (USD)", "period": "Period", "purpose": "Purpose", "evidence": "Evidence",
        "participants": "People to train", "more": "more", "unknown_usd": "amount not known in USD",
        "investments": "Investments", "facilities": "Centres and labs", "trainings": "Training programmes",
        "empty": "The graph has no entity to show.",
        "ego": "Entities within {hops} link(s) of {focus}.",
        "partners_only": "Only partnerships are shown.",
        "summary": ("Summarised view: the selection has {n} entities and {m} links, more than the "
                    "limit of {max} nodes. Shown: companies linked to the countries where they "
                    "commit, with investments summed in US dollars and centres, labs and training "
                    "programmes counted ({c} companies, {k} countries). Left out: {dc} companies "
                    "and {dk} countries with the smallest totals, and partnerships, governments, "
                    "cities and other organisations."),
    },
    "fr": {
        "title": {"overview": "PledgeGraph : engagements des entreprises dans l'IA",
                  "company": "PledgeGraph : autour de {focus}", "country": "PledgeGraph : autour de {focus}",
                  "partners": "PledgeGraph : partenariats"},
        "search": "Chercher une entité…", "find": "Chercher", "fit": "Tout afficher",
        "year": "Année", "all_years": "toutes les années", "not_found": "Aucune entité nommée",
        "entities": "Entités", "links": "Liens",
        "width": "Épaisseur des liens : dollars US (échelle logarithmique).",
        "hint": "Décochez un type pour le masquer ; survolez un nœud ou un lien pour ses sources.",
        "also": "Aussi appelé", "other_lang": "En anglais", "iso": "Code ISO",
        "invested": "Investit (USD, cumulés)", "received": "Reçoit (USD, cumulés)",
        "facts": "Faits", "years": "Annoncé en", "sources": "Sources", "amount": "Montant",
        "total": "Total (USD)", "period": "Période", "purpose": "Objet", "evidence": "Extrait",
        "participants": "Personnes à former", "more": "de plus",
        "unknown_usd": "montant inconnu en USD", "investments": "Investissements",
        "facilities": "Centres et laboratoires", "trainings": "Programmes de formation",
        "empty": "Le graphe ne contient aucune entité à afficher.",
        "ego": "Entités à {hops} lien(s) ou moins de {focus}.",
        "partners_only": "Seuls les partenariats sont affichés.",
        "summary": ("Vue résumée : la sélection compte {n} entités et {m} liens, plus que la "
                    "limite de {max} nœuds. Affichés : les entreprises reliées aux pays où elles "
                    "s'engagent, investissements cumulés en dollars US, centres, laboratoires et "
                    "programmes de formation comptés ({c} entreprises, {k} pays). Omis : {dc} "
                    "entreprises et {dk} pays aux plus petits totaux, ainsi que les partenariats, "
                    "gouvernements, villes et autres organisations."),
    },
}


@dataclass(frozen=True)
class ViewInfo:
    path: Path
    nodes: int          # nodes drawn
    edges: int          # links drawn (facts between the same two nodes share one link)
    summarised: bool
    note: str           # what the page says about its content ("" when nothing to say)


# --------------------------------------------------------------------------- assets

@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str, str]:
    """(version, JavaScript, CSS) of the vis-network that pyvis ships."""
    try:
        lib = resources.files("pyvis") / "lib"
        dirs = sorted((d for d in lib.iterdir() if d.name.startswith("vis-")),
                      key=lambda d: tuple(int(x) for x in re.findall(r"\d+", d.name)))
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError) as exc:
        raise ViewError(f"cannot find vis-network in the pyvis package ({exc}); "
                        "install pyvis==0.3.2") from None
    for d in reversed(dirs):
        js, css = d / "vis-network.min.js", d / "vis-network.css"
        if js.is_file() and css.is_file():
            return d.name[4:], js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
    raise ViewError("the pyvis package has no vis-network.min.js; install pyvis==0.3.2")


@lru_cache(maxsize=1)
def _own_assets() -> tuple[str, str, str]:
    here = resources.files("pledgegraph.views")
    return tuple((here / name).read_text(encoding="utf-8")
                 for name in ("view.html", "view.js", "view.css"))  # type: ignore[return-value]


def _script_safe(code: str, what: str) -> str:
    low = code.lower()
    if "</script" in low or "<!--" in low:
        raise ViewError(f"{what} cannot be inlined in a <script> element")
    return code


def _style_safe(css: str, what: str) -> str:
    if "</style" in css.lower():
        raise ViewError(f"{what} cannot be inlined in a <style> element")
    return css


def _json_for_script(data: object) -> str:
    """JSON that cannot end its <script> element nor open a comment in it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


# --------------------------------------------------------------------------- layout

def _small_component(C: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Positions of one component of a small graph, around (0, 0): Kamada-Kawai up to 60
    nodes, spring layout beyond; scaled so that the median link is EDGE_PX long."""
    n = C.number_of_nodes()
    nodes = list(C)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-EDGE_PX / 2, 0.0), nodes[1]: (EDGE_PX / 2, 0.0)}
    if n <= 60:
        pos = nx.kamada_kawai_layout(C, weight=None)
    else:
        pos = nx.spring_layout(C, seed=seed, iterations=150, weight=None)
    lengths = sorted(math.dist(pos[u], pos[v]) for u, v in C.edges())
    median = lengths[len(lengths) // 2] if lengths else 1.0
    scale = EDGE_PX / median if median > 1e-9 else EDGE_PX
    return {v: (float(x) * scale, float(y) * scale) for v, (x, y) in pos.items()}


def _seed_component(C: nx.Graph, seed: int, k: float) -> dict[str, tuple[float, float]]:
    """Starting positions of one component of a big graph, around (0, 0), in O(n): a spring
    layout of its best-linked nodes (an eighth, 40 to SKELETON of them) when it has more than
    40, else just its best-linked node;
    every other node on a sunflower spiral around the neighbour that reached it first
    (breadth first)."""
    deg = dict(C.degree())
    order = sorted(C, key=lambda v: (-deg[v], v))
    n = len(order)
    if n > 40:
        skeleton = order[: min(SKELETON, max(40, n // 8))]
        spring = nx.spring_layout(sorted_subgraph(C, skeleton), seed=seed, iterations=80, weight=None)
        scale = 1.2 * k * math.sqrt(n / math.pi)
        pos = {v: (float(x) * scale, float(y) * scale) for v, (x, y) in spring.items()}
    else:
        skeleton = order[:1]
        pos = {order[0]: (0.0, 0.0)}
    children: dict[str, int] = {}
    queue = list(skeleton)
    head = 0
    while head < len(queue):
        a = queue[head]
        head += 1
        ax, ay = pos[a]
        phase = (head * 0.7) % (2 * math.pi)
        for c in sorted(C[a], key=lambda v: (-deg[v], v)):
            if c in pos:
                continue
            i = children.get(a, 0) + 1
            children[a] = i
            r = 0.6 * k * math.sqrt(i)
            theta = phase + i * _GOLDEN
            pos[c] = (ax + r * math.cos(theta), ay + r * math.sin(theta))
            queue.append(c)
    return pos


def _refine(H: nx.Graph, pos: dict[str, tuple[float, float]], comp_of: dict[str, int], k: float,
            iterations: int = 50) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold on all components at once, with repulsion only between nodes of
    the same component closer than 2k (k-d tree): O(n log n + m) a step instead of O(n^2)."""
    import numpy as np
    from scipy.spatial import cKDTree

    nodes = list(H)
    index = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    P = np.array([pos[v] for v in nodes], dtype=float)
    comp = np.array([comp_of[v] for v in nodes], dtype=np.intp)
    E = np.array([(index[u], index[v]) for u, v in H.edges() if u != v], dtype=np.intp).reshape(-1, 2)
    cutoff = 2.0 * k
    t = 2.0 * k
    cool = (0.02 * k / t) ** (1.0 / iterations)
    for _ in range(iterations):
        dx = np.zeros(n)
        dy = np.zeros(n)
        pairs = cKDTree(P).query_pairs(cutoff, output_type="ndarray")
        if len(pairs):
            pairs = pairs[comp[pairs[:, 0]] == comp[pairs[:, 1]]]
        if len(pairs):
            d = P[pairs[:, 0]] - P[pairs[:, 1]]
            dist = np.maximum(np.hypot(d[:, 0], d[:, 1]), 0.01 * k)
            f = (k * k / dist**2)[:, None] * d           # k^2 / dist along the unit vector
            dx += np.bincount(pairs[:, 0], f[:, 0], n) - np.bincount(pairs[:, 1], f[:, 0], n)
            dy += np.bincount(pairs[:, 0], f[:, 1], n) - np.bincount(pairs[:, 1], f[:, 1], n)
        if len(E):
            d = P[E[:, 0]] - P[E[:, 1]]
            dist = np.maximum(np.hypot(d[:, 0], d[:, 1]), 0.01 * k)
            f = (dist / k)[:, None] * d                    # dist^2 / k along the unit vector
            dx += np.bincount(E[:, 1], f[:, 0], n) - np.bincount(E[:, 0], f[:, 0], n)
            dy += np.bincount(E[:, 1], f[:, 1], n) - np.bincount(E[:, 0], f[:, 1], n)
        length = np.maximum(np.hypot(dx, dy), 1e-9)
        step = np.minimum(length, t) / length
        P[:, 0] += dx * step
        P[:, 1] += dy * step
        t *= cool
    return {v: (float(P[i, 0]), float(P[i, 1])) for v, i in index.items()}


def _pack(comps: list[list[str]], pos: dict[str, tuple[float, float]],
          margin: float) -> dict[str, tuple[float, float]]:
    """The largest component where it is; the others in columns to its right."""
    out: dict[str, tuple[float, float]] = {}
    top = height = cursor_x = cursor_y = col_w = 0.0
    for index, comp in enumerate(comps):
        xs = [pos[v][0] for v in comp]
        ys = [pos[v][1] for v in comp]
        minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
        w, h = maxx - minx + margin, maxy - miny + margin
        if index == 0:
            dx = dy = 0.0
            top, height = miny, max(maxy - miny, 500.0)
            cursor_x, cursor_y, col_w = maxx + 1.5 * margin, top, 0.0
        else:
            if cursor_y > top and cursor_y + h > top + height:
                cursor_x, cursor_y, col_w = cursor_x + col_w, top, 0.0
            dx, dy = cursor_x - minx, cursor_y - miny
            cursor_y += h
            col_w = max(col_w, w)
        for v in comp:
            out[v] = (pos[v][0] + dx, pos[v][1] + dy)
    return out


def _layout(nodes: list[str], edges: list[tuple[str, str]], seed: int = 7) -> dict[str, tuple[int, int]]:
    """Pixel positions, deterministic. Graphs up to SMALL_GRAPH nodes: each connected
    component gets Kamada-Kawai or spring layout. Bigger graphs: O(n) starting positions
    per component, then one k-d-tree Fruchterman-Reingold pass over all of them. Either way
    the largest component comes first and the others are packed to its right."""
    H = nx.Graph()
    H.add_nodes_from(nodes)
    H.add_edges_from((u, v) for u, v in edges if u != v)
    comps = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    pos: dict[str, tuple[float, float]] = {}
    if H.number_of_nodes() <= SMALL_GRAPH:
        for comp in comps:
            pos.update(_small_component(sorted_subgraph(H, comp), seed))
        placed = _pack(comps, pos, 90.0)
    else:
        k = BIG_EDGE_PX
        comp_of: dict[str, int] = {}
        for i, comp in enumerate(comps):
            pos.update(_seed_component(sorted_subgraph(H, comp), seed, k))
            comp_of.update((v, i) for v in comp)
        # Spread out first so that the k-d tree meets few nodes of other components.
        pos = _pack(comps, pos, 4 * k)
        pos = _refine(H, pos, comp_of, k)
        placed = _pack(comps, pos, 1.5 * k)
    return {v: (round(x), round(y)) for v, (x, y) in placed.items()}


# --------------------------------------------------------------------------- text helpers

def _usd(value: float, lang: str) -> str:
    for limit, en, fr in ((1e12, "trillion", "billions"), (1e9, "billion", "milliards"),
                          (1e6, "million", "millions")):
        if value >= limit:
            number = f"{value / limit:,.1f}".rstrip("0").rstrip(".")
            if lang == "fr":
                return f"{number.replace(',', ' ').replace('.', ',')} {fr} USD"
            return f"{number} {en} USD"
    number = f"{value:,.0f}"
    return f"{number.replace(',', ' ')} USD" if lang == "fr" else f"{number} USD"


def _clip(text: str, limit: int = 320) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _join_some(items: list[str], lang: str, limit: int = 4, sep: str = "; ") -> str:
    items = [_clip(x, 160) for x in items]
    shown = sep.join(items[:limit])
    if len(items) > limit:
        shown += f" (+{len(items) - limit} {_UI[lang]['more']})"
    return shown


def _label(attrs: dict, lang: str) -> str:
    key = "label_fr" if lang == "fr" else "label"
    return str(attrs.get(key) or attrs.get("label") or attrs.get("iri") or "?")


# --------------------------------------------------------------------------- page model

class _Page:
    """Nodes and links of the page, in the shape the page's script reads."""

    def __init__(self, lang: str):
        self.lang = lang
        self.ui = _UI[lang]
        self.nodes: list[dict] = []
        self.edges: list[dict] = []
        self.ids: dict[str, int] = {}

    def add_node(self, key: str, attrs: dict, tip: list, size: float | None = None) -> None:
        t = attrs.get("type") if attrs.get("type") in _TYPE_STYLE else "Organization"
        self.ids[key] = len(self.nodes)
        other = attrs.get("label") if self.lang == "fr" else attrs.get("label_fr")
        names = [_label(attrs, self.lang)]
        for extra in (other, *attrs.get("aliases", []), attrs.get("iso")):
            if extra and extra not in names:
                names.append(str(extra))
        self.nodes.append({
            "id": self.ids[key], "label": _label(attrs, self.lang), "t": _TYPE_ORDER.index(t),
            "x": 0, "y": 0, "size": size or _TYPE_STYLE[t][3],
            "yr": sorted(int(y) for y in attrs.get("years", []) if y is not None),
            "names": names, "tip": tip, "_key": key,
        })

    def add_edge(self, u: str, v: str, kind: str, usd: float, years: set, tip: list) -> None:
        directed = _KIND_STYLE[kind][2]
        if not math.isfinite(usd):
            usd = 0.0
        if kind in ("investment", "summary"):
            width = 1.0 + 1.4 * math.log10(1.0 + max(usd, 0.0) / 1e6)
        elif kind == "partnership":
            width = 2.0
        else:
            width = 1.5
        self.edges.append({
            "from": self.ids[u], "to": self.ids[v], "k": _KIND_ORDER.index(kind),
            "w": round(width, 2), "a": 1 if directed else 0,
            "yr": sorted(int(y) for y in years if y is not None), "tip": tip,
        })

    def place(self) -> None:
        keys = [n["_key"] for n in self.nodes]
        by_id = {n["id"]: n["_key"] for n in self.nodes}
        pos = _layout(keys, [(by_id[e["from"]], by_id[e["to"]]) for e in self.edges])
        for n in self.nodes:
            n["x"], n["y"] = pos[n["_key"]]
            del n["_key"]


def _node_tip(G: nx.MultiDiGraph, n: str, lang: str) -> list:
    a = G.nodes[n]
    ui = _UI[lang]
    t = a.get("type", "Organization")
    tip: list = [[None, _label(a, lang)], ["", _TYPE_NAMES[lang].get(t, t)]]
    other = a.get("label") if lang == "fr" else a.get("label_fr")
    if other and other != _label(a, lang):
        tip.append([ui["other_lang"], str(other)])
    if a.get("aliases"):
        tip.append([ui["also"], _join_some(list(a["aliases"]), lang, 6, ", ")])
    if a.get("iso"):
        tip.append([ui["iso"], str(a["iso"])])
    if t in ("ThreatIntelligenceCenter", "ResearchLab", "TrainingProgram"):
        if a.get("participants"):
            tip.append([ui["participants"], f"{a['participants']:,}".replace(",", " " if lang == "fr" else ",")])
        if a.get("period"):
            tip.append([ui["period"], _clip(a["period"])])
        if a.get("evidence"):
            tip.append([ui["evidence"], _join_some(list(a["evidence"]), lang, 2, " ")])
    else:
        out_usd = sum(d.get("weight", 0.0) for _, _, d in G.out_edges(n, data=True)
                      if d.get("kind") == "investment")
        in_usd = sum(d.get("weight", 0.0) for _, _, d in G.in_edges(n, data=True)
                     if d.get("kind") == "investment")
        if out_usd:
            tip.append([ui["invested"], _usd(out_usd, lang)])
        if in_usd:
            tip.append([ui["received"], _usd(in_usd, lang)])
        facts = {d.get("iri") for _, _, d in G.in_edges(n, data=True) if d.get("fact_type")}
        facts |= {d.get("iri") for _, _, d in G.out_edges(n, data=True) if d.get("fact_type")}
        if facts:
            tip.append([ui["facts"], str(len(facts))])
    if a.get("years"):
        tip.append([ui["years"], ", ".join(str(y) for y in a["years"])])
    if a.get("source_titles"):
        tip.append([ui["sources"], _join_some(list(a["source_titles"]), lang)])
    return tip


def _edge_tip(G: nx.MultiDiGraph, u: str, v: str, kind: str, facts: list[dict], lang: str) -> list:
    ui = _UI[lang]
    arrow = " — " if kind == "partnership" else " → "
    tip: list = [[None, _label(G.nodes[u], lang) + arrow + _label(G.nodes[v], lang)],
                 ["", _KIND_NAMES[lang][kind]]]
    facts = [f for f in facts if f.get("fact_type")]
    if kind == "investment" and len(facts) > 1:
        tip.append([ui["total"], _usd(sum(f.get("weight", 0.0) for f in facts), lang)])
    for f in facts[:4]:
        if len(facts) > 1:
            tip.append(["", "―"])
        if kind == "investment":
            if f.get("amounts"):
                tip.append([ui["amount"], _join_some(list(f["amounts"]), lang)])
            if f.get("usd_source") == "none":
                tip.append(["", ui["unknown_usd"]])
        if f.get("period"):
            tip.append([ui["period"], _clip(f["period"])])
        if f.get("purpose"):
            tip.append([ui["purpose"], _clip(f["purpose"])])
        if f.get("year") is not None:
            tip.append([ui["years"], str(f["year"])])
        if f.get("evidence"):
            tip.append([ui["evidence"], _join_some(list(f["evidence"]), lang, 2, " ")])
        if f.get("source_titles"):
            tip.append([ui["sources"], _join_some(list(f["source_titles"]), lang)])
    if len(facts) > 4:
        tip.append(["", f"+{len(facts) - 4} {ui['more']}"])
    return tip


def _full_page(G: nx.MultiDiGraph, lang: str) -> _Page:
    page = _Page(lang)
    for n, a in G.nodes(data=True):
        size = None
        if a.get("type") in ("Company", "Organization"):
            size = round(10 + 4 * math.log10(1 + G.degree(n)), 1)
        page.add_node(n, a, _node_tip(G, n, lang), size)
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for u, v, d in G.edges(data=True):
        groups.setdefault((u, v, d.get("kind", "located")), []).append(d)
    for (u, v, kind) in sorted(groups):
        facts = groups[(u, v, kind)]
        usd = sum(f.get("weight", 0.0) for f in facts)
        years = {f.get("year") for f in facts}
        page.add_edge(u, v, kind if kind in _KIND_STYLE else "located", usd, years,
                      _edge_tip(G, u, v, kind, facts, lang))
    return page


def _summary_page(G: nx.MultiDiGraph, lang: str, max_nodes: int) -> tuple[_Page, str]:
    ui = _UI[lang]
    B = company_country_bipartite(G)
    titles: dict[str, str] = {}
    for _, _, d in G.edges(data=True):
        titles.update(zip(d.get("sources", []), d.get("source_titles", [])))

    def total(n: str) -> float:
        return sum(d["amount_usd"] for _, _, d in B.edges(n, data=True))

    countries = [n for n, d in B.nodes(data=True) if d["bipartite"] == 1 and B.degree(n) > 0]
    companies = [n for n, d in B.nodes(data=True) if d["bipartite"] == 0]
    rank = lambda n: (-total(n), -B.degree(n), _label(B.nodes[n], lang), n)  # noqa: E731
    keep_countries = sorted(countries, key=rank)
    if len(keep_countries) > max(1, max_nodes // 2):
        keep_countries = keep_countries[: max(1, max_nodes // 2)]
    kept_c = set(keep_countries)
    linked = [n for n in companies if any(k in kept_c for k in B[n])]
    keep_companies = sorted(linked, key=rank)[: max(0, max_nodes - len(keep_countries))]
    kept = set(keep_companies)
    keep_countries = [k for k in keep_countries if any(c in kept for c in B[k])]
    shown = sorted(set(keep_countries) | kept)

    page = _Page(lang)
    for n in shown:
        a = dict(B.nodes[n])
        size = None if a.get("type") == "Country" else round(10 + 4 * math.log10(1 + B.degree(n)), 1)
        page.add_node(n, a, _node_tip(G, n, lang), size)
    for c in keep_companies:
        for k in sorted(B[c]):
            if k not in page.ids:
                continue
            d = B.edges[c, k]
            tip: list = [[None, _label(B.nodes[c], lang) + " → " + _label(B.nodes[k], lang)],
                         ["", _KIND_NAMES[lang]["summary"]]]
            if d["amount_usd"]:
                tip.append([ui["total"], _usd(d["amount_usd"], lang)])
            for field in ("investments", "facilities", "trainings"):
                if d[field]:
                    tip.append([ui[field], str(d[field])])
            if d["years"]:
                tip.append([ui["years"], ", ".join(str(y) for y in d["years"])])
            if d["sources"]:
                tip.append([ui["sources"], _join_some([titles.get(s, s) for s in d["sources"]], lang)])
            page.add_edge(c, k, "summary", d["amount_usd"], set(d["years"]), tip)
    note = ui["summary"].format(
        n=G.number_of_nodes(), m=G.number_of_edges(), max=max_nodes,
        c=len(keep_companies), k=len(keep_countries),
        dc=len(companies) - len(keep_companies), dk=len(countries) - len(keep_countries))
    return page, note


# --------------------------------------------------------------------------- HTML

def _legend(page: _Page, lang: str) -> str:
    ui = _UI[lang]
    type_counts: dict[int, int] = {}
    for n in page.nodes:
        type_counts[n["t"]] = type_counts.get(n["t"], 0) + 1
    kinds = sorted({e["k"] for e in page.edges})
    out = [f"<h2>{html.escape(ui['entities'])}</h2>"]
    for t in sorted(type_counts):
        name = _TYPE_ORDER[t]
        colour, _, sym, _ = _TYPE_STYLE[name]
        out.append(
            f'<label><input type="checkbox" data-type="{t}" checked>'
            f'<span class="pg-sym" style="color:{colour}">{sym}</span>'
            f"{html.escape(_TYPE_NAMES[lang][name])} ({type_counts[t]})</label>")
    if kinds:
        out.append(f"<h2>{html.escape(ui['links'])}</h2>")
        for k in kinds:
            name = _KIND_ORDER[k]
            colour, dashed, _ = _KIND_STYLE[name]
            style = f"border-color:{colour};border-top-width:3px" + (";border-top-style:dashed" if dashed else "")
            out.append(f'<div class="pg-edge"><span class="pg-line" style="{style}"></span>'
                       f"{html.escape(_KIND_NAMES[lang][name])}</div>")
        out.append(f'<div class="pg-hint">{html.escape(ui["width"])}</div>')
    out.append(f'<div class="pg-hint">{html.escape(ui["hint"])}</div>')
    return "\n".join(out)


def _build_html(page: _Page, lang: str, kind: str, title: str, note: str, summarised: bool) -> str:
    ui = _UI[lang]
    vis_version, vis_js, vis_css = _vis_assets()
    template, own_js, own_css = _own_assets()
    vis_js = _script_safe(vis_js, "vis-network.min.js")
    own_js = _script_safe(own_js, "view.js")
    years = sorted({y for n in page.nodes for y in n["yr"]} | {y for e in page.edges for y in e["yr"]})
    year_options = [f'<option value="">{html.escape(ui["all_years"])}</option>']
    year_options += [f'<option value="{y}">{y}</option>' for y in years]
    data = {
        "lang": lang,
        "ui": {"not_found": ui["not_found"]},
        "types": [{"name": _TYPE_NAMES[lang][t], "color": _TYPE_STYLE[t][0], "border": "#555",
                   "shape": _TYPE_STYLE[t][1]} for t in _TYPE_ORDER],
        "kinds": [{"name": _KIND_NAMES[lang][k], "color": _KIND_STYLE[k][0],
                   "dashes": _KIND_STYLE[k][1]} for k in _KIND_ORDER],
        "nodes": page.nodes,
        "edges": page.edges,
    }
    csp = ("default-src 'none'; "
           f"script-src {_sha256(vis_js)} {_sha256(own_js)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
           "media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    values = {
        "LANG": lang,
        "CSP": html.escape(csp),
        "VIS_VERSION": html.escape(vis_version),
        "TITLE": html.escape(title),
        "VIS_CSS": _style_safe(vis_css, "vis-network.css"),
        "CSS": _style_safe(own_css, "view.css"),
        "KIND": html.escape(kind),
        "NODES": str(len(page.nodes)),
        "EDGES": str(len(page.edges)),
        "SUMMARISED": "1" if summarised else "0",
        "SEARCH": html.escape(ui["search"]),
        "FIND": html.escape(ui["find"]),
        "FIT": html.escape(ui["fit"]),
        "YEAR": html.escape(ui["year"]),
        "YEAR_OPTIONS": "".join(year_options),
        "NOTE": html.escape(note),
        "LEGEND": _legend(page, lang),
        "DATA": _json_for_script(data),
        "VIS_JS": vis_js,
        "JS": own_js,
    }
    # One pass: text put in the page is never scanned again for placeholders.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], template)


def render_view(graph: rdflib.Graph | nx.MultiDiGraph, kind: str = "overview",
                focus: str | None = None, hops: int = 2, lang: str = "en",
                max_nodes: int = 1500) -> tuple[str, int, int, bool, str]:
    """The page as a string, with (nodes, edges, summarised, note); see `write_view`."""
    if kind not in KINDS:
        raise ViewError(f"unknown view {kind!r}; choose one of: {', '.join(KINDS)}")
    if lang not in _UI:
        raise ViewError(f"unknown language {lang!r}; choose en or fr")
    if max_nodes < 2:
        raise ViewError(f"max_nodes must be 2 or more, not {max_nodes}")
    ui = _UI[lang]
    G = graph if isinstance(graph, nx.MultiDiGraph) else to_networkx(graph)
    notes: list[str] = []
    focus_label = ""
    if kind == "partners":
        part = nx.MultiDiGraph()
        for u, v, k, d in G.edges(keys=True, data=True):
            if d.get("kind") == "partnership":
                if u not in part:
                    part.add_node(u, **G.nodes[u])
                if v not in part:
                    part.add_node(v, **G.nodes[v])
                part.add_edge(u, v, key=k, **d)
        G = part
        notes.append(ui["partners_only"])
    if kind in ("company", "country") or (kind == "partners" and focus):
        if not focus:
            raise ViewError(f"the {kind} view needs a focus: the name or IRI of a "
                            f"{'company' if kind == 'company' else 'country'}")
        prefer = {"company": ("Company", "Organization"), "country": ("Country",)}.get(kind)
        G = ego(G, focus, hops, prefer_types=prefer)
        focus_label = _label(G.nodes[G.graph["centre"]], lang)
        notes.insert(0, ui["ego"].format(hops=hops, focus=focus_label))
    summarised = G.number_of_nodes() > max_nodes
    if summarised:
        page, note = _summary_page(G, lang, max_nodes)
        notes.append(note)
    else:
        page = _full_page(G, lang)
    if not page.nodes:
        notes.append(ui["empty"])
    page.place()
    title = ui["title"][kind].format(focus=focus_label)
    note = " ".join(notes)
    text = _build_html(page, lang, kind, title, note, summarised)
    return text, len(page.nodes), len(page.edges), summarised, note


def write_view(graph: rdflib.Graph | nx.MultiDiGraph, out: Path, kind: Literal["overview", "company", "country", "partners"] = "overview",
               focus: str | None = None, hops: int = 2, lang: Literal["en", "fr"] = "en",
               max_nodes: int = 1500) -> ViewInfo:
    """Write an offline, interactive HTML page of `graph` (RDF, or `to_networkx` of it) to `out`.

    kind: "overview" (everything), "company"/"country" (the entities within `hops` links of
    `focus`, a name or IRI), "partners" (partnership links only; with `focus`, around it).
    lang: labels and texts in English or French. Above `max_nodes` entities the page shows
    companies linked to countries with summed amounts, and says so (``ViewInfo.note``).
    Same graph and arguments give the same bytes, in any process (whatever PYTHONHASHSEED).
    """
    text, nodes, edges, summarised, note = render_view(graph, kind, focus, hops, lang, max_nodes)
    out = Path(out)
    try:
        if out.parent and not out.parent.exists():
            out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(text.encode("utf-8"))
    except OSError as exc:
        raise ViewError(f"{out}: cannot write the page: {exc.strerror or exc}") from None
    return ViewInfo(path=out, nodes=nodes, edges=edges, summarised=summarised, note=note)
