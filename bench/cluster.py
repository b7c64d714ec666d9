"""`make bench` cluster mode: what readers get through the front with one and with two app hosts.

    .venv/bin/python bench/cluster.py [--quick] [--seconds 6] [--posts 48]
    .venv/bin/python bench/run.py --cluster          (the same; `make bench BENCH_ARGS=--cluster`)

For 1 and then 2 app hosts it starts the layout of `make cluster` (cluster.layout.Cluster: PostgreSQL,
Redis, moto's S3, gunicorn hosts with config.settings.production and two workers each, the mail
worker, Varnish in front) on ports 8600… with its own database, measures, and stops it. Every request
goes to the front, as a reader's would; the pages are the ones bench/targets.py finds in the cluster's
database: home, news index, a news item and initiatives in Russian, home in English (the reading mix:
each client walks through them in turn), and the Russian proposal form.

Measured at 8 and at 16 clients (threads in this process, a new connection per request):

- read, front cache: anonymous readers as they are, answered by Varnish (a hit) once the first
  reader of each page has passed; this is what readers get while nothing is being published;
- read, front passed: the same requests with an Authorization header, which the front never caches
  (cluster/varnish.py) and Django ignores, so every request reaches a host and the host's page cache
  in Redis answers it: what the hosts do for a page the front does not hold (a publish purged it, or
  its minute at the front ran out);
- read, rendered: the same with a `sessionid` cookie, which both caches pass (no such session
  exists, so Django serves an anonymous reader): every page rendered by a host from PostgreSQL, the
  cold-cache worst case (and close to what a signed-in editor costs);
- form open: the form page, which sets its CSRF cookie and is therefore rendered by a host every time;
- form post (8 clients): each resident opens the form through the front and posts it; every accepted
  post is then looked up in the cluster's database (lost and doubled must both be 0).

How to read the table: req/s and p50/p95 (ms, as the client saw them) are what the clients got;
front$ and host$ are the share of responses answered by Varnish (X-Front-Cache: hit) and by a host's
page cache (X-Page-Cache: hit); app/db/front ms are the CPU the app hosts' gunicorn processes,
PostgreSQL and Varnish spent per request (from /proc); client is this process's share of the machine
(the load generator competes for the same cores), rest the share none of these accounts for (the
kernel's loopback TCP, whatever else runs on the machine), busy the machine's. CPU ms per request is the
figure that carries to other machines: one core serves about 1000 / (app ms) rendered pages a second.

This machine has two cores, and the client, Varnish, PostgreSQL, Redis and every app host share them:
a second app host adds workers but no CPU, so CPU-bound throughput cannot double here; on two machines
it would (the front and the database have headroom, see their ms). Cached reads are limited by the
Python client, not by Varnish. Timings are reported, never asserted; the exit status is 1 only for a
broken response or a lost or doubled submission. The table is printed and var/bench/cluster-latest.json
written.
"""

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Before bench/ (the script's own folder), so that `cluster` is the package, not this file.
sys.path.insert(0, str(ROOT))

from bench import load  # noqa: E402
from bench.targets import discover, form_target  # noqa: E402
from cluster.layout import Cluster, ClusterError  # noqa: E402

OUT = ROOT / "var" / "bench"
BASE_PORT = 8600
HOST_COUNTS = (1, 2)
CLIENT_COUNTS = (8, 16)
POST_CLIENTS = 8
READING_MIX = [("home", "ru"), ("news index", "ru"), ("news item", "ru"), ("initiatives", "ru"), ("home", "en")]
ENV = {
    "DEMO_ADMIN_PASSWORD": "cluster-bench-password-not-for-use",
    # Raised for the run, not switched off: every post is still counted, as in bench/run.py.
    "FORMS_RATE_LIMIT": "1000000/h",
    "FORMS_REFUSED_RATE_LIMIT": "1000000/h",
    "FORMS_MIN_FILL_SECONDS": "0",
    "WEB_CONCURRENCY": "2",
}
# How a request reaches a host; cluster/varnish.py's vcl_recv decides what the front keeps.
MODES = {
    "read, front cache": load.BROWSER,
    "read, front passed": {**load.BROWSER, "Authorization": "Bearer cluster-bench"},
    "read, rendered": {**load.BROWSER, "Cookie": "sessionid=cluster-bench"},
}
FORM_OPEN = "form open"
FORM_POST = "form post"
ORDER = [*MODES, FORM_OPEN, FORM_POST]


# CPU from /proc


def tree_cpu(root):
    """CPU seconds of a process and its children so far; children that ended count through the root's
    cutime (a postmaster reaps its backends, gunicorn its workers), live ones directly."""
    return load.cpu_seconds([root, *load.children(root)], reaped=True)


def postmaster(layout):
    """The process id of the layout's PostgreSQL (its Debian cluster is the one on its port)."""
    listing = subprocess.run(["pg_lsclusters", "--no-header"], capture_output=True, text=True).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) >= 6 and fields[2] == str(layout.ports.postgres):
            try:
                return int((Path(fields[5]) / "postmaster.pid").read_text().split()[0])
            except (OSError, ValueError, IndexError):
                return None
    return None


def process_groups(layout):
    """Root process ids of each part: app hosts (gunicorn), PostgreSQL, Varnish, and the rest of the
    layout (Redis, the S3 endpoint, the mail worker)."""
    groups = {"app": [], "db": [], "front": [], "support": []}
    for name, process in layout.processes.items():
        group = "app" if name.startswith("host_") else "front" if name == "front" else "support"
        groups[group].append(process.pid)
    pid = postmaster(layout)
    if pid:
        groups["db"].append(pid)
    return groups


def machine_busy():
    """CPU seconds the whole machine has been busy and has had, summed over its cores."""
    with open("/proc/stat") as stat:
        values = [int(value) for value in stat.readline().split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    ticks = os.sysconf("SC_CLK_TCK")
    return (sum(values) - idle) / ticks, sum(values) / ticks


def metered(layout, work):
    """Runs work() (which returns a summary with "requests") and adds the CPU each part spent per request,
    and the shares of the machine taken by this client, by the layout and by anything else."""
    groups = process_groups(layout)
    before = {name: sum(tree_cpu(pid) for pid in pids) for name, pids in groups.items()}
    busy_before, total_before = machine_busy()
    own_before = time.process_time()
    summary = work()
    own = time.process_time() - own_before
    busy_after, total_after = machine_busy()
    capacity = max(1e-9, total_after - total_before)
    requests = summary["requests"] or 1
    accounted = own
    for name, pids in groups.items():
        spent = sum(tree_cpu(pid) for pid in pids) - before[name]
        accounted += spent
        summary[f"{name}_cpu_ms"] = round(spent * 1000 / requests, 2) if pids else None
    busy = busy_after - busy_before
    summary["client_share"] = round(own / capacity, 3)
    summary["machine_busy"] = round(busy / capacity, 3)
    # The kernel's own work (loopback TCP, interrupts) and other people's processes (a test run).
    summary["rest_share"] = round(max(0.0, busy - accounted) / capacity, 3)
    return summary


# Load


def reading(base, paths, clients, seconds, headers):
    """`clients` readers for `seconds`, each walking through `paths` in turn (from a different start)."""
    deadline = time.perf_counter() + seconds
    lock = threading.Lock()
    timings, by_path, failures = [], {path: [] for path in paths}, []
    hits = {"front": 0, "host": 0}

    def reader(start):
        turn = start
        while time.perf_counter() < deadline:
            path = paths[turn % len(paths)]
            turn += 1
            response = load.request(base, path, headers=headers)
            front_hit = response.headers.get("x-front-cache") == "hit"
            with lock:
                timings.append(response.seconds)
                by_path[path].append(response.seconds)
                hits["front"] += front_hit
                # A front hit repeats the headers of the response it stored: only a miss tells of the host.
                hits["host"] += not front_hit and response.headers.get("x-page-cache") == "hit"
                if not response.ok:
                    failures.append(f"{path}: {response.status or response.error}")

    began = time.perf_counter()
    threads = [threading.Thread(target=reader, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    count = len(timings) or 1
    return {
        "clients": clients,
        "requests": len(timings),
        "seconds": round(elapsed, 3),
        "rps": round(len(timings) / elapsed, 1),
        "p50_ms": load.ms(load.percentile(timings, 0.5)),
        "p95_ms": load.ms(load.percentile(timings, 0.95)),
        "front_hits": round(hits["front"] / count, 3),
        "host_hits": round(hits["host"] / count, 3),
        "by_path": {
            path: {"p50_ms": load.ms(load.percentile(values, 0.5)), "p95_ms": load.ms(load.percentile(values, 0.95))}
            for path, values in by_path.items()
        },
        "failures": failures[:5],
        "failed": len(failures),
    }


def stored_markers(layout, prefix):
    rows = layout.sql(f"SELECT form_data::text FROM home_residentsubmission WHERE form_data::text LIKE '%{prefix}-%'")
    markers = []
    for line in rows.splitlines():
        values = json.loads(line).values()
        markers += [value for value in values if isinstance(value, str) and value.startswith(prefix)]
    return markers


def posting(layout, form, total, prefix):
    summary, accepted = load.post_load(layout.front_url, form, POST_CLIENTS, total, prefix)
    stored = stored_markers(layout, prefix)
    # bench/wsgi.py's headers are not served by the cluster's hosts: nothing to report from them.
    for name in ("queries", "writes", "cpu_ms", "server_ms", "runqueue_ms", "lock_ms"):
        summary.pop(name, None)
    summary.update(
        requests=total,  # a resident's open and post count as one, for the CPU per request
        rps=summary["posts_per_s"],
        accepted=len(accepted),
        stored=len(set(stored)),
        lost=len(set(accepted) - set(stored)),
        duplicates=len(stored) - len(set(stored)),
        failed=total - len(accepted),
    )
    return summary


# One layout


def measure_layout(hosts, args, run_id):
    layout = Cluster(
        base_port=BASE_PORT, hosts=hosts, database="dobrye_cluster_bench", workdir="var/cluster-bench", env=ENV
    )
    began = time.perf_counter()
    print(f"{hosts} app host(s): starting the layout on ports {BASE_PORT}… (about 45 s)", flush=True)
    layout.start()
    rows = []
    try:
        started = round(time.perf_counter() - began, 1)
        env = layout.environment()
        targets = {(t["name"], t["lang"]): t["path"] for t in discover(env)}
        form = form_target(env)
        paths = [targets[key] for key in READING_MIX if targets.get(key)]
        print(f"  up in {started:.0f} s; reading mix {paths}, form {form['path']}", flush=True)
        for mode, headers in MODES.items():
            for _ in range(2):  # the first pass fills the front and the page cache
                for path in paths:
                    load.request(layout.front_url, path, headers=headers)
            for clients in CLIENT_COUNTS:
                row = metered(layout, partial(reading, layout.front_url, paths, clients, args.seconds, headers))
                rows.append({"measurement": mode, "hosts": hosts, **row})
                print(f"  {mode:<20} {clients:>2} clients {row['rps']:>7} req/s", flush=True)
        load.request(layout.front_url, form["path"], headers=load.BROWSER)
        for clients in CLIENT_COUNTS:
            row = metered(
                layout, partial(reading, layout.front_url, [form["path"]], clients, args.seconds, load.BROWSER)
            )
            rows.append({"measurement": FORM_OPEN, "hosts": hosts, **row})
            print(f"  {FORM_OPEN:<20} {clients:>2} clients {row['rps']:>7} req/s", flush=True)
        row = metered(layout, partial(posting, layout, form, args.posts, f"cb{run_id}h{hosts}"))
        rows.append({"measurement": FORM_POST, "hosts": hosts, **row})
        print(f"  {FORM_POST:<20} {POST_CLIENTS:>2} clients {row['rps']:>7} posts/s, lost {row['lost']}", flush=True)
    finally:
        layout.stop()
    return rows, {"hosts": hosts, "start_seconds": started, "paths": paths, "form": form["path"]}


# Report


def cell(value, digits=0, scale=1, suffix=""):
    if value is None:
        return "–"
    return f"{value * scale:.{digits}f}{suffix}"


def table(rows):
    head = (
        f"{'measurement':<20}{'hosts':>6}{'clients':>8}{'req/s':>8}{'p50':>7}{'p95':>7}{'front$':>7}{'host$':>7}"
        f"{'app ms':>8}{'db ms':>7}{'front ms':>9}{'client':>7}{'rest':>6}{'busy':>6}{'fail':>5}"
    )
    lines = [head, "-" * len(head)]
    ordered = sorted(rows, key=lambda row: (ORDER.index(row["measurement"]), row["clients"], row["hosts"]))
    for row in ordered:
        lines.append(
            f"{row['measurement']:<20}{row['hosts']:>6}{row['clients']:>8}{cell(row['rps'], 1):>8}"
            f"{cell(row['p50_ms']):>7}{cell(row['p95_ms']):>7}"
            f"{cell(row.get('front_hits'), 0, 100, '%'):>7}{cell(row.get('host_hits'), 0, 100, '%'):>7}"
            f"{cell(row['app_cpu_ms'], 1):>8}{cell(row['db_cpu_ms'], 1):>7}{cell(row['front_cpu_ms'], 2):>9}"
            f"{cell(row['client_share'], 0, 100, '%'):>7}{cell(row['rest_share'], 0, 100, '%'):>6}"
            f"{cell(row['machine_busy'], 0, 100, '%'):>6}"
            f"{row['failed']:>5}"
        )
    lines += [
        "",
        "req/s: responses per second at the front (form post: residents' posts, each opened first);",
        "p50/p95: ms per request as the clients saw it (form post: the POST alone); front$/host$: answered by",
        "Varnish / by a host's page cache in Redis; app/db/front ms: CPU of the app hosts, PostgreSQL and Varnish",
        "per request (form post: per open + post); client: this load generator's share of the machine's CPU;",
        "rest: the share no process of the layout or the client accounts for (the kernel's loopback TCP, other",
        "work on the machine); busy: the machine's. Two cores run everything here, client included: a second",
        "app host adds workers, not CPU, so it cannot double CPU-bound throughput; app ms per request is what",
        "carries to real machines.",
    ]
    return "\n".join(lines)


def broken(rows):
    found = {}
    for row in rows:
        label = f"{row['measurement']}, {row['hosts']} host(s), {row['clients']} clients"
        if row["failed"] or row.get("lost") or row.get("duplicates"):
            found[label] = row.get("failures") or [row.get("statuses"), f"lost {row.get('lost')}"]
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run: short loads, few posts")
    parser.add_argument("--seconds", type=float, default=6.0, help="load per measurement")
    parser.add_argument("--posts", type=int, default=48, help="form posts at 8 clients per layout")
    args = parser.parse_args(argv)
    if args.quick:
        args.seconds, args.posts = 1.5, 8

    began = time.perf_counter()
    load_before = os.getloadavg()
    print(f"load average at start {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}", flush=True)
    OUT.mkdir(parents=True, exist_ok=True)
    run_id = datetime.now(UTC).strftime("%H%M%S")
    rows, layouts = [], []
    try:
        for hosts in HOST_COUNTS:
            measured, layout = measure_layout(hosts, args, run_id)
            rows += measured
            layouts.append(layout)
    except (ClusterError, subprocess.CalledProcessError) as error:
        print(f"the cluster did not start or answer: {error}", file=sys.stderr)
        return 1
    load_after = os.getloadavg()
    problems = broken(rows)
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "git": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip(),
        "machine": {"cpus": os.cpu_count(), "loadavg_start": load_before, "loadavg_end": load_after},
        "settings": dict(args.__dict__),
        "layouts": layouts,
        "rows": rows,
        "broken": problems,
        "seconds": round(time.perf_counter() - began, 1),
    }
    (OUT / "cluster-latest.json").write_text(json.dumps(report, ensure_ascii=False, indent=1))

    print()
    print(table(rows))
    for label, detail in problems.items():
        print(f"BROKEN {label}: {detail}")
    print(
        f"\nload average {load_before[0]:.2f} at start, {load_after[0]:.2f} at the end, on {os.cpu_count()} CPUs; "
        f"{report['seconds']:.0f} s in all"
    )
    print(f"JSON: {(OUT / 'cluster-latest.json').relative_to(ROOT)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
