"""The policy builder's data: questions (scenarios/policy-builder/questions.yaml) and answers."""

from pydantic import Field

from boundarylab.bank.models import CodeSection, Model, SourceRef, Text


class Detail(Model):
    id: str
    label: Text
    example: Text


class Option(Model):
    id: str
    label: Text = Field(description="What the learner picks")
    text: Text = Field(description="The client-friendly sentence(s) it adds to the policy")
    conflict: str | None = Field(None, description="Why this choice conflicts with the ethics taught")
    contradicts: dict[str, list[str]] = Field(
        {}, description="Choices in other questions (question id: option ids) this one says the opposite of"
    )


class Question(Model):
    id: str
    section: Text = Field(description="Heading of the policy section this question writes")
    question: Text
    why: Text = Field(description="The reason behind the recommended choice")
    sources: list[SourceRef] = Field(min_length=1)
    codes: list[CodeSection] = []
    options: list[Option] = Field(min_length=2)


class PolicyQuestions(Model):
    details: list[Detail]
    questions: list[Question]


class PolicyAnswers(Model):
    """A learner's answers: `boundarylab policy --answers FILE.yaml`."""

    details: dict[str, str] = {}
    choices: dict[str, str] = {}
