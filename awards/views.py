"""The award round page's form handling (public) and the staff and jury admin views."""

from __future__ import annotations

import csv
from itertools import groupby

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.form_pages import refuse_when_rate_limited

from .access import (
    can_rate,
    is_award_staff,
    may_see_round,
    rounds_for,
    staff_may_change,
    visible_nominations,
)
from .models import AwardRoundPage, JuryMembership, JuryRating, Nomination, NominationAttachment
from .services import NominationWindowClosed, carry_over, submit_nomination


def serve_round(page: AwardRoundPage, request: HttpRequest) -> TemplateResponse:
    """GET shows the round (and the form while it is open); a POST is validated by the form
    and stored by the service, which refuses it outside the window with status 400 and keeps
    what was typed."""
    from .forms import NominationForm

    refused = refuse_when_rate_limited(request)
    if refused is not None:
        return refused
    status = 200
    form = None
    if request.method == "POST":
        form = NominationForm(request.POST, request.FILES, round=page)
        if form.is_valid():
            try:
                result = submit_nomination(form)
            except NominationWindowClosed as refused:
                form.add_error(None, refused.message)
            else:
                context = page.get_context(request)
                context.update(nomination=result.nomination, duplicate=result.duplicate)
                return TemplateResponse(request, "awards/award_round_page_sent.html", context)
        status = 400
    context = page.get_context(request)
    if form is None and context["state"] == "open":
        form = NominationForm(round=page)
    context["form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)


# --- Admin: staff and jury --------------------------------------------------------------


def jury_index(request: HttpRequest) -> TemplateResponse:
    rounds = rounds_for(request.user)
    if not rounds.exists():
        raise PermissionDenied
    return TemplateResponse(
        request, "awards/admin/jury_index.html", {"rounds": rounds.order_by("-year")}
    )


def round_nominations(request: HttpRequest, round_id: int) -> TemplateResponse:
    """A round's nominations grouped by nominee, each with the jury's ratings side by side."""
    round = get_object_or_404(AwardRoundPage, pk=round_id)
    if not may_see_round(request.user, round):
        raise Http404
    criteria = list(round.criteria.order_by("sort_order", "pk"))
    members = jury_members(round)
    nominations = (
        visible_nominations(request.user)
        .filter(round=round)
        .select_related("category")
        .prefetch_related(
            Prefetch("ratings", queryset=JuryRating.objects.select_related("member")),
            "attachments",
        )
        .order_by("nominee_key", "created_at")
    )
    groups = [
        (key, [rating_rows(n, members, criteria) for n in items])
        for key, items in groupby(nominations, key=lambda n: n.nominee_key)
    ]
    return TemplateResponse(
        request,
        "awards/admin/round_nominations.html",
        {
            "round": round,
            "groups": groups,
            "criteria": criteria,
            "members": members,
            "is_staff_view": staff_may_change(request.user),
            "is_jury": round.jury_memberships.filter(user=request.user).exists(),
        },
    )


def jury_members(round: AwardRoundPage) -> list:
    return [
        m.user
        for m in JuryMembership.objects.filter(round=round)
        .select_related("user")
        .order_by("user__last_name", "user__username")
    ]


def rating_rows(nomination: Nomination, members: list, criteria: list):
    """A nomination with its ratings as rows: one per jury member, scores per criterion."""
    by_member = {r.member_id: r for r in nomination.ratings.all()}
    nomination.rating_rows = [
        {
            "member": member,
            "scores": [
                by_member[member.pk].score_for(c.pk) if member.pk in by_member else None
                for c in criteria
            ],
            "note": by_member[member.pk].note if member.pk in by_member else "",
        }
        for member in members
    ]
    return nomination


def nomination_detail(request: HttpRequest, pk: int) -> TemplateResponse:
    nomination = get_object_or_404(
        visible_nominations(request.user).select_related("round", "category"), pk=pk
    )
    criteria = list(nomination.round.criteria.order_by("sort_order", "pk"))
    rating_rows(nomination, jury_members(nomination.round), criteria)
    return TemplateResponse(
        request,
        "awards/admin/nomination_detail.html",
        {
            "nomination": nomination,
            "criteria": criteria,
            "attachments": nomination.attachments.all(),
            "can_rate": can_rate(request.user, nomination),
            "can_carry_over": staff_may_change(request.user)
            and nomination.status == Nomination.Status.NOT_SELECTED,
        },
    )


def rate_nomination(request: HttpRequest, pk: int):
    from .forms import RatingForm

    nomination = get_object_or_404(visible_nominations(request.user).select_related("round"), pk=pk)
    if not can_rate(request.user, nomination):
        raise Http404
    rating = JuryRating.objects.filter(nomination=nomination, member=request.user).first()
    criteria = list(nomination.round.criteria.order_by("sort_order", "pk"))
    form = RatingForm(
        request.POST if request.method == "POST" else None, criteria=criteria, rating=rating
    )
    if request.method == "POST" and form.is_valid():
        JuryRating.objects.update_or_create(
            nomination=nomination,
            member=request.user,
            defaults={"scores": form.scores(), "note": form.cleaned_data["note"]},
        )
        messages.success(request, _("Your rating has been saved."))
        return redirect("awards_admin:nomination", pk=nomination.pk)
    return TemplateResponse(
        request,
        "awards/admin/rate.html",
        {"nomination": nomination, "form": form},
        status=400 if form.is_bound else 200,
    )


def attachment_download(request: HttpRequest, pk: int) -> FileResponse:
    """The only way to an attachment's bytes: staff or the round's jury, never a public URL."""
    attachment = get_object_or_404(
        NominationAttachment.objects.filter(nomination__in=visible_nominations(request.user)),
        pk=pk,
    )
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )


def ratings_csv(request: HttpRequest, round_id: int) -> HttpResponse:
    """One row per nomination; per jury member a column for each criterion and the note."""
    if not (is_award_staff(request.user) or staff_may_change(request.user)):
        raise PermissionDenied
    round = get_object_or_404(AwardRoundPage, pk=round_id)
    criteria = list(round.criteria.order_by("sort_order", "pk"))
    members = jury_members(round)
    nominations = (
        Nomination.objects.filter(round=round)
        .select_related("category")
        .prefetch_related("ratings")
        .order_by("nominee_key", "created_at")
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="ratings-{round.year}.csv"'
    writer = csv.writer(response)
    header = [_("ID"), _("Nominee"), _("Category"), _("Status"), _("Rule flags")]
    for member in members:
        name = member.get_full_name() or member.get_username()
        header += [f"{name}: {c.name}" for c in criteria] + [f"{name}: {_('Note')}"]
    writer.writerow(header)
    for nomination in nominations:
        rating_rows(nomination, members, criteria)
        row = [
            nomination.pk,
            nomination.nominee_name,
            nomination.category.name if nomination.category else "",
            nomination.get_status_display(),
            "; ".join(nomination.rule_flag_labels),
        ]
        for item in nomination.rating_rows:
            row += ["" if s is None else s for s in item["scores"]] + [item["note"]]
        writer.writerow([spreadsheet_safe(value) for value in row])
    return response


def spreadsheet_safe(value):
    """Text typed by citizens or jurors must not run as a formula when the CSV is opened in a
    spreadsheet (CSV injection): such cells get a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


@require_POST
def carry_over_view(request: HttpRequest, pk: int):
    if not staff_may_change(request.user):
        raise PermissionDenied
    nomination = get_object_or_404(Nomination.objects.select_related("round"), pk=pk)
    try:
        copy = carry_over(nomination)
    except (ValueError, LookupError):
        messages.error(
            request,
            _(
                "Only a nomination that was not selected can be carried over, "
                "and only to an existing round of the following year."
            ),
        )
        return redirect("awards_admin:nomination", pk=nomination.pk)
    messages.success(request, _("The nomination has been carried over to the next round."))
    return redirect(reverse("awards_admin:nomination", kwargs={"pk": copy.pk}))
