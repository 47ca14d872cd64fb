"""A clerk's whole cycle in a real browser, from an empty committee to agreed minutes, with
axe-core on every back-office page and the minutes written by keyboard alone; then what the
public and a committee member see."""

from __future__ import annotations

import pytest

from tests.browser.conftest import axe_violations
from tests.portal.pdf import one_page_pdf

pytestmark = [pytest.mark.browser]

SECRET = "SECRET-bid-prices-4471"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def office(transactional_db):
    from django.contrib.auth import get_user_model

    from moot.access.models import ClerkRole
    from moot.meetings.models import Location
    from tests.factories import make_body, make_committee, make_membership, make_person

    users = get_user_model().objects
    body = make_body(name="Stockton-on-Tees Borough Council", slug="stockton")
    committee = make_committee(
        body, name="Safer Stockton Partnership", slug="ssp", reference_prefix="SSP"
    )
    clerk = users.create_user("clerk", password=PASSWORD)
    ClerkRole.objects.create(user=clerk, body=body)
    member_user = users.create_user("member", password=PASSWORD)
    member = make_person(name="Ann Jones", honorific="Cllr", user=member_user)
    make_membership(member, committee, role="chair")
    make_membership(make_person(name="Bob Smith", organisation="Cleveland Police"), committee)
    Location.objects.create(name="Council Chamber", address="Dunedin House", postcode="TS17 6BJ")
    return committee


def accessible(page):
    violations = axe_violations(page)
    assert violations == [], f"{page.url}: {violations}"


def sign_in(page, base, username):
    page.goto(base + "/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def tab_to(page, test: str, limit: int = 400):
    """Press Tab until ``test`` (a JS expression on ``el``, the focused element) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return !!({test}); }})()"):
            return
    raise AssertionError(f"Tab never reached an element where {test}")


def schedule(page, base, committee_name, when):
    page.goto(base + "/clerk/")
    page.get_by_role("link", name=committee_name, exact=True).first.click()
    accessible(page)
    page.get_by_role("link", name="Schedule a meeting").click()
    accessible(page)
    page.get_by_label("Starts").fill(when)
    page.get_by_label("Venue").select_option(label="Council Chamber, Dunedin House, TS17 6BJ")
    page.get_by_role("button", name="Schedule").click()
    assert "Meeting scheduled" in page.locator("main").inner_text()
    accessible(page)


def add_item(page, title, kind, text):
    page.get_by_label("Title").fill(title)
    page.get_by_label("Kind").select_option(label=kind)
    page.get_by_label("Agenda text").fill(text)
    page.get_by_role("button", name="Add item").click()
    page.get_by_role("link", name=title).click()
    accessible(page)


def test_a_clerk_takes_a_meeting_from_nothing_to_agreed_minutes(
    browser, live_server, office, tmp_path
):
    base = live_server.url
    page = browser.new_page()
    page.goto(base + "/accounts/login/")
    accessible(page)
    sign_in(page, base, "clerk")
    assert page.url == base + "/clerk/"
    accessible(page)

    schedule(page, base, "Safer Stockton Partnership", "2030-05-15T09:00")
    meeting_url = page.url
    assert "Evacuation procedure" in page.locator("main").inner_text()

    # A report with its PDF.
    add_item(page, "Recorded crime report", "Report for information", "The quarterly figures.")
    pdf = tmp_path / "crime.pdf"
    pdf.write_bytes(one_page_pdf("Recorded crime figures"))
    page.get_by_label("Title", exact=True).nth(1).fill("Recorded crime report")
    page.locator("input[type=file]").set_input_files(str(pdf))
    page.get_by_role("button", name="Upload").click()
    assert "Document added" in page.locator("main").inner_text()

    # An exempt item.
    page.goto(meeting_url)
    add_item(page, "Contract award", "Report for decision", f"The bids: {SECRET}.")
    page.get_by_label("Exempt information (Schedule 12A)").check()
    page.get_by_label("3. Information relating to the financial").check()
    page.get_by_label("Public reason").fill("The report sets out the bids of named companies.")
    page.get_by_label("Public interest test").fill("Disclosure would prejudice the tender.")
    page.get_by_label("Public summary").fill("Members awarded the community safety contract.")
    page.get_by_role("button", name="Save restriction").click()
    assert "Restriction saved" in page.locator("main").inner_text()
    accessible(page)

    # Publish (months ahead: full notice, no warning).
    page.goto(meeting_url)
    page.get_by_role("link", name="Publish the agenda").click()
    accessible(page)
    assert "Exclusion of the press and public" in page.locator("main").inner_text()
    page.get_by_role("button", name="Publish now").click()
    assert "Agenda published: SSP/1/30" in page.locator("main").inner_text()

    # The meeting, recorded — the minutes by keyboard alone.
    page.get_by_role("link", name="Record the meeting").click()
    accessible(page)
    attendance = page.locator("#attendance")
    attendance.get_by_label("Cllr Ann Jones").select_option("present")
    attendance.get_by_label("Bob Smith").select_option("apologies")
    page.get_by_role("button", name="Save attendance").click()
    assert "Attendance saved" in page.locator("main").inner_text()

    tab_to(page, "el.tagName === 'A' && el.textContent.includes('Recorded crime report')")
    page.keyboard.press("Enter")
    tab_to(page, "el.tagName === 'TEXTAREA' && el.closest('section').id === location.hash.slice(1)")
    page.keyboard.type("Partners discussed the rise in anti-social behaviour.")
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.includes('Save minutes')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Minutes saved" in page.locator("main").inner_text()
    crime = page.locator("section", has=page.get_by_role("heading", name="Recorded crime report"))
    assert "anti-social behaviour" in crime.locator("textarea").first.input_value()

    exempt = page.locator("section", has=page.get_by_role("heading", name="Contract award"))
    exempt.get_by_text("Add a declaration of interest").click()
    exempt.get_by_label("Member declaring").select_option(label="Cllr Ann Jones")
    exempt.get_by_label("Interest", exact=True).select_option(
        label="Disclosable pecuniary interest"
    )
    exempt.get_by_label("Nature of the interest").fill("Her employer bid")
    exempt.get_by_label("Left the room for the item").check()
    exempt.get_by_role("button", name="Add declaration").click()
    exempt = page.locator("section", has=page.get_by_role("heading", name="Contract award"))
    exempt.locator("textarea").first.fill(f"Members compared {SECRET}.")
    exempt.get_by_role("button", name="Save minutes").click()
    exempt = page.locator("section", has=page.get_by_role("heading", name="Contract award"))
    exempt.get_by_text("Add a decision").click()
    exempt.get_by_label("Decision", exact=True).fill(f"RESOLVED to award at {SECRET}.")
    exempt.get_by_label("Public wording").fill("RESOLVED that the contract be awarded.")
    exempt.get_by_role("button", name="Add decision").click()
    crime = page.locator("section", has=page.get_by_role("heading", name="Recorded crime report"))
    crime.get_by_text("Add an action").click()
    crime.get_by_label("Action", exact=True).fill("Bring an anti-social behaviour report")
    crime.get_by_label("Who will do it").fill("Community Safety")
    crime.get_by_role("button", name="Add action").click()
    assert "Action recorded" in page.locator("main").inner_text()
    accessible(page)

    page.get_by_role("link", name="Publish draft minutes").click()
    accessible(page)
    # The minutes checks ask for a look before publishing; the clerk confirms.
    confirm = page.get_by_label("I have read the warnings")
    if confirm.count():
        confirm.check()
    page.get_by_role("button", name="Publish draft minutes").click()
    assert "Draft minutes published" in page.locator("main").inner_text()

    # The next meeting agrees the minutes and closes the action.
    schedule(page, base, "Safer Stockton Partnership", "2030-07-17T09:00")
    next_url = page.url
    # Minutes are agreed only at a meeting whose agenda is out and that has met.
    page.get_by_role("link", name="Publish the agenda").click()
    page.get_by_role("button", name="Publish now").click()
    assert "Agenda published" in page.locator("main").inner_text()
    page.goto(next_url)
    page.get_by_role("link", name="Details, postpone or cancel").click()
    page.get_by_label("Mark as held").check()
    page.get_by_role("button", name="Change status").click()
    page.goto(next_url)
    page.get_by_role("link", name="Record the meeting").click()
    minutes_item = page.locator(
        "section", has=page.get_by_role("heading", name="Minutes of the previous meeting")
    )
    assert minutes_item.get_by_label("Wednesday 15 May 2030").is_checked()
    minutes_item.get_by_role("button", name="Agree the minutes").click()
    assert "Minutes agreed" in page.locator("main").inner_text()
    arising = page.locator(
        "section", has=page.get_by_role("heading", name="Matters arising and action log")
    )
    arising.get_by_label("Outcome").select_option(label="Completed")
    arising.get_by_role("button", name="Close action").click()
    assert "Action closed" in page.locator("main").inner_text()
    accessible(page)

    # The first meeting's minutes are locked now.
    page.goto(meeting_url + "record/")
    assert "approved and are locked" in page.locator("main").inner_text()
    page.close()

    # What the public sees: the exempt item's title and summary, never its text.
    public = browser.new_page()
    public_url = meeting_url.replace("/clerk/meetings/", "/meetings/")
    public.goto(public_url)
    text = public.locator("main").inner_text()
    assert "Contract award" in text
    assert "Members awarded the community safety contract." in text
    assert "RESOLVED that the contract be awarded." in text
    assert "anti-social behaviour" in text
    assert SECRET not in public.content()
    assert "Agenda and minutes" in text
    public.close()

    # A committee member sees the exempt item in full.
    member = browser.new_page()
    sign_in(member, base, "member")
    member.goto(public_url)
    assert f"Members compared {SECRET}." in member.locator("main").inner_text()
    member.close()
