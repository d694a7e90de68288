"""Attacks on certificates, as a learner would make them (issue 13): a forged certificate (name,
hours or date edited), one minted with another key, one re-signed by the learner, and a completion
record edited after it was sealed. Each is checked the way a board or the provider checks: with
`boundarylab verify` against the provider's registry or public key, and `boundarylab certify`.

On the old code the learner's own progress file held the key that made a certificate "Valid",
so every one of these succeeded; there was no registry, public key or record to check against."""

import json
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

sys.path.insert(0, str(Path(__file__).parents[1] / "ce"))

from known_history import BANK_DIR, NAME, complete

from boundarylab.ce import certificate
from boundarylab.ce.provider import init_provider
from boundarylab.cli import main
from boundarylab.progress import ProgressStore
from boundarylab.reports.certificate import ATTACHMENT, write_certificate

BANK = str(BANK_DIR)


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def issued(tmp_path, capsys, monkeypatch):
    """A learner completes the course on their machine and exports the record; the provider
    certifies it. Returns the provider folder and the certificate PDF."""
    from known_history import Clock

    from boundarylab import progress

    clock = Clock()
    monkeypatch.setattr(progress, "now", clock)
    from boundarylab.bank import load_bank

    with ProgressStore.open(tmp_path / "learner") as store:
        complete(store, load_bank(BANK_DIR), clock)
    assert (
        cli(capsys, "export-record", "--home", tmp_path / "learner", "--bank", BANK, "--out", tmp_path / "record.json")[
            0
        ]
        == 0
    )
    assert cli(capsys, "provider", "init", "--dir", tmp_path / "provider")[0] == 0
    code, _, err = cli(
        capsys,
        "certify",
        tmp_path / "record.json",
        "--provider",
        tmp_path / "provider",
        "--key",
        BANK,
        "--out",
        tmp_path / "issued",
    )
    assert code == 0, err
    (pdf,) = (tmp_path / "issued").glob("certificate-*.pdf")
    return tmp_path / "provider", pdf


def signed_fields(pdf) -> dict:
    return json.loads(PdfReader(pdf).attachments[ATTACHMENT][0])


def genuine(pdf) -> certificate.CertificateRecord:
    signed = signed_fields(pdf)
    return certificate.CertificateRecord(signed["payload"], bytes.fromhex(signed["signature"]))


def with_attachment(pdf, attachment: bytes, out) -> Path:
    """The page of PDF with ATTACHMENT's signed fields swapped in: what a PDF editor allows."""
    writer = PdfWriter(clone_from=PdfReader(pdf))
    writer._root_object["/Names"]["/EmbeddedFiles"]["/Names"].clear()
    writer.add_attachment(ATTACHMENT, attachment)
    writer.write(out)
    return Path(out)


def verify_pdf(capsys, pdf, provider):
    return cli(capsys, "verify", pdf, "--public-key", provider / "provider-public-key.pem")


EDITS = {"name": {"name": "Someone Else"}, "hours": {"hours": 7.5}, "date": {"completion_date": "2026-01-15"}}


@pytest.mark.parametrize("field", EDITS)
def test_a_certificate_with_an_edited_signed_field_does_not_verify(issued, capsys, tmp_path, field):
    provider, pdf = issued
    real = genuine(pdf)
    forged = certificate.CertificateRecord(dict(real.payload, **EDITS[field]), real.signature)
    code, _, err = verify_pdf(capsys, write_certificate(forged, tmp_path / "forged.pdf"), provider)
    assert code == 1 and "does NOT verify: its fields were changed after the provider signed them" in err


@pytest.mark.parametrize("field, printed", [("name", "name"), ("hours", "hours"), ("date", "completion date")])
def test_a_certificate_whose_page_was_edited_does_not_verify(issued, capsys, tmp_path, field, printed):
    provider, pdf = issued
    real = genuine(pdf)
    page = write_certificate(
        certificate.CertificateRecord(dict(real.payload, **EDITS[field]), real.signature), tmp_path / "page.pdf"
    )
    forged = with_attachment(page, PdfReader(pdf).attachments[ATTACHMENT][0], tmp_path / "forged.pdf")
    code, _, err = verify_pdf(capsys, forged, provider)
    assert code == 1 and f"its {printed} as printed differ from what the provider signed" in err
    assert verify_pdf(capsys, pdf, provider)[0] == 0  # the genuine one still verifies


def test_a_certificate_minted_with_another_key_does_not_verify(issued, capsys, tmp_path):
    provider, pdf = issued
    own = init_provider(tmp_path / "my-own-provider")  # the learner sets up a "provider" of their own
    minted = certificate.sign(own.private_key(), dict(genuine(pdf).payload, name="Someone Else", number="BL-2026-9"))
    path = write_certificate(minted, tmp_path / "minted.pdf")
    code, _, err = verify_pdf(capsys, path, provider)
    assert code == 1 and "signed with another key than the provider's" in err
    code, _, err = cli(capsys, "verify", minted.code, "--registry", provider / "registry.sqlite3")
    assert code == 1 and f"No certificate with verification code {minted.code} was issued" in err


def test_a_certificate_re_signed_by_the_learner_does_not_verify(issued, capsys, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    provider, pdf = issued
    real = genuine(pdf)
    resigned = certificate.sign(Ed25519PrivateKey.generate(), dict(real.payload, hours=7.5))
    signed = {"payload": resigned.payload, "signature": resigned.signature.hex()}
    forged = with_attachment(
        write_certificate(resigned, tmp_path / "page.pdf"), json.dumps(signed).encode(), tmp_path / "resigned.pdf"
    )
    code, _, err = verify_pdf(capsys, forged, provider)
    assert code == 1 and "does NOT verify" in err
    code, _, err = cli(capsys, "verify", resigned.code, "--registry", provider / "registry.sqlite3")
    assert code == 1 and "was issued by this provider" in err
    code, out, _ = cli(capsys, "verify", real.code, "--registry", provider / "registry.sqlite3")
    assert code == 0 and f"for {NAME}" in out and "1 contact hour (Law and ethics)" in out


def test_nothing_a_learner_makes_on_their_own_machine_verifies(issued, capsys, tmp_path):
    provider, _ = issued
    code, _, _ = cli(
        capsys, "record-of-completion", "--home", tmp_path / "learner", "--bank", BANK, "--out", tmp_path / "mine.pdf"
    )
    assert code == 0
    code, _, err = verify_pdf(capsys, tmp_path / "mine.pdf", provider)
    assert code == 1 and "carries no signed certificate fields" in err
    assert not list((tmp_path / "learner").glob("*.pem"))


@pytest.mark.parametrize(
    "edit, words",
    [
        (lambda r: r["learner"].update(name="Someone Else"), "The seal breaks at attempt 1"),
        (lambda r: [a.update(score=1.0) for a in r["attempts"]], "The seal breaks at attempt 1"),
        (
            lambda r: r["attempts"][7].update(answer={"verdict": "ok", "principles": ["testimonials"]}),
            "The seal breaks at attempt 8 (beta-002, judgement",
        ),
    ],
)
def test_a_record_edited_after_sealing_is_refused_and_nothing_is_issued(issued, capsys, tmp_path, edit, words):
    provider, _ = issued
    record = json.loads((tmp_path / "record.json").read_text(encoding="utf-8"))
    edit(record)
    (tmp_path / "edited.json").write_text(json.dumps(record), encoding="utf-8")
    code, _, err = cli(
        capsys,
        "certify",
        tmp_path / "edited.json",
        "--provider",
        provider,
        "--key",
        BANK,
        "--out",
        tmp_path / "refused",
    )
    assert code == 1 and "edited.json cannot be certified" in err and words in err
    assert not (tmp_path / "refused").exists()


def test_a_certificate_printed_with_the_earlier_licence_label_still_verifies(issued, capsys, tmp_path, monkeypatch):
    """Certificates issued before the course used US spelling print "Licence"; the label is not
    signed, so they verify as before, and an edited page still does not."""
    provider, pdf = issued
    printed = certificate.CertificateRecord.printed
    monkeypatch.setattr(
        certificate.CertificateRecord,
        "printed",
        lambda self: {k: v.replace("License ", "Licence ") for k, v in printed(self).items()},
    )
    earlier = write_certificate(genuine(pdf), tmp_path / "earlier.pdf")
    monkeypatch.undo()
    page = " ".join(p.extract_text() for p in PdfReader(earlier).pages)
    assert "Licence " in page and "License " not in page
    assert verify_pdf(capsys, earlier, provider)[0] == 0
    assert "License " in " ".join(p.extract_text() for p in PdfReader(pdf).pages)
