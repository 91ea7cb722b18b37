import asyncio
import threading
import time

import pytest
from PIL import Image

from compliance.engine import ocr
from compliance.engine.ocr import OcrFailed, OcrReader, TextLine, reading_order


def line(text, left, top, right, bottom):
    return TextLine(text, ((left, top), (right, top), (right, bottom), (left, bottom)))


def test_lines_read_top_to_bottom_and_left_to_right_within_a_row():
    lines = [
        line("5678", 300, 205, 400, 235),
        line("价格 89元", 10, 100, 200, 130),
        line("电话 138 1234", 10, 200, 280, 240),
        line("纯棉T恤", 10, 10, 150, 40),
    ]
    assert [x.text for x in reading_order(lines)] == [
        "纯棉T恤",
        "价格 89元",
        "电话 138 1234",
        "5678",
    ]


def test_jobs_beyond_the_bound_wait_and_run_in_order():
    reader = OcrReader(jobs=1, wait=10)
    started, running, most = [], [0], [0]
    lock = threading.Lock()

    def job(number):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            started.append(number)
        time.sleep(0.02)
        with lock:
            running[0] -= 1
        return number

    gate = threading.Event()
    first = threading.Thread(target=reader.run, args=(lambda: gate.wait(5),))
    first.start()
    time.sleep(0.05)
    threads = []
    for number in range(5):
        thread = threading.Thread(target=reader.run, args=(job, number))
        thread.start()
        threads.append(thread)
        time.sleep(0.01)  # queued in this order
    gate.set()
    for thread in [first, *threads]:
        thread.join(5)
    assert started == [0, 1, 2, 3, 4]
    assert most[0] == 1
    reader.close()


def test_an_image_that_waits_too_long_is_refused_as_busy():
    reader = OcrReader(jobs=1, wait=0.2)
    gate = threading.Event()
    blocker = threading.Thread(target=reader.run, args=(lambda: gate.wait(5),))
    blocker.start()
    time.sleep(0.05)
    ran = []
    with pytest.raises(OcrFailed) as error:
        reader.run(ran.append, "late")
    gate.set()
    blocker.join(5)
    reader.run(lambda: None)  # the queue has moved on
    assert error.value.code == "busy"
    assert ran == []
    reader.close()


async def test_arun_waits_without_blocking_the_event_loop():
    reader = OcrReader(jobs=1, wait=5)
    ticks = []

    async def tick():
        for _ in range(5):
            ticks.append(time.monotonic())
            await asyncio.sleep(0.01)

    result, _ = await asyncio.gather(reader.arun(time.sleep, 0.2), tick())
    assert result is None
    assert len(ticks) == 5
    assert ticks[-1] - ticks[0] < 0.15
    reader.close()


def test_a_failing_recogniser_raises_ocr_failed(monkeypatch):
    def broken(image):
        raise RuntimeError("onnxruntime: bad allocation")

    monkeypatch.setattr(ocr, "new_engine", lambda threads: broken)
    reader = OcrReader(jobs=1)
    with pytest.raises(OcrFailed) as error:
        reader.run(reader.recognise, Image.new("RGB", (64, 64), "white"))
    assert error.value.code == "failed"
    assert "bad allocation" in error.value.message
    reader.close()


def test_ocr_that_cannot_load_raises_unavailable(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_rapidocr(name, *args, **kwargs):
        if name.startswith("rapidocr_onnxruntime"):
            raise ImportError("libGL.so.1: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_rapidocr)
    with pytest.raises(OcrFailed) as error:
        ocr.new_engine(1)
    assert error.value.code == "unavailable"
    assert "libGL.so.1" in error.value.message


def test_the_detector_sees_at_most_960_pixels_of_a_large_picture():
    engine = ocr.new_engine(1)
    assert engine.text_det.get_preprocess(2000).limit_side_len == 960
    assert engine.text_det.get_preprocess(2000).limit_type == "max"
