from django.urls import path

from . import views

app_name = "interests"

urlpatterns = [
    path("register-of-interests/", views.whole, name="register"),
    path("register-of-interests/mine/", views.mine, name="mine"),
    path("register-of-interests/review/", views.review, name="review"),
    path("register-of-interests/member/<slug:slug>/", views.member, name="member"),
    path("register-of-interests/member/<slug:slug>/add", views.add, name="add"),
    path("register-of-interests/entries/<int:pk>/submit", views.submit, name="submit"),
    path("register-of-interests/entries/<int:pk>/remove", views.remove, name="remove"),
    path("register-of-interests/entries/<int:pk>/publish", views.publish, name="publish"),
    path("register-of-interests/entries/<int:pk>/return", views.send_back, name="return"),
    path("register-of-interests/dispensations/", views.dispensations, name="dispensations"),
    path(
        "register-of-interests/dispensations/add/<int:body>",
        views.dispensation_add,
        name="dispensation_add",
    ),
    path(
        "register-of-interests/dispensations/<int:pk>/",
        views.dispensation_edit,
        name="dispensation_edit",
    ),
]
