#!/usr/bin/env python3
"""Write families_r7b.jsonl: round 7b — link, platform, contact, payment and
address evasions that a char-n-gram model needs many phrasings of, each beside
acceptable look-alikes (the platform's own links, router addresses, manuals,
firmware in official apps, couriers, price comparison, order/tracking/model
numbers, refusals and warnings, refunds and 花呗 at checkout, ship-from
cities, pickup stations, service centres, tourist products).

Inputs, all hand-written:
- families_r7b_blocks.txt: single messages in blocks
  ("@ family | labels | sender", then one message a line, "a:"/"b:" prefix
  overrides the sender);
- families_r7b_sessions.txt: conversation scenarios
  ("== family | draws", then "sender|labels|text"), each drawn a few times;
- the templates T below, drawn a fixed number of times.
"[a|b|c]" picks one option, "{slot}" one value of a hand-written slot list,
"<a|b|c>" the same position in every such group of one conversation.

Dropped: any text whose normalised form (lower case, no punctuation or
spaces) occurs in another corpus file or earlier in this file; a template
line whose shape (slot values masked) repeats an earlier line of its family
or whose character trigrams overlap one by Jaccard >= 0.72. Evaluation sets
are never read. Deterministic: seed fixed, two runs give the same bytes.
"""

import json
import random
import re
from pathlib import Path

SEED = 20261207
HERE = Path(__file__).resolve().parent
OUT = HERE / "families_r7b.jsonl"
BLOCKS = HERE / "families_r7b_blocks.txt"
SESSIONS = HERE / "families_r7b_sessions.txt"
CODES = {
    "contact",
    "payment",
    "link",
    "platform",
    "address",
    "abuse",
    "obscene",
    "fraud",
    "spam",
    "political",
}
NEAR = 0.72

SLOTS = {
    "product": [
        "羽绒服",
        "连衣裙",
        "跑鞋",
        "双肩包",
        "保温杯",
        "蓝牙耳机",
        "洗面奶",
        "口红",
        "纸尿裤",
        "猫砂",
        "五常大米",
        "车厘子",
        "赣南脐橙",
        "龙井",
        "手机壳",
        "充电宝",
        "护眼台灯",
        "四件套",
        "电饭煲",
        "空气炸锅",
        "绘本",
        "积木",
        "瑜伽垫",
        "鱼竿",
        "行车记录仪",
        "卫衣",
        "羊绒衫",
        "登山杖",
        "小龙虾",
        "月饼礼盒",
        "蜂蜜",
        "牛排",
        "收纳盒",
        "晾衣架",
        "奶瓶",
        "书包",
        "钢笔",
        "投影仪",
        "路由器",
        "电动牙刷",
        "茶具",
        "狗绳",
        "婚纱",
        "汉服",
        "旗袍",
        "手办",
        "吉他",
        "电子琴",
        "轮胎",
        "机油",
        "窗帘",
        "沙发",
        "床垫",
        "花瓶",
        "多肉",
    ],
    "price": ["5", "8", "10", "12", "15", "20", "30", "6", "25"],
    "city": [
        "苏州",
        "杭州",
        "广州",
        "义乌",
        "成都",
        "武汉",
        "郑州",
        "昆明",
        "东莞",
        "沈阳",
        "厦门",
        "长沙",
        "天津",
        "济南",
        "嘉兴",
    ],
    "ordernum": [
        "4027718839216650",
        "3918820046173352",
        "5501928374650018",
        "2839104756612093",
        "4410293857716624",
        "3307719284560031",
    ],
    "waybill": [
        "SF1387462091827",
        "YT7719203846621",
        "JDX027718365549",
        "78301928475610",
        "4317720948865",
        "JT5589201746631",
    ],
    "part": [
        "刹车片",
        "空气滤芯",
        "雨刮器",
        "大灯灯泡",
        "机滤",
        "脚垫",
        "火花塞",
        "后视镜壳",
    ],
    "car": [
        "2020款卡罗拉",
        "朗逸",
        "本田雅阁",
        "哈弗H6",
        "比亚迪宋",
        "宝马3系",
        "五菱宏光",
    ],
    "vin": [
        "车架号 LSGKB54H8KV123456",
        "LFV3A23C8L3045678",
        "车架号是 LGBH52E05KY098765",
        "LVSHFFAL9JF123789",
        "车架号：LHGCV1658K8012345",
    ],
    "phone": [
        "iPhone 15",
        "iPhone 14 Pro",
        "华为 Mate60 Pro",
        "小米14",
        "vivo X100",
        "OPPO Reno11",
        "荣耀Magic6",
        "红米K70",
        "三星S24",
    ],
    "phone_num": [
        "139 1234 0087",
        "18655073321",
        "137-0021-8846",
        "15988121034",
        "186 2103 7769",
    ],
    "device": [
        "手机",
        "平板",
        "笔记本",
        "空调",
        "洗衣机",
        "扫地机器人",
        "相机",
        "手表",
        "冰箱",
    ],
    "souvenir": [
        "西湖绸伞",
        "故宫冰箱贴",
        "敦煌书签",
        "黄山明信片",
        "泰山石摆件",
        "兵马俑模型",
        "布达拉宫唐卡挂画",
        "鼓浪屿钥匙扣",
    ],
    "souvenir_a": [
        "这是景区授权的文创产品，包装是礼盒的",
        "是当地手工做的，每件略有不同",
        "材质是树脂加彩绘，不易碎",
        "是正规文创店出品，带防伪标",
        "盒装的，适合送人",
    ],
    "store": [
        "女装店",
        "母婴店",
        "生鲜店",
        "数码店",
        "家居店",
        "图书店",
        "宠物店",
        "茶叶店",
        "车品店",
        "零食店",
        "家电店",
        "花店",
        "乐器店",
        "玩具店",
        "户外店",
    ],
    "channel_nick": [
        "🐱超",
        "犬东",
        "拼夕夕",
        "某鱼",
        "小红书店",
        "🍑宝",
        "狗东",
        "夕夕",
        "红薯店",
        "鱼塘",
        "抖店",
        "快手小店",
        "视频号小店",
        "有赞商城",
        "微店",
        "1688",
        "得物",
        "闲鱼",
        "团购群",
        "快团团",
    ],
    "digits": [
        "幺三八 洞洞 拐两 五四六九",
        "幺五九 拐拐 两洞 八三幺六",
        "幺八六 两两 洞拐 三九八五",
        "幺三九 八洞 拐拐 两幺四六",
        "幺七七 洞两 拐八 五五三幺",
        "幺八八 拐洞 两两 六四九三",
        "幺五洞 三三 拐拐 洞八两一",
        "幺三六 两拐 洞洞 九五八八",
    ],
    "handle": [
        "xiaoyu_2288",
        "tangtang0516",
        "amy_shop88",
        "lele8866",
        "muzi_home",
        "kk_1991",
        "qingcha_7",
        "zhou_2012a",
    ],
    "router_ip": [
        "192.168.1.1",
        "192.168.0.1",
        "192.168.31.1",
        "192.168.3.1",
        "192.168.10.1",
        "192.168.50.1",
    ],
    "domain": [
        "m-u-l-a-n 点 c-o-m",
        "xi yang 点 shop",
        "h u a j i a 点 c n",
        "tao yuan 点 top",
        "w w w 点 qingmu 点 net",
        "yun 点 bei 点 vip",
        "lanhua 点 cc",
        "mumu 点 art",
    ],
    "short": [
        "t.cn/A6kQ2x",
        "dwz.cn/k8Pq",
        "url.cn/5bR2s",
        "u.nu/p83k",
        "s.id/mk2a",
        "is.gd/Hq7w",
        "3.cn/2-kRx",
        "bit.ly/3xQa1",
    ],
}

T = [
    # ---- link (violations)
    (
        "link_netdisk",
        ["link"],
        "agent",
        "[亲，|同学，|家长您好，|]{edu}的[配套视频|教程|资料包|高清图][在网盘|放网盘了|传到云盘了]，"
        "[提取码|访问码|密码][是|]{price}[a8|k2|x9|qq]，[链接我拆开发|链接看下一条|复制整段打开APP]",
        21,
    ),
    (
        "link_short",
        ["link"],
        "agent",
        "[亲，|][{assemble}的安装视频|{product}的实拍|{product}的对比图|{product}的更多颜色][看这个|在这|点这里]：{short}[，复制到浏览器|，手机打开就行|]",
        18,
    ),
    (
        "link_spelled",
        ["link"],
        "agent",
        "{custom}[的全部款式|的定制页|的参数|的价目表][在我们网站|在官网|在站点]，[网址|地址][拼给您|拆开说|是]：{domain}[，去掉空格|，点换成英文句号|]",
        21,
    ),
    (
        "link_apk",
        ["link"],
        "agent",
        "{gadget}[要配|得装|需要用]我们的[专用APP|客户端|控制软件]，[应用商店没有|官方商店搜不到|还没上架]，"
        "[安装包|apk][在|下载地址是] {domain}",
        18,
    ),
    (
        "link_miniprogram",
        ["link", "platform"],
        "agent",
        "[亲，|老客看这里，|]{product}[详情页|主图|尺码表]第[三|四|五|六]张图[右下角|底部|角落]有个码，[长按识别|微信扫一下|保存后扫]，"
        "进[我们的小程序商城|我们自己的会员店|团购小程序][下单更便宜|有会员价|有隐藏款]",
        21,
    ),
    (
        "link_qr",
        ["link"],
        "agent",
        "[收到货|拆开包裹]后[扫|扫一下]{product}[箱子上|卡片上|吊牌上]的二维码，[进我们网站|打开我们的页面|到我们的独立站]"
        "[注册会员|领延保|看更多款]",
        15,
    ),
    (
        "link_bio",
        ["link"],
        "agent",
        "{product}[的更多款|的买家秀|的教程]在[我主页外链|主页简介的链接|linktr.ee 页面]里，[点头像进去|去主页点那个链接|搜店名拼音就能找到]",
        15,
    ),
    # ---- link (look-alikes)
    (
        "ok_router_ip",
        [],
        "agent",
        "[亲，|]浏览器[地址栏|]输入 {router_ip}[，|就能]进[路由器|光猫|中继器]后台，[在“上网设置”里|在“无线设置”里|在“WiFi设置”里]"
        "[填宽带账号|改WiFi名字和密码|把频段分开]",
        32,
    ),
    (
        "ok_router_ip",
        [],
        "buyer",
        "[输入|打开]{router_ip}[没反应|进不去|打不开|显示不安全]，[是不是地址不对|要连网线吗|怎么回事]",
        20,
    ),
    (
        "ok_platform_link",
        [],
        "agent",
        "[亲，|]{product}[要退换的话|的售后|要补发的话][在订单页点|点订单详情里的|在“我的订单”里找到这单点]"
        "[“申请售后”|“退换货”|“申请退款”]，[系统会生成退货地址|平台会给您上门取件|运费险自动理赔]",
        36,
    ),
    (
        "ok_platform_link",
        [],
        "agent",
        "[亲，|]{product}的[优惠券|满减券|新人券|会员券][在店铺首页|点我发的卡片|在商品页价格下面]领，[下单自动抵扣|和平台券能叠加|今晚十二点过期]",
        32,
    ),
    (
        "ok_firmware",
        [],
        "agent",
        "[亲，|]{device}[连不上|耗电快|有点卡][的话|]，[先在官方APP里升级固件|打开品牌APP检查更新|在设备页点“固件升级”]，"
        "[升级时保持电量充足|别关机|大概五分钟]",
        32,
    ),
    (
        "ok_manual",
        [],
        "agent",
        "[亲，|]{appliance}的[使用方法|安装步骤|清洁方法][在说明书第{price}页|说明书里有图解|详情页后面几张图有]，[照着做就行|看不懂再问我|有视频版]",
        32,
    ),
    (
        "ok_file_format",
        [],
        "agent",
        "[亲，|]{player}[支持|能播|能读][MP4和MKV|PDF和EPUB|MP3和FLAC|JPG和RAW]，[U盘直接插|导进去就能用|不用转格式]",
        20,
    ),
    # ---- more look-alikes and evasions (second pass)
    (
        "ok_platform_link",
        [],
        "buyer",
        "[你好，|客服，|亲，|]{product}的[退货|换货|退款|价保][入口|按钮|链接][在哪|找不到|点不动|是哪个]，[订单页没看到|我点了没反应|是在“我的”里面吗|麻烦告诉我一下]",
        40,
    ),
    (
        "ok_firmware",
        [],
        "buyer",
        "{device}[提示要升级|官方APP让我更新|一直弹更新]，[升级会丢数据吗|能不升吗|升级要多久|升完会不会更卡]",
        32,
    ),
    (
        "ok_manual",
        [],
        "buyer",
        "{appliance}[第一次用要注意什么|怎么清洗|显示E{price}是什么意思|说明书上的图看不懂]",
        32,
    ),
    (
        "ok_model_number",
        [],
        "agent",
        "[亲，|]{phoneacc}[请选|要看清|下单时选]对应的机型，{phone}[和|跟][其他型号|Pro版|Plus版][不通用|尺寸不一样|摄像头位置不同]",
        32,
    ),
    (
        "ok_order_number",
        [],
        "agent",
        "[亲，|]订单 {ordernum} [已经发货|在打包|已出库]，[单号|物流单号|运单] {waybill}，[{courier}的|走的{courier}]",
        32,
    ),
    (
        "ok_contact_refuse",
        [],
        "agent",
        "[亲，|抱歉，|不好意思，][平台规定不能留私人联系方式|我们不加私人微信|个人电话不方便给]，{product}[的问题|有什么需要|的细节][在这里说就行|我这边都能处理|随时在这问]",
        32,
    ),
    (
        "ok_contact_warning",
        [],
        "agent",
        "[温馨提示：|亲，|提醒一下：][本店不会让您加微信|我们不会私下联系您|客服不会打电话要验证码]，[收到类似信息请举报|谨防冒充|请以平台消息为准]",
        24,
    ),
    (
        "ok_checkout_pay",
        [],
        "buyer",
        "{product}[能用花呗吗|可以分期吗|能信用卡付吗|能用购物金吗|支持先用后付吗]，[分几期|有手续费吗|在哪选|怎么操作]",
        32,
    ),
    (
        "ok_refund_platform",
        [],
        "buyer",
        "{product}[退款|退货款|差价][到哪了|退到哪里|怎么还没到|显示已退款了]，[我用的{paymethod}|付款用的{paymethod}]",
        32,
    ),
    (
        "ok_ship_origin",
        [],
        "buyer",
        "{product}[从哪发|哪个仓发|是不是{city}发]，[到我这|到{city}][几天|要多久|能次日达吗]",
        32,
    ),
    (
        "ok_pickup_station",
        [],
        "buyer",
        "{product}[能放驿站吗|放快递柜就行|别送上门，放驿站]，[白天没人|我上班|家里老人不方便开门]",
        28,
    ),
    (
        "ok_service_center",
        [],
        "buyer",
        "{device}[保修期内|刚买半年|还在保修][坏了|出故障了|屏幕有问题]，[官方维修点在哪|能去授权网点修吗|要寄回去吗]",
        28,
    ),
    (
        "ok_tourist_product",
        [],
        "agent",
        "[亲，|]{souvenir}[是|属于]{souvenir_a}，[送人很合适|可以开发票|现货当天发]",
        28,
    ),
    (
        "ok_buyer_compare",
        [],
        "buyer",
        "[我在|之前在][直播间|专柜|超市|别的店|朋友圈]看到{product}[便宜点|差不多价|贵一些]，[你家有活动吗|我再对比一下|我就在这买吧|能送个赠品吗]",
        32,
    ),
    (
        "ok_brand_store",
        [],
        "agent",
        "[亲，|]{product}[我们是|这家是][品牌官方旗舰店|品牌授权店|平台自营]，[只在本平台开店|授权书在店铺首页|售后由品牌负责]",
        24,
    ),
    # violations, second pass
    (
        "platform_other_shop",
        ["platform"],
        "agent",
        "[亲，|]{product}[这边价格改不了|这个链接没法便宜|这边扣点高]，[去我们另一家店|去我的二号店|去我们主店][拍|下单]，[在{channel_nick}|店名一样|搜店名就有]",
        21,
    ),
    (
        "contact_digit_words",
        ["contact"],
        "buyer",
        "[老板，|亲，|]{product}[我要得多|私下谈|批量要]，[你打我电话|加我|联系我] {digits}",
        15,
    ),
    (
        "payment_keep_money",
        ["payment"],
        "agent",
        "[亲，|]{product}[多收的|退的|差的]{price}[块|元][先存我这|放我微信里|不用退了]，[下次直接抵|下单少付|我记着]",
        15,
    ),
    (
        "address_store_discount",
        ["address"],
        "agent",
        "{product}[想要更便宜|要现货|想试]的话来[门店|体验店|档口]，[就在|在][商场B1层|步行街中段|批发市场二楼|老街巷子里]，[到了报“网上来的”|来了现场付|店里价低{price}]",
        18,
    ),
    (
        "link_netdisk",
        ["link"],
        "agent",
        "{edu}[太大|平台传不了|文件多]，[放到|传到][百度网盘|夸克网盘|阿里云盘|天翼云盘]了，[提取码在下条|提取码 {price}kq|访问码是订单后四位]",
        18,
    ),
    # ---- platform (violations)
    (
        "platform_nickname",
        ["platform"],
        "agent",
        "[亲，|]{product}[在|去]{channel_nick}[上|]{cheap}，[您去那边拍|那边下单|搜我们店名就行|直接去那边找我]",
        27,
    ),
    (
        "platform_nickname",
        ["platform"],
        "agent",
        "[这边|这个链接|本店]{product}[没货了|要涨价|不包邮]，[我们|]{channel_nick}[那边还有|还有库存|价格没变]，[去那边拍|您过去下单|别在这拍了]",
        21,
    ),
    (
        "platform_nickname",
        ["platform"],
        "buyer",
        "[老板，|亲，|]你们{channel_nick}[有店吗|店名叫啥|是不是更便宜]，{product}[我想去那边买|那边下单行吗|那边有券吗]",
        18,
    ),
    # ---- platform (look-alikes)
    (
        "ok_buyer_compare",
        [],
        "buyer",
        "{product}[我在别家|我在超市|我在直播间|我在专柜]看到[便宜{price}块|也是这个价|贵一点]，[你们能优惠吗|我再想想|我再比比|还是你家评价好]",
        36,
    ),
    (
        "ok_courier",
        [],
        "agent",
        "[亲，|]{product}[默认发|我们发|走的是][中通|圆通|韵达|极兔]，[要京东快递|换顺丰|发京东物流]的话[补{price}元|拍补邮链接|在规格里选]",
        28,
    ),
    (
        "ok_courier",
        [],
        "agent",
        "[亲，|]{product}[已经交给|今天发]京东快递[了|]，{city}[发出|出库]，[单号在订单里|明天能到|注意接电话]",
        24,
    ),
    # ---- contact (violations)
    (
        "contact_digit_words",
        ["contact"],
        "agent",
        "[亲，|]{custom}[的事|定制的细节|便宜的办法][电话里说|打电话细聊|私下讲]：{digits}",
        21,
    ),
    (
        "contact_app_hint",
        ["contact"],
        "agent",
        "[亲，|]{product}[的实拍|的视频|的内部价][加我|到][V|薇|vx|威信|绿泡泡|企鹅]上[看|发你|说]，号是 {handle}",
        21,
    ),
    (
        "contact_avatar",
        ["contact"],
        "agent",
        "[亲，|]{product}[售后|返现|补发][加|找][我头像上那个号|签名里那串|包裹卡上的号|店铺公告最后那个号]，[那边处理快|直接给您办|老板亲自回]",
        18,
    ),
    # ---- contact (look-alikes)
    (
        "ok_order_number",
        [],
        "agent",
        "[亲，|]{product}[查到了|已发出|在路上]，[快递单号|运单号|单号] {waybill}，[在订单详情能看|明天派送|已到您所在城市]",
        28,
    ),
    (
        "ok_order_number",
        [],
        "buyer",
        "[订单号|我的订单] {ordernum}，{product}[还没发货|物流不动了|少发了一件|想改地址]",
        28,
    ),
    (
        "ok_model_number",
        [],
        "buyer",
        "[我是|我的手机是|用的是]{phone}，{phoneacc}[能用吗|适配吗|有没有合适的]",
        24,
    ),
    ("ok_model_number", [], "buyer", "{vin}，{part}[能用吗|有没有|帮我查一下]", 20),
    (
        "ok_contact_refuse",
        [],
        "agent",
        "[亲，|不好意思，|]{product}的[视频|图片|细节][这里就能发|我直接在这发您|我传在聊天框里]，[平台不让加私人号|我们不能留微信|电话这里不方便给]",
        28,
    ),
    # ---- payment (violations)
    (
        "payment_diff_outside",
        ["payment"],
        "agent",
        "[亲，|]{custom}[换大号|加急|刻字|升级礼盒]要[补|加]{price}[块|元]，[直接转我|发我红包|支付宝转我|扫我码补]就行，[不用拍链接|比拍链接方便|别走平台]",
        21,
    ),
    (
        "payment_deposit",
        ["payment"],
        "agent",
        "[亲，|]{custom}[定做|预订|排期][要|先]付[两百|一百|三百|一半][定金|订金|押金]，[微信转我|打到我卡上|支付宝给我个人]，[尾款再拍|平台上再补|不用在这下单]",
        21,
    ),
    (
        "payment_qr_image",
        ["payment"],
        "agent",
        "{product}[不用拍|别下单]，[详情页|主图|规格图]第[二|三|五|七]张[是|就是]我们的[收款码|付款码|支付码]，[扫码付|扫了付款][便宜{price}|当天发|省手续费]",
        18,
    ),
    # ---- payment (look-alikes)
    (
        "ok_diff_link",
        [],
        "agent",
        "[亲，|]{custom}[换大号|加急|刻字|升级包装]要[补|加]{price}[元|块]，[拍店铺的补差价链接|在首页搜“补差”拍|拍{price}件补差专拍]，[拍好我改|付款后我安排|备注订单号]",
        28,
    ),
    (
        "ok_refund_platform",
        [],
        "agent",
        "[亲，|]{product}的退款[已同意|已经处理了|审核通过了]，[原路退回|会退到您付款的账户|按付款方式退回]，[一到三个工作日到账|请留意平台通知|在订单里能看进度]",
        28,
    ),
    (
        "ok_checkout_pay",
        [],
        "agent",
        "[亲，|]{product}[支持|可以用][花呗分期|信用卡|平台红包|先用后付]，[在付款页选|结算时选择|下单时勾选]，[三期免息|没有额外费用|是平台的服务]",
        28,
    ),
    # ---- address (violations)
    (
        "address_landmark",
        ["address"],
        "agent",
        "[亲，|]{product}[您要看实物的话|想试的话|要便宜的话]，来[我们店|档口|工作室]，[在|就在][地铁口出来那条街的后巷|万达B1层扶梯旁|老菜场后面|大学城北门对面|批发市场三楼电梯口]，"
        "[左手边第五家|招牌是红色的|门口有个大熊|最里头那间]",
        24,
    ),
    (
        "address_store_discount",
        ["address"],
        "agent",
        "[亲，|]{product}[来店里买|到店|来门店][比网上便宜|能便宜|有折扣]{price}[块|元]，[报暗号“老客”|带上聊天截图|直接现场付]",
        18,
    ),
    (
        "address_pickup_skip",
        ["address"],
        "agent",
        "[同城的亲，|您要是本地的，|亲，]{product}[不用下单|别拍了|这单取消吧]，[直接来拿|来仓库自提|我给您送过去]，[钱当面给|现场付|到时候现金就行]",
        21,
    ),
    # ---- address (look-alikes)
    (
        "ok_ship_origin",
        [],
        "agent",
        "[亲，|]{product}[从|在]{city}[仓|]发货，[快递是|走]{courier}，[一般两到三天|江浙沪次日达|偏远地区四五天]",
        36,
    ),
    (
        "ok_pickup_station",
        [],
        "agent",
        "[亲，|]{product}[已经放在|到了|派送到]您[小区|学校|公司楼下]的[菜鸟驿站|快递柜|快递点]，[取件码在物流信息里|凭取件码取|记得三天内取]",
        28,
    ),
    (
        "ok_service_center",
        [],
        "agent",
        "[亲，|]{device}[保修期内|在保修范围内|一年内]的话，[去官方授权维修点|找品牌服务中心|寄回品牌售后]，[地址在官网“服务网点”查|带上发票和保修卡|免费维修]",
        28,
    ),
]
SLOTS["edu"] = [
    "网课",
    "考研资料",
    "钢琴谱",
    "电子书合集",
    "编程课",
    "英语听力",
    "教辅答案",
    "PPT模板",
]
SLOTS["gadget"] = [
    "投影仪",
    "电视盒子",
    "点读笔",
    "学习平板",
    "智能手环",
    "车载导航",
    "儿童手表",
    "监控摄像头",
]
SLOTS["appliance"] = [
    "电饭煲",
    "空气炸锅",
    "净水器",
    "洗碗机",
    "扫地机",
    "加湿器",
    "破壁机",
    "电热水器",
    "吸尘器",
    "烤箱",
]
SLOTS["player"] = [
    "投影仪",
    "电子书阅读器",
    "车载播放器",
    "MP3随身听",
    "数码相框",
    "移动硬盘播放器",
]
SLOTS["phoneacc"] = ["手机壳", "钢化膜", "充电器", "数据线", "镜头膜", "磁吸支架"]
SLOTS["custom"] = [
    "窗帘",
    "旗袍",
    "实木书架",
    "亚克力灯牌",
    "帆布包",
    "刻字钢笔",
    "定制T恤",
    "沙发套",
    "婚礼请柬",
    "手工皂礼盒",
    "木质门牌",
    "宠物画像",
]
SLOTS["assemble"] = [
    "衣柜",
    "书桌",
    "婴儿床",
    "鞋架",
    "猫爬架",
    "跑步机",
    "电动车",
    "置物架",
]
SLOTS["wear"] = ["连衣裙", "羽绒服", "卫衣", "汉服", "西装", "旗袍", "牛仔裤", "大衣"]
SLOTS["bigticket"] = [
    "手机",
    "笔记本电脑",
    "电动车",
    "钢琴",
    "沙发",
    "冰箱",
    "相机",
    "空调",
]
SLOTS["tryon"] = ["婚纱", "汉服", "跑鞋", "床垫", "沙发", "眼镜框", "吉他", "西装"]
SLOTS["paymethod"] = ["支付宝", "微信", "花呗", "信用卡", "银行卡", "平台余额"]
SLOTS["courier"] = ["顺丰", "中通", "圆通", "韵达", "京东快递", "申通", "EMS", "极兔"]
SLOTS["cheap"] = [
    "便宜二十",
    "便宜一半",
    "少十五块",
    "有隐藏券",
    "买二送一",
    "还包邮",
    "团购价更低",
    "有新人价",
]

# ---------------------------------------------------------------------------


def norm(text):
    return re.sub(r"[\s\W_]+", "", text.lower())


def grams(text):
    t = norm(text)
    return {t[i : i + 3] for i in range(max(1, len(t) - 2))}


def other_norms():
    """Normalised texts of every other corpus file (evaluation sets are not read)."""
    seen = set()
    for path in sorted(HERE.glob("*.jsonl")):
        if path.name == OUT.name:
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    seen.add(norm(json.loads(line)["text"]))
    return seen


SWAP_RE = re.compile(
    "|".join(
        re.escape(v)
        for v in sorted({v for vs in SLOTS.values() for v in vs}, key=len, reverse=True)
    )
)


def skeleton(text):
    return re.sub(r"\d+", "#", SWAP_RE.sub("#", norm(text)))


def alt(template, rng):
    """Choose one option of every "[a|b|c]" group."""
    return re.sub(
        r"\[([^\[\]]*)\]", lambda m: rng.choice(m.group(1).split("|")), template
    )


def fill(template, rng, values=None):
    values = {} if values is None else values
    # "<a|b|c>" groups are linked: within one conversation every such group
    # takes the same position, so a question and its answer stay paired.
    index = values.setdefault("#", rng.randrange(840))
    template = re.sub(
        r"<([^<>]*)>",
        lambda m: m.group(1).split("|")[index % len(m.group(1).split("|"))],
        template,
    )
    template = alt(template, rng)

    def pick(m):
        key = m.group(1)
        if key not in values:
            values[key] = rng.choice(SLOTS[key])
        return values[key]

    return re.sub(r"\{(\w+)\}", pick, template)


class Writer:
    def __init__(self):
        self.rows, self.norms, self.others = [], set(), other_norms()
        self.fam_grams, self.skeletons, self.all_grams = {}, set(), []

    def fresh(self, text):
        n = norm(text)
        return bool(n) and n not in self.others and n not in self.norms

    def near(self, text, family):
        if (family, skeleton(text)) in self.skeletons:
            return True
        g = grams(text)
        return any(
            len(g & h) / len(g | h) >= NEAR for h in self.fam_grams.get(family, ())
        )

    def near_any(self, text):
        """Trigram Jaccard >= NEAR with any earlier line of the file."""
        g = grams(text)
        return any(len(g & h) / len(g | h) >= NEAR for h in self.all_grams)

    def take(self, text, sender, labels, family, session=None):
        assert set(labels) <= CODES and sender in ("buyer", "agent"), (text, labels)
        self.norms.add(norm(text))
        self.skeletons.add((family, skeleton(text)))
        self.fam_grams.setdefault(family, []).append(grams(text))
        self.all_grams.append(grams(text))
        row = {
            "text": text,
            "sender": sender,
            "labels": sorted(labels),
            "family": family,
        }
        if session:
            row["session"] = session
        self.rows.append(row)


def parse_labels(field):
    field = field.strip()
    return [] if field == "-" else [x.strip() for x in field.split(",")]


def read_blocks():
    fam = labels = sender = None
    for raw in BLOCKS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@ "):
            fam, lab, sender = [x.strip() for x in line[2:].split("|")]
            labels = parse_labels(lab)
            continue
        snd = sender
        if line[:2] in ("a:", "b:"):
            snd = "agent" if line[:2] == "a:" else "buyer"
            line = line[2:].strip()
        yield line, snd, labels, fam


def read_sessions():
    scenarios = []
    for raw in SESSIONS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            fam, draws = [x.strip() for x in line[3:].split("|")]
            scenarios.append((fam, int(draws), []))
            continue
        who, lab, text = line.split("|", 2)
        sender = {"a": "agent", "b": "buyer"}[who.strip()]
        scenarios[-1][2].append((sender, parse_labels(lab), text.strip()))
    return scenarios


def main():
    rng = random.Random(SEED)
    w = Writer()
    for text, sender, labels, fam in read_blocks():
        if w.fresh(text):
            w.take(text, sender, labels, fam)
    for fam, labels, sender, template, draws in T:
        for _ in range(draws):
            text = fill(template, rng)
            if w.fresh(text) and not w.near(text, fam):
                w.take(text, sender, labels, fam)
    singles = len(w.rows)

    n = 0
    for fam, draws, turns in read_sessions():
        made = 0
        for _ in range(draws * 30):
            if made == draws:
                break
            values, texts, local = {}, [], set()
            for sender, labels, template in turns:
                text = fill(template, rng, values)
                if (
                    not w.fresh(text)
                    or norm(text) in local
                    or (len(norm(text)) >= 5 and w.near_any(text))
                ):
                    texts = None
                    break
                local.add(norm(text))
                texts.append((sender, text, labels))
            if texts is None:
                continue
            # a session may repeat the shape of at most half of its messages
            if 2 * sum((fam, skeleton(t)) in w.skeletons for _, t, _ in texts) > len(
                texts
            ):
                continue
            n += 1
            made += 1
            for sender, text, labels in texts:
                w.take(text, sender, labels, fam, session=f"r7bc{n:04d}")

    head = w.rows[:singles]
    rng.shuffle(head)
    with OUT.open("w", encoding="utf-8") as out:
        for row in held_out(head + w.rows[singles:]):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(singles, "single messages,", n, "sessions,", len(w.rows), "lines")


def held_out(rows):
    """``rows`` without any text of an evaluation set (tests/data, read for
    its texts only): a conversation with such a message is left out whole."""
    texts = set()
    for path in sorted((HERE.parents[2] / "tests" / "data").glob("screening_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.add(json.loads(line)["text"].strip())
    sessions = {r.get("session") for r in rows if r["text"].strip() in texts}
    return [
        r
        for r in rows
        if r["text"].strip() not in texts
        and (r.get("session") is None or r.get("session") not in sessions)
    ]


if __name__ == "__main__":
    main()
