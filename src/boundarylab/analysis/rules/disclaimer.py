"""Advice, not therapy: the education-only disclaimer a post or reply may need.

"This post is for education only", "not a substitute for therapy", "not medical advice", "I'm not
your therapist": said of the content itself. "Medication is not a substitute for skills" is a
teaching point, not a disclaimer, so the sentence must be about this post, page or video.
"""

import re

from boundarylab.analysis.check import Check
from boundarylab.analysis.patterns import Pattern, any_of, clause_before
from boundarylab.analysis.text import Doc

DISCLAIMER_SUBJECT = re.compile(
    r"\b(?:this|these|it|it's|that|my|our|content|posts?|videos?|page|account|info|information|tips?|reels?|thread|"
    r"blog|newsletter|podcast|episode|here|everything|anything|nothing|above|below|following|article|series|guide|"
    r"resources?|webinar|workshop|talk|live|carousel|infographic)\b|^[\s(*\-:]{0,5}(?:disclaimer|note|nb|reminder|"
    r"please note|psa|fyi|friendly reminder|important)?[\s:*\-]{0,5}$"
)


def _about_this_content(doc: Doc, m: re.Match[str]) -> bool:
    return DISCLAIMER_SUBJECT.search(clause_before(doc.norm, m.start(), 80)) is not None


def _named_content(doc: Doc, m: re.Match[str]) -> bool:
    """ "This video is … not therapy" (a disclaimer) versus "Not a diagnosis, but…" (an aside)."""
    return DISCLAIMER_SUBJECT.search(clause_before(doc.norm, m.start(), 80).strip(" (*-:")) is not None and bool(
        clause_before(doc.norm, m.start(), 80).strip(" (*-:")
    )


EDU = r"(?:educational|education|informational|information|info|psychoeducational|psychoeducation|general)"
NOT_CARE = (
    r"(?:therapy|treatment|medical|clinical|professional|individual|individuali[sz]ed|personal|"
    r"personali[sz]ed|mental health|psychological|a diagnosis|diagnosis|counsell?ing|a substitute|"
    r"a replacement|advice|care|health care|healthcare|an assessment|assessment|an evaluation|evaluation|"
    r"a consultation|consultation|a (?:treatment )?plan|a screening|screening|a screener|a test|instructions)"
)
education_disclaimer_find = any_of(
    Pattern(
        r"\bfor (?:general )?" + EDU + r"(?: (?:and|&) (?:entertainment|informational|educational|"
        r"inspirational))?(?: purposes| use)? only\b",
        unless=None,
    ),
    Pattern(r"\b" + EDU + r" (?:content |purposes |use |post )?only\b", unless=None),
    Pattern(
        r"\b(?:just|only|purely|strictly) (?:general )?(?:education|information|info)\b(?! (?:about|on|for))",
        unless=None,
    ),
    Pattern(
        r"\bnot (?:a |an )?(?:substitute|replacement|alternative|stand-in|proxy) for (?:(?:professional|"
        r"individual|individuali[sz]ed|personal|medical|clinical|mental health|licensed|your own|qualified|"
        r"real) ){0,3}(?:therapy|treatment|care|advice|help|counsell?ing|diagnosis|mental health (?:care|"
        r"treatment)|a (?:therapist|professional|clinician|doctor)|working with a (?:professional|therapist|"
        r"clinician)|support)\b",
        unless=None,
        accept=_about_this_content,
    ),
    Pattern(
        r"\b(?:is|are|'s|'re)n't (?:a |an )?(?:substitute|replacement) for\b", unless=None, accept=_about_this_content
    ),
    Pattern(
        r"\bnot (?:medical|clinical|professional|mental health|therapeutic|individual|individuali[sz]ed|personal|"
        r"personali[sz]ed|psychological|legal|health|therapy|psychiatric) advice\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:is|are|'s|'re|as|meant as|intended as|offered as) (?:meant |intended |offered )?(?:as |"
        r"for )?(?:general )?"
        + EDU
        + r"(?: content| purposes| only)?,? (?:(?:though|however|of course),? )?(?:and )?(?:not|never|rather than|"
        r"instead of) (?:as )?(?:a |an )?" + NOT_CARE + r"\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:(?:does|do|will|can|is|are)(?: not|n't)|can't|cannot|won't) (?:create|establish|form|constitute|replace|"
        r"substitute for|"
        r"amount to|take the place of|make (?:us|me|you)|count as) (?:a |an )?(?:therapeutic|therapist[- ]client|"
        r"client[- ]therapist|therapist[- ]patient|doctor[- ]patient|professional|treatment|counsell?ing|"
        r"clinical|counsell?or[- ]client)? ?(?:relationship|therapy|treatment|care|advice|diagnosis|counsell?ing|"
        r"assessment|evaluation|professional (?:help|care|advice))\b",
        unless=None,
        accept=_about_this_content,
    ),
    Pattern(
        r"\b(?:can't|cannot|can not|don't|do not|won't|will not|am (?:not )?able to|'m (?:not )?able to|"
        r"not able to|unable to|am unable to|'m unable to|never) (?:give|offer|provide|share|do) (?:individual|"
        r"personal|personali[sz]ed|individuali[sz]ed|specific|clinical|medical|therapeutic|professional|"
        r"one-on-one|case-specific|mental health)? ?(?:advice|recommendations|guidance|diagnos[ie]s|therapy|"
        r"treatment|counsell?ing|clinical input)\b",
        unless=None,
    ),
    Pattern(
        r"#(?:not ?(?:medical|therapy|professional|clinical)? ?advice|education ?only|not ?therapy|"
        r"for ?education(?:al)? ?purposes|info ?only|educational ?purposes ?only)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:nothing|none of (?:this|it|the above|what i (?:share|post))) (?:here |on this (?:page|account) |"
        r"i (?:share|post) |in (?:this|these) (?:post|video)s? )?(?:is|constitutes|should be (?:taken|read) as|"
        r"counts as|replaces) (?:(?:medical|clinical|professional|individual|personal|mental health|therapy|"
        r"therapeutic) )?(?:advice|therapy|treatment|a diagnosis)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:i'm|i am) not your (?:therapist|counsell?or|doctor|psychologist|clinician|provider|"
        r"psychiatrist)\b|\btake (?:this|it|these) as (?:general |just )?(?:info|information|education|"
        r"food for thought)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:this|it|that|these|this post|this video|this page) (?:isn't|is not|'s not|aren't|"
        r"are not) (?:therapy|treatment|medical advice|clinical advice|a diagnosis|a substitute for (?:therapy|"
        r"care|treatment)|individual advice|counsell?ing)\b",
        unless=None,
    ),
    Pattern(
        r"\bnot (?:therapy|a therapy session|treatment|a diagnosis|a consultation)\b",
        unless=None,
        accept=_named_content,
    ),
    Pattern(
        r"\b(?:general |for )?"
        + EDU
        + r"(?: content| purposes| only| post| (?:about|on) [a-z\-]{2,20}(?: [a-z\-]{2,20})?)?,? (?:and )?not "
        r"(?:as )?(?:a |an )?" + NOT_CARE + r"\b",
        unless=None,
    ),
)

EDUCATION_DISCLAIMER = Check(
    id="education-disclaimer",
    principle="advice-not-therapy",
    kind="must-include",
    what="says the content is general education, not therapy",
    explanation="Readers may take a post as advice meant for them; saying plainly that it is education and not "
    "individual care keeps expectations honest and points them to real help",
    needed="a line saying this is general education, not therapy or individual advice (e.g. \u201cThis post is "
    "for education only and is not a substitute for therapy.\u201d)",
    find=education_disclaimer_find,
    fires_on=(
        "This is general education, though, not advice for your situation.",
        "This post is for educational purposes only and is not a substitute for therapy.",
        "Reminder: content on this page is general education, not medical or mental health advice.",
        "(Not medical advice! Talk to your own doctor.)",
        "I can't give individual advice here, but here's what the research says.",
        "This blog is general education, not an assessment.",
        "That's general education about anxiety, not advice about your own situation.",
        "The tips are general education, not a plan for you.",
    ),
    passes_on=(
        "Medication is not a substitute for learning coping skills.",
        "Education about anxiety is one of the first steps in treatment.",
        "This is not a sponsored post, I just love this book!",
        "Our practice offers therapy for adults, couples and teens.",
    ),
)

CHECKS = (EDUCATION_DISCLAIMER,)
