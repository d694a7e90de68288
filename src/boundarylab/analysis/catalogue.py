"""The one place checks are registered.

Adding a check means writing it in its family module under `rules/` and listing it here; the
import fails loudly on a duplicate id, an id or principle that `vocab.py` does not know, a kind
that disagrees with the vocabulary, or a vocabulary check with no implementation.
"""

from boundarylab import vocab
from boundarylab.analysis.check import KINDS, Check
from boundarylab.analysis.rules import (
    advice,
    availability,
    channels,
    claims,
    colleagues,
    details,
    diagnosis,
    disclaimer,
    disclosure,
    public,
    relationships,
    replies,
    self_diagnosis,
    stigma,
    stories,
    testimonials,
    tone,
)

CHECKS: tuple[Check, ...] = (
    details.CLIENT_IDENTIFYING_DETAIL,
    stories.CLIENT_STORY,
    diagnosis.DIAGNOSIS_OF_PERSON,
    testimonials.TESTIMONIAL_REQUEST,
    advice.INDIVIDUAL_ADVICE,
    colleagues.COLLEAGUE_DISPARAGEMENT,
    tone.UNPROFESSIONAL_TONE,
    public.POLARIZING_OPINION,
    stigma.HARMFUL_LANGUAGE,
    replies.CONFIRMS_CLIENT_RELATIONSHIP,
    relationships.DUAL_RELATIONSHIP_INVITE,
    availability.OVER_AVAILABILITY,
    self_diagnosis.SELF_DIAGNOSIS_PROMPT,
    disclosure.PERSONAL_OVERSHARE,
    claims.MISLEADING_CLAIM,
    channels.REDIRECTS_TO_SECURE_CHANNEL,
    channels.CRISIS_RESOURCES,
    disclaimer.EDUCATION_DISCLAIMER,
)


class CatalogueError(Exception):
    """The catalogue disagrees with the vocabulary; the message names every problem."""


def _problems(checks: tuple[Check, ...]) -> list[str]:
    found: list[str] = []
    seen: set[str] = set()
    for c in checks:
        if c.id in seen:
            found.append(f"check '{c.id}' is registered twice")
        seen.add(c.id)
        if c.id not in vocab.CHECKS:
            found.append(f"check '{c.id}' is not a check id in vocab.CHECKS")
        if c.principle not in vocab.PRINCIPLES:
            found.append(f"check '{c.id}' names unknown principle '{c.principle}'")
        if c.kind not in KINDS:
            found.append(f"check '{c.id}' has kind '{c.kind}'; expected one of {', '.join(KINDS)}")
        expected = "must-include" if c.id in vocab.INCLUDE_CHECKS else "must-avoid"
        if c.id in vocab.CHECKS and c.kind != expected:
            found.append(f"check '{c.id}' is {c.kind} but vocab lists it as {expected}")
        if c.kind == "must-include" and not c.needed:
            found.append(f"must-include check '{c.id}' does not say what is needed when it is missing")
        if not (c.fires_on and c.passes_on):
            found.append(f"check '{c.id}' needs at least one fires_on and one passes_on example")
    for missing in sorted(set(vocab.CHECKS) - seen):
        found.append(f"check '{missing}' is in vocab.CHECKS but has no implementation")
    return found


def validate(checks: tuple[Check, ...]) -> dict[str, Check]:
    if problems := _problems(checks):
        raise CatalogueError("; ".join(problems))
    return {c.id: c for c in checks}


BY_ID: dict[str, Check] = validate(CHECKS)
