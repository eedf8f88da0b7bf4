"""Retention (DSGVO Art. 5(1)(e)): personal data is kept only as long as its purpose needs.

`settings.PRIVACY_RETENTION` says, per model that holds personal data, why it is kept, on
which legal basis and for how many days. The period counts from the model's
`retention_anchor()` (an expression: the event's last date, the round's closing date …),
or from when it was sent. The nightly job `apply_retention` hands what is past its period
to `cms.privacy.erase_records`, the same code that erases one person's data, and leaves
one `PersonalDataRequest` with the counts per kind. The privacy page prints the same table
(`retention_table`), and a system check refuses a model with personal data and no entry.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core import checks
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_tasks import task

from . import privacy

BASES = {
    "consent": _("your consent (Art. 6(1)(a) GDPR)"),
    "public_task": _("a task in the public interest (Art. 6(1)(e) GDPR)"),
}


def rule_for(model: type[models.Model]) -> dict | None:
    return settings.PRIVACY_RETENTION.get(model._meta.label)


def anchor(model: type[models.Model]):
    """The date a record's retention period counts from."""
    declared = getattr(model, "retention_anchor", None)
    if declared is not None:
        return declared()
    names = {field.name for field in model._meta.fields}
    return F("created_at" if "created_at" in names else "submit_time")


def expired(model: type[models.Model], now: datetime.datetime | None = None) -> models.QuerySet:
    """The records of `model` whose retention period is over (none without a rule).

    Records a model anonymises instead of deleting (no e-mail address left) are not
    counted again on the next night."""
    rule = rule_for(model)
    if rule is None:
        return model._default_manager.none()
    cutoff = (now or timezone.now()) - datetime.timedelta(days=rule["days"])
    queryset = model._default_manager.annotate(retention_from=anchor(model)).filter(
        retention_from__lt=cutoff
    )
    if hasattr(model, "erase_personal_data"):
        for field in getattr(model, "personal_email_fields", ()):
            queryset = queryset.exclude(**{field: ""})
    return queryset


@task()
def apply_retention() -> dict[str, int]:
    """Delete or anonymise everything past its period, in one transaction (scheduled
    nightly); the audit row keeps only the counts per kind."""
    from .models import PersonalDataRequest

    counts = {}
    with transaction.atomic():
        for model in privacy.personal_data_models():
            handled = privacy.erase_records(model, expired(model))
            if handled:
                counts[model._meta.label_lower] = handled
        PersonalDataRequest.objects.create(
            kind=PersonalDataRequest.Kind.RETENTION, counts=counts, by="privacy-retention"
        )
    return counts


def period_text(days: int) -> str:
    """ "3 years", "6 months" or "90 days", in the active language."""
    if days % 365 == 0:
        years = days // 365
        return ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
    if days % 30 == 0 and days >= 60:
        months = days // 30
        return ngettext("%(count)d month", "%(count)d months", months) % {"count": months}
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


def retention_table() -> list[dict]:
    """What the privacy page prints: each kind of submission with its purpose, legal
    basis and period (from when it counts), in the active language."""
    rows = []
    for model in privacy.personal_data_models():
        rule = rule_for(model)
        if rule is None:
            continue
        after = getattr(model, "retention_anchor_text", None) or _("after it was sent")
        rows.append(
            {
                "kind": model._meta.verbose_name_plural,
                "purpose": rule["purpose"],
                "basis": BASES[rule["basis"]],
                "period": period_text(rule["days"]),
                "after": after,
            }
        )
    return sorted(rows, key=lambda row: str(row["kind"]))


@checks.register()
def check_every_personal_model_has_a_retention_period(app_configs=None, **kwargs):
    """A new model with personal data and no entry in PRIVACY_RETENTION would keep that
    data for ever and be missing from the privacy page."""
    errors = []
    for model in privacy.personal_data_models():
        rule = rule_for(model)
        if rule is None:
            errors.append(
                checks.Error(
                    f"{model._meta.label} holds personal data but has no retention period.",
                    hint=f'Add "{model._meta.label}" to PRIVACY_RETENTION (days, purpose, basis).',
                    obj=model,
                    id="cms.E101",
                )
            )
        elif not {"days", "purpose", "basis"} <= rule.keys() or rule["basis"] not in BASES:
            errors.append(
                checks.Error(
                    f"PRIVACY_RETENTION[{model._meta.label!r}] needs days, purpose and a "
                    f"basis out of {sorted(BASES)}.",
                    obj=model,
                    id="cms.E102",
                )
            )
    return errors
