from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "moot.access"
    label = "access"
