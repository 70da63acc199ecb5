"""Feedback Desk: collect, classify, answer and follow up customer feedback, offline."""

__version__ = "0.1.0"
APP_NAME = "Feedback Desk"
# One reverse-DNS id for the desktop file, the icon, the AppStream component and the macOS
# bundle (installers/ reads it here). Never change it: desktops and macOS know the app by it.
APP_ID = "app.feedbackdesk.FeedbackDesk"
