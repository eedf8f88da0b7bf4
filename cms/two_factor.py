"""Staff accounts: the second factor for moderators and administrators, and the lockout page.

Passwords alone guard the admin for partner editors; moderators, administrators and
superusers publish for the whole town, so after their password they must give a one-time
code from an authenticator app (TOTP, django-otp). Whoever has not set up an app yet is
sent to set one up before any admin page; anyone else may set one up and is then asked
for it too. django-axes locks a username out of one address after repeated failed logins
(settings: AXES_*); `lockout_response` is the page it shows.
"""

from __future__ import annotations

import base64
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import HttpResponseForbidden
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

SETUP_URL_NAME = "two_factor_setup"
VERIFY_URL_NAME = "two_factor_verify"
# Admin views a signed-in but unverified person may still reach.
OPEN_URL_NAMES = {
    SETUP_URL_NAME,
    VERIFY_URL_NAME,
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    # The icon sprite, which every admin page (the code page too) fetches and inserts
    # into itself: redirected, the code page's own form was inserted a second time.
    "wagtailadmin_sprite",
    "logout",
    "login",
}
PROTECTED_PREFIXES = ("/admin/", "/django-admin/")


def client_ip(request) -> str:
    """The client's address as the API's rate limit sees it: the entry API_NUM_PROXIES places
    from the right of X-Forwarded-For (what our own proxies appended), else REMOTE_ADDR.
    A client cannot dodge the lockout by sending its own X-Forwarded-For header."""
    num_proxies = settings.REST_FRAMEWORK.get("NUM_PROXIES") or 0
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if num_proxies and forwarded:
        addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
        if addresses:
            return addresses[-min(num_proxies, len(addresses))]
    return request.META.get("REMOTE_ADDR", "")


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login: a translated page, 429, nothing else."""
    until = timezone.localtime(timezone.now() + settings.AXES_COOLOFF_TIME)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "until": until}
    return render(request, "account_locked.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


def two_factor_required(user) -> bool:
    """Superusers and the groups in TWO_FACTOR_REQUIRED_GROUPS must use a second factor."""
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()


class StaffTwoFactorMiddleware:
    """Before any admin view: a signed-in person who must (or chose to) use a second factor
    and has not given it in this session is sent to give it, or to set up an app first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(PROTECTED_PREFIXES):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in OPEN_URL_NAMES:
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if request.headers.get("Sec-Fetch-Mode", "navigate") != "navigate":
            # A script's request (a chooser, a count) gets no HTML page to insert.
            return HttpResponseForbidden(_("Give the code from your authenticator app first."))
        if user_has_device(user):
            return _redirect_with_next(VERIFY_URL_NAME, request)
        if two_factor_required(user):
            return _redirect_with_next(SETUP_URL_NAME, request)
        return None


def _redirect_with_next(url_name: str, request):
    return redirect(f"{reverse(url_name)}?{urlencode({'next': request.get_full_path()})}")


def _next_url(request) -> str:
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return reverse("wagtailadmin_home")


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split())
        if not token.isdigit():
            raise forms.ValidationError(_("The code consists of digits only."))
        return token


WRONG_CODE = _("This code is not valid. Check your device's clock and try the current code.")


def qr_code_svg(data: str) -> str:
    """The setup link as an inline SVG image (no external service sees the secret)."""
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    svg = image.to_string(encoding="unicode")
    # The markup is generated by qrcode from our own link, not from user input.
    return mark_safe(svg)  # noqa: S308


def setup(request):
    """Set up an authenticator app: a QR code (and the key to type in), then a code from
    the app confirms it. Until then the device stays unconfirmed and counts for nothing."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    if user_has_device(request.user):
        return _redirect_with_next(VERIFY_URL_NAME, request)
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).order_by(
        "pk"
    ).first() or TOTPDevice.objects.create(user=request.user, name="Authenticator", confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            with transaction.atomic():
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", WRONG_CODE)
    context = {
        "heading": _("Set up two-factor authentication"),
        "form": form,
        "qr_code": qr_code_svg(device.config_url),
        "secret": base64.b32encode(device.bin_key).decode(),
        "next": _next_url(request),
    }
    status = 400 if form.errors else 200
    return render(request, "two_factor/setup.html", context, status=status)


def verify(request):
    """After the password: the code from the person's authenticator app."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    if request.user.is_verified():
        return redirect(_next_url(request))
    if not user_has_device(request.user):
        return _redirect_with_next(SETUP_URL_NAME, request)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["token"]
        for device in TOTPDevice.objects.filter(user=request.user, confirmed=True):
            if device.verify_token(token):
                otp_login(request, device)
                return redirect(_next_url(request))
        form.add_error("token", WRONG_CODE)
    status = 400 if form.errors else 200
    context = {
        "heading": _("Two-factor authentication"),
        "form": form,
        "next": _next_url(request),
    }
    return render(request, "two_factor/verify.html", context, status=status)
