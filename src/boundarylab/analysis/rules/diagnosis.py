"""Diagnosing at a distance, and prompting readers to diagnose themselves.

Both need a diagnostic label; what separates them from teaching is who it is pinned on. A person
("@mike_r you're clearly a narcissist", "that senator is obviously a sociopath") is a diagnosis
of a person; a reader invited to tick symptoms ("if you lose your keys you probably have ADHD")
is a self-diagnosis prompt; the condition itself ("NPD is diagnosed after a full assessment")
is education.
"""

import re

from boundarylab.analysis.check import Check
from boundarylab.analysis.lexicon import DISORDER, LABEL, LABEL_USED_AS_TOPIC, PERSON_NOUN, TITLE
from boundarylab.analysis.patterns import NEGATION, Anchored, Pattern, all_of, alt, any_of, gap, in_window, not_in_text, words

HEDGE_FREE = NEGATION + (r"|\b(?:if|whether|when|wondering|doesn't mean|does not mean|not (?:every|all)|"
                         r"not necessarily|can't (?:tell|know|say)|cannot (?:tell|know|say)|won't (?:diagnose|speculate)|"
                         r"assume|assuming|call(?:ing)? (?:someone|people|them|him|her|your [a-z]{1,25})|label(?:l?ing)?|"
                         r"just because|only a|even if|unless|signs?|red flags|clues|how to (?:tell|know)|quiz)\b")
CERTAIN = alt("clearly", "obviously", "definitely", "totally", "100%", "100 percent", "absolutely", "literally",
              "textbook", "classic", "a textbook", "a classic", "a total", "a full-blown", "a raging", "a complete",
              "an absolute", "an actual", "a real", "such a", "such an", "straight up", "undeniably", "so clearly",
              "plainly", "certainly", "100% a", "clinically")
SOFT = alt("probably", "likely", "just", "also", "kind of", "kinda", "low-?key", "completely", "a", "an",
           "an obvious", "a clear", "an undiagnosed", "undiagnosed", "untreated", "a malignant", "a covert",
           "basically", "pretty much", "seriously", "really")
# "he's OCD" is a copula; "your son's OCD" is a possessive, so nouns take "is", never "'s". A hedged "you're
# probably autistic" to every reader is a self-diagnosis prompt, so a bare "you" needs certainty (below).
SUBJECT = (r"(?:(?:@user(?: you)?|he|she)(?:'s|'re| is| are| was| were| seems| sounds| looks| seem| has always been|"
           r" is being)|(?:(?:this|that|the|your|his|her|their|my|our) " + words(1) + PERSON_NOUN + r"(?: [a-z]{1,25})?|"
           r"(?:the )?" + TITLE + r"\.? [a-z]{1,25}(?: [a-z]{1,25})?)(?: is| are| was| were| seems| sounds| looks| has always been|"
           r" is being))")
COPULA = r"(?: like| to be)?"
_NOT_NAME = {"this", "that", "it", "everyone", "everybody", "nobody", "somebody", "someone", "anyone", "which",
             "what", "who", "there", "here", "one", "each", "he", "she", "you", "they", "we", "i", "love", "anger",
             "therapy", "trauma", "grief", "anxiety", "depression", "it's", "that's", "this", "diagnosis", "labelling",
             "labeling", "narcissism", "behaviour", "behavior", "nobody", "none", "person", "partner", "mine",
             "yours", "not", "abuse", "control", "manipulation", "gaslighting"}


def _person_or_certain(doc, m) -> bool:
    """A bare word subject counts only as a name ("Kevin is a narcissist") or with certainty."""
    if m.group("certain"):
        return True
    name = m.group("name")
    return name not in _NOT_NAME and doc.original_char(m.start("name")).isupper()


diagnosis_find = any_of(
    Pattern(r"\byou(?:'re| are)(?: (?:" + CERTAIN + r")){1,3}(?: (?:" + SOFT + r")){0,2} (?:a |an )?" + LABEL + r"\b" +
            LABEL_USED_AS_TOPIC, unless=HEDGE_FREE),
    # "@mike_r you're clearly a narcissist", "that senator is obviously a sociopath"
    Pattern(r"\b" + SUBJECT + COPULA + r"(?: (?:" + CERTAIN + "|" + SOFT + r")){0,3} (?:a |an )?" + LABEL + r"\b"
            + LABEL_USED_AS_TOPIC, unless=HEDGE_FREE),
    # "Kevin is such a narcissist"
    Pattern(r"\b(?P<name>[a-z]{1,25})(?: is| was|(?='s (?:" + CERTAIN + r")\b)'s)(?P<certain>(?: " + CERTAIN + r"){0,3})(?: " +
            SOFT + r"){0,2} (?:a |an )?" + LABEL + r"\b" + LABEL_USED_AS_TOPIC, unless=HEDGE_FREE,
            accept=_person_or_certain),
    # "he clearly has NPD", "the senator is showing signs of dementia"
    Pattern(r"\b(?:@user|he|she|(?:this|that|the|your|his|her|their) " + words(1) + PERSON_NOUN + r"(?: [a-z]{1,25})?|"
            r"(?:the )?" + TITLE + r"\.? [a-z]{1,25})(?: (?:clearly|obviously|definitely|probably|likely|totally|must|100%|"
            r"absolutely|seriously|honestly|so|just)){0,4} (?:has|'s got|has got|suffers from|is suffering from|"
            r"(?:is )?(?:showing|displaying|exhibiting) (?:clear |classic |obvious |all the |the )?(?:signs|symptoms) of|"
            r"shows (?:clear |classic |obvious )?(?:signs|symptoms) of|has (?:all the )?(?:signs|symptoms) of|"
            r"is in the (?:early )?stages of|struggles with|is battling|is dealing with) (?:(?:a |an |some |full-blown |"
            r"undiagnosed |untreated |severe |serious |textbook |classic |obvious |early[- ]stage |early |raging ))"
            r"{0,2}" + DISORDER + r"\b", unless=HEDGE_FREE),
    # "@jess you clearly have ADHD" (a hedged "you might have" to all readers is a self-diagnosis prompt)
    Pattern(r"\b(?:@user,? (?:you|your)|you)(?: (?:clearly|obviously|definitely|totally|100%|absolutely|honestly|"
            r"so obviously|literally)){1,4} (?:have|has|'ve got|suffer from|are showing signs of) (?:(?:a |an |some |"
            r"full-blown |undiagnosed |untreated |severe |serious |textbook |classic ))?" + DISORDER + r"\b",
            unless=HEDGE_FREE),
    Pattern(r"\b@user,? (?:you |u )?(?:probably|likely|might|may|could|must|prob)? ?(?:have|has|got|are|'re) "
            r"(?:(?:a |an |some |undiagnosed |untreated ))?(?:" + DISORDER + "|" + LABEL + r")\b" + LABEL_USED_AS_TOPIC,
            unless=HEDGE_FREE),
    # "Sounds like your ex is a narcissist", "that sounds like BPD to me"
    # "it looks a lot like a manic episode to me", "his pauses look like early Alzheimer's to me"
    Pattern(r"\b(?:looks?|looked|seems?|seemed) (?:a lot |very much |exactly |just |pretty much )?like (?:(?:a |an |some |textbook |"
            r"classic |full-blown |undiagnosed |early |early-onset |obvious |clear )){0,3}" + DISORDER + r"\b(?= to me\b)",
            unless=HEDGE_FREE),
    Pattern(r"\b(?:he|she|(?:your|his|her) " + words(1) + PERSON_NOUN + r"|@user) (?:looks?|looked|seems?|seemed) (?:a lot |very "
            r"much |exactly |just |pretty much )?like (?:(?:a |an |some |textbook |classic |full-blown |undiagnosed |early |"
            r"early-onset |obvious |clear )){0,3}(?:" + DISORDER + "|" + LABEL + r")\b" + LABEL_USED_AS_TOPIC, unless=HEDGE_FREE),
    Pattern(r"\b(?:i'd|i would|my|i) (?:guess|bet|say|money's on|money is on|diagnosis(?: would be| is)?|gut says)\W{0,3}"
            r"(?:it's |it is |he has |she has |they have |he's got |she's got )?(?:a |an |some |full-blown |undiagnosed |classic |"
            r"textbook )?" + DISORDER + r"\b", unless=HEDGE_FREE),
    Pattern(r"\b(?:it |that |this |he |she |(?:your|his|her) " + words(1) + PERSON_NOUN + r" )?(?:sounds|seems|sounded)"
            r" (?:a lot |very much |exactly |just |pretty much )?(?:like|to me like)(?: (?:you|he|she|they|(?:your|his|her) " + words(1) + PERSON_NOUN + r")"
            r"(?:'re|'s| is| are| has| have| might have| may have| could have| might be| may be| could be| probably has|"
            r" probably is| probably have|'ve got| definitely has| definitely is))? (?:(?:a |an |some |textbook |classic |"
            r"full-blown |undiagnosed |untreated |clear |typical |major |severe |an undiagnosed |early |early-onset |obvious |"
            r"full |late-stage )){0,3}(?:" + DISORDER +
            "|" + LABEL + r")\b" + LABEL_USED_AS_TOPIC, unless=HEDGE_FREE),
    Pattern(r"\b(?:sounds|seems|looks) like (?:your|his|her|ur) " + words(1) + PERSON_NOUN + r" (?:might|may|could|probably|"
            r"definitely|clearly)? ?(?:have|has|shows?|is showing) (?:some |a lot of |all the |classic |textbook |clear )?"
            r"(?:narcissistic|sociopathic|psychopathic|borderline|bipolar|histrionic|antisocial|manipulative|abusive|bpd|npd) "
            r"(?:traits|tendencies|behaviou?rs?|signs|features)\b", unless=HEDGE_FREE),
    # "textbook narcissist", "that's classic BPD", "screams sociopath" -- when pinned on someone in the sentence
    Pattern(r"\b(?:textbook|classic|clear-cut|full-blown|raging|malignant|covert|a clear case of|a textbook case of|"
            r"a classic case of|screams|screaming|peak|typical|pure|straight up|100%) (?:" + LABEL + "|" + DISORDER +
            r")\b(?! (?:traits?|signs?|symptoms?|examples?|cases? (?:of|study)|presentation|criteria|features|research))",
            unless=HEDGE_FREE,
            accept=in_window(r"@user|\b(?:he|she|him|her|his|hers|that's|this is|what a|(?:this|that|the) " + PERSON_NOUN +
                             r"|" + TITLE + r"\.? [a-z]{1,25})\b", before=120, after=40)),
)

DIAGNOSIS_OF_PERSON = Check(
    id="diagnosis-of-person",
    principle="diagnosing-at-a-distance",
    kind="must-avoid",
    what="puts a diagnosis on a specific person",
    explanation="A diagnosis needs consent and a proper assessment; labelling a commenter, a public figure or "
                "someone's partner from a post can harm them and misleads readers. Talk about behaviour, not labels",
    find=diagnosis_find,
    fires_on=(
        "@mike_r you're clearly a narcissist",
        "That senator is obviously a sociopath.",
        "Sounds like your ex is a narcissist, honestly.",
        "The governor is showing classic signs of dementia.",
        "Kevin is such a narcissist lol",
    ),
    passes_on=(
        "Narcissistic personality disorder is diagnosed by a clinician after a full assessment.",
        "Not every selfish partner is a narcissist.",
        "You're not a narcissist for saying no.",
        "I can't diagnose anyone I haven't assessed, including public figures.",
        "Classic narcissist traits include a need for admiration and a lack of empathy.",
    ),
)

SD_LABEL = alt(DISORDER, "autistic", "on the spectrum", "neurodivergent", "depressed", "bipolar", "dyslexic",
               "a narcissist", "traumati[sz]ed", "(?:a |an )?trauma response", "trauma", "anxiety", "cptsd",
               "an adhd brain", "adhd brain", "an adhder", "adhder", "complex trauma", "attachment (?:disorder|issues)",
               "an anxious attachment style", "abandonment issues", "childhood trauma")
YOU_MIGHT = (r"(?:you(?:'re| are)?|u|it's|it is|that's|that is|then you(?:'re| are)?|you've got)"
             r"(?: (?:probably|likely|definitely|almost certainly|most likely|might|may|could|must|totally|secretly|"
             r"actually|really|just)){0,4} (?:have|be|are|'re|got|has)? ?(?:a |an |got |undiagnosed |some |secretly |"
             r"an undiagnosed )?")
NOT_A_PROMPT = NEGATION + r"|\b(?:whether|only a|doesn't mean|does not mean|not necessarily)\b"
_NOT_A_PROMPT_RX = re.compile(NOT_A_PROMPT)

self_diagnosis_find = any_of(
    # "If you always lose your keys, you probably have ADHD"
    Anchored(r"\bif (?:you|u)\b(?!(?:'re| are)? (?:think|thinking|wonder|wondering|suspect|worry|worried|concerned|"
             r"believe|feel like|feel that|recogni[sz]e yourself|see yourself|already|'ve been diagnosed|have been "
             r"diagnosed|diagnosed)\b)" + gap(100) + r"\b" + YOU_MIGHT + r"(?:[a-z\-]{1,25} ){0,5}?",
             r"\b" + SD_LABEL + r"\b" + LABEL_USED_AS_TOPIC, unless=NOT_A_PROMPT),
    # "10 signs nobody talks about" in a post about a disorder, addressed to the reader
    Pattern(r"\b(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|twelve|fifteen) (?:subtle |hidden |sneaky |surprising |"
            r"little-known |lesser-known |weird |unexpected |early |secret |unusual |overlooked )?(?:signs|symptoms|traits|"
            r"clues|red flags)\b(?! (?:of (?:a )?(?:healthy|secure|good|strong)|to (?:look for in a therapist|ask)))",
            unless=NOT_A_PROMPT,
            accept=all_of(in_window(r"\b(?:" + SD_LABEL + r")\b", before=120, after=60),
                          in_window(r"\byou\b|\byour\b", before=120, after=60),
                          not_in_text(r"\b(?:clinician|professional|assessment|evaluation|doctor|"
                                      r"diagnos(?:e|is) (?:requires|needs))\b"))),
    # "Comment your birth order and I'll tell you your attachment disorder"
    Pattern(r"\b(?:i'll|i will|let me|we'll|and i'll) (?:tell|guess|diagnose|show) (?:you )?(?:your|which|what|if|whether)\b"
            + gap(40) + r"\b(?:disorder|diagnosis|attachment style|" + SD_LABEL + r")\b", unless=NOT_A_PROMPT),
    Pattern(r"\b(?:wondering|wonder|curious|asking yourself|ever wondered) (?:if|whether) (?:you(?:'re| are)?|your [a-z]{1,25} "
            r"(?:is|has)) (?:have |has |might have |might be |could have |could be )?(?:an? )?" + SD_LABEL + r"\b" + gap(30) +
            r"[?!.]\s{0,5}(?:here are|here's|take|try|these|this|check|swipe|read on)", unless=NOT_A_PROMPT),
    # "5 signs you have BPD", "signs your partner is a narcissist"
    Pattern(r"\b(?:signs?|clues|red flags|indicators|symptoms|ways to (?:tell|know)|things that mean|proof|"
            r"sure signs?|telltale signs?) (?:that )?(?:you(?:'re| are| were)?|your " + words(2) +
            r"(?:is|has|are|was)|you might|you may|you could|you secretly|you actually|you definitely|you were)"
            r"(?: (?:might|may|could|secretly|actually|definitely|probably|really|be)){0,4} (?:have|be|are|'re|has|is|"
            r"were|had|raised by|dating|married to|with)? ?(?:a |an |undiagnosed |secretly |an undiagnosed |"
            r"high-functioning |high functioning )?" + SD_LABEL + r"\b" + LABEL_USED_AS_TOPIC, unless=NOT_A_PROMPT),
    # "Can't sit still, always late? Congrats, you're neurodivergent"
    Pattern(r"\?\s{0,3}(?:[a-z]{1,15},? ){0,2}(?:you(?:'re| are)?|you have|you've got|then you(?:'re| have)?)(?: (?:probably|"
            r"likely|definitely|might|may|could|totally|secretly|actually|just|officially)){0,3} (?:be |have |are )?(?:an? )?"
            r"(?:undiagnosed |secretly )?" + SD_LABEL + r"\b" + LABEL_USED_AS_TOPIC, unless=None,
            accept=lambda doc, m: not _NOT_A_PROMPT_RX.search(m.group())),
    Pattern(r"\b(?:find out|discover|learn|see|reveal|guess|tell you) (?:which|what|if|whether) (?:attachment style|"
            r"personality disorder|disorder|mental illness|trauma response|diagnosis|type of trauma|kind of trauma|"
            r"attachment wound|" + SD_LABEL + r")(?: you (?:have|are|'ve got))?\b", unless=NOT_A_PROMPT),
    # quizzes and tests that promise an answer
    Pattern(r"\b(?:take|try|do) (?:our|my|this|the|a) (?:free |quick |short |fun |simple |online |\d{1,6}[- ]?(?:minute|min|"
            r"second|question) ){0,3}(?:quiz|test|assessment|screener|self-test|checklist)\b" + gap(70) +
            r"\b(?:find out|see|learn|discover|know|check|tell|reveal|show)\b" + gap(30) + r"\b(?:if|whether|which|what)\b",
            unless=NOT_A_PROMPT),
    Pattern(r"\b(?:which|what) (?:personality disorder|disorder|mental illness|mental health condition|diagnosis|"
            r"cluster b disorder|attachment disorder) (?:do you have|are you|fits you|matches you|you have)\b",
            unless=NOT_A_PROMPT),
    Pattern(r"\b(?:do|could|might|can) you have (?:undiagnosed |hidden |secret )?" + SD_LABEL + r"\b\??" + gap(60) +
            r"\b(?:take|quiz|test|find out|comment|link|bio|swipe|click|check)\b", unless=NOT_A_PROMPT),
    Pattern(r"\b(?:free |online |quick |our |my )(?:adhd|autism|bpd|ocd|depression|anxiety|narcissism|ptsd|"
            r"bipolar|personality disorder) (?:quiz|test|self-test|self test|checklist)\b", unless=NOT_A_PROMPT),
    # short-video formats
    Pattern(r"\bpov:? (?:you(?:'re| are)?(?: not [a-z]{1,25},?)?|u) (?:you )?(?:have|had|got|are|'re)? ?(?:undiagnosed |"
            r"secretly |an? |high-functioning )?" + SD_LABEL + r"\b" + LABEL_USED_AS_TOPIC, unless=None),
    Pattern(r"\btell me (?:you(?:'re| are| have)?|your) " + words(4) + r"without telling me\b", unless=None),
    Pattern(r"\byou(?:'re| are) not (?:lazy|stupid|broken|crazy|dramatic|weird|rude|a bad [a-z]{1,25}|difficult|too much|"
            r"bad at [a-z]{1,25}|shy|sensitive|messy|forgetful|picky|clumsy|flaky)[,;.:!\-]{0,3} ?(?:you(?:'re| are)?|you just|"
            r"it's|you've got)? ?(?:just )?(?:have|are|'re|got)? ?(?:undiagnosed |probably |likely |an? )?" + SD_LABEL +
            r"\b", unless=None),
    # "Hate loud noises? You might be autistic!"
    Pattern(r"(?:^|(?<=[?!.]))\s{0,5}(?:you|u)(?: (?:might|may|could|probably|likely|definitely|totally|secretly|must|"
            r"actually)){1,4} (?:have|be|are|'re) (?:an? )?(?:undiagnosed |secretly |high-functioning )?" + SD_LABEL + r"\b"
            + LABEL_USED_AS_TOPIC, unless=NOT_A_PROMPT + r"|@user|\bsounds\b"),
    Pattern(r"(?<=\?)\s{0,5}(?:that's|this is|it's|that is|sounds like|smells like) (?:[a-z\-]{1,25} ){0,3}(?:trauma response|adhd|autism|anxiety disorder|bpd|ocd|cptsd|ptsd|"
            r"depression|adhd thing|autism thing|trauma|adhd brain|autistic|neurodivergent)\b", unless=NOT_A_PROMPT),
    Pattern(r"(?:^|(?<=[?!.]))\s{0,5}(?:that's |it's |this is )?(?:probably|likely|definitely|prob|totally|classic|could be|"
            r"might be|maybe|sounds like|smells like|textbook) (?:a |an |undiagnosed )?" + SD_LABEL + r"\b\W{0,5}(?:$|[.!?]|"
            r"get (?:them|yourself|him|her) (?:tested|checked|assessed))", unless=NOT_A_PROMPT),
    # "If your partner does these 7 things, they're a narcissist"
    Pattern(r"\bif (?:your|ur) " + words(2) + r"(?:partner|husband|wife|boyfriend|girlfriend|boss|mom|mother|dad|father|"
            r"parents?|friend|ex|sibling|sister|brother|coworker)\b" + gap(80) + r"\b(?:they(?:'re| are)|he(?:'s| is)|"
            r"she(?:'s| is)|it's|that's|you're dating|you're with)(?: (?:probably|likely|definitely|almost certainly)){0,4} "
            r"(?:a |an )?(?:narcissist|sociopath|psychopath|narcissistic|bpd|borderline|toxic narcissist|covert narcissist|"
            r"narc|abuser)\b", unless=NOT_A_PROMPT),
    Pattern(r"\b(?:comment|type|drop|say|reply)\b" + gap(30) + r"\bif you (?:relate|do this|have|are|'re)\b" + gap(40) +
            r"\b(?:adhd|autis\w{1,20}|bpd|ocd|cptsd|ptsd|narcissist|bipolar|trauma)\b", unless=NOT_A_PROMPT),
)

SELF_DIAGNOSIS_PROMPT = Check(
    id="self-diagnosis-prompt",
    principle="accuracy",
    kind="must-avoid",
    what="invites readers to diagnose themselves or someone close to them",
    explanation="Symptom lists and quizzes cannot tell a common experience from a disorder, so readers end up "
                "mislabelled or falsely reassured; point them to a proper assessment instead",
    find=self_diagnosis_find,
    fires_on=(
        "If you always lose your keys and interrupt people, you probably have ADHD. 🧠",
        "5 signs you have BPD (number 3 will surprise you) 👇",
        "Take our 2-minute quiz to find out if you're on the spectrum!",
        "POV: you're not lazy, you have undiagnosed ADHD.",
        "Hate loud noises and tags in clothes? You might be autistic!",
    ),
    passes_on=(
        "Losing your keys now and then doesn't mean you have ADHD. Only a full assessment can tell.",
        "Online quizzes can't diagnose anything; talk to a professional about an evaluation.",
        "If you think you might have ADHD, ask your doctor about an assessment.",
        "Many adults with ADHD describe 'time blindness'.",
    ),
)

CHECKS = (DIAGNOSIS_OF_PERSON, SELF_DIAGNOSIS_PROMPT)
