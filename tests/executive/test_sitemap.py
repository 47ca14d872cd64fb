"""The sitemap lists the executive's published pages and the browsing pages beside the
meetings: the decisions register, the calendar, each published decision notice, each forward
plan and its published entries, the register of interests — never a draft or withdrawn
notice, nor an entry not yet on the public plan."""

from __future__ import annotations

from datetime import date

import pytest

from moot.executive import notice_services, plan_services
from moot.executive.models import PlanEntry
from tests.executive.conftest import make_notice
from tests.portal.sitemap_pages import locations


def _locations(client) -> set[str]:
    return locations(client)


@pytest.fixture
def published(executive):
    body = executive.personas.body
    notice = notice_services.publish_notice(make_notice(executive.officer, title="Published"))
    draft = make_notice(executive.officer, title="Draft")
    withdrawn = notice_services.publish_notice(make_notice(executive.officer, title="Gone"))
    notice_services.withdraw_notice(withdrawn)
    on_plan = plan_services.save_entry(
        PlanEntry(
            body=body,
            maker=executive.cabinet_member,
            matter="Allocation of the homelessness grant",
            decision_on=date(2027, 3, 1),
            key_decision=True,
        ),
        publish=True,
    )
    unpublished = plan_services.save_entry(
        PlanEntry(
            body=body,
            maker=executive.cabinet_member,
            matter="Not yet on the plan",
            decision_on=date(2027, 4, 1),
        )
    )
    return {
        "notice": notice,
        "draft": draft,
        "withdrawn": withdrawn,
        "on_plan": on_plan,
        "unpublished": unpublished,
        "body": body,
    }


def test_it_lists_the_executive_and_browsing_pages(client, published):
    found = _locations(client)
    assert {
        "/decisions/",
        "/calendar/",
        "/executive-decisions/",
        "/register-of-interests/",
        published["notice"].get_absolute_url(),
        f"/forward-plan/{published['body'].slug}/",
        published["on_plan"].get_absolute_url(),
    } <= found
    for hidden in ("draft", "withdrawn", "unpublished"):
        assert published[hidden].get_absolute_url() not in found, hidden


def test_every_page_it_lists_is_there_for_the_public(client, published):
    for path in sorted(_locations(client)):
        assert client.get(path).status_code == 200, path
