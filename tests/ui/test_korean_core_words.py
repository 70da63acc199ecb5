"""What the core says reaches a Korean window in Korean: a refused file and a row that cannot
be read, in the import preview, and a restore's refusal (core.words through Qt's translator)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTimer

from feedback_desk.core import intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.restore import RestoreRefused, restore_export
from feedback_desk.ui import language
from tests.ui.test_import_flow import PICTURE, SURVEY, _dialog, drop_file, refusal_of

pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")


@pytest.fixture
def korean(qapp):
    language.install(qapp, "ko")
    yield
    language.install(qapp, "en")


def test_a_refused_picture_is_told_in_korean(korean, qtbot, open_window, db_path, tmp_path):
    picture = tmp_path / "사진.png"
    picture.write_bytes(PICTURE)
    status, can_import = refusal_of(open_window(db_path), picture)
    assert status == "이 파일은 피드백 표가 아니라 이미지로 보입니다."
    assert can_import is False


def test_a_row_that_cannot_be_read_is_told_in_korean(korean, qtbot, open_window, db_path, tmp_path):
    path = tmp_path / "survey.csv"
    path.write_bytes(SURVEY.encode("utf-8"))
    window = open_window(db_path)
    seen = {}

    def look_and_close():
        dialog = _dialog()
        qtbot.waitUntil(lambda: dialog.problems is not None, timeout=10_000)
        seen["problems"] = dialog.problem_text.toPlainText()
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    drop_file(window, path)
    assert seen["problems"] == "4행: 점수 'eleven'은(는) 0-10점 응답이 아닙니다"


def refusal_of_restore(store, tmp_path) -> str:
    """Restore an export into a desk that holds one pasted item: the refusal."""
    intake.add_feedback(store, [NewFeedback(body="Kept safe")], "paste")
    export = tmp_path / "everything.json"
    export.write_text(json.dumps({"feedback_desk_export": 1}), encoding="utf-8")
    with pytest.raises(RestoreRefused) as refused:
        restore_export(store, export)
    return str(refused.value)


def test_a_restore_into_a_desk_in_use_is_refused_in_korean(korean, store, tmp_path):
    refusal = refusal_of_restore(store, tmp_path)
    assert refusal.startswith("이 데스크가 비어 있지 않아(피드백 1건, 가져오기 1건)")
    assert "everything.json을(를) 복원하지 않았으며" in refusal


def test_under_english_the_same_refusal_stays_english(store, tmp_path):
    refusal = refusal_of_restore(store, tmp_path)
    assert refusal.startswith("This desk is not empty (it holds 1 feedback item, 1 import)")
