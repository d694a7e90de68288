"""The learner app as a therapist meets it: each learner's own option order, the same on a return
visit; the rewrite step only after a verdict is checked; nothing cut at 390, 800 or 1366 px; one
module score on the module summary, the course home, the progress page and the transcript; and no
id, prompt, traceback or JupyterLab instruction on any page."""

import csv
import re
import subprocess
import sys

import pytest
from playwright.sync_api import Page, expect

from boundarylab import vocab
from boundarylab.names import principle_title
from boundarylab.notebook_builder import notebook_name
from boundarylab.paths import course_root
from boundarylab.progress import ProgressStore
from boundarylab.shuffle import LEARNER, option_order
from boundarylab.widgets.judge import VERDICT_LABELS

from .app_server import App, axe_problems, whole_page_screenshot
from .conftest import press_button

pytestmark = pytest.mark.browser

WIDGETS_TIMEOUT = 90_000
PAGES = sorted(p.name for p in (course_root() / "notebooks").glob("*.ipynb"))
CUT = """() => [...document.querySelectorAll('.bl-root, .bl-root *')]
  .filter(e => !e.closest('.bl-sr') && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'auto')
  .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${e.scrollWidth}>${e.clientWidth}: `
            + (e.innerText || '').slice(0, 60))"""
HYPHENATED_IDS = [i for i in (*vocab.CHECKS, *vocab.PRINCIPLES) if "-" in i]


def module_one(bank):
    mid = bank.course.modules[1]
    return notebook_name(bank, mid), bank.in_module(mid)


def learners_whose_orders_differ(item: str, count: int) -> tuple[str, str]:
    """Two learner ids that see `item`'s options in different orders (ids are random for real learners)."""
    first = "learner-a"
    other = next(
        f"learner-{n}"
        for n in range(100)
        if option_order(f"learner-{n}", item, count) != option_order(first, item, count)
    )
    return first, other


def app_for(root, name: str, learner: str | None = None) -> App:
    if learner:  # the learner's progress file, made before the app starts, with a known id
        ProgressStore.open(root / "home").record(LEARNER, {"id": learner})
    return App(root, name)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    server = app_for(tmp_path_factory.mktemp("ux"), "ux-app")
    yield server
    server.stop()


def open_module(page: Page, app: App, notebook: str) -> None:
    page.goto(app.url(f"voila/render/{notebook}"))
    expect(page.locator(".bl-runner .bl-title")).to_be_visible(timeout=WIDGETS_TIMEOUT)


def go_to_card(page: Page, index: int, total: int) -> None:
    progress = page.locator(".bl-progress")
    for _ in range(total + 1):
        shown = (
            int(re.search(r"Scenario (\d+) of", progress.inner_text()).group(1)) - 1
            if "Scenario " in progress.inner_text()
            else total
        )
        if shown == index:
            return
        forward = "Module summary" if shown == total - 1 else "Next"  # the last card's Next says where it goes
        press_button(page.get_by_role("button", name=forward if shown < index else "Back"))
        expect(progress).not_to_contain_text(f"Scenario {shown + 1} of")
    raise AssertionError(f"could not reach card {index + 1}")


def options_shown(page: Page) -> list[str]:
    return page.locator(".bl-best-step .widget-radio-box label").all_inner_texts()


def test_each_learner_sees_their_own_option_order_the_same_on_reopening(page: Page, bank, tmp_path_factory):
    notebook, scenarios = module_one(bank)
    index = next(i for i, s in enumerate(scenarios) if s.choices and s.rewrite)
    item = scenarios[index]
    seen = {}
    for learner in learners_whose_orders_differ(item.id, len(item.choices)):
        server = app_for(tmp_path_factory.mktemp(learner), f"ux-{learner}", learner)
        try:
            open_module(page, server, notebook)
            go_to_card(page, index, len(scenarios))
            first = options_shown(page)
            assert [t.strip() for t in first] == [
                item.choices[i].text for i in option_order(learner, item.id, len(item.choices))
            ]
            page.reload()
            open_module(page, server, notebook)
            go_to_card(page, index, len(scenarios))
            assert options_shown(page) == first  # the same order on a return visit
            seen[learner] = first
        finally:
            server.stop()
    assert len({tuple(o) for o in seen.values()}) == 2


def test_the_rewrite_step_is_not_on_screen_before_the_verdict_is_checked(page: Page, app, bank):
    notebook, scenarios = module_one(bank)
    index = next(i for i, s in enumerate(scenarios) if s.rewrite)
    open_module(page, app, notebook)
    go_to_card(page, index, len(scenarios))
    box = page.get_by_role("textbox", name="Your rewrite")
    expect(box).to_be_hidden()
    assert "Rewrite" not in page.locator(".bl-runner .bl-scenario").inner_text()  # not even its heading or task
    page.get_by_role("radio", name=VERDICT_LABELS["revise"], exact=True).check()
    page.get_by_role("button", name="Check my answer").click()
    expect(box).to_be_visible(timeout=20_000)
    whole_page_screenshot(page, "ux-rewrite-after-verdict")


@pytest.mark.parametrize("width", (390, 800, 1366))
def test_no_text_of_a_card_its_feedback_or_the_dashboard_is_cut(page: Page, app, bank, width):
    page.set_viewport_size({"width": width, "height": 900})
    notebook, scenarios = module_one(bank)
    index = next(i for i, s in enumerate(scenarios) if s.choices and s.rewrite)
    open_module(page, app, notebook)
    go_to_card(page, index, len(scenarios))
    page.get_by_role("radio", name=VERDICT_LABELS[scenarios[index].answer.verdict], exact=True).check()
    for p in scenarios[index].answer.principles:
        page.get_by_role("checkbox", name=principle_title(p), exact=True).check()
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator(".bl-judge .bl-feedback")).to_be_visible(timeout=20_000)
    page.locator(".bl-best-step .widget-radio-box label").first.click()
    page.get_by_role("button", name="Check my choice").click()
    expect(page.locator(".bl-best-step .bl-feedback")).to_be_visible(timeout=20_000)
    assert page.evaluate(CUT) == []
    bad, report = axe_problems(page, f"ux-card-{width}")
    assert not bad, report
    whole_page_screenshot(page, f"ux-card-{width}")
    for home in ("00_start_here.ipynb", "my_progress.ipynb"):
        page.goto(app.url(f"voila/render/{home}"))
        expect(page.locator(".bl-root").first).to_be_visible(timeout=WIDGETS_TIMEOUT)
        expect(page.locator("#rendered_cells")).to_be_visible(timeout=WIDGETS_TIMEOUT)
        assert page.evaluate(CUT) == [], home
        whole_page_screenshot(page, f"ux-{home[:-6]}-{width}")


def test_the_module_score_is_the_same_on_the_summary_course_home_progress_page_and_transcript(
    page: Page, bank, tmp_path_factory
):
    notebook, scenarios = module_one(bank)
    server = app_for(tmp_path_factory.mktemp("score"), "ux-score")
    try:
        open_module(page, server, notebook)
        first = scenarios[0]
        wrong = next(v for v in vocab.VERDICTS if v != first.answer.verdict)
        for verdict in (wrong, first.answer.verdict):  # a wrong first try, then the right one
            page.get_by_role("radio", name=VERDICT_LABELS[verdict], exact=True).check()
            page.get_by_role("button", name="Check my answer").click()
            expect(page.locator(".bl-judge .bl-feedback")).to_contain_text(
                "Right:" if verdict == first.answer.verdict else "Not quite", timeout=20_000
            )
        server.wait_for_rows("SELECT id FROM attempt", count=2)
        go_to_card(page, len(scenarios), len(scenarios))
        summary = page.locator(".bl-module-score").inner_text()
        score = re.search(r"is (\d+) %", summary).group(1)

        page.goto(server.url("voila/render/00_start_here.ipynb"))
        row = page.locator(".bl-overview tr", has_text=bank.modules[bank.course.modules[1]].title)
        expect(row).to_be_visible(timeout=WIDGETS_TIMEOUT)
        assert f"{score} %" in row.inner_text() and "1 of" in row.inner_text()

        page.goto(server.url("voila/render/my_progress.ipynb"))
        row = page.locator(".bl-modules tr", has_text=bank.modules[bank.course.modules[1]].title)
        expect(row).to_be_visible(timeout=WIDGETS_TIMEOUT)
        assert f"{score} %" in row.inner_text()

        out = server.root / "transcript.csv"
        subprocess.run(
            [sys.executable, "-m", "boundarylab", "transcript", "--home", str(server.home), "--out", str(out)],
            check=True,
            capture_output=True,
        )
        with out.open() as f:
            assert next(r for r in csv.DictReader(f) if r["id"] == bank.course.modules[1])["score_percent"] == score
    finally:
        server.stop()


@pytest.mark.parametrize("notebook", PAGES)
def test_no_page_shows_an_id_a_prompt_a_traceback_or_jupyterlab_instructions(page: Page, app, notebook):
    page.goto(app.url(f"voila/render/{notebook}"))
    expect(page.locator("#rendered_cells")).to_be_visible(timeout=WIDGETS_TIMEOUT)
    expect(page.locator(".jupyter-widgets").first).to_be_visible(timeout=WIDGETS_TIMEOUT)
    text = page.inner_text("body")
    found = [i for i in HYPHENATED_IDS if re.search(rf"(?<![\w-]){re.escape(i)}(?![\w-])", text)]
    assert not found, f"ids on {notebook}: {found}"
    assert not re.search(r"\bdont\b", text) and "Out[" not in text and "Traceback" not in text
    assert "Run All" not in text and "JupyterLab" not in text
