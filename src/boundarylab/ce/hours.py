"""How the contact hours were set: one calculation, recorded step by step, behind every minute
figure the course shows (start page, module pages, progress, transcript, certificate, `hours`).

CE bodies ask providers to document the calculation (NBCC wants an accurate word count and an
explanation of how credit was calculated): teaching time is the lesson's words at the reading rate
in course.yml; exercise time is the items a learner works, counted by type, at the per-type rates
in course.yml (an item's own `minutes` is an author's guess, not a figure a provider can defend).
The total is rounded down by the rule in course.yml. Where the author's declared minutes disagree
with the content, that is a note for the author (`author_warnings`), never part of the record.
"""

import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from boundarylab.bank.loader import Bank
from boundarylab.bank.models import Scenario
from boundarylab.forms import POST_TEST_MODULE, parallel_forms

ROUNDING_STEPS = {"exact": None, "quarter-down": Fraction(1, 4), "half-down": Fraction(1, 2), "hour-down": Fraction(1)}
# Item types and the course.yml rate each is credited at (hours.exercise_minutes: course.ExerciseRates).
ITEM_TYPES = {
    "judgement": "judgement",
    "best-step": "best_step",
    "rewrite": "rewrite",
    "policy-section": "policy_section",
}
BUILDER_MODULE = "policy"  # the module whose page ends with the policy builder (notebook_builder)
DECLARED_TOLERANCE = 0.10  # declared minutes may differ from the computed ones by at most 10 % ...
ROUNDING_ALLOWANCE = 0.5  # ... or half a minute, since authors declare whole minutes
WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass(frozen=True)
class ModuleMinutes:
    module: str
    title: str
    words: int  # lesson words, headings included
    words_per_minute: int
    teaching_minutes: float  # words / wpm, or the declared teaching minutes where there is no lesson text
    items: dict[str, int]  # item type -> how many a learner works in this module
    exercise_minutes: int  # items at the course.yml rates, or the declared exercise minutes where there are none
    declared_teaching: int  # the author's figures in the module block, compared in author_warnings only
    declared_exercises: int
    minutes: float  # teaching + exercise: the planned minutes shown everywhere
    basis: str


@dataclass(frozen=True)
class HoursCalculation:
    course: str
    version: str
    content_digest: str
    date: str
    words_per_minute: int
    rates: dict[str, int]  # item type -> minutes per item
    minutes_per_hour: int
    rounding: str
    category: str
    modules: tuple[ModuleMinutes, ...]
    total_words: int
    total_minutes: float
    raw_hours: float
    credited_hours: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def explain(self) -> list[str]:
        """The calculation as sentences, for the orientation module and an approval file."""
        step = {
            "exact": "truncated to the hundredth of an hour",
            "quarter-down": "rounded down to the quarter hour",
            "half-down": "rounded down to the half hour",
            "hour-down": "rounded down to the whole hour",
        }
        rates = ", ".join(f"{kind} {minutes} min" for kind, minutes in self.rates.items())
        lines = [f"Rates (course.yml): reading {self.words_per_minute} words a minute; per item: {rates}."]
        lines += [f"{m.module}: {exact_minutes(m.minutes)} min = {m.basis}" for m in self.modules]
        lines.append(
            f"Total {self.total_words} lesson words; {exact_minutes(self.total_minutes)} min = "
            f"{self.raw_hours:.2f} h "
            f"at {self.minutes_per_hour} min an hour, {step[self.rounding]}: "
            f"{contact_hours(self.credited_hours)} ({self.category}). Content version {self.version} "
            f"({self.content_digest}), calculated {self.date}."
        )
        return lines


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def format_hours(hours: float) -> str:
    return f"{hours:g}" if hours == int(hours) else f"{hours:.2f}".rstrip("0")


def contact_hours(hours: float) -> str:
    return f"{format_hours(hours)} contact hour{'' if hours == 1 else 's'}"


def exact_minutes(minutes: float | Fraction) -> str:
    """Minutes as the calculation records them, to the thousandth (words ÷ wpm is rarely whole)."""
    return f"{float(minutes):.3f}".rstrip("0").rstrip(".")


def format_minutes(minutes: float) -> str:
    """Planned minutes as every learner-facing place shows them: whole minutes, halves rounded up."""
    return str(math.floor(Fraction(minutes).limit_denominator(10_000) + Fraction(1, 2)))


def item_types(scenario: Scenario) -> list[str]:
    """What a learner does on one item: always a judgement, then a best step and a rewrite if asked."""
    return ["judgement"] + (["best-step"] if scenario.choices else []) + (["rewrite"] if scenario.rewrite else [])


def rates(bank: Bank) -> dict[str, int]:
    given = bank.course.hours.exercise_minutes
    return {kind: getattr(given, field) for kind, field in ITEM_TYPES.items()}


def _count(scenarios: Iterable[Scenario], builder_sections: int) -> dict[str, int]:
    counts = dict.fromkeys(ITEM_TYPES, 0)
    for s in scenarios:
        for kind in item_types(s):
            counts[kind] += 1
    counts["policy-section"] = builder_sections
    return {kind: n for kind, n in counts.items() if n}


def _item_minutes(counts: Mapping[str, int], per_item: Mapping[str, int]) -> int:
    return sum(n * per_item[kind] for kind, n in counts.items())


def _builder_sections(module_id: str) -> int:
    """The policy builder's questions are exercises on the policy module's page."""
    if module_id != BUILDER_MODULE:
        return 0
    from boundarylab.policy.builder import load_questions

    return len(load_questions().questions)


def _items(bank: Bank, module_id: str) -> dict[str, int]:
    """Items by type; the post-test module counts one form (the shorter), since a learner sits one."""
    per_item = rates(bank)
    if module_id == POST_TEST_MODULE and bank.in_module(module_id):
        forms = [_count([bank.scenarios[i] for i in ids], 0) for ids in parallel_forms(bank).values()]
        return min(forms, key=lambda counts: _item_minutes(counts, per_item))
    return _count(bank.in_module(module_id), _builder_sections(module_id))


def _plural(kind: str, n: int) -> str:
    return f"{n} {kind.replace('-', ' ')}{'' if n == 1 else 's'}"


def module_minutes(bank: Bank, module_id: str) -> ModuleMinutes:
    """The one place a module's planned minutes come from. Where a module has no lesson text (or no
    items), the author's declared teaching (or exercise) minutes stand in: that time is spent on the
    page itself, e.g. the start page's profile and course guide."""
    module, wpm, per_item = bank.modules[module_id], bank.course.words_per_minute, rates(bank)
    words = sum(word_count(s.heading) + word_count(s.text) for s in module.lesson)
    items = _items(bank, module_id)
    if words:
        teaching = Fraction(words, wpm)
        teach_basis = f"{words} words ÷ {wpm} wpm = {exact_minutes(teaching)} min"
    else:
        teaching, teach_basis = Fraction(module.teaching), f"{module.teaching} declared teaching min (no lesson text)"
    if items:
        exercise = _item_minutes(items, per_item)
        work_basis = " + ".join(f"{_plural(kind, n)} × {per_item[kind]}" for kind, n in items.items())
        work_basis += f" = {exercise} min"
    else:
        exercise, work_basis = module.exercises, f"{module.exercises} declared exercise min (no items)"
    return ModuleMinutes(
        module_id,
        module.title,
        words,
        wpm,
        float(teaching),
        items,
        exercise,
        module.teaching,
        module.exercises,
        float(teaching + exercise),
        f"{teach_basis} + {work_basis}",
    )


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


def hours_calculation(bank: Bank, on: date | None = None) -> HoursCalculation:
    course, rule = bank.course, bank.course.hours
    rows = tuple(module_minutes(bank, mid) for mid in course.modules)
    total = sum((_exact(m.minutes, m.words_per_minute) for m in rows), Fraction(0))
    digest = hashlib.sha256(
        json.dumps([asdict(m) for m in rows] + [rule.model_dump(), rates(bank)], sort_keys=True).encode()
    ).hexdigest()[:12]
    return HoursCalculation(
        course=course.title,
        version=course.version,
        content_digest=digest,
        date=(on or date.today()).isoformat(),
        words_per_minute=course.words_per_minute,
        rates=rates(bank),
        minutes_per_hour=rule.minutes_per_hour,
        rounding=rule.rounding,
        category=rule.category,
        modules=rows,
        total_words=sum(m.words for m in rows),
        total_minutes=float(total),
        raw_hours=float(Fraction(total) / rule.minutes_per_hour),
        credited_hours=float(credited_hours(total, rule.minutes_per_hour, rule.rounding)),
    )


def _far_apart(declared: int, computed: float) -> bool:
    return abs(declared - computed) > max(DECLARED_TOLERANCE * computed, ROUNDING_ALLOWANCE)


def author_warnings(calc: HoursCalculation) -> list[str]:
    """Modules whose declared minutes (module block) differ from the computed ones by more than
    10 %: for the author to fix in the YAML; never printed on a learner's documents."""
    out: list[str] = []
    for m in calc.modules:
        if m.words and _far_apart(m.declared_teaching, m.teaching_minutes):
            out.append(
                f"{m.module}: the lesson reads in {m.teaching_minutes:.1f} min ({m.words} words at "
                f"{m.words_per_minute} wpm) but the module declares teaching: {m.declared_teaching}; "
                f"set it to {format_minutes(m.teaching_minutes)} or change the lesson."
            )
        if m.items and _far_apart(m.declared_exercises, m.exercise_minutes):
            out.append(
                f"{m.module}: its items take {m.exercise_minutes} min at the course.yml rates but the module "
                f"declares exercises: {m.declared_exercises}; set it to {m.exercise_minutes}."
            )
    return out
