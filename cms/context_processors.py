from django.conf import settings
from django.utils import translation


def site_languages(request):
    """`lang`/`dir` for <html> and the site languages for the switcher."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return {
        "html_lang": language,
        "html_dir": "rtl" if language in settings.RTL_LANGUAGES else "ltr",
        "site_languages": settings.LANGUAGES,
    }
