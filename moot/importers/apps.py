from django.apps import AppConfig


class ImportersConfig(AppConfig):
    name = "moot.importers"
    label = "importers"
