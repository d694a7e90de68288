"""Learners never see a traceback: every button callback runs through `guarded`.

A problem the learner can act on (the progress file cannot be used, a save failed) is shown as
the sentence that explains it; anything unexpected is shown as a short apology, and the detail
goes to a log file beside the progress file so it can be reported.
"""

import functools
import logging
import sqlite3

from boundarylab.progress import StoreError, home_dir

log = logging.getLogger("boundarylab.widgets")
LOG_NAME = "boundarylab.log"
SAVE_FAILED = (
    "Your answer could not be saved just now (the progress file is busy or cannot be "
    "written). Your answer is still on screen: please try again in a moment."
)


def log_path():
    return home_dir() / LOG_NAME


def _log_to_file() -> str:
    """Log to the file beside the current progress file; say where it is (or that it could not be written)."""
    path = log_path()
    current = [h for h in log.handlers if isinstance(h, logging.FileHandler)]
    if current and current[0].baseFilename == str(path.resolve()):
        return f"the details were written to {path}"
    for old in current:  # BOUNDARYLAB_HOME changed since: follow it
        log.removeHandler(old)
        old.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return "the details could not be written to a log file"
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    return f"the details were written to {path}"


def unexpected(error: BaseException) -> str:
    where = _log_to_file()
    log.error("unexpected error in a learner widget", exc_info=error)
    return (
        f"Sorry, something went wrong on our side and this step did not finish; {where}. Your earlier answers are safe."
    )


def explain(error: BaseException) -> str:
    """The sentence for the learner."""
    if isinstance(error, StoreError):
        return str(error)
    if isinstance(error, sqlite3.Error):
        _log_to_file()
        log.warning("progress store error", exc_info=error)
        return SAVE_FAILED
    return unexpected(error)


def guarded(show_error):
    """Decorate a callback so that any error becomes `show_error(sentence)`."""

    def wrap(fn):
        @functools.wraps(fn)
        def run(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except Exception as error:  # noqa: BLE001 - the whole point: nothing reaches the learner raw
                show_error(explain(error))
                return None

        return run

    return wrap
