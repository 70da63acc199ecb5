"""Reading single cells: dates, stars, NPS answers, text."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from feedback_desk.core.importing.values import (
    ValueProblem,
    clean_text,
    detect_date_order,
    parse_date,
    parse_nps,
    parse_stars,
    split_tags,
)


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2026-10-03", "mdy", ("2026-10-03T00:00:00", None)),
        ("2026-10-03T14:14:22", "mdy", ("2026-10-03T14:14:22", None)),
        ("2026-10-03 14:14", "mdy", ("2026-10-03T14:14:00", None)),
        ("2026-10-03T23:30:00Z", "mdy", ("2026-10-03T23:30:00", 0)),
        ("2026-10-03T23:30:00+09:00", "mdy", ("2026-10-03T23:30:00", 540)),
        ("2026-10-03T00:30:00-05:30", "mdy", ("2026-10-03T00:30:00", -330)),
        ("2026-10-03T05:14:22.123456Z", "mdy", ("2026-10-03T05:14:22", 0)),
        ("10/3/2026", "mdy", ("2026-10-03T00:00:00", None)),
        ("10/03/2026 2:14 PM", "mdy", ("2026-10-03T14:14:00", None)),
        ("10/03/2026 12:05 AM", "mdy", ("2026-10-03T00:05:00", None)),
        ("03/10/2026 14:14", "dmy", ("2026-10-03T14:14:00", None)),
        ("03.10.2026", "dmy", ("2026-10-03T00:00:00", None)),
        ("2026.10.03", "dmy", ("2026-10-03T00:00:00", None)),
        ("2026. 10. 3.", "mdy", ("2026-10-03T00:00:00", None)),
        ("2026. 10. 3. 오후 2:14:22", "mdy", ("2026-10-03T14:14:22", None)),
        ("2026년 10월 3일", "mdy", ("2026-10-03T00:00:00", None)),
        ("2026/10/03 9:14:22 AM GMT+9", "mdy", ("2026-10-03T09:14:22", 540)),
        ("2026/10/03 오후 2:14:22", "mdy", ("2026-10-03T14:14:22", None)),
        ("2026/10/03 오전 12:00:01", "mdy", ("2026-10-03T00:00:01", None)),
        ("25/12/2026", "mdy", ("2026-12-25T00:00:00", None)),  # the numbers settle it
        ("12/25/26", "dmy", ("2026-12-25T00:00:00", None)),
        ("1790000000", "mdy", ("2026-09-21T14:13:20", 0)),
        ("1790000000123", "mdy", ("2026-09-21T14:13:20", 0)),
        ("Oct 3, 2026", "mdy", ("2026-10-03T00:00:00", None)),
        ("3 October 2026 10:00", "mdy", ("2026-10-03T10:00:00", None)),
        ("  2026-10-03  ", "mdy", ("2026-10-03T00:00:00", None)),
        # Google Forms under a Korean account (issue 18)
        ("2026/05/07 5:34:13 오후 GMT+9", "mdy", ("2026-05-07T17:34:13", 540)),
        # Naver's visit dates as export scripts copy them off the page
        ("24.5.3.금", "mdy", ("2024-05-03T00:00:00", None)),
        ("2026. 5. 3. 토요일", "mdy", ("2026-05-03T00:00:00", None)),
        ("2026.5.3.(일)", "mdy", ("2026-05-03T00:00:00", None)),
        # a weekday first; a JavaScript date with its zone's name (kudobuzz/Api issue 3)
        ("Thu, 7 May 2026", "mdy", ("2026-05-07T00:00:00", None)),
        ("Mon Aug 10 2015 14:16:38 GMT+0000 (GMT)", "mdy", ("2015-08-10T14:16:38", 0)),
    ],
)
def test_parse_date(text, order, expected):
    assert parse_date(text, order) == expected


def test_a_naver_date_without_a_year_is_the_last_such_day():
    today = datetime.now()
    past = today - timedelta(days=40)
    text = f"{past.month}.{past.day}.월"
    assert parse_date(text) == (past.strftime("%Y-%m-%dT00:00:00"), None)


def test_an_offset_never_moves_the_day():
    assert parse_date("2026-10-31T23:30:00-08:00")[0] == "2026-10-31T23:30:00"


@pytest.mark.parametrize(
    ("text", "order", "reason"),
    [
        ("someday", "mdy", "date 'someday' is not a date"),
        ("2026-02-30", "mdy", "date '2026-02-30' is not a real date"),
        ("13/13/2026", "mdy", "not a real date"),
        ("10/3/2026 14:00 PM", "mdy", "not a 12-hour time"),
        ("03/04/2026", None, "could be day-first or month-first"),
        ("", "mdy", "is not a date"),
    ],
)
def test_parse_date_problems(text, order, reason):
    with pytest.raises(ValueProblem, match=reason):
        parse_date(text, order)


def test_day_and_month_order_from_the_setting():
    assert parse_date("03/04/2026", "dmy")[0] == "2026-04-03T00:00:00"
    assert parse_date("03/04/2026", "mdy")[0] == "2026-03-04T00:00:00"
    assert parse_date("04/04/2026", None)[0] == "2026-04-04T00:00:00"


@pytest.mark.parametrize(
    ("samples", "expected"),
    [
        (["03/04/2026", "25/04/2026 10:00", "01/02/2026"], "dmy"),
        (["03/04/2026", "04/25/2026 10:00 AM"], "mdy"),
        (["03.04.2026", "13.04.2026"], "dmy"),
        (["03/04/2026", "05/06/2026"], None),
        (["25/04/2026", "04/25/2026"], None),  # the file contradicts itself: ask
        (["2026-10-03", "2026. 10. 3.", "1790000000"], "mdy"),  # nothing to decide, nothing asked
        ([], "mdy"),
    ],
)
def test_detect_date_order(samples, expected):
    assert detect_date_order(samples) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", 5),
        ("4.0", 4),
        ("4,0", 4),
        ("5 stars", 5),
        ("1 star", 1),
        ("5/5", 5),
        ("3 / 5", 3),
        ("★★★★☆", 4),
        ("★", 1),
        ("⭐⭐⭐", 3),
        ("FIVE", 5),
        ("five", 5),
        ("Two", 2),
        ("5점", 5),
        ("4.5", 5),
        ("  3 ", 3),
        ("", None),
        ("STAR_RATING_UNSPECIFIED", None),
    ],
)
def test_parse_stars(text, expected):
    assert parse_stars(text) == expected


@pytest.mark.parametrize("text", ["0", "6", "great", "10/10", "☆☆☆☆☆", "-1", "5 stars!!"])
def test_parse_stars_problems(text):
    with pytest.raises(ValueProblem, match=f"stars '{text}' is not a rating from 1 to 5"):
        parse_stars(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9", 9),
        ("0", 0),
        ("10", 10),
        ("9 - Very likely", 9),
        ("10 (Extremely likely)", 10),
        ("0 - Not at all likely", 0),
        ("7.0", 7),
        ("8점", 8),
        ("", None),
    ],
)
def test_parse_nps(text, expected):
    assert parse_nps(text) == expected


@pytest.mark.parametrize("text", ["11", "-1", "very likely", "9.5", "1000"])
def test_parse_nps_problems(text):
    with pytest.raises(ValueProblem, match=f"score '{text}' is not an answer from 0 to 10"):
        parse_nps(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom &amp; Jerry&#39;s &quot;deli&quot;", 'Tom & Jerry\'s "deli"'),
        ("line one<br>line two<br/>three<BR />four", "line one\nline two\nthree\nfour"),
        ("<p>First</p><p>Second</p>", "First\n\nSecond"),
        ("<b>Bold</b> and <a href='x'>link</a>", "Bold and link"),
        ("I <3 it, 2 < 3", "I <3 it, 2 < 3"),
        ("&lt;b&gt; stays as text", "<b> stays as text"),
        ("  spaced\r\nout  ", "spaced\nout"),
        ("a&nbsp;b", "a b"),
        ("plain", "plain"),
    ],
)
def test_clean_text(text, expected):
    assert clean_text(text) == expected


def test_split_tags():
    assert split_tags("Speed, Price; speed ;; Staff,Price") == ("Speed", "Price", "speed", "Staff")


@pytest.mark.parametrize(
    "text",
    [
        "2026-10-03",
        "2026-10-03 14:14:22",
        "2026-10-03T14:14:22",
        "2024-02-29 23:59:59",
        "2026-02-29",  # no such day
        "2026-13-01 10:00:00",  # no such month
        "2026-10-03 24:00:00",  # no such hour
        "2026-10-03 10:61:00",
    ],
)
def test_the_quick_reading_of_plain_iso_dates_says_what_the_full_reading_says(text, monkeypatch):
    """Plain ISO dates (most exports) are read at once, without the general patterns; the
    answer, or the problem, is the same."""
    from feedback_desk.core.importing import values

    def reading() -> tuple | str:
        try:
            return parse_date(text)
        except ValueProblem as problem:
            return str(problem)

    quick = reading()
    monkeypatch.setattr(values, "_PLAIN_ISO", values.re.compile(r"(?!)"))  # matches nothing
    assert quick == reading()


@pytest.mark.parametrize("text", ["1", "2", "3", "4", "5", " 4 "])
def test_a_plain_digit_is_its_own_number_of_stars(text):
    assert parse_stars(text) == int(text)
