"""The same graph gives the same page bytes in any process, whatever PYTHONHASHSEED is.

Set and dict-of-set iteration order changes with the hash seed between processes, never
within one, so only separate interpreters can catch an order leaking into the layout.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Prints one digest per view: small graph (overview, French, company, summarised) and a
# graph above the small-layout limit, to cover both layout paths.
SCRIPT = """
import hashlib, sys
sys.path.insert(0, sys.argv[1])
from pledgegraph.views import render_view
from views_data import SMALL_TTL, add_evil, big_graph, parse

g = add_evil(parse(SMALL_TTL))
pages = [
    render_view(g)[0],
    render_view(g, lang="fr")[0],
    render_view(g, kind="company", focus="Microsoft", hops=1)[0],
    render_view(g, max_nodes=5)[0],
    render_view(big_graph(400))[0],
]
for text in pages:
    print(hashlib.sha256(text.encode("utf-8")).hexdigest())
"""


def digests(seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(HERE)], env=env, capture_output=True,
                          text=True, check=True, timeout=300)
    return done.stdout.split()


def test_pages_are_byte_identical_across_hash_seeds():
    first, second = digests("1"), digests("2")
    assert len(first) == 5
    assert first == second


def test_the_in_process_page_matches_the_subprocess_one():
    from views_data import SMALL_TTL, add_evil, parse

    from pledgegraph.views import render_view

    text = render_view(add_evil(parse(SMALL_TTL)))[0]
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == digests("3")[0]
