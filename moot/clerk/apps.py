from django.apps import AppConfig


class ClerkConfig(AppConfig):
    name = "moot.clerk"
    label = "clerk"
    verbose_name = "Back office"
