"""Demo data: three stores, their people, buyers, platform staff, a week of history.

Idempotent: people and stores are created once; history is written only for a
store that has no sessions yet. Random choices are seeded so every run matches.
"""

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from chat.models import (
    FaqEntry,
    Membership,
    Message,
    QuickPhrase,
    Rating,
    Session,
    SessionAssignment,
    Store,
    User,
)

DEMO_PASSWORD = "csc-demo-2026"
SHANGHAI = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class DemoStore:
    slug: str
    name: str
    greeting: str
    closing: str
    questions: tuple[str, ...]
    answers: tuple[str, ...]


STORES = (
    DemoStore(
        "mingxiang-tea",
        "茗香茶叶旗舰店",
        "您好，欢迎光临茗香茶叶，我是您的专属客服，请问想了解哪款茶？",
        "感谢您的咨询，祝您品茶愉快，有需要随时联系我们！",
        (
            "这款明前龙井今年的新茶吗？",
            "250克装大概能泡多少次？",
            "可以开发票吗？",
            "我昨天下的单，什么时候发货？",
            "铁观音和大红袍哪个更适合送长辈？",
            "快递到北京要几天？",
            "礼盒装有没有手提袋？",
        ),
        (
            "是的，今年三月底采摘的明前新茶，现货发售。",
            "每次3克左右，250克大约可以泡八十次。",
            "可以的，下单时在备注里填写抬头和税号即可。",
            "您的订单已经打包，今天下午发出，请留意物流信息。",
            "送长辈推荐大红袍礼盒，口感醇厚，包装也更大气。",
            "默认顺丰，到北京一般两天左右。",
            "礼盒都会配手提袋，请放心。",
        ),
    ),
    DemoStore(
        "geek-digital",
        "极客数码专营店",
        "您好，极客数码为您服务，请问需要了解哪款产品？",
        "感谢您的光临，祝您使用愉快，再见！",
        (
            "这个充电宝是13800mAh的吗？能带上飞机吗？",
            "耳机支持降噪吗？",
            "USB-C数据线能快充吗？",
            "屏幕有坏点可以换吗？",
            "订单号 230815447812 还没发货",
            "这款键盘是红轴还是青轴？",
            "保修多久？",
        ),
        (
            "是的，13800mAh，低于100Wh可以随身带上飞机。",
            "支持主动降噪，最高35dB。",
            "支持，最大60W快充。",
            "签收7天内有坏点可以申请换新。",
            "已经帮您催促仓库，今天内发出，请稍等。",
            "默认红轴，下单时可以选择青轴。",
            "整机保修一年，电池保修半年。",
        ),
    ),
    DemoStore(
        "suyi-fashion",
        "素衣女装店",
        "亲，欢迎来到素衣女装，有什么可以帮您的吗？",
        "感谢亲的光临，期待您的再次光临哦～",
        (
            "这件V领连衣裙有M码吗？",
            "身高160体重52穿什么码？",
            "面料会起球吗？",
            "可以七天无理由退换吗？",
            "扣子掉了一颗怎么办？",
            "颜色和图片一样吗？",
            "什么时候补货？",
        ),
        (
            "有的亲，M码现货。",
            "建议选S码，比较合身。",
            "是棉麻混纺，不容易起球哦。",
            "支持七天无理由退换，吊牌不要拆哦。",
            "非常抱歉，我们给您补寄同款扣子。",
            "是实物拍摄，会有轻微色差。",
            "预计下周三补货，可以先收藏。",
        ),
    ),
)


def ensure_user(username, kind, nickname, **extra):
    user, created = User.objects.get_or_create(
        username=username, defaults={"kind": kind, "nickname": nickname, **extra}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    return user


SHARED_PHRASES = (
    ("wait", "好的，我帮您查一下，请稍等～"),
    ("ship", "今天下单，48 小时内发货，默认顺丰包邮。"),
    ("inv", "可以开具电子发票，下单时备注抬头和税号即可。"),
    ("ret", "支持七天无理由退换，请保持商品完好、吊牌不要拆哦。"),
)
TEA_FAQ = (
    ("发货,几天发,什么时候发", "今天下单 48 小时内发货，默认顺丰，江浙沪次日达。"),
    ("发票", "可以开具电子发票，下单时备注抬头和税号即可。"),
    ("新茶,明前", "今年的明前龙井三月底采摘，现货发售。"),
)


def ensure_phrases_and_faq(store: Store, spec: "DemoStore", with_faq: bool):
    """The store's shared quick phrases (greeting and closing among them) and FAQ."""
    if store.phrases.exists():
        return
    rows = [
        QuickPhrase(
            store=store,
            shortcut="hi",
            text=spec.greeting,
            purpose=QuickPhrase.Purpose.GREETING,
            position=0,
        ),
        QuickPhrase(
            store=store,
            shortcut="bye",
            text=spec.closing,
            purpose=QuickPhrase.Purpose.CLOSING,
            position=1,
        ),
    ]
    rows += [
        QuickPhrase(store=store, shortcut=code, text=text, position=index + 2)
        for index, (code, text) in enumerate(SHARED_PHRASES)
    ]
    QuickPhrase.objects.bulk_create(rows)
    if with_faq:
        FaqEntry.objects.bulk_create(
            FaqEntry(store=store, keywords=keywords, answer=answer, position=index)
            for index, (keywords, answer) in enumerate(TEA_FAQ)
        )


def ensure_people():
    """Create the platform staff, buyers, stores and store teams; return logins."""
    logins = []
    admin = ensure_user(
        "admin", User.Kind.ADMIN, "平台管理员", is_staff=True, is_superuser=True
    )
    logins.append(("admin", admin.get_kind_display()))
    auditor = ensure_user("auditor", User.Kind.AUDITOR, "审核员小李")
    logins.append(("auditor", auditor.get_kind_display()))
    for spec in STORES:
        store, _ = Store.objects.get_or_create(
            slug=spec.slug,
            defaults={
                "name": spec.name,
                "greeting": spec.greeting,
                "closing_phrase": spec.closing,
            },
        )
        prefix = spec.slug.split("-")[1]
        team = [(f"{prefix}_super", Membership.MemberRole.SUPERVISOR, "主管")]
        team += [
            (f"{prefix}_agent{n}", Membership.MemberRole.AGENT, f"客服{n}号")
            for n in (1, 2)
        ]
        for username, role, title in team:
            user = ensure_user(username, User.Kind.MERCHANT, f"{spec.name[:2]}{title}")
            Membership.objects.get_or_create(
                user=user, defaults={"store": store, "role": role}
            )
            logins.append((username, f"{role.label} · {store.name}"))
    for n in range(1, 21):
        ensure_user(f"buyer{n:02d}", User.Kind.BUYER, f"买家{n:02d}")
    logins.append(("buyer01 … buyer20", User.Kind.BUYER.label))
    return logins


def local(day: dt.date, seconds: int) -> dt.datetime:
    start = dt.datetime.combine(day, dt.time(0, 0), tzinfo=SHANGHAI)
    return start + dt.timedelta(seconds=seconds)


class HistoryWriter:
    """Builds closed sessions with messages and ratings for one store."""

    def __init__(
        self, store: Store, spec: DemoStore, rng: random.Random, *, brisk=False
    ):
        # One brisk store passes its metrics; the others show what failing looks like.
        self.reply_delays = (
            [5, 8, 12, 15, 20, 25, 40, 90]
            if brisk
            else [8, 15, 25, 40, 70, 120, 200, 400]
        )
        self.queue_waits = (
            [3, 5, 8, 12, 20, 30, 60] if brisk else [5, 12, 30, 45, 90, 240, 1000]
        )
        self.store = store
        self.spec = spec
        self.rng = rng
        self.agents = list(
            User.objects.filter(membership__store=store).order_by("username")
        )
        self.buyers = list(
            User.objects.filter(kind=User.Kind.BUYER).order_by("username")
        )

    def write_day(self, day: dt.date, count: int):
        for _ in range(count):
            self.write_session(day)

    def write_session(self, day: dt.date):
        rng = self.rng
        start = local(day, rng.randint(8 * 3600, 22 * 3600 + 1800))
        buyer = rng.choice(self.buyers)
        agent = rng.choice(self.agents)
        queue_wait = rng.choice(self.queue_waits)
        session = Session.objects.create(
            store=self.store,
            buyer=buyer,
            state=Session.State.CLOSED,
            queued_at=start,
            human_started_at=start,
        )
        messages = []
        at = start

        def add(kind, sender, body, when):
            messages.append(
                Message(
                    session=session,
                    seq=len(messages) + 1,
                    sender_kind=kind,
                    sender=sender,
                    client_msg_id=uuid.uuid4() if sender else None,
                    body=body,
                    created_at=when,
                    masked_body="",
                )
            )

        pairs = list(zip(self.spec.questions, self.spec.answers, strict=True))
        rng.shuffle(pairs)
        add(Message.SenderKind.BUYER, buyer, pairs[0][0], at)
        unserved = queue_wait >= 1000 and rng.random() < 0.5
        if unserved:
            closed_at = at + dt.timedelta(seconds=1800)
        else:
            at = at + dt.timedelta(seconds=queue_wait)
            session.assigned_at = at
            session.agent = agent
            add(Message.SenderKind.SYSTEM, None, self.spec.greeting, at)
            for index, (question, answer) in enumerate(pairs[: rng.randint(1, 3)]):
                if index:
                    at += dt.timedelta(seconds=rng.randint(20, 120))
                    add(Message.SenderKind.BUYER, buyer, question, at)
                at += dt.timedelta(seconds=rng.choice(self.reply_delays))
                add(Message.SenderKind.AGENT, agent, answer, at)
            at += dt.timedelta(seconds=rng.randint(10, 60))
            add(Message.SenderKind.AGENT, agent, self.spec.closing, at)
            closed_at = at + dt.timedelta(seconds=30)
        Message.objects.bulk_create(messages)
        Session.objects.filter(pk=session.pk).update(
            created_at=start,
            assigned_at=session.assigned_at,
            agent=session.agent,
            closed_at=closed_at,
            last_seq=len(messages),
            last_message_at=messages[-1].created_at,
            last_buyer_activity_at=start,
        )
        if not unserved:
            SessionAssignment.objects.create(
                session=session,
                agent=agent,
                kind=SessionAssignment.Kind.ASSIGNED,
                assigned_at=session.assigned_at,
            )
        if not unserved and rng.random() < 0.6:
            score = rng.choices([5, 4, 3, 2, 1], weights=[50, 25, 10, 8, 7])[0]
            Rating.objects.create(
                session=session,
                score=score,
                comment="" if score > 2 else "回复太慢了",
                created_at=closed_at + dt.timedelta(seconds=20),
            )


@transaction.atomic
def seed(days: int = 7, sessions_per_day: int = 12) -> list[tuple[str, str]]:
    logins = ensure_people()
    today = timezone.localdate()
    for index, spec in enumerate(STORES):
        store = Store.objects.get(slug=spec.slug)
        # The tea store greets buyers with its robot first; the others queue at once.
        ensure_phrases_and_faq(store, spec, with_faq=index == 0)
        if store.sessions.exists():
            continue
        writer = HistoryWriter(store, spec, random.Random(index), brisk=index == 0)
        for back in range(days, 0, -1):
            writer.write_day(today - dt.timedelta(days=back), sessions_per_day)
    return logins
