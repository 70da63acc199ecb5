"""Search as you type reads an item's own text before asking the search index
(search_text.words_found). Wherever it is sure, it must say what the index says, on real text:
the Amazon review snippets of the VADER ground truth (Hutto & Gilbert 2014, ID<TAB>mean<TAB>text,
CRLF) and Korean movie reviews of the NSMC raw crawl (e9t/nsmc, CC0:
review_id<TAB>movie_id<TAB>rating<TAB>split<TAB>text), each word typed a letter at a time.
"""

from __future__ import annotations

import itertools
import lzma
from datetime import datetime, timedelta

import pytest

from feedback_desk.core import intake
from feedback_desk.core.records import InboxQuery, NewFeedback
from feedback_desk.core.search_text import match_query, text_tells, words_found
from tests.conftest import shared_data

KOREAN = 3000
START = datetime(2025, 1, 1, 9, 0)
# English words and phrases, Korean words (with particles glued on in the reviews), chat
# laughter in jamo, and both languages in one search.
TYPED = (
    "the",
    "good",
    "great product",
    "don't",
    "2 stars",
    "영화",
    "정말 최고",
    "재밌",
    "ㅋㅋ",
    "최고의 영화",
    "good 영화",
)


def amazon() -> list[str]:
    raw = shared_data("vader-ground-truth", "amazonReviewSnippets_GroundTruth.txt").read_bytes()
    return [line.split("\t", 2)[2] for line in raw.decode("utf-8").split("\r\n") if line]


def korean() -> list[str]:
    with lzma.open(shared_data("nsmc", "reviews.tsv.xz"), "rt", encoding="utf-8") as lines:
        next(lines)  # the header
        return [line.rstrip("\n").split("\t", 4)[4] for line in itertools.islice(lines, KOREAN)]


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    """A store of the real texts (not scored: only their search matters), and its rows."""
    from feedback_desk.core.store import Store

    path = tmp_path_factory.mktemp("search") / "feedback.db"
    now = intake.now_iso()
    english, hangul = amazon(), korean()  # the newest take turns, one of each
    turns = zip(english[-KOREAN:], hangul, strict=True)
    texts = english[:-KOREAN] + [text for pair in turns for text in pair]
    with Store(path) as store:
        with store.transaction():
            batch = store.start_batch("file", now, "reviews.csv")
            rows = [
                intake.prepare(
                    NewFeedback(body=text, received_at=(START + timedelta(minutes=n)).isoformat()),
                    now,
                    batch,
                    text_score=("", None),
                )
                for n, text in enumerate(texts)
            ]
            for n, row in enumerate(rows):
                row["dedup_key"] = f"test|{n}"
            store.finish_batch(batch, store.insert_feedback(rows), 0)
        found = store.conn.execute("SELECT id, title, body, author FROM feedback").fetchall()
        yield store, found


def keystrokes(typed: str) -> list[str]:
    return [typed[:n] for n in range(1, len(typed) + 1) if typed[n - 1] != " "]


@pytest.mark.parametrize("typed", TYPED)
def test_the_text_says_what_the_index_says(indexed, typed):
    store, rows = indexed
    for search in keystrokes(typed):
        match = match_query(search)
        listed = {
            r[0]
            for r in store.conn.execute(
                "SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH ?", (match,)
            )
        }
        sure = 0
        for fid, title, body, author in rows:
            said = words_found(match, title, body, author)
            if said is not None:
                assert bool(said) == (fid in listed), (search, body)
                sure += 1
            else:  # unsure only where the text is not plain ASCII and the search not only CJK
                assert not (body or "").isascii() and any(c.isascii() for c in search.strip())
        assert text_tells(match)
        assert sure >= len(rows) - KOREAN, search  # every English snippet is told at least
        if search.strip().isascii():
            assert listed, search  # real words are found


@pytest.mark.parametrize(
    ("typed", "many"),
    [
        *[("t", True), ("the", True), ("a", True), ("다", True), ("이", True)],
        *[("g", True), ("go", False), ("ㅋㅋ", False)],
    ],
)
def test_the_first_page_is_the_same_walked_or_read_from_the_index(
    indexed, typed, many, monkeypatch
):
    from feedback_desk.core.store import inbox

    # Walked as on a million items (on a few thousand, reading every match first is quicker).
    store, rows = indexed
    monkeypatch.setattr(inbox, "WALK_COST", inbox.WALK_COST * len(rows) / 1_000_000)
    query = InboxQuery(search=typed)
    total = store.inbox_count(query)
    asked = []
    store.conn.set_trace_callback(asked.append)
    walked = store.inbox_page(0, 200, query)  # the newest items asked on the way, when many match
    store.conn.set_trace_callback(None)
    planned = store.inbox_page(0, 200, query, total=0)  # every match read first
    assert [r.id for r in walked] == [r.id for r in planned]
    # Many of the newest match: the inbox was walked newest first, each item's text asked.
    assert any("fd_words_found" in sql and "OFFSET" in sql for sql in asked) == many
    assert len(walked) == min(total, 200) > 0


def test_words_the_text_cannot_tell_are_left_to_the_index():
    assert words_found(match_query("café"), "", "Un café noir", "") is None
    assert words_found(match_query("cafe"), "", "Un café noir", "") is None
    assert words_found(match_query("cafe"), "", "A cafe au lait", "") == 1
    assert words_found(match_query("caf"), "", "Decaf please", "") == 0
    assert words_found(match_query("snake_case"), "", "snake case", "") is None
    assert not text_tells(match_query("naïve"))


def test_a_count_gives_up_when_told_and_a_small_one_never(indexed, monkeypatch):
    from feedback_desk.core.store import inbox

    store, rows = indexed
    everything = InboxQuery()
    assert store.inbox_count(everything) == len(rows)
    assert store.inbox_count(everything, stop=lambda: False) == len(rows)
    assert store.inbox_count(everything, stop=lambda: True) is None  # called off
    # A count of a few SQLite steps is never given up, however busy the computer...
    assert store.inbox_count_capped(InboxQuery(search="zeppelin"), within=0.0) == (0, True)
    # ...but a count that goes on past the time it was given gives up.
    monkeypatch.setattr(inbox, "GIVE_UP_FROM", 0)
    assert store.inbox_count_capped(InboxQuery(search="t"), within=0.0) is None
    assert store.inbox_count_capped(InboxQuery(search="t"), within=60.0) is not None
    # The connection is left as it was: the next statement runs to its end.
    assert store.inbox_count(everything) == len(rows)
