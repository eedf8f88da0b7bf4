"""Demo content of the partners app: the roles, and every demo organisation onboarded
(editor group, collection, moderation workflow) without inviting anybody."""

from opportunities.models import OrganisationPage

from .onboarding import onboard
from .roles import apply_roles


def load(command) -> None:
    changes = apply_roles()
    organisations = list(
        OrganisationPage.objects.filter(locale__language_code="de", partner_access=None)
    )
    for organisation in organisations:
        onboard(organisation=organisation)
    command.stdout.write(f"partners: roles ({changes} changes), {len(organisations)} onboarded")
