"""Response templates: filling their placeholders, ranking them for an item, sharing them.

A template's body may carry the placeholders in ``PLACEHOLDERS`` (``{first_name}``,
``{business_name}``...). ``render`` fills them from a feedback item and the owner's settings;
a value that is missing falls back to natural words ("Hi there,", "your order", "The team") so
the reply still reads well, and never shows braces. Anything else in braces is the owner's own
text and is kept as typed; customer data is inserted literally, never interpreted.

``ResponseTemplate.sentiments`` holds the labels a template suits: the sentiments
(``positive``, ``neutral``, ``negative``) and, for templates written for one situation, an NPS
group (``detractor``, ``passive``, ``promoter``: it then suits only NPS answers in that group)
or ``spam`` (it then suits only items marked as spam or fake). ``tags`` are tag names.

Pure Python, no Qt, no SQL; nothing is read until it is asked for.
"""

from .files import export_templates, import_templates, load_starting_templates, templates_from_data
from .placeholders import (
    PLACEHOLDERS,
    channel_name,
    customer_name,
    first_name,
    placeholder_values,
    render,
)
from .ranking import item_sentiment, nps_group, rank, suits
from .template import NPS_LABELS, SENTIMENT_LABELS, SPAM_LABEL, SUIT_LABELS, ResponseTemplate

__all__ = [
    "NPS_LABELS",
    "PLACEHOLDERS",
    "SENTIMENT_LABELS",
    "SPAM_LABEL",
    "SUIT_LABELS",
    "ResponseTemplate",
    "channel_name",
    "customer_name",
    "export_templates",
    "first_name",
    "import_templates",
    "item_sentiment",
    "load_starting_templates",
    "nps_group",
    "placeholder_values",
    "rank",
    "render",
    "suits",
    "templates_from_data",
]
