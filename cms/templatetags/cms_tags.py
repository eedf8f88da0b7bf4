from __future__ import annotations

import hashlib
import json
import re
from urllib.parse import unquote, urlsplit, urlunsplit

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
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


@register.simple_tag(takes_context=True)
def cards(context, items, template_name: str, name: str) -> str:
    """`template_name` rendered once per item (as `name` in the context), each card kept in
    the page cache's store until one of the item's `card_cache_tags()` changes: a listing
    reads its twenty cards in one Redis round trip and renders only the ones it lacks. A
    card depends on nothing of the request but its site and language (both in the key)."""
    from cms import pagecache

    items = list(items)
    if not items:
        return ""
    request = context.get("request")
    site = getattr(request, "_wagtail_site", None) or (
        Site.find_for_request(request) if request else None
    )
    prefix = f"card:{template_name}:{getattr(site, 'pk', '-')}:{translation.get_language()}"
    keyed = {f"{prefix}:{item.card_cache_key}": item for item in items}

    def build(names: list[str]) -> dict[str, str]:
        card = context.template.engine.get_template(template_name)
        objects = {key: keyed[key] for key in names}
        if isinstance(items[0], pagecache.CardKey):  # load what the missing cards show
            loaded = items[0].load([objects[key].pk for key in names])
            objects = {key: loaded.get(item.pk) for key, item in objects.items()}
        built = {}
        for key, item in objects.items():
            if item is None:  # withdrawn since the listing's query: no card
                built[key] = ""
                continue
            with context.push(**{name: item}):
                built[key] = card.render(context)
        return built

    wanted = {key: item.card_cache_tags() for key, item in keyed.items()}
    rendered = pagecache.fragments(wanted, build)
    return mark_safe("".join(rendered[key] for key in keyed))  # noqa: S308 (rendered templates)


class KeepNode(template.Node):
    """`{% keep "name" value … [page=…] [section=…] [when=…] %}…{% endkeep %}`: the
    enclosed part rendered once per site, language, generation of the site's shared content
    (taxonomies, settings, images) and combination of the values, and of the page's or the
    section's when given. For parts that show nothing else — a listing's filter form (about
    120 checkboxes) with the chosen filters as the value — so that a listing does not
    render them on every request. With `when` false, the part is rendered afresh."""

    def __init__(self, nodelist, name, values, page, section, when):
        self.nodelist, self.name, self.values = nodelist, name, values
        self.page, self.section, self.when = page, section, when

    def render(self, context) -> str:
        from cms import pagecache

        request = context.get("request")
        if getattr(request, "is_preview", False):
            # A preview shows a draft: never served from the store, never stored there.
            return self.nodelist.render(context)
        if self.when is not None and not self.when.resolve(context):
            return self.nodelist.render(context)
        site = getattr(request, "_wagtail_site", None)
        page = self.page.resolve(context) if self.page is not None else None
        values = repr([value.resolve(context) for value in self.values])
        digest = hashlib.sha256(values.encode()).hexdigest()[:32]
        tags = [pagecache.SITE_TAG]
        if page is not None:
            tags.append(f"page:{page.pk}")
        section = self.section.resolve(context) if self.section is not None else None
        if section:
            tags.append(f"section:{section}")
        language = translation.get_language()
        where = f"{getattr(site, 'pk', '-')}:{language}:{getattr(page, 'pk', '-')}"
        key = f"keep:{self.name.resolve(context)}:{where}:{digest}"
        return pagecache.fragment(key, tags, lambda: self.nodelist.render(context))


@register.tag
def keep(parser, token):
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("{% keep %} needs a name")
    options = template.base.token_kwargs([bit for bit in bits if "=" in bit], parser)
    unknown = set(options) - {"page", "section", "when"}
    if unknown:
        raise template.TemplateSyntaxError(f"{{% keep %}} does not know {sorted(unknown)}")
    nodelist = parser.parse(("endkeep",))
    parser.delete_first_token()
    name, *values = (parser.compile_filter(bit) for bit in bits if "=" not in bit)
    return KeepNode(
        nodelist, name, values, options.get("page"), options.get("section"), options.get("when")
    )


def _translation_urls(page: Page, request) -> dict[str, tuple[str, str]]:
    """The URLs (as a link and in full) of a page's live translations by language code,
    the page's own included. Read once per rendering (the language switcher and the
    hreflang links both show them) and kept per generation of the page: publishing,
    unpublishing, moving or deleting a translation renews the tags of every page with its
    translation key (`pagecache.affected_pages`)."""
    from cms import pagecache

    found = getattr(page, "_translation_urls", None)
    if found is None:

        def build() -> dict[str, tuple[str, str]]:
            translations = page.get_translations(inclusive=True).live().select_related("locale")
            return {
                p.locale.language_code: (p.get_url(request), p.get_full_url(request))
                for p in translations
            }

        site = getattr(request, "_wagtail_site", None) or Site.find_for_request(request)
        key = f"translations:{page.pk}:{getattr(site, 'pk', '-')}"
        found = page._translation_urls = pagecache.fragment(key, [f"page:{page.pk}"], build)
    return found


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One link per site language: the page's translation, else the same URL in that language."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translations = _translation_urls(page, request) if isinstance(page, Page) else {}
    urls = {code: found[0] for code, found in translations.items()}
    missing = [code for code, _name in settings.LANGUAGES if code not in urls]
    if missing:
        urls.update(translate_urls(request.get_full_path() if request else "/", missing))
    return [
        {"code": code, "name": name, "url": urls[code], "current": code == current}
        for code, name in settings.LANGUAGES
    ]


def translate_urls(url: str, codes: list[str]) -> dict[str, str]:
    """Django's `translate_url` for several languages with one `resolve()` of the URL (in
    the active language, as `translate_url` resolves it) instead of one per language."""
    parsed = urlsplit(url)
    try:
        match = resolve(unquote(parsed.path))
    except Resolver404:
        return dict.fromkeys(codes, url)
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    found = {}
    for code in codes:
        with translation.override(code):
            try:
                path = reverse(name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                found[code] = url
            else:
                found[code] = urlunsplit(parsed._replace(path=path))
    return found


@register.simple_tag(takes_context=True)
def alternate_links(context, page: Page):
    """hreflang alternates for the translations a page really has."""
    translations = _translation_urls(page, context.get("request"))
    return format_html_join(
        "\n",
        '<link rel="alternate" hreflang="{}" href="{}">',
        ((code, urls[1]) for code, urls in translations.items()),
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
