from django.apps import AppConfig


class InterestsConfig(AppConfig):
    name = "moot.interests"
    label = "interests"
    verbose_name = "Register of members' interests"

    def ready(self) -> None:
        from moot.meetings.signals import announce_saves_of

        # Its rows reach public pages, feeds and the API: every save is a change of the site.
        announce_saves_of(self.label)
