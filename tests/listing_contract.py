"""The behaviour every index page's listing promises (news, initiatives, partners, materials).

Use it by subclassing in an app's tests and providing three fixtures:

- `index_page`: the Russian index page, published and translated into English;
- `add_items`: a function `add_items(count)` that publishes `count` items in that index, each
  matching `filter_query`;
- `filter_query`: a dict {parameter: value} of one of the index's filters that those items match.

    class TestNewsListing(ListingContract):
        @pytest.fixture
        def index_page(self, news_index, en_news_index): ...
"""

import re

import pytest

ROBOTS = '<meta name="robots" content="noindex, follow">'


def canonical(html):
    return re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)


class ListingContract:
    @pytest.fixture
    def small_pages(self, index_page, add_items):
        """Three more items in the index, two per page: page 2 exists."""
        index_page.per_page = 2
        index_page.save_revision().publish()
        add_items(3)
        index_page.refresh_from_db()
        return index_page

    def test_page_size_comes_from_the_page_and_the_last_page_exists(self, client, small_pages):
        first = client.get(small_pages.url).content.decode()
        assert 'href="?page=2" rel="next"' in first
        assert client.get(small_pages.url, {"page": "2"}).status_code == 200

    @pytest.mark.parametrize("number", ["0", "-1", "999", "abc", "1.5", "%00", "<b>2</b>"])
    def test_junk_or_out_of_range_page_numbers_are_404_never_500(self, client, small_pages, number):
        assert client.get(small_pages.url, {"page": number}).status_code == 404

    def test_an_empty_page_number_is_the_first_page(self, client, small_pages):
        assert client.get(small_pages.url, {"page": ""}).status_code == 200

    def test_the_plain_index_is_indexed_filtered_and_paged_views_are_not(self, client, small_pages, filter_query):
        url = small_pages.full_url
        plain = client.get(small_pages.url).content.decode()
        assert ROBOTS not in plain and canonical(plain) == url
        for query in [{"page": "2"}, filter_query, {**filter_query, "page": "2"}]:
            html = client.get(small_pages.url, query).content.decode()
            assert ROBOTS in html, query
            assert canonical(html) == url, query

    def test_a_filter_is_kept_across_pages(self, client, small_pages, filter_query):
        html = client.get(small_pages.url, filter_query).content.decode()
        ((param, value),) = filter_query.items()
        next_link = re.search(r'<a href="\?([^"]+)" rel="next">', html).group(1)
        assert next_link.endswith("page=2") and f"{param}=" in next_link

    def test_a_filter_link_is_marked_as_the_current_one(self, client, small_pages, filter_query):
        html = client.get(small_pages.url, filter_query).content.decode()
        ((param, value),) = filter_query.items()
        nav = html.split(f'id="filter-{param}"')[1].split("</nav>")[0] if f'id="filter-{param}"' in html else None
        if nav is not None:
            assert len(re.findall(r'aria-current="page"', nav)) == 1

    @pytest.mark.parametrize("junk", ["no-such-thing", "<script>alert(1)</script>", "%00", "я" * 5000])
    def test_unknown_filter_values_give_an_empty_list_with_a_message(self, client, small_pages, filter_query, junk):
        ((param, _value),) = filter_query.items()
        response = client.get(small_pages.url, {param: junk})
        html = response.content.decode()
        assert response.status_code == 200
        assert "<script>alert(1)" not in html
        assert ROBOTS in html
        assert re.search(r'<p class="notice" role="status">[^<]+<a href="' + re.escape(small_pages.url) + '">', html)

    def test_english_index_lists_in_english_with_the_same_policy(self, client, small_pages, demo):
        english = small_pages.get_translation(demo.en)
        response = client.get(english.url)
        assert response.status_code == 200 and '<html lang="en"' in response.content.decode()
        assert client.get(english.url, {"page": "abc"}).status_code == 404
