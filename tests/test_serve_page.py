"""The query page of `pledgegraph serve` in a real headless Chromium, over loopback.

The page must work with nothing but the server (no request leaves for anywhere else, no
console error under its Content-Security-Policy), run the named queries as examples and
show results as a table, and show markup from the data as text: an article title that is
an <img onerror> payload would set body.dataset.xss if it ran.

Skipped when no Chromium is on PATH (set PLEDGEGRAPH_CHROMIUM to a binary to choose one).
"""

from __future__ import annotations

import threading
import time

import pytest

from tests.test_serve import XSS, served  # noqa: F401  (the served store and server)
from tests.views.views_chromium import Chromium, find_chromium

pytestmark = pytest.mark.skipif(find_chromium() is None,
                                reason="no chromium on PATH (apt-get install chromium)")


@pytest.fixture(scope="module")
def page(served):  # noqa: F811
    server, _ = served
    # The shared helper maps every host name to nothing; loopback stays reachable.
    with Chromium(extra_args=("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",)) as browser:
        browser.send("Page.navigate", {"url": server.url})
        wait(browser, "document.body && document.body.dataset.ready === '1'")
        yield browser, server


def wait(browser: Chromium, expression: str, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if browser.evaluate(f"!!({expression})"):
                return
        except Exception:
            pass
        time.sleep(0.05)
    raise AssertionError(f"not true within {timeout} s: {expression}; errors: {browser.errors()}")


def run(browser: Chromium, query: str | None = None) -> None:
    if query is not None:
        browser.evaluate(f"document.getElementById('pg-query').value = {query!r}")
    browser.evaluate("document.body.dataset.state = ''; document.getElementById('pg-run').click()")
    wait(browser, "['done', 'error'].includes(document.body.dataset.state)")


def test_examples_run_and_show_a_table(page):
    browser, server = page
    names = browser.evaluate("Array.from(document.querySelectorAll('#pg-example option'), o => o.textContent)")
    assert len(names) == 20 and names[0].startswith("amount-disagreements \u2014 ")
    index = next(i for i, n in enumerate(names) if n.startswith("companies "))
    browser.evaluate(f"var s = document.getElementById('pg-example'); s.value = '{index}'; "
                     "s.dispatchEvent(new Event('change'))")
    assert "# name: companies" in browser.evaluate("document.getElementById('pg-query').value")
    run(browser)
    assert browser.evaluate("document.body.dataset.state") == "done"
    rows = browser.evaluate("document.querySelectorAll('#pg-results tbody tr').length")
    assert rows == 5  # the test server cuts results at 5 rows, and says so
    assert "cut at 5 rows" in browser.evaluate("document.getElementById('pg-status').textContent")
    headers = browser.evaluate("Array.from(document.querySelectorAll('#pg-results th'), th => th.textContent)")
    assert headers[0] == "company"
    assert browser.errors() == []
    assert {u.split("/")[2] for u in browser.requests()} == {server.url.split("/")[2]}
    assert browser.failed_requests() == []


def test_data_is_shown_as_text(page):
    browser, _ = page
    run(browser, "SELECT ?title WHERE { ?a pg:title ?title FILTER(CONTAINS(?title, 'onerror')) }")
    cell = browser.evaluate("document.querySelector('#pg-results tbody td').textContent")
    assert cell == XSS
    assert browser.evaluate("document.querySelectorAll('#pg-results img').length") == 0
    assert browser.evaluate("document.body.dataset.xss") is None


def test_errors_are_shown(page):
    browser, _ = page
    run(browser, "SELEC nothing")
    assert browser.evaluate("document.body.dataset.state") == "error"
    assert browser.evaluate("document.getElementById('pg-status').textContent").startswith(
        "the query cannot be parsed: ")
    run(browser, "DELETE WHERE { ?s ?p ?o }")
    assert "read-only" in browser.evaluate("document.getElementById('pg-status').textContent")
