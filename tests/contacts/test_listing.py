"""The partner directory keeps the listing contract."""

import pytest

from tests.factories import make_partner
from tests.listing_contract import ListingContract


class TestPartnersListing(ListingContract):
    @pytest.fixture
    def index_page(self, directory, en_directory):
        return directory

    @pytest.fixture
    def add_items(self, index_page, categories):
        def add(count):
            for number in range(count):
                make_partner(index_page, f"klub-{number}", f"Спортклуб {number}", category=categories["sport"])

        return add

    @pytest.fixture
    def filter_query(self):
        return {"category": "sport"}
