"""The materials index keeps the listing contract."""

import pytest

from materials.models import MaterialPage
from tests.listing_contract import ListingContract


class TestMaterialsListing(ListingContract):
    @pytest.fixture
    def index_page(self, library):
        return library["index"]

    @pytest.fixture
    def add_items(self, library):
        def add(count):
            for number in range(count):
                page = MaterialPage(
                    title=f"Материал {number}", slug=f"material-{number}", topic=library["topics"]["skills"]
                )
                library["index"].add_child(instance=page)
                page.save_revision().publish()

        return add

    @pytest.fixture
    def filter_query(self):
        return {"topic": "navyki"}
