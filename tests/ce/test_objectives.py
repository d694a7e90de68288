from pathlib import Path

import pytest
import yaml

from boundarylab.ce.objectives import objective_problem

SCENARIOS = Path(__file__).parents[2] / "scenarios"


def real_objectives():
    for path in sorted(SCENARIOS.glob("*.yaml")):
        module = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("module")
        for text in (module or {}).get("objectives", []):
            yield pytest.param(text, id=f"{path.stem}: {text[:40]}")


@pytest.mark.parametrize("objective", list(real_objectives()))
def test_every_module_objective_in_the_bank_is_observable(objective):
    assert objective_problem(objective) is None


@pytest.mark.parametrize(
    "objective",
    [
        "Understand the risks of friending clients.",
        "Know when a post breaches confidentiality.",
        "Appreciate the power differential in testimonials.",
        "Learn how to answer reviews.",
        "Become aware of crisis resources.",
        "Become familiar with secure channels.",
        "Develop an understanding of dual relationships.",
        "Demonstrate knowledge of the codes.",
        "Participants will understand consent.",
        "Be able to know the limits of DMs.",
        "Gain awareness of risks.",
    ],
)
def test_objectives_built_on_states_of_mind_are_rejected(objective):
    assert "cannot be observed" in objective_problem(objective)


@pytest.mark.parametrize(
    "objective",
    [
        "Classify posts as ok, revise or don't.",
        "Acknowledge a harmful post with a public apology.",
        "Explain why a follow-back is a dual relationship.",
        "Decide how to respond to a friend request from someone you also know outside therapy.",
        "Rewrite a post so that readers learn nothing about a client.",
    ],
)
def test_action_verbs_pass(objective):
    assert objective_problem(objective) is None
