"""The window opens without what its first screen does not show (issue #21): the charts
(pyqtgraph, numpy), the other pages and the sentiment models load when first needed, so the
inbox paints sooner. Each start runs in a fresh process: this test process has loaded them all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import assert_no_network, guarded_env

# Loaded only when the owner opens what needs them.
LATER = (
    "numpy",
    "pyqtgraph",
    "vaderSentiment",
    "sqlite_utils",
    "feedback_desk.core.vader",
    "feedback_desk.core.importer",
    "feedback_desk.ui.dashboard.page",
    "feedback_desk.ui.report.page",
    "feedback_desk.ui.followups.page",
    "feedback_desk.ui.templates.page",
    "feedback_desk.ui.imports.history",
    "feedback_desk.ui.settings.page",
)

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from feedback_desk.cli import main
    from feedback_desk.core import korean

    db, later = sys.argv[1], sys.argv[2:]
    code = main(["--db", db, "gui", "--smoke"])
    first = [name for name in later if name in sys.modules]
    model_read = korean.model.cache_info().currsize > 0

    # Then the owner opens the dashboard and the other pages: what they need loads then.
    from feedback_desk.core.store import Store
    from feedback_desk.ui.main_window import MainWindow

    window = MainWindow(Store(db))
    window.show()
    for page in ("dashboard", "followups", "templates", "imports", "settings"):
        window.show_page(page)
        window.grab()
    then = [name for name in later if name in sys.modules]
    print(json.dumps({"code": code, "first": first, "model": model_read, "then": then}))
    """
)


def run_python(args: list[str], language: str) -> str:
    """``python ARGS`` offscreen, in ``language``, under the network guard: its output."""
    env = guarded_env(
        dict(os.environ, QT_QPA_PLATFORM="offscreen", FEEDBACK_DESK_LANGUAGE=language)
    )
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=120
    )
    assert_no_network(done)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_inbox_paints_before_charts_other_pages_and_models_load(tmp_path, language):
    db = tmp_path / "demo.db"
    run_python(["-m", "feedback_desk", "--db", str(db), "demo"], language)
    output = run_python(["-c", SCRIPT, str(db), *LATER], language)
    ready, result = output.strip().splitlines()[-2:]
    assert ready.startswith("ready ")  # the inbox painted with the demo's feedback
    seen = json.loads(result)
    assert seen["code"] == 0
    assert seen["first"] == []
    assert not seen["model"]
    # Opening the pages loads their code and the charts' libraries: the check above can fail.
    assert {"numpy", "pyqtgraph", "feedback_desk.ui.dashboard.page"} <= set(seen["then"])
    assert "feedback_desk.ui.settings.page" in seen["then"]
