"""Every back-office screen, and the sign-in page, with axe-core's WCAG 2.2 AA rules and no
violations: each URL pattern of the clerk's site on a meeting rich enough that every screen has
content, and the error and confirmation pages its forms lead to."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import resolve, reverse
from django.utils import timezone

from tests.browser.conftest import axe_violations
from tests.portal.pdf import one_page_pdf

pytestmark = [pytest.mark.browser]

# Screens reached only by a POST: visited by submitting the form that leads to them.
POSTED = {
    "dismiss_finding",
    "restore_finding",
    "plan_entry_publish",
    "plan_entry_move",
    "plan_entry_withdraw",
    "plan_entry_take",
    "plan_entry_exception",
    # Checked with axe in tests/browser/test_forward_plan_pages.py, with a forward plan of
    # their own (the forms of the POST-only addresses above are on the entry's page there).
    "makers",
    "maker_new",
    "maker_edit",
    "executive_rules",
    "plan",
    "plan_entry_new",
    "plan_exceptions",
    "plan_entry",
    "plan_entry_edit",
    "item_new",
    "summons_resend",
    "summons_resend_failed",
    "circulation_add",
    "circulation_remove",
    "item_move",
    "item_edit",
    "item_matter",
    "item_restrict",
    "item_urgent",
    "item_document",
    "item_withdraw",
    "item_remove",
    "meeting_details",
    "meeting_status",
    "document_lead_officer",
    "document_restrict",
    "document_redacted_version",
    "document_withdraw",
    "document_remove",
    "record_draft",
    "declaration_edit",
    "declaration_remove",
    "decision_edit",
    "decision_remove",
    "action_edit",
    "action_remove",
    "membership_edit",
    "membership_end",
    "membership_delete",
    "annual_meeting_add",
    "annual_meeting_remove",
    "notice_publish",
    "notice_withdraw",
    "call_in_validity",
    "call_in_outcome",
}


@pytest.fixture
def office(transactional_db):
    """The personas of tests/clerk, with two meetings of minutes, one at short notice, and
    everything the set-up screens list."""
    from moot.meetings.choices import ItemKind
    from moot.meetings.models import Location, Membership
    from moot.meetings.services import (
        actions,
        agenda,
        approval,
        attending,
        decisions,
        minutes,
        publishing,
        reports,
        restrictions,
        scheduling,
        setup,
    )
    from tests.clerk.personas import make_personas
    from tests.factories import local, make_membership, make_person

    personas = make_personas()
    committee = personas.committee
    venue = Location.objects.create(
        name="Council Chamber", address="Dunedin House", postcode="TS17 6BJ"
    )
    ann = Membership.objects.get(committee=committee).person
    bob = make_person(name="Bob Smith", organisation="Cleveland Police")
    make_membership(bob, committee)
    setup.add_annual_meeting(personas.body, date(2030, 5, 21))

    first = scheduling.schedule_meeting(committee, local(2030, 5, 15), location=venue)
    report = agenda.add_item(first, {"title": "Recorded crime", "kind": ItemKind.INFORMATION})
    paper = reports.attach_document(
        first, one_page_pdf("Crime figures"), filename="crime.pdf", title="Crime", item=report
    )
    exempt = agenda.add_item(first, {"title": "Contract award", "kind": ItemKind.DECISION})
    restrictions.restrict_item(
        exempt,
        "exempt",
        paragraphs=[3],
        reason="Bids.",
        public_summary="A contract was let.",
        public_interest="Withholding it outweighs disclosure for now.",
    )
    tender = reports.attach_document(
        first, one_page_pdf("Tender scores"), filename="t.pdf", title="Tender", item=exempt
    )
    reports.attach_public_version(tender, one_page_pdf("Tender summary"), filename="r.pdf")
    publishing.publish_agenda(first, accept_short_notice=True, now=local(2030, 5, 1))
    report.refresh_from_db()
    exempt.refresh_from_db()
    attending.record_attendance(first, ann, "present")
    attending.record_attendance(first, bob, "apologies")
    minutes.save_minutes(report, "<p>Burglary fell.</p>", version=minutes.version_of(""))
    attending.add_declaration(exempt, ann, "ori", nature="Governor", left_room=True)
    decisions.add_decision(exempt, "AGREED the bid.", public_text="AGREED to award.")
    actions.add_action(report, "Bring the figures back", owner="Community Safety")
    approval.publish_minutes(first)

    second = scheduling.schedule_meeting(committee, local(2030, 7, 17), location=venue)
    publishing.publish_agenda(second, accept_short_notice=True, now=local(2030, 7, 1))
    scheduling.mark_held(second)  # being recorded: its minutes item may approve the first's
    at = second.items.get(kind=ItemKind.MINUTES)
    approval.approve_minutes(at, [first])
    decisions.record_correction(at, report, "That the minute read: burglary rose.")
    aob = second.items.get(kind=ItemKind.AOB)
    attending.record_attendance(second, ann, "present")
    minutes.save_minutes(
        aob, "<p>Partners agreed rather then wait.</p>", version=minutes.version_of(aob.minutes)
    )
    entries = {
        "declaration": attending.add_declaration(aob, ann, "ori", nature="School governor"),
        "decision": decisions.add_decision(aob, "AGREED to note."),
        "action": actions.add_action(aob, "Circulate the link", owner="Clerk"),
    }

    soon = scheduling.schedule_meeting(committee, timezone.now() + timezone.timedelta(days=2))
    from moot.meetings.members import Party, PersonRole, Ward

    records = {
        "party": setup.save_record(Party(body=personas.body), {"name": "Independents"}),
        "ward": setup.save_record(Ward(body=personas.body), {"name": "Northfield"}),
        "role": setup.save_record(PersonRole(person=ann), {"title": "Leader of the Council"}),
    }
    from moot.executive import notice_services
    from moot.executive.models import CallIn, DecisionMaker, DecisionNotice

    maker = DecisionMaker.objects.create(
        body=personas.body, kind="member", title="Cabinet Member for Housing", slug="housing"
    )
    notice = notice_services.publish_notice(
        DecisionNotice.objects.create(
            body=personas.body,
            maker=maker,
            title="Rents 2031",
            decision="To set rents.",
            taken_on=date(2030, 5, 1),
        )
    )
    CallIn.objects.create(notice=notice, requested_by=ann, reasons="Too steep.")
    records["notice"] = notice
    return {
        **records,
        "personas": personas,
        "venue": venue,
        "ann": ann,
        "first": first,
        "second": second,
        "soon": soon,
        "report": report,
        "exempt": exempt,
        "paper": paper,
        "tender": tender,
        "at": at,
        "entries": entries,
    }


def clerk_pages(office) -> list[tuple[str, dict]]:
    """(URL name, kwargs) for every clerk screen opened with a GET."""
    personas = office["personas"]
    body, committee = personas.body, personas.committee
    first, second = office["first"], office["second"]
    membership = committee.memberships.get(person=office["ann"])
    tender = office["tender"]
    tender.refresh_from_db()
    return [
        ("dashboard", {}),
        ("body", {"slug": body.slug}),
        ("annual_meetings", {"slug": body.slug}),
        ("committee_new", {"slug": body.slug}),
        ("committee", {"committee": committee.pk}),
        ("memberships", {"committee": committee.pk}),
        ("circulation", {"committee": committee.pk}),
        ("summons", {"meeting": first.pk}),
        ("reappoint", {"committee": committee.pk}),
        ("meeting_new", {"committee": committee.pk}),
        ("programme", {"committee": committee.pk}),
        ("membership", {"membership": membership.pk}),
        ("people", {}),
        ("person_new", {}),
        ("person", {"slug": office["ann"].slug}),
        ("person_record", {"slug": office["ann"].slug}),
        ("person_standing", {"slug": office["ann"].slug}),
        ("person_contact", {"slug": office["ann"].slug}),
        ("person_photo", {"slug": office["ann"].slug}),
        ("person_role_new", {"slug": office["ann"].slug}),
        ("person_role", {"slug": office["ann"].slug, "pk": office["role"].pk}),
        ("groupings", {}),
        ("party_new", {"slug": body.slug}),
        ("party", {"slug": body.slug, "pk": office["party"].pk}),
        ("ward_new", {"slug": body.slug}),
        ("ward", {"slug": body.slug, "pk": office["ward"].pk}),
        ("quorum", {"committee": committee.pk}),
        ("locations", {}),
        ("location_new", {}),
        ("location", {"pk": office["venue"].pk}),
        ("meeting", {"meeting": first.pk}),
        ("meeting", {"meeting": second.pk}),
        ("meeting_edit", {"meeting": first.pk}),
        ("publish", {"meeting": office["soon"].pk}),
        ("record", {"meeting": first.pk}),
        ("record", {"meeting": second.pk}),
        ("record_attendance", {"meeting": first.pk}),
        ("record_attendee", {"meeting": first.pk}),
        ("record_item", {"item": office["report"].pk}),
        ("record_item", {"item": office["exempt"].pk}),
        ("record_item", {"item": office["at"].pk}),
        ("record_item", {"item": second.items.get(kind="matters_arising").pk}),
        ("record_vote", {"item": second.items.get(kind="aob").pk}),
        ("minutes_publish", {"meeting": second.pk}),
        ("item", {"item": office["report"].pk}),
        ("item", {"item": office["exempt"].pk}),
        ("correction", {"item": office["at"].pk}),
        ("document", {"document": office["paper"].pk}),
        ("document", {"document": tender.pk}),
        ("document", {"document": tender.public_version_id}),
        ("declaration", {"pk": office["entries"]["declaration"].pk}),
        ("decision", {"pk": office["entries"]["decision"].pk}),
        ("action", {"pk": office["entries"]["action"].pk}),
        ("notices", {"slug": body.slug}),
        ("notice_new", {"slug": body.slug}),
        ("notice", {"notice": office["notice"].pk}),
        ("notice_edit", {"notice": office["notice"].pk}),
    ]


def test_the_list_covers_every_clerk_url_pattern(office):
    from moot.clerk.urls import urlpatterns

    visited = {name for name, _ in clerk_pages(office)} | POSTED
    patterns = {pattern.name for pattern in urlpatterns}
    assert patterns - visited == set(), "clerk screens with no accessibility check"
    for name, kwargs in clerk_pages(office):
        assert resolve(reverse(f"clerk:{name}", kwargs=kwargs)).url_name == name


def accessible(page, what: str = ""):
    """No axe violations, with every disclosure open so the forms inside are checked too."""
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    violations = axe_violations(page)
    assert violations == [], f"{page.url} {what}: {violations}"


def submit(page, button: str):
    """Press a button in the page's main content, past the browser's own form checks, so the
    server's error page is what shows."""
    page.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = true)")
    with page.expect_navigation():
        page.locator("main").get_by_role("button", name=button, exact=True).first.click()


def test_every_clerk_page_has_no_axe_violations(browser, live_server, office):
    base = live_server.url
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(base + "/accounts/login/")
        accessible(page)
        page.get_by_label("Username").fill("clerk")
        page.get_by_label("Password").fill("wrong")
        submit(page, "Sign in")
        assert page.locator(".error-summary").count(), "sign-in refused"
        accessible(page, "sign-in refused")

        session = office["personas"].clerk.cookies["sessionid"].value
        context.add_cookies([{"name": "sessionid", "value": session, "url": base}])
        for name, kwargs in clerk_pages(office):
            url = reverse(f"clerk:{name}", kwargs=kwargs)
            response = page.goto(base + url)
            assert response.status == 200 and page.url == base + url, url
            accessible(page, url)

        # The forms' error and confirmation pages.
        committee = office["personas"].committee
        page.goto(base + reverse("clerk:meeting", args=[office["first"].pk]))
        submit(page, "Move Recorded crime")
        assert "moved to position" in page.locator("main").inner_text()
        accessible(page, "item_move")

        page.goto(base + reverse("clerk:publish", args=[office["soon"].pk]))
        submit(page, "Publish now")
        assert "Confirm that you are publishing at short notice" in page.content()
        accessible(page, "publish at short notice, unconfirmed")

        aob = office["second"].items.get(kind="aob")
        page.goto(base + reverse("clerk:record_vote", args=[aob.pk]))
        submit(page, "Save the vote")
        assert "There is a problem" in page.content()
        accessible(page, "record_vote, no motion")

        page.goto(base + reverse("clerk:minutes_publish", args=[office["second"].pk]))
        submit(page, "Publish draft minutes")
        assert "Confirm that you have read the warnings" in page.content()
        accessible(page, "minutes with warnings, unconfirmed")

        # Two clerks on the same minutes: the second sees both texts to merge.
        from moot.meetings.services import minutes

        aob = office["second"].items.get(kind="aob")
        page.goto(base + reverse("clerk:record_item", args=[aob.pk]))
        minutes.save_minutes(aob, "<p>Noted.</p>", version=minutes.version_of(aob.minutes))
        page.locator("main textarea").first.fill("Partners noted the link.")
        submit(page, "Save")
        assert "were changed since you opened them" in page.content()
        accessible(page, "minutes changed by another clerk")

        # A page the server refuses (a decision of a kind it does not know, as a stale page
        # could send): the error summary, focused, the page titled so, every word kept.
        page.goto(base + reverse("clerk:record_item", args=[aob.pk]))
        page.locator("main textarea").first.fill("Members debated the bids.")
        page.get_by_text("Add a decision").click()
        page.get_by_label("Decision", exact=True).fill("RESOLVED to award the contract.")
        page.locator("main select[name$=decn-kind] option").first.evaluate(
            "option => { option.value = 'withdrawn-kind'; }"
        )
        submit(page, "Save")
        assert page.title().startswith("Error:")
        assert page.evaluate("document.activeElement.classList.contains('error-summary')")
        assert page.locator("main textarea").first.input_value() == "Members debated the bids."
        accessible(page, "a decision of an unknown kind")

        page.goto(base + reverse("clerk:meeting_new", args=[committee.pk]))
        submit(page, "Schedule")
        assert page.locator(".error-summary, .error-message").count(), "meeting_new with errors"
        accessible(page, "meeting_new with errors")

        page.goto(base + reverse("clerk:programme", args=[committee.pk]))
        page.locator("main textarea").first.fill("not a date")
        submit(page, "Schedule all")
        assert page.locator(".error-summary, .error-message").count(), "programme with a bad line"
        accessible(page, "programme with a bad line")

        page.goto(base + reverse("clerk:person_new"))
        submit(page, "Save")
        assert page.locator(".error-summary, .error-message").count(), "person_new with errors"
        accessible(page, "person_new with errors")

        page.goto(base + reverse("clerk:location_new"))
        submit(page, "Save")
        assert page.locator(".error-summary, .error-message").count(), "location_new with errors"
        accessible(page, "location_new with errors")
    finally:
        context.close()
