"""The numbers behind each dashboard chart, from a learner's standing: plain data, no plotting,
so tests check them on a known history and the charts only draw them."""

from collections.abc import Iterable
from dataclasses import dataclass

from boundarylab.bank.loader import Bank
from boundarylab.ce.standing import ModuleProgress, Status
from boundarylab.progress import Attempt


@dataclass(frozen=True)
class HoursNumbers:
    course_credit: float  # credited hours on completion (rule from course.yml applied)
    content_total: float  # hours of content in the whole course (unrounded)
    content_done: float  # hours of content in the modules done so far (unrounded)
    earned: float  # credit actually earned: the course credit once complete, else 0
    complete: bool


@dataclass(frozen=True)
class ModuleBar:
    label: str
    percent: float
    state: str  # done | in progress | not started


@dataclass(frozen=True)
class SittingPoint:
    number: int
    form: str
    date: str
    percent: float
    passed: bool


@dataclass(frozen=True)
class PrincipleMastery:
    principle: str
    tries: int
    right: int
    wrong_verdict: int
    missed_principle: int

    @property
    def percent(self) -> float:
        return 100 * self.right / self.tries if self.tries else 0.0


@dataclass(frozen=True)
class ModuleTime:
    label: str
    minutes: float  # measured time on task
    planned: float  # minutes in the hours calculation


def module_label(m: ModuleProgress) -> str:
    return f"{m.number} {m.title}"


def hours_numbers(status: Status) -> HoursNumbers:
    planned = {m.module: m.minutes for m in status.hours.modules}
    done = sum(planned[m.module] for m in status.modules if m.done) / status.hours.minutes_per_hour
    credit = status.hours.credited_hours
    return HoursNumbers(
        credit, round(status.hours.raw_hours, 2), round(done, 2), credit if status.complete else 0.0, status.complete
    )


def module_numbers(status: Status) -> list[ModuleBar]:
    return [
        ModuleBar(
            module_label(m),
            round(100 * m.share, 1),
            "done" if m.done else "in progress" if m.started else "not started",
        )
        for m in status.modules
    ]


def post_test_numbers(status: Status) -> tuple[list[SittingPoint], float]:
    """Finished sittings in order, and the passing line, both in percent."""
    points = [
        SittingPoint(s.number, s.form, s.finished or s.started, round(100 * s.score, 1), s.passed)
        for s in status.sittings
        if s.complete and s.scored
    ]
    return points, round(100 * status.passing_score, 1)


def _first_tries(attempts: Iterable[Attempt]) -> list[Attempt]:
    """A learner's first judgement of each scenario in each context: feedback after a try, or a
    retake of the same item, must not count as mastery."""
    seen: set[tuple[str, str]] = set()
    out: list[Attempt] = []
    for a in attempts:
        if a.part == "judgement" and (a.scenario_id, a.context) not in seen:
            seen.add((a.scenario_id, a.context))
            out.append(a)
    return out


def mastery_numbers(bank: Bank, status: Status) -> list[PrincipleMastery]:
    """Per principle at stake: right (verdict right and the principle named), wrong verdict, or
    verdict right but the principle missed. Weakest first."""
    tally: dict[str, list[int]] = {}  # principle -> [tries, right, wrong verdict, principle missed]
    for a in _first_tries(status.attempts):
        scenario = bank.scenarios.get(a.scenario_id)
        if scenario is None or scenario.answer is None:  # a post-test item whose key the provider holds
            continue
        verdict = a.answer.get("verdict")
        named: set[str] = set(a.answer.get("principles") or ())
        for p in scenario.answer.principles:
            row = tally.setdefault(p, [0, 0, 0, 0])
            row[0] += 1
            if verdict is None and a.score is not None:
                row[1 if a.score >= 1 else 2] += 1
            elif verdict != scenario.answer.verdict:
                row[2] += 1
            elif p in named:
                row[1] += 1
            else:
                row[3] += 1
    rows = [PrincipleMastery(p, *counts) for p, counts in tally.items()]
    return sorted(rows, key=lambda r: (r.percent, -r.tries, r.principle))


def time_numbers(status: Status) -> list[ModuleTime]:
    """Measured minutes against planned minutes for modules with any activity or plan."""
    return [ModuleTime(module_label(m), round(m.seconds / 60, 1), round(m.planned_minutes, 1)) for m in status.modules]
