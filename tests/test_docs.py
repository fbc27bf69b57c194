"""pledgegraph.docs: the ontology's HTML documentation, complete, offline and reproducible."""

from __future__ import annotations

import datetime
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDFS

from pledgegraph.check import load_ontology
from pledgegraph.docs import write_ontology_docs
from pledgegraph.namespaces import PG, PG_CLASSES, PG_PROPERTIES


@pytest.fixture(scope="module")
def html_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("docs") / "sub" / "ontology.html"
    assert write_ontology_docs(out) == out
    return out


@pytest.fixture(scope="module")
def html(html_file) -> str:
    return html_file.read_text(encoding="utf-8")


def _label(term, lang: str) -> str:
    (label,) = [str(v) for v in load_ontology().objects(term, RDFS.label)
                if isinstance(v, Literal) and v.language == lang]
    return label


def test_the_page_is_written(html_file, html):
    assert html_file.is_file()
    assert html.startswith("<!DOCTYPE html>")
    assert "<h1>PledgeGraph ontology</h1>" in html


@pytest.mark.parametrize("name", PG_CLASSES)
def test_every_class_is_documented_under_its_english_label(html, name):
    assert f"<code>{PG[name]}</code>" in html
    assert f"<h3>{_label(PG[name], 'en')}" in html
    assert f"Libellé en français : {_label(PG[name], 'fr')}" in html


@pytest.mark.parametrize("name", PG_PROPERTIES)
def test_every_property_is_documented(html, name):
    assert f"<code>{PG[name]}</code>" in html


def test_only_pledgegraph_terms_have_entries(html):
    # prov:Entity, schema:Organization... are declared in the ontology, not documented as ours
    assert "<code>http://www.w3.org/ns/prov#Entity</code>" not in html
    assert "<code>https://schema.org/Organization</code>" not in html
    assert "Annotation Properties" not in html
    assert "Functional Properties" not in html


def test_nothing_is_fetched_when_the_page_is_viewed(html):
    lowered = html.lower()
    assert "<script src" not in lowered
    assert 'rel="stylesheet"' not in lowered
    assert "@import" not in lowered
    assert "url(http" not in lowered
    assert "<img src=\"http" not in lowered


def test_no_generation_date(html):
    assert datetime.date.today().isoformat() not in html


def test_two_runs_write_the_same_bytes(html_file, tmp_path):
    again = write_ontology_docs(tmp_path / "again.html")
    assert again.read_bytes() == html_file.read_bytes()


def test_another_process_with_another_hash_seed_writes_the_same_bytes(html_file, tmp_path):
    out = tmp_path / "seeded.html"
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run(
        [sys.executable, "-c",
         "import sys; from pathlib import Path; from pledgegraph.docs import write_ontology_docs; "
         "write_ontology_docs(Path(sys.argv[1]))", str(out)],
        check=True, env=env, timeout=120)
    assert out.read_bytes() == html_file.read_bytes()


def test_the_root_logger_is_left_as_it_was(tmp_path):
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    write_ontology_docs(tmp_path / "x.html")
    assert root.handlers == handlers and root.level == level
