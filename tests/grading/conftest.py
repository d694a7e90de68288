"""Shared fixtures for the grading tests: the shipped bank and a built course in a temporary folder."""

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from boundarylab.grading.blueprint import find_assignment
from boundarylab.grading.keys import load_key

# The repository's post-test is a public sample: the tests use it as the instructor's key.
KEY = Path(__file__).resolve().parents[2] / "scenarios"


@pytest.fixture(scope="session")
def key_dir():
    return KEY


@pytest.fixture(scope="session")
def bank():
    return load_key(KEY)


@pytest.fixture(scope="session")
def posttest(bank):
    return find_assignment(bank, "posttest-a")


def _pg_bindir():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    return Path(found[-1]) if found else None


@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL server on a Unix socket (shared/recipes/postgres.md): Debian's package is
    installed if missing, never skipped, so CI runs the gradebook on PostgreSQL for real."""
    bindir = _pg_bindir()
    if bindir is None:
        subprocess.run(["apt-get", "install", "-y", "-q", "postgresql"], check=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
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
        subprocess.run(["runuser", "-u", "postgres", "--", *cmd] if as_root else cmd, check=True,
                       stdout=subprocess.DEVNULL)

    data = str(root / "data")
    pg("initdb", "-D", data, "--auth=trust", "-U", "postgres", "--no-sync")
    pg("pg_ctl", "-D", data, "-l", str(root / "server.log"), "-w", "-o",
       f"-c listen_addresses='' -c unix_socket_directories={sock} -c fsync=off", "start")
    try:
        subprocess.run([str(bindir / "createdb"), "-h", str(sock), "-U", "postgres", "gradebook"], check=True)
        yield f"postgresql+psycopg2://postgres@/gradebook?host={sock}"
    finally:
        pg("pg_ctl", "-D", data, "-m", "fast", "-w", "stop")  # our cluster only
        shutil.rmtree(root, ignore_errors=True)
