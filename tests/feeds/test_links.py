"""Pages advertise their feeds, and the alert form can be placed on any page."""

from __future__ import annotations

from django.template import Context, Template
from django.test import RequestFactory


def render(source: str, **context) -> str:
    request = RequestFactory().get("/")
    return Template(source).render(Context({"request": request, **context}))


def test_the_alternate_links_name_the_site_feeds(db):
    html = render('{% include "feeds/alternate_links.html" %}')
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/feeds/atom.xml"' in html
    assert '<link rel="alternate" type="text/calendar"' in html
    assert 'href="/feeds/meetings.ics"' in html


def test_the_alternate_links_of_a_committee_add_its_feeds(committee):
    html = render("{% load feeds %}{% feed_links committee %}", committee=committee)
    assert 'href="/feeds/committees/ssp.atom"' in html
    assert 'href="/feeds/committees/ssp.ics"' in html
    assert 'title="Safer Stockton Partnership: agendas and minutes (Atom)"' in html


def test_the_alternate_links_of_a_meeting_and_a_search(meeting):
    html = render(
        '{% include "feeds/alternate_links.html" with meeting=meeting query=query %}',
        meeting=meeting,
        query="care home",
    )
    assert f'href="/feeds/meetings/{meeting.pk}.ics"' in html
    assert 'href="/feeds/search.atom?q=care%20home"' in html


def signed_in():
    from types import SimpleNamespace

    return SimpleNamespace(is_authenticated=True)


def test_the_subscribe_form_for_a_committee_posts_to_the_alerts_page(committee):
    html = render(
        '{% include "feeds/subscribe_form.html" with committee=committee %}',
        committee=committee,
        user=signed_in(),
    )
    assert 'action="/alerts/"' in html
    assert '<input type="hidden" name="committee" value="ssp">' in html
    assert '<label for="feeds-subscribe-email">' in html
    assert 'href="/alerts/privacy/"' in html


def test_the_subscribe_form_for_a_search_keeps_the_words(db):
    html = render(
        '{% include "feeds/subscribe_form.html" with query=q %}', q='"care home"', user=signed_in()
    )
    assert '<input type="hidden" name="q" value="&quot;care home&quot;">' in html


def test_a_reader_not_signed_in_is_sent_to_the_alerts_page_with_no_form_token(committee):
    """The page is shared from the page cache: a form token would be the first reader's."""
    html = render(
        '{% include "feeds/subscribe_form.html" with committee=committee %}', committee=committee
    )
    assert "<form" not in html and "csrfmiddlewaretoken" not in html
    assert '<a href="/alerts/?committee=ssp">Set up email alerts for Safer Stockton' in html
    html = render('{% include "feeds/subscribe_form.html" with query=q %}', q='"care home"')
    assert '<a href="/alerts/?q=%22care%20home%22">Set up email alerts for this search</a>' in html
