"""Translated opportunities: the switcher finds them, untranslated ones fall back to German
with a note, and source changes reach the translation as strings to translate again."""

import re

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

pytestmark = pytest.mark.django_db


def switcher_links(html: str) -> dict[str, str]:
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {code: href for href, code in re.findall(r'href="([^"]+)" lang="(\w+)"', nav)}


@pytest.fixture
def arabic(locale_de):
    return Locale.objects.create(language_code="ar")


@pytest.fixture
def arabic_opportunity(opportunity, arabic, django_capture_on_commit_callbacks):
    for page in [*opportunity.get_ancestors().filter(depth__gt=1).specific(), opportunity]:
        translate_object(page, [arabic])
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=arabic
        )
        for segment in translation.source.stringsegment_set.select_related("string"):
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=arabic,
                context=segment.context,
                defaults={"data": f"ع {segment.string.data}"},
            )
        # wagtail-localize publishes on commit.
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
    return opportunity.get_translation(arabic)


def test_switcher_on_a_translated_opportunity_leads_to_its_translation(
    client, opportunity, arabic_opportunity
):
    links = switcher_links(client.get(opportunity.url).content.decode())
    assert links["ar"] == arabic_opportunity.url
    html = client.get(links["ar"]).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert arabic_opportunity.title in html
    assert "notice--language" not in html


def test_switcher_on_an_untranslated_opportunity_leads_to_the_german_original_with_a_note(
    client, opportunity
):
    links = switcher_links(client.get(opportunity.url).content.decode())
    assert links["uk"] == "/uk/" + opportunity.url.split("/", 2)[2]
    html = client.get(links["uk"]).content.decode()
    assert '<html lang="uk" dir="ltr">' in html
    assert "notice--language" in html
    assert opportunity.title in html


def test_source_changes_reach_the_translation_as_new_strings(opportunity, arabic_opportunity):
    translation = Translation.objects.get(
        source__object_id=opportunity.translation_key, target_locale__language_code="ar"
    )
    total, done = translation.get_progress()
    assert total == done
    opportunity.summary = "Neu: Wir suchen auch Helferinnen für Samstage."
    opportunity.save_revision().publish()
    # What "Sync translated pages" does in the admin.
    TranslationSource.update_or_create_from_instance(opportunity)
    total, done = translation.get_progress()
    assert done == total - 1  # the changed summary waits for the translator


def test_alias_of_an_untranslated_page_is_marked_as_german(
    client, club, arabic_opportunity, arabic
):
    from opportunities.factories import OpportunityPageFactory

    german_only = OpportunityPageFactory(parent=club, title="Hallenaufsicht")
    # What wagtail-localize's "Sync from" does for a language that has its own tree.
    alias = german_only.copy_for_translation(arabic, copy_parents=True, alias=True)
    html = client.get(alias.url).content.decode()
    assert alias.url.startswith("/ar/")
    assert '<html lang="ar" dir="rtl">' in html
    assert "notice--language" in html
    assert '<main id="main" tabindex="-1" lang="de" dir="ltr">' in html


def test_german_opportunity_card_on_the_arabic_listing_is_marked_as_german(
    client, listing_page, opportunity
):
    html = client.get("/ar/" + listing_page.url.split("/", 2)[2]).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    organisation = opportunity.organisation.title
    assert f'<p class="card__meta" lang="de" dir="ltr">{organisation}</p>' in html
