"""Factories for organisations, opportunities and expressions of interest (tests, bench)."""

import datetime

import factory
from django.utils import timezone

from cms.factories import ConsentTextFactory
from cms.models import ConsentText

from .models import ExpressionOfInterest, OpportunityPage, OrganisationPage


class PageFactory(factory.Factory):
    """Builds a Wagtail page under `parent` (required) and publishes it."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent, m2m=None, **kwargs):
        page = model_class(**kwargs)
        parent.add_child(instance=page)
        for name, values in (m2m or {}).items():
            getattr(page, name).set(values)
        revision = page.save_revision()
        if kwargs.get("live", True):
            revision.publish()
        return page


class OrganisationPageFactory(PageFactory):
    class Meta:
        model = OrganisationPage

    title = factory.Sequence(lambda n: f"Verein {n} e. V.")
    slug = factory.Sequence(lambda n: f"verein-{n}")
    description = "<p>Ein Verein in Bitburg.</p>"
    notification_email = factory.Sequence(lambda n: f"vorstand{n}@verein.example.org")


class OpportunityPageFactory(PageFactory):
    class Meta:
        model = OpportunityPage

    title = factory.Sequence(lambda n: f"Aufgabe {n}")
    slug = factory.Sequence(lambda n: f"aufgabe-{n}")
    summary = "Wir suchen Unterstützung."
    description = "<p>Eine Aufgabe für Menschen, die gern helfen.</p>"
    expires_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=60))


class ExpressionOfInterestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExpressionOfInterest

    opportunity = None
    organisation = factory.LazyAttribute(lambda o: o.opportunity and o.opportunity.organisation)
    name = factory.Faker("name", locale="de_DE")
    email = factory.Faker("email")
    preferred_language = "de"
    language = "de"
    message = "Ich würde gern mithelfen."
    consent = factory.SubFactory(ConsentTextFactory, purpose=ConsentText.Purpose.INTEREST)
