"""Public addresses of the forward plan (included from moot/urls.py)."""

from django.urls import path

from . import plan_views as views

app_name = "plan"

urlpatterns = [
    path("forward-plan/", views.index, name="index"),
    path("forward-plan/<slug:slug>/", views.plan, name="plan"),
    path("forward-plan/<slug:slug>/feed.atom", views.feed, name="feed"),
    path("forward-plan/<slug:slug>/plan.ics", views.calendar, name="ics"),
    path("forward-plan/<slug:slug>/<int:pk>/", views.entry, name="entry"),
]
