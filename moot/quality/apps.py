from django.apps import AppConfig


class QualityConfig(AppConfig):
    name = "moot.quality"
    label = "quality"
