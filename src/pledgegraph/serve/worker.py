"""The processes that run the server's queries.

Each worker opens the store read-only (Oxigraph allows readers beside the server, which
holds the store open and never writes) and answers one query at a time: it runs it, cuts
the rows at the cap, and writes the answer in the format asked. A query that runs past its
time is stopped by killing its worker; a new one takes its place.
"""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import dataclass, field
from pathlib import Path

from pledgegraph.errors import ServeError
from pledgegraph.serve import results


@dataclass
class Reply:
    status: int
    media: str
    body: bytes
    headers: dict = field(default_factory=dict)


def text_reply(status: int, message: str, headers: dict | None = None) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), headers or {})


def answer(source, text: str, accept: str | None, fmt: str, max_rows: int) -> Reply:
    """Run `text` on the store and write the answer as asked (Accept header or `fmt`)."""
    from pledgegraph.query import PREFIXES
    from pledgegraph.store import run_sparql

    try:
        result = run_sparql(source, text, prefixes=PREFIXES, limit=max_rows)
    except SyntaxError as exc:
        return text_reply(400, f"the query cannot be parsed: {' '.join(str(exc).split())}")
    except Exception as exc:  # Oxigraph raises OSError or ValueError while evaluating
        return text_reply(500, f"the query failed: {' '.join(str(exc).split())}")
    offered = results.GRAPH_TYPES if result.kind == "CONSTRUCT" else results.SOLUTION_TYPES
    if fmt:
        media = results.FORMAT_NAMES.get(fmt)
        if media not in offered:
            names = ", ".join(n for n, m in results.FORMAT_NAMES.items() if m in offered)
            return text_reply(400, f"format {fmt!r} does not fit this query; use one of {names}")
    else:
        media = results.choose(accept, offered)
        if media is None:
            return text_reply(406, f"cannot answer in {accept}; this query's answer comes as "
                                   f"{', '.join(offered[:4])}")
    headers = {"Vary": "Accept"}
    if result.truncated:
        headers["X-PledgeGraph-Truncated"] = str(max_rows)
    charset = "" if media == results.JSON else "; charset=utf-8"
    return Reply(200, media + charset, results.serialize(result, media), headers)


def _serve(folder: str, conn) -> None:
    import signal

    from pledgegraph.store import open_read_only

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us

    source = open_read_only(Path(folder))
    conn.send("ready")
    while True:
        job = conn.recv()
        if job is None:
            return
        conn.send(answer(source, *job))


class Worker:
    def __init__(self, folder: Path):
        context = multiprocessing.get_context("spawn")  # no fork: the server has threads and an open store
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(str(folder), child), daemon=True,
                                       name="pledgegraph-query")
        self.process.start()
        child.close()
        try:
            ready = self.conn.poll(120) and self.conn.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.kill()
            raise ServeError(f"{folder}: a query worker could not open the store; see the error above")

    def run(self, job: tuple, timeout: float) -> Reply | None:
        """The reply, or None when the time ran out (the worker is then killed)."""
        self.conn.send(job)
        if not self.conn.poll(timeout):
            self.kill()
            return None
        return self.conn.recv()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(10)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
            self.process.join(5)
        except (OSError, EOFError):
            pass
        self.kill()


class Pool:
    """`size` workers; a killed or dead one is replaced in the background."""

    def __init__(self, folder: Path, size: int):
        self.folder = folder
        self.idle: list[Worker] = []
        self.cond = threading.Condition()
        self.closed = False
        workers = []
        try:
            for _ in range(size):
                workers.append(Worker(folder))
        except Exception:
            for w in workers:
                w.stop()
            raise
        self.idle.extend(workers)
        self.size = size

    def acquire(self, timeout: float) -> Worker | None:
        with self.cond:
            if not self.cond.wait_for(lambda: self.idle or self.closed, timeout) or self.closed:
                return None
            return self.idle.pop()

    def release(self, worker: Worker) -> None:
        with self.cond:
            if self.closed:
                worker.stop()
                return
            self.idle.append(worker)
            self.cond.notify()

    def replace(self, worker: Worker) -> None:
        worker.kill()

        def respawn() -> None:
            try:
                fresh = Worker(self.folder)
            except Exception:
                return
            self.release(fresh)

        threading.Thread(target=respawn, daemon=True).start()

    def busy(self) -> int:
        with self.cond:
            return self.size - len(self.idle)

    def close(self) -> None:
        with self.cond:
            self.closed = True
            idle, self.idle = self.idle, []
            self.cond.notify_all()
        for worker in idle:
            worker.stop()
