"""Every demo page's title says what it is: no two pages of one language share a title (the initiative, the form and
the material about the talent bank once all read «Банк соседских талантов»)."""

import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def demo_titles(language):
    titles = []
    for data_file in sorted(ROOT.glob("*/demo_content.toml")):
        for entry in tomllib.loads(data_file.read_text()).get("pages", []):
            if "title" in entry.get(language, {}):
                titles.append(entry[language]["title"])
    return titles


def test_no_two_demo_pages_share_a_title_in_either_language():
    for language in ("ru", "en"):
        titles = demo_titles(language)
        assert len(titles) > 20
        assert [title for title, count in Counter(titles).items() if count > 1] == [], language


def test_the_talent_bank_pages_say_what_each_is():
    ru = demo_titles("ru")
    assert {"Банк соседских талантов", "Анкета: Банк соседских талантов", "Как устроен банк соседских талантов"} <= set(
        ru
    )
