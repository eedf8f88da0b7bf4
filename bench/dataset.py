"""The benchmark's data set: the demo site plus organisations, opportunities and events in bulk.

    .venv/bin/python bench/dataset.py base                     # migrations and demo site
    .venv/bin/python bench/dataset.py build --scale 10000      # the scaled data on top
    .venv/bin/python bench/dataset.py key --scale 10000        # the dump's cache key

`base` runs the migrations and the demo loader (without indexing); `build` adds `scale`
opportunities and `scale` events across `scale * 3 / 100` organisations (300 at the default
10,000), a tenth of each translated into English, Arabic and Ukrainian, and finally ANALYZE.

Wagtail's `add_child` (one tree lock, a path lookup and a parent update per page) and
wagtail-localize's `copy_for_translation` take minutes at this size, so the pages are
written the way a restore would: treebeard paths computed here (`MP_Node._get_path`), one
`bulk_create` of `wagtailcore_page` rows and one INSERT of the concrete rows per model and
batch, the parents' `numchild` corrected once. A translation is a copy in another locale
with the same `translation_key` below its parent's translation, which is all Wagtail's
routing, the language switcher and the API need (no wagtail-localize TranslationSource: the
bench never opens the translation editor). No revisions are written; `live` pages without a
`live_revision` serve as published ones. Occurrences are expanded with the site's own
`events.recurrence.expand`. Nothing is indexed here: the harness times `update_index`.

Deterministic (a fixed random seed), so two builds at one scale give the same pages.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import os
import random
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "ar", "uk")
BATCH = 2000
# Words for titles and texts, so search has something to find and analyse.
ACTIVITIES = [
    "Hausaufgabenhilfe",
    "Sprachcafé",
    "Lesepatenschaft",
    "Besuchsdienst",
    "Fahrdienst",
    "Tafel",
    "Repair-Café",
    "Gartenpflege",
    "Jugendtraining",
    "Seniorennachmittag",
    "Kleiderkammer",
    "Umweltgruppe",
    "Übungsleitung",
    "Vereinsfest",
    "Musikprobe",
    "Flüchtlingshilfe",
]
NAMES = ["Bitburg", "Erdorf", "Masholder", "Mötsch", "Stahl", "Irsch", "Matzen", "Rittersdorf"]
KINDS = ["Verein", "Initiative", "Förderkreis", "Freundeskreis", "Gruppe"]
TRANSLATED_PREFIX = {"en": "EN", "ar": "عربي", "uk": "УКР"}


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()


def activity_of(n: int, rng: random.Random) -> str:
    """The activity a page is about; every seventh (the first translated ones included) is
    "Hausaufgabenhilfe", so a search for it finds organisations, opportunities and events
    at any scale."""
    return ACTIVITIES[0] if n % 7 == 0 else rng.choice(ACTIVITIES)


def organisation_count(scale: int) -> int:
    """300 organisations for 10,000 opportunities, at least 3."""
    return max(3, scale * 3 // 100)


def digest(sources: list[Path]) -> str:
    hashed = hashlib.sha256()
    for source in sources:
        hashed.update(str(source.relative_to(ROOT)).encode())
        hashed.update(source.read_bytes())
    return hashed.hexdigest()[:12]


def base_key() -> str:
    """Migrations and the demo loader: what decides the demo site's content."""
    sources = sorted(ROOT.glob("*/migrations/*.py")) + sorted(ROOT.glob("*/demo*.py"))
    sources += sorted(ROOT.glob("cms/demo/**/*.py")) + sorted(ROOT.glob("*/demo_data.py"))
    sources += [ROOT / "cms/management/commands/load_demo_content.py"]
    return digest(sorted(set(sources)))


def cache_key(scale: int) -> str:
    """Scale, the demo site's key and this builder: what decides the data set's content."""
    return f"{scale}-{base_key()}-{digest([Path(__file__)])}"


# --- pages in bulk ----------------------------------------------------------------------------
class TreeWriter:
    """Appends pages below parents with computed treebeard paths, in bulk per model."""

    def __init__(self):
        from wagtail.models import Page

        self.Page = Page
        self.next_step: dict[int, int] = {}
        self.added: dict[int, int] = {}
        self.now = datetime.datetime.now(datetime.UTC)

    def place(self, page, parent) -> None:
        """Give `page` (unsaved) its path, depth, URL path and publication fields."""
        from django.contrib.contenttypes.models import ContentType

        Page = self.Page
        if parent.pk not in self.next_step:
            last = parent.get_last_child()
            self.next_step[parent.pk] = (
                Page._str2int(last.path[-Page.steplen :]) + 1 if last is not None else 1
            )
        step = self.next_step[parent.pk]
        self.next_step[parent.pk] = step + 1
        self.added[parent.pk] = self.added.get(parent.pk, 0) + 1
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.content_type = ContentType.objects.get_for_model(type(page))
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = self.now
        page.latest_revision_created_at = self.now
        if not page.translation_key:
            page.translation_key = uuid.uuid4()

    def insert(self, pages: list) -> None:
        """Write placed pages of one concrete model: base rows, then the model's own rows."""
        if not pages:
            return
        Page = self.Page
        model = type(pages[0])
        base_fields = [f.attname for f in Page._meta.concrete_fields if f.attname != "id"]
        for start in range(0, len(pages), BATCH):
            batch = pages[start : start + BATCH]
            rows = Page.objects.bulk_create(
                [Page(**{name: getattr(p, name) for name in base_fields}) for p in batch]
            )
            for page, row in zip(batch, rows, strict=True):
                page.id = page.page_ptr_id = row.id
            model._base_manager._insert(batch, fields=model._meta.local_concrete_fields)

    def finish(self) -> None:
        """Correct the parents' child counts once."""
        from django.db.models import F

        for parent_id, count in self.added.items():
            self.Page.objects.filter(pk=parent_id).update(numchild=F("numchild") + count)
        self.added.clear()


def link_m2m(model, field_name: str, pairs: list[tuple[int, object]]) -> None:
    """Bulk-insert (page id, target id) pairs into a ParentalManyToManyField's table."""
    field = model._meta.get_field(field_name)
    through = field.remote_field.through
    source, target = field.m2m_column_name(), field.m2m_reverse_name()
    through.objects.bulk_create(
        [through(**{source: a, target: b}) for a, b in pairs], batch_size=BATCH
    )


class Terms:
    """Taxonomy terms per locale, matched across locales by translation key."""

    def __init__(self, model, german_id: int):
        rows = list(model.objects.values("id", "translation_key", "locale_id"))
        self.german = [r for r in rows if r["locale_id"] == german_id]
        self.by_key = {(r["translation_key"], r["locale_id"]): r["id"] for r in rows}

    def pick(self, rng: random.Random, k: int = 1) -> list:
        return [r["translation_key"] for r in rng.sample(self.german, min(k, len(self.german)))]

    def ids(self, keys, locale_id: int) -> list[int]:
        return [self.by_key[(k, locale_id)] for k in keys if (k, locale_id) in self.by_key]


# --- the data set ---------------------------------------------------------------------------
def build_bulk(scale: int, seed: int = 11, out=sys.stderr) -> dict:
    """Add the scaled organisations, opportunities and events below the demo site."""
    from django.db import transaction
    from wagtail.models import Locale, Page

    from cms.models import District, FieldOfActivity, Language, TargetGroup
    from events import recurrence
    from events.models import EventCategory, EventIndexPage, EventPage, Occurrence
    from opportunities.models import OpportunityPage, OrganisationIndexPage, OrganisationPage

    rng = random.Random(seed)
    german = Locale.objects.get(language_code="de")
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    org_index = OrganisationIndexPage.objects.get(locale=german)
    event_index = EventIndexPage.objects.get(locale=german)

    def translation_of(page, locale):
        return Page.objects.get(translation_key=page.translation_key, locale=locale)

    org_parents = {code: translation_of(org_index, loc) for code, loc in locales.items()}
    event_parents = {code: translation_of(event_index, loc) for code, loc in locales.items()}
    terms = {
        model: Terms(model, german.pk)
        for model in (District, FieldOfActivity, TargetGroup, EventCategory)
    }
    languages = list(Language.objects.values_list("code", flat=True))
    today = datetime.date.today()
    tree = TreeWriter()
    counts = {"organisations": organisation_count(scale), "opportunities": scale, "events": scale}
    started = time.monotonic()

    with transaction.atomic():
        # Organisations, German, then the translated tenth.
        orgs, org_meta = [], []
        for n in range(counts["organisations"]):
            name = f"{rng.choice(KINDS)} {activity_of(n, rng)} {rng.choice(NAMES)} {n}"
            meta = {
                "district": terms[District].pick(rng)[0],
                "fields": terms[FieldOfActivity].pick(rng, 2),
                "languages": rng.sample(languages, min(2, len(languages))),
            }
            page = OrganisationPage(
                title=name,
                slug=f"bench-org-{n}",
                description=f"<p>{name} engagiert sich in {rng.choice(NAMES)}.</p>",
                notification_email=f"org{n}@bench.example.org",
                district_id=terms[District].ids([meta["district"]], german.pk)[0],
                street=f"Hauptstraße {n + 1}",
                wheelchair_accessible=rng.random() < 0.4,
            )
            tree.place(page, org_index)
            orgs.append(page)
            org_meta.append(meta)
        tree.insert(orgs)
        translated_orgs = max(1, len(orgs) // 10)
        org_copies = {code: [] for code in LANGUAGES}
        for code, locale in locales.items():
            copies = []
            for page, meta in zip(orgs[:translated_orgs], org_meta, strict=False):
                copy = OrganisationPage(
                    title=f"{TRANSLATED_PREFIX[code]} {page.title}",
                    slug=page.slug,
                    description=page.description,
                    notification_email=page.notification_email,
                    district_id=terms[District].ids([meta["district"]], locale.pk)[0],
                    street=page.street,
                    wheelchair_accessible=page.wheelchair_accessible,
                    translation_key=page.translation_key,
                )
                tree.place(copy, org_parents[code])
                copies.append(copy)
            tree.insert(copies)
            org_copies[code] = copies
        pairs_fields, pairs_languages = [], []
        for locale_id, pages in [(german.pk, orgs)] + [
            (locales[c].pk, org_copies[c]) for c in LANGUAGES
        ]:
            for page, meta in zip(pages, org_meta, strict=False):
                for term in terms[FieldOfActivity].ids(meta["fields"], locale_id):
                    pairs_fields.append((page.pk, term))
                pairs_languages += [(page.pk, code) for code in meta["languages"]]
        link_m2m(OrganisationPage, "fields_of_activity", pairs_fields)
        link_m2m(OrganisationPage, "languages", pairs_languages)
        print(f"bench: {len(orgs)} organisations", file=out)

        # Opportunities, spread over the organisations; those of the first tenth of
        # organisations (a tenth of all) are translated.
        opportunities, opp_meta, opp_org = [], [], []
        for n in range(scale):
            org_n = n % len(orgs)
            activity = activity_of(n, rng)
            meta = {
                "district": terms[District].pick(rng)[0],
                "fields": terms[FieldOfActivity].pick(rng, 2),
                "targets": terms[TargetGroup].pick(rng, 2),
                "languages": rng.sample(languages, min(2, len(languages))),
            }
            page = OpportunityPage(
                title=f"{activity} in {rng.choice(NAMES)} ({n})",
                slug=f"bench-opportunity-{n}",
                organisation_id=orgs[org_n].pk,
                summary=f"Wir suchen Unterstützung für {activity}.",
                description=f"<p>{activity}: eine Aufgabe für Menschen, die gern helfen.</p>",
                tasks="<ul><li>Mithelfen</li><li>Mitdenken</li></ul>",
                commitment=rng.choice(OpportunityPage.Commitment.values),
                german_level=rng.choice(OpportunityPage.GermanLevel.values),
                weekdays=rng.random() < 0.6,
                weekends=rng.random() < 0.4,
                evenings=rng.random() < 0.3,
                from_home=rng.random() < 0.2,
                wheelchair_accessible=rng.random() < 0.5,
                minimum_age=rng.choice([0, 0, 14, 16, 18]),
                district_id=terms[District].ids([meta["district"]], german.pk)[0],
                places=rng.randint(1, 5),
                expires_on=today + datetime.timedelta(days=rng.randint(20, 365)),
            )
            tree.place(page, orgs[org_n])
            opportunities.append(page)
            opp_meta.append(meta)
            opp_org.append(org_n)
        tree.insert(opportunities)
        opp_copies = {}
        for code, locale in locales.items():
            copies, metas = [], []
            parents = dict(enumerate(org_copies[code]))
            for page, meta, org_n in zip(opportunities, opp_meta, opp_org, strict=True):
                if org_n not in parents:
                    continue
                copy = OpportunityPage(
                    **{
                        f.attname: getattr(page, f.attname)
                        for f in OpportunityPage._meta.local_concrete_fields
                        if f.attname not in ("page_ptr_id", "organisation_id", "district_id")
                    },
                    title=f"{TRANSLATED_PREFIX[code]} {page.title}",
                    slug=page.slug,
                    organisation_id=parents[org_n].pk,
                    district_id=terms[District].ids([meta["district"]], locale.pk)[0],
                    translation_key=page.translation_key,
                )
                tree.place(copy, parents[org_n])
                copies.append(copy)
                metas.append(meta)
            tree.insert(copies)
            opp_copies[code] = (copies, metas)
        pairs = {"fields_of_activity": [], "target_groups": [], "languages": []}
        for locale_id, (pages, metas) in [(german.pk, (opportunities, opp_meta))] + [
            (locales[c].pk, opp_copies[c]) for c in LANGUAGES
        ]:
            for page, meta in zip(pages, metas, strict=True):
                pairs["fields_of_activity"] += [
                    (page.pk, t) for t in terms[FieldOfActivity].ids(meta["fields"], locale_id)
                ]
                pairs["target_groups"] += [
                    (page.pk, t) for t in terms[TargetGroup].ids(meta["targets"], locale_id)
                ]
                pairs["languages"] += [(page.pk, code) for code in meta["languages"]]
        for name, values in pairs.items():
            link_m2m(OpportunityPage, name, values)
        translated_opps = len(opp_copies["en"][0])
        print(f"bench: {scale} opportunities ({translated_opps} translated)", file=out)

        # Events below the event index: one date each, every tenth a weekly series of
        # twelve; spread from four months ago to twenty months ahead. Every tenth translated.
        zone = recurrence.local_zone()
        events, event_meta = [], []
        for n in range(scale):
            day = today + datetime.timedelta(days=rng.randint(-120, 600))
            start = datetime.datetime.combine(day, datetime.time(rng.choice([10, 15, 18, 19])))
            start = start.replace(tzinfo=zone)
            weekly = n % 10 == 5
            meta = {
                "category": terms[EventCategory].pick(rng)[0],
                "district": terms[District].pick(rng)[0],
                "targets": terms[TargetGroup].pick(rng, 2),
                "languages": rng.sample(languages, min(2, len(languages))),
            }
            activity = activity_of(n, rng)
            page = EventPage(
                title=f"{activity}: Treffen in {rng.choice(NAMES)} ({n})",
                slug=f"bench-event-{n}",
                summary=f"Ein Treffen rund um {activity}.",
                description=f"<p>Alle sind willkommen beim Treffen {activity}.</p>",
                start=start,
                end=start + datetime.timedelta(hours=2),
                recurrence="weekly" if weekly else "",
                repeat_until=day + datetime.timedelta(weeks=11) if weekly else None,
                venue="Haus der Jugend",
                address="Talweg 1, 54634 Bitburg",
                organiser_name="Stadt Bitburg",
                category_id=terms[EventCategory].ids([meta["category"]], german.pk)[0],
                district_id=terms[District].ids([meta["district"]], german.pk)[0],
                price=rng.choice([0, 0, 0, 5]),
            )
            tree.place(page, event_index)
            events.append(page)
            event_meta.append(meta)
        tree.insert(events)
        event_copies = {}
        for code, locale in locales.items():
            copies, metas = [], []
            for n, (page, meta) in enumerate(zip(events, event_meta, strict=True)):
                if n % 10:
                    continue
                copy = EventPage(
                    **{
                        f.attname: getattr(page, f.attname)
                        for f in EventPage._meta.local_concrete_fields
                        if f.attname not in ("page_ptr_id", "category_id", "district_id")
                    },
                    title=f"{TRANSLATED_PREFIX[code]} {page.title}",
                    slug=page.slug,
                    category_id=terms[EventCategory].ids([meta["category"]], locale.pk)[0],
                    district_id=terms[District].ids([meta["district"]], locale.pk)[0],
                    translation_key=page.translation_key,
                )
                tree.place(copy, event_parents[code])
                copies.append(copy)
                metas.append(meta)
            tree.insert(copies)
            event_copies[code] = (copies, metas)
        pairs = {"target_groups": [], "languages": []}
        occurrences = []
        for locale_id, (pages, metas) in [(german.pk, (events, event_meta))] + [
            (locales[c].pk, event_copies[c]) for c in LANGUAGES
        ]:
            for page, meta in zip(pages, metas, strict=True):
                pairs["target_groups"] += [
                    (page.pk, t) for t in terms[TargetGroup].ids(meta["targets"], locale_id)
                ]
                pairs["languages"] += [(page.pk, code) for code in meta["languages"]]
                for slot in recurrence.expand(
                    page.start, page.end, page.recurrence, page.repeat_until, []
                ):
                    occurrences.append(
                        Occurrence(
                            event_id=page.pk, start=slot.start, end=slot.end, cancelled=False
                        )
                    )
        for name, values in pairs.items():
            link_m2m(EventPage, name, values)
        Occurrence.objects.bulk_create(occurrences, batch_size=BATCH)
        tree.finish()
        print(
            f"bench: {scale} events ({len(event_copies['en'][0])} translated),"
            f" {len(occurrences)} occurrences",
            file=out,
        )
    counts["seconds"] = round(time.monotonic() - started, 1)
    counts["pages"] = Page.objects.count()
    return counts


def build_base() -> None:
    """Migrations and the demo site (the harness dumps this once for every scale)."""
    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("load_demo_content", skip_index=True, stdout=quiet)
    print(f"bench: demo site in {time.monotonic() - started:.0f} s", file=sys.stderr)


def build(scale: int) -> None:
    """The scaled data on top of the demo site, then fresh planner statistics."""
    from django.db import connection

    counts = build_bulk(scale)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"bench: bulk data {counts}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["base", "build", "key", "base-key"])
    parser.add_argument("--scale", type=int, default=10_000)
    args = parser.parse_args(argv)
    if args.action == "key":
        print(cache_key(args.scale))
        return 0
    if args.action == "base-key":
        print(base_key())
        return 0
    setup_django()
    if args.action == "base":
        build_base()
    else:
        build(args.scale)
    return 0


if __name__ == "__main__":
    sys.exit(main())
