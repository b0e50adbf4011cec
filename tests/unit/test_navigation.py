"""New pages reach the navigation (hooks/earlyhelp/navigation.py): known answers on small navs."""

from earlyhelp import navigation

NAV = [{"Home": "index.md"},
       {"Case studies": ["case-studies/index.md", {"Family bereavement": "case-studies/family-bereavement.md"}]},
       {"Training": ["training/index.md", {"Induction": ["training/induction/index.md",
                                                         {"1 What": "training/induction/one.md"}]}]}]


def fresh():
    import copy
    return copy.deepcopy(NAV)


def test_a_new_case_study_goes_under_case_studies_in_title_order():
    nav, unplaced = navigation.place(fresh(), {"case-studies/young-carer.md": "A young carer",
                                               "case-studies/zz.md": "Another case"})
    assert unplaced == []
    assert nav[1]["Case studies"][2:] == [{"A young carer": "case-studies/young-carer.md"},
                                          {"Another case": "case-studies/zz.md"}]


def test_a_page_goes_to_the_innermost_section_of_its_folder():
    nav, _ = navigation.place(fresh(), {"training/induction/two.md": "2 Next"})
    assert nav[2]["Training"][1]["Induction"][-1] == {"2 Next": "training/induction/two.md"}
    assert nav[2]["Training"][-1] == {"Induction": nav[2]["Training"][1]["Induction"]}


def test_a_page_in_a_folder_the_nav_never_names_is_reported_with_the_line_to_add():
    nav, unplaced = navigation.place(fresh(), {"strategy/new.md": "New page"})
    assert unplaced == ["strategy/new.md"] and nav == NAV
    finding = navigation.unplaced_finding("strategy/new.md", "New page")
    assert finding.severity == "error" and finding.file == "mkdocs.yml" and finding.line is None
    assert finding.fix.endswith("- New page: strategy/new.md")


def test_listed_finds_every_page_however_deep():
    assert navigation.listed(NAV) == {"index.md", "case-studies/index.md", "case-studies/family-bereavement.md",
                                      "training/index.md", "training/induction/index.md", "training/induction/one.md"}
