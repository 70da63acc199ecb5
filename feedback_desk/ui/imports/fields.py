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
