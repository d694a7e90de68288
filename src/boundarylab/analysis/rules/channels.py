"""Secure channels and crisis: the two elements a reply to a DM or a crisis post must contain.

These are must-include checks: they report what is present. "Call 988" is a crisis resource, not
a redirect to your office; a personal cell number is an invitation, not a secure channel.
"""

import re

from boundarylab.analysis.check import Check
from boundarylab.analysis.patterns import Pattern, all_of, any_of, clause_before, gap, not_in_window
from boundarylab.analysis.text import Doc

OFFICE = (
    r"(?:office|practice|clinic|front desk|front office|intake (?:line|team|coordinator)|reception|"
    r"receptionist|scheduling (?:line|team|desk)|main (?:line|number)|office line|care team|intake)"
)
PLATFORM = (
    r"(?:dms?|direct messages?|messenger|instagram|facebook|tiktok|twitter|x|social media|comments|"
    r"the comments|this (?:app|platform|chat|thread|page|account|inbox|post|site)|text(?: message)?s?|chat|"
    r"here on [a-z]{1,25}|whatsapp|snapchat|linkedin|reddit|youtube|public|a public (?:forum|comment|thread))"
)
NOT_SECURE = re.compile(
    r"\b(?:personal|private (?:cell|mobile|number|phone|line|email|account)|cell|mobile|mob|text me|flick me|home|"
    r"whatsapp|crisis|"
    r"hotline|lifeline|helpline|suicide|"
    r"emergency|text line|dv|domestic|trevor|samaritans|988|911|741741|lifeline)\b"
)
NEGATED_VERB = r"\b(?:don't|do not|never|can't|cannot|won't|please don't|no need to)\s{1,5}$"
_ROUTE = re.compile(
    r"\b(?:through|via|in|on|use|using|log ?(?:in|into)|sign in|message|send|reach|contact|write|at|"
    r"into|check|to)\b"
)


def _business_number(doc: Doc, m: re.Match[str]) -> bool:
    return NOT_SECURE.search(doc.norm[max(0, m.start() - 60) : m.start()]) is None


# A personal webmail address is the clinician's own inbox, not the practice's: "email me at jo.smith.lpc@gmail.com"
NOT_TO_PERSONAL_WEBMAIL = not_in_window(
    r"@(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|me|aol|proton(?:mail)?|gmx)\.", before=0, after=80
)


def _routed_to(doc: Doc, m: re.Match[str]) -> bool:
    """ "Our portal will be down Saturday" names the portal; "send it through the portal" sends them there."""
    return _ROUTE.search(clause_before(doc.norm, m.start(), 40)) is not None


redirect_find = any_of(
    Pattern(
        r"\b(?:the|our|my) (?:office|practice|clinic) (?:inbox|email|line|phone|number|voicemail|e-mail)\b|"
        r"\b(?:call|chat|conversation|talk|meeting) with (?:our|the|my) (?:[a-z]{1,25} )?" + OFFICE + r"\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:call|phone|ring|contact|email|e-mail|message|reach|text|dial|give|write to|get in touch with|"
        r"reach out to|connect with|call or email|call or text|email or call)(?: us| me)?(?: at)? (?:the |my |"
        r"our |your )?(?:(?!(?:to|for|with|from|about|in|on|of)\b)[a-z'\-]{1,25} ){0,2}" + OFFICE + r"\b",
        unless=NEGATED_VERB,
    ),
    # "I'm calling you right now": the clinician taking it to the phone
    Pattern(
        r"\b(?:i'm|i am|i'll|i will|i'm going to|i am going to|let me) (?:call|phone|ring|calling|phoning|"
        r"ringing) (?:you|your (?:phone|cell|mobile|number))\b",
        unless=NEGATED_VERB,
    ),
    Pattern(
        r"\b(?:move|take|switch|continue|bring) (?:this|the|our|that) (?:conversation|chat|discussion|question|"
        r"thread) (?:to|over to|into|onto) (?:the|our|my|a) (?:secure |client |patient )?(?:portal|office|phone|"
        r"email|call|session)\b",
        unless=None,
    ),
    Pattern(
        r"\bby (?:phone|telephone|email|e-mail|secure (?:email|message|messaging|video))\b|\b(?:talk|chat|"
        r"discuss|speak|go over|connect|follow up|catch up|continue)\b"
        + gap(30)
        + r"\b(?:over|on) the (?:phone|telephone)\b|\bphone call\b(?= (?:with|to) (?:me|us|the office))|"
        r"\bsecure (?:email|e-mail)\b",
        unless=r"\b(?:not|never|don't|can't|won't)\b",
        accept=_business_number,
    ),
    Pattern(
        r"(?:\+?1[ .\-]?)?(?:\(\d{3}\)\s?|\d{3}[ .\-])?\d{3}[ .\-]\d{4}(?![\d\-])",
        unless=None,
        accept=lambda doc, m: _business_number(doc, m) and not (m.start() and doc.norm[m.start() - 1] in "0123456789-"),
    ),
    # "I'm going to call your phone right now from the agency line"
    Pattern(
        r"\bcall(?:ing)? (?:you|your (?:phone|cell|number|mobile)) (?:right )?(?:now |today |back |shortly |in a "
        r"(?:minute|moment) )?(?:from|on) (?:the|our|my) (?:agency|office|clinic|practice|work|center|centre|main|"
        r"crisis) (?:line|phone|number)\b",
        unless=r"\b(?:not|never|don't|can't|won't)\b",
    ),
    Pattern(
        r"\b[a-z0-9._%+\-]{1,40}@[a-z0-9\-]{1,40}(?:\.[a-z0-9\-]{1,40}){0,4}\.[a-z]{2,25}\b",
        unless=None,
        accept=all_of(_business_number, NOT_TO_PERSONAL_WEBMAIL),
    ),
    Pattern(
        r"\b(?:(?:secure|client|patient|therapy|our|the|my|your|telehealth|school|student) ){1,3}(?:client |patient )?(?:portal|"
        r"messaging (?:system|platform|portal|app)|message (?:center|centre|system))\b",
        unless=None,
        accept=_routed_to,
    ),
    Pattern(
        r"\bsecure (?:message|messaging|email|e-mail|platform|channel|video|telehealth|line|portal|link|inbox)\b",
        unless=None,
        accept=_routed_to,
    ),
    Pattern(
        r"\b(?:contact|intake|secure) form on (?:our|the|my) website\b|\b(?:our|the|my) website's (?:contact|"
        r"intake) form\b",
        unless=None,
    ),
    # "I can't discuss this over DM": the redirect that tells them where not to go
    Pattern(
        r"\b(?:can't|cannot|can not|don't|do not|won't|will not|am unable to|'m unable to|not able to|unable to|"
        r"never|avoid|shouldn't|not|only)\b" + gap(50) + r"\b(?:discuss|talk about|answer|respond to|reply to|"
        r"address|communicate|chat|talk|respond|reply|go into|get into|continue|keep (?:this|talking|"
        r"chatting))\b" + gap(50) + r"\b(?:here|over|in|on|through|via|by) " + PLATFORM + r"\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:dms?|direct messages?|messages? (?:here|on (?:instagram|facebook|this platform))|social media|"
        r"this (?:app|platform|inbox)|instagram|facebook|comments)(?: messages)? (?:is|are)(?: not|"
        r"n't) (?:private|secure|confidential|monitored|hipaa[- ]compliant|encrypted|a safe place|the place|"
        r"the right place|safe)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:book|schedule|request|set up|make|arrange) (?:a |an |your )?(?:[a-z]{1,25} ){0,2}(?:appointment|"
        r"consultation|consult|session|call|visit|time)\b"
        + gap(40)
        + r"\b(?:through|via|on|at|using|by calling|by phone|with) (?:our|the|my) (?:website|portal|office|"
        r"front desk|online scheduler|scheduling (?:page|link|system)|booking (?:page|link|system)|"
        r"intake (?:form|line|team))",
        unless=None,
    ),
    Pattern(
        r"\b(?:email|e-mail) (?:me|us|the (?:office|practice|clinic|team))\b|\b(?:send|drop|shoot) (?:me|us|"
        r"the office) (?:an? )?(?:email|e-mail|secure message)\b",
        unless=NEGATED_VERB,
        accept=NOT_TO_PERSONAL_WEBMAIL,
    ),
    Pattern(r"\bcall me at (?:the office|work|my office|\(?\d)", unless=NEGATED_VERB),
    # "I'll be in the counseling office at 7:30 Monday, come straight there"
    Pattern(
        r"\b(?:i'll|i will|i'm|i am) (?:be )?(?:in|at) (?:the|my|our) (?:counsell?ing |school |student services |"
        r"front )?office (?:at|on|from|first thing|tomorrow|monday|tuesday|wednesday|thursday|friday)\b",
        unless=NEGATED_VERB,
    ),
    # "book through the link in my bio, which goes to my practice's secure booking page"
    Pattern(
        r"\b(?:practice's|practice|office's|clinic's|our|my) (?:secure |online )?(?:booking|scheduling) (?:page|link|portal|"
        r"system|form)\b",
        unless=None,
        accept=_routed_to,
    ),
    # "between sessions, the client portal is the way to reach me"
    Pattern(
        r"\b(?:the|our) (?:secure |client |patient )?portal is (?:the|your) (?:best |right |safest |only )?(?:way|"
        r"place|channel)\b",
        unless=NEGATED_VERB,
    ),
    # a school counsellor's secure channel is the office itself: "come by the counseling office Monday"
    Pattern(
        r"\b(?:come|stop|drop|swing|pop|head)(?: (?:see|find) (?:me|us)| straight| right)?(?: (?:first thing|tomorrow|"
        r"today|monday|tuesday|wednesday|thursday|friday|morning|afternoon)){0,3} (?:by|in to|into|to|over to|in|at|"
        r"down to) (?:the |my |our )?(?:counsell?ing |school |student services |front )?office\b",
        unless=NEGATED_VERB,
    ),
    Pattern(
        r"\b(?:let's|we can|we could|happy to|glad to|i'd be glad to|i can) (?:talk|discuss|go over|"
        r"chat about) (?:about )?(?:this|that|it|more)? ?(?:by phone|over the phone|in (?:session|person|"
        r"your (?:next )?(?:session|appointment))|at (?:the office|your (?:next )?(?:appointment|session)))\b",
        unless=NEGATED_VERB,
    ),
)

REDIRECTS_TO_SECURE_CHANNEL = Check(
    id="redirects-to-secure-channel",
    principle="secure-channels",
    kind="must-include",
    what="redirects the conversation to a secure channel",
    explanation="Direct messages and comments are not private or monitored; sending people to the office phone, "
    "email or the client portal protects what they share and keeps a record",
    needed="a redirect to a secure channel (e.g. \u201cplease call my office at 555-0142 or use the secure client "
    "portal; I don't discuss personal matters over DM\u201d)",
    find=redirect_find,
    fires_on=(
        "We'd welcome a private conversation - please call our clinical director at 555-0118.",
        "I can't discuss anything clinical over DM, but please call my office at 555-0142.",
        "For your privacy, please send this through the secure client portal instead.",
        "Please email the practice at hello@cedarpathcounseling.com so we can respond securely.",
        "DMs here aren't private. Reach me through the patient portal or by phone.",
        "Casey, I'm calling you right now.",
        "Come by the counseling office Monday morning and I'll make time for you.",
        "If you need me between sessions, the client portal is the way.",
    ),
    passes_on=(
        "DM me for details! 📩",
        "Drop your questions in the comments and I'll answer them live on Friday.",
        "Our client portal will be down for maintenance Saturday morning.",
        "Text me on my personal cell, 555-867-5309, if you ever want to hang out.",
        "I can't accept friend requests, but just email me at sam.lee.therapy@gmail.com about Noah's school.",
    ),
)

crisis_find = any_of(
    Pattern(r"(?<![\d\-/.,$])9-?8-?8(?![\d\-/])", unless=None),
    Pattern(r"(?<![\d\-/.,$])(?:988 ?/ ?911|911 ?/ ?988)(?![\d\-/])", unless=None),  # "or 988/911 in a crisis"
    Pattern(
        r"\b(?:suicide|crisis|suicide prevention)(?: (?:and|&) (?:crisis|suicide))? ?(?:life ?line|hot ?line|"
        r"help ?line|text line|line|chat|text)s?\b",
        unless=None,
    ),
    Pattern(
        r"\btext (?:home|hello|talk|start|hola|connect|shout|signs|usa|go|help) to (?:741741|85258|686868|50808|"
        r"838255)\b|\b(?:741741|85258|686868|50808|838255)\b",
        unless=None,
    ),
    Pattern(
        r"(?<![\d/])9-?1-?1(?![\d/])(?! (?:dispatch|operator|call center|calls? (?:are|is)))",
        unless=r"\b(?:suite|room|unit|apt|apartment|building|floor|porsche|route|highway|hwy|exit|box|no\.?|"
        r"number)\s{0,5}#?\s{0,5}$",
    ),
    Pattern(
        r"\b(?:call|dial|ring|phone|contact|text)(?: or text| or call)? (?:999|112|000|111|0800 ?\d{1,6}|"
        r"13 ?11 ?14)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:go|get|head|come|take (?:them|him|her|yourself)|drive|walk) (?:straight )?to (?:the |your |"
        r"an? )?(?:nearest |closest |local |nearby )?(?:emergency (?:room|department|services)|er|a&e|ed|"
        r"hospital|urgent care)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:nearest|closest|local|nearby) (?:emergency (?:room|department)|er|a&e|hospital|emergency services|"
        r"crisis (?:center|centre|team|line|service))\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:call|contact|reach|dial|ring) (?:your |the )?(?:local )?emergency (?:services|number|line|"
        r"dispatch)\b|\bemergency services\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:samaritans|116 ?123|(?:the|988|suicide|crisis|national|trans|trevor) lifeline|lifeline (?:on |"
        r"at )?\d|trevor ?(?:project|lifeline)|trans ?lifeline|veterans crisis line|crisis text line|"
        r"kids help phone|beyond blue|shout 85258|crisis services canada|talk suicide|1-?800-?273-?(?:8255|talk)|"
        r"1-?800-?799-?7233|1-?866-?488-?7386|1-?833-?456-?4566|1-?800-?662-?4357|national suicide prevention|"
        r"befrienders|988lifeline)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:national )?(?:domestic violence|dv|sexual assault|rainn|samhsa|poison control|eating disorders?|"
        r"suicide prevention|crisis|mental health crisis) (?:hot ?line|help ?line|line|support line)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:crisis|mobile crisis|suicide prevention|psychiatric emergency) (?:team|service|services|center|"
        r"centre|unit|support|counsell?ors?|workers?)\b",
        unless=r"\b(?:no|not)\b",
    ),
    Pattern(r"\b(?:crisis|safety) plans?\b", unless=None),
)

CRISIS_RESOURCES = Check(
    id="crisis-resources",
    principle="crisis",
    kind="must-include",
    what="points to crisis help",
    explanation="Someone in danger needs help now, and a therapist cannot monitor comments or messages around "
    "the clock; crisis lines and emergency services can respond at any hour",
    needed="a crisis resource (e.g. \u201cIf you are in crisis, call or text 988, call 911 or go to your nearest "
    "emergency room.\u201d)",
    find=crisis_find,
    fires_on=(
        "If you're thinking about suicide, call or text 988 right now.",
        "Call Dr. Amari for urgent matters, or 988/911 in a crisis.",
        "In the UK? Samaritans are there any time on 116 123.",
        "If you're in immediate danger, call 911 or go to your nearest emergency room.",
        "Crisis Text Line: text HOME to 741741 to reach a trained counselor.",
    ),
    passes_on=(
        "If you're struggling, please reach out to someone you trust.",
        "A 1988 study found that social support predicts recovery.",
        "Emergency room nurses face some of the highest burnout rates in health care.",
        "Remembering everyone we lost on 9/11.",
    ),
)

CHECKS = (REDIRECTS_TO_SECURE_CHANNEL, CRISIS_RESOURCES)
