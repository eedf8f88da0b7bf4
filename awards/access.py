"""Who sees which nominations, declared once: staff with the model permission see all of
them; a jury member sees the nominations of the rounds they sit on; nobody else any."""

from __future__ import annotations

from django.conf import settings

from .models import AwardRoundPage, Nomination


def is_award_staff(user) -> bool:
    return user.is_active and user.has_perm("awards.view_nomination")


def staff_may_change(user) -> bool:
    return user.is_active and user.has_perm("awards.change_nomination")


def jury_round_ids(user):
    from .models import JuryMembership

    return JuryMembership.objects.filter(user=user).values("round_id")


def visible_nominations(user):
    if not user.is_authenticated or not user.is_active:
        return Nomination.objects.none()
    if is_award_staff(user) or staff_may_change(user):
        return Nomination.objects.all()
    return Nomination.objects.filter(round_id__in=jury_round_ids(user))


def rounds_for(user):
    """The rounds whose nominations `user` may read (originals only: nominations made on a
    translated round page belong to the original)."""
    if not user.is_authenticated or not user.is_active:
        return AwardRoundPage.objects.none()
    rounds = AwardRoundPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    if is_award_staff(user) or staff_may_change(user):
        return rounds
    return rounds.filter(pk__in=jury_round_ids(user))


def may_see_round(user, round: AwardRoundPage) -> bool:
    return rounds_for(user).filter(pk=round.pk).exists()


def can_rate(user, nomination: Nomination) -> bool:
    """Only jury members rate, and only the nominations of their own round."""
    return nomination.round.jury_memberships.filter(user=user).exists()
