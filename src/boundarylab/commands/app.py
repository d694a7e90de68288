"""`boundarylab app`: the course as a learner app, served by Voilà on this computer only.

The learner sees cards, widgets and charts: Voilà strips every code cell, shows no notebook
chrome, and shows no traceback (a failure inside a widget is a sentence anyway). It opens at the
start notebook, the course home: the profile, and each module's status, minutes, score and a
Resume button. Kernels inherit this process's environment, so the app and
`boundarylab course` share one progress store (BOUNDARYLAB_HOME or the user's data folder).
"""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

TEMPLATE = "boundarylab"
START = "00_start_here.ipynb"  # boundarylab.notebook_builder.START (not imported: it loads nbformat)
SHARE = Path(__file__).resolve().parents[1] / "share"  # share/voila/templates/boundarylab, on JUPYTER_PATH
READY_TIMEOUT_S = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def voila_argv(notebooks: Path, *, port: int, token: str) -> list[str]:
    return [sys.executable, "-m", "voila", str(notebooks),
            "--no-browser",  # Voilà would open the page without the token; we open the tokened URL
            "--Voila.ip=127.0.0.1", f"--port={port}", "--Voila.port_retries=0", f"--token={token}",
            f"--template={TEMPLATE}", "--classic-tree",  # our start page (tree.html), not Voilà's tree app
            "--theme=light", "--strip_sources=True", "--show_tracebacks=False"]


def voila_env() -> dict:
    paths = [str(SHARE), *filter(None, [os.environ.get("JUPYTER_PATH")])]
    return {**os.environ, "JUPYTER_PATH": os.pathsep.join(paths)}


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
    port, token = args.port or free_port(), args.token or secrets.token_urlsafe(24)
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(voila_argv(notebooks, port=port, token=token), cwd=notebooks, env=voila_env(),
                            stdin=subprocess.DEVNULL)
    signal.signal(signal.SIGTERM, lambda *_: proc.terminate())  # stopping the app stops Voilà and its kernels
    try:
        if not wait_ready(proc, base, token):
            print("The course app did not start; the messages above say why.", file=sys.stderr)
            return proc.wait() or 1
        url = f"{base}/voila/render/{START}?token={token}"  # the course home: each module's status and a Resume
        print(f"\nBoundaryLab is open at {url}\nYour progress is saved in {home_dir()}.\n"
              "Keep this window open while you work; press Ctrl+C here to stop.\n", flush=True)
        if not args.no_browser:
            import webbrowser

            webbrowser.open(url)
        return proc.wait()
    except KeyboardInterrupt:  # Ctrl+C reached Voilà too; let it shut its kernels down
        return proc.wait()


def register(sub) -> None:
    p = sub.add_parser("app", help="open the course as a learner app (no code, just the course) in your browser")
    p.add_argument("--notebooks", help="folder of the course notebooks (default: notebooks/ of this course)")
    p.add_argument("--port", type=int, help="port on 127.0.0.1 (default: a free one)")
    p.add_argument("--token", help="access token in the URL (default: a new random one)")
    p.add_argument("--no-browser", action="store_true", help="print the address without opening a browser")
    p.set_defaults(run=_app)
