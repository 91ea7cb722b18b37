#!/usr/bin/env python3
"""Write families_r7a.jsonl: round 7a, the five families the learned model is
weakest on — off-topic advertising (spam), knowing counterfeits and paid
reviews (fraud), political codes, obscene innuendo and abuse in internet slang
— each beside acceptable look-alikes that share its words.

Almost everything is hand-written in families_r7a_blocks.txt: single messages
in blocks ("@ family | labels | sender", one message a line, "a:"/"b:"
overriding the sender) and conversations ("= family", then one message a line
as "a|b <labels or -> text"). A few hand-written phrase lists below are joined
into further lines (a fixed number of draws, seed fixed); each list holds
whole clauses, so no line is one template with a single swapped word.

Dropped on the way: a text equal, after lower-casing and stripping spaces and
punctuation, to one in any other corpus file or earlier in this one; and a
single message whose character trigrams overlap an earlier line's of the same
family by Jaccard >= 0.72. Evaluation sets are not read.
"""

import json
import random
import re
from pathlib import Path

SEED = 20261307
HERE = Path(__file__).resolve().parent
OUT = HERE / "families_r7a.jsonl"
BLOCKS = HERE / "families_r7a_blocks.txt"
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

# --------------------------------------------------------------------------
# Phrase lists (hand-written); a line is one clause from each list in turn.
# --------------------------------------------------------------------------
SPAM_OPEN = [
    "亲，打扰一下，",
    "顺便说一句，",
    "您好，不好意思占用您一分钟，",
    "对了亲，",
    "另外跟您说个事，",
    "",
    "老铁，",
    "哈喽，",
    "亲爱的，",
    "冒昧问一下，",
    "先不说衣服了，",
    "插播一条，",
    "家人们，",
    "路过提醒一下，",
    "温馨提示：",
]
SPAM_PITCH = [
    "我们老板还做二手房买卖，学区房急售，价格比中介低",
    "我表哥开搬家公司，同城搬家起步价一百五，钢琴也能搬",
    "家里要是管道堵了、马桶不通，我们有师傅上门疏通",
    "需要看八字算姻缘的可以找我，大师一对一，准了再给钱",
    "我们承接别墅庭院景观设计，假山鱼池草坪一条龙",
    "小区旁边新开了一家KTV，报我名字包厢打八折",
    "我们火锅店周末有活动，四人套餐只要一百九九",
    "征信花了也能办贷款，最快当天到账，额度五万起",
    "成人学历提升，不用考试，两年拿本科证",
    "招聘线上兼职打字员，在家就能做，日结两百",
    "我们团队专业做店铺代运营，直通车托管，保证流量翻倍",
    "抖音快手涨粉一千个只要十块，点赞评论也能刷",
    "我们工作室帮人养号，老号带权重，开店不被限流",
    "宝妈在家带娃也能赚钱，每天刷刷手机就有收入",
    "我们还做家电清洗，油烟机空调深度清洗一百块一台",
    "本地装修公司量房免费，全包每平方八百起",
    "需要开公司注册、代理记账的可以找我们，一年一千五",
    "考驾照找我，包过科目一，不用去驾校排队",
    "专业除甲醛，新房检测免费，不达标不收钱",
    "风水调理、起名改运，我师父在龙虎山修行过",
    "婚庆摄影旺季特惠，婚纱照三套服装只要两千九",
    "钢琴吉他少儿培训，试听一节课免费",
    "要是想做跨境电商，我们有零基础实操课，包教包会",
    "招快递分拣临时工，夜班一小时二十五，包吃住",
    "我们承接钢结构厂房、市政绿化工程，有资质",
    "二手车收购，上门评估，当场打款",
    "代写论文、代做毕业设计，查重不过全额退",
    "帮您店铺做详情页和主图，一套只要三百",
]
SPAM_CLOSE = [
    "，感兴趣回我个“了解”",
    "，有需要随时问我",
    "，名额有限先到先得",
    "，您身边朋友需要也可以介绍",
    "，错过今天就没这个价了",
    "！！！",
    "，绝对靠谱",
    "，考虑一下呗",
    "",
    "，这周还有优惠",
    "，您回复“是”我给您详细说",
    "🔥🔥🔥",
    "，别错过",
]

PROMO_OPEN = ["亲，", "亲 ", "您好，", "", "宝子，", "亲爱的，", "哈喽亲，"]
PROMO_BODY = [
    "本店双十一预售开始了，定金五十抵一百",
    "您收藏的那款毛衣今天补货了，尺码都齐",
    "店铺会员日全场九折，积分可以抵现",
    "新款春装上架了，老顾客下单送一双袜子",
    "店铺首页可以领满199减20的券，今天有效",
    "春节期间快递停运，腊月二十五之后的订单年后初八发",
    "国庆期间正常发货，只是物流会慢一两天",
    "您买的空调可以预约免费安装，师傅按订单电话联系您",
    "上次买的茶具用得怎么样，有问题随时找我们售后",
    "刻字服务是免费的，下单时备注要刻的字就行",
    "这款电视支持上门挂墙安装，支架另外选",
    "我们家店铺粉丝下单满三单升级金卡，享包邮",
    "您关注的那款扫地机直播间今晚有秒杀价，就在本店直播",
    "本店周年庆，第二件半价，活动到周日",
    "您上次问的那双鞋到货了，42码给您留着",
    "618期间下单赠运费险，退换更方便",
    "收到货有任何问题都可以在订单页申请售后，我们48小时内处理",
    "年货节坚果礼盒满两盒包邮，送礼很合适",
    "宝贝已经发出了，顺丰次日达，注意查收",
    "新品试用装限量免费领，在店铺首页点“试用”即可",
    "您之前买的猫粮快吃完了吧，本店这周有囤货价",
    "店里的床垫支持三十天试睡，不满意可以退",
    "开学季文具套装买一送一，孩子用很方便",
    "中秋月饼礼盒可以定制贺卡，公司团购有批量价",
]
PROMO_CLOSE = [
    "，有需要可以看看",
    "，不需要的话忽略就好",
    "",
    "，祝您生活愉快",
    "，谢谢支持",
    "～",
    "，打扰啦",
    "，有问题随时问我",
]

ABUSE_OPEN = [
    "你",
    "你这个",
    "客服你是",
    "老板你",
    "我看你就是个",
    "你们店客服都是",
    "就你这种",
    "你怕不是",
    "说真的你",
    "我服了，你",
]
ABUSE_CORE = [
    "沙雕吧",
    "智障吧，同一个问题问八遍",
    "脑残啊，尺码表都看不懂",
    "zz一个，说了半天听不懂",
    "弱鸡，连个快递都查不明白",
    "傻 逼，回个消息要半小时",
    "脑子进水了吧",
    "煞笔玩意儿",
    "憨批，地址都能发错",
    "nt吧，我说的是退货不是换货",
    "猪脑子，教了三遍还不会",
    "废物一个，啥也干不好",
    "二百五，问什么都说不知道",
    "神经病啊，大半夜发消息",
    "狗东西，收了钱装死",
    "死全家的骗子",
    "是不是有大病",
    "瞎了狗眼，图片都看不清",
    "脑瘫客服",
    "傻叉，会不会说人话",
    "弱智儿童欢乐多是吧",
    "白痴，订单号都不会看",
]
ABUSE_CLOSE = [
    "",
    "！",
    "，真服了",
    "，滚",
    "，赶紧退钱",
    "，差评等着吧",
    "？？？",
    "，呵呵",
    "，给爷爬",
    "，气死我了",
]

COMPLAIN_OPEN = [
    "我真的很生气，",
    "太失望了，",
    "说实话这次体验很差，",
    "我忍了三天了，",
    "气死我了，",
    "你们能不能上点心，",
    "我不想吵，但",
    "讲道理，",
    "",
    "第三次问了，",
]
COMPLAIN_CORE = [
    "快递一周还没动",
    "衣服一洗就缩水",
    "收到的颜色和图片完全不一样",
    "客服一直不回消息",
    "说好的48小时发货，现在都第五天了",
    "杯子收到就是裂的",
    "少发了一件也没人管",
    "退款申请了三天没人处理",
    "耳机左边没声音",
    "鞋子开胶了才穿两次",
    "说明书一个字都没有",
    "包装破成这样你们也发",
    "味道跟描述的差太多",
    "电话里说给补偿，结果没下文",
]
COMPLAIN_CLOSE = [
    "，今天必须给我个说法",
    "，我要投诉",
    "，再这样我就差评了",
    "，请尽快处理",
    "，你们自己看看合适吗",
    "，太离谱了",
    "，我要申请平台介入",
    "！！",
    "，别再敷衍了",
    "",
]


REVIEW_OPEN = ["亲，", "亲 ", "宝子，", "亲爱的，", "您好，", "", "小姐姐，", "哥，"]
REVIEW_ASK = [
    "收到货麻烦给个五星好评",
    "方便的话写个带图好评",
    "评价写满三十个字再配两张图",
    "给个好评加一句“回购了”",
    "追评一下说质量很好",
    "把中评改成好评",
    "评价里夸一下物流和客服",
    "好评晒个视频",
    "写条真实点的好评，别太短",
    "差评删掉或者改成好评",
    "给宝贝打满分",
    "评价的时候别提色差的事",
]
REVIEW_GIFT = [
    "，下次来买直接送您一件",
    "，我私下返您个小红包",
    "，送您一张无门槛券，不走活动",
    "，我给您寄一盒小零食",
    "，这单运费我退给您",
    "，下一单给您免单",
    "，返您十块钱",
    "，送您一支同款口红",
    "，给您充二十话费",
    "，我给您补一个赠品",
    "，以后下单都给您打八折",
    "，截图给我就给您返钱",
    "，我给您抽个奖，必中的",
    "，给您发个八块八的红包",
]
FAKE_OPEN = [
    "亲，",
    "说实话，",
    "跟您透个底，",
    "不瞒您说，",
    "悄悄告诉您，",
    "我就直说了，",
    "亲 ",
    "",
]
FAKE_WHAT = [
    "这款包是版货",
    "这批鞋是工厂偷跑的同料货",
    "手机是翻新的，换了壳",
    "耳机是华强北出的",
    "香水是小厂灌装的",
    "手表是复刻的",
    "这瓶酒是调的",
    "奶粉是我们自己分装的",
    "笔记本是拆机件拼的",
    "羊绒衫根本没多少羊绒",
    "这罐蜂蜜是兑了糖浆的",
    "燕窝是泡了胶的",
    "这批护肤品没有品牌授权",
    "相机是二手翻的",
    "这双球鞋是吊牌真货假",
    "珍珠是贝珠",
    "充电宝容量是虚标的",
    "玉镯是B货",
]
FAKE_HIDE = [
    "，页面写全新正品是为了好卖",
    "，但我们按正品卖，您别声张",
    "，证书是配的，查不出来",
    "，您送人不会有人看出来",
    "，评价里千万别说",
    "，专柜去验也不一定验得出",
    "，包装是正品的空盒",
    "，标签我们重新贴过了",
    "，标题不能写，您懂就好",
    "，跟正品价差在那儿摆着呢，您心里有数",
]
GENUINE_OPEN = ["亲，", "亲 ", "您好，", "", "亲亲，"]
GENUINE_WHAT = [
    "这款包是品牌授权正品",
    "这批鞋是官方渠道进的",
    "手机是全新国行未激活",
    "耳机是官方正品，序列号可查",
    "香水是专柜货，批次码可查",
    "这块表是二手的，标题已写明",
    "这瓶酒是酒厂直供，有防伪码",
    "奶粉是原罐进口，有报关单",
    "笔记本是官方翻新，包装有官翻标识",
    "羊绒衫含量百分之三十，吊牌如实写",
    "蜂蜜是纯蜂蜜，有检测报告",
    "燕窝是干挑的，不加胶",
    "护肤品有品牌授权书，在详情页",
    "相机是二手九成新，快门数写在标题",
    "球鞋是正品，附购物小票",
    "珍珠是淡水珍珠，证书写的也是淡水",
    "充电宝额定容量标在背面",
    "玉镯是天然A货，有国检证书",
]
GENUINE_CLOSE = [
    "，支持专柜验货",
    "，可以送第三方鉴定",
    "，假一赔十",
    "，有问题七天无理由退",
    "，介意的话慎拍",
    "，放心拍",
    "，鉴定费我们出",
    "，收到不满意可以退",
    "",
    "，详情页有实拍和说明",
]
POL_THING = [
    "这件夹克",
    "这条围巾",
    "这款布鞋",
    "这支钢笔",
    "这款茶杯",
    "这套茶叶",
    "这个公文包",
    "这顶帽子",
    "这块手表",
    "这件大衣",
    "这款保温杯",
    "这条领带",
]
POL_CLAIM = [
    "是大大同款",
    "就是主席出访那件",
    "是总理开会用的那款",
    "是领导人视察时戴的",
    "是首长同款",
    "是第一夫人同款",
    "跟新闻联播里领导用的一模一样",
    "是那位包子同款",
    "是总书记下乡穿的",
    "是习大大戴过的",
]
POL_PUSH = [
    "，买了倍有面子",
    "，销量一直第一",
    "，送领导最合适",
    "，限量的",
    "，放心拍",
    "，懂的都懂",
    "，同厂生产",
    "，今天有折扣",
    "",
]
ORIGIN_WHAT = [
    "新疆长绒棉被套",
    "新疆红枣",
    "新疆葡萄干",
    "西藏牦牛肉干",
    "西藏青稞饼",
    "台湾凤梨酥",
    "台湾高山茶",
    "香港鸡仔饼",
    "香港正品药油",
    "内蒙古牛肉干",
    "云南普洱",
    "东北大米",
    "国旗贴纸",
    "国庆节小红旗",
    "中国结挂件",
    "红灯笼",
    "中国近代史教材",
    "人民币收藏册",
    "天安门积木",
    "党员学习笔记本",
    "维尼熊玩偶",
    "包子蒸笼",
    "长城纪念徽章",
    "故宫文创书签",
]
ORIGIN_FACT = [
    "产地直发，",
    "是今年的新货，",
    "有质检报告，",
    "包装是礼盒款，",
    "是正规渠道进的，",
    "尺寸有三种，",
    "单位团购有批量价，",
    "适合送人，",
    "保质期十二个月，",
    "做工很细，",
]
ORIGIN_CLOSE = [
    "现在下单明天发",
    "国庆期间正常发货",
    "详情页有实拍图",
    "可以开发票",
    "七天无理由",
    "满两件包邮",
    "有问题随时问我",
    "库存还很充足",
]
HARASS_OPEN = [
    "客服妹妹，",
    "小姐姐，",
    "美女，",
    "老板娘，",
    "亲爱的，",
    "宝贝，",
    "喂，",
    "",
]
HARASS_ASK = [
    "穿上这件内衣拍张照给我看",
    "发个你的自拍，要穿少一点的",
    "今晚来我家试试这个",
    "你的胸围多少，我想象一下",
    "拍一下你的腿，我看看丝袜效果",
    "开个视频给我看看身材",
    "发段语音叫一声老公",
    "你穿过这个睡裙吗，什么感觉",
    "陪我聊点成人话题",
    "给我看看你下面穿的什么",
    "这个玩具你先试试再告诉我",
    "把你的原味袜子卖给我",
]
HARASS_BRIBE = [
    "，我就下单",
    "，我给你五星好评",
    "，给你两百",
    "，就一次",
    "，别害羞",
    "，嘿嘿",
    "，不然我不买了",
    "，私下发我就行",
    "",
]
ADULT_OPEN = ["亲，", "亲 ", "您好，", ""]
ADULT_FACT = [
    "这款文胸是无钢圈的",
    "这款内裤是纯棉裆",
    "情趣睡衣是蕾丝面料",
    "避孕套是五十二毫米常规款",
    "润滑液是水基的",
    "按摩器是医用硅胶",
    "哺乳文胸是前开扣",
    "吸奶器吸力九档可调",
    "泳衣是分体款，有胸垫",
    "塑身衣是高腰的",
    "丝袜是十五D超薄",
    "孕妇内裤是低腰托腹",
    "乳贴是硅胶的，可重复使用",
    "男士平角裤是冰丝面料",
    "验孕试纸是一盒五条",
    "防溢乳垫是超薄款",
]
ADULT_SERVICE = [
    "，隐私包装发货",
    "，尺码表在详情页",
    "，拆封后不退换，请谅解",
    "，外箱不显示品名",
    "，敏感肌也能用",
    "，未满十八岁请勿购买",
    "，清洗说明在包装背面",
    "，有疑问可以问药师",
    "，按下胸围选码",
    "，可以机洗",
    "",
]
FOLLOW_OPEN = ["亲，", "您好，", "亲 ", "亲爱的，"]
FOLLOW_WHAT = [
    "您的羽绒服收到了吗",
    "上周买的电饭煲用着还顺手吗",
    "您的退款已经原路退回了",
    "换的那双鞋已经寄出了",
    "您反馈的色差问题我们核实了",
    "您买的绿萝叶子发黄的话",
    "您的包裹在派送中了",
    "补发的螺丝今天寄出了",
    "空调师傅明天上午上门",
    "您的订单已经加急处理了",
    "耳机如果连不上蓝牙的话",
    "净水器滤芯半年换一次",
    "书包肩带如果松了",
    "宝宝推车的遮阳棚如果卡住",
    "您买的牛排收到后请冷冻保存",
]
FOLLOW_CLOSE = [
    "，有问题随时在这里找我们",
    "，麻烦留意一下物流",
    "，我们会一直跟进",
    "，给您添麻烦了",
    "，可以看一下说明书第五页",
    "，不满意可以申请售后",
    "，谢谢您的耐心",
    "，祝您用得开心",
    "",
]

ASK_OPEN = ["你好，", "请问", "在吗，", "老板，", "客服，", "", "亲，", "问一下，"]
ASK_WHAT = [
    "这款保温杯",
    "你家的牛肉干",
    "儿童雨靴",
    "这个落地灯",
    "猫砂",
    "这套茶具",
    "瑜伽服",
    "宝宝辅食机",
    "这个行李箱",
    "羊毛被",
    "电动牙刷",
    "蓝牙音箱",
    "这盆多肉",
    "登山鞋",
    "车载冰箱",
    "这本字帖",
    "防晒霜",
    "烤箱",
    "婴儿背带",
    "乒乓球拍",
]
ASK_Q = [
    "能刻字吗",
    "包安装吗",
    "有没有会员价",
    "什么时候补货",
    "节假日发货吗",
    "能用店铺券吗",
    "有赠品吗",
    "保修多久",
    "坏了上门修吗",
    "第二件半价还有吗",
    "预售几天发",
    "有没有旧款清仓",
    "能开发票吗",
    "积分能抵扣吗",
    "有没有试用装",
    "直播间价格一样吗",
]
ASK_CTX = [
    "",
    "，想送人",
    "，家里老人用",
    "，着急用",
    "，上次买的挺好",
    "，第一次买你家的",
    "？",
    "，我看好几天了",
]

TEMPLATES = [
    ("spam_offtopic", ["spam"], "agent", (SPAM_OPEN, SPAM_PITCH, SPAM_CLOSE), 170),
    (
        "spam_offtopic_buyer",
        ["spam"],
        "buyer",
        (["老板，", "客服你好，", "店家，", "", "亲，"], SPAM_PITCH[6:], SPAM_CLOSE),
        40,
    ),
    ("ok_store_promo", [], "agent", (PROMO_OPEN, PROMO_BODY, PROMO_CLOSE), 190),
    ("abuse_slang", ["abuse"], "buyer", (ABUSE_OPEN, ABUSE_CORE, ABUSE_CLOSE), 110),
    (
        "ok_heated_complaint",
        [],
        "buyer",
        (COMPLAIN_OPEN, COMPLAIN_CORE, COMPLAIN_CLOSE),
        170,
    ),
    (
        "fraud_review_reward_mix",
        ["fraud"],
        "agent",
        (REVIEW_OPEN, REVIEW_ASK, REVIEW_GIFT),
        200,
    ),
    (
        "fraud_counterfeit_mix",
        ["fraud"],
        "agent",
        (FAKE_OPEN, FAKE_WHAT, FAKE_HIDE),
        200,
    ),
    ("ok_genuine_mix", [], "agent", (GENUINE_OPEN, GENUINE_WHAT, GENUINE_CLOSE), 260),
    (
        "political_leader_mix",
        ["political"],
        "agent",
        (["亲，", "", "亲 "], POL_THING, POL_CLAIM, POL_PUSH),
        70,
    ),
    (
        "ok_origin_mix",
        [],
        "agent",
        (["亲，", "", "亲 ", "您好，"], ORIGIN_WHAT, ORIGIN_FACT, ORIGIN_CLOSE),
        260,
    ),
    (
        "obscene_harass_mix",
        ["obscene"],
        "buyer",
        (HARASS_OPEN, HARASS_ASK, HARASS_BRIBE),
        170,
    ),
    ("ok_adult_mix", [], "agent", (ADULT_OPEN, ADULT_FACT, ADULT_SERVICE), 260),
    ("ok_followup_mix", [], "agent", (FOLLOW_OPEN, FOLLOW_WHAT, FOLLOW_CLOSE), 220),
    ("ok_buyer_store_question", [], "buyer", (ASK_OPEN, ASK_WHAT, ASK_Q, ASK_CTX), 360),
]


# --------------------------------------------------------------------------


def norm(text):
    return re.sub(r"[\s\W_]+", "", text.lower())


def grams(text):
    t = norm(text)
    return {t[i : i + 3] for i in range(max(1, len(t) - 2))}


def other_norms():
    seen = set()
    for path in HERE.glob("*.jsonl"):
        if path.name == OUT.name:
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    seen.add(norm(json.loads(line)["text"]))
    return seen


class Writer:
    def __init__(self):
        self.rows, self.norms, self.others = [], set(), other_norms()
        self.fam_grams = {}
        self.dropped = 0

    def ok(self, text, family, near=True):
        n = norm(text)
        if not n or n in self.others or n in self.norms:
            return False
        if near:
            g = grams(text)
            for h in self.fam_grams.get(family, ()):
                if len(g & h) / len(g | h) >= NEAR:
                    return False
        return True

    def take(self, text, sender, labels, family, session=None):
        assert set(labels) <= CODES and sender in ("buyer", "agent"), (text, labels)
        self.norms.add(norm(text))
        self.fam_grams.setdefault(family, []).append(grams(text))
        row = {
            "text": text,
            "sender": sender,
            "labels": sorted(labels),
            "family": family,
        }
        if session:
            row["session"] = session
        self.rows.append(row)

    def add(self, text, sender, labels, family, near=True):
        if self.ok(text, family, near):
            self.take(text, sender, labels, family)
        else:
            self.dropped += 1


def parse_labels(field):
    return [] if field.strip() == "-" else [x.strip() for x in field.split(",")]


def parse_blocks():
    """Yield ("single", text, sender, labels, family) and ("conv", family, turns)."""
    fam = labels = sender = None
    conv = None
    for number, raw in enumerate(BLOCKS.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@ ") or line.startswith("= "):
            if conv:
                yield ("conv", conv[0], conv[1])
                conv = None
            if line.startswith("= "):
                conv = (line[2:].strip(), [])
            else:
                fam, lab, sender = [x.strip() for x in line[2:].split("|")]
                labels = parse_labels(lab)
            continue
        if conv is not None:
            who, lab, text = line.split(" ", 2)
            assert who in ("a", "b"), (number, line)
            conv[1].append(
                ("agent" if who == "a" else "buyer", text.strip(), parse_labels(lab))
            )
            continue
        snd = sender
        if line[:2] in ("a:", "b:"):
            snd = "agent" if line[:2] == "a:" else "buyer"
            line = line[2:].strip()
        yield ("single", line, snd, labels, fam)
    if conv:
        yield ("conv", conv[0], conv[1])


def main():
    rng = random.Random(SEED)
    w = Writer()
    convs = []
    for item in parse_blocks():
        if item[0] == "single":
            _, text, sender, labels, fam = item
            w.add(text, sender, labels, fam, near=False)
        else:
            convs.append(item[1:])
    for fam, labels, sender, parts, draws in TEMPLATES:
        for _ in range(draws):
            w.add("".join(rng.choice(p) for p in parts), sender, labels, fam)
    singles = len(w.rows)
    n = 0
    for family, turns in convs:
        assert 3 <= len(turns) <= 6, (family, turns[0])
        if not all(w.ok(t, family, near=False) for _, t, _ in turns):
            w.dropped += len(turns)
            continue
        if len({norm(t) for _, t, _ in turns}) < len(turns):
            continue
        n += 1
        for sender, text, labels in turns:
            w.take(text, sender, labels, family, session=f"r7a{n:04d}")
    head = w.rows[:singles]
    rng.shuffle(head)
    with OUT.open("w", encoding="utf-8") as out:
        for row in held_out(head + w.rows[singles:]):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(
        singles,
        "single messages,",
        n,
        "sessions,",
        len(w.rows),
        "lines,",
        w.dropped,
        "dropped",
    )


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
