from django.apps import AppConfig


class InterestsConfig(AppConfig):
    name = "moot.interests"
    label = "interests"
    verbose_name = "Register of members' interests"
