"""What the search index reads, so that words are found inside Korean, Japanese and Chinese.

Those languages do not put spaces between words (Japanese, Chinese) or glue particles to them
(Korean "크루아상이" is "croissant" + a particle), so a word-based index cannot find a word
inside them. SQLite's trigram tokenizer could, but it cannot find words of one or two
characters (most Korean and Chinese words: 커피, 빵, 面包), matches English inside other words
("tea" in "steak") and makes the index several times larger and imports slower.

So CJK runs are indexed as overlapping pairs of characters (the classic CJK bigram approach of
search engines), followed by the single characters; everything else is indexed as words by
FTS5's own unicode61 tokenizer. A query's CJK run becomes the phrase of its pairs, which
matches the same run anywhere inside longer text; a single character matches its own token.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Hiragana, Katakana, CJK ideographs (and extension A, compatibility), Hangul syllables and jamo.
_CJK = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff"
    r"\u3130-\u318f]+"
)
_WORD = re.compile(r"\w+")


def _pairs(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def _index_run(match: re.Match) -> str:
    run = match.group()
    return " " + " ".join([*_pairs(run), *run]) + " "


def search_text(*parts: str | None) -> str:
    """The text the index holds for a piece of feedback (title, body, author...).

    Registered as the SQL function fd_search_text; it must stay deterministic: the index is
    told what to forget by recomputing it. Changing it needs a migration that rebuilds the
    index."""
    text = "\n".join(p for p in parts if p)
    return _CJK.sub(_index_run, text) if _CJK.search(text) else text


def cjk_search_text(*parts: str | None) -> str | None:
    """``search_text`` of parts that hold a CJK run (the costly case, done where there is
    time: an import's helper process), else None: the index text is then the parts joined."""
    text = "\n".join(p for p in parts if p)
    return _CJK.sub(_index_run, text) if _CJK.search(text) else None


def match_query(text: str) -> str:
    """The owner's words as a safe FTS5 query. Every word must appear; the last may be
    unfinished (results as you type). Quotes and operators in the text mean nothing."""
    terms = []
    for word in _WORD.findall(text):
        for piece in re.split(f"({_CJK.pattern})", word):
            if _CJK.fullmatch(piece):
                terms.append('"' + (" ".join(_pairs(piece)) or piece) + '"')
            elif piece:
                terms.append(f'"{piece}"')
    if terms and not _CJK.search(terms[-1]):
        terms[-1] += "*"
    return " ".join(terms)


def keyword_query(keyword: str) -> str:
    """A tag rule's keyword or phrase as an FTS5 query: whole words in any case, never a
    prefix ("late" does not find "latest"). A CJK run is the phrase of its pairs, so it is found
    inside longer CJK text; a run and the words beside it are only required together, because
    the index keeps a run's pairs and single characters apart from its neighbours."""
    groups: list[list[str]] = []
    words: list[str] = []
    for word in _WORD.findall(keyword):
        for piece in re.split(f"({_CJK.pattern})", word):
            if _CJK.fullmatch(piece):
                if words:
                    groups.append(words)
                    words = []
                groups.append(_pairs(piece) or [piece])
            elif piece:
                words.append(piece)
    if words:
        groups.append(words)
    return " ".join('"' + " ".join(group) + '"' for group in groups)


def any_keyword_query(keywords: list[str] | tuple[str, ...]) -> str:
    """An FTS5 query matching text that holds any of the keywords (see keyword_query)."""
    parts = [q for q in map(keyword_query, keywords) if q]
    return " OR ".join(f"({q})" for q in parts)


# The same search on a team server (PostgreSQL): the text above, with everything but letters
# and digits made a space so that the server's parser sees only words (it would keep
# "foo@bar.com" or "4.5" whole), becomes a tsvector of the fd_search configuration (lower case,
# accents taken off, see store/schema_pg.py). The queries below say in tsquery what
# match_query and keyword_query say in FTS5: a CJK run is the phrase of its pairs, a word is
# itself, the unfinished last word a prefix. They are passed as values (``?::tsquery``), never
# parsed by the server, so they are folded here as the configuration folds the text.
_NOT_WORD = re.compile(r"[\W_]+")


def server_search_text(*parts: str | None) -> str:
    """What a team server indexes for a piece of feedback (see search_text)."""
    return _NOT_WORD.sub(" ", search_text(*parts)).strip()


def _folded(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )


def _phrase(tokens: list[str]) -> str:
    return " <-> ".join(f"'{token}'" for token in tokens)


def _pieces(text: str) -> list[tuple[bool, list[str]]]:
    """(is a CJK run, its tokens) for each piece of the words of ``text``."""
    found = []
    for word in _NOT_WORD.split(text):
        for piece in re.split(f"({_CJK.pattern})", word):
            if _CJK.fullmatch(piece):
                found.append((True, _pairs(piece) or [piece]))
            elif piece:
                found.append((False, [_folded(piece)]))
    return found


def tsquery(text: str) -> str:
    """The owner's words as a tsquery literal, as match_query: every word must appear, the
    last may be unfinished."""
    terms = [(cjk, _phrase(tokens)) for cjk, tokens in _pieces(text)]
    if terms and not terms[-1][0]:
        terms[-1] = (False, terms[-1][1] + ":*")
    return " & ".join(term for _, term in terms)


def keyword_tsquery(keyword: str) -> str:
    """A tag rule's keyword as a tsquery literal, as keyword_query: whole words, a CJK run
    found inside longer CJK text, the words beside it only required together."""
    groups: list[list[str]] = []
    words: list[str] = []
    for cjk, tokens in _pieces(keyword):
        if cjk:
            if words:
                groups.append(words)
                words = []
            groups.append(tokens)
        else:
            words += tokens
    if words:
        groups.append(words)
    return " & ".join(f"({_phrase(group)})" for group in groups)


def any_keyword_tsquery(keywords: list[str] | tuple[str, ...]) -> str:
    """A tsquery literal matching text that holds any of the keywords."""
    parts = [q for q in map(keyword_tsquery, keywords) if q]
    return " | ".join(f"({q})" for q in parts)


# Telling a match without the index ---------------------------------------------------------
# Asking the index whether one item matches costs a look into each of its pieces (a tenth of a
# millisecond on a million items). The inbox walks the newest items to find the first page of
# a common word, so it first asks words_found, which reads the item's own text and is sure
# where the index's tokenizer (unicode61) is plain: English words in ASCII text (letters and
# digits make a word, case aside) and CJK runs (a query's run matches where the text holds it).
_TERM = re.compile(r'"([^"]*)"(\*?)')
_ASCII_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=64)
def _checks(match: str) -> tuple[tuple[re.Pattern, ...], tuple[str, ...]] | None:
    """What ``match`` (from match_query) asks: a pattern for each ASCII word (in lower-case
    text) and the CJK runs the text must hold; None when it asks something else."""
    words, runs = [], []
    for term, prefix in _TERM.findall(match):
        if _CJK.fullmatch(term.replace(" ", "")):
            pairs = term.split(" ")
            runs.append(pairs[0] + "".join(p[1:] for p in pairs[1:]))
        elif _ASCII_WORD.fullmatch(term.lower()):
            end = "" if prefix else "(?![a-z0-9])"
            words.append(re.compile(f"(?<![a-z0-9]){term.lower()}{end}"))
        else:
            return None
    if not words and not runs:
        return None
    return tuple(words), tuple(runs)


def text_tells(match: str) -> bool:
    """Whether words_found can tell for ``match`` from an item's text (if it is ASCII)."""
    return _checks(match) is not None


def words_found(match: str, *parts: str | None) -> int | None:
    """Whether the text of ``parts`` (as search_text joins them) holds what ``match`` asks:
    1 or 0 when that is sure without the index, None when only the index can tell (text or
    words outside ASCII and CJK). Registered as the SQL function fd_words_found."""
    checks = _checks(match)
    if checks is None:
        return None
    words, runs = checks
    text = "\n".join(p for p in parts if p)
    if any(run not in text for run in runs):
        return 0
    if not words:
        return 1
    if not text.isascii():
        return None
    lower = text.lower()
    return 1 if all(word.search(lower) for word in words) else 0
