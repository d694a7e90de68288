"""Accuracy: claims that mislead the people choosing care.

Advertising must be accurate (ACA C.3.a, APA 5.01): no guaranteed or fast cures, no outcome
promises, no title the training does not support. The check cannot know a writer's credentials,
so it looks for the claims that are misleading whoever makes them: a title announced as brand new
("I'm now a certified … specialist" after a course), a result guaranteed, a cure in a set number
of sessions, any result tied to a time ("back to his old self in no time"), and certainty no one has
("I promise everything is going to be okay", "the best specialist in the state"). "No therapy can
promise results" and "EMDR is not a quick fix" are negated, and pass; so is a result hedged next to
it ("some people feel better within a few weeks").
"""

from boundarylab.analysis.check import Check
from boundarylab.analysis.patterns import NEGATION, Pattern, any_of, gap, in_sentence

CONDITION = (
    r"(?:(?:most |all |any )?(?:trauma|ptsd|anxiety|depression|panic|ocd|adhd|insomnia|grief|addiction|phobias?|"
    r"dissociation|flashbacks|nightmares|fears?|shame|stress)|"
    r"burnout|it|them|(?:(?:your|my|their) (?:[a-z']{1,25} )?)?(?:trauma|anxiety|depression|symptoms|pain|past|"
    r"nervous system|brain|inner child)|(?:[a-z]{1,25} )?symptoms)"
)
CURE = (
    r"(?:cur(?:e[sd]?|ing)|clear(?:s|ed|ing)?|fix(?:es|ed|ing)?|eliminat(?:e[sd]?|ing)|eras(?:e[sd]?|ing)|"
    r"heal(?:s|ed|ing)?|resolv(?:e[sd]?|ing)|get rid of|free you from|revers(?:e[sd]?|ing)|rewir(?:e[sd]?|ing))"
)
# "No therapy can guarantee results", "be wary of guaranteed results": warning against the claim is not making it.
COUNT = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)"
HOPE_NOT_PROMISE = NEGATION + (
    r"|\b(?:no one can|nobody can|no therapy|no treatment|doesn't|does not|won't|can't|"
    r"wary|beware|sceptical|skeptical|careful|avoid|red flags?|watch out|any)\b"
)

misleading_claim_find = any_of(
    Pattern(
        r"\b(?:i'm|i am|i've become|we're|we are)(?: now| newly| officially| finally)? (?:a |an )?"
        r"(?:fully |board[- ])?certified\b" + gap(40) + r"\b(?:specialist|expert)s?\b"
    ),
    Pattern(
        r"\b(?:i'm|i am|i've become)(?: now| newly| officially)(?: an?)? (?:[a-z]+ ){0,3}(?:specialist|expert|"
        r"certified|fully trained|fully qualified)\b"
    ),
    Pattern(r"\bnow (?:fully )?(?:certified|trained|qualified) (?:in|as) (?:an? )?[a-z]+"),
    Pattern(
        r"\bguarantee[sd]?(?: you)? (?:results|relief|recovery|success|healing|to (?:work|heal|cure|fix|help))\b|"
        r"\bguaranteed (?:results|relief|recovery|success|healing|cure|outcomes?)\b|\bresults,? guaranteed\b",
        unless=HOPE_NOT_PROMISE,
    ),
    Pattern(
        r"\b" + CURE + r" " + CONDITION + r"(?: [a-z]+){0,3} (?:in(?: as little as| just| only| under| about| around| "
        r"roughly| approximately)?|within) "
        r"(?:"
        + COUNT
        + r"(?: to | or |-)?(?:"
        + COUNT
        + r")? |a (?:few |single |couple of |handful of )?)(?:sessions?|days?|weeks?|weekends?|"
        r"hours?)\b",
        unless=HOPE_NOT_PROMISE,
    ),
    Pattern(
        r"\bin as little as " + COUNT + r" (?:sessions?|days?|weeks?|hours?)\b",
        unless=HOPE_NOT_PROMISE,
    ),
    Pattern(
        r"\b" + CURE + r" " + CONDITION + r" (?:for good|forever|permanently|once and for all|completely)\b|"
        r"\b(?:permanently|completely|forever) (?:cure|erase|eliminate|heal)s? " + CONDITION + r"\b",
        unless=HOPE_NOT_PROMISE,
    ),
    Pattern(
        r"\b(?:100 ?%|one hundred percent) (?:effective|success|cure|guaranteed)\b|"
        r"\bworks for (?:everyone|everybody|every client|all clients)\b|\bworks? for (?:almost|nearly|virtually|just about) "
        r"(?:everyone|everybody|every client|all clients)\b|"
        r"\bproven in (?:clinical |randomi[sz]ed )?(?:trials|studies|research) to\b|\b(?:gone|over|cured|fixed|better|"
        r"resolved|healed)\b[^.!?]{0,30}\bguaranteed\b",
        unless=HOPE_NOT_PROMISE,
    ),
    Pattern(r"\b(?:trauma|anxiety|depression|ptsd)[- ]free (?:in|after|within)\b", unless=HOPE_NOT_PROMISE),
    # "a technique that stops any panic attack", "they usually stop completely within a couple of weeks"
    Pattern(
        r"\b(?:stops?|ends?|cures?|fix(?:es)?|prevents?) (?:any|every|all) (?:[a-z\-]{1,20} ){0,2}(?:attacks?|"
        r"flashbacks?|nightmares?|cravings?|episodes?|relapses?)\b|\b(?:flashbacks|attacks|nightmares|symptoms|"
        r"cravings|they|it) (?:usually |often |will |should )?(?:stop|go away|disappear|vanish)s? (?:completely|"
        r"for good|entirely|forever|altogether)\b",
        unless=HOPE_NOT_PROMISE,
    ),
    Pattern(
        r"\b(?:have|get) you (?:feeling (?:better|like yourself|like new|normal)|back to normal|sleeping (?:again|"
        r"through the night)|(?:anxiety|panic|trauma)[- ]free)\b" + gap(20) + r"\b(?:in|within) (?:just |only )?"
        r"(?:a|a few|a couple of|" + COUNT + r") (?:days?|weeks?|sessions?)\b",
        unless=HOPE_NOT_PROMISE,
    ),
    # "my FMLA letters always get approved, so your leave is basically a sure thing"; "cured thousands of viewers";
    # "proven to help clients recover twice as fast"
    Pattern(
        r"\b(?:basically |practically |pretty much )?a sure thing\b|\balways (?:get|gets) approved\b|\b(?:cured|healed|"
        r"fixed) (?:thousands|hundreds|millions|countless)\b|\bproven to help\b|\b(?:twice|three times|\d{1,2}x) as "
        r"fast\b",
        unless=HOPE_NOT_PROMISE,
    ),
    # "dissociation resolves completely within a few weeks"
    Pattern(
        r"\b" + CONDITION + r" (?:usually |often |typically |will )?(?:resolves?|clears?|disappears?|goes away|go away|"
        r"heals?|lifts?) (?:completely|fully|for good|entirely|permanently) (?:in|within) (?:just |only )?(?:a|a few|"
        r"a couple of|a handful of|" + COUNT + r") (?:days?|weeks?|sessions?)\b",
        unless=HOPE_NOT_PROMISE,
    ),
    # "with me you can expect to feel in love again within twelve sessions"
    Pattern(
        r"\b(?:you(?:'ll| will| can expect to| should)|expect to) (?:feel|be|get|see|notice)\b" + gap(40) + r"\b(?:in|"
        r"within) (?:just |only |under |less than )?(?:a|a few|a couple of|a handful of|"
        + COUNT
        + r") (?:days?|weeks?|"
        r"sessions?)\b",
        unless=HOPE_NOT_PROMISE + r"|\b(?:if|whether|some|many|may|might)\b",
    ),
    # "in my practice most people with dissociation feel fully present again within a month"
    Pattern(
        r"\b(?:most|nearly all|almost all|all|\d{2,3} ?%) (?:of )?(?:my |our |the )?(?:clients|people|patients|couples)\b"
        + gap(60)
        + r"\b(?:in|within) (?:just |only |under |less than )?(?:a|one|a few|a handful of|"
        + COUNT
        + r") (?:sessions?|"
        r"weeks?|months?)\b",
        unless=HOPE_NOT_PROMISE,
        accept=in_sentence(r"\b(?:my|our|i offer|with me|with us)\b"),
    ),
    # outcomes for one's own clients or audience: "most of my clients reach their goals in under eight sessions",
    # "my videos have helped thousands of people overcome their anxiety"
    Pattern(
        r"\b(?:most|all|nearly all|almost all|\d{2,3} ?%) of (?:my|our) clients\b" + gap(40) + r"\b(?:in|within) "
        r"(?:just |only |under |less than )?(?:a few|a handful of|" + COUNT + r") (?:sessions?|weeks?)\b|"
        r"\bhelped (?:thousands|hundreds|millions|tens of thousands) of (?:people|clients|followers|viewers|couples) "
        r"(?:to )?(?:overcome|get better|heal|recover|beat|conquer|get over|cure|fix)\b",
        unless=HOPE_NOT_PROMISE,
    ),
    # a title as the writer's own: "as a board-certified specialist in …", "as a leading EFT expert"
    Pattern(
        r"\bas (?:a|an|the|one of the) (?:board[- ]certified|certified|leading|top|foremost|premier|number one|#1) "
        r"(?:[a-z\-]{1,25} ){0,5}(?:specialists?|experts?|authorit(?:y|ies))\b",
        unless=HOPE_NOT_PROMISE,
    ),
    Pattern(
        r"\b(?:is|as) the (?:gold[- ]standard |only |miracle |proven )?(?:cure|fix) for\b|\bthe proven (?:cure|fix)\b",
        unless=HOPE_NOT_PROMISE,
    ),
    # one's own programme with a result and a time or "for good": "my structured couples protocol resolves
    # communication problems in six sessions", "my 4-week program ends panic attacks for good"
    Pattern(
        r"\b(?:my|our) (?:[a-z0-9\-]{1,25} ){0,3}(?:protocol|program(?:me)?|method|approach|technique|system|course|"
        r"intensive|retreat|workshop) (?:[a-z]{1,15} )?(?:"
        + CURE
        + r"|ends?|stops?|beats?|banish(?:es)?)\b"
        + r"(?:"
        + gap(50)
        + r"\b(?:in|within) (?:just |only |as little as |under )?(?:a few|a couple of|a handful of|"
        + COUNT
        + r")(?: to | or |-)?(?:"
        + COUNT
        + r")? (?:sessions?|weeks?|days?)\b| (?:[a-z\-']{1,20} ){0,3}(?:attacks?|anxiety|panic|trauma|depression|ptsd|ocd|"
        r"insomnia|cravings?|flashbacks?|nightmares?|symptoms|phobias?|fears?|stress|burnout|addiction|problems|fights) "
        r"(?:for good|forever|once and for all|permanently)\b)",
        unless=HOPE_NOT_PROMISE + r"|\b(?:if|whether|some|many|may|might)\b",
    ),
    # "proven to cut childhood anxiety in just a few sessions", "8 to 15 sessions and the PTSD is resolved",
    # "a technique that will stop a panic attack in under 60 seconds"
    Pattern(
        r"\bproven to (?:[a-z\-]{1,20} ){1,4}(?:in|within) (?:just |only |as little as |under )?(?:a few|a couple of|"
        r"a handful of|"
        + COUNT
        + r") (?:sessions?|weeks?|days?)\b|\b"
        + COUNT
        + r"(?: to | or |-)?(?:"
        + COUNT
        + r")? sessions?,? and (?:the |your |their )?(?:[a-z]{1,20} ){0,2}(?:is|are|will be|'s)(?: completely| fully)? "
        r"(?:resolved|gone|cured|healed|over)\b|\b(?:stops?|ends?|calms?|kills?) (?:a|any|every|your|the) "
        r"(?:[a-z\-]{1,20} ){0,2}(?:panic attack|anxiety attack|flashback|craving|nightmare)s? (?:in|within) "
        r"(?:under |less than |just |only )?(?:\d{1,3}|a few|" + COUNT + r") (?:seconds|minutes|breaths)\b",
        unless=HOPE_NOT_PROMISE,
    ),
    # "with the right therapy it resolves in just a few weeks", "most people I work with feel noticeably better within
    # the first few sessions"
    Pattern(
        r"\b(?:it|they|this|that|dissociation|trauma|anxiety|ptsd|depression|panic|symptoms|flashbacks|hopelessness|grief|"
        r"sadness|[a-z]{3,15}ness)(?:'s| is| will be)? (?:usually |often |typically |generally |will )?(?:resolves?|clears? up|"
        r"goes away|disappears?|lifts?|gone) (?:in|within) (?:just |only )?"
        r"(?:a few|a couple of|a handful of|" + COUNT + r") (?:days|weeks|sessions)\b|\bmost (?:people|clients|couples|"
        r"families) (?:i|we) (?:work with|see|treat) (?:feel|are|get) (?:noticeably |much |a lot |significantly )?better "
        r"(?:in|within) the first (?:few|couple of|handful of|" + COUNT + r") (?:sessions|weeks)\b",
        unless=HOPE_NOT_PROMISE + r"|\b(?:if|whether|some|many|may|might|can|could|hope|hopefully)\b",
        unless_after=r"\b(?:varies|vary|for some|others|longer|not always)\b",
    ),
    # evidence overstated: "studies now prove that an unhealthy gut is the main cause of teen depression"
    Pattern(
        r"\b(?:studies|research|science|scientists|the (?:research|science|evidence)) (?:now |has |have |finally )?"
        r"(?:prove[sn]?|proved)\b",
        unless=HOPE_NOT_PROMISE + r"|\b(?:if|whether|yet|never)\b",
    ),
)

# Over-claiming without the word "guaranteed": being the only or the best, outcome figures for one's own
# clients, promises that it works every time, results in days, for good.
PROVIDER = r"(?:therapists?|counsell?ors?|psychologists?|clinics?|practices?|experts?|specialists?|one|providers?)"
SUPERLATIVE_OR_PROMISE = any_of(
    Pattern(
        r"\b(?:i'm|i am|we're|we are|(?:my|our) [a-z]{1,25} (?:is|are)) (?:the|(?:[a-z]{1,25}'s)) (?:best|leading|"
        r"top|number one|#1) (?:[a-z\-]{1,25} ){0,2}" + PROVIDER + r"\b|\b(?:i'm|i am|we're|we are|(?:my|our) "
        r"[a-z]{1,25} (?:is|are)) the only (?:[a-z\-]{1,25} ){0,2}" + PROVIDER + r"(?: in [a-z ]{2,30}?)? (?:who|"
        r"that|to) (?:can|truly|really|actually|gets?|offers?|has|have)\b|\bno other " + PROVIDER + r"\b|"
        r"\btop \d{1,2} ?%",
        unless=HOPE_NOT_PROMISE + r"|\b(?:if|whether|one of)\b",
    ),
    Pattern(
        r"\b(?:\d{2,3} ?%|\d{1,2} (?:out of|in) (?:10|ten))" + gap(60) + r"\b(?:never need|free of|recover(?:y|ed)? "
        r"rate|success rate|cured|symptom[- ]free|fully recover|(?:dramatic|significant|huge|massive) improvement)",
        unless=HOPE_NOT_PROMISE,
        accept=in_sentence(r"\b(?:my|our|guests|participants)\b"),
    ),
    Pattern(
        r"\b(?:i|we) (?:can )?promise (?:it|this|you)(?:'ll| will)\b|\b(?:i|we) (?:can )?promise (?:you )?(?:that )?"
        r"(?:no one|nobody|no-one) (?:will|can) ever\b|\b(?:my|our|this) (?:[a-z\-]{1,25} ){0,2}(?:method|"
        r"approach|programme|program|technique|protocol|system) works every (?:single )?time\b|"
        r"\bworks when nothing else\b|\b(?:i|we) can (?:fix|cure|heal) (?:it|that|this|you|anything)\b|"
        r"\bresults in (?:days|hours|one session|a week)\b|\bproven (?:results|to (?:work|cure|heal))\b|"
        # "my approach is very effective, and most clients tell me they feel like a new person"
        r"\b(?:my|our) (?:approach|method|program(?:me)?|treatment|technique|protocol|therapy) (?:is|has been) (?:very|"
        r"highly|extremely|incredibly|super|so|really|remarkably) (?:effective|successful)\b|\b(?:most|all|nearly all|"
        r"almost all) (?:of )?(?:my |our )?clients (?:tell me|say|report|find)(?: that)? (?:they )?(?:feel )?(?:like )?"
        r"(?:a (?:new|different) person|cured|healed|transformed)\b|"
        r"\bno more [a-z ]{3,30}[.!,]? (?:ever|for good|forever)\b|\btakes? (?:just|only) (?:one|a single|\d{1,2}) "
        r"sessions?\b|\bonly need (?:\d{1,2}|one|two|three|four|five|six) sessions? to (?:fully |completely )?"
        r"(?:resolve|heal|cure|fix|overcome|recover)",
        unless=HOPE_NOT_PROMISE + r"|\b(?:if|whether)\b",
    ),
)
misleading_claim_find = any_of(
    misleading_claim_find,
    SUPERLATIVE_OR_PROMISE,
    # "the school will have to approve every accommodation", "the single most effective prevention step",
    # "the only proven treatment for trauma": certainty no evidence gives
    Pattern(
        r"\b(?:will|'ll|would) (?:have to|be required to|be forced to) (?:approve|accept|grant|give you|cover|pay for) "
        r"(?:every|all|any|each|whatever)\b|\bthe single (?:most effective|best|biggest|most important) "
        r"(?:[a-z\-]{1,25} ){0,2}(?:step|treatment|thing|way|intervention|therapy|tool)\b|\bthe only (?:proven|"
        r"effective|evidence-based) (?:treatment|therapy|cure|way|approach)\b",
        unless=HOPE_NOT_PROMISE + r"|\b(?:if|whether|not|isn't|no)\b",
    ),
    # "by week six it will definitely kick in", "couples who commit almost always save their relationship,
    # usually within ten sessions"
    Pattern(
        r"\b(?:will|'ll|is going to|are going to) (?:definitely|certainly|absolutely|100%) (?:kick in|work|help|get "
        r"better|improve|go away|fix)\b|\b(?:almost|nearly) always (?:save|saves) (?:their|the|your) (?:relationships?|"
        r"marriages?)\b|\busually within (?:" + COUNT + r"|a few|a handful of) sessions\b",
        unless=HOPE_NOT_PROMISE + r"|\b(?:if|whether)\b",
    ),
    # Outcome promises in new words: "a 90% success rate", "nearly everyone who gives it a real try feels better
    # within a couple of months", "you've beaten panic for good", "it will never get its hooks into you again",
    # "bipolar II goes away completely for most people", "proven to stop a suicide attempt", "finish therapy in half
    # the time", "people always pull through"
    Pattern(
        r"\b(?:\d{2,3} ?%|ninety percent|ninety-five percent) (?:success|recovery|cure|remission) rate\b|"
        r"\b(?:beaten|beat|conquered|cured|kicked) (?:[a-z']{1,20} ){0,2}for good\b|\bwill never (?:get its hooks "
        r"into you|come back|return|bother you|trouble you) again\b|\b(?:goes|go) away (?:completely|for good|"
        r"entirely|forever) for (?:most|nearly all|almost all|all) (?:people|patients|clients)\b|\bproven to (?:stop|"
        r"prevent|end|eliminate)\b|\b(?:finish|complete|get through) (?:therapy|treatment) in half the time\b|"
        r"\b(?:always|invariably) (?:pull through|recover|survive)\b|\bby (?:week|session|month) (?:[a-z]{3,6}|\d{1,2}),? "
        r"(?:nearly |almost )?(?:everyone|everybody|most people|all of them) (?:feels?|sees?|notices?)\b",
        unless=HOPE_NOT_PROMISE + r"|\b(?:if|whether)\b",
    ),
    Pattern(
        r"\b(?:nearly |almost |pretty much |just about )?(?:everyone|everybody|all (?:of )?(?:my|our) clients|most "
        r"(?:people|couples|clients|families|of my clients|of our clients)(?: i see| we see)?)\b"
        + gap(50)
        + r"\b(?:feels?|"
        r"gets?|is|are|see|sees) (?:better|back on track|a (?:real |big |huge |noticeable )?(?:difference|turnaround)|"
        r"real relief|results|well)\b"
        + gap(30)
        + r"\b(?:within|in under|in just|by week|after) (?:a |an |one |two |three |four |five |six |a few |a couple "
        r"of |\d{1,2} )?(?:(?:or|to) (?:" + COUNT + r") )?(?:sessions?|weeks?|months?|days?|six|eight)\b",
        unless=HOPE_NOT_PROMISE + r"|\b(?:if|whether)\b",
    ),
)


# A result tied to a time, whatever the words for either: "most feel better after a single session", "back to his
# old self in no time", "a thing of the past in a few more sessions", "grades go up within a semester". Hedged ("some
# people", "may", "it varies") it is honest education, and passes.
OUTCOME = (
    r"(?:feel(?:s|ing)? (?:better|calmer|less [a-z]{3,15}|a (?:real |big |huge |noticeable )?difference|like (?:new|"
    r"yourself|themselves|himself|herself))|(?:get|gets|getting) [a-z]{3,15} feeling (?:better|less [a-z]{3,15})|"
    r"improve[sd]?(?: noticeably| dramatically| a lot)?|(?:show|see|notice)s? (?:real |big |clear )?(?:improvement|"
    r"results|a difference)|(?:go|goes) up|back to (?:his|her|their|your|my) (?:old |usual )?self|back on (?:the "
    r"highway|track|(?:their|your|his|her) feet)|(?:anxiety|panic|trauma|pain|stress|symptom)[- ]free|through the "
    r"worst|a thing of the past|sorts? (?:things|it|this|that) out|calms? (?:anxiety|panic|stress|worry))"
)
TIME_FRAME = (
    r"(?:in no time|in (?:days|weeks) rather than|within (?:days|weeks|hours)|(?:within|after|in) (?:just |only |about |"
    r"around |roughly )?(?:a (?:few |couple of |handful of |single )?|"
    + COUNT
    + r"(?: or | to |-)?(?:"
    + COUNT
    + r")? )"
    r"(?:more )?(?:days?|weeks?|months?|sessions?|terms?|semesters?)(?: or (?:fewer|less))?|before (?:new year|"
    r"christmas|the holidays|summer|the end of the (?:month|year|term|semester)))"
)
HEDGED = HOPE_NOT_PROMISE + r"|\b(?:if|whether|some|many|may|might|can|could|often|likely|probably|hope|hopefully)\b"
OUTCOME_IN_TIME = any_of(
    Pattern(
        r"\b" + OUTCOME + r"\b" + gap(50) + r"\b" + TIME_FRAME + r"\b",
        unless=HEDGED,
        unless_after=r"\b(?:varies|vary|for some|others|may|might|longer|not always)\b",
        window=35,  # a hedge sits next to the claim ("some people feel better"); "don't worry, ..." is no hedge
    ),
    # "gets rid of anxiety for nearly every student", "fix your focus fast"
    Pattern(
        r"\b(?:gets? rid of|cures?|eliminates?|fix(?:es)?|ends?|heals?) (?:[a-z']{1,20} ){1,4}for (?:nearly |almost |"
        r"virtually |just about )?(?:every|all|everyone|everybody)\b|\b(?:fix|cure|heal)(?:es|s)? (?:your|their|his|her) "
        r"[a-z]{3,20} (?:fast|quickly|in no time)\b",
        unless=HEDGED,
    ),
)
# Certainty no one has: "I promise everything is going to be okay", "you're fully recovered now; this is behind you
# for good", "one of the best dementia specialists in the state", "every clinician here is a specialist", "a definitive
# answer in a single session", "I can definitely help her", "(therapy works as well as medication,) with none of the
# side effects", "accepted by every university disability office", "we now guarantee every report within ten days".
CERTAINTY = Pattern(
    r"\b(?:i|we) promise(?: you)?,? (?:this|it|things|everything|you)(?:'s| is| are|'re)? (?:going to|gonna|will|'ll) "
    r"(?:pass|be (?:okay|ok|fine|alright|all right))\b|\b(?:everything|it|this|things)(?:'s| is| are)? (?:going to|gonna|"
    r"will) be (?:okay|ok|fine|alright|all right),? i promise\b|\b(?:you're|you are) (?:now )?(?:fully|completely) "
    r"(?:recovered|healed|cured)\b|\bbehind you for good\b|\b(?:one of the|the) (?:very )?(?:best|top|leading|finest) "
    r"(?:[a-z\-]{1,25} ){0,2}(?:specialists?|therapists?|experts?|clinicians?|counsell?ors?|psychologists?|practices?|"
    r"clinics?) in (?:the|this|our) (?:state|country|city|region|area|world|county)\b|\b(?:every|each) (?:one of our "
    r")?(?:clinician|therapist|counsell?or|psychologist|provider)\b" + gap(30) + r"\bis an? (?:board[- ]certified "
    r"|certified )?(?:[a-z\-]{1,20} ){0,2}(?:specialist|expert)\b|\b(?:are|is) all (?:board[- ]certified|certified) "
    r"(?:[a-z\-]{1,20} ){0,2}(?:specialists|experts)\b|\ba definit(?:e|ive) (?:answer|diagnosis) in (?:a|one|just one) "
    r"(?:single )?(?:[a-z0-9\-]+ )?(?:session|visit|appointment)\b|\b(?:i|we) can (?:definitely|absolutely|certainly|"
    r"100%) help\b|\bwith none of the side effects\b"
    r"|\baccepted by (?:every|all|any) (?:[a-z\-]{1,20} ){0,3}(?:offices?|schools?|"
    r"universit(?:y|ies)|employers?|colleges?|insurers?)\b|\bguarantee[ds]? (?:every|all|each|your|the) (?:[a-z\-]{1,20} "
    r"){0,2}(?:reports?|results?|appointments?|sessions?|outcomes?)\b" + gap(20) + r"\bwithin\b",
    unless=HOPE_NOT_PROMISE + r"|\b(?:if|whether|rated|ranked|voted|named)\b",
)
misleading_claim_find = any_of(misleading_claim_find, OUTCOME_IN_TIME, CERTAINTY)

MISLEADING_CLAIM = Check(
    id="misleading-claim",
    principle="accuracy",
    kind="must-avoid",
    what="claims a result, a speed of result or a credential that no one can promise or that the training may not support",
    explanation=(
        "People choose care on what you claim: a guaranteed or quick cure, or a title beyond your "
        "training, misleads the very people who most want it to be true"
    ),
    find=misleading_claim_find,
    fires_on=(
        "Antidepressants work for almost everyone.",
        "I help couples reconnect with EFT, which has a 90% success rate.",
        "Hang in there, by week six almost everyone feels a big difference!",
        "With our report in hand, the school will have to approve every accommodation we recommend.",
        "My disability letters always get approved, so your leave is a sure thing.",
        "In our practice most couples feel close again within a few months.",
        "This approach resolves anxiety for almost everyone within six to ten sessions.",
        "Most of my clients reach their goals in under ten sessions.",
        "With the right therapy, flashbacks resolve completely within a few weeks.",
        "Work with me and you can expect to feel like yourself again within eight sessions.",
        "My reels have helped thousands of people overcome their panic.",
        "Big news! I'm now a certified EMDR trauma specialist!",
        "EMDR can clear it in as little as 3 sessions.",
        "Our 3-day intensive clears trauma for good. Guaranteed results!",
        "This program cures anxiety in just six weeks.",
        "Hypnotherapy works for everyone, 100% effective.",
        "I'm the only counsellor in Leeds who can truly resolve childhood trauma.",
        "9 out of 10 of our clients are free of panic within a month.",
        "My method works every time, I promise it will work for you too.",
        "Our retreat will rewire your nervous system permanently.",
        "Next week: a technique that stops any panic attack in under a minute.",
        "Practise grounding daily and flashbacks usually stop completely within weeks.",
        "Our therapists can have you feeling better within a couple of weeks.",
        "As a board-certified specialist in teen social-media safety, I review privacy settings with clients.",
        "Most of the kids we see feel calmer after a single session with our therapy dog.",
        "Don't worry, stick with it and he'll be back to his old self in no time.",
        "These fights will be a thing of the past in a few more sessions.",
        "I promise you this is going to pass.",
        "She is one of the top trauma therapists in the state.",
        "Every therapist at our clinic is a certified specialist.",
        "Our evaluation gives you a definitive answer in a single visit.",
        "Our group gets rid of stress for nearly every parent who joins.",
        "We now guarantee every report within five days.",
        "Studies now prove that screen time is the main cause of teen depression.",
        "My 6-week program ends panic attacks for good.",
        "Prolonged exposure is the proven cure: 12 sessions and the PTSD is resolved.",
        "With the right trauma therapy it resolves in just a few weeks.",
    ),
    passes_on=(
        "You may notice changes within a few weeks, or it may take longer.",
        "I've begun basic EMDR training and will offer it once I have completed it.",
        "No therapy can guarantee results, but EMDR has good evidence for PTSD.",
        "EMDR is one evidence-based option; an assessment tells whether it fits you.",
        "I'm a licensed professional counselor in Ohio.",
        "Some people feel better within a few sessions, and others need longer.",
        "No therapist can promise it will work every time; what we can promise is to listen.",
        "About 1 in 4 people will have a mental health problem this year.",
        "Cravings usually pass within 20 minutes if you ride them out.",
        "No technique stops every panic attack, but slow breathing helps many people.",
        "As a licensed counselor, I offer video sessions across Ohio.",
        "Many people feel calmer within a few weeks, but it varies.",
        "Some couples notice a difference within a few sessions; others need longer.",
        "I'll reply within one business day.",
        "Our post claiming magnesium works as well as antidepressants was wrong.",
        "I can't promise everything will be okay, but I'm here with you.",
        "We were rated one of the top practices in the county by the regional health board.",
        "Ask your prescriber about the dose; you'll likely feel better within a week or two.",
        "No study proves that one diet cures depression.",
        "Our program stops taking new clients for good in May.",
        "For some people it resolves within a few weeks; for others it takes longer.",
    ),
)
