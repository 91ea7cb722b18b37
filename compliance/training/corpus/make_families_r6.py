#!/usr/bin/env python3
"""Write families_r6.jsonl: round six, the families a fresh blind set showed
weak — knowing counterfeits and collusive refunds (fraud), other shopping
channels by name or nickname (platform), obscene euphemisms, political codes,
indirect contact, and payment/link evasions — each beside acceptable
look-alikes from many store kinds, plus short conversations.

Hand-written sentences (blocks below) and hand-written templates filled from
hand-written slot lists with a fixed seed. Exact and near duplicates (same
text after stripping punctuation, or character-trigram Jaccard >= 0.72 with an
earlier line of the same family) are dropped, and so is any text that occurs
in another corpus file. No evaluation set was read.

Block format:  "@ family | labels (comma separated, '-' for none) | sender"
then one message per line ("a:" / "b:" prefix overrides the sender).
"""

import json
import random
import re
from pathlib import Path

SEED = 20261206
HERE = Path(__file__).resolve().parent
OUT = HERE / "families_r6.jsonl"
CODES = {"contact", "payment", "link", "platform", "address", "abuse",
         "obscene", "fraud", "spam", "political"}
NEAR = 0.72

# --------------------------------------------------------------------------
# Slot lists (hand-written)
# --------------------------------------------------------------------------
LUX = ["LV老花包", "香奈儿CF", "古驰腰带", "迪奥戴妃包", "爱马仕丝巾", "巴黎世家老爹鞋",
       "AJ1倒钩", "椰子350", "劳力士水鬼", "卡地亚钉子手镯", "蒂芙尼项链", "普拉达尼龙包",
       "北面羽绒服", "始祖鸟冲锋衣", "加拿大鹅", "MCM双肩包", "蔻驰托特包", "浪琴名匠",
       "阿迪三叶草卫衣", "耐克空军一号", "新百伦990", "雅诗兰黛小棕瓶", "兰蔻粉水", "SK2神仙水",
       "戴森吹风机", "AirPods Pro", "茅台飞天", "五粮液普五"]
GRADE = ["A货", "高仿", "1:1复刻", "莆田纯原", "公司货", "原单", "尾单", "顶级版", "超A",
         "原厂同料", "工厂直出的仿款", "精仿", "复刻版"]
PASS = ["专柜都验不出来", "得物鉴定也能过", "送人完全看不出", "页面写正品是为了过审，您懂的",
        "拿去专柜退都没被发现过", "鉴定师都看不出区别", "识货上鉴别也是过的", "朋友圈晒绝对没人认得出",
        "跟真的放一起分不出来", "标签吊牌全是照正品做的"]
CERT = ["鉴定证书", "专柜小票", "正规发票", "质检报告", "GIA证书", "防伪卡", "海关报关单",
        "中检报告", "品牌授权书", "国检证书", "原厂保修卡", "购物小票"]
FOOD = ["坚果礼盒", "进口奶粉", "婴儿米粉", "牛肉干", "蛋白粉", "酸奶", "巧克力", "面膜",
        "洗发水", "维生素片", "月饼", "辅食泥", "咖啡豆", "猫粮", "狗粮", "护手霜"]
SUPP = ["降糖茶", "增高片", "减肥咖啡", "生发液", "祛斑霜", "护肝片", "丰胸精油",
        "助眠软糖", "关节灵", "排毒胶囊", "美白丸", "壮阳茶"]
EFFECT = ["降血糖", "长高五厘米", "一个月瘦十斤", "三周长出新发", "七天祛斑", "解酒护肝",
          "升一个罩杯", "治失眠", "根治关节炎", "排宿便清肠毒", "全身美白", "延时半小时"]
AMOUNT = ["5元", "8块", "10元", "12块", "15元", "20元", "一个8.8红包", "30块", "6.66", "18.8元"]
GIFT = ["一包纸巾", "一瓶洗衣液", "一张20元券", "一对耳钉", "一盒口罩", "一个手机支架",
        "一副手套", "一份小样", "话费10元", "一支口红小样"]
CHANNEL = ["快团团", "1688", "有赞", "微店", "大麦", "京东", "淘宝", "某宝", "美团优选", "多多买菜",
           "点淘", "得物", "闲鱼", "咸鱼", "小黄鱼", "小红书", "抖店", "视频号小店", "拼夕夕",
           "狗东", "红薯", "淘淘", "东哥家", "橙色那个app", "抖音小店", "团购群小程序",
           "我们自营商城", "品牌官网商城", "我们的小程序商城", "兴盛优选", "识货", "唯品会", "考拉",
           "天猫旗舰店", "苏宁", "快手小店", "转转"]
PRODUCT = ["羽绒服", "连衣裙", "运动鞋", "双肩包", "保温杯", "蓝牙耳机", "洗面奶", "口红",
           "婴儿湿巾", "纸尿裤", "狗粮", "猫砂", "大米", "车厘子", "脐橙", "茶叶", "手机壳",
           "充电宝", "台灯", "床单四件套", "沙发垫", "拖把", "电饭煲", "空气炸锅", "儿童绘本",
           "乐高积木", "瑜伽垫", "跑步机", "钓鱼竿", "车载香薰", "行车记录仪", "眼霜", "卫衣",
           "羊毛衫", "牛仔裤", "拖鞋", "雨伞", "登山杖", "麻辣小龙虾", "月饼礼盒", "大闸蟹券",
           "蜂蜜", "牛排", "保鲜盒", "晾衣架", "宝宝辅食机", "奶瓶", "书包", "钢笔", "台历"]
COLOR = ["黑色", "白色", "米色", "藏青", "酒红", "浅灰", "卡其", "粉色", "墨绿", "雾霾蓝"]
SIZE = ["S码", "M码", "L码", "XL", "37码", "38码", "39码", "40码", "42码", "均码", "大号", "小号"]
COURIER = ["京东快递", "顺丰", "中通", "圆通", "韵达", "申通", "极兔", "EMS", "德邦", "邮政小包"]
CITY = ["杭州", "广州", "义乌", "泉州", "成都", "武汉", "苏州", "青岛", "郑州", "昆明",
        "东莞", "临沂", "石家庄", "沈阳", "厦门", "长沙"]
TIME = ["今晚", "明早", "下午三点", "周六", "明天中午", "后天", "今天下班后", "这周五"]
PRICE = ["59", "89", "129", "199", "35", "268", "45", "399", "78", "158"]
CHEAP = ["便宜二十", "便宜一半", "少三十块", "能便宜15", "价格更低", "还送赠品", "包邮",
         "买二送一", "有隐藏券", "团购价更低"]
APPNAME = ["省心购", "乐享团", "惠多多", "好货通", "金鹿优品", "品质汇", "优选家", "鲸喜购",
           "橙子生活", "麦芽商城", "小象集市", "聚划来"]
DOMAIN = ["l i b a o 8 8 . c c", "w w w 点 h u i g o u 点 c o m", "y o u x u a n 6 6 6 点 t o p",
          "k 8 8 8 . v i p", "s h o p 点 b a o 1 2 3 点 c n", "h t t p s 冒号 双斜杠 m a i 9 9 点 c c",
          "t . c n 斜杠 x k 9 2", "d w z 点 c n 斜杠 8 8 a", "qiangou 点 net", "b a o k u a n 一 二 三 点 c o m",
          "w w w . m e i h a o 5 2 0 . x y z", "x h s 7 7 点 s h o p"]
NUMWORD = ["幺三八 两个零 七六 五四三二", "一五九，两个二，四四，六七八九", "幺八六 零零 三三 九九一二",
           "一三九 两个八 六六 七七 一零", "幺五零 八八 两个零 五二一三", "一七七 三三 九 两个六 二零",
           "幺三五 四四 八八 两个零 七", "一八八 六六 两个七 五五 九", "幺三零 两个九 八 七七 六五"]
STORE = ["女装店", "男装店", "鞋店", "箱包店", "美妆店", "母婴店", "生鲜店", "数码店", "家居店",
         "图书店", "玩具店", "宠物店", "茶叶店", "珠宝店", "药房", "运动户外店", "车品店", "零食店",
         "家电店", "文具店", "花店", "手表店", "酒水店", "票务店"]

# --------------------------------------------------------------------------
# Hand-written single messages
# --------------------------------------------------------------------------
BLOCKS = r"""
@ counterfeit_admit | fraud | agent
实话跟您说，这批是高仿，但做工比专柜的还细
页面写正品是为了过审核，实际是原单尾货，懂的亲直接拍
这个价格怎么可能是真的，都是莆田货，但穿着没区别
我们家都是A货，您送人的话我给您配个专柜袋子
放心拍，1:1的，连防伪码都是复制的真码，扫得出来
公司货您懂吧，就是工厂多做的那批，对外都说正品
鉴定证书我们可以帮您做一张，跟国检的一模一样
需要发票的话我们找人开，抬头写品牌方的
吊牌是我们自己印的，跟专柜的一样，谁也看不出
这款茅台是勾兑的，不过瓶子盒子都是真的，送礼没问题
临期的我们换了新日期标签，其实还能放很久的
生产日期是重新喷码的，您别跟别人说就行
这批奶粉外箱是新的，罐子是去年的，我们重新封的膜
说实话这个减肥茶没啥用，广告都是写来卖的，您照样拍
详情页那些检测报告是网上找的，不过东西是能用的
包装上写进口其实是国内灌装的，别较真
鉴定的话您别送去专柜，送我们合作的鉴定点，保证出真的结果
您要退货就说七天无理由，千万别写假货，不然店要被封
这个是原厂次品我们重新包装成新品卖的，外观没问题
a:亲 这款是顶级复刻，专柜验货都过得去，要的话今天发
a:亲，珍珠是塑料的，但证书上写的天然淡水，送礼很体面
a:翡翠是B+C货，证书我们这边配A货的，放心
a:这块表是组装机，机芯国产的，外壳做旧成二手正品卖的
a:过保质期的面膜我们换了外盒，效果一样的
@ counterfeit_buyer | fraud | buyer
你家能不能做个假的鉴定证书，我拿去转卖
我要高仿的，但是要你们发票写正品，我好退回专柜
帮我把生产日期改一下，我要送人
能不能给我开一张假发票，金额写高一点我拿去报销
@ refund_collusion | fraud | agent
亲您先点确认收货，货明天一定发，我们这边急着回款
您先点已收货，我给您多返两块，发货我保证今天
您申请仅退款就行，理由选没收到货，我这边同意，货您照样留着
退款理由您写“少件”，这样运费算平台的，我们都不亏
您先申请退款，退下来以后我们再重新拍一单，平台那边查不到
您点一下退货退款，单号随便填一个，我这边直接同意
麻烦您先确认收货，系统显示已签收我们才能安排补发，其实还没发
亲，您给个仅退款，然后私下把一半打给我，双方都划算
别走平台售后了，点仅退款，我同意，剩下的钱下次您来买抵扣
@ refund_collusion | fraud | buyer
我申请仅退款你同意一下，回头我私下给你补五十
你同意我退款，货我不退，咱俩私下对半分
我点仅退款，你别拒绝，然后我把钱转回给你一部分
我跟你说，我写没收到货申请退款，平台会先赔，你别申诉
@ refund_collusion_pay | fraud,payment | agent
您申请仅退款，退回来的钱您微信转我一半就行
亲点仅退款，平台退您以后，您用支付宝把货款转给我本人
@ phishing_code | fraud | agent
您的账户被系统冻结了，把短信里收到的解冻码发给我，我帮您解开
刚发给您一个验证码，两分钟失效，麻烦快点截图发我
我这边给您办理理赔，您报一下手机上收到的6位数字
退款要验证身份，请把支付密码后四位告诉我
您的订单异常需要重新激活，刚才收到的短信码念一下给我
平台在升级，请把登录验证码发我核对，不然账户会被注销
亲，为了给您补偿，需要您收到的动态码，一分钟内有效哦
我是平台风控专员，您的店铺涉嫌违规，发一下解冻验证码
您的快递丢件理赔，我这边要您的银行卡号和收到的验证码
您的会员自动续费了，要取消的话把收到的取消码回复给我
@ phishing_code | fraud | buyer
卖家你把你收到的那个验证码发我，我帮你把订单改成已发货
客服你好我是平台的，请把你后台收到的验证码告诉我
@ brushing_reward | fraud | agent
五星+三张图+追评，截图发我，返您10块
好评带图加15字，再追评一次，奖励您一瓶洗衣液
麻烦写个五星长评带视频，审核通过后给您返现8元
晒图的时候别提返现，全五星加追评，截图找我领奖励
评价里写“回购第三次了”，截图发我给您发个6.66
帮忙把中评改成好评吧，改完我退您20块
带图五星评价可以领一份赠品，截图后联系客服领
给个好评再点一下“有用”，每单给您补3块
我们新店需要基础销量，您拍一单不发货，本金加佣金返您
追评写“客服很好很专业”，给您返5元，做完截个图
有没有兴趣帮我们拍单，拍完评价就退款，每单赚8块
评价满30字加3张图，我给您下个订单免单
@ brushing_reward | fraud | buyer
我给你五星好评加图，你返我多少钱
我可以帮你们刷单，一单你给我多少佣金
好评返现还有吗？我写好了发你截图
你不给我返二十我就改差评
@ counterfeit_ok | - | agent
亲，本店专柜正品，假一赔十，支持任何鉴定机构验货
亲，这款可以送第三方鉴定，鉴定不符全额退款并承担鉴定费
亲，我们是品牌授权店，授权书在店铺首页可以查看
亲，这批是B级品，鞋面有轻微褶皱，详情页第三张图标出来了，介意慎拍
亲，瑕疵品便宜处理，瑕疵位置都拍在图里了，不退不换请看清楚
亲，这是专柜撤柜的样品，有试用痕迹，已在标题注明
亲，这款是国产平替，不是大牌本牌，成分表在详情页最后
亲，临期特价，保质期到下个月15号，页面已经写明
亲，这是二手中古包，有使用痕迹，附平台验真报告
亲，珍珠是淡水养殖的，证书编号可以在检测站官网查
亲，保健食品不能代替药物治疗，效果因人而异
亲，生产日期是喷码在罐底的，我们不会做任何改动，请放心
亲，如果您对真伪有任何疑问，可以在签收前拆开验货
亲，我们的发票是品牌方开的电子发票，确认收货后自动推送
亲，这款标的是“原单风格”，是我们自有品牌，不是大牌
亲，高仿的我们不卖，全店都是正品，有进货单可以给您看
亲，翡翠是A货天然的，附国检证书，证书号可查
亲，这个是品牌的工厂店款，跟专柜款面料不同，详情页对比写了
亲，外盒压痕的算瑕疵，便宜30，东西是全新的
@ counterfeit_ok | - | buyer
是正品吗？能过得物鉴定吗
这个价格是真的吗，我有点担心是仿的
你们有专柜小票吗，送人的
能过专柜验货吗？过不了我要退
收到的鞋标和官网的不一样，是不是假的，我要申请鉴定
假一赔十是真的吗？我送鉴定了
是原装进口还是国产分装
这批奶粉生产日期是几月的
能看一下进货凭证吗
B级品是什么意思，有什么问题
瑕疵大吗，能拍一下瑕疵位置吗
@ review_ok | - | agent
亲，收到满意的话给个好评哦，不满意先找我们处理
亲，您的评价对我们很重要，有问题随时找客服
亲，用得好的话可以帮我们写个评价，谢谢支持
亲，晒单是自愿的，不管好评差评都感谢您的反馈
亲，评价完全看您的真实感受，我们不会干涉
亲，如果有不满意的地方请先联系我们，我们一定处理好
亲，感谢您的追评，我们会继续改进包装
@ review_ok | - | buyer
用了一周再来追评
好评已经写了，还传了几张图
给了五星，物流太快了
写评价要多少字才能上传视频
@ refund_ok | - | agent
亲，没收到货可以在订单页点“仅退款”，平台审核通过后原路退回
亲，仅退款适用于未发货或未收到货的情况，已收到的需要走退货退款
亲，您申请退款后我们24小时内处理，退款原路退回
亲，请不要在没收到货的时候点确认收货，有问题随时找我们
亲，平台的仅退款是官方流程，我们不会让您私下操作
亲，退货单号请填写真实的快递单号，方便仓库核对
亲，您点确认收货前请先检查商品，有问题直接申请售后
@ refund_ok | - | buyer
还没收到货，可以申请仅退款吗
我点了仅退款，你们处理一下
货没到能先确认收货吗？系统一直催我
我退货了，单号填在订单里了
@ phishing_ok | - | agent
亲，我们不会向您索要任何验证码、密码，请谨防诈骗
亲，平台客服不会让您提供短信验证码，有人问请直接举报
亲，验证码只用于您本人登录，千万不要告诉任何人
亲，如果有人冒充我们说账户冻结要解冻码，那是骗子
@ phishing_ok | - | buyer
有人打电话说是你们客服要我的验证码，是不是骗子
刚收到短信说我账户冻结，这是真的吗
我差点把验证码给别人了，还好没给
@ platform_lure | platform | agent
那边更便宜，您去快团团找我们团长下
我们在1688有批发价，量大的话去那边下
这款在有赞商城更便宜，搜我们店名就行
亲，微店那边我们有会员价，去那边下单吧
同款在小红书店铺便宜十块，店名跟这里一样
去咸鱼搜我们的号，二手全新的都有，价格好谈
亲 这边价格贵，您去某宝搜店名下单能少二十
我们在多多买菜也有团，明早自提更划算
视频号小店里有直播专享价，关注了去那边拍
得物上我们也挂了，您去那边下，价格一样还能鉴定
抖店那边活动力度大，去那边拍吧
我们美团优选明天开团，您到时候在那边下
这边库存没了，点淘直播间还有，今晚八点
淘淘上有我们的店，价格比这里低，您去那边看看
去东哥家下单吧，我们在那边是自营，发货快
我们自营商城首单立减30，这边就别下了
您去官网商城下，这边平台扣点高
小程序商城搜“某某优选”，那边有更多尺码
大麦上的票我们有渠道，那边下比这边便宜
我们在小黄鱼上清仓，您搜店名就能找到
@ platform_lure | platform | buyer
你们有没有快团团，我想在那边跟团
我不想在这下，你们微店链接多少
能不能去闲鱼交易，我那边有余额
你们京东店叫什么，我去那边买
@ platform_ok | - | agent
亲，我们默认发京东快递，一般次日达
亲，本店只在本平台销售，其他平台同名店都不是我们
亲，商品标题里写的“淘宝同款”是说款式一样，实际在本店发货
亲，保修可以在品牌官网输入序列号查询，维修直接找官方售后
亲，价格是我们这边的活动价，其他平台价格我们没法控制
亲，这个是得物同款鞋型，我们是品牌授权店铺
亲，我们没有开其他平台的店，请认准本店
亲，品牌官网有产品说明书可以下载，保修卡也在官网激活
亲，咸鱼造型的抱枕是我们家的爆款，孩子很喜欢
亲，1688元的套餐是含安装的，另加安装费的不用拍
亲，门票是大麦网代理的正规票，您下单后电子票发到下单手机号
@ platform_ok | - | buyer
别家便宜20，你们能不能便宜点
我在某宝看到同款只要59，你们怎么卖89
京东快递能到我们村吗
小红书上很多人推荐你们家，我就来了
你们跟京东自营比哪个便宜
是抖音上那个网红同款吗
我在闲鱼卖掉旧的了，现在想买个新的
得物上的价格跟你们差不多，你们能便宜点吗
淘宝体字体的贴纸有吗
为什么拼夕夕比你们便宜这么多
@ obscene_euphemism | obscene | agent
买U盘的亲需要学习资料吗，无码的，备注一下就发
亲，有小电影合集，下单备注“福利”送给您
原味的丝袜我们也有，穿过三天的，价格私聊
成人直播间邀请码要吗？买满100送一个
小哥哥需要“深夜资源”吗，我们这有整套的
亲，原味内裤是模特穿过的，真空包装发货
@ obscene_euphemism | obscene | buyer
老板，学习资料有没有无码的
有小电影吗？买手机送几部呗
原味的多少钱？要穿过的
客服拍个腿照我看看丝袜效果
你先用一下告诉我感觉，我再决定买不买
你自拍一张穿这个睡衣的，我马上下单
给我发张你的腿照，我看看你们的袜子
有没有成人直播间邀请码，我加钱
你试过这个跳蛋吗？描述一下你的感觉
@ adult_ok | - | agent
亲，这款润滑液是水基的，可搭配安全套使用
亲，本店成人用品均为隐私包装，面单写“日用品”
亲，情趣内衣是均码，胸围80到95都可以穿
亲，震动棒是医用硅胶材质，可全身水洗
亲，避孕套有超薄和螺纹两种，规格写在外盒
亲，成人用品一经拆封不支持退换，请理解
亲，这款飞机杯可拆洗，每次使用后温水清洗晾干
亲，丝袜是0D超薄款，腿围60厘米以内都可以
亲，未满18周岁请勿购买成人用品
@ adult_ok | - | buyer
这个情趣内衣尺码偏大还是偏小
快递盒上会写是什么东西吗
这个按摩棒是什么材质的，过敏体质能用吗
避孕套52和56怎么选
润滑油能和硅胶玩具一起用吗
发货包装能写“文件”吗，家里人会看到
睡衣是真丝的还是冰丝的
@ political_code | political | buyer
8964永不忘记，你们敢卖蜡烛吗
庆丰包子吃多了吧，这个国家迟早完
维尼当政，我们只能躲在这里说
全能神才是真神，客服你也信吧，末日快到了
法轮大法好，退党保平安，我送你一本书
台湾是一个国家，你们地图印错了
两国论没错，台湾和中国是两个国家
光复香港时代革命，这句能印在T恤上吗
港独旗有卖吗，我要去游行用
雪山狮子旗要两面，挂在店里
东突的旗帜能定做吗，蓝底白月亮那个
五月三十五日我会点蜡烛的，你懂
@ political_code | political | agent
亲，台独旗现货，游行专用，大量可批
全能神的福音书免费送，下单就附赠，赶紧信
亲，我们卖的港独贴纸很受欢迎，光时系列全款都有
香港独立旗帜定做，24小时出货
@ political_ok | - | agent
亲，国旗是按国标比例印制的，2号旗288×192厘米
亲，《中国近代史纲要》是教材版，新版
亲，国庆节期间正常发货，10月1日到7日快递可能慢一点
亲，我们是老字号包子铺，猪肉大葱包冷冻发货
亲，台湾地区可以配送，走专线大约7天
亲，香港的地址请写英文或者繁体都可以
亲，维尼熊公仔是迪士尼正版授权款
亲，这套《明朝那些事儿》是全七册
亲，天安门纪念明信片一套十张
亲，五星红旗车贴是反光材质的
亲，小熊维尼蜂蜜罐是陶瓷的，能装200毫升
@ political_ok | - | buyer
有国旗吗，国庆挂阳台
包子是现蒸的吗，冷冻的能放多久
我在台北，能寄到吗
有《台湾通史》这本书吗
6月4号之前能到吗，我要出门
香港能用顺丰吗
想买一本讲抗战的历史书给孩子
维尼熊睡衣有大人的码吗
@ contact_indirect | contact | agent
回个1，我让同事加你
把你通讯录加上，我这边发你实拍视频
我们线下聊吧，这里说不方便
您回复手机号，我让店长单独联系您
进妈妈群吧，我让群主拉你，群里有内部价
刮刮卡背面有专属客服，刮开加一下领返现
围脖搜我们店名，私信我们给您优惠
我电话幺三八 两个零 七六 五四三二，打给我
您留个号码，我让老板下午打给您
留一下您的绿泡泡，我让售后拉您进群
看包裹里的小卡片，扫上面的码加专属顾问
下单备注手机号，我们主管会单独联系你
我的号在头像里，放大就能看到
您通讯录搜一下一三九 两个八 六六 七七 一零
留个能联系到的号，我们换个地方聊细节
@ contact_indirect | contact | buyer
给我个你们店长的电话，我私下跟他谈
加不了就你加我吧，我手机号一八八六六七七五五九
我们线下聊吧，你留个号给我
你们有没有群？我要进群，群主是谁
把你围脖发我，我去私信你
@ contact_ok | - | agent
亲，店铺粉丝群在首页“群聊”入口，点进去就能加入
亲，售后群是平台内的群聊功能，在商品页下方可以申请入群
亲，电子票会发到您下单的手机号，请留意短信
亲，券码发到您下单时填写的手机号上了
亲，快递员派送前会给您下单手机号打电话
亲，请在这里直接留言，我们客服都会看到
亲，我们不会让您加私人联系方式，有问题在平台里说就行
亲，会员群在店铺首页，是平台自带的群功能
亲，安装师傅会按订单里的电话联系您预约时间
@ contact_ok | - | buyer
你们的粉丝群在哪里加
售后群是在商品页那里申请吗
电子票发到哪个手机号
我的收货电话写错了，帮我改成新的可以吗
快递员打我电话没接，能再送一次吗
好，我下午付款
好的，我晚点下单
@ payment_offplatform | payment | buyer
我下午直接转你吧，不走订单了
不能直接转你吗？平台扣手续费
我用USDT付可以吗
我当面付给你，你把货留着
我发你红包吧，你直接发货
@ payment_offplatform | payment | agent
支持USDT支付，trc20地址我发您
亲，您选“其他方式”付款，备注“学费”就行
可以面对面收款，您到了扫我的码
当面付也行，我把收款码发您
您发个🧧过来，我这边直接给您改价
发个大红包过来，我马上安排发货
亲，转到我个人账户，我给您打九折
这单走USDT，到账就发货，币价按今天算
亲先付二百定金，用红包发我就行
@ link_evasion | link | agent
亲，去 l i b a o 8 8 . c c 下载说明
下个APP叫“省心购”，自己搜，里面教程更全
扫包裹里的码进我们自营商城，那边有更多款
视频在 w w w 点 y o u k u a n 6 点 c o m，自己打开看
把这串复制到浏览器：m a i 9 9 点 c c
@ link_evasion | link,platform | agent
下个APP叫“乐享团”，里面搜我们店，价格低一半
扫描二维码进我们自营商城，首单立减二十
@ payment_link_ok | - | agent
亲，支持花呗分期，结算页选择分期数就行
亲，付款方式在订单页选择，微信支付宝银行卡都支持
亲，书里的二维码是出版社的配套资源，扫码可以听音频
亲，这款手环配套的APP是品牌自己的，说明书上有下载方式
亲，扫地机要用官方APP配网，APP名字在说明书第二页
亲，教材附赠的网课在出版社官网激活，激活码在封底
亲，耳机可以在品牌官方APP里升级固件
亲，信用卡分期在付款页面选择，免息期数看活动
亲，退款原路退回您的支付宝
亲，下单时可以用平台红包抵扣
@ payment_link_ok | - | buyer
能用花呗分期吗
可以信用卡付吗
这本书扫码听音频要另外收费吗
手表要下什么APP才能连手机
付款的时候提示失败怎么办
平台红包能叠加店铺券吗
"""

# --------------------------------------------------------------------------
# Templates (hand-written) — (family, labels, sender, template, draws)
# --------------------------------------------------------------------------
T = [
    # fraud: counterfeits knowingly sold
    ("counterfeit_admit", ["fraud"], "agent", "亲，这款{lux}是{grade}，{pass}", 70),
    ("counterfeit_admit", ["fraud"], "agent", "{lux}我们卖的都是{grade}，但页面只能写正品，您心里有数就行", 25),
    ("counterfeit_admit", ["fraud"], "agent", "要{cert}的话加{amount}，我们给您配一张，跟真的一样", 30),
    ("counterfeit_admit", ["fraud"], "agent", "{food}快到期了，我们换了新的日期标签，再卖半年没问题", 25),
    ("counterfeit_admit", ["fraud"], "agent", "说实话{supp}不能{effect}，页面那么写是为了卖货，吃不坏的", 30),
    ("counterfeit_admit", ["fraud"], "agent", "这款{lux}不是正品，{cert}是我们自己做的，别送去专柜就行", 25),
    ("counterfeit_admit", ["fraud"], "buyer", "我要{grade}的{lux}，但你要配{cert}，我转卖要用", 25),
    # fraud: collusive refunds
    ("refund_collusion", ["fraud"], "agent", "亲您先点一下确认收货，{product}{time}一定发，我们这边急着结款", 30),
    ("refund_collusion", ["fraud"], "agent", "{product}您就申请仅退款，理由选“未收到货”，我同意，东西您留着，{time}再补拍一单给我", 25),
    ("refund_collusion", ["fraud"], "buyer", "我申请仅退款你别拒绝，{product}我不寄回，回头私下补你{amount}", 25),
    # fraud: phishing
    ("phishing_code", ["fraud"], "agent", "您的{thing}需要验证，请把刚收到的{code}发我，{expire}", 40),
    # fraud: brushing
    ("brushing_reward", ["fraud"], "agent", "{review}，截图发我，{reward}", 70),
    ("brushing_reward", ["fraud"], "agent", "买{product}的亲，{review}就{reward}", 40),
    # fraud look-alikes
    ("counterfeit_ok", [], "agent", "亲，{lux}是专柜正品，{assure}", 50),
    ("counterfeit_ok", [], "buyer", "这个{lux}是正品吗？{ask}", 45),
    ("counterfeit_ok", [], "agent", "亲，这件{product}是瑕疵品，{flaw}，已在标题注明，比正常价便宜{price}元", 35),
    ("review_ok", [], "agent", "亲，{product}用着满意的话给个好评哦，{review_ok}", 40),
    ("refund_ok", [], "agent", "亲，{product}还没收到的话{refund_ok}", 30),
    # platform lure
    ("platform_lure", ["platform"], "agent", "{product}在{channel}上{cheap}，{go}", 110),
    ("platform_lure", ["platform"], "agent", "我们在{channel}开团了，{product}{time}截团，这边就别拍了", 50),
    ("platform_lure", ["platform"], "buyer", "你们{channel}上有店吗？{product}我想去那边买", 35),
    # platform look-alikes
    ("platform_ok", [], "agent", "亲，{product}今天{courier}发出，{city}发货，一般两到三天到", 40),
    ("platform_ok", [], "agent", "亲，标题里的“淘宝同款”指的是款式，{product}是本店自己的货", 12),
    ("platform_ok", [], "buyer", "我在别的平台看到{product}便宜{price2}块，你们能不能便宜点", 35),
    ("platform_ok", [], "agent", "亲，本店只在本平台销售，{product}请认准本店下单，{warn}", 25),
    ("platform_ok", [], "buyer", "{product}能发{courier}吗？我这边{courier2}不送", 35),
    # obscene
    ("obscene_euphemism", ["obscene"], "agent", "买{product}送{porn}，下单备注一下就发", 30),
    ("obscene_euphemism", ["obscene"], "buyer", "客服，{harass}", 30),
    ("adult_ok", [], "agent", "亲，{adult}", 1),
    # political
    ("political_code", ["political"], "buyer", "{pol}", 1),
    ("political_ok", [], "buyer", "{polok}", 1),
    # contact
    ("contact_indirect", ["contact"], "agent", "{contact_lead}，{contact_tail}", 80),
    ("contact_ok", [], "agent", "亲，{contact_ok}", 1),
    # payment / link
    ("payment_offplatform", ["payment"], "agent", "{product}{pay_agent}", 60),
    ("payment_offplatform", ["payment"], "buyer", "{product}{pay_buyer}", 30),
    ("link_evasion", ["link"], "agent", "{product}的{what}在 {domain}，{open}", 45),
    ("link_evasion", ["link", "platform"], "agent", "下个APP叫“{app}”，自己查，{product}那边{cheap}", 35),
    ("payment_link_ok", [], "agent", "亲，{product}{payok}", 50),
]

SLOTS = {
    "lux": LUX, "grade": GRADE, "pass": PASS, "cert": CERT, "amount": AMOUNT, "food": FOOD,
    "supp": SUPP, "effect": EFFECT, "product": PRODUCT, "time": TIME, "channel": CHANNEL,
    "cheap": CHEAP, "courier": COURIER, "courier2": COURIER, "city": CITY, "price": PRICE,
    "price2": ["5", "10", "12", "20", "30", "8", "15", "50"],
    "thing": ["账户", "退款", "理赔", "订单", "店铺保证金", "会员", "优惠券", "快递赔付"],
    "code": ["验证码", "解冻码", "短信码", "动态口令", "6位数字", "取消码", "激活码"],
    "expire": ["两分钟失效", "一分钟内有效", "过期就要重新排队", "晚了账户就冻结", "五分钟内不发就作废",
               "超时退款会失败"],
    "review": ["五星+三张图+追评", "好评带图再追评一次", "全五星加15字以上评价", "晒图带视频评价",
               "五星好评写满30字", "评价里写回购三次了", "追评写“客服很专业”", "好评截图加“有用”",
               "带图五星别提返现", "五星评价加晒买家秀"],
    "reward": ["返您" + a for a in AMOUNT] + ["送您" + g for g in GIFT],
    "assure": ["假一赔十", "支持专柜验货", "可送第三方鉴定，不符全额退款", "附品牌授权书",
               "签收前可以拆开验货", "发票由品牌方开具", "有防伪码可在品牌官网查询"],
    "ask": ["能过鉴定吗", "有小票吗", "能验货吗", "防伪码能查吗", "和专柜一样吗", "是哪里发货的"],
    "flaw": ["袖口有一处线头", "鞋盒压坏了", "包角有轻微划痕", "颜色比图片深一点", "标签剪了一个角",
             "有一点点走线不直", "外包装有破损"],
    "review_ok": ["不满意先找我们", "有问题随时联系客服", "您的反馈对我们很重要", "不方便也没关系",
                  "真实感受就好", "写得简单也没关系"],
    "refund_ok": ["可以在订单页申请仅退款，平台审核后原路退回", "请先别点确认收货，我们帮您查物流",
                  "请走退货退款流程，运费险会自动理赔", "申请售后后我们24小时内处理"],
    "go": ["去那边下吧", "您去那边拍", "搜店名就能找到", "那边下单我们一样发", "这边就别拍了",
           "去那边找我们团长", "去那边比这里划算", "在那边下我给您多送一件"],
    "warn": ["其他平台同名店都是仿冒", "请勿相信私下交易", "不会引导您去别处下单", "谨防假冒店铺"],
    "porn": ["学习资料无码版", "小电影合集", "成人直播间邀请码", "深夜福利网盘", "原味小样",
             "一套日本老师的教学片", "福利姬合集"],
    "harass": ["你拍张腿照我看看这袜子效果", "你先用一下告诉我感觉", "发张你穿这件睡衣的自拍",
               "原味的卖不卖，你自己穿过的", "有没有无码的学习资料", "你穿这个泳衣给我拍个全身",
               "有小电影吗，买硬盘送几部", "成人直播间邀请码发我一个", "你声音这么甜，拍张照片给我",
               "你今天穿丝袜了吗，拍给我看", "你下班来我这试给我看", "你的腿长多少，拍一下"],
    "adult": [
        "情趣内衣是均码，腰围60到80厘米都能穿", "润滑液是水基配方，不含香精，敏感肌可用",
        "避孕套有52、54、56三个尺寸，看包装上的宽度", "本店所有成人用品都是保密包装，面单只写“日用品”",
        "按摩器是医用级硅胶，IPX7防水", "飞机杯建议使用后用温水冲洗，自然晾干",
        "情趣睡衣是冰丝材质，手洗不要机洗", "跳蛋充电一小时可以用两小时",
        "吊带睡裙是真丝的，长度到膝盖", "黑丝连裤袜是0D的，腿围65以内都合适",
        "成人用品拆封后不支持七天无理由，请确认后再拆", "延时喷剂请先看说明书，过敏体质慎用",
        "女性私处护理液是妆字号，弱酸性", "快递面单不会写商品名称，收件人可以写姓氏",
        "文胸有A到E杯，建议先量下胸围", "男士内裤是莫代尔面料，M码对应腰围72到80"],
    "pol": [
        "8964的蜡烛什么时候发，我要在那天点", "庆丰包子那个人什么时候下台", "维尼熊就是说他，你懂的",
        "全能神救世，客服赶紧信了吧，我送你书", "法轮功学员这里有资料，要不要，免费的",
        "台湾不是中国的，两国论早就定了", "台独万岁，这个贴纸再来五十张", "港独才是出路，光复香港",
        "我要定做一面台独旗，游行用的", "帮我印“香港独立”四个字在横幅上", "藏独的雪山狮子旗有现货吗",
        "六四那天别忘了，我们都记得", "天灭中共，三退保平安", "包子又出新规了，这日子没法过",
        "定做一批T恤，印“时代革命”", "全能神的福音要传给每个客服"],
    "polok": [
        "有没有国庆节挂的国旗，要1号的", "包子是韭菜鸡蛋馅的吗", "台湾能寄吗，运费多少",
        "《中国近现代史》有没有教材版", "维尼熊公仔有多大的", "香港可以顺丰到付吗",
        "天津的狗不理包子有冷冻的吗", "有没有讲辛亥革命的书", "五一假期发货吗",
        "清明节前能到吗", "西藏地区包邮吗", "新疆能发快递吗，多久到", "中秋节的月饼礼盒还有吗",
        "国旗车贴有大号的吗", "党建书籍单位采购能开票吗", "台湾地图拼图有吗，孩子学地理"],
    "contact_lead": ["回个1", "您回复手机号", "把你通讯录加上", "进妈妈群", "刮刮卡背面有专属客服",
                     "围脖搜我们店名", "留一下您的号码", "我们线下聊", "扫包裹卡片上的码",
                     "我号码是" + NUMWORD[0], "拨" + NUMWORD[1], "打" + NUMWORD[2],
                     "您加一下" + NUMWORD[3], "电话" + NUMWORD[4]],
    "contact_tail": ["我让同事加你", "我让店长单独联系你", "群主会拉你", "领返现找他就行",
                     "私信发你优惠", "这里不方便说", "主管亲自给你打电话", "有更低的价格",
                     "我们换个地方聊", "售后直接找我本人"],
    "contact_ok": [
        "粉丝群入口在店铺首页，点“群聊”就能申请", "售后群是平台内的群聊，在商品页下方",
        "电子票已发送至下单手机号，请查收短信", "核销码会发到您下单填写的手机号",
        "快递员会打您收货电话，请保持畅通", "有问题直接在这个对话框留言就行",
        "我们不会要您的私人联系方式，放心", "安装师傅会按订单电话跟您约时间",
        "会员群是平台自带的功能，在店铺首页", "您可以在订单详情里修改收货电话",
        "取件码在物流详情里，也会短信发到下单手机", "预约信息会短信通知到您下单手机号"],
    "pay_agent": ["付USDT也行，trc20地址我私发", "可以面对面收款，您到了扫我的码",
                  "当面付吧，我给您留货", "您选“其他方式”付款，备注“学费”",
                  "发个🧧给我就行，我直接发货", "直接转我个人账户，给您打九折",
                  "定金用红包发我，尾款到货再给", "走USDT到账快，币价按今天算",
                  "转我支付宝个人号便宜二十", "您发个大红包过来，我改价发货"],
    "pay_buyer": ["我下午直接转你吧，不走订单", "不能直接转你吗，平台要手续费", "我用USDT付行吗",
                  "我当面付给你，你留货", "我发红包给你，你直接发货吧", "钱我微信转你，你别挂链接了"],
    "what": ["安装视频", "说明书", "优惠券", "更多款式", "教程"],
    "domain": DOMAIN,
    "open": ["复制到浏览器打开", "自己输一下", "去掉空格就能打开", "点不了就手打"],
    "app": APPNAME,
    "payok": ["支持花呗分期，结算页选期数就行", "付款方式在订单页选，银行卡也可以",
              "说明书上的二维码是品牌官方APP，用来配网", "配套APP是品牌自己的，应用商店搜品牌名",
              "可以用平台红包抵扣", "支持信用卡分期，免息看活动", "退款会原路退回您的付款账户",
              "书里扫码是出版社的配套音频，免费的"],
}

# --------------------------------------------------------------------------
# Conversations: scenario builders (hand-written turns with slots)
# --------------------------------------------------------------------------


def conv_genuine_ok(r):
    lux = r.choice(LUX)
    return "ok_genuine_assure", [
        ("buyer", f"{lux}是正品吗", []),
        ("agent", f"亲，{lux}是{r.choice(['专柜正品', '品牌授权正品', '海外直采正品'])}，{r.choice(['假一赔十', '支持验货', '可送鉴定'])}", []),
        ("buyer", r.choice(["能过鉴定吗", "有防伪码吗", "送人的，有小票吗", "鉴定不过怎么办"]) + f"（{lux}）", []),
        ("agent", f"亲，{r.choice(['鉴定不符全额退款', '防伪码在吊牌背面，官网可查', '小票随货寄出', '签收前可以验货'])}，{lux}放心拍", []),
        ("buyer", f"好，我下单了，{r.choice(COLOR)}的{r.choice(SIZE)}", []),
    ]


def conv_counterfeit(r):
    lux = r.choice(LUX)
    return "v_fraud_counterfeit", [
        ("buyer", f"{lux}{r.choice(['怎么这么便宜', '跟专柜一样吗', '是真的吗', '能过鉴定吗'])}", []),
        ("agent", f"亲 {r.choice(['懂的都懂', '这个价您心里有数', '不瞒您说', '说实话'])}，{lux}是{r.choice(GRADE)}", ["fraud"]),
        ("agent", f"页面写正品是为了过审，{r.choice(PASS)}", ["fraud"]),
        ("buyer", r.choice(["那有证书吗", "能配个小票吗", "发票能开吗"]) + f"，{lux}送人用", []),
        ("agent", f"{r.choice(CERT)}我们给您配一张，加{r.choice(AMOUNT)}", ["fraud"]),
    ]


def conv_grade_ok(r):
    p = r.choice(PRODUCT)
    return "ok_grade_declared", [
        ("buyer", f"{p}的B级是什么意思", []),
        ("agent", f"亲，B级是{r.choice(['外观有小瑕疵', '包装有破损', '有轻微色差', '展示过的样品'])}，功能不受影响，{p}详情页第{r.choice('二三四五')}张图有标注", []),
        ("buyer", f"比{p}正常款便宜多少", []),
        ("agent", f"亲，{p}B级便宜{r.choice(PRICE)}元，不过不支持以瑕疵为由退货", []),
    ]


def conv_refund_ok(r):
    p = r.choice(PRODUCT)
    return "ok_refund_flow", [
        ("buyer", f"{p}{r.choice(['五天了还没到', '物流一直不动', '显示签收但我没拿到'])}", []),
        ("agent", f"亲抱歉，{p}我帮您查一下{r.choice(COURIER)}的物流", []),
        ("agent", f"亲，{p}确实丢件了，您在订单页申请仅退款，选“未收到货”，我们马上同意", []),
        ("buyer", f"好的，{p}仅退款已经申请了", []),
    ]


def conv_refund_collusion(r):
    p = r.choice(PRODUCT)
    return "v_fraud_refund_collusion", [
        ("buyer", f"{p}{r.choice(['质量有问题', '尺码不对', '跟图片不一样'])}，我想退", []),
        ("agent", f"亲，{p}您别寄回了，点仅退款就行", []),
        ("agent", f"退下来的钱您{r.choice(['私下转我一半', '转回给我七成', '红包发我一部分'])}，{p}送您了，平台那边查不到", ["fraud", "payment"]),
        ("buyer", r.choice(["这样行吗，不会被查吧", "那我退款了你别拒绝", "行，退完我转你"]), ["fraud"] if r.random() < 0.5 else ["fraud", "payment"]),
    ]


def conv_confirm_before_ship(r):
    p = r.choice(PRODUCT)
    return "v_fraud_confirm_early", [
        ("buyer", f"{p}什么时候发货", []),
        ("agent", f"亲，{p}{r.choice(TIME)}发，您先点一下确认收货，我们好结款", ["fraud"]),
        ("buyer", f"{p}没收到怎么确认", []),
        ("agent", f"亲放心，{p}一定发，点了我再返您{r.choice(AMOUNT)}", ["fraud"]),
    ]


def conv_review_ok(r):
    p = r.choice(PRODUCT)
    return "ok_review_request", [
        ("buyer", f"{p}收到了，{r.choice(['挺好的', '比想象的大', '颜色很正', '包装很严实'])}", []),
        ("agent", f"亲，{p}用得满意的话给个好评哦，不满意先找我们", []),
        ("buyer", f"好的，{p}用几天再评价", []),
    ]


def conv_brushing(r):
    p = r.choice(PRODUCT)
    rev = r.choice(SLOTS["review"])
    return "v_fraud_brushing", [
        ("buyer", f"{p}收到了", []),
        ("agent", f"亲，{p}{rev}，{r.choice(SLOTS['reward'])}", ["fraud"]),
        ("buyer", r.choice(["怎么领", "截图发哪里", "真的返吗", "评价写什么"]) + f"（{p}）", ["fraud"]),
        ("agent", f"{p}评价发完截图发这里，审核后就给您", ["fraud"]),
    ]


def conv_phishing(r):
    thing = r.choice(SLOTS["thing"])
    return "v_fraud_phishing", [
        ("agent", f"您好，您的{thing}{r.choice(['出现异常', '被冻结了', '需要重新认证', '有一笔待退款'])}", []),
        ("agent", f"系统刚给您发了{r.choice(SLOTS['code'])}，{r.choice(SLOTS['expire'])}，请发我处理{thing}", ["fraud"]),
        ("buyer", r.choice(["你们真的是客服吗", "我没操作什么啊", "为什么要我的验证码"]) + f"，{thing}怎么了", []),
        ("agent", f"{thing}这边马上就关闭了，不发的话后果自负", ["fraud"]),
    ]


def conv_phishing_ok(r):
    return "ok_phishing_report", [
        ("buyer", f"有人说是你们客服，要我{r.choice(SLOTS['code'])}，说{r.choice(SLOTS['thing'])}冻结了", []),
        ("agent", f"亲，那是骗子，我们不会要任何{r.choice(SLOTS['code'])}，请不要提供", []),
        ("buyer", f"好险，差点就发了，{r.choice(['谢谢提醒', '我去举报他', '已经拉黑了'])}", []),
    ]


def conv_platform_lure(r):
    p, ch = r.choice(PRODUCT), r.choice(CHANNEL)
    return "v_platform_channel", [
        ("buyer", f"{p}还能便宜吗", []),
        ("agent", f"亲，{p}这边价格是统一的", []),
        ("agent", f"不过我们在{ch}{r.choice(['开团了', '有店', '有活动'])}，{r.choice(CHEAP)}", ["platform"]),
        ("buyer", f"{ch}上搜什么", ["platform"]),
        ("agent", f"搜我们店名就行，{p}{r.choice(SLOTS['go'])}", ["platform"]),
    ]


def conv_price_compare_ok(r):
    p = r.choice(PRODUCT)
    return "ok_price_compare", [
        ("buyer", f"{p}我在{r.choice(['别家', '其他平台', '某宝', '京东', '直播间'])}看到便宜{r.choice(SLOTS['price2'])}块", []),
        ("agent", f"亲，{p}是品牌统一价，本店只在本平台销售，可以领店铺券", []),
        ("buyer", f"{p}的券在哪领", []),
        ("agent", f"亲，{p}页面价格下方有“领券”，领完再下单", []),
        ("buyer", f"领了，{p}发{r.choice(COURIER)}吗", []),
    ]


def conv_courier_ok(r):
    p, c = r.choice(PRODUCT), r.choice(COURIER)
    return "ok_courier", [
        ("buyer", f"{p}能发{c}吗", []),
        ("agent", f"亲，{p}默认{r.choice(COURIER)}，发{c}要补{r.choice(['3', '5', '8', '10'])}元运费", []),
        ("buyer", f"补吧，{p}急用", []),
        ("agent", f"亲，{p}运费差价链接在店铺首页，拍一件就行", []),
    ]


def conv_adult_ok(r):
    return "ok_adult_plain", [
        ("buyer", r.choice(["这个睡衣尺码准吗", "避孕套哪个尺寸合适", "润滑液是什么成分", "按摩器声音大吗",
                            "情趣内衣胸围多少能穿", "丝袜是什么厚度"]), []),
        ("agent", "亲，" + r.choice(SLOTS["adult"]), []),
        ("buyer", r.choice(["包装能保密吗", "快递单上写什么", "能放快递柜吗", "家里人不会知道吧"]) + "，" + r.choice(["我跟家里人住", "寄到公司", "放驿站"]), []),
        ("agent", f"亲，{r.choice(['外包装不显示商品名', '面单写的是日用品', '黑色袋子加纸箱双层包装', '寄件人写的是个人名字'])}，请放心", []),
    ]


def conv_obscene(r):
    return "v_obscene_euphemism", [
        ("buyer", f"{r.choice(['丝袜', '睡衣', '泳衣', '内衣'])}{r.choice(['有现货吗', '什么码', '透吗'])}", []),
        ("agent", "亲，" + r.choice(SLOTS["adult"]), []),
        ("buyer", r.choice(SLOTS["harass"]), ["obscene"]),
        ("agent", r.choice(["亲，只能提供商品实拍图哦", "亲，请文明交流", "亲，客服不提供个人照片"]) + "，" + r.choice(["还有别的问题吗", "尺码有问题随时问", "请理解"]), []),
    ]


def conv_political(r):
    return "v_political_code", [
        ("buyer", r.choice(["能定做T恤吗", "横幅能印字吗", "贴纸能定制吗", "旗子能定做吗"]) + "，" + r.choice(["要二十件", "做五十张", "急用"]), []),
        ("agent", f"亲，可以定做，{r.choice(['一件起做', '三天出货', '图案发来审核'])}", []),
        ("buyer", r.choice(SLOTS["pol"]), ["political"]),
        ("agent", r.choice(["亲，这个内容我们无法制作", "亲，涉及政治的内容不能印", "亲，这个不接，抱歉"]) + "，" + r.choice(["换成公司名可以", "祝福语可以做", "请理解"]), []),
    ]


def conv_political_ok(r):
    return "ok_flag_history", [
        ("buyer", r.choice(SLOTS["polok"]), []),
        ("agent", "亲，" + r.choice(["有的，现货", "可以的", "有货，今天下单明天发", "这个有，页面选规格就行"]) + f"，{r.choice(CITY)}发货", []),
        ("buyer", r.choice(["要两件", "能开发票吗", "送到单位的", "多久能到"]) + "，" + r.choice(["麻烦快点", "谢谢", "国庆前要"]), []),
    ]


def conv_contact_indirect(r):
    p = r.choice(PRODUCT)
    lead = r.choice(["回个1", "回复手机号", "留个号码"])
    return "v_contact_indirect", [
        ("buyer", f"{p}能再便宜点吗", []),
        ("agent", f"亲，{p}这里不好改价，您{lead}，我让{r.choice(['同事', '店长', '主管'])}单独联系您", ["contact"]),
        ("buyer", {"回个1": "1", "回复手机号": "一三五 两个零 八八 四六七九", "留个号码": "幺八九 三三 两个七 六零二"}[lead] + f"（问{p}）", ["contact"]),
        ("agent", f"好的，{p}的事{r.choice(['马上有人打给您', '同事一会加您', '店长下午联系您'])}", ["contact"]),
    ]


def conv_group_ok(r):
    s = r.choice(STORE)
    return "ok_fan_group", [
        ("buyer", f"你们{s}的粉丝群怎么进", []),
        ("agent", f"亲，{s}的群在店铺首页“群聊”入口，是平台自带的群，{r.choice(['每周三发券', '群里有新品预告', '售后问题也能问'])}", []),
        ("buyer", f"找到了，已经申请{s}的群", []),
    ]


def conv_ticket_ok(r):
    ev = r.choice(["演唱会", "话剧", "音乐节", "景区门票", "动物园年卡", "温泉票", "电影兑换券", "自助餐券"])
    return "ok_ecode_phone", [
        ("buyer", f"{ev}怎么取票", []),
        ("agent", f"亲，{ev}的电子码会发到下单手机号，{r.choice(['入场出示短信就行', '凭码核销', '也可以在订单详情查看'])}", []),
        ("buyer", f"{ev}手机号写错了怎么办", []),
        ("agent", f"亲，{ev}订单还没核销，我帮您在订单里重发到正确号码", []),
    ]


def conv_pay_buyer(r):
    p = r.choice(PRODUCT)
    ok = r.random() < 0.5
    return "ok_pay_later" if ok else "v_payment_buyer_transfer", [
        ("buyer", f"{p}{r.choice(SIZE)}还有吗", []),
        ("agent", f"亲，{p}有的，{r.choice(['今天下单明天发', '库存还有三件', '现货'])}", []),
        ("buyer", (f"好，{p}我{r.choice(['下午付款', '晚点下单', '等发工资再拍'])}") if ok else
         f"{p}我{r.choice(['下午直接转你', '微信转你吧', '不能直接转你吗'])}", [] if ok else ["payment"]),
        ("agent", f"亲，{p}请在订单里付款{r.choice(['，私下转账没有保障', '，我们不收私人转账', '哦', '，付款后自动发货'])}", []),
    ]


def conv_payment_usdt(r):
    p = r.choice(PRODUCT)
    return "v_payment_route", [
        ("buyer", f"{p}批发价多少", []),
        ("agent", f"亲，{p}一百件起批，{r.choice(PRICE)}一件", []),
        ("agent", r.choice(["付USDT的话再优惠，trc20", "可以面对面收款", "您选其他方式付款，备注学费",
                            "发🧧也行，不用拍链接"]) + f"，{p}当天发", ["payment"]),
        ("buyer", r.choice(["怎么付", "地址发我", "学费备注多少", "好，红包发你了"]) + f"（{p}）", ["payment"]),
    ]


def conv_link_ok(r):
    dev = r.choice(["扫地机器人", "智能手环", "蓝牙耳机", "空气净化器", "智能门锁", "儿童手表",
                    "体脂秤", "投影仪", "无人机", "点读笔"])
    return "ok_companion_app", [
        ("buyer", f"{dev}要下什么APP", []),
        ("agent", f"亲，{dev}用品牌官方APP，{r.choice(['说明书第一页有名字', '应用商店搜品牌名', '包装盒侧面有二维码'])}", []),
        ("buyer", f"{dev}连不上怎么办", []),
        ("agent", f"亲，{dev}{r.choice(['长按电源键五秒重置再配网', '先把手机蓝牙打开', '路由器切到2.4G'])}", []),
    ]


def conv_book_qr_ok(r):
    bk = r.choice(["英语听力教材", "钢琴入门书", "少儿科普绘本", "考研真题集", "日语教程", "会计教材",
                   "编程入门", "书法字帖", "古诗词读本", "围棋入门"])
    return "ok_publisher_qr", [
        ("buyer", f"{bk}有配套音频吗", []),
        ("agent", f"亲，{bk}封底有二维码，扫码是出版社的配套资源，{r.choice(['免费听', '可以下载课件', '有讲解视频'])}", []),
        ("buyer", f"{bk}要二手的还是新书", []),
        ("agent", f"亲，{bk}是全新正版，{r.choice(CITY)}仓发货", []),
    ]


def conv_link_evasion(r):
    p = r.choice(PRODUCT)
    return "v_link_spaced", [
        ("buyer", f"{p}有安装教程吗", []),
        ("agent", f"亲，{p}教程在 {r.choice(DOMAIN)}", ["link"]),
        ("buyer", f"{p}的打不开", ["link"] if r.random() < 0.3 else []),
        ("agent", f"去掉空格就行，或者下个APP叫“{r.choice(APPNAME)}”，里面搜{p}", ["link"]),
    ]


def conv_huabei_ok(r):
    p = r.choice(PRODUCT)
    return "ok_installment", [
        ("buyer", f"{p}能分期吗", []),
        ("agent", f"亲，{p}支持花呗分期，{r.choice(['3期免息', '6期免息', '结算页选期数'])}", []),
        ("buyer", f"好，{p}我{r.choice(['今晚下单', '现在拍', '一会付款'])}", []),
    ]


def conv_store_ok(r):
    p = r.choice(PRODUCT)
    return "ok_shop_talk", [
        ("buyer", f"{p}{r.choice(COLOR)}{r.choice(['有货吗', '还有吗', '什么时候补货'])}", []),
        ("agent", f"亲，{p}{r.choice(COLOR)}{r.choice(['有现货', '周五补货', '只剩两件'])}，{r.choice(CITY)}发货", []),
        ("buyer", f"{p}{r.choice(['多久能到', '能开发票吗', '有赠品吗', '包邮吗'])}", []),
        ("agent", f"亲，{p}{r.choice(['一般两三天到', '可以开电子发票', '送收纳袋', '全国包邮，偏远地区除外'])}", []),
        ("buyer", f"好的，{p}我下单了", []),
    ]


def conv_expiry(r):
    f = r.choice(FOOD)
    ok = r.random() < 0.6
    return ("ok_expiry_declared" if ok else "v_fraud_relabel"), [
        ("buyer", f"{f}生产日期是什么时候", []),
        ("agent", (f"亲，{f}是临期特价，保质期到{r.choice(['下个月', '年底', '三月底', '六月中'])}，页面写了") if ok
         else f"亲，{f}原来快过期了，我们换了新标签，日期往后改了", [] if ok else ["fraud"]),
        ("buyer", f"{f}{r.choice(['那还能吃吗', '影响使用吗', '能便宜点吗'])}", []),
    ]


CONV = [(conv_genuine_ok, 22), (conv_counterfeit, 14), (conv_grade_ok, 12), (conv_refund_ok, 14),
        (conv_refund_collusion, 10), (conv_confirm_before_ship, 8), (conv_review_ok, 14),
        (conv_brushing, 10), (conv_phishing, 8), (conv_phishing_ok, 10), (conv_platform_lure, 14),
        (conv_price_compare_ok, 16), (conv_courier_ok, 14), (conv_adult_ok, 14), (conv_obscene, 8),
        (conv_political, 8), (conv_political_ok, 14), (conv_contact_indirect, 10), (conv_group_ok, 14),
        (conv_ticket_ok, 14), (conv_pay_buyer, 16), (conv_payment_usdt, 8), (conv_link_ok, 12),
        (conv_book_qr_ok, 12), (conv_link_evasion, 8), (conv_huabei_ok, 12), (conv_store_ok, 22),
        (conv_expiry, 12)]

# --------------------------------------------------------------------------


def norm(text):
    return re.sub(r"[\s\W_]+", "", text.lower())


def grams(text):
    t = norm(text)
    return {t[i:i + 3] for i in range(max(1, len(t) - 2))}


def other_texts():
    seen = set()
    for path in HERE.glob("*.jsonl"):
        if path.name == OUT.name:
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    seen.add(json.loads(line)["text"])
    return seen


class Writer:
    def __init__(self):
        self.rows, self.norms, self.others = [], set(), other_texts()
        self.fam_grams = {}

    def ok(self, text, family, near=True):
        if text in self.others or norm(text) in self.norms:
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
        row = {"text": text, "sender": sender, "labels": sorted(labels), "family": family}
        if session:
            row["session"] = session
        self.rows.append(row)

    def add(self, text, sender, labels, family, near=True):
        if self.ok(text, family, near):
            self.take(text, sender, labels, family)


def parse_blocks():
    fam = labels = sender = None
    for raw in BLOCKS.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@ "):
            fam, lab, sender = [x.strip() for x in line[2:].split("|")]
            labels = [] if lab == "-" else lab.split(",")
            continue
        snd = sender
        if line[:2] in ("a:", "b:"):
            snd = "agent" if line[:2] == "a:" else "buyer"
            line = line[2:].strip()
        yield line, snd, labels, fam


def fill(template, rng):
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(SLOTS[m.group(1)]), template)


def main():
    rng = random.Random(SEED)
    w = Writer()
    for text, sender, labels, fam in parse_blocks():
        w.add(text, sender, labels, fam, near=False)
    for fam, labels, sender, template, draws in T:
        keys = re.findall(r"\{(\w+)\}", template)
        if draws == 1:  # one line per entry of the single slot
            for value in SLOTS[keys[0]]:
                w.add(template.replace("{%s}" % keys[0], value), sender, labels, fam)
            continue
        for _ in range(draws):
            w.add(fill(template, rng), sender, labels, fam)
    singles = len(w.rows)
    n = 0
    for builder, count in CONV:
        made = 0
        for _ in range(count * 6):
            if made == count:
                break
            family, turns = builder(rng)
            if not all(w.ok(t, "session", near=False) for _, t, _ in turns):
                continue
            if len({norm(t) for _, t, _ in turns}) < len(turns):
                continue
            n += 1
            made += 1
            for sender, text, labels in turns:
                w.take(text, sender, labels, family, session=f"r6c{n:04d}")
    # singles are shuffled; sessions stay whole and in order, after them
    head = w.rows[:singles]
    rng.shuffle(head)
    with OUT.open("w", encoding="utf-8") as out:
        for row in head + w.rows[singles:]:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(singles, "single messages,", n, "sessions,", len(w.rows), "lines")


if __name__ == "__main__":
    main()
