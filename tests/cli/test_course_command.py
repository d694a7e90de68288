"""`boundarylab course`: JupyterLab at the start notebook, ready for a learner."""

import json
import os

import pytest

from boundarylab.commands import course
from boundarylab.labhooks import clear_outputs, with_kernel_language


def test_the_lab_starts_at_the_start_notebook_without_news_or_update_checks(tmp_path):
    argv = course.lab_argv(tmp_path / "notebooks", tmp_path / "lab", port=8890, token="t0k", browser=False)
    assert "--LabApp.default_url=/lab/tree/00_start_here.ipynb" in argv
    assert f"--ServerApp.root_dir={tmp_path / 'notebooks'}" in argv
    assert "--LabApp.news_url=None" in argv and "--LabApp.extension_manager=readonly" in argv
    assert "--ServerApp.open_browser=False" in argv and "--ServerApp.port=8890" in argv
    settings = tmp_path / "lab" / "lab-settings" / "@jupyterlab/apputils-extension/notification.jupyterlab-settings"
    assert json.loads(settings.read_text()) == {"fetchNews": "false", "checkForUpdates": False}
    assert (tmp_path / "lab" / "workspaces").is_dir()
    page = json.loads((tmp_path / "lab" / "config" / "labconfig" / "page_config.json").read_text())
    assert {
        "@jupyter/nbgrader",
        "@jupyterlab/debugger-extension",
        "@jupyterlab/cell-toolbar-extension",
        "@voila-dashboards/jupyterlab-preview",
    } <= set(page["disabledExtensions"])  # a learner layout
    toolbar = tmp_path / "lab" / "lab-settings" / "@jupyterlab/notebook-extension/panel.jupyterlab-settings"
    assert {"name": "cellType", "disabled": True} in json.loads(toolbar.read_text())["toolbar"]
    assert "--LabApp.custom_css=True" in argv and (tmp_path / "lab" / "custom" / "custom.css").is_file()
    assert course.lab_env(tmp_path / "lab")["JUPYTER_CONFIG_PATH"].startswith(str(tmp_path / "lab" / "config"))


@pytest.mark.parametrize("uid, expected", [(0, True), (1000, False)])
def test_allow_root_is_added_only_when_running_as_root(tmp_path, monkeypatch, uid, expected):
    monkeypatch.setattr(os, "geteuid", lambda: uid)
    argv = course.lab_argv(tmp_path, tmp_path / "lab", port=8890, token="t0k", browser=True)
    assert ("--ServerApp.allow_root=True" in argv) is expected


def test_the_learners_progress_home_is_left_to_the_learner(tmp_path, monkeypatch):
    monkeypatch.delenv("BOUNDARYLAB_HOME", raising=False)
    argv = course.lab_argv(tmp_path, tmp_path / "lab", port=8890, token="t0k", browser=True)
    assert not any("BOUNDARYLAB_HOME" in a for a in argv) and "BOUNDARYLAB_HOME" not in os.environ


def test_a_missing_start_notebook_is_a_sentence(tmp_path, capsys):
    from boundarylab.cli import main

    assert main(["course", "--notebooks", str(tmp_path), "--lab-dir", str(tmp_path / "lab")]) == 1
    assert "00_start_here.ipynb is missing" in capsys.readouterr().err


def test_notebooks_are_saved_without_outputs_so_they_reopen_clean():
    model = {
        "type": "notebook",
        "content": {
            "metadata": {"boundarylab": {"clear_outputs_on_save": True}},
            "cells": [
                {"cell_type": "code", "outputs": [{"output_type": "display_data"}], "execution_count": 3},
                {"cell_type": "markdown", "source": "# Hi"},
            ],
        },
    }
    clear_outputs(model, path="01_presence.ipynb", contents_manager=None)
    assert model["content"]["cells"][0]["outputs"] == [] and model["content"]["cells"][0]["execution_count"] is None
    assert model["content"]["cells"][1] == {"cell_type": "markdown", "source": "# Hi"}
    other = {"type": "file", "content": "text"}
    clear_outputs(other)
    assert other == {"type": "file", "content": "text"}


def test_notebooks_that_do_not_ask_keep_their_outputs():
    cells = [{"cell_type": "code", "outputs": [{"output_type": "stream"}], "execution_count": 1}]
    model = {"type": "notebook", "content": {"metadata": {}, "cells": cells}}
    clear_outputs(model)
    assert model["content"]["cells"][0]["execution_count"] == 1


def test_the_course_notebooks_are_signed_as_trusted(tmp_path, monkeypatch):
    import shutil

    import nbformat
    from nbformat.sign import NotebookNotary

    from boundarylab.paths import course_root

    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "data"))
    shutil.copytree(course_root() / "notebooks", tmp_path / "nb")
    course.trust(tmp_path / "nb")
    notary = NotebookNotary()
    for path in (tmp_path / "nb").glob("*.ipynb"):
        assert notary.check_signature(nbformat.read(path, as_version=4)), path.name


def test_the_terminal_shows_one_line_with_the_address_and_the_server_logs_to_a_file(tmp_path):
    import shutil
    import signal
    import subprocess
    import sys
    import time
    import urllib.request

    from boundarylab.commands.app import free_port
    from boundarylab.paths import course_root

    shutil.copytree(course_root() / "notebooks", tmp_path / "nb")
    port, env = (
        free_port(),
        {
            **os.environ,
            "JUPYTER_TOKEN": "t0k",
            "JUPYTER_CONFIG_DIR": str(tmp_path / "cfg"),
            "JUPYTER_DATA_DIR": str(tmp_path / "data"),
            "JUPYTER_RUNTIME_DIR": str(tmp_path / "rt"),
            "BOUNDARYLAB_HOME": str(tmp_path / "home"),
        },
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "boundarylab",
            "course",
            "--notebooks",
            str(tmp_path / "nb"),
            "--lab-dir",
            str(tmp_path / "lab"),
            "--port",
            str(port),
            "--no-browser",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token=t0k", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
    finally:
        proc.send_signal(signal.SIGTERM)
        out = proc.communicate(timeout=30)[0]
    assert out.splitlines() == [
        f"BoundaryLab is open at http://127.0.0.1:{port}/lab?token=t0k (Ctrl+C here stops "
        f"it; messages go to {tmp_path / 'lab' / 'jupyterlab.log'})"
    ]
    assert "Jupyter Server" in (tmp_path / "lab" / "jupyterlab.log").read_text()


def test_a_course_notebook_reaches_the_lab_with_the_kernels_language_details():
    model = {"type": "notebook", "content": {"metadata": {"kernelspec": {"language": "python"}}}}
    with_kernel_language(model)
    assert model["content"]["metadata"]["language_info"]["pygments_lexer"] == "ipython3"  # nothing left to change
    directory = {"type": "directory", "content": []}
    with_kernel_language(directory)
    assert directory == {"type": "directory", "content": []}
