"""A realistic learner history, for demos, screenshots and tests: a profile, practice attempts
with plausible times and typical mistakes, and post-test sittings. Scores come from the one
scoring engine, so the history is exactly what the widgets would have saved."""

import random

from boundarylab import vocab
from boundarylab.bank.loader import Bank
from boundarylab.bank.models import Scenario
from boundarylab.ce.evaluation import evaluation_questions, submit_evaluation
from boundarylab.ce.standing import POST_TEST, POST_TEST_MODULE, mark_module_done, start_post_test, submit_post_test
from boundarylab.progress import ProgressStore
from boundarylab.scoring import score_choice, score_judgement, score_rewrite

DEMO_NAME = "Zoë Nguyễn"
DEMO_LICENCE = "LPC 71234 (Texas)"
DEMO_PROFESSION = "Licensed professional counselor"


def _wrong_verdict(right: str, rng: random.Random) -> str:
    return rng.choice([v for v in vocab.VERDICTS if v != right])


def _answer(store: ProgressStore, scenario: Scenario, rng: random.Random, skill: float, context: str) -> None:
    """One try at every part of a scenario; below `skill` the learner slips (wrong verdict or a
    missed principle), the mistakes therapists new to the topic make most."""
    ans = scenario.key
    verdict = ans.verdict if rng.random() < skill else _wrong_verdict(ans.verdict, rng)
    principles = list(ans.principles)
    if len(principles) > 1 and rng.random() > skill:
        principles.pop()
    elif rng.random() > skill + 0.15:
        principles.append(rng.choice([p for p in vocab.PRINCIPLES if p not in ans.principles]))
    seconds = scenario.minutes * 60 * rng.uniform(0.6, 1.4)
    judged = score_judgement(scenario, verdict, principles)
    store.save_attempt(
        scenario.id,
        scenario.module,
        "judgement",
        {"verdict": verdict, "principles": principles},
        judged.score,
        seconds * 0.5,
        context,
    )
    if scenario.choices:
        best = next(i for i, c in enumerate(scenario.choices) if c.correct)
        chosen = best if rng.random() < skill else (best + 1) % len(scenario.choices)
        store.save_attempt(
            scenario.id,
            scenario.module,
            "choice",
            {"choice": chosen},
            score_choice(scenario, chosen).score,
            seconds * 0.2,
            context,
        )
    if scenario.rewrite:
        text = scenario.rewrite.model_answer if rng.random() < skill else scenario.draft.text or ""
        store.save_attempt(
            scenario.id,
            scenario.module,
            "rewrite",
            {"text": text},
            score_rewrite(scenario, text).score,
            seconds * 0.3,
            context,
        )


def _sitting(bank: Bank, store: ProgressStore, rng: random.Random, skill: float, slips: float = 0.0) -> bool:
    """One post-test sitting; the first `slips` share of items is answered with the wrong verdict."""
    _, items = start_post_test(bank, store)
    for n, sid in enumerate(items):
        _answer(store, bank.scenarios[sid], rng, 0.0 if n < slips * len(items) else skill, POST_TEST)
    sitting = submit_post_test(bank, store)  # the sitting just started, so never None
    return sitting is not None and sitting.passed


def make_demo_learner(bank: Bank, store: ProgressStore, complete: bool = False, seed: int = 6) -> None:
    rng = random.Random(seed)
    store.save_profile(DEMO_NAME, DEMO_PROFESSION, DEMO_LICENCE)
    modules = [m for m in bank.course.modules if m != POST_TEST_MODULE]
    stop = len(modules) if complete else max(1, len(modules) - 2)
    for n, mid in enumerate(modules):
        scenarios = bank.in_module(mid)
        if not scenarios and n < stop:
            mark_module_done(store, mid)
        for k, scenario in enumerate(scenarios):
            if n < stop or (n == stop and k < len(scenarios) // 2):
                _answer(store, scenario, rng, 0.7, "practice")
                if rng.random() < 0.3:
                    _answer(store, scenario, rng, 0.9, "practice")  # a second try after the feedback
    if not bank.scenarios:
        return
    _sitting(bank, store, rng, 0.8, slips=0.5)  # a first sitting below the passing score
    if complete:
        any(_sitting(bank, store, rng, skill) for skill in (0.9, 1.0))  # a retake after review
        answers: dict[str, int | str] = {
            q.id: rng.choice([4, 5]) for q in evaluation_questions(bank) if q.kind == "scale"
        }
        planned = sum(bank.scenarios[s].minutes for s in bank.scenarios)
        answers.update(
            level="About right",
            minutes=int(planned * 1.2) + 30,
            comments="The rewrite exercises were the most useful part.",
        )
        submit_evaluation(bank, store, answers)
