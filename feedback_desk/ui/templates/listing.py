"""How the Templates page lists templates: what each suits in words, the row that shows it,
and which real review to preview a template with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...core.records import Feedback
from ...core.templates import SPAM_LABEL, ResponseTemplate, suits
from .. import display

DETAIL = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplatesPage", text)


def suit_names() -> dict[str, tuple[str, str]]:
    """Label -> (what its tick box says, the short name the list shows)."""
    return {
        "positive": (_tr("Positive"), _tr("Positive")),
        "neutral": (_tr("Neutral"), _tr("Neutral")),
        "negative": (_tr("Negative"), _tr("Negative")),
        "detractor": (_tr("Detractor (0-6)"), _tr("Detractor")),
        "passive": (_tr("Passive (7-8)"), _tr("Passive")),
        "promoter": (_tr("Promoter (9-10)"), _tr("Promoter")),
        SPAM_LABEL: (_tr("Suspected fake review"), _tr("Fake review")),
    }


def placeholder_names() -> dict[str, str]:
    return {
        "first_name": _tr("Customer's first name"),
        "customer_name": _tr("Customer's full name"),
        "business_name": _tr("Your business name"),
        "owner_name": _tr("Your name"),
        "channel": _tr("Where they wrote (Google, Yelp...)"),
        "product": _tr("What they bought"),
        "location": _tr("Which of your shops"),
        "date": _tr("When they wrote"),
    }


def short_line(text: str, length: int) -> str:
    """``text`` on one line, shortened at a word to about ``length`` characters."""
    words = " ".join(text.split())
    if len(words) <= length:
        return words
    return words[:length].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def detail_text(template: ResponseTemplate) -> str:
    """ "Negative · Speed · used 12 times": what the list says under a template's name."""
    names = suit_names()
    suits = [names.get(s, (s, s))[1] for s in template.sentiments]
    parts = [", ".join(suits) or _tr("Any feedback")]
    if template.tags:
        parts.append(", ".join(template.tags))
    if template.uses:
        parts.append(display.count(template.uses, "used once", "used {n} times"))
    else:
        parts.append(_tr("not used yet"))
    return " · ".join(parts)


def best_preview(template: ResponseTemplate, items: list[Feedback]) -> int:
    """The index of the newest item the template suits best: one it suits that shares a tag,
    else one it suits, else the newest of all."""
    tags = {t.casefold() for t in template.tags}
    suited = [i for i, item in enumerate(items) if suits(template, item)]
    sharing = [i for i in suited if tags & {t.casefold() for t in items[i].tags}]
    return (sharing or suited or [0])[0]


class TemplateRowDelegate(QStyledItemDelegate):
    """A template's name, and under it in smaller, muted words what it suits and its uses."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(10, 6, -10, -6)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(
            opt.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        metrics = painter.fontMetrics()
        name = metrics.elidedText(index.data(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.left(), rect.top() + metrics.ascent(), name)
        top = rect.top() + metrics.height() + 2
        painter.setFont(self._small(opt.font))
        muted = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(opt.palette.color(muted))
        metrics = painter.fontMetrics()
        # Elided in the middle, so the use count at the end stays in sight.
        detail = metrics.elidedText(
            index.data(DETAIL) or "", Qt.TextElideMode.ElideMiddle, rect.width()
        )
        painter.drawText(rect.left(), top + metrics.ascent(), detail)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(200, option.fontMetrics.height() * 2 + 16)

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        if font.pointSizeF() > 0:
            small.setPointSizeF(font.pointSizeF() * 0.9)
        else:
            small.setPixelSize(max(9, round(font.pixelSize() * 0.9)))
        return small
