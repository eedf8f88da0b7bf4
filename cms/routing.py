"""Routing a URL to its page in two queries instead of two per level of the tree.

Wagtail's `Page.route` walks down from the site's root: per level one query for the child
with the next slug and one for its specific page, eight queries for an opportunity four
levels down. `DirectRouteMixin` (on the site root, `home.HomePage`) fetches the pages
along the path at once (by their slugs, then matched by URL path) and hands the rest of
the walk to the deepest of them whose ancestors below the root route the plain way; a page
type with a `route` of its own (a routable index with its month and calendar URLs, another
site root) gets its remaining path exactly as Wagtail would give it. A missing page is a
404 as before, and the page at the end of the path answers only if it is live (Wagtail's
`Page.route`). The root's translations are kept with the site (`localized`).
"""

from __future__ import annotations

from django.http import Http404
from wagtail.models import Locale, Page

from . import pagecache


class DirectRouteMixin:
    @property
    def localized(self):
        """Wagtail's `localized` (the live translation in the active language, else this
        page) from the translations kept with the site (cms/middleware.py) when this is the
        request's site root: routing asks for it on every request."""
        kept = getattr(self, "kept_translations", None)
        if kept is None:
            return super().localized
        return kept.get(Locale.get_active().pk, self)

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        # A walk to a page at the end of the path is kept per generation of the site and
        # of the pages (any publish, unpublish, move or deletion renews `section:search`);
        # one that hands a rest to a routable page is not (its rest may be anything).
        path, remaining = pagecache.fragment(
            f"walk:{self.pk}:{'/'.join(path_components)}",
            [pagecache.SITE_TAG, pagecache.SEARCH_TAG],
            lambda: self.walk(path_components),
            keep=lambda walk, generations, started_ns: not walk[1],
        )
        return kept_specific(path[-1], path, request).route(request, remaining)

    def walk(self, path_components) -> tuple[list[Page], list[str]]:
        """The pages along the path down to the one that answers the rest of it (the last
        page, or a page type with a `route` of its own), and that rest; a 404 if a page
        on the way is missing."""
        prefixes = [
            self.url_path + "/".join(path_components[:n]) + "/"
            for n in range(1, len(path_components) + 1)
        ]
        # By slug, which Wagtail indexes (`url_path` has no index: a scan of every page);
        # the URL paths then pick the pages that are on this path.
        along = {
            page.url_path: page
            for page in Page.objects.filter(
                slug__in=set(path_components),
                depth__gt=self.depth,
                depth__lte=self.depth + len(path_components),
                path__startswith=self.path,
            )
            .order_by()
            .only("url_path", "depth", "content_type_id")  # the walk reads these, no more
        }
        for level, prefix in enumerate(prefixes, start=1):
            page = along.get(prefix)
            if page is None or page.depth != self.depth + level:
                raise Http404
            remaining = path_components[level:]
            if not remaining or (page.specific_class or Page).route is not Page.route:
                return [along[prefix] for prefix in prefixes[:level]], remaining
        raise Http404  # not reached: the last level returns


def kept_specific(page, path: list[Page], request):
    """`specific(page)` kept in the page cache's store per generation of the site and of
    the pages on its path (the page, its parent …): publishing, unpublishing, moving or
    deleting one of them, or a page below it, renews its tag (`pagecache.invalidate_pages`).
    A page of a hundred columns with its organisation is then one read from the store, not
    a query whose compilation costs more than its execution. Kept only when every relation
    in `route_select_related` is a page on the path (an opportunity's organisation is its
    parent), whose tag is then among the kept page's. Signed-in visitors (editors, whose
    user bar reads the page's draft state) get the page from the database."""
    user = getattr(request, "user", None)
    if getattr(request, "is_preview", False) or getattr(user, "is_authenticated", False):
        return specific(page)
    on_path = {ancestor.pk for ancestor in path}
    related = getattr(page.specific_class, "route_select_related", ())

    def keep(value, generations, started_ns) -> bool:
        return all(getattr(value, f"{name}_id") in on_path for name in related)

    tags = [pagecache.SITE_TAG, *sorted(f"page:{pk}" for pk in on_path)]
    return pagecache.fragment(f"route:{page.pk}", tags, lambda: specific(page), keep=keep)


def specific(page):
    """`page.specific`, with the relations its type names in `route_select_related` (what
    its template shows on every request: an opportunity's organisation) in the same query."""
    model = page.specific_class
    related = getattr(model, "route_select_related", ())
    if not related:
        return page.specific
    try:
        # `get` asks without Wagtail's tree order, whose compilation cost more than the query.
        return model._default_manager.select_related(*related).get(pk=page.pk)
    except model.DoesNotExist:
        return page.specific
