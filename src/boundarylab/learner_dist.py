"""`boundarylab learner-dist`: the course folder a learner runs (what a JupyterHub image or a
learner's download holds), without the post-test key.

Practice scenarios keep their answers: practice feedback is the course. Post-test items keep what
a learner needs to answer them (situation, draft, options, rewrite prompt) and lose everything
that would answer them: verdict, principles, rationale, sources and codes of the answer, which
option is correct, each option's feedback, the rewrite rubric and its model answer. Their forms
are dealt from the key here and written into course.yml, since a learner's copy has nothing left
to deal them by. A learner's post-test is saved and submitted; the provider scores it with the key.
"""

import shutil
from pathlib import Path

import yaml

from boundarylab.bank import load_bank
from boundarylab.bank.loader import COURSE_FILE
from boundarylab.forms import POST_TEST_MODULE, parallel_forms

NOTEBOOKS = "notebooks"
SCENARIOS = "scenarios"


class DistError(Exception):
    """The learner's folder cannot be written; the message says why."""


def without_key(scenario: dict) -> dict:
    """A post-test item as a learner may hold it (the YAML mapping, not the model)."""
    item = {k: v for k, v in scenario.items() if k != "answer"}
    if "choices" in item:
        item["choices"] = [{"text": c["text"]} for c in item["choices"]]
    if "rewrite" in item:
        item["rewrite"] = {"prompt": item["rewrite"]["prompt"]}
    return item


def _post_test_file(source: Path, target: Path) -> None:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["scenarios"] = [without_key(s) for s in data.get("scenarios") or []]
    text = (
        "# yaml-language-server: $schema=schema.json\n# A learner's copy: post-test items without their "
        "answers. The key stays with the provider.\n"
    )
    target.write_text(text + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")


def write_learner_dist(bank_dir: Path, notebooks: Path, out: Path) -> Path:
    """DIR/scenarios (the learner's bank, from the key or sample `bank_dir`) and DIR/notebooks."""
    bank_dir, out = Path(bank_dir), Path(out)
    if out.exists() and any(out.iterdir()):
        raise DistError(f"{out} is not empty; choose a new folder for the learner's course.")
    forms = parallel_forms(load_bank(bank_dir))
    shutil.copytree(notebooks, out / NOTEBOOKS, ignore=shutil.ignore_patterns(".*"))
    shutil.copytree(bank_dir, out / SCENARIOS, ignore=shutil.ignore_patterns(f"{POST_TEST_MODULE}.yaml"))
    _post_test_file(bank_dir / f"{POST_TEST_MODULE}.yaml", out / SCENARIOS / f"{POST_TEST_MODULE}.yaml")
    course = out / SCENARIOS / COURSE_FILE
    course.write_text(
        course.read_text(encoding="utf-8")
        + "# Dealt from the key by `boundarylab learner-dist`.\n"
        + yaml.safe_dump({"post_test_forms": {k: list(v) for k, v in forms.items()}}, sort_keys=False),
        encoding="utf-8",
    )
    load_bank(out / SCENARIOS)  # the copy must load as it is, or nothing is handed out
    return out
