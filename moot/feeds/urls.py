from django.urls import path

from . import views

app_name = "feeds"

urlpatterns = [
    path("feeds/atom.xml", views.site_atom, name="site_atom"),
    path("feeds/committees/<slug:slug>.atom", views.committee_atom, name="committee_atom"),
    path("feeds/search.atom", views.search_atom, name="search_atom"),
    path("feeds/meetings.ics", views.calendar, name="calendar"),
    path("feeds/committees/<slug:slug>.ics", views.committee_calendar, name="committee_calendar"),
    path("feeds/meetings/<int:pk>.ics", views.meeting_calendar, name="meeting_calendar"),
    path("councillors/<slug:slug>/meetings.ics", views.person_calendar, name="person_calendar"),
    path("alerts/", views.subscribe, name="alerts"),
    path("alerts/privacy/", views.privacy, name="privacy"),
    path("alerts/confirm/<str:token>/", views.confirm, name="confirm"),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
