"""The shared vocabulary: verdicts, principles, scenario kinds, check ids and code sections.

Every layer (YAML data, the generated schema, analysis, scoring, reports, tests) imports these
names from here, so a typo anywhere is caught against one list.
"""

VERDICTS = {
    "ok": "Fine as it is",
    "revise": "Rewrite it: the aim is legitimate, the wording or route is not",
    "dont": "Don't: no rewording makes this ethical",
}

PRINCIPLES = {
    "confidentiality": "Nothing from therapy goes online, anonymized or not, without explicit consent",
    "dual-relationships": "No friending, following, liking or commenting with clients; one role only",
    "testimonials": "No asking clients for reviews or public praise: the power differential",
    "diagnosing-at-a-distance": "No diagnosing strangers, public figures or commenters",
    "colleagues": "No public bashing; raise concerns privately, then through proper channels",
    "advice-not-therapy": "General education, not individual clinical advice",
    "crisis": "Crisis content is not handled on the platform: crisis plan, emergency and crisis lines",
    "secure-channels": "DMs are not private: redirect to phone, email or the client portal",
    "professional-presence": "Separate professional page, privacy settings, professional language",
    "public-footprint": "Likes, comments, follows and political posts are public and shape neutrality",
    "self-disclosure": "Personal sharing only when it serves others",
    "accuracy": "Evidence-based content; no prompts to self-diagnose; competence limits",
    "accountability": "A harmful post gets a sincere public apology, not a silent delete",
    "availability": "Boundaries on when you answer; burnout and expectations",
    "policy-and-consent": "A written social-media policy in informed consent; document contacts",
    "client-search": "Do not look clients up online except for a real safety concern",
}

KINDS = {
    "post": "A post on your own page or profile",
    "comment": "A comment under someone's post",
    "reply": "A reply in a public thread",
    "dm": "A direct or private message",
    "friend-request": "A friend, follow or connection request",
    "review-response": "A public reply to an online review",
    "tag": "A tag or mention of you",
    "colleague-post": "A post by a colleague",
    "search": "Looking someone up online",
}

PLATFORMS = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "x": "X",
    "threads": "Threads",
    "tiktok": "TikTok",
    "linkedin": "LinkedIn",
    "youtube": "YouTube",
    "reddit": "Reddit",
    "google-reviews": "Google reviews",
    "yelp": "Yelp",
    "directory": "Therapist directory",
    "text-message": "Text message",
    "whatsapp": "WhatsApp",
    "email": "Email",
    "search-engine": "Web search",
    "blog": "Practice blog",
    "forum": "Professional forum",
}

DRAFT_ACTIONS = {
    "post": "Publish this post",
    "comment": "Post this comment",
    "reply": "Post this reply",
    "send": "Send this message",
    "accept": "Accept the request",
    "follow": "Follow back",
    "like": "Like it",
    "share": "Share it",
    "search": "Run this search",
    "delete": "Delete it",
    "ignore": "Leave it without answering",
}

AVOID_CHECKS = (
    "client-identifying-detail",
    "client-story",
    "diagnosis-of-person",
    "testimonial-request",
    "individual-advice",
    "colleague-disparagement",
    "unprofessional-tone",
    "polarizing-opinion",
    "harmful-language",
    "confirms-client-relationship",
    "dual-relationship-invite",
    "over-availability",
    "self-diagnosis-prompt",
    "personal-overshare",
    "misleading-claim",
)
# The persona's profession, and the code prefixes that count as that profession's own code.
PROFESSIONS = {
    "psychologist": ("APA",),
    "counselor": ("ACA",),
    "social-worker": ("NASW", "Tech Std"),
    "mft": ("AAMFT",),
    "school-counselor": ("ASCA",),
}

INCLUDE_CHECKS = ("redirects-to-secure-channel", "crisis-resources", "education-disclaimer")
CHECKS = AVOID_CHECKS + INCLUDE_CHECKS

# Code-of-ethics sections a scenario may cite (../shared/reference/codes.md, unconfirmed ones left
# out; tips and guidelines are cited by title in the rationale, never here). The value is our one-line
# paraphrase, shown to learners beside each cited section; "(secondary)" marks sections known only from a
# secondary source.
CODES = {
    "ACA A.2.b": "Informed-consent content; the ACA tip sheet files the social-media policy here (secondary)",
    "ACA A.5.e": "No personal virtual relationship (friending, following) with current clients",
    "ACA C.3": "Advertising and credentials are accurate, online too",
    "ACA C.3.a": "Advertising is accurate and not misleading",
    "ACA C.3.b": "Solicit no testimonials from clients or others open to undue influence",
    "ACA C.6.c": "Media presentations: public advice or comment, online too, rests on the professional literature and implies no counseling relationship",
    "ACA H.1.a": "Learn a technology's technical, ethical and legal side before using it",
    "ACA H.2.a": "Technology consent covers risks, response times and emergencies",
    "ACA H.2.b": "Others may read electronic messages",
    "ACA H.2.c": "Confidentiality online has limits clients must hear about",
    "ACA H.2.d": "Encryption to current standards and law",
    "ACA H.3": "Verify client identity throughout distance work",
    "ACA H.4.b": "Professional boundaries in online work",
    "ACA H.6.a": "Separate professional and personal pages and profiles",
    "ACA H.6.b": "Explain social media's benefits, limits and boundaries during consent",
    "ACA H.6.c": "Do not view a client's social-media presence without consent",
    "ACA H.6.d": "Keep confidential information off public social media",
    "ACA I.2.a": "Raise a colleague's apparent ethics violation with them informally first, where that is feasible and safe",
    "ACA I.2.b": "Report a colleague's violation through proper channels when informal resolution fails or does not fit",
    "APA 1.04": "Raise a colleague's apparent ethical lapse with them informally first, where that is appropriate",
    "APA 1.05": "Report a colleague's lapse through proper channels when informal resolution does not fit or fails",
    "APA 2.01": "Stay within the boundaries of competence, platforms included",
    "APA 3.04": "Avoid harm",
    "APA 3.05": "Avoid multiple relationships that risk objectivity or exploitation",
    "APA 3.06": "Own interests must not bend professional judgment",
    "APA 3.10": "Informed consent",
    "APA 4.01": "Protect confidential information in every medium",
    "APA 4.02": "Discuss the limits of confidentiality",
    "APA 4.04": "Intrude on privacy only as far as the purpose needs",
    "APA 4.06": "Consult without identifying clients",
    "APA 4.07": "No identifiable client material in talks, writing or media without consent",
    "APA 5.01": "Nothing false or misleading in public statements, online included",
    "APA 5.02": "You answer for what others post for you; ads recognizable as ads",
    "APA 5.04": "Public advice rests on expertise and implies no treatment relationship",
    "APA 5.05": "No soliciting testimonials from current clients or vulnerable people",
    "APA 5.06": "No uninvited solicitation of vulnerable people",
    "APA 9.01(a)": "Opinions only on information sufficient to support them",
    "APA 9.01(b)": "An opinion on a person's psychological characteristics only after examining them, or with its limits stated",
    "NASW Preamble": "Every standard applies online too (secondary)",
    "NASW 1.03(e)": "Discuss your technology policies with clients",
    "NASW 1.03(f)": "Consent before technology-based services",
    "NASW 1.03(i)": "Consent before searching a client online, save to prevent serious harm",
    "NASW 1.04": "Technology competence (secondary)",
    "NASW 1.06(e)": "No personal technology-based contact with clients",
    "NASW 1.06(f)": "Personal content on professional sites blurs roles",
    "NASW 1.06(g)": "Clients may find your political, religious or cultural affiliations",
    "NASW 1.06(h)": "Avoid accepting clients' friend or contact requests",
    "NASW 1.07(a)": "Seek private information only for a compelling reason",
    "NASW 1.07(q)": "No client searches without a compelling reason (secondary)",
    "NASW 1.07(r)": "Never post identifying or confidential client information (secondary)",
    "NASW 1.11": "No sexual harassment of clients, electronic contact included",
    "NASW 1.15": "Interrupted services, electronic outages included",
    "NASW 2.01(b)": "No unwarranted criticism of colleagues in any medium",
    "NASW 2.10": "Address a colleague's unethical conduct, online too: talk with them first where feasible, then formal channels",
    "Tech Std 1": "Technology Standards, section 1: informing the public",
    "Tech Std 2": "Technology Standards, section 2: delivering services",
    "Tech Std 2.01": "Apply the Code online as in person; weigh crisis risks; keep boundaries",
    "AAMFT 1.3": "Avoid multiple relationships that impair judgment; document precautions",
    "AAMFT 1.12": "Written consent to record",
    "AAMFT 2.1": "Disclose the limits of confidentiality",
    "AAMFT 2.2": "Written authorization to release information",
    "AAMFT 6.1": "Before electronic services: suitability, risks and benefits, security, training",
    "AAMFT Std VI": "Technology-assisted services: the same ethical duties apply when you work through phones, apps and the internet",
    "AAMFT Std IX": "Advertising: describe yourself, your training and your services accurately in public",
    "ASCA A.14": "ASCA (2016) technology and digital citizenship: choose and use technology with care and keep boundaries with students",
    "ASCA A.15": "ASCA (2016) virtual and distance counseling: the same ethics as in person, with plans for emergencies when you are unavailable",
    "HIPAA Safe Harbor": "The 18 identifiers to remove before information counts as de-identified",
    "HCPC 5.1": "HCPC (UK) standard 5.1: respect confidentiality",
}
