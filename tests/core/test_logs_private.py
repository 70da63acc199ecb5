"""No customer's details in the log: imports, erasures, failed commands and crashes with
known names, e-mails, phones and words, then the log files searched for every one of them."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from tests.core.test_cli import cli

NAME, EMAIL, PHONE, WORDS = "Soo-ah Kwon", "sooah.kwon@example.kr", "010-9876-5432", "pistachio"
TRACES = (NAME, "Kwon", EMAIL, PHONE, "98765432", WORDS, "Elm Street")


def log_text() -> str:
    logs = Path(os.environ["FEEDBACK_DESK_HOME"]) / "logs"
    return "".join(p.read_text(encoding="utf-8") for p in logs.iterdir())


def assert_no_trace(text: str) -> None:
    for trace in TRACES:
        assert trace.lower() not in text.lower(), trace


def test_imports_erasures_failures_and_crashes_leave_no_personal_data_in_the_log(tmp_path):
    db = tmp_path / "shop.db"
    table = tmp_path / "survey.csv"
    # A survey export with a row whose date cannot be read, so the skip reason quotes it.
    table.write_text(
        "Date,Name,Email,Phone,Score,Comment,Address\n"
        f"2026-10-01,{NAME},{EMAIL},{PHONE},9,Loved the {WORDS} cake,12 Elm Street\n"
        f"{NAME} {EMAIL},{NAME},{EMAIL},{PHONE},3,Too sweet,12 Elm Street\n",
        encoding="utf-8",
    )
    cli("--verbose", "import", str(table), db=db)
    assert cli("import", str(table), "--strict", db=db, check=False).returncode == 2
    cli("export", "--customer", EMAIL, "--out", str(tmp_path / "one.json"), db=db)
    cli("erase-customer", PHONE, db=db)
    failed = cli("erase-customer", EMAIL, db=db, check=False)  # erased: nobody has it now
    assert failed.returncode == 2 and EMAIL in failed.stderr  # the owner is told, the log not
    crash = (
        "import sys\nfrom feedback_desk.logs import setup_logging\n"
        "from feedback_desk.ui import crash\nsetup_logging()\ncrash.install(None)\n"
        f"raise ValueError({f'cannot read {EMAIL} {PHONE} {NAME}'!r})"
    )
    from tests.conftest import guarded_env

    result = subprocess.run(
        [sys.executable, "-c", crash], capture_output=True, text=True, env=guarded_env()
    )
    assert result.returncode == 1 and EMAIL in result.stderr  # shown where it happened
    text = log_text()
    assert "Unexpected error" in text and "line 6" in text and "\nValueError\n" in text
    assert "erased customer" in text
    assert_no_trace(text)


def test_an_error_logged_with_its_traceback_keeps_its_kind_and_not_its_words():
    from feedback_desk.logs import setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging()
    try:
        try:
            try:
                raise KeyError(EMAIL)
            except KeyError as exc:
                raise RuntimeError(f"row of {NAME}") from exc
        except RuntimeError:
            logging.getLogger("feedback_desk.ui.jobs").exception("background work failed")
    finally:
        for handler in set(root.handlers) - set(before):
            handler.close()
            root.removeHandler(handler)
    text = log_text()
    assert "background work failed" in text and "RuntimeError" in text and "KeyError" in text
    assert_no_trace(text)
