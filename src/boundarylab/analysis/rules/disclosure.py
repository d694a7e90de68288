"""Self-disclosure: personal detail that serves the therapist rather than the reader.

Sharing lived experience in the past tense, with a purpose ("years ago I had panic attacks;
therapy helped"), is the fine line the course teaches and passes. Current relationship drama,
drinking and the therapist's own live crises do not.
"""

import re

from boundarylab.analysis.check import Check
from boundarylab.analysis.lexicon import FAMILY, FIRST_PERSON, PARTNER
from boundarylab.analysis.patterns import (
    NEGATION,
    Pattern,
    all_of,
    any_of,
    clause_before,
    gap,
    in_sentence,
    not_in_sentence,
)
from boundarylab.analysis.text import Doc

IN_THE_PAST = (
    r"\b(?:years ago|ago|back then|in the past|used to|long ago|decades?|in (?:college|grad school|"
    r"my twenties|my teens|high school)|when i was (?:younger|a teen|a kid|in)|as a (?:teen|teenager|kid|"
    r"child|young)|recovered|recovery|survived|looking back|once upon)\b"
)
# "Woke up still drunk", "Needed a drink after today": diary style, the writer is the subject.
_DIARY = r"(?:^|(?<=[.!?\n]\s))(?:woke up|got|been|feeling|still|just|spent|slept|needed|need|drank|running on)\b"
FIRST = in_sentence(FIRST_PERSON + "|" + _DIARY)
_OPENS_CLAUSE = re.compile(r"^\W{0,5}(?:honestly|ugh|welp|well|so|and|just|finally|seriously|lol|ok|okay)?\W{0,5}$")


_DIARY_VERBS = {
    "had",
    "needed",
    "need",
    "poured",
    "opened",
    "downed",
    "finished",
    "ordered",
    "earned",
    "deserve",
    "grabbed",
    "cracked",
    "on",
}


def _mine(doc: Doc, m: re.Match[str]) -> bool:
    """Said by the writer: "I", "my" in the sentence, or a diary-style opening ("Needed a drink after today")."""
    return FIRST(doc, m) or (
        m.group().split()[0] in _DIARY_VERBS and _OPENS_CLAUSE.match(clause_before(doc.norm, m.start(), 40)) is not None
    )


RELATIVE = "(?:" + FAMILY + "|" + PARTNER + ")"
DRINK = (
    r"(?:glass(?:es)? of (?:wine|whiskey|rosé|rose|red|white|bubbly|champagne|prosecco)|bottles? of (?:wine|"
    r"vodka|whiskey|tequila|rosé|red)|(?:a |another )?bottle|drinks?|beers?|shots?|margaritas?|cocktails?|"
    r"martinis?|mimosas?|glasses)"
)

overshare_find = any_of(
    # relationship drama
    Pattern(
        r"\bmy (?:[a-z\-]{1,25} )?" + PARTNER + r"\b" + gap(40) + r"\b(?:cheated|is cheating|was cheating|"
        r"left me|left us|walked out|moved out|dumped me|filed|served me|yelled|screamed|hit me|hasn't spoken|"
        r"won't speak|isn't speaking|and i (?:had|got into) (?:a|another|our|this) (?:[a-z]{1,25} )?(?:fight|"
        r"argument|blowup|blow-up|row|screaming match)|is (?:making|being) (?:it|this|my life) (?:hell|"
        r"a nightmare|impossible|miserable)|is driving me|left (?:me|us|home)|left (?:[a-z0-9]{1,10} ){0,2}(?:ago|"
        r"last (?:night|week|month))|is (?:definitely |totally |literally |basically |clearly |such )?(?:an? )?"
        r"(?:absolute |total |complete )?(?:nightmare|jerk|asshole|idiot|narcissist|"
        r"monster|deadbeat|liar|cheater|disaster|mess|useless|loser))\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\b(?:caught|found out|discovered|learned)\b"
        + gap(20)
        + r"\b(?:my|he|she|they)\b"
        + gap(30)
        + r"\b(?:cheat|cheating|cheated|affair|sleeping with|hooking up)",
        unless=NEGATION,
        accept=FIRST,
    ),
    Pattern(
        r"\b(?:i'm|i am|i've been|we're|we are|i'm currently|i am currently)\s(?:currently |still |now |finally |"
        r"officially )?(?:going through|in the middle of|finali[sz]ing|dealing with|navigating|getting) (?:a |"
        r"my |our |the |an )?(?:[a-z]{1,25} ){0,2}(?:divorce|divorced|breakup|break-up|separation|"
        r"custody (?:battle|fight|case)|bankruptcy|foreclosure|eviction|evicted|affair|lawsuit|sued)\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\bmy (?:messy |ugly |nasty |brutal |bitter |ongoing |current |second |third )?(?:divorce|breakup|"
        r"separation|custody battle|bankruptcy|foreclosure|eviction|affair|relapse|dui|arrest|breakdown|meltdown|"
        r"hangover|rehab stint|nervous breakdown|mental breakdown|panic attack last night|ivf|miscarriage|"
        r"colonoscopy|pap smear|hemorrhoids|std|sti|yeast infection|sex life|period cramps)\b",
        unless=NEGATION,
        accept=not_in_sentence(IN_THE_PAST),
    ),
    Pattern(
        r"\b(?:going through|in the middle of) (?:a |my )?(?:messy |nasty |ugly |bitter |brutal )(?:divorce|"
        r"breakup|separation|custody battle)\b",
        unless=NEGATION,
    ),
    # drinking and using
    Pattern(
        r"\b(?:wine|beer|tequila|vodka|whiskey|gin|margarita|cocktail|drinking|booze|mimosa|rosé|rose|"
        r"prosecco)s? (?:o'clock|time|thirty|o clock|o'clock somewhere)\b|\b(?:mommy|therapist|mama) (?:juice|"
        r"wine)\b|\bit's (?:5|five) o'clock somewhere\b|\bday drinking\b|\bwine (?:mom|mum)\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\b(?:on|finishing|pouring|poured|need|needed|having|had|opened|opening|drank|downed|finished|ordered|"
        r"earned|deserve|want|grabbing|grabbed|cracking open|cracked open) (?:my |a |another |the |"
        r"this )?(?:second |third |fourth |fifth |2nd |3rd |4th |5th |big |huge |whole |entire |giant |large |"
        r"stiff |strong |much-needed |well-deserved )?" + DRINK + r"\b",
        unless=NEGATION + r"|\b(?:if|when|many|people|someone|alcohol|clients?)\b",
        accept=_mine,
    ),
    Pattern(
        r"\b(?:had|drank|downed|finished|on) (?:two|three|four|five|six|several|a few|\d) (?:glasses|bottles|"
        r"drinks|beers|shots|margaritas|cocktails|pints)\b",
        unless=NEGATION + r"|\b(?:if|when|clients?|people)\b",
        accept=_mine,
    ),
    Pattern(
        r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|another|one more) (?:glass|bottle|drink|beer|shot|"
        r"margarita|cocktail|round|martini)\b",
        unless=NEGATION + r"|\b(?:if|when|clients?|people)\b",
        accept=_mine,
    ),
    Pattern(
        r"\b(?:so |pretty |super |very |totally |absolutely |completely |a little |a bit |kinda |kind of |still |"
        r"extremely )?(?:hungover|hung over|wasted|hammered|tipsy|buzzed|stoned|sloshed|plastered|blackout drunk|"
        r"smashed|drunk(?! driv)|high af)\b",
        unless=NEGATION + r"|\b(?:if|when|drive|driving|driver|people|"
        r"someone|while|clients?)\b",
        accept=all_of(FIRST, not_in_sentence(IN_THE_PAST)),
    ),
    Pattern(
        r"\b(?:got|get|getting) (?:so |absolutely |completely |totally |pretty |super |a little |"
        r"kinda )?(?:drunk|wasted|hammered|high|stoned|blackout|tipsy|smashed|lit)\b|\b(?:was|am|i'm) (?:so |"
        r"absolutely |completely |totally |pretty |super |a little |kinda )?(?:drunk|wasted|hammered|stoned|"
        r"tipsy|smashed)\b",
        unless=NEGATION + r"|\b(?:if|when)\b",
        accept=all_of(FIRST, not_in_sentence(IN_THE_PAST)),
    ),
    Pattern(
        r"\bhangover\b|\bhangxiety\b",
        unless=NEGATION,
        accept=all_of(in_sentence(r"\b(?:my|i'm|i am|i've|i have|i)\b"), not_in_sentence(IN_THE_PAST)),
    ),
    Pattern(
        r"\bi(?:'ve| have)? been drinking\b|\bi(?:'m| am) drinking (?:every|too|a lot|more|again|heavily|alone)\b",
        unless=NEGATION + r"|\b(?:if|when)\b",
        accept=not_in_sentence(IN_THE_PAST),
    ),
    Pattern(
        r"\bsince (?:my|the|our) (?:divorce|breakup|separation|miscarriage|affair|diagnosis|layoff|bankruptcy)\b",
        unless=NEGATION,
        accept=all_of(FIRST, not_in_sentence(IN_THE_PAST)),
    ),
    Pattern(
        r"(?:^|(?<=[.!?\n:]))\s{0,5}(?:getting|got|being|just got) (?:evicted|divorced|fired|sued|dumped|"
        r"foreclosed on|laid off)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:i'm|i am) (?:still |really |just )?not (?:sure (?:if )?i'm |sure i am )?(?:okay|ok|fine|alright|coping|doing well|"
        r"doing okay)\b(?! with| about| to | that| if)",
        unless=r"\b(?:if|when|it's|and that's)\b",
    ),
    Pattern(
        r"\b(?:i've been|i have been|i'm|i am|i keep|i kept|been|keep) crying (?:in|all|every|between|at|for|"
        r"myself|non-?stop|before|after|during)\b",
        unless=NEGATION + r"|\b(?:if|when)\b",
        accept=not_in_sentence(IN_THE_PAST),
    ),
    Pattern(
        r"\bsince my (?:[a-z]{1,25}'s )?(?:funeral|death|passing|divorce|breakup|affair|diagnosis|arrest|"
        r"accident)\b",
        unless=NEGATION,
        accept=not_in_sentence(IN_THE_PAST),
    ),
    # a family member's illness happening now, told alongside the therapist's own strain
    Pattern(
        r"\b(?:since|with|now that|while) my (?:own )?" + RELATIVE + r"\b (?:got|fell|was|is|has been|went|being) "
        r"(?:so |really |very |seriously )?(?:sick|ill|diagnosed|hospitali[sz]ed|admitted|(?:back |again )?in (?:the )?"
        r"(?:hospital|icu|rehab)(?: again)?)\b|\bmy (?:own )?"
        + RELATIVE
        + r"\b (?:is |has been )?(?:back )?in (?:the )?"
        r"(?:hospital|icu) again\b",
        unless=NEGATION + r"|\b(?:if|when)\b",
        accept=not_in_sentence(IN_THE_PAST),
    ),
    Pattern(
        r"\b(?:and|with) me (?:just |only )?barely (?:holding it together|coping|functioning|keeping it together)\b"
    ),
    Pattern(
        r"\b(?:margarita|drink|beer|glass|shot|cocktail|wine|martini|round|mimosa|bottle)s? (?:#|number |"
        r"no\. ?)\d{1,2}\b|\b(?:planning|going|gonna|about|fixing|ready) to (?:drink|get (?:drunk|wasted|"
        r"hammered|plastered|lit))\b|\bdrink(?:ing)? until (?:i|we) (?:forget|pass out|can't|black out|"
        r"fall over)\b|#(?:drink ?up|wine ?time|day ?drinking|wine ?o'?clock|hungover|hangover)\b",
        unless=NEGATION,
    ),
    # the therapist's own crisis, now
    Pattern(
        r"\b(?:i'm|i am|i've been|i have been|i feel|i'm feeling|i've felt|i've been feeling|i am feeling|"
        r"honestly i'm|i'm just|i'm literally)\s(?:so |really |just |completely |totally |honestly |pretty |"
        r"super |very |kind of |a bit |literally |seriously |absolutely )?(?:depressed|suicidal|hopeless|"
        r"falling apart|broken|not okay|not ok|barely (?:holding|hanging|functioning|surviving|getting|keeping)|"
        r"drowning|spiral(?:l)?ing|a (?:mess|wreck|disaster|basket case)|in (?:such )?a (?:dark|really dark|bad|"
        r"terrible|very dark|horrible) place|at (?:rock bottom|my lowest|my breaking point|the end of my rope)|"
        r"having (?:a )?(?:panic attacks?|breakdowns?|meltdowns?|a breakdown|a mental breakdown|"
        r"suicidal thoughts|dark thoughts)|crying (?:all|every|non-?stop|in|myself)|numb|empty inside|"
        r"losing my mind|on the edge|not coping|not sleeping|unable to cope)\b",
        unless=NEGATION + r"|\b(?:if|when|whenever)\b",
        accept=not_in_sentence(IN_THE_PAST),
    ),
    Pattern(
        r"\bi (?:can't|cannot|can not|couldn't|haven't been able to) (?:stop crying|get out of bed|cope|"
        r"handle (?:it|this|my life|anything)|do this anymore|function|breathe|stop drinking|keep it together|"
        r"hold it together|stop shaking|face anyone)\b",
        unless=r"\b(?:if|when|whenever)\b",
        accept=not_in_sentence(IN_THE_PAST + r"|\b(?:clients?|patients?|people|many)\b"),
    ),
    Pattern(
        r"\bi (?:haven't|have not|hadn't) (?:slept|eaten|left (?:the|my) (?:house|bed|apartment)|showered)\b"
        + gap(20)
        + r"\b(?:in|for) (?:days|weeks|\d{1,6}|two|three|a week)\b",
        unless=None,
    ),
    Pattern(
        r"\bi (?:just )?(?:relapsed|broke down|had a (?:breakdown|meltdown|panic attack|mental breakdown)|"
        r"cried (?:all|in my car|at|for|myself)|lost it|want to disappear|want to die|hate my life|drank (?:a|"
        r"the|too|way)|blacked out|got fired|got dumped|got evicted)\b",
        unless=NEGATION,
        accept=not_in_sentence(IN_THE_PAST + r"|\b(?:client|patient|session|with (?:her|him|them))\b"),
    ),
    Pattern(
        r"\bmy (?:" + FAMILY + r")\b" + gap(30) + r"\b(?:is|are|has been|have been|was) (?:an? )?(?:absolute |"
        r"total |complete |such a |being a |being an |being |so |such |)?(?:nightmare|impossible|toxic|"
        r"unbearable|driving me (?:crazy|nuts|insane|up the wall)|a mess|monster|narcissist|pain in the|jerk|"
        r"asshole|useless|disaster|ungrateful|horrible|awful|the worst|insufferable)\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\b(?:i'm|i am|we're|we are) (?:so |completely |totally )?(?:broke|in debt|drowning in debt|bankrupt|"
        r"getting evicted|behind on (?:rent|the mortgage|bills))\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\b(?:cancel(?:l)?ing|cancel(?:l)?ed) (?:all )?(?:of )?(?:my|all my|today's) (?:clients|sessions|"
        r"appointments)\b" + gap(40) + r"\b(?:because|since|bc|cuz|so|as)\b" + gap(20) + r"\b(?:i|i'm|my)\b",
        unless=NEGATION,
    ),
)

# The writer's own raw distress, now: "I've been in tears all afternoon and feel sick myself", "I barely got out of bed
# for two months", "some nights I still sit in the car outside the house", "a session with my own therapist last
# month left me wrecked", "old stuff about never being good enough for my dad".
overshare_find = any_of(
    overshare_find,
    Pattern(
        r"\bi(?:'ve| have)? been in tears\b|\bi (?:cried|sobbed) (?:through|all|every|myself)\b|\bi (?:honestly |really |"
        r"literally )?feel (?:sick|ill|physically sick) (?:myself|to my stomach)\b|\bi don't think i'll (?:sleep|be able to "
        r"sleep)\b|\bi (?:barely|could barely|couldn't|could not) (?:get|got) out of bed\b|\bsome (?:nights|days|mornings) "
        r"i still\b|\bi still (?:cry|sob|can't face|cannot face)\b|\bmy own (?:therapist|counsell?or|therapy)\b"
        + gap(40)
        + r"\b(?:left me (?:wrecked|shaken|a mess|in pieces|raw)|wrecked me)\b|\bnever (?:being|feeling) (?:good enough|"
        r"loved|wanted|enough) for my\b",
        unless=NEGATION,
    ),
)


# Diary style: a sentence that opens on the writer's state, with the "I" left out ("Can't stop crying today.",
# "Waiting on biopsy results and completely spiralling.").
_SENTENCE_START = r"(?:^|(?<=[.!?\n]) ?|(?<=[.!?] ) ?|(?<=\band ))"
OWN_STATE = (
    r"(?:can't|cannot) (?:stop crying|stop shaking|sleep|eat|cope|function|focus|breathe|get out of bed)|"
    r"(?:completely |totally |absolutely |just |still |kind of |kinda )?(?:spiral(?:l)?ing|falling apart|"
    r"barely (?:functioning|holding it together|sleeping|coping|surviving)|not coping|losing it|a mess|"
    r"a wreck|hanging by a thread)"
)
HEALTH = (
    r"(?:biopsy|scan|mri|ct scan|blood ?work|lab|test|pet scan|mammogram|genetic test) results|chemo(?:therapy)?|"
    r"my (?:biopsy|diagnosis|surgery|tumou?r|lump|cancer|treatment|flare-?up|infection)"
)
overshare_find = any_of(
    overshare_find,
    Pattern(
        _SENTENCE_START + r"(?:" + OWN_STATE + r")\b",
        unless=NEGATION + r"|\b(?:if|when|clients?|people)\b",
        accept=not_in_sentence(IN_THE_PAST + r"|\b(?:clients?|patients?|you|your|many|people|someone|they)\b"),
    ),
    Pattern(
        r"\b(?:waiting (?:on|for)|got|getting|awaiting|still no) (?:my |the )?(?:"
        + HEALTH
        + r")\b|\bmy (?:"
        + FAMILY
        + r"|"
        + PARTNER
        + r")'s (?:chemo|cancer|surgery|biopsy|diagnosis|dementia|stroke|treatment|"
        r"scan|relapse|affair)\b(?:" + gap(40) + r"\b(?:isn't|is not|isn't working|failed|came back|got worse|"
        r"spread|again)\b)?",
        unless=NEGATION,
        accept=not_in_sentence(IN_THE_PAST),
    ),
    Pattern(
        r"\b(?:sober|clean) for (?:\d{1,3}|a few|two|three|four|five|six|ten) (?:days|weeks)\b|\b(?:a |my )?"
        r"(?:really |pretty )?(?:bad |rough |big )?relapse (?:last|this) (?:night|week|weekend|month)\b",
        unless=NEGATION,
        accept=not_in_sentence(
            IN_THE_PAST + r"|\b(?:clients?|patients?|he|she|they|his|her|"
            r"their|someone|son|daughter|friend)\b"
        ),
    ),
    Pattern(
        r"\b(?:is|are|is literally) (?:evicting|kicking) (?:me|us) out\b|\b(?:is|are) evicting (?:me|us)\b|"
        r"\b(?:i've|i have) barely (?:slept|eaten)\b|\bi cried (?:through|during|in front of|all through)\b",
        unless=r"\b(?:if|when)\b",
        accept=not_in_sentence(IN_THE_PAST),
    ),
    Pattern(
        r"\bmy (?:[a-z\-]{1,25} )?" + PARTNER + r" and i (?:are|were|just) (?:[\"']?(?:taking (?:a |some )?(?:space|"
        r"break)|splitting up|breaking up|separating|fighting|not speaking|on the rocks|done)[\"']?)",
        unless=NEGATION,
        accept=not_in_sentence(IN_THE_PAST),
    ),
    Pattern(
        _SENTENCE_START + r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th|another) (?:glass|bottle|drink|beer|"
        r"shot|margarita|cocktail|martini)\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\b(?:(?:\w{1,10} )?(?:months?|weeks?) )?behind on (?:the |my |our )?(?:rent|mortgage|bills|car payments?|"
        r"payments|student loans)\b|\bdrunk (?:posting|texting|tweeting|dialing|on a tuesday)\b",
        unless=NEGATION,
        accept=all_of(FIRST, not_in_sentence(IN_THE_PAST + r"|\b(?:clients?|patients?|many|people)\b")),
    ),
    Pattern(
        r"(?:\bi(?:'m| am)? |" + _SENTENCE_START + r")(?:starting|start|on|finishing|halfway through|in the middle of|"
        r"round \w{1,6} of) (?:my )?(?:chemo(?:therapy)?|radiation|dialysis|ivf|rehab|detox)\b",
        unless=NEGATION,
        accept=not_in_sentence(IN_THE_PAST + r"|\b(?:clients?|patients?|he|she|they|people)\b"),
    ),
    Pattern(
        r"\bmy (?:marriage|relationship|life|family|finances|world|home life) (?:is|has been|feels) (?:completely |"
        r"totally |basically |kind of |literally )?(?:falling apart|crumbling|over|a mess|a disaster|imploding|"
        r"in (?:shambles|pieces|tatters)|on the rocks|collapsing|ending)\b",
        unless=NEGATION,
        accept=not_in_sentence(IN_THE_PAST),
    ),
    Pattern(
        r"\b(?:had|having|just had|i had|i'm having|i am having) (?:a |another |my )?(?:panic attack|anxiety attack|"
        r"breakdown|meltdown|full-on breakdown)\b",
        unless=NEGATION + r"|\b(?:if|when|whenever)\b",
        accept=all_of(
            FIRST,
            not_in_sentence(
                IN_THE_PAST + r"|\b(?:clients?|patients?|he|she|they|people|"
                r"someone)\b"
            ),
        ),
    ),
    Pattern(
        r"\b(?:nasty |messy |ugly |bitter |brutal )?custody (?:fight|battle|case|hearing|dispute) with my\b",
        unless=NEGATION,
        accept=not_in_sentence(IN_THE_PAST),
    ),
)

# A crisis the writer is living through now, told in other words: hospital, stress leave, a family member's
# arrest, early sobriety, crying between sessions, "I'm struggling", "I need to get this off my chest".
NOT_NOW_OR_NOT_MINE = IN_THE_PAST + r"|\b(?:clients?|patients?|many|people|someone)\b"
overshare_find = any_of(
    overshare_find,
    # "as someone who lost my own husband in March and still cries most nights"
    Pattern(r"\bstill (?:cry|cries|sob|sobs) (?:most|every|each) (?:night|day|morning)s?\b", unless=r"\b(?:if|when)\b"),
    Pattern(
        r"\b(?:i've been|i was|i'm|i am|been) (?:[a-z]{1,15} )?(?:in (?:the )?hospital|hospitali[sz]ed|off work|"
        r"on (?:stress|sick) leave|signed off)\b|\bmy (?:[a-z\-]{1,25} )?(?:" + FAMILY + r"|" + PARTNER + r") "
        r"(?:was|got|has been|just got) (?:arrested|charged|sectioned|expelled|suspended|sent to prison|jailed)\b",
        unless=NEGATION + r"|\b(?:if|when)\b",
        accept=not_in_sentence(NOT_NOW_OR_NOT_MINE),
    ),
    Pattern(
        r"\bday (?:\d{1,3}|one|two|three|four|five) of (?:not drinking|sobriety|being sober|no (?:alcohol|booze|"
        r"drinking))\b|\bdrinking (?:way |a lot |far )?more than i should\b|\b(?:i|and i) (?:cry|sob) (?:every|"
        r"each) (?:night|day|morning)\b|\b(?:haven't|have not|hasn't) had sex (?:in|for)\b|\b(?:i'm|i am) "
        r"(?:so |completely |totally |absolutely )?(?:burnt|burned) out\b|\b(?:i don't usually post (?:personal|"
        r"about)|(?:need|needed) to get this off my chest)\b|\b(?:i'm|i am) (?:really |honestly |genuinely )?"
        r"(?:struggling|not (?:okay|ok|coping|doing well))(?=[.!,]|$| right now| at the moment| lately)|"
        r"\b(?:i'm|i am) (?:running on empty|at the end of my rope|barely holding (?:it|myself) together|falling apart)\b|"
        r"\b(?:badly|desperately|really) need (?:this|a|the) break\b|\bbefore i burn out\b|\bi (?:still )?fall apart "
        r"(?:just )?(?:thinking|when|every)\b|\bi still (?:go over|replay|relive) (?:that|it|the)\b",
        unless=r"\b(?:if|when|whenever)\b",
        accept=not_in_sentence(NOT_NOW_OR_NOT_MINE),
    ),
    Pattern(
        r"\b(?:cried|crying|cry|sobbing|sobbed|hiding|hid|breaking down|broke down|panicking)\b"
        + gap(30)
        + r"\b(?:between|before|after) (?:sessions|clients|appointments)\b|\bon (?:antidepressants|meds|"
        r"medication)\b" + gap(40) + r"\b(?:don't|do not|aren't|isn't|stopped) (?:work|help)",
        unless=r"\b(?:if|when|whenever)\b",
        accept=all_of(FIRST, not_in_sentence(NOT_NOW_OR_NOT_MINE)),
    ),
    # Present struggles told to clients: "I'm working through it with my own therapist", "the break my own therapist
    # has been nagging me about", "my week's been rough too ... sick kid and no sleep", "I'm sitting here shaking"
    Pattern(
        r"\b(?:working (?:through|on) (?:it|this|that)|talking (?:it|this) through) with my (?:own )?therapist\b|"
        r"\bmy own therapist (?:has been|keeps|is|has) (?:nagging|telling|on at|pushing|begging)\b|\bmy (?:week|month|"
        r"year|day)(?:'s| has) been (?:rough|brutal|awful|hard|terrible|a mess|a nightmare) too\b|\bi'm (?:sitting here "
        r"|literally )(?:shaking|crying|in tears|falling apart)\b",
        unless=NEGATION,
    ),
)

# The writer's own hard stretch, in whatever words, told in a message about someone else: "we've had a really tough
# year with my dad's illness", "after a rough year with my own health flares", "I went through almost exactly this
# with my own sister", "I've been on Lexapro for years", "my insomnia has been dreadful since the move", "as someone
# walking this same road this year", "I lost my wife three years ago, and that first year nearly broke me".
HARD = r"(?:tough|rough|hard|awful|brutal|difficult|terrible|horrible|dreadful|shit|crap)"
STRETCH = r"(?:year|few months|few weeks|couple of months|couple of years|stretch|season|month)"
MEDICATION = (
    r"(?:lexapro|zoloft|prozac|sertraline|escitalopram|fluoxetine|citalopram|wellbutrin|bupropion|effexor|"
    r"venlafaxine|adderall|ritalin|vyvanse|lithium|lamictal|antidepressants|an antidepressant|anxiety meds|meds)"
)
overshare_find = any_of(
    overshare_find,
    Pattern(
        r"\b(?:i|we)(?:'ve| have)(?: been)? (?:had|having|going through|been through) (?:a |an |such a )?(?:really |very "
        r"|pretty |incredibly |seriously )?"
        + HARD
        + r" "
        + STRETCH
        + r"\b|\b(?:after|with|from) (?:a |an )?(?:really |"
        r"very |pretty )?" + HARD + r" " + STRETCH + r" (?:of my own|with my own|with my)\b",
        unless=NEGATION + r"|\b(?:if|when|whenever)\b",
        accept=not_in_sentence(NOT_NOW_OR_NOT_MINE + r"|\b(?:you|your|you've|you're)\b"),
    ),
    Pattern(
        r"\bi (?:went|have been|'ve been|am going|'m going) through (?:[a-z]{1,15} ){0,4}with my own (?:"
        + RELATIVE
        + r")\b|\bi (?:went|have been|'ve been|am going|'m going) through (?:a |an |my own )?(?:[a-z\-]{1,20} ){1,3}"
        r"(?:myself|of my own)\b|\bi(?:'ve| have) been (?:on|taking) " + MEDICATION + r" for (?:years|months|ages|a "
        r"while|a long time|\d{1,2} (?:years|months))\b|\bmy (?:insomnia|anxiety|depression|panic attacks|ptsd|adhd|"
        r"ocd|grief|migraines|chronic pain|health|sleep|back pain) (?:has|have) been (?:really |so |absolutely )?"
        r"(?:dreadful|awful|terrible|bad|rough|brutal|worse|horrible|a nightmare)\b|\b(?:walking|on|going through|"
        r"travell?ing) (?:this|the) (?:same )?(?:road|journey|path) (?:myself|too|this year)\b|\bas someone (?:who(?:'s| "
        r"is) )?(?:walking|going through) (?:this|the same|a)\b|\bi lost my (?:own )?(?:"
        + RELATIVE
        + r")\b"
        + gap(60)
        + r"\b(?:nearly broke me|broke me|still the hardest|are still the hardest|still hurts|still miss)|\b(?:i'm|i "
        r"am) (?:honestly |still |really )?not (?:fully |completely |totally )?over (?:it|him|her|them|the (?:divorce|"
        r"breakup|loss))\b|\bi still have nightmares about\b|\b(?:ended up |started )?(?:crying|sobbing|in tears) in "
        r"the (?:bathroom|car|shower|loo|toilet)\b|\bthings with my (?:manager|boss|supervisor|ex|husband|wife|partner) "
        r"(?:are|have been) (?:tense|rough|hard|bad|rocky|difficult|strained)\b",
        unless=r"\b(?:if|when|whenever)\b",
    ),
)


PERSONAL_OVERSHARE = Check(
    id="personal-overshare",
    principle="self-disclosure",
    kind="must-avoid",
    what="shares personal detail that serves you rather than the reader",
    explanation="Clients who read about your relationship trouble, drinking or a crisis you are in now may start "
    "looking after you, or doubt you can hold their distress; share only what helps the reader",
    find=overshare_find,
    fires_on=(
        "I've been in tears all afternoon and I don't think I'll sleep tonight.",
        "I'd say sorry and reassure them that I'm working through it with my own therapist.",
        "Since my divorce I still cry most nights, so this topic is close to home.",
        "Honestly I'm running on empty and badly need this break.",
        "I lost my dad last spring and I still replay that night every evening.",
        "I lost my brother in the spring and honestly I'm still not okay most days.",
        "I totally get the sleepless nights, I've had awful insomnia myself since my dad got sick this spring.",
        "With my own son in the hospital again this month and me barely holding it together, I need this community.",
        "Therapist life: my husband moved out last night and I still had to see six clients today. Wine o'clock 🍷",
        "Honestly I'm so hungover I could barely get through my morning sessions 😅",
        "I've been having panic attacks every night this week and I can't stop crying.",
        "my mother-in-law is an absolute nightmare and she's staying with us for 3 weeks",
        "Waiting on biopsy results and completely spiralling. Sorry if I'm distracted in sessions this week.",
        "I'm three months behind on rent and terrified.",
        "Sorry for the quiet, I've been in hospital since my overdose. Back Monday.",
        "Day 4 of not drinking and my hands won't stop shaking.",
        "Hiding in the staff loo between sessions because my landlord wants us out in 30 days.",
        "My wife left two weeks ago and honestly I'm struggling.",
        "We've had a really rough year with my mum's illness, so this account is just for family.",
        "I'm off next week, finally resting after a hard few months of my own.",
        "I went through nearly the same thing with my own brother last spring.",
        "I get it, I've been on Zoloft for years myself.",
        "Ha, same, my insomnia has been awful since the move!",
        "As someone walking this same road this year, I know how lonely December can be.",
        "I lost my husband four years ago and that first winter nearly broke me.",
    ),
    passes_on=(
        "Years ago I lived with panic attacks. Therapy helped me, and it's part of why I do this work.",
        "Alcohol can make anxiety worse the next day; many people notice 'hangxiety' after drinking.",
        "Therapists have hard days too. Mine start with a walk and a real lunch break.",
        "Divorce is one of the most stressful life events. Our new group starts in May.",
        "Years ago I was signed off work with burnout; therapy helped me find my way back.",
        "If you're struggling right now, you're not alone.",
        "It sounds like you've had a really tough year.",
        "Many families go through a hard few months after a diagnosis.",
        "I've been having a rough time personally, but that's no excuse; the video is down.",
    ),
)

CHECKS = (PERSONAL_OVERSHARE,)
