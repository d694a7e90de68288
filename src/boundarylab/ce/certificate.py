"""A certificate: the fields it states, signed by the provider with Ed25519.

Every field printed on a certificate is in the signed payload (canonical JSON), so editing any of
them, or signing with any key but the provider's, fails verification. The verification code is
derived from the signature, so a re-signed certificate has another code, which the provider's
registry does not hold. Nothing here runs on a learner's machine: learners get a record of
completion (ce.standing), and the provider signs (ce.provider).
"""

import base64
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from boundarylab.ce.hours import contact_hours
from boundarylab.course import Course

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

DELIVERY = {
    "self-paced": "Self-paced home study (asynchronous, online)",
    "live workshop": "Live workshop (real-time interaction with the instructor)",
}
NOT_ACCREDITED = (
    "This course is not accredited by any continuing-education body: it has no approval "
    "statement. Ask your licensing board whether it accepts this certificate."
)
LICENSE_LABEL = "License"
EARLIER_LICENSE_LABEL = "Licence"  # printed on certificates issued before the course used US spelling
BLANK = "[No. ______ : blank, not yet filled in by the provider]"


class NotComplete(Exception):
    """A certificate or record of completion asked for before completion; `missing` says what is left."""

    def __init__(self, missing: Iterable[str]):
        self.missing = tuple(missing)
        super().__init__("The course is not complete yet:\n" + "\n".join(f"- {m}" for m in self.missing))


class InvalidCertificate(Exception):
    """A certificate that does not verify; the message is the sentence to show."""


def approval_lines(course: Course, delivery: str) -> list[str]:
    """Each approval statement configured for this delivery format, its number filled in or
    printed as a marked blank; without any, the plain line that the course is not accredited."""
    lines = [
        a.statement.strip().replace("{number}", a.number or BLANK)
        + (f" Approval period: {a.period}." if a.period else "")
        for a in course.approvals
        if delivery in a.formats
    ]
    return lines or [NOT_ACCREDITED]


def canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def verification_code(signature: bytes) -> str:
    raw = base64.b32encode(hashlib.sha256(signature).digest()[:10]).decode()
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def normalise(code: str) -> str:
    """A code as typed (any case, with or without dashes or spaces) in its printed form."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


@dataclass(frozen=True)
class CertificateRecord:
    """A signed certificate: the payload as signed, the signature, and the code derived from it."""

    payload: dict[str, Any]
    signature: bytes

    @property
    def code(self) -> str:
        return verification_code(self.signature)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["payload"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def hours_text(self) -> str:
        return f"{contact_hours(self.hours)} ({self.category})"

    def printed(self) -> dict[str, str]:
        """Every line the certificate prints from the signed fields, by what it states. The PDF is
        built from these lines, and `verify` finds each one in the PDF's text."""
        p, provider = self.payload, self.payload["provider"]
        who = " · ".join(x for x in (p["profession"], f"{LICENSE_LABEL} {p['licence']}" if p["licence"] else "") if x)
        lines = {
            "name": p["name"],
            "profession and license": who,
            "course": p["course"],
            "hours": self.hours_text,
            "completion date": f"Completion date: {p['completion_date']}",
            "delivery format": f"Delivery format: {DELIVERY[p['delivery']]}",
            "level": f"Instructional level: {p['level']}",
            "dates of participation": f"Dates of participation: {p['first_activity']} to {p['last_activity']}",
            "provider": " · ".join(
                x
                for x in (
                    f"Provider: {provider['name']}",
                    provider["address"],
                    provider["contact"],
                    f"Provider no. {provider['number']}" if provider["number"] else "",
                )
                if x
            ),
            "signatory": ", ".join(x for x in (provider["signatory"], provider["signatory_title"]) if x)
            or f"For the provider: {provider['name']}",
            "number and code": f"Certificate no. {p['number']}     Verification code: {self.code}",
            "issue date and version": f"Issued {p['issued']}     Course version {p['version']}",
        }
        lines.update({f"approval statement {n + 1}": s for n, s in enumerate(p["statements"])})
        return {k: v for k, v in lines.items() if v}


def sign(private_key: "Ed25519PrivateKey", payload: dict[str, Any]) -> CertificateRecord:
    return CertificateRecord(payload, private_key.sign(canonical(payload)))


def check_signature(public_pem: bytes, payload: dict[str, Any], signature: bytes) -> CertificateRecord:
    """The record, if SIGNATURE is the provider's over PAYLOAD; else InvalidCertificate, in words."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    public_key = load_pem_public_key(public_pem)
    if not isinstance(public_key, Ed25519PublicKey):  # the provider's keys are Ed25519 (provider.py)
        raise InvalidCertificate("The registry's provider key is not an Ed25519 key, so it checks no certificate.")
    try:
        public_key.verify(signature, canonical(payload))
    except InvalidSignature:
        raise InvalidCertificate(
            f"Certificate {payload.get('number', '(no number)')} does NOT verify: its fields were changed after "
            "the provider signed them, or it was signed with another key than the provider's."
        ) from None
    return CertificateRecord(payload, signature)
