"""A customer's rights over their data: erasing their personal details on request (and from
the backups that still hold them), giving them a copy of their data, and letting go of the
details of customers not heard from in years (retention, off unless the owner sets it).

The figures stay: an erased customer's feedback keeps its date, channel, stars, NPS answer
and sentiment, so no past month's NPS changes. See store/erasure.py for what is erased.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .backups import Backup, list_backups
from .personal import Person
from .store.database import SCHEMA_VERSION, open_backup
from .store.erasure import Erased, holds_person, schema_of
from .writing import temp_path

log = logging.getLogger(__name__)

RETENTION_PREVIEWED = "retention_previewed"  # the owner saw what retention lets go of


@dataclass(frozen=True)
class Erasure:
    """What erasing a customer did, and the backups that still hold them."""

    erased: Erased
    customer_id: int
    backups: list[Backup] = field(default_factory=list)
    elsewhere: str = ""  # on a team server: what the server's own copies keep, in words

    def describe(self) -> str:
        e = self.erased
        said = (
            f"Erased customer {self.customer_id}'s name, e-mail and phone from {e.items} "
            f"feedback items, {e.replies} replies, {e.notes} notes and {e.followups} "
            "follow-ups; their scores and dates are kept."
        )
        if self.backups:
            n = len(self.backups)
            said += f" {n} backup{'s' * (n != 1)} still hold{'s' * (n == 1)} them."
        if self.elsewhere:
            said += " " + self.elsewhere
        return said


def find(store, who: str) -> Person:
    """The customer ``who`` names (an e-mail, a phone number or a customer id), or a
    LookupError in plain words."""
    person = store.find_person(who)
    if person is None:
        raise LookupError(f"no customer has the e-mail, phone or id '{who}'")
    return person


def erase(store, person: Person) -> Erasure:
    """Erase the person's details from the desk, and list the backups that still hold them."""
    erased = store.erase_person(person)
    log.info("erased customer %d: %d feedback items", person.id, erased.items)
    if store.path is None:  # a team server: its backups are the server's own
        return Erasure(erased, person.id, elsewhere=store.kept_elsewhere())
    return Erasure(erased, person.id, backups_holding(store.path, person))


def _moved_away(db_path: Path) -> list[Backup]:
    """The files a move of the database left behind (``<stem>-moved-<stamp><suffix>``, in
    the data folder or beside the database): copies of it, as a backup is."""
    from .paths import data_dir

    found = []
    for folder in dict.fromkeys((data_dir(), db_path.parent)):
        for path in sorted(folder.glob(f"*-moved-*{db_path.suffix}"), reverse=True):
            stamp = path.stem.rpartition("-moved-")[2]
            with contextlib.suppress(ValueError, OSError):
                when = datetime.strptime(stamp, "%Y%m%d-%H%M%S")
                found.append(Backup(path, when, "moved", path.stat().st_size))
    return found


def backups_holding(db_path: Path, person: Person) -> list[Backup]:
    """The backups of the database (and the copies a move left behind) that still hold the
    person's details, newest first."""
    found = []
    for backup in [*list_backups(db_path), *_moved_away(db_path)]:
        try:
            with contextlib.closing(open_backup(backup.path)) as conn:
                if holds_person(conn, person):
                    found.append(backup)
        except Exception as exc:  # a damaged or foreign file: said, not guessed at
            log.warning("could not look into a backup (%s)", type(exc).__name__)
            found.append(backup)
    return found


def can_rewrite(backup: Backup) -> bool:
    """Whether the backup is of today's schema, so it can be rewritten without the person
    (an older one would have to be upgraded, which is not the owner's backup any more)."""
    return schema_of(backup.path) == SCHEMA_VERSION


def remove_backups(backups: list[Backup]) -> int:
    """Delete these backups; returns how many went."""
    for backup in backups:
        backup.path.unlink(missing_ok=True)
    return len(backups)


def rewrite_backup(backup: Backup, person: Person) -> None:
    """The backup again, without the person: erased in a copy, which then takes its place
    (a crash half-way leaves the backup as it was)."""
    from .store import Store
    from .store.database import backup_to

    # A temporary name of core/writing.py's: if the rewrite is killed, the copy (which still
    # holds the person) is removed at the next start, and never listed as a backup.
    scratch = temp_path(backup.path)
    try:
        with contextlib.closing(open_backup(backup.path)) as src:
            backup_to(src, scratch)
        with Store(scratch) as copy:
            # The person as the backup knows them: it may hold details erased here since.
            known = copy.person(person.id)
            copy.erase_person(
                Person(
                    known.customer_ids,
                    known.emails | person.emails,
                    known.phones | person.phones,
                    known.names | person.names,
                )
            )
            # one self-contained file, as every backup is, put in place the one way
            copy.backup(backup.path)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            scratch.with_name(scratch.name + suffix).unlink(missing_ok=True)


def export_customer(store, person: Person, out: Path, fmt: str | None = None) -> int:
    """Write everything the desk holds about the person to ``out`` (JSON, or CSV by the
    extension or ``fmt``), for a data access request; returns how many feedback items."""
    from .export import write_customer

    held = store.customer_export(person)
    write_customer(held, out, fmt)
    log.info("exported customer %d: %d feedback items", person.id, len(held["feedback"]))
    return len(held["feedback"])


# Retention ------------------------------------------------------------------------------------
def quiet_since(today: date, years: int) -> str:
    """The first day a customer must have been heard from to be kept: ``years`` before."""
    try:
        return today.replace(year=today.year - years).isoformat()
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28).isoformat()


def quiet_customers(store, years: int, today: date | None = None) -> list[int]:
    """Customers not heard from in ``years`` years whose details are still kept; none when
    retention is off (0)."""
    if years <= 0:
        return []
    return store.quiet_customers(quiet_since(today or date.today(), years))


def forget_quiet(store, years: int, today: date | None = None) -> int:
    """Erase the personal details of the customers not heard from in ``years`` years;
    returns how many customers."""
    found = quiet_customers(store, years, today)
    for customer_id in found:
        store.erase_person(store.person(customer_id), vacuum=False)
    if found:
        store.leave_no_trace()
        log.info("retention erased %d customers", len(found))
    return len(found)


def as_json(erasure: Erasure) -> str:
    """The erasure as the command line prints it with --json."""
    return json.dumps(
        {
            "customer_id": erasure.customer_id,
            **erasure.erased.as_dict(),
            "backups": [b.as_dict() for b in erasure.backups],
        }
    )
