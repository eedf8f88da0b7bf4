"""The rules of the Ehrenamtskarte RLP and the Jubiläums-Ehrenamtskarte, declared once.

The eligibility check on the information page, the application form, the API and the tests
all read `CARD_RULES`; the numbers come from the state programme (see DOMAIN.md). A change
of the state's rules is a change of this table and nothing else.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.db import models
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

__all__ = [
    "CARD_RULES",
    "PARTICIPATING_MUNICIPALITIES",
    "Answers",
    "CardKind",
    "CardRule",
    "Compensation",
    "EligibilityResult",
    "FLAG_LABELS",
    "Finding",
    "HoursPeriod",
    "check_eligibility",
    "full_years_between",
    "plain_decimal",
]


class CardKind(models.TextChoices):
    STANDARD = "standard", gettext_lazy("Ehrenamtskarte")
    JUBILEE = "jubilee", gettext_lazy("Jubiläums-Ehrenamtskarte")


class HoursPeriod(models.TextChoices):
    WEEK = "week", gettext_lazy("hours a week on average")
    YEAR = "year", gettext_lazy("hours a year")


class Compensation(models.TextChoices):
    NONE = "none", gettext_lazy("No money, or only my real expenses are paid back")
    FLAT_ALLOWANCE = "flat-allowance", gettext_lazy("I receive a flat-rate allowance")
    PAID = "paid", gettext_lazy("I am paid for this work (wage or fee)")


@dataclass(frozen=True)
class CardRule:
    """One card's conditions; None means "no such condition"."""

    kind: str
    minimum_age: int | None
    minimum_hours_per_week: Decimal | None
    minimum_hours_per_year: Decimal | None
    minimum_years_engaged: int
    unpaid: bool
    in_participating_municipality: bool
    excludes_membership_only: bool
    #: None: valid for life.
    valid_years: int | None


CARD_RULES: dict[str, CardRule] = {
    CardKind.STANDARD: CardRule(
        kind=CardKind.STANDARD,
        minimum_age=14,  # lowered from 16 on 16 February 2017
        minimum_hours_per_week=Decimal("5"),
        minimum_hours_per_year=Decimal("250"),
        minimum_years_engaged=1,
        unpaid=True,
        in_participating_municipality=True,
        excludes_membership_only=True,
        valid_years=2,
    ),
    # Since August 2018: 25 years of volunteering and nothing else, also for people who can
    # no longer volunteer because of age or health.
    CardKind.JUBILEE: CardRule(
        kind=CardKind.JUBILEE,
        minimum_age=None,
        minimum_hours_per_week=None,
        minimum_hours_per_year=None,
        minimum_years_engaged=25,
        unpaid=False,
        in_participating_municipality=False,
        excludes_membership_only=False,
        valid_years=None,
    ),
}

#: Short names of the flags the check can raise, for staff lists.
FLAG_LABELS = {"flat-allowance": gettext_lazy("flat-rate allowance")}

#: Municipalities taking part in the state programme that this site serves.
PARTICIPATING_MUNICIPALITIES = ("Bitburg",)


@dataclass
class Answers:
    """What someone tells the check (and the application form) about themselves."""

    kind: str
    date_of_birth: datetime.date | None = None
    engaged_since: datetime.date | None = None
    hours: Decimal | None = None
    hours_period: str = HoursPeriod.WEEK
    compensation: str = Compensation.NONE
    in_participating_municipality: bool = True
    membership_only: bool = False


@dataclass
class Finding:
    criterion: str
    met: bool
    text: str


@dataclass
class EligibilityResult:
    kind: str
    findings: list[Finding]
    #: Cases staff decide (e.g. a flat allowance): not a refusal.
    flags: list[str] = field(default_factory=list)
    flag_texts: list[str] = field(default_factory=list)

    @property
    def eligible(self) -> bool:
        return all(finding.met for finding in self.findings)

    @property
    def reasons(self) -> list[str]:
        """Why someone is not eligible; if they are, why they are."""
        if self.eligible:
            return [finding.text for finding in self.findings]
        return [finding.text for finding in self.findings if not finding.met]

    @property
    def card_label(self) -> str:
        return CardKind(self.kind).label

    @property
    def rule(self) -> CardRule:
        return CARD_RULES[self.kind]


def full_years_between(start: datetime.date, end: datetime.date) -> int:
    """Whole years from `start` to `end`: on the anniversary itself the year is complete."""
    return relativedelta(end, start).years


def _date(value: datetime.date) -> str:
    return date_format(value, "DATE_FORMAT")


def _apply_from(day: datetime.date) -> str:
    return _("You can apply from %(date)s.") % {"date": _date(day)}


def plain_decimal(value: Decimal) -> Decimal:
    """6.0 → 6, 4.5 → 4.5: hours as people write them."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _number(value: Decimal) -> str:
    return number_format(plain_decimal(value))


def check_eligibility(answers: Answers, today: datetime.date) -> EligibilityResult:
    """Check `answers` against the rules of the card asked for and say why, in plain words."""
    rule = CARD_RULES[answers.kind]
    findings: list[Finding] = []
    flags: list[str] = []
    flag_texts: list[str] = []

    if rule.minimum_age is not None:
        if answers.date_of_birth is None:
            findings.append(Finding("age", False, _("Please tell us your date of birth.")))
        elif answers.date_of_birth > today:
            findings.append(Finding("age", False, _("Please check your date of birth.")))
        else:
            age = full_years_between(answers.date_of_birth, today)
            met = age >= rule.minimum_age
            text = ngettext(
                "You are %(age)s year old; the card is for people from %(minimum)s.",
                "You are %(age)s years old; the card is for people from %(minimum)s.",
                age,
            ) % {"age": age, "minimum": rule.minimum_age}
            if not met:
                text += " " + _apply_from(
                    answers.date_of_birth + relativedelta(years=rule.minimum_age)
                )
            findings.append(Finding("age", met, text))

    if answers.engaged_since is None:
        findings.append(Finding("years", False, _("Please tell us since when you volunteer.")))
    else:
        years = max(full_years_between(answers.engaged_since, today), 0)
        met = answers.engaged_since <= today and years >= rule.minimum_years_engaged
        text = " ".join(
            [
                ngettext(
                    "You have volunteered for %(years)s full year.",
                    "You have volunteered for %(years)s full years.",
                    years,
                )
                % {"years": years},
                ngettext(
                    "At least %(minimum)s year is needed.",
                    "At least %(minimum)s years are needed.",
                    rule.minimum_years_engaged,
                )
                % {"minimum": rule.minimum_years_engaged},
            ]
        )
        if not met:
            text += " " + _apply_from(
                answers.engaged_since + relativedelta(years=rule.minimum_years_engaged)
            )
        findings.append(Finding("years", met, text))

    if rule.minimum_hours_per_week is not None or rule.minimum_hours_per_year is not None:
        if answers.hours is None:
            findings.append(
                Finding("hours", False, _("Please tell us how many hours you volunteer."))
            )
        elif answers.hours_period == HoursPeriod.YEAR:
            minimum = rule.minimum_hours_per_year
            met = answers.hours >= minimum
            findings.append(
                Finding(
                    "hours",
                    met,
                    _("%(minimum)s hours a year are needed; you gave %(hours)s.")
                    % {"minimum": _number(minimum), "hours": _number(answers.hours)},
                )
            )
        else:
            minimum = rule.minimum_hours_per_week
            met = answers.hours >= minimum
            findings.append(
                Finding(
                    "hours",
                    met,
                    _("On average %(minimum)s hours a week are needed; you gave %(hours)s.")
                    % {"minimum": _number(minimum), "hours": _number(answers.hours)},
                )
            )

    if rule.unpaid:
        if answers.compensation == Compensation.PAID:
            findings.append(
                Finding(
                    "unpaid",
                    False,
                    _("The card is for unpaid volunteering. Work you are paid for does not count."),
                )
            )
        else:
            findings.append(
                Finding("unpaid", True, _("You volunteer without pay beyond your real expenses."))
            )
            if answers.compensation == Compensation.FLAT_ALLOWANCE:
                flags.append("flat-allowance")
                flag_texts.append(
                    _(
                        "You receive a flat-rate allowance. The town checks whether it only "
                        "covers your real costs; this does not stop your application."
                    )
                )

    if rule.in_participating_municipality:
        municipalities = ", ".join(PARTICIPATING_MUNICIPALITIES)
        if answers.in_participating_municipality:
            text = _("You volunteer in a participating municipality (%(places)s).")
        else:
            text = _(
                "The card is for volunteering in a participating municipality "
                "(%(places)s). Please ask the municipality where you volunteer."
            )
        findings.append(
            Finding(
                "municipality",
                answers.in_participating_municipality,
                text % {"places": municipalities},
            )
        )

    if rule.excludes_membership_only:
        if answers.membership_only:
            text = _("Being a member or being on call alone does not count as volunteering.")
        else:
            text = _("You do more than being a member or being on call.")
        findings.append(Finding("activity", not answers.membership_only, text))

    return EligibilityResult(answers.kind, findings, flags, flag_texts)
