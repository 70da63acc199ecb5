"""Property tests on the real export shapes (tests/data/exports): cut short, bytes changed,
JSON nested deep or holding huge numbers or several documents. Every case ends in an import
that accounts for every row, or a plain refusal that leaves the database as it was."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback_desk.core.importer import ImportSettings, check_rows, preview, run_import
from feedback_desk.core.importing.reading import open_table
from feedback_desk.core.store import Store
from tests.core.test_fuzz_import import (
    FUZZ,
    REFUSALS,
    assert_plain,
    check_summary,
    dump,
    outcome,
)

EXPORTS = Path(__file__).parent.parent / "data" / "exports"
FILES = sorted(p for p in EXPORTS.iterdir() if p.suffix in (".csv", ".json", ".xlsx", ".xls"))


@pytest.fixture(scope="module")
def fresh_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "fresh.db"
    Store(path).close()
    return path


def attempt(fresh_db: Path, data: bytes, suffix: str) -> dict | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"export{suffix}"
        path.write_bytes(data)
        db = Path(folder) / "feedback.db"
        shutil.copyfile(fresh_db, db)
        before = dump(db)
        with Store(db) as store:
            try:
                shown = preview(store, path)
                check = check_rows(store, path, ImportSettings(), shown.mapping)
                summary = run_import(store, path)
            except REFUSALS as refusal:
                assert_plain(str(refusal))
                outcome(f"refused: {' '.join(str(refusal).split()[:5])}")
                store.close()
                assert dump(db) == before, "a refused file changed the database"
                return None
            assert summary.skipped == check.problems
            assert summary.duplicate_rows == check.duplicates
            outcome("imported")
            rows = sum(1 for _ in open_table(path).rows())
            check_summary(store, summary, rows, shown.info.header_row)
            return summary.as_dict()


@FUZZ
@given(
    name=st.sampled_from(FILES),
    cut=st.floats(0, 1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=6),
)
def test_cut_and_changed_real_exports_import_or_are_refused_plainly(fresh_db, name, cut, flips):
    data = bytearray(name.read_bytes())
    for where, byte in flips:
        data[int(where * (len(data) - 1))] = byte
    attempt(fresh_db, bytes(data[: max(1, int(cut * len(data)))]), name.suffix)


record = st.fixed_dictionaries(
    {"text": st.text(max_size=20), "stars": st.integers(-(10**6), 10**6)},
    optional={"reply": st.text(max_size=10), "when": st.sampled_from(["2026-05-01", "x"])},
)


@FUZZ
@given(
    depth=st.integers(0, 5000),
    digits=st.integers(1, 6000),
    documents=st.integers(1, 3),
    records=st.lists(record, max_size=5),
)
def test_json_nested_deep_with_huge_numbers_or_several_documents(
    fresh_db, depth, digits, documents, records
):
    import json

    body = json.dumps([*records, {"text": "deep", "value": "[" * 0}])
    nested = "[" * depth + "1" + "]" * depth
    huge = "9" * digits
    one = body[:-1] + f', {{"text": "n", "nested": {nested}, "big": {huge}}}]'
    attempt(fresh_db, ("\n".join([one] * documents)).encode(), ".json")
