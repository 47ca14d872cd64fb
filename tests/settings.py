"""The tests' settings: Moot's own, with an OpenID Connect provider (django-oauth-toolkit, a
development dependency) installed for the single sign-on tests, which mount its URLs in their
own URLconf (tests/access/oidc_provider.py). Nothing here reaches a deployment."""

import os

os.environ.setdefault("MOOT_TESTING", "true")

from moot.settings import *  # noqa: F403
from moot.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "oauth2_provider"]
