"""Feedback Desk: collect, classify, answer and follow up customer feedback, offline."""

__version__ = "0.1.0"
APP_NAME = "Feedback Desk"
