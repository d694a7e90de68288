"""How long a provider waits to certify a cohort: demo learners on the real course (their saves
spread over evenings, as a learner's are), each exported, then certified one by one (checks,
post-test re-scored with the key, Ed25519 signature, registry), and the certificate PDFs written.
Prints seconds per record for each step; no target is set yet.

    PYTHONPATH=src python benchmarks/certify.py [--learners 10] [--registry URL]
"""

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from boundarylab import progress
from boundarylab.bank import load_bank
from boundarylab.ce.demo import make_demo_learner
from boundarylab.ce.provider import certify_record, init_provider
from boundarylab.ce.record import export_record
from boundarylab.progress import ProgressStore
from boundarylab.reports.certificate import write_certificate


class Evenings:
    """Stands in for progress.now: a save every four minutes, 17:00 to 20:00, day after day."""

    def __init__(self):
        self.at = datetime(2026, 11, 2, 17, 0, tzinfo=UTC)

    def __call__(self) -> str:
        self.at += timedelta(minutes=4)
        if self.at.hour >= 20:
            self.at += timedelta(hours=21)
        return self.at.isoformat(timespec="microseconds")


def records(bank, folder: Path, count: int) -> list[dict]:
    made = []
    for n in range(count):
        progress.now = Evenings()
        with ProgressStore.open(folder / f"learner-{n}") as store:
            make_demo_learner(bank, store, complete=True, seed=n)
            made.append(export_record(bank, store))
    return made


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--learners", type=int, default=10)
    ap.add_argument("--registry", help="database URL (default: a SQLite file)")
    args = ap.parse_args()
    bank, folder = load_bank("scenarios"), Path(tempfile.mkdtemp(prefix="certify-"))
    cohort = records(bank, folder, args.learners)
    provider = init_provider(folder / "provider", args.registry)
    certify, pdf = [], []
    for record in cohort:
        t = time.perf_counter()
        cert = certify_record(record, bank, provider).certificate
        certify.append(time.perf_counter() - t)
        t = time.perf_counter()
        write_certificate(cert, folder / "certificates" / f"{cert.number}.pdf")
        pdf.append(time.perf_counter() - t)
    attempts = statistics.mean(len(r["attempts"]) for r in cohort)
    print(f"{args.learners} learners, {attempts:.0f} attempts a record on average")
    print(
        f"certify (checks, re-scored post-test, signature, registry): median {statistics.median(certify):.2f} s "
        "a record"
    )
    print(f"certificate PDF: median {statistics.median(pdf):.2f} s a certificate")
    print(
        f"a cohort of 100 would take about {100 * (statistics.median(certify) + statistics.median(pdf)) / 60:.1f} min"
    )


if __name__ == "__main__":
    main()
