"""What a learner waits for, in real Chromium against `boundarylab app` (Voilà): from opening a
module's page to its first card, and from opening the progress page to its charts, beside an empty
notebook opened in the same run (Voilà's own floor: a kernel and a page, nothing of ours) and a
notebook showing one ipywidgets label (the floor of any page with widgets: their scripts load).
Targets (issue 15): a module under 1.5 s, the progress page under 2 s.

    PYTHONPATH=src python benchmarks/pages.py [--runs 3] [--pause 5] [--less-memory]
"""

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from boundarylab.commands.app import free_port
from boundarylab.paths import course_root

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def notebook(source: str) -> dict:
    return {
        "cells": [
            {
                "cell_type": "code",
                "execution_count": None,
                "id": "only",
                "metadata": {},
                "outputs": [],
                "source": source,
            }
        ],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }


FLOORS = {
    "empty.ipynb": notebook("print('ready')"),
    "one_widget.ipynb": notebook("import ipywidgets\nipywidgets.Label('ready')"),
}
PAGES = {  # page -> what says it is ready for the learner: (selector, how many shown)
    "empty notebook": ("empty.ipynb", "#rendered_cells .jp-OutputArea-output", 1),
    "one-widget notebook": ("one_widget.ipynb", ".widget-label", 1),
    "module 1 (first card)": ("01_presence.ipynb", ".bl-runner .bl-title", 1),
    "progress page (charts)": ("my_progress.ipynb", ".bl-chart img", 5),  # all five charts
}
SHOWN = "([sel, n]) => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length).length >= n"


def start_app(root: Path, *flags: str) -> tuple[subprocess.Popen, str]:
    notebooks = root / "notebooks"
    shutil.copytree(course_root() / "notebooks", notebooks)
    for name, content in FLOORS.items():
        (notebooks / name).write_text(json.dumps(content))
    port, token = free_port(), "bench"
    env = {
        **os.environ,
        "BOUNDARYLAB_HOME": str(root / "home"),
        "JUPYTER_TOKEN": token,
        "JUPYTER_CONFIG_DIR": str(root / "config"),
        "JUPYTER_DATA_DIR": str(root / "data"),
        "JUPYTER_RUNTIME_DIR": str(root / "runtime"),
    }
    subprocess.run(
        [sys.executable, "-m", "boundarylab", "demo-learner", "--home", str(root / "home")],
        env=env,
        check=True,
        capture_output=True,
    )  # a realistic history, so the charts have data
    log = open(root / "app.log", "w")  # noqa: SIM115 - the app writes to it for as long as it runs
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "boundarylab",
            "app",
            "--no-browser",
            "--port",
            str(port),
            "--notebooks",
            str(notebooks),
            *flags,
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while f"?token={token}" not in (root / "app.log").read_text() and time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the app exited; see {root / 'app.log'}")
        time.sleep(0.25)
    return proc, f"{base}/voila/render/{{}}?token={token}"


def seconds_to(page, url: str, ready: str, count: int) -> float:
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(SHOWN, arg=[ready, count], timeout=120_000, polling="raf")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--pause", type=float, default=5, help="seconds between pages, as a learner reads (the app readies the next)"
    )
    parser.add_argument("--less-memory", action="store_true", help="the app as `boundarylab app --less-memory`")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start_app(Path(tmp), *(["--less-memory"] if args.less_memory else []))
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                page = browser.new_page(viewport={"width": 1366, "height": 900})
                page.route(
                    "**/*", lambda r: r.abort() if not r.request.url.startswith("http://127.0.0.1") else r.continue_()
                )
                first = seconds_to(page, url.format("00_start_here.ipynb"), ".bl-overview", 1)
                times = {name: [] for name in PAGES}
                for _ in range(args.runs):
                    for name, (nb, ready, count) in PAGES.items():
                        time.sleep(args.pause)
                        times[name].append(seconds_to(page, url.format(nb), ready, count))
                browser.close()
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
    print(f"start page, opened as the app starts (while it readies the other pages): {first:.2f} s")
    if not args.runs:
        return
    floor = statistics.median(times["empty notebook"])
    print(f"{'page':26} {'median s':>9} {'min s':>7} {'max s':>7} {'minus empty':>12}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:26} {median:9.2f} {min(values):7.2f} {max(values):7.2f} {median - floor:12.2f}")


if __name__ == "__main__":
    main()
