"""Factories for the shared models in cms/."""

import factory
from wagtail.models import Locale

from .models import ConsentText


class ConsentTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsentText
        django_get_or_create = ("purpose", "version", "locale")

    purpose = ConsentText.Purpose.COUNSELLING
    version = 1
    locale = factory.LazyFunction(lambda: Locale.objects.get_or_create(language_code="de")[0])
    text = "Ich bin einverstanden, dass meine Angaben zur Bearbeitung gespeichert werden."
