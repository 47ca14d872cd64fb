import csv
import io
from datetime import date, timedelta

from django.utils import timezone

from moot.meetings.choices import InterestKind, PersonRoleKind
from moot.meetings.members import Party, PersonRole, Ward
from moot.meetings.models import Declaration
from tests.factories import (
    make_committee,
    make_exempt_item,
    make_item,
    make_meeting,
    make_membership,
    make_person,
)


def records(council):
    lab = Party.objects.create(
        body=council.body, name="Labour Group", short_name="Lab", colour="#d50000"
    )
    ind = Party.objects.create(body=council.body, name="Independents", short_name="Ind")
    north = Ward.objects.create(body=council.body, name="Northfield")
    south = Ward.objects.create(body=council.body, name="Southgate")
    for person, party, ward in (
        (council.ann, lab, north),
        (council.bob, ind, south),
        (council.cat, lab, south),
    ):
        person.party, person.ward = party, ward
        person.save()
    return lab, ind, north, south


def test_it_lists_councillors_by_name_with_their_party_and_ward(client, council):
    records(council)
    page = client.get("/councillors/").content.decode()
    assert page.index("Ann Able") < page.index("Bob Brown") < page.index("Cat Cole")
    assert "Labour Group" in page and "Northfield" in page


def test_it_filters_the_directory_by_party_and_by_ward(client, council):
    lab, _ind, _north, south = records(council)
    by_party = client.get("/councillors/", {"party": lab.pk}).content.decode()
    assert "Ann Able" in by_party and "Cat Cole" in by_party and "Bob Brown" not in by_party
    by_ward = client.get("/councillors/", {"ward": south.pk}).content.decode()
    assert "Bob Brown" in by_ward and "Ann Able" not in by_ward


def test_it_groups_the_directory_by_ward(client, council):
    records(council)
    page = client.get("/councillors/", {"by": "ward"}).content.decode().split("</form>")[1]
    assert page.index("Northfield") < page.index("Ann Able") < page.index("Southgate")


def test_the_councillor_page_shows_the_published_record_and_never_the_private_email(
    client, council
):
    records(council)
    ann = council.ann
    ann.public_email = "cllr.able@council.example"
    ann.public_phone = "01234 567890"
    ann.term_start = ann.term_end = None
    ann.save()
    PersonRole.objects.create(person=ann, kind=PersonRoleKind.LEADER, title="Leader of the Council")
    page = client.get(ann.get_absolute_url())
    text = page.content.decode()
    assert page.status_code == 200
    assert "cllr.able@council.example" in text and "01234 567890" in text
    assert "ann@private.example" not in text
    assert "Leader of the Council" in text and "Labour Group" in text and "Northfield" in text
    assert "Planning Committee" in text and "2025/26" in text


def test_the_councillor_page_shows_declarations_only_from_published_minutes_and_public_items(
    client, council
):
    public = make_item(council.second, title="Land at Mill Lane")
    exempt = make_exempt_item(council.second, title="Sale of the depot")
    unpublished = make_item(council.unpublished, title="Bus station")
    for item, nature in (
        (public, "owns a house nearby"),
        (exempt, "CANARY-EXEMPT"),
        (unpublished, "CANARY-DRAFT"),
    ):
        Declaration.objects.create(
            item=item, person=council.ann, kind=InterestKind.OTHER_REGISTRABLE, nature=nature
        )
    text = client.get(council.ann.get_absolute_url()).content.decode()
    assert "owns a house nearby" in text
    assert "CANARY-EXEMPT" not in text and "CANARY-DRAFT" not in text


def test_the_councillor_page_shows_attendance_statistics(client, council):
    text = client.get(council.bob.get_absolute_url(), {"year": 2025}).content.decode()
    assert "50%" in text


def test_the_old_person_address_moves_to_the_councillor_page(client, council):
    response = client.get(f"/people/{council.ann.slug}/")
    assert response.status_code == 301
    assert response["Location"] == council.ann.get_absolute_url()


def test_the_whole_council_attendance_table_is_html_and_csv(client, council):
    page = client.get("/councillors/attendance/", {"year": 2025}).content.decode()
    assert "Bob Brown" in page and "Planning Committee" in page
    response = client.get("/councillors/attendance.csv", {"from": "2025-05-01", "to": "2026-04-30"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    bob = next(r for r in rows if r["name"] == "Bob Brown")
    assert (
        bob["expected"],
        bob["present"],
        bob["apologies"],
        bob["absent"],
        bob["present_percent"],
    ) == ("2", "1", "1", "0", "50")
    sam = next(r for r in rows if r["name"] == "Sam Stand")
    assert sam["present_as_substitute"] == "1"
    assert "ann@private.example" not in response.content.decode()


def test_a_councillors_calendar_holds_the_meetings_of_their_committees(client, council):
    soon = timezone.now() + timedelta(days=30)
    ours = make_meeting(council.committee, start=soon, published=False)
    theirs = make_meeting(make_committee(), start=soon, published=False)
    response = client.get(f"/councillors/{council.ann.slug}/meetings.ics")
    assert response.status_code == 200
    assert f"meetings/{ours.pk}/".encode() in response.content
    assert f"meetings/{theirs.pk}/".encode() not in response.content


def test_the_directory_and_the_attendance_table_take_a_fixed_number_of_queries(
    client, council, django_assert_num_queries
):
    records(council)
    for n in range(5):
        make_membership(make_person(name=f"Extra {n}"), council.committee)
    # The people, the parties, the wards and the site's brand.
    with django_assert_num_queries(4):
        client.get("/councillors/", {"by": "party"})
    # The first body, its annual meetings, the statistics (two), the people, the committees
    # and the site's brand.
    with django_assert_num_queries(7):
        client.get("/councillors/attendance/", {"year": 2025})


def test_the_attendance_table_takes_a_period_of_dates(client, council):
    page = client.get("/councillors/attendance/", {"from": "2025-09-01", "to": "2025-12-31"})
    text = page.content.decode()
    assert "From Monday 1 September 2025 to Wednesday 31 December 2025" in text
    assert 'value="2025-09-01"' in text


def test_the_councillor_page_lists_posts_under_the_municipal_year_they_start_in(client, council):
    PersonRole.objects.create(
        person=council.ann,
        kind=PersonRoleKind.CABINET,
        title="Cabinet Member for Parks",
        start=date(2024, 6, 1),
    )
    text = client.get(council.ann.get_absolute_url()).content.decode()
    year = text.index('<h3 class="heading-m">2024/25</h3>')
    assert year < text.index("Cabinet Member for Parks") < text.index("Year not recorded")
