from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "moot.search"
    label = "search"
