"""First names, from a maintained data source, and the English words that are also names.

Names come from the first-name dictionary that ships with the pinned PyPI package
gender-guesser (nam_dict.txt by Jörg Michael, about 45,000 names with a frequency
from 1 to 13 for each of 55 countries). Nothing is hand-typed except two short
lists below: English words that are also names (so "Grace" and "Hope" need
context), and dictionary entries that are never a person in this kind of text.

Common English words come from the Dale-Chall list of about 3,000 familiar words
that ships with the pinned textstat package. Surnames and recent British and Irish first names
that nam_dict.txt lacks ("Alfie"), both from names-dataset, and the names that are also
dictionary words (english-words) are generated files: see nameslist.py.
"""

from __future__ import annotations

import re
import unicodedata

import importlib.util
import pickle
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Column 31 of each line is Great Britain, 32 Ireland, 33 the USA (nam_dict.txt header).
_FIRST_COUNTRY = 30
_ENGLISH_SPEAKING = range(3)
# A name only common outside the UK, Ireland and the USA counts from this frequency up (4 = "regular").
_OTHER_COUNTRY_MIN = 4
_HEX = "0123456789ABCDEF"
_HEX_NONZERO = frozenset(_HEX[1:])
_OTHER_MIN_CHAR = _HEX[_OTHER_COUNTRY_MIN]

# Words that are names in the dictionary and ordinary English words too, but are missing from the
# Dale-Chall list. Used capitalised mid-sentence they still count as names; at the start of a
# sentence they need context (a surname, a title, "said", a possessive).
WORD_NAMES = frozenset("""
    amber angel autumn brandy charity christian clay cliff crystal destiny duke earl ebony faith
    frank gale gene glen grace heath honour honor justice liberty melody mercy miles misty olive
    patience pearl reed rich sage serenity sky skye sterling storm summer sunny trinity willow
    winter wren mum dad mummy daddy nan nana nanna gran granny grandma grandad grandpa auntie aunty
    uncle cousin sister brother baby
""".split())

# Names that are also English words but, written with a capital, are nearly always a person:
# these count as names even at the start of a sentence.
NAME_FIRST = frozenset("""
    jack lily daisy ivy violet rose robin penny dolly kitty holly poppy ruby jade mason hunter
    chelsea carol dean sue max nick harry sandy bonnie
""".split())

# Dictionary entries that, in case-study prose, are almost never a person's first name.
NOT_NAMES = frozenset("""
    a an the in on to do be so my he me we you are go oh ah ha ho hey can than soon said else won
    ago due odd owe sin lie ear bin bum boo moo ran sang sung hung tore stole hang greet mine long
    lone deep tiny loan lean harm slave gang bang beat bent dare file line pile nail hind ton tone
    tin rim lap chin hat hay tea man mane mare major key price royal queen king prince princess aldi
    judge hero heaven gray red silver stone rock spring sun moon song son win wolf rush tan
    london england wales scotland ireland britain europe america africa asia india china poland
    british english irish welsh scottish polish muslim catholic jewish hindu sikh
    monday tuesday wednesday thursday friday saturday sunday
    january february march september october november december
    christmas easter edit peer young ramadan eid diwali hanukkah passover vaisakhi
    app apps wifi selfie emoji blog vlog podcast tel telly hun hon babe hi mentor innit
    mon tue tues weds thu thur thurs teddy gee tee jazz char nino
""".split())

# Kinds of family, never a surname before "family": "the Foster family", "the kinship household".
KINDS_OF_FAMILY = frozenset("foster birth adoptive kinship host step extended blended whole wider".split())
# Parts of a document or a plan that take a number in brackets ("Section (2)"), where a name takes an age.
NUMBERED_PARTS = frozenset("""section table figure chapter part page step stage level priority option question appendix
    annex box item note point rule phase tier grade group room unit module session week day month year paragraph
    clause schedule article standard principle outcome action""".split())
# Family words used as roles ("Nan took him to school"): never a name on their own.
FAMILY_WORDS = frozenset("""
    mum mam mom mummy mommy dad daddy nan nana nanna nanny gran granny grandma grandmother grandad granddad
    grandpa grandfather auntie aunty aunt uncle sis bro stepdad stepmum
""".split())

# Letters that texting uses for words, never a surname's initial: "will b there", "hope c u", "ok k",
# "mum n dad", "r u ok", "love u x", "y not".
TEXTING_LETTERS = "bcknruxy"
MONTH_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def is_short_month(text: str, start: int, end: int) -> bool:
    """"by 7 Mar", "seen Dec 23": a month's short form beside a day or a year, not a name ("Dec")."""
    return (text[start:end].lower() in MONTH_SHORT
            and bool(re.search(r"\d[ \t]*\Z", text[max(0, start - 4):start]) or re.match(r"[ \t]+\d", text[end:end + 3])))
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")


_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ers", ""),
            ("er", ""), ("ly", ""), ("tre", "ter"), ("our", "or"), ("ise", "ize"), ("ised", "ized"), ("isation", "ization"))


def word_forms(word: str) -> set[str]:
    """The word, its stem for common endings, and its American spelling ("measures", "centre"):
    a dictionary of base forms then answers for inflected and British forms too."""
    lower = word.lower()
    forms = {lower}
    for ending, replacement in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            forms.add(lower[: -len(ending)] + replacement)
    return forms


def fold_accents(word: str) -> str:
    """The word without its accents ("Zoë" to "Zoe"): the name lists spell many names both ways."""
    if word.isascii():
        return word  # nothing to fold: most words, and the decomposition is most of a name look-up's cost
    spread = unicodedata.normalize("NFKD", word)
    # Each distinct character is asked once, and re takes the accents out: a page folds as quickly as a word.
    marks = "".join(c for c in set(spread) if unicodedata.combining(c))
    return re.sub(f"[{re.escape(marks)}]", "", spread) if marks else spread


@dataclass(frozen=True)
class NameIndex:
    english: frozenset[str]       # first names found in Great Britain, Ireland or the USA
    other: frozenset[str]         # first names common only in other countries
    common_words: frozenset[str]  # lower-case English words (some of them also names)
    surnames: frozenset[str] = frozenset()    # lower case, ranked in Great Britain or Ireland
    name_words: frozenset[str] = frozenset()  # names and places that are also lower-case words
    lower_first: frozenset[str] = frozenset()  # first names, lower case

    def tier(self, word: str) -> str | None:
        """'english', 'other' or None (not a known first name); "Zoë" is looked up as "Zoe" too."""
        if word.lower() in NOT_NAMES:
            return None
        for form in (word, fold_accents(word)):
            if form in self.english:
                return "english"
            if form in self.other:
                return "other"
        return None

    def is_common_word(self, word: str) -> bool:
        """True for ordinary English words, which need context before they count as a name."""
        lower = word.lower()
        return lower in self.common_words and lower not in NAME_FIRST

    def is_word(self, word: str) -> bool:
        """An ordinary word in the larger dictionary too ("mark", "croft"): a weaker test than a name."""
        lower = word.lower()
        return lower in self.common_words or lower in self.name_words

    def is_surname(self, word: str) -> bool:
        return word.lower() in self.surnames or fold_accents(word.lower()) in self.surnames

    def is_lower_first_name(self, word: str) -> bool:
        """A first name written in lower case that is not also an ordinary word ("jayden")."""
        lower = word.lower()
        return (lower in self.lower_first and not self.is_word(lower) and lower not in NOT_NAMES
                and lower not in FAMILY_WORDS)


def data_path() -> Path:
    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("The gender-guesser package is not installed: run 'make' to install requirements.txt.")
    return Path(list(spec.submodule_search_locations)[0]) / "data" / "nam_dict.txt"


def easy_words_path() -> Path:
    spec = importlib.util.find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("The textstat package is not installed: run 'make' to install requirements.txt.")
    return Path(list(spec.submodule_search_locations)[0]) / "resources" / "en" / "easy_words.txt"


def parse_nam_dict(lines) -> tuple[set[str], set[str]]:
    """Split the dictionary into English-speaking names and names common elsewhere."""
    english: set[str] = set()
    other: set[str] = set()
    for raw in lines:
        line = raw.rstrip("\r\n")
        # '#' comments, '=' equivalences, '+' in column 30 marks duplicate umlaut spellings.
        if len(line) <= _FIRST_COUNTRY or line[0] in "#=" or line[_FIRST_COUNTRY - 1] == "+":
            continue
        name = line.split()[1]
        if "+" in name or not name[:1].isupper():
            continue
        # Frequencies are one hex digit per country (space for none), so the largest
        # character is the largest frequency: no need to convert every column.
        freqs = line[_FIRST_COUNTRY:_FIRST_COUNTRY + 55]
        if any(freqs[i:i + 1] in _HEX_NONZERO for i in _ENGLISH_SPEAKING):
            english.add(name)
        elif (rest := freqs.replace(" ", "")) and max(rest) >= _OTHER_MIN_CHAR:
            other.add(name)
    return english, other - english


LIST_PATH = Path(__file__).parent / "data" / "first-names.txt"
SURNAMES_PATH = LIST_PATH.with_name("surnames.txt")   # generated by nameslist.py
WORDS_PATH = LIST_PATH.with_name("name-words.txt")   # generated by nameslist.py
RECENT_PATH = LIST_PATH.with_name("first-names-gb.txt")  # generated by nameslist.py
WORLD_PATH = LIST_PATH.with_name("first-names-world.txt")  # generated by nameslist.py: capitalised only
_LIST_HEADER = ("# First names generated from gender-guesser's nam_dict.txt by make names-list (hooks/earlyhelp/nameslist.py).\n"
                "# Do not edit: run `make names-list`. One name a line: 'E<tab>name' (found in Great Britain,\n"
                "# Ireland or the USA) or 'O<tab>name' (common only elsewhere).\n")


def render_list(english: set[str], other: set[str]) -> str:
    """The generated list, a small file that loads in milliseconds instead of parsing 45,000 lines."""
    lines = [f"E\t{n}" for n in sorted(english)] + [f"O\t{n}" for n in sorted(other)]
    return _LIST_HEADER + "\n".join(lines) + "\n"


def parse_list(text: str) -> tuple[set[str], set[str]]:
    english, other = set(), set()
    for line in text.splitlines():
        if line[:2] == "E\t":
            english.add(line[2:])
        elif line[:2] == "O\t":
            other.add(line[2:])
    return english, other


@lru_cache(maxsize=1)
def load() -> NameIndex:
    """Read the generated name list once per process (not at import time)."""
    english, other = parse_list(LIST_PATH.read_text(encoding="utf-8"))
    english |= _read_lines(RECENT_PATH)
    easy = easy_words_path().read_text(encoding="utf-8").split()
    common = frozenset(w.lower() for w in easy) | WORD_NAMES | frozenset(MONTHS)
    # The world's names are "other" names written with a capital, and never looked for in lower case.
    return NameIndex(frozenset(english), frozenset(other) | _read_lines(WORLD_PATH), common, _read_lines(SURNAMES_PATH),
                     _read_lines(WORDS_PATH), frozenset(n.lower() for n in english | other if len(n) > 2))


@lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    """The GCIDE word list (about 115,000 words) from the pinned english-words package, read on first
    use only: it answers whether an unfamiliar word before 'surgery' or 'school' is a word at all."""
    spec = importlib.util.find_spec("english_words")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("The english-words package is not installed: run 'make' to install requirements.txt.")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "gcide_lower.pickle"
    with path.open("rb") as handle:
        return frozenset(pickle.load(handle))


def is_dictionary_word(word: str) -> bool:
    """In the full dictionary, in any of its simple forms ("keyhole", "dental", "practices")."""
    words = dictionary()
    return any(form in words for form in word_forms(word))


def _read_lines(path: Path) -> frozenset[str]:
    text = path.read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
