"""Read a text box only once it holds what the learner typed.

Widget state and button clicks travel to the kernel as separate messages, and a click can
overtake the text typed just before it, even with continuous_update=False (it happened in about
one run in three of the browser test that types and clicks at once). With continuous_update=False
the kernel holds either the whole old text or the whole new one, never part of it, so a click that
finds the box unchanged since the last use waits briefly for new text before it runs.
"""

import threading

GRACE_SECONDS = 1.0


class SettledText:
    def __init__(self, box, grace: float = GRACE_SECONDS):
        self.box, self.grace = box, grace
        self.last_used = box.value
        self._waiting = None  # (timer, action) while a click waits for the browser's text
        self._lock = threading.Lock()
        box.observe(self._text_arrived, "value")

    def run(self, action) -> None:
        """Call `action()` now, or as soon as new text arrives (at most `grace` seconds later)."""
        with self._lock:
            if self.box.value == self.last_used and self._waiting is None:
                timer = threading.Timer(self.grace, self._release)
                self._waiting = (timer, action)
                timer.start()
                return
        self._go(action)

    def _text_arrived(self, _change) -> None:
        self._release()

    def _release(self) -> None:
        with self._lock:
            waiting, self._waiting = self._waiting, None
        if waiting:
            timer, action = waiting
            timer.cancel()
            self._go(action)

    def _go(self, action) -> None:
        self.last_used = self.box.value
        action()
