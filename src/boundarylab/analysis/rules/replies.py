"""Confidentiality, part three: public replies that reveal someone is or was a client.

A warm "so glad our sessions helped!" or "see you next week" under a review or a post tells every
reader that this person is in therapy; a neutral thank-you confirms nothing.
"""

import re
from collections.abc import Iterable

from boundarylab.analysis.check import Check
from boundarylab.analysis.lexicon import CLIENT
from boundarylab.analysis.patterns import (
    NEGATION,
    Pattern,
    alt,
    any_of,
    gap,
    in_sentence,
    in_text,
    in_window,
    not_in_sentence,
    not_in_text,
    words,
)
from boundarylab.analysis.rules.stories import WEEKDAY
from boundarylab.analysis.text import Doc

GENERIC_APPOINTMENT = (
    r"\b(?:(?:bring|take|share) (?:it|this|that|them|these|those|a list|your (?:list|questions|"
    r"notes|journal|log|diary))|ask|mention|raise|join|register|sign up|book)\b|\bwith (?:your|a) (?:doctor|"
    r"prescriber|gp|provider|therapist|psychiatrist|dentist)\b|^ (?:of|for) (?:the|our|this)\b"
)

# "that would publicly confirm you're my client", "could show others that you are my client": the risk, named
NAMES_THE_RISK = (
    r"\b(?:could|would|might|may|can) (?:publicly |openly )?(?:tell|show|reveal|signal|suggest|confirm|let "
    r"(?:people|others|anyone) know)\b"
)
confirms_find = any_of(
    Pattern(
        r"\b(?:our|your) " + words(1) + r"(?:sessions?|appointments?|work together|time together|therapy|"
        r"counsell?ing|treatment|intake|consultations?|visits?|conversations) (?:together )?(?:really |truly |"
        r"have |has )?(?:helped|made a difference|meant|paid off|is helping|are helping|was helpful|were helpful|"
        r"has been|have been|changed)\b",
        unless=NEGATION + r"|\bif\b|\bwhether\b",
    ),
    Pattern(
        r"\b(?:glad|happy|so glad|thrilled|grateful|pleased|proud|delighted|honou?red|thankful|loved|enjoyed)\b"
        + gap(40)
        + r"\b(?:our (?:sessions?|work|time|appointments?|conversations?|visits?)|working (?:together|with you)|"
        r"(?:the )?(?:progress|work) you(?:'ve| have)? (?:made|done|did|put in)|(?:see|seeing) you (?:in|"
        r"at) (?:session|the office|your appointment|group)|(?:therapy|counsell?ing|treatment) (?:with (?:me|us)|"
        r"helped|has helped|is helping)|the (?:techniques|skills|tools|strategies|exercises) (?:we|i)\b|"
        r"you (?:came|come|chose|trusted) (?:to )?(?:me|us|our (?:practice|office|clinic)))(?!\?)",
        unless=NEGATION + r"|\bif\b",
    ),
    Pattern(
        r"\b(?:pleasure|privilege|honou?r|joy|gift|blessing)\b"
        + gap(25)
        + r"\b(?:(?:working|to work|to walk|walking|to be|being|to sit|sitting) (?:with|alongside|beside) you|"
        r"(?:to )?support(?:ing)? you|(?:to )?help(?:ing)? you|(?:to )?(?:see|know)(?:ing)? you grow|"
        r"(?:to )?(?:be|being) part of your)\b",
        unless=NEGATION + r"|\b(?:if|would|could|hope|look forward)\b",
        # "a privilege to work alongside you ... your clients and our team" is said to a colleague
        accept=not_in_text(
            r"\byour (?:clients|caseload|patients)\b|\bour team\b|\bcolleagues?\b|\bco-?workers?\b|"
            r"\b(?:working|to work|worked) alongside\b"
        ),
    ),
    Pattern(
        r"\b(?:loved|enjoyed|enjoy|love|miss|will miss|'ll miss|thank you for|"
        r"thanks for)\b (?:[a-z]{1,25} ){0,2}(?:working with you|our (?:sessions|work|time|weekly)|"
        r"seeing you (?:each|every) week)\b(?!\?)"
    ),
    Pattern(
        r"\byour (?:appointment|session|visit|check-in) (?:on|this|next) (?:monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday|week|morning|afternoon|evening)\b|\byour (?:monday|tuesday|wednesday|thursday|"
        r"friday|saturday) (?:appointment|session|visit)\b",
        unless=NEGATION + r"|\bif\b",
    ),
    Pattern(
        r"\bsee you (?:next|on|this|at your|in (?:session|group|the office|a (?:week|fortnight|couple of weeks|"
        r"few weeks|month))|tomorrow|soon at|at the office|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday)\b",
        unless=NEGATION + r"|\b(?:your|their|a|the) (?:therapist|counsell?or|clinician|provider|doctor)\b",
        unless_after=r"\b(?:at|in|for) (?:the|our|my|a|another|next) (?:[a-z]{1,25} )?(?:workshop|webinar|event|"
        r"conference|live|talk|training|class|open house|fair|walk|5k|run|meeting|post|episode|video|tip|"
        r"newsletter|stream|q&a|panel|retreat)|\bfor (?:another|the next|our next|more|part)\b",
    ),
    Pattern(
        r"\b(?:our|your) (?:next|last|upcoming|previous|final|weekly|regular|usual|"
        + alt("monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
        + r"|\d{1,2}(?::\d\d)? ?(?:am|pm)) (?:session|appointment|visit|meeting|check-in)\b",
        # "many prescribers will take a call before your next appointment" is someone else's appointment
        unless=NEGATION + r"|" + GENERIC_APPOINTMENT + r"|\bif\b|\b(?:prescriber|doctor|gp|psychiatrist|"
        r"pharmacist|physician|dentist|pediatrician)s?\b|\b(?:off|discount on)\s{0,3}$",  # "$20 off your next session"
        unless_after=GENERIC_APPOINTMENT + r"|^\s?(?:is|are) (?:free|on us)\b",
        # "... your prescriber's office is there for, and many will answer before your next appointment"
        accept=not_in_sentence(
            r"\b(?:your|their|the) (?:prescriber|doctor|gp|psychiatrist|physician|pediatrician)(?:'s)?\b"
        ),
    ),
    Pattern(
        r"\b(?:sorry|apologi[sz]e|apologies|regret)\b"
        + gap(40)
        + r"\b(?:your|the) (?:appointment|session|intake|bill|invoice|billing|copay|co-pay|visit|wait|waiting room|"
        r"treatment|therapist|counsell?or|last visit|clinician|provider|care)\b"
    ),
    Pattern(
        r"\b(?:as|like) (?:we|i) (?:talked|discussed|spoke|chatted|mentioned|practiced|practised|worked on|agreed|"
        r"said)(?: about)? (?:in|during|at|last) (?:session|our|your|time|week|group|" + WEEKDAY + r")\b"
    ),
    Pattern(r"\b(?:in|during) (?:our|your) (?:last|recent|previous|latest) (?:session|appointment|visit)s?\b"),
    Pattern(
        r"\b(?:outside|beyond|between|since|miss(?:ing)?|enjoy(?:ed)?|love[d]?) (?:of )?our (?:sessions|"
        r"appointments|work together|time together|weekly (?:sessions|chats|talks|check-ins))\b"
    ),
    Pattern(
        r"\b(?:having|have|had|seeing|see|saw) you in (?:our|my) " + words(1) + r"(?:group|practice|office|"
        r"sessions?|program|class|clinic|waiting room)\b",
        unless=NEGATION + r"|\b(?:if|would|'d|hope|love to)\b",
    ),
    Pattern(
        r"\b(?:you|someone who|who) (?:missed|cancell?ed|skipped|no-showed|never showed up (?:to|for)|"
        r"walked out of|attended|came to|showed up (?:to|for)|were late (?:to|for)) " + words(2) + r"(?:sessions?"
        r"|appointments?)\b",
        unless=NEGATION + r"|\b(?:if|when|whenever)\b|\b(?:clients|anyone|people|everyone|all|those|you all|"
        r"folks|attendees|participants)\s{1,5}$",
    ),
    Pattern(
        r"\b(?:the|those|these|that|this) (?:[a-z\-]{1,25} ){0,2}(?:techniques?|skills?|tools?|strategies|"
        r"strategy|exercises?|worksheets?|homework|thought records?|journal(?:ing)? prompts?|coping cards?|"
        r"safety plan|exposures?|hierarchy|ladder|meditations?|affirmations?|scripts?|goals?|plan|routines?|"
        r"breathing|practices?|steps) (?:we|i)(?: have| had|'ve)? (?:practiced|practised|worked on|discussed|"
        r"talked about|went over|covered|learned|started|set|made|wrote|built|planned|agreed on|tried|created|"
        r"came up with|mapped out|gave you|did together)\b"
    ),
    Pattern(
        r"\b(?:don't|do not) forget (?:your|the|those|our) (?:[a-z\-]{1,25} )?(?:coping plan|safety plan|"
        r"coping skills|homework|worksheet|thought records?|breathing|grounding|exercises|plan we made|skills)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:since|after) (?:starting|you started|we started|beginning|you began|we began) (?:with me|with us|"
        r"therapy|counsell?ing|sessions|treatment|here|our work)\b|\b(?:starting|working|sessions?|"
        r"our time) with me\b"
    ),
    Pattern(
        r"\b(?:working|worked|work|spent) on your (?:[a-z\-]{1,25} ){0,2}(?:anxiety|depression|grief|trauma|"
        r"panic|fears?|goals?|ocd|adhd|confidence|boundaries|relationship|marriage|self-esteem|anger|sleep|"
        r"healing|recovery|sobriety|issues|stuff|mental health|coping skills|phobia|eating|drinking|attachment)\b",
        unless=NEGATION + r"|\bif\b",
        accept=in_sentence(
            r"\b(?:all (?:those|these|the|that) |together|with me|with us|our |in (?:my|our|"
            r"the) office|in session|we (?:did|spent))"
        ),
    ),
    Pattern(
        r"\b(?:since|in) (?:we (?:started|first met|began)|your first (?:session|appointment|visit)|"
        r"you (?:started|began) (?:therapy|seeing me|coming in|with us)|our (?:first|work))\b"
    ),
    Pattern(
        r"\bthe progress you(?:'ve| have)? made\b" + gap(40) + r"\b(?:in therapy|since|in our|together|with me|"
        r"this year|these (?:past )?(?:months|years|weeks))"
    ),
    Pattern(r"\byou(?:'ve| have) (?:worked|come|grown) so (?:hard|far) (?:in|with|since) (?:therapy|our|me|us|we)\b"),
    Pattern(r"\bwelcome back (?:to (?:the practice|therapy|our practice|the office|counsell?ing|the clinic|group))\b"),
    Pattern(
        r"\bthank you for (?:trusting|choosing|letting) (?:me|us)\b(?! with (?:this|that|it|something|your "
        r"(?:question|feedback|review|comment|message))| (?:be )?(?:a )?part of (?:this|the|our|your) "
        r"(?:community|neighbou?rhood|town|city|county|village))"
    ),
    Pattern(
        r"\b(?:we'll|we will|let's|we can|i'll|we'll be able to) (?:go over|talk about|discuss|review|look at|"
        r"check in on|pick (?:this|it|that) up|work on|debrief|unpack|come back to)\b"
        + gap(40)
        + r"\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday)|next (?:week|time|session)|in (?:session|"
        r"our next session|your next session)|at your (?:next )?(?:session|appointment)|when (?:we|i) see you)\b",
        unless=NEGATION + r"|\bif\b",
    ),
    Pattern(r"\bthank you for choosing (?:our|my) (?:practice|office|clinic|team)\b"),
    Pattern(
        r"\b(?:great|good|lovely|nice|wonderful) (?:seeing|to see|meeting) you (?:and your [a-z]+ )?(?:today|"
        r"yesterday|this (?:morning|week|afternoon)|in (?:session|the office|group)|at (?:your|the) (?:[a-z]+ )?"
        r"(?:appointment|session))\b"
    ),
    Pattern(
        r"\b(?:keep|kept) up the (?:great |good |hard |amazing )?work (?:we|you)(?:'ve| have)? (?:been doing|"
        r"started|done) (?:in|together)\b"
    ),
    Pattern(
        r"\b(?:is|was|are|were|has been|have been|'s|'re) (?:a |one of )?(?:my|our) (?:former |past |current |"
        r"old )?" + CLIENT + r"s?\b",
        unless=NEGATION + r"|\b(?:if|whether|anyone|someone|everyone|nobody|confirm|deny)\b|" + NAMES_THE_RISK,
    ),
    Pattern(
        r"\b(?:i'm|i am|i was|i've been|as) your (?:therapist|counsell?or|psychologist|clinician|provider|"
        r"social worker|psychiatrist)\b",
        unless=NEGATION + r"|\bif\b",
    ),
    Pattern(r"\bmy (?:former |current |past |old |amazing |wonderful )?" + CLIENT + r",? @user\b"),
)

# Said to or about one person, a reference to therapy the two of them share: "all that work we did in session",
# "remember what we talked about last week", "proud of you for finishing treatment".
SHARED_THERAPY = (
    r"\b(?:(?:all )?(?:the |that |our )?work we (?:did|'ve done|have done|started|began|'ve started|have started)"
    r"(?: together| in (?:session|therapy))?|(?:the |that |our )?work we do (?:together|in (?:session|therapy))|"
    r"what we (?:talked|spoke) about (?:in session|last (?:week|time|session)|on (?:monday|"
    r"tuesday|wednesday|thursday|friday))|(?:the|your|that) (?:exposure |therapy |session )?homework (?:i|we) "
    r"(?:gave|set|assigned)|how did (?:the|your) (?:exposure |therapy |session )?homework go|"
    r"(?:for )?finishing (?:treatment|therapy|your (?:treatment|therapy|sessions))|all (?:those|these|our) "
    r"(?:weeks of |months of )?sessions|(?:finish|finishing|finished|completing|completed|graduating from) (?:the |"
    r"your |our )?(?:[a-z\-]{1,25} )?(?:programme|program|course|group) with (?:us|me)|since you (?:started|"
    r"stopped|finished) (?:seeing me|therapy with me|our sessions)|we(?:'ll| will|'re| are) (?:keep |finally |"
    r"still )?(?:keep )?working on (?:the|your|that) [a-z]{1,25} ?(?:stuff|issues?|goals?|plan)?|"
    r"(?:at|during|in) (?:your|[a-z]{2,25}'s) (?:last|next|first) (?:appointment|session|visit)|"
    r"your (?:old|previous|former) (?:psychiatrist|therapist|counsell?or|doctor)'s records)\b"
)
# Remembered from the room, or counted from the relationship: "I remember how scared you were that first session",
# "a joy watching your confidence grow", "one session left in your package", "you're a client".
REMEMBERED_THERAPY = any_of(
    Pattern(
        r"\b(?:i (?:still )?remember|i know) (?:how (?:[a-z]+ )?(?:nervous|scared|anxious|terrified|shy|quiet|low|"
        r"stuck|angry|lost|worried|hopeless|frightened|overwhelmed|unsure|much it took|hard it was)|you telling me|"
        r"when you (?:first )?(?:came|walked|told me))\b",
        unless=NEGATION + r"|\bif\b",
    ),
    Pattern(
        r"\b(?:walk(?:ed|ing)?|came|come|coming) (?:through|in|into) (?:our|my) (?:door|office|practice|clinic)\b|"
        r"\b(?:was|were|saw|see|seeing) you in (?:session|group|therapy)\b|"
        r"\b(?:sessions?|appointments?) left (?:in|on|of) your (?:package|plan|block|bundle|course)\b",
        # "people of every political view feel comfortable walking into my office" is no one in particular
        unless=NEGATION + r"|\b(?:if|when|whenever|anyone|everyone|every|people|anybody|whoever)\b",
    ),
    Pattern(
        r"\b(?:you're|you are|you were|since you're|as you're) (?:a |my |our |one of my |one of our )"
        + words(1)
        + CLIENT
        + r"s?\b",
        # "didn't say hi, since you're a client" still says it; "could tell others you're my client" names the risk
        unless=r"\b(?:if|whether|when)\b|"
        + NAMES_THE_RISK
        + r"|\b(?:reveal|show|signal|tell|announce)\w{0,3} (?:to )?(?:anyone|others|"
        r"people|everyone|the world)\b|\b(?:nothing|no one|nobody|no post|no like)\b[^.!?;]{0,30}\b(?:confirms?|"
        r"reveals?|shows?|signals?|tells? (?:anyone|people|others))\s{1,5}$",
    ),
    Pattern(
        r"\b(?:watch(?:ing|ed)?|see(?:ing)?|seen|saw) you(?:r [a-z]+)? (?:go|grow|come|move|get|bloom|flourish|"
        r"heal|thrive|find)(?: from| so| your| again)?\b",
        unless=NEGATION + r"|\b(?:if|would|hope|can't wait|look forward|love to)\b",
        accept=in_sentence(
            r"\b(?:joy|privilege|honou?r|pleasure|incredible|amazing|wonderful|proud|gift|meaningful|"
            r"over the (?:last|past)|these (?:last|past))\b"
        ),
    ),
    Pattern(
        r"\b(?:letting|let) me (?:be (?:a )?part of|walk (?:alongside|with|beside)|support) (?:you|your)\b|"
        r"\bbeing part of your (?:journey|healing|recovery|story|growth)\b",
        unless=NEGATION + r"|\b(?:if|would|hope|could)\b",
    ),
    Pattern(
        r"\bour (?:[a-z]+ )?(?:sessions|work together|time together|appointments|chats) (?:was|were|has been|have been|"
        r"are|is) (?:my|some of|so|such|really|truly|one of|among)\b|"
        r"\b(?:work|effort|practi[cs]e|practi[cs]ing) (?:in|from|during) our (?:sessions|time together|work)\b",
        unless=NEGATION + r"|\bif\b",
    ),
    Pattern(
        r"\bas (?:i|we) (?:explained|said|mentioned|told you|discussed|agreed) (?:at|in|during) your\b|"
        r"\b(?:the|your|our) (?:[a-z\-]{1,25} )?(?:techniques|skills|tools|strategies|exercises|homework) (?:are|is) "
        r"(?:really )?(?:working|helping) for you\b|\b(?:followed up on|kept up with|did|finished) our (?:homework|"
        r"exercises|worksheets?)\b|"
        r"\bremember (?:what|the things?|everything|the skills?|the stuff|the tools?) we (?:practi[cs]ed|worked on|"
        r"talked about|discussed|covered|rehearsed)\b"
    ),
)

# In a reply to someone: "would be fun to train with one of my clients", "love to support a client's business".
CLIENT_IN_A_REPLY = any_of(
    REMEMBERED_THERAPY,
    Pattern(
        r"\b(?:with|support|supporting) (?:one of my|a|my) " + CLIENT + r"(?:s|'s)?\b",
        unless=NEGATION + r"|\b(?:if|when)\b",
        accept=in_text(r"^\W{0,3}@user"),
    ),
)

# A note to the client, by message or email, is private: "Hi Aoife, thanks for your message… see you Thursday"
# confirms nothing to anyone else. A greeting plus a private channel or a booking, and nothing public.
PRIVATE_NOTE = re.compile(
    r"^(?:[a-z ]{2,20}(?:dm|message|email|text|reply): )?(?:hi|hey|hello|dear)(?: there| [a-z][a-z'\-]+)?[,!]"
)
PRIVATE_SIGNAL = re.compile(
    r"\b(?:message|email|text|dm|request|portal|(?<!to )see you|we can talk|we'll talk|talk (?:about it|it through)|where we "
    r"left off)\b|"
    r"\bnext (?:session|appointment)\b"
)
PUBLIC_SIGNAL = re.compile(r"@|\breview|\bstars?\b|\bfeedback\b|shout-?out|\bcomment|\bpost\b")


def _private_note(doc: Doc) -> bool:
    text = doc.norm
    return bool(PRIVATE_NOTE.search(text) and PRIVATE_SIGNAL.search(text) and not PUBLIC_SIGNAL.search(text))


confirms_find = any_of(
    confirms_find,
    # "good to see you here again, brother. Call and we'll pick up right where we left off"
    Pattern(r"\bpick up (?:right )?where we left off\b"),
    # "I showed it to my husband last night": the client's post passed to someone else
    Pattern(
        r"\b(?:showed|show|sent|forwarded|read) (?:it|your post|the post|your poem|your video|them) to my (?:husband|"
        r"wife|partner|spouse|friends?|family|mom|mum|dad|sister|brother|kids|colleagues?|book club)\b",
        unless=NEGATION + r"|\b(?:if|won't|never)\b",
    ),
    # "I did leave a quiet like from my personal one": the like is the public confirmation
    Pattern(
        r"\b(?:liked? (?:it|your post|the post)|hearted (?:it|your post)|(?:left|leave|gave|give) (?:it )?(?:a|an) "
        r"(?:quiet |little |small |quick |wee )?(?:like|heart|thumbs up))\b" + gap(40) + r"\bfrom (?:my|the|our) "
        r"(?:personal|own|practice|business|work|private) (?:account|page|one|profile)\b",
        unless=NEGATION + r"|\b(?:if|won't|never)\b",
    ),
    Pattern(
        SHARED_THERAPY,
        unless=NEGATION + r"|\b(?:if|when|many|clients|people|anyone)\b",
        accept=in_window(
            r"@user|\b(?:you|your|how did|keep (?:doing|up|going)|made my day)\b|\b(?:congrats|proud|glad|great|"
            r"remember)\b",
            before=120,
            after=60,
        ),
    ),
)


def confirms_in_public(doc: Doc) -> Iterable[tuple[int, int]]:
    return () if _private_note(doc) else any_of(confirms_find, CLIENT_IN_A_REPLY)(doc)


CONFIRMS_CLIENT_RELATIONSHIP = Check(
    id="confirms-client-relationship",
    principle="confidentiality",
    kind="must-avoid",
    what="reveals that someone is or was a client",
    explanation="Even a warm public reply tells everyone who reads it that this person is in therapy with you; "
    "only the client may decide to say that, so reply, if at all, in general terms that confirm nothing",
    find=confirms_in_public,
    fires_on=(
        "Good to see you here again! Call the office and we can pick up where we left off.",
        "Leah, this made my day. Keep doing the work we started!",
        "Thank you so much, Dana! I'm so glad our sessions helped you through such a hard year.",
        "See you next Tuesday, Marcus! 😊",
        "It was a privilege working with you, Priya. Wishing you all the best!",
        "So sorry your appointment got moved last week, Tom.",
        "@sam.k I remember how nervous you were that first day. Look at you now!",
        "It was a joy watching your confidence grow over the last few months.",
        "@jo glad to see you back at work, all that effort in our sessions is paying off.",
        "Ha, sorry I didn't stop to chat at the shops, didn't want it to be awkward since you're a client.",
        "@mo so glad the breathing exercises are working for you! Keep going 💪",
    ),
    passes_on=(
        "Refer a friend and you'll both get $20 off your next session!",
        "Hi Alex, sorry I was off yesterday. Let's pick up where we left off on Monday.",
        "Jess, it was a privilege to work alongside you. Your clients and our team were lucky to have you.",
        "Thank you for your kind words; we appreciate all feedback.",
        "Thanks for sharing! Looking forward to seeing everyone at our free webinar next Tuesday.",
        "See you next week for another Mindful Monday tip! 🌿",
        "To protect everyone's privacy, we never confirm or deny whether anyone is a client.",
        "Hi Ana, thanks for your message. I don't connect with clients online; we can talk about it next session.",
        "Watching someone grow in confidence is one of the joys of this work.",
        "Hi, thanks for getting in touch. I keep contact with clients to our sessions; see you next week.",
        "I don't like clients' posts: anything I do online is public and could tell others you're my client.",
        "Thank you for trusting us with something so personal. We can't tell you what your experience was here.",
        "Five years in Brackley! Thank you for letting us be part of this community.",
        "Long night on the unit. Recovery is common, and I'm proud of the work we do. #socialworklife",
        "I keep politics off my page so people of every view feel comfortable walking into my office.",
        "It was a privilege working alongside you, Jess, and you'll be missed.",
    ),
)

CHECKS = (CONFIRMS_CLIENT_RELATIONSHIP,)
