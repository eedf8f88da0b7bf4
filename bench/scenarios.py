"""What the benchmark requests, and how many SQL queries each request costs.

Every scenario exists in German (the source) and Arabic (a translated, right-to-left
language). Paths are looked up in the database, so the same list works on the bench data
set, the demo site and the tests' small sites:

    .venv/bin/python bench/scenarios.py                  # table of paths, status, queries
    .venv/bin/python bench/scenarios.py --json FILE      # the same as JSON for bench/run

Queries are counted in-process with Django's test client and CaptureQueriesContext on the
same settings and database as the server, on the second request (the first warms the
caches: site root paths, settings, templates); both counts are kept.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
HOST = "localhost"
LANGS = ("de", "ar")
# The search word: in every bench opportunity's summary ("Wir suchen Unterstützung für …")
# and in demo texts. The search loads each page type on a result page with its own queries
# (the page rows and the type's prefetches), so the count depends on the mix of types on the
# first page -- bounded by the number of types, not by the data -- and a word whose hits'
# type mix does not change with the scale keeps the counts comparable across scales.
SEARCH_WORD = "Unterstützung"
NAMES = (
    "home",
    "listing",
    "opportunity",
    "month",
    "event",
    "search",
    "search-api",
    "search-api-new",
    "api-pages",
    "ical",
    "interest",
)
# The POST body's e-mail address carries this placeholder; bench/request.lua and
# body() replace it with a counter, so every request stores a new expression of interest.
COUNTER = "{n}"


@dataclass
class Scenario:
    name: str
    lang: str
    path: str
    method: str = "GET"
    body: str | None = None  # JSON with COUNTER in it
    headers: dict = field(default_factory=dict)
    # Paths wrk takes in turn instead of `path`, each with COUNTER in it: every request is
    # a URL no cache has seen.
    paths: list[str] = field(default_factory=list)
    # wrk's connections for this scenario (None: bench/run's --connections, 16). One: a
    # request's own answer time, without the wait in gunicorn's queue that 16 connections
    # on 2 workers add (p95 at 16 is about eight answer times).
    connections: int | None = None

    def body_for(self, n: int) -> bytes | None:
        return None if self.body is None else self.body.replace(COUNTER, str(n)).encode()


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()


def url_of(page) -> str:
    _site_id, _root, path = page.specific.get_url_parts()
    return path


def translated_pair(model):
    """A live German page of `model` that has a live Arabic translation: {lang: page}.

    The bench data set's first such page if there is one (a demo page otherwise), so two
    runs request the same page and the page is one of the data set's translated tenth.
    """
    arabic = model.objects.live().filter(locale__language_code="ar")
    keys = arabic.values("translation_key")
    german = model.objects.live().filter(locale__language_code="de", translation_key__in=keys)
    source = (
        german.filter(slug__startswith="bench-").order_by("pk").first()
        or german.order_by("pk").first()
    )
    if source is None:
        return {}
    return {"de": source, "ar": arabic.get(translation_key=source.translation_key)}


def in_locale(model, lang: str):
    return model.objects.live().filter(locale__language_code=lang).order_by("pk").first()


def new_queries() -> list[str]:
    """What people might type, in words the bench data set holds: an activity, a place,
    both, two activities, or two activities and a place (2,312 queries), for the search
    API scenario in which every query is a new one: the site keeps a search's outcome, so
    the list must outlast a run (`bench/harness.py` warms up on its second half)."""
    from bench.dataset import ACTIVITIES
    from bench.dataset import NAMES as PLACES

    pairs = [f"{activity} {place}" for activity in ACTIVITIES for place in PLACES]
    two = [f"{a} {b}" for a in ACTIVITIES for b in ACTIVITIES if a != b]
    three = [f"{both} {place}" for both in two for place in PLACES]
    return [*ACTIVITIES, *PLACES, *pairs, *two, *three]


def build(names=NAMES, langs=LANGS) -> list[Scenario]:
    """The scenarios, in the order of `NAMES` then `langs`; missing pages are left out."""
    from cms.models import ConsentText
    from events.models import EventPage
    from opportunities.models import OpportunityPage

    opportunities = translated_pair(OpportunityPage)
    events = translated_pair(EventPage)
    today = datetime.date.today()
    consent = ConsentText.objects.filter(
        purpose=ConsentText.Purpose.INTEREST, locale__language_code="de"
    ).first()
    found: list[Scenario] = []
    for name in names:
        for lang in langs:
            scenario = one(name, lang, opportunities, events, today, consent)
            if scenario is not None:
                found.append(scenario)
    return found


def one(name, lang, opportunities, events, today, consent) -> Scenario | None:
    from django.utils import timezone

    from events.models import EventIndexPage
    from opportunities.models import OpportunityIndexPage

    opportunity, event = opportunities.get(lang), events.get(lang)
    if name == "home":
        return Scenario(name, lang, f"/{lang}/")
    if name == "listing":
        index = in_locale(OpportunityIndexPage, lang)
        if index is None or opportunity is None:
            return None
        # Two filters that the chosen opportunity matches, so the listing is not empty.
        term = opportunity.fields_of_activity.order_by("pk").first()
        district = opportunity.district
        query = "&".join(
            f"{key}={obj.slug}"
            for key, obj in (("field", term), ("district", district))
            if obj is not None
        )
        return Scenario(name, lang, f"{url_of(index)}?{query}")
    if name == "opportunity":
        return opportunity and Scenario(name, lang, url_of(opportunity))
    if name == "month":
        # The month of the event scenario's first date: a month with dates at every scale
        # (an empty month costs other queries: the next month with dates).
        index = in_locale(EventIndexPage, lang)
        month = today
        if event is not None:
            first = event.occurrences.order_by("start").values_list("start", flat=True).first()
            month = timezone.localtime(first).date() if first else today
        return index and Scenario(name, lang, f"{url_of(index)}monat/{month.year}/{month.month}/")
    if name == "event":
        return event and Scenario(name, lang, url_of(event))
    if name == "search":
        return Scenario(name, lang, f"/{lang}/suche/?q={quote(SEARCH_WORD)}")
    if name == "search-api":
        return Scenario(name, lang, f"/api/v2/search/?q={quote(SEARCH_WORD)}&locale={lang}")
    if name == "search-api-new":
        paths = [
            f"/api/v2/search/?q={quote(query)}&locale={lang}&n={COUNTER}" for query in new_queries()
        ]
        return Scenario(name, lang, paths[0].replace(COUNTER, "0"), paths=paths, connections=1)
    if name == "api-pages":
        return Scenario(
            name,
            lang,
            f"/api/v2/pages/?type=opportunities.OpportunityPage&fields=summary&locale={lang}",
        )
    if name == "ical":
        index = in_locale(EventIndexPage, lang)
        return index and Scenario(name, lang, f"{url_of(index)}kalender/")
    if name == "interest":
        if opportunity is None or consent is None:
            return None
        body = {
            "name": "Bench Person",
            "email": f"bench-{lang}-{COUNTER}@bench.example.org",
            "preferred_language": lang,
            "message": "Ich helfe gern.",
            "consent_shown": consent.pk,
            "consent_given": True,
            "age_confirmed": True,
            "website": "",
        }
        return Scenario(
            name,
            lang,
            f"/api/v2/opportunities/{opportunity.pk}/interest/",
            method="POST",
            body=json.dumps(body, ensure_ascii=False),
            headers={"Content-Type": "application/json", "Accept-Language": lang},
        )
    raise ValueError(f"unknown scenario {name!r}")


def request(client, scenario: Scenario, n: int):
    extra = {"HTTP_HOST": HOST, "REMOTE_ADDR": "127.0.0.1"}
    for key, value in scenario.headers.items():
        if key != "Content-Type":
            extra["HTTP_" + key.upper().replace("-", "_")] = value
    if scenario.method == "POST":
        return client.post(
            scenario.path,
            scenario.body_for(n),
            content_type=scenario.headers.get("Content-Type", "application/json"),
            **extra,
        )
    return client.get(scenario.path, **extra)


def count_queries(scenarios: list[Scenario]) -> list[dict]:
    """Each scenario requested twice; the status and the queries of the second (warm) request
    and of the first (cold: with every kept part renewed, `pagecache.clear()`, so that it
    reads what an earlier scenario kept afresh). The full-page cache is off: the counts are
    of the rendering (a hit would answer the second request with none)."""
    import logging

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from cms import pagecache

    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    client = Client(raise_request_exception=False)
    rows = []
    with override_settings(PAGE_CACHE_ENABLED=False):
        for n, scenario in enumerate(scenarios):
            pagecache.clear()
            with CaptureQueriesContext(connection) as cold:
                request(client, scenario, 2 * n)
            with CaptureQueriesContext(connection) as warm:
                response = request(client, scenario, 2 * n + 1)
            rows.append(
                {
                    **asdict(scenario),
                    "status": response.status_code,
                    "queries": len(warm.captured_queries),
                    "queries_cold": len(cold.captured_queries),
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="FILE", help="write the rows as JSON")
    parser.add_argument("--names", default=",".join(NAMES), help="comma-separated scenarios")
    parser.add_argument("--langs", default=",".join(LANGS))
    args = parser.parse_args(argv)
    setup_django()
    names = [n for n in args.names.split(",") if n]
    unknown = set(names) - set(NAMES)
    if unknown:
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    rows = count_queries(build(names, args.langs.split(",")))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    for row in rows:
        print(
            f"{row['name']:<14} {row['lang']}  {row['status']}  {row['queries']:>3}  {row['path']}"
        )
    return 0 if all(row["status"] < 400 for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
