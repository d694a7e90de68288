import pytest
from known_history import complete, practice

from boundarylab import ce
from boundarylab.reports.charts import dashboard_charts

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(params=["new", "halfway", "complete"])
def charts(request, bank, store, clock):
    if request.param != "new":
        practice(store, bank, clock)
    if request.param == "complete":
        complete(store, bank, clock)
    return dashboard_charts(bank, ce.status(bank, store))


def test_every_chart_renders_with_a_title_axis_labels_and_alt_text(charts):
    assert [c.name for c in charts] == ["hours", "modules", "post_test", "mastery", "time"]
    for chart in charts:
        (ax,) = chart.figure.axes
        assert ax.get_title(loc="left") == chart.title
        assert ax.get_xlabel()
        assert len(chart.alt) > 40 and chart.alt.endswith(".")
        assert chart.png().startswith(PNG)


def test_axes_with_numbers_name_their_units(charts):
    units = {c.name: c.figure.axes[0].get_xlabel() + c.figure.axes[0].get_ylabel() for c in charts}
    assert "Hours" in units["hours"] and "%" in units["modules"] and "%" in units["post_test"]
    assert "%" in units["mastery"] and "Minutes" in units["time"]


def test_charts_fit_a_notebook_column(charts):
    for chart in charts:
        width, _ = chart.figure.get_size_inches()
        assert width <= 8


def test_charts_are_saved_as_png_on_request(charts, tmp_path):
    paths = [c.save_png(tmp_path / "png") for c in charts]
    assert all(p.read_bytes().startswith(PNG) for p in paths)


def test_colours_come_from_the_okabe_ito_palette(bank, store, clock):
    from matplotlib.colors import to_hex

    from boundarylab.reports import charts as module

    complete(store, bank, clock)
    palette = {module.BLUE, module.ORANGE, module.GREEN, module.SKY, module.VERMILION, module.PURPLE, module.GREY}
    for chart in dashboard_charts(bank, ce.status(bank, store)):
        for patch in chart.figure.axes[0].patches:
            assert to_hex(patch.get_facecolor()).upper() in palette


def test_the_alt_text_says_where_the_learner_goes_wrong_most(bank, store, clock):
    practice(store, bank, clock)
    mastery = dashboard_charts(bank, ce.status(bank, store))[3]
    assert "Where you go wrong most: testimonials: 0 % right" in mastery.alt
