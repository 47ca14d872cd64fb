"""Every back-office address that takes a POST, found by walking the clerk's URLconf (so a new
view cannot be forgotten): the public is sent to sign in, a committee member is refused, a
clerk of another body finds nothing of this body, and a post without its CSRF token is refused
even from the body's own clerk. None of these posts changes anything."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, resolve, reverse

from moot.clerk import urls as clerk_urls
from moot.clerk.models import CirculationEntry, SummonsDelivery
from moot.executive.models import CallIn, DecisionMaker, DecisionNotice, PlanEntry
from moot.meetings.choices import ItemKind
from moot.meetings.members import Party, PersonRole, Ward
from moot.meetings.models import AnnualMeeting, Location, Membership, Person, Revision
from moot.meetings.services import (
    actions,
    attending,
    decisions,
    publishing,
    reports,
    scheduling,
)
from moot.quality.models import Dismissal
from tests.factories import local
from tests.portal.pdf import one_page_pdf

# Registers shared by every clerk (venues, people of no body yet, the dashboard): a clerk of
# another body may use them; everything else belongs to one body.
SHARED = {"dashboard", "people", "person_new", "locations", "location_new", "location"}


def _patterns(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _patterns(entry.url_patterns, prefix)
        elif isinstance(entry, URLPattern):
            yield entry


@pytest.fixture
def arguments(personas):
    """The URL arguments of this body's objects: by argument name, and per URL name where the
    name alone is ambiguous (``pk``, ``slug``)."""
    committee = personas.committee
    meeting = scheduling.schedule_meeting(committee, local(2030, 5, 15))
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    item = meeting.items.get(kind=ItemKind.AOB)
    document = reports.attach_document(
        meeting, one_page_pdf(), filename="r.pdf", title="Report", item=item
    )
    ann = Person.objects.get(name="Ann Member")
    declaration = attending.add_declaration(item, ann, "ori", nature="Governor")
    decision = decisions.add_decision(item, "AGREED to note.")
    action = actions.add_action(item, "Circulate the link", owner="Clerk")
    annual = AnnualMeeting.objects.create(body=personas.body, date=date(2030, 5, 21))
    location = Location.objects.create(name="Council Chamber")
    post = PersonRole.objects.create(person=ann, title="Cabinet Member for Housing")
    party = Party.objects.create(body=personas.body, name="Independent")
    ward = Ward.objects.create(body=personas.body, name="Norton North")
    maker = DecisionMaker.objects.create(
        body=personas.body, kind="member", title="Cabinet Member for Housing", slug="housing"
    )
    notice = DecisionNotice.objects.create(
        body=personas.body, maker=maker, title="Rents", decision="Set", taken_on=date(2030, 5, 1)
    )
    call_in = CallIn.objects.create(notice=notice, requested_by=ann, reasons="Reasons")
    plan_entry = PlanEntry.objects.create(
        body=personas.body,
        maker=maker,
        matter="Housing revenue account business plan",
        decision_on=date(2031, 1, 20),
        key_decision=True,
        over_threshold=True,
    )
    entry = CirculationEntry.objects.create(
        committee=committee, name="Olive Officer", email="olive@example.org"
    )
    delivery = SummonsDelivery.objects.create(
        meeting=meeting,
        kind="agenda",
        published_at=local(2030, 5, 1),
        recipient="Olive Officer",
        address="olive@example.org",
        status="failed",
    )
    dismissal = Dismissal.objects.create(
        meeting=meeting, check_kind="slip", fingerprint="a" * 64, text="rather then"
    )
    by_name = {
        "slug": personas.body.slug,
        "committee": committee.pk,
        "membership": Membership.objects.get(committee=committee).pk,
        "meeting": meeting.pk,
        "item": item.pk,
        "document": document.pk,
        "action": action.pk,
        "annual": annual.pk,
        "notice": notice.pk,
        "call_in": call_in.pk,
        "entry": entry.pk,
        "delivery": delivery.pk,
        "dismissal": dismissal.pk,
        "maker": maker.pk,
    }
    by_url = {
        "person": {"slug": ann.slug},
        "person_role": {"slug": ann.slug, "pk": post.pk},
        **{
            name: {"slug": ann.slug}
            for name in (
                "person_record",
                "person_standing",
                "person_contact",
                "person_photo",
                "person_role_new",
            )
        },
        "party": {"pk": party.pk},
        "ward": {"pk": ward.pk},
        "location": {"pk": location.pk},
        "declaration": {"pk": declaration.pk},
        "declaration_edit": {"pk": declaration.pk},
        "declaration_remove": {"pk": declaration.pk},
        "decision": {"pk": decision.pk},
        "decision_edit": {"pk": decision.pk},
        "decision_remove": {"pk": decision.pk},
        "action": {"pk": action.pk},
        "action_edit": {"pk": action.pk},
        "action_remove": {"pk": action.pk},
        # A forward plan entry's addresses name it "entry", as a circulation entry's do.
        **{
            name: {"entry": plan_entry.pk}
            for name in (
                "plan_entry",
                "plan_entry_edit",
                "plan_entry_publish",
                "plan_entry_move",
                "plan_entry_withdraw",
                "plan_entry_take",
                "plan_entry_exception",
            )
        },
    }
    return by_name, by_url


def every_url(arguments) -> list[tuple[str, str]]:
    by_name, by_url = arguments
    found = []
    for pattern in _patterns(clerk_urls.urlpatterns):
        names = list(pattern.pattern.regex.groupindex)
        given = {**{n: by_name[n] for n in names if n in by_name}, **by_url.get(pattern.name, {})}
        missing = [n for n in names if n not in given]
        assert not missing, f"Give this test an object for {pattern.name}: {missing}"
        found.append((pattern.name, reverse(f"clerk:{pattern.name}", kwargs=given)))
    return found


def _takes_posts(personas, arguments):
    """(name, url) of every clerk address that does not answer a POST with 405."""
    taking = [
        (name, url)
        for name, url in every_url(arguments)
        if personas.public.post(url, {}).status_code != 405
    ]
    assert len(taking) > 40  # each form of a page has an address of its own
    return taking


def test_the_public_is_sent_to_sign_in_by_every_post(personas, arguments):
    for name, url in _takes_posts(personas, arguments):
        response = personas.public.post(url, {})
        assert response.status_code == 302, name
        assert response["Location"].startswith("/accounts/login/?next="), name


def test_a_committee_member_is_refused_every_post(personas, arguments):
    for name, url in _takes_posts(personas, arguments):
        assert personas.member.post(url, {}).status_code == 403, name


def test_a_clerk_of_another_body_changes_nothing_of_this_body(personas, arguments):
    before = Revision.objects.count()
    for name, url in _takes_posts(personas, arguments):
        if name in SHARED:
            continue
        assert personas.other_clerk.post(url, {}).status_code in (403, 404), name
    assert Revision.objects.count() == before


def test_a_post_without_its_csrf_token_is_refused_even_from_the_clerk(personas, arguments):
    clerk = Client(enforce_csrf_checks=True)
    clerk.force_login(personas.clerk_user)
    before = Revision.objects.count()
    for name, url in _takes_posts(personas, arguments):
        assert clerk.post(url, {}).status_code == 403, name
    assert Revision.objects.count() == before


FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S)
ACTION = re.compile(r'action="([^"]*)"')


def _post_forms(page: str) -> list[tuple[str, str]]:
    """(action, inner html) of each POST form of a page, but the sign-out button."""
    found = []
    for attributes, inner in FORM.findall(page):
        if 'method="post"' not in attributes:
            continue
        action = ACTION.search(attributes)
        action = action.group(1).split("#")[0] if action else ""
        if action != reverse("logout"):
            found.append((action, inner))
    return found


def test_each_form_posts_to_an_address_of_its_own(personas, arguments):
    pages = 0
    for name, url in every_url(arguments):
        response = personas.clerk.get(url)
        if response.status_code == 405:
            continue
        assert response.status_code == 200, name
        forms = _post_forms(response.content.decode())
        assert all('name="form"' not in inner for _, inner in forms), name
        if len(forms) < 2:
            continue  # a one-form page may post to itself
        pages += 1
        actions = [action for action, _ in forms]
        for action in actions:
            assert action and action != url, f"{name}: a form posts to its page"
            match = resolve(action)
            assert match.namespace == "clerk", action
            # The form's own view takes nothing but its POST.
            assert personas.clerk.get(action).status_code == 405, action
    assert pages >= 6  # agenda builder, meeting details, item, document, record, membership…


def test_an_invalid_form_is_shown_again_with_its_errors_and_the_other_forms_fresh(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    item = meeting.items.get(kind=ItemKind.AOB)
    response = personas.clerk.post(
        reverse("clerk:item_restrict", args=[item.pk]),
        {"restrict-restriction": "exempt", "restrict-reason": "Named bidder."},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page and "Name the paragraph" in page
    # The item form beside it shows the item as saved, not the rejected post.
    assert f'value="{item.title}"' in page
    assert page.count("error-summary") == 1
