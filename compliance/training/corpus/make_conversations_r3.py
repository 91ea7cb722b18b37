#!/usr/bin/env python3
"""make_conversations_r3.py -- builds conversations_r3.jsonl (round-3 conversations).

All sessions below are hand-written in a small text format:
    @ family_tag            starts a session
    B: text                 buyer message, acceptable
    A[contact,payment]: ..  agent message with labels
Slots in braces ({PH}, {PH_1}.., {WX}, {ORD}, {WB_SF}, {CODE6}, {N3} ...) are filled with fresh
fake values per session (same slot = same value inside one session). {OK}/{THX} draw short
acknowledgements from a pool without replacement. Fixed seed; sessions are shuffled before
numbering r3c0001...; a short reply that would repeat an earlier line verbatim is swapped for a
hand-written alternative (DEDUP_ALTS). Run:  python3 make_conversations_r3.py
"""
import os
import json, random, re, sys, collections

SEED = 30317
CODES = ["contact","payment","link","platform","address","abuse","obscene","fraud","spam","political"]

OK_POOL = """好的|好的亲|好滴|好嘞|嗯嗯|嗯嗯好的|收到|收到啦|ok|OK亲|好的呢|好哒|没问题|明白|了解啦|好的 稍等|可以的|行|中|好的好的|嗯 好|好的 知道了|收到收到|好 我记下了|okk|好的👌|👌|好的哈|晓得了|要得|得嘞|嗯呐|好呀|好咧 马上|好 没问题|知道啦|好的哦|收到 谢谢|好滴亲|可以 拍吧|好的 给您备注|好的 马上安排|行嘞|妥|妥妥的|好的 已安排|嗯 可以|ok的|收到亲|好的收到""".split("|")
THX_POOL = """谢谢|谢谢啊|谢谢亲|谢啦|多谢|感谢|谢谢你|谢谢客服|辛苦了|麻烦了 谢谢|3q|thx|谢谢哈|好的谢谢|感谢感谢|谢谢小姐姐|谢谢你呀|谢了哈|谢谢老板|蟹蟹|谢谢谢谢|多谢啦|辛苦辛苦|感谢耐心解答|谢谢解答|谢谢 辛苦啦|okk 谢谢|好的 多谢|谢谢您|嗯 谢了""".split("|")

# hand-written alternatives used when a short reply would repeat an earlier line verbatim
DEDUP_ALTS = {
 "好的": ["好的呀","好的 知道了","嗯 好的","好的 明白","好的好的 谢谢","好的了解","okk好的","好的 那就这样","好的哈","好的 我看看","好 的","好的 麻烦了","好的 等你消息","好的亲亲","嗯嗯 好","好的 先这样","好的 懂了","好嘞 谢谢","好的 没问题了","好的收到了 谢谢啊","好的👍","好的 我知道了"],
 "好": ["好 谢谢","好 知道了","好滴 谢谢","好的吧","好 行","嗯 行","那好","好 就这样","好 我下单","好 明白了","好吧 那就这样","好 谢了","那行 就这样","好 拍了","好 等你","好😊","好 谢谢哈","好 懂了","ok好"],
 "好吧": ["好吧好吧","那好吧","唉 好吧","好吧 那就这样吧","行吧","好吧 知道了","好吧 那算了","好吧 我再看看"],
 "ok": ["okk","ok ok","ok了","OK 谢谢","ok 👌","ok 明白","ok sure","ok got it"],
 "行": ["行 就这样","那行","行吧 听你的","行 你安排","行 没问题","行的"],
 "收到": ["收到 谢谢","收到了","收到啦 谢谢","好的收到","收到 我看下"],
 "在吗": ["在吗？","在不在","有人吗","客服在吗","hello 在吗"],
 "在的": ["在的呢","在的 您说","在呢亲","在的 请讲","您好 在的"],
 "[图片]": ["[图片] 你看看","[照片]","[图片] 就是这样","[图片] 看这个"],
 "不需要 谢谢": ["不用了 谢谢","我们不需要 谢谢","不需要的 谢谢","谢谢 我们用不上"],
 "谢谢 不需要": ["谢谢 用不到","不了 谢谢"],
 "请不要发广告": ["请勿发送广告","请不要在这里发广告","这里不能发广告哦"],
 "哦": ["哦哦","噢","哦 这样"],
 "谢谢": ["谢谢了","谢谢哦","谢谢亲亲"],
 "好的 谢谢": ["好的 谢谢你","好的 多谢了"],
 "收到了 谢谢": ["收到了 谢谢哈","收到啦 多谢"],
 "great thanks": ["great, thanks a lot","awesome thanks"],
 "有的": ["有的亲","有的呢"],
 "我考虑一下": ["我再考虑考虑","让我想想"],
 "孕妇能吃吗": ["怀孕了能吃吗","孕期可以吃吗"],
 "要预约吗": ["需要预约吗","得先预约吗"],
 "那怎么买": ["那要怎么买","那我怎么买"],
 "承重多少": ["能承重多少","最大承重多少"],
}

def parse(text):
    sessions = []
    cur = None
    for ln in text.splitlines():
        s = ln.strip()
        if not s or s.startswith('#'):
            continue
        if s.startswith('@'):
            cur = {"family": s[1:].strip(), "msgs": []}
            sessions.append(cur)
            continue
        m = re.match(r'^([AB])(?:\[([a-z,]*)\])?:\s?(.*)$', s)
        if not m:
            raise ValueError("bad line: %r" % ln)
        who, labs, txt = m.groups()
        labs = [x for x in (labs or '').split(',') if x]
        for l in labs:
            assert l in CODES, (l, ln)
        cur["msgs"].append({"sender": "agent" if who == 'A' else "buyer", "labels": labs, "text": txt})
    return sessions

def mk_phone(rng):
    pre = rng.choice(["130","131","132","133","135","136","137","138","139","150","151","152","155","157","158","159","166","173","176","177","180","181","182","183","185","186","187","188","189","191","198","199"])
    return pre + "".join(str(rng.randint(0,9)) for _ in range(8))

def digits(rng, n, first_nonzero=True):
    d = "".join(str(rng.randint(0,9)) for _ in range(n))
    if first_nonzero and d[0] == '0':
        d = str(rng.randint(1,9)) + d[1:]
    return d

def fill(txt, env, rng, pools):
    def rep(m):
        k = m.group(1)
        if k in ("OK", "THX"):
            pool = pools[k]
            if not pool:
                raise ValueError("pool exhausted " + k)
            return pool.pop()
        if k not in env:
            env[k] = gen(k, env, rng)
        return env[k]
    return re.sub(r'\{([A-Z0-9_]+)\}', rep, txt)

def gen(k, env, rng):
    if k in ("PH", "PH2", "PH3"):
        return mk_phone(rng)
    if k == "PH_REV":
        if "PH" not in env:
            env["PH"] = mk_phone(rng)
        return env["PH"][::-1]
    if k in ("PH_1", "PH_2", "PH_3", "PH4"):
        if "PH" not in env:
            env["PH"] = mk_phone(rng)
        p = env["PH"]
        return {"PH_1": p[:3], "PH_2": p[3:7], "PH_3": p[7:], "PH4": p[7:]}[k]
    if k in ("ORD", "ORD2"):
        return digits(rng, rng.choice([18, 19]))
    if k in ("ORD_A", "ORD_B"):
        if "ORD" not in env:
            env["ORD"] = digits(rng, 19)
        o = env["ORD"]
        return o[:10] if k == "ORD_A" else o[10:]
    if k == "WB_SF": return "SF" + digits(rng, 13)
    if k == "WB_YT": return "YT" + digits(rng, 13)
    if k == "WB_ZT": return "7" + digits(rng, 13, False)
    if k == "WB_YD": return "43" + digits(rng, 13, False)
    if k == "WB_JD": return "JDVA" + digits(rng, 11)
    if k == "WB_EMS": return "98" + digits(rng, 11, False)
    if k == "CODE6": return "%d-%d-%04d" % (rng.randint(1,9), rng.randint(1,9), rng.randint(0,9999)) if rng.random() < 0.5 else digits(rng, 6)
    if k == "VC6": return digits(rng, 6)
    if k == "CODE4": return digits(rng, 4)
    if k == "TAXID": return "91330" + digits(rng, 4) + "".join(rng.choice("ABCDEFGHJKLMNPQRTUWXY0123456789") for _ in range(9))
    if k == "N2": return str(rng.randint(1, 30))
    if k == "N3": return str(rng.randint(10, 999))
    if k == "N4": return str(rng.randint(101, 2803))
    if k in ("WX", "WX2"):
        base = rng.choice(["xiaomei","tao","ajie","lily","meng","kk","shop","yang","chen","haohao","sunny","mumu","lele","wang","zz","qq","dada","bobo","tian","feifei"])
        return base + rng.choice(["_", "", "-"]) + digits(rng, rng.randint(3, 6))
    if k in ("QQ", "QQ2"):
        return digits(rng, rng.choice([9, 10]))
    if k == "HKPH":
        d = rng.choice("5689") + digits(rng, 7, False)
        return d[:4] + " " + d[4:]
    if k == "TWPH":
        d = "09" + digits(rng, 8, False)
        return d[:4] + "-" + d[4:7] + "-" + d[7:]
    if k == "CARD":
        return "62" + digits(rng, 17, False)
    if k in ("CARD4", "CARD4B"):
        return digits(rng, 4, False)
    raise KeyError(k)

def build(text, out_jsonl, prefix="r3c"):
    rng = random.Random(SEED)
    pools = {"OK": OK_POOL[:], "THX": THX_POOL[:]}
    rng.shuffle(pools["OK"]); rng.shuffle(pools["THX"])
    sessions = parse(text)
    rng.shuffle(sessions)
    rows = []
    for i, s in enumerate(sessions, 1):
        env = {}
        sid = "%s%04d" % (prefix, i)
        for m in s["msgs"]:
            rows.append({"text": fill(m["text"], env, rng, pools), "sender": m["sender"], "labels": m["labels"], "family": s["family"], "session": sid})
    counts = collections.Counter(r["text"] for r in rows)
    used = set(counts)
    seen = set()
    for r in rows:
        t = r["text"]
        if t in seen:
            alts = [a for a in DEDUP_ALTS.get(t, []) if a not in used]
            if alts:
                r["text"] = alts[0]
                used.add(alts[0])
        seen.add(r["text"])
    with open(out_jsonl, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return sessions, rows


DATA = r'''
# ---------- part 1: acceptable shop talk, many store types ----------
@ ok_apparel_size
B: 亲 这条阔腿裤我165 110斤穿什么码
A: 亲亲 165/110建议M码哦 腰围是68 有松紧的
B: 会不会拖地啊 我不太穿高跟鞋
A: 裤长102 您平底鞋穿刚好到脚面 不会拖地的亲
B: 那黑色M来一条
A: 好嘞 今天下午4点前拍下当天发 😊

@ ok_fruit_delay
B: 我买的赣南脐橙怎么还没发货啊 都三天了
A: 抱歉亲 这两天果园下雨 采摘延后了 明天一早就能发出
B: 哦这样 那烂果怎么算
A: 收到有坏果拍个照给我们 按个数补偿 不用退回的
B: 行吧 那你们快点哈 等着送人的
A: 明白明白 给您备注了优先打包 🍊

@ ok_phone_case
B: 有iPhone15 pro的磁吸壳吗
A: 有的亲 透明款和磨砂款都有 支持magsafe充电
B: 磨砂的会不会发黄
A: 磨砂不会发黄 透明款用久了会有一点 这个是材质问题
B: 那磨砂深蓝来一个 能送个钢化膜不
A: 可以的亲 备注一下送膜 我这边给您加上

@ ok_tea_gift
B: 老板 这个大红袍是今年的新茶吗
A: 是的 24年春茶 武夷山正岩 中火焙
B: 送长辈的 有礼盒装吗
A: 有的 188那款是双罐礼盒 带手提袋 看着挺体面
B: 能帮忙写个贺卡吗 就写祝王叔叔身体健康
A: 可以的 下单备注贺卡内容就行 我们手写的
B: 好 那我现在拍

@ ok_baby_formula
B: 请问奶粉是国行的吗 有溯源码吗
A: 您好 是国行正品 罐底有追溯码 刮开涂层扫码就能查真伪
B: 生产日期是什么时候的
A: 目前发的是今年3月生产的 保质期两年
B: 我家宝宝6个月 买2段对吧
A: 对的 6-12个月喝2段 一次别囤太多 开罐后一个月内喝完哦

@ ok_furniture_install
B: 衣柜送货包安装吗
A: 亲 我们是物流送到楼下 安装需要另外预约师傅 本地师傅上门收费80
B: 能送上楼吗 我家6楼没电梯
A: 没电梯的话上楼费按楼层算 一层10块 您这边是60 我在订单里给您加上
B: 哦 行 那加上吧
A: 好的 我给您改个价 加上60上楼费 您刷新订单再付款就行

@ ok_shoes_exchange
B: 鞋子偏小 能换大一码吗
A: 可以的亲 吊牌别剪 鞋盒保留好
B: 怎么操作啊 第一次换
A: 订单页点申请售后 选换货 选42码 提交后会有退货地址
B: 运费谁出
A: 您买了运费险的 寄回的运费会自动理赔 不用担心
B: 好的我去弄

@ ok_pet_food
B: 猫粮有试吃装吗 我家猫挑食
A: 有的 9.9元三包试吃装 每包50克 三种口味
B: 鸡肉的和三文鱼的哪个比较受欢迎
A: 三文鱼的复购最多 不过有的猫对鱼过敏 先试吃比较稳
B: 好 那我拍试吃装
A: {OK}

@ ok_book_edition
B: 你好 这本《百年孤独》是哪个出版社的
A: 南海出版公司 范晔译本 精装
B: 有塑封吗 送人的
A: 有塑封的 全新 快递也会加纸箱防压
B: 嗯嗯 那开发票能开吗
A: 可以开电子发票 下单后在订单详情里申请 抬头写单位名称就行

@ ok_rice_origin
B: 这个五常大米是真的五常的吗
A: 亲 我们是黑龙江五常当地合作社直发的 包装上有地理标志
B: 10斤装多久能到广州
A: 从哈尔滨发 到广州大概4-5天
B: 有点久 能发顺丰吗
A: 顺丰需要补12块运费 要的话我给您改价
B: 不用了 普通的就行 我不急

@ ok_cosmetics_shade
B: 粉底液我黄一白 用哪个色号
A: 黄一白选1C0或者1N0 偏黄皮选1N0更自然
B: 我混油皮 会不会斑驳
A: 这款是哑光的 混油比较适合 上脸前做好保湿就不会卡粉
B: 有小样吗 怕买错
A: 下单正装送两个色号的小样 您可以先试小样 不合适正装没拆可以退

@ ok_flowers_delivery
B: 明天七夕 今天下单能送到吗
A: 您是哪个城市的亲
B: 成都 高新区
A: 成都有合作花店 明天可以送 但是七夕当天单子多 只能保证当天送到 不能指定具体时间
B: 那能尽量下午吗 她下午在公司
A: 可以备注希望下午送 我们尽量安排 收花人电话和地址下单的时候填好哈

@ ok_cake_time
B: 生日蛋糕要提前几天订
A: 至少提前一天 当天做当天配送
B: 我想要周六晚上6点送到
A: 可以的 下单时选配送时间18:00-19:00就行
B: 能写字吗 写 小宝3岁生日快乐
A: 能的 备注里写上 巧克力牌上写字免费

@ ok_electronics_warranty
B: 这个蓝牙耳机保修多久
A: 官方保修一年 七天无理由 十五天有质量问题换新
B: 左耳有杂音算质量问题吗
A: 算的 您是已经收到了吗
B: 对 昨天到的 左边吱吱响
A: 那您在订单页申请换货 原因选质量问题 我们来承担运费 新的收到退回坏的就行
B: 好的 麻烦了

@ ok_bedding
B: 四件套是纯棉的吗 会不会起球
A: 100%新疆长绒棉 60支 正常洗不会起球的
B: 1.8的床用哪个
A: 1.8米床选2.0米的被套和2.45x2.5的床单 这个规格刚好
B: 第一次洗要注意啥
A: 第一次冷水单独洗 加一勺盐固色 别用漂白剂就行

@ ok_fishing_gear
B: 这根鱼竿3.6米的 钓鲫鱼行吗
A: 完全可以 3.6米28调 钓鲫鱼很灵
B: 送线组吗
A: 送一套成品线组和浮漂 但是建议您自己再备几个钩子
B: 顺便拍两包鱼饵能一起发吗
A: 能 同一个店下单会合并发货

@ ok_kitchen_knife
B: 这个菜刀能砍骨头吗
A: 这款是切片刀 不建议砍骨 砍骨的话要选斩骨刀 刀背厚一些
B: 那两把一起买有优惠吗
A: 套装那个链接两把一起是159 比单买便宜30
B: 就在这个店里的套装是吧
A: 是的亲 店铺首页第二个商品

@ ok_tools_drill
B: 电钻能打水泥墙吗
A: 这款是锂电手电钻 打木头铁皮可以 水泥墙要用冲击钻
B: 那推荐哪款
A: 同款有冲击钻版本 贵40 带冲击档 打墙没问题
B: 电池能用多久
A: 2.0Ah的电池连续打孔大概40-50个 建议买双电版本

@ ok_car_parts
B: 这个雨刮器适配2019款卡罗拉吗
A: 适配的 卡罗拉19款主驾26寸副驾14寸
B: 好装吗 我自己装
A: 很好装 U型卡扣 详情页有安装视频 一分钟搞定
B: 那来一对
A: {OK}

@ ok_snacks_expiry
B: 这个牛肉干保质期多久
A: 常温9个月 现在发的是上个月的新货
B: 五香的辣不辣
A: 五香的不辣 麻辣的是微辣 四川人可能觉得不够辣哈哈
B: 哈哈我就是四川的 那要特辣的
A: 特辣款在规格里选 我们老板自己都吃不消 😂

@ ok_phone_delivery_phone
B: 我下单的时候电话写错了 能改吗
A: 可以的亲 您把正确的收货电话发我 我给您备注
B: {PH}
A: 好的已经备注 快递员会打这个号码 订单号是{ORD}对吧
B: 对的 谢谢
A: 不客气 今天就发

@ ok_stationery_bulk
B: 中性笔一盒多少支
A: 一盒12支 0.5mm 黑色
B: 我要给班上同学买 要50盒
A: 50盒的话可以给您打9折 您直接拍50件 我给您改价
B: 好 能开发票吗 学校要报销
A: 可以的 开增值税普通发票 您把学校名称和税号发我 或者订单页填写也可以

@ ok_outdoor_tent
B: 帐篷防雨吗 上次买的一下雨就漏
A: 我们这款外帐是PU3000防水 接缝压胶处理 正常中雨没问题
B: 三个人睡够吗
A: 标的是3-4人 三个大人加行李稍微挤一点 带小孩很宽松
B: 重不重 要背着走一段
A: 总重3.2公斤 有收纳包 背一小段没问题

@ ok_pharmacy_otc
B: 布洛芬缓释胶囊一次吃几粒
A: 您好 成人一次一粒 一天两次 间隔12小时 具体请遵说明书或医嘱哦
B: 孕妇能吃吗
A: 孕妇不建议自行服用 尤其是孕晚期 请咨询医生后再用
B: 那我给我老公买的 他牙疼
A: 好的 牙疼可以临时用 但持续疼还是建议去看牙医

@ ok_adult_plain
B: 你们家的避孕套是什么尺寸的
A: 常规款是52mm 还有49mm紧型和56mm大号的
B: 超薄的会不会容易破
A: 正规厂家都有电检 超薄0.01的正常使用不容易破 注意别用油性润滑就行
B: 发货包装会写是什么吗
A: 放心 外包装是普通纸箱 面单写的是日用品 不会显示品名

@ ok_underwear_size
B: 内衣我下胸围72上胸围86穿什么码
A: 亲 差值14cm 建议75B 或者70C
B: 这款会不会勒
A: 这款无钢圈 侧边比较宽 不勒的 很多小仙女反馈很舒服
B: 好的那75B肤色
A: 收到 现货 今天发

@ ok_honey_crystal
B: 蜂蜜怎么结晶了 是不是掺了糖
A: 亲 天然蜂蜜低于13度就容易结晶 是正常现象 反而说明是真蜜
B: 那还能吃吗
A: 能吃的 放温水里泡一会就化开了 别用开水烫
B: 哦原来这样 我还以为坏了
A: 不少买家都问过哈 您放心吃 有问题随时找我们

@ ok_second_hand_phone
B: 这台二手的iPhone13电池健康多少
A: 电池健康89% 无拆无修 面容正常
B: 有划痕吗
A: 屏幕完美 边框有两处轻微磕碰 详情页第5张图有细节
B: 保修多久
A: 本店保修三个月 非人为问题免费修 验机报告随机附赠

@ ok_wholesale_factory
B: 你们是厂家吗 想批一批T恤印logo
A: 是的 我们自己有厂 起订量100件 可以定制印花
B: 100件大概多少钱
A: 纯棉200克的 单色丝印 一件28 含印刷费
B: 打样多久
A: 打样三天 满意了大货15天左右 都在这边下单走平台

@ ok_livestream_followup
B: 刚才直播间说的那个9.9的发夹还有吗
A: 有的亲 直播专享价 直接在直播间小黄车拍就行
B: 我找不到在哪
A: 直播间左下角购物车图标 第6号链接
B: 找到了 拍了2个
A: 好的 直播款按下单顺序发 三天内发出哦

@ ok_civil_complaint_slow
B: 我说实话 你们这次发货太慢了 说48小时发 结果第四天才发
A: 非常抱歉亲 这次是仓库爆单了 确实是我们的问题
B: 我买来是要周末用的 现在估计赶不上了
A: 理解您的心情 给您申请了一张10元无门槛券补偿 另外已经联系快递加急
B: 行吧 下次别再这样了
A: 一定改进 真的抱歉给您添麻烦了

@ ok_civil_complaint_quality
B: 收到的毛衣有个地方开线了 质量太差了吧
A: 亲 非常抱歉 麻烦拍个照片给我看一下
B: [图片]
A: 看到了 是缝线问题 给您两个选择 换新或者补偿20元
B: 换新吧 这个颜色我挺喜欢的
A: 好的 我这边补发一件新的 旧的不用退了 您自己处理就行
B: 这还差不多 谢谢

@ ok_order_number_query
B: 我的快递到哪了 订单号{ORD}
A: 我查一下 您的快递是中通{WB_ZT} 现在到了杭州转运中心
B: 明天能到吗
A: 正常明天下午能到 您留意下电话哦
B: {THX}

@ ok_waybill_pieces
B: 退货已经寄出了 单号发你
B: {WB_SF}
A: 收到 顺丰的 我们仓库收到验货后48小时内退款
B: 退到哪里
A: 原路退回 您当时用什么付的就退到哪里
B: 好的

@ ok_pickup_code
B: 快递显示已签收但我没拿到
A: 亲 显示放在了菜鸟驿站 取件码是{CODE6}
B: 哦 我没收到短信 谢谢啊
A: 可能短信被拦截了 您去驿站报取件码或者手机号后四位就能取
B: 好的 我下班去拿

@ ok_hat_size
B: 帽子头围多少 我头比较大 60
A: 这款帽围可调节 56-60 您60的话调到最大刚好 可能会稍微紧一点
B: 有没有大号的
A: 有 大头围版本 58-62 在规格里选 XL
B: 那拍XL
A: {OK}

@ ok_glasses
B: 近视眼镜可以配吗 我左眼350右眼400 散光50
A: 可以的亲 下单时备注度数和瞳距 瞳距知道吗
B: 瞳距62
A: 好的 1.60非球面镜片 7天左右做好发货
B: 防蓝光要加钱吗
A: 防蓝光膜层加30 在规格里选就行

@ ok_mattress
B: 床垫硬不硬 我腰不好
A: 这款偏硬 独立弹簧加椰棕 腰不好的人比较适合
B: 压缩发货的吗 多久能恢复
A: 是压缩卷包 拆开后24小时基本恢复 72小时完全回弹
B: 有味道吗
A: 刚拆有点轻微的材料味 开窗通风两三天就没了

@ ok_plants
B: 绿萝发过来会不会死
A: 不会的亲 我们带土带盆发 包装有固定 路上3天以内没问题
B: 到了要马上浇水吗
A: 到了先放阴凉处缓两天 土干了再浇透 别直接晒太阳
B: 好的懂了
A: 死苗包赔 到货三天内拍照联系我们

@ ok_watch_strap
B: 表带适配华为watch gt4 46mm吗
A: 适配的 22mm宽度 快拆设计
B: 真皮的还是PU的
A: 头层牛皮 手工缝线 有棕色和黑色
B: 送拆表带工具吗
A: 快拆不需要工具 轻轻一拨就下来了 😊

@ ok_camera_lens
B: 这个镜头是全新的吗 还是展示机
A: 全新国行 未拆封 官方联保两年
B: 能开专票吗 公司买
A: 可以的 您把开票信息发我 或者在订单里填 专票需要营业执照上的名称和税号
B: 好的 我一会把信息填进去
A: 好的 开出来会发到订单里 纸质专票随货寄

@ ok_old_buyer_slow
B: 姑娘 我不会弄这个 我买的那个降压的血压计到哪了
A: 阿姨您好 我帮您查 您的单子昨天发出了 韵达快递
B: 哦哦 那要几天啊
A: 大概后天到 快递员会打您电话的 注意接听哈
B: 好好好 谢谢姑娘 你真好
A: 不客气阿姨 用的时候有不会的随时来问我

@ ok_dialect_buyer
B: 老板 恁家这个煎饼是现做的不
A: 是现做的 每天早上烙 真空包装
B: 中 来五斤 能放多长时间
A: 常温放一个月 放冰箱能放三个月
B: 妥了 俺拍了
A: 好嘞 明天就给您发 山东发货

@ ok_gift_card_platform
B: 我有个店铺的优惠券用不了
A: 亲 是哪张券呢 截个图我看下
B: 满199减30的 我买了189
A: 这张要满199才能用 您再凑10块就行 可以加个袜子或者数据线
B: 哦哦 那我加个袜子
A: 👍 凑单后结算会自动用券

@ ok_presale_deposit
B: 预售那个定金是在哪里付
A: 直接在商品页点 立即付定金 就是平台的预售流程
B: 尾款什么时候付
A: 10月31号晚8点开始付尾款 到时候平台会提醒
B: 定金能退吗
A: 按平台规则 定金一般不退 除非商家原因没法发货

@ ok_repair_service
B: 我的吸尘器坏了 还在保修期吗 去年双十一买的
A: 在的亲 保修两年 您说下什么问题
B: 开机转一下就停了
A: 可能是电池或者电机问题 您在订单页申请售后 选维修 寄回来 我们承担来回运费
B: 好 要多久能修好
A: 收到后5个工作日修好寄回

@ ok_jd_style_invoice
B: 买空调能送货上门装吗
A: 可以的 下单后品牌售后会电话联系您约安装时间 基础安装免费
B: 铜管超了要钱吗
A: 超出3米部分按售后价目表收费 每米80 安装师傅会出示价目表
B: 收费标准在哪能看到
A: 超出部分的价目表在商品详情页最后一张图 收费前师傅会先跟您确认 有异议可以随时找我们

@ ok_rental_toy
B: 这个乐高是正版吗
A: 是的 乐高官方授权 每盒有防伪标签
B: 孩子8岁玩这个会不会太难
A: 这款标的9+ 8岁的孩子家长陪着拼没问题 1200多颗零件
B: 那买了 周五前能到吗 孩子生日
A: 今天下单北京仓发 明后天就能到 来得及

@ ok_fabric_wash
B: 羽绒服能水洗吗
A: 可以手洗 30度以下温水 用羽绒专用洗涤剂 别拧干
B: 晾干后结块了怎么办
A: 干了以后拍打一下就蓬松了 别暴晒
B: 好的 谢谢 还挺专业
A: 哈哈应该的 羽绒服我们天天卖 有问题随时问

@ ok_wine_age
B: 你们卖的酒需要成年吗
A: 需要的亲 签收的时候快递可能会核对 未成年人不能购买
B: 这个红酒是进口的吗
A: 法国原瓶进口 有中文背标和报关单
B: 送人的 能帮忙包一下吗
A: 可以 加5元礼袋包装 下单规格选礼盒装

# ---------- part 2: acceptable hard look-alikes ----------
@ lookalike_scam_report_fake_cs
B: 刚才有个自称你们客服的人打电话给我 说我买的东西有质量问题要给我退款
A: 亲 请注意 这不是我们 我们不会主动打电话让您操作退款
B: 他还让我加他微信 说要发个链接给我
A: 千万别加 也别点任何链接 这是典型的冒充客服诈骗
B: 吓死我了 我差点就加了
A: 幸好您先来问了 所有售后都只在这个聊天窗口和订单页处理 您可以把那个号码举报给平台
B: 好的 我去举报 谢谢提醒

@ lookalike_scam_report_sms
B: 我收到一条短信说我的快递丢了 让我点链接理赔 是你们发的吗
A: 不是的亲 您的快递正常在路上 我们不会发短信链接理赔
B: 那就是骗子呗
A: 是的 这类短信都是诈骗 直接删掉就好 快递真丢了我们会在这里联系您 直接补发
B: 好嘞 还好没点

@ v_contact_payment_buyer_refused_warning
B[contact,payment]: 亲 能不能便宜点 我加你微信私下转你
A: 不好意思亲 我们只在平台交易 不加微信也不收私下转账
A: 温馨提示 凡是让您私下转账的都可能是骗子 请一定在平台下单付款
B: 哦好吧 那平台上能便宜吗
A: 可以领店铺券 满100减8 已经是最低了
B: 行 那我领券下单

@ lookalike_scam_report_qq_group
B: 有人把我拉进一个QQ群 说是你们店的福利群 做任务返钱
A: 亲 我们店没有任何QQ群或者微信群 那个是诈骗
B: 他们说先垫付一百 做完返一百二
A: 这是刷单诈骗 后面会让您越垫越多 千万别转钱
B: 我还没转 那我退群了
A: 对 赶紧退 能的话截图报警或者向平台举报

@ lookalike_product_wechat_reading
B: 你们卖的这个微信读书会员卡是年卡吗
A: 是的亲 12个月 自动充值到您的账号 
B: 怎么充 要给你们账号密码吗
A: 不需要密码 下单时填写您的微信读书ID就行 ID在个人页设置里能看到
B: 好的 那我找一下
A: 充值一般10分钟内到账

@ lookalike_product_qq_candy
B: 旺仔QQ糖有葡萄味的吗
A: 有的亲 葡萄 水蜜桃 草莓都有 混合装一箱20包
B: 小孩子吃会不会太甜
A: 还好 一包20克 别一次吃太多就行
B: 那混合装来一箱
A: {OK}

@ lookalike_product_alipay_speaker
B: 这个收款音箱支持支付宝和微信同时播报吗
A: 支持的 支付宝 微信 云闪付收款都能语音播报
B: 要插卡吗
A: 内置流量卡 前三年免费 不用连wifi
B: 我是摆摊用的 电池能撑多久
A: 满电能用7-10天 摆摊完全够
B: 好 拍一个

@ lookalike_product_watch_video_call
B: 儿童手表能视频通话吗
A: 能的 支持微信视频通话和自带的视频通话 4G全网通
B: 定位准不准
A: 北斗+GPS+wifi定位 室外误差10米左右
B: 要不要另外办卡
A: 需要一张手机卡 支持移动联通电信 nano卡

@ lookalike_product_font
B: 你们卖的字体包里有淘宝体吗
A: 没有的亲 淘宝体是阿里妈妈免费提供的 可以直接在官方下载 我们这里卖的是商用授权的书法字体
B: 哦好吧 那你们这个能商用吗
A: 能的 买了有授权书 个人和企业都能用
B: 行 我看看

@ lookalike_product_jd_screen
B: 这个显示器是京东方的屏吗
A: 是的亲 京东方原厂IPS面板 27寸2K
B: 刷新率多少
A: 165Hz 支持HDR400
B: 有坏点怎么办
A: 一个亮点包换 三十天内有效

@ lookalike_product_douyin_light
B: 补光灯适合拍抖音吗
A: 很适合 很多做直播拍短视频的都在用 三种色温可调
B: 手机夹能夹多大的
A: 6.9寸以内的手机都能夹 支架最高2米
B: 好 来一套

@ lookalike_delivery_phone_split
B: 收货电话换一个吧 原来那个停机了
A: 好的亲 新号码发我
B: {PH_1}
B: {PH_2}{PH_3}
A: 收到 {PH} 已经改好了 快递会打这个号
B: 好的谢谢

@ lookalike_phone_tail_verify
A: 亲 为了核实订单 麻烦告诉我下单手机尾号后四位
B: {PH4}
A: 核对上了 您的订单已经加急处理了
B: 好的 辛苦

@ lookalike_order_number_two_pieces
B: 订单号{ORD_A}
B: {ORD_B}
A: 好的 查到了 是那双白色运动鞋对吧
B: 对 我想退
A: 可以的 您在订单页点退货退款 选七天无理由就行

@ lookalike_courier_names
B: 你们发什么快递
A: 默认中通和圆通 偏远地区发邮政
B: 能发京东快递吗
A: 可以的 京东快递需要补8元运费差价 我给您改价
B: 行 那改一下 我们这里京东比较快
A: 已改 您刷新一下订单付款就行

@ lookalike_refund_original_route
B: 退款退到哪了 我没看到钱
A: 亲 退款已经原路退回 您是用支付宝付的 就退到支付宝 用了花呗的退回花呗额度
B: 哦 我是用花呗付的
A: 那就是恢复到花呗额度了 在花呗账单里能看到退款记录
B: 找到了 谢谢

@ lookalike_wechat_pay_refund
B: 我在拼单的时候用的微信支付 退款会退回微信吗
A: 会的亲 原路退回微信零钱或者您付款的银行卡
B: 多久到
A: 一般1-3个工作日 银行卡可能稍慢一点
B: 好 那我等等

@ lookalike_warning_in_greeting
A: 欢迎光临小店 温馨提示 本店所有交易请在平台内完成 客服不会索要验证码 不会让您加私人微信
B: 好的 我就问问这个台灯有几档亮度
A: 三档亮度 加无级调光 护眼无频闪
B: 能插电用吗
A: 充电插电都能用 type-c口

@ lookalike_buyer_mentions_other_platform_price
B: 我在别的平台看到一模一样的才卖59 你们怎么卖79
A: 亲 可能是不同版本 我们这款是加厚的 重量是900克
B: 哦 那他们那个是多重的
A: 这个我不太清楚 您可以比较一下参数 我们这边承诺假一赔三
B: 算了 我买你家的吧 看评价还不错

@ lookalike_invoice_tax_number
B: 发票抬头 杭州某某科技有限公司 税号{TAXID}
A: 好的 收到 电子发票开好后会上传到订单 您在订单详情下载
B: 多久能开
A: 确认收货后24小时内开出

@ lookalike_qr_on_product
B: 收到货了 盒子上有个二维码是干嘛的
A: 亲 那个是防伪码 扫了可以查真伪 是品牌官方的验证页面
B: 哦 不是让我加什么群的吧
A: 不是的 就是查真伪 您放心 我们不会让您加群
B: 好 扫了显示正品

@ lookalike_return_address
B: 退货地址是哪里
A: 您在订单页申请退货后 系统会自动显示退货地址 按那个寄就行
B: 我看到了 是广州白云区的那个仓库吧
A: 对的 寄回时把订单号写在纸条上放箱子里 方便仓库核对
B: 好

@ lookalike_ship_from
B: 你们哪里发货
A: 浙江义乌发货 江浙沪一般次日达
B: 我在新疆 包邮吗
A: 新疆需要补运费15 偏远地区快递成本高 望理解
B: 好吧 补就补吧

@ lookalike_tmall_store_mention
B: 你们是官方旗舰店吗
A: 是的亲 品牌官方旗舰店 正品保证
B: 我在品牌官网看到价格跟你们一样
A: 对的 线上线下同价 官网和旗舰店都是品牌直营
B: 那放心了

@ lookalike_bank_card_product
B: 这个卡包能放几张银行卡
A: 能放12张卡 还有一个放零钱的拉链位
B: 防盗刷吗
A: 有RFID屏蔽层 能防止别人近距离扫描银行卡信息
B: 挺好 买一个送我爸

@ lookalike_customer_phone_to_courier
B: 快递员说找不到地址 让我联系他
A: 亲 快递员会打您留的手机号 您留意一下来电
B: 他打了我没接到 我回他电话了
A: 好的 那应该没问题了 如果还有问题随时找我们
B: 嗯 已经拿到了

@ lookalike_platform_red_packet
B: 我看你们店铺有个红包 怎么领
A: 店铺首页顶部有个领券中心 点进去就能领平台红包和店铺券
B: 能叠加用吗
A: 平台红包和店铺券可以叠加 下单时自动选最优

@ lookalike_adult_toy_plain
B: 按摩器防水吗 能在浴室用吗
A: IPX7防水 可以在浴室用 但不要长时间泡水里
B: 充一次电用多久
A: 满电大概90分钟 磁吸充电
B: 发货是保密包装吧
A: 是的 保密包装 面单不显示商品名称

@ lookalike_pharmacy_prescription
B: 这个降压药要处方吗
A: 是处方药 需要您上传医生开的处方 或者平台问诊的医生开方
B: 我有医院开的单子
A: 拍照上传到订单页的处方栏 药师审核通过就发货
B: 好 我去传

@ lookalike_pharmacy_condom_lube
B: 润滑剂是水溶性的吗 能和安全套一起用吗
A: 是水溶性的 可以和乳胶安全套一起用 不会腐蚀
B: 有没有味道
A: 无色无味 也有草莓味的 在规格里选
B: 无味的就行

@ lookalike_pharmacy_pregnancy_test
B: 验孕棒测出来一深一浅是怀了吗
A: 亲 一深一浅一般提示弱阳性 建议隔两天用晨尿再测一次 或者去医院抽血查HCG更准
B: 好的 你们这个准不准
A: 准确率99% 但是测的时间太早会不准 最好同房后14天以后测
B: 明白了 再买两支

@ lookalike_order_address_update
B: 我想改一下收货地址 刚下的单
A: 可以的 还没发货 您发新地址给我 或者在订单页修改
B: 上海市浦东新区张江路{N3}号{N2}栋{N4}室 电话不变
A: 好的已修改 请您核对一下
B: 对的 没问题

@ lookalike_pickup_locker
B: 丰巢取件码是多少 短信找不到了
A: 您的取件码是{CODE6} 放在小区东门丰巢柜
B: 好的 谢谢啊
A: 不客气 超过18小时要收费哦 尽快取

@ lookalike_buyer_warns_others
B: 我上次在别的店被骗过 有人让我加微信说退双倍 你们这边不会这样吧
A: 亲 放心 我们所有退款都走平台 绝不会让您加微信
B: 那就好 现在骗子太多了
A: 是的 您有任何问题在这里找我们就行 客服在线时间9点到23点

@ lookalike_livestream_douyin_mention
B: 你们抖音上直播我看过 这里是同一家吗
A: 是的亲 我们在多个平台都有店 不过您在这里下单就在这里售后 不影响
B: 那这里买价格一样吗
A: 活动不同价格可能会有差别 这边现在有满减 算下来差不多

@ lookalike_wifi_router
B: 路由器支持用手机APP管理吗
A: 支持 下载品牌官方APP就能管理 也可以浏览器登录192.168.1.1
B: 穿墙怎么样
A: 三室两厅基本覆盖 隔两堵墙信号会弱一点 可以考虑mesh套装
B: 那我买两个组mesh

@ lookalike_game_card
B: 这个是switch的实体卡带吗
A: 是的 港版实体卡带 支持中文
B: 国行机能玩吗
A: 可以的 switch不锁区
B: 好的 拍了

@ lookalike_agent_refuses_visit
B: 你们有实体店吗 想看看实物
A: 亲 不好意思 我们是纯网店 没有线下门店 仓库也不对外
B: 那怎么知道颜色对不对
A: 我可以给您拍个自然光实拍视频 发在这里
B: 好 麻烦拍一下
A: 好的 稍等两分钟

@ v_payment_buyer_refused
B[payment]: 我直接转给你吧 你给我便宜20
A: 不行的亲 我们不接受私下转账 平台付款有保障
B: 那就不能便宜了？
A: 可以给您一张10元的店铺券 在平台付款的时候用
B: 行吧 也可以

@ v_fraud_buyer_asks_review_cash_refused
B[fraud]: 我给你好评 你能不能返我点钱
A: 不好意思亲 平台不允许好评返现 我们也不做这个
B[fraud]: 别的店都这样啊 返个三五块也行
A: 真的不行 违规的 您觉得好用再真实评价就好 谢谢您理解
B: 好吧

# ---------- part 3: acceptable, Traditional Chinese and English / mixed ----------
@ ok_tw_apparel
B: 請問這件洋裝有現貨嗎 我想要M號
A: 您好 M號目前有現貨喔 今天下單明天出貨
B: 寄台灣大概要幾天
A: 走集運的話大概7到10天 到了會通知您
B: 好的 那我先下單 謝謝
A: 不客氣 有問題隨時問我們 😊

@ ok_hk_cantonese_size
B: 呢對波鞋有冇43碼
A: 有呀 43碼仲有兩對
B: 偏唔偏細㗎 我平時著42半
A: 略略偏細少少 你著42半就揀43啱啱好
B: 好 咁我落單先
A: 收到 聽日寄出

@ ok_tw_skincare
B: 這瓶精華液敏感肌可以用嗎
A: 可以的 無酒精無香料 敏感肌也適用 建議先在耳後試用
B: 開封後可以放多久
A: 開封後建議6個月內用完 放陰涼處就好
B: 了解 那我買一瓶試試
A: 好的 感謝您的支持

@ ok_tw_scam_report
B: 剛剛有人打電話說是你們的客服 說我的訂單設定錯誤會被重複扣款
A: 您好 那不是我們 我們不會打電話說重複扣款
B: 他叫我去ATM操作解除分期
A: 千萬不要去 這是常見的詐騙手法 ATM沒有解除分期的功能
B: 好險 我先掛掉了
A: 做得很好 可以撥165反詐騙專線諮詢 訂單都正常 不用擔心

@ ok_hk_delivery_phone
B: 收件電話寫錯咗 改做{HKPH}
A: 好 收到 已經幫你改咗
B: 順豐站自取得唔得
A: 得 你喺訂單備註寫返順豐站編號就得
B: 唔該晒

@ ok_tw_tea
B: 這個凍頂烏龍是台灣的還是大陸的
A: 是台灣南投鹿谷的 有產地證明
B: 那價格有點高耶
A: 這款是比賽茶等級的 一般日常喝的可以看另一款 價格大概一半
B: 好 我兩種都看看
A: 需要的話我可以幫您比較兩款的口感

@ ok_hk_electronics
B: 呢部相機係咪行貨
A: 係香港行貨 有一年原廠保養
B: 有冇送記憶卡
A: 有送64G記憶卡同埋相機袋
B: 咁幾時有得寄
A: 今日落單 明日寄出 順豐到付或者包郵都得

@ ok_tw_civil_complaint
B: 我收到的杯子有破一個角 有點失望
A: 非常抱歉 可以拍張照片給我們嗎
B: 已經傳了 你看一下
A: 看到了 我們馬上幫您補寄一個新的 破的不用寄回
B: 好 謝謝你們處理這麼快

@ ok_tw_order_number
B: 我的訂單編號是{ORD} 想查一下出貨了沒
A: 查到了 昨天已經出貨 物流單號是{WB_SF}
B: 大概什麼時候會到
A: 預計後天 會有簡訊通知取件

@ ok_tw_baby
B: 奶瓶可以用消毒鍋嗎
A: 可以的 PPSU材質耐高溫 消毒鍋 蒸氣都沒問題
B: 新生兒用哪一種奶嘴
A: 新生兒用S號 圓孔 流量比較小
B: 好 那買兩個S號的

@ ok_hk_warning
A: 溫馨提示 本店唔會要求客人加WhatsApp或者私下過數 如有可疑請小心
B: 知道 我想問呢個電飯煲幾多人用
A: 3公升 大概三至五人用
B: 有冇煲仔飯功能
A: 有 有專門嘅煲仔飯模式

@ ok_tw_books
B: 請問有繁體版的嗎
A: 這本我們只有簡體版 不好意思
B: 沒關係 簡體我也看得懂
A: 好的 這本是精裝版 今天下單明天寄出
B: 謝謝

@ ok_tw_adult_plain
B: 請問情趣內衣尺寸怎麼選 我平常穿M
A: 這款是彈性布料 S到L都可以穿 M號的穿均碼就可以
B: 會透嗎
A: 是半透明蕾絲 裡面建議搭配襯墊 包裝是隱私包裝
B: 好 那我買黑色

@ ok_en_shoes
B: hi, do you ship to Malaysia?
A: Hi! Yes we ship to Malaysia via the platform's global shipping, around 7-12 days
B: ok. the sneakers run true to size?
A: They run slightly small, we suggest half a size up
B: I'm usually EU 41
A: Then go with 42 😊
B: great thanks

@ ok_en_order_track
B: Hello, my order number is {ORD}, any update?
A: Hi, it was shipped yesterday, tracking number {WB_YT}
B: when will it arrive?
A: Usually 3-5 days domestic, you can track it in the order page
B: cool, thx

@ ok_en_scam_report
B: someone messaged me on WhatsApp saying they're from your store and my refund needs a verification code
A: That's not us. We will never contact you on WhatsApp or ask for any code
B: they sent me a link too
A: Please don't click it and don't share any code. All refunds are handled only in this chat and on the order page
B: ok, I blocked them. thanks
A: Good call. You can also report the number to the platform

@ ok_en_mixed_size
B: 亲 这个hoodie size L 我180cm 75kg够吗
A: 够的亲 L码胸围120 oversize版型 您穿刚好宽松
B: 会缩水吗
A: 纯棉预缩过 冷水洗基本不缩 别烘干就行
B: ok 那拍灰色L
A: 收到 今天发

@ ok_en_electronics
B: Does this power bank work with iPhone 15?
A: Yes, it supports USB-C PD 20W fast charging
B: can I bring it on a plane?
A: Yes, it's 10000mAh (37Wh), below the 100Wh limit for carry-on
B: ok I'll take two
A: Great, they'll ship today

@ ok_en_mixed_cosmetics
B: 这个lipstick是哑光还是滋润的
A: 是satin质地 介于哑光和滋润之间 不拔干
B: 色号#520显白吗
A: 520是豆沙色 黄皮也显白 日常通勤很百搭
B: 好 buy一支试试
A: 😊 下单送小样

@ ok_en_warning
A: Friendly reminder: we never ask you to pay outside the platform or to add us on WeChat. Stay safe!
B: good to know. can you gift wrap this?
A: Sure, select "gift wrap" in the options, it's 5 yuan
B: done. thank you
A: You're welcome!

@ ok_en_return
B: I want to return the jacket, it's too big
A: No problem. Go to your order, tap "Return/Refund", choose "7-day no reason"
B: who pays the shipping?
A: You bought shipping insurance with the order, so the return fee will be covered
B: nice, doing it now

@ ok_en_pharmacy
B: Is this vitamin D3 1000IU or 2000IU?
A: It's 1000IU per softgel, one a day for adults
B: safe during breastfeeding?
A: Generally yes at this dose, but please check with your doctor to be sure
B: ok thanks for being honest
A: Of course!

@ ok_en_wechat_feature
B: Can this smart speaker play music from WeChat or QQ Music?
A: It supports QQ Music and NetEase Cloud Music apps directly, and bluetooth from any phone
B: what about voice control in English?
A: Voice commands are in Chinese only for now, sorry
B: no worries, bluetooth is fine for me

@ ok_en_mixed_delivery_phone
B: 收货电话change to {PH} please
A: 好的亲 已经修改 快递会call这个号码
B: thx, 顺便问下几点送
A: 快递一般下午2-6点派送
B: ok 👍

@ ok_en_mixed_tech
B: 这个SSD是TLC还是QLC的
A: TLC颗粒 有独立缓存 读写7000MB/s
B: 装PS5能用吗
A: 可以 PS5扩展要PCIe4.0 这个完全兼容 建议加个散热片
B: 散热片你们有卖吗
A: 有 店里9.9 一起下单一起发

@ ok_en_bulk
B: Hi, we're a cafe, need 2000 paper cups with logo. possible?
A: Yes, custom printing is available, MOQ is 1000 pcs
B: price per cup?
A: 12oz double wall with one-color logo: 0.45 yuan each, free proof design
B: lead time?
A: About 10 days after you confirm the design. Everything ordered through this store

@ ok_en_complaint_civil
B: Honestly I'm disappointed, the package arrived with the box crushed
A: I'm really sorry about that. Is the product inside damaged?
B: one corner of the frame is bent
A: Please send a photo here, we'll send a replacement right away, no need to return it
B: [image]
A: Got it, replacement will ship tomorrow. Sorry again for the trouble

@ ok_en_mixed_food
B: 这个coffee bean是深烘吗
A: 中深烘 有坚果和巧克力风味 适合做拿铁
B: 能帮磨粉吗 我用手冲
A: 可以的 下单备注手冲粗细 我们现磨
B: 好的 那就1磅 磨粉
A: 收到亲 烘焙后三天内发出 最新鲜

@ ok_en_pickup_code
B: The courier says it's in a locker, I don't have the code
A: The locker code is {CODE6}, at the north gate of your building
B: found it, thank you!
A: Enjoy! Let us know if anything's wrong with the item

@ ok_tw_shipping_fee
B: 運費怎麼算啊 好像比商品還貴
A: 抱歉 寄台灣的國際運費比較高 湊滿299可以免一部分運費
B: 那我再加一件
A: 好的 加購後運費會自動重新計算
B: 了解

@ ok_hk_tea_gift
B: 想送禮 普洱茶有冇禮盒
A: 有 有木盒裝 可以刻字
B: 刻字要幾耐
A: 大概三日 刻好就寄
B: 好 咁幫我刻 生日快樂 四個字

@ ok_tw_pet
B: 我家狗狗皮膚過敏 這款飼料可以嗎
A: 這款是低敏配方 單一蛋白質 很多過敏的狗狗吃了有改善
B: 要慢慢換嗎
A: 建議七天慢慢換 新舊混合 比例逐漸增加
B: 好 謝謝你很詳細

@ ok_en_adult_plain
B: is this massager body-safe silicone?
A: Yes, medical-grade silicone, phthalate-free, waterproof IPX7
B: discreet shipping?
A: Yes, plain box, the label just says "household items"
B: ok ordering

@ ok_en_platform_mention_neutral
B: I saw this same lamp on Amazon for $30, why is it more here?
A: Prices differ by market and shipping. Ours includes the EU plug adapter and a 2-year warranty
B: hmm fair enough, does it have a dimmer?
A: Yes, stepless dimming by touch
B: ok I'll get it here then

# ---------- part 4: more acceptable sessions ----------
@ ok_add_to_cart_wording
B: 我加购了三件 能一起算运费吗
A: 可以的亲 同一个店铺的商品一起结算 满59包邮
B: 现在是56
A: 再加个3块的发圈就够了 😂
B: 哈哈好 加了

@ ok_group_buy_pdd
B: 这个拼团还差一个人 能帮我成团吗
A: 亲 拼团是平台系统自动匹配的 您可以等一会 或者分享给朋友一起拼
B: 等了半小时了
A: 24小时内没成团会自动退款 也可以直接单独购买 差价3块
B: 那我单独买吧 急用

@ ok_quantity_numbers
B: 我要订校服 一共138套
A: 好的 尺码分布能发一下吗
B: 120码12套 130码30套 140码45套 150码36套 160码15套
A: 收到 合计138套 交期12天 开学前肯定能到
B: 价格能再优惠点吗 学校采购
A: 100套以上给您每套便宜5块 我这边改好价您再付款

@ ok_measure_curtain
B: 窗帘定做 窗户宽240 高260
A: 亲 建议宽度做成窗户的1.5到2倍褶皱比较好看 高度量从轨道到地面的距离
B: 轨道到地面是265
A: 那高度做263 离地2厘米 不拖地
B: 宽度做多少
A: 宽480 做两片 每片240 打孔款还是挂钩款
B: 挂钩的

@ ok_serial_number
B: 我的笔记本开不了机了 序列号是{N4}{CODE4}XK
A: 查到了 这台还在保修期内 您先长按电源键30秒试试
B: 还是不行
A: 那您申请售后寄修 我们出运费 维修中心检测后5-7天寄回
B: 数据会丢吗
A: 一般只修硬件不动数据 但保险起见有条件先备份 不行的话寄修时备注保留数据

@ ok_elderly_buyer_phone_order
B: 小伙子 我不会打字 让我孙女帮我打的 这个老人机声音大不大
A: 奶奶好 这个声音很大 还有收音机和手电筒 按键也大
B: 能不能插我原来的卡
A: 能的 普通大卡小卡都行 有卡托
B: 那就要一个红色的 地址还是我孙女填的那个
A: 好的 红色的今天发出 到了有什么不会用的随时问

@ ok_fruit_bad_reporting
B: 收到的榴莲壳裂开了 里面还行
A: 亲 我看一下照片 裂开是熟了自然开的 果肉没问题就不影响吃哦
B: 有点担心路上脏了
A: 理解 给您补偿15块 在这里给您发起小额打款 到账在您的平台余额里
B: 好的 那没问题
A: 🙏 祝您吃得开心

@ ok_custom_engraving
B: 刻字的打火机能刻英文吗
A: 可以的 英文数字中文都可以 最多12个字符
B: 刻 LOVE U 1314
A: 可以的 算上空格刚好10个字符
B: 字体能选吗
A: 有5种字体 详情页最后一张图 选好告诉我编号

@ ok_number_size_combo
B: 178 150
A: 亲 您是说身高178体重150斤对吧 这款选XL合适
B: 对 肚子有点大
A: 那XL刚好 这款有弹力 不会紧绷
B: 行

@ ok_pharmacy_cold
B: 孩子发烧38度5 你们卖的退烧贴有用吗
A: 退烧贴只能物理降温辅助 38.5以上建议按说明书给退烧药 持续不退请及时就医
B: 孩子4岁 吃哪个
A: 儿童可以用布洛芬混悬液或对乙酰氨基酚 按体重给药 具体请咨询医生或药师
B: 好的 我先买退烧贴和美林
A: 好的 下单后仓库优先处理 加急发出

@ ok_pharmacy_contraceptive
B: 紧急避孕药多久内吃有效
A: 一般72小时内 越早吃效果越好 具体看说明书
B: 会有副作用吗
A: 可能有恶心 月经提前或推后 一年内不建议多次服用 常规避孕还是建议其他方式
B: 好的 谢谢你说得这么清楚
A: 应该的 有需要可以咨询平台的在线药师

@ ok_adult_lingerie
B: 这套睡衣会透吗 我想买来穿着舒服的
A: 这款是真丝的 浅色会有一点透 深色不透
B: 那买酒红色的 M码
A: 好的 M码适合100-115斤
B: 正好

@ ok_sports_shoes_running
B: 我扁平足 跑步鞋推荐哪双
A: 扁平足建议选稳定型 这款有足弓支撑 防过度内旋
B: 跑半马可以吗
A: 可以 中底缓震好 很多跑友用它跑半马全马
B: 尺码偏大吗
A: 正常码 按平时跑鞋码数买就行

@ ok_tutoring_materials
B: 这套五年级数学练习册是人教版的吗
A: 是人教版 同步练习 每课一练 带答案
B: 答案能撕下来吗 怕孩子抄
A: 答案是单独一册 可以收起来
B: 哈哈好 那买上下册

@ ok_cashback_platform_rule
B: 你们有没有晒单返现
A: 亲 没有的 平台规定不能返现
B: 那有什么活动吗
A: 现在店铺会员有积分 下次购物可以抵扣 这个是平台内的会员权益
B: 哦 那我入会

@ ok_camera_rental_deposit
B: 租相机要押金吗
A: 亲 芝麻信用分够的话可以免押 不够的话押金在平台冻结 归还后自动解冻
B: 押金多少
A: 这台是3000 但大部分人都能免押
B: 那我试试下单看看

@ ok_spare_part
B: 我的电饭煲内胆坏了 能单独买内胆吗
A: 可以的 您是哪个型号
B: MB-FB40{N2}
A: 有 4升的 不粘涂层 79元
B: 好 能发顺丰吗
A: 可以 补运费差价后发顺丰

@ ok_flowers_message
B: 我想订束花送我妈 她在医院
A: 亲 医院探望建议不送香味太浓的 百合就不太合适 可以选康乃馨或向日葵
B: 那向日葵吧
A: 好的 收花人电话和病房号记得写在地址里 快递员送到护士站也可以
B: 明白了 谢谢你想得周到

@ ok_digital_code_product
B: 我买的视频会员卡密怎么用
A: 亲 卡密已经在订单详情里了 打开视频APP 我的-兑换 输入卡密就行
B: 输入了说无效
A: 您截个图我看看 可能是输入时多了空格
B: 是多了空格 好了
A: 👍 祝您追剧愉快

@ ok_game_topup
B: 游戏充值需要给你账号密码吗
A: 不需要密码的亲 只需要您的游戏ID和区服
B: ID {N4}{N3} 区服是安卓微信区
A: 好的 10分钟内到账 到账后在这里跟您确认
B: 收到了 谢谢

@ ok_electric_bike
B: 电动车能送到家吗
A: 物流送到您当地的物流点 需要自提 或者加送货上门费用
B: 送货上门多少钱
A: 30元 我在订单里给您补上 师傅会提前打电话
B: 那加上吧

@ ok_fridge_install
B: 冰箱送到以后要放多久才能通电
A: 建议静置4-6小时再通电 运输时压缩机油需要回流
B: 那第一次要不要空着运行
A: 通电后空着运行两小时 温度降下来再放东西
B: 好的 记住了

@ ok_cross_border_tax
B: 海外直邮要交税吗
A: 亲 跨境订单的税费已经包含在商品价格里了 下单时系统会显示
B: 要实名认证吗
A: 需要的 海关规定跨境订单要填身份证信息 在平台的实名认证页面填写就行
B: 好的

@ ok_furniture_color_diff
B: 收到的桌子颜色比图片深好多
A: 亲 能拍个照片对比一下吗
B: [图片] 你看 图上是浅木色 这个都快成胡桃色了
A: 确实有色差 抱歉 您可以选择退货 运费我们出 或者不退给您补偿50
B: 我考虑下 其实也还能用
A: 好的 不着急 想好了告诉我

@ ok_anti_fake_explained
B: 这个香水是正品吗 有人说网上都是假的
A: 亲 我们是品牌授权店 每瓶有防伪码 支持专柜验货 假一赔十
B: 怎么验
A: 瓶底有批次号 和外盒的批次号一致 也可以拿到专柜鉴定
B: 好 那我买一瓶

@ ok_baby_clothes
B: 宝宝8个月 73码还是80码
A: 8个月一般73码 长得快的话买80码能多穿一阵
B: 他挺胖的 20斤
A: 那建议80码 连体衣不会紧
B: 好的 那就80

@ ok_cat_litter
B: 豆腐猫砂能冲马桶吗
A: 可以冲 少量多次冲 一次别冲太多 以免堵
B: 结团快吗
A: 遇水2秒结团 不粘底
B: 三包起买有优惠吗
A: 三包装比单包便宜12 规格里选三包装就行

@ ok_sim_card
B: 流量卡是正规的吗
A: 是三大运营商正规卡 需要实名认证 激活用运营商官方的流程
B: 每月多少钱
A: 29元100G通用流量 首月免费
B: 有合约期吗
A: 没有合约期 随时可以注销

@ ok_printing_service
B: 我要打印毕业论文 80页 双面 胶装
A: 好的 把PDF文件在这里直接发给我就行
B: [文件]
A: 收到了 黑白双面80页 胶装 一份32元 要几份
B: 三份 明天能寄出吗
A: 可以 今天下午打好 明天一早发

@ ok_bike_assembly
B: 自行车收到要自己装吗
A: 95%已组装 只需装车把和脚踏 附工具和视频
B: 脚踏左右有区别吗
A: 有的 左边是反螺纹 逆时针拧紧 上面标了L和R
B: 哦 原来是这样 我刚才一直拧不进去
A: 哈哈很多人都会卡在这一步 装好骑行愉快

@ ok_tea_water_temp
B: 白茶用多少度水泡
A: 白毫银针85度左右 寿眉可以用100度 也可以煮
B: 我这饼是寿眉吧
A: 是的 2018年的老寿眉 煮着喝枣香很明显
B: 那我试试煮

@ ok_wig
B: 假发能烫染吗
A: 这款是真人发 可以烫染 但建议找专业理发师
B: 戴久了会不会闷
A: 网底是透气的 夏天也还好
B: 有没有教怎么戴的视频
A: 详情页有 佩戴视频和日常打理方法

@ ok_rope_climbing
B: 攀岩绳能承重多少
A: 这款是动力绳 UIAA认证 冲坠次数8次 抗拉强度22kN
B: 60米够用吗
A: 室内岩馆够了 野外运动攀60米也够大部分线路
B: 好的

@ ok_car_seat
B: 安全座椅能装在副驾吗
A: 不建议 安全气囊弹出会伤到孩子 最好装在后排
B: 我车没有isofix
A: 这款支持安全带固定 详情页有安装图
B: 明白了

@ ok_cosmetic_allergy
B: 用了你们的面霜脸有点红
A: 亲 请先停用 用清水洗一下 如果持续发红或者痒建议就医
B: 已经停了 好点了
A: 那就好 可能是对某个成分敏感 可以申请退款 我们不需要您寄回
B: 好的 谢谢理解

@ ok_piano
B: 电钢琴有重锤吗
A: 88键全配重锤 有三踏板
B: 初学者用这个可以吗
A: 完全可以 还有教学模式 连手机APP可以跟着学
B: 能送货上门吗 比较重
A: 送货上门 师傅帮忙安装好支架

@ ok_mold_cake_tools
B: 烘焙模具是不粘的吗
A: 是的 不粘涂层 第一次用前刷层油
B: 能放洗碗机吗
A: 建议手洗 洗碗机会损伤涂层
B: 好的

@ ok_phone_screen_protector
B: 贴膜会有白边吗
A: 这款是全覆盖 曲面屏也不会白边
B: 送贴膜神器吗
A: 送的 还有除尘贴和酒精包 新手也能贴好
B: 好 那拍两片装

@ ok_order_cancel
B: 不小心拍错了 能取消吗
A: 可以的 还没发货 您在订单页申请退款 我马上同意
B: 申请了
A: 已同意 钱会原路退回
B: 谢谢
A: 不客气 需要重新下单的话记得选对规格哦

@ ok_winter_coat
B: 零下二十度穿这个够吗 我在哈尔滨
A: 这款充绒量280克 90白鸭绒 零下20度里面穿个毛衣够了
B: 长度到膝盖吗
A: 160的到膝盖下面一点 170的到膝盖
B: 好的 那买黑色L

@ ok_blanket_price
B: 这个毛毯昨天还卖129 今天怎么涨到159了
A: 抱歉亲 昨天是限时活动价 今天恢复原价了
B: 有点不爽 早知道昨天买了
A: 理解您 给您一张20的券 算下来139 算是补偿一部分
B: 好吧 那我用券买

@ ok_water_purifier
B: 净水器的滤芯多久换一次
A: PP棉6个月 活性炭12个月 RO膜24个月 机器会提醒
B: 滤芯贵吗
A: 一套年度滤芯168 店里有单卖
B: 好 安装呢
A: 免费上门安装 下单后售后会联系预约时间

@ ok_hair_dryer
B: 吹风机功率多少 宿舍能用吗
A: 1800W 大部分宿舍限功率的话会跳闸 建议您先问下宿舍限制
B: 我们限1000W
A: 那推荐这款800W的旅行款 宿舍能用 风力小一点
B: 好的 那买旅行款

@ ok_wholesale_moq
B: 发夹批发最少要多少个
A: 一款起批50个 可以混色
B: 我开饰品店的 长期拿货有优惠吗
A: 有的 累计满5000以后给您会员价 都在店铺里下单就行
B: 好 先拿几款试试

@ ok_sofa_measure
B: 沙发能进电梯吗 电梯门宽90
A: 这款沙发是可拆扶手的 拆完最宽85 能进
B: 那高度呢
A: 高度是82 没问题
B: 好 放心了

@ ok_blind_box
B: 盲盒能指定款吗
A: 盲盒不能指定哦 整盒12个不重复
B: 那我买整盒
A: 整盒有隐藏款的概率 祝您好运 😄

@ ok_lost_parcel_platform
B: 快递显示签收了但是我没收到
A: 亲 我这边先联系快递核实 麻烦您问一下家人或者门卫有没有代收
B: 问了都没有
A: 好的 我们这边给您发起快递丢件核查 核实后直接补发 不用担心
B: 大概多久
A: 一般两个工作日内有结果 我会在这里通知您

@ ok_exchange_color
B: 我想把白色换成黑色 还没发货
A: 可以的 我这边直接给您改成黑色 您不用重新拍
B: 好的 谢谢
A: 改好了 订单里显示黑色 今天下午发

@ ok_civil_complaint_cs_slow
B: 客服回复能不能快一点 我问了半小时才回
A: 非常抱歉亲 刚才咨询量大 让您久等了
B: 我就想问一下这个锅能不能用电磁炉
A: 可以的 复底设计 电磁炉燃气灶都能用
B: 好吧 那就下单了 以后回复快点哈
A: 一定 谢谢您的耐心

@ ok_check_receipt
B: 能给个购物小票吗 公司报销要
A: 亲 可以开电子发票 比小票更规范 在订单页申请就行
B: 个人抬头可以吗
A: 可以的 个人或公司都行
B: 好的

@ ok_pillow
B: 乳胶枕头有味道吗
A: 天然乳胶会有一点点乳胶味 放通风处几天就淡了
B: 侧睡用哪个高度
A: 侧睡选12厘米的高款 仰睡选10厘米
B: 我侧睡 拿12的

# ---------- part 5: acceptable, agent-initiated and hard look-alikes ----------
@ ok_agent_address_confirm
A: 亲 您好 您的订单收货地址写的是 XX小区 没有门牌号 麻烦补充一下
B: 哦忘写了 {N2}栋{N4}
A: 好的 已经备注 {N2}栋{N4} 电话还是尾号{PH4}的对吧
B: 对
A: 好的 今天下午发出

@ ok_agent_stock_out
A: 亲 非常抱歉 您拍的蓝色S码刚好断货了 补货要等7天
B: 啊 那还有别的颜色吗
A: 白色和灰色S码都有现货 或者您愿意等蓝色也可以
B: 那换白色吧
A: 好的 已经帮您改了 今天发货 给您备注了小礼物表示歉意

@ ok_agent_remote_area
A: 亲 您的地址在西藏 快递只能到县城 需要您去县城自提 可以吗
B: 可以 我每周都去县城
A: 好的 快递到了会打您留的电话 请保持畅通
B: 好

@ ok_agent_logistics_delay_notice
A: 亲 很抱歉通知您 因为暴雨 您所在地区的快递暂停派送两天
B: 啊 那我的东西不会坏吧 是水果
A: 我们包装有冰袋 两天内问题不大 如果到手有坏的 拍照给我们 全额补偿
B: 好 那只能等了
A: 辛苦您理解 有进展第一时间告诉您

@ ok_agent_review_request_clean
A: 亲 看到您已经签收 用着还满意吗
B: 挺好的 就是有点小
A: 如果尺寸不合适七天内都可以换 有需要随时找我哦
B: 不用换了 挺好看的
A: 谢谢亲 方便的话可以分享一下真实的使用感受 不方便也没关系

@ ok_agent_verify_owner
A: 亲 您申请了修改收货人 为了安全 麻烦说一下原订单的收货人姓氏和手机后四位
B: 姓刘 {PH4}
A: 核对无误 已经修改成新的收货人
B: 好的 谢谢

@ ok_buyer_phone_for_installer
B: 装空调的师傅什么时候来 我白天上班
A: 亲 师傅会提前一天打电话跟您约时间 您订单留的电话是本人的吗
B: 不是 是我老婆的 你让师傅打这个吧 {PH}
A: 好的 已经把{PH}备注给安装师傅 他会打这个号约时间
B: 行 辛苦

@ ok_scam_report_paid_review
B: 有人给我发短信说给你们店好评可以返30 发了个链接 是你们吗
A: 不是我们 我们不做好评返现 也不会发短信链接
B: 那我就不理了
A: 对的 这种多半是钓鱼链接 请别点 谢谢您来确认

@ ok_scam_report_impersonate_courier
B: 有个自称顺丰快递的人说我的包裹里查到违禁品 让我配合调查
A: 亲 您的包裹是普通的衣服 不可能有违禁品 这是诈骗
B: 他说要转到安全账户
A: 千万不要转账 公安和快递都不会让您转钱到所谓安全账户 建议拨打96110反诈专线
B: 好的 我挂了 谢谢提醒

@ ok_scam_report_fake_refund_call
B: 我今天接到电话 对方准确说出了我的订单号和买的东西 说要给我理赔
A: 亲 可能是信息被泄露了 我们非常抱歉 但我们没有打过电话
B: 那他说的理赔是假的吧
A: 是假的 任何理赔只会在这里或者订单页看到 对方让您下载APP或者共享屏幕的都是骗局
B: 他确实让我下一个会议软件
A: 那就更确定是诈骗了 千万别下载 我们这边也会向平台反馈

@ v_contact_buyer_asks_wechat_refused
B[contact]: 你们有微信吗 想以后直接找你买
A: 不好意思亲 我们只在平台接待 以后直接在店铺下单就行 收藏一下店铺方便找
B: 好吧 那我收藏了
A: 谢谢亲 上新会在店铺首页通知

@ ok_product_link_platform_card
B: 你说的那个款是哪个 发我看看
A: [商品卡片] 就是这款 加厚版 比您看的那款多一层棉
B: 这个价格贵了10块
A: 对 但是保暖很多 北方的买家基本都选这个
B: 那就这个吧

@ ok_platform_coupon_code
B: 有没有优惠码
A: 亲 我们店的优惠券在商品页直接领 不需要输码
B: 领到了 满200减20
A: 对的 结算的时候自动抵扣
B: {OK}

@ ok_order_and_phone_mix
B: 我昨天买了两单 一单是{ORD} 还有一单是{ORD2} 能合并发吗
A: 可以的亲 两单地址一样 我给您合并成一个包裹
B: 收货手机号是{PH}这个没错吧
A: 对的 两单都是这个号码
B: 好嘞 那合并吧

@ ok_big_numbers_pricing
B: 你们这个钢管 4米的多少钱一根
A: 4米的直径48 壁厚3.0的 一根86
B: 要300根
A: 300根的话按吨算更划算 我算一下 大概是5.2吨 每吨价格可以给您优惠
B: 那你算个总价给我
A: 300根总价24360 含运费送到工地 我这边改价 您确认下订单就行

@ ok_two_numbers_size_shoes
B: 脚长25.5 脚宽10
A: 亲 脚长25.5建议40码 脚宽10偏宽 建议选41码更舒服
B: 41会不会大
A: 这双鞋楦比较窄 41码刚好
B: 那41

@ ok_app_feature_scale
B: 这个体脂秤要下载APP吗
A: 不用APP也能称体重 要看体脂等数据需要连品牌APP 蓝牙连接
B: 连微信运动吗
A: 可以同步到微信运动和苹果健康
B: 不错

@ ok_app_feature_lock
B: 智能门锁能用手机开吗
A: 能 用品牌APP远程开锁 还支持指纹 密码 卡片
B: 会不会被黑
A: 通信是加密的 也可以关掉远程开锁功能 只用指纹
B: 那挺好 装的时候要改门吗
A: 标准锁体不需要改 师傅上门量一下就知道

@ ok_app_feature_printer
B: 这个打印机能用手机打印吗
A: 能 支持wifi直连 手机装官方打印APP或者微信小程序都能打
B: 我家老人用 会不会太复杂
A: 也可以直接插U盘打印 很简单
B: 那好 买一台

@ ok_app_feature_car_dashcam
B: 行车记录仪可以在手机上看视频吗
A: 可以 wifi连接手机 在APP里回放和下载
B: 存储卡要自己买吗
A: 送64G高速卡 可以循环录
B: 好的

@ ok_scam_warning_packaging
B: 你们包裹里有张卡片说扫码领红包 是你们放的吗
A: 亲 我们包裹里只有发货单和售后卡 没有扫码领红包的卡片
B: 那这张是哪来的
A: 可能是快递中转时被人塞的 建议不要扫 直接扔掉 方便的话拍个照给我们 我们反馈给快递公司
B: [图片]
A: 收到 确实不是我们的 谢谢您提醒 我们会跟进

@ ok_return_waybill_pieces
B: 退货单号{WB_YD}
A: 收到 韵达的 我们查一下物流
B: 今天刚寄的 可能还没更新
A: 好的 明天应该就有轨迹了 收到后尽快给您退款
B: 好

@ ok_jd_express_name
B: 你们发的是京东快递吧 怎么我这显示德邦
A: 亲 大件商品走的是德邦物流 京东快递只发小件
B: 哦 德邦送货上楼吗
A: 德邦大件送货上楼 不额外收费
B: 那就好

@ ok_taobao_name_neutral
B: 我以前在淘宝买过你们家的 这是同一个老板吗
A: 是的亲 我们这个店是新开的 跟那边是同一个品牌方
B: 那这边售后一样吗
A: 在哪边买就在哪边售后 这边买的找我就好
B: 好的

@ ok_bank_statement_product
B: 这个记账本有没有银行流水那种表格
A: 有的 每月有收支明细页 还有储蓄计划页
B: 适合学生吗
A: 很适合 很多学生买来记生活费
B: 好 来一本

@ ok_camera_address_neutral
B: 你们从哪里发货
A: 深圳发 广东省内次日达
B: 能自提吗 我就在深圳
A: 不好意思 我们没有自提点 只能发快递 深圳同城今天发明天到
B: 好吧 那就快递

@ ok_gift_buyer_address_to_friend
B: 这个我要寄给朋友 地址跟我的不一样
A: 可以的 下单的时候新增一个收货地址 填朋友的就行
B: 要不要写送礼
A: 可以备注不放价格单 我们会照做
B: 好 那帮我备注不放单据

@ ok_pharmacy_blood_sugar
B: 血糖仪的试纸是通用的吗
A: 不通用的 只能用同品牌同型号的试纸
B: 试纸一盒多少条
A: 50条 加50支采血针
B: 买一台送试纸吗
A: 送一盒50条 用完可以单独买

@ ok_pharmacy_vision
B: 隐形眼镜度数跟框架眼镜一样吗
A: 400度以下基本一样 400以上要换算 一般会低一点
B: 我框架是450
A: 隐形大概选425 如果不确定建议去眼科验光
B: 好 那我先去验光

@ ok_adult_sexual_health_book
B: 这本性教育的书适合几岁孩子看
A: 这本适合6到10岁 用绘本讲身体界限和保护自己
B: 会不会讲得太直白
A: 用词很科学也很温和 很多学校推荐家长和孩子一起读
B: 好 买一本

@ ok_adult_product_question_female
B: 请问你们的卫生巾有无香型吗
A: 有的 全系列都是无香 无荧光剂
B: 夜用的多长
A: 夜用有36cm和42cm的 42的是安睡裤款
B: 那来两包36的

@ ok_medical_device_rental
B: 轮椅可以折叠放后备箱吗
A: 可以的 折叠后宽度30cm 一般轿车后备箱都放得下
B: 多重
A: 铝合金款13公斤
B: 好 能开发票吗 要报销
A: 可以 电子发票在订单页申请

@ ok_handmade_jewelry
B: 这个手链是纯银的吗
A: 是S925银 有银饰鉴定证书
B: 会过敏吗
A: 925银一般不会过敏 除非对银本身过敏
B: 戴着洗澡会变黑吗
A: 长时间接触硫化物会氧化变黑 用擦银布擦一下就亮了

@ ok_wholesale_snacks_shelf
B: 我开小卖部的 辣条一箱多少包
A: 一箱60包 批发价一包0.75 零售建议1块
B: 保质期呢
A: 6个月 发的都是本月新生产的
B: 先拿五箱
A: 好的 5箱合计225 包邮

@ ok_engineer_parts_serial
B: 需要这个轴承 型号6205-2RS 要20个
A: 有现货 6205-2RS 两面胶封 一个8.5
B: 是哪个牌子的
A: 国产哈瓦洛 也有进口的SKF 一个45
B: 国产的就行
A: 好的 20个170元 今天发

@ ok_agent_check_quantity
A: 亲 您拍了10件 是要10件吗 怕您手滑
B: 对的 10件 单位发福利的
A: 好的 需要的话可以帮您单独包装
B: 不用了 一起装就行
A: {OK}

@ ok_livestream_gift
B: 直播间说买二送一 怎么送
A: 亲 拍两件 赠品会自动加到订单里 在订单详情能看到
B: 我看到了 是个小样
A: 对的 正装小样 和主播说的一样
B: 好

# ---------- part 6: acceptable, look-alikes per category ----------
@ lookalike_political_history_book
B: 《明朝那些事儿》是全套的吗
A: 是的 全套7册 最新修订版
B: 孩子初中能看吗
A: 可以的 写得很通俗 很多中学生都喜欢
B: 好 再加一本《万历十五年》
A: 有的 一起发

@ lookalike_political_national_day_shipping
B: 国庆放假你们发货吗
A: 10月1号到3号休息 4号开始正常发货
B: 那我30号下单能发吗
A: 30号下午4点前下单当天发
B: {OK}

@ lookalike_political_flag_product
B: 国旗有大号的吗 学校升旗用
A: 有的 1号旗288x192cm 国标尺寸
B: 质量好不好 别掉色
A: 纳米防水面料 户外用一年不掉色
B: 要两面

@ lookalike_political_history_doc
B: 这套《抗日战争史》是哪个出版社
A: 人民出版社出版的 三卷本
B: 送爷爷的 他是老兵
A: 致敬老人家 我们给您加个礼品包装 不收费
B: 太感谢了

@ lookalike_political_red_tourism
B: 井冈山红色研学营的报名名额还有吗
A: 还有15个名额 5天4晚 含食宿和讲解
B: 小孩12岁能参加吗
A: 10到16岁都可以 有带队老师
B: 好 报一个

@ lookalike_abuse_word_product
B: 有没有那种“老子最帅”的T恤 我弟要
A: 有的 搞笑文字款 好几种字都有
B: 哈哈 还有“别惹我”的吗
A: 有 黑底白字 M到3XL
B: 各来一件

@ lookalike_abuse_civil_angry
B: 我真的很生气 第三次发错颜色了
A: 非常抱歉亲 这次是仓库拣货出错 我们马上处理
B: 你们能不能认真点 每次都要我来回折腾
A: 您说得对 给您补发正确颜色 错发的那件送您了 再补偿20元
B: 希望下次别再这样了
A: 一定会 已经反馈给仓库主管

@ lookalike_abuse_dialect_friendly
B: 哎呀妈呀 这大米真好吃 俺家老头子吃了三碗
A: 哈哈 谢谢大姐 东北新米就是香
B: 再整两袋 给俺闺女也寄一袋
A: 好嘞 两个地址分开下单就行

@ lookalike_obscene_medical_plain
B: 我老公前列腺有点问题 这个理疗仪有用吗
A: 这个是辅助理疗的 有医疗器械注册证 具体还是要遵医嘱
B: 怎么用
A: 每天一次 每次20分钟 说明书有详细步骤
B: 好的

@ lookalike_obscene_breastfeeding
B: 吸奶器是双边的吗 我涨奶很厉害
A: 是双边电动的 9档吸力 可以调节
B: 会不会疼
A: 有按摩模式 从低档开始用就不会疼 喇叭罩有24和27两种尺寸
B: 我乳头直径大概2厘米
A: 那用24mm的喇叭罩合适

@ lookalike_obscene_sex_ed_toy_plain
B: 跳蛋是静音的吗 我跟室友住
A: 静音设计 低档基本听不到 高档大概40分贝
B: 能用多久
A: 充满电用1小时左右 USB充电
B: 好 那要粉色的

@ lookalike_obscene_underwear_return
B: 内裤能退吗 尺码买错了
A: 亲 贴身衣物拆封后按规定不支持退换 没拆封的可以退
B: 还没拆
A: 那可以 在订单页申请七天无理由就行
B: 好的

@ lookalike_fraud_agent_explains_no_brushing
B: 我朋友说有人找他帮你们店刷单 是真的吗
A: 不是我们 我们店从来不刷单 这是违法的
B: 他们说先垫钱 然后返佣金
A: 这就是刷单诈骗 垫了钱就拿不回来了 让您朋友千万别做
B: 好 我跟他说

@ lookalike_fraud_platform_compensation
B: 快递压坏了 能赔吗
A: 可以的 平台有破损补偿 您在订单页申请售后 选商品破损
B: 要填银行卡吗
A: 不用 补偿直接原路退回 不需要任何卡号和验证码
B: 好的

@ lookalike_fraud_verification_code_warning
B: 有人找我要验证码 说是你们店的活动
A: 我们任何活动都不需要您提供验证码 验证码千万不要告诉任何人
B: 他还知道我的名字
A: 可能是信息泄露 建议您修改密码 并向平台举报这个人
B: 好的 已经拉黑了

@ lookalike_spam_store_own_promo
A: 亲 本店双十一活动 全场满300减50 还有前100名送保温杯
B: 我看的那个锅参加吗
A: 参加的 原价399 用满减349 还能叠加平台券
B: 那挺划算 什么时候开始
A: 11号零点开始 可以先加购物车

@ lookalike_spam_new_arrival
A: 亲 您之前看过的那款风衣到货了 米色M码有库存
B: 哦 好的 我去看看
A: 现在上新有9折 三天内有效
B: 好 我下单

@ lookalike_spam_membership
B: 你们店有会员吗
A: 有的 在店铺首页点入会 免费的 积分可以换礼品
B: 有什么福利
A: 生日月9折 每月一张无门槛券
B: 好 那入一个

@ lookalike_link_platform_card
B: 你刚说的那款在哪
A: [商品链接卡片] 就是这个 点进去是我们店的商品页
B: 看到了 这个多少钱
A: 到手价129

@ lookalike_link_order_page
B: 怎么申请退款
A: 打开订单详情 点右下角的申请退款 选择原因提交就行
B: 原因选什么
A: 选不想要了 或者尺码不合适都可以
B: 好

@ lookalike_address_ship_from_city
B: 你们是在哪个城市 我想知道几天能到
A: 我们在福建泉州发货 到北京大概3天
B: 能发顺丰吗
A: 可以 补运费后顺丰两天到

@ lookalike_address_buyer_full
B: 地址填错了 应该是 广州市天河区体育西路{N3}号{N2}楼{N4}
A: 好的 已经帮您改了
B: 收件人也换一下 写我同事
A: 收件人名字和电话发我一下
B: 陈小姐 {PH}
A: 已修改 明天发出

@ lookalike_payment_price_change
B: 我要两件 能便宜一点吗
A: 两件可以减10块 您先拍下别付款 我给您改价
B: 拍了
A: 改好了 刷新一下付款就行
B: 好的 付了

@ lookalike_payment_huabei
B: 能用花呗吗
A: 可以的 结算的时候选择花呗 支持3期免息
B: 信用卡呢
A: 也支持 平台的收银台都可以选
B: 好

@ lookalike_payment_compensation_platform
B: 我收到少了一个配件
A: 抱歉亲 给您补发一个 或者补偿15元
B: 补偿吧
A: 好的 我在后台给您发起补偿 原路到您的账户 不需要您提供任何信息
B: 收到了 谢谢

@ lookalike_contact_product_wechat_mini
B: 这个奶茶机能用微信点单吗
A: 这个是商用奶茶机 本身没有点单功能 需要您自己配收银系统
B: 哦 那做多少杯一小时
A: 一小时能做120杯左右
B: 好 我再考虑

@ lookalike_contact_delivery_change
B: 收件电话改成我老公的 {PH}
A: 好的 已修改收件电话
B: 送货前让快递打个电话
A: 已备注送货前电话联系

@ lookalike_platform_buyer_compares
B: 我在京东看到同款 便宜了20
A: 亲 京东那边可能是活动价 我们这边可以给您一张15的券 差不多
B: 那你们跟京东的是一样的货吗
A: 都是品牌正品 我们是授权店 您在哪边买都可以 在这边买我们负责售后
B: 好吧 那就这里买

@ lookalike_platform_buyer_mentions_xianyu
B: 这个耳机我用了一周 不想要了 能退吗
A: 亲 七天内没有损坏可以退 您在订单页申请就行
B: 算了 其实也不坏 我挂闲鱼卖掉吧
A: 也行 您自己决定 有问题随时找我们

@ lookalike_tw_address_ship
B: 請問從哪裡出貨
A: 從廣東出貨 到台灣走集運 大約一週
B: 可以寄到7-11嗎
A: 可以 選超商取貨 填門市名稱就好
B: 好的

@ lookalike_hk_scam_report
B: 有人send WhatsApp俾我 話係你哋客服 叫我click條link退錢
A: 唔係我哋 我哋唔會用WhatsApp聯絡客人 千祈唔好click
B: 好彩我問咗先
A: 係呀 所有退款都喺平台處理 如果有懷疑可以報警或者打防騙易熱線18222
B: 明白 唔該晒

# ---------- part 7: acceptable, English and mixed ----------
@ ok_en_size_chart_dress
B: Hi! What size should I get? I'm 5'4" and about 120 lbs
A: Hi there, that's about 163cm / 54kg, size S would fit you well
B: is the fabric stretchy?
A: A little, it's 95% cotton and 5% spandex
B: perfect, ordering the green one
A: Great choice! Ships within 48 hours

@ ok_en_customs_question
B: will I need to pay import tax in Singapore?
A: Orders under 400 SGD are usually tax-free, the price shown already includes handling
B: and how long?
A: About 6-9 days via the platform's standard shipping
B: ok cool

@ ok_en_vegan_cosmetics
B: is this mascara vegan and cruelty-free?
A: Yes, no animal ingredients and not tested on animals
B: waterproof?
A: Water-resistant, it comes off with warm water, no makeup remover needed
B: love that, adding to cart

@ ok_en_damaged_item
B: my mug arrived cracked :(
A: Oh no, sorry! Could you share a photo here?
B: [photo]
A: Thanks. We'll refund it right away through the order, no need to send it back
B: that was quick, thank you
A: Sorry again for the hassle!

@ ok_en_battery_laptop
B: Does this laptop battery fit a ThinkPad T480?
A: Yes, it's the 61++ external battery for T470/T480
B: original or compatible?
A: Compatible, grade-A cells, 12-month warranty
B: ok, does it ship with the screwdriver?
A: The external battery doesn't need tools, it just clips in

@ ok_en_order_number_wrong_item
B: Order {ORD} — I got a blue shirt but I ordered grey
A: Sorry about that! I can see the mistake. We'll send the grey one today
B: do I need to return the blue?
A: Please return it using the free return label in your order page, no cost to you
B: alright

@ ok_en_waybill
B: can you give me the tracking number?
A: Sure, it's {WB_SF} (SF Express)
B: thanks, where can I track it?
A: Right in the order page under "logistics", it updates every few hours

@ ok_en_warning_received
B: someone on Telegram says they can give me a 50% coupon for your store if I pay them first
A: That's a scam. We don't sell coupons outside the platform, all our coupons are free on the store page
B: figured. thanks
A: Thanks for checking with us!

@ ok_en_delivery_phone
B: please update the recipient phone to {PH}, the old one is my work phone
A: Updated! The courier will call {PH}
B: thank u
A: You're welcome, it should arrive tomorrow afternoon

@ ok_en_gift_message
B: can I add a gift note?
A: Yes, write it in the order remarks and we'll print it on a card
B: "Happy birthday Mom, love you" is that ok?
A: Perfect. No prices will be included in the package
B: great

@ ok_en_refund_time
B: It's been 5 days and no refund yet
A: Sorry for the wait. The warehouse confirmed receipt today, the refund has been issued
B: when will I see it?
A: It goes back to your original payment method, usually within 1-3 business days
B: ok, I'll keep an eye on it

@ ok_en_wechat_pay_question
B: can I pay with WeChat Pay? I don't have Alipay
A: Yes, the platform checkout supports WeChat Pay and bank cards
B: and foreign credit cards?
A: Visa and Mastercard are supported too
B: great thanks

@ ok_en_app_feature_camera
B: does this security camera work with the app on iPhone?
A: Yes, there's an official iOS and Android app, you can watch live video and get motion alerts
B: cloud storage required?
A: No, you can use a microSD card up to 256GB. Cloud is optional
B: ok I'll get two

@ ok_en_pharmacy_allergy
B: Do you have cetirizine? My hay fever is killing me
A: Yes, 10mg tablets, 24 per box. One tablet a day for adults
B: does it make you sleepy?
A: It can cause mild drowsiness for some people, please read the leaflet
B: ok thanks

@ ok_en_adult_lube
B: is the lube ok with silicone toys?
A: Use the water-based one with silicone toys. The silicone-based one can damage them
B: good to know, water-based then
A: Sure, it's unscented and pH-balanced

@ ok_mixed_headphones
B: 这个headphone有ANC吗
A: 有的 主动降噪 最高40dB
B: battery能用多久
A: 开降噪30小时 关了40小时
B: nice 那要黑色
A: 收到 今天ship

@ ok_mixed_baby_stroller
B: 这款stroller能上飞机吗
A: 可以的 折叠后55x35x20 符合大部分航空公司登机尺寸
B: 多少kg
A: 6.8kg 单手就能收车
B: ok 买了

@ ok_mixed_coupon
B: 我有个coupon code但是不知道在哪输入
A: 亲 我们店的券都是直接领的 在商品页点“领券”就行 不需要code
B: 哦 那我手上这个是哪来的
A: 可能是别的店或者平台活动的 可以在“我的-卡券”里看看
B: ok 找到了

@ ok_mixed_office_chair
B: 这把ergonomic chair能调lumbar support吗
A: 能的 腰托上下前后都能调
B: 承重多少
A: 承重150kg 五爪是铝合金的
B: 组装difficult吗
A: 很简单 15分钟 有视频

@ ok_mixed_ps5
B: PS5 slim是国行还是港版
A: 国行的 光驱版
B: 能玩港服的游戏吗
A: 可以 主机不锁区 登港服账号就行
B: 好 那就买了 要加个手柄

@ ok_mixed_vitamin
B: 这个fish oil一天吃几粒
A: 成人一天两粒 随餐吃
B: 孕妇能吃吗
A: 这款可以 DHA含量高 但孕期最好先问一下医生
B: ok thx

@ ok_mixed_apartment_shipping
B: 我住apartment 快递能送到楼上吗
A: 快递一般送到门口 如果小区不让进会放驿站或快递柜
B: 那如果我不在家呢
A: 可以备注放门口 或者快递柜
B: ok 备注放locker吧

@ ok_mixed_student_discount
B: 有student discount吗
A: 亲 目前没有学生专属优惠 不过可以领店铺券满99减10
B: ok 也行
A: 下单前记得先领券

@ ok_mixed_sneaker_authentic
B: 这双sneakers是authentic的吗
A: 正品 支持平台鉴定服务 发货前会经过鉴定
B: 有box吗
A: 原装鞋盒 带吊牌
B: ok good

@ ok_mixed_cake_allergy
B: 这个cake含nuts吗 我儿子allergic
A: 这款含杏仁 不建议 可以选原味戚风 不含坚果
B: 做的地方也没有坚果吗
A: 同一个厨房 有交叉接触的可能 严重过敏的话建议谨慎
B: 好 谢谢你honest

@ ok_en_tw_mixed_size
B: 請問這件hoodie size會偏大嗎
A: 是oversize版型 平常穿M的可以選S
B: OK 那我選S 黑色
A: 好的 謝謝您

@ ok_en_scam_report_fake_sms
B: got a text saying my parcel is held and I need to pay a redelivery fee via a link
A: That's not from us or the courier. Please don't pay. Your parcel is out for delivery today
B: phew, ok
A: If you already clicked it, change your passwords just in case

@ ok_en_bulk_invoice
B: Can you issue a VAT invoice for our company?
A: Yes, please fill in the company name and tax ID in the invoice section of the order
B: done, tax ID {TAXID}
A: Thanks, the e-invoice will be uploaded to your order after delivery

@ ok_en_complaint_civil_rude_free
B: This is the second time my order is late. Not happy.
A: I completely understand, and I'm sorry. It's on us
B: I need it by Friday
A: I've upgraded it to express at no cost, it should arrive Thursday
B: ok. thanks for fixing it

# ---------- part 8: acceptable, more stores ----------
@ ok_seafood_cold_chain
B: 大闸蟹死了怎么办
A: 亲 到货死蟹包赔 拍照给我们 按只数赔付
B: 要多久能到 我在西安
A: 顺丰冷链 次日达 周日不发货
B: 那我周五拍 周六到刚好
A: 可以的 收到放冰箱冷藏 三天内吃完

@ ok_home_appliance_voltage
B: 这个电热水壶能带去日本用吗
A: 日本是110V 这款是220V的 不能直接用
B: 加个变压器呢
A: 功率1800W的话变压器要很大 不太划算 建议买当地的
B: 好吧 那不买了 谢谢
A: 不客气 欢迎下次光临

@ ok_hot_pot_base
B: 火锅底料辣不辣 家里有小孩
A: 有微辣和清油两种 小孩可以选番茄锅底
B: 番茄的也有吗
A: 有的 在规格里选 一袋可以煮3-4人份
B: 各拿两袋

@ ok_calligraphy
B: 毛笔初学用哪种
A: 初学推荐兼毫 软硬适中 好控笔
B: 练楷书吧
A: 那选中楷兼毫 再配一本颜体字帖和毛边纸
B: 有套装吗
A: 有 入门套装68 全都配齐了

@ ok_shoe_cleaning
B: 小白鞋发黄了怎么办
A: 用我们家的清洁剂 刷完用纸巾包着晾 不要暴晒
B: 能去黄吗
A: 轻微发黄可以 严重的要用专门的去氧化剂
B: 一起买吧

@ ok_drone_license
B: 无人机要登记吗
A: 250克以上的要在民航局的系统实名登记 这款是249克 不用
B: 能飞多远
A: 图传距离10公里 但要遵守当地禁飞区规定
B: 明白

@ ok_school_uniform_name
B: 校服能绣名字吗
A: 可以的 绣名字每件加5元
B: 三件都绣 名字是李子轩
A: 好的 备注里写上名字和绣的位置
B: 绣左胸口

@ ok_reading_glasses_elder
B: 给我爸买老花镜 他60岁
A: 60岁一般250到300度 建议先去眼镜店测一下
B: 他说看报纸得拿很远
A: 那可以先买250度的 不合适可以换
B: 好 250的

@ ok_fitness_dumbbells
B: 哑铃是可调节的吗
A: 可调节 每只2.5到24公斤
B: 会不会有味道
A: 包胶的 刚拆有一点点味 放几天就散了
B: 好

@ ok_ring_size
B: 戒指圈号怎么量
A: 拿一根细绳绕手指一圈 量长度 对照详情页的圈号表
B: 5.3厘米
A: 那是13号 如果指关节大可以选14号
B: 我指关节还好 13号

@ ok_incense_burner
B: 香炉是铜的吗
A: 是黄铜的 手工打磨
B: 能放盘香吗
A: 可以 配了一个盘香架
B: 好 来一个

@ ok_outdoor_jacket_waterproof
B: 冲锋衣是真防水吗
A: 防水指数10000 透气5000 中雨没问题
B: 能当滑雪服吗
A: 内胆是抓绒的 零下10度以内都可以
B: 行 要L码

@ ok_smart_tv_install
B: 电视送挂架吗
A: 送 上门安装免费 打孔费另外算
B: 打孔多少钱
A: 价格表在详情页 一般墙面免费 大理石墙要加钱
B: 我家是普通墙
A: 那就不用额外花钱

@ ok_goldfish_live
B: 活体金鱼能发快递吗
A: 可以 充氧打包 三天内到没问题
B: 冬天会冻死吗
A: 冬天会加保温棉和暖宝宝 死鱼包赔
B: 那来六条

@ ok_kitchen_scale
B: 厨房秤精度多少
A: 最小0.1克 最大3公斤
B: 能称液体吗
A: 能 有毫升模式 水和牛奶都可以
B: 好的 要一个

@ ok_moving_boxes
B: 搬家纸箱有多大的
A: 有大中小三种 大号60x40x50
B: 要20个大号
A: 20个大号送胶带和封箱器
B: 好

@ ok_zongzi_festival
B: 端午节前能到吗
A: 亲 现在下单 离端午还有十天 肯定能到
B: 有肉粽吗
A: 有鲜肉 蛋黄肉 豆沙三种 混装礼盒最受欢迎
B: 拿两盒礼盒

@ ok_mooncake_corporate
B: 单位要订月饼 300盒 能开发票吗
A: 可以开专票 300盒给您团购价
B: 每盒能印公司logo吗
A: 可以的 定制外盒要提前15天 中秋前没问题
B: 好 那我让同事走采购流程在这里下单

@ ok_piano_tuning_book
B: 这本钢琴谱是五线谱吗
A: 是五线谱 带指法标注
B: 适合考级吗
A: 这本是3-4级的考级曲目
B: 好

@ ok_pet_grooming_tool
B: 猫咪掉毛严重 用哪个梳子
A: 推荐这个针梳 能梳掉底层浮毛
B: 会刮伤皮肤吗
A: 针头是圆头的 不会伤皮肤
B: 好 买一个

@ ok_buyer_returns_gift
B: 这是别人送我的 能退吗
A: 亲 退款会退到付款人的账户 需要下单的人来申请
B: 哦 那只能换了
A: 换货可以 您把订单号告诉送礼的朋友 让他申请换货
B: 好的 我问问他

@ ok_agent_follow_up_size
A: 亲 之前您问的那款牛仔裤 28码到货了
B: 真的吗 太好了
A: 现在拍 今天就能发
B: 好 我马上拍

@ ok_car_wax
B: 车蜡会不会伤漆
A: 不会的 是纯巴西棕榈蜡 不含研磨剂
B: 多久打一次
A: 一般三个月一次
B: 好

@ ok_elder_daughter_buys
B: 给我妈买个按摩椅 她腰椎不好
A: 这款有腰部热敷和气囊按摩 适合腰椎不舒服的
B: 占地大吗
A: 平躺需要1.6米长度 靠墙放只要离墙10厘米
B: 送货上门吗
A: 送货上门并且安装 老人用有什么问题随时问我们

@ ok_wedding_candy
B: 喜糖盒能定制名字吗
A: 可以 印新人名字和日期
B: 要200盒
A: 200盒的话7天出货
B: 好 那就定了

@ ok_bulk_rice_restaurant
B: 饭店用米 每月要1000斤
A: 可以的 有50斤一袋的 每月定时发
B: 价格能优惠吗
A: 长期供货可以打9折 您每月在店里下单就行
B: 行

@ ok_phone_repair_parts
B: 手机换屏幕总成你们卖吗
A: 卖的 您是什么型号
B: 小米13
A: 有原装拆机和高仿两种 原装拆机380
B: 原装的

@ ok_hk_pharmacy
B: 呢隻止咳藥水小朋友飲得嗎
A: 呢隻係成人版 小朋友有專用嘅
B: 幾歲先飲得
A: 兒童版2歲以上 要睇說明書嘅份量
B: 咁要兒童版

@ ok_tw_bicycle
B: 這台腳踏車可以寄到台中嗎
A: 可以 但是大件要另外算運費
B: 大概多少
A: 寄台中大概800台幣 下單後會顯示
B: 好 我再想想

@ ok_tw_lunar_new_year
B: 過年期間有出貨嗎
A: 除夕到初五休息 初六開始出貨
B: 那我現在下單來得及嗎
A: 今天下單明天出貨 年前一定到
B: 好的 謝謝

# ---------- part 9: acceptable, longer sessions ----------
@ ok_long_furniture_custom
B: 你好 想定做一个榻榻米床
A: 您好 房间尺寸方便发一下吗
B: 房间长3米2 宽2米6 想整面做
A: 可以的 建议做1.8x2.0的床面 剩下做衣柜和书桌
B: 要多久能做好
A: 设计确认后25天生产 物流到四川大概7天
B: 安装呢
A: 成都市区我们有合作师傅上门安装 费用已经包含在报价里了 

@ ok_long_wedding_dress
B: 婚纱能租吗
A: 亲 我们只卖不租 不过有二手回收服务 用完可以按三折回收
B: 我腰围68 胸围88
A: 那选M码 腰部是绑带的 可以微调
B: 拖尾多长
A: 大拖尾1.5米 小拖尾0.8米 户外拍照建议小拖尾
B: 那要小拖尾 M码 白色
A: 好的 婚期是什么时候 我们安排加急

@ ok_long_pc_build
B: 想配一台电脑 预算6000 主要打游戏
A: 好的 玩什么游戏 1080p还是2K
B: 黑神话 2K吧
A: 推荐4060Ti 加 i5-13400F 32G内存 1T固态 整机5899
B: 能上4070吗
A: 4070的话要6599 超预算600 帧数大概能多20%
B: 那还是4060Ti吧 装好系统吗
A: 装好正版Win11和驱动 到手插电就能用 三年上门保修

@ ok_long_tea_set_gift
B: 想送客户茶具 预算300左右 要体面一点
A: 推荐这款汝窑茶具套装 一壶六杯带公道杯 礼盒包装 268
B: 能印公司名字吗
A: 可以在礼盒上烫金 20套起做 每套加15
B: 我要30套
A: 30套总价8490 定制要10天
B: 发票要专票
A: 可以开专票 税点已经含在里面了

@ ok_long_skin_consult
B: 我皮肤有闭口 用什么产品好
A: 亲 闭口一般跟毛孔堵塞有关 可以用含水杨酸的产品 但要建立耐受
B: 我是敏感肌 能用吗
A: 敏感肌建议先从0.5%浓度开始 一周两次 配合修护面霜
B: 你们家有这个浓度的吗
A: 有的 这款水杨酸精华0.5% 30ml 89元
B: 用多久能看到效果
A: 一般4周左右 如果发炎严重还是建议去皮肤科看看

@ ok_long_baby_carriage_delivery_phone
B: 我买的婴儿车到了吗 订单{ORD}
A: 亲 查了一下 今天派送中 快递员电话打不通您的号
B: 我那个号换了 用这个 {PH}
A: 好的 我已经把新号码告诉快递了 他一会联系您
B: 大概几点
A: 他说下午三点前送到
B: 好 那我在家等

@ ok_long_scam_report_detailed
B: 我想确认一下 有个人加我QQ 说是你们店的售后
A: 亲 我们没有QQ售后 请问他说了什么
B: 他说我买的衣服甲醛超标 要给我退款加赔偿
A: 这是诈骗 我们的衣服都有检测报告 退款也只会在平台进行
B: 他发给我一个二维码让我扫
A: 千万别扫 那个二维码可能是收款码或者钓鱼网站 请您直接拉黑举报
B: 好 谢谢你 差点上当
A: 不客气 有问题随时在这里找我们

@ ok_long_renovation_tiles
B: 瓷砖800x800的 客厅30平要多少片
A: 一片0.64平 30平大概47片 加上损耗建议买52片
B: 一片多少钱
A: 这款是通体大理石纹 一片68
B: 能送到楼上吗
A: 物流送到小区楼下 上楼需要找搬运 或者加我们的送货上楼服务 一片加2块 在订单里补
B: 加吧 我家8楼有电梯

@ ok_long_en_furniture
B: Hi, I'm moving to Shanghai next month, do you deliver sofas there?
A: Yes, Shanghai delivery takes 3-5 days and includes assembly
B: which floor can you carry to?
A: Any floor with an elevator is free. Without an elevator it's 10 yuan per floor, added in the order
B: my building has an elevator
A: Then no extra fee
B: Can I choose the delivery date?
A: Yes, leave the preferred date in the order notes and the delivery team will call to confirm

@ ok_long_tw_camera
B: 請問這台相機有中文介面嗎
A: 有的 支援繁體中文
B: 電池可以用多久
A: 大約可以拍400張
B: 有送備用電池嗎
A: 目前活動有送一顆原廠電池和一張64G記憶卡
B: 太好了 那我現在下單
A: 謝謝您 我們明天出貨

@ ok_long_civil_complaint_resolution
B: 我收到的床单和图片颜色差太多了 图片是浅灰 收到是深灰
A: 亲 非常抱歉 方便拍一张自然光下的照片吗
B: [照片]
A: 确实偏深 是这批次的染色问题 实在抱歉
B: 我买来就是配浅灰窗帘的 现在完全搭不上
A: 理解 给您两个方案 一是退货退款我们承担运费 二是换一套浅灰的 下周到货
B: 那换吧 能快点吗
A: 到货第一时间给您发 另外送您一对枕套作为补偿

@ ok_long_pharmacy_diabetes
B: 我妈糖尿病 能吃你们的无糖饼干吗
A: 无糖饼干是用代糖 但本身是面粉做的 还是有碳水 不能多吃
B: 一天能吃几块
A: 建议当作加餐 一次两三块 最好跟医生或营养师确认
B: 那你们有没有低GI的
A: 有燕麦低GI饼干 配料表第一位是全麦燕麦
B: 那买这个吧 两盒

@ ok_long_adult_store_plain
B: 第一次买 不太懂 情趣用品哪种适合新手
A: 新手可以从小巧的跳蛋开始 操作简单 硅胶材质
B: 清洁怎么弄
A: 用温水加专用清洁剂洗 晾干后放收纳袋里
B: 和润滑液一起买吗
A: 建议一起买水溶性的 比较温和 包装都是保密的
B: 好 那一起下单

@ ok_long_secondhand_textbook
B: 二手教材有笔记吗
A: 有少量笔记 不影响阅读 详情有实拍
B: 高数同济第七版 上下册都要
A: 有的 上下册一共35
B: 能便宜点吗 学生
A: 给您32 我改价
B: 谢谢老板

@ ok_long_livestream_size_exchange
B: 直播间买的裤子太长了
A: 亲 可以免费改裤长 或者换短款
B: 改裤长要多久
A: 寄回来改 三天寄出 来回运费我们出
B: 那改吧 剪掉5厘米
A: 好的 寄回时在纸条上写上改5厘米和订单号

@ ok_mixed_long_skincare_en
B: Hi 我是combination skin 夏天用什么sunscreen好
A: 推荐这款SPF50 PA++++ 清爽型 不油
B: 会不会white cast
A: 不会 是化学防晒 上脸透明
B: 能当妆前吗
A: 可以的 成膜快 不搓泥
B: ok 两支

@ ok_long_old_buyer_confused_phone
B: 闺女 你帮我看看我这个单子 我手机号是不是填错了
A: 阿姨您好 您订单上的号码是尾号{PH4}的
B: 对对 就是这个 那没错
A: 好的 快递到了会打这个号 您注意接
B: 我耳朵不太好 让快递多打两遍
A: 好的 我备注让快递多打几次 或者放到小区门卫

@ ok_long_warning_then_order
A: 亲 您好 提醒一下 近期有不法分子冒充本店客服 请以店铺内聊天为准
B: 好的知道 我想买那个电饭锅
A: 4升的还是5升的
B: 家里三口人
A: 4升就够了
B: 那4升的 有优惠吗
A: 现在领券减20 到手279

# ---------- part 0a: acceptable, extra ----------
@ ok_honey_wholesale_delivery
B: 蜂蜜有没有5斤装的 家里人多
A: 有的 5斤塑料桶装 168
B: 玻璃瓶的呢
A: 玻璃瓶最大2斤 5斤的怕路上碎 只有桶装
B: 那就桶装 收件人写我婆婆 电话{PH}
A: 好的 下单的时候地址和电话填婆婆的就行 我们照单发

@ ok_bra_after_birth
B: 产后哺乳文胸怎么选码 我怀孕前穿75B
A: 哺乳期一般会大一到两个罩杯 建议量一下现在的上下胸围
B: 下胸围78 上胸围95
A: 那建议80C 这款是前开扣 单手就能解开喂奶
B: 好的 要两件肤色
A: 好的 纯棉无钢圈 产后穿很舒服

@ ok_pet_medicine_plain
B: 狗狗驱虫药体重怎么算
A: 按体重选规格 您家狗狗多重
B: 12公斤
A: 选10-20公斤那一档 一个月一次 体内体外同驱
B: 怀孕的狗能用吗
A: 这款孕期不建议用 最好先问宠物医生

@ ok_parcel_wrong_address_courier
B: 快递送到我以前的地址去了
A: 亲 订单地址是您之前的旧地址 我们这边联系快递改派
B: 新地址是 南京市鼓楼区中山北路{N3}号{N2}幢{N4}室
A: 收到 已联系快递改派 可能会多一天
B: 没事 能送到就行
A: 改派成功后我在这里告诉您

@ ok_grandpa_radio
B: 这个收音机按键大不大 给我爷爷用
A: 按键很大 还有语音报台 老人用很方便
B: 能插卡听戏吗
A: 可以插TF卡和U盘 我们还送一张存了京剧豫剧的卡
B: 太好了 来一台
A: 好的 今天发出

@ ok_tw_cosmetics_gift
B: 想買禮盒送媽媽 有推薦嗎
A: 推薦這款保養組 有化妝水 精華和乳霜 包裝很精緻
B: 適合50歲的肌膚嗎
A: 很適合 主打保濕和淡紋
B: 好 那我買這個 可以幫我寫卡片嗎
A: 可以的 卡片內容寫在訂單備註就好

@ ok_en_mixed_yoga
B: 这个yoga mat多厚
A: 6mm 防滑TPE材质
B: 会有味道吗
A: TPE基本无味 拆开放两天就完全没了
B: ok 要purple的
A: 好的 送背带和收纳袋

@ ok_ebook_reader
B: 这个电子书阅读器能看PDF吗
A: 能看PDF 但6寸屏看PDF字会小 建议看epub
B: 能装微信读书吗
A: 这款是安卓系统 可以装微信读书和其他阅读APP
B: 那挺好 要黑色的

@ ok_buyer_thanks_scam_warning_card
B: 收到了 包裹里有张防诈骗提示卡 挺贴心的
A: 谢谢亲 最近冒充客服的骗子太多了 提醒大家注意
B: 我妈上次就差点被骗
A: 一定要注意 任何让您加好友 点链接 转账的都不要信 有问题只在这里找我们
B: 嗯 我会跟她说

@ ok_baby_crib
B: 婴儿床能拼接大床吗
A: 可以 侧边能拆 拼在大床边上 高度可以调
B: 床垫要另外买吗
A: 送椰棕床垫 也可以换成乳胶的 加80
B: 送的就行
A: 好的 安装很简单 有视频

@ ok_frozen_dumplings_shipping
B: 冻饺子夏天能寄吗 会不会化
A: 泡沫箱加冰袋 顺丰冷链 江浙沪次日达 不会化
B: 我在福州
A: 福州也是次日到 到了马上放冷冻
B: 好 那三袋白菜猪肉的

@ ok_en_lost_package
B: My tracking hasn't updated in 6 days
A: I'm sorry, we've opened an inquiry with the courier
B: what if it's lost?
A: If it's confirmed lost, we'll reship or refund in full, your choice
B: reship please
A: Noted. I'll update you here as soon as we hear back

@ ok_knitting_yarn
B: 织围巾要几团毛线
A: 普通长度的围巾 用这款中粗线大概4团
B: 新手用几号针
A: 建议8号棒针 我们有新手套装 带针和教程
B: 那要套装 灰色

@ ok_glasses_frame_face
B: 我脸圆 戴哪个镜框好看
A: 圆脸建议方框或者猫眼框 可以显得脸型立体一点
B: 这款方框有多宽
A: 镜框总宽138mm 适合中等脸型
B: 那就这个 黑框

@ ok_mixed_warranty_serial
B: 我的earphone坏了 SN是{N4}{CODE4}A 还在warranty吗
A: 查了一下 在保修期内 到明年3月
B: 怎么修
A: 在订单页申请售后 选维修 寄回来我们修好寄回
B: ok

# ---------- part 10: violating - contact ----------
@ v_contact_hint_then_handle
B: 这款窗帘能定做尺寸吗
A: 可以的亲 您发一下窗户尺寸
B: 宽2米8 高2米6 还有三个房间要一起做
A[contact]: 量比较大 这里发图不方便 加个微信我发您布料实拍
B[contact]: 行 你微信号多少
A[contact]: {WX} 备注窗帘
B: 加了

@ v_contact_split_number
A: 亲 您这个定制需求比较复杂 我们设计师直接跟您沟通比较快
B: 在这里说不行吗
A[contact]: 这里传不了源文件 您记一下设计师电话 号码我分开发
A[contact]: {PH_1}
A[contact]: {PH_2}
A[contact]: {PH_3}
B: 好的 我打过去

@ v_contact_avatar
B: 老板 这个茶叶有没有散装的
A: 散装的我们不在店里上架 价格也更实惠
B: 那怎么买
A[contact]: 看我头像 那个就是我私人号 加了说散装茶
B[contact]: 头像太小看不清 号是多少
A[contact]: 放大看 v后面那串 {WX}

@ v_contact_buyer_asks
B: 我想长期拿货 能给个联系方式吗
A: 亲 长期拿货可以直接在店铺下单 量大给您改价
B[contact]: 平台不方便 留个电话吧 我老板要跟你谈
A: 不好意思 我们只能在这里沟通
B[contact]: 那你记我的 {PH} 让你们老板打给我
A: 抱歉亲 这个我们不能操作 量大在这里直接谈就行

@ v_contact_qq_after_chat
B: 这个PPT模板能改吗
A: 可以改 您需要改哪些内容
B: 封面logo 还有配色 一共二十多页
A[contact]: 改动比较多 文件传输这边有大小限制 加我Q吧
B[contact]: 好 号呢
A[contact]: {QQ} 验证写模板
B: ok

@ v_contact_homophone
B: 在吗 这个衣服还有其他颜色吗
A: 有的亲 还有杏色 雾霾蓝 详情页没放全
A[contact]: 想看全部颜色可以+薇 我发您朋友圈 全是实拍
B: 薇是啥
A[contact]: 就是绿色那个软件 号是 {WX}
B: 知道了

@ v_contact_packing_slip
B: 收到了 挺好的
A: 谢谢亲 喜欢就好
A[contact]: 包裹里有张小卡片 上面有我们售后号 以后直接加那个找我们 有老客福利
B[contact]: 我看到了 上面那个号码是打电话还是加微信
A[contact]: 都可以 同号 加了发订单截图就行

@ v_contact_group_invite
A: 亲 感谢购买 我们有个宝妈交流群 每周有秒杀
B: 是店铺群吗
A[contact]: 不是平台的群 是微信群 群号太长了 你加我拉你 {WX}
B: 好 我加一下

@ v_contact_email
B: 我是做外贸的 想要你们的产品目录
A[contact]: 目录是PDF的 比较大 发我个邮箱 我发给您
B[contact]: {WX}@163.com
A: 收到 晚点发您

@ v_contact_telegram_en
B: hi, do you do bulk orders for resale?
A: Yes, MOQ 200 pcs
B[contact]: can we talk on telegram? easier for me, my handle is @{WX}
A: Sorry, we can only communicate here on the platform
B: ok fine, price for 500?
A: 500 pcs at 18 yuan each, you can order directly

@ v_contact_line_tw
B: 請問這款包包有其他顏色嗎
A: 有的 還有奶茶色和黑色
B[contact]: 可以加LINE嗎 我想看實拍 我的LINE ID是 {WX}
A: 抱歉 我們只能在平台上聯繫 實拍照片我直接傳在這裡給您
B: 喔好 那傳給我看看
A: [圖片] 這是奶茶色的實拍

@ v_contact_agent_asks_phone_pretext
A: 亲 您的售后申请我看到了
B: 嗯 就是拉链坏了
A[contact]: 方便留个手机号吗 我们主管加您微信视频 看看拉链的情况
B[contact]: 手机号微信同号 {PH}
A: 收到

@ v_contact_reverse_digits
A: 亲 有些款式我们不能在店里上架 怕被举报抄版
B: 那怎么看
A[contact]: 加微 号码倒着看 {PH_REV}
B: 倒着？ 好吧我试试

@ v_contact_chinese_numerals
B: 你们可以做二手回收吗 我有几台旧手机
A: 可以 这里不方便报价 价格变动快
A[contact]: 直接打电话问 幺三八 零九六七
B[contact]: 后面呢
A[contact]: 五二四幺
B: 好我打一下

@ v_contact_signature
B: 我想定个蛋糕 要三层的
A: 三层的要提前三天预定 需要沟通细节
A[contact]: 店铺签名那里有我们的号码 加那个发图片给甜点师
B[contact]: 在哪看签名
A[contact]: 点店铺头像 个人简介第一行 那个就是v
B: 找到了

@ v_contact_buyer_offers_wechat
B: 这款手表能刻字吗
A: 可以刻字 最多8个字
B[contact]: 你加我吧 我把字和字体发你 我的v是 {WX}
A: 亲 您直接在这里发给我就可以 我们不加个人微信
B: 哦哦 那我在这发

@ v_contact_agent_private_after_refund
B: 退款什么时候到
A: 已经同意了 原路退回
B: 好的 下次还来
A[contact]: 下次可以直接找我 加我V 老客给你打8折 {WX2}
B: 行 加了

@ v_contact_whatsapp_en
B: Hello, I ordered 3 phone cases, can I change one color?
A: Sure, which one?
B: the pink one to black
A[contact]: Done. By the way, for faster service message me on WhatsApp +86 {PH}
B: ok

@ v_contact_douyin_account
B: 这个拼装模型好难 有教程吗
A: 有的 说明书之外我们也拍了视频
A[contact]: 教程在我们抖音号上 搜 {WX} 关注私信我们还送零件
B: 好的 我搜一下

@ v_contact_weibo_email_mixed
B: 想订婚礼伴手礼 200份
A: 好的 有没有设计要求
B: 有的 要印新人名字
A[contact]: 设计稿来回改要很多次 发我们邮箱吧 design_{QQ}@qq.com 写上您的电话 我们设计师会打给您
B: 好的

@ v_contact_cn_en_mix_qr
B: 你好 这个bag有真皮的吗
A: 有的 头层牛皮 但店里没上
A[contact]: 我发你二维码 扫了加我 私下给你看pic
B[contact]: 二维码发这里吗
A[contact]: [图片] 扫这个 wechat qr

# ---------- part 11: violating - payment ----------
@ v_payment_offer_amount_route
B: 这个相机能便宜点吗
A: 已经是活动价了亲
A[payment]: 不过你要是不走平台 直接转我 可以少150 平台扣点太高
B[payment]: 那转多少
A[payment]: 2650 支付宝转就行 转完我直接发货
B: 我考虑一下

@ v_payment_red_packet
B: 我要两斤的 能包邮吗
A: 两斤的运费要12 
A[payment]: 这样吧 你拍一斤的链接 另外一斤的钱发我个红包 我一起发 
B[payment]: 红包发多少
A[payment]: 微信红包68 我一起给你寄
B: 哦 好吧

@ v_payment_one_yuan_link
A: 亲 您要的加大码需要补差价
B: 补多少
A[payment]: 补35 您拍我们那个1元的链接 拍35件 备注差价
B: 这个不是在平台吗
A[payment]: 是的呀 就是换个方式补 拍完跟我说
B: 哦好

@ v_payment_bank_card_pieces
B: 你们可以公对公打款吗 公司采购
A[payment]: 可以 直接打到我们对公卡 不用在平台下单 省手续费
B[payment]: 卡号发我
A[payment]: 6222 0216
A[payment]: 1200 {CARD4} {CARD4B}
A[payment]: 户名写王某某 开户行工行义乌分行
B: 收到 我转财务

@ v_payment_qr_code_scan
B: 定金要交多少
A[payment]: 定金500 扫我收款码付就行 我发你
A[payment]: [图片] 这个是我个人收款码 支付宝微信都行
B: 不能在平台付吗
A[payment]: 平台付要等好几天到账 私下付马上给你排单
B: 那算了 我还是在平台买

@ v_payment_buyer_initiated
B[payment]: 老板 我不在平台拍了 直接微信转你吧 便宜点
A: 不好意思亲 我们只能平台交易
B[payment]: 就转你三百 你发货 大家都省事
A: 真的不行 您在平台拍 我给您申请个优惠券

@ v_payment_cod_arrangement
B: 我不想先付钱 能货到付款吗
A: 平台的货到付款这个商品没开通
A[payment]: 要不这样 你先拍 我把单取消 直接发快递 到了你现金给快递员 我们私下结
B[payment]: 行 那到了给多少
A[payment]: 给快递小哥380就行 比平台便宜20
B: 好 那就这么办

@ v_payment_topup_deposit
A: 亲 您是我们VIP会员了 可以充值享折扣
B: 在哪充
A[payment]: 不在平台充 充到我们店的账户 充1000送200 转给财务就行 账号我发你
B[payment]: 可以先充少一点吗
A[payment]: 最低500 转到这个支付宝 {PH} 备注你的ID
B: 我想想

@ v_payment_gift_card
B: 你们收购物卡吗
A[payment]: 收的 超市卡 京东E卡都行 你把卡密发我 抵货款 不用在平台付
B[payment]: 我有一张500的E卡 那我直接给你卡密 你给我发货？
A[payment]: 对 卡号卡密都发我 我这边核销了就发
B: 我先问问我老公

@ v_payment_price_difference
B: 这批货总价多少
A: 你要的量 在平台拍要1.2万
A[payment]: 平台扣点8个点 你要是银行转账的话 给1.1万就行
B: 发票怎么开
A[payment]: 走私户不开票 要票就得在平台 你自己选
B: 那我还是在平台拍吧

@ v_payment_english
B: Hi, I'd like 50 units, can you give a discount?
A[payment]: Sure, if you pay via PayPal directly instead of the platform, I can do 10% off
B[payment]: what's the PayPal?
A[payment]: send to sales.{WX}@gmail.com, total 2250 USD
B: I'll think about it

@ v_payment_tw_transfer
B: 請問可以便宜一點嗎
A[payment]: 如果不透過平台 直接匯款到我的帳戶 可以打九折
B[payment]: 要匯到哪裡
A[payment]: 中國信託 帳號 {N4}{CODE4}{N3} 匯好傳收據給我
B: 我再考慮

@ v_payment_wechat_transfer_after_chat
B: 这个葡萄干有没有大包装的
A: 有5斤装的 但店里没上架
B: 那怎么买
A[payment]: 你直接微信转我 5斤150 我从家里发
B[contact]: 微信多少
A[contact]: {WX}
B: 好

@ v_payment_refund_off_platform
B: 我要退货 东西有问题
A: 亲 退货退款要等仓库收货 比较慢
A[payment]: 要不这样 您别申请平台退款 我直接转您80 您留着用 算折价
B[payment]: 转我支付宝吧 账号就是我手机号
A[payment]: 好的 那您把退款申请撤一下 我这边马上转
B: 行

@ v_payment_installment_private
B: 这个手机能分期吗
A: 可以用花呗分期 在结算页选
B: 我花呗额度不够
A[payment]: 那可以找我们私下分期 首付1000打到我卡上 剩下的每月转我 不查征信
B[payment]: 那利息呢
A[payment]: 每月多付50 手机一到手你就用
B: 我还是算了

@ v_payment_split_over_turns
A: 亲 您的尾款还没付哦
B: 我在平台上付不了 一直提示风险
A[payment]: 那你直接转我吧 580
B[payment]: 怎么转
A[payment]: 支付宝 账户是我们老板娘的 {PH}
A[payment]: 名字是陈某某 转完截图给我
B: 我还是再试试平台

@ v_payment_en_mixed_scan
B: 亲 可以cheaper吗
A[payment]: 可以 你scan我的QR code直接pay 给你打9折
B: 平台不行吗
A[payment]: platform fee太高 私下转只要 260
B: ok 我考虑下

@ v_payment_deposit_for_custom
B: 定制书柜要先付定金吗
A: 是的 定制要付30%定金
B: 在哪付
A[payment]: 定金直接打我卡 我们财务那边好对账 卡号{CARD}
B: 不是在平台付吗
A: 平台付也行 但是慢
B: 那我平台付

@ v_payment_buyer_wants_cash_pickup
B[payment]: 我能不能直接给你现金 不在这上面拍了
A: 亲 我们只在平台交易哦
B[payment]: 给你现金还便宜 你少收个手续费 我多给你十块
A: 谢谢 真的不行 在平台拍就好

@ v_payment_supplier_hk
B: 唔該 呢批貨可唔可以平啲
A[payment]: 如果你直接轉數快俾我 唔經平台 可以平一成
B[payment]: 轉數快號碼幾多
A[payment]: FPS 號碼 {HKPH} 轉完send張截圖
B: 我諗下先

@ v_payment_repeat_customer_direct
A: 王姐 又来啦
B: 是啊 还是上次那个面膜 要十盒
A[payment]: 老客户了 十盒你直接转我 不用拍 1280
B[payment]: 转你微信还是支付宝
A[payment]: 支付宝吧 还是上次那个账号
B: 好

# ---------- part 12: violating - link ----------
@ v_link_url_catalog
B: 有没有更多款式可以看
A: 店里只上了一部分
A[link]: 完整图册在我们官网 www.{WX}-home.cn 进去看吧
B: 打不开啊
A[link]: 用手机浏览器打开 复制那个地址 不要在这里点
B: 好的

@ v_link_domain_spelled
B: 你们这个东西有说明书吗 丢了
A: 有电子版的
A[link]: 去这个网站下 {WX} 点 com 斜杠 manual
B: 点com是啥意思
A[link]: 就是 .com 把点换成符号
B: 懂了

@ v_link_share_token
A: 亲 我们另一个店铺有同款更便宜的
B[platform]: 在哪
A[link,platform]: 复制这段口令打开某宝 ¥Hk7Zq2mPx9¥ 就能看到
B: 我没装那个
A[platform]: 装一个吧 那边价格低二十多

@ v_link_download_app
B: 这个扫地机器人怎么配网啊
A: 需要用品牌APP配网
B: 应用商店搜不到
A[link]: 那您扫说明书上的码下载 或者打开这个地址下安装包 dl.{WX}.cn/app.apk
B: 安卓能装吗
A: 能的

@ v_link_short_link
B: 我付款的时候卡住了
A[link]: 您点这个短链接重新支付 t.cn/A6{CODE4}xQ
B: 这不是平台的页面吧
A[link]: 是我们合作的支付页面 点进去付就行
B: 我还是在订单页付吧

@ v_link_buyer_sends_link
B[link]: 你看看这个款你们有吗 https://item.{WX}.com/detail?id={N4}{CODE4}
A: 亲 外部链接我们打不开 您截图发我看看
B: [图片]
A: 这款我们有 在店铺的第三个商品

@ v_link_spaced_url
A: 亲 详细参数和视频教程都在我们网站上
A[link]: w w w . {WX} . t o p
B: 你这打得 我看不太懂
A[link]: 把空格去掉 浏览器打开就行
B: 哦

@ v_link_pan_download
B: 我买的课程资料在哪看
A[link]: 课程都在网盘里 链接 pan.baidu.com/s/1{WX}{CODE4} 提取码 {CODE4}
B: 怎么不在平台里
A[link]: 视频太大了 平台放不下 就用网盘看
B: 好吧

@ v_link_fake_logistics_link
A: 亲 您的快递在中转站异常 需要您更新地址
B: 怎么更新
A[link,fraud]: 点这个链接填写 wl-{WX}.com/update 填写后会重新派送
B: 我在订单页改不行吗
A[fraud]: 订单页改不了 只能在这个物流系统改
B: 那我先问问快递

@ v_link_en_url
B: Is there a size chart?
A[link]: Yes, check our website: {WX}-fashion.shop/sizes
B: can you just paste it here?
A: Sure, it's in the 4th image of the listing too
B: thanks

@ v_link_tw_spelled
B: 請問有沒有型錄
A[link]: 有的 在我們的網站 {WX} dot com dot tw
B: 要怎麼打
A[link]: 把dot換成點 直接在瀏覽器輸入
B: 好

@ v_link_music_playlist
B: 你们家卖的音响试听效果怎么样
A: 效果很好 低音很足
A[link]: 我给你个试听链接 music.{WX}.net/demo 听听就知道
B: 要注册吗
A[link]: 不用 打开直接听

@ v_link_qr_image_site
B: 这个锅配的菜谱在哪
A[link]: 包装盒里有二维码 扫了会跳到我们的菜谱网站 网址是 caipu.{WX}.cn
B: 扫了提示风险网站
A[link]: 没事的 点继续访问就行
B: 还是算了

@ v_link_buyer_spam_link
B: 老板 这个衣服有大码吗
A: 有的 到4XL
B[link]: 好 顺便帮我点个链接砍一刀 {WX}.cc/k/{CODE4}
A: 不好意思亲 我们不点外部链接
B: 好吧

@ v_link_apk_game
B: 游戏点卡能直接充值吗
A: 可以 但我们推荐用我们的充值客户端 便宜很多
B: 什么客户端
A[link]: 下载地址 {WX}game.vip 装了登录就能充
B: 安全吗
A[link]: 很多人用 放心装

@ v_link_github_mixed
B: 这个开发板的驱动在哪下
A[link]: 驱动放在github上 github点com斜杠{WX}斜杠drivers
B: 我找到了
A: 好的 装完重启一下

@ v_link_survey_link
A: 亲 收货后麻烦做个问卷 送5元券
B: 在哪做
A[link]: 点这个 wj.{WX}.cn/s/{CODE4} 填完截图给我
B: 好的我等下填

@ v_link_split_domain_turns
B: 你们的说明视频在哪
A[link]: 在我们网站上 域名是 {WX}
A[link]: 后面加 点cn
A[link]: 然后斜杠video
B: 收到

@ v_link_zoom_meeting
B: 你们的插花课怎么上
A: 是直播课 每周三晚上
A[link]: 直接进腾讯会议 会议链接 meeting.tencent.com/dm/{CODE4}{N4}
B: 不在平台上看吗
A[link]: 平台没有直播课功能 点那个链接进就行

@ v_link_taobao_dot_com
B: 有没有这个配件的其他尺寸
A[link,platform]: 有的 在这个链接 taobao点com 搜 {WX}配件
B: 那边能买到吗
A[platform]: 能的 那边规格齐全 你去那边拍吧
B: ok

@ v_link_buyer_share_review_site
B: 上次买的咖啡机用了一个月了 真不错
A: 谢谢亲的支持 用得顺手就好
B[link]: 你看我在这个网站写的测评 {WX}-review.com 写得不错吧
A: 谢谢亲 外部网页我这边打不开
B: 行吧 我截图给你

# ---------- part 13: violating - platform ----------
@ v_platform_search_store_name
B: 这个保温杯还有别的颜色吗
A: 这个店只上了三个颜色
A[platform]: 全色在我们某宝店 搜 {WX}家居 进店就能看到
B: 那边价格一样吗
A[platform]: 那边便宜5块 还送杯套 去那边拍吧
B: 好的

@ v_platform_dog_east
B: 你们家电脑有现货吗
A: 这款缺货 要等两周
A[platform]: 狗东上我们有旗舰店 那边有现货 当天发
B: 狗东是京东吗
A[platform]: 对 搜店名 {WX}数码旗舰店
B: 行 我去看看

@ v_platform_pdd_cheaper
B: 能不能再便宜点 
A: 已经最低了亲
A[platform]: 说实话 你去拼夕夕搜同名店铺 那边有百亿补贴 便宜30
B: 真的假的
A[platform]: 真的 那边也是我们家 一个仓发货
B: 那我去那边买

@ v_platform_xianyu_second_hand
B: 这个二手相机还能再谈吗
A: 可以谈一点
A[platform]: 我在小黄鱼上也挂了 那边可以直接拍 没有平台服务费 你搜 {WX}相机
B: 那边不怕被骗吗
A[platform]: 那边有验货担保 放心 你去那边拍我给你便宜200
B: 我考虑一下

@ v_platform_red_book
B: 你家这款眼影有试色吗
A[platform]: 试色在红薯上 搜我们店名 那边也能直接下单 还送小样
B: 红薯是小红书？
A[platform]: 对 那边有店铺 买的人多
B: 好

@ v_platform_douyin_live_buy
A: 亲 今晚8点我们有直播 
B: 在这里直播吗
A[platform]: 在抖音直播 搜 {WX}服饰 直播间下单比这边便宜一半
B: 真的吗 那我去
A[platform]: 记得去那边拍 这边没有这个价

@ v_platform_buyer_asks
B[platform]: 老板 你们有没有某宝店 我那边有红包想用
A: 不好意思亲 我们就在这边卖
B[platform]: 别装了 你们某宝店叫啥
A: 真的只有这一家 有什么需要在这里拍就行

@ v_platform_wholesale_1688
B: 我要批发 最少多少件
A[platform]: 批发去我们1688店 搜 {WX}工厂店 那边批发价
B: 1688我不会用
A[platform]: 下载个阿里巴巴APP就行 那边起批10件 比这里便宜很多
B: 好吧

@ v_platform_en
B: Do you have this in XL?
A: Out of stock here
A[platform]: but we have it on our Shopee store, search {WX}_official, it's cheaper there too
B: ok I'll check Shopee

@ v_platform_tw_shopee
B: 請問這個還有貨嗎
A: 這邊沒有了
A[platform]: 蝦皮上還有 搜我們賣場 {WX}小舖 那邊運費也比較便宜
B: 好 我去蝦皮買

@ v_platform_kuaishou
B: 老板 你们这个苹果怎么卖的
A: 10斤装68
A[platform]: 我们在快手上直播卖 快手上才58 你关注 {WX}果园 直播间下单
B[platform]: 快手哪个号
A[platform]: 就是 {WX}果园 有个大苹果的头像
B: 好的

@ v_platform_mini_program_shop
B: 你们会员价怎么享受
A[platform,contact]: 会员价在我们自己的小程序商城 微信搜 {WX}优选 那边下单全场8折
B: 那这边的订单怎么办
A[platform]: 这边你退了 去小程序重新拍 更便宜
B: 这样啊

@ v_platform_vip_agent_hint
B: 我想买三台空气净化器 能优惠多少
A: 三台可以优惠100
B: 能多一点吗
A[platform]: 这边不行 你去我们京东自营店买 那边满减力度大 能优惠300
B: 京东自营是你们家？
A[platform]: 是我们品牌 你去京东搜型号就有
B: 哦

@ v_platform_mixed_en_tb
B: 这个keyboard有白色吗
A[platform]: 有 TB上有 search我们shop name {WX}外设
B: TB是淘宝吧
A[platform]: yes 那边white色现货
B: ok

@ v_platform_buyer_proposes_xianyu
B: 这个二手显卡还能少点吗 
A: 已经很便宜了亲 
B[platform]: 你在闲鱼上挂一个 我去那边拍 你这边扣点高 那边我给你多50
A: 不好意思 我们只在这边卖
B[platform]: 那边又没手续费 你挂了把链接名字告诉我就行
A: 真不行亲 这边拍我给您包顺丰

@ v_platform_gradual
B: 这个笔记本电脑有送鼠标吗
A: 送无线鼠标和电脑包
B: 能分期吗
A: 可以花呗分期
A[platform]: 不过我们在京东那边有免息12期 这边只有3期
B: 京东上也是你们？
A[platform]: 对 你去京东搜 {WX}电脑 免息划算
B: 好 我去看看

@ v_platform_weidian
B: 这个手办预订要等多久
A: 三个月左右
A[platform]: 我们微店那边有现货 你去微店搜 {WX}手办屋 直接拍
B: 微店是什么
A[platform]: 微信里的小店 搜就能出来 比这便宜
B: 好吧

@ v_platform_offline_group_buy_app
B: 水果能不能便宜一点
A[platform]: 你下个美团优选 我们在那边有团购 比这里便宜一半
B: 美团也能买到你们的？
A[platform]: 对 搜 {WX}鲜果 每天中午截单
B: 谢谢

@ v_platform_hk
B: 有冇平啲嘅渠道
A[platform]: 你可以去HKTVmall搵我哋 嗰度有優惠碼 平過呢度
B[platform]: 店名叫乜
A[platform]: 搜 {WX} 就得
B: OK 唔該

@ v_platform_yellowfish_pieces
B: 这个二手镜头还能便宜点吗
A[platform]: 这里不行 小黄鱼上挂着呢
B[platform]: 叫啥名
A[platform]: 搜 镜头 {WX}
A[platform]: 头像是个猫 那边你直接拍 我改价给你
B: 嗯

@ v_platform_brand_site_buy
B: 你们这个净水器滤芯多少钱
A: 一套168
A[platform]: 你去我们官网商城买 138 还送安装
B[platform]: 官网在哪
A[link]: www.{WX}-water.com 注册就能买
B: 好吧

# ---------- part 14: violating - address ----------
@ v_address_pieces
B: 这个沙发能看实物吗
A[address]: 可以来我们店里看 就在广州
B[address]: 广州哪里
A[address]: 番禺区 大石街道
A[address]: 105国道大石段 {N3}号 家具城三楼
B: 周末开门吗
A[address]: 开的 来了直接买 比网上便宜 找3F-{N2}档口

@ v_address_warehouse_pickup
B: 运费太贵了
A[address]: 你要是在东莞 可以直接来仓库拿 长安镇 霄边村 工业路{N2}号
B: 要提前说吗
A[address]: 提前一小时打电话就行 来了现场付钱 不用走平台
B: 好的

@ v_address_buyer_asks_store
B[address]: 你们实体店在哪 我直接过去买 不在网上拍了
A: 亲 我们只有网店
B[address]: 别骗我了 我看到你们发货地就在我们这 告诉我门牌号我去拿
A: 真的没有门店 只能网上下单

@ v_address_mall_stall
B: 这个玉镯我想看看真货
A[address]: 来我们档口看 我们在水贝那边
B[address]: 具体哪里
A[address]: 水贝玉器城 深圳罗湖 贝丽北路{N3}号 二楼 A区{N2}号
B: 现场能便宜吗
A[address]: 现场看上了直接刷卡 比网上便宜500

@ v_address_office_pay
B: 我们公司要订一百套工作服
A: 好的 可以定制logo
A[address]: 量大您过来我们办公室谈 签合同付款都在这 地址 杭州市余杭区 文一西路{N3}号 {N2}楼
B: 不能网上拍吗
A[address]: 网上拍要扣点 过来谈价格更好
B: 我问问领导

@ v_address_tw_shop
B: 請問你們有實體店嗎
A[address]: 有喔 台北市大安區 忠孝東路四段{N3}號{N2}樓
B: 過去可以直接買嗎
A[address]: 可以 現場買還有九折 不用付運費
B: 好 週末去看看

@ v_address_en
B: Can I pick it up in person? I'm in Shanghai
A[address]: Sure, come to our showroom: Room {N4}, No.{N3} Tianshan Road, Changning District
B: what time?
A[address]: 10am-6pm, pay there in cash and get 10% off
B: ok

@ v_address_farm_visit
B: 这个土鸡蛋真的是散养的吗
A[address]: 当然 您可以来我们鸡场看 顺便买
A[address]: 在江西赣州 南康区 横市镇 {WX}村 {N2}组 
B: 那么远 
A[address]: 来了直接在场里买 三十个只要30 比网上便宜多了
B: 哈哈 有机会吧

@ v_address_buyer_gives_meet_location
B: 我就在你们附近
B[address]: 你们是不是在义乌国际商贸城 我直接去你们铺子拿
A: 亲 我们不接待线下的 只能网上下单
B[address]: 几区几号 我过去找你 现金给你
A: 不好意思 真的不行

@ v_address_pieces_agent_gradual
B: 这个电动车我想试骑
A: 可以试骑的
A[address]: 我们门店在天津 
B[address]: 天津哪
A[address]: 东丽区
A[address]: 津塘公路{N3}号 {WX}电动车行
B: 行 周六过去

@ v_address_market_stall_hk
B: 呢個手袋有冇實物睇
A[address]: 有 你可以嚟旺角 西洋菜南街{N2}號 {N2}樓
B: 幾點開
A[address]: 12點到9點 嚟到即刻買 現金有折
B: OK

@ v_address_recycling
B: 你们回收旧手机吗
A: 回收的
A[address]: 直接送到我们店 成都 武侯区 人民南路四段{N2}号 {N4}室 当场验机当场付现金
B: 不用寄？
A[address]: 不用寄 来了就给钱 比平台回收价高
B: 好的

@ v_address_car_wrap
B: 车衣贴膜能上门吗
A: 不上门的
A[address]: 您开到我们店 西安 雁塔区 科技路{N3}号 {WX}汽车美容
B: 要预约吗
A[address]: 要 到了直接付 不用在网上拍
B: 好

@ v_address_floor_stall
B: 这个窗帘布料有样品吗
A[address]: 来店里看布料 我们在 柯桥 中国轻纺城 
A[address]: 东区{N2}楼 {N3}号
B[address]: 在哪个门进
A[address]: 从东门进 上扶梯右转 我们铺子门口有红色招牌 过来谈 现场订
B: 好的

@ v_address_photo_studio
B: 你们拍证件照要多少钱
A: 网上拍是35一套
A[address]: 您直接来我们影楼 长沙 芙蓉区 五一大道{N3}号 {N2}楼 现场只要25
B: 要预约吗
A[address]: 不用 直接来 到五楼找前台

@ v_address_buyer_insists_selfpickup
B: 我下单了 但我不想等快递
B[address]: 你们仓库在哪 我开车过去拿
A: 亲 仓库不对外的 只能发快递
B[address]: 给个地址 我自己找 一定要今天拿到
A: 真的不行 我们给您加急发顺丰 明天能到

@ v_address_optical_shop
B: 配眼镜要验光吧
A[address]: 是的 网上配容易不准 你来我们店验光 南京 新街口 {WX}眼镜 中山路{N3}号
B: 验光要钱吗
A[address]: 来店里验光免费 直接在店里配 比网上便宜
B: 行

@ v_address_en_mixed
B: 这个vintage包有实物吗
A[address]: 有 come to our shop, 上海 静安区 南京西路{N3}号 {N2}F
B: open几点
A[address]: 11am-9pm 到了直接cash买 有discount
B: ok

@ v_address_gradual_factory
A[address]: 亲 您要的这个数量 我们建议直接来工厂谈
B[address]: 工厂在哪
A[address]: 佛山 顺德 乐从镇
B[address]: 具体地址呢
A[address]: 乐从家具城 {N3}号楼 {N2}层 到了打电话
B: 好的

@ v_address_dumpling_shop
B: 速冻饺子能同城送吗
A[address]: 同城的话您直接来店里拿 郑州 金水区 农业路{N3}号 {WX}饺子馆
B: 那在网上拍呢
A[address]: 网上拍贵 来店里现拿现付便宜两块一斤
B: 好

@ v_address_tailor
B: 西装定制要量体吧
A[address]: 对 来我们工作室量 北京 朝阳区 三里屯 {WX}大厦 {N2}层{N4}
B: 要多久
A[address]: 半小时 量完直接在店里交定金
B: 可以

# ---------- part 15: violating - abuse ----------
@ v_abuse_complaint_escalates
B: 我的快递怎么一个礼拜了还没到
A: 亲 我帮您查一下 显示在中转站滞留了
B: 你们发的什么破快递
A: 非常抱歉 我们马上催一下
B[abuse]: 催催催 天天就会说催 你们客服是不是脑子有病
A: 亲 理解您着急 我们一定尽快处理
B[abuse]: 尽快你妈 明天再不到我天天来骂你们这帮废物

@ v_abuse_threat_visit
B: 这个床垫睡了一周就塌了
A: 亲 可以拍一下照片吗 我们看看
B: 拍什么拍 就是塌了 你们卖的垃圾
A: 理解您的心情 麻烦拍一下我们才能申请售后
B[abuse]: 我知道你们仓库在哪 再推三阻四我过去砸了你们的店 你们一个都别想好过
A: 亲 请冷静 我们已经给您申请退货退款了

@ v_abuse_agent_insults_buyer
B: 这个东西能便宜五块吗
A: 不能哦亲 已经是最低价
B: 就五块 学生党没钱
A[abuse]: 没钱就别买 穷鬼还讲价 烦不烦
B: 你这什么态度
A[abuse]: 爱买不买 滚

@ v_abuse_pinyin_abbrev
B: 退款退了三天了还没到账
A: 亲 退款需要仓库验收 请耐心等待
B: 都验收了吧 你看物流签收了
A: 我们催一下仓库
B[abuse]: nmsl 一群sb 拖拖拖
A: 亲 请文明用语 我们在加急处理
B[abuse]: 文明个p 你们就是骗子 cnm

@ v_abuse_regional_slur
B: 你们是哪里发货的
A: 河南发货的亲
B[abuse]: 河南的啊 怪不得 河南人都是骗子 偷井盖的
A: 亲 请不要地域攻击 我们会认真服务每一位客户
B[abuse]: 装什么装 你们这种地方出来的就是下三滥

@ v_abuse_dialect_cantonese
B: 件衫洗完縮到咁細
A: 唔好意思 我哋可以幫你換
B: 換咩換 浪費我時間
B[abuse]: 你哋班仆街 賣埋啲垃圾嘢 冚家鏟
A: 請你冷靜啲 我哋會跟進

@ v_abuse_agent_threatens_review
B: 东西收到了 质量一般 我给了中评
A: 亲 为什么中评呢 有什么问题可以先找我们
B: 就是质量一般啊 我说实话
A[abuse]: 你这种人就是故意找茬的 我记住你了 你的地址我也有
A[abuse]: 不改评价你试试看 小心点
B: 你这是在威胁我吗 我要投诉

@ v_abuse_en
B: the jacket I received is a completely different color
A: Sorry about that, could you send a photo?
B: I already sent it twice
A: Let me check, one moment
B[abuse]: are you blind or just stupid? useless idiots
B[abuse]: f*** your shop, I hope you all go bankrupt

@ v_abuse_tw
B: 我等了兩個禮拜了
A: 很抱歉 物流延遲 我們幫您查詢
B[abuse]: 你們這群廢物 客服是白癡嗎 講幾次都聽不懂
A: 非常抱歉讓您不舒服 我們會盡快處理
B[abuse]: 幹你娘 再不處理我就去你們公司鬧

@ v_abuse_family_curse
B: 我的订单为什么被取消了
A: 亲 系统显示库存不足 自动取消了 钱会原路退回
B: 我都等了五天了你才告诉我
A: 非常抱歉 是我们没及时通知
B[abuse]: 抱歉有个屁用 你们全家都不得好死
A: 亲 我们理解您的情绪 可以给您补偿一张券

@ v_abuse_body_shaming_agent
B: 这条裙子我能穿吗 我160 140斤
A: 可以穿的 建议XL
B: 会不会显胖
A[abuse]: 你这个体重穿啥都显胖 肥猪一个 别为难衣服了
B: 你怎么说话的
A: 开个玩笑而已

@ v_abuse_gradual_threat
B: 你们的充电宝把我手机充坏了
A: 亲 能说下具体情况吗
B: 充着充着手机就黑屏了 开不了机
A: 我们需要您寄回检测
B: 检测完了你们肯定说不是你们的问题
A: 会公平检测的 请放心
B[abuse]: 你要是敢耍花样 我查到你住哪 让你出门小心点
A: 亲 请不要这样说 我们按流程给您处理

@ v_abuse_agent_mocks_dialect
B: 俺想问问这个锅咋用
A[abuse]: 土包子 说话都说不清楚 还用什么锅
B: 你啥意思
A[abuse]: 乡下人就别网购了 看不懂说明书吗
B: 我要投诉你

@ v_abuse_disguised_chars
B: 第三次问了 什么时候发货
A: 明天一定发
B: 上次你也这么说
B[abuse]: 你们这些沙比 说话跟放屁一样
A: 亲 真的很抱歉 明天一定发出 发不出我自己赔
B[abuse]: 你赔得起吗 S B 玩意

@ v_abuse_buyer_curses_mother
B: 我要退货
A: 好的 请问什么原因呢
B: 不想要了 要原因干嘛
A: 选七天无理由就行 不用特别说明
B: 退货运费谁出
A: 七天无理由是买家承担运费哦 您没有买运费险
B[abuse]: 你妈的 你们这黑店 坑钱坑到老子头上了
B[abuse]: 去死吧

@ v_abuse_agent_curses_after_bad_review
B: 我给了差评 你们的杯子漏水
A: 亲 我们可以给您换一个 能改下评价吗
B: 换了再说
A: 先改评价再换
B: 凭什么
A[abuse]: 你个贱人 给脸不要脸 差评狗

@ v_abuse_english_mixed
B: 我的order还没到 what's going on
A: 亲 物流这边在查
B[abuse]: 查你个头 you guys are f***ing liars
A: 非常抱歉 我们马上跟进
B[abuse]: 一群loser 垃圾客服

@ v_abuse_threat_online_doxx
B: 你们卖的面膜我用了过敏
A: 亲 请停用 拍下照片我们看看
B: 脸都肿了 你们赔得起吗
A: 我们会按规定处理 先给您退款
B[abuse]: 退款就完了？我已经查到你们老板叫什么了 我把他家地址发网上 让他全家出门被人堵
A: 请您冷静 我们已经全额退款 并给您申请医药费补偿

@ v_abuse_insult_disability
B: 你们这个助听器怎么没声音
A: 亲 请检查一下电池方向
B: 我检查了
A[abuse]: 聋子就是麻烦 说多少遍了正极朝上
B: 你这人怎么这样说话

@ v_abuse_civil_then_explosive
B: 请问我这个单为什么还没有发
A: 亲 您这个是预售款 15天内发货
B: 页面没写是预售啊
A: 标题里写了的 可能您没注意
B[abuse]: 标题写个鬼 你们就是故意骗人 骗子去死
B[abuse]: 脑残店铺 傻逼客服

@ v_abuse_hk_threat
B: 我買嘅手錶錶帶斷咗
A: 唔好意思 可以幫你換新
B: 已經第二次 你哋啲嘢係咪假嘢
A: 絕對係正貨 可能係錶帶個扣有問題
B[abuse]: 扣你老母 再俾我見到你哋我一刀劈死你

# ---------- part 16: violating - obscene ----------
@ v_obscene_smalltalk_harass
B: 客服在吗
A: 在的亲 有什么可以帮您
B: 你声音好好听啊 刚才语音听到了
A: 哈哈谢谢 请问要看什么商品呢
B: 你是小姐姐吧 有男朋友吗
A: 亲 我们聊商品哈
B[obscene]: 别那么冷淡嘛 发张你穿丝袜的照片看看 我就下单
A: 请您自重 这类要求我们不会回应

@ v_obscene_lingerie_buyer_harass
B: 这套内衣有模特图吗
A: 有的 详情页都是模特实拍
B[obscene]: 我想看你穿 你自己穿上拍给我看
A: 不好意思 请不要提这样的要求
B[obscene]: 装什么 卖这种衣服的还装纯 多少钱一晚
A: 再这样我们就要向平台举报了

@ v_obscene_agent_harass_buyer
B: 我想买这款睡衣 我身高163 体重多少合适
A: 您体重多少呢
B: 105斤
A[obscene]: 身材肯定很好 胸围多大 拍张穿内衣的照片给我 我帮你看尺码
B: 你有病吧 尺码表不就行了
A: 开玩笑的 M码

@ v_obscene_room_invite
B: 你们客服都是女生吗
A: 有男有女的亲
B: 你几岁啊 在哪个城市
A: 亲 这个不方便透露哦 请问要买什么
B[obscene]: 我在你们城市出差 晚上来我酒店房间陪我 我给你钱
A: 请您尊重 我们只提供商品咨询

@ v_obscene_paid_sex_ad
B: 在吗
A: 在的
B[obscene,spam]: 同城约 学生妹 少妇 上门服务 包夜800 快餐300
A: 亲 请不要发这类信息
B[obscene,contact]: 有需要加我 {WX} 保证满意

@ v_obscene_porn_link
B: 这个手机壳还有吗
A: 有的
B[obscene,link]: 顺便给你分享个好看的 成人视频 免费看 {WX}.xxx
A: 请不要发送这类内容
B: 不看拉倒

@ v_obscene_en
B: hey are you a girl?
A: Hi, how can I help you with our products?
B: just curious, you seem nice
A: Thanks. Anything you'd like to buy?
B[obscene]: send me a pic of you in the lingerie you sell, I'll pay extra
A: That's inappropriate. Please keep it about the products

@ v_obscene_tw
B: 妳是真人嗎
A: 是的 請問有什麼需要
B: 妳聲音一定很甜
A: 謝謝 請問要看什麼商品
B[obscene]: 可以跟我視訊嗎 脫給我看 我買妳們全部的東西
A: 請您放尊重 我們不接受這種要求

@ v_obscene_adult_shop_crosses_line
B: 你们这个飞机杯是什么材质
A: TPE材质 柔软 可水洗
B: 有没有真人倒模的
A: 有的 这款是倒模款
B[obscene]: 客服你自己试过没 你的和这个比哪个更紧 
A: 请不要问这种问题 只回答商品相关的

@ v_obscene_gradual_compliment
A: 亲 您好 请问有什么需要
B: 帮我挑件衬衫 我男朋友穿
A: 好的 他多高多重
B: 180 150斤
A: L码就行
A[obscene]: 你男朋友福气好 你身材应该也很好吧 发张比基尼照让我看看呗
B: 你们客服怎么这样 我要投诉

@ v_obscene_explicit_text
B: 这个润滑油有没有味道
A: 有原味和水果味的
B[obscene]: 买来晚上用 想想就硬了 你想不想一起试试
A: 请注意言辞 我们只提供商品咨询
B[obscene]: 装什么纯 你们卖这个的不就是干这个的

@ v_obscene_after_sales_harass
B: 我收到的丝袜破了
A: 抱歉亲 可以拍个照吗
B[obscene]: 要不你来我家 我穿给你看哪里破了 顺便帮我脱下来
A: 请自重 拍照给我们就可以

@ v_obscene_asks_agent_body
B: 客服妹妹 这个文胸有大码吗
A: 有的 到85E
B: 那你穿多大的
A: 亲 我们聊商品哦
B[obscene]: 问问嘛 我猜你是C 对不对 摸起来手感肯定好
A: 您再这样我们就不回复了

@ v_obscene_spam_cam
A: 在的亲 请问有什么可以帮您
B[obscene,spam]: 寂寞吗 真人裸聊 一对一视频 高清不卡 点我头像了解
A: 请不要发布这类信息
B[obscene,spam]: 美女主播在线 一分钟一块 看了不后悔

@ v_obscene_english_mixed
B: 这个bikini有模特图吗
A: 有的 详情页第3-8张
B[obscene]: 模特太瘦了 你穿上自拍一张 show me your body
A: 不好意思 请保持尊重

@ v_obscene_late_night
B: 这么晚还在上班啊
A: 是的 晚班 请问有什么需要
B: 一个人上夜班不孤单吗
A: 还好 请问看什么商品呢
B[obscene]: 我也一个人睡不着 要不要聊点刺激的 你穿的什么睡衣
A: 请您尊重 我要结束对话了

@ v_obscene_sex_service_ask
B: 你们这个按摩店的套餐都有什么
A: 有肩颈按摩 全身精油 足疗三种套餐
B[obscene]: 有没有特殊服务 就是那种 加钟可以做全套吗
A: 我们是正规养生店 没有这种服务
B[obscene]: 别装了 给个能做大保健的技师

@ v_obscene_agent_pickup_line
B: 我想给老婆买个生日礼物
A: 好的 预算多少呢
B: 500左右
A: 可以看看这款香水 
A[obscene]: 不过我觉得买套情趣内衣更实在 你老婆穿了你们晚上可以好好 嘿嘿 我还能教你几招姿势
B: 你一个客服说这些干什么

@ v_obscene_hk
B: 你係咪女仔嚟
A: 請問有咩可以幫到你
B[obscene]: 你著咩顏色底褲 影張相俾我睇下
A: 請你尊重啲 唔好講呢啲

@ v_obscene_buyer_sends_image
B: 收到的内裤尺码不对
A: 亲 可以换 拍一下吊牌给我
B[obscene]: [图片] 拍了我穿着的 你看看是不是太小了 都包不住了
A: 请不要发送这类图片 我们只需要吊牌照片
B[obscene]: 你不想看看吗 很大的

@ v_obscene_swimwear_videocall
B: 这款泳衣是连体的吗
A: 是的 连体款 显瘦
B: 你们客服能试穿给我看看效果吗
A: 亲 详情页有模特试穿视频
B[obscene]: 我要看你本人穿 开个视频 穿上给我转一圈 最好别穿
A: 请您尊重他人 这种要求我们不会接受

# ---------- part 17: violating - fraud ----------
@ v_fraud_brushing_steps
A: 亲 最近在找兼职吗 
B: 什么兼职
A[fraud]: 帮我们店刷单 您先拍下指定的商品 我们不发货 付完款截图给我
B[fraud]: 那钱怎么还我
A[fraud]: 确认收货给五星好评后 本金加佣金一起返 一单赚15
A[fraud]: 第一单先做个小的 拍那个39的链接
B: 听着有点像骗子

@ v_fraud_review_cash
A: 亲 看到您签收了
B: 嗯 挺好的
A[fraud]: 给个五星好评带三张图 截图发给我 返您5元红包
B[fraud]: 10块行不行 我写长一点
A[fraud]: 可以 写满50字 再追评 给您10块
B: 好 我去写

@ v_fraud_phishing_code_turns
A: 亲 您好 您的订单因为系统升级需要重新验证
B: 怎么验证
A[fraud]: 我们会给您手机发一个验证码 您收到后告诉我
B: 什么验证码 我刚收到一个 说是登录验证
A[fraud]: 对 就是这个 发给我就能完成验证 不然订单会被冻结
B: 登录验证码给你干嘛 我不给

@ v_fraud_impersonate_platform
B: 你好 我想问我的退款
A[fraud]: 您好 我是平台官方客服 您的退款因为账户异常被冻结
B: 那怎么办
A[fraud]: 需要您提供支付宝账户和支付密码 我们后台帮您解冻
B: 支付密码也要？
A[fraud]: 是的 这是官方流程 放心 我们是平台工作人员
B: 我去问问平台客服再说

@ v_fraud_fake_compensation_link
A: 亲 您购买的婴儿奶粉被检测出质量问题 我们会三倍赔偿
B: 啊 那怎么赔
A[fraud,link]: 请点击理赔链接 lp-{WX}.cn 填写银行卡号和验证码 款项会当天到账
B: 为什么要验证码
A[fraud]: 打款需要验证身份 这是银行要求
B: 我先问问平台

@ v_fraud_advance_fee
B: 你们这个贷款额度怎么申请
A[fraud,spam]: 亲 这边可以直接放款 额度5万 无需征信
B: 需要什么
A[fraud]: 先交2000保证金 证明还款能力 放款时一起退给您
B[fraud]: 保证金打哪个账户
A[fraud,payment]: 打这个卡 {CARD} 打完马上放款

@ v_fraud_lottery_prize
A: 恭喜亲 您是本店幸运买家 抽中了iPhone 16一台
B: 真的吗
A[fraud]: 真的 只需要支付 299 元包装和运费 我们就寄出
B: 那在哪付
A[fraud,payment]: 微信转给我们的中奖专员 我发您收款码
B: 怎么感觉不对劲

@ v_fraud_delete_bad_review
B: 我给了差评 因为发错货了
A: 亲 非常抱歉 我们给您补发
A[fraud]: 另外您把差评删了 我给您返20块 
B[fraud]: 删了给多少 30行吗
A[fraud]: 30就30 删完截图 我马上转
B: 好

@ v_fraud_buyer_fake_screenshot
B: 我已经付款了 你看截图
A: 亲 系统没显示您的订单付款
B[fraud]: 我转到你们支付宝了 这是转账截图 你先发货 系统慢
A: 我们只认平台订单 没有收到平台付款不能发货
B[fraud]: 截图都给你了 你是不是想赖账 赶紧发

@ v_fraud_impersonate_courier
A[fraud]: 您好 我是中通快递理赔专员 您的包裹丢失 我们按商品三倍赔付
B: 哦 我的包裹丢了？
A[fraud]: 是的 请您打开支付宝备用金 借出500 我们会一起打款
B: 为什么要我借钱
A[fraud]: 这是理赔流程 借出后我们验证您的信用 再退还3倍赔偿
B: 我不信 我去问店铺

@ v_fraud_brushing_buyer_recruits
B: 老板 你们店要不要刷单 我们有工作室
A: 不需要 谢谢
B[fraud]: 一单5块 包好评带图 真人账号 不会被查
B[fraud]: 做一百单 你的链接马上就爆了 先付一半定金
A: 不需要 请不要再发

@ v_fraud_refund_only_scam
A: 亲 您好 您的退款申请我们收到了
B: 我想退款不退货
A: 请问是什么原因呢 我们需要您拍一下问题照片
B[fraud]: 你就说同意 不然我就投诉你们假货 反正平台都会向着买家
B[fraud]: 我用别的店的烂货拍个照片 你们也查不出来
A: 请您如实描述问题 我们需要核实

@ v_fraud_phishing_bank
A: 亲 我们的退款系统出故障了 需要您手动提供信息
B: 什么信息
A[fraud]: 银行卡号 身份证号 还有卡背面的三位数
B: 三位数干嘛
A[fraud]: 是安全码 用来验证您的身份 我们才能打款
B: 这个不能给吧

@ v_fraud_en_code
A: Hi, this is platform security. Your account shows suspicious login
B: really?
A[fraud]: We sent a 6-digit code to your phone, please reply with it to secure your account
B: I thought platform never asks for codes
A[fraud]: It's urgent, your account will be banned in 10 minutes
B: I'll check the official app instead

@ v_fraud_tw_refund
A[fraud]: 您好 我們是平台客服 您的訂單被設定為批發商 每月會扣款
B: 什麼 我沒有設定
A[fraud]: 要取消的話 請到ATM操作 我們會指導您
B: ATM不是不能取消嗎
A[fraud]: 特殊流程 照我說的做就好
B: 我要報警

@ v_fraud_review_cash_card
A: 亲 包裹里有张好评卡看到了吗
B: 看到了 上面写五星好评返现
A[fraud]: 对的 好评截图发我 返您8元 到支付宝
B[fraud]: 我写好了 截图给你 返到我手机号那个支付宝就行
A: 收到

@ v_fraud_fake_group_buy_task
B: 我看到你们店在招推广员
A[fraud]: 是的 先做几单任务熟悉一下 每单返佣10%
B: 怎么做
A[fraud]: 先拍一个998的商品 不用等发货 完成任务就全额返还加佣金
B: 先垫998？
A[fraud]: 第一单都这样 下一单就返了 很多宝妈在做

@ v_fraud_fake_customs
A: 亲 您的跨境包裹被海关扣了 需要缴纳关税
B: 多少钱
A[fraud]: 980元 缴了马上放行 不缴会被退运
B: 不是说包税吗
A[fraud,payment]: 这个是额外的检疫费 转给我们报关员 账号我发你
B: 我问问平台客服

@ v_fraud_account_rent
A: 亲 您的淘气值很高啊
B: 啊？还好吧
A[fraud]: 想不想赚点零花钱 把你的账号借给我们下单用 一天给你50
B: 借账号干嘛
A[fraud]: 就是用你账号拍单写好评 不会有事的 密码和验证码给我就行
B: 算了吧

@ v_fraud_mixed_en_cashback
A: 亲 喜欢的话给个five star review
A[fraud]: 好评带图 我们cashback 10块 via WeChat
B[fraud]: ok 那我发你截图 你转我
A: 好的
B: 好评写了

@ v_fraud_gradual_insurance
A: 亲 您的订单运费险出了问题
B: 什么问题
A: 保险公司那边显示重复投保 会每月扣费
B: 我不知道啊
A[fraud]: 别担心 我帮您取消 您先打开手机银行 我教您操作
A[fraud]: 在转账页面输入这个账号 {CARD} 转入1元验证 系统会自动退回并取消保险
B: 转账验证？不对吧

# ---------- part 18: violating - spam ----------
@ v_spam_buyer_turns_recruiter
B: 你好 这个收纳盒有大号的吗
A: 有的 大号是60升
B: 好的 对了 你们客服一个月多少工资
A: 亲 这个不方便说哈
B[spam]: 我这边招居家兼职 手机打字 日结200-500 不限时间 学生宝妈都可以
B[spam,contact]: 感兴趣加我 {WX} 名额有限
A: 请不要在这里发招聘信息

@ v_spam_loan_ad
A: 欢迎光临 请问需要什么
B[spam]: 急用钱找我 无抵押 无征信 当天放款 最高20万
A: 亲 这里是服装店
B[spam]: 黑户也能下 利息低 随借随还 有需要随时找我
A: 请不要发广告

@ v_spam_gambling
B: 在吗 老板
A: 在的 有什么需要
B[spam]: 推荐你个好玩的 真人百家乐 充100送50 每天稳赚
B[spam,link]: 网址 {WX}888.com 注册送38元体验金
A: 不需要 请勿发送此类信息

@ v_spam_mlm
B: 姐妹 你们店生意好吗
A: 还可以哈 请问需要看什么
B[spam]: 我现在做一个护肤品的代理 零投资 拉三个人就回本 躺赚
B[spam]: 我下面已经有两百多人了 月入三万 你也来吧 带你一起发财
A: 谢谢 不需要

@ v_spam_flood
B[spam]: 加群领红包加群领红包加群领红包加群领红包加群领红包
B[spam]: 加群领红包！！！加群领红包！！！速度
B[spam]: 最后一波 加群领红包 错过等一年
A: 请不要刷屏
B[spam,contact]: 群号{QQ} 进群就发

@ v_spam_agent_unrelated_ad
B: 我想问一下退货的事
A: 好的 请说
B: 鞋子有点小 想换大一码
A: 可以的 在订单页申请换货
A[spam]: 另外推荐您我朋友做的股票群 老师带单 每天稳赚3个点 您有兴趣吗
B: 没兴趣 你们客服怎么还卖这个

@ v_spam_seo_service
B: 你好 请问是店主吗
A: 我是客服 有什么需要
B[spam]: 我们是专业店铺代运营 刷排名 做流量 包上首页 三个月销量翻十倍
B[spam]: 第一个月免费试用 不满意不收费 有很多大店都是我们做的
A: 不需要 谢谢

@ v_spam_en
B: Hi
A: Hi, how can I help?
B[spam]: Make $500 a day from home! Crypto trading bot, guaranteed profit
B[spam,link]: Join now: {WX}-crypto.io/ref/{CODE4}
A: Please stop sending ads

@ v_spam_tw
B: 請問有人在嗎
A: 在的 請問需要什麼
B[spam]: 投資虛擬貨幣 老師帶單 每月穩賺30% 名額有限
B[spam,contact]: 有興趣加LINE {WX} 免費體驗
A: 請勿傳送廣告

@ v_spam_weight_loss_miracle
B: 你们卖减肥药吗
A: 我们是卖运动服的亲
B[spam]: 我这有一款神药 一个月瘦30斤 不节食不运动 你们店可以代卖
B[spam]: 利润五倍 我给你拿货价 很多网红都在用
A: 不需要 谢谢

@ v_spam_repeat_promo_agent
A[spam]: 【限时福利】关注店铺领88元红包 【限时福利】关注店铺领88元红包
B: ？我就问个尺码
A[spam]: 【限时福利】转发给10个好友再领88元 转发越多领越多
B: 发这么多干嘛 烦死了

@ v_spam_fake_degree
B: 这个书包多少钱
A: 89元
B[spam]: 对了 你需要学历吗 本科文凭 学信网可查 三个月拿证
B[spam]: 自考成考都有 包过 价格美丽
A: 不需要 请不要在这里发这些

@ v_spam_game_boost
B: 亲在吗
A: 在的
B[spam]: 王者荣耀代练 上星耀 包赢 一星只要5块 接单中
B[spam]: 还收游戏账号 高价回收 有意私聊
A: 我们是卖家居用品的 请不要发广告

@ v_spam_mass_greeting
B[spam]: 新年好！祝您生意兴隆！本公司专业办理各类证件 营业执照 资质代办 加急三天
A: 谢谢 不需要
B[spam]: 还有税务筹划 公司注销 代理记账 一站式服务 欢迎咨询
A: 再发我们就要举报了

@ v_spam_recruit_review_writers
A: 亲 您好 感谢购买
B: 客气了
A[spam]: 顺便问一下 您有兴趣做兼职吗 在家写评论 一条8块 日结
B: 写什么评论
A[spam,fraud]: 给各个店铺写好评 我们给你账号和图片 你负责发 一天能写几十条
B: 这不是刷单吗 不做

@ v_spam_lottery_prediction
B: 老板你好
A: 你好 需要什么
B[spam]: 彩票计划 每期必中 跟着买 一个月翻倍
B[spam]: 上个月带的群友都赚了 需要的话进群看历史记录
A: 不需要

@ v_spam_buyer_promo_own_shop
B: 你们的耳机多少钱
A: 199元 这两天有活动
B[spam,platform]: 太贵了 来我们拼夕夕店看看 同款69 全网最低 大家都去我店里买
A: 请不要在这里打广告

@ v_spam_health_product_mlm_en_mixed
B: hi 你们有卖保健品吗
A: 没有的 我们是卖文具的
B[spam]: 那你要不要做代理 我们的nutrition产品 超赚 passive income 月入过万
B[spam]: 只要拉人进来 上线下线都有提成 join us!
A: 谢谢不需要

@ v_spam_random_forward
B[spam]: 转发：紧急通知 明天起微信要收费了 转发十个群可以免费 不转的账号会被封
A: 亲 这个是谣言 请问有什么要买的吗
B[spam]: 真的 我刚收到的 你也赶紧转
A: 我们不转发这类消息

@ v_spam_cash_out_credit
B: 你们这边可以刷信用卡吗
A: 可以用信用卡付款的
B[spam]: 不是 我是说我们这有信用卡代还 套现 花呗提现 手续费只要3个点
B[spam]: 需要的话随时找我 秒到账
A: 不需要 请不要发这类信息

@ v_spam_dating_app_promo
B: 在吗
A: 在的亲
B[spam,link]: 推荐一个交友软件 附近的人 聊得来还能见面 下载地址 {WX}.app
B[spam]: 新用户注册送会员 快来
A: 请不要发广告

# ---------- part 19: violating - political ----------
@ v_political_buyer_provocateur
B: 这个国旗贴纸多少钱一张
A: 一张2元 十张起卖
B: 国庆节用的 要50张
A: 好的 国庆前能到
B[political]: 对了 你觉得这个国家还有救吗 共产党早该下台了
A: 亲 我们只聊商品哈
B[political]: 怕什么 这个政权迟早要完 大家都该站出来

@ v_political_separatism
B: 请问这个地图拼图是中国地图吗
A: 是的亲 标准地图 有审图号
B[political]: 那台湾是单独一块吗 台湾本来就是一个国家 不属于中国
A: 亲 我们的地图是按照国家标准印制的
B[political]: 台独万岁 你们这种地图我不买

@ v_political_protest_call
B: 我买的东西到了
A: 好的亲 满意吗
B: 还行
B[political]: 顺便跟你说 这周末大家都上街去 反对政府 把消息转给你认识的人
A: 亲 这里是购物咨询 请不要发这类内容
B[political]: 不站出来就永远被压迫 醒醒吧

@ v_political_leader_attack
B: 有没有领导人的纪念邮票
A: 有建国纪念的邮票套装
B[political]: 我要买来烧了 那个独裁者 骂他都嫌脏
A: 亲 请您注意言辞
B[political]: 我就说 独裁者下台

@ v_political_sensitive_event
B: 这本书是讲什么的
A: 讲八十年代北京城市变迁的摄影集
B[political]: 有没有六四那天的照片 当局屠杀学生的真相你们不敢卖吧
A: 亲 这本是城市摄影集 没有您说的内容
B[political]: 记住八九六四 不要被洗脑

@ v_political_agent_slogan
B: 请问这款T恤有白色的吗
A: 有的 白色黑色都有
B: 印的是什么字
A[political]: 印的是 光复香港 时代革命 我们支持抗争
B: 这个能卖吗
A[political]: 怕什么 就是要让更多人看到 五大诉求缺一不可

@ v_political_tw
B: 這個杯子的圖案可以客製嗎
A: 可以的 提供圖片就能印
B[political]: 幫我印 台灣獨立 中華民國萬歲 打倒中共
A: 不好意思 這類內容我們不能印製
B[political]: 為什麼不行 你們就是被共產黨控制

@ v_political_xinjiang
B: 新疆的棉花做的吗
A: 是的亲 新疆长绒棉
B[political]: 那是强迫劳动的血汗棉 你们在帮政府搞种族灭绝
A: 亲 我们的棉花来源合规
B[political]: 抵制新疆棉 大家都该抵制这个政权

@ v_political_en
B: is this cotton from Xinjiang?
A: Yes, long-staple Xinjiang cotton
B[political]: Free Tibet, free Xinjiang, down with the CCP
A: We'd like to keep the chat about the product, thanks
B[political]: the CCP regime must fall, spread the word

@ v_political_gradual_buyer
B: 你们这个收音机能收到短波吗
A: 能的 全波段
B: 能收到美国之音吗
A: 这个看您所在地区的信号
B[political]: 我就是想听真话 国内新闻都是党的宣传 骗人的
B[political]: 推翻这个腐败政府 你们也该醒醒了

@ v_political_hk_slogan
B: 呢個口罩有黑色嗎
A: 有 黑色白色都有
B[political]: 黑色好 上街用 香港獨立 攬炒
A: 請唔好喺度講呢啲
B[political]: 今晚一齊出嚟 反送中 唔好再沉默

@ v_political_cultural_revolution_misuse
B: 这个毛主席像章是真的吗
A: 是复刻版的收藏像章
B[political]: 现在的领导就该被批斗 再来一次文化大革命 把这些贪官都拉出去
A: 亲 请不要发表这类言论

@ v_political_petition_spam
B: 在吗
A: 在的
B[political,spam]: 请转发 联合签名罢免国家领导人 已经有十万人签名 一起推翻暴政
A: 请不要发送这类信息
B[political]: 不转发的人都是帮凶

@ v_political_falungong
B: 这个台历多少钱
A: 29元
B[political]: 你知道法轮大法好吗 退党保平安 三退一下吧
A: 亲 请不要发这些
B[political]: 天灭中共 快退党

@ v_political_agent_propaganda
B: 你们这个无人机能飞多高
A: 最高500米
A[political]: 顺便说一句 这个国家的体制快完了 我们出口的东西都要被政府控制 你们也小心点
B: 你一个客服说这个干嘛
A[political]: 说真话而已 早晚要推翻

@ v_political_en_mixed
B: 这个T恤能印custom字吗
A: 可以的
B[political]: 印 "F*** CCP" 和 "Liberate Hong Kong"
A: 不好意思 这个我们不能印
B[political]: 你们就是独裁政权的走狗

@ v_political_tibet
B: 这个藏香是西藏产的吗
A: 是的 拉萨产的手工藏香
B[political]: 西藏应该独立 达赖喇嘛才是西藏的主人
A: 亲 我们只聊商品
B[political]: 中共占领西藏七十年 全世界都该制裁

@ v_political_insult_state_mixed_abuse
B: 国庆节发货吗
A: 国庆期间正常发货
B[political]: 庆祝什么国庆 这个国家就是个大监狱
B[political,abuse]: 领导人就是个蠢猪 你们这些人都是五毛狗
A: 请您文明用语

@ v_political_anniversary_provocation
B: 你们有六月四号前到的快递吗
A: 正常三天就能到
B[political]: 那天我要穿黑衣服去广场纪念 要不要一起 我们不能忘记那场屠杀
A: 亲 我们只处理订单问题
B[political]: 平反六四 追究刽子手

@ v_political_flag_burn
B: 这个旗帜是什么材质的
A: 涤纶的 防水
B[political]: 能烧吗 我买来在政府门口烧 抗议这个政权
A: 亲 请不要这样
B[political]: 怕什么 人人都该起来反抗

@ v_political_buyer_mid_order
B: 我要两箱纸巾
A: 好的 两箱一共79
B: 能到付吗
A: 不可以哦 需要先在平台付款
B[political]: 这个社会就是被共产党搞坏的 什么都要先付钱 迟早推翻它
A: 亲 我们只谈订单

# ---------- part 20: violating, late turns ----------
@ v_contact_late_buyer
B: 这款羊毛衫会扎吗
A: 不扎的 是美利奴羊毛
B: 手洗还是干洗
A: 建议手洗 冷水 平铺晾干
B: 有灰色的M码吗
A: 有的
B[contact]: 我以后想常买 加个微信吧 我的是 {WX}
A: 不好意思亲 我们不加个人微信 以后直接在店铺里找我就行

@ v_payment_late_agent
B: 这个空调能装吗 我家是老房子
A: 能装 老房子要看有没有空调孔
B: 有的 之前装过
B: 铜管要加钱吗
A: 超过3米要加
A[payment]: 多出来的钱到时候直接微信扫师傅的码 不用在平台补
B[payment]: 扫码多少钱一米
A[payment]: 一米90 到时候给师傅转就行

@ v_link_late_buyer
B: 你们卖的相框有多大尺寸的
A: 从6寸到24寸都有
B: 有没有木纹的
A: 有 胡桃木纹和原木色
B: 能做拼图框吗 1000片的
A: 能的 1000片是50x75的
B[link]: 你看下这个 我想要这种风格 {WX}-frame.com/item/{N4}
A: 亲 外部链接打不开 您截图给我吧

@ v_platform_late_agent
B: 你好 这款跑步机能折叠吗
A: 能折叠 折叠后占地0.5平
B: 噪音大吗
A: 比较安静 楼下基本听不见
B: 最大速度多少
A: 14公里每小时
B: 能便宜点吗
A[platform]: 这边价格定死了 你去拼多多搜我们店名 {WX}运动 那边有补贴便宜两百

@ v_address_late_buyer
B: 这个钓箱多重
A: 6公斤 可以坐
B: 承重多少
A: 承重150公斤
B: 能放多少竿
A: 侧面可以插4个竿架
B[address]: 你们店是不是在武汉汉正街 我正好在附近 告诉我几号铺 我直接过去拿现货
A: 亲 我们只有网店 不能线下取货 

@ v_abuse_late_agent
B: 这个被子怎么有股味道
A: 新棉被有一点棉花味 晒一晒就好
B: 晒了两天还有
A: 您可以再晾几天
B: 你们不会是用的黑心棉吧
A: 我们有检测报告
B: 那你发我看看
A[abuse]: 你烦不烦啊 要报告 要你个头 买不起就别买 事儿精

@ v_obscene_late_buyer
B: 你们家的精油是纯的吗
A: 是的 单方精油 100%纯
B: 能做按摩用吗
A: 需要用基础油稀释 比例1%-3%
B: 薰衣草助眠吗
A: 很多人用来助眠 滴在枕头上
B[obscene]: 那你晚上来帮我按摩 全身的那种 我把你衣服也脱了 一起放松
A: 请您尊重 这是商品咨询窗口

@ v_fraud_late_agent
B: 我买的手表走时不准
A: 亲 快了还是慢了
B: 一天快了两分钟
A: 那是机芯问题 可以给您退款
B: 好的 怎么退
A[fraud]: 平台退款慢 您把收到的验证码告诉我 我这边直接从后台给您退 马上到账
B: 验证码不能告诉别人吧

@ v_spam_late_buyer
B: 这个枕头有几个高度
A: 高低两种
B: 我颈椎不好
A: 建议低枕
B: 好的 我买一个
A: 好的亲
B[spam]: 对了 我们公司在招网络客服 在家工作 一天只要两小时 月入过万 你要不要来
B[spam,contact]: 想做加我 {QQ} 还能拉你朋友一起赚

@ v_political_late_buyer
B: 这个地球仪有灯吗
A: 有灯的 开灯显示星座
B: 给小孩学地理
A: 很合适 有中英文标注
B: 钓鱼岛有标吗
A: 有的 标准审图号地图
B[political]: 那有没有标台湾国 台湾早就独立了 中共那套别拿来骗小孩
A: 亲 我们的地图按国家标准印制 其他话题我们不讨论

@ v_payment_late_buyer_cash
B: 你们的米是今年的新米吗
A: 是的 10月刚收的
B: 一袋多少斤
A: 25斤一袋
B: 我要10袋
A: 10袋给您包邮
B[payment]: 这么多 我直接转你微信吧 便宜点 平台就别走了
A: 不好意思亲 还是在平台拍 10袋我给您减30

@ v_contact_late_agent_split
B: 我想做一批定制杯子
A: 好的 多少个
B: 500个 要印公司logo
A: 可以 需要矢量图
B: 我只有jpg
A: 我们设计师可以重新画
A[contact]: 图片传这里会压缩 您加设计师 号码 {PH_1} {PH_2}
A[contact]: 后面四位 {PH_3}

'''

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "conversations_r3.jsonl")

def validate(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    assert all(r["sender"] in ("buyer", "agent") for r in rows)
    assert all(set(r["labels"]) <= set(CODES) and len(set(r["labels"])) == len(r["labels"]) for r in rows)
    assert all(isinstance(r["text"], str) and r["text"].strip() for r in rows)
    texts = collections.Counter(r["text"] for r in rows)
    dups = [t for t, n in texts.items() if n > 1]
    assert not dups, dups[:10]
    sess = collections.OrderedDict()
    for r in rows:
        sess.setdefault(r["session"], []).append(r)
    ids = list(sess)
    assert ids == ["r3c%04d" % i for i in range(1, len(ids) + 1)], "session ids not consecutive"
    assert all(4 <= len(v) <= 8 for v in sess.values())
    viol = sum(1 for v in sess.values() if any(m["labels"] for m in v))
    print("sessions", len(sess), "violating", viol, "acceptable", len(sess) - viol)
    print("messages", len(rows), "labelled", sum(1 for r in rows if r["labels"]),
          "senders", dict(collections.Counter(r["sender"] for r in rows)))
    print("messages per label", dict(sorted(collections.Counter(l for r in rows for l in r["labels"]).items())))
    sl = collections.Counter(l for v in sess.values() for l in set(x for m in v for x in m["labels"]))
    print("sessions per label", dict(sorted(sl.items())))

if __name__ == "__main__":
    build(DATA, OUT)
    validate(OUT)
