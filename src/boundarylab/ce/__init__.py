"""Continuing-education accounting: how the hours were set, where a learner stands, the course
evaluation, the completion record a learner exports and the certificate a provider signs. Pure
core: no Jupyter, no plotting, no PDF here.

CE bodies ask providers to document how credit was calculated, so the calculation is kept step
by step (ce.hours). Credit is the course's fixed hours on completion; a learner's own time on
task is recorded beside it, never credited in its place. See reference/ce.md. Trust: a learner's
machine signs nothing; the provider re-checks the exported record and signs (ce.provider).
"""

from boundarylab.ce.certificate import CertificateRecord, InvalidCertificate, NotComplete
from boundarylab.ce.evaluation import Question, evaluation_questions, submit_evaluation
from boundarylab.ce.hours import (
    HoursCalculation,
    ModuleMinutes,
    contact_hours,
    credited_hours,
    format_hours,
    hours_calculation,
)
from boundarylab.ce.standing import (
    EVALUATION,
    MODULE_DONE,
    POST_TEST,
    POST_TEST_MODULE,
    POST_TEST_START,
    AttemptsUsed,
    ModuleProgress,
    Sitting,
    Status,
    mark_module_done,
    next_form,
    next_sitting,
    post_test_sittings,
    start_post_test,
    status,
    submit_post_test,
    used_up,
)

__all__ = [
    "EVALUATION",
    "MODULE_DONE",
    "POST_TEST",
    "POST_TEST_MODULE",
    "POST_TEST_START",
    "AttemptsUsed",
    "CertificateRecord",
    "HoursCalculation",
    "InvalidCertificate",
    "ModuleMinutes",
    "ModuleProgress",
    "NotComplete",
    "Question",
    "Sitting",
    "Status",
    "contact_hours",
    "credited_hours",
    "evaluation_questions",
    "format_hours",
    "hours_calculation",
    "mark_module_done",
    "next_form",
    "next_sitting",
    "post_test_sittings",
    "start_post_test",
    "status",
    "submit_evaluation",
    "submit_post_test",
    "used_up",
]
