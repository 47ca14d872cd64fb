from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "moot.meetings"
    label = "meetings"

    def ready(self) -> None:
        from . import signals

        signals.connect()
