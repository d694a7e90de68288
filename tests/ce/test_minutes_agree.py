"""Every place the course shows a module's planned minutes shows the same figure, taken from the one
calculation: start page, module pages, `progress`, `hours`, the transcript and the certificate."""

import csv
import json
import re
from pathlib import Path

import pytest
from known_history import Clock

from boundarylab import ce, progress
from boundarylab.bank import load_bank
from boundarylab.ce.demo import make_demo_learner
from boundarylab.ce.hours import format_minutes
from boundarylab.ce.provider import certify_record, init_provider
from boundarylab.ce.record import export_record
from boundarylab.ce.registry import Registry
from boundarylab.cli import main
from boundarylab.notebook_builder import notebook_name
from boundarylab.progress import ProgressStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A demo learner completes the course; the provider certifies their exported record."""
    bank, home = load_bank(ROOT / "scenarios"), tmp_path_factory.mktemp("graduate")
    with pytest.MonkeyPatch.context() as patch:
        clock = Clock()
        patch.setattr(progress, "now", lambda: (clock(), clock())[1])  # saves two minutes apart, as a learner's are
        with ProgressStore.open(home) as store:
            make_demo_learner(bank, store, complete=True)
            record = export_record(bank, store)
    provider = init_provider(tmp_path_factory.mktemp("provider"))
    certificate = certify_record(record, bank, provider).certificate
    with Registry(provider.registry) as registry:
        issued = registry.details(certificate.number)
    return bank, home, certificate, issued


def run(capsys, *args) -> str:
    assert main([*args, "--bank", str(ROOT / "scenarios")]) == 0
    return capsys.readouterr().out


def notebook_text(name: str) -> str:
    cells = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells)


def test_every_place_shows_the_same_planned_minutes_for_every_module(course, capsys, tmp_path):
    bank, home, record, issued = course
    calc = ce.hours_calculation(bank)
    assert record.hours == calc.credited_hours
    expected = {m.module: format_minutes(m.minutes) for m in calc.modules}
    titles = {mid: bank.modules[mid].title for mid in bank.course.modules}
    shown = {}

    hours = run(capsys, "hours")
    shown["hours"] = {
        mid: format_minutes(float(re.search(rf"^{mid}: ([\d.]+) min =", hours, re.M)[1])) for mid in expected
    }
    start = notebook_text("00_start_here.ipynb")
    shown["start page"] = {
        mid: re.search(rf"\| `{notebook_name(bank, mid)}` \| .* \| (\d+) \|", start)[1] for mid in expected
    }
    shown["module page"] = {
        mid: re.search(r"\*Time: about (\d+) minutes", notebook_text(notebook_name(bank, mid)))[1]
        for mid in expected
        if mid != "assessment"
    }  # module 10's page is written by hand
    progress = run(capsys, "progress", "--home", str(home))
    shown["progress"] = {
        mid: re.search(rf"of +(\d+) min +(?:score \d+%)? +{re.escape(titles[mid])}$", progress, re.M)[1]
        for mid in expected
    }
    run(capsys, "transcript", "--home", str(home), "--out", str(tmp_path / "t.csv"))
    with (tmp_path / "t.csv").open(encoding="utf-8") as f:
        shown["transcript"] = {r["id"]: r["planned_minutes"] for r in csv.DictReader(f) if r["kind"] == "module"}
    shown["certificate record"] = {
        m["module"]: format_minutes(m["minutes"]) for m in issued["hours_calculation"]["modules"]
    }

    for place, figures in shown.items():
        assert figures == {mid: expected[mid] for mid in figures}, place


def test_the_module_page_splits_its_minutes_into_reading_and_practice_from_the_same_calculation(course):
    bank = course[0]
    for mid in bank.course.modules[1:-1]:
        m = ce.hours_calculation(bank).modules[bank.module_number(mid)]
        line = re.search(r"\*Time: about .*\*", notebook_text(notebook_name(bank, mid)))[0]
        assert line == (
            f"*Time: about {format_minutes(m.minutes)} minutes: {format_minutes(m.teaching_minutes)} "
            f"of reading and {m.exercise_minutes} of practice.*"
        )
