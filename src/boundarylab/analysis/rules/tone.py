"""Professional language: profanity, insults, sarcasm and venting (stigmatising language is in stigma.py).

Words talked about are not words used: "Words like 'crazy' hurt people" and "You're not crazy
for feeling this" are the kind of posts the course wants, so quoted and negated uses pass.
"""

from boundarylab.analysis.check import Check
from boundarylab.analysis.patterns import NEGATION, Pattern, any_of, in_sentence, not_quoted

MENTION = (
    r"\b(?:word|words|term|terms|like|called|calling|call|say|saying|said|label|labels|labell?ing|use|using|"
    r"means?|phrase|phrases|instead of|rather than|avoid|stop saying|don't say|the language of|jokes? about|"
    r"feel|feeling|felt|afraid|fear|worry|worried|scared)\b"
)


def _opens_sentence(text: str, i: int) -> bool:
    before = text[max(0, i - 3) : i]
    return i == 0 or before.endswith(("\n", ". ", "! ", "? ", ".\n"))


unprofessional_find = any_of(
    # profanity, including the starred kind
    Pattern(
        r"\b(?:fuck\w{0,20}|f\*{1,4}k\w{0,20}|f\*{2,6}|motherfuck\w{0,20}|shit\w{0,20}|sh\*t\w{0,20}|bullshit|"
        r"damn(?:ed|it)?|dammit|goddamn\w{0,20}|crap|crappy|piss(?:ed|es|ing)?|asshole\w{0,20}|arsehole\w{0,20}|"
        r"ass|asses|badass|jackass|bitch\w{0,20}|bastard\w{0,20}|dickhead\w{0,20}|douche\w{0,20}|wtf|stfu|ffs|"
        r"omfg|jfc|screw (?:you|this|them|that|it|insurance|my)|what the hell|the hell|hell no|hell yes|"
        r"hell yeah|as hell|go to hell|from hell|a hell of a|hell of a|like hell|to hell with|bloody hell|"
        r"pissy)\b",
        unless=None,
        accept=not_quoted,
    ),
    # insults and put-downs
    Pattern(
        r"(?<![\w-])(?:idiot\w{0,20}|stupid(?:ity)?|moron\w{0,20}|dumb(?:ass)?|dumbest|imbecile\w{0,20}|losers?|"
        r"pathetic|clowns?|jerks?|brats?|snowflakes?|get a life|shut up|cry me a river|get over yourself|whiny|"
        r"whiners?|crybab(?:y|ies)|worst (?:clients?|patients?|people)|entitled (?:brats?|people|clients|"
        r"parents)|lazy (?:clients|parents|ass)|trash|garbage|get lost|ok boomer|keyboard warriors?|trolls|"
        r"haters|dinosaurs|clueless (?:[a-z]{1,25} )?(?:people|folks|commenters|keyboard|idiots|haters|trolls|"
        r"parents|clients))\b",
        unless=r"\b(?:not|never|no|isn't|aren't|wasn't|weren't|feel(?:ing|s)?|felt|there are no|there's no)\b"
        r"(?! (?:going to lie|to be dramatic|gonna lie|lying))|"
        r"\bmake (?:you|me|people|them) feel\b",
        accept=not_quoted,
    ),
    Pattern(
        r"\b(?:sorry not sorry|a you problem|sorry if (?:anyone|you|people|some(?: of you| people)?|i) (?:was|"
        r"were|got|are|felt|is|offended|upset)|(?:relax|chill|calm down|"
        r"lighten up),? it's (?:just )?(?:a )?(?:joke|meme|banter)|don't be (?:such )?(?:a|so) (?:snowflake|"
        r"sensitive|dramatic|baby)|get over it|can't take a joke|triggered much)\b",
        unless=None,
    ),
    # "crazy", "psycho" used about people, days and work
    Pattern(
        r"\b(?:crazy|cray|psycho(?!-)|nutty|insane|lunatic|loony|looney|batshit|bonkers|unhinged|deranged|wacko|"
        r"whacko|nutter|(?:go|goes|going|went|gone|drive|drives|driving|drove|is|are|'s|'re) (?:me |you |us |"
        r"them )?nuts)\b(?! (?:bins?|ward|house|asylum|people|persons))",
        unless=NEGATION + "|" + MENTION,
        accept=not_quoted,
    ),
    # venting about clients and the job
    Pattern(r"\b(?:ugh{0,10}|urgh|argh|smh|eye ?roll)\b|🙄|🤬|🖕", unless=None),
    Pattern(
        r"\b(?:so |really |sick and |fed up and )?(?:sick|tired|fed up|done) (?:of|with) " + r"(?:[a-z']{1,25} "
        r"){0,3}(?:clients|patients|people|no-shows|no shows|insurance|parents|excuses|this job|my job|"
        r"this profession|paperwork|notes|cancellations|teenagers|couples)\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\b(?:can't stand|cannot stand|hate (?:it )?when|hate (?:my |these |those )?(?:clients|patients)|"
        r"annoys me|drives me (?:nuts|crazy|insane|up the wall|bonkers|mad)|driving me (?:nuts|crazy|insane|"
        r"up the wall|mad|bonkers)|gets on my (?:last )?nerves?|pet peeve|rant:|vent:|rant incoming|(?:just|"
        r"gotta|need to) vent)",
        unless=NEGATION,
    ),
    Pattern(
        r"\boh (?:great|joy|goody|wonderful|fantastic|perfect|yay|lovely|super),? (?:another|more|just|so|now|"
        r"exactly|because|again|my)\b",
        unless=None,
    ),
    Pattern(r"\b(?:yeah|sure),? right\b", unless=None),
    # "frankly I'm amazed anyone who's read the code would write it", "Kristen, seriously? ... is gross"
    Pattern(
        r"\b(?:i'm|i am) (?:frankly |honestly )?amazed (?:that )?anyone\b|"
        r"(?:^|, )seriously\?|\b(?:is|that's|so) gross\b",
        unless=None,
    ),
    # "please don't be one of those clients who's late every week 😅": a dig at clients, negated or not
    Pattern(r"\b(?:one|a few|some) of those (?:clients|patients)\b|\bone of those people who\b", unless=None),
    Pattern(r"/s\b", unless=None, accept=lambda doc, m: m.start() == 0 or not doc.norm[m.start() - 1].isalnum()),
    Pattern(r"\bsaid no (?:one|therapist) ever\b", unless=None),
    Pattern(r"\bbecause (?:apparently|obviously)\b", unless=None),
    Pattern(r"\bthanks for nothing\b", unless=None),
    Pattern(r"\b(?:love|loving|just love) (?:it )?when (?:clients|patients|people|insurance|parents)\b", unless=None),
    Pattern(
        r"\b(?:(?:but )?go off(?: i guess)?|touch grass|(?<!anyone )(?<!someone )(?<!everyone )(?<!people )(?<!those )who asked|nobody asked|stay mad|the audacity|bffr|"
        r"make it make sense)\b",
        unless=None,
    ),
    Pattern(r"\bgreat work\.(?= ?🙄)", unless=None),
    Pattern(
        r"\b(?:lovely|great|fantastic|perfect|wonderful|awesome|just great|just perfect|love that for me|"
        r"love this for me)\.(?:\s|$)",
        unless=None,
        accept=lambda doc, m: _opens_sentence(doc.norm, m.start()),
    ),
    Pattern(r"\b(?:another|third|fourth|fifth|yet another|second) no[- ]?show\b", unless=None),
    Pattern(
        r"\b(?:this|my) (?:job|week|caseload|day|practice|field) (?:is|has been) (?:a (?:mess|joke|nightmare|"
        r"circus|dumpster fire)|killing me|the worst|too much)\b|\bnot me (?:crying|screaming|losing it|hiding|"
        r"pretending)\b|(?:^|(?<=[.!?]\s))(?:classy|real professional|very professional|cool cool cool)\.",
        unless=None,
    ),
    Pattern(r"(?<![a-z])(?:f\*{1,4}k\w{0,10}|f\*{2,6}|sh\*t|s\*{2,4}|b\*{1,4}ch|a\*{1,3}hole|\$#!t)", unless=None),
    Pattern(r"\b(?:kill me now|shoot me now|end me|someone kill me|i want to scream)\b", unless=None),
    Pattern(
        r"\b(?:pretending to care|pretend to care|couldn't care less|could not care less|"
        r"don't get paid enough for this|not paid enough for this)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:[a-z]{1,25}'s|my|all my|these|the|our|your) (?:clients|caseload|patients|families) (?:are|"
        r"is) (?:all |literally |so |just |always )?(?:in crisis|a mess|exhausting|draining|too much|killing me|"
        r"driving me|the worst|needy|clingy|impossible)\b",
        unless=NEGATION,
    ),
    # "you're not crazy lol": a stigma word laughed off to someone who is struggling
    Pattern(r"\b(?:not|so|totally|a (?:little|bit)|kinda|kind of) crazy,? (?:lol|lmao|haha{0,10})\b", unless=None),
    # laughing at clients
    Pattern(
        r"\b(?:lol|lmao|lmfao|rofl|haha{0,10}|hehe{0,10})\b|😂|🤣",
        unless=None,
        accept=in_sentence(
            r"\b(?:clients?|patients?|session|my \d{1,2} ?(?:am|pm)|couple i'm|caseload|notes|"
            r"paperwork)\b"
        ),
    ),
)

# Talking down to a reader or a client, whatever the words: pet names used as put-downs, dismissive
# imperatives, mockery, and threatening to lose it over clients.
unprofessional_find = any_of(
    unprofessional_find,
    Pattern(
        r"(?:,|\.\.\.|-) ?(?:sweetie|sweetheart|honey|darling|buddy|pal|champ|princess|kiddo)\b"
        r"|\b(?:grow up|get a grip|get over yourself|"
        # "Do better." said to someone is a put-down; "I'm going to / we'll do better" is a promise
        r"(?:(?:you|y'all|people|folks|everyone)(?: really| all| guys)? (?:need to |must |should |have to |gotta |"
        r"better )?|(?<![a-z'] ))do better|"
        r"bless your heart|skill issue|learn to read|"
        r"read the (?:post|room|caption)|cope harder|cry about it|stay pressed|not my emergency|"
        # "Take it down and maybe reread your ethics code", "I can't believe I have to spell this out"
        r"(?:maybe |might want to |go )?re-?read (?:your|the) (?:ethics )?code|"
        r"(?:can't|cannot) believe i (?:have|need) to (?:spell (?:this|it) out|explain (?:this|it))|"
        r"(?:a |this |the |what a )?(?:dumpster fire|clown show|shitshow|circus)|"
        r"(?:pretend(?:ing)?|fake|faking) to (?:listen|care|be interested)|i(?:'m| am) (?:going to|about to) "
        r"(?:lose it|scream|snap|quit)|(?:with )?takes like (?:yours|that|this)|no wonder (?:you|this|people)|one more (?:client|patient|person|parent) (?:asks|tells|says|texts|cancels))\b",
        unless=NEGATION + "|" + MENTION,
        accept=not_quoted,
    ),
    Pattern(
        r"\b(?:lmao|lmfao|rofl)\b",
        unless=None,
        accept=in_sentence(
            r"\b(?:guy|gal|comments?|commenters?|people|clients?|patients?|he|she|they|y'all|you|"
            r"therapists?|coach|scam|idiots?|boards)\b"
        ),
    ),
    # Hostility at the person addressed, private messages included: a verdict on them, a demand, a threat.
    # "What were you thinking? … frankly unprofessional. Take it down now or I'll report you" (issue 11, col-003)
    Pattern(
        r"\bwhat (?:were|was) (?:you|she|he|they) (?:even )?thinking\b|\b(?:or (?:else|i'll|i will|we'll)|"
        r"before i) (?:report|file a complaint|contact (?:the|your) (?:board|licensing)|go to (?:the|your) board)"
        r"|\bi(?:'ll| will) report you\b|\b(?:delete|remove|take down) (?:this|that|it)(?: down)? "
        r"(?:now|immediately|right now|asap)\b|\btake (?:this|that|it) down (?:now|immediately|right now|asap)\b",
        unless=NEGATION + "|" + MENTION,
        accept=not_quoted,
    ),
    Pattern(
        r"\b(?:you're|you are|you were|that's|that was|this is|this was|it's|it is|it was|posting (?:that|this)"
        r"(?: was| is)?)(?: (?:frankly|honestly|just|completely|totally|utterly|so|beyond|incredibly|deeply))* "
        r"(?:unprofessional|irresponsible|reckless|disgraceful|shameful|appalling|pathetic|embarrassing|"
        r"incompetent|unethical and (?:you|it))\b",
        unless=NEGATION + "|" + MENTION + r"|\b(?:i|my|i'm|we|our|would be|could be|might be|can feel|may)\b",
        accept=not_quoted,
    ),
)

# Put-downs that need no rude word: a dismissal ("Sit down", "not reading all that"), sarcasm at a reviewer
# ("Funny how you didn't mention…", "that's literally how appointments work"), name-calling by noun ("a bunch
# of muppets", "an Instagram grifter"), and wishing people ill.
unprofessional_find = any_of(
    unprofessional_find,
    Pattern(
        r"(?:^|(?<=[.!?,]\s)|(?<=[.!?,]))(?:sit down|sort (?:yourself|yourselves) out|grow up)(?=[.!?]|$)|"
        r"\b(?:(?:maybe |try )?look(?:ing)? in the mirror|good luck finding (?:a|another|someone)|put up with you|"
        r"can do one(?=[.!,]|$)|not reading all that|not everything is about you|why are you (?:even )?here\?|"
        r"that's (?:literally |exactly )?how [a-z]+ works?|funny how (?:you|they|he|she|people|some people)|"
        r"glad you (?:didn't|did not|never) (?:come back|return|book)|(?:pretty|a bit|bit) rich|"
        r"(?:i'm|i am) not (?:babysitting|your (?:babysitter|mum|mom|mother|parent))|feel free to unfollow|"
        r"lighten up(?! (?:your|the|a|my|our))|for the (?:\d{1,3}(?:st|nd|rd|th)|hundredth|millionth|umpteenth) "
        r"time|(?:want|wanted|going) to scream|forgot (?:to take )?(?:their|his|her|your) meds|"
        r"(?:reaction|reactions|response|responses) (?:was|were) (?:a bit much|(?:way |a bit |a little )?over the "
        r"top|overblown))\b|🤡|🤦",
        unless=MENTION,
        accept=not_quoted,
    ),
    Pattern(
        r"\b(?:a (?:bunch|load|pack) of|such|total|complete|absolute|utter|an?) (?:[a-z]{1,25} )?(?:muppets?|"
        r"numpt(?:y|ies)|tossers?|grifters?|charlatans?|crooks|frauds|hacks|cowboys|amateurs|clowns)\b|"
        r"\bhope (?:[a-z]+ ){0,4}(?:has|have|gets?) (?:a )?(?:terrible|awful|miserable|horrible|rotten) "
        r"(?:day|week|time|life)\b|\b(?:are|is) the worst\b(?=[.!]| ever)",
        unless=NEGATION + "|" + MENTION + r"|\bif\b",
        accept=not_quoted,
    ),
    Pattern(
        r"\byour (?:[a-z']{1,25} ){0,2}(?:was|is|were|are) (?:a (?:total |complete |absolute )?(?:mess|joke|"
        r"disgrace|shambles)|ridiculous|useless|rubbish|garbage|laughable|the dumbest)\b|\b(?:this|that|it) is "
        r"(?:just |frankly |honestly )?(?:ridiculous|absurd|beyond a joke|a disgrace|an absolute disgrace)\b",
        unless=NEGATION + "|" + MENTION + r"|\b(?:if|i|my|i'm)\b",
        accept=not_quoted,
    ),
    # "don't go all psycho over chem tomorrow": the casual label about a situation
    Pattern(
        r"\b(?:go|going|went|gone) (?:all|full) (?:psycho|crazy|nuts|mental|schizo|bipolar|ocd|postal)\b",
        unless=None,
        accept=not_quoted,
    ),
)

# Sarcasm and put-downs in stock phrases: "smashing his gear on stream is certainly a choice", "nice try", "easy to say
# from behind a keyboard", "any first-year grad student knows better", "a walking lawsuit", "this place is a joke and
# I'm so done", "would turn any of us into a total psycho" ("embarrassing for our field" is a dig at colleagues, found
# by colleagues.py, not a tone)
unprofessional_find = any_of(
    unprofessional_find,
    Pattern(
        r"\b(?:is|was) (?:certainly|definitely|sure) a choice\b|\bnice try\b|\b(?:easy|brave) (?:thing )?to say from "
        r"behind a (?:keyboard|screen)\b|\bany (?:first-year|first year|1st year) (?:grad |graduate |psych )?student "
        r"(?:knows|could tell you)\b|\ba "
        r"walking (?:lawsuit|liability|red flag|disaster)\b|\bthis (?:place|job|agency|clinic|unit) is a (?:joke|circus|"
        r"dumpster fire)\b|\b(?:i'm|i am) so done\b|\b(?:a total|a complete|an absolute) psycho\b|\b(?:someone|somebody)"
        r"(?:'s| has) been doing (?:some )?detective work\b|\bhappy now\?|\b(?:someone|anyone|a (?:clinician|therapist|"
        r"professional)) (?:with|of) your (?:experience|training|credentials|standing|seniority) (?:would|should) "
        r"(?:know|have known) better\b",
        unless=NEGATION,
        accept=not_quoted,
    ),
)

# Clients talked about as a nuisance: "these late-night drama messages are exhausting, and some clients really push
# every boundary"
unprofessional_find = any_of(
    unprofessional_find,
    Pattern(
        r"\b(?:clients|patients|families|students)\b(?: [a-z']{1,15}){0,3} (?:really |always |constantly |just )?push "
        r"every (?:single )?(?:boundary|button)\b|\bdrama (?:messages|texts|dms|emails|calls|queens?|llamas?)\b",
        unless=NEGATION,
        accept=not_quoted,
    ),
)

UNPROFESSIONAL_TONE = Check(
    id="unprofessional-tone",
    principle="professional-presence",
    kind="must-avoid",
    what="sounds unprofessional",
    explanation="Profanity, insults, sarcasm or venting about clients and work tell a reader who may one day be "
    "a client how they might be spoken about; keep the page's language the way you would speak in "
    "the office",
    find=unprofessional_find,
    fires_on=(
        "These late-night drama messages are exhausting; some clients really push every boundary.",
        "Quitting on live TV is certainly a choice 💀",
        "Easy to say from behind a keyboard, Doug.",
        "Any first-year grad student knows you don't diagnose from a clip.",
        "Double shift again and admin wants more notes. This place is a joke.",
        "Marco, seriously? Posting that is gross.",
        "Every therapist has a few of those clients 😅",
        "Ugh, third no-show today. Some people really don't respect anyone's time 🙄",
        "Wtf, insurance denied another claim. This system is garbage.",
        "Clients who text me at midnight about their ex are driving me nuts",
        "OMG my 10am was a total psycho today 😂",
        "Honestly? Grow up. Therapy isn't a magic wand, sweetie.",
        "Jenna, what were you thinking? This is frankly unprofessional. Take it down now or I'll report you.",
        "Funny how you left out the three sessions you skipped. That's literally how cancellation fees work.",
        "Buddy, you read one book on attachment and now you're an expert? Sit down.",
        "The admin team upstairs are a bunch of muppets.",
        "Your discharge summary was a total mess, I couldn't follow any of it.",
        "@DrLeeCounselling this is exactly why nobody takes counsellors seriously. Do better.",
        "Honestly, you need to do better than copying other people's captions.",
    ),
    passes_on=(
        "Choosing a therapist is a personal choice, and it's fine to shop around.",
        '"She\'s so bipolar." "He\'s such a psycho." Words like these stick to real people with real diagnoses.',
        "You're not crazy for feeling this way. Your reaction makes sense.",
        "Words like 'crazy' and 'psycho' hurt people who live with mental illness.",
        "There are no stupid questions about therapy. Ask away in the comments!",
        "Feeling like you're going crazy is common during a panic attack; it's the body's alarm.",
        "I was worried the post could identify her. Would you consider taking it down?",
        "Take a seat, take a breath, and notice where you feel the tension.",
        "If your first reaction was to look away, that's a normal reaction.",
        "I used a slur as a punchline yesterday. I'm sorry: the video is down, and I'll do better.",
        "The video is deleted, and I'm going to do better in how I talk about mental illness.",
        "Feedback week! Tell us what we could do better; we read every note.",
    ),
)

CHECKS = (UNPROFESSIONAL_TONE,)
