#!/usr/bin/env python3
"""Builds violations_contact_link_platform.jsonl.

Most lines below are hand-written. Lines with {slots} get a few variants
(random ids, phone numbers in the written form the line asks for, app-name
evasions, shop names); at most a handful per template. Fixed seed.
"""
import json, random, re, os, string, collections

rng = random.Random(20240607)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "violations_contact_link_platform.jsonl")

# ---------------------------------------------------------------- slot makers
PY_NAMES = ["xiaomei", "lele", "ajie", "tingting", "mumu", "jiajia", "xiaoyu", "dabai", "kiki",
            "amy", "lucy", "momo", "nana", "yiyi", "tangtang", "xixi", "doudou", "ahua", "laowang",
            "zhangjie", "liumei", "chenchen", "sunny", "coco", "yoyo", "vivi", "summer", "ahao",
            "xiaoqi", "fangfang", "jingjing", "dongdong", "linlin", "meimei", "ajun", "kaikai",
            "wenwen", "qiqi", "zz", "hh", "sz", "gz", "hz", "yw", "xm", "bj", "cd", "wh"]
SUFFIX = ["", "_", "-", ""]
SHOPS = [("小鹿家居", "xiaolujiaju"), ("阿杰潮鞋", "ajiechaoxie"), ("芊芊美妆", "qianqianmeizhuang"),
         ("木子童装", "muzitongzhuang"), ("老陈茶叶", "laochenchaye"), ("橙子数码", "chengzishuma"),
         ("小熊母婴", "xiaoxiongmuying"), ("悦己女装", "yuejinvzhuang"), ("山里人土特产", "shanlirentutechan"),
         ("潮玩基地", "chaowanjidi"), ("安安宠物", "ananchongwu"), ("诚信五金", "chengxinwujin"),
         ("米粒饰品", "milishipin"), ("大鱼渔具", "dayuyuju"), ("花间集", "huajianji"),
         ("晴天箱包", "qingtianxiangbao"), ("一品茶舍", "yipinchashe"), ("乐淘文具", "letaowenju"),
         ("锦绣家纺", "jinxiujiafang"), ("极客外设", "jikewaishe"), ("阿婆手作", "aposhouzuo"),
         ("森林户外", "senlinhuwai"), ("甜心烘焙", "tianxinhongbei"), ("优品眼镜", "youpinyanjing")]
PHONE_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
             "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182",
             "183", "185", "186", "187", "188", "189", "191", "198", "199"]

def digits(n, first_nonzero=True):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s

def alnum(n, upper=True):
    pool = string.ascii_letters + string.digits if upper else string.ascii_lowercase + string.digits
    return "".join(rng.choice(pool) for _ in range(n))

def mk_wxid():
    r = rng.random()
    if r < 0.12:
        return "wxid_" + alnum(rng.randint(8, 12), upper=False)
    if r < 0.22:
        return rng.choice(PHONE_PRE) + digits(8, False)
    if r < 0.35:
        return rng.choice(SHOPS)[1][: rng.randint(5, 10)] + digits(rng.randint(2, 4))
    name = rng.choice(PY_NAMES)
    if rng.random() < 0.3:
        name = name.capitalize()
    w = name + rng.choice(SUFFIX) + digits(rng.randint(2, 6))
    while len(w) < 6:
        w += rng.choice(string.digits)
    return w

def fmt_phone(p):
    r = rng.random()
    if r < 0.55:
        return p
    if r < 0.8:
        return p[:3] + " " + p[3:7] + " " + p[7:]
    return p[:3] + "-" + p[3:7] + "-" + p[7:]

STD = dict(zip("0123456789", "零一二三四五六七八九"))
STD2 = dict(zip("0123456789", "〇一二三四五六七八九"))
CAP = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖"))
YAO = dict(zip("0123456789", "洞幺两三四五六拐八勾"))
YAO_MILD = dict(zip("0123456789", "零幺二三四五六七八九"))
CIRC = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨"))
FW = dict(zip("0123456789", "０１２３４５６７８９"))

def cn_words(s):
    m = rng.choice([STD, STD2, STD])
    return "".join(m[c] for c in s)

def cap_words(s):
    return "".join(CAP[c] for c in s)

def yao_words(s):
    m = rng.choice([YAO, YAO_MILD, YAO_MILD])
    return "".join(m[c] for c in s)

def circ(s):
    return "".join(CIRC[c] for c in s)

def fullwidth(s):
    return "".join(FW[c] for c in s)

def mixed(s):
    out = []
    for c in s:
        out.append(rng.choice([c, c, STD[c], CAP[c], CIRC[c]]))
    return "".join(out)

def letters(s):
    out = []
    for c in s:
        if c == "0":
            out.append(rng.choice("oO"))
        elif c == "1":
            out.append(rng.choice("lI"))
        else:
            out.append(c)
    return "".join(out)

def two_digit_word(x):
    a, b = int(x[0]), int(x[1])
    if a == 0:
        return "零" + STD[x[1]]
    if a == 1:
        t = "十"
    else:
        t = STD[x[0]] + "十"
    return t + (STD[x[1]] if b else "")

def pairs(s):
    chunks = [s[i:i + 2] for i in range(0, len(s), 2)]
    out = []
    for ch in chunks:
        out.append(two_digit_word(ch) if len(ch) == 2 else STD[ch])
    return rng.choice([" ", "，", " ", "、"]).join(out)

def padded(s):
    sep = rng.choice([" ", "-", ".", "·", "🌸", "❤", "~", "*", "  "])
    return sep.join(s[i:i + rng.choice([1, 2, 3])] for i in range(0, len(s), 1))[: len(s) * 3] if False else sep.join(s)

def mk_email(user=None):
    dom = rng.choice(["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com",
                      "sina.com", "hotmail.com", "yeah.net", "139.com"])
    if user is None:
        user = digits(rng.randint(8, 10)) if dom == "qq.com" else (rng.choice(PY_NAMES) + rng.choice(["", ".", "_"]) + digits(rng.randint(2, 4)))
    return user, dom

AT_SP = [" at ", "艾特", "圈a", "(at)", "[at]", "＠", " 圈儿a ", "a圈", " AT ", "@符号"]
DOT_SP = [" dot ", "点", "點", " 点 ", "[dot]", "。", "(dot)"]
COM_SP = ["com", "康姆", "c0m", "COM", "kom"]

def email_spelled():
    user, dom = mk_email()
    name, tld = dom.split(".")
    if rng.random() < 0.3:
        name = {"qq": rng.choice(["qq", "扣扣", "企鹅"]), "163": rng.choice(["163", "一六三", "幺六三"]),
                "126": "126", "gmail": rng.choice(["gmail", "谷歌邮箱那个gmail"]), "outlook": "outlook",
                "foxmail": "foxmail", "sina": rng.choice(["sina", "新浪"]), "hotmail": "hotmail",
                "yeah": "yeah", "139": "139"}[name]
    tldw = rng.choice(COM_SP) if tld == "com" else tld
    return user + rng.choice(AT_SP) + name + rng.choice(DOT_SP) + tldw

def mk_url():
    py = rng.choice(SHOPS)[1]
    return rng.choice([
        "http://www.%s.com" % py, "https://%s.shop/item?id=%s" % (py, digits(6)),
        "www.%small.cn" % py[:8], "http://m.%s.vip/g/%s" % (py[:7], digits(4)),
        "https://%s.cn/goods/%s.html" % (py, digits(5)), "http://h5.%s.net/#/detail/%s" % (py[:6], digits(5)),
        "https://shop%s.youzan.com/v2/showcase/goods?alias=%s" % (digits(6), alnum(10, False)),
        "https://weidian.com/item.html?itemID=%s" % digits(10),
        "http://%s.xyz/s/%s" % (py[:6], alnum(5)), "https://www.%s-official.com/sale" % py[:9],
    ])

def mk_short():
    return rng.choice([
        "t.cn/A6" + alnum(5), "https://t.cn/R" + alnum(6), "dwz.cn/" + alnum(8), "url.cn/" + alnum(7),
        "bit.ly/3" + alnum(6), "suo.im/" + alnum(5), "tinyurl.com/" + alnum(7, False), "https://dwz.cn/" + alnum(8),
        "c.tb.cn/" + alnum(7), "is.gd/" + alnum(6), "https://sourl.cn/" + alnum(6),
        "https://m.tb.cn/h." + alnum(7), "https://u.jd.com/" + alnum(7), "https://v.douyin.com/" + alnum(7) + "/",
        "http://xhslink.com/" + alnum(6), "https://yangkeduo.com/g/" + alnum(6),
    ])

def mk_token():
    core = alnum(rng.randint(9, 12))
    return rng.choice(["¥%s¥", "￥%s￥", "€%s€", "₤%s₤", "$%s$", "(%s)", "/%s/", "₳%s₳", "¢%s¢"]) % core

def mk_tw():
    return rng.choice(["09%s-%s-%s", "09%s %s %s", "09%s%s%s"]) % (digits(2, False), digits(3, False), digits(3, False))

def mk_hk():
    n = rng.choice("569") + digits(7, False)
    return rng.choice([n, n[:4] + " " + n[4:], "+852 " + n[:4] + " " + n[4:]])

def mk_intl():
    return rng.choice([
        "+86 %s %s %s" % (rng.choice(PHONE_PRE), digits(4, False), digits(4, False)),
        "+1 (%s) %s-%s" % (rng.choice(["626", "415", "917", "646", "718", "213", "408", "347"]), digits(3), digits(4, False)),
        "+1 %s-%s-%s" % (rng.choice(["604", "778", "416", "647"]), digits(3), digits(4, False)),
        "+44 7%s %s" % (digits(3, False), digits(6, False)),
        "+60 1%s-%s %s" % (rng.choice("2679"), digits(3, False), digits(4, False)),
        "+65 %s %s" % (rng.choice("89") + digits(3, False), digits(4, False)),
        "+61 4%s %s %s" % (digits(2, False), digits(3, False), digits(3, False)),
        "+886 9%s %s %s" % (digits(2, False), digits(3, False), digits(3, False)),
        "0086-%s%s" % (rng.choice(PHONE_PRE), digits(8, False)),
    ])

def mk_handle():
    n = rng.choice(PY_NAMES)
    return rng.choice([n + digits(rng.randint(2, 4)), n + "_" + rng.choice(["shop", "store", "official", "hk", "tw", "vip", "99"]),
                       rng.choice(SHOPS)[1][:9] + rng.choice(["", "_", "."]) + digits(2)])

PRODUCTS = ["连衣裙", "卫衣", "运动鞋", "蓝牙耳机", "保温杯", "四件套", "猫粮", "奶粉", "口红", "面霜",
            "茶叶", "手机壳", "数据线", "儿童书包", "羽绒服", "渔竿", "行李箱", "电动牙刷", "空气炸锅",
            "机械键盘", "充电宝", "牛仔裤", "围巾", "洗发水", "婴儿推车", "扫地机器人", "吹风机", "茶具",
            "手表", "墨镜", "项链", "拖鞋", "床垫", "乳胶枕", "帐篷", "坚果礼盒", "红枣", "蜂蜜"]

# app-name evasions used in {WX} etc.
WX_V = ["薇信", "微芯", "威x", "卫星", "V信", "胃信", "weixin", "wx", "vx", "VX", "v", "V", "Vx", "微❤", "薇❤",
        "微.信", "微 信", "徾信", "维芯", "魏信", "威❤", "wei xin", "ｗｘ", "ＶＸ", "绿泡泡", "小绿", "绿色软件",
        "v❤", "WeXhat", "wechat", "微伈", "威芯", "喂信", "V.X", "vx号", "薇", "卫星号", "微~信", "w x", "㣲信"]
QQ_V = ["扣扣", "企鹅", "球球", "qq", "Q", "抠抠", "扣Q", "企鹅号", "小企鹅", "ＱＱ", "Q Q", "秋秋", "扣扣号", "q q", "kou kou", "🐧"]
TB_V = ["某宝", "tb", "TB", "T@obao", "桃宝", "掏宝", "陶宝", "淘x", "taobao", "t宝", "某b", "淘 宝", "TaoXao", "淘寶", "逃宝"]
JD_V = ["狗东", "jd", "JD", "某东", "京x东", "京 东", "j东", "東東", "🐶东"]
PDD_V = ["拼夕夕", "pdd", "PDD", "拼x多", "某多多", "p多多", "拼 多 多", "拼爹爹", "夕夕"]
XY_V = ["小黄鱼", "咸鱼", "xy", "闲x", "鹹魚", "黄鱼", "闲 鱼", "🐟", "二手鱼"]
DY_V = ["某音", "dy", "DY", "抖y", "斗音", "d音", "抖 音", "蚪音", "tiktok"]
XHS_V = ["红薯", "小红薯", "红书", "xhs", "小📕", "小红本", "RED", "小r书"]
TG_V = ["飞机", "TG", "纸飞机", "telegram", "电报", "tg", "小飞机", "✈️"]

SLOT_FUNCS = {
    "wxid": mk_wxid,
    "qq": lambda: digits(rng.randint(7, 10)),
    "grp": lambda: digits(rng.randint(8, 10)),
    "email": lambda: "%s@%s" % mk_email(),
    "email_sp": email_spelled,
    "url": mk_url, "short": mk_short, "token": mk_token,
    "tw": mk_tw, "hk": mk_hk, "intl": mk_intl,
    "handle": mk_handle,
    "tg": lambda: "@" + mk_handle(),
    "prod": lambda: rng.choice(PRODUCTS),
    "price": lambda: str(rng.choice([5, 8, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100])),
    "n": lambda: str(rng.randint(2, 9)),
    "WX": lambda: rng.choice(WX_V), "QQV": lambda: rng.choice(QQ_V), "TB": lambda: rng.choice(TB_V),
    "JD": lambda: rng.choice(JD_V), "PDD": lambda: rng.choice(PDD_V), "XY": lambda: rng.choice(XY_V),
    "DY": lambda: rng.choice(DY_V), "XHS": lambda: rng.choice(XHS_V), "TG": lambda: rng.choice(TG_V),
    "order": lambda: rng.choice(["2", "3", "4"]) + digits(rng.choice([17, 18]), False),
    "waybill": lambda: rng.choice(["SF" + digits(13), "YT" + digits(13), "75" + digits(12, False), "JDX0" + digits(11, False),
                                   "78" + digits(12, False), "4" + digits(12, False), "JT" + digits(13, False), "DPK" + digits(12, False)]),
    "model": lambda: rng.choice(["XR-", "K", "A", "GT", "M", "HX", "Pro ", "S", "TX"]) + digits(rng.randint(2, 4)) + rng.choice(["", "", "A", "Pro", "-B", "S"]),
    "pan": lambda: alnum(22),
    "tq": lambda: alnum(4, False),
    "sid": lambda: alnum(rng.randint(6, 8)),
    "code": lambda: digits(4, False) if rng.random() < 0.5 else digits(1) + "-" + digits(1) + "-" + digits(4, False),
}

SHOP_PRODS = {
    "小鹿家居": ["四件套", "乳胶枕", "床垫", "收纳箱", "地毯"], "阿杰潮鞋": ["运动鞋", "板鞋", "拖鞋", "老爹鞋"],
    "芊芊美妆": ["口红", "面霜", "粉底液", "眼影盘"], "木子童装": ["儿童卫衣", "童装套装", "儿童羽绒服"],
    "老陈茶叶": ["铁观音", "大红袍", "茶叶礼盒", "普洱茶饼"], "橙子数码": ["蓝牙耳机", "充电宝", "数据线", "手机壳"],
    "小熊母婴": ["奶粉", "婴儿推车", "纸尿裤", "奶瓶"], "悦己女装": ["连衣裙", "牛仔裤", "针织开衫", "风衣"],
    "山里人土特产": ["红枣", "蜂蜜", "核桃", "香菇"], "潮玩基地": ["盲盒", "手办", "积木"],
    "安安宠物": ["猫粮", "猫砂", "狗粮", "猫抓板"], "诚信五金": ["电钻", "工具箱", "螺丝套装"],
    "米粒饰品": ["项链", "耳环", "发夹", "手链"], "大鱼渔具": ["渔竿", "鱼线", "钓箱"],
    "花间集": ["汉服", "发簪", "团扇"], "晴天箱包": ["行李箱", "双肩包", "托特包"],
    "一品茶舍": ["茶具", "白茶", "紫砂壶"], "乐淘文具": ["儿童书包", "中性笔", "笔记本"],
    "锦绣家纺": ["四件套", "蚕丝被", "毛毯"], "极客外设": ["机械键盘", "鼠标", "显示器支架"],
    "阿婆手作": ["手工皂", "绒线帽", "围巾"], "森林户外": ["帐篷", "冲锋衣", "登山杖"],
    "甜心烘焙": ["生日蛋糕", "曲奇礼盒", "面包"], "优品眼镜": ["墨镜", "近视镜架", "防蓝光眼镜"],
}

def new_ctx():
    p = rng.choice(PHONE_PRE) + digits(8, False)
    q = digits(rng.randint(8, 10))
    shop, shoppy = rng.choice(SHOPS)
    cut = rng.choice([3, 4, 5, 6, 7])
    ctx = {
        "phone": fmt_phone(p), "phone_raw": p,
        "phone_cn": cn_words(p), "phone_cap": cap_words(p), "phone_yao": yao_words(p), "phone_circ": circ(p),
        "phone_mix": mixed(p), "phone_let": letters(p), "phone_pairs": pairs(p), "phone_rev": p[::-1],
        "phone_fw": fullwidth(p), "phone_pad": padded(p), "phone10": p[1:], "phone_mid": p[3:7], "phone_last8": p[3:],
        "p1": p[:cut], "p2": p[cut:], "p1cn": cn_words(p[:cut]), "p2cn": cn_words(p[cut:]),
        "qq_cn": cn_words(q), "qq_cap": cap_words(q), "qq_circ": circ(q), "qq_mix": mixed(q), "qqraw": q,
        "qq_pairs": pairs(q), "qq_rev": q[::-1], "qq_pad": padded(q),
        "shop": shop, "shoppy": shoppy, "shoppy_num": shoppy + rng.choice(["88", "666", "168", "520", "99"]),
    }
    ctx["prod"] = rng.choice(SHOP_PRODS[shop])
    ctx["phone_tail4"] = p[-4:]
    ctx["phone_pre"] = p[:3]
    EN = dict(zip("0123456789", ["zero","one","two","three","four","five","six","seven","eight","nine"]))
    ctx["phone_en"] = " ".join(EN[c] for c in p)
    ctx["phone_dbl"] = p[:3] + "后面" + p[3:]
    return ctx

SLOT_RE = re.compile(r"\{([A-Za-z_0-9]+)\}")

def fill(t):
    ctx = new_ctx()
    def rep(m):
        k = m.group(1)
        if k in ctx:
            return ctx[k]
        if k in SLOT_FUNCS:
            return SLOT_FUNCS[k]()
        raise KeyError(k)
    return SLOT_RE.sub(rep, t)

ENTRIES = []   # (text, sender, labels, family)

# later variants of a slotted template also get a different opener/closer,
# so that two variants never differ by the slot value alone
A_PRE = ["亲 ", "亲亲，", "宝 ", "宝子 ", "好的 ", "嗯嗯 ", "在的亲，", "您好，", "哈喽 ", "亲爱的 "]
B_PRE = ["老板 ", "那个 ", "你好 ", "哎 ", "客服 ", "嗯 ", "对了 ", "在吗 "]
SUF = ["哦", "哈", "~", " 😊", " 👍", "！", "呢", " 🙏", "。", " ok?"]
EN_PRE = ["Hi, ", "Hello, ", "Dear, ", "OK ", "Sure, "]

def decorate(t, sender):
    ascii_only = all(ord(c) < 0x3000 for c in t)
    if ascii_only:
        if rng.random() < 0.7:
            if len(t) > 1 and t[0].isupper() and t[1].islower():
                t = t[0].lower() + t[1:]
            return rng.choice(EN_PRE) + t
        return t + rng.choice([" thx", " :)", " pls", "!"])
    pre = rng.choice(A_PRE if sender == "agent" else B_PRE)
    starts = ("亲", "宝", "老板", "您好", "親", "Hi", "嗯", "好的")
    r = rng.random()
    if t.rstrip().endswith(("?", "？", "吗", "呢", "嘛", "吧")):
        if not t.startswith(starts):
            return pre + t
        return t + rng.choice(["", " 😊", " 🙏"])
    if r < 0.45 and not t.startswith(starts):
        return pre + t
    if r < 0.8:
        suf = rng.choice(SUF)
        if suf == " ok?" and sender == "agent":
            suf = "哈"
        return t.rstrip("。！") + suf
    if not t.startswith(starts):
        return pre + t.rstrip("。！") + rng.choice(SUF[:3])
    return t + rng.choice(["哈", "哦", " 😊"])

def S(sender, labels, family, k, block):
    sender = {"a": "agent", "b": "buyer"}[sender]
    labs = [x for x in labels.split(",") if x]
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if SLOT_RE.search(line):
            for i in range(k):
                t = fill(line)
                if i > 0:
                    t = decorate(t, sender)
                ENTRIES.append((t, sender, labs, family))
        else:
            ENTRIES.append((line, sender, labs, family))

# ================================================================ VIOLATIONS
# ---- plain WeChat, agents
S("a", "contact", "plain_wechat", 2, """
亲，加我微信{wxid}，发您实拍视频
加下微信吧 {wxid} 这边图片发不了原图
亲亲 微信号{wxid} 加一下 有问题直接微信找我更快
我微信是{wxid}，备注订单号我给您优先处理哈
宝，微信搜{wxid}，老客户微信下单有小礼物😊
您加我个人微信 {wxid} 吧，平台消息我经常看不到
这个款式太多了聊天框发不完 加微信{wxid}我给您发个合集
微信：{wxid}（同手机号）
亲 我们售后在微信处理的 加{wxid}备注售后
加个微信方便以后联系 {wxid}
以后要补货直接微信跟我说就行 {wxid}
微信{wxid} 通过后发我收货地址 给您安排
您好，定制的话要加设计师微信哈：{wxid}
我把您拉进老顾客群，先加我微信{wxid}
微信号发您了{wxid}，加的时候备注“拼单”
亲加一下店长微信{wxid}，有内部价
急的话加微信{wxid}语音说 打字太慢了
平台不让发视频 你加我微信{wxid} 我拍给你看
微信 {wxid} 有什么需要随时找我 不用在这里拍
亲，我们换客服系统了，以后请加微信{wxid}咨询
加我微信领5元券 {wxid}
姐妹加我wx吧 {wxid} 我朋友圈天天上新
您直接加我微信，{wxid}，我把尺码表原图发您
亲 可以加我微信 我私发给你 {wxid}
微信：{wxid} 加了告诉我一声哈
加微信送运费险 号码{wxid}
宝贝 这边回复慢 你微信加我 {wxid}
""")
S("a", "contact", "plain_wechat", 1, """
亲您加一下我微信吧，号码就是这个手机号
加我微信，手机号就是微信号
您微信多少？我加您，拉您进福利群
亲您微信号发我一下吧，我加您，有活动第一时间通知
把你微信给我，我发你更多款式
方便留个微信吗亲？后续售后好联系
微信搜一下我手机号就能加上
您用微信扫一下我发的二维码加我好友哈
我刚发的二维码是我个人微信，扫码加一下
加好友的时候备注淘宝名就行，微信号我上面发了
亲 我私人微信号不方便在这里发 您先给我您的
我们店长说可以给您加个微信，您把微信号留一下
亲，后面的事情加微信聊，这里不方便说
您等下，我把微信号改成图片发给您
这边聊天会被监控的，咱们加微信说吧
加个微信吧亲，我拉你进我们的会员群，群里天天秒杀
""")
# ---- plain phone
S("a", "contact", "plain_phone", 2, """
有问题直接打我电话{phone}
亲 这是我手机号{phone} 急事可以直接打
我电话{phone}，微信同号
您打这个号码找我 {phone} 我是店长
售后电话{phone}，工作时间随时打
亲方便的话打我电话{phone}，电话里说清楚点
加急订单请致电{phone}，平台消息回复慢
我的手机{phone}，打不通就发短信
师傅电话{phone}，安装的事您直接联系他
您打{phone}，报您名字就行
号码：{phone}（陈经理）
电话联系吧 {phone}，打字说不清楚
打我手机{phone}，我马上给您处理退款
亲亲，您可以拨打{phone}，跟我们老板直接谈批发价
短信发我{phone}，我给您回
""")
S("a", "contact", "plain_phone", 1, """
亲，留个手机号，我这边电话跟您沟通下细节
您电话多少？我现在给您打过去
方便给个电话吗，我们经理想跟您直接沟通
您手机号发我，我加您，回头有新货通知您
打客服电话没人接的话，您打我私人手机，我发您
亲 您留个电话，我私下给您退差价
""")
# ---- plain QQ / email
S("a", "contact", "plain_qq", 2, """
加QQ{qq}，文件在QQ上发您
亲 QQ号{qq}，设计稿我在QQ传给您
我们QQ客服{qq}，7点以后也在
源文件太大了，加QQ {qq} 发您
QQ：{qq} 加的时候备注买家ID
加我q{qq}吧 在线的
有问题加QQ群{grp}，群里有教程
亲，我们售后QQ群{grp}，进群找管理员
""")
S("a", "contact", "plain_email", 2, """
图纸发我邮箱{email}吧
亲 把您要印的图片发到{email}
我邮箱{email}，您把需求写清楚发过来
以后订货直接发邮件到{email}，不用在平台拍了
您的照片原图发{email}，我们给您精修
合同我发您邮箱，您邮箱多少？或者发到{email}也行
""")
# ---- buyers asking for / giving contact
S("b", "contact", "buyer_ask", 1, """
老板有微信吗？加一个
有微信吗 想直接跟你聊
加个微信呗，以后直接找你买
你微信多少
能给个电话吗 我直接打过去说
你们有QQ吗
客服留个联系方式吧，这里回复太慢了
可以加你vx吗
老板给个私人微信呗 我是老顾客了
有没有微信群啊 想进群抢优惠
你手机号多少？我打给你
方便加个好友吗 微信那种
微信发我下 以后有货通知我
你私人联系方式给我一个吧
我想批发，给个老板电话
能不能加微信，我发视频给你看问题
我发不了视频，你给个微信我发给你
你们有没有粉丝群啊，群号多少
你vx多少，我那边给你转图
有QQ吗 我用电脑发文件
有没有邮箱 我把设计图发你
亲给个电话，快递的事我想当面说清楚
你们老板的微信能给一下吗
你加我吧，我手机号就是微信
我微信号发你 你加我
我加你微信吧，你通过一下
你把你的微信发我我加你
能私聊吗 加个v
这里说不方便，有别的联系方式吗
你们店有公众号吗 我关注一下
有抖音号吗 我去关注
""")
S("b", "contact", "buyer_give", 2, """
我微信{wxid} 你加我 把图发过来
你加我微信吧 {wxid}
我的QQ{qq}，你把安装视频发我
我手机{phone}，你打给我说吧，不用在这聊
我邮箱{email}，把价格表发我
加我vx {wxid}，我给你发我要的样式
打我电话{phone}，我跟你说要多少
{wxid} 我微信 加我 私聊
""")
# ---- homophones / near-homophones
S("a", "contact", "homophone", 2, """
亲 加我薇信{wxid} 发您实物图
薇信：{wxid} 加我领券哦
加个微芯吧 {wxid} 方便联系
威x号{wxid}，加了说一声
卫星{wxid} 有问题卫星找我
V信 {wxid} 亲加一下
胃信{wxid}，更多款式在里面
加我维芯{wxid}，朋友圈有买家秀
有事魏信联系 {wxid}
威芯{wxid} 加的时候备注一下
亲 喂信{wxid} 加一下 给你发视频
徾信{wxid}，老客户都在这边拿货
这边说话不方便，加我薇❤ {wxid}
加下卫星号 {wxid} 亲 方便发图
加胃信呀，{wxid}，这边消息容易漏
㣲信号：{wxid}
亲您加我卫星，号是{wxid}，备注买家名
微伈 {wxid} 亲有需要可以联系我
我们家主理人V信{wxid}，可以定制
亲，薇芯{wxid}，实拍视频都在朋友圈
薇信同号 {phone}
卫星同号{phone}，直接搜就行
V信就是手机号 {phone}
威x同号{phone}哈
""")
S("a", "contact", "homophone", 1, """
加下薇信呗亲 号码我发你了 在上面那张图里
你有卫星吗 加一个 我发你实拍
亲有薇信的话加我一下吧，我这边好给你发视频
宝宝有胃信吗，有的话我加你
方便的话留个威x我加你
亲，用那个卫星聊吧，这里发不了图
薇信上说 这里不方便
我们的V信号搜店铺名拼音就能搜到
要看实拍来薇信，这里发不了
""")
S("b", "contact", "homophone", 1, """
老板有薇信吗 加一个
你卫星多少 我加你
有V信吗？我想看下实物视频
给个威x呗 这里太慢了
你们客服有胃信吗
加个微芯聊呗
我薇信发你了，在上一条
""")
S("b", "contact", "homophone", 2, """
我薇信{wxid} 加我一下谢谢
你加我V信 {wxid}
我卫星号{wxid}，加了发我报价
""")
# ---- pinyin / abbreviations
S("a", "contact", "pinyin_abbr", 2, """
亲 加wx {wxid} 哦
vx：{wxid} 有问题找我
v我 {wxid}
加v {wxid} 送小样
亲 weixin{wxid} 备注下单手机号
加下VX吧 {wxid}
wei xin {wxid} 加一下 发实拍
Vx同号{phone}
wx同号 {phone} 亲
v：{wxid}  看朋友圈更多款
+v {wxid} 了解更多
加vx领取售后礼包 {wxid}
亲 我v{wxid}，这边不常在线
私v {wxid}
亲亲 wx号{wxid} 可以发原图
扣扣{qq} 亲 文件在那边发
加企鹅{qq}吧 图太大这里传不了
球球：{qq}
企鹅号{qq} 加的时候说明来意
抠抠{qq}，我在线
扣Q{qq}，亲加一下
加q{qq} 领取安装教程
小企鹅{qq} 这边传视频方便
加下扣扣群{grp} 群里有福利
企鹅群{grp}，买家交流群
秋秋 {qq} 在线秒回
亲 kou kou {qq} 加一下
""")
S("a", "contact", "pinyin_abbr", 1, """
亲你有wx吗 加你
方便的话 v我一下 号就是手机号
亲有企鹅吗 加一下方便发文件
您扣扣多少，我加您
亲 加个v吧 这边限制太多了
加个vx 方便以后联系哈
需要的话我们vx聊 手机号搜得到
亲，dd我 或者 v我都行，号在主页
""")
S("b", "contact", "pinyin_abbr", 1, """
老板 v多少
有vx吗 加个
wx给一个
有扣扣吗 发个号
加个企鹅呗 我电脑上操作
你wx多少啊 我v你
可以v聊吗
求个vx 想批发
""")
S("b", "contact", "pinyin_abbr", 2, """
我vx {wxid} 加我
加我企鹅 {qq} 把教程发我
v我 {wxid}
""")
# ---- generic evasion slot {WX}
S("a", "contact", "app_variant", 3, """
亲 加我{WX} {wxid} 发您实拍图
{WX}：{wxid} 加了备注订单号
这边限制多 加{WX}聊 {wxid}
加下{WX}吧亲，号是{wxid}
售后走{WX}更快 {wxid}
{WX}同号{phone}
亲亲 有问题{WX}找我 {wxid}
宝贝，{WX}{wxid}，加了我拉你进群
给您发个{WX}号：{wxid}，您加一下哦
您那边方便的话加我{WX}，{wxid}，我把视频发您
老顾客都加我{WX}了 {wxid}
亲 这个要{WX}上细聊 号{wxid}
""")
S("b", "contact", "app_variant", 3, """
老板你{WX}多少
我{WX}是{wxid}，加我
有{WX}吗亲 加一下
""")
# ---- split / decomposed characters
S("a", "contact", "split_char", 2, """
加我彳言{wxid}  亲懂的
微 亻言 {wxid}
亲 加我溦言{wxid}
徵亻言号{wxid} 
口口号{qq}（就是扣扣）
亲 加 彳 散 亻 言 {wxid}
加我 V 亻言 {wxid}
威 亻言 {wxid} 加一下亲
十口 口 号：{qq}
""")
S("a", "contact", "split_char", 1, """
亲 加我彳亍山攵 亻言 手机号就是号
加我扌口扌口，号码发你了
有问题联系我 言十口 手机号见主页
加 微 的 信 发 你 图
""")
# ---- letter replaced with X / symbol
S("a", "contact", "x_replace", 2, """
亲 WeXhat: {wxid}
加我WeChXt {wxid}
WX号 {wxid}（W e C h a t）
微X {wxid} 加一下
亲 微*信{wxid}
加我微@信 {wxid}
Q_Q {qq} 亲
W*e*C*h*a*t：{wxid}
加我we.chat {wxid}
微#信{wxid} 加好友
Wh@tsApp {intl}
Tele9ram {tg}
""")
# ---- spaced / punctuated / emoji-padded
S("a", "contact", "padded", 2, """
微 . 信 {wxid}
微🌸信🌸{wxid}
加 我 微 信 {wxid}
V . X : {wxid}
微-信-号-{wxid}
亲 加 我 w x {wxid}
微～信：{wxid}
微💚信 {wxid}
加🉑️ v 🉑️ {wxid}
Q . Q : {qq}
企 🐧 鹅 {qq}
电📞话{phone_pad}
手机：{phone_pad}
加我 {phone_pad} 微同
微/信/同/号/{phone}
薇 ❤ 信 ❤ {wxid}
""")
S("a", "contact", "padded", 1, """
加 我 微 信 哈 号 码 就 是 手 机 号
亲 微.信.同.号 哦 手机号上面订单里有
有 问 题 V 我
""")
# ---- full-width
S("a", "contact", "fullwidth", 2, """
ｖｘ：{wxid}
加我ＷＸ {wxid}
ＱＱ：{qq}
亲 ｗｅｃｈａｔ {wxid}
电话：{phone_fw}
加ｖ {wxid} 发图
手机号{phone_fw}，微信同号
Ｑ群{grp} 进群领券
""")
# ---- Traditional characters (TW/HK style)
S("a", "contact", "traditional", 2, """
親 加我LINE：{handle} 我們用LINE聯絡比較快
LINE ID：{handle}，加了跟我說一聲喔
麻煩加一下我們的LINE官方帳號 {tg}
有問題可以直接打給我 {tw}
電話 {tw}，早上10點到晚上9點都在
加微信 {wxid} 傳實拍給您
親 WhatsApp {hk} 方便聯絡
我們香港門市電話{hk}，您打過去問
加我IG {tg} 私訊下單
請加LINE {handle} 客服會一對一服務
FB搜尋{shop}專頁 私訊我
臉書私訊比較快 搜{shop}
""")
S("b", "contact", "traditional", 2, """
可以給我LINE嗎
老闆有微信嗎？我加你
請問有電話可以打嗎
我的LINE是{handle}，麻煩加我
我電話{tw} 直接打給我
WhatsApp我 {hk}
""")
S("b", "contact", "traditional", 1, """
有沒有LINE可以直接聯絡
請給我你們的聯絡方式，這邊回覆太慢
有IG嗎 想直接私訊
""")
# ---- English / mixed
S("a", "contact", "english", 2, """
Add me on WeChat: {wxid}
Pls add my wechat {wxid} for real photos
WhatsApp me at {intl}
You can reach me directly on WhatsApp {intl}
Telegram {tg} – faster reply there
Contact me on Telegram {tg} for wholesale price
My email is {email}, send me your design
Call me {intl}
Email me at {email_sp}
text me on {intl}, this chat is slow
Line ID: {handle}
add my whatsapp {intl} for after sales
DM me on Instagram {tg}
hi dear, pls contact {email} for bulk order
my wechat id {wxid}, add me pls
亲 add我wechat {wxid}
DM我 IG {tg} 有更多款
加我 whatsapp {intl} 海外买家专用
skype: live:{handle}
""")
S("a", "contact", "english", 1, """
Could you leave your WhatsApp? I will send you more pictures
Please give me your email and I will send the catalogue
What's your WeChat? let's talk there
Can I have your phone number? I'll call you to explain
Let's move to WhatsApp, easier to send videos
""")
S("b", "contact", "english", 2, """
Do you have WhatsApp? mine is {intl}
Can you add me on wechat {wxid}
my email {email}, send me the price list
Call me {intl}
""")
S("b", "contact", "english", 1, """
do you have wechat? i want to ask more
Can I get your phone number pls
What's your whatsapp
is there any telegram group for this shop
give me your email pls, i'll send the logo file
do u have line
""")

S("a", "platform", "split_char", 2, """
木兆宝搜{shop}
T@obao搜{shop}更便宜
去 木 兆 宝 拍 搜{shop}
去亠口小东搜{shop}自营 你懂的
扌并多多搜{shop} 便宜{price}
去TaoXao搜{shop} 懂的都懂
""")
# ---- apps described instead of named
S("a", "contact", "described_app", 2, """
加我绿泡泡 {wxid}
绿色软件搜{wxid}
亲 绿色聊天那个 {wxid}
那个绿色的软件上找我 {wxid}
小绿本上加我 {wxid} 哈哈 你懂的
企鹅号{qq} 亲
那只企鹅上找我 {qq}
绿色图标那个，号是{wxid}
蓝色小飞机 {tg}
亲 用那个绿色的两个泡泡的app加我 {wxid}
摇一摇那个软件加我{wxid}
能发朋友圈那个软件 {wxid}
朋友圈看实拍 加{wxid}
绿色app搜手机号{phone}
小绿书？不对是小绿泡，号{wxid}
""")
S("a", "contact", "described_app", 1, """
亲 有那个绿色软件吗 加一下
咱们去绿泡泡上聊，号码就是您订单上我们的电话
绿色那个软件方便吗？我发您视频
亲 您有那个聊天的绿色app吗 我加您
那个能发朋友圈的软件，号码和店名拼音一样
亲 绿色聊天软件搜手机号就能加到我
企鹅上聊吧 这里发不了大文件
你懂的那个绿色的，号就是下单预留的手机
有企鹅的话加我一下，号码是店铺名后面的数字
亲，我们在那个绿色图标的app上有客服，号在主页第二张图
蓝色小飞机上聊 这里管得严
用那个能视频通话的绿色软件联系我
""")
S("b", "contact", "described_app", 1, """
有那个绿色的吗 加个
老板有绿泡泡吗
你企鹅多少
我们去那个绿色app上聊吧
在那个能发朋友圈的软件上加你行吗
有小飞机吗
""")
S("b", "contact", "described_app", 2, """
绿泡泡加我 {wxid}
那个绿色的app 我号{wxid}
""")
# ---- id hidden in avatar / signature / nickname / slip / card / homepage
S("a", "contact", "id_in_profile", 1, """
亲 我的号在头像上 看头像就知道
头像上有我的vx 加一下
我签名里有联系方式 您看一下
亲 我昵称就是我的wx号
看我个性签名 加那个
联系方式在包裹里的卡片上 收到货扫一下
包裹里有张售后卡 上面有客服微信 加一下领红包
快递单上我写了手机号 直接打
亲 面单备注栏里有我们老板的电话
收到货看看箱子里的小卡片 上面有惊喜
店铺首页第三张图有我们的号 放大看
首页海报右下角那串字母就是我的v
主图最后一张有二维码 长按识别
亲 详情页最底下有我们的企鹅号
亲 点我头像 背景图上有联系方式
我们的号在店铺名里 拼音就是
店铺名称后面那串数字就是我的扣扣
头像上的数字就是我手机号，微信同号
我的联系方式写在商品标题最后了
亲 您看一下我们店招，上面有售后电话
退货包裹里附的纸条上有我们售后的号 加一下
包装袋背面印着我们的公众号 扫一下下单有优惠
快递箱上贴的二维码是我们的客服号
收到货后 卡片上的号加一下 返现
亲，您看商品视频结尾，有我的微信号
我主页简介里写着呢
我们店铺logo里面藏着号码 仔细看哈
您收到的发货单上有店长手机，直接打
我的号在评价里晒图那张，看第三张
详情页第七张图，那个二维码是我的
昵称里那个v后面就是
""")
S("a", "contact", "id_in_profile", 1, """
亲亲，头像是二维码，长按保存后用绿泡泡扫一下
头像就是我的卫星号，放大看
看签名，加那个v，那边价格更低
您看我昵称，后面那几个字母加上88就是我的号
卡片背面的号码加一下，晒图返5元
包裹里的好评卡上有我们售后的扣扣，加了直接处理
亲您打开包裹 里面小卡片有我们的VX 以后直接找我下单
您看我发给您的图片右下角水印，那个就是我的号
图片水印就是我的v哦
店铺首页的banner图上有群号
""")
S("b", "contact", "id_in_profile", 1, """
我头像上有我的微信 你加我吧
你看我昵称 就是我的vx 加我
我的号在我签名里
老板 我发你的图片里有我手机号 打我电话吧
""")
# ---- numbers as Chinese words etc.
S("a", "contact", "cn_number_words", 2, """
薇：{phone_cn}
v同号 {phone_cn}
亲 加我 {phone_cn} 微同
电话 {phone_cn}
我的号码{phone_cn}，有事打
卫星{phone_cn}
扣{qq_cn}
亲 手机{phone_cn} 懂的
加我吧 {phone_cn} 绿泡泡同号
企鹅{qq_cn}
""")
S("a", "contact", "capital_numerals", 2, """
微 {phone_cap}
亲 号码{phone_cap}（大写的，你懂）
v同号：{phone_cap}
电话{phone_cap}
扣扣{qq_cap}
加我{phone_cap}，微信同号
""")
S("a", "contact", "yao_numerals", 2, """
亲 {phone_yao} 微信同号
v：{phone_yao}
打我电话 {phone_yao}
号码{phone_yao} 加一下
""")
S("a", "contact", "number_pairs", 2, """
vx：{phone_pairs}
亲 电话是 {phone_pairs}
加我 {phone_pairs} 两个两个读就行
号码念给你 {phone_pairs}
企鹅号 {qq_pairs}
""")
S("a", "contact", "circled_digits", 2, """
v {phone_circ}
亲 加一下 {phone_circ}
电话{phone_circ}
扣扣{qq_circ}
薇信同号{phone_circ}
""")
S("a", "contact", "mixed_digits", 2, """
微{phone_mix}
亲 加{phone_mix} 同号
号{phone_mix}
扣{qq_mix}
电话{phone_mix} 打这个
""")
S("a", "contact", "letter_digits", 2, """
v: {phone_let}
加我 {phone_let}（l是1 o是0）
电话{phone_let}
亲 vx同号 {phone_let}
""")
S("a", "contact", "add_prefix", 2, """
亲 号码是{phone10}，前面加个1
v：{phone10}，最前面补个1
电话前面加1：{phone10}
{phone10} 前面加一，微信同号
企鹅号{qqraw}后面加个0
""")
S("a", "contact", "name_pinyin_number", 1, """
我的v就是店铺名拼音加88
微信号是店名全拼后面加666
亲 企鹅号就是店名的首字母加上我们的开店日期
v号：店铺名拼音+520，全小写
微信搜我们店名拼音，后面跟168
""")
S("a", "contact", "name_pinyin_number", 2, """
v号是{shop}的拼音加88哈
亲 加{shoppy_num}，就是店名拼音+数字
微信{shoppy_num}
""")
S("a", "contact", "reversed_number", 2, """
亲 号码倒过来看：{phone_rev}
v同号 反着写的 {phone_rev}
{phone_rev} 从后往前读 就是我电话
扣号倒着念{qq_rev}
""")
S("a", "contact", "two_part_number", 2, """
前面是{p1} 后面是{p2} 连起来加我v
我电话前半截{p1}，后半截{p2}
v：{p1}（接着）{p2}
号码分开发 {p1}……{p2} 合起来就是
亲 {p1cn} 然后 {p2cn} 微同
前几位{p1}，剩下的是{p2cn}，加我绿泡泡
号码前三位{phone_pre} 中间{phone_mid} 最后四位{phone_tail4} 微信同号
""")
S("b", "contact", "cn_number_words", 2, """
我电话{phone_cn} 你打我
加我 {phone_cn} 微信同号
v我 {phone_cap}
我号码倒过来是{phone_rev}，你加我
我v前面是{p1} 后面{p2}
""")
# ---- regional / international phone formats
S("a", "contact", "tw_phone", 2, """
親 直接打我手機 {tw}
手機{tw}，LINE同號
加LINE搜我手機 {tw}
有問題打 {tw} 找陳小姐
台灣客戶請聯絡 {tw}
客服专线 {tw}，台湾买家专用
""")
S("b", "contact", "tw_phone", 2, """
我手機{tw}，你加我LINE
打給我 {tw} 我直接跟你講
""")
S("a", "contact", "hk_phone", 2, """
香港客人可以WhatsApp我 {hk}
親 WhatsApp {hk}
香港電話 {hk}，搵我就得
有咩問題WhatsApp我 {hk} 啦
打俾我 {hk}
""")
S("b", "contact", "hk_phone", 2, """
我WhatsApp {hk}，你send相俾我
唔該打俾我 {hk}
""")
S("a", "contact", "intl_phone", 2, """
海外买家加WhatsApp {intl}
亲 国外的话打这个 {intl}
我们马来西亚代理电话 {intl}
海外仓客服：{intl}（WhatsApp同号）
美国的客户联系 {intl} 有中文客服
Viber/WhatsApp: {intl}
""")
S("b", "contact", "intl_phone", 2, """
我在国外 加我WhatsApp {intl}
I'm in UK, whatsapp {intl}
我人在马来 手机{intl} 你微信搜这个加我
""")
# ---- email with @ spelled out
S("a", "contact", "email_spelled", 2, """
邮箱 {email_sp}
发我邮箱吧 {email_sp}
亲 把照片发到 {email_sp}
需求发 {email_sp} 我们设计师会回
email: {email_sp}
我的邮箱是{email_sp}，你懂的
""")
S("b", "contact", "email_spelled", 2, """
我邮箱 {email_sp} 发我报价单
send to {email_sp} pls
""")
S("a", "contact", "email_spelled", 1, """
邮箱就是我扣扣号艾特扣扣点com
邮箱：店名拼音 at 163 点 com
亲 发我企鹅邮箱，号码就是头像上那个
邮箱是手机号圈a一六三点康姆
""")
# ---- other apps: Telegram / LINE / WhatsApp / Weibo / Douyin / XHS / 公众号 / 小程序 / 视频号
S("a", "contact", "other_im", 2, """
飞机号 {tg}
纸飞机联系 {tg}
TG：{tg} 有更多货
亲 电报{tg}
加我{TG} {tg} 那边没人管
小飞机搜{tg}
Line：{handle}
加line {handle} 日本代购直邮
WA {intl}
亲 加个whatsapp {intl}
""")
S("a", "contact", "social_handle", 2, """
关注我们微博@{shop}官方 私信有福利
微博搜{shop} 私信我发原图
围脖私信我 {tg}
抖音号{handle} 关注我私信
亲 某音搜{handle} 我每天直播
dy号：{handle}，私信发你链接
小红书搜{shop} 私信领券
红薯号{handle}，私我
xhs：{handle} 笔记里有实拍
快手号{handle} 私信
B站搜{shop} 私信UP主
关注我们视频号“{shop}”，私信客服
视频号搜{shop}，评论区有我的联系方式
微博 @{handle} 私信就行
""")
S("a", "contact", "gzh_miniprogram", 2, """
关注公众号“{shop}”，回复“客服”就能联系我
公众号搜{shop}，菜单栏里有客服微信
亲 关注我们gzh {shop}，每周上新推送
微信搜一搜“{shop}”公众号 领取会员卡
公众号：{shoppy} 关注后发订单号
关注{shop}公重号 售后在里面处理
""")
S("a", "contact", "group_number", 2, """
亲 进我们QQ群{grp} 群里有售后教程
买家交流群：{grp}（扣扣群）
粉丝群号{grp} 进群每天抽奖
加群{grp} 验证填订单号
企鹅群{grp}，群里发福利
亲可以进下钉钉群{grp}，我们在群里统一答疑
""")
S("a", "contact", "group_number", 1, """
扫码进我们的微信福利群，二维码刚发您了
亲 要进群吗 我拉你 先加我个人号
我们有个老客户群 发个微信号给我拉你进去
群满了 先加我微信我再拉你
""")
S("b", "contact", "group_number", 1, """
有粉丝群吗 拉我进去
你们的QQ群号多少
微信群能拉我一下吗
""")
# ---- links (outside links only, no trade steering)
S("a", "link", "url", 2, """
实拍视频在这里 {url}
亲 尺码表看这个链接 {url}
安装教程：{url}
买家秀都在这个网页 {url}
您点开看下 {url} 里面有详细参数
说明书电子版 {url}
亲 这是我们的质检报告 {url}
更多颜色看这里 {url}
亲亲，视频太大了，我传到网盘了 https://pan.baidu.com/s/1{pan}
网盘链接：pan点baidu点com/s/1{n}xYz 提取码{tq}
""")
S("a", "link", "short_link", 2, """
实拍点这里 {short}
亲 教程 {short}
看视频 {short}
点一下 {short} 有惊喜哦
戳 {short} 查看详情
""")
S("b", "link", "url", 2, """
你看下这个 {url} 能做一样的吗
我要这个链接里的款 {short}
我发你个网址 {url} 照这个做
""")
S("b", "link", "url", 1, """
你们网站是哪个 发个网址
有没有官网链接 发一个
""")
S("a", "link", "bare_domain", 2, """
亲 浏览器打开 {shoppy}点com 里面有全部款式
网址：www点{shoppy}点cn
打开 {shoppy} 点 net 看实拍
亲 去 {shoppy}.com 看 那边图清楚
{shoppy}[dot]com 复制到浏览器
""")
S("a", "link", "search_engine", 2, """
百度搜“{shop}官网” 第一个就是我们
亲 百度一下{shop} 有我们的网站
浏览器搜{shop}，第一条就是
""")
S("a", "link", "search_engine", 1, """
您百度一下我们牌子，官网上有防伪查询
搜狗搜一下店名，第一个网站就是我们家的
""")
S("a", "link", "app_download", 2, """
下载我们的APP 注册送20 {short}
亲 先下个app 链接 {url}
扫码下载APP领新人券 {short}
应用商店搜“{shop}”下载安装，里面有教程
""")
# ---- links that also steer trade elsewhere
S("a", "link,platform", "url_shop", 2, """
这款在我们官网买更便宜 {url}
亲 去这个网站下单 {url} 直接发货
这边库存不多了 去 {url} 拍
官网下单打九折 {url}
{url} 这里买可以货到付款
直接在我们小店拍 {url} 不用平台抽成
亲 去微店下单吧 {url}
有赞店铺链接 {url} 那边有优惠
""")
S("a", "link,platform", "short_link_shop", 2, """
去这里拍 {short} 便宜10块
亲 这个链接下单 {short} 包邮
{short} 点进去直接买 比这里便宜
某宝同款链接 {short} 那边有券
""")
S("a", "link,platform", "bare_domain_shop", 2, """
亲 官网 {shoppy}点com 下单送赠品
去 www点{shoppy}点cn 买 那边便宜
浏览器输入{shoppy}.com 直接下单不用排队
taobao点com搜{shop} 那边有券
jd点com搜{shop}旗舰店 有活动
""")
S("a", "link,platform", "search_engine_shop", 2, """
百度搜{shop}官网 那边下单便宜
亲 百度一下“{shop}商城”，在那里买有会员价
""")
S("a", "link,platform", "app_download_shop", 2, """
下载{shop}APP 新人首单半价 {short}
亲 下载我们自己的app下单 比平台便宜 {url}
去应用商店搜{shop}，下载后在app里买更划算
""")
S("a", "link,platform", "share_token", 2, """
复制这段话{token}打开某宝 就能看到
{token} 复制打开tb
亲 复制{token}打开淘宝 领券下单
这是口令 {token} 复制后打开拼夕夕
复制整段话{token}，打开手淘即可查看
【{shop}】{token} 复制打开掏宝
口令：{token} 打开狗东app
{token}/ 打开抖音就能跳转 直接在那边买
长按复制{token}，打开闲鱼，我挂在那边了
""")
S("a", "link,platform", "miniprogram", 2, """
#小程序://{shop}/{sid} 点开直接下单
亲 这个小程序路径 pages/goods/detail?id={qq} 打开下单
小程序链接：#小程序://{shop}商城/wx{qq}
""")
S("a", "contact,platform", "miniprogram", 2, """
微信搜小程序“{shop}商城”下单 比这里便宜
绿泡泡搜小程序{shop} 在那边买
亲 小程序搜“{shop}” 会员价
""")
S("b", "link,platform", "share_token", 2, """
{token} 复制打开淘宝 你们那边店里是这个吧 我去那边拍
""")
S("b", "link", "buyer_link", 1, """
你发个网盘链接给我 我自己下视频
有没有下载链接 发我一下
""")
S("a", "link", "english", 2, """
check the real photos here {url}
pls see video: {short}
more colors on our website {url}
""")
S("a", "link,platform", "english", 2, """
Order on our website, it's cheaper: {url}
buy here {short}, 15% off
""")
S("a", "link", "traditional", 2, """
實拍影片在這 {url}
親 點這個連結看 {short}
""")
S("a", "link,platform", "traditional", 2, """
官網下單更便宜 {url}
蝦皮搜{shop} 那邊有免運 {short}
""")
# ---- steering to other platforms: plain names
S("a", "platform", "platform_plain", 1, """
我们淘宝店更便宜，您去淘宝搜一下店名
亲 这款去我们京东店拍吧，那边发货快
这边没货了，拼多多店还有，去那边拍
去闲鱼拍吧 我挂上去了 便宜20
抖音搜我们店名 直播间下单有福利
亲 小红书店铺买有赠品 搜我们店名就行
京东自营有货，去那边下单吧
天猫旗舰店在搞活动，去那边买划算
亲，这边平台扣点高，您去淘宝拍我给您少点
快手小店里有这个款 价格低一些
我们在得物也有店，正品鉴定更放心，去那边拍
唯品会上我们家也有，那边折扣大
这单您去我们淘宝店拍，这边下架了
亲 以后直接在我们微店买，不用在这了
去我们拼多多店铺拍 同款便宜十块
苏宁上我们是官方店 那边能分期
亲 这边断货了，淘宝店还有几件，您搜一下店铺名
您在京东搜我们品牌，选自营那个，第二天就到
抖音直播间有专属价，晚上8点搜店名进直播间
去闲鱼搜我名字 有二手的更便宜
亲 这件拼多多上有百亿补贴 去那边拍
亲 去1688上拍吧 批发价
虾皮上有我们的店 海外买家去那边方便
阿里巴巴搜厂家名 直接找工厂拿货
天猫超市也有 那边满减划算
亲 这边不发偏远地区，您去京东店下单
我们在美团上也有店 去那边点外卖更快
亲 饿了么搜店名 有满减
""")
S("a", "platform", "platform_plain", 2, """
淘宝搜“{shop}” 那边有券
去京东搜{shop} 同款便宜{price}
拼多多搜{shop} 下单送运费险
闲鱼搜{shop}，挂着呢
抖音搜{shop}直播间 比这便宜
小红书搜{shop}店铺 买有赠品
""")
# ---- platform nicknames / evasions
S("a", "platform", "platform_nickname", 3, """
某宝搜{shop} 有券
去{TB}拍吧 那边便宜{price}
{TB}店铺名就是{shop}
{JD}搜{shop} 自营的
亲 去{JD}买吧 那边发货快
{PDD}上有 搜{shop}
这款{PDD}便宜 去那边拍
{XY}搜{shop} 挂了二手
亲 去{XY}拍 我改价
{DY}搜{shop} 晚上开播
{DY}直播间下单有赠品 搜{shop}
{XHS}搜{shop} 店里拍有赠品
""")
S("a", "platform", "platform_nickname", 1, """
亲 去猫超买吧 那边有满减
狗东自营有货，您去那边下单
拼夕夕上我们也有店 便宜五块
小黄鱼上挂着呢 去那边拍
红薯店铺有同款，还送小样
某音直播间有福利价哦
去tb看看 我们有个店
亲 pdd上有 搜店名
jd上下单 明天就到
dy搜店名 直播间拍
某东搜一下我们品牌
去某多多拍吧 这边价格改不了
去某鱼 我挂个闲置给你
某书店铺有活动 去看看
去鱼上拍 我给你打包价
逛逛那个橙色的app 我们店在上面
""")
# ---- platforms described instead of named
S("a", "platform", "platform_described", 1, """
去那个橙色的app拍吧 搜店名就有
亲 去红色那个拼团的app拍，便宜
那个黄色的卖二手的app上有，我挂了
去那个狗狗图标的app上买，自营的
在那个刷短视频的app里搜我们店名，直播间便宜
去那个猫头的app，我们旗舰店在那
去那个砍一刀的平台拍，搜店名
在那个种草的红色app上搜我们，店里有赠品
亲 去那个卖二手的鱼上拍 我改价给你
您在那个淘字开头的app搜店名就行
去那个东字结尾的，有自营仓
另外那个平台上我们有店，价格更低，您懂的
亲，隔壁平台有我们的店，那边能便宜点
蓝色那个购物app搜我们，自营旗舰店
那个能看直播带货的平台，搜我们账号下单
亲 别的平台我们有店 比这里便宜 店名一样
""")
S("a", "platform", "platform_described", 2, """
去隔壁平台搜{shop} 那边活动多
那个橙色app搜{shop}，同款便宜{price}
""")
# ---- buyers asking to trade on another platform
S("b", "platform", "buyer_platform", 1, """
你们淘宝有店吗？我淘宝有券想去那边拍
有京东店吗 我想在京东买 有白条
拼多多有店吗 我去那边拍
你在闲鱼挂一个 我去那边拍
抖音有你们店吗？我去直播间买
能在淘宝拍吗 这个平台我不常用
你们有天猫店吗 我去天猫下单
我去你们某宝店拍行不行 那边有积分
你挂闲鱼上吧 我那边付
""")
S("b", "platform", "buyer_platform", 2, """
我在{TB}搜{shop}是你们吗 我去那边拍
你们{PDD}店叫什么 我去那拍
""")
S("a", "platform", "traditional", 1, """
蝦皮有我們的賣場 去那邊下單免運
親 去露天拍賣買 那邊比較便宜
momo購物也有我們 搜店名就有
去淘寶拍吧 集運到台灣比較划算
""")
S("a", "platform", "english", 1, """
It's cheaper on our Taobao store, search the shop name there
Please order from our Amazon store instead
We also sell on Shopee, lower price there
Go to our Temu store, it has free shipping
buy it on AliExpress, same shop name
亲 去Taobao拍 cheaper
this item is sold out here, pls buy on our JD store
""")
S("b", "platform", "english", 1, """
do you have a store on Amazon? i'd rather buy there
Can I buy this on your Shopee shop instead
""")
# ---- contact + payment
S("a", "contact,payment", "contact_payment", 2, """
加我微信{wxid} 直接转账给你便宜20
亲 加v {wxid} 微信付款 不走平台 省手续费
加我{WX}{wxid}，红包发我就行，我给你发货
微信{wxid}，转账后截图给我 今天发
亲 不拍了 加我企鹅{qq} 付款码发你
加我薇信{wxid} 扫我收款码 比平台便宜{price}
v同号{phone}，支付宝转我就行
打我电话{phone} 说地址 到时候微信转给我
私聊 {wxid} 定金先微信转我
加{WX}{wxid}，补差价直接发红包
亲 电话{phone} 银行卡号我短信发你
加微信{wxid} 私下交易 不收平台费
加我 {phone_cn} 绿泡泡转账九折
卫星{wxid} 那边转账 当天发货
加我wx {wxid} 付款我给你开个微信小商店链接
亲 加扣扣{qq}，支付宝转账给我就行，老顾客都这样
""")
S("a", "contact,payment", "contact_payment", 1, """
亲 您加我微信吧 微信直接转我 我给您便宜点
您微信多少？我加您，直接微信付款就行，不用拍
加个v 红包付款 省得平台扣钱
这边不要拍，加我绿泡泡，转账给我更划算
您打我电话，我把收款码发您短信
加我企鹅 付款方式那边说
私聊加微信，定金转我，尾款发货前付
加我v，运费差价直接微信红包补给我
亲 下次直接找我 微信转账就行 不用再在平台下单了
我们加个微信，钱直接转我，退货也方便
亲加下我，付款码我发朋友圈了
您加我一下，我给您个支付宝账号，转过来就行
""")
S("b", "contact,payment", "contact_payment", 1, """
加个微信吧 我直接微信转你 便宜点行不
我不想在平台付，你给个微信我转账
老板 加v 红包给你 你直接发货
你微信多少 我把差价转你
我们微信聊吧 钱我直接转你支付宝
""")
S("b", "contact,payment", "contact_payment", 2, """
我v{wxid} 你加我 我转你 不走平台
打我电话{phone} 我们私下转账
""")
S("a", "contact,payment", "traditional", 2, """
加我LINE {handle} 直接轉帳給我比較便宜
親 加微信{wxid} 用轉帳付款就好
""")
S("a", "contact,payment", "english", 2, """
Add me on WhatsApp {intl}, pay me via PayPal directly, 10% off
pls add wechat {wxid}, transfer to me there, no platform fee
""")
# ---- contact + platform
S("a", "contact,platform", "contact_platform", 2, """
加我微信{wxid}，我发您淘宝链接
亲 加v{wxid}，我在拼多多上给您改价
加我{WX} {wxid} 闲鱼拍 更便宜
抖音号{handle}，去直播间下单
加我企鹅{qq}，我告诉你某宝店名
加我v {wxid}，那边我们有个微店
亲 电话{phone}，京东店的事电话说
""")
S("a", "contact,platform", "contact_platform", 1, """
加我微信 我把淘宝店地址发你 那边便宜
亲 加个v 我告诉你别的平台的店 比这便宜
关注我们小红书店铺账号，私信我给你优惠价
""")
# ---- contact + link
S("a", "contact,link", "contact_link", 2, """
加我微信{wxid} 或者直接看这个 {url}
扫码加我 二维码在这个链接里 {short}
点这里加客服微信 {short}
亲 一键加群 {short}
""")
S("a", "contact,link", "contact_link", 1, """
亲 加我微信，链接里有我二维码 点开长按识别就行 t.cn/A6Ab3xY
""")
S("b", "contact,link", "english", 2, """
my telegram {tg}, or check {url}
""")
# ---- longer, situational agent lures (varied stores)
S("a", "contact", "situational", 2, """
亲您好，这款四件套有六个颜色，这里图片压缩得厉害看不出色差，麻烦您加下我v：{wxid}，我拍自然光下的给您
您的快递好像卡在中转站了，我这边帮您催，您留个微信吧，或者加我{wxid}，有消息第一时间告诉您
宝宝，定制刻字的话字体要确认，平台发不了字体文件，加我企鹅{qq}发您预览
您这个鞋码拿不准的话，加我绿泡泡{wxid}，发个脚长照片我帮您看
亲 茶叶的冲泡方法我拍了视频，加我{WX}{wxid}发您，顺便拉您进品茶群
我们老板人在工厂，您要谈批量直接打他电话{phone}，他姓王
亲，衣服起球的事您别急，加我卫星{wxid}，发个视频过来我马上处理
宠物粮换粮的问题挺复杂的，加我V信{wxid}，我们有专门的营养师一对一
婴儿推车安装不会的话，打我们技术的电话{phone}，他远程教您
亲，这单我给您备注了加急，后面物流信息我在微信{wxid}同步您
您要的那款手机壳型号太多了，我做了个表格，加q{qq}我传给您
这个面霜有试用装，加我{WX}{wxid}登记一下地址，免费寄
亲 您是第一次买渔竿吧，加我wx{wxid}，我教您怎么调漂
您这个尺寸需要量房，师傅电话{phone}，您跟他约时间
亲 蛋糕要提前预订，生日祝福写什么加我v{wxid}说一下
眼镜配镜要验光单，拍照发我微信{wxid}，这边发不了高清
您要开专票的话，资料发我邮箱{email}，这边不方便
宝 我是店主本人，以后找我直接加{wxid}，比找客服快
这款手表有保修卡，激活要加我们售后v{wxid}登记
亲，我们准备搞个老客户回馈，您加一下企鹅号{qq}，到时候群里发福利
帐篷搭建不会的话，加我们户外群{grp}，群主会教
亲，坚果礼盒能印logo，设计稿请发{email}，或者加微信{wxid}直接聊
键盘换轴的事情比较细，加个v吧{wxid}，我语音跟你讲
""")
S("a", "contact", "situational", 1, """
亲，您说的这个问题比较复杂，打字说不清，您看方不方便留个电话，我打给您
我们这边快过年放假了，放假期间您有事直接微信找我，号码就是店铺客服电话
亲 下次买之前先跟我微信说一声，我留好货，微信号就是手机号
您的评价我看到了，很抱歉，能不能加个微信，我当面给您道歉处理
亲 平台规则太严了 很多话这里不能说 咱们换个地方聊
您这个要求我得问老板，您加我私人号吧，我让老板直接跟您说
亲 宠物生病的话别耽误，加我们医生的微信，号码我发您手机短信
您先别申请退款，加我一下，我们私下商量个方案
亲，好评晒图之后加我私号，有额外福利哦
这个款马上涨价了，您加我微信，涨价前我通知您
亲 我们客服号被限制了，新号是手机号，微信搜一下就行
亲我是之前加过你的那个客服，我的号被封了，新号在头像上
您看您方便的时候打个电话给我吧，号码就在您订单详情的商家电话那里，那个是我私人手机
亲 后面有问题别走平台了，直接找我私人号，处理更快
发货前我拍视频给您确认，您微信号多少呀？
亲，您这个地址比较偏，快递要另外联系，您方便加我吗
""")
S("a", "contact", "plain_phone", 2, """
快递员说联系不上您，您直接打我的手机{phone}吧，我帮您转
您需要发票的话打财务电话{phone}
有现货，您打{phone}确认下颜色，我在仓库
亲 批发的话直接找我，{phone}，量大从优
""")
S("a", "contact", "plain_wechat", 2, """
亲，我朋友圈每天更新新款，加{wxid}就能看到
宝 加我微信{wxid}，每个月会员日我私发你优惠价
我是这家店的设计师，私人号{wxid}，想定制可以找我
活动规则加我微信{wxid}了解，这里写不下
我们店里的老板娘微信{wxid}，她亲自帮你挑
""")
# ---- evasion mixed into natural lines
S("a", "contact", "homophone", 2, """
亲这个颜色实物偏深一点，图拍不出来，加下薇信{wxid}我拍视频
您加我卫星吧{wxid}，售后我这边直接跟进
亲亲，您的问题我记下了，后面进度在V信{wxid}上告诉您
宝子 胃信{wxid} 加一下 我把搭配图发给你
加个微芯{wxid}吧，我们私下给老顾客折扣
""")
S("a", "contact", "pinyin_abbr", 2, """
亲 这边发不了长视频 vx{wxid}我发你
宝子们有问题直接v我{wxid} 秒回
亲 送的小礼物要登记 加wx {wxid} 登记一下
亲 刻字内容v我确认 {wxid}
""")
S("a", "contact", "described_app", 2, """
宝子 绿泡泡加一下{wxid} 给你看买家返图
亲 那个绿色的聊天软件上找我 号{wxid} 消息不会漏
企鹅上传文件方便 {qq} 加一下
""")
S("a", "contact", "cn_number_words", 2, """
亲，平台不让发号码，我写成汉字：{phone_cn}，绿泡泡同号
急的话打这个 {phone_cap} 大写的就是数字
亲 号码我这样写你看得懂吧 {phone_yao}
这边数字会被屏蔽 给你写字 {phone_cn} 加v
""")
S("a", "contact", "two_part_number", 2, """
手机号我分开说 前面{p1} 后面{p2} 合起来加我
v号 {p1} 后面 {p2}，连着输入
""")
S("a", "contact", "id_in_profile", 1, """
亲 我没法直接发号，你点我头像看一下就知道了
宝宝 我们的卫星号印在包裹里的感谢卡上 收到记得加
亲 详情页最后一张图 有惊喜 你懂的
亲 发货单下面有我们客服的号 收到货加一下 以后直接找我
""")
# ---- more platform steering, natural
S("a", "platform", "platform_plain", 1, """
亲，说实话这边价格我改不了，你去淘宝搜我们店，我那边能给你便宜
这款在京东我们是自营的，售后更有保障，建议您去京东买
亲 您要的那个颜色这边链接没上，拼多多店里有，您去那边拍一样的
我们抖音店今晚直播 这款秒杀价 比这边便宜一半 您晚上去抖音搜店名
这个在这边下架了，您去闲鱼搜我们店名，我挂了几件库存
亲，我们主要在淘宝经营，这边就是个分店，款式没那么全，您去淘宝店看看
小红书上我们店铺有新人礼，您去那边下单划算
亲这款天猫那边有赠品，这边没有，您看您去哪边拍
京东那边是我们自营仓发货的，次日达，您去那边下单吧
亲 直接去我们拼多多店 同款 百亿补贴价
亲 这边活动结束了 抖音店还在做 您过去拍
宝 这件衣服在我们淘宝店卖得更便宜，您搜一下店名就能找到
亲，运费险这边没有，去京东店拍有
这件是库存尾货，我们放在闲鱼处理，您去那边拍最便宜
您是学生吧？去我们拼多多店拍，有学生价
亲，以后复购去我们淘宝老店，积分能抵钱
这边下单要等三天，淘宝店现货，当天发
亲 别在这拍了 这边贵 去抖音小店
这边是我们的体验店，正式店在京东，您去京东下
宝 我们有个唯品会专场，今天特价，去那边看看
亲，我们微店上东西更全，直接搜店名
您要是在意价格就去我们拼多多那家店，东西一模一样
您在这边拍不了货到付款，去我们抖音店可以
这款在这边卖完了，淘宝还有库存，您去那边搜关键词加店名
亲您这个量太大了，去1688找我们下单，有批发价
亲 这个是闲鱼同款 去闲鱼拍 我给你包邮
""")
S("a", "platform", "platform_nickname", 1, """
亲 这边贵 去某宝 搜店名 便宜不少
宝子 去狗东吧 自营次日达
这款拼夕夕上便宜十块 去那边拍
去小黄鱼吧 那边我给你改价
红薯店铺下单有赠品哦 搜店名就行
某音直播间今晚9点 搜店名 秒杀
去tb搜我们店铺 有优惠券
去dy直播间买 福利价
pdd百亿补贴有这款 去那边下
去猫超下单吧 满99减20
jd搜一下 自营有货
亲 某东那边有我们旗舰店
去抖y搜店名 直播间更便宜
某多多同款便宜 搜店名就行
TB店有现货 去拍
去桃宝搜我们家 有券
亲 掏宝那边有我们的店
去咸鱼拍吧 我挂上去
闲x搜我名字
亲 夕夕上有 便宜
去某鱼吧 包邮
""")
S("a", "platform", "platform_nickname", 2, """
亲 去{TB}吧 搜{shop} 这边价格下不来
这个{JD}有活动 搜{shop}旗舰店
去{PDD}搜{shop} 便宜{price}块
{XY}上我挂了 搜{shop}
晚上去{DY}看我们直播 搜{shop}
{XHS}店铺搜{shop} 有新人券
亲 {TB}搜{shop} 那边能用券
宝 去{PDD}吧 {shop} 同款
""")
S("a", "platform", "platform_described", 1, """
亲 去那个橙色图标的购物软件搜我们店名
宝 去那个买二手的黄色app 我挂了
亲 隔壁平台有我们 搜店名 价格更美丽
亲，那个大红色的拼团软件上有，便宜好多
去那个有狗的购物app，自营的
去那个短视频平台搜我们店 直播间有福利
亲 另一个购物软件上我们也开了店 你懂的 那边便宜
宝 那个以小红书命名的种草软件里有我们店
去那个小猫的平台，旗舰店更放心
""")
S("b", "platform", "buyer_platform", 1, """
你们在淘宝上的店叫什么 我去那边买
拼夕夕上有你们店吗
能去闲鱼交易吗 我闲鱼有余额
有抖音店吗 我抖音有券
这个在京东有没有 我用京东的券
我某宝有红包 你们某宝店叫啥
你们是不是在小红书也开店了 店名是啥
你那边闲鱼号多少 我去拍
""")
S("a", "platform", "platform_plain", 2, """
亲 这款{prod}在我们淘宝店有 搜{shop} 便宜{price}
{prod}这边没货了 京东店搜{shop}
{prod}我们抖音店在秒杀 搜{shop}
亲 {prod}去拼多多拍吧 搜{shop}
""")
S("a", "platform,contact", "platform_contact", 2, """
亲 去{TB}搜{shop}，下单前加我v{wxid}报暗号
""")
S("b", "platform", "traditional", 1, """
你們有蝦皮賣場嗎 我在那邊買比較方便
淘寶有店嗎 我用淘寶集運
""")
S("b", "platform", "english", 1, """
Is there a Taobao store? I'd rather order there
do you sell on Shopee? I'll buy from there
""")
# ---- more buyer contact asks / gives, natural
S("b", "contact", "buyer_ask", 1, """
你们客服能不能给个微信，每次找都要等半天
我是做团购的，想长期合作，老板微信能给一下吗
能不能给个电话号码，我妈不会打字，让她直接打给你
我想退货，你们有没有电话，打电话快一点
老板，下次直接找你买行吗，加个联系方式
你们设计师的qq多少，我想直接沟通
我那边有个大单 加你微信细聊
你加我一下吧，我发你实拍问题图，这里上传不了
亲 有联系方式吗 我想当面谈
我要买二十件 你电话发我
能打视频看看货吗 加个微信
有没有售后的电话 我打过去
你们店长电话多少 我要投诉你
客服你留个号 以后我直接找你
方便给个私人号吗 我怕平台消息看不到
我们加个好友吧，以后有货叫我
你把电话给我，我让我老公跟你说
我不会用这个软件，你给我个电话吧
我手机号就是我微信，你加我一下吧
你微信号多少 我扫你
""")
S("b", "contact", "buyer_give", 2, """
我不太会用这个，你打我电话{phone}
你加我qq{qq}，我那边在线
我微信{wxid}，你把尺码表发我
我电话号码{phone}，你打过来我们谈谈价格
{phone} 这是我号码，微信同号，你加我一下
我邮箱{email} 你把合同发我
我的卫星{wxid}，加我发视频
我vx号是{wxid} 你加吧
""")
S("b", "contact", "buyer_give", 1, """
我把手机号发你了 你微信搜一下加我
我头像就是二维码 你扫一下
你搜我手机号 就在收货信息里那个 加我微信
""")
S("b", "contact", "homophone", 2, """
我威x{wxid} 加我
老板 我薇信{wxid} 你加一下
胃信{wxid} 加我 聊尺码
""")
S("b", "contact", "padded", 2, """
加 我 v {wxid}
我 薇 . 信 {wxid}
""")
S("b", "contact", "english", 1, """
Can we chat on WhatsApp instead? this app is hard to use
Pls send me your WeChat, I need to send videos of the defect
Do you have an Instagram account I can DM?
""")
S("b", "contact", "traditional", 2, """
我的微信{wxid} 加我傳照片給你
你加我LINE好了 {handle}
""")
# ---- more links
S("a", "link", "url", 2, """
亲 您复制这个网址到浏览器打开看 {url}
尺码对照表在这里：{url}
组装视频上传到B站了 {short}
亲，使用说明请看 {url}
这个是我们的官方介绍 {url}
""")
S("a", "link", "short_link", 2, """
亲，这个短链接是买家实拍合集 {short}
扫描下方二维码或打开 {short} 观看安装教程
宝 更多颜色戳 {short}
""")
S("a", "link", "app_download", 1, """
亲，先下载一个“XX相册”app，我把高清图放在那里了
您装一下我们的APP，售后在APP里申请更快
下载个网盘app，我把资料共享给您
""")
S("a", "link", "search_engine", 1, """
您直接百度我们品牌名，官网有真假查询
亲 百度搜“某某茶叶 官网”，里面有冲泡视频
""")
S("b", "link", "buyer_link", 2, """
你看看这个 {short} 能做吗
就是这个网页上的款 {url}
""")
S("a", "link", "bare_domain", 1, """
亲 浏览器打开 w w w 点 店铺名拼音 点 com
网址是我们品牌拼音点cn，里面有全部款
""")
S("a", "link,platform", "share_token", 1, """
复制这段话 ₤Xy8aPq2Lm0₤ 打开手机淘宝 领券再拍
亲 复制口令 ¥K9uBcT7vW3¥ 去某宝 那边便宜
复制这条信息，￥Qw3eRt5yUi￥ ，到【手机淘宝】即可查看
8.92 复制打开抖音，看看【{shop}】的作品 https://v.douyin.com/iRk7xPq/ 直接在作品下单
【京东】https://3.cn/1Ab-2XyZ 「同款便宜」点击链接直接打开
2:/ 复制这段话打开拼多多，帮我看看这个 {short}
""")
S("a", "link,platform", "url_shop", 1, """
亲这款在京东买更划算，链接发您：https://item.jd.com/100012043978.html
淘宝链接：https://item.taobao.com/item.htm?id=673920183744 那边有券
亲 拼多多链接 https://mobile.yangkeduo.com/goods.html?goods_id=3829471052 去拍
""")
S("b", "link,platform", "buyer_link", 1, """
我发你淘宝链接 https://m.tb.cn/h.5KqXz2A 你淘宝店是这个吗 我去那边拍
""")
# ---- number families, more
S("a", "contact", "cn_number_words", 2, """
宝，打这个：{phone_cn}，找小刘
售后找我 {phone_cn}（微信同）
亲亲我号{phone_cn}，这里数字发不出去
老客户专线{phone_cn}
要看实拍的 {phone_cn} 加绿色那个
号码给你念一遍：{phone_cn}
企鹅号是{qq_cn}，加的时候写买家名
扣扣群：{qq_cn}
亲 {phone_cn} 这是啥你懂的 加一下
""")
S("b", "contact", "cn_number_words", 2, """
我号码{phone_cn} 你加我微信
老板 我扣扣{qq_cn}
""")
S("a", "contact", "capital_numerals", 2, """
亲 联系方式：{phone_cap}
售后电话{phone_cap}（用大写是怕被屏蔽）
号：{phone_cap} 加我发视频
企鹅：{qq_cap}
亲 微同{phone_cap}
宝 加我{phone_cap}，备注买家名
""")
S("a", "contact", "yao_numerals", 2, """
亲 我手机{phone_yao}，你念一下就懂了
电话：{phone_yao}（幺就是一）
加绿泡泡 {phone_yao}
有事call我 {phone_yao}
""")
S("a", "contact", "number_pairs", 2, """
亲 {phone_pairs} 连起来就是我的v
号码是 {phone_pairs}，按两位两位拼
打我电话：{phone_pairs}
企鹅 {qq_pairs} 两位一组
""")
S("a", "contact", "circled_digits", 2, """
宝 加下{phone_circ}
售后找{phone_circ}，微信同号
亲亲 {phone_circ} 扫一扫加不了就搜这个
企鹅号：{qq_circ}
""")
S("a", "contact", "mixed_digits", 2, """
亲 联系我{phone_mix}
薇{phone_mix}
加我 {phone_mix} 发你视频
宝子 v {phone_mix}
""")
S("a", "contact", "letter_digits", 2, """
亲 {phone_let} 微信搜这个
打这个 {phone_let} 找张姐
号码 {phone_let}，字母换成数字就行
q：{qq_pad}
""")
S("a", "contact", "add_prefix", 2, """
亲 {phone10}，第一位是1，我没写
电话{phone10}（前面少个1自己补）
加我v {phone10} 开头补1
号码去掉了开头的1：{phone10}
""")
S("a", "contact", "reversed_number", 2, """
亲 我号码反过来写的{phone_rev}，倒着输入
电话倒序：{phone_rev}
v号倒着看 {phone_rev}
""")
S("a", "contact", "two_part_number", 2, """
亲 号码分两段 {p1} / {p2}
先输{p1}再输{p2}，微信同号
前{p1} 后{p2cn}
手机 {p1cn}{p2}
""")
S("b", "contact", "two_part_number", 2, """
我电话前面{p1} 后面{p2} 你打我
我v {p1cn} 接着 {p2cn}
""")
S("a", "contact", "fullwidth", 2, """
亲 ＶＸ同号{phone_fw}
电话：{phone_fw}（找王姐）
宝 加ｗｘ {wxid} 发你实拍
""")
S("a", "contact", "padded", 2, """
亲 加 我 {phone_pad} 微同
v~ {phone_pad}
电 话 {phone_pad}
""")
# ---- more regional formats
S("a", "contact", "tw_phone", 2, """
親 要改地址可以直接打給我 {tw}
訂製的話加我LINE，手機是 {tw}
這邊回覆比較慢，急的話打{tw}
""")
S("a", "contact", "hk_phone", 2, """
親 香港門市電話 {hk}，有咩問題即管打
加我WhatsApp {hk}，我send實拍片俾你
""")
S("a", "contact", "intl_phone", 2, """
亲 海外直邮的问题加我whatsapp {intl}
dear, for customs issue pls call {intl}
澳洲买家加这个 {intl} 有中文客服
加拿大的朋友直接打 {intl}
""")
S("a", "contact", "email_spelled", 2, """
亲 设计稿发 {email_sp} 哦
批量订单请发邮件至 {email_sp}
亲，邮箱{email_sp}，附件里写上订单号
""")
S("a", "contact", "plain_email", 2, """
亲，源文件发我邮箱{email}就行
报价单发您邮箱吧，或者您发到{email}我回复
""")
# ---- store-type flavoured lures (individually written)
S("a", "contact", "plain_wechat", 1, """
亲 我们是茶园直供，想喝新茶直接加我微信，每年春茶预售只在朋友圈发
宝宝，奶粉的批次日期加我微信我拍给您看
亲 多肉植物每盆长得都不一样，加我v我挑好拍给你选
钓鱼的朋友都加我微信了，钓点和饵料配方我在群里分享
宝 我们是工厂店，想拿货加下老板微信，手机号就是
亲，宠物美容预约要加我们店里的微信
亲这款汉服有私人定制，加v沟通尺寸
亲，翡翠每块都不一样，加我微信我直播给您挑
二手相机成色要看细节，加我微信视频看货
亲 我们是做手工皂的，可以刻名字，加v细聊
亲 生鲜当天发，加我微信进群，每天群里报价
水果坏果包赔，拍照发我微信就行，不用走平台
装修材料需要算面积，加设计师微信免费出方案
亲 我们做私房烘焙的，下单加微信约时间
古玩字画要鉴定证书的话，加我微信看原件
""")
S("a", "contact", "plain_phone", 1, """
亲 车险那边的事我电话跟您解释，您电话号码是多少
""")
S("a", "contact", "homophone", 1, """
亲，有薇信吗？我们有个穿搭群，每天分享搭配
卫星上有我们的实体样品视频，加一下看看
亲，这边的客服号快到期了，加我V信，以后都在V信上服务
宝宝，V信上可以看实物直播，比这边清楚
亲 胃信里说 这边要审核
""")
S("a", "contact", "described_app", 1, """
亲 去那个绿色软件上找我 我的名字就是店铺名
宝子 企鹅那边有我们的资源群，这边不能说太多
亲，有那个蓝色小鸟吗（推特），没有的话绿泡泡也行，号在我头像上
""")
S("a", "contact", "english", 1, """
Hi dear, this chat may close soon, please add my WeChat, ID is on my profile picture
Sorry, we can't show the video here, drop me your WhatsApp and I'll send it
For custom logo, pls send your design to our email, it's in the shop banner
Message me on Facebook Messenger, search our shop name
""")
S("a", "contact", "english", 2, """
For faster service pls add wechat: {wxid}
WA me: {intl} (24h)
Our sales manager's email: {email}
Add me on LINE: {handle}
pls call {phone} if urgent
wechat id: {wxid} — add me and say your order number
""")
S("a", "contact,payment", "english", 1, """
we can do a better price if you pay by bank transfer, add my whatsapp and I'll send the account
Add me on WeChat and pay via WeChat Pay, no platform fee
""")
S("a", "platform", "english", 2, """
Search {shop} on Taobao, it's cheaper there
we have a JD flagship store, pls order there: {shop}
""")
S("a", "contact", "traditional", 1, """
親 加我們的LINE群組 每週有團購
有問題直接私訊我們的粉專 搜店名就有
親，WhatsApp聯絡比較方便，號碼在賣場首頁
親 要看實拍可以加我微信 號碼在頭像上
""")
S("a", "contact", "traditional", 2, """
親 LINE：{handle} 加好友後傳訂單編號
微信同號 {phone}，親加一下
""")
S("a", "contact,payment", "traditional", 1, """
親 加LINE 私下匯款比較便宜 帳號私訊給你
""")
S("b", "contact", "traditional", 1, """
老闆，可以直接打電話給你嗎？給我號碼
你們有香港WhatsApp嗎？我想直接問
""")
# ---- contact + payment more
S("a", "contact,payment", "contact_payment", 2, """
亲 这单别拍了 加{WX}{wxid} 我给你私下改价 转账就行
加我{QQV}{qq}，付款那边说，比这边省{price}
亲 打我电话{phone}，定金直接转我银行卡
加我v{wxid}，扫码付款，马上安排发货
""")
S("a", "contact,payment", "contact_payment", 1, """
亲 加我绿泡泡 红包转过来就发货 不走平台
宝 加企鹅 付款码在空间里
亲 加我一下 尾款直接转我 不用再拍链接了
亲 以后直接在朋友圈下单 转账给我就行 加我v
我把收款码发你绿泡泡上 加我吧
""")
S("b", "contact,payment", "contact_payment", 1, """
老板 我加你微信转账吧 平台付款有点麻烦
你有支付宝吗 加个好友我转你
我直接微信红包给你 你微信多少
""")
# ---- platform, more individually written
S("a", "platform", "platform_plain", 1, """
亲 这边是新店没什么销量，老店在淘宝，三皇冠，您去那边拍放心
我们的主阵地在抖音，这里只是挂着，您去抖音搜我们账号下单吧
这款在拼多多我们卖29.9，这边平台规定只能标39，您懂的
亲，京东店下单可以开增值税专票，这边开不了，去京东拍吧
这个尺码这边不好补，您去我们淘宝店，链接名字一样
宝 闲鱼上我有九成新的样品 半价 去那边拍
亲 淘宝那边可以用花呗分期，这边不行，去那边拍吧
京东店铺是我们的旗舰店，这边只是清库存，新款在京东
亲，我们快手直播间今晚上新，去快手搜店名
小红书那边的店有买一送一 去那边
亲，您在得物拍一样的，有鉴定，我们在得物也是这个店名
亲 拍之前去淘宝看一眼，那边比这边便宜8块
宝子 这边是代理店，总店在天猫，去天猫买售后更好
亲这个平台我们不常看，以后直接去淘宝店找我们
这批货我们只在抖音小店卖，您去抖音下单
亲，以后复购请移步京东店，这边店铺要关了
不好意思这边改不了价，拼多多那边可以，您去那边拍我改
这款在淘宝上架了预售，您去那边付定金
宝 闲鱼那边不用运费 您去那边拍
亲 这边下单要排队 淘宝店那边直接发 搜我们的品牌名
亲 淘宝有我们的企业店 开发票方便
直播间专享价只有抖音有 这里没有 您去抖音
亲，拼多多店铺名跟这边一样，那边百亿补贴
亲 这边库存同步慢 京东店那边实时的 去那边下吧
""")
S("a", "platform", "platform_nickname", 1, """
亲 某宝搜品牌名 有个皇冠店就是我们
宝 这个狗东上有自营 您那边下单当天到
去拼夕夕吧亲 那边我能给您改价
亲 小黄鱼上挂着 您搜我昵称
红薯上有我们的店铺 同款价格低
某音直播间福利更多 今晚去
某东有券 满减更划算
亲 去tb下单 支持花呗
去pdd 搜店名 点进去就有
宝 去猫超拍 次日达
jd自营有 去那
dy小店搜店名 福利价
去xhs店铺下单 送小样
亲 逃宝上有个店 是我们开的
亲 淘x上我们评分更高 去那边拍放心
某多多有我们的店，比这里便宜点
亲 去京x东 下单快
亲 拼x多上有 便宜
去闲x 我给你改
亲 鹹魚搜店名
去某书 有店
tb有券 去那领
亲 去t宝 那边价格好谈
亲 某b上店名一样 去那边拍
""")
S("a", "platform", "platform_nickname", 3, """
去{TB}看看吧 搜{shop}
亲 {JD}那边有我们的自营
{PDD}上便宜 搜{shop}下单
亲 去{XY}吧 我改价给你
{DY}今晚直播 搜{shop}
{XHS}上搜{shop} 店铺有福利
""")
S("a", "platform", "platform_described", 1, """
亲 去那个橙色的 淘字开头的 你懂
宝 那个黄色小鱼的app 搜我名字
亲 去那个能砍价的红色app，搜店名便宜
那个狗狗的app自营有货
亲 那个短视频的 直播间有
去那个书本名字的红色app 有店
亲 隔壁猫家 旗舰店 去那买
去那个绿色的购物小程序吧 搜店名
亲，另一个T开头的平台我们有店
亲 那个字母p开头的平台 便宜
去那个j开头的 自营
宝宝 去别家平台搜我们店名 你懂的
亲 那个大家都在用的二手平台 搜我们店名
""")
S("b", "platform", "buyer_platform", 1, """
你们在那个橙色app上有店吗 我去那边拍
能不能去鱼上交易 我那边有信用
你们tb店叫啥 发我 我去那边
pdd有没有 我有补贴
老板 狗东上有你家吗
某音有你们直播吗 我去直播间买
你们闲鱼号发我 我去那边拍
去淘宝交易吧 我这个平台不熟
我在小红书看到你们，我直接在小红书店里买行吗 店名是啥
""")
S("b", "platform", "buyer_platform", 2, """
你在{XY}挂一个 我去拍
你们{TB}店是{shop}吗 我去那边下
""")
# ---- more links
S("a", "link", "url", 1, """
亲 实拍我传到网盘了 pan.baidu.com/s/1aBcDeF 提取码 8x2k
亲 这是我们的产品手册 http://www.xx-tea.cn/manual.pdf
宝宝 看这个视频 https://www.bilibili.com/video/BV1xK4y1C7hz
亲 这个网页有真假对比 http://fangwei-check.cn/q
安装视频我放在优酷了，复制这个 v.youku.com/v_show/id_XNTk4Mz 打开
更多买家秀：https://weibo.com/u/5893021 
""")
S("a", "link", "url", 2, """
亲 物流查询请打开 {url}
{prod}的使用视频在这 {short}
亲 {prod}保养方法看这个 {url}
""")
S("b", "link", "buyer_link", 1, """
你看这个视频里的，https://v.douyin.com/iRaB3kL/ 有一样的吗
我在网上看到的 https://www.xiaohongshu.com/explore/64a1b2c3 能做这个吗
我把图传网盘了 pan.baidu.com/s/1qWeRtY 你去下载
""")
S("a", "link", "short_link", 1, """
亲 点 t.cn/A6xQ9kLm 领取售后礼包
亲亲 戳这里看实拍：dwz.cn/Fq8xZ2Lk
宝 这个链接 url.cn/5Xkq2Ba 里面是教程
""")
S("a", "link,platform", "share_token", 2, """
亲 复制{token} 打开{TB} 直接领券购买
打开{DY}粘贴{token} 进直播间
{token} 复制后打开{PDD} 帮我砍一刀顺便下单
""")
S("a", "link,platform", "miniprogram", 1, """
亲，微信里点这个小程序卡片下单，比这里便宜 #小程序://好物优选/Ab3XyZ
打开小程序 pages/index/index?shop=8821 直接购买，这边不发了
""")
S("a", "link,platform", "url_shop", 2, """
亲 去{url}下单 送{prod}
这边没库存了 {short} 这个店有
""")
# ---- social handles, more
S("a", "contact", "social_handle", 1, """
亲，关注我们抖音号，私信发您优惠码，抖音号就是店铺名拼音
宝子们去小红书搜我们店名，私信我拿内部价
微博私信我，我把原图发过去，微博名跟店名一样
亲 视频号搜我们品牌，点私信就能找到我
亲 关注下我们的快手号 私信有惊喜
亲，我们在B站有号，私信UP主领教程
亲 抖音搜我名字 私信我 我回得快
""")
S("a", "contact", "social_handle", 2, """
抖音号：{handle} 关注一下 私信我发实拍
小红书号{handle}，私信领赠品
亲 红书{handle} 私我
宝 dy搜{handle}，主页有联系方式
微博@{handle} 关注后私信
视频号“{shop}”，点进去私信客服
""")
S("a", "contact", "gzh_miniprogram", 1, """
亲 关注我们的公众号，回复“1”领取售后专属客服
公众号每周四推送秒杀，关注一下，名字就是店名
亲 扫码关注公众号 里面可以直接联系老板
亲 关注公众号后台留言，比这边回复快
""")
S("a", "contact", "gzh_miniprogram", 2, """
亲 公众号搜“{shop}服务号”，绑定后售后有人跟进
关注{shop}公众号，菜单里点“联系我们”
""")
S("b", "contact", "social_handle", 1, """
你们抖音号是多少 我私信你
有小红书吗 我想私信问问
你们的公众号叫什么
有微博吗 我去私信
""")
# ---- "search my number" / "add me" phrasing
S("a", "contact", "search_number", 2, """
微信搜{phone}就是我
亲 手机号{phone}，搜一下加我
搜这个号加我好友 {phone}
支付宝搜{phone}加好友 聊
QQ搜{qq}就能找到我
""")
S("a", "contact", "search_number", 1, """
亲 您直接在微信搜店铺客服电话，就能加到我
搜我们订单上的发货人电话，微信就能加上
亲 您订单上的发件人手机就是我微信 搜一下加
加我 手机号就在快递单寄件人那里
""")
S("b", "contact", "search_number", 1, """
你搜我手机号加我微信吧 收货电话那个
我订单上的电话就是我微信，你加我
""")
# ---- more buyer asks (varied personas)
S("b", "contact", "buyer_ask", 1, """
小姐姐加个微信吧 以后买东西找你
我们单位要采购一批，你把负责人电话给我
给个联系方式呗 这边老是掉线
你们有没有专门的售后电话 不想打字
我是外地的 想去你们厂里看看 给个电话
哥们 加个扣扣 游戏装备的事私聊
我下单了，加你微信方便问物流吗
你们主播的微信能给一下吗
我是你们老顾客 上次加的微信找不到了 再发一下
刚才那个客服的微信是多少 我要找她
能不能把你微信推给我 我朋友也想买
我想做你们的代理，怎么联系你们老板
""")
S("b", "contact", "pinyin_abbr", 1, """
老板 v一下 想批发
有q吗 我发文件
加个wx聊 这样太慢
客服 vx发一下呗
亲 有没有vx群
""")
S("b", "contact", "english", 1, """
Can I contact the seller outside this app?
pls leave your email, i want to order 500 pcs
is there any number i can call? it's urgent
""")
S("b", "contact", "english", 2, """
add me on telegram {tg}
this is my whatsapp {intl}, send me the video
""")
# ---- agent asking buyer for their contact
S("a", "contact", "ask_buyer_contact", 1, """
亲，您的微信号能发我一下吗？我加您发您实拍
方便的话留个扣扣，我把安装软件传给您
您留个邮箱吧，我把电子版说明书发过去
亲，您有LINE吗？我加您
亲，给我个WhatsApp吧，我把视频发您
亲 您手机号多少 我给您发短信通知补货
亲 方便给我一个联系方式吗？私下跟您说个优惠
宝 你抖音号多少 我拉你进粉丝团
亲您有小红书吗 我关注您 私信发您福利
亲 留个v 我拉您进群
亲 您的企鹅号多少 我加您
亲，方便给我您的电话吗，我让我们老板直接跟您聊批发
""")
S("a", "contact", "ask_buyer_contact", 1, """
亲 发下你的vx 我加你
宝贝 把你卫星号给我 我加你
亲 你薇信号多少 我主动加你
亲 扣扣号发我下 我传图
""")
# ---- short, emoji-heavy, typo'd, dialect lures
S("a", "contact", "short_emoji", 2, """
v➕{wxid}
🍀{wxid}🍀 懂得来
➕💚 {wxid}
🐧{qq}
📞{phone}
✉️{email}
➕薇 {wxid} 🌹
+V:{wxid}😘
wx➕{wxid}
➕🐧：{qq}
💬 {wxid}（绿色）
☎️ {phone_cn}
""")
S("a", "contact", "short_emoji", 1, """
➕v看朋友圈💚
加💚聊 号在头像
🐧聊？
➕我 手机同号📱
宝子➕个💚呗
""")
S("a", "contact", "typo", 2, """
亲 加我为信{wxid}
加我徵信{wxid} 亲
威信号{wxid} 加我发实拍
微心{wxid}，加一下
亲 加微型{wxid} 哈哈打错了 你懂的
""")
S("a", "contact", "dialect", 2, """
靓仔 加个微信啦 {wxid}，我send相俾你睇
老铁 加个微信 {wxid} 有事唠
亲 加我微信撒 {wxid} 莫在这里说
妹儿 加个v嘛 {wxid}
搞快加我微信 {wxid} 巴适得很
大兄弟 扣扣{qq} 来嘛
""")
S("b", "contact", "dialect", 1, """
老板 加个微信撒 在这里讲不清楚
靓女 有冇微信啊 加个
老铁 整个微信呗 唠唠
妹儿 微信给我嘛
""")
S("b", "contact", "short_emoji", 2, """
v我{wxid}
加我 {phone} 📞
""")
S("b", "contact", "short_emoji", 1, """
v？
有v吗
wx？
扣扣？
加v
💚？
""")
# ---- platform evasions with emoji / spacing / traditional
S("a", "platform", "platform_padded", 2, """
去 淘 宝 搜 {shop}
某🍑 搜{shop} 有券
去 拼 多 多 拍 便宜{price}
京 东 自 营 搜{shop}
🐟上挂了 搜{shop}
去 抖 音 直 播 间 搜 {shop}
去 T . B 搜 {shop}
""")
S("a", "platform", "platform_padded", 1, """
亲 去🍑宝拍 便宜
去📕上找我们店
去🐶东 下单
去🐟上拍 我挂了
去t a o b a o 拍吧
""")
S("a", "platform", "traditional", 2, """
去淘寶搜{shop} 比較便宜
親 京東自營有 搜{shop}
拼多多搜{shop} 便宜{price}塊
""")
# ---- contact+platform (more)
S("a", "contact,platform", "contact_platform", 1, """
亲，加我v 我发你淘宝的链接 那边能用券
加我企鹅 我告诉你我们京东店名
亲 抖音号就是店名 去直播间下单 直播时候私信我改价
宝 加个微信 我把闲鱼链接发你
亲 加我 我给你拼多多的专属链接
""")
# ---- contact+payment (more)
S("a", "contact,payment", "contact_payment", 2, """
宝 加{WX}{wxid} 直接转 比平台少{price}
亲 加我{wxid} 付定金 剩下货到付款
亲 {QQV}{qq} 加我 转账就行
""")
S("b", "contact,payment", "contact_payment", 1, """
不想在平台付 你加我微信 我转你
老板加个v 我直接红包给你
我支付宝转你吧 给个账号 或者加我微信
""")
# ---- more links, varied
S("a", "link", "url", 2, """
亲 使用前请阅读 {url}
亲亲 下载说明书 {short}
亲 买家反馈视频 {short}
""")
S("a", "link", "bare_domain", 2, """
亲 浏览器输入 {shoppy} 点 com 就能看到全系列
网址{shoppy}(点)cn 复制打开
""")
S("a", "link", "english", 1, """
Please see the installation video at youtube dot com slash our shop name
more info: www dot our brand dot com
""")
# ---- framed lures: after-sales / refunds / reviews / VIP / system issues
S("a", "contact", "framed_lure", 2, """
亲 您的退款申请先撤销一下，加我{WX}{wxid}，我直接给您处理，更快
亲，差评的事我们私下聊好吗，{WX}：{wxid}
亲 补发需要登记，加我{wxid}发一下收件信息
VIP会员专属客服 {wxid}，平台外也能找我
系统升级这两天消息收不到，加我{WX}{wxid}吧
客服马上下班了，急事加{WX}{wxid}
亲，赠品要单独寄，加我{wxid}说一下
您要的发票我用{WX}发电子版 {wxid}
亲 老客户回购专线 {phone}
漏发的配件我补给您，加我企鹅{qq}说一下型号
""")
S("a", "contact", "framed_lure", 1, """
亲，我们的客服账号这周要迁移，以后请搜我们店名拼音加微信联系
亲 平台这边处理退款要七天，加我微信我直接给你解决
亲 您给个好评后加我，我私发您下次的内部价
亲 有关活动细则太长了 加我v我发你文档
亲 您是我们第100位顾客，加我微信领取幸运礼物
亲，为了保护隐私，定制照片请别在平台发，加我私人号发
亲，您这个情况我得跟您电话说，平台会记录的不太方便
亲，晚上十点后平台没人，您加我手机上的号，我随时在
亲 节假日期间请添加值班客服微信，号在店铺公告里
亲 售后统一在微信上处理了，号在商品详情最底下
亲 您方便的话加一下我的企业微信，我们后面有专属客服服务您
亲 企业微信扫一下这个码，以后都在那边找我
""")
S("b", "contact", "framed_lure", 1, """
平台退款太慢了，你加我微信直接退给我吧
你们客服老是机器人回复 给个真人的联系方式
我不想在这里说，怕被记录，加个微信
我人在外地手机不方便打字，电话给我
这单要改很多东西，加你微信一次说清
""")
# ---- contact in English-Chinese mix
S("a", "contact", "mixed_lang", 2, """
亲 pls add 我 wechat {wxid}
宝 my wx is {wxid} 加我
亲 call me {phone}，我在仓库
加我 whatsapp {intl}，overseas buyer专线
Line我 {handle}
亲 email我 {email} 附件发过来
亲 DM 我 ins {tg}
""")
S("b", "contact", "mixed_lang", 2, """
老板 add我 wechat {wxid}
我whatsapp {intl} 你send我video
""")
S("a", "platform", "mixed_lang", 2, """
亲 去Taobao搜{shop}，cheaper
宝 JD上我们有flagship store，搜{shop}
亲 go to 拼多多 搜{shop}
""")
S("a", "link", "mixed_lang", 2, """
亲 check一下这个link {short}
宝 点这个url看实拍 {url}
""")
# ---- more described / nickname in long form
S("a", "contact", "described_app", 2, """
亲 您在那个能扫一扫付款的绿色软件上搜{phone}就能加到我
宝 企鹅上搜{qq}，头像是我们店logo
亲 纸飞机上的号{tg}，那边消息不审核
亲 绿色泡泡搜一下{wxid}，我这边同意
""")
S("a", "contact", "homophone", 2, """
亲亲 咱们薇❤上聊 {wxid}
宝 V❤{wxid}
卫星：{wxid} 有空加一下
亲 加我的微❤号{wxid}
""")
# ---- buyers asking for links/platform in evasive ways
S("b", "platform", "buyer_platform", 1, """
老板 橙色那个app上有你们店吗
你们某宝店发一下 我去那边拍 有返利
我想去拼夕夕买 有你们的店吗
你们dy店叫什么
""")
S("b", "link", "buyer_link", 1, """
你直接发个网址给我 我去浏览器下单
给个外部链接吧 这个平台打不开图
""")
# ---- extra individually written violations (mixed families)
S("a", "contact", "plain_wechat", 1, """
亲 看您挺喜欢我们家的，加个微信吧，以后上新第一时间告诉您
亲，这个赠品是加微信才有的哈，号码发您
亲 您的问题我记下了 微信上给您回复 您通过一下好友
亲，我已经通过手机号加您微信了，麻烦通过一下
亲 我刚刚加您了 备注是店名 通过下哈
亲，您看下微信，我发了好友申请
亲 手机号搜到您微信了 加您了哈
亲 我们店主想跟您聊聊，已经把您推荐给她了，您加她一下
亲，我把我同事的微信推给您了，您加她，她负责定制
""")
S("a", "contact", "plain_phone", 1, """
亲，我已经给您打电话了，没接，您回一下，尾号是店铺电话后四位
亲，我给您发短信了，短信里有我手机号，有事打我
""")
S("a", "contact", "pinyin_abbr", 1, """
qin jia wo wei xin, hao ma jiu shi shou ji hao
亲 jia wo vx 号在头像
亲 加个v 聊聊 这边不方便说
亲 +v 有福利
""")
S("a", "contact", "pinyin_abbr", 2, """
jia wo wx {wxid}
qin, wei xin: {wxid}
亲 wx同号 {phone_cn}
""")
S("a", "contact", "traditional", 1, """
親，這邊訊息容易漏看，請加我們的LINE官方帳號，搜尋店名就有
親 有任何問題直接WhatsApp我們，號碼在賣場介紹裡
""")
S("a", "contact", "english", 1, """
Our customer service team is moving to WhatsApp, please save our number from the shop banner
Sorry I can't send links here, add me on WeChat and I'll send everything
Kindly share your email so we can follow up outside the platform
""")
S("a", "platform", "platform_plain", 2, """
亲 {prod}在京东店有现货 搜{shop}旗舰店
这个{prod}拼多多卖得便宜 搜{shop}
亲 {prod}闲鱼上有九新的 搜{shop}
""")
S("a", "link,platform", "url_shop", 1, """
亲，去我们官方商城下单，有积分，网址是 shop点 加上我们品牌拼音 点com
亲 我们独立站 www点买好货点com 搜同名商品 便宜两成
""")
# ---- more number tricks
S("a", "contact", "english_digits", 2, """
my number: {phone_en}
亲 号码 {phone_en} 微信同号
call {phone_en}
""")
S("a", "contact", "arithmetic_number", 1, """
亲 号码是138，后面跟两个5，然后是我们店开张的年份2016，最后两位是66
电话是店铺客服电话去掉最后一位，换成8
v号：首页客服电话前面加个w
亲 我微信是今天的日期加上店名拼音
我的号码就是手机号，前三位一八六，后面你懂的我发在首页了
企鹅号就是我们店铺ID那串数字
""")
S("a", "contact", "arithmetic_number", 2, """
亲 号码{phone_pre}开头，中间{phone_mid}，结尾{phone_tail4}，微信搜
前三位跟你说过了{phone_pre}，后八位{phone_last8}，加我
""")
# ---- QR / scan
S("a", "contact", "qr_code", 1, """
亲 我发的这张图里有个二维码 长按识别就能加我
包装盒侧面有个码 扫了就是我们客服
亲 您截图保存我刚发的图 用微信扫一扫
亲 扫码进群 图在上面 群里有抽奖
亲 商品主图第五张那个码扫一下 加了有福利
宝 我把码发在评价区了 扫一下加我
亲 这张名片上的码是我私人号 扫一下
""")
S("b", "contact", "qr_code", 1, """
你发个二维码给我 我扫你
我发你我的码了 你扫一下加我
""")
# ---- alipay / dingtalk / other contact channels
S("a", "contact", "other_im", 2, """
亲 支付宝加好友 {phone} 聊
钉钉号{handle} 亲 企业采购走钉钉
亲 加我钉钉 {phone}
陌陌号{qq} 亲 那边聊
亲 飞书上找我 {email}
""")
S("a", "contact", "other_im", 1, """
亲 我们企业客户都在钉钉群里对接 您搜一下群名
亲 支付宝搜我手机号就能加好友 那边能发图
""")
# ---- xianyu / douyin private chat = contact + platform
S("a", "contact,platform", "contact_platform", 2, """
闲鱼上私聊我 搜{handle}
亲 抖音私信我 {handle} 那边下单
小红书私信 {handle} 店里拍
""")
# ---- more buyer lines
S("b", "contact", "buyer_ask", 1, """
能给个手机号吗？我这边收不到消息
亲 你们的客服热线多少？我想打过去
请问店主微信是多少呀
你加我一下好吗？我手机号就是订单上的
客服给我个微信吧，拍好的视频发你
我想让你看看实物，给个微信
你们有没有售后微信群啊
能把你们仓库的电话给我吗
""")
S("b", "contact", "traditional", 1, """
老闆有沒有LINE？我想直接問
可以給我你的WhatsApp嗎
""")
S("b", "contact", "english", 1, """
what's your email? i want to send you the artwork
may I have your line id
""")
S("a", "contact", "intl_phone", 2, """
亲 海外客户请联系我们美国仓：{intl}
新加坡的朋友 whatsapp {intl}
""")
S("a", "contact", "tw_phone", 2, """
親 加LINE ID 或打 {tw}
""")
# ---- links, more
S("a", "link", "url", 1, """
亲，您看一下这篇测评 https://zhuanlan.zhihu.com/p/63820174 写得很清楚
宝 看这个视频教程 https://www.ixigua.com/7123456789012
亲，这是我们厂的介绍页面 http://www.hz-fangzhi.com/about.html
亲 电子保修卡在这个网页填 http://baoxiu.jk-tech.cn
亲 我们的防伪查询网站 http://fw.315cx.net 输入盒子上的码
亲，表盘教程：http://watch-help.cn/guide
亲 尺码计算器 http://chima.yuejin.cn 输入身高体重就行
亲 详细参数我放这了 www.jikewaishe.com/kb/108
亲 我们的买家实拍相册 http://photo.163.com/xx_shop
""")
S("a", "link", "short_link", 2, """
亲 售后登记 {short}
亲 保修激活 {short}
亲 点开 {short} 填一下问卷领小礼品
""")
S("a", "link", "search_engine", 2, """
亲 百度“{shop} 防伪”就能查
亲 您百度一下 {shop}，看看我们官网的介绍
""")
S("a", "link", "search_engine", 1, """
亲 直接在浏览器搜我们品牌名加官网两个字 第一个就是
亲 必应搜一下我们牌子的英文名，官网有说明书下载
""")
S("a", "link", "app_download", 2, """
亲 下载“{shop}”app 扫码激活保修 {short}
亲 装一下这个app看物流 {url}
""")
S("a", "link,platform", "app_download_shop", 1, """
亲 下载我们自己的商城app，新人注册就送30无门槛，比这里划算多了
亲，app里下单有会员价，应用市场搜店名下载
宝 下个得物 去那边买有鉴定 搜我们店
亲 下载个闲鱼 我在那边挂了便宜的
""")
S("a", "link,platform", "share_token", 1, """
复制这段话₤6Gh0iK8Lm2₤打开👉手机淘宝👈 便宜5块
亲 复制整段 ¥aB1cD2eF3gH¥ 打开桃宝 领券拍
【拼多多】好友帮我砍一刀 复制口令#Xz91Qp#打开拼多多 直接下单
复制口令 /Ks8mWq2Yt/ 打开狗东 自营同款
7.84 Bmf:/ 复制打开抖音 看看我们直播间 https://v.douyin.com/ikL2pRt/
长按复制 ¥Zx7Yw6Vu5¥ 打开鱼 我挂的闲置
""")
S("b", "link,platform", "share_token", 1, """
复制这段 ¥Pq2Lm9Xk7¥ 打开淘宝 这个是你们家的吗 那边便宜我去那边拍了
""")
S("a", "link,platform", "miniprogram", 2, """
亲 微信小程序路径 /pages/item/item?id={qq} 打开就能下单 便宜
#小程序://{shop}/{sid} 会员价下单
""")
# ---- platform, more individual
S("a", "platform", "platform_plain", 1, """
亲，您要是着急可以去京东买，我们京东店是仓库直发
亲，这款我们在拼多多开了团，三人团更便宜
我们天猫店下个月周年庆，您等等去那边拍
这边只是展示，下单请去我们淘宝店
亲 得物那边我们有现货 有鉴定
亲，我们在唯品会开了特卖，去那边下单便宜
宝，快手小店同款，今天直播有福利
亲，这款淘宝店还在众筹，比这边便宜
亲 转到抖音店拍 我那边给你打折
亲 这单去我们拼多多店下 我给你备注加急
""")
S("a", "platform", "platform_nickname", 1, """
亲 这单去某宝吧 我那边给你留了
亲 去狗东下单 我备注优先发
宝 拼夕夕那边现在有券 去那边领了拍
亲 小黄鱼上有我的二手 去看看
亲 这个去红薯上买 店里送发圈
宝 去某音 直播间拍 我给你改价
去tb 我们老店 信誉高
亲 去pdd拍 搜店名 一样的货
""")
S("b", "platform", "buyer_platform", 1, """
要不我去淘宝拍吧 你们有淘宝店吧
我想在京东买，能开发票，店名叫什么
你们拼多多店叫什么 我去那边买
闲鱼上交易行不行
""")
# ---- contact via shop name search on WeChat etc.
S("a", "contact", "search_number", 2, """
亲 微信搜“{shop}”就是我们，加好友有福利
亲 微信号就是店名拼音 {shoppy}
""")
# ---- persona-flavoured lures, individually written
S("a", "contact", "persona", 1, """
姐妹 我跟你说 加我微信 我朋友圈的价格比店里便宜一截 别告诉别人哈
哥 游戏账号的事这里不好说 加个扣扣吧 号在我签名
亲爱的 我是主理人小鹿 想找我直接加v 我亲自回
宝宝们 店铺要被限流了 大家先加我微信 防止走丢
家人们 以后买东西直接找我 微信我都在 号是手机号
亲 我们是夫妻店 老公管发货 我管客服 有事打他电话 号在首页
妹妹 我们开了个私域群 比店里便宜 加我拉你
老板 我们是源头工厂 拿货加厂长微信 报我名字
阿姨 您不会打字的话 让孩子加一下我微信 我语音跟您说
叔叔 您把电话给我 我打给您一步一步教您装
同学 学生党福利群要不要 加我v拉你
亲 我们店铺号被投诉了 换了新号 微信上找我 号在头像
宝 你是我们的宠粉 加我私人号 每个月给你寄新品试用
""")
S("a", "contact", "persona", 2, """
姐妹 私聊{wxid} 朋友圈有返图
哥们 扣{qq} 有好货
亲爱的 v{wxid} 我是老板娘
家人们 新号{wxid} 老号满了
""")
S("b", "contact", "persona", 1, """
姐妹 加个微信嘛 我还想买好多
哥 给个扣扣 我们私聊价格
亲 我是做直播的 想跟你们合作 加个微信谈谈
我是学校老师 要给班里买 给个电话我跟你说清楚
我妈让我问问能不能加你微信 她想买好几件
""")
# ---- homophone / padded / described, more
S("a", "contact", "homophone", 2, """
亲 有事卫星我 {phone}
宝 加我薇{wxid} 有福利
亲 V号{wxid} 加了回个1
""")
S("a", "contact", "x_replace", 2, """
亲 Wechxt：{wxid}
加我 W_X：{wxid}
亲 V_X {wxid}
Q*Q {qq}
""")
S("a", "contact", "split_char", 1, """
亲 加我 彳 言 号在头像
十口十口 我号码就是店铺电话
亲 加我 禾兑 信？不对 微 言 你懂的
""")
S("a", "contact", "padded", 1, """
亲 加 ❤ 信 聊 号 码 同 手 机
v . 同 . 手 . 机 . 号
宝 ~ 加 ~ 我 ~ v ~
""")
S("a", "contact", "described_app", 1, """
亲 咱们去那个聊天的软件上说 你知道的 绿色的
宝 去那个扣扣的软件找我 号码跟店名数字一样
亲，在那个可以刷朋友圈的地方加我，名字是店铺名
""")
# ---- contact + payment + platform
S("a", "contact,payment,platform", "multi", 1, """
亲 加我微信 去闲鱼拍个1元链接 剩下的微信转我
亲 去我们淘宝店拍 差价加我v红包补
""")
# ---- link + contact
S("a", "contact,link", "contact_link", 2, """
亲 打开{short}就能加我企业微信
亲 扫这个链接里的码进群 {url}
""")
# ---- extra mixed batch
S("a", "contact", "plain_wechat", 2, """
亲，您的定制图已经做好了，效果图比较大，加我微信{wxid}我传给您
补差价的链接这边不好弄，您加我微信{wxid}细说
您好，我是刚刚给您打电话的客服，我微信{wxid}，您加一下
亲 新品试用名额有限 加微信{wxid}报名
""")
S("a", "contact", "homophone", 2, """
亲这边发不了定制效果图 加薇信{wxid}
宝 卫星搜{phone} 加我拿折扣
亲亲 V信同号{phone_cn}
""")
S("a", "contact", "pinyin_abbr", 2, """
亲 加个v {wxid} 我把保养方法发你
宝 vx {wxid} 下次直接找我
亲 qq{qq} 传高清图
""")
S("a", "contact", "described_app", 2, """
亲 绿泡泡 {phone} 搜一下
企鹅搜{qq}，头像是只猫
""")
S("a", "contact", "id_in_profile", 1, """
亲 这边不让发 看我头像右下角那排小字
宝宝 我的签名改成号码了 点进去看看
亲 昵称后面那串就是我的扣扣号
亲 店铺公告里有我们售后的号，写成汉字了
亲 收货后看包裹里的红色卡片 扫码有红包
亲 发票袋里夹了张名片 上面是我的私人号
亲 我在商品问答区回答过 号码在那里
""")
S("b", "contact", "id_in_profile", 1, """
看我头像 那是我微信二维码 扫我
我签名上有我电话 打给我
""")
S("a", "platform", "platform_described", 2, """
亲 那个卖二手的黄色app 搜{shop} 我挂了
隔壁那个红色拼团平台 搜{shop} 便宜{price}
""")
S("a", "link", "url", 2, """
亲 退换货流程图在这里 {url}
亲 看这个网页就知道真假了 {url}
""")
S("b", "contact", "buyer_ask", 1, """
要不你给我打个电话吧 我电话就在订单上 你打过来我们细说价格
客服 你们有没有个人微信可以加的
能不能加你一下 我以后直接在你这里订
""")
S("a", "contact", "english", 2, """
Hi, for the customization pls add wechat {wxid}, I'll send the mockup there
Sorry for the delay! You can also reach me at {email}
""")
S("a", "contact", "traditional", 2, """
親 訂製問題加LINE {handle} 細聊
親 電話{tw} 加LINE也可以
""")
# ---- violation buffer batch
S("a", "contact", "plain_wechat", 1, """
亲 我们这边有个内部优惠群 只对老客户开放 加我微信进群
亲，您如果喜欢这种风格，我微信里还有很多没上架的，加一下看看
亲 我们家新款都是先在微信里预售的，店里上得慢
亲，下次直接微信跟我订就行，我帮您留货
""")
S("a", "contact", "homophone", 1, """
亲亲 没上架的款都在V信里 加一下
亲 卫星上有全部款式 你懂的
宝 要的话薇信找我 这边不好发
""")
S("a", "contact", "described_app", 1, """
亲 绿色软件上我的昵称跟店名一样 搜一下就有
宝 用那个可以语音的绿色软件找我 号码就是手机号
""")
S("a", "platform", "platform_plain", 1, """
亲 同款在我们抖音小店卖得便宜，去抖音搜店名就行
亲这款在京东我们店有现货，这边要等七天，去京东拍吧
亲，您如果在意价格，淘宝店那边有满减，去那边拍划算
宝，这款闲鱼上我们出清，去闲鱼搜我们的账号
亲，以后买茶叶直接去我们淘宝老店，回头客多
""")
S("a", "platform", "platform_nickname", 1, """
亲 去某宝吧 店名一样 那边老客多
宝子 狗东自营 当天就发
去拼夕夕 我那边给你开团
某鱼上挂着 搜我昵称
亲 去红薯下单 送赠品
""")
S("a", "link", "url", 2, """
亲，这款{prod}的真假鉴别方法看这里 {url}
亲 {prod}的更多细节图 {short}
""")
S("a", "contact,payment", "contact_payment", 1, """
亲 加我薇信 私下转给我 我给您包邮
亲，加个v，直接发我红包就行，省得再拍链接
亲 打我电话 我把银行卡号报给您 转过来我马上发
""")
S("b", "contact", "buyer_ask", 1, """
客服你有微信吗 我想发你几张图对比一下
能给我你们仓库的电话吗 我想直接问发货
你们店长的手机号能给我吗
有没有vx 我们团购要二十份
""")
S("b", "platform", "buyer_platform", 1, """
你们抖音店链接发我 我去抖音拍
淘宝店叫什么名字 我去那边买方便
""")
S("a", "contact", "english", 1, """
Please add our WeChat for wholesale prices, the ID is our shop name
Send me a message on WhatsApp, the number is on our homepage banner
""")
S("a", "contact", "traditional", 1, """
親 要更多款式可以加我們LINE 搜店名就找得到
""")
S("a", "link,platform", "share_token", 2, """
复制{token}打开{TB}，我们店首页有新人券
""")
# ---- buyer-side violations and Traditional/English lures
S("b", "contact", "buyer_ask", 1, """
老板 我想长期拿货 你私人微信多少
客服姐姐 加个微信吧 我有问题老是要问
我能不能直接跟厂家联系 给个电话
你们那个设计师的微信推给我一下
""")
S("b", "contact", "homophone", 1, """
有卫星没 我加你
老板 薇信给个 我发你图
""")
S("b", "contact", "traditional", 1, """
老闆 可以加你LINE嗎 我想訂比較多
請給我你的電話 我直接打過去問比較快
有沒有WhatsApp 我傳影片給你
可以私訊你的IG嗎 帳號多少
""")
S("b", "contact", "traditional", 2, """
我的LINE ID是{handle} 麻煩加我
打給我 {hk} 我在香港
""")
S("b", "platform", "traditional", 1, """
你們蝦皮賣場叫什麼 我去那邊下單
我可以去淘寶拍嗎 集運比較方便
""")
S("a", "contact", "traditional", 1, """
親 我們香港有門市 WhatsApp預約睇貨 號碼喺主頁
親 訂製款請私訊我們IG 這邊說不清楚
親 LINE上有更多實拍 搜我們店名加好友
親 加微信吧 台灣買家我們有專人服務
""")
S("a", "contact", "traditional", 2, """
親 WhatsApp {hk} 有專人跟進
親 LINE ID {handle} 傳實拍給你
親 加我微信 {wxid} 傳影片
""")
S("a", "platform", "traditional", 1, """
親 這款蝦皮上比較便宜 搜我們店名
親 淘寶店有現貨 去那邊拍 集運很快
""")
S("a", "link", "traditional", 2, """
親 更多款式看這個網站 {url}
""")
S("b", "contact", "english", 1, """
can you give me your whatsapp, i want to order in bulk
Let's talk on WeChat, what's your ID?
please give me a number I can call
""")
S("b", "contact", "english", 2, """
my wechat is {wxid}, please add me
whatsapp me {intl} pls
""")
S("a", "contact", "english", 1, """
Dear, this app limits pictures, please add my WhatsApp, number is in my profile
Let's continue on WeChat, I'll send you a voice message there
For after-sales please email us directly, the address is on the packing slip
""")
S("a", "platform", "english", 1, """
Same item is cheaper in our Taobao shop, just search our shop name
Please go to our Pinduoduo store, we have a group deal there
""")
S("a", "link", "english", 2, """
Here is the catalogue: {url}
watch the demo here {short}
""")
# ================================================================ HARD ACCEPTABLE LOOK-ALIKES (labels [])
# ---- product names / features that share words with apps
S("a", "", "product_feature", 1, """
亲，这款收款音箱支持微信支付和支付宝到账播报
这个儿童电话手表可以微信视频通话哦，不需要另外装软件
亲 这款手机支持微信分身，两个号可以同时登
亲，这个打印机支持微信小程序远程打印，在说明书里有操作步骤
这款扫码枪能扫微信付款码，超市收银专用
亲，这款手环能同步微信运动步数
这款平板可以装QQ和微信，孩子上网课够用
亲，门锁支持微信小程序开锁，配了说明书
这款智能插座用米家app控制，不支持微信哦
亲，这个车载支架开车时候接微信语音很方便
这个点餐机支持微信扫码点餐，餐馆用的
这款蓝牙耳机接打微信电话也没问题
亲，这个收银系统能对接微信支付和银行卡
这款自助售货机支持微信刷脸支付
亲 这个摄像头可以手机远程看，用的是自己的app，下单后说明书里有
这款儿童手表没有微信功能，只能打电话
亲，这个考勤机支持微信打卡
这款路由器有QQ游戏加速功能
这款老人机字大，可以用微信吗？亲，这是功能机，不支持微信哈
亲，这款学习机不能装抖音和游戏，家长放心
这台电视自带抖音、快手等应用，开机就能看
亲，这个打印机可以直接打印微信里的文件
这款音箱支持QQ音乐和网易云
亲这个手机壳是苹果15的，微信扫码付款不影响
这个唇釉是小红书很火的那款，色号是#101
这款零食是抖音爆款，卖了几十万单了
""")
S("a", "", "product_name", 1, """
亲 QQ糖有水蜜桃味和葡萄味，一箱24包
微信读书卡是电子卡哦，下单后系统自动发到订单里
亲，QQ音乐绿钻年卡在订单详情里直接充值，填QQ号就行
这个企鹅玩偶40厘米高，可以机洗
亲，这款企鹅造型的暖手宝很受小朋友欢迎
卫星导航仪是车载的，支持北斗和GPS
亲，日产蓝鸟的脚垫有现货，2016到2021款都能用
这个小黄鱼是舟山的，一斤大概二十条，椒盐的
亲，红薯是烟薯25号，5斤装，现挖现发
咸鱼是马鲛鱼做的，蒸着吃下饭
亲，这款飞机模型是1比200的合金模型
这个纸飞机发射器是儿童玩具，安全无毒
亲，绿泡泡水弹枪是夏天玩水的，不是真枪
这个绿色软包沙发是布艺的，可拆洗
亲 这条项链叫“小企鹅”，925银的
这个“蓝色小鸟”胸针是珐琅工艺
抖音同款网红小火锅，自热的，一箱6盒
小红书同款奶油胶手机壳，可以DIY
亲，这款是京东方的屏幕，色彩很准
这件V领毛衣有四个颜色，V领不会太低
亲，这个是戴森V10的替换滤网，V8不通用
亲这款吸尘器是V12同款电机
这个布丁口感QQ弹弹的，小孩很喜欢
亲，这款球球是毛球修剪器，充电的
亲，扣扣子的那款开衫有现货
这个“淘宝体”字体是免费商用的吗？亲，我们卖的是字体包授权
亲，这本《明治维新史》是精装版
这款微型相机是户外运动用的，很小巧
亲 微型投影仪有现货，自带电池
这款微型电钻适合做手工模型
亲 这个卫星锅支架是镀锌的，不生锈
卫星电话是户外探险用的，需要实名登记
亲 这个“星空企鹅”夜灯可以定时
""")
S("b", "", "product_feature", 1, """
这个手表能用微信吗
手机能同时登两个微信吗
这个收款码音箱支持支付宝吗
这个打印机能直接打印微信里的文档吗
平板能装QQ吗 孩子要上网课
电话手表能不能发微信语音
这个车机能不能投屏抖音
这款能装小红书吗 我妈想用
路由器能不能限制孩子刷抖音
手机壳能不能放公交卡 我经常微信扫码乘车
这个音箱能连QQ音乐吗
QQ糖有没有无糖的
企鹅玩偶有更大的吗
蓝鸟的座套有没有
小黄鱼干是即食的吗
红薯是沙的还是粉的
咸鱼会不会很咸
卫星导航有语音播报吗
这个微型投影仪能连手机吗
V领那件有没有M码
戴森V8能用这个刷头吗
布丁是QQ的那种口感吗
这个手环能显示微信消息吗
这款门锁能用微信小程序开吗
这个电视能下载抖音吗
能用京东方的屏幕吗 还是别的
""")
S("b", "", "product_feature", 1, """
Does this phone support WhatsApp and WeChat?
Can the smartwatch show WhatsApp notifications?
Is this tablet able to run Telegram?
Does the kids watch support video calls?
這支手機可以用LINE嗎
這個手錶能收LINE訊息嗎
Is the penguin plush machine washable?
Does the Nissan Bluebird floor mat fit a 2018 model?
""")
S("a", "", "product_feature", 1, """
Yes, it supports WhatsApp, WeChat and Telegram notifications
The watch can show LINE and WhatsApp messages once paired
可以的 親 這支手機LINE跟微信都能裝
This penguin plush is 40cm and machine washable
""")
# ---- buyers saying where they saw the product
S("b", "", "seen_elsewhere", 1, """
在抖音看到你们的视频了，这个颜色还有吗
小红书上好多人推荐这个，真的好用吗
我在微博上看到有博主测评你们家的面霜
朋友在淘宝买过你们家的，说质量不错，我就来了
我是看B站up主推荐过来的
在快手直播里看到过这个款，一样的吗
之前在京东买过你们牌子的，这次来这边看看
我在朋友圈看到朋友晒的，就是这个杯子
刷抖音刷到的，这个真的能去污吗
小红书上说这个有色差，实物偏黄吗
我在知乎看到有人推荐你们的键盘
在微信群里看到别人发的截图，就是这个包
我闺蜜在拼多多买的跟这个好像，你们是正品吗
我在闲鱼上见过二手的，所以想买个新的
我是看公众号文章推荐来的，说你们家茶叶好
看到抖音上有人说这个空气炸锅会糊，是真的吗
在小红书刷到你们家的穿搭，太好看了
视频号上看到你们工厂的视频，挺专业的
我在电视购物上看到过类似的
微博热搜上那个网红同款是这个吗
我在B站看到拆机视频了，做工挺好
""")
S("b", "", "seen_elsewhere", 1, """
I saw your product on TikTok, is it the same one?
found you on Instagram, do you ship to Canada?
在IG上看到你們的照片 這款還有貨嗎
在Dcard上看到有人推薦 這個真的不會掉色嗎
""")
S("a", "", "seen_elsewhere_reply", 1, """
是的亲，抖音上那个视频就是我们家拍的，同款哦
亲，小红书上的测评是买家自发的，我们没有合作
感谢亲从小红书找过来，这款确实卖得很好
亲 B站那个视频是我们之前寄样给up主的，就是这款
""")
# ---- price comparison by buyers (no steering)
S("b", "", "price_compare", 1, """
淘宝上比你们便宜啊 怎么回事
拼多多上同款才卖19 你们怎么卖39
京东自营比你这还便宜五块
我在抖音直播间看到才99，你们这卖129
闲鱼上二手的才一半价钱
你们这个价格比天猫旗舰店还贵
别家都包邮了 你们还要运费
拼夕夕上一模一样的才十几块 你们贵太多了
隔壁店比你们便宜十块钱
某宝上有人卖更便宜 你们能便宜点吗
同样的东西京东打折了 你们不打折吗
小红书上有人说在别的地方买才80
淘宝上销量比你们高多了
我看别的平台价格更低，你们能不能降点
你们价格跟官网一样吗
超市里才卖15 你们卖25
双十一的时候淘宝才89
""")
S("b", "", "price_compare", 1, """
It's cheaper on Amazon, can you match the price?
Shopee上便宜好多欸
淘寶上比較便宜耶 你們可以算便宜一點嗎
""")
S("a", "", "price_compare_reply", 1, """
亲，价格不一样可能是版本不同，我们这款是升级版
亲，我们保证正品，价格低的可能是仿品哦
亲，这边价格是统一定价，可以领店铺券再减10
亲 别家的我们不清楚，我们家的质量您可以放心，七天无理由
亲，京东自营有时候有补贴，我们这边也可以领券
亲 我们这边是官方授权店，和其他渠道价格会有差异
亲 拼多多上的我们没法保证，我们这边支持假一赔十
亲，可以理解，您比较一下材质，我们用的是纯棉
亲，现在下单满200减20，算下来也挺划算的
亲 价格确实比某些店高一点，但是我们送运费险
""")
# ---- warnings against off-platform contact
S("a", "", "warning", 1, """
本店不会让您加微信或私下转账，谨防诈骗
温馨提示：请勿添加任何自称本店客服的微信/QQ，所有售后都在平台内处理
亲，我们不会主动打电话让您退款，如有此类电话请挂断
重要提醒：本店客服只在平台聊天窗口服务，不会索要验证码
亲 近期有骗子冒充快递理赔，让您加微信，千万别加
请注意，任何让您点击外部链接退款的都是骗子
本店从不通过QQ、微信、短信联系买家，请认准平台消息
亲，所有交易请在平台内完成，私下交易出了问题平台不保障
提醒：不要扫陌生人发的二维码，我们不会发这种东西
亲，包裹里如果有让您加微信返现的卡片，不是我们放的，请别加
亲，平台规定不能加私人联系方式，有问题在这里找我就行
亲 我们不会让您下载任何app来退款，注意防骗
本店声明：不存在所谓的“内部群”“粉丝福利群”，谨防上当
亲，有人冒充我们店发短信带链接的，请不要点
亲 我们的退款只走平台，原路退回，不需要您提供任何账户
防骗提醒：凡是让您去别的平台下单的都不是我们
本店在其他平台没有分店，谨防冒充
亲，不要相信任何“加微信领红包”的信息
亲 如果有人让你加他卫星或者薇信，都是骗子，不要理
温馨提示：本店客服不会以任何理由索要您的手机验证码
""")
S("a", "", "warning", 1, """
Reminder: we never ask you to add WhatsApp or pay outside the platform
Please don't trust anyone asking you to contact them on Telegram, it's a scam
溫馨提醒：本店不會要求您加LINE或私下匯款
親 請勿點擊陌生連結，我們只在本平台服務
""")
S("b", "", "warning", 1, """
我不加微信的，就在这里说吧
不用加微信了，平台上说就行，有记录
我不会私下转账的，就在平台拍
你们不会让我加什么群吧，我不加的
我只在平台交易 别的我不弄
别让我加什么v了 我不会加的 直接这里说
""")
# ---- buyers reporting scams / suspicious contact
S("b", "", "report_scam", 1, """
有人冒充你们客服加我微信让我退款，是你们吗？
刚才有个电话说是你们店的，说商品有质量问题要给我理赔，是真的吗
我收到一条短信，说我的订单异常要点链接退款，是你们发的吗
有个人加我QQ说是你们售后，让我下载一个app，我没敢弄
包裹里有张卡片让加微信返现五块，是你们放的吗
有人打电话叫我开通什么备用金，说是你们店的，骗子吧
一个自称快递员的让我加他微信说包裹丢了要赔，我该怎么办
刚有人给我发了个链接说退款，我点了一下，会有事吗
有个陌生号码打给我，准确说出我买了你们的什么，你们信息泄露了吧
有人让我去闲鱼拍一个链接给我退差价，是你们的人吗
刚有人用你们店名给我打电话，让我加个群，我没加
有个人说是你们的客服主管，让我报验证码，我没报
收到个快递，里面有个小卡片让扫码加好友领红包，我直接扔了
你们店是不是有人私下加买家微信？我被加了
有人打着你们旗号在抖音上卖，价格很低，是你们吗
我刚收到个电话，对方说是某宝客服，让我把钱转到安全账户，我挂了
有个人说我中奖了，让我加他企鹅领奖，说是你们店活动，真的假的
我这个订单的信息是不是泄露了 有人打电话来要我加微信
""")
S("b", "", "report_scam", 1, """
Someone claiming to be your staff asked me to add them on WhatsApp, is that you?
I got an SMS with a refund link saying it's from your store, is it real?
有人說是你們客服 要我加LINE退款 是真的嗎
""")
S("a", "", "report_scam_reply", 1, """
亲，那不是我们，我们不会让您加微信退款，请直接拉黑
亲 谢谢提醒，我们的客服只在这个窗口，请不要相信电话
亲，卡片不是我们放的，可能是快递环节被塞的，不用理会
亲 您千万别转账，有问题都在这里跟我说
亲，我们不会发外部链接，您可以向平台举报那个号码
亲，您的订单信息没有问题，遇到陌生电话直接挂断就好
""")
# ---- order / waybill / model / pickup numbers
S("b", "", "order_number", 2, """
订单号{order}，麻烦帮我查下发货了没
我的订单{order}一直没物流
帮我看下这个订单 {order} 能改地址吗
{order} 这个单我想退
订单编号{order}，尺码拍错了
""")
S("a", "", "order_number", 2, """
亲，您的订单{order}已经发出
亲 订单{order}已经给您备注加急了
亲，核对一下，订单号是{order}吗
""")
S("a", "", "waybill", 2, """
亲，快递单号{waybill}，今天下午发的
亲，已经发货了，运单号{waybill}，可以在订单里查看物流
亲 补发的单号是{waybill}
亲，退货单号填{waybill}就行，我们收到马上处理
""")
S("b", "", "waybill", 2, """
我退货寄出了，单号{waybill}
快递单号{waybill}，显示签收了但我没收到
这个单号{waybill}查不到物流
""")
S("a", "", "model_number", 2, """
亲，这款的型号是{model}，和您之前买的通用
您手机型号是{model}的话要选第二个链接
亲 型号{model}已经停产了，现在是升级款
""")
S("b", "", "model_number", 2, """
我的洗衣机型号{model}，这个配件能用吗
型号{model}的滤芯有吗
我车的型号是{model}，这个脚垫合适吗
""")
S("b", "", "pickup_code", 2, """
取件码{code} 快递柜打不开
快递到驿站了 取件码{code}，但找不到
""")
S("a", "", "model_number", 1, """
亲，内存条选DDR4 3200的，型号在链接标题里
亲，滤芯型号是RO-400，机器侧面贴纸上能看到
亲，这个灯泡是E27螺口，9W的
亲 手机壳选iPhone 15 Pro那个，别选15 Pro Max
亲，尺码表里165/88A就是M码
亲 轮胎规格205/55 R16，您核对一下行驶证上的
亲，这款电池型号是18650，3000毫安
""")
# ---- platform's own links and flows
S("a", "", "platform_flow", 1, """
亲，在订单页点“联系客服”就能找到我
退款会原路退回您的微信/支付宝，1到3个工作日到账
亲，您在“我的-售后”里点申请退款就行
亲，您点一下我发的商品卡片，直接拍就可以
亲，我给您发个商品链接，您点进去选颜色下单
亲，优惠券我已经发到聊天窗口了，点一下领取
亲，您拍下之后先别付款，我给您改价
亲，请在订单详情里修改收货地址
亲，退货地址在退货申请通过后系统会自动显示
亲 您关注一下店铺，店铺首页有新人券
亲，加入店铺会员可以积分兑换礼品，在店铺首页点入会
亲，您点右下角的“加入购物车”，凑满减更划算
亲 您可以在评价里晒图，平台有积分奖励
亲 您点商品详情往下拉，有尺码表
亲，运费险是平台自动赠送的，退货时直接用
亲 小额补偿我已经通过平台打款给您了，请查收
亲，我们的直播就在本店主页，关注店铺就能收到开播提醒
亲 这个链接是拼团价，两人成团，您可以分享给朋友一起拼
亲，申请开票在订单详情里点“申请开票”，电子发票会发到平台消息里
亲，物流信息在订单详情最上面可以看
亲 您在这个对话框里直接发图片就行，我能看到
亲，视频可以在这里发的，点左下角加号选视频
亲 您在退款页面上传一下照片，我这边马上审核
亲，您点一下“确认收货”，评价后有返积分（平台的）
亲 您先申请仅退款，我这边同意
亲 我把正确的链接发您，您重新拍一下，原订单我给您取消
亲 花呗分期在付款页面选就可以
""")
S("b", "", "platform_flow", 1, """
给我发个链接 我直接拍
你把那个颜色的链接发我一下
链接在哪 我找不到
我点商品链接进不去，能再发一次吗
退款是退到我微信吗
钱退到支付宝了吗
能在订单里改地址吗
我在哪里申请退货
视频怎么在这里发
你发的优惠券在哪领
可以开发票吗 发票在哪看
我能用花呗吗
能给我改个价吗 我拍了还没付
这个链接是拍哪个颜色
店铺直播间几点开播
""")
S("a", "", "platform_flow", 1, """
Please click the item card above to place the order
Your refund will go back to your original payment method in 1-3 days
親 退款會原路退回 請耐心等候
親 點上面的商品連結就可以下單了
""")
# ---- buyers giving phone/address for delivery of the order
S("b", "", "delivery_phone", 2, """
收货电话写错了，改成{phone}，麻烦了
快递员打不通我电话，我的号码是{phone}，帮我备注一下
地址不变，收件人电话换成{phone}
帮我改一下收货人手机号 {phone}，原来那个停机了
我换号了，送货的时候打{phone}
收件人写我妈，电话{phone}
""")
S("b", "", "delivery_phone", 1, """
地址我写错了，应该是幸福路12号3单元，电话不变
收货地址改成公司：科技园南区8栋5楼前台，电话还是订单上那个
快递送到小区门口的驿站就行，别打我电话，上班不方便接
送货前能不能让快递员先打个电话给我，号码就是订单上的
我地址是云南昭通威信县扎西镇，能送到吗
收货地址：广西柳州市三江县，偏远不？
帮我备注一下，快递放门卫室，别放快递柜
""")
S("a", "", "delivery_phone", 1, """
亲，已经帮您备注了，快递员会打您订单上的电话
亲，收货电话已经改好了，您在订单里核对一下
亲，快递员说联系不上您，麻烦您留意一下订单上的号码来电
亲 威信县能到的，邮政和中通都可以
亲，地址改好了，请核对：科技园南区8栋5楼
""")
# ---- agents refusing / redirecting to platform
S("a", "", "refusal", 1, """
不好意思亲，平台不允许加微信，有问题在这里说就行，我一直在
亲，我们没有私人微信哦，售后都在平台处理，有记录对您也有保障
亲 不能给您电话哈，您在这里留言，我看到马上回
亲，我们不建议私下交易，出了问题平台没法帮您维权
亲，图片和视频在这里也能发，不需要加微信
亲，抱歉我们不提供QQ，文件可以压缩后在这里发
亲，我理解您着急，但是我们只能在平台内沟通
亲 这边就可以改价，不用去别的地方
亲，我们只在这一个平台开店，其他地方的不是我们
亲 不好意思，我们规定不能透露个人联系方式
亲，要看实物的话我拍视频在这里发给您
亲，定制的设计稿也可以在这里传，图片大小没限制
亲，批发也可以在这里下单，量大的话我给您改价
亲 不需要转账哦，您直接在链接里拍就可以
亲，您的微信号我就不加了哈，这边有消息我会第一时间回复
""")
S("b", "", "refusal", 1, """
算了 不加了 你就在这里给我发视频吧
我手机号不方便给 就在这聊
不用打电话 打字就行
我不去淘宝买 就在这里拍
""")
S("a", "", "refusal", 1, """
Sorry, we can't share WhatsApp here, please keep chatting in this window
We only sell on this platform, please place the order here
不好意思 親 我們不能提供LINE 有問題在這裡問就好
""")
# ---- homograph / homophone words used innocently
S("a", "", "homograph_word", 1, """
这个老字号在本地很有威信，做了三十年了
亲，这本书讲的是戊戌维新，历史类的
这款是微型电机，适合做DIY小车
亲 车载卫星导航要接点烟器供电
亲，这个是卫星天线的高频头，要专业人员安装
这款微型洗衣机适合宝宝衣服
微型盆景用的是小叶紫檀
亲，这是日产蓝鸟的原厂雨刮
亲，这个企鹅抱枕是冰丝面料的
这款“小绿”多肉叫绿之铃，好养活
亲 绿色软包是仿皮的 好打理
亲，卫星图片那种地图挂画有60寸的
这件是模特薇薇穿的那款，她身高165穿S码
我们的品牌叫“微芯科技”，做读卡器的
亲，这个“扣扣熊”是我们的IP形象
亲，这套“企鹅家族”绘本一共8册
亲，这个飞机造型的水杯是儿童款，带吸管
亲，咸鱼干要冷冻保存
亲，球球发夹是一对的
亲 这个V字领口可以当披肩用
这款VX-200是我们对讲机的型号
亲，WX系列是我们的防水款，WX是waterproof的缩写
亲 QQ弹弹的果冻冷藏口感更好
""")
S("b", "", "homograph_word", 1, """
这个牌子在我们那儿挺有威信的，所以才来买
微型的那种有没有，放书桌上的
卫星导航要另外交流量费吗
蓝鸟的尾灯总成有吗
你们家企鹅玩偶掉毛吗
小黄鱼是油炸的还是烤的
红薯多少钱一斤
维新那本书有没有插图
这个飞机模型能飞吗
V领的会不会太低了
WX系列真的能泡水吗
扣子掉了能补发吗
""")
# ---- numbers in ordinary shop talk (look like obfuscated numbers)
S("a", "", "number_talk", 1, """
亲，使用步骤：①先撕掉保护膜 ②对准摄像头孔贴上 ③用刮板赶气泡
亲，①号色是奶白，②号色是燕麦，③号色是雾霾蓝
亲 套餐①是单机，套餐②带两个刷头，套餐③送收纳盒
安装顺序：①装底座 ②插立杆 ③拧紧螺丝 ④装灯罩
亲，价格是一百三十八一件，两件二百五
亲，这款一斤装的是六十八，两斤装一百二十八
亲 尺码一六五/八十四A是S码，一七零/八十八A是M码
亲，您身高一米六八体重一百一十斤，建议拿M
亲 这款鞋三十八码偏大，建议拍三十七
亲，这批茶是二零二三年的明前茶
亲 长一百八十厘米 宽九十 高四十五
亲，电池容量是一万毫安，能充手机两到三次
亲 保质期十八个月，生产日期是二零二四年三月
亲，满一百九十九减三十，可以叠加店铺券
亲，这个是壹号仓发货，离您比较近
亲 壹佰贰拾捌是含税价哦，发票是增值税普票
第一步拧开，第二步倒入清水，第三步摇匀静置十分钟
亲，您要的是8号色还是18号色？
亲 这个是三十六色的油画棒
亲，套装里有①洁面②水③乳④霜
""")
S("b", "", "number_talk", 1, """
我身高一六八 体重一百二 穿什么码
三十八码的还有吗
我要②号色，两个
套餐③还有货吗
一百三十八能不能便宜到一百二
我买三件 能不能二百九十九
长一米八的床垫有吗
腰围二尺四穿多大
我要幺零八那个型号（就是108）
你们第七代和第八代有什么区别
给我来两斤 一斤的太少了
""")
S("a", "", "number_talk", 2, """
亲，{prod}现在活动价{price}元，明天恢复原价
亲 {prod}库存还有{n}件，喜欢的话早点拍
亲，{prod}拍两件立减{price}
""")
# ---- couriers / shipping origin / logistics
S("a", "", "courier", 1, """
亲，我们默认发中通，需要顺丰的话补12元运费差价链接
亲 这单走京东快递，明天就能到
亲，我们从杭州发货，一般两天到
亲 新疆西藏发邮政，时间会久一点
亲，我们在广州和天津都有仓，就近发货
亲，今天下午四点前拍的当天发
亲 您那边圆通停发了，给您换成韵达可以吗
亲，顺丰已经揽收了，预计后天到
亲，我们用的是京东物流，可以送货上门
亲，菜鸟驿站代收了，您去取一下
亲 极兔和中通您选一个，备注就行
亲，我们是义乌发货的
亲 德邦物流大件送货上楼
""")
S("b", "", "courier", 1, """
能发京东快递吗
可以发顺丰吗 我补运费
从哪里发货啊
我这边中通不到 能换邮政吗
几天能到北京
快递放驿站了吗
物流三天没动了
能不能送货上门 我家六楼
""")
# ---- ordinary contact-word mentions in shop talk
S("b", "", "payment_in_platform", 1, """
我是用微信付的款，退款也退到微信吗
可以用支付宝付款吗
付款的时候能用微信支付吗
能用信用卡付吗
花呗可以分几期
我用京东白条付的 怎么退
""")
S("a", "", "mention_not_steer", 1, """
亲，我们只有这一家店，其他平台都没有开店
亲，我们没有淘宝店哦，只在这里卖
亲 我们没有开抖音号，视频都是买家自己拍的
亲，我们家没有微信群，活动都在店铺首页公布
亲，小红书上那些不是我们发的，我们没有官方账号
亲，京东上那家跟我们不是一家，我们没有京东店
亲 我们家没有官网，这里就是唯一的购买渠道
""")
S("b", "", "mention_not_steer", 1, """
你们在淘宝也有店吗？我怕买到假的，想确认一下是不是一家
我不玩抖音，看不到你们直播
我不用微信，别的方式也没有，就在这里说
我没有小红书，看不了那个笔记，你这里发图吧
我是用我老公的京东账号下的单，没关系吧
我不会用淘宝，第一次在这个平台买
""")
# ---- everyday shop talk with look-alike words
S("b", "", "color_talk", 1, """
蓝色那个还有吗
要橙色那个，M码
绿色的那个好看还是白色的
红色那个是不是偏玫红
群青色还有货吗
我想要那个浅绿色的，别发错了
黄色那个小鱼图案的有没有
蓝色那个是不是卖完了
""")
S("a", "", "packaging", 1, """
亲，我们用飞机盒发货，外面再套一层快递袋
亲，里面会用泡泡袋包好几层，不会压坏
亲 绿色的那个是气泡膜，拆的时候小心
亲，包裹里可以帮您放一张生日卡片，您把祝福语发我
亲 面单上不会写商品名称，保护隐私
亲，需要的话包裹里不放价格单
亲 礼盒里附赠一张手写卡片，写什么您告诉我
""")
S("b", "", "packaging", 1, """
包裹里能帮我放张卡片吗 写生日快乐
是送人的 别放价格单
面单上别写是什么东西
能用飞机盒包装吗 怕压
贺卡上能写我的名字吗
刻字刻我的昵称可以吗 小鱼儿
""")
S("b", "", "product_name", 1, """
1TB的移动硬盘还有吗
2TB的固态是什么颗粒
奇瑞QQ的座套能用吗
有没有QQ飞车那个方向盘
LINE FRIENDS的布朗熊还有吗
不锈钢邮箱可以挂墙上吗
这个信报箱带锁吗
电话卡是哪个运营商的
座机电话有来电显示吗
这个微信支付收款贴纸是亚克力的吗
我要那个企鹅图案的保温杯
绿色食品认证的大米有吗
""")
S("a", "", "product_name", 1, """
亲，1TB和2TB都有，2TB的是活动款
亲 奇瑞QQ的座套选小型车那个链接
亲，LINE FRIENDS联名的布朗熊还有三只
亲，这个邮箱是加厚的，可以挂墙也可以立柱
亲，收款码贴纸可以定制您店铺的名字，下单后把码的截图在这里发我
亲 电话卡是联通的，需要实名激活
亲，这款企鹅图案保温杯是316不锈钢的
""")
S("b", "", "research", 1, """
我百度了一下，说这个成分孕妇不能用，是真的吗
我在网上查了，这个型号有两种版本，你们是哪种
知乎上说这个牌子是贴牌的，你们是原厂吗
我看了说明书，上面写要先充电8小时
我在官网上查了防伪码，显示是正品，放心了
我搜了一下，这个材质是食品级的吧
""")
S("b", "", "add_words", 1, """
已经加购物车了，等活动再买
我关注店铺了 有券吗
怎么加入你们店铺会员
收藏了 到时候降价提醒我
我加了你们店的粉丝团了 有福利吗
几号发货啊
我要大号的
这双是几号的
链接里那个和这个链接有什么区别
第二个链接是加绒的吗
""")
S("a", "", "add_words", 1, """
亲，加购物车后满减自动算
亲 您关注店铺后领新人券，立减5元
亲，加入店铺会员第一单送小样
亲，5号统一发货
亲 大号适合体重130到150斤
亲，第二个链接是加绒款，第一个是单层的
""")
S("b", "", "mention_contact_innocent", 1, """
我手机快没电了 晚点再来问
我刚在微信上跟我老公商量了，决定要白色的
我朋友把这个链接微信发给我的
我女儿用她的手机给我下的单
我在上班 电话不方便接 有事在这里说
我截图发朋友圈问了 大家都说蓝色好看
我把商品截图发给我妈看了，她说可以
我是用我妈的手机号注册的，收货人写我就行
""")
S("a", "", "mention_contact_innocent", 1, """
亲，您可以把商品分享给朋友一起看，点右上角分享
亲 喜欢的话可以截图保存，方便比较
亲，快递员会打您订单上的号码，请保持电话畅通
""")
# ---- more product features / names
S("a", "", "product_feature", 1, """
亲，这款智能秤可以连手机看数据，不需要微信
这款行车记录仪手机连WiFi就能看回放
亲，收银一体机支持扫微信、支付宝、云闪付
这个小票打印机能接外卖平台的订单
亲 这款投影仪自带爱奇艺和腾讯视频
这台对讲机是无线电的，不用网络，不能连微信
亲，老人手机自带微信和抖音，开机就能用
这个学习平板能屏蔽抖音和快手
亲，儿童手表能加好友，但只能和手表之间加
这个自拍杆蓝牙连手机，抖音拍视频很方便
亲 直播补光灯是主播都在用的，抖音快手都行
这款声卡适合唱歌和直播，K歌软件都支持
亲 这款手机云台可以跟随拍摄，拍抖音视频用
这个手机支架是床头懒人款，刷抖音不累手
亲，这台笔记本能流畅运行微信和办公软件
这款U盘可以直接插手机导出微信里的照片
亲，这个读卡器是微芯科技生产的
亲 这个收款提示器连的是店里的WiFi，微信收款会语音播报
这个智能门铃有人按会推送到手机app
""")
S("b", "", "product_feature", 1, """
这个麦克风能直播用吗 抖音那种
补光灯适合拍小红书照片吗
手机支架能横着放刷剧吗
这个平板能视频通话吗 微信那种
老人机能不能抢微信红包
这个音箱能播放微信里的语音吗
行车记录仪需要装什么软件吗
这台电脑能装QQ吗
收银机能同时收微信和现金吗
这个智能门锁能远程开吗 要下载什么
""")
S("a", "", "product_name", 1, """
亲，这款“绿野仙踪”香薰是青草味的
亲 这个蓝鸟造型的风铃是纯铜的
亲，这款企鹅睡衣是珊瑚绒的
亲，这个是小黄鸭浴室玩具，一套三只
亲，“小红帽”系列童装有现货
亲 这本《纸飞机》绘本适合三到六岁
亲，咸鱼茄子煲调料包一包两人份
亲 这款黄鱼鲞是温州特产
亲，红薯粉条是纯红薯做的，不加明矾
亲，红薯干是蒸晒的，无添加
亲，绿泡泡洗洁精是我们家的自有品牌，名字叫这个
亲 这款薇诺娜的面霜是正品
亲，薇婷脱毛膏有两种香型
亲 维达纸巾一箱十二卷
亲，卫星云图挂历是科普款
亲，这个是威信牌的锁，老牌子了
""")
# ---- more seen elsewhere / experiences
S("b", "", "seen_elsewhere", 1, """
我在小红书看到有人用这个改造出租屋 好好看
抖音上那个博主说这个锅不粘，真的吗
朋友圈有人晒了你们家的月饼，我来看看
我是在拼多多买过类似的，质量不行，所以来这边买好点的
以前在淘宝买过一个坏了，这次想买个靠谱的
京东上买的那个用了一个月就坏了，你们的能用多久
在闲鱼卖掉了旧的，想换个新的
我在抖音直播看了你们家的，没抢到
我姐在小红书种草的，让我帮她买
看了B站的开箱视频，来问问配置
我在微信读书上看的这本书，想买实体书
刷到微博上的广告了，这个活动真的吗
""")
S("a", "", "seen_elsewhere_reply", 1, """
亲，抖音上的那个是我们的产品，这边价格一样的
亲，感谢您的关注，这款确实在小红书很火
亲 您说的那个博主我们不认识哦，可能是买家分享的
亲，B站那个开箱视频里的是旧款，现在这个是新款
""")
# ---- more price comparison
S("b", "", "price_compare", 1, """
我在京东看到这个才89，你这边能便宜吗
拼多多百亿补贴同款才一半价格，你们为什么这么贵
抖音上有人卖69，你们卖99太贵了
淘宝同款到处都是，你们有什么优势
别的店都送赠品，你们送什么
我对比了三家，你们最贵
上个月在你们家买才79，现在怎么涨价了
线下商场打完折跟你们差不多
Amazon上卖20刀，你们这折合人民币贵了
官网也才这个价，在你这买有什么好处
""")
S("a", "", "price_compare_reply", 1, """
亲，我们用的是加厚款，价格会高一些
亲，别家是旧款清仓，我们是今年新款
亲，这边可以给您申请一个小额优惠券
亲 我们有十年质保，这个是其他店没有的
亲，价格比较高是因为我们是整箱发，不是散装
亲，这个价格已经是最低了，利润很薄
亲 您可以关注一下店铺，下周会员日有折扣
""")
# ---- more warnings
S("a", "", "warning", 1, """
亲，最近有人冒充我们客服打电话，说订单异常要退款，请不要相信
亲，请注意：任何要求您提供银行卡号的都不是我们
温馨提示：本店所有优惠只在本店铺页面发布，不会通过短信发链接
亲，如果有人让您去别的平台下单说更便宜，请提高警惕
亲 我们售后不会要求您下载远程控制软件
亲，请不要扫描包裹内来历不明的二维码
亲，本店从不以“激活会员”“解除分期”为由联系顾客
提醒各位亲：店铺没有任何私人客服号，请认准本聊天窗口
亲 看到有人冒充我们的抖音号卖货，我们没有开抖音号，请勿上当
""")
S("b", "", "warning", 1, """
我看新闻说很多人被骗加微信退款，你们不会这样吧
我只认平台的消息 别的渠道联系我的我都不信
我妈差点被骗了 说是加微信给她退款 你们以后别打电话
""")
# ---- more reports
S("b", "", "report_scam", 1, """
有个人说是你们店的客服，让我去拼多多重新下单，说这边链接坏了，是真的吗
收到一个自称你们店的好友申请，备注是售后，我没通过
有人私信我说你们店在搞内部群秒杀，让我扫码进群，是你们吗
我在评论区看到有人留了微信说是你们店，是你们的吗
快递里塞了张卡片，写着加微信领取质保，这是你们的吗
刚才有人发短信说我的快递丢了要理赔，让我加QQ，我没理
有个自称是你们店老板的人加我微信，说可以便宜卖给我，靠谱吗
""")
S("a", "", "report_scam_reply", 1, """
亲，那个不是我们，我们所有售后都在这里，请不要通过
亲 评论区那些是广告号，我们已经举报了，谢谢您提醒
亲，卡片不是我们的，请不要扫码，我们不会通过任何外部渠道联系您
亲 我们店没有内部群，请不要相信
亲，您做得对，不要理会，如果有损失请报警
""")
# ---- more platform flows
S("a", "", "platform_flow", 1, """
亲，您在订单详情里点“修改地址”，还没发货都能改
亲 您点一下申请售后，选择换货，填上要换的尺码
亲，运费差价我给您发了个补差链接，您点一下拍就行
亲，已给您发送小额打款5元，平台会通知您
亲，您可以申请价保，差价平台会退给您
亲 预售款付定金后，尾款时间会在订单里提醒
亲，您在我的订单里找到这单，点“延长收货”
亲 您点一下聊天框上面的商品，就是我说的那款
亲，您可以点店铺首页的分类找到同系列
亲 我给您发的是新链接，原链接已经下架了
亲，您直接回复数字我就知道是哪个问题了：1查物流 2退换货 3开发票
亲，您可以在商品页下面看到“问大家”，买过的人会回答
亲，本店的直播在本平台，点店铺头像就能进直播间
亲 平台的价保服务能保30天
亲，会员积分在店铺首页兑换
亲，我已经帮您提交了平台介入，客服小二会联系您
亲，您的退款已经同意，钱会原路退回您的微信零钱
亲 退款到银行卡的话需要1到5个工作日
亲 您在这里发订单截图就可以，不用别的方式
亲，分期付款在付款页面选信用卡分期
""")
S("b", "", "platform_flow", 1, """
申请售后那里选什么原因
补差价的链接发我一下
这个可以价保吗
为什么我的优惠券用不了
退款显示成功了，可是微信没收到
我支付宝付的，退款多久到
能不能延长一下收货时间
我怎么找不到开发票的入口
平台介入了 你们会怎么处理
直播间里的优惠能在这里用吗
""")
# ---- more homograph / word look-alikes
S("b", "", "homograph_word", 1, """
这个锁是不是威信牌的 我爸说那个牌子好
微型冰箱放宿舍能用吗
卫星锅的高频头坏了，有配件吗
企鹅造型的加湿器几升的
QQ弹的那个软糖有小包装吗
V领毛衣有没有加厚的
有没有蓝鸟车的后视镜
我要那个小红帽的童装
纸飞机绘本有拼音吗
我老家是威信县的 能发货吗
维新路那个地址能送吗（我的收货地址在维新路）
""")
S("a", "", "homograph_word", 1, """
亲 我们发往威信县走邮政，大概四天
亲，维新路可以送的，快递到楼下
亲，微型冰箱功率很小，宿舍能用
亲 企鹅加湿器是3升的
亲，V领毛衣加厚款在第二个链接
亲，卫星锅配件单独链接有卖
""")
# ---- more number talk
S("a", "", "number_talk", 1, """
亲，您拍的是三号色，和图上第三个一样
亲 这款有十二生肖图案，您选哪个
亲，八十八元两件，一百二三件
亲 内径十八毫米，外径二十二
亲，一共三层，每层承重二十公斤
亲 建议一六零以下拍S，一六零到一六五拍M
亲，这个是二零二四年新款，去年的已经卖完了
亲 加一元换购小样，在购物车里选
亲，前面三个是白色的，后面四个是黑色的
亲 第一件原价，第二件半价
""")
S("b", "", "number_talk", 1, """
我体重一百三，身高一六五，拿L可以吗
一七五一百四穿什么码
鞋子四十二码的有吗
这个是二零二四年产的吗
我要三号和七号各一个
加一块钱换购那个怎么弄
我要买十二个 有没有优惠
八十五B的有吗
""")
# ---- more refusals
S("a", "", "refusal", 1, """
亲，实在抱歉，我们这边不能加微信，您有任何问题我都在线
亲，图片您在这里发就好，我能看到的
亲 我们不提供电话服务，您在这里留言我第一时间处理
亲，我们不会让您去其他平台下单的，就在这个链接拍
亲 不用转账，您在这里拍下付款就行，有保障
亲，邮箱就不用了，合同我们在平台的电子合同里签
亲，我们只在这里服务，其他任何渠道都不是我们
亲 您的手机号我们不需要，订单上有就行
""")
S("b", "", "refusal", 1, """
不要加什么微信了 就在这个软件上说
你别给我打电话 有事就在这里发消息
我不扫码 你直接在这说
我不下载别的app 就在这里退
""")
# ---- english / traditional acceptable
S("b", "", "english", 1, """
Hi, is this available in blue?
How long does shipping to Singapore take?
Can I return it if it doesn't fit?
I paid with WeChat Pay, will the refund go back there?
My order number is in the screenshot, please check
I saw this on Instagram, is it the same material?
Why is it more expensive than on Taobao?
I won't add anyone on WhatsApp, please just reply here
Someone messaged me on Telegram pretending to be you
Please send me the product link again, the old one is gone
""")
S("a", "", "english", 1, """
Yes dear, blue is in stock, you can order directly from this link
Shipping to Singapore takes 7-10 days
Refunds go back to your original payment method
We never contact buyers on WhatsApp or Telegram, please ignore those messages
Please click the product card above to order
The tracking number is in your order details
We only sell on this platform, no other stores
""")
S("b", "", "traditional", 1, """
請問藍色那個還有嗎
寄到台灣要幾天
我用信用卡付的 退款會退回信用卡嗎
有人說是你們客服 要我加LINE 我沒有加
我在蝦皮看過比較便宜的 你們可以算便宜一點嗎
訂單編號在截圖裡 麻煩幫我查一下
我在抖音看到你們的影片 這個顏色很好看
""")
S("a", "", "traditional", 1, """
親 藍色還有貨 直接下單就可以
親 寄台灣大約5到7天
親 退款會原路退回您的信用卡
親 我們不會要求您加LINE 請不要理會
親 物流單號在訂單詳情裡可以看到
""")
# ---- virtual goods: buyer gives account for delivery of the order
S("b", "", "recharge_account", 2, """
帮我充到这个QQ号{qq}，一个月的会员
话费充值号码{phone}，充一百的
充值账号是{qq}，麻烦快点
我拍的是QQ音乐会员，账号{qq}
流量包充到{phone}
""")
S("a", "", "recharge_account", 1, """
亲，充值的QQ号请填写在订单备注里，系统自动充值
亲 话费充值号码就是您下单时填写的，请核对
亲，会员已经充到您备注的账号上了，请查收
亲，虚拟商品充错号不退哦，请仔细核对账号
""")
# ---- prices with ¥ signs, coupon codes (in-platform)
S("a", "", "price_symbols", 1, """
亲，现在活动价¥89，原价¥129
亲 两件￥199，三件￥279
亲，今天下单立减¥20，到手¥68
亲，店铺券满￥300减￥40
亲 定金¥50，尾款¥249，付尾款时间是20号
亲，运费¥8，满¥99包邮
亲 这款日常价￥159，会员价￥139
""")
S("b", "", "price_symbols", 1, """
¥89是含运费的吗
你写的￥199是两件的价格吗
定金¥50能退吗
上次我买是¥79，现在怎么¥99了
""")
# ---- "加" / "号" / "v" words in ordinary talk
S("b", "", "add_words", 1, """
能加急发货吗 明天要用
能加点冰袋吗 天热怕化
我加钱发顺丰可以吗
加一件能包邮吗
我3号下的单怎么还没发
19号之前能到吗
我要两个大号一个中号
V脸仪是哪个链接
你们店VIP怎么升级
我是你们店铺的V3会员 有折扣吗
""")
S("a", "", "add_words", 1, """
亲，已经帮您加急了，今天发出
亲 冰袋给您多加两个
亲，加8块钱升级顺丰，我给您发补差链接
亲，您是店铺V3会员，结算自动打95折
亲，30号前都能到
亲 加一件就满包邮了
""")
# ---- emoji, casual, innocent
S("b", "", "casual", 1, """
收到啦 好喜欢💚
企鹅🐧那个图案太可爱了
小黄鱼🐟干好吃 再来两包
绿色💚那件还有吗
飞机✈️造型的那个积木有吗
包裹收到了 谢谢老板🌹
好评已经给了哈😊
这个颜色好像跟我手机里看的不一样
我老公说太贵了 我再考虑一下
孩子很喜欢 下次还来
""")
S("a", "", "casual", 1, """
谢谢亲的喜欢💚
亲 企鹅🐧款还有粉色的哦
亲，小黄鱼干两包已经给您备注了
亲，收到就好，有问题随时在这里找我哦😊
亲 感谢好评，祝您生活愉快🌹
""")
# ---- business / wholesale within platform
S("b", "", "business", 1, """
我们公司要采购五十台，能开专票吗
批量买有没有优惠，我在这里拍
企业采购能走对公付款吗 在平台上
能做定制logo吗 在这里下单就行吗
""")
S("a", "", "business", 1, """
亲，五十台可以给您批发价，我改一下链接价格，您直接在平台拍
亲，专票在订单里申请，填写公司税号
亲 定制logo的话您把图片在这里发我，确认后下单
亲，量大的话发货会分批，物流信息在订单里
亲，对公付款可以走平台的企业支付
""")
# ---- contact words in service statements that are not solicitation
S("a", "", "service_statement", 1, """
亲，客服在线时间是早九点到晚十二点，晚上留言第二天一早回复
亲，我是今天的值班客服小美，有问题随时在这里问我
亲，节假日也有客服在线，在这个窗口就能找到我们
亲 如果我这边回复慢，您可以留言，我看到马上回
亲，售后问题也是在这个窗口处理的
亲，您之前咨询的那个客服今天休息，我接着帮您处理
""")
S("b", "", "service_statement", 1, """
你们客服几点下班
晚上有人在吗
之前跟我聊的那个客服还在吗
我昨天留言了怎么没人回
""")
# ---- more hard look-alikes mentioning apps/platforms innocently
S("b", "", "mention_platform_innocent", 1, """
我第一次在这个平台买东西，怎么付款
我之前一直在淘宝买，这个平台有运费险吗
京东快递会不会送到家门口
我在拼多多砍了一刀没成功，这里没有砍价吧
你们也在抖音直播吗？我只是问问，在这里买就行
我以前在闲鱼上买二手的，还是新的放心
天猫上那家旗舰店是你们吗？我就在这里拍
小红书上我看到有人说是正品，我就放心了
我不用淘宝，这个平台买方便
我在京东买过你们的竞品，不好用
""")
S("a", "", "mention_platform_innocent", 1, """
亲，我们发京东物流的，一般都送货上门
亲，这边也有运费险的，下单自动赠送
亲 我们就在这个平台卖，在这里下单就行
亲，天猫那家不是我们，我们只有这个店
亲，谢谢您的信任，有问题在这里随时找我
""")
# ---- more product features (payment/contact words)
S("a", "", "product_feature", 1, """
亲 这款收款码立牌可以放微信和支付宝两个码
亲，这个智能手表能接电话，但不能装QQ
亲，这个扫码盒子接收银软件，支持扫微信付款码
亲 手机壳背面有卡槽，可以放身份证和公交卡
亲，这个平板有家长模式，可以限制微信使用时间
亲 这款录音笔能导出到电脑，也能传到手机
亲，车载蓝牙能播放手机里的音乐和导航语音
亲，这款电话机有一键拨号，老人用方便
亲，这款翻译机支持英语日语韩语，出国用
""")
S("b", "", "product_feature", 1, """
收款码立牌能放几个码
翻译机能不能离线用
这个电话机能存几个号码
录音笔能连手机吗
手表能扫码支付吗
""")
# ---- more "saw it on" in English / mixed
S("b", "", "seen_elsewhere", 1, """
I saw this on Xiaohongshu, is it the same size?
my friend bought this on Taobao and loved it
在TikTok上看到你們家的 想問這個有沒有大一號
I watched your product review on YouTube, looks good
""")
# ---- buyer concerns about scams (no contact given)
S("b", "", "scam_concern", 1, """
你们是正规店吧 我怕被骗
会不会让我先转账啊 我只在平台付
你们不会打电话给我推销吧
我的信息你们会保密吧
买了之后会不会有人加我微信
我上次在别家买了之后天天接到推销电话
""")
S("a", "", "scam_concern", 1, """
亲，我们是正规店铺，所有付款都在平台完成
亲 我们不会打电话推销，您的信息只用于发货
亲，您的个人信息我们严格保密
亲，放心，我们不会主动联系您，都在平台消息里沟通
""")
# ---- after-sales ordinary
S("b", "", "after_sales", 1, """
收到的杯子有裂缝，怎么办
尺码小了 能换大一码吗
颜色发错了，我要的是蓝色
少发了一个配件
快递盒子压坏了，东西没事
衣服洗了一次就掉色了
这个东西用了两天就不亮了
我要退货，七天无理由可以吗
能不能只退款不退货，东西坏了
""")
S("a", "", "after_sales", 1, """
亲，非常抱歉，麻烦您拍张照片在这里发我，我马上给您补发
亲，可以换的，您在订单里申请换货，选大一码
亲，发错颜色是我们的失误，您申请退货，运费我们承担
亲，少发的配件今天给您补寄，单号稍后在这里发您
亲 东西没事就好，下次我们加厚包装
亲，掉色的问题您申请退款，我们同意
亲，您申请七天无理由就行，退货运费险会赔付
亲 坏了的话您申请仅退款，上传一下照片
""")
# ---- customization/printing content that contains contact details (order content, not solicitation)
S("b", "", "print_content", 2, """
名片上印：张伟 销售经理 电话{phone} 邮箱{email}
防丢牌背面刻我家狗的名字“豆豆”和我的电话{phone}
姓名贴印孩子名字“王一诺”，下面印我的电话{phone}，怕丢
横幅内容：热烈欢迎各位家长 联系电话{phone}
宠物牌刻：我叫团子 我走丢了 请打{phone}
行李牌上印我的名字和手机{phone}
""")
S("a", "", "print_content", 2, """
亲，名片内容确认一下：刘芳 设计总监 {phone}，没问题我就安排打样了
亲，防丢牌刻字内容：“球球 {phone}”，对吗？
亲 门头灯箱上的电话{phone}确认无误吗，做好了就改不了了
""")
S("b", "", "print_content", 1, """
名片背面印我们公司的二维码可以吗，我在这里发图
工牌上要印工号和部门，不用印电话
帮我在T恤上印“2024毕业快乐”
贺卡上写：祝妈妈生日快乐，永远年轻
""")
# ---- books / virtual goods whose titles contain platform words
S("b", "", "product_name", 1, """
《微信营销实战》这本书还有吗
《淘宝开店从入门到精通》是最新版吗
《抖音运营全攻略》有没有电子版附赠
《小红书爆款笔记写作》这本几号发
伊利QQ星一箱多少盒
腾讯视频会员年卡是自动充值吗
微信红包封面序列号什么时候发
京东E卡是电子卡还是实体卡
""")
S("a", "", "product_name", 1, """
亲，《微信营销实战》是第三版，有现货
亲 《淘宝开店从入门到精通》2024版，今天下单明天发
亲，QQ星儿童奶一箱12盒
亲，红包封面序列号下单后自动发到订单详情里
亲 京东E卡是电子卡，卡密在订单里查看
亲，腾讯视频年卡填手机号自动充值，在订单备注里写就行
""")
# ---- more warnings (verification codes etc.)
S("a", "", "warning", 1, """
亲，为了您的账户安全，请勿把验证码告诉任何人，包括自称客服的人
亲，平台不会要求您加任何群，收到这类消息请直接举报
亲 最近有人假冒快递员发短信让加QQ理赔，是诈骗
亲，有买家反映收到冒充我们的电话，请您务必小心
亲，所有退款都是原路退回，不需要您操作任何转账
""")
S("b", "", "report_scam", 1, """
评论区有人留了个微信号说低价出，你们管管
有人在商品问答里留电话，说是厂家直销，是骗子吧
我收到个电话说我买的东西有甲醛要赔我钱，要我加微信，是你们打的吗
有个客服让我去别的平台拍，是你们家的吗？感觉不对劲
""")
# ---- buyers quoting a scammer's message to ask (reporting)
S("b", "", "report_quote", 1, """
有人给我发“加薇信领取退款”，这是你们发的吗
我收到短信：“您的包裹异常，请加v处理”，真的假的
有个号给我留言说“去某宝拍更便宜”，是你们的人吗
刚才有人私信我“绿泡泡聊”，我没理，是不是骗子
有人让我“复制口令打开某宝”，说是你们店活动，是真的吗
""")
S("a", "", "report_quote_reply", 1, """
亲，这些都不是我们发的，请不要相信，直接删除就好
亲 我们不会让您加薇信或者去别的平台，那是骗子
亲，我们没有任何口令活动，谢谢您告诉我们
""")
# ---- harmless uses of "link"/"网址"/"下载"
S("b", "", "link_words", 1, """
你发的链接打不开，是不是下架了
这个链接跟主页那个是一样的吗
我在你们店铺首页找不到这个链接了
详情页的视频加载不出来
能不能把那个红色款的链接发我
你们的说明书能在详情页看到吗
""")
S("a", "", "link_words", 1, """
亲，那个链接下架了，这个是新链接，点上面的卡片就行
亲，两个链接是同款，一个是单件一个是套装
亲 说明书在详情页最下面，往下滑就能看到
亲，视频加载慢的话您换个网络试试
""")
# ---- more general hard negatives, buyers and agents
S("b", "", "mention_contact_innocent", 1, """
我女儿帮我用微信付的款，没问题吧
我刚才打了快递公司的电话，他们说明天送
我手机号换了，平台上已经改过了
我在微信群里帮朋友团的，她们也在你们家下单
我是用QQ邮箱注册的平台账号，发货通知会发到邮箱吗
我刚拍了个视频，在这里发你看看
我是看到朋友圈广告进来的
给我老公看了，他说可以，我就下单了
""")
S("a", "", "mention_contact_innocent", 1, """
亲，用谁的微信付款都没关系，收货人对就行
亲，您可以把视频直接发在这里，我看了马上回复您
亲 收到了，视频我看了，确实是质量问题，给您换新
亲，团购的话每个人分别下单就行
""")
S("b", "", "delivery_phone", 2, """
帮我备注一下，收货人电话{phone}，白天在家
我换手机号了，订单上的电话帮我改成{phone}
送货前打我这个电话{phone}，我下来拿
""")
S("a", "", "delivery_phone", 2, """
亲，收货电话已经改成{phone}了，请核对
亲，已备注送货前联系{phone}
""")
# ---- more homograph/look-alike words
S("b", "", "homograph_word", 1, """
这个卫星天线能收多少台
你们的威信牌挂锁有几个尺寸
微型摄像头会不会很模糊
维新中学的校服有吗
蓝鸟牌自行车还有吗
我想买个企鹅的拼图给孩子
""")
S("a", "", "homograph_word", 1, """
亲，卫星天线要配接收机，套餐二有
亲 维新中学校服我们有，按学校给的尺码表拍
亲，企鹅拼图是100片的，适合五岁以上
亲，微型摄像头是1080P的，白天很清楚
亲 这辆蓝鸟牌自行车是复古款，24寸
""")
# ---- more numbers that look like obfuscation but are specs
S("a", "", "number_talk", 1, """
亲，这款鞋的码数对照：三十六码二百三十毫米，三十七码二百三十五
亲 规格是一箱二十四瓶，每瓶五百毫升
亲，您说的十三是iPhone 13吧，选第二个型号的壳
亲 表带宽度二十毫米，十八毫米的表不能用
亲，玩具适合三岁以上，零到三岁不建议
亲 灯带长度有五米十米十五米
""")
S("b", "", "number_talk", 1, """
我要五米的灯带两卷
表带二十毫米的有黑色吗
这箱是二十四瓶还是十二瓶
我家宝宝两岁半能玩吗
我手机是iPhone13mini，有壳吗
""")
# ---- English / traditional additional acceptable
S("b", "", "english", 1, """
Does the box come with a gift card? it's a present
Can you ship with SF Express?
Do you have this in size 38?
I'll only pay through the platform, just to be safe
I found a cheaper one on Shopee, can you give a discount?
My phone number on the order is correct, the courier can call me
""")
S("a", "", "english", 1, """
Yes, size 38 is in stock
We can upgrade to SF Express for an extra 10 yuan, I'll send the payment link here
Sure, I'll add a gift card, tell me what to write
""")
S("b", "", "traditional", 1, """
這個有大一號的嗎
可以寄7-11取貨嗎
我在小紅書看到的 這個顏色是不是偏黃
請問發票要怎麼申請
""")
S("a", "", "traditional", 1, """
親 大一號有貨 直接拍就可以
親 發票在訂單詳情裡申請
親 我們不會私下聯絡您 有問題都在這裡說
""")
# ---- structural look-alikes of lure phrasings, benign
S("b", "", "structure_lookalike", 1, """
首页第三张图那个包还有货吗
详情页最后一张图上写的是什么意思
包裹里的小卡片上写的洗涤说明我看不懂
你们店铺头像是只柯基吗 好可爱
主图第五张那个颜色叫什么
收货的时候要本人签名吗
刻字能刻拼音吗 zhangxiaomei
这个logo印反了，倒过来了
尺码表最前面那一栏是什么
昵称能印在杯子上吗
卡片背面可以写字吗
你签名写的“用心做好每一件”挺好的
拼团那个怎么一直没成团
我看评价里第三张买家秀那个颜色更好看
店铺公告说周末不发货是真的吗
""")
S("a", "", "structure_lookalike", 1, """
亲，首页第三张图那款是新品，有货的
亲，详情页最后一张是洗涤说明，建议手洗
亲 包裹里的卡片是保修卡，保存好就行，不用填
亲，刻拼音可以的，最多12个字母
亲，主图第五张颜色是雾霾蓝
亲 店铺公告里写了，周末仓库休息，周一统一发
亲，评价里那个颜色是燕麦色，链接里第二个选项
亲，包裹里的小卡片是感谢卡，没有别的意思哈
亲，卡片上写着使用注意事项，请先看一下再用
亲 您的昵称我们会印在杯子底部
""")
# ---- dialect / colloquial benign
S("b", "", "dialect", 1, """
靓仔 呢件有冇大码啊
老铁 这鞋子正不正啊
妹儿 这个辣不辣嘛
搞快发货嘛 等到起的
整两斤 给我包好点
呢个几时到啊
""")
S("a", "", "dialect", 1, """
有大码㗎 直接拍就得
亲 鞋子是正品 放心
微辣的亲 不得好辣
今天就发 莫急哈
""")
# ---- mentions of contacting couriers/platform official service (no numbers)
S("a", "", "official_channel", 1, """
亲，如果对处理结果不满意，可以申请平台客服介入
亲，物流问题我这边帮您联系快递公司，有结果在这里告诉您
亲 快递停滞了，我已经在物流后台提交催件了
亲，您也可以在订单页点“投诉”，平台会处理
""")
S("b", "", "official_channel", 1, """
再不处理我就找平台客服了
我要申请平台介入
我已经在订单里投诉了
""")
# ---- numbers in packaging/product IDs
S("b", "", "order_number", 2, """
这是我的订单号 {order}，东西有问题
退货物流单号{waybill}，麻烦查收
""")
S("a", "", "waybill", 2, """
亲，换货的单号是{waybill}，预计三天到
亲，您的包裹已到站，取件码{code}
""")
# ---- more price comparisons & seen-elsewhere with nicknames (buyer, no steering)
S("b", "", "price_compare", 1, """
某宝上好像便宜点 你们能不能再优惠
拼夕夕上的太便宜了 我都不敢买
狗东上卖的跟你们一样价
小红书上都说这个贵了
抖音直播间比你们便宜 你们有直播吗？没有的话就算了我在这买
""")
S("b", "", "seen_elsewhere", 1, """
在红薯上看到的 博主说这个不卡粉
在某音刷到的 主播说是你们家的
tb上看过同款，但是你们评价好
""")
S("a", "", "price_compare_reply", 1, """
亲，其他地方的价格我们不清楚，我们这边保证正品
亲 直播间价格是限时的，这边可以领券也差不多
亲 我们这边有七天无理由和运费险，买着放心
""")
# ---- agents reminding not to give contacts
S("a", "", "warning", 1, """
亲，您刚才发的手机号我们不需要，为了安全建议撤回，订单上有就行
亲，请不要在聊天里发您的银行卡信息，退款是系统原路退的
亲，您的微信号不用发给我哦，我们只在平台服务
""")
S("b", "", "scam_concern", 1, """
我刚才是不是不该把电话发给你 撤回了
我不想透露太多个人信息，在这里处理可以吗
""")
# ---- store-type shop talk with look-alike words (individually written)
S("a", "", "shop_talk", 1, """
亲，这款茶叶是安溪铁观音，清香型，一斤装两罐
亲，猫粮是全价冻干双拼，幼猫成猫都能吃
亲 奶粉是国行版，罐底有溯源码
亲，这件羽绒服是90白鸭绒，充绒量200克
亲 空气炸锅是5.5升的，三口之家够用
亲，渔竿是3.6米的，碳素的，很轻
亲 床垫是独立弹簧，偏硬
亲，这个行李箱是20寸登机箱
亲，口红色号是枫叶红，黄皮也能用
亲 扫地机器人能自动回充，也能用手机设置清扫时间
亲，这个电动牙刷有三档，一次充电用一个月
亲，我们家蜂蜜是农家土蜂蜜，会结晶的
""")
S("b", "", "shop_talk", 1, """
这个茶叶是今年的新茶吗
猫粮有没有小包装试吃
奶粉保质期到什么时候
羽绒服会不会钻毛
炸锅需要预热吗
渔竿能不能海钓
床垫有没有甲醛味
行李箱能上飞机吗
这个口红干不干
扫地机能扫地毯吗
牙刷头多久换一次
蜂蜜为什么会结晶
""")
# ---- "飞机"/"鱼"/"企鹅"/"绿" etc. in ordinary product talk
S("b", "", "homograph_word", 1, """
我想买个遥控飞机给儿子
鱼竿配的鱼线是几号的
企鹅图案的那款床单有1.8米的吗
绿色的那款四件套起球吗
那个小蓝鸟的贴纸是送的吗
红薯粉条一次煮多久
咸鱼干是哪里产的
""")
S("a", "", "homograph_word", 1, """
亲，遥控飞机适合八岁以上，带两块电池
亲 鱼线配的是2.0号的
亲，企鹅床单1.8米有的，选第三个规格
亲，绿色四件套是长绒棉，不起球
亲 小蓝鸟贴纸是赠品，每单都有
亲，红薯粉条先泡半小时，再煮十分钟
亲，咸鱼干是湛江产的
""")
# ---- more refusals/redirects in varied tones
S("a", "", "refusal", 1, """
亲亲，加微信真不行哈，被平台发现要罚的，您有啥尽管在这里问
亲，我懂您想快点，我这边一直守着，您发什么我都秒回
亲 电话沟通不了哈，您发语音在这里也可以的
亲，别的平台没有我们店，您在这里拍最放心
亲，图片太大的话您截图发也行，我能看清
""")
S("b", "", "refusal", 1, """
你刚才说加微信？算了我不加 就在这里
我不去其他地方买 你就在这个链接上改价吧
不用给我发网址了 我就在这里看
""")
# ---- more traditional / HK benign
S("b", "", "traditional", 1, """
請問可以寄到香港嗎
運費怎麼算
這款有沒有其他顏色
我用轉數快付不了 平台上還有什麼付款方式
收到了 謝謝老闆
""")
S("a", "", "traditional", 1, """
親 可以寄香港 運費結帳時會顯示
親 付款方式在結帳頁面可以選 信用卡也可以
親 感謝支持 有問題隨時在這裡找我們
""")
# ---- "抖音/快手/小红书" as content creation topics (benign)
S("b", "", "content_creation", 1, """
我是拍小红书的，这个背景布拍照反光吗
我做抖音带货的，这个补光灯够亮吗
这个麦克风录B站视频收音怎么样
我开网店用的，这个拍照灯箱多大的
""")
S("a", "", "content_creation", 1, """
亲，背景布是哑光的，拍照不反光
亲 补光灯有三种色温，直播拍视频都够用
亲，麦克风是心型指向，录视频收音很干净
亲，灯箱有40和60厘米两种，拍小件选40的
""")
# ---- buyer-side benign lines, many English / Traditional
S("b", "", "english", 1, """
Is this the official store? I only buy through the app
How do I apply for a refund in the order page?
The link you sent earlier expired, can you send the item card again?
Can you change the delivery phone number to the new one on my order?
I saw the ad on Facebook, is the discount still valid here?
Which color is the one in the third picture?
Will the refund go to my Alipay or my card?
My mom saw this on Douyin and asked me to buy it for her
Do you offer gift wrapping?
Is the penguin mug microwave safe?
Is the 2TB version in stock?
Does the price include shipping to Hong Kong?
Someone added me on WeChat saying they're your agent, I blocked them
The WhatsApp message I got about my parcel was fake right?
Cheaper on Temu but I trust your reviews more
What does the card inside the package mean?
How do I use the coupon you sent in this chat?
Please don't call me, text here is fine
Can I pay with WeChat Pay at checkout?
I got a "refund link" by SMS, I didn't click it
""")
S("a", "", "english", 1, """
Yes, this is the official store, please order here
Refunds go back to the account you paid with
The card in the package is a warranty card, just keep it
You can apply for a refund under My Orders > After-sales
We never send refund links by SMS, please ignore it
Gift wrapping is free, just leave a note in the order
""")
S("b", "", "traditional", 1, """
請問這個有現貨嗎
我在IG看到你們的廣告 折扣還有嗎
我想改收件人電話 訂單上要怎麼改
運送大概要幾天
退款會退到哪裡
這個企鵝杯可以微波嗎
我在Facebook看到有人賣一樣的 比較便宜
第三張圖那個顏色是什麼
有人打電話說是你們客服 要我去ATM操作 我直接掛了
包裹裡的卡片是什麼意思
我不加LINE喔 在這裡說就好
請問可以用信用卡分期嗎
發票可以開公司抬頭嗎
衣服有點小 可以換大一號嗎
""")
S("a", "", "traditional", 1, """
親 有現貨 今天下單明天出貨
親 包裹裡的卡片是保固卡 請保留
親 可以換大一號 在訂單裡申請換貨就可以
親 ATM操作都是詐騙 我們絕對不會這樣要求
親 公司抬頭可以開 請在訂單備註填寫統編
""")
S("b", "", "mixed_lang", 1, """
这个color有点dark，有light一点的吗
我的order好几天没update物流了
可以refund吗 size不合适
这个link是最新的吗
我在IG看到这个款 好cute
淘宝上cheaper一点 你们能match吗
""")

# ---------------------------------------------------------------- write
def main():
    seen = set()
    rows = []
    for text, sender, labels, family in ENTRIES:
        text = re.sub(r"\s+", " ", text).strip()
        if text in seen:
            continue
        seen.add(text)
        rows.append({"text": text, "sender": sender, "labels": labels, "family": family})
    random.Random(7).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = collections.Counter()
    for r in rows:
        for l in r["labels"] or ["(none)"]:
            c[l] += 1
    print(len(rows), "lines;", dict(c))


if __name__ == "__main__":
    main()
