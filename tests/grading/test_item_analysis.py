"""Item analysis against values worked out by hand on a five-learner, three-item test.

    X = 1 1 1      T = 3      p = .6 .6 .2     Σpq = .64
        1 1 0          2      mean T = 1.4, var T (population) = 5.2 / 5 = 1.04
        1 0 0          1      KR-20 = 3/2 · (1 − .64 / 1.04) = .576923
        0 1 0          1
        0 0 0          0
Item 1: rest R = 2 1 0 1 0; corr(X1, R) = .6 / √(1.2 · 2.8) = .327327; cov(X1, R) = .6/4 = .15,
cov of the sorted columns = 1.6/4 = .40, so efficiency = 37.5; point-biserial (item included)
= (2 − .5) / √1.04 · √(.6 · .4) = .720577; groups of round(.27 · 5) = 1: top learner 1, bottom
learner 5, so upper−lower D = 1 − 0 = 1.
"""

import numpy as np
import pytest

from boundarylab.grading import item_analysis as ia

X = [[1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 1, 0], [0, 0, 0]]


def test_facility_discrimination_efficiency_and_upper_lower_match_the_hand_computation():
    first = ia.item_stats(X, [1, 1, 1], ["a", "b", "c"])[0]
    assert first.facility == pytest.approx(60.0)
    assert first.discrimination == pytest.approx(32.7327, abs=1e-3)
    assert first.efficiency == pytest.approx(37.5)
    assert first.point_biserial == pytest.approx(0.720577, abs=1e-5)
    assert first.upper_lower == pytest.approx(1.0)
    assert first.sd == pytest.approx(100 * np.std([1, 1, 1, 0, 0], ddof=1))


def test_kr20_matches_the_hand_computation_and_equals_alpha_on_zero_one_items():
    kr = ia.kr20(X)
    assert (kr.n, kr.k) == (5, 3)
    assert kr.value == pytest.approx(0.576923, abs=1e-6)
    assert ia.cronbach_alpha(X).value == pytest.approx(kr.value)
    assert kr.sem == pytest.approx(np.sqrt(1.3) * np.sqrt(1 - 0.576923), abs=1e-5)


def test_kr20_refuses_partial_credit_items():
    with pytest.raises(ValueError, match="0 or 1"):
        ia.kr20([[0.5, 1], [1, 0]])


def test_partial_credit_facility_is_relative_to_the_item_maximum():
    stats = ia.item_stats([[2, 1], [1, 0], [0, 1]], [2, 1], ["two", "one"])
    assert stats[0].facility == pytest.approx(50.0)
    assert stats[0].point_biserial is None


def test_an_item_everyone_gets_right_has_no_discrimination_and_is_flagged_too_easy():
    stats = ia.item_stats([[1, 1], [1, 0], [1, 1], [1, 0]], [1, 1], ["easy", "other"])
    assert stats[0].discrimination is None
    assert "too easy to tell learners apart" in stats[0].flags


def test_an_item_the_weak_learners_get_right_is_flagged_for_its_key():
    rows = [[0, 1, 1, 1], [0, 1, 1, 1], [0, 1, 1, 0], [1, 0, 0, 0], [1, 0, 0, 0], [1, 1, 0, 0]]
    stats = ia.item_stats(rows, [1] * 4, list("abcd"))[0]
    assert stats.discrimination < 0
    assert "negative discrimination: check the key" in stats.flags


def test_option_rates_share_groups_and_mean_rest_scores():
    T = [3, 2, 1, 1, 0]
    item = [1, 1, 1, 0, 0]
    rows = {o.option: o for o in ia.option_stats("a", ["a", "a", "b", "c", "b"], ["a", "b", "c", "d"], "a", T, item)}
    assert rows["a"].share == pytest.approx(40.0) and rows["a"].is_key
    assert (rows["a"].share_top, rows["a"].share_bottom) == (100.0, 0.0)
    assert rows["a"].mean_rest == pytest.approx(1.5)  # rests 2 and 1
    assert rows["b"].mean_rest == pytest.approx(0.0)  # rests 0 and 0
    assert rows["a"].flags == ()
    assert "chosen by fewer than 5 %: not working" in rows["d"].flags
    assert rows["d"].mean_rest is None


def test_a_distractor_the_top_group_prefers_and_a_key_it_avoids_are_flagged():
    T = [3, 2, 1, 0]
    rows = {o.option: o for o in ia.option_stats("q", ["x", "x", "k", "k"], ["k", "x"], "k", T, [0, 0, 1, 1])}
    assert any("miskey" in f for f in rows["k"].flags)
    assert any("arguably correct" in f for f in rows["x"].flags)
