"""Settings > Backups, driven as the owner would, offscreen; and the daily backup timer."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from feedback_desk.core import backups
from feedback_desk.ui.app import make_app
from feedback_desk.ui.backup_timer import BackupTimer
from feedback_desk.ui.settings import backups as backups_panel
from feedback_desk.ui.settings.backups import BackupsPanel, DatabaseChange, apply_change
from tests.core.test_backups import add, bodies


@pytest.fixture
def panel(qtbot, store):
    make_app()
    add(store, "Fresh bread every morning")
    store.backup(reason="before-import")
    made = BackupsPanel(store)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def rows(panel) -> list[tuple[str, str, str]]:
    tree = panel.list
    return [
        tuple(tree.topLevelItem(r).text(c) for c in range(3))
        for r in range(tree.topLevelItemCount())
    ]


def test_the_panel_lists_the_backups_in_plain_words(panel, db_path):
    listed = rows(panel)
    assert len(listed) == 1
    assert listed[0][1] == "Before an import"
    assert listed[0][2]  # a size, as the locale writes it
    assert str(db_path) in panel.database.text()
    assert panel.folder.text().endswith("backups")
    assert not panel.restore_button.isEnabled()  # nothing chosen yet


def test_back_up_now_adds_a_row(panel, db_path, monkeypatch, qtbot):
    suggested = []

    def save_dialog(_parent, _title, where, _filter):
        suggested.append(where)
        return where, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    panel.backup_button.click()
    assert Path(suggested[0]).parent == db_path.parent / "backups"
    listed = rows(panel)
    assert [r[1] for r in listed] == ["Made by you", "Before an import"]
    assert panel.selected() == backups.list_backups(db_path)[0].path
    assert "Backed up to" in panel.result.text()


def test_back_up_now_onto_the_database_itself_is_refused(panel, db_path, monkeypatch):
    before = db_path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(db_path), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    panel.backup_button.click()
    assert warnings and "the database itself" in warnings[0]
    assert db_path.read_bytes() == before and len(rows(panel)) == 1


def test_back_up_now_on_a_full_disk_says_so(panel, monkeypatch):
    import errno

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, where, _f: (where, ""))

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups_panel, "backup_file", full)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    panel.backup_button.click()
    assert warnings and warnings[0].startswith("The disk is full, so no backup was made")
    assert len(rows(panel)) == 1


def test_restore_asks_first_then_the_window_reopens_on_the_backup(
    panel, store, db_path, monkeypatch, qtbot
):
    chosen = backups.list_backups(db_path)[0].path
    add(store, "Added after the backup")
    panel.list.topLevelItem(0).setSelected(True)
    assert panel.restore_button.isEnabled()
    asked = []

    def answer(button_text):
        def exec_(box):
            asked.append(box.text() + " " + box.informativeText())
            for button in box.buttons():
                if button.text() == button_text:
                    box.clickedButton = lambda found=button: found  # as if clicked
                    return 0
            raise AssertionError(button_text)

        return exec_

    # Cancel: nothing asked of the window.
    monkeypatch.setattr(QMessageBox, "exec", answer("Cancel"))
    with qtbot.assertNotEmitted(panel.restore_requested):
        panel.restore_button.click()
    monkeypatch.setattr(QMessageBox, "exec", answer("Restore"))
    with qtbot.waitSignal(panel.restore_requested) as signal:
        panel.restore_button.click()
    assert signal.args == [chosen]
    when = backups_panel.when_text(backups.list_backups(db_path)[0].created)
    assert when in asked[-1] and "backed up first" in asked[-1]

    # What the main window then does: close the store, apply the change, open it again.
    store.close()
    path, message = apply_change(None, db_path, DatabaseChange("restore", chosen))
    assert path == db_path and message.startswith("Restored the backup of")
    assert bodies(db_path) == ["Fresh bread every morning"]
    reasons = [b.reason for b in backups.list_backups(db_path)]
    assert sorted(reasons) == ["before-import", "before-restore"]
    kept = next(b.path for b in backups.list_backups(db_path) if b.reason == "before-restore")
    assert bodies(kept) == ["Added after the backup", "Fresh bread every morning"]


def test_a_failed_restore_is_told_and_changes_nothing(panel, store, db_path, monkeypatch):
    chosen = backups.list_backups(db_path)[0].path
    chosen.write_bytes(chosen.read_bytes()[:1000])  # cut short
    store.close()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    path, message = apply_change(None, db_path, DatabaseChange("restore", chosen))
    assert path == db_path and message is None
    assert "damaged or incomplete" in warnings[0]
    assert bodies(db_path) == ["Fresh bread every morning"]


def test_move_asks_for_a_folder_then_the_window_reopens_there(
    panel, store, db_path, tmp_path, monkeypatch, qtbot
):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(folder))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.move_requested) as signal:
        panel.move_button.click()
    assert signal.args == [folder]
    store.close()
    path, message = apply_change(None, db_path, DatabaseChange("move", folder))
    assert path == folder / "feedback.db" and "now in" in message
    assert bodies(path) == ["Fresh bread every morning"]
    assert any(p.name.startswith("feedback-moved-") for p in db_path.parent.iterdir())


def test_the_timer_makes_the_daily_backup_on_a_thread(qtbot, store, db_path):
    make_app()
    add(store, "Lovely staff")
    timer = BackupTimer(db_path, first_check_ms=10)
    made = []
    timer.made.connect(made.append)
    timer.start()
    qtbot.waitUntil(lambda: bool(made), timeout=5000)
    assert [b.reason for b in backups.list_backups(db_path)] == ["daily"]
    assert made[0].name.startswith(f"feedback-{datetime.now():%Y%m%d}")
    assert timer.timer.interval() == 3_600_000  # then hourly
    assert not timer.check()  # one a day
    timer.stop()
