"""One fresh database per test, and no test ever touches the real user folders."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
# The tags a new database starts with (schema V1): what several tests expect.
STARTING_TAGS = frozenset(
    {
        "Speed",
        "Price",
        "Quality",
        "Staff",
        "Cleanliness",
        "Order accuracy",
        "Atmosphere",
        "Menu",
        "Location",
    }
)


def shared_data(*parts: str) -> Path:
    """A file of ../shared/data, or a skip saying why when it is not there."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared real-world data sits beside the checkout")
    return path


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Data, logs and window settings go to the test's own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("FEEDBACK_DESK_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "feedback.db"


@pytest.fixture
def store(db_path):
    from feedback_desk.core.store import Store

    with Store(db_path) as opened:
        yield opened
