"""The gate's generated data files match their pinned sources, and the gazetteer picks the right places."""

from __future__ import annotations

from earlyhelp import gazetteer, names, nameslist

ROWS = (("St Helens", 53.45, -2.7333), ("Haydock", 53.4672, -2.6817), ("Widnes", 53.3618, -2.7341),
        ("Eccleston", 53.45, -2.7833), ("Eccleston", 53.15, -2.8833), ("Leeds", 53.7965, -1.5478))


def test_committed_data_files_are_what_the_generator_makes():
    """`make names-list` would change nothing."""
    for path, text in nameslist.build().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is out of date: run make names-list"


def test_surnames_and_name_words_come_from_the_datasets():
    index = names.load()
    assert index.is_surname("Okonkwo") and index.is_surname("Smith") and not index.is_surname("Team")
    assert index.is_word("mark") and index.is_word("croft") and not index.is_word("jayden")
    assert index.is_lower_first_name("jayden") and not index.is_lower_first_name("nan")


def test_centre_ignores_places_of_the_same_name_elsewhere():
    lat, lon = gazetteer.centre(["St Helens", "Haydock", "Eccleston"], ROWS)
    assert abs(lat - 53.45) < 0.01 and abs(lon - -2.7333) < 0.06


def test_around_keeps_places_within_the_radius():
    # Widnes is about 9.8 km south of St Helens; Leeds about 85 km east.
    assert gazetteer.around(["St Helens"], 5, ROWS) == ("Eccleston", "Haydock", "St Helens")
    assert "Widnes" in gazetteer.around(["St Helens"], 15, ROWS)
    assert "Leeds" not in gazetteer.around(["St Helens"], 15, ROWS)


def test_around_measures_from_every_town_of_a_wide_area_and_drops_a_namesake_far_away():
    """A county's towns 60 km apart each bring their own villages; a listed name whose only match
    lies at the other end of the country is a namesake, not one of the area's places."""
    rows = (("Westtown", 50.30, -5.20), ("Westvillage", 50.33, -5.22), ("Easttown", 50.40, -4.35),
            ("Eastvillage", 50.42, -4.30), ("Midtown", 50.35, -4.80), ("Farplace", 55.00, -1.50),
            ("Farvillage", 55.02, -1.52))
    near = gazetteer.around(["Westtown", "Midtown", "Easttown", "Farplace"], 15, rows)
    assert near == ("Easttown", "Eastvillage", "Midtown", "Westtown", "Westvillage")


def test_for_partnership_adds_ignores_and_never_lists_the_area():
    config = {"area": "St Helens", "local_places": ["Haydock"],
              "places": {"radius_km": 15, "add": ["Sutton Manor"], "ignore": ["Croft"]}}
    places = gazetteer.for_partnership(config)
    assert "Sutton Manor" in places and "Widnes" in places and "Rainhill" in places
    assert "St Helens" not in places and "Croft" not in places and "Leeds" not in places


def test_whole_council_areas_are_not_narrower_places_for_any_partnership():
    """Knowsley, Wigan and Warrington are St Helens' neighbouring council areas, and St Helens is
    Wigan's: none is named in a hand list, and their towns and villages still count."""
    st_helens = gazetteer.for_partnership({"area": "St Helens", "local_places": ["Haydock", "Rainhill", "Parr"]})
    assert "Garswood" in st_helens and not {"Knowsley", "Wigan", "Warrington", "Halton"} & set(st_helens)
    wigan = gazetteer.for_partnership({"area": "Wigan", "local_places": ["Leigh", "Hindley", "Standish"]})
    assert "Haydock" in wigan and "Wigan" not in wigan and "St Helens" not in wigan
    assert gazetteer.is_authority("Merseyside") and gazetteer.is_authority("County Durham")
    assert gazetteer.is_authority("Bristol") and not gazetteer.is_authority("Haydock")


def test_an_area_the_gazetteer_cannot_find_is_a_notice_until_its_places_are_listed():
    """A London borough is no settlement in the list: without local_places the gate would know no
    neighbourhood around it, and say nothing."""
    assert gazetteer.for_partnership({"area": "Southwark"}) == ()
    [notice] = gazetteer.unlocated({"area": "Southwark"})
    assert notice.severity == "notice" and "cannot find Southwark" in notice.message and "local_places" in notice.fix
    assert gazetteer.unlocated({"area": "Southwark", "local_places": ["Peckham"]}) == []
    assert gazetteer.unlocated({"area": "St Helens"}) == []
