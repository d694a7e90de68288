"""The completion record a learner exports, and every check the provider makes before signing."""

import copy
import json

import pytest
from known_history import NAME, Clock, exported, judge, practice, reseal

from boundarylab import ce
from boundarylab.ce.record import RecordRefused, check_record, export_record, read_record, write_record


def refusal(record, bank) -> str:
    with pytest.raises(RecordRefused) as err:
        check_record(record, bank, "record.json")
    return str(err.value)


def test_the_record_holds_profile_attempts_with_seals_sittings_and_evaluation(bank, store, clock, tmp_path):
    record = exported(store, bank, clock)
    assert record["learner"]["name"] == NAME and len(record["learner"]["id"]) == 32
    assert len(record["attempts"]) == 11 and all(len(a["seal"]) == 32 for a in record["attempts"])
    kinds = [e["kind"] for e in record["events"]]
    assert kinds.count("post-test-start") == 2 and "evaluation" in kinds
    assert read_record(write_record(record, tmp_path / "r.json")) == record
    assert export_record(bank, store)["learner"]["id"] == record["learner"]["id"]  # the id is kept


def test_a_learner_without_a_profile_is_told_to_save_one_first(bank, store):
    with pytest.raises(ValueError, match="Save your profile first"):
        export_record(bank, store)


def test_a_complete_record_passes_every_check(bank, store, clock):
    checked = check_record(exported(store, bank, clock), bank)
    assert checked.state.complete and (checked.first_activity, checked.last_activity) == ("2026-03-02", "2026-03-08")


def test_an_incomplete_record_is_refused_with_what_is_missing(bank, store, clock):
    practice(store, bank, clock)
    assert "Not complete: Module 2, Beta module: answer the remaining 1 of 2 scenarios." in refusal(
        export_record(bank, store), bank
    )


def test_the_post_test_is_scored_again_with_the_key_never_by_the_learners_own_scores(bank, store, clock):
    record = exported(store, bank, clock)
    passing = [a for a in record["attempts"] if a["context"] == "post-test"][-3:]
    for attempt in passing:  # the passing sitting, answered wrongly but scored 1.0 by the learner's copy
        attempt["answer"] = {"verdict": "ok", "principles": []} if attempt["part"] == "judgement" else {"choice": 0}
        attempt["score"] = 1.0
    assert "Not complete: Pass the post-test" in refusal(reseal(record), bank)


@pytest.mark.parametrize(
    "edit, words",
    [
        (lambda r: r["learner"].update(name="Someone Else"), "The seal breaks at attempt 1"),
        (lambda r: r["attempts"][4].update(seconds=3000), "The seal breaks at attempt 5 (beta-001, judgement"),
        (lambda r: r["attempts"].pop(2), "The seal breaks at attempt 4"),
        (lambda r: r["events"].pop(), "The record's final seal does not match"),
    ],
)
def test_an_entry_edited_or_removed_after_sealing_is_named(bank, store, clock, edit, words):
    record = exported(store, bank, clock)
    edit(record)
    assert words in refusal(record, bank)


def test_a_record_for_another_course_version_is_refused(bank, store, clock):
    record = exported(store, bank, clock)
    record["course"]["version"] = "1999.01"
    assert "the key is for 'Fixture Course: Boundaries Online' version '2026.01'" in refusal(reseal(record), bank)


@pytest.mark.parametrize(
    "edit, words",
    [
        (lambda r: r["attempts"][3].update(id=2), "The attempts are not in the order they were saved (id 2 after 3)"),
        (
            lambda r: r["attempts"][3].update(saved_at="2026-03-01T09:00:00+00:00"),
            "Attempt 4 is dated '2026-03-01T09:00:00+00:00', out of order",
        ),
        (lambda r: r["attempts"][0].update(scenario_id="gamma-001"), "names scenario 'gamma-001', which this course"),
        (lambda r: r["attempts"][0].update(module="beta"), "files scenario alpha-001 under module 'beta'"),
        (lambda r: r.update(exported_at="2099-01-01T00:00:00+00:00"), "exported on 2099-01-01, after today"),
        (lambda r: [a.update(seconds=5) for a in r["attempts"]], "under a tenth of the plan, not plausibly worked"),
        (lambda r: r["attempts"][0].update(seconds=5 * 3600), "above 4 hours"),
        (lambda r: r["attempts"][0].update(score="1.0"), "The record's attempts are not in the form"),
        (lambda r: r["events"][0].update(data=[]), "The record's events are not in the form"),
        (
            lambda r: [e["data"].pop("items") for e in r["events"] if e["kind"] == "post-test-start"],
            "A post-test sitting in the record does not say which form and items it used.",
        ),
        (
            lambda r: [
                a.update(answer={"verdict": ["dont"], "principles": [{"x": 1}], "choice": True})
                for a in r["attempts"]
                if a["context"] == "post-test"
            ],
            "Not complete: Pass the post-test",
        ),
    ],
)
def test_ids_dates_and_times_that_cannot_be_true_are_refused_even_when_resealed(bank, store, clock, edit, words):
    record = exported(store, bank, clock)
    edit(record)
    assert words in refusal(reseal(record), bank)


def test_answers_timed_longer_than_the_time_between_them_are_refused(bank, tmp_path):
    from boundarylab import progress
    from boundarylab.progress import ProgressStore

    clock = Clock()
    with ProgressStore.open(tmp_path / "h") as store:
        progress_now, progress.now = progress.now, clock
        try:
            practice(store, bank, clock)
            for _ in range(40):  # forty answers of two hours each, saved a minute apart
                judge(store, bank, "alpha-002", "ok", ["confidentiality"], 7200)
            record = export_record(bank, store)
        finally:
            progress.now = progress_now
    assert "saved within" in refusal(record, bank)


def test_a_sitting_beyond_the_attempt_cap_is_refused(bank, store, clock):
    practice(store, bank, clock)
    for day in (6, 7, 8):
        clock.day(day)
        ce.start_post_test(bank, store)
        ce.submit_post_test(bank, store)
    record = json.loads(json.dumps(export_record(bank, store)))
    extra = copy.deepcopy([e for e in record["events"] if e["kind"] == "post-test-start"][-1])
    extra.update(id=record["events"][-1]["id"] + 1, saved_at=record["exported_at"])
    record["events"].append(extra)
    assert "The record has 4 post-test sittings; the course allows 3." in refusal(reseal(record), bank)


def test_files_that_are_not_records_are_refused_in_words(tmp_path):
    (tmp_path / "a.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"format": "something-else"}', encoding="utf-8")
    with pytest.raises(RecordRefused, match="not a readable completion record"):
        read_record(tmp_path / "a.json")
    with pytest.raises(RecordRefused, match="not a BoundaryLab completion record"):
        read_record(tmp_path / "b.json")
