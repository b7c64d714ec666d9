"""Home's demo content: «О проекте», the organisation's contacts and the demo admin account.

The texts and contacts are in home/demo_content.toml. The structure it builds on (home pages, the
personal-data policy, groups, the workflow) is `setup_site`'s (home/site_setup.py); `load_demo_content`
runs it first.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from wagtail.models import Site
from wagtail.users.models import UserProfile

from home.demo_content import DemoContent, data_file, read
from home.models import ContactSettings, HomePage

ORDER = 0
CONTENT = data_file(__file__)


def load(demo):
    home = HomePage.objects.get(locale=demo.ru)
    load_pages(demo, home)
    ensure_contacts(demo)
    ensure_admin(demo)


def load_pages(demo, home):
    DemoContent(demo, CONTENT).load()


def ensure_contacts(demo):
    """The organisation's contacts and social links, as the seed gives them."""
    contacts = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    if contacts.email:
        return
    for name, value in read(CONTENT)["contacts"].items():
        setattr(contacts, name, value)
    contacts.save()
    demo.created("site settings: contacts and social links")


def ensure_admin(demo):
    User = get_user_model()
    if User.objects.filter(username="admin").exists():
        demo.say("admin account exists (password unchanged)")
        return
    password = os.environ.get("DEMO_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
    user = User.objects.create_superuser("admin", "admin@dobrye-sosedi.local", password, first_name="Администратор")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    demo.created("admin account")
    shown = "from DEMO_ADMIN_PASSWORD" if os.environ.get("DEMO_ADMIN_PASSWORD") else password
    demo.say(f"Admin login: admin / {shown}  (shown once; keep it)")
