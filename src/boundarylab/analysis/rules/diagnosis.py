"""Diagnosing at a distance: a diagnostic label pinned on a specific person.

What separates it from teaching is who the label is pinned on. A person ("@mike_r you're clearly a
narcissist", "that senator is obviously a sociopath", "sounds like your ex is a narcissist") is a
diagnosis; the condition itself ("NPD is diagnosed after a full assessment") is education; a reader
invited to tick symptoms is a self-diagnosis prompt (self_diagnosis.py).
"""

import re
from collections.abc import Iterable

from boundarylab.analysis.check import Check
from boundarylab.analysis.lexicon import DISORDER, LABEL, LABEL_USED_AS_TOPIC, PERSON_NOUN, TITLE
from boundarylab.analysis.patterns import (
    NEGATED_JUST_BEFORE,
    NEGATION,
    Pattern,
    alt,
    any_of,
    gap,
    in_sentence,
    in_text,
    in_window,
    quoted,
    words,
)
from boundarylab.analysis.text import Doc

HEDGE_FREE = NEGATION + (
    r"|\b(?:if|whether|when|wondering|doesn't mean|does not mean|not (?:every|all)|"
    r"not necessarily|can't (?:tell|know|say)|cannot (?:tell|know|say)|won't (?:diagnose|speculate)|assume|"
    r"assuming|call(?:ing)? (?:someone|people|them|him|her|your [a-z]{1,25})|label(?:l?ing)?|just because|only a|"
    r"even if|unless|signs?|red flags|clues|how to (?:tell|know)|quiz)\b"
)
CERTAIN = alt(
    "clearly",
    "obviously",
    "definitely",
    "totally",
    "100%",
    "100 percent",
    "absolutely",
    "literally",
    "textbook",
    "classic",
    "a textbook",
    "a classic",
    "a total",
    "a full-blown",
    "a raging",
    "a complete",
    "an absolute",
    "an actual",
    "a real",
    "such a",
    "such an",
    "straight up",
    "undeniably",
    "so clearly",
    "plainly",
    "certainly",
    "100% a",
    "clinically",
)
SOFT = alt(
    "probably",
    "likely",
    "just",
    "also",
    "kind of",
    "kinda",
    "low-?key",
    "completely",
    "a",
    "an",
    "an obvious",
    "a clear",
    "an undiagnosed",
    "undiagnosed",
    "untreated",
    "a malignant",
    "a covert",
    "basically",
    "pretty much",
    "seriously",
    "really",
)
# "he's OCD" is a copula; "your son's OCD" is a possessive, so nouns take "is", never "'s". A hedged "you're
# probably autistic" to every reader is a self-diagnosis prompt, so a bare "you" needs certainty (below).
SUBJECT = (
    r"(?:(?:@user(?: you)?|he|she)(?:'s|'re| is| are| was| were| seems| sounds| looks| seem| has always been|"
    r" is being)|(?:(?:this|that|the|your|his|her|their|my|our) "
    + words(1)
    + PERSON_NOUN
    + r"(?: [a-z]{1,25})?|(?:the )?"
    + TITLE
    + r"\.? [a-z]{1,25}(?: [a-z]{1,25})?)(?: is| are| was| were| seems| sounds| looks| has always been|"
    r" is being))"
)
COPULA = r"(?: like| to be)?"
_NOT_NAME = {
    "this",
    "that",
    "it",
    "everyone",
    "everybody",
    "nobody",
    "somebody",
    "someone",
    "anyone",
    "which",
    "what",
    "who",
    "there",
    "here",
    "one",
    "each",
    "he",
    "she",
    "you",
    "they",
    "we",
    "i",
    "love",
    "anger",
    "therapy",
    "trauma",
    "grief",
    "anxiety",
    "depression",
    "it's",
    "that's",
    "diagnosis",
    "labelling",
    "labeling",
    "narcissism",
    "behaviour",
    "behavior",
    "none",
    "person",
    "partner",
    "mine",
    "yours",
    "not",
    "abuse",
    "control",
    "manipulation",
    "gaslighting",
    # "October is ADHD Awareness Month": months and days are capitalised but name no one
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "today",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}


def _person_or_certain(doc: Doc, m: re.Match[str]) -> bool:
    """A bare word subject counts only as a name ("Kevin is a narcissist") or with certainty."""
    if m.group("certain"):
        return True
    name = m.group("name")
    return name not in _NOT_NAME and doc.original_char(m.start("name")).isupper()


diagnosis_find = any_of(
    Pattern(
        r"\byou(?:'re| are)(?: (?:"
        + CERTAIN
        + r")){1,3}(?: (?:"
        + SOFT
        + r")){0,2} (?:a |an )?"
        + LABEL
        + r"\b"
        + LABEL_USED_AS_TOPIC,
        unless=HEDGE_FREE,
    ),
    # "@mike_r you're clearly a narcissist", "that senator is obviously a sociopath"
    Pattern(
        r"\b"
        + SUBJECT
        + COPULA
        + r"(?: (?:"
        + CERTAIN
        + "|"
        + SOFT
        + r")){0,3} (?:a |an )?"
        + LABEL
        + r"\b"
        + LABEL_USED_AS_TOPIC,
        unless=HEDGE_FREE,
    ),
    # "Kevin is such a narcissist"
    Pattern(
        r"\b(?P<name>[a-z]{1,25})(?: is| was|(?='s (?:"
        + CERTAIN
        + r")\b)'s)(?P<certain>(?: "
        + CERTAIN
        + r"){0,3})(?: "
        + SOFT
        + r"){0,2} (?:a |an )?"
        + LABEL
        + r"\b"
        + LABEL_USED_AS_TOPIC,
        unless=HEDGE_FREE,
        accept=_person_or_certain,
    ),
    # "he clearly has NPD", "the senator is showing signs of dementia"
    Pattern(
        r"\b(?:@user|he|she|(?:this|that|the|your|his|her|their) " + words(1) + PERSON_NOUN + r"(?: [a-z]{1,25})?"
        r"|(?:the )?" + TITLE + r"\.? [a-z]{1,25})(?: (?:clearly|obviously|definitely|probably|likely|totally|"
        r"must|100%|absolutely|seriously|honestly|so|just)){0,4} (?:has|'s got|has got|suffers from|"
        r"is suffering from|(?:is )?(?:showing|displaying|exhibiting) (?:clear |classic |obvious |"
        r"all the |the )?(?:signs|symptoms) of|shows (?:clear |classic |obvious )?(?:signs|symptoms) of|"
        r"has (?:all the )?(?:signs|symptoms) of|is in the (?:early )?stages of|struggles with|"
        r"is battling|is dealing with) (?:(?:a |an |some |full-blown |undiagnosed |untreated |severe |"
        r"serious |textbook |classic |obvious |early[- ]stage |early |raging )){0,2}" + DISORDER + r"\b",
        unless=HEDGE_FREE,
    ),
    # "@jess you clearly have ADHD" (a hedged "you might have" to all readers is a self-diagnosis prompt)
    Pattern(
        r"\b(?:@user,? (?:you|your)|you)(?: (?:clearly|obviously|definitely|totally|100%|absolutely|honestly|"
        r"so obviously|literally)){1,4} (?:have|has|'ve got|suffer from|are showing signs of) (?:(?:a |an |some |"
        r"full-blown |undiagnosed |untreated |severe |serious |textbook |classic ))?" + DISORDER + r"\b",
        unless=HEDGE_FREE,
    ),
    Pattern(
        r"\b@user,? (?:you |u )?(?:probably|likely|might|may|could|must|prob)? ?(?:have|has|got|are|"
        r"'re) (?:(?:a |an |some |undiagnosed |untreated ))?(?:"
        + DISORDER
        + "|"
        + LABEL
        + r")\b"
        + LABEL_USED_AS_TOPIC,
        unless=HEDGE_FREE,
    ),
    # "what you describe would certainly count as trauma", "your symptoms meet the criteria for PTSD"
    Pattern(
        r"\b(?:what you(?:'ve| have)? (?:describe[ds]?|went through|are describing|shared|told (?:me|us) about)|"
        r"your (?:experience|symptoms|story)) (?:would |does |did |will )?(?:certainly |definitely |clearly |"
        r"absolutely |easily |100% )?(?:counts? as|qualif(?:y|ies) as|meets? (?:the )?(?:criteria|definition) "
        r"(?:for|of)) (?:a |an )?(?:textbook |classic |clear |full-blown )?(?:" + DISORDER + r"|(?:complex )?trauma)\b",
        unless=HEDGE_FREE,
    ),
    # "Sounds like your ex is a narcissist", "that sounds like BPD to me"
    # "it looks a lot like a manic episode to me", "his pauses look like early Alzheimer's to me"
    Pattern(
        r"\b(?:looks?|looked|seems?|seemed) (?:a lot |very much |exactly |just |pretty much )?like (?:(?:a |an |"
        r"some |textbook |classic |full-blown |undiagnosed |early |early-onset |obvious |clear )){0,3}"
        + DISORDER
        + r"\b(?= to me\b)",
        unless=HEDGE_FREE,
    ),
    Pattern(
        r"\b(?:he|she|(?:your|his|her) " + words(1) + PERSON_NOUN + r"|@user) (?:looks?|looked|seems?|"
        r"seemed) (?:a lot |very much |exactly |just |pretty much )?like (?:(?:a |an |some |textbook |classic |"
        r"full-blown |undiagnosed |early |early-onset |obvious |clear )){0,3}(?:"
        + DISORDER
        + "|"
        + LABEL
        + r")\b"
        + LABEL_USED_AS_TOPIC,
        unless=HEDGE_FREE,
    ),
    Pattern(
        r"\b(?:i'd|i would|my|i) (?:guess|bet|say|money's on|money is on|diagnosis(?: would be| is)?|"
        r"gut says)\W{0,3}(?:it's |it is |he has |she has |they have |he's got |she's got )?(?:a |an |some |"
        r"full-blown |undiagnosed |classic |textbook )?" + DISORDER + r"\b",
        unless=HEDGE_FREE,
    ),
    Pattern(
        r"\b(?:it |that |this |he |she |(?:your|his|her) " + words(1) + PERSON_NOUN + r" )?(?:sounds?|seems?|"
        r"sounded) (?:a lot |very much |exactly |just |pretty much )?(?:like|to me like)(?: (?:you|he|she|they|"
        r"(?:your|his|her) " + words(1) + PERSON_NOUN + r")(?:'re|'s| is| are| has| have| might have| may have|"
        r" could have| might be| may be| could be| probably has| probably is| probably have|'ve got|"
        r" definitely has| definitely is))?(?: (?:dealing|struggling|living|coping) with| experiencing| suffering from)?"
        r" (?:(?:a |an |some |textbook |classic |full-blown |"
        r"undiagnosed |untreated |clear |typical |major |severe |an undiagnosed |early |early-onset |"
        r"obvious |full |late-stage )){0,3}(?:(?:(?!normal |ordinary |everyday |healthy )[a-z\-]{3,20} )?"
        + DISORDER
        + "|"
        + LABEL
        + r")\b"
        + LABEL_USED_AS_TOPIC,
        unless=HEDGE_FREE,
    ),
    Pattern(
        r"\b(?:sounds|seems|looks) like (?:your|his|her|ur) " + words(1) + PERSON_NOUN + r" (?:might|may|could|"
        r"probably|definitely|clearly)? ?(?:have|has|shows?|is showing) (?:some |a lot of |all the |classic |"
        r"textbook |clear )?(?:narcissistic|sociopathic|psychopathic|borderline|bipolar|histrionic|antisocial|"
        r"manipulative|abusive|bpd|npd) (?:traits|tendencies|behaviou?rs?|signs|features)\b",
        unless=HEDGE_FREE,
    ),
    # "textbook narcissist", "that's classic BPD", "screams sociopath" -- when pinned on someone in the sentence
    Pattern(
        r"\b(?:textbook|classic|clear-cut|full-blown|raging|malignant|covert|a clear case of|a textbook case of|"
        r"a classic case of|a walking case of|walking|a poster child for|screams|screaming|peak|typical|pure|"
        r"straight up|100%) (?:"
        + LABEL
        + "|"
        + DISORDER
        + r")\b(?! (?:traits?|signs?|symptoms?|examples?|cases? (?:of|study)|presentation|criteria|features|"
        r"research))",
        unless=HEDGE_FREE,
        accept=in_window(
            r"@user|\b(?:he|she|him|her|his|hers|that's|this is|what a|(?:this|that|"
            r"the) (?:[a-z\-]{1,25} )?" + PERSON_NOUN + r"|" + TITLE + r"\.? [a-z]{1,25})\b",
            before=120,
            after=40,
        ),
    ),
)

# A specific person, however they are referred to: "the new CEO of Corvell Foods", "that contestant on Island
# Hearts", "someone in this thread", "you" (said to one commenter).
PERSON_REF = (
    r"(?:@user|(?:this|that|the|your|his|her|their|my|our) "
    + words(2)
    + PERSON_NOUN
    + r"(?: (?:on|from|at|of|in) (?:[a-z'\-]{1,25} ){0,2}[a-z'\-]{1,25})?|(?:the )?"
    + TITLE
    + r"\.? [a-z]{1,25}|someone(?: (?:here|in (?:this|the) (?:thread|comments)))?|you)"
)
TRAIT_WORD = r"(?:traits?|tendenc(?:y|ies)|personality|energy|vibes?|features)"
# The idea in any word order: a diagnostic label, and a specific person in the same sentence (or in a short one
# just before it: "Her ex? Covert narc."), with no teaching, hedging or first-hand frame around them.
SPECIFIC_PERSON = re.compile(
    r"@user|\b(?:he|she|him|his|her)\b|\b(?:the|that|this|your|my|our|his|her) (?:[a-z\-']{1,25} ){0,3}?(?:"
    + PERSON_NOUN
    + r")\b|\b(?:"
    + TITLE
    + r")\.? [a-z]{2,25}\b|\byou(?:'re| are)\b"
)
TEACHING = re.compile(
    r"\b(?:if|when|whether|people|those|someone|anyone|signs?|symptoms?|traits? (?:of|include)|can|could|may|might|"
    r"often|many|most|research|stud(?:y|ies)|assess\w{0,6}|doesn't|isn't|not every|never|can't|cannot|won't|don't|"
    r"stop|words?|term|myth|stigma|living with|lives with|lived with|memoir|openly|publicly|own|i have|i had|i've|"
    r"i was|not|no|n't|labels?|pov|quiz|diagnosed|diagnosis|diagnoses|treatment|treated|meds|medication|therapy|support|proud|"
    r"learn\w{0,3}|awareness|understand\w{0,3}|means?|looks? like in|like (?:adhd|ocd|autism)|about|with (?:adhd|"
    r"ocd|autism|bpd|ptsd|bipolar|depression|anxiety))\b"
)
_LABEL_RX = re.compile(r"\b(?:" + LABEL + "|" + DISORDER + r")\b")


_NAME = re.compile(r"(?<=[a-z,:] )[A-Z][a-z]{2,24}\b")
NOT_NAMES = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December God Instagram Facebook Twitter TikTok YouTube Reddit English American
Christmas Easter Google Netflix Honestly Seriously Also And But Not The This That""".split()
)


def _names_someone(doc: Doc, start: int, end: int) -> bool:
    """A capitalised name inside the sentence ("Honestly Brenda from accounting…"), not its first word."""
    a, b = doc.span(start, end)
    return any(n.group() not in NOT_NAMES for n in _NAME.finditer(doc.original, a, b))


def _pinned_on_someone(doc: Doc, m: re.Match[str]) -> bool:
    start, end = doc.sentence(m.start())
    if "?" in doc.norm[m.end() : end]:  # a question to readers ("Is your partner a narcissist?") is a prompt
        return False
    before = doc.sentence(start - 2)[0] if start >= 2 else start
    if start - before < 60:  # a short question or fragment just before: "Her ex? Covert narc."
        start = before
    text = doc.norm[start:end]
    return TEACHING.search(text) is None and (
        SPECIFIC_PERSON.search(text) is not None or _names_someone(doc, start, end)
    )


diagnosis_find = any_of(
    diagnosis_find,
    # "that post sounds like someone in a major depressive episode": the label, one step removed
    Pattern(
        r"\b(?:sounds?|looks?|reads?|seems?) like (?:someone|somebody|a person|a (?:[a-z\-]{1,15} )?(?:man|woman|guy|"
        r"kid|teen|teenager|student|parent)) (?:who(?:'s| is) )?(?:in|having|with|going through|experiencing|in the "
        r"middle of) (?:[a-z\-]{1,25} )?(?:" + DISORDER + r")\b",
        unless=NEGATION + r"|\bif\b",
    ),
    # "Not diagnosing anyone, but the plane video is a really clear example of what emotional dysregulation in BPD
    # can look like": the disclaimer, then the label put on the person anyway
    Pattern(
        r"\bnot (?:saying|diagnosing)\b[^.!?]{0,60}\bbut\b[^.!?]{0,80}\b(?:exactly|textbook|classic|a (?:really |very )?"
        r"(?:clear|perfect|good|great) example of)\b",
        unless=None,
        accept=in_window(DISORDER, before=0, after=120),
    ),
    Pattern(
        r"\b(?:textbook|classic|full-blown|raging|covert|malignant|total|complete|clearly|obviously|definitely|"
        r"100%|no question|no doubt|such an?|the most|serious|full|straight up|totally|pure|undiagnosed|untreated|"
        r"is|'s|has|having|a|an) (?:[a-z\-]{1,25} )?(?:" + LABEL + "|" + DISORDER + r"|narc|psychotic break)\b"
        r"(?! (?:disorder|research|symptoms|signs|awareness|community|diagnosis|criteria|month|support|resources|"
        r"clients|people|kids|adults|traits|parents?|families|victims?|survivors?))",
        unless=None,
        accept=_pinned_on_someone,
    ),
    Pattern(
        r"\b(?:i'd say|i think|i bet|i'm guessing|my guess is|if you ask me|my (?:professional )?opinion\W{0,3}|"
        r"i'm betting|i'd bet)\W{0,3}(?:(?:you're|you are|he's|she's|they're|@user (?:is|you're)|(?:your|my|his|her|"
        r"the|that) (?:[a-z\-]{1,25} )?" + PERSON_NOUN + r"(?:'s| is)) (?:dealing with|struggling with|"
        r"suffering from|living with|showing signs of|a|an|clearly|obviously|totally)? ?)(?:"
        + DISORDER
        + "|"
        + LABEL
        + r")\b"
        + LABEL_USED_AS_TOPIC,
        unless=NEGATION,
    ),
    Pattern(
        r"\b(?:"
        + DISORDER
        + "|"
        + LABEL
        + r")\W{0,4}(?:i'd bet (?:money )?on it|i'm calling it|calling it now|no doubt "
        r"about it|mark my words|guaranteed|100%|for sure|trust me)\b",
        unless=HEDGE_FREE,
        accept=in_window(
            r"@user|\b(?:he|she|his|her|(?:the|that|this|my|your) (?:[a-z\-]{1,25} )?"
            + PERSON_NOUN
            + r"|"
            + TITLE
            + r")\b",
            before=140,
            after=20,
        ),
    ),
    Pattern(
        r"\b" + PERSON_REF + r"\b" + gap(40) + r"\b(?:is|'s) (?:having|in the middle of|in|going through) (?:a |an )?"
        r"(?:full-blown |classic |textbook )?(?:manic|hypomanic|psychotic|depressive|dissociative|narcissistic|"
        r"borderline) (?:episode|break|rage|state|spiral|meltdown)\b",
        unless=HEDGE_FREE,
    ),
    Pattern(
        r"\b(?:i |just |i just |i've )?diagnos(?:ed|ing|e) (?:my|your|his|her|the|that|this|our) [a-z\-]{2,25}"
        r"(?: [a-z\-]{2,25})? (?:with|as) (?:a |an )?(?:" + DISORDER + "|" + LABEL + r")\b",
        unless=HEDGE_FREE,
    ),
    # "my mother-in-law has textbook BPD", "Trump's narcissism is on full display", "@jay you sound manic"
    Pattern(
        r"\b(?:@user|my (?:[a-z\-]{1,25} )?"
        + PERSON_NOUN
        + r"|(?:the|that|this|your|his|her) "
        + words(1)
        + PERSON_NOUN
        + r")(?: (?:clearly|obviously|definitely|probably|totally|just|so))? (?:has|'s got|has got|"
        r"is in|is showing|is displaying|is exhibiting|displays|exhibits) (?:all the |every |the |clear |"
        r"some )*(?:classic |textbook |obvious |full-blown |untreated |undiagnosed |signs of |symptoms of |"
        r"hallmarks of )(?:a |an )?(?:" + DISORDER + r"|cognitive decline)\b",
        unless=HEDGE_FREE,
    ),
    Pattern(
        r"(?:\b(?:@user|the " + PERSON_NOUN + r"|(?:the )?" + TITLE + r"\.? [a-z]{1,25})|\b(?P<name>[a-z]{2,25}))'s "
        r"(?:narcissism|psychopathy|sociopathy|mania|paranoia|dementia|cognitive decline|bpd|npd|adhd|ocd|"
        r"bipolar|psychosis|delusions)\b(?! (?:research|paper|book|study|diagnosis was))",
        unless=HEDGE_FREE,
        accept=lambda doc, m: (
            m.group("name") is None or (doc.original_char(m.start("name")).isupper() and m.start("name") > 0)
        ),
    ),
    Pattern(
        r"\b(?:@user,? )?(?:you|he|she) (?:sound|sounds|seem|seems|look|looks) (?:so |really |totally |a bit |"
        r"kinda |clearly )?(?:manic|psychotic|paranoid|delusional|bipolar|schizophrenic|autistic|sociopathic|"
        r"narcissistic|borderline|unhinged)\b",
        unless=HEDGE_FREE,
        accept=in_window(r"@user|\b(?:he|she)\b", before=80, after=10),
    ),
    Pattern(
        r"\b(?P<name>[a-z]{2,25})'s (?:[a-z]{1,25} ){1,2}(?:is|was) (?:pure |textbook |classic |100% |clearly |"
        r"obviously )(?:" + DISORDER + r")\b",
        unless=HEDGE_FREE,
        accept=lambda doc, m: doc.original_char(m.start("name")).isupper(),
    ),
    # "shows every trait of psychopathy", "has all the hallmarks of NPD"
    Pattern(
        r"\b"
        + PERSON_REF
        + r"(?: (?:clearly|obviously|definitely|really|honestly|just))? (?:shows?|showing|has|displays?|displaying|exhibiting|"
        r"exhibits?|ticks?|checks?|meets?) (?:every|all the|each|the classic|classic|textbook|the|all)"
        r" (?:single )?(?:traits?|signs?|hallmarks?|symptoms?|boxes?|criteria|red flags?) (?:of|for) (?:a |an )?(?:"
        + DISORDER
        + "|"
        + LABEL
        + r")\b",
        unless=HEDGE_FREE,
    ),
    # "Can't diagnose from a clip! But no sleep for 4 days + smashing stuff... it ticks a lot of boxes": the label
    # left for the reader to fill in is still put on the person
    Pattern(
        r"\b(?:ticks?|checks?|hits?|ticking|checking) (?:a lot of|lots of|all (?:the|of the|my)|most of the|"
        r"many of the|enough|several|every one of the|a few) (?:the )?boxes\b|\bticks? every box\b",
        unless=HEDGE_FREE,
        accept=in_window(
            r"\b(?:diagnos\w{0,6}|symptoms?|criteria|disorder|signs? of)\b|" + DISORDER, before=200, after=80
        ),
    ),
    # "you have borderline traits", "someone's got some serious antisocial personality going on"
    Pattern(
        r"\b" + PERSON_REF + r"(?:'s| is| are|'re)?(?: (?:clearly|obviously|definitely|really|honestly|just))?"
        r" (?:have|has|'ve got|'s got|got|shows?|displays?|gives? off|giving) (?:some |such |strong |serious |"
        r"major |clear |classic |obvious |textbook |real |big |a lot of |lots of |many |plenty of )*"
        + LABEL
        + r" "
        + TRAIT_WORD
        + r"\b",
        unless=HEDGE_FREE,
    ),
    # "that contestant on Island Hearts is a classic histrionic personality"
    Pattern(
        r"\b"
        + PERSON_REF
        + r" (?:is|was|seems|sounds|looks)(?: like)?(?: (?:"
        + CERTAIN
        + "|"
        + SOFT
        + r")){0,3} (?:a |an )?"
        + LABEL
        + r"(?: personality| type| case)?\b(?! (?:traits?|disorder|signs?|"
        r"symptoms?|abuse|victims?|survivors?|parents?))",
        unless=HEDGE_FREE,
    ),
    # "are you as narcissistic as Chef Bruno?"
    Pattern(
        r"\bas " + LABEL + r" as (?:@user|(?:the )?" + TITLE + r"\.? [a-z]{1,25}|(?:your|my|his|her|that|this) "
        r"(?:[a-z'\-]{1,25} )?" + PERSON_NOUN + r")\b",
        unless=NEGATION,
    ),
    # "that's the textbook picture of a certain mood disorder", "the pattern screams borderline personality
    # disorder", "Ms. Vetter's pattern ... is consistent with a personality disorder", "sounds like your
    # perfectionism, and honestly a bit of an anxiety disorder": the label, hedged or hinted, on someone
    Pattern(
        r"\b(?:that's|that is|this is|it's|he's|she's|they're|looks like|sounds like|seems like) (?:the |a )?"
        r"(?:textbook|classic) (?:picture|case|example|presentation|description) of (?:a certain |some )?"
        r"(?:[a-z\-]{1,25} )?(?:disorder|" + DISORDER + "|" + LABEL + r")\b",
        unless=NEGATION + r"|\b(?:if|whether)\b",
        accept=in_window(r"@user|\b(?:he|she|his|her|him|they|clip|video)\b", before=200, after=40),
    ),
    Pattern(
        r"\b(?:pattern|behaviou?r|posts?|comments?|messages?) (?:screams?|screamed|screaming|shouts?|yells?) "
        r"(?:[a-z\-]{1,25} )?(?:" + DISORDER + "|" + LABEL + r")\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\bconsistent with (?:a |an )?(?:[a-z\-]{1,25} )?(?:" + DISORDER + r")\b",
        unless=NEGATION + r"|\b(?:if|whether|may|might|could)\b",
        accept=in_window(
            r"@user|\b(?:ms|mr|mrs|mx|dr)\.? [a-z]{2,25}|\b(?:he|she|his|her|him)\b", before=200, after=20
        ),
    ),
    Pattern(
        r"\bsounds like (?:your|you(?:'re| are| have)) " + gap(60) + r"\b(?:" + DISORDER + r")\b",
        unless=NEGATION + r"|\b(?:if|whether)\b",
    ),
)

# The label reached by a judgement in other words: "what you're describing sounds like panic disorder", "an hour every
# night sounds a lot like sensory processing disorder", "her pattern fits a narcissistic personality disorder", "point
# to histrionic personality disorder", "may well have avoidant personality traits", "likely PTSD from whatever
# happened", "pretty much the BPD playbook".
LABEL_OR_DISORDER = r"(?:" + DISORDER + "|" + LABEL + r"|(?:[a-z\-]{3,20} ){1,2}disorder)"
PERSONALITY_TRAITS = (
    r"(?:avoidant|narcissistic|borderline|histrionic|antisocial|paranoid|dependent|schizoid) (?:personality )?traits"
)
JUDGED = any_of(
    Pattern(
        r"\b(?:sounds?|sounding|looks?|seems?|reads?)(?: (?:a lot|a bit|very much|exactly|just|pretty much))? like (?:a |an "
        r")?(?:textbook |classic |clear |full-blown )?(?:[a-z\-]{1,20} ){0,2}"
        + LABEL_OR_DISORDER
        + r"\b"
        + LABEL_USED_AS_TOPIC,
        unless=HEDGE_FREE + r"|\b(?:can|could|may|might|often|sometimes)\b",
        unless_after=r"\b(?:only an?|an? (?:evaluation|assessment)|can't (?:know|tell)|cannot (?:know|tell))\b",
        window=30,  # a disclaimer before it ("general education, not advice: ...") is no hedge
    ),
    Pattern(
        r"\b(?:fits|points? to|line[sd]? up (?:[a-z]{1,10} ){0,2}with(?: what we'd call)?|(?:pretty |very )?textbook "
        r"for) (?:a |an )?(?:certain )?(?:[a-z\-]{1,20} ){0,2}(?:"
        + DISORDER
        + r"|"
        + PERSONALITY_TRAITS
        + r"|(?:manic|"
        r"hypomanic|psychotic) presentation)\b",
        unless=HEDGE_FREE,
    ),
    Pattern(
        r"\b(?:may well|most likely|probably|clearly|definitely) (?:has|have|had|is|be) (?:a |an )?(?:[a-z\-]{1,20} )?"
        r"(?:"
        + DISORDER
        + r"|"
        + PERSONALITY_TRAITS
        + r")\b|(?:^|[;:.,\-–—] )likely (?:ptsd|c-ptsd|bpd|adhd|ocd|npd|bipolar|"
        r"autism|a personality disorder|(?:histrionic|narcissistic|borderline|antisocial|schizoid|paranoid|dependent|"
        r"avoidant) (?:features|traits|tendencies))\b|\bthe (?:bpd|npd|narcissist|adhd|borderline|bipolar|manic) (?:playbook|"
        r"checklist|starter pack)\b",
        unless=HEDGE_FREE + r"|\byou\b",  # "you probably have ADHD" prompts self-diagnosis (self_diagnosis.py)
    ),
    # a clinician's verdict on someone not assessed: "I'm fairly sure we're looking at BPD here"
    Pattern(
        r"\b(?:i'm|i am|we're|we are) (?:fairly |pretty |quite |almost |100% )?(?:sure|certain|convinced|confident) "
        r"(?:that )?(?:we're|we are|i'm|i am) (?:looking at|dealing with|seeing) (?:a |an )?(?:textbook |classic |"
        r"clear )?(?:[a-z\-]{1,20} )?(?:" + DISORDER + r"|" + PERSONALITY_TRAITS + r")\b",
        unless=HEDGE_FREE,
    ),
)
JUDGED_AS_A_TRAIT = any_of(
    # "your mother sounds fairly narcissistic", "@user that's depression talking"
    Pattern(
        r"\b(?:sounds?|seems?|comes? across as) (?:fairly |pretty |quite |very |really |a bit |kind of |kinda |somewhat |"
        r"a little |rather |super |so |totally )?(?:narcissistic|borderline|bipolar|psychopathic|sociopathic|histrionic|"
        r"manic|hypomanic|psychotic|autistic|antisocial|schizophrenic)\b",
        unless=HEDGE_FREE,
        accept=in_sentence(SPECIFIC_PERSON.pattern),
    ),
    Pattern(
        r"\b(?:comes?|coming|stems?|stemming) from (?:strong |clear |obvious |some |deep )?"
        + PERSONALITY_TRAITS
        + r"\b|"
        r"\b(?:like|what) you(?:'re| are) describing (?:is|sounds like|sounds) (?:a )?(?:classic|textbook|typical) "
        r"(?:[a-z\-]{1,20} )?(?:" + DISORDER + r")\b",
        unless=HEDGE_FREE,
    ),
    Pattern(
        r"\b(?:that's|that is|it's|it is|this is) (?:the |your )?(?:depression|anxiety|ptsd|ocd|bipolar|mania|bpd|adhd) "
        r"talking\b",
        unless=NEGATED_JUST_BEFORE,
        accept=in_text(r"@user"),
    ),
)
diagnosis_find = any_of(diagnosis_find, JUDGED, JUDGED_AS_A_TRAIT)


def diagnosis_said(doc: Doc) -> Iterable[tuple[int, int]]:
    """A diagnosis the writer makes, not one quoted to be corrected ('Seeing a lot of "she's such a borderline" in
    my tags. Quick reset: …')."""
    return ((s, e) for s, e in diagnosis_find(doc) if not quoted(doc.norm, s, e))


DIAGNOSIS_OF_PERSON = Check(
    id="diagnosis-of-person",
    principle="diagnosing-at-a-distance",
    kind="must-avoid",
    what="puts a diagnosis on a specific person",
    explanation="A diagnosis needs consent and a proper assessment; labeling a commenter, a public figure or "
    "someone's partner from a post can harm them and misleads readers, so talk about behavior, not labels",
    find=diagnosis_said,
    fires_on=(
        "Her posting pattern comes from strong narcissistic traits, if you ask me.",
        "That post sounds like someone in a major depressive episode.",
        "What you're describing in your roommate sounds like panic disorder.",
        "Lining up toys for an hour every night sounds a lot like sensory processing disorder.",
        "In my opinion his pattern of ignoring feedback fits a narcissistic personality disorder.",
        "A grown son who cuts his mother off like this may well have avoidant personality traits.",
        "Session plan: the jokey tone reads as guarded; likely PTSD from the accident.",
        "The flip from rage to tears is basically the BPD playbook.",
        "Those racing thoughts every night sound like classic generalized anxiety disorder.",
        "I'm not saying he has NPD, but that clip is a textbook example of narcissistic rage.",
        "What you describe sounds like seasonal depression, which is common in students.",
        "Can't diagnose from a clip, but no sleep for days plus racing speech... it ticks a lot of boxes.",
        "It sounds like she may be dealing with postpartum depression.",
        "@mike_r you're clearly a narcissist",
        "That senator is obviously a sociopath.",
        "Sounds like your ex is a narcissist, honestly.",
        "The governor is showing classic signs of dementia.",
        "Kevin is such a narcissist lol",
        "Her ex? Covert narc. Seen it a hundred times.",
        "The mayor is displaying all the hallmarks of a narcissist.",
        "I can't diagnose from a comment, but what you describe would certainly count as trauma.",
    ),
    passes_on=(
        "Our new office ticks all the boxes: parking, light and a quiet waiting room.",
        "Narcissistic personality disorder is diagnosed by a clinician after a full assessment.",
        "Not every selfish partner is a narcissist.",
        "You're not a narcissist for saying no.",
        "I can't diagnose anyone I haven't assessed, including public figures.",
        "Classic narcissist traits include a need for admiration and a lack of empathy.",
        "My son has ADHD, and I've learned as much from him as from any training.",
        "Whether what you describe counts as PTSD is something only a proper assessment can tell.",
        "If that sounds like panic disorder to you, a GP or a therapist can assess it properly.",
        "Grief after a job loss can look a lot like depression; reach out if it doesn't lift.",
        "If you zone out a lot, you probably have questions; a clinician can help you sort them out.",
    ),
)

CHECKS = (DIAGNOSIS_OF_PERSON,)
