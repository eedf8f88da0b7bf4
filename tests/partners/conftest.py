import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command

from tests.opportunities import conftest as opportunity_fixtures

# The organisations of the opportunities tests.
organisation_index = opportunity_fixtures.organisation_index
club = opportunity_fixtures.club
other_club = opportunity_fixtures.other_club


@pytest.fixture
def roles(db):
    call_command("setup_roles", verbosity=0)


@pytest.fixture
def moderator(roles):
    user = User.objects.create_user("moderatorin", "moderation@bitburg.example", password="pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def onboarded(roles, club, django_capture_on_commit_callbacks, mailoutbox):
    """TuS Erdorf onboarded with one editor, who has set a password already."""
    from partners.onboarding import onboard

    with django_capture_on_commit_callbacks(execute=True):
        result = onboard(organisation=club, editors=["redaktion@tus-erdorf.example.org"])
    editor = result.invited[0]
    editor.set_password("pw")
    editor.save()
    mailoutbox.clear()
    return result
