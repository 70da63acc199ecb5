"""Recognising exports from their headers, and turning rows into feedback."""

from __future__ import annotations

import json

import pytest

from feedback_desk.core.importing.presets import (
    FIELDS,
    Mapping,
    detect_mapping,
    mapping_from_overrides,
    mapping_key,
    with_channel,
)
from feedback_desk.core.importing.reading import open_table, table_from_text
from feedback_desk.core.importing.rows import row_to_feedback
from feedback_desk.core.importing.values import ValueProblem

FORMS_HEADERS = [
    "Timestamp",
    "Email Address",
    "How likely are you to recommend us to a friend or colleague?",
    "Which store did you visit?",
    "What is the main reason for your score?",
    "Anything we could do better?",
]
FORMS_ROWS = [
    ["2026/10/03 9:14:22 AM GMT+9", "a@x.kr", "9", "Gangnam", "Fast and friendly", ""],
    ["2026/10/03 10:01:00 AM GMT+9", "", "3", "Mapo", "Cold coffee", "Heat it up"],
]


def _targets(headers, mapping):
    return {h: t for h, t in zip(headers, mapping.columns, strict=True) if t != "extra"}


def test_google_forms_nps():
    mapping = detect_mapping(FORMS_HEADERS, FORMS_ROWS)
    assert (mapping.preset, mapping.channel) == ("google_forms_nps", "survey")
    assert _targets(FORMS_HEADERS, mapping) == {
        "Timestamp": "received_at",
        "Email Address": "email",
        FORMS_HEADERS[2]: "nps_score",
        "Which store did you visit?": "location",
        FORMS_HEADERS[4]: "body",
        FORMS_HEADERS[5]: "body",
    }
    item = row_to_feedback(FORMS_ROWS[1], FORMS_HEADERS, mapping)
    assert item.body == (
        "What is the main reason for your score?: Cold coffee\n\n"
        "Anything we could do better?: Heat it up"
    )
    assert (item.nps_score, item.location, item.channel) == (3, "Mapo", "survey")
    assert (item.received_at, item.utc_offset_minutes) == ("2026-10-03T10:01:00", 540)


def test_korean_google_forms_nps():
    headers = [
        "타임스탬프",
        "저희 가게를 친구에게 추천할 가능성은 얼마나 되나요?",
        "이유를 알려주세요",
        "성별",
    ]
    rows = [["2026. 10. 3. 오후 2:14:22", "10", "맛있어요", "여"]]
    mapping = detect_mapping(headers, rows)
    assert mapping.preset == "google_forms_nps"
    assert mapping.columns == ("received_at", "nps_score", "body", "extra")
    item = row_to_feedback(rows[0], headers, mapping)
    assert (item.body, item.nps_score, item.extra) == ("맛있어요", 10, {"성별": "여"})


def test_recommend_question_with_non_nps_answers_is_not_forms_nps():
    headers = ["Timestamp", "Would you recommend us?", "Comments"]
    mapping = detect_mapping(headers, [["2026-10-03", "Yes", "ok"]])
    assert mapping.preset != "google_forms_nps"


def test_survey_nps():
    headers = ["Response ID", "Submitted At", "NPS", "Comment", "Email", "Plan"]
    mapping = detect_mapping(headers, [["r1", "2026-10-03 14:00", "8", "Good", "", "Pro"]])
    assert (mapping.preset, mapping.channel) == ("survey_nps", "survey")
    assert mapping.columns == ("external_id", "received_at", "nps_score", "body", "email", "extra")


def test_review_platform():
    headers = ["Created Date", "Title", "Review", "Stars", "Owner Response", "Reviewer", "URL"]
    mapping = detect_mapping(headers)
    assert (mapping.preset, mapping.channel) == ("review_platform", "other")
    assert mapping.columns == ("received_at", "title", "body", "rating", "reply", "author", "extra")
    with_source = detect_mapping([*headers, "Source"])
    assert (with_source.columns[-1], with_source.channel) == ("channel", None)


def test_generic_korean_headers():
    headers = [
        "작성일",
        "작성자",
        "별점",
        "리뷰 내용",
        "제목",
        "이메일",
        "연락처",
        "지점",
        "메뉴",
        "답글",
        "채널",
        "비고",
    ]
    mapping = detect_mapping(headers)
    assert mapping.preset == "generic"
    assert mapping.columns == (
        "received_at",
        "author",
        "rating",
        "body",
        "title",
        "email",
        "phone",
        "location",
        "product",
        "reply",
        "channel",
        "extra",
    )


def test_google_takeout_from_json(tmp_path):
    review = {
        "name": "accounts/1/locations/2/reviews/abc",
        "reviewer": {"displayName": "Kim", "profilePhotoUrl": "https://p"},
        "starRating": "TWO",
        "comment": "Too slow &amp; cold",
        "createTime": "2026-10-03T23:14:22Z",
        "updateTime": "2026-10-04T00:00:00Z",
        "reviewReply": {"comment": "Sorry!", "updateTime": "2026-10-04T08:00:00Z"},
    }
    path = tmp_path / "reviews.json"
    path.write_text(json.dumps({"reviews": [review]}), encoding="utf-8")
    table = open_table(path)
    mapping = detect_mapping(table.info.headers, [c for _, c in table.sample()])
    assert (mapping.preset, mapping.channel) == ("google_takeout", "google")
    _, cells = next(table.rows())
    item = row_to_feedback(cells, table.info.headers, mapping)
    assert (item.external_id, item.author, item.rating, item.body) == (
        "accounts/1/locations/2/reviews/abc",
        "Kim",
        2,
        "Too slow & cold",
    )
    assert (item.received_at, item.utc_offset_minutes) == ("2026-10-03T23:14:22", 0)
    assert (item.reply, item.replied_at, item.channel) == (
        "Sorry!",
        "2026-10-04T08:00:00",
        "google",
    )
    assert item.extra == {"updateTime": "2026-10-04T00:00:00Z"}  # the photo URL is ignored


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([["25/10/2026", "5", "a"], ["03/10/2026", "4", "b"]], "dmy"),
        ([["10/25/2026", "5", "a"], ["10/03/2026", "4", "b"]], "mdy"),
        ([["03/10/2026", "5", "a"], ["04/10/2026", "4", "b"]], None),
    ],
)
def test_date_order_is_detected_from_the_file(rows, expected):
    assert detect_mapping(["Date", "Rating", "Review"], rows).date_order == expected


def test_mapping_key_ignores_case_and_spacing_only():
    assert mapping_key(["Created At", "Stars"]) == mapping_key([" created_at", "STARS "])
    assert mapping_key(["Created At", "Stars"]) != mapping_key(["Stars", "Created At"])
    assert mapping_key(["a"]).startswith("h1-")


def test_overrides_and_channel():
    headers = ["When", "Text", "Who", "Platform"]
    base = detect_mapping(headers)
    assert base.columns == ("extra", "body", "extra", "channel")
    mapping = mapping_from_overrides(headers, base, {"received_at": "when", "author": "3"})
    assert mapping.columns == ("received_at", "body", "author", "channel")
    moved = mapping_from_overrides(headers, mapping, {"received_at": "Text"})
    assert moved.columns == ("extra", "received_at", "author", "channel")
    assert with_channel(mapping, "naver").columns[3] == "extra"
    naver = with_channel(mapping, "naver")
    item = row_to_feedback(["2026-10-03", "Hi", "Bo", "Google"], headers, naver)
    assert (item.channel, item.extra) == ("naver", {"Platform": "Google"})
    with pytest.raises(ValueError, match="'stars' is not a field"):
        mapping_from_overrides(headers, base, {"stars": "Text"})
    with pytest.raises(ValueError, match="no column 'Rating'"):
        mapping_from_overrides(headers, base, {"rating": "Rating"})


def test_every_field_can_be_mapped():
    headers = [*FIELDS, "Note", "Note", "Skip"]
    mapping = Mapping("generic", (*FIELDS, "extra", "extra", "ignore"), None, "mdy")
    cells = [
        "10/3/2026 2:14 PM",
        "<b>Ann</b>",
        " a@b.c ",
        "010-1234",
        "★★★★☆",
        "9",
        "Hi",
        "Body &amp; soul",
        "Naver",
        "Seoul",
        "Latte",
        "ext-1",
        "Thanks<br>Bo",
        "10/4/2026",
        "Speed; Price",
        "n1",
        "n2",
        "secret",
    ]
    item = row_to_feedback(cells, headers, mapping)
    assert (item.received_at, item.author, item.email, item.phone) == (
        "2026-10-03T14:14:00",
        "Ann",
        "a@b.c",
        "010-1234",
    )
    assert (item.rating, item.nps_score, item.title, item.body) == (4, 9, "Hi", "Body & soul")
    assert (item.channel, item.location, item.product, item.external_id) == (
        "Naver",
        "Seoul",
        "Latte",
        "ext-1",
    )
    assert (item.reply, item.replied_at, item.tags) == (
        "Thanks\nBo",
        "2026-10-04T00:00:00",
        ("Speed", "Price"),
    )
    assert item.extra == {"Note": "n1", "Note (2)": "n2"}


MESSY = """Reviews export
Date,Stars,Review,Name
2026-10-03,5,Lovely,Ann
2026-10-04,great,Nice,Bo
someday,4,Fine,Cy
2026-10-05,,,Di

2026-10-06,0,"Bad
really",Ed
2026-10-07,3,ok,Fi,extra cell
2026-10-08,4,,Gu
"""


def test_messy_rows_report_their_row_numbers():
    table = table_from_text(MESSY)
    mapping = detect_mapping(table.info.headers, [c for _, c in table.sample()])
    good, problems = [], []
    for number, cells in table.rows():
        try:
            good.append((number, row_to_feedback(cells, table.info.headers, mapping)))
        except ValueProblem as problem:
            problems.append((number, str(problem)))
    assert [(n, f.author) for n, f in good] == [(3, "Ann"), (10, "Gu")]
    assert problems == [
        (4, "stars 'great' is not a rating from 1 to 5"),
        (5, "date 'someday' is not a date"),
        (6, "empty row"),
        (8, "stars '0' is not a rating from 1 to 5"),
        (
            9,
            "the row has 5 values but the file has 4 columns "
            "(a comma inside a value without quotes?)",
        ),
    ]


def test_day_first_and_month_first_files():
    day_first = table_from_text("Date;Review\n25/10/2026 14:14;a\n03/10/2026 09:00;b\n")
    month_first = table_from_text("Date,Review\n10/25/2026 2:14 PM,a\n10/03/2026 9:00 AM,b\n")
    for table, order in ((day_first, "dmy"), (month_first, "mdy")):
        mapping = detect_mapping(table.info.headers, [c for _, c in table.sample()])
        assert mapping.date_order == order
        dates = [
            row_to_feedback(c, table.info.headers, mapping).received_at for n, c in table.rows()
        ]
        assert dates == [("2026-10-25T14:14:00"), ("2026-10-03T09:00:00")]


def test_undecided_date_order_is_a_problem_not_a_guess():
    mapping = detect_mapping(["Date", "Review"], [["03/04/2026", "x"]])
    assert mapping.date_order is None
    with pytest.raises(ValueProblem, match="day-first or month-first"):
        row_to_feedback(["03/04/2026", "x"], ["Date", "Review"], mapping)


def test_every_written_answer_of_a_survey_is_feedback_not_a_hidden_field():
    """Delighted's extra questions, like Typeform's and Tally's, are the customer's words."""
    headers = ["Response ID", "Score", "Comment", "Created At", "What could we do better?", "Plan"]
    rows = [["1", "9", "Great", "2026-05-01 10:00", "Open earlier on Sundays", "Pro"]]
    mapping = detect_mapping(headers, rows)
    assert mapping.preset == "survey_nps"
    assert mapping.columns == ("external_id", "nps_score", "body", "received_at", "body", "extra")
    item = row_to_feedback(rows[0], headers, mapping)
    assert item.body == "Comment: Great\n\nWhat could we do better?: Open earlier on Sundays"
