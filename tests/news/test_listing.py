"""The news index keeps the listing contract."""

import datetime

import pytest

from tests.factories import add_news
from tests.listing_contract import ListingContract


class TestNewsListing(ListingContract):
    @pytest.fixture
    def index_page(self, news_index, en_news_index):
        return news_index

    @pytest.fixture
    def add_items(self, index_page):
        def add(count):
            for number in range(count):
                date = datetime.date(2026, 10, 1) + datetime.timedelta(days=number)
                add_news(index_page, title=f"Про двор {number}", slug=f"pro-dvor-{number}", date=date, tags=["двор"])

        return add

    @pytest.fixture
    def filter_query(self):
        return {"tag": "двор"}
