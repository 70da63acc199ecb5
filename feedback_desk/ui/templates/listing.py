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


def suit_names() -> dict[str, tuple[str, str]]:
    """Label -> (what its tick box says, the short name the list shows)."""
    return {
        "positive": (
            QCoreApplication.translate("TemplatesPage", "Positive"),
            QCoreApplication.translate("TemplatesPage", "Positive"),
        ),
        "neutral": (
            QCoreApplication.translate("TemplatesPage", "Neutral"),
            QCoreApplication.translate("TemplatesPage", "Neutral"),
        ),
        "negative": (
            QCoreApplication.translate("TemplatesPage", "Negative"),
            QCoreApplication.translate("TemplatesPage", "Negative"),
        ),
        "detractor": (
            QCoreApplication.translate("TemplatesPage", "Detractor (0-6)"),
            QCoreApplication.translate("TemplatesPage", "Detractor"),
        ),
        "passive": (
            QCoreApplication.translate("TemplatesPage", "Passive (7-8)"),
            QCoreApplication.translate("TemplatesPage", "Passive"),
        ),
        "promoter": (
            QCoreApplication.translate("TemplatesPage", "Promoter (9-10)"),
            QCoreApplication.translate("TemplatesPage", "Promoter"),
        ),
        SPAM_LABEL: (
            QCoreApplication.translate("TemplatesPage", "Suspected fake review"),
            QCoreApplication.translate("TemplatesPage", "Fake review"),
        ),
    }


def placeholder_names() -> dict[str, str]:
    return {
        "first_name": QCoreApplication.translate("TemplatesPage", "Customer's first name"),
        "customer_name": QCoreApplication.translate("TemplatesPage", "Customer's full name"),
        "business_name": QCoreApplication.translate("TemplatesPage", "Your business name"),
        "owner_name": QCoreApplication.translate("TemplatesPage", "Your name"),
        "channel": QCoreApplication.translate(
            "TemplatesPage", "Where they wrote (Google, Yelp...)"
        ),
        "product": QCoreApplication.translate("TemplatesPage", "What they bought"),
        "location": QCoreApplication.translate("TemplatesPage", "Which of your shops"),
        "date": QCoreApplication.translate("TemplatesPage", "When they wrote"),
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
    parts = [", ".join(suits) or QCoreApplication.translate("TemplatesPage", "Any feedback")]
    if template.tags:
        parts.append(", ".join(template.tags))
    if template.uses:
        parts.append(display.words().uses(template.uses))
    else:
        parts.append(QCoreApplication.translate("TemplatesPage", "not used yet"))
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
