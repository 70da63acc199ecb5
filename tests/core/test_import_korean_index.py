"""A Korean import's search index text is made in the import's helper process (with the words'
scores), not by the process that writes the rows. Whoever makes it, the owner must find a word
inside Korean text just as before: real reviews of the NSMC raw crawl (e9t/nsmc, CC0:
review_id<TAB>movie_id<TAB>rating<TAB>split<TAB>text) imported with and without the helper.
"""

from __future__ import annotations

import csv
import itertools
import lzma
from datetime import datetime, timedelta

from feedback_desk.core.importer import run_import
from feedback_desk.core.importing import scoring
from feedback_desk.core.records import InboxQuery
from feedback_desk.core.store import Store
from tests.conftest import shared_data

ROWS = 3000
START = datetime(2025, 3, 1, 9, 0)
NAMES = ("김민준", "이서연", "박지호", "최수아")  # the author is indexed too
# Words glued to particles in the reviews ("영화는"), a word of one letter, laughter in jamo.
WORDS = ("영화", "재밌", "최고", "배우", "연기력", "감동", "ㅋㅋ", "별")


def reviews() -> list[str]:
    with lzma.open(shared_data("nsmc", "reviews.tsv.xz"), "rt", encoding="utf-8") as lines:
        next(lines)  # the header
        return [line.rstrip("\n").split("\t", 4)[4] for line in itertools.islice(lines, ROWS)]


def test_korean_words_are_found_inside_words_whoever_made_the_index(tmp_path, monkeypatch):
    texts = reviews()
    path = tmp_path / "reviews.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Date", "Reviewer", "Review"])
        for n, text in enumerate(texts):
            when = START + timedelta(minutes=n)  # each row its own minute: no duplicates
            out.writerow([when.strftime("%Y-%m-%d %H:%M:%S"), NAMES[n % len(NAMES)], text])
    assert scoring.worth_a_helper(path.stat().st_size)  # the helper makes the index text

    found = {}
    for helper in (True, False):
        if not helper:
            monkeypatch.setattr(scoring, "worth_a_helper", lambda size: False)
        with Store(tmp_path / f"helper-{helper}.db") as store:
            summary = run_import(store, path)  # a few reviews repeat word for word: passed over
            assert summary.added + summary.duplicates == len(texts) and summary.added > 2900
            kept = store.conn.execute("SELECT body, author FROM feedback").fetchall()
            found[helper] = {w: store.inbox_count(InboxQuery(search=w)) for w in WORDS}
            found[helper]["서연"] = store.inbox_count(InboxQuery(search="서연"))

    expected = {w: sum(w in text for text, _ in kept) for w in WORDS}
    expected["서연"] = sum("서연" in text + author for text, author in kept)
    assert found[True] == found[False] == expected
    assert expected["영화"] > 100  # the common word is common in these reviews
