"""A partnership's own colours are checked for WCAG 2.2 AA contrast (hooks/earlyhelp/colours.py)."""

import pytest

from earlyhelp import colours


@pytest.mark.parametrize("one, two, ratio", [("#000000", "#ffffff", 21.0), ("#ffffff", "#ffffff", 1.0),
                                             ("#767676", "#ffffff", 4.54), ("#1b4a83", "#ffffff", 8.92)])
def test_contrast_known_answers(one, two, ratio):
    assert round(colours.contrast(one, two), 2) == ratio


def test_colours_that_pass_become_css_for_each_palette():
    css, findings = colours.stylesheet({"primary": "#1b4a83", "link_dark": "#9fc6ff"})
    assert findings == []
    assert css == (":root,[data-md-color-scheme=default]{--md-primary-fg-color:#1b4a83;--md-typeset-a-color:#1b4a83}"
                   "[data-md-color-scheme=slate]{--md-typeset-a-color:#9fc6ff}")


def test_a_pale_colour_or_a_bad_value_is_an_error_and_left_out():
    css, findings = colours.stylesheet({"primary": "#88aaff", "accent": "red"})
    assert css == "" and [f.text for f in findings] == ["primary", "accent"]
    assert "contrast of 2.3:1" in findings[0].message and "at least 4.5:1" in findings[0].message


def test_no_setting_keeps_the_stylesheet_colours():
    assert colours.stylesheet(None) == ("", [])
