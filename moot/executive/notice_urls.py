"""Public addresses of decision notices (included from moot/urls.py)."""

from django.urls import path

from . import views

app_name = "notices"

urlpatterns = [
    path("executive-decisions/", views.notice_list, name="list"),
    path("executive-decisions/feed.atom", views.feed, name="feed"),
    path("executive-decisions/<int:pk>/", views.notice, name="notice"),
    path("executive-decisions/<int:pk>/call-in/", views.call_in, name="call_in"),
    path("executive-decisions/<int:pk>/notice.pdf", views.notice_pdf, name="pdf"),
    path("executive-decisions/<int:pk>/report.pdf", views.report, name="report"),
]
