# -*- coding: utf-8 -*-
"""make_violations_r2.py -- round-2 violating messages + hard acceptable look-alikes for csc.

Every line below is hand-written.  A few templates carry slots ({PH}, {QQ}, {WX}, {URL} ...)
that are filled with random fake ids/numbers, rendered through an evasion transform
(Chinese number words, pairs, reversed, 'add 1 in front', letters for digits ...).
A template marked xN yields at most N (<=5) variants.  Fixed seed -> reproducible output.

Line format inside the blocks:   <sender a|b> <labels comma-sep or -> <family> [xN] | <text>
"""
import json, random, re, sys, os
random.seed(20240602)

CODES = ["contact","payment","link","platform","address","abuse","obscene","fraud","spam","political"]
V = []   # (text, sender, labels, family, n)

def add(block):
    for raw in block.strip("\n").split("\n"):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        head, text = raw.split(" | ", 1)
        parts = head.split()
        s = {"a": "agent", "b": "buyer"}[parts[0]]
        labels = [] if parts[1] == "-" else parts[1].split(",")
        for l in labels:
            assert l in CODES, (l, raw)
        fam = parts[2]
        n = 1
        if len(parts) > 3:
            n = int(parts[3][1:])
        V.append((text.strip(), s, labels, fam, n))

# ---------------------------------------------------------------- slot machinery
CNL = "零一二三四五六七八九"
CNU = "零壹贰叁肆伍陆柒捌玖"
CIRC = "⓪①②③④⑤⑥⑦⑧⑨"
FW = "０１２３４５６７８９"
KEYCAP = ["0️⃣","1️⃣","2️⃣","3️⃣","4️⃣","5️⃣","6️⃣","7️⃣","8️⃣","9️⃣"]
LET = "jabcdefghi"   # a=1 ... i=9, j=0
SYL = ["xiao","mei","li","na","jie","ge","ling","yu","chen","wang","lin","hui","fang","tao","le","mu",
       "qing","xin","yan","bao","an","zhi","ke","rui","tong","hao","jun","pei","ying","kai"]
EN = ["amy","kk","joy","sunny","momo","vivi","leo","coco","tina","ray","kiki","jay","nana","bobo"]

def phone():
    return "1" + random.choice("35789") + random.choice("0123456789") + "".join(random.choice("0123456789") for _ in range(8))
def cn_low(d, yao=False):
    out = []
    for c in d:
        if c == "1" and yao and random.random() < .6: out.append("幺")
        elif c == "0" and random.random() < .3: out.append("〇")
        else: out.append(CNL[int(c)])
    return "".join(out)
def cn_up(d): return "".join(CNU[int(c)] for c in d)
def pair_word(p):
    if len(p) == 1: return CNL[int(p)]
    a, b = int(p[0]), int(p[1])
    if a == 0: return "零" + CNL[b]
    if a == 1: return "十" + (CNL[b] if b else "")
    return CNL[a] + "十" + (CNL[b] if b else "")
def pairs(d): return " ".join(pair_word(d[i:i+2]) for i in range(0, len(d), 2))
def mixed(d):
    out = []
    for c in d:
        r = random.random()
        out.append(c if r < .3 else CNL[int(c)] if r < .55 else CNU[int(c)] if r < .75 else CIRC[int(c)] if r < .9 else FW[int(c)])
    return "".join(out)
def spaced(d):
    style = random.choice(["344", "3 4 4", "-", "dots", "335"])
    if style == "344": return d[:3] + " " + d[3:7] + " " + d[7:]
    if style == "3 4 4": return d[:3] + "  " + d[3:7] + "  " + d[7:]
    if style == "-": return d[:3] + "-" + d[3:7] + "-" + d[7:]
    if style == "dots": return ".".join(d)
    return d[:3] + " " + d[3:6] + " " + d[6:]
def homoglyph(d): return d.translate(str.maketrans({"0": random.choice("Oo"), "1": random.choice("lI"), "5": "S", "8": "B", "9": "q"}))
def qq(): return str(random.randint(1,9)) + "".join(random.choice("0123456789") for _ in range(random.randint(6,9)))
def wx():
    k = random.random()
    if k < .4: return random.choice(SYL) + random.choice(SYL) + str(random.randint(10, 9999))
    if k < .7: return random.choice(EN) + random.choice(["_", "-", ""]) + str(random.randint(100, 99999))
    return random.choice(SYL) + random.choice(["_", ""]) + random.choice(SYL) + random.choice(["88", "666", "520", "1314", str(random.randint(1, 99))])
def tw():
    d = "09" + "".join(random.choice("0123456789") for _ in range(8))
    st = random.choice(["dash", "sp", "plus", "plain"])
    if st == "dash": return d[:4] + "-" + d[4:7] + "-" + d[7:]
    if st == "sp": return d[:4] + " " + d[4:7] + " " + d[7:]
    if st == "plus": return "+886 " + d[1:4] + " " + d[4:7] + " " + d[7:]
    return d
def hk():
    d = random.choice("569") + "".join(random.choice("0123456789") for _ in range(7))
    st = random.choice(["sp", "plus", "plain"])
    if st == "sp": return d[:4] + " " + d[4:]
    if st == "plus": return "+852 " + d[:4] + " " + d[4:]
    return d
def lineid(): return random.choice(["@", ""]) + random.choice(EN + SYL) + random.choice(["0", "", "_", "."]) + str(random.randint(1, 999))
def mail():
    u = random.choice(SYL) + random.choice(SYL) + str(random.randint(1, 999))
    return u + "@" + random.choice(["163.com", "qq.com", "126.com", "gmail.com", "outlook.com", "yahoo.com.tw", "sina.com", "foxmail.com"])
def rnd(n, chars="abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"): return "".join(random.choice(chars) for _ in range(n))
def surl():
    return random.choice(["t.cn/", "dwz.cn/", "bit.ly/", "tinyurl.com/", "reurl.cc/", "lihi1.cc/", "pse.is/", "is.gd/", "suo.im/", "url.cn/", "sourl.cn/", "b23.tv/"]) + rnd(random.randint(5, 8))
def url():
    dom = random.choice(SYL) + random.choice(["", "-", ""]) + random.choice(SYL) + random.choice([".com", ".cn", ".top", ".vip", ".xyz", ".net", ".shop", ".cc", ".com.tw", ".hk"])
    path = random.choice(["", "/", "/m/" + rnd(5), "/s/" + rnd(6), "/item?id=" + str(random.randint(1000, 99999)), "/reg?code=" + rnd(6), "/" + rnd(4)])
    return random.choice(["https://", "http://", "www.", "", "https://www."]) + dom + path
def dom_spelled():
    name = random.choice(SYL) + random.choice(SYL)
    tld = random.choice(["com", "cn", "top", "vip", "net"])
    return random.choice([name + "点" + tld, "w w w 点 " + name + " 点 " + tld, name + " dot " + tld, name + "。" + tld, name + "．" + tld, name + "(点)" + tld])
def token():
    sym = random.choice(["¥", "￥", "€", "$", "₴", "£", "₳", "◆"])
    return sym + rnd(11) + sym
def amt(): return str(random.choice([30, 45, 50, 60, 80, 88, 99, 120, 128, 150, 166, 180, 200, 260, 299, 300, 350, 399, 450, 500, 680, 800, 888, 1200, 1580, 2000, 2600]))
def card(): return "62" + "".join(random.choice("0123456789") for _ in range(14)) + "".join(random.choice("0123456789") for _ in range(random.choice([0, 3])))
def card_sp(c): return " ".join(c[i:i+4] for i in range(0, len(c), 4))

def ph_render(kind):
    d = phone()
    if kind == "PH": return random.choice([d, spaced(d), "+86 " + d, "0086" + d, spaced(d)])
    if kind == "PHCN": return cn_low(d, yao=True)
    if kind == "PHUP": return cn_up(d)
    if kind == "PHPAIR": return pairs(d)
    if kind == "PHNO1": return d[1:]
    if kind == "PHREV": return d[::-1]
    if kind == "PHLET": return "".join(LET[int(c)] for c in d)
    if kind == "PHMIX": return mixed(d)
    if kind == "PHCIRC": return "".join(CIRC[int(c)] for c in d)
    if kind == "PHFW": return "".join(FW[int(c)] for c in d)
    if kind == "PHKEY": return "".join(KEYCAP[int(c)] for c in d)
    if kind == "PHGLY": return homoglyph(d)
    if kind == "PHSP": return spaced(d)
    if kind == "PHA": return d[:3]
    if kind == "PHB": return d[3:7]
    if kind == "PHC": return d[7:]
    raise KeyError(kind)

SLOTS = {
    "QQ": qq, "QQCN": lambda: cn_low(qq(), yao=True), "QQUP": lambda: cn_up(qq()), "QQREV": lambda: qq()[::-1],
    "WX": wx, "TW": tw, "HK": hk, "LINE": lineid, "MAIL": mail, "SURL": surl, "URL": url, "DOM": dom_spelled,
    "TOKEN": token, "AMT": amt, "CARD": lambda: card_sp(card()), "CODE": lambda: rnd(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
    "N4": lambda: str(random.randint(1000, 9999)), "N6": lambda: str(random.randint(100000, 999999)),
    "QQPAIR": lambda: pairs(qq()),
}
def fill(text):
    def rep(m):
        k = m.group(1)
        if k.startswith("PH"): return ph_render(k)
        return SLOTS[k]()
    return re.sub(r"\{([A-Z0-9]+)\}", rep, text)
# ================================================================ CONTACT
add(r"""
# --- older merchants, voice-to-text style
a contact old_merchant | 妹子你加我微信吧我眼睛不好打字慢 微信就是这个手机号{PH}
a contact old_merchant x2 | 俺这店是儿子帮开的 有啥事打俺电话 {PH} 白天都在
a contact old_merchant | 老顾客了还在这上面聊啥呀 直接打我座机 0571-8{N4}{N4} 我姓周
a contact old_merchant x2 | 阿姨跟你讲 你存我号码 {PHCN} 下回要货直接喊我
a contact old_merchant | 我不大会弄这个手机 你有事找我女儿 她微信号 {WX} 你说是周大姐介绍的
a contact old_merchant | 这个平台我老是看不到消息 你记我的号 一三九 后面我等会发你
a contact old_merchant | 孩子 你把你电话留给我 我让师傅直接跟你联系装
a contact old_merchant | 我们老两口开的小店 电话比这个快 一五八 六二 四四 七零 一三
a contact old_merchant | 哎呀我这字认不全 你还是加绿色那个吧 我用那个跟孙子视频的
a contact old_merchant | 大兄弟 我名片就在包裹里 上面有我手机 以后直接找我拿货
a contact old_merchant x2 | 你打这个号 {PHUP} 找老陈 这是俺家座机转的手机
a contact old_merchant | 我年纪大了看不清屏幕，你给我打电话说吧，号码在店铺首页那个图片最下面
# --- young livestream sellers
a contact livestream | 家人们没抢到的别急 来粉丝群 群号在主播头像上 进群发福利
a contact livestream | 宝子下播了私我 绿泡泡搜 {WX} 给你留一件
a contact livestream | 姐妹我直播间说的那个小号 就是我签名里那一串 加上备注直播间
a contact livestream | 宝 私聊我小号啦 dy号在我主页简介 这里回不过来
a contact livestream | 冲冲冲 福袋没中的来企鹅群 {QQ} 补发安慰奖
a contact livestream x2 | 家人们 这个号要被限流了 备用号记一下 vx {WX} 不迷路
a contact livestream | 宝宝你先关注一下我的小红薯 号在包装袋背面 有穿搭教程
a contact livestream | 主播的私人号不公开 但是你截图今天订单发我小号就能加 小号在评论区置顶
a contact livestream | 家人们 平台不让说 你们懂的 那个绿色的 搜三个字母加生日 ymx0617
b contact livestream | 主播你小号多少 我想单独找你定制
b contact livestream | 主播 你那个粉丝群咋进 我要进群抢
a contact livestream | 姐妹们点我头像 进主页 有个“私域”二字 后面就是号 手慢无
# --- wholesale factories
a contact wholesale | 老板要大货的话加我们业务经理的微信 {WX} 工厂价另外谈
a contact wholesale | 我们是源头工厂，这里只是零售，批发请致电 {PH} 王经理
a contact wholesale | 拿货量大的话这边不方便 QQ {QQ} 发你工厂实拍和报价单
a contact wholesale | 一手货源 需要代发的 企鹅加一下 号码是 {QQCN}
a contact wholesale | 你要做代理的话 加我们招商部电话 {PH} 工作日都在
a contact wholesale | 打版样衣的事线下沟通更快，留个联系方式吧老板
a contact wholesale | 厂家直接对接 发个邮箱过来 我把产品目录和MOQ发你
a contact wholesale | 老板你电话多少，我们销售经理直接打给你谈批量价
b contact wholesale | 我开店的，想长期拿货，你们厂长电话给一个
b contact wholesale | 我要500件起 能不能直接跟你们工厂对接 留个v
a contact wholesale | 厂里有个对接群 专门发新款 想进的话把你号码报一下我拉你
a contact wholesale | 代发的话你把收件表格发我邮箱 {MAIL} 每天下午统一处理
# --- second-hand resellers
a contact secondhand | 这台机器还有几台同款 想看的话加我 {WX} 发你视频验机
a contact secondhand | 二手的东西说不清 你加我电话吧 {PH} 视频给你看成色
b contact secondhand | 你家回收手机不 我有一台想出 你给个联系方式 我自己跟你谈
a contact secondhand | 我们是回收商 其他的闲置也收 扣扣 {QQ} 直接报价
a contact secondhand | 验机报告太大这里发不了 你留个邮箱吧 我发你
b contact secondhand | 老板能不能视频看看 你的微信多少我打给你
a contact secondhand | 还有一批库存尾货 你联系我 号码倒着念 {PHREV}
# --- cross-border English
a contact english | Hi dear, add me on WhatsApp +86 {PH} and I can send you more pictures
a contact english | Please DM me on Instagram @{WX} for wholesale price
a contact english | For custom orders pls email us at {MAIL}, we reply within 24h
a contact english | Dear friend, the chat here is slow, text me on Telegram @{WX}
a contact english | Add my WeChat pls, ID: {WX} . Easier to talk there
b contact english | can you give me your whatsapp? I want to order directly from you
b contact english | What's your email? I'll send my design files there
a contact english | Hi! Scan the QR code on the packing slip to chat with me on LINE
a contact english x2 | My number is on my profile pic, just call me. or here: +86 {PH}
b contact english | Do you have Skype or Zoom? I'd like to talk to your factory manager
a contact english | Kindly leave your phone number and our sales rep will call you back
a contact english | we have a Facebook group for VIP buyers, send me your FB name and i'll add you
# --- Taiwan shops
a contact taiwan | 親 這邊訊息常常漏看 加我們LINE比較快喔 ID：{LINE}
a contact taiwan x2 | 有問題可以直接打給我 {TW} 下午比較有空
a contact taiwan | 訂製款請加官方賴 搜尋 {LINE} 有專人服務
a contact taiwan | 我們的LINE@在出貨單最下面 掃一下就加到了
b contact taiwan | 可以給我老闆的LINE嗎 我想問團購價
b contact taiwan | 你們有賴嗎？我比較常用那個
a contact taiwan | 要看實拍影片的話留個手機吧 我用LINE傳給你
a contact taiwan | 親 您加一下我們FB粉專私訊 小編那邊回比較快
# --- Hong Kong shops
a contact hongkong x2 | 唔該你WhatsApp我 {HK} 我send埋實物相俾你
a contact hongkong | 親 呢度回覆好慢 你加我WhatsApp啦 號碼喺頭像度
a contact hongkong | 有咩問題直接打俾我 {HK} 朝早十點後搵到我
b contact hongkong | 老闆 你有冇WhatsApp 我想問多啲款
b contact hongkong | 俾個電話我 我直接同你講
a contact hongkong | IG搵我哋啦 @{WX} 限時動態有新貨
a contact hongkong | 你留低電話，我叫師傅直接聯絡你上門
# --- dialect
a contact dialect | 老铁 咱这嘎达不兴在这唠 加个威信 {WX} 整完了给你发货
a contact dialect | 要得嘛 你加我微信嘛 号码就是幺八零 后面我晚些发你
b contact dialect | 侬微信多少 阿拉直接微信里讲 方便
a contact dialect | 噶么侬打我电话好了 {PH} 阿拉老板娘接
b contact dialect | 老板你电话号码给我撒 我喊我儿子跟你说
a contact dialect | 莫在这儿头说了 加起微信嘛 {WX}
b contact dialect | 中不中 你给俺留个电话 俺当面跟你掰扯
# --- described apps
a contact described_app | 加一下那个绿色的软件吧，能发语音那个，号是 {WX}
a contact described_app | 企鹅号我放在签名里了，你点进我主页看看
b contact described_app | 你有那个小企鹅吗 我发你图片 这里发不清楚
a contact described_app | 亲 我们在那个蓝色小鸟上有官方号 私信我就行 @{WX}
a contact described_app | 你下载那个头像是黄色小鸭子的聊天软件 搜我名字 就能找到
a contact described_app | 纸飞机上找我 @{WX} 那边不会被屏蔽
a contact described_app | 能摇一摇的那个app 你懂的 加上发你报价
a contact described_app | 那个红色书上面有我的号 搜店名就出来了 私信我
a contact described_app | 用那个打电话免费的绿色软件找我吧 手机号同号
b contact described_app | 你有没有那种可以视频的聊天软件 我发个号给你
a contact described_app | 刷短视频那个黑色的app上私我 号是 {WX}
a contact described_app | 咱们去发朋友圈的那个软件聊哈 这里看不到图
a contact described_app | 微博上私信我也行 围脖名叫 {WX}
a contact described_app | 钉一下我 那个蓝色办公软件 手机号能搜
a contact described_app | 跟我在老铁app上聊 双击666那个 号码 {N6}
# --- letters replaced by X or symbol
a contact masked_name | 加我 微X {WX} 发你图
a contact masked_name | 亲加一下威❌ 号码 {PH}
a contact masked_name | W*Chat 搜 {WX}
a contact masked_name | Q*Q {QQ} 直接找我
b contact masked_name | 你V🉑不 我发你
a contact masked_name | wh@tsapp {HK} 搵我
a contact masked_name | 微🔹信 {WX}
a contact masked_name | 扣➕ {QQ}
a contact masked_name | Te1egram @{WX}
a contact masked_name | L!NE ID {LINE}
a contact masked_name | 微♡同号 {PH}
a contact masked_name | v.x：{WX} 有优惠
a contact masked_name | 亲可以加下 w/x 私聊哦 {WX}
b contact masked_name | 你微.信号是啥子
a contact masked_name | 电 话 {PHGLY}
a contact masked_name | 手 J 号 {PHSP}
# --- homophones and near-homophones
a contact homophone | 亲，加个为心吧 {WX} 发你实物图
a contact homophone | 加我伟新 {WX}
a contact homophone | 有事可以找我唯欣 号码 {PH}
a contact homophone | 我的微芯号 {WX} 备注买家
a contact homophone | 秋秋 {QQ} 随时在
a contact homophone | 加丘丘 {QQCN}
a contact homophone | 蔻蔻号 {QQ} 有视频
b contact homophone | 你危信多少啊 我转给你看截图
a contact homophone | 加一下尾心 {WX}
a contact homophone | 你给我打个店话吧 {PH}
a contact homophone | 号马是 {PH} 有事打
a contact homophone | 有问题🐴上打我垫话 {PH}
a contact homophone | 首鸡号 {PHCN}
a contact homophone | 加我卫星 {WX} 哈哈你懂得
a contact homophone | 我的胃信号 {WX}
a contact homophone | 嘟嘟我 {PH}
a contact homophone | 薇❤️ {WX}
a contact homophone | 加我魏信，{WX}，有惊喜
a contact homophone | 扣扣群 {QQ} 进群有返
a contact homophone | 徽信同步 {PH}
a contact homophone | 位新 {WX} 私聊
b contact homophone | 老板 有没有维心号 我拉你进我们团购群
# --- ids hidden in profile / packaging
a contact id_location | 我的联系方式在头像上，放大就能看到
a contact id_location | 签名档里那串字母就是我的号，去那边找我
a contact id_location | 包裹里有张售后卡，扫上面的码加我，送您一张券
a contact id_location | 快递面单上的电话是我私人的 有事打那个
a contact id_location | 您收到货以后看一下发货单背面 手写的那个号码加我
a contact id_location | 我店铺名字后面那几个数字就是扣扣
a contact id_location | 主页背景图上有我的号 这里不能说
a contact id_location | 我昵称就是我的微x 直接搜
a contact id_location | 亲，您翻一下包装盒的侧面，贴了一个二维码，扫了加我
a contact id_location | 产品说明书最后一页有客服号，加那个比这里快
a contact id_location | 发货的时候我会在包裹里夹张小卡片 上面有联系方式
a contact id_location | 商品详情页最后一张图 有个小字号码 你懂的
a contact id_location | 看一下店铺公告第三行那串数字 那是我号
a contact id_location | 我在订单备注里写了我的号，你点开订单看
b contact id_location | 我收件人名字后面加了我的微信号 你加我一下
b contact id_location | 我的号就是我收货电话 你加我 别在这聊
a contact id_location | Check the card inside your parcel, my WhatsApp is written on the back
a contact id_location | 親 出貨單背面有我LINE 加我有折扣
# --- numbers in words / pairs / add 1 / reversed / letters
a contact number_words x3 | 微信号就是手机号 {PHCN}
a contact number_words x2 | 电话 {PHUP} 打我
a contact pair_numbers x3 | 电话我分着念 {PHPAIR} 你记一下
a contact add_one x3 | 号码前面加个1 {PHNO1}
a contact reversed x3 | 反过来读就是我电话 {PHREV}
a contact letters_for_digits x3 | 字母换数字 a是1 j是0：{PHLET}
a contact mixed_digits x3 | {PHMIX} 加我
a contact circled_digits x2 | 找我 {PHCIRC}
a contact keycap_digits x2 | {PHKEY} 这个号有绿泡泡
a contact fullwidth_digits x2 | 薇 {PHFW}
a contact reversed | 企鹅号倒着写给你 {QQREV}
a contact pair_numbers x2 | 企鹅 {QQPAIR}
a contact number_words x2 | 扣扣号 {QQUP} 找我拿货
a contact math_number | 我号码是138后面跟着今年的年份再加上6688 你自己拼
a contact math_number | 我电话是一个9开头的，你把本店客服编号乘以三就是后四位 懂的话就打
a contact add_one | 前面补个1 后面是 五八 六七 二一 三九 零二 共十一位
a contact international | 國際碼+86 {PH} 微信同號
a contact international | 打这个 0086-{PH} 海外也能接
# --- buyers who want a private deal
b contact private_deal | 老板留个电话呗 以后我直接找你买 省得平台抽成
b contact private_deal | 我把我的号给你 {PH} 你加我 我们自己交易
b contact private_deal | 加个微信吧 这单我不想在这上面下 {WX}
b contact private_deal | 我常买的 你给我你私人号 以后不走这里了
b contact private_deal | 你在平台说话不方便吧 我懂 我q是 {QQ}
b contact private_deal | 帮我转告你们老板 让他加我 {WX} 我们公司要订一批
b contact private_deal | 以后咱们别在这里聊了，我的号你记一下 {PHCN}
b contact private_deal | 你把我拉你们会员群呗 群里是不是更便宜
b contact private_deal | 这样 你给我个邮箱，我把订单表发你，我们线下对账
b contact private_deal | I prefer to deal directly. what's your WeChat?
b contact private_deal | 老闆可以私下加LINE嗎 {LINE} 我想一次買多一點
# --- scammers posing as buyers
b contact,fraud fake_buyer | 我是大客户 要一千件 先加我企业微信 {WX} 我让财务跟你对接
b contact,fraud fake_buyer | 我付款了但是平台说你店铺没开通保证金 你加我 {WX} 我教你开通
b contact fake_buyer | 我公司采购 这里发合同不方便 你发个邮箱 我们走邮件
b contact,fraud fake_buyer | 老板我帮你们店做推广的 加我 {PH} 保你月销过万
# --- spammers / misc
a contact group_invite | 亲 您可以加入我们的宠物交流群 群号 {QQ} 群里经常发福利
a contact group_invite | 我们有个宝妈群 每天分享育儿经 进群搜 {N6}{N4}
a contact group_invite | 加我们公众号“{WX}” 每周抽奖
a contact group_invite | 关注我们的视频号 搜“{WX}” 那边能私信我
a contact group_invite | 我们的小程序商城搜“{WX}”有专属客服，可以留言
a contact group_invite | 亲 欢迎加入VIP群 把你的手机号报给我 我拉你进
b contact ask_contact | 你们客服有没有工作号 这边太卡了
b contact ask_contact | 美女客服 能给个私人联系方式不 我想问点别的
b contact ask_contact | 有电话吗 我老人家不会打字
b contact ask_contact | 能不能加你好友 我以后有需要直接找你
b contact ask_contact | 你们老板的联系方式有吗 我要投诉也要找他谈合作
a contact ask_contact | 亲 您方便留个电话吗 我这边让专人打给您 不在这说
a contact ask_contact | 您把您的微信号发我一下，我加您，发您使用视频
a contact ask_contact | 您那边扣扣号多少，我远程帮您调一下
a contact ask_contact | 亲 留个联系方式 下次有货我第一时间通知你
a contact email | 报价单我发你邮箱 你给我留一个
a contact email | 邮箱 {MAIL} 图片发这里 我做好了回你
a contact email | 设计稿发到 扣扣邮箱 {QQ}艾特qq点com
a contact email | 邮件地址 {MAIL} 资料都发这个
a contact email | 亲 原图要的话发 圈a 的那个邮箱 我头像名字拼音加生日 163那个
""")
# ================================================================ PAYMENT
add(r"""
# --- red packets
a payment red_packet | 亲 运费你发我个红包就行了 五块 不用再拍
a payment red_packet | 差的那十块钱 发个红包给我吧 省得改价麻烦
b payment red_packet | 我给你发个口令红包 你领了就给我发货行不
a payment red_packet | 定制费单独算 发个红bao过来 88就行
a payment red_packet | 这个不用下单了 你直接包个hb给我 我今天就寄
b payment red_packet | 我拼手气红包发你 你收一下 就当买了
a payment,contact red_packet | 加我绿泡泡 {WX} 发个红包就给你发货
a payment red_packet | 老板娘说了 老顾客发个利是就行 唔使落單
a payment red_packet | 親 發紅包給我就好 不用在這邊下單 比較省
a payment red_packet | 那个尾款 你用那个可以发红色小信封的app发给我就行
b payment red_packet | 我直接给你发红包买 多发你两块 别让平台扣钱了
# --- scan my code
a payment scan_code | 扫一下头像里的码付款 比拍链接便宜二十
a payment scan_code | 我发你一张收款码 你扫完截图给我看
a payment scan_code | 亲 付款码在包裹卡片上 扫那个付二期款
a payment scan_code | 下单的话太贵了 扫我的码 {AMT} 就行
b payment scan_code | 你发个收钱码来 我扫给你 不走平台了
a payment scan_code | 二维码在我签名里 扫了备注订单号
a payment scan_code | 您用蓝色那个支付软件扫一扫我给您的图 就付好了
a payment scan_code | 碰一碰付款也行 你来店里我手机给你碰
a payment scan_code | Scan my personal QR to pay, I'll give you 10% off
a payment scan_code | 掃我的收款碼就好 不用透過蝦皮
# --- deposits / top-ups outside the order
a payment deposit | 定制要先交一半定金 支付宝转我 然后再拍链接
a payment deposit | 这款要排单 先付{AMT}订金到我卡上 我给你锁位置
a payment deposit | 押金{AMT}先转给我 租期结束退你 平台不支持押金
b payment deposit | 我先转你两百定金 你帮我留着 不用下单吧
a payment deposit | 亲 预定需要交保证金 交到我们财务个人账户 给你开收据
a payment deposit | 订金打到我老婆卡上 {CARD} 户名王芳
a payment deposit | 预付{AMT} 我们才给你开模 走对公也行 开发票的要另加
a payment deposit | Please send a 30% deposit via Western Union before we start production
a payment deposit | 訂金先ATM轉帳 帳號給你 {CARD} 匯完跟我說後五碼
# --- 1-yuan listing / difference tricks
a payment one_yuan_listing | 你别拍原价那个 拍那个1元补差链接拍{AMT}件 我按原价给你发
a payment one_yuan_listing | 拍一块钱的运费链接 拍够数量就行 备注真实款号 我们私下发
a payment one_yuan_listing | 亲 这个实际是定制款 你去拍那个"邮费补拍"拍{AMT}份 当付款
b payment one_yuan_listing | 我拍你那个一元链接200份 你把那个贵的发给我 咱们都省事
a payment one_yuan_listing | 价格不方便显示 拍店里0.01元那个链接，数量填总价的一百倍
# --- gift cards / game currency / phone credit
a payment gift_card | 不用下单 你买一张京东E卡 把卡密发我就行
a payment gift_card | 你给我充{AMT}话费到我手机 就算你付了 号码 {PH}
a payment gift_card | 用Q币付也行 充到我扣扣上 {QQ}
a payment gift_card | 你游戏里有点券吗 转给我账号当货款
a payment gift_card | 苹果礼品卡也收 发兑换码过来 我马上发货
b payment gift_card | 我没钱了 用星巴克礼品卡抵行不行 我发你卡号
a payment gift_card | 可以用游戏币付 给我原神账号充个月卡 剩下的我找你
a payment gift_card | 你买张超市购物卡拍照给我 卡号密码都要
a payment gift_card | You can pay with Steam gift cards, just send me the codes
a payment gift_card | 給我點數卡序號就好 7-11買得到 {AMT}點
# --- bank / transfer / alipay personal
a payment bank_card | 直接打我卡里 {CARD} 农行 名字李建国
a payment bank_card | 转账到这个卡 {CARD} 转完拍照给我
a payment bank_card | 支付宝账号就是我手机号 {PH} 转过去备注衣服
a payment bank_card | 卡号在签名里 转完截个图 我今天发
a payment bank_card | 数字人民币也行 钱包编号我发你
a payment bank_card | 可以转我U 给你个地址 TRC20的
b payment bank_card | 你给我卡号 我手机银行直接打给你 比平台快
b payment bank_card | 能转你支付宝不 平台我的额度用完了
a payment bank_card | 走我们对公账户 {CARD} 开票的话加6个点
a payment bank_card | 錢轉到我郵局帳戶就好 不用走平台手續費 末五碼對一下
a payment bank_card | 可以用PayMe俾錢我 或者轉數快 {HK}
a payment bank_card | 你FPS轉數快入我個電話號碼 {HK} 就得 唔使經平台
a payment bank_card | 街口支付轉給我就好 帳號是我手機 {TW}
a payment bank_card | pay me on PayPal friends and family so no fees, email {MAIL}
a payment bank_card | Venmo or Zelle works too, I'll send you my handle
a payment bank_card | we accept wire transfer directly to our company account, skip the platform checkout
a payment bank_card | 亲密付开给我也可以 我帮你付了 你再还我现金
# --- cash, COD by arrangement, off-platform cheaper
a payment cash | 你下单选货到付款 到时候现金给快递小哥 我跟他说好了
a payment cash | 不走平台 便宜{AMT} 你付现金给送货师傅就行
b payment cash | 我不想在网上付 你送过来我给你现金
a payment off_platform | 在这付要扣6个点 你转我能便宜不少
a payment off_platform | 这单不走系统了 钱你直接给我 我一样包邮
a payment off_platform | 亲 平台付款有手续费 私信我单独付 给你打九折
b payment off_platform | 你们能不能不经过平台 我直接付你 便宜点就行
b payment off_platform | 我直接把钱给你吧 你给我打个八折 平台那边就当没这单
a payment off_platform | 取消订单吧 我们换个方式付 你懂的 给你抹零
a payment off_platform | 下次别拍了 直接问我要账号打钱 老顾客都这样
a payment off_platform | 亲你先申请退款 钱退回来后转我 我再给你发新款 这样有优惠
a payment,contact off_platform | 下单太贵 你加我 {WX} 那边付款 打八五折
a payment off_platform | 亲 尾款不用在这付了 线下结清就行
a payment off_platform | 親 我們可以面交付現金 不用經過平台
a payment off_platform | 如果你不想付平台手续费 可以直接转给我们老板
a payment off_platform | if you pay outside the app I can give you 15% discount
a payment off_platform | 付款的事咱们别在这说 回头我短信发你个账号
b payment off_platform | 平台付不了 我用微信转你吧 把你号给我
b payment off_platform | 我有你们店的老客户折扣 直接转账给老板娘是吧
a payment off_platform | 东西我先寄 你收到觉得好 再打钱给我就行 不用拍
a payment dialect | 莫得事 你直接转给我嘛 平台那个要扣钱的
a payment dialect | 侬直接打钞票到我卡上 一样的 便宜点给侬
a payment dialect | 你俾錢我老婆就得 佢個戶口我send俾你
""")
# ================================================================ LINK
add(r"""
a link url x3 | 亲 详细参数看这里 {URL}
a link short_link x3 | 尺码对照表点这个 {SURL}
a link short_link x2 | 家人们福利在这 {SURL} 手慢无
a link spelled_domain x3 | 浏览器输入 {DOM} 就能看到全部款式
a link spelled_domain | 网址是我店名拼音加点com 你搜一下就有
a link spelled_domain | 亲 去 w-w-w 然后 店名首字母 再 点cn 看看
a link share_token x3 | 复制整段话打开 {TOKEN} 有隐藏款
a link share_token x2 | 长按复制这条 {TOKEN} 打开那个橙色app就能看到
a link share_token | 口令给你了 $Gk7pQ2mW9xL$ 复制了打开就跳
a link netdisk | 高清图在网盘 pan点baidu点com/s/1{CODE} 提取码 8k2m
a link netdisk | 教程视频放在夸克网盘了 链接我发你 复制到浏览器
a link netdisk | 资料包 alipan.com/s/{CODE} 自己下
a link netdisk | 说明书PDF放这里了：{URL} 下载就行
a link download_app | 下载我们自己的app下单 扫码或者应用商店搜{WX} 新人立减
a link download_app | 亲装一下这个软件 {URL} 注册就送二十
a link download_app | 用这个APK装 {URL}.apk 苹果的话去safari打开
a link download_app | 扫包裹卡上的码下载会员app 积分能换东西
a link,contact line_link | 加我們官方帳號 lin.ee/{CODE} 有優惠
a link,contact whatsapp_link | click wa.me/852{N4}{N4} to chat with me
a link,contact whatsapp_link | 直接點 wa.me/{N6}{N4} 就可以同我傾
a link ip_link | 打开这个地址 http://47.{N4}.{N6} 里面有更多
a link english | more photos on our site {URL} , tell me which one you like
a link english | Check the size guide here: {SURL}
a link english | our catalogue: {DOM} (replace dot with .)
a link taiwan | 親 完整型錄在這 {SURL} 點進去看
a link taiwan | 團購表單填這個 {SURL} 填完就成立
a link hongkong | 睇多啲款式入呢個網 {URL}
a link form | 售后登记表在这里 {URL} 填好提交就行
a link form | 您填一下这个问卷 {SURL} 填完送五元无门槛
b link buyer_link | 老板你看这个链接里的款 你能做吗 {URL}
b link buyer_link | 就是这个 {SURL} 你们能不能同款便宜点卖我
b link buyer_link | 我在这看到的 {DOM} 你们家有没有
a link described_link | 在浏览器地址栏打"店名拼音+.top" 就到我们官网了
a link described_link | 打开百度搜我们官网 第一个就是 里面下单便宜
a link qr_link | 扫描图片上的二维码 会跳到我们的活动页 在那领取
a link hidden_link | 我把链接藏在图片里了 你长按识别就能打开
a link hidden_link | 链接不让发 我拆开给你 h t t p s 冒号 斜杠斜杠 后面是 {DOM}
""")
# ================================================================ PLATFORM
add(r"""
a platform nickname | 这款某宝上我们也有店 搜“{WX}家居” 那边价格低
a platform nickname | 去狗东搜我们品牌 自营的 发货更快
a platform nickname | 亲 拼夕夕上同款便宜十块 店名跟这个一样 去那拍吧
a platform nickname | 咸鱼上我挂了一台 你去那拍 我给你改价
a platform nickname | 小黄鱼搜我的名字 二手的更便宜
a platform nickname | 红薯上有我们的笔记 在那下单有赠品
a platform nickname | 去dy搜我们直播间 直播间价格更低
a platform nickname | 亲 多多那边有百亿补贴 我们同一个店 你去那边买吧
a platform nickname | 我们在TB的店评分更高 你去那边下单更有保障
a platform nickname | 抖音小店搜同名 今晚直播间有秒杀
a platform nickname | 快手小店也有 老铁们去那边拍 运费险都有
a platform nickname | 1688上我们有批发价 一箱起 你去那拍划算
a platform nickname | 唯品会上我们有特卖 这周五开
a platform nickname | 得物上有我们正品 去那买有鉴定
a platform nickname | 我们微店上东西更全 搜店名就有
a platform nickname | 有赞商城搜我们的名字 会员价更低
a platform described_platform | 那个橙色的购物软件 搜我们店名 那边能用券
a platform described_platform | 去那条鱼上找我 我挂着呢
a platform described_platform | 猫上面有我们旗舰店 你去猫上拍
a platform described_platform | 在那个红色的拼团软件上 我们家的价格能砍到一半
a platform described_platform | 狗狗那个商城 你懂吧 我们自营店在那
a platform described_platform | 那个黑底白色音符的app 搜我们店 直接买
a platform described_platform | 那本小红书上 搜我家 有链接
a platform described_platform | 那个能砍一刀的软件 你去那边下吧
a platform described_platform | 黄色小鸭子头像那个二手app上我挂了 去那拍
a platform described_platform | 那个紫色的特卖app 我们周五上新 比这里便宜
a platform homophone | 去桃宝搜我们 店名一样
a platform homophone | 陶宝上有 你懂的
a platform homophone | 京dong上有我们的旗舰店 那边能开专票
a platform homophone | 拼dd下单吧 那边有补贴
a platform homophone | 去闲yu找我 名字同店名
a platform homophone | 嘟音上直播间抢更便宜
a platform homophone | 小红shu里搜我家 有隐藏款
a platform homophone | 某东、某多都有我家 你挑便宜的下
a platform masked_name | T*B 搜我家店 有链接
a platform masked_name | 去J●D 下单吧
a platform masked_name | P*D 那边价格更低 店名一样
a platform masked_name | 淘X上搜店名
a platform english | we also sell on Amazon, search our brand there, it's cheaper with Prime
a platform english | Please order on our Shopee store instead, shipping is free there
a platform english | buy from our Etsy shop, link in my bio, it's handmade there too
a platform english | cheaper on our AliExpress store, same seller, search the shop name
a platform english | Go to our TikTok Shop, we have a live sale tonight
a platform english | Our eBay listing has a better price, look up the seller name on the packing slip
a platform taiwan | 親 蝦皮也有我們的賣場 那邊有免運券 去那邊下比較划算
a platform taiwan | 露天拍賣搜我們店名 價錢一樣但是有送贈品
a platform taiwan | 去旋轉拍賣找我 那邊可以議價
a platform taiwan | momo上面有 你去那裡買 分期零利率
a platform hongkong | 去Carousell搵我啦 搜店名 嗰度平啲
a platform hongkong | 你可以喺HKTVmall落單 我哋都有賣 仲有折
a platform,link share_token | 這個是我們蝦皮的連結 {SURL} 去那邊下單
a platform,link share_token | 复制打开某宝 {TOKEN} 直接拍
a platform,link share_token | 复制这条口令打开拼夕夕 {TOKEN} 便宜十块
a platform livestream | 家人们 这边没有福利价 来我们抖音直播间 晚上八点不见不散
a platform livestream | 宝子们 小红书上有我家旗舰店 直接搜 那边买送小样
a platform old_merchant | 俺们在那个拼团的软件上也开了店 你去那买便宜点 俺儿子管的
a platform old_merchant | 你到淘宝搜我们店名 那个是我女儿开的 东西一样的
a platform wholesale | 批发去阿里巴巴那边找我们工厂店 起批价低
a platform wholesale | 大货的话去1688下单 这边是零售价
a platform secondhand | 我在转转上挂了一批 那边有验机 你去那拍
a platform secondhand | 这个我们在爱回收也有 你去那边下单可以分期
a platform secondhand | 闲鱼上我卖过几百单 信誉好 去那拍更放心
b platform private_deal | 你在咸鱼上有店吗 我去那边买你 给你省点手续费
b platform private_deal | 老板你小红书上挂个链接 我去那拍
b platform private_deal | 你去拼多多上架一个一样的 我在那拍 便宜点
b platform private_deal | 你们京东店有吗 我想在那边下 这里我不放心
a platform described_platform | 你去那个刷视频也能买东西的软件 搜我名字 就这个号
a platform steer | 这里没有货了 你去我们另一个平台的店 店名在包装盒上
a platform steer | 亲这边的链接要下架了 以后都在我们另外那个平台卖 名字在售后卡上
a platform steer | 这个款在这边不能卖 去我们直播号那边拍吧
a platform steer | 我们主要在另外一个平台做 这边不怎么回 你去那里问
""")
# ================================================================ ADDRESS
add(r"""
a address house_number | 你直接来拿吧 光明路128号 三楼 敲门就行
a address house_number | 来解放西路56号找我 现货当场给你 不用等快递
a address house_number | 明天你到建设南路27号二楼 我在那等你 付现金给你便宜
a address house_number | 自己来提更划算 地址是幸福里小区6栋1单元302 下午在家
a address house_number | 在中山北路300弄12号 后门进 货都在那 过来挑
a address house_number | 不用寄了 你来我家拿 和平街道东风路9号 带现金
a address house_number | 人民路77号院子里那个红门 你来了打声招呼 现场看货付款
a address market_stall | 拿货来白马服装城三楼C区078 报我名字有拿货价
a address market_stall | 来十三行新中国大厦8楼 8B21 现场挑款 比网上便宜
a address market_stall | 义乌国际商贸城二区H门进 28街 4513 当面谈价
a address market_stall | 华强北赛格广场五楼 5C017 过来直接验机
a address market_stall | 我们在沙河服装批发市场一楼 东区 A1-36 过来看看
a address market_stall | 来动批那边 二楼北区 138号档口 你说网上来的
a address market_stall | 杭州四季青 常青馆3楼 3017 过来面谈
a address market_stall | 成都荷花池 二楼D区 2-16 你来了现场拿
a address market_stall | 临沂小商品城B区三排12号 来了给你批发价
a address mall_floor | 来万达广场B座17楼1706 当面看货当面付
a address mall_floor | 太古汇负一楼那个转角 周末我在那摆 你过来拿就行
a address mall_floor | 你来银泰三楼电梯口 我拿货下来给你 付现金
a address warehouse | 我们仓库在城东工业园8号 自提免运费 你开车来装
a address warehouse | 来厂里提货吧 科技路16号 门卫说找物流部 给你出厂价
a address warehouse | 工厂地址 顺德龙江镇世埠工业区二路6号 来厂验货下单
a address office | 来我们办公室签合同付款 滨江区江南大道3850号 12楼
a address meet | 地铁二号线人民广场站12号口 周六下午三点 一手交钱一手交货
a address meet | 我们在体育馆北门面交 你带现金过来 不走平台
a address meet | 高铁站出站口那个肯德基门口等我 当面验货当面付
a address taiwan | 親 來店自取 台北市大安區忠孝東路四段181號3樓 面交現金折100
a address taiwan | 五分埔那邊 松山路465巷12號 來拿貨直接給現金
a address taiwan | 台中一中街那邊 育才街2-16號 我下午都在 自己過來挑
a address taiwan | 高雄鳳山 光遠路221號 一樓 來可以試穿 現金付就好
a address hongkong | 你嚟深水埗鴨寮街 143號 自取 現金交易
a address hongkong | 旺角信和中心 二樓 2xx號舖 你上嚟試 唔使經平台
a address hongkong | 觀塘創紀之城5期 樓下等 我落嚟交收
a address english | Come to our showroom at 88 Gongye Road, Panyu, 3rd floor, you can pay cash
a address english | Pick it up at Block 6, 2F, No. 15 Qianjin Rd, I'm there every afternoon
a address english | you can meet me at exit B of Sheung Wan MTR, cash on pickup
a address dialect | 你来石家庄新华路东头88号 俺在那儿 拿了货给俺现钱
a address dialect | 阿拉店就在南京西路1266号旁边弄堂里 侬过来看好了再付
a address old_merchant | 孩子你来店里吧 老地方 向阳路55号 阿姨给你便宜点
a address old_merchant | 大爷我在菜市场里头 进门右拐第三个摊子 你过来拿
b address buyer_invite | 老板 我过去拿吧 你店在哪条路几号 我当面给钱
b address buyer_invite | 你们实体店地址发我 我去现场买 不在网上下了
b address buyer_invite | 我就在你们附近 你说个门牌号 我过去找你取 现金结
a address secondhand | 二手的你还是来看看 东三环中路39号 楼下咖啡厅 验好再给钱
a address secondhand | 来回收店 民生路212号 现场估价现场打款
""")
# ================================================================ ABUSE
add(r"""
# --- regional slurs
b abuse regional | 一听就是河南人 偷井盖的 难怪这么不讲诚信
b abuse regional | 你们东北人就是爱吹牛逼 东西烂成这样还敢卖
b abuse regional | 难怪是广东佬开的店 除了吃啥都不会
b abuse regional | 上海人就是抠门 退个运费都磨磨唧唧 小赤佬
a abuse regional | 你们外地人就是事多 买个几十块的东西还想当上帝
b abuse regional | 一股子乡下人的味 穷鬼开店
b abuse regional | 湖北佬 九头鸟 骗子一个
b abuse regional | 你们福建人开的店都是骗子吧
a abuse regional | 穷地方来的就别买了 又不是买不起是舍不得吧 呵呵
b abuse regional | 北方蛮子 讲话冲得很 不会做生意就关门
b abuse regional | 新疆人卖的东西我不敢买 谁知道干不干净
b abuse regional | 台巴子开的店吧 东西这么烂
b abuse regional | 死大陸仔 賣這種爛貨
b abuse regional | 你們這些阿六仔 講嘢都講唔清楚
# --- dialect curses
b abuse dialect | 瓜娃子 老子买的是黑色 你发个白的 脑壳有包
b abuse dialect | 你个锤子 东西都发错 还好意思喊我等
b abuse dialect | 你瞅你那熊样 犊子玩意儿 退钱
b abuse dialect | 你个彪子 问半天都说不明白
b abuse dialect | 册那 侬脑子坏特了 发个破烂给我
b abuse dialect | 戆大 侬哪能做生意的
b abuse dialect | 仆街 你哋啲貨全部係垃圾 冚家鏟
b abuse dialect | 痴線 唔識做生意就收檔啦 廢柴
b abuse dialect | 屌你老母 幾時先發貨
b abuse dialect | 北七喔 講幾次了還寄錯 腦殘喔
b abuse dialect | 幹你娘 客服是死人喔 都不回
b abuse dialect | 林北買東西買到你這種垃圾店 衰小
b abuse dialect | 你个婊子养的 退款拖了一个礼拜
b abuse dialect | 日你先人 快递都丢了还装死
b abuse dialect | 你这个苕 听不懂人话啊
b abuse dialect | 个老子的 你们是不是有毛病 搞半天
b abuse dialect | 扑领母 你个死衰仔 收钱唔做嘢
a abuse dialect | 你个神经病 买个十块钱的还要我打电话 滚远点
# --- pinyin / abbreviations / insults
b abuse abbrev | nmsl 发这破玩意儿
b abuse abbrev | sb客服 问啥都不知道
b abuse abbrev | 你是不是zz啊 说了三遍了
b abuse abbrev | cnm 退款呢
b abuse abbrev | nt 吧你 尺码都看不懂
b abuse abbrev | tmd 等了半个月
b abuse abbrev | 你个 s b 客服 会不会干活
b abuse abbrev | 你脑子是被驴踢了吗 rnm
b abuse abbrev | 真是xswl 什么智障店
b abuse abbrev | 客服是不是脑瘫 一个问题答三次都错
b abuse insult | 你们客服是猪吗 一句话重复八遍听不懂
b abuse insult | 一群废物 开什么店 回家种地去吧
b abuse insult | 你是机器人还是傻子 说话能不能过过脑子
b abuse insult | 垃圾店铺 垃圾客服 全家都是垃圾
a abuse insult | 你这种穷酸买家我见多了 不买就滚
a abuse insult | 爱买不买 买不起就别在这里浪费老子时间
a abuse insult | 就你事多 长得丑想得还挺美
a abuse insult | 你是不是有病 退了三次货了 穷就直说
a abuse insult | 没文化真可怕 尺码表都看不懂还来买
a abuse insult | 你那点钱还不够我一顿饭 别烦我了 臭要饭的
b abuse insult | 卖这种东西你良心被狗吃了 丧尽天良
b abuse insult | 客服你是不是没妈教 说话这么冲
b abuse insult | 死胖子客服 态度这么差
b abuse insult | 你这个老女人 更年期了吧 说话这么冲
b abuse insult | 狗东西 收了钱就不认账
b abuse insult | 你们店的人都是贱骨头 不骂不干活
b abuse insult | 跟你们这种人说话简直侮辱我的智商 低等生物
# --- threats
b abuse threat | 我知道你们店在哪 明天带几个兄弟过去 看你还嘴硬
b abuse threat | 不退钱试试 我让你在这行混不下去 你家人小心点
b abuse threat | 老子找人把你店砸了 你信不信
b abuse threat | 你再不处理 我找到你家去 有你好看的
b abuse threat | 等着 我弄死你
b abuse threat | 你那个快递单上有你的地址 我记住了 你晚上走路小心
a abuse threat | 你再给差评 我把你地址电话发网上 让大家都来找你
a abuse threat | 我有你收货地址 你敢再闹一下试试
a abuse threat | 你要是敢投诉 我天天打你电话 让你不得安宁
b abuse threat | 别让我在路上碰到你 见一次打一次
b abuse threat | 我表哥是混社会的 你这店开不了几天了
b abuse threat | 你們給我等著 我叫人去堵你們門口
b abuse threat | 唔退錢我搵人斬你
# --- english
b abuse english | you stupid idiot, can't you read? I said size M
b abuse english | what a scam shop, you people are trash, go to hell
b abuse english | f*** you and your garbage store
a abuse english | if you can't afford it stop wasting my time, loser
b abuse english | are you brain dead? answer the damn question
b abuse english | useless moron, i will find where you live
""")
# ================================================================ OBSCENE
add(r"""
b obscene harassment | 客服小姐姐声音这么甜 长得肯定也好看吧 发张自拍看看
b obscene harassment | 你这睡衣是你自己穿过的吗 穿上拍给我看我就买
b obscene harassment | 你今晚一个人在家吗 要不要我去陪你
b obscene harassment | 美女你单身吗 来酒店找我 我给你买十件
b obscene harassment | 客服你穿的什么颜色的内衣 跟这款一样吗
b obscene harassment | 你把这条裙子穿上 转个圈 拍个视频发我
b obscene harassment | 这丝袜你试穿一下 腿拍给我看 我加钱
b obscene harassment | 你们客服是真人妹子吗 陪我聊聊天 聊点成年人的
b obscene harassment | 你要是陪我一晚 这单我给你好评外加五百
b obscene harassment | 姐姐你的手一定很软吧 能不能发张手的照片
b obscene harassment | 泳衣你先穿给我看看效果 我要看真人的
b obscene harassment | 晚上睡不着 想你了 你在床上吗
b obscene harassment | 小妹妹多大了 有男朋友没 哥哥疼你
b obscene harassment | 开个视频呗 就我们俩 我保证不截图
b obscene harassment | 我对你们店的客服比对衣服感兴趣 你懂我意思吧
b obscene harassment | 我买这个情趣内衣是想送给你的 你穿上给我看看效果
b obscene harassment | 听你声音就受不了了 再发条语音给我
a obscene harassment | 帅哥 你身材这么好 穿这个泳裤肯定很顶 发个照片给我看看呗
a obscene harassment | 小哥哥 你要是来店里试 我可以亲自帮你量尺寸哦 哪里都量
a obscene harassment | 姐姐一个人住 你要不要晚上来我这拿货 顺便坐坐
b obscene harassment | 你們客服妹妹好可愛 可以約出來嗎 我請你去摩鐵
b obscene harassment | 靚女 你著呢件bra影張相俾我睇下啦
b obscene harassment | hey sweetie are you single? send me a pic in that bikini
b obscene harassment | i bet you look hot in that lingerie, show me
b obscene harassment | 你手机里有没有那种照片 发两张 我多买几件
b obscene harassment | 你叫一声老公我就下单
b obscene harassment | 你的腿长不长 丝袜这款你穿着合不合适 给我看看腿
a obscene harassment | 宝贝你这个身材用这个号的文胸有点小吧 要不要我亲自帮你试试
b obscene paid_sex | 你们这里有没有上门服务 就那种 你懂的 价格好说
b obscene paid_sex | 美女多少钱一晚 我不还价
a obscene paid_sex | 同城交友 学生妹 上门 快餐一次三百 包夜另算
a obscene paid_sex | 需要特殊服务的私聊 全套 安全可靠 酒店可上门
a obscene paid_sex | 附近的单身妹妹 今晚可约 不满意不收费
a obscene porn | 有没有那种小电影资源 我高价买
a obscene porn | 福利视频合集 各种类型都有 付费解锁 懂的来
b obscene porn | 你们卖的U盘里能不能给我拷点片 那种片
a obscene porn | 宅男福利 真人直播 尺度很大 点头像看
a obscene porn | 深夜福利 想看的扣1 私发你 啥都有
a obscene porn | 成人网站会员账号出租 看到爽
b obscene harassment | 你们客服的小嘴真甜 不知道亲起来甜不甜
b obscene harassment | 送货的时候你亲自来吧 我光着等你
b obscene harassment | 你那么会说 床上功夫一定也不错
b obscene harassment | 我家没人 你过来帮我安装 穿少一点
b obscene harassment | 你多大胸 这个文胸你穿肯定好看
a obscene harassment | 小姐姐别生气嘛 你的照片我存下来了 晚上慢慢看
""")
# ================================================================ FRAUD
add(r"""
# --- brushing in new wording
a fraud brushing | 亲 帮忙做个基础销量吗 你拍了我不发货 钱原路退你 另外给你十块辛苦费
a fraud brushing | 新店冲量 拍下不用付真钱 我们先转你本金 收货后五星好评
a fraud brushing | 招帮拍 每单佣金8到15 垫付秒返 空包发货
a fraud brushing | 家人们帮我冲一下排名 拍这个链接 不发货 佣金当天结
a fraud brushing | 我们要做一批补单 你愿意接吗 一单给你五块 不用收货
a fraud brushing | 亲帮我们拍个空包 快递单号我们来填 评价写得好一点
a fraud brushing | 你拍完确认收货 截图发我 本金加佣金一起退你
a fraud brushing | 需要真实买家号做任务 按我说的关键词搜进店拍下
a fraud brushing | 帮我们点个收藏加购 每个五毛 多多益善
a fraud brushing | 亲你有小号吗 帮我们多拍几单 东西不要了 钱我全退
b fraud brushing | 老板 你们要不要人帮忙刷 我有五十个号 价格便宜
b fraud brushing | 我是专门做补单的 销量评价一条龙 要不要合作
a fraud brushing | 新品破零 麻烦亲拍一单不发货 你的钱我这边返还 外加红包
a fraud brushing | 家人們幫忙下單衝業績 不用付款 我們會退你 另外有獎金
a fraud brushing | we need a few test orders for ranking, you don't get the item but we refund you plus $5
# --- cash / gifts for good reviews
a fraud review_cash | 亲收到给个五星 带图15字以上 截图发我返5元
a fraud review_cash | 追评晒图返现8块 把截图发客服就行
a fraud review_cash | 好评之后找客服领一个小礼物 记得写满三十字
a fraud review_cash | 评价的时候夸一下面料和做工 截图发我 给您报销运费
a fraud review_cash | 给个好评吧亲 好评之后退您3元 差评就不退了
a fraud review_cash | 晒单带视频奖励十块 发到我这里
a fraud review_cash | 亲 那个差评改成好评的话 我给你补偿二十
a fraud review_cash | 能不能把差评删了 我给你退一半的钱
a fraud review_cash | 麻烦撤一下中评 我私下给你发个红包 你说个数
b fraud review_cash | 你给我返二十 我就把差评改了 不然我就挂着
b fraud review_cash | 不给我补五十 我就天天追评 你自己看着办
a fraud review_cash | 五星好评截圖給我 退你50元購物金
a fraud review_cash | leave a 5 star review with photos and I'll refund you $3
a fraud review_cash | 好评卡里写了 评价截图发我 扫卡上的码领红包
a fraud review_cash | 确认收货后评价里写“很好用 回购” 就给您发10块
# --- phishing
a fraud phishing_code | 亲 为了给您退款 需要您把手机收到的六位验证码发我一下
a fraud phishing_code | 系统需要核验 您收到一个短信码 念给我听 我帮您办理
a fraud phishing_password | 亲 退款要输入一下您的支付密码验证 我这边帮您操作
a fraud phishing_password | 请把付款密码发过来 我们后台帮您解冻
a fraud phishing_id | 保价理赔需要您身份证正反面照片 还有手持照 发给我
a fraud phishing_id | 办理退款要提供银行卡正面和背面的三位数字
a fraud phishing_id | 为了证明您本人 拍一张手持身份证的照片过来
a fraud phishing_screen | 您下载一个会议软件 打开屏幕共享 我远程帮您退款
a fraud phishing_screen | 您点开支付宝 备用金那里 借出来 我们马上退回去 就能激活退款通道
a fraud phishing_screen | 您的账户被误开了会员 每月扣费 要关闭的话需要去借贷软件里验证流水
a fraud phishing_code | 麻烦告诉我一下登录验证码 我帮你把订单改回来
b fraud phishing_code | 老板 我给你转账了 你把你收到的验证码发我确认一下
b fraud phishing_code | 你收到一个短信码吗 发给我 我这边核对一下收款
a fraud phishing_code | 親 退款需要您提供簡訊驗證碼 請回覆給我
a fraud phishing_code | To process your refund please send me the 6-digit code we just texted you
a fraud phishing_password | please provide your card CVV and expiry so we can reverse the charge
# --- impersonation / fake compensation / advance fee / prizes
a fraud impersonation | 您好 我是平台官方客服 您的订单被风控了 需要缴纳解冻保证金
a fraud,link impersonation | 我是快递理赔专员 您的包裹丢失 双倍赔偿 点链接登记 {SURL}
a fraud,link impersonation | 您的订单质检不合格 平台主动退款 请在这填写银行信息 {URL}
a fraud impersonation | 我是你们地区的平台经理 你的店铺被投诉了 交两千押金可以撤销
b fraud impersonation | 我是平台审核部的 你店铺违规了 配合我操作才能不封店
b fraud fake_buyer | 我已经付款了 钱被平台冻结 你需要交保证金才能收到 你扫这个码交
b fraud fake_buyer | 我是大客户 已经拍了100单 平台提示你需要升级商家账户 先付费 我给你报销
b fraud fake_buyer | 付款截图给你了 你看 你先发货 钱明天到 平台延迟
b fraud,payment fake_buyer | 我多付了你{AMT} 你把多的退给我吧 直接转我卡上
b fraud fake_buyer | 我付错了 付了一万 你把多的9000转回来 这是我付款截图
b fraud fake_buyer | 老板我用的是企业账户 钱到你那里要激活 你点一下我发的链接
a fraud fake_prize | 恭喜您被抽中为幸运买家 获得iPhone一台 仅需支付{AMT}元手续费
a fraud fake_prize | 您是本店第10000位顾客 奖品是笔记本电脑 付邮费99就寄
a fraud fake_prize | 您的订单号中了二等奖 请先交个人所得税{AMT}元 奖金马上到账
a fraud advance_fee | 您的退款需要先交一笔解冻费 退的时候一起返还
a fraud advance_fee | 理赔金超过额度 需要先交{AMT}的保证金证明还款能力
a fraud advance_fee | 你要的货在海关被扣了 要交{AMT}清关费 交完马上放行
a fraud fake_compensation | 您的快递被压坏了 我们赔您{AMT} 但需要先在这个网页登记银行卡
a fraud fake_compensation | 系统显示您购买的商品含有有害物质 给您三倍赔偿 添加专员处理
a fraud,link fake_compensation | 亲 您的订单涉及召回 点这个 {SURL} 申请退款 要输入卡密
a fraud recovery | 被骗的钱可以帮您追回 先付我们两千律师费
a fraud loan_scam | 您的店铺流水好 可以免息贷款 先交会员费888
a fraud fake_buyer | 亲 我是买家 麻烦您确认一下我这个收款 扫一下码就能收到我的钱
b fraud fake_buyer | I paid already but the platform is holding it, you need to pay $50 unlock fee
a fraud impersonation | 我是顺丰的 你快递地址有问题 给我发一下验证码我帮你改
a fraud impersonation | 你好 我是京东快递 包裹破损需要理赔 请提供支付宝账号和密码
a fraud taiwan | 您好 這邊是平台客服 您的訂單誤設為分期 要去ATM操作解除
a fraud,link hongkong | 你好 我哋係速遞公司 你個包裹要補交關稅 撳呢條link俾錢 {SURL}
""")
# ================================================================ SPAM
add(r"""
a spam recruit | 招聘宝妈兼职 在家用手机就能做 一天两小时 日结一百五 不收任何费用
a spam recruit | 急招打字员 时间自由 多劳多得 想赚零花钱的私聊
a spam recruit | 在校学生看过来 暑假工 动动手指就有钱 名额有限
b spam recruit | 有没有想做副业的 每天刷刷视频就能赚钱 我带你
a spam recruit | 招手工活外发 串珠子 钉钻 在家做 计件回收 需交押金两百
a spam recruit | 高薪诚聘海外客服 包吃住 月入三万 去东南亚工作
a spam recruit | 兼職小幫手 在家打字 月入三萬 有興趣私訊
a spam recruit | Work from home! Earn $300/day just liking posts. No experience needed
a spam loan | 急用钱找我 不看征信 黑户也能下款 当天到账
a spam loan | 网贷逾期了？帮你协商停息挂账 专业团队
a spam loan | 信用卡额度低？代办大额信用卡 包下卡
a spam loan | 无抵押 手机号就能借 利息低到你不敢信
a spam loan | 需要資金周轉嗎 免保人 快速撥款 歡迎洽詢
a spam loan | need quick cash? instant loans no credit check, reply LOAN
a spam gambling | 每天跟计划 稳赚不赔 彩票上岸群 带你翻身
a spam gambling | 百家乐 真人荷官 首充送百分之五十 在线等你
a spam gambling | 世界杯来了 想玩球的找我 赔率全网最高
a spam gambling | 时时彩内部计划 准确率百分之九十 跟着买就对了
a spam gambling | 澳门葡京 线上开户 提款秒到
a spam gambling | 足球推单 包红 不红退款
a spam gambling | 六合彩特码 包中 私聊领资料
a spam crypto | 币圈暴富机会 新币上线 十倍百倍不是梦 带单老师免费指导
a spam crypto | USDT搬砖套利 每天稳赚百分之三 零风险
a spam crypto | invest in our AI trading bot, 20% weekly returns guaranteed
a spam mlm | 加入我们的团队 拉三个人就回本 下线越多赚得越多
a spam mlm | 健康产业新模式 消费就是投资 一年实现财务自由
a spam mlm | 代理只需998 终身分红 躺着赚钱 你来不来
a spam unrelated_ad | 驾照代考 包过 不过全退
a spam unrelated_ad | 代办各类证书 学历 职称 加急可办
a spam unrelated_ad | 专业代写论文 查重包过 硕士博士都可以
a spam unrelated_ad | 游戏代练 王者上星耀 三天保证
a spam unrelated_ad | 低价机票 内部渠道 比官网便宜一半
a spam unrelated_ad | 装修公司免费量房 本月签约送全屋家电
a spam unrelated_ad | 专业开锁 换锁芯 24小时上门
a spam unrelated_ad | 减肥神药 一个月瘦二十斤 不反弹
a spam unrelated_ad | 私人侦探 调查取证 找人 全国接单
a spam unrelated_ad | 出售微信号 QQ号 老号 稳定不封
a spam unrelated_ad | 粉丝点赞 播放量 一元一千 真人
a spam unrelated_ad | 代刷 会员 视频 音乐 都有 便宜
a spam unrelated_ad | 高仿名表 一比一 看不出来
a spam unrelated_ad | 办理香港身份 投资移民 专业服务
a spam unrelated_ad | 招商加盟 奶茶店 零经验 三个月回本
a spam unrelated_ad | 出租 宿舍 近地铁 押一付一
a spam unrelated_ad | 補習班招生 數學英文 包保進步
a spam unrelated_ad | 股票内幕消息 跟着老师买 明天涨停
a spam unrelated_ad | cheap followers and likes, 1000 for $2, DM me
a spam unrelated_ad | Buy Rolex replicas, top quality, worldwide shipping
b spam buyer_ad | 老板你的店流量不行啊 我们做代运营 包你月销百万
b spam buyer_ad | 需要直通车托管吗 我们团队专业 不成功不收费
b spam buyer_ad | 店铺转让吗 高价收店 皇冠店优先
b spam buyer_ad | 你们要不要装修店铺 主图详情页 一百块全包
b spam buyer_ad | 老板收不收蜂蜜 我家自己养的蜂 便宜卖你
b spam buyer_ad | 顺便问下 有人要二手车吗 我表哥在卖
a spam flood_variety | 【限时】【限时】今日特价 点进来看 点进来看 不看后悔
a spam flood_variety | 好消息！好消息！好消息！全场一折起！一折起！
b spam flood_variety | 退款退款退款退款退款退款退款退款退款退款退款退款
b spam flood_variety | 在吗在吗在吗在吗在吗在吗在吗在吗在吗在吗
b spam flood_variety | ？？？？？？？？？？？？？？？？？？？？？？？？？？？？？？
a spam mass_promo | 【{WX}美容】周年庆 玻尿酸 水光针 到店体验价99 名额有限 退订回T
a spam mass_promo | 尊敬的会员 您的积分即将过期 请尽快兑换 详询客服
a spam mass_promo | 新年大吉 恭喜发财 本公司承接各类广告印刷 横幅 名片
a spam mass_promo | 周末房展会 首付五万起 地铁口精装房 带看接送
a spam mass_promo | 有需要的朋友转发一下 谢谢 专业疏通下水道 马桶 管道
a spam,contact mass_promo | 办信用卡 贷款 找我 电话 {PH}
a spam,contact mass_promo | 长期收购各类旧手机 电脑 高价回收 微 {WX}
a spam,link mass_promo | 点击领取 新人888红包 {SURL} 秒到
a spam,link mass_promo | 免费看全网VIP影视 {URL}
a spam,contact recruit | 刷视频点赞赚钱 一单三元 加企鹅 {QQ}
a spam,contact gambling | 牛牛 炸金花 真人在线 加V {WX} 送体验金
a spam,link gambling | 注册就送88 线上娱乐城 {URL}
a spam,contact loan | 小额贷款 秒批 {PH} 随时联系
""")
# ================================================================ POLITICAL
add(r"""
b political slogan | 共产党下台 你们这些卖国贼
b political slogan | 打倒独裁 还我自由
b political slogan | 天灭中共 退党保平安
b political slogan | 法轮大法好 真善忍好
b political slogan | 光復香港 時代革命
b political slogan | 五大訴求 缺一不可
b political slogan | 香港獨立 唯一出路
b political slogan | 台灣是一個國家 不是中國的一部分
b political slogan | 西藏独立 Free Tibet
b political slogan | 东突厥斯坦万岁
b political slogan | 推翻暴政 人民站起来
b political slogan | 不要核酸要吃饭 不要领袖要选票
b political slogan | 罢免独裁国贼 全国一起罢工罢课
b political slogan | CCP is evil, free Hong Kong
b political slogan | stand with Tibet, boycott China
b political slogan | 天安门母亲 永不忘记 平反六四
a political slogan | 支持台独 台湾人要自己做主
a political slogan | 顺便说一句 这个国家早就该换人了 独裁者下台
b political insinuation | 这价格涨得跟某人的任期一样 没完没了
b political insinuation | 五月三十五日快到了 记得点蜡烛
b political insinuation | 小熊维尼玩偶有没有 要胖一点像那个大领导的
b political insinuation | 包子铺老板又要连任了吧 哈哈哈
b political insinuation | 你们也是墙国韭菜 被割了还帮着数钱
b political insinuation | 这个客服跟那个庆丰帝一样 只会念稿
b political insinuation | 在这个国家做生意就是给赵家人打工
b political insinuation | 八平米的事情你们不敢说吧 懦夫
b political insinuation | 坦克开过来的时候你们也是这么沉默的
b political insinuation | 白纸都不让举 还指望你们讲道理
b political insinuation | 四通桥那位勇士说得对 你们都是奴才
b political insinuation | 反正早晚要润 这个国家没救了
b political insinuation | 这尺寸跟我们的言论自由一样 小得可怜
b political insinuation | 你们发货比那个总加速师还慢
b political insinuation | 这灯能照亮黑暗吗 照不亮某个党
a political insinuation | 这种包子领导 谁爱跟谁跟 反正我不跟
b political insinuation | 新疆棉花是不是集中营里摘的 种族灭绝
b political separatism | 台湾早就独立了 谁跟你一个中国
b political separatism | 港人建国 香港不是中国
b political,abuse separatism | 支那人滚出香港
b political separatism | 支持藏独 达赖喇嘛才是我们的领袖
b political protest | 周末大家一起上街 去市政府门口静坐 要求他们下台
b political protest | 号召所有人明天穿黑衣去广场 反对暴政
b political protest | 大家都去转发那个被删的视频 让全世界都知道真相
b political protest | 翻墙看看外面的新闻吧 别被洗脑了 共产党骗了你们几十年
a political protest | 我们店周末歇业 去参加游行 打倒政府
b political,abuse hongkong | 黑警死全家 攬炒到底
b political,abuse taiwan | 中共同路人滾出台灣 支那豬
b political english | Xi is a dictator, Winnie the Pooh must step down
b political english | Tiananmen 1989 never forget, down with the CCP
""")
# ================================================================ BATCH 2: more contact / payment
add(r"""
# contact, more scenes
a contact installer | 装空调的师傅让他自己跟你约时间 你把号码发我 我转给他
a contact installer | 安装的事你直接联系师傅 小刘 {PH} 说是店里派的
a contact installer | 你家离我们仓库近的话 直接打给我 {PH} 我送过去 顺便教你用
a contact after_sales | 售后这边流程太长了 你直接找我们技术 扣 {QQ} 远程给你弄
a contact after_sales | 这个问题平台上说不清 你给我个号我打过去
a contact after_sales | 退换货麻烦 你加我私人的 我给你直接换 号在快递袋上
a contact custom_order | 刻字内容发我邮箱吧 这里字数有限制 {MAIL}
a contact custom_order | 定制照片这里压缩得厉害 你发原图到我扣扣邮箱 号码就是我店铺编号后面加个8
a contact custom_order | 照片太多 你建个群把我拉进去 我的号 {WX}
a contact pet_shop | 小猫的视频我发你绿泡泡上 你搜 {WX} 活体不好在这说
a contact pet_shop | 狗狗疫苗本的照片 加我的扣扣看 {QQCN}
a contact tea_shop | 老茶客都在我们茶友群 你报个手机号 我让小妹拉你
a contact tea_shop | 喝茶的事慢慢聊 你加我 {WX} 我给你寄点样品
a contact jewelry | 黄金按克价每天变 你加我 {WX} 我每天早上报价
a contact jewelry | 翡翠要看光 这里视频发不了 你留个手机我打视频给你
a contact car_parts | 老板你车架号发我 加我扣扣 {QQ} 我帮你查配件
a contact car_parts | 你行驶证拍照发我邮箱 我核对一下型号 {MAIL}
a contact education | 课程答疑在班级群 你加助教 {WX} 备注订单号
a contact education | 网课的资料加老师企鹅领 {QQ}
a contact health | 用药的问题加我们营养师的私人号细聊 号在瓶身标签上
a contact fruit | 果园直发 以后要直接打我电话 {PH} 不用在这拍了
a contact fruit | 咱家果园今年收成好 老乡你记个号 一三五 八八 后面我一会说
a contact furniture | 尺寸不确定的话 你留个电话 让我们设计师加你
a contact game_account | 账号交接的事加我QQ说 {QQ} 这里不能发截图
a contact ticketing | 演唱会票的事你加我 {WX} 这边说不了座位号
b contact buyer_give | 我的微是 {WX} 你加我发我尺码表
b contact buyer_give | 我扣扣{QQ} 你有新款直接发我
b contact buyer_give | 我号码 {PH} 你让你们老板打给我
b contact buyer_give | 我在签名里留了我的联系方式 你看到加我
b contact buyer_give | 我企鹅 {QQCN} 加我 我要批量
b contact buyer_give | 我的LINE是 {LINE} 加我一下喔
b contact buyer_give | my whatsapp +1 {N6}{N4}, message me the price list
b contact buyer_give | 我email {MAIL} 你把发票和报价都发我
b contact buyer_give | 我WhatsApp {HK} 得閒send我啲相
b contact buyer_ask | 你们微信客服是哪个号 我搜不到
b contact buyer_ask | 有没有QQ群啊 我想跟其他买家交流
b contact buyer_ask | 你给我个电话吧 我打过去说更清楚
b contact buyer_ask | 你在哪个软件上 我去那找你
b contact buyer_ask | 你们店主的私人号给我一个 我找他有事
b contact buyer_ask | 哪裡可以加你們LINE 我想問客製化
b contact buyer_ask | do you have a personal number i can call?
# more evasion families
a contact split_chars | 加我 V ，号码 {PHSP}
a contact split_chars | 微 / 信 / 号 / {WX}
a contact emoji_name | 🟢💬 {WX}
a contact emoji_name | 🐧 {QQ} 有事找我
a contact emoji_name | 📞{PH}
a contact emoji_name | ✈️ @{WX} 找我
a contact pinyin | jia wo weixin {WX}
a contact pinyin | dian hua {PH}
a contact pinyin | kou kou {QQ}
a contact english_mixed | 亲 add我wechat {WX} 发你图
a contact english_mixed | call me 吧 {PH}
a contact english_mixed | 我ins是 {WX} follow一下 私信我
a contact numbers_as_text | 我电话是幺三八零零幺三八零零零 不是骗子哈
a contact numbers_as_text | 手机号 一五九 三三 二零 七七 八六 你记下
a contact numbers_as_text | 扣号 八二七 六六一 零四五
a contact numbers_as_text | 号码是 壹捌陆 贰柒伍叁 零零玖柒
a contact numbers_as_text | 叫我电话 13幺 二二 四六 八零 九九
a contact numbers_as_text | 威 伍贰零壹叁壹肆 (真的是这个号)
a contact dialect | 阿拉电话侬记一记 幺三九 洞洞 八八 两两 幺七
a contact dialect | 俾個電話你 九八 七六 五四 三二 有嘢打嚟
a contact dialect | 我手机是拐拐拐 洞洞洞 幺幺 两两 三三 你打嘛
a contact taiwan_phone | 我手機 {TW} 晚上打都可以
a contact taiwan_phone | 零九一二 三四五 六七八 這支電話找我
a contact taiwan_phone | 市話 02-27{N6} 找老闆娘
a contact hk_phone | 打去我哋公司 {HK} 問陳生就得
a contact hk_phone | 我個電話係 九一 二三 四五 六七 收到回個訊息俾我
""")
add(r"""
# payment, more scenes
a payment,contact private_transfer | 加我之后直接转我 比在这下单少三十 号码 {PH}
a payment private_transfer | 钱打给我本人就好 支付宝名字叫张丽娟 你搜手机号
a payment private_transfer | 货款给我爱人转一下就行 她的卡 {CARD}
a payment private_transfer | 你把钱打给我们业务员就可以了 他会给你开收据
a payment private_transfer | 转给我们老板儿子 账号他会私信你
a payment private_transfer | 钱给我 我们老板不知道 这样给你便宜
a payment private_transfer | 你先付一半给我 另一半收到货再给 不通过这里
a payment split_pay | 链接拍一百 剩下的三百你另外给我 别写在订单里
a payment split_pay | 订单价写低一点 差价你另外补给我 发票也按低的开
a payment split_pay | 你拍最便宜那个规格 剩下的钱你转我 我发你要的那款
a payment split_pay | 邮费不用拍 我到时候跟你要 你直接给我就行
a payment split_pay | 升级款的差价 你扫我码补给我就行
a payment gift_card | 你在我另外一个店买张代金券 把券码发我 就当付款了
a payment gift_card | 给我手机充个流量包 就算抵运费了
a payment gift_card | 用你游戏账号里的钻石换 我算你八折
a payment gift_card | 买一张话费卡 刮开拍照给我 就当你付了
a payment gift_card | 用加油卡付也行 把卡号密码给我
a payment crypto | 我们收比特币 给你钱包地址 到账就发
a payment crypto | USDT付款有优惠 转到这个地址 TQ{CODE}{CODE}{CODE}
a payment taiwan | 可以無摺存款到我的戶頭 {CARD} 存完拍收據給我
a payment taiwan | LINE Pay轉給我就好 不用下單 省手續費
a payment taiwan | 7-11 代碼繳費 我給你一組代碼 去櫃台付
a payment hongkong | 八達通轉賬都得 你直接過數俾我
a payment hongkong | 入錢去我匯豐戶口 入完send張單嚟
a payment english | send the money to my Alipay directly, it's cheaper than checkout
a payment english | I can take payment through Wise, no need to order here
a payment english | pay me cash when you pick up, we cancel the order on the app
b payment english | can I just send you money on PayPal? the checkout here doesn't take my card
b payment buyer_offer | 我微信转你 你给我改个零价格 我拍一下走个形式
b payment buyer_offer | 我直接转你卡上吧 我不想让平台知道
b payment buyer_offer | 我先把钱给你 你别让我下单了 下单太麻烦
b payment buyer_offer | 老板 你把收款码给我 我转给你 多少都行
b payment buyer_offer | 我支付宝转你可以吗 这边绑卡老失败
b payment buyer_offer | 我先发你个红包做定金 你把这件给我留着
b payment buyer_offer | 给你转三百 帮我留两件 别挂在上面卖了
b payment buyer_offer | 可以用你們的銀行帳號匯款嗎 我不想用信用卡在這付
a payment livestream | 宝子们私信我的 直接转账 比直播间还便宜五块
a payment livestream | 家人们 福利款不上链接 私下转我 先到先得
a payment livestream | 福袋款要的 扣1 然后转我 我按顺序发
a payment wholesale | 批发的不走平台 款打到公司账户 我给你开收据
a payment wholesale | 大货的话 三成定金打我们厂里 尾款发货前结清
a payment wholesale | 拿样的钱你先转我 后面下大货抵扣
a payment secondhand | 二手机器不走平台 你转我 我顺丰到付发你
a payment secondhand | 回收款我直接打你银行卡 不用在这下单
a payment old_merchant | 闺女 你把钱直接给俺打过来 俺不会弄这个退款的
a payment old_merchant | 这个手机付款俺搞不来 你就给俺存卡上吧 农信社的
a payment dialect | 钱你莫在那上头付 直接给我转 省得麻烦
a payment dialect | 嘎哈在这整啊 直接转我得了 便宜你十块
a payment deposit | 订金五百 走我个人账户 其余的下单时再补
a payment deposit | 先转定金 我再给你上链接 不然不给留
a payment deposit | 租礼服要押金两千 直接转我 还衣服的时候退
a payment deposit | 预约上门测量 收一百块上门费 给师傅现金
a payment red_packet | 就差两块 发个小红包吧 下单太麻烦
a payment red_packet | 给我转个520 我就给你发 哈哈
a payment red_packet | 你给我个拼手气 包多少算多少 剩下的我请你
a payment red_packet | 紅包直接給我就好 數字對了我就出貨
""")
# ================================================================ BATCH 2: more link / platform / address
add(r"""
a link url | 尺寸图太长 放网上了 {URL} 手机能打开
a link url | 产品的检测报告在我们官网 {URL} 可以下载
a link url | 上新预告 {URL} 收藏一下
a link url | 我们品牌独立站 {URL} 会员价更低
a link url | 亲 这是上身效果视频 {URL}
a link url | 物流查这个网址更准 {URL} 输入单号
a link short_link | 优惠券在这里领 {SURL}
a link short_link | 今晚秒杀会场 {SURL} 提前进
a link short_link | 预约直播 {SURL}
a link short_link | 教程看这个 {SURL} 三分钟学会
a link short_link | 安裝教學影片 {SURL}
a link short_link | 填一下地址 {SURL} 我们统一寄赠品
a link spelled_domain | 官网是 品牌拼音 然后点 c o m 自己输入
a link spelled_domain | 网址 {DOM} 手机打开也行
a link spelled_domain | 输入 {DOM} 进去有全部价格
a link spelled_domain | 去 {DOM} 注册个会员
a link spelled_domain | our site is {DOM}
a link share_token | 复制这条信息 {TOKEN} 打开手机应用 查看宝贝
a link share_token | {TOKEN} 复制后打开 就能看到我们的隐藏链接
a link share_token | 這串碼複製 {TOKEN} 打開APP就會跳出來
a link share_token | 9.99 复制打开 {TOKEN} 好物分享
a link netdisk | 百度云 {URL} 密码 {N4}
a link netdisk | 安装包发到网盘了 链接:{URL} 提取码:{N4}
a link netdisk | 全部的花型图 我放在网盘里 复制 {SURL} 提取
a link download_app | 下载一个叫"{WX}"的app 在那里面下单返利高
a link download_app | 苹果手机去TestFlight装我们的内测版 {URL}
a link download_app | 你在应用商店搜不到 要用浏览器下 {URL}
a link download_app | 掃QR碼下載我們的APP 首單八折
a link download_app | download our app from {URL}, new users get 20 off
a link qr_link | 二维码里是我们的商城链接 你截图去识别
a link qr_link | 包装盒上有个码 扫进去是我们自己的商城
a link obfuscated | h t t p s : / / {DOM} 自己去掉空格
a link obfuscated | 链接我用文字写 点com前面是 {WX} 全是小写
a link obfuscated | 把这串里面的中文去掉就是网址 www{WX}点com
a link obfuscated | 網址是 {WX} 點 tw 你打進去看看
a link english | the full product video is on youtube, search {WX} or go to {SURL}
a link english | visit {URL} for bulk pricing
b link buyer_link | 你看这个 {URL} 跟这个一样的你有吗
b link buyer_link | 你去 {URL} 看下 我要这种效果
b link buyer_link | 我把我的设计放在 {SURL} 了 你下载一下
b link buyer_link | 這個網址的款 {URL} 你們做得出來嗎
b link buyer_link | here's the reference {URL}
""")
add(r"""
a platform steer | 这个色系在这边卖完了 你去我们拼团的店看看 店名在发货单上
a platform steer | 同款在我们另一个店有 但不是这个平台的 你搜一下品牌名
a platform steer | 这边很快要关店了 老客户去某宝找我们 店名不变
a platform steer | 亲 这边不做售后了 以后去我们京东店找售后
a platform steer | 运费险这边没有 去我们在那个狗东上的店 有保障
a platform steer | 我们主力在抖店 这边只放了几款 全款式去那里看
a platform steer | 去小红书搜我们账号 点进去有商城 东西全
a platform steer | 同店名 某音小店 今天直播有秒杀 比这划算
a platform steer | 你在这买不划算 去多多百亿补贴那 我们也有
a platform steer | 那边平台对我们扣点少 你去那买我能多送你点
a platform described_platform | 你去那个猫头的旗舰店买 我们同一家
a platform described_platform | 那个卖二手的鱼 我挂了个更便宜的
a platform described_platform | 在那个有很多穿搭笔记的软件上 直接私我买
a platform described_platform | 你手机上那个拼一拼的购物app 搜我家同名
a platform described_platform | 在短视频那个软件的小黄车里有 去那里拍
a platform described_platform | 红色书本图标那个app 搜我家 有下单入口
a platform described_platform | 那个老铁最多的短视频软件 我家也开了店
a platform described_platform | 那个紅色的短影音 搜我們店 在那邊下單
a platform homophone | 去TaoBao搜哦 我们那边店铺叫同名
a platform homophone | 拼拼上也有 你去看下 拼团价
a platform homophone | 去鹹魚找我 那邊我賣更便宜
a platform homophone | 狗dong上 我们自营 次日达
a platform homophone | 某夕夕 懂？搜店名
a platform homophone | 去 x y 上 找我 名字一样的
a platform homophone | 抖y 直播间抢
a platform homophone | 逃宝搜我家
a platform english | same item is on our Shopify store, cheaper, link in the box
a platform english | check us out on Lazada, same shop name, free shipping there
a platform english | we're also on Temu, order there for the flash sale
a platform english | find our store on Mercari, I list the seconds there
a platform taiwan | 親 我們主要在蝦皮賣 那邊評價比較多 去蝦皮搜店名
a platform taiwan | PChome 24h 也有 去那邊買比較快到
a platform taiwan | Yahoo拍賣有我們的店 那邊可以超商取貨付款
a platform hongkong | 我哋主要喺淘寶做 你去淘寶搜我哋個名 平好多
a platform hongkong | IG shop 度有晒款 去嗰度落單啦
b platform buyer_ask | 你们有淘宝店吗 我想在那边买 有运费险
b platform buyer_ask | 拼多多有你们店吗 那边便宜点吧 我去那拍
b platform buyer_ask | 你把这个挂到闲鱼上 我在那拍 你方便我也方便
b platform buyer_ask | 能不能去抖音上拍 我抖音有券
b platform buyer_ask | 你們蝦皮賣場叫什麼 我去那邊下
b platform buyer_ask | do you have an Amazon store? I want to order there instead
a platform wholesale | 批量采购请上我们阿里国际站 店名就是厂名
a platform wholesale | 要一件代发的话 去我们1688店铺 一件也发
a platform livestream | 宝子们快去快手找我 直播间名字跟这里一样 福袋天天有
a platform livestream | 姐妹们 这边链接不放了 都去视频号直播间拍
a platform secondhand | 二手的我都挂在转转了 你去那买有质检
a platform old_merchant | 孩子 你上那个京东找我们 俺们在那上面也卖
a platform old_merchant | 俺外甥在拼多多开了店 一样的东西 你去那买便宜
a platform dialect | 侬到淘宝上去买好了 阿拉那边便宜
a platform dialect | 你去抖音拍嘛 我们那边搞活动 巴适得很
""")
add(r"""
a address house_number | 你来青年路88号 二楼左手边 我们现场给你调
a address house_number | 东风东路723号 大门进去第三栋 一楼 直接进来
a address house_number | 你到团结村52号 我家就在路边 来了喊一声
a address house_number | 滨河路19号 院子里 下午两点后有人 过来挑
a address house_number | 地址：朝阳路甲6号 地下一层 来了当面付 别拍了
a address house_number | 北大街112号 门口有棵大槐树 你来拿货吧
a address house_number | 公园路31号后面那栋楼 4楼 你来看 现场交钱
a address house_number | 来长江路5号 我在门口等 现金或者扫我码
a address house_number | 你直接来新村路68弄3号 楼下打我电话 不用下单
a address house_number | 宁波路29号 商住楼 1203 房 过来试
a address market_stall | 沈阳五爱市场 三楼 3F-122 来了直接拿
a address market_stall | 武汉汉正街 大夹街那头 56号 来就有
a address market_stall | 常熟招商城 服装区 4号楼 218 面批
a address market_stall | 石家庄南三条 三楼 C-078 过来看
a address market_stall | 郑州银基商贸城 五楼 5A-33 来了报暗号
a address market_stall | 石狮服装城 二期 B区 19号 过来挑
a address market_stall | 廣州站那邊 流花 3樓 328 過來批
a address market_stall | 深圳东门 新白马 4楼 4A88 来看实物
a address mall_floor | 来来福士五楼 我们在那有个快闪 现场买不用在这拍
a address mall_floor | 大悦城B1 那个快闪店旁边 你来找我拿
a address warehouse | 仓库在物流园 嘉禾路1号 C库 开车来提
a address warehouse | 来厂里挑吧 工业大道东 180号 门口有停车场
a address warehouse | 我们库房在 兴业路22号院 后门 来自提少50
a address office | 你来公司签吧 世纪大道 1198号 26楼 当面付定金
a address studio | 工作室在文创园 A区7号楼 302 来试戴 现场定
a address studio | 来我们影棚 创意路9号 3楼 当面选样片
a address home | 来我家看吧 金色家园 5号楼 2单元 601 晚上在
a address home | 我住 翠苑三区 12幢 402 你来拿 给现金就行
a address meet | 周日上午 中山公园南门 那个报刊亭 面交
a address meet | 你到 火车东站 北广场 出来左边 我开白车等你
a address meet | 来大学城 西门 奶茶店门口 当面验 当面付
a address taiwan | 來店裡面交 新北市板橋區文化路一段 266 號 2 樓
a address taiwan | 台南 中正路 89 號 騎樓下 下午三點 面交付現
a address taiwan | 桃園 中壢火車站後站 出口 面交 我穿黑色外套
a address hongkong | 荃灣 眾安街 55 號 地下 嚟我舖頭睇 即場俾現金
a address hongkong | 銅鑼灣 謝斐道 某大廈 12樓 A室 上嚟試身
a address hongkong | 沙田站 A出口 面交 唔使經平台
a address english | our warehouse: Unit 5, 12 Industrial Ave, come by and pay cash
a address english | meet me at the Starbucks on 5th & Main, bring cash
a address english | drop by our studio at 33 Xinhua Rd, Room 502, to pick up and pay
b address buyer_invite | 你家在哪 我开车过去拿 现金给你
b address buyer_invite | 发个具体门牌号 我下班过去提 不走快递了
b address buyer_invite | 你們店在幾號 我自己過去拿 現金付
b address buyer_invite | where is your shop exactly? street and number, I'll come and pay cash
a address old_merchant | 俺家就在 镇上 东头 第三家 红砖房 你来拿
a address old_merchant | 闺女你来 老城区 西关 78 号 俺给你便宜 不用在网上
a address dialect | 侬到 老西门 中华路 1380 号 弄堂口 寻我
a address dialect | 你来 春熙路 那边 红星路二段 67 号 楼上 要得
a address secondhand | 来赛博数码城三楼 G12 验机 现场付款 不用下单
a address secondhand | 你来 海珠区 工业大道中 88 号 我们回收点 现场结算
""")
# ================================================================ BATCH 2: more abuse / obscene
add(r"""
b abuse insult | 你这个客服就是个复读机 脑子里装的是浆糊吧
b abuse insult | 我看你们老板也是个缺德货 生孩子没屁眼
b abuse insult | 傻缺 东西都包不好 手是残的吗
b abuse insult | 蠢货 地址写那么清楚还能寄错
b abuse insult | 你们一家子骗子 吃屎去吧
b abuse insult | 臭不要脸 收了钱装死
b abuse insult | 你妈没教你做人吗 回个消息要三个小时
b abuse insult | 土鳖店铺 low到爆 滚回你村里
b abuse insult | 人渣客服 我诅咒你们店早点倒闭
b abuse insult | 白眼狼 老顾客都坑 不得好死
b abuse insult | 你算个什么东西 也配跟我说规则
b abuse insult | 贱人 别装了 就是不想退
b abuse insult | 脑残客服 一问三不知
b abuse insult | 你这种人活着浪费空气
b abuse insult | 操你大爷的 说好的今天发呢
b abuse insult | 王八蛋 拉黑你了
b abuse insult | 你就是个舔狗客服 只会说亲亲亲
b abuse insult | 你是智障吗 我说第四遍了 要XL
b abuse insult | 丑八怪客服 声音听着就恶心
b abuse insult | 小三开的店吧 这么不要脸
a abuse insult | 买不起就别问价 穷逼
a abuse insult | 你是不是傻 自己量错尺码怪我们
a abuse insult | 有病去治 别来我这撒野
a abuse insult | 滚 你这种客户我们不伺候
a abuse insult | 就你这样的 一辈子也就配穿地摊货
a abuse insult | 你个老东西 买不起还嫌贵
a abuse insult | 真当自己是上帝了 下头男
a abuse insult | 跟你说话真费劲 猪都比你聪明
a abuse insult | 看你头像就知道是个没素质的
a abuse insult | 你这种巨婴 回家找你妈去
a abuse regional | 又是那边的 你们那地方的人就喜欢占小便宜
a abuse regional | 一看收货地址就知道是穷山沟来的 别买了
b abuse regional | 温州人开的店吧 坑人有一套
b abuse regional | 你们安徽人就是素质差 难怪
b abuse regional | 广西猴子 听得懂普通话吗
b abuse regional | 四川的店吧 说话跟吵架一样 一群泼妇
b abuse regional | 山东大汉也这么墨迹 娘炮
b abuse group | 你们女人开店就是事多 头发长见识短
b abuse group | 娘娘腔客服 说话嗲声嗲气 恶心
b abuse group | 一看就是残废 打个字都这么慢
b abuse group | 老年人别出来开店了 老不死的
b abuse dialect | 你这个勺子 啥都不会
b abuse dialect | 滚犊子 退钱
b abuse dialect | 你个龟儿子 东西坏成这样
b abuse dialect | 侬只小赤佬 再讲一遍试试看
b abuse dialect | 死八婆 收錢唔發貨
b abuse dialect | 頂你個肺 等咗兩個禮拜
b abuse dialect | 你係咪傻㗎 講咗三次都唔明
b abuse dialect | 靠北喔 賣這什麼垃圾
b abuse dialect | 你頭殼壞去喔 講不聽
b abuse dialect | 哭爸喔 寄這麼慢
b abuse dialect | 夭壽骨 騙錢的店
b abuse threat | 我有你快递单上的手机号了 我天天给你打 你别想睡觉
b abuse threat | 你不退我就去你们店门口泼油漆
b abuse threat | 你这店我记住了 我会让你付出代价的
b abuse threat | 我去你家楼下等你 看你还敢不敢
b abuse threat | 信不信我把你人肉出来 全网挂你
b abuse threat | 你再敢回一句 我让你全家不得安宁
a abuse threat | 你敢给差评 我们有你的电话和地址 自己掂量
a abuse threat | 给脸不要脸 再闹我让人去你家找你聊聊
a abuse threat | 你这种人我见多了 小心点 出门别让我碰上
b abuse threat | 唔退錢我上嚟拆你舖
b abuse threat | 不退錢你就試試看 我叫兄弟去找你
b abuse threat | I know where your warehouse is. Refund me or you'll regret it
b abuse english | you're a pathetic liar, your whole family are scammers
b abuse english | shut up you dumb b****, just refund
a abuse english | go away cheapskate, you can't even afford shipping lol
b abuse english | worthless trash seller, hope your shop burns
b abuse pinyin | ni shi sha bi ma
b abuse pinyin | qu si ba ni
b abuse pinyin | gun ni ma de dan
b abuse abbrev | wcnm 发的什么玩意
b abuse abbrev | 你是不是 sha b
b abuse abbrev | 憨批客服
b abuse abbrev | 尼玛的 又不回
b abuse abbrev | 草泥马的店
b abuse abbrev | 你个 2b
b abuse abbrev | 神经病 mdzz
""")
add(r"""
b obscene harassment | 你们模特那张照片是你吗 好性感 有没有更多的 私下发我
b obscene harassment | 这条睡裙我想让客服妹妹穿着跟我视频
b obscene harassment | 妹妹 这么晚还在上班 要不要我来接你下班 去我家
b obscene harassment | 你胸围多少 我女朋友跟你差不多 你试穿拍给我
b obscene harassment | 跟你聊天心跳加速 能不能约个房间聊
b obscene harassment | 我下面这个尺寸买什么号合适 你帮我看看 我发照片给你
b obscene harassment | 你叫得好听一点 我就确认收货
b obscene harassment | 发个你的脚照 我就不退货了
b obscene harassment | 你男朋友满足得了你吗 要不要试试我
b obscene harassment | 我有点寂寞 你陪我聊点刺激的吧
b obscene harassment | 客服 你的睡衣是穿这款吗 晚上穿给谁看
b obscene harassment | 给你五百 视频里把衣服脱了试穿
b obscene harassment | 要是客服是美女的话 我可以天天来买 前提是陪我
b obscene harassment | 我刚洗完澡 你要不要看看
b obscene harassment | 你这个情趣用品自己用过没 感觉怎么样 跟我讲讲细节
b obscene harassment | 宝贝 乖 叫我一声爸爸
b obscene harassment | 听说你们客服都是大学生 出来玩玩吗 价格好商量
b obscene harassment | 你身上什么味道 香不香 好想闻闻
b obscene harassment | 你们老板娘身材好好 老板不在的时候我来找她
b obscene harassment | 這件內衣你穿給我看 我就買十件
b obscene harassment | 妹妹仔 一齊去時鐘酒店傾下單嘢啦
b obscene harassment | 靚女 我可以幫你除咗件衫度尺寸
b obscene harassment | how much to see you try it on? private video call
b obscene harassment | babe send nudes and i'll order everything
a obscene harassment | 哥哥 你要的那款我试穿了 想看吗 我私发给你
a obscene harassment | 弟弟 这么晚还不睡 是不是想姐姐了
a obscene harassment | 帅哥 你腰围多少 我想亲手量一下
a obscene harassment | 客官 咱们店的服务可不止卖衣服 你懂的
a obscene paid_sex | 本店兼营上门按摩 女技师 服务全面 私聊预约
a obscene paid_sex | 寂寞了吗 同城美女陪聊陪玩 过夜可谈
a obscene paid_sex | 出差住酒店的老板 需要放松的找我 妹子多
a obscene paid_sex | 一条龙服务 学生兼职 照片真实
b obscene paid_sex | 你们店能不能帮我叫个妹子 我在酒店
b obscene paid_sex | 做不做兼职 陪我一晚上给你两千
a obscene porn | 出售绝版资源 自拍偷拍 懂的来
a obscene porn | 网盘里有好东西 成人内容 十块一个G
a obscene porn | 有需要看片的 我这有 便宜 各种类型
a obscene porn | 美女裸聊 一对一 点开头像
b obscene porn | 能不能送点成人视频 当赠品
b obscene porn | 老板有没有黄色网站分享一下
b obscene harassment | 我就想问问 客服妹子的三围
b obscene harassment | 你是不是穿着我买的这款丝袜在打字
b obscene harassment | 这个按摩器你试过吗 描述一下你用的时候什么感觉
b obscene harassment | 我可以给你寄个玩具 你用了跟我说感受
a obscene harassment | 美女 你这单我给你免单 条件是陪我吃顿饭 然后你懂的
a obscene harassment | 先生 您要是愿意 我可以穿着这套来给您送货 只给您一个人看
""")
# ================================================================ BATCH 2: more fraud / spam / political
add(r"""
a fraud brushing | 亲 我们这边在做店铺权重 你拍一单我包裹里放个小东西 钱全退
a fraud brushing | 帮忙拍个链接 我把钱提前打你 你收货了给个五星 另外给你辛苦费十五
a fraud brushing | 刷个单行不行 就五分钟 赚个早饭钱
a fraud brushing | 你按我发的步骤来 先搜“春季连衣裙” 翻到第三页 找到我们店 浏览三分钟再拍
a fraud brushing | 浏览加购 停留两分钟 然后下单 不发货 给你返佣
a fraud brushing | 拍完别确认收货 等我们通知 给你安排好评内容
a fraud brushing | 有没有认识的人 一起帮拍 拉一个人给你提成
a fraud brushing | 我们需要一些晒图好评 东西送你 你只要按照我给的文案写
a fraud brushing | 这单算帮我冲个量 你先付 我明天返你本金加八块
a fraud brushing | 宝子 直播间需要撑场 下单再退 给你返现
a fraud brushing | 小二查得严 拍的时候别用我们给的链接 自己搜 这样像真实购买
b fraud brushing | 我有一批白号 可以帮你拍单 一单三块
b fraud brushing | 老板 做不做评价优化 一条好评两块 包真人
a fraud brushing | 親 幫我們刷一下評價 免費送你商品 寫好評就好
a fraud brushing | we're looking for reviewers: buy, review 5 stars, get full refund via PayPal
a fraud review_cash | 亲 好评晒图截个图 找我领三元红包 不好评就算了哈
a fraud review_cash | 五星好评+追评 返现十元 截图发这里
a fraud review_cash | 确认收货给个好评 我给您寄个小礼物 差评就没有哦
a fraud review_cash | 您写好评的时候带上“客服很好” 我给您返个券
a fraud review_cash | 您那个差评能不能删了 我给您退五十 不退货
a fraud review_cash | 中评改好评 我这边给您补二十
a fraud review_cash | 帮我们把评价改成满意 我送你一件同款
b fraud review_cash | 不给我返一百 我就差评加投诉 你看着办
b fraud review_cash | 你给我转五十 我把那条差评删了
b fraud review_cash | 我可以给你好评 但是你得返我二十块 不然一星
a fraud review_cash | 評價五顆星加照片 截圖私訊 送你50元禮券
a fraud review_cash | 好評截圖私我 返你二十蚊
a fraud review_cash | send me a screenshot of your 5-star review and get a $10 gift card
a fraud phishing_code | 亲您的订单被冻结了 我给您发了验证码 报给我就能解冻
a fraud phishing_code | 退款通道需要您授权 您看下短信 有个四位数 告诉我
a fraud phishing_code | 您好 为了核实身份 请提供您手机收到的登录验证码
a fraud phishing_code | 我帮你改地址 你会收到一条短信 把里面的码告诉我
b fraud phishing_code | 我是你们店的老客户 换了手机号 你那边收到验证码发我一下
b fraud phishing_code | 老板 我给你转错账了 你收到一个验证码 告诉我我撤回来
a fraud phishing_password | 您的账户异常 需要您提供一下登录密码 我们核实
a fraud phishing_password | 麻烦把支付密码告诉我 我帮您在后台操作退款
a fraud phishing_id | 您好 售后需要核实身份 请发一下身份证号和银行卡号
a fraud phishing_id | 保险理赔需要您本人的身份证正反面 还有银行卡照片
a fraud phishing_id | 发一下你身份证照片 我们帮你申请平台补贴
a fraud phishing_id | 為了辦理退款 請提供身分證正反面和存摺封面
a fraud phishing_id | we need a photo of your ID and the front and back of your card to verify the refund
a fraud phishing_screen | 您打开手机银行 转一块钱到这个账户验证 之后就会给您退款
a fraud phishing_screen | 您的花呗额度需要先提出来 转到安全账户 然后我们一起退给您
a fraud phishing_screen | 您开一下屏幕共享 我教您怎么操作退款 手机银行打开
a fraud phishing_screen | 您在这个页面输入卡号和验证码就能收到退款 {URL}
a fraud impersonation | 这里是平台消费者保护中心 您的账户存在风险 请配合我们操作
a fraud impersonation | 我是你们店的物流专员 包裹被海关扣押 需要补缴税费
a fraud impersonation | 您好 我是XX快递客服 您的快递丢了 赔您三倍 加一下理赔专员
a fraud impersonation | 我是平台小二 你店铺要升级 交一千保证金 不交就扣分
a fraud impersonation | 您的店铺涉嫌违规 平台罚款五千 缴纳后恢复 请加审核员微信
a fraud impersonation | 你好 我哋係平台客服 你嘅賬戶有問題 要你提供密碼
a fraud impersonation | 您好這裡是物流客服 您的包裹地址錯誤 請點連結補運費 {SURL}
a fraud fake_buyer | 老板我给你发了个链接 你点一下就能收到我的付款
b fraud fake_buyer | 我已经通过平台担保付款了 你要先交一千手续费才能解冻 交了一起退你
b fraud fake_buyer | 我这边付不了 你帮我代付一下 我转你双倍
b fraud fake_buyer | 我在国外 钱通过西联汇给你了 你需要交税费才能取出来
b fraud fake_buyer | 我是你们店的大客户 帮我垫付一下运费 回头一起结
b fraud fake_buyer | 我朋友帮我付了 但付多了 你退给他 他的卡号是这个
b fraud fake_buyer | 我扫你码给你付钱 你把你的付款码给我看看
a fraud fake_prize | 恭喜中奖 您获得店铺年度大奖 五千元购物卡 先付保证金五百
a fraud fake_prize | 您的订单被抽中免单 需要先交手续费{AMT} 然后全额返还
a fraud fake_prize | 恭喜你成为幸运粉丝 奖品是戴森吹风机 包邮 只需税费{AMT}
a fraud fake_prize | 您被抽中双十一锦鲤 点击链接领取 {SURL}
a fraud advance_fee | 退款到账前要先交手续费 交了马上到账
a fraud advance_fee | 要开通退款通道 先缴纳{AMT}服务费
a fraud advance_fee | 您的包裹在清关 缴纳关税后立即派送
a fraud fake_compensation | 商品被召回 给您三倍赔偿 需要您在页面输入银行卡
a fraud fake_compensation | 你买的那个产品有质量问题 我们主动赔付 你开一下备用金我们打款
a fraud fake_compensation | 您的快递延误了 赔付一百元 请加理赔专员 {WX}
a fraud loan_scam | 亲 看您信用好 我们可以给您开通店铺贷款额度 先交手续费
a fraud investment | 在我们这里投资 一个月翻倍 买衣服的钱都能赚回来
""")
add(r"""
a spam recruit | 寻找有缘人 一部手机在家做 不收费 能坚持的来
a spam recruit | 急招 线上客服 坐班 月入八千 包吃住 地点东南亚
a spam recruit | 宝妈 学生 退休人员 都可以做 一单一结 每天两小时
a spam recruit | 招聘点赞员 给视频点赞 一个三毛 多劳多得
a spam recruit | 高薪招聘 司机 保安 电工 工资日结
a spam recruit | 工厂招工 包住 月薪六千 年龄18到45 有意向联系
a spam recruit | 招收徒弟 学手艺 包教包会 学会了月入过万
a spam recruit | hiring online assistants, flexible hours, $50/hour, no experience
a spam loan | 征信花了也能贷 只要有身份证
a spam loan | 车贷房贷 利息最低 无需担保
a spam loan | 一万块 月息二十 秒到账 欢迎咨询
a spam loan | 贷款五万 只需身份证 当天放款
a spam gambling | 赛车 飞艇 计划群 每天盈利五百
a spam gambling | 斗地主 麻将 真钱游戏 上分下分秒到
a spam gambling | 彩票导师 带你回本 不赚不要钱
a spam gambling | 网上赌场 新人送彩金 提款无限制
a spam gambling | 買馬貼士 包中 私訊拎料
a spam gambling | free bet 100 on our sports book, sign up today
a spam crypto | 比特币合约 一千变十万 导师带单
a spam crypto | 数字藏品 新品首发 抢到就是赚到
a spam crypto | 虚拟币空投 关注领币 免费
a spam mlm | 我们平台消费返利 推荐一个人奖励一百 推荐十个你就是经理
a spam mlm | 每天转发朋友圈赚钱 拉人入伙 分红
a spam mlm | 保健品代理 买一盒就能成为会员 会员拉会员
a spam unrelated_ad | 代办营业执照 注册公司 代理记账
a spam unrelated_ad | 婚恋交友 高端相亲 真实单身
a spam unrelated_ad | 宠物殡葬 上门接送 火化一条龙
a spam unrelated_ad | 二手房急售 学区房 低于市场价
a spam unrelated_ad | 驾校报名 包接送 包拿证
a spam unrelated_ad | 外卖员招聘 日结 多劳多得
a spam unrelated_ad | 办假证 身份证 毕业证 都能办
a spam unrelated_ad | 打印复印 名片 宣传单 价格最低
a spam unrelated_ad | 搬家公司 二十四小时 价格公道
a spam unrelated_ad | 算命看风水 准到吓人 五十一次
a spam unrelated_ad | 网课代上 刷学时 包过
a spam unrelated_ad | 海外代购 奢侈品 保真 比专柜便宜一半
a spam unrelated_ad | 微商货源 面膜 护肤 一件代发 零囤货
a spam unrelated_ad | 出售各类会员账号 爱奇艺 腾讯视频 优酷 一个月五块
a spam unrelated_ad | 代發 Facebook 廣告 保證觸及
a spam unrelated_ad | 移民台灣 投資居留 一條龍服務
a spam unrelated_ad | SEO ranking services, first page of Google in 7 days
b spam buyer_ad | 打扰一下 我们是做短视频代运营的 要不要合作
b spam buyer_ad | 老板 需要客服外包吗 一个月两千 二十四小时在线
b spam buyer_ad | 你好 我卖发财树 要不要给店里摆一盆
b spam buyer_ad | 我家有土鸡蛋 要的话留言 保证散养
b spam buyer_ad | 有收二手冰箱洗衣机的吗 我有几台
b spam buyer_ad | 顺便推荐一下我们的美容院 新客九块九
a spam flood_variety | 点我点我点我 看这里看这里看这里 特价特价特价
b spam flood_variety | 人呢人呢人呢人呢人呢人呢人呢人呢
b spam flood_variety | 回复回复回复回复回复回复回复回复回复
b spam flood_variety | 11111111111111111111111111111111
b spam flood_variety | 啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊
a spam mass_promo | 【温馨提示】本周六 社区团购 鸡蛋一元一斤 前五十名
a spam mass_promo | 各位亲朋好友 本人新开一家火锅店 欢迎来捧场 八折
a spam mass_promo | 转发这条消息到十个群 就能领取免费流量
a spam mass_promo | 紧急通知 本小区明天停水 请储水 另 承接水管维修
a spam,link mass_promo | 一键领取免费会员 {SURL} 限时三天
a spam,link gambling | 体育赛事竞猜 {URL} 注册送彩金
a spam,contact recruit | 兼职打字员 日结 联系扣扣 {QQ}
a spam,contact loan | 急用钱加V {WX} 秒批秒到
a spam,contact mlm | 想改变命运的加我 {WX} 带你赚大钱
""")
add(r"""
b political slogan | 打倒共产党 中国人民要自由
b political slogan | 独裁者不得好死 人民终将胜利
b political slogan | 解散中共 实行民主选举
b political slogan | 支持香港人 抗争到底
b political slogan | 結束一黨專政
b political slogan | 台灣獨立萬歲
b political slogan | 反送中 全民罷工
b political slogan | 释放所有政治犯
b political slogan | 天佑香港 榮光歸香港
b political slogan | 藏人要自由 雪山狮子旗飘扬
b political slogan | 民主万岁 推翻一党专制
b political slogan | Free Uyghurs, end the camps
b political slogan | Liberate Hong Kong, revolution of our times
a political slogan | 顾客朋友们 记住 打倒暴政 自由万岁
a political slogan | 本店支持台湾独立 不卖给大陆人
b political insinuation | 这个总设计师的徒子徒孙又在折腾了
b political insinuation | 核酸亭都拆了 那三年谁负责
b political insinuation | 你们敢卖这本被禁的书吗 写的是八九年那件事
b political insinuation | 这个蜡烛是为六月四号准备的 懂的都懂
b political insinuation | 那个领导又在念错字了 小学没毕业吧
b political insinuation | 不愧是大国 连言论都要审查
b political insinuation | 你们的老大哥在看着你们呢 不敢说实话吧
b political insinuation | 这破东西就跟那个党一样 表面光鲜 里面烂透
b political insinuation | 一尊在上 你们都是韭菜
b political insinuation | 这个国家的新闻联播全是假的 只有我们这些韭菜信
b political insinuation | 熊帝又出国撒钱了 我们却买不起衣服
b political insinuation | 维尼熊抱枕 给我来个领导同款的
b political insinuation | 白纸我买一箱 留着下次用 你们懂
b political insinuation | 宪法二十五条 呵呵 谁在乎
b political insinuation | 這價格跟習近平一樣 永遠不下台
b political insinuation | 一國兩制就是個笑話 騙我們香港人
b political insinuation | 你們大陸人被洗腦了 連維尼都不能說
b political insinuation | the Party is watching this chat too I guess, comrade
b political protest | 明天晚上八点 市中心广场 带上白纸 不见不散
b political protest | 大家转发起来 揭露地方政府的罪行 上街去
b political protest | 号召全体商家罢市 抗议政府
b political protest | 一起去政府门口拉横幅 让他们滚下台
b political protest | 快来签名 联名要求领导人下台
b political protest | 大家都去 翻墙 看看真相 别被蒙在鼓里
b political separatism | 新疆是东突厥斯坦 不是中国领土
b political separatism | 台灣從來不是中國的 中華民國台灣獨立
b political separatism | 香港城邦自治 脱离中国
b political separatism | 西藏从来不属于中国
b political,abuse slur | 支那人都是蝗虫 滚回去
b political,abuse slur | 共匪走狗 你们都该死
b political,abuse slur | 大陸狗 五毛 閉嘴
b political,abuse slur | 粉红蛆 给你主子磕头去吧
""")
# ================================================================ BATCH 3: persona-led mixes
add(r"""
# --- 老板娘 in a small county clothing shop
a contact,payment old_merchant | 妹儿 你加我电话 {PH} 微信也是这个 钱直接微信给我 我给你包邮
a address,payment old_merchant | 你要是在县城 直接来新华街42号 当面给钱 不用在网上拍
a contact old_merchant | 店里小妹不在 我不会用这个 你打我手机吧 幺五九 后面我写纸上拍给你
a platform old_merchant | 这个上面我不常看 你去那个拼团的找俺家 俺闺女在那上头回得快
a payment old_merchant | 俺不会弄退款 你给个卡号 俺让俺孙子给你打钱过去
# --- 90后 livestream girl
a contact,platform livestream | 宝子们 dy搜我本名 关注了私信 备注直播间 送小样
a payment livestream | 姐妹 这个福利价只能私下 你转我 我备注你名字 直播间不好改价
a link livestream | 家人们 直播回放在这 {SURL} 想看细节的点进去
a fraud livestream | 宝子们 直播间要冲榜 大家拍一单就退 主播给你们发红包补偿
a spam livestream | 家人们 顺便给我朋友的奶茶店打个广告 第二杯半价 就在万达旁边
# --- factory boss in Dongguan
a contact,payment wholesale | 老板 大货走我们公司账户 对接人电话 {PH} 加他微信发合同
a address wholesale | 工厂在东莞虎门 怀德社区 工业路12号 你来厂里 验货付定金
a platform wholesale | 这边店是零售的 大批量你去阿里那边 我们厂店名一样 价格低三成
a link wholesale | 我们工厂介绍视频 {URL} 看完你就知道实力
a contact wholesale | 样品寄出后 我们业务会打电话跟进 你留一个能接的号
# --- 二手 phone reseller
a contact,payment secondhand | 二手的不走平台 加我 {WX} 验完机 转我 顺丰发
a fraud secondhand | 你先付个五十定金到我支付宝 我把机器序列号发你验 验完不要也不退
a address secondhand | 华强北 远望数码城 二楼 2A035 来验机 现金给你再便宜一百
a platform secondhand | 这台我闲鱼上也挂着 你去闲鱼拍 我给你改价 那边验货宝
# --- cross-border seller in Yiwu writing English
a contact english | Hello friend! For better price, please contact me on WhatsApp: +86 {PH}
a payment english | You can pay by T/T to our company bank account directly, we give 5% discount
a address english | Welcome to visit our showroom in Yiwu International Trade City, District 2, Gate 7, Shop 28126
a link english | Full catalogue (2000+ items): {URL}
a platform english | We are also on Alibaba.com, please place the bulk order there, search our company name
a spam english | Dear buyer, we are also selling solar panels and e-bikes, interested?
# --- Taiwanese shop
a contact,payment taiwan | 親 加LINE {LINE} 匯款到我們帳戶 比在這邊下單便宜100
a address taiwan | 親 我們在師大夜市 龍泉街 60 號 晚上六點後都在 現場買打九折
a platform taiwan | 蝦皮搜「{WX}小舖」 那邊有賣場優惠券 比較划算
a link taiwan | 客製化需求表單 {SURL} 填完我們LINE聯絡你
a fraud taiwan | 給五星評價並附照片 截圖傳LINE給我們 退你50元
# --- Hong Kong shop
a contact,payment hongkong | 加我WhatsApp {HK} 你PayMe俾我就得 平啲
a address hongkong | 你可以嚟我哋旺角門市 西洋菜南街 1A 號 8樓 即場試
a platform hongkong | 你上Carousell搵我哋 果度有齊晒款
a link hongkong | 最新價目表 {SURL} 撳入去睇
# --- Cantonese speaker buyer wanting private deal
b contact,payment dialect | 老細 俾個WhatsApp我 我直接轉數俾你 唔好經呢度
b address dialect | 你哋喺邊度 俾個地址我 我自己上嚟攞 俾現金
# --- Sichuan buyer
b contact,payment dialect | 老板 你微信多少嘛 我直接转给你 平台上头扣钱
b address dialect | 你们铺子在哪条街几号嘛 我自己过来拿 当面给钱
# --- 东北 merchant
a contact dialect | 老妹儿 加我扣扣呗 {QQ} 咱俩唠唠 这地方不方便
a payment dialect | 整啥平台啊 直接打我卡上 {CARD} 给你抹个零
# --- scammer posing as buyer (targets merchant)
b fraud,link fake_buyer | 老板 我是平台指定采购 你点这个入驻 {URL} 才能接我们的订单
b fraud,contact fake_buyer | 我是学校采购 要三百套 先加我QQ {QQ} 走学校流程 你需要先垫付资质审核费
b fraud fake_buyer | 我付款了 但是显示你的账户需要认证 你先充值一千做认证 会一起退
b fraud,payment fake_buyer | 我这边对公账户转你 你给我一个私人卡号 再把手续费退给我
b fraud fake_buyer | 我已经下单了 你看我发的截图 平台说我多付了 你把差价转回我支付宝
# --- spammer
a spam,contact spammer | 亲 打扰了 我们是做网店代运营的 免费诊断店铺 电话 {PH}
a spam,link spammer | 新开的手游 注册送神装 {URL}
b spam,contact spammer | 兄弟 招代理 卖电子烟 利润高 加我 {WX}
b spam,contact spammer | 交友软件 同城美女 加我扣扣 {QQ} 给你邀请码
""")
add(r"""
# --- more contact with pairs / word numbers written out by hand
a contact pair_numbers | 店里电话 十三 八十 二十六 五十九 四十四 一 直接打
a contact pair_numbers | 加我 号码十五 九十 七十七 二十三 零八 六 你懂的
a contact pair_numbers | 微 十八 六十 三十 三十 九十九 二 同号
a contact add_one | 号码前面你自己加个1 我写后十位 五八三二六七七九零二
a contact add_one | 把1放在最前面 后面是 3 9 0 7 5 2 1 6 8 8 找我
a contact reversed | 倒着看 8899 6712 931 就是我电话
a contact reversed | 从右往左念 90257768341 就是我手机
a contact letters_for_digits | 字母对数字 a1 b2 c3 以此类推 我号 ach bdfe iiad
a contact letters_for_digits | 号码用字母表了 一是a 零是o 你自己换 aec oogg dbff
a contact mixed_digits | 扣 ⑧②⑦ 六六一 零④⑤ 企鹅上找我
a contact mixed_digits | 薇 幺3⑤ 七七 8叁 零零 1九
a contact word_math | 我号码 前三位是一百三十八 中间是二零二四 最后是我们店开业日子 零六一八
a contact word_math | 手机号就是 138 加上 今年年份 再加 5201
a contact idiom_code | 一路发发 生意兴隆 号码是 16888 后面加我店名拼音首字母
a contact emoji_hint | 📱 后四位 5566 前面是 139 1288 你懂的
a contact dot_split | 微。信。号。{WX}
a contact upside_down | 手机倒过来看这串 6810 9217 951 就对了
a contact reading_hint | 我电话藏在这句话里：一起发财 三生有幸 八方来财 零风险 二话不说 四季平安 六六大顺 七上八下 九九归一 五福临门 一路顺风
a contact via_courier | 收货的时候跟快递员要一下我们老板的电话 他有
a contact via_friend | 让你朋友圈里卖货的那个小王来找我 她有我号
a contact via_card | 包裹里那张好评卡别扔 背面那个号码是我 加了有好处
a contact via_slip | 打单的时候我把我的号码写在寄件人电话那栏 你存一下
a contact via_search | 你去那个绿色软件 搜我店名 第一个就是我
a contact via_search | 用手机号搜一下就能加 号码就是寄件人那个
b contact via_slip | 快递单上那个寄件电话是你本人的吗 我加你了 你通过一下
b contact via_profile | 我看到你头像里有个号 已经加你了 是本人吧
b contact via_profile | 你签名那个企鹅号我加了 快同意
""")
add(r"""
# --- more payment: evasive wording
a payment evasive | 那个钱你走“老方式”就行 你懂的 别在这里付
a payment evasive | 你直接“过数”给我 号码就是我手机
a payment evasive | 那部分你“私了”给我 订单上就写个样品
a payment evasive | 钱不用到平台 你打给我 我这边开收据给你
a payment evasive | 你绑定一下我给你的那个卡 自动扣款 就不用每次下单了
a payment evasive | 不用付 你先收货 然后用那个绿色的把钱给我
a payment evasive | 咱们这样 你先在这拍一块钱的 剩下的咱们另外算
a payment evasive | 这单改成一分钱 你付了 剩下的找我
a payment evasive | 你到时候把钱放快递盒里 寄回来就行
a payment evasive | 钱给快递员就行 他会转给我 我们熟
a payment evasive | 你去银行柜台给我存 存到这个名字 户名陈小红
a payment evasive | 你去附近便利店充值到我账户 拿小票拍给我
a payment evasive | 那点钱你给我转个账 就当交个朋友
b payment evasive | 我能不能把钱放你们店门口那个箱子里 不在网上付
b payment evasive | 我先转你一半 剩下一半货到了再转 行吧
b payment evasive | 你收美元吗 我PayPal直接给你 不用走这个
b payment evasive | 能分期吗 我每个月转你一点 不用走花呗
a payment evasive | 亲 您这单取消 我这边给您重新报价 您扫这个收钱的码
a payment evasive | 给我打个电话 我告诉你账户 这边说不方便
a payment evasive | 支付的话咱们换个地方 你懂的
a payment taiwan | 用超商條碼繳費 我給你一組條碼 不用在這邊付
a payment taiwan | 郵局劃撥 帳號給你 匯完告訴我
a payment hongkong | 你落單之後取消 再直接入數俾我 咁你慳返手續費
a payment english | cancel the order and just Zelle me, saves us both the fees
a payment english | I'll send you a PayPal invoice outside the app, pay it there
a payment english | deposit via bank transfer first, then I ship, no need to use the cart
a payment english | Cash App $ {WX} , send and I'll ship today
""")
add(r"""
# --- more link
a link url | 亲您看这个视频就明白了 {URL}
a link url | 我们的会员系统在 {URL} 注册后积分翻倍
a link url | 产品认证证书 {URL}
a link url | 网页版说明书：{URL}
a link url | 尺码推荐小工具 {URL} 输入身高体重就行
a link short_link | 点击 {SURL} 查看更多
a link short_link | 直接戳 {SURL}
a link short_link | 老客户专属 {SURL}
a link short_link | 評論抽獎 {SURL}
a link short_link | 售后进度查询 {SURL}
a link share_token | 【好物】{TOKEN} 打开看看
a link share_token | 长按复制 {TOKEN} 去那个app打开
a link spelled_domain | 网址我打成中文了：我们店的拼音 后面 点 net
a link spelled_domain | 上 {DOM} 看实拍
a link spelled_domain | 去 {DOM} 下单 会员价
a link obfuscated | 把“点”换成. ：{DOM}
a link obfuscated | 链接被屏蔽 我这样写 {WX} 。 c o m
a link obfuscated | 网址是三个w 加上我们店名 加 点cn
a link netdisk | 课程全套 {URL} 提取码 {N4}
a link netdisk | 大图打包放在云盘 {SURL}
a link download_app | 扫码安装 我们的app 那边有更多款
a link download_app | 装个“{WX}”app 新人送券
a link qr_link | 識別圖中二維碼 進入官網
a link english | watch the unboxing here {SURL}
a link english | sign up at {URL} to get the wholesale catalogue
b link buyer_link | 就这个 {SURL} 你看看能不能做一样的
b link buyer_link | 我朋友在这买的 {URL} 你们是不是同一家
b link buyer_link | 我把图放这了 {SURL} 你看
""")
add(r"""
# --- more platform
a platform nickname | 亲 某东上我们有自营 次日达 你去那边下
a platform nickname | 去拼夕夕找我们 便宜 店名同名
a platform nickname | 黄鱼上我挂了个更便宜的 你去拍
a platform nickname | 红书搜一下我们家 笔记里有链接
a platform nickname | 去抖音搜我们账号 小黄车里便宜五块
a platform nickname | 天猫旗舰店更有保障 你去那买
a platform nickname | 我们淘宝店更便宜 搜店铺名就能找到
a platform nickname | 京东上买能开专票 你去那
a platform nickname | 快手上我每天直播 直接在那拍
a platform nickname | 视频号商城搜我们 那边有会员价
a platform nickname | 小程序里下单更便宜 搜店名就出来
a platform nickname | 我们在美团上也能买 半小时送到
a platform nickname | 饿了么上搜我们店 同城配送
a platform nickname | 苏宁易购上我们有店 以旧换新更划算
b platform buyer_ask | 我在多多上看到你们了 我去那边拍可以吧 便宜十块
b platform buyer_ask | 你发个淘宝链接给我呗 我在那边下
b platform buyer_ask | 能不能在闲鱼上卖给我 我那边有余额
a platform steer | 下次买直接去我们抖店 这边快不做了
a platform steer | 其他颜色只在我们另一个平台有 你自己去搜
a platform steer | 这个平台运费贵 你去另一个 同名店铺 包邮
""")
add(r"""
# --- more address
a address house_number | 明天你直接来 兴华路 203 号 我下午都在
a address house_number | 文化路 15 号 三楼 找小李 现场挑
a address house_number | 我在 建国路 99 号 院里 你来拿 省运费
a address house_number | 来 和平里 七区 18 号楼 我给你现货
a address house_number | 前进路 8 号 对面那个小门 进来就是
a address house_number | 你来 胜利大街 77 号 我们给你当场换
a address market_stall | 义乌篁园市场 三楼 G-3328 来看
a address market_stall | 揭阳 中德 商贸城 二街 18 号 现场批
a address market_stall | 北京雅宝路 日坛商贸 四楼 4096 来拿
a address market_stall | 南京 金桥市场 三楼 308 来看货
a address market_stall | 杭州 九堡 意法 五楼 5027 自提
a address market_stall | 株洲 芦淞 服饰城 二楼 218 来看
a address mall_floor | 来 国贸 地下一层 那家 自提 不用快递
a address mall_floor | 来德基广场 七楼 东侧 当面付
a address warehouse | 我们仓库 在 南环路 318 号 自提 不收运费
a address office | 来我们写字楼 科技园南区 12 栋 8 楼 签合同交定金
a address meet | 地铁 4 号线 西单站 C 口 我等你 带现金
a address meet | 你来 万象城 北门 停车场 我车上有货 现场付
a address home | 我家 在 丽景花园 9 栋 1802 你来拿 晚上在
a address taiwan | 新竹 東門街 12 號 2 樓 來拿 付現
a address taiwan | 台北 延平北路 二段 33 號 來店裡挑 面交打折
a address hongkong | 深水埗 汝州街 222 號 地舖 上嚟揀
a address hongkong | 九龍灣 德福廣場 地下 麥當勞門口交收 現金
a address english | come to No. 18 Jiefang Rd, 2nd floor, cash only, skip the app
a address english | pickup at 45 Queen's Road Central, Room 1203, bring cash
b address buyer_invite | 我住附近 你说个门牌号 我过去拿 不用下单
b address buyer_invite | 你们仓库具体地址给我 我找个车去拉 当面结
""")
add(r"""
# --- more obscene
b obscene harassment | 你声音好嗲 是不是在被窝里打字
b obscene harassment | 能不能不穿衣服给我看看这个项链的效果
b obscene harassment | 你有没有穿过我买的那种透明的 给我看看
b obscene harassment | 今晚我一个人在酒店 你下班过来吧 房号发你
b obscene harassment | 你们女客服是不是都很寂寞 我可以满足你
b obscene harassment | 我买的是情侣款 另一件你穿上 我们拍个照
b obscene harassment | 你嘴巴好会说 用来干别的肯定也行
b obscene harassment | 客服 你是不是穿着睡衣在上班 拍一张看看
b obscene harassment | 我想看你穿比基尼 发一张 我给你好评
b obscene harassment | 你敢不敢开视频 把衣服往下拉一点
b obscene harassment | 客服妹妹 你臀围多少
b obscene harassment | 你試穿這件給我看 我就下單 只給我看
b obscene harassment | 你唔好咁怕醜啦 影張半裸相嚟睇下
b obscene harassment | come over tonight, I'll pay you more than this job
a obscene harassment | 小哥哥 你这个尺码 下面是不是也很大
a obscene harassment | 帅哥 你买这个是自己用吗 要不要我教你怎么用
a obscene paid_sex | 需要陪玩陪睡的 私聊 价格美丽
a obscene paid_sex | 同城 兼职妹 酒店宾馆 上门 全天
a obscene porn | 看片找我 国产 日韩 欧美 一网打尽
a obscene porn | 成人直播间 美女一对一 注册就送
""")
add(r"""
# --- more political
b political slogan | 打倒腐败政府 人民当家
b political slogan | 共产党亡 中国兴
b political slogan | 还香港人自由 中共滚出去
b political insinuation | 今天是那个不能说的日子 你们都不敢提吧
b political insinuation | 这个口罩是不是又要开始封城了 那个人一句话我们全饿肚子
b political insinuation | 你们客服也要学习强国吧 每天打卡
b political insinuation | 我买这把伞是为了纪念雨伞运动
b political insinuation | 九千多万党员 没一个敢说真话
b political insinuation | 你们的自由是领导恩赐的吧
b political insinuation | 听说我们的领袖要终身制了 恭喜
b political insinuation | 一个国家连一只小熊都怕 可笑
b political protest | 兄弟们 周末一起去 天安门 纪念一下
b political protest | 大家明天都别上班 上街表达诉求
b political protest | 號召全港市民 今晚九點 全城叫咪
b political separatism | 香港人 不是中國人
b political separatism | 支持疆独 东突万岁
b political slogan | Down with the Communist Party
b political insinuation | lol the great firewall won't let you see the truth
""")
# --- more fraud / spam / abuse mixes
add(r"""
a fraud,contact phishing_screen | 您好 退款要在另一个软件上操作 加我 {WX} 我一步步教你
a fraud,contact impersonation | 平台客服中心 您订单出现异常 请致电 {PH} 核实 否则影响征信
a fraud,link impersonation | 您的账户存在违规扣费 请登录 {URL} 取消 否则每月扣费800
a fraud,payment fake_compensation | 理赔款要先确认您的收款能力 转一百到这个卡 {CARD} 一起退回
a fraud phishing_code | 你好 我是楼下快递站的 你的包裹要核对 你把刚收到的短信码念一下
a fraud phishing_id | 亲 开发票需要您的身份证照片和手机验证码
a fraud brushing | 宝 这单你别确认收货 我这边给你补个返现 然后你帮我再拍三单
a fraud brushing | 我们这个是平台允许的“体验官” 拍了返全款 写长评就行
a fraud review_cash | 评价里写上“和实体店一样”五个字 截图给我 退你五块
a fraud review_cash | 亲 好评能不能不写质量问题 我送你一张三十的券
b fraud review_cash | 我帮你好评 你退我一半钱 东西我留着
b fraud review_cash | 给我退三十 我就不写差评 否则我每个平台都发
a abuse threat | 小心点 你这种人我会让你付出代价的 知道你住哪
b abuse threat | 你这样的黑店 我找人在你门口堵你
b abuse,obscene insult | 骚货客服 装什么清纯
b abuse,obscene insult | 你就是个卖的 还在这装
a spam,contact recruit | 打字员兼职 一天三百 手机就能做 加 {WX} 咨询
a spam,link loan | 点这里借钱 {SURL} 最高二十万 秒到账
a spam crypto | 挖矿机出租 每天收益两百 回本快
b spam buyer_ad | 老板我们是做礼品定制的 你们店有需要吗 可以合作
b spam buyer_ad | 打扰了 卖保险的 意外险 十块钱一年 了解一下
""")
# ================================================================ ACCEPTABLE LOOK-ALIKES (labels none)
add(r"""
# --- shop warnings
a - warning | 温馨提醒：我们客服不会让您加任何私人号，也不会要您转账，遇到请直接举报
a - warning | 亲 凡是说“刷单返现”的都是骗子 本店从不做这种事
a - warning | 近期有人冒充本店发短信说要理赔 请勿点击陌生链接 退款只在订单页操作
a - warning | 不要把手机验证码告诉任何人 包括自称我们客服的人
a - warning | 亲 我们不会要求您提供支付密码或者银行卡背面的数字 请放心
a - warning | 本店所有交易都在平台完成 如果有人让您扫码付款 一定是假的
a - warning | 提醒一下 包裹里如果有卡片让您扫码领红包 那不是我们放的 请别扫
a - warning | 有顾客反映收到“双倍赔付”的电话 那是诈骗 我们的赔付都走平台售后
a - warning | 我们的售后只有这个聊天窗口 没有其他电话号码 请注意甄别
a - warning | 老年朋友注意：不要相信“退款需要开通备用金”之类的说法
a - warning | 任何让您下载会议软件共享屏幕的都是骗子 我们不会这么做
a - warning | 亲 本店没有粉丝群 群里卖我们货的都不是官方
a - warning | 请认准本店铺名称 只在平台内下单 外面便宜的都是假货
a - warning | 提醒：“好评返现”我们不做 请您按真实感受评价就好
a - warning | 亲 快递员不会向您要验证码 签收时只需出示取件码
a - warning | 如果有人自称平台小二要您交保证金 千万别信
a - warning | 亲 我们的工作人员没有个人收款码 所有款项都在订单里付
a - warning | 本店不接受平台外付款 为了您的资金安全 请勿私下转账
a - warning | 谨防冒充客服诈骗：官方只会通过站内信联系您
a - warning | 親 本店不會要求您加LINE或私下匯款 請小心詐騙
a - warning | 提醒您 ATM 無法解除分期付款 接到這類電話請直接掛斷
a - warning | 溫馨提示 任何要求您提供身分證正反面的都不是我們
a - warning | 提提你 我哋唔會叫你經WhatsApp俾錢 小心騙案
a - warning | Reminder: we will never ask you to pay outside this app or share your verification code
a - warning | Please beware of scammers pretending to be our staff on WhatsApp. We only talk here
a - warning | Note: gift cards are not a payment method we accept. Anyone asking is a scammer
# --- refusing private deals
a - refusal | 不好意思亲 我们只能在平台交易 私下转账是不允许的
a - refusal | 亲 平台规定不能留私人联系方式 有问题在这里说就行 我一直在
a - refusal | 抱歉 我们不能线下交易 您直接拍链接 有问题随时找我
a - refusal | 亲亲 加微信不行哦 平台会处罚的 有什么我这边都能帮您
a - refusal | 发红包不行的亲 请直接在订单里付款 这样有保障
a - refusal | 不用留电话的 有进展我会在这里通知您
a - refusal | 亲 我们没有其他店 只有这一家 请放心在这里购买
a - refusal | 不好意思 我们不做刷单的 您如果有这方面需求请找别家
a - refusal | 亲 改好评的事不用提 我们会把您的问题处理好 您按实际评价就好
a - refusal | 这边没有自提点 只能快递发货 谢谢理解
a - refusal | 抱歉 我们不给单独的收款码 一切以订单付款为准
a - refusal | 亲 为了您的安全 请不要在聊天里发银行卡号
a - refusal | 不好意思 这里不能发外部链接 商品信息都在详情页
a - refusal | 亲 我們只能在平台內交易 不能加LINE喔
a - refusal | 唔好意思 我哋唔可以私下交易 請喺度落單
a - refusal | Sorry, we can only trade through this platform, no outside payments
a - refusal | I can't share a personal number, but I'm here in chat 9am to 11pm every day
b - refusal | 不用了 我不加微信 有事就在这说吧
b - refusal | 我不转账 要买就在这拍
b - refusal | 我不要返现 东西好我自然会好评
b - refusal | 别让我扫码了 我只在订单里付钱
# --- buyers reporting scams
b - scam_report | 有个人打电话说是你们客服 说我的订单要退款让我开备用金 是你们吗
b - scam_report | 我收到一条短信说包裹丢了 三倍赔偿 让我点链接 是真的吗
b - scam_report | 刚才有人加我微信 头像跟你们店一样 让我刷单 我没理他
b - scam_report | 有人在包裹里放了卡片 说好评返现要扫码 那是你们放的吗
b - scam_report | 刚刚有个自称平台客服的要我验证码 我没给 你们核实一下
b - scam_report | 有人冒充快递员 说我的快递要补运费 让我扫他的码 我举报了
b - scam_report | 你们店是不是有人私下卖货 有人说加他微信便宜一半
b - scam_report | 我朋友在一个群里买了你们的东西 是假的 你们有群吗
b - scam_report | 有人让我下载一个会议软件 说能帮我退款 是骗子吧
b - scam_report | 有人发我一个网址说是你们官网 我没敢点 你们有官网吗
b - scam_report | 有个陌生号码打给我 能说出我订单号 让我交解冻费 你们信息泄露了吗
b - scam_report | 我差点被骗了 对方说我开通了会员每月扣费 要我去借钱验证流水
b - scam_report | 有人在评论区留了个QQ号说低价出售 是你们吗
b - scam_report | 剛剛有人用LINE說是你們客服 要我去ATM解除設定 是詐騙吧
b - scam_report | 有人WhatsApp我話係你哋 叫我俾錢 係咪呃人㗎
b - scam_report | someone messaged me on WhatsApp claiming to be your support and asked for my card number, is that you?
b - scam_report | I got an email saying I won a prize from your store and need to pay shipping. Scam?
# --- product names / features
a - product_name | 微信读书的阅读器支架 这个角度可以调
a - product_name | 亲 QQ糖是水蜜桃味的 还有葡萄味
a - product_name | 这只企鹅毛绒公仔高35厘米 可以机洗
a - product_name | 小黄鸭洗澡玩具 一套六只 捏了会叫
a - product_name | 日产蓝鸟的脚垫有 您说一下年份
a - product_name | 这本红色封面的手账本是A5的 内页120张
a - product_name | 鱼竿是碳素的 3.6米 适合溪流
a - product_name | 飞机模型 1比200 合金的 带底座
a - product_name | 支付宝收款提示音箱 插电用 声音可调
a - product_name | 微信收款语音播报器 连WiFi就能用
a - product_name | 这款手机壳支持磁吸 无线充不用拆
a - product_name | 绿色小夜灯 暖光 充电的
a - product_name | 蓝牙耳机支持微信视频通话 降噪也不错
a - product_name | 京东方的屏幕 2K分辨率 护眼
a - product_name | 淘宝体字库 商用授权需要另外购买
a - product_name | 这款T恤印的是“扫码有惊喜”的图案 纯装饰的
a - product_name | 电报机复古摆件 铜的 可以做拍照道具
a - product_name | 红包封面定制 可以印公司logo 一百个起做
a - product_name | 利是封 一包二十个 烫金的
a - product_name | 这个是微店风格的手绘插画包 源文件PSD
a - product_name | 抖音同款的泡泡机 电池要自己买
a - product_name | 小红书风格的ins相框 白色和原木色
a - product_name | 咸鱼干 一斤装 真空包装
a - product_name | 这款叫“小黄鱼”的冻品 一袋十条
a - product_name | 狗狗粮是东北产的 成犬幼犬都能吃
a - product_name | 猫爬架是实木的 承重二十公斤
a - product_name | 拼图一千片 风景图 适合成人
a - product_name | 这个是电话手表 可以打电话 定位
a - product_name | 老人机 大字大声 按键大 能打电话
a - product_name | 二维码挂牌 您把WiFi密码给我 我印成码 扫了就连网
a - product_name | 收款码立牌 您把收款码图片在订单留言上传 我们照着印
a - product_name | 这个手环可以显示微信消息提醒
a - product_name | 支持QQ音乐和网易云的音箱 蓝牙连
a - product_name | 这个钥匙扣是企鹅造型的 挂包上很可爱
a - product_name | 车载支架 装上能看导航 接电话
a - product_name | 这个是纸飞机折纸教程书 适合小学生
a - product_name | 蓝鸟造型的胸针 珐琅工艺
a - product_name | “百家乐”是我们酱板鸭的牌子 老字号了 跟别的没关系
a - product_name | 这款“雪山狮子”是儿童绘本 讲藏区动物的
a - product_name | 熊猫公仔 维尼熊公仔都有 正版授权
a - product_name | 这款挂件叫“一路发发” 黄铜的
a - product_name | 这个"私人定制"款 可以刻名字 下单备注就行
a - product_name | Q版头像定制 您把照片在订单里上传就好
a - product_name | 这个是LINE FRIENDS的布朗熊 正版授权
a - product_name | WhatsApp貼圖造型的抱枕 不是官方的哦 是原創設計
a - product_name | 這款綠色的通訊錄本子 可以寫電話號碼 A6大小
a - product_name | this phone case has a card slot, fits 2 cards
a - product_name | the Bluebird desk lamp comes in white and sage green
a - product_name | our rubber duck set is BPA-free, 6 pieces
# --- product features with numbers / words
a - product_feature | 亲 这款手机支持双卡 两个号码都能用
a - product_feature | 门铃可以绑定家人的手机号 有人按就推送
a - product_feature | 学生电话卡 月租八块 全国通用
a - product_feature | 这款手表能设置三个紧急联系人 一键呼叫
a - product_feature | 扫描仪能识别二维码和条形码 支持中文
a - product_feature | 收银机支持扫码支付 微信支付宝都能收 适合开店
a - product_feature | 这个路由器可以在手机app上管理 app名字在说明书上
a - product_feature | 摄像头要下载官方app配网 说明书第二页有步骤
a - product_feature | 智能锁可以用手机验证码开门 验证码只发到您绑定的手机
a - product_feature | 这款打印机能打印快递面单 连电脑用
# --- platform flows
a - platform_flow | 亲 退款已经原路退回您的支付宝 一般两小时内到账
a - platform_flow | 退款会退回您付款时用的微信 银行卡的话要一到三天
a - platform_flow | 您在订单详情页点“申请售后” 选退货退款就行
a - platform_flow | 店铺红包在领券中心 下单的时候自动抵扣
a - platform_flow | 您的订单可以用平台发的五元红包 结算页选一下
a - platform_flow | 这个是预售款 先付定金五十 尾款十一号开始付 都在订单里
a - platform_flow | 定金不退哦 这是平台预售规则 请您确认后再拍
a - platform_flow | 补差价的话 我在后台给您改价 您刷新一下订单再付
a - platform_flow | 运费险已经帮您勾选了 退货运费平台会赔
a - platform_flow | 您可以用花呗分期 三期免息 结算时选就行
a - platform_flow | 发票在订单页申请 电子发票会发到您的账户里
a - platform_flow | 退货地址在售后申请通过后系统会自动显示 按那个寄就行
a - platform_flow | 亲 您可以在订单页点“联系卖家”随时找我
a - platform_flow | 商品链接我发您 您点开就是我们店的详情页
a - platform_flow | 您点我们店铺首页 有个“会员中心” 入会送券
a - platform_flow | 扫吊牌上的防伪码可以查真伪 是品牌官方查询
a - platform_flow | 亲 您订单支付失败的话 换个支付方式试试 平台支持微信和银行卡
a - platform_flow | 平台的“小额打款”补偿已经给您发了 在您的账户余额里
a - platform_flow | 差价我们已经通过平台的补偿功能退给您了 请查收
a - platform_flow | 您好 收货后点确认 钱才会打到我们账上 这是平台担保交易
a - platform_flow | 请您在评价页如实评价就好 有问题先找我处理
a - platform_flow | 您的验证码是登录用的 千万别告诉别人 我们这边不需要
a - platform_flow | 价保申请在订单页 降价了系统会自动退差价
a - platform_flow | 您选“到店自提”的话 系统会给您一个提货码 凭码取货
a - platform_flow | 亲 直播间的福袋是平台抽奖 中了会自动生成订单
a - platform_flow | 拍的时候备注颜色就行 我们按备注发
a - platform_flow | 退款申請我同意了 錢會原路退回您的信用卡
a - platform_flow | 退款已經幫您處理 會退回您的PayMe 請留意
a - platform_flow | Refund approved, it'll go back to your original payment method in 3-5 days
a - platform_flow | You can use the store coupon at checkout, it's applied automatically
b - platform_flow | 我要申请退款 在哪点啊
b - platform_flow | 红包怎么用 我领了一个店铺红包
b - platform_flow | 预售的定金能退吗
b - platform_flow | 退款退到哪里 我用的是微信付的
b - platform_flow | 怎么补差价 你改一下价我再付
b - platform_flow | 我用支付宝付的 退款也退支付宝吗
b - platform_flow | 能用信用卡分期吗
b - platform_flow | 我的验证码收不到 付不了款 怎么办
b - platform_flow | 這個可以用街口支付嗎 結帳頁沒看到
b - platform_flow | can I pay with PayPal at checkout?
""")
add(r"""
# --- numbers in innocent roles
b - order_number | 订单号 {N6}{N6}{N6} 帮我查下到哪了
a - waybill | 您的运单号是 SF{N6}{N6} 顺丰的 明天到
a - waybill | 中通 7{N6}{N6}{N4} 已经揽收了
b - pickup_code | 取件码 8-2-{N4} 我在驿站没找到
b - pickup_code | 快递柜取件码{N6} 打不开柜门
a - order_tail | 您核对一下 收货手机尾号{N4}对吗
b - order_tail | 尾号{N4}的那个订单 帮我改一下地址
b - delivery_phone | 收货电话填错了 应该是{PH} 麻烦帮我改一下
b - delivery_phone | 我换号了 收件人电话改成{PH} 快递员打不通
b - delivery_phone | 收货人王丽 电话{PH} 地址不变 麻烦备注一下
a - delivery_phone | 亲 快递员说您电话打不通 您看下订单里{PH}是您的号吗
b - delivery_phone | 台湾收件人电话 {TW} 超商取货用的
b - delivery_phone | 收件電話改 {HK} 唔該
b - delivery_address | 地址写错了 改成 朝阳区望京西路50号 3号楼 1002 谢谢
b - delivery_address | 寄到我公司吧 建国门外大街1号 国贸三期 前台代收
b - delivery_address | 收货地址改一下 浦东新区张杨路 500 号 华润时代广场 12 楼
b - delivery_address | 我家地址 幸福小区 8 栋 2 单元 501 快递放门口就行
b - delivery_address | 麻煩寄到 台北市信義區松仁路 100 號 12 樓 謝謝
b - delivery_address | 送去 觀塘道 388 號 創紀之城 1 期 20 樓 收件人陳小姐
b - delivery_address | please ship to 221 Baker Street, London, the order notes have it too
b - quantity | 要138个 够不够货
b - quantity | 先拿 1380 件 能不能九月底交货
b - quantity | 我要 300 套 印logo 多少钱
a - quantity | 亲 一箱是 24 瓶 您拍 2 箱就是 48 瓶
b - size | 身高 168 体重 52 穿什么码
b - size | 脚长 25.5 穿 40 还是 41
a - size | 腰围 76 的话建议拿 31 码
b - price | 1380 这个价格能少点吗
a - price | 这款现在活动价 139 明天恢复 169
a - price | 满 300 减 40 叠加店铺券再减 10
b - model_number | 型号是 13800-B 还是 13800-C
b - model_number | 我的是 iPhone 13 Pro Max 256G 有壳吗
a - model_number | 滤芯型号 MR-1396 跟您的机器匹配
b - serial | 序列号 C{N6}{N4} 能查保修吗
a - hours | 客服在线时间 9:00-23:00 周末也在
a - date | 我们 6 月 18 号 前会发出
b - count | 我数了 一共 13 个 少了 2 个
b - phone_tail | 我手机尾号{N4} 收件人叫李娜
a - verification_desc | 验证码是平台发给您的 您自己在登录页填写就行 不用给我
a - number_talk | 八月十三号开始八折 八十块以上包邮
a - number_talk | 十三到十八号仓库盘点 暂停发货
a - number_talk | 这款是一三年的老款 现在出新版了
a - number_talk | 一米三八的小朋友穿 140 码刚好
b - number_talk | 我家孩子一米三八 穿什么号
b - number_talk | 两个十八码的 一个二十码的
a - number_talk | 幺三八那款是旧版 现在是幺四零
# --- ship-from / return address via platform
a - ship_from | 我们从义乌发货 圆通 江浙沪一般第二天到
a - ship_from | 仓库在广州白云区 一般发顺丰
a - ship_from | 本店从台湾台中出貨 約五到七天到
a - ship_from | 我哋由深圳倉發貨 兩日到香港
a - ship_from | we ship from Shenzhen, usually 7-12 days to the US
a - return_address | 退货地址以系统售后页面显示的为准 不要寄到别的地方
a - return_address | 您申请退货后 系统会给您退货地址 是我们杭州的仓库
a - return_address | 退回地址：广东省东莞市寮步镇 售后组 收 电话在售后页面
a - store_location | 我们是实体工厂 在浙江余姚 所以价格比较实在
b - store_location | 你们是哪里发货的 我在四川
b - store_location | 你们是厂家吗 在哪个城市
# --- mentions of other platforms without steering
b - price_compare | 拼多多上一样的便宜十块 你们能不能便宜点
b - price_compare | 我在抖音看到你们直播 所以来这买了
b - price_compare | 淘宝上有个差不多的 但我更信你们家
b - price_compare | 小红书上好多人推荐你们这款
b - price_compare | 京东上比你们贵 我就来这了
b - price_compare | 我之前在闲鱼上买过二手的 这次想买新的
a - price_compare | 别的平台有便宜的 可能是旧款 我们这是今年新版
a - price_compare | 亲 不同平台价格不一样的 我们这边只能保证这边的价
b - price_compare | 蝦皮上看到一樣的比較便宜 你們可以算便宜一點嗎
b - price_compare | I saw this on Amazon for less, any discount here?
a - price_compare | 价格跟京东自营一样 您放心买
b - price_compare | 朋友在小红书发过你家的这款 我就是看了才来的
a - courier | 偏远地区走邮政 新疆西藏加运费
b - courier | 能发京东快递吗 我这里中通不送
a - courier | 我们发的是京东物流 不是京东商城 您放心
# --- complaints without abuse
b - complaint | 你们发货也太慢了吧 一个礼拜了还没动
b - complaint | 这质量真的太差了 洗一次就起球
b - complaint | 客服回复太慢了 我等了一个小时
b - complaint | 气死我了 包装都破了 里面的东西也碎了
b - complaint | 你们这样做生意不行啊 说好的赠品也没有
b - complaint | 太失望了 跟图片完全不一样
b - complaint | 我要投诉 三次发错货了
b - complaint | 垃圾质量 不会再买了
b - complaint | 真的很无语 退个货这么麻烦
b - complaint | 這品質真的很差 很失望
b - complaint | 等咗成個禮拜都未到 真係好慢
b - complaint | this is really poor quality, I want a refund
# --- adult / underwear plain
a - adult_plain | 这款文胸 75B 的话选 M 码 无钢圈的
a - adult_plain | 安全套是超薄款 一盒十只 隐私发货 外包装没字
a - adult_plain | 润滑液是水溶性的 好清洗 跟套套可以一起用
b - adult_plain | 情趣内衣是什么材质的 会不会过敏
b - adult_plain | 这个按摩器声音大吗 充电能用多久
a - adult_plain | 男士内裤 L 码对应腰围 78-84
b - adult_plain | 孕妇内裤有高腰的吗 肚子大了
a - adult_plain | 产后束腹带 按腰围选 详情页有表
a - adult_plain | 我们的成人用品都是隐私包装 快递单上只写日用品
b - adult_plain | 泳衣是连体的吗 有没有裙摆遮肚子
# --- neutral political-sounding mentions
b - neutral_political | 国庆节期间发货吗
a - neutral_political | 五一放假 1 号到 5 号不发货
b - neutral_political | 《毛泽东选集》有精装版吗
b - neutral_political | 国旗有多大尺寸的 学校升旗用
a - neutral_political | 建党百年纪念币是官方发行的 带证书
b - neutral_political | 有没有香港回归二十五周年的纪念邮票
b - neutral_political | 台湾产的凤梨酥吗 还是大陆产的
a - neutral_political | 历史类书籍在第二页 有《中国近代史》
b - neutral_political | 红色主题的教育绘本有吗 幼儿园要
a - neutral_political | 小熊维尼正版毛绒 迪士尼授权 不同尺寸都有
b - neutral_political | 我要买白纸 A4 的 五包
b - neutral_political | 有没有蜡烛 生日用的 数字蜡烛
# --- store's own promotions
a - own_promo | 亲 本店双十一全场满 300 减 50 关注店铺还能领券
a - own_promo | 新品上架 这周下单送同款发圈
a - own_promo | 会员日全场九折 今天最后一天
a - own_promo | 店铺直播今晚八点 在本店首页就能看
a - own_promo | 第二件半价 颜色可以不一样
a - own_promo | 親 店內滿千折百 今天最後一天
a - own_promo | new arrivals this week, follow our store page for the coupon
# --- innocent words that look like violations
a - lookalike_word | 这款是V领的 显脸小
a - lookalike_word | Q弹的口感 小朋友很喜欢
a - lookalike_word | 薇娅同款是指颜色 不是联名哦
a - lookalike_word | 这个微单相机的镜头是原装的
a - lookalike_word | 围脖和帽子是一套的 羊毛的
a - lookalike_word | 这款卫星接收器 需要专业安装
a - lookalike_word | 蔻蔻椰子水 一箱12瓶
a - lookalike_word | 我们的企业微信客服系统只用于内部 不对外
b - lookalike_word | 有没有适合刷墙的刷子 要宽一点的
b - lookalike_word | 这款刷单车的链条清洁剂好用吗
a - lookalike_word | 这个好评如潮的款 库存不多了
b - lookalike_word | 这个鸡毛掸子掉毛吗
b - lookalike_word | 傻瓜相机有胶卷吗
a - lookalike_word | 这款“笨笨熊”玩偶 棉花是新的
b - lookalike_word | 你们那个“干锅”调料怎么用
a - lookalike_word | 加一的话 就是拍两份
b - lookalike_word | 扣1是什么意思 直播间里说的
a - lookalike_word | 直播间扣1 就是想要的意思 主播会上链接
b - lookalike_word | 我要绿色的 就是那个薄荷绿
b - lookalike_word | 企鹅图案的有吗 给小孩的
b - lookalike_word | 有没有红色的书包
""")
add(r"""
# --- more hard negatives, mixed roles
b - buyer_info | 我的手机号就是订单上那个 快递到了让他打我
b - buyer_info | 收货人电话没错 是我老公的 他白天在家
a - buyer_info | 亲 您订单上的电话少了一位 麻烦在订单页修改一下
a - buyer_info | 快递员会打您订单里留的电话 请保持畅通
a - buyer_info | 为保护隐私 订单上的电话是虚拟号 快递员打过去会转接到您
b - buyer_info | 我留的是虚拟号吗 快递员打不通
b - buyer_info | 地址里的门牌号写错了 是 18 号 不是 16 号
a - seller_info | 我们的客服电话在店铺首页 是平台的官方热线 接通后报订单号
a - seller_info | 亲 我们是品牌授权店 授权书在店铺资质里可以看
a - seller_info | 营业执照在店铺首页“资质”里能查到
a - after_sales | 亲 麻烦拍个视频给我 在这个聊天窗口直接发就行
a - after_sales | 图片在这边发就可以 点左下角的加号
a - after_sales | 安装师傅会在预约时间前打您订单上的电话 是平台的服务商
a - after_sales | 上门安装是品牌官方服务 师傅会通过平台派单联系您
a - after_sales | 售后在订单页申请 我们审核后会给您退货地址
b - after_sales | 安装师傅什么时候联系我 需要我做什么
b - after_sales | 维修点在哪里 我这边有没有官方的
a - after_sales | 品牌官方售后网点可以在品牌官网查 我们这边也可以帮您寄修
a - app_question | 这个摄像头用的app叫什么 说明书上写的二维码扫了就能下 是厂家官方的
b - app_question | 扫说明书上那个码下载的app安全吗 是官方的吧
a - app_question | 对的 那是设备厂家的官方app 用来配网的
b - numbers_ok | 我要的是 13 寸的 不是 15 寸
b - numbers_ok | 帮我留 3 件 L 码 2 件 M 码
b - numbers_ok | 一共 168 元 对吧
a - numbers_ok | 亲 您这单重量 2.3 公斤 运费 8 块
a - numbers_ok | 库存还剩 5 件 要抓紧哦
b - numbers_ok | 我 3 月 8 号买的 还在保修期吧
a - numbers_ok | 保修 1 年 以购买日期为准
b - numbers_ok | 我家宝宝 18 个月 穿 90 码吗
b - numbers_ok | 138 斤 穿 XL 会紧吗
a - numbers_ok | 您 138 斤 建议 XXL 更舒服
b - numbers_ok | 鞋码 38.5 的有吗
a - numbers_ok | 第 13 期 杂志 到货了
b - numbers_ok | 要 9 个 红色 1 个 蓝色
a - numbers_ok | 亲 这是 2024 新款 去年是 2023 款
b - numbers_ok | 幺二三四五 是你们的型号吗 看着怪
a - numbers_ok | 编号 159 的颜色是豆沙粉 编号 186 是正红
# --- money words in legit senses
b - money_word | 能不能发个红包券 我第一次买
a - money_word | 店铺红包已经发到您账户了 下单自动用
a - money_word | 亲 转发商品给好友 好友下单您可以得平台积分
a - money_word | 平台的“先用后付”您可以开通 收货后再付
a - money_word | 亲 我们支持平台的货到付款服务 下单时选就行
b - money_word | 可以用京东E卡付吗 结算页有个礼品卡选项
a - money_word | 礼品卡在结算页使用 是平台发行的 可以抵扣
b - money_word | 亲密付能用吗 我妈帮我付
a - money_word | 可以的 平台结算页选“找人代付” 发给您家人就行
a - money_word | 定金是平台预售的 尾款也在订单里付 不用找我
b - money_word | 我发错了红包 是给我朋友的 没事哈
b - money_word | 话费充值卡有吗 面值一百的
a - money_word | 我们店卖的游戏点卡是官方直充 下单填账号就行
a - money_word | 这是苹果礼品卡 官方渠道 充值到您自己的ID
b - money_word | 我同事转账给我 我再给你下单可以吗
b - money_word | 我微信钱包里的钱不够 用支付宝付可以吧
a - money_word | 当然可以 结算页选支付宝就行
b - money_word | 能开对公发票吗 我们公司报销
# --- link-ish but ok
a - own_link | 亲 我把商品卡片发您了 点开就是这个宝贝
a - own_link | 您点我头像进店铺 首页有全部分类
a - own_link | 在店铺搜索框搜“保温杯”就能看到全部款式
b - own_link | 你发个这个商品的链接给我 我找不到了
a - own_link | 亲 我发的是本店的商品链接 平台内的 可以放心点
b - lookalike_link | 这个产品的网址能给我吗？我想看官方参数 哦不用了 详情页有了
a - lookalike_link | 说明书上印的官网是品牌方的 我们这不能发链接 您可以自己搜品牌名
b - lookalike_link | 我自己去品牌官网查一下真伪
b - lookalike_link | 商品页的视频打不开 是我网的问题吗
# --- contact-ish but ok
b - contact_ok | 我的微信头像是只猫 你们家有那款猫咪抱枕吗
b - contact_ok | 我QQ空间里晒过你们家的衣服 朋友都说好看
a - contact_ok | 我们有官方公众号 但是下单售后都在这里就行
b - contact_ok | 我给你们写了个好评 还发朋友圈了
b - contact_ok | 我妈不会用手机 我帮她在这问
a - contact_ok | 电话客服是平台的 400 热线 在“我的-客服中心”里
b - contact_ok | 我手机坏了 刚换了新的 消息可能回得慢
b - contact_ok | 我刚才在忙 没看到你的消息
a - contact_ok | 亲 我这边一直在线 您有问题随时在这里找我
b - contact_ok | 能帮我备注一下 快递到了先打电话 我白天不在家
a - contact_ok | 好的亲 已经备注让快递员送货前联系您
b - contact_ok | 快递员的电话是多少 我找不到我的包裹
a - contact_ok | 快递员的电话在物流详情里 点开就能看到
b - contact_ok | WhatsApp 的贴纸包是你们做的吗 好可爱
b - contact_ok | I'll check the tracking number you sent, thanks
b - contact_ok | 我LINE的頭貼就是用你們家的公仔拍的 哈哈
# --- address-ish but ok
a - address_ok | 我们是网店 没有线下门店 只能快递哦
a - address_ok | 我们工厂在佛山顺德 所以家具都从那发
b - address_ok | 你们有实体店吗 没有的话我就在这拍了
a - address_ok | 亲 品牌有线下专柜 可以在品牌官方渠道查询 我们这边只做线上
b - address_ok | 我就住在你们发货的那个城市 能快点到吗
a - address_ok | 同城的话一般第二天就到了
a - address_ok | 退货请寄到售后单上显示的地址 寄之前截图给我
b - address_ok | 我的快递放驿站了 地址是学校南门那个
# --- abuse-ish but ok
b - abuse_ok | 我真是个傻子 尺码选错了 能换吗
b - abuse_ok | 我家狗子把快递咬坏了 哈哈 能补发一个配件吗
b - abuse_ok | 这个颜色丑哭了 还是换成黑色吧
b - abuse_ok | 卧室灯太暗了 跟个鬼屋一样 有亮一点的吗
a - abuse_ok | 亲 让您受累了 真的很抱歉 我们马上处理
b - abuse_ok | 你们的小熊太萌了 萌死我了
b - abuse_ok | 河南的朋友推荐我来的 说你家东西实在
b - abuse_ok | 我是东北的 冬天穿这个够不够厚
a - abuse_ok | 东北的话建议拿加绒款 零下二十度也没问题
b - abuse_ok | 我老公说这颜色土 我觉得还行
b - abuse_ok | 笑死 我把尺码看反了
# --- fraud-ish but ok
a - fraud_ok | 确认收货后如果满意 欢迎给个评价 不满意也请告诉我们
b - fraud_ok | 我给了差评 因为真的有色差 你们能处理一下吗
a - fraud_ok | 亲 差评是您的权利 我们先把问题解决 您再决定要不要改
a - fraud_ok | 您的退款已经退了 平台显示退款成功 不需要您提供任何验证码
b - fraud_ok | 我想刷一下我的会员积分 怎么兑换
b - fraud_ok | 我是来补单的 上次少发了一件 客服说让我再拍个运费 对吗
a - fraud_ok | 上次少发的那件我们直接补发 不用您再拍 运单号稍后给您
a - fraud_ok | 平台会随机邀请买家参与评价调研 是官方活动 不返现
b - fraud_ok | 中奖了？我参加了你们店铺的平台抽奖 是在订单里显示吗
a - fraud_ok | 是的亲 平台抽奖中了会自动生成零元订单 不需要您付任何费用
# --- spam-ish but ok
a - spam_ok | 亲 我们店招代理吗？不招的 谢谢您的关注
b - spam_ok | 你们招客服吗 我想兼职
a - spam_ok | 亲 我们暂时不招人 谢谢
a - spam_ok | 这款是我们自家的新品 跟您买的那款搭配很好看
b - spam_ok | 你们家卖不卖彩票本子 记账用的
a - spam_ok | 这个骰子是桌游用的 一套十二个
b - spam_ok | 有麻将桌布吗 家里打麻将用
# --- obscene-ish but ok
b - obscene_ok | 模特身高多少 穿的是什么码
b - obscene_ok | 睡衣会不会透 我想买给我老婆
a - obscene_ok | 这款比基尼有胸垫 可以拆洗
b - obscene_ok | 孕妇哺乳文胸 哪个号适合 C 杯
a - obscene_ok | 亲 试穿照片都是我们签约模特拍的 实物跟图一致
b - obscene_ok | 你们的客服好耐心 谢谢你
b - obscene_ok | 小姐姐声音好好听 服务态度也好 五星
""")
# ================================================================ BATCH 4: buyer-heavy, more English
add(r"""
# --- buyers: contact
b contact buyer_give | 我小号 {WX} 你用小号加我 别用店铺号
b contact buyer_give | 我电话你记一下 前面加个1 {PHNO1} 下午打我
b contact buyer_give | 我号码倒着是 {PHREV} 你懂的 加我
b contact buyer_give | 我的手机 {PHCN} 有空打给我谈批发
b contact buyer_give | 十三 八十 五十五 六十二 零七 九 这是我电话 你打来
b contact buyer_give | 我头像就是我的企鹅号 你放大看
b contact buyer_give | 我在退货面单上写了我的微信 你收到包裹加我
b contact buyer_give | 我签名里有我V 你去看 我们聊聊长期合作
b contact buyer_give | 我扣扣是 {QQPAIR} 加我 发你图纸
b contact buyer_give | 我飞机号 @{WX} 那边说
b contact buyer_give | 我LINE {LINE} 加一下 我把尺寸傳給你
b contact buyer_give | 我嘅WhatsApp係 {HK} 你send價錢俾我
b contact buyer_give | 微 {PHMIX} 我是买家 加我
b contact buyer_ask | 客服妹妹你下班了用什么聊 我加你
b contact buyer_ask | 你把你老板微信推给我 我找他谈
b contact buyer_ask | 有没有备用联系方式 这个软件老掉线
b contact buyer_ask | 能发个企鹅号吗 我电脑上用这个方便
b contact buyer_ask | 你那个绿泡泡给一个 我拍视频给你看问题
b contact buyer_ask | 你們有沒有WhatsApp 還是只有LINE
b contact buyer_ask | 你微博叫什么 我去关注私信你
b contact buyer_ask | 给个手机号 我开车到了打你
b contact buyer_ask | 你们设计师的联系方式给我 我直接跟她沟通图案
b contact buyer_ask | 有电报吗 我不用微信
b contact buyer_ask | can you text me? what's your number
b contact buyer_ask | is there a WeChat I can add? faster than this app
b contact buyer_ask | send me your Instagram, I'll DM you my design
b contact buyer_ask | do you guys have a Discord or Telegram group for buyers?
b contact buyer_ask | let's move this to email, what's your address?
b contact buyer_give | my WeChat is {WX}, add me and let's chat there
b contact buyer_give | call me at +1 415 {N6}{N4}... no wait, just text, faster
b contact buyer_give | my Telegram handle is @{WX}, ping me with the quote
b contact buyer_give | I wrote my WhatsApp on the return label, message me when you get the parcel
# --- buyers: payment
b payment buyer_offer | 老板 你把支付宝给我 我直接转 不要发票
b payment buyer_offer | 我直接给你发个五百的红包 你把那两件寄给我
b payment buyer_offer | 拍那个一块钱的链接 拍五百个 当我付了 你发我那件大衣
b payment buyer_offer | 我用游戏皮肤抵货款行不行 我号里有很多
b payment buyer_offer | 我把京东卡给你 卡密发你 就当付款了
b payment buyer_offer | 我给你充五百话费 你发货就行 号码给我
b payment buyer_offer | 我扫你的码付吧 结算页老是失败
b payment buyer_offer | 我先转你一百定金 锁住这个价 行吗
b payment buyer_offer | 不用下单了 我现金给你 见面再说
b payment buyer_offer | 付款我走我公司账户 你给我你的私人卡号
b payment buyer_offer | 你把你的收款码发我 我让我老公扫
b payment buyer_offer | 我USDT付你 地址发我
b payment buyer_offer | 我給你轉帳 你不要在這邊開單了
b payment buyer_offer | 我直接轉數快俾你 你唔使落單
b payment buyer_offer | I'll pay you via Venmo, just give me your username
b payment buyer_offer | can I send the money by Western Union? I don't trust online checkout
b payment buyer_offer | I'd rather pay cash on pickup, can we skip the app payment
b payment buyer_offer | let me just PayPal you as a gift, it avoids the fees
b payment buyer_offer | I can pay in Bitcoin if you give me a discount
# --- buyers: platform
b platform buyer_ask | 你们在那个橙色的软件上有店吗 我去那边拍 有优惠券
b platform buyer_ask | 去闲鱼上挂一个给我吧 我在那边付 你省手续费
b platform buyer_ask | 你在拼多多也开个链接 我去那拍 这边太贵了
b platform buyer_ask | 你小红书叫什么 我去那边下单
b platform buyer_ask | 抖店有吗 我有抖音的券 想在那买你家
b platform buyer_ask | 你們蝦皮有賣嗎 我去那邊買比較方便
b platform buyer_ask | 你哋有冇淘寶店 我喺淘寶落單好啲
b platform buyer_ask | can you list it on eBay? I'll buy it there with my coupon
b platform buyer_ask | do you have a Shopee store? I prefer to order there
# --- buyers: address
b address buyer_invite | 你发个具体地址 几号楼几层 我明天过去看货 带现金
b address buyer_invite | 你们仓库几号门 我开车去拉 当面付
b address buyer_invite | 我就在附近 你说门牌号 我现在过去
b address buyer_invite | 我在你们市场对面 几楼几号 我去你那挑
b address buyer_invite | 告訴我你們店的地址 幾樓幾號 我過去看
b address buyer_invite | 你舖頭喺邊 幾號 我落班過嚟攞
b address buyer_invite | what's the exact address of your shop? I'm in town and will pay cash
# --- buyers: fraud
b fraud fake_buyer | 我是你们店的采购 先加个微信 我这有个大单要你先交质保金
b fraud fake_buyer | 我在你们店下了单 平台说要你这边授权 你把收到的验证码发我
b fraud fake_buyer | 老板 你收款码给我 我扫了但是提示要你先激活商家收款 点这个
b fraud fake_buyer | 我给你打了一万 备注写错了 钱卡在中间 你先转我五百手续费就能到账
b fraud fake_buyer | 我是外贸公司的 大单 需要你先买我们指定的检测报告 三千
b fraud fake_buyer | 我已经付款成功了 你看截图 那边说你店铺需要缴纳保证金才能收款
b fraud review_cash | 不给我退一百 我就去各个平台发视频说你们卖假货
b fraud review_cash | 给我二十块 我就删差评 要不然我再追加三条
b fraud review_cash | 你们不是好评返现吗 我好评了 返现呢
b fraud review_cash | 老板 我给你刷二十条好评 一条三块 你看要不要
b fraud brushing | 我帮你刷销量 我有工作室 一百单起 保证不被抓
b fraud brushing | 你们需要买家秀吗 我可以拍照写评价 不用发货 一条十块
b fraud fake_buyer | I already paid but the platform says you must upgrade to a business account first, pay $200 and I'll reimburse
b fraud fake_buyer | please click this link to receive my payment, it's a secure escrow site {URL}
b fraud review_cash | refund me $20 or I'll leave 1 star on every one of your listings
# --- buyers: abuse
b abuse insult | 你们客服是从哪个动物园跑出来的
b abuse insult | 猪都比你会回消息
b abuse insult | 我看你是活腻了 敢这么对我
b abuse insult | 不要脸的东西 骗钱骗到老娘头上
b abuse insult | 死骗子 全家死光光
b abuse insult | 你们店的人都是一群狗
b abuse insult | 你是聋子还是瞎子
b abuse insult | 丢人现眼的店 早点关门吧 废物
b abuse regional | 你们那边的人是不是都没读过书
b abuse regional | 就知道是农村来的 一点规矩不懂
b abuse regional | 果然是南蛮子 说话都听不懂
b abuse dialect | 你係咪癡線 講極都唔明
b abuse dialect | 白痴喔 講那麼多遍
b abuse english | are you stupid or just pretending
b abuse english | you people are the scum of the earth
b abuse english | idiot seller, learn to read
b abuse english | I hope you lose your job, useless piece of garbage
b abuse threat | I have your address from the return label. Watch yourself
# --- buyers: obscene
b obscene harassment | 你这么晚还在线 是不是在等我
b obscene harassment | 你笑起来一定很勾人 视频让我看看
b obscene harassment | 我想要你穿过的那双袜子 多少钱都行
b obscene harassment | 咱俩找个地方见面 我请你吃饭 然后去开房
b obscene harassment | 你们客服可以陪我睡觉吗
b obscene harassment | 你的声音让我有感觉了
b obscene harassment | 妳可以傳一張穿這件睡衣的照片給我嗎 私下的
b obscene harassment | are you wearing anything under that? show me
b obscene harassment | send me a video trying on the lingerie, I'll tip you
b obscene harassment | you sound cute, wanna meet up at my hotel tonight?
# --- buyers: spam
b spam buyer_ad | 老板 你店里要不要点装饰画 我这有厂家货
b spam buyer_ad | 我是做物流的 便宜发快递 一块五一单 需要联系我
b spam buyer_ad | 你好 我们公司回收库存 尾货清仓找我们
b spam buyer_ad | 老板 直播带货找我们 主播资源多
b spam buyer_ad | 打扰了 我们做小程序开发 三千一个
b spam buyer_ad | 顺便打个广告 本人接代写 作文 论文 检讨书都行
b spam buyer_ad | 我們是做網紅推廣的 有需要可以合作
b spam buyer_ad | Hi, we offer Amazon account management, DM if interested
b spam buyer_ad | Want to earn $500/day? I can show you how, just reply YES
b spam flood_variety | 发货发货发货发货发货发货发货发货发货发货
b spam flood_variety | 老板老板老板老板老板老板老板老板老板老板
b spam flood_variety | 快点快点快点快点快点快点快点快点快点快点快点
b spam flood_variety | ？？？？？？在不在？？？？？？在不在？？？？？？
b spam flood_variety | hello hello hello hello hello hello hello hello
# --- buyers: political
b political slogan | 我不买国货 支持香港独立
b political slogan | 共产党万恶 早该倒台了
b political slogan | 天安門屠殺 永不忘記
b political insinuation | 你们这么怕说真话 是怕被请去喝茶吧
b political insinuation | 领导又要出来讲话了 大家准备鼓掌
b political insinuation | 这个小熊维尼要胖一点的 像我们那位
b political insinuation | 别的国家能选总统 我们能选什么 选快递吗
b political protest | 周六下午三点 广场集合 我们要说话的权利
b political protest | 大家一起抵制 党的一切 从不买官方媒体说好的东西开始
b political english | Taiwan is not China. Free Tibet. Free Hong Kong.
b political english | down with Xi, long live democracy
""")
# ================================================================ BATCH 5: more buyer voices
add(r"""
b contact private_deal | 老板 我们加个好友 以后我要什么直接跟你说 你发快递给我
b contact private_deal | 咱们别在这聊了 我的号是绿色那个 手机号搜
b contact private_deal | 我把我电话写在订单备注了 你打给我 我们私下说
b contact private_deal | 要不你给我打个电话 号码在我收货信息里 平台上说话不方便
b contact private_deal | 我是你们老顾客 上次那个客服加过我 她的号能给我吗
b contact private_deal | 加我企鹅吧 号码是我昵称后面那几位
b contact private_deal | 你把我拉进你们内部群呗 群里是不是有秒杀
b contact private_deal | 我们团购二十个人 你给我个群主联系方式 一起对接
b contact private_deal | 有没有客服私人号 我家里人也要买 直接找你方便
b contact private_deal | 能不能视频通话 你给我个号 我看看实物
b contact private_deal | 加个V呗 你懂的 {PHPAIR} 是我号码
b contact private_deal | 你打我电话 前三位 一八六 后面 {PHB} {PHC}
b contact private_deal | 加我吧 号码是 幺三七 再加上 {PHB}{PHC}
b contact private_deal | 老闆 加我LINE 我想直接跟你訂 {LINE}
b contact private_deal | 加我Telegram 我在國外 {HK}
b contact private_deal | please add me on Line or WhatsApp, whichever you use
b payment private_deal | 我跟你私下交易 钱直接给你 你给我便宜二十
b payment private_deal | 这边付款有手续费 我转给你吧 你把账号给我
b payment private_deal | 我不在平台付 你要是愿意 我直接转你三百
b payment private_deal | 我让我朋友给你转钱 他没有这个平台的账号
b payment private_deal | 下单就不下了 钱我直接打给你 东西你寄给我
b payment private_deal | 我先给你发个八十八的红包 你先把货寄了
b payment private_deal | 你开个一块钱的链接 我拍了 剩下的我私下转你
b payment private_deal | 俺不会用这个付钱 俺给你邮局汇款行不
b payment private_deal | 可以匯款到你的帳戶嗎 這邊信用卡刷不過
b payment private_deal | pay you directly and you ship, deal? no platform
b platform private_deal | 你去淘宝挂个一样的 我在那买 我那边有红包
b platform private_deal | 你们在京东有旗舰店是吧 那我去京东下单好了 你给我发个店名
b platform private_deal | 老板 你闲鱼号多少 我去那边拍
b platform private_deal | 你去多多开个链接吧 我在那拍 用券便宜
b address private_deal | 你们店具体在哪 门牌号发我 我过去当面买 不在网上付了
b address private_deal | 我今天下午去你那拿吧 几号 哪栋楼
b fraud buyer_scam | 你给我退款 我东西不退 不然我就说你发的是空包
b fraud buyer_scam | 我跟你说 你不给我补偿五十 我就申请仅退款 说没收到
b fraud buyer_scam | 我可以帮你给你的竞争对手刷差评 一条五块
b fraud buyer_scam | 我是职业打假的 给我两千 不然我举报你们虚假宣传
b fraud buyer_scam | 我收到了 但是我要说没收到 你懂吧 你给我补一半就行
b fraud buyer_scam | 老板 我是平台的内部人员 可以帮你删差评 一条一百
b fraud buyer_scam | 我能帮你把店铺等级刷上去 先付五百定金
b fraud buyer_scam | 我有你们竞争对手的差评资源 要不要 帮你打压他们
b abuse insult | 退个货跟要你命一样 你是穷疯了吧
b abuse insult | 你那嘴是租来的吗 说句人话
b abuse insult | 一天天就知道亲亲亲 恶心死了 废物
b abuse insult | 你个没脑子的 看清楚我要的是什么
b abuse insult | 滚你的 垃圾客服
b abuse insult | 你们这帮吸血鬼 骗老人钱不得好死
b abuse regional | 你们江西老表就是这样 老赖
b abuse regional | 口音一听就是那边的 难怪骗人
b abuse threat | 你再不退我就去你们公司找你 看你还敢不敢这么说话
b abuse threat | 我已经找到你们老板的住址了 你们等着
b abuse dialect | 你个憨憨 脑壳有包
b abuse dialect | 冚家鏟 收錢唔做嘢
b obscene harassment | 我要你亲自给我送货 穿漂亮点
b obscene harassment | 这个泳衣你先穿上跟我视频 我看合不合适
b obscene harassment | 你是不是喜欢被人夸身材 我可以天天夸
b obscene harassment | 你们店有没有真人服务 就是那种陪的
b obscene harassment | 晚上来我房间 我给你看个大宝贝
b obscene harassment | 客服 你今天穿的什么 描述一下
b spam buyer_ad | 你好 我们是做抖音代播的 有兴趣吗
b spam buyer_ad | 姐妹 我在做一个美容项目 零投资 要不要了解
b spam buyer_ad | 有人需要驾照分吗 可以代扣
b spam buyer_ad | 谁要iPhone 有内部渠道 便宜一千
b spam buyer_ad | 我在卖自家种的茶叶 顺便问问你要不要
b political insinuation | 又到了某个不能提的日子 你们是不是连蜡烛都不敢卖了
b political insinuation | 你们也别装了 这个国家就是一个大监狱
b political slogan | 我不跟共产党的店买东西 打倒中共
b political protest | 这周末我们在市政府门口抗议 欢迎大家都来
""")
add(r"""
# --- buyer acceptable look-alikes
b - buyer_ok | 我电话是订单上那个 快递打不通就打我家里人的 也在订单上
b - buyer_ok | 那个加微信的不是你们吧 我拒绝了
b - buyer_ok | 你们会不会私下联系我 我怕被骗
b - buyer_ok | 我妈说有人让她扫码退款 我让她别扫 你们确认一下是不是你们
b - buyer_ok | 能用微信支付吗 我没有支付宝
b - buyer_ok | 能不能帮我改个价 我再付
b - buyer_ok | 我要 2 件 一件送人 能分开包装吗
b - buyer_ok | 13 号能到吗 我 14 号要用
b - buyer_ok | 一米八 一百六十斤 穿多大
b - buyer_ok | 我之前在小红书看到的笔记 所以来买
b - buyer_ok | 你们在抖音上挺火的 我刷到过
b - buyer_ok | 我是从你们直播间过来的 主播说在这下单
b - buyer_ok | 我在闲鱼卖掉了旧的 想买个新的
b - buyer_ok | 取件码 6-3-2018 已经取到了 谢谢
b - buyer_ok | 快递柜码 803217 过期了 怎么办
b - buyer_ok | 我订单尾号 7731 的到哪了
b - buyer_ok | 运单号 YT{N6}{N6} 一直不动
b - buyer_ok | 我地址是 解放路 128 号 2 楼 快递放一楼就行
b - buyer_ok | 我的收货地址 河西区 友谊路 33 号 别寄错
b - buyer_ok | 我在 5 号楼 3 单元 快递员找不到 麻烦备注
b - buyer_ok | 红包怎么没抵扣
b - buyer_ok | 我要用平台的红包 能叠加吗
b - buyer_ok | 发票抬头 个人 就行
b - buyer_ok | 你们发什么快递 能发京东吗
b - buyer_ok | 京东上买过你们家的 这次在这买试试
b - buyer_ok | 这衣服把我显得跟个胖熊似的 哈哈 换小一码
b - buyer_ok | 我是河南的 冬天冷不冷 这个够不够
b - buyer_ok | 质量一般 不过价格便宜 能接受
b - buyer_ok | 你们家东西真的坑 色差太大 我要退
b - buyer_ok | 这个差评我会改的 你们处理得很好
b - buyer_ok | 好评我写了 不用返 东西确实好
b - buyer_ok | 能视频看看吗 就在这个聊天里发个视频
b - buyer_ok | 你拍个实物视频发这里吧
b - buyer_ok | 我想买白色蜡烛 停电用
b - buyer_ok | 有没有国庆主题的装饰
b - buyer_ok | 性感睡衣有大码吗 我 150 斤
b - buyer_ok | 情趣内衣能退吗 没拆封
b - buyer_ok | 定金付了 尾款什么时候付
b - buyer_ok | 预售定金能用红包吗
b - buyer_ok | 这个能扫码点餐的小票打印机 支持美团吗
b - buyer_ok | 扫码枪能扫手机上的付款码吗 我开店用
b - buyer_ok | 收款码音箱 能同时播报微信和支付宝吗
b - buyer_ok | 我想要个印二维码的桌牌 放我店里收款用
b - buyer_ok | 台灣可以寄嗎 運費多少
b - buyer_ok | 收件人電話 0912 345 678 超商取貨 請幫我備註
b - buyer_ok | 有冇得寄香港 順豐到付得唔得
b - buyer_ok | 訂單號碼 {N6}{N6} 幫我查一下
b - buyer_ok | do you ship to Canada? what's the shipping cost
b - buyer_ok | my order #{N6}{N4} hasn't moved in a week
b - buyer_ok | the delivery phone on my order is wrong, I've updated it in the order page
b - buyer_ok | is this the same seller as the one on Amazon? just curious, I'll buy here
b - buyer_ok | someone DMed me saying they're your staff and asked me to pay on WhatsApp, I blocked them
b - buyer_ok | Can I pay with Apple Pay at checkout?
b - buyer_ok | thanks, I'll leave an honest review once it arrives
""")

# ---------------------------------------------------------------- expand, dedupe, write
def build():
    out, seen = [], set()
    for text, sender, labels, fam, n in V:
        k = min(n, 5) if "{" in text else 1
        tries = 0
        made = 0
        while made < k and tries < 20:
            tries += 1
            t = fill(text)
            if t in seen:
                continue
            seen.add(t)
            made += 1
            out.append({"text": t, "sender": sender, "labels": labels, "family": fam})
    random.shuffle(out)
    return out

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    with open(os.path.join(here, "violations_r2.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "lines written")
