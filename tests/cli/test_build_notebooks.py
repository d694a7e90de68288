import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run([sys.executable, "-m", "boundarylab", *args], cwd=ROOT, capture_output=True, text=True)


def test_check_passes_on_the_committed_notebooks():
    out = run("build-notebooks", "--check")
    assert out.returncode == 0, out.stderr


def test_check_names_a_stale_notebook_and_writes_nothing(tmp_path):
    out = run("build-notebooks", "--out", str(tmp_path), "--check")
    assert out.returncode == 1 and "00_start_here.ipynb is stale" in out.stderr
    assert list(tmp_path.iterdir()) == []


def test_build_writes_the_start_page_and_one_notebook_per_practice_module(tmp_path):
    out = run("build-notebooks", "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names[0] == "00_start_here.ipynb" and names[1] == "01_presence.ipynb" and names[-1] == "09_policy.ipynb"
    assert run("build-notebooks", "--out", str(tmp_path)).stdout.strip().endswith("all notebooks current")
