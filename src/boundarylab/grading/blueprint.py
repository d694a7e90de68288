"""Which assignments exist and what each one asks: the post-test in two parallel forms and a short
quiz per content module, each item a scenario from the bank.

Every item is graded in one or two cells, one point per part the scoring engine scores:
- the decision cell (grade id = scenario id): the judgement (verdict and principles), plus the best
  next step when the scenario has choices;
- the rewrite cell (`<scenario id>-rewrite`), when the scenario has a rewrite rubric, kept apart so
  the instructor can override the rubric's first-pass score in the formgrader.
An item's points are its number of parts, so points earned / points = the engine's score.
"""

from dataclasses import dataclass

from boundarylab.bank import Bank, Scenario
from boundarylab.forms import parallel_forms

QUIZ_ITEMS = 5
QUIZ_MIN = 3  # a module with fewer items outside the post-test gets no quiz
# Modules that teach no scenarios of their own get no quiz.
NO_QUIZ = ("orientation", "assessment")
NOTEBOOK = "{assignment}"  # one notebook per assignment, named like it


@dataclass(frozen=True)
class Item:
    scenario_id: str
    decision_points: int  # judgement, plus the best next step if the scenario has choices
    rewrite_points: int  # 1 if the scenario has a rewrite rubric, else 0

    @property
    def points(self) -> int:
        return self.decision_points + self.rewrite_points

    @property
    def decision_id(self) -> str:
        return self.scenario_id

    @property
    def rewrite_id(self) -> str:
        return f"{self.scenario_id}-rewrite"

    @property
    def grade_ids(self) -> tuple[str, ...]:
        return (self.decision_id, self.rewrite_id) if self.rewrite_points else (self.decision_id,)


@dataclass(frozen=True)
class Assignment:
    name: str
    title: str
    kind: str  # posttest | quiz
    module: str
    items: tuple[Item, ...]

    @property
    def notebook(self) -> str:
        return NOTEBOOK.format(assignment=self.name)

    @property
    def points(self) -> int:
        return sum(i.points for i in self.items)

    def item(self, scenario_id: str) -> Item:
        return next(i for i in self.items if i.scenario_id == scenario_id)


def item_for(scenario: Scenario) -> Item:
    return Item(scenario.id, 1 + bool(scenario.choices), int(scenario.rewrite is not None))


def _quiz_pick(candidates: list[Scenario], n: int) -> list[Scenario]:
    """A spread: deal the candidates round-robin across verdicts, easiest first, so a five-item
    quiz meets every verdict and climbs in difficulty; then restore bank order."""
    by_verdict: dict[str, list[Scenario]] = {}
    for s in sorted(candidates, key=lambda s: (s.difficulty, s.id)):
        by_verdict.setdefault(s.key.verdict, []).append(s)
    picked: list[Scenario] = []
    while len(picked) < n and any(by_verdict.values()):
        for verdict in sorted(by_verdict):
            if by_verdict[verdict] and len(picked) < n:
                picked.append(by_verdict[verdict].pop(0))
    order = {s.id: i for i, s in enumerate(candidates)}
    return sorted(picked, key=lambda s: order[s.id])


def assignments(bank: Bank) -> list[Assignment]:
    """Post-test forms A and B first, then one quiz per module in course order. Quizzes never
    reuse a post-test item: quiz feedback would otherwise show a post-test answer."""
    forms = parallel_forms(bank)
    out = []
    for form, ids in forms.items():
        if ids:
            out.append(
                Assignment(
                    f"posttest-{form.lower()}",
                    f"Post-test, form {form}",
                    "posttest",
                    "assessment",
                    tuple(item_for(bank.scenarios[i]) for i in ids),
                )
            )
    in_posttest = {i for ids in forms.values() for i in ids}
    for module_id, module in bank.modules.items():
        if module_id in NO_QUIZ:
            continue
        candidates = [s for s in bank.in_module(module_id) if s.id not in in_posttest]
        picked = _quiz_pick(candidates, QUIZ_ITEMS)
        if len(picked) >= QUIZ_MIN:
            out.append(
                Assignment(
                    f"quiz-{module_id}", f"Quiz: {module.title}", "quiz", module_id, tuple(item_for(s) for s in picked)
                )
            )
    return out


def find_assignment(bank: Bank, name: str) -> Assignment:
    for a in assignments(bank):
        if a.name == name:
            return a
    names = ", ".join(a.name for a in assignments(bank))
    raise KeyError(f"There is no assignment '{name}'. The assignments are: {names}.")
