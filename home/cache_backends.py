"""A database cache whose counters increment atomically: the embedded home of the rate-limit counters.

Django's DatabaseCache increments by reading, adding and writing back, so two gunicorn workers
counting the same client at once both write the same number (django_ratelimit's check E003 says
so). Here `incr` locks the row first: `SELECT … FOR UPDATE` on PostgreSQL, and on SQLite the
write transaction itself (the project opens it with BEGIN IMMEDIATE, one writer at a time).
It serves only the `ratelimit` alias (and the single-use form tokens); with REDIS_URL set,
Redis's own INCR does the same job.

Two more departures from DatabaseCache, both for what this table holds:
- `add` of a key that is there and alive answers False after a plain read. Django's version takes
  the write transaction (BEGIN IMMEDIATE: SQLite's one writer) and lets an INSERT fail; a form post
  calls `add` three or four times for counters that already exist (django_ratelimit adds before
  it counts, even to read a count), so every post queued for the write lock several times over.
  A missing or expired key still goes through Django's add, whose INSERT settles a race.
- culling deletes expired entries only. DatabaseCache deletes a third of the live entries once
  the table holds MAX_ENTRIES (300): here that would forget used form tokens (a resent form
  accepted twice) and rate-limit counts. Expired entries go whenever an entry is written.
"""

import base64
import pickle

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction
from django.utils.timezone import now as tz_now


class AtomicDatabaseCache(DatabaseCache):
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if self.has_key(key, version=version):  # alive: nothing to write, no write lock taken
            return False
        return super().add(key, value, timeout, version)

    def _cull(self, db, cursor, now, num):
        connection = connections[db]
        cursor.execute(
            f"DELETE FROM {connection.ops.quote_name(self._table)} WHERE {connection.ops.quote_name('expires')} < %s",
            [connection.ops.adapt_datetimefield_value(now)],
        )

    def incr(self, key, delta=1, version=None):
        key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote_name = connection.ops.quote_name
        table = quote_name(self._table)
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        now = connection.ops.adapt_datetimefield_value(tz_now().replace(microsecond=0))
        with transaction.atomic(using=db), connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {quote_name('value')} FROM {table} "
                f"WHERE {quote_name('cache_key')} = %s AND {quote_name('expires')} > %s{lock}",
                [key, now],
            )
            row = cursor.fetchone()
            if row is None:
                raise ValueError(f"Key '{key}' not found")
            value = pickle.loads(base64.b64decode(connection.ops.process_clob(row[0]).encode())) + delta
            encoded = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            cursor.execute(
                f"UPDATE {table} SET {quote_name('value')} = %s WHERE {quote_name('cache_key')} = %s", [encoded, key]
            )
        return value
