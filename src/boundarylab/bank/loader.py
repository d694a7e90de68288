"""Load the scenario bank from YAML, all or nothing: every problem is reported at once, each as
FILE:LINE: where: what is wrong, so a course author fixes a typo in one pass."""

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import TypeGuard, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from boundarylab.bank.models import Module, Scenario, Source, SourceRef, SourcesFile
from boundarylab.bank.yamlnodes import DuplicateKey, Located, YamlLimit, YamlPath, load_located, read_text
from boundarylab.course import Course
from boundarylab.paths import resolve

COURSE_FILE = "course.yml"
SOURCES_FILE = "sources.yaml"
M = TypeVar("M", bound=BaseModel)
ScenarioProblem = tuple[YamlPath, str, str]  # (path inside the scenario, field, message)


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.where}: {self.message}"


class BankError(Exception):
    """The bank did not load; `problems` lists every fault found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


@dataclass(frozen=True)
class Bank:
    course: Course
    modules: dict[str, Module]  # module id -> Module, in course order
    scenarios: dict[str, Scenario]  # scenario id -> Scenario, in course order
    sources: dict[str, Source]  # source id -> Source

    def in_module(self, module_id: str) -> list[Scenario]:
        return [s for s in self.scenarios.values() if s.module == module_id]

    def module_number(self, module_id: str) -> int:
        return self.course.modules.index(module_id)


class _FileReader:
    """Collects the problems of one file while its parts are validated."""

    def __init__(self, path: Path, problems: list[Problem]):
        self.path, self.name, self.problems = path, str(path), problems
        self.doc = self._parse()

    def _parse(self) -> Located | None:
        try:
            return load_located(read_text(self.path))
        except (DuplicateKey, YamlLimit) as e:
            self.report(e.line, "-", str(e))
        except yaml.MarkedYAMLError as e:
            mark = e.problem_mark or e.context_mark
            self.report(mark.line + 1 if mark else 1, "-", f"YAML syntax error: {e.problem or e}")
        except (OSError, UnicodeDecodeError) as e:
            self.report(1, "-", f"cannot read the file: {e}")
        return None

    def report(self, line: int, where: str, message: str) -> None:
        self.problems.append(Problem(self.name, line, where, message))

    def line_of(self, path: YamlPath) -> int:
        """The line a part starts on; 1 when the file did not parse (its problem is already reported)."""
        return self.doc.line_of(path) if self.doc else 1

    def report_at(self, path: YamlPath, where: str, message: str) -> None:
        self.report(self.line_of(path), where, message)

    def validate(self, model: type[M], data: object, path: YamlPath, label: str) -> M | None:
        """The model instance, or None after reporting each field error with its line."""
        try:
            return model.model_validate(data)
        except ValidationError as err:
            for e in err.errors():
                loc = tuple(e["loc"])
                self.report_at(path + loc, _dotted(label, loc), _sentence(e))
            return None


def _dotted(label: str, loc: YamlPath) -> str:
    out = label
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else f".{step}"
    return out


def _sentence(error: ErrorDetails) -> str:
    kind, value = error["type"], error.get("input")
    if kind == "extra_forbidden":
        return "unknown field (check its spelling against scenarios/schema.json)"
    if kind == "missing":
        return "required field is missing"
    if kind == "literal_error":
        allowed = [a.strip().strip("'") for a in error.get("ctx", {})["expected"].replace(" or ", ", ").split(", ")]
        close = difflib.get_close_matches(str(value), allowed, n=1)
        hint = (
            f"did you mean '{close[0]}'?"
            if close
            else (f"expected one of: {', '.join(allowed)}" if len(allowed) <= 20 else "see scenarios/schema.json")
        )
        return f"'{value}' is not allowed; {hint}"
    return error["msg"][0].lower() + error["msg"][1:]


def _is_mapping(value: object) -> TypeGuard[dict[object, object]]:
    return isinstance(value, dict)


def _is_list(value: object) -> TypeGuard[list[object]]:
    return isinstance(value, list)


def _mapping(reader: _FileReader, keys: set[str]) -> dict[object, object] | None:
    data = reader.doc.data if reader.doc else None
    if reader.doc is None:
        return None
    if not _is_mapping(data):
        reader.report(1, "-", "the file must be a mapping")
        return None
    for key in sorted(set(data) - keys, key=str):
        reader.report_at((key,), str(key), f"unknown top-level key; expected {', '.join(sorted(keys))}")
    return data


def _read_course(folder: Path, problems: list[Problem]) -> tuple[Course | None, _FileReader]:
    reader = _FileReader(folder / COURSE_FILE, problems)
    data = _mapping(reader, set(Course.model_fields))
    return (None if data is None else reader.validate(Course, data, (), "course")), reader


def _read_sources(folder: Path, problems: list[Problem]) -> dict[str, Source]:
    reader = _FileReader(folder / SOURCES_FILE, problems)
    data = _mapping(reader, {"sources"})
    parsed = None if data is None else reader.validate(SourcesFile, data, (), "sources")
    return {s.id: s for s in parsed.sources} if parsed else {}


def _source_problem(ref: SourceRef, sources: dict[str, Source]) -> str | None:
    if ref.doc not in sources:
        close = difflib.get_close_matches(ref.doc, list(sources), n=1)
        return f"'{ref.doc}' is not a source in {SOURCES_FILE}" + (f"; did you mean '{close[0]}'?" if close else "")
    sections = {s.id: s for s in sources[ref.doc].sections}
    if ref.section not in sections:
        return f"'{ref.section}' is not a section of {ref.doc}; sections: {', '.join(sections)}"
    if ref.item is not None and ref.item > sections[ref.section].items:
        return f"item {ref.item} does not exist: {ref.doc} {ref.section} has {sections[ref.section].items} items"
    return None


def _keyless_problems(s: Scenario) -> list[ScenarioProblem]:
    """A scenario without its answer: only a post-test item in a learner's copy, carrying no other
    part of the key (practice feedback needs the answers; the post-test's stay with the provider)."""
    from boundarylab.forms import POST_TEST_MODULE

    if s.module != POST_TEST_MODULE:
        return [((), "answer", "required field is missing (only post-test items in a learner's copy leave it out)")]
    leaked = any(c.correct or c.feedback for c in s.choices) or (
        s.rewrite is not None and bool(s.rewrite.must_avoid or s.rewrite.must_include or s.rewrite.model_answer)
    )
    return (
        [
            (
                (),
                "answer",
                "a post-test item without its answer must carry no other part of the key (correct "
                "option, choice feedback, rubric checks, model answer)",
            )
        ]
        if leaked
        else []
    )


def _scenario_problems(s: Scenario) -> list[ScenarioProblem]:
    """Rules across fields, as (path inside the scenario, field, message)."""
    if s.answer is None:
        return _keyless_problems(s)
    found: list[ScenarioProblem] = []
    for i, c in enumerate(s.choices):
        if c.feedback is None:
            found.append((("choices", i), f"choices[{i}].feedback", "required field is missing"))
    if s.rewrite is not None and not s.rewrite.must_avoid:
        found.append((("rewrite",), "rewrite.must_avoid", "a rewrite rubric needs at least one must_avoid check"))
    if s.rewrite is not None and s.rewrite.model_answer is None:
        found.append((("rewrite",), "rewrite.model_answer", "required field is missing"))
    if s.answer.verdict == "revise" and s.rewrite is None:
        found.append(((), "rewrite", "a 'revise' scenario needs a rewrite rubric"))
    if s.choices and sum(c.correct for c in s.choices) != 1:
        found.append(
            (("choices",), "choices", f"exactly one choice must be correct; {sum(c.correct for c in s.choices)} are")
        )
    if len(s.choices) == 1:
        found.append((("choices",), "choices", "a choices list needs at least two options"))
    return found


def _read_module_file(
    path: Path, sources: dict[str, Source], problems: list[Problem], seen: dict[str, str]
) -> tuple[Module | None, list[Scenario]]:
    reader = _FileReader(path, problems)
    data = _mapping(reader, {"module", "scenarios"})
    if data is None:
        return None, []
    module = reader.validate(Module, data.get("module"), ("module",), "module")
    if module and module.id != path.stem:
        reader.report_at(("module", "id"), "module.id", f"'{module.id}' does not match the file name {path.name}")
    raw = data.get("scenarios")
    items: list[object] = []
    if _is_list(raw):
        items = raw
    elif raw:
        reader.report_at(("scenarios",), "scenarios", "must be a list of scenarios")
    scenarios: list[Scenario] = []
    for i, item in enumerate(items):
        given_id = item.get("id") if _is_mapping(item) else None
        label = given_id if isinstance(given_id, str) else f"scenarios[{i}]"
        scenario = reader.validate(Scenario, item, ("scenarios", i), label)
        if scenario is None:
            continue
        at = ("scenarios", i)
        checks = _scenario_problems(scenario)
        if scenario.module != path.stem:
            checks.append(
                (("module",), "module", f"'{scenario.module}' does not match the file's module '{path.stem}'")
            )
        for j, ref in enumerate(scenario.answer.sources if scenario.answer else ()):
            if msg := _source_problem(ref, sources):
                checks.append((("answer", "sources", j), f"answer.sources[{j}]", msg))
        if scenario.id in seen:
            checks.append((("id",), "id", f"duplicate id; also defined at {seen[scenario.id]}"))
        for sub, field, msg in checks:
            reader.report_at(at + sub, f"{scenario.id}.{field}", msg)
        if not checks:
            seen[scenario.id] = f"{path}:{reader.line_of(at)}"
            scenarios.append(scenario)
    if module:
        for k, section in enumerate(module.lesson):
            for j, ref in enumerate(section.sources):
                if msg := _source_problem(ref, sources):
                    reader.report_at(("module", "lesson", k, "sources", j), f"module.lesson[{k}].sources[{j}]", msg)
    return module, scenarios


def validate_bank(path: str | Path = "scenarios") -> tuple[Bank | None, list[Problem]]:
    """The bank and no problems, or None and every problem found."""
    folder = resolve(path)
    problems: list[Problem] = []
    course, course_reader = _read_course(folder, problems)
    sources = _read_sources(folder, problems)
    modules: dict[str, Module] = {}
    scenarios: dict[str, Scenario] = {}
    seen: dict[str, str] = {}  # scenario id -> FILE:LINE of its definition
    files = [f for f in sorted(folder.glob("*.yaml")) if f.name != SOURCES_FILE]
    for file in files:
        module, found = _read_module_file(file, sources, problems, seen)
        if module:
            modules[module.id] = module
            scenarios.update((s.id, s) for s in found)
    if course:
        for i, mid in enumerate(course.modules):
            if mid not in {f.stem for f in files}:
                course_reader.report_at(
                    ("modules", i), f"course.modules[{i}]", f"module '{mid}' has no file {mid}.yaml"
                )
        for mid in modules:
            if mid not in course.modules:
                problems.append(
                    Problem(
                        str(folder / f"{mid}.yaml"), 1, "module.id", f"module '{mid}' is not listed in {COURSE_FILE}"
                    )
                )
    if problems or course is None:  # a missing course file is one of the problems
        return None, problems
    order = {mid: i for i, mid in enumerate(course.modules)}
    ordered = sorted(scenarios.values(), key=lambda s: order[s.module])
    bank = Bank(course, {m: modules[m] for m in course.modules}, {s.id: s for s in ordered}, sources)
    return bank, []


def load_bank(path: str | Path = "scenarios") -> Bank:
    bank, problems = validate_bank(path)
    if bank is None:
        raise BankError(problems)
    return bank
