"""The core imports nothing from Jupyter: it must work in a plain process, without a kernel."""

import subprocess
import sys

CORE = [
    "boundarylab.bank",
    "boundarylab.scoring",
    "boundarylab.progress",
    "boundarylab.forms",
    "boundarylab.course",
    "boundarylab.vocab",
    "boundarylab.cli",
    "boundarylab.progress_postgres",
    "boundarylab.cohort",
]
OPTIONAL_CORE = ["boundarylab.analysis", "boundarylab.ce", "boundarylab.reports", "boundarylab.workshop.kit"]
JUPYTER = ("ipywidgets", "IPython", "ipykernel", "nbgrader", "jupyterlab", "jupyter_server", "notebook")


def test_core_modules_import_no_jupyter_module():
    code = f"""
import importlib, importlib.util, sys
for name in {CORE!r} + [m for m in {OPTIONAL_CORE!r} if importlib.util.find_spec(m)]:
    importlib.import_module(name)
leaked = sorted(m for m in sys.modules if m.split('.')[0] in {JUPYTER!r})
print(leaked)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
