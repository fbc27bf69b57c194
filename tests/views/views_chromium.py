"""Drive headless Chromium through the Chrome DevTools Protocol, with the standard library only.

Chromium's ``--remote-debugging-pipe`` speaks CDP over file descriptors 3 (commands in) and 4
(answers and events out), one JSON message per NUL-terminated chunk: no websocket package and
no open port are needed. Used by the browser tests and by benchmarks/views.py.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    explicit = os.environ.get("PLEDGEGRAPH_CHROMIUM")
    if explicit:
        return shutil.which(explicit) or (explicit if os.access(explicit, os.X_OK) else None)
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


class CDPError(RuntimeError):
    pass


class Chromium:
    """One headless Chromium with one page attached; use as a context manager."""

    def __init__(self, binary: str | None = None, width: int = 1280, height: int = 800,
                 extra_args: tuple[str, ...] = ()):
        self.binary = binary or find_chromium()
        if not self.binary:
            raise CDPError("chromium is not on PATH")
        self.width, self.height = width, height
        self.profile = tempfile.mkdtemp(prefix="pg-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def child_fds() -> None:   # runs in the child: put the pipe ends on fds 3 and 4
            a = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [
            self.binary, "--headless", "--no-sandbox", "--disable-gpu",
            "--remote-debugging-pipe", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--mute-audio",
            "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND",
            f"--user-data-dir={self.profile}", f"--window-size={width},{height}",
            *extra_args, "about:blank",
        ]
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=self.stderr, preexec_fn=child_fds, close_fds=False)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._next_id = 0
        self._lock = threading.Lock()
        self._answers: dict[int, dict] = {}
        self._cond = threading.Condition()
        self.events: list[dict] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.session: str | None = None
        try:
            self._attach()
        except Exception:
            self.close()
            raise

    # ---- protocol
    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self._from_chrome, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._cond:
                    self._answers[-1] = {"closed": True}
                    self._cond.notify_all()
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                with self._cond:
                    if "id" in msg:
                        self._answers[msg["id"]] = msg
                    else:
                        self.events.append(msg)
                    self._cond.notify_all()

    def send(self, method: str, params: dict | None = None, session: str | None = "page",
             timeout: float = 60.0) -> dict:
        with self._lock:
            self._next_id += 1
            mid = self._next_id
        msg: dict = {"id": mid, "method": method, "params": params or {}}
        sid = self.session if session == "page" else session
        if sid:
            msg["sessionId"] = sid
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        with self._cond:
            while mid not in self._answers:
                if -1 in self._answers:
                    raise CDPError(f"chromium closed the pipe during {method}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise CDPError(f"no answer to {method} within {timeout} s")
                self._cond.wait(left)
            answer = self._answers.pop(mid)
        if "error" in answer:
            raise CDPError(f"{method}: {answer['error']}")
        return answer.get("result", {})

    def _attach(self) -> None:
        targets = self.send("Target.getTargets", session=None)["targetInfos"]
        pages = [t for t in targets if t.get("type") == "page"]
        if pages:
            target = pages[0]["targetId"]
        else:
            target = self.send("Target.createTarget", {"url": "about:blank"}, session=None)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 session=None)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False})

    # ---- page helpers
    def evaluate(self, expression: str, timeout: float = 60.0):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True}, timeout=timeout)
        if "exceptionDetails" in result:
            raise CDPError(f"evaluate failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, path: Path, ready: str = "document.body && document.body.dataset.ready === '1'",
             timeout: float = 60.0) -> float:
        """Load a file and wait until `ready` is true; returns the seconds it took."""
        with self._cond:
            self.events.clear()
        start = time.perf_counter()
        self.send("Page.navigate", {"url": Path(path).resolve().as_uri()})
        deadline = start + timeout
        while time.perf_counter() < deadline:
            try:
                if self.evaluate(f"!!({ready})", timeout=max(1.0, deadline - time.perf_counter())):
                    return time.perf_counter() - start
            except CDPError:
                pass                              # the document is being replaced
            time.sleep(0.02)
        raise CDPError(f"{path} was not ready within {timeout} s; errors: {self.errors()}")

    def dataset(self) -> dict:
        return self.evaluate("Object.assign({}, document.body.dataset)")

    def screenshot(self, out: Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        Path(out).write_bytes(base64.b64decode(data))
        return Path(out)

    def mouse_move(self, x: float, y: float) -> None:
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    # ---- what happened
    def _events(self, method: str) -> list[dict]:
        with self._cond:
            return [e["params"] for e in self.events if e.get("method") == method]

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries (CSP violations,
        failed loads) since the last `open`."""
        found = []
        for p in self._events("Runtime.consoleAPICalled"):
            if p.get("type") in ("error", "assert"):
                found.append("console: " + " ".join(str(a.get("value", a.get("description", "")))
                                                     for a in p.get("args", [])))
        for p in self._events("Runtime.exceptionThrown"):
            d = p.get("exceptionDetails", {})
            found.append("exception: " + str(d.get("exception", {}).get("description") or d.get("text")))
        for p in self._events("Log.entryAdded"):
            entry = p.get("entry", {})
            if entry.get("level") == "error":
                found.append(f"log ({entry.get('source')}): {entry.get('text')} {entry.get('url', '')}")
        return found

    def requests(self) -> list[str]:
        """URLs of every request the page made since the last `open` (the page itself too)."""
        return [p["request"]["url"] for p in self._events("Network.requestWillBeSent")]

    def failed_requests(self) -> list[str]:
        return [f"{p.get('errorText')} {p.get('blockedReason', '')}".strip()
                for p in self._events("Network.loadingFailed")]

    # ---- lifetime
    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                try:
                    self.send("Browser.close", session=None, timeout=5)
                except (CDPError, OSError):
                    pass
                try:
                    self.proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=10)
        finally:
            for fd in (self._to_chrome, self._from_chrome):
                try:
                    os.close(fd)
                except OSError:
                    pass
            self.stderr.close()
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
