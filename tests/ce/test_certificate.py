"""Certifying a learner's exported record: what the provider signs, the registry keeps, and how a
code is checked. The attacks on certificates are in tests/security/test_certificates.py."""

import json
import os

import pytest
from known_history import LICENCE, NAME, exported, reseal

from boundarylab.ce.certificate import BLANK, NOT_ACCREDITED, InvalidCertificate, approval_lines
from boundarylab.ce.provider import ProviderError, certify_record, init_provider, read_attendance, verify_code
from boundarylab.ce.record import RecordRefused
from boundarylab.ce.registry import Registry
from boundarylab.course import Approval


def test_a_complete_record_gets_a_signed_certificate_with_every_field(bank, store, clock, provider):
    cert = certify_record(exported(store, bank, clock), bank, provider).certificate
    assert (cert.name, cert.licence, cert.course) == (NAME, LICENCE, "Fixture Course: Boundaries Online")
    assert (cert.completion_date, cert.hours, cert.category) == ("2026-03-08", 1.0, "Law and ethics")
    assert (cert.first_activity, cert.last_activity) == ("2026-03-02", "2026-03-08")
    assert (cert.delivery, cert.level, cert.post_test_score) == ("self-paced", "Intermediate", 1.0)
    assert cert.provider["name"] == "Fixture Provider" and cert.statements == [NOT_ACCREDITED]
    assert cert.number.endswith("-000001") and len(cert.code) == 19
    assert verify_code(cert.code, provider.registry).payload == cert.payload


def test_the_registry_keeps_the_hours_calculation_and_the_evaluation(bank, store, clock, provider):
    cert = certify_record(exported(store, bank, clock), bank, provider).certificate
    with Registry(provider.registry) as reg:
        details = reg.details(cert.number)
    assert details["hours_calculation"]["total_minutes"] == 65.5
    assert details["evaluation"]["answers"]["minutes"] == 75


def test_certifying_the_same_learner_again_returns_the_same_certificate(bank, store, clock, provider):
    record = exported(store, bank, clock)
    first, second = certify_record(record, bank, provider), certify_record(record, bank, provider)
    assert (first.again, second.again) == (False, True)
    assert (first.certificate.number, first.certificate.code) == (second.certificate.number, second.certificate.code)


def test_a_record_that_takes_another_learners_id_is_refused(bank, store, clock, provider):
    record = exported(store, bank, clock)
    certify_record(record, bank, provider)
    record["learner"]["name"] = "Someone Else"
    with pytest.raises(RecordRefused, match=f"was issued for this learner id to another name \\({NAME}\\)"):
        certify_record(reseal(record), bank, provider)


def test_a_code_is_found_however_it_is_typed_and_an_unknown_one_is_refused_in_words(bank, store, clock, provider):
    code = certify_record(exported(store, bank, clock), bank, provider).certificate.code
    for spelling in (code, code.lower(), code.replace("-", ""), f"  {code.replace('-', ' ')} "):
        assert verify_code(spelling, provider.registry).code == code
    with pytest.raises(InvalidCertificate, match="No certificate with verification code AAAA-BBBB"):
        verify_code("AAAA-BBBB-CCCC-DDDD", provider.registry)


def test_approval_statements_fill_in_their_number_or_print_a_marked_blank(bank):
    course = bank.course.model_copy(
        update={
            "approvals": [
                Approval(
                    body="NBCC", statement="Approved by NBCC as ACEP No. {number}.", number="", formats=["self-paced"]
                ),
                Approval(
                    body="ASWB",
                    statement="ASWB ACE provider {number}.",
                    number="1234",
                    period="2026 to 2028",
                    formats=["self-paced"],
                ),
                Approval(body="CAMFT", statement="Live only.", formats=["live workshop"]),
            ]
        }
    )
    assert approval_lines(course, "self-paced") == [
        f"Approved by NBCC as ACEP No. {BLANK}.",
        "ASWB ACE provider 1234. Approval period: 2026 to 2028.",
    ]
    assert approval_lines(course, "live workshop") == ["Live only."]
    assert approval_lines(bank.course, "self-paced") == [NOT_ACCREDITED]


def test_a_live_workshop_needs_the_attendance_record_and_full_attendance(bank, store, clock, provider, tmp_path):
    record = exported(store, bank, clock)
    sheet = tmp_path / "attendance.csv"
    sheet.write_text(f"name,date,minutes\n{NAME},2026-03-02,30\n", encoding="utf-8")
    with pytest.raises(RecordRefused, match="attended 30 of the 60 minutes"):
        certify_record(record, bank, provider, attendance=read_attendance(sheet))
    sheet.write_text("name,date,minutes\nSomeone Else,2026-03-02,60\n", encoding="utf-8")
    with pytest.raises(RecordRefused, match="is not on the workshop's attendance record"):
        certify_record(record, bank, provider, attendance=read_attendance(sheet))
    sheet.write_text(f"name,date,minutes\n{NAME.upper()},2026-03-02,30\n{NAME},2026-03-03,30\n", encoding="utf-8")
    cert = certify_record(record, bank, provider, attendance=read_attendance(sheet)).certificate
    assert (cert.delivery, cert.first_activity, cert.last_activity) == ("live workshop", "2026-03-02", "2026-03-03")


def test_a_damaged_attendance_record_is_a_sentence(tmp_path):
    sheet = tmp_path / "attendance.csv"
    sheet.write_text("name,date,minutes\nA. Learner,yesterday,60\n", encoding="utf-8")
    with pytest.raises(ProviderError, match="line 2: an attendance record needs a name, a date"):
        read_attendance(sheet)


def test_provider_init_keeps_the_private_key_private_and_never_overwrites_it(tmp_path):
    made = init_provider(tmp_path / "p")
    assert os.stat(made.folder / "provider-private-key.pem").st_mode & 0o777 == 0o600
    before = (made.folder / "provider-private-key.pem").read_bytes()
    with pytest.raises(ProviderError, match="already holds a provider key"):
        init_provider(tmp_path / "p")
    assert (made.folder / "provider-private-key.pem").read_bytes() == before
    assert json.loads((made.folder / "provider.json").read_text())["registry"].startswith("sqlite:///")
    with Registry(made.registry) as reg:
        assert reg.public_key() == made.public_pem()


@pytest.mark.postgres
def test_a_provider_with_many_instructors_keeps_its_registry_in_postgresql(bank, store, clock, tmp_path, postgres_url):
    provider = init_provider(tmp_path / "p", registry=postgres_url)
    cert = certify_record(exported(store, bank, clock), bank, provider).certificate
    assert verify_code(cert.code, postgres_url).name == NAME
    assert certify_record(exported_again(store, bank), bank, provider).certificate.number == cert.number


def exported_again(store, bank):
    from boundarylab.ce.record import export_record

    return export_record(bank, store)


def test_two_instructors_certifying_the_same_learner_at_once_issue_one_certificate(bank, store, clock, provider):
    from concurrent.futures import ThreadPoolExecutor

    record = exported(store, bank, clock)
    with ThreadPoolExecutor(4) as pool:
        done = list(pool.map(lambda _: certify_record(record, bank, provider).certificate.number, range(4)))
    assert len(set(done)) == 1
    with Registry(provider.registry) as reg, reg.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM certificate").scalar() == 1
