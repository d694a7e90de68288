"""How the contact hours were set: recorded step by step, not just the result.

CE bodies ask providers to document the calculation (NBCC wants word counts): per module the
words, the reading rate, reading minutes, scenario minutes, the declared teaching and exercise
minutes, the raw total, the rounding rule from course.yml, credited hours, content version, date.
"""

import hashlib
import json
import math
import re
from dataclasses import asdict, dataclass
from datetime import date
from fractions import Fraction

from boundarylab.bank.loader import Bank
from boundarylab.forms import POST_TEST_MODULE, form_minutes, parallel_forms

ROUNDING_STEPS = {"exact": None, "quarter-down": Fraction(1, 4), "half-down": Fraction(1, 2),
                  "hour-down": Fraction(1)}
DECLARED_GAP = 0.5  # a computed figure this far from the author's declared minutes is flagged
WORD = re.compile(r"\w+(?:['’-]\w+)*")

@dataclass(frozen=True)
class ModuleMinutes:
    module: str
    title: str
    words: int
    words_per_minute: int
    reading_minutes: float
    scenarios: int
    scenario_minutes: int
    teaching_minutes: int  # declared in the module block
    exercise_minutes: int  # declared in the module block
    minutes: float  # what counts: see module_minutes
    basis: str


@dataclass(frozen=True)
class HoursCalculation:
    course: str
    version: str
    content_digest: str
    date: str
    words_per_minute: int
    minutes_per_hour: int
    rounding: str
    category: str
    modules: tuple[ModuleMinutes, ...]
    total_minutes: float
    raw_hours: float
    credited_hours: float
    notes: tuple[str, ...]

    def as_dict(self) -> dict:
        return asdict(self)

    def explain(self) -> list[str]:
        """The calculation as sentences, for the orientation module and an approval file."""
        step = {"exact": "no rounding", "quarter-down": "rounded down to the quarter hour",
                "half-down": "rounded down to the half hour", "hour-down": "rounded down to the whole hour"}
        lines = [f"{m.module}: {m.minutes:.1f} min ({m.basis})" for m in self.modules]
        lines.append(f"Total {self.total_minutes:.1f} min = {self.raw_hours:.2f} h at {self.minutes_per_hour} "
                     f"min an hour, {step[self.rounding]}: {contact_hours(self.credited_hours)} "
                     f"({self.category}). Content version {self.version} ({self.content_digest}), "
                     f"calculated {self.date}.")
        return lines + list(self.notes)


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def format_hours(hours: float) -> str:
    return f"{hours:g}" if hours == int(hours) else f"{hours:.2f}".rstrip("0")


def contact_hours(hours: float) -> str:
    return f"{format_hours(hours)} contact hour{'' if hours == 1 else 's'}"


def module_minutes(bank: Bank, module_id: str) -> ModuleMinutes:
    """Reading time of the lesson text plus the scenarios' minutes. Where a module has no lesson
    text (or no scenarios), the author's declared teaching (or exercise) minutes stand in: that
    time is spent in the notebook itself, e.g. the orientation or the post-test."""
    module, wpm = bank.modules[module_id], bank.course.words_per_minute
    words = sum(word_count(s.heading) + word_count(s.text) for s in module.lesson)
    scenarios = bank.in_module(module_id)
    reading = Fraction(words, wpm)
    scenario_minutes = sum(s.minutes for s in scenarios)
    if module_id == POST_TEST_MODULE and scenarios:  # a learner sits one form, not the whole pool
        scenarios, scenario_minutes = parallel_forms(bank)["A"], form_minutes(bank)
    teach, teach_basis = (reading, f"{words} words at {wpm} wpm") if words else (
        Fraction(module.teaching), f"{module.teaching} declared teaching min")
    work, work_basis = (Fraction(scenario_minutes), f"{len(scenarios)} scenarios, {scenario_minutes} min") if (
        scenarios) else (Fraction(module.exercises), f"{module.exercises} declared exercise min")
    return ModuleMinutes(module_id, module.title, words, wpm, float(reading), len(scenarios), scenario_minutes,
                         module.teaching, module.exercises, float(teach + work), f"{teach_basis} + {work_basis}")


def _exact(minutes: float, words_per_minute: int) -> Fraction:
    """Undo float rounding: a module's minutes are whole minutes plus words / wpm."""
    return Fraction(minutes).limit_denominator(words_per_minute)


def credited_hours(total_minutes: Fraction, minutes_per_hour: int, rounding: str) -> Fraction:
    """Hours, always rounded down, so a course never claims more time than its content takes."""
    hours = Fraction(total_minutes) / minutes_per_hour
    step = ROUNDING_STEPS[rounding]
    if step is None:
        return Fraction(math.floor(hours * 100), 100)
    return math.floor(hours / step) * step


def _declared_gaps(m: ModuleMinutes) -> list[str]:
    notes = []
    for label, computed, declared in (("lesson reads in", m.reading_minutes, m.teaching_minutes),
                                      ("scenarios take", m.scenario_minutes, m.exercise_minutes)):
        if computed and declared and abs(computed - declared) > DECLARED_GAP * declared:
            notes.append(f"Check {m.module}: its {label} {computed:.1f} min, but it declares {declared} min.")
    return notes


def _post_test_gap(bank: Bank) -> list[str]:
    """The post-test's items carry minutes too; a declared figure far below them undercounts."""
    if POST_TEST_MODULE not in bank.modules or not bank.scenarios:
        return []
    declared = bank.modules[POST_TEST_MODULE].exercises
    shortest = form_minutes(bank)
    if declared and abs(shortest - declared) > DECLARED_GAP * declared:
        return [f"Check {POST_TEST_MODULE}: a post-test form takes {shortest} min by its scenarios' minutes, "
                f"but the module declares {declared} exercise min."]
    return []


def hours_calculation(bank: Bank, on: date | None = None) -> HoursCalculation:
    course, rule = bank.course, bank.course.hours
    rows = tuple(module_minutes(bank, mid) for mid in course.modules)
    total = sum(_exact(m.minutes, m.words_per_minute) for m in rows)
    digest = hashlib.sha256(json.dumps([asdict(m) for m in rows] + [rule.model_dump()], sort_keys=True)
                            .encode()).hexdigest()[:12]
    return HoursCalculation(
        course=course.title, version=course.version, content_digest=digest,
        date=(on or date.today()).isoformat(), words_per_minute=course.words_per_minute,
        minutes_per_hour=rule.minutes_per_hour, rounding=rule.rounding, category=rule.category,
        modules=rows, total_minutes=float(total), raw_hours=float(Fraction(total) / rule.minutes_per_hour),
        credited_hours=float(credited_hours(total, rule.minutes_per_hour, rule.rounding)),
        notes=tuple([n for m in rows for n in _declared_gaps(m)] + _post_test_gap(bank)))


