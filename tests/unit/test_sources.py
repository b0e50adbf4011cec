"""Reading the project's files (hooks/earlyhelp/sources.py): glossary placeholders, INHERIT, pages."""

from earlyhelp import sources


def test_glossary_placeholders_are_filled_and_an_unknown_one_is_named(tmp_path):
    (tmp_path / "includes").mkdir()
    (tmp_path / "includes" / "abbreviations.md").write_text(
        "*[FD]: The Front Door in {{ partnership.area }}\n*[XY]: {{ partnership.nothing }}\n", encoding="utf-8")
    terms, findings = sources.glossary(tmp_path, {"area": "Knowsley"})
    assert [(t.abbr, t.expansion) for t in terms][0] == ("FD", "The Front Door in Knowsley")
    assert [(f.file, f.line, f.kind) for f in findings] == [("includes/abbreviations.md", 2, "unknown placeholder")]


def test_site_config_merges_inherit_as_mkdocs_does(tmp_path):
    (tmp_path / "partnership.yml").write_text("site_name: Base\nextra:\n  partnership:\n    area: A\n    name: N\n",
                                              encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("INHERIT: partnership.yml\nextra:\n  partnership:\n    area: B\n"
                                         "theme:\n  custom_dir: !relative overrides\n", encoding="utf-8")
    config = sources.site_config(tmp_path / "mkdocs.yml")
    assert config["site_name"] == "Base" and config["extra"]["partnership"] == {"area": "B", "name": "N"}


def test_pages_leave_out_templates_hidden_files_and_excluded_ones(tmp_path):
    for name in ("index.md", "templates/t.md", ".draft.md", "a/b.md", "a/skip.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"# {name}\n", encoding="utf-8")
    assert [uri for uri, _ in sources.pages(tmp_path, "a/skip.md\n")] == ["a/b.md", "index.md"]
