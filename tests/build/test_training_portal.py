"""Issue 3: the course registry and quiz checks, as pure functions and through a real strict build."""

from __future__ import annotations

import textwrap
from pathlib import Path


from conftest import run_build
from sitefactory import new_partnership
from earlyhelp import courses, quizzes, portal

REGISTRY = textwrap.dedent("""\
    courses:
      - id: induction
        title: Induction
        mode: e-learning
        audience: Everyone
        duration: 30
        pass_mark: 80
        modules:
          - training/one.md
          - training/two.md
      - id: workshop
        title: Workshop
        mode: workshop
        audience: Partners
        duration: 60
    """)


def test_registry_reads_courses_with_lines():
    parsed, findings = courses.parse("courses.yml", REGISTRY)
    assert findings == []
    assert [c.id for c in parsed] == ["induction", "workshop"]
    assert parsed[0].module_lines == (9, 10)
    assert parsed[0].pass_mark == 80 and parsed[1].modules == ()


def test_broken_module_reference_names_the_registry_line():
    parsed, _ = courses.parse("training/courses.yml", REGISTRY)
    pages = {"training/one.md": {"type": "training-module"}}
    findings = courses.check_pages("training/courses.yml", parsed, pages)
    assert [(f.file, f.line) for f in findings] == [("training/courses.yml", 10)]
    assert "'training/two.md', which does not exist" in findings[0].message


def test_module_page_must_belong_to_exactly_one_course():
    parsed, _ = courses.parse("c.yml", REGISTRY)
    pages = {"training/one.md": {"type": "training-module"}, "training/two.md": {"type": "training-module"},
             "training/stray.md": {"type": "training-module"}}
    findings = courses.check_pages("c.yml", parsed, pages)
    assert [f.file for f in findings] == ["docs/training/stray.md"]
    assert "belongs to no course" in findings[0].message
    twice = REGISTRY.replace("duration: 60\n", "duration: 60\n") + textwrap.indent(textwrap.dedent("""\
        - id: again
          title: Again
          mode: e-learning
          audience: All
          duration: 5
          pass_mark: 50
          modules: [training/one.md]
        """), "  ")
    parsed, problems = courses.parse("c.yml", twice)
    assert problems == []
    findings = courses.check_pages("c.yml", parsed, pages)
    assert any("belongs to 2 courses (induction, again)" in f.message for f in findings)


def test_registry_errors_for_bad_fields():
    bad = REGISTRY.replace("mode: workshop", "mode: webinar").replace("pass_mark: 80", "pass_mark: 180")
    parsed, findings = courses.parse("c.yml", bad)
    assert parsed == []
    assert [f.line for f in findings] == [2, 11]
    assert "pass_mark between 1 and 100" in findings[0].message
    assert "mode 'webinar'" in findings[1].message


def test_quiz_without_a_correct_answer_is_an_error():
    body = textwrap.dedent("""\
        # Module

        <quiz>
        Which level is Early Help?
        - [ ] Level 1
        - [ ] Level 3
        </quiz>

        <quiz>
        Good one?
        - [x] Yes
        - [ ] No
        </quiz>

        ```
        <quiz>
        Example in a code block is ignored
        - [ ] nothing right
        </quiz>
        ```
        """)
    findings = quizzes.check("docs/training/one.md", body, body_line=8)
    assert [(f.file, f.line) for f in findings] == [("docs/training/one.md", 10)]
    assert "has no correct answer" in findings[0].message


def test_course_index_lists_modules_with_progress_slots():
    parsed, _ = courses.parse("c.yml", REGISTRY)
    infos = {"training/one.md": portal.ModuleInfo("One", 5, "one/"), "training/two.md": portal.ModuleInfo("Two", 6, "two/")}
    links = {"training/one.md": "one.md", "training/two.md": "two.md"}
    text = portal.render_index(parsed, infos, links)
    assert "| 1. [One](one.md) | 5 |" in text and "| 2. [Two](two.md) | 6 |" in text
    assert 'data-eh-module="two/" data-eh-questions="6" data-eh-pass-mark="80"' in text
    assert "about 30 minutes" in text and "about 1 hour" in text


MODULE = "docs/training/induction/module-1.md"  # the starter's induction module, with its quiz


def _fixture_site(tmp_path: Path) -> Path:
    """A new partnership's site from the generator's own command, to break on purpose (never St Helens')."""
    return new_partnership(tmp_path / "site")


def _change_first_quiz(site: Path, change) -> tuple[str, int]:
    """Rewrite the module's first quiz with ``change``; the new text and where the quiz starts."""
    module = site / MODULE
    text = module.read_text("utf-8")
    start = text.index("<quiz>")
    end = text.index("</quiz>", start)
    changed = text[:start] + change(text[start:end]) + text[end:]
    module.write_text(changed, "utf-8")
    return changed, start


def test_strict_build_fails_on_broken_course_reference(tmp_path):
    site = _fixture_site(tmp_path)
    registry = site / "training/courses.yml"
    registry.write_text(registry.read_text("utf-8").replace(
        "training/induction/module-1.md", "training/induction/modul-1.md"), "utf-8")
    build = run_build(site / "mkdocs.yml", tmp_path / "out")
    assert build.returncode != 0
    assert "training/courses.yml:" in build.output
    assert "'training/induction/modul-1.md', which does not exist" in build.output


def test_strict_build_fails_on_quiz_with_no_correct_answer(tmp_path):
    site = _fixture_site(tmp_path)
    _change_first_quiz(site, lambda quiz: quiz.replace("[x]", "[ ]").replace("[X]", "[ ]"))
    build = run_build(site / "mkdocs.yml", tmp_path / "out")
    assert build.returncode != 0
    assert f"{MODULE}:" in build.output
    assert "has no correct answer" in build.output
    assert "Traceback" not in build.output and "ValueError" not in build.output, build.output


def test_an_answer_without_its_space_is_a_message_not_a_traceback(tmp_path):
    """mkdocs-quiz reads '-[x]' as no answer at all and stops the build with its traceback."""
    site = _fixture_site(tmp_path)
    broken, start = _change_first_quiz(site, lambda quiz: quiz.replace("- [x]", "-[x]").replace("- [ ]", "-[ ]"))
    line = broken[:broken.index("-[", start)].count("\n") + 1  # the first answer written without its space
    build = run_build(site / "mkdocs.yml", tmp_path / "out")
    assert build.returncode != 0
    assert "Traceback" not in build.output, build.output
    assert f"{MODULE}:" in build.output and "is not written as one" in build.output
    assert f"module-1.md:{line}: Quiz 1 " in build.output, build.output


def test_a_broken_front_matter_is_reported_once(tmp_path):
    """The portal's checks read every page's front matter too, but leave its errors to the content checks."""
    site = _fixture_site(tmp_path)
    module = site / MODULE
    text = module.read_text("utf-8")
    module.write_text(text.replace("\ntitle: ", "\ntitle: [", 1), "utf-8")
    build = run_build(site / "mkdocs.yml", tmp_path / "out")
    assert build.returncode != 0
    assert build.output.count(f"{MODULE}:3: The front matter") == 1, build.output
