"""The resident's address, as the operator configured the proxies in front of the site.

Without configuration the connecting address (REMOTE_ADDR) is the client and forwarded headers
are ignored: anyone can write X-Forwarded-For, so trusting it by default would let a bot pick a
new address for every post. Behind a proxy, set one of (see the README):

- TRUSTED_PROXY_COUNT=N: N proxies each append the address they saw to X-Forwarded-For; the
  client is the N-th entry from the right (whatever the client itself wrote stays to the left);
- CLIENT_IP_HEADER=X-Real-IP: a single proxy overwrites this header with the client's address.

Used as the rate-limit key (RATELIMIT_IP_META_KEY) and by the admin login throttle.
"""

import ipaddress

from django.conf import settings

UNKNOWN = "0.0.0.0"  # noqa: S104 (a key, not a bind address)


def _valid(address):
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request):
    """The client's IP address as a valid string (UNKNOWN when nothing usable arrived)."""
    meta = request.META
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if header:
        found = _valid(meta.get("HTTP_" + header.upper().replace("-", "_"), ""))
        if found:
            return found
    elif proxies > 0:
        hops = [hop for hop in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        if len(hops) >= proxies:
            found = _valid(hops[-proxies])
            if found:
                return found
    return _valid(meta.get("REMOTE_ADDR", "")) or UNKNOWN
