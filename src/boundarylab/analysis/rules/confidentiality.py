"""Confidentiality: stories from sessions, the details that identify a client, and public replies
that reveal someone is a client.

The line these checks draw is between one client ("a client told me today", "my 3pm") and
people in general ("many clients find…", "clients often ask me…"): teaching from the general
is the safe route the course recommends.
"""

import re

from boundarylab.analysis.check import Check
from boundarylab.analysis.lexicon import CLIENT, STORY_PERSON

from boundarylab.analysis.patterns import NEGATION, Anchored, Pattern, all_of, alt, any_of, gap, in_sentence, in_text, words, when

CLINICAL_PERSON = alt("client", "patient", "couple", "family", "teen", "teenager", "adolescent", "kid", "kiddo",
                      "child", "veteran", "student", "survivor", r"(?:\d{1,2}|[a-z]{1,25})[- ]?(?:year|yr)[- ]old",
                      r"\d{1,2} ?(?:yo|y/o)")
# Hypotheticals and policies are not stories: "if a client…", "imagine a client who…".
# "my client's privacy", "the client portal": words about clients in general, not about one client.
NOT_ONE_CLIENT = (r"(?!s\b|s'|'s? (?:privacy|confidentiality|trust|rights|consent|records|information|data|wellbeing|"
                  r"well-being|safety|best interest|autonomy|dignity)| (?:portal|base|list|load|caseload|care|centered|"
                  r"centred|forms?|files?|paperwork|feedback|satisfaction|experience|hours|fees?|work|relationships?|"
                  r"services|resources|intake forms?|agreement|handbook|survey|login|area|lounge|parking|spots?|openings?))")
# "I'd never share a client's story" is a policy; "can't stop thinking about the mum I saw" is still a story.
STORY_NEGATION = (r"\b(?:not|never|cannot|nor|neither|no longer|nobody|no one|without|refuse to)\b(?! (?:stop|help|wait|believe|"
                  r"forget|shake))|n't\b(?! (?:stop|help|wait|believe|forget|shake|get over))")
NOT_A_STORY = STORY_NEGATION + r"|\b(?:if|whenever|imagine|suppose|supposing|hypothetical\w{0,20}|composite|fictional|any|every|each|whatever|anything)\b"
NARRATIVE = alt(
    "told", "said", "shared", "asked", "cried", "came", "walked", "brought", "admitted", "mentioned",
    "reminded", "texted", "emailed", "messaged", "showed", "described", "confessed", "broke", "finally",
    "just", "recently", "today", "yesterday", "this (?:morning|afternoon|week)", "last (?:night|week)",
    "laughed", "got", "passed", "made", "said", "called", "wrote", "left", "started", "stopped",
    "graduated", "quit", "drove", "realized", "realised", "opened up", "disclosed", "revealed", "hugged",
    "thanked", "gave", "sent", "who (?:i|i've|i'd|we)", "(?:i|we) (?:saw|see|had|have|met)",
)
WHEN = alt("today", "tonight", "yesterday", "this (?:morning|afternoon|evening|week)", "last (?:night|week)",
           "earlier today", "earlier")
NUMBER = alt(r"\d{1,3}", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "fifteen", "eighteen", "twenty", "thirty", "forty", "fifty", "sixty")
JOB = alt(
    "teacher", "nurse", "firefighter", "police officer", "cop", "officer", "pastor", "priest", "rabbi", "imam",
    "lawyer", "attorney", "doctor", "physician", "surgeon", "dentist", "engineer", "veteran", "soldier",
    "marine", "sailor", "chef", "pilot", "farmer", "professor", "coach", "athlete", "principal", "realtor",
    "mechanic", "paramedic", "emt", "barista", "news anchor", "anchor", "reporter", "journalist", "judge",
    "council ?(?:wo)?man", "council member", "mayor", "ceo", "accountant", "pharmacist", "librarian",
    "bartender", "waitress", "waiter", "flight attendant", "truck driver", "electrician", "plumber",
    "grad student", "law student", "med student", "medical student", "dancer", "musician", "actor", "actress",
    "influencer", "personal trainer", "cashier", "receptionist", "midwife", "hairdresser", "stylist",
    "architect", "contractor", "sheriff", "deputy", "youth pastor", "nanny", "chaplain", "prison guard",
    "corrections officer", "state trooper", "trooper", "vet tech", "programmer", "developer", "banker",
    "executive", "entrepreneur", "business owner", "artist", "writer",
)
PERSON = alt(STORY_PERSON, JOB)
CONCERN = alt("anxiety", "depression", "grief", "trauma", "ptsd", "ocd", "panic(?: attacks)?", "addiction", "an eating disorder",
              "insomnia", "anger", "infidelity", "burnout", "postpartum depression", "a phobia", "self-harm",
              "suicidal thoughts", "social anxiety", "adhd", "bipolar disorder", "psychosis", "substance use",
              r"(?:a few |several |" + NUMBER + r" )?(?:weeks|months|years|sessions)", "a while", "a long time")
# Nouns that can follow "a … I've been treating" without being a person.
NOT_A_PERSON = (r"(?:condition|disorder|problem|issue|symptom|technique|approach|skill|method|model|pattern|topic|theme|"
                r"spot|place|seat|space|opening|change|session|slot|week|day|rule|area|way|lot|number|range|variety|kind|"
                r"type|group|thing|case|injury|illness|wound)s?")
# Somewhere in the text it is clear we are in a therapist's work.
THERAPY_CONTEXT = (r"\b(?:therapy|therapist|sessions?|clients?|patients?|caseload|counsel\w{0,20}|my practice|my office|"
                   r"therapy room|treatment|exposure|erp|cbt|dbt|emdr)\b")
SESSION = alt("session", "sesh", "group", "appointment", "therapy session", "couples session", "intake")
# "group supervision", "session planning": the therapist's own work, not a client's session.
NOT_CLINICAL = (r"(?! (?:supervision|consultation|training|meeting|call|webinar|class|chat|discussion|presentation|"
                r"planning|notes))")

client_story_find = any_of(
    Pattern(r"\bone of (?:my|our) " + words(2) + r"(?:clients|patients|couples|families|kids|students|group members)\b",
            unless=NOT_A_STORY),
    Pattern(r"\b(?:a|an|one|this|that) " + words(2) + CLIENT + r"s? of (?:mine|ours)\b", unless=NOT_A_STORY),
    Pattern(r"\b(?:client|patient) (?:win|wins|update|story|shout ?out|spotlight|success|moment)s? (?:of the (?:week|day|month))?\b|"
            r"#client ?(?:wins?|love|success|stories|story)\b", unless=NOT_A_STORY),
    Pattern(r"\b(?:a|an|the|this) (?:[a-z\-]{1,25} ){0,2}" + PERSON + r" (?:i|we) (?:saw|met|spoke with|sat with|talked with|worked with)"
            r" (?:today|this morning|this afternoon|tonight|yesterday|earlier)\b", unless=NOT_A_STORY,
            accept=in_text(THERAPY_CONTEXT + r"|\b(?:postpartum|anxiety|depression|grief|trauma|panic|diagnos\w{1,10}|symptoms?)\b")),
    Pattern(r"\bmy (?:very )?(?:first|last|newest|oldest|longest)(?: ever)? (?:" + CLIENT + r"|session|couple|family)\b",
            unless=NOT_A_STORY),
    Pattern(r"\bmy (?:new |first |last |favou?rite |longest |youngest |oldest |current |former |old |"
            r"tuesday |monday |wednesday |thursday |friday |morning |afternoon |evening |teen |couples |"
            r"\d{1,2}(?::\d\d)? ?(?:am|pm) |\d{1,2} ?o'clock )?" + CLIENT +
            r"\b" + NOT_ONE_CLIENT,
            unless=NOT_A_STORY),
    Pattern(r"\b(?:a|an|this|that) " + words(2) + CLIENT + r" (?:" + NARRATIVE + r")\b", unless=NOT_A_STORY),
    Pattern(r"\b(?:i|we)(?:'ve| have| had|'d)? (?:once |recently |just |also )?(?:had|have|saw|see|met) (?:a|an|this) "
            + words(2) + alt("client", "patient", "couple") + r" (?:who|that|whose|with|recently|today|yesterday|this|last)\b",
            unless=NOT_A_STORY),
    Pattern(r"\b(?:(?:i|we)(?:'ve| have| had|'d)? )?(?:once |recently |just |also )?(?:been )?(?:worked with|am working with|"
            r"'m working with|working with|treated|counsell?ed|supported) (?:a|an|this) " + words(2) + STORY_PERSON +
            r" (?:" + words(2) + r")?(?:who|that|whose)\b",
            unless=NOT_A_STORY + r"|\b(?:she|he|they|you|who|it|that|[a-z]{1,25}'s)\s{1,5}(?:[a-z]{1,25} )?$"),
    Pattern(r"\b(?:a|an|one|this|that|the) " + words(2) + CLINICAL_PERSON + r" (?:i|we)(?:'m| am|'ve| have| had)? "
            r"(?:been |recently |currently |just )?(?:see|seeing|counsel\w{0,20}|treat\w{0,20}|support\w{0,20}|work(?:ed|ing)? with|"
            r"referred|assessed|evaluated|placed|discharged|admitted|visited)\b",
            unless=NOT_A_STORY, unless_after=r"^ (?:at|on|in) the (?:park|store|shop|bus|train|street|gym|news|mall)"),
    Pattern(r"\b(?:a|an|one|this|that|the) " + words(2) + STORY_PERSON + r" (?:i|we)(?:'m| am|'ve| have| had)? "
            r"(?:been |recently |currently )?(?:counsel\w{0,20}|treat\w{0,20}|(?:see|seeing|saw|work(?:ed|ing)? with) "
            r"(?:in|for) (?:therapy|counsell?ing|sessions))\b", unless=NOT_A_STORY),
    Pattern(r"\b(?:a|an|one|this|that|the) " + words(3) + PERSON + r" (?:i|we)(?:'m| am|'ve| have| had)? "
            r"(?:been |recently |currently )?(?:seeing|working with|counsell?ing|treating|see|work with|saw|treated) (?:for "
            + CONCERN + r"|since (?:the |last )?(?:january|february|march|april|may|june|july|august|september|october|november|"
            r"december|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|\d{4}|last year|the start|"
            r"she|he|they|her|his|their))\b", unless=NOT_A_STORY),
    Pattern(r"\bsat (?:down )?with (?:a|an|this|one|the|another) " + words(3) + PERSON + r"\b(?! (?:of|from) )",
            unless=NOT_A_STORY),
    Pattern(r"\b(?:a|an|one|this|the|another) " + words(3) + PERSON + r" (?:told|said to|asked|showed|texted|"
            r"admitted to|confided in|confessed to|emailed|whispered to|explained to) (?:me|us)\b",
            unless=NOT_A_STORY, accept=all_of(in_text(THERAPY_CONTEXT), in_sentence(
                r"\b(?:" + WHEN + r"|this past week|last weekend|on (?:monday|tuesday|wednesday|thursday|friday)|recently|"
                r"once|finally)\b"))),
    Pattern(r"\b(?:one of the|a|an|the|another) " + words(2) + r"(?:couples?|famil(?:y|ies)|clients?|patients?|kids?|"
            r"teens?|people|folks|families|students|men|women|moms|dads) (?:on|from|in) my caseload\b", unless=NOT_A_STORY),
    Pattern(r"\b(?:today's|this morning's|yesterday's|tonight's|this afternoon's|last night's|monday's|tuesday's|"
            r"wednesday's|thursday's|friday's) (?:last |first |new )?(?:client|patient|session|couple)\b", unless=NOT_A_STORY),
    Pattern(r"\bfrom (?:the|my) (?:therapy room|counsell?ing room|therapy office|office|therapist's chair|therapist chair|"
            r"therapy chair|couch|sessions? (?:today|this week))\b(?= ?[:\-]| today| this week)", unless=NOT_A_STORY),
    Pattern(r"\bcase (?:example|study|vignette|story)s? (?:from|in) my (?:practice|work|caseload|office|clinic|sessions)\b",
            unless=NOT_A_STORY),
    Pattern(r"\bmy (?:monday |tuesday |wednesday |thursday |friday |saturday |morning |afternoon |evening )?(?:\d{1,2}(?::\d\d)?"
            r" ?(?:am|pm|o'clock)|" + NUMBER + r"(?: ?thirty)? o'clock)\b", unless=NOT_A_STORY),
    # any person ("a lad", "a retiree") the writer counsels or treats
    Pattern(r"\b(?:a|an|one|this|that|the) (?:[a-z\-]{1,25} ){0,2}(?!" + NOT_A_PERSON + r"\b)[a-z]{2,25} (?:i|we)(?:'m| am|'ve| have)? "
            r"(?:been )?(?:counsell?ing|counsell?ed|treating|treated|seeing in therapy|working with in therapy)\b",
            unless=NOT_A_STORY),
    Pattern(r"\bmy (?:monday |tuesday |wednesday |thursday |friday |saturday |sunday |weekly |fortnightly )?(?:morning |afternoon |"
            r"evening |lunchtime |late )?(?:regulars?|couple|family|kiddo|teen|newbie)\b", unless=NOT_A_STORY),
    Pattern(r"\b(?:on|from|in) my (?:current |whole )?caseload\b", unless=NOT_A_STORY + r"|\b(?:many|most|several|some|all|"
            r"lots of|a lot of|everyone|half|plenty of|few|each)\b"),
    Pattern(r"\b(?:a|one|another|this) (?!" + NOT_A_PERSON + r"\b)[a-z]{2,25} (?:in|from) (?:my|our) (?:[a-z\-]{1,25} ){0,2}(?:group|circle|"
            r"class|programme|program|workshop|cohort)\b", unless=NOT_A_STORY),
    Pattern(r"\bfrom (?:group|session|therapy|the office|my office|the clinic|work) (?:today|tonight|last night|this "
            r"(?:morning|week|afternoon)|yesterday)\b", unless=NOT_A_STORY),
    Pattern(r"\b(?:emergency |urgent |first |new )?(?:intake|assessment|session|consult(?:ation)?) (?:for|with) (?:a|the|this|that) "
            r"(?:[a-z\-]{1,25} ){0,2}" + CLINICAL_PERSON + r"\b", unless=NOT_A_STORY + r"|\b(?:book|schedule|offer|request|call)\b"),
    # "16yo junior, our only openly trans student, told me…": someone in the therapist's care telling them something
    Anchored(r"\b(?:\d{1,2} ?(?:yo|y/o|year[- ]old)|" + PERSON + r"|junior|senior|sophomore|freshman|teenager|kid|" + CLIENT +
             r")\b" + gap(80), r"\b(?:told|said to|confided in|disclosed to|admitted to|confessed to) (?:me|us)\b",
             lookback=100, unless=NOT_A_STORY + r"|\b(?:many|most|several|some|all|lots of|a lot of|every|few)\b",
             accept=in_text(THERAPY_CONTEXT)),
    Pattern(r"\bsomeone (?:i|we)(?:'m| am|'ve been)? (?:counsel\w{0,20}|treat\w{0,20}|see in therapy|work with in therapy|"
            r"working with in therapy|see for therapy)\b", unless=NOT_A_STORY),
    Pattern(r"\b(?:in|during) (?:a |my |our |one |the |today's |this morning's |yesterday's |last night's |"
            r"this week's |tonight's )?" + words(1) + SESSION + r"s? (?:" + WHEN + r")\b",
            unless=NOT_A_STORY + r"|\b(?:join|come|sign up|register|welcome|spots?|openings?|(?:see|seeing|saw|meet|"
                                 r"meeting|met) you)\b"),
    Pattern(r"\b(?:" + WHEN + r"),? (?:in|during) (?:a |my |our )?(?:session|group|therapy session)\b", unless=NOT_A_STORY),
    Pattern(r"\b(?:in|during) (?:today's|this morning's|yesterday's|tonight's|this afternoon's|"
            r"my \d{1,2}(?::\d\d)? ?(?:am|pm)|my last|my first|this week's) (?:session|group|appointment)\b" + NOT_CLINICAL,
            unless=NOT_A_STORY),
    Pattern(r"\bhad (?:a|an|the most|such a|one) " + words(2) + r"session " + r"(?:" + WHEN + r" )?(?:with|where|in which)\b",
            unless=NOT_A_STORY),
    Pattern(r"\b(?:told|said|shared|asked|admitted|cried|mentioned|confessed|disclosed|revealed|brought up|"
            r"whispered|screamed|laughed)(?: me| us| to me)? (?:in|during) (?:a |our |the |today's |her |his |"
            r"their )?session\b", unless=NOT_A_STORY + r"|\b(?:what|everything|nothing|all)\b"),
    Pattern(r"\bmy (?:\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2} ?o'clock|noon)\b(?! (?:slot|opening|availability|is (?:open|free)|"
            r"spot|break|lunch|meeting|webinar|class|workshop|call|on))", unless=NOT_A_STORY),
    Pattern(r"\bmy last (?:client|session|appointment) (?:of the (?:day|week)|today|tonight)\b", unless=NOT_A_STORY),
    Pattern(r"\bproud of (?:my|our|this|a) " + words(1) + CLIENT + r"\b(?!s)", unless=NOT_A_STORY),
    Pattern(r"\b(?:update on|remember) (?:my|the|a|our|that) " + words(1) + CLIENT + r"\b", unless=NOT_A_STORY),
    Pattern(r"\b(?:the|a|my) " + words(1) + CLIENT + r" (?:i|we) (?:posted|wrote|talked|told you|shared) about\b",
            unless=NOT_A_STORY),
    Pattern(r"\b(?:a|one|another) (?:mom|mum|dad|mother|father|parent|member|woman|man|teen|veteran|participant|"
            r"client|patient|someone|person|guy|girl|lady) (?:in|from) (?:my|our) " + words(2) + r"group\b",
            unless=NOT_A_STORY),
    Pattern(r"\b(?:just|recently) (?:got|took on|started with|had) a new " + CLIENT + r"\b(?! (?:spots?|openings?))",
            unless=NOT_A_STORY),
)

CLIENT_STORY = Check(
    id="client-story",
    principle="confidentiality",
    kind="must-avoid",
    what="tells a story from a therapy session or about a client",
    explanation="Even without a name, a client can recognise their own story, and so can the people who know "
                "them; nothing from therapy goes online without explicit consent. Teach from the general "
                "instead (\u201cmany people find\u2026\u201d)",
    find=client_story_find,
    fires_on=(
        "A client told me today that she finally feels safe in her own body.",
        "One of my clients asked me last week whether it's normal to grieve a pet this hard.",
        "My 3pm just reminded me why I love this job ❤️",
        "In session this morning a teenager I work with laughed for the first time in months.",
        "I once had a client who couldn't eat in front of anyone.",
    ),
    passes_on=(
        "Many people find that anxiety shrinks a little each time they face a fear in small steps.",
        "Clients often ask me whether it's normal to grieve a pet this hard. It is.",
        "I will never share a client's story online, even with the name changed.",
        "If a client ever sees themselves in one of my posts, I've done something wrong.",
        "What is said in session stays in session.",
    ),
)

# --- Identifying details: only where the text is about a client. -----------------------------

MONTH = alt("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept?", "oct", "nov", "dec")
WEEKDAY = alt("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
OCCUPATION_DETAIL = any_of(
    Pattern(r"\b(?:she|he|they)(?:'s| is| was| are| were| works as| worked as) (?:a|an|the) " + words(2) + JOB + r"\b",
            unless=None),
    Pattern(r"\b(?:a|an) (?:[a-z0-9\-]{1,40} )?(?:[a-z\-]{1,25} )?" + JOB +
            r"\b(?= (?:i|we|who|whose|from|at|in|on)\b|,)", unless=None),
    Pattern(r"\b(?:her|his|their) (?:new |old |first |dream |part-time |full-time |summer |night )?(?:[a-z]{1,25}ing )?"
            r"(?:job|career|shift|promotion|classroom|students|restaurant|shop|salon|store|business|platoon|"
            r"congregation|firm|unit|ward|band|bakery|farm|church|squad|precinct|station)\b", unless=None),
    Pattern(r"\b(?:she|he|they) (?:works?|worked|is working|was working|used to work) (?:at|for|as|in) (?:the |a |an )?[a-z]",
            unless=None),
    Pattern(r"\b(?:her|his|their) (?:job|work) (?:at|as|in|for) (?:the |a |an )?[a-z]", unless=None),
    Pattern(r"\b(?:passed|failed|took) (?:the |her |his |their )?(?:bar exam|bar|boards|nclex|mcat|lsat|gre|sat|"
            r"driving test|citizenship test)\b", unless=None),
)
PLACE_WORD = alt("street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "bridge",
                 "park", "mall", "lake", "river", "county", "high", "high school", "middle school", "elementary",
                 "academy", "college", "university", "hospital", "medical center", "general", "church", "base",
                 "plaza", "heights", "hills", "falls", "ridge", "valley", "springs", "harbor", "harbour", "beach",
                 "creek", "station", "square", "center", "centre", "mill", "plant", "factory", "prison")
_NOT_PLACE = {"i", "the", "a", "an", "my", "our", "your", "her", "his", "their", "this", "that", "she", "he",
              "they", "we", "it", "and", "but", "so", "or", "god", "instagram", "facebook", "tiktok", "google",
              "yelp", "zoom", "english", "spanish", "dbt", "cbt", "emdr", "act", "ifs", "session", "therapy",
              "today", "tonight", "yesterday", "tomorrow", "mom", "dad", "love", "progress", "recovery", "hope",
              "christmas", "thanksgiving", "easter", "she's", "he's", "it's", "grad", "school", "work", "college",
              "class", "group", "church", "court", "person", "first", "last", "march", "may", "june", "april"}


def _capitalised_place(doc, m) -> bool:
    word = m.group("name")
    return doc.original_char(m.start("name")).isupper() and word not in _NOT_PLACE


PLACE_DETAIL = any_of(
    Pattern(r"\b(?:route|highway|hwy|interstate|i-|exit|county road|state road|sr) ?\d{1,3}\b", unless=None),
    Pattern(r"\b(?=(?P<hit>(?P<name>[a-z]{1,25}) (?:[a-z]{1,25} )?" + PLACE_WORD + r"\b))", unless=None, accept=_capitalised_place),
    Pattern(r"\b(?:in|from|at|near|outside|to|of) (?:downtown |north |south |east |west |the )?(?P<name>[a-z]{3,25})\b",
            unless=None, accept=_capitalised_place),
    Pattern(r"\b(?:in|from|at|around) (?:our|this|my|a|her|his|their) (?:small |little |tiny |rural |home )?"
            r"(?:town|village|community|neighbou?rhood|parish|school district|hometown|building|street|block)\b", unless=None),
    Pattern(r"\blocal (?:high school|school|hospital|plant|factory|mill|church|bakery|gym|college|diner|restaurant|"
            r"fire (?:station|department)|police (?:department|station)|news|paper|base|team|coffee shop|bar|library)\b",
            unless=None),
    Pattern(r"\b(?:the|our|this) (?:plant|mill|factory|base|mine|refinery|warehouse|distribution center|paper mill|"
            r"naval base|air base|army base) (?:in|outside|downtown|here|where)\b", unless=None),
)
DATE_DETAIL = any_of(
    Pattern(r"\b(?:on |last |this |next |every |since )?" + WEEKDAY + r"s?\b", unless=None),
    Pattern(r"\b(?:in|since|last|this|early|late|until|by|on) " + MONTH + r"\b|\b" + MONTH + r" \d{1,2}(?:st|nd|rd|th)?\b",
            unless=None),
    Pattern(r"\bon (?:the )?\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", unless=None),
    Pattern(r"\b(?:christmas|thanksgiving|easter|new year's|halloween|hanukkah|ramadan|passover|diwali|"
            r"mother's day|father's day|valentine's|(?:her|his|their) (?:\d{1,6}(?:st|nd|rd|th) )?birthday|graduation day|"
            r"(?:her|his|their) anniversary)\b", unless=None),
    Pattern(r"\b" + NUMBER + r"(?:[- ]and[- ]a[- ]half)?[- ](?:days?|nights?|weeks?|months?|years?|yrs?|sessions|tours?|deployments?|kids|children|miscarriages|"
            r"marriages|divorces)\b", unless=None),
)
AGE_DETAIL = any_of(
    Pattern(r"\b(?:\d{1,2}|" + NUMBER + r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)[- ]?(?:year|yr)s?[- ]?old\b",
            unless=None),
    Pattern(r"\b(?:\d0|twenty|thirty|forty|fifty|sixty|seventy)[- ]?something\b", unless=None),
    Pattern(r"\bin (?:her|his|their) (?:early |mid-?|late )?(?:teens|twenties|thirties|forties|fifties|sixties|"
            r"seventies|eighties|nineties|\d0s)\b", unless=None),
    Pattern(r"\b(?:aged?|age) \d{1,2}\b|\b\d{1,2} ?(?:yo|y/o|y\.o\.)\b", unless=None),
    Pattern(r"\b(?:she|he|they)(?:'s| is| was| are| were) (?:only |just |barely )?\d{1,2}\b(?! ?(?:minutes|%|percent|times|days|hours|"
            r"weeks|months|sessions|pounds|lbs|kg))", unless=None),
)
EVENT_DETAIL = any_of(
    Pattern(r"\b(?:her|his|their|the) (?:recent |messy |ugly |sudden |first |second |third )?(?:divorce|miscarriage|"
            r"stillbirth|abortion|affair|arrest|dui|overdose|suicide attempt|deployment|car (?:accident|crash)|"
            r"house fire|bankruptcy|custody (?:battle|case|fight|hearing)|surgery|chemo|wedding|funeral|layoff|"
            r"promotion|graduation|pregnancy|twins|triplets|adoption|transplant|eviction|sobriety chip|rehab stay|"
            r"hospitali[sz]ation|sentencing|trial|lawsuit|accident|cancer|mastectomy|stroke|amputation)\b", unless=None),
    Pattern(r"\b(?:her|his|their) (?:husband|wife|partner|son|daughter|mother|mom|father|dad|brother|sister|baby|child|"
            r"twin|fianc[eé]e?|boyfriend|girlfriend)(?:'s)? (?:died|passed|was killed|killed (?:himself|herself)|left|"
            r"walked out|was arrested|was deployed|deployment|overdosed|overdose|relapsed|came out|moved out|cheated|"
            r"suicide|death|funeral|accident|diagnosis)\b", unless=None),
    Pattern(r"\blost (?:her|his|their) (?:husband|wife|partner|son|daughter|mother|mom|father|dad|baby|job|house|home|"
            r"leg|arm|license|licence|business|farm)\b", unless=None),
    Pattern(r"\b(?:came out (?:to|as)|got (?:sober|married|divorced|engaged|fired|promoted|arrested|deported|evicted)|"
            r"gave birth|had (?:twins|a baby|a miscarriage|an affair)|got into (?:law|med|grad|nursing) school|"
            r"won (?:the|her|his|their) (?:election|custody|lottery|case|race|championship|title))\b", unless=None),
    Pattern(r"\btold (?:her|his|their) (?:parents|family|mom|dad|mother|father|wife|husband) (?:she|he|they)(?:'s| is| are| was)\b",
            unless=None),
    Pattern(r"\bopenly (?:gay|trans|transgender|lesbian|bi|bisexual|queer|nonbinary|non-binary)\b|\b(?:our|the|my) only "
            r"(?:[a-z\-]{1,25} ){0,3}(?:student|kid|child|family|client|teacher|person|girl|boy|one)\b|\bon the (?:town|city|school|"
            r"county|village|parish) (?:council|board)\b", unless=None),
    Pattern(r"\b(?:pregnant|kicked (?:her|him|them) out|homeless|in foster care|on probation|in recovery|in rehab|"
            r"widowed|divorcing|deployed|incarcerated|in prison|in jail|undocumented)\b", unless=None),
    Pattern(r"\b(?:she|he|they)(?:'s| is| are| was) (?:gay|lesbian|bi|bisexual|trans|transgender|queer|pregnant|"
            r"undocumented|hiv positive|hiv-positive|adopted|a widow|a widower)\b", unless=None),
)

_NOT_NAME = {"she", "he", "they", "it", "this", "that", "someone", "everyone", "one", "my", "a", "the", "today",
             "yesterday", "mom", "dad", "mum", "who", "which", "what", "she'd", "he'd", "then", "and", "but", "so",
             "also", "nobody", "anybody", "somebody", "client", "patient", "therapy", "her", "him", "finally",
             "then", "later", "once", "still"}


def _capitalised_name(doc, m) -> bool:
    return doc.original_char(m.start("name")).isupper() and m.group("name") not in _NOT_NAME


NAME_DETAIL = any_of(
    # "(Dwayne, firefighter, Tulsa)": a name or town set off by brackets or commas
    Pattern(r"(?:\(|, )(?P<name>[a-z]{2,25})\b", unless=None, accept=_capitalised_name),
    Pattern(r"\b(?:my|our|a|the) " + words(1) + CLIENT + r",? (?P<name>[a-z]{2,25})\b", unless=None,
            accept=_capitalised_name),
    Pattern(r"\b(?:named|called|name is|name's) (?P<name>[a-z]{2,25})\b", unless=r"\b(?:let's|lets|we'll|i'll) ",
            accept=_capitalised_name),
    Pattern(r"\b(?P<name>[a-z]{2,25}) (?:told|said to|asked|texted|emailed|messaged|shared with|showed|thanked) me\b",
            unless=None, accept=_capitalised_name),
)
# --- Public replies that reveal a therapy relationship. ---------------------------------------

GENERIC_APPOINTMENT = (r"\b(?:(?:bring|take|share) (?:it|this|that|them|these|those|a list|your (?:list|questions|"
                       r"notes|journal|log|diary))|ask|mention|raise|join|register|sign up|book)\b"
                       r"|\bwith (?:your|a) (?:doctor|prescriber|gp|provider|therapist|psychiatrist|dentist)\b"
                       r"|^ (?:of|for) (?:the|our|this)\b")
confirms_find = any_of(
    Pattern(r"\b(?:our|your) " + words(1) + r"(?:sessions?|appointments?|work together|time together|therapy|"
            r"counsell?ing|treatment|intake|consultations?|visits?|conversations) (?:together )?(?:really |truly |have |has )?"
            r"(?:helped|made a difference|meant|paid off|is helping|are helping|was helpful|were helpful|has been|"
            r"have been|changed)\b", unless=NEGATION + r"|\bif\b|\bwhether\b"),
    Pattern(r"\b(?:glad|happy|so glad|thrilled|grateful|pleased|proud|delighted|honou?red|thankful|loved|enjoyed)\b" + gap(40) +
            r"\b(?:our (?:sessions?|work|time|appointments?|conversations?|visits?)|working (?:together|with you)|"
            r"(?:the )?(?:progress|work) you(?:'ve| have)? (?:made|done|put in)|(?:see|seeing) you (?:in|at) "
            r"(?:session|the office|your appointment|group)|(?:therapy|counsell?ing|treatment) (?:with (?:me|us)|"
            r"helped|has helped|is helping)|the (?:techniques|skills|tools|strategies|exercises) (?:we|i)\b|"
            r"you (?:came|come|chose|trusted) (?:to )?(?:me|us|our (?:practice|office|clinic)))(?!\?)",
            unless=NEGATION + r"|\bif\b"),
    Pattern(r"\b(?:pleasure|privilege|honou?r|joy|gift|blessing)\b" + gap(25) +
            r"\b(?:(?:working|to work|to walk|walking|to be|being|to sit|sitting) (?:with|alongside|beside) you|(?:to )?"
            r"support(?:ing)? you|(?:to )?help(?:ing)? you|(?:to )?(?:see|know)(?:ing)? you grow|(?:to )?(?:be|being) part of your)\b",
            unless=NEGATION + r"|\b(?:if|would|could|hope|look forward)\b"),
    Pattern(r"\b(?:loved|enjoyed|enjoy|love|miss|will miss|'ll miss|thank you for|thanks for)\b (?:[a-z]{1,25} ){0,2}"
            r"(?:working with you|our (?:sessions|work|time|weekly)|seeing you (?:each|every) week)\b(?!\?)"),
    Pattern(r"\byour (?:appointment|session|visit|check-in) (?:on|this|next) (?:monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday|week|morning|afternoon|evening)\b|\byour (?:monday|tuesday|wednesday|thursday|friday|saturday) "
            r"(?:appointment|session|visit)\b", unless=NEGATION + r"|\bif\b"),
    Pattern(r"\bsee you (?:next|on|this|at your|in (?:session|group|the office|a (?:week|fortnight|couple of weeks|few weeks|"
            r"month))|tomorrow|soon at|at the office|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            unless_after=r"\b(?:at|in|for) (?:the|our|my|a|another|next) (?:[a-z]{1,25} )?(?:workshop|webinar|event|conference|"
                         r"live|talk|training|class|open house|fair|walk|5k|run|meeting|post|episode|video|tip|"
                         r"newsletter|stream|q&a|panel|retreat)|\bfor (?:another|the next|our next|more|part)\b"),
    Pattern(r"\b(?:our|your) (?:next|last|upcoming|previous|final|weekly|regular|usual|" + alt(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday") +
            r"|\d{1,2}(?::\d\d)? ?(?:am|pm)) (?:session|appointment|visit|meeting|check-in)\b",
            unless=NEGATION + r"|" + GENERIC_APPOINTMENT + r"|\bif\b", unless_after=GENERIC_APPOINTMENT),
    Pattern(r"\b(?:sorry|apologi[sz]e|apologies|regret)\b" + gap(40) +
            r"\b(?:your|the) (?:appointment|session|intake|bill|invoice|billing|copay|co-pay|visit|wait|waiting room|"
            r"treatment|therapist|counsell?or|last visit|clinician|provider|care)\b"),
    Pattern(r"\bas (?:we|i) (?:talked|discussed|spoke|chatted|mentioned|practiced|practised|worked on|agreed|said)"
            r"(?: about)? (?:in|during|at|last) (?:session|our|your|time|week|group|" + WEEKDAY + r")\b"),
    Pattern(r"\b(?:in|during) (?:our|your) (?:last|recent|previous|latest) (?:session|appointment|visit)s?\b"),
    Pattern(r"\b(?:outside|beyond|between|since|miss(?:ing)?|enjoy(?:ed)?|love[d]?) (?:of )?our (?:sessions|appointments|"
            r"work together|time together|weekly (?:sessions|chats|talks|check-ins))\b"),
    Pattern(r"\b(?:having|have|had|seeing|see|saw) you in (?:our|my) " + words(1) + r"(?:group|practice|office|sessions?|"
            r"program|class|clinic|waiting room)\b", unless=NEGATION + r"|\b(?:if|would|'d|hope|love to)\b"),
    Pattern(r"\b(?:you|someone who|who) (?:missed|cancell?ed|skipped|no-showed|never showed up (?:to|for)|walked out of|"
            r"attended|came to|showed up (?:to|for)|were late (?:to|for)) " + words(2) + r"(?:sessions?|appointments?)\b",
            unless=NEGATION + r"|\b(?:if|when|whenever)\b|\b(?:clients|anyone|people|everyone|all|those|you all|folks|"
                                 r"attendees|participants)\s{1,5}$"),
    Pattern(r"\b(?:the|those|these|that|this) (?:[a-z\-]{1,25} ){0,2}(?:techniques?|skills?|tools?|strategies|strategy|exercises?|"
            r"worksheets?|homework|thought records?|journal(?:ing)? prompts?|coping cards?|safety plan|exposures?|"
            r"hierarchy|ladder|meditations?|affirmations?|scripts?|goals?|plan|routines?|breathing|practices?|steps) "
            r"(?:we|i)(?: have| had|'ve)? (?:practiced|practised|worked on|discussed|talked about|went over|covered|learned|"
            r"started|set|made|wrote|built|planned|agreed on|tried|created|came up with|mapped out|gave you|did together)\b"),
    Pattern(r"\b(?:don't|do not) forget (?:your|the|those|our) (?:[a-z\-]{1,25} )?(?:coping plan|safety plan|coping skills|"
            r"homework|worksheet|thought records?|breathing|grounding|exercises|plan we made|skills)\b", unless=None),
    Pattern(r"\b(?:since|after) (?:starting|you started|we started|beginning|you began|we began) (?:with me|with us|therapy|"
            r"counsell?ing|sessions|treatment|here|our work)\b|\b(?:starting|working|sessions?|our time) with me\b"),
    Pattern(r"\b(?:working|worked|work|spent) on your (?:[a-z\-]{1,25} ){0,2}(?:anxiety|depression|grief|trauma|panic|fears?|"
            r"goals?|ocd|adhd|confidence|boundaries|relationship|marriage|self-esteem|anger|sleep|healing|recovery|sobriety|"
            r"issues|stuff|mental health|coping skills|phobia|eating|drinking|attachment)\b",
            unless=NEGATION + r"|\bif\b",
            accept=in_sentence(r"\b(?:all (?:those|these|the|that) |together|with me|with us|our |in (?:my|our|the) office|"
                               r"in session|we (?:did|spent))")),
    Pattern(r"\b(?:since|in) (?:we (?:started|first met|began)|your first (?:session|appointment|visit)|"
            r"you (?:started|began) (?:therapy|seeing me|coming in|with us)|our (?:first|work))\b"),
    Pattern(r"\bthe progress you(?:'ve| have)? made\b" + gap(40) + r"\b(?:in therapy|since|in our|together|with me|"
            r"this year|these (?:past )?(?:months|years|weeks))"),
    Pattern(r"\byou(?:'ve| have) (?:worked|come|grown) so (?:hard|far) (?:in|with|since) (?:therapy|our|me|us|we)\b"),
    Pattern(r"\bwelcome back (?:to (?:the practice|therapy|our practice|the office|counsell?ing|the clinic|group))\b"),
    Pattern(r"\bthank you for (?:trusting|choosing|letting) (?:me|us)\b(?! with (?:this|that|it|your (?:question|feedback|"
            r"review|comment|message)))"),
    Pattern(r"\b(?:we'll|we will|let's|we can|i'll|we'll be able to) (?:go over|talk about|discuss|review|look at|check in on|"
            r"pick (?:this|it|that) up|work on|debrief|unpack|come back to)\b" + gap(40) + r"\b(?:on (?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday)|next (?:week|time|session)|in (?:session|our next session|your next session)|at your "
            r"(?:next )?(?:session|appointment)|when (?:we|i) see you)\b", unless=NEGATION + r"|\bif\b"),
    Pattern(r"\bthank you for choosing (?:our|my) (?:practice|office|clinic|team)\b"),
    Pattern(r"\b(?:great|good|lovely|nice|wonderful) (?:seeing|to see|meeting) you (?:today|yesterday|this (?:morning|week|"
            r"afternoon)|in (?:session|the office|group)|at (?:your|the) (?:appointment|session))\b"),
    Pattern(r"\b(?:keep|kept) up the (?:great |good |hard |amazing )?work (?:we|you)(?:'ve| have)? (?:been doing|started|done) "
            r"(?:in|together)\b"),
    Pattern(r"\b(?:is|was|are|were|has been|have been|'s|'re) (?:a |one of )?(?:my|our) (?:former |past |current |old )?"
            + CLIENT + r"s?\b", unless=NEGATION + r"|\b(?:if|whether|anyone|someone|everyone|nobody|confirm|deny)\b"),
    Pattern(r"\b(?:i'm|i am|i was|i've been|as) your (?:therapist|counsell?or|psychologist|clinician|provider|"
            r"social worker|psychiatrist)\b", unless=NEGATION + r"|\bif\b"),
    Pattern(r"\bmy (?:former |current |past |old |amazing |wonderful )?" + CLIENT + r",? @user\b"),
)

IDENTIFYING = any_of(AGE_DETAIL, OCCUPATION_DETAIL, PLACE_DETAIL, DATE_DETAIL, EVENT_DETAIL, NAME_DETAIL,
                     Pattern(r"\b" + JOB + r"\b", unless=None))
# The text has to be about a client for a detail to identify one.
ABOUT_A_CLIENT = any_of(
    client_story_find,
    Pattern(r"\bwhat (?:my |our )?(?:clients|patients|couples|families) (?:say|said|are saying|have said)\b|\b(?:client|patient) "
            r"(?:testimonials?|reviews?|stories|quotes|feedback|love)\b", unless=NEGATION),
    Pattern(r"\b(?:my|a|the|this|that|our) " + words(1) + CLIENT + r"\b" + NOT_ONE_CLIENT, unless=NOT_A_STORY),
)
# A reply to the client already names them; what it must not add is what they came for or what happened to them.
REPLY_DETAIL = any_of(
    AGE_DETAIL, OCCUPATION_DETAIL, PLACE_DETAIL, EVENT_DETAIL,
    Pattern(r"\byour (?:[a-z\-]{1,25}'s |new |old |first )?(?:job|work|school|course|degree|promotion|wedding|baby|move|house|"
            r"divorce|surgery|diagnosis|funeral|death|passing|illness|cancer|accident|arrest|court case|custody|"
            r"pregnancy|miscarriage|breakup|separation)\b", unless=NEGATION + r"|\bif\b"),
    Pattern(r"\b(?:new )?job at (?:the|a) [a-z]{2,25}\b", unless=None),
    Pattern(r"\byour (?:[a-z\-]{1,25} )?(?:anxiety|depression|grief|trauma|panic(?: attacks)?|ocd|adhd|drinking|sobriety|"
            r"recovery|eating disorder|divorce|affair|miscarriage|diagnosis|medication|meds|self-harm|suicidal thoughts|"
            r"addiction|phobia|insomnia|marriage problems|anger|test anxiety|ptsd|bipolar|relapse)\b(?!-)",
            unless=NEGATION + r"|\bif\b"),
)

CLIENT_IDENTIFYING_DETAIL = Check(
    id="client-identifying-detail",
    principle="confidentiality",
    kind="must-avoid",
    what="is a detail that could point to a specific client",
    explanation="A job, a town, an age, a date or an unusual event lets people who know the client recognise "
                "them, even with no name given",
    find=any_of(when(IDENTIFYING, ABOUT_A_CLIENT, within=300), when(REPLY_DETAIL, confirms_find, within=300)),
    fires_on=(
        "So proud of my client today! After 8 months of panic attacks she finally drove across the Route 9 "
        "bridge to her new teaching job.",
        "A 16-year-old I see told me today she has been cutting since spring.",
        "One of my clients, a nurse on the night shift, says she hasn't slept properly since March.",
        "My client Jenna finally quit her job at the mall. So proud of her.",
    ),
    passes_on=(
        "Panic can make ordinary things, like driving over a bridge on the way to work, feel impossible.",
        "Teachers, nurses and first responders carry a lot of invisible stress.",
        "Our new office is on Main Street in Maple Ridge, right next to the library.",
        "A client once told me something I still think about.",
    ),
)

CONFIRMS_CLIENT_RELATIONSHIP = Check(
    id="confirms-client-relationship",
    principle="confidentiality",
    kind="must-avoid",
    what="reveals that someone is or was a client",
    explanation="Even a warm public reply tells everyone who reads it that this person is in therapy with you; "
                "only the client may decide to say that. Reply, if at all, in general terms that confirm nothing",
    find=confirms_find,
    fires_on=(
        "Thank you so much, Dana! I'm so glad our sessions helped you through such a hard year.",
        "See you next Tuesday, Marcus! 😊",
        "It was a privilege working with you, Priya. Wishing you all the best!",
        "So sorry your appointment got moved last week, Tom.",
    ),
    passes_on=(
        "Thank you for your kind words; we appreciate all feedback.",
        "Thanks for sharing! Looking forward to seeing everyone at our free webinar next Tuesday.",
        "See you next week for another Mindful Monday tip! 🌿",
        "To protect everyone's privacy, we never confirm or deny whether anyone is a client.",
    ),
)

CHECKS = (CLIENT_STORY, CLIENT_IDENTIFYING_DETAIL, CONFIRMS_CLIENT_RELATIONSHIP)
