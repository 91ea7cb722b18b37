"""The one error type chat actions raise for refused requests, with stable codes."""

from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "bad_json": _("消息格式错误：不是有效的 JSON 文本。"),
    "bad_frame": _("消息字段缺失或类型错误。"),
    "unknown_type": _("未知的消息类型。"),
    "too_long": _("消息过长：最多 2000 个字。"),
    "empty": _("消息不能为空。"),
    "not_found": _("会话不存在。"),
    "forbidden": _("您没有权限执行此操作。"),
    "session_closed": _("会话已结束。"),
    "store_unavailable": _("该店铺客服暂不可用。"),
    "buyer_restricted": _("您的聊天功能因违规已被限制。"),
    "throttled": _("操作过于频繁，请稍后再试。"),
    "unavailable": _("服务暂时不可用，请稍后重试。"),
    "capacity_full": _("您的接待量已满，请先结束部分会话。"),
    "agent_unavailable": _("该客服不在线或接待量已满。"),
    "session_open": _("会话结束后才能评价。"),
    "rating_closed": _("评价期已过：会话结束后一段时间内才能评价或修改评价。"),
    "bad_image": _("图片无效：仅支持 5 MB 以内的 PNG、JPEG、WebP、GIF 图片。"),
    "login_required": _("请先登录。"),
    "client_msg_id_conflict": _("client_msg_id 已用于另一个会话的消息。"),
}


class ChatError(Exception):
    """A refused request: `code` is stable, `message` readable and translatable."""

    def __init__(self, code: str, message=None, *, session: int | None = None):
        self.code = code
        self.message = message if message is not None else MESSAGES[code]
        self.session = session
        super().__init__(code)

    def __str__(self):
        return f"{self.code}: {self.message}"
