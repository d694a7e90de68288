"""The course's nbgrader configuration: written as `grading/nbgrader_config.py` for the nbgrader
commands, and loaded from that file for BoundaryLab's own commands (NbGraderAPI and the converters
do not read it by themselves: reference/nbgrader.md §11)."""

import os
from pathlib import Path

from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

CONFIG_FILE = "nbgrader_config.py"
COURSE_ID = "boundarylab"
GRADEBOOK_ENV = "BOUNDARYLAB_GRADEBOOK"
EXCHANGE_ENV = "BOUNDARYLAB_EXCHANGE"
CELL_TIMEOUT_S = 60

TEMPLATE = """\
# nbgrader configuration of the BoundaryLab course. Written by `boundarylab build-assignments`:
# change boundarylab/grading/config.py, not this file.
import os

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import ClearHiddenTests, GetGrades

c = get_config()  # noqa: F821
here = os.path.dirname(os.path.abspath(__file__))

c.CourseDirectory.root = here
c.CourseDirectory.course_id = "{course_id}"
# The gradebook: SQLite beside this file on one machine; on JupyterHub set {gradebook_env} to a
# PostgreSQL URL, e.g. postgresql+psycopg2://nbgrader@dbhost/gradebook
c.CourseDirectory.db_url = os.environ.get("{gradebook_env}", "sqlite:///" + os.path.join(here, "gradebook.db"))
# The exchange learners fetch from and submit to; on JupyterHub a shared folder such as /srv/nbgrader/exchange.
c.Exchange.root = os.environ.get("{exchange_env}", os.path.join(here, "exchange"))

# Learners' answers live in responses.json beside the notebook. Autograde copies source files over
# submitted ones; responses.json is never in source/, and this list keeps it safe if it ever is.
c.Autograde.exclude_overwriting = {exclude!r}
# A grading cell deleted from a submission is put back and run instead of waiting for manual grading.
c.OverwriteCells.add_missing_cells = True
# Grading cells only call the scoring engine; a minute is far more than any of them takes.
c.Execute.timeout = {timeout}
# zip_collect: submissions downloaded from an LMS as an archive in downloaded/<assignment>/archive/,
# each file named <student id>_<file name> (the notebook and responses.json).
c.FileNameCollectorPlugin.named_regexp = r".*/(?P<student_id>[A-Za-z0-9.@-]+)_(?P<file_id>[^/_]+\\.ipynb|responses\\.json)$"
c.FileNameCollectorPlugin.valid_ext = [".ipynb", ".json"]
# Feedback shows each grading cell's output (the learner's answer, the best answer, why, sources)
# and no code at all: learners are not programmers, and hidden tests stay hidden.
c.GenerateFeedback.preprocessors = [GetGrades, CSSHTMLHeaderPreprocessor, ClearHiddenTests]
c.GenerateFeedback.HTMLExporter.exclude_input = True
c.GenerateFeedback.HTMLExporter.exclude_input_prompt = True  # no In [ ] or Out[1]: beside the feedback
c.GenerateFeedback.HTMLExporter.exclude_output_prompt = True
"""


def config_text(assignment_names) -> str:
    exclude = {name: ["responses.json"] for name in assignment_names}
    return TEMPLATE.format(
        course_id=COURSE_ID,
        gradebook_env=GRADEBOOK_ENV,
        exchange_env=EXCHANGE_ENV,
        exclude=exclude,
        timeout=CELL_TIMEOUT_S,
    )


def load_config(course: Path, db_url: str | None = None) -> Config:
    """The course's config as nbgrader itself would read it, with root (and the gradebook) set."""
    course = Path(course).resolve()
    if not (course / CONFIG_FILE).exists():
        raise FileNotFoundError(f"{course / CONFIG_FILE} does not exist: run `boundarylab build-assignments` first.")
    cfg = PyFileConfigLoader(CONFIG_FILE, path=str(course)).load_config()
    cfg.CourseDirectory.root = str(course)
    if db_url:
        cfg.CourseDirectory.db_url = db_url
    return cfg


def db_url(cfg: Config) -> str:
    return cfg.CourseDirectory.db_url


def environ_with(db: str | None) -> dict:
    """The environment for nbgrader subprocesses: the gradebook chosen, and the Python's bin on
    PATH (nbgrader runs `alembic` from PATH when it creates a gradebook)."""
    import sys

    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    if db:
        env[GRADEBOOK_ENV] = db
    return env
