"""The front's configuration: Varnish caching anonymous pages in front of the app hosts.

- Anonymous GET and HEAD are cached as the hosts allow (Cache-Control: pages a minute, static files
  a year and immutable, images a day); anything with a session cookie, the admin and every POST
  pass through. Cookies are dropped from anonymous reads: a page is the same for every reader
  (a form page sets its CSRF cookie and is therefore never stored).
- PURGE from an address in `purgers` drops the path with any query string (home.front_cache).
- Requests are spread over the hosts by the shard director, keyed by each request's own id; a host
  that fails the probe (/health/?parts=database) leaves the pool within two seconds, and a request
  that found it dead meanwhile is retried on another host: the key stays the request's and the shard
  director's `alt` names the next host for each retry, where round robin (or a key that changed with
  the retry) could hand it to the dead host again.
  A form post is retried too (its body is kept for that); the form's one-time token makes the
  retry find the first submission if that one was stored after all (home.spam.token_nonce). With every host down, stale pages are served
  for six hours rather than errors.
"""

from urllib.parse import urlsplit

VCL = """vcl 4.1;

import directors;
import std;

probe health {{
    .request = "GET /health/?parts=database HTTP/1.1"
               "Host: {site_host}"
               "User-Agent: varnish-probe"
               "Connection: close";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}}

{backends}

acl purgers {{
{purgers}
}}

sub vcl_init {{
    new hosts = directors.shard();
{director_adds}
    hosts.reconfigure();
}}

sub vcl_recv {{
    # The client request's id, the same for every retry of its fetch: the shard key.
    set req.http.X-Shard-Key = req.xid;
    if (req.method == "PURGE") {{
        if (client.ip !~ purgers) {{
            return (synth(403, "Forbidden"));
        }}
        ban("obj.http.x-host == " + req.http.host + " && obj.http.x-url ~ ^" + regsub(req.url, "\\?.*$", "") + "(\\?|$)");
        return (synth(200, "Purged"));
    }}
    if (req.method == "POST") {{
        # Kept so that a post that found a dead host can be retried on another.
        std.cache_req_body(12MB);
    }}
    if (req.method != "GET" && req.method != "HEAD") {{
        return (pass);
    }}
    if (req.url ~ "^/(admin|django-admin)/" || req.url ~ "^/health/" || req.http.Cookie ~ "sessionid=" || req.http.Authorization) {{
        return (pass);
    }}
    # The language is in the path; a reader's cookies and Accept-Language change nothing served.
    unset req.http.Cookie;
    unset req.http.Accept-Language;
    return (hash);
}}

sub vcl_backend_fetch {{
    # The same key on every retry and the next alternative each time: a retry never meets the same host.
    set bereq.backend = hosts.backend(by=KEY, key=hosts.key(bereq.http.X-Shard-Key), alt=bereq.retries);
}}

sub vcl_backend_response {{
    # Remembered with the object so that a ban can name it without a request (ban lurker).
    set beresp.http.x-url = bereq.url;
    set beresp.http.x-host = bereq.http.host;
    set beresp.grace = 6h;
}}

sub vcl_backend_error {{
    if (bereq.retries < 2) {{
        return (retry);
    }}
}}

sub vcl_deliver {{
    unset resp.http.x-url;
    unset resp.http.x-host;
    if (obj.hits > 0) {{
        set resp.http.X-Front-Cache = "hit";
    }} else {{
        set resp.http.X-Front-Cache = "miss";
    }}
}}
"""

BACKEND = """backend {name} {{
    .host = "{host}";
    .port = "{port}";
    .probe = health;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 10s;
}}"""


def _acl_entry(address):
    """An ACL line: "10.0.0.5"; or, for a network, "10.0.0.0"/24;"""
    network, _, bits = address.partition("/")
    return f'    "{network}"/{bits};' if bits else f'    "{network}";'


def render_vcl(hosts, site_url, purgers=("127.0.0.1",)):
    """The VCL for `hosts` ([(name, address, port)]) serving `site_url`."""
    backends = "\n\n".join(BACKEND.format(name=name, host=host, port=port) for name, host, port in hosts)
    adds = "\n".join(f"    hosts.add_backend({name});" for name, _, _ in hosts)
    allowed = "\n".join(_acl_entry(address) for address in purgers)
    return VCL.format(
        site_host=urlsplit(site_url).netloc,
        backends=backends,
        director_adds=adds,
        purgers=allowed,
    )


def main(argv=None):
    """Print the VCL for a production front: `python -m cluster.varnish --site https://… --host 10.0.0.11:8000 …`."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--site", required=True, help="SITE_URL, e.g. https://dobrye-sosedi.ru")
    parser.add_argument("--host", action="append", required=True, help="an app host as address:port (repeat)")
    parser.add_argument("--purger", action="append", default=[], help="an address or network allowed to PURGE (repeat)")
    options = parser.parse_args(argv)
    hosts = []
    for number, address in enumerate(options.host):
        host, _, port = address.rpartition(":")
        hosts.append((f"host_{number + 1}", host, port))
    print(render_vcl(hosts, options.site, purgers=tuple(options.purger) or ("127.0.0.1",)))


if __name__ == "__main__":
    main()
