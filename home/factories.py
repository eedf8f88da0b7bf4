"""Factories for the home app's data, for tests and for demo data of any size."""

import factory

from cms.factories import ConsentTextFactory

from .models import CounsellingRequest


class CounsellingRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CounsellingRequest

    topic = CounsellingRequest.Topic.FIND_OPPORTUNITY
    contact_channel = CounsellingRequest.Channel.EMAIL
    preferred_language = "de"
    language = "de"
    name = factory.Faker("name", locale="de_DE")
    email = factory.Faker("email")
    message = "Ich möchte mich gern engagieren und suche etwas Passendes."
    consent = factory.SubFactory(ConsentTextFactory)
