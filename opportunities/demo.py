"""Demo content of the opportunities app: partner organisations and their opportunities."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django.utils.text import slugify

from cms.demo import ensure_page, german
from cms.models import ConsentText, District, FieldOfActivity, Language, TargetGroup
from home.models import HomePage

from . import demo_data as data
from .models import OpportunityIndexPage, OpportunityPage, OrganisationIndexPage, OrganisationPage

KIND_BY_DEMO_KIND = {
    "church": OrganisationPage.Kind.CHURCH,
    "welfare": OrganisationPage.Kind.WELFARE,
    "refugee": OrganisationPage.Kind.INITIATIVE,
    "environment": OrganisationPage.Kind.INITIATIVE,
    "fire": OrganisationPage.Kind.PUBLIC,
}

CONSENT_TEXT = (
    "Ich bin einverstanden, dass die Ehrenamtsagentur der Stadt Bitburg meine Angaben "
    "speichert und an die Organisation weitergibt, die dieses Angebot macht, damit sie mit "
    "mir Kontakt aufnimmt. Die Angaben werden nach 12 Monaten gelöscht. Ich kann meine "
    "Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen."
)


def load(command) -> None:
    locale = german()
    home = HomePage.objects.get(locale=locale)
    ConsentText.objects.get_or_create(
        purpose=ConsentText.Purpose.INTEREST,
        version=1,
        locale=locale,
        defaults={"text": CONSENT_TEXT},
    )
    listing, _ = ensure_page(
        home,
        OpportunityIndexPage,
        "engagement-finden",
        title="Engagement finden",
        intro=(
            "Hier finden Sie Aufgaben bei Vereinen, Initiativen und Einrichtungen in Bitburg. "
            "Filtern Sie nach Thema, Stadtteil, Zeit und Sprache – auch ohne Deutschkenntnisse "
            "gibt es viel zu tun."
        ),
        show_in_menus=True,
    )
    index, _ = ensure_page(
        home,
        OrganisationIndexPage,
        "organisationen",
        title="Organisationen",
        intro="Vereine, Initiativen und Einrichtungen, die mit der Ehrenamtsagentur arbeiten.",
        show_in_menus=True,
    )
    organisations = {spec["slug"]: organisation(index, spec, locale) for spec in data.ORGANISATIONS}
    today = timezone.localdate()
    for spec in data.OPPORTUNITIES:
        opportunity(organisations[spec["organisation"]], spec, locale, today)
    point_help_entry_to(home, listing)
    command.stdout.write(
        f"opportunities: {len(organisations)} organisations, "
        f"{OpportunityPage.objects.count()} opportunities"
    )


def terms(model, slugs, locale):
    return list(model.objects.filter(slug__in=slugs, locale=locale))


def district(name, locale):
    return District.objects.filter(slug=slugify(name.replace("ö", "oe")), locale=locale).first()


def organisation(index, spec, locale) -> OrganisationPage:
    page, created = ensure_page(
        index,
        OrganisationPage,
        spec["slug"],
        title=spec["name"],
        kind=KIND_BY_DEMO_KIND.get(spec["kind"], OrganisationPage.Kind.CLUB),
        description=spec["description"],
        district=district(spec["district"], locale),
        street=spec["street"],
        postcode=spec["postcode"],
        website=spec["website"],
        contact_name=spec["contact_name"],
        phone=spec.get("phone", ""),
        notification_email=spec["contact_email"],
        wheelchair_accessible=spec["wheelchair_accessible"],
        accessibility=spec["accessibility"],
    )
    if created:
        page.fields_of_activity.set(terms(FieldOfActivity, spec["fields"], locale))
        page.languages.set(Language.objects.filter(code__in=spec["languages"]))
        page.save_revision().publish()
    return page


def opportunity(parent, spec, locale, today) -> OpportunityPage:
    def date(value):
        return datetime.date.fromisoformat(value) if value else None

    benefits = set(spec["benefits"])
    page, created = ensure_page(
        parent,
        OpportunityPage,
        spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        description=spec["description"],
        tasks=spec["tasks"],
        skills=spec["skills"],
        german_level=spec["german_level"],
        commitment=spec["commitment"],
        hours=spec["hours"],
        hours_period=spec["hours_period"] or "",
        weekdays=spec["weekdays"],
        weekends=spec["weekends"],
        evenings=spec["evenings"],
        start_date=date(spec["start"]),
        end_date=date(spec["end"]),
        district=district(spec["district"], locale),
        address=spec["address"],
        from_home=spec["from_home"],
        wheelchair_accessible=spec["wheelchair_accessible"],
        minimum_age=spec["minimum_age"],
        offers_training="training" in benefits,
        offers_insurance="insurance" in benefits,
        offers_expenses="expenses" in benefits,
        offers_certificate="certificate" in benefits,
        places=spec["places"],
        status=spec["status"],
        expires_on=today + datetime.timedelta(days=spec["expires_in_days"]),
    )
    if created:
        page.fields_of_activity.set(terms(FieldOfActivity, spec["fields"], locale))
        page.target_groups.set(terms(TargetGroup, spec["target_groups"], locale))
        page.languages.set(Language.objects.filter(code__in=spec["languages"]))
        page.save_revision().publish()
    return page


def point_help_entry_to(home: HomePage, target) -> None:
    """Lead the home page's first entry point ("Ich möchte helfen") to the listing."""
    entries = list(home.entry_points)
    if not entries or entries[0].value["page"].specific_class is OpportunityIndexPage:
        return
    first = entries[0].value
    home.entry_points[0] = (
        "entry_point",
        {"title": first["title"], "text": first["text"], "page": target},
    )
    home.save_revision().publish()
