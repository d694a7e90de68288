"""The live view's widgets without a browser: the certificate button lists each learner's outcome
in sentences, names escaped; projecting a card hides the room (and its names) until going back."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "ce"))

from known_history import BANK_DIR, Clock, complete

from boundarylab import progress
from boundarylab.bank import load_bank
from boundarylab.ce.provider import init_provider
from boundarylab.cohort import ProgressFolder
from boundarylab.progress import ProgressStore
from boundarylab.widgets.cohort_view import CohortView


def test_the_certificate_button_says_what_happened_to_each_learner(tmp_path, monkeypatch):
    bank, clock = load_bank(BANK_DIR), Clock()
    monkeypatch.setattr(progress, "now", clock)
    with ProgressStore.open(tmp_path / "cohort" / "zoe") as store:
        complete(store, bank, clock)
    with ProgressStore.open(tmp_path / "cohort" / "eve") as store:
        store.save_profile("Eve <script>alert(1)</script>")
    clock.day(9)
    provider = init_provider(tmp_path / "provider")
    view = CohortView(ProgressFolder(tmp_path / "cohort"), bank, key=bank, provider=provider)
    assert "Eve &lt;script&gt;" in view.where.value and "<script>" not in view.where.value
    view.certify.click()
    said = view.issued.value
    assert "1 of 2 learners certified" in said
    assert "Zoë Nguyễn: certificate BL-" in said
    assert "Eve &lt;script&gt;alert(1)&lt;/script&gt;: not certified." in said and "<script>" not in said
    assert list((provider.folder / "certificates").glob("certificate-*.pdf"))


def test_without_a_provider_the_button_is_off_and_says_how_to_turn_it_on(tmp_path):
    (tmp_path / "cohort").mkdir()
    view = CohortView(ProgressFolder(tmp_path / "cohort"), load_bank(BANK_DIR))
    assert view.certify.disabled and "--provider DIR and --key DIR" in view.issued.value
    assert "No learner has saved anything in this cohort yet." in view.where.value


def test_projecting_a_card_hides_the_room_until_going_back(tmp_path):
    with ProgressStore.open(tmp_path / "ada") as store:
        store.save_profile("Ada Okafor")
    view = CohortView(ProgressFolder(tmp_path), load_bank(BANK_DIR))
    assert "Working out where the room is stuck" in view.stuck.value  # the page does not wait for it
    view.refresh()
    assert "No card has been answered yet." in view.stuck.value
    view.cards.value = "alpha-001"
    view.project.click()
    assert view.room_box.layout.display == "none" and view.projection_box.layout.display is None
    assert "Scenario alpha-001" in view.projection.value and "Ada" not in view.projection.value
    assert "0 of 1 learners have answered" in view.projection.value
    view.back.click()
    assert view.room_box.layout.display is None and view.projection_box.layout.display == "none"


def test_issuing_without_the_key_and_provider_says_what_it_needs_and_issues_nothing(tmp_path):
    (tmp_path / "cohort").mkdir()
    view = CohortView(ProgressFolder(tmp_path / "cohort"), load_bank(BANK_DIR))
    view.issue()
    assert "Certificates need the post-test key and the provider" in view.issued.value
    assert not (tmp_path / "certificates").exists()
