"""Professional language: unprofessional tone, and language that stigmatises people or conditions.

Words talked about are not words used: "Words like 'crazy' hurt people" and "You're not crazy
for feeling this" are the kind of posts the course wants, so quoted and negated uses pass.
"""

from boundarylab.analysis.check import Check
from boundarylab.analysis.patterns import NEGATION, Pattern, any_of, gap, in_sentence, not_quoted

MENTION = (r"\b(?:word|words|term|terms|like|called|calling|call|say|saying|said|label|labels|labell?ing|use|using|"
           r"means?|phrase|phrases|instead of|rather than|avoid|stop saying|don't say|the language of|jokes? about|"
           r"feel|feeling|felt|afraid|fear|worry|worried|scared)\b")

def _opens_sentence(text: str, i: int) -> bool:
    before = text[max(0, i - 3):i]
    return i == 0 or before.endswith(("\n", ". ", "! ", "? ", ".\n"))


unprofessional_find = any_of(
    # profanity, including the starred kind
    Pattern(r"\b(?:fuck\w{0,20}|f\*{1,4}k\w{0,20}|f\*{2,6}|motherfuck\w{0,20}|shit\w{0,20}|sh\*t\w{0,20}|bullshit|"
            r"damn(?:ed|it)?|dammit|goddamn\w{0,20}|crap|crappy|piss(?:ed|es|ing)?|asshole\w{0,20}|arsehole\w{0,20}|"
            r"ass|asses|badass|jackass|bitch\w{0,20}|bastard\w{0,20}|dickhead\w{0,20}|douche\w{0,20}|wtf|stfu|ffs|"
            r"omfg|jfc|screw (?:you|this|them|that|it|insurance|my)|what the hell|the hell|hell no|hell yes|"
            r"hell yeah|as hell|go to hell|from hell|a hell of a|hell of a|like hell|to hell with|bloody hell|"
            r"pissy)\b", unless=None, accept=not_quoted),
    # insults and put-downs
    Pattern(r"(?<![\w-])(?:idiot\w{0,20}|stupid(?:ity)?|moron\w{0,20}|dumb(?:ass)?|dumbest|imbecile\w{0,20}|losers?|"
            r"pathetic|clowns?|jerks?|brats?|snowflakes?|get a life|shut up|cry me a river|get over yourself|whiny|"
            r"whiners?|crybab(?:y|ies)|worst (?:clients?|patients?|people)|entitled (?:brats?|people|clients|"
            r"parents)|lazy (?:clients|parents|ass)|trash|garbage|get lost|ok boomer|keyboard warriors?|trolls|"
            r"haters|dinosaurs|clueless (?:[a-z]{1,25} )?(?:people|folks|commenters|keyboard|idiots|haters|trolls|"
            r"parents|clients))\b",
            unless=r"\b(?:not|never|no|isn't|aren't|wasn't|weren't|feel(?:ing|s)?|felt|there are no|there's no)\b|"
                   r"\bmake (?:you|me|people|them) feel\b", accept=not_quoted),
    Pattern(r"\b(?:sorry not sorry|a you problem|sorry if (?:anyone|you|people|some(?: of you| people)?|i) (?:was|"
            r"were|got|are|felt|is|offended|upset)|(?:relax|chill|calm down|"
            r"lighten up),? it's (?:just )?(?:a )?(?:joke|meme|banter)|don't be (?:such )?(?:a|so) (?:snowflake|"
            r"sensitive|dramatic|baby)|get over it|can't take a joke|triggered much)\b",
            unless=None),
    # "crazy", "psycho" used about people, days and work
    Pattern(r"\b(?:crazy|cray|psycho|nutty|insane|lunatic|loony|looney|batshit|bonkers|unhinged|deranged|wacko|"
            r"whacko|nutter|(?:go|goes|going|went|gone|drive|drives|driving|drove|is|are|'s|'re) (?:me |you |us |"
            r"them )?nuts)\b(?! (?:bins?|ward|house|asylum|people|persons))",
            unless=NEGATION + "|" + MENTION, accept=not_quoted),
    # venting about clients and the job
    Pattern(r"\b(?:ugh{0,10}|urgh|argh|smh|eye ?roll)\b|🙄|🤬|🖕", unless=None),
    Pattern(r"\b(?:so |really |sick and |fed up and )?(?:sick|tired|fed up|done) (?:of|with) " + r"(?:[a-z']{1,25} "
            r"){0,3}(?:clients|patients|people|no-shows|no shows|insurance|parents|excuses|this job|my job|"
            r"this profession|paperwork|notes|cancellations|teenagers|couples)\b", unless=NEGATION),
    Pattern(r"\b(?:can't stand|cannot stand|hate (?:it )?when|hate (?:my |these |those )?(?:clients|patients)|"
            r"annoys me|drives me (?:nuts|crazy|insane|up the wall|bonkers|mad)|driving me (?:nuts|crazy|insane|"
            r"up the wall|mad|bonkers)|gets on my (?:last )?nerves?|pet peeve|rant:|vent:|rant incoming|(?:just|"
            r"gotta|need to) vent)",
            unless=NEGATION),
    Pattern(r"\boh (?:great|joy|goody|wonderful|fantastic|perfect|yay|lovely|super),? (?:another|more|just|so|now|"
            r"exactly|because|again|my)\b", unless=None),
    Pattern(r"\b(?:yeah|sure),? right\b", unless=None),
    Pattern(r"/s\b", unless=None, accept=lambda doc, m: m.start() == 0 or not doc.norm[m.start() - 1].isalnum()),
    Pattern(r"\bsaid no (?:one|therapist) ever\b", unless=None),
    Pattern(r"\bbecause (?:apparently|obviously)\b", unless=None),
    Pattern(r"\bthanks for nothing\b", unless=None),
    Pattern(r"\b(?:love|loving|just love) (?:it )?when (?:clients|patients|people|insurance|parents)\b", unless=None),
    Pattern(r"\b(?:(?:but )?go off(?: i guess)?|touch grass|who asked|nobody asked|stay mad|the audacity|bffr|"
            r"make it make sense|hot takes?)\b", unless=None),
    Pattern(r"\bgreat work\.(?= ?🙄)", unless=None),
    Pattern(r"\b(?:lovely|great|fantastic|perfect|wonderful|awesome|just great|just perfect|love that for me|"
            r"love this for me)\.(?:\s|$)", unless=None, accept=lambda doc, m: _opens_sentence(doc.norm, m.start())),
    Pattern(r"\b(?:another|third|fourth|fifth|yet another|second) no[- ]?show\b", unless=None),
    Pattern(r"\b(?:this|my) (?:job|week|caseload|day|practice|field) (?:is|has been) (?:a (?:mess|joke|nightmare|"
            r"circus|dumpster fire)|killing me|the worst|too much)\b|\bnot me (?:crying|screaming|losing it|hiding|"
            r"pretending)\b|(?:^|(?<=[.!?]\s))(?:classy|real professional|very professional|cool cool cool)\.",
            unless=None),
    Pattern(r"(?<![a-z])(?:f\*{1,4}k\w{0,10}|f\*{2,6}|sh\*t|s\*{2,4}|b\*{1,4}ch|a\*{1,3}hole|\$#!t)", unless=None),
    Pattern(r"\b(?:kill me now|shoot me now|end me|someone kill me|i want to scream)\b", unless=None),
    Pattern(r"\b(?:pretending to care|pretend to care|couldn't care less|could not care less|"
            r"don't get paid enough for this|not paid enough for this)\b", unless=None),
    Pattern(r"\b(?:[a-z]{1,25}'s|my|all my|these|the|our|your) (?:clients|caseload|patients|families) (?:are|"
            r"is) (?:all |literally |so |just |always )?(?:in crisis|a mess|exhausting|draining|too much|killing me|"
            r"driving me|the worst|needy|clingy|impossible)\b", unless=NEGATION),
    # laughing at clients
    Pattern(r"\b(?:lol|lmao|lmfao|rofl|haha{0,10}|hehe{0,10})\b|😂|🤣", unless=None,
            accept=in_sentence(r"\b(?:clients?|patients?|session|my \d{1,2} ?(?:am|pm)|couple i'm|caseload|notes|"
                    r"paperwork)\b")),
)

# Talking down to a reader or a client, whatever the words: pet names used as put-downs, dismissive
# imperatives, mockery, and threatening to lose it over clients.
unprofessional_find = any_of(
    unprofessional_find,
    Pattern(r"(?:,|\.\.\.|-) ?(?:sweetie|sweetheart|honey|darling|buddy|pal|champ|princess|kiddo)\b"
            r"|\b(?:grow up|get a grip|get over yourself|do better|bless your heart|skill issue|learn to read|"
            r"read the (?:post|room|caption)|cope harder|cry about it|stay pressed|not my emergency|"
            r"(?:a |this |the |what a )?(?:dumpster fire|clown show|shitshow|circus)|"
            r"(?:pretend(?:ing)?|fake|faking) to (?:listen|care|be interested)|i(?:'m| am) (?:going to|about to) "
            r"(?:lose it|scream|snap|quit)|(?:with )?takes like (?:yours|that|this)|no wonder (?:you|this|people)|one more (?:client|patient|person|parent) (?:asks|tells|says|texts|cancels))\b",
            unless=NEGATION + "|" + MENTION, accept=not_quoted),
    Pattern(r"\b(?:lmao|lmfao|rofl)\b", unless=None,
            accept=in_sentence(r"\b(?:guy|gal|comments?|commenters?|people|clients?|patients?|he|she|they|y'all|you|"
                               r"therapists?|coach|scam|idiots?|boards)\b")),
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
        "Ugh, third no-show today. Some people really don't respect anyone's time 🙄",
        "Wtf, insurance denied another claim. This system is garbage.",
        "Clients who text me at midnight about their ex are driving me nuts",
        "OMG my 10am was a total psycho today 😂",
        "Honestly? Grow up. Therapy isn't a magic wand, sweetie.",
    ),
    passes_on=(
        "You're not crazy for feeling this way. Your reaction makes sense.",
        "Words like 'crazy' and 'psycho' hurt people who live with mental illness.",
        "There are no stupid questions about therapy. Ask away in the comments!",
        "Feeling like you're going crazy is common during a panic attack; it's the body's alarm.",
    ),
)

SLURS = (r"\b(?:retard(?:ed|s)?|tard|spaz(?:z|zes|zy)?|schizos?|psychos|lunatics|loonies|crazies|nut ?jobs?|"
         r"nutcases?|nut cases?|mental cases?|basket cases?|looney bins?|loony bins?|nut ?house|funny farm|"
         r"insane asylum|crackheads?|druggies|tweakers|bipolars|borderlines|sickos?|psycho ward|"
         r"the mentally ill are)\b")
GROUP = (r"(?:(?:people|those|anyone|folks|men|women|kids|teens|everyone|persons|individuals|someone|patients|"
         r"clients)(?: who (?:are|have|has)| living with| diagnosed with| suffering from| struggling with|"
         r" with) (?:[a-z\-]{1,25} ){1,3}|(?:addicts|alcoholics|schizophrenics|borderlines|narcissists|bipolars|"
         r"depressives|anorexics|the mentally ill|mentally ill people|crazy people|psychopaths|sociopaths|"
         r"autistic people|autistics|adhders|people with adhd|veterans|suicidal people|people who self-harm|cutters|"
         r"trans people|gay people|immigrants|the homeless|homeless people|fat people|(?:bipolar|borderline|"
         r"schizophrenic|depressed|anxious|autistic|adhd|ocd|ptsd|mentally ill|suicidal|psychotic|narcissistic|"
         r"traumati[sz]ed) (?:people|folks|men|women|kids|persons|individuals|patients|clients|types)|obese people|"
         r"drug users|smokers|men who cry|depressed people|anxious people) )")
BAD = (r"(?:dangerous|violent|manipulative|lazy|weak|attention[- ]seek(?:ing|ers)|crazy|toxic|evil|hopeless|broken|"
       r"selfish|liars|monsters|a lost cause|lost causes|beyond help|unfixable|damaged|faking(?: it)?|fakers|"
       r"drama queens|unstable|a danger|a burden|burdens|cowards|not to be trusted|untrustworthy|parasites|animals|"
       r"disgusting|freaks|losers|bad people|the worst|incapable|unlovable|irredeemable|psychos|ticking time bombs|"
       r"time bombs|just looking for attention|looking for attention|a drain|pathetic|vain|(?:[a-z]{1,25} )?(?:who|"
       r"that) want attention|attention[- ]whores?|(?:[a-z]{1,25} ){0,2}(?:girls?|boys?|people|kids) (?:who|"
       r"that) want attention|faking|lazy)")
MINIMISED = (r"(?:self[- ]harm|cutting|suicide|suicidal thoughts|suicide attempts?|depression|anxiety|adhd|ptsd|ocd|"
             r"eating disorders?|anorexia|bulimia|mental illness|mental health (?:issues|problems)|therapy|"
             r"panic attacks?|addiction|bipolar(?: disorder)?|autism|trauma|grief)")

# A group defined by a condition, identity, treatment or addiction, however it is phrased: "men who cry in
# front of their partners", "anyone on antidepressants", "older folks with dementia".
GROUP_NOUN = (r"(?:people|persons|anyone|anybody|everyone|everybody|those|folks|men|women|guys|girls|boys|kids|teens|"
              r"teenagers|adults|parents|moms|dads|mothers|fathers|individuals|patients|clients|veterans|students)")
DEFINED_GROUP = (r"(?:(?:[a-z]{1,25} )?" + GROUP_NOUN + r" (?:who|that) (?!are not|aren't|don't|do not)"
                 r"(?:[a-z'\-]{1,25} ){1,6}|(?:[a-z]{1,25} )?" + GROUP_NOUN + r" (?:on|taking|with|in|using|addicted to) "
                 r"(?:[a-z'\-]{1,25} ){1,3})")
DEMEANED = (r"(?:weak|lazy|selfish|cowards?|cowardly|broken|damaged|dangerous|violent|manipulative|crazy|pathetic|"
            r"(?:just |basically |like )?(?:children|kids|babies|toddlers|vegetables|animals)|"
            r"(?:just |simply )?taking the easy way out|(?:just )?looking for (?:attention|excuses|a handout)|"
            r"attention[- ]seek(?:ing|ers)|a burden|burdens|hopeless|lost causes?|fakers?|faking(?: it)?|"
            r"(?:not|never) (?:real )?(?:men|women)|less than|disgusting|freaks|failures)")
TRAGEDY = (r"(?:autism|adhd|down syndrome|schizophrenia|bipolar(?: disorder)?|depression|mental illness|disability|"
           r"being (?:gay|trans|autistic|disabled)|addiction|dementia|deafness|blindness)")

# Sweeping claims about a whole group: a group named by a condition, identity or addiction as the subject, a
# generalising verb, and a demeaning judgement within the clause ("Addicts are all liars", "Bipolar people are
# exhausting", "Schizophrenics shouldn't be allowed to have kids").
COND_ADJ = (r"(?:bipolar|autistic|schizophrenic|depressed|anxious|trans|transgender|gay|lesbian|queer|fat|obese|disabled|"
            r"addicted|mentally ill|suicidal|adhd|ocd|borderline|homeless|neurodivergent|psychotic|anorexic|"
            r"traumati[sz]ed|disordered|sober|recovering|chronically ill|ptsd|immigrant|poor|neurotic)")
COND_NOUN = (r"(?:addicts|alcoholics|schizophrenics|narcissists|borderlines|autistics|junkies|anorexics|bulimics|"
             r"depressives|psychopaths|sociopaths|druggies|crackheads|the mentally ill|bipolars|adhders|cutters|"
             r"the homeless|immigrants|smokers|drug users|users|hoarders|gamblers|self-harmers|diabetics|the disabled|"
             r"the obese|trans (?:people|folks|women|men|kids|youth)|meth addicts|heroin addicts|opioid addicts|"
             r"drug addicts|sex addicts|gambling addicts)")
COND_TOPIC = (r"(?:depression|anxiety|adhd|ptsd|ocd|bpd|bipolar(?: disorder)?|schizophrenia|autism|addiction|"
              r"alcoholism|anorexia|bulimia|eating disorders?|mental illness|self-harm|trauma|dementia|"
              r"being (?:trans|gay|autistic|fat|disabled))")
GROUP_SUBJECT = (r"(?:(?:all |most |these |those |so many |many )?" + COND_ADJ + r" (?:people|persons|folks|men|women|"
                 r"kids|children|adults|teens|teenagers|patients|clients|individuals|types|parents|moms|dads|mothers|fathers|employees|"
                 r"partners)|(?:all |most |these |those )?" + COND_NOUN + r"|(?:people|anyone|those|someone|folks|"
                 r"kids|adults) (?:with|who have|living with|diagnosed with|suffering from) " + COND_TOPIC + r"|(?:people|those|"
                 r"kids|teens|girls|boys|anyone|women|men) who (?:self-harm|cut|purge|binge|hear voices|use drugs|"
                 r"drink|are (?:trans|gay|fat|depressed|anxious|addicted|autistic|bipolar|suicidal)))")
SWEEPING = (r"(?:are|is|can't|cannot|can never|shouldn't|should not|should never|will never|never|don't deserve|"
            r"do not deserve|have only themselves|only have themselves|just need|just want|only want|need to|lack|"
            r"are incapable|are never|will always|always|want|just want|only want|crave)")
DEMEANING = (r"(?:liars?|confused|discipline|willpower|self-control|beyond (?:saving|help|hope|repair|"
             r"redemption)|love (?:anyone|anybody|properly|their kids)|empathi[sz]e|be trusted|raise (?:kids|children)|"
             r"have (?:custody|kids|children|relationships)|be parents|work with (?:kids|children)|"
             r"impossible to (?:treat|work with|love|live with)|exhausting|draining|a burden|burdens|lack(?:ing)? (?:discipline|willpower|self-control|"
             r"character)|(?:can't|cannot) (?:really )?(?:love|be trusted|parent|change|function|hold a job|be helped)|"
             r"be allowed|(?:only )?themselves to blame|to blame|whin(?:e|ing|ers)|stop (?:whining|complaining|"
             r"being lazy|making excuses)|toughen up|try harder|get over it|manipulat\w{0,5}|dangerous|violent|lazy|"
             r"weak|selfish|crazy|broken|damaged|hopeless|worthless|useless|pathetic|disgusting|attention|excuses?|"
             r"faking|fakers|a phase|a trend|criminals|animals|monsters|time bombs|unfit|a drain|leeches|parasites|"
             r"freaks|abominations?|sick in the head|deluded|delusional|mentally ill|not (?:real|normal|capable)|"
             r"incapable|irredeemable|a lost cause|lost causes|doomed|grooming)")
NOT_SWEEPING = (NEGATION + r"|\b(?:myth|stereotype|assume|assumes|assumption|believe|think|thinks|idea that|claim|"
                r"claims|told|tell|telling|heard|hear|say|says|said|feel|felt|worry|fear|afraid|misconception|"
                r"stigma|why|if|whether|often described|treated as|seen as|viewed as|labell?ed)\b")

UNDENIED = r"(?:(?!\bnot\b|n't\b|\bnever\b|\bno\b)[^.!?\n]){0,40}"  # "are not lazy" denies the stereotype

harmful_find = any_of(
    Pattern(r"\b" + GROUP_SUBJECT + r"\b(?:" + gap(30) + r")\b" + SWEEPING + r"\b" + UNDENIED + r"\b" + DEMEANING +
            r"\b", unless=NOT_SWEEPING, unless_after=r"^\W{0,3}(?:right\?|is a myth|isn't true)"),
    Pattern(r"\b" + COND_TOPIC + r" (?:is|are) (?:just |only |really |basically |simply )?(?:an? )?(?:excuse|"
            r"rich (?:girl|kid|person|people)'?s?|made[- ]up|invented|trend\w{0,3}|fad|phase|choice|weakness|"
            r"luxury|first[- ]world)\b", unless=NOT_SWEEPING),
    Pattern(r"\b" + DEFINED_GROUP + r"(?:are|is)(?: all| just| basically| simply| always| inherently| really| so|"
            r" nothing but| weak and){0,3} " + DEMEANED + r"\b",
            unless=NEGATION + r"|\b(?:myth|stereotype|assume|believe|think|idea that|claim|told|heard|feel|felt|"
                              r"worry|fear|afraid)\b"),
    Pattern(r"\b" + TRAGEDY + r" (?:is|are) (?:a |an |such a |the )?(?:tragedy|curse|death sentence|punishment|"
            r"disease (?:to|that needs to) be (?:cured|eradicated|wiped out)|fate worse than death|burden on "
            r"(?:families|society|everyone)|something (?:no|that no) (?:family|parent|one) should)\b",
            unless=NEGATION + "|" + MENTION + r"|\b(?:myth|stereotype|idea that|framing)\b"),

    Pattern(SLURS, unless=NEGATION + "|" + MENTION, accept=not_quoted),
    # "the weather is so bipolar", "I'm a little OCD about my desk"
    Pattern(r"\b(?:so|such|a little|a bit|totally|literally|super|kinda|kind of|sooo?|lowkey|low-key|highkey|"
            r"bit) (?:ocd|bipolar|schizo|schizophrenic|autistic|adhd|anorexic|psychotic|ptsd|add)\b(?! (?:diagnosis|"
            r"disorder|symptoms|is|are|means|community|clients|people|children|kids|adults))",
            unless=NEGATION + "|" + MENTION, accept=not_quoted),
    Pattern(r"\b(?:weather|mood|day|week|market|stock|cat|dog|boss|wifi|printer|weekend|schedule|city|town) (?:is|"
            r"was|'s) (?:so |totally |literally |kinda |a bit |being )?(?:bipolar|schizophrenic|psychotic|schizo|"
            r"autistic|ocd)\b",
            unless=NEGATION),
    Pattern(r"\b(?:committed|commit|commits|committing|successful|failed|unsuccessful) suicide\b",
            unless=r"\b(?:not|rather than|instead of|avoid|say|saying|phrase|term|words?|stop|don't|never|call it|"
                   r"replace|outdated|why)\b", accept=not_quoted),
    Pattern(r"\bjunkies?\b", unless=NEGATION + "|" + MENTION + r"|\b(?:adrenaline|news|gym|fitness|coffee|sugar|"
            r"caffeine|book|podcast|data|wellness|travel|info|self-care|political|history|science|tech)\s{0,5}$"),
    Pattern(r"\b" + GROUP + r"(?:are|is)(?: all| just| basically| simply| always| inherently| usually| often| so|"
            r" really| totally| naturally| born| nothing but){0,3} " + BAD + r"\b", unless=NEGATION +
                            r"|\b(?:myth|stereotype|assume|believe|think|idea that|claim|told|heard)\b"),
    Pattern(r"[\"']?(?:schizo|psycho|retard(?:ed)?|spaz|lunatic|mental|crazy|nutter|loony)[\"']? (?:is|are) (?:just|"
            r"only|literally just|simply) (?:slang|a word|words|a joke|jokes|banter|harmless|a figure of speech|"
            r"an expression)\b",
            unless=None),
    Pattern(r"\b(?:shooters?|killers?|murderers?|criminals?|terrorists?|attackers?|gunm[ae]n|abusers?|"
            r"rapists?) (?:are|is|was) (?:all |always |obviously |clearly |just |probably )?(?:mentally ill|crazy|"
            r"psychos?|psychotic|insane|schizophrenic|sick in the head|nuts|unhinged)\b|\b(?:mentally ill|crazy|"
            r"psychotic|schizophrenic|psychos?|insane),? (?:they all are|they always are|they all do|"
            r"every single one)\b", unless=NEGATION + r"|\b(?:myth|assume|not all)\b"),
    Pattern(r"\b(?:never|don't|do not) (?:date|trust|hire|marry|befriend|rent to|believe) (?:a |an |anyone with |"
            r"someone with |people with |anyone who has )?(?:[a-z]{1,25} )?(?:bpd|bipolar|borderline|narcissist|"
            r"schizophrenic|addict|depressed (?:person|people|girl|guy)|mental illness|ptsd|"
            r"a history of mental illness)\b",
            unless=None),
    Pattern(r"\b" + MINIMISED + r" (?:is|are|'s) (?:just |only |simply |really just |mostly |all |nothing but |"
            r"basically |so )?(?:attention[- ]seeking|a (?:phase|choice|trend|fad|myth|excuse|cop-out|crutch|"
            r"sign of weakness|weakness|selfish act|cry for attention)|laziness|lazy|an excuse|in (?:your|their|"
            r"the) head|weakness|made up|fake|selfish|for (?:the )?weak(?: people)?|for attention|cowardly|"
            r"a cowardly act|a lack of willpower|a character flaw|overdiagnosed nonsense|not real|a scam|"
            r"for snowflakes|a first[- ]world problem|(?:the )?(?:most |ultimate |such an? )?(?:selfish|cowardly) "
            r"(?:thing|act|choice|decision)s?|the easy way out|a luxury)\b",
            unless=NEGATION + "|" + MENTION + r"|\b(?:myth|stereotype|idea that|believe that|think that|"
                    r"(?:if )?you (?:think|believe|say)|people (?:think|believe|say))\b"),
    Pattern(r"\b(?:real men don't (?:cry|need therapy|talk about (?:their )?feelings|get depressed|go to therapy)|"
            r"man up|snap out of it|toughen up|suck it up|boys don't cry|(?:just|simply) (?:choose|"
            r"decide) to be happy|happiness is a choice|pray it away|walk it off)\b",
            unless=NEGATION + "|" + MENTION + r"|\b(?:myth|stereotype|told (?:him|her|them|me)|hear|heard)\b",
            accept=not_quoted),
    Pattern(r"\b(?:so|such an?|total|complete|absolute) (?:selfish|weak|cowardly)\b", unless=NEGATION,
            accept=in_sentence(r"\b(?:suicide|suicidal|depress\w{0,20}|anxiety|therapy|mental|overdos\w{0,20}|"
                    r"self-harm)\b")),
)

HARMFUL_LANGUAGE = Check(
    id="harmful-language",
    principle="professional-presence",
    kind="must-avoid",
    what="is stigmatising or demeaning language about people or conditions",
    explanation="Slurs, jokes about diagnoses and sweeping claims about groups hurt readers who live with these "
                "conditions and keep people from seeking help; a therapist's page is read as the profession speaking",
    find=harmful_find,
    fires_on=(
        "Self-harm is just attention seeking. Ignore it and it'll stop.",
        "People with BPD are manipulative, full stop.",
        "I'm so OCD about my planner 😅",
        "Another celebrity committed suicide.",
        "Real men don't need therapy, they need a job.",
        "Addicts are all liars, every single one of them.",
        "Bipolar moms shouldn't have custody, period.",
    ),
    passes_on=(
        "We say 'died by suicide' rather than 'committed suicide' because suicide is not a crime.",
        "Self-harm is not attention seeking. It's usually a way of coping with pain.",
        "People with schizophrenia are far more likely to be victims of violence than to be violent.",
        "OCD is not about being tidy. It's intrusive thoughts and exhausting rituals.",
        "People with depression are not lazy. Their energy is being used up by the illness.",
    ),
)

CHECKS = (UNPROFESSIONAL_TONE, HARMFUL_LANGUAGE)
