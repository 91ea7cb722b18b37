"""The chat send path's entry to the screening engine (stub: the lead swaps in the real engine)."""

from dataclasses import dataclass, field

__all__ = [
    "ImageRejected",
    "ScreeningResult",
    "screen_chat_image",
    "screen_chat_message",
]


class ImageRejected(ValueError):
    """The image could not be screened; ``code`` is stable for callers."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class ScreeningResult:
    action: str
    violations: list[dict] = field(default_factory=list)
    masked_text: str = ""
    version: str = ""


def screen_chat_message(*, session, sender_kind: str, text: str) -> ScreeningResult:
    """Placeholder until merge: the lead replaces this body with the real engine."""
    return ScreeningResult(action="allow", masked_text=text, version="")


def screen_chat_image(*, session, sender_kind: str, data: bytes) -> ScreeningResult:
    """Placeholder until merge: the lead replaces this body with the real engine."""
    return ScreeningResult(action="allow", version="")
