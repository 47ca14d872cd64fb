from django.urls import path

from . import views

app_name = "clerk"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
]
