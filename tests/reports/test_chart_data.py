import pytest
from known_history import complete, failed_sitting, practice

from boundarylab import ce
from boundarylab.reports import chart_data as data


@pytest.fixture
def halfway(bank, store, clock):
    """Orientation and alpha done, beta half done, one failed sitting, no evaluation."""
    practice(store, bank, clock)
    failed_sitting(store, bank, clock)
    return ce.status(bank, store)


def test_hours_numbers_show_content_done_and_no_credit_before_completion(halfway):
    numbers = data.hours_numbers(halfway)
    # orientation 10 + alpha 10.5 minutes done, of 65.5; credit 1 h on completion
    assert numbers == data.HoursNumbers(
        course_credit=1.0, content_total=1.09, content_done=0.34, earned=0.0, complete=False
    )


def test_hours_numbers_credit_the_course_hours_on_completion(bank, store, clock):
    complete(store, bank, clock)
    numbers = data.hours_numbers(ce.status(bank, store))
    assert (numbers.earned, numbers.content_done, numbers.complete) == (1.0, 1.09, True)


def test_module_numbers_give_each_module_its_share_and_state(halfway):
    assert data.module_numbers(halfway) == [
        data.ModuleBar("0 How this course works", 100.0, "done"),
        data.ModuleBar("1 Alpha module", 100.0, "done"),
        data.ModuleBar("2 Beta module", 50.0, "in progress"),
        data.ModuleBar("3 Post-test and certificate", 0.0, "in progress"),
    ]


def test_post_test_numbers_list_finished_sittings_against_the_passing_line(bank, store, clock):
    complete(store, bank, clock)
    points, passing = data.post_test_numbers(ce.status(bank, store))
    assert passing == 80.0
    assert points == [
        data.SittingPoint(1, "A", "2026-03-06", 70.0, False),
        data.SittingPoint(2, "B", "2026-03-07", 100.0, True),
    ]


def test_mastery_counts_first_tries_per_principle_and_sorts_the_weakest_first(halfway, bank):
    # practice first tries: alpha-001 wrong verdict, alpha-002 right, beta-001 principle missed;
    # post-test sitting 1: alpha-002 right, beta-001 wrong verdict
    assert data.mastery_numbers(bank, halfway) == [
        data.PrincipleMastery("testimonials", tries=2, right=0, wrong_verdict=1, missed_principle=1),
        data.PrincipleMastery("confidentiality", tries=3, right=2, wrong_verdict=1, missed_principle=0),
    ]
    assert data.mastery_numbers(bank, halfway)[1].percent == pytest.approx(200 / 3)


def test_time_numbers_put_measured_minutes_beside_planned_minutes(halfway):
    rows = {r.label: r for r in data.time_numbers(halfway)}
    assert rows["1 Alpha module"] == data.ModuleTime("1 Alpha module", 3.8, 10.5)  # 230 s
    assert rows["2 Beta module"] == data.ModuleTime("2 Beta module", 1.5, 20.0)
    assert rows["3 Post-test and certificate"].minutes == 3.3  # 200 s in the sitting
