"""The monthly report on paper: what the PDF says, its pages and paper, and vector charts."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from feedback_desk.core import intake, report
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.report import Quote
from feedback_desk.ui.report import render

A4 = QPageSize.PageSizeId.A4
LETTER = QPageSize.PageSizeId.Letter
TODAY = date(2026, 12, 1)
HTML = '<b>bold</b> <script>alert("x")</script> & Ω'


def item(body: str, day: int = 3, **fields) -> NewFeedback:
    fields.setdefault("channel", "survey")
    return NewFeedback(body=body, received_at=f"2026-11-{day:02d}T10:00:00", **fields)


def add(store, *items: NewFeedback) -> None:
    intake.add_feedback(store, list(items), "file")


def month(store, which: str = "2026-11") -> report.MonthReport:
    return report.build(store, which, TODAY)


def pdf(tmp_path, month_report, page_size=A4) -> tuple[PdfReader, int]:
    path = tmp_path / "report.pdf"
    pages = render.write_pdf(month_report, path, page_size)
    return PdfReader(path), pages


def text_of(reader: PdfReader) -> str:
    """All the words of the PDF with every space and line break taken out: Qt places each
    word (and each run of one font) by itself, so extraction breaks lines in odd places."""
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def busy_month(store):
    """November with five 0-10 answers (NPS +40), a tagged problem and quotes."""
    add(
        store,
        item(
            "The croissants were wonderful and the staff so kind.",
            nps_score=10,
            author="Ji-woo Kim",
        ),
        item("Lovely coffee and a warm welcome every morning.", 4, nps_score=9, author="Ana"),
        item("Good bread, friendly people at the counter.", 5, nps_score=10, author="Tom"),
        item("It was fine, nothing special about it.", 6, nps_score=8, author="Lee"),
        item(
            "Waited forty minutes for a cold coffee. Terrible.",
            7,
            nps_score=3,
            author="Sam Park",
            tags=("Speed",),
        ),
    )
    return store


def test_the_pdf_says_the_month_its_figures_a_quote_and_a_tag(qtbot, tmp_path, busy_month):
    reader, pages = pdf(tmp_path, month(busy_month))
    words = text_of(reader)
    assert pages == len(reader.pages) == 1
    assert "November2026" in words
    assert "NPS+40" in words  # the NPS box: its label, then the score with its sign
    assert "Feedback5" in words  # the feedback box: five pieces this month
    assert squeezed("The croissants were wonderful and the staff so kind.") in words
    assert "—Ji-woo,Survey" in words
    assert "Ji-wooKim" not in words  # first names only on a wall
    assert "Speed" in words
    assert "Topproblems" in words


def test_the_pdf_carries_its_title_and_creator(qtbot, tmp_path, busy_month):
    reader, _ = pdf(tmp_path, month(busy_month))
    assert reader.metadata.creator == "Feedback Desk"
    assert "November 2026" in reader.metadata.title


def test_markup_in_feedback_prints_as_the_characters_it_is(qtbot, tmp_path, store):
    add(store, item(f"Awful, rude and slow: {HTML}", nps_score=1, author="Zoë"))
    store.set_setting("business_name", "<i>Café</i> & Co")
    reader, _ = pdf(tmp_path, month(store))
    words = text_of(reader)
    assert squeezed(HTML) in words
    assert "<i>Café</i>&Co" in words
    assert "—Zoë,Survey" in words


def test_korean_and_japanese_quotes_extract_from_the_pdf(qtbot, tmp_path, store):
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Korean):
        pytest.skip("no font on this machine can write Korean (install Noto Sans CJK)")
    add(
        store,
        item("커피가 정말 맛있어요. 또 올게요!", nps_score=10, author="김지우", channel="naver"),
        item(
            "とても美味しかったです。また来ます。", 4, nps_score=9, author="Yuki", channel="google"
        ),
    )
    words = text_of(pdf(tmp_path, month(store))[0])
    assert "커피가정말맛있어요.또올게요!" in words
    assert "とても美味しかったです。また来ます。" in words
    assert "—김지우,Naver" in words


def test_an_empty_month_is_one_page_that_says_so(qtbot, tmp_path, busy_month):
    reader, pages = pdf(tmp_path, month(busy_month, "2026-06"))
    words = text_of(reader)
    assert pages == len(reader.pages) == 1
    assert "NofeedbackwasrecordedinJune2026." in words
    assert "Importorpastefeedback" in words
    assert "NPS,last12months" not in words  # no empty charts
    assert "Page1of" not in words


@pytest.mark.parametrize(("size", "width", "height"), [(A4, 595, 842), (LETTER, 612, 792)])
def test_the_paper_is_the_one_asked_for(qtbot, tmp_path, busy_month, size, width, height):
    reader, _ = pdf(tmp_path, month(busy_month), size)
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(width, abs=1)
    assert float(box.height) == pytest.approx(height, abs=1)


def test_the_charts_are_vector_paths_not_pictures(qtbot, tmp_path, busy_month):
    reader, _ = pdf(tmp_path, month(busy_month))
    page = reader.pages[0]
    operators = [op for _, op in ContentStream(page.get_contents(), reader).operations]
    assert "NPS,last12months" in text_of(reader)
    assert operators.count(b"l") >= 12  # the line, the band and the rules
    assert operators.count(b"c") >= 4  # the round points
    assert operators.count(b"f") + operators.count(b"f*") >= 10  # bars, band, boxes
    xobjects = page["/Resources"].get("/XObject", {})
    for name in xobjects:
        found = xobjects[name].get_object()
        if found.get("/Subtype") == "/Image":
            assert found["/Width"] * found["/Height"] <= 32 * 32, f"a picture {name} on the page"


def test_a_long_quote_is_cut_with_an_ellipsis(qtbot, tmp_path, busy_month):
    words = " ".join(f"word{n}" for n in range(120))
    long_quote = Quote(1, f"Lovely place. {words}", "Mia, Google", 5, None)
    reader, _ = pdf(tmp_path, dataclasses.replace(month(busy_month), loved=[long_quote]))
    text = text_of(reader)
    assert "“Lovelyplace.word0word1" in text
    assert "…”" in text
    assert "word119" not in text
    assert "—Mia,Google" in text


def test_open_followups_move_to_a_second_page_and_overdue_ones_say_so(qtbot, tmp_path, busy_month):
    ids = [row[0] for row in busy_month.conn.execute("SELECT id FROM feedback ORDER BY id")]
    for n, feedback_id in enumerate(ids * 2):
        busy_month.add_followup(
            feedback_id,
            f"2026-11-{n + 10:02d}",
            "call",
            "2026-11-08T09:00:00",
            "Dana",
            f"Call back number {n}",
        )
    long_quote = "Wonderful bakery, the best cinnamon rolls in town and a lovely team. " * 3
    the_month = month(busy_month)
    quotes = [Quote(i, long_quote, "Ana, Survey", None, 10) for i in range(3)]
    reader, pages = pdf(tmp_path, dataclasses.replace(the_month, loved=quotes, to_fix=quotes))
    text = text_of(reader)
    assert pages == len(reader.pages) == 2
    assert "Page1of2" in text and "Page2of2" in text
    assert "Follow-upsstillopen" in text
    assert "Call:Callbacknumber0" in text  # the soonest due first
    assert "10Nov,overdue" in text  # due before 1 December: late, in words as well as red
    assert f"and{len(ids) * 2 - report.FOLLOWUPS_LISTED}more" in text


def test_a_month_with_everything_done_says_so(qtbot, tmp_path, busy_month):
    text = text_of(pdf(tmp_path, month(busy_month))[0])
    assert "Everyfollow-upisdone." in text


@pytest.mark.parametrize(
    "resolution", [QPrinter.PrinterMode.ScreenResolution, QPrinter.PrinterMode.HighResolution]
)
def test_a_printer_at_any_resolution_gets_the_same_report(qtbot, tmp_path, busy_month, resolution):
    printer = QPrinter(resolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(A4))
    assert render.paint_report(month(busy_month), printer) == 1
    text = text_of(PdfReader(tmp_path / "printed.pdf"))
    assert "NPS+40" in text
    assert squeezed("The croissants were wonderful and the staff so kind.") in text


def test_the_print_preview_gets_the_pages_the_pdf_has(qtbot, busy_month):
    the_month = month(busy_month)
    preview = QPrintPreviewWidget()
    qtbot.addWidget(preview)
    painted = []
    preview.paintRequested.connect(
        lambda printer: painted.append(render.paint_report(the_month, printer))
    )
    preview.updatePreview()
    assert painted == [1]
    assert preview.pageCount() == 1


@pytest.mark.parametrize(
    ("language", "territory", "size"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, LETTER),
        (QLocale.Language.French, QLocale.Country.Canada, LETTER),
        (QLocale.Language.Spanish, QLocale.Country.Mexico, LETTER),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, A4),
        (QLocale.Language.Korean, QLocale.Country.SouthKorea, A4),
        (QLocale.Language.German, QLocale.Country.Germany, A4),
    ],
)
def test_the_default_paper_follows_the_country(language, territory, size):
    assert render.default_page_size(QLocale(language, territory)) == size
