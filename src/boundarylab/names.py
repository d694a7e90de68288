"""What a learner or an instructor reads for each identifier: verdicts, principles and checks by
their titles, never their ids. Ids stay in data, code and file formats; every page, feedback file
and report says these instead (a test greps the rendered text for ids)."""

from collections.abc import Iterable

from boundarylab import vocab

VERDICT_TITLES = {"ok": "OK", "revise": "Revise", "dont": "Don't"}
PRINCIPLE_TITLES = {  # where the id, read aloud, is not yet a title
    "advice-not-therapy": "Advice, not therapy",
    "policy-and-consent": "Policy and consent",
    "client-search": "Searching for clients",
}
CHECK_TITLES = {
    "client-identifying-detail": "A detail that could identify a client",
    "client-story": "A client's story",
    "diagnosis-of-person": "Diagnosing a person",
    "testimonial-request": "Asking for a testimonial",
    "individual-advice": "Individual advice",
    "colleague-disparagement": "Disparaging a colleague",
    "unprofessional-tone": "Unprofessional tone",
    "polarizing-opinion": "A polarizing opinion",
    "harmful-language": "Harmful language",
    "confirms-client-relationship": "Confirming someone is a client",
    "dual-relationship-invite": "Inviting a second relationship",
    "over-availability": "Promising to be always available",
    "self-diagnosis-prompt": "Prompting self-diagnosis",
    "personal-overshare": "Oversharing about yourself",
    "redirects-to-secure-channel": "Pointing to a secure channel",
    "crisis-resources": "Crisis resources",
    "education-disclaimer": "Education, not therapy, said plainly",
}


def verdict_title(verdict: str) -> str:
    return VERDICT_TITLES[verdict]


def verdict_phrase(verdict: str) -> str:
    """The title and what it means, for a sentence: "Don't (no rewording makes this ethical)"."""
    meaning = vocab.VERDICTS[verdict].split(": ", 1)[-1]
    return f"{VERDICT_TITLES[verdict]} ({meaning[:1].lower()}{meaning[1:]})"


def principle_title(principle: str) -> str:
    return PRINCIPLE_TITLES.get(principle) or principle.replace("-", " ").capitalize()


def check_title(check: str) -> str:
    return CHECK_TITLES.get(check) or check.replace("-", " ").capitalize()


def principle_titles(principles: Iterable[str]) -> str:
    return ", ".join(principle_title(p) for p in principles)
