"""VADER as Feedback Desk runs it: the same scores, without work that changes nothing.

VADER's ``polarity_scores`` first walks the text a letter at a time to spell out its emoji
(":smiling face:"), building a copy of the text as it goes. Every emoji it knows lies outside
ASCII, so for ASCII text, most English feedback, that copy is the text itself. Then it asks its
rules about every word, though a word its lexicon does not hold always scores 0. For ASCII
text this reader skips the one and answers the other at once: together a fifth of VADER's time
on every imported row. Everything else is VADER's own code, so every score is exactly VADER's
(a test checks it on VADER's ground-truth texts). Imported only when text is first scored.
"""

from __future__ import annotations

from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText


class Vader(SentimentIntensityAnalyzer):
    def polarity_scores(self, text: str) -> dict[str, float]:
        if not text.isascii():
            return super().polarity_scores(text)
        # SentimentIntensityAnalyzer.polarity_scores of vaderSentiment 3.3.2 after its emoji
        # pass, on what that pass returns for ASCII text: the text itself, stripped.
        text = text.strip()
        sentitext = SentiText(text)
        sentiments = []
        words = sentitext.words_and_emoticons
        last = len(words) - 1
        lexicon = self.lexicon
        for i, item in enumerate(words):
            lower = item.lower()
            # VADER scores 0 for a booster ("very"), the "kind" of "kind of", and, in
            # sentiment_valence, for any word not in its lexicon.
            if (
                lower not in lexicon
                or lower in BOOSTER_DICT
                or (lower == "kind" and i < last and words[i + 1].lower() == "of")
            ):
                sentiments.append(0)
            else:
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        sentiments = self._but_check(words, sentiments)
        return self.score_valence(sentiments, text)
