"""The inbox as a thin table model over pages fetched from the store.

Only the pages on screen are ever loaded: a million items cost a count and a page, and
sorting and filtering happen in SQL, not in a proxy model. The count the owner waits for goes
no further than COUNT_CAP ("10,000+"); the exact count is made on a thread and the list grows
to it when it arrives (``counted``), unless the owner has searched again in the meantime.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ...core.records import WAITING, InboxQuery, InboxRow
from ...core.store import Store
from .. import display
from ..colours import HUES, colour
from ..tasks import Task

PAGE_SIZE = 200
PAGES_KEPT = 20
# How long the window waits for a count up to the cap (seconds). A rare combination of filters
# can take longer to count even that far: the first page then says how many there are at least.
COUNT_WITHIN = 0.02

DATE, CHANNEL, AUTHOR, SCORE, SENTIMENT, STATUS, RESPONSE, TAGS, TEXT = range(9)
LATE_AFTER_HOURS = 24


def _dot(color: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class InboxModel(QAbstractTableModel):
    counted = Signal(int)  # the exact count arrived; carries the row count before it

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.query = InboxQuery()
        self._count = 0
        self.total: int | None = 0  # how many the query lists, once known exactly
        self._generation = 0  # of the query counted: a count for an older one is dropped
        self._tasks: list[Task] = []  # exact counts under way, kept until their thread ends
        self._pages: OrderedDict[int, list[InboxRow]] = OrderedDict()
        self._dots: dict[tuple[str, int], QIcon] = {}
        self._headers = (
            self.tr("Date"),
            self.tr("Channel"),
            self.tr("Customer"),
            self.tr("Score"),
            self.tr("Sentiment"),
            self.tr("Status"),
            self.tr("Answer"),
            self.tr("Tags"),
            self.tr("Feedback"),
        )

    def refresh(self, query: InboxQuery | None = None) -> None:
        """Count again and forget the loaded pages (after a change or a new search): up to
        the cap at once, exactly on a thread when there are more."""
        self.beginResetModel()
        if query is not None:
            self.query = query
        self._pages.clear()
        self._generation += 1
        for task in self._tasks:
            task.cancel()  # its count is of an older query or older data
        found = self.store.inbox_count_capped(self.query, within=COUNT_WITHIN)
        if found is None:
            page = self._pages[0] = self.store.inbox_page(0, PAGE_SIZE, self.query)
            found = (len(page), len(page) < PAGE_SIZE)
        self._count, exact = found
        self.total = self._count if exact else None
        if not exact:  # the first page before the count starts on its thread: it shows first
            self.row_at(0)
        self.endResetModel()
        if not exact:
            self._count_exactly()

    def _count_exactly(self) -> None:
        generation, query, path = self._generation, self.query, self.store.location

        def count(_progress, cancelled):
            with Store.reading(path) as reader:  # a connection of its own, only reading
                return generation, reader.inbox_count(query, stop=cancelled)

        # A failure is logged by the task; the list keeps the count to the cap.
        task = Task(count, what="counting the inbox", parent=self)
        for old in (t for t in self._tasks if t.finished_running()):
            old.deleteLater()
        self._tasks = [t for t in self._tasks if not t.finished_running()] + [task]
        task.done.connect(self._counted)
        task.start()

    def _counted(self, result: tuple[int, int | None]) -> None:
        generation, total = result
        if generation != self._generation or total is None:
            return  # the owner has searched again (or changed something) since
        before = self._count
        if total > before:
            self.beginInsertRows(QModelIndex(), before, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < before:
            self.beginRemoveRows(QModelIndex(), total, before - 1)
            self._count = total
            self.endRemoveRows()
        self.total = total
        self.counted.emit(before)

    def counting(self) -> bool:
        """Whether an exact count is still under way."""
        return any(task.running() for task in self._tasks)

    def shutdown(self) -> None:
        """Call off counts under way and wait for their threads (before the window closes)."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            task.wait()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def row_at(self, row: int) -> InboxRow | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self.store.inbox_page(
                number * PAGE_SIZE,
                PAGE_SIZE,
                self.query,
                total=self._count,
                exact=self.total is not None,
            )
            self._pages[number] = page
            if len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> int | None:
        item = self.row_at(row)
        return item.id if item else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        item = self.row_at(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == SENTIMENT:
            return self._dot(item.sentiment)
        if role == Qt.ItemDataRole.ToolTipRole and column == SENTIMENT and item.mixed:
            return self.tr("Mixed signals: the words and the score disagree")
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return item.preview
        if column == RESPONSE and role in (
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return self._response_detail(item, role)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and item.is_spam:
            return colour("spam")  # spam stays visible but steps back
        return None

    def _text(self, item: InboxRow, column: int) -> str:
        if column == DATE:
            return display.date_text(item.received_at)
        if column == CHANNEL:
            return display.channel_name(item.channel)
        if column == AUTHOR:
            return item.author
        if column == SCORE:
            return display.score_text(item.rating, item.nps_score)
        if column == SENTIMENT:
            name = display.sentiment_name(item.sentiment)
            return f"{name} ⚠" if item.mixed else name
        if column == STATUS:
            return display.status_name(item.status)
        if column == RESPONSE:
            return self._response_text(item)
        if column == TAGS:
            return ", ".join(item.tags)
        text = f"{item.title} — {item.preview}" if item.title else item.preview
        return " ".join(text.split())

    @staticmethod
    def _waiting_hours(item: InboxRow) -> float | None:
        if item.first_reply_at or item.status not in WAITING or item.is_spam:
            return None
        return display.hours_since(item.received_at)

    def _response_text(self, item: InboxRow) -> str:
        """How long an unanswered item has waited, or how fast it was answered (✓)."""
        if item.first_reply_at:
            hours = display.hours_since(item.received_at, item.first_reply_at)
            return "✓ " + display.age_short(hours) if hours is not None else "✓"
        waiting = self._waiting_hours(item)
        return display.age_short(waiting) if waiting is not None else ""

    def _response_detail(self, item: InboxRow, role):
        waiting = self._waiting_hours(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            if waiting is not None and waiting >= LATE_AFTER_HOURS:
                return colour("late")  # a day without an answer: it stands out
            return colour("answered") if item.first_reply_at else None
        if item.first_reply_at:
            hours = display.hours_since(item.received_at, item.first_reply_at)
            if hours is not None:
                return self.tr("Answered {0} after it arrived").format(display.duration(hours))
        if waiting is not None:
            return self.tr("Waiting for an answer for {0}").format(display.duration(waiting))
        return None

    def _dot(self, sentiment: str) -> QIcon:
        shade = colour(sentiment if sentiment in HUES else "unscored")
        key = (sentiment, shade.rgba())  # a new dot when the palette turns light or dark
        if key not in self._dots:
            self._dots[key] = _dot(shade)
        return self._dots[key]
