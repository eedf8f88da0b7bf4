"""Translate key demo pages, all taxonomy terms and the consent texts into English, Arabic,
Ukrainian and Farsi.

The translations are made the wagtail-localize way, as if a translator had used its editor:
each German object gets a TranslationSource, each target language a Translation, and every
text segment a StringTranslation. Editors can later open these translations in
wagtail-localize's editor, change them, and sync them with changes of the German source.

The translated texts live in `cms/demo/translation_data/<language>.py` as dictionaries
from the German segment (exactly as wagtail-localize extracts it, rich text with its
`<a id="a1">` placeholders) to the translation. Slugs and addresses stay German.

German pages without a translation get an alias in each of these languages (see
`sync_untranslated`). Like the other loaders this only adds what is missing; a second run
changes nothing.
"""

from __future__ import annotations

from importlib import import_module

from django.db.models import Model
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import (
    LocaleSynchronization,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.synctree import synchronize_tree

from cms.demo import german
from cms.models import ConsentText, District, FieldOfActivity, TargetGroup

LANGUAGES = ["en", "ar", "uk", "fa"]

# Also add aliases of the German pages not translated here, so that /en/…, /ar/…, /uk/… and /fa/…
# still reach every page (in German) once these languages have a home page of their own.
SYNC_UNTRANSLATED = True

# Segments whose text is the same in every language: URLs, addresses, names of people.
KEEP_AS_IS = {"slug", "street", "postcode", "town", "contact_name", "phone", "address", "website"}

# Pages to translate, as slug paths below the home page. Parents come before their
# children, because wagtail-localize places a translated page under its parent's translation.
PAGE_PATHS = [
    "",
    "rund-ums-ehrenamt",
    "rund-ums-ehrenamt/versicherung",
    "rund-ums-ehrenamt/auslagenersatz",
    "rund-ums-ehrenamt/kompetenznachweis",
    "rund-ums-ehrenamt/fortbildungen",
    "ehrenamtskarte",
    "ueber-uns",
    "impressum",
    "datenschutz",
    "engagement-finden",
    "organisationen",
    "organisationen/ankommen-bitburg",
    "organisationen/ankommen-bitburg/sprachcafe",
    "organisationen/ankommen-bitburg/interkultureller-kochabend",
    "organisationen/tus-erdorf",
    "organisationen/tus-erdorf/kuchen-vereinsfest",
    "veranstaltungen",
    "veranstaltungen/bitburg-in-bewegung",
    "veranstaltungen/bitburg-in-bewegung/bewegungstreff-rathausplatz",
    "veranstaltungen/vereinsfest-bitburg-engagiert-sich",
    "anerkennung",
    "anerkennung/ehrenamtsmedaille-2027",
]


def load(command) -> None:
    source_locale = german()
    objects = list(source_objects(source_locale, command))
    for language in LANGUAGES:
        locale, _ = Locale.objects.get_or_create(language_code=language)
        strings = import_module(f"cms.demo.translation_data.{language}").STRINGS
        missing: set[str] = set()
        created = 0
        for instance in objects:
            created += translate(instance, locale, strings, missing)
        command.stdout.write(
            f"translations ({language}): {len(objects)} objects, {created} created or updated"
        )
        if SYNC_UNTRANSLATED:
            aliases = sync_untranslated(source_locale, locale)
            command.stdout.write(f"translations ({language}): {aliases} alias page(s) added")
        if missing:
            command.stderr.write(
                f"Warning: {len(missing)} German text(s) have no {language} translation "
                "and stay German there:\n"
                + "\n".join(f"  - {text[:120]!r}" for text in sorted(missing))
            )


def sync_untranslated(source_locale: Locale, locale: Locale) -> int:
    """Give every German page without a translation an alias in `locale`; how many were added.

    Once a language has its own home page, Wagtail routes /<language>/… only through that
    language's tree, so a page missing there would answer 404. An alias shows the German
    page in the language's tree until someone translates it; wagtail-localize lists it as
    untranslated and turns it into a real translation when it is translated. This is what
    wagtail-localize's "Synchronise content from another locale" setting does.
    """
    before = Page.objects.filter(locale=locale).count()
    # Kept as the locale's "Sync from" setting, so that pages editors create later in
    # German get their aliases too (wagtail-localize's after_create_page hook).
    LocaleSynchronization.objects.get_or_create(
        locale=locale, defaults={"sync_from": source_locale}
    )
    synchronize_tree(source_locale, locale)
    return Page.objects.filter(locale=locale).count() - before


def source_objects(locale: Locale, command=None):
    """The German taxonomy terms and consent texts, then the pages of PAGE_PATHS, parents
    first."""
    from events.models import EventCategory

    for model in (District, FieldOfActivity, TargetGroup, EventCategory, ConsentText):
        yield from model.objects.filter(locale=locale).order_by("pk")
    home = Page.objects.get(depth=2, locale=locale, slug="start").specific
    for path in PAGE_PATHS:
        page = home
        for slug in filter(None, path.split("/")):
            page = page.get_children().filter(slug=slug).first()
            if page is None:
                break
        if page is None:
            if command is not None:
                command.stderr.write(f"Warning: no German page at '{path}' to translate.")
            continue
        yield page.specific


def translate(instance: Model, locale: Locale, strings: dict[str, str], missing: set) -> int:
    """Translate one object into `locale`; 1 if its translation was created or updated."""
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    added = 0
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = segment.string.data
        field = segment.context.path.split(".")[0]
        translated = text if field in KEEP_AS_IS else strings.get(text)
        if translated is None:
            missing.add(text)
            continue
        _, new = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translated,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
        added += new
    if not (created or added or not instance.has_translation(locale)):
        return 0
    if not isinstance(instance, Page):
        # Snippets without drafts are saved at once. Missing strings fall back to German.
        translation.save_target(publish=True)
        return 1
    # For pages, save_target(publish=True) would publish only when the outermost
    # transaction commits, from a page object whose tree fields are stale by then (the
    # parents' numchild would drop to 0 and their children 404). So save a draft and
    # publish it now, from a fresh object.
    translation.save_target(publish=False)
    page = instance.get_translation(locale).get_latest_revision_as_object()
    localize_terms(page)
    page.save_revision().publish()
    return 1


def localize_terms(page: Page) -> None:
    """Point a translated page's taxonomy terms at the terms of its own language.

    wagtail-localize leaves many-to-many fields alone (it neither translates nor syncs
    them), so a new translation keeps the German terms that Page.copy_for_translation copied.
    """
    for field in page._meta.get_fields():
        if not isinstance(field, ParentalManyToManyField):
            continue
        if not issubclass(field.related_model, TranslatableMixin):
            continue
        terms = list(getattr(page, field.name).all())
        if all(term.locale_id == page.locale_id for term in terms):
            continue
        localized = [term.get_translation_or_none(page.locale) or term for term in terms]
        setattr(page, field.name, localized)
