from __future__ import annotations

import json
import re

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Page, Site

register = template.Library()


FOOTER_LINKS = ("contact_page", "imprint_page", "privacy_page", "accessibility_page")


@register.simple_tag(takes_context=True)
def site_chrome(context) -> dict:
    """What every page's header and footer show for the request's site and language: the
    home page's URL, the main menu, the agency's name and address and the footer's links.
    Built once per generation of the site and the home page's subtree (cms/pagecache.py),
    so an uncached page does not spend a dozen queries on it."""
    from cms import pagecache
    from cms.models import SiteLinks

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"home_url": "/", "menu": [], "footer": {}}
    language = translation.get_language()

    def build() -> dict:
        home = site.root_page.localized
        menu = home.get_children().live().public().in_menu().order_by("path")
        links = SiteLinks.for_site(site)
        footer = {}
        for name in FOOTER_LINKS:
            target = getattr(links, name)
            if target is not None:
                footer[name] = target.localized.get_url(request)
        return {
            "home_url": home.get_url(request),
            "menu": [{"pk": p.pk, "title": p.title, "url": p.get_url(request)} for p in menu],
            # Menu titles of an untranslated site are German: marked so that screen readers
            # and the text direction treat them as such on an Arabic or Farsi page.
            "title_language": (
                home.locale.language_code if home.locale.language_code != language else ""
            ),
            "footer": footer,
            "agency_name": links.agency_name,
            "agency_address": links.agency_address,
            "agency_phone": links.agency_phone,
        }

    tags = [pagecache.SITE_TAG, f"page:{site.root_page_id}"]
    return pagecache.fragment(f"chrome:{site.pk}:{language}", tags, build)


def _page_translations(page: Page) -> dict[str, Page]:
    """Live translations of a page by language code, including the page itself (read once
    per rendering: the language switcher and the hreflang links both show them)."""
    found = getattr(page, "_live_translations", None)
    if found is None:
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        found = page._live_translations = {p.locale.language_code: p for p in translations}
    return found


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One link per site language: the page's translation, else the same URL in that language."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translations = _page_translations(page) if isinstance(page, Page) else {}
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request)
        else:
            path = request.get_full_path() if request else "/"
            url = translate_url(path, code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context, page: Page):
    """hreflang alternates for the translations a page really has."""
    request = context.get("request")
    translations = _page_translations(page)
    return format_html_join(
        "\n",
        '<link rel="alternate" hreflang="{}" href="{}">',
        ((code, p.get_full_url(request)) for code, p in translations.items()),
    )


@register.filter
def tel_href(number: str) -> str:
    """A German phone number as written ("06561 6001-0") as a tel: link (+49 6561 60010)."""
    digits = re.sub(r"[^\d+]", "", number)
    if digits.startswith("0"):
        digits = "+49" + digits[1:]
    return f"tel:{digits}"


_LOCALE_CODES: dict[int, str] = {}


def locale_code(locale_id: int) -> str:
    """A locale's language code without a query per card in a listing (there are a handful
    of locales; the map is refilled when an unknown one turns up)."""
    code = _LOCALE_CODES.get(locale_id)
    if code is None:
        _LOCALE_CODES.update(Locale.objects.values_list("pk", "language_code"))
        code = _LOCALE_CODES[locale_id]
    return code


def written_in(page: Page) -> str:
    """The language a page's content is written in. An alias that wagtail-localize's tree
    synchronisation made for an untranslated page shows the German source's content."""
    if page.alias_of_id is not None:
        return settings.LANGUAGE_CODE
    return locale_code(page.locale_id)


@register.simple_tag
def is_fallback(page: Page) -> bool:
    """True when the page is shown in another language than the visitor's (no translation)."""
    return written_in(page) != translation.get_language()


@register.simple_tag(takes_context=True)
def content_language(context, page: Page) -> str:
    """lang/dir for a page's content when it is not in the visitor's language (a fallback)."""
    code = written_in(page)
    if code == translation.get_language():
        return ""
    direction = "rtl" if code in settings.RTL_LANGUAGES else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


def json_ld(data: dict) -> str:
    """A schema.org JSON-LD script element; `<` is escaped so content cannot end the script."""
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag(takes_context=True)
def organisation_jsonld(context, page) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": page.title,
        "url": page.get_full_url(context.get("request")),
    }
    if page.website:
        data["sameAs"] = [page.website]
    if page.street:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": page.street,
            "postalCode": page.postcode,
            "addressLocality": page.town,
            "addressCountry": "DE",
        }
    if page.phone:
        data["telephone"] = page.phone
    return json_ld(data)


@register.inclusion_tag("cms/retention_table.html", takes_context=True)
def retention_periods(context) -> dict:
    """On the page staff chose as the privacy page (Site links), the purposes and
    retention periods of settings.PRIVACY_RETENTION, the same table the nightly job applies
    (cms/retention.py), so what the page says stays true; elsewhere nothing."""
    from cms.models import SiteLinks
    from cms.retention import retention_table

    page, request = context.get("page"), context.get("request")
    if page is None or request is None:
        return {"rows": []}
    privacy_page = SiteLinks.for_request(request).privacy_page
    if privacy_page is None or privacy_page.translation_key != page.translation_key:
        return {"rows": []}
    return {"rows": retention_table()}
