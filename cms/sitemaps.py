"""sitemap.xml with every language and hreflang alternates between translations.

Wagtail's sitemap lists the default site's root and its descendants — the German tree only;
wagtail-localize's translated trees sit beside it. This one lists the translations of the
root page's subtree too, and gives every URL its live translations as `xhtml:link`
alternates (plus x-default, the German source), fetched in one query per sitemap page.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        in_any_language = Q()
        for translated_root in root.get_translations(inclusive=True):
            in_any_language |= Q(path__startswith=translated_root.path)
        return (
            Page.objects.filter(in_any_language)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        alternates = self.alternates({item.translation_key for item in items})
        urls = []
        last_mods = set()
        for item in items:
            translations = alternates.get(item.translation_key, [])
            for url_info in item.get_sitemap_urls(self.request):
                if sum(a["lang_code"] != "x-default" for a in translations) > 1:
                    url_info["alternates"] = translations
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def alternates(self, keys) -> dict:
        """Live translations per translation key, with x-default on the German source."""
        found: dict = {}
        for translated in (
            Page.objects.filter(translation_key__in=keys)
            .live()
            .public()
            .select_related("locale")
            .order_by("locale__language_code")
        ):
            code = translated.locale.language_code
            location = translated.get_full_url(self.request)
            entries = found.setdefault(translated.translation_key, [])
            entries.append({"lang_code": code, "location": location})
            if code == settings.LANGUAGE_CODE:
                entries.append({"lang_code": "x-default", "location": location})
        return found
