"""Who handles cases: whoever may see residents' personal data, the one rule of home.admin_views
(`may_see_personal_data`: the group «Модераторы», which setup_site gives the permission, and
superusers). Every cases URL answers anyone else with home's 403 page, not Wagtail's redirect.
"""

from functools import wraps

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy

from home.admin_views import forbidden, may_see_personal_data

# The permission may_see_personal_data asks for, to list the people who hold it.
PERSONAL_DATA_PERMISSION = "home.view_residentsubmission"
ACTIONS = frozenset({"view", "change", "export"})


def can_handle_cases(user):
    return bool(user) and may_see_personal_data(user)


def case_handlers():
    """The active users who may handle cases, by name."""
    # Permissions come from the model backend (django-axes' backend in front of it only throttles logins).
    users = get_user_model().objects.with_perm(
        PERSONAL_DATA_PERMISSION, include_superusers=True, backend="django.contrib.auth.backends.ModelBackend"
    )
    return users.order_by("first_name", "last_name", "username")


def moderators_only(view):
    """`view` answering 403 to anyone who may not handle cases, before it looks anything up."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not can_handle_cases(request.user):
            return forbidden(request)
        return view(request, *args, **kwargs)

    return guarded


class CasePermissionPolicy(BasePermissionPolicy):
    """Moderators view, change and export cases; nobody adds or deletes one (a case lives and dies with
    its submission; personal data is erased, not the case, so the open numbers stay right)."""

    def user_has_permission(self, user, action):
        return action in ACTIONS and can_handle_cases(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not ACTIONS.intersection(actions):
            return get_user_model().objects.none()
        return case_handlers()
