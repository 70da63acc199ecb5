"""The monthly report on paper: what the PDF says, its pages and paper, and vector charts."""

from __future__ import annotations

import dataclasses
import os
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFontDatabase, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from feedback_desk.core import intake, report
from feedback_desk.core.dashboard import TagMove
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.report import Quote
from feedback_desk.ui.report import canvas, render
from feedback_desk.ui.report.words import words as report_words

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
    return "".join(text_of_page(reader, n) for n in range(len(reader.pages)))


def text_of_page(reader: PdfReader, number: int) -> str:
    return "".join(reader.pages[number].extract_text().split())


def squeezed(text: str) -> str:
    return "".join(text.split())


def add_followups(store, count: int, wordy: bool = False) -> None:
    """``count`` open follow-ups on November's feedback, due a day apart from 10 November;
    ``wordy`` ones take two lines."""
    ids = [row[0] for row in store.conn.execute("SELECT id FROM feedback ORDER BY id")]
    for n in range(count):
        store.add_followup(
            ids[n % len(ids)],
            (date(2026, 11, 10) + timedelta(days=n)).isoformat(),
            "call",
            "2026-11-08T09:00:00",
            "Dana",
            f"Call back number {n}" + " and ask how the next visit went" * 2 * wordy,
        )


def listed_followups(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"Callbacknumber(\d+)", text)}


LONG_QUOTE = "Wonderful bakery, the best cinnamon rolls in town and a lovely team. " * 3


def with_long_quotes(month_report: report.MonthReport) -> report.MonthReport:
    """The month with three long quotes a side: they leave no room on page 1 for the list."""
    quotes = [Quote(feedback_id=i, text=LONG_QUOTE, name="Ana", channel="survey") for i in range(3)]
    return dataclasses.replace(month_report, loved=quotes, to_fix=quotes)


def fill_colours(reader: PdfReader, page: int = 0) -> set[str]:
    """The colours the page fills with, as "#rrggbb"."""
    found = set()
    contents = reader.pages[page].get_contents()
    for operands, operator in ContentStream(contents, reader).operations:
        if operator == b"scn" and len(operands) == 3:
            found.add(QColor.fromRgbF(*(float(v) for v in operands)).name())
    return found


def grey(colour: str) -> float:
    """The lightness a greyscale print gives a colour (0 black to 255 white)."""
    c = QColor(colour)
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()


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
    the_month = month(store)
    words = text_of(pdf(tmp_path, the_month)[0])
    assert "커피가정말맛있어요.또올게요!" in words
    assert "とても美味しかったです。また来ます。" in words
    quote = next(q for q in the_month.loved if q.channel == "naver")
    who = report_words().who(quote)
    assert who.startswith("김") and who.endswith("Naver")
    assert squeezed(f"— {who}") in words


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
    long_quote = Quote(feedback_id=1, text=f"Lovely place. {words}", name="Mia", channel="google")
    reader, _ = pdf(tmp_path, dataclasses.replace(month(busy_month), loved=[long_quote]))
    text = text_of(reader)
    assert "“Lovelyplace.word0word1" in text
    assert "…”" in text
    assert "word119" not in text
    assert "—Mia,Google" in text


def test_open_followups_fill_the_second_page_and_overdue_ones_say_so(qtbot, tmp_path, busy_month):
    add_followups(busy_month, 45, wordy=True)
    the_month = month(busy_month)
    assert the_month.followups_open == 45
    reader, pages = pdf(tmp_path, with_long_quotes(the_month))
    text = text_of(reader)
    assert pages == len(reader.pages) == 2
    assert "Page1of2" in text and "Page2of2" in text
    assert "Follow-upsopenon1Dec2026" in text  # when the counts are from
    assert "45open·21overdue" in text
    assert "Call:Callbacknumber0" in text  # the soonest due first
    assert "10Nov,overdue" in text  # due before 1 December: late, in words as well as red
    shown = listed_followups(text_of_page(reader, 1))
    assert shown == set(range(len(shown)))
    assert 20 <= len(shown) < len(the_month.open_followups)  # as many as page 2 holds
    assert f"and{45 - len(shown)}more" in text


def test_page_one_lists_eight_follow_ups_and_says_how_many_more(qtbot, tmp_path, busy_month):
    add_followups(busy_month, 12)
    quiet = dataclasses.replace(month(busy_month), loved=[], to_fix=[])  # room on page 1
    reader, pages = pdf(tmp_path, quiet)
    text = text_of(reader)
    assert pages == 1
    assert listed_followups(text) == set(range(render.FIRST_PAGE_FOLLOWUPS))
    assert f"and{12 - render.FIRST_PAGE_FOLLOWUPS}more" in text


def test_a_few_follow_ups_are_all_listed(qtbot, tmp_path, busy_month):
    add_followups(busy_month, 3)
    text = text_of(pdf(tmp_path, month(busy_month))[0])
    assert listed_followups(text) == {0, 1, 2}
    assert "more" not in text


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


@pytest.mark.parametrize(
    "resolution", [QPrinter.PrinterMode.ScreenResolution, QPrinter.PrinterMode.HighResolution]
)
def test_a_printer_breaks_the_lines_where_the_pdf_does(qtbot, tmp_path, busy_month, resolution):
    add_followups(busy_month, 45, wordy=True)
    the_month = with_long_quotes(month(busy_month))
    reader, _ = pdf(tmp_path, the_month, LETTER)
    printer = QPrinter(resolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(render.page_layout(LETTER))
    render.paint_report(the_month, printer)
    printed = PdfReader(tmp_path / "printed.pdf")

    def lines(found: PdfReader) -> list[list[str]]:
        return [page.extract_text().splitlines() for page in found.pages]

    assert lines(printed) == lines(reader)


@pytest.mark.parametrize("size", [A4, LETTER])
@pytest.mark.parametrize("followups", [2, 45])
def test_a_printer_given_the_page_layout_previews_the_pdfs_pages(
    qtbot, tmp_path, busy_month, size, followups
):
    add_followups(busy_month, followups)
    the_month = month(busy_month)
    if followups > render.FIRST_PAGE_FOLLOWUPS:
        the_month = with_long_quotes(the_month)
    _, pdf_pages = pdf(tmp_path, the_month, size)
    assert pdf_pages == (1 if followups <= render.FIRST_PAGE_FOLLOWUPS else 2)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(render.page_layout(size))
    preview = QPrintPreviewWidget(printer)
    qtbot.addWidget(preview)
    painted = []
    preview.paintRequested.connect(
        lambda device: painted.append(render.paint_report(the_month, device))
    )
    preview.updatePreview()
    assert painted == [pdf_pages]
    assert preview.pageCount() == pdf_pages


def test_the_page_layout_is_portrait_with_15_mm_margins():
    layout = render.page_layout(LETTER)
    assert layout.orientation() == layout.Orientation.Portrait
    assert layout.pageSize().id() == LETTER
    margins = layout.margins(layout.Unit.Millimeter)
    assert [margins.left(), margins.top(), margins.right(), margins.bottom()] == [15] * 4


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


# ---------------------------------------------------------------- saving the file


def test_a_folder_is_refused_and_nothing_is_left_behind(qtbot, tmp_path, busy_month):
    target = tmp_path / "out" / "report.pdf"
    target.mkdir(parents=True)
    with pytest.raises(OSError, match="is a folder, not a file"):
        render.write_pdf(month(busy_month), target, A4)
    assert target.is_dir() and not any(target.iterdir())
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.pdf"]  # no .part


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_something_that_is_not_a_file_is_refused(qtbot, tmp_path, busy_month):
    target = tmp_path / "report.pdf"
    os.mkfifo(target)  # writing would wait for a reader for ever
    with pytest.raises(OSError, match="not an ordinary file"):
        render.write_pdf(month(busy_month), target, A4)
    assert not (tmp_path / "report.pdf.part").exists()


def test_an_existing_file_is_replaced(qtbot, tmp_path, busy_month):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"last month's report")
    assert render.write_pdf(month(busy_month), target, A4) == 1
    assert target.read_bytes().startswith(b"%PDF")
    assert "November2026" in text_of(PdfReader(target))
    assert not (tmp_path / "report.pdf.part").exists()


def test_a_link_to_a_file_is_replaced_and_what_it_pointed_at_kept(qtbot, tmp_path, busy_month):
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"keep me")
    target = tmp_path / "report.pdf"
    try:
        target.symlink_to(kept)
    except OSError:
        pytest.skip("no symbolic links here")
    render.write_pdf(month(busy_month), target, A4)
    assert not target.is_symlink() and target.read_bytes().startswith(b"%PDF")
    assert kept.read_bytes() == b"keep me"


def test_a_failed_move_leaves_no_part_file(qtbot, tmp_path, busy_month, monkeypatch):
    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(target))

    from feedback_desk.core import writing
    from feedback_desk.core.errors import WriteFailed

    monkeypatch.setattr(writing.os, "replace", refuse)
    with pytest.raises(WriteFailed, match=f"may not write in {re.escape(str(tmp_path))} "):
        render.write_pdf(month(busy_month), tmp_path / "report.pdf", A4)
    assert not [p for p in tmp_path.iterdir() if "report" in p.name]  # nor its hidden file


# ---------------------------------------------------------------- words and colours


def test_a_month_not_over_says_so_and_the_follow_ups_say_when(qtbot, tmp_path, busy_month):
    the_month = report.build(busy_month, "2026-11", date(2026, 11, 20))
    reader, _ = pdf(tmp_path, the_month)
    text = text_of(reader)
    assert "November2026(sofar)" in text
    assert "Follow-upsopenon20Nov2026" in text
    assert "November 2026 (so far)" in reader.metadata.title
    over = text_of(pdf(tmp_path, month(busy_month))[0])
    assert "(sofar)" not in over


def test_an_empty_month_not_over_says_so_far(qtbot, tmp_path, busy_month):
    text = text_of(pdf(tmp_path, month(busy_month, "2026-12"))[0])
    assert "December2026(sofar)" in text
    assert "NofeedbackhasbeenrecordedinDecember2026sofar." in text


def test_a_long_summary_keeps_its_last_clause(qtbot, tmp_path, busy_month, monkeypatch):
    sentence = (
        "In November 2026, NPS rose 12 points to +40 from 5 answers, which is a rise that "
        "chance alone could make with so few answers, the most mentioned problem was Order "
        "accuracy and missing items at the counter (5 times), then Speed of service at the "
        "weekend (3 times), then Cleanliness of the tables in the back room (2 times), and you "
        "answered 72% of the feedback within a day, the last clause of all."
    )
    monkeypatch.setattr(type(report_words()), "summary", lambda _self, _facts: sentence)
    text = text_of(pdf(tmp_path, month(busy_month))[0])
    assert squeezed(sentence) in text


def test_long_tag_names_are_cut_in_the_middle_so_they_stay_apart(qtbot, tmp_path, busy_month):
    the_month = month(busy_month)
    names = [
        "Waiting time at the counter and at the tables on weekend mornings",
        "Waiting time at the counter and at the tables on weekday evenings",
    ]
    tags = [TagMove(i, name, "#2f9e66", 4 - i, 1) for i, name in enumerate(names)]
    board = dataclasses.replace(the_month.board, negative_tags=tags)
    text = text_of(pdf(tmp_path, dataclasses.replace(the_month, board=board))[0])
    assert re.search(r"Waiting\w*…\w*mornings", text)  # cut in the middle
    assert re.search(r"Waiting\w*…\w*evenings", text)


def test_the_problem_bars_share_one_colour_whatever_the_tags(qtbot, tmp_path, busy_month):
    the_month = month(busy_month)
    tags = [
        TagMove(i, f"Problem {i}", colour, 5 - i, 1)
        for i, colour in enumerate(("#00ff00", "#2f9e66", "#123456"))
    ]
    board = dataclasses.replace(the_month.board, negative_tags=tags)
    fills = fill_colours(pdf(tmp_path, dataclasses.replace(the_month, board=board))[0])
    assert canvas.PROBLEM in fills
    assert not fills & {"#00ff00", "#2f9e66", "#123456"}


def test_the_feelings_stay_apart_in_a_greyscale_print(qtbot, tmp_path, busy_month):
    lightness = sorted(grey(c) for c in (canvas.POSITIVE, canvas.NEUTRAL, canvas.NEGATIVE))
    assert lightness[1] - lightness[0] >= 40 and lightness[2] - lightness[1] >= 40
    fills = fill_colours(pdf(tmp_path, month(busy_month))[0])
    assert {canvas.POSITIVE, canvas.NEUTRAL, canvas.NEGATIVE} <= fills
