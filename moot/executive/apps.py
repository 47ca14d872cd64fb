from django.apps import AppConfig


class ExecutiveConfig(AppConfig):
    name = "moot.executive"
    label = "executive"
    verbose_name = "Executive decisions"

    def ready(self) -> None:
        from moot.meetings.signals import announce_saves_of

        # Its rows reach public pages, feeds and the API: every save is a change of the site.
        announce_saves_of(self.label)
