#!/usr/bin/env python3
"""Slot-varied part of benign_stores_b.jsonl (acceptable shop talk, labels: []).

Most of benign_stores_b.jsonl was written line by line by hand. This script only
produces the lines whose natural content is a long number or a small set of
interchangeable slots (top-up phone numbers, order / waybill numbers, ISBNs, VINs,
batch numbers, ship-from places, card codes delivered through the platform, shop
warnings, buyers reporting impersonators). Each hand-written template yields at
most 4 variants, and every variant changes several slots at once (number, product,
courier, particles), never one word only.

Usage: python3 make_benign_stores_b.py > slot_lines.jsonl   (fixed seed, deterministic)
"""
import json, random, re, string, sys

rng = random.Random(20240607)

def phone():
    pre = rng.choice(["130","131","132","133","135","136","137","138","139","150","151","152",
                      "155","156","157","158","159","166","176","177","180","181","182","183",
                      "185","186","187","188","189","191","198","199"])
    return pre + "".join(rng.choice(string.digits) for _ in range(8))

def digits(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))

def isbn():
    core = "9787" + "".join(rng.choice(string.digits) for _ in range(8))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    return core + str((10 - s % 10) % 10)

VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
def vin():
    wmi = rng.choice(["LSV", "LFV", "LHG", "LVG", "LGB", "WBA", "WDD", "LBV", "LGX", "LS5", "LVS", "LRW"])
    return wmi + "".join(rng.choice(VIN_CH) for _ in range(6)) + rng.choice("KLMNPR") + \
        rng.choice("0123456789ABC") + "".join(rng.choice(string.digits) for _ in range(6))

def batch():
    return rng.choice(["", "B", "L", "P", "C"]) + "2" + rng.choice("345") + \
        "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)) + digits(rng.choice([2, 3]), string.digits)

def waybill(courier):
    if courier == "顺丰":
        return "SF" + digits(13, "1")
    if courier == "京东快递":
        return "JDVA" + digits(11, "1234")
    if courier == "圆通":
        return "YT" + digits(13, "1234589")
    if courier == "中通":
        return "7" + digits(13, "3578")
    if courier == "韵达":
        return "43" + digits(13, "1234")
    if courier == "申通":
        return "77" + digits(13, "3")
    if courier == "邮政EMS":
        return "1" + digits(12, "0123")
    return digits(14)

def order_no():
    return digits(rng.choice([16, 18, 19]), "23456")

def card_code():
    groups = rng.choice([4, 4, 5])
    return "-".join("".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(groups))

def pick(xs):
    return rng.choice(xs)

COURIERS = ["顺丰", "京东快递", "圆通", "中通", "韵达", "申通", "邮政EMS"]
CARRIER = ["移动", "联通", "电信"]
AMOUNT = ["30", "50", "100", "200", "300"]
REL = ["我妈", "我爸", "我老婆", "我老公", "我奶奶", "我儿子", "我女儿", "我自己", "我外婆", "我爷爷"]

OUT = []
def emit(text, sender, fam):
    OUT.append({"text": text, "sender": sender, "labels": [], "family": fam})

def skeleton(t):
    # the text with numbers, codes and particles removed: two variants must differ in it,
    # so that no two lines differ only by a swapped number
    return re.sub(r"[A-Z0-9]{2,}|\d+|[哈哦呀呢吧啊~，。！？,.!? ]", "", t)

def gen(n, fn):
    seen = set()
    tries = 0
    while len(seen) < n and tries < 200:
        tries += 1
        t, s, f = fn()
        k = skeleton(t)
        if k in seen:
            continue
        seen.add(k)
        emit(t, s, f)

# ---------- phone-credit top-ups to the buyer's own / family number ----------
T = [
    lambda: (f"帮{pick(REL)}充{pick(AMOUNT)}块话费，号码{phone()}，{pick(CARRIER)}的", "buyer", "topup_number"),
    lambda: (f"话费充值：{phone()}，{pick(AMOUNT)}元，麻烦快点{pick(['哈','哦','呀',''])}", "buyer", "topup_number"),
    lambda: (f"亲，您下单的{pick(AMOUNT)}元话费已充入{phone()}，{pick(['运营商短信稍后会到','到账后会收到运营商短信','请留意到账短信'])}", "agent", "topup_number"),
    lambda: (f"{phone()}这个号{pick(['充了','付了','下单了'])}{pick(AMOUNT)}，{pick(['一个小时了还没到','怎么还没到账','显示充值中好久了'])}", "buyer", "topup_number"),
    lambda: (f"亲，查到{phone()}的充值{pick(['还在运营商排队','正在处理中','已提交运营商'])}，{pick(['最晚24小时到账','一般半小时内到','超时未到账会自动退款'])}", "agent", "topup_number"),
    lambda: (f"我要充{pick(['流量','话费'])}，手机号{phone()}，{pick(['是','归属地'])}{pick(['广东','四川','河南','山东','浙江','湖北','江苏'])}{pick(CARRIER)}", "buyer", "topup_number"),
    lambda: (f"亲，您填的号码是{phone()}，{pick(['请再核对一遍，充错无法追回哦','确认无误的话我们就提交了','和您说的一致吗？'])}", "agent", "topup_number"),
    lambda: (f"对的，{phone()}没错，{pick(['充吧','提交吧','麻烦了'])}", "buyer", "topup_number"),
    lambda: (f"Please top up {pick(AMOUNT)} yuan to {phone()}, it's my {pick(['mom','dad','own number','wife'])}'s {pick(['China Mobile','China Unicom','China Telecom'])} number", "buyer", "topup_number"),
    lambda: (f"幫我儲值{pick(AMOUNT)}元話費，號碼{phone()}，{pick(['是我媽的','是我自己的','是我爸的'])}", "buyer", "topup_number"),
]
for t in T:
    gen(4, t)

# ---------- order numbers ----------
T = [
    lambda: (f"订单号{order_no()}，{pick(['帮我看看发了没','怎么还没发货','物流好几天没动了','我想改地址'])}", "buyer", "long_number"),
    lambda: (f"亲，订单{order_no()}{pick(['已经发出了','今天下午揽收','在仓库打包中','已经签收了'])}，{pick(['您可以在订单详情看物流','有问题随时找我','请注意查收'])}", "agent", "long_number"),
    lambda: (f"我有两个订单，{order_no()}和{order_no()}，{pick(['能合并发吗','能一起发吗','麻烦一起打包'])}", "buyer", "long_number"),
    lambda: (f"亲，麻烦提供一下订单号，我帮您查{pick(['物流','售后进度','发票','退款进度'])}", "agent", "long_number"),
    lambda: (f"{order_no()} 这单{pick(['退款','换货','补发'])}{pick(['到哪一步了','处理了吗','有进展没'])}", "buyer", "long_number"),
    lambda: (f"亲，订单{order_no()}的{pick(['退款','仅退款','退货退款'])}已经同意，{pick(['原路退回','1-3个工作日到账','款项按原支付方式退回'])}", "agent", "long_number"),
    lambda: (f"Order {order_no()} — {pick(['has it shipped yet?','can I still change the address?','the tracking is not updating'])}", "buyer", "long_number"),
    lambda: (f"訂單編號{order_no()}，{pick(['請問出貨了嗎','物流好幾天沒更新','可以改地址嗎'])}", "buyer", "long_number"),
]
for t in T:
    gen(4, t)

# ---------- waybill numbers ----------
def wb_a():
    c = pick(COURIERS); return (f"亲，您的包裹已交{c}，单号{waybill(c)}，{pick(['预计明天到','预计两天到','一般三天左右到'])}", "agent", "long_number")
def wb_b():
    c = pick(COURIERS); return (f"{c}单号{waybill(c)}{pick(['显示签收了但我没收到','三天没更新了','是不是丢件了','派送失败了'])}", "buyer", "long_number")
def wb_c():
    c = pick(COURIERS); return (f"退货寄出了，{c}{waybill(c)}，{pick(['你们注意查收','收到了说一声','麻烦尽快退款'])}", "buyer", "long_number")
def wb_d():
    c = pick(COURIERS); return (f"亲，补发的那件走的{c}，单号{waybill(c)}，{pick(['已经更新到订单里了','您可以在订单物流里看到','今天晚上能看到轨迹'])}", "agent", "long_number")
for t in [wb_a, wb_b, wb_c, wb_d]:
    gen(4, t)

# ---------- ISBNs ----------
BOOKS = ["《红星照耀中国》", "《骆驼祥子》", "《朝花夕拾》", "《西游记》青少版", "《高等数学》第七版", "《新概念英语》第二册",
         "《小王子》", "《三体》第一部", "《傅雷家书》", "《海底两万里》", "《性心理学》", "《平凡的世界》", "《简·爱》"]
T = [
    lambda: (f"老师给的书单上{pick(BOOKS)}的ISBN是{isbn()}，{pick(['你们这个对得上吗','是同一个版本吗','麻烦核对下'])}", "buyer", "long_number"),
    lambda: (f"亲，{pick(BOOKS)}这个版本的ISBN是{isbn()}，{pick(['和书单一致','您核对一下版权页','是学校指定的版本'])}", "agent", "long_number"),
    lambda: (f"ISBN {isbn()}，{pick(['有货吗','这本还有吗','能调货吗'])}", "buyer", "long_number"),
    lambda: (f"亲，ISBN{isbn()}{pick(['这本现货','这本在加印中','这本需要调货三天'])}，{pick(['可以直接拍','要的话帮您预留','到货第一时间发'])}", "agent", "long_number"),
]
for t in T:
    gen(4, t)

# ---------- VINs ----------
PARTS = ["机油滤芯", "空调滤芯", "前刹车片", "后刹车片", "火花塞", "雨刮片", "空气滤芯", "刹车盘"]
T = [
    lambda: (f"车架号{vin()}，{pick(['帮我查下','看看配哪款','对一下'])}{pick(PARTS)}", "buyer", "long_number"),
    lambda: (f"亲，根据车架号{vin()}查到{pick(['是1.5T','是2.0T','是1.4T','是1.6L自然吸气'])}的，{pick(PARTS)}{pick(['用这款就行','店里有现货','和您拍的型号一致'])}", "agent", "long_number"),
    lambda: (f"VIN是{vin()}，{pick(['这个滤芯能用吗','买哪个刹车片','大灯能配吗'])}{pick(['？','','呢'])}", "buyer", "long_number"),
    lambda: (f"亲，为了不买错，麻烦发一下车架号（行驶证上17位那串），我帮您核对{pick(PARTS)}", "agent", "long_number"),
]
for t in T:
    gen(4, t)

# ---------- batch numbers ----------
ITEMS = ["猫粮", "狗粮", "奶粉", "鱼油", "布洛芬混悬液", "维生素D滴剂", "验孕棒", "避孕套", "益生菌", "冻干"]
T = [
    lambda: (f"{pick(ITEMS)}包装上的批号{batch()}，{pick(['是哪天生产的','保质期到什么时候','有没有问题啊'])}", "buyer", "long_number"),
    lambda: (f"亲，现在发的{pick(ITEMS)}批号是{batch()}，{pick(['生产日期今年','有效期还有一年多','出厂检验合格'])}，放心", "agent", "long_number"),
    lambda: (f"我收到的{pick(ITEMS)}批号{batch()}和上次不一样，{pick(['正常吗','是新批次吗','是不是换配方了'])}", "buyer", "long_number"),
]
for t in T:
    gen(4, t)

# ---------- ship-from places ----------
ORIG = [("寿光基地", "蔬菜"), ("嘉兴仓", "家居用品"), ("佛山工厂", "沙发"), ("舟山", "海鲜"), ("临沂仓", "宠物粮"),
        ("廊坊仓", "图书"), ("赣州果园", "脐橙"), ("丹东", "草莓"), ("昆明斗南", "鲜花"), ("烟台栖霞", "苹果"),
        ("湛江", "对虾"), ("呼伦贝尔", "牛羊肉"), ("清河", "汽配"), ("杭州仓", "药品"), ("义乌仓", "小商品")]
def so_a():
    o, g = pick(ORIG); return (f"亲，{g}从{o}直发，{pick(['江浙沪次日达','大部分地区两到三天到','走冷链','默认发中通'])}{pick(['哦','哈','~',''])}", "agent", "courier_origin")
def so_b():
    o, g = pick(ORIG); return (f"{pick(['你们','这个'])}{g}是从{o}发吗？{pick(['到北京要几天','到成都要几天','到广州快吗','到我这多久'])}", "buyer", "courier_origin")
def so_c():
    o, g = pick(ORIG); c = pick(COURIERS); return (f"我们{o}今天{pick(['下午四点','晚上八点','中午十二点'])}前的单当天发{c}，{g}{pick(['新鲜','不压','保证质量'])}", "agent", "courier_origin")
for t in [so_a, so_b, so_c]:
    gen(4, t)

# ---------- card codes delivered through the platform ----------
CARDS = ["爱奇艺黄金会员月卡", "腾讯视频VIP季卡", "QQ音乐豪华绿钻", "网易云黑胶VIP", "微信读书会员卡", "Steam钱包充值码",
         "App Store充值卡", "星巴克电子礼品卡", "百度网盘超级会员", "WPS超级会员", "Office家庭版", "B站大会员"]
T = [
    lambda: (f"亲，{pick(CARDS)}的卡密已在订单详情里发给您，{pick(['复制后到对应App兑换就行','请尽快兑换','兑换后立即生效'])}", "agent", "card_code"),
    lambda: (f"我买的{pick(CARDS)}，卡密{card_code()}提示{pick(['无效','已使用','格式错误'])}，{pick(['怎么回事','帮我看看','是不是发错了'])}", "buyer", "card_code"),
    lambda: (f"亲，您订单里的卡密{card_code()}{pick(['刚查过是未使用状态','没有被兑换过'])}，{pick(['注意区分数字0和字母O','复制时别带空格','确认登录的是要兑换的账号'])}", "agent", "card_code"),
    lambda: (f"亲，{pick(CARDS)}已经给您换了一张新卡密，{pick(['旧的作废','在订单详情刷新就能看到','原来那张已失效'])}", "agent", "card_code"),
]
for t in T:
    gen(4, t)

# ---------- shop warnings ----------
SHOP = ["本店", "本药房", "我们宠物店", "我们书店", "本汽配店", "我们果园", "本家居店", "本店虚拟商品"]
APPS = ["微信", "QQ", "抖音私信", "电话", "短信", "陌生邮件"]
T = [
    lambda: (f"温馨提示：{pick(SHOP)}不会通过{pick(APPS)}联系您{pick(['退款','理赔','补偿'])}，{pick(['请以平台聊天窗口为准','谨防诈骗','遇到请直接举报'])}", "agent", "warning"),
    lambda: (f"亲，{pick(SHOP)}不会让您{pick(['扫码付款','私下转账','提供验证码','开通借款额度','下载共享屏幕软件'])}，{pick(['凡是这样要求的都是骗子','请提高警惕','请勿上当'])}", "agent", "warning"),
    lambda: (f"{pick(['提醒','注意','防骗提醒'])}：近期有人冒充{pick(SHOP)}客服，以{pick(['退款','快递丢件理赔','商品召回','会员年费扣费','订单异常'])}为由骗钱，{pick(['退款只在订单页申请','我们不会主动打电话','请勿相信'])}", "agent", "warning"),
]
for t in T:
    gen(4, t)

# ---------- buyers reporting impersonators ----------
T = [
    lambda: (f"有人自称你们{pick(['客服','售后','仓库的人','快递理赔员'])}，让我加{pick(['QQ','微信','他的号'])}{pick(['退款','领赔偿','办理理赔'])}，是真的吗？", "buyer", "scam_report"),
    lambda: (f"刚接到{pick(['一个电话','一条短信','一个陌生号码'])}说我买的{pick(['猫粮','书','刹车片','血压计','会员卡','沙发','车厘子'])}{pick(['有质量问题','要召回','被海关扣了','丢件了'])}，要{pick(['赔我钱','退我双倍','给我理赔'])}，是你们吗",
              "buyer", "scam_report"),
    lambda: (f"亲，那不是我们，{pick(['我们不会私下联系您','我们所有售后都在平台内','退款只会原路退回'])}，{pick(['请直接拉黑举报','千万别转账','不要提供验证码'])}", "agent", "scam_report"),
]
for t in T:
    gen(4, t)

# ---------- delivery contact given for the order (acceptable) ----------
CITY = ["杭州市西湖区", "成都市武侯区", "广州市天河区", "郑州市金水区", "南京市鼓楼区", "西安市雁塔区", "长沙市岳麓区", "沈阳市和平区"]
NAME = ["张女士", "李先生", "王芳", "刘洋", "陈静", "赵磊", "周敏", "孙浩"]
T = [
    lambda: (f"收货人改成{pick(NAME)}，电话{phone()}，{pick(['地址不变','其他不变','麻烦改一下'])}", "buyer", "delivery_contact"),
    lambda: (f"地址填错了，应该是{pick(CITY)}{pick(['某某花园','阳光小区','幸福里','金色家园'])}{rng.randint(1,30)}栋{rng.randint(1,30)}0{rng.randint(1,4)}，{pick(['电话不变','收件人不变'])}", "buyer", "delivery_contact"),
    lambda: (f"亲，已将收货电话改为{phone()}，{pick(['快递员会打这个号','派送前会联系您','请保持电话畅通'])}", "agent", "delivery_contact"),
]
for t in T:
    gen(4, t)

if __name__ == "__main__":
    for o in OUT:
        sys.stdout.write(json.dumps(o, ensure_ascii=False) + "\n")
