"""A database that cannot be opened: a plain message, and an offer to restore the newest
backup that keeps the damaged file, so nothing is overwritten."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from feedback_desk.core import backups, intake
from feedback_desk.core.records import NewFeedback
from feedback_desk.core.store import Store, StoreError
from feedback_desk.ui.app import make_app, offer_restore


def damaged(db_path) -> bytes:
    with Store(db_path) as store:
        intake.add_feedback(store, [NewFeedback(body="Lovely bread, thank you")], "paste")
        store.backup(reason="manual")
    garbage = b"\x00not a database" * 400
    db_path.write_bytes(garbage)
    for extra in ("-wal", "-shm"):
        db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
    return garbage


def test_the_newest_backup_is_offered_and_the_damaged_file_kept(qtbot, db_path, monkeypatch):
    make_app()
    garbage = damaged(db_path)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    try:
        Store(db_path)
    except StoreError as exc:
        store = offer_restore(db_path, exc)
    assert "not a Feedback Desk database" in asked[0] and "Restore the newest backup" in asked[0]
    with store:
        assert store.stats()["feedback"] == 1
    kept = [b for b in backups.list_backups(db_path) if b.reason == "before-restore"]
    assert kept and kept[0].path.read_bytes() == garbage  # the damaged file, untouched


def test_without_a_backup_it_says_so(qtbot, db_path, monkeypatch):
    make_app()
    db_path.write_bytes(b"\x00garbage" * 512)
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
    try:
        Store(db_path)
    except StoreError as exc:
        assert offer_restore(db_path, exc) is None
    assert "no backup" in said[0]
    assert db_path.read_bytes() == b"\x00garbage" * 512  # left exactly as it was


def test_an_export_dropped_on_a_new_desk_is_restored_whole(open_window, tmp_path, monkeypatch):
    from feedback_desk.core.export import export_desk

    source = tmp_path / "old.db"
    with Store(source) as store:
        intake.add_feedback(store, [NewFeedback(body="Cold coffee, slow", nps_score=3)], "paste")
        fid = store.conn.execute("SELECT max(id) FROM feedback").fetchone()[0]
        store.add_reply(fid, "Sorry, Ana.", "2026-11-02T10:00:00")
        store.add_followup(fid, "2026-11-03", "call", "2026-11-02T10:00:00")
        export_desk(store, tmp_path / "everything.json")
    window = open_window(tmp_path / "new.db")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.import_source(tmp_path / "everything.json")
    assert window.inbox.model.rowCount() == 1
    item = window.store.get_feedback(window.inbox.model.id_at(0))
    assert item.reply == "Sorry, Ana."
    assert window.store.stats()["followups"]["open"] == 1
    assert "Restored 1 feedback item from everything.json" in window.statusBar().currentMessage()


def test_a_read_only_database_is_explained_and_no_backup_is_offered(qtbot, tmp_path, monkeypatch):
    from tests.core.test_bad_places import desk, read_only

    make_app()
    db_path = tmp_path / "desk" / "feedback.db"
    before = desk(db_path, "Lovely bread")
    with Store(db_path) as store:
        store.backup(reason="manual")
    said, asked = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]))
    with read_only(db_path):
        try:
            Store(db_path)
        except StoreError as exc:
            assert offer_restore(db_path, exc) is None
    assert not asked  # a backup would not help a file that is fine
    assert "cannot save changes" in said[0] and "the file is read-only" in said[0]
    assert "damaged" not in said[0]
    assert db_path.read_bytes() == before
