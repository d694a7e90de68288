"""`boundarylab course`: open JupyterLab at the start notebook, ready for a learner.

Ready means: no news pop-up, no update check, no build prompt (a read-only extension manager),
no restored tabs from another project, notebooks trusted and saved without outputs so they reopen
clean; a learner layout (share/lab: no instructor tools, debugger, cell toolbar, cell-type menu or
Voila button, hidden cells that stay hidden, lesson text that stays rendered, notebooks never left
marked unsaved); and a quiet terminal: one line with the address,
the server's messages in a log file.
"""

import json
import os
import secrets
import shutil
import sys
from pathlib import Path

from boundarylab.commands.app import free_port

START = "00_start_here.ipynb"  # boundarylab.notebook_builder.START (not imported: it loads nbformat)
LAYOUT_DIR = Path(__file__).resolve().parents[1] / "share" / "lab"  # the learner layout, shipped with the package
LOG_NAME = "jupyterlab.log"  # the server's messages go here, not to the learner's terminal


def learner_layout() -> dict:
    return json.loads((LAYOUT_DIR / "learner-layout.json").read_text(encoding="utf-8"))


def default_lab_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path("boundarylab", appauthor=False) / "jupyterlab"


def write_settings(lab_dir: Path) -> Path:
    """The learner layout into the course's own Jupyter folders: settings, page config, custom CSS."""
    layout, settings = learner_layout(), lab_dir / "lab-settings"
    for rel, value in layout["settings"].items():
        path = settings / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value), encoding="utf-8")
    (lab_dir / "workspaces").mkdir(parents=True, exist_ok=True)
    page_config = lab_dir / "config" / "labconfig" / "page_config.json"
    page_config.parent.mkdir(parents=True, exist_ok=True)
    page_config.write_text(json.dumps(layout["page_config"]), encoding="utf-8")
    custom = lab_dir / "custom"
    custom.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(LAYOUT_DIR / "custom.css", custom / "custom.css")
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


def lab_argv(notebooks: Path, lab_dir: Path, *, port: int, token: str, browser: bool) -> list[str]:
    settings = write_settings(lab_dir)
    argv = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={notebooks}",
        f"--LabApp.default_url=/lab/tree/{START}",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.open_browser={browser}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
        f"--LabApp.user_settings_dir={settings}",
        f"--LabApp.workspaces_dir={lab_dir / 'workspaces'}",
        "--ServerApp.contents_manager_class=boundarylab.labhooks.CourseContents",
        "--FileContentsManager.pre_save_hook=boundarylab.labhooks.clear_outputs",
        "--LabApp.custom_css=True",
        f"--ServerApp.tornado_settings=static_custom_path={lab_dir / 'custom'}",  # not a config option of its own
        f"--IdentityProvider.token={token}",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
    ]
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
    port, token = args.port or free_port(), os.environ.get("JUPYTER_TOKEN") or secrets.token_urlsafe(24)
    argv = lab_argv(notebooks, lab_dir, port=port, token=token, browser=not args.no_browser)
    trust(notebooks)
    os.chdir(notebooks)
    log = lab_dir / LOG_NAME
    print(
        f"BoundaryLab is open at http://127.0.0.1:{port}/lab?token={token} (Ctrl+C here stops it; "
        f"messages go to {log})",
        flush=True,
    )
    quiet(log)
    os.execve(argv[0], argv, lab_env(lab_dir))  # hand over to JupyterLab: Ctrl+C and signals reach it directly
    return 0  # not reached


def quiet(log: Path) -> None:
    """The server's own messages (dozens of lines, nbgrader's warnings) go to a log file: the
    learner's terminal keeps the one line with the address."""
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    for stream in (1, 2):
        os.dup2(fd, stream)
    os.close(fd)


def register(sub) -> None:
    p = sub.add_parser("course", help="open the course in JupyterLab at the start notebook")
    p.add_argument("--root", help="a learner's course folder written by `boundarylab learner-dist`")
    p.add_argument("--notebooks", help="folder of the course notebooks (default: notebooks/ of this course)")
    p.add_argument("--lab-dir", help="where JupyterLab keeps this course's settings and workspaces")
    p.add_argument("--port", type=int, help="port on 127.0.0.1 (default: a free one)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser tab")
    p.set_defaults(run=_course)
