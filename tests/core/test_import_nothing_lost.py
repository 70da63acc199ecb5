"""Nothing dropped, garbled or stripped in silence (issue 18): text in angle brackets, old Mac
line ends, huge cells, a mostly-UTF-8 file with a bad byte, duplicates named before writing,
and plain refusals (never a traceback) for files that are not one table of records."""

from __future__ import annotations

import json

import pytest

from feedback_desk.core.importer import (
    ImportSettings,
    check_rows,
    plain_reason,
    preview,
    run_import,
)
from feedback_desk.core.importing.reading import NotATable
from feedback_desk.core.store import Store

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "desk.db") as s:
        yield s


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _bodies(store):
    return [item.body for item in store.iter_feedback()]


def test_text_in_angle_brackets_is_kept_unless_it_is_html(store, tmp_path):
    path = _write(
        tmp_path,
        "r.csv",
        b'Review,Stars\n"Please email me at <jane@example.com>",2\n'
        b'"<p>Lovely <b>cake</b></p>",5\n"I <3 the <Gangnam> branch",4\n',
    )
    run_import(store, path)
    assert _bodies(store) == [
        "Please email me at <jane@example.com>",
        "Lovely cake",
        "I <3 the <Gangnam> branch",
    ]


def test_old_mac_line_ends_are_read(store, tmp_path):
    path = _write(tmp_path, "mac.csv", b'Name,Review\r"Ann","Good one"\r"Bo","Too slow"\r')
    summary = run_import(store, path)
    assert (summary.added, _bodies(store)) == (2, ["Good one", "Too slow"])


def test_a_cell_of_any_size_is_read(store, tmp_path):
    long_text = "word " * 60_000  # 300 KB, over csv's 128 KB default
    path = _write(tmp_path, "big.csv", f'Review,Stars\n"{long_text}",3\n'.encode())
    run_import(store, path)
    assert _bodies(store) == [long_text.strip()]


def test_a_mostly_utf8_file_stays_utf8_and_names_the_bad_row(store, tmp_path):
    rows = ["Review,Stars"] + [f"맛있어요 café {n},5" for n in range(20)]
    data = "\n".join(rows).encode() + b"\nbad \xff byte here,1\n"
    path = _write(tmp_path, "mixed.csv", data)
    shown = preview(store, path)
    assert (shown.info.encoding, shown.info.encoding_why) == ("utf-8", "utf8_with_bad_bytes")
    assert check_rows(store, path, ImportSettings(), shown.mapping).bad_byte_rows == [22]
    summary = run_import(store, path)
    assert (summary.encoding, summary.encoding_why, summary.bad_byte_rows) == (
        "utf-8",
        "utf8_with_bad_bytes",
        [22],
    )
    bodies = _bodies(store)
    assert bodies[0] == "맛있어요 café 0" and bodies[-1] == "bad \ufffd byte here"


def test_duplicates_are_named_before_writing_and_can_be_imported_anyway(store, tmp_path):
    path = _write(tmp_path, "r.csv", b"Date,Review,Stars\n2026-05-01,Great,5\n2026-05-02,Slow,2\n")
    first = run_import(store, path)
    again = _write(
        tmp_path,
        "r2.csv",
        b"Date,Review,Stars\n2026-05-01,Great,5\n2026-05-03,New,4\n2026-05-03,New,4\n",
    )
    shown = preview(store, again)
    ids = {item.body: item.id for item in store.iter_feedback()}
    check = check_rows(store, again, ImportSettings(), shown.mapping)
    assert check.duplicates == [{"row": 2, "item": ids["Great"]}, {"row": 4, "of_row": 3}]
    assert len(_bodies(store)) == first.added == 2  # the check wrote nothing
    summary = run_import(store, again)
    assert (summary.added, summary.duplicates, summary.duplicate_rows) == (
        1,
        2,
        check.duplicates,
    )
    anyway = run_import(store, again, ImportSettings(keep_duplicates=True))
    # Imported anyway: added, and still named as repeats of what they repeat.
    assert (anyway.added, anyway.duplicates, len(anyway.duplicate_rows)) == (3, 0, 3)
    assert _bodies(store).count("Great") == 2


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'[{"a": "x"}]\n[{"a": "y"}]', "more than one JSON document"),
        (b'{"reviews": [{"comment": "x"}]}\n{"reviews": []}', "more than one JSON document"),
        (b'{"a": "x"}\n{"a": "y"}\n', "more than one JSON document"),
        (b"[" * 100_000 + b"]" * 100_000, "nests its values too deeply"),
        (b'[{"score": ' + b"9" * 4301 + b"}]", "thousands of digits"),
    ],
)
def test_json_that_is_not_one_table_is_refused_in_words(store, tmp_path, data, words):
    path = _write(tmp_path, "x.json", data)
    before = list(store.conn.iterdump())
    with pytest.raises(NotATable, match=words) as refused:
        run_import(store, path)
    assert "Error" not in str(refused.value) and "Traceback" not in str(refused.value)
    assert plain_reason(refused.value) == str(refused.value)
    assert list(store.conn.iterdump()) == before


@pytest.mark.parametrize("encoding", ["rot13", "base64", "zlib", "no-such-thing"])
def test_a_codec_that_is_not_a_text_encoding_is_refused_in_words(store, tmp_path, encoding):
    path = _write(tmp_path, "r.csv", b"Review,Stars\nGood,5\n")
    with pytest.raises(NotATable, match=r"is not a text encoding I know\. Choose one such as"):
        run_import(store, path, ImportSettings(encoding=encoding))
    assert _bodies(store) == []


def test_records_keep_their_json_numbers_and_nesting(store, tmp_path):
    items = [{"id": 1, "stars": 4, "text": "Good", "meta": {"tags": ["a", "b"]}}]
    path = _write(tmp_path, "r.json", json.dumps(items).encode())
    run_import(store, path)
    (item,) = store.iter_feedback()
    assert (item.rating, item.body, item.external_id) == (4, "Good", "1")


def test_a_file_with_no_feedback_column_is_refused_naming_its_columns(store, tmp_path):
    path = _write(tmp_path, "orders.csv", b"Order,Qty,Colour\n1001,2,red\n1002,1,blue\n")
    with pytest.raises(NotATable) as refused:
        run_import(store, path)
    message = str(refused.value)
    assert "Its columns are: 'Order', 'Qty', 'Colour'" in message
    assert "--map body=COLUMN" in message and "'Goes into'" in message
    assert _bodies(store) == []


def test_a_repeat_of_a_row_in_an_earlier_chunk_is_named_by_its_item(store, tmp_path):
    lines = ["Date,Review"] + [f"2026-05-01,Review number {n}" for n in range(5001)]
    lines.append("2026-05-01,Review number 0")  # row 5003 repeats row 2, a chunk earlier
    path = _write(tmp_path, "many.csv", "\n".join(lines).encode())
    summary = run_import(store, path)
    first = next(store.iter_feedback())
    assert first.body == "Review number 0"
    assert (summary.added, summary.duplicate_rows) == (5001, [{"row": 5003, "item": first.id}])
