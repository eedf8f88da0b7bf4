"""Parts of pages kept in the page cache's store with the full-page cache off (issue 11):
cards, the filter form and the links to a page's translations are rendered once per
generation and follow every change that they show."""

from __future__ import annotations

import pytest

from cms.models import Language
from events.factories import EventPageFactory, in_days
from events.models import EventIndexPage

pytestmark = pytest.mark.django_db

CARD = "components/opportunity_card.html"
FILTER_FIELD = "django/forms/widgets/checkbox_select.html"


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.PAGE_CACHE_ENABLED = False


def rendered(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode(), {t.name for t in response.templates}


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_cards_are_kept_and_follow_the_page_its_organisation_and_taxonomies(
    client, listing_page, club, opportunity
):
    html, templates = rendered(client, listing_page.url)
    assert CARD in templates and "Bambini-Training" in html and "TuS Erdorf" in html
    html, templates = rendered(client, club.url)
    assert CARD not in templates, "the organisation page reuses the listing's card"
    assert "Bambini-Training" in html

    publish(opportunity, title="Bambini-Training am Samstag")
    html, templates = rendered(client, listing_page.url)
    assert CARD in templates and "Bambini-Training am Samstag" in html

    publish(club, title="TuS 1920 Erdorf")
    assert "TuS 1920 Erdorf" in rendered(client, listing_page.url)[0]

    district = opportunity.district
    district.name = "Erdorf (Bitburg)"
    district.save()
    assert "Erdorf (Bitburg)" in rendered(client, listing_page.url)[0]

    language = Language.objects.get(code="de")
    assert opportunity.languages.filter(code="de").exists()
    language.name = "Deutsch (einfach)"
    language.save()
    assert "Deutsch (einfach)" in rendered(client, listing_page.url)[0]

    html, templates = rendered(client, listing_page.url)
    assert CARD not in templates and "Bambini-Training am Samstag" in html


def test_a_new_slug_above_renews_the_links_of_the_cards_below(
    client, listing_page, organisation_index, opportunity
):
    """The section's slug is in the URL of every card below it, though no card names the
    section's page among its tags: a change of a page just below the home page renews the
    site's generation (the main menu shows it), and with it every card."""
    assert (
        'href="/de/organisationen/tus-erdorf/bambini-training/"'
        in (rendered(client, listing_page.url)[0])
    )
    publish(organisation_index, slug="vereine")
    html = rendered(client, listing_page.url)[0]
    assert 'href="/de/vereine/tus-erdorf/bambini-training/"' in html


def test_the_filter_form_is_kept_per_choice_and_follows_the_taxonomies(
    client, listing_page, opportunity, taxonomy
):
    html, templates = rendered(client, listing_page.url + "?field=sport")
    assert FILTER_FIELD in templates
    assert 'value="sport" id="id_field_0" checked' in html or 'value="sport"' in html
    html, templates = rendered(client, listing_page.url + "?field=sport")
    assert FILTER_FIELD not in templates
    other, templates = rendered(client, listing_page.url + "?field=umwelt")
    assert FILTER_FIELD in templates, "another choice is another form"
    checked = [line for line in html.splitlines() if "checked" in line and 'name="field"' in line]
    assert checked and all('value="sport"' in line for line in checked)

    taxonomy["umwelt"].name = "Umwelt und Natur"
    taxonomy["umwelt"].save()
    html, templates = rendered(client, listing_page.url + "?field=sport")
    assert FILTER_FIELD in templates and "Umwelt und Natur" in html


def test_links_to_translations_follow_a_new_translation(client, listing_page, opportunity):
    from wagtail.models import Locale

    alternate = '<link rel="alternate" hreflang="{}"'
    html = rendered(client, opportunity.url)[0]
    assert alternate.format("de") in html and alternate.format("en") not in html
    assert alternate.format("de") in rendered(client, opportunity.url)[0]

    locale_en = Locale.objects.create(language_code="en")
    english = opportunity.copy_for_translation(locale_en, copy_parents=True)
    english.save_revision().publish()

    html = rendered(client, opportunity.url)[0]
    assert f'{alternate.format("en")} href="{english.full_url}"' in html
    assert f'<a href="{english.url}" lang="en"' in html  # the language switcher

    english.refresh_from_db()
    english.unpublish()
    assert alternate.format("en") not in rendered(client, opportunity.url)[0]


def test_event_cards_follow_the_event_and_its_organiser(client, home_page, club):
    index = EventIndexPage(title="Veranstaltungen", slug="veranstaltungen")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    event = EventPageFactory(parent=club, title="Sommerfest", start=in_days(3))
    assert event.organiser_id == club.pk
    html, templates = rendered(client, index.url)
    assert "components/event_card.html" in templates
    assert "Sommerfest" in html and "TuS Erdorf" in html
    assert "components/event_card.html" not in rendered(client, index.url)[1]

    publish(event, title="Sommerfest am See")
    assert "Sommerfest am See" in rendered(client, index.url)[0]
    publish(club, title="TuS 1920 Erdorf")
    assert "TuS 1920 Erdorf" in rendered(client, index.url)[0]


def test_the_home_pages_coming_dates_are_kept_until_the_first_one_ends(
    client, home_page, monkeypatch
):
    import datetime

    from django.utils import timezone

    index = EventIndexPage(title="Veranstaltungen", slug="veranstaltungen")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    EventPageFactory(parent=index, title="Repair-Café", start=in_days(1, 10))
    EventPageFactory(parent=index, title="Sommerfest", start=in_days(3, 15))

    html, templates = rendered(client, home_page.url)
    assert "events/upcoming_section.html" in templates
    assert "Repair-Café" in html and "Sommerfest" in html
    assert "events/upcoming_section.html" not in rendered(client, home_page.url)[1]

    later = timezone.now() + datetime.timedelta(days=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    html, templates = rendered(client, home_page.url)
    assert "events/upcoming_section.html" in templates, "its first date has ended"
    assert "Repair-Café" not in html and "Sommerfest" in html

    EventPageFactory(parent=index, title="Laternenumzug", start=in_days(4, 17))
    assert "Laternenumzug" in rendered(client, home_page.url)[0]


def test_the_empty_interest_form_is_kept_and_a_visitors_input_never_is(
    client, opportunity, consent_interest
):
    from tests.opportunities.test_interest import form_data

    field = "includes/form_field.html"
    html, templates = rendered(client, opportunity.url)
    assert field in templates and "csrfmiddlewaretoken" in html
    assert "I am at least 16 years old" in html or "mindestens 16 Jahre" in html
    html, templates = rendered(client, opportunity.url)
    assert field not in templates, "kept"
    assert f'name="consent_shown" value="{consent_interest.pk}"' in html
    tokens = [client.get(opportunity.url).content.decode().split("csrfmiddlewaretoken")[1][:90]]
    Client = type(client)
    tokens.append(
        Client().get(opportunity.url).content.decode().split("csrfmiddlewaretoken")[1][:90]
    )
    assert tokens[0] != tokens[1], "each visitor still gets a token of their own"

    refused = client.post(opportunity.url, form_data(consent_interest, email="keine-adresse"))
    assert refused.status_code == 400
    assert field in {t.name for t in refused.templates}, "a bound form is rendered afresh"
    assert "Ich habe früher Kinder trainiert." in refused.content.decode()
    html = rendered(client, opportunity.url)[0]
    assert "Kinder trainiert" not in html and "keine-adresse" not in html

    opportunity.minimum_age = 18
    opportunity.save_revision().publish()
    html, templates = rendered(client, opportunity.url)
    assert field in templates and ("18" in html)


def test_a_private_section_stays_private_when_it_moves(
    client, listing_page, club, other_club, opportunity
):
    """The private sections are kept as tree paths: a moved section has a new path, and
    neither the page nor the listing or the API may then take it for public."""
    from wagtail.models import PageViewRestriction

    api = "/api/v2/pages/?type=opportunities.OpportunityPage&locale=de"

    def shown():
        page = client.get(opportunity.url)
        listed = "Bambini-Training" in rendered(client, listing_page.url)[0]
        in_api = [item["title"] for item in client.get(api).json()["items"]]
        return page.status_code, listed, in_api

    assert shown() == (200, True, ["Bambini-Training"])
    PageViewRestriction.objects.create(page=opportunity, restriction_type=PageViewRestriction.LOGIN)
    assert shown() == (302, False, [])

    opportunity.move(other_club, pos="last-child")  # between pages below the main menu's
    opportunity.refresh_from_db()
    assert opportunity.url.startswith(other_club.url)
    assert shown() == (302, False, [])


def test_a_preview_neither_reads_nor_leaves_kept_parts(client, opportunity, consent_interest):
    """A preview renders a draft with the live page's id: kept, it would show the old
    text to the editor, or leave the draft's text for every visitor."""
    live = rendered(client, opportunity.url)[0]
    assert "Eine Aufgabe für Menschen, die gern helfen." in live

    opportunity.description = "<p>Entwurf: neue Trainingszeiten ab Januar.</p>"
    preview = opportunity.make_preview_request().content.decode()
    assert "Entwurf: neue Trainingszeiten ab Januar." in preview

    opportunity.refresh_from_db()
    html = rendered(client, opportunity.url)[0]
    assert "Entwurf" not in html and "Eine Aufgabe für Menschen, die gern helfen." in html


API_LISTINGS = [
    "/api/v2/opportunities/?fields=languages,fields_of_activity",
    "/api/v2/pages/?type=opportunities.OpportunityPage&fields=summary,district,organisation",
]


def api_items(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.json()["items"]


def page_reads(client, url) -> int:
    """How many of the request's queries read the opportunities' page rows (`title`),
    which only serializing an item needs: the keys of a listing are pk and organisation."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return sum('"wagtailcore_page"."title"' in q["sql"] for q in queries.captured_queries)


@pytest.mark.parametrize("url", API_LISTINGS)
def test_api_items_are_kept_and_follow_the_page_its_organisation_and_taxonomies(
    client, organisation_index, club, opportunity, url
):
    (item,) = api_items(client, url)
    assert item["title"] == "Bambini-Training" and page_reads(client, url) == 0
    assert item["meta"]["html_url"].endswith("/de/organisationen/tus-erdorf/bambini-training/")

    publish(opportunity, title="Bambini-Training am Samstag")
    assert api_items(client, url)[0]["title"] == "Bambini-Training am Samstag"

    publish(club, title="TuS 1920 Erdorf")
    if "organisation" in url:
        assert api_items(client, url)[0]["organisation"]["title"] == "TuS 1920 Erdorf"
    publish(organisation_index, slug="vereine")
    (item,) = api_items(client, url)
    assert item["meta"]["html_url"].endswith("/de/vereine/tus-erdorf/bambini-training/")
    if "organisation" in url:
        district = opportunity.district
        district.name = "Erdorf (Bitburg)"
        district.save()
        assert api_items(client, url)[0]["district"]["name"] == "Erdorf (Bitburg)"
    else:
        language = Language.objects.get(code="de")
        language.name = "Deutsch (einfach)"
        language.save()
        assert api_items(client, url)[0]["languages"][0]["name"] == "Deutsch (einfach)"
    assert page_reads(client, url) == 0

    opportunity.refresh_from_db()
    opportunity.unpublish()
    assert api_items(client, url) == []


def test_kept_api_items_differ_by_fields_and_endpoint(client, opportunity):
    typed = "/api/v2/pages/?type=opportunities.OpportunityPage"
    plain = api_items(client, typed)[0]
    with_summary = api_items(client, typed + "&fields=summary")[0]
    assert "summary" not in plain and with_summary["summary"] == opportunity.summary
    # The opportunities endpoint shows more by default than the pages endpoint.
    endpoint = api_items(client, "/api/v2/opportunities/")[0]
    assert endpoint["organisation"]["title"] == "TuS Erdorf" and "organisation" not in plain


def test_a_kept_page_of_listing_results_follows_every_change_of_an_opportunity(
    client, listing_page, club, opportunity, taxonomy
):
    """A listing's page of keys is kept per filter combination until any page changes: a
    new opportunity, one that is filled or withdrawn, and one whose district changes."""
    from opportunities.factories import OpportunityPageFactory

    html_url = f"{listing_page.url}?district=erdorf"
    api_url = "/api/v2/opportunities/?district=erdorf"

    def listed():
        html = rendered(client, html_url)[0]
        in_api = sorted(item["title"] for item in client.get(api_url).json()["items"])
        in_html = sorted(t for t in ("Bambini-Training", "Platzwart") if t in html)
        assert in_html == in_api, (in_html, in_api)
        return in_api

    assert listed() == ["Bambini-Training"]
    assert listed() == ["Bambini-Training"]  # now kept
    groundsman = OpportunityPageFactory(
        parent=club, title="Platzwart", slug="platzwart", district=taxonomy["erdorf"]
    )
    assert listed() == ["Bambini-Training", "Platzwart"]
    publish(opportunity, status="filled")
    assert listed() == ["Platzwart"]
    publish(groundsman, district=taxonomy["stahl"])
    assert listed() == []
    publish(opportunity, status="open")
    assert listed() == ["Bambini-Training"]
    opportunity.refresh_from_db()
    opportunity.unpublish()
    assert listed() == []


def test_the_routed_page_is_kept_and_follows_itself_and_its_organisation(
    client, admin_client, club, opportunity, consent_interest
):
    """Routing keeps the page it finds (with its organisation, which the header shows)
    per generation of the pages on its path: a warm page reads no page row."""
    url = opportunity.url
    assert "TuS Erdorf" in rendered(client, url)[0]
    assert page_reads(client, url) == 0

    publish(opportunity, title="Bambini-Training am Samstag")
    assert "Bambini-Training am Samstag" in rendered(client, url)[0]
    publish(club, title="TuS 1920 Erdorf")
    html = rendered(client, url)[0]
    assert (
        '<p class="page-header__meta"><a href="/de/organisationen/tus-erdorf/">TuS 1920 Erdorf'
        in html
    )
    assert page_reads(client, url) == 0

    assert page_reads(admin_client, url) > 0, "an editor's page comes from the database"

    opportunity.unpublish()
    assert client.get(url).status_code == 404


def test_a_routed_page_whose_organisation_is_elsewhere_is_not_kept(
    client, club, other_club, opportunity, consent_interest
):
    """The kept page's tags are the pages on its path: an organisation elsewhere in the
    tree would not renew it, so such a page is read afresh."""
    from opportunities.models import OpportunityPage

    OpportunityPage.objects.filter(pk=opportunity.pk).update(organisation=other_club)
    assert "Chor Stahl" in rendered(client, opportunity.url)[0]
    assert page_reads(client, opportunity.url) > 0
    publish(other_club, title="Chor Stahl 1890")
    assert "Chor Stahl 1890" in rendered(client, opportunity.url)[0]


def test_a_warm_page_reads_the_store_once_and_still_follows_a_change(
    client, opportunity, consent_interest, monkeypatch
):
    """What the last request for a URL asked the store for is read ahead with the site in
    one round trip; each part is still checked against its tags' generations."""
    from cms import pagecache

    store = pagecache.page_cache()
    reads = []
    get_many = store.get_many
    monkeypatch.setattr(store, "get_many", lambda keys: reads.append(keys) or get_many(keys))

    url = opportunity.url
    rendered(client, url)
    cold = len(reads)
    reads.clear()
    assert "Bambini-Training" in rendered(client, url)[0]
    assert cold >= 5 and len(reads) == 1, (cold, reads)

    publish(opportunity, description="<p>Neu: Training auch mittwochs.</p>")
    reads.clear()
    html = rendered(client, url)[0]
    assert "Neu: Training auch mittwochs." in html and "Bambini-Training" in html
    assert len(reads) == 1, "the read-ahead parts were checked, not read again"


def walk_reads(client, url) -> int:
    """How many of the request's queries walk the tree (the pages along its path)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return sum('"wagtailcore_page"."slug" IN' in q["sql"] for q in queries.captured_queries)


def test_a_kept_walk_follows_slugs_moves_and_new_pages(
    client, home_page, club, other_club, opportunity
):
    """The pages along a URL's path are kept per generation of the site and the pages;
    a 404 and a routable page's rest are not kept."""
    from opportunities.models import OpportunityPage

    url = opportunity.url
    assert rendered(client, url)[0]
    assert walk_reads(client, url) == 0

    publish(club, slug="tus-1920-erdorf")
    assert client.get(url).status_code == 404
    new_url = "/de/organisationen/tus-1920-erdorf/bambini-training/"
    assert "Bambini-Training" in rendered(client, new_url)[0]

    opportunity.move(other_club, pos="last-child")
    moved = client.get(new_url)  # Wagtail's redirects app leads to where the page went
    assert (moved.status_code, moved["Location"]) == (
        301,
        "/de/organisationen/chor-stahl/bambini-training/",
    )
    assert (
        "Bambini-Training" in rendered(client, "/de/organisationen/chor-stahl/bambini-training/")[0]
    )

    missing = "/de/organisationen/chor-stahl/kinderchor/"
    assert client.get(missing).status_code == 404
    assert walk_reads(client, missing) == 1, "a 404 is not kept"
    # A page added without a publish (no signal renews a tag) is found at once.
    other_club.add_child(
        instance=OpportunityPage(
            title="Kinderchor",
            slug="kinderchor",
            summary="Singen mit Kindern",
            description="<p>Jeden Dienstag.</p>",
            expires_on=opportunity.expires_on,
        )
    )
    assert "Kinderchor" in rendered(client, missing)[0]

    index = EventIndexPage(title="Veranstaltungen", slug="veranstaltungen")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    month = f"{index.url}monat/2027/3/"
    assert client.get(month).status_code == 200
    assert walk_reads(client, month) == 1, "a routable page's rest is not kept"
