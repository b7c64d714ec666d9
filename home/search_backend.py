"""Wagtail's database search backend, with Russian and English word forms on SQLite too.

On PostgreSQL the stock backend does it: SEARCH_CONFIG "russian" stems Cyrillic words with the
Russian Snowball stemmer and Latin words with the English one (PostgreSQL's `russian` text search
configuration maps `asciiword` to `english_stem`), both in the index and in the query, so one
configuration serves / and /en/ and «талант» finds «талантов», "projects" finds "project".

SQLite's FTS5 has no Russian stemmer (its `porter` tokenizer is English-only, and a tokenizer of
our own would be C code). So on SQLite only the query changes, the index keeps the words as written:
each query word becomes the prefix it shares with its Snowball stem, matched as an FTS5 prefix
(«библиотеку» → «библиотек»* finds «библиотека», «библиотеки»). The same stemmer families as
PostgreSQL's, chosen the same way (Latin script → English, any other → Russian). Nothing is
re-indexed, `update_index` needs no change, and the price is that a prefix can also find a longer
word of another root («мира» → «мир»* finds «мировой»), and BM25 ranking does not prefer the exact form.
Words shorter than MIN_STEMMED_LENGTH and words with digits are matched as written.

WAGTAILSEARCH_BACKENDS names this module; on any other database it returns the stock backend.
"""

import re

import snowballstemmer
from django.db import connection
from modelsearch.backends import database

MIN_STEMMED_LENGTH = 4
# What FTS5's unicode61 tokenizer keeps together: letters and digits (the underscore separates).
TOKEN = re.compile(r"[^\W_]+")
LATIN = re.compile(r"[a-z]+")


def query_terms(text):
    """The FTS5 terms for a query text: (term, is_prefix) per word, lower-cased.

    >>> query_terms("Библиотеку талантов, projects № 47")
    [('библиотек', True), ('талант', True), ('project', True), ('47', False)]
    """
    # A stemmer keeps the word it works on: new ones per query (half a microsecond each), never shared by threads.
    stemmers = {"english": snowballstemmer.stemmer("english"), "russian": snowballstemmer.stemmer("russian")}
    terms = []
    for token in TOKEN.findall(text.lower()):
        if len(token) < MIN_STEMMED_LENGTH or any(ch.isdigit() for ch in token):
            terms.append((token, False))
            continue
        latin = LATIN.fullmatch(token) is not None
        stem = stemmers["english" if latin else "russian"].stemWord(token)
        # The stemmers write «ё» as «е», and English turns a final y into i (library → librari):
        # compare past those, and keep the word's own letters, which is what the index holds.
        comparable = token.replace("ё", "е")
        shared = 0
        while shared < min(len(stem), len(comparable)) and stem[shared] == comparable[shared]:
            shared += 1
        prefix = token[:shared]
        if latin and prefix.endswith("i") and stem.endswith("i"):
            prefix = prefix[:-1]
        if len(prefix) < MIN_STEMMED_LENGTH - 1:
            terms.append((token, False))
        else:
            terms.append((prefix, True))
    return terms


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        # Imported here: modelsearch's SQLite module looks up a model that exists only on SQLite.
        from home.search_sqlite import StemmingSQLiteSearchBackend

        return StemmingSQLiteSearchBackend(params)
    return backend
