"""The served application with a meter around it, for `make bench` only.

    gunicorn -c config/gunicorn.conf.py bench.wsgi:application

Wraps config.wsgi's application, unchanged (the same settings module, middleware and caches as
`make run`), and adds response headers measured inside the worker that served the request:

- X-Bench-Queries: SQL statements the request ran (connection.execute_wrapper on every database
  alias, so the database cache's statements count too);
- X-Bench-Writes: those that write (INSERT, UPDATE, DELETE, REPLACE);
- X-Bench-CPU-us: the worker's CPU time (time.process_time, user + system) for the request, in µs;
- X-Bench-Wall-us: the request's time in the worker, in µs;
- X-Bench-Runqueue-us: of that, the time the worker was ready but waited for a CPU another process
  held (/proc/thread-self/schedstat): a busy machine, not our code;
- X-Bench-Lock-us: of that, the time spent opening transactions (on SQLite, BEGIN IMMEDIATE waits
  for the single writer's lock).

Why a WSGI wrapper and not a middleware or the test client: the served settings stay untouched
(no bench-only setting can leak into production), every middleware and the page cache run as they
do for a reader, and the figures come from the gunicorn worker itself. The headers are set when
Django hands over the response; a streaming body's later queries would not be counted (no public
page streams). gunicorn's sync workers serve one request at a time, so process time is the request's.
"""

import time

from django.db import connections

from config.wsgi import application as served_application

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class Meter:
    lock_seconds = 0.0  # the request being served (one at a time per sync worker)

    def __init__(self):
        self.queries = 0
        self.writes = 0

    def __call__(self, execute, sql, params, many, context):
        self.queries += 1
        if sql.lstrip().upper().startswith(WRITES):
            self.writes += 1
        return execute(sql, params, many, context)


def _timed_begin(begin):
    def start_transaction(self):
        started = time.perf_counter()
        try:
            return begin(self)
        finally:
            Meter.lock_seconds += time.perf_counter() - started

    return start_transaction


# SQLite opens a write transaction with its own method (BEGIN IMMEDIATE, where the lock is waited for);
# other databases take their locks row by row inside the statements, and report no lock time here.
for _backend in {type(connections[alias]) for alias in connections}:
    if hasattr(_backend, "_start_transaction_under_autocommit"):
        _backend._start_transaction_under_autocommit = _timed_begin(_backend._start_transaction_under_autocommit)


def runqueue_seconds():
    try:
        with open("/proc/thread-self/schedstat") as stat:
            return int(stat.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def application(environ, start_response):
    meter = Meter()
    Meter.lock_seconds = 0.0
    wrappers = []
    for alias in connections:
        wrapper = connections[alias].execute_wrapper(meter)
        wrapper.__enter__()
        wrappers.append(wrapper)
    cpu, wall, queued = time.process_time(), time.perf_counter(), runqueue_seconds()

    def measured_start_response(status, headers, exc_info=None):
        headers = [
            *headers,
            ("X-Bench-Queries", str(meter.queries)),
            ("X-Bench-Writes", str(meter.writes)),
            ("X-Bench-CPU-us", str(round((time.process_time() - cpu) * 1e6))),
            ("X-Bench-Wall-us", str(round((time.perf_counter() - wall) * 1e6))),
            ("X-Bench-Runqueue-us", str(round((runqueue_seconds() - queued) * 1e6))),
            ("X-Bench-Lock-us", str(round(Meter.lock_seconds * 1e6))),
        ]
        return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

    try:
        return served_application(environ, measured_start_response)
    finally:
        for wrapper in reversed(wrappers):
            wrapper.__exit__(None, None, None)
