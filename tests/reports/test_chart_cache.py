import pytest
from known_history import practice

from boundarylab import ce
from boundarylab.reports import chart_cache
from boundarylab.reports.chart_cache import chart_images
from boundarylab.reports.charts import dashboard_charts

PNG = b"\x89PNG\r\n\x1a\n"


def test_a_kept_chart_is_the_drawn_chart_and_a_second_visit_draws_nothing(bank, store, clock, tmp_path, monkeypatch):
    practice(store, bank, clock)
    status = ce.status(bank, store)
    first = chart_images(bank, status, tmp_path)
    assert [i.alt for i in first] == [c.alt for c in dashboard_charts(bank, status)]
    assert all(i.png.startswith(PNG) for i in first)

    def no_drawing(*_args):
        raise AssertionError("drew a chart whose numbers had not changed")

    monkeypatch.setattr(chart_cache, "_drawn", no_drawing)
    assert chart_images(bank, status, tmp_path) == first


def test_new_work_redraws_the_charts_it_changes_and_only_current_images_are_kept(bank, store, clock, tmp_path):
    before = chart_images(bank, ce.status(bank, store), tmp_path)
    practice(store, bank, clock)
    after = chart_images(bank, ce.status(bank, store), tmp_path)
    assert [b.alt == a.alt for b, a in zip(before, after, strict=True)].count(False) >= 2
    assert len(list(tmp_path.glob("chart-*.json"))) == len(after)


@pytest.mark.parametrize("damage", ["", "{not json", '{"alt": "x"}'])
def test_a_damaged_kept_image_is_drawn_again(bank, store, tmp_path, damage):
    status = ce.status(bank, store)
    drawn = chart_images(bank, status, tmp_path)
    for path in tmp_path.glob("chart-*.json"):
        path.write_text(damage)
    assert chart_images(bank, status, tmp_path) == drawn
