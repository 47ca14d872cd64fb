from django.urls import path

from . import views

app_name = "papers"

urlpatterns = [
    path("meetings/<int:pk>/front-sheet/", views.front_sheet, name="front_sheet"),
]
