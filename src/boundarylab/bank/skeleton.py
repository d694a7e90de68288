"""A new scenario as commented YAML: every field present, each with a line on what goes there,
so an author fills blanks instead of copying a block by hand and learning the fields from errors.

The skeleton is valid as written (the loader accepts it), and every text to write says
`FILL IN`, which `unfilled` finds so `validate` can list what is still to do.
"""

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass

from boundarylab import vocab
from boundarylab.bank.models import Scenario

FILL = "FILL IN"

# The artifact an author meets most often for each kind (who is on screen, and the draft's action).
_SHAPES = {
    "post": ("author", "post"),
    "comment": ("author", "comment"),
    "reply": ("author", "reply"),
    "dm": ("sender", "send"),
    "friend-request": ("sender", "accept"),
    "review-response": ("author", "reply"),
    "tag": ("sender", "share"),
    "colleague-post": ("author", "comment"),
    "search": ("author", "search"),
}


@dataclass(frozen=True)
class Shape:
    """The structure of a scenario without its words."""

    kind: str
    platform: str
    person: str  # "author" or "sender"
    action: str
    rating: bool
    thread: int
    choices: int
    rewrite: bool
    verdict: str
    principles: tuple[str, ...]
    must_avoid: tuple[str, ...]
    must_include: tuple[str, ...]
    codes: tuple[str, ...]
    source: tuple[str, str]


def shape_for_kind(kind: str, source: tuple[str, str], principle: str) -> Shape:
    person, action = _SHAPES[kind]
    platform = {"review-response": "google-reviews", "search": "search-engine"}.get(kind, "facebook")
    return Shape(
        kind=kind,
        platform=platform,
        person=person,
        action=action,
        rating=kind == "review-response",
        thread=1 if kind in ("reply", "comment") else 0,
        choices=3,
        rewrite=True,
        verdict="revise",
        principles=(principle,),
        must_avoid=(vocab.AVOID_CHECKS[0],),
        must_include=(),
        codes=(),
        source=source,
    )


def shape_of(scenario: Scenario) -> Shape:
    """An existing item's structure: its kind, platform, action, artifact shape, number of options,
    rubric checks and the ids it cites; none of its words."""
    a = scenario.artifact
    first = scenario.key.sources[0]
    return Shape(
        kind=scenario.kind,
        platform=scenario.platform,
        person="sender" if a.sender is not None else "author",
        action=scenario.draft.action,
        rating=a.rating is not None,
        thread=len(a.thread),
        choices=len(scenario.choices),
        rewrite=scenario.rewrite is not None,
        verdict=scenario.key.verdict,
        principles=tuple(scenario.key.principles),
        must_avoid=tuple(scenario.rewrite.must_avoid) if scenario.rewrite else (),
        must_include=tuple(scenario.rewrite.must_include) if scenario.rewrite else (),
        codes=tuple(scenario.key.codes),
        source=(first.doc, first.section),
    )


def _flow(items: Iterable[str]) -> str:
    return "[" + ", ".join(items) + "]"


def _choices(count: int) -> list[str]:
    lines = ["    choices:  # best next step: options of similar length; exactly one correct, anywhere in the list"]
    for n in range(count):
        lines += [
            f'      - text: "{FILL}: option {n + 1}, a step a thoughtful therapist might take"',
            f"        correct: {'true' if n == 1 else 'false'}",
            f'        feedback: "{FILL}: why this option is or is not the best step"',
        ]
    return lines


def _rewrite(shape: Shape) -> list[str]:
    avoid = shape.must_avoid or (vocab.AVOID_CHECKS[0],)
    return [
        "    rewrite:  # the writing task; shown after the verdict, so give one to items of every verdict",
        f'      prompt: "{FILL}: what to write (the fixed post, or the message you would send instead)"',
        f"      must_avoid: {_flow(avoid)}  # checks a good rewrite must be clear of (see vocab.AVOID_CHECKS)",
        f"      must_include: {_flow(shape.must_include)}  # redirects-to-secure-channel, crisis-resources, education-disclaimer",
        f'      model_answer: "{FILL}: a rewrite an expert would post, in the persona\'s voice"',
    ]


def skeleton_yaml(scenario_id: str, module_id: str, shape: Shape) -> str:
    """The scenario as a YAML list item, indented for a module file's `scenarios:` list."""
    rating = ["      rating: 5  # 1-5 stars"] if shape.rating else []
    thread = []
    if shape.thread:
        thread = ["      thread:  # earlier comments or messages shown with the item, oldest first"]
        for _ in range(shape.thread):
            thread += [f'        - author: {{name: "{FILL}: commenter"}}', f'          text: "{FILL}: their comment"']
    lines = [
        f"  - id: {scenario_id}",
        f"    module: {module_id}",
        f"    kind: {shape.kind}  # {vocab.KINDS[shape.kind]}",
        f"    platform: {shape.platform}  # one of: {', '.join(vocab.PLATFORMS)}",
        f'    title: "{FILL}: a neutral title that names the situation, never judges the draft"',
        f'    context: "{FILL}: who you are (profession, setting) and what has just happened, in two or three sentences"',
        "    artifact:  # what is on screen before you act",
        f'      {shape.person}: {{name: "{FILL}: a fictional name", handle: null, label: null}}',
        "      time: 2h  # timestamp as the platform shows it",
        f'      text: "{FILL}: the post, message, review or request, as a real person would write it"',
        *rating,
        *thread,
        "    draft:  # the action you (the therapist) are about to take",
        f"      action: {shape.action}  # one of: {', '.join(vocab.DRAFT_ACTIONS)}",
        f'      text: "{FILL}: the words you are about to post or send (a near miss teaches more than a caricature)"',
        "    answer:",
        f"      verdict: {shape.verdict}  # ok, revise (legitimate aim, wrong words) or dont (no wording makes it ethical)",
        f"      principles: {_flow(shape.principles)}  # most important first (see vocab.PRINCIPLES)",
        f'      rationale: "{FILL}: why, in two to four sentences of your own words"',
        "      sources:  # the seed and section this comes from (scenarios/sources.yaml)",
        f"        - {{doc: {shape.source[0]}, section: {shape.source[1]}}}",
        f"      codes: {_flow(shape.codes)}  # sections of the persona's own code (vocab.CODES)",
        *(_choices(shape.choices) if shape.choices else []),
        *(_rewrite(shape) if shape.rewrite else []),
        "    difficulty: 2  # 1 (clear) to 3 (a judgement call)",
        "    minutes: 3  # time on task",
    ]
    return "\n".join(lines) + "\n"


def next_id(existing_ids: Container[str], module_ids: Iterable[str]) -> str:
    """The module's id prefix with the next free number."""
    numbers: dict[str, list[int]] = {}
    for sid in module_ids:
        prefix, number = sid.rsplit("-", 1)
        numbers.setdefault(prefix, []).append(int(number))
    if not numbers:
        raise ValueError(
            "the module has no scenario yet, so its id prefix is unknown; write the first one by hand or use --from"
        )
    prefix = max(numbers, key=lambda p: len(numbers[p]))
    n = max(numbers[prefix]) + 1
    while f"{prefix}-{n:03d}" in existing_ids:
        n += 1
    return f"{prefix}-{n:03d}"


def unfilled(text: str) -> list[int]:
    """Line numbers (1-based) of a module file where a skeleton's blank is still to be written."""
    return [i for i, line in enumerate(text.splitlines(), 1) if re.search(rf"\b{FILL}\b", line)]
