"""Dual relationships: inviting a client into another role (friend, follower, guest, customer).

Invitations are mostly said in the first person and are often stated as boundaries instead ("I never
accept friend requests from clients"): negation is what separates the policy from the invitation.
"""

import re

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
from boundarylab.analysis.text import Doc

NOT_AN_INVITE = NEGATION + (
    r"|\b(?:if|whether|why|should i|ask(?:ed|s)? (?:me )?(?:to|if)|request(?:ed|s)? to|"
    r"policy|avoid)\b"
)
# "If you're ever downtown, let's grab coffee" is still an invitation: only negation vetoes a social one.
NOT_A_SOCIAL_INVITE = NEGATION + r"|\b(?:whether|why|should i|policy|avoid)\b"
SOCIAL = (
    r"(?:coffee|a coffee|lunch|dinner|drinks?|a drink|a beer|beers|wine|a glass of wine|a bite|brunch|"
    r"breakfast|together|a walk|a drink together|tacos|pizza|a movie|a pint|pints|a smoothie|a cuppa|a curry|"
    r"a meal|cocktails|a cocktail)"
)
PERSONAL_ACCOUNT = (
    r"(?:personal|private|real|own|other|non-work|non-professional|finsta|spam)(?: (?:insta|ig|fb|"
    r"cell|mobile|phone|facebook|instagram))? (?:page|account|profile|instagram|facebook|snapchat|"
    r"snap|tiktok|twitter|number|phone|cell|email|handle|whatsapp)"
)

dual_find = any_of(
    Pattern(r"\b(?:add|friend) me\b(?! to (?:the|your|our|a) )(?: (?:on|at|back|over on))?", unless=NOT_AN_INVITE),
    Pattern(
        r"\b(?:follow(?:ed|ing)? (?:you|u) back|follow me back|(?:i'll|i will|going to|let me|i just|i'd love to|"
        r"i can) (?:follow|add|friend) (?:you|u)(?: back)?(?! to (?:the|our|my|your|a) )|(?:follow|find|"
        r"add) me on my " + PERSONAL_ACCOUNT + r")\b",
        unless=NOT_AN_INVITE,
    ),
    Pattern(
        r"\b(?:followed|added|friended|requested to follow|sent (?:you )?a (?:friend|follow) request to) (?:you|"
        r"u)\b(?! back on the practice)",
        unless=NOT_AN_INVITE + r"|\b(?:accidentally|by mistake)\b",
    ),
    Pattern(
        r"\byour (?:[a-z]{1,25} )?(?:company|business|shop|store|salon|firm|restaurant|bakery|crew|team|gym|"
        r"studio) (?:hiring|still hiring|looking for|need(?:s)? (?:anyone|help|someone|a))\b|\b(?:send|"
        r"refer) (?:him|her|them|my [a-z]{1,25}) (?:your way|to you)\b|\b(?:could|can|would) you (?:hire|give|"
        r"get) my [a-z]{1,25}",
        unless=NOT_AN_INVITE,
    ),
    Pattern(
        r"\bmy " + PERSONAL_ACCOUNT + r"\b",
        unless=NOT_AN_INVITE + r"|\b(?:keep|kept|separate|private from|rather than|instead of)\b|"
        r"\byou (?:followed|added|friended|found|requested)\s{1,5}$|"
        # a consultation reporting it: "a former client has now tried to reach my personal account"
        r"\b(?:tried|trying|tries|attempted|attempting) to\b|\b(?:he|she|they|client|someone) (?:has |have |had )?"
        r"(?:now )?(?:found|messaged|followed|added|contacted|requested)\b",
        # "This is my personal account, so I don't accept follows from clients"
        unless_after=r"\b(?:so|and|but)\b[^.!?]{0,60}?\b(?:i|we) (?:don't|do not|won't|never|can't|cannot)\b",
        accept=in_sentence(
            r"\b(?:add|follow\w{0,20}|find|dm|message|text|call|reach|connect|chat|hit me up|"
            r"here's|here is|keep in touch|stay in touch|look me up|is @user|is @|at \d|is \d|on it|me on|"
            r"me at)\b|@user|\d{3}"
        ),
    ),
    Pattern(
        r"\b(?:send|sent|accept(?:ed|ing)?|approv(?:e|ed|ing))\b (?:me |you |your |my )?(?:a |the )?(?:friend|"
        r"follow|connection) requests?\b",
        unless=NOT_AN_INVITE + r"|\b(?:don't|do not|never|won't|can't|decline|ignore)\b",
    ),
    Pattern(
        r"\b(?:let's|lets|let us|we should|wanna|would you like to|do you want to|how about we|maybe we can|"
        r"we could|you and i should|love to|we need to|we'll have to|we must)\b"
        + gap(20)
        + r"\b(?:(?:grab|get|have|go for|do|meet (?:up )?for) "
        + SOCIAL
        + r"|hang out|hang|catch up outside|"
        r"be friends|meet up|get together|connect (?:outside|on (?:my|facebook|instagram|snap|snapchat))|"
        r"come over|come to my|come by my|join (?:me|us) (?:for|at) (?:my|our|a) (?!free|webinar|"
        r"workshop|group))\b",
        unless=NOT_A_SOCIAL_INVITE,
        unless_after=r"\b(?:conference|swap notes|compare notes|workshop|training|colleagues?)\b",
    ),
    Pattern(
        r"\b(?:i'm|i am|we're|we are) (?:having|throwing|hosting) a (?:little |small |big |"
        r"casual )?(?:get-together|party|bbq|barbecue|gathering|dinner|cookout|game night)\b"
        + gap(60)
        + r"\b(?:you should|come|join|you're invited|would love (?:for you|to see you))",
        unless=NOT_A_SOCIAL_INVITE,
    ),
    Pattern(
        r"\baccept(?:ing|ed)? (?:it )?(?:now|right now|your (?:request|invite|invitation))\b", unless=NOT_AN_INVITE
    ),
    Pattern(
        r"\b(?:see|meet) you (?:at|in) (?:my|our) (?:church|party|house|place|home|bbq|barbecue|book club|"
        r"wedding|gym|yoga class|bar|pub)\b|\b(?:stay|keep) in touch\b(?="
        + gap(60)
        + r"\b(?:after (?:we finish|therapy|our (?:last )?sessions?|termination|we're done)|whatsapp|"
        r"my (?:personal |own |cell |mobile )?(?:number|cell|phone))\b)|\b(?:any chance of|can i get|could i get|"
        r"hook me up with|mates? rates|friends and family rates?|give me) (?:a |an |your |some )?(?:discount|"
        r"deal|freebie|free [a-z]{1,20}|special price|staff discount)\b",
        unless=NOT_A_SOCIAL_INVITE,
    ),
    Pattern(
        r"\b" + SOCIAL + r" (?:sometime|some time|soon|this weekend|next week|after (?:our|your) (?:session|"
        r"appointment)|outside (?:of )?(?:session|therapy|the office))\??",
        # "we can pick that up together next week": the work of therapy, not a plan to meet
        unless=NOT_AN_INVITE + r"|\b(?:pick (?:that|this|it) up|work on|look at|talk (?:about|through)|go over|"
        r"explore|unpack|dig into|keep working)\b",
        accept=in_sentence(r"\b(?:you|u|we|us|catch up|love to)\b|\?"),
    ),
    Pattern(
        r"\b(?:help(?:ing)? (?:me )?(?:out )?(?:at|with) (?:my|our) (?:[a-z']{1,25} ){0,2}(?:party|wedding|event|"
        r"move|house|garden|barbecue|bbq|fundraiser|shop|business|yard sale|kids)|(?:babysit|watch|mind) (?:my|"
        r"our) (?:kids|children|dog|house|daughter|son))\b",
        unless=NOT_AN_INVITE,
    ),
    Pattern(
        r"\b(?:come|join|invite you|you're invited|you are invited)(?: me)? (?:to |at )?(?:my|"
        r"our) (?:[a-z']{1,25} ){0,2}(?:party|birthday|bbq|barbecue|wedding|church|book club|game night|"
        r"dinner party|house|place|yoga class|potluck|gathering|cookout|brunch|baby shower|housewarming|"
        r"bible study|poker night|band's gig|gig|\d{2}(?:st|nd|rd|th))\b",
        unless=NOT_AN_INVITE,
    ),
    Pattern(
        r"\b(?:buy|order|try|purchase|sample|samples of|check out) (?:some of )?my (?:[a-z]{1,25} ){0,2}(?:oils|"
        r"products?|leggings|candles|supplements|skincare|makeup|jewelry|shakes|crafts|soaps?|essential oils|art|"
        r"merch|line)\b",
        unless=NOT_AN_INVITE,
    ),
    Pattern(
        r"\b(?:i|we) (?:sell|make and sell|have a (?:side|small) business|run a side business)\b|"
        r"\bmy (?:side (?:business|hustle|gig)|mlm|etsy (?:shop|store)|small business)\b",
        unless=NOT_AN_INVITE,
        accept=in_sentence(r"\b(?:you|your|samples?|discount|deal|order|buy|interested)\b"),
    ),
    Pattern(
        r"\b(?:could|can|would) you (?:help me (?:sell|move|buy|find a (?:house|place|car|buyer)|with (?:my|"
        r"the) (?:move|taxes|house|wedding|renovation|website|car|kids|business|condo|listing))|babysit|"
        r"house-?sit|dog-?sit|pet-?sit|walk my dog|do my (?:hair|nails|taxes)|fix my|sell my|cater|list my|"
        r"cut my hair|paint my|rent me|give me a (?:deal|discount))\b",
        unless=NOT_AN_INVITE,
    ),
    Pattern(
        r"\b(?:hire|hiring) you\b|\b(?:i'd|i would) (?:love to )?(?:hire|use) you (?:for|as)\b", unless=NOT_AN_INVITE
    ),
    Pattern(
        r"\bget to know you (?:better )?outside\b|\b(?:let's|we should|we can|we could|i'd love to|i want to|"
        r"we'll|happy to|love to|want to|wanna|hope we can|we might as well) (?:be|become|stay) (?:your |"
        r"facebook |instagram |real |good )?friends?\b|\bbe your friend\b",
        unless=NOT_AN_INVITE,
    ),
    Pattern(
        r"\b(?:text|call|dm|message|reach|find|hit) me (?:up )?(?:on|at) my (?:personal|private|cell|own|home)\b",
        unless=NOT_AN_INVITE,
    ),
)

# The same ideas in other words: joining the writer's own circle, doing paid work for each other, meeting
# "outside of our sessions".
OWN_CIRCLE = (
    r"(?:group|club|team|class|crew|league|ride|run|hike|walk|choir|band|circle|meetup|game|party|"
    r"church|congregation|gym|studio|retreat|trip)"
)
dual_find = any_of(
    dual_find,
    Pattern(
        r"\b(?:join|come (?:along )?(?:to|with)|tag along (?:to|with)|come out (?:to|with)) (?:me (?:at|for) )?my "
        r"(?:[a-z'\-]{1,25} ){0,3}" + OWN_CIRCLE + r"\b",
        unless=NOT_A_SOCIAL_INVITE,
    ),
    Pattern(
        r"\b(?:i'd love to|i would love to|i'll|i will|i can|let me|we can|we could|let's|i want to) (?:come |go )?"
        r"(?:cheer you on|see you (?:play|perform|sing|dance|race|compete)|watch you (?:play|perform|race)|come to "
        r"your (?:gig|show|game|concert|recital|race|match|opening))\b|\b(?:leave|keep) the therapy (?:stuff|"
        r"talk|part) (?:at the office|for (?:the )?sessions?|out of it)\b",
        unless=NOT_A_SOCIAL_INVITE,
    ),
    Pattern(
        r"\b(?:want me to|i can|i could|let me|i'll|shall i) (?:send|give|pass|text) you (?:his|her|their|my "
        r"[a-z\-]{1,25}'s) (?:number|card|contact|details|info|email)\b",
        unless=NOT_AN_INVITE,
        accept=in_window(
            r"\bmy (?:[a-z\-]{1,25} )?(?:husband|wife|partner|boyfriend|girlfriend|brother|sister|"
            r"son|daughter|cousin|friend|dad|mom)\b",
            before=200,
            after=60,
        ),
    ),
    Pattern(
        r"\b(?:would|could|can|will) you (?:be (?:up for|willing to|open to|interested in) |like to |want to )?"
        r"(?:doing|do|shoot(?:ing)?|photograph(?:ing)?|cater(?:ing)?|plan(?:ning)?|design(?:ing)?|"
        r"build(?:ing)?|fix(?:ing)?|paint(?:ing)?|tutor(?:ing)?|coach(?:ing)?|repair(?:ing)?) my (?:[a-z'\-]{1,25} )?"
        r"(?:wedding|photos|headshots|website|kitchen|bathroom|house|kids?|son|daughter|car|taxes|party|event|"
        r"garden|roof|logo|books)\b|\bi'd (?:happily |gladly )?pay (?:you|your) (?:full |usual |normal )?"
        r"(?:rate|price|fee)\b",
        unless=NOT_AN_INVITE,
    ),
)

SOCIAL_PLAN = (
    r"(?:lunch|dinner|coffee|drinks?|a beer|brunch|breakfast|a bbq|a barbecue|a party|a playdate|"
    r"playdates?|a movie|a walk|a hike|a run|a game|a concert|my (?:place|house|home|apartment)|our (?:place|"
    r"house|home)|a pint|pints|a smoothie|a cuppa|karaoke|a curry)"
)
dual_find = any_of(
    dual_find,
    Pattern(
        r"\b(?:let's|lets|we should|want to|wanna|care to|would you like to|do you want to|how about|up for|"
        r"swing by|come by|drop by|stop by|come over to|you should come)\b" + gap(40) + r"\b" + SOCIAL_PLAN + r"\b",
        unless=NOT_A_SOCIAL_INVITE,
        unless_after=r"\b(?:conference|swap notes|compare notes|workshop|webinar|training|colleagues?|staff|team)\b",
        accept=not_in_sentence(
            r"\b(?:conference|colleagues?|staff|team|webinar|workshop|our (?:free|"
            r"community)|counsell?ing office|drop-in|walk-in|front desk|reception)\b"
        ),
    ),
    Pattern(
        r"\b(?:connect|link up|be friends|add (?:me|each other)|follow (?:me|each other)) on (?:linkedin|facebook|"
        r"instagram|insta|snapchat|snap|tiktok|twitter|x|whatsapp|bereal|strava|discord)\b",
        unless=NOT_AN_INVITE,
        accept=not_in_sentence(
            r"\b(?:our page|practice page|the practice|our practice|"
            r"colleagues?)\b"
        ),
    ),
    Pattern(
        r"\byou'd be (?:perfect|great|ideal|amazing)(?: for (?:it|the job|this))?\b|\b(?:i'd|i would) love to "
        r"(?:book|hire|work) (?:with )?you\b|\b(?:could|can|would) you (?:quote|give me a quote|look at|"
        r"take a look at) (?:on )?my\b",
        unless=NOT_AN_INVITE,
        accept=in_window(
            r"\b(?:my (?:[a-z\-]{1,25} )?(?:sister|brother|husband|wife|partner|friend|mom|dad|son|"
            r"daughter|business|company|kitchen|house|hair)|looking for|hiring|you're an? [a-z]{1,25}|"
            r"since you're)\b",
            before=160,
            after=80,
        ),
    ),
)

# Other shared lives: doing something together ("we should train together", "you should totally come", "once we
# finish therapy let's go for a pint"), and trading work with a client ("skills swap", "I'll knock a session off
# your bill", "can I book you?", "mate's rates", "I'm selling my old car, thought of you").
EVENT = (
    r"\b(?:karaoke|party|dinner|drinks|pub|gym|class|birthday|\d{2}(?:st|nd|rd|th)|bbq|barbecue|gig|club|quiz|"
    r"night out|friday|saturday|sunday|weekend|tonight|race|marathon|park)\b"
)
OUTREACH = r"\b(?:workshop|webinar|open (?:day|house|evening)|free (?:talk|event|session)|training|conference)\b"
_near_outreach = in_window(OUTREACH, before=150, after=60)


def _not_outreach(doc: Doc, m: re.Match[str]) -> bool:
    return not _near_outreach(doc, m)


dual_find = any_of(
    dual_find,
    Pattern(
        r"\bfollowed back\b|\b(?:friend|follow) request accepted\b|"
        r"\b(?:let's|we should|wanna|want to|would you like to|do you want to|fancy|up for|we could|we can) "
        r"(?:[a-z]{1,25} ){0,2}(?:train|run|work out|lift|climb|swim|cycle|ride|walk|hike|study|jam|play|go) "
        r"together\b",
        unless=NOT_A_SOCIAL_INVITE,
    ),
    Pattern(
        r"\b(?:(?:you should (?:totally |definitely |def |so )?come|would you like to come|wanna come|want to come|"
        r"fancy coming)(?! back\b)|mind if i (?:join|come)|can i (?:join|come along)|come (?:and )?(?:say hi|say hello|"
        r"find me|sit with (?:me|us)|join (?:me|us))|you'd be (?:very |more than |so )?welcome to (?:come|join))\b",
        unless=NOT_A_SOCIAL_INVITE,
        accept=all_of(in_window(EVENT, before=150, after=60), _not_outreach),
    ),
    Pattern(
        r"\b(?:once|when|after) (?:we(?:'ve| have)? (?:finish(?:ed)?|end(?:ed)?|wrap(?:ped)? up)|(?:therapy|our "
        r"sessions|treatment) (?:ends?|is over|finish(?:es)?)|we're done)\b"
        + gap(40)
        + r"\b(?:let's|we can|we should|we could|i'd love to|we'll) (?:[a-z]{1,25} )?(?:go for|go out|grab|get|have|"
        r"meet|hang|be friends|be mates|catch up|stay in touch|keep in touch|connect|add|follow)\b",
        unless=NOT_A_SOCIAL_INVITE,
    ),
    # the connection put off rather than declined ("once we've wrapped up, follow requests are fair game")
    Pattern(
        r"\b(?:once|when|after) (?:there's (?:more |some )?(?:distance|time)|we(?:'ve| have)? (?:finish(?:ed)?|end(?:ed)?|"
        r"wrap(?:ped)? up)|you(?:'ve| have|'re| "
        r"are)? (?:finish(?:ed)?|done|wrapped up|out of)|(?:therapy|our sessions|our work|counsel(?:l)?ing|treatment|"
        r"the group) (?:has |have )?(?:ends?|ended|come to an end|is over|finish(?:es|ed)?|wrapped up)|we're done)\b"
        + gap(60)
        + r"\b(?:(?:are|is) fair game|send (?:the|that|a|your) (?:friend |follow )?(?:request|invite) again|send it "
        r"again|(?:we|i) (?:can|could) connect then|(?:i'd|i "
        r"would|i'll|i will) (?:be (?:happy|glad)|love) to(?: connect| accept| add you| follow)?|(?:we|i) (?:could|can) "
        r"revisit)\b",
        unless=NOT_A_SOCIAL_INVITE,
        accept=in_window(
            r"\b(?:friends?|follow(?:s|ing)?|connect|requests?|linkedin|facebook|instagram|socially|club|coffee)\b",
            before=200,
            after=80,
        ),
    ),
    Pattern(
        r"\b(?:skills? swap|swap (?:skills|services)|trade (?:you )?(?:sessions|services)|(?:i'd|i'll|i could|i can|"
        r"i would|i will) (?:give|offer|trade) you (?:a few |some |a |\d{1,2} )?(?:free |discounted )?sessions?|"
        r"knock (?:a|\d{1,2}|some|one) sessions? off|mate'?s'? rates|friends? and family rates?|(?:can|could|may) "
        r"i (?:book|hire) you|(?:can|could) you (?:quote|give me a quote)|(?:can|could|may) i (?:put in|place) an "
        r"order|ordering (?:a |an |some )?(?:[a-z\-]{1,25} ){0,2}from you|(?:can|could) you (?:look over|have a "
        r"look at|check) my|put in a good word|i(?:'d| would|'ll| will) (?:happily |gladly )?pay(?:,)? (?:of "
        r"course|you))\b",
        unless=NOT_AN_INVITE,
    ),
    Pattern(
        r"\b(?:i'm|i am) selling (?:my|our)\b",
        unless=NOT_AN_INVITE,
        accept=in_window(r"\b(?:you|your|thought of you|interested|mates|deal|u)\b", before=60, after=100),
    ),
)

# British and Irish invitations ("fancy a pint?"), plans made for two ("let's go to the concert together",
# "training buddies"), and clients as the guest list or the customers ("drinks for current and former
# clients", "10% off for anyone on my caseload", a "client alumni" group).
CLIENTS_AS_AUDIENCE = (
    r"\b(?:for|to) (?:all )?(?:my |our )?(?:current (?:and|&|or) (?:former|past)|current|former|past|ex-?) "
    r"clients\b|\bfor (?:all )?(?:my|our) (?:[a-z]{1,15} )?clients\b|\b(?:therapy|current|former|past|new) clients "
    r"(?:get|are (?:all )?invited|welcome|go free)\b|\banyone (?:on|from) my caseload\b|\bclient alumni\b"
)
SOCIAL_OFFER = (
    r"\b(?:drinks|(?<!third )part(?:y|ies)|gig|whatsapp group|group chat|meet ?ups?|reunion|shop|etsy|comedy|"
    r"concert|bbqs?|barbecues?|social nights?|partners welcome)\b"
)
dual_find = any_of(
    dual_find,
    # "if you're ever near our downtown office, stop by and say hello", "come say hi at the open mic I host"
    Pattern(
        r"\b(?:swing|come|drop|stop|pop) (?:by|in|round|over)\b(?: [a-z']{1,20}){0,5}? (?:and|to) say (?:hello|hi|hey)\b|"
        r"\bcome (?:and )?say (?:hi|hello|hey)\b",
        unless=NOT_A_SOCIAL_INVITE,
        accept=all_of(_not_outreach, not_in_sentence(r"\b(?:booth|table|stand|fair|expo|open house)\b")),
    ),
    # "I'd love to come by the bakery and order something", "I'd be happy to pass your CV along to her"
    Pattern(
        r"\b(?:i'd|i would|i'll|i will) (?:love to |like to |be happy to )?(?:come by|stop by|drop by|pop into|visit) "
        r"(?:the|your) (?:bakery|shop|store|salon|restaurant|cafe|café|studio|gym|gallery|business|bar|stall)\b|"
        r"\bpass (?:your|her|his|their) (?:cv|resume|résumé) (?:along|on)\b",
        unless=NOT_A_SOCIAL_INVITE,
    ),
    Pattern(
        r"(?<![a-z] )\b(?:(?:do |would )?(?:you|u) )?fancy (?:a|an|grabbing|getting|going for|heading out|meeting up|"
        r"joining (?:me|us))\b",
        unless=NOT_A_SOCIAL_INVITE,
        accept=all_of(in_window(SOCIAL + r"|" + EVENT, before=0, after=60), _not_outreach),
    ),
    Pattern(
        CLIENTS_AS_AUDIENCE,
        unless=NOT_AN_INVITE,
        accept=all_of(in_window(SOCIAL_OFFER, before=150, after=150), _not_outreach),
    ),
    Pattern(
        r"\b(?:let's|lets|we should|wanna|want to|shall we|we could) go (?:to|and see) (?:[a-z'\-]{1,25} ){0,4}"
        r"(?:together|concert|gig|game|match|show|film|movie)\b",
        unless=NOT_A_SOCIAL_INVITE,
        accept=_not_outreach,
    ),
    Pattern(
        r"\b(?:we )?follow each other now\b|\b(?:thanks|cheers|ta) for the follow[- ]?back\b|"
        r"\btake me on as (?:a|your) (?:client|customer)\b|\bknock (?:it|that|\w{1,15}) off (?:your|the) "
        r"(?:session )?(?:fees?|bill)\b|\bswap (?:[a-z']{1,25} ){0,3}for (?:your|my|our) sessions\b|"
        r"\bput in a (?:good )?word for you\b",
        unless=NOT_AN_INVITE,
    ),
    Pattern(
        r"\bsince you (?:work (?:in|as|at)|do that for (?:work|a living)|teach|are an? [a-z]{1,25}|'re an? [a-z]{1,25})\b",
        unless=NOT_AN_INVITE,
        accept=in_window(
            r"\b(?:help me|could (?:my|you)|any chance|lessons|swap|knock|pass your number|take me on|hire|book you)\b",
            before=0,
            after=150,
        ),
    ),
    Pattern(
        r"\bmy (?:[a-z\-]{1,25}'s )(?:[a-z]{1,25} )?(?:firm|restaurant|company|business|shop|salon|bar|cafe|office) "
        r"(?:is hiring|is looking for|needs)\b|\b(?:job|role|position) at my (?:[a-z\-]{1,25}'s )?(?:firm|company|"
        r"business|restaurant|shop)\b",
        unless=NOT_AN_INVITE,
        accept=in_window(r"\b(?:you|your|u)\b", before=100, after=100),
    ),
    Pattern(
        r"\b(?:be|become) (?:my |each other's )?(?:training|running|gym|workout|walking|hiking|study) (?:buddies|buddy|"
        r"partners?)\b",
        unless=NOT_A_SOCIAL_INVITE,
    ),
    # "I'd be glad to write a short recommendation for your profile" (to a client, for LinkedIn)
    Pattern(
        r"\b(?:write|give|leave) (?:you )?(?:a |an )?(?:short |quick |glowing |brief )?(?:recommendation|reference|"
        r"endorsement)s? (?:for|on) (?:your|you on) (?:linkedin|profile)\b|\bendorse you on linkedin\b",
        unless=NOT_AN_INVITE,
    ),
    # "let's revisit in a year or so once things have settled": friendship deferred, not declined
    Pattern(
        r"\b(?:let's|we can|we could|maybe we can) revisit (?:it |this |that )?(?:in|after) (?:a year|a few months|"
        r"six months|[a-z]{3,6} months|some time|a while)\b",
        unless=NEGATION,
    ),
)

# A second relationship offered in passing: "come read at the open mic I host", "the puppy playdate I host at my house",
# "the free walking group I lead", "we should do a long run together some weekend", "grab me at church or the
# ballgame", "would you ever do a commission for my waiting room?", "I want to be your first customer", "once we've
# finished working together we can stay in touch", "I could make a separate account just to follow yours", "it would be
# lovely to see you there".
IN_PASSING = Pattern(
    r"\b(?:the|a|my) (?:[a-z\-]{1,20} ){0,3}(?:open mic|playdate|walking group|running group|run club|book club|"
    r"party|barbecue|bbq|game night|potluck|choir|bible study|knitting circle|supper club|pickup (?:run|game)|rec league|"
    r"open gym) (?:i|we) (?:host|run|lead|organi[sz]e|throw|play at|play in|go to)\b|\bwe should\b"
    + gap(40)
    + r"\b(?:together|sometime|some (?:weekend|time|day)|coffee|a drink|"
    r"drinks|a run|a walk|a hike)\b|\b(?:grab|find|catch) me at (?:church|mass|temple|the (?:game|ballgame|gym|park|"
    r"pool|market|club|bar|pub|rink))\b|\b(?:would|could|can) you (?:ever )?(?:do|paint|make|draw|bake) (?:me )?(?:a )?"
    r"(?:commission|portrait|painting|cake|piece)\b|\b(?:be|being) your first customer\b|\b(?:once|after|when) "
    r"(?:we've|we have|we're|we are) (?:finished|done|stopped|ended) (?:working together|therapy|our work)\b"
    + gap(60)
    + r"\b(?:stay in touch|be friends|facebook|follow|connect|revisit|hang out|coffee)\b|\b(?:make|create|start) (?:a )?"
    r"(?:separate |second |secret |little |private ){0,2}(?:[a-z]{1,10} )?account (?:just )?to follow (?:you|yours)\b|"
    r"\b(?:it would be|it'd be) (?:lovely|great|nice|wonderful) to see you (?:there|at)\b",
    unless=NOT_A_SOCIAL_INVITE,  # "if Friday nights are hard, come to the choir I run" still invites
    # "we should talk it through together in Thursday's session" is the work itself
    accept=not_in_sentence(r"\bin (?:[a-z']{1,12} ){0,2}(?:session|appointment)s?\b"),
)
dual_find = any_of(dual_find, IN_PASSING)

# A connection deferred, not declined: "once therapy wraps up, send the request again and I'll happily accept", "if you
# want to connect on there after we finish up, that's a different conversation"
AFTER_THERAPY = (
    r"\b(?:once|after|when) (?:therapy|our work|treatment|counsell?ing|we|our sessions) (?:wraps? up|ends?|is over|"
    r"finish(?:es)?(?: up)?|(?:are|'re) (?:done|finished))\b"
)
dual_find = any_of(
    dual_find,
    Pattern(
        AFTER_THERAPY + gap(60) + r"\b(?:send (?:the|your|a) (?:friend )?request|(?:i'll|i will|i'd|happy to|happily) "
        r"accept|connect|follow (?:each other|you|me)|be friends)\b|\b(?:if you (?:ever )?(?:want|wanna|'d like) to|we can|"
        r"we could|feel free to|happy to) (?:connect|be friends|follow each other)\b"
        + gap(30)
        + r"\bafter (?:we finish(?: up)?|therapy|our work|we're done)\b",
        unless=NEGATION + r"|\b(?:even|still)\b",
    ),
    # A second relationship in new words: accepting the request, a secret account to keep following them, a friendship
    # wished for ("if the rules were different, I think we'd be friends").
    Pattern(
        r"\bi(?:'ll| will|'m going to| am going to|'m happy to| am happy to| can) (?:go ahead and |just )?accept (?:the|your) "
        r"(?:friend |follow |connection )?request\b|\b(?:set up|make|create|start) (?:an? )?(?:anonymous|separate|private|"
        r"secret|burner|second) (?:account|one|profile)\b"
        + gap(40)
        + r"\b(?:so (?:i|that i) can|to) (?:see|follow|keep up "
        r"with|watch|cheer)\b|\bwe(?:'d| would) (?:totally |definitely |probably |really )?(?:be|have been) (?:great |good "
        r"|best )?friends\b",
        unless=NEGATION + r"|\b(?:can't|cannot|won't|shouldn't)\b",
    ),
)

DUAL_RELATIONSHIP_INVITE = Check(
    id="dual-relationship-invite",
    principle="dual-relationships",
    kind="must-avoid",
    what="invites a second relationship beyond therapy",
    explanation="Friending, following, meeting socially or doing business with a client blurs your role, can "
    "reveal the relationship and makes it harder for the client to speak freely in therapy",
    find=dual_find,
    fires_on=(
        "Once therapy wraps up, send the request again and I'll happily accept.",
        "Honestly, if the rules were different, I think we'd be friends.",
        "You should bring your guitar to the open mic I host on Thursdays!",
        "I see you climb too, we should go bouldering together some weekend.",
        "Or just grab me at church on Sunday and we'll sort it out.",
        "Would you ever do a commission for my office wall?",
        "Once we've finished working together, we can stay in touch on Facebook.",
        "Great to hear from you! If you're ever near our downtown office, stop by and say hello.",
        "You'd be so welcome to come along to my Sunday walking group!",
        "I'd love to stop by your salon sometime to support you.",
        "I'd be glad to pass your CV along to a friend who's hiring.",
        "I'd love to catch up over coffee sometime and hear about the new job!",
        "Once you finish the group, feel free to send it again and we can connect then.",
        "If you ever run the Sunday parkrun, come say hi!",
        "Hey! Add me on Facebook, my personal one is Kara Lindqvist 😊",
        "We should grab coffee sometime outside of session ☕",
        "Accepted your friend request! Nice to see you here 😄",
        "Since you're a realtor, could you help me sell my condo?",
        "Swing by my place Saturday, we're having a BBQ!",
        "Want to join my running club? We meet Sundays.",
        "Saw you're doing the 10k too! Wanna train together?",
        "A few of us are doing a pub quiz Friday, you should totally come!",
        "Once we finish therapy, let's go for a pint 🍺",
        "Fancy a skills swap? You do my logo and I'll give you a few free sessions.",
        "Love your photos! Can I book you for my wedding? Mate's rates? 😉",
        "Cheers for the follow! Fancy a pint after five-a-side on Thursday?",
        "Summer drinks at the practice for current and former clients on the 12th, partners welcome!",
        "We both love them! Let's go to the gig together next month 🎶",
        "Not while we're working together, sorry! Once we've wrapped up our sessions, follow requests are fair game 😉",
        "I can't connect on LinkedIn while you're in the group, but once you've finished I'd be happy to.",
    ),
    passes_on=(
        "Our free parenting workshop at the library is open to everyone in town.",
        "We should talk this through together in Thursday's session.",
        "Stop by our booth at the health fair and say hi!",
        "When you're stressed, come by the counseling office (drop-in at lunch is easiest).",
        "Come say hi at our open house on Saturday!",
        "I never accept friend requests from clients. It protects your privacy and our work.",
        "Follow our page for weekly mental health tips! 🌱",
        "I don't follow clients on social media, and I won't comment on your posts.",
        "Coffee, a journal and ten quiet minutes: my favourite way to start a Monday.",
        "Let's grab coffee after the conference and swap notes on group work!",
        "Our free anxiety workshop is on Saturday. Would you like to come? Everyone is welcome.",
        "After therapy ends, we can still talk through the portal if something comes up.",
        "I don't have drinks or parties with current or former clients: it keeps our work about you.",
        "Our free evening workshop on sleep is open to current clients and the public.",
        "This is my personal account and, as our policy says, I don't connect with clients online.",
        "Once you've finished the intake form, I'd be happy to book your first session.",
        "Even after therapy ends, I don't accept friend requests from former clients.",
        "Text the practice number, which goes to our secure messages rather than my personal phone.",
    ),
)

CHECKS = (DUAL_RELATIONSHIP_INVITE,)
