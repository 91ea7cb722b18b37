import io
from collections import Counter
from pathlib import Path

from PIL import Image

from compliance.engine.image_set import draw, load_spec, picture

SPEC = Path(__file__).resolve().parents[2] / "data" / "image_set.jsonl"


def test_the_picture_set_is_mostly_acceptable_product_photos_and_every_kind():
    entries = load_spec(SPEC)
    kinds = Counter((e["kind"], bool(e["expect"])) for e in entries)
    assert len(entries) >= 200
    assert kinds[("product", False)] >= len(entries) / 2
    assert {kind for kind, with_contact in kinds if with_contact} == {
        "product",
        "screenshot",
        "card",
        "slip",
    }
    variants = Counter(e["variant"] for e in entries)
    assert set(variants) == {"plain", "busy", "rotated", "small", "low_contrast"}
    assert len({e["id"] for e in entries}) == len(entries)


def test_a_picture_is_drawn_the_same_every_time_at_its_size(tmp_path):
    entry = next(e for e in load_spec(SPEC) if e["variant"] == "small")
    first = draw(entry)
    assert draw(entry) == first
    assert Image.open(io.BytesIO(first)).size == (entry["width"], entry["height"])
    assert picture(entry, tmp_path) == first
    assert len(list(tmp_path.iterdir())) == 1
