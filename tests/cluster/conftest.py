"""The cluster tests: one layout of `make cluster` (its own ports and database), started once for the module.

Every test here talks to the running services over HTTP (and reads the cluster's database with psql to
count what was stored): nothing of the app runs in the test process.
"""

import html
import http.client
import re
import time
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from cluster.layout import Cluster
from tests.browser.conftest import browser_type_launch_args  # noqa: F401 (Debian's chromium, as the browser tests)

pytestmark = pytest.mark.cluster

ADMIN_PASSWORD = "cluster-admin-password-7f3a"  # noqa: S105 (the test cluster's own demo account)
REFERENCE = re.compile(r"ДС-\d{4}-(\d{6})")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/cluster/" in str(item.fspath):
            item.add_marker(pytest.mark.cluster)


@pytest.fixture(scope="session")
def cluster():
    layout = Cluster(
        base_port=8400,
        database="dobrye_cluster_test",
        workdir="var/cluster-test",
        env={
            "DEMO_ADMIN_PASSWORD": ADMIN_PASSWORD,
            # A person needs three seconds to fill a form; the simulated residents wait one.
            "FORMS_MIN_FILL_SECONDS": "1",
            "WEB_CONCURRENCY": "2",
        },
    )
    layout.start()
    yield layout
    layout.stop()


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def header(self, name):
        return self.headers.get(name.lower())


class Resident:
    """One person's browser in plain HTTP: its own loopback address (what the front and the rate limit see)
    and its cookies, which like a browser's belong to the host name whatever the port."""

    def __init__(self, address="127.0.0.1"):
        self.address = address
        self.cookies = {}

    def request(self, method, url, data=None, headers=None, timeout=30):
        parts = urlsplit(url)
        connection = http.client.HTTPConnection(
            parts.hostname, parts.port, timeout=timeout, source_address=(self.address, 0)
        )
        sent = {"Accept-Encoding": "identity", **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True).encode()
            sent["Content-Type"] = "application/x-www-form-urlencoded"
            sent["Origin"] = f"{parts.scheme}://{parts.netloc}"
            sent["Referer"] = url
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            connection.request(method, path, body=body, headers=sent)
            raw = connection.getresponse()
            headers = {}
            for name, value in raw.getheaders():
                if name.lower() == "set-cookie":
                    cookie_name, _, rest = value.partition("=")
                    self.cookies[cookie_name.strip()] = rest.split(";", 1)[0]
                headers[name.lower()] = value
            return Response(raw.status, headers, raw.read())
        finally:
            connection.close()

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def post(self, url, data, **kwargs):
        return self.request("POST", url, data=data, **kwargs)


class FormReader(HTMLParser):
    """The fields of the page's resident form (the one posting to the page itself), as a browser sends them."""

    def __init__(self):
        super().__init__()
        self.fields = {}
        self.required = set()
        self.kinds = {}
        self.choices = {}
        self._in_form = False
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "").lower() == "post":
            self._in_form = True
        if not self._in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            self.kinds[name] = kind
            if kind in ("checkbox", "radio"):
                self.choices.setdefault(name, []).append(attrs.get("value", "on"))
            else:
                self.fields[name] = html.unescape(attrs.get("value", ""))
            if "required" in attrs:
                self.required.add(name)
        elif tag == "textarea" and name:
            self.kinds[name] = "textarea"
            self.fields[name] = ""
            if "required" in attrs:
                self.required.add(name)
        elif tag == "select" and name:
            self._select = name
            if "required" in attrs:
                self.required.add(name)
        elif tag == "option" and self._select and attrs.get("value"):
            self.choices.setdefault(self._select, []).append(attrs["value"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "select":
            self._select = None


def answers(page_html, text):
    """A person's answers: every required question answered (`text` in the free-text ones), consent given,
    the trap left empty, the form's own hidden fields (CSRF, the started token) sent back."""
    reader = FormReader()
    reader.feed(page_html)
    data = {}
    for name, value in reader.fields.items():
        kind = reader.kinds[name]
        if kind == "hidden":
            data[name] = value
        elif name in reader.required:
            data[name] = {
                "email": "anna@example.org",
                "tel": "+7 900 000-00-00",
                "number": "3",
                "date": "2026-12-01",
            }.get(kind, text)
    for name, options in reader.choices.items():
        if name in reader.required:
            data[name] = options[0]
    return data


def submit(resident, form_url, text, post_to=None, wait=1.1):
    """Open the form, fill it as a person would (after FORMS_MIN_FILL_SECONDS), send it; the response to the post."""
    page = resident.get(form_url)
    assert page.status == 200, page.status
    data = answers(page.text, text)
    time.sleep(wait)
    return resident.post(post_to or form_url, data)


def reference_of(resident, response, base):
    """The reference number on the thank-you page a successful post redirects to (None if refused)."""
    if response.status not in (301, 302, 303):
        return None
    thanks = resident.get(urljoin(base, response.header("location")))
    found = REFERENCE.search(thanks.text)
    return found.group(0) if found else None
