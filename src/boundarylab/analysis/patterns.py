"""The small toolkit checks are built from: a guarded regular expression and a few combinators.

Every expression runs over `Doc.norm` (lower case, straight quotes, slang expanded). Gaps are
bounded (`gap(40)`, `words(2)`) and no quantifier is nested inside another open-ended one, so
the time per text grows linearly with its length, whatever the learner pastes in.
"""

import re
from itertools import chain
from typing import Callable, Iterable, Iterator

from boundarylab.analysis.text import Doc

Span = tuple[int, int]
Finder = Callable[[Doc], Iterable[Span]]
Accept = Callable[[Doc, re.Match], bool]

# "No worries, add me!" is not a negation; "I never add clients" is.
NEGATION = (r"\b(?:not|never|cannot|nor|neither|no longer|nobody|no one|without|refuse to|won't ever)\b|n't\b"
            r"|\bno\b(?! (?:worries|problem|pressure|rush|judge?ment|matter|doubt|wonder|joke|kidding|need|big deal)\b)")
_CLAUSE_END = re.compile(r"[.!?;\n]|\bbut\b|\bhowever\b|\bthough\b|\balthough\b|\byet\b")


def alt(*items: str) -> str:
    return "(?:" + "|".join(items) + ")"


def gap(n: int) -> str:
    """Up to n characters within one sentence."""
    return r"[^.!?\n]{0,%d}" % n


def words(n: int) -> str:
    """Up to n whole words, each followed by a space."""
    return r"(?:[a-z0-9'\-]+ ){0,%d}" % n


def clause_before(text: str, start: int, window: int) -> str:
    """The part of the current clause that precedes `start`, at most `window` characters."""
    pre = text[max(0, start - window):start]
    cut = 0
    for m in _CLAUSE_END.finditer(pre):
        cut = m.end()
    return pre[cut:]


def clause_after(text: str, end: int, window: int) -> str:
    post = text[end:end + window]
    m = _CLAUSE_END.search(post)
    return post[:m.start()] if m else post


class Pattern:
    """A regular expression whose matches are vetoed by what comes just before or after.

    `unless` is searched in the clause before the match (negation by default: "I never accept
    friend requests" is not an invitation); `unless_after` in the clause after it; `accept` is
    any further test. A named group `hit` narrows the reported span.
    """

    def __init__(self, regex: str, *, unless: str | None = NEGATION, unless_after: str | None = None,
                 window: int = 60, accept: Accept | None = None):
        self.rx = re.compile(regex)
        self.unless = re.compile(unless) if unless else None
        self.unless_after = re.compile(unless_after) if unless_after else None
        self.window = window
        self.accept = accept
        self._hit = "hit" in self.rx.groupindex

    def __call__(self, doc: Doc) -> Iterator[Span]:
        text = doc.norm
        for m in self.rx.finditer(text):
            start, end = m.span("hit") if self._hit and m.group("hit") is not None else m.span()
            if end <= start:
                continue
            if self.unless and self.unless.search(clause_before(text, m.start(), self.window)):
                continue
            if self.unless_after and self.unless_after.search(clause_after(text, m.end(), self.window)):
                continue
            if self.accept and not self.accept(doc, m):
                continue
            yield start, end


class AnyOf:
    """Every span any of `finders` finds; keeps the parts so a failing example can be traced to one."""

    def __init__(self, *finders: Finder):
        self.finders = finders

    def __call__(self, doc: Doc) -> Iterator[Span]:
        return chain.from_iterable(f(doc) for f in self.finders)


def any_of(*finders: Finder) -> Finder:
    return AnyOf(*finders)


def when(finder: Finder, context: Finder, within: int = 400) -> Finder:
    """`finder`'s spans that lie within `within` characters of something `context` finds."""

    def find(doc: Doc) -> Iterator[Span]:
        anchors = list(context(doc))
        if not anchors:
            return
        for s, e in finder(doc):
            if any(s - within <= a_end and a_start <= e + within for a_start, a_end in anchors):
                yield s, e

    return find


def in_sentence(regex: str) -> Accept:
    """Accept a match only if its sentence also contains `regex`."""
    rx = re.compile(regex)
    return lambda doc, m: rx.search(doc.norm, *doc.sentence(m.start())) is not None


def not_in_sentence(regex: str) -> Accept:
    rx = re.compile(regex)
    return lambda doc, m: rx.search(doc.norm, *doc.sentence(m.start())) is None


def in_window(regex: str, before: int = 120, after: int = 40) -> Accept:
    """Accept a match only if `regex` occurs near it, across a sentence break ("that chef… textbook BPD")."""
    rx = re.compile(regex)
    return lambda doc, m: rx.search(doc.norm, max(0, m.start() - before), m.end() + after) is not None


def all_of(*accepts: Accept) -> Accept:
    return lambda doc, m: all(a(doc, m) for a in accepts)


def not_quoted(doc: Doc, m: re.Match) -> bool:
    """Reject a word written as a word to talk about: 'crazy', "committed suicide"."""
    text, s, e = doc.norm, m.start(), m.end()
    return not (s > 0 and text[s - 1] in "'\"" and e < len(text) and text[e] in "'\"")


def present(finder: Finder, doc: Doc) -> bool:
    return next(iter(finder(doc)), None) is not None
