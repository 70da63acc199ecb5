"""The Dashboard page: in five seconds, whether customers are getting happier, and why.

The headline figures sit on top, the charts under them; every figure is counted in SQL by the
store (core/dashboard.py). Hovering a bar or point gives its exact numbers; clicking it opens
the inbox on exactly the items it counts (``open_items``).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core import dashboard
from ...core.records import Segment
from .. import display
from ..display import number, percent, signed
from ..problems import READ_ERRORS, WRITE_ERRORS, tell_write_problem
from ..widgets.labels import label
from ..widgets.pages import ReadWhenShown, scrolling
from .charts import ChartView
from .dates import day
from .panels import Panels, answers, tr

NARROW_BELOW = 900  # px of the page: narrower, the segment pickers take a line of their own
CARD_STYLE = """
QFrame#card { background: palette(base); border: 1px solid palette(midlight);
    border-radius: 8px; }
QLabel#figure { font-size: 24px; font-weight: 600; }
QLabel#better { color: #2f9e66; }
QLabel#worse { color: #d64545; }
"""
# (key, title, how the panel is made); titles are translated where they are shown.
CHARTS = (
    ("nps", QT_TRANSLATE_NOOP("dashboard", "Net Promoter Score"), lambda p: p.nps()),
    (
        "groups",
        QT_TRANSLATE_NOOP("dashboard", "Promoters, passives and detractors"),
        lambda p: p.groups(),
    ),
    (
        "sentiment",
        QT_TRANSLATE_NOOP("dashboard", "Positive, neutral and negative"),
        lambda p: p.sentiment(),
    ),
    ("replies", QT_TRANSLATE_NOOP("dashboard", "Answered"), lambda p: p.replies()),
    (
        "first_response",
        QT_TRANSLATE_NOOP("dashboard", "Time to first response"),
        lambda p: p.first_response(),
    ),
    ("channels", QT_TRANSLATE_NOOP("dashboard", "Feedback by channel"), lambda p: p.channels()),
    (
        "negative_tags",
        QT_TRANSLATE_NOOP("dashboard", "Top problems (tags on negative feedback)"),
        lambda p: p.tags("negative"),
    ),
    (
        "positive_tags",
        QT_TRANSLATE_NOOP("dashboard", "What customers praise (tags on positive feedback)"),
        lambda p: p.tags("positive"),
    ),
    ("stars", QT_TRANSLATE_NOOP("dashboard", "Average stars"), lambda p: p.stars()),
    ("star_counts", QT_TRANSLATE_NOOP("dashboard", "Stars given"), lambda p: p.star_counts()),
    (
        "estimate",
        QT_TRANSLATE_NOOP("dashboard", "NPS estimated from stars (not NPS)"),
        lambda p: p.estimate(),
    ),
)
FIRST_SCREEN = ("nps", "negative_tags")  # how we are doing, and what to fix; the rest on demand


class ChartCard(QFrame):
    """A chart with its title, a line of summary, and Save..."""

    def __init__(self, key: str, title: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("card")
        self.title = title
        heading = label(title, "sectionHeading")
        heading.setStyleSheet("margin-top: 0;")
        self.save_button = QPushButton(QCoreApplication.translate("dashboard", "Save..."))
        self.save_button.setToolTip(
            QCoreApplication.translate("dashboard", "Save this chart as a PNG or SVG picture")
        )
        self.save_button.setFlat(True)
        self.save_button.setObjectName(f"save-{key}")
        self.save_button.clicked.connect(self.save)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.save_button)
        self.summary = label()
        self.chart = ChartView()
        self.chart.setObjectName(f"chart-{key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)
        self.panel = None

    def show_panel(self, panel) -> None:
        self.panel = panel
        self.summary.setText(panel.summary)
        self.summary.setVisible(bool(panel.summary))
        show = self.chart.show_bars if panel.kind == "bars" else self.chart.show_lines
        show(panel.categories, panel.series, **panel.options)
        self.chart.set_tips(panel.tips)

    def save(self) -> None:
        name = self.title.split(" (")[0].lower().replace(",", "").replace(" ", "-")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("dashboard", "Save chart"),
            str(Path.home() / f"{name}.png"),
            QCoreApplication.translate("dashboard", "PNG picture (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".svg" if "svg" in chosen else ".png")
        try:
            self.chart.save(target)
        except WRITE_ERRORS as exc:
            tell_write_problem(
                self,
                QCoreApplication.translate("dashboard", "Save chart"),
                exc,
                QCoreApplication.translate("faults", "the chart was not saved"),
            )


class Figure(QFrame):
    """A headline figure: what it is, the number, and how it moved; ``clicked`` by the
    left button."""

    clicked = Signal()

    def __init__(self, key: str, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.key = key
        self.name = label(title)
        self.value = label("—", "figure")
        self.change = label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for widget in (self.name, self.value, self.change):
            layout.addWidget(widget)
        # As tall as the tallest beside it, so the row's cards line up.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def set_figure(self, value: str, change: str = "", better: bool | None = None) -> None:
        """Show the number and its change, green when ``better``, red when worse. The
        number never breaks over two lines."""
        self.value.setText(value.replace(" ", "\u00a0"))
        self.change.setText(change)
        self.change.setObjectName({True: "better", False: "worse"}.get(better, "muted"))
        self.change.style().unpolish(self.change)  # take the new name's colour
        self.change.style().polish(self.change)


class CustomDays(QDialog):
    """The first and last day of a custom period."""

    def __init__(self, start: date, end: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("dashboard", "Custom period"))
        self.first = self._edit(start)
        self.last = self._edit(end)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("dashboard", "From"), self.first)
        form.addRow(QCoreApplication.translate("dashboard", "To"), self.last)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.last.setMinimumDate(self.first.date())  # the last day can never be before the first
        self.first.dateChanged.connect(self.last.setMinimumDate)

    @staticmethod
    def _edit(value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def days(self) -> tuple[date, date]:
        return self.first.date().toPython(), self.last.date().toPython()


class DashboardPage(ReadWhenShown, QWidget):
    """``open_items(query, words)``: show these items in the inbox; ``open_followups``."""

    open_items = Signal(object, str)
    open_followups = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.today: date | None = None  # None: the real today at each refresh
        self.board: dashboard.Dashboard | None = None
        self.custom: tuple[date, date] | None = None  # the days of "Custom...", once chosen
        self._segment_values_read = False
        self.setStyleSheet(CARD_STYLE)

        self.period = QComboBox()
        for key, name in (
            ("3m", QCoreApplication.translate("dashboard", "Last 3 months")),
            ("6m", QCoreApplication.translate("dashboard", "Last 6 months")),
            ("12m", QCoreApplication.translate("dashboard", "Last 12 months")),
            ("year", QCoreApplication.translate("dashboard", "This year")),
            ("custom", QCoreApplication.translate("dashboard", "Custom...")),
        ):
            self.period.addItem(name, key)
        self.period.setCurrentIndex(2)
        self._chosen_period = 2
        self.grouping = QComboBox()
        for key, name in (
            ("week", QCoreApplication.translate("dashboard", "By week")),
            ("month", QCoreApplication.translate("dashboard", "By month")),
            ("quarter", QCoreApplication.translate("dashboard", "By quarter")),
        ):
            self.grouping.addItem(name, key)
        self.grouping.setCurrentIndex(1)
        self.channel = QComboBox()
        self.location = QComboBox()
        self.product = QComboBox()
        self.scale = QComboBox()
        self.scale.addItem(QCoreApplication.translate("dashboard", "Bars: counts"), False)
        self.scale.addItem(QCoreApplication.translate("dashboard", "Bars: shares"), True)
        self.scale.setToolTip(
            QCoreApplication.translate(
                "dashboard", "Show the stacked bars as counts or as shares of each period"
            )
        )
        for name, combo in (
            ("period", self.period),
            ("grouping", self.grouping),
            ("channel", self.channel),
            ("location", self.location),
            ("product", self.product),
            ("scale", self.scale),
        ):
            combo.setObjectName(f"dashboard-{name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.activated.connect(self._period_chosen)
        for combo in (self.grouping, self.channel, self.location, self.product):
            combo.activated.connect(lambda _i: self.refresh())
        # Counts or shares: the same figures drawn again, nothing read.
        self.scale.activated.connect(lambda _i: self._draw() if self.board else self.refresh())

        controls = QHBoxLayout()
        controls.addWidget(self.period)
        controls.addWidget(self.grouping)
        controls.addSpacing(12)
        # The channel, location and product pickers: beside the others on a wide window,
        # on a line of their own on a narrow one (_place_segments).
        self.segments_wide = QHBoxLayout()
        controls.addLayout(self.segments_wide)
        controls.addStretch(1)
        controls.addWidget(self.scale)
        self.segments_narrow = QHBoxLayout()
        self.segments_narrow.addStretch(1)
        self._place_segments(self.segments_wide)
        self.range = label()

        self.figures = {
            key: Figure(key, title)
            for key, title in (
                ("nps", QCoreApplication.translate("dashboard", "Net Promoter Score")),
                ("feedback", QCoreApplication.translate("dashboard", "Feedback")),
                ("negative", QCoreApplication.translate("dashboard", "Negative")),
                ("needs_reply", QCoreApplication.translate("dashboard", "Needs a reply")),
                ("followups", QCoreApplication.translate("dashboard", "Follow-ups open")),
                (
                    "first_response",
                    QCoreApplication.translate("dashboard", "First response (median)"),
                ),
            )
        }
        self.headline = headline = QGridLayout()
        headline.setSpacing(10)
        self._figure_columns = 6
        for n, figure in enumerate(self.figures.values()):
            headline.addWidget(figure, 0, n)
        self.figures["nps"].setToolTip(
            QCoreApplication.translate(
                "dashboard",
                "Net Promoter Score: the share of customers who would recommend you (9 or 10 "
                "out of 10) minus the share who would not (0 to 6), from −100 to +100. "
                "“Give or take” is how far chance alone could move it with this many answers.",
            )
        )
        self.figures["needs_reply"].setCursor(Qt.CursorShape.PointingHandCursor)
        self.figures["followups"].setCursor(Qt.CursorShape.PointingHandCursor)
        self.figures["needs_reply"].setToolTip(
            QCoreApplication.translate("dashboard", "Show them in the inbox")
        )
        self.figures["followups"].setToolTip(
            QCoreApplication.translate("dashboard", "Open the Follow-ups page")
        )
        self.figures["needs_reply"].clicked.connect(self._open_needs_reply)
        self.figures["followups"].clicked.connect(self.open_followups)

        self.cards = {key: ChartCard(key, tr(title)) for key, title, _ in CHARTS}
        for card in self.cards.values():
            card.chart.picked.connect(lambda index, key, card=card: self._picked(card, index, key))
        # The first screen: NPS over time beside the top problems. The other charts wait
        # under "More charts", so the page opens on what the owner needs, not six screens.
        self.first = first = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        first.setSpacing(10)
        first.addWidget(self.cards["nps"], 3)
        first.addWidget(self.cards["negative_tags"], 2)
        for key in FIRST_SCREEN:
            self.cards[key].setMinimumHeight(320)
        self.more = QPushButton()
        self.more.setObjectName("dashboard-more")
        self.more.setCheckable(True)
        self.more.setFlat(True)
        self.more.toggled.connect(self._show_more)
        self.more_charts = QWidget()
        self.grid = grid = QGridLayout(self.more_charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.rest = [key for key, *_ in CHARTS if key not in FIRST_SCREEN]
        self._lay_out(set())
        self._show_more(False)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 16)
        title = label(QCoreApplication.translate("dashboard", "Dashboard"), "emptyTitle")
        column.addWidget(title)
        column.addLayout(controls)
        column.addLayout(self.segments_narrow)
        column.addWidget(self.range)
        column.addLayout(headline)
        self.empty = label(
            QCoreApplication.translate(
                "dashboard",
                "No feedback in this period yet. Paste or import feedback (or load the demo "
                "from the File menu) and the figures appear here.",
            )
        )
        column.addWidget(self.empty)
        self.problem = label("", "problem")
        self.problem.hide()
        column.addWidget(self.problem)
        column.addLayout(first)
        column.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.more_charts)
        column.addStretch(1)
        scrolling(self, body)

    # Reading -------------------------------------------------------------------------------------
    def mark_stale(self) -> None:
        self._segment_values_read = False  # a new channel, location or product may be there
        super().mark_stale()

    def segment(self) -> Segment:
        return Segment(
            self.channel.currentData() or "",
            self.location.currentData() or "",
            self.product.currentData() or "",
        )

    def _fill_segments(self) -> None:
        """The channels, locations and products found in the feedback; a location or product
        picker shows only where there are several."""
        if self._segment_values_read:
            return
        self._segment_values_read = True
        for combo, column, everything in (
            (self.channel, "channel", QCoreApplication.translate("dashboard", "All channels")),
            (self.location, "location", QCoreApplication.translate("dashboard", "All locations")),
            (self.product, "product", QCoreApplication.translate("dashboard", "All products")),
        ):
            chosen = combo.currentData() or ""
            values = self.store.filter_values(column)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(display.channel_name(value) if column == "channel" else value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
            combo.setVisible(len(values) > 1 or bool(chosen))

    def refresh(self) -> None:
        """Count everything again and draw it. A database that cannot be read now (locked
        by another program, a broken file) is said in plain words, and read again next time."""
        today = self.today or date.today()
        choice = self.period.currentData()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # ten years take a moment
        try:
            self._fill_segments()
            board = dashboard.build(
                self.store,
                choice,
                self.grouping.currentData(),
                today,
                self.segment(),
                self.custom if choice == "custom" else None,
            )
        except READ_ERRORS as exc:
            self._cannot_read(exc)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._stale = False
        self.problem.hide()
        self.board = board
        self._draw()

    def _draw(self) -> None:
        """Show the figures read last (``board``), as counts or shares."""
        board = self.board
        self.range.setText(
            QCoreApplication.translate("dashboard", "{0} to {1}, compared with {2} to {3}").format(
                day(board.start), day(board.end), day(board.before_start), day(board.before_end)
            )
        )
        self._show_headline(board)
        self.empty.setVisible(board.total.feedback == 0)
        panels = Panels(board, shares=bool(self.scale.currentData()))
        for key, _, make in CHARTS:
            self.cards[key].show_panel(make(panels))
        stars = board.total.rated > 0 or board.total.feedback == 0
        self._lay_out({"stars", "star_counts", "estimate"} if not stars else set())

    def _cannot_read(self, exc: BaseException) -> None:
        self._stale = True
        self._segment_values_read = False
        self.problem.setText(
            QCoreApplication.translate(
                "dashboard",
                "Feedback Desk could not read the figures just now ({0}). Nothing was changed; "
                "they are read again when you come back to this page or change a choice.",
            ).format(exc)
        )
        self.problem.show()

    def _show_more(self, shown: bool) -> None:
        """Open or close the other charts; the button says how many wait there."""
        count = sum(1 for key in self.rest if not self.cards[key].isHidden())
        self.more.setText(
            QCoreApplication.translate("dashboard", "▾ Fewer charts")
            if shown
            else QCoreApplication.translate("dashboard", "▸ More charts ({0})").format(count)
        )
        self.more_charts.setVisible(shown)

    def _lay_out(self, hidden: set[str]) -> None:
        """The other charts two by two, those not shown leaving no hole."""
        for key in self.rest:
            self.grid.removeWidget(self.cards[key])
        shown = [key for key in self.rest if key not in hidden]
        for n, key in enumerate(shown):
            self.grid.addWidget(self.cards[key], 1 + n // 2, n % 2)
            self.cards[key].show()
        for key in hidden:
            self.cards[key].hide()
        for row in range(1, 2 + len(self.rest) // 2):
            self.grid.setRowMinimumHeight(row, 300 if row <= (len(shown) + 1) // 2 else 0)
        if hasattr(self, "more"):
            self._show_more(self.more.isChecked())

    def _place_segments(self, row: QHBoxLayout) -> None:
        """Put the channel, location and product pickers in ``row``, in that order."""
        if row.indexOf(self.channel) >= 0:
            return
        other = self.segments_narrow if row is self.segments_wide else self.segments_wide
        for at, combo in enumerate((self.channel, self.location, self.product)):
            other.removeWidget(combo)
            row.insertWidget(at, combo)

    def resizeEvent(self, event) -> None:
        """Six figures in a row on a wide window, three and three on a narrow one; the
        segment pickers on their own line when the controls would not fit on one."""
        super().resizeEvent(event)
        wide = event.size().width() >= NARROW_BELOW
        self._place_segments(self.segments_wide if wide else self.segments_narrow)
        self.first.setDirection(  # on a narrow window the top problems go under NPS
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        columns = 6 if event.size().width() >= 1100 else 3
        if columns != self._figure_columns:
            self._figure_columns = columns
            for n, figure in enumerate(self.figures.values()):
                self.headline.addWidget(figure, n // columns, n % columns)

    def _show_headline(self, board: dashboard.Dashboard) -> None:
        total, before = board.total, board.before
        nps = total.nps
        if nps.score is None:
            self.figures["nps"].set_figure(
                "—", QCoreApplication.translate("dashboard", "No 0-10 answers yet")
            )
        else:
            change = board.nps_change
            words = QCoreApplication.translate("dashboard", "give or take {0}, from {1}").format(
                number(nps.margin95), answers(nps.responses)
            )
            if change is not None:
                words += "\n" + QCoreApplication.translate(
                    "dashboard", "{0} against before"
                ).format(signed(change))
            self.figures["nps"].set_figure(
                signed(nps.score), words, change > 0 if board.nps_change_is_clear else None
            )
        self.figures["feedback"].set_figure(
            number(total.feedback),
            QCoreApplication.translate("dashboard", "{0} before").format(number(before.feedback))
            if before.feedback
            else QCoreApplication.translate("dashboard", "none before"),
        )
        share, was = total.share_negative, before.share_negative
        points = None if share is None or was is None else (share - was) * 100
        self.figures["negative"].set_figure(
            percent(share),
            QCoreApplication.translate("dashboard", "{0} points against before").format(
                signed(points)
            )
            if points is not None
            else QCoreApplication.translate("dashboard", "of those with a sentiment"),
            None if points is None or abs(points) < 1 else points < 0,
        )
        self.figures["needs_reply"].set_figure(
            number(total.needs_reply), QCoreApplication.translate("dashboard", "not answered yet")
        )
        followups = board.followups
        self.figures["followups"].set_figure(
            number(followups["open"]),
            QCoreApplication.translate("dashboard", "{0} overdue").format(
                number(followups["overdue"])
            ),
            False if followups["overdue"] else None,
        )
        response = board.response
        self.figures["first_response"].set_figure(
            display.duration(response.median_hours),
            QCoreApplication.translate("dashboard", "{0} within 24 hours").format(
                percent(response.share_within_24h)
            )
            if response.median_hours is not None
            else "",
        )

    # Controls ----------------------------------------------------------------------------------
    def _period_chosen(self, index: int) -> None:
        if self.period.itemData(index) == "custom":
            today = self.today or date.today()
            dialog = CustomDays(*(self.custom or (today - timedelta(days=29), today)), self)
            if not dialog.exec():
                self.period.setCurrentIndex(self._chosen_period)
                return
            self.custom = dialog.days()
        self._chosen_period = index
        self.refresh()

    def choose(self, **values) -> None:
        """Set controls by their data (period, grouping, channel, location, product, scale)
        and refresh: for tests and for the report's links."""
        for name, value in values.items():
            if name == "custom":
                self.custom = value
                continue
            combo = getattr(self, name)
            if combo.findData(value) < 0:
                raise ValueError(f"no {value!r} among the dashboard's {name} choices")
            combo.setCurrentIndex(combo.findData(value))
        self._chosen_period = self.period.currentIndex()
        self.refresh()

    # Opening the items -------------------------------------------------------------------------
    def _picked(self, card: ChartCard, index: int, key: str) -> None:
        found = card.panel.items(index, key) if card.panel else None
        if found:
            self.open_items.emit(*found)

    def _open_needs_reply(self) -> None:
        if self.board:
            query = self.board.query(statuses=("new", "needs_reply"))
            self.open_items.emit(
                query, QCoreApplication.translate("dashboard", "Feedback that needs a reply")
            )
