"""The names the owner sees for the fields a column can go into."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("import", text)


def field_choices() -> list[tuple[str, str]]:
    """(target, shown name) in the order of the column pickers."""
    return [
        ("body", _tr("Feedback text")),
        ("title", _tr("Title")),
        ("received_at", _tr("Date")),
        ("author", _tr("Customer name")),
        ("rating", _tr("Stars (1-5)")),
        ("nps_score", _tr("Recommend score (0-10)")),
        ("email", _tr("Email")),
        ("phone", _tr("Phone")),
        ("channel", _tr("Channel")),
        ("location", _tr("Location")),
        ("product", _tr("Product")),
        ("external_id", _tr("Review or response id")),
        ("reply", _tr("Your reply")),
        ("replied_at", _tr("Reply date")),
        ("tags", _tr("Tags")),
        ("extra", _tr("Keep as an extra field")),
        ("ignore", _tr("Leave out")),
    ]


def preset_name(preset: str) -> str:
    return {
        "google_forms_nps": _tr("a Google Forms survey"),
        "survey_nps": _tr("a survey tool's NPS export"),
        "review_platform": _tr("a review site's export"),
        "google_takeout": _tr("Google reviews from Google Takeout"),
        "generic": _tr("a table of feedback"),
    }.get(preset, preset)


ENCODINGS = (
    ("utf-8", "UTF-8"),
    ("utf-16", "UTF-16 (Excel Unicode Text)"),
    ("cp1252", "Western European (Windows-1252)"),
    ("cp949", "Korean (CP949/EUC-KR)"),
    ("shift_jis", "Japanese (Shift-JIS)"),
    ("latin-1", "Latin-1"),
)


def reason_text(reason: str) -> str:
    """Why a column went where it went, for the preview's "Why" column."""
    return {
        "header": _tr("its name says so"),
        "header_word": _tr("a word in its name says so"),
        "date": _tr("its name and values are dates"),
        "submitted_date": _tr("the date the answer was sent or the review written"),
        "lesser_date": _tr("another date (start, update or visit): kept, not used"),
        "reply": _tr("it holds your replies"),
        "reply_date": _tr("the date of your reply"),
        "values_stars": _tr("its answers are stars from 1 to 5"),
        "values_nps": _tr("its answers are 0 to 10 under a recommend question"),
        "recommend_question": _tr("it asks whether they would recommend you"),
        "free_text": _tr("answers written in their own words"),
        "longest_text": _tr("the longest texts in the file"),
        "not_customer": _tr("a place, app or shop name, not a customer"),
        "metadata": _tr("details of the export itself: kept, not used"),
        "second": _tr("another column already holds this: kept, not used"),
        "unknown": _tr("not recognised: kept with each item"),
        "takeout": _tr("Google's own field name"),
        "remembered": _tr("as you chose last time for this kind of file"),
        "asked": _tr("as you chose"),
    }.get(reason, "")


def encoding_note(why: str) -> str:
    """Why the characters were read as they were."""
    return {
        "asked": _tr("as you chose"),
        "bom": _tr("the file says so at its start"),
        "utf16": _tr("the file is written in UTF-16 (Excel's Unicode Text)"),
        "utf8": _tr("every character in the file is valid UTF-8"),
        "utf8_with_bad_bytes": _tr(
            "the file is UTF-8 with a few bad bytes; they show as \ufffd in the rows named below"
        ),
        "legacy": _tr("the file is not UTF-8, and its letters make sense in this code page"),
        "latin1": _tr("no other encoding reads the whole file: please check the letters"),
    }.get(why, "")
