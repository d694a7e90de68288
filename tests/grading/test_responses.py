"""The answers file: what is graded (the last accepted save), what item analysis uses (the first),
and every way a file can be broken, each a sentence."""

import json

from boundarylab.grading import responses
from boundarylab.scoring import Response

ITEMS = {"conf-001": 3, "conf-002": 0}
ME = "learner001"


def sheet_of(data, assignment="posttest-a"):
    return responses.parse(data, assignment, ME, ITEMS)


def test_the_last_save_is_graded_and_the_first_is_kept_for_item_analysis(tmp_path):
    path = tmp_path / responses.FILE_NAME
    responses.save_answer(path, "posttest-a", ME, "conf-001", Response("ok", ("confidentiality",), 0))
    responses.save_answer(path, "posttest-a", ME, "conf-001", Response("revise", ("confidentiality",), 1, "Text"))
    answer = responses.read(path, "posttest-a", ME, ITEMS).answer("conf-001")
    assert answer.response == Response("revise", ("confidentiality",), 1, "Text")
    assert answer.first == Response("ok", ("confidentiality",), 0)
    assert (answer.saves, answer.notes) == (2, ())


def test_an_item_never_saved_says_so():
    answer = sheet_of(responses.empty("posttest-a", ME)).answer("conf-002")
    assert answer.response is None
    assert answer.notes == ("No answer was saved for this item.",)


def test_a_save_edited_by_hand_is_not_accepted_and_the_last_honest_one_counts():
    data = responses.add_save(responses.empty("posttest-a", ME), "conf-001", Response("dont", ("testimonials",)))
    data = responses.add_save(data, "conf-001", Response("ok", ()))
    data["saves"][1]["verdict"] = "revise"
    sheet = sheet_of(data)
    answer = sheet.answer("conf-001")
    assert answer.response == Response("dont", ("testimonials",))
    assert any("edited by hand" in n for n in answer.notes)
    assert sheet.problems == ("1 saved answer(s) were not accepted (edited by hand or not valid).",)


def test_values_the_widgets_cannot_produce_are_rejected_with_the_reason():
    for bad, reason in (
        ({"verdict": "maybe"}, "verdict 'maybe'"),
        ({"choice": 7}, "choice 7"),
        ({"principles": ["kindness"]}, "principle"),
        ({"rewrite": 3}, "not text"),
    ):
        entry = {
            "item": "conf-001",
            "saved_at": "t",
            "verdict": "ok",
            "principles": [],
            "choice": None,
            "rewrite": None,
            **bad,
        }
        entry["check"] = responses.seal("posttest-a", ME, entry)
        answer = sheet_of({**responses.empty("posttest-a", ME), "saves": [entry]}).answer("conf-001")
        assert answer.response is None
        assert any(reason in n for n in answer.notes), (bad, answer.notes)


def test_a_missing_damaged_or_foreign_file_scores_every_item_zero_with_a_sentence(tmp_path):
    path = tmp_path / responses.FILE_NAME
    missing = responses.read(path, "posttest-a", ME, ITEMS)
    assert not missing.readable and "No responses.json was submitted" in missing.problems[0]
    path.write_text('{"format": "boundarylab-responses", "saves": [', encoding="utf-8")
    damaged = responses.read(path, "posttest-a", ME, ITEMS)
    assert not damaged.readable and "not valid JSON at line 1" in damaged.problems[0]
    assert damaged.answer("conf-001").notes == damaged.problems
    path.write_text(json.dumps(responses.empty("posttest-b", ME)), encoding="utf-8")
    assert "holds answers for 'posttest-b'" in responses.read(path, "posttest-a", ME, ITEMS).problems[0]
    path.write_text(json.dumps([1, 2]), encoding="utf-8")
    assert "is not a BoundaryLab answers file" in responses.read(path, "posttest-a", ME, ITEMS).problems[0]


def test_a_huge_rewrite_is_scored_on_its_beginning_and_a_huge_file_is_not_read(tmp_path, monkeypatch):
    data = responses.add_save(responses.empty("posttest-a", ME), "conf-001", Response("revise", (), None, "x" * 10_000))
    sheet = sheet_of(data)
    answer = sheet.answer("conf-001")
    assert len(answer.response.rewrite) == responses.MAX_REWRITE_CHARS
    assert any("10,000 characters long" in n for n in answer.notes)
    assert any("longer than 3,000 characters" in p for p in sheet.problems)
    path = tmp_path / responses.FILE_NAME
    responses.write(path, data)
    monkeypatch.setattr(responses, "MAX_FILE_BYTES", 100)
    assert "was not read" in responses.read(path, "posttest-a", ME, ITEMS).problems[0]


def test_saving_over_an_unreadable_file_keeps_it_aside_and_starts_afresh(tmp_path):
    path = tmp_path / responses.FILE_NAME
    path.write_text("{not json", encoding="utf-8")
    responses.save_answer(path, "posttest-a", ME, "conf-002", Response("ok", ()))
    assert (tmp_path / "responses.json.unreadable").read_text(encoding="utf-8") == "{not json"
    assert responses.read(path, "posttest-a", ME, ITEMS).answer("conf-002").response == Response("ok", ())


def test_a_file_nested_deeper_than_answers_or_with_odd_fields_is_refused_with_a_sentence(tmp_path):
    path = tmp_path / responses.FILE_NAME
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "nested far deeper" in responses.read(path, "posttest-a", ME, ITEMS).problems[0]
    data = responses.add_save(responses.empty("posttest-a", ME), "conf-001", Response("ok", ()))
    data["saves"][0]["extra"] = {"a": [1, 2, 3]}
    assert "edited by hand" in sheet_of(data).answer("conf-001").notes[0]


def test_a_save_sealed_for_another_learner_does_not_count():
    theirs = responses.add_save(responses.empty("posttest-a", "learner002"), "conf-001", Response("ok", ()))
    sheet = sheet_of(theirs)
    assert not sheet.readable and "saved by another learner ('learner002')" in sheet.problems[0]
    theirs["student"] = ME  # the name changed by hand: the seals still name the other learner
    assert "edited by hand" in sheet_of(theirs).answer("conf-001").notes[0]


def test_a_save_carries_the_learners_region_under_its_seal():
    data = responses.add_save(responses.empty("posttest-a", ME), "conf-001", Response("ok", ()), region="uk")
    assert sheet_of(data).region == "uk"
    data["saves"][0]["region"] = "us"  # changed by hand: the save no longer verifies
    tampered = sheet_of(data)
    assert tampered.answer("conf-001").response is None
    assert any("edited by hand" in n for n in tampered.answer("conf-001").notes)


def test_saves_made_before_regions_existed_keep_their_seal_and_count_as_the_us():
    import hashlib
    import hmac

    entry = {"item": "conf-001", "saved_at": "2026-03-02T09:00:00+00:00", "verdict": "ok", "principles": []}
    entry |= {"choice": 0, "rewrite": None}
    message = json.dumps(["posttest-a", ME, entry], sort_keys=True, ensure_ascii=False).encode()
    entry["check"] = hmac.new(b"boundarylab responses v1", message, hashlib.sha256).hexdigest()[:24]  # v1's seal
    sheet = sheet_of({**responses.empty("posttest-a", ME), "saves": [entry]})
    assert sheet.answer("conf-001").response == Response("ok", (), 0, None)
    assert sheet.region == ""
