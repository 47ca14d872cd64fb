"""The OParl importer keeps what the source has: results without a resolution text, the files
of an agenda item, a body with one malformed optional field, a meeting of a committee the
server does not serve; what it skips is counted and named; bad input names the object."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from moot.importers.models import ImportRun
from moot.meetings.choices import DecisionKind, DocumentKind
from moot.meetings.models import Body, Committee, Decision, Document, Item, Meeting, Person
from tests.api import test_import_oparl as served
from tests.api.test_import_oparl import EXAMPLE_HOST, T, _run, example

pytestmark = pytest.mark.django_db

server = served.server  # the local OParl server serving the official examples


def _file(n: int, name: str) -> dict:
    return {
        "id": f"{EXAMPLE_HOST}/files/{n}",
        "type": T + "File",
        "name": name,
        "fileName": f"{n}.pdf",
        "mimeType": "application/pdf",
        "accessUrl": f"{EXAMPLE_HOST}/files/{n}.pdf",
    }


def test_it_keeps_a_result_without_a_resolution_text_as_the_items_decision(server):
    meeting = example("Meeting")
    del meeting["agendaItem"][0]["resolutionText"]
    meeting["agendaItem"][0]["result"] = "Beschlossen"
    server.listing("/body/0/meetings/", [meeting])
    report = _run(server)
    assert report.failed == []
    [decision] = Decision.objects.filter(item__source="oparl")
    assert (decision.kind, decision.text) == (DecisionKind.AGREED, "Beschlossen")


def test_it_keeps_an_items_resolution_file_and_auxiliary_files_given_as_one_object(server):
    meeting = example("Meeting")
    meeting["agendaItem"][0]["resolutionFile"] = _file(901, "Beschluss")
    meeting["agendaItem"][0]["auxiliaryFile"] = _file(902, "Anlage 1")  # one, not a list
    server.listing("/body/0/meetings/", [meeting])
    report = _run(server)
    assert report.failed == []
    item = Item.objects.get(source="oparl")
    kept = {d.title: d.kind for d in Document.objects.filter(item=item)}
    assert kept == {"Beschluss": DocumentKind.OTHER, "Anlage 1": DocumentKind.APPENDIX}


def test_a_website_without_a_scheme_is_a_warning_naming_the_object_and_field(server):
    body = example("Body") | {"website": "www.beispielstadt.de"}
    server.listing("/bodies", [body])
    report = _run(server)
    assert report.failed == []
    assert Body.objects.get(source="oparl").website == ""
    assert any(
        w.startswith(f"Body {server.base}/body/0: website") and "www.beispielstadt.de" in w
        for w in report.warnings
    ), report.warnings
    assert Meeting.objects.filter(source="oparl").exists()  # the body's lists were read


def test_a_meeting_of_a_committee_the_server_does_not_serve_gets_a_placeholder(server):
    meeting = example("Meeting") | {"organization": [f"{EXAMPLE_HOST}/organization/404"]}
    server.listing("/body/0/meetings/", [meeting])
    report = _run(server)
    assert report.failed == []
    stored = Meeting.objects.get(source="oparl")
    assert stored.committee.name == "Finanzausschusses"
    assert stored.committee.external_id == f"{server.base}/organization/404"
    assert any(
        f"Meeting {server.base}/meeting/281" in w and "placeholder committee" in w
        for w in report.warnings
    ), report.warnings


def test_the_closing_report_counts_and_names_every_object_skipped(server):
    out = io.StringIO()
    call_command(
        "import_oparl",
        server.base + "/",
        "--interval",
        "0",
        "--no-documents",
        verbosity=0,
        stdout=out,
    )
    text = out.getvalue()
    # The example person's two memberships name organisations the server does not serve; the
    # paper's agenda item is not served either, and the file list's file has no meeting.
    assert "4 objects skipped (1 File, 2 Membership, 1 Paper)" in text, text
    assert f"skipped: Membership {server.base}/memberships/385" in text
    assert f"skipped: File {server.base}/files/57737" in text
    kept = ImportRun.objects.get(source="oparl:run").report  # and the run keeps them
    assert len(kept["skipped"]) == 4 and kept["warnings"] == []


def test_a_membership_given_as_a_number_names_the_person_and_writes_nothing_of_it(server):
    person = example("Person") | {"membership": 5}
    server.listing("/body/0/persons/", [person])
    report = _run(server)
    assert any(
        f.startswith(f"Person {server.base}/person/29") and "membership" in f for f in report.failed
    ), report.failed
    assert not Person.all_objects.filter(source="oparl").exists()
    assert Committee.objects.filter(source="oparl").exists()  # the rest went on


def test_json_nested_too_deep_names_the_page_and_writes_nothing_of_it(server):
    depth = 100_000
    server.add("/body/0/meetings/", b'{"data": ' + b"[" * depth + b"]" * depth + b"}")
    report = _run(server)
    assert any(
        f"{server.base}/body/0/meetings/" in f and "nested too deep" in f for f in report.failed
    ), report.failed
    assert not Meeting.all_objects.exists()


def test_the_interval_may_be_0_for_your_own_server_but_never_negative(server):
    out = io.StringIO()
    call_command(
        "import_oparl",
        server.base + "/",
        "--interval",
        "0",
        "--no-documents",
        verbosity=0,
        stdout=out,
    )
    assert "created" in out.getvalue()
    with pytest.raises(CommandError, match="0 or more"):
        call_command("import_oparl", server.base + "/", "--interval", "-1", verbosity=0)


def test_an_agenda_item_read_from_the_list_keeps_its_place_in_its_meeting(server):
    meeting = example("Meeting")
    first = meeting["agendaItem"][0]
    second = first | {"id": f"{EXAMPLE_HOST}/agendaitem/3272", "name": "Zweiter", "order": 5}
    meeting["agendaItem"] = [first | {"order": 1}, second]
    server.listing("/body/0/meetings/", [meeting])
    # The list's copy has no order and a new name: it is read again, and keeps its place.
    listed = {k: v for k, v in second.items() if k != "order"} | {"name": "Zweiter Punkt"}
    server.listing("/body/0/agendaItems/", [listed])
    report = _run(server)
    assert report.failed == []
    item = Item.objects.get(external_id=f"{server.base}/agendaitem/3272")
    assert (item.title, item.position) == ("Zweiter Punkt", 5)


def test_malformed_optional_fields_are_warnings_and_the_objects_are_kept(server):
    meeting = example("Meeting") | {"end": "later that day"}
    meeting["invitation"] = meeting["invitation"] | {"size": "82 KB", "date": "08.01.2012"}
    meeting["agendaItem"][0]["order"] = "zehn"
    server.listing("/body/0/meetings/", [meeting])
    organization = example("Organization") | {"endDate": "unbefristet"}
    server.listing("/body/0/organizations/", [organization])
    report = _run(server)
    assert report.failed == []
    stored = Meeting.objects.get(source="oparl")
    assert stored.end is None and stored.committee.active
    assert Document.objects.get(source="oparl", kind=DocumentKind.AGENDA).size_bytes is None
    assert Item.objects.get(source="oparl").position == 1
    warned = "\n".join(report.warnings)
    base = server.base
    for expected in (
        f"Meeting {base}/meeting/281: end 'later that day' is not a date-time; left out",
        f"File {base}/files/57739: size '82 KB' is not a number; left out",
        f"File {base}/files/57739: date '08.01.2012' is not a date; left out",
        f"AgendaItem {base}/agendaitem/3271: order 'zehn' is not a number",
        f"Organization {base}/organization/34: endDate 'unbefristet' is not a date; left out",
    ):
        assert expected in warned, warned
