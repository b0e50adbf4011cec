"""Issue 23: the module column of the records, its checks, and module titles on certificates."""

from __future__ import annotations

import shutil

import pytest

from earlyhelp import portal
from earlyhelp.completions import records
from earlyhelp.completions import registry as registry_module
from earlyhelp.courses import parse
from sitefactory import FIXTURE_TRAINING

MODULE = "training/induction/first-steps.md"
# A fixture course registry: an e-learning course with modules and an evaluation, beside a workshop,
# and the generator's fixture agencies (no partnership's live registries).
COURSES = f"""\
courses:
  - id: eh-induction
    title: Early Help induction
    mode: e-learning
    audience: New staff
    duration: 40
    pass_mark: 80
    description: Two modules for the tests.
    evaluation: true
    modules:
      - {MODULE}
      - training/induction/next-steps.md

  - id: eh-workshop
    title: Multi-agency Early Help workshop
    mode: workshop
    audience: Practitioners and managers
    duration: 180
    description: A workshop for the tests.
"""


@pytest.fixture(scope="module")
def training(tmp_path_factory):
    folder = tmp_path_factory.mktemp("training")
    shutil.copy(FIXTURE_TRAINING / "agencies.yml", folder / "agencies.yml")
    (folder / "courses.yml").write_text(COURSES, "utf-8")
    return folder


@pytest.fixture(scope="module")
def reg(training):
    loaded = registry_module.load(training)
    assert loaded.findings == []
    return loaded


def read(text: str, reg) -> records.FileRecords:
    return records.parse_bytes("r.csv", text.encode("utf-8"), reg, "2025-01-01")


def test_a_module_column_and_an_old_file_without_it(reg):
    new = read("date,course,attendee,agency,status,source,module,confidence_before,confidence_after\n"
               f"2024-05-01,eh-induction,a@t.test,GP practices,completed,portal,{MODULE},2,4\n"
               "2024-05-01,eh-workshop,a@t.test,GP practices,attended,register,,,\n", reg)
    assert new.findings == [] and list(new.kept) == [("a@t.test", "eh-induction", "2024-05-01", MODULE),
                                                     ("a@t.test", "eh-workshop", "2024-05-01")]
    assert new.evaluations == [("a@t.test", "eh-induction", 2024 * 4, 2, 4)]
    # The portal's record from before the module column named the module in its source.
    old = read("date,course,attendee,agency,status,source\n"
               f"2024-05-01,eh-induction,a@t.test,GP practices,completed,e-learning: {MODULE}\n"
               "2024-05-02,eh-induction,b@t.test,GP practices,completed,portal\n", reg)
    assert old.findings == [] and list(old.kept) == [("a@t.test", "eh-induction", "2024-05-01", MODULE),
                                                     ("b@t.test", "eh-induction", "2024-05-02")]


def test_a_wrong_module_or_evaluation_is_a_located_error(reg):
    out = read("date,course,attendee,agency,module,confidence_before,confidence_after\n"
               "2024-05-01,eh-induction,a@t.test,GP practices,training/induction/nope.md,,\n"
               f"2024-05-01,eh-workshop,b@t.test,GP practices,{MODULE},,\n"
               f"2024-05-01,eh-induction,c@t.test,GP practices,{MODULE},3,\n"
               f"2024-05-01,eh-induction,d@t.test,GP practices,{MODULE},0,6\n", reg)
    assert out.kept == {} and out.rejected == 4
    messages = [f.format() for f in out.findings]
    assert messages[0].startswith("Error: r.csv:2: Row left out: the module is not one of the course "
                                  "eh-induction's modules in training/courses.yml.")
    assert "the course eh-workshop has no modules, but the row names one" in messages[1]
    assert all("confidence answers must both be whole numbers from 1 to 5" in m for m in messages[2:])
    assert not any(person in " ".join(messages) for person in ("a@t.test", "b@t.test", "c@t.test", "d@t.test"))


@pytest.mark.parametrize("title, name", [("Module 1: What Early Help is", "What Early Help is"),
                                         ("module 12 - Consent", "Consent"), ("Unit 3. Working together",
                                                                              "Working together"),
                                         ("The ten principles", "The ten principles"), ("Module 2:", "Module 2:")])
def test_a_module_title_without_its_number(title, name):
    assert portal.module_name(title) == name


def test_the_index_offers_a_course_completion_box(training):
    courses, findings = parse("training/courses.yml", (training / "courses.yml").read_text("utf-8"))
    assert findings == []
    course = next(c for c in courses if c.id == "eh-induction")
    info = {m: portal.ModuleInfo(f"Module {i}: <b>", 6, f"{m[9:-3]}/") for i, m in enumerate(course.modules, 1)}
    text = portal.render_index([course], info, {m: m[9:] for m in course.modules})
    assert 'data-eh-course-done="eh-induction" hidden markdown' in text
    assert "[Open my course certificate](certificate.md)" in text
    assert f'data-eh-module-path="{MODULE}"' in text and "<b>" not in text
