"""A document's acronyms, page by page, are worked out when its text is written and stored
beside it (``Document.text_acronyms``); the index reads them from there. Every way Moot writes
a document's text must fill them, and a missing or ill-fitting value is worked out afresh."""

from __future__ import annotations

import pytest

from moot.meetings.inserts import insert_objects
from moot.meetings.models import Document
from moot.meetings.services.upsert import upsert
from moot.search import indexer
from moot.search.service import search
from tests.factories import make_document

from .conftest import index_now

TEXT = "The DAPO pilot and the ONS data.\f\fThe MARAC met the CSPs; Ms Smith said so."
STORED = "DAPO ONS\f\fCSPs MARAC"


def stored(document: Document) -> str | None:
    return Document.all_objects.values_list("text_acronyms", flat=True).get(pk=document.pk)


def test_a_new_document_stores_the_acronyms_of_each_page(meeting):
    document = make_document(meeting, text=TEXT)
    assert stored(document) == STORED


def test_new_text_saved_alone_brings_its_acronyms_along(meeting):
    document = make_document(meeting, text="Nothing to speak of.")
    assert stored(document) == ""
    document.text = "First page.\fThe SEND review."
    document.save(update_fields=["text"])
    assert stored(document) == "\fSEND"


def test_saving_other_fields_leaves_them_alone(meeting):
    document = make_document(meeting, text=TEXT)
    Document.all_objects.filter(pk=document.pk).update(text_acronyms="KEPT")
    document.title = "Renamed"
    document.save(update_fields=["title"])
    assert stored(document) == "KEPT"


def test_bulk_writes_store_them_too(meeting):
    (created,) = Document.objects.bulk_create([Document(meeting=meeting, title="A", text=TEXT)])
    assert stored(created) == STORED
    inserted = Document(meeting=meeting, title="B", text=TEXT, source="t", external_id="b")
    insert_objects(Document, [inserted])
    assert stored(inserted) == STORED


def test_an_import_that_changes_the_text_stores_the_new_acronyms(meeting):
    def imported(text: str) -> Document:
        values = {"meeting": meeting, "title": "Report", "text": text}
        return upsert(Document, source="t", external_id="r", values=values, origin="import:t").obj

    first = imported(TEXT)
    assert stored(first) == STORED
    second = imported("A page on the YOT.\fAnd one on the NHS.")
    assert second.pk == first.pk
    assert stored(second) == "YOT\fNHS"


@pytest.mark.parametrize("value", [None, "DAPO", "WRONG\fWRONG\fWRONG\fWRONG"])
def test_a_missing_or_ill_fitting_value_is_worked_out_from_the_text(meeting, public, value):
    document = make_document(meeting, title="Safeguarding report", text=TEXT)
    Document.all_objects.filter(pk=document.pk).update(text_acronyms=value)
    indexer.rebuild()
    marac = search(public, "MARAC").results
    assert [(r.document.pk, r.page) for r in marac] == [(document.pk, 3)]
    assert search(public, "WRONG").total == 0


def test_search_finds_the_stored_acronyms_on_their_page(engine, meeting, public):
    document = make_document(meeting, title="Safeguarding report", text=TEXT)
    index_now()
    assert [r.page for r in search(public, "DAPO").results] == [1]
    assert [(r.document.pk, r.page) for r in search(public, "CSPs").results] == [(document.pk, 3)]
