"""Fixtures shared by several test folders: a throwaway PostgreSQL server (shared/recipes/postgres.md)
and the headless Chromium (shared/recipes/browser.md)."""

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from headless import CHROMIUM, CHROMIUM_ARGS


def _pg_bindir():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    return Path(found[-1]) if found else None


@pytest.fixture(scope="session")
def postgres_socket():
    """A PostgreSQL server on a Unix socket only, owner `postgres`, trust authentication; yields the
    socket folder. Debian's package is installed if missing, never skipped, so CI runs it for real."""
    bindir = _pg_bindir()
    if bindir is None:
        subprocess.run(
            ["apt-get", "install", "-y", "-q", "postgresql"],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
        bindir = _pg_bindir()
    root = Path(tempfile.mkdtemp(prefix="pg-"))
    sock = root / "sock"
    sock.mkdir()
    as_root = os.geteuid() == 0
    if as_root:
        for p in (root, sock):
            shutil.chown(p, "postgres", "postgres")

    def pg(*args):
        cmd = [str(bindir / args[0]), *args[1:]]
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *cmd] if as_root else cmd, check=True, stdout=subprocess.DEVNULL
        )

    data = str(root / "data")
    pg("initdb", "-D", data, "--auth=trust", "-U", "postgres", "--no-sync")
    pg(
        "pg_ctl",
        "-D",
        data,
        "-l",
        str(root / "server.log"),
        "-w",
        "-o",
        f"-c listen_addresses='' -c unix_socket_directories={sock} -c fsync=off",
        "start",
    )
    try:
        yield sock
    finally:
        pg("pg_ctl", "-D", data, "-m", "fast", "-w", "stop")  # our cluster only
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def create_database(postgres_socket):
    """Makes a new empty database on the test server; returns its owner's (libpq) URL."""

    def create(name: str) -> str:
        subprocess.run([str(_pg_bindir() / "createdb"), "-h", str(postgres_socket), "-U", "postgres", name], check=True)
        return f"postgresql://postgres@/{name}?host={postgres_socket}"

    return create


@pytest.fixture(scope="session")
def postgres_url(postgres_socket, create_database):
    """nbgrader's gradebook on the test server, as a SQLAlchemy URL."""
    create_database("gradebook")
    return f"postgresql+psycopg2://postgres@/gradebook?host={postgres_socket}"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Launch the system chromium through pytest-playwright's one Playwright (a second sync Playwright
    in the same session fails). A missing browser fails every test: CI never skips silently."""
    if not Path(CHROMIUM).is_file():
        pytest.fail(
            f"chromium not found at {CHROMIUM!r}: run `apt-get install -y chromium` "
            "or set CHROMIUM_PATH (never `playwright install`)",
            pytrace=False,
        )
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}
