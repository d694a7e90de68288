"""Work a page can show a moment later (the progress charts, the feedback on an earlier rewrite)
runs on a background thread. The cell then returns at once, the page's text and controls reach the
learner, and the work overlaps the browser's own loading of the page instead of delaying it.

Failures become the sentence of `guard.explain`, shown where the result would have gone.
"""

import threading

from boundarylab.widgets.guard import guarded

_running: list[threading.Thread] = []


def soon(work, show_error) -> None:
    """Run `work()` on a background thread; any error goes to `show_error(sentence)`."""
    thread = threading.Thread(target=guarded(show_error)(work), daemon=True, name="boundarylab-later")
    _running[:] = [t for t in _running if t.is_alive()] + [thread]
    thread.start()


def finished(timeout: float = 30) -> None:
    """Wait for the work started so far (what a learner would see a moment later)."""
    for thread in list(_running):
        thread.join(timeout)
