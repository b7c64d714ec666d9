"""`make bench` itself is not part of the suite (a few minutes against a served site). This checks
its two moving parts cheaply: the meter around the application and the asset finder."""

from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

from bench.load import assets, percentile


def call(application, path):
    environ = RequestFactory().get(path, HTTP_HOST="localhost").environ
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer["status"], answer["headers"] = status, dict(headers)

    # As Django's test client does: a request must not close the test's own connection (on
    # PostgreSQL that ends the transaction the test runs in).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        body = b"".join(application(environ, start_response))
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return answer["status"], answer["headers"], body


def test_the_meter_reports_queries_writes_and_time_without_changing_the_page(home_page):
    from bench.wsgi import application

    status, headers, body = call(application, "/")
    assert status.startswith("200")
    assert int(headers["X-Bench-Queries"]) > 0
    assert int(headers["X-Bench-Writes"]) >= 0
    assert int(headers["X-Bench-Wall-us"]) >= int(headers["X-Bench-CPU-us"]) > 0
    assert body.startswith(b"<!DOCTYPE html>") or b"<html" in body[:200]
    status, headers, _ = call(application, "/robots.txt")
    assert status.startswith("200") and int(headers["X-Bench-Queries"]) <= 2


def test_the_asset_finder_reads_what_a_browser_would_fetch():
    html = (
        '<link rel="stylesheet" href="/static/css/site.css"><link href="/static/i.svg" rel="icon">'
        '<script src="/static/js/menu.js" nonce="x"></script><img src="/media/a.webp" alt="">'
        '<img src="data:image/gif;base64,R0" alt=""><a href="/static/not-an-asset.css">'
    )
    assert assets(html) == ["/static/css/site.css", "/static/i.svg", "/static/js/menu.js", "/media/a.webp"]
    assert percentile([5, 1, 4, 2, 3], 0.5) == 3 and percentile([], 0.95) is None
