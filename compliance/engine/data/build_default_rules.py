"""Build ``default_rules.json``, the shipped default rule set.

Run ``python -m compliance.engine.data.build_default_rules`` after editing.
The variants are generated from small hand-written tables: homophones and
spellings of the contact apps and platforms, each alone (when the name is an
evasion in itself) or inside the phrases that steer a buyer to them.  Entries
that normalise to the same text within a rule are written once.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from compliance.engine.normalize import fold_term

VERSION = "default-2024.1"
OUT = Path(__file__).with_name("default_rules.json")

CATEGORIES = {
    "contact": ("第三方联系方式", "mask", "block", 2),
    "payment": ("站外支付/私下交易", "mask", "block", 3),
    "link": ("站外链接", "flag", "block", 2),
    "platform": ("引导至其他平台", "flag", "block", 2),
    "address": ("线下地址/线下交易", "flag", "block", 2),
    "abuse": ("辱骂/骚扰/威胁", "block", "block", 3),
    "obscene": ("色情低俗", "flag", "block", 3),
    "fraud": ("诈骗/刷单/好评返现", "flag", "block", 3),
    "spam": ("重复广告", "flag", "flag", 1),
    "political": ("政治敏感", "block", "block", 5),
}

# Words that steer to a contact app.  A name that is an evasion in itself is
# listed bare and with STEER_AFTER; a name that is also an ordinary word
# (卫星, 企鹅) only inside these phrases.
STEER_BEFORE = ["加", "加个", "加下", "加一下", "加我", "添加", "私加", "留个", "留下",
                "私聊"]
STEER_AFTER = ["号", "号码", "账号", "联系", "私聊", "上聊", "同号", "好友", "详谈",
               "上说", "找我"]

WECHAT_EVASIVE = ["薇信", "威信", "徽信", "维信", "危信", "唯信", "喂信", "胃信", "魏信",
                  "微芯", "薇芯", "威芯", "微xin", "wei信", "v信", "w信", "微x", "薇x",
                  "vx", "wx", "vix", "weixin", "wechat", "weichat", "威♥信", "徵信",
                  "微訫", "为信"]
WECHAT_CONTEXT_ONLY = ["卫星", "绿泡泡", "小绿"]
WECHAT_SHORT = ["加微", "加个微", "加下微", "加我微", "私加微", "微我", "v我", "加v", "加个v",
                "加下v", "加我v", "私v", "dd我", "滴滴我", "私我v"]
QQ_NAMES = ["qq", "扣扣", "抠抠", "蔻蔻", "寇寇", "q号", "企鹅号", "qq号", "球球号",
            "扣扣号", "口口号", "qq群", "扣扣群"]
QQ_CONTEXT_ONLY = ["企鹅", "球球", "口口"]
OTHER_IM = ["钉钉", "dingtalk", "telegram", "tg号", "纸飞机号", "飞机号", "whatsapp",
            "skype", "line号", "陌陌", "momo号", "抖音号", "快手号", "微博号",
            "小红书号", "ins号", "ins账号", "推特", "twitter", "facebook", "脸书",
            "易信", "飞书号", "youtube", "tiktok号", "b站号"]
PHONE_PHRASES = ["私人电话", "私人手机", "我的手机号", "我手机号", "手机号发你",
                 "电话号码发你", "打我手机", "打我电话", "加我手机", "手机号是",
                 "留个电话", "留个手机号", "电话联系我", "手机联系我", "电话微信同号",
                 "号码同微信", "打这个电话", "拨打我的号码", "我的电话是", "私人号码",
                 "手机同号", "打我私人"]
EMAIL_PHRASES = ["发我邮箱", "邮箱联系", "我的邮箱是", "发到我邮箱", "邮箱私聊",
                 "留个邮箱", "加我邮箱", "邮箱地址发你"]

PAY_PREFIXES = ["私下", "私底下", "线下", "场外", "平台外", "站外", "私人"]
PAY_VERBS = ["交易", "转账", "付款", "支付", "汇款", "打款", "收款", "结算", "给钱",
             "成交", "付钱", "买卖"]
PAY_PHRASES = ["不走平台", "不通过平台", "绕过平台", "别走平台", "不用走平台",
               "不经过平台", "避开平台", "不在平台拍", "别在平台拍", "别在平台下单",
               "不用在平台下单", "平台扣点高", "省平台手续费", "私单", "走私单",
               "转账给我", "直接转我", "转给我就行", "打钱给我", "钱直接给我",
               "直接付给我", "付给我本人", "转我个人", "给我转账", "把钱转我",
               "直接打我卡上", "微信转账", "微信转给我", "微信收款", "微信红包",
               "发红包给我", "红包转我", "微信付给我", "微信扫码付", "扫我微信",
               "收款码", "付款码发你", "收钱码", "二维码付款", "扫码付款", "扫码转账",
               "扫我的码", "扫码付给我", "我的收款码", "个人收款码", "转账码"]
ALIPAY_EVASIVE = ["zfb", "zhifubao", "吱付宝", "支付bao", "支fu宝", "只付宝", "芝付宝",
                  "支附宝", "吱吱宝", "alipay", "支咐宝", "支伏宝", "滋付宝"]
ALIPAY_CONTEXT = ["支付宝转", "转支付宝", "支付宝账号", "支付宝账户", "支付宝号",
                  "支付宝收款", "打到支付宝", "支付宝付给我", "支付宝给我", "支付宝扫码",
                  "支付宝红包", "支付宝转账", "支付宝口令", "我支付宝", "加支付宝",
                  "支付宝好友", "支付宝是", "支付宝直接转"]
BANK_PHRASES = ["银行卡号", "卡号发你", "打到卡上", "打我卡上", "对公账户", "对私账户",
                "汇款到", "打款到", "银行转账", "转账到卡", "转到我卡", "开户行",
                "户名是", "卡号是", "收款账户", "收款账号", "银行账号", "到我卡上",
                "转我卡上", "转到卡上", "打我银行卡", "转我银行卡"]
REFUND_FIRST = ["退款后", "先退款", "退款以后", "退款之后", "退了款", "申请退款后",
                "仅退款后", "先申请退款"]
REFUND_THEN = ["私下补", "私下付", "转账补", "补差价给我", "再转给我", "加微信",
               "再付给我", "私下转", "微信补", "支付宝补", "差价私下给", "重新私下拍"]
DIFFERENCE = ["差价转我", "差价私下", "差价微信", "差价支付宝", "补差价转", "差价转账",
              "差价直接转", "差价发红包", "私下补差价", "差价打给我"]

URL_PHRASES = ["网址是", "复制网址", "打开网址", "复制链接到浏览器", "浏览器打开",
               "这个网站下单", "我们官网下单", "官网购买更便宜", "站外链接", "点这个链接买",
               "外部链接", "私人链接", "独立站"]
CLOUD_DRIVES = ["百度网盘", "百度云盘", "百度云链接", "网盘链接", "提取码", "阿里云盘",
                "夸克网盘", "115网盘", "蓝奏云", "城通网盘", "天翼云盘", "度盘",
                "123云盘", "迅雷网盘", "微云链接", "网盘资源", "网盘分享"]
SHARE_PHRASES = ["淘口令", "复制口令", "复制这条信息", "复制整段话", "复制整段信息",
                 "打开手机淘宝", "打开手淘", "打开淘宝app", "打开京东app", "打开拼多多",
                 "口令码", "复制打开", "吱口令", "长按复制", "复制本条", "复制后打开",
                 "打开闲鱼", "打开抖音搜索", "打开app领取"]

PLATFORMS = {
    "platform.taobao": ("淘宝", ["淘宝", "某宝", "桃宝", "陶宝", "掏宝", "淘bao", "taobao",
                                 "tao宝", "手淘", "淘系", "淘店", "t宝", "淘特", "套宝",
                                 "tao bao", "桃bao"]),
    "platform.tmall": ("天猫", ["天猫", "tmall", "天喵", "某猫", "天m", "tian猫",
                                "tianmao", "天苗", "天描"]),
    "platform.jd": ("京东", ["京东", "某东", "狗东", "jingdong", "京dong", "荆东", "鲸东",
                             "jing东", "京咚", "精东", "京冬"]),
    "platform.pdd": ("拼多多", ["拼多多", "拼夕夕", "拼dd", "pdd", "pinduoduo", "并夕夕",
                                "拼xx", "p多多", "拼夕夕", "拼多", "品多多", "pin多多",
                                "砍一刀"]),
    "platform.other": ("其他购物平台", ["美丽说", "唯品会", "闲鱼", "蘑菇街", "苏宁易购",
                                        "国美在线", "当当网", "亚马逊", "amazon", "聚美优品",
                                        "小红书店", "微店", "抖店", "快手小店", "考拉海购",
                                        "网易严选", "贝店", "云集", "阿里巴巴", "速卖通",
                                        "shopee", "虾皮", "lazada", "唯品", "wph", "xianyu",
                                        "闲yu", "咸鱼app", "二手鱼", "得物app", "1688批发",
                                        "阿里1688", "抖音小店", "抖音商城", "转转app",
                                        "拼团app", "小红书商城", "快团团", "1688上",
                                        "去1688", "1688进货", "1688拿货", "1688店",
                                        "1688平台", "1688app", "1688搜", "1688下单"]),
}
PLATFORM_ABBREVIATIONS = {
    "platform.taobao": ["tb"],
    "platform.tmall": ["tm"],
    "platform.jd": ["jd"],
    "platform.pdd": ["pxx"],
    "platform.other": ["xy", "咸鱼", "得物"],
}
PLATFORM_BEFORE = ["去", "在", "上", "到", "来", "用", "逛"]
PLATFORM_AFTER = ["上", "店", "搜", "买", "下单", "便宜", "链接", "有", "旗舰店", "拍",
                  "同款", "上买", "上拍", "店铺", "搜索", "更便宜", "价格", "平台",
                  "进货", "拿货", "app"]
ABBREVIATION_AFTER = ["上", "店", "搜", "买", "下单", "链接", "旗舰店", "拍", "上买", "上拍",
                      "店铺", "搜索", "平台", "app", "进货", "拿货"]

STORE_WORDS = ["实体店", "门店", "店铺", "仓库", "档口", "工厂", "厂家", "厂里", "店面",
               "专卖店", "线下店", "门市"]
STORE_CONTEXT = ["地址", "在", "地址在", "位于", "地址是", "自提", "拿货", "看货", "取货",
                 "来", "过来"]
OFFLINE_DEALS = ["线下交易", "当面交易", "见面交易", "可以面交", "同城面交", "面交吗",
                 "面交也行", "当面付", "现金交易", "付现金", "现金付款", "见面付款",
                 "见面给钱", "上门交易", "同城自取", "上门自提", "到店自提", "来店自提",
                 "上门取货", "过来拿货", "自己过来拿", "来店里", "来我们店", "欢迎来店",
                 "到店购买", "可以来实体店", "有实体店", "去实体店", "来实体店",
                 "实体店买", "来厂里", "来仓库", "到仓库拿", "货到付现"]

INSULTS = ["傻逼", "傻b", "傻比", "傻币", "煞笔", "沙比", "傻叉", "傻x", "傻屌", "傻狗",
           "sb", "脑残", "脑瘫", "智障", "弱智", "白痴", "蠢货", "蠢猪", "废物", "贱人",
           "贱货", "畜生", "畜牲", "狗东西", "狗日的", "王八蛋", "混蛋", "人渣",
           "垃圾客服", "垃圾商家", "你妈的", "他妈的", "妈的", "尼玛", "你麻痹", "麻痹的",
           "操蛋", "cnm", "nmsl", "tmd", "mmp", "wcnm", "nmb", "sb玩意", "去你妈",
           "死全家", "死妈", "你妈死了", "滚蛋", "滚开", "给我滚", "滚出去", "滚犊子",
           "滚粗", "猪脑子", "神经病", "你有病", "有病吧", "精神病", "二货", "二逼",
           "狗屎", "吃屎", "去死", "死吧", "怎么不去死", "你是猪", "傻缺", "傻冒",
           "没脑子", "智商欠费", "你算什么东西", "什么东西啊你", "丑八怪", "不要脸",
           "臭不要脸", "贱逼", "煞比", "沙雕客服", "nt", "low逼", "装逼", "逗比客服",
           "老不死", "瞎了眼", "狗眼", "滚你妈"]
THREATS = ["弄死你", "砍死你", "杀了你", "打死你", "找人打你", "知道你住哪", "等着瞧",
           "你给我等着", "人肉你", "曝光你全家", "炸了你", "让你好看", "去你家找你",
           "上门找你", "弄死你们", "杀你全家", "要你命", "让你死", "废了你"]
OBSCENE = ["做爱", "约炮", "约p", "裸聊", "黄片", "色情片", "a片", "毛片", "操你", "草你妈",
           "草泥马", "操你妈", "艹你", "日你妈", "日你先人", "肏", "鸡巴", "几把", "屌你",
           "骚逼", "逼痒", "卖淫", "援交", "一夜情", "嫖娼", "口交", "性交", "淫荡",
           "淫秽", "看片吗", "裸照", "陪睡", "包夜", "奶子", "骚货", "小姐服务",
           "特殊服务", "约吗美女", "开房吗", "性服务", "黄色网站", "色情网站", "成人视频",
           "av女优", "自慰", "阴道", "阴茎", "乳交", "露点照", "裸体照"]
BRUSHING = ["刷单", "刷信誉", "刷销量", "刷好评", "兼职刷", "代刷", "刷钻", "刷流水",
            "拍单返本金", "垫付返佣", "返佣金", "做任务返", "佣金日结", "刷单兼职",
            "补单返款", "空包刷单", "刷手", "做单返款", "刷单返利"]
REVIEW_CASHBACK = ["好评返现", "好评返", "五星好评返", "给好评返", "晒图返现", "评价返现",
                   "好评有礼", "好评送", "好评红包", "五星好评送", "追评返", "好评截图",
                   "返现", "返现金", "返红包", "好评后返", "晒单返", "带图好评返",
                   "好评加微信", "五星好评截图"]
PRIZE = ["恭喜您中奖", "恭喜你中奖", "中奖了", "您已中奖", "领取奖品", "领奖", "奖品领取",
         "幸运用户", "被抽中", "中了大奖", "幸运顾客", "免费领取iphone", "抽奖中了",
         "获得大奖", "中奖名单"]
FEES = ["退款手续费", "交手续费", "先交", "解冻费", "保证金才能", "激活费", "认证费",
        "缴纳保证金", "交保证金", "退款需要先", "要先支付", "账户冻结", "资金冻结",
        "理赔需要", "理赔先交", "流水不足", "验证资金", "官方理赔", "理赔专员", "退款专员",
        "订单异常需要", "开通百万保障", "取消会员扣费", "注销会员", "征信受影响",
        "关闭扣费", "取消自动扣费", "备用金", "解冻账户", "退款通道", "双倍赔偿需要"]
POLITICAL = ["法轮功", "法轮大法", "台独", "藏独", "疆独", "港独", "反共", "推翻政府",
             "颠覆政权", "颠覆国家政权", "共匪", "民运人士", "六四事件", "天安门事件",
             "八九民运", "大纪元", "新唐人", "九评共产党", "退党", "东突"]

ALLOW = [
    "usb", "usb线", "usb接口", "qq糖", "qq软糖", "q弹", "qq弹", "qq弹弹", "很q", "v领",
    "v领毛衣", "v领t恤", "深v", "扣子", "扣扣子", "纽扣", "企鹅玩偶", "企鹅公仔",
    "企鹅抱枕", "小企鹅", "企鹅图案", "滚筒", "滚筒洗衣机", "滚轮", "滚动", "滚珠",
    "傻瓜相机", "傻瓜式", "傻瓜式操作", "操作", "操作步骤", "操作说明", "体操", "节操",
    "京东方", "京东方屏幕", "京东快递", "京东物流", "京东快运", "天猫精灵", "天猫魔盒",
    "微信支付", "微信付款", "微信付的", "微信付了", "微信零钱", "微信钱包", "微信账单",
    "微信支付分", "微信小程序", "微信登录", "微信绑定", "微信余额", "微信通知",
    "退到微信", "退回微信", "原路退回微信", "到微信零钱",
    "微波炉", "微型", "微单", "微单相机", "卫星导航", "卫星定位", "卫星电视", "卫星天线",
    "北斗卫星", "卫星接收器", "qq音乐", "qq会员", "qq飞车", "qq星", "qq堂", "qq宠物",
    "钉钉子", "钉钉鞋", "钉钉扣", "骨头汤", "阿里山", "jd材质", "2b铅笔", "sb接口",
    "快手小炒", "抖音同款", "亚马逊雨林", "小红书同款", "闲鱼干",
    "咸鱼干", "咸鱼饭", "腊咸鱼", "妈的爱", "尼玛县", "去死皮", "死皮", "废物利用",
    "垃圾袋", "垃圾桶", "垃圾分类", "二货架", "放心购买", "先交定金", "返现活动规则",
    "平台返现", "官方返现", "淘米水", "淘洗", "掏耳勺", "狗东西好吃", "一夜情歌",
    "卫星云图", "微信同款", "抖音直播间", "快手直播间", "刷单可耻", "严禁刷单",
    "不要刷单", "禁止刷单", "拒绝刷单", "滚筒刷", "滚刷", "滚筒式", "马卡龙", "逼真",
    "逼近", "逼迫", "鸡巴西", "蛋黄", "白痴了", "神经病学", "精神病院", "打死你也想不到",
    "做爱心", "日你好", "领奖台", "tb级", "tm标", "tmd材质", "sbs", "jd级",
    "支付宝付款", "支付宝付的", "支付宝支付", "支付宝付了", "支付宝余额", "花呗",
]

ALLOW_PRODUCT_FAMILIES = {
    "usb": ["usb-c", "usb3.0", "usb2.0", "usb充电", "usb风扇", "usb小夜灯", "usb供电",
            "usb转接头", "usb数据线", "usb集线器", "usb扩展坞", "usb插头", "usb口",
            "usb键盘", "usb鼠标", "usb音箱", "usb麦克风", "usb加湿器", "usb灯"],
    "qq糖": ["qq糖果", "旺仔qq糖", "qq糖礼盒", "qq糖水果味", "徐福记qq糖"],
    "扣": ["暗扣", "按扣", "皮带扣", "扣子掉了", "扣子松了", "金属扣子", "牛角扣子",
           "四合扣", "扣扣子的衣服"],
    "v领": ["v领连衣裙", "v领衬衫", "v领针织衫", "v领卫衣", "大v领", "小v领", "v领设计"],
    "企鹅": ["企鹅毛绒", "企鹅挂件", "企鹅钥匙扣", "企鹅睡衣", "企鹅水杯", "企鹅款",
             "企鹅造型", "帝企鹅", "企鹅形状"],
    "滚筒": ["滚筒烘干机", "滚筒式洗衣机", "滚筒洗衣机10公斤", "滚筒粘毛器", "滚轴",
             "滚动条", "滚边", "滚烫"],
    "操": ["操控", "操控性", "操纵", "操心", "操持", "操练", "早操", "广播体操",
           "操作系统", "操作简单", "操作台", "操作手册"],
    "京东方": ["京东方面板", "京东方屏", "京东方oled", "京东方显示屏"],
    "天猫精灵": ["天猫精灵音箱", "天猫精灵方糖", "天猫精灵x1", "天猫精灵智能音箱"],
    "傻瓜": ["傻瓜机", "傻瓜式安装", "傻瓜式设置"],
    "卫星": ["卫星锅", "卫星信号", "卫星地图", "卫星电话机"],
}


def _unique(values):
    seen = set()
    out = []
    for value in values:
        key = fold_term(value)
        if key and key not in seen:
            seen.add(key)
            out.append(value)
    return out


def _combine(names, before=STEER_BEFORE, after=STEER_AFTER, bare=True):
    out = list(names) if bare else []
    out += [b + n for b, n in itertools.product(before, names)]
    out += [n + a for n, a in itertools.product(names, after)]
    return out


def rule(code, category, name, suggestion, terms=(), patterns=(), detector=None):
    return {
        "code": code,
        "category": category,
        "name": name,
        "actions": None,
        "points": None,
        "suggestion": suggestion,
        "detector": detector,
        "terms": _unique(terms),
        "patterns": list(patterns),
        "enabled": True,
    }


def build() -> dict:
    wechat_ids = r"(?:微信|薇信|威信|徽信|v信|vx|wx|weixin|wechat|卫星|加微|加v|加个v)"
    qq_names = r"(?:qq|扣扣|抠抠|蔻蔻|企鹅|q号|球球|口口)"
    rules = [
        rule(
            "contact.wechat", "contact", "微信号/微信引流",
            "请在平台内沟通，勿引导添加微信",
            terms=[*_combine(["微信", *WECHAT_EVASIVE], before=()),
                   *_combine(WECHAT_CONTEXT_ONLY, bare=False), *WECHAT_SHORT],
            patterns=[wechat_ids + r"(?:号码|号|账号|id)?(?:是|为|搜)?[a-z][a-z0-9_-]{5,19}",
                      wechat_ids + r"(?:号码|号|账号)?(?:是|为)?[0-9]{6,11}"],
        ),
        rule(
            "contact.qq", "contact", "QQ号/QQ引流", "请在平台内沟通，勿留QQ号",
            terms=_combine(QQ_NAMES, before=())
            + _combine(QQ_CONTEXT_ONLY, bare=False),
            patterns=[qq_names + r"(?:号码|号|账号|群)?(?:是|为)?[0-9]{5,11}"],
        ),
        rule(
            "contact.other_im", "contact", "其他即时通讯与社交账号",
            "请在平台内沟通，勿留其他社交账号",
            terms=_combine(OTHER_IM, before=(), after=["联系", "私聊", "找我", "搜"]),
        ),
        rule("contact.phone", "contact", "手机号码", "请勿发送手机号，可使用平台电话或在线沟通",
             terms=PHONE_PHRASES, detector="phone"),
        rule("contact.landline", "contact", "固定电话", "请勿发送电话号码，请在平台内沟通",
             detector="landline"),
        rule("contact.email", "contact", "电子邮箱", "请勿发送邮箱地址，请在平台内沟通",
             terms=EMAIL_PHRASES, detector="email"),
        rule("payment.off_platform", "payment", "私下交易/绕开平台支付",
             "请通过平台下单支付，平台保障交易安全",
             terms=[p + v for p, v in itertools.product(PAY_PREFIXES, PAY_VERBS)]
             + PAY_PHRASES),
        rule("payment.alipay", "payment", "支付宝转账", "请通过平台下单支付，勿使用支付宝转账",
             terms=ALIPAY_EVASIVE + ALIPAY_CONTEXT
             + [b + n for b, n in itertools.product(["加", "转", "我的"], ALIPAY_EVASIVE)]),
        rule("payment.bank_card", "payment", "银行卡号/银行转账",
             "请通过平台下单支付，勿发送银行账户", terms=BANK_PHRASES, detector="bank_card"),
        rule("payment.refund_difference", "payment", "退款后私下补差价",
             "如需补差价，请使用平台补差价链接",
             terms=[a + b for a, b in itertools.product(REFUND_FIRST, REFUND_THEN)]
             + DIFFERENCE),
        rule("link.url", "link", "站外链接/网址", "请勿发送站外链接，可发送本店商品链接",
             terms=URL_PHRASES, detector="url"),
        rule("link.cloud_drive", "link", "网盘链接", "请勿发送网盘链接，资料请在平台内发送",
             terms=CLOUD_DRIVES),
        rule("link.share_token", "link", "口令/分享码", "请勿发送其他平台口令，可发送本店商品链接",
             terms=SHARE_PHRASES, detector="share_token"),
    ]
    for code, (label, names) in PLATFORMS.items():
        abbreviations = PLATFORM_ABBREVIATIONS.get(code, [])
        rules.append(rule(
            code, "platform", f"引导至{label}", "请勿提及或引导至其他平台，请在本平台下单",
            terms=_combine(names, before=(), after=PLATFORM_AFTER)
            + _combine(abbreviations, before=PLATFORM_BEFORE, after=ABBREVIATION_AFTER,
                       bare=False),
        ))
    rules += [
        rule("address.store", "address", "实体店/仓库地址",
             "请勿透露线下地址，请引导买家在平台下单",
             terms=[s + c for s, c in itertools.product(STORE_WORDS, STORE_CONTEXT)
                    if c not in ("来", "过来")]
             + [c + s for s, c in itertools.product(STORE_WORDS, ["来", "过来", "到"])],
             patterns=[r"(?:实体店|门店|店铺|仓库|档口|工厂|厂家|公司|店面)(?:地址)?(?:在|是|位于)"
                       r"[\u4e00-\u9fff0-9]{2,20}(?:路|街|大道|巷|弄|号|楼|大厦|市场|广场)"]),
        rule("address.offline_deal", "address", "线下交易/上门自提",
             "请在平台下单，由平台物流配送", terms=OFFLINE_DEALS),
        rule("abuse.insult", "abuse", "辱骂", "请文明沟通，如有不满可申请平台介入",
             terms=INSULTS,
             patterns=[r"(?:^|(?<=[你就快给赶紧]))滚(?=$|[吧啊呀啦])"]),
        rule("abuse.threat", "abuse", "威胁恐吓", "请文明沟通，如有纠纷请申请平台介入",
             terms=THREATS),
        rule("obscene.sexual", "obscene", "色情低俗", "请文明用语", terms=OBSCENE),
        rule("fraud.brushing", "fraud", "刷单", "平台禁止刷单等虚假交易", terms=BRUSHING),
        rule("fraud.review_cashback", "fraud", "好评返现",
             "请勿以返现等利益诱导评价，可邀请买家如实评价", terms=REVIEW_CASHBACK),
        rule("fraud.prize", "fraud", "虚假中奖", "请勿发送中奖类信息，活动以平台公告为准",
             terms=PRIZE),
        rule("fraud.fee", "fraud", "诱导缴费/冒充客服",
             "退款与理赔不收取任何费用，请按平台流程处理", terms=FEES),
        rule("spam.repeat", "spam", "重复发送广告", "请勿重复发送相同内容", detector="spam"),
        rule("political.sensitive", "political", "政治敏感", "请勿发送政治敏感内容",
             terms=POLITICAL),
    ]
    allow = list(ALLOW)
    for family in ALLOW_PRODUCT_FAMILIES.values():
        allow += family
    return {
        "version": VERSION,
        "platform_domains": ["csc.example.com"],
        "categories": {
            code: {"name": name, "actions": {"buyer": buyer, "agent": agent},
                   "points": points}
            for code, (name, buyer, agent, points) in CATEGORIES.items()
        },
        "rules": rules,
        "allow": _unique(allow),
    }


def main() -> None:
    spec = build()
    OUT.write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    count = sum(len(r["terms"]) + len(r["patterns"]) for r in spec["rules"])
    print(f"{OUT.name}: {count} terms and patterns, {len(spec['allow'])} allow entries")


if __name__ == "__main__":
    main()
