"""Text written in chat images: recognised with PP-OCR, in reading order.

The models are the PP-OCRv4 Chinese/English detection and recognition models
and the direction classifier that ``rapidocr-onnxruntime`` carries in its
wheel; they run on onnxruntime and nothing is downloaded at run time.

``OcrReader`` is a process's OCR:

- ``run(job, *args)`` runs an image job (decode, read QR codes, recognise)
  on one of ``jobs`` threads; jobs beyond them wait in a first-in first-out
  queue, holding only the bytes they were given, never decoded pixels. A
  job that has not started within ``wait`` seconds is dropped and raises
  ``OcrFailed("busy")``; ``arun`` is the same for an event loop, which it
  never blocks.
- ``recognise(pixels, scale)`` (called inside a job) finds the text lines
  and returns them in reading order, each with its box as four corners in
  the sender's pixels. Each job thread has its own recogniser with
  ``threads`` onnxruntime threads.

The detector looks at the picture with its longer side at ``DETECT_SIDE``
pixels (smaller pictures are enlarged up to twice first), which bounds the
time of an ordinary photo; the recogniser reads each line from the decoded
pixels at full resolution.

Any failure of the recogniser raises ``OcrFailed``: the caller holds the
image for review, it never delivers it unscreened.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

__all__ = ["OcrFailed", "OcrReader", "TextLine", "reading_order"]

logger = logging.getLogger(__name__)

DETECT_SIDE = 960
MAX_ENLARGE = 2.0
MIN_SCORE = 0.5  # a line the recogniser is less sure of is noise
JOBS = 2
THREADS = 1
WAIT_SECONDS = 60.0

Point = tuple[int, int]
Box = tuple[Point, Point, Point, Point]  # clockwise from the top left
T = TypeVar("T")


class OcrFailed(RuntimeError):
    """Text could not be read from the image: ``code`` is ``unavailable`` (the
    OCR cannot run in this process), ``failed`` (it raised) or ``busy`` (the
    image waited longer than the reader allows)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class TextLine:
    """One line of text in an image: what it says and where, in the sender's
    pixels. ``source`` is ``ocr`` for written text, ``qr`` for a QR code."""

    text: str
    box: Box
    score: float = 1.0
    source: str = "ocr"

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "box": [list(point) for point in self.box],
            "score": round(self.score, 3),
            "source": self.source,
        }


class OcrReader:
    def __init__(
        self,
        jobs: int = JOBS,
        threads: int = THREADS,
        wait: float = WAIT_SECONDS,
    ) -> None:
        self.jobs = max(1, jobs)
        self.threads = max(1, threads)
        self.wait = wait
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=self.jobs, thread_name_prefix="ocr"
        )
        self._local = threading.local()

    def __repr__(self) -> str:
        return f"OcrReader(jobs={self.jobs}, threads={self.threads}, wait={self.wait})"

    # Running jobs ---------------------------------------------------------------

    def run(self, job: Callable[..., T], *args) -> T:
        """`job(*args)` on an OCR thread, after the jobs queued before it."""
        future = self._submit(job, args)
        try:
            future.result(timeout=self.wait)
        except concurrent.futures.TimeoutError:
            if future.cancel():
                raise OcrFailed("busy", "too many images are waiting") from None
        return future.result()

    async def arun(self, job: Callable[..., T], *args) -> T:
        """`run` for an event loop: waits without blocking it."""
        future = self._submit(job, args)
        try:
            return await asyncio.wait_for(
                asyncio.shield(asyncio.wrap_future(future)), self.wait
            )
        except TimeoutError:
            if future.cancel():
                raise OcrFailed("busy", "too many images are waiting") from None
            return await asyncio.wrap_future(future)

    def _submit(self, job, args) -> concurrent.futures.Future:
        try:
            return self._pool.submit(job, *args)
        except RuntimeError as error:  # the pool was shut down
            raise OcrFailed("unavailable", str(error)) from error

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    # Recognising ----------------------------------------------------------------

    def recognise(self, pixels, scale: float = 1.0) -> list[TextLine]:
        """The text lines of decoded RGB `pixels` (a PIL image) in reading
        order, boxes divided by `scale` (see image_limits.decode_bounded)."""
        import numpy as np
        from PIL import Image

        engine = self._engine()
        enlarge = min(MAX_ENLARGE, DETECT_SIDE / max(pixels.size))
        if enlarge > 1:
            size = (round(pixels.size[0] * enlarge), round(pixels.size[1] * enlarge))
            pixels = pixels.resize(size, Image.BICUBIC)
        else:
            enlarge = 1.0
        array = np.asarray(pixels.convert("RGB"))[:, :, ::-1]  # the models read BGR
        try:
            found, _elapsed = engine(np.ascontiguousarray(array))
        except Exception as error:
            logger.exception("OCR failed on a %sx%s image", *pixels.size)
            raise OcrFailed("failed", f"OCR failed: {error}") from error
        lines = []
        for corners, text, score in found or ():
            text = str(text).strip()
            if not text or float(score) < MIN_SCORE:
                continue
            factor = scale * enlarge
            box = tuple((round(x / factor), round(y / factor)) for x, y in corners)
            lines.append(TextLine(text, box, float(score)))
        return reading_order(lines)

    def _engine(self):
        engine = getattr(self._local, "engine", None)
        if engine is None:
            engine = self._local.engine = new_engine(self.threads)
        return engine


def new_engine(threads: int):
    """A PP-OCR recogniser whose detector sees at most DETECT_SIDE pixels."""
    try:
        from rapidocr_onnxruntime import RapidOCR
        from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess
    except Exception as error:  # a missing wheel or a missing system library
        raise OcrFailed("unavailable", f"OCR cannot be loaded: {error}") from error
    try:
        engine = RapidOCR(
            intra_op_num_threads=threads,
            inter_op_num_threads=1,
            text_score=MIN_SCORE,
        )
    except Exception as error:
        raise OcrFailed(
            "unavailable", f"OCR models cannot be loaded: {error}"
        ) from error
    detector = engine.text_det
    # rapidocr 1.4 sizes the detector's input to 2000 px for large pictures
    # whatever its configuration says; at that size detection alone takes
    # 2-3 s on one core. PaddleOCR's own default is a longer side of 960.
    detector.get_preprocess = lambda _longer_side: DetPreProcess(
        DETECT_SIDE, "max", detector.mean, detector.std
    )
    return engine


def reading_order(lines: Sequence[TextLine]) -> list[TextLine]:
    """Lines top to bottom, and left to right within a row: a line joins the
    row whose vertical middle falls inside it (so a price beside a name, or a
    label and the number after it, read as one row)."""
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda line: (_middle_y(line), _left(line))):
        for row in rows:
            anchor = row[0]
            top, bottom = _top(anchor), _bottom(anchor)
            if top <= _middle_y(line) <= bottom or (
                _top(line) <= _middle_y(anchor) <= _bottom(line)
            ):
                row.append(line)
                break
        else:
            rows.append([line])
    rows.sort(key=lambda row: min(_middle_y(line) for line in row))
    return [line for row in rows for line in sorted(row, key=_left)]


def _top(line: TextLine) -> float:
    return min(y for _x, y in line.box)


def _bottom(line: TextLine) -> float:
    return max(y for _x, y in line.box)


def _left(line: TextLine) -> float:
    return min(x for x, _y in line.box)


def _middle_y(line: TextLine) -> float:
    return (_top(line) + _bottom(line)) / 2
