import dataclasses
import json
import sqlite3

import pytest
from known_history import LICENCE, NAME, complete, practice

from boundarylab import ce
from boundarylab.ce.certificate import NOT_ACCREDITED, SIGNED, verification_code
from boundarylab.course import Approval
from boundarylab.progress import ProgressStore


def test_an_incomplete_learner_gets_the_list_of_what_is_missing_not_a_certificate(bank, store, clock):
    practice(store, bank, clock)
    with pytest.raises(ce.NotComplete) as err:
        ce.issue_certificate(bank, store)
    assert err.value.missing == ce.status(bank, store).missing
    assert "Module 2, Beta module: answer the remaining 1 of 2 scenarios." in err.value.missing
    assert store.events("certificate") == []


def test_a_complete_learner_gets_a_record_with_every_certificate_field(bank, store, clock):
    complete(store, bank, clock)
    record = ce.issue_certificate(bank, store)
    assert (record.name, record.licence, record.course) == (NAME, LICENCE, "Fixture Course: Boundaries Online")
    assert (record.completion_date, record.hours, record.category) == ("2026-03-08", 1.0, "Law and ethics")
    assert record.hours_text == "1 contact hour (Law and ethics)"
    assert record.delivery_text.startswith("Self-paced home study")
    assert record.provider == "Fixture Provider" and record.accreditation == (NOT_ACCREDITED,)
    assert record.number.startswith("BL-20260308-") and len(record.code) == 19


def test_the_issued_record_keeps_the_hours_calculation_and_the_evaluation(bank, store, clock):
    complete(store, bank, clock)
    ce.issue_certificate(bank, store)
    (event,) = store.events("certificate")
    assert event.data["hours_calculation"]["total_minutes"] == 65.5
    assert event.data["evaluation"]["answers"]["minutes"] == 75


def test_asking_again_returns_the_same_certificate(bank, store, clock):
    complete(store, bank, clock)
    first, second = ce.issue_certificate(bank, store), ce.issue_certificate(bank, store)
    assert (first.number, first.code) == (second.number, second.code)
    assert len(store.events("certificate")) == 1


def test_approval_statements_for_the_delivery_format_replace_the_not_accredited_line(bank, store, clock):
    approvals = [Approval(body="NBCC", statement="Fixture Provider is an NBCC ACEP, No. 9999.",
                          formats=["self-paced"], period="2026-2028"),
                 Approval(body="ASWB", statement="Approved for live delivery only.", formats=["live workshop"])]
    approved = dataclasses.replace(bank, course=bank.course.model_copy(update={"approvals": approvals}))
    complete(store, bank, clock)
    record = ce.issue_certificate(approved, store, delivery="self-paced")
    assert record.accreditation == ("Fixture Provider is an NBCC ACEP, No. 9999. Approval period: 2026-2028.",)
    live = ce.issue_certificate(approved, store, delivery="live workshop")
    assert live.accreditation == ("Approved for live delivery only.",) and live.code != record.code


def test_the_code_verifies_in_any_spelling(bank, store, clock, home):
    complete(store, bank, clock)
    record = ce.issue_certificate(bank, store)
    for spelling in (record.code, record.code.lower(), record.code.replace("-", " ")):
        result = ce.verify(spelling, home)
        assert result.valid and result.record.number == record.number
    assert result.message.startswith(f"Valid: certificate {record.number} for {NAME}, 1 contact hour")


def test_a_made_up_or_mistyped_code_does_not_verify(bank, store, clock, home, tmp_path):
    complete(store, bank, clock)
    code = ce.issue_certificate(bank, store).code
    typo = ("B" if code[0] != "B" else "C") + code[1:]
    assert not ce.verify(typo, home).valid
    assert "No certificate with code" in ce.verify(typo, home).message
    assert not ce.verify(code, tmp_path / "someone-else").valid


def test_an_altered_record_is_detected(bank, store, clock, home):
    complete(store, bank, clock)
    code = ce.issue_certificate(bank, store).code
    db = sqlite3.connect(store.path)
    row_id, data = db.execute("SELECT id, data FROM event WHERE kind = 'certificate'").fetchone()
    data = json.loads(data)
    data["hours"] = 6.0
    db.execute("UPDATE event SET data = ? WHERE id = ?", (json.dumps(data), row_id))
    db.commit()
    db.close()
    result = ce.verify(code, home)
    assert not result.valid and "altered" in result.message


@pytest.mark.parametrize("field", SIGNED)
def test_changing_any_signed_field_changes_the_code(field):
    fields = {"name": "Łukasz", "licence": "", "course": "C", "version": "1", "completion_date": "2026-01-01",
              "hours": 1.0, "category": "Ethics", "delivery": "self-paced", "number": "BL-1"}
    changed = dict(fields, **{field: str(fields[field]) + "x"})
    assert verification_code(b"k", fields) != verification_code(b"k", changed)


def test_the_key_lives_with_the_record_so_a_reopened_store_verifies(bank, store, clock, home):
    complete(store, bank, clock)
    code = ce.issue_certificate(bank, store).code
    with ProgressStore.open(home) as again:
        assert ce.issue_certificate(bank, again).code == code
