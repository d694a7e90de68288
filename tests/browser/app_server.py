"""The learner app (`boundarylab app`, Voilà) for the browser tests: started as a learner starts
it, with its own port, token, Jupyter folders and a throwaway BOUNDARYLAB_HOME, stopped by its
own pid. The browser, the loopback-only route and CI's fail-not-skip rule come from conftest.py.
"""

import os
import secrets
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from boundarylab.paths import course_root
from boundarylab.progress import FILE_NAME

from .conftest import ARTIFACTS, free_port

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


class App:
    def __init__(self, root: Path, name: str):
        self.token, port = secrets.token_hex(16), free_port()
        self.base = f"http://127.0.0.1:{port}"
        self.home = root / "home"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.log_path = ARTIFACTS / f"{name}-server.log"
        env = {**os.environ, "BOUNDARYLAB_HOME": str(self.home),
               "JUPYTER_CONFIG_DIR": str(root / "config"), "JUPYTER_DATA_DIR": str(root / "data"),
               "JUPYTER_RUNTIME_DIR": str(root / "runtime"), "IPYTHONDIR": str(root / "ipython"),
               "JUPYTER_PLATFORM_DIRS": "1"}
        if (course_root() / "src").is_dir() and "PYTHONPATH" not in env:  # kernels import the checkout
            env["PYTHONPATH"] = str(course_root() / "src")
        self._log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "boundarylab", "app", "--no-browser", "--port", str(port), "--token", self.token],
            env=env, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT)
        try:
            self._wait_ready(timeout=120)
        except Exception:
            self.stop()
            raise

    def url(self, path: str = "") -> str:
        return f"{self.base}/{path}?token={self.token}"

    def _wait_ready(self, timeout: float) -> None:
        """Ready when the app has printed its address (it does so once Voilà answers)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the app exited with {self.proc.returncode}; see {self.log_path}")
            if self.url() in self.log_path.read_text(errors="replace"):
                return
            time.sleep(0.25)
        raise TimeoutError(f"the app was not ready after {timeout}s; see {self.log_path}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # the app stops Voilà, which shuts its kernels down
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._log.close()

    # -- the kernel side: what the widgets saved -------------------------------------------
    def rows(self, sql: str, args=()) -> list:
        path = self.home / FILE_NAME
        if not path.exists():
            return []
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute(sql, args).fetchall()

    def wait_for_rows(self, sql: str, args=(), timeout: float = 15) -> list:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.rows(sql, args)
            if found:
                return found
            time.sleep(0.2)
        raise AssertionError(f"no row for {sql} {args} in {self.home / FILE_NAME}")


def whole_page_screenshot(page: Page, name: str) -> None:
    """Voilà scrolls inside its own container, so grow the viewport to the page before the shot."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    height = page.evaluate("Math.max(...[document.documentElement, document.body, "
                           "...document.querySelectorAll('#rendered_cells, main')].map(e => e.scrollHeight))")
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": min(max(height, size["height"]), 12_000)})
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    page.set_viewport_size(size)


def axe_problems(page: Page, name: str) -> tuple[list, str]:
    """Serious and critical axe violations on the whole page (results saved as an artefact)."""
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    results.save_to_file(str(ARTIFACTS / f"axe-{name}.json"), violations_only=True)
    bad = [v["id"] for v in results.response["violations"] if v["impact"] in ("critical", "serious")]
    return bad, results.generate_report()
