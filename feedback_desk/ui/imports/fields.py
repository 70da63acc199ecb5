"""The names the owner sees for the fields a column can go into."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_choices() -> list[tuple[str, str]]:
    """(target, shown name) in the order of the column pickers."""
    return [
        ("body", QCoreApplication.translate("import", "Feedback text")),
        ("title", QCoreApplication.translate("import", "Title")),
        ("received_at", QCoreApplication.translate("import", "Date")),
        ("author", QCoreApplication.translate("import", "Customer name")),
        ("rating", QCoreApplication.translate("import", "Stars (1-5)")),
        ("nps_score", QCoreApplication.translate("import", "Recommend score (0-10)")),
        ("email", QCoreApplication.translate("import", "Email")),
        ("phone", QCoreApplication.translate("import", "Phone")),
        ("channel", QCoreApplication.translate("import", "Channel")),
        ("location", QCoreApplication.translate("import", "Location")),
        ("product", QCoreApplication.translate("import", "Product")),
        ("external_id", QCoreApplication.translate("import", "Review or response id")),
        ("reply", QCoreApplication.translate("import", "Your reply")),
        ("replied_at", QCoreApplication.translate("import", "Reply date")),
        ("tags", QCoreApplication.translate("import", "Tags")),
        ("extra", QCoreApplication.translate("import", "Keep as an extra field")),
        ("ignore", QCoreApplication.translate("import", "Leave out")),
    ]


def preset_name(preset: str) -> str:
    return {
        "google_forms_nps": QCoreApplication.translate("import", "a Google Forms survey"),
        "survey_nps": QCoreApplication.translate("import", "a survey tool's NPS export"),
        "survey": QCoreApplication.translate("import", "a survey tool's export"),
        "trustpilot": QCoreApplication.translate("import", "a Trustpilot export"),
        "google_play": QCoreApplication.translate("import", "Google Play reviews"),
        "shop_reviews": QCoreApplication.translate("import", "a shop review app's export"),
        "review_platform": QCoreApplication.translate("import", "a review site's export"),
        "google_takeout": QCoreApplication.translate(
            "import", "Google reviews from Google Takeout"
        ),
        "generic": QCoreApplication.translate("import", "a table of feedback"),
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
        "header": QCoreApplication.translate("import", "its name says so"),
        "header_word": QCoreApplication.translate("import", "a word in its name says so"),
        "date": QCoreApplication.translate("import", "its name and values are dates"),
        "submitted_date": QCoreApplication.translate(
            "import", "the date the answer was sent or the review written"
        ),
        "lesser_date": QCoreApplication.translate(
            "import", "another date (start, update or visit): kept, not used"
        ),
        "reply": QCoreApplication.translate("import", "it holds your replies"),
        "reply_date": QCoreApplication.translate("import", "the date of your reply"),
        "values_stars": QCoreApplication.translate("import", "its answers are stars from 1 to 5"),
        "values_nps": QCoreApplication.translate(
            "import", "its answers are 0 to 10 under a recommend question"
        ),
        "recommend_question": QCoreApplication.translate(
            "import", "it asks whether they would recommend you"
        ),
        "free_text": QCoreApplication.translate("import", "answers written in their own words"),
        "longest_text": QCoreApplication.translate("import", "the longest texts in the file"),
        "not_customer": QCoreApplication.translate(
            "import", "a place, app or shop name, not a customer"
        ),
        "metadata": QCoreApplication.translate(
            "import", "details of the export itself: kept, not used"
        ),
        "second": QCoreApplication.translate(
            "import", "another column already holds this: kept, not used"
        ),
        "unknown": QCoreApplication.translate("import", "not recognised: kept with each item"),
        "takeout": QCoreApplication.translate("import", "Google's own field name"),
        "remembered": QCoreApplication.translate(
            "import", "as you chose last time for this kind of file"
        ),
        "asked": QCoreApplication.translate("import", "as you chose"),
    }.get(reason, "")


def encoding_note(why: str) -> str:
    """Why the characters were read as they were."""
    return {
        "asked": QCoreApplication.translate("import", "as you chose"),
        "bom": QCoreApplication.translate("import", "the file says so at its start"),
        "utf16": QCoreApplication.translate(
            "import", "the file is written in UTF-16 (Excel's Unicode Text)"
        ),
        "utf8": QCoreApplication.translate("import", "every character in the file is valid UTF-8"),
        "utf8_with_bad_bytes": QCoreApplication.translate(
            "import",
            "the file is UTF-8 with a few bad bytes; they show as \ufffd in the rows named below",
        ),
        "legacy": QCoreApplication.translate(
            "import", "the file is not UTF-8, and its letters make sense in this code page"
        ),
        "latin1": QCoreApplication.translate(
            "import", "no other encoding reads the whole file: please check the letters"
        ),
    }.get(why, "")
