"""Confidentiality, part one: stories from sessions.

The line this check draws is between one client ("a client told me today", "my 3pm") and people in
general ("many clients find…", "clients often ask me…"): teaching from the general is the safe route
the course recommends. Its word lists are shared with the detail and reply checks.
"""

import re
from collections.abc import Callable, Iterable

from boundarylab.analysis.check import Check
from boundarylab.analysis.lexicon import CLIENT, STORY_PERSON
from boundarylab.analysis.patterns import (
    Anchored,
    Pattern,
    all_of,
    alt,
    any_of,
    gap,
    in_sentence,
    in_text,
    not_in_sentence,
    words,
)
from boundarylab.analysis.text import Doc

CLINICAL_PERSON = alt(
    "client",
    "patient",
    "couple",
    "family",
    "teen",
    "teenager",
    "adolescent",
    "kid",
    "kiddo",
    "child",
    "veteran",
    "student",
    "survivor",
    r"(?:\d{1,2}|[a-z]{1,25})[- ]?(?:year|yr)[- ]old",
    r"\d{1,2} ?(?:yo|y/o)",
)
# Hypotheticals and policies are not stories: "if a client…", "imagine a client who…".
# "my client's privacy", "the client portal": words about clients in general, not about one client.
NOT_ONE_CLIENT = (
    r"(?!s\b|s'|'s? (?:privacy|confidentiality|trust|rights|consent|records|information|data|wellbeing|"
    r"well-being|safety|best interest|autonomy|dignity)| (?:portal|base|list|load|caseload|care|"
    r"centered|centred|forms?|files?|paperwork|feedback|satisfaction|experience|hours|fees?|work|"
    r"relationships?|services|resources|intake forms?|agreement|handbook|survey|login|area|lounge|"
    r"parking|spots?|openings?))"
)
# "I'd never share a client's story" is a policy; "can't stop thinking about the mum I saw" is still a story.
STORY_NEGATION = (
    r"\b(?:not|never|cannot|nor|neither|no longer|nobody|no one|without|refuse to)\b(?! (?:stop|help|"
    r"wait|believe|forget|shake))|n't\b(?! (?:stop|help|wait|believe|forget|shake|get over))"
)
NOT_A_STORY = STORY_NEGATION + (
    r"|\b(?:if|whenever|imagine|suppose|supposing|hypothetical\w{0,20}|composite|"
    r"fictional|any|every|each|whatever|anything)\b"
    r"|\byou(?:'re| are| were)\s{1,5}$"  # "that would tell the world you're my client", said to the client
)
# "A note from the office this week: ..." is a notice from the practice, not a dispatch from a session
A_NOTICE = r"|\b(?:note|update|message|reminder|news|announcement)s?\s{1,5}$"
NARRATIVE = alt(
    "told",
    "said",
    "shared",
    "asked",
    "cried",
    "came",
    "walked",
    "brought",
    "admitted",
    "mentioned",
    "reminded",
    "texted",
    "emailed",
    "messaged",
    "showed",
    "described",
    "confessed",
    "broke",
    "finally",
    "just",
    "recently",
    "today",
    "yesterday",
    "this (?:morning|afternoon|week)",
    "last (?:night|week)",
    "laughed",
    "got",
    "passed",
    "made",
    "said",
    "called",
    "wrote",
    "left",
    "started",
    "stopped",
    "graduated",
    "quit",
    "drove",
    "realized",
    "realised",
    "opened up",
    "disclosed",
    "revealed",
    "hugged",
    "thanked",
    "gave",
    "sent",
    "who (?:i|i've|i'd|we)",
    "(?:i|we) (?:saw|see|had|have|met)",
)
WHEN = alt(
    "today",
    "tonight",
    "yesterday",
    "this (?:morning|afternoon|evening|week)",
    "last (?:night|week)",
    "earlier today",
    "earlier",
)
NUMBER = alt(
    r"\d{1,3}",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "eighteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
)
JOB = alt(
    "teacher",
    "nurse",
    "firefighter",
    "police officer",
    "cop",
    "officer",
    "pastor",
    "priest",
    "rabbi",
    "imam",
    "lawyer",
    "attorney",
    "doctor",
    "physician",
    "surgeon",
    "dentist",
    "engineer",
    "veteran",
    "soldier",
    "marine",
    "sailor",
    "chef",
    "pilot",
    "farmer",
    "professor",
    "coach",
    "athlete",
    "principal",
    "realtor",
    "mechanic",
    "paramedic",
    "emt",
    "barista",
    "news anchor",
    "anchor",
    "reporter",
    "journalist",
    "judge",
    "council ?(?:wo)?man",
    "council member",
    "mayor",
    "ceo",
    "accountant",
    "pharmacist",
    "librarian",
    "bartender",
    "waitress",
    "waiter",
    "flight attendant",
    "truck driver",
    "electrician",
    "plumber",
    "grad student",
    "law student",
    "med student",
    "medical student",
    "dancer",
    "musician",
    "actor",
    "actress",
    "influencer",
    "personal trainer",
    "cashier",
    "receptionist",
    "midwife",
    "hairdresser",
    "stylist",
    "architect",
    "contractor",
    "sheriff",
    "deputy",
    "youth pastor",
    "nanny",
    "chaplain",
    "prison guard",
    "corrections officer",
    "state trooper",
    "trooper",
    "vet tech",
    "programmer",
    "developer",
    "banker",
    "executive",
    "entrepreneur",
    "business owner",
    "artist",
    "writer",
    "barrister",
    "solicitor",
    "gp",
    "dockworker",
    "builder",
    "carpenter",
    "social worker",
    "care worker",
    "carer",
    "childminder",
    "lecturer",
    "teaching assistant",
    "bus driver",
    "taxi driver",
    "delivery driver",
    "postman",
    "postie",
    "butcher",
    "baker",
    "photographer",
    "footballer",
    "councillor",
    "tradie",
    "sparky",
    "welder",
    "miner",
    "fisherman",
    "surgeon",
)
PERSON = alt(STORY_PERSON, JOB)
CONCERN = alt(
    "anxiety",
    "depression",
    "grief",
    "trauma",
    "ptsd",
    "ocd",
    "panic(?: attacks)?",
    "addiction",
    "an eating disorder",
    "insomnia",
    "anger",
    "infidelity",
    "burnout",
    "postpartum depression",
    "a phobia",
    "self-harm",
    "suicidal thoughts",
    "social anxiety",
    "adhd",
    "bipolar disorder",
    "psychosis",
    "substance use",
    r"(?:a few |several |" + NUMBER + r" )?(?:weeks|months|years|sessions)",
    "a while",
    "a long time",
)
# Nouns that can follow "a … I've been treating" without being a person.
NOT_A_PERSON = (
    r"(?:condition|disorder|problem|issue|symptom|technique|approach|skill|method|model|pattern|topic|"
    r"theme|spot|place|seat|space|opening|change|session|slot|week|day|rule|area|way|lot|number|range|"
    r"variety|kind|type|group|thing|case|injury|illness|wound)s?"
)
# Somewhere in the text it is clear we are in a therapist's work.
THERAPY_CONTEXT = (
    r"\b(?:therapy|therapist|sessions?|clients?|patients?|caseload|counsel\w{0,20}|my practice|"
    r"my office|therapy room|treatment|exposure|erp|cbt|dbt|emdr)\b"
)
SESSION = alt("session", "sesh", "group", "appointment", "therapy session", "couples session", "intake")
# "group supervision", "session planning": the therapist's own work, not a client's session.
NOT_CLINICAL = (
    r"(?! (?:supervision|consultation|training|meeting|call|webinar|class|chat|discussion|presentation|"
    r"planning|notes))"
)

client_story_find = any_of(
    Pattern(
        r"\bone of (?:my|our) " + words(2) + r"(?:clients|patients|couples|families|kids|students|group members)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(r"\b(?:a|an|one|this|that) " + words(2) + CLIENT + r"s? of (?:mine|ours)\b", unless=NOT_A_STORY),
    Pattern(
        r"\b(?:client|patient) (?:win|wins|update|story|shout ?out|spotlight|success|moment)s? (?:of the (?:week|"
        r"day|month))?\b|#client ?(?:wins?|love|success|stories|story)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:a|an|the|this) (?:[a-z\-]{1,25} ){0,2}" + PERSON + r" (?:i|we) (?:saw|met|spoke with|sat with|"
        r"talked with|worked with) (?:today|this morning|this afternoon|tonight|yesterday|earlier)\b",
        unless=NOT_A_STORY,
        accept=in_text(
            THERAPY_CONTEXT + r"|\b(?:postpartum|anxiety|depression|grief|trauma|panic|"
            r"diagnos\w{1,10}|symptoms?)\b"
        ),
    ),
    Pattern(
        r"\bmy (?:very )?(?:first|last|newest|oldest|longest)(?: ever)? (?:" + CLIENT + r"|session|couple|family)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\bmy (?:new |first |last |favou?rite |longest |youngest |oldest |current |former |old |tuesday |"
        r"monday |wednesday |thursday |friday |morning |afternoon |evening |teen |couples |"
        r"\d{1,2}(?::\d\d)? ?(?:am|pm) |\d{1,2} ?o'clock )?" + CLIENT + r"\b" + NOT_ONE_CLIENT,
        unless=NOT_A_STORY,
    ),
    Pattern(r"\b(?:a|an|this|that) " + words(2) + CLIENT + r" (?:" + NARRATIVE + r")\b", unless=NOT_A_STORY),
    # "Last month a young guy came into our ER from the exchange with a bad abscess"
    Pattern(
        r"\b(?:last (?:month|week|year|night|spring|summer|fall|winter)|yesterday|this (?:week|morning)|the other "
        r"day|recently),? (?:a|an|this|one) (?:[a-z\-]{1,20} )?(?:guy|man|woman|girl|boy|teen|teenager|kid|lady|mom|"
        r"dad|mother|father|patient|client|veteran|student|couple) (?:came|walked|was brought|showed up|turned up) "
        r"(?:in|into|to)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:i|we)(?:'ve| have| had|'d)? (?:once |recently |just |also )?(?:had|have|saw|see|met) (?:a|an|this) "
        + words(2)
        + alt("client", "patient", "couple")
        + r" (?:who|that|whose|with|recently|today|yesterday|"
        r"this|last)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:(?:i|we)(?:'ve| have| had|'d)? )?(?:once |recently |just |also )?(?:been )?(?:worked with|"
        r"am working with|'m working with|working with|treated|counsell?ed|supported) (?:a|an|this) "
        + words(2)
        + STORY_PERSON
        + r" (?:"
        + words(2)
        + r")?(?:who|that|whose)\b",
        unless=NOT_A_STORY + r"|\b(?:she|he|they|you|who|it|that|[a-z]{1,25}'s)\s{1,5}(?:[a-z]{1,25} )?$",
    ),
    Pattern(
        r"\b(?:a|an|one|this|that|the) " + words(2) + CLINICAL_PERSON + r" (?:i|we)(?:'m| am|'ve| have|"
        r" had)? (?:been |recently |currently |just )?(?:see|seeing|counsel\w{0,20}|treat\w{0,20}|"
        r"support\w{0,20}|work(?:ed|ing)? with|referred|assessed|evaluated|placed|discharged|admitted|visited)\b",
        unless=NOT_A_STORY,
        unless_after=r"^ (?:at|on|in) the (?:park|store|shop|bus|train|street|gym|news|mall)",
    ),
    Pattern(
        r"\b(?:a|an|one|this|that|the) " + words(2) + STORY_PERSON + r" (?:i|we)(?:'m| am|'ve| have|"
        r" had)? (?:been |recently |currently )?(?:counsel\w{0,20}|treat\w{0,20}|(?:see|seeing|saw|work(?:ed|"
        r"ing)? with) (?:in|for) (?:therapy|counsell?ing|sessions))\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:a|an|one|this|that|the) " + words(3) + PERSON + r" (?:i|we)(?:'m| am|'ve| have| had)? (?:been |"
        r"recently |currently )?(?:seeing|working with|counsell?ing|treating|see|work with|saw|treated) (?:for "
        + CONCERN
        + r"|since (?:the |last )?(?:january|february|march|april|may|june|july|august|september|"
        r"october|november|december|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|"
        r"friday|\d{4}|last year|the start|she|he|they|her|his|their))\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\bsat (?:down )?with (?:a|an|this|one|the|another) " + words(3) + PERSON + r"\b(?! (?:of|from) )",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:a|an|one|this|the|another) " + words(3) + PERSON + r" (?:told|said to|asked|showed|texted|"
        r"admitted to|confided in|confessed to|emailed|whispered to|explained to) (?:me|us)\b",
        unless=NOT_A_STORY,
        accept=all_of(
            in_text(THERAPY_CONTEXT),
            in_sentence(
                r"\b(?:" + WHEN + r"|this past week|last weekend|on (?:monday|tuesday|wednesday|thursday|friday)|"
                r"recently|once|finally)\b"
            ),
        ),
    ),
    Pattern(
        r"\b(?:one of the|a|an|the|another) " + words(2) + r"(?:couples?|famil(?:y|ies)|clients?|patients?|kids?|"
        r"teens?|people|folks|families|students|men|women|moms|dads) (?:on|from|in) my caseload\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:today's|this morning's|yesterday's|tonight's|this afternoon's|last night's|monday's|tuesday's|"
        r"wednesday's|thursday's|friday's) (?:last |first |new )?(?:client|patient|session|couple)\b",
        # "I'd raise it early in Thursday's session": when a planned step happens, not what happened
        unless=NOT_A_STORY + r"|\b(?:i'd|i'll|i will|we'll|we will|we can|let's|i plan to|i'm going to|i want to)\b",
    ),
    Pattern(
        r"\bfrom (?:the|my) (?:therapy room|counsell?ing room|therapy office|office|therapist's chair|"
        r"therapist chair|therapy chair|couch|sessions? (?:today|this week))\b(?= ?[:\-]| today| this week)",
        unless=NOT_A_STORY + A_NOTICE,
    ),
    Pattern(
        r"\bcase (?:example|study|vignette|story)s? (?:from|in) my (?:practice|work|caseload|office|clinic|"
        r"sessions)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\bmy (?:monday |tuesday |wednesday |thursday |friday |saturday |morning |afternoon |"
        r"evening )?(?:\d{1,2}(?::\d\d)? ?(?:am|pm|o'clock)|" + NUMBER + r"(?: ?thirty)? o'clock)\b",
        unless=NOT_A_STORY,
    ),
    # any person ("a lad", "a retiree") the writer counsels or treats
    Pattern(
        r"\b(?:a|an|one|this|that|the) (?:[a-z\-]{1,25} ){0,2}(?!" + NOT_A_PERSON + r"\b)[a-z]{2,25} (?:i|"
        r"we)(?:'m| am|'ve| have)? (?:been )?(?:counsell?ing|counsell?ed|treating|treated|seeing in therapy|"
        r"working with in therapy)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\bmy (?:monday |tuesday |wednesday |thursday |friday |saturday |sunday |weekly |"
        r"fortnightly )?(?:morning |afternoon |evening |night |lunchtime |late )?(?:regulars?|couple|family|"
        r"kiddo|teen|newbie)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:on|from|in) my (?:current |whole )?caseload\b",
        unless=NOT_A_STORY + r"|\b(?:many|most|several|"
        r"some|all|lots of|a lot of|everyone|half|plenty of|few|each)\b",
    ),
    Pattern(
        r"\b(?:a|one|another|this) (?!" + NOT_A_PERSON + r"\b)[a-z]{2,25} (?:in|from) (?:my|"
        r"our) (?:[a-z\-]{1,25} ){0,2}(?:group|circle|class|programme|program|workshop|cohort)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\bfrom (?:group|session|therapy|the office|my office|the clinic|work) (?:today|tonight|last night|"
        r"this (?:morning|week|afternoon)|yesterday)\b",
        unless=NOT_A_STORY + A_NOTICE,
    ),
    Pattern(
        r"\b(?:emergency |urgent |first |new )?(?:intake|assessment|session|consult(?:ation)?) (?:for|with) (?:a|"
        r"the|this|that) (?:[a-z\-]{1,25} ){0,2}" + CLINICAL_PERSON + r"\b",
        unless=NOT_A_STORY + r"|\b(?:book|schedule|offer|request|call)\b",
    ),
    # "16yo junior, our only openly trans student, told me…": someone in the therapist's care telling them something
    Anchored(
        r"\b(?:\d{1,2} ?(?:yo|y/o|year[- ]old)|"
        + PERSON
        + r"|junior|senior|sophomore|freshman|teenager|kid|"
        + CLIENT
        + r")\b"
        + gap(80),
        r"\b(?:told|said to|confided in|disclosed to|admitted to|confessed to) (?:me|us)\b",
        lookback=100,
        unless=NOT_A_STORY + r"|\b(?:many|most|several|some|all|lots of|a lot of|every|few)\b",
        accept=in_text(THERAPY_CONTEXT),
    ),
    Pattern(
        r"\b(?:a|an|the|this|one) (?:[a-z\-]{1,25} ){0,2}" + PERSON + r" who (?:came|showed up|turned up|joined|"
        r"walked in|arrived) (?:in)?to (?:his|her|their|my|our) (?:very )?(?:first |last |weekly )?(?:group|"
        r"session|appointment|class|meeting)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\bsomeone (?:i|we)(?:'m| am|'ve been)? (?:counsel\w{0,20}|treat\w{0,20}|see in therapy|"
        r"work with in therapy|working with in therapy|see for therapy)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:in|during) (?:a |my |our |one |the |today's |this morning's |yesterday's |last night's |"
        r"this week's |tonight's )?" + words(1) + SESSION + r"s? (?:" + WHEN + r")\b",
        unless=NOT_A_STORY + r"|\b(?:join|come|sign up|register|welcome|spots?|openings?|(?:see|seeing|saw|meet|"
        r"meeting|met) you)\b",
    ),
    Pattern(
        r"\b(?:" + WHEN + r"),? (?:in|during) (?:a |my |our )?(?:session|group|therapy session)\b", unless=NOT_A_STORY
    ),
    Pattern(
        r"\b(?:in|during) (?:today's|this morning's|yesterday's|tonight's|this afternoon's|"
        r"my \d{1,2}(?::\d\d)? ?(?:am|pm)|my last|my first|this week's) (?:session|group|appointment)\b" + NOT_CLINICAL,
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\bhad (?:a|an|the most|such a|one) " + words(2) + r"session " + r"(?:" + WHEN + r" )?(?:with|where|"
        r"in which)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:told|said|shared|asked|admitted|cried|mentioned|confessed|disclosed|revealed|brought up|whispered|"
        r"screamed|laughed)(?: me| us| to me)? (?:in|during) (?:a |our |the |today's |her |his |their )?session\b",
        unless=NOT_A_STORY + r"|\b(?:what|everything|nothing|all)\b",
    ),
    Pattern(
        r"\bmy (?:\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2} ?o'clock|noon)\b(?! (?:slot|opening|availability|"
        r"is (?:open|free)|spot|break|lunch|meeting|webinar|class|workshop|call|on))",
        unless=NOT_A_STORY,
    ),
    Pattern(r"\bmy last (?:client|session|appointment) (?:of the (?:day|week)|today|tonight)\b", unless=NOT_A_STORY),
    Pattern(r"\bproud of (?:my|our|this|a) " + words(1) + CLIENT + r"\b(?!s)", unless=NOT_A_STORY),
    Pattern(r"\b(?:update on|remember) (?:my|the|a|our|that) " + words(1) + CLIENT + r"\b", unless=NOT_A_STORY),
    Pattern(
        r"\b(?:the|a|my) " + words(1) + CLIENT + r" (?:i|we) (?:posted|wrote|talked|told you|shared) about\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:a|one|another) (?:mom|mum|dad|mother|father|parent|member|woman|man|teen|veteran|participant|"
        r"client|patient|someone|person|guy|girl|lady) (?:in|from) (?:my|our) " + words(2) + r"group\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:just|recently) (?:got|took on|started with|had) a new " + CLIENT + r"\b(?! (?:spots?|openings?))",
        unless=NOT_A_STORY,
    ),
)

# One person the writer works with, however they are introduced ("my 16-year-old client", "someone I'm working
# with", "the firefighter I mentioned", "sessions with the twins"), doing or saying something.
DOING = alt(
    "told",
    "said",
    "shared",
    "asked",
    "cried",
    "admitted",
    "confessed",
    "came",
    "finally",
    "taught",
    "showed",
    "reminded",
    "thinks",
    "believes",
    "keeps",
    "insists",
    "swears",
    "refuses",
    "won't",
    "is convinced",
    "broke down",
    "opened up",
    "laughed",
    "realized",
    "realised",
    "described",
    "brought",
    "walked",
    "texted",
    "just",
    "got",
    "made",
    "started",
    "stopped",
    "quit",
    "left",
)
SESSION_PLACE = r"(?:in (?:my|our) (?:office|session|sessions|groups?|practice)|in (?:session|therapy|play therapy))"
client_story_find = any_of(
    client_story_find,
    Pattern(
        r"\bmy (?:[a-z0-9'\-]{1,25} ){0,3}" + CLIENT + NOT_ONE_CLIENT + r"\b" + gap(60) + r"\b" + DOING + r"\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:someone|a (?:man|woman|person|guy|teen|mom|dad|client|couple)|one (?:person|man|woman|member)|"
        r"a (?:member|participant)) (?:(?:i'm|i am|i've been|i was) (?:working with|seeing|treating|"
        r"counsell?ing|supporting)|in (?:one of )?my (?:groups?|sessions|caseload|practice|office))\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:the|that|this) (?:[a-z0-9'\-]{1,25} )?" + PERSON + r" (?:i|we) (?:mentioned|posted about|wrote about|"
        r"told you about|talked about|shared about)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:my |our )?sessions? with (?:the|this|that|these|my|one) (?!(?:[a-z\-]{1,25} )?(?:supervisor|"
        r"consultant|mentor|team|therapist|counsell?or|colleague))[a-z]",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:broke down|cried|sobbed|fell apart|opened up|laughed|admitted|confessed|disclosed) (?:(?:in|during) "
        r"(?:my office|session|our session|therapy)|" + SESSION_PLACE + r")\b",
        unless=NOT_A_STORY,
    ),
    # "one of the clients I see for an eating disorder told me afterwards that she …"
    Pattern(
        r"\bone of (?:the|my|our) (?:clients|patients)\b"
        + gap(50)
        + r"\b(?:told me|said to me|shared with me|admitted to me|"
        r"confided|messaged me|emailed me|wrote to me)\b" + gap(20) + r"\b(?:that|she|he|they|how)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:a|an|one|this) (?:[a-z0-9'\-]{1,25} ){0,2}" + PERSON + r"(?: from [a-z]{1,25})? (?:told me|said to me|"
        r"shared with me|admitted to me|confessed to me|broke down|cried)\b",
        unless=NOT_A_STORY,
        accept=all_of(
            in_sentence(
                r"\b(?:today|yesterday|last (?:week|night|month|thursday|friday|monday|"
                r"tuesday|wednesday)|this (?:week|morning|afternoon)|in session|in my office)\b"
            ),
            in_text(
                r"\b(?:sessions?|therap(?:y|ist)|clients?|my office|in practice|my practice|"
                r"caseload)\b"
            ),
        ),
    ),
    Pattern(
        r"\b(?:today's|this week's|this morning's) (?:gem|quote|highlight|moment|win|wisdom)\b",
        unless=None,
        accept=in_text(r"\b(?:therapy|session|clients?|my (?:office|practice)|caseload)\b"),
    ),
    Pattern(r"\b(?:a|one|this) case\b" + gap(10) + r"\W{0,3}\d{1,2} ?(?:yo|y/o|year-old|yr old)\b", unless=NOT_A_STORY),
)

# People the writer works beside or learns from, and plurals: "the colleagues I work with", "the teams I've seen".
NOT_ONE_PERSON = (
    r"(?:" + NOT_A_PERSON + r"|[a-z]{1,23}[^s']s|people|folks|colleague|team|staff|supervisor|manager|boss|mentor|"
    r"company|school|charity|agency|practice|clinic|gp|doctor|psychiatrist|therapist|counsell?or|nurse|friend|"
    r"partner|husband|wife)\b"
)
# One person met in the work, however they are called ("a lass I work with, 15", "the woman I saw this morning",
# "had a young lad in clinic", "the retired dockworker who came to me"), or a client in a meme ("POV: your client
# tells you…", "Client today: …").
ONE_PERSON_MET = any_of(
    Pattern(
        r"\b(?:a|an|one|this|that|the) (?:[a-z0-9\-]{1,25} ){0,2}(?!" + NOT_ONE_PERSON + r")[a-z]{2,25}(?:, \d{1,2},)? "
        r"(?:from [a-z]{1,25} )?(?:i|we)(?:'ve| have)? (?:work with|worked with|been seeing|been working with|"
        r"started seeing|saw (?:today|yesterday|this (?:morning|afternoon|week)|last (?:week|month)|earlier))\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:had|have|got) (?:a|an|this) (?:[a-z0-9\-]{1,25} ){0,2}(?!" + NOT_ONE_PERSON + r")[a-z]{2,25} "
        r"(?:in (?:clinic|session|today|the office|my office)|come (?:in|to me|to see me)|walk in)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:the|that) (?:[a-z0-9\-]{1,25} ){0,3}(?!" + NOT_ONE_PERSON + r")[a-z]{2,25} (?:who|that) (?:came to "
        r"(?:me|see me|us)|i (?:saw|met) (?:in|at) (?:session|clinic|my office))\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:the|that) (?:[a-z0-9\-]{1,25} ){0,3}" + PERSON + r" (?:who|that) (?:told|said to|asked|reminded|showed) "
        r"me\b",
        unless=NOT_A_STORY + r"|\bmy\b",
        accept=all_of(
            in_sentence(
                r"\b(?:thinking (?:about|of)|remember|shout-?out|never forget|today|this (?:week|morning)|last "
                r"(?:week|winter|spring|summer|autumn|fall|month|year))\b"
            ),
            not_in_sentence(r"\b(?:when i was|growing up|as a (?:kid|child|teen)|at school|years ago)\b"),
        ),
    ),
    Pattern(
        r"\b(?:when|pov:?) your " + CLIENT + r" (?:tells|says|asks|brings|shows|texts|cries|walks|comes|sends)\b|"
        r"\b(?:had|have) (?:a|an|my|one) (?:[a-z\-]{1,25} )?" + CLIENT + r" (?:say|tell|ask|bring|show|cry)\b|"
        r"\bwhen (?:a|my|one) (?:[a-z\-]{1,25} )?" + CLIENT + r" (?:said|told|asked|cried|brought|showed|texted)\b|"
        r"\b" + CLIENT + r" (?:today|this (?:morning|week|afternoon)|yesterday|last (?:week|night)) ?:|"
        r"\b(?:a|one) " + CLIENT + r" once\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:i've|i have|i've got) (?:a|an) " + CLIENT + r"\b|"
        r"\b(?:a|one|my) (?:[a-z\-]{1,25} )?" + CLIENT + r"(?:, (?:a|an)| who(?:'s| is| was) (?:a|an)) [a-z]",
        unless=NOT_A_STORY,
    ),
    Pattern(r"\bfor trusting (?:me|us) with (?:their|his|her) (?:[a-z]+'s )?(?:care|therapy|treatment|recovery)\b"),
)
client_story_find = any_of(client_story_find, ONE_PERSON_MET)

client_story_find = any_of(
    client_story_find,
    # "I once worked with someone who couldn't visit his wife's grave for years"
    Pattern(
        r"\bi once (?:worked with|saw|treated|counsell?ed|had a client|supported|sat with) (?:someone|somebody|a "
        r"(?:man|woman|client|person|teen|teenager|young|mother|father|guy|girl|boy|widow|veteran|student|couple))\b",
        unless=None,
    ),
)

# One person from the work, placed in time or in the writer's caseload, whatever they did: "yesterday a young patient
# on our unit calmed down", "just last week a sixth grader sat in my office in tears", "another student I work with
# showed me", "a couple I saw last year", "the client I had in mind", "one of your long-time clients stopped me in the
# hallway", "a teen client's public posts showed me", "one member of our group spent last Christmas in bed".
MET_PERSON = r"(?:" + PERSON + r"|(?:[a-z]{3,10} )?grader|member of (?:our|my|the) group)"
RECENTLY = (
    r"(?:yesterday|today|tonight|this (?:morning|afternoon|week)|(?:just )?last (?:week|night|term|month|year|"
    r"christmas|summer|spring|winter|fall|autumn)|the other day)"
)
client_story_find = any_of(
    client_story_find,
    Pattern(
        r"\b"
        + RECENTLY
        + r",? (?:a|one|another) (?:[a-z\-]{1,20} ){0,2}"
        + MET_PERSON
        + r"\b"
        + gap(60)
        + r"\b(?:told|"
        r"showed|said|came|sat|calmed|cried|asked|walked|stopped|brought|started|laughed|spent|shared|is now|now)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\b(?:a|one|another|this|that|the) (?:[a-z\-]{1,20} ){0,2}" + MET_PERSON + r" (?:i (?:saw|worked with|work "
        r"with|see|had in mind|treated) (?:last (?:year|month|week|term)|a few (?:years|months) (?:back|ago)|years ago|"
        r"once)|on (?:our|my|the) (?:unit|ward|caseload|floor)|i work with|i had in mind)\b",
        unless=NOT_A_STORY,
    ),
    Pattern(
        r"\bone of (?:my|our|your) (?:own |long-time |longtime |former |regular )?(?:clients|patients) (?:stopped|told|"
        r"came|brought|said|laughed|called|wrote|emailed|showed|sent|cried)\b|\b(?:a|one) (?:teen |teenage |young "
        r"|former )?(?:client|patient|teenager)'s (?:public )?(?:posts?|messages?|comments?|story)\b|\bone member of "
        r"(?:our|my|the) group (?:spent|told|said|shared|came|is|was|has)\b",
        unless=NOT_A_STORY,
    ),
)


# "using a made-up scenario: a man in his 60s ...", "story time from MY teen years (not a client!)": the writer says
# no client is in it, so its details are nobody's
NO_CLIENT_IN_IT = re.compile(
    r"\b(?:made[- ]up|hypothetical|fictional|invented|composite) (?:scenario|example|case|vignette|client|person|"
    r"story)\b|\bnot (?:about )?an? (?:real |actual )?client\b"
)


def about_a_real_client(find: Callable[[Doc], Iterable[tuple[int, int]]]) -> Callable[[Doc], Iterable[tuple[int, int]]]:
    return lambda doc: () if NO_CLIENT_IN_IT.search(doc.norm) else find(doc)


CLIENT_STORY = Check(
    id="client-story",
    principle="confidentiality",
    kind="must-avoid",
    what="tells a story from a therapy session or about a client",
    explanation="Even without a name, a client can recognize their own story, and so can the people who know "
    "them; nothing from therapy goes online without explicit consent, so teach from the general "
    "instead (\u201cmany people find\u2026\u201d)",
    find=about_a_real_client(client_story_find),
    fires_on=(
        "This morning a young patient on our ward finally slept through the night.",
        "Last term another student I work with showed me her sketchbook.",
        "It reminded me of a couple I saw last year who fought about exactly this.",
        "One of my long-time clients stopped me in the car park to say thank you.",
        "One member of our group spent last New Year alone, and this year she's hosting.",
        "I once worked with someone who couldn't visit his wife's grave for years.",
        "Last week a teenage girl came into our clinic after a fight at school.",
        "A client told me today that she finally feels safe in her own body.",
        "One of my clients asked me last week whether it's normal to grieve a pet this hard.",
        "My 3pm just reminded me why I love this job ❤️",
        "In session this morning a teenager I work with laughed for the first time in months.",
        "I once had a client who couldn't eat in front of anyone.",
        "A lad I work with, 16, from the flats by the station, finally sat his exams.",
        "Still thinking about the dad who told me last week that he's scared of becoming his father.",
        "Had a young woman come in last month who'd just lost her job at the bakery.",
        "POV: your client tells you her ex has changed for the third time this month 🙄",
    ),
    passes_on=(
        "Many clients I work with find the holidays hard.",
        "If a client I work with tags me in a post, I don't respond publicly.",
        "I don't like clients' posts, because that would tell the world you're my client.",
        "Many people find that anxiety shrinks a little each time they face a fear in small steps.",
        "Clients often ask me whether it's normal to grieve a pet this hard. It is.",
        "I will never share a client's story online, even with the name changed.",
        "If a client ever sees themselves in one of my posts, I've done something wrong.",
        "What is said in session stays in session.",
        "The colleagues I work with are the best part of this job.",
        "I'll never forget the teacher who told me I was bright, when I was nine.",
    ),
)

MONTH = alt(
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept?",
    "oct",
    "nov",
    "dec",
)
WEEKDAY = alt("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

CHECKS = (CLIENT_STORY,)
