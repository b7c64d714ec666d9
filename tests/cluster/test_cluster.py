"""Past one machine: two app hosts on PostgreSQL, Redis and S3 (moto) behind Varnish, as `make cluster` starts them.

The tests run in this order; the ones that take a part down bring it back before they end, the last one
(a host killed under load) leaves the layout with one host.
"""

import io
import json
import re
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image

from tests.cluster.conftest import ADMIN_PASSWORD, REFERENCE, Resident, reference_of, submit

pytestmark = pytest.mark.cluster


@pytest.fixture(scope="module")
def form_url(cluster):
    """The proposal form («Предложить инициативу»), found as a resident finds it: linked from the home page."""
    home = Resident().get(cluster.front_url + "/")
    found = re.search(r'href="(/[^"]*predlozhit-iniciativu/)"', home.text)
    assert found, "the home page links the proposal form"
    return found.group(1)


def stored_with(cluster, marker):
    return int(cluster.sql(f"SELECT count(*) FROM home_residentsubmission WHERE form_data::text LIKE '%{marker}%'"))


def health(url):
    response = Resident().get(url + "/health/")
    return response.status, json.loads(response.body)


def test_every_part_answers_on_every_host(cluster):
    for number in range(cluster.host_count):
        status, body = health(cluster.host_url(number))
        assert status == 200
        assert body["parts"] == {"database": "ok", "cache": "ok", "storage": "ok"}


def test_submissions_through_host_a_and_host_b_get_consecutive_references(cluster, form_url):
    marker = uuid.uuid4().hex[:8]
    references = []
    for number, address in ((0, "127.0.0.11"), (1, "127.0.0.12")):
        resident = Resident(address)
        base = cluster.host_url(number)
        response = submit(resident, base + form_url, f"Скамейка у подъезда {marker}")
        references.append(reference_of(resident, response, base))
    assert all(references), references
    first, second = (int(REFERENCE.match(reference).group(1)) for reference in references)
    assert second == first + 1
    assert stored_with(cluster, marker) == 2


def test_the_rate_limit_counts_a_client_across_hosts(cluster, form_url):
    # FORMS_RATE_LIMIT is 5 accepted submissions per 10 minutes; the client alternates hosts.
    resident = Resident("127.0.0.21")
    marker = uuid.uuid4().hex[:8]
    statuses = []
    for attempt in range(6):
        base = cluster.host_url(attempt % 2)
        statuses.append(submit(resident, base + form_url, f"Предложение {marker}").status)
    assert statuses == [302] * 5 + [429]
    assert stored_with(cluster, marker) == 5


def _prime(resident, url):
    """Ask until the front answers from its cache."""
    for _ in range(3):
        response = resident.get(url)
        if response.header("x-front-cache") == "hit":
            return response
    raise AssertionError(f"the front never kept {url}")


def _log_in(page, base):
    page.goto(base + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", ADMIN_PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(base + "/admin/")


def test_a_publish_on_host_a_is_seen_through_the_front_at_once_in_both_languages(cluster, page):
    reader = Resident("127.0.0.31")
    front = cluster.front_url
    news_id = cluster.sql(
        "SELECT p.id FROM wagtailcore_page p JOIN news_newspage n ON n.page_ptr_id = p.id "
        "JOIN wagtailcore_locale l ON l.id = p.locale_id WHERE l.language_code = 'ru' AND p.live ORDER BY p.path LIMIT 1"
    )
    ru_path, en_path = (
        cluster.sql(
            "SELECT p.url_path FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id "
            f"WHERE p.translation_key = (SELECT translation_key FROM wagtailcore_page WHERE id = {news_id}) "
            f"AND l.language_code = '{language}'"
        )
        for language in ("ru", "en")
    )
    # url_path is /<root>/<home>/...: the site serves /<section>/<slug>/ (Russian) and /en/<section>/<slug>/.
    ru_url = front + "/" + ru_path.split("/", 2)[2]
    en_url = front + "/en/" + en_path.split("/", 2)[2]
    ru_index = ru_url.rstrip("/").rsplit("/", 1)[0] + "/"
    en_index = en_url.rstrip("/").rsplit("/", 1)[0] + "/"
    for url in (ru_url, en_url, ru_index, en_index):
        _prime(reader, url)

    new_title = f"Субботник перенесён на воскресенье {uuid.uuid4().hex[:6]}"
    base = cluster.host_url(0)
    _log_in(page, base)
    page.goto(f"{base}/admin/pages/{news_id}/edit/")
    page.fill("#id_title", new_title)
    page.get_by_role("button", name="Больше действий").click()
    page.locator("footer button", has_text=re.compile("Опубликовать")).first.click()
    page.wait_for_load_state()
    assert cluster.sql(f"SELECT title FROM wagtailcore_page WHERE id = {news_id}") == new_title

    # At once: the page and its list in Russian show the new title, fetched fresh from a host.
    for url in (ru_url, ru_index):
        response = reader.get(url)
        assert response.header("x-front-cache") == "miss", url
        assert new_title in response.text, url
    # The English page and its list were purged too (the next reader gets them from a host).
    for url in (en_url, en_index):
        assert reader.get(url).header("x-front-cache") == "miss", url
    # An untouched page stays in the front.
    assert reader.get(front + "/en/").header("x-front-cache") in ("hit", "miss")


def test_static_files_are_kept_by_the_front_as_immutable(cluster):
    reader = Resident("127.0.0.35")
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', reader.get(cluster.front_url + "/").text).group(1)
    first, second = reader.get(cluster.front_url + stylesheet), reader.get(cluster.front_url + stylesheet)
    assert first.status == second.status == 200
    assert "immutable" in second.header("cache-control")
    assert second.header("x-front-cache") == "hit"


def _png(colour):
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), colour).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_image_uploaded_through_host_a_is_served_through_host_b(cluster, page, tmp_path):
    picture = tmp_path / "dvor-vesnoj.png"
    data = _png((40, 120, 60))
    picture.write_bytes(data)
    title = f"Двор весной {uuid.uuid4().hex[:6]}"
    host_a, host_b = cluster.host_url(0), cluster.host_url(1)
    _log_in(page, host_a)
    page.goto(host_a + "/admin/images/add/")
    page.fill("#id_title", title)
    page.set_input_files("#id_file", str(picture))
    page.locator("form[enctype='multipart/form-data'] button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/images/(\?.*)?$"))
    image_id, name = cluster.sql(f"SELECT id || ' ' || file FROM wagtailimages_image WHERE title = '{title}'").split()

    # Host A kept nothing on its disk: the original is in the bucket, and host B serves it.
    assert not (cluster.workdir / "media").exists()
    original = Resident().get(f"{host_b}/media/{name}")
    assert original.status == 200
    assert original.header("content-type") == "image/png"
    assert original.body == data

    # Host B's admin (the session made on host A is valid there) shows a thumbnail it rendered;
    # host A serves that rendition from the bucket too.
    page.goto(f"{host_b}/admin/images/{image_id}/")
    thumbnail = page.locator("img[src*='/media/images/']").first.get_attribute("src")
    rendition = Resident().get(host_a + thumbnail)
    assert rendition.status == 200
    assert rendition.header("content-type").startswith("image/")


def test_a_document_in_the_bucket_is_served_by_any_host_through_wagtails_view(cluster):
    # The demo's PDF handout, stored in the bucket by the release step; Wagtail's document view
    # (which checks collection privacy) streams it, never a bare /media/ address.
    document_id, name = cluster.sql("SELECT id || ' ' || file FROM wagtaildocs_document ORDER BY id LIMIT 1").split()
    filename = name.rsplit("/", 1)[-1]
    for number in range(cluster.host_count):
        response = Resident().get(f"{cluster.host_url(number)}/documents/{document_id}/{filename}")
        assert response.status == 200
        assert response.body.startswith(b"%PDF")
    assert Resident().get(f"{cluster.host_url(0)}/media/{name}").status == 404


def test_with_redis_down_pages_render_uncached_and_submissions_are_stored(cluster, form_url):
    cluster.kill("redis")
    try:
        base = cluster.host_url(0)
        reader = Resident("127.0.0.41")
        for _ in range(2):
            response = reader.get(base + "/")
            assert response.status == 200
            assert response.header("x-page-cache") != "hit"
        marker = uuid.uuid4().hex[:8]
        resident = Resident("127.0.0.42")
        response = submit(resident, cluster.host_url(1) + form_url, f"Без Redis {marker}")
        assert reference_of(resident, response, cluster.host_url(1))
        assert stored_with(cluster, marker) == 1
        status, body = health(base)
        assert status == 503
        assert body["failing"] == ["cache"]
    finally:
        cluster.restart("redis")
    assert health(cluster.host_url(0))[0] == 200


def test_the_health_endpoint_names_the_storage_and_the_database_when_they_fail(cluster):
    reader = Resident("127.0.0.51")
    kept = _prime(reader, cluster.front_url + "/")
    cluster.kill("s3")
    try:
        status, body = health(cluster.host_url(1))
        assert (status, body["failing"]) == (503, ["storage"])
    finally:
        cluster.restart("s3")
    cluster.postgres_down()
    try:
        status, body = health(cluster.host_url(0))
        assert (status, body["failing"]) == (503, ["database"])
        # The front keeps serving what it has while no host can reach the database.
        assert reader.get(cluster.front_url + "/").body == kept.body
    finally:
        cluster.postgres_up()
    deadline = time.monotonic() + 10
    while health(cluster.host_url(0))[0] != 200 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert health(cluster.host_url(0)) == (
        200,
        {"status": "ok", "failing": [], "parts": {"database": "ok", "cache": "ok", "storage": "ok"}},
    )


def test_killing_a_host_under_load_loses_no_submission_and_the_front_keeps_answering(cluster, form_url):
    marker = uuid.uuid4().hex[:8]
    front = cluster.front_url
    residents = 40
    outcomes = []  # (status, reference or None)
    reads = []
    done = threading.Event()

    def resident(number):
        person = Resident(f"127.0.1.{number + 1}")
        response = submit(person, front + form_url, f"Нагрузка {marker} №{number}")
        outcomes.append((response.status, reference_of(person, response, front)))

    def reader():
        person = Resident("127.0.2.1")
        while not done.is_set():
            try:
                reads.append(person.get(front + "/novosti/").status)
            except OSError as error:
                reads.append(repr(error))

    host_a_log = cluster.logs / "host_a.log"
    logged_before = host_a_log.read_text(errors="replace").count("\n")
    reading = threading.Thread(target=reader)
    reading.start()
    try:
        with ThreadPoolExecutor(8) as pool:
            futures = [pool.submit(resident, number) for number in range(residents)]
            time.sleep(2.5)
            cluster.kill("host_a")
            for future in futures:
                future.result()
    finally:
        done.set()
        reading.join()

    host_a_lines = host_a_log.read_text(errors="replace").splitlines()[logged_before:]
    posts_on_a = sum(f'"POST {form_url}' in line for line in host_a_lines)
    accepted = [reference for status, reference in outcomes if reference]
    stored = stored_with(cluster, marker)
    lost = [
        ref
        for ref in accepted
        if cluster.sql(f"SELECT count(*) FROM home_residentsubmission WHERE reference = '{ref}'") != "1"
    ]
    print(
        f"\nhost A answered {posts_on_a} posts before it was killed; sent {residents}, answered with a reference {len(accepted)}, stored {stored}, lost {len(lost)}; "
        f"statuses {sorted(status for status, _ in outcomes)}; reads {len(reads)}, non-200 reads {sum(s != 200 for s in reads)}"
    )
    assert posts_on_a > 0  # host A was taking posts when it was killed
    assert lost == []
    assert stored >= len(accepted)
    assert len(outcomes) == residents
    # Every resident got a thank-you page: a post that met the dead host was retried on the other.
    assert [status for status, _ in outcomes] == [302] * residents
    assert reads and all(status == 200 for status in reads)
