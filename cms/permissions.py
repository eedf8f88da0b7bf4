"""Permission policies shared by the admin views of citizen submissions."""

from __future__ import annotations

from django.http import Http404
from wagtail.models import GroupPagePermission
from wagtail.permission_policies import ModelPermissionPolicy


class SubmissionPermissionPolicy(ModelPermissionPolicy):
    """Staff may view, handle and delete submissions, but never create one in the admin:
    a submission is what a citizen sent, with their consent, and nothing else."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])


class OwnedByPagePermissionPolicy(SubmissionPermissionPolicy):
    """Submissions that belong to a page (an organisation, an award round): users with the
    model permission see all of them; everyone else only those whose page they may edit.

    The page rights come from Wagtail's page permissions, so giving a partner organisation's
    editor group "edit" on its own page is all it takes — and all it grants (rights on an
    ancestor, such as a translator's on the root, open no one's submissions).
    """

    #: The submission's foreign key to the owning page, e.g. "organisation".
    owner_field = ""
    #: The owning page model, e.g. OrganisationPage.
    owner_model = None
    #: What a page editor may do with the submissions of their page.
    page_editor_actions = ("view", "change")

    def owner_pages(self, user):
        """The owner pages on which one of the user's groups holds "edit" on the page itself.

        Rights inherited from an ancestor do not count: a translator may edit every page
        (rights on the root) but must not read the personal data sent to organisations.
        """
        if not user.is_active:
            return self.owner_model.objects.none().values("pk")
        direct = GroupPagePermission.objects.filter(
            group__user=user, permission__codename="change_page"
        ).values("page_id")
        return self.owner_model.objects.filter(pk__in=direct).values("pk")

    def has_model_permission(self, user, action) -> bool:
        return super().user_has_permission(user, action)

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        if self.has_model_permission(user, action):
            return True
        return action in self.page_editor_actions and self.owner_pages(user).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "add":
            return False
        if self.has_model_permission(user, action):
            return True
        owner_id = getattr(instance, f"{self.owner_field}_id")
        return (
            action in self.page_editor_actions
            and owner_id is not None
            and self.owner_pages(user).filter(pk=owner_id).exists()
        )

    def scope(self, user, queryset):
        """The submissions of `queryset` that `user` may see."""
        if self.has_model_permission(user, "view") or self.has_model_permission(user, "change"):
            return queryset
        return queryset.filter(**{f"{self.owner_field}__in": self.owner_pages(user)})


class InstanceScopeMixin:
    """For the object views of a viewset: an object the user may not see is not there (404),
    whichever URL they type."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "view", obj
        ):
            raise Http404
        return obj


def scoped_views(viewset_class):
    """Give a SnippetViewSet's object views the InstanceScopeMixin."""
    for name in [
        "edit_view_class",
        "delete_view_class",
        "inspect_view_class",
        "history_view_class",
        "usage_view_class",
    ]:
        view_class = getattr(viewset_class, name)
        setattr(
            viewset_class, name, type(view_class.__name__, (InstanceScopeMixin, view_class), {})
        )
    return viewset_class
