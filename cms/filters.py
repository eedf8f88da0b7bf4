"""The taxonomy filter that the opportunity and event listings share (django-filter)."""

from __future__ import annotations

import hashlib

from django.core.exceptions import ValidationError
from django.db.models import Model
from django_filters import fields
from django_filters import rest_framework as filters
from wagtail.models import Locale

from . import pagecache


def active_locale_terms(model):
    """Filter choices in the visitor's language; the slug is the same in every language."""
    return model.objects.filter(locale=Locale.get_active())


def kept_terms(model) -> dict[str, object]:
    """The terms of a taxonomy in the visitor's language by slug, kept until a term (or
    anything else site-wide) changes: a listing checks its chosen filters against them
    instead of asking the database once per filter."""
    locale = Locale.get_active()

    def build() -> dict[str, object]:
        return {term.slug: term for term in active_locale_terms(model)}

    return pagecache.fragment(f"terms:{model._meta.label}:{locale.pk}", [pagecache.SITE_TAG], build)


def chosen_filters_key(filterset) -> str:
    """The filters a visitor validly chose — what `filterset.qs` applies; an invalid one is
    left out there too — as a short key, terms and other objects by primary key."""

    def plain(value):
        if isinstance(value, Model):
            return value.pk
        if isinstance(value, list | tuple | set | frozenset) or hasattr(value, "model"):
            return tuple(plain(item) for item in value)
        return value

    form = filterset.form
    chosen = sorted((name, plain(value)) for name, value in form.cleaned_data.items())
    return hashlib.sha256(repr(chosen).encode()).hexdigest()[:32]


class KeptTermsField(fields.ModelMultipleChoiceField):
    """django-filter's field with the chosen slugs looked up in `kept_terms`: the same
    checks and messages as Django's `_check_values`, without its query."""

    def _check_values(self, value):
        try:
            value = frozenset(value)
        except TypeError as unhashable:
            raise ValidationError(
                self.error_messages["invalid_list"], code="invalid_list"
            ) from unhashable
        terms = kept_terms(self.queryset.model)
        chosen = []
        for slug in value:
            self.validate_no_null_characters(slug)
            term = terms.get(str(slug))
            if term is None:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": slug},
                )
            chosen.append(term)
        return sorted(chosen, key=lambda term: (term.name, term.pk))


class TermsFilter(filters.ModelMultipleChoiceFilter):
    """Several terms of one taxonomy by slug, offered in the visitor's language."""

    field_class = KeptTermsField

    def __init__(self, model, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        super().__init__(queryset=lambda request: active_locale_terms(model), **kwargs)
