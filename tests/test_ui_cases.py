"""Linked case records and the case explorer, in the real app in headless Chromium.

An educator's path: upload a report with front matter and its treatment record, find the
case by searching, open it from the table, see one case with its title, license and
timeline, ask about it with questions that fit it. One server per module over a private
copy of the shipped index, as in ``test_browser.py``.
"""

from __future__ import annotations


import pytest

from .conftest import SEED_CASE, desktop_page, running_app

pytestmark = pytest.mark.browser

CASE = "okapi-keeper-2024"
TITLE = "Okapi keeper with relapsed B-ALL treated with blinatumomab"
REPORT = f"""---
case_id: {CASE}
title: {TITLE}
diagnosis: acute lymphoblastic leukemia
source: https://example.org/okapi-keeper
license: CC BY-SA 4.0
---
# Okapi keeper

## Case presentation

A 41-year-old okapi keeper presented with a second bone marrow relapse of B-cell acute lymphoblastic leukemia.

## Treatment

He received blinatumomab 28 mcg/day by continuous infusion and reached MRD-negative remission.
"""
RECORD = f"""case_id,phase,regimen,dose,start,end,mrd,blasts_pct,response,toxicity,note
{CASE},Induction I,blinatumomab,9 mcg/day then 28 mcg/day,2024-01-08,2024-02-04,positive,3.5,partial response,grade 1 CRS,
{CASE},Consolidation I,blinatumomab,28 mcg/day,2024-02-19,2024-03-17,negative,0.1,MRD negative,,
"""


@pytest.fixture(scope="module")
def app_server(shipped_settings, embedder, tmp_path_factory):
    with running_app(shipped_settings, embedder, tmp_path_factory.mktemp("cases")) as running:
        yield running


@pytest.fixture
def page(browser, app_server):
    with desktop_page(browser, app_server.url) as tab:
        yield tab


def upload(page, files, case_id: str = "") -> str:
    page.get_by_role("tab", name="Add case records").click()
    page.fill("#upload-case-id input", case_id)
    before = page.input_value("#upload-status textarea")
    page.set_input_files("#upload input[type=file]", [str(f) for f in files])
    page.wait_for_function("b => { const v = document.querySelector('#upload-status textarea').value; return v && v !== b; }", arg=before, timeout=180_000)
    return page.input_value("#upload-status textarea")


def search(page, words: str) -> None:
    page.get_by_role("tab", name="Case explorer").click()
    box = page.locator("#case-search input")
    box.fill(words)
    box.press("Enter")


def rows(page):
    """The table's body rows (Gradio's Dataframe draws only the rows in view)."""
    return page.locator("#cases-table .virtual-row")


def cells(row):
    return row.locator("[role=gridcell]")


def wait_rows(page, expected: int) -> None:
    page.wait_for_function("n => document.querySelectorAll('#cases-table .virtual-row').length === n", arg=expected)


def test_a_report_with_front_matter_and_its_csv_become_one_case_with_a_timeline(page, tmp_path):
    report, record = tmp_path / "okapi keeper.md", tmp_path / "okapi-courses.csv"
    report.write_text(REPORT, encoding="utf-8")
    record.write_text(RECORD, encoding="utf-8")
    status = upload(page, [report])
    assert status.startswith("Indexed 1 file(s): okapi keeper.md"), status
    status = upload(page, [record])  # later, on its own: it joins the case its rows name
    assert status.startswith("Indexed 1 file(s): okapi-courses.csv"), status
    search(page, "okapi")
    wait_rows(page, 1)
    row = rows(page).first
    assert TITLE in row.inner_text() and "(timeline)" in row.inner_text() and "CC BY-SA 4.0" in row.inner_text()
    cells(row).first.click()
    page.locator("#case-detail h3", has_text=TITLE).wait_for()
    detail = page.locator("#case-detail").inner_text()
    assert "acute lymphoblastic leukemia" in detail and "https://example.org/okapi-keeper" in detail and "CC BY-SA 4.0" in detail
    assert "upload:okapi_keeper.md" in detail and "upload:okapi-courses.csv" in detail  # one case, both records
    page.locator("#timeline svg rect.course").first.wait_for()
    assert page.locator("#timeline svg rect.course").count() == 2 and "Consolidation I" in page.locator("#timeline svg").inner_html()
    # Ask about it: the filter shows the title (not the id) and the examples are about this case.
    page.click("#ask-about-case")
    page.locator("#chat-input textarea").wait_for(state="visible")
    assert page.locator("#filter-case input").input_value() == f"{TITLE} (2024)"
    page.locator("#examples", has_text="Okapi keeper").wait_for()
    examples = page.locator("#examples").inner_text()
    assert "What dose of blinatumomab did the patient receive?" in examples and "karyotype at ALL onset" not in examples
    page.locator("#examples button", has_text="What dose of blinatumomab").first.click()
    page.wait_for_function("document.querySelector('#chat-input textarea').value.includes('blinatumomab')")


def test_clicking_a_row_of_the_table_opens_that_case(page):
    page.get_by_role("tab", name="Case explorer").click()
    rows(page).first.wait_for()
    assert rows(page).count() > 5
    second = rows(page).nth(2)
    title = cells(second).first.inner_text().replace(" (timeline)", "").strip()
    cells(second).nth(1).click()  # any cell of the row
    page.locator("#case-detail h3").wait_for()
    page.wait_for_function("t => document.querySelector('#case-detail h3').innerText.trim() === t", arg=title)
    assert title in page.locator("#explorer-case input").input_value()


def test_search_finds_a_case_by_the_last_word_of_its_long_title(page, shipped):
    from assistant.ui.render import group_cases

    cases = group_cases(shipped.documents())
    words = [c.title.split()[-1].strip(".,:;()").lower() for c in cases]
    # The longest title whose last word no other case mentions anywhere: it can be found only
    # if search reads the whole title (the old picker labels cut titles at 70 characters).
    case = max(
        (c for c, w in zip(cases, words) if len(w) >= 6 and w.isalpha() and sum(w in (o.title + " ".join(o.diagnoses + o.drugs)).lower() for o in cases) == 1),
        key=lambda c: len(c.title),
    )
    assert len(case.title) > 70
    search(page, case.title.split()[-1].strip(".,:;()"))
    wait_rows(page, 1)
    assert cells(rows(page).first).first.inner_text().replace(" (timeline)", "").strip() == case.title
    page.locator("#explorer-case input").click()
    options = page.locator("#explorer-case [role=option]")
    options.first.wait_for()
    assert options.count() == 1 and case.title in options.first.inner_text()


def test_the_upload_tab_explains_csv_columns_offers_a_sample_and_refuses_unsafe_case_ids(page, tmp_path):
    from assistant.ingest.treatment import FIELDS, load_treatment_csv

    page.get_by_role("tab", name="Add case records").click()
    help_text = page.locator("#upload-help").inner_text()
    assert "case_id:" in help_text and all(f"{name}" in help_text for name in FIELDS)
    with page.expect_download() as download:
        page.click("#sample-csv")
    sample = tmp_path / "sample.csv"
    download.value.save_as(sample)
    loaded = load_treatment_csv(sample.read_text(encoding="utf-8"), "sample.csv")
    assert loaded.errors == [] and len(loaded.documents[0].metadata["timeline"]) >= 3
    note = tmp_path / "note.txt"
    note.write_text("The lemur keeper received ruxolitinib 10 mg twice daily.\n", encoding="utf-8")
    status = upload(page, [note], case_id="lemur keeper/../2024")
    assert status.startswith("Refused: case id 'lemur keeper/../2024' is not a safe id (it contains ' ' '/')") and "Nothing was indexed" in status
    status = upload(page, [note], case_id=SEED_CASE)
    assert "case id 'seed-blinatumomab-all' belongs to" in status and "cannot join another source's case" in status
