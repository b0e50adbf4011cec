"""Reading ease of a page: the Flesch score over the words a reader sees.

Higher is easier: 60 to 70 is plain English, below 50 is hard for many readers.
Words, sentences and syllables are counted exactly as textstat 0.7.4 counts them, with
pyphen's en_US hyphenation dictionary (textstat's default; en_GB hyphenates less often,
undercounts syllables and so flatters every page). We do the counting here rather than
import textstat because its import pulls in setuptools' deprecated pkg_resources: 0.13 s
on every build that scores a page. A test checks the scores against textstat.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from . import mdtext

MIN_WORDS = 60  # below this a score says little, so none is given
_PUNCTUATION = re.compile(r"[^\w\s]")  # removed before counting, apostrophes and hyphens too
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


@lru_cache(maxsize=1)
def _dictionary():
    import pyphen  # imported here: only builds that score a page pay for loading the dictionary

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=65536)
def _syllables(word: str) -> int:
    """One more than the word's hyphenation points. Cached: a site repeats a few thousand words."""
    return len(_dictionary().positions(word)) + 1


def _round(number: float, points: int) -> float:
    """Half away from zero, as textstat rounds its intermediate figures."""
    scale = 10 ** points
    return math.floor(number * scale + math.copysign(0.5, number)) / scale


def flesch(prose: str) -> float:
    """206.835 - 1.015 x words per sentence - 84.6 x syllables per word. A sentence of two words or
    fewer (a heading, a label) is not counted as a sentence; each word has one syllable more than
    its hyphenation points."""
    words = _PUNCTUATION.sub("", prose).split()
    if not words:
        return 206.835
    sentences = max(1, sum(len(_PUNCTUATION.sub("", s).split()) > 2 for s in _SENTENCE.findall(prose)))
    syllables = sum(map(_syllables, _PUNCTUATION.sub("", prose.lower()).split()))
    per_sentence = _round(len(words) / sentences, 1)
    per_word = _round(syllables / len(words), 1)
    return _round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 2)


def reading_ease(text: str) -> float | None:
    """Flesch reading ease of the page's prose, or None for a page with too few words."""
    prose = mdtext.plain_sentences(text)
    if len(prose.split()) < MIN_WORDS:
        return None
    return round(flesch(prose), 1)
