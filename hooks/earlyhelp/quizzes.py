"""Quiz blocks in Markdown: find them and check each can be answered."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .findings import Finding, line_of

_QUIZ = re.compile(r"<quiz>(.*?)</quiz>", re.S)
_FENCED = re.compile(r"^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1", re.S | re.M)
_ANSWER = re.compile(r"^\s*[-*]\s*\[([xX ]?)\]\s*(.*)$")


@dataclass(frozen=True)
class Quiz:
    line: int
    question: str
    answers: tuple[tuple[bool, str], ...]


def _unfenced(markdown: str) -> str:
    """Blank out fenced code so quiz examples in code blocks are ignored."""
    return _FENCED.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), markdown)


def has_quiz(markdown: str) -> bool:
    return bool(_QUIZ.search(_unfenced(markdown)))


def find(markdown: str) -> list[Quiz]:
    quizzes = []
    for match in _QUIZ.finditer(_unfenced(markdown)):
        lines = match.group(1).strip("\n").splitlines()
        answers = tuple((m.group(1).lower() == "x", m.group(2).strip())
                        for m in map(_ANSWER.match, lines) if m)
        question = next((l.strip() for l in lines if l.strip()), "")
        quizzes.append(Quiz(line_of(markdown, match.start()), question, answers))
    return quizzes


def check(path: str, markdown: str, body_line: int = 1) -> list[Finding]:
    """Every quiz needs answers and at least one correct one."""
    findings = []
    for number, quiz in enumerate(find(markdown), start=1):
        line = quiz.line + body_line - 1
        if not quiz.answers:
            findings.append(Finding(path, line, f"Quiz {number} ('{quiz.question[:60]}') has no answers.",
                                    "Add answers as lines starting '- [x]' (correct) or '- [ ]' (wrong)."))
        elif not any(correct for correct, _ in quiz.answers):
            findings.append(Finding(path, line, f"Quiz {number} ('{quiz.question[:60]}') has no correct answer.",
                                    "Mark at least one answer as correct by writing [x] instead of [ ]."))
    return findings
