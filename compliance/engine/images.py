"""QR codes in chat images: decoded, then screened as text.

``decode_qr_codes(data)`` is bounded before any pixel is decoded: the byte size
is capped, the dimensions are read from the header and images over
``MAX_PIXELS`` are refused (so a small PNG that claims 100000×100000 pixels is
rejected at once), and images larger than ``MAX_SIDE`` on a side are
downscaled before zxing-cpp reads them, which bounds its time.

``screen_image(ruleset, data, sender)`` screens the decoded texts joined by a
newline; the verdict's spans and ``masked_text`` index into that joined QR
text.  A QR that is a payment code (``wxp://``, ``weixin://``,
``alipays://``, ``https://qr.alipay.com/``, UnionPay ``qr.95516.com``, or a
text mentioning 收款/付款) is a ``payment`` violation, and every payment,
link or contact violation found in a QR code is blocked whoever sent it: a
code is only ever sent to take the buyer somewhere else.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import replace

from .ruleset import SEVERITY, RuleSet
from .screen import Verdict, Violation, screen

__all__ = ["ImageRejected", "decode_qr_codes", "screen_image"]

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_SIDE = 2000
PAYMENT_CODE = re.compile(
    r"^(?:wxp://|weixin://|alipays?://|https?://qr\.alipay\.com/|"
    r"https?://qr\.95516\.com/|https?://payapp\.weixin\.qq\.com/)"
    r"|收款|付款码|转账",
    re.IGNORECASE,
)
ESCALATED = frozenset({"payment", "link", "contact"})


class ImageRejected(ValueError):
    """The image could not be screened; ``code`` is stable for callers."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def decode_qr_codes(data: bytes) -> list[str]:
    import zxingcpp
    from PIL import Image

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
    try:
        if max(width, height) > MAX_SIDE:
            image.draft("L", (MAX_SIDE, MAX_SIDE))
            image = image.convert("L")
            image.thumbnail((MAX_SIDE, MAX_SIDE))
        else:
            image = image.convert("L")
    except Exception:
        raise ImageRejected("not_an_image", "image data is corrupt") from None
    results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [result.text for result in results if result.text]


def screen_image(ruleset: RuleSet, data: bytes, sender: str) -> Verdict:
    texts = decode_qr_codes(data)
    joined = "\n".join(texts)
    verdict = screen(ruleset, joined, sender)
    violations = list(verdict.violations)
    offset = 0
    payment_rule = ruleset.rules.get("payment.qr_code")
    for text in texts:
        if PAYMENT_CODE.search(text):
            violations.append(
                Violation(
                    category="payment",
                    rule="payment.qr_code",
                    start=offset,
                    end=offset + len(text),
                    match=text,
                    action="block",
                    points=payment_rule.points if payment_rule else 3,
                    suggestion=payment_rule.suggestion
                    if payment_rule
                    else "请通过平台下单支付，勿发送收款码",
                )
            )
        offset += len(text) + 1
    violations = [
        replace(v, action="block") if v.category in ESCALATED else v for v in violations
    ]
    action = max(
        (v.action for v in violations), key=SEVERITY.__getitem__, default="allow"
    )
    return Verdict(action, tuple(violations), verdict.masked_text, verdict.version)
