"""Fuzzing each importer with mutations of real input: whatever it is given, it either imports
or names what is wrong — never a traceback, and nothing of a refused object is written.

Bounded to a few seconds each (``max_examples``); the examples hypothesis finds failing are
kept in its database and tried first next time.
"""

from __future__ import annotations

import copy
import json

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moot.importers.models import ImportRun
from moot.importers.moderngov_page.importer import (
    InvalidPageData,
    MissingMeetingDetails,
    import_page,
)
from moot.importers.moderngov_page.parser import PageParseError
from moot.importers.moderngov_service.client import ServiceClient
from moot.importers.moderngov_service.importer import ServiceImporter
from moot.importers.moderngov_service.parser import (
    ServiceDataError,
    parse_committees,
    parse_meetings,
)
from moot.importers.oparl import parser as oparl
from moot.importers.oparl.client import OParlClient
from moot.importers.oparl.importer import OParlImporter
from moot.meetings.models import Committee, Decision, Document, Item, Meeting, Person
from tests.factories import make_body
from tests.imports.moderngov_server import recorded
from tests.samples import OPARL, SEED_PAGE

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(value, at=()):
    """Every place in a JSON value a mutation can go: (keys and indexes from the top)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield (*at, key)
            yield from _paths(inner, (*at, key))
    elif isinstance(value, list):
        for n, inner in enumerate(value):
            yield (*at, n)
            yield from _paths(inner, (*at, n))


def _mutate(value, path, replacement):
    value = copy.deepcopy(value)
    holder = value
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = replacement
    return value


def _example(name: str) -> dict:
    return json.loads((OPARL / "examples" / "1.1" / f"{name}-01.json").read_text(encoding="utf-8"))


def _counts() -> tuple[int, ...]:
    return tuple(model.all_objects.count() for model in (Meeting, Item, Document, Decision, Person))


@pytest.fixture
def oparl_importer():
    """An importer with the example body and committee in place and a server that serves
    nothing else (every further object answers 404)."""
    transport = httpx.MockTransport(lambda request: httpx.Response(404))
    client = OParlClient(min_interval=0, retries=1, backoff=0.01, transport=transport)
    importer = OParlImporter(client, fetch_documents=False)
    importer.body = importer._guard(_example("Body"), "Body", importer._body)
    importer._guard(_example("Organization"), "Organization", importer._dispatch)
    yield importer
    client.close()


@pytest.mark.parametrize("kind", ["Meeting", "Person", "Paper", "File", "Location"])
def test_the_oparl_importer_names_every_object_it_cannot_read(oparl_importer, kind):
    original = _example(kind)
    places = list(_paths(original))

    @FUZZ
    @given(place=st.sampled_from(places), replacement=JSON_VALUES)
    def check(place, replacement):
        obj = _mutate(original, place, replacement)
        report = oparl_importer.report
        failed = len(report.failed)
        before = _counts()
        oparl_importer._guard(obj, kind, oparl_importer._dispatch)  # never raises
        if len(report.failed) > failed:
            assert report.failed[-1].startswith(oparl.label(obj, kind)), report.failed[-1]
            assert _counts() == before, f"{report.failed[-1]} but rows were written"

    check()


@FUZZ
@given(data=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_oparl_json_is_read_or_refused_by_name(data):
    try:
        oparl.load(data, "https://ris.example.org/page")
    except oparl.OParlDataError as exc:
        assert str(exc).startswith("https://ris.example.org/page: ")


def _byte_mutations(original: bytes):
    """A span of the original cut, repeated or replaced by random bytes."""

    @st.composite
    def mutated(draw):
        start = draw(st.integers(0, len(original)))
        end = draw(st.integers(start, min(len(original), start + 200)))
        how = draw(st.sampled_from(["cut", "repeat", "replace"]))
        if how == "cut":
            middle = b""
        elif how == "repeat":
            middle = original[start:end] * draw(st.integers(2, 40))
        else:
            middle = draw(st.binary(max_size=40))
        return original[:start] + middle + original[end:]

    return mutated()


@FUZZ
@given(
    committees=_byte_mutations(recorded("lgsf_GetCommittees_manchester.xml")),
    meetings=_byte_mutations(recorded("lgsf_GetMeetings_manchester.xml")),
)
def test_the_moderngov_service_lists_are_read_or_refused_by_name(committees, meetings):
    for read in (parse_committees, lambda d: parse_meetings(d, "144")):
        try:
            read(committees if read is parse_committees else meetings)
        except ServiceDataError as exc:
            assert str(exc).startswith(("GetCommittees", "GetMeetings")), str(exc)


def test_the_moderngov_service_importer_names_every_meeting_it_cannot_keep():
    body = make_body(name="Manchester City Council", slug="manchester")
    client = ServiceClient("https://democracy.manchester.gov.uk", min_interval=0)
    importer = ServiceImporter(client, body=body, fetch_documents=False)
    committee = Committee.objects.create(
        body=body,
        name="Audit Committee",
        slug="audit",
        source="moderngov",
        external_id=importer.key("committee", "144"),
    )
    importer._committees["144"] = committee
    original = recorded("lgsf_GetMeeting_with_minutes_manchester.xml")

    @FUZZ
    @given(data=_byte_mutations(original))
    def check(data):
        failed = len(importer.report.failed)
        before = _counts()
        importer._one_meeting("4967", "144", data)  # never raises
        if len(importer.report.failed) > failed:
            assert "4967" in importer.report.failed[-1], importer.report.failed[-1]
            assert _counts() == before

    try:
        check()
    finally:
        client.close()


SEED_LINES = SEED_PAGE.read_text(encoding="utf-8").splitlines()


@st.composite
def _page_mutations(draw):
    """The seed page with a few lines cut, repeated, lengthened or replaced (chosen evenly:
    hypothesis's own choices favour the first lines and the first kinds)."""
    rnd = draw(st.randoms(use_true_random=False))
    lines = list(SEED_LINES)
    for _ in range(rnd.randint(1, 4)):
        at = rnd.randrange(min(10, len(lines)) if rnd.random() < 0.5 else len(lines))
        how = rnd.choice(["lengthen", "cut", "repeat", "replace"])
        if how == "cut":
            del lines[at]
        elif how == "repeat":
            lines[at:at] = [lines[at]] * rnd.randint(1, 5)
        elif how == "lengthen":
            lines[at] = lines[at] + (" " + lines[at]) * rnd.randint(5, 60)
        else:
            lines[at] = draw(st.text(max_size=80))
    return "\n".join(lines)


def test_the_page_importer_names_every_page_it_cannot_keep():
    body = make_body(name="Stockton-on-Tees Borough Council", slug="stockton")

    @settings(FUZZ, max_examples=25)
    @given(text=_page_mutations())
    def check(text):
        runs = ImportRun.objects.count()
        before = _counts()
        try:
            import_page("fuzzed.txt", body=body, text=text)
        except (PageParseError, MissingMeetingDetails, InvalidPageData) as exc:
            assert str(exc)
            assert ImportRun.objects.count() == runs and _counts() == before

    check()
