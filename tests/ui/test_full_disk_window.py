"""The window on a real full disk (a 3 MB tmpfs filled to the last byte, see
tests/core/test_full_disk.py): a database it cannot open there is not offered a restore, and
a report saved there says the disk is full and keeps the PDF that was there."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from feedback_desk.core.store import Store, StoreError
from feedback_desk.ui.app import make_app, offer_restore
from tests.core.test_backups import add
from tests.core.test_full_disk import fill, pytestmark, small_disk  # noqa: F401 (skip reason)
from tests.ui.test_reports_page import reports  # noqa: F401 (fixture)
from tests.ui.test_templates_page import open_page  # noqa: F401 (fixture)


def test_a_database_on_a_full_disk_is_explained_and_no_restore_is_offered(
    qtbot, tmp_path, monkeypatch
):
    make_app()
    with small_disk(tmp_path / "disk") as disk:
        db_path = disk / "feedback.db"
        with Store(db_path) as store:
            add(store, "Lovely bread")
            store.backup(reason="manual")  # a backup there, which a restore could take
        fill(disk)
        said, asked = [], []
        monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]))
        try:
            Store(db_path)
        except StoreError as exc:
            assert offer_restore(db_path, exc) is None
        assert asked == []
        assert said == [
            "The disk is full, so feedback.db cannot be opened. Nothing was lost: your feedback "
            f"is as it was. Free at least 1 MB on the disk holding {disk} and try again."
        ]
        (disk / "filler").unlink()
        with Store(db_path) as store:
            assert [item.body for item in store.iter_feedback()] == ["Lovely bread"]


def test_a_report_saved_to_a_full_disk_says_so_and_keeps_the_old_pdf(
    reports,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    page = reports.reports
    page.choose("2026-11")
    with small_disk(tmp_path / "disk") as disk:
        target = disk / "november.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        page.save_pdf()
        before = target.read_bytes()
        assert before.startswith(b"%PDF-")
        fill(disk)
        warned = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
        page.save_pdf()
        assert warned == [
            "The disk is full, so the report was not saved. Nothing was lost: your feedback is "
            f"as it was. Free at least 1 MB on the disk holding {disk} and try again."
        ]
        assert target.read_bytes() == before
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "november.pdf"]


def test_templates_exported_to_a_full_disk_say_so_and_keep_the_old_file(
    open_page,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    page = open_page()
    with small_disk(tmp_path / "disk") as disk:
        shared = disk / "shared.json"
        assert page.export_file(shared)
        before = shared.read_bytes()
        fill(disk)
        warned = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
        assert page.export_file(shared) is False
        assert warned == [
            "The disk is full, so the templates were not exported. Nothing was lost: your "
            f"feedback is as it was. Free at least 1 MB on the disk holding {disk} and try again."
        ]
        assert shared.read_bytes() == before
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "shared.json"]
