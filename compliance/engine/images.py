"""Chat images: the text written in them and their QR codes, screened as text.

``read_image(data, reader)`` opens the bytes within the limits of
``image_limits`` (a corrupt, huge or decompression-bomb image raises
``ImageRejected`` at once, before it waits for anything), then, as one job
of the process's ``OcrReader`` (a bounded number at once, the rest waiting
in order), decodes the pixels at most ``MAX_SIDE`` on a side, reads the QR
codes (zxing-cpp) and recognises the written text (``ocr.py``). The result
is an ``ImageReading``: the lines in reading order, written text first and
then each QR code, each with its box in the sender's pixels.

``screen_image(ruleset, data, sender, reader)`` screens the reading's text
(its lines joined by newlines, so that a number broken over two lines is
whole) with ``screen()``, the same engine and rules as typed text — and each
line alone too, keeping what only the line shows — and returns an ``ImageVerdict``: the verdict, the text it
screened and the lines with their boxes (the evidence stored with the
message), and for each finding the boxes of the words it matched.

Two rules are the image's own:

- a QR code is only ever sent to take the buyer somewhere else: one that is
  a payment code (``wxp://``, ``weixin://``, ``alipays://``,
  ``https://qr.alipay.com/``, UnionPay ``qr.95516.com``, or a text
  mentioning 收款/付款) is a ``payment`` violation, and every payment, link or
  contact finding in a QR code is blocked whoever sent it;
- a picture cannot be partly hidden: what the rules would mask is withheld,
  so a ``mask`` finding blocks the image.

``decode_qr_codes(data)`` reads only the QR codes' texts, without OCR;
``screen_files`` is the command line's ``--image``.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace

from .image_limits import (
    MAX_BYTES,
    MAX_PIXELS,
    MAX_SIDE,
    ImageRejected,
    decode_bounded,
    open_bounded,
)
from .ocr import OcrFailed, OcrReader, TextLine
from .ruleset import SEVERITY, RuleSet
from .screen import Verdict, Violation, screen

__all__ = [
    "MAX_BYTES",
    "MAX_PIXELS",
    "MAX_SIDE",
    "ImageReading",
    "ImageRejected",
    "ImageVerdict",
    "ImageViolation",
    "OcrFailed",
    "aread_image",
    "decode_qr_codes",
    "default_reader",
    "read_image",
    "screen_files",
    "screen_image",
    "screen_reading",
]

PAYMENT_CODE = re.compile(
    r"^(?:wxp://|weixin://|alipays?://|https?://qr\.alipay\.com/|"
    r"https?://qr\.95516\.com/|https?://payapp\.weixin\.qq\.com/)"
    r"|收款|付款码|转账",
    re.IGNORECASE,
)
ESCALATED = frozenset({"payment", "link", "contact"})
# What a character of a line is worth in width, to find a word inside its box.
NARROW_WIDTH = 0.55


@dataclass(frozen=True)
class ImageReading:
    """What an image says: its lines in reading order and its size."""

    width: int
    height: int
    lines: tuple[TextLine, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def to_dict(self) -> dict:
        return {
            "width": self.width,
            "height": self.height,
            "text": self.text,
            "lines": [line.to_dict() for line in self.lines],
        }


@dataclass(frozen=True, kw_only=True)
class ImageViolation(Violation):
    """A finding in an image: the boxes of the words it matched (one per line
    they cross) and whether they were written (``ocr``) or in a QR code."""

    source: str = "ocr"
    boxes: tuple = ()

    def to_dict(self) -> dict:
        data = super().to_dict()
        data["boxes"] = [[list(point) for point in box] for box in self.boxes]
        return data


@dataclass(frozen=True, kw_only=True)
class ImageVerdict(Verdict):
    """The verdict on an image's text; its spans index into ``reading.text``."""

    reading: ImageReading = field(default_factory=lambda: ImageReading(0, 0, ()))

    def to_dict(self) -> dict:
        return {**super().to_dict(), "reading": self.reading.to_dict()}


@functools.cache
def default_reader() -> OcrReader:
    """The process's reader with the default bounds (callers with settings make
    their own: compliance.screening)."""
    return OcrReader()


def decode_qr_codes(data: bytes) -> list[str]:
    pixels, scale = decode_bounded(open_bounded(data), "L")
    return [line.text for line in _qr_lines(pixels, scale)]


def read_image(data: bytes, reader: OcrReader | None = None) -> ImageReading:
    """The image's text and QR codes; ImageRejected for a bad image, OcrFailed
    when the text cannot be read."""
    image = open_bounded(data)
    reader = reader or default_reader()
    return reader.run(_read, image, reader)


async def aread_image(data: bytes, reader: OcrReader | None = None) -> ImageReading:
    """`read_image` for an event loop, which it never blocks."""
    image = open_bounded(data)
    reader = reader or default_reader()
    return await reader.arun(_read, image, reader)


def _read(image, reader: OcrReader) -> ImageReading:
    width, height = image.size
    pixels, scale = decode_bounded(image, "RGB")
    try:
        codes = _qr_lines(pixels.convert("L"), scale)
    except Exception as error:
        raise OcrFailed("failed", f"QR reading failed: {error}") from error
    written = [
        line
        for line in reader.recognise(pixels, scale)
        # A QR code's modules read as stray characters (口, 回): not text.
        if not any(_inside(_centre(line.box), code.box) for code in codes)
    ]
    return ImageReading(width, height, tuple(written + codes))


def _centre(box) -> tuple[float, float]:
    return (sum(x for x, _y in box) / 4, sum(y for _x, y in box) / 4)


def _inside(point, box) -> bool:
    xs = [x for x, _y in box]
    ys = [y for _x, y in box]
    return min(xs) <= point[0] <= max(xs) and min(ys) <= point[1] <= max(ys)


def _qr_lines(pixels, scale: float) -> list[TextLine]:
    import zxingcpp

    results = zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormat.QRCode)
    lines = []
    for result in results:
        if not result.text:
            continue
        position = result.position
        corners = (
            position.top_left,
            position.top_right,
            position.bottom_right,
            position.bottom_left,
        )
        box = tuple((round(p.x / scale), round(p.y / scale)) for p in corners)
        lines.append(TextLine(result.text, box, 1.0, "qr"))
    return lines


def screen_image(
    ruleset: RuleSet, data: bytes, sender: str, reader: OcrReader | None = None
) -> ImageVerdict:
    return screen_reading(ruleset, read_image(data, reader), sender)


def screen_reading(
    ruleset: RuleSet, reading: ImageReading, sender: str
) -> ImageVerdict:
    """The verdict on what an image says, each finding with its boxes."""
    text = reading.text
    verdict = screen(ruleset, text, sender)
    starts = _line_starts(reading.lines)
    found = list(verdict.violations)
    if len(reading.lines) > 1:
        for line, start in zip(reading.lines, starts, strict=True):
            found += _line_only(ruleset, line.text, start, sender, found)
    found.sort(key=lambda v: (v.start, v.end))
    violations = [_in_image(v, reading.lines, starts) for v in found]
    payment_rule = ruleset.rules.get("payment.qr_code")
    for line, start in zip(reading.lines, starts, strict=True):
        if line.source == "qr" and PAYMENT_CODE.search(line.text):
            violations.append(
                ImageViolation(
                    category="payment",
                    rule="payment.qr_code",
                    start=start,
                    end=start + len(line.text),
                    match=line.text,
                    action="block",
                    points=payment_rule.points if payment_rule else 3,
                    suggestion=payment_rule.suggestion
                    if payment_rule
                    else "请通过平台下单支付，勿发送收款码",
                    source="qr",
                    boxes=(line.box,),
                )
            )
    violations = [_image_action(v) for v in violations]
    action = max(
        (v.action for v in violations), key=SEVERITY.__getitem__, default="allow"
    )
    return ImageVerdict(
        action=action,
        violations=tuple(violations),
        masked_text=verdict.masked_text,
        version=verdict.version,
        **_verdict_extras(verdict),
        reading=reading,
    )


def _line_only(ruleset, text, start, sender, found) -> list[Violation]:
    """Findings in one line alone that the joined text hid: the engine drops
    line breaks, so an address on one line can run into the next one's words
    (``lily@gmail.com`` + ``www.shop.cn`` read as one odd address)."""
    extra = []
    for violation in screen(ruleset, text, sender).violations:
        shifted = replace(
            violation, start=violation.start + start, end=violation.end + start
        )
        if not any(
            other.category == shifted.category
            and other.start < shifted.end
            and shifted.start < other.end
            for other in found
        ):
            extra.append(shifted)
    return extra


def _verdict_extras(verdict: Verdict) -> dict:
    """Whatever else the engine's verdict carries (a learned stage's scores)."""
    base = {"action", "violations", "masked_text", "version", "reading"}
    return {
        f.name: getattr(verdict, f.name) for f in fields(verdict) if f.name not in base
    }


def _image_action(violation: ImageViolation) -> ImageViolation:
    if violation.source == "qr" and violation.category in ESCALATED:
        return replace(violation, action="block")
    if violation.action == "mask":
        return replace(violation, action="block")
    return violation


def _line_starts(lines: Sequence[TextLine]) -> list[int]:
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line.text) + 1
    return starts


def _in_image(
    violation: Violation, lines: Sequence[TextLine], starts: Sequence[int]
) -> ImageViolation:
    boxes, sources = [], set()
    for line, start in zip(lines, starts, strict=True):
        end = start + len(line.text)
        if violation.start < end and start < violation.end:
            lo = max(violation.start, start) - start
            hi = min(violation.end, end) - start
            boxes.append(word_box(line, lo, hi))
            sources.add(line.source)
    values = {f.name: getattr(violation, f.name) for f in fields(violation)}
    values.update(
        source="qr" if "qr" in sources else "ocr",
        boxes=tuple(boxes),
    )
    return ImageViolation(**values)


def word_box(line: TextLine, start: int, end: int):
    """The part of a line's box that holds its characters `start:end`: the box
    is cut along its length, a wide (CJK, full-width) character counting as
    one and a narrow one as NARROW_WIDTH."""
    if line.source == "qr" or (start <= 0 and end >= len(line.text)):
        return line.box
    widths = [_width(char) for char in line.text]
    total = sum(widths) or 1.0
    lo = sum(widths[:start]) / total
    hi = sum(widths[:end]) / total
    top_left, top_right, bottom_right, bottom_left = line.box

    def along(a, b, t):
        return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t))

    return (
        along(top_left, top_right, lo),
        along(top_left, top_right, hi),
        along(bottom_left, bottom_right, hi),
        along(bottom_left, bottom_right, lo),
    )


def _width(char: str) -> float:
    return 1.0 if unicodedata.east_asian_width(char) in ("W", "F") else NARROW_WIDTH


def screen_files(
    ruleset: RuleSet, paths: Sequence[str], sender: str, out, reader=None
) -> int:
    """The ``screen --image`` contract: one JSON line per file, in order, with
    the recognised text, its lines and boxes, and the verdict (or an
    ``error``); returns the number of files that could not be screened."""
    errors = 0
    for path in paths:
        record: dict = {"file": str(path)}
        try:
            with open(path, "rb") as source:
                data = source.read(MAX_BYTES + 1)
            verdict = screen_image(ruleset, data, sender, reader)
        except OSError as error:
            record["error"] = f"cannot read: {error.strerror}"
        except (ImageRejected, OcrFailed) as error:
            record["error"] = f"{error.code}: {error.message}"
        else:
            reading = verdict.reading
            record.update(
                text=reading.text,
                action=verdict.action,
                violations=[v.to_dict() for v in verdict.violations],
                width=reading.width,
                height=reading.height,
                lines=[line.to_dict() for line in reading.lines],
            )
        errors += "error" in record
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return errors
