"""With ``MOOT_STORAGE=s3`` documents and printed papers live in an S3-compatible bucket,
private there: every download goes through Moot's access check, and the bucket refuses
anyone who asks it directly."""

from __future__ import annotations

import boto3
import httpx
import pytest
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import ClientError
from django.core.files.storage import default_storage

from moot.documents.models import Paper
from moot.meetings.choices import Restriction
from moot.meetings.services import publishing, reports, restrictions
from tests.factories import local, make_committee, make_item, make_membership, make_person
from tests.portal.pdf import one_page_pdf
from tests.servers.s3 import REGION, client, make_bucket, s3_server, storage

pytestmark = pytest.mark.django_db

BUCKET = "moot-documents"


@pytest.fixture(scope="module")
def endpoint():
    with s3_server() as url:
        make_bucket(url, BUCKET)
        yield url


@pytest.fixture
def bucket(settings, endpoint, tmp_path):
    """Django set up as docs/deploying.md sets it up, the bucket emptied before each test."""
    settings.STORAGES = {**settings.STORAGES, "default": storage(endpoint, BUCKET)}
    settings.MEDIA_ROOT = tmp_path / "must-stay-empty"
    s3 = client(endpoint)
    for entry in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        s3.delete_object(Bucket=BUCKET, Key=entry["Key"])
    yield s3
    assert not settings.MEDIA_ROOT.exists()  # nothing was written to local disk


def keys(client) -> list[str]:
    return [entry["Key"] for entry in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def anonymous(endpoint: str):
    return boto3.client(
        "s3", endpoint_url=endpoint, config=Config(signature_version=UNSIGNED), region_name=REGION
    )


@pytest.fixture
def meeting():
    committee = make_committee()
    from moot.meetings.services import scheduling

    meeting = scheduling.schedule_meeting(committee, local(2030, 5, 15))
    make_item(meeting, title="Community safety plan")
    return meeting


def test_a_report_is_stored_in_the_bucket_and_served_through_moot(bucket, meeting, client):
    document = reports.attach_document(
        meeting, one_page_pdf(), filename="plan.pdf", title="Plan", item=meeting.items.first()
    )
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    document.refresh_from_db()
    assert document.file.name in keys(bucket)
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_the_printed_papers_are_stored_in_the_bucket(bucket, meeting):
    from moot.documents.papers.build import build_papers

    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    build_papers(meeting)  # as the task queued by the publication does
    pack = Paper.objects.filter(meeting=meeting).first()
    assert pack is not None
    assert pack.document.file.name in keys(bucket)
    assert default_storage.open(pack.document.file.name).read().startswith(b"%PDF")


def test_an_exempt_report_is_private_in_the_bucket_and_only_members_get_it(
    bucket, endpoint, meeting, client, django_user_model
):
    item = meeting.items.first()
    restrictions.restrict_item(
        item,
        Restriction.EXEMPT,
        paragraphs=[3],
        reason="Information about the council's financial affairs",
        public_interest="Disclosure would weaken the council's position in the negotiation.",
        public_summary="The committee considered the terms of a contract.",
    )
    document = reports.attach_document(
        meeting, one_page_pdf(), filename="terms.pdf", title="Terms", item=item
    )
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    document.refresh_from_db()
    name = document.file.name
    # Asked for directly, the bucket refuses: no public-read object, no public listing.
    with pytest.raises(ClientError) as refused:
        anonymous(endpoint).get_object(Bucket=BUCKET, Key=name)
    assert refused.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    assert httpx.get(f"{endpoint}/{BUCKET}/{name}").status_code == 403
    # Through Moot: not found for the public, the file for a member of the committee.
    assert client.get(document.get_absolute_url()).status_code == 404
    user = django_user_model.objects.create_user("member", password="pw")
    make_membership(make_person(user=user), meeting.committee)
    client.force_login(user)
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert endpoint not in response.get("Location", "")
