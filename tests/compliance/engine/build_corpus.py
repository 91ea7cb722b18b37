"""Write tests/data/screening_corpus.jsonl, the labelled screening corpus.

The messages are written from the marketplace rules and ordinary buyer and
merchant chat, not from the engine: hand-written sentences, some with slots
filled by realistic numbers (orders, waybills, phones).  Run it from the
repository root; the seed makes the output stable.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path("tests/data/screening_corpus.jsonl")
rng = random.Random(20240601)
records: list[dict] = []


def add(text, expect=(), sender="buyer", session=None):
    record = {"id": f"m{len(records) + 1:04d}", "text": text, "sender": sender}
    if session:
        record["session"] = session
    record["expect"] = sorted(set(expect))
    records.append(record)


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def mobile():
    return "1" + rng.choice("3456789") + digits(9)


def luhn_complete(body):
    for last in "0123456789":
        number = body + last
        total = 0
        for position, char in enumerate(reversed(number)):
            value = int(char)
            if position % 2:
                value = value * 2 - 9 if value > 4 else value * 2
            total += value
        if total % 10 == 0:
            return number
    raise AssertionError


def bank_card():
    return luhn_complete(
        rng.choice(["622202", "621700", "622848", "621483", "623668"]) + digits(12)
    )


CN = dict(zip("0123456789", "零一二三四五六七八九", strict=True))
CN_UPPER = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖", strict=True))
SLANG = dict(zip("0123456789", "洞幺两三四五六拐八勾", strict=True))
CIRCLED = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=True))
PAREN = dict(
    zip("0123456789", ["0", "⑴", "⑵", "⑶", "⑷", "⑸", "⑹", "⑺", "⑻", "⑼"], strict=True)
)
FULL = dict(zip("0123456789", "０１２３４５６７８９", strict=True))
SUPER = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))


def spell(number, table):
    return "".join(table[c] for c in number)


def keycaps(number):
    return "".join(c + "\ufe0f\u20e3" for c in number)


def spaced(number, sep):
    return sep.join(number)


# ---------------------------------------------------------------- benign
ORDER_TEMPLATES = [
    "订单号{o}，什么时候发货呀",
    "我的订单{o}还没发货，麻烦催一下",
    "亲，订单编号{o}已经付款了",
    "单号{o}申请了退款，帮忙看下",
    "您好，订单号：{o}，地址写错了能改吗",
    "订单 {o} 显示已签收但我没收到",
    "查一下这个订单 {o} 的物流",
    "亲 {o} 这个订单已经为您备注加急了",
]
WAYBILL_TEMPLATES = [
    "亲，已经发货了，顺丰单号SF{d13}",
    "快递单号：YT{d13}，请注意查收",
    "极兔单号JT{d13}，预计后天到",
    "中通快递 {d12}，您可以查一下",
    "运单号{d15}，韵达快递",
    "物流单号 {d12} 已揽收",
    "申通单号是 {d15} 亲",
    "您的退货单号 SF{d13} 我们收到了",
    "EMS单号{d13}，偏远地区会慢一点",
    "京东物流单号JDV{d12}，明天送达",
]
PRICE_SPEC = [
    "这款多少钱？{p}元包邮吗",
    "满{p}减30是自动的吗",
    "现在下单{p}块钱对吧",
    "价格是{p}.00元，今天有优惠",
    "这个充电宝是20000mAh还是13800mAh的",
    "尺码选XL还是XXL，我身高175体重140斤",
    "iPhone 15 Pro Max 256G 有货吗",
    "型号是KFR-35GW/N8，一级能效",
    "这款显示器27英寸2K 165Hz",
    "规格：500ml*12瓶",
    "我要3件，能便宜点吗",
    "两件打九折吗",
    "买一送一还有吗",
    "第二件半价怎么拍",
    "容量是128GB还是256GB",
    "功率是2200W的吗",
    "保质期到2025年12月31日",
    "生产日期2024-03-15，放心购买",
    "一共¥1,299.00，已经含运费了",
    "电池容量5000mAh，支持65W快充",
    "这个螺丝是M4×20的吗",
    "型号 ABC-1380-0013 有现货",
    "尺寸是180x200cm的床垫",
    "重量1.5kg，净含量1380克",
    "分辨率3840×2160",
    "SKU：TX-13800-BLK",
    "条形码 6901234567892",
    "条码是6920202888883吗",
    "取件码 5-2-3018",
    "取件码是8-1-2046，放在驿站了",
    "提货码 738291",
    "验证码是多少？我收不到",
    "发票抬头写公司名称，税号91310000MA1FL8XQ30",
]
PRODUCT_WORDS = [
    "QQ糖还有草莓味的吗",
    "这个软糖是不是很Q弹",
    "V领的那款还有M码吗",
    "V领毛衣会起球吗",
    "USB接口是Type-C的吗",
    "USB 3.0 的线有吗",
    "扣子掉了一颗，能补寄吗",
    "衣服扣子是金属的吗",
    "企鹅玩偶多大尺寸",
    "想买个企鹅公仔送小朋友",
    "滚筒洗衣机10公斤的有吗",
    "滚筒洗衣机能烘干吗",
    "傻瓜相机适合老人用吗",
    "这个是傻瓜式操作吗",
    "操作步骤能发一下吗",
    "说明书上的操作步骤看不懂",
    "屏幕是京东方屏幕吗",
    "京东方的面板还是华星的",
    "天猫精灵能连这个灯吗",
    "支持天猫精灵语音控制吗",
    "卫星导航准不准",
    "这个手表有北斗卫星定位吗",
    "发京东快递可以吗",
    "可以发京东物流吗，急用",
    "我用微信支付的，怎么退款",
    "可以用微信付款吗",
    "退款退到微信零钱了吗",
    "我用支付宝付的款",
    "可以用花呗分期吗",
    "钉钉子用的锤子有吗",
    "这个体操垫多厚",
    "遥控车操控性好吗",
    "微波炉多大容量",
    "这个微单相机带镜头吗",
    "滚轮鼠标有静音的吗",
    "粘毛器滚筒替换装",
    "企鹅抱枕可以水洗吗",
    "汤里有骨头吗",
    "蛋黄酥保质期多久",
    "垃圾袋多少只一卷",
    "垃圾桶有盖子吗",
    "马卡龙色的有吗",
    "这个仿真花很逼真",
    "去死皮膏怎么用",
    "咸鱼干是什么鱼做的",
    "腊咸鱼要泡多久",
    "抖音同款的发夹有吗",
    "小红书同款裙子还有吗",
    "2B铅笔考试能用吗",
    "SB接口是什么意思",
    "我的硬盘是2TB的",
    "1TB的移动硬盘有吗",
    "这个阿里山茶叶是台湾的吗",
    "这个打火机是防风的吗",
    "刷子是猪鬃毛的吗",
    "卷尺有5米的吗",
    "广播体操服有儿童款吗",
    "包装能用牛皮纸吗",
    "滚筒刷刷墙好用吗",
]
SERVICE = [
    "亲，在的，请问有什么可以帮您",
    "您好，欢迎光临本店",
    "好的亲，已经为您备注",
    "感谢您的耐心等待",
    "亲，仓库今天下午统一发货",
    "稍等，我帮您查一下",
    "亲，可以申请七天无理由退货的",
    "质量问题我们承担运费",
    "已经帮您改好地址了",
    "请您拍张照片发过来看看",
    "亲，这款是现货，48小时内发货",
    "抱歉让您久等了",
    "祝您生活愉快，欢迎下次光临",
    "亲，退款已经同意了，原路退回",
    "请在订单页面点击申请售后",
    "平台有运费险的，放心退",
    "亲可以拍下后联系客服改价",
    "补差价请拍这个链接：https://csc.example.com/item/88231",
    "本店商品链接 csc.example.com/shop/1029 可以看看",
    "优惠券在店铺首页领取哦",
    "亲，这边给您申请了小额补偿",
    "您好，换货需要先寄回原商品",
    "直播间下单也是同一个店",
    "请您保留好快递外包装",
    "新品上市，全场满199减20",
    "会员积分可以抵扣现金",
    "亲，是的，支持货到付款",
    "明天周六也正常发货",
    "物流显示在派送中了",
    "已经加急处理了，请耐心等待",
    "亲，这个颜色卖完了，蓝色还有",
    "可以帮您备注不要放驿站",
    "亲，发票会随货寄出",
    "电子发票开好后在订单详情下载",
    "您收到货后有问题随时联系我们",
    "收到货记得确认收货哦",
    "评价的时候可以如实评价",
    "欢迎晒单分享使用感受",
]
BUYER_CHAT = [
    "在吗",
    "还有货吗",
    "什么时候发货",
    "怎么还没到",
    "能便宜点吗",
    "包邮吗",
    "发什么快递",
    "可以开发票吗",
    "我要退货",
    "这个质量怎么样",
    "尺码偏大还是偏小",
    "可以送礼盒吗",
    "我周末不在家，能放快递柜吗",
    "能放菜鸟驿站吗",
    "快递放门卫就行",
    "给个好评吧？我已经好评了",
    "东西收到了，很满意",
    "颜色跟图片不一样",
    "少发了一件",
    "外包装破了",
    "能换个颜色吗",
    "退款什么时候到账",
    "你们是正品吗",
    "有没有优惠券",
    "能不能今天发",
    "下午三点前下单今天发吗",
    "我想改一下收货地址",
    "收货地址改成上海市浦东新区张江路88号",
    "收件人电话写错了，帮我在订单里改一下",
    "我家小孩一岁半能用吗",
    "老人用的，字大一点的有吗",
    "送女朋友的，帮我包装好看点",
    "七天无理由吗",
    "运费谁出",
    "客服你好，我的东西坏了",
    "晚上十点之后还有人吗",
    "这个和实体店卖的一样吗",
    "比超市便宜吗",
    "为什么退款被拒绝了",
    "我要投诉",
    "麻烦快一点，我急用",
    "你们家东西挺好的，回购了",
    "谢谢，辛苦了",
    "好的，我等等",
    "我一会儿下单",
    "二十号之前能到吗",
    "能发顺丰吗，我补运费",
    "两个一起买能优惠吗",
    "第一次买，怎么用",
    "一共几件",
    "明天下午两点能送到吗",
    "上次买的三盒都用完了",
    "我在抖音上看到你们的视频",
    "朋友推荐来的",
    "我把你们店收藏了",
    "我刚才付款失败了",
    "充电器是原装的吗",
    "说明书丢了，有电子版吗",
    "我想问一下保修多久",
    "坏了能修吗",
    "客服态度真好",
    "我等了三天了还没发",
    "你们这个太慢了吧",
    "东西不错，就是物流慢",
    "这个颜色显黑吗",
    "洗了会缩水吗",
    "能机洗吗",
    "适合几岁的孩子",
    "有没有儿童款",
    "你们周日上班吗",
    "客服几点下班",
    "刚下单了，帮我备注送礼",
    "怎么申请价保",
]
NUMBERS_BENIGN = [
    "我身高165，体重110斤穿什么码",
    "一共买了13800元的东西，能开发票吗",
    "价格138元对吧",
    "我买的是第3款，编号1380",
    "2024年5月20日下的单",
    "订单时间2024-06-18 13:45:20",
    "10点到12点之间送",
    "库存还有200件",
    "满300减50",
    "一箱24瓶",
    "第12期分期免息吗",
    "这个是2019款还是2023款",
    "我要5斤装的",
    "买了4盒，收到3盒",
    "数量改成15个",
    "1380ml的杯子有吗",
    "1.38米的床有吗",
    "身高138cm的小孩穿多大",
    "转速1380转/分钟",
    "功率1500W，电压220V",
    "我是138号会员",
    "房间号1801，放门口就行",
    "第1380期开奖时间",
    "这个批次号是20240315A",
    "货号 BX-2207-13",
    "型号 SM-G9910",
    "序列号SN13800138000",
    "IMEI号 861234567890123",
    "邮编 518000",
    "快递员说明天10点送",
    "我们小区是3号楼2单元",
]


def benign():
    for template in ORDER_TEMPLATES:
        for _ in range(4):
            order = rng.choice(
                [digits(19), digits(18), "2" + digits(17), digits(6) + "-" + digits(15)]
            )
            sender = rng.choice(["buyer", "agent"])
            add(template.format(o=order), sender=sender)
    for template in WAYBILL_TEMPLATES:
        for _ in range(3):
            add(
                template.format(d12=digits(12), d13=digits(13), d15=digits(15)),
                sender=rng.choice(["buyer", "agent"]),
            )
    for text in PRICE_SPEC:
        add(
            text.format(p=rng.choice(["138", "99", "1299", "59.9", "1688", "300"])),
            sender=rng.choice(["buyer", "agent"]),
        )
    for text in PRODUCT_WORDS:
        add(text, sender="buyer")
        if rng.random() < 0.5:
            add("亲，" + text.rstrip("吗？?") + "，有的", sender="agent")
    for text in SERVICE:
        add(text, sender="agent")
    for text in BUYER_CHAT:
        add(text, sender="buyer")
    for text in NUMBERS_BENIGN:
        add(text, sender=rng.choice(["buyer", "agent"]))


# ---------------------------------------------------------------- contact
def contact():
    agent_phone = [
        "有问题直接打我电话{m}",
        "我的手机号{m}，微信同号",
        "联系电话：{m}",
        "call me {m}",
        "急的话打 {m}",
        "售后电话{m}，随时联系",
        "手机 {m} 加我",
        "电话{m}",
    ]
    for template in agent_phone:
        add(template.format(m=mobile()), ["contact"], "agent")
    for template in agent_phone[:5]:
        add(template.format(m=mobile()), ["contact"], "buyer")
    evasions = [
        lambda m: spaced(m, " "),
        lambda m: m[:3] + "-" + m[3:7] + "-" + m[7:],
        lambda m: m[:3] + " " + m[3:7] + " " + m[7:],
        lambda m: spell(m, CN),
        lambda m: spell(m, CN_UPPER),
        lambda m: spell(m, SLANG),
        lambda m: spell(m, CIRCLED),
        lambda m: spell(m, PAREN),
        lambda m: spell(m, FULL),
        lambda m: spell(m, SUPER),
        lambda m: keycaps(m),
        lambda m: spaced(m, "."),
        lambda m: spaced(m, "❤"),
        lambda m: spaced(m, "\u200b"),
        lambda m: "+86 " + m,
        lambda m: spaced(m, "、"),
        lambda m: m[:3] + "🌸" + m[3:7] + "🌸" + m[7:],
        lambda m: spaced(m, "_"),
        lambda m: spell(m[:5], CN) + m[5:],
        lambda m: spell(m[:4], CIRCLED) + spell(m[4:], FULL),
    ]
    wrappers = [
        "加我 {x}",
        "打这个 {x}",
        "电话是{x}",
        "{x} 有事找我",
        "我号码{x}",
        "{x}",
    ]
    for evade in evasions:
        for sender in ("agent", "buyer"):
            add(rng.choice(wrappers).format(x=evade(mobile())), ["contact"], sender)
    landlines = [
        "门店电话 021-6238 8866",
        "座机：0755-86013388",
        "打 010-88886666 找我",
        "订货热线 400-820-8820",
        "电话(020)87654321",
        "0571 8888 6666 联系我",
        "座机 零二一 六二三八 八八六六",
        "固话0512-65432100转分机",
    ]
    for text in landlines:
        add(text, ["contact"], "agent")
    wechat = [
        "加我微信详聊",
        "加个微信吧，方便发图",
        "我微信是abc_1988",
        "微信号：shop_lucy2023",
        "加我薇信，给你优惠",
        "威信搜一下 liuliu888",
        "V信：xiaomei520",
        "加vx发你视频",
        "wx: tb_shop_001",
        "vx同号",
        "私聊wx",
        "加 V ❤ X 有福利",
        "卫星号 abc12345",
        "加我绿泡泡",
        "加卫星详聊",
        "weixin: zhang_san_99",
        "加个 w e i x i n",
        "加微 hh1234567",
        "薇❤信 lucky668",
        "徽信联系",
        "加我V，备注订单号",
        "微 信 同 号",
        "wechat: mike_2020",
        "有微信吗？加一下",
        "微信多少，我加你",
        "你微信发我一下",
        "加v：zz88888",
        "v我看看",
        "私我v",
        "加一下威信",
        "扫我微信",
        "微信聊吧，这里不方便",
        "我们换个地方聊，加我vx",
        "Vx：",
        "加微发你红包",
        "微信上说吧",
        "ｖｘ：ｈｏｎｇ８８８８",
        "ＷＸ同号",
        "加我微❤信",
        "微.信.号 sun1985",
        "薇芯 xyz789",
    ]
    for text in wechat:
        add(text, ["contact"], rng.choice(["agent", "agent", "buyer"]))
    qq = [
        "我QQ是 {q}",
        "加扣扣{q}",
        "企鹅号{q}",
        "Q号 {q}",
        "加我qq发你图",
        "扣扣联系",
        "QQ：{q}",
        "抠抠 {q}",
        "qq群{q}有优惠",
        "加企鹅，{q}",
        "球球号{q}",
        "加我企鹅号",
        "蔻蔻 {q}",
        "扣扣号多少",
        "QQ 邮箱也行",
    ]
    for text in qq:
        add(
            text.format(q=str(rng.randint(10000, 3999999999))),
            ["contact"],
            rng.choice(["agent", "buyer"]),
        )
    other = [
        "加我钉钉",
        "钉钉号 zhang888",
        "telegram: @shop88",
        "纸飞机号 abc888",
        "抖音号 xiaomei888 私信我",
        "whatsapp +86",
        "陌陌号 556677",
        "微博号搜 小美家",
        "skype 联系",
        "ins号私聊",
        "飞机号 kk999",
        "tg号 @haohuo",
        "推特私信我",
        "小红书号 meimei",
        "快手号找我",
    ]
    for text in other:
        add(text, ["contact"], "agent")
    emails = [
        "我的邮箱 zhangsan@163.com",
        "发到 lisi123@qq.com",
        "邮箱：shop_2024@gmail.com",
        "abc123 at qq dot com",
        "wangwu艾特163点com",
        "邮箱 lucky圈a126.com",
        "mike#foxmail.com",
        "发我邮箱 tom(at)outlook(dot)com",
        "hello@sina.cn 联系",
        "邮箱 88886666＠ｑｑ．ｃｏｍ",
        "xiaoming@126。com",
        "邮箱是 sunny_ye@hotmail.com",
        "电子发票发到 fapiao2024@163.com",
        "邮箱 abc_88 艾特 qq 点 com",
    ]
    for text in emails:
        add(text, ["contact"], rng.choice(["agent", "buyer"]))


def split_phones():
    for n in range(24):
        number = mobile()
        session = f"split-{n}"
        sender = rng.choice(["agent", "buyer"])
        parts = rng.choice(
            [
                [number[:3], number[3:7], number[7:]],
                [number[:4], number[4:]],
                [number[:7], number[7:]],
                [number[:3], number[3:]],
            ]
        )
        style = rng.choice(["plain", "cn", "lead"])
        if style == "cn":
            parts = [spell(p, CN) for p in parts]
        if style == "lead":
            parts[0] = rng.choice(["电话", "手机", "打我", "号码"]) + parts[0]
        if n % 3 == 0:
            add(
                "好的，我记一下",
                sender="agent" if sender == "buyer" else "buyer",
                session=session,
            )
        for part in parts[:-1]:
            add(part, sender=sender, session=session)
        add(parts[-1], ["contact"], sender=sender, session=session)


# ---------------------------------------------------------------- payment
def payment():
    texts = [
        "私下交易更便宜",
        "我们私下交易吧，不走平台",
        "不走平台给你便宜20",
        "直接转账给我就行",
        "支付宝转我，马上发货",
        "转支付宝，账号{m}",
        "zfb 转我",
        "微信转账也可以",
        "发红包给我，我给你发货",
        "扫我的收款码付款",
        "我发你收款码",
        "个人收款码扫一下",
        "私下付款吧，平台扣点高",
        "别在平台拍了，直接转我",
        "线下转账打折",
        "平台外交易再便宜50",
        "绕过平台直接买",
        "走私单吧",
        "钱直接给我，不用下单",
        "吱付宝转账",
        "退款后私下补差价给我",
        "你先退款，我再私下转给你",
        "差价微信转我",
        "差价转我就行",
        "先申请退款，退款后再转给我",
        "退款之后加微信补给你",
        "仅退款后私下付一半",
        "差价支付宝转",
        "补差价转账给我",
        "私底下交易",
        "不通过平台也行",
        "场外交易",
        "直接打我卡上",
        "银行卡号发你，打款到卡上",
        "卡号{c}，转账就行",
        "工行卡 {c} 户名张三",
        "打到这个卡 {c}",
        "{c} 建行，转这里",
        "汇款到 {c}",
        "转账码发你了",
        "收钱码扫一扫",
        "zhi fu bao 转我",
        "支fu宝 账号{m}",
        "微信红包也行",
        "二维码付款，私下便宜",
    ]
    for text in texts:
        names_contact = "{m}" in text or "微信" in text
        add(
            text.format(m=mobile(), c=bank_card()),
            ["payment"] + (["contact"] if names_contact else []),
            rng.choice(["agent", "agent", "buyer"]),
        )
    for _ in range(6):
        card = bank_card()
        add(
            rng.choice(["卡号 ", "银行卡 ", "转到 "])
            + " ".join(card[i : i + 4] for i in range(0, 19, 4)),
            ["payment"],
            "agent",
        )


# ---------------------------------------------------------------- link
def links():
    texts = [
        "去这个网站买 www.haohuo888.com",
        "http://t.cn/A6abcdE",
        "https://dwz.cn/x8Yz",
        "点击 bit.ly/3xyZ",
        "复制到浏览器打开 haohuo点com",
        "网址：shop888 dot com",
        "官网 www。zhuanmai。cn",
        "打开 https://item.taobao.com/item.htm?id=123",
        "链接 https://m.tb.cn/h.abc",
        "资料在百度网盘，提取码 8x9y",
        "pan.baidu.com/s/1abcDEF 提取码 abcd",
        "阿里云盘链接发你",
        "夸克网盘分享给你",
        "复制这条信息¥AbCd1234Ef¥打开手机淘宝",
        "€xY7kL9mQ2€ 复制打开",
        "淘口令发你了",
        "长按复制 ¥Zq8Wr5Tx3p¥",
        "独立站购买更便宜：www.mybrand.shop",
        "t.cn/RxyZ123",
        "url.cn/5abcDe",
        "打开 haowu.vip 下单",
        "http://192.168.1.1/pay",
        "网址是 ABC点TOP",
        "xyz.link/buy",
        "蓝奏云链接发你",
        "https://mobile.yangkeduo.com/goods.html?goods_id=1",
        "https://u.jd.com/abcd",
        "打开网页 www . shop123 . net",
    ]
    for text in texts:
        expect = ["link"]
        lowered = text.lower()
        if any(
            w in lowered for w in ("taobao", "淘宝", "tb.cn", "jd.com", "yangkeduo")
        ):
            expect.append("platform")
        add(text, expect, rng.choice(["agent", "agent", "buyer"]))


# ---------------------------------------------------------------- platform
def platforms():
    texts = [
        "淘宝上更便宜",
        "去某宝搜一下同款",
        "我们天猫旗舰店也有",
        "京东上买有保障",
        "狗东上有卖",
        "拼多多上才卖20",
        "拼夕夕上一样的东西",
        "去闲鱼挂一下",
        "闲鱼上卖二手",
        "唯品会有折扣",
        "美丽说上看到的",
        "1688进货价才5块",
        "阿里1688批发",
        "去tb搜店名",
        "jd上买吧",
        "pdd便宜",
        "taobao搜 小美家",
        "在淘 宝 上买",
        "某东自营",
        "天 猫 店铺搜",
        "去 T B 下单",
        "咸鱼上卖了",
        "得物上鉴定过",
        "苏宁易购有货",
        "亚马逊海外购",
        "我们在淘寶也有店",
        "掏宝同款",
        "拼dd上看到的",
        "微店下单更便宜",
        "抖店下单有优惠",
        "快手小店搜我们",
        "京东同款吗",
        "这个在天猫多少钱",
        "淘宝买的便宜一半",
        "某猫旗舰店",
        "去 P D D 上拍",
        "我们有淘宝店，去那边拍",
        "蘑菇街上也有",
        "唯品会下单",
        "去狗东买",
    ]
    for text in texts:
        add(text, ["platform"], rng.choice(["agent", "buyer"]))


# ---------------------------------------------------------------- address
def addresses():
    texts = [
        "我们实体店在广州市天河区天河路385号",
        "门店地址：深圳市南山区科技园南路18号",
        "仓库地址在义乌市国际商贸城二区",
        "可以来实体店看货",
        "欢迎来店里试穿",
        "到店自提更便宜",
        "同城可以面交",
        "线下交易也可以",
        "当面交易，现金也行",
        "现金交易打九折",
        "可以上门自提",
        "过来拿货吧，在杭州四季青",
        "我们档口在沙河服装城",
        "厂家地址在东莞市虎门镇",
        "你们有实体店吗",
        "来我们店看看",
        "见面交易吧",
        "仓库在上海嘉定，可以自提",
        "当面付就行",
        "我们工厂在佛山顺德，欢迎来看",
        "门店在北京朝阳大悦城三楼",
        "可以来仓库拿",
        "付现金也可以",
        "同城自取吗",
    ]
    for text in texts:
        add(text, ["address"], rng.choice(["agent", "agent", "buyer"]))


# ---------------------------------------------------------------- abuse/obscene
def abuse():
    texts = [
        "你是不是傻逼",
        "傻 逼客服",
        "sb商家",
        "SB",
        "滚！",
        "你滚吧",
        "滚蛋",
        "脑残吧你",
        "去死吧",
        "nmsl",
        "NMSL",
        "你妈的什么服务",
        "他妈的还不发货",
        "智障客服",
        "垃圾客服",
        "废物一个",
        "贱人",
        "狗东西",
        "煞笔",
        "沙比",
        "傻b",
        "cnm",
        "草泥马",
        "王八蛋",
        "白痴吗",
        "弄死你",
        "我知道你住哪",
        "等着瞧",
        "你给我等着",
        "找人打你",
        "杀了你全家",
        "神经病吧",
        "你有病",
        "猪脑子",
        "畜生",
        "人渣",
        "TMD",
        "尼玛的",
        "你算什么东西",
        "傻 b",
        "s b 客服",
        "你 是 傻 逼",
        "滚犊子",
        "臭不要脸",
        "mmp",
    ]
    for text in texts:
        expect = ["abuse"]
        if text in ("草泥马",):
            expect = ["obscene"]
        add(text, expect, rng.choice(["buyer", "buyer", "agent"]))
    obscene = [
        "约炮吗",
        "美女约吗",
        "裸聊吗",
        "有黄片吗",
        "操你妈",
        "艹你",
        "做爱",
        "看片吗",
        "发张裸照",
        "陪睡多少钱",
        "一夜情",
        "卖淫",
        "鸡巴",
        "骚逼",
        "包夜多少",
        "日你妈",
        "有特殊服务吗",
        "色情网站发你",
    ]
    for text in obscene:
        expect = ["obscene"]
        add(text, expect, rng.choice(["buyer", "agent"]))


# ---------------------------------------------------------------- fraud
def fraud():
    texts = [
        "好评返现5元",
        "五星好评返现金",
        "晒图返现10元",
        "好评后返红包",
        "给好评返3块",
        "带图好评返5元，截图发我",
        "刷单兼职，日结",
        "招刷手，佣金日结",
        "帮忙刷单吗，垫付返佣",
        "刷好评，一单5元",
        "恭喜您中奖了，请领取奖品",
        "您已中奖，点击链接领取",
        "幸运用户抽中iPhone",
        "退款需要先交手续费",
        "账户冻结，需要交解冻费",
        "缴纳保证金才能退款",
        "我是官方理赔专员",
        "您的订单异常需要重新验证资金",
        "取消会员扣费请按提示操作",
        "流水不足无法退款",
        "好评有礼，送小礼品",
        "追评返现",
        "返现金额5元",
        "好评送运费险",
        "五星好评截图领红包",
        "刷销量的活动",
        "代刷信誉",
        "中奖名单里有您",
        "交保证金500",
        "退款专员联系您",
    ]
    for text in texts:
        add(text, ["fraud"], rng.choice(["agent", "agent", "buyer"]))


def political():
    for text in [
        "法轮大法好",
        "支持台独",
        "港独",
        "推翻政府",
        "反共",
        "颠覆国家政权",
        "六四事件",
        "大纪元的新闻",
        "九评共产党",
        "东突",
    ]:
        add(text, ["political"], rng.choice(["buyer", "agent"]))


def spam():
    ads = [
        "全场清仓，三折起，最后一天，错过再等一年！",
        "新店开业大酬宾，关注店铺领十元无门槛券",
        "爆款连衣裙限时秒杀，今晚八点准时开抢",
        "买二送一，加购再减五元，数量有限先到先得",
        "店铺周年庆，满两百减五十，欢迎选购",
        "亲，本店推出会员日活动，全场八八折优惠中",
        "进店有礼，新人专享价，快来抢购吧亲们",
        "清仓大甩卖，全场九块九包邮，赶紧下单",
    ]
    for n, ad in enumerate(ads):
        session = f"spam-{n}"
        sender = "agent" if n % 4 else "buyer"
        add(ad, sender=sender, session=session)
        add("亲还在吗" if sender == "agent" else "在吗", sender=sender, session=session)
        add(ad if n % 2 else ad.replace("，", " "), sender=sender, session=session)
        add(ad, ["spam"], sender=sender, session=session)
        if n < 4:
            add(ad + "！", ["spam"], sender=sender, session=session)
    # Repeats by the other party and short repeats are not spam.
    for n in range(4):
        session = f"repeat-ok-{n}"
        add("什么时候发货", sender="buyer", session=session)
        add("亲，今天下午发货", sender="agent", session=session)
        add("什么时候发货", sender="buyer", session=session)
        add("什么时候发货", sender="buyer", session=session)


def mixed():
    add("加我微信 abc12345，私下转账更便宜", ["contact", "payment"], "agent")
    add("淘宝店搜 小美家，加vx有优惠", ["platform", "contact"], "agent")
    add(
        f"傻逼，加我QQ{rng.randint(100000, 99999999)}",
        ["abuse", "contact"],
        "buyer",
    )
    add("好评返现，加微信领", ["fraud", "contact"], "agent")
    add(
        "去拼多多买，链接 https://mobile.yangkeduo.com/abc",
        ["platform", "link"],
        "agent",
    )
    add("实体店地址发你，电话" + mobile(), ["address", "contact"], "agent")
    add("支付宝转我，或者来实体店拿", ["payment", "address"], "agent")
    add(
        "刷单返佣，加QQ群" + str(rng.randint(100000, 999999999)),
        ["fraud", "contact"],
        "agent",
    )


HARD_BENIGN = [
    "亲，这款手机支持微信双开吗",
    "我的快递员电话打不通怎么办",
    "您好，我手机号换了，订单里的能改吗",
    "联系不上快递员",
    "我刚刚在直播间下的单",
    "主播说的优惠券在哪领",
    "你们家的VX系列耳机有降噪吗",
    "WX-1000型号的配件有吗",
    "这款qq星牛奶是整箱吗",
    "QQ飞车的周边有吗",
    "订单号 6217000010001234569 是这个吗",
    "运单号 13812345678901",
    "这个价格是138.00还是1380",
    "充电宝10000mAh，13800mAh的卖完了",
    "帮我看下 2024年06月18日 13:80 的订单",
    "快递柜取件码 13800",
    "我的会员号是1380013",
    "身份证后四位0013",
    "银行卡支付失败了怎么办",
    "用信用卡付款可以吗",
    "退款退到银行卡要几天",
    "付款的时候提示网络错误",
    "我在平台钱包里充值了",
    "平台补贴的价格还有吗",
    "能开增值税专用发票吗",
    "这个商品在别的店也看到过",
    "和别家比你们贵了点",
    "你们是哪里发货",
    "从广州发货吗",
    "发货地是义乌吗",
    "我地址是北京市海淀区中关村大街27号",
    "收货地址：浙江省杭州市西湖区文三路90号",
    "客服，网页版怎么申请退款",
    "这个app怎么看物流",
    "点一下订单详情里的查看物流就行",
    "请点击下方的商品链接下单",
    "商品链接发我一下",
    "这是你们家的链接吗 https://csc.example.com/item/2231",
    "链接打不开 csc.example.com/i/77",
    "版本号v2.3.1",
    "文件名是说明书.pdf",
    "固件升级到1.3.8版本",
    "型号：X13 Pro",
    "这个颜色叫天空蓝",
    "蓝牙5.3的吗",
    "支持NFC吗",
    "我家猫很喜欢这个猫爬架",
    "天猫精灵和小爱同学都能连吗",
    "狗粮是幼犬吃的吗",
    "给狗东西吃要注意什么",
    "东西很好，谢谢",
    "操心死了，快点发货吧",
    "这件衣服扣子太难扣了",
    "卫星锅能收到几个台",
    "滚动条怎么调",
    "这个傻瓜机拍照清楚吗",
    "好评已经写了，很满意",
    "我会给五星好评的",
    "满意的话麻烦给个好评哦",
    "亲，收到后觉得满意可以给个五星好评哦",
    "不好意思，我刚刚发错了",
    "嗯嗯，好的谢谢",
    "哈哈哈好的",
    "OK",
    "👍",
    "🙏🙏🙏",
    "……",
    "亲亲～在的哦",
    "客官稍等～",
    "能不能便宜10块，我诚心要",
    "我要发票，邮寄到公司",
    "您的包裹已到达【杭州转运中心】",
    "派件员：张师傅，已出发",
    "第一次买，期待一下",
    "三件一起发吗",
    "四月十号能到吗",
    "一二三码是什么意思",
    "我买的是一号色和三号色",
]
MORE_VIOLATIONS = [
    ("亲，咱们加个微❤信，发你实拍图", ["contact"], "agent"),
    ("加我 v x ：l i n 8 8 8", ["contact"], "agent"),
    ("威 信 号码 l13579", ["contact"], "agent"),
    ("手机：壹叁玖 零零 贰贰 肆肆 陆陆", ["contact"], "agent"),
    ("电话幺三八 洞洞幺三 八洞洞洞", ["contact"], "buyer"),
    ("13８-００１3-８０００ 有事打", ["contact"], "agent"),
    ("加我ＱＱ：８８６６５５４４", ["contact"], "agent"),
    ("扣 扣 886655443", ["contact"], "agent"),
    ("某宝搜一下我们店", ["platform"], "agent"),
    ("去 淘 宝 下单便宜", ["platform"], "agent"),
    ("拼 多 多 上有个一样的", ["platform"], "buyer"),
    ("t.cn/R8xYz 点开看看", ["link"], "agent"),
    ("www点haohuo点com", ["link"], "agent"),
    ("你真是个 傻 逼", ["abuse"], "buyer"),
    ("S.B.", ["abuse"], "buyer"),
    ("好 评 返 现 哦亲", ["fraud"], "agent"),
    ("私 下 交 易", ["payment"], "agent"),
    ("支付宝账号 " + "zhang" + "san@163.com", ["payment", "contact"], "agent"),
    ("门店地址：成都市锦江区春熙路12号", ["address"], "agent"),
    ("欢迎到店自提", ["address"], "agent"),
]


def hard_cases():
    for text in HARD_BENIGN:
        add(text, sender=rng.choice(["buyer", "agent"]))
    for text, expect, sender in MORE_VIOLATIONS:
        add(text, expect, sender)


def main():
    benign()
    hard_cases()
    contact()
    split_phones()
    payment()
    links()
    platforms()
    addresses()
    abuse()
    fraud()
    political()
    spam()
    mixed()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    benign_count = sum(1 for r in records if not r["expect"])
    print(f"{len(records)} records, {benign_count} benign")


if __name__ == "__main__":
    main()
