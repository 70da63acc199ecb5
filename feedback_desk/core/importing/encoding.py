"""Which text encoding a file is in, and whether it is text at all.

Detection reads a sample for signatures and byte-order marks, then validates the chosen
encoding over the whole file in chunks (constant memory), so an import never fails half-way
on a byte the sample did not show.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..words import translate

SAMPLE_BYTES = 64 * 1024
_CHUNK = 1 << 20

# Legacy encodings tried when the file is not UTF-8, in order of preference for a tie:
# Western Excel, Korean Excel, Japanese Excel.
LEGACY = ("cp1252", "cp949", "shift_jis")

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF87a", "image"),
    (b"GIF89a", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"%PDF", "pdf"),
    (b"PK\x03\x04", "xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xls"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!", "rar"),
)
_NUL = b"\0"
_NON_ASCII_LINE = re.compile(rb"[^\n]*[\x80-\xff][^\n]*")


class NotATable(Exception):
    """The file cannot be read as a table; the message says why in plain words."""


def check_signature(head: bytes) -> None:
    """Refuse well-known binary formats with a message naming what the file seems to be."""
    if not head:
        raise NotATable(translate("import", "The file is empty."))
    what = next((name for magic, name in _SIGNATURES if head.startswith(magic)), None)
    if what is None and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        what = "image"
    if what is None and head[4:8] == b"ftyp":
        what = "video"
    if what is not None:
        raise NotATable(_looks_like(what))


def _looks_like(what: str) -> str:
    """The refusal of a well-known binary format, one whole sentence per format."""
    excel = translate(
        "import", " In Excel, choose File > Save As > CSV UTF-8, then import that file."
    )
    return {
        "image": translate("import", "This file looks like an image, not a table of feedback."),
        "video": translate(
            "import", "This file looks like a photo or video, not a table of feedback."
        ),
        "pdf": translate("import", "This file looks like a PDF document, not a table of feedback."),
        "xlsx": translate(
            "import",
            "This file looks like an Excel workbook (.xlsx) or a zip archive, not a table of "
            "feedback.",
        )
        + excel,
        "xls": translate(
            "import",
            "This file looks like an old Excel (.xls) or Word document, not a table of feedback.",
        )
        + excel,
        "gzip": translate(
            "import", "This file looks like a compressed (gzip) archive, not a table of feedback."
        ),
        "7z": translate(
            "import", "This file looks like a compressed (7z) archive, not a table of feedback."
        ),
        "rar": translate(
            "import", "This file looks like a compressed (rar) archive, not a table of feedback."
        ),
    }[what]


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM has NULs in every other byte (for Latin text)."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 4:
        return None
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _binary(offset: int | None = None) -> NotATable:
    """Binary data at a byte (``offset``), or near the start (None)."""
    if offset is None:
        return NotATable(
            translate(
                "import",
                "This file contains binary data (NUL bytes) near the start, not text: "
                "it is not a table of feedback.",
            )
        )
    return NotATable(
        translate(
            "import",
            "This file contains binary data (NUL bytes) at byte {0}, not text: "
            "it is not a table of feedback.",
        ).format(offset)
    )


def decodes_whole(path: Path, encoding: str, *, check_nul: bool = True) -> bool:
    """Whether the whole file decodes strictly, reading it in chunks."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    offset = 0
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            if check_nul and b"\0" in chunk:
                raise _binary(offset + chunk.index(_NUL))
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return False
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _legacy_pass(path: Path) -> tuple[list[str], bytes]:
    """Which legacy encodings decode the whole file, and some lines with non-ASCII bytes
    (from anywhere in the file) to judge them by."""
    decoders = {name: codecs.getincrementaldecoder(name)("strict") for name in LEGACY}
    lines: list[bytes] = []
    collected = 0
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            if b"\0" in chunk:
                raise _binary(chunk.index(_NUL) + f.tell() - len(chunk))
            for name, decoder in list(decoders.items()):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    del decoders[name]
            if collected < SAMPLE_BYTES:
                for m in _NON_ASCII_LINE.finditer(chunk):
                    # Lines cut by the chunk edge could split a character: skip them.
                    if m.start() > 0 and m.end() < len(chunk):
                        lines.append(m.group())
                        collected += m.end() - m.start()
                        if collected >= SAMPLE_BYTES:
                            break
    for name, decoder in list(decoders.items()):
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            del decoders[name]
    return list(decoders), b"\n".join(lines)


def _plausibility(text: str, encoding: str) -> int:
    """Bytes of characters a real text in ``encoding`` would contain, minus bytes of those it
    would not.

    Why our own scoring and not charset-normalizer: on short Excel exports (one review, a
    few words) charset-normalizer 3.5 read "Ça va" (cp1252) as Shift-JIS and "美味しい" or
    "ありがとう" (Shift-JIS) as cp949; these rules got all 19 of our samples right (the
    tests keep them), and are plain enough to reason about.

    Each wrong decoding has a tell: Korean read as cp1252 gives runs of symbols and capitals
    with no ASCII letter beside them; Japanese read as cp949 gives only the rare Hangul of the
    cp949 extension; Latin text read as a CJK code page gives ideographs or half-width
    katakana glued to ASCII letters.
    """
    score = 0
    last = len(text) - 1
    for i, ch in enumerate(text):
        code = ord(ch)
        if code < 128:
            continue
        size = len(ch.encode(encoding))
        before = text[i - 1] if i else " "
        after = text[i + 1] if i < last else " "
        beside_letter = (before.isascii() and before.isalpha()) or (
            after.isascii() and after.isalpha()
        )
        if ch in "★☆“”‘’…–—·°€«»\xa0":
            good = True
        elif encoding == "cp1252":
            good = ch.isalpha() and (beside_letter or ch in "àÀ")
        elif encoding == "cp949":
            raw = ch.encode("cp949")
            hangul = "\uac00" <= ch <= "\ud7a3" and raw[0] >= 0xB0 and raw[1] >= 0xA1
            good = (hangul or "\u3131" <= ch <= "\u318e") and not beside_letter
        else:
            kana_kanji = (
                "\u3000" <= ch <= "\u30ff"
                or "\u4e00" <= ch <= "\u9fff"
                or "\uff01" <= ch <= "\uff5e"
            )
            good = kana_kanji and not beside_letter
        score += size if good else -size
    return score


def choose_legacy(candidates: list[str], sample: bytes) -> str:
    """The most plausible of the candidate encodings for the sample; Latin-1 when none fits."""
    if not candidates:
        return "latin-1"
    if len(candidates) == 1:
        return candidates[0]
    scores = {name: _plausibility(sample.decode(name, "replace"), name) for name in candidates}
    return max(candidates, key=lambda name: (scores[name], -LEGACY.index(name)))


def detect_encoding(path: Path, head: bytes, override: str | None = None) -> str:
    """The encoding to read ``path`` with (``head`` is its first bytes)."""
    return detect_encoding_why(path, head, override)[0]


def detect_encoding_why(path: Path, head: bytes, override: str | None = None) -> tuple[str, str]:
    """The encoding to read ``path`` with, and why, as a fact the window words: "asked",
    "bom", "utf16", "utf8", "utf8_with_bad_bytes" (read as UTF-8, the bad bytes shown as
    � and their rows named), "legacy" (the code page whose letters make sense) or "latin1".

    An override is honoured but checked over the whole file, so a wrong choice is told at
    once rather than half-way through an import.
    """
    check_signature(head)
    bom = bom_encoding(head)
    if override:
        try:
            info = codecs.lookup(override)
        except LookupError:
            info = None
        # rot13, base64, zlib... are codecs too, but not ways of writing text in bytes.
        if info is None or not getattr(info, "_is_text_encoding", True):
            raise NotATable(
                translate(
                    "import",
                    "'{0}' is not a text encoding I know. Choose one such as utf-8, "
                    "cp949 (Korean Excel) or cp1252 (Western Excel), or leave it out.",
                ).format(override)
            )
        name = info.name
        if name == "utf-8" and bom == "utf-8-sig":
            name = "utf-8-sig"  # so the BOM does not end up in the first header
        if not decodes_whole(path, name, check_nul=not name.startswith("utf-16")):
            raise NotATable(
                translate(
                    "import",
                    "The file cannot be read as {0}: it has bytes that "
                    "encoding does not allow. Try another encoding or automatic.",
                ).format(override)
            )
        return name, "asked"
    if bom is not None:
        if not decodes_whole(path, bom, check_nul=False):
            raise NotATable(
                translate(
                    "import", "The file says it is {0} but has bytes that are not {0}."
                ).format(bom)
            )
        return bom, "bom"
    if b"\0" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is None or not decodes_whole(path, utf16, check_nul=False):
            raise _binary()
        return utf16, "utf16"
    if decodes_whole(path, "utf-8"):
        return "utf-8", "utf8"
    if mostly_utf8(path):
        return "utf-8", "utf8_with_bad_bytes"
    candidates, sample = _legacy_pass(path)
    chosen = choose_legacy(candidates, sample)
    return chosen, "latin1" if chosen == "latin-1" else "legacy"


def mostly_utf8(path: Path) -> bool:
    """Whether a file that is not all UTF-8 is still UTF-8 with a few bad bytes (a cell pasted
    from another program, a cut download): its well-formed multi-byte characters outnumber
    its bad bytes four to one. Text in a legacy code page almost never forms a well-formed
    UTF-8 sequence, so it does not pass."""
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    good = bad = 0
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            text = decoder.decode(chunk)
            if text.isascii():
                continue
            bad_here = text.count("\ufffd")
            bad += bad_here
            good += sum(1 for ch in text if ord(ch) > 127) - bad_here
    return good > 4 * bad
