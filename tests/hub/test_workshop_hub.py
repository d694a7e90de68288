"""A workshop cohort on a real JupyterHub (deploy/jupyterhub/jupyterhub_config.py) on localhost.

Five learners, each with their own home and server. learner1 does what a workshop participant does
in headless Chromium: signs up, is approved by the instructor, signs in, lands on the course's start
notebook, and answers a card through the widgets. The other four open the course and answer a card
through their own kernel (the single-user server's REST and websocket API). Every learner then
fetches the post-test from nbgrader's exchange, answers some items through the assessment widgets
and submits; the instructor collects and grades with `boundarylab grade`. Progress goes to a real
PostgreSQL cohort database, each learner under their own role. The whole workshop runs once; each
test checks one promise of it. The hub is stopped with SIGTERM, then the proxy by its pid.
"""

import asyncio
import concurrent.futures
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from headless import ARTIFACTS, NOT_LOOPBACK
from nbgrader.api import Gradebook

from boundarylab.commands.app import free_port
from boundarylab.grading.config import COURSE_ID, environ_with
from boundarylab.progress import PROGRESS_URL_VARIABLE
from boundarylab.progress_postgres import connect, init_cohort_db

pytestmark = [pytest.mark.hub, pytest.mark.postgres]

ROOT = Path(__file__).resolve().parents[2]
HUB_CONFIG = ROOT / "deploy" / "jupyterhub" / "jupyterhub_config.py"
TEST_CONFIG = Path(__file__).with_name("jupyterhub_test_config.py")
PROXY_VERSION = "5.3.0"  # as in ./run
PROXY_DIR = Path(os.environ.get("BOUNDARYLAB_PROXY_DIR", ROOT / ".cache" / "hub-proxy"))
PROXY = PROXY_DIR / "node_modules" / ".bin" / "configurable-http-proxy"
BIN = Path(sys.executable).parent
LEARNERS = [f"learner{n}" for n in range(1, 6)]
IN_BROWSER = "learner1"
INSTRUCTOR = "instructor"  # the deploy config's default admin
PASSWORD = "a-long-workshop-passphrase-7"
A = "posttest-a"
START_PAGE = "/lab/tree/boundarylab/00_start_here.ipynb"
DEADLINE_S = 300  # generous: two cores, five servers


def proxy_command() -> Path:
    """The pinned proxy from npm, in the cache folder ./run fills; installed here if missing, never skipped."""
    if not PROXY.exists():
        if not shutil.which("npm"):
            pytest.fail(
                "npm is missing: run ./run tests (it installs Debian's npm) or apt-get install -y npm", pytrace=False
            )
        subprocess.run(
            [
                "npm",
                "install",
                "--silent",
                "--no-audit",
                "--no-fund",
                "--prefix",
                str(PROXY_DIR),
                f"configurable-http-proxy@{PROXY_VERSION}",
            ],
            check=True,
        )
    return PROXY


def wait_for(what: str, check, timeout: float = DEADLINE_S, every: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


class Hub:
    """`jupyterhub -f tests/hub/jupyterhub_test_config.py` (which loads the deploy config) on free ports."""

    def __init__(self, tmp: Path, cohort_admin_url: str):
        self.state, self.exchange = tmp / "state", tmp / "exchange"
        self.base = f"http://127.0.0.1:{free_port()}"
        self.token = secrets.token_hex(32)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.log_path = ARTIFACTS / "jupyterhub.log"
        env = {k: v for k, v in os.environ.items() if k != PROGRESS_URL_VARIABLE and not k.startswith("JUPYTER")}
        env.update(
            BOUNDARYLAB_HUB_CONFIG=str(HUB_CONFIG),
            BOUNDARYLAB_HUB_STATE=str(self.state),
            BOUNDARYLAB_HUB_URL=self.base,
            BOUNDARYLAB_EXCHANGE=str(self.exchange),
            BOUNDARYLAB_PROXY=str(proxy_command()),
            BOUNDARYLAB_COHORT_ADMIN_URL=cohort_admin_url,
            HUB_API_PORT=str(free_port()),
            HUB_PROXY_API_PORT=str(free_port()),
            HUB_TEST_TOKEN=self.token,
            PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        )
        self._log = open(self.log_path, "w")  # noqa: SIM115 - open while the hub runs; stop() closes it
        self.proc = subprocess.Popen(
            [str(BIN / "jupyterhub"), "-f", str(TEST_CONFIG)],
            cwd=tmp,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.proxy_pid = None
        try:
            wait_for("the hub's API", self._up, timeout=120)
            self.proxy_pid = int((self.state / "jupyterhub-proxy.pid").read_text())
        except BaseException:
            self.stop()
            raise

    def _up(self) -> bool:
        assert self.proc.poll() is None, f"the hub exited:\n{self.log_path.read_text()[-3000:]}"
        try:
            return self.api("GET", "/") is not None
        except (OSError, urllib.error.HTTPError):
            return False

    def api(self, method: str, path: str, body=None, token: str | None = None):
        req = urllib.request.Request(
            f"{self.base}/hub/api{path}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"token {token or self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=60) as r:
            text = r.read()
        return json.loads(text) if text else {}

    def get(self, path: str, token: str | None = None):
        """A page or a server API call as the token's owner; returns (final URL, body)."""
        req = urllib.request.Request(f"{self.base}{path}", headers={"Authorization": f"token {token or self.token}"})
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.url, r.read()

    def ready(self, user: str) -> bool:
        return bool(self.api("GET", f"/users/{user}")["servers"].get("", {}).get("ready"))

    def stop(self) -> None:
        """SIGTERM to the hub (it stops the learners' servers and its proxy), then the proxy by its pid."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=90)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        if self.proxy_pid and alive(self.proxy_pid):
            os.kill(self.proxy_pid, signal.SIGTERM)
            wait_for("the proxy to stop", lambda: not alive(self.proxy_pid), timeout=30)
        self._log.close()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split(") ")[1].startswith("Z"))


# -- a learner's kernel, driven through their server's API ---------------------------------------
async def _execute(ws_url: str, token: str, code: str, timeout: float) -> str:
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    ws = await websocket_connect(HTTPRequest(ws_url, headers={"Authorization": f"token {token}"}))
    msg_id = uuid.uuid4().hex
    ws.write_message(
        json.dumps(
            {
                "header": {
                    "msg_id": msg_id,
                    "msg_type": "execute_request",
                    "username": "",
                    "session": uuid.uuid4().hex,
                    "version": "5.3",
                    "date": "",
                },
                "parent_header": {},
                "metadata": {},
                "channel": "shell",
                "buffers": [],
                "content": {
                    "code": code,
                    "silent": False,
                    "store_history": False,
                    "user_expressions": {},
                    "allow_stdin": False,
                    "stop_on_error": True,
                },
            }
        )
    )
    out = []
    try:
        while True:
            msg = json.loads(await asyncio.wait_for(ws.read_message(), timeout))
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream":
                out.append(msg["content"]["text"])
            elif msg["msg_type"] == "error":
                out.append("ERROR " + re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(msg["content"]["traceback"])))
            elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return "".join(out)
    finally:
        ws.close()


def run_in_kernel(hub: Hub, user: str, token: str, code: str) -> str:
    kernel = json.loads(
        urllib.request.urlopen(
            urllib.request.Request(
                f"{hub.base}/user/{user}/api/kernels",
                method="POST",
                data=b"{}",
                headers={"Authorization": f"token {token}", "Content-Type": "application/json"},
            ),
            timeout=60,
        ).read()
    )
    ws_url = f"{hub.base.replace('http', 'ws', 1)}/user/{user}/api/kernels/{kernel['id']}/channels"
    try:
        # in a thread of its own: pytest-playwright's sync API keeps an event loop running in this one
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, _execute(ws_url, token, code, timeout=DEADLINE_S)).result()
    finally:
        urllib.request.urlopen(
            urllib.request.Request(
                f"{hub.base}/user/{user}/api/kernels/{kernel['id']}",
                method="DELETE",
                headers={"Authorization": f"token {token}"},
            ),
            timeout=60,
        )


ANSWER_A_CARD = """
import os
from boundarylab.widgets.entry import module_widget, progress_store, course_bank
runner = module_widget("presence")
view = runner.body.children[0]
answer = view.scenario.answer
view.judge.verdict.value = answer.verdict
for p in answer.principles:
    view.judge.boxes[p].value = True
view.judge.check.click()
store = progress_store()
print("STORE", type(store).__name__, len(store.attempts()))
"""

POST_TEST = """
import json, os, subprocess
from pathlib import Path
from boundarylab.grading.cells import answer_widget
from boundarylab.bank import load_bank
home = Path(os.environ["HOME"])
fetched = subprocess.run(["nbgrader", "fetch_assignment", "{a}"], cwd=home, capture_output=True, text=True)
print("FETCH", fetched.returncode, fetched.stderr[-800:].replace(chr(10), " "))
folder = home / "{a}"
notebook = json.loads((folder / "{a}.ipynb").read_text())
items = [c["metadata"]["nbgrader"]["grade_id"] for c in notebook["cells"]
         if c["cell_type"] == "code" and "show(" in "".join(c["source"])]
bank = load_bank("{answers}")  # the learner plays a well-prepared learner: answers from the public sample
for sid in items[:{count}]:
    view = answer_widget("{a}", sid, folder=str(folder)).children[0]
    view.judge.verdict.value = bank.scenarios[sid].answer.verdict
    for p in bank.scenarios[sid].answer.principles:
        view.judge.boxes[p].value = True
    if view.rewrite is not None:
        view.rewrite.text.value = "Thank you for reaching out. I keep client contact to secure channels."
    view.save.click()
saves = json.loads((folder / "responses.json").read_text())["saves"] if {count} else []
print("SAVED", len(saves), "OF", len(items))
submitted = subprocess.run(["nbgrader", "submit", "{a}"], cwd=home, capture_output=True, text=True)
print("SUBMIT", submitted.returncode, submitted.stderr[-800:].replace(chr(10), " "))
"""


def items_answered_by(user: str) -> int:
    return 3 * LEARNERS.index(user)  # learner1 none, learner5 twelve: their scores must rise in that order


# -- learner1 in headless Chromium -----------------------------------------------------------------
def browser_learner(hub: Hub, bank, browser) -> dict:
    """Sign up, be approved, sign in, land on the start notebook, answer a card in module 1."""
    from playwright.sync_api import expect

    from boundarylab.names import principle_title
    from boundarylab.widgets.judge import VERDICT_LABELS

    seen, blocked, contexts = {}, [], []
    try:
        page = context_for(browser, blocked, contexts).new_page()
        sign_up(page, hub, IN_BROWSER)
        expect(page.locator("body")).to_contain_text("sent to the admin", timeout=30_000)
        page.goto(f"{hub.base}/hub/login")
        sign_in(page, IN_BROWSER)
        seen["before approval"] = page.url
        # The instructor (an admin, so approved at sign-up) approves the learner at /hub/authorize.
        instructor = context_for(browser, blocked, contexts).new_page()
        sign_up(instructor, hub, INSTRUCTOR)
        instructor.goto(f"{hub.base}/hub/login?next=%2Fhub%2Fauthorize")
        sign_in(instructor, INSTRUCTOR)
        instructor.goto(f"{hub.base}/hub/authorize/{IN_BROWSER}")
        expect(instructor.locator("body")).to_contain_text(IN_BROWSER)
        instructor.screenshot(path=str(ARTIFACTS / "hub-instructor-authorize.png"), full_page=True)
        page.goto(f"{hub.base}/hub/login")
        sign_in(page, IN_BROWSER)
        page.wait_for_url(re.compile(re.escape(f"/user/{IN_BROWSER}{START_PAGE}")), timeout=DEADLINE_S * 1000)
        seen["landed on"] = page.url
        expect(page.get_by_role("button", name=re.compile(r"\| Idle$"))).to_be_visible(timeout=120_000)
        page.goto(f"{hub.base}/user/{IN_BROWSER}/lab/tree/boundarylab/01_presence.ipynb?reset")  # only this tab open
        expect(page.get_by_role("button", name=re.compile(r"\| Idle$"))).to_be_visible(timeout=120_000)
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        expect(page.locator(".bl-progress")).to_contain_text("Scenario 1 of", timeout=120_000)
        scenario = bank.in_module("presence")[0]
        page.get_by_role("radio", name=VERDICT_LABELS[scenario.answer.verdict], exact=True).check()
        for principle in scenario.answer.principles:
            page.get_by_role("checkbox", name=principle_title(principle), exact=True).check()
        page.get_by_role("button", name="Check my answer").click()
        expect(page.locator(".bl-judge .bl-feedback")).to_contain_text("Right:", timeout=60_000)
        seen["feedback"] = page.locator(".bl-judge .bl-feedback").inner_text()
        seen["scenario"] = scenario.id
        page.screenshot(path=str(ARTIFACTS / "hub-learner-card.png"), full_page=True)
    finally:
        for context in contexts:
            context.close()
    seen["blocked"] = blocked
    return seen


def context_for(browser, blocked: list, contexts: list):
    """A fresh browser profile that may reach only loopback (what it tried otherwise is kept in `blocked`)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    contexts.append(context)
    context.route(NOT_LOOPBACK, lambda route: (blocked.append(route.request.url), route.abort()))
    return context


def sign_up(page, hub: Hub, user: str) -> None:
    page.goto(f"{hub.base}/hub/signup")
    page.locator("#username_input").fill(user)
    page.locator("#password_input").fill(PASSWORD)
    page.locator("#password_confirmation_input").fill(PASSWORD)
    page.locator("#signup_submit").click()
    page.wait_for_load_state()


def sign_in(page, user: str) -> None:
    page.locator("#username_input").fill(user)
    page.locator("#password_input").fill(PASSWORD)
    page.locator("#login_submit").click()
    page.wait_for_load_state()


# -- the workshop, once --------------------------------------------------------------------------
@dataclass
class Workshop:
    hub: Hub
    course: Path
    admin_url: str
    browser: dict = field(default_factory=dict)
    start_pages: dict = field(default_factory=dict)
    kernels: dict = field(default_factory=dict)
    grade_output: str = ""


def run(cmd, cwd, env) -> str:
    out = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=DEADLINE_S)
    assert out.returncode == 0, f"{cmd} failed:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
    return out.stdout + out.stderr


@pytest.fixture(scope="module")
def workshop(tmp_path_factory, create_database, browser):
    from boundarylab.bank import load_bank
    from boundarylab.paths import course_root

    tmp = tmp_path_factory.mktemp("hub")
    admin_url = create_database("workshop")
    init_cohort_db(admin_url)
    course = tmp / "course"  # the instructor's nbgrader course folder
    shutil.copytree(
        ROOT / "grading",
        course,
        ignore=shutil.ignore_patterns(
            "gradebook.db", "release", "submitted", "autograded", "feedback", "exchange", "logs", "roster.csv"
        ),
    )
    hub = Hub(tmp, admin_url)
    w = Workshop(hub, course, admin_url)
    try:
        env = environ_with(None)
        env.pop("BOUNDARYLAB_GRADEBOOK", None)
        env.update(BOUNDARYLAB_EXCHANGE=str(hub.exchange), BOUNDARYLAB_HOME=str(tmp / "instructor"))
        nbgrader = str(BIN / "nbgrader")
        run([nbgrader, "generate_assignment", A], course, env)
        run([nbgrader, "release_assignment", A], course, env)

        w.browser = browser_learner(hub, load_bank(course_root() / "scenarios"), browser)
        others = [u for u in LEARNERS if u != IN_BROWSER]
        hub.api("POST", "/users", {"usernames": others})
        for user in others:
            hub.api("POST", f"/users/{user}/server")
        wait_for("every learner's server", lambda: all(hub.ready(u) for u in LEARNERS))
        for user in LEARNERS:
            token = hub.api("POST", f"/users/{user}/tokens", {"note": "workshop test", "expires_in": 3600})["token"]
            url, _ = hub.get(f"/user/{user}/", token)
            w.start_pages[user] = url
            code = ("" if user == IN_BROWSER else ANSWER_A_CARD) + POST_TEST.format(
                a=A, count=items_answered_by(user), answers=ROOT / "scenarios"
            )
            w.kernels[user] = run_in_kernel(hub, user, token, code)
        run([nbgrader, "collect", A], course, env)
        key = course.parent / "instructor-key"  # the instructor's private key, outside the course folder
        run([sys.executable, "-m", "boundarylab", "key", "--out", str(key)], ROOT, env)
        grade = [sys.executable, "-m", "boundarylab", "grade", A, "--course", str(course), "--key", str(key)]
        w.grade_output = run(grade, ROOT, env)
    finally:
        hub.stop()
    return w


def cohort_rows(admin_url: str, sql: str) -> list:
    conn = connect(admin_url)
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall()
    finally:
        conn.close()


def test_a_learner_signs_up_is_approved_signs_in_and_answers_a_card_in_the_browser(workshop):
    seen = workshop.browser
    assert "/hub/login" in seen["before approval"]  # signed up but not yet approved: no way in
    assert seen["landed on"].endswith(f"/user/{IN_BROWSER}{START_PAGE}")
    assert "Right:" in seen["feedback"]
    assert seen["blocked"] == []
    rows = cohort_rows(workshop.admin_url, "SELECT learner, scenario_id, part FROM attempt WHERE context = 'practice'")
    assert (IN_BROWSER, seen["scenario"], "judgement") in rows


def test_every_learner_opens_the_course_at_the_start_notebook(workshop):
    assert workshop.start_pages == {u: f"{workshop.hub.base}/user/{u}{START_PAGE}" for u in LEARNERS}
    for user in LEARNERS:
        assert (workshop.hub.state / "homes" / user / "boundarylab" / "00_start_here.ipynb").is_file()


def test_each_learners_progress_is_in_the_cohort_database_under_their_own_role(workshop):
    for user in LEARNERS:
        if user != IN_BROWSER:
            assert "STORE PostgresProgressStore 1" in workshop.kernels[user], workshop.kernels[user]
    per_learner = dict(cohort_rows(workshop.admin_url, "SELECT learner, count(*) FROM attempt GROUP BY learner"))
    assert sorted(per_learner) == LEARNERS and all(n >= 1 for n in per_learner.values())
    assert not list((workshop.hub.state / "homes").rglob("progress.sqlite3"))


def test_every_learner_fetches_and_submits_and_the_instructor_grades_them(workshop):
    for user in LEARNERS:
        out = workshop.kernels[user]
        assert "FETCH 0" in out and "SUBMIT 0" in out, out
        assert f"SAVED {items_answered_by(user)} OF" in out, out
    with Gradebook(f"sqlite:///{workshop.course / 'gradebook.db'}", COURSE_ID) as gb:
        scores = {u: gb.find_submission(A, u).score for u in LEARNERS}
    ordered = [scores[u] for u in LEARNERS]
    assert ordered[0] == 0 and ordered == sorted(ordered) and ordered[-1] > ordered[1] > 0, scores


def test_the_hub_its_proxy_and_every_learner_server_are_stopped(workshop):
    assert workshop.hub.proc.poll() is not None
    assert not alive(workshop.hub.proxy_pid)
    homes = str(workshop.hub.state / "homes")
    leftover = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if os.readlink(proc / "cwd").startswith(homes) and alive(int(proc.name)):
                leftover.append(proc.name)
        except OSError:
            continue
    assert leftover == []
