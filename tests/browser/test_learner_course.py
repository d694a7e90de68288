"""A learner works through module 1 in JupyterLab by clicking and typing; what they did is in the
progress file; markup they type stays text; the output area passes axe."""

import json
import uuid

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from boundarylab.names import principle_title
from boundarylab.notebook_builder import notebook_name
from boundarylab.widgets.judge import VERDICT_LABELS

from .conftest import no_popups, open_notebook, run_all, save_json, screenshot, wait_for_idle_kernel

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def module_one(bank):
    mid = bank.course.modules[1]
    return notebook_name(bank, mid), bank.in_module(mid)


def start_module(page: Page, course, notebook: str, total: int) -> None:
    open_notebook(page, course, notebook)
    expect(page.locator(".jp-InputPlaceholder").first).to_contain_text("appear below")
    assert "show_module" not in page.content()  # the code of hidden cells never reaches the page
    run_all(page)
    expect(page.locator(".bl-progress")).to_contain_text(f" of {total}", timeout=60_000)
    no_popups(page)


def go_to(page: Page, index: int, total: int) -> None:
    """Click Back or Next until scenario `index` (0-based) is on screen."""
    progress = page.locator(".bl-progress")
    for _ in range(total + 1):
        shown = (
            int(progress.inner_text().split("Scenario ")[1].split(" ")[0]) - 1
            if "Scenario " in progress.inner_text()
            else total
        )
        if shown == index:
            return
        page.get_by_role("button", name="Next" if shown < index else "Back").click()
        expect(progress).not_to_contain_text(f"Scenario {shown + 1} of")
    raise AssertionError(f"could not reach scenario {index + 1}")


def judge(page: Page, scenario) -> None:
    page.get_by_role("radio", name=VERDICT_LABELS[scenario.answer.verdict], exact=True).check()
    for p in scenario.answer.principles:
        page.get_by_role("checkbox", name=principle_title(p), exact=True).check()
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator(".bl-judge .bl-feedback")).to_contain_text("Right:", timeout=20_000)


def rewrite(page: Page, text: str) -> None:
    box = page.get_by_role("textbox", name="Your rewrite")
    box.click()
    box.fill("")
    box.press_sequentially(text)
    expect(box).to_have_value(text)
    page.get_by_role("button", name="Check my rewrite").click()


def test_a_learner_completes_a_judge_a_best_step_and_a_rewrite_scenario(page: Page, course, bank):
    notebook, scenarios = module_one(bank)
    start_module(page, course, notebook, len(scenarios))
    first = scenarios[0]
    judge(page, first)
    sid, answer, score, seconds = course.attempt("judgement")
    assert sid == first.id and json.loads(answer)["verdict"] == first.answer.verdict and score == 1.0
    assert seconds > 0  # time on task, from the card being shown to the answer

    step = next(i for i, s in enumerate(scenarios) if s.choices)
    go_to(page, step, len(scenarios))
    best = next(i for i, c in enumerate(scenarios[step].choices) if c.correct)
    page.get_by_role("radio", name=scenarios[step].choices[best].text, exact=True).check()
    page.get_by_role("button", name="Check my choice").click()
    expect(page.locator(".bl-best-step .bl-feedback")).to_contain_text("Right: that is the best next step")
    assert course.attempt("choice")[:3] == (scenarios[step].id, json.dumps({"choice": best}), 1.0)

    target = next(i for i, s in enumerate(scenarios) if s.rewrite)
    go_to(page, target, len(scenarios))
    judge(page, scenarios[target])
    text = f"{scenarios[target].rewrite.model_answer} ({uuid.uuid4().hex[:6]})"
    rewrite(page, text)
    feedback = page.locator(".bl-rewrite .bl-feedback")
    expect(feedback).to_contain_text("Score for your rewrite", timeout=20_000)
    expect(feedback).to_contain_text("One good answer")  # the model answer, after the first try
    sid, answer, _, _ = course.attempt("rewrite", text[-8:])
    assert (sid, json.loads(answer)["text"]) == (scenarios[target].id, text)  # every character kept
    screenshot(page, "learner-rewrite")

    page.reload()  # the learner comes back: the module reopens at the first card not answered yet
    wait_for_idle_kernel(page)
    run_all(page)
    done = {0, target}  # answered: a verdict checked (the best-step card had only its choice checked)
    resume = min(set(range(len(scenarios))) - done)
    expect(page.locator(".bl-progress")).to_contain_text(f"Scenario {resume + 1} of {len(scenarios)}", timeout=60_000)
    expect(page.locator(".bl-progress")).to_contain_text(f"{len(done)} of {len(scenarios)} answered")
    go_to(page, target, len(scenarios))
    expect(page.locator(".bl-runner")).to_contain_text("You have answered this scenario before")
    expect(page.get_by_role("textbox", name="Your rewrite")).to_have_value(text)  # the last answer, back on its card


def test_markup_typed_into_a_rewrite_shows_as_text(page: Page, course, bank):
    notebook, scenarios = module_one(bank)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    start_module(page, course, notebook, len(scenarios))
    go_to(page, next(i for i, s in enumerate(scenarios) if s.rewrite), len(scenarios))
    hostile = f"<img src=x onerror=alert(1)> {uuid.uuid4().hex[:6]}"
    rewrite(page, hostile)
    feedback = page.locator(".bl-rewrite .bl-feedback")
    expect(feedback).to_contain_text(hostile, timeout=20_000)
    assert feedback.locator("img").count() == 0 and not dialogs
    assert json.loads(course.attempt("rewrite", hostile[-6:])[1])["text"] == hostile
    screenshot(page, "markup-as-text")


def test_typing_and_clicking_at_once_keeps_every_character(page: Page, course, bank):
    notebook, scenarios = module_one(bank)
    start_module(page, course, notebook, len(scenarios))
    go_to(page, next(i for i, s in enumerate(scenarios) if s.rewrite), len(scenarios))
    box = page.get_by_role("textbox", name="Your rewrite")
    check = page.get_by_role("button", name="Check my rewrite")
    for n in range(3):
        text = f"Try {n}: many people find gentle, gradual practice helps; ask your own clinician. {uuid.uuid4().hex}"
        box.click()
        box.fill("")
        box.press_sequentially(text, delay=0)
        check.click()  # at once: no wait for the value to settle
        expect(page.locator(".bl-rewrite")).to_contain_text(f"Try {n + 1} saved", timeout=20_000)
        assert json.loads(course.attempt("rewrite", text[-32:])[1])["text"] == text


def test_the_module_output_has_no_serious_accessibility_violation(page: Page, course, bank):
    notebook, scenarios = module_one(bank)
    start_module(page, course, notebook, len(scenarios))
    go_to(page, 0, len(scenarios))
    judge(page, scenarios[0])  # with feedback on screen too
    results = Axe().run(page, context=".jp-OutputArea-output", options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    save_json("axe-module-1.json", results.response["violations"])
    blocking = [v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not blocking, results.generate_report()
    screenshot(page, "module-1")
