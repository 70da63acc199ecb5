"""The names the owner sees for the fields a column can go into."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("import", text)


def field_choices() -> list[tuple[str, str]]:
    """(target, shown name) in the order of the column pickers."""
    return [
        ("body", tr("Feedback text")),
        ("title", tr("Title")),
        ("received_at", tr("Date")),
        ("author", tr("Customer name")),
        ("rating", tr("Stars (1-5)")),
        ("nps_score", tr("Recommend score (0-10)")),
        ("email", tr("Email")),
        ("phone", tr("Phone")),
        ("channel", tr("Channel")),
        ("location", tr("Location")),
        ("product", tr("Product")),
        ("external_id", tr("Review or response id")),
        ("reply", tr("Your reply")),
        ("replied_at", tr("Reply date")),
        ("tags", tr("Tags")),
        ("extra", tr("Keep as an extra field")),
        ("ignore", tr("Leave out")),
    ]


def preset_name(preset: str) -> str:
    return {
        "google_forms_nps": tr("a Google Forms survey"),
        "survey_nps": tr("a survey tool's NPS export"),
        "survey": tr("a survey tool's export"),
        "trustpilot": tr("a Trustpilot export"),
        "google_play": tr("Google Play reviews"),
        "shop_reviews": tr("a shop review app's export"),
        "review_platform": tr("a review site's export"),
        "google_takeout": tr("Google reviews from Google Takeout"),
        "generic": tr("a table of feedback"),
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
        "header": tr("its name says so"),
        "header_word": tr("a word in its name says so"),
        "date": tr("its name and values are dates"),
        "submitted_date": tr("the date the answer was sent or the review written"),
        "lesser_date": tr("another date (start, update or visit): kept, not used"),
        "reply": tr("it holds your replies"),
        "reply_date": tr("the date of your reply"),
        "values_stars": tr("its answers are stars from 1 to 5"),
        "values_nps": tr("its answers are 0 to 10 under a recommend question"),
        "recommend_question": tr("it asks whether they would recommend you"),
        "free_text": tr("answers written in their own words"),
        "longest_text": tr("the longest texts in the file"),
        "not_customer": tr("a place, app or shop name, not a customer"),
        "metadata": tr("details of the export itself: kept, not used"),
        "second": tr("another column already holds this: kept, not used"),
        "unknown": tr("not recognised: kept with each item"),
        "takeout": tr("Google's own field name"),
        "remembered": tr("as you chose last time for this kind of file"),
        "asked": tr("as you chose"),
    }.get(reason, "")


def encoding_note(why: str) -> str:
    """Why the characters were read as they were."""
    return {
        "asked": tr("as you chose"),
        "bom": tr("the file says so at its start"),
        "utf16": tr("the file is written in UTF-16 (Excel's Unicode Text)"),
        "utf8": tr("every character in the file is valid UTF-8"),
        "utf8_with_bad_bytes": tr(
            "the file is UTF-8 with a few bad bytes; they show as \ufffd in the rows named below"
        ),
        "legacy": tr("the file is not UTF-8, and its letters make sense in this code page"),
        "latin1": tr("no other encoding reads the whole file: please check the letters"),
    }.get(why, "")
