"""Staff accounts: lockout after failed logins (django-axes) and the second factor for
moderators and administrators (django-otp), through the real login, setup and code views."""

import base64
import io
import time
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils import timezone
from django_otp.oath import hotp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
SETUP = "/admin/zwei-faktor/einrichten/"
VERIFY = "/admin/zwei-faktor/"


def code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The code an authenticator app shows for this device now (or `steps_ahead` periods
    later: django-otp accepts one period of clock drift and never the same code twice)."""
    step = (int(time.time()) - device.t0) // device.step + steps_ahead
    return f"{hotp(device.bin_key, step, digits=device.digits):0{device.digits}d}"


def log_in(client, username, password, **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


# --- Lockout -------------------------------------------------------------------------------


@pytest.fixture
def limit(settings):
    return settings.AXES_FAILURE_LIMIT


def test_repeated_failures_lock_the_account_even_with_the_right_password(client, moderator, limit):
    for _attempt in range(limit - 1):
        response = log_in(client, "moderatorin", "falsch")
        assert response.status_code == 200
        assert not signed_in(client)
    locked = log_in(client, "moderatorin", "falsch", HTTP_ACCEPT_LANGUAGE="de")
    assert locked.status_code == 429
    assert "Anmeldung vorübergehend gesperrt" in locked.content.decode()
    # The attempts are stored in PostgreSQL, by username and address.
    attempt = AccessAttempt.objects.get(username="moderatorin")
    assert (attempt.ip_address, attempt.failures_since_start) == ("127.0.0.1", limit)

    right = log_in(client, "moderatorin", "pw", HTTP_ACCEPT_LANGUAGE="en")
    assert right.status_code == 429
    assert "Sign-in temporarily locked" in right.content.decode()
    assert not signed_in(client)
    # Another address is not locked out: an attacker cannot lock a moderator out.
    assert log_in(client, "moderatorin", "pw", REMOTE_ADDR="10.1.2.3").status_code == 302


def test_django_admin_login_is_locked_too(client, moderator, limit):
    for _attempt in range(limit):
        response = client.post(
            "/django-admin/login/", {"username": "moderatorin", "password": "falsch"}
        )
    assert response.status_code == 429
    assert log_in(client, "moderatorin", "pw").status_code == 429


def test_the_reset_command_unlocks(client, moderator, limit):
    for _attempt in range(limit):
        log_in(client, "moderatorin", "falsch")
    assert log_in(client, "moderatorin", "pw").status_code == 429
    call_command("axes_reset_username", "moderatorin", stdout=io.StringIO())
    assert log_in(client, "moderatorin", "pw").status_code == 302
    assert signed_in(client)


def test_the_lock_ends_after_the_cool_off(client, moderator, limit, settings):
    for _attempt in range(limit):
        log_in(client, "moderatorin", "falsch")
    assert log_in(client, "moderatorin", "pw").status_code == 429
    # As if the cool-off had passed since the last failure.
    passed = timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    AccessAttempt.objects.filter(username="moderatorin").update(attempt_time=passed)
    assert log_in(client, "moderatorin", "pw").status_code == 302


def test_a_success_before_the_limit_clears_only_that_accounts_failures(client, moderator, limit):
    User.objects.create_user("redakteur", password="pw2")
    for _attempt in range(limit - 1):
        log_in(client, "moderatorin", "falsch")
        log_in(client, "redakteur", "falsch")
    assert log_in(client, "moderatorin", "pw").status_code == 302
    client.logout()
    # The moderator starts counting again ...
    for _attempt in range(limit - 1):
        assert log_in(client, "moderatorin", "falsch").status_code == 200
    # ... but the other account's failures still count.
    assert log_in(client, "redakteur", "falsch").status_code == 429
    assert log_in(client, "redakteur", "pw2").status_code == 429


def test_a_forged_forwarded_for_header_does_not_dodge_the_lock(client, moderator, limit):
    for attempt in range(limit):
        log_in(client, "moderatorin", "falsch", HTTP_X_FORWARDED_FOR=f"10.0.0.{attempt}")
    assert log_in(client, "moderatorin", "pw", HTTP_X_FORWARDED_FOR="10.9.9.9").status_code == 429


# --- Second factor -------------------------------------------------------------------------


def test_a_moderator_must_set_up_an_app_before_any_admin_page(client, moderator):
    assert log_in(client, "moderatorin", "pw").status_code == 302
    for path in ("/admin/", "/admin/pages/", "/admin/images/", "/admin/users/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response.url.startswith(SETUP)

    page = client.get(SETUP + "?next=/admin/pages/")
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=moderator)
    assert not device.confirmed
    html = page.content.decode()
    assert "<svg" in html
    assert base64.b32encode(device.bin_key).decode() in html

    wrong = client.post(SETUP, {"token": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 400
    assert client.get("/admin/pages/").status_code == 302
    device.refresh_from_db()
    assert not device.confirmed

    device.throttle_reset()
    right = client.post(SETUP, {"token": code(device), "next": "/admin/pages/"})
    assert right.status_code == 302
    assert right.url == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/pages/").status_code == 200


@pytest.fixture
def moderator_with_app(moderator):
    device = TOTPDevice.objects.create(user=moderator, name="Telefon", confirmed=True)
    return moderator, device


def test_after_the_password_a_moderator_must_give_the_code(client, moderator_with_app):
    _moderator, device = moderator_with_app
    assert log_in(client, "moderatorin", "pw").status_code == 302
    assert signed_in(client)
    for path in ("/admin/", "/admin/pages/", "/django-admin/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response.url.startswith(VERIFY)
    assert client.get(VERIFY).status_code == 200

    assert client.post(VERIFY, {"token": "123456"}).status_code == 400
    assert client.post(VERIFY, {"token": "abcdef"}).status_code == 400
    assert client.get("/admin/pages/").status_code == 302

    device.refresh_from_db()
    device.throttle_reset()
    response = client.post(VERIFY, {"token": code(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response.url == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    # The same code does not work a second time (a new session must wait for the next one).
    client.logout()
    log_in(client, "moderatorin", "pw")
    assert client.post(VERIFY, {"token": code(device)}).status_code == 400


def test_before_the_code_the_icons_load_and_scripts_get_no_page(client, moderator_with_app):
    """Every admin page, the code page too, fetches the icon sprite and inserts it; a
    redirect there put a second copy of the code form (sent on to the sprite) in the page."""
    log_in(client, "moderatorin", "pw")
    sprite = client.get("/admin/sprite/", headers={"Sec-Fetch-Mode": "cors"})
    assert sprite.status_code == 200
    assert b"<svg" in sprite.content and b"token" not in sprite.content
    # A script's request for an admin view is refused instead of answered with the form.
    fetched = client.get("/admin/pages/", headers={"Sec-Fetch-Mode": "cors"})
    assert fetched.status_code == 403
    assert b"token" not in fetched.content
    # The browser's navigation to the same view is sent to the code page.
    navigated = client.get("/admin/pages/", headers={"Sec-Fetch-Mode": "navigate"})
    assert navigated.status_code == 302 and navigated.url.startswith(VERIFY)


def test_wrong_codes_slow_down_guessing(client, moderator_with_app):
    _moderator, device = moderator_with_app
    log_in(client, "moderatorin", "pw")
    assert client.post(VERIFY, {"token": "000000"}).status_code == 400
    # Right after a wrong code even the right one is refused for a moment.
    assert client.post(VERIFY, {"token": code(device)}).status_code == 400
    assert client.get("/admin/").status_code == 302


def test_an_unsafe_next_address_is_not_followed(client, moderator_with_app):
    _moderator, device = moderator_with_app
    log_in(client, "moderatorin", "pw")
    response = client.post(VERIFY, {"token": code(device), "next": "https://evil.example/"})
    assert response.status_code == 302
    assert response.url == "/admin/"


def test_superusers_need_the_second_factor_too(client, db):
    User.objects.create_superuser("chefin", "chefin@bitburg.example", "pw")
    log_in(client, "chefin", "pw")
    assert client.get("/admin/").url.startswith(SETUP)


def test_partner_editors_are_not_forced_but_may_opt_in(client, onboarded):
    editor = onboarded.invited[0]
    assert log_in(client, editor.username, "pw").status_code == 302
    assert client.get("/admin/").status_code == 200
    # Once they have set up an app, they are asked for it like everyone else.
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=editor)
    client.post(SETUP, {"token": code(device)})
    client.logout()
    log_in(client, editor.username, "pw")
    assert client.get("/admin/").url.startswith(VERIFY)
    device.refresh_from_db()
    assert client.post(VERIFY, {"token": code(device, steps_ahead=1)}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_the_code_pages_need_a_password_login_first(client, db):
    assert client.get(VERIFY).url.startswith(LOGIN)
    assert client.get(SETUP).url.startswith(LOGIN)
