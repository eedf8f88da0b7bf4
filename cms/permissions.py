"""Permission policies shared by the admin views of citizen submissions."""

from wagtail.permission_policies import ModelPermissionPolicy


class SubmissionPermissionPolicy(ModelPermissionPolicy):
    """Staff may view, handle and delete submissions, but never create one in the admin:
    a submission is what a citizen sent, with their consent, and nothing else."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])
