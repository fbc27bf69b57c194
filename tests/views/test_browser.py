"""The page in a real headless Chromium, driven over the DevTools protocol (views_chromium.py).

What these tests prove, and how:
* no console error, no uncaught exception, no error log entry (CSP violations and failed
  loads are logged as errors): Runtime.consoleAPICalled / exceptionThrown / Log.entryAdded;
* no request leaves the page: Network.requestWillBeSent lists only the page's own file://
  URL (Chromium also runs with --host-resolver-rules="MAP * ~NOTFOUND", so a request could
  not reach anything anyway, and would show up as a failed load);
* the network is drawn with the expected number of nodes and links: the page's script sets
  body.dataset.nodes/edges from vis-network's visible node and edge indices after its first
  afterDrawing event, and body.dataset.painted counts painted canvas pixels;
* article text runs nothing: payloads would set body.dataset.xss if they ran; the test
  checks they did not, that no <img> or extra <script> exists in the DOM, and that the
  payload is shown as text (node label, tooltip text on hover, search status), with the
  Content-Security-Policy in place and with it removed (escaping alone must be enough).

Skipped when no Chromium is on PATH (set PLEDGEGRAPH_CHROMIUM to a binary to choose one).
Set PLEDGEGRAPH_SCREENSHOT=1 to refresh docs/overview.png (the README's screenshot of
graphs/overview.html).
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import time
from pathlib import Path

import pytest

from pledgegraph.views import render_view, write_view
from pledgegraph.views.notebook import show_view

from views_chromium import Chromium, find_chromium
from views_data import SMALL_EDGES, SMALL_NODES, XSS_COMMENT, XSS_IMG, XSS_SCRIPT, big_graph

pytestmark = pytest.mark.skipif(
    find_chromium() is None,
    reason="no chromium on PATH (apt-get install chromium); the page is still tested as text",
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def browser():
    with Chromium(width=1280, height=800) as b:
        yield b


def assert_clean(browser: Chromium, page: Path) -> None:
    assert browser.errors() == []
    assert browser.requests() == [page.resolve().as_uri()]
    assert browser.failed_requests() == []


def wait_for(browser: Chromium, expression: str, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = browser.evaluate(expression)
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {expression}")


def test_overview_draws_every_node_offline(browser, tmp_path, small_graph):
    info = write_view(small_graph, tmp_path / "overview.html")
    browser.open(info.path)
    assert_clean(browser, info.path)
    ds = browser.dataset()
    assert ds["nodes"] == str(SMALL_NODES) == ds["expectedNodes"]
    assert ds["edges"] == str(SMALL_EDGES)
    assert int(ds["painted"]) > 500
    assert browser.evaluate("typeof vis.Network") == "function"
    assert browser.evaluate("pgView.network.physics.options.enabled") is False


def test_committed_overview_draws_offline(browser, tmp_path):
    # graphs/overview.html is the sample corpus's page that the README shows.
    page = REPO / "graphs" / "overview.html"
    browser.open(page)
    assert_clean(browser, page)
    ds = browser.dataset()
    assert int(ds["nodes"]) == int(ds["expectedNodes"]) > 40
    assert ds["edges"] == ds["expectedEdges"] and ds["summarised"] == "0"
    assert int(ds["painted"]) > 2000
    shot = browser.screenshot(tmp_path / "overview.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("PLEDGEGRAPH_SCREENSHOT"):
        shutil.copyfile(shot, REPO / "docs" / "overview.png")


def _open_evil(browser: Chromium, page: Path) -> None:
    browser.open(page)
    assert_clean(browser, page)
    assert browser.evaluate("document.body.dataset.xss === undefined")
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    assert browser.evaluate("document.scripts.length") == 3
    assert browser.evaluate("document.title") == "PledgeGraph: corporate AI commitments"
    labels = browser.evaluate("pgView.nodes.get().map(n => n.label)")
    assert {XSS_IMG, XSS_SCRIPT, XSS_COMMENT} <= set(labels)
    assert browser.dataset()["nodes"] == str(SMALL_NODES + 3)


def _dom_xy(browser: Chromium, label: str, towards: str | None = None) -> tuple[float, float]:
    """Where the node `label` is on the page, or the middle of its link to `towards`."""
    return tuple(browser.evaluate(f"""(() => {{
        const find = l => pgView.data.nodes.find(n => n.label === l);
        const a = find({json.dumps(label)}), b = find({json.dumps(towards)}) || a;
        const p = pgView.network.canvasToDOM({{x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}});
        const r = document.getElementById('pg-network').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top];
    }})()"""))


def _hover_tooltip(browser: Chromium, x: float, y: float) -> str:
    # first onto an empty corner of the canvas, so that any earlier tooltip goes away
    corner = browser.evaluate("(() => { const r = document.getElementById('pg-network')"
                              ".getBoundingClientRect(); return [r.left + 3, r.bottom - 3]; })()")
    browser.mouse_move(*corner)
    wait_for(browser, "(() => { const t = document.querySelector('div.vis-tooltip');"
                      " return !t || getComputedStyle(t).visibility !== 'visible'; })()")
    browser.mouse_move(x, y)
    wait_for(browser, "(() => { const t = document.querySelector('div.vis-tooltip');"
                      " return t && getComputedStyle(t).visibility === 'visible'; })()")
    return browser.evaluate("document.querySelector('div.vis-tooltip').textContent")


def test_payloads_run_nothing_and_show_as_text(browser, tmp_path, evil_graph):
    page = write_view(evil_graph, tmp_path / "evil.html").path
    _open_evil(browser, page)
    no_markup = "document.querySelector('div.vis-tooltip').querySelectorAll('img,b,script').length"
    # Node tooltip: the label and the article title (a payload), as text.
    tip = _hover_tooltip(browser, *_dom_xy(browser, XSS_IMG))
    assert tip.startswith(XSS_IMG) and XSS_SCRIPT in tip
    assert browser.evaluate(no_markup) == 0
    # Link tooltip: the evidence sentence and the period (payloads), as text.
    tip = _hover_tooltip(browser, *_dom_xy(browser, XSS_IMG, "France"))
    assert "<b onmouseover" in tip and "Period: </script>" in tip
    assert browser.evaluate(no_markup) == 0
    # Searching for the payload shows it as text in the status line.
    browser.evaluate("""(() => { const s = document.getElementById('pg-search');
        s.value = '<img src=x'; s.dispatchEvent(new Event('change')); })()""")
    assert browser.evaluate("document.getElementById('pg-status').textContent") == XSS_IMG
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    assert browser.evaluate("document.body.dataset.xss === undefined")
    assert browser.errors() == []


def test_escaping_alone_is_enough_without_the_csp(browser, tmp_path, evil_graph):
    text = write_view(evil_graph, tmp_path / "evil.html").path.read_text(encoding="utf-8")
    text, count = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
    assert count == 1
    page = tmp_path / "evil-no-csp.html"
    page.write_text(text, encoding="utf-8")
    _open_evil(browser, page)
    _hover_tooltip(browser, *_dom_xy(browser, XSS_IMG))
    _hover_tooltip(browser, *_dom_xy(browser, XSS_IMG, "France"))
    assert browser.evaluate("document.body.dataset.xss === undefined")
    assert browser.evaluate("document.querySelectorAll('img').length") == 0


def test_search_and_filters(browser, tmp_path, small_graph):
    info = write_view(small_graph, tmp_path / "overview.html")
    browser.open(info.path)
    japan = browser.evaluate("pgView.data.nodes.find(n => n.label === 'Japan').id")
    browser.evaluate("""(() => { const s = document.getElementById('pg-search');
        s.value = 'JAPON'; s.dispatchEvent(new Event('change')); })()""")
    assert browser.dataset()["selected"] == str(japan)
    assert browser.evaluate("pgView.network.getSelectedNodes()") == [japan]
    # Year 2023: Cohere, Government of Canada, G42 and France.
    browser.evaluate("""(() => { const y = document.getElementById('pg-year');
        y.value = '2023'; y.dispatchEvent(new Event('change')); })()""")
    wait_for(browser, "document.body.dataset.nodes === '4'")
    assert browser.dataset()["visibleNodes"] == "4"
    assert browser.dataset()["edges"] == "2"      # the 2023 partnership and investment
    # All years, countries unticked: 12 nodes.
    browser.evaluate("""(() => { const y = document.getElementById('pg-year');
        y.value = ''; y.dispatchEvent(new Event('change'));
        const c = [...document.querySelectorAll('#pg-legend input')]
            .find(i => i.parentElement.textContent.includes('Country'));
        c.checked = false; c.dispatchEvent(new Event('change')); })()""")
    wait_for(browser, "document.body.dataset.nodes === '12'")
    assert browser.errors() == []


def test_french_company_view(browser, tmp_path, small_graph):
    info = write_view(small_graph, tmp_path / "ms.html", kind="company", focus="Microsoft",
                      hops=1, lang="fr")
    browser.open(info.path)
    assert_clean(browser, info.path)
    assert browser.dataset()["nodes"] == str(info.nodes) == "10"
    labels = browser.evaluate("pgView.nodes.get().map(n => n.label)")
    assert "Japon" in labels and "Japan" not in labels
    assert "Microsoft" in browser.evaluate("document.getElementById('pg-note').textContent")


def test_summarised_view_says_so(browser, tmp_path, small_graph):
    info = write_view(small_graph, tmp_path / "s.html", max_nodes=5)
    browser.open(info.path)
    assert_clean(browser, info.path)
    assert browser.dataset()["nodes"] == str(info.nodes)
    note = browser.evaluate("(() => { const n = document.getElementById('pg-note');"
                            " return n.offsetHeight > 0 ? n.textContent : ''; })()")
    assert note.startswith("Summarised view")


def test_five_thousand_nodes_are_drawn_within_five_seconds(browser, tmp_path):
    G = big_graph(5000)
    text, nodes, edges, summarised, _ = render_view(G, max_nodes=10_000)
    assert (nodes, summarised) == (5000, False)
    page = tmp_path / "big.html"
    page.write_text(text, encoding="utf-8")
    browser.open(page, timeout=60)
    assert_clean(browser, page)
    ds = browser.dataset()
    assert ds["nodes"] == "5000" and ds["edges"] == str(edges)
    # How fast is the benchmark's business (benchmarks/views.py), not a test's.
    assert math.isfinite(float(ds["drawMs"]))


class _Frame:
    """The page's sandboxed child frame. Its origin is opaque, so neither the page's script
    nor the page's DevTools session can look inside: Chromium runs it as a target of its
    own, which this attaches to."""

    def __init__(self, browser: Chromium, timeout: float = 20.0):
        self.browser = browser
        deadline = time.monotonic() + timeout
        while True:
            frames = [t for t in browser.send("Target.getTargets", session=None)["targetInfos"]
                      if t["type"] == "iframe" and t.get("url") == "about:srcdoc"]
            if frames or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert len(frames) == 1, frames
        self.session = browser.send("Target.attachToTarget", {"targetId": frames[0]["targetId"],
                                                              "flatten": True}, session=None)["sessionId"]
        for domain in ("Runtime", "Log", "Network"):
            browser.send(f"{domain}.enable", session=self.session)

    def evaluate(self, expression: str):
        result = self.browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                                   session=self.session)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {expression} in the frame")


def test_notebook_frame_draws_offline_in_a_sandbox(browser, tmp_path, evil_graph):
    frame = show_view(evil_graph)
    page = tmp_path / "notebook.html"
    page.write_text("<!doctype html><html><head><meta charset=\"utf-8\"><title>notebook</title>"
                    f"</head><body>{frame._repr_html_()}</body></html>", encoding="utf-8")
    browser.open(page, ready="document.querySelector('iframe') !== null")
    inner = _Frame(browser)
    inner.wait_for("document.body && document.body.dataset.ready === '1'")
    assert inner.evaluate("document.body.dataset.nodes") == str(frame.nodes) == str(SMALL_NODES + 3)
    assert inner.evaluate("Number(document.body.dataset.painted)") > 500
    assert inner.evaluate("document.body.dataset.xss === undefined")
    assert inner.evaluate("document.querySelectorAll('img').length") == 0
    assert inner.evaluate("document.body.dataset.jsError === undefined")
    # The frame cannot reach the notebook around it.
    assert inner.evaluate("(() => { try { return String(parent.document.title); }"
                          " catch (e) { return 'blocked'; } })()") == "blocked"
    assert browser.evaluate("document.body.dataset.xss === undefined")
    # Errors of the page and of the frame (Log.enable and Runtime.enable replay what the
    # frame logged before the attach); the page's only request is its own file.
    assert_clean(browser, page)
