"""The learner app (`boundarylab app`, Voilà) for the browser tests: started as a learner starts
it, with its own port, token, Jupyter folders and a throwaway BOUNDARYLAB_HOME, stopped by its
own pid. The browser, the loopback-only route and CI's fail-not-skip rule come from conftest.py.
"""

import os

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from boundarylab.paths import course_root

from .conftest import ARTIFACTS, LearnerProcess

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


class App(LearnerProcess):
    """`boundarylab app` (Voilà), as a learner starts it."""

    label = "app"

    def command(self) -> list[str]:
        return ["app", "--no-browser", "--port", str(self.port)]

    def extra_env(self) -> dict:
        env = {"JUPYTER_TOKEN": self.token}  # never on a command line
        if (course_root() / "src").is_dir() and "PYTHONPATH" not in os.environ:  # kernels import the checkout
            env["PYTHONPATH"] = str(course_root() / "src")
        return env

    def ready(self) -> bool:
        """The app prints its address once Voilà answers."""
        return f"{self.base}/voila/render/00_start_here.ipynb?token={self.token}" in self.log_path.read_text(
            errors="replace"
        )

    def url(self, path: str = "") -> str:
        return f"{self.base}/{path}?token={self.token}"


def whole_page_screenshot(page: Page, name: str) -> None:
    """Voilà scrolls inside its own container, so grow the viewport to the page before the shot."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    height = page.evaluate(
        "Math.max(...[document.documentElement, document.body, "
        "...document.querySelectorAll('#rendered_cells, main')].map(e => e.scrollHeight))"
    )
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
