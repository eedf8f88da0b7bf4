"""Demo content of the home app: taxonomies, home page, information pages, news, contact."""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Page, Site

from cms.demo import ensure_page, german, stream
from cms.models import ConsentText, District, FieldOfActivity, SiteLinks, TargetGroup

from . import demo_data as data
from .models import ContactPage, HomePage, InformationPage, NewsArticlePage, NewsIndexPage

# Information pages that sit under the "Rund ums Ehrenamt" section; the rest hang off home.
SECTION_SLUGS = ["versicherung", "auslagenersatz", "kompetenznachweis", "fortbildungen"]
FOOTER_ONLY_SLUGS = ["impressum", "datenschutz", "barrierefreiheit"]


def load(command) -> None:
    locale = german()
    load_taxonomies(locale)
    consent_texts(locale)
    home = home_page(locale)
    pages = information_pages(home)
    news_index = news(home)
    contact, _ = ensure_page(
        home,
        ContactPage,
        "kontakt",
        title=data.CONTACT["title"],
        intro=data.CONTACT["intro"],
        address=data.CONTACT["address_html"],
        thank_you=data.CONTACT["thank_you"],
        show_in_menus=True,
    )
    entry_points(home, pages, contact)
    site_links(home, pages, contact)
    command.stdout.write(
        f"home: {Page.objects.descendant_of(home, inclusive=True).count()} pages, "
        f"{news_index.get_children().count()} news articles"
    )


def load_taxonomies(locale) -> None:
    from django.utils.text import slugify

    for name in data.TAXONOMY["districts"]:
        District.objects.get_or_create(
            slug=slugify(name.replace("ö", "oe")), locale=locale, defaults={"name": name}
        )
    for slug, name in data.TAXONOMY["fields_of_activity"]:
        FieldOfActivity.objects.get_or_create(slug=slug, locale=locale, defaults={"name": name})
    for slug, name in data.TAXONOMY["target_groups"]:
        TargetGroup.objects.get_or_create(slug=slug, locale=locale, defaults={"name": name})


def consent_texts(locale) -> None:
    ConsentText.objects.get_or_create(
        purpose=ConsentText.Purpose.COUNSELLING,
        version=1,
        locale=locale,
        defaults={"text": data.CONTACT["consent_text"]},
    )


def home_page(locale) -> HomePage:
    """Replace Wagtail's welcome page by our home page as the default site's root."""
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(
            title=data.HOME["title"], slug="start", intro=data.HOME["intro"], locale=locale
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    # Full URLs (feeds, sitemap, e-mails) should point where the demo is served.
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    address = {
        "hostname": base.hostname or "localhost",
        "port": base.port or (443 if base.scheme == "https" else 80),
    }
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            root_page=home, is_default_site=True, site_name="Ehrenamt Bitburg", **address
        )
    elif site.root_page_id != home.pk:
        welcome = site.root_page
        site.root_page = home
        site.site_name = "Ehrenamt Bitburg"
        site.hostname, site.port = address["hostname"], address["port"]
        site.save()
        if welcome.specific_class is Page and welcome.depth == 2:
            welcome.delete()
    return home


def information_pages(home: HomePage) -> dict[str, InformationPage]:
    section, _ = ensure_page(
        home,
        InformationPage,
        "rund-ums-ehrenamt",
        title="Rund ums Ehrenamt",
        intro=(
            "Versicherung, Auslagen, Nachweise und Fortbildungen: Hier finden Sie, was Sie "
            "für Ihr Engagement in Bitburg wissen sollten."
        ),
        show_in_menus=True,
    )
    pages = {"rund-ums-ehrenamt": section}
    for spec in data.INFO_PAGES:
        slug = spec["slug"]
        parent = section if slug in SECTION_SLUGS else home
        page, _ = ensure_page(
            parent,
            InformationPage,
            slug,
            title=spec["title"],
            search_description=spec.get("search_description", ""),
            intro=spec.get("intro", ""),
            plain_language_summary=spec.get("plain_summary", ""),
            body=stream(spec["body"]),
            show_in_menus=parent is home and slug not in FOOTER_ONLY_SLUGS,
        )
        pages[slug] = page
    return pages


def news(home: HomePage) -> NewsIndexPage:
    index, _ = ensure_page(
        home,
        NewsIndexPage,
        "aktuelles",
        title="Aktuelles",
        intro="Neuigkeiten der Ehrenamtsagentur und der Bitburger Vereine und Initiativen.",
        show_in_menus=True,
    )
    for spec in data.NEWS:
        ensure_page(
            index,
            NewsArticlePage,
            spec["slug"],
            title=spec["title"],
            date=datetime.date.fromisoformat(spec["date"]),
            intro=spec["intro"],
            body=stream(spec["body"]),
        )
    return index


def entry_points(home: HomePage, pages: dict, contact: ContactPage) -> None:
    if home.entry_points:
        return
    # Until the opportunities and awards apps exist, every way in leads to a page of ours.
    targets = {
        "help": pages["rund-ums-ehrenamt"],
        "seek": contact,
        "nominate": pages["ueber-uns"],
        "advice": contact,
    }
    home.entry_points = [
        (
            "entry_point",
            {"title": item["title"], "text": item["text"], "page": targets[item["key"]]},
        )
        for item in data.HOME["entry_points"]
    ]
    home.save_revision().publish()


def site_links(home: HomePage, pages: dict, contact: ContactPage) -> None:
    site = Site.objects.get(root_page=home)
    links = SiteLinks.for_site(site)
    links.contact_page = links.contact_page or contact
    links.imprint_page = links.imprint_page or pages["impressum"]
    links.privacy_page = links.privacy_page or pages["datenschutz"]
    links.accessibility_page = links.accessibility_page or pages["barrierefreiheit"]
    links.save()
