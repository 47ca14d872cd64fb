import ast
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import models as django_models
from django.test import Client

import moot.demo
from moot.demo.loader import load_demo
from moot.meetings.choices import MinutesState
from moot.meetings.models import (
    Action,
    Attendance,
    Committee,
    Decision,
    Declaration,
    Document,
    Item,
    Meeting,
    Membership,
    ReferenceCounter,
    Revision,
)

pytestmark = pytest.mark.django_db


def test_the_demo_loads_the_seed_and_the_records_around_it():
    counts = load_demo()
    seed = Meeting.objects.get(pk=counts["seed_meeting"])
    assert seed.items.count() == 11
    # The partnership, the board and the licensing committee; the Cabinet and the scrutiny
    # committee of the executive (moot/demo/executive.py).
    assert Committee.objects.count() == 5
    assert Meeting.objects.filter(committee=seed.committee).count() >= 3
    assert Membership.objects.filter(committee=seed.committee).exclude(organisation="").count() >= 8
    # The earlier meeting's minutes are the ones the seed agreed.
    assert seed.items.get(position=3).approves_meetings.count() == 1
    # July's DAPO item takes up the seed's SSP/5/25 again: its page shows the matter's history.
    dapo = Item.objects.get(title__startswith="Domestic Abuse Protection Orders")
    assert dapo.continues == seed.items.get(reference="SSP/5/25")
    # Some documents are held as real files, and the published meetings have their papers.
    assert Document.objects.exclude(file="").filter(page_count__gte=1).exists()
    assert Document.objects.filter(meeting=seed, kind="pack").exists()
    assert Document.objects.filter(meeting=seed, kind="minutes", item__isnull=True).exists()


def test_loading_the_demo_twice_changes_nothing():
    load_demo(papers=False)
    counts = (Meeting.objects.count(), Item.objects.count(), Document.objects.count())
    load_demo(papers=False)
    assert (Meeting.objects.count(), Item.objects.count(), Document.objects.count()) == counts


SAMPLE_NOTE = "Sample data: this meeting is made up for the demo"


@pytest.fixture
def demo():
    counts = load_demo(papers=False)
    return Meeting.objects.select_related("committee").get(pk=counts["seed_meeting"])


def test_it_keeps_the_real_meeting_as_its_published_page_records_it(demo):
    # The page records no attendance and no actions: the demo adds none to the real meeting.
    assert demo.attendances.count() == 0
    assert Action.objects.filter(item__meeting=demo).count() == 0
    assert Declaration.objects.filter(item__meeting=demo).count() == 0
    # Its decisions and documents are the page's own.
    assert set(Decision.objects.filter(item__meeting=demo).values_list("source", flat=True)) == {
        "moderngov_page"
    }
    assert set(Document.objects.filter(meeting=demo).values_list("source", flat=True)) == {
        "moderngov_page"
    }
    # The page does not say when its minutes were approved; no made-up meeting approves them.
    assert demo.minutes_approved_at_item is None
    assert not demo.approved_by_items.exists()
    assert demo.contact_email == "" and demo.contact_phone == ""


def test_it_puts_the_made_up_attendance_on_a_made_up_meeting(demo):
    made_up = Meeting.objects.filter(committee=demo.committee, source="demo")
    assert Attendance.objects.filter(meeting__in=made_up).count() >= 5


def test_it_marks_every_made_up_meeting_as_sample_data_and_the_real_one_as_imported(client, demo):
    made_up = Meeting.objects.exclude(pk=demo.pk)
    assert made_up.count() >= 6
    for meeting in made_up:
        assert meeting.source == "demo"
        assert SAMPLE_NOTE in client.get(meeting.get_absolute_url()).content.decode()
    page = client.get(demo.get_absolute_url()).content.decode()
    assert SAMPLE_NOTE not in page
    assert "imported from its published page" in page


def test_the_demo_site_says_on_every_page_that_its_records_are_sample_data(client, demo, settings):
    settings.DEMO_SITE = True
    for url in ("/", demo.committee.get_absolute_url(), demo.get_absolute_url(), "/search"):
        assert "This is a demonstration site" in client.get(url).content.decode(), url
    settings.DEMO_SITE = False
    assert "This is a demonstration site" not in client.get("/").content.decode()


def test_the_real_meeting_says_how_to_ask_for_a_paper_not_held_online(client, demo):
    page = client.get(demo.get_absolute_url()).content.decode()
    assert "no copy held online" in page  # the page lists papers Moot holds no file of
    email = demo.committee.contact_email
    assert email.endswith("@example.org")
    assert f'href="mailto:{email}"' in page


def test_the_demo_makes_its_sign_ins_once():
    accounts = load_demo(papers=False)["accounts"]
    assert [a["role"] for a in accounts] == ["clerk", "committee member", "administrator"]
    assert all(a["username"] and len(a["password"]) >= 12 for a in accounts)
    assert load_demo(papers=False)["accounts"] == []


def test_each_demo_sign_in_works_and_the_member_sees_an_exempt_paper(client):
    accounts = {a["role"]: a for a in load_demo(papers=False)["accounts"]}
    exempt = Document.objects.get(restriction="exempt", meeting__source="demo")
    assert client.get(exempt.get_absolute_url()).status_code == 404  # not to the public

    for role, path, status in [
        ("clerk", "/clerk/", 200),
        ("committee member", exempt.get_absolute_url(), 200),
        ("administrator", "/admin/", 200),
    ]:
        account = accounts[role]
        signed_in = Client()
        response = signed_in.post(
            "/accounts/login/",
            {"login": account["username"], "password": account["password"]},
        )
        assert response.status_code == 302, role
        assert signed_in.get(path).status_code == status, role
    member = get_user_model().objects.get(username=accounts["committee member"]["username"])
    assert not member.is_staff and not member.clerk_roles.exists()


def test_moot_demo_prints_the_sign_ins_and_where_to_sign_in_once(monkeypatch, tmp_path, settings):
    from moot.demo.management.commands import demo as command

    monkeypatch.setattr(command, "load_demo", lambda: load_demo(papers=False))
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    first, second = StringIO(), StringIO()
    call_command("demo", "--no-serve", "--addr", "127.0.0.1:8104", stdout=first)
    call_command("demo", "--no-serve", "--addr", "127.0.0.1:8104", stdout=second)
    printed = first.getvalue()
    assert "Sign in at http://127.0.0.1:8104/accounts/login/" in printed
    for user in get_user_model().objects.all():
        assert user.username in printed
    assert "password" in printed
    assert "Sign in at" not in second.getvalue()


@pytest.fixture
def serve(monkeypatch, tmp_path, settings):
    """Run ``moot demo`` up to the point where it would serve; record how it would."""
    from moot.demo.management.commands import demo as command

    settings.DEBUG = True  # as the environment's default leaves it
    settings.DEMO_SITE = False
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    monkeypatch.setattr(command, "load_demo", lambda: load_demo(papers=False))
    served = {}

    def fake_call_command(name, *args, **options):
        if name == "runserver":
            served.update(options, addr=args[0], debug=settings.DEBUG, demo=settings.DEMO_SITE)
        elif name == "migrate":
            call_command(name, *args, **options)

    monkeypatch.setattr(command, "call_command", fake_call_command)

    def run(*args, environ=None):
        monkeypatch.delenv("MOOT_DEBUG", raising=False)
        for key, value in (environ or {}).items():
            monkeypatch.setenv(key, value)
        call_command("demo", "--addr", "127.0.0.1:8104", *args, stdout=StringIO())
        return served

    return run


def test_moot_demo_serves_with_debug_off_and_its_static_files_still_served(serve):
    served = serve()
    assert served["addr"] == "127.0.0.1:8104"
    assert served["debug"] is False  # Moot's own 404 and 500 pages, not Django's debug pages
    assert served["insecure_serving"] is True  # static files without DEBUG, for the demo only
    assert served["demo"] is True


def test_moot_demo_serves_with_debug_on_when_asked(serve):
    assert serve("--debug")["debug"] is True


def test_moot_demo_serves_with_debug_on_when_the_environment_asks(serve):
    assert serve(environ={"MOOT_DEBUG": "true"})["debug"] is True


def test_moot_demo_builds_links_on_the_address_it_serves_on(monkeypatch, tmp_path, settings):
    from moot import site
    from moot.demo.management.commands import demo as command

    settings.SITE_URL = ""
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    seen = []

    def load():
        seen.append(site.site_url())  # what papers printed while loading link to
        return load_demo(papers=False)

    monkeypatch.setattr(command, "load_demo", load)
    try:
        call_command("demo", "--no-serve", "--addr", "localhost:8104", stdout=StringIO())
        assert seen == ["http://localhost:8104"]
        settings.SITE_URL = "https://democracy.example.gov.uk"
        call_command("demo", "--no-serve", "--addr", "8105", stdout=StringIO())
        assert seen[-1] == "https://democracy.example.gov.uk"
    finally:
        site.use_site_url(None)


# Writes that bypass the write services (no history, no announcement of the change).
DIRECT_WRITES = {"create", "bulk_create", "get_or_create", "update_or_create", "update", "delete"}


def _direct_domain_writes(path: Path) -> list[str]:
    """``Model.objects.create(…)`` and the like on the domain's models, and any ``.save(…)``,
    in the module at ``path``, as "file:line: call"."""
    from moot.meetings import models as domain

    names = {
        name
        for name, value in vars(domain).items()
        if isinstance(value, type) and issubclass(value, django_models.Model)
    }
    offenders = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        call = node.func.attr
        root = node.func.value
        while isinstance(root, ast.Attribute | ast.Call):
            root = root.func if isinstance(root, ast.Call) else root.value
        on_domain = isinstance(root, ast.Name) and root.id in names
        if call == "save" or (call in DIRECT_WRITES and on_domain):
            offenders.append(f"{path.name}:{node.lineno}: {ast.unparse(node.func)}(…)")
    return offenders


def test_the_demo_writes_its_archive_only_through_the_write_services():
    demo_package = Path(moot.demo.__file__).parent
    offenders = [
        line
        for module in ("loader.py", "accounts.py")
        for line in _direct_domain_writes(demo_package / module)
    ]
    assert offenders == []


def test_the_demo_keeps_the_history_of_its_meetings_minutes(demo):
    made_up = Meeting.objects.filter(source="demo")
    published = made_up.exclude(minutes_state=MinutesState.NONE)
    assert published.count() >= 4
    for meeting in published:
        # Stated by the demo as the made-up source of the record, with its own dates.
        made = Revision.objects.filter(meeting=meeting, action="create", origin="demo")
        assert made.filter(changes__has_key="minutes_published_at").exists(), meeting
    approved = made_up.filter(minutes_state=MinutesState.APPROVED)
    # March's approved by the seed's import (the page agrees them), June's at a made-up meeting.
    assert approved.count() >= 2
    for meeting in approved:
        assert meeting.minutes_approved_at_item is not None, meeting
        approval = Revision.objects.filter(meeting=meeting, action="approve_minutes")
        assert approval.exists(), meeting


def test_the_demo_numbers_its_agendas_as_publishing_does(demo):
    # References come from the committee's counter as the agenda is published, so the next
    # agenda a clerk publishes carries on from the demo's.
    july = Meeting.objects.get(committee=demo.committee, start__date=date(2025, 7, 16))
    references = list(july.items.order_by("position").values_list("reference", flat=True))
    assert references == [f"SSP/{n}/25" for n in range(12, 20)]
    counter = ReferenceCounter.objects.get(committee=demo.committee, year=2025)
    assert counter.last == 19


def test_moot_demo_says_once_which_seed_reports_are_not_online(tmp_path, settings, capsys):
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    out = StringIO()
    call_command("demo", "--no-serve", "--addr", "127.0.0.1:8104", stdout=out)
    printed = out.getvalue() + capsys.readouterr().err
    assert "Paper left out" not in printed
    assert "3 report(s) of the seed meeting are not held online" in printed


def test_the_demo_has_made_up_councillors_with_parties_wards_and_posts(client, demo):
    from moot.meetings.members import Party, Ward

    assert Party.objects.count() >= 2 and Ward.objects.count() >= 3
    page = client.get("/councillors/?by=party").content.decode()
    assert "Riverside Independents" in page and "Helen Marsh" in page
    marsh = client.get("/councillors/helen-marsh/").content.decode()
    assert "Chair of the Safer Stockton Partnership" in marsh and "Northfield" in marsh
    assert demo.committee.quorum == 3


def test_the_demo_writes_its_councillors_only_through_the_write_services():
    path = Path(moot.demo.__file__).parent / "councillors.py"
    assert _direct_domain_writes(path) == []
