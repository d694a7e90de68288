"""The stress sets are usable data: every rewrite scenario has at least eight labelled rewrites, half
of them in the TEST split, with labels the vocabulary knows; rounds 2 to 4 (three more independent
authors, four per scenario each) and the later rounds are checked for the same labels. Their figures are printed by
benchmarks/analysis_quality.py, never asserted here (TEST is measured, not tuned on)."""

from collections import Counter, defaultdict
from pathlib import Path

import pytest

from boundarylab import vocab
from boundarylab.analysis.train import STRESS_SETS, stress_entries
from boundarylab.bank import load_bank

ROOT = Path(__file__).resolve().parents[2]
STRESS = ROOT / "tests" / "analysis" / "stress"


ENTRIES = stress_entries(STRESS)
# Round 2: four rewrites per scenario by a second, independent author; measured apart, never trained on.
ROUND2 = stress_entries(STRESS / "round2")
# Round 3: four per scenario by a third author; its DEV half is training data for the second opinion.
ROUND3 = stress_entries(STRESS / "round3")
# Round 4: four per scenario by a fourth author; DEV is training data.
ROUND4 = stress_entries(STRESS / "round4")
# Round 5: a fifth author, messages-and-crisis only so far; measured, not training data.
ROUND5 = stress_entries(STRESS / "round5")
# Round 6: five more authors, six per scenario (one per role), three of them TEST; DEV is training data.
ROUND6 = stress_entries(STRESS / "round6")
# Round 7: five more authors again, the same way.
ROUND7 = stress_entries(STRESS / "round7")
# Round 8: and five more.
ROUND8 = stress_entries(STRESS / "round8")
# Round 9: six more (assessment split between two); DEV is training data.
ROUND9 = stress_entries(STRESS / "round9")
# Round 10: six more again; DEV is training data.
ROUND10 = stress_entries(STRESS / "round10")
# Rounds 12 and 13: six more authors each, the split inverted: their DEV halves write the (scenario, role) cells
# that rounds 6 to 10 kept TEST, so that every cell has graded rewrites by other authors; DEV is training data.
ROUND12 = stress_entries(STRESS / "round12")
ROUND13 = stress_entries(STRESS / "round13")
# Round 14: six more, split as rounds 6 to 10 (its TEST half measures the cells rounds 12 and 13 first wrote as DEV);
# round 15: six more, split as rounds 12 and 13. DEV is training data.
ROUND14 = stress_entries(STRESS / "round14")
ROUND15 = stress_entries(STRESS / "round15")
# Round 16: six more, split as round 15; round 17: six more, split as round 14; round 18: six more, split as round 16;
# round 19: six more, split as round 17; round 20: six more, split as round 18; rounds 21 and 22: six more each,
# split as rounds 19 and 20.
ROUND16 = stress_entries(STRESS / "round16")
ROUND17 = stress_entries(STRESS / "round17")
ROUND18 = stress_entries(STRESS / "round18")
ROUND19 = stress_entries(STRESS / "round19")
ROUND20 = stress_entries(STRESS / "round20")
ROUND21 = stress_entries(STRESS / "round21")
ROUND22 = stress_entries(STRESS / "round22")
ROLES = {"good-long", "good-terse", "keeps-problem", "drops-element", "new-problem", "choice"}


def test_every_revise_scenario_has_eight_rewrites_half_in_test():
    """Every rubric that fixes a flawed draft has one (items whose verdict the item rework changed keep
    theirs); the other writing tasks on ok and don't items have none yet."""
    bank = load_bank(ROOT / "scenarios").scenarios.values()
    revise = {s.id for s in bank if s.rewrite and s.answer and s.answer.verdict == "revise"}
    by_scenario = defaultdict(Counter)
    for e in ENTRIES:
        by_scenario[e["scenario"]][e["split"]] += 1
    assert revise - set(by_scenario) == set()
    assert set(by_scenario) - {s.id for s in bank if s.rewrite} == set()  # no stress set for a gone item
    assert [
        s for s, n in by_scenario.items() if n["DEV"] + n["TEST"] < 8 or n["TEST"] * 2 != n["DEV"] + n["TEST"]
    ] == []


def test_every_stress_round_on_disk_is_registered():
    """A round missing from STRESS_SETS would be neither trained on nor measured, silently."""
    on_disk = {STRESS} | {p for p in STRESS.iterdir() if p.is_dir() and p.name.startswith("round")}
    assert {ROOT / r.folder for r in STRESS_SETS} == on_disk


@pytest.mark.parametrize("stress_round", STRESS_SETS, ids=lambda r: r.folder.name)
def test_labels_use_the_vocabulary_and_agree_with_the_verdict(stress_round):
    entries = stress_entries(ROOT / stress_round.folder)
    assert entries
    for e in entries:
        assert e["split"] in ("DEV", "TEST") and e["role"] in ROLES, e
        assert set(e.get("problems", [])) <= set(vocab.AVOID_CHECKS), e
        assert set(e.get("missing", [])) <= set(vocab.INCLUDE_CHECKS) | {"purpose"}, e
        assert e["passes"] == (not e.get("problems") and not e.get("missing")), e


def test_each_scenario_has_the_mix_the_issue_asks_for():
    roles = defaultdict(Counter)
    for e in ENTRIES:
        roles[e["scenario"]][e["role"]] += 1
    need = {"good-long": 1, "good-terse": 1, "keeps-problem": 2, "drops-element": 1, "new-problem": 1}
    assert [s for s, r in roles.items() if any(r[k] < n for k, n in need.items())] == []


@pytest.mark.parametrize("entries", [ROUND2, ROUND3, ROUND4, ROUND5], ids=["round2", "round3", "round4", "round5"])
def test_later_rounds_cover_only_rewrite_scenarios_four_each_half_in_test(entries):
    rubrics = {s.id for s in load_bank(ROOT / "scenarios").scenarios.values() if s.rewrite}
    by_scenario = defaultdict(Counter)
    for e in entries:
        by_scenario[e["scenario"]][e["split"]] += 1
    assert entries and set(by_scenario) <= rubrics
    assert [s for s, n in by_scenario.items() if n != Counter(DEV=2, TEST=2)] == []


@pytest.mark.parametrize(
    "entries",
    [
        ROUND6,
        ROUND7,
        ROUND8,
        ROUND9,
        ROUND10,
        ROUND12,
        ROUND13,
        ROUND14,
        ROUND15,
        ROUND16,
        ROUND17,
        ROUND18,
        ROUND19,
        ROUND20,
    ],
    ids=[f"round{n}" for n in (6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20)],
)
def test_six_per_scenario_rounds_cover_every_rewrite_scenario_once_per_role_half_in_test(entries):
    rubrics = {s.id for s in load_bank(ROOT / "scenarios").scenarios.values() if s.rewrite}
    roles = defaultdict(Counter)
    for e in entries:
        roles[e["scenario"]][e["role"], e["split"]] += 1
    assert set(roles) == rubrics
    for counts in roles.values():
        assert {role for role, _ in counts} == ROLES and sum(counts.values()) == 6
        assert sum(n for (_, split), n in counts.items() if split == "TEST") == 3


def _cells(entries, split):
    return {(e["scenario"], e["role"]) for e in entries if e["split"] == split}


@pytest.mark.parametrize(
    "entries",
    [ROUND7, ROUND8, ROUND9, ROUND14, ROUND17, ROUND19, ROUND21],
    ids=["round7", "round8", "round9", "round14", "round17", "round19", "round21"],
)
def test_rounds_6_to_9_14_17_19_and_21_keep_the_same_cells_in_test(entries):
    assert _cells(entries, "TEST") == _cells(ROUND6, "TEST")


@pytest.mark.parametrize(
    "entries",
    [ROUND12, ROUND13, ROUND15, ROUND16, ROUND18, ROUND20, ROUND22],
    ids=["round12", "round13", "round15", "round16", "round18", "round20", "round22"],
)
def test_inverted_rounds_write_as_dev_the_cells_earlier_rounds_kept_test(entries):
    """Rounds 6 to 10 put the same cell of each scenario in TEST every time, so no DEV rewrite was ever written
    for it; rounds 12, 13, 15, 16, 18, 20 and 22 hold the other cell of each pair out instead."""
    assert _cells(entries, "DEV") == _cells(ROUND6, "TEST")
    assert _cells(entries, "TEST") == _cells(ROUND6, "DEV")
