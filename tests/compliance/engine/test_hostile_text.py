"""Any text gets a verdict or a clear error, with the learned stage in place."""

import pytest

from compliance.engine import screen
from compliance.startup import require_screening_model


@pytest.mark.parametrize(
    "text",
    [
        "加我薇信" * 25_000,  # 100 KB
        "\ud800\udfff加我\ud83d微信",  # lone surrogates
        "\x00\x07\x1b[31m加我微信\x7f",  # control characters
        "".join(chr(c) for c in range(0x20, 0x3000, 7)),  # every script, sampled
        "🙏" * 500,  # nothing the model reads
        "",
    ],
)
def test_any_text_gets_a_verdict(screening, text):
    verdict = screen(screening, text, "agent", [("buyer", text[:100])])
    assert verdict.action in ("allow", "flag", "mask", "block")
    for violation in verdict.violations:
        assert text[violation.start : violation.end] == violation.match


def test_an_unknown_sender_is_a_clear_error(screening):
    with pytest.raises(ValueError, match="sender must be one of buyer, agent"):
        screen(screening, "你好", "robot")


def test_start_up_stops_naming_a_missing_model_file(monkeypatch, tmp_path):
    import compliance.engine as engine

    monkeypatch.setattr(engine, "DEFAULT_MODEL", tmp_path / "screening-model.gz")
    engine.default_model.cache_clear()
    try:
        with pytest.raises(SystemExit, match="screening-model.gz: cannot read"):
            require_screening_model()
        (tmp_path / "screening-model.gz").write_bytes(b"\x1f\x8bnot gzip")
        engine.default_model.cache_clear()
        with pytest.raises(SystemExit, match="not a readable screening model"):
            require_screening_model()
    finally:
        engine.default_model.cache_clear()
