"""The post-test key: a bank folder (scenarios YAML, course.yml, sources.yaml) whose post-test
items carry their answers. It stays with the instructor and the provider.

The key is only ever read from an explicit absolute path: `--key DIR`, or BOUNDARYLAB_KEY in the
instructor's environment. It is never searched for from a working folder (a learner's submission
could hold a `scenarios/` folder) and never taken from the course folder's `source/`, `release/`,
`submitted/`, `autograded/` or `feedback/` (nbgrader copies those to learners). The repository's
own `scenarios/` is a public sample: anyone may read it, so it grants no credit of its own.
"""

import functools
import os
import shutil
from pathlib import Path

from boundarylab.bank import Bank, BankError, load_bank
from boundarylab.forms import POST_TEST_MODULE

KEY_ENV = "BOUNDARYLAB_KEY"
LEARNER_FOLDERS = ("source", "release", "submitted", "autograded", "feedback", "exchange", "downloaded")


class KeyMissing(Exception):
    """The key cannot be used; the message says what to do."""


HOW = "start one from the public sample with `boundarylab key --out DIR`, then pass `--key DIR`"


def key_dir(given=None, course=None) -> Path:
    """The key folder named by `--key` or BOUNDARYLAB_KEY: absolute, existing, and not inside a
    folder of the nbgrader course that learners' files pass through."""
    raw = given or os.environ.get(KEY_ENV)
    if not raw:
        raise KeyMissing(f"This needs the post-test key: {HOW} (or set {KEY_ENV} to its absolute path).")
    path = Path(raw).expanduser()
    if not path.is_absolute():
        raise KeyMissing(
            f"The key folder must be given as an absolute path (got '{raw}'), so it can never be "
            "taken from whatever folder a command runs in."
        )
    if not (path / "course.yml").is_file():
        raise KeyMissing(f"{path} is not a key folder (it has no course.yml): {HOW}.")
    if course is not None:
        course = Path(course).resolve()
        for name in LEARNER_FOLDERS:
            if path.resolve().is_relative_to(course / name):
                raise KeyMissing(
                    f"The key folder {path} is inside the course's {name}/ folder, which nbgrader "
                    "shares with learners: keep the key outside the course folder."
                )
    return path


@functools.lru_cache(maxsize=4)
def _load(path: str) -> Bank:
    return load_bank(path)


def load_key(folder) -> Bank:
    """The bank in the key folder, every post-test item with its answer (loaded once per process)."""
    path = Path(folder).resolve()
    try:
        bank = _load(str(path))
    except BankError as e:
        raise KeyMissing(f"The key in {path} has {len(e.problems)} problem(s); the first: {e.problems[0]}") from None
    keyless = [s.id for s in bank.in_module(POST_TEST_MODULE) if s.answer is None]
    if keyless:
        raise KeyMissing(
            f"{path} holds post-test items without their answers ({', '.join(keyless[:3])}…): that is "
            f"a learner's copy, not the key. {HOW[0].upper() + HOW[1:]}."
        )
    return bank


def write_key(bank_dir: Path, out: Path) -> Path:
    """A private key folder started from `bank_dir` (the repository's public sample)."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise KeyMissing(f"{out} is not empty; choose a new folder for the key.")
    shutil.copytree(bank_dir, out, dirs_exist_ok=True, ignore=shutil.ignore_patterns("policy-builder"))
    out.chmod(0o700)
    return out
