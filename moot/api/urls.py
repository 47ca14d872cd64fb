"""OParl 1.1 URLs, mounted at /oparl/v1/. Each object has exactly one URL: its id."""

from django.urls import path, re_path

from . import export_views, notices, schemas, views

app_name = "api"

urlpatterns = [
    path("", views.system, name="system"),
    path("system", views.system_elsewhere),
    path("system/", views.system_elsewhere),
    path("bodies/", views.bodies, name="bodies"),
    path("export.zip", export_views.export_zip, name="export"),
    path("schema/<str:name>.json", schemas.view, name="schema"),
    path("body/<int:pk>/", views.body, name="body"),
    path("body/<int:pk>/organizations/", views.body_organizations, name="body_organizations"),
    path("body/<int:pk>/people/", views.body_people, name="body_people"),
    path("body/<int:pk>/memberships/", views.body_memberships, name="body_memberships"),
    path("body/<int:pk>/locations/", views.body_locations, name="body_locations"),
    path("body/<int:pk>/meetings/", views.body_meetings, name="body_meetings"),
    path("body/<int:pk>/agenda-items/", views.body_agenda_items, name="body_agenda_items"),
    path("body/<int:pk>/papers/", views.body_papers, name="body_papers"),
    path("body/<int:pk>/consultations/", views.body_consultations, name="body_consultations"),
    path("body/<int:pk>/files/", views.body_files, name="body_files"),
    path(
        "body/<int:pk>/legislative-terms/",
        views.body_legislative_terms,
        name="body_legislative_terms",
    ),
    path("organization/<int:pk>/", views.organization, name="organization"),
    path(
        "organization/<int:pk>/meetings/",
        views.organization_meetings,
        name="organization_meetings",
    ),
    path(
        "organization/<int:pk>/consultations/",
        views.organization_consultations,
        name="organization_consultations",
    ),
    path("person/<int:pk>/", views.person, name="person"),
    path("membership/<int:pk>/", views.membership, name="membership"),
    path("party/<int:pk>/", views.party, name="party"),
    path("party-membership/<int:pk>/", views.party_membership, name="party_membership"),
    path("location/<int:pk>/", views.location, name="location"),
    path("meeting/<int:pk>/", views.meeting, name="meeting"),
    path("agenda-item/<int:pk>/", views.agenda_item, name="agenda_item"),
    path("paper/<int:pk>/", views.paper, name="paper"),
    path("consultation/<int:pk>/", views.consultation, name="consultation"),
    path("file/<int:pk>/", views.file, name="file"),
    path("legislative-term/<int:pk>/", views.legislative_term, name="legislative_term"),
    path("decision-notice/<int:pk>/", notices.notice, name="notice"),
    path(
        "decision-notice/<int:pk>/consultation/",
        notices.notice_consultation,
        name="notice_consultation",
    ),
    path("body/<int:pk>/decision-notices/", notices.body_notices, name="body_notices"),
    # Last: anything else under /oparl/v1/ is the JSON 404, not the portal's page.
    re_path(r"^(?P<rest>.*)$", views.not_found),
]
