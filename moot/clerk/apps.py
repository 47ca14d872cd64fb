from django.apps import AppConfig


class ClerkConfig(AppConfig):
    name = "moot.clerk"
    label = "clerk"
    verbose_name = "Back office"

    def ready(self) -> None:
        from moot.meetings import events

        from . import summons

        events.published.connect(summons.on_published, dispatch_uid="clerk.summons")
