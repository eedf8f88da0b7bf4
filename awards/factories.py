"""Factories for award rounds, calls, nominations and jury ratings (tests, bench)."""

import datetime

import factory
from django.utils import timezone

from cms.factories import ConsentTextFactory
from cms.models import ConsentText
from opportunities.factories import PageFactory

from .models import (
    AwardCategory,
    AwardCriterion,
    AwardRoundPage,
    CallPage,
    JuryRating,
    Nomination,
)


class AwardRoundPageFactory(PageFactory):
    """A round whose window is open now unless `nomination_opens`/`_closes` say otherwise;
    `categories` and `criteria` take lists of names."""

    class Meta:
        model = AwardRoundPage

    year = factory.LazyFunction(lambda: timezone.localdate().year)
    title = factory.LazyAttribute(lambda o: f"Ehrenamtsmedaille {o.year}")
    slug = factory.LazyAttribute(lambda o: f"ehrenamtsmedaille-{o.year}")
    intro = "Wir suchen Menschen, die sich für andere einsetzen."
    nomination_opens = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=10))
    nomination_closes = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))

    @classmethod
    def _create(cls, model_class, *args, categories=(), criteria=(), **kwargs):
        parent = kwargs.pop("parent")
        live = kwargs.setdefault("live", True)
        page = model_class(**kwargs)
        page.categories = [AwardCategory(name=name) for name in categories]
        page.criteria = [AwardCriterion(name=name) for name in criteria]
        parent.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        return page


class CallPageFactory(PageFactory):
    class Meta:
        model = CallPage

    title = factory.Sequence(lambda n: f"Ausschreibung {n}")
    slug = factory.Sequence(lambda n: f"ausschreibung-{n}")
    kind = CallPage.Kind.FUNDING
    summary = "Eine Förderung für Vereine."
    deadline = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))


class NominationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Nomination

    round = None
    nominee_name = factory.Faker("name", locale="de_DE")
    nominee_contact = "Telefon 06561 123456"
    engagement = "Leitet seit Jahren die Kleiderkammer."
    engaged_since = "2012"
    reason = "Sie ist immer da, wenn jemand Hilfe braucht."
    nominator_name = factory.Faker("name", locale="de_DE")
    nominator_email = factory.Faker("email")
    relationship = "Nachbarin"
    nominee_may_be_contacted = True
    language = "de"
    consent = factory.SubFactory(ConsentTextFactory, purpose=ConsentText.Purpose.NOMINATION)


class JuryRatingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JuryRating

    nomination = None
    member = None
    scores = factory.Dict({})
    note = ""
