"""`make bench`: every public page type in both languages and a form post, against a site of its own.

    .venv/bin/python bench/run.py [--quick] [--reuse] [--only NAME] [--seconds 1.5] [--cached-seconds 1]

1. builds a fresh site under var/bench/site/ (its own SQLite database; var/db.sqlite3 is never
   touched): migrate, createcachetable, collectstatic, setup_site, load_demo_content, with the
   settings `make run` serves (config.settings.dev, DEBUG off);
2. serves it with gunicorn and config/gunicorn.conf.py (two sync workers) on a free port, SITE_URL
   pointing there, the application wrapped by bench/wsgi.py, which reports each request's SQL
   queries, writes and worker CPU time in response headers;
3. uncached (PAGE_CACHE_SECONDS=0 in the server's environment): per target, warm-up, a latency series at
   one client, the HTML sent with and without gzip, the page weight, throughput at 8 clients, and
   the workers' CPU from /proc over that load; then form posts at 1 and at 8 clients, each post
   looked up in the database afterwards (nothing lost, nothing doubled);
4. cached (the server's default configuration): throughput at 8 clients again, and whether the
   repeat request was served without a query (a page cache hit);
5. prints a table, writes var/bench/bench-<time>.json and var/bench/latest.json, stops the server.

Exits 1 only when a response is broken (not 2xx/3xx, or a lost or doubled submission); timings are
reported, never asserted. The forms' rate limits are raised for the run through their settings.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import load  # noqa: E402
from bench.targets import discover, form_target  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "var" / "bench"
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).parent / "gunicorn")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def site_env(var_dir, port):
    env = {
        **os.environ,
        # What `make run` serves: config.settings.dev, DEBUG off (its default), SQLite under VAR_DIR.
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "false",
        "VAR_DIR": str(var_dir),
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "SITE_URL": f"http://127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        "DEMO_ADMIN_PASSWORD": "bench-only-password-not-for-use",
        # Raised for the run, not switched off: every post is still counted atomically.
        "FORMS_RATE_LIMIT": "1000000/h",
        "FORMS_REFUSED_RATE_LIMIT": "1000000/h",
        "FORMS_MIN_FILL_SECONDS": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    for name in ("DATABASE_URL", "REDIS_URL", "MEDIA_ROOT", "PAGE_CACHE_SECONDS"):
        env.pop(name, None)
    return env


def build_site(env, var_dir, reuse):
    if reuse and (var_dir / "db.sqlite3").exists():
        print(f"reusing the site in {var_dir}", flush=True)
        subprocess.run([PYTHON, "manage.py", "setup_site"], cwd=ROOT, env=env, check=True, capture_output=True)
        return
    shutil.rmtree(var_dir, ignore_errors=True)
    var_dir.mkdir(parents=True)
    for command in (
        ["migrate", "--noinput"],
        ["createcachetable"],
        ["collectstatic", "--noinput", "-v", "0"],
        ["setup_site"],
        ["load_demo_content"],
    ):
        began = time.perf_counter()
        result = subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, capture_output=True, text=True)
        if result.returncode:
            sys.exit(f"manage.py {' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
        print(f"  manage.py {command[0]:<20} {time.perf_counter() - began:5.1f} s", flush=True)


class Server:
    """gunicorn as `make run` starts it (config/gunicorn.conf.py), the application wrapped by bench.wsgi."""

    def __init__(self, env, log):
        self.env, self.log = env, log
        self.base = env["SITE_URL"]

    def __enter__(self):
        self.logfile = open(self.log, "a")  # noqa: SIM115
        self.process = subprocess.Popen(
            [GUNICORN, "-c", "config/gunicorn.conf.py", "--access-logfile", "/dev/null", "bench.wsgi:application"],
            cwd=ROOT,
            env=self.env,
            stdout=self.logfile,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn exited with {self.process.returncode}; see {self.log}")
            if load.request(self.base, "/robots.txt").ok and len(self.workers()) >= int(self.env["WEB_CONCURRENCY"]):
                return self
            time.sleep(0.2)
        self.__exit__()
        sys.exit(f"gunicorn did not answer within 60 s; see {self.log}")

    def workers(self):
        return load.children(self.process.pid)

    def __exit__(self, *exc):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # graceful: workers finish their request
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.logfile.close()


def measure_uncached(server, target, args, weights):
    base, path = server.base, target["path"]
    row = {**target}
    warm = load.series(base, path, 2)
    timed = load.series(base, path, args.requests)
    responses = warm + timed
    broken = [r.status or r.error for r in responses if not r.ok]
    row["status"] = timed[-1].status
    row["broken"] = broken[:3]
    row["queries"] = timed[-1].header_int("x-bench-queries")
    row["queries_first"] = warm[0].header_int("x-bench-queries")
    row["writes"] = max((r.header_int("x-bench-writes") or 0) for r in timed)
    row["writes_first"] = warm[0].header_int("x-bench-writes")
    cpu = [r.header_int("x-bench-cpu-us") for r in timed if r.header_int("x-bench-cpu-us") is not None]
    row["cpu_ms"] = round(statistics.median(cpu) / 1000, 1) if cpu else None
    row["p50_ms"] = load.ms(load.percentile([r.seconds for r in timed], 0.5))
    row["p95_ms"] = load.ms(load.percentile([r.seconds for r in timed], 0.95))
    plain = load.request(base, path, headers={"User-Agent": load.BROWSER["User-Agent"]})
    zipped = timed[-1]
    row["bytes"] = len(plain.body)
    row["bytes_gzip"] = len(zipped.body)
    row["gzip"] = zipped.headers.get("content-encoding") == "gzip"
    for name in ("cache-control", "etag", "last-modified", "content-type"):
        row[name.replace("-", "_")] = zipped.headers.get(name)
    validator = {}
    if zipped.headers.get("etag"):
        validator["If-None-Match"] = zipped.headers["etag"]
    if zipped.headers.get("last-modified"):
        validator["If-Modified-Since"] = zipped.headers["last-modified"]
    row["revalidated_status"] = (
        load.request(base, path, headers={**load.BROWSER, **validator}).status if validator else None
    )
    if target["kind"] == "page" and plain.ok:
        weight, count, missing = load.page_weight(base, plain.text(), weights)
        row["assets"] = count
        row["weight"] = len(zipped.body) + weight
        if missing:
            row["broken"] += [f"asset {url}" for url in missing[:3]]
    before = load.cpu_seconds(server.workers())
    result = load.throughput(base, path, args.clients, args.seconds)
    spent = load.cpu_seconds(server.workers()) - before
    row["uncached"] = result
    row["cpu_ms_loaded"] = round(spent * 1000 / result["requests"], 1) if result["requests"] else None
    if result["failed"]:
        row["broken"] += [f"under load: {result['failures']}"]
    return row


def measure_cached(server, target, args):
    base, path = server.base, target["path"]
    warm = load.series(base, path, 3)
    result = load.throughput(base, path, args.clients, args.cached_seconds)
    last = warm[-1]
    return {
        "cached": result,
        "cache_hit": last.header_int("x-bench-queries") == 0 and target["kind"] != "text",
        "cached_cpu_ms": round((last.header_int("x-bench-cpu-us") or 0) / 1000, 2),
        "broken": [r.status or r.error for r in warm if not r.ok]
        + ([f"cached under load: {result['failures']}"] if result["failed"] else []),
    }


def stored_markers(db, prefix):
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT form_data FROM home_residentsubmission WHERE form_data LIKE ?", [f"%{prefix}-%"]
        ).fetchall()
    markers = []
    for (data,) in rows:
        markers += [value for value in json.loads(data).values() if isinstance(value, str) and value.startswith(prefix)]
    return markers


def measure_posts(server, form, db, clients, total, prefix, opened_first=False):
    summary, accepted = load.post_load(server.base, form, clients, total, prefix, opened_first)
    stored = stored_markers(db, prefix)
    summary["accepted"] = len(accepted)
    summary["stored"] = len(set(stored))
    summary["lost"] = len(set(accepted) - set(stored))
    summary["duplicates"] = len(stored) - len(set(stored))
    summary["stored_not_accepted"] = len(set(stored) - set(accepted))
    return summary


def cell(value, digits=0):
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def table(rows, posts, robots_rps):
    head = (
        f"{'page':<14}{'lang':<5}{'st':>4}{'SQL':>5}{'wr':>4}{'cpu ms':>8}{'p50':>7}{'p95':>7}"
        f"{'cpu@8':>7}{'rps':>7}{'rps$':>7}{'$/rt':>6}{'KB gz':>7}{'KB raw':>8}{'KB all':>8}{' 304':>5}"
    )
    lines = [head, "-" * len(head)]
    for row in rows:
        cached = row.get("cached", {}).get("rps")
        share = f"{100 * cached / robots_rps:.0f}%" if cached and robots_rps else "–"
        lines.append(
            f"{row['name'][:13]:<14}{row['lang']:<5}{cell(row.get('status')):>4}{cell(row.get('queries')):>5}"
            f"{cell(row.get('writes')):>4}{cell(row.get('cpu_ms'), 1):>8}{cell(row.get('p50_ms')):>7}"
            f"{cell(row.get('p95_ms')):>7}{cell(row.get('cpu_ms_loaded'), 1):>7}{cell(row.get('uncached', {}).get('rps')):>7}"
            f"{cell(cached) + ('' if row.get('cache_hit') or cached is None else '*'):>7}{share:>6}"
            f"{row['bytes_gzip'] / 1024 if row.get('gzip') else float('nan'):>7.1f}{row.get('bytes', 0) / 1024:>8.1f}"
            f"{(row['weight'] / 1024) if row.get('weight') else float('nan'):>8.1f}"
            f"{cell(row.get('revalidated_status')):>5}"
        )
    lines.append("")
    lines.append(
        "SQL, wr: queries and writes of a warm uncached request; cpu ms: worker CPU per request (median, one client);"
    )
    lines.append(
        "cpu@8: the workers' CPU per request under the 8-client load (from /proc, gunicorn's own work included);"
    )
    lines.append(
        "p50/p95: ms at one client; rps: 8 clients uncached; rps$: 8 clients with the page cache (* = not a cache hit);"
    )
    lines.append(
        "$/rt: rps$ as a share of robots.txt's; KB gz: HTML sent gzipped (nan = not compressed); KB all: + CSS/JS/images;"
    )
    lines.append("304: status of a repeat request carrying the ETag/Last-Modified it was given (– = no validator).")
    lines.append("")
    for label, summary in posts.items():
        lines.append(
            f"form POST {label}: p50 {cell(summary['p50_ms'])} ms, p95 {cell(summary['p95_ms'])} ms, "
            f"max {cell(summary['max_ms'])} ms, {cell(summary['posts_per_s'], 1)} posts/s, "
            f"{summary['queries']} queries, {summary['writes']} writes, {summary['cpu_ms']} ms CPU "
            f"in {summary['server_ms']} ms in the worker, of which {summary['runqueue_ms']} ms waiting for a CPU, "
            f"{summary['lock_ms']} ms for the write lock (medians); "
            f"statuses {summary['statuses']}; accepted {summary['accepted']}, stored {summary['stored']}, "
            f"lost {summary['lost']}, duplicates {summary['duplicates']}"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run: few requests, short loads")
    parser.add_argument("--reuse", action="store_true", help="keep var/bench/site from the last run")
    parser.add_argument("--requests", type=int, default=12, help="latency series per target (one client)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=1.5, help="uncached load per target")
    parser.add_argument("--cached-seconds", type=float, default=1.0, help="cached load per target")
    parser.add_argument("--posts", type=int, default=64, help="form posts at --clients clients")
    parser.add_argument("--only", help="measure only targets whose name contains this")
    parser.add_argument("--cluster", action="store_true", help="the cluster layout instead (bench/cluster.py)")
    args = parser.parse_args()
    if args.cluster:
        from bench.cluster import main as cluster_main

        return cluster_main(["--quick"] if args.quick else [])
    if args.quick:
        args.requests, args.seconds, args.cached_seconds, args.posts = 3, 0.3, 0.3, 8

    began = time.perf_counter()
    OUT.mkdir(parents=True, exist_ok=True)
    var_dir = OUT / "site"
    port = free_port()
    env = site_env(var_dir, port)
    log = OUT / "server.log"
    log.write_text("")
    print(f"building the site in {var_dir.relative_to(ROOT)} (SITE_URL {env['SITE_URL']}) …", flush=True)
    build_site(env, var_dir, args.reuse)
    targets = discover(env)
    form = form_target(env)
    if args.only:
        targets = [t for t in targets if args.only in t["name"]]
    rows = [t for t in targets if t["path"]]
    missing = [f"{t['name']} ({t['lang']})" for t in targets if not t["path"]]

    run_id = datetime.now(UTC).strftime("%H%M%S")  # markers unique to this run (--reuse keeps old posts)
    uncached_env = {**env, "PAGE_CACHE_SECONDS": "0"}
    posts = {}
    weights = {}
    print(f"uncached: {len(rows)} targets …", flush=True)
    with Server(uncached_env, log) as server:
        for i, target in enumerate(rows):
            rows[i] = measure_uncached(server, target, args, weights)
            print(
                f"  {target['name']:<14}{target['lang']:<4}{rows[i]['status']} {rows[i]['queries']} queries, "
                f"{rows[i]['cpu_ms']} ms CPU, {rows[i]['uncached']['rps']} req/s",
                flush=True,
            )
        db = var_dir / "db.sqlite3"
        posts["1 client"] = measure_posts(server, form, db, 1, max(3, args.posts // 8), f"bench{run_id}-one")
        posts[f"{args.clients} clients, posts only"] = measure_posts(
            server, form, db, args.clients, args.posts, f"bench{run_id}-post", opened_first=True
        )
        posts[f"{args.clients} clients, open then post"] = measure_posts(
            server, form, db, args.clients, args.posts, f"bench{run_id}-many"
        )
    print("cached …", flush=True)
    with Server(env, log) as server:
        for row in rows:
            cached = measure_cached(server, row, args)
            row["broken"] += cached.pop("broken")
            row.update(cached)
    robots = next((row for row in rows if row["name"] == "robots.txt"), None)
    # The ceiling is the faster of robots.txt's two passes: since the page cache also keeps robots.txt,
    # its cached rate is a cache hit's own, and its uncached one the trivial view through every middleware.
    robots_rps = max(robots["cached"]["rps"] or 0, robots["uncached"]["rps"] or 0) if robots else None

    broken = {f"{row['name']} ({row['lang']}) {row['path']}": row["broken"] for row in rows if row["broken"]}
    for label, summary in posts.items():
        if summary["lost"] or summary["duplicates"] or set(summary["statuses"]) - {"302"}:
            broken[f"form POST {label}"] = [
                summary["statuses"],
                f"lost {summary['lost']}",
                f"dup {summary['duplicates']}",
            ]
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "git": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip(),
        "machine": {"cpus": os.cpu_count(), "loadavg": os.getloadavg()},
        "settings": {k: v for k, v in args.__dict__.items()},
        "targets": rows,
        "form_posts": posts,
        "missing_page_types": missing,
        "page_cache_seen": any(row.get("cache_hit") for row in rows),
        "broken": broken,
        "seconds": round(time.perf_counter() - began, 1),
    }
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    text = json.dumps(report, ensure_ascii=False, indent=1)
    (OUT / f"bench-{stamp}.json").write_text(text)
    (OUT / "latest.json").write_text(text)

    print()
    print(table(rows, posts, robots_rps))
    if not report["page_cache_seen"]:
        print("\nNo page cache answered on this branch: the cached column is the uncached server again.")
    if missing:
        print(f"\nPage types without a live page in the demo: {', '.join(missing)}")
    print(f"\nload average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; {report['seconds']:.0f} s in all")
    print(f"JSON: {(OUT / f'bench-{stamp}.json').relative_to(ROOT)}")
    if broken:
        print("\nBROKEN:")
        for name, problems in broken.items():
            print(f"  {name}: {problems}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
