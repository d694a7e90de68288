"""A scenario's own concepts, found in a rewrite.

The generic checks know what a client story or a testimonial request looks like in general; they
cannot know that "Leah" is the reviewer, that "both parents' consent" is this family's care, or
that the post is meant to announce evening hours. Each rubric names those things as concepts with
paraphrase patterns (see `bank.models.Concept` for the syntax), the way c-rater scores a short
answer against the item's own list of concepts. Patterns match whole words of the normalised text
(slang and curly quotes already smoothed), within one sentence; a hyphen matches a hyphen, a space
or nothing, so "5-star" also finds "5 star" and "5star". An `unless` phrase cancels a match in the
same clause only, so "I can't diagnose him, but he looks bipolar" is still found.
"""

import re
from functools import cache
from typing import TYPE_CHECKING, cast

from boundarylab.analysis.check import Finding, snippet
from boundarylab.analysis.text import Doc

if TYPE_CHECKING:  # the bank's models are only read here, so the analysis does not load them
    from boundarylab.bank.models import Concept

GAP_WORDS = 6
_SEP = r"[^\w.!?\n]+"  # between two words of a phrase: spaces, punctuation inside a sentence, emoji
# a skipped word may hold inner dots ("5.5", "u.s") but not end a sentence, so a gap stays in one sentence
_GAP = rf"(?:{_SEP}[\w'$%&#+/-]+(?:\.[\w'$%&#+/-]+)*){{0,{GAP_WORDS}}}"
_CLAUSE_END = re.compile(r"[.!?\n]+(?:\s|$)|[,;:]|\s(?:but|though|however|although|yet)\s")


def _words(alternative: str) -> str:
    parts: list[str] = []
    for word in alternative.split():
        prefix = word.endswith("*")
        body = re.escape(word.rstrip("*").lower()).replace(r"\-", "[- ]?")
        parts.append(body + (r"[\w'-]*" if prefix else ""))
    return _SEP.join(parts)


def _segment(segment: str) -> str:
    return "(?:" + "|".join(_words(alt) for alt in segment.split("|")) + ")"


@cache
def compile_phrases(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for a concept's phrase list; None for an empty list. In each phrase `...` splits
    segments that may have up to GAP_WORDS words between them, and `|` splits a segment into
    alternative wordings ("i'd|i would ... avoid|hold off")."""
    if not phrases:
        return None
    bodies: list[str] = []
    for phrase in phrases:
        segments = [seg.strip() for seg in phrase.split("...") if seg.strip()]
        bodies.append((_GAP + _SEP).join(_segment(seg) for seg in segments))
    return re.compile(r"(?<![\w'])(?:" + "|".join(bodies) + r")(?!\w|'\w)")


def _clause_bounds(norm: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _CLAUSE_END.finditer(norm, 0, pos):
        start = m.end()
    end = _CLAUSE_END.search(norm, pos)
    return start, end.start() if end else len(norm)


def concept_spans(concept: "Concept", doc: Doc) -> list[tuple[int, int]]:
    """Normalised spans where the concept is said, leaving out clauses its `unless` phrases cancel."""
    found = compile_phrases(tuple(concept.patterns))
    veto = compile_phrases(tuple(concept.unless))
    if found is None:  # a concept with no phrases (the bank requires at least one) is never said
        return []
    spans: list[tuple[int, int]] = []
    for m in found.finditer(doc.norm):
        if veto is not None:
            a, b = _clause_bounds(doc.norm, m.start())
            if veto.search(doc.norm, a, b):
                continue
        spans.append((m.start(), m.end()))
    return spans


def concept_found(concept: "Concept", text: str) -> bool:
    return bool(concept_spans(concept, Doc(text)))


def concept_findings(concept: "Concept", doc: Doc) -> list[Finding]:
    """An avoid concept's findings, counted as its check and explained in the rubric's own words."""
    check = cast(str, concept.check)  # an avoid concept always names its check (the bank validates it)
    out: list[Finding] = []
    for s, e in concept_spans(concept, doc):
        start, end = doc.span(s, e)
        message = f"“{snippet(doc.original[start:end])}”: {concept.explanation.rstrip('.')}."
        out.append(Finding(check, start, end, message, concept=concept.id))
    return out
