"""JupyterLab in headless Chromium, following ../shared/recipes/browser.md.

The server is started with `boundarylab course` itself (what a learner runs), on a copy of the
notebooks, with its own port, token, Jupyter folders and BOUNDARYLAB_HOME. A missing chromium is
a failure, never a skip. Every request that would leave loopback is blocked and fails the test.
"""

import json
import os
import re
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from abc import ABC, abstractmethod
from pathlib import Path

import pytest
from headless import ARTIFACTS, NOT_LOOPBACK
from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from boundarylab.bank import load_bank
from boundarylab.commands.app import free_port
from boundarylab.paths import course_root
from boundarylab.progress import FILE_NAME

pytestmark = pytest.mark.browser


class LearnerProcess(ABC):
    """A course process started as a learner starts it (`python -m boundarylab COMMAND`), with its
    own port, token, Jupyter folders and BOUNDARYLAB_HOME, stopped by its own pid. Subclasses say
    which command, any extra environment, and when it is ready."""

    label = "course process"

    def __init__(self, root: Path, name: str):
        self.root, self.token, self.port = root, secrets.token_hex(16), free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.home = root / "home"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.log_path = ARTIFACTS / f"{name}-server.log"
        env = {
            **os.environ,
            "BOUNDARYLAB_HOME": str(self.home),
            "JUPYTER_CONFIG_DIR": str(root / "config"),
            "JUPYTER_DATA_DIR": str(root / "data"),
            "JUPYTER_RUNTIME_DIR": str(root / "runtime"),
            "IPYTHONDIR": str(root / "ipython"),
            "JUPYTER_PLATFORM_DIRS": "1",
            **self.extra_env(),
        }
        self._log = open(self.log_path, "w")  # noqa: SIM115 - open while the server runs; stop() closes it
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "boundarylab", *self.command()],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        try:
            self._wait_ready(timeout=120)
        except Exception:
            self.stop()
            raise

    @abstractmethod
    def command(self) -> list[str]:
        """The arguments after `python -m boundarylab`."""

    def extra_env(self) -> dict:
        return {}

    @abstractmethod
    def ready(self) -> bool:
        """Whether the process answers yet."""

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the {self.label} exited with {self.proc.returncode}; see {self.log_path}")
            if self.ready():
                return
            time.sleep(0.25)
        raise TimeoutError(f"the {self.label} was not ready after {timeout}s; see {self.log_path}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # the server shuts its kernels down itself
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

    def wait_for_rows(self, sql: str, args=(), count: int = 1, timeout: float = 15) -> list:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.rows(sql, args)
            if len(found) >= count:
                return found
            time.sleep(0.2)
        raise AssertionError(
            f"expected {count} row(s) for {sql} {args}; the file holds "
            f"{self.rows('SELECT scenario_id, part, answer FROM attempt')}"
        )

    def attempt(self, part: str, text_contains: str = "") -> tuple:
        sql = "SELECT scenario_id, answer, score, seconds FROM attempt WHERE part = ? AND answer LIKE ?"
        return self.wait_for_rows(sql, (part, f"%{text_contains}%"))[-1]


class Course(LearnerProcess):
    """`boundarylab course` (JupyterLab) on a copy of the notebooks: Lab may rewrite what it opens."""

    label = "course server"

    def command(self) -> list[str]:
        notebooks = self.root / "notebooks"
        shutil.copytree(course_root() / "notebooks", notebooks)
        return [
            "course",
            "--notebooks",
            str(notebooks),
            "--lab-dir",
            str(self.root / "lab"),
            "--port",
            str(self.port),
            "--no-browser",
        ]

    def extra_env(self) -> dict:
        return {"JUPYTER_TOKEN": self.token}

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(self.url("api/status"), timeout=2):
                return True
        except (OSError, urllib.error.HTTPError):
            return False

    def url(self, path: str, query: str = "") -> str:
        return f"{self.base}/{path}?{query + '&' if query else ''}token={self.token}"


@pytest.fixture(scope="module")
def course(tmp_path_factory, request):
    server = Course(tmp_path_factory.mktemp("course"), request.module.__name__.rsplit(".", 1)[-1])
    yield server
    server.stop()


@pytest.fixture(scope="session")
def bank():
    return load_bank(course_root() / "scenarios")


# -- the browser -------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}}


@pytest.fixture(autouse=True)
def loopback_only(context):
    """Abort, and fail on, any request that would leave 127.0.0.1/localhost."""
    blocked = []

    def block(route):
        blocked.append(route.request.url)
        route.abort()

    context.route(NOT_LOOPBACK, block)
    yield blocked
    assert not blocked, f"requests tried to leave loopback: {blocked}"


def screenshot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def wait_for_idle_kernel(page: Page) -> None:
    expect(page.get_by_role("button", name=re.compile(r"\| Idle$"))).to_be_visible(timeout=90_000)


def open_notebook(page: Page, course: Course, notebook: str) -> None:
    page.goto(course.url(f"lab/tree/{notebook}", "reset"))
    wait_for_idle_kernel(page)


def run_all(page: Page) -> None:
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()


def no_popups(page: Page) -> None:
    """No news toast, no kernel chooser, no trust or build dialog."""
    assert page.locator(".jp-Notification-Toast").count() == 0, page.locator(".jp-Notification-Toast").all_inner_texts()
    assert page.locator(".jp-Dialog").count() == 0, page.locator(".jp-Dialog").all_inner_texts()


def save_json(name: str, data) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / name).write_text(json.dumps(data, indent=1))


# What the page is doing when a click will not land: is the browser drawing frames (Playwright's
# "stable" check waits on requestAnimationFrame), is the page visible, is the element moving?
_STALL = """el => new Promise(done => {
  let frames = 0, counting = true; const rects = [];
  requestAnimationFrame(function tick() { if (counting) { frames++; requestAnimationFrame(tick); } });
  const every = setInterval(() => { const r = el.getBoundingClientRect();
    rects.push([r.x, r.y, r.width, r.height].map(Math.round).join(',')); }, 100);
  setTimeout(() => { counting = false; clearInterval(every); done({visibility: document.visibilityState,
    frames_in_1s: frames, positions: [...new Set(rects)].slice(0, 4), disabled: el.disabled}); }, 1000);
})"""


def press_button(button: Locator, timeout: float = 10_000) -> None:
    """Click a button as a mouse user does. In one CI run a click never landed: 30 s with no log
    line after "waiting for element to be visible, enabled and stable", as when headless Chromium
    draws no frames or the element never stops moving (not seen again in 13 repeated runs of its
    file). If it happens again, say in the test report what the page was doing, then press Enter on
    the button as a keyboard user would, so the test still checks what it is about."""
    try:
        button.click(timeout=timeout)
    except PlaywrightTimeout:
        warnings.warn(
            f"a click on {button} did not land in {timeout / 1000:.0f} s: {button.evaluate(_STALL)}; pressed Enter instead",
            stacklevel=2,
        )
        button.press("Enter")
