"""Wagtail's OpenSearch 2 backend with one analysed text field per site language.

Wagtail (django-modelsearch) analyses every document alike; per-language analysis is an
open upstream feature (wagtail/django-modelsearch#61). We keep Wagtail's index, mapping
and `_all_text` (so `Page.objects.search()` works as before) and add, per document, its
title and text once more into `title_<lang>` / `text_<lang>`, where `<lang>` is the
language the page is written in and each of those fields has that language's analyzer
(`search.analysis`). One index serves all languages, so a query in the visitor's
language and over German originals, with facets, is a single request.
"""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder
from modelsearch.backends.opensearch2 import OpenSearch2Index
from modelsearch.index import RelatedFields, SearchField
from modelsearch.utils import deep_update
from wagtail.models import Page
from wagtail.search.backends.opensearch2 import OpenSearch2Mapping, OpenSearch2SearchBackend

from .analysis import analyzer_name, index_settings, search_analyzer_name

SPELLING_FIELD = "spelling_text"
# A page's summary as a result shows it when no words of it are highlighted: stored, not
# searched, so that a result needs nothing from the page type's own table.
SUMMARY_FIELD = "result_summary"
SUMMARY_LENGTH = 400
# The languages in which another page of a page's translation key exists (a translation or
# wagtail-localize's alias): a German original is searched in a language only where no
# page of that language stands for it, and the query filters on this field instead of
# sending every translated key of the language along (thousands at the bench's scale).
TRANSLATED_FIELD = "translated_into"


def translations(pages) -> dict[int, list[str]]:
    """Page id → the languages of the other pages with its translation key; one query."""
    pages = [page for page in pages if isinstance(page, Page)]
    if not pages:
        return {}
    rows = Page.objects.filter(
        translation_key__in={page.translation_key for page in pages}
    ).values_list("pk", "translation_key", "locale__language_code")
    by_key = defaultdict(list)
    for pk, key, language in rows:
        by_key[key].append((pk, language))
    return {
        page.pk: sorted({code for pk, code in by_key[page.translation_key] if pk != page.pk})
        for page in pages
    }


def site_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def written_in(obj) -> str | None:
    """The language of an object's text: its locale's, except for wagtail-localize's
    aliases of untranslated pages, which show the German source."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return None
    if getattr(obj, "alias_of_id", None) is not None:
        return settings.LANGUAGE_CODE
    from cms.templatetags.cms_tags import locale_code

    return locale_code(locale_id)


def _strings(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _strings(item)]
    return []


class LanguageAwareMapping(OpenSearch2Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        properties = mapping["properties"]
        for language in site_languages():
            analysis = {
                "type": "text",
                "analyzer": analyzer_name(language),
                "search_analyzer": search_analyzer_name(language),
            }
            properties[f"title_{language}"] = dict(analysis)
            properties[f"text_{language}"] = dict(analysis)
        properties[SPELLING_FIELD] = {"type": "text", "analyzer": "bitburg_spelling"}
        properties[SUMMARY_FIELD] = {"type": "text", "index": False, "store": True}
        properties[TRANSLATED_FIELD] = {"type": "keyword"}
        return mapping

    def get_document(self, obj):
        doc = super().get_document(obj)
        language = written_in(obj)
        if language not in site_languages():
            return doc
        texts = []
        for field in self.model.get_search_fields():
            if isinstance(field, (SearchField, RelatedFields)) and field.field_name != "title":
                texts.extend(_strings(doc.get(self.get_field_column_name(field))))
        title = getattr(obj, "title", "")
        doc[f"title_{language}"] = title
        doc[f"text_{language}"] = texts
        doc[SPELLING_FIELD] = [title, *texts]
        from .engine import page_summary

        doc[SUMMARY_FIELD] = page_summary(obj)[:SUMMARY_LENGTH]
        if isinstance(obj, Page):
            known = getattr(obj, "_translated_into", None)
            doc[TRANSLATED_FIELD] = translations([obj])[obj.pk] if known is None else known
        return doc


class LanguageAwareIndex(OpenSearch2Index):
    def add_items(self, model, items):
        """A rebuild's chunk: the translations of all its pages in one query."""
        items = list(items)
        languages = translations(items)
        for item in items:
            if item.pk in languages:
                item._translated_into = languages[item.pk]
        super().add_items(model, items)


class MergedAtomicIndexRebuilder(ElasticsearchAtomicIndexRebuilder):
    """modelsearch's rebuild into a new index, merged into one segment before the alias
    swaps over to it. A bulk-loaded index has a dozen segments, and every search visits
    each: merging once took a search's p50 from 12 to 8 ms on the bench's 10,000 set."""

    def finish(self):
        self.index.refresh()
        self.index.es.indices.forcemerge(
            index=self.index.name, max_num_segments=1, request_timeout=600
        )
        super().finish()


class LanguageAwareOpenSearchBackend(OpenSearch2SearchBackend):
    mapping_class = LanguageAwareMapping
    index_class = LanguageAwareIndex
    atomic_rebuilder_class = MergedAtomicIndexRebuilder

    def __init__(self, params):
        # Our analyzers first, so that INDEX_SETTINGS in the settings can still override them.
        params["INDEX_SETTINGS"] = deep_update(index_settings(), params.get("INDEX_SETTINGS", {}))
        super().__init__(params)

    # Every write makes the search API's kept answers stale (search/views.py); the index
    # shows it a refresh later, which the page cache's store waits out before keeping one.
    def add(self, obj):
        super().add(obj)
        _index_changed()

    def add_bulk(self, model, obj_list):
        super().add_bulk(model, obj_list)
        _index_changed()

    def delete(self, obj):
        super().delete(obj)
        _index_changed()


def _index_changed() -> None:
    from cms import pagecache

    pagecache.bump([pagecache.SEARCH_TAG])


SearchBackend = LanguageAwareOpenSearchBackend
