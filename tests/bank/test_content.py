"""The shipped bank is rich enough to teach the course (issue 3's coverage minimums)."""

import hashlib
import re
from pathlib import Path

import pytest

from boundarylab import vocab
from boundarylab.bank import load_bank
from boundarylab.bank.coverage import coverage

BANK = load_bank("scenarios")
COVERAGE = coverage(BANK)
CONTENT_MODULES = [
    "presence",
    "clients-online",
    "confidentiality",
    "messages-and-crisis",
    "public-education",
    "colleagues",
    "self-disclosure",
    "repair",
]
SCENARIOS = list(BANK.scenarios.values())


def test_the_bank_has_at_least_100_scenarios():
    assert COVERAGE.total >= 100


@pytest.mark.parametrize("module", CONTENT_MODULES)
def test_each_content_module_has_11_scenarios_and_3_kinds(module):
    assert COVERAGE.by_module[module] >= 11
    assert len(COVERAGE.kinds_by_module[module]) >= 3


def test_the_policy_module_has_its_own_scenarios():
    assert COVERAGE.by_module["policy"] >= 5


def test_every_module_of_the_course_table_has_metadata():
    assert list(BANK.modules) == BANK.course.modules
    for module in BANK.modules.values():
        assert module.questions and module.objectives and module.keypoints
        assert module.teaching > 0


@pytest.mark.parametrize("principle", vocab.PRINCIPLES)
def test_every_principle_appears_in_at_least_6_scenarios(principle):
    assert COVERAGE.by_principle[principle] >= 6


def test_at_least_6_kinds_across_the_bank():
    assert sum(1 for n in COVERAGE.by_kind.values() if n) >= 6


@pytest.mark.parametrize("verdict", vocab.VERDICTS)
def test_each_verdict_is_at_least_a_fifth_of_the_bank(verdict):
    assert COVERAGE.by_verdict[verdict] >= COVERAGE.total / 5


def test_at_least_40_percent_carry_a_rewrite_rubric_and_30_percent_choices():
    assert len(COVERAGE.with_rewrite) >= 0.4 * COVERAGE.total
    assert len(COVERAGE.with_choices) >= 0.3 * COVERAGE.total


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_rationale_is_two_to_four_sentences(scenario):
    text = re.sub(r"\b(e\.g|i\.e|etc|vs|Dr|St|U\.S)\.", "", scenario.answer.rationale)
    text = re.sub(r"\b[A-Z]+ ?[A-Z]?\.\d[\w.()]*", "CODE", text)  # ACA H.6.b, APA 4.07
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    assert 2 <= len(sentences) <= 4, scenario.answer.rationale


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_draft_actions_that_publish_words_have_words(scenario):
    if scenario.draft.action in {"post", "comment", "reply", "send"}:
        assert scenario.draft.text, f"{scenario.id}: a {scenario.draft.action} needs draft.text"
    else:
        assert scenario.draft.text or scenario.draft.note, f"{scenario.id}: say what the action is in draft.note"


def test_every_choice_has_its_own_feedback():
    for s in SCENARIOS:
        feedback = [c.feedback for c in s.choices]
        assert len(set(feedback)) == len(feedback), s.id


SHINGLE = 10


def _runs(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))
    return [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def test_no_seed_passage_is_pasted_into_the_bank():
    """Scenarios and lessons paraphrase the seeds; ten words in a row from a seed is a paste."""
    seed_runs = {
        line
        for line in (Path(__file__).parent / "seed_shingles.txt").read_text().splitlines()
        if line and not line.startswith("#")
    }
    texts = [
        " ".join(
            filter(None, [s.context, s.answer.rationale, s.draft.text, s.rewrite.model_answer if s.rewrite else ""])
        )
        for s in SCENARIOS
    ]
    texts += [section.text for module in BANK.modules.values() for section in module.lesson]
    pasted = [run for text in texts for run in _runs(text) if hashlib.sha1(run.encode()).hexdigest()[:12] in seed_runs]
    assert not pasted, pasted[:3]


@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if s.profession], ids=lambda s: s.id)
def test_each_item_cites_its_persona_s_own_code(scenario):
    """A social worker is held to NASW, a counselor to ACA: the codes shown must be the learner's own."""
    own = vocab.PROFESSIONS[scenario.profession]
    assert any(code.startswith(own) for code in scenario.answer.codes), (scenario.id, scenario.profession)


def test_the_colleague_items_cite_the_duty_to_raise_a_colleague_s_lapse():
    duty = {"APA 1.04", "APA 1.05", "ACA I.2.a", "ACA I.2.b", "NASW 2.10"}
    cited = [s.id for s in SCENARIOS if s.module == "colleagues" and duty & set(s.answer.codes)]
    assert len(cited) >= 8, cited


def test_every_code_section_has_a_one_line_paraphrase_in_us_english():
    for code, meaning in vocab.CODES.items():
        assert meaning and "\n" not in meaning, code
        assert not re.search(r"judgement|authoris|recognis|counsell|behaviour|organis", meaning), code


@pytest.mark.parametrize(
    "scenario_id, doc, section",
    [
        ("rep-014", "000_1a26bf098e5f0e28", "Regret"),  # learning, and self-compassion, after a mistake
        ("edu-014", "002_e9ab211f2c559b17", "Positives"),  # moderating your own comment section
        ("pres-014", "003_99b18aab4251e327", "Content"),  # accessible, inclusive content
        ("cli-014", "003_99b18aab4251e327", "Supervision"),  # blocking a former client: consult first
        ("conf-014", "003_99b18aab4251e327", "Policy"),  # documented consent for a client's photos or words
    ],
)
def test_guidance_the_reviewer_found_untaught_has_a_scenario(scenario_id, doc, section):
    s = BANK.scenarios[scenario_id]
    assert any((ref.doc, ref.section) == (doc, section) for ref in s.answer.sources)
