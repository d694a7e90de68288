"""Word lists shared by several check families, as regular-expression alternations.

Lists hold ideas, not corpus sentences: a new drug, job or title goes here once and every
check that needs it sees it.
"""

from boundarylab.analysis.patterns import alt

CLIENT = alt("client", "patient", "counselee", "therapy client")

# People a therapist might tell a story about ("a veteran I counsel", "a teen I see").
STORY_PERSON = alt(
    "client", "patient", "couple", "family", "teen", "teenager", "adolescent", "kid", "kiddo", "child",
    "boy", "girl", "man", "woman", "guy", "lady", "gentleman", "mom", "mum", "mother", "dad", "father",
    "parent", "student", "veteran", "vet", "person", "nurse", "teacher", "widow", "widower", "survivor",
    "athlete", "pastor", "firefighter", "officer", "retiree", "senior", "young man", "young woman",
    "college student", "new mom", "new dad", "grandmother", "grandfather", "grandma", "grandpa", "someone",
)

# People a commenter might diagnose: public figures and the people in a commenter's life.
PERSON_NOUN = alt(
    "senator", "president", "governor", "mayor", "congressman", "congresswoman", "congressperson",
    "representative", "candidate", "politician", "prime minister", "minister", "ceo", "founder",
    "billionaire", "boss", "manager", "celebrity", "actor", "actress", "singer", "rapper", "influencer",
    "youtuber", "tiktoker", "streamer", "host", "anchor", "chef", "coach", "athlete", "player",
    "quarterback", "pastor", "priest", "neighbou?r", "coworker", "co-worker", "colleague", "guy", "dude",
    "man", "woman", "lady", "girl", "kid", "teen", "passenger", "driver", "customer", "commenter",
    "poster", "ex", "ex-husband", "ex-wife", "husband", "wife", "partner", "boyfriend", "girlfriend", "mom",
    "mother", "dad", "father", "sister", "brother", "son", "daughter", "friend", "roommate", "landlord",
    "teacher", "professor", "star", "comedian", "judge", "officer", "cop", "mother-in-law",
    "father-in-law", "stepdad", "stepmom", "stepfather", "stepmother", "person", "user", "op", "shooter", "killer",
    "attacker", "suspect", "gunman", "murderer", "defendant", "nominee", "owner", "contestant", "podcaster",
    "director", "employee", "neighbor", "uncle", "aunt", "cousin", "grandma", "grandpa", "in-law", "bachelor",
    "bachelorette", "reality star", "sister-in-law", "brother-in-law", "daughter-in-law", "son-in-law", "executive", "leader", "official", "spokesperson", "boyfriend's mom",
)
TITLE = alt("senator", "sen", "governor", "gov", "president", "mayor", "congressman", "congresswoman",
            "representative", "rep", "candidate", "dr", "coach", "pastor", "judge", "ceo", "prime minister",
            "minister", "councilman", "councilwoman", "sheriff", "chef")

# A label applied to a person: "is a narcissist", "is bipolar".
LABEL = alt(
    "narcissist", "narcissistic", "narc", "sociopath", "sociopathic", "psychopath", "psychopathic",
    "schizophrenic", "psychotic", "bipolar", "borderline", "manic", "hypomanic", "histrionic", "antisocial",
    "paranoid", "delusional", "autistic", "on the spectrum", "adhd", "add", "ocd", "bpd", "npd", "aspd",
    "ptsd", "clinically depressed", "severely depressed", "mentally ill", "mentally unstable",
    "anorexic", "bulimic", "dissociative", "demented", "senile", "manic-depressive", "schizoid",
    "hypochondriac", "pathological liar", "alcoholic", "an alcoholic", "addict", "an addict",
    "malignant narcissist", "covert narcissist", "in a manic episode", "having a manic episode",
    "off (?:his|her|their) meds", "having a psychotic break", "having an episode", "aspie",
)
# Nouns that turn a label into teaching: "narcissist traits", "bipolar symptoms".
LABEL_USED_AS_TOPIC = (r"(?!'s|-| (?:traits?|tactics?|behaviou?rs?|signs?|symptoms?|tendenc(?:y|ies)|abuse|rage|"
                       r"supply|parents?|famil(?:y|ies)|mothers?|fathers?|personality disorder|disorder|"
                       r"spectrum disorder|type|victims?|survivors?|red flags?|patterns?|research|diagnos[ie]s|"
                       r"episodes?|features|criteria|people|persons?|individuals|clients|brain|community))")

DISORDER = alt(
    "narcissistic personality disorder", "npd", "bpd", "borderline personality disorder", "borderline",
    "bipolar disorder", "bipolar", "adhd", "add", "ocd", "ptsd", "c-?ptsd", "autism", "asperger'?s",
    "schizophrenia", "psychosis", "dementia", "alzheimer'?s", "panic disorder", "social anxiety",
    "generali[sz]ed anxiety(?: disorder)?", "gad",
    r"(?:a |an )?(?:personality|eating|anxiety|mood|attachment|psychotic|dissociative|conduct|antisocial personality|"
    r"histrionic personality|narcissistic personality|borderline personality) disorder",
    "(?:clinical |major |severe )?depression", "anorexia", "bulimia", "dissociative identity disorder",
    "aspd", "munchausen'?s(?: by proxy)?", "tourette'?s", "narcissism", "psychopathy", "sociopathy",
    "(?:a |some )?(?:serious |severe )?mental illness", "(?:some |a )?(?:kind|sort) of (?:personality )?disorder",
    "a drinking problem", "an addiction", "a substance (?:use )?(?:problem|disorder)", "paranoia",
    "delusions", "mania", "cluster b", "(?:undiagnosed|untreated) [a-z]{1,25}",
    "(?:a |an )?(?:manic|hypomanic|psychotic|depressive|dissociative|mixed) episode",
    "a (?:nervous|psychotic|mental) breakdown",
    "early(?:-onset)? (?:alzheimer'?s|dementia|parkinson'?s)",
)

MEDS = alt(
    "meds", "medication", "medications", "medicine", "pills?", "prescription", "antidepressants?",
    "anti-depressants?", "ssris?", "snris?", "benzos?", "benzodiazepines?", "stimulants?", "dose", "dosage",
    "lithium", "lexapro", "zoloft", "prozac", "xanax", "adderall", "ritalin", "wellbutrin", "sertraline",
    "fluoxetine", "escitalopram", "citalopram", "paroxetine", "paxil", "effexor", "venlafaxine", "cymbalta",
    "duloxetine", "klonopin", "clonazepam", "ativan", "lorazepam", "valium", "diazepam", "seroquel",
    "quetiapine", "abilify", "aripiprazole", "lamictal", "lamotrigine", "trazodone", "buspirone", "buspar",
    "melatonin", "benadryl", "vyvanse", "concerta", "gabapentin", "propranolol", "ambien", "hydroxyzine",
    "mirtazapine", "remeron", "bupropion", "st\\.? john's wort", "cbd", "ashwagandha", "magnesium",
    "sleeping pills?", "mood stabili[sz]ers?", "antipsychotics?", "suboxone", "naltrexone", "ketamine",
)

PARTNER = alt("husband", "wife", "partner", "boyfriend", "girlfriend", "ex", "ex-husband", "ex-wife",
              "fianc[eé]e?", "spouse", "hubby")
FAMILY = alt("mother-in-law", "father-in-law", "in-laws", "mother", "mom", "mum", "dad", "father", "sister",
             "brother", "parents", "family", "son", "daughter", "teenager", "kids", "sister-in-law",
             "brother-in-law", "stepmom", "stepdad")

COLLEAGUE = alt(
    "therapist", "therapists", "counsell?or", "psychologist", "psychiatrist", "psychotherapist", "colleague",
    "clinician", "social worker", "lcsw", "lpc", "lmft", "mft", "practitioner", "provider", "supervisor",
    "coach", "trauma specialists?", "expert", "specialist", "dr", "doctor", "analyst", "intern", "trainee",
    "practice", "clinic", "group practice", "agency", "counseling center", "counselling centre",
)

FIRST_PERSON = r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b"
