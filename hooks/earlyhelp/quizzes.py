"""Quiz blocks in Markdown: find them and check each one as mkdocs-quiz will read it.

The quiz blocks, their answers and their feedback are found with mkdocs-quiz's own patterns
(``mkdocs_quiz.parsing``) and its rules for what makes a quiz it can show, so a quiz that passes
here is one mkdocs-quiz accepts, and a quiz it would stop the build on is a finding with its line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from textwrap import dedent

from mkdocs_quiz import parsing

from .findings import Finding, line_of

_ANSWERS = "Write answers as lines starting '- [x] ' (correct) or '- [ ] ' (wrong), with a space after the dash."


@dataclass(frozen=True)
class Quiz:
    line: int  # of the <quiz> tag, in the text given
    start: int  # offsets of the whole <quiz>...</quiz> block
    end: int
    question: str
    answers: tuple[tuple[bool, str], ...]
    problem: tuple[int, str, str] | None  # (line, what is wrong, how to fix) when mkdocs-quiz cannot show it


def _blocks(markdown: str) -> list:
    """mkdocs-quiz's matches outside code blocks. A page without the opening tag has none (masking
    code only takes text away), and most pages have none: they are not masked."""
    if parsing.QUIZ_START_TAG not in markdown:
        return []
    return parsing.find_quizzes(parsing.mask_code_blocks(markdown)[0])


def has_quiz(markdown: str) -> bool:
    return bool(_blocks(markdown))


def find(markdown: str) -> list[Quiz]:
    """Every quiz outside code blocks, as mkdocs-quiz finds them."""
    quizzes, cursor = [], 0
    for match in _blocks(markdown):
        start = markdown.find(match.group(0), cursor)  # code inside a quiz is never masked, so it is verbatim
        cursor = start + len(match.group(0))
        line = line_of(markdown, start)
        inner_line = line + match.group(1)[:len(match.group(1)) - len(match.group(1).lstrip("\n"))].count("\n")
        quizzes.append(_read(match.group(1), line, inner_line, start, cursor))
    return quizzes


def _read(inner: str, line: int, first: int, start: int, end: int) -> Quiz:
    lines = dedent(inner).strip("\n").splitlines()
    question = next((l.strip() for l in lines if l.strip()), "")
    if re.search(parsing.FILL_BLANK_REGEX, inner):
        return Quiz(line, start, end, question, (), None)  # fill in the blank: [[answer]] needs no boxes
    answers, problem, seen_answer = [], None, False
    for number, text in enumerate(lines):
        box = parsing.CHECKBOX_REGEX.match(text)
        if box and box.group(1) not in ("x", "X", " ", ""):
            problem = problem or (first + number, f"has the answer box '[{box.group(1)}]', which mkdocs-quiz does not know",
                                  "Write [x] for a correct answer and [ ] for a wrong one.")
        elif box:
            seen_answer = True
            answers.append((box.group(1).lower() == "x", box.group(2).strip()))
        elif parsing.ANSWER_PATTERN.match(text.strip()):
            problem = problem or (first + number, f"has the line '{text.strip()[:40]}', which looks like an answer "
                                  "but is not written as one", _ANSWERS)
        elif seen_answer and parsing.FEEDBACK_REGEX.match(text) and not lines[number - 1].strip() and any(
                parsing.CHECKBOX_REGEX.match(later) for later in lines[number + 1:]):
            problem = problem or (first + number, "has a feedback line (starting '>') separated from its answer "
                                  "by a blank line", "Delete the blank line above the feedback line.")
    first_box = next((i for i, l in enumerate(lines) if parsing.CHECKBOX_REGEX.match(l)), len(lines))
    if problem is None:
        if not answers:
            problem = (line, "has no answers", "Add answers as lines starting '- [x]' (correct) or '- [ ]' (wrong).")
        elif not "\n".join(lines[:first_box]).strip():
            problem = (line, "has no question", "Write the question on the first line inside <quiz>.")
        elif not any(correct for correct, _ in answers):
            problem = (line, "has no correct answer", "Mark at least one answer as correct by writing [x] "
                                                      "instead of [ ].")
    return Quiz(line, start, end, question, tuple(answers), problem)


def check(path: str, markdown: str, body_line: int = 1) -> list[Finding]:
    """A finding for every quiz that mkdocs-quiz could not show."""
    findings = []
    for number, quiz in enumerate(find(markdown), start=1):
        if quiz.problem is not None:
            line, what, fix = quiz.problem
            findings.append(Finding(path, line + body_line - 1, f"Quiz {number} ('{quiz.question[:60]}') {what}.",
                                    fix, kind="quiz"))
    return findings


def without_broken(markdown: str) -> str:
    """The page with each quiz mkdocs-quiz could not show replaced by a note, so a preview still
    builds (the check has already reported it) instead of stopping with mkdocs-quiz's traceback."""
    out, last = [], 0
    for number, quiz in enumerate(find(markdown), start=1):
        if quiz.problem is not None:
            out += [markdown[last:quiz.start], f'!!! failure "Quiz {number} is not shown"\n'
                    "    It has a mistake: the build log says what to change.\n"]
            last = quiz.end
    return "".join(out) + markdown[last:]
