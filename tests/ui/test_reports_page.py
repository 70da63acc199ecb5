"""The Reports page as the owner uses it, and ``report`` on the command line: the month
chosen, the preview, Save as PDF, and the PDF's words."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QFileDialog

from feedback_desk.core.store import Store
from tests.core.test_cli import cli
from tests.core.test_dashboard import TODAY, fill_desk


def pdf_text(data: bytes) -> str:
    """The PDF's words, whitespace taken out (a PDF places words, not spaces)."""
    reader = PdfReader(io.BytesIO(data))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def reports(open_window, db_path):
    with Store(db_path) as store:
        fill_desk(store)
    window = open_window(db_path)
    window.reports.today = TODAY
    window.show_page("reports")
    return window


def test_the_page_offers_the_months_and_previews_the_chosen_one(reports, qtbot):
    page = reports.reports
    # Months from the newest feedback (20 November 2026) back.
    assert page.month.itemData(0) == "2026-11"
    assert page.month.itemText(0).endswith("2026 (so far)")  # not over on TODAY
    assert page.month.itemText(1).endswith("2026")
    page.choose("2026-09")
    assert page.report.first.isoformat() == "2026-09-01"
    assert page.report.board.total.feedback == 3
    qtbot.waitUntil(lambda: page.preview.pageCount() >= 1)
    assert page.location.isVisible()  # two locations: Main St and Harbour
    page.choose("2026-09", location="Main St")
    assert page.report.board.total.feedback == 2


def test_save_as_pdf_writes_the_month_on_the_paper_chosen(reports, qtbot, monkeypatch, tmp_path):
    page = reports.reports
    page.choose("2026-11", paper=QPageSize.PageSizeId.Letter)
    target = tmp_path / "november"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF document (*.pdf)")
    )
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(".pdf")
    data = saved.read_bytes()
    words = pdf_text(data)
    assert "November2026" in words
    assert "Lovelycakes,wewillbeback." in words  # a quote of the month
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter


def test_another_paper_lays_the_same_report_out_again_without_reading(reports, monkeypatch):
    from feedback_desk.core import report

    page = reports.reports
    page.choose("2026-11", paper=QPageSize.PageSizeId.A4)
    made = page.report
    monkeypatch.setattr(report, "build", lambda *a, **k: pytest.fail("read again"))
    page.paper.setCurrentIndex(page.paper.findData(QPageSize.PageSizeId.Letter))
    page.paper.activated.emit(page.paper.currentIndex())  # as a click in the list
    assert page.report is made
    assert page.printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter


def test_a_month_that_cannot_be_written_says_so_and_keeps_the_page(
    reports, qtbot, monkeypatch, tmp_path
):
    page = reports.reports
    page.choose("2026-11")
    blocked = tmp_path / "no-such-folder" / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocked), ""))
    told = []
    monkeypatch.setattr(
        "feedback_desk.ui.report.page.tell_write_problem", lambda *a: told.append(a[3])
    )
    page.save_pdf()
    assert told == ["The report was not saved."]
    assert not blocked.exists()


def test_report_on_the_command_line(db_path, tmp_path):
    with Store(db_path) as store:
        fill_desk(store)
    out = tmp_path / "september.pdf"
    printed = cli("report", "--month", "2026-09", "--out", str(out), "--paper", "a4", db=db_path)
    assert "September 2026" in printed.stdout, printed.stdout
    words = pdf_text(out.read_bytes())
    assert "September2026" in words and "Wonderfulcoffee,welovedit!" in words
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4


def test_an_empty_month_is_one_clear_page(db_path, tmp_path):
    out = tmp_path / "empty.pdf"
    cli("report", "--month", "2026-10", "--out", str(out), db=db_path)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert "NofeedbackwasrecordedinOctober2026" in pdf_text(out.read_bytes())


def test_a_month_that_is_not_a_month_is_refused_plainly(db_path, tmp_path):
    result = cli("report", "--month", "Octember", "--out", str(tmp_path / "x.pdf"), db=db_path,
                 check=False)  # fmt: skip
    assert result.returncode == 2
    assert "is not a month" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_database_that_cannot_be_read_is_said(reports, monkeypatch):
    import sqlite3

    from feedback_desk.core import report

    page = reports.reports
    page.choose("2026-11")
    real = report.build

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(report, "build", locked)
    page.choose("2026-09")
    assert page.problem.isVisible() and "database is locked" in page.problem.text()
    # Nothing can be printed or saved until the month's report is made again.
    assert not page.print_button.isEnabled() and not page.pdf_button.isEnabled()
    monkeypatch.setattr(report, "build", real)
    page.choose("2026-09")
    assert page.problem.isHidden() and page.pdf_button.isEnabled()
    assert page.report.first.isoformat() == "2026-09-01"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--month", "9999-12"], "is not a month"),
        (["--month", "2999-01"], "has not started yet"),
        (["--month", "2026-09", "--location", "Nowhere"], "no feedback from location 'Nowhere'"),
    ],
)
def test_the_command_line_refuses_what_it_cannot_report(db_path, tmp_path, args, said):
    with Store(db_path) as store:
        fill_desk(store)
    out = tmp_path / "x.pdf"
    result = cli("report", *args, "--out", str(out), db=db_path, check=False)
    assert result.returncode == 2 and said in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_a_folder_is_not_written_over(db_path, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    result = cli("report", "--month", "2026-09", "--out", str(folder), db=db_path, check=False)
    assert result.returncode == 2 and "is a folder" in result.stderr
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert not list(tmp_path.glob("*.part"))


def test_the_page_opens_on_the_last_month_that_is_over(reports):
    page = reports.reports
    # TODAY is in November 2026, whose feedback is not all in yet: October is shown first
    assert page.month.itemData(0) == "2026-11"
    assert page.month.currentData() == "2026-10"
    assert page.report.first == date(2026, 10, 1)  # the report drawn is October's


def test_zoom_to_the_width_or_the_whole_page(reports, qtbot):
    page = reports.reports
    qtbot.waitUntil(lambda: page.preview.pageCount() >= 1)
    assert page.fit_width.isChecked()
    assert page.preview.zoomMode() == page.preview.ZoomMode.FitToWidth
    qtbot.mouseClick(page.fit_page, Qt.MouseButton.LeftButton)
    assert page.preview.zoomMode() == page.preview.ZoomMode.FitInView
    assert not page.fit_width.isChecked()
    page.choose("2026-09")  # another month keeps the zoom chosen
    assert page.preview.zoomMode() == page.preview.ZoomMode.FitInView
    qtbot.mouseClick(page.fit_width, Qt.MouseButton.LeftButton)
    assert page.preview.zoomMode() == page.preview.ZoomMode.FitToWidth
