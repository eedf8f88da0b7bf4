"""Who may do what, as a table: every role × every page type, snippet and partner object.

The tables name every page type and every snippet that exists; adding one without adding
it here fails `test_every_page_type_and_snippet_is_in_the_matrix`.
"""

from __future__ import annotations

import datetime
import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, PageLogEntry, Revision, get_page_models
from wagtail.snippets.models import get_snippet_models

from partners.onboarding import onboard
from partners.roles import ADMINISTRATORS, JURY, MODERATORS, TRANSLATORS

pytestmark = pytest.mark.django_db

ADMIN, MODERATOR, TRANSLATOR, JURY_MEMBER, PARTNER, ANONYMOUS = (
    "administrator",
    "moderator",
    "translator",
    "jury",
    "partner",
    "anonymous",
)
ROLES = [ADMIN, MODERATOR, TRANSLATOR, JURY_MEMBER, PARTNER, ANONYMOUS]
ADMIN_VIEW_ROLES = [TRANSLATOR, JURY_MEMBER, PARTNER, ANONYMOUS]
AGENCY_EDITORS = {ADMIN, MODERATOR, TRANSLATOR}
PUBLISHERS = {ADMIN, MODERATOR}

soon = timezone.now() + datetime.timedelta(days=7)

#: page type → (parent key in the test tree, extra fields, roles that may edit it).
#: Partner editors edit what sits below their own organisation page, nothing else.
PAGE_MATRIX = {
    "home.HomePage": (None, {}, AGENCY_EDITORS),
    "home.InformationPage": ("home", {}, AGENCY_EDITORS),
    "home.NewsIndexPage": ("home", {}, AGENCY_EDITORS),
    "home.NewsArticlePage": ("home.NewsIndexPage", {"intro": "Neu."}, AGENCY_EDITORS),
    "home.ContactPage": ("home", {}, AGENCY_EDITORS),
    "opportunities.OrganisationIndexPage": (None, {}, AGENCY_EDITORS),
    "opportunities.OrganisationPage": (None, {}, AGENCY_EDITORS | {PARTNER}),
    "opportunities.OpportunityPage": (
        "club",
        {"summary": "Helfen.", "description": "<p>x</p>", "expires_on": soon.date()},
        AGENCY_EDITORS | {PARTNER},
    ),
    "opportunities.OpportunityIndexPage": ("home", {}, AGENCY_EDITORS),
    "events.EventIndexPage": ("home", {}, AGENCY_EDITORS),
    "events.CampaignPage": (
        "events.EventIndexPage",
        {"summary": "Aktion.", "goals": "Mehr Ehrenamt."},
        AGENCY_EDITORS,
    ),
    "events.EventPage": (
        "club",
        {
            "summary": "Fest.",
            "description": "<p>x</p>",
            "start": soon,
            "end": soon + datetime.timedelta(hours=2),
        },
        AGENCY_EDITORS | {PARTNER},
    ),
    "events.SurveyPage": ("events.CampaignPage", {}, AGENCY_EDITORS),
    "awards.RecognitionIndexPage": ("home", {}, AGENCY_EDITORS),
    "awards.AwardRoundPage": (
        "awards.RecognitionIndexPage",
        {
            "year": 2026,
            "intro": "Vorschläge.",
            "nomination_opens": timezone.now(),
            "nomination_closes": soon,
        },
        AGENCY_EDITORS,
    ),
    "awards.CallIndexPage": ("awards.RecognitionIndexPage", {}, AGENCY_EDITORS),
    "awards.CallPage": (
        "awards.CallIndexPage",
        {"kind": "funding", "deadline": soon.date(), "summary": "Geld."},
        AGENCY_EDITORS,
    ),
    "awards.EhrenamtskartePage": ("home", {}, AGENCY_EDITORS),
}

STAFF_SUBMISSIONS = {ADMIN, MODERATOR}
#: snippet → roles that may open its listing. Partner editors see their organisation's
#: expressions of interest and event registrations (scoped, see test_permissions.py);
#: translators edit every page but see no one's personal data.
SNIPPET_MATRIX = {
    "awards.EhrenamtskarteApplication": STAFF_SUBMISSIONS,
    "awards.Nomination": STAFF_SUBMISSIONS,
    # Partner organisations propose letters of thanks; they see their own proposals.
    "awards.ThankYouLetterProposal": STAFF_SUBMISSIONS | {PARTNER},
    "awards.JuryMembership": {ADMIN},
    "home.CounsellingRequest": STAFF_SUBMISSIONS,
    "opportunities.ExpressionOfInterest": STAFF_SUBMISSIONS | {PARTNER},
    "events.EventRegistration": STAFF_SUBMISSIONS | {PARTNER},
    "partners.PartnerApplication": STAFF_SUBMISSIONS,
    "cms.ConsentText": STAFF_SUBMISSIONS,
    "cms.District": AGENCY_EDITORS,
    "cms.FieldOfActivity": AGENCY_EDITORS,
    "cms.TargetGroup": AGENCY_EDITORS,
    "events.EventCategory": AGENCY_EDITORS,
    # Webhooks send content to other systems: administrators only.
    "cms.Webhook": {ADMIN},
    "cms.WebhookDelivery": {ADMIN},
    # The outbox's dead letters: staff see what failed for good and retry it.
    "cms.OutboxMessage": STAFF_SUBMISSIONS,
}

#: Admin views that are not about one object: role → may open.
ADMIN_VIEWS = {
    "/admin/partners/": {ADMIN, MODERATOR},
    "/admin/users/": {ADMIN},
    "/admin/groups/": {ADMIN},
    "/admin/workflows/list/": {ADMIN},
    # Translators only choose images and documents; partner editors manage their own.
    "/admin/images/": {ADMIN, MODERATOR, PARTNER},
    "/admin/documents/": {ADMIN, MODERATOR, PARTNER},
}

#: Admin views about one object of the fixture `admin_objects`: role → may open.
OBJECT_VIEWS = {
    "/admin/outbox/{dead_message}/retry/": STAFF_SUBMISSIONS,
}


def test_every_page_type_and_snippet_is_in_the_matrix():
    page_types = {m._meta.label for m in get_page_models()} - {"wagtailcore.Page"}
    assert page_types == set(PAGE_MATRIX)
    assert {m._meta.label for m in get_snippet_models()} == set(SNIPPET_MATRIX)


@pytest.fixture
def users(roles, club, other_club):
    people = {}
    for role, group in [
        (ADMIN, ADMINISTRATORS),
        (MODERATOR, MODERATORS),
        (TRANSLATOR, TRANSLATORS),
        (JURY_MEMBER, JURY),
    ]:
        people[role] = User.objects.create_user(role, f"{role}@bitburg.example", "pw")
        people[role].groups.add(Group.objects.get(name=group))
    onboard(organisation=other_club)
    result = onboard(organisation=club, editors=["partner@tus-erdorf.example.org"])
    people[PARTNER] = result.invited[0]
    people[ANONYMOUS] = None
    return people


@pytest.fixture
def pages(home_page, organisation_index, club):
    """One page of every type, each below its natural parent."""
    tree = {"home": home_page, "club": club}
    tree["home.HomePage"] = home_page
    tree["opportunities.OrganisationIndexPage"] = organisation_index
    tree["opportunities.OrganisationPage"] = club
    from django.apps import apps

    for label, (parent_key, fields, _roles) in PAGE_MATRIX.items():
        if label in tree:
            continue
        model = apps.get_model(label)
        slug = label.split(".")[1].lower()
        page = model(title=f"Testseite {slug}", slug=slug, **fields)
        tree[parent_key].add_child(instance=page)
        page.save_revision().publish()
        tree[label] = page
    return tree


def outcome(response) -> str:
    if response.status_code == 200:
        return "allowed"
    if response.status_code == 302 and response.url.startswith("/admin/login/"):
        return "login"
    if response.status_code in (403, 404) or (
        response.status_code == 302 and response.url == "/admin/"
    ):
        return "denied"
    return f"unexpected {response.status_code}"


def expected(role, allowed_roles) -> str:
    if role == ANONYMOUS:
        return "login"
    return "allowed" if role in allowed_roles else "denied"


def check(client, users, url, allowed_roles, wrong, roles=ROLES):
    for role in roles:
        client.logout()
        if users[role]:
            client.force_login(users[role])
        got = outcome(client.get(url))
        if got != expected(role, allowed_roles):
            wrong.append((role, url, got))


def test_page_type_matrix(client, users, pages):
    wrong = []
    for label, (_parent, _fields, editors) in PAGE_MATRIX.items():
        page = pages[label]
        # Through the admin for the least privileged agency role and for everyone who must
        # be turned away; administrators' and moderators' rights are supersets, checked
        # through Wagtail's permission tester (rendering every edit form six times is slow).
        check(client, users, f"/admin/pages/{page.pk}/edit/", editors, wrong, ADMIN_VIEW_ROLES)
        for role in ROLES:
            may_edit = bool(users[role]) and page.permissions_for_user(users[role]).can_edit()
            if may_edit != (role in editors):
                wrong.append((role, label, f"edit {may_edit}"))
            may_publish = bool(users[role]) and page.permissions_for_user(users[role]).can_publish()
            if may_publish != (role in PUBLISHERS):
                wrong.append((role, label, f"publish {may_publish}"))
    if wrong:
        pytest.fail("\n".join(map(str, wrong)))


@pytest.fixture
def admin_objects(db):
    from cms.outbox import OutboxMessage

    dead = OutboxMessage.objects.create(
        kind="mail", recipient="x@example.org", status="dead", attempts=8, last_error="boom"
    )
    return {"dead_message": dead.pk}


def test_snippet_and_admin_view_matrix(client, users, admin_objects):
    wrong = []
    for url, allowed_roles in OBJECT_VIEWS.items():
        check(client, users, url.format(**admin_objects), allowed_roles, wrong)
    for model in get_snippet_models():
        url = reverse(model.snippet_viewset.get_url_name("list"))
        check(client, users, url, SNIPPET_MATRIX[model._meta.label], wrong)
    for url, allowed_roles in ADMIN_VIEWS.items():
        check(client, users, url, allowed_roles, wrong)
    if wrong:
        pytest.fail("\n".join(map(str, wrong)))


def png() -> ImageFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    return ImageFile(buffer, name="logo.png")


def state(other_club) -> dict:
    """What must not change when organisation A's editor pokes at B."""
    other_club.refresh_from_db()
    return {
        "page": (other_club.title, other_club.live, other_club.latest_revision_id),
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
        "images": list(Image.objects.values_list("pk", "title", "collection_id")),
        "documents": list(Document.objects.values_list("pk", "title", "collection_id")),
    }


def test_editor_of_a_cannot_reach_b(client, users, club, other_club):
    """Every admin URL that takes an id of organisation B's: denied, nothing changes."""
    from events.factories import EventPageFactory, EventRegistrationFactory
    from opportunities.factories import ExpressionOfInterestFactory, OpportunityPageFactory

    access_b = other_club.partner_access
    opportunity = OpportunityPageFactory(parent=other_club, title="Chorprobe")
    revision = opportunity.save_revision()
    interest = ExpressionOfInterestFactory(opportunity=opportunity, name="Piotr Nowak")
    event = EventPageFactory(parent=other_club, title="Sommerkonzert")
    registration = EventRegistrationFactory(event=event)
    image = Image.objects.create(title="Chorlogo", file=png(), collection=access_b.collection)
    document = Document.objects.create(
        title="Satzung",
        file=ContentFile(b"Satzung", name="satzung.txt"),
        collection=access_b.collection,
    )
    client.force_login(users[PARTNER])
    before = state(other_club)
    p, o = other_club.pk, opportunity.pk
    gets = [
        f"/admin/pages/{p}/edit/",
        f"/admin/pages/{o}/edit/",
        f"/admin/pages/{o}/revisions/{revision.pk}/view/",
        f"/admin/pages/{o}/revisions/compare/earliest...{revision.pk}/",
        f"/admin/pages/{o}/history/",
        f"/admin/pages/{o}/view_draft/",
        f"/admin/pages/{o}/edit/preview/",
        f"/admin/pages/{o}/copy/",
        f"/admin/pages/{o}/delete/",
        f"/admin/pages/{o}/move/",
        f"/admin/pages/{o}/unpublish/",
        f"/admin/pages/{p}/add_subpage/",
        f"/admin/pages/add/opportunities/opportunitypage/{p}/",
        f"/admin/snippets/opportunities/expressionofinterest/edit/{interest.pk}/",
        f"/admin/snippets/events/eventregistration/edit/{registration.pk}/",
        reverse("wagtailimages:edit", args=[image.pk]),
        reverse("wagtailimages:delete", args=[image.pk]),
        reverse("wagtaildocs:edit", args=[document.pk]),
        reverse("wagtaildocs:delete", args=[document.pk]),
    ]
    wrong = [(url, outcome(r)) for url in gets if outcome(r := client.get(url)) != "denied"]
    posts = {
        f"/admin/pages/{o}/delete/": {},
        f"/admin/pages/{o}/unpublish/": {},
        f"/admin/pages/{o}/copy/": {
            "new_title": "Kopie",
            "new_slug": "kopie",
            "new_parent_page": club.pk,
        },
        f"/admin/pages/{o}/move/{club.pk}/confirm/": {},
        f"/admin/pages/{o}/revisions/{revision.pk}/revert/": {},
        f"/admin/pages/{p}/lock/": {},
        reverse("wagtailimages:delete", args=[image.pk]): {},
        reverse("wagtaildocs:delete", args=[document.pk]): {},
        reverse("wagtailimages:edit", args=[image.pk]): {"title": "Gehackt"},
        reverse("wagtaildocs:edit", args=[document.pk]): {"title": "Gehackt"},
    }
    wrong += [
        (url, outcome(r))
        for url, data in posts.items()
        if outcome(r := client.post(url, data)) not in ("denied",)
    ]
    if wrong:
        pytest.fail("\n".join(map(str, wrong)))
    assert state(other_club) == before
    interest.refresh_from_db()
    assert interest.status == "new"
