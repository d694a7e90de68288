"""Every scenario in the bank with a rewrite rubric: its model answer passes with full marks, and
its draft, when the verdict is `revise`, fails.

Parametrised over the scenarios present. While other modules' files are still being written the
bank as a whole may not load; the scenarios of every file that does parse are still checked, and
`test_bank_loads` says what is missing.
"""

from contextlib import suppress
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from boundarylab.analysis import evaluate_rewrite
from boundarylab.bank import BankError, load_bank
from boundarylab.bank.models import Scenario

BANK = Path(__file__).resolve().parents[2] / "scenarios"


def _scenarios_present() -> list[Scenario]:
    try:
        return list(load_bank(BANK).scenarios.values())
    except BankError:
        found = []
        for path in sorted(BANK.glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for raw in data.get("scenarios") or [] if isinstance(data, dict) else []:
                with suppress(ValidationError):  # reported by `boundarylab validate`
                    found.append(Scenario.model_validate(raw))
        return found


WITH_RUBRIC = [s for s in _scenarios_present() if s.rewrite]
REVISE = [s for s in WITH_RUBRIC if s.answer.verdict == "revise" and s.draft.text]


def test_bank_loads():
    load_bank(BANK)


@pytest.mark.parametrize("scenario", WITH_RUBRIC, ids=lambda s: s.id)
def test_model_answer_passes_its_own_rubric(scenario):
    result = evaluate_rewrite(scenario, scenario.rewrite.model_answer)
    assert result.passed and result.score == 1.0, "\n".join(result.feedback)


@pytest.mark.parametrize("scenario", REVISE, ids=lambda s: s.id)
def test_revise_draft_fails_its_rubric(scenario):
    result = evaluate_rewrite(scenario, scenario.draft.text)
    assert not result.passed
    assert result.remaining or result.missing, "no check finds the draft's problem; it fails only for being the draft"


@pytest.mark.parametrize("scenario", REVISE, ids=lambda s: s.id)
def test_revise_draft_fails_only_for_reasons_its_rubric_names(scenario):
    """Issue 11: the rubric names the draft's main problems; a check outside it firing on the draft
    means the rubric (or the check) is wrong."""
    result = evaluate_rewrite(scenario, scenario.draft.text)
    assert sorted({f.check for f in result.other}) == []


@pytest.mark.parametrize("scenario", REVISE, ids=lambda s: s.id)
def test_every_rubric_problem_is_found_in_its_own_draft(scenario):
    result = evaluate_rewrite(scenario, scenario.draft.text)
    found = {f.check for f in result.remaining}
    assert [c for c in scenario.rewrite.must_avoid if c not in found] == []


BY_ID = {s.id: s for s in WITH_RUBRIC}
# The cases issue 11 names: (scenario, rewrite, the check that must stop it, or None when it must pass)
ISSUE_11_CASES = [
    (
        "pres-009",
        "I'm now a certified EMDR trauma specialist! EMDR can clear trauma in as little as 3 sessions. "
        "Book your consult through the link in my bio!",
        "misleading-claim",
    ),
    (
        "pres-004",
        "Looking for a therapist? Our six clinicians see adults, couples and teens. Has therapy made a "
        "difference for you? Share your story in the comments! Call 555-0119 to book. 💛",
        "testimonial-request",
    ),
    ("conf-002", "Thank you, this made my day. Keep doing the work we started!", "confirms-client-relationship"),
    (
        "asmt-001",
        "Thank you for your review. We need both parents' consent to contact the school; please call our "
        "clinical director at 555-0164.",
        "client-story",
    ),
    (
        "edu-007",
        "Hi Dee, I'm so sorry. I'd avoid an ultimatum for now; maybe try talking when he's sober. Please call "
        "my office at 555-0164 if you'd like to talk about counselling.",
        "individual-advice",
    ),
    (
        "col-003",
        "Jenna, what were you thinking? Posting a teen's self-harm for the whole town is frankly "
        "unprofessional. Take it down now or I'll report you.",
        "colleague-disparagement",
    ),
    (
        "self-008",
        "I'm voting no on 7 and hope others will look at the evidence: syringe exchanges cut HIV and "
        "hepatitis C infections and lead people into treatment.",
        None,
    ),
]


@pytest.mark.parametrize("sid, text, check", ISSUE_11_CASES, ids=[c[0] for c in ISSUE_11_CASES])
def test_issue_11_named_rewrites(sid, text, check):
    result = evaluate_rewrite(BY_ID[sid], text)
    if check is None:
        assert result.passed, "\n".join(result.feedback)
    else:
        assert not result.passed and check in {f.check for f in result.remaining + result.other}


@pytest.mark.parametrize(
    "sid, text, check", [c for c in ISSUE_11_CASES if c[0] in ("pres-004", "edu-007")], ids=["pres-004", "edu-007"]
)
def test_generic_checks_find_story_fishing_and_hedged_advice_without_the_rubric(sid, text, check):
    """The generic checks alone, not only the scenario's concepts, catch these moves."""
    from boundarylab.analysis import analyze

    assert check in {f.check for f in analyze(text)}


def test_hostile_private_message_is_unprofessional_without_the_rubric():
    from boundarylab.analysis import analyze

    text = "Jenna, what were you thinking? This is frankly unprofessional. Take it down now or I'll report you."
    assert "unprofessional-tone" in {f.check for f in analyze(text)}
