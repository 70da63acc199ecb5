"""The import preview tells, before anything is written, why each column goes where it goes,
which sheet of a workbook it reads, and which rows are duplicates of what (issue 18)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer

from tests.ui.test_import_flow import _dialog, choose, drop_file

pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")

EXPORTS = Path(__file__).parent.parent / "data" / "exports"


def through_preview(qtbot, window, path, look) -> None:
    """Drop ``path`` on the window; ``look(dialog)`` once every row is checked, then Import."""

    def go():
        dialog = _dialog()
        qtbot.waitUntil(lambda: dialog.problems is not None)
        look(dialog)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, go)
    drop_file(window, path)


def _columns(dialog) -> dict[str, tuple[str, str]]:
    table = dialog.columns
    return {
        table.item(r, 0).text(): (
            table.cellWidget(r, 2).currentText(),
            table.item(r, 3).text(),
        )
        for r in range(table.rowCount())
    }


def test_a_trustpilot_export_says_why_each_column_goes_where(qtbot, open_window, db_path):
    window = open_window(db_path)
    seen = {}

    def look(dialog):
        seen["columns"] = _columns(dialog)
        seen["detected"] = dialog.detected.text()
        seen["sheet shown"] = dialog.sheet.isVisible()

    through_preview(qtbot, window, EXPORTS / "trustpilot.csv", look)
    qtbot.waitUntil(lambda: window.store.inbox_count() == 2, timeout=10_000)
    columns = seen["columns"]
    assert columns["Review Stars"] == ("Stars (1-5)", "its answers are stars from 1 to 5")
    assert columns["Company Reply Date (UTC)"] == ("Reply date", "the date of your reply")
    assert columns["Company Reply Content"] == ("Your reply", "it holds your replies")
    assert columns["Location Name"][0] == "Location"
    assert columns["Webshop Name"] == (
        "Keep as an extra field",
        "details of the export itself: kept, not used",
    )
    assert "every character in the file is valid UTF-8" in seen["detected"]
    assert not seen["sheet shown"]
    stars = sorted(item.rating for item in window.store.iter_feedback())
    assert stars == [2, 5]


def test_a_workbook_offers_its_sheets_and_lists_duplicates_to_import_anyway(
    qtbot, open_window, db_path, tmp_path
):
    path = tmp_path / "workshop.xlsx"
    shutil.copy(EXPORTS / "microsoft_forms_2.xlsx", path)
    window = open_window(db_path)
    seen = {}

    def look(dialog):
        seen["sheets"] = [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())]
        seen["sheet shown"] = dialog.sheet.isVisible()
        seen["detected"] = dialog.detected.text()

    through_preview(qtbot, window, path, look)
    qtbot.waitUntil(lambda: window.store.inbox_count() == 2, timeout=10_000)
    assert seen["sheets"] == ["Form1", "Notes"] and seen["sheet shown"]
    assert "An Excel workbook, sheet Form1" in seen["detected"]
    dates = sorted(item.received_at for item in window.store.iter_feedback())
    assert dates == ["2026-06-01T09:03:00", "2026-06-01T09:09:00"]

    def check_the_box(dialog):
        seen["status"] = dialog.status.text()
        seen["list"] = dialog.problem_text.toPlainText()
        seen["box"] = dialog.keep_duplicates.text()
        box = dialog.keep_duplicates
        # On the box itself: a wide check box toggles only on its box and its words.
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked()

    through_preview(qtbot, window, path, check_the_box)
    qtbot.waitUntil(lambda: window.store.inbox_count() == 4, timeout=10_000)
    assert "2 rows are already there" in seen["status"]
    assert seen["list"].splitlines()[0].startswith("Row 2: already there as item")
    assert seen["box"] == "Import the 2 duplicates anyway"


def test_choosing_the_other_sheet_reads_it(qtbot, open_window, db_path, tmp_path):
    window = open_window(db_path)
    seen = {}

    def pick_notes():
        dialog = _dialog()
        qtbot.waitUntil(lambda: dialog.problems is not None)
        choose(dialog.sheet, "Notes")
        seen["status"] = dialog.status.text()
        seen["button"] = dialog.import_button.isEnabled()
        dialog.reject()

    QTimer.singleShot(0, pick_notes)
    drop_file(window, EXPORTS / "microsoft_forms_2.xlsx")
    qtbot.waitUntil(lambda: "status" in seen, timeout=10_000)
    assert "No sheet of this workbook holds a table" in seen["status"]
    assert not seen["button"]
    assert window.store.inbox_count() == 0


def test_a_mostly_utf8_file_names_its_bad_rows_before_and_after(
    qtbot, open_window, db_path, tmp_path
):
    rows = ["Review,Stars"] + [f"맛있어요 {n},5" for n in range(10)]
    path = tmp_path / "reviews.csv"
    path.write_bytes("\n".join(rows).encode() + b"\nbad \xff byte,1\n")
    window = open_window(db_path)
    seen = {}

    def look(dialog):
        seen["detected"] = dialog.detected.text()
        seen["list"] = dialog.problem_text.toPlainText()

    through_preview(qtbot, window, path, look)
    qtbot.waitUntil(lambda: window.store.inbox_count() == 11, timeout=10_000)
    assert "the file is UTF-8 with a few bad bytes" in seen["detected"]
    assert seen["list"] == "Rows with bytes that are not UTF-8 (shown as \ufffd): 12"
    assert "1 row had bytes that are not UTF-8" in window.statusBar().currentMessage()
    bodies = {item.body for item in window.store.iter_feedback()}
    assert "맛있어요 0" in bodies and "bad \ufffd byte" in bodies
