"""A database cache whose counters increment atomically: the embedded home of the rate-limit counters.

Django's DatabaseCache increments by reading, adding and writing back, so two gunicorn workers
counting the same client at once both write the same number (django_ratelimit's check E003 says
so). Here `incr` locks the row first: `SELECT … FOR UPDATE` on PostgreSQL, and on SQLite the
write transaction itself (the project opens it with BEGIN IMMEDIATE, one writer at a time).
It serves only the `ratelimit` alias (and the single-use form tokens); with REDIS_URL set,
Redis's own INCR does the same job.
"""

import base64
import pickle

from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction
from django.utils.timezone import now as tz_now


class AtomicDatabaseCache(DatabaseCache):
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
