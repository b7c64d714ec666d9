"""News demo content: «Новости» / «News» and news items drawn from the seed, with tags in both languages.

The texts, dates, pictures and tags are in news/demo_content.toml.
"""

from home.demo_content import DemoContent, data_file, read

ORDER = 10
CONTENT = data_file(__file__)


def load(demo):
    DemoContent(demo, CONTENT).load()


def tag_news(demo, news, names):
    """Give the Russian news its tags and its English translation their English names, once."""
    tags = read(CONTENT)["tags"]
    demo.tag(news, {name: tags[name] for name in names})
