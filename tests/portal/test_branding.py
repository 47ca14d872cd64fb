"""A body's accent colour must stay legible under the header's white text."""

import pytest
from django.core.checks import run_checks

from moot.portal.branding import DEFAULT_ACCENT, accent_problem, contrast_ratio, safe_accent
from tests.factories import make_body


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000") == pytest.approx(21)
    assert contrast_ratio("#ffffff") == pytest.approx(1)
    assert contrast_ratio("#767676") == pytest.approx(4.54, abs=0.01)


def test_the_default_accent_passes_and_a_pale_one_fails():
    assert accent_problem(DEFAULT_ACCENT) is None
    assert "contrast ratio" in accent_problem("#7fb2e5")
    assert "not a #rrggbb colour" in accent_problem("blue")


def test_an_illegible_accent_falls_back_to_the_default():
    assert safe_accent("#00566E") == "#00566e"
    assert safe_accent("#ffdd00") == DEFAULT_ACCENT
    assert safe_accent("red; background:url(x)") == DEFAULT_ACCENT


@pytest.mark.django_db
def test_the_system_check_names_a_body_whose_colour_fails():
    make_body(name="Pale Parish Council", accent_colour="#a0c4e8")
    make_body(name="Dark Borough Council", accent_colour="#1d5c8c")
    warnings = [w for w in run_checks(databases=["default"]) if w.id == "moot.W001"]
    assert len(warnings) == 1
    assert "Pale Parish Council" in warnings[0].msg


@pytest.mark.django_db
def test_a_failing_colour_is_not_drawn_on_the_page(client):
    from tests.factories import make_committee

    committee = make_committee(make_body(accent_colour="#ffdd00"))
    html = client.get(committee.get_absolute_url()).content.decode()
    assert "--accent: #ffdd00" not in html
    assert f"--accent: {DEFAULT_ACCENT}" in html
