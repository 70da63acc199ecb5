"""Under the selected feedback: its follow-up (one click to plan it, done with an outcome),
the customer it came from, and how they felt last time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from ...core.nps import improved
from ...core.records import Customer, Feedback, FollowUp
from .. import display
from ..widgets.labels import label


def loop_text(item: Feedback, previous) -> str:
    """ "Last time (1 Oct): NPS 4, followed up. Now NPS 9: happier." when the customer wrote
    before and was answered or followed up then; "" otherwise."""
    if previous is None:
        return ""
    when, before, contacted = previous
    if not contacted:
        return ""
    now = (item.nps_score, item.rating, item.sentiment)
    verdict = (
        QCoreApplication.translate("display", "happier")
        if improved(before, now)
        else QCoreApplication.translate("display", "not happier yet")
    )
    return QCoreApplication.translate(
        "display", "Last time ({0}): {1}, and you answered. Now {2}: {3}."
    ).format(display.date_text(when), display.feeling(*before), display.feeling(*now), verdict)


class FollowUpBox(QWidget):
    plan_requested = Signal()
    done_requested = Signal(int)
    change_requested = Signal(int)
    customer_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._open: FollowUp | None = None
        self.heading = label(self.tr("Follow-up"), "sectionHeading")
        self.planned = label("", "")
        self.planned.setTextFormat(Qt.TextFormat.PlainText)
        self.history = label()
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_button = QPushButton(self.tr("Follow up"))
        self.plan_button.setToolTip(
            self.tr("Plan a call, an e-mail or a review request by the rules in Settings (F)")
        )
        self.done_button = QPushButton(self.tr("Done..."))
        self.change_button = QPushButton(self.tr("Change..."))
        self.customer = label("", "")
        self.customer.setTextFormat(Qt.TextFormat.PlainText)
        self.customer_button = QPushButton(self.tr("Customer..."))
        self.customer_button.setToolTip(self.tr("Their story: all their feedback, replies, notes"))
        self.loop = label()
        self.loop.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_button.clicked.connect(self.plan_requested)
        self.done_button.clicked.connect(
            lambda: self._open and self.done_requested.emit(self._open.id)
        )
        self.change_button.clicked.connect(
            lambda: self._open and self.change_requested.emit(self._open.id)
        )
        self.customer_button.clicked.connect(self.customer_requested)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.planned, 0, 0)
        grid.addWidget(self.plan_button, 0, 1)
        grid.addWidget(self.done_button, 0, 1)
        grid.addWidget(self.change_button, 0, 2)
        grid.addWidget(self.history, 1, 0, 1, 3)
        grid.addWidget(self.customer, 2, 0)
        grid.addWidget(self.customer_button, 2, 1, 1, 2)
        grid.addWidget(self.loop, 3, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid)

    def show_item(
        self,
        item: Feedback,
        followups: list[FollowUp],
        customer: Customer | None,
        previous,
    ) -> None:
        """``followups``: the item's, open ones first; ``previous``: the customer's feedback
        before this one (see ``Store.previous_feedback``)."""
        self._open = next((f for f in followups if f.done_at is None), None)
        if self._open:
            self.planned.setText(
                " · ".join(
                    p
                    for p in (
                        QCoreApplication.translate("display", "{0} by {1}").format(
                            display.action_name(self._open.action),
                            display.day_text(self._open.due),
                        ),
                        self._open.assignee,
                    )
                    if p
                )
            )
        else:
            self.planned.setText(QCoreApplication.translate("display", "None planned."))
        for button, shown in (
            (self.plan_button, self._open is None),
            (self.done_button, self._open is not None),
            (self.change_button, self._open is not None),
        ):
            button.setVisible(shown)
        done = [f for f in followups if f.done_at]
        self.history.setText(
            "\n".join(
                QCoreApplication.translate("display", "Done {0}: {1} — {2}").format(
                    display.date_text(f.done_at or ""),
                    display.action_name(f.action),
                    display.outcome_name(f.outcome),
                )
                for f in done[:3]
            )
        )
        self.history.setVisible(bool(done))
        if customer is not None:
            self.customer.setText(
                QCoreApplication.translate("display", "Customer: {0}").format(
                    customer.name or QCoreApplication.translate("display", "no name")
                )
                + " · "
                + display.count(self.tr("%Ln pieces of feedback", "", customer.feedback))
            )
        else:
            self.customer.setText(
                QCoreApplication.translate("display", "Customer: {0}").format(
                    item.author or QCoreApplication.translate("display", "no name")
                )
            )
        text = loop_text(item, previous)
        self.loop.setText(text)
        self.loop.setVisible(bool(text))
