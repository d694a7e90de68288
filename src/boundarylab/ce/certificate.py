"""The certificate record: its number, its verification code, and checking a code.

The code is an HMAC of the fields a certificate states (name, licence, course, version,
completion date, hours, category, format, number) under a key kept in the learner's own record,
so a changed field or a made-up code does not verify. The record is stored when a certificate
is issued (retention: reference/ce.md §6); asking again returns the same number and code.
"""

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import date

from boundarylab.bank.loader import Bank
from boundarylab.ce.hours import contact_hours
from boundarylab.ce.standing import status
from boundarylab.progress import ProgressStore

CERTIFICATE = "certificate"
CERTIFICATE_KEY = "certificate-key"
DELIVERY = {"self-paced": "Self-paced home study (asynchronous, online)",
            "live workshop": "Live workshop (real-time interaction with the instructor)"}
NOT_ACCREDITED = ("This course is not accredited by any continuing-education body: it has no approval "
                  "statement. Ask your licensing board whether it accepts this certificate.")
SIGNED = ("name", "licence", "course", "version", "completion_date", "hours", "category", "delivery", "number")


class NotComplete(Exception):
    """Asked for a certificate before completion; `missing` says what is left, as sentences."""

    def __init__(self, missing):
        self.missing = tuple(missing)
        super().__init__("The course is not complete yet:\n" + "\n".join(f"- {m}" for m in self.missing))


@dataclass(frozen=True)
class Approval:
    body: str
    statement: str
    period: str


@dataclass(frozen=True)
class CertificateRecord:
    number: str
    code: str
    name: str
    licence: str
    profession: str
    course: str
    version: str
    completion_date: str
    hours: float
    category: str
    delivery: str
    provider: str
    provider_contact: str
    provider_number: str
    approvals: tuple[Approval, ...]
    issued: str

    @property
    def delivery_text(self) -> str:
        return DELIVERY[self.delivery]

    @property
    def hours_text(self) -> str:
        return f"{contact_hours(self.hours)} ({self.category})"

    @property
    def accreditation(self) -> tuple[str, ...]:
        if self.approvals:
            return tuple(a.statement + (f" Approval period: {a.period}." if a.period else "")
                         for a in self.approvals)
        return (NOT_ACCREDITED,)


def normalise(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _key(store: ProgressStore) -> bytes:
    keys = store.events(CERTIFICATE_KEY)
    if keys:
        return bytes.fromhex(keys[0].data["key"])
    store.record(CERTIFICATE_KEY, {"key": secrets.token_hex(32)})
    return bytes.fromhex(store.events(CERTIFICATE_KEY)[0].data["key"])


def _mac(key: bytes, parts) -> str:
    digest = hmac.new(key, "\x1f".join(str(p) for p in parts).encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode()


def verification_code(key: bytes, fields: dict) -> str:
    raw = _mac(key, [fields[f] for f in SIGNED])
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def certificate_number(key: bytes, name: str, licence: str, version: str, completion_date: str) -> str:
    return f"BL-{completion_date.replace('-', '')}-{_mac(key, [name, licence, version])[:8]}"


def issue_certificate(bank: Bank, store: ProgressStore, delivery: str = "self-paced",
                      on: date | None = None) -> CertificateRecord:
    """The learner's certificate record, stored with the hours calculation and the evaluation.
    Raises NotComplete, listing what is missing, before completion."""
    if delivery not in DELIVERY:
        raise ValueError(f"Delivery format must be one of: {', '.join(DELIVERY)}.")
    state = status(bank, store, on)
    if not state.complete:
        raise NotComplete(state.missing)
    course, profile, key = bank.course, state.profile, _key(store)
    fields = {"name": profile.name, "licence": profile.licence, "course": course.title, "version": course.version,
              "completion_date": state.completion_date, "hours": state.hours.credited_hours,
              "category": course.hours.category, "delivery": delivery}
    fields["number"] = certificate_number(key, profile.name, profile.licence, course.version, state.completion_date)
    code = verification_code(key, fields)
    for earlier in store.events(CERTIFICATE):
        if earlier.data.get("code") == code:
            return _record(earlier.data)
    data = dict(fields, code=code, profession=profile.profession, issued=(on or date.today()).isoformat(),
                provider=course.provider.name, provider_contact=course.provider.contact,
                provider_number=course.provider.number,
                approvals=[{"body": a.body, "statement": a.statement.strip(), "period": a.period}
                           for a in course.approvals if delivery in a.formats],
                hours_calculation=state.hours.as_dict(), evaluation=state.evaluation)
    store.record(CERTIFICATE, data)
    return _record(data)


def _record(data: dict) -> CertificateRecord:
    kept = {k: data[k] for k in CertificateRecord.__dataclass_fields__ if k != "approvals"}
    return CertificateRecord(**kept, approvals=tuple(Approval(**a) for a in data["approvals"]))


@dataclass(frozen=True)
class Verification:
    valid: bool
    message: str
    record: CertificateRecord | None = None


def verify(code: str, home=None) -> Verification:
    """Whether CODE belongs to a certificate issued from the record in HOME, unaltered."""
    with ProgressStore.open(home) as store:
        keys, issued = store.events(CERTIFICATE_KEY), store.events(CERTIFICATE)
        if not keys:
            return Verification(False, "No certificate has been issued from this record.")
        key = bytes.fromhex(keys[0].data["key"])
        for event in issued:
            if normalise(event.data.get("code", "")) != normalise(code):
                continue
            record = _record(event.data)
            if verification_code(key, event.data) != event.data["code"]:
                return Verification(False, f"Certificate {record.number} was issued here, but its record has "
                                           "been altered since: it does not verify.", record)
            return Verification(True, f"Valid: certificate {record.number} for {record.name}, "
                                      f"{record.hours_text}, completed {record.completion_date}.", record)
    return Verification(False, f"No certificate with code {code.strip()} was issued from this record.")
