"""The window in Korean: each page of a new desk, opened under Korean, shows Korean words (and
under English no Korean), Qt's own buttons speak Korean too, dates read the Korean way, and
Settings > Language keeps the choice for the next start."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from feedback_desk.ui import display, language
from feedback_desk.ui.main_window import PAGES

HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")
# Names that stay as they are in any language: the app, formats, the score's name.
KEPT = {"Feedback", "Desk", "NPS", "PNG", "SVG", "PDF", "A4", "Letter", "(.ics)...", "VADER"}


def shown_words(widget) -> list[str]:
    """The words of every visible label, button, box title, picker and placeholder."""
    texts = []
    for child in widget.findChildren(QLabel):
        if child.isVisibleTo(widget):
            texts.append(child.text())
    for child in widget.findChildren(QAbstractButton):
        if child.isVisibleTo(widget):
            texts.append(child.text())
    for child in widget.findChildren(QGroupBox):
        if child.isVisibleTo(widget):
            texts.append(child.title())
    for child in widget.findChildren(QComboBox):
        if child.isVisibleTo(widget):
            texts.append(child.currentText())
    for child in widget.findChildren(QLineEdit):
        if child.isVisibleTo(widget):
            texts.append(child.placeholderText())
    words = " ".join(re.sub(r"<[^>]+>|&(?=\w)", " ", t) for t in texts).split()
    return [w for w in words if (HANGUL.search(w) or LATIN.search(w)) and w not in KEPT]


def korean_share(words: list[str]) -> float:
    return sum(bool(HANGUL.search(w)) for w in words) / max(len(words), 1)


@pytest.fixture
def korean(qapp):
    language.install(qapp, "ko")
    yield
    language.install(qapp, "en")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_of_a_new_desk_speaks_korean(korean, open_window, tmp_path, qtbot, page):
    window = open_window(tmp_path / "new.db")
    window.show_page(page)
    qtbot.wait(20)
    words = shown_words(window.centralWidget())
    assert len(words) >= 5
    english = [w for w in words if not HANGUL.search(w)]
    assert korean_share(words) >= 0.85, english


@pytest.mark.parametrize("page", PAGES)
def test_under_english_no_page_shows_korean(open_window, tmp_path, qtbot, page):
    window = open_window(tmp_path / "new.db")
    window.show_page(page)
    qtbot.wait(20)
    words = shown_words(window.centralWidget())
    assert korean_share(words) <= 0.05, [w for w in words if HANGUL.search(w)]


def test_the_korean_window_names_its_pages_and_menus_in_korean(korean, open_window, tmp_path):
    window = open_window(tmp_path / "new.db")
    pages = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert pages[:3] == ["피드백함", "후속 조치", "대시보드"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["파일(&F)", "편집(&E)", "도움말(&H)"]


def test_qt_own_buttons_speak_korean(korean, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "", "?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "취소"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "저장"


def test_dates_read_the_korean_way(korean):
    today = date(2026, 11, 1)
    assert display.day_text("2026-11-05", today) == "11월 5일 (목)"
    assert display.month_year(date(2026, 11, 1)) == "2026년 11월"
    assert display.day_month(date(2026, 11, 5)) == "2026년 11월 5일"
    from datetime import datetime

    assert display.clock(datetime(2026, 11, 5, 15, 20)) == "오후 3:20"
    assert display.count(display.words().answers(3)) == "응답 3건"


def test_dates_in_english_stay_as_they_were(qapp):
    today = date(2026, 11, 1)
    assert display.day_text("2026-11-05", today) == "Thu 5 Nov"
    assert display.month_year(date(2026, 11, 1)) == "November 2026"
    assert display.words().answers(1) == "1 answer" and display.words().answers(2) == "2 answers"


def test_settings_keeps_the_language_for_the_next_start(open_window, tmp_path, qtbot):
    window = open_window(tmp_path / "new.db")
    window.show_page("settings")
    box = window.settings_page.language
    assert box.combo.currentData() == "en"  # the tests' choice (FEEDBACK_DESK_LANGUAGE)
    assert box.note.text() == "The window speaks this language now."
    box.combo.setCurrentIndex(box.combo.findData("ko"))
    assert "next time Feedback Desk starts" in box.note.text()
    assert language._settings().value(language.KEY) == "ko"
    box.combo.setCurrentIndex(box.combo.findData("system"))
    assert language._settings().value(language.KEY) == "system"


def test_the_system_language_decides_by_default(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.delenv(language.ENV)
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("ko_KR"))
    assert language.chosen() == "system" and language.language_of("system") == "ko"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("de_DE"))
    assert language.language_of("system") == "en"
