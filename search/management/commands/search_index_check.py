"""Compare the search index with the database and, with --repair, mend the difference.

Index updates are background jobs after commit; a job lost while the search server was
down (or a date passing) leaves the index behind the database. This command finds
documents that are missing, left over, or stale (a page's live state, title or the
languages it has translations in differ)
and re-indexes or deletes exactly those. `update_index` remains the full rebuild: it
builds a new index and swaps the alias over atomically.
"""

from __future__ import annotations

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from modelsearch.backends.base import get_model_root
from modelsearch.index import get_indexed_models
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.backend import TRANSLATED_FIELD


class Command(BaseCommand):
    help = "Report what the search index holds against the database; --repair mends drift."

    def add_arguments(self, parser):
        parser.add_argument("--repair", action="store_true", help="re-index and delete")

    def handle(self, *args, repair=False, **options):
        backend = get_search_backend()
        if getattr(backend, "es", None) is None:
            raise CommandError("The default search backend is the database; nothing to compare.")
        drift = 0
        self.translations = self.all_translations()
        for root, models in self.models_by_root().items():
            index = backend.get_index_for_model(root)
            indexed = self.indexed_documents(backend, index.name)
            expected = self.expected_objects(models)
            missing = [obj for key, obj in expected.items() if key not in indexed]
            stale = [
                obj
                for key, obj in expected.items()
                if key in indexed and self.is_stale(obj, indexed[key])
            ]
            extra = sorted(set(indexed) - set(expected))
            drift += len(missing) + len(stale) + len(extra)
            self.stdout.write(
                f"{index.name}: {len(indexed)} in the index, {len(expected)} in the database; "
                f"missing {len(missing)}, stale {len(stale)}, left over {len(extra)}"
            )
            if repair:
                for obj in missing + stale:
                    index.add_item(obj)
                for key in extra:
                    backend.es.delete(index=index.name, id=key, ignore=[404])
                index.refresh()
        if repair and drift:
            self.stdout.write(f"Repaired {drift} documents.")
        elif not drift:
            self.stdout.write("The index matches the database.")

    @staticmethod
    def models_by_root() -> dict:
        grouped = defaultdict(list)
        for model in get_indexed_models():
            grouped[get_model_root(model)].append(model)
        return grouped

    @staticmethod
    def indexed_documents(backend, index_name: str) -> dict[str, dict]:
        """Document id → the fields compared, for every document (scrolled)."""
        documents = {}
        page = backend.es.search(
            index=index_name,
            body={
                "query": {"match_all": {}},
                "_source": ["live_filter", "title_filter", TRANSLATED_FIELD],
            },
            scroll="2m",
            size=500,
        )
        while page["hits"]["hits"]:
            for hit in page["hits"]["hits"]:
                documents[hit["_id"]] = hit.get("_source", {})
            page = backend.es.scroll(scroll_id=page["_scroll_id"], scroll="2m")
        backend.es.clear_scroll(scroll_id=page["_scroll_id"])
        return documents

    @staticmethod
    def expected_objects(models) -> dict[str, object]:
        """Document id → object, each object under its most specific indexed model."""
        expected = {}
        for model in models:
            objects = model.get_indexed_objects()
            if issubclass(model, Page):
                objects = objects.filter(content_type=ContentType.objects.get_for_model(model))
            elif model._meta.parents:
                continue  # multi-table children of non-page models are rare; root covers them
            for obj in objects.iterator(chunk_size=500):
                expected[str(obj.pk)] = obj
        return expected

    @staticmethod
    def all_translations() -> dict[int, list[str]]:
        """Page id → the languages of the other pages with its translation key."""
        by_key = defaultdict(list)
        for pk, key, code in Page.objects.values_list(
            "pk", "translation_key", "locale__language_code"
        ):
            by_key[key].append((pk, code))
        return {
            pk: sorted({other for other_pk, other in pages if other_pk != pk})
            for pages in by_key.values()
            for pk, _code in pages
        }

    def is_stale(self, obj, document: dict) -> bool:
        if not isinstance(obj, Page):
            return False
        return (
            document.get("live_filter") != obj.live
            or document.get("title_filter") != obj.title
            or sorted(document.get(TRANSLATED_FIELD) or []) != self.translations.get(obj.pk, [])
        )
