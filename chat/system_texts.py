"""The texts the product itself writes into a chat, by code.

A robot's default reply, the assist's holding reply, the queue, transfer and
closing notices are stored with their code and parameters beside the text
(`Message.text_code`, `Message.text_params`), and every surface shows them in
its reader's language: pages and the API in the request's, a socket in its
own (`chat.consumers`), all through `chat.visibility.seen`. The stored `body`
keeps the text in the platform's default language (`LANGUAGE_CODE`), for
search, exports, screening context and the metrics.

The parameters are what people wrote (a store's name, agents' names) or
plain values (opening hours): they are put in as they are, never translated.
What a merchant wrote (quick phrases, FAQ answers, greetings) has no code:
it is user data and is shown as written.
"""

from django.conf import settings
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

TEXTS = {
    "robot.welcome": _(
        "您好，我是{store}的智能客服，请问有什么可以帮您？如需人工服务，请发送“转人工”。"
    ),
    "robot.fallback": _(
        "抱歉，我暂时没有理解您的问题。您可以换个说法，或发送“转人工”联系人工客服。"
    ),
    "robot.handoff": _("抱歉，这个问题我还回答不了，这就为您转接人工客服。"),
    "assist.holding": _("您好，客服正在忙，请稍候，我们会尽快回复您。"),
    "queue.waiting": _("正在为您转接人工客服，请稍候。"),
    "queue.no_agent": _(
        "当前没有客服在线。您可以直接留言，客服上线后会第一时间回复您。"
    ),
    "queue.out_of_hours": _(
        "现在不是本店的客服时间（每天 {opens}–{closes}）。"
        "您可以直接留言，客服上班后会第一时间回复您。"
    ),
    "session.closed": _("会话已结束。"),
    "session.idle_closed": _("由于长时间没有新消息，会话已自动结束。"),
    "session.transferred": _("会话已由 {old} 转接给 {new}。"),
}
# The parameters each text takes (every one is required).
PARAMS = {
    "robot.welcome": ("store",),
    "queue.out_of_hours": ("opens", "closes"),
    "session.transferred": ("old", "new"),
}
CODE_LENGTH = 32


def check_text(code: str, params: dict) -> None:
    """Raise ValueError unless `code` is a known text given exactly its
    parameters, each a string."""
    if code not in TEXTS:
        raise ValueError(f"unknown system text {code!r}")
    expected = set(PARAMS.get(code, ()))
    if set(params) != expected or not all(isinstance(v, str) for v in params.values()):
        raise ValueError(
            f"system text {code!r} takes string parameters {sorted(expected)}, "
            f"got {params!r}"
        )


def system_text(code: str, params: dict | None = None) -> str:
    """The text in the active language."""
    return str(TEXTS[code]).format(**(params or {}))


def stored_text(code: str, params: dict | None = None) -> str:
    """The text as stored in `Message.body`: in the platform's default language."""
    with override(settings.LANGUAGE_CODE):
        return system_text(code, params)


def readers_text(texts: dict[str, str], written: str, language: str = "") -> str:
    """A product text kept in every language (``{"en": …}``: a notice's, a
    ledger reason's) in its reader's: ``language``, else the active one;
    ``written`` (as stored) when it was not kept so."""
    return texts.get(language or get_language() or "", written)
