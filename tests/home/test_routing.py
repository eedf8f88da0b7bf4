"""`cms.routing.DirectRouteMixin` on the home page finds what Wagtail's tree walk finds."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from wagtail.models import Page

from events.models import EventIndexPage
from opportunities.factories import OpportunityPageFactory, OrganisationPageFactory
from opportunities.models import OrganisationIndexPage

pytestmark = pytest.mark.django_db


def routed(route, root, components):
    try:
        result = route(root, RequestFactory().get("/"), components)
    except Http404:
        return "404"
    return result.page.pk, [getattr(arg, "__name__", arg) for arg in result.args], result.kwargs


def test_direct_routing_agrees_with_wagtails_walk_in_fewer_queries(
    home_page, django_assert_max_num_queries
):
    organisations = OrganisationIndexPage(title="Organisationen", slug="organisationen")
    home_page.add_child(instance=organisations)
    organisations.save_revision().publish()
    club = OrganisationPageFactory(parent=organisations, title="Turnverein Bitburg")
    live = OpportunityPageFactory(parent=club, title="Kinderturnen begleiten")
    draft = OpportunityPageFactory(parent=club, title="Hallendienst", live=False)
    events = EventIndexPage(title="Veranstaltungen", slug="veranstaltungen")
    home_page.add_child(instance=events)
    events.save_revision().publish()
    root = Page.objects.get(pk=home_page.pk).specific

    paths = [
        ["organisationen"],
        ["organisationen", club.slug],
        ["organisationen", club.slug, live.slug],
        ["organisationen", club.slug, draft.slug],  # not live: 404
        ["organisationen", club.slug, "gibt-es-nicht"],
        ["organisationen", club.slug, live.slug, "weiter"],  # below a plain page: 404
        ["veranstaltungen"],
        ["veranstaltungen", "monat", "2027", "3"],  # a routable page's own URL
        ["veranstaltungen", "kalender"],
        ["veranstaltungen", "monat", "kein-jahr"],
        ["gibt-es-nicht"],
    ]
    for components in paths:
        assert routed(type(root).route, root, components) == routed(Page.route, root, components), (
            components
        )
    assert routed(type(root).route, root, paths[2])[0] == live.pk
    assert routed(type(root).route, root, paths[3]) == "404"

    # Two queries for a page three levels down (its path, then its specific row), where
    # the walk takes two per level.
    with django_assert_max_num_queries(2):
        root.route(RequestFactory().get("/"), paths[2])


def test_the_site_roots_translations_are_kept_and_follow_publishing(
    client, home_page, no_page_cache, django_assert_num_queries
):
    """Routing an Arabic URL starts at the Arabic home page, which is kept with the site
    (cms/middleware.py) instead of asked for on every request; withdrawing or publishing
    it again is seen at once."""
    from wagtail.models import Locale

    arabic = home_page.copy_for_translation(Locale.objects.create(language_code="ar"))
    arabic.title = "التطوع في بيتبورغ"
    arabic.save_revision().publish()

    def title():
        html = client.get("/ar/").content.decode()
        return html.split("<h1>", 1)[1].split("</h1>", 1)[0]

    assert title() == arabic.title
    # The home page of the visitor's language is read with the site, not on its own.
    with django_assert_num_queries(1):  # the latest news
        assert client.get("/ar/").status_code == 200

    arabic.refresh_from_db()
    arabic.unpublish()
    assert title() == home_page.title  # Wagtail's fallback: the German original
    arabic.save_revision().publish()
    assert title() == arabic.title
