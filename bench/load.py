"""Load functions of `make bench`, standard library only: one request, a latency series at one client,
throughput at N clients (threads + http.client), page weight, a resident's form post, a server's CPU.

Each takes a base URL ("http://127.0.0.1:8000") and a path, so a cluster run (issue 16) can point
them at any host. Nothing here asserts a timing; broken responses are returned for the caller to judge.
"""

import gzip
import http.client
import os
import re
import statistics
import threading
import time
import urllib.parse
from dataclasses import dataclass

TIMEOUT = 30
BROWSER = {"Accept-Encoding": "gzip", "User-Agent": "dobrye-sosedi-bench"}


@dataclass
class Response:
    status: int
    headers: dict  # lower-case names; Set-Cookie values joined by "\n"
    body: bytes  # as sent (still compressed when Content-Encoding says so)
    seconds: float
    error: str = ""

    @property
    def ok(self):
        return 200 <= self.status < 400

    def header_int(self, name):
        value = self.headers.get(name.lower())
        return int(value) if value is not None and value.lstrip("-").isdigit() else None

    def text(self):
        body = gzip.decompress(self.body) if self.headers.get("content-encoding") == "gzip" else self.body
        return body.decode("utf-8", "replace")


def request(base, path, method="GET", headers=None, body=None):
    """One request on a new connection (gunicorn's sync workers close it after each response)."""
    parts = urllib.parse.urlsplit(base)
    started = time.perf_counter()
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=TIMEOUT)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        names = {}
        for name, value in response.getheaders():
            name = name.lower()
            names[name] = f"{names[name]}\n{value}" if name in names else value
        return Response(response.status, names, data, time.perf_counter() - started)
    except OSError as error:
        return Response(0, {}, b"", time.perf_counter() - started, error=f"{type(error).__name__}: {error}")
    finally:
        connection.close()


def percentile(values, fraction):
    """The value below which `fraction` of `values` lie (nearest rank); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def series(base, path, count, headers=BROWSER):
    """`count` requests one after another: what one reader waits for."""
    return [request(base, path, headers=headers) for _ in range(count)]


def throughput(base, path, clients, seconds, headers=BROWSER, on_response=None):
    """As many requests as `clients` threads get answered in `seconds`; returns a summary dict."""
    deadline = time.perf_counter() + seconds
    lock = threading.Lock()
    timings, failures = [], []

    def client():
        while time.perf_counter() < deadline:
            response = request(base, path, headers=headers)
            with lock:
                timings.append(response.seconds)
                if not response.ok:
                    failures.append(response.status or response.error)
            if on_response:
                on_response(response)

    began = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    return {
        "clients": clients,
        "requests": len(timings),
        "seconds": round(elapsed, 3),
        "rps": round(len(timings) / elapsed, 1) if elapsed else None,
        "p50_ms": ms(percentile(timings, 0.5)),
        "p95_ms": ms(percentile(timings, 0.95)),
        "failures": failures[:5],
        "failed": len(failures),
    }


def ms(seconds):
    return None if seconds is None else round(seconds * 1000, 1)


ASSET_PATTERNS = [
    re.compile(r"<link\b[^>]*\brel=\"(?:stylesheet|icon|preload|modulepreload)\"[^>]*\bhref=\"([^\"]+)\"", re.I),
    re.compile(r"<link\b[^>]*\bhref=\"([^\"]+)\"[^>]*\brel=\"(?:stylesheet|icon|preload|modulepreload)\"", re.I),
    re.compile(r"<script\b[^>]*\bsrc=\"([^\"]+)\"", re.I),
    re.compile(r"<img\b[^>]*\bsrc=\"([^\"]+)\"", re.I),
]


def assets(html):
    """Same-site CSS, JS, icons and images the page makes a browser fetch (img src, not srcset's others)."""
    found = []
    for pattern in ASSET_PATTERNS:
        for url in pattern.findall(html):
            url = url.replace("&amp;", "&")
            parts = urllib.parse.urlsplit(url)
            if parts.scheme in ("", "http", "https") and not url.startswith("data:") and url not in found:
                found.append(url)
    return found


def page_weight(base, html, cache):
    """Bytes a first visit transfers for the page's assets (gzip accepted); `cache` maps URL → size
    across pages, so each file is fetched once per run. Returns (bytes, count, broken URLs)."""
    total, broken = 0, []
    urls = assets(html)
    for url in urls:
        parts = urllib.parse.urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if url not in cache:
            response = request(base, path, headers=BROWSER)
            cache[url] = len(response.body) if response.ok else None
        if cache[url] is None:
            broken.append(url)
        else:
            total += cache[url]
    return total, len(urls), broken


# A resident sending a form


def _cookies(response):
    jar = {}
    for line in response.headers.get("set-cookie", "").split("\n"):
        if "=" in line:
            name, value = line.split(";", 1)[0].split("=", 1)
            jar[name.strip()] = value.strip()
    return jar


def prepare_post(base, form, marker, headers=None):
    """Open the form as a resident does (its CSRF cookie and signed ds_started token) and fill it with
    form["answers"] and `marker`. Returns (request headers, body), or a broken Response."""
    headers = {**BROWSER, **(headers or {})}
    page = request(base, form["path"], headers=headers)
    if not page.ok:
        return page
    html = page.text()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    started = re.search(r'name="ds_started" value="([^"]+)"', html)
    if not (csrf and started):
        return Response(0, {}, b"", 0.0, error="the form has no CSRF or ds_started field")
    answers = dict(form["answers"], csrfmiddlewaretoken=csrf.group(1), ds_started=started.group(1))
    answers[form["marker_field"]] = marker
    post_headers = {
        **headers,
        "Content-Type": "application/x-www-form-urlencoded",
        "Referer": base + form["path"],
        "Origin": base,
        "Cookie": "; ".join(f"{k}={v}" for k, v in _cookies(page).items()),
    }
    return post_headers, urllib.parse.urlencode(answers, doseq=True).encode()


def post_form(base, form, marker, headers=None):
    """Open the form (not timed), fill it, post it (timed, redirect not followed). Returns the post's Response."""
    prepared = prepare_post(base, form, marker, headers)
    if isinstance(prepared, Response):
        return prepared
    return request(base, form["path"], method="POST", headers=prepared[0], body=prepared[1])


def post_load(base, form, clients, total, prefix, opened_first=False):
    """`total` posts by `clients` residents at once, each marked f"{prefix}-{n}". Each resident opens the
    form and posts it in turn; with opened_first, every form is opened beforehand and only the posts
    run concurrently (the post path alone). Returns a summary and the markers of accepted (302) posts,
    for the caller to look up in the database."""
    lock = threading.Lock()
    numbers = iter(range(total))
    results = []
    prepared = {}
    if opened_first:
        for n in range(total):
            prepared[n] = prepare_post(base, form, f"{prefix}-{n:05d}")

    def resident():
        while True:
            with lock:
                n = next(numbers, None)
            if n is None:
                return
            marker = f"{prefix}-{n:05d}"
            if not opened_first:
                response = post_form(base, form, marker)
            elif isinstance(prepared[n], Response):
                response = prepared[n]
            else:
                response = request(base, form["path"], method="POST", headers=prepared[n][0], body=prepared[n][1])
            with lock:
                results.append((response, marker))

    began = time.perf_counter()
    threads = [threading.Thread(target=resident) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    timings = [r.seconds for r, _ in results]
    statuses = {}
    for response, _ in results:
        key = str(response.status or response.error)
        statuses[key] = statuses.get(key, 0) + 1

    def median_header(name, scale=1):
        values = [(r.header_int(name) or 0) / scale for r, _ in results]
        return statistics.median(values) if values else None

    summary = {
        "clients": clients,
        "posts": total,
        "opened_first": opened_first,
        "seconds": round(elapsed, 3),
        "posts_per_s": round(total / elapsed, 1) if elapsed else None,
        "p50_ms": ms(percentile(timings, 0.5)),
        "p95_ms": ms(percentile(timings, 0.95)),
        "max_ms": ms(max(timings)) if timings else None,
        "statuses": statuses,
        "queries": median_header("x-bench-queries"),
        "writes": median_header("x-bench-writes"),
        "cpu_ms": ms(median_header("x-bench-cpu-us", 1e6)),
        "server_ms": ms(median_header("x-bench-wall-us", 1e6)),
        "runqueue_ms": ms(median_header("x-bench-runqueue-us", 1e6)),
        "lock_ms": ms(median_header("x-bench-lock-us", 1e6)),
    }
    accepted = [marker for response, marker in results if response.status == 302]
    return summary, accepted


# The server's side


def children(pid):
    """Process ids whose parent is `pid` (gunicorn's workers)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    return found


def cpu_seconds(pids, reaped=False):
    """User + system CPU seconds the processes have used so far (from /proc; Linux only); with `reaped`,
    also what their children that ended used (a postmaster reaps its backends, gunicorn its workers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    last = 15 if reaped else 13
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += sum(int(value) for value in fields[11:last])
        except (OSError, IndexError, ValueError):
            continue
    return total / ticks
