"""The anonymisation gate's rules, one case per row: what counts as a name, and what does not."""

from __future__ import annotations

import pytest

from earlyhelp import anonymise, names

POLICY = anonymise.Policy(service_numbers=("01744 676600",), local_places=("Parr", "Bold", "Thatto Heath"),
                          always_allow=("St Helens", "Contact Cares"))


def found(text: str) -> list[tuple[str, str]]:
    return [(h.kind, text[h.start:h.end]) for h in anonymise.find_hits(text, POLICY)]


NAME = anonymise.NAME


@pytest.mark.parametrize("text, expected", [
    # Names that are not ordinary words count anywhere, even at the start of a sentence.
    ("Jack started school again.", [(NAME, "Jack")]),
    ("The family nurse, Sharon, visited weekly.", [(NAME, "Sharon")]),
    ("Mohammed and his dad met the worker.", [(NAME, "Mohammed")]),
    # Word-names need context at the start of a sentence...
    ("Hope was the word she used most.", []),
    ("Will the plan still work?", []),
    ("May was a hard month for the family.", []),
    ("Grace said the volunteer helped.", [(NAME, "Grace")]),
    ("Hope's mum went to the group.", [(NAME, "Hope")]),
    ("Will Thompson noticed the bruises.", [(NAME, "Will Thompson")]),
    # ...and count mid-sentence, unless they are part of a service's name or a month.
    ("We met Grace at home.", [(NAME, "Grace")]),
    ("The Young People's Drug and Alcohol Team helped.", []),
    ("In May 2019 the case was stepped down.", []),
    ("The review was in April, and went well.", []),
    # Titles, changed names and surnames.
    ("The teacher, Mrs Okafor, called.", [(NAME, "Mrs Okafor")]),
    ("Kayden (not his real name) left school.", [(NAME, "Kayden")]),
    ("The O'Connor family moved.", [(NAME, "O'Connor")]),
    # Not names: services, places in the borough's name, compound words.
    ("Early Help, Families First and the Family Nurse Partnership worked together.", []),
    ("Rose-coloured memories did not help.", []),
    ("Partners asked for a clear definition.", []),
])
def test_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, kind, match", [
    ("Call mum on 07700 900461.", "phone number", "07700 900461"),
    ("Call +44 7700 900982 today.", "phone number", "+44 7700 900982"),
    ("Email j.walker82@example.com now.", "email address", "j.walker82@example.com"),
    ("Letters go to WA10 4RZ.", "postcode", "WA10 4RZ"),
    ("Her NHS number is 943 476 5919.", "NHS number", "943 476 5919"),
    ("NI number QQ 12 34 56 C.", "National Insurance number", "QQ 12 34 56 C"),
    ("He was born on 3 March 2010.", "date of birth", "born on 3 March 2010"),
    ("The child, DOB 12.05.2007, was seen.", "date of birth", "DOB 12.05.2007"),
    ("She turned 15 on 12 June 2019.", "age with a date", "turned 15 on 12 June 2019"),
    ("They lived at 14 Chapel Street.", "address", "14 Chapel Street"),
    ("She went to Penkford School.", "school", "Penkford School"),
    ("They moved to Thatto Heath.", "place", "Thatto Heath"),
])
def test_other_personal_data(text, kind, match):
    assert (kind, match) in found(text)


@pytest.mark.parametrize("text", [
    "Call Contact Cares on 01744 676600.",       # a service number
    "Ring +441744676600 for advice.",           # the same number, international form
    "Bold steps were taken by the school.",     # a ward's name as an ordinary word
    "The young person, who was 15, settled in well.",  # an age without a date
    "Children aged 0 to 15 make up a fifth of residents in March 2019.",  # an age range
])
def test_not_personal_data(text):
    assert found(text) == []


def test_findings_carry_file_line_text_and_kind():
    text = "---\ntitle: A case\n---\n\n# A case\n\nThe mother rang 07700 900461.\n"
    [finding] = anonymise.scan("docs/case-studies/x.md", text, POLICY)
    assert (finding.file, finding.line, finding.kind, finding.text) == (
        "docs/case-studies/x.md", 7, "phone number", "07700 900461")
    assert finding.severity == "error" and "07700 900461" in finding.message


def test_front_matter_is_scanned_too():
    text = "---\ntitle: A case\nprovided_by: Sharon Jones\n---\n\n# A case\n"
    assert [(f.kind, f.text, f.line) for f in anonymise.scan("x.md", text, POLICY)] == [
        (NAME, "Sharon Jones", 3)]


def test_allow_list_accepts_a_reviewed_phrase_and_reports_unused_entries():
    text = "---\nallow: [\"Hope Centre\", \"Triple P\"]\n---\nShe goes to the Hope Centre baby group.\n"
    findings = anonymise.scan("x.md", text, POLICY, ["Hope Centre", "Triple P"])
    assert [(f.severity, f.kind, f.text) for f in findings] == [("notice", "unused allow entry", "Triple P")]


def test_applies_to_case_study_folder_and_type():
    assert anonymise.applies_to("case-studies/a.md", {})
    assert anonymise.applies_to("strategy/a.md", {"type": "case-study"})
    assert not anonymise.applies_to("strategy/a.md", {"type": "guidance"})


def test_name_data_comes_from_the_package_dictionary():
    index = names.load()
    assert len(index.english) > 4000 and "Emma" in index.english
    assert index.tier("Grace") == "english" and index.is_common_word("Grace")
    assert not index.is_common_word("Jack")


def test_generated_name_list_matches_the_pinned_data_source():
    """The committed list is exactly what make names-list makes from gender-guesser."""
    with names.data_path().open(encoding="utf-8") as handle:
        english, other = names.parse_nam_dict(handle)
    assert names.LIST_PATH.read_text(encoding="utf-8") == names.render_list(english, other)
    assert {"Sharon", "Emma", "Jack"} <= english


def test_a_case_studys_file_name_is_checked_because_it_becomes_the_web_address():
    [finding] = anonymise.scan_file_name("docs/case-studies/kayleigh-brennan-2024.md",
                                          "case-studies/kayleigh-brennan-2024.md", POLICY)
    assert (finding.file, finding.line, finding.severity, finding.kind, finding.text) == (
        "docs/case-studies/kayleigh-brennan-2024.md", None, "error", "personal name", "kayleigh brennan")
    assert "web address" in finding.message and "Rename the file" in finding.fix
    assert anonymise.scan_file_name("docs/case-studies/housing-and-school-attendance.md",
                                    "case-studies/housing-and-school-attendance.md", POLICY) == []


def test_a_quiz_scenarios_message_says_quiz_scenario():
    [finding] = anonymise.scan("docs/training/m.md", "Kayleigh Brennan tells you she is scared.", POLICY,
                               where="a quiz scenario")
    assert finding.message == "Possible personal name in a quiz scenario: 'Kayleigh Brennan'."


@pytest.mark.parametrize("text, expected", [
    # A first name common anywhere in the world, with a capital: families come from everywhere.
    ("Chiamaka's mother rang in tears.", [(NAME, "Chiamaka")]),
    ("Yonas Tesfaye, 17, told the youth worker he had nowhere to stay.", [(NAME, "Yonas Tesfaye")]),
    ("the supermarket run to Aldi on Friday helped.", []),
    # An age said of someone makes a person of a word no list has, or of a place's name.
    ("Bilu is 9. His teacher noticed he was hungry.", [(NAME, "Bilu")]),
    ("India, aged 14, tells her form tutor.", [(NAME, "India")]),
    ("Applicant is 31 and has two children.", []),
    ("Attendance is 95% this term.", []),
    # A message's sender says who it is.
    ("hi its patience from the flat, can u ring me", [(NAME, "patience")]),
    ("its jade here, u lot keep ringin", [(NAME, "jade")]),
    ("its summer here and the kids are bored", []),
    # A church, hospital or district named after a saint whose name ends in s; a town is a place.
    ("She was born at St Thomas' and went home after four days.", [("hospital", "St Thomas'")]),
    ("He uses the community centre in St Matthews.", [("place of worship", "St Matthews")]),
    ("Schools across St Helens' wards took part.", []),
    ("The family go to the Shree Sanatan Mandir on Sundays.", [("place of worship", "Shree Sanatan Mandir")]),
    # A people and its language; one of them by name.
    ("Mum is a Slovak Roma woman who speaks Slovak, Romani and some English.", []),
    ("Roma said she was scared.", [(NAME, "Roma")]),
    # A farm or a row of cottages finds a family in the country as a street does in a town.
    ("They share a room in the farmhouse at Higher Trewint Farm.", [("place", "Higher Trewint Farm")]),
    ("She was seen at home at 2 Coastguard Cottages with her stepdad.", [("address", "2 Coastguard Cottages")]),
    ("She's done grand since she started at t'new school.", []),
    # Welsh: a month, a street that names its kind first, a chapel named after its kind.
    ("She turned 15 on 3 Mawrth 2023, just before the move.", [("age with a date", "turned 15 on 3 Mawrth 2023")]),
    ("They live at 8 Heol Trelai with Nain.", [("address", "8 Heol Trelai")]),
    ("The family go to Capel Ebeneser on Sundays.", [("place of worship", "Capel Ebeneser")]),
])
def test_rules_from_other_partnerships_batches(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Her mum gave it as 'oh seven nine double four, six one three, two eight oh' on the phone.",
     [("phone number", "oh seven nine double four, six one three, two eight oh")]),
    ("Hodan (NHS no. 083 016 6130) missed a review.", [(NAME, "Hodan"), ("NHS number", "083 016 6130")]),
    ("The reference is 083 016 6130 on the letter.", []),
    ("Kai (sc: kai.nwa_x) sent messages.", [(NAME, "Kai"), ("handle", "kai.nwa_x")]),
    ("The form is consent_form.pdf on the drive.", []),
    ("Ring {{ partnership.front_door_tel }} to refer.", []),
])
def test_numbers_and_handles_written_as_people_write_them(text, expected):
    assert found(text) == expected
