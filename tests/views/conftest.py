"""Fixtures of the view tests; the graphs themselves are in views_data.py."""

from __future__ import annotations

import pytest
import rdflib

from views_data import SMALL_TTL, add_evil, parse


@pytest.fixture
def small_graph() -> rdflib.Graph:
    return parse(SMALL_TTL)


@pytest.fixture
def evil_graph() -> rdflib.Graph:
    return add_evil(parse(SMALL_TTL))
