"""Load test of `pledgegraph serve`: one named query from concurrent clients, on loopback.

    .venv/bin/python benchmarks/endpoint_load.py [--store DIR] [--query totals-by-company]
        [--clients 8] [--requests 2000] [--seconds 20] [--workers 2]

A script that prints figures, not a test. It starts `pledgegraph serve` on 127.0.0.1 (any
free port) in its own process, on --store or, by default, on a store made from the sample
corpus graph (graphs/pledgegraph.ttl); then --clients threads send the named query (with
its example's parameters, as the query page does) over keep-alive connections, asking for
SPARQL results JSON, until --requests answers or --seconds have passed, whichever first.
Prints queries per second, p50/p99/max latency, and every answer that was not a 200.
"""

from __future__ import annotations

import argparse
import http.client
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def sample_store(folder: Path) -> Path:
    from rdflib import Graph

    from pledgegraph import store
    from pledgegraph.namespaces import ID

    with store.open_store(folder) as s:
        store.replace_article(s, ID["graph/sample"], Graph().parse(ROOT / "graphs" / "pledgegraph.ttl"))
    return folder


def start_server(folder: Path, workers: int) -> tuple[subprocess.Popen, str]:
    server = subprocess.Popen([sys.executable, "-m", "pledgegraph.cli", "serve", "--store", str(folder),
                               "--port", "0", "--workers", str(workers)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = server.stdout.readline()
    found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
    if not found:
        server.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    return server, found.group(1)


def run(url: str, text: str, clients: int, requests: int, seconds: float) -> dict:
    parts = urllib.parse.urlsplit(url)
    body = urllib.parse.urlencode({"query": text})
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    sent = [0]

    def client() -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        while True:
            with lock:
                if sent[0] >= requests or time.monotonic() > stop_at:
                    break
                sent[0] += 1
            start = time.perf_counter()
            try:
                conn.request("POST", "/sparql", body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as exc:
                status = f"{type(exc).__name__}"
                conn.close()
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
            elapsed = time.perf_counter() - start
            with lock:
                if status == 200:
                    latencies.append(elapsed)
                else:
                    failures.append(str(status))
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - began
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000 if ordered else 0.0

    return {"ok": len(latencies), "failures": failures, "wall": wall,
            "qps": len(latencies) / wall if wall else 0.0, "p50": pct(50), "p99": pct(99),
            "max": max(ordered) * 1000 if ordered else 0.0,
            "mean": statistics.mean(ordered) * 1000 if ordered else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--query", default="totals-by-company")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    from pledgegraph.query import bind_example, get_query

    text = bind_example(get_query(args.query))
    with tempfile.TemporaryDirectory(prefix="pg-load-") as tmp:
        folder = args.store or sample_store(Path(tmp) / "store")
        server, url = start_server(folder, args.workers)
        try:
            figures = run(url, text, args.clients, args.requests, args.seconds)
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"query {args.query}, {args.clients} clients, {args.workers} query workers, at most "
          f"{args.requests} requests or {args.seconds:g} s, on {url}")
    print(f"answered {figures['ok']} in {figures['wall']:.1f} s: {figures['qps']:.1f} queries per second; "
          f"latency p50 {figures['p50']:.1f} ms, p99 {figures['p99']:.1f} ms, max {figures['max']:.1f} ms")
    print(f"errors {len(figures['failures'])}" + (f": {', '.join(sorted(set(figures['failures'])))}"
                                                  if figures["failures"] else ""))
    sys.exit(1 if figures["failures"] or not figures["ok"] else 0)


if __name__ == "__main__":
    main()
