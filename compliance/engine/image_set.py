"""The project's picture set: drawing each picture of its spec, and its figures.

The spec (``tests/data/image_set.jsonl``, written by
``tests/compliance/engine/build_image_set.py``) holds each picture as data:
kind, size, difficulty, lines of text with a role, and the categories its
text breaks. ``draw(entry)`` paints it — deterministically, from a seed made
of its id — with the Noto CJK fonts of Debian's ``fonts-noto-cjk``: busy
product photos (gradients, shapes, noise), chat screenshots, business
cards and packing slips with handwritten notes; rotated, small or
low-contrast when the spec says so. The JPEGs are kept in a cache
directory (``CSC_IMAGE_SET_CACHE``, default ``~/.cache/csc/image-set``),
not in the repository: 300 pictures are some 30 MB.

``evaluate(ruleset, entries, reader)`` screens every picture as an agent's
and counts, per kind: pictures with contact details found (recall: a
finding of an expected category) and acceptable pictures flagged (any
finding), with the OCR time of each.
"""

from __future__ import annotations

import colorsys
import functools
import io
import json
import math
import os
import random
import statistics
import time
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .images import read_image, screen_reading
from .ocr import OcrReader

__all__ = ["cache_dir", "draw", "evaluate", "load_spec", "picture"]

FONT_DIR = Path("/usr/share/fonts/opentype/noto")
FONT_FILES = {
    "sans": "NotoSansCJK-Regular.ttc",
    "sans-bold": "NotoSansCJK-Bold.ttc",
    "serif": "NotoSerifCJK-Regular.ttc",
    "serif-bold": "NotoSerifCJK-Bold.ttc",
}
JPEG_QUALITY = 82


def load_spec(path) -> list[dict]:
    with open(path, encoding="utf-8") as source:
        return [json.loads(line) for line in source if line.strip()]


def cache_dir() -> Path:
    configured = os.environ.get("CSC_IMAGE_SET_CACHE")
    return Path(configured) if configured else Path.home() / ".cache/csc/image-set"


def picture(entry: dict, cache: Path | None = None) -> bytes:
    """The entry's JPEG, drawn once into the cache (keyed by its spec)."""
    cache = cache or cache_dir()
    key = zlib.crc32(json.dumps(entry, sort_keys=True).encode())
    path = cache / f"{entry['id']}-{key:08x}.jpg"
    if path.exists():
        return path.read_bytes()
    data = draw(entry)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


@functools.cache
def font(style: str, size: int) -> ImageFont.FreeTypeFont:
    path = FONT_DIR / FONT_FILES[style]
    if not path.exists():
        raise FileNotFoundError(
            f"{path} is missing: install Debian's fonts-noto-cjk (make system-deps)"
        )
    for index in range(10):  # the Simplified Chinese face of the collection
        face = ImageFont.truetype(str(path), size, index=index)
        if face.getname()[0].endswith(" SC"):
            return face
    return ImageFont.truetype(str(path), size)


def draw(entry: dict) -> bytes:
    rng = random.Random(entry["id"])
    painter = {
        "product": _product,
        "screenshot": _screenshot,
        "card": _card,
        "slip": _slip,
    }[entry["kind"]]
    image = painter(entry, rng)
    if entry.get("variant") == "rotated":
        image = image.rotate(
            entry["angle"],
            resample=Image.BICUBIC,
            expand=True,
            fillcolor=_random_colour(rng, light=True),
        )
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


# Colours and backgrounds -------------------------------------------------------


def _random_colour(rng, light=None) -> tuple[int, int, int]:
    lightness = rng.uniform(0.75, 0.95) if light else rng.uniform(0.1, 0.9)
    if light is False:
        lightness = rng.uniform(0.08, 0.3)
    red, green, blue = colorsys.hls_to_rgb(
        rng.random(), lightness, rng.uniform(0.2, 0.8)
    )
    return (int(red * 255), int(green * 255), int(blue * 255))


def _luminance(colour) -> float:
    red, green, blue = colour[:3]
    return 0.299 * red + 0.587 * green + 0.114 * blue


def _ink(rng, background, low_contrast: bool) -> tuple[int, int, int]:
    """Text colour for a background: dark on light, light on dark; close to it
    when the picture is low-contrast."""
    light = _luminance(background) > 128
    if low_contrast:
        step = rng.randint(45, 70) * (-1 if light else 1)
        return tuple(max(0, min(255, channel + step)) for channel in background[:3])
    if light:
        return rng.choice([(20, 20, 20), (40, 30, 90), (150, 20, 20), (10, 70, 40)])
    return rng.choice([(255, 255, 255), (250, 230, 120), (230, 240, 255)])


def _gradient(size, top, bottom) -> Image.Image:
    width, height = size
    column = Image.new("RGB", (1, height))
    for y in range(height):
        t = y / max(1, height - 1)
        column.putpixel(
            (0, y),
            tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    return column.resize(size)


def _busy(image: Image.Image, rng, count: int) -> None:
    canvas = ImageDraw.Draw(image, "RGBA")
    width, height = image.size
    for _ in range(count):
        x, y = rng.randrange(width), rng.randrange(height)
        w, h = (
            rng.randrange(width // 20 + 5, width // 3),
            rng.randrange(height // 20 + 5, height // 3),
        )
        colour = (*_random_colour(rng), rng.randint(60, 200))
        shape = rng.randrange(3)
        if shape == 0:
            canvas.ellipse((x, y, x + w, y + h), fill=colour)
        elif shape == 1:
            canvas.rectangle((x, y, x + w, y + h), fill=colour)
        else:
            canvas.line((x, y, x + w, y + h), fill=colour, width=rng.randint(2, 12))


def _noise(image: Image.Image, rng, amount: float) -> Image.Image:
    noise = Image.effect_noise(image.size, rng.uniform(20, 60)).convert("RGB")
    return Image.blend(image, noise, amount)


def _fit(text: str, style: str, size: int, width: int) -> ImageFont.FreeTypeFont:
    face = font(style, size)
    while size > 10 and face.getlength(text) > width:
        size = int(size * 0.9)
        face = font(style, size)
    return face


# Kinds --------------------------------------------------------------------------


def _product(entry, rng) -> Image.Image:
    size = (entry["width"], entry["height"])
    width, height = size
    variant = entry.get("variant")
    top = _random_colour(rng, light=rng.random() < 0.6)
    image = _gradient(size, top, _random_colour(rng))
    shade = ImageDraw.Draw(image, "RGBA")
    # The product: a lit rounded block in the middle.
    box = (width * 0.25, height * 0.2, width * 0.75, height * 0.85)
    shade.rounded_rectangle(box, radius=width // 12, fill=(*_random_colour(rng), 230))
    shade.ellipse(
        (width * 0.32, height * 0.28, width * 0.5, height * 0.45),
        fill=(255, 255, 255, 70),
    )
    if variant == "busy":
        _busy(image, rng, 40)
        image = _noise(image, rng, 0.12)
    elif rng.random() < 0.5:
        _busy(image, rng, 8)
    canvas = ImageDraw.Draw(image, "RGBA")
    low = variant == "low_contrast"
    unit = min(width, height)
    y = height * rng.uniform(0.04, 0.1)
    left = width * rng.uniform(0.04, 0.1)
    for line in entry["lines"]:
        role = line["role"]
        text = line["text"]
        if role == "title":
            face = _fit(text, "sans-bold", max(14, unit // 11), int(width * 0.9))
        elif role == "corner":
            face = _fit(text, "sans", max(12, unit // 26), int(width * 0.6))
        elif role == "stamp":
            face = _fit(text, "sans-bold", max(14, unit // 14), int(width * 0.8))
        else:
            face = _fit(
                text,
                rng.choice(["sans", "serif"]),
                max(12, unit // 22),
                int(width * 0.85),
            )
        text_width = face.getlength(text)
        text_height = face.size * 1.25
        if role == "corner":
            x = rng.choice([width * 0.03, width * 0.97 - text_width])
            spot = rng.choice([height * 0.03, height * 0.95 - text_height])
            background = image.getpixel((int(x), int(min(spot, height - 1))))
            if rng.random() < 0.5:
                pad = face.size * 0.3
                plate = (255, 255, 255, 170) if not low else (*background, 200)
                canvas.rectangle(
                    (x - pad, spot - pad, x + text_width + pad, spot + text_height),
                    fill=plate,
                )
                background = (255, 255, 255) if not low else background
            canvas.text((x, spot), text, font=face, fill=_ink(rng, background, low))
            continue
        if role == "stamp":
            layer = Image.new("RGBA", (int(text_width) + 20, int(text_height) + 20))
            ImageDraw.Draw(layer).text(
                (10, 10), text, font=face, fill=(255, 255, 255, 150 if not low else 90)
            )
            layer = layer.rotate(rng.choice([-20, -12, 12, 20]), expand=True)
            image.paste(
                layer,
                (int(width / 2 - layer.width / 2), int(height / 2 - layer.height / 2)),
                layer,
            )
            canvas = ImageDraw.Draw(image, "RGBA")
            continue
        x = left if rng.random() < 0.7 else max(5, width - text_width - left)
        if y + text_height > height * 0.97:
            y = height * rng.uniform(0.05, 0.5)
        background = image.getpixel((int(min(x + 2, width - 1)), int(y)))
        canvas.text((x, y), text, font=face, fill=_ink(rng, background, low))
        y += text_height * rng.uniform(1.05, 1.6)
    return image


def _screenshot(entry, rng) -> Image.Image:
    width, height = entry["width"], entry["height"]
    low = entry.get("variant") == "low_contrast"
    dark = rng.random() < 0.2
    background = (30, 30, 30) if dark else (237, 237, 237)
    image = Image.new("RGB", (width, height), background)
    canvas = ImageDraw.Draw(image)
    unit = width
    bar = int(height * 0.06)
    canvas.rectangle((0, 0, width, bar), fill=(20, 20, 20) if dark else (247, 247, 247))
    status = font("sans", max(10, unit // 30))
    ink = (220, 220, 220) if dark else (20, 20, 20)
    canvas.text((width * 0.04, bar * 0.15), "9:41", font=status, fill=ink)
    canvas.text((width * 0.8, bar * 0.15), "5G 87%", font=status, fill=ink)
    y = bar * 1.4
    body = max(12, unit // 24)
    for number, line in enumerate(entry["lines"]):
        text = line["text"]
        if line["role"] == "header":
            face = font("sans-bold", max(12, unit // 20))
            canvas.text(
                ((width - face.getlength(text)) / 2, bar * 1.1),
                text,
                font=face,
                fill=ink,
            )
            y = bar * 2.4
            continue
        face = _fit(text, "sans", body, int(width * 0.62))
        mine = number % 2 == 0
        text_width = face.getlength(text)
        pad = face.size * 0.6
        left = width * 0.2 if not mine else width * 0.93 - text_width - 2 * pad
        if mine:
            left = max(width * 0.05, left)
        fill = (149, 236, 105) if mine else ((60, 60, 60) if dark else (255, 255, 255))
        if low:
            fill = tuple(max(0, c - 10) for c in background)
        canvas.rounded_rectangle(
            (left, y, left + text_width + 2 * pad, y + face.size + 2 * pad),
            radius=face.size // 3,
            fill=fill,
        )
        canvas.ellipse(
            (
                width * 0.04 if not mine else width * 0.95,
                y,
                width * 0.04 + face.size * 1.8
                if not mine
                else width * 0.95 + face.size,
                y + face.size * 1.8,
            ),
            fill=_random_colour(rng),
        )
        canvas.text(
            (left + pad, y + pad * 0.8), text, font=face, fill=_ink(rng, fill, low)
        )
        y += face.size + 2 * pad + height * 0.03
    if entry.get("variant") == "busy":
        image = _noise(image, rng, 0.1)
    return image


def _card(entry, rng) -> Image.Image:
    width, height = entry["width"], entry["height"]
    variant = entry.get("variant")
    paper = rng.choice([(255, 255, 255), (250, 246, 236), (28, 42, 74), (120, 20, 30)])
    image = Image.new("RGB", (width, height), paper)
    if variant == "busy":
        image = _gradient((width, height), paper, _random_colour(rng))
        _busy(image, rng, 25)
    canvas = ImageDraw.Draw(image)
    canvas.ellipse(
        (width * 0.78, height * 0.1, width * 0.92, height * 0.1 + width * 0.14),
        fill=_random_colour(rng),
    )
    low = variant == "low_contrast"
    y = height * 0.12
    for line in entry["lines"]:
        text = line["text"]
        title = line["role"] == "title"
        face = _fit(
            text,
            "serif-bold" if title else rng.choice(["sans", "serif"]),
            max(12, height // (9 if title else 16)),
            int(width * 0.7),
        )
        background = image.getpixel((int(width * 0.08), int(min(y, height - 1))))
        canvas.text((width * 0.08, y), text, font=face, fill=_ink(rng, background, low))
        y += face.size * (1.6 if title else 1.35)
    return _noise(image, rng, 0.05)


def _slip(entry, rng) -> Image.Image:
    width, height = entry["width"], entry["height"]
    variant = entry.get("variant")
    image = Image.new("RGB", (width, height), (252, 252, 248))
    canvas = ImageDraw.Draw(image)
    low = variant == "low_contrast"
    ink = (150, 150, 150) if low else (25, 25, 25)
    y = height * 0.06
    unit = min(width, height)
    for line in entry["lines"]:
        text = line["text"]
        role = line["role"]
        if role == "hand":
            face = _fit(text, "serif", max(14, unit // 18), int(width * 0.8))
            layer = Image.new(
                "RGBA", (int(face.getlength(text)) + 30, int(face.size * 1.6))
            )
            blue = (40, 60, 170, 150 if low else 235)
            ImageDraw.Draw(layer).text((15, 5), text, font=face, fill=blue)
            layer = layer.filter(ImageFilter.GaussianBlur(0.6))
            layer = layer.rotate(
                rng.uniform(-8, 8), expand=True, resample=Image.BICUBIC
            )
            spot = (
                int(width * rng.uniform(0.05, 0.3)),
                int(height * rng.uniform(0.7, 0.85)),
            )
            image.paste(layer, spot, layer)
            canvas = ImageDraw.Draw(image)
            continue
        title = role == "title"
        face = _fit(
            text,
            "sans-bold" if title else "sans",
            max(12, unit // (12 if title else 26)),
            int(width * 0.85),
        )
        canvas.text((width * 0.07, y), text, font=face, fill=ink)
        y += face.size * 1.5
        canvas.line(
            (width * 0.06, y - face.size * 0.2, width * 0.94, y - face.size * 0.2),
            fill=(190, 190, 190),
            width=max(1, unit // 400),
        )
    if variant == "busy":
        _busy(image, rng, 15)
    return _noise(image, rng, 0.06)


# Figures ---------------------------------------------------------------------------


def evaluate(ruleset, entries, reader: OcrReader, cache: Path | None = None) -> dict:
    """Recall and false positives per kind, screening each picture as an agent's."""
    kinds: dict[str, dict] = {}
    misses, false_positives, timings = [], [], []
    for entry in entries:
        data = picture(entry, cache)
        started = time.perf_counter()
        reading = read_image(data, reader)
        timings.append(time.perf_counter() - started)
        verdict = screen_reading(ruleset, reading, "agent")
        found = {v.category for v in verdict.violations}
        row = kinds.setdefault(
            entry["kind"],
            {"pictures": 0, "with_contact": 0, "found": 0, "benign": 0, "flagged": 0},
        )
        row["pictures"] += 1
        if entry["expect"]:
            row["with_contact"] += 1
            if found & set(entry["expect"]):
                row["found"] += 1
            else:
                misses.append(_mistake(entry, reading, verdict))
        else:
            row["benign"] += 1
            if found:
                row["flagged"] += 1
                false_positives.append(_mistake(entry, reading, verdict))
    total = {
        key: sum(row[key] for row in kinds.values())
        for key in ("pictures", "with_contact", "found", "benign", "flagged")
    }
    for row in [*kinds.values(), total]:
        row["recall"] = _ratio(row["found"], row["with_contact"])
        row["false_positive_rate"] = _ratio(row["flagged"], row["benign"])
    timings.sort()
    return {
        "version": ruleset.version,
        "kinds": kinds,
        "overall": total,
        "ocr_seconds": {
            "median": round(statistics.median(timings), 3) if timings else 0.0,
            "p95": round(timings[math.ceil(len(timings) * 0.95) - 1], 3)
            if timings
            else 0.0,
        },
        "misses": misses,
        "false_positives": false_positives,
    }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _mistake(entry, reading, verdict) -> dict:
    return {
        "id": entry["id"],
        "variant": entry.get("variant"),
        "written": [line["text"] for line in entry["lines"]],
        "read": reading.text,
        "found": [(v.rule, v.match) for v in verdict.violations],
    }
