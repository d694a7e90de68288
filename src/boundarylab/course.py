"""course.yml: module order, CE rules and the provider's text (the only place they live)."""

from typing import Literal

from pydantic import Field

from boundarylab.bank.models import Model

DeliveryFormat = Literal["self-paced", "live workshop"]


class Signatory(Model):
    name: str = Field(default="", description="Who signs for the provider (the CE administrator), as printed")
    title: str = Field(default="", description="The signatory's title and degree, e.g. 'CE Administrator, PhD'")
    signature_image: str = Field(
        default="", description="Optional PNG or JPEG of the signature, relative to course.yml"
    )


class Provider(Model):
    name: str
    address: str = Field(default="", description="Postal address printed on certificates")
    contact: str = Field(default="", description="Email or telephone for questions about a certificate")
    number: str = Field(default="", description="Provider approval number, where one was issued")
    signatory: Signatory = Signatory()


class Approval(Model):
    body: str = Field(description="Accrediting body, e.g. NBCC")
    statement: str = Field(
        description="The body's exact approved wording; write {number} where the approval number goes"
    )
    number: str = Field(default="", description="The approval number; printed as a marked blank until filled in")
    formats: list[DeliveryFormat] = ["self-paced", "live workshop"]
    period: str = ""


class ExerciseRates(Model):
    """Whole minutes credited per task a learner does on an item. The item's own `minutes` are an
    author's guess; a provider files these stated rates instead, and checks them against a pilot."""

    judgement: int = Field(
        default=2,
        gt=0,
        description="Read the situation, the item and the draft, give a verdict, "
        "name the principles, read the rationale",
    )
    best_step: int = Field(
        default=1, gt=0, description="Read the options, choose the best next step, read its feedback"
    )
    rewrite: int = Field(default=3, gt=0, description="Write the rewrite, check it, read the marked-up feedback")
    policy_section: int = Field(
        default=1, gt=0, description="Read why a policy section matters and choose for your practice"
    )


class HoursRule(Model):
    minutes_per_hour: int = Field(default=60, gt=0)
    rounding: Literal["exact", "quarter-down", "half-down", "hour-down"] = "quarter-down"
    category: str = "Law and ethics"
    exercise_minutes: ExerciseRates = ExerciseRates()


class Course(Model):
    title: str
    version: str
    modules: list[str] = Field(min_length=1, description="Module ids in course order")
    provider: Provider
    approvals: list[Approval] = []
    hours: HoursRule = HoursRule()
    words_per_minute: int = Field(default=200, gt=0, description="Reading speed assumed for lesson text")
    passing_score: float = Field(default=0.75, gt=0, le=1, description="Post-test pass mark (APA recommends 75 %)")
    post_test_attempts: int = Field(
        default=3,
        ge=1,
        description="Post-test sittings allowed; each retake uses the other form, and a further sitting is refused",
    )
    level: Literal["Introductory", "Intermediate", "Advanced"] = Field(
        "Intermediate", description="Instructional level printed on certificates"
    )
    post_test_forms: dict[Literal["A", "B"], list[str]] = Field(
        {},
        description="The post-test forms, scenario ids in order. Leave out: the forms are dealt from the key. "
        "`boundarylab learner-dist` writes them into a learner's copy, whose items carry no answers to deal by",
    )
