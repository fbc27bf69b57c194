"""Views of the graph: networkx analytics (`network`) and an offline HTML page (`html`)."""

from pledgegraph.views.html import ViewInfo, render_view, write_view
from pledgegraph.views.network import (
    DegreeRow,
    communities,
    company_country_bipartite,
    degree_table,
    ego,
    export,
    pagerank,
    resolve,
    shortest_path,
    to_networkx,
)

__all__ = [
    "ViewInfo", "write_view", "render_view",
    "DegreeRow", "to_networkx", "resolve", "degree_table", "pagerank", "communities", "ego",
    "shortest_path", "company_country_bipartite", "export",
]
