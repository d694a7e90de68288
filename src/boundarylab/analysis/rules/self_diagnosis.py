"""Prompts that invite readers to diagnose themselves or someone close to them.

"If you always lose your keys, you probably have ADHD", "5 signs you have BPD", a quiz that promises
an answer: symptom lists cannot tell a common experience from a disorder. Education about a condition
("many adults with ADHD describe…") and pointing to an assessment are not prompts.
"""

import re

from boundarylab.analysis.check import Check
from boundarylab.analysis.lexicon import DISORDER, LABEL_USED_AS_TOPIC
from boundarylab.analysis.patterns import (
    NEGATION,
    Anchored,
    Pattern,
    all_of,
    alt,
    any_of,
    gap,
    in_sentence,
    in_window,
    not_in_text,
    words,
)

SD_LABEL = alt(
    DISORDER,
    "autistic",
    "on the spectrum",
    "neurodivergent",
    "depressed",
    "bipolar",
    "dyslexic",
    "a narcissist",
    "traumati[sz]ed",
    "(?:a |an )?trauma response",
    "trauma",
    "anxiety",
    "cptsd",
    "an adhd brain",
    "adhd brain",
    "an adhder",
    "adhder",
    "complex trauma",
    "attachment (?:disorder|issues)",
    "an anxious attachment style",
    "abandonment issues",
    "childhood trauma",
    "codependen(?:t|cy)",
    "a people[- ]pleaser",
    "(?:an? )?(?:avoidant|anxious|disorgani[sz]ed) attachment(?: style)?",
    "avoidant",
    "(?:a )?highly sensitive person",
    "(?:an? )?hsp",
    "socially anxious",
    "social anxiety(?: disorder)?",
    "generali[sz]ed anxiety(?: disorder)?",
)
YOU_MIGHT = (
    r"(?:you(?:'re| are)?|u|it's|it is|that's|that is|that|this|then you(?:'re| are)?|you've (?:probably |likely |"
    r"definitely |clearly )?got)(?: (?:probably|likely|definitely|almost certainly|most likely|might|may|"
    r"could|must|totally|secretly|actually|really|just)){0,4} (?:have|be|are|'re|got|has)? ?(?:a |an |got |"
    r"undiagnosed |some |secretly |an undiagnosed )?"
)
NOT_A_PROMPT = NEGATION + r"|\b(?:whether|only an?|doesn't mean|does not mean|not necessarily)\b"
_NOT_A_PROMPT_RX = re.compile(NOT_A_PROMPT)

self_diagnosis_find = any_of(
    # "If you always lose your keys, you probably have ADHD"
    Anchored(
        # "if that voice shows up most days, you most likely have…" is the same prompt
        r"\bif (?:you|u|your|that|this|these|those|any of (?:this|these|that)|most of (?:this|these))\b"
        r"(?!(?:'re| are)? (?:think|thinking|wonder|wondering|suspect|worry|worried|concerned|"
        r"believe|feel like|feel that|recogni[sz]e yourself|see yourself|already|'ve been diagnosed|"
        r"have been diagnosed|diagnosed)\b)" + gap(100) + r"\b" + YOU_MIGHT + r"(?:[a-z\-]{1,25} ){0,5}?",
        r"\b" + SD_LABEL + r"\b" + LABEL_USED_AS_TOPIC,
        unless=NOT_A_PROMPT,
    ),
    # "10 signs nobody talks about" in a post about a disorder, addressed to the reader
    Pattern(
        r"\b(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|twelve|fifteen) (?:subtle |hidden |sneaky |"
        r"surprising |little-known |lesser-known |weird |unexpected |early |secret |unusual |"
        r"overlooked )?(?:signs|symptoms|traits|clues|red flags)\b(?! (?:of (?:a )?(?:healthy|secure|good|"
        r"strong)|to (?:look for in a therapist|ask)))",
        unless=NOT_A_PROMPT,
        accept=all_of(
            in_window(r"\b(?:" + SD_LABEL + r")\b", before=120, after=60),
            in_window(r"\byou\b|\byour\b", before=120, after=60),
            not_in_text(
                r"\b(?:clinician|professional|assessment|evaluation|doctor|diagnos(?:e|"
                r"is) (?:requires|needs))\b"
            ),
        ),
    ),
    # "Comment your birth order and I'll tell you your attachment disorder"
    Pattern(
        r"\b(?:i'll|i will|let me|we'll|and i'll) (?:tell|guess|diagnose|show) (?:you )?(?:your|which|what|if|"
        r"whether)\b" + gap(40) + r"\b(?:disorder|diagnosis|attachment style|" + SD_LABEL + r")\b",
        unless=NOT_A_PROMPT,
    ),
    Pattern(
        r"\b(?:wondering|wonder|curious|asking yourself|ever wondered) (?:if|whether) (?:you(?:'re| are)?|"
        r"your [a-z]{1,25} (?:is|has)) (?:have |has |might have |might be |could have |could be )?(?:an? )?"
        + SD_LABEL
        + r"\b"
        + gap(30)
        + r"[?!.]\s{0,5}(?:here are|here's|take|try|these|this|check|swipe|read on)",
        unless=NOT_A_PROMPT,
    ),
    # "5 signs you have BPD", "signs your partner is a narcissist"
    Pattern(
        r"\b(?:signs?|clues|red flags|indicators|symptoms|ways to (?:tell|know)|things that mean|proof|"
        r"sure signs?|telltale signs?) (?:that )?(?:you(?:'re| are| were)?|your "
        + words(2)
        + r"(?:is|has|are|was)|you might|you may|you could|you secretly|you actually|you definitely|"
        r"you were)(?: (?:might|may|could|secretly|actually|definitely|probably|really|be)){0,4} (?:have|be|are|"
        r"'re|has|is|were|had|raised by|dating|married to|with)? ?(?:a |an |undiagnosed |secretly |"
        r"an undiagnosed |high-functioning |high functioning )?" + SD_LABEL + r"\b" + LABEL_USED_AS_TOPIC,
        unless=NOT_A_PROMPT,
    ),
    # "Can't sit still, always late? Congrats, you're neurodivergent"
    Pattern(
        r"\?\s{0,3}(?:[a-z]{1,15},? ){0,2}(?:you(?:'re| are)?|you have|you've got|then you(?:'re|"
        r" have)?)(?: (?:probably|likely|definitely|might|may|could|totally|secretly|actually|just|"
        r"officially)){0,3} (?:be |have |are )?(?:an? )?(?:undiagnosed |secretly )?"
        + SD_LABEL
        + r"\b"
        + LABEL_USED_AS_TOPIC,
        unless=None,
        accept=lambda doc, m: not _NOT_A_PROMPT_RX.search(m.group()),
    ),
    Pattern(
        r"\b(?:find out|discover|learn|see|reveal|guess|tell you) (?:which|what|if|whether) (?:attachment style|"
        r"personality disorder|disorder|mental illness|trauma response|diagnosis|type of trauma|kind of trauma|"
        r"attachment wound|" + SD_LABEL + r")(?: you (?:have|are|'ve got))?\b",
        unless=NOT_A_PROMPT,
    ),
    Pattern(
        r"\b(?:test yourself|quiz yourself|answer (?:these|this|the|our|my) (?:\d{1,2} |few |quick |"
        r"simple )?questions)\b"
        + gap(60)
        + r"\b(?:see|find out|know|learn|discover|check) (?:if|whether|which|what)\b",
        unless=NOT_A_PROMPT,
    ),
    # quizzes and tests that promise an answer
    Pattern(
        r"\b(?:take|try|do) (?:our|my|this|the|a) (?:free |quick |short |fun |simple |online |"
        r"\d{1,6}[- ]?(?:minute|min|second|question) ){0,3}(?:quiz|test|assessment|screener|self-test|"
        r"checklist)\b"
        + gap(70)
        + r"\b(?:find out|see|learn|discover|know|check|tell|reveal|show)\b"
        + gap(30)
        + r"\b(?:if|whether|which|"
        r"what)\b",
        unless=NOT_A_PROMPT,
    ),
    # "take the PTSD screening quiz linked in our bio to find out", "count how many apply to you"
    Pattern(
        r"\b(?:quiz|self-test|self test|screener|screening (?:quiz|test|tool)|checklist|(?:list|carousel) of "
        r"(?:\d{1,2} )?(?:warning |early |common )?(?:signs|symptoms))\b",
        unless=NEGATION + r"|\b(?:only an?|not a)\b",
        unless_after=r"^[^.!?]{0,60}?\b(?:can't|cannot|won't|doesn't|does not|isn't|is not|aren't|not a|never)\b",
        accept=in_sentence(
            r"\b(?:find out|count how many|how many (?:of these )?apply|apply to you|what's going on for you|"
            r"if that's what|to know if|see if you|see whether you|if you have|whether you have)\b"
        ),
    ),
    Pattern(
        r"\b(?:which|what) (?:personality disorder|disorder|mental illness|mental health condition|diagnosis|"
        r"cluster b disorder|attachment disorder) (?:do you have|are you|fits you|matches you|you have)\b",
        unless=NOT_A_PROMPT,
    ),
    Pattern(
        r"\b(?:do|could|might|can) you have (?:undiagnosed |hidden |secret )?"
        + SD_LABEL
        + r"\b\??"
        + gap(60)
        + r"\b(?:take|quiz|test|find out|comment|link|bio|swipe|click|check)\b",
        unless=NOT_A_PROMPT,
    ),
    Pattern(
        r"\b(?:free |online |quick |our |my )(?:adhd|autism|bpd|ocd|depression|anxiety|narcissism|ptsd|bipolar|"
        r"personality disorder) (?:quiz|test|self-test|self test|checklist)\b",
        unless=NOT_A_PROMPT,
    ),
    # short-video formats
    Pattern(
        r"\bpov:? (?:you(?:'re| are)?(?: not [a-z]{1,25},?)?|u) (?:you )?(?:have|had|got|are|"
        r"'re)? ?(?:undiagnosed |secretly |an? |high-functioning )?" + SD_LABEL + r"\b" + LABEL_USED_AS_TOPIC,
        unless=None,
    ),
    Pattern(r"\btell me (?:you(?:'re| are| have)?|your) " + words(4) + r"without telling me\b", unless=None),
    Pattern(
        r"\byou(?:'re| are) not (?:lazy|stupid|broken|crazy|dramatic|weird|rude|a bad [a-z]{1,25}|difficult|"
        r"too much|bad at [a-z]{1,25}|shy|sensitive|messy|forgetful|picky|clumsy|"
        r"flaky)[,;.:!\-]{0,3} ?(?:you(?:'re| are)?|you just|it's|you've got)? ?(?:just )?(?:have|are|'re|"
        r"got)? ?(?:undiagnosed |probably |likely |an? )?" + SD_LABEL + r"\b",
        unless=None,
    ),
    # "Hate loud noises? You might be autistic!"
    Pattern(
        r"(?:^|(?<=[?!.]))\s{0,5}(?:you|u)(?: (?:might|may|could|probably|likely|definitely|totally|secretly|"
        r"must|actually)){1,4} (?:have|be|are|'re) (?:an? )?(?:undiagnosed |secretly |high-functioning )?"
        + SD_LABEL
        + r"\b"
        + LABEL_USED_AS_TOPIC,
        unless=NOT_A_PROMPT + r"|@user|\bsounds\b",
    ),
    Pattern(
        r"(?<=\?)\s{0,5}(?:that's|this is|it's|that is|sounds like|"
        r"smells like) (?:[a-z\-]{1,25} ){0,3}(?:trauma response|adhd|autism|anxiety disorder|bpd|ocd|cptsd|ptsd|"
        r"depression|adhd thing|autism thing|trauma|adhd brain|autistic|neurodivergent)\b",
        unless=NOT_A_PROMPT,
    ),
    Pattern(
        r"(?:^|(?<=[?!.]))\s{0,5}(?:that's |it's |this is )?(?:probably|likely|definitely|prob|totally|classic|"
        r"could be|might be|maybe|sounds like|smells like|textbook) (?:a |an |undiagnosed )?"
        + SD_LABEL
        + r"\b\W{0,5}(?:$|[.!?]|get (?:them|yourself|him|her) (?:tested|checked|assessed))",
        unless=NOT_A_PROMPT,
    ),
    # "If your partner does these 7 things, they're a narcissist"
    Pattern(
        r"\bif (?:your|ur) " + words(2) + r"(?:partner|husband|wife|boyfriend|girlfriend|boss|mom|mother|dad|"
        r"father|parents?|friend|ex|sibling|sister|brother|coworker)\b"
        + gap(80)
        + r"\b(?:they(?:'re| are)|he(?:'s| is)|she(?:'s| is)|it's|that's|you're dating|you're with)(?: (?:probably|"
        r"likely|definitely|almost certainly)){0,4} (?:a |an )?(?:narcissist|sociopath|psychopath|narcissistic|"
        r"bpd|borderline|toxic narcissist|covert narcissist|narc|abuser)\b",
        unless=NOT_A_PROMPT,
    ),
    Pattern(
        r"\b(?:comment|type|drop|say|reply)\b"
        + gap(30)
        + r"\bif you (?:relate|do this|have|are|'re)\b"
        + gap(40)
        + r"\b(?:adhd|autis\w{1,20}|bpd|ocd|cptsd|ptsd|narcissist|bipolar|trauma)\b",
        unless=NOT_A_PROMPT,
    ),
)

# A reader invited to score, test or label themselves, in any format: "comment your score", "Am I bipolar?
# self-test", "your 'quirks' are actually bipolar 2", "ur definitely a HSP w/ anxiety, tag urself".
TEST_WORDS = r"\b(?:quiz|test|self-test|checklist|score|results?|find out|swipe|link in bio|take (?:it|this|the))\b"
self_diagnosis_find = any_of(
    self_diagnosis_find,
    Pattern(
        r"\bwhich of these (?:\d{1,2} |few |common )?(?:trauma responses|attachment styles|disorders|symptoms|"
        r"signs|traits|personality types|conditions)\b" + gap(20) + r"\b(?:are you|do you have|is you|"
        r"describes? you)\b|\bfind out (?:your|which|if|whether)\b" + gap(60) + r"\b(?:you have|you're|you are)\b"
        r" (?:a |an )?" + SD_LABEL + r"\b",
        unless=NOT_A_PROMPT,
    ),
    Pattern(
        r"\?[^\w]{0,8}(?:[a-z]{1,15},? ){0,2}(?:that's|this is|it's|sounds like|congrats,? you(?:'re| have)|"
        r"you(?:'re| have)|you might have|you may have|you could have) (?:probably |likely |"
        r"definitely |totally )?(?:a |an )?(?:[a-z\-]{1,25} ){0,2}(?:disorder|" + SD_LABEL + r")\b",
        unless=NOT_A_PROMPT,
        accept=all_of(
            in_window(r"\b(?:you|your|u|ur)\b|^\s{0,3}(?:hate|love|can't|do|does|always|never)\b", before=120, after=0),
            lambda doc, m: not _NOT_A_PROMPT_RX.search(m.group(), 1),
        ),
    ),
    Pattern(
        r"\b(?:comment|post|share|drop) your (?:score|results?)\b|\b(?:over|above|under|more than) \d{1,3} ?"
        r"(?:=|means|points? means|means you have) (?:(?:clinical|severe|likely|probable) )?" + SD_LABEL + r"\b",
        unless=NOT_A_PROMPT,
        # "please share your result with your doctor": taken to a professional, not posted
        unless_after=r"^\s?(?:with|to) (?:your|a|the) (?:doctor|gp|clinician|therapist|provider|prescriber|"
        r"pa?ediatrician|counsell?or|psychiatrist|psychologist|care team)\b",
    ),
    Pattern(
        r"\bam i (?:(?:secretly|really|actually|a little) )?(?:" + SD_LABEL + r"|a narcissist|narcissistic)\b",
        unless=NOT_A_PROMPT,
        accept=in_window(TEST_WORDS, before=80, after=120),
    ),
    Pattern(
        r"\bare you (?:as |secretly |really |a little |more )?(?:" + SD_LABEL + r"|narcissistic|a narcissist|"
        r"bipolar|borderline)\b",
        unless=NOT_A_PROMPT,
        accept=in_window(TEST_WORDS, before=80, after=120),
    ),
    Pattern(
        r"\b(?:your|ur) [\"']?(?:[a-z\-]{1,25} ){0,2}[a-z\-]{1,25}[\"']? (?:are|is) (?:actually|really|secretly|"
        r"just|probably) (?:a |an |signs of |symptoms of )?" + SD_LABEL + r"\b",
        unless=NOT_A_PROMPT,
    ),
    Pattern(
        r"\b(?:you're|your|you are) (?:definitely|probably|totally|clearly|100%|low-?key|secretly) (?:a |an )?"
        r"(?:[a-z\-]{1,25} ){0,4}(?:with|and) (?:" + SD_LABEL + r")\b",
        unless=NOT_A_PROMPT,
    ),
)

# A question about the reader's own person, then the label: "Does your teen slam doors …? Constant irritability can
# be a hidden sign of depression", "Does your partner go quiet …? That pattern is usually a sign of an avoidant
# attachment style", "ask yourself: does he struggle to sit still …? Those are classic ADHD signs"; "tag the friend
# who always spaces out" under a post on dissociation; "consider whether that's what's happening to you".
_READER_QUESTION = in_window(
    r"(?:\b(?:does|do|is|are|has|have|did) (?:your|you|he|she|they)\b(?! (?:know|ever wonder))[^.!?]{0,150}\?|"
    r"\bask yourself\b)",
    before=300,
    after=0,
)
self_diagnosis_find = any_of(
    self_diagnosis_find,
    Pattern(
        r"\b(?:usually |often |almost always |can be |could be |may be |might be |is |are )?(?:an? )?(?:hidden |classic |"
        r"telltale |tell-tale |sure |clear |key |early |warning )?sign (?:of|that) (?:you have |they have |he has |she has "
        r")?(?:an? )?(?:[a-z\-]{1,20} )?"
        + SD_LABEL
        + r"\b|\b(?:classic|textbook|telltale|tell-tale|typical) (?:"
        + SD_LABEL
        + r") (?:signs|symptoms|traits|red flags|behaviou?rs?)\b",
        unless=NOT_A_PROMPT,
        accept=_READER_QUESTION,
    ),
    Pattern(
        r"\b(?:hallmark|classic|telltale|tell-tale|textbook|early|warning|key|common) (?:warning )?signs? of (?:an? )?"
        + SD_LABEL
        + r"\b",
        unless=NOT_A_PROMPT,
        accept=in_window(r"\bif (?:that|this|any of (?:that|this)) sounds like (?:you|your)\b", before=0, after=120),
    ),
    Pattern(
        r"\btag (?:the|a|that|your|ur) (?:friend|bestie|person|partner|coworker|co-worker|colleague|mate|sibling|"
        r"roommate|someone|one)(?: who|(?: who)?(?:'s| is))(?: always| constantly| never| forever| literally)\b|"
        r"\btag (?:someone|somebody|anyone|a friend)(?: who|(?: who)?(?:'s| is))(?: always| constantly| never| "
        r"forever)\b",
        unless=NEGATION,
        accept=in_window(
            r"\b(?:" + SD_LABEL + r"|anxious|dissociat\w*|spaces? out|zon(?:es|ing) out)\b", before=250, after=80
        ),
    ),
    Pattern(
        r"\b(?:consider|ask yourself|wonder|think about) (?:whether|if) (?:that's|that is|this is|it's|it is|that might "
        r"be|it might be) what(?:'s| is) (?:happening|going on)(?: (?:to|for|with) (?:you|them|him|her))?\b",
        unless=NEGATION,
    ),
)

# A label handed to the reader in place of another word for them ("that's not a personality flaw, that's ADHD",
# "you're not weird, you're a highly sensitive person"), or as the answer to a quiz ("find out which one you are").
self_diagnosis_find = any_of(
    self_diagnosis_find,
    Pattern(
        r"\b(?:that's|it's|you're|you are) not (?:a |an )?(?:[a-z\-]{1,25} ){0,3}?[a-z\-]{1,25}, (?:that's|it's|"
        r"you're|you are|you have) (?:an? )?(?:[a-z\-]{1,25} )?" + SD_LABEL + r"\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:find out|see|tell you|guess) which (?:one )?(?:you are|you have|you're)\b",
        unless=NOT_A_PROMPT,
        accept=in_window(r"\b(?:" + SD_LABEL + r"|introvert|sensitive)\b", before=120, after=60),
    ),
    # "try our quick 10-question check at the link below", "recognize your roommate in these slides?"
    Pattern(
        r"\b(?:try|take|do|complete|fill (?:in|out)) (?:our|this|the|my|a) (?:quick |short |free |simple |fast )?"
        r"(?:\d{1,2}|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[- ](?:question|item|minute) (?:check|"
        r"quiz|test|screen(?:er|ing)?|self-test|assessment|questionnaire)\b|\brecogni[sz]e (?:yourself|your "
        r"[a-z\-]{1,25}|someone|anyone) (?:in|from) (?:these|this|the|our) (?:slides?|list|signs|post|carousel|video|"
        r"traits|symptoms|checklist)\b",
        unless=NEGATION,
    ),
    # "try the free PTSD self-check linked in my bio"
    Pattern(
        r"\b(?:try|take|do) (?:our|the|my|this) (?:free |quick |short |simple )?(?:[a-z]{2,10} )?self[- ](?:check|"
        r"test|screen(?:er|ing)?|assessment|quiz)\b",
        unless=NEGATION,
    ),
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
        "Does your teen slam doors? Constant irritability can be a hidden sign of depression.",
        "Zoning out is a mild form of dissociation 😂 Tag the friend who always spaces out.",
        "If your mind races every night, you probably have an anxiety disorder.",
        "If you swing from rage to no sleep for days, that may be bipolar. Take the quiz!",
        "Try the anxiety screener linked in our bio to find out if that is what you have.",
        "Here is our list of 12 early signs: count how many apply to you!",
        "If you always lose your keys and interrupt people, you probably have ADHD. 🧠",
        "5 signs you have BPD (number 3 will surprise you) 👇",
        "Take our 2-minute quiz to find out if you're on the spectrum!",
        "POV: you're not lazy, you have undiagnosed ADHD.",
        "Hate loud noises and tags in clothes? You might be autistic!",
        "Can't sit through a film? Lose your phone daily? Yeah hun that's ADHD 😬",
        "You're not shy, you're a highly sensitive person and now you know 💫",
        "Anxious or avoidant? Comment your answers and find out which one you are!",
    ),
    passes_on=(
        "Irritability is not always a sign of depression; a pediatrician can assess it.",
        "If your worry is getting in the way of daily life, a clinician can help you find out what's going on.",
        "This checklist can't tell you if you have ADHD; only a clinician can.",
        "Please share your result with your doctor, who can look at the whole picture.",
        "Only an assessment with a clinician can tell you whether ADHD is part of the picture.",
        "Losing your keys now and then doesn't mean you have ADHD. Only a full assessment can tell.",
        "Online quizzes can't diagnose anything; talk to a professional about an evaluation.",
        "If you think you might have ADHD, ask your doctor about an assessment.",
        "Many adults with ADHD describe 'time blindness'.",
        "You're not lazy, you're tired, and rest is allowed.",
    ),
)

CHECKS = (SELF_DIAGNOSIS_PROMPT,)
