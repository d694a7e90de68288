"""`boundarylab demo-cohort`: simulated submissions for demos, tests and the benchmark.

A learner has an ability; an item's difficulty comes from the bank. Wrong answers follow the
misconceptions instructors meet: over-caution on `ok` items, `revise` where no rewording helps,
missing the subtle problem in a `revise` item, a neighbouring principle named instead of the one at
stake, the attractive distractor among next steps, and rewrites that keep the risky draft. Some
learners change an answer before submitting (first attempt differs from the graded one), some skip
items, and a few submissions are broken in the ways real ones are.
"""

import json
import math
import random
from dataclasses import dataclass, field

from boundarylab import vocab
from boundarylab.bank import Bank
from boundarylab.grading import responses
from boundarylab.grading.blueprint import Assignment
from boundarylab.scoring import Response

WRONG_VERDICT = {
    "ok": {"revise": 0.7, "dont": 0.3},
    "revise": {"ok": 0.55, "dont": 0.45},
    "dont": {"revise": 0.8, "ok": 0.2},
}
CONFUSED_WITH = {
    "confidentiality": "testimonials",
    "testimonials": "confidentiality",
    "dual-relationships": "public-footprint",
    "public-footprint": "professional-presence",
    "diagnosing-at-a-distance": "advice-not-therapy",
    "advice-not-therapy": "accuracy",
    "accuracy": "diagnosing-at-a-distance",
    "crisis": "secure-channels",
    "secure-channels": "availability",
    "availability": "self-disclosure",
    "self-disclosure": "professional-presence",
    "professional-presence": "public-footprint",
    "colleagues": "accountability",
    "accountability": "colleagues",
    "policy-and-consent": "secure-channels",
    "client-search": "confidentiality",
}
DIFFICULTY = {1: -1.0, 2: 0.0, 3: 1.0}
# Fault classes, in the order they are handed out (a cohort of N gets min(N // 4, all) of them).
BROKEN = (
    "invalid-json",
    "cut-off-notebook",
    "deleted-test-cell",
    "hand-edited",
    "huge-text",
    "no-answers",
    "edited-test-cell",
)
FIRST = (
    "Alex",
    "Blair",
    "Casey",
    "Dana",
    "Eli",
    "Frances",
    "Gabriel",
    "Hana",
    "Imani",
    "Jordan",
    "Kai",
    "Lena",
    "Mateo",
    "Noor",
    "Oren",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tariq",
    "Uma",
    "Vik",
    "Wen",
    "Yusuf",
)
LAST = (
    "Abara",
    "Brennan",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Gupta",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rahman",
    "Silva",
    "Tanaka",
)


@dataclass(frozen=True)
class Learner:
    student_id: str
    first_name: str
    last_name: str
    email: str
    ability: float
    broken: str | None
    timestamp: str
    files: dict = field(default_factory=dict)  # file name -> text, as submitted


def _p(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def _weighted(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _answer(rng: random.Random, scenario, ability: float) -> Response:
    skill = ability - DIFFICULTY[scenario.difficulty]
    a = scenario.answer
    verdict = a.verdict if rng.random() < _p(1.6 * skill + 0.9) else _weighted(rng, WRONG_VERDICT[a.verdict])
    principles = [p for i, p in enumerate(a.principles) if rng.random() < _p(1.4 * skill + (1.2 if i == 0 else 0.2))]
    if rng.random() < 0.45 * (1 - _p(skill + 0.5)):
        principles.append(CONFUSED_WITH.get(a.principles[0], rng.choice(sorted(vocab.PRINCIPLES))))
    choice = None
    if scenario.choices:
        best = next(i for i, c in enumerate(scenario.choices) if c.correct)
        others = [i for i in range(len(scenario.choices)) if i != best]
        if rng.random() < _p(1.5 * skill + 0.7):
            choice = best
        else:
            choice = others[0] if rng.random() < 0.6 else rng.choice(others)
    rewrite = _rewrite(rng, scenario, skill) if scenario.rewrite else None
    return Response(verdict, tuple(dict.fromkeys(principles)), choice, rewrite)


def _rewrite(rng: random.Random, scenario, skill: float) -> str:
    """The model answer for a strong learner; otherwise a typical miss, built from the rubric's own
    checks: a risky phrase kept (a check's `fires_on` example), the required element left out (a
    must-include check's `passes_on` example), the draft barely touched, or nothing."""
    from boundarylab.analysis.catalogue import BY_ID

    rubric = scenario.rewrite
    model, draft = rubric.model_answer.strip(), (scenario.draft.text or "").strip()
    if rng.random() < _p(1.3 * skill + 0.6):
        return model
    roll = rng.random()
    if roll < 0.35 or (roll < 0.6 and not rubric.must_include):
        return f"{model} {rng.choice(BY_ID[rng.choice(rubric.must_avoid)].fires_on)}"
    if roll < 0.6:
        return rng.choice(BY_ID[rng.choice(rubric.must_include)].passes_on)
    if roll < 0.92:
        return draft or model
    return ""


def _responses_file(
    rng: random.Random, bank: Bank, a: Assignment, student: str, ability: float, base_minute: int
) -> dict:
    data = responses.empty(a.name, student)
    skip = 0.01 + (0.08 if ability < -1 else 0.0)
    minute = base_minute
    for item in a.items:
        scenario = bank.scenarios[item.scenario_id]
        if rng.random() < skip:
            continue
        if rng.random() < 0.12:  # a hasty first answer, changed before submitting
            minute += 1
            data = responses.add_save(data, item.scenario_id, _answer(rng, scenario, ability - 1.0), _at(minute))
        minute += 2
        data = responses.add_save(data, item.scenario_id, _answer(rng, scenario, ability), _at(minute))
    return data


def _at(minute: int) -> str:
    return f"2026-03-02T{9 + minute // 60:02d}:{minute % 60:02d}:00+00:00"


def _break(kind: str, rng: random.Random, notebook: dict, data: dict, a: Assignment, bank: Bank):
    """The submission's notebook text and responses text (None: no file) after the fault."""
    nb_text = json.dumps(notebook, indent=1, ensure_ascii=False)
    resp_text = json.dumps(data, indent=1, ensure_ascii=False)
    grading_cells = [
        i for i, c in enumerate(notebook["cells"]) if c.get("metadata", {}).get("nbgrader", {}).get("grade")
    ]
    if kind == "invalid-json":
        resp_text = resp_text[: len(resp_text) // 2]
    elif kind == "cut-off-notebook":
        nb_text = nb_text[: int(len(nb_text) * 0.6)]
    elif kind == "deleted-test-cell":
        cells = list(notebook["cells"])
        del cells[grading_cells[len(grading_cells) // 2]]
        nb_text = json.dumps({**notebook, "cells": cells}, indent=1, ensure_ascii=False)
    elif kind == "edited-test-cell":
        cells = [dict(c) for c in notebook["cells"]]
        cells[grading_cells[0]]["source"] = "2.0  # full marks, please"
        nb_text = json.dumps({**notebook, "cells": cells}, indent=1, ensure_ascii=False)
    elif kind == "hand-edited":
        saves = [dict(s) for s in data["saves"]]
        wrong = [s for s in saves if s["verdict"] != bank.scenarios[s["item"]].key.verdict] or saves[:1]
        for s in wrong[:3]:  # "corrected" in a text editor after seeing a classmate's answers; seal unchanged
            answer = bank.scenarios[s["item"]].key
            s["verdict"] = answer.verdict if s["verdict"] != answer.verdict else "dont"
            s["principles"] = list(answer.principles)
        resp_text = json.dumps({**data, "saves": saves}, indent=1, ensure_ascii=False)
    elif kind == "huge-text":
        rewrites = [i.scenario_id for i in a.items if i.rewrite_points]
        target = rewrites[0] if rewrites else a.items[0].scenario_id
        s = bank.scenarios[target]
        huge = ((s.rewrite.key_answer if s.rewrite else "Thank you for asking.") + " ") * 4000
        data = responses.add_save(data, target, Response(s.key.verdict, tuple(s.key.principles), None, huge), _at(600))
        resp_text = json.dumps(data, indent=1, ensure_ascii=False)
    elif kind == "no-answers":
        resp_text = None
    return nb_text, resp_text


def simulate(bank: Bank, a: Assignment, release_notebook: dict, students: int, seed: int = 0) -> list[Learner]:
    rng = random.Random(f"{a.name}:{seed}")
    n_broken = min(students // 4, len(BROKEN))
    slots = rng.sample(range(students), n_broken)
    broken_of = {slot: BROKEN[k] for k, slot in enumerate(sorted(slots))}
    learners = []
    for n in range(students):
        ability = rng.gauss(0.6, 1.0)
        first, last = FIRST[n % len(FIRST)], LAST[(n * 7) % len(LAST)]
        sid = f"learner{n + 1:03d}"
        data = _responses_file(rng, bank, a, sid, ability, base_minute=n % 30)
        kind = broken_of.get(n)
        nb_text, resp_text = (
            _break(kind, rng, release_notebook, data, a, bank)
            if kind
            else (
                json.dumps(release_notebook, indent=1, ensure_ascii=False),
                json.dumps(data, indent=1, ensure_ascii=False),
            )
        )
        files = {f"{a.notebook}.ipynb": nb_text}
        if resp_text is not None:
            files[responses.FILE_NAME] = resp_text
        learners.append(
            Learner(
                sid,
                first,
                last,
                f"{first}.{last}{n + 1}@example.org".lower(),
                ability,
                kind,
                f"2026-03-02 {10 + n // 60:02d}:{n % 60:02d}:00.000000 UTC",
                files,
            )
        )
    return learners
