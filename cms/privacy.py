"""Everything stored about one e-mail address: find it, export it, erase it (DSGVO Art. 15,
17 and 20).

A model takes part by declaring where a person's address can be:

- `personal_email_fields`: fields that hold the address itself (matched case-insensitively);
- `personal_text_fields`: free text or form data that may contain it (matched as a part).

A record found is deleted, unless its model defines `erase_personal_data(queryset)`, which
may instead anonymise it (a letter of thanks stays; its proposer's address goes) or release
what the record held (a confirmed place goes to the waiting list). Files the deleted rows
point at are removed from storage once the transaction has committed.

Each export and erasure leaves a `PersonalDataRequest` row: when, by whom, how many records
of which kind, and a keyed digest of the address instead of the address itself.

`erase_records` is the one piece of code that removes personal data: the erasure of one
address, the nightly retention job (cms/retention.py) and the self-service page
(cms/selfservice.py) all go through it. The self-service page asks with
`submitted_only=True`: a link to a mailbox proves who sent a form, not who is named in
someone else's free text (a nomination names the nominee, but it is the nominator's).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone


def personal_data_models() -> list[type[models.Model]]:
    """Every installed model that declares where a person's e-mail address is kept."""
    return [
        model
        for model in apps.get_models()
        if getattr(model, "personal_email_fields", ()) or getattr(model, "personal_text_fields", ())
    ]


def records_of(
    email: str, *, submitted_only: bool = False
) -> dict[type[models.Model], models.QuerySet]:
    """The records of each model that hold `email`, only models with at least one; with
    `submitted_only`, only those whose e-mail field is `email` (what that person sent)."""
    email = email.strip()
    found = {}
    for model in personal_data_models():
        condition = Q()
        for field in getattr(model, "personal_email_fields", ()):
            condition |= Q(**{f"{field}__iexact": email})
        text_fields = getattr(model, "personal_text_fields", ())
        if not submitted_only:
            for field in text_fields:
                condition |= Q(**{f"{field}__icontains": email})
        elif getattr(model, "personal_text_is_own", False):
            condition |= Q(pk__in=own_answers(model, text_fields, email))
        if not condition:
            continue
        queryset = model._default_manager.filter(condition).order_by("pk")
        if queryset.exists():
            found[model] = queryset
    return found


def own_answers(model: type[models.Model], fields, email: str) -> list:
    """Records whose answers (a dict of form data) hold `email` as one whole answer: a part
    of a longer address ("bella@…" holds "a@…") or of free text does not count."""
    wanted = email.strip().lower()
    candidates = Q()
    for field in fields:
        candidates |= Q(**{f"{field}__icontains": wanted})
    found = []
    for row in model._default_manager.filter(candidates).values("pk", *fields):
        answers = [
            v for field in fields if isinstance(row[field], dict) for v in row[field].values()
        ]
        if any(isinstance(v, str) and v.strip().lower() == wanted for v in answers):
            found.append(row["pk"])
    return found


def digest(email: str) -> str:
    """A keyed digest of an address: the same address gives the same digest, so staff can
    see that a request was handled, but the digest does not give the address back."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, email.strip().lower().encode(), hashlib.sha256).hexdigest()


def export(email: str, *, by: str = "", submitted_only: bool = False) -> dict:
    """A JSON-serialisable account of everything stored about `email`."""
    from cms.models import PersonalDataRequest

    records = []
    counts = {}
    for model, queryset in records_of(email, submitted_only=submitted_only).items():
        label = model._meta.label_lower
        counts[label] = queryset.count()
        for item in serializers.serialize("python", queryset):
            records.append(
                {"type": label, "kind": str(model._meta.verbose_name), "id": item["pk"]}
                | {"fields": item["fields"]}
                | related_files(model, item["pk"])
            )
    PersonalDataRequest.objects.create(
        kind=PersonalDataRequest.Kind.EXPORT, email_digest=digest(email), counts=counts, by=by
    )
    return {
        "email": email,
        "exported_at": timezone.now().isoformat(),
        "controller": settings.AGENCY_EMAIL,
        "records": records,
    }


def related_files(model: type[models.Model], pk) -> dict:
    """Names of files kept with a record in other tables (nomination attachments)."""
    files = []
    for relation in model._meta.related_objects:
        related = relation.related_model
        if not relation.one_to_many:
            continue
        file_fields = [f for f in related._meta.fields if isinstance(f, models.FileField)]
        if not file_fields:
            continue
        for row in related._default_manager.filter(**{relation.field.name: pk}):
            files += [getattr(row, f.name).name for f in file_fields if getattr(row, f.name)]
    return {"files": files} if files else {}


def erase(email: str, *, by: str = "", submitted_only: bool = False) -> dict[str, int]:
    """Delete (or anonymise) everything stored about `email`; how many records of each kind."""
    from cms.models import PersonalDataRequest

    counts = {}
    with transaction.atomic():
        for model, queryset in records_of(email, submitted_only=submitted_only).items():
            counts[model._meta.label_lower] = erase_records(model, queryset)
        PersonalDataRequest.objects.create(
            kind=PersonalDataRequest.Kind.ERASURE, email_digest=digest(email), counts=counts, by=by
        )
    return counts


def erase_records(model: type[models.Model], queryset: models.QuerySet) -> int:
    """Delete these records (or anonymise them, if the model says how) and, once the
    transaction has committed, the files they and their cascading rows point at. Call
    inside a transaction; returns how many records were handled."""
    queryset = model._default_manager.filter(pk__in=list(queryset.values_list("pk", flat=True)))
    count = queryset.count()
    custom = getattr(model, "erase_personal_data", None)
    if custom is not None:
        custom(queryset)
        return count
    files = list(stored_files(model, queryset))
    queryset.delete()
    transaction.on_commit(lambda: delete_files(files))
    return count


def stored_files(model: type[models.Model], queryset) -> Iterable:
    """(storage, name) of every file of the records and of rows that cascade from them."""
    for field in model._meta.fields:
        if isinstance(field, models.FileField):
            for row in queryset:
                value = getattr(row, field.name)
                if value:
                    yield value.storage, value.name
    for relation in model._meta.related_objects:
        if not relation.one_to_many or relation.on_delete is not models.CASCADE:
            continue
        related = relation.related_model
        for field in related._meta.fields:
            if isinstance(field, models.FileField):
                rows = related._default_manager.filter(**{f"{relation.field.name}__in": queryset})
                for row in rows:
                    value = getattr(row, field.name)
                    if value:
                        yield value.storage, value.name


def delete_files(files) -> None:
    for storage, name in files:
        storage.delete(name)
