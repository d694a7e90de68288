"""Accuracy: claims that mislead the people choosing care.

Advertising must be accurate (ACA C.3.a, APA 5.01): no guaranteed or fast cures, no outcome
promises, no title the training does not support. The check cannot know a writer's credentials,
so it looks for the claims that are misleading whoever makes them: a title announced as brand new
("I'm now a certified … specialist" after a course), a result guaranteed, a cure in a set number
of sessions. "No therapy can promise results" and "EMDR is not a quick fix" are negated, and pass.
"""

from boundarylab.analysis.check import Check
from boundarylab.analysis.patterns import NEGATION, Pattern, any_of, gap

CONDITION = (
    r"(?:trauma|ptsd|anxiety|depression|panic|ocd|adhd|insomnia|grief|addiction|phobias?|stress|"
    r"burnout|it|them|your (?:trauma|anxiety|depression|symptoms|pain|past))"
)
CURE = r"(?:cure[sd]?|clear[s]?|fix(?:es)?|eliminate[sd]?|erase[sd]?|heal[s]?|resolve[sd]?|get rid of|free you from)"
# "No therapy can guarantee results", "be wary of guaranteed results": warning against the claim is not making it.
HOPE_NOT_PROMISE = NEGATION + (
    r"|\b(?:no one can|nobody can|no therapy|no treatment|doesn't|does not|won't|can't|"
    r"wary|beware|sceptical|skeptical|careful|avoid|red flags?|watch out|any)\b"
)

misleading_claim_find = any_of(
    Pattern(
        r"\b(?:i'm|i am|i've become|we're|we are)(?: now| newly| officially| finally)? (?:a |an )?"
        r"(?:fully |board[- ])?certified\b" + gap(40) + r"\b(?:specialist|expert)s?\b"
    ),
    Pattern(
        r"\b(?:i'm|i am|i've become)(?: now| newly| officially)(?: an?)? (?:[a-z]+ ){0,3}(?:specialist|expert|"
        r"certified|fully trained|fully qualified)\b"
    ),
    Pattern(r"\bnow (?:fully )?(?:certified|trained|qualified) (?:in|as) (?:an? )?[a-z]+"),
    Pattern(
        r"\bguarantee[sd]?(?: you)? (?:results|relief|recovery|success|healing|to (?:work|heal|cure|fix|help))\b|"
        r"\bguaranteed (?:results|relief|recovery|success|healing|cure|outcomes?)\b|\bresults,? guaranteed\b",
        unless=HOPE_NOT_PROMISE,
    ),
    Pattern(
        r"\b" + CURE + r" " + CONDITION + r"(?: [a-z]+){0,3} (?:in (?:as little as|just|only|under)|within) "
        r"(?:\d+|one|two|three|four|five|six|a (?:few|single|couple of)) (?:sessions?|days?|weeks?|weekends?|hours?)\b",
        unless=HOPE_NOT_PROMISE,
    ),
    Pattern(
        r"\bin as little as (?:\d+|one|two|three|four|five|six) (?:sessions?|days?|weeks?|hours?)\b",
        unless=HOPE_NOT_PROMISE,
    ),
    Pattern(
        r"\b" + CURE + r" " + CONDITION + r" (?:for good|forever|permanently|once and for all|completely)\b|"
        r"\b(?:permanently|completely|forever) (?:cure|erase|eliminate|heal)s? " + CONDITION + r"\b",
        unless=HOPE_NOT_PROMISE,
    ),
    Pattern(
        r"\b(?:100 ?%|one hundred percent) (?:effective|success|cure|guaranteed)\b|"
        r"\bworks for (?:everyone|everybody|every client|all clients)\b",
        unless=HOPE_NOT_PROMISE,
    ),
    Pattern(r"\b(?:trauma|anxiety|depression|ptsd)[- ]free (?:in|after|within)\b", unless=HOPE_NOT_PROMISE),
    Pattern(r"\b(?:is|as) the (?:gold[- ]standard |only |miracle )?(?:cure|fix) for\b", unless=HOPE_NOT_PROMISE),
)

MISLEADING_CLAIM = Check(
    id="misleading-claim",
    principle="accuracy",
    kind="must-avoid",
    what="claims a result, a speed of result or a credential that no one can promise or that the training may not support",
    explanation=(
        "People choose care on what you claim: a guaranteed or quick cure, or a title beyond your "
        "training, misleads the very people who most want it to be true"
    ),
    find=misleading_claim_find,
    fires_on=(
        "Big news! I'm now a certified EMDR trauma specialist!",
        "EMDR can clear it in as little as 3 sessions.",
        "Our 3-day intensive clears trauma for good. Guaranteed results!",
        "This program cures anxiety in just six weeks.",
        "Hypnotherapy works for everyone, 100% effective.",
    ),
    passes_on=(
        "I've begun basic EMDR training and will offer it once I have completed it.",
        "No therapy can guarantee results, but EMDR has good evidence for PTSD.",
        "EMDR is one evidence-based option; an assessment tells whether it fits you.",
        "I'm a licensed professional counselor in Ohio.",
        "Some people feel better within a few sessions, and others need longer.",
    ),
)
