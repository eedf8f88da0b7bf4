"""Settings shared by every environment.

Everything that differs between a laptop, the test suite and production comes from the
environment (see the README's configuration table). The defaults here are the embedded
default: SQLite, Wagtail's database search backend, background work run in-process and
e-mail printed to the console, so the site runs with no service at all.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps first so their templates and translations win.
    "cms",
    "home",
    "opportunities",
    "events",
    "awards",
    "search",
    # Wagtail and its translation layer.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django_tasks",
    # Django.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    # After wagtail.admin: its ready() replaces Wagtail's synchronous workflow e-mails.
    "partners",
    # Staff accounts: lockout after failed logins, two-factor authentication (cms/two_factor.py).
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # Content-Security-Policy (header set in production settings; nonce for inline scripts).
    "csp",
]

MIDDLEWARE = [
    # The anonymous full-page cache (cms/pagecache.py) first: a hit skips everything below;
    # a miss is stored with what they added (security headers, language, frame options),
    # never their cookies. It never answers a request that SecurityMiddleware would
    # redirect to HTTPS, nor paths under /api/ and /static/ (CORS, WhiteNoise).
    "cms.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # CORS first, so that preflight answers and error responses carry its headers too.
    "corsheaders.middleware.CorsMiddleware",
    # ETag, Cache-Control and 304 answers for GETs under /api/v2/ (cms/api_cache.py).
    "cms.api_cache.APIConditionalGetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Wagtail's site for the request, kept per generation of the site (cms/middleware.py).
    "cms.middleware.KnownSiteMiddleware",
    "cms.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(); then moderators and administrators are sent to their second
    # factor before any admin page.
    "django_otp.middleware.OTPMiddleware",
    "cms.two_factor.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Content-Security-Policy on every answer; the admin's policy differs (cms/csp.py).
    "cms.csp.SiteCSPMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.site_languages",
            ],
        },
    },
]

# --- Data ---------------------------------------------------------------------------------
# DATABASE_URL selects the database; without it the embedded SQLite file is used.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# REDIS_URL switches caching and background work to Redis; without it both stay in-process.
REDIS_URL = os.environ.get("REDIS_URL", "")

# Prefix of every key this site writes to Redis (caches, search counts).
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "bitburg")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "cms.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Full-page cache (cms/pagecache.py) ------------------------------------------------------
# Anonymous pages in Redis (in-process without REDIS_URL: one process only, e.g. runserver),
# invalidated by tags when content is published, unpublished, moved or deleted.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
# Seconds a page stays in our cache and in a CDN (s-maxage); purges make it fresh earlier.
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "300"))
# Seconds a browser may keep a page (no purge reaches a browser).
PAGE_CACHE_BROWSER_MAX_AGE = int(os.environ.get("PAGE_CACHE_BROWSER_MAX_AGE", "60"))
# A page is not stored if a tag it depends on was renewed less than this before its
# rendering began (the web servers' clocks may differ by that much).
PAGE_CACHE_CLOCK_SKEW_MS = 2000
if REDIS_URL:
    CACHES["pagecache"] = {
        "BACKEND": "cms.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": CACHE_KEY_PREFIX + "-page",
        "TIMEOUT": PAGE_CACHE_TIMEOUT,
    }
else:
    CACHES["pagecache"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pagecache",
        "TIMEOUT": PAGE_CACHE_TIMEOUT,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
# A CDN or Varnish in front of the site: Wagtail's front-end cache invalidation sends it a
# PURGE for every URL the page cache drops (after the commit). Empty: no CDN.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
# Every translation is purged by its own URL (slugs differ per language), so Wagtail must
# not also rewrite each URL's language prefix.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []

# --- Background work ----------------------------------------------------------------------
# Wagtail's own jobs (search index, reference index, file deletion) use django-tasks, and so
# do ours. With Redis they are handed to Celery, but only once the transaction that queued
# them has committed (cms.tasks.CeleryOnCommitBackend); without Redis they run in-process.
if REDIS_URL:
    TASKS = {"default": {"BACKEND": "cms.tasks.CeleryOnCommitBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_QUEUE", "bitburg")
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A job that cannot reach Redis must fail fast, not hang the request that queued it.
# visibility_timeout: a task a worker took but never acknowledged (it died) goes back to the
# queue after this long. It must exceed the longest task and the longest retry countdown
# (run_django_task's 600 s), or Redis gives a still-running task to a second worker; outbox
# deliveries would survive that (row lock), other jobs would run twice.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600")),
    "max_retries": 1,
    "socket_connect_timeout": 2,
}
CELERY_TIMEZONE = "Europe/Berlin"

# The outbox: e-mails and webhook deliveries are rows first (cms/outbox.py). Attempts per
# e-mail, the first retry delay (doubled on each failure, up to the maximum), how long a
# message handed to a worker waits before the hand-off job gives it out again, how long
# sent messages are kept, and which django-tasks backend delivers them.
OUTBOX_MAX_ATTEMPTS = int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "8"))
OUTBOX_RETRY_DELAY = int(os.environ.get("OUTBOX_RETRY_DELAY", "60"))
OUTBOX_RETRY_MAX_DELAY = int(os.environ.get("OUTBOX_RETRY_MAX_DELAY", str(6 * 3600)))
OUTBOX_LEASE_SECONDS = int(os.environ.get("OUTBOX_LEASE_SECONDS", "120"))
OUTBOX_KEEP_DAYS = int(os.environ.get("OUTBOX_KEEP_DAYS", "30"))
OUTBOX_BATCH_SIZE = 500
# After a failed hand-over, kicks wait this long before trying the broker again (requests
# while Redis is down do not each wait for a refused connection); the hand-off job does not.
OUTBOX_KICK_PAUSE = int(os.environ.get("OUTBOX_KICK_PAUSE", "15"))
OUTBOX_TASK_BACKEND = "default"

# Jobs that run on a schedule, declared once: Celery beat runs them in production, and
# `manage.py run_scheduled_jobs` runs them by hand or from cron (e.g. on the embedded default).
SCHEDULED_JOBS = {
    "opportunity-expiry-reminders": {
        "task": "opportunities.tasks.remind_expiring_opportunities",
        "hour": 7,
        "minute": 0,
    },
    "event-registration-reminders": {
        "task": "events.tasks.remind_registrations",
        "hour": 10,
        "minute": 0,
    },
    "withdraw-past-events": {
        "task": "events.tasks.withdraw_past_events",
        "hour": 0,
        "minute": 20,
    },
    "withdraw-expired-opportunities": {
        "task": "opportunities.tasks.withdraw_expired_opportunities",
        "hour": 0,
        "minute": 15,
    },
}
SCHEDULED_JOBS["ehrenamtskarte-renewal-reminders"] = {
    "task": "awards.card_tasks.remind_card_renewals",
    "hour": 7,
    "minute": 30,
}
# Partner content (issue 8): Wagtail's go-live and expiry dates, every five minutes.
SCHEDULED_JOBS["publish-scheduled-pages"] = {
    "task": "partners.tasks.publish_scheduled",
    "hour": "*",
    "minute": "*/5",
}
# Privacy (issue 10): what is past its PRIVACY_RETENTION period goes, nightly.
SCHEDULED_JOBS["privacy-retention"] = {
    "task": "cms.retention.apply_retention",
    "hour": 3,
    "minute": 30,
}
# The outbox (cms/outbox.py) hands due e-mails and webhook deliveries to a worker.
SCHEDULED_JOBS["outbox-hand-off"] = {
    "task": "cms.outbox.hand_off_outbox",
    "hour": "*",
    "minute": "*",
}
# Searches are counted in Redis (one HINCRBY each) and added to the staff's reports here;
# without Redis they are written to the database at once.
SEARCH_COUNT_BUFFER_URL = REDIS_URL
SCHEDULED_JOBS["search-counts"] = {
    "task": "search.tasks.flush_search_counts",
    "hour": "*",
    "minute": "*",
}
CELERY_BEAT_SCHEDULE = {
    name: {
        "task": "cms.run_django_task",
        "schedule": crontab(hour=job["hour"], minute=job["minute"]),
        "args": (job["task"], [], {}),
    }
    for name, job in SCHEDULED_JOBS.items()
}

# --- Search -------------------------------------------------------------------------------
# SEARCH_URL points at OpenSearch 2 (default engine) or Elasticsearch 8 (SEARCH_ENGINE=
# elasticsearch8); without it Wagtail's database backend is used.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "opensearch2")
SEARCH_BACKEND_MODULES = {
    # Wagtail's OpenSearch 2 backend plus an analysed text field per language (search/).
    "opensearch2": "search.backend",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
}
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "bitburg")

if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": SEARCH_BACKEND_MODULES[SEARCH_ENGINE],
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": f"{SEARCH_INDEX_PREFIX}_",
            "TIMEOUT": int(os.environ.get("SEARCH_TIMEOUT", "5")),
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        },
        # Kept up to date alongside, so the site search can answer from the database
        # while OpenSearch is unreachable (search/engine.py).
        "fallback": {"BACKEND": "wagtail.search.backends.database"},
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# --- Staff accounts -----------------------------------------------------------------------
# django-axes counts failed logins (Wagtail admin, Django admin, any authenticate() call) in
# PostgreSQL and refuses further attempts for a username from one address once the limit is
# reached, the right password included, until the cool-off has passed or staff reset it
# (`manage.py axes_reset_username <name>`).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "30")))
# Username and address together: an attacker elsewhere cannot lock a moderator out.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# A successful login clears that username's failures from that address (nobody else's).
AXES_RESET_ON_SUCCESS = True
# The address behind API_NUM_PROXIES trusted proxies, as the API's rate limit counts it.
AXES_CLIENT_IP_CALLABLE = "cms.two_factor.client_ip"
AXES_LOCKOUT_CALLABLE = "cms.two_factor.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# Two-factor authentication (django-otp, TOTP): required for superusers, administrators and
# moderators; optional for everyone else who sets up a device.
TWO_FACTOR_REQUIRED_GROUPS = ["Administrators", "Moderators"]
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Ehrenamt Bitburg")

# Content-Security-Policy (django-csp, cms/csp.py), the same everywhere so that the tests
# run under the production policy. Only our own origin serves scripts, styles, images,
# fonts and requests; inline scripts need the request's nonce; no site may frame ours.
_CSP_COMMON = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-src": ["'self'"],
    # Wagtail's preview shows the page in a frame of the admin.
    "frame-ancestors": ["'self'"],
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_CSP_COMMON,
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
    }
}
# Wagtail's admin writes inline scripts and styles (wagtail#1288, #7053), and its image
# editor draws from blob: URLs; a nonce would switch 'unsafe-inline' off, so none here.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **_CSP_COMMON,
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "worker-src": ["'self'", "blob:"],
    }
}

# --- Passwords ----------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages ----------------------------------------------------------------------------
# German is the source language; the other site languages follow SPEC §5. SITE_LANGUAGES
# narrows the list for a site that offers fewer (comma-separated codes, German first).
ALL_SITE_LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("fr", "Français"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("tr", "Türkçe"),
    ("pl", "Polski"),
    ("ro", "Română"),
]
_wanted = env_list("SITE_LANGUAGES") or [code for code, _name in ALL_SITE_LANGUAGES]
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    (code, name) for code, name in ALL_SITE_LANGUAGES if code in _wanted
]
LANGUAGE_CODE = "de"
RTL_LANGUAGES = {"ar", "fa"}
USE_I18N = True
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Machine translation in wagtail-localize's editor: DeepL when DEEPL_AUTH_KEY is set.
# DEEPL_API_URL points elsewhere (the tests' local stand-in, or a proxy).
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "cms.machine_translation.DeepLTranslator",
        "OPTIONS": {
            "AUTH_KEY": os.environ["DEEPL_AUTH_KEY"],
            "API_URL": os.environ.get("DEEPL_API_URL", ""),
            "FORMALITY": os.environ.get("DEEPL_FORMALITY", "prefer_more"),
            "TIMEOUT": os.environ.get("DEEPL_TIMEOUT", "30"),
        },
    }
TIME_ZONE = "Europe/Berlin"
USE_TZ = True

# --- Static and media ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Personal files (nomination attachments, generated letters and card applications) live
# outside MEDIA_ROOT with no URL: only staff views that check permissions stream them.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- E-mail -------------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ehrenamt@bitburg.example")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where staff notifications about new submissions go.
AGENCY_EMAIL = os.environ.get("AGENCY_EMAIL", "ehrenamt@bitburg.example")

# --- Ehrenamtskarte and letters of thanks --------------------------------------------------
# Whether an organisation may file one application for several volunteers: the sources
# disagree (DOMAIN.md), so it is off unless the town decides otherwise. While it is off the
# API refuses a request with an "applicants" list; each volunteer applies for themselves.
EHRENAMTSKARTE_COLLECTIVE_APPLICATIONS = env_bool("EHRENAMTSKARTE_COLLECTIVE_APPLICATIONS", False)
# How long the organisation's confirmation link stays valid, in days.
EHRENAMTSKARTE_CONFIRMATION_DAYS = int(os.environ.get("EHRENAMTSKARTE_CONFIRMATION_DAYS", "30"))
# How many days before a card runs out its holder is reminded to apply again (once).
EHRENAMTSKARTE_RENEWAL_REMINDER_DAYS = int(
    os.environ.get("EHRENAMTSKARTE_RENEWAL_REMINDER_DAYS", "60")
)
# Who signs the letters of thanks. A neutral default, so no person's name is invented.
MAYOR_NAME = os.environ.get("MAYOR_NAME", "Der Bürgermeister der Stadt Bitburg")
# A folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf (Debian: fonts-dejavu-core) so that
# PDFs can print every name; without it the PDFs fall back to a Latin-only built-in font.
PDF_FONT_DIR = os.environ.get("PDF_FONT_DIR", "/usr/share/fonts/truetype/dejavu")

# --- Personal data (DSGVO; cms/privacy.py, cms/retention.py) -----------------------------
# Why each kind of submission is kept, on which legal basis ("consent": Art. 6(1)(a),
# "public_task": Art. 6(1)(e) GDPR) and for how long: the nightly "privacy-retention" job
# deletes (or anonymises) what is past its period, and the privacy page prints this table,
# so what the page says is what the job does. A system check fails for a model that holds
# personal data and is missing here. Periods count from the model's `retention_anchor`
# (when it was sent, unless said otherwise). A period never exceeds what the form's consent
# text promises (the demo's texts name 12 months, six months after the event, a year after
# the ceremony). Why these periods:
# - counselling: a follow-up within the year is common; after it we start afresh;
# - interest: organisations answer within weeks, but placements and questions take months;
# - registration: six months after the event's last date, for questions and certificates;
# - survey: one year, long enough to evaluate the campaign and report on it;
# - nomination: 18 months after the round's nominations closed, i.e. about a year after
#   the ceremony, so the jury of the next round can see who was nominated before;
# - Ehrenamtskarte: a year after the card runs out, for a late renewal;
# - letter of thanks: the proposer's contact for a year; the letter's record stays;
# - partner application: a year after it was decided (a partner then has its own page).
PRIVACY_RETENTION = {
    "home.CounsellingRequest": {
        "days": 365,
        "purpose": _("To answer your counselling request and any follow-up questions."),
        "basis": "consent",
    },
    "opportunities.ExpressionOfInterest": {
        "days": 365,
        "purpose": _("To pass your message on to the organisation and put you in touch."),
        "basis": "consent",
    },
    "events.EventRegistration": {
        "days": 180,
        "purpose": _("To manage your place, the waiting list and reminders for the event."),
        "basis": "consent",
    },
    "events.SurveySubmission": {
        "days": 365,
        "purpose": _("To evaluate the campaign the survey belongs to."),
        "basis": "consent",
    },
    "awards.Nomination": {
        "days": 540,
        "purpose": _("To let the jury decide on the honours and see earlier nominations."),
        "basis": "public_task",
    },
    "awards.EhrenamtskarteApplication": {
        "days": 365,
        "purpose": _("To check the application, issue the card and remind you to renew it."),
        "basis": "public_task",
    },
    "awards.ThankYouLetterProposal": {
        "days": 365,
        "purpose": _("To ask you about the letter of thanks you proposed."),
        "basis": "public_task",
    },
    "partners.PartnerApplication": {
        "days": 365,
        "purpose": _("To decide on the application and set up the partner's access."),
        "basis": "consent",
    },
    # The e-mails themselves (cms/outbox.py): a sent one goes after OUTBOX_KEEP_DAYS
    # already; this also removes one that could never be delivered.
    "cms.OutboxMessage": {
        "days": 60,
        "purpose": _(
            "To send you the e-mails about your request, and to retry them if sending fails."
        ),
        "basis": "consent",
    },
}
# Other periods without a code change: "events.EventRegistration=60,home.CounsellingRequest=180".
for _item in env_list("PRIVACY_RETENTION_DAYS"):
    _label, _days = _item.split("=")
    PRIVACY_RETENTION[_label.strip()]["days"] = int(_days)
# How long the link of the self-service page (cms/selfservice.py) works.
PRIVACY_LINK_MAX_AGE = int(os.environ.get("PRIVACY_LINK_MAX_AGE", str(24 * 3600)))

# --- Wagtail ------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Ehrenamt Bitburg"
# The admin loads nothing from other sites (the CSP would refuse it, and staff's e-mail
# hashes and page views stay here): no Gravatar, no update check, no "what's new" feed.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# No autosave in the page editor. With it, a moderator's "Approve" raced an autosave POST
# that failed with a 500 and left the approved page unpublished, and a partner's "Submit"
# within half a second of the autosave that created the page failed on a duplicate slug
# (found by tests/browser journey 5; see wagtail/wagtail#13856; mozilla/bedrock turned
# autosave off too). Editors save drafts with the "Save draft" button.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# The largest page an API listing returns (?limit=); listings are paginated beyond it.
WAGTAILAPI_LIMIT_MAX = 100

# --- API v2 (cms/api.py, cms/api_cache.py) -------------------------------------------------
# Front ends on other origins that may call /api/v2/ from a browser (comma-separated).
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/v2/.*$"
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]
# How long shared caches and browsers may keep a read answer before revalidating it (s).
API_CACHE_MAX_AGE = int(os.environ.get("API_CACHE_MAX_AGE", "60"))
# Submissions per client (IP address) through every API write endpoint, e.g. "20/hour".
API_SUBMISSION_RATE = os.environ.get("API_SUBMISSION_RATE", "20/hour")
SPECTACULAR_SETTINGS = {
    "TITLE": "Ehrenamt Bitburg API",
    "DESCRIPTION": "Pages, opportunities, events, awards and calls to read; the public forms "
    "to submit. Generated from the code (cms/api_schema.py).",
    "VERSION": "2",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v2",
    "PREPROCESSING_HOOKS": ["cms.api_schema.only_public_api"],
    # cms.api.PageIdConverter: ids within PostgreSQL's integer range.
    "PATH_CONVERTER_OVERRIDES": {
        "page_id": {"type": "integer", "minimum": 0, "maximum": 2147483647}
    },
    "COMPONENT_SPLIT_REQUEST": True,
    # Every yes/no question of the Ehrenamtskarte forms is one enum in the description.
    "ENUM_NAME_OVERRIDES": {"YesNoEnum": ["yes", "no"]},
    # The docs page's scripts come from the drf-spectacular-sidecar package, not a CDN.
    "REDOC_DIST": "SIDECAR",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
}
# Headless preview (cms/preview.py): how long a signed preview token works (s), and the
# front end's preview URL editors are sent to (with ?token=…&api_url=…); empty: show token.
API_PREVIEW_MAX_AGE = int(os.environ.get("API_PREVIEW_MAX_AGE", "3600"))
API_PREVIEW_FRONTEND_URL = os.environ.get("API_PREVIEW_FRONTEND_URL", "")
# Webhooks (cms/webhooks.py): attempts per delivery (Celery retries with backoff between
# them) and the timeout of one POST (s).
WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("WEBHOOK_MAX_ATTEMPTS", "7"))
WEBHOOK_TIMEOUT = int(os.environ.get("WEBHOOK_TIMEOUT", "10"))
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Proxies in front of the app whose X-Forwarded-For the rate limit trusts (0: none).
    "NUM_PROXIES": int(os.environ.get("API_NUM_PROXIES", "0")),
}
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Alt text (the image's description) is required when an image is added or edited.
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.image_forms.AltTextRequiredImageForm"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "WARNING"},
        "opensearch": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
        # fpdf2 subsets fonts through fontTools, which logs every step at INFO.
        "fontTools": {"level": "WARNING"},
        # django-axes logs every start and every failed login at INFO.
        "axes": {"level": "WARNING"},
    },
}
