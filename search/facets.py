"""Facet labels in the visitor's language, for the search page's filter form."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from cms.models import District, FieldOfActivity, Language, TargetGroup
from events.models import EventPage
from opportunities.models import OpportunityPage

from .engine import KINDS

FACET_TITLES = {
    "type": _("Type"),
    "field": _("Field of activity"),
    "district": _("District"),
    "target_group": _("Target group"),
    "commitment": _("Commitment"),
    "language": _("Language spoken in the team"),
    "german": _("German needed"),
}

KIND_NAMES = {
    "opportunity": OpportunityPage._meta.verbose_name,
    "event": EventPage._meta.verbose_name,
}


def _kind_name(kind: str) -> str:
    from django.apps import apps

    return (
        KIND_NAMES.get(kind)
        or apps.get_model({v: k for k, v in KINDS.items()}[kind])._meta.verbose_name
    )


def labels() -> dict[str, dict[str, str]]:
    """Facet value → label in the active language, kept per generation of the site's
    shared content (taxonomies and languages renew it); built with one query per taxonomy."""
    from cms import pagecache

    language = translation.get_language()
    return pagecache.fragment(f"facet-labels:{language}", [pagecache.SITE_TAG], _labels)


def _labels() -> dict[str, dict[str, str]]:
    locale = Locale.get_active()
    names = {
        "field": dict(FieldOfActivity.objects.filter(locale=locale).values_list("slug", "name")),
        "district": dict(District.objects.filter(locale=locale).values_list("slug", "name")),
        "target_group": dict(TargetGroup.objects.filter(locale=locale).values_list("slug", "name")),
        "language": dict(Language.objects.values_list("code", "name")),
        "commitment": {key: str(label) for key, label in OpportunityPage.Commitment.choices},
        "german": {key: str(label) for key, label in OpportunityPage.GermanLevel.choices},
    }
    names["type"] = {kind: str(_kind_name(kind)) for kind in KINDS.values()}
    return names


def groups(counts: dict[str, dict[str, int]], selected: dict[str, list[str]]) -> list[dict]:
    """The filter form's groups: each value with its label, count and whether it is ticked."""
    names = labels()
    result = []
    for name, title in FACET_TITLES.items():
        ticked = selected.get(name, [])
        # A ticked value stays in the form even when nothing has it, so it can be unticked.
        values = {**dict.fromkeys(ticked, 0), **counts.get(name, {})}
        options = [
            {
                "value": value,
                "label": names[name].get(value, value),
                "count": count,
                "checked": value in ticked,
            }
            for value, count in sorted(values.items(), key=lambda item: -item[1])
        ]
        if options:
            result.append({"name": name, "title": title, "options": options})
    return result
