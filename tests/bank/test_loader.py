"""The bank loads whole or not at all, and names FILE:LINE: where: what for every fault."""

import shutil
from pathlib import Path

import pytest

from boundarylab.bank import BankError, load_bank, validate_bank

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def bank_dir(tmp_path):
    folder = tmp_path / "scenarios"
    shutil.copytree(FIXTURES / "valid", folder)
    return folder


def break_with(folder: Path, case: str, target: str = "confidentiality.yaml") -> Path:
    shutil.copy(FIXTURES / "broken" / f"{case}.yaml", folder / target)
    return folder / target


def line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def only_problem(folder: Path) -> str:
    bank, problems = validate_bank(folder)
    assert bank is None
    assert len(problems) == 1, [str(p) for p in problems]
    return str(problems[0])


def test_valid_bank_loads_modules_in_course_order_and_scenarios_by_id(bank_dir):
    bank = load_bank(bank_dir)
    assert list(bank.modules) == ["orientation", "confidentiality"]
    assert list(bank.scenarios) == ["conf-001", "conf-002"]
    assert bank.scenarios["conf-002"].answer.principles == ["confidentiality", "testimonials"]
    assert [s.id for s in bank.in_module("confidentiality")] == ["conf-001", "conf-002"]


def test_yaml_syntax_error_names_file_and_line(bank_dir):
    path = break_with(bank_dir, "yaml_syntax_error")
    problem = only_problem(bank_dir)
    assert problem.startswith(f"{path}:{line_of(path, 'Best counselor') + 1}: -: YAML syntax error:")


def test_unknown_field_is_named_with_its_line(bank_dir):
    path = break_with(bank_dir, "unknown_field")
    assert only_problem(bank_dir) == (
        f"{path}:{line_of(path, 'dificulty_note')}: conf-002.dificulty_note: "
        "unknown field (check its spelling against scenarios/schema.json)"
    )


def test_wrong_type_is_a_sentence(bank_dir):
    path = break_with(bank_dir, "wrong_type")
    assert only_problem(bank_dir) == (
        f"{path}:{line_of(path, 'minutes: two')}: conf-002.minutes: input should be a valid integer, "
        "unable to parse string as an integer"
    )


def test_unknown_principle_suggests_the_closest_id(bank_dir):
    path = break_with(bank_dir, "unknown_principle")
    assert only_problem(bank_dir) == (
        f"{path}:{line_of(path, 'testimonial]')}: conf-002.answer.principles[1]: "
        "'testimonial' is not allowed; did you mean 'testimonials'?"
    )


def test_unknown_check_id_is_caught(bank_dir):
    path = break_with(bank_dir, "unknown_check")
    assert only_problem(bank_dir) == (
        f"{path}:{line_of(path, 'client-storytelling')}: conf-001.rewrite.must_avoid[0]: "
        "'client-storytelling' is not allowed; did you mean 'client-story'?"
    )


def test_unknown_code_section_is_caught(bank_dir):
    path = break_with(bank_dir, "unknown_code")
    problem = only_problem(bank_dir)
    assert problem.startswith(f"{path}:{line_of(path, 'H.6.z')}: conf-001.answer.codes[0]: 'ACA H.6.z' is not allowed;")


def test_source_naming_no_known_document(bank_dir):
    path = break_with(bank_dir, "unknown_source_doc")
    assert only_problem(bank_dir) == (
        f"{path}:{line_of(path, '001_709927e7529cf78d')}: conf-001.answer.sources[0]: "
        "'001_709927e7529cf78d' is not a source in sources.yaml; did you mean '001_709927e7529cf78c'?"
    )


def test_source_naming_no_known_section(bank_dir):
    path = break_with(bank_dir, "unknown_source_section")
    problem = only_problem(bank_dir)
    assert problem.startswith(
        f"{path}:{line_of(path, 'section: Rule,')}: conf-002.answer.sources[0]: "
        "'Rule' is not a section of 003_99b18aab4251e327; sections: Dual, Dangers"
    )


def test_source_item_beyond_the_sections_list(bank_dir):
    path = break_with(bank_dir, "source_item_out_of_range")
    assert only_problem(bank_dir) == (
        f"{path}:{line_of(path, 'item: 11')}: conf-002.answer.sources[0]: "
        "item 11 does not exist: 003_99b18aab4251e327 Rules has 10 items"
    )


def test_revise_scenario_without_rewrite_rubric(bank_dir):
    path = break_with(bank_dir, "revise_without_rewrite")
    assert only_problem(bank_dir) == (
        f"{path}:{line_of(path, 'id: conf-001')}: conf-001.rewrite: a 'revise' scenario needs a rewrite rubric"
    )


def test_choices_need_exactly_one_best_option(bank_dir):
    path = break_with(bank_dir, "two_correct_choices")
    assert only_problem(bank_dir) == (
        f"{path}:{line_of(path, '- text: Post the reply.')}: conf-002.choices: exactly one choice must be correct; 2 are"
    )


def test_duplicate_key_in_a_mapping(bank_dir):
    path = break_with(bank_dir, "duplicate_key")
    assert (
        only_problem(bank_dir)
        == f"{path}:{line_of(path, 'minutes: 4')}: -: the key 'minutes' appears twice in one mapping"
    )


def test_scenario_in_the_wrong_module_file(bank_dir):
    path = break_with(bank_dir, "module_mismatch")
    assert only_problem(bank_dir) == (
        f"{path}:{line_of(path, 'module: presence')}: conf-002.module: "
        "'presence' does not match the file's module 'confidentiality'"
    )


def test_duplicate_id_across_files_names_both_places(bank_dir):
    path = break_with(bank_dir, "duplicate_id_orientation", target="orientation.yaml")
    original = bank_dir / "confidentiality.yaml"
    problem = only_problem(bank_dir)
    # files load in name order: confidentiality.yaml first, so the copy in orientation.yaml is the duplicate
    assert problem == (
        f"{path}:{line_of(path, 'id: conf-002')}: conf-002.id: duplicate id; "
        f"also defined at {original}:{line_of(original, 'id: conf-002')}"
    )


def test_every_fault_is_reported_at_once_and_nothing_loads(bank_dir):
    break_with(bank_dir, "unknown_check")
    shutil.copy(FIXTURES / "broken" / "duplicate_id_orientation.yaml", bank_dir / "orientation.yaml")
    (bank_dir / "course.yml").write_text(
        (bank_dir / "course.yml").read_text().replace("confidentiality]", "confidentiality, repair]")
    )
    with pytest.raises(BankError) as caught:
        load_bank(bank_dir)
    wheres = sorted(p.where for p in caught.value.problems)
    assert wheres == ["conf-001.rewrite.must_avoid[0]", "conf-002.id", "course.modules[2]"]


def test_module_file_not_listed_in_course(bank_dir):
    shutil.copy(bank_dir / "orientation.yaml", bank_dir / "extra.yaml")
    (bank_dir / "extra.yaml").write_text((bank_dir / "extra.yaml").read_text().replace("id: orientation", "id: extra"))
    assert only_problem(bank_dir).endswith("module.id: module 'extra' is not listed in course.yml")


def test_a_tip_cited_as_a_code_section_is_caught(bank_dir):
    """Tip sheets and guidelines are cited by title in the rationale; only verified sections are codes."""
    path = break_with(bank_dir, "tip_cited_as_code")
    problem = only_problem(bank_dir)
    assert problem.startswith(f"{path}:{line_of(path, 'tip 4')}: conf-001.answer.codes[0]: 'ACA tip 4' is not allowed;")


def test_a_concept_pattern_that_is_not_a_phrase_names_file_line_and_the_syntax(bank_dir):
    path = break_with(bank_dir, "bad_concept_pattern")
    problem = only_problem(bank_dir)
    assert problem.startswith(f"{path}:{line_of(path, 'patterns:')}: conf-001.rewrite.concepts[0].patterns")
    assert "'she (finally' is not a phrase pattern" in problem and "a|b|c for alternative wordings" in problem
