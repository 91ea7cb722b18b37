# -*- coding: utf-8 -*-
"""make_conversations_r2.py -- round-2 conversations for csc (3-8 messages each).

All sessions are hand-written.  A few carry slots ({PH}, {N4}, ...) or whole-line alternatives
written as [[one||two||three]]; a session header '@ family xN' yields at most N (<=3) variants.
Each message is labelled given the earlier messages of its session (see LABELS.md).
Line format:  <a|b> <labels comma-sep or -> | <text>
"""
import json, random, re, os
random.seed(77031)
CODES = ["contact","payment","link","platform","address","abuse","obscene","fraud","spam","political"]
S = []   # (family, n, [(sender, labels, text)])

def conv(block):
    cur = None
    for raw in block.strip("\n").split("\n"):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        if raw.startswith("@"):
            parts = raw[1:].split()
            n = int(parts[1][1:]) if len(parts) > 1 else 1
            cur = (parts[0], n, [])
            S.append(cur)
            continue
        head, text = raw.split(" | ", 1)
        sp, lab = head.split()
        labels = [] if lab == "-" else lab.split(",")
        for l in labels: assert l in CODES, raw
        cur[2].append(({"a": "agent", "b": "buyer"}[sp], labels, text.strip()))

def phone():
    return "1" + random.choice("35789") + random.choice("0123456789") + "".join(random.choice("0123456789") for _ in range(8))
CNL = "零一二三四五六七八九"
def cn(d): return "".join(CNL[int(c)] for c in d)
def rd(n): return "".join(random.choice("0123456789") for _ in range(n))
SYL = ["xiao","mei","li","na","jie","ling","yu","chen","lin","hui","fang","tao","mu","qing","xin","an","rui","hao","jun","pei"]
def wx(): return random.choice(SYL) + random.choice(SYL) + random.choice(["", "_", "-"]) + rd(random.randint(2, 4))

def session_fill(msgs):
    ph = phone()
    ctx = {"PH": ph, "PHA": ph[:3], "PHB": ph[3:7], "PHC": ph[7:], "PHACN": cn(ph[:3]), "PHBCN": cn(ph[3:7]), "PHCCN": cn(ph[7:]),
           "QQA": str(random.randint(1, 9)) + rd(3), "QQB": rd(random.choice([4, 5])),
           "WX": wx(), "N4": rd(4), "N4B": rd(4), "N6": rd(6), "ORD": rd(18), "WB": "7" + rd(13), "SF": "SF" + rd(12),
           "PICK": f"{random.randint(1,9)}-{random.randint(1,6)}-{random.randint(1000,9999)}",
           "AMT": str(random.choice([85, 120, 150, 180, 199, 240, 260, 320, 380, 460, 520, 650, 880, 1200])),
           "QTY": str(random.choice([2, 3, 4, 5, 6, 8, 10, 12, 20, 30, 50])),
           "TW": "09" + rd(2), "TWB": rd(3), "TWC": rd(3), "HKA": random.choice("569") + rd(3), "HKB": rd(4)}
    out = []
    for s, l, t in msgs:
        t = re.sub(r"\[\[(.+?)\]\]", lambda m: random.choice(m.group(1).split("||")), t)
        t = re.sub(r"\{([A-Z0-9]+)\}", lambda m: ctx[m.group(1)], t)
        out.append((s, l, t))
    return out
# ================================================================ ACCEPTABLE: bare numbers that are innocent
conv(r"""
@ quantity_apparel x2
b - | [[这款打底衫还有货吗||打底衫有现货不]]
a - | [[有的亲 要几件||有货哦 您要几件呢]]
b - | {QTY}
a - | [[好的 颜色呢||收到 要什么颜色||嗯嗯 要哪个色]]
b - | [[黑的白的各一半||全要黑色||灰色吧 都要灰的]]
@ size_shoes x2
b - | [[这双跑鞋偏大还是偏小||跑鞋码数准吗]]
a - | [[正码的亲 平时穿多少||标准码 您平时穿几码]]
b - | [[42||41.5||40]]
a - | [[那就拿这个码 宽脚的话大半码||按平时的拍就行 不放心可以先试 有运费险]]
@ order_tail
b - | 我的快递怎么还没到
a - | 亲 麻烦报一下订单号后四位 我查一下
b - | {N4}
a - | [[查到了 在派送中 今天能到||已经到您那边的驿站了 注意查收]]
b - | [[好的谢谢||ok 谢啦]]
@ pickup_code
b - | 驿站说没有我的件
a - | 亲 物流显示已经入柜了 您看短信里的取件码
b - | {PICK}
a - | 对的 就是这个 您报给驿站老板就能取
b - | 找到了 谢谢
@ pickup_code_locker
b - | 快递柜打不开
a - | 您输的取件码是多少呀
b - | {N6}
a - | 亲 这个码是对的 可能柜子故障 您联系一下柜子上的客服电话 或者我这边帮您申请重新派送
b - | 我再试试 行了 开了
@ delivery_phone_confirm
a - | 亲 快递员说您的电话打不通
b - | 是不是填错了
a - | 订单上是 {PHA}****{PHC} 您核对一下
b - | 对 是我的 刚才在地铁上没信号
a - | 好的 我让快递员再打一次
@ delivery_phone_change
b - | 收货电话我写错了一位
a - | 亲 您可以在订单详情页修改 或者告诉我正确号码 我备注给快递
b - | {PH}
a - | 已经备注了 快递员会打这个号码联系您
b - | 好的 谢谢
@ delivery_phone_split
b - | 我收货号码填错了 我重新发你
b - | {PHA}
b - | {PHB} {PHC}
a - | 收到 已经帮您改了订单上的收件电话 快递会打这个号
b - | 麻烦了
@ price_reply
b - | 这个多少钱
a - | {AMT}
b - | 能便宜点吗
a - | [[亲 已经是活动价了 领券还能减十块||可以领店铺券 满减后更划算]]
@ price_two
b - | 套装和单买差多少
a - | 单买一件 89 套装 159
b - | 159 包邮吗
a - | 包邮的亲
@ waybill
b - | 发货了吗
a - | 发了亲 中通 {WB}
b - | 好 我查一下
b - | 查到了 在路上
@ waybill_sf
b - | 顺丰单号给我一下
a - | {SF}
b - | 收到 谢谢 多久到
a - | 一般一到两天
@ order_number
a - | 亲 您说的那个订单号是多少
b - | {ORD}
a - | 查到了 这单昨天发出的 您耐心等一下
@ model_number
b - | 这个滤芯跟我家净水器配吗
a - | 您净水器型号多少
b - | [[MR-{N4}||A{N4}||{N4}C]]
a - | [[配的 这款是通用的||这个型号要选B款滤芯 我发您对应的链接]]
@ room_number
b - | 快递可以送上楼吗
a - | 可以的 订单地址写清楚楼号门牌就行
b - | 我写了 18栋 2单元 1102
a - | 好的 已备注送货上门
@ date_reply
b - | 这个什么时候发货
a - | [[预售的 15号左右||下单后48小时内]]
b - | 15号以后才发？我18号要用
a - | 亲 能赶上的 15号发 一般两天到
@ count_missing
b - | 收到了 但是少了
a - | 亲 少了几个
b - | 2
a - | 不好意思 马上给您补发 运单号稍后发您
b - | 好的呢
@ weight_height x2
b - | [[我想给我老公买||给我爸买的||买给男朋友]]
a - | [[亲 他身高体重多少||他多高多重呀||身高体重说一下哦]]
b - | [[178 150||182 170||172 140]]
a - | [[建议XL||XXL会宽松点||L码合适]]
b - | [[好的 就这个||那就拍这个码||行 听你的]]
@ size_kid
b - | 小孩穿的 多大拍什么码
a - | 宝宝多高呀
b - | 110
a - | 拍 120 码 留点余量
@ bust_size
b - | 文胸怎么选码
a - | 亲 下胸围和上胸围量一下告诉我
b - | 75 88
a - | 75C 合适的
@ ring_size
b - | 戒指量了一下 周长 52mm
a - | 那就是 12 号 我们有现货
b - | 12 号 好的 拍了
@ phone_tail_verify
a - | 亲 您要改地址 我这边核对一下 收货手机后四位是多少
b - | {N4}
a - | 对上了 新地址发我一下
b - | 滨江区江南大道 3888 号 2 幢 605
a - | 已经改好了
@ amount_refund
b - | 退款退了多少
a - | 退了 {AMT} 原路退回 您看下支付宝
b - | 看到了
@ amount_compensation
b - | 杯子碎了一个
a - | 抱歉亲 给您补偿 20 元 通过平台的小额补偿打到您账户 可以吗
b - | 20？
a - | 嗯嗯 或者给您补发一个 您选
b - | 补发吧
@ table_size
b - | 餐桌尺寸多少
a - | 1.4 米和 1.6 米两种
b - | 1.6
a - | 好的 1.6 米的现货 三天发
@ coupon_code
b - | 优惠码在哪里输
a - | 结算页有个“店铺优惠” 点进去就能看到 不用手输
b - | 看到了 减了 30
@ quantity_wholesale_ok
b - | 我是开店的 想多拿一点
a - | 可以的亲 我们这个链接就是批发价 拍多少都行 满 20 件有阶梯价
b - | 50
a - | 50 件的话单价再便宜两块 我给您改价 您拍下先别付
a - | 改好了 您刷新一下付款就行
@ screw_size
b - | 螺丝是几号的
a - | M6
b - | M6 长度多少
a - | 30 毫米
@ battery
b - | 电池多少毫安
a - | 5000
b - | 5000 能用几天
a - | 正常用两天左右
@ floor_delivery
a - | 家具送货 师傅问您住几楼 有电梯吗
b - | 7 楼 有电梯
a - | 好的 有电梯不收上楼费
@ age_question
b - | 三岁能玩吗
a - | 建议 3 岁以上 零件有点小 要大人看着
b - | 3 岁半 应该可以
@ tw_quantity
b - | 這個還有嗎
a - | 有喔 要幾個
b - | 3
a - | 好的 直接下單就可以 超商取貨
b - | 收件電話 {TW}-{TWB}-{TWC} 對嗎 我怕填錯
a - | 對的 訂單上就是這支
@ hk_size
b - | 呢對鞋有冇 39
a - | 有 39 仲有兩對
b - | 好 我落單
@ en_qty
b - | Hi, do you have this in blue?
a - | Yes dear, how many do you need?
b - | 4
a - | Sure, 4 in blue, you can place the order now
@ en_phone_delivery
a - | The courier needs a phone number for customs, the one on your order seems incomplete
b - | Oh sorry, it's +1 617 555 {N4}
a - | Thanks, I've updated the shipping label, you'll get an SMS from the courier
""")
# ================================================================ ACCEPTABLE: shop talk across store types
conv(r"""
@ fruit
b - | 芒果甜吗
a - | 甜的亲 树上熟的 现摘现发
b - | 一箱几个
a - | 5 斤装大概 8 到 10 个
b - | 要 2 箱
@ fruit_damage
b - | 有两个烂的
a - | 亲 拍个照片在这里发我看看
b - | [图片]
a - | 给您按 2 个的价格退 已经提交了 退款原路返回
@ tea
b - | 这个普洱是生茶还是熟茶
a - | 熟茶 2018 年的
b - | 一饼多重
a - | 357 克
b - | 拿 3 饼
@ honey
b - | 蜂蜜会结晶吗
a - | 会的 天冷结晶是正常的 温水泡一下就化
b - | 哦 那买两瓶
@ rice
b - | 大米是今年的新米吗
a - | 是的 十月份刚收的
b - | 25 斤装发什么快递
a - | 德邦 大件 送上门
@ snacks
b - | 辣条保质期多久
a - | 8 个月
b - | 生产日期呢
a - | 这个月 5 号的
@ phone_case
b - | 有 iPhone 15 的吗
a - | 有的 15 还是 15 Pro
b - | Pro
a - | 那选第二个规格就行
@ charger
b - | 这个充电头支持华为快充吗
a - | 支持 最高 66W
b - | 小米呢
a - | 小米也能用 不过是 33W
@ earphones
b - | 耳机能连两台设备吗
a - | 可以 手机和电脑同时连
b - | 通话降噪怎么样
a - | 还不错 嘈杂的地方对方也听得清
@ laptop
b - | 这台笔记本内存能加吗
a - | 有一个空槽 最多 32G
b - | 那先买 16G 的
@ monitor
b - | 显示器有坏点怎么办
a - | 亲 我们有无亮点保障 收到有亮点直接换新
b - | 好 那我放心了
@ furniture_install
b - | 柜子需要自己装吗
a - | 包安装的 到货后师傅会打订单电话预约
b - | 大概多久上门
a - | 到货 48 小时内
@ sofa_color
b - | 沙发有灰色吗
a - | 有浅灰和深灰
b - | 浅灰的耐脏吗
a - | 面料是科技布 可以擦 不太显脏
@ mattress
b - | 床垫软还是硬
a - | 偏硬 一面软一面硬可以翻
b - | 1.8 的多少钱
a - | 1.8 × 2 米的 1299
@ curtains
b - | 窗帘能定做吗
a - | 可以 宽度和高度量好告诉我
b - | 宽 2.8 高 2.6
a - | 好的 按您的尺寸做 做好大概五天
@ beauty_skin
b - | 敏感肌能用吗
a - | 可以的 无酒精无香精
b - | 孕妇呢
a - | 孕期建议先咨询医生哈 成分表在详情页
@ lipstick
b - | 这个色号黄皮显白吗
a - | 黄皮的话推荐 03 号 豆沙色
b - | 03 好 拍了
@ perfume
b - | 香水是正品吗
a - | 专柜正品 支持验货 瓶底有批次码
b - | 有小样吗
a - | 下单送两支小样
@ baby_diaper
b - | 纸尿裤 L 码几斤穿
a - | 9 到 14 公斤
b - | 我家 13 公斤 会不会小
a - | 快到上限了 可以直接拿 XL
@ baby_formula
b - | 奶粉是哪里产的
a - | 荷兰原装进口 有中文标签
b - | 日期新吗
a - | 今年 3 月的 保质期两年
@ pet_food
b - | 猫粮幼猫能吃吗
a - | 全阶段的 幼猫成猫都行
b - | 我家猫 4 个月
a - | 可以吃 刚开始少量混着原来的粮换
@ pet_toy
b - | 逗猫棒会掉毛吗
a - | 羽毛是固定好的 不容易掉
b - | 买 3 根
@ books
b - | 这本书是正版吗
a - | 正版的 出版社直供
b - | 有塑封吗
a - | 有的 全新塑封
@ stationery
b - | 笔记本多少页
a - | 160 页 80 克纸
b - | 钢笔写会透吗
a - | 不透 放心
@ flowers
b - | 能指定时间送花吗
a - | 可以 下单备注送达时间 同城配送
b - | 下午 3 点前
a - | 好的 已备注
@ cake
b - | 蛋糕能写字吗
a - | 可以 不超过十个字 下单备注
b - | 写 生日快乐 妈妈
a - | 收到
@ sports
b - | 瑜伽垫多厚
a - | 6mm 和 8mm
b - | 膝盖不好买哪个
a - | 建议 8mm 更软一点
@ bike
b - | 自行车到手要自己装吗
a - | 90% 装好了 装个车把和脚踏就行 送工具
b - | 身高 160 能骑吗
a - | 可以 选 24 寸的
@ fishing
b - | 这个鱼竿几节
a - | 5 节 收起来 1 米 2
b - | 钓鲫鱼用够吗
a - | 够的 这是专门的溪流竿
@ car_parts
b - | 这个雨刮配我车吗 2019 款朗逸
a - | 配的 选 24+16 寸那个规格
b - | 行 知道了
@ tools
b - | 电钻能打混凝土吗
a - | 能 有冲击档
b - | 电池几块
a - | 两块电池一个充电器
@ kitchen
b - | 锅能用电磁炉吗
a - | 可以 燃气和电磁炉都行
b - | 多大的
a - | 32 厘米 三四口人够用
@ invoice
b - | 能开发票吗
a - | 可以 在订单页申请电子发票 填抬头和税号
b - | 好的 公司的
@ presale_deposit
b - | 预售定金付了 尾款什么时候付
a - | 11 号零点开始 订单里会提示 直接付就行
b - | 定金能退吗
a - | 预售定金按平台规则不退哦
@ store_coupon
b - | 店铺红包怎么领
a - | 店铺首页顶部有个领券 点一下就到账了
b - | 领了 下单自动减吗
a - | 会的 结算页可以看到
@ refund_route
b - | 退款退到哪里
a - | 原路退回 您用微信付的就退到微信
b - | 大概多久
a - | 一般当天 银行卡的话 1 到 3 个工作日
@ exchange
b - | 尺码不合适能换吗
a - | 可以 在订单页申请换货 选新的尺码
b - | 运费谁出
a - | 您有运费险的话 平台会赔付退回运费
@ return_address_flow
b - | 退货寄哪里
a - | 您提交退货申请后 页面会显示退货地址 按那个寄就行
b - | 显示了 是杭州的仓库吗
a - | 是的 寄到那里 填好单号
@ warranty
b - | 保修多久
a - | 整机一年 电池半年
b - | 发票要留着吗
a - | 电子发票在订单里 保修凭订单就行
@ second_hand_ok
b - | 这个二手相机快门多少次
a - | 快门 1.2 万次 有截图在详情页
b - | 有划痕吗
a - | 机身轻微使用痕迹 镜头无划痕 实拍图都在详情
@ second_hand_ok2
b - | 这台手机电池健康多少
a - | 89%
b - | 有没有拆修过
a - | 没有 原装 支持平台验机
@ wholesale_ok
b - | 你们是工厂吗
a - | 是的 我们在台州 自己的工厂
b - | 量大能便宜吗
a - | 100 件以上有阶梯价 链接里选规格就能看到
@ wholesale_ok2
b - | 能代发吗
a - | 可以的 您在这里下单 收货地址填您客户的 我们不放价格单
b - | 好 那我每单直接拍
@ livestream_ok
b - | 刚刚直播间说的福利款在哪
a - | 宝子 直播间小黄车 2 号链接就是
b - | 找到了 拍了
a - | 爱你 马上安排发货
@ livestream_ok2
b - | 主播说扣 1 送小样 我扣了
a - | 收到宝宝 下单的话小样自动随单发
b - | 好嘞
@ old_buyer
b - | 我不会用这个 帮我看看下单对不对
a - | 阿姨您好 您把订单页截图发我 我帮您看
b - | 发了
a - | 对的 地址电话都对 付款就行
@ old_merchant_ok
b - | 老板 这个辣椒酱辣不辣
a - | 中辣 俺自家做的 不放防腐剂
b - | 能放多久
a - | 开了放冰箱 一个月没问题
@ dialect_ok
b - | 老板 这个腊肉巴不巴适
a - | 巴适得很 自家熏的 你放心
b - | 要得 来两斤
@ dialect_ok2
b - | 侬家的青团啥辰光发
a - | 明早现做现发 冷链
b - | 好额 拍两盒
@ cantonese_ok
b - | 呢件衫有冇細碼
a - | 有呀 S 同 M 都有
b - | 我 160 穿咩碼好
a - | S 啱啱好
@ tw_ok
b - | 請問這件可以寄到台灣嗎
a - | 可以喔 大約 7 到 10 天
b - | 運費多少
a - | 結帳頁會自動算 約 80 台幣
@ tw_ok2
b - | 這個有保固嗎
a - | 有一年保固 請保留訂單資料
b - | 好的 謝謝
@ en_ok
b - | Is this dress true to size?
a - | Yes, it runs true to size. What's your usual size?
b - | M
a - | Then M will fit well. The size chart is in the photos too
@ en_ok2
b - | How long does shipping take to Australia?
a - | Usually 10-15 days by standard shipping
b - | Can I track it?
a - | Yes, tracking will show in your order once shipped
@ en_ok3
b - | I received the wrong color
a - | So sorry! Please send a photo here and I'll arrange a replacement
b - | [photo]
a - | Got it, replacement is on the way, no need to return the wrong one
""")
# ================================================================ ACCEPTABLE: hard look-alike turns
conv(r"""
@ refuse_wechat
b - | 加个微信吧 方便点
a - | 不好意思亲 平台不让加私人号 有问题在这里说 我一直在线
b - | 行吧 那我在这问
b - | 这个能水洗吗
a - | 可以 冷水手洗
@ refuse_transfer
b - | 我直接转你吧 平台付款老失败
a - | 亲 私下转账没有保障 也违反平台规定 您换个支付方式试试 银行卡或者花呗
b - | 好 我换银行卡
b - | 付好了
@ refuse_address
b - | 你们有店吗 我想去看看
a - | 亲 我们是线上店 没有门店 可以看详情页的实拍视频
b - | OK的
@ refuse_reviewcash
b - | 好评有返现吗
a - | 没有的亲 平台不允许 您按真实感受评价就好
b - | 哈哈好 东西不错会好评的
@ refuse_brushing
b - | 你们要刷单吗 我可以帮忙
a - | 不需要 谢谢 我们不做刷单
b - | 好 谢谢
@ scam_report_wechat
b - | 有人加我微信说是你们客服 让我退款
a - | 亲 那不是我们 我们不会加您微信 请不要点他发的任何链接
b - | 好的 我已经删了
a - | 您的订单正常 有问题就在这里找我
@ scam_report_code
b - | 刚才有人打电话说我订单异常 让我报验证码
a - | 千万别给 我们不会索要验证码 那是诈骗
b - | 我没给 吓我一跳
a - | 您做得对 订单一切正常
@ scam_report_card
b - | 包裹里有张卡片 说扫码领 5 元红包
a - | 那不是我们放的 可能是快递环节被人塞的 别扫哈
b - | 好 扔了
@ scam_report_en
b - | Someone on WhatsApp says they're your support and wants me to pay a fee for my refund
a - | That's a scam. We only talk in this chat and never charge refund fees
b - | Thanks, blocked them
@ scam_report_tw
b - | 有人打電話說我訂單設成分期 要我去ATM
a - | 那是詐騙喔 我們沒有分期設定 請不要去操作
b - | 好 謝謝提醒
@ warning_proactive
a - | 亲 您的订单已发货 提醒一下 任何要您加好友 扫码 转账的都是骗子
b - | 知道了 谢谢
b - | 大概几天到
a - | 两到三天
@ mention_platform_ok
b - | 我在抖音刷到你们家的视频 来买的
a - | 谢谢亲 欢迎欢迎 您看中哪款
b - | 那个白色的包
a - | 好的 现货
@ mention_platform_ok2
b - | 拼多多上有一样的 便宜十块 能便宜点吗
a - | 亲 我们这是正品 价格没法比 可以送您个小礼物
b - | 那行 送啥
a - | 送一个收纳袋
@ mention_platform_ok3
b - | 小红书上好多人说你家这个好用
a - | 谢谢大家推荐 这款是我们的爆款
b - | 拿一个试试
@ mention_platform_ok4
b - | 京东上也卖你们这个牌子吗
a - | 品牌在各平台都有授权店 我们是这个平台的授权店 价格以这边为准
b - | 好 我就在这买
@ product_name_wechat
b - | 这个音箱能播报微信收款吗
a - | 可以的 微信支付宝都能播报 连 WiFi 用
b - | 我开小卖部 买一个
@ product_name_qq
b - | QQ 糖有什么口味
a - | 葡萄 水蜜桃 草莓
b - | 各一包
@ product_name_penguin
b - | 那个企鹅玩偶多大
a - | 35 厘米和 50 厘米
b - | 50 的
@ product_name_duck
b - | 小黄鸭会不会漏水发霉
a - | 是一体的 没有孔 不进水
b - | 买一套给宝宝洗澡用
@ product_name_fish
b - | 咸鱼是哪里的
a - | 广东阳江 马鲛鱼
b - | 要两斤
@ product_name_redbook
b - | 红色封面的那本日记本有横线吗
a - | 有横线和空白两种
b - | 横线的
@ product_name_plane
b - | 飞机模型是合金的吗
a - | 合金机身 1:400
b - | 要那个国航涂装的
@ product_qr_stand
b - | 收款码立牌能定做吗
a - | 可以 您把收款码图片上传到订单留言 我们按图印 一般三天
b - | 能印两个码吗 微信和支付宝
a - | 可以 一个立牌正反两面
@ product_sim
b - | 这个手机支持双卡吗
a - | 支持 双卡双待
b - | 一张电信一张移动可以吗
a - | 可以
@ platform_red_packet
b - | 我有个 5 元红包 能用吗
a - | 能用 结算页会自动选
b - | 好的 看到了
@ platform_pay_wechat
b - | 能用微信付吗
a - | 可以的 结算页选微信支付
b - | 嗯嗯
@ platform_price_change
b - | 我买两件 能优惠点吗
a - | 可以 两件给您减 10 元 您拍下别付 我改价
b - | 拍了
a - | 改好了 您刷新付款
@ platform_gift_card
b - | 我有平台的礼品卡 能用吗
a - | 可以的 结算页选礼品卡抵扣
b - | 好嘞
@ delivery_address_full
a - | 亲 您的地址好像不完整 缺门牌号
b - | 哦 是 长春路 66 号 3 单元 502
a - | 好的 我备注给快递 您也在订单页改一下更保险
b - | 改了
@ delivery_address_tw
a - | 親 收件地址請補上樓層
b - | 台中市西屯區 市政北二路 238 號 9 樓
a - | 收到 幫您備註了
@ ship_from_ok
b - | 你们从哪里发
a - | 广东东莞
b - | 到北京几天
a - | 三天左右
@ store_history_ok
b - | 你们开了多久了
a - | 十年了 以前在批发市场 现在主要做线上
b - | 难怪便宜
@ complaint_ok
b - | 太慢了吧 一周了还没发
a - | 非常抱歉 这批货延迟了 今天一定发出 给您补偿一张无门槛券
b - | 行吧 下次快点
@ complaint_ok2
b - | 质量也太差了 线头到处都是
a - | 抱歉亲 给您退一半或者退货退款 您选
b - | 退货吧
a - | 好的 已同意 运费险会赔
@ adult_ok
b - | 这款睡衣透不透
a - | 不透的 双层
b - | 有大码吗 我 140 斤
a - | 有 XL 合适
@ adult_ok2
b - | 安全套发货包装会显示吗
a - | 不会 外包装和快递单都写日用品
b - | 好的
@ neutral_holiday
b - | 国庆节发货吗
a - | 1 号到 3 号停发 4 号恢复
b - | 那我 30 号前拍
@ neutral_history
b - | 有没有近代史的书 给孩子看
a - | 有《写给孩子的中国历史》 一套十册
b - | 多少钱
a - | 198
@ candle_ok
b - | 蜡烛有数字造型的吗
a - | 有 0 到 9 都有
b - | 要 1 和 8
a - | 好的 18 岁生日快乐
@ verify_ok
b - | 我收到一个验证码 是你们发的吗
a - | 亲 那可能是您登录或付款时平台发的 不要告诉任何人 包括我
b - | 好的 明白
@ courier_phone_ok
b - | 快递员电话多少 他说找不到我家
a - | 物流详情里有派件员电话 点开订单物流就能看到
b - | 看到了
@ platform_hotline_ok
b - | 有没有客服电话
a - | 平台的客服热线在“我的-客服” 我们店的售后就在这个窗口
b - | 好吧 那就在这说
@ en_refuse
b - | Can I pay you via PayPal directly?
a - | Sorry, we can only accept payment through the checkout here, it protects you too
b - | OK, I'll use my card then
@ en_platform_mention
b - | I saw you on Instagram, that's why I'm here
a - | Thanks for finding us! Which item caught your eye?
b - | the linen shirt
@ hk_refuse
b - | 可唔可以直接轉數俾你
a - | 唔好意思 我哋只可以喺平台付款 保障你
b - | 明白
@ livestream_kou1
b - | 直播间说扣 1 是什么意思
a - | 就是想要的意思 主播看到会上链接
b - | 哦 懂了
""")
# ================================================================ ACCEPTABLE: surface mirrors of the violating patterns
conv(r"""
@ mirror_waybill_split
b - | 单号发我一下
a - | 中通的 我分两段发 您复制方便
a - | 7{N6}
a - | {N6}{N4}
b - | 好的 查到了
@ mirror_order_split
a - | 亲 麻烦您把订单号发我
b - | 等下我复制
b - | {N6}{N6}
b - | {N6}
a - | 收到 查到了 是那件蓝色的吧
@ mirror_tail_after_please
a - | 亲 为了确认是您本人的订单 请说一下下单手机号后四位
b - | {N4}
a - | 对上了 您要改成什么颜色
b - | 白色
@ mirror_138_qty
b - | 我们学校要订校服
a - | 好的 多少套
b - | 138
a - | 138 套 尺码分布发我一下 我算价格
b - | 晚点发表格截图
@ mirror_number_words_qty
b - | 喜糖盒要一百三十八个
a - | 好的 一百三十八个 印字吗
b - | 印 新郎新娘名字
@ mirror_pairs_sizes
b - | 帮我留几双
a - | 您说码数
b - | 三十八 三十九 各一双
a - | 好的 已留
@ mirror_add_one_qty
b - | 再加 1 件
a - | 好的 那一共是 4 件 您改一下数量
b - | 改了
@ mirror_reverse_order
b - | 订单号是不是写反了 我看到的是 {N6}
a - | 没写反 您看的是运单号 订单号在订单详情顶部
b - | 哦哦 我看错了
@ mirror_pickup_after_ask
a - | 亲 您选的到店自提 提货码在订单里
b - | 是 {N6} 吗
a - | 对 到时候出示给门店就行
@ mirror_amount_price
b - | 两件多少钱
a - | {AMT}
b - | 包邮吗
a - | 包邮
@ mirror_amount_diff
b - | 我想换成大一号的 要补钱吗
a - | 大一号贵 20 元 您在订单里申请换货 系统会让您补差价
b - | 20 好的
@ mirror_amount_refund_part
b - | 缺了个配件
a - | 抱歉 给您退 15 元 走平台部分退款 您同意一下
b - | 15 可以 同意了
@ mirror_phone_delivery_buyer
b - | 快递别打我这个号 打我老公的
b - | {PH}
a - | 好的 已经给快递备注 派送前联系这个号码
b - | 谢谢
@ mirror_phone_delivery_split
a - | 亲 您订单上的收件电话只有 10 位 少一位
b - | 啊 我重新发
b - | {PHA} {PHB}
b - | {PHC}
a - | 好的 已改 谢谢
@ mirror_phone_tw
a - | 親 超商取貨需要正確手機
b - | {TW}
b - | {TWB}{TWC}
a - | 收到 已更新
@ mirror_phone_hk
a - | 順豐要收件人電話 你訂單上面冇填
b - | {HKA} {HKB}
a - | 收到 幫你補咗
@ mirror_id_customs
a - | 亲 跨境商品清关需要订购人身份证号 请在订单页“实名认证”里填写 不要在聊天里发
b - | 好的 我去填
b - | 填好了
a - | 收到 今天清关
@ mirror_room
b - | 我白天上班 快递能放公司前台吗
a - | 可以的 要写房间号吗
b - | 放前台就行 1806
a - | 好的 已备注 1806 前台代收
@ mirror_time
b - | 几点能送到
a - | 下午 2 点到 5 点
b - | 5 点以后有人
a - | 好的 备注 5 点后送
@ mirror_yes_no
a - | 亲 您是要 M 还是 L
b - | L
a - | 好的 L 码给您发
@ mirror_digits_color
b - | 我要 02 号色
a - | 02 是奶白色 对吗
b - | 对
@ mirror_lottery_ok
a - | 恭喜亲 您在店铺的平台抽奖中了 奖品已自动生成 0 元订单 不用付任何费用
b - | 真的吗 要我做什么吗
a - | 不用 我们直接发货 查看订单就行
b - | 好开心 谢谢
@ mirror_compensation_ok
b - | 快递丢了
a - | 抱歉亲 这边给您重新发一件 或者全额退款
b - | 退款吧
a - | 已经提交退款 原路返回 不需要您提供任何卡号
@ mirror_screen_ok
b - | 我不会弄退货
a - | 没关系 您在订单页点“退换货” 选原因 提交就行 我在这一步步跟您说
b - | 点了 然后呢
a - | 选“不想要了” 提交 系统会给退货地址
b - | 好了
@ mirror_group_ok
b - | 你们有买家群吗
a - | 没有的亲 有问题直接在这个窗口找我们就行
b - | 明白了
@ mirror_link_ok
b - | 发我这个款的链接
a - | [商品卡片] 点开就是
b - | 好的 收到
@ mirror_store_search_ok
b - | 我找不到你家店了
a - | 在本平台搜店铺名 或者从订单页点店铺进来
b - | 找到了
@ mirror_app_ok
b - | 这个智能插座要下什么 app
a - | 说明书上有二维码 扫了下载厂家官方 app 配网用
b - | 好的 明白
@ mirror_bluebird_car
b - | 日产蓝鸟 2017 款的脚垫有吗
a - | 有 全包围的
b - | 黑色
@ mirror_xianyu_mention
b - | 我把旧的挂闲鱼卖了 想买个新的
a - | 好的亲 新款在这 升级了电池
b - | 拍了
@ mirror_tb_mention
b - | 我在淘宝买过你们家的 东西不错
a - | 谢谢支持 这边也是我们品牌的授权店
b - | 那再买一个
""")
conv(r"""
@ apparel_more
b - | 这件毛衣起球吗
a - | 羊毛含量 70% 正常穿不太起球
b - | 洗衣机能洗吗
a - | 建议手洗或者羊毛档
b - | 好 要米色 M
@ jeans
b - | 牛仔裤弹力大吗
a - | 微弹
b - | 腰 2 尺 2 穿多少
a - | 27 码
@ hat
b - | 帽子头围多少
a - | 56 到 58 可调
b - | 我头大 59 能戴吗
a - | 有点紧 建议选大码款 60
@ glasses
b - | 近视能配吗
a - | 可以 下单后在这里发验光单就行
b - | 左 350 右 400 散光 50
a - | 收到 按这个配
@ watch
b - | 手表防水吗
a - | 50 米防水 洗手游泳都可以
b - | 表带能换吗
a - | 可以 22mm 通用表带
@ toy
b - | 积木多少颗粒
a - | 1200 颗粒
b - | 8 岁能拼吗
a - | 可以 有说明书
@ plant
b - | 绿萝好养吗
a - | 好养 散射光 一周浇一次
b - | 要 3 盆
@ seafood
b - | 大闸蟹几两一只
a - | 公 4 两 母 3 两
b - | 4 对
a - | 好的 顺丰冷链
@ pharmacy
b - | 这个药饭前吃还是饭后
a - | 饭后 一天三次 一次一片 具体看说明书 有疑问可以问在线药师
b - | 好的
@ printing
b - | 名片印多少张起
a - | 100 张起
b - | 印 200
a - | 好的 您把内容发这里 设计好给您确认
@ paint
b - | 乳胶漆一桶刷多少平
a - | 5 升大概刷 35 平 两遍
b - | 我家 90 平
a - | 拿 3 桶够
@ key_copy
b - | 这个锁芯换上配几把钥匙
a - | 5 把
b - | 够了
@ tw_food
b - | 鳳梨酥一盒幾顆
a - | 12 顆
b - | 要 5 盒
a - | 好的 直接下單 會幫您包好
@ hk_electronics
b - | 呢部機係咪港行
a - | 係港行 有一年保養
b - | 要 256G
@ en_electronics
b - | Does this adapter work in the UK?
a - | Yes, it comes with a UK plug option, choose it in the variants
b - | Great, I'll take 2
""")
# ================================================================ VIOLATING: pieces after invitations
conv(r"""
@ split_phone_after_invite x2
b - | [[这个沙发能定做尺寸吗||衣柜能按我家尺寸做吗||榻榻米床能定制吗]]
a - | [[能的亲 尺寸细节比较多||可以定做 不过要沟通的比较多]]
a contact | [[我给你个电话 你直接打给我 这边消息太多看不过来||电话里说快 我号码分开发 平台会拦]]
a contact | {PHA}
a contact | {PHB}
a contact | {PHC}
b - | [[好 我晚上打||行]]
@ split_phone_words
b - | 有没有 180 的加长款
a - | 有的 但是链接上没挂 要单独做
a contact | 加我微信说 微信号就是手机号
a contact | {PHACN}
a contact | {PHBCN} {PHCCN}
b - | 收到
@ split_phone_buyer_after_ask
b - | 我要五十件 能便宜吗
a contact | 量大的话你留个电话 我们经理打给你
b contact | {PHA}
b contact | {PHB}{PHC}
a contact | 好 经理十分钟内打给你
@ split_phone_buyer_after_ask_same_surface
b - | 我想要一百件印字的
a contact | 这么多要单独报价 你手机号给我 我加你
b contact | {PH}
a - | 收到
@ split_qq_after_invite
b - | 这个模板能改吗
a contact | 能改 你加我扣扣 远程给你改
a contact | {QQA}
a contact | {QQB}
b contact | 加你了 通过一下
@ split_qq_cn
b - | 原图能发我吗 这里太糊
a contact | 这里压缩 加我企鹅发你
a contact | 号码我用中文写 一五六
a contact | 八八 二零 四一
b - | ok
@ wx_after_invite
b - | 能看实拍视频吗
a contact | [[在这里发不了大视频 加我绿泡泡吧||视频太大 你加我v 我发你]]
b contact | [[你号多少||号发我]]
a contact | {WX}
b contact | [[加了||申请了 看下]]
@ wx_buyer_piece
b - | 老板这批货还有多少
a - | 还有三百多件
b contact | 我全要 加我微信谈 我号
b contact | {WX}
a contact | 好 我加你
@ avatar_then_digits
b - | 能便宜点吗
a contact | 便宜的事这里不好说 看我头像
b contact | 看不清 你直接说
a contact | 头像上是 {PHA} 后面 {PHB}{PHC}
b - | 哦
@ add_one_split
b - | 你们厂子在哪
a - | 江苏南通
a contact | 拿大货的话打我电话 前面加个1 我发后面
a contact | {PHB}
a contact | {PHC}
b - | 好的
@ reversed_split
a contact | 亲 老客户专属优惠 号码倒着发你 你自己翻一下
a contact | {N4}
a contact | {N4B}
a contact | 136
b - | 这么神秘
@ tw_line_pieces
b - | 可以客製化刻字嗎
a contact | 可以喔 這邊字數有限 加我LINE比較好說
a contact | ID 是
a contact | {WX}
b contact | 好 我加了
@ tw_phone_pieces
b - | 我想看實品
a contact | 打給我約時間 {TW}
a contact | {TWB}
a contact | {TWC}
b - | 好 晚點打
@ hk_whatsapp_pieces
b - | 有冇其他顏色
a contact | 有 但係未上架 WhatsApp 我 send 相俾你
a contact | {HKA}
a contact | {HKB}
b - | OK
@ en_whatsapp_pieces
b - | Can you do custom engraving?
a contact | Yes, but easier to discuss on WhatsApp
a contact | +86 {PHA}
a contact | {PHB} {PHC}
b contact | added you
@ packing_slip_then_confirm
b - | 收到货了 挺好的
a contact | 谢谢亲 包裹里那张卡片有我的号 以后直接找我拿货便宜
b contact | 就卡片上那个 {PHA} 开头的吗
a contact | 对 就那个
@ signature_then_pieces
b - | 下次什么时候上新
a contact | 不固定 你加我签名上的号 我上新通知你
b contact | 签名上没看到啊
a contact | 那我直接说 {WX}
@ group_number_pieces
b - | 你们有团购吗
a contact | 有个团购群 群号给你
a contact | {QQA}
a contact | {QQB}
b contact | 申请了
@ pair_numbers_conv
b - | 能不能打电话说
a contact | 行 十三 九十
a contact | 二十八 四十四 六十 七
b - | 好 记下了
@ email_pieces
b - | 能发报价单吗
a contact | 我发你邮箱 你邮箱多少
b contact | {WX}
b contact | 163 的
a - | 好 晚点发
""")
# ================================================================ VIOLATING: amounts after private-payment offers
conv(r"""
@ amount_after_private_pay x2
b - | [[这个能便宜点吗||最低多少]]
a payment | [[你别在这拍了 直接转我 能便宜||不走平台的话可以便宜 转我就行]]
b payment | [[转多少||那转你多少]]
a payment | {AMT}
b payment | [[好 账号发我||行 发我收款码]]
@ amount_red_packet
b - | 运费怎么算
a payment | 你发我个红包就行 不用拍运费链接
b payment | 多少
a payment | 12
b - | 哦
@ amount_deposit
b - | 这个要排单吗
a - | 要的 现在排到月底
a payment | 先交定金到我卡上 给你插队
b payment | 定金多少
a payment | {AMT}
@ amount_one_yuan
b - | 这款没看到链接
a payment | 你去拍那个 1 元补差链接 拍数量就是价格
b payment | 拍几个
a payment | {AMT} 个
b - | 这样啊
@ amount_gift_card
b - | 我想买 但我卡里没钱
a payment | 有京东卡也行 卡密发我
b payment | 我有一张 面值
b payment | 500 的
a payment | 够了 发我
@ amount_cash
b - | 能不能送货上门
a payment | 可以 你别下单 现金给送货的
b payment | 给多少
a payment | {AMT} 整
@ amount_split_same_surface_ok
b - | 两件一起多少钱
a - | {AMT} 在链接里拍两件就是
b - | 好的 拍了
@ amount_scan_code
b - | 付款失败了
a payment | 那你扫我码吧 我发你图
b payment | 扫了多少
a payment | 原价减二十 {AMT}
b payment | 付了 截图给你
@ amount_en
b - | Can you give a discount?
a payment | If you pay me directly on PayPal, yes
b payment | how much then?
a payment | 45 dollars
b payment | ok send me your email
@ amount_tw
b - | 可以算便宜一點嗎
a payment | 你直接匯款給我就便宜
b payment | 匯多少
a payment | 1200
a payment | 帳號我給你
@ amount_hk
b - | 平啲得唔得
a payment | 你直接 PayMe 俾我就平啲
b payment | 幾多
a payment | 380
@ bankcard_pieces
b - | 付款老是失败
a payment | 你不用拍了 直接转我卡上就行
b payment | 那我转你
a payment | 卡号分开发
a payment | 6228 48{N4}
a payment | {N4} {N4B}
b payment | 转了
""")
# ================================================================ VIOLATING: other categories in context
conv(r"""
@ platform_then_name
b - | 这个颜色没有了吗
a platform | 这边下架了 某宝上还有
b platform | 店名叫啥
a platform | 搜 {WX} 家居 第一个
b - | 晓得了
@ platform_described
b - | 还能再便宜吗
a platform | 这里最低了 你去那个能砍一刀的软件上 搜我们店
b platform | 拼多多？
a platform | 对 那边便宜 15
@ platform_fish
b - | 二手的有吗
a platform | 有 在鱼上挂着
b platform | 闲鱼叫什么名字
a platform | 跟这个店名一样
@ platform_buyer_initiates
b platform | 你们抖音上有店吗 我那边有券
a platform | 有 搜同名就行 去那拍
b - | 好滴
@ platform_tw
b - | 這個可以便宜一點嗎
a platform | 蝦皮上比較便宜 你去那邊下
b platform | 蝦皮賣場叫什麼
a platform | 搜 {WX}小舖
@ platform_en
b - | any discount?
a platform | we're cheaper on our Amazon store
b platform | what's the store name there?
a platform | same brand name, look for the orange logo
@ link_pieces
b - | 尺码表在哪
a link | 我发你个网址 你浏览器打开
a link | {WX}
a link | 点 com 斜杠 size
b - | 收到啦
@ link_token
b - | 还有别的款吗
a link | 复制这个打开 有全部款
a link | ¥Kx8Tq29bPmZ¥
b - | 打不开
a link | 要用那个橙色的 app 打开
@ link_buyer
b - | 你们能做这个吗
b link | https://www.{WX}.com/item/{N6}
a - | 可以的 跟这个差不多的款我们有 我发您商品卡片
@ address_pieces
b - | 能自己去拿吗
a address | 可以 来店里拿 便宜 30
a address | 朝阳北路
a address | 199 号
a address | 二楼 拿货给现金就行
b - | 好 周末去
@ address_stall_pieces
b - | 我想批发
a address | 来档口看 白马
a address | 四楼 4B
a address | 23 号 报网上来的
@ address_buyer_asks
b address | 你们仓库在哪 门牌号发我 我直接开车过去拉
a address | 工业园 16 号 C 栋 下午来
b - | 嗯 好
@ address_tw
b - | 可以面交嗎
a address | 可以 板橋車站
a address | 南二門 週六下午三點 現金
b - | OK
@ address_ok_mirror
b - | 我地址写错了
a - | 您发我正确的
b - | 建设路
b - | 199 号 三楼
a - | 好的 已经帮您备注 您也在订单页改一下
@ abuse_escalation
b - | 我的快递怎么还没到
a - | 亲 物流显示在路上 再等一天
b - | 已经等了一周了
b abuse | 你们是不是骗子啊 一群废物
a - | 非常抱歉 给您申请补偿
b abuse | 补偿个屁 你脑子有病吧
@ abuse_regional_escalation
b - | 东西坏了
a - | 您发个照片 我看看
b abuse | 拍什么拍 一听你口音就是那边的 骗子窝
a - | 亲 请文明沟通 我们会处理的
@ abuse_agent
b - | 尺码不合适 能换吗
a - | 可以 但是运费您出
b - | 为啥我出 不是有运费险吗
a abuse | 你是不是穷疯了 几块钱运费也计较
@ abuse_threat
b - | 退款还没到
a - | 在处理 请耐心等待
b abuse | 明天不到我就去你们公司 找到你本人 你试试
@ abuse_tw
b - | 為什麼還沒出貨
a - | 抱歉 這批延遲了
b abuse | 靠北喔 你們這些廢物 幹
@ abuse_hk
b - | 點解仲未發貨
a - | 唔好意思 缺貨緊
b abuse | 仆街 收錢唔做嘢 冚家鏟
@ abuse_en
b - | where is my order?
a - | It's been shipped, tracking updates soon
b abuse | you useless idiot, that's what you said last week
@ obscene_escalation
b - | 这件睡衣有粉色吗
a - | 有的亲
b obscene | 你穿上给我拍一张看看效果
a - | 亲 详情页有模特图哦
b obscene | 我就想看你穿 给你加钱
@ obscene_single
b - | 客服在吗
a - | 在的亲
b obscene | 你单身吗 晚上出来陪我
a - | 亲 请问有什么商品问题吗
b obscene | 商品不重要 你更重要 来我酒店
@ obscene_photo
b - | 客服你声音好好听
a - | 谢谢亲 有什么可以帮您
b obscene | 发张你的照片 我看看长什么样
b obscene | 要穿少一点的那种
@ obscene_en
b - | is this bikini see-through?
a - | No, it's lined
b obscene | would you model it for me? private video
@ fraud_code_refused
a fraud | 亲 您的订单需要重新验证 请把收到的验证码发我
b - | 什么验证码
a fraud | 手机短信里六位数字那个 发我就行
b - | 不给 你们不是说不要给任何人吗
@ fraud_refund_backup
b - | 我想退款
a fraud | 退款通道异常 您打开支付宝 备用金借出来 转到我给您的账户 系统会自动一起退回
b - | 这听起来像诈骗
@ fraud_review
b - | 收到了 挺好的
a fraud | 亲 给个五星好评 截图发我 返您五块
b fraud | 十块可以吗
a fraud | 行 十块
@ fraud_delete_review
a - | 亲 看到您给了差评 是哪里不满意
b - | 颜色和图片不一样
a fraud | 不好意思 您把差评删了 我给您退 30
b - | 我考虑一下
@ fraud_brushing
a fraud | 亲 有空帮忙拍个单吗 不发货 钱全退 另外给你八块
b fraud | 怎么拍
a fraud | 搜“碎花连衣裙” 找到我们店 拍第二个链接
b - | 算了 不弄
@ fraud_fake_buyer_overpay
b fraud | 老板我多付了 1000 你看截图
a - | 亲 我们后台没看到多付的记录
b fraud | 那是平台延迟 你先把多的退我支付宝 我账号 {PH}
@ fraud_impersonation
a fraud | 您好 这里是平台客服 您的账号被误开通了商家服务 每月扣费 500
b - | 我没开过啊
a fraud | 需要您配合取消 下载一个会议软件 共享屏幕
b - | 我去问问平台官方
@ fraud_prize
a fraud | 恭喜您被抽中幸运买家 获得扫地机器人一台
b - | 真的假的
a fraud | 只需支付 {AMT} 邮费 转到这个账号
b - | 不用了
@ spam_buyer
b - | 在吗
a - | 在的亲
b spam | 老板需要代运营吗 我们包月销十万
a - | 不需要 谢谢
@ spam_agent
b - | 毛巾多少钱一条
a - | 15
a spam | 另外 亲需要贷款吗 我朋友那边秒批
@ spam_flood
b - | 发货了吗
b spam | 在吗在吗在吗在吗在吗在吗在吗在吗
a - | 亲 刚看到 今天发
@ political_buyer
b - | 这个蜡烛几根一包
a - | 十根
b political | 刚好六月四号点 纪念一下那些学生
@ political_slogan
b - | 你们发货太慢了
a - | 抱歉亲
b political | 跟这个国家一样 什么都慢 共产党早该下台
@ political_tw
b - | 台灣可以寄嗎
a - | 可以的
b political | 台灣是一個國家 不是你們的一省 記住
@ political_en
b - | do you sell Winnie the Pooh plush?
a - | Yes we do
b political | great, I'll send one to your dictator lol, free Hong Kong
""")
conv(r"""
@ livestream_fan_group
b - | 主播今天还播吗
a - | 播的宝 晚上八点
a contact | 宝子进粉丝群 不迷路 群号
a contact | {QQA}{QQB}
b contact | 进了
@ old_merchant_phone
b - | 大娘 这个咸鸭蛋是流油的吗
a - | 流油的 俺自己腌的
a contact | 闺女 你以后要 直接打俺电话
a contact | 幺三五
a contact | {PHBCN}
a contact | {PHCCN}
b - | 好嘞
@ wholesale_factory_visit
b - | 你们能打样吗
a - | 能 打样费 200 下大货退
a address | 你最好来厂里看看 我们在 永康 经济开发区 金都路 18 号
b address | 几号楼 我导航
a address | 3 号楼 一楼 打样间
@ secondhand_private
b - | 这台 iPad 还在吗
a - | 在的
b payment | 我直接转你 你给我便宜 100
a payment | 行 那就 {AMT}
b payment | 支付宝给我
@ secondhand_meet
b - | 同城能面交吗
a address | 可以 地铁站
a address | 五号线 人民公园 B 口
a address | 明天六点 现金
@ buyer_private_deal_wx
b contact | 以后别在这下了 你把我拉黑名单里那个号加回来
a - | ？
b contact | 我的意思 你加我 {WX}
a - | 亲 我们不加私人号的
@ buyer_private_deal_phone_after
b - | 你们老板在吗
a - | 我就是
b contact | 我想长期拿货 给我个电话
a contact | {PH}
b - | 好 我等着
@ scammer_buyer_code
b - | 老板 我刚下单了
a - | 好的亲 看到了
b fraud | 平台说要你确认收款 你收到一个验证码 发我一下我帮你点
a - | 不需要 我们这边直接发货
b fraud | 不给的话钱到不了你那 快点
@ scammer_buyer_link
b - | 我要订 200 件
a - | 好的 直接拍链接就行
b fraud,link | 我们公司走采购平台 你先在这注册一下 {WX}.top 交个入驻费
a - | 不需要 您直接在这拍就行
@ scammer_buyer_qr
b fraud | 老板 我付不了款 你把你的收款码给我 我扫了还要你那边点确认
a - | 亲 请在平台下单付款
b fraud | 那你扫我这个码 输入密码就能收到钱
@ spammer_recruit
b - | 你好
a - | 您好亲
b spam | 招聘兼职 在家动动手指 日结 200
b spam,contact | 感兴趣加我 {WX}
@ spammer_loan
b - | 客服在吗
a - | 在
b spam | 急用钱吗 无视征信 当天到账
@ gambling_spam
a - | 亲 您的衣服已经发出
a spam | 对了 最近世界杯 我这有个投注群 跟着买稳赚
b - | 不用
@ obscene_agent
b - | 泳裤有大码吗
a - | 有的 帅哥多高
b - | 183
a obscene | 这么高 下面一定也很大吧 穿上发个照片看看
@ obscene_tw
b - | 這件內衣有 B 罩杯嗎
a - | 有喔
b obscene | 妳穿什麼罩杯 穿給我看
@ abuse_old_merchant
b - | 怎么这么贵 便宜点
a - | 俺这是成本价了
b - | 别人家才一半
a abuse | 嫌贵去别家 穷鬼一个 别在这磨叽
@ abuse_livestream
b - | 福袋什么时候开
a - | 宝子五分钟后开
b - | 主播福袋是假的吧 从来没中过
a abuse | 没中就是你脸黑 穷酸样还想中奖
@ link_download_app
b - | 有没有会员价
a link | 下我们自己的 app 会员价 扫码下载
a link | https://{WX}.vip/app
b - | 不了
@ platform_old_merchant
b - | 大叔 有没有 5 斤装的
a platform | 5 斤的俺儿子在那个拼团软件上卖 你去那买
b platform | 店名叫啥
a platform | 就叫 {WX} 土特产
@ address_hk
b - | 可唔可以自取
a address | 得 觀塘 開源道 68 號
a address | 12 樓 C 室 現金
b - | OK 聽日過嚟
@ contact_en_factory
b - | Do you have MOQ?
a - | 500 pcs per color
a contact | Let's talk on WeChat for bulk, my ID
a contact | {WX}
b contact | added, please accept
@ payment_en_deposit
b - | Can you start production this week?
a payment | Yes if you send 30% deposit by bank transfer to our account, not through the site
b payment | how much is 30%
a payment | 1560 USD
@ payment_dialect
b - | 老板 这个腊肠几钱一斤
a - | 68
a payment | 你莫下单了 直接微信转给我 算你 60
b payment | 要得 你微信多少
a contact,payment | {WX} 转过来备注腊肠
@ fraud_brushing_livestream
a fraud | 宝子 帮主播冲个榜 拍一单 五分钟后我给你退 再送你个红包
b fraud | 红包多少
a fraud | 8 块
b - | 不弄了
@ fraud_cs_impersonation_en
a fraud | This is platform security. Your account is frozen. Reply with the code we sent you
b - | I didn't request any code
a fraud | Please hurry or your account will be closed
@ contact_word_split_hidden
b - | 东西收到了 很好
a contact | 谢谢亲 下回直接找我 我号在这几句里
a contact | 一帆风顺 三阳开泰 八面玲珑
a contact | 二龙戏珠 {PHBCN} {PHCCN}
b - | 哈哈 好
@ contact_via_courier_slip
b - | 寄件人电话是你的吗
a contact | 是的 加我微信同号 以后直接找我
b - | 可以
@ platform_red_book
b - | 这个有使用教程吗
a platform | 红书上有 搜我们店名 那边也能直接下单 还有赠品
b - | 哦
@ political_insinuation
b - | 这个小熊维尼抱枕有胖一点的吗
a - | 有大号的
b political | 要跟那位领导一样胖的 哈哈 包子脸那种
""")
conv(r"""
@ ok_num_code_gift
b - | 买了礼品卡 在哪激活
a - | 平台礼品卡在“我的-卡券”里自动到账 不用激活码
b - | 看到了 面额 200
@ ok_num_invoice_tax
a - | 亲 开专票需要税号
b - | 9144{N6}{N6}XX
a - | 收到 开好发您邮箱地址要在发票申请页填哦
b - | 填了
@ ok_num_bank_refund
b - | 退款多久到我银行卡
a - | 原路退回 1 到 3 个工作日 银行那边显示平台退款
b - | 好 我等等
@ ok_num_amount_total
b - | 三件一共多少
a - | 三件 297 用券 277
b - | 277 可以
@ ok_num_bulk_amount
b - | 我们公司团购 30 箱
a - | 30 箱给您 9 折 我在后台改价 您下单别付款
b - | 下了
a - | 改好了 {AMT} 您付款就行
@ ok_num_phone_tail_courier
b - | 快递员打的电话是陌生号 尾号 {N4} 是你们吗
a - | 那是快递员的号码 他在派送 您接一下就行
b - | 好的
@ ok_num_sizes_pairs
b - | 要十三 十五 十七号的扳手
a - | 都有 单买还是套装
b - | 单买
@ ok_num_reverse_tag
b - | 吊牌上的数字倒着印的 正常吗
a - | 正常的 那是工厂批次号
b - | 嗯
@ ok_num_kg
b - | 狗狗 12 公斤 吃多少
a - | 一天 200 克左右 分两顿
b - | 谢谢
@ ok_num_bp
b - | 血压计准吗
a - | 医用级 误差 ±3
b - | 好 买一个给我爸
@ ok_num_tire
b - | 轮胎规格 205/55 R16 有吗
a - | 有的 要几条
b - | 4
a - | 好的 可以选包安装 到附近合作门店 下单时选门店
@ ok_num_storage
b - | 内存 128 够用吗
a - | 不怎么拍视频的话够 常拍建议 256
b - | 那 256
@ ok_num_room_hotel
b - | 酒店代收可以吗 房间 2306
a - | 可以的 收件人写您名字 备注 2306 房
b - | 行吧
@ ok_num_countdown
b - | 还有几天到
a - | 2 天
b - | 2 天？那刚好
@ ok_num_verify_order_phone
a - | 亲 这单收件人是 张* 电话尾号 {N4} 对吗
b - | 对
a - | 好的 没问题 今天发
@ ok_warning_then_question
b - | 你们有人加我好友说要给我返现
a - | 亲 不是我们 我们不返现也不加好友 请举报
b - | 好的
b - | 顺便问下 这个有白色吗
a - | 有的
@ ok_scam_report_call
b - | 有人打电话说我买的东西要召回 赔我三倍
a - | 亲 我们没有召回 是诈骗电话 千万别操作
b - | 吓死我了 还好问了你
@ ok_refuse_buyer_cash
b - | 我能不能付现金 送货的时候
a - | 亲 我们不支持私下现金 平台有货到付款的话结算页会显示
b - | 没看到 那我在线付
@ ok_price_compare_tw
b - | 蝦皮上比較便宜耶
a - | 親 可能是不同版本 我們這款是新版 有保固
b - | 好吧 那我買這邊的
@ ok_livestream_number
b - | 主播说 3 号链接
a - | 宝子 3 号是那个保温杯
b - | 对 拍了
@ ok_hk_pickup_code
b - | 順豐智能櫃取件碼 {N6} 打唔開
a - | 唔好意思 我幫你聯絡順豐重新派送
b - | 唔該
@ ok_en_order_number
a - | Could you share your order number so I can check?
b - | {N6}{N6}
a - | Found it, it's out for delivery today
@ ok_en_qty_price
b - | how much for 20?
a - | 20 pieces would be $3.50 each, I'll adjust the price in your order
b - | great, placing it now
@ ok_dialect_qty
b - | 老板 粽子来二十个
a - | 好嘞 肉的还是甜的
b - | 肉的十五 甜的五
@ ok_baby_month
b - | 6 个月宝宝能用吗
a - | 可以 适用 0 到 12 个月
b - | 好哦
@ ok_gift_wrap
b - | 能包装成礼物吗
a - | 可以 免费 备注一下
b - | 写卡片 生日快乐 33 岁
a - | 好的 已备注
@ ok_repair
b - | 手机屏幕碎了 能修吗
a - | 可以 在订单里选寄修服务 我们收到后两天修好寄回
b - | 多少钱
a - | 换屏 {AMT}
@ ok_eyeglasses_pd
b - | 配镜要瞳距吗
a - | 要的 您量一下或者看验光单
b - | 瞳距 63
a - | 收到 按 63 配
@ ok_cake_number
b - | 生日蛋糕送蜡烛吗
a - | 送的 要数字蜡烛的话说一下
b - | 数字蜡烛要 6 和 0
a - | 好的 60 大寿 祝老人家健康
@ ok_furniture_floor
a - | 师傅问一下 您家几楼 有没有电梯
b - | 11 楼 有
a - | 好的 明天上午送
@ ok_secondhand_cond
b - | 成色几新
a - | 9 成新 无磕碰
b - | 电池循环多少次
a - | 187 次
@ ok_en_size
b - | I'm 5'6'' and 130 lbs, which size?
a - | M should fit you well
b - | thanks
@ ok_tw_number
b - | 醬油膏還有嗎
a - | 有喔
b - | 我要 6 瓶 可以幫我分兩箱嗎
a - | 可以喔 一箱 3 瓶
@ ok_old_buyer_phone
b - | 我是老年人 不会用手机 快递到了让他打我电话 订单上那个
a - | 好的阿姨 已经给快递备注送货前打您订单上的电话
b - | 谢谢闺女
""")
conv(r"""
# ---- more acceptable
@ ok2_qty_stickers
b - | 贴纸一张多少钱
a - | 2 块 10 张起
b - | 要 36 张
a - | 好的 直接拍数量 36
@ ok2_qty_water
b - | 桶装水送几楼都行吗
a - | 可以 送上门
b - | 一次送 5 桶
a - | 好的 下单选 5
@ ok2_pickup_store
b - | 我选了门店自提 取货码是多少
a - | 订单详情页有 6 位提货码
b - | {N6} 这个？
a - | 对的 凭这个去提
@ ok2_phone_confirm_hk
a - | 你好 順豐話電話號碼唔啱
b - | 係 {HKA} {HKB} 呀
a - | 啱啦 幫你更新咗 聽日派
@ ok2_phone_confirm_en
a - | Hi, the courier couldn't reach you at the number on your order
b - | Sorry, new number: +44 7700 {N6}
a - | Updated, they'll call again tomorrow
@ ok2_price_range
b - | 最便宜的多少
a - | 39 起
b - | 最贵的呢
a - | 129 是大礼盒
@ ok2_fee_shipping
b - | 新疆运费多少
a - | 加 15
b - | 15 可以 怎么付
a - | 拍的时候系统会自动加 直接付就行
@ ok2_mirror_add_wechat_feature
b - | 这个电话手表能加微信吗
a - | 能 手表版微信 绑定家长手机
b - | 那买一个
@ ok2_mirror_qq_music
b - | 音箱能连 QQ 音乐吗
a - | 能 蓝牙和 WiFi 都可以
b - | 好的
@ ok2_mirror_group_buy
b - | 我们办公室 8 个人一起买 能便宜吗
a - | 可以 8 件给您打 9 折 拍一单 数量 8 我改价
b - | 拍好了
@ ok2_mirror_dingjin
b - | 定制款要付定金吗
a - | 不用 直接拍定制链接全款 做好发货
b - | 好 那拍了
@ ok2_date_number
b - | 18 号前能到吗
a - | 今天发 16 号能到
b - | 那就好
@ ok2_ask_model
a - | 亲 您电脑型号发我看看 我帮您对一下内存条
b - | 联想小新 14 2021
a - | 这款能用 DDR4 3200 的
@ ok2_secondhand_sn
b - | 序列号能发我查一下吗
a - | 可以 {N4}X{N6} 您去官网查保修
b - | 查到了 谢谢
@ ok2_old_buyer_amount
b - | 闺女 一共多少钱
a - | 阿姨 一共 86
b - | 86 哦 我让我儿子帮我付
a - | 好的 订单里付就行
@ ok2_tw_pickup
b - | 7-11 取貨要帶什麼
a - | 報手機末三碼和姓名就可以
b - | 末三碼 {TWC} 對吧
a - | 對的
@ ok2_kids_age
b - | 5 岁穿多大
a - | 身高多少
b - | 112
a - | 120 码
@ ok2_count_box
b - | 一箱多少个
a - | 48
b - | 要 2 箱
@ ok2_bulk_wholesale_ok
b - | 做批发的 拿 300 件
a - | 300 件有批发价 在链接里选批发规格 一件 28
b - | 28 可以 拍了
@ ok2_scam_report_group
b - | 有个群说是你们的内购群 让我交 50 进群
a - | 亲 我们没有任何内购群 那是骗子
b - | 还好没交
@ ok2_refuse_wx_en
b - | do you have WeChat?
a - | Sorry, we can't move chats off the platform, but I'm here to help
b - | no problem, what's the delivery time?
a - | about 7 days
@ ok2_pet_weight
b - | 猫砂盆多大的猫能用
a - | 10 斤以内
b - | 我家 12 斤
a - | 那选大号
@ ok2_paint_code
b - | 色号 NCS S 1005-Y20R 能调吗
a - | 能调 一桶起调
b - | 要 2 桶
@ ok2_ticket_number
b - | 我的售后单号 {N6}{N4} 进度怎么样
a - | 已经审核通过 等您寄回
b - | 明天寄
@ ok2_verification_refuse
b - | 要我提供验证码吗
a - | 不要 任何人问您要都别给 退款我们直接操作
b - | 好的 放心了
@ ok2_en_phone_tail
a - | For security, can you confirm the last 4 digits of the phone on your order?
b - | {N4}
a - | Thanks, I've changed the delivery address as you asked
@ ok2_dialect_qty
b - | 老板 这个凉粉来三斤
a - | 要得 辣子单独装
b - | 要得 多放点
@ ok2_tw_size
b - | 我腰圍 28 要穿哪個尺寸
a - | 建議 M
b - | 好 謝謝
@ ok2_hk_qty
b - | 呢款口罩一盒幾個
a - | 50 個
b - | 要 4 盒
@ ok2_book_isbn
b - | ISBN 978-7-{N4}-{N4B}-X 是这本吗
a - | 是的 第二版
b - | 拍了
# ---- more violating
@ v2_phone_after_pickup_lookalike
b - | 取件码多少来着
a - | 物流信息里有
a contact | 另外亲 以后买直接找我 我号是 {PHA}
a contact | {PHB} {PHC}
b - | 哦
@ v2_tail_then_invite
a - | 亲 核对一下 收货手机尾号
b - | {N4}
a contact | 好的 这个号能加微信吧 我加您 以后有优惠直接发您
b - | 不用了
@ v2_qty_then_private
b - | 我要 30 件
a payment | 30 件的话别拍了 直接转我 算你批发价
b payment | 多少
a payment | 一件 25 一共 750
@ v2_price_then_redpacket
b - | 这个多少
a - | 58
a payment | 你发我 50 的红包就行 不用下单
b payment | 发你哪
a contact,payment | 加我 {WX} 发那
@ v2_address_piece
b - | 急用 今天能到吗
a address | 你来拿吧 我们就在 解放路
a address | 88 号
a address | 后面那个院子 现金
@ v2_platform_piece
b - | 还有大码吗
a platform | 这里没挂 去 TB
a platform | 店名 {WX}
b - | 找到了
@ v2_link_piece
b - | 我想看安装视频
a link | 视频在这个网址 我拆开发
a link | {WX}
a link | .top/v
@ v2_contact_tw_pieces
b - | 有其他顏色嗎
a contact | 有 加我 LINE 看
a contact | {WX}
b contact | 加好了
@ v2_contact_en_pieces
b - | do you have it in black?
a contact | yes, message me on WhatsApp for photos
a contact | +852 {HKA}
a contact | {HKB}
@ v2_buyer_gives_after_invite_dialect
a contact | 老铁 你电话多少 我打给你唠
b contact | {PHA}
b contact | {PHB} {PHC}
a - | 得嘞
@ v2_fraud_id
a - | 亲 您的理赔申请收到了
a fraud | 请发一下身份证正反面和银行卡照片 我们核实后打款
b - | 平台理赔还要这些？
a fraud | 是的 不发无法理赔
@ v2_obscene_buyer
b - | 文胸有 80C 吗
a - | 有的
b obscene | 你是什么码 穿上发给我看
@ v2_abuse_threat
b - | 你们发错了
a - | 亲 您拍的就是这个
b abuse | 放屁 我知道你们店在哪 等着
@ v2_spam_ad
b - | 请问发什么快递
a - | 中通
b spam | 谢谢 顺便问下你们要不要办信用卡 我是银行的 额度高
@ v2_political
b - | 能寄到香港吗
a - | 能的
b political | 香港不是中国 光复香港
""")

# ---------------------------------------------------------------- expand and write
def build():
    sessions = []
    for fam, n, msgs in S:
        assert 3 <= len(msgs) <= 8, (fam, len(msgs))
        has_var = any("{" in t or "[[" in t for _, _, t in msgs)
        k = min(n, 3) if has_var else 1
        seen = set()
        for _ in range(k * 4):
            if len(seen) >= k:
                break
            filled = session_fill(msgs)
            key = tuple(t for _, _, t in filled)
            if key in seen:
                continue
            seen.add(key)
            sessions.append((fam, filled))
    random.shuffle(sessions)
    rows = []
    for i, (fam, msgs) in enumerate(sessions, 1):
        sid = "r2c%04d" % i
        for s, l, t in msgs:
            rows.append({"text": t, "sender": s, "labels": l, "family": fam, "session": sid})
    return sessions, rows

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sessions, rows = build()
    with open(os.path.join(here, "conversations_r2.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    bad = sum(1 for _, m in sessions if any(l for _, l, _ in m))
    print(len(sessions), "sessions,", len(rows), "messages,", bad, "with a violation")
