"""Moot's one settings module.

Every setting comes from an environment variable (prefix ``MOOT_``) read through the typed
helpers below, which refuse bad values with a message naming the variable. The defaults are
for development: SQLite, media and the search index under ``./var``, DEBUG on. Every
variable is listed in docs/settings.md (a test checks that the two agree).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

# The names read here, so tests can check each is documented.
ENV_NAMES: list[str] = []


def env_str(name: str, default: str) -> str:
    ENV_NAMES.append(name)
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    ENV_NAMES.append(name)
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a yes/no value (use true or false)")


def env_int(name: str, default: int, minimum: int | None = None) -> int:
    ENV_NAMES.append(name)
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={value} is below the minimum of {minimum}")
    return value


def env_list(name: str, default: str) -> list[str]:
    return [part.strip() for part in env_str(name, default).split(",") if part.strip()]


def env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    value = env_str(name, default)
    if value not in choices:
        raise ImproperlyConfigured(f"{name}={value!r} must be one of: {', '.join(choices)}")
    return value


VAR_DIR = Path(env_str("MOOT_VAR_DIR", str(BASE_DIR / "var"))).resolve()

DEBUG = env_bool("MOOT_DEBUG", True)
_DEV_SECRET = "moot-development-key-not-for-production"  # noqa: S105 - refused below in production
SECRET_KEY = env_str("MOOT_SECRET_KEY", _DEV_SECRET)
if not DEBUG and SECRET_KEY in ("", _DEV_SECRET):
    raise ImproperlyConfigured("MOOT_SECRET_KEY must be set when MOOT_DEBUG is false")

ALLOWED_HOSTS = env_list("MOOT_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
# The public address of the site, for absolute links (feeds, API ids, sitemap, papers, email).
# Empty (the default): links follow the address each request was made to, and work outside a
# request uses http://127.0.0.1:8000 — see moot/site.py.
SITE_URL = env_str("MOOT_SITE_URL", "").rstrip("/")
CSRF_TRUSTED_ORIGINS = [SITE_URL] if SITE_URL.startswith("https://") else []

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "moot.meetings",
    "moot.access",
    "moot.documents",
    "moot.importers",
    "moot.portal",
    "moot.search",
    "moot.api",
    "moot.quality",
    "moot.feeds",
    "moot.clerk",
    "moot.executive",
    "moot.interests",
    "moot.background",
    "moot.demo",
    # Sign-in: two-factor (TOTP, recovery codes, security keys), single sign-on by OpenID
    # Connect, and locking out repeated failures (docs/access.md).
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "axes",
    # Background work: Django's tasks framework (backport) and its database queue.
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Who may keep each response (a CDN, a browser) and the names a CDN purges it by; first,
    # so it sees every cookie the others set (moot/portal/cdn.py).
    "moot.portal.cdn.CacheHeadersMiddleware",
    # ETag on every page and a bare 304 when the reader's copy is current.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "moot.site.RequestSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "moot.access.middleware.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "moot.urls"
WSGI_APPLICATION = "moot.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "moot.portal.context.site",
            ],
        },
    },
]

_default_db = f"sqlite:///{VAR_DIR / 'moot.sqlite3'}"
DATABASE_URL = env_str("MOOT_DATABASE_URL", "") or _default_db
try:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
except ValueError as exc:
    raise ImproperlyConfigured(f"MOOT_DATABASE_URL is not a database URL: {exc}") from None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A bare checkout has no ./var yet: SQLite needs the folder of its file to exist.
    _sqlite_name = str(DATABASES["default"]["NAME"])
    if _sqlite_name and _sqlite_name != ":memory:" and not _sqlite_name.startswith("file:"):
        Path(_sqlite_name).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers carry on while the importer writes.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    # Kept open between requests (each worker thread its own): opening a connection and
    # running the pragmas above cost more than a cached page's whole work.
    DATABASES["default"]["CONN_MAX_AGE"] = 600
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # a dropped connection is replaced, not used

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sign-in (moot/access, docs/access.md). django-axes checks each attempt first and counts
# failures per username and address; then Django checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "/accounts/login/"
AXES_FAILURE_LIMIT = env_int("MOOT_SIGN_IN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("MOOT_SIGN_IN_LOCK_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "moot.access.lockout.username"
AXES_CLIENT_IP_CALLABLE = "moot.access.lockout.client_address"
AXES_LOCKOUT_CALLABLE = "moot.access.lockout.locked_out"
AXES_VERBOSE = False

ACCOUNT_ADAPTER = "moot.access.adapters.AccountAdapter"
ACCOUNT_FORMS = {"login": "moot.access.forms.SignInForm"}
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_SESSION_REMEMBER = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
# django-axes counts failed passwords; allauth's own limits stay on for everything else
# (two-factor codes, password resets).
ACCOUNT_RATE_LIMITS = {"login_failed": False}

# Two-factor: an authenticator app (TOTP) with recovery codes, and security keys or passkeys
# (WebAuthn). Required for clerks, members and administrators (moot/access/twofactor.py).
TWO_FACTOR_REQUIRED = env_bool("MOOT_TWO_FACTOR_REQUIRED", True)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = False
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG

# Single sign-on by OpenID Connect (e.g. Microsoft Entra ID), on when a server URL is set.
SOCIALACCOUNT_ADAPTER = "moot.access.adapters.SocialAccountAdapter"
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False  # Moot maps the person itself (adapters.py)
OIDC_SERVER_URL = env_str("MOOT_OIDC_SERVER_URL", "").rstrip("/")
OIDC_NAME = env_str("MOOT_OIDC_NAME", "your organisation's account")
OIDC_CREATE_USERS = env_bool("MOOT_OIDC_CREATE_USERS", False)
OIDC_TRUST_EMAIL = env_bool("MOOT_OIDC_TRUST_EMAIL", False)
_oidc_client_id = env_str("MOOT_OIDC_CLIENT_ID", "")
_oidc_secret = env_str("MOOT_OIDC_CLIENT_SECRET", "")
SOCIALACCOUNT_PROVIDERS = {
    "openid_connect": {
        "OAUTH_PKCE_ENABLED": True,
        "APPS": (
            [
                {
                    "provider_id": "sso",
                    "name": OIDC_NAME,
                    "client_id": _oidc_client_id,
                    "secret": _oidc_secret,
                    "settings": {"server_url": OIDC_SERVER_URL},
                }
            ]
            if OIDC_SERVER_URL
            else []
        ),
    }
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("MOOT_TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
# Where documents, printed papers and photos are kept: "local" (files under MOOT_MEDIA_ROOT)
# or "s3" (an S3-compatible object store, through django-storages). Objects are private in
# the bucket: every download goes through Moot's access check (docs/deploying.md).
STORAGE_BACKEND = env_choice("MOOT_STORAGE", "local", ("local", "s3"))
_S3_OPTIONS = {
    "bucket_name": env_str("MOOT_S3_BUCKET", "moot"),
    "endpoint_url": env_str("MOOT_S3_ENDPOINT_URL", "") or None,  # empty: AWS itself
    "region_name": env_str("MOOT_S3_REGION", "") or None,
    "access_key": env_str("MOOT_S3_ACCESS_KEY", "") or None,  # empty: the instance's role
    "secret_key": env_str("MOOT_S3_SECRET_KEY", "") or None,
    "location": env_str("MOOT_S3_PREFIX", ""),  # a folder of the bucket, for a shared bucket
    "default_acl": "private",
    "querystring_auth": True,  # any URL the storage gives out is signed …
    "querystring_expire": 60,  # … and short-lived
    "file_overwrite": False,
}
STORAGES = {
    "default": (
        {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": _S3_OPTIONS}
        if STORAGE_BACKEND == "s3"
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    # In production each static file's name carries a hash of its content (portal.3f2a….css,
    # written by `moot collectstatic`), so the web server and a CDN may keep it for a year.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage."
        + ("StaticFilesStorage" if DEBUG else "ManifestStaticFilesStorage")
    },
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MOOT_MEDIA_ROOT", str(VAR_DIR / "media"))).resolve()

# Largest document a clerk or an importer may store, in bytes.
MAX_DOCUMENT_BYTES = env_int("MOOT_MAX_DOCUMENT_BYTES", 50 * 1024 * 1024, minimum=1024)
# Most a Word (DOCX) document may unpack to, in bytes: its parts' declared sizes together and
# the text actually read. A small file that unpacks to gigabytes (a "zip bomb") is refused.
MAX_UNPACKED_BYTES = env_int("MOOT_MAX_UNPACKED_BYTES", 200 * 1024 * 1024, minimum=1024 * 1024)

# Who the site says it is when it fetches pages from other systems.
USER_AGENT = env_str(
    "MOOT_USER_AGENT", "Moot/0.1 (committee records importer; +https://example.org/moot)"
)

# Search: the embedded tantivy index (default) or PostgreSQL full-text search.
SEARCH_ENGINE = env_choice("MOOT_SEARCH_ENGINE", "tantivy", ("tantivy", "postgres"))
SEARCH_INDEX_DIR = Path(env_str("MOOT_SEARCH_INDEX_DIR", str(VAR_DIR / "search"))).resolve()

# Email alerts: days before an unconfirmed, or an unsubscribed, address is deleted.
ALERT_UNCONFIRMED_DAYS = env_int("MOOT_ALERT_UNCONFIRMED_DAYS", 7, minimum=1)
ALERT_UNSUBSCRIBED_DAYS = env_int("MOOT_ALERT_UNSUBSCRIBED_DAYS", 30, minimum=0)
# The summons: email the agenda and supplements to members and the circulation list.
SUMMONS_ENABLED = env_bool("MOOT_SUMMONS", True)

# Email (alerts, confirmations). Console output in development, SMTP when a host is set.
EMAIL_HOST = env_str("MOOT_EMAIL_HOST", "")
EMAIL_PORT = env_int("MOOT_EMAIL_PORT", 587, minimum=1)
EMAIL_HOST_USER = env_str("MOOT_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = env_str("MOOT_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("MOOT_EMAIL_TLS", True)
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env_str("MOOT_FROM_EMAIL", "Moot <alerts@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Cache: per process by default; "redis" (a Redis server at MOOT_REDIS_URL) or "database"
# (run `moot createcachetable` once) share it between app servers. The page cache, the
# two-factor and alert rate limits use it; with "redis" the sign-in failure counts live there
# too (else in the database, where django-axes keeps them by default).
CACHE_BACKEND = env_choice("MOOT_CACHE", "local", ("local", "database", "redis"))
REDIS_URL = env_str("MOOT_REDIS_URL", "redis://127.0.0.1:6379/0")
CACHES = {
    "default": {
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "moot"},
        "database": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "moot_cache",
        },
        "redis": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # Several councils' Moots may share one Redis: keys are prefixed by the site.
            "KEY_PREFIX": env_str("MOOT_CACHE_PREFIX", "moot"),
        },
    }[CACHE_BACKEND]
}
AXES_HANDLER = (
    "axes.handlers.cache.AxesCacheHandler"
    if CACHE_BACKEND == "redis"
    else "axes.handlers.database.AxesDatabaseHandler"
)

# Background work (moot/background, docs/deploying.md): "immediate" runs each task in the
# process that queues it, at once; "database" queues it for `moot db-worker` processes.
TASKS_BACKEND = env_choice("MOOT_TASKS", "immediate", ("immediate", "database"))
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[TASKS_BACKEND],
        "QUEUES": ["default"],
    }
}
# Attempts of a failing task before it stays failed (queued backends only).
TASK_ATTEMPTS = env_int("MOOT_TASK_ATTEMPTS", 5, minimum=1)
# Scheduled jobs, queued by `moot schedule`: every so many minutes, or daily at a local time.
SCHEDULE = {
    "send-alerts": {"task": "moot.background.tasks.send_alerts", "every": 15},
    "release-due": {"task": "moot.background.tasks.release_due", "at": "05:00"},
    "index-catch-up": {"task": "moot.background.tasks.drain_index", "every": 5},
}

# A CDN in front (docs/deploying.md): how long it may keep a public page, how long it may
# serve one stale while it fetches anew, and where Moot asks it to purge after each change.
CDN_PURGE_URL = env_str("MOOT_CDN_PURGE_URL", "")
CDN_PURGE_TOKEN = env_str("MOOT_CDN_PURGE_TOKEN", "")
CDN_PURGE_TIMEOUT = 5
CDN_SECONDS = env_int("MOOT_CDN_SECONDS", 3600, minimum=0)
CDN_STALE_SECONDS = env_int("MOOT_CDN_STALE_SECONDS", 60, minimum=0)

# Seconds a public page may be served from the cache (0: never). Any change moves the cache
# key on at once, so this only bounds memory use.
PAGE_CACHE_SECONDS = env_int("MOOT_PAGE_CACHE_SECONDS", 600, minimum=0)

# Branding of the public site when no body says otherwise.
SITE_NAME = env_str("MOOT_SITE_NAME", "Moot")
MFA_TOTP_ISSUER = SITE_NAME  # the name an authenticator app shows
# Set by `moot demo` while it serves: every page says its records are sample data.
DEMO_SITE = False

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_HSTS_SECONDS = env_int("MOOT_HSTS_SECONDS", 31536000, minimum=0)
    # Browsers keep to HTTPS on every subdomain too, and (preload) before their first visit:
    # preload is for a registrable domain of the council's own, not a subdomain (deploying.md).
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("MOOT_HSTS_INCLUDE_SUBDOMAINS", False)
    SECURE_HSTS_PRELOAD = env_bool("MOOT_HSTS_PRELOAD", False)
    # Behind a proxy that terminates TLS and says so in X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("MOOT_SSL_REDIRECT", False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("MOOT_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "httpx": {"level": "WARNING"},
        "axes": {"level": "WARNING"},  # lock-outs are warnings; each sign-in is not news
        "django_tasks": {"level": "WARNING"},  # each task's start is not news; failures are
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

if env_bool("MOOT_TESTING", False):
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
