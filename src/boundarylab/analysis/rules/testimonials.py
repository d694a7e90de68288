"""Testimonials: asking clients (or anyone who might be one) for reviews, ratings or public praise.

Thanking someone for a review, or saying you never ask for them, is not a request; the checks
look for the ask itself.
"""

from boundarylab.analysis.check import Check
from boundarylab.analysis.patterns import NEGATION, Pattern, any_of, gap, in_window

PRAISE = r"(?:reviews?|testimonials?|ratings?|endorsements?|stars?|⭐)"
WHERE = r"(?:google|yelp|facebook|psychology today|healthgrades|zocdoc|therapy den|trustpilot|our page|my page)"
US = r"(?:us|me|our practice|my practice|the practice|our clinic|our office|our team|our center|our centre)"
NOT_ASKING = NEGATION + (
    r"|\b(?:how to|how do|how should|when to|whether to|should you|ask(?:ing)? (?:clients|"
    r"anyone|people) (?:to|for)|stop|thanks? (?:you )?for|thank you for|taking the time|respond(?:ing)? to|"
    r"reply(?:ing)? to|read|reading|check out|fake|policy)\b"
)
# Praise in any form, and the words that turn a mention of it into a request.
PRAISE_ANY = (
    r"\b(?:reviews?|ratings?|testimonials?|(?:5|five)[- ]stars?|stars|endorsements?|"
    r"a few (?:kind )?words (?:on|about)|(?:kind )?words on (?:google|yelp|facebook)|"
    r"your (?:success )?stor(?:y|ies) on (?:our|my)|feature your (?:story|experience|journey|success)|"
    r"recommendations? on (?:google|linkedin|yelp|facebook)|(?:short |brief )?quotes (?:from|"
    r"by) (?:clients|you|past clients|former clients)|client quotes|your words about)\b|⭐"
)
REQUEST = (
    r"\b(?:please|pls|would|could|can you|help us|help me|we'd love|i'd love|would love|we would love|"
    r"means? (?:a lot|so much|the world|everything)|appreciate|haven't (?:left|written|posted)|only takes|"
    r"reach \d{1,6}|our goal|leave|drop|write|share|post|give|submit|link|if you (?:have|had|enjoyed|liked|"
    r"loved|found|'ve|were)|if we(?:'ve| have)? helped|feature|nominate|tag us|tell us|consider|"
    r"take a (?:minute|moment|second)|don't forget|remember to|fancy|keen|up for|willing|happy to|chuffed|"
    r"grateful|thrilled|love it|would you|could you|mind|send|email|dm|message|add them|i'll add|we'll add|"
    r"(?:always |really |much |greatly )appreciated|"
    r"worked with me|worked with us|helps? (?:other |more )?(?:people|others|folks|new clients|someone|"
    r"small practices|us) (?:find|reach|choose|discover|grow)|would help|goes a long way|enjoyed working|"
    r"loved working)\b"
)

# "you haven't left a rating yet" is a nudge, not a refusal: only a negation of the asking itself vetoes.
NOT_ASKING_PRAISE = NOT_ASKING.replace(
    NEGATION,
    r"\b(?:not|never|nor|neither|no longer|without|don't|doesn't|didn't|"
    r"won't|can't|cannot|shouldn't|wouldn't|isn't|aren't)\b",
)

# Fishing for testimonials in other words (issue 11, pres-004): "Has therapy with us made a difference? Share your
# story in the comments", "tag us", "tell your friends what we did for you".
ABOUT_US = (
    r"\b(?:therapy|counsell?ing|sessions?|our (?:team|practice|clinic|clinicians?|therapists?|group|center|centre|"
    r"work)|with us|at our|we (?:helped|did)|made a difference|changed your life|helped you|in the comments|below|"
    r"(?:through|to) our doors?|our office|(?:has|have) helped|"
    r"tag us|our page|this page)\b"
)
testimonial_find = any_of(
    Pattern(
        r"\b(?:share|post|tell (?:us|me|everyone)|drop|leave|write|comment)(?: us| me)? (?:your|a|with us your) "
        r"(?:[a-z]{1,20} )?(?:story|stories|experience|journey|success|wins?)\b",
        unless=NOT_ASKING,
        accept=in_window(ABOUT_US, before=140, after=80),
    ),
    # "would you comment on our latest post so other students know they can come too?"
    Pattern(
        r"\btell us in the comments\b|\b(?:comment|post|share)\b" + gap(40) + r"\bso (?:other|others|more) "
        r"(?:[a-z]{1,20} )?(?:know|see|find|hear)\b",
        unless=NEGATION,
        accept=in_window(
            r"\b(?:(?:through|to) our doors?|since you (?:first )?(?:came|walked|started|joined)|with us|at our|we "
            r"(?:helped|did)|helped you|our (?:team|practice|clinic|office|therapists?|sessions?|work together)|"
            r"(?:has|have) helped)\b",
            before=140,
            after=120,
        ),
    ),
    Pattern(
        r"\btag us\b|\btell (?:your |a )?(?:friends?|family|others|everyone|people) (?:what|how) (?:we|our|"
        r"therapy|counsell?ing)\b",
        unless=NOT_ASKING,
        accept=in_window(ABOUT_US, before=140, after=80),
    ),
    # "happy to share the reviews I've found useful", "systematic reviews show": reviews of research, not praise
    # "a public review would let anyone know you were in therapy", "nobody owes their therapist a review": what a
    # review would do, or that none is owed, is said to protect the client, not to ask for one
    Pattern(
        PRAISE_ANY,
        unless=NOT_ASKING_PRAISE
        + r"|\b(?:systematic|literature|research|cochrane|evidence|et al)\b|\bow(?:es?|ed|ing)\b"
        # "our ethics codes prohibit soliciting testimonials", "replies to reviews": the request named, not made
        + r"|\b(?:solicit\w{0,4}|prohibit\w{0,4}|caution\w{0,3} against|replies to|responses to)\b"
        + r"|\b(?:board|committee|panel|supervisor|auditor)s?\s{1,5}$"  # "our board reviews the group": the verb
        + r"|\b(?:will|'ll|shall|must)\s{1,5}$"  # "we will review our safety posts": the verb, not praise
        + r"|\b(?:19|20)\d\d\)?\s{1,3}$"  # "Dazzi et al.'s 2014 review": a publication
        + r"|\b(?:that|which) you\s{1,5}$|\bfor you to\s{1,5}$"  # "changes that you review": the verb
        + r"|\b(?:later|recent|meta-?|published|peer-reviewed|several|many|other)\s{1,5}$"  # "later reviews": research
        # "if you know a good review, send it my way": a review of research asked for, not praise
        + r"|\bknow (?:of )?(?:a|any) (?:good |great |solid |recent )?\s{0,2}$",
        unless_after=r"^\s?(?:i've|i have|we've|we have|i found|i'm|i am|we're|of (?:the )?(?:research|evidence|"
        r"literature|studies))\b|^\s?(?:would|could|might|will|can) (?:let|show|tell|reveal|expose|identify|out|"
        r"link)\b|^\s?(?:is|are) (?:also |always |very |still )?(?:public|permanent|visible|searchable|tied)\b|"
        r"^\s?(?:we|i) (?:receive|get|read|answer)\b|"  # "this applies to every review we receive"
        r"^\s?\((?:e\.g\.,? )?[a-z]+ (?:et al|and [a-z]+)\b|^\s?(?:found|find|show|showed|shows|suggest|suggested|"
        r"concluded)\b|^\s?(?:our|the|its|their|your|all|every|these|this) (?:[a-z]{1,20} )?(?:policies|policy|"
        r"procedures|practices|processes|process|posts|content|guidelines|materials|notes|records)\b",
        accept=in_window(REQUEST, before=100, after=120),
    ),
    Pattern(
        r"\btell (?:us|me|everyone|the world|others) (?:what|how much|why) you (?:loved|liked|enjoyed|valued|"
        r"appreciated)(?: most)? about (?:your sessions|your time|working|therapy|counsell?ing|us|me|our)",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\b(?:leave|write|post|drop|give|share|add|submit|do|send)(?: (?:us|me))? (?:a |an |your |some |us a |"
        r"me a )?(?:quick |short |honest |little |kind |positive |good |great |glowing |sweet |brief )?(?:(?:5|"
        r"five)[- ]?star |(?:⭐ ?){1,5})?(?:"
        + WHERE
        + r" )?(?:online |written |video )?"
        + PRAISE
        + r"(?:\b|(?=\s|$))",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\b(?:give|send|drop) (?:us|me) (?:a |some )?(?:quick |little |big )?(?:shout[- ]?outs?|"
        r"recommendations?)\b",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\b(?:review|rate|recommend|endorse|nominate|vote for|refer (?:your )?friends to) " + US + r"\b",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\b(?:would|could|can|will|might) you (?:please |kindly |maybe )?(?:consider |be willing to |"
        r"mind )?(?:leave|leaving|write|writing|post|posting|share|sharing|give|giving|put|putting|submit)\b"
        + gap(50)
        + r"\b(?:review|testimonial|rating|recommendation|kind words|good word|stars|shout[- ]?out)",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\b(?:reviews?|testimonials?|ratings?|referrals?|stars|shout[- ]?outs?|word of mouth|"
        r"recommendations)(?: on "
        + WHERE
        + r")?(?: here| there)? (?:really |truly |honestly |seriously )?(?:help|helps|mean|means|keep|keeps|make|makes|go|"
        r"goes|matter|matters) (?:a lot|so much|the world|everything|our|small|us|me|practices|a long way|"
        r"more than you know|hugely|others|other (?:people|families|students|clients|parents)|people|families|folks)",
        # "to other students reading this, a quick review here really helps others find us": reading is no veto here
        unless=NEGATION + r"|\b(?:fake|policy|thanks? (?:you )?for|thank you for|how to|whether to|should you)\b",
    ),
    Pattern(
        r"\b(?:tell|let) (?:your )?(?:friends|family|others|people|everyone|the world|folks|"
        r"your network) (?:know )?(?:about|how|what) (?:us|me|your (?:experience|sessions|therapy|time|work)|"
        r"(?:our|my) (?:practice|work|sessions)|therapy (?:with|at) (?:us|me)|(?:we|i) helped|counsell?ing with)",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\b(?:share|tell us|let us know|post about|tell everyone|write about|comment) how (?:counsell?ing|"
        r"therapy|our (?:work|sessions)|working with (?:us|me)|(?:[a-z]{1,25} )?with (?:us|me)|(?:we|"
        r"i)) (?:helped|has helped|changed|help|made)",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\bshare (?:your|a) (?:[a-z]{1,25} ){0,2}(?:story|stories|experience|journey|success)\b"
        + gap(40)
        + r"\b(?:with (?:us|me|our|my) (?:practice|team|page)|(?:of|about) (?:working|therapy|counsell?ing|"
        r"your (?:time|sessions)) (?:with|at) (?:us|me|our)|we'll feature|to be featured|for our (?:website|page|"
        r"wall))",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\b(?:we|i)(?:'d| would) (?:love|appreciate|be (?:so )?grateful for|be honou?red by|"
        r"welcome) (?:to (?:hear|see|read) )?(?:your |a |an |some )?(?:[a-z]{1,25} ){0,2}(?:review|testimonial|"
        r"rating|shout[- ]?out|kind words|stars)",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\b(?:we|i)(?:'d| would) (?:be (?:so )?(?:grateful|thankful|honou?red)|love it|appreciate it) if you\b"
        + gap(50)
        + PRAISE,
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\b(?:review|testimonial|rating)s? (?:link|page|form)\b|\blink (?:to|for) (?:leave |leaving |write |"
        r"writing )?(?:a |your )?(?:reviews?|testimonials?)\b",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\b(?:testimonials?|reviews?|shout[- ]?outs?) (?:wanted|welcome|needed|appreciated|encouraged|please)\b",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\bif (?:you(?:'ve| have)?|therapy|our (?:work|sessions)|working with (?:me|us))\b"
        + gap(60)
        + r"\b(?:helped|changed|loved|liked|enjoyed|found|benefit+ed)\b"
        + gap(60)
        + r"\b(?:review|testimonial|rating|stars|shout[- ]?out|tell (?:others|your friends)|recommend|⭐)",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\btag (?:us|me)\b"
        + gap(40)
        + r"\b(?:tell|share|say|show)\b"
        + gap(30)
        + r"\b(?:therapy|counsell?ing|our work|your (?:progress|experience|journey|results))",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\b(?:comment|drop|write)\b" + gap(30) + r"\b(?:how|what) (?:therapy|counsell?ing|working|"
        r"our work) with (?:me|us)\b",
        unless=NOT_ASKING,
    ),
    Pattern(
        r"\b(?:clients|patients)\b[,:;!]?" + gap(40) + r"\b(?:5|five)[- ]?star\b",
        unless=NOT_ASKING + r"|\bask(?:ing|ed|s)?\s{1,5}$",
        unless_after=r"\b(?:is|are|counts as|means) (?:soliciting|solicitation|against|prohibited|not allowed)\b",
    ),
    # Asked as a favour the client is free to refuse: "if you ever feel like sharing your experience online, it
    # really helps others", "if you two ever feel like telling friends about us, word of mouth helps a new practice".
    Pattern(
        r"\b(?:if you (?:two |both |all )?(?:ever )?(?:feel like|fancy|want to|'d like to|would like to|are up for|"
        r"'re up for)|feel free to|you're (?:welcome|free) to) (?:share|sharing|post|posting|tell|telling|write|"
        r"writing|talk(?:ing)? about)\b",
        unless=NOT_ASKING,
        accept=in_window(
            r"\b(?:your (?:experience|story|journey|progress|time with (?:us|me))|(?:friends|family|people|others) "
            r"about (?:us|me|the practice|our practice|your sessions|therapy))\b",
            before=0,
            after=80,
        ),
    ),
    Pattern(
        r"\bword of mouth (?:really |truly |honestly )?(?:helps?|means?) (?:a new|new|a small|small|a practice|the "
        r"practice|practices)\b",
        unless=NOT_ASKING,
    ),
    # "drop their name in the comments and give them a shout-out", "a kind comment below would mean a lot"
    Pattern(
        r"\bgive (?:them|us|her|him|your (?:therapist|counsell?or)) a (?:shout-?out|shoutout|big shout)\b|"
        r"\ba (?:kind|nice|quick|short|few kind) (?:comment|word|note|review|words)s? (?:below |here |from you )?"
        r"(?:would|will) mean\b",
        unless=NEGATION,
    ),
    # "if you ever feel like passing my name along", "past group members: drop a 💚 below if the group helped you"
    Pattern(
        r"\bpass(?:ing)? (?:my|our) name (?:along|on)\b|\bsend (?:your )?(?:friends|family|people) (?:my|our) way\b",
        unless=NEGATION,
    ),
    Pattern(
        r"\bdrop (?:a|an) (?:[^\sa-z0-9]{1,4}|heart|like|emoji|thumbs up)(?: below| here| in the comments)?\b",
        unless=NEGATION,
        accept=in_window(
            r"\b(?:(?:has|have|we|group|therapy|sessions?|practice|team) helped (?:you|your)|made a difference|with us|"
            r"our (?:group|practice|team|sessions|clinic|work together))\b",
            before=140,
            after=120,
        ),
    ),
)


TESTIMONIAL_REQUEST = Check(
    id="testimonial-request",
    principle="testimonials",
    kind="must-avoid",
    what="asks for a review, rating or public praise",
    explanation="Clients may feel they owe you a yes because of the power difference in therapy, and a public "
    "review exposes them as clients; the codes forbid soliciting testimonials",
    find=testimonial_find,
    fires_on=(
        "Word of mouth is the best compliment, if you ever feel like passing my name along!",
        "Five years! Tell us in the comments what changed for you since you first came through our doors.",
        "If our team has helped you, could you comment on our post so other parents know we are here?",
        "If you've found our sessions helpful, we'd be so grateful if you left us a Google review! ⭐⭐⭐⭐⭐",
        "Would you mind writing a short testimonial about your experience with me?",
        "Pls leave a review on google if u liked working w me 🙏",
        "Reviews really help small practices like ours!",
        "Has therapy with us made a difference in your life? Share your story in the comments below!",
        "If you ever feel like sharing your experience online, it really helps other people find help 🙂",
        "If you two ever feel like telling friends about us, word of mouth really helps a new practice!",
    ),
    passes_on=(
        "A 2005 trial and later reviews (e.g., Dazzi et al., 2014) found asking doesn't plant the idea.",
        "Our ethics codes prohibit soliciting testimonials from current clients.",
        "We never discuss anyone's care in public, and that includes replies to reviews.",
        "Thank you all for these eight weeks. Our board reviews the group next month.",
        "Gould et al.'s 2005 review found that asking about suicide does not raise risk.",
        "We can rewrite it with changes that you review before anything goes back up.",
        "Tell us in the comments: what topics should our next webinar cover?",
        "We never ask clients for reviews or testimonials.",
        "Thank you for your review. We appreciate all feedback.",
        "Leave a comment with your favourite grounding skill!",
        "Rate your anxiety from 0 to 10 before and after this breathing exercise.",
        "Share your story with someone you trust; saying it out loud can help.",
        "Feel free to share this post with anyone who might find it useful.",
        "If you feel like talking about your week, we can start there on Thursday.",
        "It's your choice, but a public review would let anyone who reads it know you were in therapy.",
        "A reminder: nobody in therapy ever owes their therapist a review or a thank-you.",
        "We've taken the post down and will review our safety posts with the advocacy office.",
        "Dazzi et al.'s 2014 review found that asking about suicide does not raise risk.",
    ),
)

CHECKS = (TESTIMONIAL_REQUEST,)
