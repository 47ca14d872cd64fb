from django.urls import path

from . import browse, councillors, my_meetings, sitemaps, views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("calendar/", browse.calendar, name="calendar"),
    path("decisions/", browse.decisions_register, name="decisions"),
    path("committees/<slug:slug>/", views.committee, name="committee"),
    path("committees/<slug:slug>/<int:year>/", browse.committee_year, name="committee_year"),
    path("meetings/<int:pk>/", views.meeting, name="meeting"),
    path("meetings/<int:pk>/items/<int:item_pk>/", views.item, name="item"),
    path("items/<path:reference>", views.item_by_reference, name="item_by_reference"),
    path("councillors/", councillors.directory, name="councillors"),
    path("councillors/attendance/", councillors.attendance, name="attendance"),
    path("councillors/attendance.csv", councillors.attendance_csv, name="attendance_csv"),
    path("councillors/<slug:slug>/", councillors.person, name="person"),
    path("councillors/<slug:slug>/photo", councillors.photo, name="person_photo"),
    path("people/<slug:slug>/", councillors.old_person, name="old_person"),
    path("documents/<int:pk>/<str:filename>", views.document, name="document"),
    path("my-meetings/", my_meetings.my_meetings, name="my_meetings"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-pages.xml", sitemaps.pages, name="sitemap_pages"),
    path("sitemap-<slug:name>.xml", sitemaps.section, name="sitemap_section"),
    path("robots.txt", views.robots, name="robots"),
]
