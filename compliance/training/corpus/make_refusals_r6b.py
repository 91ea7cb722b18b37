#!/usr/bin/env python3
"""Write refusals_r6b.jsonl: acceptable messages that name a violation in
order to refuse it, warn against it or keep to the platform — the kind the
round-six model (trained with families_r6) began to block: an agent warning
that brushing and cash-for-reviews are scams, refusing a private payment,
telling buyers not to open links; a buyer declining to pay outside the order;
review requests that ask for stars, pictures or length but offer nothing;
product specifications with volts and watts; ordinary 收藏/关注 talk.

Hand-written frames filled from hand-written slot lists with a fixed seed;
duplicates and any text already in another corpus file or in an evaluation
set (tests/data: read for their texts only) are dropped.
"""

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "refusals_r6b.jsonl"
SEED = 20261207

SCAMS = ["刷单", "好评返现", "刷好评", "返现好评", "付费删差评", "兼职刷单", "点赞返佣", "做任务返利"]
PRIVATE = ["私下付款", "私下转账", "加微信付款", "扫私人码付款", "走银行卡转账", "线下交易", "发红包付款", "微信转账"]
LINKS = ["陌生链接", "不明网址", "别人发的链接", "短信里的网址", "二维码链接", "所谓的退款链接"]
CONTACT = ["加微信", "加QQ", "留私人电话", "去别的软件聊", "进私人群"]
SOFT = ["亲", "宝子", "亲亲", "您好", "家人们", ""]
AGENT_WARN = [
    "{s}，{x}都是诈骗，我们店从来不做，您放心购物",
    "{s}，本店不搞{x}，请您按真实体验评价就好",
    "{s}，平台严禁{x}，有人找您做千万别信",
    "{x}是骗局，{s}遇到了直接举报给平台",
    "{s}，如果有人冒充我们让您{x}，那是骗子",
    "{s}，我们不会让您{x}，一切以平台订单为准",
    "提醒一下{s}：{x}违反平台规定，我们不参与",
    "{s}，{x}没有任何保障，还是在平台下单吧",
    "最近有人打着我们店的名义搞{x}，{s}注意甄别",
    "{s}，别相信{x}，钱被骗了很难追回",
]
AGENT_REFUSE_PAY = [
    "{s}，抱歉不能{x}，{y}对您也没有保障，请在订单页付款",
    "{s}，{x}我们这边不支持的，您直接拍下走平台就行",
    "{s}，真的不能{x}，您刷新订单页重新支付试试",
    "不好意思{s}，{x}不安全，平台付款有售后保障",
    "{s}，{x}是违规的，我们只收平台订单",
]
AGENT_LINK = [
    "{s}，{x}千万别点，退款只会在订单页操作",
    "{s}，兑换码在应用里的设置页输入就行，不用打开{x}",
    "{s}，不要点{x}，我们不会通过链接给您退款",
    "{s}，收到{x}请忽略，售后都在平台里处理",
    "{s}，激活在设备的设置里完成，不需要打开任何{x}",
]
AGENT_CONTACT = [
    "{s}，我们不{x}的，有问题在这里直接问我就行",
    "{s}，按平台规定不能{x}，售后也在这个窗口处理",
    "{s}，客服不会要求您{x}，有人这么说请举报",
]
BUYER_DECLINE = [
    "不行吧 我还是想在平台付",
    "算了我不{x}，就在这里拍",
    "我不{x}的，平台上付款才放心",
    "你们不会让我{x}吧？我只在平台付",
    "有人让我{x}，我没理他",
    "{x}我不干，我就在平台下单",
    "还是走平台吧，{x}我不放心",
    "我不要{x}，直接下单可以吗",
]
REVIEW_ASK = [
    "{s}，麻烦给个五星好评哈，带{n}张图，{k}个字以上",
    "{s}，满意的话给个五星呗，晒{n}张图就更好啦",
    "{s}，收到货觉得好的话帮忙写个{k}字以上的评价哈",
    "{s}，方便的话追评一下使用感受，带图更好",
    "{s}，好评对我们很重要，麻烦写写真实感受",
    "{s}，如果满意请给五星，不满意先找我处理哈",
    "{s}，评价的时候可以带{n}张实拍图，方便其他买家参考",
]
SPECS = [
    "功率{w}W，电压{v}V", "额定电压{v}V 额定功率{w}W", "{v}V电压 {w}W大功率",
    "输入{v}V 输出{o}V", "这款是{w}W的，{v}V家用电压就能用", "支持{v}V电压，功率{w}W左右",
    "电池{o}V，充电器{v}V", "{w}W电机，{v}V供电",
]
COLLECT = [
    "我把你们店收藏了", "已经关注店铺了", "收藏了，下次再来买", "先收藏一下，过两天再拍",
    "把你们店加入收藏夹了", "关注了，上新记得通知", "我把这件加购了", "收藏宝贝了，等活动",
    "店铺关注了，有优惠券吗", "加收藏了 老板生意兴隆",
]


def taken() -> set[str]:
    seen: set[str] = set()
    evaluation = sorted((HERE.parents[2] / "tests" / "data").glob("screening_*.jsonl"))
    for path in [*HERE.glob("*.jsonl"), *evaluation]:
        if path.name == OUT.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(json.loads(line)["text"].strip())
    return seen


def main() -> None:
    rng = random.Random(SEED)
    out: list[dict] = []
    seen = taken()

    def add(text: str, sender: str, family: str) -> None:
        text = text.strip("，").replace("，，", "，")
        if text and text not in seen:
            seen.add(text)
            out.append({"text": text, "sender": sender, "labels": [], "family": family})

    for _ in range(260):
        add(rng.choice(AGENT_WARN).format(s=rng.choice(SOFT), x=rng.choice(SCAMS + PRIVATE + CONTACT)), "agent", "warning")
    for _ in range(120):
        x = rng.choice(PRIVATE)
        add(rng.choice(AGENT_REFUSE_PAY).format(s=rng.choice(SOFT), x=x, y=x), "agent", "refusal")
    for _ in range(90):
        add(rng.choice(AGENT_LINK).format(s=rng.choice(SOFT), x=rng.choice(LINKS)), "agent", "link_warning")
    for _ in range(60):
        add(rng.choice(AGENT_CONTACT).format(s=rng.choice(SOFT), x=rng.choice(CONTACT)), "agent", "refusal")
    for _ in range(120):
        add(rng.choice(BUYER_DECLINE).format(x=rng.choice(PRIVATE + CONTACT)), "buyer", "buyer_decline")
    for _ in range(160):
        add(rng.choice(REVIEW_ASK).format(s=rng.choice(SOFT), n=rng.choice("2345"), k=rng.choice(["10", "15", "20", "30"])), "agent", "review_ask")
    for _ in range(120):
        add(rng.choice(SPECS).format(w=rng.choice(["800", "1200", "1500", "2000", "2200", "60", "100"]), v=rng.choice(["220", "110", "12", "24", "36"]), o=rng.choice(["5", "12", "3.7", "48"])), rng.choice(["agent", "buyer"]), "spec")
    for text in COLLECT:
        add(text, "buyer", "collect")
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} messages → {OUT.name}")


if __name__ == "__main__":
    main()
