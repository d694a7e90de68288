"""Learning objectives must be observable and measurable (APA Standard C; reference/ce.md §1):
a verb for something a learner does, never a state of mind nobody can check. The objective's
own verb is checked, so "a friend request from someone you know" is fine and "Know the rules"
is not."""

import re

STATES = r"(?:understand\w*|know|knows|appreciate|learn|become (?:more )?(?:aware|familiar)|be (?:aware|familiar))"
LEADING = re.compile(
    rf"^\s*(?:(?:participants|learners|you) will (?:be able to )?|be able to )?(?P<w>{STATES})\b", re.IGNORECASE
)
NOUNS = re.compile(
    r"\b(?P<w>(?:develop|gain|have|deepen|increase|improve|demonstrate|acquire) (?:an |a |their |your )?"
    r"(?:(?:better|deeper|basic) )?(?:understanding|knowledge|awareness|appreciation|familiarity))\b",
    re.IGNORECASE,
)


def objective_problem(objective: str) -> str | None:
    """A sentence for the course author, or None when the objective is measurable."""
    found = LEADING.search(objective) or NOUNS.search(objective)
    if found:
        return (
            f"'{objective}' rests on '{found.group('w')}', which cannot be observed; start with an action "
            "verb such as classify, explain, rewrite, draft or compare."
        )
    return None
