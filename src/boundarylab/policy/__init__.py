"""The social-media policy builder (module 9): choices in, a client-friendly policy out."""

from boundarylab.policy.builder import (
    Flag,
    PolicyDocument,
    PolicyInputError,
    build_policy,
    check_answers,
    conflict_flag,
    load_questions,
    not_ready,
    recommended_answers,
    render_markdown,
)
from boundarylab.policy.models import PolicyAnswers

__all__ = [
    "Flag",
    "PolicyAnswers",
    "PolicyDocument",
    "PolicyInputError",
    "build_policy",
    "check_answers",
    "conflict_flag",
    "load_questions",
    "not_ready",
    "recommended_answers",
    "render_markdown",
]
