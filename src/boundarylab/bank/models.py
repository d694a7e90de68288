"""Pydantic models of the scenario bank: the one definition of the YAML format.

`scenarios/schema.json` is generated from these models (`boundarylab schema`), so every field's
description below is what course authors see in their editor.
"""

import re
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from boundarylab import vocab

if TYPE_CHECKING:  # a Literal built from the vocabulary at run time is a plain string to a type checker
    Verdict = str
    Principle = str
    Kind = str
    Platform = str
    DraftAction = str
    AvoidCheck = str
    IncludeCheck = str
    CodeSection = str
    Profession = str
else:
    Verdict = Literal[tuple(vocab.VERDICTS)]
    Principle = Literal[tuple(vocab.PRINCIPLES)]
    Kind = Literal[tuple(vocab.KINDS)]
    Platform = Literal[tuple(vocab.PLATFORMS)]
    DraftAction = Literal[tuple(vocab.DRAFT_ACTIONS)]
    AvoidCheck = Literal[vocab.AVOID_CHECKS]
    IncludeCheck = Literal[vocab.INCLUDE_CHECKS]
    CodeSection = Literal[tuple(vocab.CODES)]
    Profession = Literal[tuple(vocab.PROFESSIONS)]
ScenarioId = Annotated[str, Field(pattern=r"^[a-z]+-\d{3}$", description="Stable id, e.g. conf-004")]
Text = Annotated[str, Field(min_length=1)]
Prompt = Annotated[str, Field(min_length=10, pattern=r"\?$", description="One open question for the room")]


class KeyWithheld(LookupError):
    """Scoring or feedback asked for the key of an item whose key stays with the provider."""


class Model(BaseModel):
    """Unknown fields are errors: a typo in a field name must never be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Person(Model):
    name: Text = Field(description="Display name as the platform shows it (fictional)")
    handle: str | None = Field(None, description="Handle without the @, e.g. calmcoast_counseling")
    label: str | None = Field(None, description="What the platform shows under the name, e.g. '3 mutual friends'")


class Message(Model):
    author: Person
    text: Text
    time: str | None = Field(None, description="Timestamp as shown, e.g. '2h' or 'Tue 9:41 pm'")


class Artifact(Model):
    """What is on screen before the therapist acts."""

    author: Person | None = Field(None, description="Who wrote the item on screen")
    sender: Person | None = Field(None, description="For incoming items (DMs, requests, tags): who sent it")
    text: str = Field("", description="The post, message, review or request text")
    time: str | None = Field(None, description="Timestamp as shown")
    rating: int | None = Field(None, ge=1, le=5, description="Star rating, for reviews")
    thread: list[Message] = Field([], description="Comments or earlier messages shown with the item, oldest first")

    @model_validator(mode="after")
    def _someone_is_shown(self):
        if self.author is None and self.sender is None:
            raise ValueError("an artifact needs an author or a sender")
        return self


class Draft(Model):
    """The therapist's own draft action, shown as theirs."""

    action: DraftAction
    text: str | None = Field(None, description="The words the therapist is about to post or send")
    note: str | None = Field(None, description="What the action is, when there are no words (e.g. which search)")


class SourceRef(Model):
    doc: str = Field(description="Source document id from scenarios/sources.yaml (the seed file name)")
    section: str = Field(description="Section short name from scenarios/sources.yaml")
    item: int | None = Field(None, ge=1, description="Numbered item within the section, where it has a list")


class Answer(Model):
    verdict: Verdict
    principles: list[Principle] = Field(min_length=1, description="Principles at stake, most important first")
    rationale: Text = Field(description="Why, in two to four sentences of your own words")
    sources: list[SourceRef] = Field(min_length=1)
    codes: list[CodeSection] = Field([], description="Code-of-ethics sections, e.g. 'ACA H.6.b'")


class Choice(Model):
    text: Text
    correct: bool = False
    feedback: Text | None = Field(
        None,
        description="Shown after answering: why this option is or is not the best "
        "step (required, except in a learner's copy of a post-test item)",
    )


_WORDS = r"[\w'$%&#+./-]+\*?(?: [\w'$%&#+./-]+\*?)*"
_SEGMENT = rf"{_WORDS}(?: ?\| ?{_WORDS})*"
_PHRASE = re.compile(rf"{_SEGMENT}(?: \.\.\. {_SEGMENT})*")
PHRASE_HELP = (
    "words separated by spaces; a|b|c for alternative wordings ('i'd|i would'), word* for any "
    "ending, and ' ... ' between two parts for a gap of up to six words"
)


class Concept(Model):
    """What only this draft can get wrong, scored the way c-rater scores an item against its own concepts:
    a fact that identifies or exposes someone, the draft's specific problem move, or an element that must stay.
    Generic checks cannot know that "Leah" is the reviewer or that the post is meant to announce evening hours."""

    id: str = Field(
        pattern=r"^[a-z][a-z0-9-]*$", description="Short name, unique within the rubric, e.g. 'names-reviewer'"
    )
    kind: Literal["avoid", "keep"] = Field(description="avoid: must not be in a good rewrite; keep: must stay in it")
    check: AvoidCheck | None = Field(None, description="For an avoid concept: the must-avoid check it is a case of")
    principle: Principle
    explanation: Text = Field(description="Why it matters, in the learner's words: shown when it is found or missing")
    question: Text = Field(
        description="A self-check question shown after a pass, e.g. 'Does your reply still "
        "confirm that Leah is a client?'"
    )
    patterns: list[Text] = Field(min_length=1, description=f"Paraphrases that show the concept: {PHRASE_HELP}")
    unless: list[Text] = Field(
        [], description="Phrases that cancel a match in the same sentence (e.g. 'never confirm')"
    )
    found_in: list[Text] = Field(min_length=1, description="Example texts the concept must be found in")
    not_found_in: list[Text] = Field(min_length=1, description="Example texts it must not be found in")

    @field_validator("patterns", "unless")
    @classmethod
    def _phrases(cls, phrases: list[str]) -> list[str]:
        for p in phrases:
            if not _PHRASE.fullmatch(p.strip()):
                raise ValueError(f"'{p}' is not a phrase pattern: write {PHRASE_HELP}")
        return phrases

    @model_validator(mode="after")
    def _check_matches_kind(self):
        if self.kind == "avoid" and self.check is None:
            raise ValueError(f"avoid concept '{self.id}' needs the check it is a case of")
        if self.kind == "keep" and self.check is not None:
            raise ValueError(f"keep concept '{self.id}' takes no check")
        return self


class Rewrite(Model):
    prompt: Text
    must_avoid: list[AvoidCheck] = Field(
        [],
        description="Checks that must be clear in a good rewrite (at least one, "
        "except in a learner's copy of a post-test item)",
    )
    must_include: list[IncludeCheck] = Field([], description="Elements a good rewrite must contain")
    model_answer: Text | None = Field(
        None, description="A good rewrite (required, except in a learner's copy of a post-test item)"
    )
    private_to: Literal["the client", "consultation", "yourself"] | None = Field(
        None,
        description="Set when the rewrite, unlike the draft, is read only by the client it is written to (a "
        "secure-portal message, a letter, what you say in session), by the colleagues you consult about "
        "this client, or only by you (a planning note): naming the relationship or the therapy then "
        "discloses nothing to the public, so the checks about "
        "public disclosure are raised only when must_avoid names them, as in a direct message. Leave it "
        "unset when the temptation is a public act the rewrite may promise (a like, a follow, a comment): "
        "the checks must still see that",
    )
    allow: list[AvoidCheck] = Field(
        [],
        description="Must-avoid checks this scenario's own answer calls legitimate "
        "here (e.g. evidence-based advocacy on a ballot measure); their findings are not "
        "raised",
    )
    concepts: list[Concept] = Field(
        [], description="This scenario's own concepts: its facts, its problem move, the elements that must stay"
    )

    @property
    def key_answer(self) -> str:
        """The model answer, for code that shows or tests it; only a learner's copy of a post-test
        item lacks it (see Scenario.key)."""
        if self.model_answer is None:
            raise KeyWithheld("this rewrite has no model answer: it is a learner's copy of a post-test item")
        return self.model_answer

    @field_validator("concepts")
    @classmethod
    def _unique_concepts(cls, concepts: list[Concept]) -> list[Concept]:
        ids = [c.id for c in concepts]
        if dupes := sorted({i for i in ids if ids.count(i) > 1}):
            raise ValueError(f"concept id(s) used twice: {', '.join(dupes)}")
        return concepts


class Scenario(Model):
    id: ScenarioId
    module: str = Field(description="Module id; must match the file's module block")
    kind: Kind
    platform: Platform
    title: Text
    profession: Profession | None = Field(
        None,
        description="The persona's profession, whose own code the answer must cite; empty when the context names none",
    )
    context: Text = Field(description="Who you are and where: the situation in two or three sentences")
    artifact: Artifact
    draft: Draft
    answer: Answer | None = Field(
        None,
        description="The key (required). Left out only in a learner's copy of a "
        "post-test item, written by `boundarylab learner-dist`: the key stays with the provider",
    )
    choices: list[Choice] = Field([], description="Best next step options; exactly one is correct")
    rewrite: Rewrite | None = None
    difficulty: Literal[1, 2, 3]
    minutes: int = Field(ge=1, le=20, description="Time on task in minutes, for CE hours")
    discussion: list[Prompt] = Field(
        [],
        max_length=3,
        description="1-3 questions a workshop facilitator asks "
        "after the room has answered: they open the judgement up, not test recall",
    )

    @property
    def key(self) -> Answer:
        """The answer key, for code that scores or explains an item. Only a learner's copy of a
        post-test item lacks it, and no such code runs on that copy, so a missing key is a bug."""
        if self.answer is None:
            raise KeyWithheld(f"{self.id} has no answer key: it is a learner's copy of a post-test item")
        return self.answer

    # The learner's region when the scenario was localized for them (regions.localize_scenario), so
    # feedback written later, on a rewrite, gives the same crisis numbers. Not part of the YAML.
    _region: str = PrivateAttr("")

    @property
    def region(self) -> str:
        """The region the scenario was localized for; empty when it is as written."""
        return self._region


class LessonSection(Model):
    heading: Text
    text: Text = Field(description="Markdown teaching text in your own words")
    sources: list[SourceRef] = []


class Module(Model):
    id: str
    title: Text
    questions: list[Text] = Field(min_length=1)
    objectives: list[Text] = Field(min_length=1, description="Observable, measurable: start with an action verb")
    keypoints: list[Text] = Field(min_length=1)
    teaching: int = Field(ge=0, description="Teaching minutes")
    exercises: int = Field(ge=0, description="Exercise minutes")
    lesson: list[LessonSection] = []


class ModuleFile(Model):
    """One file of the bank: scenarios/<module-id>.yaml."""

    module: Module
    scenarios: list[Scenario] = []


class Section(Model):
    id: str = Field(description="Short name scenarios cite")
    heading: Text = Field(description="The section heading in the source")
    items: int = Field(0, ge=0, description="How many numbered items the section has")


class Source(Model):
    id: str = Field(description="The seed file name without extension")
    title: Text
    publisher: str | None = None
    sections: list[Section] = Field(min_length=1)


class SourcesFile(Model):
    sources: list[Source]
