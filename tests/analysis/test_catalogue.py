"""The catalogue is the one place checks are registered, and it agrees with the vocabulary."""

from dataclasses import replace

import pytest

from boundarylab import vocab
from boundarylab.analysis import CHECKS
from boundarylab.analysis.catalogue import CatalogueError, validate


def test_every_vocabulary_check_has_exactly_one_implementation():
    ids = [c.id for c in CHECKS]
    assert sorted(ids) == sorted(vocab.CHECKS)


def test_check_kinds_follow_the_vocabulary():
    for c in CHECKS:
        assert c.kind == ("must-include" if c.id in vocab.INCLUDE_CHECKS else "must-avoid")


def test_duplicate_check_id_is_refused():
    with pytest.raises(CatalogueError, match="registered twice"):
        validate(CHECKS + (CHECKS[0],))


def test_unknown_principle_is_refused():
    broken = replace(CHECKS[0], principle="confidentiallity")
    with pytest.raises(CatalogueError, match="unknown principle 'confidentiallity'"):
        validate((broken,) + CHECKS[1:])


def test_missing_implementation_is_refused():
    with pytest.raises(CatalogueError, match="has no implementation"):
        validate(CHECKS[1:])


def test_unknown_check_id_is_refused():
    with pytest.raises(CatalogueError, match="not a check id"):
        validate(CHECKS + (replace(CHECKS[0], id="client-gossip"),))
