"""Addresses: a house number and street, a flat or a hostel room, a house by its name or number.

An address can identify a family on its own; it is never allowed, whatever the allow list says.
"""

from __future__ import annotations

import re

from .pii_patterns import ADDRESS, NUMBER_WORDS, Hit

_STRONG_STREET = r"(?:Street|Road|Lane|Avenue|Close|Crescent|Drive|Terrace|Grove|Gardens|Mews|Cottages)"
_WEAK_STREET = r"(?:Way|Court|Place|Walk|Row|Square|Park|Green|Hill|View|Parade|Rise|Vale|Croft|Brow|St|Rd|Ave|Ln|Dr)"
_LOWER_STREET = r"(?:street|road|lane|avenue|crescent|drive|terrace|grove|gardens|mews|st|rd)"
_CAP = r"[A-Z][a-z'’]+"
_FLAT = r"(?:Flat|Apartment|Apt\.?|Unit)\s+\d+[A-Za-z]?\b"
_ADDRESS = re.compile(
    rf"\b(?:{_FLAT},?\s+(?:(?:{_CAP}\s+){{1,2}}(?:House|Court|Tower|Lodge|Point|Heights|Mansions),?\s+)?)?"
    rf"\d{{1,4}}[A-Za-z]?,?\s+(?:{_CAP}\s+){{1,3}}(?:{_STRONG_STREET}|{_WEAK_STREET})\b"
    rf"|\b(?:{_CAP}\s+){{1,3}}{_STRONG_STREET}\b"
    rf"|\b(?:{_CAP}\s+){{1,2}}(?:Rd|St(?!\.?\s*[A-Z][a-z]))\b"
    rf"|(?<=\bon )(?:{_CAP}\s+){{1,2}}{_WEAK_STREET}\b(?=[ \t]+in[ \t]+[A-Z])"  # "live on Saxon Way in Prescot"
    # "on Bishop's Row", "off Mary's Walk": a possessive name before a weak street's word is a street
    rf"|(?:(?<=\bon )|(?<=\boff )|(?<=\balong ))(?:{_CAP}\s+)?[A-Z][a-z]+['’]s\s+(?:Row|Walk|Way|Court|Place|Square|Hill"
    rf"|View|Parade|Rise|Croft|Brow|Green)\b"
    rf"|\b{_FLAT}(?:,?\s+(?:(?:at|in)\s+)?(?:{_CAP}\s+){{1,2}}(?:House|Court|Tower|Lodge|Point|Heights|Mansions)\b)?"
    rf"|\bRoom\s+\d+[A-Za-z]?,?\s+(?:at|in)\s+(?:{_CAP}\s+){{1,2}}(?:House|Court|Tower|Lodge|Heights)\b"  # a hostel room
    # A Welsh street names its kind first: "8 Heol Trelai", "Stryd y Castell", "Ffordd Churchill".
    rf"|\b(?:\d{{1,4}}[A-Za-z]?,?\s+)?(?:Heol|Stryd|Ffordd|Lôn|Rhodfa|Cilgant|Teras)\s+(?:yr?\s+)?[A-Z][\w'’]+")
_UNITS_SAID = "one|two|three|four|five|six|seven|eight|nine"
# Lower case: "27 moss lane", "flat 3".
_ADDRESS_LOWER = re.compile(
    rf"\b(?:flat\s+\d+[a-z]?,?\s+)?\d{{1,4}}[a-z]?,?\s+(?:[A-Za-z][a-z'’]*\s+){{1,3}}{_LOWER_STREET}\b(?!-)"  # "7 Chain lane"
    r"|\b(?:flat|apartment)\s+\d+[a-z]?\b(?![ \t]*(?:miles?|minutes?|%|per\b))"
    # "flat six kingfisher court": a flat's number in words, then its block.
    r"|\b(?:flat|apartment)[ \t]+(?:" + "|".join(NUMBER_WORDS) + r")(?![ \t]+(?:bed|bedroom|bedroomed|room|storey|floor)s?\b)"
    r"[ \t]+(?:[a-z'’]+[ \t]+){1,3}"
    r"(?:court|house|tower|lodge|point|heights|mansions|buildings|close|road|street)\b"
    # "we're at twenty six thirlmere avenue": a house number said aloud, as a call transcript types it.
    rf"|\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:{_UNITS_SAID}))?|{'|'.join(NUMBER_WORDS)})"
    rf"[ \t]+(?:[a-z'’]+[ \t]+){{1,2}}{_LOWER_STREET}\b(?!-)")

# "they live at no. 9", "moved into number 14": a home's number alone, which the street around it finishes.
_HOME_NUMBER = re.compile(r"\b(?:live[sd]?|living|stay(?:s|ed|ing)?|moved|moving)[ \t]+(?:in|at|to|into)[ \t]+"
                          r"((?:no\.?|number)[ \t]*\d{1,4}[a-z]?)\b", re.I)


def addresses(text: str) -> list[Hit]:
    hits = [Hit(ADDRESS, m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    hits += [Hit(ADDRESS, m.start(1), m.end(1)) for m in _HOME_NUMBER.finditer(text)]
    return hits + [Hit(ADDRESS, m.start(), m.end()) for m in _ADDRESS_LOWER.finditer(text)
                   if not m.group(0)[:1].isupper()]
