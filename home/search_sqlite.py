"""The SQLite half of home/search_backend.py: each query word matched by its stem as an FTS5 prefix."""

from functools import reduce

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler
from modelsearch.query import PlainText

from home.search_backend import query_terms


class StemmingSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        lexemes = [Lexeme(term, prefix=is_prefix) for term, is_prefix in query_terms(query.query_string)]
        if not lexemes:
            return None
        if query.operator.upper() == "AND":
            combined = reduce(lambda a, b: a & b, lexemes)
        else:
            combined = reduce(lambda a, b: a | b, lexemes)
        return SearchQueryExpression(combined, config=config)


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = StemmingSQLiteQueryCompiler
