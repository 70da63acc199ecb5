"""Reading CSV, TSV and JSON exports into feedback records, without a database or a window.

``reading`` opens a file as a streamed table, ``presets`` says which column holds what,
``values`` reads single cells and ``rows`` turns a row into a ``NewFeedback``.
"""
