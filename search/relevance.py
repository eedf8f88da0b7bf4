"""Relevance measured on a judged query set: nDCG@10 and recall@5 per language.

A judgment names the pages that should come first for a query, by their German slug in
order of importance; in another language the page's translation (or the alias that
stands for it) is expected, else the German original. The first page judged relevant
counts twice as much as the others (graded gain 2, then 1).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from wagtail.models import Locale, Page

from .engine import SearchParams

DEFAULT_JUDGMENTS = Path(settings.BASE_DIR) / "tests" / "search" / "judged_queries.json"


def load_judgments(path: Path = DEFAULT_JUDGMENTS) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def expected_pages(judgment: dict) -> dict[int, int]:
    """Page id → graded gain, for the judgment's language."""
    locale = Locale.objects.filter(language_code=judgment["language"]).first()
    gains = {}
    for position, slug in enumerate(judgment["relevant"]):
        page = Page.objects.filter(slug=slug, locale__language_code=settings.LANGUAGE_CODE).first()
        if page is None:
            raise LookupError(f"judged page {slug!r} is not in the database")
        if locale is not None:
            page = page.get_translation_or_none(locale) or page
        gains[page.pk] = 2 if position == 0 else 1
    return gains


def ndcg(ranked: list[int], gains: dict[int, int], k: int = 10) -> float:
    dcg = sum(gains.get(pk, 0) / math.log2(rank + 2) for rank, pk in enumerate(ranked[:k]))
    ideal = sorted(gains.values(), reverse=True)[:k]
    best = sum(gain / math.log2(rank + 2) for rank, gain in enumerate(ideal))
    return dcg / best if best else 0.0


def recall(ranked: list[int], gains: dict[int, int], k: int = 5) -> float:
    return len(set(ranked[:k]) & set(gains)) / len(gains) if gains else 0.0


def evaluate(engine, judgments: list[dict], misses: list | None = None) -> dict:
    """Mean nDCG@10 and recall@5 per language (and "all") for one engine; queries that
    miss the ideal ranking are appended to `misses` when given."""
    scores = defaultdict(lambda: {"ndcg": [], "recall": []})
    for judgment in judgments:
        gains = expected_pages(judgment)
        params = SearchParams(query=judgment["query"], language=judgment["language"])
        ranked = [hit.page.pk for hit in engine.search(params).hits]
        if misses is not None and ndcg(ranked, gains) < 1:
            misses.append(f"{judgment['language']}: {judgment['query']}")
        for language in (judgment["language"], "all"):
            scores[language]["ndcg"].append(ndcg(ranked, gains))
            scores[language]["recall"].append(recall(ranked, gains))
    return {
        language: {
            "queries": len(values["ndcg"]),
            "ndcg@10": sum(values["ndcg"]) / len(values["ndcg"]),
            "recall@5": sum(values["recall"]) / len(values["recall"]),
        }
        for language, values in scores.items()
    }
