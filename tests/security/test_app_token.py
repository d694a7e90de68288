"""The app's access token must not be readable by other local users.

Anything on a command line is public on a shared machine: `ps aux` (or /proc/PID/cmdline) shows it
to every user. The test starts `boundarylab app` as a learner does (browser included, recorded by a
stand-in named in BROWSER), opens a module so a kernel starts, and reads the command line of every
process on the machine while the app runs.
"""

import contextlib
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import boundarylab
from boundarylab.commands.app import free_port

ROOT = Path(__file__).resolve().parents[2]
SRC = Path(boundarylab.__file__).parents[1]  # the kernels import the code under test
ADDRESS = re.compile(r"BoundaryLab is open at (http://127\.0\.0\.1:\d+)/\S*\?token=(\S+)")


def _command_lines() -> dict[int, str]:
    lines = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            with contextlib.suppress(OSError):  # ended while we looked
                lines[int(proc.name)] = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    return lines


def _descendants(root: int) -> set[int]:
    parents = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                ppid = re.search(r"^PPid:\s*(\d+)", (proc / "status").read_text(), re.M)
                parents[int(proc.name)] = int(ppid.group(1))
            except (OSError, AttributeError):
                pass
    found, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in found} - found
        found |= more
        grew = bool(more)
    return found


def _wait_for_address(log: Path, proc: subprocess.Popen, timeout: float = 180) -> tuple[str, str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        match = ADDRESS.search(log.read_text(errors="replace"))
        if match:
            return match.group(1), match.group(2)
        assert proc.poll() is None, log.read_text(errors="replace")
        time.sleep(0.25)
    raise TimeoutError(log.read_text(errors="replace"))


def _refused_without_token(url: str) -> bool:
    """The token is still required: a request without it gets an error or the login page."""
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return "/login" in response.url
    except urllib.error.HTTPError as e:
        return e.code in (401, 403)


def test_no_process_the_app_starts_carries_the_token_on_its_command_line(tmp_path):
    browser_log = tmp_path / "browser-argv.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {browser_log}\n')
    browser.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "JUPYTER_TOKEN"}
    env.update(
        {
            "BOUNDARYLAB_HOME": str(tmp_path / "home"),
            "BROWSER": f"{browser} %s",
            "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
            "JUPYTER_DATA_DIR": str(tmp_path / "data"),
            "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
            "IPYTHONDIR": str(tmp_path / "ipython"),
            "JUPYTER_PLATFORM_DIRS": "1",
            "PYTHONPATH": str(SRC),
        }
    )
    log = tmp_path / "app.log"
    with log.open("w") as out:
        app = subprocess.Popen(
            [sys.executable, "-m", "boundarylab", "app", "--port", str(free_port())],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        base, token = _wait_for_address(log, app)
        page = threading.Thread(
            target=lambda: urllib.request.urlopen(
                f"{base}/voila/render/00_start_here.ipynb?token={token}", timeout=120
            ).read(),
            daemon=True,
        )
        page.start()  # a notebook page starts a kernel
        seen, kernel_seen = {}, False
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and (page.is_alive() or not kernel_seen):
            ours = _descendants(app.pid)
            lines = _command_lines()
            seen.update({pid: line for pid, line in lines.items() if pid in ours})
            kernel_seen = kernel_seen or any("ipykernel" in line for line in seen.values())
            leaking = {pid: line for pid, line in lines.items() if token in line}
            assert not leaking, f"the token is on a command line: {leaking}"
            time.sleep(0.2)
        assert kernel_seen, f"no kernel started; processes seen: {seen}"
        assert any("voila" in line for line in seen.values())
        assert _refused_without_token(f"{base}/voila/render/00_start_here.ipynb")
        opened = browser_log.read_text().split()
        assert len(opened) == 1 and token not in opened[0] and opened[0].startswith("file://")
        redirect = Path(opened[0].removeprefix("file://"))
        assert stat.S_IMODE(redirect.stat().st_mode) == 0o600
        assert stat.S_IMODE(redirect.parent.stat().st_mode) == 0o700
        assert f"?token={token}" in redirect.read_text()
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(timeout=60)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(timeout=10)
    assert not redirect.exists(), "the redirect page is removed when the app stops"
