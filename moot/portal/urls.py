from django.urls import path

from . import views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("committees/<slug:slug>/", views.committee, name="committee"),
    path("meetings/<int:pk>/", views.meeting, name="meeting"),
    path("people/<slug:slug>/", views.person, name="person"),
    path("documents/<int:pk>/<str:filename>", views.document, name="document"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots, name="robots"),
]
