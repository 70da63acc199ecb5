"""Exports in the shapes real tools write them, each dropped with no flags into a new
database, give the right rows, stars, NPS, replies, dates and customers. The files and the
public sources of their headers are in tests/data/exports/ (see its README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedback_desk.core.importer import ImportSettings, preview, run_import
from feedback_desk.core.store import Store

# The desk tests run on a file and on the test run's PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

EXPORTS = Path(__file__).parent.parent / "data" / "exports"

# file: (rows, [(date, author, stars, nps, text starts, reply)] of the first two rows)
EXPECTED = {
    "trustpilot.csv": (2, [
        ("2026-03-02T14:05:11", "", 5, None, "The staff at the", "Thank you for the kind words!"),
        ("2026-03-04T18:40:02", "", 2, None, "My coffee was cold", None),
    ]),
    "google_play_reviews_202605.csv": (2, [
        ("2026-05-02T03:04:05", "", 5, None, "앱으로 주문하니 편해요", "감사합니다!"),
        ("2026-05-04T10:00:00", "", 1, None, "Crashes when I pay", None),
    ]),
    "google_takeout_reviews.json": (2, [
        ("2026-03-01T02:11:09", "Seo-yeon", 5, None, "Best croissant", "Thank you Seo-yeon!"),
        ("2026-03-05T08:00:00", "A Google user", 2, None, "", None),
    ]),
    "judgeme.csv": (2, [
        ("2026-02-11T10:22:31", "Min-ji Park", 5, None, "Sturdy linen", "Thanks Min-ji!"),
        ("2026-02-14T19:05:00", "Tom Reed", 1, None, "The board warped", None),
    ]),
    "yotpo.csv": (3, [
        ("2026-01-20T00:00:00", "Sara K.", 4, None, "Holds heat well", None),
        ("2026-01-22T00:00:00", "Leo", 2, None, "Arrived chipped", None),
    ]),
    "shopify_product_reviews.csv": (2, [
        ("2026-01-03T11:12:13", "Hana Lee", 5, None, "So warm <3, worth", "Glad you like it!"),
        ("2026-01-05T15:00:00", "Jo Smith", 3, None, "A bit itchy", None),
    ]),
    "loox.csv": (2, [
        ("2026-04-01T09:15:00", "Kim", 5, None, "Fits perfectly", "Thanks Kim!"),
        ("2026-04-03T12:00:00", "Lee", 4, None, "Nice fabric", None),
    ]),
    "etsy_reviews.csv": (2, [
        ("2026-05-17T00:00:00", "Jamie", 5, None, "Beautiful print", None),
        ("2026-05-07T00:00:00", "Priya", 3, None, "Colours were duller", None),
    ]),
    "google_forms_en.csv": (2, [
        ("2026-05-07T17:34:13", "", 4, 9, "Music was a bit loud", None),
        ("2026-05-08T09:02:40", "", 2, 3, "Waited twenty minutes", None),
    ]),
    "google_forms_ko.csv": (2, [
        ("2026-05-07T17:34:13", "", 5, 10, "직원분들이 친절해요", None),
        ("2026-05-07T11:02:09", "", 2, 4, "음식이 너무 늦게", None),
    ]),
    "typeform.csv": (2, [
        ("2026-04-10T08:03:40", "Olivia", 5, None, "The room was spotless", None),
        ("2026-04-11T21:14:59", "Noah", 2, None, "Noisy street", None),
    ]),
    "surveymonkey.csv": (2, [
        ("2026-05-07T09:14:05", "", 4, 8, "Friendly team", None),
        ("2026-05-08T13:03:30", "", 1, 2, "The order was wrong", None),
    ]),
    "qualtrics.csv": (2, [
        ("2026-05-07T09:04:13", "", 5, 10, "Best burrito", None),
        ("2026-05-08T12:33:01", "", 3, 6, "Slow at lunch", None),
    ]),
    "microsoft_forms_1.xlsx": (3, [
        ("2026-05-07T09:02:41", "", 5, 10, "Clear explanations", None),
        ("2026-05-07T10:04:00", "", 3, 6, "Room was too warm", None),
    ]),
    "tally.csv": (2, [
        ("2026-05-07T08:34:13", "", 5, None, "Nothing - it was perfect", None),
        ("2026-05-07T10:01:55", "", 3, None, "More vegetarian", None),
    ]),
    "jotform.csv": (2, [
        ("2026-05-07T17:34:13", "Chris Doe", 4, None, "Helpful advice", None),
        ("2026-05-09T08:12:00", "Ravi Shah", 1, None, "Nobody answered", None),
    ]),
    "delighted.csv": (3, [
        ("2026-05-01T10:11:12", "Pat", None, 9, "Always a pleasure", None),
        ("2026-05-03T16:00:00", "Quinn", None, 3, "Prices went up", None),
    ]),
    "naver_place.csv": (2, [
        ("2026-05-03T00:00:00", "맛집탐방러", None, None, "국물이 진하고", "감사합니다 또 오세요!"),
        ("2026-05-05T00:00:00", "동네주민", None, None, "주차가 너무", None),
    ]),
    "kakao_map.csv": (2, [
        ("2026-04-28T00:00:00", "카카오유저1", 5, None, "빵이 정말 맛있어요", "감사합니다!"),
        ("2026-04-29T00:00:00", "카카오유저2", 2, None, "불친절했어요", None),
    ]),
    "old_excel_reviews.xls": (2, [
        ("2026-05-02T12:30:00", "손님A", 5, None, "케이크가 촉촉하고", "감사합니다!"),
        ("2026-05-03T18:05:00", "손님B", 3, None, "조금 달아요", None),
    ]),
    "records.json": (2, [
        ("2026-05-01T09:00:00", "Yuna", 5, None, "Great haircut", None),
        ("2026-05-02T15:30:00", "Dae", 2, None, "Waited 40 minutes", None),
    ]),
}  # fmt: skip


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "desk.db") as s:
        yield s


def _replies(store, item_id: int) -> str | None:
    row = store.conn.execute("SELECT body FROM replies WHERE feedback_id = ?", (item_id,))
    found = row.fetchone()
    return found[0] if found else None


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_export_imports_right_with_no_flags(store, name):
    rows, first = EXPECTED[name]
    summary = run_import(store, EXPORTS / name)
    assert (summary.added, summary.duplicates, summary.skipped) == (rows, 0, [])
    items = list(store.iter_feedback())
    assert len(items) == rows
    for item, (date, author, stars, nps, text, reply) in zip(items, first, strict=False):
        assert (item.received_at, item.author, item.rating, item.nps_score) == (
            date,
            author,
            stars,
            nps,
        )
        assert item.body.startswith(text)
        assert _replies(store, item.id) == reply


def test_every_column_says_why(store):
    shown = preview(store, EXPORTS / "trustpilot.csv")
    reasons = dict(zip(shown.info.headers, shown.mapping.reasons, strict=True))
    assert reasons["Review Created (UTC)"] == "date"
    assert reasons["Company Reply Date (UTC)"] == "reply_date"
    assert reasons["Review Stars"] == "values_stars"
    assert shown.mapping.columns[shown.info.headers.index("Location Name")] == "location"
    typeform = preview(store, EXPORTS / "typeform.csv")
    reasons = dict(zip(typeform.info.headers, typeform.mapping.reasons, strict=True))
    assert (reasons["Submit Date (UTC)"], reasons["Start Date (UTC)"]) == (
        "submitted_date",
        "lesser_date",
    )
    assert reasons["Tell us more about your experience"] == "free_text"


def test_ids_that_restart_per_form_are_not_duplicates_across_forms(store):
    first = run_import(store, EXPORTS / "microsoft_forms_1.xlsx")
    second = run_import(store, EXPORTS / "microsoft_forms_2.xlsx")
    assert (first.added, second.added, second.duplicates) == (3, 2, 0)
    again = run_import(store, EXPORTS / "microsoft_forms_1.xlsx")
    assert (again.added, again.duplicates) == (0, 3)


def test_a_workbook_offers_its_sheets_and_reads_the_chosen_one(store):
    shown = preview(store, EXPORTS / "microsoft_forms_2.xlsx")
    assert (shown.info.sheets, shown.info.sheet) == (("Form1", "Notes"), "Form1")
    assert [o.feedback.body for o in shown.rows] == ["Longer breaks", "Start on time"]
    # "Overall, how satisfied were you...?" answered 1-5 is the rating.
    assert [o.feedback.rating for o in shown.rows] == [4, 2]
    with pytest.raises(Exception, match=r"no sheet named 'Nope'.*Form1, Notes"):
        preview(store, EXPORTS / "microsoft_forms_2.xlsx", ImportSettings(sheet="Nope"))
