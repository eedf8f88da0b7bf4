import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.files.storage import FileSystemStorage
from wagtail.models import GroupPagePermission

from awards import clock
from awards.factories import AwardRoundPageFactory
from awards.models import (
    CallIndexPage,
    JuryMembership,
    NominationAttachment,
    RecognitionIndexPage,
)
from cms.factories import ConsentTextFactory
from cms.models import ConsentText

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(autouse=True)
def private_files(monkeypatch, tmp_path):
    """Attachments of this test go to a folder of its own. Django resolves a FileField's
    storage callable once, when the model is defined, so the field's storage is replaced
    rather than the setting."""
    location = tmp_path / "private"
    field = NominationAttachment._meta.get_field("file")
    monkeypatch.setattr(field, "storage", FileSystemStorage(location=location))
    return location


@pytest.fixture
def frozen_clock(monkeypatch):
    """Set the awards clock: `frozen_clock(moment)`; everything else keeps real time."""

    def freeze(moment: datetime.datetime):
        monkeypatch.setattr(clock, "now", lambda: moment)
        return moment

    return freeze


@pytest.fixture
def recognition(home_page):
    page = RecognitionIndexPage(title="Anerkennung", slug="anerkennung")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def call_index(recognition):
    page = CallIndexPage(title="Ausschreibungen", slug="ausschreibungen")
    recognition.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def consent_nomination(locale_de):
    return ConsentTextFactory(purpose=ConsentText.Purpose.NOMINATION, locale=locale_de)


@pytest.fixture
def make_round(recognition):
    def make(**kwargs):
        kwargs.setdefault("categories", ["Generationen verbinden", "Umwelt- und Naturschutz"])
        kwargs.setdefault("criteria", ["Motivation", "Wirkung"])
        return AwardRoundPageFactory(parent=recognition, **kwargs)

    return make


@pytest.fixture
def award_round(make_round):
    """The 2027 round, nominations from 5 Dec 2026 until 31 Jan 2027 (Berlin)."""
    return make_round(
        year=2027,
        nomination_opens=datetime.datetime(2026, 12, 5, 0, 0, tzinfo=BERLIN),
        nomination_closes=datetime.datetime(2027, 1, 31, 23, 59, 59, tzinfo=BERLIN),
        max_medals=2,
    )


@pytest.fixture
def staff(db):
    """A moderator: award permissions through the model, admin access."""
    user = User.objects.create_user("moderatorin", password="pw", first_name="Mara")
    user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=[
                "access_admin",
                "view_nomination",
                "change_nomination",
                "view_jurymembership",
                "add_jurymembership",
            ]
        )
    )
    return user


@pytest.fixture
def make_juror(db):
    def make(username: str, round):
        user = User.objects.create_user(username, password="pw", last_name=username.title())
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        JuryMembership.objects.create(round=round, user=user)
        return user

    return make


@pytest.fixture
def partner_editor(home_page):
    """An organisation's editor: admin access and page rights, no award permission."""
    group = Group.objects.create(name="Redaktion TuS Erdorf")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=home_page, permission=Permission.objects.get(codename="change_page")
    )
    user = User.objects.create_user("tus", password="pw")
    user.groups.add(group)
    return user
