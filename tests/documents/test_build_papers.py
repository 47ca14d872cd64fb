"""build_papers: papers stored as documents, kept current, and shown only to those entitled."""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from moot.access import policy
from moot.access.policy import Viewer
from moot.documents.models import Paper, PaperKind, PaperSettings
from moot.documents.papers.build import build_papers
from moot.meetings.choices import DocumentKind, MinutesState
from moot.meetings.models import Document
from tests.factories import local, make_decision, make_item, make_meeting

from .conftest import EXEMPT_WORDS, add_report
from .pdfcheck import catalog, reader, tagged_pages, texts
from .pdfs import NOT_A_PDF, report_pdf


def papers(meeting) -> dict[str, Document]:
    return {
        p.kind: p.document for p in Paper.objects.filter(meeting=meeting).select_related("document")
    }


def read(document: Document) -> bytes:
    with document.file.open("rb") as handle:
        return handle.read()


def test_a_published_agenda_gets_a_front_sheet_a_pack_and_a_members_pack(meeting):
    result = build_papers(meeting)
    built = papers(meeting)
    assert set(built) == {PaperKind.FRONT_SHEET, PaperKind.PACK, PaperKind.MEMBERS_PACK}
    assert len(result.built) == 3
    pack = built[PaperKind.PACK]
    assert (pack.kind, pack.item, pack.format, pack.media_type) == (
        DocumentKind.PACK,
        None,
        "PDF",
        "application/pdf",
    )
    assert pack.title == "Agenda reports pack"
    assert pack.page_count == 8 == len(reader(read(pack)).pages)
    assert pack.size_bytes == len(read(pack))
    assert pack.published_at == meeting.agenda_published_at
    assert built[PaperKind.FRONT_SHEET].kind == DocumentKind.AGENDA
    assert built[PaperKind.FRONT_SHEET].page_count == 1


def test_the_front_sheet_pdf_is_tagged_with_its_title_and_language(meeting):
    build_papers(meeting)
    data = read(papers(meeting)[PaperKind.FRONT_SHEET])
    assert catalog(data)["/Lang"] == "en-GB"
    assert reader(data).metadata.title == "Agenda: Safer Stockton Partnership, 14 May 2025"
    assert tagged_pages(data) == {0}
    assert "CCTV contract award" in texts(data)[0]
    assert "Page 1 of 1" in texts(data)[0]


def test_the_public_sees_the_packs_but_not_the_members_pack(meeting):
    build_papers(meeting)
    built = papers(meeting)
    public = set(policy.documents(Viewer.public()).filter(meeting=meeting, item=None))
    assert public == {built[PaperKind.FRONT_SHEET], built[PaperKind.PACK]}
    member = Viewer(user_id=1, member_of=frozenset({meeting.committee_id}))
    assert built[PaperKind.MEMBERS_PACK] in policy.documents(member)
    assert EXEMPT_WORDS not in "".join(texts(read(built[PaperKind.PACK])))
    assert EXEMPT_WORDS in "".join(texts(read(built[PaperKind.MEMBERS_PACK])))


def test_building_again_changes_nothing_when_nothing_changed(meeting):
    build_papers(meeting)
    first = {kind: (d.pk, d.sha256, d.file.name) for kind, d in papers(meeting).items()}
    result = build_papers(meeting)
    assert result.built == []
    assert len(result.unchanged) == 3
    assert {kind: (d.pk, d.sha256, d.file.name) for kind, d in papers(meeting).items()} == first


def test_a_changed_report_rebuilds_the_packs_in_place(meeting):
    build_papers(meeting)
    before = papers(meeting)[PaperKind.PACK]
    report = meeting.test_items["crime"].documents.get()
    report.file.save("recorded-crime-v2.pdf", ContentFile(report_pdf("Crime v2", 4)), save=True)
    result = build_papers(meeting)
    assert [p.kind for p in result.built] == [PaperKind.PACK, PaperKind.MEMBERS_PACK]
    after = papers(meeting)[PaperKind.PACK]
    assert after.pk == before.pk
    assert after.file.name == before.file.name
    assert after.page_count == 9
    assert after.sha256 != before.sha256
    assert "page 4 of Crime v2" in texts(read(after))[5]


def test_a_supplement_produces_a_supplementary_pack(meeting):
    build_papers(meeting)
    late = make_item(
        meeting,
        title="Urgent funding bid",
        reference="SSP/5/25",
        supplement=True,
        published_at=timezone.now(),
    )
    add_report(meeting, late, "Funding bid", report_pdf("Funding bid", 2))
    result = build_papers(meeting)
    supplement = papers(meeting)[PaperKind.SUPPLEMENT]
    assert supplement.kind == DocumentKind.SUPPLEMENT
    assert supplement.title == "Supplementary reports pack"
    assert supplement.page_count == 4  # front sheet, contents, the 2-page report
    pages = texts(read(supplement))
    assert "Supplementary agenda" in pages[0]
    assert "Recorded crime report" not in pages[0]
    # the original pack stays as it was published
    assert PaperKind.PACK not in [p.kind for p in result.built]


def test_broken_reports_are_recorded_for_the_clerk(meeting):
    add_report(meeting, meeting.test_items["crime"], "Scanned annex", NOT_A_PDF, position=2)
    result = build_papers(meeting)
    assert [p.title for p in result.problems] == ["Scanned annex", "Scanned annex"]
    paper = Paper.objects.get(meeting=meeting, kind=PaperKind.PACK)
    assert paper.problems[0]["title"] == "Scanned annex"
    assert "plain text" in paper.problems[0]["reason"]
    again = build_papers(meeting)
    assert again.built == []
    assert len(again.problems) == 2  # still reported while the report is still broken


def test_a_paper_that_no_longer_applies_is_withdrawn(meeting):
    build_papers(meeting)
    contract = meeting.test_items["contract"]
    contract.withdrawn_at = timezone.now()
    contract.save()
    result = build_papers(meeting)
    assert [p.kind for p in result.withdrawn] == [PaperKind.MEMBERS_PACK]
    assert papers(meeting)[PaperKind.MEMBERS_PACK].withdrawn_at is not None


def test_an_unpublished_agenda_gets_no_papers(db):
    meeting = make_meeting(published=False)
    make_item(meeting, published=False)
    assert build_papers(meeting).built == []
    assert not Paper.objects.exists()


def test_draft_minutes_are_printed_marked_draft(meeting):
    crime = meeting.test_items["crime"]
    crime.minutes = "<p>Members discussed the figures.</p>"
    crime.save()
    make_decision(crime, "AGREED to note the report.")
    contract = meeting.test_items["contract"]
    make_decision(contract, "AGREED to award the contract to Acme.", public_text="AGREED.")
    meeting.minutes_state = MinutesState.DRAFT
    meeting.save()
    build_papers(meeting)
    minutes = papers(meeting)[PaperKind.MINUTES]
    assert (minutes.kind, minutes.title) == (DocumentKind.MINUTES, "Draft minutes")
    text = " ".join(" ".join(texts(read(minutes))).split())
    assert "Draft: these minutes have not yet been approved" in text
    assert "Members discussed the figures." in text
    assert "AGREED to note the report." in text
    assert "Acme" not in text
    assert "Members considered a confidential contract matter." in text  # public summary
    assert 0 in tagged_pages(read(minutes))


def test_approved_minutes_say_where_they_were_approved(meeting):
    later = make_meeting(meeting.committee, start=local(2025, 7, 16, 9))
    approving = make_item(later, title="Minutes", reference="SSP/12/25", kind="minutes")
    meeting.minutes_state = MinutesState.APPROVED
    meeting.minutes_approved_at_item = approving
    meeting.save()
    build_papers(meeting)
    minutes = papers(meeting)[PaperKind.MINUTES]
    assert minutes.title == "Minutes"
    text = " ".join(" ".join(texts(read(minutes))).split())
    assert "Draft" not in text
    assert (
        "Approved as a correct record at the meeting of Safer Stockton Partnership on "
        "Wednesday 16 July 2025 (minute SSP/12/25)" in text
    )


def test_a_decision_notice_where_the_committee_publishes_them(meeting):
    crime = meeting.test_items["crime"]
    make_decision(crime, "RESOLVED to fund two more wardens.")
    meeting.minutes_state = MinutesState.DRAFT
    meeting.save()
    build_papers(meeting)
    assert PaperKind.DECISION_NOTICE not in papers(meeting)
    PaperSettings.objects.create(committee=meeting.committee, decision_notices=True, call_in_days=5)
    build_papers(meeting)
    notice = papers(meeting)[PaperKind.DECISION_NOTICE]
    text = " ".join(" ".join(texts(read(notice))).split())
    assert "Decision notice" in text
    assert "RESOLVED to fund two more wardens." in text
    assert "within 5 working days of publication" in text


def test_the_command_builds_and_lists_problems(meeting, capsys):
    add_report(meeting, meeting.test_items["crime"], "Scanned annex", NOT_A_PDF, position=2)
    call_command("build_papers", str(meeting.pk))
    out = capsys.readouterr().out
    assert "3 built" in out
    assert "Agenda reports pack: 9 pages" in out
    assert "not included: SSP/2/25 Recorded crime and disorder: Scanned annex" in out
    call_command("build_papers")
    assert "0 built, 3 unchanged" in capsys.readouterr().out


def test_the_front_sheet_web_page_uses_the_same_template(meeting, client):
    response = client.get(f"/meetings/{meeting.pk}/front-sheet/")
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="en-GB">' in page
    assert "Recorded crime report" in page
    assert "paragraph 3 of Part 1 of Schedule 12A" in page
    assert "CCTV contract report" not in page
