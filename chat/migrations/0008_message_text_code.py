"""Product-written chat texts get a code and parameters (chat.system_texts).

The messages stored before carry only their text, in Chinese (or in English,
when written under an English request before texts were always stored in the
default language): the ones whose sender is the system, the robot or the
assist and whose text is one of the product's own are recognised here and
given their code and parameters. The texts are copied, frozen, as they were
written up to this migration; what matches none of them (a store's greeting,
an FAQ answer) is what people wrote and stays without a code.
"""

import re

from django.db import migrations, models

TEXTS = {
    "robot.welcome": [
        "您好，我是{store}的智能客服，请问有什么可以帮您？如需人工服务，请发送“转人工”。",
        "Hello, I am {store}'s virtual assistant. How can I help? To talk to a "
        "person, send “转人工”.",
    ],
    "robot.fallback": [
        "抱歉，我暂时没有理解您的问题。您可以换个说法，或发送“转人工”联系人工客服。",
        "Sorry, I didn't understand. Try rephrasing, or send “转人工” to reach an "
        "agent.",
    ],
    "assist.holding": [
        "您好，客服正在忙，请稍候，我们会尽快回复您。",
        "Hello, our agents are busy right now; please wait a moment and we will "
        "reply as soon as we can.",
    ],
    "queue.waiting": [
        "正在为您转接人工客服，请稍候。",
        "Connecting you to an agent, please wait.",
    ],
    "queue.no_agent": [
        "当前没有客服在线。您可以直接留言，客服上线后会第一时间回复您。",
        "No agent is online right now. Leave a message and an agent will reply as "
        "soon as one is back.",
    ],
    "queue.out_of_hours": [
        "现在不是本店的客服时间（每天 {opens}–{closes}）。"
        "您可以直接留言，客服上班后会第一时间回复您。",
        "The store is not answering now (its hours are {opens}–{closes} every "
        "day). Leave a message and an agent will reply as soon as they are back.",
    ],
    "session.closed": ["会话已结束。", "The session has ended."],
    "session.idle_closed": [
        "由于长时间没有新消息，会话已自动结束。",
        "The session was closed after a long time without new messages.",
    ],
    "session.transferred": [
        "会话已由 {old} 转接给 {new}。",
        "The session was transferred from {old} to {new}.",
    ],
}
SENDERS = ("system", "robot", "assist")


def _pattern(text: str) -> re.Pattern:
    parts = re.split(r"\{(\w+)\}", text)
    regex = "".join(
        f"(?P<{part}>.+?)" if odd else re.escape(part)
        for odd, part in ((i % 2 == 1, p) for i, p in enumerate(parts))
    )
    return re.compile(regex + r"\Z", re.DOTALL)


PATTERNS = [
    (code, _pattern(text)) for code, texts in TEXTS.items() for text in texts
]


def recognise(body: str) -> tuple[str, dict] | None:
    """(code, parameters) of a stored product text, or None."""
    for code, pattern in PATTERNS:
        found = pattern.match(body)
        if found:
            return code, found.groupdict()
    return None


def give_codes(apps, schema_editor):
    Message = apps.get_model("chat", "Message")
    rows = Message.objects.filter(
        sender_kind__in=SENDERS, kind="text", text_code=""
    ).only("id", "body")
    batch = []
    for message in rows.iterator(chunk_size=2000):
        found = recognise(message.body)
        if found is None:
            continue
        message.text_code, message.text_params = found
        batch.append(message)
        if len(batch) >= 2000:
            Message.objects.bulk_update(batch, ["text_code", "text_params"])
            batch = []
    if batch:
        Message.objects.bulk_update(batch, ["text_code", "text_params"])


class Migration(migrations.Migration):
    dependencies = [
        ("chat", "0007_session_assignment_history"),
    ]

    operations = [
        migrations.AddField(
            model_name="message",
            name="text_code",
            field=models.CharField(
                blank=True, db_default="", default="", max_length=32
            ),
        ),
        migrations.AddField(
            model_name="message",
            name="text_params",
            field=models.JSONField(blank=True, db_default={}, default=dict),
        ),
        migrations.RunPython(give_codes, migrations.RunPython.noop, elidable=True),
    ]
