"""Grade a learner's rewrite against a scenario's rubric.

Score (0 to 1), in three steps:

In a private message (a DM, a text, an email, or a rewrite the rubric says is read only by the
client or by you) the checks that are about public disclosure (PUBLIC_ONLY) are left out unless the
rubric names them.

1. Rubric share: each rubric item counts once, every must-avoid check that is clear, every
   must-include element that is present, and every one of the scenario's own concepts (an avoid
   concept not found, a keep concept found); score = items satisfied / items in the rubric.
2. New problems: each must-avoid check outside the rubric that fires, by its patterns or by the
   learned second opinion (a problem the rewrite introduced), takes off ADVISORY_COST, at most
   ADVISORY_CAP in all. It costs less than a rubric item, but it does stop `passed`: a rewrite that
   swaps one problem for another is not fine (issue 11; the stress sets' "new problem" rewrites).
3. Graded rewrites: a rewrite that passes all of that is compared with rewrites of the same scenario an
   expert has graded (`exemplars.py`); when it is much closer to failed ones than to passed ones it does
   not pass, and counts as one rubric item unsatisfied. Just below that it asks for an instructor's look.
4. The job: an empty rewrite scores 0; a bare disclaimer, a text too short to say anything, code
   instead of words, a text off the draft's subject (no content word shared with the draft, the
   prompt, the situation or the model answer), or the draft with barely a word changed scores at
   most JOB_CAP, whatever the checks say.

So a model answer (every rubric item satisfied, nothing else found, a real rewrite) scores 1.0,
and the unchanged draft (every must-avoid problem still there, and no rewrite at all) scores
0 or close to it. `passed` needs every rubric item satisfied, no new problem and no job problem.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from boundarylab import vocab
from boundarylab.analysis.catalogue import BY_ID, CHECKS
from boundarylab.analysis.check import Finding, snippet
from boundarylab.analysis.concepts import concept_findings, concept_spans
from boundarylab.analysis.exemplars import THRESHOLD, ExemplarOpinion, exemplar_opinion
from boundarylab.analysis.learned import learned_findings
from boundarylab.analysis.text import Doc

if TYPE_CHECKING:  # the bank's models are only read here, so the analysis does not load them
    from boundarylab.bank.models import Scenario

ADVISORY_COST = 0.05
ADVISORY_CAP = 0.15
JOB_CAP = 0.2
UNCHANGED_RATIO = 0.9  # share of the draft's words kept in order (difflib ratio) that counts as unchanged
MIN_WORDS = 3
# In a private message to the person themselves, naming the relationship or their circumstances discloses
# nothing to anyone else, and a session mentioned to the client, a supervisor or a consultant is not a story
# told in public; so outside the rubric these checks are not raised there (a rubric whose draft tells a story
# privately, to an investigator say, names client-story itself).
PRIVATE_KINDS = {"dm"}
PRIVATE_PLATFORMS = {"text-message", "email", "whatsapp"}
PUBLIC_ONLY = {"confirms-client-relationship", "client-identifying-detail", "client-story"}
BARE_DISCLAIMER_WORDS = 5  # fewer words than this left once the disclaimer is taken out
MARKUP = re.compile(r"<[^<>]{0,200}>|\{\{[^{}]{0,200}\}\}|javascript:|on[a-z]{2,20}=")
STEM = 5  # content words match on their first letters: "sessions" and "session", "posting" and "posted"
# Words every message shares: a rewrite made of these alone has kept nothing of the draft's subject.
FUNCTION_WORDS = frozenset(
    """
about above after again against also always among another anyone anything around because been before being
below between both came cannot come could does doing done down during each either else even ever every from
further have having here hers herself himself into itself just know like made make many more most much must
myself never only other ours over really same should since some still such than that their theirs them then
there these they thing things this those though through today under until very want well were what when where
which while will with within without would your yours yourself
""".split()
)


@lru_cache(maxsize=4096)  # a scenario's own texts come back for every learner's rewrite of it
def _content_stems(text: str) -> frozenset[str]:
    return frozenset(w[:STEM] for w in re.findall(r"[a-z]{4,}", Doc(text).norm) if w not in FUNCTION_WORDS)


@lru_cache(maxsize=1024)
def _draft_words(draft: str) -> tuple[str, ...]:
    return tuple(Doc(draft).words)


@dataclass(frozen=True)
class RewriteResult:
    score: float
    passed: bool
    remaining: tuple[Finding, ...]  # rubric must-avoid problems still present
    missing: tuple[str, ...]  # rubric must-include check ids not found
    missing_concepts: tuple[str, ...]  # ids of the rubric's keep concepts not found
    present: tuple[Finding, ...]  # rubric must-include elements found
    other: tuple[Finding, ...]  # must-avoid findings outside the rubric: advisory
    job_problems: tuple[str, ...]  # sentences: why the text does not do the draft's job
    findings: tuple[Finding, ...]  # everything the analysis found, for highlighting
    feedback: tuple[str, ...]  # most important first
    # A pass the second opinion or the graded rewrites were unsure of, or a fail on graded rewrites alone:
    # grading marks the cell for an instructor's look (`review_reason` says which words and why).
    needs_review: bool = False
    review_reason: str = ""
    exemplar: ExemplarOpinion | None = None  # asked only when everything else passes


def analyze_doc(doc: Doc) -> list[Finding]:
    findings = [f for check in CHECKS for f in check.findings(doc)]
    return sorted(findings, key=lambda f: (f.start, f.end, f.check))


def _off_topic(doc: Doc, about: tuple[str | None, ...]) -> str | None:
    """Why the text cannot be doing the draft's job, or None: it is code, or shares no content word with it."""
    if MARKUP.search(doc.norm):
        return (
            "Your rewrite contains code or markup rather than a message: write the post or message itself, "
            "in plain words."
        )
    subject = frozenset[str]().union(*(_content_stems(t) for t in about if t))
    if subject and not _content_stems(doc.original) & subject:
        return (
            "Your rewrite does not seem to be about the draft's subject: it shares no content words with the "
            "draft or the scenario. Write the message the draft was meant to send, without its problems."
        )
    return None


def _job_problems(
    doc: Doc, draft: str | None, findings: list[Finding], about: tuple[str | None, ...] = ()
) -> list[str]:
    if not doc.original.strip():
        return ["Your rewrite is empty: write the post or message you would publish instead of the draft."]
    words = doc.words
    if len(words) < MIN_WORDS:
        return ["Your rewrite is too short to do the draft's job: write out the post or message in full."]
    problems: list[str] = []
    if off := _off_topic(doc, about):
        problems.append(off)
    disclaimers = [f for f in findings if f.check == "education-disclaimer"]
    if disclaimers:
        kept = list(doc.original)
        for f in disclaimers:
            kept[f.start : f.end] = [" "] * (f.end - f.start)
        if len(Doc("".join(kept)).words) < BARE_DISCLAIMER_WORDS:
            problems.append(
                "Your rewrite is only a disclaimer: keep the message the draft was trying to get "
                "across, and add the disclaimer to it."
            )
    if draft and draft.strip():
        ratio = SequenceMatcher(None, _draft_words(draft), words, autojunk=False).ratio()
        if ratio >= UNCHANGED_RATIO:
            problems.append(
                f"Your rewrite is almost word for word the original draft ({ratio:.0%} the same): "
                "rework the parts the feedback points to rather than changing a word or two."
            )
    return problems


def _first_per_check(findings: Iterable[Finding]) -> list[Finding]:
    seen: set[tuple[str, str]] = set()
    out: list[Finding] = []
    for f in findings:
        if (f.check, f.concept) not in seen:
            seen.add((f.check, f.concept))
            out.append(f)
    return out


def _resembles_failed(doc: Doc, opinion: ExemplarOpinion) -> str:
    closest = snippet(doc.original[opinion.start : opinion.end])
    return (
        "Your rewrite reads much like rewrites of this scenario that an expert did not accept (the closest one "
        f"was failed for: {opinion.reasons()}); your sentence closest to it is “{closest}”. The checks found no "
        "rule broken, so this is a judgement from graded examples, not a rule: read your rewrite again against "
        "the rubric before you move on."
    )


def evaluate_rewrite(scenario: "Scenario", text: str | None) -> RewriteResult:
    rubric = scenario.rewrite
    if rubric is None:
        raise ValueError(f"scenario {scenario.id} has no rewrite rubric")
    doc = Doc(text or "")
    avoid, include = tuple(rubric.must_avoid), tuple(rubric.must_include)
    private = bool(rubric.private_to) or scenario.kind in PRIVATE_KINDS or scenario.platform in PRIVATE_PLATFORMS
    raised = {c for c in vocab.CHECKS if c not in rubric.allow and (c in avoid or not private or c not in PUBLIC_ONLY)}
    findings = [f for f in analyze_doc(doc) if f.check in raised]
    avoid_concepts = [c for c in rubric.concepts if c.kind == "avoid"]
    keep_concepts = [c for c in rubric.concepts if c.kind == "keep"]
    from_concepts = [f for c in avoid_concepts for f in concept_findings(c, doc)]
    missing_concepts = tuple(c for c in keep_concepts if not concept_spans(c, doc))
    found_ids = {f.check for f in findings} | {f.check for f in from_concepts}
    silent = tuple(c for c in vocab.AVOID_CHECKS if c in raised and c not in found_ids)
    learned, review = learned_findings(
        doc, tuple(c for c in silent if c in avoid), tuple(c for c in silent if c not in avoid)
    )
    findings += learned
    remaining = tuple(sorted([f for f in findings if f.check in avoid] + from_concepts, key=lambda f: f.start))
    findings = sorted(findings + from_concepts, key=lambda f: (f.start, f.end, f.check))
    present = tuple(f for f in findings if f.check in include)
    found_ids = {f.check for f in findings}
    missing = tuple(c for c in include if c not in found_ids)
    other = tuple(f for f in findings if f.check in vocab.AVOID_CHECKS and f.check not in avoid and not f.concept)
    draft = scenario.draft.text if scenario.draft else None
    about = (draft or "", rubric.prompt, rubric.model_answer, scenario.context, scenario.title, scenario.artifact.text)
    job = tuple(_job_problems(doc, draft, findings, about))

    still = {f.check for f in remaining if not f.concept}
    concepts_found = {f.concept for f in from_concepts}
    satisfied = (
        sum(c not in still for c in avoid)
        + sum(c in found_ids for c in include)
        + sum(c.id not in concepts_found for c in avoid_concepts)
        + len(keep_concepts)
        - len(missing_concepts)
    )
    items = len(avoid) + len(include) + len(rubric.concepts)
    score = satisfied / items
    score -= min(ADVISORY_CAP, ADVISORY_COST * len({f.check for f in other}))
    if not doc.original.strip():
        score = 0.0
    elif job:
        score = min(score, JOB_CAP)
    passed = not job and not remaining and not missing and not missing_concepts and not other
    exemplar = exemplar_opinion(scenario, doc) if passed else None
    failed_by_examples = bool(exemplar and exemplar.fails)
    review_reason = ""
    if exemplar and failed_by_examples:
        passed, score = False, min(score, satisfied / (items + 1))
        review_reason = (
            "Please review this rewrite: it fails only because it resembles rewrites an expert failed for "
            f"{exemplar.reasons()} (score {exemplar.probability:.2f}, threshold {THRESHOLD:.2f}); no check found a problem."
        )
    elif passed:
        if exemplar and exemplar.unsure:
            review.append(
                f"it is close to rewrites an expert failed for {exemplar.reasons()} "
                f"(score {exemplar.probability:.2f}, threshold {THRESHOLD:.2f})"
            )
        if review:
            review_reason = "Please review this rewrite before it counts as passed: " + "; ".join(review) + "."

    feedback = list(job)
    if exemplar and failed_by_examples:
        feedback.append(_resembles_failed(doc, exemplar))
    feedback += [f.message for f in _first_per_check(remaining)]
    feedback += [BY_ID[c].missing_message() for c in missing]
    feedback += [c.explanation for c in missing_concepts]
    feedback += ["Also fix: " + f.message for f in _first_per_check(other)]
    if passed:
        feedback.append("This rewrite clears every check in the scenario's rubric.")
    return RewriteResult(
        score=round(max(0.0, score), 4),
        passed=passed,
        remaining=remaining,
        missing=missing,
        missing_concepts=tuple(c.id for c in missing_concepts),
        present=present,
        other=other,
        job_problems=job,
        findings=tuple(findings),
        feedback=tuple(feedback),
        needs_review=bool(review_reason),
        review_reason=review_reason,
        exemplar=exemplar,
    )
