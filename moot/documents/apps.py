from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "moot.documents"
    label = "documents"

    def ready(self) -> None:
        from .papers import keep_current

        keep_current.connect()
