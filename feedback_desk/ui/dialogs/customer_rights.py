"""A customer's requests, from their dialog: "send me my data" (a file of their feedback,
replies and follow-ups) and "delete my data" (their name, e-mail and phone erased
everywhere, their scores kept; then what to do with the backups that still hold them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core import erasure
from ..display import Counted
from ..problems import WRITE_ERRORS, tell_write_problem, written


def export_data(parent: QWidget, store, customer_id: int) -> Path | None:
    """Ask where, and write the customer's data there; the file written, or None."""
    person = store.person(customer_id)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("customer_rights", "Export this customer's data"),
        str(Path.home() / f"customer-{customer_id}.json"),
        QCoreApplication.translate(
            "customer_rights", "JSON (*.json);;CSV for spreadsheets (*.csv)"
        ),
    )
    if not path:
        return None
    count = written(
        parent,
        QCoreApplication.translate("customer_rights", "Not exported"),
        QCoreApplication.translate("faults", "nothing was exported"),
        lambda: erasure.export_customer(store, person, Path(path)),
    )
    if count is None:
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("customer_rights", "Exported"),
        QCoreApplication.translate(
            "customer_rights",
            "Their {0} feedback items, with the replies, notes and follow-ups, are in {1}.",
        ).format(count, path),
    )
    return Path(path)


def erase(parent: QWidget, store, customer_id: int) -> bool:
    """Ask, then erase the customer's personal details; then offer to take them out of the
    backups that still hold them. True when the erasure was made."""
    person = store.person(customer_id)
    items = len(store.person_items(person))
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("customer_rights", "Erase this customer?"),
        QCoreApplication.translate(
            "customer_rights",
            "Their name, e-mail address and phone number are erased from their {0} feedback "
            "items and from every reply, note and follow-up, where their name is replaced by "
            "[erased]. The scores, dates and sentiment stay, so your figures do not change. "
            "This cannot be undone.",
        ).format(items),
        buttons.Yes | buttons.Cancel,
        buttons.Cancel,
    )
    if answer != buttons.Yes:
        return False
    done = written(
        parent,
        QCoreApplication.translate("customer_rights", "Not erased"),
        QCoreApplication.translate("faults", "nothing was erased"),
        lambda: erasure.erase(store, person),
    )
    if done is None:
        return False
    if done.backups:
        _offer_backups(parent, done, person)
    else:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("customer_rights", "Erased"),
            QCoreApplication.translate("customer_rights", "The customer's details are erased."),
        )
    return True


def _offer_backups(parent: QWidget, done: erasure.Erasure, person) -> None:
    """The backups still hold the customer: rewrite them without the customer, remove them,
    or keep them (the owner may need them)."""
    names = "\n".join(backup.path.name for backup in done.backups)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("customer_rights", "Erased; backups still hold them"),
        QCoreApplication.translate(
            "customer_rights",
            "The customer's details are erased from the database. {0}:\n{1}\n\nRewrite "
            "those backups without this customer, remove them, or keep them as they are?",
        ).format(
            Counted.tr("%Ln backups still hold them", "", len(done.backups)),
            names,
        ),
        parent=parent,
    )
    rewrite = box.addButton(
        QCoreApplication.translate("customer_rights", "Rewrite without them"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    remove = box.addButton(
        QCoreApplication.translate("customer_rights", "Remove the backups"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("customer_rights", "Keep them"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(rewrite)
    box.exec()
    chosen = box.clickedButton()
    try:
        if chosen is remove:
            erasure.remove_backups(done.backups)
        elif chosen is rewrite:
            older = [b for b in done.backups if not erasure.can_rewrite(b)]
            for backup in done.backups:
                if backup not in older:
                    erasure.rewrite_backup(backup, person)
            if older:
                QMessageBox.information(
                    parent,
                    QCoreApplication.translate("customer_rights", "Older backups"),
                    QCoreApplication.translate(
                        "customer_rights",
                        "{0} backups were made by an older version of Feedback Desk (or "
                        "cannot be read) and were not rewritten; remove them to take the "
                        "customer out of them.",
                    ).format(len(older)),
                )
    except WRITE_ERRORS as exc:
        tell_write_problem(
            parent,
            QCoreApplication.translate("customer_rights", "Backups not changed"),
            exc,
            "a backup was not changed",
        )
