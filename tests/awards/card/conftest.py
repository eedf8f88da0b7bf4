import pytest
from django.contrib.auth.models import Group, Permission, User
from wagtail.models import GroupPagePermission

from awards.card import EhrenamtskartePage
from cms.factories import ConsentTextFactory
from cms.models import ConsentText
from opportunities.factories import OrganisationPageFactory
from opportunities.models import OrganisationIndexPage


@pytest.fixture
def consent_card(locale_de):
    return ConsentTextFactory(purpose=ConsentText.Purpose.EHRENAMTSKARTE, locale=locale_de)


@pytest.fixture
def card_page(home_page, consent_card):
    page = EhrenamtskartePage(
        title="Ehrenamtskarte",
        slug="ehrenamtskarte",
        intro="Ein Dankeschön für Ihr Engagement.",
        thank_you="Wir melden uns.",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def organisation_index(home_page):
    index = OrganisationIndexPage(title="Organisationen", slug="organisationen")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def club_a(organisation_index):
    return OrganisationPageFactory(parent=organisation_index, title="TuS Erdorf", slug="tus")


@pytest.fixture
def club_b(organisation_index):
    return OrganisationPageFactory(parent=organisation_index, title="Chor Stahl", slug="chor")


def make_partner_editor(username: str, organisation) -> User:
    group = Group.objects.create(name=f"Redaktion {organisation.title}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=organisation, permission=Permission.objects.get(codename="change_page")
    )
    user = User.objects.create_user(username, password="pw")
    user.groups.add(group)
    return user


@pytest.fixture
def staff(db) -> User:
    """A moderator of the agency: model permissions on applications and letters."""
    user = User.objects.create_user("moderator", password="pw")
    user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=[
                "access_admin",
                "view_ehrenamtskarteapplication",
                "change_ehrenamtskarteapplication",
                "add_thankyouletterproposal",
                "view_thankyouletterproposal",
                "change_thankyouletterproposal",
            ]
        )
    )
    return user


@pytest.fixture
def private_media(db):
    """The private storage of the letters (no URL); files a test wrote are removed after."""
    from awards.letters import ThankYouLetterProposal

    storage = ThankYouLetterProposal._meta.get_field("letter").storage
    before = set(storage.listdir("letters")[1]) if storage.exists("letters") else set()
    yield storage
    if storage.exists("letters"):
        for name in set(storage.listdir("letters")[1]) - before:
            storage.delete(f"letters/{name}")
