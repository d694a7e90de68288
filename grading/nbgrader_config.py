# nbgrader configuration of the BoundaryLab course. Written by `boundarylab build-assignments`:
# change boundarylab/grading/config.py, not this file.
import os

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import ClearHiddenTests, GetGrades

c = get_config()  # noqa: F821
here = os.path.dirname(os.path.abspath(__file__))

c.CourseDirectory.root = here
c.CourseDirectory.course_id = "boundarylab"
# The gradebook: SQLite beside this file on one machine; on JupyterHub set BOUNDARYLAB_GRADEBOOK to a
# PostgreSQL URL, e.g. postgresql+psycopg2://nbgrader@dbhost/gradebook
c.CourseDirectory.db_url = os.environ.get("BOUNDARYLAB_GRADEBOOK", "sqlite:///" + os.path.join(here, "gradebook.db"))
# The exchange learners fetch from and submit to; on JupyterHub a shared folder such as /srv/nbgrader/exchange.
c.Exchange.root = os.environ.get("BOUNDARYLAB_EXCHANGE", os.path.join(here, "exchange"))

# Learners' answers live in responses.json beside the notebook. Autograde copies source files over
# submitted ones; responses.json is never in source/, and this list keeps it safe if it ever is.
c.Autograde.exclude_overwriting = {'posttest-a': ['responses.json'], 'posttest-b': ['responses.json'], 'quiz-presence': ['responses.json'], 'quiz-clients-online': ['responses.json'], 'quiz-confidentiality': ['responses.json'], 'quiz-messages-and-crisis': ['responses.json'], 'quiz-public-education': ['responses.json'], 'quiz-colleagues': ['responses.json'], 'quiz-self-disclosure': ['responses.json'], 'quiz-repair': ['responses.json'], 'quiz-policy': ['responses.json']}
# A grading cell deleted from a submission is put back and run instead of waiting for manual grading.
c.OverwriteCells.add_missing_cells = True
# Grading cells only call the scoring engine; a minute is far more than any of them takes.
c.Execute.timeout = 60
# zip_collect: submissions downloaded from an LMS as an archive in downloaded/<assignment>/archive/,
# each file named <student id>_<file name> (the notebook and responses.json).
c.FileNameCollectorPlugin.named_regexp = r".*/(?P<student_id>[A-Za-z0-9.@-]+)_(?P<file_id>[^/_]+\.ipynb|responses\.json)$"
c.FileNameCollectorPlugin.valid_ext = [".ipynb", ".json"]
# Feedback shows each grading cell's output (the learner's answer, the best answer, why, sources)
# and no code at all: learners are not programmers, and hidden tests stay hidden.
c.GenerateFeedback.preprocessors = [GetGrades, CSSHTMLHeaderPreprocessor, ClearHiddenTests]
c.GenerateFeedback.HTMLExporter.exclude_input = True
c.GenerateFeedback.HTMLExporter.exclude_input_prompt = True  # no In [ ] or Out[1]: beside the feedback
c.GenerateFeedback.HTMLExporter.exclude_output_prompt = True
