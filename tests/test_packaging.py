"""pyproject.toml and environment.yml declare the same dependencies; the schema is current."""

import re
import tomllib
from pathlib import Path

import yaml

from boundarylab.bank.schema import schema_is_current

ROOT = Path(__file__).resolve().parents[1]


def normalised(requirement: str) -> tuple[str, str]:
    name, spec = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", requirement).groups()
    return re.sub(r"[-_.]+", "-", name).lower(), spec.replace(" ", "")


def test_environment_yml_matches_pyproject_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = [d for d in env["dependencies"] if isinstance(d, str) and normalised(d)[0] not in ("python", "pip")]
    pip = [d for d in next(d["pip"] for d in env["dependencies"] if isinstance(d, dict)) if d != "-e ."]
    test_extra = project["optional-dependencies"]["test"]
    hub = [d for d in test_extra if normalised(d)[0].startswith("jupyterhub")]
    checkers = [d for d in test_extra if normalised(d)[0] in ("ruff", "pyright")]
    assert sorted(map(normalised, conda + pip)) == sorted(map(normalised, project["dependencies"] + hub + checkers))
    assert {name for name, _ in map(normalised, checkers)} == {"ruff", "pyright"}
    assert {name for name, _ in map(normalised, hub)} == {"jupyterhub", "jupyterhub-nativeauthenticator"}
    assert {"name": "boundarylab"}.items() <= env.items()
    assert min(project["requires-python"].lstrip(">=").split(".")) and "python>=3.11" in env["dependencies"]


def test_environment_yml_installs_the_package_itself():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip


def test_scenario_schema_is_generated_from_the_current_models():
    assert schema_is_current(ROOT / "scenarios" / "schema.json"), "run `boundarylab schema` and commit the result"
