"""Which language a piece of feedback is in, as far as scoring it needs to know.

Text is read only by a model that knows its language: VADER for English, the app's own model for
Korean (``core/korean.py``). Anything else is left *unscored*, because VADER on Vietnamese or
Polish finds no word it knows and calls the text neutral, hiding an unhappy customer.

So English needs positive evidence: most of the words must be English words (common function
and shop words, or words in VADER's own lexicon), and more of them than words that belong to
another language (its function words, or letters English does not use). Short English reviews
("Great!", "slow service", "meh") pass because every word in them is English. Korean is known
by its Hangul letters; other scripts by theirs.
"""

from __future__ import annotations

import re
from functools import cache

# Scripts with letters of their own, checked first because it is the cheapest test. Korean is
# the share of Hangul among the letters: a Korean review with an English word or two is Korean.
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
_NOT_LATIN = re.compile("|".join([_HANGUL.pattern] + [pattern.pattern for _, pattern in _SCRIPTS]))
# Handles, hashtags and web addresses are names, not words of any language.
_NAMES = re.compile(r"[@#]\w+|\b(?:https?://|www\.)\S+")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ASCII_WORD = re.compile(r"[a-z']+")
# For ASCII text: every byte that is not a letter or an apostrophe becomes a space, so that
# bytes.split() gives the words (ten times faster than the regular expression).
_ASCII_SPACES = bytes(c if chr(c).isalpha() or c == 39 else 32 for c in range(256))
# At least this share of the words must be English ones.
ENGLISH_SHARE = 0.3

_ENGLISH = (
    # function words
    "a an the and or but if so as at by for from in into of off on onto out over to up with "
    "about after again against all am any are aren't be because been before being below between "
    "both can can't could couldn't did didn't do does doesn't doing don't down during each few "
    "further had hadn't has hasn't have haven't having he her here hers herself him himself his "
    "how i i'm i've i'd i'll is isn't it it's its itself just let's me more most mustn't my myself "
    "nor not now only other ought our ours ourselves own same she should shouldn't some such than "
    "that that's their theirs them themselves then there there's these they they're this those "
    "through too under until very was wasn't we we're we've were weren't what when where which "
    "while who whom why will won't would wouldn't you you're you've your yours yourself "
    "yourselves also again ever never always still yet even really quite much many lot lots "
    "here's what's got get gets getting go went gone come came one two three first last next "
    "again once every same another back well "
    # words customers use about shops, food and service that VADER has no score for
    "service food staff slow fast quick price prices order ordered orders delivery delivered "
    "wait waited waiting time hour hours minute minutes day days week coffee tea bread cake cakes "
    "shop store place table tables owner manager waiter waitress cashier counter menu meal meals "
    "lunch dinner breakfast drink drinks pizza burger sandwich salad soup bakery cafe restaurant "
    "hair haircut cut salon price value portion portions small big large cold hot warm fresh "
    "stale dirty clean rude late early expensive cheap overpriced tasty bland salty sweet dry "
    "noisy quiet long short booking booked appointment room parking phone call called email "
    "refund charged bill money product item items packaging box customer customers people guy "
    "lady girl woman man kids family friend friends visit visited review stars star food's "
    "taste tasted tastes smell smelled service's experience bit pricey latte art barista cosy "
    "vibe "
    # other common English words
    "make made makes take took taken give gave given say said says know knew known think thought "
    "see saw seen look looked looking want wanted use used using find found tell told ask asked "
    "work worked works seem seemed feel felt try tried trying leave left keep kept put bring "
    "brought begin began show showed hear heard play played run ran move moved live lived buy "
    "bought pay paid sell sold open opened close closed turn turned start started stop stopped "
    "read need needed needs new old little own right high low next early young important public "
    "same able sure real whole full half enough least less else ago later soon often sometimes "
    "usually almost already probably maybe perhaps actually finally else instead however though "
    "although unless since whether either neither both each every any many several few "
    "thing things way ways year years month months today tonight tomorrow yesterday morning "
    "evening night life world home house car city town street country school job company "
    "business part place case point group problem fact hand eye eyes head face number name "
    "question area money story word words side kind head water book books music movie movies "
    "film films show picture sound unit set model player battery screen button remote quality "
    "size color colour design feature features price deal purchase bought buying month "
    "version software manual camera phone video audio player system power speaker speakers "
    "just only quite rather almost nearly pretty enough "
    "getting came comes coming going goes doing done made says saying sent gets "
    "nothing everything something anything anyone everyone someone nobody everybody somebody "
    "rt via "
)
# Function words of languages VADER does not read, including those spelt like English words,
# which then count for neither side ("me", "no", "die", "war", "var").
_FOREIGN = (
    # French
    "le la les et est une des très pas je nous avec pour mais du au sont était c'est j'ai vous "
    "ce cette qui sur tout bien trop nul mauvais "
    # German
    "der die das und ist nicht sehr ich wir mit ein eine war für auch auf sich es sind wird zu "
    "hat uns gut schlecht kein keine "
    # Spanish
    "el los las y es muy pero con por que del fue para lo como está más su no me malo bueno "
    # Italian
    "il che è molto non per con sono della gli una anche ma ho era servizio "
    # Portuguese
    "os não muito com uma para foi é mas da em um são atendimento "
    # Dutch
    "het en een niet zeer heel met ik zijn wij maar ook van dat erg slecht goed "
    # Swedish, Danish, Norwegian
    "och är var det inte mycket jag vi med som men för den att ikke og er meget ikkje "
    # Indonesian, Malay
    "dan yang tidak sangat sekali ini itu di ke saya kami dengan untuk buruk bagus "
    # Polish, Czech
    "jest nie w na się bardzo było była był ale je jsem velmi"
    # Turkish
    " bir ve çok bu da de ama değil için ile "
    # Vietnamese, Tagalog, Romanian, Hungarian, Finnish
    "rất không là và của có được ang ng sa hindi si foarte nu este és nem nagyon oli ei ja "
)


@cache
def vader():
    """VADER, the reader of English text, made on first use."""
    from .vader import Vader

    return Vader()


@cache
def _words() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(words that speak for English, words that speak for another language), as text and as
    ASCII bytes, built on first use."""
    lexicon = vader().lexicon
    foreign = frozenset(_FOREIGN.split())
    english = frozenset(_ENGLISH.split()) | {w for w in lexicon if _ASCII_WORD.fullmatch(w)}
    # A word of both ("me", "no", "die", "war") speaks for neither.
    english, foreign = english - foreign, foreign - english
    as_bytes = (frozenset(w.encode() for w in words if w.isascii()) for words in (english, foreign))
    return english, foreign, *as_bytes


def detect_language(text: str) -> str:
    """A short language code for ``text``: 'en' only when the words show it is English,
    'ko' for Korean, a script's language for other scripts, 'und' (undetermined) for other
    Latin-script text, and '' for text with no letters at all."""
    plain = text.isascii()  # most English text: the cheap path, as scoring runs on every row
    if not plain and _NOT_LATIN.search(text):
        hangul = len(_HANGUL.findall(text))
        if hangul and hangul * 2 >= sum(map(str.isalpha, text)):
            return "ko"
        for code, pattern in _SCRIPTS:
            if pattern.search(text):
                return code
    lower = text.lower()
    if "@" in lower or "#" in lower or "/" in lower or "www." in lower:
        lower = _NAMES.sub(" ", lower)
    english, foreign, english_ascii, foreign_ascii = _words()
    if plain:
        words = lower.encode().translate(_ASCII_SPACES).split()
        english, foreign = english_ascii, foreign_ascii
    else:
        words = _WORD.findall(lower)
    if not words:
        return ""
    known = sum(map(english.__contains__, words))
    if known < ENGLISH_SHARE * len(words):
        return "und"
    if plain and foreign.isdisjoint(words):
        return "en"
    against = sum(word in foreign or not word.isascii() for word in words if word not in english)
    return "en" if known > against else "und"
