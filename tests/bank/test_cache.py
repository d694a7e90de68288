import shutil
from pathlib import Path

import pytest

from boundarylab.bank import cache

BANK = Path(__file__).resolve().parents[2] / "scenarios"


@pytest.fixture
def bank_copy(tmp_path):
    folder = tmp_path / "scenarios"
    shutil.copytree(BANK, folder)
    return folder


@pytest.fixture
def loads(monkeypatch):
    calls = []
    real = cache.load_bank

    def counting(path):
        calls.append(path)
        return real(path)

    monkeypatch.setattr(cache, "load_bank", counting)
    return calls


def test_the_second_load_reuses_the_copy(bank_copy, tmp_path, loads):
    first = cache.load_bank_cached(bank_copy, tmp_path / "cache")
    second = cache.load_bank_cached(bank_copy, tmp_path / "cache")
    assert len(loads) == 1 and second == first
    assert len(list((tmp_path / "cache").glob("bank-*.pickle"))) == 1


def test_an_edited_bank_file_is_read_again_and_the_old_copy_removed(bank_copy, tmp_path, loads):
    cache.load_bank_cached(bank_copy, tmp_path / "cache")
    course = bank_copy / "course.yml"
    course.write_text(course.read_text().replace("passing_score: 0.75", "passing_score: 0.9"))
    bank = cache.load_bank_cached(bank_copy, tmp_path / "cache")
    assert len(loads) == 2 and bank.course.passing_score == 0.9
    assert len(list((tmp_path / "cache").glob("bank-*.pickle"))) == 1


def test_a_damaged_copy_means_a_normal_load(bank_copy, tmp_path, loads):
    cache.load_bank_cached(bank_copy, tmp_path / "cache")
    [copy] = (tmp_path / "cache").glob("bank-*.pickle")
    copy.write_bytes(b"garbage")
    assert cache.load_bank_cached(bank_copy, tmp_path / "cache").scenarios
    assert len(loads) == 2


def test_an_unwritable_cache_folder_still_loads_the_bank(bank_copy, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    assert cache.load_bank_cached(bank_copy, blocker).scenarios
