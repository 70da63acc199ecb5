"""The command line: the same core as the window, for scripts, scheduled tasks and tests.

The calls and their JSON keys are a contract (CLI.md). With no subcommand the window opens.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sqlite3
import sys
import time
from datetime import date, datetime
from pathlib import Path

from . import APP_NAME, __version__
from .core.words import translate

STARTED = time.monotonic()  # for `gui --smoke`: milliseconds since the process began
log = logging.getLogger(__name__)


class UsageError(Exception):
    """Words on the command line that cannot be carried out; exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="feedback-desk",
        description=f"{APP_NAME}: collect, classify, answer and follow up customer feedback.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        type=db_argument,
        metavar="FILE|postgresql://USER@HOST:PORT/NAME",
        help="the database file (default: your data folder), or a team server's database",
    )
    parser.add_argument("--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--smoke", action="store_true", help="open, paint, print 'ready MS', quit")
    gui.add_argument(
        "--page",
        default="inbox",
        choices=["inbox", "followups", "dashboard", "reports", "templates", "imports", "settings"],
    )
    gui.add_argument("--screenshot", type=Path, help="with --smoke: save the window as PNG")
    gui.add_argument(
        "--open", type=Path, metavar="FILE", help="import this file (as 'Open with' does)"
    )

    sub.add_parser("demo", help="fill the database with demo feedback")

    stats = sub.add_parser("stats", help="figures for a month, some days or everything")
    stats.add_argument("--month", help="YYYY-MM")
    stats.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="the first day")
    stats.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="the last day")
    for name in ("channel", "location", "product"):
        stats.add_argument(f"--{name}", default="", help=f"only feedback of this {name}")
    stats.add_argument("--json", action="store_true")

    search = sub.add_parser("search", help="full-text search")
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=100)

    imp = sub.add_parser("import", help="import a CSV, TSV, JSON or Excel export, all or nothing")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--preset",
        help="google_forms_nps, survey_nps, survey, trustpilot, google_play, shop_reviews, "
        "review_platform, google_takeout or generic (default: recognised from the file)",
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="put a column into a field, e.g. --map body=Comments",
    )
    imp.add_argument("--channel", help="the channel of every row, e.g. google")
    imp.add_argument("--encoding", help="the file's encoding (default: detected)")
    imp.add_argument("--delimiter", help="comma, semicolon, tab or pipe (default: detected)")
    imp.add_argument(
        "--date-order",
        choices=["mdy", "dmy"],
        help="for dates like 03/04/2026: month first (mdy) or day first (dmy); "
        "default: decided from the file, month first when it cannot tell",
    )
    imp.add_argument("--sheet", help="the sheet of an Excel workbook (default: the first table)")
    imp.add_argument(
        "--import-duplicates",
        action="store_true",
        help="import rows that are already there (or repeated in the file) all the same",
    )
    imp.add_argument("--strict", action="store_true", help="refuse the file if any row is bad")
    imp.add_argument("--json", action="store_true")

    undo = sub.add_parser("undo-import", help="remove everything an import added")
    undo.add_argument("batch_id", type=int)

    followups = sub.add_parser("followups", help="open follow-ups, overdue first")
    followups.add_argument("--json", action="store_true")
    followups.add_argument(
        "--ics", type=Path, metavar="FILE", help="also write them as a calendar file"
    )
    followups.add_argument(
        "--at-risk", action="store_true", help="customers at risk instead: nobody answered them"
    )

    responses = sub.add_parser("responses", help="how fast feedback was answered")
    responses.add_argument("--by", choices=["week", "month", "quarter", "member"], default="month")
    responses.add_argument("--json", action="store_true")

    templates = sub.add_parser("templates", help="list, export or import response templates")
    templates.add_argument("--export", type=Path, metavar="FILE", help="write them to a file")
    templates.add_argument("--import", dest="import_file", type=Path, metavar="FILE")
    templates.add_argument("--json", action="store_true")

    report = sub.add_parser("report", help="the printable monthly report, as a PDF")
    report.add_argument("--month", required=True, help="YYYY-MM")
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument("--location", default="", help="only this location's feedback")
    report.add_argument(
        "--paper", choices=["a4", "letter"], help="default: the one your country uses"
    )

    export = sub.add_parser(
        "export",
        help="everything: feedback with tags, notes, replies and follow-ups, customers, tags, "
        "templates, settings",
    )
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--format", choices=["csv", "json"])
    export.add_argument(
        "--customer",
        metavar="EMAIL|PHONE|ID",
        help="only this customer's feedback, replies and follow-ups (a data access request)",
    )

    erase = sub.add_parser(
        "erase-customer",
        help="erase one customer's name, e-mail and phone everywhere (their scores are kept)",
    )
    erase.add_argument("who", metavar="EMAIL|PHONE|ID")
    erase.add_argument(
        "--backups",
        choices=["keep", "remove", "rewrite"],
        default="keep",
        help="the backups that still hold them: keep them (default, and listed), remove them, "
        "or rewrite them without the customer",
    )
    erase.add_argument("--json", action="store_true")

    backup = sub.add_parser("backup", help="a consistent copy of the database now")
    backup.add_argument(
        "--out", type=Path, metavar="FILE", help="where (default: the backups folder beside it)"
    )

    backups = sub.add_parser("backups", help="the backups kept for the database, newest first")
    backups.add_argument("--json", action="store_true")

    restore = sub.add_parser(
        "restore", help="put a backup in place of the database (which is kept as a backup first)"
    )
    restore.add_argument("backup", type=Path, help="the backup file, or 'newest'")

    move = sub.add_parser(
        "move-to-server",
        help="copy this computer's database to a team server (PostgreSQL); the file stays as it is",
    )
    move.add_argument("server", metavar="postgresql://USER@HOST:PORT/NAME", type=db_argument)
    move.add_argument(
        "--replace",
        action="store_true",
        help="replace the desk on the server even if it holds feedback already",
    )
    move.add_argument("--json", action="store_true")
    return parser


def db_argument(text: str):
    """``--db``: a file's path, or a team server's location (``postgresql://...``, or
    libpq's ``host=... dbname=...``)."""
    from .core.store.location import is_server_address, parse_location

    if is_server_address(text):
        try:
            return parse_location(text)
        except ValueError as exc:  # its words never quote the address (it may hold a password)
            raise argparse.ArgumentTypeError(f"the server address cannot be read: {exc}") from None
    return Path(text)


def _on_server(db) -> bool:
    return getattr(db, "is_server", False)


def _file_only(args, why: str) -> Path:
    """The database file of a command that only makes sense on a file; on a team server, a
    plain refusal saying why."""
    from .core.paths import default_db_path

    if _on_server(args.db):
        raise UsageError(f"{args.db} is a team server: {why}")
    return args.db or default_db_path()


SERVER_BACKUPS = (
    "the server's own backups (pg_dump, made by whoever runs the server) protect the team's "
    "desk; Feedback Desk makes no copies of it. Keep a copy of the feedback with: "
    "feedback-desk --db SERVER export --out FILE"
)


def opened_with(argv: list[str]) -> list[str]:
    """``feedback-desk [--db P] reviews.csv``, as a file manager's "Open with" starts the
    app, means ``gui --open reviews.csv``; anything else is left as it is."""
    rest = list(argv)
    at = 0
    while at < len(rest) and rest[at].startswith("-"):
        at += 2 if rest[at] == "--db" else 1
    if at == len(rest) - 1 and rest[at] not in (*COMMANDS, "gui") and _names_a_file(rest[at]):
        rest[at:at] = ["gui", "--open"]
    return rest


def _names_a_file(word: str) -> bool:
    """A file, or what can only be meant as one (it has a folder or an extension): the window
    then says plainly that it is not there, rather than a windowed app ending in silence."""
    path = Path(word)
    return path.is_file() or bool(path.suffix) or len(path.parts) > 1


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # only a frozen app needs it: not loaded for the others
        import multiprocessing

        multiprocessing.freeze_support()  # the frozen app starts its import helper this way
    argv = opened_with(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    from .core.owner_only import private_by_default

    private_by_default()  # before the first file: the log, the database, an export
    from .logs import setup_logging

    log_path = setup_logging(args.verbose)
    if args.command in (None, "gui"):
        from .ui.app import run_gui

        return run_gui(
            args.db,
            smoke=getattr(args, "smoke", False),
            page=getattr(args, "page", "inbox"),
            screenshot=getattr(args, "screenshot", None),
            open_file=getattr(args, "open", None),
            started=STARTED,
            log_path=log_path,
        )
    from .core.backups import tidy
    from .core.importer import ImportRefused
    from .core.importing.reading import NotATable
    from .core.paths import default_db_path
    from .core.store import DatabaseDamaged, StoreError

    if not _on_server(args.db):
        _tighten(args.db)
        tidy(args.db or default_db_path())  # what a killed backup, export or restore left
    try:
        return COMMANDS[args.command](args)
    except (StoreError, UsageError, OSError, NotATable, ImportRefused, LookupError) as exc:
        # Only the kind of error: its words may quote a customer's details from a file.
        log.warning("%s failed: %s", args.command, type(exc).__name__)
        print(f"feedback-desk: {_plain(exc)}", file=sys.stderr)
        if isinstance(exc, DatabaseDamaged) and not _on_server(args.db):
            _hint_restore(args.db)
        return 2
    except sqlite3.Error as exc:  # a read-only file or folder, a full disk, damage found late
        from .core.errors import Fault, fault_of
        from .core.problems import plain_write_problem

        log.warning("%s failed: %s", args.command, type(exc).__name__)
        if fault_of(exc) is Fault.DAMAGE:  # only damage is offered a restore
            print(f"feedback-desk: the database is damaged ({exc}).", file=sys.stderr)
            _hint_restore(args.db)
            return 2
        said = (
            plain_write_problem(exc, translate("faults", "nothing was changed"))
            or f"the database failed ({exc})"
        )
        print(f"feedback-desk: {said}", file=sys.stderr)
        return 2


def _tighten(db: Path | None) -> None:
    """Files other accounts could read are made the owner's alone, and the owner told."""
    from .core.owner_only import tighten
    from .core.paths import data_dir, default_db_path

    if tighten(data_dir(), db or default_db_path()):
        print(
            "feedback-desk: the database, its backups and the logs could be read by other "
            "accounts on this computer; now only you can read them.",
            file=sys.stderr,
        )


def _command(db: Path | None, *words: str) -> str:
    """A command line to copy: the database named only when it was (the default is implied),
    quoted as this system's shell wants (the data folder has a space in its name)."""
    import shlex
    import subprocess

    parts = ["feedback-desk", *(["--db", str(db)] if db else []), *words]
    return subprocess.list2cmdline(parts) if os.name == "nt" else shlex.join(parts)


def _hint_restore(db: Path | None) -> None:
    from .core.backups import newest_sound
    from .core.paths import default_db_path

    db_path = db or default_db_path()
    newest = newest_sound(db_path)
    if newest is not None:
        print(
            f"Its newest good backup is from {newest.created:%Y-%m-%d %H:%M}. Put it in its "
            f"place (the damaged file is kept) with: {_command(db, 'restore', 'newest')}",
            file=sys.stderr,
        )


def _plain(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return str(exc)


def _store(args, reads_only: bool = False):
    """The database of the command. One that may not be written is still opened, as it is,
    by a command that only ``reads_only`` (figures, search, export, a backup elsewhere)."""
    from .core.paths import default_db_path
    from .core.store import NotWritable, Store

    if _on_server(args.db):
        return Store(server_location(args.db))
    path = args.db or default_db_path()
    try:
        return Store(path)
    except NotWritable:
        if not reads_only:
            raise
        store = Store.reading(path)
        print(f"feedback-desk: {path} is read-only; reading it as it is.", file=sys.stderr)
        return store


def server_location(server):
    """A team server's location with its password (the address's, libpq's PGPASSWORD or
    .pgpass, or the keyring's, see core/team.py); one reached without TLS is refused."""
    from .core import team

    if words := team.needs_tls_words(server):
        raise UsageError(words)
    return team.with_password(server)


def month_range(text: str) -> tuple[date, date]:
    """'2026-10' -> (2026-10-01, 2026-10-31)."""
    from .core.report import month_days

    try:
        return month_days(text)
    except ValueError:
        raise UsageError(f"'{text}' is not a month; write it as YYYY-MM, e.g. 2026-10") from None


def cmd_demo(args) -> int:
    from .core.demo import load_demo

    with _store(args) as store:
        print(load_demo(store).describe())
    return 0


def day_of(text: str | None) -> date | None:
    """'2026-10-03' -> that day; None stays None."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"'{text}' is not a day; write it as YYYY-MM-DD, e.g. 2026-10-03"
        ) from None


def cmd_stats(args) -> int:
    from .core.records import Segment

    if args.month and (args.first or args.last):
        raise UsageError("give either --month or --from/--to, not both")
    if args.month:
        start, end = month_range(args.month)
    else:
        start, end = day_of(args.first), day_of(args.last)
        if start and end and start > end:
            raise UsageError(f"--from {start} is after --to {end}")
    from .core.intake import normalise_channel

    # Channels are kept as keys: "In person" is in_person (none given: every channel).
    channel = normalise_channel(args.channel) if args.channel.strip() else ""
    segment = Segment(channel, args.location, args.product)
    with _store(args, reads_only=True) as store:
        figures = store.stats(start, end, segment=segment)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
        return 0
    nps = figures["nps"]
    score = (
        "no 0-10 answers"
        if nps["score"] is None
        else (f"{nps['score']:+.0f} ± {nps['margin95']:.0f} from {nps['responses']} answers")
    )
    period = figures["period"]
    print(f"Feedback {period['from'] or '-'} to {period['to'] or '-'}: {figures['feedback']}")
    print(f"NPS: {score}")
    s = figures["sentiment"]
    print(
        f"Positive {s['positive']}, neutral {s['neutral']}, negative {s['negative']}, "
        f"not scored {s['unscored']}"
    )
    print(f"Replied {figures['replied']}, needs a reply {figures['needs_reply']}")
    first = figures["first_response"]
    if first["median_hours"] is not None:
        print(
            f"First response: median {first['median_hours']} hours, "
            f"{first['share_within_24h']:.0%} answered within 24 hours"
        )
    return 0


def cmd_followups(args) -> int:
    from .core.followups import calendar, summary_of
    from .core.settings import BUSINESS_NAME, followup_rules, text_setting
    from .core.writing import write_text

    today = date.today()
    with _store(args, reads_only=True) as store:
        if args.at_risk:
            found = store.at_risk(today, followup_rules(store).at_risk_after_days)
        else:
            found = store.followups("open", today)
            if args.ics:
                text = calendar(found, text_setting(store, BUSINESS_NAME), datetime.now())
                write_text(args.ics, text, translate("faults", "the calendar file was not written"))
    if args.json:
        rows = (
            [dataclasses.asdict(r) for r in found]
            if args.at_risk
            else [f.as_dict(today.isoformat()) for f in found]
        )
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for entry in found:
        if args.at_risk:
            print(f"{entry.feedback_id}\t{entry.received_at[:10]}\t{entry.kind}\t{entry.name}")
        else:
            late = "overdue" if entry.overdue(today.isoformat()) else ""
            print(f"{entry.id}\t{entry.due}\t{summary_of(entry)}\t{entry.assignee}\t{late}")
    if args.ics and not args.at_risk:
        print(f"Wrote {len(found)} follow-ups to {args.ics}")
    return 0


def cmd_responses(args) -> int:
    with _store(args, reads_only=True) as store:
        groups = store.response_times_by(args.by)
    if args.json:
        key = "member" if args.by == "member" else "period"
        print(json.dumps([{key: k, **t.as_dict()} for k, t in groups], ensure_ascii=False))
        return 0
    for name, times in groups:
        median = "-" if times.median_hours is None else f"{times.median_hours} h"
        print(
            f"{name or '(not recorded)'}\t{times.answered} of {times.feedback} answered\t"
            f"median {median}\t{times.within_24h} within 24 h"
        )
    return 0


def cmd_templates(args) -> int:
    from .core.templates import export_templates, import_templates

    with _store(args) as store:
        if args.import_file:
            try:
                added = store.add_templates(import_templates(args.import_file))
            except ValueError as exc:
                raise UsageError(str(exc)) from None
            print(f"Added {len(added)} templates from {args.import_file.name}.")
        if args.export:
            export_templates(store.response_templates(), args.export)
            print(f"Exported the templates to {args.export}")
        if args.import_file or args.export:
            return 0
        templates = store.response_templates()
    if args.json:
        rows = [
            {
                "id": t.id,
                "name": t.name,
                "suits": list(t.sentiments),
                "tags": list(t.tags),
                "uses": t.uses,
            }
            for t in templates
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for t in templates:
        print(f"{t.id}\t{t.name}\tused {t.uses} times")
    return 0


def cmd_search(args) -> int:
    with _store(args, reads_only=True) as store:
        found = store.search(args.query, limit=args.limit)
    if args.json:
        print(json.dumps([item.as_dict() for item in found], ensure_ascii=False))
    else:
        for item in found:
            text = " ".join(item.body.split())
            print(f"{item.id}\t{item.received_at[:10]}\t{item.sentiment}\t{text[:80]}")
    return 0


def cmd_import(args) -> int:
    from .core.importing import scoring

    # The process that reads the words starts first, so its start-up overlaps the loading of
    # the rest of the import and the opening of the database.
    size = scoring.file_size(args.file)
    with scoring.helper_for(size, scoring.start_helper(size)) as helper:
        return _import_file(args, helper)


def _import_file(args, helper) -> int:
    from .core.importer import ImportSettings, run_import
    from .core.restore import export_format, restore_export

    # A Feedback Desk export is restored whole into an empty desk; --preset/--map/--channel
    # ask for the ordinary import of its rows instead.
    if not (args.preset or args.map or args.channel) and export_format(args.file):
        with _store(args) as store:
            restored = restore_export(store, args.file)
        if args.json:
            print(json.dumps(restored.as_dict(), ensure_ascii=False))
        else:
            print(restored.describe())
        return 0
    overrides = {}
    for pair in args.map:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise UsageError(f"--map takes FIELD=COLUMN, e.g. body=Comments (not '{pair}')")
        overrides[field.strip()] = column.strip()
    settings = ImportSettings(
        encoding=args.encoding,
        delimiter=args.delimiter,
        preset=args.preset,
        overrides=overrides,
        channel=args.channel,
        date_order=args.date_order,
        strict=args.strict,
        sheet=args.sheet,
        keep_duplicates=args.import_duplicates,
    )
    with _store(args) as store:
        from .core.backups import before_import

        before_import(store)
        try:
            summary = run_import(store, args.file, settings, helper=helper)
        except ValueError as exc:  # an unknown preset, field or column
            raise UsageError(str(exc)) from None
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
        return 0
    print(
        f"Imported {summary.added} new feedback items from {summary.file} "
        f"(import {summary.batch_id}; undo it with: feedback-desk undo-import "
        f"{summary.batch_id})."
    )
    if summary.duplicates:
        print(f"{summary.duplicates} were already there and were passed over.")
    for problem in summary.skipped:
        print(f"Skipped row {problem['row']}: {problem['reason']}")
    return 0


def cmd_undo_import(args) -> int:
    from .core.importer import undo_import

    with _store(args) as store:
        removed = undo_import(store, args.batch_id)
    print(f"Removed the {removed} feedback items that import {args.batch_id} added.")
    return 0


def cmd_export(args) -> int:
    from .core.export import export_desk

    with _store(args, reads_only=True) as store:
        if args.customer is not None:
            from .core import erasure

            person = erasure.find(store, args.customer)
            count = erasure.export_customer(store, person, args.out, args.format)
            print(f"Exported customer {person.id}'s {count} feedback items to {args.out}")
            return 0
        count = export_desk(store, args.out, args.format)
    print(f"Exported {count} feedback items to {args.out}")
    return 0


def cmd_erase_customer(args) -> int:
    from .core import erasure

    with _store(args) as store:
        person = erasure.find(store, args.who)
        done = erasure.erase(store, person)
        rewritable = [b for b in done.backups if erasure.can_rewrite(b)]
        if args.backups == "remove":
            erasure.remove_backups(done.backups)
        elif args.backups == "rewrite":
            for backup in rewritable:
                erasure.rewrite_backup(backup, person)
    if args.json:
        print(erasure.as_json(done))
        return 0
    print(done.describe())
    if args.backups == "remove" and done.backups:
        print(f"Removed the {len(done.backups)} backups that held them.")
    elif args.backups == "rewrite" and done.backups:
        print(f"Rewrote {len(rewritable)} backups without them.")
        for backup in done.backups:
            if backup not in rewritable:
                print(
                    "Made by an older version (or unreadable), so only removing it takes them "
                    f"out: {backup.path}"
                )
    else:
        for backup in done.backups:
            print(f"Still in the backup {backup.path}")
        if done.backups:
            print(
                "Take them out with: "
                + _command(args.db, "erase-customer", str(person.id), "--backups", "rewrite")
                + " (or --backups remove)"
            )
    return 0


def cmd_report(args) -> int:
    from .core import report

    first, _ = month_range(args.month)
    if first > date.today():
        raise UsageError(f"{args.month} has not started yet; a report is of a month begun")
    said = f"{first:%B %Y}"  # the C locale's English, before Qt takes the system's locale
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen is needed to print
    from PySide6.QtGui import QPageSize

    from .ui.app import make_app
    from .ui.report.render import default_page_size, write_pdf

    make_app()
    sizes = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    with _store(args, reads_only=True) as store:
        places = store.filter_values("location")
        if args.location and args.location not in places:
            known = ", ".join(places) or "none yet"
            raise UsageError(f"no feedback from location '{args.location}' (locations: {known})")
        made = report.build(store, f"{first:%Y-%m}", date.today(), args.location)
    pages = write_pdf(made, args.out, sizes[args.paper] if args.paper else default_page_size())
    print(f"Wrote the report of {said} to {args.out} ({pages} page{'s' * (pages > 1)})")
    return 0


def cmd_backup(args) -> int:
    from .core.backups import check_target

    db_path = _file_only(args, SERVER_BACKUPS)
    if not db_path.is_file():
        raise UsageError(f"there is no database at {db_path} to back up")
    if args.out:
        check_target(db_path, args.out)
    # A backup only reads the database: one that may not be written is copied as it is.
    with _store(args, reads_only=True) as store:
        print(store.backup(args.out) if args.out else store.backup(reason="manual"))
    return 0


def cmd_backups(args) -> int:
    from .core.backups import list_backups

    db_path = _file_only(args, SERVER_BACKUPS)
    kept = list_backups(db_path)
    if args.json:
        print(json.dumps([backup.as_dict() for backup in kept], ensure_ascii=False))
        return 0
    if not kept:
        there = db_path.is_file()
        print(f"No backups of {db_path} yet." if there else f"There is no database at {db_path}.")
    elif not db_path.is_file():
        print(
            f"The database {db_path} is not there; put a backup in its place with: "
            f"{_command(args.db, 'restore', 'BACKUP')}",
            file=sys.stderr,
        )
    for backup in kept:
        print(f"{backup.created:%Y-%m-%d %H:%M:%S}\t{backup.reason}\t{backup.bytes}\t{backup.path}")
    return 0


def cmd_restore(args) -> int:
    from .core import backups
    from .core.store.database import open_elsewhere

    db_path = _file_only(
        args,
        "a backup file restores into a database file only; the server's own backups "
        "(pg_restore) restore the team's desk, and an export restores with: "
        "feedback-desk --db SERVER import EXPORT.json",
    )
    checked = str(args.backup) == "newest"  # newest_sound has checked it whole
    if checked:
        newest = backups.newest_sound(db_path)
        if newest is None:
            raise UsageError(f"there is no backup of {db_path} that can be restored")
        chosen = newest.path
    else:
        chosen = args.backup
    if db_path.is_file() and _in_use(db_path, open_elsewhere):
        raise UsageError(f"{db_path.name} is open in a window; close it, then restore")
    kept_as = backups.restore(db_path, chosen, checked=checked)
    print(f"Restored {chosen} into {db_path}.")
    if kept_as:
        print(f"The database as it was is kept as {kept_as}.")
    return 0


def cmd_move_to_server(args) -> int:
    from .core.store.pg.move import move_to_server

    source = _file_only(args, "move-to-server copies a database file to a server; give the file")
    if not _on_server(args.server):  # shown with no password, if one was typed by mistake
        raise UsageError(
            "the place to move to is not a server address (postgresql://USER@HOST/NAME)"
        )
    if not source.is_file():
        raise UsageError(f"there is no database at {source} to move")
    target = server_location(args.server)

    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\rcopied {done} of {total} rows", end="", file=sys.stderr, flush=True)

    moved = move_to_server(source, target, replace=args.replace, progress=progress)
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print(json.dumps(moved.as_dict(), ensure_ascii=False))
    else:
        print(moved.describe())
        print(f"Open it with: {_command(None, '--db', str(target), 'gui')}")
    return 0


def _in_use(db_path: Path, open_elsewhere) -> bool:
    try:
        return open_elsewhere(db_path)
    except sqlite3.DatabaseError:  # damaged: nothing can be using it
        return False


COMMANDS = {
    "demo": cmd_demo,
    "stats": cmd_stats,
    "search": cmd_search,
    "export": cmd_export,
    "report": cmd_report,
    "followups": cmd_followups,
    "responses": cmd_responses,
    "templates": cmd_templates,
    "import": cmd_import,
    "undo-import": cmd_undo_import,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "erase-customer": cmd_erase_customer,
    "move-to-server": cmd_move_to_server,
}
