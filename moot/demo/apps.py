from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo archive and ``moot demo``, which loads it and serves the site."""

    name = "moot.demo"
    label = "demo"
