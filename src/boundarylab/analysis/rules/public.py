"""Public footprint: partisan political and religious advocacy on a professional page.

Naming politics or faith is not advocacy: "Election stress is real", "we welcome clients of every
faith" and "whether you're a Democrat or a Republican…" are neutral, so a sentence that speaks to
all sides, or names both, passes.
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
)

NEUTRAL = (
    r"\b(?:whether you(?:'re| are| lean)|regardless of|(?:every|each|all(?: the)?) candidates?(?: on your ballot)? "
    r"(?:stands?|thinks?)|where (?:the |all )?candidates stand|who(?:ever)? you (?:vote|voted) for|however you vote|"
    r"ask (?:every|each|all(?: the)?|your) (?:candidates?|reps?|representatives?|lawmakers|legislators) (?:how|what|"
    r"where|whether|about)|no matter (?:who|what|your|how|which)|whatever your|"
    r"all (?:political )?(?:views|parties|beliefs|affiliations|faiths|sides|backgrounds)|every (?:faith|party|"
    r"political|belief)|any (?:faith|party|political)|both sides|either side|all sides|"
    r"across the (?:political )?(?:spectrum|aisle)|of all (?:faiths|political|beliefs)|nonpartisan|"
    r"non-partisan|bipartisan|(?:don't|do not|won't|never) (?:share|post|discuss|take)(?: my)? (?:political|"
    r"sides|politics)|(?:democrats?|republicans?) (?:and|or|&) (?:republicans?|democrats?)|(?:liberals?|"
    r"conservatives?) (?:and|or|&) (?:conservatives?|liberals?)|(?:left|right) (?:and|or) (?:right|left)|"
    r"pro-?(?:life|choice) (?:and|or) pro-?(?:choice|life)|research|study|studies|survey|poll(?:s|"
    r"ing)? (?:show|found|suggest))"
)
CONTEST = (
    r"\b(?:awards?|best of|contest|readers'? choice|competition|nominat\w{0,6}|practice|clinic|counsell?ing|"
    r"therapy|wellness|poll|kindness|yourself|self-care)\b"
)
PARTY = (
    r"(?:democrats|the democrats|dems|republicans|the republicans|the gop|gop|liberals|libs|libtards?|"
    r"conservatives|leftists|lefties|the left|the far left|the radical left|the far right|right[- ]wingers?|"
    r"left[- ]wingers?|the right wing|maga|maga (?:crowd|people|supporters|voters)|trumpers|socialists|"
    r"communists|fascists|marxists|progressives|woke (?:mob|people|crowd|agenda|left|ideology|culture|nonsense|"
    r"corporations|therapists?)|the woke|tories|labour voters|republican voters|democrat voters)"
)
EVAL = (
    r"\b(?:destroy\w{0,20}|ruin\w{0,20}|evil|idiots?|stupid|dumb|the problem|dangerous|a threat|threats?|"
    r"hate\w{0,20}|lying|liars|corrupt|insane|crazy|brainwashed|sheep|traitors?|un-american|disgust\w{0,20}|"
    r"pathetic|killing|war on|don't care|don't believe|doesn't care|never cared|can't be trusted|to blame|fault|deluded|"
    r"racist|bigots?|fascist|communist|marxist|snowflakes?|turned every|disgrace|shame|clowns?|jokes?|morons?|"
    r"nazis?|cult|vile|monsters?|unfit|losers?|toughen up|cowards?|scum|worst|against (?:their|your|our) own|"
    r"prove me wrong|unfollow|never vote|vote (?:them|him|her) out|out of office|wake up|wrong side|"
    r"side of history|taking away|stealing|rigged|groom\w{0,20}|indoctrinat\w{0,20}|propaganda|agenda|treason|"
    r"coup|enemy|enemies)\b"
)
PARTISAN_TAG = (
    r"#(?:maga|resist|resistance|blue ?wave|red ?wave|never ?trump|pro ?life|pro ?choice|"
    r"defund ?the ?police|back ?the ?blue|fbr|build ?the ?wall|abolish ?ice|let'?s ?go ?brandon|"
    r"trump ?\d*|biden ?\d*|vote ?blue\w{0,20}|vote ?red\w{0,20}|vote ?republican|vote ?democrat|"
    r"dump ?trump|impeach\w{0,20})\b"
)

polarizing_find = any_of(
    Pattern(
        r"\bvote (?:for|against) (?!us\b|me\b|our\b|my\b|the best\b|your favou?rite\b|local\b|whoever\b|"
        r"the candidate (?:who|that) |what|who|yourself)[a-z@#]\w{0,20}",
        unless=None,
        accept=not_in_sentence(NEUTRAL + "|" + CONTEST),
    ),
    Pattern(
        r"\bvote (?:blue|red|democrat(?:ic)?|republican|gop|conservative|liberal|labour|labor|tory|yes on|no on|"
        r"them out|him out|her out|out (?:every|all|the))\b",
        unless=None,
        accept=not_in_sentence(NEUTRAL),
    ),
    Pattern(PARTISAN_TAG, unless=None),
    Pattern(r"\b" + PARTY + r"\b", unless=None, accept=all_of(in_sentence(EVAL), not_in_sentence(NEUTRAL))),
    Pattern(
        r"\b(?:maga|libtards?|the radical left|woke mob|trumpers|demonrats|republicunts|rethuglicans)\b",
        unless=None,
        accept=not_in_sentence(NEUTRAL),
    ),
    Pattern(
        r"\b(?:anyone|anybody|everyone|everybody|no one|nobody) (?:who |that )?(?:still )?(?:votes?|voting|voted|"
        r"supports?|supporting|backs?|backing) (?:for )?"
        + gap(50)
        + r"\b(?:should|is|are|can't|has no|deserves?|needs?|must|isn't|doesn't)\b",
        unless=None,
        accept=not_in_sentence(NEUTRAL),
    ),
    Pattern(
        r"\b(?:any|every|no) (?:[a-z]{1,25} )?(?:one|body|therapist|counsell?or|christian|american|person|parent|"
        r"woman|man|clinician|professional)s? (?:who |that )?(?:still )?(?:votes?|voting|voted|supports?|"
        r"supporting|backs?|backing) (?:for )?"
        + gap(50)
        + r"\b(?:should|is|are|can't|has no|deserves?|needs?|must|isn't|doesn't|has lost|have lost|lost the plot)\b",
        unless=None,
        accept=not_in_sentence(NEUTRAL),
    ),
    Pattern(
        r"\banyone who (?:votes?|voted|supports?|supported|defends?|still supports) "
        + gap(40)
        + r"\b(?:is|are|should|can't|doesn't|deserves?|has no|needs?|must|isn't)\b",
        unless=None,
        accept=not_in_sentence(NEUTRAL),
    ),
    Pattern(
        r"\b(?:senator|sen\.|governor|gov\.|president|congressman|congresswoman|congressperson|representative|"
        r"rep\.|mayor|candidate|prime minister|minister|councilman|councilwoman|"
        r"speaker)(?: [a-z]{1,25}){0,2} (?:is|'s|was|are) (?:a |an |such a |the |an absolute |a total |"
        r"a complete )?(?:[a-z]{1,25} )?(?:disgrace|liar|criminal|fascist|communist|traitor|clown|idiot|corrupt|"
        r"evil|monster|joke|moron|nazi|crook|puppet|tyrant|dictator|embarrassment|threat to democracy|"
        r"danger to)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:impeach|recall|defeat|unseat|boycott) (?:the )?(?:senator|governor|president|mayor|congressman|"
        r"congresswoman|candidate|trump|biden)\b|\block (?:him|her|them) up\b",
        unless=None,
    ),
    Pattern(
        r"\babortion is (?:murder|healthcare|health care|a (?:human )?right|a sin|evil|wrong|killing|a choice)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:pro[- ]?life|pro[- ]?choice|anti[- ]?abortion|anti[- ]?choice)\b",
        unless=None,
        accept=not_in_sentence(NEUTRAL + r"|\b(?:clients?|people|folks|families) (?:who are|who identify as)\b"),
    ),
    Pattern(
        r"\b(?:defund|abolish|ban|outlaw|criminali[sz]e) (?:the )?(?:police|ice|guns|abortion|assault weapons|"
        r"the second amendment|gay marriage|same-sex marriage|drag(?: shows)?|books|trans care|"
        r"gender-affirming care)\b",
        unless=None,
        accept=not_in_sentence(NEUTRAL),
    ),
    Pattern(
        r"\b(?:build the wall|illegals|illegal aliens|open borders|stolen election|rigged election|"
        r"election was (?:stolen|rigged)|climate (?:hoax|deniers|alarmists)|fake news media|deep state|groomers|"
        r"critical race theory is|replacement theory|from the river to the sea|antifa|all lives matter|"
        r"blue lives matter|back the blue|second amendment rights|(?:need|support|pass|fight for|"
        r"demand) (?:common[- ]sense )?gun (?:control|reform|laws)|gun control (?:now|saves|works))\b",
        unless=None,
        accept=not_in_sentence(NEUTRAL),
    ),
    # religious advocacy
    Pattern(
        r"\b(?:accept|give your (?:life|heart)(?: over)? to|turn your life over to|put your (?:faith|trust) in|"
        r"surrender (?:your \w{1,20} )?to|you need|you all need|they need|everyone needs|needs) (?:jesus|christ|"
        r"god|the lord|allah|our lord|our savior|our saviour|jesus christ)\b(?! (?:knows|only knows))",
        unless=None,
    ),
    Pattern(
        r"\b(?:jesus|christ|god|the lord|prayer|faith|the bible|scripture|church|allah|religion|the gospel|"
        r"the cross)(?: alone)? (?:is|are) (?:the )?(?:only |real |true |one |ultimate |best )?(?:answer|way|"
        r"cure|healer|solution|medicine|therapy|treatment|hope|truth|path|therapist)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:only|real|true|best|one|ultimate) (?:real |true )?(?:cure|answer|healer|solution|medicine|"
        r"treatment|hope|way out|therapy)(?: for [a-z' ]{1,30})? (?:is|=) (?:jesus|god|christ|prayer|faith|"
        r"the lord|the bible|allah|church|the gospel)\b",
        unless=None,
    ),
    Pattern(
        r"\bonly (?:jesus|god|christ|prayer|faith|the lord|allah|the bible|scripture) can (?:heal|save|fix|cure|"
        r"help|deliver|free|set (?:you|us) free|restore)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:satan|the devil|demons?|demonic (?:forces|spirits)|evil spirits) (?:is|are) (?:behind|causing|"
        r"the cause of|responsible for|at work in)\b",
        unless=None,
    ),
    Pattern(r"\b(?:pray|praying|prayed) (?:the |your |their |it |this |that )?(?:[a-z]{1,25} )?away\b", unless=None),
    Pattern(
        r"\b(?:atheists|christians|muslims|jews|catholics|mormons|hindus|evangelicals|religious people|believers|"
        r"non-believers|unbelievers|sinners)\b (?:are|is) (?:all |just |so )?(?:wrong|deluded|stupid|lost|"
        r"the problem|going to hell|evil|sinners|brainwashed|hypocrites|dangerous|idiots|damned|ignorant|fools)\b",
        unless=None,
    ),
    Pattern(
        r"\b(?:repent|going to hell|burn in hell|god hates|sinful lifestyle|homosexuality is a sin|is a sin\b|"
        r"jesus saves|need more (?:jesus|god|prayer)|jesus is coming|god's plan for your (?:healing|depression|"
        r"anxiety))",
        unless=None,
    ),
)

# Electoral advocacy, whatever the party or candidate is called: endorsing, campaigning, telling readers how their
# vote reflects on them, or claiming one party alone cares.
OFFICE = r"(?:senate|congress|governor|mayor|president|city council|council|state house|assembly|office|re-?election)"
SIDE = (
    r"(?:this administration|the administration|the (?:current )?government|the right|the left|the right wing|"
    r"the left wing|right-wingers|left-wingers|republicans?|democrats?|conservatives?|liberals?|progressives|"
    r"the gop|the dems|tories|labour|the opposition|this president|the president)"
)
OFFICE_TITLE = (
    r"senator|sen|governor|gov|mayor|congressman|congresswoman|representative|rep|president|"
    r"councilman|councilwoman|councillor|council member|prime minister|minister|speaker"
)
SIDE_EVAL = (
    r"(?:cruelty|lies|corruption|failures|incompetence|blood on (?:their|his|her|your) hands|coming for|ruin\w{0,5}|destroy\w{0,5}|can't be friends|"
    r"cannot be friends|unfollow|attack on|war on|should be ashamed|ashamed of yourselves|don't care|"
    r"doesn't care|do not care|hate\w{0,3}|evil|disgrace\w{0,3}|shameful|traitors?|stealing|lie\w{0,3}|"
    r"lying|cruel|heartless|fascis\w{0,3}|communis\w{0,3}|dangerous|the problem|to blame)"
)
# Broadest form: a political actor or a culture-war issue, and the writer taking a side on it in the same
# sentence. Explaining a rule, or how to cope with election stress, takes no side.
POLITICAL = (
    r"(?:" + OFFICE_TITLE + r")\.? [a-z]{2,25}|[a-z]{2,25} party|(?:administration|"
    r"government|legislature|congress|parliament|senate|gop|dems|democrats?|republicans?|conservatives?|"
    r"liberals?|progressives|leftists|the left|the right|right-wing|left-wing|woke|maga)|(?:this|the|that|"
    r"his|her|their) (?:new |proposed )?(?:bill|law|ban|policy|budget|mandate|executive order)|abortion|"
    r"gun (?:control|rights|owners|laws)|immigra\w{1,10}|border|trans (?:rights|kids|people|youth)|"
    r"pronouns|dei|critical race theory|crt|drag (?:queens?|shows?)|book bans?|second amendment|"
    r"election|ballot|candidate"
)
SIDE_TAKING = (
    r"\b(?:vote|voting|elect|re-?elect|defeat|oust|impeach|call your reps?|kill (?:it|this|the bill)|stand with|"
    r"fight|resist|protect (?:our|your) (?:kids|children|schools|rights|families|freedoms?|communities|"
    r"borders?|women|girls|jobs|country|values|way of life)|disgrace\w{0,3}|cruel\w{0,3}|evil|shame\w{0,3}|ashamed|traitors?|"
    r"wake up|garbage|clowns?|liars?|lied|lying|corrupt|destroy\w{0,3}|attack\w{0,3}|war on|bigot\w{0,3}|"
    r"fascis\w{0,3}|heartless|monsters?|idiots?|dangerous|blood on|unfollow|complicit|sick of|"
    r"enough is enough|must be stopped|needs to go|has to go|out of office|never again|(?:going|coming) after (?:kids|"
    r"children|families|our|your|their|trans|immigrants|teachers|schools?|women|people|students|patients|us|"
    r"counsell?ors|therapists|clinicians|providers|doctors|nurses|librarians))\b"
)
polarizing_find = any_of(
    polarizing_find,
    # "with far-right legislators pushing forced-outing bills": a partisan label for the other side
    Pattern(
        r"\bfar[- ](?:right|left) (?:legislators|politicians|lawmakers|extremists|agenda|bills?|lunatics|crowd)\b|"
        r"\bculture[- ]war (?:bills?|laws?|agenda|politicians|legislators|crusade|nonsense)\b"
    ),
    Pattern(
        r"\b" + POLITICAL + r"\b",
        unless=None,
        accept=all_of(
            in_sentence(SIDE_TAKING),
            not_in_sentence(
                NEUTRAL + r"|\b(?:stress\w{0,3}|anxiety|"
                r"cope|coping|news|boundar\w{0,3}|summary|explain\w{0,5}|what (?:it|this) means|resources|"
                r"telehealth|insurance|medicaid rules|whatever|welcome|all (?:of you|clients))\b|\bif\b"
            ),
        ),
    ),
    Pattern(
        r"\b(?:voting|vote|elect) (?:for )?(?:" + OFFICE_TITLE + r")?\.? ?"
        r"(?P<who>[a-z]{2,25})\b",
        unless=NEGATION,
        accept=all_of(
            lambda doc, m: (
                doc.original_char(m.start("who")).isupper()
                and doc.norm[m.start("who") : m.end("who")] not in {"us", "me", "our", "the", "my", "your", "i"}
            ),
            not_in_sentence(CONTEST),
        ),
    ),
    *(
        Pattern(rx, unless=NEGATION, accept=not_in_sentence(NEUTRAL))
        for rx in (
            r"\b(?:yes on|no on) (?:prop(?:osition)? ?)?\d{1,3}\b",
            r"\bvote (?:yes|no|accordingly)\b",
            r"\belect (?:more )?(?:progressives|conservatives|democrats|republicans|liberals|socialists)\b",
            r"\bculture warriors?\b",
            r"\bi stand with\b" + gap(40) + r"\bagainst (?:" + OFFICE_TITLE + r")\b",
            r"\bmaga is\b",
            r"\babortion (?:rights )?(?:is|are) (?:a )?(?:human rights?|murder|healthcare)\b",
            r"\breligion is (?:the root|poison|a disease|the problem|for the weak|a crutch)\b",
            r"\bleave (?:the|your) church\b",
        )
    ),
    Pattern(r"\b" + SIDE + r"\b" + gap(60) + r"\b" + SIDE_EVAL + r"\b", unless=None, accept=not_in_sentence(NEUTRAL)),
    Pattern(
        r"\b(?:canvass\w{0,4}|phone[- ]?bank\w{0,4}|donat\w{0,4}|volunteer\w{0,4}|knock\w{0,4} (?:on )?doors) "
        r"(?:for|to) (?:[a-z'\-]{1,25} ){1,3}(?:campaign|for (?:senate|congress|governor|mayor|president|council|"
        r"office))\b|\b(?:canvass|canvassing|phone[- ]?banking) for [a-z]{2,25} [a-z]{2,25}\b",
        unless=NEGATION,
        accept=not_in_sentence(NEUTRAL + r"|\b(?:awareness|fundrais\w{0,5}|charity|walk)\b"),
    ),
    Pattern(
        r"\b(?:remember (?:this|that|it)|don't forget (?:this|that)|keep (?:this|that) in mind) (?:in november|"
        r"at the polls|when you vote|on election day|at the ballot box|next election|in the (?:primary|election))\b|"
        r"\bif you(?:'re| are| support| voted| vote| still support)\b" + gap(40) + r"\b(?:unfollow me|block me|"
        r"we can't be friends|leave my page|get off my page|i don't want you here)\b",
        unless=None,
        accept=not_in_sentence(NEUTRAL),
    ),
    Pattern(
        r"\b(?:still |actually )?(?:supports?|voted for|defends?|likes?) (?:" + OFFICE_TITLE + r")\.? [a-z]{2,25}\b",
        unless=None,
        accept=all_of(
            in_sentence(
                r"\b(?:can't believe|cannot believe|how can|how could|after this|"
                r"shame|disgrace|anyone|still)\b"
            ),
            not_in_sentence(NEUTRAL),
        ),
    ),
    Pattern(
        r"\b(?:" + OFFICE_TITLE + r")\.? [a-z]{2,25} voted (?:against|for|to (?:cut|gut|block|kill|end))\b",
        unless=None,
        accept=all_of(
            in_window(
                r"\b(?:remember|november|vote|election|shame|disgrace|ashamed|"
                r"polls)\b",
                before=40,
                after=120,
            ),
            not_in_sentence(NEUTRAL),
        ),
    ),
    Pattern(
        r"\bthe (?P<party>[a-z]{2,25}) party\b" + gap(60) + r"\b(?:" + SIDE_EVAL + r"|lied|lies|wake up|"
        r"against (?:your|our|their) own)\b",
        unless=None,
        accept=lambda doc, m: doc.original_char(m.start("party")).isupper(),
    ),
    Pattern(
        r"\bvote (?:them|him|her|these people|every one of them)(?: all)? out\b|\b(?:legislators?|lawmakers?|"
        r"politicians?|senators?|representatives?|congress(?:wo)?men) who voted (?:yes|no|for|against)\b"
        + gap(60)
        + r"\b(?:should|ashamed|shame|disgrace|blood)\b",
        unless=None,
        accept=not_in_sentence(NEUTRAL),
    ),
    Pattern(
        r"\b(?:proud|happy|honou?red|excited|thrilled) to (?:endorse|support|campaign for|vote for|stand with) "
        r"(?:[a-z@'\-]{1,25} ){1,3}(?:for "
        + OFFICE
        + r"|\W)|\bendors(?:e|ing|ed) (?:[a-z@'\-]{1,25} ){1,3}for "
        + OFFICE
        + r"\b|\b(?:volunteer|donate|canvass|phone[- ]bank|knock doors)\w{0,4} (?:for|to) (?:his|her|"
        r"their|the) (?:re-?election )?campaign\b|\bcampaign(?:ing|s)? (?:for|against) (?:his|her|their) "
        r"(?:opponent|challenger|rival)\b",
        unless=NEGATION,
        accept=not_in_sentence(NEUTRAL),
    ),
    Pattern(
        r"\b(?:only|just) one (?:political )?party (?:actually |really |truly |even )?(?:cares?|gives|wants|"
        r"supports|fights|is on)\b|\b(?:the other|the opposing|the ruling|the other) (?:party|side) "
        r"(?:doesn't|does not|don't|wants to|is (?:trying|out) to|hates)\b",
        unless=None,
        accept=not_in_sentence(NEUTRAL),
    ),
    Pattern(
        r"\bvot(?:ed|ing) (?:for|against) (?!us\b|me\b|our\b|my\b|the best\b|the first\b|your favou?rite\b|"
        r"local\b|whoever\b|what|who|yourself)[a-z@#]\w{0,20}",
        unless=None,
        accept=all_of(in_sentence(EVAL + r"|\bparty\b"), not_in_sentence(NEUTRAL)),
    ),
    Pattern(
        r"\b(?:senator|sen\.|governor|gov\.|president|congressman|congresswoman|representative|rep\.|mayor|"
        r"candidate|prime minister|minister|speaker)(?: [a-z]{1,25}){0,2}'s (?:[a-z]{1,25} ){0,2}(?:is|are|"
        r"was) (?:a |an |an absolute |a total |a complete )?(?:disgrace|disaster|joke|crime|betrayal|"
        r"embarrassment|war on|attack on|cruel|evil|shameful)\b",
        unless=None,
    ),
    # "I'll be voting for his opponent in November"
    Pattern(
        r"\b(?:i'll|i will|i'm|i am|we're|we will) (?:be )?(?:voting|vote) (?:for|against) (?:his|her|their|the) "
        r"(?:opponent|challenger|rival|incumbent)\b",
        unless=None,
    ),
)


POLARIZING_OPINION = Check(
    id="polarizing-opinion",
    principle="public-footprint",
    kind="must-avoid",
    what="takes a partisan political or religious side",
    explanation="Clients and future clients of every view read a professional page; advocacy for a party, "
    "candidate or faith tells some of them they may not be safe with you and erodes the neutrality "
    "therapy depends on",
    find=polarizing_find,
    fires_on=(
        "Honestly, with the governor and his party going after kids' privacy, I trust none of this.",
        "Far-right lawmakers are coming for our kids again.",
        "Anyone who votes Republican this year is voting against their own mental health.",
        "Vote Blue! Our clients' lives depend on it. #VoteBlue",
        "The only real cure for depression is Jesus. Give your life to Him.",
        "Governor Blake is a fascist and everyone at this practice knows it.",
        "Proud to be canvassing for Maria Lopez this weekend!",
        "Our clients are suffering because of this administration's cruelty.",
    ),
    passes_on=(
        "Election season stressing you out? Try limiting news to one check a day.",
        "Our practice welcomes clients of every faith, and of none, and of every political view.",
        "Whether you're a Democrat or a Republican, political conflict at dinner can hurt.",
        "Please vote for our practice in the Best of Tri-County awards!",
        "Please vote for Harbor Counseling in the Best of Brackley awards!",
        "The governor signed the parity bill today, which means more coverage for therapy.",
        "I don't connect with clients online; that's the policy you signed, and it's there to protect your privacy.",
    ),
)

CHECKS = (POLARIZING_OPINION,)
