"""Load check: 300 form submissions from 16 clients against two gunicorn workers on 127.0.0.1.

    .venv/bin/python bench/load_submissions.py [--submissions 300] [--clients 16]

Builds a throw-away site in a temporary VAR_DIR (SQLite, the demo content), serves it with
gunicorn (two workers) behind a pretend proxy (TRUSTED_PROXY_COUNT=1: each resident sends its own
X-Forwarded-For, at most 5 submissions per address as in production), points e-mail at an SMTP
server that accepts connections and never answers, runs the task worker, and reports how many
submissions were accepted, stored, lost and duplicated, and the latency of a submission.
Loopback only; every request has a timeout.
"""

import argparse
import http.cookiejar
import json
import os
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hung_smtp_server():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(128)
    held = []
    threading.Thread(target=lambda: [held.append(server.accept()[0]) for _ in iter(int, 1)], daemon=True).start()
    return server.getsockname()[1]


def manage(env, *args):
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True)


PREPARE = """
import json
from projects.models import ProposalFormPage
from tests.form_contract import answers_for
page = ProposalFormPage.objects.live().filter(locale__language_code="ru").first()
answers = answers_for(page)
multiline = [f.clean_name for f in page.get_form_fields() if f.field_type == "multiline"][0]
print(json.dumps({"url": page.url, "answers": answers, "marker_field": multiline}))
"""


def submit(base, form, number, timings):
    """One resident: open the form, fill it, send it. Returns the HTTP status of the post."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    address = f"10.{number // 250}.{number % 250}.{number % 7 + 1}"
    headers = {"X-Forwarded-For": address}
    url = base + form["url"]
    html = opener.open(urllib.request.Request(url, headers=headers), timeout=30).read().decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    started = re.search(r'name="ds_started" value="([^"]+)"', html).group(1)
    answers = dict(form["answers"], csrfmiddlewaretoken=csrf, ds_started=started)
    answers[form["marker_field"]] = f"load-{number:04d}"
    body = urllib.parse.urlencode(answers, doseq=True).encode()
    request = urllib.request.Request(url, data=body, headers={**headers, "Referer": url})
    started_at = time.monotonic()
    try:
        status = opener.open(request, timeout=30).status
    except urllib.error.HTTPError as error:
        status = error.code
    timings.append(time.monotonic() - started_at)
    return number, status


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=300)
    parser.add_argument("--clients", type=int, default=16)
    args = parser.parse_args()

    var = Path(tempfile.mkdtemp(prefix="ds-load-"))
    port, smtp = free_port(), hung_smtp_server()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "VAR_DIR": str(var),
        "PORT": str(port),
        "SITE_URL": f"http://127.0.0.1:{port}",
        "TRUSTED_PROXY_COUNT": "1",
        "FORMS_MIN_FILL_SECONDS": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp),
        "DEMO_ADMIN_PASSWORD": "load-test-only-password",
        "WEB_CONCURRENCY": "2",
    }
    env.pop("DATABASE_URL", None)
    print(f"preparing a site in {var} …", flush=True)
    for command in (["migrate", "--noinput"], ["createcachetable"], ["setup_site"], ["load_demo_content"]):
        manage(env, *command)
    manage(env, "collectstatic", "--noinput", "-v", "0")
    form = json.loads(manage(env, "shell", "-c", PREPARE).stdout.strip().splitlines()[-1])

    gunicorn = subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "-c", "config/gunicorn.conf.py", "--access-logfile", "/dev/null"],
        cwd=ROOT,
        env=env,
    )
    worker = subprocess.Popen(
        [PYTHON, "manage.py", "db_worker", "--backend", "mail", "-v", "0"], cwd=ROOT, env=env, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/robots.txt", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        timings, reader_timings = [], []
        stop = threading.Event()

        def reader():  # someone reading the home page meanwhile
            while not stop.is_set():
                t = time.monotonic()
                urllib.request.urlopen(base + "/", timeout=30).read()
                reader_timings.append(time.monotonic() - t)

        reader_thread = threading.Thread(target=reader, daemon=True)
        reader_thread.start()
        began = time.monotonic()
        with ThreadPoolExecutor(args.clients) as pool:
            results = list(pool.map(lambda n: submit(base, form, n, timings), range(args.submissions)))
        elapsed = time.monotonic() - began
        stop.set()
        reader_thread.join()
    finally:
        gunicorn.terminate()
        worker.terminate()
        gunicorn.wait(timeout=30)
        worker.wait(timeout=30)

    accepted = {n for n, status in results if status == 302}
    statuses = {}
    for _, status in results:
        statuses[status] = statuses.get(status, 0) + 1
    with sqlite3.connect(var / "db.sqlite3") as db:
        rows = [json.loads(r[0]) for r in db.execute("SELECT form_data FROM home_residentsubmission")]
        mails = dict(db.execute("SELECT status, COUNT(*) FROM home_outgoingmail GROUP BY status").fetchall())
    markers = [row.get(form["marker_field"], "") for row in rows]
    stored = {int(m.split("-")[1]) for m in markers if m.startswith("load-")}
    duplicates = len(markers) - len(set(markers))
    quantiles = statistics.quantiles(timings, n=20)
    print(f"submissions sent:   {args.submissions} from {args.clients} clients in {elapsed:.1f} s")
    print(f"HTTP statuses:      {dict(sorted(statuses.items()))}")
    print(f"accepted (302):     {len(accepted)}")
    print(f"stored:             {len(stored)}")
    print(f"lost:               {len(accepted - stored)}")
    print(f"duplicates:         {duplicates}")
    print(f"stored, not accepted: {len(stored - accepted)}")
    print(f"submission latency: median {statistics.median(timings) * 1000:.0f} ms, p95 {quantiles[18] * 1000:.0f} ms")
    print(
        f"reader latency:     median {statistics.median(reader_timings) * 1000:.0f} ms, max {max(reader_timings) * 1000:.0f} ms ({len(reader_timings)} reads)"
    )
    print(f"notifications:      {mails} (the SMTP server never answers)")


if __name__ == "__main__":
    main()
