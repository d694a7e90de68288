"""Advice, not therapy: individual clinical advice.

General tips to every reader ("try the 4-7-8 breath tonight") are education. What crosses into
treatment is advice pinned on one person's situation (@someone, "in your case", "from what you
describe"), any medication or dose instruction, and telling someone to make a life decision.
"""

import re

from boundarylab.analysis.check import Check
from boundarylab.analysis.lexicon import MEDS
from boundarylab.analysis.patterns import (
    NEGATION,
    Pattern,
    alt,
    any_of,
    clause_before,
    gap,
    in_text,
    in_window,
    not_in_sentence,
    words,
)
from boundarylab.analysis.text import Doc

QUALIFIED = NEGATION + (
    r"|\b(?:before|whether|if|unless|talk(?:ing)? (?:to|with)|ask(?:ing)? (?:your|a)|consult|"
    r"check with|decide|deciding|when to|how to|why|should you|can't tell you|won't tell you|many people|"
    r"some people|people who|others)\b"
)
_QUALIFIED = re.compile(QUALIFIED)
MEDICAL_HELP = (
    r"\b(?:with|under) (?:the )?(?:help|guidance|supervision|support) of|\bwith your (?:doctor|"
    r"prescriber|psychiatrist|gp|provider)|"
    # "never stop or switch a medication without them": the safety message, not an instruction
    r"^\W{0,3}without (?:first )?(?:talking (?:to|with) |checking (?:with|in with) |asking |speaking (?:to|with) |"
    r"consulting )?(?:them|(?:your|their|a|the|his|her) (?:[a-z']{1,25} )?(?:doctor|prescriber|psychiatrist|gp|"
    r"pediatrician|paediatrician|provider|pharmacist))\b"
)
DIRECTIVE = alt(
    "you (?:should|need to|must|have to|ought to|gotta|got to|really need to|definitely need to|might want to|"
    "may want to|could|can|should really|should definitely|should probably|really should|definitely should|"
    "need to just|just need to|just have to)",
    # "I'd like to take a few minutes at the start of our session" offers the writer's own step, not advice
    "i(?:'d| would)(?! (?:like|love) to\\b| be (?:glad|happy|delighted) to\\b)"
    "(?: just| honestly| definitely| probably| also)?",
    "if i were you,? i(?:'d| would)",
    "in your (?:shoes|position|case),? i(?:'d| would)",
    "my advice(?: is)?:?",
    "i (?:recommend|suggest|advise) (?:that )?you",
    "sounds like you need to",
    "what you need (?:to do )?is(?: to)?",
    "you need",
    "sounds like you need",
    "i(?:'d| would) (?:recommend|suggest|advise) (?:that )?you",
    "i(?:'d| would) (?:recommend|suggest)",
    # advice given as a hedge is still advice (issue 11): "maybe try…", "it might be worth holding off…"
    "(?:maybe|perhaps)(?: you could| you can| just)?",
    "it (?:might|may|could) (?:be worth|help to)",
    "(?:it's|it is) (?:probably |maybe )?worth",
    "one thought:?(?: though)?:?",
)
IMPERATIVE = alt(
    "take",
    "stop",
    "start",
    "cut",
    "split",
    "skip",
    "double",
    "halve",
    "try",
    "switch",
    "ask for",
    "ask your (?:doctor|prescriber|psychiatrist|gp) (?:for|to (?:switch|up|increase|lower|change))",
    "get",
    "quit",
    "drop",
    "up",
    "lower",
    "raise",
    "increase",
    "decrease",
    "reduce",
    "taper",
    "wean",
    "come off",
    "go off",
    "get off",
    "add",
    "crush",
    "chew",
    "swap",
    "keep taking",
    "stay on",
    "go back on",
    "go on",
    "flush",
    "mix",
    "ditch",
    "pop",
    "bump",
    "throw out",
    "stop taking",
    "quit taking",
    "try taking",
    "start taking",
)
# A clause that starts with an instruction: "Girl, dump him", "@dave just double your dose".
_IMPERATIVE_LEAD = re.compile(
    r"^\s{0,5}(?:@user[,:]?\s{0,5})*(?:(?:hi|hey|hun|girl|sis|babe|dude|bro|honestly|seriously|friend|mate|ok|okay|"
    r"so|and|also|then|first|just|please|pls|plz|really|simply|tbh|to be honest|imo|in my opinion|time to|go|"
    r"[a-z]{1,25},)\W{0,5}\s{0,5})*$"
)


_AFTER_DIRECTIVE = re.compile(r"\b" + DIRECTIVE + r"\W{0,5}(?:[\w'\-]+ ){0,10}$")
_SEGMENT = re.compile(r",|;|:|\band\b|\bthen\b|\bor\b|\bso\b| - ")
_STARTS_WITH_ORDER = re.compile(
    r"^\W{0,5}(?:@user\W{0,5})*(?:(?:just|please|pls|honestly|seriously|simply|really|"
    r"maybe|definitely|also|first|then|now|girl|sis|hun|babe|dude|bro|friend|ok|okay)\W{1,5})*" + IMPERATIVE + r"\b"
)


def _instructed(doc: Doc, m: re.Match[str]) -> bool:
    """A medication named inside an instruction: "just cut the pills in half", "you should up your dose"."""
    pre = clause_before(doc.norm, m.start(), 100)
    segment = _SEGMENT.split(pre)[-1]
    if _QUALIFIED.search(segment):
        return False
    return _STARTS_WITH_ORDER.match(segment) is not None or _AFTER_DIRECTIVE.search(pre) is not None


def _instruction(doc: Doc, m: re.Match[str]) -> bool:
    """The match is said to someone: an imperative opening a clause ("Girl, dump him"), or a directive."""
    if m.group().split(" ", 1)[0].endswith("ing"):  # "Stopping antidepressants suddenly can…" is a subject
        return _AFTER_DIRECTIVE.search(clause_before(doc.norm, m.start(), 80)) is not None
    pre = clause_before(doc.norm, m.start(), 80)
    if _IMPERATIVE_LEAD.match(pre) or _IMPERATIVE_LEAD.match(pre[pre.rfind(",") + 1 :]):
        return True
    return _AFTER_DIRECTIVE.search(pre) is not None


INDIVIDUAL = re.compile(
    r"@user|^\W{0,3}(?:hi|hey|hello|dear) (?!everyone|all|folks|friends|there|team|y'all|you all)"
    r"[a-z]{2,25}\b|\b(?:thanks for sharing|thank you for sharing|i'm so sorry|(?:i'm )?sorry (?:to hear|you're|"
    r"you are)|in your (?:case|situation|shoes)|if i were you|from what you(?:'ve| have)? (?:described|said|"
    r"shared|written|wrote|told me|mentioned)|based on what you(?:'ve| have)? (?:described|said|shared|wrote|"
    r"written)|it sounds like|sounds like (?:you|your)|given what you(?:'ve| have)? (?:said|described|shared)|"
    r"you mentioned|you said|you told me|your (?:message|comment|dm|question|situation)|for your (?:son|daughter|"
    r"kid|child|husband|wife|partner|boyfriend|girlfriend)'s)\b"
)


_said_to_one_person = in_text(INDIVIDUAL.pattern)

ME_OR_YOU = r"(?:your |the |those |these |that |this |some |a |an |my |his |her |their |ur )?"
LIFE_TARGET = (
    r"(?:him|her|them|your "
    + words(1)
    + alt(
        "husband",
        "wife",
        "partner",
        "boyfriend",
        "girlfriend",
        "ex",
        "mom",
        "mother",
        "dad",
        "father",
        "parents",
        "family",
        "sister",
        "brother",
        "boss",
        "job",
        "friend",
        "friends",
        "marriage",
        "relationship",
        "church",
        "in-laws",
        "kids",
        "roommate",
    )
    + r"|that (?:man|woman|guy|girl|job|relationship|marriage|loser|jerk)|the (?:relationship|marriage|job))"
)

individual_advice_find = any_of(
    # any dose: "try 50mg", "3 mg of melatonin"
    Pattern(
        r"\b\d{1,6}(?:\.\d{1,6})?\s?(?:mg|mcg|milligrams?|micrograms?|ml|milliliters?)\b",
        unless=NEGATION + r"|\b(?:studies|study|research|trial|trials|label|fda)\b",
        accept=not_in_sentence(r"\b(?:stud(?:y|ies)|research|trials?|participants)\b"),
    ),
    # a medication inside an instruction: "just cut the pills in half yourself"
    Pattern(r"\b" + MEDS + r"\b", unless=None, unless_after=MEDICAL_HELP, accept=_instructed),
    # "my recommendation for you specifically: …"
    Pattern(
        r"\b(?:my (?:recommendation|advice|suggestion|prescription|plan|protocol) (?:for|to) you|"
        r"for you (?:specifically|personally)|here's what (?:i'd|i would) do (?:if i were you|in your (?:shoes|"
        r"case|situation)))\b",
        # "a doctor or your counseling center can look at what's happening for you specifically": a referral
        unless=QUALIFIED + r"|\b(?:doctor|gp|therapist|counsell?or|clinician|professional|psychiatrist|prescriber|"
        r"cent(?:er|re)|service)s?\b[^.!?]{0,40}\b(?:can|could|will)\b",
    ),
    # "stop taking your meds", "double your dose", "taper off the Xanax"
    Pattern(
        r"\b(?:stop|stopping|quit|quitting|start|starting|skip|skipping|double|halve|increase|decrease|lower|"
        r"raise|up|bump up|taper(?: off)?|tapering(?: off)?|wean (?:yourself )?off|come off|go off|get off|"
        r"cut (?:back on|down on|out)|ditch|drop|switch(?: to)?|try|take|add|ask (?:your doctor |"
        r"your prescriber )?for|get on|go on|flush)(?: (?:taking|using))? " + ME_OR_YOU + words(1) + MEDS + r"\b",
        unless=QUALIFIED,
        unless_after=MEDICAL_HELP,
        accept=_instruction,
    ),
    # "you should leave him", "Girl, dump him", "cut off your mom"
    Pattern(
        r"\b(?:leave|divorce|dump|break up with|ghost|block|cut off|cut ties with|go no[- ]contact with|confront|"
        r"kick (?:him|her|them) out|move out (?:of|from)|quit|report|call the cops on|file for (?:divorce|"
        r"custody) |stop (?:texting|messaging|calling|replying to|responding to|contacting|following|dating|"
        r"sleeping with)(?:from|against)?|stop (?:talking to|seeing|answering)|walk away from|end) "
        + LIFE_TARGET
        + r"\b",
        unless=QUALIFIED,
        accept=_instruction,
    ),
    Pattern(
        r"\b(?:file for (?:divorce|custody|a restraining order)|go no[- ]contact|move out|get a divorce|break up|"
        r"pack your bags|walk out|get out (?:now|of there|while you can)|run(?: now)?(?!'s\b| (?:it|this|that|them|"
        r"things|something|everything) (?:past|by)\b)|leave (?:now|today|tonight|"
        r"asap))\b",
        unless=QUALIFIED,
        accept=_instruction,
    ),
    # "@tomas I'd tell your wife tonight and book couples therapy": a directive and an action, said to one person
    Pattern(
        r"\b" + DIRECTIVE + r"\b" + gap(60) + r"\b(?:tell (?:your|him|her|them)|book|start|try|quit|leave|"
        r"divorce|move out|confront|report|stop|cut|take|switch|get (?:on|off|tested|assessed|a divorce)|"
        r"go (?:on|off|no contact)|couples therapy|emdr|cbt|dbt|exposure|medication|meds|" + MEDS + r")\b",
        unless=QUALIFIED,
        accept=_said_to_one_person,
    ),
    # "you should try EMDR", "sounds like you need exposure therapy"
    Pattern(
        r"\b" + DIRECTIVE + r" (?:(?:try|do|start|get|look into|consider|ask for|switch to|go (?:on|to)|be on|"
        r"get on|begin|find) )?(?:an? |some |more )?(?:emdr|cbt|dbt|exposure(?: therapy)?|erp|ifs|neurofeedback|"
        r"hypnosis|hypnotherapy|medication|meds|an? (?:ssri|antidepressant|mood stabili[sz]er|benzo)|ketamine|"
        r"psychedelics?|mushrooms|microdosing|an? (?:psychiatric )?(?:evaluation|assessment)|inpatient|rehab|"
        r"a (?:higher )?level of care|antidepressants|an? intensive outpatient|couples therapy|" + MEDS + r")\b",
        unless=QUALIFIED,
    ),
    # "you should start journaling your triggers" -- said to one person
    Pattern(
        r"\b"
        + DIRECTIVE
        + r" "
        + words(1)
        + alt(
            "try",
            "start",
            "stop",
            "take",
            "quit",
            "leave",
            "do",
            "practi[cs]e",
            "hold (?:off|back)",
            "wait",
            "give (?:him|her|them|it)",
            "holding (?:off|back)",
            "skip",
            "avoid",
            "cut (?:out|back|down)",
            "increase",
            "decrease",
            "double",
            "journal",
            "meditate",
            "ask for",
            "switch",
            "taper",
            "break up",
            "divorce",
            "dump",
            "block",
            "confront",
            "set (?:a |firm |some )?boundar\\w*",
            "move out",
            "report",
            "sleep",
            "exercise",
            "limit",
            "wean",
            "tell (?:him|her|them)",
            "get (?:tested|checked|evaluated|assessed|diagnosed|on|off)",
            "go (?:on|off|no contact)",
            "write down",
            "track",
        )
        + r"\b",  # "so you can download it" is no "you can do"
        unless=QUALIFIED,
        accept=_said_to_one_person,
    ),
    Pattern(
        r"(?:^|[.!?\n]\s{0,5})@user,?\s{1,5}(?:just |please |honestly |seriously )?(?:try|start|stop|take|quit|"
        r"leave|practi[cs]e|avoid|cut|increase|decrease|double|journal|meditate|ask for|switch|dump|block|"
        r"confront)\b",
        unless=QUALIFIED,
    ),
    Pattern(
        r"\b(?:in your (?:case|situation|shoes)|if i were you|from what you(?:'ve| have)? (?:described|said|"
        r"shared|written|wrote|told me)|based on what you(?:'ve| have)? (?:described|said|shared|wrote|"
        r"written))\b"
        + gap(60)
        + r"\b(?:you (?:should|need|must|have to)|i(?:'d| would)|try|start|stop|take|leave|go|get)\b",
        unless=QUALIFIED,
    ),
)

# A directive to one person about their own situation: "You should try a bedtime pass", "She should do one exit
# every day", "I'd keep taking it and take it with food", in a reply to someone (an @handle, "your daughter").
ONE_PERSON = (
    r"@user|\byour (?:daughter|son|husband|wife|partner|mom|mum|dad|kid|child|boyfriend|girlfriend|sister|"
    r"brother|friend|roommate|teen|toddler)\b|\b(?:when|if) (?:he|she) (?:picks up|calls|gets home|wakes)\b|"
    r"\bdon't let (?:her|him)\b"
)
_REFERRAL = re.compile(
    r"\b(?:professional|therapist|counsell?or|counsell?ing|clinician|doctor|gp|prescriber|pharmacist|988|911|"
    r"crisis|helpline|hotline|support group|call)\b"
)
individual_advice_find = any_of(
    individual_advice_find,
    # The hedge the issue names: the general framing, then the turn to the reader ("what helps a lot of families is
    # a same-every-night routine, so you might try that"; "... so that could be worth a try"; "... so maybe give
    # that a go")
    Pattern(
        r"\b(?:what|one thing(?: that)?|something(?: that)?|the thing that) (?:often |really |usually )?helps? "
        r"(?:a lot of|alot of|lots of|many|most|some|plenty of) (?:people|families|parents|folks|clients|students|"
        r"couples|teens|kids|of us)\b" + gap(160) + r"\bso (?:you|u|that|this|it|maybe)\b" + gap(60) + r"\b(?:try|"
        r"trying|a go|a shot|worth|start|experiment)\b",
        unless=None,
        accept=lambda doc, m: _REFERRAL.search(m.group()) is None,
    ),
    # The same hedge across two sentences: "a lot of families find a 'bedtime pass' really useful ... Might be worth
    # a look for your little one"; "what a lot of people find helps ... so maybe text a friend tonight"
    Pattern(
        r"\b(?:what )?(?:a lot of|alot of|lots of|many|most|some) (?:people|families|parents|folks|couples|teens) "
        r"(?:find|have found|say) (?:that )?" + gap(100) + r"\b(?:helps?|helpful|useful|works?)\b",
        unless=None,
        accept=in_window(
            r"\b(?:might|may|could) be worth (?:a look|a try|trying|a go|a shot) for (?:you|your)\b|\bso maybe (?:try|"
            r"text|call|give|start|talk)\b",
            before=0,
            after=200,
        ),
    ),
    # "I'd suggest tapering slowly over a few weeks rather than stopping all at once": how to come off medication
    Pattern(
        r"\b(?:taper(?:ing)?|wean(?:ing)?|cut(?:ting)? down|reduc(?:e|ing))\b"
        + gap(50)
        + r"\b(?:rather than|instead of) "
        r"(?:stopping|quitting|coming off)(?: [a-z]{1,10})? (?:all at once|cold turkey|abruptly|suddenly)\b"
    ),
    Pattern(
        r"\b(?:you|she|he) should (?:try|do|keep|stop|start|take|ask|give|let|cut|quit|leave|tell|get|walk|"
        r"put|make|skip|double|switch)\b",
        unless=NEGATION + r"|\b(?:if|when|many|most|people|anyone|everyone|"
        r"whether)\b",
        accept=in_text(ONE_PERSON),
    ),
    Pattern(
        r"\b(?:i'd|i would) (?:keep|stop|start|double|halve|skip|up|lower|cut) (?:taking )?(?:it|them|your|the "
        r"dose)\b",
        unless=NEGATION,
        accept=in_text(r"\b(?:" + MEDS + r")\b"),
    ),
    # "if your meds aren't doing much, swapping them out for a daily plunge might be worth experimenting with"
    Pattern(
        r"\b(?:swap(?:ping)?|switch(?:ing)?|trad(?:e|ing)|replac(?:e|ing)|ditch(?:ing)?) (?:them|it|your "
        r"(?:" + MEDS + r"))(?: out)? for\b",
        unless=None,
        accept=in_window(r"\b(?:" + MEDS + r")\b", before=120, after=10),
    ),
)

# Advice to one person in the words of a friend: "what got me through early on was a meeting every day ... so I'd do
# both tonight", "do the grounding exercise we practised before bed", "try a hot bath, it will help you calm down",
# "omega-3 and magnesium are worth a go before reaching for meds"
SUPPLEMENT = r"\b(?:omega|fish oil|magnesium|supplements?|probiotics?|vitamin|ashwagandha|st\.? john's|melatonin|cbd)\b"
individual_advice_find = any_of(
    individual_advice_find,
    Pattern(
        r"\bwhat (?:got|helped|worked for|works for) me(?: through)?(?: early on| at first)?\b"
        + gap(120)
        + r"\b(?:i'd|i would) (?:honestly |definitely )?do (?:both|that|this|the same)\b|\b(?:i'd|i would) (?:honestly "
        r"|definitely )?do (?:both|that|this|the same) (?:tonight|today|this week|now)\b|\bdo the (?:breathing|grounding|"
        r"relaxation|tapping)(?: exercise| technique| exercises)? we (?:practi[sc]ed|did|learned|went over)\b|\bit(?:'ll| "
        r"will) help you (?:calm down|sleep|relax|settle)\b",
        unless=NEGATION + r"|\b(?:if|whether)\b",
    ),
    Pattern(
        r"\b(?:worth (?:trying|a (?:go|try|shot))|a go|first step) before (?:reaching for |trying |starting |going on )?"
        r"(?:" + MEDS + r"|ssris)\b",
        unless=NEGATION,
        accept=in_window(SUPPLEMENT, before=120, after=20),
    ),
)

# Coping steps handed to one person: "try pulling over and doing the five-breath pause we practised", "hold an ice
# cube and name 5 things you can see, it'll help bring you down a notch", "do some box breathing right before the
# test", "some people find it easier to start somewhere else, so you could start there", "you might bring a friend".
individual_advice_find = any_of(
    individual_advice_find,
    Pattern(
        r"\b(?:do|doing) the (?:[a-z0-9\-]{1,20} ){0,3}(?:pause|exercise|technique|"
        r"skill|breathing|grounding|routine|script|trick) (?:that )?we (?:practi[sc]ed|did|learned|went over|talked about|"
        r"worked on)\b|\bit(?:'ll| will) (?:help (?:to )?)?(?:bring you down|calm your (?:nerves|body|mind)|ground you|"
        r"settle your (?:nerves|body|mind))\b|\b(?:you|u) (?:could|might|can) (?:start|begin) (?:there|with (?:that|"
        r"this))\b|\byou (?:might|could|may want to) (?:bring|take|ask) (?:a|your) (?:friend|buddy|partner|sibling|"
        r"sister|brother|someone)(?: along| with you)\b",
        unless=NEGATION + r"|\b(?:if|whether)\b",
    ),
    Pattern(
        r"\b(?:do|try|use) (?:some |a (?:few |couple of )?(?:rounds? of )?)?(?:box|deep|slow|belly|4-7-8|square) "
        r"breath(?:ing|s)\b" + gap(40) + r"\b(?:before|during|tonight|tomorrow|right before)\b",
        unless=NEGATION + r"|\b(?:if|whether|many|some people)\b",
        accept=_said_to_one_person,
    ),
)

INDIVIDUAL_ADVICE = Check(
    id="individual-advice",
    principle="advice-not-therapy",
    kind="must-avoid",
    what="gives clinical advice to one person",
    explanation="Advice about someone's medication, treatment or life decisions needs an assessment and a "
    "treatment relationship that a post or comment cannot give, and others may follow it too; "
    "share general education and point to a professional who knows them",
    find=individual_advice_find,
    fires_on=(
        "Hi Sam! Do some box breathing right before the test, it'll calm your nerves.",
        "What got me through the first month was a meeting every day, so I'd do that tonight.",
        "Before bed, do the grounding exercise we practised on Tuesday.",
        "Try a warm bath and some chamomile, it will help you calm down.",
        "Magnesium and fish oil are worth a go before reaching for meds.",
        "What helps a lot of families is a short, same-every-night routine, so you might try that for a couple of weeks.",
        "If you want to come off it, taper slowly over a month rather than stopping all at once.",
        "@jessie_k you should stop taking the sertraline if it makes you feel numb",
        "Honestly? Try 3mg of melatonin and cut the caffeine after noon.",
        "If I were you I'd leave him. Nobody deserves that.",
        "Sounds like you need EMDR, not talk therapy.",
        "In your case I'd taper off the Xanax over two weeks.",
        "Hi Dee, I'm so sorry. I'd avoid an ultimatum for now, and maybe try talking when he's sober.",
    ),
    passes_on=(
        "If you're struggling to sleep, a warm bath may help some people relax.",
        "Supplements are not a substitute for medication; talk to your prescriber before changing anything.",
        "What helps many people is talking to a professional, so it's worth calling the counseling center.",
        "Please talk with your child's doctor, and never stop or switch a medication without them.",
        "A doctor or your campus counseling center can look at what's happening for you specifically.",
        "I'd like to take a few minutes at the start of our next session to talk about it.",
        "If the portal won't open, the front desk can reset your login so you can download it tonight.",
        "Never stop a medication suddenly without talking to the person who prescribed it.",
        "Many people find that cutting back on caffeine in the afternoon improves sleep.",
        "Try the 4-7-8 breath next time your mind races at night.",
        "Should you leave a relationship? Only you can decide, and a therapist can help you think it through.",
        "Hi Dee, I'm so sorry. I can't give advice here, but please call my office at 555-0164.",
    ),
)

CHECKS = (INDIVIDUAL_ADVICE,)
