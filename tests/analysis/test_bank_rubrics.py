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
