"""A progress line for long batches (nbgrader has none: jupyter/nbgrader#1456)."""

import sys
import time


class ProgressBar:
    def __init__(self, total: int, label: str, stream=None, width: int = 30):
        self.total, self.label, self.width = total, label, width
        self.stream = stream or sys.stderr
        self.tty = getattr(self.stream, "isatty", lambda: False)()
        self.started = time.perf_counter()
        self.done = 0
        self._last_tenth = -1

    def update(self, what: str = "") -> None:
        self.done += 1
        elapsed = time.perf_counter() - self.started
        rate = elapsed / self.done
        eta = rate * (self.total - self.done)
        filled = int(self.width * self.done / max(self.total, 1))
        line = (
            f"{self.label} [{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total} "
            f"{rate:.2f} s a step, {eta:.0f} s left  {what}"
        )
        if self.tty:
            self.stream.write("\r" + line[:120].ljust(120))
            if self.done == self.total:
                self.stream.write("\n")
        else:
            tenth = 10 * self.done // max(self.total, 1)
            if tenth != self._last_tenth or self.done == self.total:
                self._last_tenth = tenth
                self.stream.write(line + "\n")
        self.stream.flush()
