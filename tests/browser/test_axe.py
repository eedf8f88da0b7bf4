"""axe-core in headless Chromium over every public page type, in German and in Arabic.

A serious or critical violation fails the test; every kind found (of any impact) is
printed with its count, and the whole report is written to var/test-artefacts/axe.json.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import get_page_models

from awards.models import AwardRoundPage
from opportunities.models import OpportunityPage

from .helpers import ARTEFACTS, BLOCKING, run_axe, screenshot

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "ar"]
NOT_PUBLIC = {"wagtailcore.page"}


def public_paths() -> dict[str, str]:
    """One German page of every page type, and the pages that are views, as paths without
    the language prefix. Where a page type has a form, a page that shows it."""
    paths = {}
    for model in get_page_models():
        label = model._meta.label_lower
        if label in NOT_PUBLIC:
            continue
        pages = (
            model.objects.live()
            .public()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .exact_type(model)
        )
        if model is OpportunityPage:
            pages = OpportunityPage.objects.listing(pages.first().locale)
        elif model is AwardRoundPage:
            pages = pages.order_by("-year")  # the open round (see conftest)
        page = pages.first()
        assert page is not None, f"the demo has no {label}"
        paths[label] = page.url.split("/", 2)[2]
    today = timezone.localdate()
    events = paths["events.eventindexpage"]
    paths["events month view"] = f"{events}monat/{today.year}/{today.month}/"
    paths["search"] = "suche/?q=Ehrenamt"
    paths["404"] = "diese-seite-gibt-es-nicht/"
    return paths


def contact_form_with_errors(page, language: str, paths: dict) -> None:
    page.goto(f"/{language}/{paths['home.contactpage']}")
    page.locator("main form.form button[type=submit]").click()
    page.wait_for_selector("#form-errors")


def interest_sent(page, language: str, paths: dict) -> None:
    page.goto(f"/{language}/{paths['opportunities.opportunitypage']}")
    form = page.locator("section.primary-action form")
    form.locator('[name="name"]').fill("Axe Test")
    form.locator('[name="email"]').fill(f"axe-{language}@example.org")
    form.locator('[name="availability"]').fill("—")
    form.locator('[name="message"]').fill("—")
    if form.locator('[name="age_confirmed"]').count():
        form.locator('[name="age_confirmed"]').check()
    form.locator('[name="consent_given"]').check()
    form.locator("button[type=submit]").click()
    page.wait_for_selector(".confirmation")


# Page states reached by using a form rather than by an address.
STATES = {"contact form with errors": contact_form_with_errors, "interest sent": interest_sent}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_serious_or_critical_axe_violation(page, capsys, language):
    found: Counter = Counter()
    blocking = []
    report = {}
    paths = public_paths()
    visits = [(f"/{language}/{path}", label) for label, path in paths.items()]
    visits += [(f"/{language}/ ({label})", label) for label in STATES]
    for url, label in visits:
        if label in STATES:
            STATES[label](page, language, paths)
        else:
            response = page.goto(url)
            assert response.status == (404 if label == "404" else 200), url
        if label == "opportunities.opportunityindexpage":
            screenshot(page, f"listing-{language}")
        violations = run_axe(page)
        report[url] = violations
        for violation in violations:
            found[(violation["impact"], violation["id"])] += len(violation["nodes"])
            if violation["impact"] in BLOCKING:
                targets = [node["target"] for node in violation["nodes"]][:3]
                blocking.append((url, violation["id"], violation["impact"], targets))
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    (ARTEFACTS / f"axe-{language}.json").write_text(json.dumps(report, indent=1))
    with capsys.disabled():  # the counts are the report: shown even when the test passes
        print(f"\naxe-core, {len(report)} pages in {language}: violations by kind (elements)")
        for (impact, rule), count in sorted(found.items()):
            print(f"  {language} {impact:<9} {rule}: {count}")
        if not found:
            print(f"  {language}: none")
    assert blocking == []
