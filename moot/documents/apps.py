from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "moot.documents"
    label = "documents"
