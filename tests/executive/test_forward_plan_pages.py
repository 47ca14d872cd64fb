"""The public forward plan: only published entries, never the exempt detail of a private
decision; its Atom feed and iCalendar."""

from __future__ import annotations

from datetime import date

from django.test import Client

from moot.executive import plan_services as plan
from moot.executive.models import PlanException
from moot.meetings.members import Ward
from tests.executive.test_forward_plan import make_entry


def test_it_lists_only_published_entries_current_and_past(executive):
    maker = executive.cabinet_member
    make_entry(maker, matter="Rent setting 2027")
    make_entry(maker, matter="Draft not yet on the plan", first_published_on=None)
    taken = make_entry(maker, matter="Leisure centre contract", decision_on=date(2027, 1, 4))
    plan.take_entry(taken, date(2027, 1, 4))
    page = Client().get("/forward-plan/stockton/").content.decode()
    assert "Rent setting 2027" in page and "Leisure centre contract" in page
    assert "Draft not yet on the plan" not in page
    assert page.index("Past entries") < page.index("Leisure centre contract")


def test_an_unpublished_entry_has_no_public_page(executive):
    entry = make_entry(executive.cabinet_member, first_published_on=None)
    assert Client().get(f"/forward-plan/stockton/{entry.pk}/").status_code == 404


def test_a_private_entry_shows_its_paragraph_and_reason_never_the_exempt_detail(executive):
    ward_a = Ward.objects.create(body=executive.personas.body, name="Newtown")
    ward_b = Ward.objects.create(body=executive.personas.body, name="Oldtown")
    entry = make_entry(
        executive.cabinet_member,
        private=True,
        exempt_paragraphs=[3],
        private_reason="The bids of named contractors.",
        exempt_detail="Acme Ltd bid 1.2 million pounds",
        contact="Jo Clerk, democratic.services@example.org",
        representations_by=date(2027, 1, 10),
    )
    entry.wards.set([ward_a, ward_b])
    page = Client().get(f"/forward-plan/stockton/{entry.pk}/").content.decode()
    assert "paragraph 3" in page and "The bids of named contractors." in page
    assert "Acme Ltd" not in page
    assert "two or more wards" in page and "Sunday 10 January 2027" in page


def test_an_exception_is_published_on_the_entry(executive):
    entry = make_entry(executive.cabinet_member, decision_on=date(2027, 1, 5))
    plan.record_exception(
        entry, PlanException.URGENCY, "Storm damage to the sea wall", "Cllr Chair", date(2027, 1, 4)
    )
    page = Client().get(f"/forward-plan/stockton/{entry.pk}/").content.decode()
    assert "Special urgency (regulation 11)" in page
    assert "Cllr Chair, Monday 4 January 2027" in page and "Storm damage" in page


def test_the_feed_and_calendar_carry_published_entries_only(executive):
    maker = executive.cabinet_member
    make_entry(maker, matter="Rent setting 2027", decision_on=date(2027, 1, 20))
    make_entry(
        maker,
        matter="Secret draft",
        first_published_on=None,
        exempt_detail="Acme Ltd",
        private=True,
    )
    feed = Client().get("/forward-plan/stockton/feed.atom")
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert b"Rent setting 2027" in feed.content and b"Secret draft" not in feed.content
    ics = Client().get("/forward-plan/stockton/plan.ics")
    assert ics["Content-Type"].startswith("text/calendar")
    body = ics.content.decode()
    assert "DTSTART;VALUE=DATE:20270120" in body and "Rent setting 2027" in body
    assert "Secret draft" not in body and "Acme" not in body


def test_the_export_has_published_entries_without_the_exempt_detail(executive, tmp_path):
    import json

    from moot.api.export import write_export

    make_entry(
        executive.cabinet_member,
        matter="Leisure contract",
        private=True,
        exempt_paragraphs=[3],
        private_reason="Bids.",
        exempt_detail="Acme Ltd bid",
    )
    make_entry(executive.cabinet_member, matter="Secret draft", first_published_on=None)
    manifest = write_export(tmp_path)
    assert manifest["tables"]["forwardPlanEntry"]["count"] == 1
    text = (tmp_path / "forwardPlanEntry.jsonl").read_text(encoding="utf-8")
    line = json.loads(text)
    assert line["matter"] == "Leisure contract" and line["exemptParagraphs"] == [3]
    assert line["decisionDate"] == "2027-01-20" and line["keyDecision"] is True
    assert "Acme" not in text and "Secret draft" not in text


def test_the_site_links_to_the_forward_plan_which_leads_to_the_bodys_plan(executive):
    make_entry(executive.cabinet_member)
    home = Client().get("/").content.decode()
    assert 'href="/forward-plan/"' in home
    response = Client().get("/forward-plan/")
    assert response.status_code == 302 and response["Location"] == "/forward-plan/stockton/"
