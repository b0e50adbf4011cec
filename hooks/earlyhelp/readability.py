"""Reading ease of a page: the Flesch score from textstat over the words a reader sees.

Higher is easier: 60 to 70 is plain English, below 50 is hard for many readers.
textstat counts syllables with pyphen's en_US hyphenation dictionary (its default):
en_GB hyphenates less often, undercounts syllables and so flatters every page.
"""

from __future__ import annotations

from . import buildcache, mdtext

MIN_WORDS = 60  # below this a score says little, so none is given


def reading_ease(text: str, known: dict[str, float] | None = None) -> float | None:
    """Flesch reading ease of the page's prose, or None for a page with too few words.

    ``known`` maps a digest of the page text and the scoring code to its score (kept between builds
    by the adapter), so an unchanged page is not scored again and textstat is not even imported."""
    key = buildcache.digest(buildcache.code_fingerprint(), text) if known is not None else ""
    if known is not None and key in known:
        return known[key]
    prose = mdtext.plain_sentences(text)
    if len(prose.split()) < MIN_WORDS:
        return None
    import textstat  # imported here: only pages that are scored pay for it (en_US is its default)

    score = round(float(textstat.flesch_reading_ease(prose)), 1)
    if known is not None:
        known[key] = score
    return score
