"""The dashboard page: counts, trends and charts of feedback."""
