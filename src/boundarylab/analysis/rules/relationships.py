"""Dual relationships and availability: inviting a client into another role, and promising to be
reachable at any hour.

Both are mostly said in the first person and are often stated as boundaries instead ("I never
accept friend requests from clients", "I'm not available 24/7"): negation is what separates the
policy from the invitation.
"""

from boundarylab.analysis.check import Check
from boundarylab.analysis.patterns import (NEGATION, Pattern, all_of, any_of, gap, in_sentence, in_window,
                                           not_in_sentence)

NOT_AN_INVITE = NEGATION + (r"|\b(?:if|whether|why|should i|ask(?:ed|s)? (?:me )?(?:to|if)|request(?:ed|s)? to|"
        r"policy|avoid)\b")
# "If you're ever downtown, let's grab coffee" is still an invitation: only negation vetoes a social one.
NOT_A_SOCIAL_INVITE = NEGATION + r"|\b(?:whether|why|should i|policy|avoid)\b"
SOCIAL = (r"(?:coffee|a coffee|lunch|dinner|drinks?|a drink|a beer|beers|wine|a glass of wine|a bite|brunch|"
          r"breakfast|together|a walk|a drink together|tacos|pizza|a movie)")
PERSONAL_ACCOUNT = (r"(?:personal|private|real|own|other|non-work|non-professional|finsta|spam)(?: (?:insta|ig|fb|"
                    r"cell|mobile|phone|facebook|instagram))? (?:page|account|profile|instagram|facebook|snapchat|"
                    r"snap|tiktok|twitter|number|phone|cell|email|handle|whatsapp)")

dual_find = any_of(
    Pattern(r"\b(?:add|friend) me\b(?! to (?:the|your|our|a) )(?: (?:on|at|back|over on))?", unless=NOT_AN_INVITE),
    Pattern(r"\b(?:follow(?:ed|ing)? (?:you|u) back|follow me back|(?:i'll|i will|going to|let me|i just|i'd love to|"
            r"i can) (?:follow|add|friend) (?:you|u)(?: back)?(?! to (?:the|our|my|your|a) )|(?:follow|find|"
            r"add) me on my " + PERSONAL_ACCOUNT + r")\b",
            unless=NOT_AN_INVITE),
    Pattern(r"\b(?:followed|added|friended|requested to follow|sent (?:you )?a (?:friend|follow) request to) (?:you|"
            r"u)\b(?! back on the practice)", unless=NOT_AN_INVITE + r"|\b(?:accidentally|by mistake)\b"),
    Pattern(r"\byour (?:[a-z]{1,25} )?(?:company|business|shop|store|salon|firm|restaurant|bakery|crew|team|gym|"
            r"studio) (?:hiring|still hiring|looking for|need(?:s)? (?:anyone|help|someone|a))\b|\b(?:send|"
            r"refer) (?:him|her|them|my [a-z]{1,25}) (?:your way|to you)\b|\b(?:could|can|would) you (?:hire|give|"
            r"get) my [a-z]{1,25}",
            unless=NOT_AN_INVITE),
    Pattern(r"\bmy " + PERSONAL_ACCOUNT + r"\b", unless=NOT_AN_INVITE + r"|\b(?:keep|kept|separate|private from)\b|"
            r"\byou (?:followed|added|friended|found|requested)\s{1,5}$",
            accept=in_sentence(r"\b(?:add|follow\w{0,20}|find|dm|message|text|call|reach|connect|chat|hit me up|"
                    r"here's|here is|keep in touch|stay in touch|look me up|is @user|is @|at \d|is \d|on it|me on|"
                    r"me at)\b|@user|\d{3}")),
    Pattern(r"\b(?:send|sent|accept(?:ed|ing)?|approv(?:e|ed|ing))\b (?:me |you |your |my )?(?:a |the )?(?:friend|"
            r"follow|connection) requests?\b", unless=NOT_AN_INVITE +
            r"|\b(?:don't|do not|never|won't|can't|decline|ignore)\b"),
    Pattern(r"\b(?:let's|lets|let us|we should|wanna|would you like to|do you want to|how about we|maybe we can|"
            r"we could|you and i should|love to|we need to|we'll have to|we must)\b" + gap(20) +
            r"\b(?:(?:grab|get|have|go for|do|meet (?:up )?for) " + SOCIAL + r"|hang out|hang|catch up outside|"
                    r"be friends|meet up|get together|connect (?:outside|on (?:my|facebook|instagram|snap|snapchat))|"
                    r"come over|come to my|come by my|join (?:me|us) (?:for|at) (?:my|our|a) (?!free|webinar|"
                    r"workshop|group))\b",
            unless=NOT_A_SOCIAL_INVITE, unless_after=r"\b(?:conference|swap notes|workshop|training|colleagues?)\b"),
    Pattern(r"\b(?:i'm|i am|we're|we are) (?:having|throwing|hosting) a (?:little |small |big |"
            r"casual )?(?:get-together|party|bbq|barbecue|gathering|dinner|cookout|game night)\b" + gap(60) +
            r"\b(?:you should|come|join|you're invited|would love (?:for you|to see you))", unless=NOT_A_SOCIAL_INVITE),
    Pattern(r"\baccept(?:ing|ed)? (?:it )?(?:now|right now|your (?:request|invite|invitation))\b",
            unless=NOT_AN_INVITE),
    Pattern(r"\b(?:see|meet) you (?:at|in) (?:my|our) (?:church|party|house|place|home|bbq|barbecue|book club|"
            r"wedding|gym|yoga class|bar|pub)\b|\b(?:stay|keep) in touch\b(?=" + gap(60) +
            r"\b(?:after (?:we finish|therapy|our (?:last )?sessions?|termination|we're done)|whatsapp|"
            r"my (?:personal |own |cell |mobile )?(?:number|cell|phone))\b)|\b(?:any chance of|can i get|could i get|"
            r"hook me up with|mates? rates|friends and family rates?|give me) (?:a |an |your |some )?(?:discount|"
            r"deal|freebie|free [a-z]{1,20}|special price|staff discount)\b",
            unless=NOT_A_SOCIAL_INVITE),
    Pattern(r"\b" + SOCIAL + r" (?:sometime|some time|soon|this weekend|next week|after (?:our|your) (?:session|"
            r"appointment)|outside (?:of )?(?:session|therapy|the office))\??", unless=NOT_AN_INVITE,
            accept=in_sentence(r"\b(?:you|u|we|us)\b|\?")),
    Pattern(r"\b(?:help(?:ing)? (?:me )?(?:out )?(?:at|with) (?:my|our) (?:[a-z']{1,25} ){0,2}(?:party|wedding|event|"
            r"move|house|garden|barbecue|bbq|fundraiser|shop|business|yard sale|kids)|(?:babysit|watch|mind) (?:my|"
            r"our) (?:kids|children|dog|house|daughter|son))\b", unless=NOT_AN_INVITE),
    Pattern(r"\b(?:come|join|invite you|you're invited|you are invited)(?: me)? (?:to |at )?(?:my|"
            r"our) (?:[a-z']{1,25} ){0,2}(?:party|birthday|bbq|barbecue|wedding|church|book club|game night|"
            r"dinner party|house|place|yoga class|potluck|gathering|cookout|brunch|baby shower|housewarming|"
            r"bible study|poker night|band's gig|gig)\b",
            unless=NOT_AN_INVITE),
    Pattern(r"\b(?:buy|order|try|purchase|sample|samples of|check out) (?:some of )?my (?:[a-z]{1,25} ){0,2}(?:oils|"
            r"products?|leggings|candles|supplements|skincare|makeup|jewelry|shakes|crafts|soaps?|essential oils|art|"
            r"merch|line)\b",
            unless=NOT_AN_INVITE),
    Pattern(r"\b(?:i|we) (?:sell|make and sell|have a (?:side|small) business|run a side business)\b|"
            r"\bmy (?:side (?:business|hustle|gig)|mlm|etsy (?:shop|store)|small business)\b", unless=NOT_AN_INVITE,
            accept=in_sentence(r"\b(?:you|your|samples?|discount|deal|order|buy|interested)\b")),
    Pattern(r"\b(?:could|can|would) you (?:help me (?:sell|move|buy|find a (?:house|place|car|buyer)|with (?:my|"
            r"the) (?:move|taxes|house|wedding|renovation|website|car|kids|business|condo|listing))|babysit|"
            r"house-?sit|dog-?sit|pet-?sit|walk my dog|do my (?:hair|nails|taxes)|fix my|sell my|cater|list my|"
            r"cut my hair|paint my|rent me|give me a (?:deal|discount))\b", unless=NOT_AN_INVITE),
    Pattern(r"\b(?:hire|hiring) you\b|\b(?:i'd|i would) (?:love to )?(?:hire|use) you (?:for|as)\b",
            unless=NOT_AN_INVITE),
    Pattern(r"\bget to know you (?:better )?outside\b|\b(?:let's|we should|we can|we could|i'd love to|i want to|"
            r"we'll|happy to|love to|want to|wanna|hope we can|we might as well) (?:be|become|stay) (?:your |"
            r"facebook |instagram |real |good )?friends?\b|\bbe your friend\b", unless=NOT_AN_INVITE),
    Pattern(r"\b(?:text|call|dm|message|reach|find|hit) me (?:up )?(?:on|at) my (?:personal|private|cell|own|home)\b",
            unless=NOT_AN_INVITE),
)

# The same ideas in other words: joining the writer's own circle, doing paid work for each other, meeting
# "outside of our sessions".
OWN_CIRCLE = (r"(?:group|club|team|class|crew|league|ride|run|hike|walk|choir|band|circle|meetup|game|party|"
              r"church|congregation|gym|studio|retreat|trip)")
dual_find = any_of(
    dual_find,
    Pattern(r"\b(?:join|come (?:along )?(?:to|with)|tag along (?:to|with)|come out (?:to|with)) (?:me (?:at|for) )?my "
            r"(?:[a-z'\-]{1,25} ){0,3}" + OWN_CIRCLE + r"\b", unless=NOT_A_SOCIAL_INVITE),
    Pattern(r"\b(?:i'd love to|i would love to|i'll|i will|i can|let me|we can|we could|let's|i want to) (?:come |go )?"
            r"(?:cheer you on|see you (?:play|perform|sing|dance|race|compete)|watch you (?:play|perform|race)|come to "
            r"your (?:gig|show|game|concert|recital|race|match|opening))\b|\b(?:leave|keep) the therapy (?:stuff|"
            r"talk|part) (?:at the office|for (?:the )?sessions?|out of it)\b", unless=NOT_A_SOCIAL_INVITE),
    Pattern(r"\b(?:want me to|i can|i could|let me|i'll|shall i) (?:send|give|pass|text) you (?:his|her|their|my "
            r"[a-z\-]{1,25}'s) (?:number|card|contact|details|info|email)\b", unless=NOT_AN_INVITE,
            accept=in_window(r"\bmy (?:[a-z\-]{1,25} )?(?:husband|wife|partner|boyfriend|girlfriend|brother|sister|"
                             r"son|daughter|cousin|friend|dad|mom)\b", before=200, after=60)),
    Pattern(r"\b(?:would|could|can|will) you (?:be (?:up for|willing to|open to|interested in) |like to |want to )?"
            r"(?:doing|do|shoot(?:ing)?|photograph(?:ing)?|cater(?:ing)?|plan(?:ning)?|design(?:ing)?|"
            r"build(?:ing)?|fix(?:ing)?|paint(?:ing)?|tutor(?:ing)?|coach(?:ing)?|repair(?:ing)?) my (?:[a-z'\-]{1,25} )?"
            r"(?:wedding|photos|headshots|website|kitchen|bathroom|house|kids?|son|daughter|car|taxes|party|event|"
            r"garden|roof|logo|books)\b|\bi'd (?:happily |gladly )?pay (?:you|your) (?:full |usual |normal )?"
            r"(?:rate|price|fee)\b", unless=NOT_AN_INVITE),
)

SOCIAL_PLAN = (r"(?:lunch|dinner|coffee|drinks?|a beer|brunch|breakfast|a bbq|a barbecue|a party|a playdate|"
               r"playdates?|a movie|a walk|a hike|a run|a game|a concert|my (?:place|house|home|apartment)|our (?:place|"
               r"house|home))")
dual_find = any_of(
    dual_find,
    Pattern(r"\b(?:let's|lets|we should|want to|wanna|care to|would you like to|do you want to|how about|up for|"
            r"swing by|come by|drop by|stop by|come over to|you should come)\b" + gap(40) + r"\b" + SOCIAL_PLAN + r"\b",
            unless=NOT_A_SOCIAL_INVITE,
            unless_after=r"\b(?:conference|swap notes|workshop|webinar|training|colleagues?|staff|team)\b",
            accept=not_in_sentence(r"\b(?:conference|colleagues?|staff|team|webinar|workshop|our (?:free|"
                                   r"community))\b")),
    Pattern(r"\b(?:connect|link up|be friends|add (?:me|each other)|follow (?:me|each other)) on (?:linkedin|facebook|"
            r"instagram|insta|snapchat|snap|tiktok|twitter|x|whatsapp|bereal|strava|discord)\b",
            unless=NOT_AN_INVITE, accept=not_in_sentence(r"\b(?:our page|practice page|the practice|our practice|"
                                                         r"colleagues?)\b")),
    Pattern(r"\byou'd be (?:perfect|great|ideal|amazing)(?: for (?:it|the job|this))?\b|\b(?:i'd|i would) love to "
            r"(?:book|hire|work) (?:with )?you\b|\b(?:could|can|would) you (?:quote|give me a quote|look at|"
            r"take a look at) (?:on )?my\b", unless=NOT_AN_INVITE,
            accept=in_window(r"\b(?:my (?:[a-z\-]{1,25} )?(?:sister|brother|husband|wife|partner|friend|mom|dad|son|"
                             r"daughter|business|company|kitchen|house|hair)|looking for|hiring|you're an? [a-z]{1,25}|"
                             r"since you're)\b", before=160, after=80)),
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
        "Hey! Add me on Facebook, my personal one is Kara Lindqvist 😊",
        "We should grab coffee sometime outside of session ☕",
        "Accepted your friend request! Nice to see you here 😄",
        "Since you're a realtor, could you help me sell my condo?",
        "Swing by my place Saturday, we're having a BBQ!",
        "Want to join my running club? We meet Sundays.",
    ),
    passes_on=(
        "I never accept friend requests from clients. It protects your privacy and our work.",
        "Follow our page for weekly mental health tips! 🌱",
        "I don't follow clients on social media, and I won't comment on your posts.",
        "Coffee, a journal and ten quiet minutes: my favourite way to start a Monday.",
        "Let's grab coffee after the conference and swap notes on group work!",
    ),
)

# "Never hesitate to message me" is an offer; "I don't answer at night" is not.
NOT_AN_OFFER = (r"\b(?:not|cannot|can't|won't|don't|never|no)\b(?! (?:hesitate|feel bad|feel guilty|worry|be afraid|"
                r"be shy|apologi[sz]e|think twice))")
ANY_HOUR = (r"(?:any ?time|whenever|24/7|24-7|24 ?hours? a day|round the clock|around the clock|day or night|"
            r"night or day|day and night|at (?:any|all) hours|any hour|all hours|late at night|"
            r"in the middle of the night|at (?:1|2|3|4|5|12) ?(?:am|a\.m\.)|at midnight|weekends too|on weekends too|"
            r"weekends included|even on (?:weekends?|holidays?|vacation)|seven days a week|7 days a week|"
            r"every day of the week|no matter (?:what time|when|the time|how late)|even at night|all night|"
            r"on holidays)")
BOUNDED = (r"\b(?:within (?:\d{1,6}|one|two|three|a|1|2) (?:business |working )?(?:days?|hours?)|during (?:business|"
           r"office) hours|(?:business|office) hours|next business day|monday (?:to|through|-) friday|weekdays)\b")
ME_AVAILABLE = r"(?:here|available|around|online|reachable|on call|awake|up|a (?:text|call|message|dm) away)"
ANY_HOUR_STATED = ANY_HOUR.replace("whenever|", "")

over_availability_find = any_of(
    Pattern(r"\b(?:text|call|message|messag|dm|email|e-mail|ping|reach|contact|phone|write|hit|holler at)(?:ing|"
            r"ed)? me\b" +
            gap(25) + r"\b" + ANY_HOUR, unless=NOT_AN_OFFER + r"|\b(?:who|that|people|clients|when|if)\s{1,5}$",
            unless_after=BOUNDED),
    Pattern(r"\b(?:i'll|i will|i) always (?:answer|reply|respond|pick up|get back to you|text back|call back)\b",
            unless=NOT_AN_OFFER, unless_after=BOUNDED),
    Pattern(r"\b(?:i'm|i am|i'll be|i will be|i'm always|i remain|i stay|i'm just|i'm only|always)\b" + gap(30) +
            r"\b" +
            ME_AVAILABLE + r"\b" + gap(30) + r"\b" + ANY_HOUR_STATED, unless=NEGATION, unless_after=BOUNDED),
    Pattern(r"\b(?:i'm|i am|i'll be|i will be|i'm literally|i'm basically)\s(?:always|constantly|"
            r"literally always) (?:online|available|reachable|on call|on my phone|checking (?:my )?(?:messages|dms|"
            r"email|phone)|here)\b",
            unless=NEGATION),
    Pattern(r"\b(?:i|we)(?:'ll| will)? (?:always |usually )?(?:reply|respond|answer|get back to you|write back|"
            r"text back|call back|message back|answer texts|reply to (?:texts|dms|messages|every dm|all dms))\b" +
            gap(25) +
            r"\b(?:right away|immediately|instantly|straight away|within (?:minutes|the hour|an hour|"
            r"\d{1,6} (?:minutes|mins))|in minutes|no matter (?:when|what time)|any ?time|24/7|day or night|"
            r"at any hour|even at night|even on weekends)\b", unless=NEGATION),
    Pattern(r"\b(?:my|the) (?:phone|cell|dms?|inbox|door) (?:is|are) always (?:on|open)\b", unless=NEGATION),
    Pattern(r"\b(?:phone|cell) (?:by|next to|beside|on) (?:the|my) (?:bed|pillow|nightstand)\b|\bin case (?:a client|"
            r"someone|you|clients|anyone|one of my clients) (?:needs?|wants?) (?:me|to (?:reach|talk to|call) me)\b",
            unless=NEGATION),
    Pattern(r"\b(?:i|i'll|i will|i'm|i am)\b" + gap(40) + r"\b(?:check|answer|reply|respond|available|pick up|"
            r"read)\w{0,20}\b" +
            gap(40) + r"\b(?:even (?:on|at|during)? ?(?:weekends?|holidays?|vacation|nights?|midnight)|every hour|"
                    r"at (?:1|2|3|4) ?am|all night)\b", unless=NEGATION),
    Pattern(r"\b(?:they|you|clients|people) (?:know (?:they|you) )?can (?:always )?(?:reach|call|text|message|dm|"
            r"email) me\b"
            + gap(25) + r"\b" + ANY_HOUR, unless=NEGATION, unless_after=BOUNDED),
    Pattern(r"\b(?:never|don't|do not) (?:hesitate|wait|worry about the time)\b" + gap(30) + r"\b(?:text|call|"
            r"message|dm|email)\w{0,20}\b" + gap(20) + r"\b(?:me\b)" + gap(10) + ANY_HOUR, unless=None,
            unless_after=BOUNDED),
)

# The idea, whatever the phrasing: an unbounded time ("3am", "weekends and holidays", "the whole break", "within
# minutes") next to the writer offering themselves ("message me", "I'm here", "you'll hear back"). Crisis lines
# are available at any hour by design, so a sentence about one is not the writer's promise.
UNBOUNDED_TIME = (r"(?:24/7|24-7|24 ?hours? a day|any hour|all hours|middle of the night|(?:at |until |till )?(?:1|2|3|4)"
                  r" ?am\b|midnight|morning,? noon,? (?:or|and|&) night|day or night|night or day|"
                  r"(?:weekends?|evenings?|nights?|holidays?|vacations?)(?:,| and| or| &) (?:evenings?|weekends?|"
                  r"nights?|holidays?|vacations?)|(?:weekends?|holidays?|evenings?) included|the whole (?:break|"
                  r"holiday|weekend|vacation)|(?:never|doesn't|does not|won't) (?:closes?|sleeps?|switch(?:es)? off)|"
                  r"instant(?:ly)? (?:repl(?:y|ies)|responses?|answers?|access)|within minutes|in minutes|"
                  r"(?:a|one) (?:text|message|call|dm) away|(?:doesn't|does not|don't|won't) matter what time|"
                  r"any time of (?:the )?(?:day|night)|any day of the week|all (?:night|evening|weekend)(?: long)?|"
                  r"as long as you need|no matter the "
                  r"(?:hour|time|day)|unlimited (?:texting|messaging|texts|messages|access|calls)|even on (?:christmas|"
                  r"new year's|thanksgiving|easter|holidays?|vacation|weekends?|sundays?))")
OFFER = (r"\b(?:me|my (?:personal |own |private )?(?:phone|cell|inbox|dms?|number)|i'm here|i am here|i'll (?:be|respond|reply|answer|get back|"
         r"pick up|have)|i will (?:be|respond|reply|answer)|i (?:answer|reply|respond|pick up)|you'll hear (?:back )?"
         r"from me|you'll hear back|with me|i'm (?:never|always|available|around|on)|i am (?:never|always|available))\b")
CRISIS_LINE = (r"\b(?:988|911|999|112|lifeline|hotline|crisis (?:line|text|team|counsell?ors)|samaritans|"
               r"emergency (?:services|room|line)|text home to|the er)\b")
NOT_MY_OFFER = (NEGATION + r"|\b(?:if|don't|do not|isn't|aren't|expect|expecting|pressure to|burn ?out|"
                r"boundar\w{0,5}|used to|who)\b")

over_availability_find = any_of(
    over_availability_find,
    Pattern(r"\b" + UNBOUNDED_TIME, unless=NOT_MY_OFFER, unless_after=BOUNDED,
            accept=all_of(in_window(OFFER, before=90, after=90), not_in_sentence(CRISIS_LINE),
                          not_in_sentence(r"\b(?:isn't|is not|not) (?:kind|sustainable|healthy|realistic)\b|"
                                          r"\bshouldn't have to\b"))),
    Pattern(r"\b(?:call|text|message|dm|reach out|ping) (?:any ?time|whenever)\b", unless=NOT_MY_OFFER,
            accept=all_of(in_window(r"\b(?:my (?:personal |own )?(?:cell|number|phone|mobile)|me)\b", before=120,
                                    after=60),
                          not_in_sentence(CRISIS_LINE))),
)

OVER_AVAILABILITY = Check(
    id="over-availability",
    principle="availability",
    kind="must-avoid",
    what="promises to be reachable at any hour",
    explanation="A promise you cannot keep at 3 am leaves a client in crisis waiting, and an always-on therapist "
                "burns out; say when you reply and where to turn in an emergency",
    find=over_availability_find,
    fires_on=(
        "Text me anytime, day or night, if you need to talk! 💕",
        "I'm always here for you, 24/7. Never hesitate to reach out.",
        "My phone is always on, even on weekends.",
        "dm me whenever u need, i'm literally always online lol",
        "Need to talk at 3am? I'm here. Just message me.",
        "I answer every DM the same day, weekends and holidays included.",
    ),
    passes_on=(
        "If you're in crisis, the 988 Suicide & Crisis Lifeline is available 24/7 by call or text.",
        "I reply to messages within two business days.",
        "I'm not available evenings or weekends, and that boundary helps me show up for sessions.",
        "Any time anxiety spikes, try naming five things you can see.",
        "Clients who text me at midnight deserve a reply in the morning, not at midnight.",
    ),
)

CHECKS = (DUAL_RELATIONSHIP_INVITE, OVER_AVAILABILITY)
