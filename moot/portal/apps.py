from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "moot.portal"
    label = "portal"

    def ready(self) -> None:
        from . import cache, cdn, checks  # noqa: F401 - registers the system checks

        cache.connect()
        cdn.connect()
