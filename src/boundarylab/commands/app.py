"""`boundarylab app`: the course as a learner app, served by Voilà on this computer only.

The learner sees cards, widgets and charts: Voilà strips every code cell, shows no notebook
chrome, and shows no traceback (a failure inside a widget is a sentence anyway). It opens at the
start notebook, the course home: the profile, and each module's status, minutes, score and a
Resume button. Kernels inherit this process's environment, so the app and
`boundarylab course` share one progress store (BOUNDARYLAB_HOME or the user's data folder).

The access token never appears on a command line, where any local user can read it with `ps`:
Voilà gets it in its environment (JUPYTER_TOKEN, readable only by the learner), and the browser
is pointed at a redirect page in a private folder, as JupyterLab does, not at the tokened URL.
"""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

TEMPLATE = "boundarylab"
START = "00_start_here.ipynb"  # boundarylab.notebook_builder.START (not imported: it loads nbformat)
SHARE = Path(__file__).resolve().parents[1] / "share"  # share/voila/templates/boundarylab, on JUPYTER_PATH
READY_TIMEOUT_S = 120
# Each page is run ahead of time in a kernel kept ready for it, up to `until_opened`, so it opens
# without waiting for a kernel and imports; the kernels are readied one at a time (app_kernels).
# Not the start page (opened as the app starts, while the others are readied) nor the post-test
# (opened once or twice in a course): each ready kernel holds about 100 MB.
READIED = [
    "--preheat_kernel=True",
    "--pool_size=1",
    f"--VoilaKernelManager.preheat_denylist={START.removesuffix('.ipynb')}",
    "--VoilaKernelManager.preheat_denylist=_assessment.ipynb",  # the post-test notebook (notebook_builder)
    "--VoilaConfiguration.multi_kernel_manager_class=boundarylab.app_kernels.ReadiedInTurn",
]
# How long Voilà waits, once a cell has run, for that cell's output (the page's widgets) to arrive.
# nbclient's default is 4 s; on a busy two-core laptop the output came later than that, and Voilà
# sent the page without its widgets, blank for good (seen while the next pages' kernels were readied).
OUTPUT_WAIT_S = 60
TOKEN_ENV = "JUPYTER_TOKEN"  # Jupyter's own variable: read by Voilà, and by this command if set


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def served(port: int, template: str) -> list[str]:
    """Voilà's flags for every page the course serves: loopback only, a token (from TOKEN_ENV, see
    voila_env), no code, no tracebacks, and time for a slow page's output."""
    return [
        "--no-browser",  # Voilà would open the page without the token; the command opens the tokened URL
        "--Voila.ip=127.0.0.1",
        f"--port={port}",
        "--Voila.port_retries=0",
        "--Voila.auto_token=True",
        f"--template={template}",
        "--theme=light",
        "--strip_sources=True",
        "--show_tracebacks=False",
        f"--VoilaExecutor.iopub_timeout={OUTPUT_WAIT_S}",
    ]


def voila_argv(notebooks: Path, *, port: int, readied: bool = True) -> list[str]:
    return [
        sys.executable,
        "-m",
        "voila",
        str(notebooks),
        *served(port, TEMPLATE),
        "--classic-tree",  # our start page (tree.html), not Voilà's tree app
        *(READIED if readied else []),
    ]


def voila_env(token: str) -> dict:
    paths = [str(SHARE), *filter(None, [os.environ.get("JUPYTER_PATH")])]
    return {**os.environ, "JUPYTER_PATH": os.pathsep.join(paths), TOKEN_ENV: token}


def redirect_page(folder: Path, url: str) -> Path:
    """A page only the learner can read that sends the browser on to `url`, so the browser's own
    command line holds a file name, not the token."""
    page = folder / "open-boundarylab.html"
    fd = os.open(page, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(
            f'<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={url}">'
            f'<title>BoundaryLab</title><p><a href="{url}">Open BoundaryLab</a></p>'
        )
    return page


def wait_ready(proc: subprocess.Popen, base: str, token: str, timeout: float = READY_TIMEOUT_S) -> bool:
    """True once Voilà answers (probing a static path: the start page would start nothing, but a
    notebook page would start a kernel); False if it exited first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(f"{base}/voila/static/?token={token}", timeout=2):
                return True
        except urllib.error.HTTPError as e:
            if e.code < 500:
                return True
        except OSError:
            pass
        time.sleep(0.25)
    return proc.poll() is None


def _app(args) -> int:
    from boundarylab.paths import course_root
    from boundarylab.progress import home_dir

    notebooks = Path(args.notebooks or course_root() / "notebooks").resolve()
    if not any(notebooks.glob("*.ipynb")):
        print(f"The course notebooks are not in {notebooks}: give the folder with --notebooks.", file=sys.stderr)
        return 1
    return serve(
        notebooks,
        START,  # the course home: each module's status and a Resume
        port=args.port,
        open_browser=not args.no_browser,
        message=f"BoundaryLab is open at {{url}}\nYour progress is saved in {home_dir()}.",
        readied=not args.less_memory,
    )


def serve(
    notebooks: Path, page: str, *, port: int | None, open_browser: bool, message: str, readied: bool = True
) -> int:
    """Serve `notebooks` with Voilà on 127.0.0.1 until Ctrl+C, printing `message` (with {url}, the
    tokened address of `page`) once it answers, and opening the browser unless told not to."""
    port, token = port or free_port(), os.environ.get(TOKEN_ENV) or secrets.token_urlsafe(24)
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        voila_argv(notebooks, port=port, readied=readied), cwd=notebooks, env=voila_env(token), stdin=subprocess.DEVNULL
    )
    signal.signal(signal.SIGTERM, lambda *_: proc.terminate())  # stopping the app stops Voilà and its kernels
    private = Path(tempfile.mkdtemp(prefix="boundarylab-app-"))  # mode 0700
    try:
        if not wait_ready(proc, base, token):
            print("The course app did not start; the messages above say why.", file=sys.stderr)
            return proc.wait() or 1
        url = f"{base}/voila/render/{page}?token={token}"
        print(
            f"\n{message.format(url=url)}\nKeep this window open while you work; press Ctrl+C here to stop.\n",
            flush=True,
        )
        if open_browser:
            import webbrowser

            webbrowser.open(redirect_page(private, url).as_uri())
        return proc.wait()
    except KeyboardInterrupt:  # Ctrl+C reached Voilà too; let it shut its kernels down
        return proc.wait()
    finally:
        shutil.rmtree(private, ignore_errors=True)


def register(sub) -> None:
    p = sub.add_parser("app", help="open the course as a learner app (no code, just the course) in your browser")
    p.add_argument("--notebooks", help="folder of the course notebooks (default: notebooks/ of this course)")
    p.add_argument("--port", type=int, help="port on 127.0.0.1 (default: a free one)")
    p.add_argument("--no-browser", action="store_true", help="print the address without opening a browser")
    p.add_argument(
        "--less-memory",
        action="store_true",
        help="keep no page ready ahead of time: about 1 GB less memory, each page about half a second slower",
    )
    p.set_defaults(run=_app)
