"""The parts of Settings made from the settings declared in ``core.settings``: the business
and the owner's name, and the follow-up rules. What the owner types is kept a moment after
they stop, and when the window closes (``flush``)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
)

from ...core.followups import WEEKDAYS
from ...core.problems import plain_write_problem
from ...core.settings import (
    BUSINESS_SETTINGS,
    FOLLOWUP_SETTINGS,
    FORGET_AFTER_YEARS,
    OPEN_DAYS,
    followup_rules,
    number_setting,
    text_setting,
)
from .. import display, language
from ..widgets.labels import label

SAVE_AFTER_MS = 400


def _tr(text: str) -> str:
    return QCoreApplication.translate("settings", text)


class SettingsBox(QGroupBox):
    """A group of settings saved together, a moment after the owner's last change."""

    changed = Signal()

    def __init__(self, store, title: str, parent=None):
        super().__init__(title, parent)
        self.store = store
        self.form = QFormLayout(self)
        self._pending: dict[str, object] = {}
        self._warned = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)

    def _changed(self, key: str, value) -> None:
        self._pending[key] = value
        self._timer.start()

    def flush(self) -> None:
        """Write what is waiting; a failed write is told once, and kept to try again."""
        self._timer.stop()
        if not self._pending:
            return
        try:
            with self.store.transaction():
                for key, value in self._pending.items():
                    self.store.set_setting(key, value)
        except (sqlite3.Error, OSError) as exc:
            reason = plain_write_problem(
                exc, QCoreApplication.translate("faults", "the change was not saved")
            )
            if reason is None:
                raise
            if not self._warned:
                self._warned = True
                QMessageBox.warning(
                    self, QCoreApplication.translate("settings", "Not saved"), reason
                )
            return
        self._pending.clear()
        self._warned = False
        self.changed.emit()


class BusinessBox(SettingsBox):
    """The business name and the owner's name, for replies and reports."""

    def __init__(self, store, parent=None):
        super().__init__(store, QCoreApplication.translate("settings", "Your business"), parent)
        self.fields: dict[str, QLineEdit] = {}
        for setting in BUSINESS_SETTINGS:
            field = QLineEdit()
            field.setPlaceholderText(_tr(setting.placeholder))
            field.textEdited.connect(
                lambda text, key=setting.key: self._changed(key, " ".join(text.split()))
            )
            self.fields[setting.key] = field
            self.form.addRow(_tr(setting.label), field)
            self.form.addRow("", label(_tr(setting.help)))

    def refresh(self) -> None:
        for setting in BUSINESS_SETTINGS:
            if setting.key not in self._pending:
                self.fields[setting.key].setText(text_setting(self.store, setting))


class FollowUpRulesBox(SettingsBox):
    """How soon each kind of customer is followed up, the days the business is open, and when
    a customer counts as at risk."""

    def __init__(self, store, parent=None):
        super().__init__(store, QCoreApplication.translate("settings", "Follow-ups"), parent)
        self.form.addRow(
            label(
                QCoreApplication.translate(
                    "settings", "When you click Follow up, the due day is set by these rules."
                )
            )
        )
        self.days: dict[str, QSpinBox] = {}
        for setting in FOLLOWUP_SETTINGS:
            box = QSpinBox()
            box.setRange(0, setting.maximum)
            box.setMaximumWidth(180)
            box.valueChanged.connect(lambda value, key=setting.key: self._changed(key, value))
            box.valueChanged.connect(lambda value, box=box, s=setting: self._unit(box, s, value))
            self._unit(box, setting, box.value())
            self.days[setting.key] = box
            self.form.addRow(_tr(setting.label), box)
            self.form.addRow("", label(_tr(setting.help)))
        row = QHBoxLayout()
        self.open_days: list[QCheckBox] = []
        for index, _name in enumerate(WEEKDAYS):
            day = QCheckBox(display.weekday_name(index))
            day.toggled.connect(lambda _on: self._changed(OPEN_DAYS, self._ticked_days()))
            self.open_days.append(day)
            row.addWidget(day)
        row.addStretch(1)
        self.form.addRow(QCoreApplication.translate("settings", "Open on"), row)
        self.form.addRow(
            "",
            label(
                QCoreApplication.translate(
                    "settings", "Business days count only the days you are open."
                )
            ),
        )

    @staticmethod
    def _unit(box: QSpinBox, setting, value: int) -> None:
        box.setSuffix(" " + _tr(setting.unit_one if value == 1 else setting.unit))

    def _ticked_days(self) -> list[int]:
        return [n for n, box in enumerate(self.open_days) if box.isChecked()]

    def refresh(self) -> None:
        rules = followup_rules(self.store)
        for setting in FOLLOWUP_SETTINGS:
            if setting.key not in self._pending:
                box = self.days[setting.key]
                box.blockSignals(True)
                box.setValue(number_setting(self.store, setting))
                box.blockSignals(False)
                self._unit(box, setting, box.value())
        if OPEN_DAYS not in self._pending:
            for number, box in enumerate(self.open_days):
                box.blockSignals(True)
                box.setChecked(number in rules.open_days)
                box.blockSignals(False)


class RetentionBox(SettingsBox):
    """How long customers' personal details are kept (off unless the owner sets it)."""

    def __init__(self, store, parent=None):
        super().__init__(
            store, QCoreApplication.translate("settings", "Customers' personal details"), parent
        )
        setting = FORGET_AFTER_YEARS
        self.years = QSpinBox()
        self.years.setRange(0, setting.maximum)
        self.years.setSpecialValueText(QCoreApplication.translate("settings", "Never (off)"))
        self.years.setMaximumWidth(180)
        self.years.valueChanged.connect(lambda value: self._changed(setting.key, value))
        self.years.valueChanged.connect(
            lambda value: FollowUpRulesBox._unit(self.years, setting, value)
        )
        self.form.addRow(_tr(setting.label), self.years)
        self.form.addRow("", label(_tr(setting.help)))

    def refresh(self) -> None:
        if FORGET_AFTER_YEARS.key not in self._pending:
            self.years.blockSignals(True)
            self.years.setValue(number_setting(self.store, FORGET_AFTER_YEARS))
            self.years.blockSignals(False)
            FollowUpRulesBox._unit(self.years, FORGET_AFTER_YEARS, self.years.value())


class LanguageBox(QGroupBox):
    """Settings > Language: System, English or 한국어, kept for the next start."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Language"), parent)
        self.combo = QComboBox()
        for value, name in language.CHOICES:
            self.combo.addItem(QCoreApplication.translate("language", name), value)
        self.combo.setCurrentIndex(self.combo.findData(language.chosen()))
        self.note = label("")
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.combo)
        form.addRow("", self.note)
        self._show_note()
        self.combo.currentIndexChanged.connect(self._chosen)

    def _chosen(self) -> None:
        language.choose(self.combo.currentData())
        self._show_note()

    def _show_note(self) -> None:
        if language.language_of(self.combo.currentData()) == language.current():
            self.note.setText(self.tr("The window speaks this language now."))
        else:
            self.note.setText(
                self.tr("Applies the next time Feedback Desk starts: close it and open it again.")
            )
