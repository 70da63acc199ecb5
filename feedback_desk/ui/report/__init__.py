"""The monthly report on paper: one or two printed pages (or a PDF) drawn from a MonthReport."""
