"""The provider's side: its Ed25519 key pair, certifying completion records, verifying certificates.

A provider folder (`boundarylab provider init --dir DIR`) holds the private key (mode 0600, never
sent anywhere), the public key (give it to anyone who checks certificates) and provider.json
naming the registry (a SQLite file in the folder, or a PostgreSQL URL). Certifying re-checks a
learner's exported record against the post-test key (ce.record), signs every field the
certificate prints, and records it in the registry. Verifying needs only the registry or the
public key, never the learner's files.
"""

import csv
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from boundarylab.bank.loader import Bank
from boundarylab.ce.certificate import (
    CertificateRecord,
    InvalidCertificate,
    approval_lines,
    check_signature,
    normalise,
    sign,
)
from boundarylab.ce.record import CheckedRecord, RecordRefused, check_record, read_record
from boundarylab.ce.registry import SQLITE_NAME, Issued, Registry, registry_url

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

PRIVATE_KEY = "provider-private-key.pem"
PUBLIC_KEY = "provider-public-key.pem"
CONFIG = "provider.json"
NUMBER_PREFIX = "BL"


class ProviderError(Exception):
    """The provider folder cannot be used; the message says what to do."""


@dataclass(frozen=True)
class ProviderFolder:
    folder: Path
    registry: str  # database URL

    def private_key(self) -> "Ed25519PrivateKey":
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        key = load_pem_private_key((self.folder / PRIVATE_KEY).read_bytes(), None)
        if not isinstance(key, Ed25519PrivateKey):  # init_provider makes Ed25519 keys only
            raise ProviderError(f"{self.folder / PRIVATE_KEY} is not an Ed25519 key, so it signs no certificate.")
        return key

    def public_pem(self) -> bytes:
        return (self.folder / PUBLIC_KEY).read_bytes()


def init_provider(folder: str | Path, registry: str | None = None) -> ProviderFolder:
    """A new key pair and registry in FOLDER; an existing key is never overwritten."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    folder = Path(folder)
    if (folder / PRIVATE_KEY).exists():
        raise ProviderError(
            f"{folder} already holds a provider key; it was left as it is (a new key would make "
            "every certificate issued so far unverifiable)."
        )
    folder.mkdir(parents=True, exist_ok=True)
    url = registry_url(registry or str(folder / SQLITE_NAME))
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    with Registry(url, create=True) as reg:
        reg.set_public_key(public)
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(folder / PRIVATE_KEY, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(private)
    (folder / PUBLIC_KEY).write_bytes(public)
    (folder / CONFIG).write_text(json.dumps({"registry": url}, indent=1) + "\n", encoding="utf-8")
    return ProviderFolder(folder, url)


def open_provider(folder: str | Path) -> ProviderFolder:
    folder = Path(folder)
    if not (folder / PRIVATE_KEY).is_file() or not (folder / CONFIG).is_file():
        raise ProviderError(
            f"{folder} is not a provider folder: make one with `boundarylab provider init --dir {folder}`."
        )
    return ProviderFolder(folder, json.loads((folder / CONFIG).read_text(encoding="utf-8"))["registry"])


@dataclass(frozen=True)
class Attendance:
    """What the live workshop's attendance record says about one learner."""

    minutes: float
    first: str
    last: str


def read_attendance(path: str | Path) -> dict[str, Attendance]:
    """The workshop's attendance record, a CSV with columns name, date (YYYY-MM-DD) and minutes:
    learner name (case-folded) -> Attendance over all their rows."""
    rows: dict[str, list[tuple[str, float]]] = {}
    try:
        with open(path, newline="", encoding="utf-8") as f:
            for n, row in enumerate(csv.DictReader(f), start=2):
                try:
                    name, day, minutes = (
                        row["name"].strip().casefold(),
                        date.fromisoformat(row["date"].strip()),
                        float(row["minutes"]),
                    )
                except (KeyError, AttributeError, ValueError):
                    raise ProviderError(
                        f"{path}, line {n}: an attendance record needs a name, a date (YYYY-MM-DD) "
                        "and the minutes attended."
                    ) from None
                rows.setdefault(name, []).append((day.isoformat(), minutes))
    except OSError as e:
        raise ProviderError(f"The attendance record {path} cannot be read ({e.strerror}).") from None
    return {
        name: Attendance(sum(m for _, m in days), min(d for d, _ in days), max(d for d, _ in days))
        for name, days in rows.items()
    }


def _delivery(checked: CheckedRecord, attendance: dict[str, Attendance] | None) -> tuple[str, str, str]:
    """Self-paced from an exported record; a live workshop only with full attendance on the
    workshop's attendance record (reference/ce.md: ASWB counts full attendance only)."""
    if attendance is None:
        return "self-paced", checked.first_activity, checked.last_activity
    name, needed = checked.state.learner.name, checked.state.hours.credited_hours * 60
    seen = attendance.get(name.strip().casefold())
    if seen is None:
        raise RecordRefused(
            name,
            [
                f"{name} is not on the workshop's attendance record, so the course cannot be "
                "certified as a live workshop."
            ],
        )
    if seen.minutes < needed:
        raise RecordRefused(
            name,
            [
                f"{name} attended {seen.minutes:g} of the {needed:g} minutes the workshop's "
                "credit needs; a live workshop counts full attendance only."
            ],
        )
    return "live workshop", seen.first, seen.last


def _payload(
    checked: CheckedRecord, key: Bank, number: str, delivery: str, dates: Sequence[str], issued: str
) -> dict[str, Any]:
    state, course = checked.state, key.course
    provider = course.provider
    passed = next(s for s in state.sittings if s.passed)
    return {
        "number": number,
        "learner_id": checked.learner_id,
        "name": state.learner.name,
        "profession": state.learner.profession,
        "licence": state.learner.licence,
        "course": course.title,
        "version": course.version,
        "completion_date": state.completion_date,
        "first_activity": dates[0],
        "last_activity": dates[1],
        "hours": state.hours.credited_hours,
        "category": course.hours.category,
        "delivery": delivery,
        "level": course.level,
        "post_test_score": passed.score,
        "issued": issued,
        "provider": {
            "name": provider.name,
            "address": provider.address,
            "contact": provider.contact,
            "number": provider.number,
            "signatory": provider.signatory.name,
            "signatory_title": provider.signatory.title,
        },
        "statements": approval_lines(course, delivery),
    }


@dataclass(frozen=True)
class Certified:
    certificate: CertificateRecord
    again: bool  # issued before: the same certificate, returned again


def certify_record(
    record: dict[str, Any],
    key: Bank,
    provider: ProviderFolder,
    source: str = "The record",
    attendance: dict[str, Attendance] | None = None,
    on: date | None = None,
) -> Certified:
    """Check the record, then sign and register its certificate (or return the one issued before).
    Raises RecordRefused with every problem found."""
    checked = check_record(record, key, source)
    delivery, *dates = _delivery(checked, attendance)
    issued = (on or date.today()).isoformat()
    private = provider.private_key()
    with Registry(provider.registry) as reg:
        before = reg.find(checked.learner_id, key.course.version)
        if before:
            cert = _certificate(before)
            if cert.name != checked.state.learner.name:
                raise RecordRefused(
                    source,
                    [
                        f"Certificate {cert.number} was issued for this learner id to another "
                        f"name ({cert.name}); a record cannot take over another learner's id."
                    ],
                )
            return Certified(cert, True)

        def signed(row_id: int) -> Issued:
            number = f"{NUMBER_PREFIX}-{issued[:4]}-{row_id:06d}"
            cert = sign(private, _payload(checked, key, number, delivery, dates, issued))
            return Issued(number, cert.code, json.dumps(cert.payload, ensure_ascii=False), cert.signature.hex())

        details = {"hours_calculation": checked.state.hours.as_dict(), "evaluation": checked.state.evaluation}
        made = reg.issue(checked.learner_id, key.course.version, issued, details, signed)
    if made is None:  # certified by another instructor a moment ago
        return certify_record(record, key, provider, source, attendance, on)
    return Certified(_certificate(made), False)


def _certificate(issued: Issued) -> CertificateRecord:
    return CertificateRecord(json.loads(issued.payload), bytes.fromhex(issued.signature))


def record_files(path: str | Path) -> list[Path]:
    """One record, or every *.json record in a cohort folder, in name order."""
    path = Path(path)
    if path.is_dir():
        return sorted(p for p in path.glob("*.json") if p.is_file())
    return [path]


def certify_file(
    path: str | Path, key: Bank, provider: ProviderFolder, attendance: dict[str, Attendance] | None = None
) -> Certified:
    return certify_record(read_record(path), key, provider, Path(path).name, attendance)


def verify_code(code: str, registry: str) -> CertificateRecord:
    """The certificate with CODE in the registry, its signature checked against the registry's key."""
    with Registry(registry) as reg:
        issued, public = reg.by_code(normalise(code)), reg.public_key()
    if issued is None:
        raise InvalidCertificate(f"No certificate with verification code {code.strip()} was issued by this provider.")
    if public is None:  # set when the first certificate is issued, so a registry with certificates has it
        raise InvalidCertificate("This registry holds no provider key, so its certificates cannot be checked.")
    return check_signature(public, json.loads(issued.payload), bytes.fromhex(issued.signature))
