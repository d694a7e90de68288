"""Never lost on the page: after Run All, Next and Back the new card's title is on screen and has
the keyboard focus, and after a check the result has it; in JupyterLab and in the app, on a laptop
(1366 px) and a phone (390 px)."""

import pytest
from playwright.sync_api import Page, expect

from boundarylab.widgets.judge import VERDICT_LABELS

from .app_server import App
from .conftest import open_notebook, run_all, screenshot
from .test_learner_course import module_one

pytestmark = pytest.mark.browser

WIDTHS = (1366, 390)
IN_VIEW = """e => { const r = e.getBoundingClientRect();  // its first line at least
  return r.height > 0 && r.top >= -1 && Math.min(r.bottom, r.top + 40) <= window.innerHeight; }"""


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    server = App(tmp_path_factory.mktemp("app"), "orientation-app")
    yield server
    server.stop()


def assert_in_view_with_focus(page: Page, target, shot: str) -> None:
    expect(target).to_be_focused(timeout=10_000)
    page.wait_for_timeout(300)  # nothing else scrolls the page away afterwards
    assert target.evaluate(IN_VIEW), f"{shot}: not inside the viewport"
    expect(target).to_be_focused()
    screenshot(page, shot)


def card_title(page: Page, scenarios):
    """The title of the card on screen: the module opens at the first card not answered yet."""
    shown = int(page.locator(".bl-progress").inner_text().split("Scenario ")[1].split(" ")[0]) - 1
    return page.locator(".bl-runner .bl-title", has_text=scenarios[shown].title), shown


def walk(page: Page, scenarios, where: str) -> None:
    """Next, Back and a check, each landing the learner on what changed."""
    _, here = card_title(page, scenarios)
    page.get_by_role("button", name="Next").click()
    expect(page.locator(".bl-progress")).to_contain_text(f"Scenario {here + 2} of")
    assert_in_view_with_focus(page, card_title(page, scenarios)[0], f"{where}-after-next")
    page.get_by_role("button", name="Back").click()
    expect(page.locator(".bl-progress")).to_contain_text(f"Scenario {here + 1} of")
    assert_in_view_with_focus(page, card_title(page, scenarios)[0], f"{where}-after-back")
    page.get_by_role("radio", name=VERDICT_LABELS[scenarios[here].answer.verdict], exact=True).check()
    page.get_by_role("button", name="Check my answer").click()
    result = page.locator(".bl-judge .widget-html-content", has=page.locator(".bl-feedback"))
    assert_in_view_with_focus(page, result, f"{where}-after-check")


@pytest.mark.parametrize("width", WIDTHS)
def test_jupyterlab_takes_the_learner_to_the_card_after_run_all_next_and_back(page: Page, course, bank, width):
    page.set_viewport_size({"width": width, "height": 800})
    notebook, scenarios = module_one(bank)
    open_notebook(page, course, notebook)
    if width < 600:  # on a phone the learner closes the file list to make room for the notebook
        page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current").click()
    run_all(page)
    expect(page.locator(".bl-progress")).to_contain_text("Scenario ", timeout=60_000)
    assert_in_view_with_focus(page, card_title(page, scenarios)[0], f"lab-{width}-after-run-all")
    walk(page, scenarios, f"lab-{width}")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_app_takes_the_learner_to_the_card_on_opening_next_and_back(page: Page, app, bank, width):
    page.set_viewport_size({"width": width, "height": 800})
    notebook, scenarios = module_one(bank)
    page.goto(app.url(f"voila/render/{notebook}"))
    expect(page.locator(".bl-progress")).to_contain_text("Scenario ", timeout=90_000)
    assert_in_view_with_focus(page, card_title(page, scenarios)[0], f"app-{width}-on-opening")
    walk(page, scenarios, f"app-{width}")
