"""The instructor's live view (`boundarylab cohort`) in a real browser, on a folder of three
learners' real progress files: a learner's new answer appears without a reload, a projected card
shows the room's split with no names, every learner-typed text is escaped, axe is clean."""

import base64
import os
import re
import time

import pytest
from playwright.sync_api import Page, expect

from boundarylab.bank import load_bank
from boundarylab.ce.provider import read_attendance
from boundarylab.paths import course_root
from boundarylab.progress import ProgressStore
from boundarylab.scoring import score_choice, score_judgement

from .app_server import axe_problems, whole_page_screenshot
from .conftest import ARTIFACTS, LearnerProcess

pytestmark = pytest.mark.browser

BANK = load_bank(course_root() / "scenarios")
CARDS = [s for m in BANK.course.modules for s in BANK.in_module(m)]
FIRST, SECOND = CARDS[0], CARDS[1]
NAMES = {"ada": "Ada Okafor", "bo": "Bo <b>Bold</b> Lindqvist", "cy": "Cy Tanaka"}
BEST = next(n for n, c in enumerate(FIRST.choices) if c.correct)  # FIRST has best-step choices
WRONG = next(v for v in ("ok", "revise", "dont") if v != FIRST.answer.verdict)
SHOWN_WITHIN_MS = 5_000


def answer(store: ProgressStore, scenario, verdict: str, choice: int | None = None) -> None:
    score = score_judgement(scenario, verdict, ()).score
    store.save_attempt(scenario.id, scenario.module, "judgement", {"verdict": verdict, "principles": []}, score, 45)
    if choice is not None:
        store.save_attempt(
            scenario.id, scenario.module, "choice", {"choice": choice}, score_choice(scenario, choice).score, 20
        )


class LiveView(LearnerProcess):
    """`boundarylab cohort`, as an instructor starts it: it makes its own token and prints the address."""

    label = "live view"

    def __init__(self, root, name, cohort):
        self.cohort = cohort
        super().__init__(root, name)

    def command(self) -> list[str]:
        return ["cohort", "--progress", str(self.cohort), "--no-browser", "--port", str(self.port)]

    def extra_env(self) -> dict:
        if (course_root() / "src").is_dir() and "PYTHONPATH" not in os.environ:  # the kernel imports the checkout
            return {"PYTHONPATH": str(course_root() / "src")}
        return {}

    def ready(self) -> bool:
        return bool(self.address())

    def address(self) -> str:
        found = re.search(
            r"is open at (http://127\.0\.0\.1:\d+/\?token=\S+)", self.log_path.read_text(errors="replace")
        )
        return found.group(1) if found else ""


@pytest.fixture(scope="module")
def cohort(tmp_path_factory):
    root = tmp_path_factory.mktemp("cohort")
    for n, (learner, name) in enumerate(NAMES.items()):
        folder = root / learner / (".local/share/boundarylab" if n == 1 else "")  # both home layouts
        with ProgressStore.open(folder) as store:
            store.save_profile(name)
            if learner != "cy":
                right = learner == "ada"
                answer(
                    store,
                    FIRST,
                    FIRST.answer.verdict if right else WRONG,
                    BEST if right else (BEST + 1) % len(FIRST.choices),
                )
    return root


@pytest.fixture(scope="module")
def live(tmp_path_factory, cohort):
    server = LiveView(tmp_path_factory.mktemp("live"), "cohort", cohort)
    yield server
    server.stop()


def store_of(cohort, learner: str) -> ProgressStore:
    return ProgressStore(next((cohort / learner).rglob("progress.sqlite3")))


def test_the_token_is_not_on_the_command_line(live):
    token = live.address().rsplit("=", 1)[1]
    with open(f"/proc/{live.proc.pid}/cmdline", "rb") as f:
        assert token.encode() not in f.read()


def test_a_new_answer_appears_on_the_live_view_within_5_s(page: Page, live, cohort):
    page.goto(live.address())
    table = page.locator(".bl-cohort table").first
    expect(table).to_contain_text("Ada Okafor", timeout=90_000)
    expect(table).to_contain_text("Bo <b>Bold</b> Lindqvist")  # typed markup shown as text, not run
    assert page.locator(".bl-cohort table b").count() == 0
    cy = table.get_by_role("row").filter(has_text="Cy Tanaka")
    expect(cy).to_contain_text("not started")
    assert "from boundarylab" not in page.content()  # no code reaches the page

    with store_of(cohort, "cy") as store:
        answer(store, SECOND, "revise")
    saved = time.monotonic()
    expect(cy).to_contain_text(SECOND.title, timeout=SHOWN_WITHIN_MS)
    print(f"\nnew answer on the page {time.monotonic() - saved:.1f} s after it was saved")
    whole_page_screenshot(page, "cohort-live")

    link = page.get_by_role("link", name=re.compile("Download the attendance record"))
    csv_text = base64.b64decode(link.get_attribute("href").split(",", 1)[1]).decode("utf-8")
    (ARTIFACTS / "attendance.csv").write_text(csv_text, encoding="utf-8")
    assert set(read_attendance(ARTIFACTS / "attendance.csv")) == {n.casefold() for n in NAMES.values()}
    bad, report = axe_problems(page, "cohort-live")
    assert not bad, report


def test_projecting_a_card_shows_the_rooms_split_and_no_names(page: Page, live):
    page.goto(live.address())
    dropdown = page.get_by_role("combobox", name="Card")
    expect(dropdown).to_be_visible(timeout=90_000)
    dropdown.select_option(label=next(label for sid, label in _cards() if sid == FIRST.id))
    page.get_by_role("button", name="Project this card").click()
    split = page.locator(".bl-split")
    expect(split).to_contain_text("2 of 3 learners have answered this card")
    expect(page.locator(".bl-projected .bl-card")).to_contain_text(FIRST.title)
    right = {"ok": "bluish green", "revise": "orange", "dont": "vermillion"}[FIRST.answer.verdict]
    expect(split).to_contain_text(f"1 (50 %), {right}")  # Ada's right verdict, its colour in words
    steps = split.locator(".bl-split-row").filter(has_text=FIRST.choices[BEST].text)
    expect(steps).to_contain_text(f"1 (50 %), {['blue', 'sky blue', 'reddish purple'][BEST]}")
    body = page.inner_text("body")
    assert not any(name in body for name in ("Ada", "Bold", "Cy Tanaka"))
    whole_page_screenshot(page, "cohort-projected")
    bad, report = axe_problems(page, "cohort-projected")
    assert not bad, report
    page.get_by_role("button", name="Back to the room").click()
    expect(page.locator(".bl-cohort table").first).to_contain_text("Ada Okafor")


def _cards():
    from boundarylab.cohort import Room

    return Room(BANK).cards()
