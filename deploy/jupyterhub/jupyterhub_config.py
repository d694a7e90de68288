# JupyterHub for a BoundaryLab workshop cohort: every learner gets their own JupyterLab, opened at the
# course's start notebook, nbgrader's exchange for the post-test, and (with a cohort database) their
# progress in PostgreSQL under their own database role. Set-up, command by command: README.md here.
#
#   jupyterhub -f deploy/jupyterhub/jupyterhub_config.py
#
# Everything that differs between machines comes from environment variables (defaults in brackets):
#   BOUNDARYLAB_HUB_STATE         folder for the hub's database, cookie secret, homes, exchange [/srv/boundarylab]
#   BOUNDARYLAB_HUB_URL           address the hub listens on; put TLS in front of it [http://127.0.0.1:8000]
#   BOUNDARYLAB_INSTRUCTOR        the instructor's user name: hub admin, approves sign-ups [instructor]
#   BOUNDARYLAB_EXCHANGE          nbgrader's exchange folder, shared by everyone [$BOUNDARYLAB_HUB_STATE/exchange]
#   BOUNDARYLAB_COHORT_ADMIN_URL  the cohort database owner's PostgreSQL URL; unset: each learner's own SQLite file
#   BOUNDARYLAB_PROXY             the configurable-http-proxy command [configurable-http-proxy]
#   BOUNDARYLAB_START_PAGE        what a learner sees first: "course" (JupyterLab) or "app" (Voila) [course]
import os
import shutil
import sys
from pathlib import Path

c = get_config()  # noqa: F821

HERE = Path(__file__).resolve().parent
STATE = Path(os.environ.get("BOUNDARYLAB_HUB_STATE", "/srv/boundarylab"))
INSTRUCTOR = os.environ.get("BOUNDARYLAB_INSTRUCTOR", "instructor")
EXCHANGE = Path(os.environ.get("BOUNDARYLAB_EXCHANGE", STATE / "exchange"))
COHORT_ADMIN_URL = os.environ.get("BOUNDARYLAB_COHORT_ADMIN_URL", "")
BIN = Path(sys.executable).parent  # the environment holding jupyterhub, jupyterlab and boundarylab
COURSE_FOLDER = "boundarylab"  # the course notebooks' folder in each learner's home
START = "00_start_here.ipynb"
START_PAGES = {"course": f"/lab/tree/{COURSE_FOLDER}/{START}", "app": f"/voila/render/{COURSE_FOLDER}/{START}"}

STATE.mkdir(parents=True, exist_ok=True)
EXCHANGE.mkdir(parents=True, exist_ok=True)
EXCHANGE.chmod(0o777)  # nbgrader: every learner writes their submission into it

# -- the hub and its proxy ----------------------------------------------------------------------
c.JupyterHub.bind_url = os.environ.get("BOUNDARYLAB_HUB_URL", "http://127.0.0.1:8000")
c.JupyterHub.db_url = "sqlite:///" + str(STATE / "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.command = [os.environ.get("BOUNDARYLAB_PROXY", "configurable-http-proxy")]
c.ConfigurableHTTPProxy.pid_file = str(STATE / "jupyterhub-proxy.pid")

# -- who may sign in: NativeAuthenticator, sign-up approved by the instructor ------------------------
# Learners sign up at /hub/signup; the instructor approves each one at /hub/authorize. For an LMS
# (LTI 1.3) see README.md: the authenticator class and its few settings change, nothing else.
from nativeauthenticator import NativeAuthenticator  # noqa: E402
from nativeauthenticator.handlers import LoginHandler as NativeLoginHandler  # noqa: E402


class _NoTimer:
    """Stands in for the statsd client JupyterHub 6 removed (jupyterhub PR 5407)."""

    def timer(self, _name):
        return self

    def start(self):
        return self

    def stop(self, send=True):
        return None


class WorkshopLoginHandler(NativeLoginHandler):
    """NativeAuthenticator 1.3.0's sign-in still times itself with `self.statsd`, gone in JupyterHub 6:
    without this every sign-in fails with a server error."""

    statsd = _NoTimer()


class WorkshopAuthenticator(NativeAuthenticator):
    """NativeAuthenticator (sign-up, approval by an admin), with a sign-in page that works on JupyterHub 6."""

    def get_handlers(self, app):
        return [
            (path, WorkshopLoginHandler if handler is NativeLoginHandler else handler)
            for path, handler in super().get_handlers(app)
        ]


c.JupyterHub.authenticator_class = WorkshopAuthenticator
c.NativeAuthenticator.open_signup = False
c.NativeAuthenticator.minimum_password_length = 10
c.NativeAuthenticator.check_common_password = True
c.NativeAuthenticator.allowed_failed_logins = 5
c.NativeAuthenticator.seconds_before_next_try = 600
c.Authenticator.admin_users = {INSTRUCTOR}
c.Authenticator.allow_all = True  # everyone the authenticator lets in: NativeAuthenticator's approval is the gate

# -- each learner's server ------------------------------------------------------------------------
# SimpleLocalProcessSpawner: one home folder per learner, no system accounts. Every server runs as
# the hub's own system user, so learners are kept apart by JupyterHub, not by the operating system:
# for learners who must not be able to reach each other's files, run the same set-up on Kubernetes
# (README.md, deploy/kubernetes/values.yaml), where each learner's server is its own container.
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = str(STATE / "homes" / "{username}")
c.Spawner.cmd = [str(BIN / "jupyterhub-singleuser")]
c.Spawner.default_url = START_PAGES[os.environ.get("BOUNDARYLAB_START_PAGE", "course")]
c.Spawner.args = [
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
    "--LabApp.extension_manager=readonly",
    "--FileContentsManager.pre_save_hook=boundarylab.labhooks.clear_outputs",  # notebooks reopen clean
]
c.Spawner.environment = {
    "BOUNDARYLAB_EXCHANGE": str(EXCHANGE),
    "JUPYTER_CONFIG_PATH": str(HERE / "learner"),  # nbgrader's exchange as the learner; no instructor tools
    "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
}
c.Spawner.http_timeout = 120
c.Spawner.start_timeout = 120


def prepare_learner(spawner):
    """Before a learner's server starts: a copy of the course in their home (kept if already there,
    so their work stays), and their own cohort-database role and URL if the cohort uses PostgreSQL."""
    from boundarylab.paths import course_root

    home = getattr(spawner, "home_dir", "")
    if home and not (Path(home) / COURSE_FOLDER).exists():
        shutil.copytree(course_root() / "notebooks", Path(home) / COURSE_FOLDER)
    if COHORT_ADMIN_URL:
        from boundarylab.progress_postgres import add_learner

        spawner.environment["BOUNDARYLAB_PROGRESS_URL"] = add_learner(COHORT_ADMIN_URL, spawner.user.name)


c.Spawner.pre_spawn_hook = prepare_learner
