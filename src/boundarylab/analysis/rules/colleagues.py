"""Colleagues: public attacks on an identifiable colleague, practice or their work.

Disagreeing with an idea, or advising readers how to find a good fit, is not disparagement; what
the check looks for is a specific colleague (my supervisor, her last therapist, Dr. Reyes, the
practice across town, @someone) paired with contempt.
"""

import re

from boundarylab.analysis.check import Check
from boundarylab.analysis.lexicon import COLLEAGUE
from boundarylab.analysis.patterns import (
    NEGATED_JUST_BEFORE,
    NEGATION,
    Pattern,
    all_of,
    alt,
    any_of,
    gap,
    in_sentence,
    in_text,
    in_window,
)
from boundarylab.analysis.text import Doc

# A colleague as a person; a practice or clinic counts only when it is someone else's ("the clinic across town").
PERSON = alt(
    "therapist",
    "counsell?or",
    "psychologist",
    "psychiatrist",
    "psychotherapist",
    "colleague",
    "clinician",
    "social worker",
    "lcsw",
    "lpc",
    "lmft",
    "mft",
    "practitioner",
    "provider",
    "prescriber",
    "nurse practitioner",
    "supervisor",
    "trauma specialist",
    "expert",
    "specialist",
    "dr",
    "doctor",
    "analyst",
    "intern",
    "trainee",
    "couples expert",
    "coach",
    "mentor",
    "professor",
    "instructor",
    "trainer",
    "consultant",
    "preceptor",
    "clinical director",
    "program director",
    "head of [a-z]{2,25}",
)

CONTEMPT = (
    r"(?:incompetent|clueless|quacks?|hacks?|frauds?|charlatans?|terrible|awful|horrible|useless|harmful|"
    r"dangerous|unethical|a joke|a total joke|a complete joke|joke of a|embarrass\w{0,20}|"
    r"doesn't know what (?:she|he|they)(?:'s| is| are|'re) doing|no idea what|no clue|has no business|"
    r"have no business|ruined|damaged|butchered|malpractice|shouldn't be (?:practi[cs]ing|licensed|allowed)|"
    r"should not be (?:practi[cs]ing|licensed|allowed)|should (?:lose|have lost) (?:her|his|"
    r"their) licen[cs]e|should be (?:stripped|reported|ashamed|fired|banned)|garbage|trash|cringe|clowns?|"
    r"snake oil|pseudoscience|laughable|pathetic|worst|bad at (?:their|her|his) job|a disgrace|disgrace to|"
    r"lazy|greedy|money[- ]hungry|idiots?|morons?|stupid|dumb|nonsense|bullshit|crap|yikes|toxic|a nightmare|"
    r"predators?|scam|scammers?|grifters?|sleazy|shady|delusional|a mess|can't be trusted|cannot be trusted|"
    r"unqualified|unlicensed|untrained|out of (?:her|his|their) depth|a danger to|waste of (?:money|time|"
    r"space)|hasn't (?:read|opened|updated)|outdated|behind the times|shouldn't be allowed|pop psychology|"
    r"recycled|rehashed|rubbish|drivel|steal(?:s|ing)?|poach(?:es|ing)?|laziest|sloppiest|"
    r"most (?:incompetent|unethical|useless|clueless|arrogant)|classy\.|real professional\.|dinosaur|a cult|"
    r"muppets|pop[- ]psych\w{0,10}|copy-?paste|plagiari[sz]\w{0,3}|glorified|sued|done more (?:damage|harm)|"
    r"should hand (?:back|in) (?:her|his|their) (?:registration|licen[cs]e))"
)
STRONG_CONTEMPT = (
    r"(?:incompetent|clueless|quacks?|hacks?|frauds?|charlatans?|a (?:total |complete )?joke|"
    r"embarrass\w{0,20}|pop psychology|rubbish|drivel|nonsense|garbage|trash|pathetic|useless|"
    r"unethical|idiots?|morons?|worst|waste of (?:money|time)|laughable|a disgrace|dinosaur|a cult|muppets|"
    r"glorified|plagiari[sz]\w{0,3})"
)
SPECIFIC = (
    r"(?:my|her|his|their|this|that|our|a certain|one particular|the one|@user's)(?: former| previous| last|"
    r" old| ex-?| current| new| so-called| local| fellow| first| second)?"
)
LOCATOR = (
    r"(?: (?:down the (?:street|road|hall)|across (?:town|the street|the hall)|next door|in town|"
    r"on [a-z]{1,25} (?:street|st|avenue|ave|road)|over on [a-z]{1,25}|at [a-z]{1,25}|from [a-z]{1,25}|"
    r"with the pink couch|on tiktok|on instagram|on youtube|on channel \d{1,6}|(?:two|three|a few|"
    r"\d{1,2}) doors down|upstairs|downstairs|in (?:my|our|the) (?:building|office|suite|practice|clinic|"
    r"hallway|floor|department|team|group|unit)))"
)
_NOT_AN_ATTACK = re.compile(
    r"\b(?:not|never|isn't|wasn't|aren't|weren't|no longer|said|says|wrote|writes|explained|"
    r"explains|taught|teaches|shared|shares|warned|warns|thinks|believes|agrees|notes|noted|reminded|reminds|"
    r"about|why|how|when|if|posted|called out|talks|talked|calls|recommend\w{0,20})\b"
)


def _contempt_not_denied(doc: Doc, m: re.Match[str]) -> bool:
    """The contempt is said of the colleague, not reported from them ("my supervisor warned that X is harmful")."""
    return _NOT_AN_ATTACK.search(m.group("gap") or "") is None


WORKPLACE_PEERS = (
    r"(?:the|my|our|most|all) (?:[a-z\-]{1,25} ){0,2}(?:psychiatrists|therapists|colleagues|clinicians|doctors|"
    r"nurses|counsell?ors|supervisors|attendings|residents|psychologists|social workers|staff|"
    r"management|leadership|team|admin|coworkers|co-workers|crowd|brigade)"
)
PEER_CONTEMPT = (
    r"(?:dinosaurs?|shouldn't be (?:anywhere )?near (?:patients|clients|kids|children|people)|"
    r"should not be (?:anywhere )?near|rolled their eyes|roll their eyes|eye-?rolls?|clowns?|useless|"
    r"lazy|burnt-out hacks|clueless|incompetent|a joke|idiots?|morons?|out of touch|"
    r"stuck in the (?:past|dark ages|stone age)|don't care about (?:patients|clients|kids)|"
    r"couldn't care less|throw pills|a bunch of|muppets|glorified|(?:are|is) (?:just )?(?:useless|hopeless|a joke))"
)

colleague_find = any_of(
    Pattern(
        r"\b"
        + WORKPLACE_PEERS
        + r"\b(?P<gap>"
        + gap(80)
        + r"(?:[.!?]{1,3}\s{1,5}"
        + gap(60)
        + r"){0,2})\b"
        + PEER_CONTEMPT,
        accept=_contempt_not_denied,
    ),
    Pattern(
        r"\b(?:these|those|some(?: of these| of those)?) (?:people|folks|clinicians|therapists|"
        r"doctors) (?:shouldn't|should not) be (?:allowed|licensed|practi[cs]ing|anywhere near|near|working)\b",
        unless=None,
        accept=in_text(
            r"\b(?:colleagues?|psychiatrists?|therapists?|clinicians?|doctors?|team|staff|"
            r"supervisors?|field|profession|meeting)\b"
        ),
    ),
    Pattern(
        r"\b"
        + SPECIFIC
        + r" (?:[a-z\-']{1,25} ){0,2}"
        + PERSON
        + r"\b(?P<gap>"
        + gap(80)
        + r"[.!?]{1,3}\s{1,5}"
        + gap(40)
        + r")\b"
        + STRONG_CONTEMPT,
        accept=_contempt_not_denied,
    ),
    Pattern(
        r"\b(?:the|this|that|our|my|her|his|their|a|an|some|so-called|a certain)(?: (?!word |term |title |label "
        r"|name )[a-z\-]{1,25}){0,3} ['\"](?:[a-z\-]{1,25} )?(?:therapist|counsell?or|expert|doctor|psychologist|"
        r"psychiatrist|coach|specialist|professional|clinician|healer)s?['\"]",
        unless=None,
    ),
    Pattern(
        r"\b" + SPECIFIC + r" (?:[a-z\-']{1,25} ){0,2}" + PERSON + r"\b(?P<gap>" + gap(70) + r")\b" + CONTEMPT,
        accept=_contempt_not_denied,
    ),
    Pattern(
        r"\b(?:that|this) (?:[a-z\-']{1,25} ){0,2}" + COLLEAGUE + r"\b(?P<gap>" + gap(70) + r")\b" + CONTEMPT,
        accept=_contempt_not_denied,
    ),
    Pattern(
        r"\bthe (?:[a-z\-]{1,25} )?" + COLLEAGUE + LOCATOR + r"(?P<gap>" + gap(60) + r")\b" + CONTEMPT,
        accept=_contempt_not_denied,
    ),
    Pattern(
        r"\b(?:the )?(?:most |least |such an? |so )?(?:incompetent|clueless|quack|hack|fraud|terrible|awful|"
        r"horrible|useless|unethical|so-called|worst|lazy|greedy|pathetic|embarrassing|dangerous|shady|sleazy|"
        r"unqualified) (?:[a-z\-']{1,25} )?" + PERSON + r"\b(?!s)",
        accept=in_sentence(
            r"@user|\b(?:my|her|his|their|this|that|dr\.?|the one|across town|down the street|"
            r"i've ever|i have ever|ever met|i know)\b"
        ),
    ),
    Pattern(
        r"\b(?:dr\.?|doctor|prof\.?|professor) [a-z]{1,25}(?:'s)?\b(?P<gap>" + gap(60) + r")\b" + CONTEMPT,
        accept=_contempt_not_denied,
    ),
    Pattern(
        r"\b(?:dr\.?|doctor|prof\.?|professor) [a-z]{1,25}(?:'s)?\b(?P<gap>"
        + gap(80)
        + r"[.!?]{1,3}\s{1,5}(?:"
        + gap(80)
        + r"[.!?]{1,3}\s{1,5})?"
        + gap(40)
        + r")\b"
        + STRONG_CONTEMPT,
        accept=_contempt_not_denied,
    ),
    Pattern(
        r"\b(?:avoid|stay away from|don't (?:see|go to|trust|book with)|never (?:see|go to|book with)|run from|"
        r"steer clear of) (?:dr\.? [a-z]{1,25}|the (?:practice|clinic|therapist|counsell?or) (?:at|on|in|down|"
        r"across|over)|[a-z]{1,25} (?:counsell?ing|therapy|psych\w{0,20}|wellness|behavioral health) (?:center|"
        r"centre|group|clinic|practice|associates|collective|llc|partners))\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:your|her|his|their) (?:reels?|posts?|videos?|content|book|workshop|training|approach|method|"
        r"advice|podcast|tiktoks?|course|program|takes?|blog|webinar|research|paper|article|theory|model|page|"
        r"account|certification|credentials)\b(?P<gap>" + gap(40) + r")\b" + CONTEMPT,
        accept=all_of(
            _contempt_not_denied,
            in_text(
                r"\b(?:dr\.?|therapist|counsell?or|psycholog\w{1,20}|"
                r"clinician|colleague|coach|profession|field|lcsw|lpc|lmft|practitioner)\b"
            ),
        ),
    ),
    Pattern(
        r"\bcall(?:s|ing)? (?:herself|himself|themselves|yourself) an? (?:[a-z\-]{1,25} )?(?:therapist|"
        r"counsell?or|psychologist|expert|professional|clinician|coach|specialist|doctor)\b",
        unless=r"\b(?:anyone|anybody|people|someone|not)\b",
    ),
    Pattern(r"\bso-called (?:[a-z\"'\-]{1,25} ){0,2}(?:" + PERSON + r"|professional)\b(?!s)", unless=None),
    Pattern(
        r"\b(?:should(?: not|n't)? (?:lose|have lost) (?:her|his|their) licen[cs]e|licen[cs]e (?:should be|"
        r"needs to be) (?:revoked|pulled|taken away)|some people (?:should not|shouldn't) be licensed|(?:these|"
        r"some) people have no business (?:being therapists|practi[cs]ing|doing therapy))\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:her|his|their) (?:previous|last|old|former|first|prior) (?:therapist|counsell?or|psychologist|"
        r"psychiatrist|provider|clinician)\b" + gap(80) + r"\b(?:misdiagnosed|gaslit|gaslighted|traumati[sz]ed|"
        r"damaged|harmed|screwed (?:her|him|them) up|messed (?:her|him|them) up|ruined|failed (?:her|him|"
        r"them)|didn't even|never even|clearly didn't|had no idea)\b"
    ),
)

# Judgements of a colleague's competence or ethics that are not name-calling: what they do wrong, or that they
# should not practise at all.
MISCONDUCT = (
    r"(?:hands? out (?:[a-z]{1,25} ){0,2}(?:like candy|to (?:almost |nearly |just about )?(?:everyone|"
    r"anyone|everybody))|over-?prescrib\w{0,5}|pill mill|(?:lost|was fired from|got fired from|was let go "
    r"from|got kicked out of) (?:her|his|their) (?:last |previous )?(?:job|licen[cs]e|position|practice)|"
    r"(?:spent|spends|spending) (?:every|each|the whole|half the|most of the) (?:session|hour|appointment) "
    r"(?:talking about|on) (?:herself|himself|themselves|(?:her|his|their) (?:phone|own))|"
    r"(?:still )?us(?:es|ing) (?:techniques|methods|approaches|ideas) from the (?:\d0s|dark ages|stone age)|"
    r"(?:clients|patients|people|you) deserve better|barely passed (?:her|his|their) (?:boards|exams?|"
    r"licensing)|(?:should|ought to) (?:not|never) be (?:practi[cs]ing|licensed|seeing (?:clients|"
    r"patients|anyone))|shouldn't be (?:practi[cs]ing|licensed|seeing (?:clients|patients|anyone)))"
)
OTHER_CLINICIAN = (
    r"(?:@user|\bdr\.? [a-z]{1,25}|\b(?:practice|business) partner|\bco-?founder|\b"
    + COLLEAGUE
    + r"\b|\b(?:wellness|therapy|counsell?ing) (?:studio|center|centre|practice|clinic|group))"
)
# An identifiable colleague or practice, however named, and a judgement of their competence or ethics in the
# same sentence ("Dr. Patel misdiagnoses half her patients", "Avoid Harbor Wellness, their therapists are
# unethical", "@mindful_mark your course is a cash grab").
PRACTICE_NAME = (
    r"[a-z]{2,25} (?:counsell?ing|therapy|wellness|psychology|psychiatry|behavioral health|behavioural "
    r"health|mental health|recovery|healing) (?:center|centre|group|clinic|practice|associates|"
    r"collective|studio|llc|partners)"
)
COLLEAGUE_REF = (
    r"(?:@user|dr\.? [a-z]{2,25}(?:'s)?|(?:the|their) (?:intake|front desk|billing|admin) (?:team|staff) "
    r"(?:at|of)|the (?:practice|clinic|office|center|centre) (?:on|at|in) [a-z0-9]{1,25}|"
    r"the (?:" + PERSON + r") (?:my|her|his|their|this) (?:client|patient|kid|son|daughter) (?:saw|had|"
    r"went to|used to see)|my (?:former |old |ex-)?(?:colleague|coworker|co-worker|associate|partner) "
    r"[a-z]{2,25}|(?:my|her|his|their|your|our|a) (?:former |old |last |previous |"
    r"current |new |first |ex-)?" + PERSON + r"s?|the (?:[a-z\-]{1,25} )?" + PERSON + r"s? (?:at|on|in|from|"
    r"down|across|who|that|over)|(?:the|that|this) (?:[a-z\-]{1,25} )?(?:" + PERSON + r"|practice|clinic|"
    r"agency|life coach|coach)|" + PRACTICE_NAME + r")"
)
JUDGEMENT = (
    r"(?:" + CONTEMPT + r"|misdiagnos\w{0,5}|mistakes|malpractice|no business|cash grab|money grab|"
    r"misinformation|misinforming|should be reported|report (?:her|him|them)|overcharg\w{0,5}|poor care|bad care|"
    r"substandard care|poor practice|"
    r"underdeliver\w{0,5}|rip-?off|ripped (?:me|her|him|them|people) off|negligen\w{0,5}|careless|sloppy|"
    r"exploit\w{0,5}|predatory|preys? on|harm(?:ed|s|ing)? (?:her|his|their|clients|patients|people|kids)|"
    r"gaslit|gaslighting (?:clients|patients)|go elsewhere|look elsewhere|run(?:,| far)|red flag|"
    r"unprofessional|inappropriate with|crossed (?:the )?line|boundary violations?|lies to|lied to|fake "
    r"credentials|bogus|junk science|quackery|woo|can't be bothered|doesn't care|don't care|burned out|"
    r"checked out|phon(?:es|ing) it in|cleaned up after|undo(?:ing)? the damage|how is (?:she|he|they) "
    r"(?:still )?(?:licensed|practi[cs]ing|allowed)|unbelievable|lazy work|rude|disorgani[sz]ed|billed "
    r"(?:insurance|medicaid|medicare) for|insurance fraud|fraudulent|never happened|wouldn't send (?:my worst "
    r"enemy|anyone|a dog)|conversion (?:therapy|techniques)|told (?:my|her|his|their) client to|"
    r"(?:after|in) (?:one|a single|the first) session|buyer beware|(?:would|'d) never refer (?:anyone )?to|zero "
    r"(?:training|credentials|"
    r"qualifications)|no (?:training|credentials|qualifications))"
)
REPORTED = re.compile(
    r"\b(?:said|says|wrote|writes|explained|taught|shared|warned|thinks|believes|agrees|noted|"
    r"reminded|about|how|if|whether|when|why|called out|recommend\w{0,5}|never|not|isn't|wasn't)\b"
)


def _judged_by_writer(doc: Doc, m: re.Match[str]) -> bool:
    return REPORTED.search(m.group("gap") or "") is None


# "@quietfern You're right. It was a joke at clients' expense and I shouldn't have posted it": the writer's own post
OWNING_IT = re.compile(
    r"\b(?:i|i've|i'd) (?:shouldn't|should not|should never|never should|regret)\b|\bmy (?:own )?(?:post|joke|"
    r"video|comment|mistake|fault)\b|\bi'm sorry\b|\bi apologi[sz]e\b|\b(?:that's|that was|it's|it was) on (?:me|us)\b|"
    r"\b(?:mistake|error|failure|lapse) on (?:my|our) part\b|\b(?:i|we) (?:posted|shared|made|wrote) (?:that|it|this)\b"
)


def _not_owning_it(doc: Doc, m: re.Match[str]) -> bool:
    """The judgement's sentence and the one after it do not own the fault ("That meme made a joke of therapy ...
    That's on me." is an apology for one's own post)."""
    start, end = doc.sentence(m.end() - 1)
    if end < len(doc.norm):
        end = doc.sentence(end)[1]
    return OWNING_IT.search(doc.norm, start, end) is None


# The idea in any word order: a named or pointed-to colleague ("Marla Voss, LMFT", "the psychiatrist who…", "some
# 'therapist' on TikTok", "a certain coach in our town") and a verdict on their practice in the same sentence or
# the short one after it ("Shameful.", "Report her.").
POINTED_COLLEAGUE = (
    r"(?:[a-z]{2,25},? (?:lmft|lpc|lcsw|lmhc|psyd|phd|md|mft|lpcc|lcpc)\b|(?:some|a certain|one|this|"
    r"that|the) ['\"]?(?:[a-z\-']{1,25} ){0,2}['\"]?" + PERSON + r"['\"]? (?:who|on|in|at|from|"
    r"that|with)\b|(?:the|their) " + PERSON + r"s (?:at|on|in|from) [a-z]{2,25})"
)
VERDICT = (
    r"(?:shameful|disgraceful|appalling|unbelievable|needs? to retire|should retire|report (?:her|him|them)|"
    r"reported|no clue|no idea|keep(?:s)? losing|great job|well done|bravo|astrology|dangerous|harmful|"
    r"irresponsible|unethical|incompetent|quack\w{0,5}|fraud\w{0,5}|scam\w{0,5}|misinformation|nonsense|"
    r"garbage|a joke|embarrass\w{0,6}|shouldn't be|should not be|charges \$|stop (?:their|your) meds|"
    r"telling (?:teens|kids|clients|people) to|tells clients|told my client|lost (?:her|his|their) licen[cs]e|"
    r"spiritual problem|just dramatic|wrong)"
)
# Broadest form: a verdict word, with a specific colleague somewhere in its sentence and no general frame.
SPECIFIC_COLLEAGUE = re.compile(
    r"@user|\bdr\.? [a-z]{2,25}|\b(?:the|that|this|my|her|his|their|a certain|some|one) (?:[a-z\-'\"]{1,25} ){0,3}?"
    r"(?:" + PERSON + r"|practice|clinic|life coach|wellness (?:studio|center|centre))s?\b|\b[a-z]{2,25},? (?:lmft|lpc|"
    r"lcsw|lmhc|psyd|phd|mft)\b|\b" + PRACTICE_NAME + r"\b"
)
GENERAL_FRAME = re.compile(
    r"\b(?:if|when|any|every|a good|find|finding|look for|looking for|okay to|ok to|fit|"
    r"ask your|should your|whether|how to|spot|signs|red flags (?:in|to)|never|not|isn't|wasn't|"
    r"don't|didn't|grateful|thank|thanks|proud|learned|taught|myself|i was|i used to|i got|warned|said|says|"
    r"told me|explained|reminded|wrote|agree\w{0,3})\b"
)


def _branches(alternation: str) -> list[str]:
    """The top-level branches of "(?:a|b|c)", so plain words among them can share a trie."""
    out: list[str] = []
    body, depth, cur, i = alternation[3:-1], 0, "", 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            cur += body[i : i + 2]
            i += 2
            continue
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    out.append(cur)
    nested = [b for b in out if b.startswith("(?:") and b.endswith(")") and _closes_at_end(b)]
    return [x for b in out for x in (_branches(b) if b in nested else [b])]


def _closes_at_end(group: str) -> bool:
    depth = 0
    for i, ch in enumerate(group):
        if ch == "\\":
            continue
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return i == len(group) - 1
    return False


BROAD_VERDICT = alt(
    *_branches(JUDGEMENT),
    *_branches(VERDICT),
    "awful",
    "terrible",
    "horrible",
    "worst",
    "cringe",
    "clueless",
    "out of (?:touch|date)",
    "unqualified",
    "lazy",
    "greedy",
    "arrogant",
    "negligent",
    "shady",
    "sketchy",
    "predatory",
    "yikes",
    "ugh",
    "disappointing",
    "disgusted",
    "furious",
    "appalled",
    "some of us (?:are |actually |care|do)",
    "read (?:one|a single|even one) (?:study|paper|book)",
)
CLINICAL_WORLD = re.compile(
    r"\bdr\b|\b(?:therap|counsel|psych|clinic|practice|coach|wellness|colleague|supervisor|"
    r"provider|lcsw|lpc|lmft|licen[cs])"
)


def _said_of_a_colleague(doc: Doc, m: re.Match[str]) -> bool:
    start, end = doc.sentence(m.start())
    nxt_start = doc.sentence(start - 2)[0] if start >= 2 else start
    text = doc.norm[nxt_start if start - nxt_start < 80 else start : end]
    return (
        SPECIFIC_COLLEAGUE.search(text) is not None
        and GENERAL_FRAME.search(text) is None
        and CLINICAL_WORLD.search(text) is not None
    )


colleague_find = any_of(
    colleague_find,
    Pattern(r"\b" + BROAD_VERDICT + r"\b", unless=None, accept=all_of(_said_of_a_colleague, _not_owning_it)),
    # a dig by contrast: "thank you to the therapists who return our calls, unlike a few in this county who…"
    Pattern(
        r"\bunlike (?:some|a few|certain|many|most|other|those|the ones)(?: (?:other |local )?(?:therapists|practices|"
        r"clinicians|providers|counsell?ors|agencies|offices|colleagues|psychiatrists|prescribers|folks|people|"
        r"places))?(?: (?:in|around|at|of|on)(?: [a-z\-]{1,20}){1,3})? (?:who|that|which)\b",
        unless=None,
        accept=in_text(r"\b(?:therap|counsel|psych|clinic|practice|provider|prescriber|colleague)"),
    ),
    # "making you wait a month when you feel this bad is poor care on their part" (their: the prescriber just named)
    Pattern(
        r"\b(?:poor|bad|substandard|lazy|sloppy|careless|negligent|shoddy) (?:care|practice|work|treatment|"
        r"follow-up)\b (?:on|from|by) (?:their|his|her|your|the) (?:[a-z\-']{1,25} )?(?:part|side|" + PERSON + r")\b",
        unless=NEGATION + r"|\b(?:if|whether)\b",
        accept=in_window(r"@user|\bdr\b|\b(?:" + PERSON + r")s?\b", before=160, after=40),
    ),
    Pattern(
        r"\b"
        + POINTED_COLLEAGUE
        + r"(?P<gap>"
        + gap(120)
        + r"(?:[.!?]{1,3}['\")]?\s{1,3}"
        + gap(40)
        + r")?)\b"
        + VERDICT
        + r"\b",
        accept=_judged_by_writer,
    ),
    Pattern(
        r"\b"
        + COLLEAGUE_REF
        + r"\b(?P<gap>"
        + gap(80)
        + r"(?:[.!?]{1,3}[\"')]?\s{1,3}"
        + gap(30)
        + r")?)\b"
        + JUDGEMENT
        + r"\b",
        accept=all_of(
            _judged_by_writer,
            _not_owning_it,
            in_text(
                r"@user|\bdr\b|\b(?:therap|counsel|psych|clinic|practice|"
                r"coach|wellness|colleague|supervisor|provider|prescriber|lcsw|lpc|lmft)"
            ),
        ),
    ),
    Pattern(
        r"\b(?:avoid|stay away from|steer clear of|don't (?:go to|see|book with|trust)|never (?:go to|see|book "
        r"with)|wouldn't send (?:my worst enemy|anyone|a dog) to) (?:the (?:practice|clinic|therapist|counsell?or) "
        r"(?:on|at|in) [a-z0-9]{1,25}|dr\.? [a-z]{2,25})\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:avoid|stay away from|steer clear of|don't (?:go to|see|book with|trust)|never (?:go to|see|book "
        r"with)) (?P<name>[a-z]{2,25}) (?:counsell?ing|therapy|wellness|psychology|psychiatry|behavioral health|"
        r"mental health|recovery|healing)\b",
        unless=None,
        accept=lambda doc, m: doc.original_char(m.start("name")).isupper(),
    ),
    Pattern(
        r"\b" + MISCONDUCT + r"\b",
        unless=NEGATION + r"|\b(?:if|whether|when|never|don't|i)\s{0,3}$",
        accept=in_window(OTHER_CLINICIAN, before=200, after=60),
    ),
    Pattern(
        r"\bsome (?:people|folks|of them|clinicians|therapists) (?:shouldn't|should not|should never) be "
        r"(?:therapists|counsell?ors|clinicians|psychologists|in this field|practi[cs]ing|licensed)\b",
        unless=None,
        accept=in_text(
            r"@user|\bdr\.? [a-z]{1,25}|\b(?:her|his|their|my) (?:previous |last |old |"
            r"former )?(?:therapist|counsell?or|psychologist|psychiatrist|colleague)\b"
        ),
    ),
)

# Contempt aimed at the colleague in the thread, or at their work, by what it does to the profession ("gives our
# profession a bad name", "why nobody takes counsellors seriously") or by what it says of them ("you clearly have
# no idea", "did you even read the studies", "congrats on the 'book'", "unlike the clinic down the road, we…").
AT_THE_PROFESSION = (
    r"\b(?:gives? (?:our|the) (?:profession|field|industry) a bad name|makes? (?:us all|all of us|the rest of us|"
    r"our profession|the profession|therapists|counsell?ors) look bad|reflects? badly on (?:all of us|us all|the "
    r"profession|our profession)|ashamed of (?:our|the|my) profession|(?:why|how) (?:nobody|no one|people don't) "
    r"takes? (?:[a-z]{1,25} ){0,2}seriously|(?:an )?embarrassment to (?:the|our) (?:profession|field))\b"
)
AT_THE_COLLEAGUE = (
    r"\b(?:you should be ashamed|you (?:clearly |obviously )?(?:have no idea|don't know what you're|don't "
    r"understand the)|did you even (?:read|look|check|bother)|you should know better|now you're (?:a|an) "
    r"(?:guru|expert|specialist)|with your credentials|(?:this|your) post is (?:dangerous |harmful |pure )?"
    r"(?:misinformation|nonsense|pseudoscience)|(?:congrats|congratulations) on (?:the|your) ['\"][a-z ]{1,25}"
    r"['\"]|unlike (?:the|a certain|some|other|most) (?:[a-z\-]{1,25} ){0,3}(?:clinic|practice|therapists?|"
    r"counsell?ors?|psychologists?|providers?|practices|clinics|centers?|centres?)\b)"
)
colleague_find = any_of(
    colleague_find,
    Pattern(AT_THE_PROFESSION, unless=NEGATION + r"|\b(?:if|when|whether)\b"),
    Pattern(
        AT_THE_COLLEAGUE,
        unless=NEGATION + r"|\b(?:if|when|whether)\b",
        accept=in_text(
            r"@user|\bdr\b|\b(?:therap|counsel|psych|clinic|practice|coach|colleague|licen[cs]|"
            r"profession|post|stud(?:y|ies)|training|credentials|book)"
        ),
    ),
)
# The dig made sideways: others held up as worse ("unlike a few in this county who leave kids on waitlists", "some of us
# have bothered to keep up", "a certain trauma expert in town"), a reputation ("has had a reputation for carelessness for
# years"), steering people away, or the colleagues' work belittled to others ("signed off without reading it", "the
# dreadful advice some of you gave", "posted a screenshot on the listserv so others can weigh in", "not much use").
SIDEWAYS = any_of(
    Pattern(
        r"\bunlike (?:a few|some|certain|many|most|others?|those)\b"
        + gap(40)
        + r"\bwho\b|\bsome of us (?:have )?(?:actually |bothered to |"
        r"still (?:fighting|doing|care|bother)|at least )|\ba certain (?:[a-z\-]{1,20} ){0,2}(?:expert|therapist|clinician|"
        r"colleague|psychologist|counsell?or|psychiatrist|coach|practice|clinic)\b|\b(?:has|had|have|'s) (?:had )?a "
        r"reputation for\b|\bsteer (?:them|people|clients|families|folks|parents) (?:away from|clear of)\b|\b(?:signed "
        r"off(?: on it)?|approved (?:it|this|that)?) without (?:reading|looking at|checking)\b|\b(?:dreadful|terrible|"
        r"awful|bad|horrible|dangerous) (?:advice|takes|answers) (?:some of you|some people here|a few of you|others) "
        r"(?:gave|posted|shared)\b|\b(?:posted|shared|put up) (?:a |the )?screenshots? (?:on|in|to) (?:our|the|my)\b|"
        r"\bour (?:profession|field) deserves better\b|\b(?:has|did) anyone (?:who(?:'s| is| has) )?(?:actually )?"
        r"(?:licensed|qualified|trained|read)\b",
        unless=NEGATION + r"|\b(?:if|when|whether)\b",
    ),
    Pattern(
        r"\b(?:they're|they are|she's|he's|is|are) (?:stretched so thin (?:they're|they are) )?(?:not much use|useless|no "
        r"use|no help|a joke|hopeless)\b",
        unless=NEGATION,
        accept=in_sentence(COLLEAGUE),
    ),
)
# A verdict on another clinician's competence: "which frankly is lazy, boundary-blind practice", "sounds like yours
# dropped the ball" (to someone about their therapist), "one of our newer clinicians who … frankly should have known
# better", "a local trauma specialist who likes to keep an eye on what everyone else posts".
COMPETENCE_VERDICT = any_of(
    # "in my experience their counselors are underqualified and far too slow"
    Pattern(
        r"\b(?:their|the|your|its|those) (?:eap |agency |clinic |practice )?(?:counsell?ors|therapists|clinicians|staff|"
        r"psychologists|providers) (?:are|were) (?:all |mostly |pretty |really |so |far too |just )?(?:underqualified|"
        r"unqualified|incompetent|useless|hopeless|terrible|awful|clueless|out of their depth)\b",
        unless=NEGATION,
    ),
    # "I can't really speak to her work, and to be honest I've heard mixed things"
    Pattern(
        r"\b(?:i've|i have|we've|i'd) heard (?:some )?(?:mixed|not great|not-so-great|bad|worrying|concerning|mixed reviews "
        r"and) things\b|\b(?:i've|i have) heard mixed reviews\b",
        unless=NEGATED_JUST_BEFORE,
        accept=in_sentence(
            r"\b(?:her|his|their) (?:work|group|practice|approach|sessions|program(?:me)?)\b|\b(?:about (?:her|"
            r"him|them)|dr|colleague|therapist|clinician|counsell?or)\b"
        ),
    ),
    Pattern(
        r"\b(?:which|that|this) (?:frankly |honestly |really )?(?:is|was) (?:frankly |honestly |just |pretty |really |simply )?(?:lazy|sloppy|careless|"
        r"shoddy|reckless|incompetent|unethical|boundary-blind)(?:,? [a-z\-]{1,20})? (?:practice|work|therapy|"
        r"clinical work|clinicianship)\b",
        unless=NEGATION + r"|\b(?:if|whether)\b",
        accept=in_sentence(r"\b(?:she|he|they|her|his|their|colleague|partner|therapist|clinician|dr)\b"),
    ),
    Pattern(
        r"\b(?:yours|your (?:therapist|counsell?or|clinician|psychiatrist|psychologist|provider|doctor|prescriber))"
        r"(?: really| totally| completely| kind of| kinda| clearly)? (?:dropped the ball|failed you|messed up|screwed up|"
        r"let you down|didn't know what (?:they were|she was|he was) doing)\b|\b(?:who|he|she|they)\b"
        + gap(60)
        + r"\b(?:frankly |honestly |really |clearly )?should(?:'ve| have) known better\b|\b(?:specialist|therapist|"
        r"clinician|colleague|counsell?or|psychologist|expert) who (?:likes|loves|seems to like|enjoys) (?:to )?(?:keep(?:ing)? "
        r"an eye on|polic(?:e|ing)|monitor(?:ing)?|correct(?:ing)?) (?:what )?(?:everyone|everybody|other people|others)\b",
        unless=NEGATION + r"|\b(?:if|whether)\b",
    ),
)
colleague_find = any_of(colleague_find, SIDEWAYS, COMPETENCE_VERDICT)

COLLEAGUE_DISPARAGEMENT = Check(
    id="colleague-disparagement",
    principle="colleagues",
    kind="must-avoid",
    what="publicly attacks a colleague or their work",
    explanation="Public put-downs damage trust in the profession and can't be answered fairly; raise a concern "
    "with the colleague privately first, then through proper channels such as a supervisor or board",
    find=colleague_find,
    fires_on=(
        "I can't really speak to her work, and to be honest I've heard mixed things.",
        "A decent therapist would have warned you. Sounds like yours dropped the ball.",
        "Thanks to the therapists who return our calls, unlike a few in this town who leave families waiting for months.",
        "Dr. Ames has had a reputation for sloppy notes for years, so none of this surprises me.",
        "Parents ask me for names all the time, and I quietly steer them away from her.",
        "Honestly, the school counsellors here are so stretched they're not much use.",
        "A certain trauma expert in town has let me know my post wasn't up to his standards.",
        "Ask your prescriber, but making you wait a month when you feel this bad is poor care on their part.",
        "Dr. Halvorsen's new book is pseudoscience dressed up as self-help. Save your money.",
        "The practice across town is a total joke.",
        "My former supervisor was the most incompetent clinician I've ever met.",
        "Imagine calling yourself a therapist and still recommending conversion therapy.",
        "Marla Voss, LMFT, tells clients their anxiety is a spiritual problem. She needs to retire.",
        "The psychiatrist across the hall hands out benzos to almost everyone he sees.",
        "With respect, this is the kind of pop-psych nonsense that gives our profession a bad name.",
        "@drsam you clearly have no idea what attachment theory says. Did you even read the studies?",
        "The counsellors at the county service are a bunch of muppets.",
        "Unlike the practice down the road, we actually answer the phone.",
    ),
    passes_on=(
        "Unlike a generation ago, most training programmes now teach trauma-informed care.",
        "If a colleague's post worries you, raise it with them privately first.",
        "@quietfern_ You're right, and thank you for saying it. That meme made a joke out of what being in therapy "
        "is like, and it could leave anyone in therapy wondering how they're talked about. That's on me.",
        "@user You're right. It was a joke at clients' expense and I shouldn't have posted it.",
        "If something a colleague posts worries you, reach out to them privately first.",
        "Different therapists use different approaches, and that's a good thing.",
        "Grateful to my former supervisor, who taught me that silence in session is not a problem to fix.",
        "My supervisor warned me that trends like trauma-dumping memes can be harmful to people in pain.",
        "I disagree with parts of Dr. Okafor's new book, and I'd welcome a respectful discussion.",
        "PSA: anyone can call themselves a coach, so ask about training before you book.",
        "We use the word 'therapist' only for people with a clinical licence.",
    ),
)

CHECKS = (COLLEAGUE_DISPARAGEMENT,)
