"""The initiatives index keeps the listing contract."""

import pytest

from tests.listing_contract import ListingContract


class TestInitiativesListing(ListingContract):
    @pytest.fixture
    def index_page(self, project_index):
        return project_index

    @pytest.fixture
    def add_items(self, make_initiative):
        def add(count):
            for _ in range(count):
                make_initiative(status="idea", tags=["двор"])

        return add

    @pytest.fixture
    def filter_query(self):
        return {"status": "idea"}
