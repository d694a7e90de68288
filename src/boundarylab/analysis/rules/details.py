"""Confidentiality, part two: details that could point to a specific client.

A job, a town, an age, a date or an unusual event identifies a client only when the text is about a
client, so these details are looked for around a client story, a mention of a client, or a reply that
confirms the relationship, never in a general post.
"""

import re

from boundarylab.analysis.check import Check
from boundarylab.analysis.lexicon import CLIENT
from boundarylab.analysis.patterns import NEGATION, Pattern, alt, any_of, when, words
from boundarylab.analysis.rules.replies import confirms_find
from boundarylab.analysis.rules.stories import (
    JOB,
    MONTH,
    NOT_A_STORY,
    NOT_ONE_CLIENT,
    NUMBER,
    WEEKDAY,
    about_a_real_client,
    client_story_find,
)
from boundarylab.analysis.text import Doc

OCCUPATION_DETAIL = any_of(
    Pattern(
        r"\b(?:she|he|they)(?:'s| is| was| are| were| works as| worked as) (?:a|an|the) " + words(2) + JOB + r"\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:a|an) (?:[a-z0-9\-]{1,40} )?(?:[a-z\-]{1,25} )?" + JOB + r"\b(?= (?:i|we|who|whose|from|at|in|on)\b|,)",
        unless=None,
    ),
    Pattern(
        r"\b(?:her|his|their) (?:new |old |first |dream |part-time |full-time |summer |"
        r"night )?(?:[a-z]{1,25}ing )?(?:job|career|shift|promotion|classroom|students|restaurant|shop|salon|"
        r"store|business|platoon|congregation|firm|unit|ward|band|bakery|farm|church|squad|precinct|station)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:she|he|they) (?:works?|worked|is working|was working|used to work) (?:at|for|as|in) (?:the |a |"
        r"an )?[a-z]",
        unless=None,
    ),
    Pattern(r"\b(?:her|his|their) (?:job|work) (?:at|as|in|for) (?:the |a |an )?[a-z]", unless=None),
    # "19, works at the chippy on the high street", "who's a barrister"
    Pattern(
        r"(?:,|\bwho) (?:works?|worked|is working|used to work) (?:at|in|for) the [a-z]{2,25}\b|"
        r"\bwho(?:'s| is| was) (?:a|an) " + words(2) + JOB + r"\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:passed|failed|took) (?:the |her |his |their )?(?:bar exam|bar|boards|nclex|mcat|lsat|gre|sat|"
        r"driving test|citizenship test)\b",
        unless=None,
    ),
)
PLACE_WORD = alt(
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "bridge",
    "park",
    "mall",
    "lake",
    "river",
    "county",
    "high",
    "high school",
    "middle school",
    "elementary",
    "academy",
    "college",
    "university",
    "hospital",
    "medical center",
    "general",
    "church",
    "base",
    "plaza",
    "heights",
    "hills",
    "falls",
    "ridge",
    "valley",
    "springs",
    "harbor",
    "harbour",
    "beach",
    "creek",
    "station",
    "square",
    "center",
    "centre",
    "mill",
    "plant",
    "factory",
    "prison",
)
_NOT_PLACE = {
    "i",
    "in",
    "on",
    "at",
    "for",
    "as",
    "the",
    "a",
    "an",
    "my",
    "our",
    "your",
    "her",
    "his",
    "their",
    "this",
    "that",
    "she",
    "he",
    "they",
    "we",
    "it",
    "and",
    "but",
    "so",
    "or",
    "god",
    "instagram",
    "facebook",
    "tiktok",
    "google",
    "yelp",
    "zoom",
    "english",
    "spanish",
    "dbt",
    "cbt",
    "emdr",
    "act",
    "ifs",
    "session",
    "therapy",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "mom",
    "dad",
    "love",
    "progress",
    "recovery",
    "hope",
    "christmas",
    "thanksgiving",
    "easter",
    "she's",
    "he's",
    "it's",
    "grad",
    "school",
    "work",
    "college",
    "class",
    "group",
    "church",
    "court",
    "person",
    "first",
    "last",
    "march",
    "may",
    "june",
    "april",
}


def _capitalised_place(doc: Doc, m: re.Match[str]) -> bool:
    word = m.group("name")
    return doc.original_char(m.start("name")).isupper() and word not in _NOT_PLACE


PLACE_DETAIL = any_of(
    Pattern(r"\b(?:route|highway|hwy|interstate|i-|exit|county road|state road|sr) ?\d{1,3}\b", unless=None),
    Pattern(
        r"\b(?=(?P<hit>(?P<name>[a-z]{1,25}) (?:[a-z]{1,25} )?" + PLACE_WORD + r"\b))",
        unless=None,
        accept=_capitalised_place,
    ),
    Pattern(
        r"\b(?:in|from|at|near|outside|to|of) (?:downtown |north |south |east |west |the )?(?P<name>[a-z]{3,25})\b",
        unless=None,
        accept=_capitalised_place,
    ),
    Pattern(
        r"\b(?:in|from|at|around) (?:our|this|my|a|her|his|their) (?:small |little |tiny |rural |home )?(?:town|"
        r"village|community|neighbou?rhood|parish|school district|hometown|building|street|block)\b",
        unless=None,
    ),
    Pattern(
        r"\blocal (?:high school|school|hospital|plant|factory|mill|church|bakery|gym|college|diner|restaurant|"
        r"fire (?:station|department)|police (?:department|station)|news|paper|base|team|coffee shop|bar|"
        r"library)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:the|our|this) (?:plant|mill|factory|base|mine|refinery|warehouse|distribution center|paper mill|"
        r"naval base|air base|army base) (?:in|outside|downtown|here|where)\b",
        unless=None,
    ),
)
DATE_DETAIL = any_of(
    Pattern(r"\b(?:on |last |this |next |every |since )?" + WEEKDAY + r"s?\b", unless=None),
    Pattern(
        r"\b(?:in|since|last|this|early|late|until|by|on) " + MONTH + r"\b|\b" + MONTH + r" \d{1,2}(?:st|nd|rd|"
        r"th)?\b",
        unless=None,
    ),
    Pattern(r"\bon (?:the )?\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", unless=None),
    Pattern(
        r"\b(?:christmas|thanksgiving|easter|new year's|halloween|hanukkah|ramadan|passover|diwali|mother's day|"
        r"father's day|valentine's|(?:her|his|their) (?:\d{1,6}(?:st|nd|rd|th) )?birthday|graduation day|(?:her|"
        r"his|their) anniversary)\b",
        unless=None,
    ),
    Pattern(
        r"\b" + NUMBER + r"(?:[- ]and[- ]a[- ]half)?[- ](?:days?|nights?|weeks?|months?|years?|yrs?|sessions|"
        r"tours?|deployments?|kids|children|miscarriages|marriages|divorces)\b",
        # "whose therapy ended about two years ago": how long since it ended, said of every former client alike
        # and "has been commenting for the past three weeks": how long something went on, not who it is
        unless=r"\b(?:ended|finished|terminated|closed|stopped|wrapped up)(?: (?:about|around|roughly|nearly|over|more "
        r"than|at least|almost))?\s{0,2}$|\b(?:for|over|in) the (?:past|last)\s{0,2}$",
    ),
)
AGE_DETAIL = any_of(
    Pattern(
        r"\b(?:\d{1,2}|" + NUMBER + r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)[- ]?(?:year|"
        r"yr)s?[- ]?old\b",
        unless=None,
    ),
    Pattern(r"\b(?:\d0|twenty|thirty|forty|fifty|sixty|seventy)[- ]?something\b", unless=None),
    Pattern(
        r"\bin (?:her|his|their) (?:early |mid-?|late )?(?:teens|twenties|thirties|forties|fifties|sixties|"
        r"seventies|eighties|nineties|\d0s)\b",
        unless=None,
    ),
    Pattern(r"\b(?:aged?|age) \d{1,2}\b|\b\d{1,2} ?(?:yo|y/o|y\.o\.)\b", unless=None),
    Pattern(
        r"\b(?:she|he|they)(?:'s| is| was| are| were) (?:only |just |barely )?\d{1,2}\b(?! ?(?:minutes|%|percent|"
        r"times|days|hours|weeks|months|sessions|pounds|lbs|kg))",
        unless=None,
    ),
)
EVENT_DETAIL = any_of(
    Pattern(
        r"\b(?:her|his|their|the) (?:recent |messy |ugly |sudden |first |second |third )?(?:divorce|miscarriage|"
        r"stillbirth|abortion|affair|arrest|dui|overdose|suicide attempt|deployment|car (?:accident|crash)|"
        r"house fire|bankruptcy|custody (?:battle|case|fight|hearing)|surgery|chemo|wedding|funeral|layoff|"
        r"promotion|graduation|pregnancy|twins|triplets|adoption|transplant|eviction|sobriety chip|rehab stay|"
        r"hospitali[sz]ation|sentencing|trial|lawsuit|accident|cancer|mastectomy|stroke|amputation)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:her|his|their) (?:husband|wife|partner|son|daughter|mother|mom|father|dad|brother|sister|baby|"
        r"child|twin|fianc[eé]e?|boyfriend|girlfriend)(?:'s)? (?:died|passed|was killed|killed (?:himself|"
        r"herself)|left|walked out|was arrested|was deployed|deployment|overdosed|overdose|relapsed|came out|"
        r"moved out|cheated|suicide|death|funeral|accident|diagnosis)\b",
        unless=None,
    ),
    Pattern(
        r"\blost (?:her|his|their) (?:husband|wife|partner|son|daughter|mother|mom|father|dad|baby|job|house|"
        r"home|leg|arm|license|licence|business|farm)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:came out (?:to|as)|got (?:sober|married|divorced|engaged|fired|promoted|arrested|deported|"
        r"evicted)|gave birth|had (?:twins|a baby|a miscarriage|an affair)|got into (?:law|med|grad|"
        r"nursing) school|won (?:the|her|his|their) (?:election|custody|lottery|case|race|championship|title))\b",
        unless=None,
    ),
    Pattern(
        r"\btold (?:her|his|their) (?:parents|family|mom|dad|mother|father|wife|husband) (?:she|he|they)(?:'s|"
        r" is| are| was)\b",
        unless=None,
    ),
    Pattern(
        r"\bopenly (?:gay|trans|transgender|lesbian|bi|bisexual|queer|nonbinary|non-binary)\b|\b(?:our|the|"
        r"my) only (?:[a-z\-]{1,25} ){0,3}(?:student|kid|child|family|client|teacher|person|girl|boy|one)\b|"
        r"\bon the (?:town|city|school|county|village|parish) (?:council|board)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:pregnant|kicked (?:her|him|them) out|homeless|in foster care|on probation|in recovery|in rehab|"
        r"widowed|divorcing|deployed|incarcerated|in prison|in jail|undocumented)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:she|he|they)(?:'s| is| are| was) (?:gay|lesbian|bi|bisexual|trans|transgender|queer|pregnant|"
        r"undocumented|hiv positive|hiv-positive|adopted|a widow|a widower)\b",
        unless=None,
    ),
)

_NOT_NAME = {
    "she",
    "he",
    "they",
    "it",
    "this",
    "that",
    "someone",
    "everyone",
    "one",
    "my",
    "a",
    "the",
    "today",
    "yesterday",
    "mom",
    "dad",
    "mum",
    "who",
    "which",
    "what",
    "she'd",
    "he'd",
    "then",
    "and",
    "but",
    "so",
    "also",
    "nobody",
    "anybody",
    "somebody",
    "client",
    "patient",
    "therapy",
    "her",
    "him",
    "finally",
    "later",
    "once",
    "still",
}


def _capitalised_name(doc: Doc, m: re.Match[str]) -> bool:
    return doc.original_char(m.start("name")).isupper() and m.group("name") not in _NOT_NAME


def _set_off_name(doc: Doc, m: re.Match[str]) -> bool:
    """A capitalised word set off by a bracket or comma, not an acronym: ", LCSW" signs a message."""
    return _capitalised_name(doc, m) and not doc.original_char(m.start("name") + 1).isupper()


NAME_DETAIL = any_of(
    # "(Dwayne, firefighter, Tulsa)": a name or town set off by brackets or commas; "(Sent via email)" opens an aside
    Pattern(r"(?:\((?=[a-z]{2,25}[,)])|, )(?P<name>[a-z]{2,25})\b", unless=None, accept=_set_off_name),
    Pattern(
        r"\b(?:my|our|a|the) " + words(1) + CLIENT + r",? (?P<name>[a-z]{2,25})\b",
        unless=None,
        accept=_capitalised_name,
    ),
    Pattern(
        r"\b(?:named|called|name is|name's) (?P<name>[a-z]{2,25})\b",
        unless=r"\b(?:let's|lets|we'll|i'll) ",
        accept=_capitalised_name,
    ),
    Pattern(
        r"\b(?P<name>[a-z]{2,25}) (?:told|said to|asked|texted|emailed|messaged|shared with|showed|thanked) me\b",
        unless=None,
        accept=_capitalised_name,
    ),
)

IDENTIFYING = any_of(
    AGE_DETAIL,
    OCCUPATION_DETAIL,
    PLACE_DETAIL,
    DATE_DETAIL,
    EVENT_DETAIL,
    NAME_DETAIL,
    Pattern(r"\b" + JOB + r"\b", unless=None),
)
# The text has to be about a client for a detail to identify one.
ABOUT_A_CLIENT = any_of(
    client_story_find,
    Pattern(
        r"\bwhat (?:my |our )?(?:clients|patients|couples|families) (?:say|said|are saying|have said)\b|"
        r"\b(?:client|patient) (?:testimonials?|reviews?|stories|quotes|feedback|love)\b",
        unless=NEGATION,
    ),
    Pattern(r"\b(?:my|a|the|this|that|our) " + words(1) + CLIENT + r"\b" + NOT_ONE_CLIENT, unless=NOT_A_STORY),
)
# A reply to the client already names them; what it must not add is what they came for or what happened to them.
REPLY_DETAIL = any_of(
    AGE_DETAIL,
    OCCUPATION_DETAIL,
    PLACE_DETAIL,
    EVENT_DETAIL,
    Pattern(
        r"\byour (?:[a-z\-]{1,25}'s |new |old |first )?(?:job|work|school|course|degree|promotion|wedding|baby|"
        r"move|house|divorce|surgery|diagnosis|funeral|death|passing|illness|cancer|accident|arrest|court case|"
        r"custody|pregnancy|miscarriage|breakup|separation)\b",
        unless=NEGATION + r"|\bif\b",
    ),
    Pattern(r"\b(?:new )?job at (?:the|a) [a-z]{2,25}\b", unless=None),
    Pattern(
        r"\byour (?:[a-z\-]{1,25} )?(?:anxiety|depression|grief|trauma|panic(?: attacks)?|ocd|adhd|drinking|"
        r"sobriety|recovery|eating disorder|divorce|affair|miscarriage|diagnosis|medication|meds|self-harm|"
        r"suicidal thoughts|addiction|phobia|insomnia|marriage problems|anger|test anxiety|ptsd|bipolar|"
        r"relapse)\b(?!-)",
        unless=NEGATION + r"|\bif\b",
    ),
)

CLIENT_IDENTIFYING_DETAIL = Check(
    id="client-identifying-detail",
    principle="confidentiality",
    kind="must-avoid",
    what="is a detail that could point to a specific client",
    explanation="A job, a town, an age, a date or an unusual event lets people who know the client recognize "
    "them, even with no name given",
    find=about_a_real_client(
        any_of(when(IDENTIFYING, ABOUT_A_CLIENT, within=300), when(REPLY_DETAIL, confirms_find, within=300))
    ),
    fires_on=(
        "So proud of my client today! After 8 months of panic attacks she finally drove across the Route 9 "
        "bridge to her new teaching job.",
        "A 16-year-old I see told me today she has been cutting since spring.",
        "One of my clients, a nurse on the night shift, says she hasn't slept properly since March.",
        "My client Jenna finally quit her job at the mall. So proud of her.",
        "Had a lad in clinic this week, 17, works at the garage on the ring road, finally talked about his mum.",
        "My client who's a barrister just won her first case since her burnout.",
    ),
    passes_on=(
        "Training question for the group, using a made-up scenario: a man in his 60s on a med-surg floor declines a psych consult.",
        "Panic can make ordinary things, like driving over a bridge on the way to work, feel impossible.",
        "Teachers, nurses and first responders carry a lot of invisible stress.",
        "Our new office is on Main Street in Maple Ridge, right next to the library.",
        "A client once told me something I still think about.",
    ),
)

CHECKS = (CLIENT_IDENTIFYING_DETAIL,)
