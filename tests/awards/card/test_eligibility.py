"""The card rules at every boundary, over the one declaration in awards.eligibility."""

import datetime
from decimal import Decimal

import pytest
from dateutil.relativedelta import relativedelta
from django.utils import translation

from awards.eligibility import (
    CARD_RULES,
    Answers,
    CardKind,
    Compensation,
    HoursPeriod,
    check_eligibility,
)

TODAY = datetime.date(2026, 11, 25)
STANDARD = CARD_RULES[CardKind.STANDARD]
JUBILEE = CARD_RULES[CardKind.JUBILEE]


def years_ago(years: int, days: int = 0) -> datetime.date:
    return TODAY - relativedelta(years=years) + datetime.timedelta(days=days)


def standard(**overrides) -> Answers:
    answers = Answers(
        kind=CardKind.STANDARD,
        date_of_birth=years_ago(30),
        engaged_since=years_ago(3),
        hours=Decimal("6"),
        hours_period=HoursPeriod.WEEK,
    )
    for name, value in overrides.items():
        setattr(answers, name, value)
    return answers


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


CASES = [
    # (what, answers, eligible, criterion that decides)
    (
        "turns 14 today",
        standard(date_of_birth=years_ago(STANDARD.minimum_age)),
        True,
        "age",
    ),
    (
        "turns 14 tomorrow",
        standard(date_of_birth=years_ago(STANDARD.minimum_age, days=1)),
        False,
        "age",
    ),
    (
        "exactly 250 hours a year",
        standard(hours=STANDARD.minimum_hours_per_year, hours_period=HoursPeriod.YEAR),
        True,
        "hours",
    ),
    (
        "249 hours a year",
        standard(hours=Decimal("249"), hours_period=HoursPeriod.YEAR),
        False,
        "hours",
    ),
    ("exactly 5 hours a week", standard(hours=STANDARD.minimum_hours_per_week), True, "hours"),
    ("4.9 hours a week", standard(hours=Decimal("4.9")), False, "hours"),
    (
        "exactly one year engaged",
        standard(engaged_since=years_ago(STANDARD.minimum_years_engaged)),
        True,
        "years",
    ),
    (
        "one day short of a year",
        standard(engaged_since=years_ago(STANDARD.minimum_years_engaged, days=1)),
        False,
        "years",
    ),
    ("paid work", standard(compensation=Compensation.PAID), False, "unpaid"),
    (
        "outside a participating municipality",
        standard(in_participating_municipality=False),
        False,
        "municipality",
    ),
    ("membership only", standard(membership_only=True), False, "activity"),
    (
        "jubilee: exactly 25 years",
        Answers(kind=CardKind.JUBILEE, engaged_since=years_ago(JUBILEE.minimum_years_engaged)),
        True,
        "years",
    ),
    (
        "jubilee: one day short of 25 years",
        Answers(
            kind=CardKind.JUBILEE, engaged_since=years_ago(JUBILEE.minimum_years_engaged, days=1)
        ),
        False,
        "years",
    ),
    (
        "jubilee ignores age and hours",
        Answers(
            kind=CardKind.JUBILEE,
            date_of_birth=years_ago(10),
            engaged_since=years_ago(40),
            hours=Decimal("0"),
            membership_only=True,
            in_participating_municipality=False,
        ),
        True,
        "years",
    ),
]


@pytest.mark.parametrize(
    ("answers", "eligible", "criterion"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_boundaries(answers, eligible, criterion):
    result = check_eligibility(answers, TODAY)
    assert result.eligible is eligible
    decisive = next(f for f in result.findings if f.criterion == criterion)
    assert decisive.met is eligible
    assert decisive.text in result.reasons
    if not eligible:
        assert [f.criterion for f in result.findings if not f.met] == [criterion]


def test_jubilee_checks_nothing_but_the_years():
    result = check_eligibility(Answers(kind=CardKind.JUBILEE, engaged_since=years_ago(25)), TODAY)
    assert [f.criterion for f in result.findings] == ["years"]
    assert JUBILEE.valid_years is None and STANDARD.valid_years == 2


def test_reasons_are_plain_words_with_the_numbers():
    too_young = check_eligibility(standard(date_of_birth=years_ago(13)), TODAY)
    assert too_young.reasons[0].startswith(
        "You are 13 years old; the card is for people from 14. You can apply from "
    )
    assert "2027" in too_young.reasons[0]
    too_few = check_eligibility(
        standard(hours=Decimal("249"), hours_period=HoursPeriod.YEAR), TODAY
    )
    assert too_few.reasons == ["250 hours a year are needed; you gave 249."]
    short = check_eligibility(standard(engaged_since=years_ago(1, days=1)), TODAY)
    assert "0 full years" in short.reasons[0] and "At least 1 year is needed." in short.reasons[0]


def test_flat_allowance_is_flagged_for_staff_not_refused():
    result = check_eligibility(standard(compensation=Compensation.FLAT_ALLOWANCE), TODAY)
    assert result.eligible is True
    assert result.flags == ["flat-allowance"]
    assert "flat-rate allowance" in result.flag_texts[0]


def test_reasons_are_translated():
    with translation.override("de"):
        result = check_eligibility(standard(hours=Decimal("4")), TODAY)
    assert result.reasons[0].startswith("Im Durchschnitt")


def test_a_birth_date_in_the_future_asks_to_check_it():
    result = check_eligibility(standard(date_of_birth=TODAY + datetime.timedelta(days=3)), TODAY)
    assert result.eligible is False
    assert result.reasons == ["Please check your date of birth."]
