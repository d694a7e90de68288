"""Stigmatising language: slurs, diagnoses used as jokes, and sweeping claims about groups of people.

Words talked about are not words used: quoting a slur to condemn it, or naming a stereotype to refute it,
passes; a group defined by a condition, identity or addiction that is demeaned does not.
"""

from boundarylab.analysis.check import Check
from boundarylab.analysis.patterns import NEGATION, Pattern, any_of, gap, in_sentence, in_window, not_quoted
from boundarylab.analysis.rules.tone import MENTION

SLURS = (
    r"\b(?:retard(?:ed|s)?|tard|spaz(?:z|zes|zy)?|schizos?|psychos|lunatics|loonies|crazies|nut ?jobs?|"
    r"nutcases?|nut cases?|mental cases?|basket cases?|looney bins?|loony bins?|nut ?house|funny farm|"
    r"insane asylum|crackheads?|druggies|tweakers|bipolars|borderlines|sickos?|psycho ward|anorexics|"
    r"bulimics|schizophrenics|"
    r"the mentally ill are)\b"
)
GROUP = (
    r"(?:(?:people|those|anyone|folks|men|women|kids|teens|everyone|persons|individuals|someone|patients|"
    r"clients)(?: who (?:are|have|has)| living with| diagnosed with| suffering from| struggling with|"
    r" with) (?:[a-z\-]{1,25} ){1,3}|(?:addicts|alcoholics|schizophrenics|borderlines|narcissists|bipolars|"
    r"depressives|anorexics|the mentally ill|mentally ill people|crazy people|psychopaths|sociopaths|"
    r"autistic people|autistics|adhders|people with adhd|veterans|suicidal people|people who self-harm|cutters|"
    r"trans people|gay people|immigrants|the homeless|homeless people|fat people|(?:bipolar|borderline|"
    r"schizophrenic|depressed|anxious|autistic|adhd|ocd|ptsd|mentally ill|suicidal|psychotic|narcissistic|"
    r"traumati[sz]ed) (?:people|folks|men|women|kids|persons|individuals|patients|clients|types)|obese people|"
    r"drug users|smokers|men who cry|depressed people|anxious people) )"
)
BAD = (
    r"(?:dangerous|violent|manipulative|lazy|weak|attention[- ]seek(?:ing|ers)|crazy|toxic|evil|hopeless|broken|"
    r"selfish|liars|monsters|a lost cause|lost causes|beyond help|unfixable|damaged|faking(?: it)?|fakers|"
    r"drama queens|unstable|a danger|a burden|burdens|cowards|not to be trusted|untrustworthy|parasites|animals|"
    r"disgusting|freaks|losers|bad people|the worst|incapable|unlovable|irredeemable|psychos|ticking time bombs|"
    r"time bombs|just looking for attention|looking for attention|a drain|pathetic|vain|(?:[a-z]{1,25} )?(?:who|"
    r"that) want attention|attention[- ]whores?|(?:[a-z]{1,25} ){0,2}(?:girls?|boys?|people|kids) (?:who|"
    r"that) want attention|faking|lazy)"
)
MINIMISED = (
    r"(?:self[- ]harm|cutting|suicide|suicidal thoughts|suicide attempts?|depression|anxiety|adhd|ptsd|ocd|"
    r"eating disorders?|anorexia|bulimia|mental illness|mental health (?:issues|problems)|therapy|"
    r"panic attacks?|addiction|bipolar(?: disorder)?|autism|trauma|grief)"
)

# A group defined by a condition, identity, treatment or addiction, however it is phrased: "men who cry in
# front of their partners", "anyone on antidepressants", "older folks with dementia".
GROUP_NOUN = (
    r"(?:people|persons|anyone|anybody|everyone|everybody|those|folks|men|women|guys|girls|boys|kids|teens|"
    r"teenagers|adults|parents|moms|dads|mothers|fathers|individuals|patients|clients|veterans|students)"
)
DEFINED_GROUP = (
    r"(?:(?:[a-z]{1,25} )?" + GROUP_NOUN + r" (?:who|that) (?!are not|aren't|don't|do not)"
    r"(?:[a-z'\-]{1,25} ){1,6}|(?:[a-z]{1,25} )?" + GROUP_NOUN + r" (?:on|taking|with|in|using|addicted to) "
    r"(?:[a-z'\-]{1,25} ){1,3})"
)
DEMEANED = (
    r"(?:weak|lazy|selfish|cowards?|cowardly|broken|damaged|dangerous|violent|manipulative|crazy|pathetic|"
    r"(?:just |basically |like )?(?:children|kids|babies|toddlers|vegetables|animals)|"
    r"(?:just |simply )?taking the easy way out|(?:just )?looking for (?:attention|excuses|a handout)|"
    r"attention[- ]seek(?:ing|ers)|a burden|burdens|hopeless|lost causes?|fakers?|faking(?: it)?|"
    r"(?:not|never) (?:real )?(?:men|women)|less than|disgusting|freaks|failures)"
)
TRAGEDY = (
    r"(?:autism|adhd|down syndrome|schizophrenia|bipolar(?: disorder)?|depression|mental illness|disability|"
    r"being (?:gay|trans|autistic|disabled)|addiction|dementia|deafness|blindness)"
)

# Sweeping claims about a whole group: a group named by a condition, identity or addiction as the subject, a
# generalising verb, and a demeaning judgement within the clause ("Addicts are all liars", "Bipolar people are
# exhausting", "Schizophrenics shouldn't be allowed to have kids").
COND_ADJ = (
    r"(?:bipolar|autistic|schizophrenic|depressed|anxious|trans|transgender|gay|lesbian|queer|fat|obese|disabled|"
    r"addicted|mentally ill|suicidal|adhd|ocd|bpd|borderline|homeless|neurodivergent|psychotic|anorexic|"
    r"traumati[sz]ed|disordered|sober|recovering|chronically ill|ptsd|immigrant|poor|neurotic)"
)
COND_NOUN = (
    r"(?:addicts|alcoholics|schizophrenics|narcissists|borderlines|autistics|junkies|anorexics|bulimics|"
    r"depressives|psychopaths|sociopaths|druggies|crackheads|the mentally ill|bipolars|adhders|cutters|"
    r"the homeless|immigrants|smokers|drug users|users|hoarders|gamblers|self-harmers|diabetics|the disabled|"
    r"the obese|trans (?:people|folks|women|men|kids|youth)|meth addicts|heroin addicts|opioid addicts|"
    r"drug addicts|sex addicts|gambling addicts)"
)
COND_TOPIC = (
    r"(?:depression|anxiety|adhd|ptsd|ocd|bpd|bipolar(?: disorder)?|schizophrenia|autism|addiction|"
    r"alcoholism|anorexia|bulimia|eating disorders?|mental illness|self[- ]harm|trauma|dementia|"
    r"being (?:trans|gay|autistic|fat|disabled))"
)
GROUP_SUBJECT = (
    r"(?:(?:all |most |these |those |so many |many )?" + COND_ADJ + r" (?:people|persons|folks|men|women|"
    r"kids|children|adults|teens|teenagers|patients|clients|individuals|types|parents|moms|dads|mothers|fathers|employees|"
    r"partners)|(?:all |most |these |those )?" + COND_NOUN + r"|(?:people|anyone|those|someone|folks|"
    r"kids|adults) (?:with|who have|living with|diagnosed with|suffering from) " + COND_TOPIC + r"|(?:people|those|"
    r"kids|teens|girls|boys|anyone|women|men) who (?:self[- ]harm|cut|purge|binge|hear voices|use drugs|"
    r"drink|are (?:trans|gay|fat|depressed|anxious|addicted|autistic|bipolar|suicidal)))"
)
SWEEPING = (
    r"(?:are|is|can't|cannot|can never|shouldn't|should not|should never|will never|never|don't deserve|"
    r"do not deserve|have only themselves|only have themselves|just need|just want|only want|need to|lack|"
    r"are incapable|are never|will always|always|want|just want|only want|crave)"
)
DEMEANING = (
    r"(?:liars?|confused|discipline|willpower|self-control|beyond (?:saving|help|hope|repair|"
    r"redemption)|love (?:anyone|anybody|properly|their kids)|empathi[sz]e|empathy|emotions|feelings|"
    r"read (?:emotions|faces|people|the room|social cues)|social skills|be trusted|raise (?:kids|children)|"
    r"have (?:custody|kids|children|relationships)|be parents|work with (?:kids|children)|"
    r"impossible to (?:treat|work with|love|live with)|exhausting|draining|a burden|burdens|lack(?:ing)? (?:discipline|willpower|self-control|"
    r"character)|(?:can't|cannot) (?:really )?(?:love|be trusted|parent|change|function|hold a job|be helped)|"
    r"be allowed|(?:only )?themselves to blame|to blame|whin(?:e|ing|ers)|stop (?:whining|complaining|"
    r"being lazy|making excuses)|toughen up|try harder|get over it|manipulat\w{0,5}|dangerous|violent|lazy|"
    r"weak|selfish|crazy|broken|damaged|hopeless|worthless|useless|pathetic|disgusting|attention|excuses?|"
    r"in (?:total |complete |total and utter )?denial|"
    r"faking|fakers|a phase|a trend|criminals|animals|monsters|time bombs|unfit|a drain|leeches|parasites|"
    r"freaks|abominations?|sick in the head|deluded|delusional|mentally ill|not (?:real|normal|capable)|"
    r"incapable|irredeemable|a lost cause|lost causes|doomed|grooming|evil|born evil|the worst|drama)"
)
NOT_SWEEPING = (
    NEGATION + r"|\b(?:myth|stereotype|assume|assumes|assumption|believe|think|thinks|idea that|claim|"
    r"claims|told|tell|telling|heard|hear|say|says|said|feel|felt|worry|fear|afraid|misconception|"
    r"stigma|why|if|whether|often described|treated as|seen as|viewed as|labell?ed)\b"
)


def undenied(n: int) -> str:
    """Up to n characters of one sentence with no negation among them: "are not lazy" denies the stereotype."""
    return rf"(?:(?!\bnot\b|n't\b|\bnever\b|\bno\b)[^.!?\n]){{0,{n}}}"


harmful_find = any_of(
    Pattern(
        # "autistic people don't lack empathy" denies it before the verb, "are not lazy" after it
        r"\b"
        + GROUP_SUBJECT
        + r"\b"
        + undenied(30)
        + r"\b"
        + SWEEPING
        + r"\b"
        + undenied(40)
        + r"\b"
        + DEMEANING
        + r"\b",
        unless=NOT_SWEEPING,
        unless_after=r"^\W{0,3}(?:right\?|is a myth|isn't true)",
    ),
    Pattern(
        r"\b" + COND_TOPIC + r" (?:is|are) (?:just |only |really |basically |simply )?(?:an? )?(?:excuse|"
        r"rich (?:girl|kid|person|people)'?s?|made[- ]up|invented|trend(?!ing)\w{0,3}|fad|phase|choice|weakness|"
        r"luxury|first[- ]world)\b",
        unless=NOT_SWEEPING,
    ),
    Pattern(
        r"\b" + DEFINED_GROUP + r"(?:are|is)(?: all| just| basically| simply| always| inherently| really| so|"
        r" nothing but| weak and){0,3} " + DEMEANED + r"\b",
        unless=NEGATION + r"|\b(?:myth|stereotype|assume|believe|think|idea that|claim|told|heard|feel|felt|"
        r"worry|fear|afraid)\b",
    ),
    Pattern(
        r"\b" + TRAGEDY + r" (?:is|are) (?:a |an |such a |the )?(?:tragedy|curse|death sentence|punishment|"
        r"disease (?:to|that needs to) be (?:cured|eradicated|wiped out)|fate worse than death|burden on "
        r"(?:families|society|everyone)|something (?:no|that no) (?:family|parent|one) should)\b",
        unless=NEGATION + "|" + MENTION + r"|\b(?:myth|stereotype|idea that|framing)\b",
    ),
    Pattern(SLURS, unless=NEGATION + "|" + MENTION, accept=not_quoted),
    # "the weather is so bipolar", "I'm a little OCD about my desk"
    Pattern(
        r"\b(?:so|such|a little|a bit|totally|literally|super|kinda|kind of|sooo?|lowkey|low-key|highkey|"
        r"bit) (?:ocd|bipolar|schizo|schizophrenic|autistic|adhd|anorexic|psychotic|ptsd|add)\b(?! (?:diagnosis|"
        r"disorder|symptoms|is|are|means|community|clients|people|children|kids|adults))",
        unless=NEGATION + "|" + MENTION,
        accept=not_quoted,
    ),
    Pattern(
        r"\b(?:weather|mood|day|week|market|stock|cat|dog|boss|wifi|printer|weekend|schedule|city|town) (?:is|"
        r"was|'s) (?:so |totally |literally |kinda |a bit |being )?(?:bipolar|schizophrenic|psychotic|schizo|"
        r"autistic|ocd)\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\b(?:committed|commit|commits|committing|successful|failed|unsuccessful) suicide\b",
        unless=r"\b(?:not|rather than|instead of|avoid|say|saying|phrase|term|words?|stop|don't|never|call it|"
        r"replace|outdated|why)\b",
        accept=not_quoted,
    ),
    Pattern(
        r"\bjunkies?\b",
        unless=NEGATION + "|" + MENTION + r"|\b(?:adrenaline|news|gym|fitness|coffee|sugar|"
        r"caffeine|book|podcast|data|wellness|travel|info|self-care|political|history|science|tech)\s{0,5}$",
    ),
    Pattern(
        r"\b" + GROUP + r"(?:are|is)(?: all| just| basically| simply| always| inherently| usually| often| so|"
        r" really| totally| naturally| born| nothing but){0,3} " + BAD + r"\b",
        unless=NEGATION + r"|\b(?:myth|stereotype|assume|believe|think|idea that|claim|told|heard)\b",
    ),
    Pattern(
        r"[\"']?(?:schizo|psycho|retard(?:ed)?|spaz|lunatic|mental|crazy|nutter|loony)[\"']? (?:is|are) (?:just|"
        r"only|literally just|simply|everyday|common|normal|just everyday) (?:slang|a word|words|a joke|jokes|banter|harmless|a figure of speech|"
        r"an expression)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:shooters?|killers?|murderers?|criminals?|terrorists?|attackers?|gunm[ae]n|abusers?|"
        r"rapists?) (?:are|is|was) (?:all |always |obviously |clearly |just |probably )?(?:mentally ill|crazy|"
        r"psychos?|psychotic|insane|schizophrenic|sick in the head|nuts|unhinged)\b|\b(?:mentally ill|crazy|"
        r"psychotic|schizophrenic|psychos?|insane),? (?:they all are|they always are|they all do|"
        r"every single one)\b",
        unless=NEGATION + r"|\b(?:myth|assume|not all)\b",
    ),
    Pattern(
        r"\b(?:never|don't|do not) (?:date|trust|hire|marry|befriend|rent to|believe) (?:a |an |anyone with |"
        r"someone with |people with |anyone who has )?(?:[a-z]{1,25} )?(?:bpd|bipolar|borderline|narcissist|"
        r"schizophrenic|addict|depressed (?:person|people|girl|guy)|mental illness|ptsd|"
        r"a history of mental illness)\b",
        unless=None,
    ),
    Pattern(
        r"\b" + MINIMISED + r" (?:is|are|'s) (?:just |only |simply |really just |mostly |all |nothing but |"
        r"basically |so )?(?:attention[- ]seeking|a (?:phase|choice|trend|fad|myth|excuse|cop-out|crutch|"
        r"sign of weakness|weakness|selfish act|cry for attention)|laziness|lazy|an excuse|in (?:your|their|"
        r"the) head|weakness|made up|fake|selfish|for (?:the )?weak(?: people)?|for attention|cowardly|"
        r"a cowardly act|a lack of willpower|a character flaw|overdiagnosed nonsense|not real|a scam|"
        r"for snowflakes|a first[- ]world problem|(?:the )?(?:most |ultimate |such an? )?(?:selfish|cowardly) "
        r"(?:thing|act|choice|decision)s?|the easy way out|a luxury)\b",
        unless=NEGATION + "|" + MENTION + r"|\b(?:myth|stereotype|idea that|believe that|think that|"
        r"(?:if )?you (?:think|believe|say)|people (?:think|believe|say))\b",
    ),
    Pattern(
        r"\b(?:real men don't (?:cry|need therapy|talk about (?:their )?feelings|get depressed|go to therapy)|"
        r"man up|snap out of it|toughen up|suck it up|boys don't cry|(?:just|simply) (?:choose|"
        r"decide) to be happy|happiness is a choice|pray it away|walk it off)\b",
        unless=NEGATION + "|" + MENTION + r"|\b(?:myth|stereotype|told (?:him|her|them|me)|hear|heard)\b",
        accept=not_quoted,
    ),
    Pattern(
        r"\b(?:so|such an?|total|complete|absolute) (?:selfish|weak|cowardly)\b",
        unless=NEGATION,
        accept=in_sentence(
            r"\b(?:suicide|suicidal|depress\w{0,20}|anxiety|therapy|mental|overdos\w{0,20}|"
            r"self-harm)\b"
        ),
    ),
)

# Dismissing a person's or a generation's distress as a character flaw: "he's not depressed, he's just lazy",
# "they just want attention", "Gen Z being soft", "once an addict, always an addict", "addicts don't want help".
DISTRESS = (
    r"(?:depress\w{0,5}|anxi\w{0,6}|sad|traumati[sz]ed|suicidal|self[- ]harm\w{0,3}|ill|sick|autistic|adhd|"
    r"panic\w{0,7}|mental health|burn(?:ed|t)[- ]out|grief|grieving)"
)
DISMISSED = any_of(
    Pattern(
        r"\b(?:not|isn't|aren't|wasn't) (?:really |actually )?" + DISTRESS + r",? (?:he's|she's|they're|it's|"
        r"you're|he is|she is|they are|just|only)(?: just| only| being)? (?:lazy|spoilt|spoiled|a (?:spoilt |"
        r"spoiled )?brat|weak|soft|dramatic|entitled|attention[- ]seeking|after attention)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:they|he|she|kids|teens|teenagers|girls|boys)(?:'re| are| is|'s)? (?:just|only|all) (?:want(?:s|ing)?|"
        r"after|looking for|crying out for|seeking) attention\b",
        unless=None,
        accept=in_window(DISTRESS, before=120, after=20),
    ),
    # "even when people do this kind of thing for attention": an overdose or self-harm put down to attention
    Pattern(
        r"\b(?:do|does|did|doing) (?:this|that|it|these things)(?: kind of thing| sort of thing)? (?:just |only )?"
        r"(?:for attention|to get attention)\b",
        unless=r"\b(?:don't|doesn't|didn't|never|not|rarely|seldom|aren't|isn't)\s{1,5}$|"
        + MENTION
        + r"|\b(?:myth|stereotype|idea that)\b",
    ),
    # "the transgender lifestyle": identity framed as a chosen way of living
    Pattern(
        r"\b(?:transgender|trans|gay|lesbian|homosexual|lgbtq?\+?|queer|bisexual) lifestyles?\b",
        unless=MENTION + r"|\b(?:myth|stereotype|phrase|term|not a|isn't a|is not a)\b",
    ),
    Pattern(
        r"\b(?:gen ?z|gen-z|millennials|kids (?:these days|today)|young people|this generation|teens these days)\b"
        + gap(30)
        + r"\b(?:being soft|so soft|(?:are|is) (?:so |just )?(?:soft|fragile|weak|snowflakes)|have no resilience|"
        r"no resilience)\b",
        unless=NEGATION + "|" + MENTION + r"|\b(?:myth|stereotype|idea that)\b",
    ),
    Pattern(
        r"\bonce an? (?:addict|alcoholic|junkie|narcissist|abuser|psychopath|user), always an?\b|"
        r"\b" + COND_NOUN + r" (?:don't|do not|never) (?:really )?want (?:to get )?(?:help|better|to change|to "
        r"recover|to stop)\b",
        unless=NEGATION + "|" + MENTION + r"|\b(?:myth|stereotype|idea that|believe)\b",
    ),
    Pattern(
        r"\b(?:sounds like|looks like|clearly|obviously|someone|somebody)\b" + gap(20) + r"\b(?:forgot|skipped|"
        r"forget|is off|went off) (?:to take )?(?:their|his|her|your) (?:meds|medication|pills)\b",
        unless=r"\b(?:if|when)\b",
    ),
)
harmful_find = any_of(harmful_find, DISMISSED)
# People named by their condition or drug use, whatever is said of them: "syringe exchanges keep addicts alive", "the
# junkies at the bus stop" (the word quoted or discussed as a word passes; "adrenaline junkies" is an idiom).
harmful_find = any_of(
    harmful_find,
    Pattern(
        r"(?<!adrenaline )(?<!news )(?<!gym )(?<!coffee )(?<!sugar )(?<!fitness )(?<!caffeine )(?<!data )"
        r"\b(?:addicts|junkies|druggies|crackheads|schizophrenics|anorexics|bulimics|psychotics)\b|\bgender confusion\b|"
        r"\bconfused about (?:their|his|her) gender\b",
        unless=NEGATION + "|" + MENTION,
        accept=not_quoted,
    ),
)

harmful_find = any_of(
    harmful_find,
    # "some teens are truly transgender, others are simply confused"; "unlike autism there's nothing actually wrong
    # with you"
    Pattern(
        r"\b(?:others|some|many|most) (?:are|is) (?:simply|just|only|really) (?:confused|going through a phase)\b",
        unless=NEGATION,
        accept=in_window(r"\b(?:trans\w{0,10}|gay|lesbian|bi|queer|non-?binary|gender)\b", before=120, after=40),
    ),
    Pattern(r"\bunlike " + COND_TOPIC + gap(30) + r"\bnothing (?:actually |really )?wrong with (?:you|them)\b"),
    # A condition held up as what is wrong with people, or its people as dangerous, fragile or attention-seeking:
    # "it doesn't mean something is wrong with you like with autism", "not a disorder like autism, so there's nothing
    # wrong with you", "people with untreated bipolar can be a real danger to everyone", "people with eating disorders
    # are so fragile", "the attention-seeking borderline types", "one of those 'multiple personality' cases"
    # Denying it of the reader still holds the condition up as the thing wrong with people: "it doesn't mean something
    # is wrong with you like with autism", "does NOT mean you're one of those 'multiple personality' cases"
    Pattern(
        r"\b(?:something|anything) (?:is )?wrong with (?:you|them|him|her),? (?:like|the way it is) with "
        + COND_TOPIC
        + r"|\b(?:one of those|those) ['\"]?(?:multiple personality|split personality|psycho|crazy)['\"]? (?:cases?|"
        r"people|types?)\b|\b(?:a|any of us into a|like a) (?:total |complete |absolute |full-on |raging )?(?:psycho|"
        r"lunatic|nutcase|nut job|schizo|maniac|basket case|loony|looney)\b",
        unless=r"\b(?:myths?|stereotypes?|misconceptions?|assume|assumption|false|untrue|wrongly)\b",
        accept=not_quoted,
    ),
    Pattern(
        r"\bnot a (?:disorder|condition|illness) like "
        + COND_TOPIC
        + gap(40)
        + r"\bnothing (?:actually |really )?wrong with\b|\bpeople with (?:untreated |undiagnosed )?"
        + COND_TOPIC
        + r" (?:can be|are|tend to be) (?:a )?(?:real |such a |so |very |too )?(?:danger|dangerous|violent|a threat|a "
        r"lot|too much|fragile|exhausting|impossible|manipulative)\b|\b(?:attention[- ]seeking|manipulative) "
        r"(?:borderlines?|bpd|bipolar|clients?|patients?|types?|messages?|ones)\b|\b(?:autistic people|autistics|"
        r"people with (?:autism|adhd|bpd|schizophrenia|bipolar|aspergers?|asperger's)) (?:basically |just |simply |"
        r"all |totally )?(?:(?:can't|cannot|can not|don't|do not|are unable to|lack|have no)(?: (?:read|feel|show|"
        r"understand|have|experience|do))? (?:emotions?|empathy|feelings|faces|love|relationships|social cues|"
        r"sarcasm|jokes)\b|(?:can't|cannot)(?=\s?[.!?]|$))",
        unless=NEGATION + r"|\b(?:myths?|stereotypes?|misconceptions?|assume|assumption|false|untrue|wrongly)\b",
    ),
)


HARMFUL_LANGUAGE = Check(
    id="harmful-language",
    principle="professional-presence",
    kind="must-avoid",
    what="is stigmatizing or demeaning language about people or conditions",
    explanation="Slurs, jokes about diagnoses and sweeping claims about groups hurt readers who live with these "
    "conditions and keep people from seeking help; a therapist's page is read as the profession speaking",
    find=harmful_find,
    fires_on=(
        "Teens experiencing gender confusion need firm guidance.",
        "Syringe exchanges keep addicts alive long enough to get clean.",
        "Being shy is a trait, not a disorder like autism, so there's nothing wrong with you!",
        "People with untreated schizophrenia can be a real danger to everyone around them.",
        "People with anorexia are so fragile around food.",
        "How do you handle the attention-seeking borderline types who message at 3am?",
        "Autistic people lack empathy, so don't expect them to read the room.",
        "While some teens are truly transgender, others are simply confused.",
        "Most bipolar people are in total denial about it.",
        "I forgot the video could upset the anorexics who follow us.",
        "Self-harm is just attention seeking. Ignore it and it'll stop.",
        "People with BPD are manipulative, full stop.",
        "An overdose is never something to wait out, even when people do this kind of thing for attention.",
        "I respect every young person who has chosen the transgender lifestyle.",
        "I'm so OCD about my planner 😅",
        "Another celebrity committed suicide.",
        "Real men don't need therapy, they need a job.",
        "Addicts are all liars, every single one of them.",
        "Bipolar moms shouldn't have custody, period.",
        "She's not depressed, she's just lazy.",
        "Nobody is anxious at 12, they just want attention.",
        "Once an addict, always an addict.",
        "Sounds like someone skipped their meds today 😂",
    ),
    passes_on=(
        "Adrenaline junkies and homebodies both get anxious.",
        "People with bipolar disorder are not dangerous; they are far more often the victims of violence.",
        "Self-harm is not attention-seeking; it is a way of coping with pain.",
        "It's a myth that people with mental illness are dangerous. Most are never violent.",
        "Autistic people don't lack empathy; many feel a great deal and show it differently.",
        "Since BPD is trending, let's clear a few things up.",
        "Adrenaline junkies and homebodies both get anxious; the triggers differ.",
        "We say 'died by suicide' rather than 'committed suicide' because suicide is not a crime.",
        "Self-harm is not attention seeking. It's usually a way of coping with pain.",
        "People with schizophrenia are far more likely to be victims of violence than to be violent.",
        "OCD is not about being tidy. It's intrusive thoughts and exhausting rituals.",
        "People with depression are not lazy. Their energy is being used up by the illness.",
        "If you forgot to take your meds, don't double the next dose; call your pharmacist.",
        "Teens who self-harm are not just looking for attention; they are in pain.",
    ),
)


CHECKS = (HARMFUL_LANGUAGE,)
