"""The inbox's filters: a Filter menu that adds them, and chips that show and remove them.

The bar holds the filter part of an InboxQuery, never the search text (the page keeps the
search box and merges the two). Choosing a saved view shows that view's filters here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.records import CHANNELS, NPS_GROUPS, SENTIMENTS, STATUSES, InboxQuery
from .. import display
from .chips import ChipBar

RATINGS = (5, 4, 3, 2, 1)
LONGEST_CHIP = 44  # characters; the rest is in the chip's tooltip
SLIM_SCROLLBAR = """
QScrollBar:horizontal { height: 5px; background: transparent; margin: 0; }
QScrollBar::handle:horizontal { background: palette(mid); border-radius: 2px; min-width: 24px; }
QScrollBar::add-line:horizontal, QScrollBar::sub-line:horizontal { width: 0; }
QScrollBar::add-page:horizontal, QScrollBar::sub-page:horizontal { background: none; }
"""
# What removing a chip puts back to how an empty query has it.
CHIP_FIELDS = {
    "channels": ("channels",),
    "sentiments": ("sentiments",),
    "ratings": ("ratings",),
    "nps_group": ("nps_group",),
    "statuses": ("statuses",),
    "tags": ("tags", "tags_mode"),
    "dates": ("date_from", "date_to"),
    "location": ("location",),
    "product": ("product",),
    "assignee": ("assignee",),
    "mixed": ("mixed",),
    "replied": ("replied",),
    "spam": ("spam",),
    "trash": ("trash",),
    "batch_id": ("batch_id",),
}


def filter_part(query: InboxQuery) -> InboxQuery:
    """The query without its search text, the older one-value fields folded into their
    tuples (so a view saved by the command line shows the same chips)."""

    def merged(many: tuple, one: str) -> tuple:
        return tuple(many) + ((one,) if one and one not in many else ())

    return replace(
        query,
        search="",
        channel="",
        sentiment="",
        status="",
        channels=merged(query.channels, query.channel),
        sentiments=merged(query.sentiments, query.sentiment),
        statuses=merged(query.statuses, query.status),
    )


def swatch(color: str, ticked: bool = False) -> QIcon:
    """The tag's colour; ticked, with a white check on it (a menu's own check mark is hard
    to see next to an icon)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    if ticked:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawPolyline([QPointF(3, 7.5), QPointF(6, 10.5), QPointF(11, 3.5)])
        painter.end()
    return QIcon(pixmap)


class StayOpenMenu(QMenu):
    """Ticking one of several values leaves the menu open, so the owner can tick another."""

    def mouseReleaseEvent(self, event) -> None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.property("stay"):
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class ChipScroll(QScrollArea):
    """Scrolls the chips sideways when they do not fit. QScrollArea keeps the first size hint
    of its widget; the chips change, so ask them each time."""

    def sizeHint(self) -> QSize:
        widget = self.widget()
        return widget.sizeHint() if widget is not None else super().sizeHint()


class DateRangeDialog(QDialog):
    """Two days, both included."""

    def __init__(self, start: date, end: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Date range"))
        self.start = self._date_edit(start)
        self.end = self._date_edit(end)
        presets = QHBoxLayout()
        today = date.today()
        first = today.replace(day=1)
        last_month_end = first - timedelta(days=1)
        for label, begin, finish in (
            (self.tr("Last 7 days"), today - timedelta(days=6), today),
            (self.tr("Last 30 days"), today - timedelta(days=29), today),
            (self.tr("This month"), first, today),
            (self.tr("Last month"), last_month_end.replace(day=1), last_month_end),
        ):
            button = QPushButton(label)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, b=begin, f=finish: self._set(b, f))
            presets.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To (included)"), self.end)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Filter"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(presets)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @staticmethod
    def _date_edit(day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        return edit

    def _set(self, start: date, end: date) -> None:
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))

    def days(self) -> tuple[str, str]:
        """The range as ISO days, earliest first (a reversed range is turned round)."""
        start, end = sorted((self.start.date().toPython(), self.end.date().toPython()))
        return start.isoformat(), end.isoformat()


class FilterBar(QWidget):
    """``changed`` carries the new filter query after the owner adds or removes a filter."""

    changed = Signal(object)
    save_requested = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._query = InboxQuery()
        self._tag_names: dict[int, str] = {}
        self.menu = QMenu(self)
        self.menu.setToolTipsVisible(True)
        self._make_menu()
        self.filter_button = QPushButton(self.tr("Filter"))
        self.filter_button.setToolTip(self.tr("Show only some of the feedback"))
        self.filter_button.setMenu(self.menu)
        self.chips = ChipBar()
        self.chips.removed.connect(self.remove)
        # Many chips scroll sideways instead of widening the window.
        self.scroll = ChipScroll()
        self.scroll.setWidget(self.chips)
        self.scroll.setWidgetResizable(True)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.viewport().setAutoFillBackground(False)
        self.scroll.setStyleSheet(SLIM_SCROLLBAR)
        self.chips.setAutoFillBackground(False)
        # The chip row changes size after the old chips are deleted (later, by Qt).
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_chips)
        self.chips.installEventFilter(self)
        self.clear_button = QPushButton(self.tr("Clear all"))
        self.clear_button.setFlat(True)
        self.clear_button.setToolTip(self.tr("Remove every filter"))
        self.clear_button.clicked.connect(self.clear)
        self.save_button = QPushButton(self.tr("Save view..."))
        self.save_button.setFlat(True)
        self.save_button.setToolTip(self.tr("Keep these filters as a view in the sidebar"))
        self.save_button.clicked.connect(self.save_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_button)
        layout.addWidget(self.scroll)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.save_button)
        layout.addStretch(1)  # Clear all and Save view stay beside the chips
        self._show_chips()

    # The query --------------------------------------------------------------------------------
    def query(self) -> InboxQuery:
        """The filters now, as a query without search text."""
        return self._query

    def set_query(self, query: InboxQuery) -> None:
        """Show a query's filters (a saved view's); ``changed`` is not emitted."""
        self._query = filter_part(query)
        self._show_chips()

    def remove(self, key: str) -> None:
        """Take off the filter a chip shows."""
        empty = InboxQuery()
        self._set(replace(self._query, **{f: getattr(empty, f) for f in CHIP_FIELDS[key]}))

    def clear(self) -> None:
        self._set(InboxQuery())

    def _set(self, query: InboxQuery) -> None:
        if query != self._query:
            self._query = query
            self._show_chips()
            self.changed.emit(query)

    def _toggle(self, field: str, value, on: bool, order) -> None:
        chosen = set(getattr(self._query, field))
        chosen = chosen | {value} if on else chosen - {value}
        ordered = [v for v in order if v in chosen] + sorted(chosen - set(order), key=str)
        self._set(replace(self._query, **{field: tuple(ordered)}))

    def _choose(self, field: str, value, on: bool) -> None:
        self._set(replace(self._query, **{field: value if on else getattr(InboxQuery(), field)}))

    # The menu ---------------------------------------------------------------------------------
    def _make_menu(self) -> None:
        """The Filter menu. Each submenu is filled as it opens, with the values in the
        database then (a million items cost one index scan, and only for the menu opened)."""
        q = self._query
        self._submenu(
            self.tr("Channel"),
            lambda m: self._several(
                m,
                "channels",
                list(dict.fromkeys([*CHANNELS, *self._values("channel"), *self._query.channels])),
                display.channel_name,
            ),
        )
        self._submenu(
            self.tr("Sentiment"),
            lambda m: self._several(m, "sentiments", SENTIMENTS, display.sentiment_name),
        )
        self._submenu(
            self.tr("Stars"),
            lambda m: self._several(m, "ratings", RATINGS, self._stars, order=(1, 2, 3, 4, 5)),
        )
        self._submenu(
            self.tr("NPS group"),
            lambda m: self._one_of(m, "nps_group", NPS_GROUPS, self._nps_name, self._nps_tip),
        )
        self.menu.addSeparator()
        self._submenu(
            self.tr("Status"),
            lambda m: self._several(m, "statuses", STATUSES, display.status_name),
        )
        self._submenu(self.tr("Tags"), self._fill_tags)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Date range..."), self._choose_dates)
        for title, field in (
            (self.tr("Location"), "location"),
            (self.tr("Product"), "product"),
            (self.tr("Assignee"), "assignee"),
        ):
            self._submenu(title, lambda m, f=field: self._one_of(m, f, self._values(f), str))
        self.menu.addSeparator()
        self.mixed = self.menu.addAction(self.tr("Mixed signals"))
        self.mixed.setCheckable(True)
        self.mixed.setChecked(q.mixed is True)
        self.mixed.setToolTip(self.tr("Items whose words and score disagree (5 stars, angry text)"))
        self.mixed.toggled.connect(lambda on: self._choose("mixed", True, on))
        self.menu.aboutToShow.connect(self._show_mixed)

    def _show_mixed(self) -> None:
        self.mixed.blockSignals(True)
        self.mixed.setChecked(self._query.mixed is True)
        self.mixed.blockSignals(False)

    def _submenu(self, title: str, fill) -> QMenu:
        submenu = StayOpenMenu(title, self.menu)
        submenu.setToolTipsVisible(True)
        submenu.aboutToShow.connect(lambda: (submenu.clear(), fill(submenu)))
        self.menu.addMenu(submenu)
        return submenu

    def _several(self, menu: QMenu, field: str, values, name, order=None) -> None:
        """Values of which any number can be ticked (channel, stars...)."""
        chosen = getattr(self._query, field)
        for value in values:
            action = menu.addAction(name(value))
            action.setCheckable(True)
            action.setChecked(value in chosen)
            action.setProperty("stay", True)
            action.toggled.connect(
                lambda on, v=value: self._toggle(field, v, on, tuple(order or values))
            )

    def _one_of(self, menu: QMenu, field: str, values, name, tips=None) -> None:
        """Values of which one at most applies (location, NPS group...)."""
        current = getattr(self._query, field)
        values = list(values)
        if current and current not in values:
            values.append(current)
        if not values:
            menu.addAction(self.tr("None recorded yet")).setEnabled(False)
        for value in values:
            action = menu.addAction(name(value))
            action.setCheckable(True)
            action.setChecked(current == value)
            if tips:
                action.setToolTip(tips(value))
            action.toggled.connect(lambda on, v=value: self._choose(field, v, on))

    def _fill_tags(self, submenu: QMenu) -> None:
        tags = self.store.tags()
        self._tag_names = {t.id: t.name for t in tags}
        counts = {t.id: t.count for t in tags}
        self._several(
            submenu,
            "tags",
            list(counts),
            lambda i: self.tr("{0} ({1})").format(
                self._tag_names[i], QLocale().toString(counts[i])
            ),
        )
        for action, tag in zip(submenu.actions(), tags, strict=True):
            action.setIcon(swatch(tag.color, action.isChecked()))
            action.toggled.connect(lambda on, a=action, c=tag.color: a.setIcon(swatch(c, on)))
        if not tags:
            submenu.addAction(self.tr("No tags yet")).setEnabled(False)
            return
        submenu.addSeparator()
        every = submenu.addAction(self.tr("Must have all chosen tags"))
        every.setCheckable(True)
        every.setChecked(self._query.tags_mode == "all")
        every.setProperty("stay", True)
        every.setToolTip(
            self.tr("Off: items with any of the chosen tags. On: only items with every one.")
        )
        every.toggled.connect(
            lambda on: self._set(replace(self._query, tags_mode="all" if on else "any"))
        )

    def _values(self, field: str) -> list[str]:
        """The values of a column found in the database, for the Location, Product and
        Assignee menus (and channels beyond the usual ones)."""
        values = self.store.filter_values(field)
        if field == "assignee":
            values = [*dict.fromkeys([*self.store.team(), *values])]
        return list(values)

    def _choose_dates(self) -> None:
        q = self._query
        today = date.today()
        start = date.fromisoformat(q.date_from[:10]) if q.date_from else today - timedelta(29)
        end = date.fromisoformat(q.date_to[:10]) if q.date_to else today
        dialog = DateRangeDialog(start, end, self)
        if dialog.exec():
            start_day, end_day = dialog.days()
            self._set(replace(q, date_from=start_day, date_to=end_day))

    # Names ------------------------------------------------------------------------------------
    def _stars(self, rating: int) -> str:
        stars = "★" * rating + "☆" * (5 - rating)
        return (self.tr("{0}  1 star") if rating == 1 else self.tr("{0}  {1} stars")).format(
            stars, rating
        )

    def _nps_name(self, group: str) -> str:
        return {
            "promoter": self.tr("Promoters (9-10)"),
            "passive": self.tr("Passives (7-8)"),
            "detractor": self.tr("Detractors (0-6)"),
            "answered": self.tr("answered 0-10"),
        }[group]

    def _nps_tip(self, group: str) -> str:
        return {
            "promoter": self.tr(
                "Answered 9 or 10 to “How likely are you to recommend us?”: your fans."
            ),
            "passive": self.tr("Answered 7 or 8: satisfied, but would not go out of their way."),
            "detractor": self.tr("Answered 0 to 6: unhappy, and may say so to others."),
        }[group]

    def _day(self, iso: str) -> str:
        day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
        same_year = day.year() == QDate.currentDate().year()
        return QLocale().toString(day, self.tr("MMM d") if same_year else self.tr("MMM d, yyyy"))

    def _dates(self, start: str, end: str) -> str:
        if start and end:
            if start[:10] == end[:10]:
                return self._day(start)
            return self.tr("{0} – {1}").format(self._day(start), self._day(end))
        if start:
            return self.tr("From {0}").format(self._day(start))
        return self.tr("Until {0}").format(self._day(end))

    def _tag_name(self, tag_id: int) -> str:
        if tag_id not in self._tag_names:
            self._tag_names = {t.id: t.name for t in self.store.tags(counted=False)}
        return self._tag_names.get(tag_id, self.tr("(deleted tag)"))

    def chip_labels(self) -> list[tuple[str, str]]:
        """(key, label) of each filter in force, in the menu's order."""
        q = self._query
        chips: list[tuple[str, str]] = []

        def add(key: str, label: str, values=None, name=str) -> None:
            if values is not None:
                label = label.format(", ".join(name(v) for v in values))
            chips.append((key, label))

        if q.channels:
            add("channels", self.tr("Channel: {0}"), q.channels, display.channel_name)
        if q.sentiments:
            add("sentiments", self.tr("Sentiment: {0}"), q.sentiments, display.sentiment_name)
        if q.ratings:
            add("ratings", self.tr("Stars: {0}"), sorted(q.ratings))
        if q.nps_group:
            add("nps_group", self.tr("NPS: {0}").format(self._nps_name(q.nps_group)))
        if q.statuses:
            add("statuses", self.tr("Status: {0}"), q.statuses, display.status_name)
        if q.tags:
            if len(q.tags) == 1:
                label = self.tr("Tag: {0}")
            elif q.tags_mode == "all":
                label = self.tr("Tags (all): {0}")
            else:
                label = self.tr("Tags (any): {0}")
            add("tags", label, q.tags, self._tag_name)
        if q.date_from or q.date_to:
            add("dates", self._dates(q.date_from, q.date_to))
        for field, label in (
            ("location", self.tr("Location: {0}")),
            ("product", self.tr("Product: {0}")),
            ("assignee", self.tr("Assignee: {0}")),
        ):
            if getattr(q, field):
                add(field, label.format(getattr(q, field)))
        if q.mixed is not None:
            add("mixed", self.tr("Mixed signals") if q.mixed else self.tr("No mixed signals"))
        if q.replied is not None:
            add("replied", self.tr("Replied") if q.replied else self.tr("Not replied yet"))
        if q.spam != "exclude":
            add("spam", self.tr("Spam only") if q.spam == "only" else self.tr("Spam included"))
        if q.trash:
            add("trash", self.tr("In the trash"))
        if q.batch_id is not None:
            add("batch_id", self.tr("From import {0}").format(q.batch_id))
        return chips

    def _show_chips(self) -> None:
        chips = self.chip_labels()
        short = [
            (key, label if len(label) <= LONGEST_CHIP else label[: LONGEST_CHIP - 1] + "…")
            for key, label in chips
        ]
        self.chips.set_chips(short)
        for key, label in chips:
            self.chips.chips[key].setToolTip(
                self.tr("{0}\nClick to remove this filter").format(label)
            )
        self.scroll.setVisible(bool(chips))
        self._fit_chips()
        self.filter_button.setText(
            self.tr("Filter ({0})").format(len(chips)) if chips else self.tr("Filter")
        )
        self.clear_button.setVisible(len(chips) > 1)
        self.save_button.setVisible(bool(chips))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.chips and event.type() == QEvent.Type.LayoutRequest:
            self._fit_timer.start()
        return False

    def _fit_chips(self) -> None:
        if not shiboken6.isValid(self.scroll):  # the bar is being torn down
            return
        self.scroll.updateGeometry()
        # Room for the sideways scrollbar only when the chips do not fit.
        height = self.chips.sizeHint().height()
        if self.chips.sizeHint().width() > self.scroll.width():
            height += self.scroll.horizontalScrollBar().sizeHint().height() + 2
        self.scroll.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_chips()
