"""Latin slugs for pages titled in Russian, so a shared link reads /knizhnaya-polka/, not /%D0%BA…/.

The admin's own slug field transliterates as the manager types (WAGTAIL_ALLOW_UNICODE_SLUGS is
off, so Wagtail's `urlify` uses its Russian map); `latin_slug` applies the same map on the
server, for a page created without JavaScript or with a slug left empty or typed in Cyrillic.
"""

from django.utils.text import slugify

# The Russian map of Wagtail's admin `urlify` (client/src/utils/urlify.ts), so both agree.
RUSSIAN_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
        "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shh",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip


def latin_slug(text):
    """A lowercase ASCII slug of `text`, Cyrillic transliterated: «Книжная полка во дворе» → knizhnaya-polka-vo-dvore."""
    return slugify(text.lower().translate(RUSSIAN_TO_LATIN))


def latinise_new_page_slug(post_data):
    """The admin's create-page POST with its slug made Latin: from the title when empty, else transliterated."""
    slug = post_data.get("slug", "").strip()
    if slug and slug.isascii():
        return post_data
    data = post_data.copy()
    data["slug"] = latin_slug(slug or data.get("title", ""))
    return data
