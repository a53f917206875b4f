"""Settings for the clinic site: one module, driven by environment variables.

Local development gets its debug values from `make run` (DJANGO_DEBUG=1); nothing in
this file turns debug on by itself, and a production start without DJANGO_SECRET_KEY
fails loudly instead of falling back to a guessable key.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG:
        # Only a debug run may use this key: it is public, so nothing it signs is secret.
        SECRET_KEY = "django-insecure-local-development-only"
    else:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it in the environment for production, "
            "or set DJANGO_DEBUG=1 for local development (make run does this)."
        )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")

INSTALLED_APPS = [
    # Before the admin: modeltranslation patches the admin's forms for translated fields.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",
    "simple_history",
    "axes",
    "procedures",
    "patients",
    "operations",
]

MIDDLEWARE = [
    # First, so every response gets these headers, static files and error pages included.
    "csp.middleware.CSPMiddleware",
    "clinic_site.middleware.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Cached public pages for anonymous visitors, answered before the rest (its docstring).
    "procedures.page_cache_middleware.CachedPageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the address only: / is English, /es/ is Spanish.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Records which staff user made each change in the content history.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last: turns a refused sign-in during a lockout into the "sign-in paused" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "clinic_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "procedures.context_processors.clinic",
                "procedures.context_processors.glossary",
            ],
        },
    },
]

WSGI_APPLICATION = "clinic_site.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers write to one file: WAL lets readers go on while one
    # writes, the busy timeout waits instead of failing with "database is locked",
    # and IMMEDIATE takes the write lock at BEGIN so two writers never deadlock.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A cache every gunicorn worker shares: rate limits and cached pages must agree across
# processes, so never the per-process local-memory cache. Redis when configured.
# Rendered pages (procedures.page_cache) have their own alias, so the many page copies
# never push rate-limit counters out of the default cache.
if os.environ.get("REDIS_URL"):
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": alias,
        }
        for alias in ("default", "pages")
    }
else:
    CACHE_DIR = Path(os.environ.get("DJANGO_CACHE_DIR", BASE_DIR / "var" / "cache"))
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(CACHE_DIR),
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(CACHE_DIR / "pages"),
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
    }
# Whole public pages from the cache (procedures.page_cache). Off in debug runs, so an
# edited template shows on the next reload; on in tests and production.
PAGE_CACHE_ENABLED = env_bool("DJANGO_PAGE_CACHE", not DEBUG)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at /, Spanish at /es/. LANGUAGE_CODE must be one of LANGUAGES exactly ("en",
# not "en-us"): the unprefixed default language is recognised by an exact match.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# US-style dates in English ("November 1, 2026"); Spanish keeps Django's own.
FORMAT_MODULE_PATH = ["clinic_site.formats"]
TIME_ZONE = "America/Chicago"
USE_I18N = True
USE_TZ = True

# Translated content fields (procedures/translation.py): English is required, Spanish
# may be missing and then falls back to English (the page says so).
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
MODELTRANSLATION_PREPOPULATE_LANGUAGE = "en"  # slugs come from the English name

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Debug runs and tests serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_URL = os.environ.get("DJANGO_MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
if os.environ.get("DJANGO_MEDIA_BUCKET"):
    # Several servers share uploads through S3-compatible object storage (needs
    # `pip install "django-storages[s3]"`; boto3 reads AWS_ACCESS_KEY_ID and
    # AWS_SECRET_ACCESS_KEY from the environment). Set DJANGO_MEDIA_URL to the
    # bucket's public address so pages and the Content-Security-Policy point there.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["DJANGO_MEDIA_BUCKET"],
            "endpoint_url": os.environ.get("DJANGO_MEDIA_ENDPOINT_URL") or None,
            "custom_domain": os.environ.get("DJANGO_MEDIA_DOMAIN") or None,
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }
# `make backup` writes backups/<timestamp>/ here (database and media). Keep copies
# elsewhere too, encrypted: they hold patients' messages.
BACKUP_ROOT = Path(os.environ.get("DJANGO_BACKUP_DIR", BASE_DIR / "backups"))
# Uploaded images are small in number; the app serves them itself unless a front
# server or object storage takes over (then set DJANGO_SERVE_MEDIA=0).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", not os.environ.get("DJANGO_MEDIA_BUCKET"))

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

LOGIN_URL = "admin:login"

# Staff sign-in: after 5 wrong passwords for one user name from one address, sign-in
# with that name from there pauses for 15 minutes (django-axes). Locking by name and
# address together means a stranger cannot lock staff out from elsewhere, and one
# person's typos at the front desk do not lock out the rest of the clinic.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "clinic_site.admin_protection.lockout_response"
# The same address rule as the message form's rate limit (DJANGO_TRUSTED_PROXY_COUNT).
AXES_CLIENT_IP_CALLABLE = "patients.ratelimit.client_ip"

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS")
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "website@clinic.example")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who is told that a message or a pain diary is waiting (comma-separated).
CLINIC_NOTIFY_EMAILS = env_list("CLINIC_NOTIFY_EMAILS", "frontdesk@clinic.example")
# Absolute base for links in e-mails to staff (the admin link to a waiting message).
SITE_URL = os.environ.get("DJANGO_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Messages from visitors (patients app): at most this many per address per window,
# counted in the shared cache; a form sent faster or older than these is held or sent back.
MESSAGES_RATE_LIMIT_COUNT = int(os.environ.get("DJANGO_MESSAGES_RATE_LIMIT_COUNT", "5"))
MESSAGES_RATE_LIMIT_SECONDS = int(os.environ.get("DJANGO_MESSAGES_RATE_LIMIT_SECONDS", "600"))
MESSAGES_MIN_FILL_SECONDS = 3
MESSAGES_MAX_FORM_AGE_SECONDS = 24 * 60 * 60
# Pain diaries started or sent to the clinic (which e-mails staff) per address per window:
# counted apart from messages, a little higher, as a waiting room may share one address.
DIARY_RATE_LIMIT_COUNT = int(os.environ.get("DJANGO_DIARY_RATE_LIMIT_COUNT", "10"))
DIARY_RATE_LIMIT_SECONDS = int(os.environ.get("DJANGO_DIARY_RATE_LIMIT_SECONDS", "600"))

# Upload limits for images, checked by procedures.images.validate_image_upload.
IMAGE_UPLOAD_MAX_BYTES = 10 * 1024 * 1024
IMAGE_UPLOAD_MAX_PIXELS = 40_000_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Security. The headers are the same in every environment, so a debug run shows the
# same Content-Security-Policy problems production would. Only the HTTPS-only parts
# follow DEBUG: `make run` serves plain HTTP on localhost. DJANGO_HTTPS=0 allows a
# plain-HTTP trial of production settings on one's own machine (never on a server).
HTTPS_ONLY = env_bool("DJANGO_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS_ONLY
# The load balancer's health check may come over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = HTTPS_ONLY
CSRF_COOKIE_SECURE = HTTPS_ONLY
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# A failed token check re-shows a visitor's message instead of Django's bare 403 page.
CSRF_FAILURE_VIEW = "patients.views.csrf_failure"
# Behind a proxy or load balancer of our own that terminates TLS and sets
# X-Forwarded-Proto (overwriting any such header a visitor sends), set
# DJANGO_BEHIND_PROXY=1.
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY")
# How many reverse proxies of our own stand in front of the app: 1 behind
# DJANGO_BEHIND_PROXY, else 0. Only then is the visitor's address (for the message rate
# limit and the admin lockout) read from X-Forwarded-For (the entry that many from the
# right, the one our outermost proxy appended); with 0 the header is ignored, because
# anyone can send it. A chain such as CDN + load balancer sets DJANGO_TRUSTED_PROXY_COUNT=2.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "1" if BEHIND_PROXY else "0"))
if BEHIND_PROXY or TRUSTED_PROXY_COUNT > 0:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# Browsers only honour HSTS over HTTPS, so it is harmless on a local HTTP run.
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Features no page of this site uses; a page that asks for them gets nothing.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
    "browsing-topics=()"
)
# Everything comes from this site: no CDN, no analytics, no third-party fonts. Scripts
# and styles only from files (no inline code); a nonce exists for the rare inline
# script that cannot be a file: `<script nonce="{{ request.csp_nonce }}">`.
# Bootstrap's CSS draws some icons as data: SVG images, hence img-src data:.
MEDIA_ORIGIN = ""
if MEDIA_URL.startswith(("https://", "http://")):
    MEDIA_ORIGIN = "/".join(MEDIA_URL.split("/")[:3])
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"] + ([MEDIA_ORIGIN] if MEDIA_ORIGIN else []),
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
        "upgrade-insecure-requests": HTTPS_ONLY,
    }
}

# Errors go to standard error, where gunicorn and the service manager keep them. A 500
# is logged with its traceback by django.request; nothing is e-mailed, because error
# reports carry the request, and a request here can carry a patient's words.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "{asctime} {levelname} {name} {message}", "style": "{"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": [], "level": "INFO"},
        "django.request": {"level": "ERROR"},
    },
}
