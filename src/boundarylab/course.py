"""course.yml: module order, CE rules and the provider's text (the only place they live)."""

from typing import Literal

from pydantic import Field

from boundarylab.bank.models import Model


class Provider(Model):
    name: str
    contact: str = ""
    number: str = Field("", description="Provider approval number, where one was issued")


class Approval(Model):
    body: str = Field(description="Accrediting body, e.g. NBCC")
    statement: str = Field(description="The body's exact approved wording")
    formats: list[Literal["self-paced", "live workshop"]] = ["self-paced", "live workshop"]
    period: str = ""


class HoursRule(Model):
    minutes_per_hour: int = Field(60, gt=0)
    rounding: Literal["exact", "quarter-down", "half-down", "hour-down"] = "quarter-down"
    category: str = "Law and ethics"


class Course(Model):
    title: str
    version: str
    modules: list[str] = Field(min_length=1, description="Module ids in course order")
    provider: Provider
    approvals: list[Approval] = []
    hours: HoursRule = HoursRule()
    words_per_minute: int = Field(200, gt=0, description="Reading speed assumed for lesson text")
    passing_score: float = Field(0.8, gt=0, le=1)
    post_test_forms: dict[Literal["A", "B"], list[str]] = Field(
        {}, description="The post-test forms, scenario ids in order. Leave out: the forms are dealt from the key. "
        "`boundarylab learner-dist` writes them into a learner's copy, whose items carry no answers to deal by")
