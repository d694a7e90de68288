"""`boundarylab cohort`: the instructor's live view of one cohort, served by Voilà on this computer.

Served like the learner app (127.0.0.1, a random token), but the token reaches Voilà through the
environment, never the command line, so other users of a shared server cannot read it from the
process list. The page is a one-cell notebook written to a private temporary folder; the
kernel learns which cohort (and provider and key, for certificates) from its environment.
"""

import secrets
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from boundarylab.commands.app import free_port, redirect_page, served, voila_env, wait_ready

TEMPLATE = "boundarylab-cohort"
NOTEBOOK = "cohort.ipynb"
CELL = "# The cohort's live view\nfrom boundarylab.widgets.cohort_view import show_cohort\nshow_cohort();"


def cohort_notebook(folder: Path) -> Path:
    import nbformat

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CELL)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    path = folder / NOTEBOOK
    nbformat.write(nb, path)
    return path


def voila_argv(notebook: Path, port: int) -> list[str]:
    return [sys.executable, "-m", "voila", str(notebook), *served(port, TEMPLATE)]


def _options(args) -> dict | None:
    """The kernel's environment for this cohort, or None after saying what is wrong."""
    from boundarylab.cohort import KEY_ENV, PROGRESS_ENV, PROVIDER_ENV, ProgressFolder, cohort_source
    from boundarylab.progress import StoreError

    try:
        source = cohort_source(args.progress)
        source.ids()  # a folder or database that cannot be read stops here, with its sentence
    except (ValueError, StoreError) as e:
        print(e, file=sys.stderr)
        return None
    env = {PROGRESS_ENV: str(source.root) if isinstance(source, ProgressFolder) else args.progress}
    if bool(args.provider) != bool(args.key):
        print("To issue certificates give both --provider DIR and --key DIR (or neither).", file=sys.stderr)
        return None
    if args.provider:
        from boundarylab.ce.provider import ProviderError, open_provider
        from boundarylab.commands.provider import _post_test_key

        try:
            open_provider(args.provider)
        except ProviderError as e:
            print(e, file=sys.stderr)
            return None
        _post_test_key(args.key)  # a key that does not load stops here, with its sentence
        env.update({PROVIDER_ENV: str(Path(args.provider).resolve()), KEY_ENV: str(Path(args.key).resolve())})
    return env


def _cohort(args) -> int:
    from boundarylab.cohort import PROGRESS_ENV
    from boundarylab.progress_postgres import redacted

    env = _options(args)
    if env is None:
        return 1
    source_name = redacted(env[PROGRESS_ENV])
    port, token = args.port or free_port(), secrets.token_urlsafe(24)
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="boundarylab-cohort-") as tmp:
        notebook = cohort_notebook(Path(tmp))
        proc = subprocess.Popen(
            voila_argv(notebook, port), cwd=tmp, stdin=subprocess.DEVNULL, env={**voila_env(token), **env}
        )
        signal.signal(signal.SIGTERM, lambda *_: proc.terminate())  # stopping the view stops Voilà and its kernel
        try:
            if not wait_ready(proc, base, token):
                print("The live view did not start; the messages above say why.", file=sys.stderr)
                return proc.wait() or 1
            url = f"{base}/?token={token}"
            print(f"\nThe live view of {source_name} is open at {url}\nPress Ctrl+C here to stop.\n", flush=True)
            if not args.no_browser:
                import webbrowser

                webbrowser.open(redirect_page(Path(tmp), url).as_uri())  # the browser's command line holds no token
            return proc.wait()
        except KeyboardInterrupt:
            return proc.wait()


def register(sub) -> None:
    p = sub.add_parser("cohort", help="the instructor's live view of a workshop cohort, in your browser")
    p.add_argument(
        "--progress",
        required=True,
        metavar="SOURCE",
        help="folder with one folder per learner, each holding the learner's progress.sqlite3 "
        "(at its top or in .local/share/boundarylab/, as in JupyterHub home folders), or the "
        "cohort database's owner URL, postgresql://OWNER@HOST/DATABASE",
    )
    p.add_argument("--provider", metavar="DIR", help="provider folder, to issue the cohort's certificates")
    p.add_argument("--key", metavar="DIR", help="the instructor's post-test key folder, to issue certificates")
    p.add_argument("--port", type=int, help="port on 127.0.0.1 (default: a free one)")
    p.add_argument("--no-browser", action="store_true", help="print the address without opening a browser")
    p.set_defaults(run=_cohort)
