from django.urls import path

from .views import dashboard, entries, meetings, record, setup

app_name = "clerk"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("bodies/<slug:slug>/", setup.body, name="body"),
    path("bodies/<slug:slug>/annual-meetings/", setup.annual_meetings, name="annual_meetings"),
    path(
        "bodies/<slug:slug>/annual-meetings/add/",
        setup.annual_meeting_add,
        name="annual_meeting_add",
    ),
    path(
        "bodies/<slug:slug>/annual-meetings/<int:annual>/remove/",
        setup.annual_meeting_remove,
        name="annual_meeting_remove",
    ),
    path("bodies/<slug:slug>/committees/new/", setup.committee_new, name="committee_new"),
    path("committees/<int:committee>/", setup.committee, name="committee"),
    path("committees/<int:committee>/members/", setup.memberships, name="memberships"),
    path("committees/<int:committee>/reappoint/", setup.reappoint, name="reappoint"),
    path("committees/<int:committee>/meetings/new/", meetings.meeting_new, name="meeting_new"),
    path("committees/<int:committee>/programme/", meetings.programme, name="programme"),
    path("memberships/<int:membership>/", setup.membership, name="membership"),
    path("memberships/<int:membership>/edit/", setup.membership_edit, name="membership_edit"),
    path("memberships/<int:membership>/end/", setup.membership_end, name="membership_end"),
    path("memberships/<int:membership>/delete/", setup.membership_delete, name="membership_delete"),
    path("people/", setup.people, name="people"),
    path("people/new/", setup.person, name="person_new"),
    path("people/<slug:slug>/", setup.person, name="person"),
    path("venues/", setup.locations, name="locations"),
    path("venues/new/", setup.location, name="location_new"),
    path("venues/<int:pk>/", setup.location, name="location"),
    path("meetings/<int:meeting>/", meetings.meeting, name="meeting"),
    path("meetings/<int:meeting>/items/new/", meetings.item_new, name="item_new"),
    path("meetings/<int:meeting>/edit/", meetings.meeting_edit, name="meeting_edit"),
    path("meetings/<int:meeting>/edit/details/", meetings.meeting_details, name="meeting_details"),
    path("meetings/<int:meeting>/edit/status/", meetings.meeting_status, name="meeting_status"),
    path("meetings/<int:meeting>/publish/", meetings.publish, name="publish"),
    path("meetings/<int:meeting>/record/", record.record, name="record"),
    path(
        "meetings/<int:meeting>/record/attendance/",
        record.record_attendance,
        name="record_attendance",
    ),
    path("meetings/<int:meeting>/record/attendee/", record.record_attendee, name="record_attendee"),
    path("meetings/<int:meeting>/minutes/publish/", record.minutes_publish, name="minutes_publish"),
    path("items/<int:item>/", meetings.item, name="item"),
    path("items/<int:item>/edit/", meetings.item_edit, name="item_edit"),
    path("items/<int:item>/restrict/", meetings.item_restrict, name="item_restrict"),
    path("items/<int:item>/urgent/", meetings.item_urgent, name="item_urgent"),
    path("items/<int:item>/documents/new/", meetings.item_document, name="item_document"),
    path("items/<int:item>/withdraw/", meetings.item_withdraw, name="item_withdraw"),
    path("items/<int:item>/remove/", meetings.item_remove, name="item_remove"),
    path("items/<int:item>/move/", meetings.item_move, name="item_move"),
    path("items/<int:item>/correction/", meetings.correction, name="correction"),
    path(
        "items/<int:item>/declarations/new/", record.record_declaration, name="record_declaration"
    ),
    path("items/<int:item>/minutes/", record.record_minutes, name="record_minutes"),
    path("items/<int:item>/decisions/new/", record.record_decision, name="record_decision"),
    path("items/<int:item>/vote/", record.record_vote, name="record_vote"),
    path("items/<int:item>/actions/new/", record.record_action, name="record_action"),
    path("items/<int:item>/approve/", record.record_approval, name="record_approval"),
    path("items/<int:item>/actions/<int:action>/close/", record.action_close, name="action_close"),
    path("documents/<int:document>/", meetings.document, name="document"),
    path(
        "documents/<int:document>/lead-officer/",
        meetings.document_lead_officer,
        name="document_lead_officer",
    ),
    path(
        "documents/<int:document>/restrict/", meetings.document_restrict, name="document_restrict"
    ),
    path(
        "documents/<int:document>/redacted-version/",
        meetings.document_redacted_version,
        name="document_redacted_version",
    ),
    path(
        "documents/<int:document>/withdraw/", meetings.document_withdraw, name="document_withdraw"
    ),
    path("documents/<int:document>/remove/", meetings.document_remove, name="document_remove"),
    path("declarations/<int:pk>/", entries.declaration, name="declaration"),
    path("declarations/<int:pk>/edit/", entries.declaration_edit, name="declaration_edit"),
    path("declarations/<int:pk>/remove/", entries.declaration_remove, name="declaration_remove"),
    path("decisions/<int:pk>/", entries.decision, name="decision"),
    path("decisions/<int:pk>/edit/", entries.decision_edit, name="decision_edit"),
    path("decisions/<int:pk>/remove/", entries.decision_remove, name="decision_remove"),
    path("actions/<int:pk>/", entries.action, name="action"),
    path("actions/<int:pk>/edit/", entries.action_edit, name="action_edit"),
    path("actions/<int:pk>/remove/", entries.action_remove, name="action_remove"),
]
