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
    day, time_of_day = when.split("T")
    year, month, date_of_month = day.split("-")
    starts = page.get_by_role("group", name="Starts")
    starts.get_by_label("Day").fill(date_of_month)
    starts.get_by_label("Month").fill(month)
    starts.get_by_label("Year").fill(year)
    starts.get_by_label("Time").fill(time_of_day)
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

    # The meeting, recorded — item by item, the minutes by keyboard alone.
    page.get_by_role("link", name="Record the meeting").click()
    accessible(page)
    page.get_by_role("link", name="Record attendance").click()
    accessible(page)
    page.get_by_label("Cllr Ann Jones").select_option("present")
    page.get_by_label("Bob Smith").select_option("apologies")
    page.get_by_role("button", name="Save and go to the first item").click()
    assert "Attendance saved" in page.locator("main").inner_text()
    accessible(page)
    # Each item opens with the cursor in its minutes; Tab reaches "save and go to the next
    # item" at once. Type where there is something to say, move on everywhere else.
    presses = 0
    for _ in range(20):
        assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
        heading = page.locator("h1").inner_text()
        if "Recorded crime report" in heading:
            page.keyboard.type("Partners discussed the rise in anti-social behaviour.")
        if "Contract award" in heading:
            break
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent").startswith("Save and go")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        presses += 2
    assert presses <= 2 * 8

    # The case that lost text on the one-page screen: minutes typed, then a declaration and a
    # decision added on the same page — one button saves all of it.
    page.locator("textarea").first.fill(f"Members compared {SECRET}.")
    page.get_by_text("Add a declaration of interest").click()
    page.get_by_label("Member declaring").select_option(label="Cllr Ann Jones")
    page.get_by_label("Interest", exact=True).select_option(label="Disclosable pecuniary interest")
    page.get_by_label("Nature of the interest").fill("Her employer bid")
    page.get_by_label("Left the room for the item").check()
    page.get_by_text("Add a decision").click()
    page.get_by_label("Decision", exact=True).fill(f"RESOLVED to award at {SECRET}.")
    page.get_by_label("Public wording").fill("RESOLVED that the contract be awarded.")
    page.get_by_role("button", name="Save", exact=True).first.click()
    main = page.locator("main").inner_text()
    assert "minutes saved" in main and "decision recorded" in main
    assert "declaration recorded" in main
    assert SECRET in page.locator("textarea").first.input_value()
    accessible(page)

    # Typing and then following a link asks first; a draft is kept on the server meanwhile.
    page.locator("textarea").first.fill(f"Members compared {SECRET}. The chair thanked them.")
    page.wait_for_function(
        "document.querySelector('.draft-status') && "
        "document.querySelector('.draft-status').textContent.startsWith('Draft kept')"
    )
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    page.get_by_role("link", name="Previous item").click()
    assert asked == ["beforeunload"]
    page.reload()  # the warning is for leaving; a reload after a lost tab finds the draft
    assert "The chair thanked them." in page.locator("textarea").first.input_value()
    assert "Your unsaved text from" in page.locator("main").inner_text()
    page.get_by_role("button", name="Save", exact=True).first.click()

    page.get_by_role("link", name="All items and attendance").click()
    page.get_by_role("link", name="Recorded crime report").click()
    page.get_by_text("Add an action").click()
    page.get_by_label("Action", exact=True).fill("Bring an anti-social behaviour report")
    page.get_by_label("Who will do it").fill("Community Safety")
    page.get_by_role("button", name="Save", exact=True).first.click()
    assert "action recorded" in page.locator("main").inner_text()
    assert "anti-social behaviour" in page.locator("textarea").first.input_value()
    accessible(page)
    page.get_by_role("link", name="All items and attendance").click()
    assert "Written" in page.locator("#items").inner_text()
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
    page.get_by_role("link", name="Minutes of the previous meeting").click()
    assert page.get_by_label("Wednesday 15 May 2030").is_checked()
    page.get_by_role("button", name="Agree the minutes").click()
    assert "earlier minutes agreed" in page.locator("main").inner_text()
    accessible(page)
    page.get_by_role("link", name="Next item").click()
    assert "Matters arising" in page.locator("h1").inner_text()
    page.get_by_label("Outcome").select_option(label="Completed")
    page.get_by_role("button", name="Save", exact=True).first.click()
    assert "action closed" in page.locator("main").inner_text()
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
