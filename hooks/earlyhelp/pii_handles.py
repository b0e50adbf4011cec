"""Social-media handles and usernames: "@kayla_x", "Snapchat: jj.09", "plays as DarkWolf_77",
"facebook.com/jade.lyonhart.7", a chat's speaker ("gazza_07: seen it").

A handle finds a child online as surely as an address finds them at home; it is never allowed.
"""

from __future__ import annotations

import re

from .pii_patterns import HANDLE, Hit

# A handle: "@kayla_x", or a name given after a label ("her username was kaylaxo", "Snapchat: jj.09").
# A profile's address: "facebook.com/jade.lyonhart.7", "tiktok.com/@lilsxo".
_PROFILE_URL = re.compile(r"\b(?:www\.)?(?:facebook|fb|instagram|tiktok|twitter|x|snapchat|youtube|threads)\.com/"
                          r"(?:add/|@)?[A-Za-z0-9_.-]*[A-Za-z0-9_]", re.I)
# A Discord name with its four-digit tag ("ghostboi#4471").
_TAGGED = re.compile(r"(?<![\w#.])[A-Za-z0-9_.]{2,32}#\d{4}(?![\w])")
_AT_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.\w)")
_LABEL = (r"(?:user ?names?|user-names?|handles?|gamer ?tags?|screen ?names?|profile ?names?|account ?names?|"
          r"log-?ins?|online names?)")
_PLATFORM = (r"(?:snapchat|snap|sc(?=[ \t]*:)|instagram|insta|ig(?=[ \t]*:)|tiktok|tik tok|facebook|twitter|discord|xbox(?: live)?|psn|"
             r"playstation|roblox|fortnite|minecraft|whatsapp|telegram|kik|youtube|twitch|threads|reddit|steam)")
# "plays as DarkWolf_77", "posts under lil.kay", "someone called dxnny.x7": a name used online, counted only when it looks like one.
_ONLINE_AS = r"(?:plays?|playing|played|posts?|posting|posted|streams?|streaming|streamed|games?|gaming|goes|went)"
_LABELLED = re.compile(
    rf"\b(?:(?P<label>{_LABEL})|{_PLATFORM}(?:\s+(?P<label2>{_LABEL}|account|name|id|profile|channel|user))?"
    rf"|(?P<online>{_ONLINE_AS}(?:\s+online)?\s+(?:as|under(?:\s+the\s+name)?)))"
    r"(?:,?\s+(?:is|was|were|of|called|named|as|:|-|–))*,?\s*(?P<colon>[:\-–])?\s*(?P<b>\()?"  # "on Snap (lil.moz07)"
    r"(?P<q>[\"“‘'])?(?P<handle>[A-Za-z0-9_][A-Za-z0-9_.\-]{1,29}[A-Za-z0-9_])", re.I)

# "under the name lilz.marie09", "by the name lexi.b", "as jj_2010", "account kayz.x": no platform or
# verb needed when the name itself looks like a handle (digits, underscores, a dot inside a word, or for a label, mixed case).
_BARE = re.compile(r"\b(?:(?P<label>(?:under|by|using|with)\s+the\s+(?:user\s?|screen\s?)?name|account)|as|called|named)"
                   r"\s+[\"“‘']?"
                   r"(?P<handle>[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])(?![\w-])", re.I)
# "toffee_crisp_77", "kayla_xo": words joined by an underscore are a username wherever they stand, unless
# every part is an ordinary word in lower case.
_REDDIT = re.compile(r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}\b")  # "posts as u/parrgirl2009"
# "kai.nwa_x": dots may join the parts too. Not a key ("last_reviewed:").
_SNAKE = re.compile(r"(?<![\w@./:-])[A-Za-z][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9](?![\w@-]|[ \t]*:)")
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|csv|odt|ods|pptx?|png|jpe?g|gif|txt|html?|md)\Z", re.I)  # "consent_form.pdf"
_NOT_HANDLE = re.compile(r"\d+(?:st|nd|rd|th|am|pm|s|k|m|km|kg|mg|ml|mph|x)?|v\d+(?:\.\d+)*"  # and apps' own names:
                         r"|whatsapp|youtube|tiktok|facetime|playstation|iphone|ipad|imessage|paypal|linkedin|snapchat|xbox", re.I)


def looks_like_handle(name: str, mixed_case: bool = False) -> bool:
    """A lower-case letter and a digit, an underscore or a dot inside a word: 'lilz.marie09', not
    '3pm', 'e.g' or 'COVID'. With mixed_case, 'ShadowKid' counts too."""
    if not re.search(r"[a-z]", name) or _NOT_HANDLE.fullmatch(name):
        return False
    return bool(re.search(r"[\d_]|[A-Za-z]{2}\.[A-Za-z0-9]", name) or (mixed_case and re.search(r"[a-z][A-Z]", name)))


# "(KingLiamXD)", "xXSlayerXx": capitals inside a word twice over make a gamer's name, as no word
# ("PlayStation", "McDonald", "iPhone" have one).
_CAMEL = re.compile(r"(?<![\w@/.#-])(?=[A-Za-z0-9_]*[a-z][A-Z](?:[A-Za-z0-9_]*[a-z][A-Z]|[A-Za-z]*\d{2,}))"
                    r"[A-Za-z][A-Za-z0-9_]{4,}(?![\w@/-])")  # "CraigyS1983" too
# "his @ is tj.rxo_", "comment from haydockhoodz:": a handle given by what it is.
_AT_IS = re.compile(r"\b(?:(?:his|her|their|my|your) @[ \t]*(?:is|=|:)|comment(?:ed)? (?:from|by)|reply from)[ \t]+"
                    r"([A-Za-z0-9_][A-Za-z0-9_.]{1,29})(?=[\s:,]|$)")
# "xXdarkwolfXx: u coming out", "[21:04] gazza_07: seen it": who speaks in an exported chat.
_SPEAKER = re.compile(r"(?m)^[ \t>*•-]*(?:\[[^\]\n]{1,20}\][ \t]*|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t,-]*)?([\w.]{3,30}?)"
                      r"(?:[ \t]*[^\w\s:]{1,3})?[ \t]*:(?!//)")  # "[screenshot] shxnnon.x 🦋:"


def handles(text: str, is_word=None, is_dictionary_word=None) -> list[Hit]:
    """Social-media handles and usernames. is_dictionary_word: any English word, for names joined by "_"."""
    hits = [Hit(HANDLE, m.start(), m.end()) for m in (*_AT_HANDLE.finditer(text), *_TAGGED.finditer(text),
                                                        *_PROFILE_URL.finditer(text))]
    for m in _LABELLED.finditer(text):
        handle = m.group("handle").rstrip(".")
        labelled = bool(m.group("label") or m.group("label2") or m.group("colon")) and not m.group("online")
        marked = bool(m.group("q")) or bool(re.search(r"[\d_.]", handle)) or (
            not m.group("b") and handle[1:] != handle[1:].lower())  # "Xbox (FIFA)" is a game
        word = is_word is not None and is_word(handle)
        if (marked or (labelled and not word)) and not (word and not re.search(r"[\d_.]", handle)):
            hits.append(Hit(HANDLE, m.start("handle"), m.start("handle") + len(handle)))
    hits += [Hit(HANDLE, m.start("handle"), m.end("handle")) for m in _BARE.finditer(text)
             if looks_like_handle(m.group("handle"), bool(m.group("label")))]
    # Ordinary words joined ("the starter_draft line", "last_reviewed:") are a setting's name, not a user's.
    def not_setting(name: str) -> bool:
        return bool(re.search(r"[\dA-Z]", name)) or is_dictionary_word is None or not all(
            is_dictionary_word(part) for part in re.split(r"[_.]", name) if part)
    hits += [Hit(HANDLE, m.start(1), m.end(1)) for m in _SPEAKER.finditer(text)
             if looks_like_handle(m.group(1), True) and not_setting(m.group(1))]
    hits += [Hit(HANDLE, m.start(), m.end()) for m in (*_REDDIT.finditer(text), *_CAMEL.finditer(text))]
    hits += [Hit(HANDLE, m.start(1), m.end(1)) for m in _AT_IS.finditer(text)]
    # With a dot too, a digit or a part of a letter or two ("kai.nwa_x"): "partnership.front_door_tel" is a setting.
    def dotted_handle(name: str) -> bool:
        return "." not in name or bool(re.search(r"\d", name)) or any(len(p) <= 2 for p in re.split(r"[_.]", name))
    return hits + [Hit(HANDLE, m.start(), m.end()) for m in _SNAKE.finditer(text)
                   if not_setting(m.group(0)) and dotted_handle(m.group(0)) and not _FILE_NAME.search(m.group(0))
                   and not text[max(0, m.start() - 4):m.start()].rstrip().endswith("{{")]  # a placeholder
