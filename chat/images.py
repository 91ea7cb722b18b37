"""Chat image checks: by content with Pillow, bounded in bytes and pixels."""

import io
import warnings

from django.http import FileResponse
from django.utils.translation import gettext_lazy as _
from PIL import Image

from chat.actions.errors import ChatError

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 25_000_000
FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "gif"}


def _refuse(message):
    return ChatError("bad_image", message)


def validate_image(upload) -> tuple[bytes, str]:
    """(bytes, extension) of an acceptable image; ChatError(bad_image) otherwise.

    The file name and the browser's content type are ignored: only the bytes
    count. Dimensions are read from the header and checked before any pixel is
    decoded, so a small file claiming a huge canvas is refused cheaply."""
    if upload is None:
        raise ChatError("bad_frame", _("缺少图片文件 image。"))
    if upload.size > MAX_BYTES:
        raise _refuse(_("图片不能超过 5 MB。"))
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _refuse(_("图片不能超过 5 MB。"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            kind = image.format
            width, height = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse(_("图片像素过多。")) from None
    except Exception:
        raise _refuse(_("仅支持 PNG、JPEG、WebP、GIF 图片。")) from None
    if kind not in FORMATS:
        raise _refuse(_("仅支持 PNG、JPEG、WebP、GIF 图片。"))
    if width * height > MAX_PIXELS:
        raise _refuse(_("图片像素过多。"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
    except Exception:
        raise _refuse(_("图片已损坏或不完整。")) from None
    return data, FORMATS[kind]


def image_response(message) -> FileResponse:
    """The stored bytes of an image message whose reader was already checked."""
    response = FileResponse(message.image.open("rb"))
    response["Cache-Control"] = "private, max-age=86400"
    response["Content-Disposition"] = "inline"
    return response
