"""Write tests/data/image_set.jsonl, the spec of the project's picture set.

Each line is one picture as data: its kind (a product photo, a chat
screenshot, a business card, a packing slip), its size, how hard it is to
read (rotated, small, low contrast, busy background), the lines of text
written on it with a role that tells the drawing where and how (title,
body, corner watermark, handwritten note, chat bubble…), and `expect`, the
categories its text breaks (empty for an acceptable picture). The pictures
themselves are drawn from this spec by ``compliance/engine/image_set.py``.

The texts are written from what merchants paint into pictures and what
ordinary product pictures say, not from the rules. Run from the repository
root; the seed makes the output stable.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path("tests/data/image_set.jsonl")
rng = random.Random(20260316)
records: list[dict] = []

BRANDS = [
    "山川 SHANCHUAN",
    "棉花日记",
    "Nordic Oak",
    "LUMIERE",
    "小野茶舍",
    "青禾 QINGHE",
    "Blue Harbor",
    "木子家居",
    "暖阳 SUNNY",
    "极光数码",
    "Maple & Co.",
    "禾木 HEMU",
]
PRODUCTS = [
    "纯棉短袖T恤",
    "高腰阔腿牛仔裤",
    "加绒连帽卫衣",
    "真丝印花衬衫",
    "明前龙井 特级",
    "云南普洱熟茶饼",
    "无线蓝牙耳机",
    "20000mAh 充电宝",
    "实木餐桌",
    "北欧风羊毛地毯",
    "儿童保温水杯",
    "不锈钢炒锅",
    "V领针织开衫",
    "QQ糖 水果味",
    "USB-C 快充数据线",
    "Men's Running Shoes",
    "Linen Summer Dress",
    "Ceramic Coffee Mug",
]
SIZES = [
    "S M L XL XXL",
    "尺码 165/88A",
    "尺码：M 建议体重 110-125斤",
    "鞋码 36-44",
    "EU 42 / US 9 / UK 8",
    "腰围 68cm 臀围 94cm",
    "Size: M  Chest 104cm",
    "均码 适合 90-130斤",
    "尺寸 120×60×75cm",
    "容量 500ml",
    "净含量 250g",
    "重量 1.2kg",
]
PRICES = [
    "¥89",
    "到手价 ¥129",
    "券后 59.9元",
    "原价199 现价99",
    "￥1299 包邮",
    "限时特价 39.9",
    "2件8折",
    "满200减20",
    "Now $25.99",
    "第二件半价",
]
CARE = [
    "30°C 手洗",
    "不可漂白",
    "不可转笼翻转干燥",
    "Do not tumble dry",
    "100% Cotton 纯棉",
    "成分：聚酯纤维95% 氨纶5%",
    "Machine wash cold",
    "低温熨烫",
    "生产日期 2026-03-12",
    "保质期 18个月",
    "执行标准 GB/T 22849-2014",
    "安全类别 B类",
    "产地 浙江杭州",
]
PROMOS = [
    "新品上市",
    "买二送一",
    "包邮",
    "7天无理由退换",
    "正品保证",
    "官方旗舰店",
    "关注店铺 领券",
    "客服在线 9:00-23:00",
    "New Arrival",
    "Best Seller",
    "现货速发",
    "支持花呗分期",
]
CODES = [
    "型号 X-{n4}",
    "货号 A{n5}",
    "条码 69{n11}",
    "批号 {n8}",
    "SKU {n6}-{n2}",
]
CHAT_BENIGN = [
    "亲，在的，请问有什么可以帮您",
    "这款还有L码吗",
    "有的亲，今天下单明天发货",
    "什么时候能到呀",
    "一般2-3天就到了",
    "好的谢谢",
    "质量怎么样，会起球吗",
    "不会的亲，面料是精梳棉",
    "可以开发票吗",
    "可以的，下单时备注抬头就行",
]
NAMES = ["王经理", "李小姐", "陈老板", "张店长", "刘先生", "Amy Zhang", "Kevin Li"]
COMPANIES = [
    "杭州青禾服饰有限公司",
    "广州极光数码科技",
    "福建小野茶业",
    "义乌木子家居用品厂",
    "Blue Harbor Trading Co.",
]
TITLES = ["销售经理", "店长", "客户经理", "Sales Manager", "创始人"]


def digits(n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def mobile(style: int) -> str:
    number = "1" + rng.choice("3456789") + digits(9)
    if style == 1:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if style == 2:
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    return number


def handle() -> str:
    stem = rng.choice(["shop", "tea", "lily", "mm", "cc", "hz", "vip", "yoyo", "fz"])
    return f"{stem}{rng.choice(['_', '', '-'])}{digits(rng.choice([3, 4]))}"


def code() -> str:
    return rng.choice(CODES).format(
        n2=digits(2),
        n4=digits(4),
        n5=digits(5),
        n6=digits(6),
        n8=digits(8),
        n11=digits(11),
    )


def contact() -> tuple[str, list[str]]:
    """One way a merchant writes contact details into a picture."""
    choice = rng.randrange(16)
    if choice == 0:
        return f"微信：{handle()}", ["contact"]
    if choice == 1:
        return f"加V：{handle()}", ["contact"]
    if choice == 2:
        return f"VX {handle()} 看实拍", ["contact"]
    if choice == 3:
        return f"电话 {mobile(1)}", ["contact"]
    if choice == 4:
        return f"手机：{mobile(2)}", ["contact"]
    if choice == 5:
        return f"{mobile(0)} 同微", ["contact"]
    if choice == 6:
        return f"QQ：{digits(rng.choice([8, 9, 10]))}", ["contact"]
    if choice == 7:
        return f"扣扣 {digits(9)} 领优惠", ["contact"]
    if choice == 8:
        return f"{handle()}@163.com", ["contact"]
    if choice == 9:
        return f"Email: {handle().replace('-', '.')}@gmail.com", ["contact"]
    if choice == 10:
        return f"www.{rng.choice(['hq-outlet', 'best-deal', 'teahouse88'])}.cn", [
            "link"
        ]
    if choice == 11:
        return "加V 私聊更便宜", ["contact"]
    if choice == 12:
        return f"薇信 {handle()}", ["contact"]
    if choice == 13:
        return f"WeChat: {handle()}", ["contact"]
    if choice == 14:
        return f"WhatsApp +86 {mobile(1)}", ["contact"]
    return f"售后加微信 {handle()} 返现", ["contact"]


def difficulty() -> dict:
    """How hard the picture is to read: a few pictures of each kind each way."""
    roll = rng.random()
    if roll < 0.15:
        return {"variant": "rotated", "angle": rng.choice([-25, -15, -8, 8, 15, 25])}
    if roll < 0.27:
        return {"variant": "small"}
    if roll < 0.39:
        return {"variant": "low_contrast"}
    if roll < 0.6:
        return {"variant": "busy"}
    return {"variant": "plain"}


def size(kind: str, variant: str) -> tuple[int, int]:
    if variant == "small":
        return rng.choice([(320, 320), (400, 300), (360, 480)])
    if kind == "screenshot":
        return rng.choice([(750, 1334), (1080, 1920), (720, 1280)])
    if kind == "card":
        return rng.choice([(1050, 600), (900, 540), (1400, 800)])
    if kind == "slip":
        return rng.choice([(1240, 1754), (1000, 1400), (800, 1100)])
    return rng.choice(
        [(800, 800), (1200, 900), (1600, 1200), (2000, 1500), (1000, 1000)]
    )


def add(kind: str, lines: list[dict], expect=(), **how) -> None:
    look = difficulty()
    look.update(how)
    width, height = size(kind, look["variant"])
    records.append(
        {
            "id": f"{kind}-{sum(r['kind'] == kind for r in records) + 1:03d}",
            "kind": kind,
            "expect": sorted(set(expect)),
            "width": width,
            "height": height,
            **look,
            "lines": lines,
        }
    )


def product_lines() -> list[dict]:
    lines = [
        {"text": rng.choice(BRANDS), "role": "title"},
        {"text": rng.choice(PRODUCTS), "role": "body"},
    ]
    extras = rng.sample(SIZES, 1) + rng.sample(PRICES, 1) + rng.sample(CARE, 2)
    extras += rng.sample(PROMOS, 1)
    if rng.random() < 0.4:
        extras.append(code())
    rng.shuffle(extras)
    lines += [{"text": text, "role": "body"} for text in extras[: rng.randint(2, 5)]]
    return lines


def product(with_contact: bool) -> None:
    lines = product_lines()
    expect: list[str] = []
    if with_contact:
        text, expect = contact()
        role = rng.choice(["corner", "corner", "stamp", "body"])
        lines.append({"text": text, "role": role})
    add("product", lines, expect)


def screenshot(with_contact: bool) -> None:
    chat = rng.sample(CHAT_BENIGN, rng.randint(3, 5))
    lines = [{"text": rng.choice(["在线客服", "聊天", "Chat"]), "role": "header"}]
    lines += [{"text": text, "role": "bubble"} for text in chat]
    expect: list[str] = []
    if with_contact:
        text, expect = contact()
        lines.insert(rng.randint(2, len(lines)), {"text": text, "role": "bubble"})
    else:
        lines.append(
            {
                "text": rng.choice(
                    [
                        f"订单号 {digits(19)}",
                        f"顺丰单号 SF{digits(13)}",
                        f"实付款 ¥{rng.randint(20, 900)}.00",
                        f"取件码 {digits(4)}-{digits(4)}",
                    ]
                ),
                "role": "bubble",
            }
        )
    add("screenshot", lines, expect)


def card(with_contact: bool) -> None:
    lines = [
        {"text": rng.choice(NAMES), "role": "title"},
        {"text": rng.choice(TITLES), "role": "body"},
        {"text": rng.choice(COMPANIES), "role": "body"},
    ]
    expect: list[str] = []
    if with_contact:
        for _ in range(rng.choice([1, 2, 2, 3])):
            text, found = contact()
            lines.append({"text": text, "role": "body"})
            expect += found
    else:
        lines.append(
            {
                "text": rng.choice(
                    [
                        "感谢您的惠顾",
                        "有问题请联系平台在线客服",
                        "收到商品请检查包装",
                        "Thank you for your order",
                        "本店商品均支持7天无理由退换",
                    ]
                ),
                "role": "body",
            }
        )
    add("card", lines, expect)


def slip(with_contact: bool) -> None:
    lines = [
        {"text": rng.choice(["发货单", "Packing Slip", "售后服务卡"]), "role": "title"},
        {"text": f"订单号 {digits(19)}", "role": "body"},
        {"text": f"{rng.choice(PRODUCTS)} ×{rng.randint(1, 3)}", "role": "body"},
        {"text": rng.choice(SIZES), "role": "body"},
        {"text": f"运单号 YT{digits(13)}", "role": "body"},
        {"text": rng.choice(["质检员 07", "打包员 12", "拣货 A3-05"]), "role": "body"},
    ]
    expect: list[str] = []
    if with_contact:
        text, expect = contact()
        lines.append({"text": text, "role": rng.choice(["hand", "hand", "body"])})
    add("slip", lines, expect)


def build() -> list[dict]:
    for _ in range(150):
        product(False)
    for _ in range(40):
        product(True)
    for with_contact in [False] * 12 + [True] * 30:
        screenshot(with_contact)
    for with_contact in [False] * 8 + [True] * 25:
        card(with_contact)
    for with_contact in [False] * 10 + [True] * 25:
        slip(with_contact)
    return records


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as out:
        for record in build():
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} pictures to {OUT}")
