"""Units are read a batch of ids at a time: by their range when the ids fill most of it, by
the list otherwise; either way exactly the units of the ids asked for."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot.search.units import document_units, item_units
from tests.factories import make_decision, make_document, make_item, make_meeting

pytestmark = pytest.mark.django_db


def _units(build, ids):
    with CaptureQueriesContext(connection) as queries:
        built = {owner: sorted(u.key for u in units) for owner, units in build(ids)}
    return built, [q["sql"] for q in queries]


def test_a_dense_batch_is_read_by_its_range_and_gives_only_the_ids_asked_for():
    meeting = make_meeting()
    items = [make_item(meeting, title=f"Item {n}", minutes=f"<p>Minutes {n}</p>") for n in range(5)]
    for item in items:
        make_decision(item, f"RESOLVED that item {item.pk} be noted.")
    asked = [items[0].pk, items[1].pk, items[3].pk, items[4].pk]  # items[2] left out
    built, sql = _units(item_units, asked)
    assert list(built) == [f"item:{pk}" for pk in asked]
    for pk in asked:
        alone, _ = _units(item_units, [pk])
        assert built[f"item:{pk}"] == alone[f"item:{pk}"]
        assert any(key.endswith(":decision") for key in built[f"item:{pk}"])
    listed = ", ".join(map(str, asked))
    assert not any(listed in q for q in sql)  # by the range, not the list of ids


def test_scattered_ids_are_read_by_their_list():
    meeting = make_meeting()
    first = make_item(meeting, title="First")
    for n in range(6):
        make_item(meeting, title=f"Between {n}")
    last = make_item(meeting, title="Last")
    built, sql = _units(item_units, [first.pk, last.pk])
    assert list(built) == [f"item:{first.pk}", f"item:{last.pk}"]
    assert any(f"{first.pk}, {last.pk}" in q for q in sql)


def test_documents_in_a_dense_batch_are_those_asked_for():
    meeting = make_meeting()
    docs = [
        make_document(meeting, title=f"Report {n}", text=f"Page of report {n}") for n in range(4)
    ]
    asked = [docs[0].pk, docs[2].pk, docs[3].pk]
    built, _ = _units(document_units, asked)
    assert list(built) == [f"document:{pk}" for pk in asked]
    assert all(built[f"document:{pk}"] for pk in asked)


def test_units_read_from_rows_keep_their_texts_and_survive_pickling():
    """Items are read as rows, not model instances, and units cross to the rebuild's process
    pickled (their acronyms as tuples): what arrives is the unit that was built."""
    import pickle

    meeting = make_meeting()
    item = make_item(
        meeting,
        title="CCTV in the town centre",
        agenda_text="<p>A report on CCTV and the ASB team.</p>",
        minutes="<p>Members asked about the CSP.</p>",
    )
    make_decision(item, "RESOLVED that the CCTV report be noted.")
    ((_, units),) = item_units([item.pk])
    by_kind = {u.kind: u for u in units}
    assert by_kind["agenda"].title == "CCTV in the town centre"
    assert by_kind["agenda"].body == "A report on CCTV and the ASB team."
    assert by_kind["agenda"].acronyms == {"CCTV", "ASB"}
    assert by_kind["minutes"].body == "Members asked about the CSP."
    assert "RESOLVED that the CCTV report be noted." in by_kind["decision"].body
    back = pickle.loads(pickle.dumps(units, protocol=pickle.HIGHEST_PROTOCOL))  # noqa: S301
    assert back == units
    assert all(isinstance(u.acronyms, set) and isinstance(u.secret_acronyms, set) for u in back)
