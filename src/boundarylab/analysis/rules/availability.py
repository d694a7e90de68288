"""Availability: promising to be reachable at any hour.

Often stated as a boundary instead ("I'm not available 24/7", "I reply within two business days"), so
negation and a bounded time are what separate the policy from the promise; crisis lines are available at
any hour by design, so a sentence about one is not the writer's promise.
"""

from boundarylab.analysis.check import Check
from boundarylab.analysis.patterns import (
    NEGATION,
    Pattern,
    all_of,
    any_of,
    gap,
    in_sentence,
    in_window,
    not_in_sentence,
    not_in_window,
)

# "Never hesitate to message me" is an offer; "I don't answer at night" is not.
NOT_AN_OFFER = (
    r"\b(?:not|cannot|can't|won't|don't|never|no)\b(?! (?:hesitate|feel bad|feel guilty|worry|be afraid|"
    r"be shy|apologi[sz]e|think twice))"
)
ANY_HOUR = (
    r"(?:any ?time|whenever|24/7|24-7|24 ?hours? a day|round the clock|around the clock|day or night|"
    r"night or day|day and night|at (?:any|all) hours|any hour|all hours|late at night|"
    r"in the middle of the night|at (?:1|2|3|4|5|12) ?(?:am|a\.m\.)|at midnight|weekends too|on weekends too|"
    r"weekends included|even on (?:weekends?|holidays?|vacation)|seven days a week|7 days a week|"
    r"every day of the week|no matter (?:what time|when|the time|how late)|even at night|all night|"
    r"on holidays)"
)
BOUNDED = (
    r"\b(?:within (?:\d{1,6}|one|two|three|a|1|2) (?:business |working )?(?:days?|hours?)|during (?:business|"
    r"office) hours|(?:business|office) hours|next business day|monday (?:to|through|-) friday|weekdays)\b"
)
ME_AVAILABLE = r"(?:here|available|around|online|reachable|on call|awake|up|a (?:text|call|message|dm) away)"
ANY_HOUR_STATED = ANY_HOUR.replace("whenever|", "")

over_availability_find = any_of(
    Pattern(
        r"\b(?:text|call|message|messag|dm|email|e-mail|ping|reach|contact|phone|write|hit|holler at)(?:ing|"
        r"ed)? me\b" + gap(25) + r"\b" + ANY_HOUR,
        unless=NOT_AN_OFFER + r"|\b(?:who|that|people|clients|when|if)\s{1,5}$",
        unless_after=BOUNDED,
    ),
    Pattern(
        r"\b(?:i'll|i will|i) always (?:answer|reply|respond|pick up|get back to you|text back|call back)\b",
        unless=NOT_AN_OFFER,
        unless_after=BOUNDED,
    ),
    Pattern(
        r"\b(?:i'm|i am|i'll be|i will be|i'm always|i remain|i stay|i'm just|i'm only|always)\b"
        + gap(30)
        + r"\b"
        + ME_AVAILABLE
        + r"\b"
        + gap(30)
        + r"\b"
        + ANY_HOUR_STATED,
        unless=NEGATION,
        unless_after=BOUNDED,
    ),
    Pattern(
        r"\b(?:i'm|i am|i'll be|i will be|i'm literally|i'm basically)\s(?:always|constantly|"
        r"literally always) (?:online|available|reachable|on call|on my phone|checking (?:my )?(?:messages|dms|"
        r"email|phone)|here)\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\b(?:i|we)(?:'ll| will)? (?:always |usually )?(?:reply|respond|answer|get back to you|write back|"
        r"text back|call back|message back|answer texts|reply to (?:texts|dms|messages|every dm|all dms))\b"
        + gap(25)
        + r"\b(?:right away|immediately|instantly|straight away|within (?:minutes|the hour|an hour|"
        r"\d{1,6} (?:minutes|mins))|in minutes|no matter (?:when|what time)|any ?time|24/7|day or night|"
        r"(?:a)?round the clock|at all hours|"
        r"at any hour|even at night|even on weekends)\b",
        unless=NEGATION,
    ),
    # not "the door is always open": at an ending it says the client may come back, not that you are on call
    Pattern(r"\b(?:my|the) (?:phone|cell|dms?|inbox) (?:is|are) always (?:on|open)\b", unless=NEGATION),
    Pattern(
        r"\b(?:phone|cell) (?:by|next to|beside|on) (?:the|my) (?:bed|pillow|nightstand)\b|\bin case (?:a client|"
        r"someone|you|clients|anyone|one of my clients) (?:needs?|wants?) (?:me|to (?:reach|talk to|call) me)\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\b(?:i|i'll|i will|i'm|i am)\b" + gap(40) + r"\b(?:check|answer|reply|respond|available|pick up|"
        r"read)\w{0,20}\b"
        + gap(40)
        + r"\b(?:even (?:on|at|during)? ?(?:weekends?|holidays?|vacation|nights?|midnight)|every hour|"
        r"at (?:1|2|3|4) ?am|all night)\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\b(?:they|you|clients|people) (?:know (?:they|you) )?can (?:always )?(?:reach|call|text|message|dm|"
        r"email) me\b" + gap(25) + r"\b" + ANY_HOUR,
        unless=NEGATION,
        unless_after=BOUNDED,
    ),
    Pattern(
        r"\b(?:never|don't|do not) (?:hesitate|wait|worry about the time)\b" + gap(30) + r"\b(?:text|call|"
        r"message|dm|email)\w{0,20}\b" + gap(20) + r"\b(?:me\b)" + gap(10) + ANY_HOUR,
        unless=None,
        unless_after=BOUNDED,
    ),
)

# The idea, whatever the phrasing: an unbounded time ("3am", "weekends and holidays", "the whole break", "within
# minutes") next to the writer offering themselves ("message me", "I'm here", "you'll hear back"). Crisis lines
# are available at any hour by design, so a sentence about one is not the writer's promise.
UNBOUNDED_TIME = (
    r"(?:24/7|24-7|24 ?hours? a day|any hour|all hours|middle of the night|(?:all |right )?through the night|"
    r"(?:at |until |till )?(?:1|2|3|4)"
    r" ?am\b|midnight|morning,? noon,? (?:or|and|&) night|day or night|night or day|"
    r"(?:weekends?|evenings?|nights?|holidays?|vacations?)(?:,| and| or| &) (?:evenings?|weekends?|"
    r"nights?|holidays?|vacations?)|(?:weekends?|holidays?|evenings?) included|the whole (?:break|"
    r"holiday|weekend|vacation)|(?:never|doesn't|does not|won't) (?:closes?|sleeps?|switch(?:es)? off)|"
    r"instant(?:ly)? (?:repl(?:y|ies)|responses?|answers?|access)|within minutes|in minutes|"
    r"(?:a|one) (?:text|message|call|dm) away|(?:doesn't|does not|don't|won't) matter what time|"
    r"any time of (?:the )?(?:day|night)|any day of the week|all (?:night|evening|weekend)(?: long)?|"
    r"as long as you need|whenever you need (?:us|me|it|to talk|someone)|no matter the "
    r"(?:hour|time|day)|unlimited (?:texting|messaging|texts|messages|access|calls)|even on (?:christmas|"
    r"new year's|thanksgiving|easter|holidays?|vacation|weekends?|sundays?))"
)
OFFER = (
    r"\b(?:me|my (?:personal |own |private )?(?:phone|cell|inbox|dms?|number)|i'm here|i am here|i'll (?:be|respond|reply|answer|get back|"
    r"pick up|have)|i will (?:be|respond|reply|answer)|i (?:answer|reply|respond|pick up)|you'll hear (?:back )?"
    r"from me|you'll hear back|with me|i'm (?:never|always|available|around|on)|i am (?:never|always|available)|"
    r"we(?:'re| are) (?:always )?here|(?:our|my) inbox is (?:always )?open|i (?:check|monitor|read)|"
    r"(?:checks?|monitors?) (?:it|them|the (?:voicemail|portal|inbox|messages|line)))\b"
)
CRISIS_LINE = (
    r"\b(?:988|911|999|112|lifeline|hotline|crisis (?:line|text|team|counsell?ors)|samaritans|"
    r"emergency (?:services|room|line)|text home to|the er)\b"
)
# "I cried all night reading your comments" tells what the writer did, not when they can be reached; "stop there
# instead of rereading the comments all night" what not to do.
NOT_MY_OFFER = (
    NEGATION + r"|\b(?:if|don't|do not|isn't|aren't|expect|expecting|pressure to|burn ?out|"
    r"boundar\w{0,5}|used to|who|cried|crying|sobbed|sobbing|lay awake|slept|stayed up|instead of|rather than)\b"
)

over_availability_find = any_of(
    over_availability_find,
    Pattern(
        r"\b" + UNBOUNDED_TIME,
        unless=NOT_MY_OFFER,
        unless_after=BOUNDED,
        accept=all_of(
            in_window(OFFER, before=90, after=90),
            not_in_sentence(CRISIS_LINE),
            # "988. Call or text, any hour, free.": the hours are the crisis line's, named just before
            not_in_window(CRISIS_LINE, before=35, after=0),
            not_in_sentence(
                r"\b(?:isn't|is not|not) (?:kind|sustainable|healthy|realistic)\b|"
                r"\bshouldn't have to\b"
            ),
        ),
    ),
    # "if you need us outside those hours, just DM, we're always here for you!"
    Pattern(
        r"\b(?:we're|we are|i'm|i am) always (?:here|around|available|on hand)\b",
        unless=NEGATION,
        accept=all_of(
            not_in_sentence(BOUNDED),
            in_sentence(
                r"\b(?:dms?|text|message|call|outside (?:those|these|office|business|our|my)|after hours|"
                r"any ?time|nights?|weekends?)\b"
            ),
            not_in_sentence(CRISIS_LINE),
        ),
    ),
    Pattern(
        r"\b(?:call|text|message|dm|reach out|ping) (?:any ?time|whenever)\b",
        unless=NOT_MY_OFFER,
        accept=all_of(
            in_window(r"\b(?:my (?:personal |own )?(?:cell|number|phone|mobile)|me)\b", before=120, after=60),
            not_in_sentence(CRISIS_LINE),
        ),
    ),
    # "someone on the team usually peeks at the page in the evenings": an unstaffed channel made to sound watched
    Pattern(
        r"\b(?:someone|somebody|one of us)(?: (?:on|from) (?:the|our) team)? (?:usually |often |always |normally )?"
        r"(?:checks?|peeks? at|looks? at|keeps an eye on|monitors?|watches) (?:the |our |this )?(?:page|inbox|"
        r"messages|dms|account)\b" + gap(40) + r"\b(?:evenings?|nights?|weekends?|after hours|late)\b",
        unless=None,
    ),
)


# A reply promised the moment the writer can: "text me and I'll reply as soon as I find a signal"
over_availability_find = any_of(
    over_availability_find,
    Pattern(
        r"\b(?:text|call|message|dm|email|ping) me\b"
        + gap(40)
        + r"\bi(?:'ll| will) (?:reply|respond|answer|get back(?: to "
        r"you)?|call you back|write back)(?: to you)? (?:as soon as (?:i|i'm|i can)|the (?:second|minute|moment)|right "
        r"away|straight away|immediately|asap)\b",
        unless=NEGATION,
    ),
)

OVER_AVAILABILITY = Check(
    id="over-availability",
    principle="availability",
    kind="must-avoid",
    what="promises to be reachable at any hour",
    explanation="A promise you cannot keep at 3 am leaves a client in crisis waiting, and an always-on therapist "
    "burns out; say when you reply and where to turn in an emergency",
    find=over_availability_find,
    fires_on=(
        "If it's urgent, text me and I'll reply as soon as I can.",
        "Message us any time, we reply around the clock!",
        "I check the portal 24/7, so you will hear back the minute you write.",
        "If you need us outside those hours, just DM, we're always here!",
        "Evenings, weekends, whenever you need us, we're always here 🌙",
        "Our inbox is open whenever you need it, and we'll make sure you hear back 💛",
        "Text me anytime, day or night, if you need to talk! 💕",
        "I'm always here for you, 24/7. Never hesitate to reach out.",
        "My phone is always on, even on weekends.",
        "dm me whenever u need, i'm literally always online lol",
        "Need to talk at 3am? I'm here. Just message me.",
        "I answer every DM the same day, weekends and holidays included.",
    ),
    passes_on=(
        "988. Call or text, any hour, free. If you're in danger, call 911.",
        "We're always here to help during office hours: call 555-0100.",
        "If you're in crisis, the 988 Suicide & Crisis Lifeline is available 24/7 by call or text.",
        "I reply to messages within two business days.",
        "Your plan is in the portal, and the door is always open if you would like a check-in.",
        "I'm not available evenings or weekends, and that boundary helps me show up for sessions.",
        "Any time anxiety spikes, try naming five things you can see.",
        "Clients who text me at midnight deserve a reply in the morning, not at midnight.",
        "Correct it plainly, then stop there instead of rereading the comments all night.",
    ),
)


CHECKS = (OVER_AVAILABILITY,)
