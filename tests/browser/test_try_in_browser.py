"""`boundarylab try ID --browser`: an author sees just that card in the learner app, from their bank
as it is on disk, and sees an edit after reloading the page."""

import re
import shutil

import pytest
from playwright.sync_api import Page, expect

from boundarylab.bank import load_bank
from boundarylab.paths import course_root
from boundarylab.widgets.judge import VERDICT_LABELS

from .app_server import App, axe_problems, whole_page_screenshot

pytestmark = pytest.mark.browser

WIDGETS_TIMEOUT = 90_000
CIRCLE_AFTER_TEXT = """() => [...document.querySelectorAll('.widget-radio-box label')]
  .filter(l => l.querySelector('input').getBoundingClientRect().left > l.getBoundingClientRect().left + 4)
  .map(l => l.innerText)"""  # a radio list reads circle first, then its words


class TryOut(App):
    label = "try --browser"
    scenario_id = "conf-004"

    def command(self) -> list[str]:
        bank = self.root / "scenarios"
        shutil.copytree(course_root() / "scenarios", bank)
        return ["try", self.scenario_id, "--path", str(bank), "--browser", "--no-browser", "--port", str(self.port)]

    def ready(self) -> bool:
        return f"/voila/render/try-{self.scenario_id}.ipynb?token={self.token}" in self.log_path.read_text(
            errors="replace"
        )


@pytest.fixture(scope="module")
def tryout(tmp_path_factory):
    server = TryOut(tmp_path_factory.mktemp("try"), "try-browser")
    yield server
    server.stop()


def test_try_browser_shows_the_one_card_and_an_edit_after_a_reload(page: Page, tryout):
    scenario = load_bank(tryout.root / "scenarios").scenarios[tryout.scenario_id]
    url = tryout.url(f"voila/render/try-{tryout.scenario_id}.ipynb")
    page.goto(url)
    expect(page.get_by_role("radio", name=VERDICT_LABELS[scenario.answer.verdict], exact=True)).to_be_visible(
        timeout=WIDGETS_TIMEOUT
    )
    expect(page.get_by_text(scenario.title).first).to_be_visible()
    expect(page.locator(".bl-scenario")).to_have_count(1)
    assert page.evaluate(CIRCLE_AFTER_TEXT) == []
    assert "show_scenario" not in page.content()  # no code on the page
    expect(page.get_by_role("link", name="Course home")).to_have_count(0)  # no course behind this page
    bad, report = axe_problems(page, "try-browser")
    assert not bad, report
    whole_page_screenshot(page, "try-browser")

    file = next(p for p in (tryout.root / "scenarios").glob("*.yaml") if f"id: {tryout.scenario_id}" in p.read_text())
    new_title = "A title the author just changed"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace(f"title: {scenario.title}", f"title: {new_title}", 1), encoding="utf-8")
    assert new_title in file.read_text(encoding="utf-8")
    page.goto(url)
    expect(page.get_by_text(new_title).first).to_be_visible(timeout=WIDGETS_TIMEOUT)
    expect(page.get_by_text(re.compile(re.escape(scenario.title)))).to_have_count(0)
