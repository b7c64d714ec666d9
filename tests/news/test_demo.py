import re

from news import demo as news_demo


def test_demo_news_in_both_languages_with_tags_feeds_and_a_second_run_changing_nothing(client, demo):
    news_demo.load(demo)
    changes = demo.changes
    news_demo.load(demo)
    assert demo.changes == changes

    ru = client.get("/novosti/").content.decode()
    en = client.get("/en/news/").content.decode()
    ru_titles = re.findall(r'class="card__title"><a href="[^"]+">([^<]+)<', ru)
    en_titles = re.findall(r'class="card__title"><a href="[^"]+">([^<]+)<', en)
    assert len(ru_titles) >= 6 and len(en_titles) == len(ru_titles)
    assert ru_titles[0].startswith("Приходите к нам учиться")
    assert "«Пока все дома»: что делать соседям на карантине" in ru_titles
    assert en_titles[0].startswith("Come and learn with us")
    en_cloud = en.split('id="filter-tag"')[1].split("</nav>")[0]
    assert "talent bank" in en_cloud and not re.search("[а-яё]", en_cloud)
    assert "Новости" in client.get("/").content.decode()  # in the main menu
    assert client.get("/en/news/?tag=quarantine").status_code == 200
    assert client.get("/novosti/rss/").status_code == client.get("/en/news/atom/").status_code == 200
