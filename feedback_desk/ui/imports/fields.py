"""The names the owner sees for the fields a column can go into."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("import", text)


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
