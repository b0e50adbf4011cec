"""Superseded documents and terms: a notice wherever a page still uses one, naming what replaced it.

Guidance goes out of date when national documents and bodies are replaced, so each
partnership lists the old names and their replacements in partnership.yml:

    extra:
      content:
        superseded:
          - term: Working Together to Safeguard Children 2018   # the old name, as usually written
            aliases: [Working Together 2018]                    # other ways pages write it (optional)
            pattern: 'Working\\s+Together\\s*\\(2018\\)'           # a regular expression for other forms (optional)
            replacement: Working Together to Safeguard Children 2023
            note: Replaced in December 2023.                    # said in the notice (optional)
            source: https://www.gov.uk/...                      # where the change is published (optional)
            match_case: false                                   # true: match only as capitalised here (optional)

Words match across line breaks and extra spaces, in any case, with or without a plural "s".

A page that quotes an old name, or tells the history, allows it in its front matter:

    currency_allow: ["Working Together 2018"]   # these terms only
    history: true                               # every term on the list

Fenced and inline code and HTML comments are not checked: they are not prose a reader acts on.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .findings import Finding, line_of

KIND = "superseded term"
KIND_SETTING = "superseded setting"
SETTING = "extra.content.superseded"
ALLOW_KEY = "currency_allow"
HISTORY_KEY = "history"
FIELDS = ("term", "aliases", "pattern", "replacement", "note", "source", "match_case")
_EXAMPLE = ("- term: Serious Case Review\n  replacement: child safeguarding practice review")


@dataclass(frozen=True)
class Entry:
    """One superseded document or term and what replaced it."""

    term: str
    replacement: str
    aliases: tuple[str, ...] = ()
    pattern: str = ""
    note: str = ""
    source: str = ""
    match_case: bool = False
    regex: re.Pattern | None = None

    def names(self) -> tuple[str, ...]:
        return (self.term,) + self.aliases


@dataclass(frozen=True)
class Hit:
    entry: Entry
    start: int
    end: int
    found: str  # the words as the page writes them, spaces tidied


# ---------- reading the settings ----------

def _words(name: str) -> str:
    """A written name as a pattern: any run of spaces (or a line break) between words, either apostrophe."""
    parts = [re.sub("['\u2019]", "['\u2019]", re.escape(word)) for word in name.split()]
    body = r"\s+".join(parts)
    if name[-1:].isalpha():
        body += "s?"
    return r"(?<![\w-])" + body + r"(?![\w-])"


def _line_of_term(text: str | None, term: str) -> int:
    if not text or not term:
        return 0
    match = re.search(r"^[ \t-]*term:[ \t]*['\"]?" + re.escape(term), text, re.M)
    return line_of(text, match.start()) if match else 0


def _text(value) -> bool:
    return isinstance(value, str) and value.strip() != ""


def parse(raw, path: str = "partnership.yml", text: str | None = None) -> tuple[list[Entry], list[Finding]]:
    """The superseded list from the settings, and an error for each entry that cannot be used.

    ``text`` is the settings file itself, used only to point errors at the right line."""
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        return [], [Finding(path, 0, f"'{SETTING}' must be a list of entries, each with a 'term' and a 'replacement'.",
                            f"Write it as a list, for example:\n{_EXAMPLE}", "error", KIND_SETTING, SETTING)]
    entries: list[Entry] = []
    findings: list[Finding] = []
    for number, item in enumerate(raw, 1):
        where = f"Entry {number} of '{SETTING}'"
        if not isinstance(item, dict):
            findings.append(Finding(path, 0, f"{where} is not a 'term: ...' and 'replacement: ...' pair.",
                                    f"Write each entry as, for example:\n{_EXAMPLE}", "error", KIND_SETTING, str(item)))
            continue
        term = item.get("term")
        line = _line_of_term(text, term) if _text(term) else 0
        problems = []
        for key in item:
            if key not in FIELDS:
                close = difflib.get_close_matches(str(key), FIELDS, n=1)
                problems.append((f"has an unknown setting '{key}'." + (f" Did you mean '{close[0]}'?" if close else ""),
                                 "Use only: " + ", ".join(FIELDS) + "."))
        for key in ("term", "replacement"):
            if not _text(item.get(key)):
                problems.append((f"has no '{key}'.", f"Add a line '{key}: ...' to the entry."))
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(_text(a) for a in aliases):
            problems.append(("has 'aliases' that are not a list of names.",
                             'Write them in square brackets, for example: aliases: ["LSCB", "LSCBs"]'))
            aliases = []
        for key in ("pattern", "note", "source"):
            if item.get(key) is not None and not isinstance(item.get(key), str):
                problems.append((f"has a '{key}' that is not text.", f"Put the '{key}' value in quotes."))
        match_case = item.get("match_case", False)
        if not isinstance(match_case, bool):
            problems.append(("has a 'match_case' that is not true or false.", "Write match_case: true or match_case: false."))
            match_case = False
        flags = 0 if match_case else re.IGNORECASE
        pattern = item.get("pattern") if isinstance(item.get("pattern"), str) else ""
        compiled = None
        if pattern:
            try:
                compiled = re.compile(pattern, flags)
            except re.error as exc:
                problems.append((f"has a 'pattern' that is not a valid regular expression ({exc}).",
                                 "Fix the pattern, or remove it and list the other spellings under 'aliases'."))
            else:
                if compiled.fullmatch(""):
                    problems.append(("has a 'pattern' that matches empty text, so it would match everywhere.",
                                     "Make the pattern match at least one word."))
        label = f"{where} ('{term}')" if _text(term) else where
        for message, fix in problems:
            findings.append(Finding(path, line, f"{label} {message}", fix, "error", KIND_SETTING, str(term or "")))
        if problems:
            continue
        names = [term.strip()] + [a.strip() for a in aliases]
        forms = sorted({_words(n) for n in names}, key=len, reverse=True)
        if pattern:
            forms.insert(0, f"(?:{pattern})")
        entries.append(Entry(term.strip(), item["replacement"].strip(), tuple(a.strip() for a in aliases), pattern,
                             (item.get("note") or "").strip(), (item.get("source") or "").strip(), match_case,
                             re.compile("|".join(forms), flags)))
    return entries, findings


# ---------- finding terms in text ----------

_FENCE_LINE = re.compile(r"^[ \t>]*(`{3,}|~{3,})(.*)$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")


def _spaces(match_or_text) -> str:
    text = match_or_text if isinstance(match_or_text, str) else match_or_text.group(0)
    return re.sub(r"[^\r\n]", " ", text)


def prose(text: str) -> str:
    """The page with front matter, code and comments blanked; every offset and line stays where it was."""
    text = _FRONT_MATTER.sub(_spaces, text)
    out, fence = [], ""
    for line in text.splitlines(keepends=True):
        mark = _FENCE_LINE.match(line.rstrip("\r\n"))
        if not fence:
            if mark and not (mark.group(1)[0] == "`" and "`" in mark.group(2)):
                fence = mark.group(1)
                line = _spaces(line)
        else:
            closes = mark and mark.group(1)[0] == fence[0] and len(mark.group(1)) >= len(fence) \
                and not mark.group(2).strip()
            line = _spaces(line)
            if closes:
                fence = ""
        out.append(line)
    text = "".join(out)
    return _INLINE_CODE.sub(_spaces, _COMMENT.sub(_spaces, text))


def find(text: str, entries: list[Entry]) -> list[Hit]:
    """Every place text uses a superseded term, in order; where two overlap, the longer one is kept."""
    hits = []
    for entry in entries:
        for match in entry.regex.finditer(text):
            if match.end() > match.start():
                hits.append(Hit(entry, match.start(), match.end(), " ".join(match.group(0).split())))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


# ---------- what a page allows ----------

def _key_line(text: str, key: str) -> int:
    match = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
    return line_of(text, match.start()) if match else 1


def allows(entry: Entry, name: str) -> bool:
    """Whether a name in a page's currency_allow means this entry (any of its names or spellings)."""
    tidy = " ".join(name.split())
    return any(tidy.casefold() == n.casefold() for n in entry.names()) or bool(entry.regex.fullmatch(tidy))


def allowance(path: str, text: str, meta: dict | None, entries: list[Entry]) -> tuple[set[str], list[Finding]]:
    """The terms a page allows (every term when it is marked as history), and problems with the setting."""
    meta = meta if isinstance(meta, dict) else {}
    findings: list[Finding] = []
    history = meta.get(HISTORY_KEY, False)
    if not isinstance(history, bool):
        findings.append(Finding(path, _key_line(text, HISTORY_KEY),
                                f"'{HISTORY_KEY}' must be true or false; it is '{history}'.",
                                f"Write '{HISTORY_KEY}: true' if the page tells the history of replaced documents, "
                                "or remove the line.", "error", KIND_SETTING, HISTORY_KEY))
        history = False
    if history:
        return {e.term for e in entries}, findings
    names = meta.get(ALLOW_KEY) or []
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, list) or not all(_text(n) for n in names):
        findings.append(Finding(path, _key_line(text, ALLOW_KEY),
                                f"'{ALLOW_KEY}' must be a list of terms in quotes.",
                                f'Write it as, for example: {ALLOW_KEY}: ["Working Together 2018"]',
                                "error", KIND_SETTING, ALLOW_KEY))
        return set(), findings
    allowed = set()
    for name in names:
        matched = [e.term for e in entries if allows(e, name)]
        if not matched:
            findings.append(Finding(path, _key_line(text, ALLOW_KEY),
                                    f"'{ALLOW_KEY}' lists '{name}', which is not on the list of superseded terms.",
                                    f"Check the spelling against '{SETTING}' in partnership.yml, or remove it.",
                                    "warning", KIND_SETTING, name))
        allowed.update(matched)
    return allowed, findings


# ---------- the check ----------

def notice(path: str, line: int, hit: Hit) -> Finding:
    entry = hit.entry
    message = f'"{hit.found}" is out of date: {entry.term} has been replaced by {entry.replacement}.'
    if entry.note:
        message += f" {entry.note}"
    if entry.source:
        message += f" Source: {entry.source}"
    fix = (f"Write about {entry.replacement} instead. If the page quotes the old name or explains its history on "
           f'purpose, add {ALLOW_KEY}: ["{entry.term}"] to its front matter.')
    return Finding(path, line, message, fix, "notice", KIND, hit.found)


def check(path: str, text: str, meta: dict | None, entries: list[Entry]) -> list[Finding]:
    """A notice for each superseded term the page uses and does not allow (text is the whole file)."""
    allowed, findings = allowance(path, text, meta, entries)
    for hit in find(prose(text), entries):
        if hit.entry.term not in allowed:
            findings.append(notice(path, line_of(text, hit.start), hit))
    return findings
