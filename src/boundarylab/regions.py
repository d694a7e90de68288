"""Where the learner practises, and the emergency and crisis numbers that go with it.

The scenarios are written for US settings (988, 911). A learner in another country sees the
feedback, rationales and model answers with the crisis resources of their own region, so that
what the course teaches them to tell a person in crisis is right where they work. The numbers
live in one table, below; each was checked against the service's own published number.
"""

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from boundarylab.analysis.rewrite import RewriteResult


@dataclass(frozen=True)
class Region:
    id: str
    name: str  # as shown in the profile form
    where: str  # "in the US": how a statement names the region
    emergency: str  # the emergency number, as a person would dial it
    crisis_line: str  # the crisis line, named
    crisis_call: str  # how to reach it, as an instruction
    emergency_room: str  # what the hospital emergency department is called


REGIONS = {
    "us": Region(
        "us",
        "United States",
        "in the US",
        "911",
        "988, the Suicide & Crisis Lifeline",
        "call or text 988 (Suicide & Crisis Lifeline)",
        "emergency room",
    ),
    "canada": Region(
        "canada",
        "Canada",
        "in Canada",
        "911",
        "988, the Suicide Crisis Helpline",
        "call or text 988 (Suicide Crisis Helpline)",
        "emergency department",
    ),
    "uk": Region(
        "uk",
        "United Kingdom",
        "in the UK",
        "999 (or 112)",
        "Samaritans on 116 123",
        "call Samaritans on 116 123",
        "A&E",
    ),
    "ireland": Region(
        "ireland",
        "Ireland",
        "in Ireland",
        "112 (or 999)",
        "Samaritans on 116 123",
        "call Samaritans on 116 123",
        "emergency department",
    ),
    "australia": Region(
        "australia",
        "Australia",
        "in Australia",
        "000",
        "Lifeline on 13 11 14",
        "call Lifeline on 13 11 14",
        "emergency department",
    ),
    "new-zealand": Region(
        "new-zealand",
        "New Zealand",
        "in New Zealand",
        "111",
        "1737, a free crisis line",
        "call or text 1737 (a free crisis line)",
        "emergency department",
    ),
    "other": Region(
        "other",
        "Another country",
        "where you live",
        "your local emergency number",
        "your local crisis line",
        "call your local crisis line",
        "emergency department",
    ),
}
DEFAULT_REGION = "us"


def region(region_id: str | None) -> Region:
    """The learner's region; a profile saved before regions existed counts as the US, the bank's setting."""
    return REGIONS.get(region_id or DEFAULT_REGION, REGIONS["other"])


def crisis_sentence(region_id: str | None) -> str:
    """One sentence a learner can give a person in crisis, for their region."""
    r = region(region_id)
    return f"{r.where[0].upper()}{r.where[1:]}, {r.crisis_call} or, in an emergency, call {r.emergency}."


_LIFELINE = r"988(?:,? (?:the )?\(?Suicide (?:&|and) Crisis Lifeline\)?)?"
# One pass, longest phrase first, so a replacement is never itself replaced again.
_US_RESOURCES = re.compile(
    rf"(?P<call>(?i:call or text) {_LIFELINE})"
    r"|(?P<line>(?<![\d-])988(?:,? (?:the )?Suicide (?:&|and) Crisis Lifeline)?(?![\d-]))"
    r"|(?P<emergency>(?<![\d-])911(?![\d-]))"
    r"|(?P<where>\b(?i:in) the US\b)"
    r"|(?P<room>\bemergency room\b)"
)


def localize(text: str, region_id: str | None) -> str:
    """The text with its US crisis resources replaced by the region's; unchanged for the US."""
    r = region(region_id)
    if r.id == "us" or not text:
        return text
    by_group = {
        "call": r.crisis_call,
        "line": r.crisis_line,
        "emergency": r.emergency,
        "where": r.where,
        "room": r.emergency_room,
    }

    def replace(m):
        new = by_group[m.lastgroup]
        return new[0].upper() + new[1:] if m.group(0)[0].isupper() else new

    return _US_RESOURCES.sub(replace, text)


def localize_scenario(scenario, region_id: str | None):
    """What the course says about a scenario (rationale, options, feedback, writing task and model
    answer) in the learner's region. The situation itself (context, post, draft) stays as written:
    it is someone's real setting, not advice to the learner."""
    if region(region_id).id == "us":
        return scenario
    answer = scenario.answer and scenario.answer.model_copy(  # the learner's post-test copy has no key
        update={"rationale": localize(scenario.answer.rationale, region_id)}
    )
    choices = [
        c.model_copy(update={"text": localize(c.text, region_id), "feedback": localize(c.feedback, region_id)})
        for c in scenario.choices
    ]
    rewrite = scenario.rewrite and scenario.rewrite.model_copy(
        update={
            "prompt": localize(scenario.rewrite.prompt, region_id),
            "model_answer": localize(scenario.rewrite.model_answer, region_id),
        }
    )
    local = scenario.model_copy(update={"answer": answer, "choices": choices, "rewrite": rewrite})
    local._region = region_id
    return local


def localize_feedback(result: "RewriteResult", region_id: str | None) -> "RewriteResult":
    """A rewrite result whose feedback sentences (e.g. "add a crisis resource such as 988") name the
    region's services."""
    if region(region_id).id == "us":
        return result
    return replace(result, feedback=tuple(localize(line, region_id) for line in result.feedback))
