import dataclasses
from datetime import date
from fractions import Fraction

import pytest

from boundarylab.bank import load_bank
from boundarylab.ce import credited_hours, hours_calculation
from boundarylab.ce.hours import _far_apart, author_warnings, format_minutes, word_count


def by_module(calc):
    return {m.module: m for m in calc.modules}


def test_module_minutes_are_lesson_words_at_the_rate_plus_items_at_the_per_type_rates(bank):
    rows = by_module(hours_calculation(bank))  # fixture rates: judgement 4, best step 1
    alpha = rows["alpha"]
    assert (alpha.words, alpha.teaching_minutes, alpha.items, alpha.exercise_minutes) == (
        300,
        1.5,
        {"judgement": 2, "best-step": 1},
        9,
    )
    assert alpha.minutes == 10.5
    assert rows["orientation"].minutes == 10  # no lesson, no items: declared 10 + 0
    assert rows["beta"].minutes == 20  # no lesson: declared 12 teaching + 2 judgements x 4
    assert rows["assessment"].minutes == 25


def test_an_items_own_minutes_do_not_count_only_its_type_does(bank):
    guessed = {sid: s.model_copy(update={"minutes": 20}) for sid, s in bank.scenarios.items()}
    assert hours_calculation(dataclasses.replace(bank, scenarios=guessed)).total_minutes == 65.5


def test_the_rates_come_from_course_yml(bank):
    rates = bank.course.hours.exercise_minutes.model_copy(update={"best_step": 3})
    rule = bank.course.hours.model_copy(update={"exercise_minutes": rates})
    changed = dataclasses.replace(bank, course=bank.course.model_copy(update={"hours": rule}))
    assert by_module(hours_calculation(changed))["alpha"].exercise_minutes == 11


def test_calculation_records_every_step_and_the_rule(bank):
    calc = hours_calculation(bank, on=date(2026, 3, 1))
    assert calc.total_minutes == 65.5
    assert calc.raw_hours == pytest.approx(65.5 / 60)
    assert calc.credited_hours == 1.0
    assert (calc.rounding, calc.minutes_per_hour, calc.words_per_minute) == ("quarter-down", 60, 200)
    assert (calc.version, calc.date, calc.category) == ("2026.01", "2026-03-01", "Law and ethics")
    text = "\n".join(calc.explain())
    assert "per item: judgement 4 min, best-step 1 min, rewrite 3 min, policy-section 1 min" in text
    assert "alpha: 10.5 min = 300 words ÷ 200 wpm = 1.5 min + 2 judgements × 4 + 1 best step × 1 = 9 min" in text
    assert "Total 300 lesson words; 65.5 min = 1.09 h" in text
    assert "rounded down to the quarter hour: 1 contact hour " in text


def test_the_rounding_rule_comes_from_course_yml(bank):
    rule = bank.course.hours.model_copy(update={"rounding": "exact"})
    exact = dataclasses.replace(bank, course=bank.course.model_copy(update={"hours": rule}))
    assert hours_calculation(exact).credited_hours == 1.09


@pytest.mark.parametrize(
    "minutes, rule, hours",
    [
        (65.5, "quarter-down", 1.0),
        (65.5, "exact", 1.09),
        (65.5, "half-down", 1.0),
        (65.5, "hour-down", 1),
        (135, "quarter-down", 2.25),
        (135, "half-down", 2.0),
        (134, "quarter-down", 2.0),
        (90, "half-down", 1.5),
        (89, "half-down", 1.0),
        (44, "quarter-down", 0.5),
        (44, "hour-down", 0),
        (14, "quarter-down", 0),
        (Fraction(901, 2), "quarter-down", 7.5),
        (119.99, "hour-down", 1),
        (120, "hour-down", 2),
    ],
)
def test_hours_are_rounded_down_by_the_rule(minutes, rule, hours):
    assert float(credited_hours(Fraction(minutes), 60, rule)) == hours


def test_a_quarter_hour_boundary_reached_through_reading_time_is_not_lost_to_float_error(bank):
    # 3 words at 200 wpm + 14.985 ... : totals that land exactly on a step must credit that step
    assert credited_hours(Fraction(3, 200) + Fraction(2997, 200), 60, "quarter-down") == Fraction(1, 4)


def test_declared_minutes_more_than_ten_percent_from_the_content_are_for_the_author_only(bank):
    calc = hours_calculation(bank)
    assert author_warnings(calc) == [
        "alpha: the lesson reads in 1.5 min (300 words at 200 wpm) but the module declares teaching: 15; "
        "set it to 2 or change the lesson.",
        "alpha: its items take 9 min at the course.yml rates but the module declares exercises: 6; set it to 9.",
        "beta: its items take 8 min at the course.yml rates but the module declares exercises: 10; set it to 8.",
    ]
    assert not any("declares" in line for line in calc.explain())
    assert "declares" not in str(calc.as_dict())


@pytest.mark.parametrize(
    "declared, computed, far",
    [(10, 10.9, False), (10, 11.2, True), (9, 10, False), (8, 10, True), (3, 3.4, False), (3, 3.6, True)],
)
def test_declared_minutes_may_differ_by_ten_percent_or_half_a_minute(declared, computed, far):
    assert _far_apart(declared, computed) is far


def test_every_module_in_the_course_declares_the_minutes_its_content_takes():
    """The module blocks' teaching and exercise minutes must match the content within 10 %."""
    assert author_warnings(hours_calculation(load_bank("scenarios"))) == []


def test_words_with_apostrophes_and_hyphens_count_once():
    assert word_count("Don't over-share: a client’s story, 2 times.") == 7


@pytest.mark.parametrize("minutes, shown", [(40.4, "40"), (40.5, "41"), (10, "10"), (0.49, "0"), (2.5, "3")])
def test_planned_minutes_show_as_whole_minutes_with_halves_rounded_up(minutes, shown):
    assert format_minutes(minutes) == shown
