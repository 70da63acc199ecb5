"""Every row's fate beyond "imported": which rows are duplicates, and of what (an item already
stored, or an earlier row of the same file), and which rows hold bytes that were not text in
the file's encoding (a mostly-UTF-8 file read as UTF-8). Nothing is passed over in silence.
"""

from __future__ import annotations

from collections.abc import Sequence

BAD_BYTE = "\ufffd"


class Ledger:
    """Fed each chunk's prepared rows (with their row numbers) before they are written."""

    def __init__(self, store, keep_duplicates: bool = False, batch_id: int | None = None):
        self.store = store
        self.keep = keep_duplicates
        self.batch_id = batch_id
        self.seen: dict[str, int] = {}
        self.duplicates: list[dict] = []
        self.bad_bytes: list[int] = []

    def sort(self, numbers: Sequence[int], rows: Sequence[dict]) -> None:
        """Before writing: note the duplicates among ``rows`` (of stored items, or of earlier
        rows); when the owner keeps duplicates, give each a key of its own so it is stored
        beside the item it repeats. Remembers every key seen: for the check, and for an
        import that keeps duplicates."""
        stored = self.store.ids_for_keys([row["dedup_key"] for row in rows])
        for number, row in zip(numbers, rows, strict=True):
            key = row["dedup_key"]
            item, earlier = stored.get(key), self.seen.get(key)
            if item is None and earlier is None:
                self.seen[key] = number
                continue
            self._note(number, item, earlier)
            if self.keep:
                row["dedup_key"] = f"{key}|again|{self.batch_id}|{number}"

    def written(
        self, numbers: Sequence[int], rows: Sequence[dict], newest_before: int, added: int
    ) -> None:
        """After writing a chunk (duplicates passed over): which rows were not added, and
        what they repeat. Costs nothing when every row was new, and keeps no key from one
        chunk to the next, so a million-row import stays small; a repeat of a row of an
        earlier chunk is named by the item that row became."""
        if added == len(rows):
            return
        stored = self.store.ids_for_keys([row["dedup_key"] for row in rows])
        first: dict[str, int] = {}
        for number, row in zip(numbers, rows, strict=True):
            key = row["dedup_key"]
            item = stored.get(key)
            if item is None:
                continue
            if item > newest_before and key not in first:
                first[key] = number
                continue
            if item > newest_before:
                self._note(number, None, first[key])
            else:
                self._note(number, item, None)

    def _note(self, number: int, item: int | None, earlier: int | None) -> None:
        self.duplicates.append(
            {"row": number, "item": item}
            if item is not None
            else {"row": number, "of_row": earlier}
        )

    def look_for_bad_bytes(self, number: int, cells: Sequence[str]) -> None:
        if any(BAD_BYTE in cell for cell in cells):
            self.bad_bytes.append(number)
