"""Image screening speed on one core: ``python bench/images.py [--pictures N]``.

Draws the ordinary photos of the picture set (``tests/data/image_set.jsonl``:
product photos, none small, all at most 2000 px) and times, per picture, in
the same run and on one CPU (the process is pinned to it and onnxruntime
gets one thread):

- the QR reader alone (``decode_qr_codes``: decode within the limits, zxing);
- the OCR alone (``OcrReader.recognise`` on the decoded pixels);
- the whole reading a chat image gets (``read_image``: decode, QR, OCR).

Each is printed as median and p95 of wall time, and the OCR and the whole
reading also as CPU time, which other work on a shared machine does not
inflate. Target: the
whole reading at p95 ≤ 1.5 s.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compliance.engine.image_limits import decode_bounded, open_bounded  # noqa: E402
from compliance.engine.image_set import load_spec, picture  # noqa: E402
from compliance.engine.images import decode_qr_codes, read_image  # noqa: E402
from compliance.engine.ocr import OcrReader  # noqa: E402

SPEC = Path(__file__).resolve().parents[1] / "tests/data/image_set.jsonl"


def summary(samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[math.ceil(len(samples) * 0.95) - 1]
    return f"median {statistics.median(samples):6.3f} s   p95 {p95:6.3f} s"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pictures", type=int, default=60)
    parser.add_argument("--cpu", type=int, default=0, help="the CPU to run on")
    args = parser.parse_args()
    os.sched_setaffinity(0, {args.cpu})
    photos = [
        entry
        for entry in load_spec(SPEC)
        if entry["kind"] == "product" and entry["variant"] != "small"
    ][: args.pictures]
    pictures = [(entry, picture(entry)) for entry in photos]
    reader = OcrReader(jobs=1, threads=1)
    read_image(pictures[0][1], reader)  # load the models
    qr, ocr, ocr_cpu, whole, whole_cpu = [], [], [], [], []
    for _entry, data in pictures:
        started = time.perf_counter()
        decode_qr_codes(data)
        qr.append(time.perf_counter() - started)

        pixels, scale = decode_bounded(open_bounded(data), "RGB")

        def recognise(pixels=pixels, scale=scale):
            cpu = time.process_time()
            started = time.perf_counter()
            reader.recognise(pixels, scale)
            return time.perf_counter() - started, time.process_time() - cpu

        wall, cpu = reader.run(recognise)
        ocr.append(wall)
        ocr_cpu.append(cpu)

        cpu = time.process_time()
        started = time.perf_counter()
        read_image(data, reader)
        whole.append(time.perf_counter() - started)
        whole_cpu.append(time.process_time() - cpu)
    sizes = sorted({f"{e['width']}x{e['height']}" for e, _ in pictures})
    print(
        f"pictures: {len(pictures)} product photos ({', '.join(sizes)}), CPU {args.cpu}"
    )
    print(f"QR reader (decode + zxing):   {summary(qr)}")
    print(f"OCR (PP-OCR, 1 thread):       {summary(ocr)}")
    print(f"  OCR CPU time:               {summary(ocr_cpu)}")
    print(f"whole reading (decode+QR+OCR): {summary(whole)}   target p95 1.5 s")
    print(f"  whole reading CPU time:     {summary(whole_cpu)}")
    reader.close()


if __name__ == "__main__":
    main()
