"""Each kind of personal data in several phrasings, and clean sentences that look like it (known answers)."""

from __future__ import annotations

import pytest

from earlyhelp import anonymise

POLICY = anonymise.Policy(service_numbers=("01744 676600",), local_places=("Parr", "Bold", "Thatto Heath", "Sutton"),
                          always_allow=("St Helens", "Contact Cares"), places=("Haydock", "Prescot", "Whiston", "Rainhill",
                                                                               "Croft", "Garswood"))


def found(text: str) -> set[tuple[str, str]]:
    return {(h.kind, text[h.start:h.end]) for h in anonymise.find_hits(text, POLICY)}


def kinds_over(text: str, item: str) -> set[str]:
    start = text.index(item)
    end = start + len(item)
    return {h.kind for h in anonymise.find_hits(text, POLICY) if h.start < end and h.end > start}


PLANTED = [
    # lower-case first names
    ("The worker visited jayden and his mum on Tuesday.", "jayden", "personal name"),
    ("We asked kayla what she wanted from the plan.", "kayla", "personal name"),
    ("mohammed's teacher rang the family.", "mohammed", "personal name"),
    # initials and letter pseudonyms
    ("Child K had not been seen by a health visitor.", "Child K", "initials"),
    ("Baby J was born early and spent a month in the unit.", "Baby J", "initials"),
    ("The mother, J.B., asked for help with housing.", "J.B.", "initials"),
    ("K said the worker listened to her.", "K", "initials"),
    ("The boy (T) settled at his new school.", "(T)", "initials"),
    # nicknames
    ("Her son, known as Jay, was out most nights.", "Jay", "personal name"),
    ("The youngest, nicknamed 'Tiny', stayed with his gran.", "Tiny", "personal name"),
    ("Everyone called him Bubba at home.", "Bubba", "personal name"),
    ("She had a boyfriend called Dean who was older.", "Dean", "personal name"),
    # a surname on its own
    ("Okonkwo had missed three appointments.", "Okonkwo", "personal name"),
    ("The worker phoned Kowalski, who agreed to meet.", "Kowalski", "personal name"),
    # addresses
    ("They moved to 27 moss lane in the spring.", "27 moss lane", "address"),
    ("The family lived at Flat 4, 12 Chapel Street.", "Flat 4, 12 Chapel Street", "address"),
    ("Mum was staying in flat 3 above the shop.", "flat 3", "address"),
    # dates of birth in words
    ("He was born on the fourth of May 2012.", "born on the fourth of May 2012", "date of birth"),
    ("His birthday is the twenty-third of March.", "birthday is the twenty-third of March", "date of birth"),
    ("She was born on Christmas Day 2015.", "born on Christmas Day 2015", "date of birth"),
    # ages with a date
    ("He turned eleven on Boxing Day 2023.", "turned eleven on Boxing Day 2023", "age with a date"),
    ("She was aged 9 on 4 June 2020 when school raised concerns.", "aged 9 on 4 June 2020", "age with a date"),
    # handles
    ("She messaged him as @lil_kay09 every night.", "@lil_kay09", "handle"),
    ("His Snapchat was jj.smith07 and his friends used it.", "jj.smith07", "handle"),
    ("Her username was kaylaxo on the game.", "kaylaxo", "handle"),
    # vehicle registrations
    ("A car, LV19 XKT, was seen outside the school.", "LV19 XKT", "vehicle registration"),
    ("The van's reg was mx12 abc.", "mx12 abc", "vehicle registration"),
    # medical practices and hospitals
    ("She is registered at Parkside Medical Centre.", "Parkside Medical Centre", "medical practice"),
    ("The GP at Lowther surgery referred the family.", "Lowther surgery", "medical practice"),
    ("He was taken to Whiston Hospital by ambulance.", "Whiston Hospital", "hospital"),
    # churches and parishes
    ("The family worships at St Mary's every Sunday.", "St Mary's", "place of worship"),
    ("The youth club at Holy Cross gave him a place.", "Holy Cross", "place of worship"),
    ("Mum helped at Sutton Oak Community Church on Fridays.", "Sutton Oak Community Church", "place of worship"),
    # places around the borough, and listed places in lower case
    ("The family moved from Garswood to be nearer the school.", "Garswood", "place"),
    ("They had family in Rainhill and visited often.", "Rainhill", "place"),
    ("Mum grew up in thatto heath and knew the area.", "thatto heath", "place"),
    # a school by its short name
    ("He started at Penkford in year 7.", "Penkford", "school"),
    ("She moved to Cowley High after the exclusion.", "Cowley High", "school"),
    # personal data in front matter, headings and tables
    ("---\ntitle: A case\nprovided_by: Sharon Jones\n---\n", "Sharon Jones", "personal name"),
    ("## How Kayden was helped\n\nText.", "Kayden", "personal name"),
    ("| Child | Age |\n| --- | --- |\n| Child B | 7 |\n", "Child B", "initials"),
    # more phrasings of each kind
    ("We met with tyler and his sister at the library.", "tyler", "personal name"),
    ("lucas and mia were placed with their aunt.", "mia", "personal name"),
    ("Young Person A was excluded twice.", "Young Person A", "initials"),
    ("S's mum rang the school.", "S's", "initials"),
    ("Mrs Y was the child's teacher.", "Mrs Y", "initials"),
    ("He goes by Tiz with his friends.", "Tiz", "personal name"),
    ("His mates call him Smudge.", "Smudge", "personal name"),
    ("Known to friends as Ky, he was 15.", "Ky", "personal name"),
    ("Kaur told the worker about the rent.", "Kaur", "personal name"),
    ("The Nowak children were often hungry.", "Nowak", "personal name"),
    ("Okafor's mum called the school.", "Okafor", "personal name"),
    ("They lived on Elm Grove for years.", "Elm Grove", "address"),
    ("The family moved to 12a station road.", "12a station road", "address"),
    ("DOB: 4/5/12.", "DOB: 4/5/12", "date of birth"),
    ("She was born in May 2012.", "born in May 2012", "date of birth"),
    ("Her birthday is on the 3rd of June.", "3rd of June", "date of birth"),
    ("She was 6 in July 2020.", "6 in July 2020", "age with a date"),
    ("He celebrated his tenth birthday on 2 May 2019.", "tenth birthday on 2 May 2019", "age with a date"),
    ("His Snapchat name is bigmike.", "bigmike", "handle"),
    ("He played on Discord as shadow_99.", "shadow_99", "handle"),
    ("His gamertag was xXSniperXx.", "xXSniperXx", "handle"),
    ("A black BMW (reg YX68 KLM) was parked outside.", "YX68 KLM", "vehicle registration"),
    ("She is registered with Central Surgery.", "Central Surgery", "medical practice"),
    ("He was seen at the Haydock medical centre.", "Haydock medical centre", "medical practice"),
    ("She was admitted to Warrington Hospital.", "Warrington Hospital", "hospital"),
    ("The family attends Holy Trinity.", "Holy Trinity", "place of worship"),
    ("They belong to the parish of St Thomas.", "St Thomas", "place of worship"),
    ("They lived in prescot for a year.", "prescot", "place"),
    ("She's in year 9 at Cowley.", "Cowley", "school"),
    ("He moved to De La Salle after the exclusion.", "De La Salle", "school"),
    ("Her partner Gaz moved in after Christmas.", "Gaz", "personal name"),
    ("Little amelia said she was scared of the dark.", "amelia", "personal name"),
    ("Her step-dad, Craig, worked away.", "Craig", "personal name"),
    ("The twins were born two weeks early on the 1st of June.", "1st of June", "date of birth"),
    ("On her 8th birthday in March 2019 the family was evicted.", "8th birthday in March 2019", "age with a date"),
    ("Mum drove a blue Corsa, reg ML63 WBX.", "ML63 WBX", "vehicle registration"),
    ("The child went to St Austin's Catholic Primary.", "St Austin's Catholic Primary", "school"),
    ("Mum's boyfriend Dazza was not allowed at the house.", "Dazza", "personal name"),
    ("The worker met little ellie-may and her nan.", "ellie-may", "personal name"),
    ("The Hussains had lived in the borough for years.", "Hussains", "personal name"),
    ("They lived on Chapel St near the shops.", "Chapel St", "address"),
    ("The child (DOB 01/02/2013) was referred.", "DOB 01/02/2013", "date of birth"),
    ("He was born in the summer of 2012.", "born in the summer of 2012", "date of birth"),
    ("Snap: kaylaxo", "kaylaxo", "handle"),
    ("A silver Ford Focus, registration BD51 SMR, was seen twice.", "BD51 SMR", "vehicle registration"),
    ("The family lived on the Ravenhead estate.", "Ravenhead estate", "place"),
    ("She is a pupil at Broad Oak and likes art.", "Broad Oak", "school"),
    ("They met at the Elim church on Sundays.", "Elim church", "place of worship"),
    ("He spent a night at Ormskirk hospital.", "Ormskirk hospital", "hospital"),
    # notes pasted in lower case, and numbers that lead to a family's records
    ("new address flat 2, 9 elm st wa9 3pz from monday", "wa9 3pz", "postcode"),
    ("sam okoro (dad) has not replied to the letters", "sam okoro", "personal name"),
    ("rang will's mum about the fight at lunch", "will", "personal name"),
    ("at the TAF, grace and her dad both came", "grace", "personal name"),
    ("the mcnally household were known to police", "mcnally", "personal name"),
    ("Concerns about the Whittle family were raised again.", "Whittle", "personal name"),
    ("The GP is Dr Osei at the Parkside surgery.", "Dr Osei", "personal name"),
    ("Case ref EH-2023-01447 was opened the same day.", "EH-2023-01447", "reference number"),
    ("The crime number is 0412/23/7781 for the incident.", "0412/23/7781", "reference number"),
    ("UPN K802213409876 came with the school file.", "K802213409876", "reference number"),
    ("A teacher notices that a boy in Year 4 at Lowe has no coat.", "Lowe", "school"),
    ("The children go to the youth club at holy trinity on Fridays.", "holy trinity", "place of worship"),
    ("Dad prays at Masjid Al-Huda most evenings.", "Masjid Al-Huda", "place of worship"),
    ("the nurse then saw grace ashworth with her gran", "grace ashworth", "personal name"),
    ("baby fine, rose (older sis) does the night feeds", "rose", "personal name"),
    ("Since May, mum A has stopped answering the door.", "mum A", "initials"),
    ("KD & TW seen together at the park after school.", "TW", "initials"),
    ("He added a boy called jay.b09 on his console.", "jay.b09", "handle"),
    ("her brother goes to de la salle and likes it", "de la salle", "school"),
    # a name no list holds, first in its sentence, before a verb of speech
    ("Adaeze told the parents' group about the school run.", "Adaeze", "personal name"),
    # a handle in brackets after the app's name
    ("The older boy added him on Snap (lil.moz07) last week.", "lil.moz07", "handle"),
    # a family member's age, then a month and year in the same sentence
    ("Mum was 16 when she gave birth in October 2021.", "16", "age with a date"),
    ("Dad is 34 as of last Tuesday (14 May).", "34", "age with a date"),
    # a word-name in a table's column of people
    ("| Name | DOB | Relationship |\n|---|---|---|\n| Summer | 02/08/2014 | Daughter |\n", "Summer", "personal name"),
    ("| Child | Needs |\n|---|---|\n| Grace | Speech and language |\n", "Grace", "personal name"),
    # word-names given an age in brackets, an age written "y/o", a date year first, an age column
    ("Sibling group: Precious (7), Blessing (5) and Favour (2).", "Blessing", "personal name"),
    ("YP is 15 y/o as of 10/01/24, currently NEET.", "15 y/o", "age with a date"),
    ("Real name on the file, DOB 2008/04/11.", "2008/04/11", "date of birth"),
    ("| Sibling | Age | School |\n| Bailey | 6 (as at 01/09/2024) | Year 2 |\n", "01/09/2024", "age with a date"),
    # a household listed as role, initials and age
    ("Household table\nMum - SJ - 35\nChild 1 - LJ - 12\n", "LJ", "initials"),
    ("Dad \u2013 DW \u2013 was present; Mum: SJ.", "DW", "initials"),
    # a researcher's surname alone is still a person's name
    ("Fraser said he was scared of going home.", "Fraser", "personal name"),
]


@pytest.mark.parametrize("text, item, kind", PLANTED)
def test_planted_item_is_found_with_its_kind(text, item, kind):
    assert kind in kinds_over(text, item)


CLEAN = [
    "Nan took him to school every morning and Grandad collected him.",
    "Nana and Gran both came to the meeting with Auntie and Dad.",
    "Mum said the worker had listened.",
    "Nan said she could not cope any more, and Gran's house was too small.",
    "The pressure rose sharply after the eviction, and the rent was marked as overdue.",
    "Will the plan still work in May?",
    "Faith groups offered food parcels and gave the family hope.",
    "Hope was the word she used most.",
    "He completed the Duke of Edinburgh's Award with a youth worker.",
    "Barnardo's ran the group for young carers.",
    "The review was in April and the plan was stepped down in June.",
    "Bold steps were taken by the school.",
    "Plan B was agreed at the team around the family meeting.",
    "The young person, who was 15, settled in well.",
    "Children aged 0 to 15 make up a fifth of residents.",
    "The family went to a local church and a mosque.",
    "Good practice: tell the family about a change of worker.",
    "She called the police and then called Contact Cares.",
    "The school nurse met the young person at the GP practice.",
    "Call Contact Cares on 01744 676600 for advice.",
    "He used Snapchat and Instagram most evenings.",
    "The worker and the family agreed three goals in March 2021.",
    "Croft work and Level 3 support were discussed.",
    "A flat 3 miles from school was found by the housing team.",
    "Grace was the word she used most about her nan.",
    "The school referred her to Kooth, and she used Childline when things were bad.",
    "The worker helped mum apply to Turn2us and Gingerbread.",
    "Cafcass wrote a report for the court, and Ofsted visited the school.",
    "The Prince's Trust ran a course, and St John Ambulance trained the young carers.",
    "The Salvation Army gave food parcels at Christmas.",
    "The NSPCC's Childline service was mentioned.",
    "Mark the date in the diary.",
    "She wanted a grace period on the rent arrears.",
    "Her nan and grandad moved in.",
    "He played Fortnite and Minecraft for hours.",
    "The Team Around the School pilot was approved.",
    "The social worker visited on Boxing Day because of the concerns.",
    "- [ ] Only school staff can take part.",
    "The plan for the child(ren) was reviewed.",
    "He travelled to Leeds with his uncle, and they visited Liverpool.",
    "The family moved from Poland to the borough in 2018.",
    "Ramadan was a hard time for the family that year.",
    "Marie Curie nurses and Macmillan supported the family.",
    "Young carers met at the library in the town centre.",
    "The mother's partner was violent.",
    "He was in Year 6 and due to start high school.",
    "Measures had been agreed by the board, and Centre staff said so.",
    "Baby Massage and Baby Sensory sessions run at the family hub.",
    "Mr Men books helped the younger children talk about feelings.",
    "The Foster family placement ended in May.",
    "We hope and will keep trying; faith groups and the grace period both helped.",
    "the worker will ring again in the b12 3rd week of term",
    "The plan had 4 actions and a review in Year 2026.",
    "Level 3 cases reached 1,204 in the 2023-24 year.",
    "In this case 2024 was a hard year, and the file 2023-24 went to the board.",
    "Give mum a copy of the plan and ask dad a question about school.",
    "PE and RE were moved to the afternoon, and Plan A was agreed.",
    "In summer (2023) the group met weekly; she goes to bed at eight.",
    "Trainees said the session on consent was the most useful.",
    "Pool table and Xbox (FIFA) most popular, and she is on Instagram (her main account) a lot.",
    "There were 12 in March 2021 and the team was 16 by October 2022.",
    "| Name | Phone |\n|---|---|\n| Family Hub | 01744 676600 |\n| Summer Club | ask at the hub |\n",
    "| Child | Age |\n|---|---|\n| Unborn | - |\n| Baby | 4 months |\n",
    "Gillick competence and the Fraser guidelines apply; Turnell and Edwards wrote Signs of Safety.",
    "Graham Allen's review and Mary Ainsworth's studies are on the reading list; Jack Wills hoodies are no proof.",
    "See Section (2) and Table (3) of the guidance; Priority (1) is safety.",
    "Parent: NA. Dad - GP appointment on Monday; Mum: OK with the plan.",
    "| Sibling | Age | School |\n| Eldest | 15 | Year 10 |\n| Youngest | 3 | Nursery |\n",
    "| Course | Age | Date |\n|---|---|---|\n| Baby massage | 0-1 | 12/03/2025 |\n",
    "We went to Greggs after the session, and the group asked for a trip to Alton Towers.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_sentence_has_no_finding(text):
    assert found(text) == set()


@pytest.mark.parametrize("text, item", [
    ("Mum's number is 07700 900461.", "07700 900461"),
    ("Email j.walker82@example.com.", "j.walker82@example.com"),
    ("Letters go to WA10 4RZ.", "WA10 4RZ"),
    ("He was born on 3 March 2010.", "born on 3 March 2010"),
    ("They lived at 14 Chapel Street.", "14 Chapel Street"),
    ("Her handle is @kay_x.", "@kay_x"),
    ("The car was LV19 XKT.", "LV19 XKT"),
])
def test_allow_list_never_accepts_data_that_is_not_a_service_name(text, item):
    findings = anonymise.scan("docs/case-studies/x.md", text, POLICY, [item])
    errors = [f for f in findings if f.severity == "error"]
    assert [f.text for f in errors] == [item]
    assert "allow list" in errors[0].fix and "cannot" in errors[0].fix and "allow: [" not in errors[0].fix
    assert [f.kind for f in findings if f.severity == "notice"] == ["unused allow entry"]


def test_allow_list_still_accepts_a_service_name():
    text = "She goes to the Penkford School breakfast club."
    assert anonymise.scan("x.md", text, POLICY, ["Penkford School"]) == []
    [finding] = anonymise.scan("x.md", text, POLICY)
    assert finding.kind == "school" and 'allow: ["Penkford School"]' in finding.fix


def test_initials_message_says_a_letter_can_identify_a_child():
    [finding] = anonymise.scan("x.md", "Child K stayed with her aunt.", POLICY)
    assert finding.kind == "initials" and "small community" in finding.fix and "role" in finding.fix


def test_unused_allow_entry_has_no_line():
    [finding] = anonymise.scan("x.md", "Nothing here.", POLICY, ["Triple P"])
    assert finding.line is None and finding.kind == "unused allow entry"


def test_quiz_scenario_is_scanned():
    text = "<quiz>\nJayden's mum rings the Front Door. What next?\n- [x] Listen\n- [ ] Hang up\n</quiz>\n"
    assert ("personal name", "Jayden") in found(text)


def test_quiz_text_keeps_only_scenarios_on_their_own_lines():
    page = "# Module\n\nTalk to Parr school staff.\n\n<quiz>\nChild K's teacher rings. What next?\n- [x] Listen\n</quiz>\n"
    findings = anonymise.scan("docs/training/m.md", anonymise.quiz_text(page), POLICY)
    assert [(f.kind, f.text, f.line) for f in findings] == [("initials", "Child K", 6)]


def test_a_form_field_after_a_run_of_spaces_is_found_in_a_quiz():
    """A field that follows two spaces inside a quiz, on a page with other text before it."""
    page = ("# Module\n\n" + "Read the referral form below before you answer. " * 40 + "\n\n<quiz>\n"
            "Consent given: yes   student: ruby\nWhat should you do first?\n- [x] Remove the name\n</quiz>\n")
    findings = anonymise.scan("docs/training/m.md", anonymise.quiz_text(page), POLICY, where="a quiz scenario")
    assert [(f.kind, f.text, f.line) for f in findings] == [("personal name", "ruby", 6)]
    assert found("Consent given: yes student: ruby") == set()  # one space: ordinary words, not a form's field
    # the first field's value takes the hyphen that starts the run of spaces before the second field
    assert ("personal name", "ruby") in found("Surname: Cook-  student: ruby")


def test_messages_name_the_area_as_the_partnership_does():
    county = anonymise.Policy(local_places=("Parr",), area_type="county")
    findings = anonymise.scan("docs/case-studies/x.md", "They moved to Parr, WA9 2LL.", county)
    assert {f.kind for f in findings} == {"place", "postcode"}
    assert all("in the county" in f.fix and "borough" not in f.fix for f in findings)
