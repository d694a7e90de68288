"""Course mode opens JupyterLab in a learner layout: a notebook is not marked unsaved when it opens
or after Run All, a double-click leaves the lesson text as it reads, and a hidden code cell cannot
be opened by clicking its "•••" or the bar beside it."""

import json

from playwright.sync_api import Page, expect

from .conftest import open_notebook, run_all, screenshot
from .test_learner_course import module_one

UNSAVED_TAB = ".lm-DockPanel-tabBar .lm-TabBar-tab.jp-mod-dirty"  # the dot in place of the tab's ×


def test_a_notebook_is_not_marked_unsaved_after_it_opens_or_after_run_all(page: Page, course, bank):
    notebook, scenarios = module_one(bank)
    open_notebook(page, course, notebook)
    tab = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab", has_text=notebook)
    expect(tab).to_be_visible()
    page.wait_for_timeout(1_000)  # anything Lab changes on opening has happened by now
    expect(page.locator(UNSAVED_TAB)).to_have_count(0)
    run_all(page)
    expect(page.locator(".bl-progress")).to_contain_text(f" of {len(scenarios)}", timeout=60_000)
    page.wait_for_timeout(1_000)
    screenshot(page, "course-layout-after-run-all")
    expect(page.locator(UNSAVED_TAB)).to_have_count(0)
    saved = json.loads((course.root / "notebooks" / notebook).read_text(encoding="utf-8"))
    assert all(c.get("outputs", []) == [] for c in saved["cells"]), "saved with widgets that would reopen broken"


def test_a_double_click_on_the_lesson_keeps_it_as_it_reads(page: Page, course, bank):
    notebook, _ = module_one(bank)
    open_notebook(page, course, notebook)
    heading = page.locator(".jp-MarkdownCell .jp-RenderedMarkdown h2", has_text="Questions")
    heading.dblclick()
    page.wait_for_timeout(500)
    screenshot(page, "course-layout-after-double-click")
    expect(heading).to_be_visible()
    expect(page.locator(".jp-MarkdownCell .cm-editor:visible")).to_have_count(0)
    expect(page.get_by_text("## Questions").filter(visible=True)).to_have_count(0)


def test_a_hidden_code_cell_cannot_be_opened_by_clicking_it(page: Page, course, bank):
    notebook, _ = module_one(bank)
    open_notebook(page, course, notebook)
    cell = page.locator(".jp-CodeCell").filter(has=page.locator(".jp-InputPlaceholder")).first
    placeholder = cell.locator(".jp-InputPlaceholder")
    expect(placeholder).to_contain_text("appear below")
    for name, target in (("placeholder", placeholder), ("collapser", cell.locator(".jp-InputCollapser"))):
        target.scroll_into_view_if_needed()
        box = target.bounding_box()
        assert box, f"the hidden cell's {name} is on the page"
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # where a learner clicks
        page.wait_for_timeout(500)
        screenshot(page, f"course-layout-hidden-cell-{name}-clicked")
        expect(placeholder).to_be_visible()
        expect(cell.locator(".cm-editor:visible")).to_have_count(0)
        assert "show_module" not in page.content(), f"a click on the {name} showed the code"
