"""`boundarylab app` without a browser: what it asks Voilà for, the template it ships, its errors."""

import json
import subprocess
import sys
from pathlib import Path

from boundarylab.commands.app import SHARE, TEMPLATE, voila_argv, voila_env

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
