import dataclasses
from datetime import date
from fractions import Fraction

import pytest

from boundarylab.ce import credited_hours, hours_calculation
from boundarylab.ce.hours import word_count


def by_module(calc):
    return {m.module: m for m in calc.modules}


def test_module_minutes_are_reading_plus_scenarios_with_declared_minutes_standing_in(bank):
    rows = by_module(hours_calculation(bank))
    assert (rows["alpha"].words, rows["alpha"].reading_minutes, rows["alpha"].scenario_minutes) == (300, 1.5, 7)
    assert rows["alpha"].minutes == 8.5
    assert rows["orientation"].minutes == 10  # no lesson, no scenarios: declared 10 + 0
    assert rows["beta"].minutes == 22  # no lesson: declared 12 teaching + 10 scenario minutes
    assert rows["assessment"].minutes == 25


def test_calculation_records_every_step_and_the_rule(bank):
    calc = hours_calculation(bank, on=date(2026, 3, 1))
    assert calc.total_minutes == 65.5
    assert calc.raw_hours == pytest.approx(65.5 / 60)
    assert calc.credited_hours == 1.0
    assert (calc.rounding, calc.minutes_per_hour, calc.words_per_minute) == ("quarter-down", 60, 200)
    assert (calc.version, calc.date, calc.category) == ("2026.01", "2026-03-01", "Law and ethics")
    text = "\n".join(calc.explain())
    assert "300 words at 200 wpm" in text and "rounded down to the quarter hour: 1 contact hour " in text


def test_the_rounding_rule_comes_from_course_yml(bank):
    rule = bank.course.hours.model_copy(update={"rounding": "exact"})
    exact = dataclasses.replace(bank, course=bank.course.model_copy(update={"hours": rule}))
    assert hours_calculation(exact).credited_hours == 1.09


@pytest.mark.parametrize("minutes, rule, hours", [
    (65.5, "quarter-down", 1.0), (65.5, "exact", 1.09), (65.5, "half-down", 1.0), (65.5, "hour-down", 1),
    (135, "quarter-down", 2.25), (135, "half-down", 2.0), (134, "quarter-down", 2.0), (90, "half-down", 1.5),
    (89, "half-down", 1.0), (44, "quarter-down", 0.5), (44, "hour-down", 0), (14, "quarter-down", 0),
    (Fraction(901, 2), "quarter-down", 7.5), (119.99, "hour-down", 1), (120, "hour-down", 2),
])
def test_hours_are_rounded_down_by_the_rule(minutes, rule, hours):
    assert float(credited_hours(Fraction(minutes), 60, rule)) == hours


def test_a_quarter_hour_boundary_reached_through_reading_time_is_not_lost_to_float_error(bank):
    # 3 words at 200 wpm + 14.985 ... : totals that land exactly on a step must credit that step
    assert credited_hours(Fraction(3, 200) + Fraction(2997, 200), 60, "quarter-down") == Fraction(1, 4)


def test_declared_minutes_far_from_the_content_are_flagged_for_the_author(bank):
    notes = hours_calculation(bank).notes
    assert notes == ("Check alpha: its lesson reads in 1.5 min, but it declares 15 min.",
                     "Check assessment: a post-test form takes 8 min by its scenarios' minutes, but the module "
                     "declares 20 exercise min.")


def test_words_with_apostrophes_and_hyphens_count_once():
    assert word_count("Don't over-share: a client’s story, 2 times.") == 7
