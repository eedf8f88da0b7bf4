from django.core.exceptions import DisallowedHost
from django.middleware.locale import LocaleMiddleware
from wagtail.models import Site

from . import locales, pagecache
from .models import RESTRICTED_PATHS, read_restricted_paths

# Paths outside i18n_patterns. Django's LocaleMiddleware turns a 404 there into a redirect
# to /de/<path>, because Wagtail's catch-all page route accepts any path; an API client or
# the admin must get the 404 itself.
UNPREFIXED_PATHS = ("/api/", "/admin/", "/django-admin/", "/documents/", "/health/")


class SiteLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


class KnownSiteMiddleware:
    """Wagtail's site for the request (`Site.find_for_request`, which every page URL built
    asks for) from the page cache's store instead of a query per request: kept per host and
    port until the site's generation changes (a Site saved, or a page near the root
    published). Hosts outside ALLOWED_HOSTS are left to Wagtail, so a client cannot fill
    the store with names of its choosing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            host = request.get_host()
        except DisallowedHost:
            return self.get_response(request)
        site_key = f"site:{host}:{request.get_port()}"
        if request.method not in ("GET", "HEAD"):
            request._wagtail_site = pagecache.fragment(
                site_key, [pagecache.SITE_TAG], lambda: _site(request)
            )
            return self.get_response(request)
        with pagecache.read_once(url=f"{host}{request.get_full_path()}"):
            # With the site, in the same round trip, what nearly every page asks for.
            read = {
                site_key: lambda: _site(request),
                locales.FRAGMENT: locales.read_locales,
                RESTRICTED_PATHS: read_restricted_paths,
            }
            kept = pagecache.fragments(
                dict.fromkeys(read, [pagecache.SITE_TAG]),
                lambda names: {name: read[name]() for name in names},
            )
            request._wagtail_site = kept[site_key]
            return self.get_response(request)


def _site(request) -> Site | None:
    """The request's site with its root page as its specific class, which routing asks for
    on every request (`root_page.localized.specific`)."""
    site = Site._find_for_request(request)
    if site is not None:
        root = site.root_page = site.root_page.specific
        # Routing starts at the root's translation in the visitor's language (Wagtail's
        # `root_page.localized`): kept with the site (cms/routing.py).
        translations = root.get_translations().live().specific()
        root.kept_translations = {page.locale_id: page for page in translations}
        # The site's pages in every language lie below these (the API's visible pages,
        # cms/api.py), drafts included, as Wagtail's `get_translations` gives them.
        root.kept_tree_paths = [
            root.path,
            *root.get_translations().order_by("path").values_list("path", flat=True),
        ]
    return site
