"""deploy/kubernetes/values.yaml is a valid Zero to JupyterHub values file (by `helm template` where
helm is installed, otherwise against the chart's own values schema, vendored in z2jh/ from
jupyterhub/zero-to-jupyterhub-k8s commit 48ea50e, BSD-3-Clause, descriptions removed) and sets the
course up as the one-machine hub config does."""

import json
import runpy
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
VALUES = ROOT / "deploy" / "kubernetes" / "values.yaml"
SCHEMA = Path(__file__).parent / "z2jh" / "values.schema.json"


def partial_values_schema() -> dict:
    """The chart's schema without `required`: a values file holds only what it changes, and helm
    merges it over the chart's defaults before it validates."""

    def drop_required(node):
        if isinstance(node, dict):
            return {k: drop_required(v) for k, v in node.items() if k != "required"}
        if isinstance(node, list):
            return [drop_required(v) for v in node]
        return node

    return drop_required(json.loads(SCHEMA.read_text()))


def problems(values: dict) -> list[str]:
    validator = jsonschema.Draft7Validator(partial_values_schema())
    return [f"{'.'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(values)]


@pytest.fixture(scope="module")
def values():
    return yaml.safe_load(VALUES.read_text())


def test_the_values_file_is_valid_for_the_chart(values):
    assert problems(values) == []
    chart = "jupyterhub/jupyterhub"  # the chart repository as the guide adds it: `helm repo add jupyterhub ...`
    if shutil.which("helm") and subprocess.run(["helm", "show", "chart", chart], capture_output=True).returncode == 0:
        subprocess.run(
            ["helm", "template", "workshop", chart, "--values", str(VALUES)], check=True, capture_output=True
        )


def test_a_misspelt_setting_is_caught(values):
    misspelt = {**values, "singleuser": {**values["singleuser"], "defaultURL": "/lab"}}
    assert any("defaultURL" in p for p in problems(misspelt))


def test_kubernetes_serves_the_course_as_the_one_machine_hub_does(values, tmp_path, monkeypatch):
    monkeypatch.setenv("BOUNDARYLAB_HUB_STATE", str(tmp_path))
    hub = runpy.run_path(
        str(ROOT / "deploy" / "jupyterhub" / "jupyterhub_config.py"),
        init_globals={"get_config": lambda: __import__("traitlets.config").config.Config()},
    )
    c = hub["c"]
    assert values["singleuser"]["defaultUrl"] == c.Spawner.default_url
    assert values["hub"]["config"]["NativeAuthenticator"] == dict(c.NativeAuthenticator)
    config_path = values["singleuser"]["extraEnv"]["JUPYTER_CONFIG_PATH"]
    assert (
        config_path.startswith("/opt/boundarylab/") and (ROOT / config_path.removeprefix("/opt/boundarylab/")).is_dir()
    )
    assert "add_learner" in values["hub"]["extraConfig"]["boundarylab-progress"]
