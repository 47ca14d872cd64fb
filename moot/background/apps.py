from django.apps import AppConfig


class BackgroundConfig(AppConfig):
    name = "moot.background"
    label = "background"
    verbose_name = "Background work"
