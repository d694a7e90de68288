"""Learning objectives must be observable and measurable (APA Standard C; reference/ce.md §1):
a verb for something a learner does, never a state of mind nobody can check."""

import re

VAGUE = re.compile(r"\b(understand\w*|know|knows|knowing|knowledge|appreciat\w*|learn|learns|learning|"
                   r"(?:become|be|are|is) (?:more )?(?:aware|familiar)|awareness|familiari[sz]e\w*)\b",
                   re.IGNORECASE)


def objective_problem(objective: str) -> str | None:
    """A sentence for the course author, or None when the objective is measurable."""
    found = VAGUE.search(objective)
    if found:
        return (f"'{objective}' rests on '{found.group(0)}', which cannot be observed; start with an action "
                "verb such as classify, explain, rewrite, draft or compare.")
    return None
