"""`boundarylab app` without a browser: what it asks Voilà for, the template it ships, its errors."""

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from boundarylab.app_kernels import AT_THE_LATEST_S
from boundarylab.commands.app import OUTPUT_WAIT_S, SHARE, TEMPLATE, free_port, voila_argv, voila_env, wait_ready
from boundarylab.commands.cohort import voila_argv as cohort_argv

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_DIR = SHARE / "voila" / "templates" / TEMPLATE


def test_voila_serves_loopback_only_with_a_token_no_code_and_no_tracebacks(tmp_path):
    argv = voila_argv(tmp_path, port=8123)
    assert argv[:3] == [sys.executable, "-m", "voila"]
    for flag in (
        "--Voila.ip=127.0.0.1",
        "--port=8123",
        "--Voila.auto_token=True",
        "--strip_sources=True",
        "--show_tracebacks=False",
        f"--template={TEMPLATE}",
        "--no-browser",
    ):
        assert flag in argv
    assert voila_env("t0k3n")["JUPYTER_TOKEN"] == "t0k3n"


@pytest.mark.parametrize("argv", [voila_argv, cohort_argv], ids=["app", "cohort"])
def test_voila_waits_for_a_slow_page_output_instead_of_sending_the_page_blank(tmp_path, argv):
    """Parsed by Voilà itself, the command line reaches the executor that runs each page."""
    import nbformat
    from voila.app import Voila
    from voila.execute import VoilaExecutor

    app = Voila()
    app.parse_command_line(argv(tmp_path, port=8123)[3:])
    executor = VoilaExecutor(nbformat.v4.new_notebook(), config=app.config)
    assert executor.iopub_timeout == OUTPUT_WAIT_S > 4 * 10  # nbclient's own wait is 4 s
    assert VoilaExecutor(nbformat.v4.new_notebook()).iopub_timeout == 4


def test_a_learner_server_on_the_hub_waits_as_long_for_a_page_output():
    """deploy/jupyterhub/learner is every hub learner's config folder (on one machine and on Kubernetes)."""
    import nbformat
    from traitlets.config.loader import JSONFileConfigLoader
    from voila.execute import VoilaExecutor

    config = JSONFileConfigLoader(
        "jupyter_server_config.json", str(ROOT / "deploy" / "jupyterhub" / "learner")
    ).load_config()
    assert VoilaExecutor(nbformat.v4.new_notebook(), config=config).iopub_timeout == OUTPUT_WAIT_S


def test_the_template_is_shipped_and_found_on_the_jupyter_path(monkeypatch):
    monkeypatch.setenv("JUPYTER_PATH", "/elsewhere")
    assert voila_env("t")["JUPYTER_PATH"].split(":") == [str(SHARE), "/elsewhere"]
    assert json.loads((TEMPLATE_DIR / "conf.json").read_text()) == {"base_template": "lab"}
    index = (TEMPLATE_DIR / "index.html.j2").read_text()
    assert "<main" in index and "input[type=radio] { width: 24px; height: 24px;" in index
    assert "<main" in (TEMPLATE_DIR / "tree.html").read_text()


def test_the_template_asks_no_cdn_for_anything():
    for path in TEMPLATE_DIR.iterdir():
        assert "https://" not in path.read_text(), path


def test_a_folder_without_notebooks_is_a_sentence(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "boundarylab", "app", "--no-browser", "--notebooks", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1
    assert f"The course notebooks are not in {tmp_path}" in out.stderr
    assert "Traceback" not in out.stderr


def serve_one_page(tmp_path: Path, *flags: str) -> str:
    """Start the app with `flags`, fetch module 1's page as Voilà sends it, give the app the time
    it allows before readying kernels for the other pages, stop; the app's log."""
    port, log = free_port(), tmp_path / "app.log"
    env = {**os.environ, "BOUNDARYLAB_HOME": str(tmp_path / "home"), "JUPYTER_TOKEN": "t"}
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "boundarylab", "app", "--no-browser", "--port", str(port), *flags],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            assert wait_ready(proc, f"http://127.0.0.1:{port}", "t")
            url = f"http://127.0.0.1:{port}/voila/render/01_presence.ipynb?token=t"
            with urllib.request.urlopen(url, timeout=120) as page:
                assert "application/vnd.jupyter.widget-view+json" in page.read().decode()
            time.sleep(AT_THE_LATEST_S + 5)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
    return log.read_text()


def test_less_memory_keeps_no_page_ready_ahead_and_still_serves_pages(tmp_path):
    log = serve_one_page(tmp_path, "--less-memory")
    assert "Kernel started" in log and "pre-heated" not in log and "Kernel pool" not in log
