"""Crisis resources follow the learner's country or region (issue 12, part 5)."""

import re
import sqlite3

import pytest

from boundarylab.analysis import evaluate_rewrite
from boundarylab.bank import load_bank
from boundarylab.progress import FILE_NAME, ProgressStore
from boundarylab.regions import REGIONS, crisis_sentence, localize, localize_scenario

BANK = load_bank("scenarios")
CRISIS_RUBRICS = [s for s in BANK.scenarios.values() if s.rewrite and "crisis-resources" in s.rewrite.must_include]
US_ONLY = re.compile(r"(?<![\d-])(?:988|911)(?![\d-])|\bin the US\b|Suicide & Crisis Lifeline")


@pytest.mark.parametrize(
    "region_id, numbers",
    [
        ("us", ["988", "911"]),
        ("canada", ["988", "911"]),
        ("uk", ["116 123", "999", "112"]),
        ("ireland", ["116 123", "112", "999"]),
        ("australia", ["13 11 14", "000"]),
        ("new-zealand", ["1737", "111"]),
    ],
)
def test_each_region_gives_its_own_verified_numbers(region_id, numbers):
    sentence = crisis_sentence(region_id)
    assert all(n in sentence for n in numbers), sentence


def test_a_learner_elsewhere_is_told_to_use_local_services_and_no_us_number():
    sentence = crisis_sentence("other")
    assert "local crisis line" in sentence and not US_ONLY.search(sentence)


@pytest.mark.parametrize("region_id", [r for r in REGIONS if r not in ("us", "canada")])
def test_no_us_crisis_number_reaches_a_learner_outside_the_us_and_canada(region_id):
    for s in BANK.scenarios.values():
        local = localize_scenario(s, region_id)
        shown = [local.answer.rationale, *(c.text for c in local.choices), *(c.feedback for c in local.choices)]
        if local.rewrite:
            shown += [local.rewrite.prompt, local.rewrite.model_answer]
        leftover = [t for t in shown if US_ONLY.search(t)]
        assert not leftover, (s.id, leftover[:1])


@pytest.mark.parametrize("region_id", list(REGIONS))
def test_every_localized_model_answer_still_passes_the_crisis_resources_check(region_id):
    failing = []
    for s in CRISIS_RUBRICS:
        local = localize_scenario(s, region_id)
        result = evaluate_rewrite(local, local.rewrite.model_answer)
        if not (result.passed and result.score == 1.0):
            failing.append((s.id, result.feedback[:1]))
    assert CRISIS_RUBRICS and not failing, failing


def test_statements_about_us_services_say_so_and_follow_the_region():
    text = "In the US, call or text 988 (Suicide & Crisis Lifeline), or call 911 and go to the emergency room."
    assert localize(text, "us") == text
    assert localize(text, "uk") == "In the UK, call Samaritans on 116 123, or call 999 (or 112) and go to the A&E."
    assert localize(text, "australia").startswith("In Australia, call Lifeline on 13 11 14, or call 000")


def test_the_region_is_kept_with_the_profile(tmp_path):
    with ProgressStore.open(tmp_path) as store:
        store.save_profile("Aroha Ngata", "Counselor", "", "new-zealand")
        assert store.profile().region == "new-zealand"
        with pytest.raises(ValueError, match="country or region"):
            store.save_profile("Aroha Ngata", region="mars")


def test_a_progress_file_from_before_regions_keeps_its_profile_and_counts_as_the_us(tmp_path):
    path = tmp_path / FILE_NAME
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE attempt (id INTEGER PRIMARY KEY AUTOINCREMENT, saved_at TEXT NOT NULL,
            scenario_id TEXT NOT NULL, module TEXT NOT NULL, part TEXT NOT NULL, answer TEXT NOT NULL,
            score REAL, seconds REAL NOT NULL DEFAULT 0, context TEXT NOT NULL DEFAULT 'practice');
        CREATE TABLE profile (id INTEGER PRIMARY KEY AUTOINCREMENT, saved_at TEXT NOT NULL, name TEXT NOT NULL,
            profession TEXT NOT NULL DEFAULT '', licence TEXT NOT NULL DEFAULT '');
        CREATE TABLE event (id INTEGER PRIMARY KEY AUTOINCREMENT, saved_at TEXT NOT NULL, kind TEXT NOT NULL,
            data TEXT NOT NULL);
        INSERT INTO profile (saved_at, name, profession, licence) VALUES ('2026-01-01', 'Ana Ruiz', 'LPC', 'X-1');
        PRAGMA user_version = 1;
    """)
    conn.close()
    with ProgressStore.open(tmp_path) as store:
        profile = store.profile()
        assert (profile.name, profile.licence, profile.region) == ("Ana Ruiz", "X-1", "")
        assert localize_scenario(BANK.scenarios["msg-011"], profile.region) == BANK.scenarios["msg-011"]


def test_rewrite_feedback_asks_for_the_region_s_crisis_line():
    from boundarylab.scoring import score_rewrite

    s = next(x for x in CRISIS_RUBRICS if x.draft.text)
    uk = score_rewrite(localize_scenario(s, "uk"), "Thank you for writing; I read every comment.")
    us = score_rewrite(s, "Thank you for writing; I read every comment.")
    assert any("116 123" in line for line in uk.feedback) and not any("988" in line for line in uk.feedback)
    assert any("988" in line for line in us.feedback)
