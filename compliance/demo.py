"""Demo compliance data on top of chat's demo: queue items, a dispute, samples,
ledger entries and an appeal. Idempotent; call after `chat.demo.seed()`.
"""

import datetime as dt
import uuid

from django.db import transaction
from django.utils import timezone

from chat.models import Message, Session, Store, User
from compliance.actions import (
    do_add_manual_penalty,
    do_decide_review_item,
    do_dispute_block,
    do_file_appeal,
    do_record_screened_message,
    do_report_message,
)
from compliance.models import ReviewItem
from compliance.sampling import draw_daily_samples

DEMO_SLUGS = ("mingxiang-tea", "geek-digital", "suyi-fashion")


def violation(text, match, category, rule, suggestion, points=2):
    start = text.find(match)
    return {
        "category": category,
        "rule": rule,
        "start": start,
        "end": start + len(match),
        "match": match,
        "suggestion": suggestion,
        "points": points,
    }


def add_message(session, kind, sender, text, verdict, violations, masked=""):
    at = (session.last_message_at or timezone.now()) - dt.timedelta(seconds=10)
    seq = None
    if verdict != Message.Verdict.BLOCK:
        session.last_seq += 1
        seq = session.last_seq
        Session.objects.filter(pk=session.pk).update(last_seq=seq)
    return Message.objects.create(
        session=session,
        seq=seq,
        sender_kind=kind,
        sender=sender,
        client_msg_id=uuid.uuid4() if sender else None,
        body=text,
        created_at=at,
        verdict=verdict,
        violations=violations,
        masked_body=masked,
        ruleset_version="demo",
    )


def latest_served(store: Store) -> Session | None:
    return (
        Session.objects.filter(store=store, agent__isnull=False)
        .order_by("-created_at")
        .first()
    )


@transaction.atomic
def seed_compliance_demo() -> int:
    """Create the demo's review items and ledger once; return items created."""
    stores = {s.slug: s for s in Store.objects.filter(slug__in=DEMO_SLUGS)}
    auditor = User.objects.filter(username="auditor").first()
    admin = User.objects.filter(username="admin").first()
    if len(stores) < len(DEMO_SLUGS) or auditor is None or admin is None:
        return 0
    if (
        ReviewItem.objects.filter(store__in=stores.values())
        .exclude(kind=ReviewItem.Kind.SAMPLE)
        .exists()
    ):
        return 0
    created = 0
    geek = latest_served(stores["geek-digital"])
    text = "亲，加我微信 geek2026 私聊，给您打八折"
    blocked = add_message(
        geek,
        "agent",
        geek.agent,
        text,
        Message.Verdict.BLOCK,
        [
            violation(
                text,
                "微信 geek2026",
                "contact",
                "contact.wechat",
                "请勿引导买家添加站外联系方式，可在平台内继续沟通。",
                3,
            )
        ],
    )
    do_record_screened_message(blocked)
    do_dispute_block(geek.agent, blocked, "geek2026 是我们的优惠码，不是微信号")
    text = "你们就是骗子，退钱！"
    buyer_flag = add_message(
        geek,
        "buyer",
        geek.buyer,
        text,
        Message.Verdict.FLAG,
        [violation(text, "骗子", "abuse", "abuse.insult", "")],
    )
    do_record_screened_message(buyer_flag)
    created += 3

    tea = latest_served(stores["mingxiang-tea"])
    text = "你烦不烦啊，自己看详情页"
    rude = add_message(
        tea,
        "agent",
        tea.agent,
        text,
        Message.Verdict.FLAG,
        [
            violation(
                text,
                "你烦不烦啊",
                "abuse",
                "abuse.insult",
                "请使用礼貌用语，例如“请您稍等，我帮您查看”。",
            )
        ],
    )
    text = "淘宝搜茗香茶叶更便宜哦"
    platform = add_message(
        tea,
        "agent",
        tea.agent,
        text,
        Message.Verdict.BLOCK,
        [
            violation(
                text,
                "淘宝",
                "platform",
                "platform.taobao",
                "请勿提及其他购物平台。",
            )
        ],
    )
    for message, reason in ((rude, "催促买家、语气生硬"), (platform, "引导至其他平台")):
        item = do_record_screened_message(message)
        do_decide_review_item(auditor, item.pk, True, reason)
    confirmed = ReviewItem.objects.get(message=platform)
    supervisor = User.objects.get(username="tea_super")
    do_file_appeal(
        supervisor,
        confirmed.penalty_entry,
        "客服说的是淘宝同款对比，没有引导买家离开平台。",
    )
    created += 2

    suyi = latest_served(stores["suyi-fashion"])
    text = "有问题打我电话 13812345678"
    masked = add_message(
        suyi,
        "agent",
        suyi.agent,
        text,
        Message.Verdict.MASK,
        [
            violation(
                text, "13812345678", "contact", "contact.phone", "请勿发送个人手机号。"
            )
        ],
        masked="有问题打我电话 ***********",
    )
    do_record_screened_message(masked)
    curt = add_message(suyi, "agent", suyi.agent, "不知道", Message.Verdict.ALLOW, [])
    do_report_message(suyi.buyer, curt, "问尺码只回不知道")
    do_add_manual_penalty(
        admin, stores["suyi-fashion"], 3, "买家投诉：发货超时且客服敷衍"
    )
    created += 2

    yesterday = timezone.localdate() - dt.timedelta(days=1)
    created += len(
        draw_daily_samples(yesterday, store_ids=[s.pk for s in stores.values()])
    )
    return created
