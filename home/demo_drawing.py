"""Every picture and document of the demo, drawn here (never downloaded): the neighbourhood street,
the partners' round emblems, the game table, and the PDF handout.

`DRAWINGS` names the image drawers and `DOCUMENTS` the document makers an app's demo data file can
ask for (`draw = "neighbourhood"`, `seed = ...`, `palette = ...`).
"""

import io
import random
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_PATHS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]

PALETTES = {
    "green": ["#1f6b4a", "#3f8f63", "#a9d3b5", "#e6f2ea", "#f6c453"],
    "sun": ["#c9812a", "#f6c453", "#fde6a6", "#fdf3d6", "#1f6b4a"],
    "sky": ["#23527c", "#4f86b8", "#a8c8e6", "#e4eff8", "#f6c453"],
    "rose": ["#8c3b4a", "#c8687a", "#efc1c9", "#fbeef0", "#1f6b4a"],
}


def font(size):
    for path in FONT_PATHS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def draw_neighbourhood(seed, palette="green", size=(1200, 800)):
    """A small street of houses under the sky: varied by seed, made here, never downloaded."""
    rnd = random.Random(seed)
    colours = PALETTES[palette]
    width, height = size
    img = PILImage.new("RGB", size, colours[3])
    draw = ImageDraw.Draw(img)
    sun_x = rnd.randint(width // 6, width - width // 6)
    draw.ellipse((sun_x - 70, 80, sun_x + 70, 220), fill=colours[4])
    ground = int(height * 0.78)
    draw.rectangle((0, ground, width, height), fill=colours[2])
    x = rnd.randint(-40, 20)
    while x < width:
        w = rnd.randint(140, 240)
        h = rnd.randint(160, 360)
        body = colours[rnd.choice([0, 1])]
        draw.rectangle((x, ground - h, x + w, ground), fill=body)
        draw.polygon(
            [(x - 12, ground - h), (x + w // 2, ground - h - rnd.randint(50, 110)), (x + w + 12, ground - h)],
            fill=colours[4] if rnd.random() < 0.4 else colours[0],
        )
        for wy in range(ground - h + 30, ground - 50, 60):
            for wx in range(x + 20, x + w - 40, 55):
                draw.rectangle((wx, wy, wx + 28, wy + 34), fill="#fff8e0" if rnd.random() < 0.6 else colours[3])
        x += w + rnd.randint(10, 60)
    for _ in range(rnd.randint(2, 5)):
        tx = rnd.randint(0, width)
        draw.rectangle((tx - 6, ground - 60, tx + 6, ground + 10), fill="#6b4a2b")
        draw.ellipse((tx - 45, ground - 140, tx + 45, ground - 40), fill=colours[1])
    return img


def draw_emblem(text, palette="green", size=(600, 600)):
    """A round logo with initials, for partners and documents."""
    colours = PALETTES[palette]
    img = PILImage.new("RGB", size, colours[3])
    draw = ImageDraw.Draw(img)
    w, h = size
    draw.ellipse((40, 40, w - 40, h - 40), fill=colours[0])
    draw.ellipse((70, 70, w - 70, h - 70), outline=colours[4], width=10)
    label = font(int(h * 0.28))
    draw.text((w / 2, h / 2), text, fill="#ffffff", font=label, anchor="mm")
    return img


def draw_game_table(seed, palette="sun", size=(1200, 800)):
    """A table seen from above with a game board, dice and dominoes: drawn here, never downloaded."""
    rnd = random.Random(seed)
    colours = PALETTES[palette]
    width, height = size
    img = PILImage.new("RGB", size, "#8a5a35")
    draw = ImageDraw.Draw(img)
    for y in range(0, height, 40):
        draw.line((0, y + rnd.randint(-4, 4), width, y + rnd.randint(-4, 4)), fill="#7a4e2d", width=3)
    cell, left, top = 48, 120, 160
    for row in range(8):
        for col in range(8):
            fill = colours[3] if (row + col) % 2 == 0 else colours[0]
            draw.rectangle(
                (left + col * cell, top + row * cell, left + (col + 1) * cell, top + (row + 1) * cell), fill=fill
            )
    for _ in range(6):
        col, row = rnd.randrange(8), rnd.randrange(8)
        cx, cy = left + col * cell + cell // 2, top + row * cell + cell // 2
        draw.ellipse(
            (cx - 17, cy - 17, cx + 17, cy + 17), fill=rnd.choice(["#ffffff", "#1d2b24"]), outline=colours[4], width=3
        )
    for index in range(5):
        x, y = 620 + index * 105, 200 + rnd.randint(-30, 30)
        draw.rounded_rectangle((x, y, x + 80, y + 160), radius=10, fill="#fbfaf6", outline="#1d2b24", width=3)
        draw.line((x + 6, y + 80, x + 74, y + 80), fill="#1d2b24", width=3)
        for half in (0, 80):
            for _ in range(rnd.randint(1, 4)):
                px, py = x + rnd.randint(18, 62), y + half + rnd.randint(18, 62)
                draw.ellipse((px - 6, py - 6, px + 6, py + 6), fill="#1d2b24")
    for index in range(2):
        x, y = 700 + index * 170, 520
        draw.rounded_rectangle((x, y, x + 110, y + 110), radius=16, fill=colours[4], outline="#1d2b24", width=3)
        for _ in range(rnd.randint(2, 6)):
            px, py = x + rnd.randint(22, 88), y + rnd.randint(22, 88)
            draw.ellipse((px - 8, py - 8, px + 8, py + 8), fill="#1d2b24")
    return img


def handout_font(size, bold=False):
    path = FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + [line] if line else lines


def handout_page(words):
    """One A4 page (100 dpi) of the handout in one language: `words` has its title, its sections (a title and
    the numbered items under it) and its footer."""
    page = PILImage.new("RGB", (827, 1169), "white")
    draw = ImageDraw.Draw(page)
    margin, width = 60, 827 - 120
    title, heading, body = handout_font(34, bold=True), handout_font(24, bold=True), handout_font(18)
    draw.rectangle((0, 0, 827, 12), fill="#1f6b4a")
    y = 50
    for line in wrap(draw, words["title"], title, width):
        draw.text((margin, y), line, font=title, fill="#1d2b24")
        y += 44
    for section_title, items in words["sections"]:
        y += 20
        draw.text((margin, y), section_title, font=heading, fill="#1f6b4a")
        y += 38
        for number, item in enumerate(items, start=1):
            for i, line in enumerate(wrap(draw, item, body, width - 40)):
                if i == 0:
                    draw.text((margin, y), f"{number}.", font=body, fill="#1d2b24")
                draw.text((margin + 40, y), line, font=body, fill="#1d2b24")
                y += 26
            y += 4
    draw.text((margin, 1169 - 70), words["footer"], font=body, fill="#4a5a52")
    return page


def handout_pdf(title, pages):
    """A small valid PDF, one page per language (`pages`: the words of each, see handout_page)."""
    buffer = io.BytesIO()
    first, *others = [handout_page(words) for words in pages]
    first.save(buffer, "PDF", resolution=100, save_all=True, append_images=others, title=title)
    return buffer.getvalue()


DRAWINGS = {"neighbourhood": draw_neighbourhood, "emblem": draw_emblem, "game_table": draw_game_table}
DOCUMENTS = {"handout": handout_pdf}
