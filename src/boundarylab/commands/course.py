"""`boundarylab course`: open JupyterLab at the start notebook, ready for a learner.

Ready means: no news pop-up, no update check, no build prompt (a read-only extension manager),
no restored tabs from another project, and notebooks saved without outputs so they reopen clean.
"""

import json
import os
import sys
from pathlib import Path

START = "00_start_here.ipynb"  # boundarylab.notebook_builder.START (not imported: it loads nbformat)

LAB_SETTINGS = {  # the flags alone do not stop the news toast (recipes/browser.md §4)
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                       "checkForUpdates": False},
}


# The learner course needs none of nbgrader's instructor tools (its menu, "Create Assignment"
# panel and "Validate" button would only confuse); cohorts run nbgrader on their own server.
PAGE_CONFIG = {"disabledExtensions": {"@jupyter/nbgrader": True}}


def default_lab_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path("boundarylab", appauthor=False) / "jupyterlab"


def write_settings(lab_dir: Path) -> Path:
    settings = lab_dir / "lab-settings"
    for rel, value in LAB_SETTINGS.items():
        path = settings / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value), encoding="utf-8")
    (lab_dir / "workspaces").mkdir(parents=True, exist_ok=True)
    page_config = lab_dir / "config" / "labconfig" / "page_config.json"
    page_config.parent.mkdir(parents=True, exist_ok=True)
    page_config.write_text(json.dumps(PAGE_CONFIG), encoding="utf-8")
    return settings


def lab_env(lab_dir: Path) -> dict:
    """This process's environment, plus the course's own Jupyter config folder (page config)."""
    extra = [str(lab_dir / "config")] + [p for p in os.environ.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep) if p]
    return {**os.environ, "JUPYTER_CONFIG_PATH": os.pathsep.join(extra)}


def trust(notebooks: Path) -> None:
    """Sign the course notebooks so JupyterLab opens them as trusted (the same notary database
    the server will use, as this process has the same Jupyter folders)."""
    import nbformat
    from nbformat.sign import NotebookNotary

    notary = NotebookNotary()
    for path in sorted(notebooks.glob("*.ipynb")):
        notary.sign(nbformat.read(path, as_version=4))


def lab_argv(notebooks: Path, lab_dir: Path, *, port: int | None, browser: bool) -> list[str]:
    settings = write_settings(lab_dir)
    argv = [sys.executable, "-m", "jupyterlab",
            f"--ServerApp.root_dir={notebooks}",
            f"--LabApp.default_url=/lab/tree/{START}",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.open_browser={browser}",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
            "--LabApp.extension_manager=readonly",
            f"--LabApp.user_settings_dir={settings}",
            f"--LabApp.workspaces_dir={lab_dir / 'workspaces'}",
            "--FileContentsManager.pre_save_hook=boundarylab.labhooks.clear_outputs"]
    if port is not None:
        argv += [f"--ServerApp.port={port}", "--ServerApp.port_retries=0"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        argv.append("--ServerApp.allow_root=True")  # only as root: Jupyter refuses root otherwise
    return argv


def _course(args) -> int:
    from boundarylab.paths import ROOT_ENV, course_root

    if args.root:  # a learner's course folder (boundarylab learner-dist): kernels read their bank from it
        os.environ[ROOT_ENV] = str(Path(args.root).resolve())
    notebooks = Path(args.notebooks or course_root() / "notebooks").resolve()
    if not (notebooks / START).is_file():
        print(f"The course notebooks are not in {notebooks} ({START} is missing).", file=sys.stderr)
        return 1
    lab_dir = Path(args.lab_dir).resolve() if args.lab_dir else default_lab_dir()
    argv = lab_argv(notebooks, lab_dir, port=args.port, browser=not args.no_browser)
    trust(notebooks)
    os.chdir(notebooks)
    os.execve(argv[0], argv, lab_env(lab_dir))  # hand over to JupyterLab: Ctrl+C and signals reach it directly
    return 0  # not reached


def register(sub) -> None:
    p = sub.add_parser("course", help="open the course in JupyterLab at the start notebook")
    p.add_argument("--root", help="a learner's course folder written by `boundarylab learner-dist`")
    p.add_argument("--notebooks", help="folder of the course notebooks (default: notebooks/ of this course)")
    p.add_argument("--lab-dir", help="where JupyterLab keeps this course's settings and workspaces")
    p.add_argument("--port", type=int, help="port to serve on (default: the first free one from 8888)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser tab")
    p.set_defaults(run=_course)
