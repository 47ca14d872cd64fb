from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "moot.feeds"
    label = "feeds"
    verbose_name = "Feeds and alerts"
