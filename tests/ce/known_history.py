"""A learner history with known numbers on the fixture bank (tests/fixtures/ce_bank), saved at
known times, shared by the ce and reports tests."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from boundarylab import ce, progress
from boundarylab.bank import load_bank
from boundarylab.ce.evaluation import evaluation_questions
from boundarylab.ce.provider import init_provider
from boundarylab.ce.record import export_record, seal
from boundarylab.progress import ProgressStore
from boundarylab.scoring import score_choice, score_judgement

BANK_DIR = Path(__file__).parents[1] / "fixtures" / "ce_bank"
NAME = "Zoë Nguyễn"
LICENCE = "LPC 71234 (Texas)"


class Clock:
    """Stands in for progress.now: every save is one minute after the last, on the day set."""

    def __init__(self):
        self.at = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)

    def day(self, n: int) -> None:
        self.at = datetime(2026, 3, n, 12, 0, tzinfo=UTC)

    def __call__(self) -> str:
        self.at += timedelta(minutes=1)
        return self.at.isoformat(timespec="microseconds")


def judge(store, bank, sid, verdict, principles, seconds, context="practice"):
    s = bank.scenarios[sid]
    score = score_judgement(s, verdict, principles).score
    store.save_attempt(
        sid, s.module, "judgement", {"verdict": verdict, "principles": list(principles)}, score, seconds, context
    )


def choose(store, bank, sid, choice, seconds, context="practice"):
    s = bank.scenarios[sid]
    store.save_attempt(sid, s.module, "choice", {"choice": choice}, score_choice(s, choice).score, seconds, context)


def practice(store, bank, clock):
    """Day 2: profile (which completes the start page). Day 3: alpha done (alpha-001 wrong first, then right).
    Day 4: beta-001 with its principle missed; beta-002 left unanswered."""
    store.save_profile(NAME, "Licensed professional counselor", LICENCE)
    clock.day(3)
    judge(store, bank, "alpha-001", "ok", ["confidentiality"], 60)  # wrong verdict: 0.4
    judge(store, bank, "alpha-001", "dont", ["confidentiality"], 30)  # second try: not counted as mastery
    choose(store, bank, "alpha-001", 0, 20)  # wrong choice
    judge(store, bank, "alpha-002", "ok", ["confidentiality"], 120)  # right: 1.0
    clock.day(4)
    judge(store, bank, "beta-001", "dont", [], 90)  # principle missed: 0.6


def finish_modules(store, bank, clock):
    clock.day(5)
    judge(store, bank, "beta-002", "ok", ["testimonials"], 60)


def failed_sitting(store, bank, clock):
    """Day 6, form A (alpha-002, beta-002): 1.0 and 0.4 (wrong verdict) -> 70 %."""
    clock.day(6)
    ce.start_post_test(bank, store)
    judge(store, bank, "alpha-002", "ok", ["confidentiality"], 100, "post-test")
    judge(store, bank, "beta-002", "dont", ["testimonials"], 100, "post-test")


def passed_sitting(store, bank, clock):
    """Day 7, form B (alpha-001, beta-001): all right -> 100 %."""
    clock.day(7)
    ce.start_post_test(bank, store)
    judge(store, bank, "alpha-001", "dont", ["confidentiality"], 80, "post-test")
    choose(store, bank, "alpha-001", 1, 20, "post-test")
    judge(store, bank, "beta-001", "dont", ["testimonials"], 60, "post-test")


def evaluation_answers(bank):
    answers = {q.id: 4 for q in evaluation_questions(bank) if q.kind == "scale"}
    return dict(answers, level="About right", minutes=75, comments="Useful.")


def evaluate(store, bank, clock):
    clock.day(8)
    assert ce.submit_evaluation(bank, store, evaluation_answers(bank)) == []


def complete(store, bank, clock):
    practice(store, bank, clock)
    finish_modules(store, bank, clock)
    failed_sitting(store, bank, clock)
    passed_sitting(store, bank, clock)
    evaluate(store, bank, clock)


def exported(store, bank, clock) -> dict:
    """The known history, complete, exported on day 9 as the provider receives it."""
    complete(store, bank, clock)
    clock.day(9)
    return export_record(bank, store)


def reseal(record):
    """What a learner who read this source could do: recompute every seal after an edit."""
    ident = record["learner"]["id"]
    chain = seal(ident, "", {k: record[k] for k in ("format", "version", "course", "learner", "exported_at")})
    for name in ("attempts", "events"):
        for row in record[name]:
            chain = seal(ident, chain, {k: v for k, v in row.items() if k != "seal"})
            row["seal"] = chain
    record["seal"] = chain
    return record


@pytest.fixture
def provider(tmp_path):
    return init_provider(tmp_path / "provider")


@pytest.fixture
def bank():
    return load_bank(BANK_DIR)


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(progress, "now", c)
    return c


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def store(home):
    with ProgressStore.open(home) as s:
        yield s
