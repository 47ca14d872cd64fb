from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "moot.access"
    label = "access"

    def ready(self) -> None:
        from allauth.mfa.signals import authenticator_removed

        from .middleware import forget_two_factor_check

        authenticator_removed.connect(forget_two_factor_check, dispatch_uid="moot-2fa-removed")
