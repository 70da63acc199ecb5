"""Importing files end to end (issue 3): what lands in the store, and that an import never
damages what is already there. The parsing layer has its own tests (test_import_*.py)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from dataclasses import dataclass

import pytest

from feedback_desk.core import intake
from feedback_desk.core.importer import (
    CHUNK,
    ImportCancelled,
    ImportRefused,
    ImportSettings,
    PastedRows,
    preview,
    run_import,
    undo_import,
)
from feedback_desk.core.importing.pipeline import SET_ASIDE_FROM_ROWS
from feedback_desk.core.importing.reading import NotATable
from feedback_desk.core.records import InboxQuery, NewFeedback
from feedback_desk.core.store import Store

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

EARLIER = [
    NewFeedback(
        body="The scones were lovely",
        channel="email",
        author="Old Friend",
        rating=5,
        received_at="2026-01-05T10:00:00",
        reply="Thank you!",
        replied_at="2026-01-05T12:00:00",
        tags=("Food",),
    ),
    NewFeedback(
        body="Parking was hard to find",
        channel="phone",
        author="Neighbour",
        received_at="2026-01-06T09:00:00",
    ),
]


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def dump(store) -> list:
    """Everything in the database (as SQL on a file, every row of every table on a server):
    two equal dumps mean nothing changed."""
    if not store.is_server:
        return list(store.conn.iterdump())
    tables = store.conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_type = 'BASE TABLE' ORDER BY table_name"
    ).fetchall()
    return sorted(
        repr((table, *row))
        for (table,) in tables
        for row in store.conn.execute(f"SELECT * FROM {table}").fetchall()
    )


def stored(store, batch_id: int | None = None) -> list:
    """The stored items (of one batch, if given) in the order they were added."""
    return [f for f in store.iter_feedback() if batch_id is None or f.batch_id == batch_id]


def seed(store) -> list:
    """Feedback the owner had before importing anything."""
    intake.add_feedback(store, EARLIER, "form")
    return stored(store)


def pick(item, expected: dict) -> dict:
    return {key: getattr(item, key) for key in expected}


def partial(actual, expected):
    """``actual`` cut down to the keys ``expected`` names, at every level."""
    if isinstance(expected, dict):
        return {key: partial(actual[key], value) for key, value in expected.items()}
    return actual


# -- Each preset, end to end ----------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    preset: str
    items: list[dict]  # the fields each stored item must have, in file order
    stats: dict  # figures of store.stats() that must match
    word: str  # a search for it finds exactly the item at ``found``
    found: int = 0


FORMS = Case(
    "forms.csv",
    "Timestamp,Email Address,How likely are you to recommend us to a friend or colleague?,"
    "What is the main reason for your score?,Visit frequency\n"
    '2026/10/03 9:14:22 AM GMT+9,min@example.kr,10,"Friendly staff, fast service",Weekly\n'
    "2026/10/03 1:05:10 PM GMT+9,,3,The coffee was cold and the wait was long,Monthly\n"
    "2026/10/04 8:00:00 PM GMT+9,jo@example.kr,8,Good but a little pricey,\n",
    "google_forms_nps",
    [
        dict(
            received_at="2026-10-03T09:14:22",
            email="min@example.kr",
            nps_score=10,
            body="Friendly staff, fast service",
            channel="survey",
            sentiment="positive",
            status="new",
            extra={"Visit frequency": "Weekly"},
        ),
        dict(
            received_at="2026-10-03T13:05:10",
            email="",
            nps_score=3,
            body="The coffee was cold and the wait was long",
            channel="survey",
            sentiment="negative",
            extra={"Visit frequency": "Monthly"},
        ),
        dict(received_at="2026-10-04T20:00:00", nps_score=8, sentiment="neutral", extra={}),
    ],
    {
        "feedback": 3,
        "replied": 0,
        "channels": {"survey": 3},
        "nps": {"responses": 3, "promoters": 1, "passives": 1, "detractors": 1, "score": 0.0},
    },
    "pricey",
    2,
)

SURVEY = Case(
    "nps-export.csv",
    "Response ID,Score,Comment,Created At,Plan\n"
    "R-1001,9,Love the new menu,2026-10-05T14:03:00Z,Pro\n"
    "R-1002,6,Too expensive for what you get,2026-10-06 09:30,Free\n"
    "R-1003,10,,2026-10-06 11:00,Pro\n",
    "survey_nps",
    [
        dict(
            external_id="R-1001",
            nps_score=9,
            body="Love the new menu",
            received_at="2026-10-05T14:03:00",
            channel="survey",
            sentiment="positive",
            extra={"Plan": "Pro"},
        ),
        dict(
            external_id="R-1002",
            nps_score=6,
            received_at="2026-10-06T09:30:00",
            sentiment="negative",
            extra={"Plan": "Free"},
        ),
        dict(external_id="R-1003", nps_score=10, body="", sentiment="positive"),
    ],
    {
        "feedback": 3,
        "nps": {"promoters": 2, "passives": 0, "detractors": 1, "score": 33.3},
        "channels": {"survey": 3},
    },
    "expensive",
    1,
)

REVIEWS = Case(
    "reviews.csv",
    "Created Date,Title,Content,Stars,Reply,Reviewer,Verified\n"
    "2026-09-28,Best brunch in town,The pancakes were fluffy and the staff were lovely.,5,"
    "Thank you so much!,Dana K.,yes\n"
    "2026-09-29,Disappointed,Waited 40 minutes for a cold sandwich.,2,,Lee P.,no\n"
    '2026-09-30,Okay,"Decent coffee, nothing special.",3,We hope to see you again.,Sam R.,\n',
    "review_platform",
    [
        dict(
            received_at="2026-09-28T00:00:00",
            title="Best brunch in town",
            rating=5,
            body="The pancakes were fluffy and the staff were lovely.",
            author="Dana K.",
            sentiment="positive",
            status="replied",
            reply="Thank you so much!",
            extra={"Verified": "yes"},
            channel="other",
        ),
        dict(
            title="Disappointed",
            rating=2,
            sentiment="negative",
            status="new",
            reply="",
            extra={"Verified": "no"},
        ),
        dict(
            body="Decent coffee, nothing special.",
            rating=3,
            sentiment="neutral",
            status="replied",
            reply="We hope to see you again.",
            extra={},
        ),
    ],
    {"feedback": 3, "replied": 2, "needs_reply": 1, "ratings": {"count": 3, "average": 3.33}},
    "pancakes",
)

TAKEOUT_REVIEWS = [
    {
        "name": "accounts/1/locations/2/reviews/a1",
        "reviewer": {"displayName": "Kim J.", "profilePhotoUrl": "https://photo/1"},
        "starRating": "FOUR",
        "comment": "Great latte &amp; friendly barista",
        "createTime": "2026-10-01T08:15:00Z",
        "updateTime": "2026-10-01T08:15:00Z",
        "reviewReply": {"comment": "Thanks, Kim!", "updateTime": "2026-10-01T10:15:00Z"},
    },
    {
        "name": "accounts/1/locations/2/reviews/a2",
        "reviewer": {"displayName": "Alex"},
        "starRating": "ONE",
        "comment": "Rude staff, never again",
        "createTime": "2026-10-02T19:40:00Z",
        "updateTime": "2026-10-02T19:40:00Z",
    },
    {
        "name": "accounts/1/locations/2/reviews/a3",
        "reviewer": {"displayName": "Sora"},
        "starRating": "FIVE",
        "createTime": "2026-10-03T12:00:00Z",
        "updateTime": "2026-10-03T12:00:00Z",
    },
]
TAKEOUT = Case(
    "reviews.json",
    json.dumps({"reviews": TAKEOUT_REVIEWS}),
    "google_takeout",
    [
        dict(
            external_id="accounts/1/locations/2/reviews/a1",
            author="Kim J.",
            rating=4,
            body="Great latte & friendly barista",
            received_at="2026-10-01T08:15:00",
            channel="google",
            sentiment="positive",
            status="replied",
            reply="Thanks, Kim!",
            extra={"updateTime": "2026-10-01T08:15:00Z"},
        ),
        dict(author="Alex", rating=1, sentiment="negative", status="new", reply=""),
        dict(author="Sora", rating=5, body="", sentiment="positive"),
    ],
    {
        "feedback": 3,
        "replied": 1,
        "channels": {"google": 3},
        "ratings": {"count": 3, "average": 3.33},
        "median_first_response_hours": 2.0,
    },
    "latte",
)

KOREAN = Case(
    "후기.csv",
    "날짜,이름,별점,내용,방문 경로\n"
    "2026-10-01,김민수,5,정말 맛있어요. 또 올게요!,인스타그램\n"
    "2026-10-02,이영희,2,음식이 너무 늦게 나왔어요,\n"
    "2026-10-03,박지훈,,주차가 불편해요,지인 소개\n",
    "generic",
    [
        dict(
            received_at="2026-10-01T00:00:00",
            author="김민수",
            rating=5,
            body="정말 맛있어요. 또 올게요!",
            language="ko",
            sentiment="positive",
            channel="other",
            extra={"방문 경로": "인스타그램"},
        ),
        dict(author="이영희", rating=2, sentiment="negative", extra={}),
        # Korean text without a score is read by the Korean text model: a parking complaint.
        dict(author="박지훈", rating=None, sentiment="negative", extra={"방문 경로": "지인 소개"}),
    ],
    {"feedback": 3, "sentiment": {"positive": 1, "neutral": 0, "negative": 2, "unscored": 0}},
    "주차가",
    2,
)

CASES = [FORMS, SURVEY, REVIEWS, TAKEOUT, KOREAN]


@pytest.mark.parametrize("case", CASES, ids=[c.preset for c in CASES])
def test_each_preset_end_to_end(store, tmp_path, case):
    summary = run_import(store, write(tmp_path, case.name, case.text))
    assert (summary.file, summary.preset, summary.added, summary.duplicates, summary.skipped) == (
        case.name,
        case.preset,
        len(case.items),
        0,
        [],
    )
    items = stored(store)
    assert [pick(item, want) for item, want in zip(items, case.items, strict=True)] == case.items
    assert {item.batch_id for item in items} == {summary.batch_id}
    assert partial(store.stats(), case.stats) == case.stats
    assert [found.id for found in store.search(case.word)] == [items[case.found].id]


# -- Dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Date;Review\n25/10/2026 14:14;Great cake\n03/10/2026 09:00;Slow service\n",
        "Date,Review\n10/25/2026 2:14 PM,Great cake\n10/03/2026 9:00 AM,Slow service\n",
    ],
    ids=["day-first", "month-first"],
)
def test_day_first_and_month_first_files(store, tmp_path, text):
    path = write(tmp_path, "dates.csv", text)
    assert preview(store, path).date_order_known
    run_import(store, path)
    assert [(f.received_at, f.body) for f in stored(store)] == [
        ("2026-10-25T14:14:00", "Great cake"),
        ("2026-10-03T09:00:00", "Slow service"),
    ]


def test_a_file_that_cannot_tell_day_from_month_asks_the_owner(store, tmp_path):
    path = write(tmp_path, "dates.csv", "Date,Review\n03/04/2026,Nice\n05/06/2026,Bad\n")
    assert preview(store, path).date_order_known is False
    run_import(store, path, ImportSettings(date_order="dmy"))  # the owner's answer
    assert [f.received_at[:10] for f in stored(store)] == ["2026-04-03", "2026-06-05"]


# -- Messy files, refused files -------------------------------------------------------------

MESSY = (
    "Date,Stars,Review,Name\n"
    "2026-10-01,5,Lovely staff,Ann\n"
    "2026-10-02,great,Nice view,Bo\n"
    "someday,4,Good tea,Cy\n"
    "2026-10-04,,,Di\n"
    "2026-10-05,2,Too noisy,Ed\n"
)
MESSY_SKIPPED = [
    {"row": 3, "reason": "stars 'great' is not a rating from 1 to 5"},
    {"row": 4, "reason": "date 'someday' is not a date"},
    {"row": 5, "reason": "empty row"},
]


def test_messy_rows_are_reported_by_row_and_the_rest_imported(store, tmp_path):
    earlier = seed(store)
    summary = run_import(store, write(tmp_path, "messy.csv", MESSY))
    assert (summary.added, summary.duplicates, summary.skipped) == (2, 0, MESSY_SKIPPED)
    assert [(f.author, f.rating) for f in stored(store, summary.batch_id)] == [
        ("Ann", 5),
        ("Ed", 2),
    ]
    assert stored(store)[:2] == earlier
    assert store.list_batches()[0].problems == MESSY_SKIPPED  # the import history keeps them


def test_strict_refuses_the_whole_file_and_changes_nothing(store, tmp_path):
    seed(store)
    before = dump(store)
    with pytest.raises(ImportRefused) as refused:
        run_import(store, write(tmp_path, "messy.csv", MESSY), ImportSettings(strict=True))
    assert refused.value.problems == MESSY_SKIPPED
    assert "row 3" in str(refused.value)
    assert dump(store) == before


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        bytes(range(256)) * 40,
        b"",
    ],
    ids=["png", "binary", "empty"],
)
def test_a_file_that_is_not_a_table_changes_nothing(store, tmp_path, data):
    seed(store)
    before = dump(store)
    path = tmp_path / "feedback.csv"
    path.write_bytes(data)
    with pytest.raises(NotATable):
        run_import(store, path)
    assert dump(store) == before


# -- Duplicates -----------------------------------------------------------------------------


def test_importing_the_same_file_again_adds_nothing(store, tmp_path):
    path = write(tmp_path, "reviews.csv", REVIEWS.text)
    first = run_import(store, path)
    again = run_import(store, path)
    assert (again.added, again.duplicates, again.skipped) == (0, first.added, [])
    assert len(stored(store)) == first.added == 3
    assert store.stats()["replied"] == 2  # the replies were not added twice either
    assert store.conn.execute("SELECT count(*) FROM replies").fetchone()[0] == 2


def test_a_row_repeated_inside_one_file_is_stored_once(store, tmp_path):
    lines = REVIEWS.text.splitlines(keepends=True)
    summary = run_import(store, write(tmp_path, "twice.csv", "".join([*lines, lines[1]])))
    assert (summary.added, summary.duplicates) == (3, 1)
    assert len(store.search("pancakes")) == 1


# -- Cancel, undo ---------------------------------------------------------------------------


def review_rows(count: int) -> str:
    lines = ["Date,Name,Stars,Review"]
    lines += [
        f"2026-{1 + n % 12:02d}-{1 + n % 28:02d},Customer {n},{1 + n % 5},Visit number {n} was fine"
        for n in range(count)
    ]
    return "\n".join(lines) + "\n"


def test_cancel_half_way_leaves_the_database_as_it_was(store, tmp_path):
    seed(store)
    before = dump(store)
    # Big enough for the indexes to be set aside (store/bulk.py): they come back too.
    path = write(tmp_path, "big.csv", review_rows(SET_ASIDE_FROM_ROWS + 2 * CHUNK))
    written_when_cancelled = []

    def progress(fraction, rows):
        written_when_cancelled.append(store.inbox_count())  # inside the open transaction

    with pytest.raises(ImportCancelled):
        run_import(store, path, progress=progress, cancelled=lambda: bool(written_when_cancelled))
    assert written_when_cancelled == [len(EARLIER) + CHUNK]  # rows were written, then undone
    assert dump(store) == before


def test_a_big_import_into_a_small_desk_builds_its_indexes_again_whole(store, tmp_path):
    """A big import into a desk of fewer items sets the feedback table's indexes aside while
    it writes and builds them again at its end (store/bulk.py): afterwards every index is
    back as it was and holds every row, the duplicates of the file were still passed over,
    and the inbox's filters find the new rows."""
    seed(store)

    def indexes() -> list[tuple[str, str]]:
        return sorted(
            row
            for table in ("feedback", "replies", "tags", "feedback_tags", "customers")
            for row in store.conn.execute(store.sql.indexes_of(table))
        )

    before = indexes()
    set_aside = []
    drop = store.set_aside_indexes
    store.set_aside_indexes = lambda: set_aside.extend(drop()) or set_aside
    rows = SET_ASIDE_FROM_ROWS + 2 * CHUNK
    text = review_rows(rows)
    again = text.splitlines()[1:101]  # the file repeats its first hundred rows at its end
    summary = run_import(store, write(tmp_path, "big.csv", text + "\n".join(again) + "\n"))

    assert set_aside, "the indexes were not set aside: this test no longer tests that path"
    assert (summary.added, summary.duplicates) == (rows, 100)
    assert indexes() == before
    if not store.is_server:  # SQLite's own check of every index against its table
        assert store.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    one_star = store.inbox_count(InboxQuery(ratings=(1,)))
    assert one_star == rows // 5  # every fifth row of the file has one star
    assert store.search("number 6007")[0].author == "Customer 6007"
    # Its undo takes every row out of the search index as it went in.
    assert undo_import(store, summary.batch_id) == rows
    if not store.is_server:  # the server's search words go with their row
        store.conn.execute("INSERT INTO feedback_fts(feedback_fts) VALUES ('integrity-check')")
    assert store.search("number 6007") == [] and store.search("number") == []


def test_undo_removes_exactly_that_import(store, tmp_path):
    earlier = seed(store)
    reviews = run_import(store, write(tmp_path, "reviews.csv", REVIEWS.text))
    kept = stored(store)
    korean = run_import(store, write(tmp_path, "korean.csv", KOREAN.text))
    assert len(stored(store)) == len(kept) + 3

    assert undo_import(store, korean.batch_id) == 3
    assert stored(store) == kept
    assert store.search("주차가") == []
    with pytest.raises(LookupError):
        undo_import(store, korean.batch_id)

    assert undo_import(store, reviews.batch_id) == 3
    assert stored(store) == earlier
    assert store.stats()["replied"] == 1  # only the earlier item's reply is left
    assert store.search("pancakes") == []


# -- Remembered mapping, pasted rows --------------------------------------------------------

TAGGED = "Date,Customer,Stars,Review,Note\n"


def test_the_mapping_chosen_once_is_used_for_the_next_file_like_it(store, tmp_path):
    first = write(tmp_path, "october.csv", TAGGED + "2026-10-01,Ann,5,Quick and tasty,Speed\n")
    shown = preview(store, first)
    assert shown.remembered is False
    assert shown.mapping.columns[-1] == "extra"
    chosen = dataclasses.replace(shown.mapping, columns=(*shown.mapping.columns[:-1], "tags"))
    run_import(store, first, ImportSettings(mapping=chosen))

    second = write(
        tmp_path, "november.csv", TAGGED + '2026-11-02,Bo,2,Slow and pricey,"Speed, Price"\n'
    )
    shown = preview(store, second)
    assert shown.remembered is True
    assert shown.mapping.columns == chosen.columns
    run_import(store, second)
    assert [(f.author, f.tags, f.extra) for f in stored(store)] == [
        ("Ann", ("Quality", "Speed"), {}),  # the starting rules add Quality for "tasty"
        ("Bo", ("Price", "Speed"), {}),
    ]
    assert store.stats()["top_tags"] == [
        {"tag": "Speed", "count": 2},
        {"tag": "Price", "count": 1},
        {"tag": "Quality", "count": 1},
    ]


PASTED = (
    "Date\tName\tStars\tReview\tTable\n"
    "2026-10-01\tAnn\t5\tLovely cake, will be back\t4\n"
    "2026-10-02\tBo\t1\tCold soup\t\n"
)
FIELDS = dict.fromkeys(
    ("received_at", "author", "rating", "body", "sentiment", "channel", "status", "extra")
)


def test_pasted_rows_import_like_a_file(store, tmp_path):
    pasted = run_import(store, PastedRows(PASTED))
    assert (pasted.file, pasted.delimiter, pasted.added, pasted.skipped) == (
        "pasted rows",
        "\t",
        2,
        [],
    )
    assert store.list_batches()[0].source == "paste"
    with Store(tmp_path / "other.db") as other:
        from_file = run_import(other, write(tmp_path, "rows.tsv", PASTED))
        assert from_file.preset == pasted.preset
        as_file = [pick(f, FIELDS) for f in stored(other)]
    assert [pick(f, FIELDS) for f in stored(store)] == as_file
    assert as_file[0]["extra"] == {"Table": "4"}


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (sqlite3.OperationalError("database or disk is full"), "The disk is full, so nothing"),
        (OSError(28, "No space left on device"), "The disk is full, so nothing"),
        (sqlite3.OperationalError("database is locked"), "Another copy of Feedback Desk"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (PermissionError(13, "Permission denied"), "The file cannot be read: Permission"),
    ],
)
def test_failures_are_told_in_plain_words(error, words):
    from feedback_desk.core.importer import plain_reason

    reason = plain_reason(error)
    assert reason.startswith(words) or words in reason
    assert "nothing was imported" in reason.lower()


def test_a_bug_is_not_dressed_up_as_a_plain_problem():
    from feedback_desk.core.importer import plain_reason

    assert plain_reason(KeyError("oops")) is None


def test_the_scores_come_back_in_order_whoever_scores_each_chunk(monkeypatch):
    """While the helper process is starting (or slowed), the importing process scores the
    newest chunks the helper has not begun instead of waiting; every chunk still gets its own
    texts' scores. A helper that cannot start until the first chunk is written stands in."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from feedback_desk.core.importing import pipeline, scoring

    who: list[str] = []
    read_words = scoring.read_words

    def reading(parts):
        who.append(threading.current_thread().name)
        time.sleep(0.02)  # a chunk takes a while, whoever reads it
        return read_words(parts)

    monkeypatch.setattr(scoring, "read_words", reading)
    chunks = [
        [(n, NewFeedback(body=f"Visit {n} was {word}")) for n in range(k * 10, k * 10 + 10)]
        for k, word in enumerate(["great", "awful", "fine", "slow", "lovely", "rude", "ok"] * 2)
    ]
    started = threading.Event()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="helper") as pool:
        pool.submit(started.wait)  # the helper is busy starting
        for done, (chunk, scores) in enumerate(pipeline.scored(iter(chunks), pool)):
            started.set()
            assert chunk == chunks[done]
            assert scores == read_words([("", item.body, "") for _, item in chunk])
    assert done == len(chunks) - 1
    assert "MainThread" in who and any(name.startswith("helper") for name in who)
