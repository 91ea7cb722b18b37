# -*- coding: utf-8 -*-
"""Builds violations_payment_fraud_address_spam.jsonl.

Most lines below are hand-written, one message per line inside add() blocks.
A line may start with "b|" (buyer) or "a|" (agent) to override the block's sender.
tpl() fills a few hand-written templates with random slots (card numbers, street
addresses, amounts, product names, urls ...), at most 5 variants per template.
Fixed random seed so the output is reproducible.
"""
import json, random, os, sys
random.seed(20240611)

ROWS = []
CODES = {"contact","payment","link","platform","address","abuse","obscene","fraud","spam","political"}

def _push(text, sender, labels, family):
    assert sender in ("buyer", "agent"), sender
    assert set(labels) <= CODES, labels
    ROWS.append({"text": text, "sender": sender, "labels": list(labels), "family": family})

def add(sender, labels, family, block):
    for line in block.strip("\n").split("\n"):
        t = line.strip()
        if not t:
            continue
        s = sender
        if t.startswith("b|"):
            s, t = "buyer", t[2:].strip()
        elif t.startswith("a|"):
            s, t = "agent", t[2:].strip()
        _push(t, s, labels, family)

# ---------------------------------------------------------------- slots
BANKS = ["工行", "建行", "农行", "招行", "中国银行", "邮储", "交行", "农商银行", "浦发", "民生银行", "兴业", "中信银行"]
def card():
    digits = "62" + random.choice(["22", "17", "28", "14", "12", "26", "15", "31"]) + "".join(random.choice("0123456789") for _ in range(random.choice([12, 13, 15])))
    style = random.randint(0, 5)
    if style == 0:
        return digits
    if style == 1:
        return " ".join(digits[i:i+4] for i in range(0, len(digits), 4))
    if style == 2:
        return "-".join(digits[i:i+4] for i in range(0, len(digits), 4))
    if style == 3:
        cn = dict(zip("0123456789", "零一二三四五六七八九"))
        return "".join(cn[c] for c in digits)
    if style == 4:
        return " ".join(digits[i:i+3] for i in range(0, len(digits), 3))
    return digits[:6] + "（空格）" + digits[6:]

ROADS = ["人民路", "解放路", "中山北路", "建设大道", "黄河路", "文化路", "长江中路", "淮海西路", "光明街", "新华路",
         "胜利大街", "和平里东街", "工农路", "朝阳北路", "环城南路", "青年路", "健康路", "幸福大道", "滨江路", "金山大道",
         "五一路", "东风路", "南京西路", "北京路", "延安二路", "迎宾大道", "体育东路", "学府路", "花园街", "站前街"]
def addr():
    r = random.choice(ROADS)
    n = random.randint(3, 899)
    tail = random.choice(["", "", f"{random.randint(1,9)}楼", f"{random.randint(1,20)}栋{random.randint(1,6)}0{random.randint(1,9)}",
                          f"{random.choice('一二三四五')}楼", f"{random.randint(1,5)}号门面", f"B座{random.randint(2,18)}0{random.randint(1,9)}室",
                          f"院内{random.randint(1,6)}号库"])
    return f"{r}{n}号{tail}"

MALLS = ["万达广场", "华强北赛格电子市场", "义乌国际商贸城二区", "白马服装市场", "十三行新中国大厦", "四季青服装市场",
         "动物园批发市场", "汉正街第一大道", "朝天门大正商贸城", "七浦路兴旺市场", "沙河服装城", "中关村e世界",
         "银泰城", "吾悦广场", "步步高广场", "大悦城", "龙湖天街", "国贸商城", "茂业百货", "红星美凯龙"]
def booth():
    m = random.choice(MALLS)
    st = random.randint(0, 3)
    if st == 0:
        return f"{m}{random.randint(1,6)}楼{random.choice('ABCDE')}区{random.randint(1000,3999)}档"
    if st == 1:
        return f"{m}{random.randint(1,5)}F-{random.randint(101,399)}铺"
    if st == 2:
        return f"{m}负一层{random.randint(10,99)}号"
    return f"{m}{random.choice('一二三四五')}楼{random.randint(101,288)}号摊位"

CITIES = ["广州", "杭州", "义乌", "深圳", "成都", "武汉", "长沙", "郑州", "西安", "南京", "沈阳", "昆明", "临沂", "泉州", "石家庄", "合肥"]
PRODS = ["这件羽绒服", "那双鞋", "手机壳", "扫地机", "这套床品", "连衣裙", "茶叶", "耳机", "奶粉", "面膜", "电动牙刷", "收纳箱",
         "这款包", "猫粮", "键盘", "护肤套装", "儿童座椅", "空气炸锅", "窗帘", "戒指", "这批货", "那条裤子", "口红", "蓝牙音箱"]
def amt():
    return random.choice(["5", "8", "10", "12", "15", "20", "25", "30", "35", "38", "45", "50", "60", "66", "80", "88", "99", "100", "120", "150", "168", "188", "200", "260", "300", "500"])
def big():
    return random.choice(["128", "235", "86", "399", "150", "420", "699", "98", "268", "560", "176", "1280", "328", "459"])
def code6():
    return "".join(random.choice("0123456789") for _ in range(6))
def phone():
    p = "1" + random.choice(["38", "39", "58", "59", "86", "87", "35", "36", "77", "52", "99", "80"]) + "".join(random.choice("0123456789") for _ in range(8))
    st = random.randint(0, 2)
    if st == 0: return p
    if st == 1: return p[:3] + " " + p[3:7] + " " + p[7:]
    return p[:3] + "-" + p[3:7] + "-" + p[7:]
def wx():
    return random.choice(["vx", "v", "wx", "薇", "卫星", "VX", "绿泡泡"]) + "：" + random.choice(["lily", "shop", "xiao", "ahua", "mm", "tt", "kk", "jie"]) + "".join(random.choice("0123456789") for _ in range(random.randint(3, 6)))
DOMAINS = ["pay-refund.cc", "lp88.vip", "kd-lipei.top", "tb-kefu.xyz", "hb168.cn", "jd-tuikuan.net", "dy-service.vip", "qb8.co", "t.cn/A6x", "dwz.cn/k", "fuli-2024.com", "bet365zh.cc", "win888.app", "kuaidi-pei.com"]
def url():
    d = random.choice(DOMAINS)
    tail = "".join(random.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(random.randint(3, 7)))
    return random.choice(["http://", "https://", "", "www."]) + d + "/" + tail
def oid():
    return "".join(random.choice("0123456789") for _ in range(random.choice([12, 16, 18])))

SLOTS = {"card": card, "addr": addr, "booth": booth, "city": lambda: random.choice(CITIES), "prod": lambda: random.choice(PRODS),
         "amt": amt, "big": big, "code6": code6, "phone": phone, "wx": wx, "url": url, "bank": lambda: random.choice(BANKS),
         "road": lambda: random.choice(ROADS), "n": lambda: str(random.randint(2, 9)), "oid": oid,
         "no": lambda: str(random.randint(3, 699))}

def fill(t):
    out = t
    for k, f in SLOTS.items():
        while "{" + k + "}" in out:
            out = out.replace("{" + k + "}", f(), 1)
    return out

def tpl(sender, labels, family, template, n=3):
    n = min(n, 5)
    got = set()
    tries = 0
    while len(got) < n and tries < 60:
        tries += 1
        t = fill(template)
        if t in got:
            continue
        got.add(t)
        _push(t, sender, labels, family)

def tpls(sender, labels, family, block, n=3):
    for line in block.strip("\n").split("\n"):
        t = line.strip()
        if not t:
            continue
        s = sender
        if t.startswith("b|"):
            s, t = "buyer", t[2:].strip()
        elif t.startswith("a|"):
            s, t = "agent", t[2:].strip()
        tpl(s, labels, family, t, n)

P = ["payment"]; F = ["fraud"]; AD = ["address"]; S = ["spam"]; N = []
PC = ["payment", "contact"]; FC = ["fraud", "contact"]; FL = ["fraud", "link"]; FP = ["fraud", "payment"]
AC = ["address", "contact"]; AP = ["address", "payment"]; SC = ["spam", "contact"]; SL = ["spam", "link"]

PRE = ["", "", "亲，", "亲亲～", "您好，", "哈喽，", "宝，", "在的亲，", "嗯嗯，", "好的亲，", "亲爱的，", "hi～"]
SUF = ["", "", "哈", "哦", "～", "😊", "，谢谢亲", "呢", "！", "🙏", "[抱拳]", "~~", "。"]
SLOTS["pre"] = lambda: random.choice(PRE)
SLOTS["suf"] = lambda: random.choice(SUF)
SLOTS["size"] = lambda: random.choice(["S码", "M码", "L码", "XL", "36码", "38码", "40码", "42码", "均码", "2XL"])
SLOTS["color"] = lambda: random.choice(["黑色", "米白", "雾霾蓝", "焦糖色", "卡其", "奶油黄", "酒红", "灰色", "藏青", "粉色"])
SLOTS["courier"] = lambda: random.choice(["顺丰", "中通", "圆通", "韵达", "申通", "京东快递", "极兔", "邮政"])
SLOTS["pct"] = lambda: random.choice(["九折", "八五折", "八折", "九五折", "七五折"])
SLOTS["day"] = lambda: random.choice(["今天", "明天", "周六", "周日", "下午", "晚上七点后", "这两天"])
SLOTS["preb"] = lambda: random.choice(["", "", "老板，", "在吗，", "hello，", "那个，", "嗯，", "店家，", "亲，"])
def homeaddr():
    r = random.choice(ROADS)
    return f"{r}{random.randint(3, 899)}号" + random.choice(["", f"{random.choice(['阳光', '锦绣', '幸福', '翠湖', '金色', '和园', '馨苑'])}{random.choice(['小区', '家园', '花园', '公寓'])}"]) + f"{random.randint(1, 30)}栋{random.randint(1, 4)}单元{random.randint(1, 28)}0{random.randint(1, 4)}"
SLOTS["homeaddr"] = homeaddr
# -*- coding: utf-8 -*-
"""Builds violations_payment_fraud_address_spam.jsonl.

Most lines below are hand-written, one message per line inside add() blocks.
A line may start with "b|" (buyer) or "a|" (agent) to override the block's sender.
tpl() fills a few hand-written templates with random slots (card numbers, street
addresses, amounts, product names, urls ...), at most 5 variants per template.
Fixed random seed so the output is reproducible.
"""
import json, random, os, sys
random.seed(20240611)

ROWS = []
CODES = {"contact","payment","link","platform","address","abuse","obscene","fraud","spam","political"}

def _push(text, sender, labels, family):
    assert sender in ("buyer", "agent"), sender
    assert set(labels) <= CODES, labels
    ROWS.append({"text": text, "sender": sender, "labels": list(labels), "family": family})

def add(sender, labels, family, block):
    for line in block.strip("\n").split("\n"):
        t = line.strip()
        if not t:
            continue
        s = sender
        if t.startswith("b|"):
            s, t = "buyer", t[2:].strip()
        elif t.startswith("a|"):
            s, t = "agent", t[2:].strip()
        _push(t, s, labels, family)

# ---------------------------------------------------------------- slots
BANKS = ["工行", "建行", "农行", "招行", "中国银行", "邮储", "交行", "农商银行", "浦发", "民生银行", "兴业", "中信银行"]
def card():
    digits = "62" + random.choice(["22", "17", "28", "14", "12", "26", "15", "31"]) + "".join(random.choice("0123456789") for _ in range(random.choice([12, 13, 15])))
    style = random.randint(0, 5)
    if style == 0:
        return digits
    if style == 1:
        return " ".join(digits[i:i+4] for i in range(0, len(digits), 4))
    if style == 2:
        return "-".join(digits[i:i+4] for i in range(0, len(digits), 4))
    if style == 3:
        cn = dict(zip("0123456789", "零一二三四五六七八九"))
        return "".join(cn[c] for c in digits)
    if style == 4:
        return " ".join(digits[i:i+3] for i in range(0, len(digits), 3))
    return digits[:6] + "（空格）" + digits[6:]

ROADS = ["人民路", "解放路", "中山北路", "建设大道", "黄河路", "文化路", "长江中路", "淮海西路", "光明街", "新华路",
         "胜利大街", "和平里东街", "工农路", "朝阳北路", "环城南路", "青年路", "健康路", "幸福大道", "滨江路", "金山大道",
         "五一路", "东风路", "南京西路", "北京路", "延安二路", "迎宾大道", "体育东路", "学府路", "花园街", "站前街"]
def addr():
    r = random.choice(ROADS)
    n = random.randint(3, 899)
    tail = random.choice(["", "", f"{random.randint(1,9)}楼", f"{random.randint(1,20)}栋{random.randint(1,6)}0{random.randint(1,9)}",
                          f"{random.choice('一二三四五')}楼", f"{random.randint(1,5)}号门面", f"B座{random.randint(2,18)}0{random.randint(1,9)}室",
                          f"院内{random.randint(1,6)}号库"])
    return f"{r}{n}号{tail}"

MALLS = ["万达广场", "华强北赛格电子市场", "义乌国际商贸城二区", "白马服装市场", "十三行新中国大厦", "四季青服装市场",
         "动物园批发市场", "汉正街第一大道", "朝天门大正商贸城", "七浦路兴旺市场", "沙河服装城", "中关村e世界",
         "银泰城", "吾悦广场", "步步高广场", "大悦城", "龙湖天街", "国贸商城", "茂业百货", "红星美凯龙"]
def booth():
    m = random.choice(MALLS)
    st = random.randint(0, 3)
    if st == 0:
        return f"{m}{random.randint(1,6)}楼{random.choice('ABCDE')}区{random.randint(1000,3999)}档"
    if st == 1:
        return f"{m}{random.randint(1,5)}F-{random.randint(101,399)}铺"
    if st == 2:
        return f"{m}负一层{random.randint(10,99)}号"
    return f"{m}{random.choice('一二三四五')}楼{random.randint(101,288)}号摊位"

CITIES = ["广州", "杭州", "义乌", "深圳", "成都", "武汉", "长沙", "郑州", "西安", "南京", "沈阳", "昆明", "临沂", "泉州", "石家庄", "合肥"]
PRODS = ["这件羽绒服", "那双鞋", "手机壳", "扫地机", "这套床品", "连衣裙", "茶叶", "耳机", "奶粉", "面膜", "电动牙刷", "收纳箱",
         "这款包", "猫粮", "键盘", "护肤套装", "儿童座椅", "空气炸锅", "窗帘", "戒指", "这批货", "那条裤子", "口红", "蓝牙音箱"]
def amt():
    return random.choice(["5", "8", "10", "12", "15", "20", "25", "30", "35", "38", "45", "50", "60", "66", "80", "88", "99", "100", "120", "150", "168", "188", "200", "260", "300", "500"])
def big():
    return random.choice(["128", "235", "86", "399", "150", "420", "699", "98", "268", "560", "176", "1280", "328", "459"])
def code6():
    return "".join(random.choice("0123456789") for _ in range(6))
def phone():
    p = "1" + random.choice(["38", "39", "58", "59", "86", "87", "35", "36", "77", "52", "99", "80"]) + "".join(random.choice("0123456789") for _ in range(8))
    st = random.randint(0, 2)
    if st == 0: return p
    if st == 1: return p[:3] + " " + p[3:7] + " " + p[7:]
    return p[:3] + "-" + p[3:7] + "-" + p[7:]
def wx():
    return random.choice(["vx", "v", "wx", "薇", "卫星", "VX", "绿泡泡"]) + "：" + random.choice(["lily", "shop", "xiao", "ahua", "mm", "tt", "kk", "jie"]) + "".join(random.choice("0123456789") for _ in range(random.randint(3, 6)))
DOMAINS = ["pay-refund.cc", "lp88.vip", "kd-lipei.top", "tb-kefu.xyz", "hb168.cn", "jd-tuikuan.net", "dy-service.vip", "qb8.co", "t.cn/A6x", "dwz.cn/k", "fuli-2024.com", "bet365zh.cc", "win888.app", "kuaidi-pei.com"]
def url():
    d = random.choice(DOMAINS)
    tail = "".join(random.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(random.randint(3, 7)))
    return random.choice(["http://", "https://", "", "www."]) + d + "/" + tail
def oid():
    return "".join(random.choice("0123456789") for _ in range(random.choice([12, 16, 18])))

SLOTS = {"card": card, "addr": addr, "booth": booth, "city": lambda: random.choice(CITIES), "prod": lambda: random.choice(PRODS),
         "amt": amt, "big": big, "code6": code6, "phone": phone, "wx": wx, "url": url, "bank": lambda: random.choice(BANKS),
         "road": lambda: random.choice(ROADS), "n": lambda: str(random.randint(2, 9)), "oid": oid,
         "no": lambda: str(random.randint(3, 699))}

def fill(t):
    out = t
    for k, f in SLOTS.items():
        while "{" + k + "}" in out:
            out = out.replace("{" + k + "}", f(), 1)
    return out

def tpl(sender, labels, family, template, n=3):
    n = min(n, 5)
    got = set()
    tries = 0
    while len(got) < n and tries < 60:
        tries += 1
        t = fill(template)
        if t in got:
            continue
        got.add(t)
        _push(t, sender, labels, family)

def tpls(sender, labels, family, block, n=3):
    for line in block.strip("\n").split("\n"):
        t = line.strip()
        if not t:
            continue
        s = sender
        if t.startswith("b|"):
            s, t = "buyer", t[2:].strip()
        elif t.startswith("a|"):
            s, t = "agent", t[2:].strip()
        tpl(s, labels, family, t, n)

P = ["payment"]; F = ["fraud"]; AD = ["address"]; S = ["spam"]; N = []
PC = ["payment", "contact"]; FC = ["fraud", "contact"]; FL = ["fraud", "link"]; FP = ["fraud", "payment"]
AC = ["address", "contact"]; AP = ["address", "payment"]; SC = ["spam", "contact"]; SL = ["spam", "link"]

PRE = ["", "", "亲，", "亲亲～", "您好，", "哈喽，", "宝，", "在的亲，", "嗯嗯，", "好的亲，", "亲爱的，", "hi～"]
SUF = ["", "", "哈", "哦", "～", "😊", "，谢谢亲", "呢", "！", "🙏", "[抱拳]", "~~", "。"]
SLOTS["pre"] = lambda: random.choice(PRE)
SLOTS["suf"] = lambda: random.choice(SUF)
SLOTS["size"] = lambda: random.choice(["S码", "M码", "L码", "XL", "36码", "38码", "40码", "42码", "均码", "2XL"])
SLOTS["color"] = lambda: random.choice(["黑色", "米白", "雾霾蓝", "焦糖色", "卡其", "奶油黄", "酒红", "灰色", "藏青", "粉色"])
SLOTS["courier"] = lambda: random.choice(["顺丰", "中通", "圆通", "韵达", "申通", "京东快递", "极兔", "邮政"])
SLOTS["pct"] = lambda: random.choice(["九折", "八五折", "八折", "九五折", "七五折"])
SLOTS["day"] = lambda: random.choice(["今天", "明天", "周六", "周日", "下午", "晚上七点后", "这两天"])
SLOTS["preb"] = lambda: random.choice(["", "", "老板，", "在吗，", "hello，", "那个，", "嗯，", "店家，", "亲，"])
def homeaddr():
    r = random.choice(ROADS)
    return f"{r}{random.randint(3, 899)}号" + random.choice(["", f"{random.choice(['阳光', '锦绣', '幸福', '翠湖', '金色', '和园', '馨苑'])}{random.choice(['小区', '家园', '花园', '公寓'])}"]) + f"{random.randint(1, 30)}栋{random.randint(1, 4)}单元{random.randint(1, 28)}0{random.randint(1, 4)}"
SLOTS["homeaddr"] = homeaddr
# ================= PAYMENT: red packets =================
add("agent", P, "red_packet", """
亲，不用拍了，直接发个红包给我就行，我这边马上安排发货
这款库存就剩两件了，您发个88的红包过来我给您留着
发红包给我比拍下来便宜十块，您看要不要
亲你包个大的给我，我给你多送两双袜子哈
拍链接要扣点，你直接红包200就行了，我记账
红包发我就可以了亲，不用走订单
您那边直接发红包，收到我就寄，顺丰包邮
亲～这个价格只能红包哦，下单的话系统价是原价
红包到了我就给你发货，一般当天就走
你发我两个红包吧，一个最多200，分两次发
不好意思亲，这个优惠价走不了订单，麻烦红包给一下哈
小红包发过来就行，运费我们这边出
直接红包结算，省得你等平台审核
先包个50的红包做定金，剩下的到货再给
亲 红包发我 我直接给你改地址发过去
大单的话可以分几个红包发，我们这边都是这么操作的
收到您的红包后我这边截图给您当凭证
这次活动价就是发红包的价格，拍下是原价哦
发红包比较快，下单的话要等活动审核两天
亲您发个专属红包给我，备注一下尺码颜色
红包收款我们这边更方便，还不用开发票
这单你直接红包我，我给你免运费
亲爱的，包个168的红包就能拿走这套
不用付款了，红包发我，我手动给你发货
可以的亲，红包发我就算成交了
您拼一下红包吧，拍下来要多付税点的
先发个1块钱的红包试试能不能收到，然后再发余款
红包备注“定”字，我就知道是您的单了
发个拼手气的不行哦，要普通红包，金额写188
亲你直接红包吧，平台最近扣点太高了
收到红包回复你快递单号，放心吧我们做了好多年了
a|老客户了，红包发我打八折，别拍了
""")
add("buyer", P, "red_packet_buyer", """
我直接给你发红包行不，便宜点
老板我发你个红包，你把东西寄过来就行，不想下单了
发红包可以吗？我不想在这上面付钱
红包200拿走可以不？不拍链接了
我发你红包，你少收我二十块吧
能不能我直接红包给你，你给我包邮
我刚给你包了个大的，你看看收到没，收到了就发货吧
包个红包给你，你别走单了，直接寄给我
红包转你吧，省得平台扣你手续费，你也给我便宜点
我红包发你50当定金行吗，剩下收货再给
老板，我发红包给你是不是可以再便宜点
你这边收红包吗？收的话我现在就发
""")
# ================= PAYMENT: scan my code =================
add("agent", P, "scan_code", """
亲，扫我码付款就可以了，比拍下便宜15
这是我的收款码，您扫一下付款，备注订单号
扫码付吧亲，系统下单现在有点问题
我发你个二维码，你扫了直接付，不用在这拍
二维码付款可以享受批发价哦
亲，用我们的收款码付，付完截图给我
码发你了，扫一下付个定金就行
您扫一下我发的码，备注尺码，我马上安排
付款码在图片里，长按识别就能付
收款码我发在聊天里了，您存一下扫
扫这个码付款，付了我改成已发货
亲 这个价只能扫码支付 拍下没有这个价
直接扫我码吧，不要拍链接了，拍了我还要退
要优惠的话扫码付，下单的话原价
你扫一下我店里的收款码，我们实体店的码，一样的
付款的话扫我上面那个码就行，金额输入128
图片里有个码，扫码付款后发货
我发你一张收款码截图，你打开支付宝扫
长按二维码，识别后付款，备注名字
亲，扫码支付比平台快，平台还要冻结七天
这边建议扫码支付，我们老板说这样能再让五块
""")
add("buyer", P, "scan_code_buyer", """
你发个收款码给我吧，我扫码付你
老板有收款码吗，我扫你，便宜点
你把码发我，我直接扫，不拍了
能给个二维码我扫吗，不想在平台付
扫码付行不行，我卡里钱不够绑不上平台
你收款码发我一下，我扫了你就发货
""")
# ================= PAYMENT: deposits outside the order =================
add("agent", P, "deposit_outside", """
亲，定做的话需要先付300定金，直接转我就行，不走订单
这款要押金500，您先打给我，用完退您
先付个定金吧，打到我账户上，剩下的拍下来
定金微信转我吧，尾款再拍链接
押金不走平台哦亲，单独付给我们就行
定金付了我才能给您排期，私下付给我就可以
亲，租赁的话押金2000，您线下转，租金再拍
押金先交到我这边，还货的时候原路退给你
您先交一半定金给我个人，另一半发货前给
定制需要付30%定金，转到我们公司账户，不在这边拍
这个要先交订金，您给我转一下，我给您打收据
预留的话要付个诚意金，转给我就行，不用拍
定金200，转我就好，拍下的时候减掉
押金您直接给我，平台上只收租金
先打定金过来，我这边才能开模
不交定金不排单的亲，打给我就行
亲这个定金不能在平台付，平台不支持，你转我
""")
add("buyer", P, "deposit_outside_buyer", """
我先转你100定金可以吗，你帮我留着，不拍了
定金我私下给你，剩下的你给我便宜点
押金我直接给你吧，别在平台上收了
我先给你打个定金，到时候当面给尾款
""")
# ================= PAYMENT: pay difference via other link / outside =================
add("agent", P, "topup_outside", """
亲，差价你直接转我就行，不用再拍了
还差35块，你红包补给我吧
补差价的话你发我红包，平台那个链接下架了
差的那20你私下给我就好，我给你改地址
邮费差价转我吧，懒得再开链接了
补的钱打我卡上就行，我报给你
您升级顺丰要补12元，直接转我哈
剩下的差价您扫码付给我，不要拍了
差价直接打给我，我这边备注
尾款走外面吧亲，转我就行
""")
add("agent", P, "one_yuan_link", """
亲，这个价平台上拍不了，你去拍我们那个1元的链接，拍158件就行
补差价去拍那个一块钱的商品，拍N件自动凑齐，我不发那个货的
你拍我们店里那个邮费链接，拍30件就是30块，等于把钱给我了，货我另外寄
原价拍太贵了，你拍0.1元的补差链接拍1000件，我直接给你发这套
这个不上架的，你拍我们1元链接拍299份，我给你发真正的货
拍十份那个“运费补拍”然后我私下给你发别的东西
你拍那个1块钱的纽扣，拍188个，我给你发的是这件大衣
下单拍那个5元的赠品链接，拍N件顶价格，实际发的是你要的那款
我们店里有个备注专用链接，一块钱一份，你拍一百二十份，发货发的是手表
这款价格不能挂出来，拍我们1元的链接凑数，我发货发原来那个
""")
# ================= PAYMENT: cash on delivery by arrangement =================
add("agent", P, "cod_private", """
亲，您不用付款，货到了直接给送货师傅现金就行
这边可以货到了再给钱，现金给我们司机就好
不用拍，到了当面给钱，我们安排人送
我们自己送货，送到了你给现金，不走平台
到付现金就行亲，司机收钱，您把订单取消了吧
货到付款我们私下安排，您先取消订单
送货上门的时候把钱给安装师傅就行，不用在网上付
东西到了你再给钱，现金微信都行，不用拍
你先别付，等我们的人送到了你当面给他
别走平台了，到了现场验货付现金
安装完了把钱给师傅，平台这边我给您关单
您那个地址我们有车过去，到了现金结就行
""")
add("buyer", P, "cod_private_buyer", """
能不能货到了我直接给快递员现金，不在这付
你们能送货上门吗，我到时候现金给你，不拍了
我不想网上付，你送过来我给你钱
东西送到我家我直接给你现金行不行，还能便宜点吧
""")
# ================= PAYMENT: bank card numbers =================
tpls("agent", P, "bank_card", """
亲，打到这个卡上：{card} {bank} 张丽
卡号{card}，{bank}，户名王建国，转完截图给我
您直接转账到{bank}{card}，我收到就发
账户：{card}（{bank}）收款人陈某某
钱打这张卡就行 {card} 户名刘
我们公司对公账户不方便，你转我个人卡{card}
付款方式：{bank}卡 {card}，备注你的名字
尾款打到 {card}，{bank}的，谢谢亲
亲，银行卡号发你了 {card}，开户行{bank}
转这里 {card} 名字 李晓燕 {bank}
""", n=3)
add("agent", P, "bank_card_split", """
卡号我分开发哈：6222 0236
后面是 0112 8873 051，工行的，收款人赵敏
亲卡号是六二二八四八零零三一二二七六六五零，农行
卡号前面6217 中间0038 最后7721 6650 134 建行
我卡号尾数不方便在这说，你就打我给你的那张工行卡，62开头那个
卡：陆贰贰贰 零贰零零 叁伍捌玖 壹柒贰叁 肆伍陆，户名周
""")
add("buyer", P, "bank_card_buyer", """
你给我个卡号吧，我直接银行转你，不拍了
我网银转你行吗？卡号发我
老板你有银行卡吗，我打到卡上，你便宜一百
我用银行卡直接转给你，你给个账户
""")
# ================= PAYMENT: save platform fee =================
add("agent", P, "save_fee", """
亲，不走平台可以省手续费，我们直接交易便宜10%
平台抽成太多了，我们私下成交给你打九折
走平台要多出6个点的手续费，您直接付我就不用
跳过平台付款，省下来的钱我都让给你
不在平台上付的话可以免掉服务费哦
你要是不走平台我能再少三十
线下交易可以省一笔佣金，懂的都懂
平台扣点扣得我们都不赚钱了，直接付我吧
绕开平台付给我们，价格好商量
你不在这下单，直接给我，价格就是出厂价
平台的价是含佣金的，你直接给我钱就没那部分了
""")
add("buyer", P, "save_fee_buyer", """
我们直接交易吧，省得平台收你手续费，你也给我便宜点
不走平台行不行，你给我便宜我直接付你
私下交易能便宜多少？
在外面付给你吧，平台那个钱就省了，咱俩分
老板，平台外面付款给你打几折
能不能别走这个系统，我直接给你钱，你少点
""")
# ================= PAYMENT: pay before confirming receipt / outside =================
add("agent", P, "pay_first", """
确认收货前先把钱打过来，我们这边才放货
亲，货款先转过来，货到了您再点确认收货就行
您先把钱给我，订单那边我给您做个0元的
先付款给我个人，平台订单先放着，到时候我取消
先把尾款结给我，再确认收货
亲，要先转账后发货的哦，不是拍下
确认收货之前先私下把运费给我
货款先给到我这边，系统那边走个形式
钱先打过来，订单我待会关掉
您先把余款发我，我再发货，平台上那单我改成1块钱
""")
# ================= PAYMENT: zfb / vx / typo forms =================
add("agent", P, "pay_app_evasion", """
zfb转我就行亲
支fu宝付给我吧，比拍便宜
直接vx转哈，转完发货
用支吧转账，账号就是我注册手机
亲 V转 或者 Z转 都行
付款走支付寶，别拍
您用绿色那个软件转我吧，我收到就发
蓝色那个app转账也行，反正别拍
用zhifubao给我转，我给你报个账号名
wx转账就行，备注名字
亲，企鹅钱包转我也可以
支.付.宝 转给我就可以了
zhi fu bao 转我，拍下要多十块
走V付给我吧，平台现在有点卡
您直接从zfb上付给我，我这边登记
亲，用支付宝当面付，我给你发账号
云闪付转我也行的
直接用小钱包转我吧
付款方式：支XX宝，账户是我们老板的
数字人民币钱包转我也可以哦，不拍链接
亲直接v付，拍单的话系统价高
""")
add("buyer", P, "pay_app_buyer", """
我zfb转你吧，别拍了
能v转吗，不想在这上面付
支付宝直接给你行不行？便宜点
我用vx转你，你发货
我zhifubao转你200，那个包你发我
支fu宝转账可以不老板
""")
# ================= PAYMENT: password red packet =================
add("agent", P, "kouling_hongbao", """
亲，发个口令红包给我，口令写“发货”，金额就是货款
您用支付宝发个口令红包，口令设成你手机尾号
口令红包最方便，你发了我领，领了就发货
直接发口令红包吧，口令我告诉你：好评
付款的话发个口令红包给我，口令：888888
""")
add("buyer", P, "kouling_buyer", """
我发你个口令红包吧，口令是我名字，你领了发货
口令红包可以吗，我不想走订单
""")
# ================= PAYMENT: 代付 off platform =================
add("agent", P, "daifu_outside", """
亲，您把钱转给我，我用我的号帮你代付下单，能便宜二十
我们这边有代付渠道，你把钱给我，我帮你拍
你不用自己付，钱给我，我找人代付，便宜一成
代付的话您先把钱打给我，我用内部账户帮您下
你把货款转我，我帮你用员工价代付
""")
# ================= PAYMENT: place order without paying / change price / pay separately =================
add("agent", P, "unpaid_then_private", """
拍下不付款，我给你改价成一分钱，然后你另外付给我
您先拍下别付款，我改成0.01，剩下的私下转我
拍了先不付，我改个价你付1块，其余的红包给我
下单别付，我把价格改了，差的部分您转给我个人
亲你拍下后先别付，我改成最低价，你再另外把钱打过来
拍下改成1元付，这样评价能出来，货款另外给我
拍一下但是别付款，等我改价，剩下的你微信那边给
""")
add("buyer", P, "buyer_private_discount", """
我要是不在这拍，直接给你钱能便宜多少
老板，私下付款给我打个八折呗，我都买好几次了
我拍下你改成一块钱，其他的我转给你，行吗
你给我便宜五十我直接付你，不下单了
私下交易的话一百能卖不
我有现金，不走网上，你给个实在价
外面付款给你，你少我三十，反正你也不亏
我们私底下成交，别让平台抽钱了
我出800你卖不卖，直接打给你
能绕过平台付款吗？我给你多加点
你要是收现金我去你那拿，便宜多少
我转给你吧，省得确认收货那么麻烦
""")
# ================= PAYMENT + CONTACT =================
add("agent", PC, "pay_plus_contact", """
亲，加我v：lucky8823，v上转账给你算批发价
加我薇信xh_2024，红包发我那边就行
支付宝账号就是我手机13857261194，直接转
加一下我微信，私聊转账便宜20
我QQ 2837719304，加了以后扫码付
你加我vx，我发你收款码
亲，我手机号15967230488，也是我支付宝，转这个就行
加我企鹅 90288371，那边付款有优惠
加我绿泡泡 mm_0527 ，转账后发货
v：shoe_ahua 加我，走v付款不扣手续费
微信同号18702254419，加我直接转就行
我的支付宝是 xiaoli_shop@163.com，直接转
您打这个电话 0571-86231145 找财务，电话里报卡号给你付
亲，加一下我个人号 tt6672，转账比平台便宜
头像就是我v，扫了加我，加了转我定金
签名里有我支付宝，备注订单号转过来
VX搜 wanjia666 加我，红包发那边
你把你微信给我，我拉你进群，群里付款有团购价
加我好友发你收款码，这边不方便发
联系电话13377651023，到货了打这个号把钱给司机
""")
tpls("agent", PC, "pay_plus_contact_tpl", """
加我{wx}，那边转账给你便宜{amt}
我的支付宝就是这个手机号 {phone}，转过来就行
{wx} 加我，发你收款码
""", n=4)
add("buyer", PC, "pay_plus_contact_buyer", """
你微信多少，我加你直接转账
给我个电话号码，我支付宝转你
加你v转账行吗，我v号是 qiqi_1990
我手机号13907314462，你支付宝搜这个号，我转你定金
你把支付宝账号给我，我转你，不拍了
我加你微信吧，红包发你，便宜点卖我
""")
# ================= PAYMENT: Traditional Chinese =================
add("buyer", P, "trad_pay_buyer", """
可以直接轉帳給你嗎？不想用平台付款
我用街口支付轉給你好不好，比較方便
老闆我匯款到你的帳戶可以便宜一點嗎
我直接轉帳給你，你幫我寄就好
可以用轉數快付款嗎？唔想喺平台俾錢
我想私下交易，可以少一點嗎
我用PayMe俾你啦，平台太麻煩
你給我帳號，我ATM轉給你
""")
add("agent", P, "trad_pay_agent", """
親，直接匯款到我們帳戶就好，不用下單
您轉帳到郵局帳號，末五碼告訴我就出貨
這個價格只能私下轉帳喔，平台上是原價
可以用轉數快直接俾我，唔使落單
親～付款請匯到這個帳號：700 0012 3456 7890，戶名林小姐
用Line Pay轉給我就可以了，比較便宜
訂金請直接轉給我們，尾款再下單
貨到付現金給司機就好，訂單先取消喔
""")
# ================= PAYMENT: English / mixed =================
add("buyer", P, "en_pay_buyer", """
Can I just pay you directly by bank transfer? cheaper for both of us
can i send u the money on alipay instead of placing order
I'd rather PayPal you directly, skip the platform fees
Is it ok if I pay cash when you deliver? not through the app
pay u via wechat pay directly ok? give me a discount
Let's do it outside the platform, I'll transfer you 200
can I venmo you? I don't want to checkout here
老板 can I just 转账 to you directly, no order
""")
add("agent", P, "en_pay_agent", """
Dear, please transfer the payment to our bank account directly, don't place the order
You can pay by red packet, no need to checkout
Scan my payment QR and pay 120, I'll ship today
We accept direct transfer, 10% cheaper than ordering here
Please pay the deposit to my personal account first, the rest on the platform
Pay cash to our driver on delivery, we'll cancel the online order
Bank: ICBC, account 6222 0208 1133 5672 019, name Zhang Wei, pls send screenshot after paying
Hi dear, skip the platform fee, pay me via alipay directly
亲 for wholesale price pls pay by transfer, not checkout
You can top up the price difference by sending me a red packet
Just send the money via PayPal friends & family, cheaper and faster
For this price you must pay outside the order, then I ship
Dear, buy 150 pcs of our 1-yuan link to cover the price, I'll send the real item
亲 pay via zfb ok? order price is higher
""")
# ================= PAYMENT: more wordings, agents =================
add("agent", P, "pay_misc", """
亲，这边结账直接给我就行，订单我不开
老规矩，钱给我，东西照发
这单不走系统了哈，你直接结给我
钱你直接给到我们老板，比下单便宜不少
你把钱先放我这，订单那边我给你做0元
亲，您先打款，我再给您补一个0.01元的订单走物流
账我们线下对，您不用在平台付
批发的都是线下结算的，不在这拍
月结客户都是直接打款的亲，不走平台
大额订单我们都是私下对公转账，您别拍了
直接结现金吧，平台上我给你标成赠品
这个价你转我，平台上我挂不了这么低
付款后把转账截图发我就行，不用下单
亲，我给你发个付款二维码截图，你保存到相册再扫
你把钱放到我们的收款小程序里付就行，不用在店铺拍
用你的信用卡直接刷我们的POS机也行，我寄POS机给你
这单直接线下收款，开单麻烦
您先转个运费给我，到了再说货款
邮费你转我，货款走订单
拍下的货款算一部分，另一部分私下补给我
订单金额只写一半，剩下一半您转我，这样您那边运费险也不受影响
尾款您直接给安装师傅，订单里只付定金
要开发票就走平台，不开票的话直接转我便宜8个点
老顾客都是直接给钱的，您也这样吧
您先付款给我，我帮你去仓库提货再寄
钱打我姐卡上，她负责收款
我们财务不收平台的钱了，直接打财务账户
您点取消订单，然后直接付给我，退款那边就不用管了
不要在这付了亲，付了我还得退，直接转我
麻烦您撤单，改成私下付款，我这边系统出问题了
""")
add("buyer", P, "pay_misc_buyer", """
付款能不能私下付给你啊，平台老是让我验证
我直接给你钱吧，你别让我在这拍了
我不拍了，钱直接打你那，你看行不
订单我取消了，钱我直接给你，你照常发
可以先发货我收到以后直接给你转钱吗
你不用开单，我把钱直接给你，你寄过来
我老公说直接给你钱比较便宜，能这样吗
我们公司采购，能不能直接对公打给你，不走平台
我可以给你打欠条，货到付你现金
东西我就要了，钱私下给你行吗，我不想留记录
""")
tpls("agent", P, "pay_amount_tpl", """
总共{big}，您直接转我，我今天给你发
差价{amt}块，直接红包我就行
亲，定金{amt}，扫我收款码付
尾款{big}打到{bank}卡{card}
""", n=4)
tpls("buyer", P, "pay_amount_buyer_tpl", """
{prod}我直接转你{big}行不行，不拍了
{prod}私下给你{big}，能卖不
""", n=4)
# ================= FRAUD: brushing / fake orders =================
add("agent", F, "brushing", """
亲，帮我们拍一单吧，钱我这边全额返您，另外给您8块佣金
我们店新开的，需要刷点销量，你拍了我不发货，钱退你还给辛苦费
有空帮忙补个单吗？拍下确认收货，本金加佣金一起返
做个任务吧亲，拍我们指定的链接，好评后返本金+10
您帮我拍A链接，我发B链接的货，这样您还能便宜
亲，这单我们发空包，您确认收货就行，钱后面返您
帮我们冲一下销量，拍三单，每单佣金5元
你垫付一下，收到货好评截图，我返你本金加15佣金
现在有个补单活动，您拍了我们发个空包裹，确认后返您钱再加12元
这个链接您拍了不用管，我们会发一个小礼品，真的货另寄
需要一些带图的真实评价，您拍下我发个空包，您写个好评，我们报销全部费用
亲，帮忙做下单量吗？一单给你7块，不会让你亏钱
拍一单那个399的，我只发个袜子给你，确认收货后我把399+20返你
店铺冲排名，您帮着拍两单，秒返
空包发你，你签收确认就行，佣金当天结
拍单的钱我先退你，好评做完再给你10块
帮我们刷几单吧，我们这边有专门的流程，很安全
麻烦您帮忙点一下收藏加购再下单，本金全额返，另加奖励
亲，我们有个下单返利的任务，做一单赚20
这单您拍完我发个空快递，记得五星好评，返款走我这边
兼职补单了解一下吗，在家就能做，一单一结
您拍这款衣服，我发您一个钥匙扣，钱我原样退回再给您加10块
需要一个人帮忙拍几单冲销量，不用你出钱，我先把钱给你
本店招补单员，一单佣金5-30元，垫付秒返
你帮我拍了，快递我给你发个空的，你别退货就行
这个拍了走空单，您放心，不会收到东西也不会扣钱
能帮我刷个单吗，给你返30
""")
add("buyer", F, "brushing_buyer", """
老板要刷单吗？我有好多号，一单15
你们需要补单吗，我可以帮你们拍，佣金好说
我可以帮你们冲销量，拍了你发空包就行
需要人做任务吗？我老婆的号也可以用
我是专业做单的，信誉号，一单10块，要不要
帮你们拍单给不给佣金啊，我看别家都给
要不要刷好评，我这边团队二十多个号
""")
# ================= FRAUD: reviews for reward =================
add("agent", F, "review_reward", """
亲，好评返现5元，评价后截图发我就行
五星晒图返5元，带三张图再加2元
追评送10元红包哦，记得发截图
亲，确认收货好评后联系客服领3元返现
带图好评15字以上返8元，不带图不返
给个五星加晒图，我们返您20，谢谢亲
亲爱的，好评写满30字返现10块
好评截图发我，我马上给您发红包
亲，删差评给您补偿50，麻烦您改一下好吗
您能把差评删了吗，我给您退30块钱
改成好评的话我们补偿你一个新的，再给你返20
中评改好评返15，亲帮帮忙吧
亲，好评有礼：评价截图换一包纸巾
五星好评返现，好评写“质量很好，物流很快”就行
您好评后我送您一张50元无门槛券，但是得先写好评
晒图好评后私聊领取红包3元
亲这个差评能删不，我给你包个大的补偿
追评带视频返12元，只限今天
请帮忙写个五星好评，写完给你返运费
亲，收货后请给五星哦，给五星的我们都送一个赠品寄过去
评价里夸一下客服小美，返您5块
好评返现活动进行中：5星+图=8元，5星+视频=15元
亲，您的差评影响很大，改好评我给您退一半货款
改追评的话给你补偿一百块，别给差评了
只要不给差评，我私下补偿您，您开个价
五星好评请截图给客服，客服会发红包给你的哦～
好评后把评价截图发过来，返您2元话费
给好评的我们都会返现的，你评完告诉我
""")
add("buyer", F, "review_extort_buyer", """
给我50块我就把差评删了
你返我20我给你改好评
好评返现多少？不返我就给中评了
你们不是说好评返5块吗，我评了怎么还没返
补偿我一百我就不给差评
我给了五星，截图发你了，返现呢
你转我30，我把追评删掉
差评删不删看你诚意，给我转点钱
""")
# ================= FRAUD: phishing =================
add("agent", F, "phishing_code", """
亲，把收到的6位数字发我一下，我帮您操作退款
您手机上刚收到一个验证码，报给我就能给您退款了
为了核实身份，请把短信验证码告诉我
亲，报一下支付密码，我帮你走退款流程
您把支付密码发我，我这边后台帮您改价
退款需要您的银行卡号和预留手机号，发我一下
亲，请提供一下身份证正反面照片，我们给您办理理赔
您把短信里的数字念给我，我们给您退运费
请把您收到的动态码发给我，系统需要验证
把你的银行卡号、有效期和背面三位数发我，我给你退
我这边给您发了个验证短信，麻烦回复一下里面的数字
发一下手持身份证的照片，理赔需要
亲，您的退款卡住了，需要您提供一下支付宝登录密码
报下你收到的那串数字，这样退款才能到账
请告诉我您的银行卡密码，我们核对一下身份
您把刚才收到的四位码发我，就能领取补偿
亲，我们需要您的身份证号和银行卡号来做退款登记
您的账户被锁了，把验证码告诉我帮您解锁
给我一下您的花呗额度截图和支付密码，我帮您申请退款
您收到的那个码千万别告诉别人，只告诉我就行，我是来帮您退款的
""")
add("buyer", F, "phishing_code_buyer", """
老板我给你转错钱了，你手机收到一个验证码，发我一下我撤回
你们店铺有问题，把你后台收到的验证码发我我帮你解除
我是平台的，你刚收到一个六位数短信，报给我
你帮我个忙，把你收到的验证码发我，我登不上账号
把你绑定的手机号和验证码发过来，我给你打款
""")
# ================= FRAUD: impersonation =================
add("agent", F, "impersonation", """
您好，我是平台小二，您的订单出现异常，需要配合处理
我是快递理赔专员，您的包裹丢失了，我们给您三倍赔偿
我是平台客服中心的，您购买的商品质量不合格，可以申请双倍赔偿
您好我是官方售后，您的账户开通了会员，每月扣费800，需要关闭吗
我是物流公司的理赔员，请提供银行卡信息办理赔付
亲，我这边是平台风控部门，您的订单涉嫌违规需要核实
您好，我是XX快递客服，您的快件被污染了，给您退款
我是平台的工作人员，您之前开通的百万保障要关闭，不然会扣钱
我是商家总部的，你的订单系统错误，我们多收了钱要退给你
您好，我是淘宝官方客服，您的账号存在风险
我是京东售后专员，您的商品被召回了，给您办理理赔
亲，平台通知您有一笔赔付待领取，我是负责专员
本人是快递公司理赔部小王，您的件丢了，我们按货值3倍赔
我是抖音官方的，你开通了百万保障，每月自动扣费，我帮你关
您好，我们是平台售后部门，由于仓库失火您的商品被损毁
我是平台安全中心的，您的支付账户异常，请按我说的操作
""")
add("buyer", F, "impersonation_buyer", """
我是平台监管部的，你们店铺被投诉了，需要缴纳保证金
你好我是平台小二，你的店铺违规，配合我处理一下
我是物流公司的，你们寄的件丢了，配合理赔，把店铺后台截图发我
我是平台招商经理，你们店可以开通流量扶持，先交2000服务费
你好，我是消协的，你们被投诉了，需要先交一笔调解费
""")
# ================= FRAUD: advance fees =================
add("agent", F, "advance_fee", """
亲，您的退款被冻结了，需要先交200元解冻费才能退回
理赔需要您先支付一笔保证金，赔付到账后一起退给您
您要先交50手续费，我们才能给您打赔偿款
您的账户信用分不够，需要充值500提升额度才能退款
先交保证金1000，三个工作日后连本带利退还
领取奖品需要先交个人所得税388元
亲，您这笔赔偿要先缴纳一个激活费才能到账
退款通道被冻结了，您转一笔验证金激活，立马退回
中奖了但需要先付邮费和保险费共计99元
亲，订单要解冻需要交冻结金额的10%作为保证金
您的贷款已审批，先交一笔工本费就能放款
需要缴纳一笔账户认证费，认证后赔款马上到
""")
add("agent", FP, "advance_fee_card", """
解冻费300元打到这个账户 6217 0028 7701 2345 678，转完立即给您退款
保证金请转到财务卡6228480031227665017，到账后马上赔付
先把199元手续费扫码付给我，扫完就给您理赔
税费请直接转支付宝到我们公司账户，转完安排发奖品
您先转一笔500元的验证金给我，系统核实后连同赔款一起退您
解冻需要您用微信转账给我们客服专员，金额是订单的一半
""")
# ================= FRAUD: fake lottery / prize =================
add("agent", F, "fake_prize", """
恭喜您！您被抽中我们店铺的周年庆一等奖，奖品是iPhone15一台
亲，您是我们店第10000位顾客，获得了免单资格，需要先提交信息
恭喜亲中了特等奖现金8888元，请提供银行卡号领取
您参与的幸运抽奖中了二等奖，需要支付20元运费领取
您的订单被系统抽中返现100%，请按提示领取
亲，平台年终答谢，您获得了一台扫地机器人，领奖需要身份证号
恭喜您获得1000元购物金，需要先验证银行卡
您好，您中了我们的幸运大转盘，奖品价值2999，交个保险费就能领
您是本月的幸运买家，免单金额会打到您的银行卡，麻烦发我卡号
恭喜，您被抽中了“老客户回馈”万元大奖，请联系我们的领奖专员
""")
# ================= FRAUD + LINK: fake refund / compensation links =================
tpls("agent", FL, "fake_refund_link", """
亲，您的理赔已通过，请点击 {url} 填写信息领取赔款
退款链接：{url} 点进去输入银行卡号就能到账
您的快递丢失，三倍赔付请在这里申请：{url}
点这个链接领取补偿款 {url} ，24小时内有效
亲，退款系统升级了，请在 {url} 重新提交退款
平台赔付通道 {url} 登录后按提示操作
""", n=4)
add("agent", FL, "fake_refund_link_hand", """
您好，质量问题退款请通过官方通道 http://tb-tuikuan.cc/r 填写收款信息
亲，打开 www.kd-lipei.top 输入您的快递单号和银行卡就能理赔
理赔链接发您了 jd-peifu点com，按步骤填完就行
您点一下 t.cn/A6xQz9 里面是退款表单，填好支付宝账号和密码
关闭百万保障请登录 dy-baozhang.vip 否则每月扣费
抽奖领取页面：https://hb168.cn/lq?id=9927 填写身份证和银行卡
亲，您复制这个网址到浏览器打开 refund-center.top 就能退
""")
add("buyer", FL, "fake_link_buyer", """
老板，你们店铺要被封了，赶紧点这个申诉 http://shop-shensu.cc/a 
你好，我付款了但是显示失败，你点这个链接帮我确认一下 pay-check.xyz/9a
商家你好，平台让你在这个页面提交保证金 www.zhaoshang-tb.top
""")
# ================= FRAUD + CONTACT =================
add("agent", FC, "fraud_contact", """
亲，好评后加我微信 fanxian668 领5元返现
我是快递理赔专员，请加我QQ 3381027745 办理三倍赔偿
刷单的话加我v：zuodan_01，我拉你进任务群
好评晒图后加客服微信领红包，微信号在包裹卡片上
我是平台小二，请拨打 400-8822-1133 转人工办理退款
理赔请联系我的工作手机 15821376625，需要提供银行卡
做任务赚佣金，加群号 826731902 ，一单一结
亲，返现请加我们售后v：hpfx520，发截图给她
删差评补偿您，您加我一下 wx：shouhou_77
中奖请联系领奖专员 QQ 2210398847
我是平台风控专员，您加一下我钉钉 fk_zhuanyuan 进行视频核实
您好，理赔请扫我头像里的二维码添加专员
五星好评加我v领8块，v号就是店名拼音
做单兼职加我企鹅，日入两三百
好评返现请联系：18612097735（微信同号）
""")
tpls("agent", FC, "fraud_contact_tpl", """
好评返现{amt}元，评价截图发到{wx}
理赔专员电话 {phone}，请尽快联系，逾期视为放弃
""", n=4)
# ================= FRAUD: more wordings =================
add("agent", F, "fraud_misc", """
亲，系统显示您的订单重复扣款，我们需要给您退一笔，配合下操作好吗
您开通了学生会员，每个月要扣费，不关闭会影响征信的
亲，您的快递因为地址不详被退回，重新派送需要补交10元
由于您的商品检测出甲醛超标，我们给您全额退款加赔偿，请按我说的操作
您的退款金额过大需要走备用金通道，先打开您的借呗看看额度
亲，退款需要您在支付宝里申请一个备用金，申请完我教您怎么退
您打开花呗看一下额度，我这边给您从额度里退款
为了退款，请您打开屏幕共享，我来指导您操作
您的账户存在异常交易，需要把余额转到安全账户
先别挂，我这边给您转接银行客服帮您退款
退款需要先验证您的资金流水，请把余额截图发我
您的订单被判定为刷单，需要缴纳保证金解除
亲，平台给您补偿了，请先把“理赔金”转入您的备用账户激活
为了您的资金安全，请把卡内余额转到我给您的监管账户
您打开支付宝，点收款，输入金额500，然后截图给我
您先借一笔微粒贷，退款会一起退到这个账户
亲，您被误开了代理商权限，需要关闭，否则每月扣600
""")
add("buyer", F, "fraud_buyer_misc", """
我是你们的老顾客，我账户被冻结了，你先借我500周转一下，下单就还
老板你的店被人举报了，我认识平台的人，给我一千帮你摆平
你们店要不要买好评？100条带图好评800块
我可以帮你把竞争对手的店弄下架，价格好谈
你们店要做销量吗，我有真人补单渠道，安全不降权
我帮你刷好评，一条3块，包过审核
""")
# ================= FRAUD: Traditional =================
add("agent", F, "trad_fraud", """
親，好評五星加晒圖可以返現50元喔
您好，我是平台客服，您的訂單被設定成分期付款，需要解除
親，請把收到的簡訊驗證碼告訴我，幫您辦理退款
恭喜您抽中本店週年慶大獎，領獎需先付稅金
您好我是物流理賠專員，請提供銀行帳號辦理賠償
親，刪掉負評我們補償您100元好嗎
""")
add("buyer", F, "trad_fraud_buyer", """
老闆，要不要幫你們刷單？我有很多帳號
你給我200我就把負評刪掉
""")
# ================= FRAUD: English / mixed =================
add("agent", F, "en_fraud", """
Leave a 5-star review with photos and we'll refund you $5, send me the screenshot
Dear, please tell me the 6-digit code you just received so I can process your refund
Hi, I'm from the platform's customer service center, your order has an abnormal payment
Congratulations! You won our anniversary lucky draw, a free iPhone, just pay the shipping tax first
We need your card number, expiry date and CVV to refund you
Please remove your negative review, we will compensate you 50 yuan
Help us place a fake order, we'll return your money plus 10 yuan commission
I'm the courier's claims specialist, your parcel was lost, we'll pay triple compensation
Your refund is frozen, pay a 200 yuan unfreeze fee first
亲 5 star review + photo = cashback 8 yuan, pls send screenshot
亲 pls share the verification code, system needs it for refund
我们需要 brushing orders，一单 commission 10块，你要做吗
""")
add("buyer", F, "en_fraud_buyer", """
Do you need fake orders to boost sales? I have 50 accounts, 10 yuan per order
Pay me 100 and I'll delete my 1-star review
I can write 5-star reviews for your shop, cheap price
""")
# ================= ADDRESS: explicit addresses with shop words =================
tpls("agent", AD, "store_address", """
亲，您在本地的话可以直接来我们店里拿，地址是{addr}
我们实体店在{addr}，过来看货更放心，价格也比网上低
仓库地址{addr}，您自己过来提货可以便宜运费
来我们门店试穿吧，{booth}，报我名字打折
我们档口在{booth}，您过来拿货是批发价
办公室在{addr}，来这边现场签合同
""", n=4)
add("agent", AD, "store_address_hand", """
亲，就在人民路128号三楼，您过来直接找我
来解放路66号后面那个仓库，我们都在，现场挑
我们在白马服装市场5楼A区5078，过来直接拿批发价
店在中山北路233号一楼，门口有个大招牌，进门就是
您来延安西路1066号B座12楼1203，我们工作室在那，可以看样品
亲，来万达广场3楼312号，我们专柜有现货，比线上便宜两百
我们档口在沙河服装城二楼东区218，周末也开
实体店地址：北京路步行街口往里走50米，门牌152号
地址发你：文化路与黄河路交叉口东北角，建设银行隔壁，来了打店里座机
仓库就在义乌国际商贸城二区3楼H2-33562，您过来挑
来我们展厅看看吧，红星美凯龙4楼C区8号
总部在幸福大道88号金融中心26楼，来公司当面谈
我们在华强北赛格电子市场三楼3B087，来了直接验机
亲来我们体验店，银泰城负一层B112，现场有折扣
十三行新中国大厦7楼728档，来拿货就行
我们在中关村e世界B1层128号，来了现场装系统
工作室在滨江路星光大道3号楼502，来了直接拿走
""")
# ================= ADDRESS: without any shop word =================
add("agent", AD, "address_no_shopword", """
来人民路128号三楼找我
你直接过来幸福大道36号二楼，我在这等你
东风路18号院3号楼2单元，下午我都在
过来五一路229号吧，到了楼下喊一声
青年路77号后门，直接上来就行
和平里东街12号院内，到了左转第二间
亲，胜利大街与建设路交叉口西南角，二楼，来就行
您到光明街92号，门口停着蓝色货车那家就是
过来健康路新华书店对面，3楼306，上来找小李
来站前街24号地下一层，东西都在这
明天你来学府路156号，我当面给你
北京路310号四楼，电梯上去右手边
你来南京西路1788号18楼，我们当面看货
金山大道603号那个院子，敲门就行
今晚我在东风路夜市第三排摊位，你过来拿
下午三点前到迎宾大道9号，过时不候哈
你到朝阳北路101号的小区门口，我下来给你
工农路34号二层，上楼梯看到贴着猫的那个门
""")
# ================= ADDRESS: come to the shop / pay cash in person (no full address) =================
add("agent", AD, "come_to_shop", """
亲，直接来店里拿更便宜，网上要加运费的
您离我们不远的话直接来店里看吧，线下价格更低
到我们实体店买比这里便宜一百多
本地的亲可以来我们档口自提，便宜批发价
来店里试了再买吧，不用在网上拍
过来门店拿，价格好商量
同城的话来我们仓库直接提，不用下单
你在市区吧？直接来我们工作室拿，省得快递
亲，线下来我们铺子买，给你打七折
来我们店里现场挑，比网上选得好，价格也低
""")
add("agent", AP, "come_pay_cash", """
到我们实体店付现金就行，不用在网上下单
来我们店里拿，现金结账打九折
你来人民路128号，现场付现金，货给你
直接到仓库来交钱提货，解放路88号，不走平台
来档口现金拿货，白马5楼A区，网上不拍了
到店付款比线上便宜，在文化路23号，现金微信都行
您来店里扫码付就行，幸福大道1088号一楼
亲，您直接来我们门店付款提车，地址是迎宾大道66号，不用在这下单
过来北京路310号四楼当面给钱，东西你直接带走
来我们公司现场付款签合同，建设大道99号2302，线上那单退了吧
""")
tpls("agent", AP, "come_pay_cash_tpl", """
来{addr}当面交钱拿货，比拍便宜{amt}
你直接到{booth}，现金拿走，别拍了
""", n=4)
# ================= ADDRESS + CONTACT =================
add("agent", AC, "address_contact", """
来人民路128号三楼，到了打我电话13816627703
店铺地址：解放路66号，到了打15922018834我下来接
亲，来我们档口白马5楼A区5078，来之前加我微信 baima5078 说一声
仓库在义乌国际商贸城二区，具体位置加我v发你：yw_cangku9
来找我吧，幸福大道36号二楼，电话18367220915
你到东风路18号楼下打我电话 13576628810，我拿给你
我们门店在万达广场3楼，到了联系店长 139 2261 0085
""")
tpls("agent", AC, "address_contact_tpl", """
来{addr}找我，电话{phone}
地址{booth}，到了{wx}上说一声
""", n=4)
# ================= ADDRESS: buyers proposing offline =================
add("buyer", AD, "address_buyer", """
你们店是不是在解放路88号？我直接过去拿吧，不在网上买了
我就在你们仓库附近，人民路那个128号是吧，我下午过去提
白马5楼那个档口是你们家吧，我明天过去直接拿货
你们实体店在万达三楼对吧，我去店里买，你给我留着
""")
add("buyer", AP, "address_pay_buyer", """
我在你们店附近，文化路23号是吧，我过去付现金拿货行不
我去你们仓库交钱提货，解放路88号对吧，网上就不拍了
你们门店在中山北路吧，我直接过去现金买，便宜点
""")
# ================= ADDRESS: Traditional =================
add("agent", AD, "trad_address", """
親，可以直接來我們門市拿，地址是台北市中山區南京東路二段118號2樓
我們店在旺角西洋菜南街68號3樓，過來試穿再買
親，來我們倉庫自取比較便宜，台中市西屯區文心路三段241號
""")
add("buyer", AD, "trad_address_buyer", """
你們是不是在中山北路二段那間？我直接過去拿比較快
""")
# ================= ADDRESS: English / mixed =================
add("agent", AD, "en_address", """
Our showroom is at Room 1203, Building B, 1066 Yan'an West Road, come and see in person
Dear, visit our store at Wanda Plaza 3F-312, cheaper than online
You can pick up at our warehouse, 88 Jiefang Road, no need to order online
We have a stall at Baima Market 5F A5078, come directly for wholesale price
Skip the online order, come to 233 Zhongshan North Road and see the goods yourself
Our office: Unit 2302, 99 Jianshe Avenue, come and sign the contract in person
""")
add("buyer", AD, "en_address_buyer", """
Is your shop at 66 Jiefang Rd? I'll just come over and buy it there
""")
add("agent", AP, "en_trad_address_pay", """
直接來店裡拿喔，信義路四段30號1樓，現場付現
come to No.18 Xinhua Rd, 3rd floor, you can pick it up and pay there
亲 come to our shop, No.128 Renmin Rd 3F, cash price is lower
Just come to our warehouse at 45 Dongfeng Road and pay cash, no need to order here
""")
# ================= SPAM: loans =================
add("agent", S, "spam_loan", """
急用钱吗？无抵押无担保，凭身份证秒批5万，当天到账
【信用贷】黑户白户都能下，最高20万，利息低至0.3%
亲，需要资金周转可以找我，我们合作的贷款平台不看征信
小额贷款，学生可办，3分钟审核，不成功不收费
企业主经营贷，年化3.6起，额度50-500万，需要的话咨询我
花呗额度提现，手续费只要5个点，秒到
信用卡代还、提额、养卡，专业团队，价格实惠
有房就能贷，二押也可以，放款快
网贷逾期了？我们帮你协商延期还款，停催收，先服务后收费
手机分期套现，当天拿钱，不查征信
""")
add("buyer", S, "spam_loan_buyer", """
老板你们店缺资金吗？我们做商户贷，流水够就能批
你好，我是做企业贷款的，你们店铺有经营流水可以申请无抵押贷款
需要信用卡提额的找我，百分百下卡
""")
# ================= SPAM: gambling =================
add("agent", S, "spam_gambling", """
【百家乐】真人荷官在线发牌，首充送100%，日赢过万不是梦
体育竞猜，世界杯全场次开盘，返水最高1.5%
彩票计划群，专业导师带单，稳定盈利，一天回本
棋牌游戏上分下分秒到账，新人送88元体验金
亲～空闲的时候玩玩我们的幸运28，小投入大回报
老虎机爆奖了！充100送200，随存随取
足球推荐，包赢不包输，错了退费
时时彩内部计划，跟着下注月入十万
""")
add("agent", SL, "spam_gambling_link", """
真人娱乐城开业，注册就送58 www.win888.app 
体育投注官网 bet365zh点cc，新用户首存翻倍
【澳门赌场】官方直营 http://amcasino88.com 日出千万
棋牌游戏下载：dwz.cn/qp888 ，上下分找客服
捕鱼游戏最新版 qb8.co/by 下载即送金币
""")
# ================= SPAM: part-time jobs / recruitment =================
add("agent", S, "spam_job", """
招聘兼职打字员，在家就能做，日结300，宝妈学生优先
诚招网络兼职，手机就能操作，每天1-2小时，月入三五千
急招！！！工厂普工，包吃包住，月薪8000+，长期有效
招聘淘宝客服，在家上班，底薪加提成，不用坐班
抖音点赞员招募，点一个赞0.5元，一天轻松一两百
招主播！无经验可，日结，颜值高优先，有意者回复
手工活外发，串珠子、穿珠子、组装圆珠笔，可在家做，押金另议
高薪诚聘游戏代练，一单50起，时间自由
招聘网约车司机，公司提供车辆，月入过万
本公司长期招收快递分拣员，日结工资，无需经验
诚聘跨境电商运营，薪资面议，欢迎有经验的加入
兼职刷视频赚钱，看一个视频0.3元，提现秒到
""")
add("buyer", S, "spam_job_buyer", """
你好，有没有兴趣做兼职？时间自由，一天几百块，适合你们客服
我们公司招聘客服，待遇比你现在好，底薪六千，有兴趣聊聊
亲，你们客服下班了想赚外快吗，我这边有个副业
""")
add("agent", SC, "spam_job_contact", """
招兼职打字员，日结200，有意者加微信 dz_jianzhi88
宝妈在家兼职，手机操作，加QQ群 591836627 了解
招聘网络推广员，日入过百，详情加v：tg_haoyun
急招日结临时工，电话 18922063317 找王经理
手工活在家做，加我微信 shougong_365 发样品
""")
# ================= SPAM: MLM / pyramid =================
add("agent", S, "spam_mlm", """
亲，了解一下我们的创业项目吗？零成本，拉人头就能躺赚
加入我们成为会员，交398元入门费，发展下线拿提成，三个月回本
不用囤货不用压款，只需分享就能赚钱，团队已经上万人
健康产业新风口，做我们的代理，发展三个下级你就能升总代
您买一单后拉三个人下单就全额返现，拉得越多赚得越多
交押金当我们的分销员，每拉一个人进来奖励100
一部手机创业，月入过万，带你实现财务自由
自用省钱，分享赚钱，加入我们的平台成为VIP，推荐奖励源源不断
纯正区块链项目，投资1000一个月翻倍，推荐人还有分红
""")
add("buyer", S, "spam_mlm_buyer", """
老板你考虑做我们的代理吗，一年赚个几十万没问题，只需要发展团队
你好我们是做保健品直销的，现在招合作伙伴，拉人就有提成
姐妹，你要不要跟我一起做微商，我带你，月入三万
""")
# ================= SPAM: other businesses =================
add("agent", S, "spam_other_biz", """
本公司专业代办营业执照、代理记账、商标注册，价格优惠
承接各类装修工程，家装工装，免费上门量房设计
专业疏通下水道、开锁换锁、管道维修，24小时服务
驾照代考，包过，不过退款
各类证书代办，学历提升，专升本，国家承认
出售二手手机，苹果华为小米都有，价格美丽
房产中介，新房二手房租房都有，需要可以找我
专业搬家，长途短途都接，价格透明
宠物寄养，猫狗都收，环境干净，每天遛弯
代写论文，本科硕士都可，查重率保证
出国留学中介，免费评估背景，名校offer
高价回收黄金、名表、奢侈品、手机，上门回收
出租各种考研课程网盘资源，全套只要19.9
婚纱摄影外景套餐3999，送婚礼跟拍
""")
add("buyer", S, "spam_other_biz_buyer", """
老板，需要做网店装修吗？我们专业做详情页，一套只要299
你们店需要拍产品图吗？我们摄影棚在本地，价格便宜
我们是做快递代发的，价格比你们现在低，首重只要2.8
老板要不要做直播代运营，保证涨粉，价格面议
做包装盒的，工厂直供，起订量低，需要可以找我
你们店铺要不要代运营？专业团队，包上首页
高价收购淘宝店铺、抖音账号，有意向的回复我
卖纸箱、胶带、气泡膜，全网最低价，老板了解一下
""")
add("buyer", SC, "spam_other_biz_contact_buyer", """
老板，需要代运营的加我微信 ds_yunying888，免费诊断店铺
我们是做快递代发的，首重2.5，老板加个v：kd_dafa01 聊聊
做详情页设计的，作品可以看，QQ 1782993025
""")
# ================= SPAM: groups / welfare =================
add("agent", SC, "spam_group", """
加群领福利，群号 738261045，每天发隐藏券
进我们的福利群，每天红包雨，v：fuli_qun2024
扫码进群领免费试用，群里每天抽免单，微信号 mianfei7
宝妈福利群，免费领纸尿裤，加QQ 2207736158 拉你
粉丝群里每晚八点发红包，加我v拉你：fensi_888
""")
add("agent", S, "spam_group_noid", """
加群领福利啦，每天都有免费的东西送，名额有限先到先得
快来进我们的内部福利群吧，秒杀价低到你不敢相信，想进的扣1
免费领取！免费领取！免费领取！名额有限，速来
群里天天发红包，还有免单抽奖，想进群的回复“进群”
""")
add("agent", SL, "spam_link", """
限时免费领取会员，点击 fuli-2024.com/vip 立即领取
最新热门短剧全集免费看 t.cn/A6xduanju
领取999元新人礼包 https://hb168.cn/xr
赚钱小游戏下载 win888.app/game 每天提现
看视频赚零花钱，下载地址 www.kankan-zq.cc
""")
# ================= SPAM: floods =================
add("agent", S, "spam_flood", """
🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉
🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥
💰💰💰💰💰💰💰💰💰💰💰💰💰💰💰💰💰💰💰💰💰💰💰💰
📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢📢
🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧🧧
❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤❤
👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍
🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁🎁
【清仓】【清仓】【清仓】【清仓】【清仓】【清仓】【清仓】【清仓】【清仓】【清仓】
特价特价特价特价特价特价特价特价特价特价特价特价特价特价特价特价
上新啦上新啦上新啦上新啦上新啦上新啦上新啦上新啦上新啦上新啦上新啦上新啦
免费送免费送免费送免费送免费送免费送免费送免费送免费送免费送
赚钱赚钱赚钱赚钱赚钱赚钱赚钱赚钱赚钱赚钱赚钱赚钱赚钱
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
666666666666666666666666666666666666666666666666666666
哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈
""")
add("buyer", S, "spam_flood_buyer", """
发货发货发货发货发货发货发货发货发货发货发货发货发货发货发货发货发货发货发货发货
在吗在吗在吗在吗在吗在吗在吗在吗在吗在吗在吗在吗在吗在吗在吗在吗在吗在吗
？？？？？？？？？？？？？？？？？？？？？？？？？？？？？？？？？？？？？？？？
😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡
啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊
111111111111111111111111111111111111111111111111111111111111
退款退款退款退款退款退款退款退款退款退款退款退款退款退款退款退款退款退款
客服客服客服客服客服客服客服客服客服客服客服客服客服客服客服客服客服客服客服
hello hello hello hello hello hello hello hello hello hello hello hello hello hello hello
🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏
""")
# ================= SPAM: copy-pasted long ads =================
add("agent", S, "spam_copypaste", """
【震撼来袭】足不出户月入过万！！无需经验、无需投资、一部手机即可操作，名额仅剩10个，先到先得！！！
✨✨宝妈副业首选✨✨ 每天只需两小时，收入不封顶，已有3000+姐妹加入，你还在等什么？
🌟年底大促🌟 不是本店的哈，朋友家的美容院开业，洗脸只要9.9，办卡送十次，需要的问我
【好消息】XX驾校春季招生，学车只要2980，包接送，一费制，报名从速！
尊敬的客户您好：本公司即日起推出无抵押信用贷款，额度1-50万，月息低至4厘，手续简便，当天放款。
喜报！！热烈祝贺我司代理商王总月入六位数，下一个就是你！加入我们，改变命运！
📣📣重要通知📣📣 免费领取价值399元的理财课程，教你如何实现被动收入，限前100名
【房产资讯】市中心精装小户型，首付5万起，买房送车位，欢迎来电咨询
最新消息：某某保健酒，专治腰酸背痛、失眠多梦，喝一个疗程见效，不见效全额退款！
★★★★★ 专业代写 ★★★★★ 论文、简历、演讲稿、工作总结，一对一服务，24小时交稿
温馨提示：本人长期出售各类游戏金币装备，全服最低价，量大从优，诚信交易
【限时招商】奶茶加盟，总部扶持，零经验开店，三个月回本，加盟费限时5折
家人们！！这个项目真的太香了！我做了三个月已经提车了，想了解的扣1
本人在做某品牌面膜代理，诚招下级，拿货价超低，一件代发，有兴趣私聊
【装修季】全包装修每平599起，十年质保，前20名送全屋家电
春季特惠：中老年体检套餐199元，含血常规、B超、心电图，预约从速！
""")
add("buyer", S, "spam_copypaste_buyer", """
【合作推广】本人有10万粉丝抖音号，承接带货推广，价格优惠，老板感兴趣吗
【广告】专业刷流量刷粉丝，抖音快手小红书都可以，一万粉只要99
不好意思打扰了，我们是本地家政公司，保洁月嫂育儿嫂都有，需要的话可以找我们
打扰一下～ 我在卖自家种的赣南脐橙，10斤只要39.9，包邮，需要的话说一声
各位老板好，我司专业生产塑料袋快递袋，厂家直销，可印logo，欢迎咨询
""")
# ================= SPAM: English / Traditional =================
add("agent", S, "spam_en", """
EARN $500 A DAY FROM HOME!!! No experience needed, limited spots, reply YES now
Need a loan? Instant approval, no credit check, up to 50,000 yuan today
Join our crypto investment group, guaranteed 30% monthly return!!!
Part-time job: like videos and get paid, 0.5 yuan per like, withdraw anytime
Online casino grand opening, 100% first deposit bonus, play now
We are hiring! Work from home typists, daily pay, students and moms welcome
💰💰💰 MAKE MONEY FAST 💰💰💰 MAKE MONEY FAST 💰💰💰 MAKE MONEY FAST
""")
add("buyer", S, "spam_en_buyer", """
Hi boss, do you need SEO and store traffic service? We guarantee top ranking in 7 days
We sell instagram and tiktok followers, 10k for only 99 yuan
Looking for business partners, invest 5000 and earn 50000 in three months!
""")
add("agent", S, "spam_trad", """
【賺錢好機會】在家工作月入五萬，不需經驗，名額有限
急用錢嗎？免抵押免保人，身分證就能借，當天撥款
線上娛樂城新開幕，首儲送百分百，輸了還能返水
誠徵網路打字員，在家就能做，日領現金
""")
add("buyer", S, "spam_trad_buyer", """
老闆你好，我們是做網店代營運的，保證業績翻倍，要不要了解一下
""")
# ================= SPAM: unrelated to conversation, agent pushing other business =================
add("agent", S, "spam_unrelated_agent", """
对了亲，顺便问一下，您家里需要装修吗？我朋友开装修公司的，给你打折
亲你有没有兴趣投资点项目？我最近在做一个理财，年化20%
亲需要办信用卡不，我兼职帮银行推卡，下卡送礼品
亲，问一下您需要保险不，我这边也代理平安的车险
您要不要买彩票？我帮人代买，中了分你一半
亲，看你是宝妈，要不要一起做母婴微商，比上班强
对了您孩子需要补课吗，我妹妹开辅导班的，暑假班打八折
顺便推荐下我表哥的烧烤店，报我名字送啤酒
亲，除了卖衣服我还代理一款减肥茶，一个月瘦20斤，要试试吗
您有闲钱的话可以跟我们老板投一点，一个月就有分红
""")
# ================= SPAM: recruitment to work for the shop's network / fans =================
add("agent", S, "spam_recruit", """
亲，我们店招代理，零门槛，一件代发，自己用省钱分享赚钱
招募品牌体验官，每月免费领新品，还能赚佣金
诚招全国加盟商，区域独家，扶持开店
招聘宝妈兼职客服，在家就能接单，按单提成
招募团长，组团购物拿返佣，开团就有收益，想做的扣1
""")
# ================= PAYMENT in shop context (various store types) =================
add("agent", P, "pay_ctx_clothes", """
37码还有一双哈亲，你要的话发个红包我先给你锁住
这件M码只剩最后一件了，你直接转我158，我今天就寄
亲，连衣裙那个颜色下架了，但是我手上还有，你红包给我我单独寄你
卫衣加绒的有货，走平台139，你直接给我的话125
亲 两件一起的话我给您算260，不过得扫码付，拍下来系统不给改
外套是样衣，没挂链接，您转我就能卖给你
裤子改裤脚要另收10块，您直接红包给我就好
定制尺寸的旗袍先付一半定金，转给我个人，做好了再付
""")
add("agent", P, "pay_ctx_phone", """
这台iPhone是自用机，不上链接，您直接转账我发顺丰
二手机都是私下交易哈亲，平台上挂的是展示，钱打我卡上
验机没问题的话您把钱转过来，订单我这边关了
亲，手机换屏的费用您直接给师傅，不用在这付
回收价给你1800，你把手机寄过来，我直接转你，另外那个订单退掉
这个充电器是配件，不单独上架，您红包5块我给你一起寄
""")
add("agent", P, "pay_ctx_fresh", """
亲，车厘子整箱的话直接转我，不走平台省十几块运费
榴莲要称重的，到了多退少补，多的部分您红包补给我
海鲜礼盒团购价只能私下付，人数够了我统一发
大闸蟹卡券直接扫码付就行，我给你发实物卡
亲，水果到了坏果的话我给你红包补偿，您别申请退款了，差价也私下处理
土鸡蛋整箱走物流的，运费到付给司机现金哈，货款转我
""")
add("agent", P, "pay_ctx_furniture", """
沙发定做要付30%定金，打到我们店长卡上，然后尾款送货时给师傅
床垫送货上门，尾款您当面给送货师傅，线上就拍个定金链接
安装费不在平台收，师傅装完您直接给他现金
亲，橱柜量尺之后您先转个2000定金给设计师本人
加急生产费300，您直接转给我，不走订单
实木餐桌运费到了给司机，现金或者扫他的码
""")
add("agent", P, "pay_ctx_ticket", """
演唱会门票内场的，我这边只收转账，平台不让挂
亲，门票是电子票，您把钱转我，我把账号密码给您
机票帮您订好了，您直接转钱给我，比平台便宜两百
酒店代订的，您直接付给我，房间我给您锁
景区门票团购价要私下付款，我统一出票
""")
add("agent", P, "pay_ctx_game", """
游戏账号直接转我钱，我把密码改了发给你，不用在平台上担保
金币一万收你50，zfb转我，我马上上号给你交易
代练费先付一半，转我个人就行
皮肤代充的话打我卡上，平台这个链接是挂着看的
会员充值私下付更便宜，扫我码，三分钟到账
""")
add("agent", P, "pay_ctx_edu", """
课程报名费转我就行，不用在店铺拍，拍了要扣20%
亲，网课的资料包是另外收费的，红包30给我就发您
一对一辅导按课时收，每次上完课您直接转给老师
考证培训费可以分期，每期私下转给我们班主任
""")
add("agent", P, "pay_ctx_pet", """
小猫定金500，先转我，满月了再接走，尾款到时候当面给
狗粮整箱批发价私下付，拍下是零售价
宠物托运费给司机现金，货款转我
亲，疫苗费另收，您直接红包给我们
""")
add("agent", P, "pay_ctx_daigou", """
代购的定金先转我，我在免税店给你买好再补尾款
亲，海外代购都是全款私下付的，平台只是挂个样
日本那边的药妆，您把钱转我，我让朋友带回来
代购费另外红包给我，商品价走订单
韩国代购要先打款，汇率按当天算，直接转我支付宝
""")
add("agent", P, "pay_ctx_car", """
轮胎安装的工时费在店里现场付，网上只拍轮胎
亲，车载导航的激活码另外收50，红包给我
汽车贴膜定金200转我，施工完再结清
洗车卡充值不在平台，直接扫我们店的码
""")
add("agent", P, "pay_ctx_jewelry", """
黄金按克重算，今天金价变了，差价您直接转我
翡翠手镯是私人藏品，不上架，感兴趣直接转账
钻戒定制先付定金3000，汇到我们公司账户，尾款提货时付
刻字加工费20块，红包给我就行
""")
add("agent", P, "pay_ctx_beauty", """
亲，面膜团购价69，但是要私下付哈
护肤套装的赠品要单独补10块，直接红包给我
这个是内部价，只能转账，平台上是挂原价的
美容院的体验卡不上架，您扫码付我给您发电子卡
""")
add("agent", P, "pay_ctx_tea_wine", """
茶饼是私藏的，不好挂链接，您转我就能发
白酒整箱走物流，货款直接打给我，平台上拍一瓶都不划算
亲，茅台这种我们不在平台卖，有需要直接转账
茶叶称重的，超出的重量您补差价给我个人
""")
add("agent", P, "pay_ctx_digital", """
电脑组装费私下付给装机师傅，配件走订单
软件激活码直接转我就行，不用拍，拍了要审核
亲，这个显卡是渠道货，走平台要开票，直接转我便宜三百
打印机上门安装费100，给师傅现金
""")
add("agent", P, "pay_ctx_flower", """
鲜花送人的话加急费直接红包给我，15块
亲，花篮定做先付定金，转我就行
蛋糕加字加蜡烛的钱您直接给配送员
""")
# ================= PAYMENT: buyers in context =================
add("buyer", P, "pay_ctx_buyer", """
这双鞋我要了，我直接转你钱你寄过来就行，不拍了
二手这个我看中了，我们私下交易吧，平台抽成太狠
老板你的车厘子我要五箱，直接给你钱，给我个批发价
那个沙发我定了，定金我先给你转过去，不用拍
门票我要两张，我转给你，你把票给我
代购的那个包，钱我直接打你卡上可以不
游戏号我要了，钱我zfb给你，你把密码发我
我在外地，你先发货，我收到了直接给你转钱
老板，我先付你一半现金，剩下的网上拍可以吗
我想分期付款，每个月直接转给你行吗，不用花呗那个
补差价我直接红包给你吧，那个链接我找不到了
运费我直接给你，你把那个订单改成包邮
你给我打个折，我付现金，反正快递员顺路
我上次就是跟你们私下付款的，这次也这样吧
""")
add("buyer", P, "pay_ctx_buyer_trad", """
這件我要了，直接匯款給你可以嗎，不要下單了
我用轉帳的，可以算便宜一點嗎？平台要手續費
""")
add("buyer", P, "pay_ctx_buyer_en", """
I want 3 boxes, can I just bank transfer you and skip the order?
How much if I pay you cash directly? I don't want to use the app payment
""")
# ================= FRAUD: brushing in many new wordings =================
add("agent", F, "brushing_new", """
亲，有个“体验官”任务，拍我们的新品，体验完全额返，还有辛苦费
这边有个0元购活动，您先拍，确认收货后原价返您
帮忙做个“种草单”吧，拍下写评价，我们全报销
亲，我们需要“基础销量”，您拍一单，货款加12佣金转您
拍A发B懂吧，你拍那个贵的，我给你发个便宜的小东西，差价我们平分
亲，您帮我拍个“测款单”，不发货，系统那边我处理，钱当天回您
是这样的，我们要冲个“坑产”，您拍一下，拍完钱退回再给您补贴
帮忙“点单”一下呗，您的号权重高，拍一单给二十
拍下后我给您发个小样，您写成收到正装的评价，全额退款
能帮我们“接单”吗？就是拍下等我们发空包，五星评价后返款
亲爱的，帮个忙冲个“单量”，拍下不发货，钱秒退，额外给奖励
有个“回购任务”，您再拍一次上次那个，评论写回购，返您全款加10
亲，您拍一单，我们发个“礼品代发”的空件，您签收就行
店铺做活动要“破零”，您帮拍一单我原路返还加奖励
这单算“内部单”，您拍了不用收货，后台直接给您确认
帮忙做个“关键词单”吧，搜“夏季男士凉鞋”找到我们店拍下，返佣15
我们在招“买手”，就是按要求下单评价，一单赚10到30
这是个“模拟单”，您放心拍，不会真扣钱，扣了也返您
亲，“垫付单”了解一下吗，您先垫付，五分钟内返本金加佣金
您看能不能帮忙“冲个量”，就拍那款最便宜的，拍十单
""")
add("buyer", F, "brushing_new_buyer", """
你们是不是在找人做体验官？我可以拍，返款快就行
老板，要不要我帮你“补单”，一单10块，空包也行
我之前给别的店做过“买手”，需要的话我也帮你们拍
我们工作室专门做“基础销量”，一百单起，价格你开
""")
# ================= FRAUD: review for reward, many wordings =================
add("agent", F, "review_reward_new", """
亲，给个好评就送您一包湿巾，评价后截个图哈
晒图好评的话下次购物我直接给您返10块
亲，写个五星评价可以领取我们的神秘礼物哦，评价完告诉我
好评满50字我给您退运费，截图给我就行
麻烦给个五星，我们给您寄一盒同款小样当谢礼
您好评的话这单我给您返3块钱，差评就没有哦
评价带视频的返现15，带图的返现8，纯文字返3
亲，追评晒一下使用效果，返您一个现金红包
您帮我们写个好评，写好了我给您打款20块辛苦费
五星好评送运费险，差评不送哦
评价里别提色差哦，写个好评我给您补偿5块
亲，这单好评返现的活动截止到今天，您抓紧
亲您的中评能改一下吗，改了我给您寄个小礼物
差评删了吧亲，我们给您全额退款不用退货
那条差评您要是删掉，我们再补偿您一个新的
追评能改成好评吗？我给您转30块表示歉意
亲 您评价里写“质量超好”，写了给您返5
好评截图发我领2块钱红包，每个订单都可以领
给好评的亲我们统一周五返现，别忘了截图
晒图好评前100名返现10元，还剩十几个名额
""")
add("agent", F, "review_reward_trick", """
亲，评价时别写返现的事哈，写了就不返了
五星好评后在这里发个“1”，客服会给您发红包
好评后联系我，有个小惊喜给您，具体的评价完再说
亲，带图好评可以参加我们的“晒单有礼”，返8元现金
好评后截个图，我私下给您补个差价
""")
add("buyer", F, "review_buyer_new", """
你补偿我50块，我就不写差评了
好评可以，你先返我10块
我差评已经写了，你要我删得给我补偿一百
这个质量我本来要差评的，你给我返点钱我就给五星
你上次说好评返现，我写了三百字，返我多少
能不能给我返现？不然我就写真实评价了
我给你五星好评，你给我免单好不好
""")
# ================= FRAUD: phishing in more wordings =================
add("agent", F, "phishing_new", """
亲，为了给您办理退款，请提供一下您的支付密码后四位
您好，请把银行卡背面那三位数发给我核对
请提供一下您的支付宝账号和登录密码，财务给您退款
亲，退款需要您在支付宝上“收款”页面输入我给的金额，然后把截图发我
请发一下您的人脸识别视频，我们需要验证身份才能退款
您把身份证拍清楚一点，正反面都要，我帮您登记理赔
亲，短信里有个“验证码：xxxxxx”，您把那几位数字发过来就行
请您在这里回复一下收到的数字，这样退款就能立刻到账
亲，麻烦报一下您花呗的额度和绑定手机号
请问您的银行卡是哪个行的？卡号和预留手机号给我一下，退款用
退款需要您打开微信钱包，点付款码，然后把截图给我
亲，您的退款显示失败，需要您把收到的验证码转发给我
请告诉我您手机上刚收到的那个码，别告诉别人哈
亲，您帮我看下手机短信，有个6位数的，发我一下
为了验证是本人操作，请把银行发给您的动态口令告诉我
您提供一下银行卡密码我们后台登记，退款会快一点
您的快递理赔需要您的身份证号、银行卡号和开户行
亲，把付款码截图发我，我扫一下给您退差价
""")
add("buyer", F, "phishing_buyer_new", """
老板我刚刚给你付款了，但是付错了，你把你收到的验证码给我我撤销一下
你们店铺后台有个通知，你截图发我看看，我是平台合作方
你好，我要给你退一笔款，你把收款码截图给我，然后告诉我验证码
我是你们平台的审核员，把你店铺登录手机号和验证码发我，帮你解除限流
""")
# ================= FRAUD: impersonation in more wordings =================
add("agent", F, "impersonation_new", """
您好，我是平台消费者权益保障中心的，您有一笔赔付待处理
亲，我是中通快递的理赔客服，您的件在运输中损坏了
您好，我们是平台官方售后，系统检测到您的订单存在退款异常
我是顺丰的，您的快递被扣在海关了，需要缴纳清关费
您好，我是平台安全专员，您账户涉嫌洗钱，需要配合调查
我是银行客服，您的信用卡被盗刷了，需要核对信息
亲，我是平台的官方小二，您被误设置成了VIP代理，每月会扣费
你好，我是邮政快递的，你的包裹里检测出违禁品，需要配合处理
您好，这里是平台售后中心，您的商品因质检不合格已被召回
亲，我是该商品厂家的售后，我们这边直接给您赔付
我是你们当地快递站的，您的件丢了，我们按五倍赔偿
这里是平台信用中心，您的信用分过低，需要处理否则影响征信
您好我是平台的理赔审核员，工号8827，请配合操作
我是物流公司客服，您的快件因为破损理赔，请提供收款账户
我是平台的风控人员，您的退款被风控拦截了，需要手动操作
""")
add("buyer", F, "impersonation_buyer_new", """
我是平台规则部的，你们店铺存在违规，需要提交3000元保证金
你好，我是快递公司的，你们寄出的包裹丢了，需要你们提供后台账号处理
我是平台官方培训老师，现在报名店铺运营课可以免扣分
你好商家，我是市场监管局的，你们卖的东西有问题，需要缴纳罚款
""")
# ================= FRAUD: advance fee / fake compensation more =================
add("agent", F, "advance_fee_new", """
亲，理赔款已经到了平台，但需要您先激活一下账户，激活要充值100
您的赔偿要走保险公司，保险公司要先收一笔手续费
退款前需要缴纳一笔“流水验证金”，完成后全额退回
您的账户被风控，需要交一笔押金解除，解除后押金退回
领取补偿前先交一笔“风险保证金”，到账后退您
亲，中奖需要先交公证费，公证后奖金才能发放
您的订单需要缴纳关税，否则无法放行，缴完就给您派送
赔付金额超过限额了，您需要先转一笔钱做“资金验证”
亲您先转我们一个“解冻金”，系统十分钟后一起退回给您
""")
add("agent", FP, "advance_fee_pay_new", """
清关费80元请转到这个支付宝账户，转完马上派送
保证金请扫这个码支付，不支付将无法理赔
请把激活费打到 6222 0203 1122 4455 667 张经理，打完截图
手续费200元直接红包给我，我这边给您走加急理赔
解冻金转到我们的安全账户：6217 8800 0099 1234 567
""")
# ================= FRAUD: fake lottery more =================
add("agent", F, "fake_prize_new", """
亲，您获得了本店“幸运锦鲤”称号，奖品是一台平板，需要付30元邮费
恭喜您在店庆抽奖中获得现金红包888元，请提供支付宝账号和密码
亲，您的订单号中了尾号奖，可以领取一部手机，领奖需要身份证照片
恭喜！您被选为年度幸运用户，获得免单+5000元奖金，请先缴纳个税
您好，您的手机号在我们周年抽奖中中了二等奖，笔记本电脑一台
亲，您中奖了，但奖品要先支付保价费才能寄出
""")
# ================= ADDRESS: many wordings =================
add("agent", AD, "address_more", """
亲 我们门市在长江中路209号，离地铁口就两百米，过来拿吧
你要是住城东，直接来我们东风路那个店，东风路301号，现货多
我们线下有个小仓，在工农路88号院里，周一到周六都有人
我们店就在五一广场旁边，五一路166号二楼，过来看看
来我们批发部，朝天门大正商贸城B区3楼318，比网上便宜
亲，来汉正街第一大道负一楼A018，我们档口在那
您可以来我们厂里看看，临沂市兰山区金山大道603号，现场挑货
我们茶庄在芳村茶叶市场二期C栋12号，过来喝茶慢慢挑
周末我在七浦路兴旺市场3楼，过来试衣服
我们在四季青服装市场常青馆2楼2088，批发零售都做
欢迎来我们的线下店：国贸商城B1层56号，网上没有的款式店里都有
来我们营业厅办，建设大道168号一楼，现场送话费
来展厅看车吧，迎宾大道199号，网上定不如现场谈
婚纱照样片都在店里，淮海西路58号3楼，来看了再定
来我们维修点，北京路288号二楼，当场修好
我们是实体工厂，地址：泉州市晋江市陈埭镇青年路66号，可以过来看厂拿货
工作室在学府路创意园8栋301，来了给你现场做
我们钢琴行在新华路55号，来试弹再买
我们门店：南京西路1266号恒隆广场4楼，过来专柜价格更低
亲，来花鸟市场看看，我们摊位在3排16号，小猫都在这
鲜花店在人民路与青年路交叉口往南100米，过来直接拿，比网上便宜
您方便的话来我们店里吧，和平里东街19号1层，当面验货
来我们的线下体验店试试床垫，体育东路118号3楼
我们仓库：石家庄新华区站前街77号后院，可以自提
来健康路23号，楼下有个快递柜，旁边那个门就是我们办公室
有空来店坐坐，滨江路观景台边上，门牌号是18号
来光明街口那个红色招牌的店，光明街6号，提我名字
亲我们在龙湖天街2楼L2-35，有您要的颜色
""")
tpls("agent", AD, "address_more_tpl", """
亲，本地的话直接来{addr}拿货就行，不用下单
我们在{booth}，来现场挑，线下有优惠
来{addr}吧，我在这等您，东西给您留着
亲，过来{road}{no}号看看实物，比图片好看
周末来{booth}，现场价比线上低
""", n=4)
add("agent", AD, "address_dialect", """
靓仔，过来我哋铺头啦，西洋菜南街88号2楼，平过网上好多
你直接嚟我哋仓库攞啦，荃湾工业大厦5楼B室
得闲来我们店里耍嘛，春熙路128号3楼，比网上便宜好多哦
搞快来我们铺子，解放碑邹容路68号负一楼
过来俺们店里拿吧，二七路123号，离火车站不远
侬来南京东路的店里看看呀，门牌号是256号
嘞来我们店嘞，湖滨路30号，买得到便宜嘞
来我们档口啦，新塘牛仔城4区112档，拿货更抵
""")
add("agent", AD, "address_evasive", """
我们店的位置您导航“人民路128号”就到了，三楼上来
导航搜“幸福里小区南门”，南门进去第一个门面就是我们
地址我说一下你记着：胜利街，九十九号，二楼
东风路一百零八号，来了就能看到我们的牌子
店铺地址写在包装盒上了，下次直接来店里买
我们的实体店在吾悦广场，三楼，电梯口，您来就找得到
地图上搜我们店名就能找到，就在新华路上，来逛逛
坐地铁2号线到解放路站B口出，往北走300米，来店里拿
在黄河路和文化路路口东南角，二楼那个就是我们
来我们仓库的话走南门，金山大道那个物流园，9号库
""")
add("agent", AD, "address_pickup_offline", """
亲，快递太慢了，你直接来北京路310号自取，取的时候不用下单
这款线上没货了，线下店还有，在万达广场2楼，过来买吧
网上拍要等一周，您来我们仓库人民路128号当天就能拿
同城的亲别下单了，直接来东风路301号提，省邮费
您别网上买了，来店里我给您打折，店在淮海西路58号
""")
add("buyer", AD, "address_buyer_more", """
你们仓库在哪个路几号？我自己开车过去拿，别寄了
我就在你们附近，你们那个东风路301号的店是吧，我过去直接买
你们档口是不是在四季青2088？我明天直接过去挑
我去万达那个专柜买吧，你们线下和线上一样吧，网上我就不拍了
""")
add("agent", AP, "address_pay_more", """
来店里付款提货就行，长江中路209号，别在网上付了
到我们仓库交钱提货，金山大道603号，现金价更低
您来展厅付款吧，迎宾大道199号，现场签单现场付
亲来我们店里付现金吧，地址北京路288号二楼，平台不走了
现场扫店里的码付款就行，体育东路118号3楼，来了再说
来档口拿货付现，四季青常青馆2楼2088，网上那个价拿不到
""")
add("agent", AC, "address_contact_more", """
来长江中路209号，到了给我打电话 13755620918
我们仓库在工农路88号，来之前微信说一声：gn88cang
来四季青常青馆2楼2088，老板电话15088627731
到了新华路55号打店里电话 0731-85562210
来找我们吧，学府路创意园8栋301，加我QQ 2036618852 约时间
过来朝天门大正B区318，打这个电话 136 0839 2271 我出来接你
""")
add("agent", AD, "address_trad_more", """
親，我們在板橋區文化路一段188號，可以直接來店裡挑
來我們門市比較便宜喔，高雄市新興區中山一路50號
歡迎來我們倉庫自取，桃園市中壢區中正路300號後棟
我們的鋪頭喺銅鑼灣軒尼詩道500號8樓，可以上來睇貨
""")
add("agent", AD, "address_en_more", """
Our store is at 209 Changjiang Middle Road, just come over and grab it, no need to order online
Visit us at Sijiqing Market, Changqing Hall 2F, stall 2088, cheaper than online
You can come to our factory, 603 Jinshan Avenue, Linyi, and pick the goods yourself
Pick it up at our warehouse No.88 Gongnong Road, skip the online order
亲 our showroom is on 199 Yingbin Avenue, come and see the car in person
Drop by our shop at Longhu Paradise Walk L2-35, we have your color there
""")
# ================= SPAM: more varied =================
add("agent", S, "spam_misc2", """
亲，最近股市行情好，我们有个荐股老师，跟着买一周赚了30%，需要的话我推给您
您好，打扰一下，我们在做市场调查，填问卷送20元话费，名额有限
亲，今晚八点我们老板直播卖房，首付只要三成，有兴趣可以看看
虚拟币搬砖项目，稳赚不赔，日收益2%，现在上车还来得及
亲，我这边有特价机票，国内全线五折，需要帮您订不
新开的足疗店开业大酬宾，99元全身按摩，顺便推荐给您
亲，需要代开发票不？各行业都能开，点数低
出售各大视频网站会员，年卡只要30，需要的找我
急售！二手宝马三系，车况好，价格可议，有意者回复
出租车位，小区地下车库，月租300，长租优先
我们承接各类婚礼策划、生日派对，价格实惠
专业代办签证，美国日本欧洲都可以，拒签退款
亲，想学化妆吗？我们零基础化妆班只要1980，包教包会
收各种旧手机、旧电脑、旧家电，价格高于市场
代考驾照科目一，不用去考场，包过
亲，您看到这条消息说明您是幸运的，推荐您了解一款减肥神药
我们做网络刷粉丝的，抖音一万粉只要58，需要吗
出售手机号靓号，AAAA、ABAB、生日号都有
黄金回购价今天涨了，家里有旧金首饰可以拿来换钱
亲，我们合作的整形医院做活动，割双眼皮只要999
""")
add("agent", S, "spam_mass_template", """
【群发】尊敬的会员您好，春节将至，XX理财年化收益8%，保本保息，欢迎咨询
【通知】全场商品一律一折！！！一折！！！一折！！！不是本店是朋友家的，需要的问我
【转发有礼】转发这条消息到三个群，截图领取10元红包
【限时】本消息群发，不用回复：代办各类资质证书，详情请咨询
亲爱的顾客：本消息为群发，祝您生活愉快！另：本人兼职做保险，车险寿险都可办理
【广而告之】本人在售自制牛肉干，麻辣五香两种口味，不是店里的货，需要私聊
这是一条群发消息：如需装修、家具定制、全屋整装，欢迎咨询我们合作商家
群发勿怪～本人开了家小龙虾店，外卖满100减30，欢迎照顾生意
群发祝福：新年快乐！另外本人代理的XX酒，年货团购价只要98一瓶，需要的留言
""")
add("buyer", S, "spam_buyer_misc2", """
老板你好，你们需要物流吗？我们专线到新疆西藏，价格便宜
打扰了，我们是做店铺评分修复的，差评能帮你处理
你好，我是做保险的，你们店铺员工需要买社保吗，可以代缴
老板，我们是做抖音短视频代拍的，一条视频只要50
需要代写文案吗？详情页文案、种草笔记都可以，一篇20
你好，本人出售店铺运营资料，全套只要199，包学会
老板需要贷款吗？我们专做电商贷，凭店铺流水就能贷
我们是做直播间场控和水军的，人气要多少有多少
有没有兴趣投资我的奶茶店，回报率很高
亲，我是做微商的，我们家的面膜很好用，你们客服要不要试试
需要仓储吗？我们有个云仓，一件代发，比你们自己发划算
卖二手电脑，i7处理器16g内存，只要1500，需要的说
""")
add("buyer", S, "spam_buyer_flood2", """
便宜点便宜点便宜点便宜点便宜点便宜点便宜点便宜点便宜点便宜点便宜点便宜点
回我回我回我回我回我回我回我回我回我回我回我回我回我回我回我回我回我
😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭😭
。。。。。。。。。。。。。。。。。。。。。。。。。。。。。。。。。。。。。
人呢人呢人呢人呢人呢人呢人呢人呢人呢人呢人呢人呢人呢人呢人呢人呢
老板老板老板老板老板老板老板老板老板老板老板老板老板老板老板老板老板老板
asdfghjklasdfghjklasdfghjklasdfghjklasdfghjklasdfghjkl
我要退货我要退货我要退货我要退货我要退货我要退货我要退货我要退货我要退货
🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬🤬
快点快点快点快点快点快点快点快点快点快点快点快点快点快点快点快点快点快点快点快点
""")
add("agent", S, "spam_agent_flood2", """
亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲亲
🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹
好评好评好评好评好评好评好评好评好评好评好评好评好评好评好评好评好评
✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨✨
🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈🎈
活动活动活动活动活动活动活动活动活动活动活动活动活动活动活动活动活动活动活动
包邮包邮包邮包邮包邮包邮包邮包邮包邮包邮包邮包邮包邮包邮包邮包邮包邮包邮
抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢抢
【秒杀】【秒杀】【秒杀】【秒杀】【秒杀】【秒杀】【秒杀】【秒杀】【秒杀】【秒杀】【秒杀】
👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉👉
""")
add("agent", SC, "spam_contact2", """
炒股的朋友加我微信 gupiao_laoshi8，每天免费推荐牛股
需要代开发票的加QQ 3301928847，点数最低
出售视频会员，有需要加v：vip_ka88
招聘日结兼职，工资当天发，联系电话 177 2031 8856
减肥茶试用装免费领，加我微信 shoushen_cha
贷款找我，电话13622907716，当天放款
驾照代考联系微信 jiakao_bg99
二手车急售，有意者电话 138 5527 0931
""")
add("buyer", SC, "spam_contact2_buyer", """
老板需要物流专线的话加我微信 zx_wuliu56
我们做店铺装修的，作品集在我微信里：zx_design2023
做直播代运营的，电话 15889026614 找刘经理
""")
add("agent", SL, "spam_link2", """
免费领取全年视频会员，戳这里 fuli-2024.com/mianfei
日赚300的小游戏，下载链接 win888.app/dl 
炒股神器免费下载 www.niugu-app.com
最新赚钱项目教程 t.cn/A6xzhuanq 赶紧看
新人注册就送88元 bet365zh.cc/reg
""")
add("buyer", SL, "spam_link2_buyer", """
老板，这个赚钱的小程序你试试，一天能赚一百多 dwz.cn/zq88
推荐个网站，刷粉丝很便宜 www.fensi666.cn
""")
add("agent", S, "spam_trad_en2", """
【限時優惠】不是本店的，朋友開的美容院，做臉只要399
投資虛擬幣，每月穩賺30%，有興趣的朋友回覆我
找兼職嗎？在家打字，一天賺一千
FREE iPhone giveaway!!! just share this message to 10 friends
Hot stock tips daily, 100% accurate, join our VIP group now
Cheap Netflix and Disney+ accounts, 1 year only 30 yuan
Looking for remote part-time workers, earn 300 a day, no skills needed
""")
add("buyer", ["spam","fraud"], "spam_fake_reviews", """
We do fake followers, likes and reviews for any platform, cheap
【专业好评】真人账号带图好评，一条2元，差评代删，老板需要吗
""")
# ================= PAYMENT: evasive spellings & new tricks =================
add("agent", P, "pay_evasive2", """
亲，zz给我就行，zz完截图
直接ZZ到我这，不用拍哈
吱付宝转我，账户名是小林
微x转也行，红包也行，就是别拍
用那个蚂蚁的app转给我就行
V❤付款，拍的话价格不一样
薇芯转账给我，我这边收到马上发
打我卡吧亲，卡号等下发你
走个人账户，便宜些
钱走我个人，不走店铺
付款走私账就好，公账要税
这个走线下结，您懂的
亲，付我这边就行，订单不用管
私聊付款，公屏不方便说
走“老方式”付款哈，跟上次一样
钱直接给我，平台那边就当没这单
亲，这单“场外”结算
付款方式：Z或V，选一个
用云闪付扫我一下就行，不用走订单
您用银行APP转我就行，转完截屏
亲，走个“直付”，比下单省十五
打款到我老婆账户也行，名字我发你
我们用“面对面红包”结算，您发我领
亲，用“转账到银行卡”功能转我就行
""")
add("agent", P, "pay_giftcard", """
亲，您买张200的超市购物卡，把卡号卡密发我，就当付款了
用京东E卡付也可以，把卡密发过来就行
话费充值也行，您给我这个号充300话费当货款
您买个游戏点卡把卡密给我，抵货款
我们也收USDT，转币更方便，不走平台
用Q币付也行，充到我号上
亲，油卡充值抵货款也可以，您充完截图
苹果礼品卡也收，面值按九折算
""")
add("agent", P, "pay_refund_private", """
亲，您撤销退款，我私下把钱退给您，退得更快
按原价拍吧，差价我另外退你红包
退款我直接转您，您把平台上的退款申请关了
我们给您私下退30，您就别走售后了
多收的运费我红包退您，平台上别申请了
差价我转您支付宝，平台退款太慢
亲，您确认收货，少的那件我私下退钱给您
您先确认收货，退款我微信转您
""")
add("agent", P, "pay_split_order", """
亲，订单上您只付一半，另一半转我，这样价格能低点
拍下的时候我改成100，剩下的900您线下转我
您拍个一分钱的链接，备注型号，货款另外转我
拍那个“邮费专拍”，货款私下给
您拍下付一块钱就行，其余的我们线下结
系统订单就拍一件，其他九件的钱转我
您拍最便宜的那个SKU，差价转我，我按贵的发
拍下付款金额写个零头，大头打我卡上
""")
add("agent", P, "pay_ctx_more", """
亲，您这个是定制的，不能拍，全款先付我
工厂直发的话要先付全款给厂家，我给您厂家账户
这单走批发价，批发都是打款发货，不走零售链接
亲，分期的话不用花呗，每个月直接转给我就行
您要开发票就拍链接，不要的话转我，便宜税点
我们线下有个团购价，付给团长就行，我就是团长
您可以先转一半，剩下的等您收货满意了再转
这款是预售，但是平台上的预售没开，定金您先转我
运费险没用的，您直接转我多5块，我给您包退换
您付款的时候别付，发我个红包当押金，我先发货
老板说了这个价只能收现钱
现金价和线上价不一样，您选现金的话转我
""")
add("buyer", P, "pay_buyer_more", """
老板，我用京东卡付你行不行，卡密给你
能收话费吗？我给你充话费当货款
我zz给你，你包邮
你有支付宝吗，我转你，省得我绑卡
平台付款我不会，我直接转给你吧
我能不能付一半在网上，一半私下给你
上次那个老板就是让我私下转的，你这也可以吧
我直接给你转账，退换货我们私下商量
你那个红包功能开了没，我发你
我不想用花呗，直接转给你分三期行不
付款先不拍，你把收款码给我就好
我现金给你，你开个收据就行
我在国外，用PayPal直接给你打钱，不拍了
我不走平台，你要是信得过我，我先转一半
能用USDT付吗，我不想走平台
""")
add("agent", P, "pay_trad2", """
親，用無卡存款到我們的戶頭就可以，不用下單
轉帳後把帳號末五碼跟金額私訊給我喔
親，這個價錢只能私下付款，平台上沒辦法改
直接用FPS轉俾我啦，快過落單
可以用超商代碼繳費直接付給我，不用走平台
""")
add("agent", P, "pay_en2", """
Pay half on the platform and send the rest to my bank account
For bulk orders we only accept direct wire transfer, not the store checkout
Dear, send me the money by Alipay and cancel the order, I'll ship anyway
You can pay with a gift card, just send me the card code
We accept USDT, skip the platform payment
Please place the order but don't pay, I'll change the price, then pay me the rest directly
亲 just pay me in cash when my guy delivers, no need to order online
Send me a red packet for the shipping fee, don't use the order
""")
tpls("agent", P, "pay_tpl3", """
亲，{prod}直接转我{big}，拍下要多{amt}
{prod}这个价只能私下，您{bank}转账就行，卡号{card}
亲，{prod}定金{amt}扫我码，尾款到了给快递员现金
{prod}补差价{amt}，红包我，别拍补差链接
""", n=5)
tpls("buyer", P, "pay_buyer_tpl3", """
{prod}我出{big}，私下转你，你直接寄
{prod}运费{amt}我红包给你，不拍了
""", n=4)
# ================= FRAUD: more, conversational =================
add("agent", F, "fraud_conv", """
亲，您这单系统显示没付成功，但是钱扣了，我帮您退，您把收到的验证码报一下
亲，刚才那个退款要您配合一下，您把手机短信里最新那条的数字告诉我
亲您好，我们核实到您的订单被重复扣款两次，需要您提供银行卡号给您退回
您别急，我是专门处理理赔的，按我说的一步一步来，先打开支付宝
您点开支付宝的“借呗”，看一下额度，我这边给您做退款
亲，为了证明是本人，请拍一张手持身份证的照片发给我
亲我这边看到您的快递超时，平台给您赔付了88元，需要您提供银行卡接收
您的退款因为账户问题没成功，需要您先充值一笔才能原路退
亲，您的包裹在分拣中心被弄丢了，我们快递公司直接赔您，不用走平台
退款需要“双向验证”，您先给我转一块钱，我再给您转回去
亲，请您在支付宝里搜“备用金”，申请500，我帮您转到退款账户
我们财务给您转了一笔钱，您看下是不是多转了，多的麻烦退回我个人卡
亲，您的订单异常，需要您提供支付宝的付款码截图给财务核实
您刚才收到的那条“转账验证码”发我，不然退款会被系统驳回
亲，理赔专员马上给您打电话，您按他说的做就行，他会让您提供验证码
您的信用卡因为订单异常被冻结，我这边帮您解冻，需要您的卡号和CVV
亲，您是不是开通了我们的“会员自动续费”？我帮您关掉，需要您的支付密码
""")
add("agent", F, "brushing_conv", """
亲，您上次买的挺满意吧？现在有个返利任务，再帮我们拍一单，本金全退还给奖励
我们店现在做活动，帮忙拍单的老顾客都有佣金，您考虑下？
亲，您号挺干净的，能帮我们做个单吗？不让您花一分钱
这个链接您拍了就行，别管收没收到东西，过两天钱就回您卡上
您拍的时候搜索“ins风收纳盒”，往下翻找到我们店再拍，这样权重高，佣金20
亲，帮我拍三单不同颜色的，我们发一个空包，您确认收货评价后一起返
亲，回头客专属：帮店铺冲销量，每单返您10元，不需要退货
您可以拉朋友一起来拍，每人一单，都有佣金，一起返
拍单的钱我先打给您，您拿我给的钱拍，拍完评价再给您佣金
亲，我们有个内部群，每天发做单任务，想赚外快的可以一起
您放心，空包是真实发出的物流，平台查不出来
这单我们用“礼品代发”发货，您别管里面是什么，好评就行
""")
add("agent", F, "review_conv", """
亲，收到货了吗？满意的话给个五星，评完给您发3元红包哦
亲，东西用着还行吧？写个好评有小红包哦，截图给我就行
您那个三星的评价，能改成五星吗？改了给您返10块
亲，看到您给了中评，我们给您补偿20，您看能不能改一下
亲，好评返现的钱已经给您了哦，记得把评价发出来
您评价里写一下“客服态度好”，我这边再给您加2块
亲，晒图的时候拍好看点，好的话额外返5元
麻烦您把差评撤了吧，我给您补偿一个同款新的，不用退
亲，我们给您全额退款了，那个差评能帮忙删一下吗，再给您20
亲，您的追评我们看到了，能删掉吗？我给您转50
评价的时候不要提到“返现”两个字哈，返现照给
亲，五星好评+收藏店铺，返您5元，两个都做了截图给我
""")
add("agent", F, "impersonation_conv", """
亲，我不是店铺客服，我是平台售后部门的，您的订单由我跟进赔偿
您好，我是您购买商品的品牌方总部客服，给您办理质量问题赔付
亲，快递公司联系过您了吗？我们是快递理赔中心，现在由我处理
您好，我这边是平台“消费保障部”，您购买的商品存在质量问题，先行赔付
亲，我是平台官方的“退款专员”，您的退款申请由我负责
您好，我们是平台安全部的，您的账号最近在异地登录，需要验证
您好，物流系统显示您的快递在途中丢失，我是中转站的理赔人员
您好，我是该店铺的上级主管，您被错误收取了服务费，现在退回
""")
add("buyer", F, "buyer_fraud_conv", """
老板，你们家是不是要补单啊？我认识做这个的，很安全
我可以给你们写好评，一条给我5块就行，写得很真
你给我返现我就好评，不返就差评，你自己看着办
我上次拍的那单你们说返现，怎么还没给？不给我就投诉你们刷单
你免费给我寄一个，我给你写十条好评，用不同的号
我拍了不想要了，你帮我走个空包，钱退我，我给你好评
我是做测评的，你寄给我免费样品再给我200，我给你写种草评价
""")
add("agent", F, "fraud_trad_en2", """
親，幫我們刷一單吧，本金加佣金一起退給你
親，給個五星好評，我們返您20元
您好，我是快遞理賠專員，包裹遺失可以三倍賠償，請提供銀行帳戶
Hi dear, we are doing a "buyer experience" task, place the order, we refund 100% plus commission
Write "great quality" in your review and we'll give you 5 yuan cashback
Please tell me the code sent to your phone, it's needed to unfreeze your refund
I'm from the logistics company, your parcel is lost, give me your card number for the claim
Dear, delete the 1-star review and I'll transfer you 30 yuan
亲 the refund needs your alipay password, pls send it here
""")
tpls("agent", F, "fraud_tpl", """
亲，帮忙拍一单{prod}，钱全返，另给您{amt}元佣金
好评带图返{amt}元，{prod}的评价写满20字
亲，把差评删了，给您补偿{amt}块
您好，您购买的{prod}被召回，三倍赔付，请提供银行卡号
亲，{prod}的退款要验证，您刚收到的6位验证码发我一下
您购买的{prod}理赔需要先交{amt}元手续费
恭喜您，购买{prod}的订单被抽中免单，提供身份证和银行卡领取
""", n=4)
# ================= MULTI-LABEL combos =================
add("agent", ["payment","contact"], "combo_pc2", """
加我v，v上发你收款码，扫了就发货
我的支付宝就是我电话 15267330942，转这个号就行
亲，私下付款的话加我QQ 2287619034，那边发你卡号
微信号 hz_nvzhuang520，加了以后红包发我，给你算拿货价
付款的话你打给我老公，他电话18857302211，他支付宝也是这个号
加我企业微信，那边可以直接付款开单
""")
add("buyer", ["payment","contact"], "combo_pc2_buyer", """
我微信是 lele_0912，你加我，我转你
你电话多少？我直接打给你，顺便转账
我加你v吧，红包发你比较方便
""")
add("agent", ["address","payment","contact"], "combo_apc", """
来人民路128号三楼，现金付，到了打我电话13817261192
仓库在金山大道603号，来了扫我码付，来前打 15865521130
到档口来拿货付现，白马5楼A5078，我v是 baima_a5078
""")
add("agent", ["fraud","payment"], "combo_fp2", """
亲，刷单的本金您先垫付，转到我给您的卡上，我们统一下单再返您
做任务前需要交99元会员费，扫码付给我就能接单
领奖需要先交税，打到 6228 4800 2211 9087 665 财务王姐
理赔保证金转我支付宝就行，理赔完一起退您
亲，先交个押金200给我个人，就能参加我们的返利任务
""")
add("agent", ["fraud","link"], "combo_fl2", """
亲，返现请点这里登记：hpfx.vip/reg 填写支付宝账号
做单任务在这个网站接：rw-zhuan.cc ，注册送5元
您好，包裹丢失理赔请登录 kd-lipei.top/claim 上传银行卡照片
关闭自动扣费请打开 www.tb-kefu.xyz/gb 按提示输入卡号
""")
add("agent", ["fraud","contact","link"], "combo_fcl", """
理赔专员QQ 2039917746，先打开 kd-pei.com 填写信息再加我
好评返现加微信 fx_dd66，或者进这个网页登记 fx66.top
""")
add("agent", ["spam","contact","link"], "combo_scl", """
网赚项目教程 t.cn/A6wz88 ，看完加微信 wz_daoshi 带你做
炒股群免费进 www.niugu-app.com ，群主QQ 1920338476
""")
add("agent", ["spam","link"], "combo_sl3", """
亲，顺便推荐个返利app，下载地址 fanli-app.cn，买东西都能返钱
今晚有个直播抽奖，扫这个链接 dwz.cn/zbcj 进直播间
""")
add("agent", ["payment","platform"], "combo_pp", """
您去我们闲鱼号上拍吧，那边直接私下付款就行，这里要扣点
亲这个价只能在我们拼夕夕的店里拍，或者直接转我
""")
add("agent", ["address","platform"], "combo_ap", """
我们在狗东也有店，不过离得近的话直接来人民路128号拿最便宜
""")
add("agent", ["spam","fraud"], "combo_sf", """
【高薪兼职】手机做任务，刷单返佣，一单5-50元，日结不拖欠
招募网络刷单员，垫付秒返，一天轻松赚两三百
急招点赞评论员，帮店铺刷好评，一条3元，当天结
""")
add("buyer", ["spam","fraud"], "combo_sf_buyer", """
【招聘】在家做刷单兼职，佣金日结，老板你们店员工也可以来做
""")
add("agent", ["spam","contact"], "combo_sc3", """
宝妈兼职刷单，一单一结，加v：jz_baoma77
代理招募，0元加盟，加我微信 ruyi_zongdai 详谈
彩票内部群，每天稳赚，加QQ群 627733801
""")
add("agent", ["fraud","contact"], "combo_fc3", """
亲，您的订单有赔付，请加理赔客服微信 lipei_kf01 办理
刷单任务都在群里发，群号 739921054
删差评补偿您50，加我私人v：hp_shouhou
我是快递公司理赔员，这是我手机号 17721560893，打给我办理三倍赔偿
""")
add("buyer", ["fraud","contact"], "combo_fc3_buyer", """
我是平台小二，你店铺违规了，加我QQ 1023348875 处理
要刷单找我，微信 zd_gongzuoshi
""")
add("agent", ["address","contact"], "combo_ac3", """
来淮海西路58号3楼看样片，到了打电话 021-64718823
档口沙河服装城二楼东区218，进货加我v：shahe218
""")
# ================= TEMPLATES (each hand-written, few variants) =================
tpls("agent", P, "tpl_pay", """
{pre}{color}{size}还有，您发{amt}的红包我先给您锁单{suf}
{pre}走平台{big}，您直接转我的话给您打{pct}{suf}
{pre}{prod}我{day}就能发{courier}，钱直接扫我收款码{suf}
{pre}定金{amt}块您先转我个人，尾款{day}发货前结清{suf}
{pre}这个价格下不了单，您用zfb转给我，备注{size}{color}{suf}
{pre}补差价别拍链接了，直接红包{amt}给我{suf}
{pre}{prod}到付就行，到了把现金给{courier}师傅，订单您先取消{suf}
{pre}您先拍下别付款，我改成1块，剩下{big}私下给我{suf}
{pre}不走平台省手续费，{prod}给您算{big}{suf}
{pre}确认收货前先把{big}打过来，不然不放货{suf}
{pre}打{bank}卡{card}，户名写的是我老板{suf}
{pre}发个口令红包给我，金额{big}，口令就写{size}{suf}
{pre}{prod}您拍那个1元链接拍{big}件，我发您真的货{suf}
{pre}押金{big}先转我，用完退您，租金再拍链接{suf}
""", n=4)
tpls("buyer", P, "tpl_pay_buyer", """
{preb}{prod}私下卖不卖，便宜点我直接转你
{preb}{prod}我要{size}{color}的，红包给你，你别让我拍了
老板，{prod}我扫你码付吧，给我打个{pct}
{prod}能货到付款吗？我给{courier}小哥现金
{preb}我不在平台付了，{prod}你给个卡号我直接转
""", n=4)
tpls("agent", F, "tpl_fraud", """
{pre}五星好评晒图返{amt}元，截图发我{suf}
{pre}帮忙补一单{prod}，本金加{amt}佣金{day}返您{suf}
{pre}我们发个空包，您确认收货后返{big}加佣金{suf}
{pre}您把刚收到的短信验证码发我，{prod}的退款马上到账{suf}
{pre}我是{courier}理赔专员，您的{prod}丢件了，三倍赔付需要您的银行卡号{suf}
{pre}删差评补偿您{amt}，改成五星再加{amt}{suf}
{pre}您的退款被冻结，需先交{amt}元解冻费{suf}
{pre}我是平台小二，您的{prod}订单异常，需要您报一下支付密码{suf}
{pre}追评带视频送{amt}元红包，{day}截止{suf}
{pre}恭喜您抽中店庆大奖，领取前需缴{amt}元税费{suf}
{pre}帮拍A链接，我们发B链接的货，差价返您{amt}{suf}
""", n=4)
tpls("buyer", F, "tpl_fraud_buyer", """
{preb}给我返{amt}块我就改好评
差评删可以，你转我{amt}
老板要不要补单？我这有{n}个号，一单{amt}块
""", n=4)
tpls("agent", AD, "tpl_addr", """
{pre}本地的话直接来{addr}拿，{day}都在{suf}
{pre}我们实体店在{booth}，来试了再买{suf}
{pre}{prod}线下有现货，来{road}{no}号看看{suf}
{pre}您别拍了，来{booth}直接拿批发价{suf}
{pre}{day}来{addr}找我，东西给您留着{suf}
{pre}来我们{city}的仓库自提吧，地址{addr}{suf}
""", n=4)
tpls("agent", AP, "tpl_addr_pay", """
{pre}来{addr}现金付，比网上便宜{amt}{suf}
{pre}直接到{booth}付款拿货，线上就不用拍了{suf}
""", n=4)
tpls("agent", S, "tpl_spam", """
{pre}顺便问下，需要贷款吗？{n}万到{n}0万都能批，当天到账{suf}
【招聘】在家兼职，日结{amt}0元，宝妈学生都可{suf}
{pre}我朋友开的{city}装修公司做活动，全包{big}元起，要不要了解{suf}
【福利】免费领{prod}，转发到{n}个群就送{suf}
体育竞猜首充送{amt}元，返水最高1.5%{suf}
{pre}投资{big}一个月翻倍，稳赚不赔，名额只剩{n}个{suf}
""", n=4)
tpls("agent", SC, "tpl_spam_contact", """
兼职日结{amt}0，加{wx}
低息贷款找我，电话{phone}
代理招募，零门槛，{wx}
""", n=4)
tpls("agent", FL, "tpl_fraud_link", """
{pre}{prod}的赔付款请在 {url} 领取{suf}
{pre}退款通道升级，请到 {url} 重新填写银行卡{suf}
""", n=4)
tpls("agent", SL, "tpl_spam_link", """
【福利】注册就送{amt}元 {url}
日赚{amt}0的小游戏，下载 {url}
""", n=4)
tpls("agent", PC, "tpl_pay_contact", """
{pre}加我{wx}，那边转账给您打{pct}{suf}
{pre}我支付宝就是手机号{phone}，转{big}就行{suf}
""", n=4)
tpls("agent", AC, "tpl_addr_contact", """
{pre}来{addr}，到了打{phone}{suf}
{pre}{booth}，来之前加{wx}说一声{suf}
""", n=4)
tpls("agent", FC, "tpl_fraud_contact", """
{pre}好评返{amt}元，截图发{wx}{suf}
{pre}理赔请联系专员{phone}，逾期作废{suf}
""", n=4)
# ================= PAYMENT: more personas =================
add("agent", P, "pay_persona", """
姐妹！这件给你留了，你直接v转我199就行，拍的话要219
宝子，红包发我就好啦，平台那个价是虚的
哥，这货你要的话直接打钱，咱不整那些虚的
老铁，扫码付吧，平台扣我点太多了，给你便宜点
阿姨，您不会在网上付的话，直接给快递员现金也行，我跟他说好了
叔叔您好，您让您儿子直接给我转账就行，不用在手机上点来点去
亲，俺们这小本生意，您直接转俺，别走平台了
小哥哥，付款直接转我吧，我这边给你多送个挂件
靓女，直接俾钱我啦，唔使落单，平啲
妹儿，钱直接转我嘛，平台上拍起贵
老板，批量的话咱们对公打款，您别在店铺拍，拍了不好开票
宝宝们，这个价只有私下哦，平台上拍是原价的哈
亲，我们是夫妻店，钱转我老公就行，他管账
""")
add("buyer", P, "pay_persona_buyer", """
姐妹你直接收我红包吧，我不会弄那个下单
小姑娘，我不会网上付钱，我让孙子给你转过去行不行
哥们，我直接转你得了，你别让平台赚那份钱
我们厂里买的，财务直接给你打款，不走这个
宝，我直接v转你好不好，我花呗没额度了
大妹子，我给你寄现金过去行不，不会弄网上支付
兄弟，我信你，钱我先转你，你发货
小老板，我付现金，少点
""")
add("agent", P, "pay_typo", """
亲，直接转帐给我就行，不用排了
红抱发我就行，不用拍哈
扫我的马付款，扫完截个图
亲 定金转我戈人账户
直接打款到我卡上，卡号在下面，拍了还要退
付款走外面，平台手须费太高
亲你直接给我转就好了，平台得扣我好几个点呢呢
收款马我发你了，扫一下
亲，差价私下补 不用拍链接
不要拍了亲，直接付我，我给你包油
""")
# ================= FRAUD: more personas =================
add("agent", F, "fraud_persona", """
姐妹，帮个忙拍一单呗，钱我秒退你，再请你喝奶茶
宝子们，评价写好点哈，晒图好评的都返现
哥，帮忙冲个销量，一单给你十块烟钱
阿姨您好，您的快递丢了，我们是快递公司的，要赔您钱，您把银行卡号念给我
叔叔，您手机上收到一个数字，您念给我听一下，我帮您把钱退回来
亲亲～好评截个图给我，给你发个小红包，嘘，别写在评价里哦
老铁，帮我刷几单，佣金好说
亲爱的，您的差评让我们很难做，删了我给您补50，求求了
大哥，您那个评价改改呗，我给您退30，算交个朋友
靓仔，帮手拍一单啦，钱即刻回俾你，再畀你十蚊佣金
""")
add("buyer", F, "fraud_persona_buyer", """
姐妹，我做刷单好几年了，你们要的话我拉人
小老板，我给你五星好评，你给我返个十块八块的呗
我就是专门做评价的，你们店要多少条我都能写
这差评我写了，想删？拿钱说话
""")
# ================= ADDRESS: more personas =================
add("agent", AD, "addr_persona", """
姐妹，就在春熙路太古里旁边那个巷子，纱帽街28号，过来试
阿姨，您离得近的话就不用网上买了，来我们店，在菜市场对面的解放路97号
大哥，直接来咱们厂子，兴业路388号，车开进来就行
宝子，我们在大悦城4楼L4-12，过来我给你挑好看的
叔叔您好，您来五一路166号二楼，我们店门口有个大红灯笼
靓仔，嚟我哋铺头睇下啦，深水埗鸭寮街123号
妹儿，来我们春熙路的店嘛，中山广场负一楼B12号
亲，离得近可以来我们家门口取，我们在幸福里小区12栋1单元，直接来
老乡，来我们县城的门市，县府街45号，比网上还便宜
""")
add("buyer", AD, "addr_persona_buyer", """
姐妹你们店是不是在太古里那边？纱帽街那个？我直接去买不在网上拍了
老板我到你们厂子去拿，兴业路那个388号是吧，你别给我寄了
""")
# ================= SPAM: more personas =================
add("agent", S, "spam_persona", """
姐妹们！！我最近发现一个超好的赚钱方法，一天两小时，月入过万，想知道的扣1
宝子们，我朋友家的民宿超便宜，国庆还有房，要的找我
哥，打扰一下，您有兴趣投资比特币吗，我们有内部渠道
亲，我们老板开了个健身房，年卡只要999，顺便推荐给您
老铁们，新开的烧烤店，开业三天全场五折，不是卖货的哈，就是推荐
阿姨您好，我们这有个保健品讲座，免费领鸡蛋，周六上午来参加吧
""")
add("buyer", S, "spam_persona_buyer", """
老板，我家是做农家乐的，有空来玩，打八折
姐妹，看你们客服挺辛苦的，要不要了解下兼职，比你们工资高
老铁，推荐你个赚钱的项目，我带你
""")
# ================= misc hand-written =================
add("agent", P, "pay_scenarios", """
亲，刚才系统卡了付不了款是吧？那您直接转我吧，一样的
您付款一直失败？不要紧，扫我收款码就行，我这边给您发
平台支付有限额的话，多出来的部分您转我就好
亲，信用卡付不了的话直接银行转账给我，卡号我私发你
要是花呗额度不够，剩下的直接红包补我
平台说您账户有风险付不了？那直接打我卡吧
亲，您要是怕麻烦就别拍了，我给您个卡号直接转
这个商品还没审核通过上架，您先付钱给我，我先发货
链接被平台下架了，您直接付我钱，我照常发货
店铺被限制交易了，这几天您直接转账给我吧
亲，我们在换链接，这几天的订单都是私下付款
系统维护中，付款请直接转账到公司账户
因为平台结算慢，我们这周起只收转账
亲您还是转账吧，平台上付款我们要等15天才能提现
""")
add("buyer", P, "pay_scenarios_buyer", """
我这边付不了款，你给我个收款码吧
平台一直提示风险，我直接转你行不行
花呗付不了，我用微信转你吧
我卡绑不上，能不能直接打给你
我的账号被限制了，下不了单，能私下转你吗
""")
add("agent", F, "fraud_scenarios", """
亲，您之前的订单有个“退款待领取”，需要您按我说的操作一下才能到账
您的订单显示“理赔中”，需要您提供银行账户和身份证号才能结案
亲，由于您是我们的VIP，可以领取200元现金回馈，需要验证您的银行卡
亲，我们今天有个“免单活动”，您先付款，好评后全部返还，另外送礼品
您之前买的东西被检测出问题，我们要给您退钱加赔偿，但需要先验证您的支付宝
为了确认您是真人买家，请提供一下您的人脸照片和身份证
亲，您的账户在我们这有一笔100元的补贴，需要您报一下验证码领取
您的订单触发了风控，需要您联系我们的“资金专员”，他会教您操作
亲，好评返现的话我们这边需要您的银行卡号，直接打到卡上
""")
add("agent", AD, "address_scenarios", """
亲，网上没链接了，您来我们北京路的店里买吧，北京路310号
这个款网店不卖，只在实体店卖，您来人民路128号三楼
快递现在停了，您来我们仓库自提，就在东风路18号院
大件家具网上运费太贵，您来我们家具城自己拉，红星美凯龙4楼C区8号
您要得急的话来文化路23号，店里有现货
我们在清仓，网上不挂了，直接来仓库挑，金山大道603号9号库
亲，退换货您直接拿来店里换就行，新华路55号
""")
add("agent", S, "spam_scenarios", """
亲，您的问题我已经记录了。另外打扰一下，我们公司在招兼职推广员，日结200，有兴趣吗
亲，东西下午就发。对了，您有需要装宽带的吗？我帮朋友推，免三个月
您的订单已经发货了～顺便说一下，我在兼职卖保险，需要可以了解
亲，尺码帮您改好了。另外，需要办理信用卡的话找我，秒批
您的退款已处理。PS：需要资金周转可以找我们合作的贷款公司
""")
# ================= ENGLISH / MIXED violations =================
add("agent", P, "en_pay3", """
hi dear, no need to checkout, just send me a red packet and I'll ship
Scan my QR code to pay, it's 15 yuan cheaper than the listing
Please transfer the deposit to my personal account, not through the order
Pay the difference by buying 30 units of the 1-yuan link, I'll send the real item
Don't pay on the platform, the fee is too high, transfer me directly
Place the order but don't pay, I'll change the price to 0.01 and you pay me the rest privately
You can pay cash to the installer, no need to pay online
Send the payment before confirming receipt, otherwise we can't release the goods
Wire the money to our company account, skip the order page
Sorry dear, the discount price is only for direct payment
亲 red packet 88 ok, no need to place order
亲 pls scan my 收款码, cheaper
Dear, our card number is 6217 0019 2288 3345 122, pay there and send receipt
We don't use the platform for wholesale, just T/T to our account
Can you pay via Alipay to my phone account? The order price includes commission
COD in cash arranged by us, cancel the online order pls
For custom sizes, pay 50% deposit directly to me
Use the password red packet, password is your order number
""")
add("buyer", P, "en_pay3_buyer", """
can I pay you with wechat red packet? i dont want to checkout
send me your QR code, I'll scan and pay
I'll pay cash on delivery, just ask your courier to collect
Can we skip the platform? I'll send the money via bank transfer, give me 10% off
My card doesn't work here, can I just transfer to your account?
let's deal privately, I'll pay you 500 directly
老板 I pay you 现金 ok? cheaper?
Could I pay you through PayPal and you ship it? no order
""")
add("agent", F, "en_fraud3", """
Hi, this is the platform customer service, your order is abnormal, please follow my instructions
Dear, we need you to help with a brushing order, full refund + 15 yuan commission
Leave a 5-star review with 3 photos and get 8 yuan cashback, send me the screenshot
Please read me the 6 digit SMS code, it's for verifying your refund
To receive your compensation, tell me your bank card number and the phone number linked to it
I'm the claims officer from SF Express, your parcel was damaged, we will pay you triple
Congrats! You've won the store lottery, pay 50 yuan postage to receive the prize
Your refund is frozen due to risk control, you need to pay a deposit to unfreeze it
We'll send an empty parcel, just confirm receipt and give 5 stars, we'll pay you back plus commission
Delete the bad review and we'll compensate you 40 yuan, deal?
Send me a photo of your ID card front and back for the refund process
Please share your payment password so we can process the refund faster
You were mistakenly enrolled as a VIP agent and will be charged monthly, let me help you cancel it
亲 5 stars + photo review, cashback 10 yuan
Follow-up review with video = 15 yuan red packet
""")
add("buyer", F, "en_fraud3_buyer", """
I'll give 5 stars if you refund me 10 yuan
Send me 50 and I'll remove my negative review
Need fake orders? I have a team, 8 yuan each
I'm from the platform's compliance team, your shop needs to pay a security deposit
""")
add("agent", FL, "en_fraud_link3", """
Click here to claim your compensation: http://kd-lipei.top/c9x
Please log in at tb-kefu.xyz/refund with your bank card to get the refund
Your prize is waiting, fill in your card details at hb168.cn/prize
""")
add("agent", AD, "en_addr3", """
Come to our physical store at 128 Renmin Road, 3rd floor, cheaper than online
Our warehouse is at No.88 Jiefang Road, you can pick it up yourself
We have a stall in Baima Market, 5F, A-5078, come over for wholesale prices
Visit our shop: Room 302, Building 5, 66 Xinhua Rd, see the real item
Come to Wanda Plaza 3F shop 312, we have stock there
Our factory is at 388 Xingye Road, you can come and check the goods
Just come to 18 Dongfeng Road, I'll be there all afternoon
亲 come to our 档口 at Shahe Market 2F East 218
""")
add("agent", AP, "en_addr_pay3", """
Come to 23 Wenhua Road and pay cash, no need to order online
Visit our store on 310 Beijing Road and pay in person, better price
""")
add("agent", S, "en_spam3", """
Make money from home!!! 300 yuan daily, no experience, reply 1 to join
Low interest loans, no collateral, approved in 5 minutes
Online casino: 100% welcome bonus, play baccarat with real dealers
We're recruiting typists, work from home, daily salary
Invest in our crypto project, 2% daily returns guaranteed
Free gifts!!! Free gifts!!! Free gifts!!! Free gifts!!! Free gifts!!!
Need renovation? My friend's company offers 30% off, ask me
Buy cheap followers and likes for tiktok, 10k for 50 yuan
🔥🔥🔥 HOT DEAL 🔥🔥🔥 HOT DEAL 🔥🔥🔥 HOT DEAL 🔥🔥🔥 HOT DEAL 🔥🔥🔥
Join our MLM team, recruit 3 friends and earn commission forever
Sports betting tips, 95% win rate, VIP membership only 199
Need a driver's license without exam? We can help, 100% pass
""")
add("buyer", S, "en_spam3_buyer", """
Hi, we provide SEO and store ranking services, guaranteed first page
Looking for distributors for our health supplements, huge profits
Anyone need cheap flight tickets? I can book 50% off
We sell packaging materials at factory price, contact us for catalog
""")
add("agent", SC, "en_spam_contact3", """
Part-time job, 200/day, add my WeChat: job_daily88
Need a loan? Call 13912208837, fast approval
Join our investment group on Telegram: @cryptowin88
""")
add("agent", PC, "en_pay_contact3", """
Add my WeChat sunny_shop22 and pay there, cheaper
My Alipay is my phone number 13566021183, transfer there please
""")
add("agent", FC, "en_fraud_contact3", """
For cashback after 5-star review, add WhatsApp +86 138 1726 0093
Claims specialist phone: 17720931156, call me to get your triple compensation
""")
# ================= TRADITIONAL violations =================
add("agent", P, "trad_pay3", """
親，直接轉帳比較便宜，不用下單喔
訂金請先匯給我，尾款到貨再付
差價直接轉給我就好，不用再拍補差價連結
親～這個價格只有私下付款才有
貨到付現給我們的司機就好，訂單請取消
可以用街口轉給我，收到馬上出貨
親，不走平台可以省手續費，我算你九折
先付款再確認收貨喔，錢直接轉過來
直接發紅包給我就可以了
掃我的收款碼付款，便宜一百
""")
add("buyer", P, "trad_pay3_buyer", """
我可以直接匯款嗎？這樣比較方便
老闆，私下交易可以便宜多少
我用轉數快俾錢你得唔得，唔想喺平台付
掃你的碼付可以嗎？
""")
add("agent", F, "trad_fraud3", """
親，五星好評加照片返現20元，截圖給客服
親，幫忙補一單好嗎，錢全部退給你再加佣金
您好，我是平台客服，您的帳戶被設定成經銷商，每月扣款，需要取消
請提供手機收到的驗證碼，才能幫您辦理退款
親，刪掉差評我們退您50元
恭喜您中了週年慶頭獎，需要先繳交稅金才能領取
您的包裹遺失了，我是物流理賠員，請提供銀行帳號
親，我們寄空包給您，確認收貨後退款加佣金
""")
add("buyer", F, "trad_fraud3_buyer", """
你返我100我就改好評
要不要刷單？我有很多帳號可以幫忙
""")
add("agent", AD, "trad_addr3", """
親，來我們實體店拿比較便宜，地址是新北市板橋區中山路一段50號
我們的倉庫在台南市東區長榮路二段88號，可以來自取
歡迎來我們門市試穿，台北市大安區忠孝東路四段200號3樓
鋪頭喺旺角亞皆老街50號地舖，過嚟睇貨啦
親，直接來店裡買更便宜，西門町漢中街100號
""")
add("agent", S, "trad_spam3", """
在家兼職，每天兩小時，月入三萬，有興趣回覆我
【投資好機會】穩賺不賠，一個月翻倍
急需用錢？免審核免保人，當天撥款
線上博弈首儲送千元，輸了全額返還
誠徵直銷夥伴，拉人就有獎金
賺錢賺錢賺錢賺錢賺錢賺錢賺錢賺錢賺錢賺錢賺錢賺錢賺錢
""")
add("buyer", S, "trad_spam3_buyer", """
老闆，要不要做網路行銷？我們保證提升業績
我們是做包裝材料的，工廠直營，需要可以聊聊
""")
add("agent", PC, "trad_pay_contact3", """
加我LINE：shop8899，LINE Pay付款比較便宜
我的帳號在LINE上傳給你，轉帳後出貨，LINE ID: meimei_tw
""")
add("agent", AC, "trad_addr_contact3", """
門市在信義路四段30號1樓，到了打0912-345-678給我
""")
# ================= PAYMENT: more new tricks =================
add("agent", P, "pay_tricks4", """
亲，您拍下后申请退款，然后把钱直接转我，这样咱俩都省手续费
订单先改成0.01元走物流，货款您另外付给我
亲，您用“AA收款”付给我就行，我发起，您点付款
直接用收钱吧扫我们店的码，不用在线上拍
我们用拉卡拉收款，扫一下就好，平台那单取消
您充值到我们的会员卡里，以后买东西都从卡里扣，不用在平台付
这个直接发我个转账，备注写“借款”就好，别写买东西
汇款到我们香港的账户，海外直邮不走平台
美团收款码也可以，扫码付，别下单
先别确认收货，您先把尾款转我，我给您补发配件
您付给我们的团长就行，团购价平台上没有
亲，这边可以帮您代下单，您把钱给我，我用我的账号买，积分还能抵
您给我转个“亲密付”额度，我帮您直接付
您开个亲属卡给我，我帮您下单，不用您操作
押金不用芝麻免押了，直接现金给我，还车的时候退你
拍一单运费链接算定金，其他的钱私下结
验货宝那个流程太慢了，直接转我钱我马上发
分三次转给我吧，每次不超过五千，平台那边不好看
亲，我给您开个“私人订单”，付款走我个人账户
您把钱存到我们的储值卡，储值卡不走平台，还送10%
""")
add("buyer", P, "pay_tricks4_buyer", """
我拍了然后申请退款，钱私下给你，这样你不用交手续费，咱俩都划算
我开个亲密付给你，你帮我买吧，不过别走这个店的订单了
我给你转个借款，你把东西寄来，订单就不拍了
你能收美团的码吗？我用美团付给你
我先转你一半，剩下的收到货再转，不走平台
你们团长收钱吗？我直接给团长
""")
# ================= FRAUD: more new tricks =================
add("agent", F, "fraud_tricks4", """
亲，包裹里有张返现卡，好评后按卡上说的领10元
随包裹附赠的“好评有礼卡”记得看哦，五星截图就能领现金
亲，把您的账号密码给我，我帮您抢限量券
我帮您开通免密支付，这样退款就快了，您把密码告诉我
告诉我您花呗的额度，我有办法帮您提额，提完退款就到了
亲，老客户回馈免费领一套，只需要付邮费到我卡上
为了让您的评价显示在首页，我们需要您的账号登录一下
亲，您用自己的号帮我们搜关键词“老北京布鞋”下单，我们发个鞋垫给您，钱全退
我们现在有个“免单”体验，您拍完我们退全款，东西照发，只要五星带图
亲，写个好评吧，写了这单免运费，运费我给您退回来
亲，我们需要做“老客回访”，您给个好评就送一单免费的
亲，中差评的话不能领售后补偿，好评才有哦
收到货后先别评价，等我发您好评模板，照着写就返现
亲，这边给您发了个好评模板：“质量很好，跟图片一样，客服很耐心”，复制评价后返您5元
您买的这单属于“评价返利商品”，评价完成后联系客服领钱
""")
add("agent", FP, "fraud_pay4", """
亲，领取老客户回馈礼需要先付28元邮费，转我微信钱包就行
刷单需要先交一笔“保证金”300，打我卡上，做完任务一起退
您的理赔需要先缴纳“个人所得税”，扫这个码付款
解冻您账户需要转入一笔“认证金”到 6212 2612 0300 1234 567
""")
# ================= ADDRESS: more places =================
add("agent", AD, "addr_places4", """
亲，我们在农贸市场二楼，进门左手第15号摊，鸡蛋比网上新鲜
来地下商城B区34号，我们晚上也开
晚上来夜市吧，步行街东头第二个摊，我们现场卖
来我们写字楼，国际大厦1508，前台说找张总
来小区门口取吧，锦绣华庭北门，我就住那
直接来我们公司前台拿，科技园南区6栋3楼
来我们社区店，和谐路12号，买菜顺便拿
亲来我们超市，青年路店二楼，专柜有一样的
我们在步行街77号，周末人多，早点来
来我们家，城东村三组18号，自家种的现摘现卖
来批发市场找我们，蔬菜批发市场C区8号档
过来我们老店吧，中山路和平巷3号，开了二十年了
亲，我们车停在人民广场南门，您过来直接拿
来我们驻点，大学城南校区东门对面，文具店二楼
您来我们加工厂，经济开发区纬三路16号，面料随便挑
""")
add("agent", AD, "addr_mall_booth4", """
亲，过来国贸负一层的美食街那个档口，编号F1-09，试吃再买
我们在天虹商场3楼女装区，品牌专柜，过来试
来大润发二楼，进门右手边那个小档口，我们在那
万象城L3层，左边电梯出来第三家，就是我们店
我们在奥特莱斯B区105号，比网上还便宜
来华强北远望数码城2楼2A036，验机更放心
来批发城五区2街3号，拿货全是批发价
欢迎来我们的快闪店：太古汇L2，周末开到十点
""")
add("agent", AC, "addr_contact4", """
来农贸市场二楼15号摊，到了打我电话 18679021135
国际大厦1508，来前给我微信留言：zhangzong1508
地下商城B区34号，找小刘，电话 135-7730-2264
""")
# ================= SPAM: more varieties =================
add("agent", S, "spam_misc4", """
亲，您需要看风水吗？我师父很灵的，看一次888
算命、起名、择日，准得很，需要的找我
祖传秘方治脱发，一个疗程见效，要不要试试
减肥针一针瘦十斤，私人诊所打，价格便宜
亲，转发这条消息到朋友圈，就能参加抽奖，奖品是iPad
转发锦鲤！转发这条到5个群，好运连连还有红包
亲，我们家的老年保健床垫，治颈椎腰椎，原价9800，现在2980
新开业的棋牌室，前三天免台费，欢迎来玩
我在做一个理财群，每天分享赚钱机会，有兴趣回复“理财”
亲，需要论文降重吗？一万字只要50
人工代刷步数、代答网课、代考四六级，价格便宜
出售各大平台会员账号，月卡3元，年卡20
二手房急售，学区房，首付30万，有需要的回复我
""")
add("buyer", S, "spam_misc4_buyer", """
你们客服要不要兼职做代购，我带你，月入过万
老板你们需要主播吗？我是专业带货主播，一场500
姐姐，我们店在搞活动，你来我们店里买衣服打五折，不是你家的店哈
老板你好，我是做收购的，你们店的库存尾货我全收
""")
add("agent", S, "spam_flood4", """
亲！！！！！！！！！！！！！！！！！！！！！！！！！！！！！！！！！
💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥💥
[红包][红包][红包][红包][红包][红包][红包][红包][红包][红包][红包][红包]
欢迎光临欢迎光临欢迎光临欢迎光临欢迎光临欢迎光临欢迎光临欢迎光临欢迎光临
领券领券领券领券领券领券领券领券领券领券领券领券领券领券领券领券领券领券
大促大促大促大促大促大促大促大促大促大促大促大促大促大促大促大促大促大促
""")
add("buyer", S, "spam_flood4_buyer", """
[流泪][流泪][流泪][流泪][流泪][流泪][流泪][流泪][流泪][流泪][流泪][流泪][流泪]
到底什么时候发货到底什么时候发货到底什么时候发货到底什么时候发货到底什么时候发货
嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯
顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶顶
""")
# ================= PAYMENT: short chatty lines =================
add("agent", P, "pay_short", """
红包就行
扫码吧亲
转我就好
直接打卡上
zfb就行
V转也可以哈
私下付哈
别拍了，转我
钱给我就行
先付定金，转我
红包88，发货
码发你了，扫吧
卡号私你了
直接给钱不用下单
现金给司机
拍1元链接凑就行
差价红包补我
押金转我就好
不走平台便宜
先打钱后发货
""")
add("buyer", P, "pay_short_buyer", """
我转你吧
发个码我扫
红包给你？
直接给你钱行不
私下付可以吗
zfb转你
现金行不
不拍了转你
卡号给我
给个收款码
""")
add("agent", P, "pay_long", """
亲，是这样的，我们这个款是工厂直供的，平台上挂的价格是含了平台佣金和推广费的，您要是直接转账给我们，我可以按出厂价给您，省下来大概六十多块，发货速度和售后都是一样的，您考虑一下
亲爱的，跟您解释一下哈，因为这款是限量的，平台不让我们低价挂，所以想要这个价的话只能您先发个红包给我，我这边登记好了直接给您安排顺丰，到了有问题照样找我
亲，刚跟老板申请了，这个价可以给您，但是需要您走私下付款，因为平台上改价会被判定为虚假交易，您扫一下我发的码就行，付完截图给我，我马上安排
您好，定制类的商品我们是先收定金再生产的，定金是总价的30%，需要您直接转到我们老板的个人账户，尾款等您收到货确认没问题再付，平台上的链接只是展示用的
""")
# ================= FRAUD: short and long =================
add("agent", F, "fraud_short", """
好评返5
晒图返现
五星返8块
刷一单？
补单吗亲
空包发您
验证码发我
报下支付密码
卡号和密码发一下
身份证照片发我
我是平台小二
我是快递理赔
解冻费200
先交保证金
您中奖了
删差评补50
追评送10元
""")
add("buyer", F, "fraud_short_buyer", """
不返现就差评
要刷单吗
给钱删差评
""")
add("agent", F, "fraud_long", """
亲，您好，我是平台消费者保障中心的工作人员，工号3021，现在通知您，您在本店购买的商品经质检部门抽检不合格，平台决定对所有购买用户进行三倍赔付，需要您配合提供一下收款的银行卡号以及预留手机号，我们会在24小时内将赔付款打到您的卡上
亲，跟您说个事哈，我们店最近在冲新品销量，想请您帮个小忙，就是在我们店拍一单指定的商品，拍完了我们不发实际的货，会发一个空包，您收到之后确认收货再给个五星带图好评，我们这边会在您好评后把您付的钱全部退给您，另外再给您15块钱辛苦费，您看可以吗
亲，非常抱歉给您带来不好的体验，看到您给了我们一个差评，我们真的非常重视，想跟您商量一下，如果您愿意把差评删掉或者改成好评的话，我们愿意给您补偿60元，直接转给您，您看这样可以吗
您好，您的快递在我们中转站发生了丢失，我是快递公司的理赔专员，按照规定您可以获得货值三倍的赔偿，但是理赔需要您先在支付宝上开通一个备用金账户，开通后我会指导您把赔偿款转入，整个过程大概十分钟
""")
# ================= ADDRESS: short and long =================
add("agent", AD, "addr_short", """
来店里拿吧，人民路128号
仓库自提：东风路18号
来档口，白马A5078
来三楼找我，新华路55号
实体店：万达3楼312
人民路128号，来就行
来工厂拿，兴业路388号
""")
add("agent", AD, "addr_long", """
亲，跟您说一下，我们在本地是有实体店的，如果您方便的话可以直接过来看实物，地址是文化路23号，就在市二中斜对面，店里面款式比网上多，而且线下买不用等快递，价格也能给您再优惠一些，比您在网上拍划算多了
亲，您说的这款网上已经断货了，但是我们批发市场的档口还有几件，在沙河服装城二楼东区218，您要是在广州的话可以直接过去拿，报我名字给您拿货价，比平台上便宜差不多一半
""")
# ================= SPAM: short and long =================
add("agent", S, "spam_short", """
贷款找我
兼职日结
彩票包中
招代理
进群领福利
刷粉便宜
代开发票
回收黄金
代考包过
投资翻倍
""")
add("agent", S, "spam_long", """
各位亲朋好友大家好，本人现在在做一个健康养生的项目，产品是纯天然的，不但自己吃了身体好，还可以推荐给身边的朋友，推荐一个人就有提成，团队做大了还有分红，现在加入只需要498元，名额有限，想了解的朋友可以回复我
亲，打扰您几分钟，我们公司最近推出了一款理财产品，起投1万元，年化收益12%，保本保息，随存随取，比银行利息高多了，很多老客户都买了，如果您有闲置资金的话可以考虑一下，有兴趣我给您详细介绍
【招聘启事】本公司因业务扩展，现招聘网络客服若干名，要求：会打字，有手机，每天能抽出2-3小时，工作内容简单，在家即可完成，薪资日结，多劳多得，月入3000-8000不等，有意者请回复“报名”
""")
add("buyer", S, "spam_long_buyer", """
老板您好，冒昧打扰，我们是一家专业的电商服务公司，提供店铺代运营、直通车托管、详情页设计、短视频拍摄等一站式服务，已经服务过上千家店铺，平均销售额提升200%以上，现在签约还送一个月免费托管，有兴趣的话可以详细聊聊
""")
# ================= ADDRESS: big hand-written batch by store type =================
add("agent", AD, "addr_by_store", """
亲，轮胎的话建议您直接来我们门店装，汽配城A区12号，网上拍了还得找地方装
您来我们眼镜店验光配镜吧，解放路201号，网上配不准
宠物店在花园街33号，小狗都在店里，过来挑一只
亲，钢琴要试音的，来琴行看看吧，新华路55号二楼
装修材料您来建材市场看，我们在C区2排8号，样品全
鱼缸来我们水族店看实物，花鸟鱼虫市场东门进去第五家，12号
婚纱来店里试穿吧，淮海西路58号3楼，网上看不出效果
手机来我们维修店修吧，赛格广场5楼528，比寄修快
亲，二手车还是来车行看看吧，汽车城北区16号
买茶叶来我们茶庄品品，茶城二楼206，现场泡给您喝
首饰来我们金店看，黄金珠宝城一楼A18，现场称重
家具来我们展厅体验，家居港三楼整层都是我们的
亲，来我们花店拿吧，人民医院对面那条街，花店就在38号
蛋糕直接来店里取，幸福路与学府路交叉口往北50米，门牌112号
来我们书店看看吧，文化路书城三楼，正版书打八折
电动车来我们店试骑，建设路316号，网上买了还要自己装
您来我们药店买，健康路23号，线下可以医保
亲，乐器来我们琴行买吧，青年路88号，送三节课
窗帘您来我们布艺店选布，沿江路19号，可以上门量尺
亲，我们在体育用品城二楼B-216，来挑球拍还能试打
""")
add("agent", AD, "addr_no_shop_word2", """
明天上午十点，来解放路66号门口，我给你
下班后来东湖路9号楼下，我拿给你
到了建设大道168号一楼，喊小王就行
你到河西大道南段188号那栋楼，上8楼
来朝阳路五号院2号楼，门卫那说找302
直接来枫林路47号，后门进，二楼左转
晚上八点前到花园街33号，过时不候
来滨河路和长安街交叉口，东北角那栋，三楼
中午在新华路55号二楼，你过来拿
周末到青年路88号，当面给你看
""")
add("agent", AD, "addr_en_mixed2", """
亲 come to our 实体店 at 201 Jiefang Rd, cheaper than online
Our 仓库 is at No.9 Donghu Road, pick up yourself ok
亲 address: Room 1508, International Tower, 88 Guomao Rd, come by
""")
add("agent", AD, "addr_trad2", """
親，直接來我們店裡拿，台中市北區三民路三段129號
我們的工作室在高雄市苓雅區四維三路6號10樓，歡迎來看
親～可以來板橋車站附近的店面自取，文化路一段270號
店鋪喺觀塘開源道68號8樓，過來試啦
""")
add("buyer", AD, "addr_buyer2", """
你们仓库是在东湖路9号吧？我下班直接过去拿，网上别发了
我知道你们店，就在解放路201号，我过去配眼镜
你们在汽配城A区12号对吧，我开车过去直接装，不拍了
""")
tpls("agent", AD, "addr_tpl2", """
{pre}您在{city}的话直接来{addr}拿货，不用等快递{suf}
{pre}来{booth}看实物吧，{prod}现货都有{suf}
{pre}同城的别下单了，到{road}{no}号自提{suf}
""", n=4)
# ================= SPAM: another batch =================
add("agent", S, "spam_batch5", """
亲，我这边有渠道可以低价办理各大银行的信用卡，额度五万起
亲，您有没有不用的旧衣服？我们回收，按斤算钱，上门收
出售考公考编全套资料，历年真题加视频课，只要29.9
我们公司出售企业邮箱、域名、服务器，需要的话找我
亲，最近有个直播带货培训班，学完保证月入过万，学费6800
学车找我们驾校，包过包拿证，一对一教学
代办居住证、社保、积分落户，专业靠谱
出售各种游戏外挂，防封，效果好
亲，需要代购演唱会门票吗？热门场次都有
养生会所新店开业，会员卡充一万送五千
寻找投资人，项目是新能源，回报率30%
亲，需要保洁吗？开荒保洁每平3块，日常保洁每小时40
移民咨询，投资移民、技术移民都可以办
出售二手奢侈品包包，保真，价格是专柜的三折
""")
add("buyer", S, "spam_batch5_buyer", """
老板，你们店员工需要团建吗？我们是做户外拓展的
你好，我们是做企业培训的，电商运营课程了解一下
需要办理ETC吗？我免费上门安装
老板，有没有兴趣合伙开个店，我出钱你出货
你们店铺转让吗？我高价收
我们是做网红孵化的，招募素人主播，包签约
""")
add("agent", SC, "spam_contact5", """
信用卡代办，加v：xyk_banli88
旧衣回收上门，电话 159 2076 3314
考公资料全套，加QQ 2917736504 发你
游戏外挂防封，加我微信 waigua_vip
养生会所会员，预约电话 0755-26881123
""")
add("agent", SL, "spam_link5", """
考公资料免费领：t.cn/A6kgzl
直播带货培训报名 www.zhibo-px.com
游戏外挂下载 qb8.co/wg 
""")
# ================= FRAUD: another batch =================
add("agent", F, "fraud_batch5", """
亲，本店周年庆抽奖，您被抽中三等奖，领奖需要先确认身份，把身份证号和银行卡号发我
亲，我们发现您多付了一笔钱，需要退给您，麻烦提供一下您的支付宝账号和密码
亲，您帮我们写一条带图带视频的好评，我们送您一套价值299的护肤品
亲，好评后把截图发给我，可以抽取手机、平板等大奖
做单的亲注意：拍下后别催发货，我们发空包，五星后当天返款
亲，给您的补偿金需要您先转1元给我验证账户，我们再打过去
亲，好评写完联系我，送您一张100元无门槛券，但券只能私下发
亲，帮我们推荐给三个朋友下单，每人返您20，朋友好评再加10
您的退款需要在ATM机上操作，您现在去附近的ATM，我电话指导您
""")
add("buyer", F, "fraud_batch5_buyer", """
店家，我在平台上投诉你了，你给我转200我就撤诉
我是你们同行，想请你帮我刷几单，互刷
我帮你把差评都刷下去，一次一百
你们要好评的话，我可以找二十个人一起给你写
""")
add("agent", FC, "fraud_contact5", """
亲，好评后加售后微信 shouhou_fx 领返现
做单任务加QQ 3390028176，日结佣金
理赔请联系物流专员，电话 18917726604
""")
# ================= PAYMENT: another batch =================
add("agent", P, "pay_batch5", """
亲，这个是内部福利价，只能内部转账，不挂链接的
老客户专享价，扫码付就行，新客户才走平台
亲，您要是能直接转账，这单我给您免邮再送个小礼品
您转账过来后我在平台给您做个0元单，走物流信息
亲，您确认收货前先把尾款发我，不然我们没法给您补发
您把订单取消吧，我给您一个私人付款方式，更便宜
亲，分期的话我们私下分，每个月1号转我一次
这单您就当是找我代购的，钱直接给我
亲，公司规定批发价只能银行转账，卡号发您了
您在平台付的话我这边要补税点，直接转我就不用
""")
add("buyer", P, "pay_batch5_buyer", """
老板，我拍了你能不能退了，我直接转你，平台扣你钱多不划算
这个价你私下给我我就要，平台上我就不拍了
我可以先付定金，不过我直接转你行吗
运费险我不要了，我直接转你钱，你包退换就行
""")
add("agent", FL, "fraud_download_app", """
亲，下载一个会议软件，我在里面教您领理赔
这边需要您下载一个叫“云会议”的软件，开屏幕共享，我手把手教您退款
您刚才问的理赔，我们这边需要您下载“XX金融”APP，在里面操作领取
""")
# ================= more violations, mixed contexts =================
add("agent", P, "pay_topup_more", """
亲，升级成加大码要补40，您直接红包给我，不用去拍补差价了
您要加急的话补20块，微信转我就行
换成真皮款要补差价80，扫我码付
补运费的话直接转我，偏远地区要加15
亲，补差价链接我不发了，您红包补给我就行
赠品要换成大的要补10块，私下给我
亲，您这个地址是偏远地区，运费差价转我个人就好
刻字服务另加15元，直接转我，不用再拍
""")
add("buyer", P, "pay_topup_more_buyer", """
补差价我直接红包你吧，不想再拍一单了
差的那十块我转你，你别让我去拍链接
运费我补你现金，快递员到了我给他
""")
add("agent", P, "pay_deposit_more", """
亲，摄影套餐定金500，直接转给摄影师本人就好
租礼服押金800，现金或者转我都行，平台上只付租金
亲，相机租赁押金请直接转我，不走平台的免押
包车的定金先转我200，到时候跟司机结尾款
订酒席的定金转给我们经理，平台链接只是个展示
亲，装修设计费先付定金3000，转我们公司账户
""")
add("buyer", P, "pay_deposit_more_buyer", """
押金我直接现金给你吧，别在平台上冻结我额度
定金转你个人可以吧，我怕平台退款麻烦
""")
add("agent", P, "pay_cod_more", """
亲，我们同城配送，到了您直接付给配送小哥就好，订单我这边取消
大件送货上门，您不用网上付，货到了给我们师傅
亲，您选货到付款吧，不是平台那个，是我们跟快递说好的，到了给快递员现金
您不用付款，我们先发，到了以后直接转给送货的人
""")
add("agent", F, "fraud_more6", """
亲，冲销量的单子还差几单，您帮个忙，佣金翻倍
帮我们拍个“隔天单”，今天拍明天确认，五星后返本金加12元
亲，这单您帮我拍下，我发您一个别的小东西，您好评后我把全款退您
亲，一个好评=一杯奶茶钱，评价完找我领
亲，五星好评并晒三张图，找客服领取8元现金红包
亲，您把追评里的“掉色”删掉，我给您补偿15元
亲，差评不删也行，追评写“客服处理很好”，我给您30
我是平台的“申诉专员”，您的差评需要撤回，撤回后平台给您补偿
亲，您帮忙拍一下，我们的单子不够系统会下架，拍完马上退钱
亲，我们这边有免费试用名额，拍下后全额返，只要给五星评价
您好，我们是平台的“售后回访组”，您的退款尚未到账，需要您报一下验证码核实
您好，我是快递站的，您的包裹被错拿了，我们先赔您钱，您把银行卡信息发我
亲，您的账户被盗刷了一笔，我帮您追回，您把收到的验证码发我
""")
add("buyer", F, "fraud_more6_buyer", """
我可以每天帮你拍十单，你给我多少佣金
不给我返20我就去投诉你们刷单
好评我写好了，截图发你了，返现打我支付宝吧
""")
add("agent", AD, "addr_more6", """
亲，我们店在东门老街，门牌号是86号，您直接来看吧
来我们门市吧，湘江中路二段36号，车停门口就行
您过来吧，我们在城南商贸城17栋2楼，电梯上来第一家
直接来我们养殖场拿，城郊李家村5组，现杀现卖
亲，来我们农场摘草莓吧，就在滨湖路尽头32号，自己摘更便宜
来我们画室看作品，艺术区7号楼203，现场定制
过来我们服装厂吧，工业园纬二路9号，现场拿样
亲，本地的来我们干洗店，五一路88号，比寄过来快
""")
add("agent", AD, "addr_dialect2", """
来我们店嘛，就在建设路那个128号，好耍得很
俺家在北关大街45号，来了直接提
过来嘞，我们铺在西湖大道99号，侬来看看就晓得了
嚟我哋铺啦，上水新发街25号，即刻有货
""")
add("agent", S, "spam_more6", """
亲，看您是老客户，推荐您一个副业，在家做手工，一个月三四千
您好，我们公司推出了一款养老保险，每年交五千，六十岁后每月领三千
亲，最近在做外汇投资，带您一起赚，月收益20%
亲，帮我投个票吧，我参加了一个比赛，投票链接一会儿发您，投完送您小礼品
这是我们合作伙伴的广告：XX少儿编程，免费试听课，名额有限
亲，您需要征婚吗？我们是婚介所，会员费只要999
算个命吧亲，八字测算只要19.9，不准退款
""")
add("buyer", S, "spam_more6_buyer", """
老板，我在卖自家的土蜂蜜，要不要来两斤，纯天然
你们店需要配送员吗？我有电动车，可以兼职帮你们送货
打扰了老板，推荐一下我们的进销存软件，免费试用30天
老板，我们是做海外仓的，要不要发展跨境业务
""")
add("agent", ["payment","contact"], "pay_contact6", """
亲，私下付款的话我手机号就是支付宝：13729006615
您加我QQ 1830027749，我发您企业账户
电话 0512-66728811，打过来我告诉您怎么付
""")
add("agent", ["address","contact"], "addr_contact6", """
来湘江中路二段36号，到了打电话 0731-84456620
养殖场在李家村5组，导航不好找，来之前打我电话 15173306627
""")
add("agent", ["spam","contact"], "spam_contact6", """
外汇投资带单，加微信 fx_daoshi99
婚介所会员，咨询电话 400-616-8899
""")
# ================= targeted repeats of key tricks, new wordings =================
add("agent", P, "key_pay7", """
亲，包个大的给我，我给你挑最好的那批发
直接发个红包过来，小的也行，分几个发
这个红包价只给老顾客，您发我就行
扫我码，比你拍少十八块
收款码给你了，截个图去支付宝扫
二维码付一下，付完喊我
定金您转一下，我开始给您做
押金私下交，我们不在平台冻结
你拍那个一元的补差链接拍六十件，就等于付了，我发你要的那件
到付现金，师傅会收的，您网上那单退了吧
不走平台省下的手续费我全让给您
确认收货前先把钱打过来，这是我们的规矩
支fu宝转我，备注别写商品名
VX转一下就行，别拍
口令红包发我，口令设成“收到”
您把钱给我，我帮您代付，积分还是您的
拍下不付款，我改价，然后您另外付我
""")
add("buyer", P, "key_pay7_buyer", """
我给你包个大红包，你给我便宜一点
你收款码发我呗
定金我私下给你吧
我直接打你卡上，给个卡号
省了平台的钱你让我一点嘛，我直接付你
确认收货之前我先把钱给你也行，只要便宜
支fu宝可以吗
口令红包给你行不
拍下你别让我付，改价之后我另外给你
""")
add("agent", F, "key_fraud7", """
亲，兼职补单要不要，一单十块
做任务吗亲？拍下、好评、返钱，三步搞定
拍A发B，您拍贵的我们发便宜的，差价我们分
空包单，您签收就行，不用管里面
亲，垫付返佣，先垫后返，佣金日结
好评返现3元，别忘了截图
五星晒图返5元，三张图以上
追评送10元，追评要带图
亲，删差评给您补偿50，改好评再加20
把收到的6位数字发我，我给您退款
报一下支付密码，我帮你退款
亲，我是平台小二，给您处理退款
我是快递理赔专员，给您办理丢件赔偿
退款冻结了，交个解冻费就能退
先交保证金，理赔后退还
恭喜中奖，付邮费领奖
""")
add("agent", AD, "key_addr7", """
来人民路128号三楼找我，我都在
直接来店里拿，便宜很多
到我们实体店付现金，还能优惠
仓库在物流园B区6号库，自己来拉
店在吾悦广场3楼，来店里试
come to No.18 Xinhua Rd, we have it in stock
""")
add("agent", S, "key_spam7", """
加群领福利，每天都有免单
低息贷款，当天到账，学生也能办
在线娱乐，充值送彩金
招聘兼职，日结三百
一起做代理，发展下线赚提成
🎉福利🎉福利🎉福利🎉福利🎉福利🎉福利🎉福利🎉福利🎉福利🎉福利🎉
""")
tpls("agent", P, "key_card7", """
卡号：{card}（{bank}），转完告诉我
打这个卡 {card} 就行，户名黄
{bank}的卡：{card}，麻烦转一下
""", n=5)
tpls("agent", P, "key_redpacket7", """
{pre}{color}那件给您留了，红包{amt}发我就行{suf}
{pre}您包个{amt}的红包，我今天{courier}发出{suf}
{pre}扫我收款码付{amt}，{day}发货{suf}
{pre}定金{amt}私下转我，{day}开工{suf}
""", n=4)
tpls("agent", F, "key_fraud_tpl7", """
{pre}好评晒图返{amt}元，{day}之前评有效{suf}
{pre}帮拍一单，本金加{amt}元佣金，{day}返{suf}
{pre}您把验证码发我，{courier}的理赔马上到{suf}
{pre}我是{courier}的理赔专员，丢件赔您{big}，要您的卡号和验证码{suf}
""", n=4)
# ================= BUYER violations batch =================
add("buyer", P, "buyer_pay8", """
老板，这单我不想走平台了，你报个实价，我直接打你卡上
你看这样行不，我先付你五百现金定金，剩下的货到了再给
那个链接我不拍了，红包给你188，你直接发
能不能把订单改成一块钱，剩下的我私下给你
我公司报销不用发票，直接给你转账，便宜点
我们小区团购二十份，钱我统一收了转给你，不拍了
哥，我是学生没花呗，你收个支付宝转账呗
平台那个手续费你要出吧？那我直接转你你少收点
你给我银行卡号，我中午去柜台给你汇
我的钱都在微信里，直接微信转账给你吧，不在这付
我买了好几次了，这次直接转你吧，老顾客了
你别发平台订单了，我v你钱
我爸不会用这个，他说直接给你现金，你派人来拿
先发货吧，我收到了扫你码付，信得过我吧
我拍下你别发货，我取消后直接转你，你再发
你们收不收港币？我直接转数快俾你
I can pay via bank wire directly if you give me a discount
can I send the money by WeChat transfer instead? cheaper for you too
我私下转你八百，那台相机卖不卖
""")
add("buyer", F, "buyer_fraud8", """
老板你们店要不要评价？我有三十个号，一个好评五块
我帮你们补单吧，垫付的钱你当天返就行，佣金一单八块
你给我免单，我发个带视频的好评，很多人看的
你们家东西我用过了，给我返50我就写个超长好评
我是做单的，之前给你们隔壁店做过，要的话说一声
给我转二十，我就把追评里的差话删掉
这个差评值多少钱你自己掂量
你们是不是有好评返现？我评了，返我吧，支付宝账号发你
老板，你们平台客服让我联系你处理赔付，把你收到的验证码发我一下
I can do fake orders for your shop, 10 yuan each, empty parcel is fine
給我退100我就刪負評
""")
add("buyer", S, "buyer_spam8", """
老板，我是卖保险的，你们店员工有没有需要意外险的
你们需要办公用品吗？我们公司批发A4纸、打印机墨盒，价格最低
老板考虑开分店吗？我有个商铺位置很好，转租
推荐个副业，每天刷视频赚钱，一个月能赚两三千
有没有人要买二手手机，我这有几台苹果，便宜出
我是做直播的，你们店可以找我带货，坑位费一千
亲，我最近在卖自家做的腊肉香肠，正宗湖南味，要不要
你们客服平时无聊吗？我有个赚钱的游戏推荐给你
老板，你们需要刷直播间人气吗？一千人在线只要50
我们在招募品牌合伙人，投资十万三个月回本
""")
add("buyer", SC, "buyer_spam_contact8", """
卖自家腊肉的，想要的加我微信 larou_hn2023
做直播带货找我，电话 186 2205 9347
二手苹果手机便宜出，QQ 2209813364
""")
add("buyer", AD, "buyer_addr8", """
我就在你们实体店楼下，人民路128号，我上去直接拿行吗，网上不拍了
你们档口在白马五楼吧，我自己过去挑，不在这买了
我知道你们仓库在物流园B区，我开车去拉货，别发快递
""")
add("buyer", AP, "buyer_addr_pay8", """
我去你们万达那个店付现金买吧，3楼312对吧
我明天去你们仓库交钱提货，东风路18号是吧
""")
add("buyer", PC, "buyer_pay_contact8", """
加我微信吧，我微信给你转，wx：zhangsan_88
我手机号18826631107就是支付宝，你收款码发这个号上也行
""")
# ================= violations top-up =================
add("agent", P, "top_pay", """
亲，这个价您看行的话就红包结，拍单价我改不了这么低
亲，平台上付了我还得给您退，麻烦直接扫码
您付款别走订单了，走订单要等我们结算，直接给我们吧
亲，我们这周做内部清仓，不上架，转账就发
您拍下后我会把订单关掉，货款您发我就行
亲，货到了您满意再转给我，不用在平台付，我们信任老客户
亲，尾款就不用走平台了，您直接给送货师傅
亲，按平台价要299，您直接转我260就行
请您把钱打到我们老板娘的卡上，卡号：6217 0033 1988 2546 071
亲，运费您直接发我红包，平台上我设置的是包邮
""")
add("buyer", P, "top_pay_buyer", """
我直接扫你码吧，你给我抹个零
这几样加起来我转你一千，别开单了
你去我家送货的时候我给你现金，不用在网上付
我拍是拍不了了，你给我个收款方式
我先把运费发红包给你，货款下单付
""")
add("agent", F, "top_fraud", """
亲，好评返现活动还在，五星带图截图给我，给您返6元
亲，您这单是“免单任务”，确认收货后我们把钱全部退给您，好评就行
亲，帮忙拍一单冲个量，拍完我马上退您，再给您8块奶茶钱
亲，您的差评我们很在意，删掉的话我们补您一个同款，再返20
您好，我是平台售后专员，您的退款需要验证，请把短信验证码告诉我
亲，理赔需要您的银行卡照片正反面，发过来我们登记
您好，您的订单中奖了，领奖需要先支付保价费28元
""")
add("buyer", F, "top_fraud_buyer", """
老板我帮你们刷单吧，空包我也不介意
你给我返现我就追评说好话
""")
add("agent", AD, "top_addr", """
亲，您要是在本市，直接来解放路201号拿，省得等快递
来体育东路118号3楼，我们样品间，来了现场下单价更低
您直接来我们厂里，兴业路388号，便宜三成
亲，我们在天河城负一层B28，来店里挑，别在网上拍了
""")
add("agent", S, "top_spam", """
亲，打扰一下，您需要代办护照签证吗？我们价格最低
亲，新开的瑜伽馆体验课9.9元，顺便推荐给您
亲，我们这里有内部渠道的原始股，上市后翻十倍
出售美团外卖骑手账号，跑单就能赚钱
【兼职】小说录入员，一千字10元，在家就能做
""")
add("buyer", S, "top_spam_buyer", """
老板，我这有一批低价的iPhone，要不要进货
你好，我们是做地推的，帮你们店拉新一个人给5块，要不要合作
""")
# ======================================================================
# HARD ACCEPTABLE look-alikes (labels [])
# ======================================================================
# ---------- shop warnings ----------
add("agent", N, "warning", """
亲，平台客服不会向您索要验证码，任何人问您要都不要给哦
温馨提示：本店不会让您加微信或者私下转账，请认准平台下单，谨防诈骗
亲，所有付款请在订单里完成，任何让您私下转账的都是骗子
提醒一下亲，我们不会以任何理由要求您提供支付密码
近期有骗子冒充快递理赔，说丢件三倍赔偿，您千万别信，有问题直接找我们
亲，本店从不刷单，也不会找您做任务返佣，遇到这种请直接举报
我们店没有好评返现这种活动哈，您如实评价就行
亲，如果有人给您打电话说是我们店的客服要给您退款，请先在这里跟我们确认
重要提醒：退款只会原路退回，不需要您提供银行卡号
亲，收到陌生人发的理赔链接千万别点，都是钓鱼网站
温馨提示：平台工作人员不会通过电话让您开通备用金或者借贷
亲，我们不会让您下载任何会议软件或者开屏幕共享，遇到请警惕
本店郑重声明：没有任何“补单”“刷单”兼职，全是冒充的
亲，别把收到的6位数字验证码告诉任何人，包括自称客服的人
亲，我们不会以“解冻费”“保证金”为由收取任何费用
提醒您一下，扫陌生人发的二维码付款有风险，我们所有收款都走平台订单
亲，有人说拍1元链接拍很多件补差价的，那都不是我们，本店补差只用专属补差链接
亲，凡是让您“确认收货前先打钱”的都是骗子，我们这边是您确认收货后平台才给我们结算
不要相信“中奖需要先交税”的消息，本店没有这种抽奖
亲，我们没有实体店也不会约您线下交易，请一律在平台购买
最近有人冒充平台小二私聊买家，请认准官方通知渠道，不要转账
亲，包裹里如果有“好评返现卡”不是我们放的，请不要扫码
亲爱的，我们的客服只在这个聊天窗口服务您，其他渠道都不是我们
温馨提示：本店所有交易都受平台保障，私下交易出了问题平台无法处理
亲，不要相信所谓的“刷单返佣”，那是诈骗的常见套路
提醒亲：快递员不会要求您提供支付宝密码或者验证码
亲，您说的那个加您好友的“客服”不是我们，请拉黑举报
友情提醒，所有优惠都在页面上领取，不需要私下发红包
亲，我们店不收定金以外的任何费用，定金也是在订单里付的
亲，以后如果有人用我们店名义找您要钱，请截图发给我们
""")
add("agent", N, "warning_trad_en", """
親，平台客服不會向您索取驗證碼，請不要告訴任何人喔
本店不會要求私下轉帳，請一律在平台下單付款
親，有人冒充物流理賠的話千萬不要相信
Reminder: our staff will never ask for your verification code or payment password
Please only pay through the order page, we never ask for direct transfers
Beware of scammers pretending to be couriers offering triple compensation
We don't do cash-back for reviews, please review honestly
亲 please don't share your SMS code with anyone, not even us
""")
# ---------- buyers reporting scams / asking ----------
add("buyer", N, "buyer_report_scam", """
有人冒充你们客服加我微信让我退款，是你们吗？
刚才有人打电话说是快递理赔专员，说我的件丢了要赔三倍，是真的吗
有个人让我把收到的验证码发给他，说是帮我退款，我没给，是骗子吧
收到一条短信说我中奖了要先交税，是你们店发的吗
有人私信我说做任务拍单返佣金，说是你们店的，真的假的
我包裹里有张卡，说好评返现加微信，这是你们放的吗
有个自称平台小二的人说我账户异常，让我转钱到安全账户，我该怎么办
刚才有人说我开通了百万保障要关闭，不然每月扣钱，是诈骗吗
有人发我一个链接说可以领取理赔，我点开要填银行卡，我没填
有个号说是你们店售后，让我扫码付解冻费，我觉得不对劲
我差点被骗了，有人让我拍1元链接拍一百件补差价，说是你们店的
我收到一个“退款链接”，域名看着很奇怪，你们有发吗
你们店会让人私下转账吗？刚有个人这么说
有人让我下载一个会议软件开屏幕共享，说是帮我退款，我挂了
有人说我是你们的幸运顾客，中了iPhone，让我付邮费，你们有这个活动吗
我朋友被骗了，骗子冒充你们店说给她退款，你们能不能帮忙作证
刚有人打电话问我要支付密码，说是你们平台的，我没说
有人冒充你们要我交保证金才能理赔，我已经举报了
请问你们店有做刷单兼职吗？有人拉我进群说是你们店
我想举报一下，有个人在评论区留言说加他领返现
""")
add("buyer", N, "buyer_report_trad_en", """
有人冒充你們客服叫我轉帳，是詐騙對吧？
剛剛有人說我中獎要先繳稅，是你們店的活動嗎
Someone claiming to be your customer service asked me to transfer money, is that you?
I got a call from a "courier claims officer" asking for my bank card, is it a scam?
Someone sent me a refund link asking for my card number, I didn't click it
是不是有人冒充你们? someone asked for my verification code
""")
add("agent", N, "agent_reply_scam", """
亲，那不是我们，我们不会加您微信，请直接拉黑举报
亲，是骗子，验证码千万不要给，我们退款都是在平台上操作
没有这个活动哈亲，您千万别付钱，可以在平台上举报他
亲，您的包裹没有丢，物流显示正常派送中，那个电话是诈骗
亲，我们店没有任何刷单兼职，您遇到的是诈骗，别信
那张卡不是我们放的，可能是被人调包了，您别扫
亲，平台不会让您开屏幕共享的，您做得对，挂掉就好
亲，退款的话您在订单页点申请退款就行，不需要任何链接
放心亲，我们这边只在订单里收款，任何人让您扫码都是骗子
谢谢亲提醒，我们已经向平台反馈了，您注意账户安全
""")
# ---------- platform payment & refund flows ----------
add("agent", N, "platform_pay_flow", """
亲，退款会原路退回您的支付宝，一般1-3个工作日到账
退款已经处理了，原路退回到您付款的银行卡，请注意查收
亲，可以用平台的先用后付，收到货再付款
花呗分期可以用的，3期免息，下单时选择分期就行
亲，信用卡也是可以付款的，在收银台选就行
我们支持花呗、信用卡和余额支付，您在订单页选哪个都可以
亲，拼单的时候可以选微信支付，这个是平台支持的
京东这边支持货到付款，下单的时候支付方式选货到付款就行
亲，您申请一下仅退款，我这边马上同意
运费险是平台自动理赔的，退货后会退到您的支付账户
亲，极速退款已经到账了，您看一下余额
您的退款在处理中，平台审核通过后原路返回
亲，退款我同意了，钱会退到您下单时用的付款方式
亲，如果用的是花呗付的，退款会退回花呗额度
亲，付款不成功的话可以换个支付方式，比如余额或者银行卡
您可以在订单详情页找到“申请售后”，选退货退款
亲，我们这边已经给您操作了部分退款15元，退回您的原支付方式
亲，差价我这边给您在平台上申请部分退款，不用您操作
亲，价保是平台的功能，您在订单里点“申请价保”就能退差价
亲，您用的是信用卡分期吗？退款后分期会自动取消的
亲，订单取消后钱会自动退回，不需要联系我们
支付的时候可以用平台的购物金抵扣哦
亲，您有先用后付的资格的话，确认收货后再付款也可以
亲，可以找朋友代付的，订单页有个“找朋友帮忙付”
亲，您可以用亲情卡付款，家人的额度也能用
亲，平台支持数字人民币支付，在收银台可以看到
亲，退款显示成功了，如果没看到，查一下支付宝账单里的退款记录
亲，保证金是我们商家交给平台的，跟您没关系哈，您放心购买
亲，对公转账是平台企业采购的功能，您在企业购里下单可以选
""")
add("buyer", N, "platform_pay_flow_buyer", """
退款是原路退回吗？我用的花呗
我可以用信用卡付吗
能用花呗分期吗，几期免息
先用后付可以用吗，我想收到货再付
请问退款多久到账
我用微信支付的，退款也是退回微信吗
价保怎么申请啊，今天降价了
货到付款可以吗？京东那种
我的退款显示退回银行卡了，但我没看到
可以用我老公的账号帮我代付吗，平台上那个代付功能
能用购物金吗
我用余额付的，退款退到哪
""")
# ---------- coupons / promotions inside the platform ----------
add("agent", N, "platform_coupon", """
亲，拍下自动改价，直接拍就行，付款的时候就是优惠价
领券满199减20，券在商品页面右上角领
亲，店铺首页有个20元的无门槛券，先领再下单
亲，跨店满300减50是平台活动，可以叠加店铺券
拍下后系统自动改成活动价，不用联系我们改
亲，加入店铺会员可以领会员专享券，下单自动抵扣
两件的话第二件半价，拍的时候数量选2就行
亲，今晚八点开始秒杀，提前加购哦
百亿补贴的价格是平台补的，直接拍就是这个价
亲，下单前记得领一下店铺红包，能减10块
店铺红包在首页领取，下单时自动抵扣
亲，满两件包邮，单件要付运费的
现在下单送同款小样，拍下自动备注，不用联系客服
亲，这个是限时折扣，倒计时结束就恢复原价了
关注店铺可以领5元券，在店铺首页右上角
亲，今天是会员日，会员下单9折
亲，购物津贴可以用，结算时自动抵扣
亲，券是领了没用吗？下单页面看一下“优惠”那栏
亲，预热期加购，正式开始后付款有折扣
亲，这款参加满减，满99减10，凑单的话推荐您看看袜子
拍下立减30，已经显示在价格里了
亲，新人首单立减10元，平台自动识别
亲，您可以用淘金币抵扣一部分
亲，买三送一，拍4件系统自动减一件的钱
直播间的专属价，进直播间点购物车拍就有
亲，您领的那个券有效期到今晚12点，抓紧用哦
亲，这款是聚划算价，拍下就是
亲，团购价要凑够两个人成团，您可以分享给朋友一起拼
亲，您拍的时候看一下是否用上了优惠券，没用上的话取消重新拍
""")
add("buyer", N, "platform_coupon_buyer", """
券在哪里领啊
拍下会自动改价吗
满减可以和店铺券叠加吗
我领了券为什么下单没有减
店铺红包怎么用
会员价怎么拿到
两件打几折
秒杀几点开始
今天下单有赠品吗
这个价格能保到什么时候
""")
# ---------- top-up via the platform's own 补差价 link ----------
add("agent", N, "platform_topup_link", """
补差价请拍平台的补差链接，在我们店铺首页搜“补差价”就能找到
亲，换大一号要补10元，请拍本店的补差价专用链接，拍10件1元的
亲，偏远地区运费需要补差，拍一下店里的“邮费补拍”链接，补几块拍几件
亲，补差链接我发到聊天里了，点开在这个店铺拍就行
您升级顺丰的话需要补8块，拍本店运费补差链接8份，备注订单号
亲，补差价都在平台上完成，拍我们店的补差链接，订单里能看到
亲，改成大码要补差价20，请在本店补差链接里拍20件，不要私下付
亲，补差价链接是我们店里的正规商品，拍下付款后我们这边核对
亲，您之前下单时少付了5元运费，麻烦拍一下店铺的补邮费链接
刻字服务需要另拍“刻字费”链接，就在店铺里，15元一份
亲，加急需要拍一下本店的“加急费”链接，平台上付款就行
亲，补的差价通过本店补差链接付，和您原订单一起发货
""")
add("buyer", N, "platform_topup_buyer", """
补差价的链接在哪，我在你们店里没找到
我要换成大码，补差价拍哪个链接
补邮费是拍那个1块钱的链接吗，拍几件
""")
# ---------- presale deposits on the platform ----------
add("agent", N, "platform_presale", """
亲，这款是预售，定金在订单里付，尾款下个月1号付
预售定金50抵100，拍下付定金，到时候平台提醒您付尾款
亲，定金付了之后尾款阶段会自动抵扣，都在平台上付
预售商品的定金是不退的哦，请您确认好再拍
亲，付了定金之后记得按时付尾款，否则定金不退
定制款需要先在订单里付定金，做好了再拍尾款链接
亲，双十一预售定金现在就可以付，尾款11号零点开始
您在订单里能看到定金和尾款两个阶段
亲，预售是平台的功能，定金是付到平台的，放心
亲，家具定制的定金拍店铺里的定金链接，尾款发货前在平台补
亲，付定金后可以享受前N名赠品，赠品随货发
亲，租赁商品可以用芝麻信用免押金，在下单页面选就行
亲，押金是平台冻结的，归还后自动解冻
""")
add("buyer", N, "platform_presale_buyer", """
定金付了能退吗
尾款什么时候付
预售的定金是在这里付吗
芝麻信用能免押吗
""")
# ---------- ship-from places ----------
add("agent", N, "ship_from", """
亲，我们从义乌仓发货，一般两三天到
我们仓库在广州，江浙沪次日达
亲，这款是从杭州发的，今天下午四点前拍今天发
我们在福建泉州，发货走中通，到您那大概三天
亲，发货地是四川成都，偏远地区可能慢一点
亲，这批货从深圳仓直发，顺丰包邮
我们是山东临沂的，发往北方都很快
亲，水果是产地直发的，从云南昆明发出
亲，我们有北京和上海两个仓，系统会自动就近发货
亲，海鲜从大连发，冷链顺丰
亲，我们发货地在河北白沟，箱包产业带
亲，这款衣服是四季青的货源，从杭州发货
亲，我们是华强北的商家，从深圳发货，正品保证
亲，货从白沟发，走韵达，三天左右
亲，发货仓在湖北武汉，中部地区一两天就到
亲，江西赣州产地直发的脐橙，现摘现发
我们工厂在佛山，家具走物流，大概五到七天
亲，保税仓发货，从宁波保税区发出
亲，茶叶从福建安溪发，新茶
亲，我们是东北的，大米从五常发货
""")
add("buyer", N, "ship_from_buyer", """
你们从哪里发货？
到北京几天能到
是从义乌发吗？我在金华，应该很快吧
你们仓库在哪个城市
""")
# ---------- buyer's own delivery address ----------
add("buyer", N, "own_address", """
我的地址改一下：北京市朝阳区建国路88号SOHO现代城2号楼1503，收件人王先生
麻烦寄到上海市浦东新区张杨路500号时代广场18楼，前台代收
地址写错了，应该是人民路128号3单元402，帮我改下
我搬家了，新地址是广州市天河区体育东路118号，麻烦更新一下
能寄到我公司吗，深圳市南山区科技园南区6栋3楼
寄到学校吧，XX大学东区宿舍12栋，菜鸟驿站
帮我改成自提，送到小区门口的快递柜就行
我地址是解放路66号，小区叫幸福里，放门卫就行
收货地址：杭州市西湖区文三路259号，麻烦备注送货前打电话
寄到我妈家吧，地址我在订单里改好了，你看一下
地址是新华路55号二楼，那是我上班的地方，白天有人
我在订单备注里写了新地址，长江中路209号，别发错了
快递能放到建设大道168号那个驿站吗
收件地址改为成都市锦江区春熙路128号，谢谢
""")
add("agent", N, "confirm_address", """
亲，跟您核对一下收货地址：北京市朝阳区建国路88号2号楼1503，对吗
亲，您的地址已经改成人民路128号3单元402了，请确认
亲，您填的地址是解放路66号幸福里小区，门牌号没有写，麻烦补一下
亲，地址我这边已经更新了，按新地址发货
亲，您的收货地址是学校的话，建议写上驿站名称
亲，订单里的地址和您说的不一样，以哪个为准呢
亲，您这个地址属于偏远地区，快递可能慢一些
亲，快递到了会放在您地址附近的驿站，注意查收取件码
亲，您的地址没问题，今天就安排发货
亲，地址修改需要在发货前，现在还没发，我帮您改
""")
# ---------- returns via the platform's return flow ----------
add("agent", N, "return_address_platform", """
亲，退货请按平台退货地址寄回，地址在退货申请通过后会显示
退货地址在您的售后订单里，寄回后填写单号就行
亲，申请退货后系统会自动给您退货地址，请按那个地址寄
退货寄到我们广州仓，具体地址在售后详情页，不要寄到发货地址
亲，退货申请通过了，您在订单页点“寄件”可以预约上门取件
亲，退货地址我已经在售后单里填好了，您寄回后记得上传单号
亲，换货的话也是按售后单的地址寄回，我们收到后重发
亲，可以用平台的上门取件，不用您自己去快递点
亲，寄回的地址是退货专用地址，和发货地址不一样，请以售后页面为准
亲，退货运费有运费险的话会自动理赔给您
""")
add("buyer", N, "return_address_buyer", """
退货寄到哪里？
退货地址在哪里看
我能预约上门取件吗
退回的地址和发货地址一样吗
""")
# ---------- polite review requests, no reward ----------
add("agent", N, "polite_review", """
满意的话麻烦给个好评哦，谢谢亲
亲，收到货如果满意，方便的话给个五星好评，不满意先找我们解决
亲，用得好的话帮忙评价一下，您的评价对我们很重要
亲，感谢您的支持，有空的话可以晒个图，给其他买家参考
亲，有任何问题随时找我，满意的话期待您的好评哦
亲，确认收货后方便的话评价一下，谢谢
亲，您的建议我们记下了，如果有不满意的地方欢迎如实评价
亲，您的追评对其他买家帮助很大，方便的时候写一下使用感受吧
收到后记得检查一下哦，有问题先联系我们，没问题的话帮忙点个好评
亲，评价的时候可以说说尺码合不合适，帮助后面的买家选码
亲，我们是小店，您的每一条评价我们都很珍惜，谢谢
亲，无论好评差评我们都接受，只希望您用得开心
亲，麻烦您有空评价一下客服服务哦～
亲，如果喜欢可以收藏店铺，上新第一时间通知您
""")
add("buyer", N, "polite_review_buyer", """
东西很好，我会给好评的
评价晒图有要求吗
我已经评价了，五星
追评在哪里写
""")
# ---------- store's own promotions in the chat ----------
add("agent", N, "own_promo", """
亲，我们店新款上架了，这周下单全场8折哦
亲，双十一全店满300减50，可以提前加购
我们家的这款连衣裙今天有活动，拍下立减20
亲，您买的这件外套有同系列的裤子，搭配起来很好看，现在一起买打九折
亲，店里的清仓专区有很多好价，可以去看看
亲，新品预告：下周二上新春装，关注店铺第一时间知道
亲，本店周年庆，全场包邮还送小礼品
亲，今晚八点直播间有秒杀，欢迎来看
亲，买这款面霜的话推荐一起带同系列的水乳，套装更划算
亲，这个月会员积分翻倍，积分可以兑换礼品
亲，我们店的爆款回归了，库存不多
亲，年货节活动开始啦，坚果礼盒第二件半价
亲，您上次买的猫粮现在有活动，三袋装立减30
亲，店里新上了大码专区，您可以看看
亲，收藏加购的宝贝降价了，现在下单最划算
🎉亲，店庆活动今天最后一天啦，全场满199减30🎉
亲～春季新品已上架🌸，前100名下单送帆布袋
亲，我们店的老客户下单可以领专属券，在店铺首页“会员中心”
亲，买二送一的活动还有两天结束，需要的话抓紧
亲，猜您喜欢这款，和您之前买的风格很像
""")
# ---------- red-packet-themed products ----------
add("agent", N, "redpacket_product", """
亲，这款红包袋是烫金的，10个装，过年发红包用很好看
春节红包封面是虚拟商品，拍下后会发您领取方式，在平台订单里
亲，利是封有大中小三个尺寸，您要哪种
这款红包墙是开业用的，可以装100个红包
亲，红包袋可以定制logo，最少起订500个
亲，婚礼用的红包袋有喜字款和百年好合款
亲，红包封面的领取码会在订单发货后显示
这款“包个大的”红包袋是爆款，字写得很喜庆
亲，我们的红包袋是加厚的，不透光
亲，千元红包袋能装100张，放心
亲，卡通红包袋是给小朋友的，有龙年生肖款
亲，这个收款码立牌是亚克力的，可以放您店里的二维码
亲，二维码桌贴是定制产品，您提供二维码图片我们打印
亲，这款“支付宝收款提示音箱”到账会语音播报
亲，这个是扫码枪，超市收银用的，支持条码和二维码
亲，POS机纸卷是57mm的，通用大部分收银机
亲，银行卡套是硅胶的，能放两张卡
亲，这个存钱罐是只进不出的，小孩子用很好
""")
add("buyer", N, "redpacket_product_buyer", """
红包袋可以印名字吗
春节红包封面怎么领取
利是封有没有大一点的
我要50个红包袋，能便宜吗
收款码牌子可以印我们店的码吗
""")
# ---------- risky words in ordinary shop talk ----------
add("agent", N, "verification_code_normal", """
亲，手机收不到平台验证码的话，检查下是不是被拦截了，验证码只在您自己手机上输入
亲，快递员问您要的是取件码，在您的物流信息里能看到
亲，这款智能门锁可以设置临时密码，在APP里操作，说明书第8页有步骤
亲，激活码在包装盒内的卡片上，刮开涂层就能看到
亲，会员卡的兑换码已经放在订单详情里了
亲，驿站的取件码是系统短信发给您的，到了报给驿站就行
亲，这个保险箱的初始密码是000000，收到后请马上修改
亲，您绑定手机号的时候需要输入验证码，这个是正常的
亲，电子卡券的券码在订单页“查看券码”里
亲，蓝牙耳机配对码是0000，一般不需要输入
""")
add("buyer", N, "verification_code_normal_buyer", """
快递员说要取件码，我在哪看
门锁的临时密码怎么设置
兑换码在哪里，我找不到
我收不到验证码，登不上去了，怎么办
""")
add("agent", N, "bank_card_normal", """
亲，您付款用的是哪张银行卡？退款会原路退回那张卡
亲，退到银行卡可能会慢一点，一般3-5个工作日
亲，这个卡包可以放12张银行卡，有防盗刷功能
亲，信用卡付款是平台支持的，不会额外收手续费
亲，如果您的银行卡限额了，可以换一张卡或者用余额
亲，开发票需要您提供公司名称和税号，银行账户可以不填
亲，企业发票上的开户行和账号是选填的
亲，分期手续费是银行收的，平台上会显示具体金额
""")
add("agent", N, "brushing_word_normal", """
亲，非常抱歉您收到的是空包裹，是仓库漏装了，我们马上免费补发
亲，漏发的那件我们已经给您补发了，单号稍后更新
亲，这款刷头是通用的，适配大部分电动牙刷
亲，这个是刷卡机的打印纸，不是刷卡机本身哦
亲，漏了一件我们重新给您补了一单，不需要您付钱
亲，我们家的好评都是真实买家写的，没有刷过
亲，这个洗鞋刷子是软毛的，不伤鞋面
亲，这款是化妆刷套装，12支装
亲，订单漏发已经登记，仓库今天补寄
亲，墙面刷漆的话需要两遍，这桶够刷20平
""")
add("buyer", N, "brushing_word_normal_buyer", """
我收到一个空包，里面什么都没有，怎么回事
你们的评价是不是刷的啊，怎么都一样
少发了一件，能补发吗
这个刷子掉毛吗
""")
add("agent", N, "compensation_normal", """
亲，快递丢件的话，我们在平台上直接给您补发或者退款，您不用找快递公司
亲，我们这边已经向快递公司申请理赔了，跟您没关系，给您先补发
亲，您的运费险理赔已经到账了，是保险公司直接赔的
亲，商品破损的话您拍个照，申请仅退款就行，我马上同意
亲，给您造成不便很抱歉，这边在平台上给您退5元作为补偿
亲，延迟发货的赔付是平台自动给的，会以优惠券形式发到账户
亲，您可以申请平台小二介入，平台会公正处理的
亲，价格降了，您在订单里申请价保，平台会退差价
亲，破损的部分我们退您差价，在售后里申请部分退款就行
亲，我们这边给您发起了退款，您同意一下就好
""")
add("buyer", N, "compensation_normal_buyer", """
快递丢了，你们能补发吗
东西坏了，能赔吗
我要申请平台介入
运费险怎么理赔
""")
add("agent", N, "lottery_normal", """
亲，直播间抽奖中奖的宝贝，奖品会随您的下一单免费寄出，不需要付任何费用
亲，平台的抽奖活动在活动页面，中奖结果以平台通知为准
亲，您是本店第1000位顾客，我们随单送您一个小礼品，不用您做任何事
亲，店铺的签到抽奖在首页，每天能抽一次
亲，买家秀是平台官方活动，优秀的会被展示在商品页
亲，免费试用是平台官方的试用中心，申请成功后按规则写试用报告
""")
add("agent", N, "impersonation_word_normal", """
亲，我是店铺的售后客服小雨，您的问题由我来跟进
亲，我是店铺客服，不是平台客服，平台客服的话您可以在“我的-客服中心”找
亲，如果您对处理结果不满意，可以申请平台介入
亲，快递公司那边我们帮您催了，快递员今天会联系您派送
亲，平台客服的电话在APP里能查到，不要相信陌生来电
""")
add("agent", N, "offline_word_normal", """
亲，我们没有实体店哦，只在线上销售
亲，我们是纯网店，没有线下门店，不好意思
亲，我们工厂在佛山，不接待上门，所有订单都在平台上下
亲，这款是商场专柜同款，我们是品牌授权店
亲，下单时配送方式选“门店自提”，系统会显示离您最近的自提点
亲，您可以选择送到菜鸟驿站，取件方便一点
亲，京东自提柜也可以选，在下单页面配送方式里改
亲，线下门店和线上价格不同步，线上以页面为准
亲，我们是四季青的源头货源，每天从杭州发货
亲，我们是义乌小商品城的商家，货都从义乌发
亲，安装师傅是平台安排的，会电话跟您预约上门时间
亲，大件家具由物流送货上门，到了送货员会打您订单上的电话
""")
add("buyer", N, "offline_word_normal_buyer", """
你们有实体店吗
线下有门店可以试吗
可以自提吗，我在平台下单的那种
能送到驿站吗
""")
# ---------- spam look-alikes (not spam) ----------
add("agent", N, "spam_lookalike", """
欢迎光临本店～请问有什么可以帮您？
亲，您好，您的包裹已发出，中通快递，单号在订单里可以查看
【发货通知】亲，您购买的商品已经打包好，今天下午发出，请注意查收
亲，感谢您的购买，祝您生活愉快😊😊
亲，好的呢，马上给您处理👍
亲，这边推荐一下搭配的裤子，跟您买的上衣很搭
亲，尺码表已经发您了，按身高体重选就行
亲，小店新开张，有什么问题随时问我哈
亲～晚上好🌙 有什么可以帮您的吗
谢谢亲～😘😘
亲，收到您的反馈了，我们会改进的，谢谢🙏
亲，我们现在是自动回复，人工客服上班时间是9:00-22:00
亲，这款搭配的腰带也在店里，链接在商品详情页下方
亲，您要的颜色补货了，可以下单了
亲，季末清仓，这款现在五折，库存不多了
亲，这款德州扑克筹码是陶瓷的，手感很好，500个一套
亲，自动麻将机包安装，下单时备注楼层
亲，这款招聘用的展架是易拉宝，80x200cm
亲，我们家的贷款计算器是学生用的科学计算器，可以算利息
亲，这本书是《理财入门》，讲的是基础投资知识
""")
add("buyer", N, "spam_lookalike_buyer", """
哈哈哈好的
好的好的，谢谢老板👍👍
收到收到
太好看了😍😍😍
在吗？
谢谢啦，辛苦客服了～
麻将机包安装吗
扑克牌有塑料的吗
嗯嗯 明白了
好评好评！东西很好
""")
# ---------- mirrors of violation tricks (acceptable forms) ----------
add("agent", N, "mirror_redpacket", """
亲，平台发的红包在下单时会自动抵扣，不用手动操作
亲，您账户里的店铺红包还没用，下单的时候记得勾选
亲，红包雨是平台的活动，晚上八点整点开抢
亲，您用了平台红包的话，退款后红包会退回账户，有效期内还能用
亲，这个红包是平台发给新用户的，只能在平台下单使用
亲，现金红包活动是平台官方的，跟我们店没关系哦
亲，我们店不收红包付款，请在订单里付哈
亲，您的红包已经过期了，可以看看店铺首页还有没有新的券
""")
add("buyer", N, "mirror_redpacket_buyer", """
平台给我发了个红包，能用在这单吗
我的红包怎么没抵扣
退款的话红包还会退回来吗
红包雨几点开始
""")
add("agent", N, "mirror_price_change", """
亲，您先拍下别付款，我给您改价，改好后您在订单里付款就行
亲，价格已经改好了，您刷新一下订单页面再付款
亲，拍下后我在后台给您改运费，改好了您再支付
亲，多件的价格我给您改一下，您拍好告诉我
亲，已经给您改成优惠价了，直接在订单里付就可以
亲，改价需要您先拍下，付款前我在后台修改，都在平台上完成
亲，优惠已经给您改好了，订单金额是168元，请确认后付款
""")
add("buyer", N, "mirror_price_change_buyer", """
拍下后你帮我改下价吧，我再付
能不能便宜点，我在这里拍
改好了吗？我现在去付款
我买三件能给我改个价吗
""")
add("agent", N, "mirror_payment_received", """
亲，收到您的付款了，今天下午发货
亲，付款已经成功了，订单状态是待发货
亲，订单显示还没付款，您再看看是不是支付失败了
亲，您的付款系统已经确认，我们按顺序发货
亲，如果付款时提示风险，可以换一种平台支持的付款方式
""")
add("buyer", N, "mirror_payment_received_buyer", """
我付款了，你看下收到没
付款成功了吗？显示待发货
我刚才付款失败了，重新拍了一单
我付了两次，怎么办，能退一单吗
""")
add("agent", N, "mirror_private_refuse", """
不好意思亲，我们只能在平台交易，私下付款没有保障
亲，平台规定不能私下交易，您在这里下单就行，价格一样
亲，您说的私下转账我们不接受，请在订单里付款
亲，我们没有收款码哦，付款都在平台订单里
亲，不好意思，现金付款我们不接受，请在线下单
亲，我们不提供银行卡号，所有款项走平台
亲，您的好意心领了，还是请在平台拍下，售后也方便
亲，为了您的资金安全，我们只接受平台付款
""")
add("agent", N, "mirror_fraud_refuse", """
亲，我们店不需要刷单，谢谢您的好意
不好意思，我们不做好评返现，您如实评价就好
亲，评价您按真实感受写就行，我们不会因为评价给任何补偿
亲，我们不会要求您删差评，有问题我们会积极解决
亲，您的差评我们看到了，真的很抱歉，这边给您在平台上申请退货退款
亲，差评的问题我们已经改进了，感谢您的反馈
亲，退款不需要任何验证码，您在订单页点一下就行
""")
add("buyer", N, "buyer_normal_negotiation", """
能便宜一点吗，我买两件
老板，包邮吗
有没有优惠券
这个价格能再少点不
我是老顾客了，有没有折扣
买得多有批发价吗
""")
add("agent", N, "cod_platform", """
亲，京东自营支持货到付款，快递员上门时付款，选择下单时的货到付款选项
亲，货到付款是平台提供的服务，下单时选就行，不用联系我们
亲，我们这个链接不支持货到付款，可以用平台的先用后付
亲，货到付款的订单快递员会带POS机，刷卡扫码都行，是平台的服务
""")
add("agent", N, "daifu_platform", """
亲，可以让家人帮您代付，在收银台选“找人代付”
亲，代付链接是平台生成的，发给朋友付款就行
亲，代付成功后订单会显示已付款，我们正常发货
""")
add("agent", N, "one_yuan_legit", """
亲，这个1元的是试用装链接，单独拍也发，一人限一件
亲，1元链接是运费补差专用，在本店拍，一元一件，补几块拍几件
亲，这个1元的是赠品换购，满99后加1元可换购
亲，0.01元的链接是样品，只有跟正装一起拍才发
""")
add("agent", N, "deposit_platform2", """
亲，定制西装需要先拍定金链接，定金200，尾款在订单里补拍
亲，婚纱摄影的定金在这个链接拍，到店后剩余费用也在平台补
亲，租赁的押金由平台冻结，您归还后自动解冻
亲，押金可以信用免押，芝麻分650以上就行
亲，定金已经在您订单里了，尾款支付的时候会自动扣掉
""")
# ---------- English / mixed acceptable ----------
add("agent", N, "en_acc", """
Hi dear, the refund will go back to your original payment method within 1-3 days
You can use Huabei installments, 3 months interest-free
Please use the platform's price-difference link in our store if you want express shipping
Our warehouse is in Yiwu, we usually ship within 48 hours
Dear, if you're happy with the product, a 5-star review would mean a lot to us, thank you
Please return the item to the address shown in your return request page
We never ask customers to transfer money privately, please only pay on the platform
This is a presale item, pay the deposit in the order now and the balance next month
Place the order first and don't pay, I'll adjust the price, then pay in the order
The coupon is on the product page, spend 199 get 20 off
We ship from Guangzhou via SF Express, 2-3 days to most cities
Your package has been shipped, tracking number is in the order details
Sorry dear, we only accept payment through the platform for your safety
Red envelopes pack of 10, gold foil, perfect for Chinese New Year
The lucky money covers are digital items, the redeem code shows in your order
Store coupons are applied automatically at checkout
Please confirm your delivery address: Room 1503, Building 2, 88 Jianguo Road?
We don't have a physical store, online only
You can choose cash on delivery at checkout, it's a platform option
Dear, the verification code is only for you, never share it with anyone including us
亲 the refund is 原路退回, please check your alipay bill
亲 the deposit is paid in the order, balance will be charged automatically
亲 we ship from 杭州, usually arrives in 2 days
亲 pls leave a review if you like it, thanks~
Thank you for your purchase! Have a nice day 😊
The price drop protection can be applied in your order page
We already sent a replacement for the missing item, no extra charge
Free gift included with every order this week
We can't deal outside the platform, sorry, but I can give you the coupon
Your refund request has been approved
""")
add("buyer", N, "en_acc_buyer", """
Can I pay with Huabei installments?
Where do I return the item? Is the address in the return page?
My new address is 500 Zhangyang Road, Pudong, 18th floor, please update
Someone asked me for my SMS code pretending to be you, is that a scam?
Is there any coupon I can use?
Do you ship from Shanghai?
How long does the refund take to arrive?
I received an empty box, can you resend?
Do you sell red envelopes for weddings?
Can the deposit be refunded if I cancel?
The price dropped after I bought it, can I get the difference back?
where is the 补差价 link in your store? I want to upgrade to SF
my address changed, pls ship to Building 5, 66 Xinhua Rd
Thanks, will give 5 stars!
is the payment successful? order shows paid
""")
# ---------- Traditional acceptable ----------
add("agent", N, "trad_acc", """
親，退款會原路退回您的付款帳戶，約3-5個工作天
親，可以使用信用卡分期，結帳時選擇即可
我們從桃園倉庫出貨，一般兩天內送達
親，滿意的話麻煩給個好評喔，謝謝您
親，退貨請寄到退貨申請頁面顯示的地址
本店不會要求私下轉帳或提供驗證碼，請小心詐騙
親，預購商品的訂金在訂單裡付，尾款到貨前再付
親，優惠券在商品頁面領取，滿千折百
親，紅包袋一包10個，過年用很適合
親，補差價請拍本店的補差價連結喔
親，您的收件地址是台北市大安區忠孝東路四段200號3樓，對嗎？
親，我們沒有實體門市，只在網路上販售
親，包裹已經寄出，可以在訂單查看物流
親，貨到付款是平台提供的選項，結帳時選就可以
""")
add("buyer", N, "trad_acc_buyer", """
退款多久會到帳？
可以刷卡分期嗎
有人冒充你們客服跟我要驗證碼，我沒給
我的地址改成新北市板橋區中山路一段50號，麻煩更新
請問從哪裡出貨
紅包袋有大一點的嗎
我收到空的包裹，可以補寄嗎
退貨要寄到哪裡
""")
# ---------- ordinary shop talk sharing risky words ----------
add("agent", N, "evidence_request_legit", """
亲，麻烦提供一下破损部位的照片，我们这边登记售后
亲，请提供一下订单号，我帮您查一下物流
亲，方便的话拍一下快递面单，我们核对批次
亲，麻烦发一段开箱视频，我们好跟仓库核实少件的问题
亲，请问收件人手机号后四位是多少？我核对一下是哪个订单
亲，请提供一下商品背面的生产批号照片，我们查一下
亲，麻烦截图一下报错的页面，我们转给技术看看
亲，您把不合适的地方拍个照，我们看看是不是尺码问题
""")
add("buyer", N, "buyer_delivery_phone", """
快递到了打我电话，订单上那个号码就是我的
收件人换成我老公，电话我在订单里改了
送货前先打电话，我白天不在家
我手机号换了，订单上的收件电话帮我改成新的可以吗
麻烦备注一下放门卫室，谢谢
""")
add("agent", N, "ship_from_market", """
亲，我们的货源来自广州十三行，都是从广州发出
亲，我们是白马服装市场的源头商家，网店和档口同款，从广州发
亲，这批是义乌国际商贸城拿的货，从义乌发货
亲，我们是华强北的老店，线上订单从深圳仓发
亲，我们的茶叶来自芳村茶叶市场，从广州发
亲，这个是景德镇陶瓷，从景德镇发货，包装很严实
亲，我们在南通家纺城有工厂，线上从南通发货
亲，我们是柯桥面料市场的，布料从绍兴发出
""")
add("agent", N, "local_service_platform", """
亲，团购券下单后到店核销，门店地址在商品详情页有写
亲，这个是到店服务的套餐，在平台上买券，到店出示券码就行
亲，体检套餐在平台上预约，预约成功后会显示合作机构信息
亲，洗车卡是平台上的服务商品，下单后在订单里查看可用门店
""")
add("agent", N, "own_product_description", """
【商品信息】面料：95%棉+5%氨纶，弹力适中，不起球，机洗不变形
【尺码建议】身高160-165体重100-110斤选M码，偏瘦选S
【发货说明】现货48小时内发货，预售款以页面时间为准
【售后说明】支持7天无理由退换，退货运费由运费险承担
亲，这款是纯手工制作的，每一件都有细微差别，介意慎拍
亲，商品详情页有详细的安装视频，您可以先看一下
亲，我们家的枕头是乳胶的，泰国原料，国内工厂生产
亲，这款包包是头层牛皮，五金是合金的，不会掉色
""")
add("agent", N, "order_reminder", """
亲，您的订单还没有付款哦，库存有限，需要的话尽快付款
亲，您的订单已经付款成功，我们会在48小时内发货
亲，您的快递已经到驿站了，记得去取哦
亲，您的包裹显示已签收，如果没收到请告诉我们
亲，您加购的商品降价了，现在下单更划算
亲，您的退货我们已经收到，退款已经处理
亲，您的换货已经寄出了，单号可以在售后详情里看
""")
add("buyer", N, "buyer_everyday", """
我刚还完房贷，手头紧，等发工资再来买
我是兼职做美甲的，这个灯适合做光疗吗
这款相机值得入手吗？我看很多人推荐
我抽中了你们直播间的奖品，什么时候发货
我已经给你们好评了，东西挺好的
我花呗被冻结了，付不了款，怎么办
我朋友推荐我来的，说你们家质量好
我上次在你们直播间买的，这次还想买
我妈让我帮她买，收货地址写她家可以吧
这个包装能不能不写商品名，送人的
""")
add("agent", N, "agent_everyday", """
亲，花呗的问题需要联系平台客服处理，我们这边看不到
亲，直播间的奖品已经随单寄出了，单号在订单里
亲，感谢亲的好评，期待您再次光临
亲，可以的，收货地址写您妈妈家就行，下单时填写就可以
亲，我们发货不写商品名，包装是素的
亲，这款相机入门很合适，拍人像效果很好
亲，美甲灯是48W的，光疗胶和普通甲油胶都能用
""")
add("agent", N, "presale_more", """
亲，这款预售需要先付定金，定金在订单页支付，尾款开始后会有消息提醒
亲，付定金的时候选好颜色和尺码，尾款阶段不能改
亲，定金膨胀是平台规则，50元定金可以抵80元
亲，预售的发货时间是付尾款后15天内
亲，定金不支持退款哦，除非商家原因无法发货
""")
add("agent", N, "platform_topup_more", """
亲，差价3元，请在本店拍“补差价”链接3份，付款后我们会和您原订单一起处理
亲，您要换成礼盒包装需要补8元，店里有“礼盒包装”的链接，拍一下
亲，您选的颜色需要加价10元，我给您改成对应的规格，您在订单里补款
亲，升级顺丰的运费差价请在本店运费补差链接里拍，然后备注原订单号
亲，补差价链接是我们店铺里的，拍下后平台会给您和原订单关联
""")
add("buyer", N, "buyer_topup_more", """
我想换成顺丰，差价怎么补，是拍你们店里的链接吗
我要礼盒包装，在哪里拍
补差价的链接拍了，你看下
""")
add("agent", N, "warning_more", """
亲，近期有不法分子冒充“平台客服”给买家打电话，说要给退款，请不要相信
亲，我们店的客服只在这里回复，绝不会电话要您提供密码
提醒亲：任何要求您“先交钱才能退款”的都是诈骗
亲，如果有人自称我们店员工，让您加私人账号，请立即举报
亲，我们店的售后完全免费，不会收取任何手续费
亲，平台客服不会让您在支付宝里申请借款，遇到请报警
亲，所有活动都在店铺页面公开展示，不会私下发中奖通知
亲，我们只会在订单里收款，任何要您扫码转账的都不是我们
亲，收到所谓的“理赔短信”请先联系我们核实，不要点链接
亲，千万不要把银行卡背面三位数告诉任何人
""")
add("buyer", N, "buyer_ask_legit", """
你们店有好评返现吗？没有也没关系
你们需要我给好评吗？东西确实不错
请问有人打电话说是你们的客服，是真的吗
你们会让人加微信退款吗？我有点担心
刚才收到短信说我的快递丢了，是真的吗？订单显示正常
""")
add("agent", N, "agent_ask_legit_reply", """
亲，我们没有好评返现，您觉得好的话如实评价就是对我们最大的支持
亲，不是我们，我们不会打电话给您，请注意防骗
亲，我们不会让您加微信，退款都在订单里申请
亲，您的快递显示正常派送中，那条短信是诈骗，不要理会
""")
# ---------- acceptable: store types, ordinary talk near violation words ----------
add("agent", N, "store_clothes", """
亲，这件M码还有，直接拍就行，今天下午发
亲，连衣裙那个颜色补货了，现在可以拍了
亲，卫衣有加绒和不加绒两种，拍的时候选一下规格
亲，裤子可以免费改裤长，拍下后备注您要的长度
亲，两件一起拍的话会自动打九折，不用改价
亲，外套现在是预售，付定金后15天内发货
亲，尺码不合适可以免费换，换货运费我们出
""")
add("agent", N, "store_phone", """
亲，我们卖的都是全新国行，支持官方验机
亲，手机壳和手机一起拍包邮
亲，换屏服务是平台的上门维修，下单后师傅会联系您
亲，以旧换新是平台的活动，在商品页选择以旧换新就行
亲，二手机都经过检测，有质检报告，在平台上买有保障
""")
add("agent", N, "store_fresh", """
亲，车厘子今天现摘现发，顺丰冷链，坏果包赔
亲，榴莲是按个卖的，重量有浮动，我们按页面价格发
亲，水果坏了拍照申请售后，我们按坏果比例在平台退款
亲，海鲜礼盒是冷链配送，收到后尽快放冰箱
亲，大闸蟹卡券是实物卡，拍下后寄给您，提货时间在订单页面预约
亲，土鸡蛋我们用的是防震包装，破损包赔
""")
add("agent", N, "store_furniture", """
亲，沙发定做需要先拍定金链接，尾款在发货前补拍
亲，送货上门和安装都是免费的，平台安排师傅
亲，安装师傅不会额外收费，如果收费请跟我们反映
亲，实木餐桌走物流，送货到楼下，上楼费用页面有标注
亲，橱柜量尺是平台预约的，设计师上门不收费
""")
add("agent", N, "store_ticket_travel", """
亲，门票下单后电子码会发到订单里，入园直接刷
亲，酒店预订成功后会收到平台的确认短信
亲，机票改签请在订单里操作，手续费按航司规定
亲，景区门票当天可用，不用提前预约
""")
add("agent", N, "store_edu", """
亲，课程购买后在订单里有学习入口，随时可以看
亲，资料包是随课程赠送的，不需要另外付钱
亲，一对一辅导需要在平台上预约时间
亲，课程支持7天内未学习全额退款
""")
add("agent", N, "store_pet", """
亲，猫粮整箱拍的话有满减，比单袋划算
亲，狗粮是进口的，有报关单，可以放心
亲，宠物用品都是从成都仓发，两天左右到
亲，驱虫药按体重选规格，您家狗狗多重呢
""")
add("agent", N, "store_jewelry", """
亲，黄金按页面克价，拍下后按实际克重多退少补，都在平台上完成
亲，刻字是免费的，拍下备注刻的字就行
亲，钻戒有国检证书，随货一起寄
亲，翡翠手镯有鉴定证书，支持第三方复检
""")
add("agent", N, "store_beauty", """
亲，面膜团购价在直播间，进直播间拍就有
亲，护肤套装的赠品是自动发的，不用另外付钱
亲，我们是品牌授权店，授权书在详情页最下面，支持专柜验货
亲，敏感肌建议先在耳后试用
""")
add("agent", N, "store_digital", """
亲，电脑组装是免费的，装好系统再发
亲，软件激活码拍下后自动发货，在订单详情里看
亲，显卡是全新盒装，有发票
亲，打印机上门安装是平台的服务，下单后会有人联系您
""")
add("agent", N, "store_flower_cake", """
亲，鲜花可以指定送达时间，下单时备注就行
亲，花篮可以定制贺卡内容，拍下后告诉我们
亲，蛋糕写字是免费的，拍的时候备注
亲，同城配送会在约定时间送到，配送员不会另收费
""")
add("buyer", N, "buyer_store_questions", """
这件M码还有吗？我直接拍
手机是国行吗，能验机吗
车厘子坏了怎么办
沙发定金在哪里付
门票下单了怎么入园
课程可以退吗
猫粮整箱有优惠吗
黄金多退少补是怎么算的
面膜是正品吗
电脑需要自己装系统吗
鲜花能指定时间送吗
蛋糕可以写字吗
安装师傅会另外收钱吗
定制的要多久发货
""")
add("buyer", N, "buyer_address_more", """
收货地址我更新了，是浙江省宁波市鄞州区天童南路588号，麻烦看一下
寄到我公司吧，南京市鼓楼区中山北路200号5楼，前台签收
能帮我改个地址吗，改成武汉市洪山区珞喻路1037号，学校快递点
我地址写的是东风路18号院3号楼，快递员找不到的话放小区门口驿站
我住在金山大道603号附近的小区，送货上门可以吗
麻烦发到西安市雁塔区小寨东路126号，百隆广场那边
""")
add("agent", N, "agent_address_check", """
亲，您填的地址是天童南路588号，门牌号后面要不要加楼层呢
亲，您说的新地址我已经改好了：中山北路200号5楼，对吗
亲，您的地址是学校的话，写上驿站名称会更快
亲，珞喻路那个地址快递可以送到，放心
亲，小区名称写一下吧，快递员好找
""")
add("agent", N, "return_more", """
亲，退货请在订单里申请，通过后页面会显示退货地址和收件人
亲，退回来的地址不是发货地，请按售后单上的地址寄
亲，我们的退货仓在嘉兴，具体地址在您的售后单里
亲，退货地址：广州市白云区太和镇物流园3号仓，售后部收，这是系统生成的退货地址，寄出后请填写单号
亲，换货寄回后请在售后单里填写快递单号，我们收到后48小时内换新
亲，上门取件是平台免费提供的，您预约好时间就行
亲，退货请不要寄到付，用运费险或者先垫付，退款时一起退您
""")
# ---------- acceptable: agents and buyers, many small hard cases ----------
add("agent", N, "acc_payment_words", """
亲，付款方式有支付宝、微信、银行卡，都在收银台里选
亲，这个价格是含税的，可以开发票
亲，我们收到货款是在您确认收货之后，平台会先帮您保管
亲，您确认收货之前钱都在平台，放心购买
亲，付款后订单状态会变成“待发货”
亲，您可以先付款，我们48小时内发货，不满意可以退
亲，交易成功后平台才会把钱结算给我们
亲，您付款遇到问题的话，可以联系平台客服
亲，这个商品不支持分期，其他款可以
亲，定金尾款都是在平台上付的，不用担心
亲，平台有资金保障，收到货没问题再确认
亲，价格是平台标价，我们这边没法私下优惠，可以领券
""")
add("buyer", N, "acc_payment_words_buyer", """
钱是在我确认收货后才给你们吗
我可以先付款，晚几天再发货吗
能开发票吗，公司报销用
我想用信用卡付，可以吗
付款的时候显示有风险，怎么回事
我确认收货了，钱你们收到了吧
""")
add("agent", N, "acc_review_words", """
亲，评价是您的权利，我们尊重您的任何评价
亲，您给的建议很中肯，我们会改进包装
亲，您的差评我们看到了，已经联系仓库核实，给您重新补发
亲，非常感谢您的五星好评，祝您生活愉快
亲，追评是在订单里“追加评价”，收货后180天内都可以
亲，晒图评价可以帮助其他买家，感谢您愿意分享
亲，评价页面可以上传视频哦
亲，您觉得不满意可以先申请售后，我们尽力解决
""")
add("buyer", N, "acc_review_buyer", """
我会如实评价的
东西不错，已经五星了
质量一般，我给了中评，别介意
我想追评，在哪里操作
我可以上传视频评价吗
你们客服态度真好，我要写进评价里
""")
add("agent", N, "acc_spam_like_own", """
亲，我们店还有同款的儿童版，亲子装很可爱，可以看看
亲，您买的洗发水配同系列护发素效果更好，店里有套装
亲，本周上新了秋冬款，欢迎来店铺首页逛逛
亲，店铺会员满三单升级，会员享95折
亲，这款今天最后一天特价，明天恢复原价
亲，618预售已经开始，定金很划算
亲，收藏店铺就能看到每周上新
亲，直播间今晚有新品首发，欢迎来看
亲，买手机壳送钢化膜，拍下自动赠送
亲，我们店有运费险，退换无忧
""")
add("agent", N, "acc_address_words", """
亲，我们的仓库在苏州，发货很快
亲，快递从嘉兴仓发，江浙沪一般次日达
亲，您离我们仓库近的话，快递一天就到了
亲，我们不接受自提，统一快递发货
亲，您的快递会送到小区门口的驿站
亲，我们发往新疆西藏的运费要另补，在本店补运费链接拍
亲，我们线下没有店，所有货都在网上卖
亲，这款在商场专柜卖999，我们是官方授权的网店，价格一样
亲，快递员送货上门前会打您订单里的电话
""")
add("buyer", N, "acc_address_buyer", """
你们仓库离北京远吗
你们有线下店吗？想去试穿
新疆能发吗，运费多少
能送货上楼吗，我住六楼没电梯
快递能放门口吗
""")
add("agent", N, "acc_address_reply", """
亲，我们没有线下店哦，可以参考尺码表，不合适包换
亲，新疆可以发，需要补运费20元，拍本店补运费链接
亲，送货上楼的话物流会额外收费，页面有标注价格
亲，快递放门口我们这边备注一下，快递员会按您的要求
""")
add("agent", N, "acc_fraud_words", """
亲，本店所有评价都是真实购买的，欢迎参考
亲，运费险是平台的保险，退货时自动理赔，不需要您提供银行卡
亲，如果快递丢了，我们会在平台上给您重新补发
亲，您的退款申请已经提交到平台，审核通过后自动退款
亲，平台小二已经介入，我们会配合处理结果
亲，如果您对处理不满意，可以在订单里申请平台客服介入
亲，验证码是平台登录用的，只能您自己输入
亲，平台不会让您交解冻费，退款不会被冻结
""")
add("buyer", N, "acc_fraud_words_buyer", """
我的退款怎么还没到，显示处理中
平台小二介入了，你们配合一下吧
快递显示签收了但我没收到，你们能查一下吗
我收到一条中奖短信，肯定是假的吧，你们没搞抽奖吧
""")
add("agent", N, "acc_redpacket_more", """
亲，这款是新年红包袋套装，含30个，有5种图案
亲，结婚用的红包我们有万元款，能装很厚
亲，红包封面是平台的虚拟商品，下单后在订单里领取
亲，满月红包袋可以印宝宝名字
亲，公司年会用的红包袋可以印logo，起订200个
亲，这个红包是纸质的，不是电子红包哦
""")
add("buyer", N, "acc_redpacket_buyer", """
红包袋能印公司名吗
有没有龙年的红包封面
结婚用的红包袋有大号的吗
满月红包能定制吗
""")
add("agent", N, "acc_cod_more", """
亲，同城配送的订单我们送到后您签收就行，钱已经在平台付过了
亲，安装师傅上门时不需要再付钱，费用已经包含在订单里
亲，货到付款需要在下单时选择，是平台的服务，快递员会带POS机
亲，送货上门是免费的，不收任何现金
""")
add("agent", N, "acc_deposit_more", """
亲，押金是在平台上冻结的，不会扣您的钱
亲，定金链接在店铺首页，拍下付款就算预订成功
亲，租赁的押金归还后3个工作日内自动解冻
亲，您的信用分够的话可以免押金
""")
# ---------- acceptable templates (few variants each) ----------
tpls("agent", N, "acc_tpl", """
{pre}我们从{city}发货，{courier}，{day}能发出{suf}
{pre}{prod}的退款已经原路退回，预计{n}个工作日内到账{suf}
{pre}跟您核对一下收货地址：{city}市{homeaddr}，对吗{suf}
{pre}{prod}现在领券满{big}减{amt}，券在商品页{suf}
{pre}{prod}拍下自动改价，不用联系客服{suf}
{pre}升级{courier}要补{n}元，请拍本店补差价链接{n}份，备注订单号{suf}
{pre}{prod}是预售款，定金{amt}元在订单里付，尾款{day}开始付{suf}
{pre}{prod}用着满意的话，麻烦给个好评{suf}
{pre}退货请按售后单里的地址寄回，也可以预约{courier}上门取件{suf}
{pre}平台客服不会问您要验证码，{prod}的退款在订单里申请就行{suf}
{pre}{prod}支持花呗分期，{n}期免息{suf}
{pre}红包袋{n}0个装，烫金款，过年送人很体面{suf}
{pre}{prod}的价保可以在订单里申请，差价平台直接退{suf}
{pre}{color}{size}还有货，直接拍就行，{day}发{courier}{suf}
{pre}本店不会让您私下转账，{prod}请在订单里付款{suf}
""", n=4)
tpls("buyer", N, "acc_tpl_buyer", """
{preb}地址改成{city}{homeaddr}，麻烦帮我改一下
{preb}有人冒充你们客服让我交{amt}块解冻费，是骗子吧
{preb}{prod}能用花呗分期吗
{preb}{prod}从哪里发货？到{city}要几天
{preb}{prod}退款是原路退回吗
{preb}{prod}补差价的链接在哪里拍
{preb}{prod}{color}{size}还有吗
""", n=4)
# ---------- acceptable: more hand-written ----------
add("agent", N, "acc_refuse_more", """
亲，谢谢您的信任，不过私下交易我们做不了，平台下单售后更有保障
亲，不好意思哈，红包付款我们不收，您在订单里拍就行，我给您备注优先发
亲，我们这边只走平台订单，您可以领一下店铺券，价格也能便宜些
亲，现金我们收不了，您在线上付款后同样是送货上门
亲，不能私下付哦，不过这款现在有满减，拍两件更划算
亲，我们没有个人收款码，所有付款都在平台完成
亲，定金也要在平台的定金链接里付，不能私下转哦
亲，补差价请一定拍本店的链接，别转给任何个人账户
亲，您说的“省手续费”我们理解，但为了双方安全还是走平台
亲，我们不收USDT也不收礼品卡，只能平台付款
""")
add("agent", N, "acc_quote_scam", """
亲，如果有人跟您说“拍A发B”“空包”“垫付返佣”，那都是违规刷单，本店不做
亲，凡是说“把收到的6位数字发我”的，一律是诈骗
亲，“报一下支付密码帮你退款”这种话千万别信，我们从来不会问
亲，遇到说“我是平台小二”让您转账的，请直接挂断举报
亲，骗子常说“交解冻费才能退款”，平台根本没有解冻费
亲，“删差评给您补偿”这种私信不是我们发的，请注意
亲，看到“好评返现加微信”的卡片请不要理会，不是我们放的
亲，所谓“中奖先交税”都是骗局，我们店没有这种活动
""")
add("buyer", N, "acc_buyer_complain_other", """
我上次在别家被骗了，说是刷单返佣，结果钱没回来，你们这不会这样吧
之前有个店让我私下转账，后来东西没发，我现在只在平台上付
我朋友被冒充快递理赔的骗了两千，大家都小心点
上次有人让我拍1元链接拍几百件，我觉得不对就没拍
我妈差点把验证码告诉骗子，还好我拦住了
""")
add("agent", N, "acc_reply_complain_other", """
亲，您放心，我们店所有交易都在平台上，有平台保障
亲，遇到这种情况可以报警，也可以向平台举报
亲，太可恶了，提醒家人千万不要把验证码告诉任何人
亲，您做得对，1元链接拍几百件那种都是骗子的套路
""")
add("agent", N, "acc_order_numbers", """
亲，您的订单号是2024061812345678，已经发货了
亲，快递单号是SF1402938475611，顺丰，可以在订单里查看
亲，您的售后单号是TK20240618001，我们已经处理
亲，您的驿站取件码是8-3-2016，别忘了取
亲，发票已经开好了，在订单详情里下载
亲，中通单号78329101827364，明天应该能到
""")
add("buyer", N, "acc_buyer_numbers", """
我的订单号是3928104756281934，帮我查一下
快递单号是YT7738291048571，一直没更新
取件码是6-2-1088，但驿站说找不到
售后单号TK889201，帮我看下进度
""")
add("agent", N, "acc_emoji", """
亲，感谢支持🌹
好的亲😊已经备注了
亲，东西已经发出啦🚚 请注意查收哦
亲，新年快乐🧧 祝您万事如意
谢谢亲的好评❤️
亲，收到～马上安排👌
亲，辛苦您等待了🙏
亲，您的包裹已签收📦 有问题随时找我
亲，祝您生日快乐🎂 订单已加急
""")
add("buyer", N, "acc_emoji_buyer", """
谢谢老板🧧🧧 新年快乐
收到啦，很喜欢😍
好的👌
太快了吧，昨天拍今天就到了👍👍👍
衣服好看❤️❤️
辛苦啦🙏
""")
add("agent", N, "acc_dialect", """
靓女，呢件衫仲有货，直接落单就得啦
亲，我哋唔收私下俾钱嘅，喺平台付款就得
妹儿，这个直接拍就是了嘛，今天就发货
亲，俺们这边从河南郑州发货，两天就到
侬好，退款已经原路退回了，侬看一下
""")
add("buyer", N, "acc_dialect_buyer", """
呢个几时发货呀
我喺香港，可以寄过嚟吗
这个东西巴适得很，给你们好评
俺想问下能不能开发票
""")
add("agent", N, "acc_rules", """
亲，根据平台规则，我们不能引导买家线下交易，请理解
亲，平台规定发货后72小时内要有物流信息，我们会按时发
亲，七天无理由退货是平台规则，您放心买
亲，平台对虚假交易管得很严，我们店从来不做
亲，评价返现在平台是违规的，所以我们不做，请如实评价
亲，平台禁止商家索要买家的银行卡信息，我们不会问的
""")
add("buyer", N, "acc_buyer_private_question", """
你们为什么不能私下交易？别家都可以
我给了差评你们会不会骚扰我
你们会打电话给我吗？我不太喜欢接陌生电话
""")
add("agent", N, "acc_reply_private_question", """
亲，私下交易平台不保障，出了问题您的权益没法维护，所以我们只走平台
亲，不会的，您的评价是您的权利，我们只会在这里跟您沟通
亲，一般不会，除非快递需要联系您，会用订单里的电话
""")
add("agent", N, "acc_misc_lookalike", """
亲，这款收款提示音箱支持支付宝和微信的到账播报
亲，这个二维码挂牌是定制的，下单后在订单留言里上传您要印的图片就行
亲，这款扫码枪支持手机屏幕上的二维码
亲，这个是“招财进宝”红包摆件，开业送人很好
亲，这本《红包里的经济学》是正版，现货
亲，这个兼职记账本是A5大小的，适合记流水
亲，我们卖的是彩票打印纸，不是彩票哦
亲，这个计算器可以算房贷利息，字大，老人用也清楚
""")
# ---------- acceptable: final batch ----------
add("agent", N, "acc_final_pay", """
亲，退款已经退到您的花呗了，额度会恢复
亲，平台的“先享后付”可以用，确认收货后7天内付款
亲，您的分期已经取消，手续费也会退回
亲，付款页面支持“亲友代付”，发给家人就行
亲，订单金额是199，您在收银台用券后是179
亲，我们有满减也有平台补贴，结算时自动计算
亲，如果用银行卡付款失败，可能是单笔限额，可以换花呗
亲，您付款后可以在“我的订单”里看到
亲，平台有极速退款，符合条件的会秒退
亲，部分退款已经操作，20元退回您原支付账户
亲，我们这边已经同意退款，平台会在24小时内处理
亲，跨境订单的税费在结算页显示，平台代收
""")
add("buyer", N, "acc_final_pay_buyer", """
退款退到花呗了吗？我看额度没恢复
先享后付怎么开
我想让我女儿帮我付，怎么弄
用了券怎么还是原价
跨境的税是你们收还是平台收
我付款了显示支付成功，但订单还是待付款
""")
add("agent", N, "acc_final_fraud_like", """
亲，我们的评价没有做任何奖励，都是顾客自愿写的
亲，试用装是免费送的，不需要给好评
亲，您不用因为赠品给我们好评，如实评价就好
亲，补发是免费的，不需要您评价或者做任何事
亲，给您补偿的10元已经通过平台部分退款退给您了
亲，退款不用填任何链接，订单里点“退款”就行
亲，快递如果丢件，您不用联系快递公司，我们直接处理
亲，“小二介入”是在订单售后里申请的，平台会派专人处理
""")
add("agent", N, "acc_final_address", """
亲，您下单时填的是旧地址，快递已经发出了，我们帮您联系快递改派
亲，您的快递被退回到我们仓库了，地址可能不全，我们重新发
亲，寄往学校宿舍的快递一般放在校内驿站
亲，您说的地址快递不到，建议改到附近的驿站
亲，发货地在东莞，所以物流显示从广东发出
亲，我们有多个仓，系统会从离您最近的仓发
亲，您的包裹在中转站，明天应该能到您所在的城市
亲，退货的时候不要寄到发货地址哦，要寄到售后单上的地址
""")
add("buyer", N, "acc_final_address_buyer", """
我搬家了，快递已经发了，能改地址吗
帮我改到公司，地址在订单备注里
我在学校，能送到宿舍楼下吗
这个地址快递能到吗，比较偏
""")
add("agent", N, "acc_final_spam_like", """
亲，您关注的店铺上新了，本季新品有二十多款
亲，您购物车里的商品降价了，提醒您一下
亲，今天是店铺的宠粉日，关注店铺下单送小礼品
亲，我们店参加了平台的年货节，满199减30
亲，我们店搞活动：买二送一，拍三件自动减一件
亲，您上次买的洗衣液现在有大瓶装，更划算
亲，这件衣服和您上次买的裤子很配，可以考虑一下
""")
add("agent", N, "acc_final_trad", """
親，您好，請問有什麼可以幫您的嗎？
親，款項在您確認收貨後平台才會撥給我們，請放心
親，預購訂金在訂單中支付，不能私下轉帳喔
親，滿意的話歡迎留下評價，謝謝支持
親，物流從廈門出貨，大約三天到
親，退款已原路退回，請留意您的信用卡帳單
親，我們不會私訊您要求付款，請認明平台訂單
親，紅包封面是虛擬商品，下單後在訂單頁領取
""")
add("buyer", N, "acc_final_trad_buyer", """
請問可以貨到付款嗎？平台有這個選項嗎
運費多少錢
可以開統編發票嗎
退款已經好幾天了還沒收到
""")
add("agent", N, "acc_final_en", """
Dear, the balance payment for the presale starts on the 1st, you'll get a reminder
Your refund was processed to your credit card, please allow 5-7 days
We've reshipped the missing item for free, no review required
Please don't share your payment password with anyone, we'll never ask for it
We only ship from our Suzhou warehouse, 1-2 days to Shanghai
If you like the product, a review with photos would be appreciated, thanks!
The coupon "spend 300 save 40" can be used together with platform vouchers
The price difference link is in our store, buy 5 units of the 1-yuan link for 5 yuan difference
Our store doesn't do cashback for reviews, please review honestly
亲 you can choose 花呗 installment at checkout
亲 the gift is automatic, no need to pay extra
""")
add("buyer", N, "acc_final_en_buyer", """
Is there a physical store? or only online?
Can you ship to my office? address: 200 Zhongshan North Rd, 5F
Someone said I won a prize from your shop and must pay tax, fake right?
How do I apply for the price protection?
Can I pay the deposit now and the balance later on the app?
""")
add("agent", N, "acc_final_misc", """
亲，是的，我们是品牌官方旗舰店
亲，这款质保一年，凭订单号保修
亲，发票会在发货后开具，电子版在订单里
亲，我们的客服在线时间是早九点到晚十点
亲，这个颜色有轻微色差，以实物为准
亲，您问的那款已经下架了，有类似的新款可以看看
亲，尺码偏小，建议拍大一码
亲，这款是防水的，下雨天可以穿
亲，物流停滞是因为天气原因，我们已经在催了
亲，您的订单已加急，今天一定发出
亲，商品质量问题的退货运费我们承担
亲，说明书在包装盒里，电子版在详情页最后
""")
add("buyer", N, "acc_final_misc_buyer", """
这个有保修吗
发票什么时候开
有没有大一码的
颜色跟图片一样吗
能不能今天发货，急用
物流怎么一直不动
""")
# ---------- acceptable: extra ----------
add("agent", N, "acc_extra", """
亲，价格已经是最低了，不过您可以领一下店铺首页的10元券
亲，老客户复购可以用会员积分抵现
亲，我们这边没法私下改价，但是两件起有满减
亲，这款页面价就是活动价，直接拍
亲，您拍下后我们会优先安排发货
亲，您可以放心拍，七天无理由退换
亲，运费是平台自动计算的，偏远地区会高一点
亲，订单里的备注我们都能看到，放心
亲，包装里附赠了一张感谢卡，没有别的东西哦
亲，如果收到的东西有问题，请先联系我们，我们会负责到底
亲，您提出的问题我们已经反馈给质检了
亲，您的退货我们已经签收，退款今天处理
亲，这款不支持七天无理由，因为是定制商品，下单前请确认
亲，商品有一年质保，质保期内免费维修
亲，我们店铺是平台认证的金牌卖家
亲，这款是平台的“官方验货”商品，发货前会检测
亲，您要的发票类型是普票还是专票
亲，我们接受企业采购，量大可以在平台上申请企业价
亲，大宗采购可以在平台的企业购频道下单，支持开专票
亲，分批发货的话每批都会有单号
""")
add("buyer", N, "acc_extra_buyer", """
能便宜十块吗？我今天就拍
我领了券，帮我看下有没有用上
我想要专票，公司用
这是定制的吗？能退吗
量大能便宜吗，我们公司要两百件
质保期多久
有没有赠品
感谢卡上写的什么呀，挺可爱
我看了评价才买的，希望质量别让我失望
你们会跟踪物流吗
""")
add("agent", N, "acc_extra_warning", """
亲，请注意：我们店的补差价链接只在本店，名称是“补差价专用”，别的都不是
亲，如果有人用我们店的名义要求您扫描个人收款码，请不要付款
亲，我们的客服不会向您索要身份证照片，如有需要会通过平台实名认证
亲，平台上的所有付款都有保障，请不要轻信站外付款的“优惠”
亲，请不要在任何陌生网页填写银行卡信息
亲，最近有骗子冒充平台工作人员，以“关闭百万保障”为由诈骗，请警惕
亲，有人说“不走平台更便宜”请别信，出了问题没人负责
亲，别相信“先交押金才能领奖”，正规抽奖不收费
""")
add("buyer", N, "acc_extra_report", """
刚才有人私信我说是你们店，叫我加他好友领返现，我没理
有人打电话说我买的东西有质量问题要赔我钱，让我下载APP，我直接挂了
你们是不是有人冒充？有个号叫我交保证金才能退款
有个陌生号码说我中了你们店的奖，要交手续费，骗子吧
""")
add("agent", N, "acc_extra_trad_en", """
親，本店只在平台交易，請不要私下匯款給任何人
親，我們從台中出貨，宅配兩天到
親，感謝您的好評，歡迎再次光臨
Dear, the refund is back to your original account, please check
We ship from Ningbo bonded warehouse, customs clearance is handled by the platform
Your order qualifies for free shipping, no need to pay extra
亲 we never ask for your 验证码, please be careful
""")
# ---------- acceptable: last margin ----------
add("agent", N, "acc_margin", """
亲，稍等，我帮您查一下库存
亲，这款是现货，今天拍今天发
亲，您要的42码已经没了，43码偏大一点点
亲，收到的衣服有线头的话剪掉就好，不影响穿
亲，礼盒包装是免费的，拍下备注“礼盒”
亲，我们家的商品都有合格证，放心使用
亲，您的订单已经备注优先发货了
亲，双十一期间发货会慢一点，请多担待
亲，这款可以机洗，建议装洗衣袋
亲，快递停发期间的订单，我们复工后第一时间发出
亲，我们店铺支持运费险，退货不花钱
亲，这是我们店铺自己的直播间，今晚有新品讲解，在店铺首页点进去就行
亲，我们没有其他销售渠道，只在这个店铺卖
亲，这款是我们工厂自产的，没有中间商
亲，您的地址在乡镇的话，快递可能会放在镇上的驿站
亲，您说的“红包”是指店铺红包吗？在首页可以领5元的
亲，您说的“定金”是预售定金吗？在商品页选择预售规格就能付
亲，您要的“补差价”链接在店铺分类“其他”里面
亲，您说的码是指尺码吗？我们家M码对应腰围70
亲，您是问二维码说明书吗？包装里有纸质说明书
""")
add("buyer", N, "acc_margin_buyer", """
还有货吗，今天能发吗
礼盒包装要钱吗
能机洗吗
你们还有别的店吗？我只在这家买过
码数偏大还是偏小
我要一个红包袋，不是红包哈，是袋子
我付了定金，尾款怎么付
我在乡下，快递能送到吗
退货运费谁出
你们家直播几点开始
""")
# ================= extra English / mixed (violations and look-alikes) =================
add("agent", P, "en_pay_more", """
亲 just send me a 红包 and I'll ship today, no need to 下单
Dear, scan my 收款码 pls, the listing price is higher
Deposit 300 via bank transfer to me first, then we start production
ok dear, skip checkout, WeChat transfer me 158 and it's yours
亲 pay before confirming receipt pls, transfer to my card first
Top up the shipping difference with a red packet, don't buy the link
""")
add("buyer", P, "en_pay_more_buyer", """
boss can I just 转账 you? cheaper no platform fee
I'll pay the deposit to you directly, ok? not in the order
Let me pay cash to your driver, cancel the online order pls
can I pay with 支付宝 directly to you, 10% off?
""")
add("agent", F, "en_fraud_more", """
亲 help us do a 刷单 order pls, full refund + 12 yuan
Dear, we send an empty parcel, you confirm receipt and leave 5 stars, we refund everything
亲 好评 with 3 photos = 6 yuan back, send screenshot
I'm the 平台小二, your account has a problem, tell me the 验证码 you received
亲 delete the 差评 and we give you 50 yuan compensation
Your claim needs an unfreezing fee of 99 yuan first, then we pay you triple
""")
add("buyer", F, "en_fraud_more_buyer", """
Refund me 20 and I'll change my review to 5 stars
boss need 补单? I have many accounts
""")
add("agent", AD, "en_addr_more", """
Dear, we have a 实体店 at 58 Huaihai West Rd 3F, come try it on
come pick it up at our warehouse, Building 9, Jinshan Avenue 603, no need to order
亲 our stall is in Shahe Clothing Mall 2F East 218, cheaper in person
""")
add("agent", S, "en_spam_more", """
亲 need a 贷款? fast approval, no credit check
Part-time 兼职 job, 300 a day, reply 1
【Casino】100% bonus on first deposit, 真人荷官
亲 join our team as a 代理, recruit friends and earn commission
""")
add("agent", N, "en_acc_more", """
Dear, our 补差价 link is in this store, buy 10 units at 1 yuan each
亲 the 预售定金 is paid in the order, balance on the 1st
Dear, we ship from 义乌 warehouse, 2-3 days
亲 we never ask for private 转账, please pay in the order only
Dear, the refund is 原路退回 to your Huabei
亲 you can use 花呗分期, 3 installments interest-free
Please don't share your 验证码 with anyone, platform staff never ask for it
亲 the 店铺红包 is on the homepage, it's applied automatically at checkout
Dear, if you're satisfied, a good review would be appreciated, no pressure
亲 return address is shown in the 售后 page after approval
These red packet envelopes come in packs of 20, gold foil 福 design
Dear, we don't have an offline store, everything is sold here
""")
add("buyer", N, "en_acc_more_buyer", """
Where is the 补差价 link? I want to upgrade to SF
is the deposit for presale paid here in the order?
Someone said he's 快递理赔 and asked for my card, scam right?
pls ship to my office: 8F, 200 Zhongshan North Road, Nanjing
Can I use 花呗 installments?
Do you sell 红包 envelopes for weddings?
I'll give a good review, the quality is great!
The refund went back to my 支付宝? can't see it
""")

# ---------------------------------------------------------------- write
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "violations_payment_fraud_address_spam.jsonl")
    seen = set()
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for r in ROWS:
            if r["text"] in seen:
                continue
            seen.add(r["text"])
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    print("wrote", n, "lines to", out)
