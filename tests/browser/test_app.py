"""The learner app in a real browser: the start page, one scenario answered and saved, no code
on any page, axe clean, and the policy builder writing a policy the learner can download."""

import json
import re
import time
import uuid
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from boundarylab.bank import load_bank
from boundarylab.names import principle_title
from boundarylab.paths import course_root
from boundarylab.widgets.judge import VERDICT_LABELS

from .app_server import App, axe_problems, whole_page_screenshot

pytestmark = pytest.mark.browser

BANK = load_bank(course_root() / "scenarios")
DRIVEN = ("03_confidentiality.ipynb", "09_policy.ipynb")  # each has its own test below
OTHERS = sorted(p.name for p in (course_root() / "notebooks").glob("*.ipynb") if p.name not in DRIVEN)
CODE_TOKENS = ("from boundarylab", "show_module(", "show_policy(", "import ")
WIDGETS_TIMEOUT = 90_000


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    server = App(tmp_path_factory.mktemp("app"), "app")
    yield server
    server.stop()


def assert_no_code(page: Page) -> None:
    html = page.content()
    for token in CODE_TOKENS:
        assert token not in html, f"{token!r} reached the learner's page"
    assert page.locator(".jp-InputArea-editor, .cm-editor, .jp-InputPrompt:visible").count() == 0
    assert "Traceback" not in page.inner_text("body")


def test_the_start_page_lists_the_modules_in_order(page: Page, app):
    page.goto(app.url())
    expect(page.get_by_role("heading", name="BoundaryLab")).to_be_visible()
    links = page.get_by_role("main").get_by_role("link").all_inner_texts()
    assert links[0] == "Start here"
    numbers = [int(m.group(1)) for m in map(re.compile(r"Module (\d+):").match, links[1:]) if m]
    assert numbers == sorted(numbers) and 9 in numbers
    assert "Module 9: Policy" in links and "My progress" in links
    assert len(links) == len(DRIVEN) + len(OTHERS)  # every notebook of the course is linked
    bad, report = axe_problems(page, "app-start")
    assert not bad, report
    whole_page_screenshot(page, "app-start")


def test_one_scenario_in_app_mode_gives_feedback_and_is_saved(page: Page, app):
    scenario = BANK.in_module("confidentiality")[0]
    page.goto(app.url(f"voila/render/{DRIVEN[0]}"))
    verdict = page.get_by_role("radio", name=VERDICT_LABELS[scenario.answer.verdict], exact=True)
    expect(verdict).to_be_visible(timeout=WIDGETS_TIMEOUT)
    expect(page.get_by_text(scenario.title).first).to_be_visible()
    assert_no_code(page)

    verdict.check()
    for principle in scenario.answer.principles:
        page.get_by_role("checkbox", name=principle_title(principle), exact=True).check()
    page.get_by_role("button", name="Check my answer").click()
    feedback = page.locator(".bl-judge .bl-feedback")
    expect(feedback).to_contain_text("Score for this step", timeout=20_000)
    expect(feedback).to_contain_text("Sources")

    ((scenario_id, answer),) = app.wait_for_rows("SELECT scenario_id, answer FROM attempt WHERE part = 'judgement'")
    assert scenario_id == scenario.id
    saved = json.loads(answer)
    assert saved["verdict"] == scenario.answer.verdict
    assert sorted(saved["principles"]) == sorted(scenario.answer.principles)

    bad, report = axe_problems(page, "app-scenario")
    assert not bad, report
    whole_page_screenshot(page, "app-scenario")

    page.get_by_role("link", name="Course home").click()  # back to the course home, no token needed again
    expect(page.get_by_role("link", name=re.compile(r"module 9: .*policy", re.I))).to_be_visible(
        timeout=WIDGETS_TIMEOUT
    )


def log_lines(app: App, text: str) -> int:
    return app.log_path.read_text(errors="replace").count(text)


def wait_for_log(app: App, text: str, count: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while log_lines(app, text) < count:
        assert time.monotonic() < deadline, f"{text!r} not logged {count} time(s); see {app.log_path}"
        time.sleep(0.25)


def test_a_page_readied_ahead_of_time_shows_what_the_learner_did_since(page: Page, app):
    """The app readies each page in a kernel of its own before the learner opens it (that is why a
    module opens in about a second); what the learner did after the readying is on the page."""
    notebook, scenarios = "02_clients-online.ipynb", BANK.in_module("clients-online")
    readied, used = f"Kernel pool of {notebook} is filled", f"for {notebook}"
    progress = page.locator(".bl-progress")
    wait_for_log(app, readied, 1)
    page.goto(app.url(f"voila/render/{notebook}"))
    expect(progress).to_contain_text(f"Scenario 1 of {len(scenarios)}", timeout=WIDGETS_TIMEOUT)
    assert log_lines(app, used) == 1

    wait_for_log(app, readied, 2)  # the next visit's kernel, readied while the learner works
    time.sleep(5)  # ... and paused at the page's widgets, before the answer below
    page.get_by_role("radio", name=VERDICT_LABELS[scenarios[0].answer.verdict], exact=True).check()
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator(".bl-judge .bl-feedback")).to_contain_text("Score for this step", timeout=20_000)

    page.goto(app.url(f"voila/render/{notebook}"))
    expect(progress).to_contain_text(f"1 of {len(scenarios)} answered", timeout=WIDGETS_TIMEOUT)
    expect(progress).to_contain_text(f"Scenario 2 of {len(scenarios)}")  # reopened at the first card not answered
    assert log_lines(app, used) == 2  # ... by the kernel readied before the answer


def test_the_policy_builder_in_app_mode_refuses_an_unready_policy_and_writes_a_draft_to_download(page: Page, app):
    practice = f"Willow Counseling {uuid.uuid4().hex[:6]}"
    page.goto(app.url(f"voila/render/{DRIVEN[1]}"))
    name = page.get_by_role("textbox", name="Practice name")
    expect(name).to_be_visible(timeout=WIDGETS_TIMEOUT)
    assert_no_code(page)

    name.fill(practice)
    page.get_by_role("radio", name="Accept requests from clients who ask", exact=True).check()
    flag = page.locator(".bl-flag")
    expect(flag).to_contain_text("This choice conflicts with what the course teaches")
    expect(flag).to_contain_text("second, personal relationship")
    page.get_by_role(
        "radio", name="Follow the safety plan we make together, then crisis line and emergency services", exact=True
    ).check()
    page.get_by_role("button", name="Write my policy").click()
    result = page.locator(".bl-policy-result")
    expect(result).to_contain_text("Your policy is not ready to sign yet", timeout=30_000)
    expect(result).to_contain_text("Change your choice in “Friend requests, follows and connections”")
    expect(result).to_contain_text("Answer “Our accounts and what they are for”")
    folder = app.home / "policy"
    assert not (folder / "policy.pdf").exists()

    page.get_by_role("button", name="Save a draft").click()
    expect(result).to_contain_text("Your draft is written, marked Draft on every page", timeout=30_000)
    assert practice in (folder / "policy-draft.md").read_text(encoding="utf-8")
    assert (folder / "policy-draft.pdf").read_bytes().startswith(b"%PDF")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download policy-draft.pdf").click()
    assert download.value.suggested_filename == "policy-draft.pdf"
    assert Path(download.value.path()).read_bytes() == (folder / "policy-draft.pdf").read_bytes()
    saved = app.wait_for_rows("SELECT data FROM event WHERE kind = 'policy' AND data LIKE ?", (f"%{practice}%",))
    assert json.loads(saved[-1][0])["choices"]["friend-requests"] == "accept-all"

    bad, report = axe_problems(page, "app-policy")
    assert not bad, report
    whole_page_screenshot(page, "app-policy")


@pytest.mark.parametrize("notebook", OTHERS)
def test_every_page_of_the_app_shows_widgets_no_code_and_passes_axe(page: Page, app, notebook):
    page.goto(app.url(f"voila/render/{notebook}"))
    expect(page.locator("#rendered_cells")).to_be_visible(timeout=WIDGETS_TIMEOUT)  # every cell has run
    expect(page.locator(".jupyter-widgets").first).to_be_visible()
    assert_no_code(page)
    assert "Sorry, something went wrong" not in page.inner_text("body")
    bad, report = axe_problems(page, f"app-{notebook}")
    assert not bad, report
