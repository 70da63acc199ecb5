"""The selected feedback in full, beside the inbox list."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...core import korean
from ...core.records import Feedback
from .. import display
from ..colours import colour
from .followup_box import FollowUpBox
from .model import WAITING
from .triage_panel import TriagePanel


def why_label(item: Feedback) -> str:
    """One sentence on where the sentiment label comes from, so the owner can trust it."""
    if item.sentiment_overridden:
        return QCoreApplication.translate("display", "Set by you.")
    if item.nps_score is not None:
        return QCoreApplication.translate(
            "display", "From the customer's answer of {0} out of 10."
        ).format(item.nps_score)
    if item.rating is not None:
        return QCoreApplication.translate("display", "From the customer's {0}-star rating.").format(
            item.rating
        )
    if item.compound is not None and item.language == "ko":
        if item.sentiment == "neutral":
            return QCoreApplication.translate(
                "display",
                "Read from the words by the Korean text model: neither clearly positive nor "
                "negative.",
            )
        sure = display.percent(korean.sureness(item.compound))
        return QCoreApplication.translate(
            "display", "Read from the words by the Korean text model ({0} sure)."
        ).format(sure)
    if item.compound is not None:
        return QCoreApplication.translate(
            "display", "Read from the words (VADER score {0:+.2f})."
        ).format(item.compound)
    if item.language and item.language != "en":
        return QCoreApplication.translate(
            "display",
            "Not scored: the text is in neither English nor Korean, the languages Feedback Desk "
            "reads, and there is no rating.",
        )
    return QCoreApplication.translate("display", "Not scored: there is no text or rating to go by.")


def answer_text(item: Feedback) -> str:
    """How the item stands for an answer: when it was answered, or how long it has waited."""
    if item.first_reply_at:
        hours = display.hours_since(item.received_at, item.first_reply_at)
        if hours is not None:
            return QCoreApplication.translate("display", "Answered {0} after it arrived.").format(
                display.duration(hours)
            )
    if item.reply:
        return QCoreApplication.translate("display", "Answered.")
    if item.status in WAITING and not item.is_spam:
        waiting = display.hours_since(item.received_at)
        if waiting is not None:
            return QCoreApplication.translate("display", "Waiting for an answer for {0}.").format(
                display.duration(waiting)
            )
    return QCoreApplication.translate("display", "Not answered.")


class FeedbackDetail(QScrollArea):
    reply_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("muted")
        self.meta.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)  # a review's HTML is shown as text
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setObjectName("detailBody")
        self.extra = QLabel()
        self.extra.setWordWrap(True)
        self.extra.setObjectName("muted")
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.reply_button = QPushButton(self.tr("Reply..."))
        self.reply_button.setToolTip(self.tr("Answer with a template, then mark as replied (R)"))
        self.reply_button.clicked.connect(self.reply_requested)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer, 1)
        answer_row.addWidget(self.reply_button, 0, Qt.AlignmentFlag.AlignTop)
        self.reply = QLabel()
        self.reply.setWordWrap(True)
        self.reply.setTextFormat(Qt.TextFormat.PlainText)
        self.reply.setObjectName("detailReply")
        self.reply_by = QLabel()  # who wrote the reply shown, and the others before it
        self.reply_by.setWordWrap(True)
        self.reply_by.setObjectName("muted")
        self.reply_by.hide()
        # A change refused because someone changed the item since, said above it.
        self.notice = QLabel()
        self.notice.setObjectName("problem")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.followup = FollowUpBox()
        self.panel = TriagePanel()
        for widget in (self.notice, self.heading, self.meta, self.verdict, self.body):
            layout.addWidget(widget)
        layout.addLayout(answer_row)
        for widget in (self.reply, self.reply_by, self.extra, self.followup, self.panel):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(inner)
        self.show_feedback(None)

    def show_selection(
        self, items: list[Feedback], tags, team, notes, reported_on, story=None
    ) -> None:
        """One item in full, or what several selected items have in common. ``story``: for a
        single item, its (follow-ups, customer, previous feedback of the customer)."""
        self.panel.setVisible(bool(items))
        self.followup.setVisible(len(items) == 1 and story is not None)
        if items:
            self.panel.show_items(items, tags, team, notes, reported_on)
        if len(items) == 1 and story is not None:
            self.followup.show_item(items[0], *story)
        if len(items) > 1:
            self.heading.setText(display.count(self.tr("%Ln items selected", "", len(items))))
            self._clear()
            self.meta.setText(
                QCoreApplication.translate("display", "Changes here apply to every selected item.")
            )
            return
        self.show_feedback(items[0] if items else None)

    def show_feedback(self, item: Feedback | None) -> None:
        if item is None:
            self.heading.setText(
                QCoreApplication.translate("display", "Select feedback to read it in full.")
            )
            self._clear()
            return
        self.heading.setText(
            item.title or item.author or QCoreApplication.translate("display", "Feedback")
        )
        meta = [
            display.date_text(item.received_at, with_time=True),
            display.channel_name(item.channel),
        ]
        meta += [v for v in (item.author if item.title else "", item.location, item.product) if v]
        score = display.score_text(item.rating, item.nps_score)
        meta += [score] if score else []
        self.meta.setText(" · ".join(meta))
        color = colour(item.sentiment, role=QPalette.ColorRole.Window).name()
        verdict = (
            f"<b style='color:{color}'>{escape(display.sentiment_name(item.sentiment))}"
            f"</b> — {escape(why_label(item))}"
        )
        if item.mixed:
            verdict += "<br>⚠ " + escape(
                QCoreApplication.translate(
                    "display",
                    "Mixed signals: the words and the score disagree. Worth a closer look.",
                )
            )
        if item.is_spam:
            verdict += "<br>" + escape(
                QCoreApplication.translate(
                    "display", "Marked as spam or fake: it counts in no figure."
                )
            )
        self.verdict.setText(verdict)
        self.body.setText(item.body)
        self.answer.setText(answer_text(item))
        self.reply_button.setText(
            QCoreApplication.translate("display", "Edit reply...")
            if item.reply
            else QCoreApplication.translate("display", "Reply...")
        )
        self.reply_button.show()
        self.reply.setText(item.reply)
        self.reply.setVisible(bool(item.reply))
        self.reply_by.hide()  # until show_replies says who wrote them
        self.extra.setTextFormat(Qt.TextFormat.PlainText)
        self.extra.setText("\n".join(f"{key}: {value}" for key, value in item.extra.items()))

    def show_notice(self, text: str) -> None:
        """A message above the item ('' hides it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_replies(self, replies) -> None:
        """Who wrote the replies to the item shown (``replies``: its Reply records, oldest
        first): the current ones, with the time each was written."""
        current = [r for r in replies if r.current]
        lines = [
            self.tr("Reply by {0}, {1}").format(
                r.by or self.tr("nobody named"), display.date_text(r.created_at, with_time=True)
            )
            for r in current
        ]
        self.reply_by.setText("\n".join(lines))
        self.reply_by.setVisible(bool(lines))

    def _clear(self) -> None:
        for label in (self.meta, self.verdict, self.body, self.extra, self.answer, self.reply):
            label.clear()
        self.reply_by.clear()
        self.reply_by.hide()
        self.reply.hide()
        self.reply_button.hide()
