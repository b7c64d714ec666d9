"""Managers edit partners, categories and the contact page in the Wagtail admin."""

from django.urls import reverse


def test_manager_can_open_the_editors_of_partners_and_the_contact_page(admin_client, directory, home_page):
    for app, model, parent in [
        ("contacts", "partnerpage", directory),
        ("contacts", "contactpage", home_page),
    ]:
        response = admin_client.get(reverse("wagtailadmin_pages:add", args=(app, model, parent.pk)))
        assert response.status_code == 200, model


def test_partner_pages_cannot_be_created_outside_the_directory(admin_client, home_page):
    response = admin_client.get(reverse("wagtailadmin_pages:add", args=("contacts", "partnerpage", home_page.pk)))
    assert response.status_code in (302, 403)  # Wagtail sends the manager back with a message


def test_partner_categories_are_listed_and_searchable_in_the_admin(admin_client, categories):
    url = reverse("wagtailsnippets_contacts_partnercategory:list")
    html = admin_client.get(url).content.decode()
    assert "Библиотеки" in html and "Спорт" in html
    html = admin_client.get(url, {"q": "Библиот"}).content.decode()
    assert "Библиотеки" in html and "Спорт" not in html
