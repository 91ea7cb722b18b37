"""How much of an image the screening engine will decode, and decoding within it.

Every reader of chat images (the QR reader, the OCR) opens bytes through
``open_bounded`` and decodes pixels through ``decode_bounded``, so the limits
live here once:

- over ``MAX_BYTES`` bytes: refused before Pillow sees them;
- the dimensions are read from the header, and an image over ``MAX_PIXELS``
  is refused before any pixel is decoded (a small PNG that claims
  100000×100000 pixels is rejected at once, as is anything Pillow itself
  calls a decompression bomb);
- an image larger than ``MAX_SIDE`` on a side is scaled down to it while
  decoding (a JPEG through its draft mode), which bounds the readers' time
  and memory; the scale is returned so that boxes found in the smaller
  picture can be given back in the sender's pixels.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image

__all__ = [
    "MAX_BYTES",
    "MAX_PIXELS",
    "MAX_SIDE",
    "ImageRejected",
    "decode_bounded",
    "open_bounded",
]

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_SIDE = 2000


class ImageRejected(ValueError):
    """The image could not be screened; ``code`` is stable for callers."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def open_bounded(data: bytes) -> Image.Image:
    """The image's header, checked against the limits; no pixel decoded yet."""
    if len(data) > MAX_BYTES:
        raise ImageRejected("too_large", f"image is over {MAX_BYTES} bytes")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRejected("too_large", "image has too many pixels") from None
    except Exception:
        raise ImageRejected("not_an_image", "data is not a readable image") from None
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise ImageRejected(
            "too_large", f"image is {width}x{height}, over {MAX_PIXELS} pixels"
        )
    return image


def decode_bounded(image: Image.Image, mode: str = "RGB") -> tuple[Image.Image, float]:
    """(pixels in `mode` at most MAX_SIDE on a side, scale from the original):
    a box found at ``(x, y)`` in the pixels is at ``(x / scale, y / scale)`` in
    the sender's image."""
    width = image.size[0]
    try:
        if max(image.size) > MAX_SIDE:
            image.draft(mode, (MAX_SIDE, MAX_SIDE))
            pixels = _flattened(image, mode)
            pixels.thumbnail((MAX_SIDE, MAX_SIDE))
        else:
            pixels = _flattened(image, mode)
    except Exception:
        raise ImageRejected("not_an_image", "image data is corrupt") from None
    return pixels, pixels.size[0] / width


def _flattened(image: Image.Image, mode: str) -> Image.Image:
    """`image` in `mode`; transparent parts read as white, as a chat shows them
    (text drawn on a transparent background would otherwise read as black on
    black)."""
    if image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    ):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert(mode)
    return image.convert(mode)
