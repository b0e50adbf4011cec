"""Positions in Markdown prose: is this word at the start of a sentence, and which words are next to it."""

from __future__ import annotations

import re
from bisect import bisect_left

WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w'’-]*)")
# A line that starts a block: a list item, heading, quote, table row or admonition.
MARKER_LINE = re.compile(r"[ \t]*(?:(?:[-*+]|\d+[.)])[ \t](?:\[[ xX]\][ \t])?|#{1,6}[ \t]|>|\||!!!|\?\?\?)")
SKIP_BACK = " \t*_`~([{"
_BLANK = re.compile(r"[ \t\r]*")
_LEAD = re.compile(r"[ \t#>]*")
QUOTES = "\"“”‘’'"


class Text:
    """Questions about positions in the text: sentence starts, words before and after."""

    def __init__(self, text: str):
        self.text = text
        self._newlines = [m.start() for m in re.finditer("\n", text)]
        self._title_lines: dict[int, bool] = {}

    def line_bounds(self, pos: int) -> tuple[int, int]:
        """Found by bisection, so a very long line costs no more than a short one."""
        i = bisect_left(self._newlines, pos)
        start = self._newlines[i - 1] + 1 if i else 0
        return start, self._newlines[i] if i < len(self._newlines) else len(self.text)

    def is_sentence_start(self, pos: int) -> bool:
        text, i = self.text, pos - 1
        if i >= 0 and text[i] in QUOTES and (i == 0 or not text[i - 1].isalnum()):
            return True  # an opening quote starts reported speech
        while True:
            while i >= 0 and (text[i] in SKIP_BACK or text[i] in QUOTES):
                i -= 1
            if i < 0:
                return True
            if text[i] == "\n":
                line_start = i + 1
                if MARKER_LINE.match(text, line_start) and MARKER_LINE.match(text, line_start).end() <= pos:
                    return True
                prev_start = self.line_bounds(i)[0]
                if _BLANK.match(text, prev_start).end() >= i:
                    return True
                i -= 1
                continue
            char = text[i]
            if char in ".!?:|":
                return True
            line_start = self.line_bounds(i)[0]
            marker = MARKER_LINE.match(text, line_start)
            if marker and i < marker.end() <= pos:
                return True  # "- [ ] Only school staff": the word starts a task-list item
            return char in "-+#>•" and _LEAD.match(text, line_start).end() >= i

    def is_title_case_line(self, pos: int) -> bool:
        start, end = self.line_bounds(pos)
        if start not in self._title_lines:
            self._title_lines[start] = self._title_case(self.text[start:end])
        return self._title_lines[start]

    @staticmethod
    def _title_case(line: str) -> bool:
        if not re.match(r"\s*(?:#|!!!|\?\?\?)", line):
            return False
        words = [w for w in re.findall(r"[A-Za-z][\w'’]*", line)[1:] if len(w) >= 4]
        return len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) >= 0.6

    def word_before(self, pos: int) -> tuple[str, int]:
        """The word just before pos (lower case, no full stop) and where it starts."""
        offset = max(0, pos - 40)
        m = re.search(r"([A-Za-z][\w'’.]*)[ \t]+$", self.text[offset:pos])
        return (m.group(1).rstrip(".").lower(), offset + m.start(1)) if m else ("", pos)

    def word_after(self, end: int) -> str:
        m = WORD_AFTER.match(self.text, end)
        return m.group(1) if m else ""
