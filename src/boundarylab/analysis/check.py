"""A check is one declarative object: what it finds, why it matters, and its own examples.

The examples are not decoration: one parametrised test runs every check's `fires_on` and
`passes_on`, so a check's documentation can never drift from what it does.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from boundarylab.analysis.text import Doc

KINDS = ("must-avoid", "must-include")
SNIPPET = 60


def snippet(text: str) -> str:
    """The learner's words on one line, cut to SNIPPET characters, as feedback quotes them."""
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1].rstrip() + "…"


@dataclass(frozen=True)
class Finding:
    """One thing a check (or a rubric concept, counted as its check) found: `start`/`end` index the
    text as the learner wrote it."""

    check: str
    start: int
    end: int
    message: str
    concept: str = ""  # the rubric concept that found it, when it came from the scenario's own concepts
    learned: bool = False  # found by the learned second opinion, where the checks and concepts were silent


@dataclass(frozen=True)
class Check:
    """`find` reads a normalised `Doc` and yields normalised spans; `findings` maps them back.

    `what` completes the sentence "“<the words found>” ..."; `explanation` says why it matters
    to clients. A must-include check also says what is `needed` when it is missing.
    """

    id: str
    principle: str
    kind: Literal["must-avoid", "must-include"]
    what: str
    explanation: str
    find: Callable[[Doc], Iterable[tuple[int, int]]]
    fires_on: tuple[str, ...]
    passes_on: tuple[str, ...]
    needed: str = ""

    @property
    def principle_title(self) -> str:
        return self.principle.replace("-", " ")

    def message(self, words: str) -> str:
        return f"“{snippet(words)}” {self.what}. {self.explanation.rstrip('.')} ({self.principle_title})."

    def missing_message(self) -> str:
        return f"Add {self.needed}. {self.explanation.rstrip('.')} ({self.principle_title})."

    def findings(self, doc: Doc) -> list[Finding]:
        spans = sorted({doc.span(s, e) for s, e in self.find(doc) if e > s})
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [Finding(self.id, s, e, self.message(doc.original[s:e])) for s, e in merged]
