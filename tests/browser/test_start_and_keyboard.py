"""The start notebook (profile, progress, no pop-ups) and a scenario done by keyboard alone."""

import json
import re
import time
import uuid

import nbformat
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from boundarylab import vocab
from boundarylab.names import principle_title
from boundarylab.notebook_builder import START
from boundarylab.widgets.judge import VERDICT_LABELS

from .conftest import no_popups, open_notebook, run_all, save_json, screenshot, wait_for_idle_kernel
from .test_learner_course import AXE_TAGS, module_one

FOCUSED = """() => {
  const e = document.activeElement;
  if (!e) return '';
  const label = e.closest('label') || (e.id ? document.querySelector(`label[for="${e.id}"]`) : null);
  const text = label ? label.innerText : (e.innerText || e.getAttribute('aria-label') || '');
  return `${e.tagName.toLowerCase()}|${e.type || ''}|${text.trim()}`;
}"""


def tab_to(page: Page, target: str, limit: int = 250) -> None:
    """Press Tab until the focused element is `target` ("tag|type|label")."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUSED))
        if seen[-1] == target:
            return
    raise AssertionError(f"Tab never reached {target!r}; it went through {seen[:60]!r}")


def choose_in_group(page: Page, label: str, labels: list[str]) -> None:
    """A radio group is one Tab stop: Tab into it, then the arrow keys move to (and choose) the option."""
    tab_to(page, f"input|radio|{labels[0]}")
    page.keyboard.press("Space")
    for _ in range(labels.index(label)):
        page.keyboard.press("ArrowDown")
    assert page.evaluate(FOCUSED) == f"input|radio|{label}"
    # ipywidgets holds back a value change while the kernel is busy with the previous one, but sends a
    # button press at once; a press right after several quick arrow keys can reach the kernel first.
    wait_for_idle_kernel(page)
    page.wait_for_timeout(500)


def test_the_start_notebook_saves_a_profile_and_shows_no_popups(page: Page, course):
    open_notebook(page, course, START)
    run_all(page)
    name = page.get_by_role("textbox", name="Your name")
    expect(name).to_be_visible(timeout=60_000)
    expect(page.locator(".jp-OutputArea-output")).to_contain_text("Your progress")
    name.fill("Dr Ana Ruiz")
    page.get_by_role("combobox", name="Your profession").fill("Counsellor")
    page.get_by_role("textbox", name="License number (optional)").fill("LPC-0042")
    page.get_by_role("button", name="Save my profile").click()  # at once, after typing
    expect(page.locator(".bl-profile")).to_contain_text("Your certificate will read: Dr Ana Ruiz")
    assert course.wait_for_rows("SELECT name, profession, licence FROM profile") == [
        ("Dr Ana Ruiz", "Counsellor", "LPC-0042")
    ]
    page.wait_for_timeout(2000)  # the news toast, when not disabled, shows within a second or two
    no_popups(page)
    assert page.get_by_role("menuitem", name="Nbgrader", exact=True).count() == 0  # no instructor tools
    results = Axe().run(page, context=".jp-OutputArea-output", options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    save_json("axe-start-here.json", results.response["violations"])
    assert not [v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")], (
        results.generate_report()
    )
    screenshot(page, "start-here")


def test_a_scenario_can_be_completed_with_the_keyboard_alone(page: Page, course, bank):
    notebook, scenarios = module_one(bank)
    index = max(range(len(scenarios)), key=lambda i: (bool(scenarios[i].choices) + bool(scenarios[i].rewrite), -i))
    s = scenarios[index]  # the first with the most steps
    open_notebook(page, course, notebook)
    page.keyboard.press("Control+Shift+C")  # the command palette: Run All Cells
    page.keyboard.type("Run All Cells")
    page.keyboard.press("Enter")
    expect(page.locator(".bl-progress")).to_contain_text(f"Scenario 1 of {len(scenarios)}", timeout=60_000)
    for n in range(index):  # Next takes the focus to the new card's title; Tab on from there
        tab_to(page, "button|submit|Next")
        page.keyboard.press("Enter")
        expect(page.locator(".bl-progress")).to_contain_text(f"Scenario {n + 2} of")

    choose_in_group(page, VERDICT_LABELS[s.answer.verdict], list(VERDICT_LABELS.values()))
    for p in (p for p in vocab.PRINCIPLES if p in s.answer.principles):  # in screen order
        tab_to(page, f"input|checkbox|{principle_title(p)}")
        page.keyboard.press("Space")
    tab_to(page, "button|submit|Check my answer")
    page.keyboard.press("Enter")
    expect(page.locator(".bl-judge .bl-feedback")).to_contain_text("Right:", timeout=20_000)
    if s.choices:
        best = next(c.text for c in s.choices if c.correct)
        shown = [t.strip() for t in page.locator(".bl-best-step .widget-radio-box label").all_inner_texts()]
        choose_in_group(page, best, shown)
        tab_to(page, "button|submit|Check my choice")
        page.keyboard.press("Enter")
        expect(page.locator(".bl-best-step .bl-feedback")).to_contain_text("Right: that is the best next step")
    if s.rewrite:
        text = f"{s.rewrite.model_answer} ({uuid.uuid4().hex[:6]})"
        tab_to(page, "textarea|textarea|Your rewrite")
        page.keyboard.type(text)
        tab_to(page, "button|submit|Check my rewrite")
        page.keyboard.press("Enter")
        expect(page.locator(".bl-rewrite")).to_contain_text("Try 1 saved", timeout=20_000)
        assert json.loads(course.attempt("rewrite", text[-8:])[1])["text"] == text
    parts = {row[0] for row in course.wait_for_rows("SELECT part FROM attempt WHERE scenario_id = ?", (s.id,))}
    assert "judgement" in parts
    screenshot(page, "keyboard-only")

    saved = course.root / "notebooks" / notebook
    before = saved.stat().st_ctime_ns
    page.get_by_role("menuitem", name="File", exact=True).click()  # saved without outputs: it reopens clean
    page.get_by_role("menuitem", name=re.compile(r"^Save Notebook Ctrl")).click()
    deadline = time.monotonic() + 15
    while saved.stat().st_ctime_ns == before and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    nb = nbformat.read(saved, as_version=4)
    assert saved.stat().st_ctime_ns != before
    assert all(c.outputs == [] for c in nb.cells if c.cell_type == "code")
    assert nb.cells[[c.cell_type for c in nb.cells].index("code")].metadata.jupyter.source_hidden


def test_a_request_off_loopback_is_blocked(page: Page, loopback_only):
    outcome = page.evaluate("fetch('http://example.com/beacon').then(() => 'sent', () => 'blocked')")
    assert outcome == "blocked" and loopback_only == ["http://example.com/beacon"]
    loopback_only.clear()  # the block worked; nothing else tried to leave
