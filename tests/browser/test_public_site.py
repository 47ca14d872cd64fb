"""The public site in a real browser: finding the seed meeting, its items and papers, and the
accessibility checks (axe-core, reflow at 320 px, keyboard focus, brand contrast)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from moot.portal.branding import MINIMUM_CONTRAST, contrast_ratio
from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser]


def _pages(live_server, seed):
    return {
        "home": live_server.url + "/",
        "committee": live_server.url + seed.committee.get_absolute_url(),
        "meeting": live_server.url + seed.meeting.get_absolute_url(),
        "item": live_server.url + seed.items[0].page_url,
        "restricted item": live_server.url + seed.exempt.page_url,
        "person": live_server.url + "/councillors/steve-nelson/",
        "councillors": live_server.url + "/councillors/",
        "councillors by ward": live_server.url + "/councillors/?by=ward",
        "attendance": live_server.url + "/councillors/attendance/?year=2025",
        "accessibility": live_server.url + "/accessibility/",
        "calendar": live_server.url + "/calendar/?month=2025-05",
        "calendar list": live_server.url + "/calendar/?month=2025-05&view=list",
        "committee year": live_server.url + seed.committee.get_absolute_url() + "2025/",
        "decisions": live_server.url + "/decisions/",
        "not found": live_server.url + "/no/such/page/",
    }


def test_a_visitor_goes_from_the_home_page_to_the_seed_meeting(page, live_server, seed):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Safer Stockton Partnership", exact=True).click()
    page.get_by_role("link", name="Wednesday 14 May 2025, 9.00am").click()

    heading = page.locator("h1")
    assert "Safer Stockton Partnership, Wednesday 14 May 2025, 9.00am" in heading.inner_text()
    assert "Agenda and minutes" in heading.inner_text()
    for n in range(1, 12):
        assert page.locator(f"#item-{n}").is_visible()
        assert f"SSP/{n}/25" in page.locator(f"#item-{n}").inner_text()


def test_an_item_anchor_targets_and_scrolls_to_the_item(page, live_server, seed):
    page.goto(live_server.url + seed.meeting.get_absolute_url() + "#item-4")
    assert page.evaluate("document.querySelector(':target').id") == "item-4"
    assert "Update On DARDRS" in page.locator(":target").inner_text()
    top = page.evaluate("document.getElementById('item-4').getBoundingClientRect().top")
    assert 0 <= top < 100


def test_a_document_link_opens_the_pdf(page, live_server, seed):
    page.goto(live_server.url + seed.meeting.get_absolute_url())
    # The item's document (the title beside it links to the item's own page).
    link = page.locator("#item-1 a[href^='/documents/']").first
    response = page.request.get(live_server.url + link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("inline")
    assert response.body().startswith(b"%PDF-")


def test_the_restricted_item_shows_its_title_and_reason_only(page, live_server, seed):
    from tests.portal.seedlike import CANARY

    page.goto(live_server.url + seed.meeting.get_absolute_url())
    item = page.locator("#item-11")
    text = item.inner_text()
    assert "SBC Performance" in text
    assert "Restricted" in text
    assert "Exempt: paragraph 7 of Part 1 of Schedule 12A" in text
    assert CANARY not in page.content()


@pytest.fixture
def councillors(seed):
    """Steve Nelson with a party, a ward and a post, as the directory shows them."""
    from moot.meetings.members import Party, PersonRole, Ward
    from moot.meetings.models import Person

    steve = Person.objects.get(slug="steve-nelson")
    steve.party = Party.objects.create(
        body=seed.committee.body, name="Independents", colour="#7a2f8f"
    )
    steve.ward = Ward.objects.create(body=seed.committee.body, name="Northfield")
    steve.public_email = "cllr.nelson@council.example"
    steve.save()
    PersonRole.objects.create(person=steve, title="Chair of the Partnership")


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "committee",
        "meeting",
        "item",
        "restricted item",
        "person",
        "councillors",
        "councillors by ward",
        "attendance",
        "accessibility",
        "calendar",
        "calendar list",
        "committee year",
        "decisions",
        "not found",
    ],
)
def test_axe_finds_no_wcag_22_aa_violations(page, live_server, seed, councillors, name):
    page.goto(_pages(live_server, seed)[name])
    assert axe_violations(page) == []


@pytest.mark.parametrize(
    "name", ["home", "committee", "meeting", "item", "councillors", "person", "calendar"]
)
def test_pages_reflow_at_320_pixels_without_horizontal_scrolling(
    browser, live_server, seed, councillors, name
):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        page.goto(_pages(live_server, seed)[name])
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        context.close()


def _hex(rgb: str) -> str:
    """ "rgb(0, 86, 110)" → "#00566e"."""
    return "#" + "".join(f"{int(v):02x}" for v in rgb[rgb.index("(") + 1 : -1].split(",")[:3])


FOCUS_STYLE = """() => {
  const el = document.activeElement;
  const s = getComputedStyle(el);
  return {
    tag: el.tagName, text: (el.innerText || '').trim().slice(0, 60), href: el.getAttribute('href'),
    outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
    outlineVisible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
      && s.outlineColor !== 'rgba(0, 0, 0, 0)' && s.outlineColor !== 'transparent',
    shadow: s.boxShadow !== 'none',
    background: s.backgroundColor,
  };
}"""

FOCUSABLE = (
    "a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])"
)


@pytest.mark.parametrize("name", ["home", "committee", "meeting", "councillors"])
def test_every_link_is_reachable_by_tab_with_a_visible_focus_indicator(
    page, live_server, seed, councillors, name
):
    page.goto(_pages(live_server, seed)[name])
    expected = page.evaluate(
        f"Array.from(document.querySelectorAll(\"{FOCUSABLE}\")).map(e => e.getAttribute('href'))"
    )
    reached = []
    for _ in range(len(expected)):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STYLE)
        assert state["outlineVisible"] or state["shadow"], f"no visible focus on {state}"
        reached.append(state["href"])
    assert reached == expected
    assert reached[0] == "#main"


def test_the_skip_link_moves_focus_to_the_main_content(page, live_server, seed):
    page.goto(live_server.url + seed.meeting.get_absolute_url())
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_the_configured_accent_colour_passes_the_contrast_check(page, live_server, seed):
    page.goto(live_server.url + seed.committee.get_absolute_url())
    background = page.evaluate(
        "getComputedStyle(document.querySelector('.site-header')).backgroundColor"
    )
    colour = page.evaluate("getComputedStyle(document.querySelector('.site-header__name')).color")
    assert _hex(background) == seed.committee.body.accent_colour
    assert contrast_ratio(_hex(colour), _hex(background)) >= MINIMUM_CONTRAST


def test_the_pages_work_without_javascript(browser, live_server, seed):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(live_server.url + seed.meeting.get_absolute_url())
        assert page.locator("#item-11").is_visible()
        assert page.locator("script").count() == 0
    finally:
        context.close()


@pytest.mark.skipif(
    not os.environ.get("MOOT_SCREENSHOT_DIR"), reason="set MOOT_SCREENSHOT_DIR to keep screenshots"
)
def test_screenshots_for_review(browser, live_server, seed):
    """Not a check: pictures of the pages at 1280 and 320 px, and the meeting printed to PDF."""
    out = Path(os.environ["MOOT_SCREENSHOT_DIR"])
    out.mkdir(parents=True, exist_ok=True)
    for width in (1280, 320):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for name in ("home", "committee", "meeting", "calendar"):
            url = _pages(live_server, seed)[name]
            page.goto(url)
            page.screenshot(path=str(out / f"{name}-{width}.png"), full_page=True)
        if width == 1280:
            page.goto(_pages(live_server, seed)["meeting"])
            page.pdf(path=str(out / "meeting.pdf"), format="A4", print_background=True)
        context.close()
