"""Security headers: the site's Content-Security-Policy, the admin's own, and what Django lacks.

Public pages load nothing from outside and run no inline script without the request's nonce
(`request.csp_nonce`), so their policy is `default-src 'self'`. The Wagtail admin writes inline
scripts and style attributes of its own: it gets ADMIN_CONTENT_SECURITY_POLICY, still same-origin.
"""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith("/admin/"):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


class PermissionsPolicyMiddleware:
    """Permissions-Policy (Django has no setting for it): the site uses no camera, microphone,
    location, payment or sensor, and no page it frames may either."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
