"""Time on task measured in a pilot, beside the planned minutes, so a provider can set the hours
from real learners as boards prefer (reference/ce.md §2: compare the calculation with measured
time and flag large gaps).

A pilot is a folder of learners' records. Every record is read by one function
(`read_pilot_records`); a record that cannot be read is reported in a sentence and left untouched,
and the others still count. The course times only the scenario cards: lesson reading and the
policy builder are not timed, so the measured figure is compared with the planned practice time.
"""

from dataclasses import dataclass
from pathlib import Path
from statistics import median

from boundarylab.bank.loader import Bank
from boundarylab.ce.hours import HoursCalculation
from boundarylab.ce.standing import status
from boundarylab.progress import FILE_NAME, ProgressStore, StoreError

RECORD_PATTERNS = (FILE_NAME, "*.sqlite3")
LARGE_GAP = 0.25  # measured practice this far from the planned practice is flagged
UNTIMED = "policy-section"  # planned, but the builder's time is not recorded, so not compared


@dataclass(frozen=True)
class PilotRecord:
    source: str
    minutes: dict[str, float]  # module id -> minutes on task, for the modules this learner completed


@dataclass(frozen=True)
class PilotRow:
    module: str
    learners: int  # who completed the module with timed work
    median_minutes: float | None
    planned_minutes: float
    planned_practice: int  # the planned minutes on scenario cards, the part of the plan that is timed

    @property
    def gap(self) -> float | None:
        """Measured practice against planned practice, as a share of the plan."""
        if self.median_minutes is None or not self.planned_practice:
            return None
        return (self.median_minutes - self.planned_practice) / self.planned_practice


def _record_files(folder: Path) -> list[Path]:
    found = {p for pattern in RECORD_PATTERNS for p in folder.rglob(pattern) if p.is_file()}
    return sorted(found)


def read_pilot_records(bank: Bank, folder: str | Path) -> tuple[list[PilotRecord], list[str]]:
    """Every learner record under `folder` (progress.sqlite3 files, in sub-folders too), and a
    sentence for each file that could not be read."""
    folder = Path(folder)
    if not folder.is_dir():
        return [], [f"{folder} is not a folder of learners' progress records."]
    records: list[PilotRecord] = []
    problems: list[str] = []
    for path in _record_files(folder):
        try:
            with ProgressStore(path) as store:
                state = status(bank, store)
        except StoreError as e:
            problems.append(str(e))
            continue
        done = {m.module: m.seconds / 60 for m in state.modules if m.done and m.seconds > 0}
        records.append(PilotRecord(str(path), done))
    if not records and not problems:
        problems.append(f"No learners' progress records ({FILE_NAME}) were found in {folder}.")
    return records, problems


def pilot_rows(calc: HoursCalculation, records: list[PilotRecord]) -> list[PilotRow]:
    rows: list[PilotRow] = []
    for m in calc.modules:
        measured = [r.minutes[m.module] for r in records if m.module in r.minutes]
        untimed = m.items.get(UNTIMED, 0) * calc.rates[UNTIMED]
        rows.append(
            PilotRow(
                m.module, len(measured), median(measured) if measured else None, m.minutes, m.exercise_minutes - untimed
            )
        )
    return rows


def pilot_report(rows: list[PilotRow], learners: int) -> list[str]:
    """The comparison as lines a provider can file beside the calculation."""
    lines = [
        f"Pilot: {learners} learner record{'' if learners == 1 else 's'}. Median time on task per module, "
        "among learners who completed it, beside the planned minutes. Only time on scenario cards is "
        "measured (lesson reading and the policy builder are not timed), so it is compared with the planned "
        "minutes on scenario cards (practice).",
        f"{'module':<22}{'learners':>9}{'median':>9}{'practice':>10}{'planned':>9}  note",
    ]
    for r in rows:
        median_text = "-" if r.median_minutes is None else f"{r.median_minutes:.1f}"
        note = "not timed" if r.median_minutes is None else ""
        if r.gap is not None and abs(r.gap) > LARGE_GAP:
            note = f"measured {'above' if r.gap > 0 else 'below'} plan by {abs(r.gap):.0%}"
        lines.append(
            f"{r.module:<22}{r.learners:>9}{median_text:>9}{r.planned_practice:>10}"
            f"{r.planned_minutes:>9.1f}  {note}".rstrip()
        )
    return lines
