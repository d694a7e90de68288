"""Every labelled text set the second opinion trains on or is measured by uses the vocabulary's check ids, so a
typo in a label fails here, naming its file and text, instead of silently teaching or scoring the wrong thing."""

from pathlib import Path

import pytest
import yaml

from boundarylab import vocab
from boundarylab.analysis.train import CORPORA

ROOT = Path(__file__).resolve().parents[2]
HOLD_OUTS = sorted(p.relative_to(ROOT) for p in (ROOT / "benchmarks").glob("holdout*_test.yaml"))
LABELLED = [*CORPORA, *HOLD_OUTS, Path("benchmarks/heldout.yaml")]


@pytest.mark.parametrize("path", LABELLED, ids=[p.name for p in LABELLED])
def test_labels_are_check_ids_and_every_text_is_written(path):
    entries = yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))
    assert entries
    for e in entries:
        assert isinstance(e["text"], str) and e["text"].strip(), (path, e)
        unknown = (set(e.get("checks", [])) | set(e.get("near", []))) - set(vocab.CHECKS)
        assert not unknown, (path.name, sorted(unknown), e["text"][:60])


def test_each_round_has_its_test_part_and_they_share_no_text():
    tests = {p.name: yaml.safe_load((ROOT / p).read_text(encoding="utf-8")) for p in HOLD_OUTS}
    train = {e["text"] for path in CORPORA for e in yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))}
    assert {"holdout_round10_test.yaml", "holdout_round11_test.yaml"} <= set(tests)
    for name, entries in tests.items():
        assert not {e["text"] for e in entries} & train, name
