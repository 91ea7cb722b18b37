# make_subtle_r4b.py -- round 4, slice b: subtle spam / link / platform violations and their
# innocent mirrors. Hand-written lines (B blocks) plus a few hand-written templates (T) whose
# slots (random codes, store names, amounts) are filled with a fixed seed, at most 5 variants each.
import json, random, re, string, collections, os, sys
random.seed(20241204)
ROWS = []
def B(sender, labels, fam, block):
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if line:
            ROWS.append({"text": line, "sender": sender, "labels": list(labels), "family": fam})
def T(sender, labels, fam, tmpl, n=4, **pools):
    seen = set(); tries = 0; used = []
    need = min(2, sum(1 for v in pools.values() if not callable(v)))
    while len(seen) < n and tries < 200:
        tries += 1
        kw = {k: (v() if callable(v) else random.choice(v)) for k, v in pools.items()}
        s = tmpl.format(**kw)
        if '{' in s: s = s.format(**kw)
        if s in seen: continue
        fixed = {k: kw[k] for k, v in pools.items() if not callable(v)}
        if any(sum(fixed[k] != u[k] for k in fixed) < need for u in used): continue
        used.append(fixed)
        seen.add(s)
        ROWS.append({"text": s, "sender": sender, "labels": list(labels), "family": fam})
def rc(n, alpha=string.ascii_letters + string.digits):
    return "".join(random.choice(alpha) for _ in range(n))
def rl(n): return rc(n, string.ascii_lowercase)
def rd(n): return rc(n, string.digits)
def ip(): return "%d.%d.%d.%d" % (random.choice([47,39,101,120,118,43,106,8,121,139]), random.randint(10,250), random.randint(1,250), random.randint(2,250))
def fw(s):  # to full-width
    return "".join(chr(ord(c) + 0xFEE0) if 33 <= ord(c) <= 126 else c for c in s)
SHORT = ["t.cn", "dwz.cn", "url.cn", "suo.im", "sohu.gg", "985.so", "tinyurl.com", "bit.ly", "is.gd", "c1n.cn"]
def short(): return "%s/%s" % (random.choice(SHORT), rc(random.randint(5, 7)))
DOMWORD = ["meiyi", "haohuo", "youxuan", "jiajia", "xiaolu", "tangguo", "mumu", "lanshan", "qingcha", "yiyi", "baobei", "kuaile", "dongfang", "huahua", "xinyue", "leshop", "fenfang", "mimi", "shiguang", "yunduo"]
TLD = ["com", "cn", "net", "top", "vip", "shop", "cc", "xyz", "com.cn", "club"]
def dom(): return random.choice(DOMWORD) + random.choice(["", "88", "666", "365", "go", "mall", "hw", "sc"]) + "." + random.choice(TLD)
STORE = ["小鹿家居", "棉花糖童装", "青柠美妆", "老陈茶庄", "木子手作", "橘猫数码", "简一女装", "北山户外", "甜心烘焙", "禾木母婴", "阿福零食铺", "安澜家纺", "栗子鞋履", "一叶书屋", "若水香氛", "小满宠物", "蓝鲸渔具", "云朵文具"]
AMT = ["5", "8", "10", "12", "15", "20", "30", "50"]
PCT = ["8", "15", "20", "25", "30", "40"]

# ---------------- SPAM, agent voice ----------------
B("agent", ["spam"], "spam_loan", """
亲，东西收到了吧？顺便问一句，最近要是手头周转不开可以跟我说，我这边有渠道凭身份证就能下款
亲 您这单是分期的呀，其实额度不够的话我认识人能帮忙提额，三五万很快的
收到货满意的话给个好评哈～另外征信花了下不了款的也可以找我问问，我这有门路
亲，最近好多顾客问我借钱周转的事，我这边合作的机构利息比银行低，要了解的话跟我说一声
东西今天发出去了亲。对了，您要是有装修、买车的资金需求，我们老板那边能做低息，审批快
亲 看您买了好几次了，算老顾客了，跟您说个内部消息：有个产品不看征信，额度最高二十万
亲，快过年了花销大吧？我这边能帮忙办个备用金，当天到账，不用抵押
退款已经给您处理了哈。顺便说下，要是有信用卡还不上的情况，我们这能代还，手续费很低
亲，我们店客服下班后也做点别的，专门帮人办小额周转，有需要随时喊我
您这个尺码要补发的话得等两天。另外我看您是做生意的吧？进货缺资金的话我能帮您对接经营贷
亲 问下您有公积金吗？有的话能贷的额度挺高的，我帮好几个顾客办过了
亲，不好意思打扰一下，您之前问价格的时候说预算紧，其实可以先借一笔，我这有秒批的口子
亲 你这个月的账单多少？我帮你做个分期，比你在银行办划算多了
发货前跟您确认一下地址哈。另外有朋友在做车贷房贷，利率3厘多，有兴趣可以聊聊
亲，黑户白户都能做的，我这边专门帮人解决资金问题，不收前期费用
亲 学生党的话生活费不够也可以找我，不用家长同意，几千块分分钟到
""")
B("agent", ["spam"], "spam_gamble", """
亲，晚上没事的话可以玩玩我常玩的那个牌局，我一晚上能赢回半个月工资😂
收货愉快亲～悄悄说，最近有个棋牌平台上分特别快，我带过几个顾客都回本了
亲，你平时玩不玩百家乐？我这有个稳的打法，跟着下注基本不亏
亲 给您多放了个小赠品～对了您喜欢玩捕鱼那种游戏吗，能换钱的那种，我最近在玩
这单已经给您催了快递了。另外问一下，您有兴趣玩点刺激的不，充一百送一百那种
亲，我们客服小姐姐下班都在一个游戏里打牌，赢了能提现，要不要一起来
亲 今天心情好跟你分享下，我在一个平台上押大小一晚赚了三千多，规律我都摸透了
亲，周末有空可以来玩两把，新人进去送88，输了也不心疼
您的包裹明天到。顺便说一句，要是喜欢斗地主的话，有个能赢真钱的房间，我可以拉你
亲，老虎机那种你玩过吗？我知道一个爆率特别高的，上周我表姐就爆了个大的
""")
B("agent", ["spam"], "spam_lottery", """
亲，您买不买彩票？我这有个老师每天出计划，双色球上个月中了两次
东西已经打包了～另外跟您说，我有个朋友专门研究时时彩，跟他的号码胜率很高
亲，今天的快三我已经算出来了，想跟的话我把号码给您，中了随便给点红包就行
亲 您运气好不好？我们这边有个幸运大转盘，五块钱一次，最高能转出一部手机
亲，福彩3D我跟了个群一个月，小赚了一点，想带带身边的朋友一起
亲 大乐透这期奖池破十亿了，我们几个客服在合买，您要不要也凑一份
收到货记得确认哈～话说您信不信玄学，我有个算号码的方法，好几个顾客都中过
亲，北京赛车你听说过吗？五分钟一期，跟对了计划一天能翻好几倍
""")
B("agent", ["spam"], "spam_betting", """
亲，今晚欧冠那场您看吗？我这有内部的消息，主队让一球稳赢，跟的话提前说
东西发了哈。另外我是个老球迷了，最近推的单连红七场，想跟的可以找我拿方案
亲，周末NBA的单子我已经整理好了，胜负加大小分，上周全中
亲 世界杯预选赛有几场我有把握，要不要跟一手？不收钱，赢了请我喝奶茶就行
亲，您老公是不是喜欢看球？可以让他找我，我每天推两场，准确率八成以上
亲 看您下单很爽快，交个朋友，英超我有个稳胆，今晚就开
您要的颜色明天补货。跟您说个私事，我们老板认识做赛事分析的大神，他的单子基本不黑
亲，电竞比赛也能玩的，LPL今晚这场我看好下路强的那队，跟我一起下
""")
B("agent", ["spam"], "spam_job", """
亲，您平时在家带孩子吗？有个打字的活手机就能做，一天一两个小时能挣一百多
亲，问下您有没有空闲时间？我们这边缺人手做资料录入，按件结算，日结
收到货给个好评哦～另外如果您想找个兼职，我们这边手工串珠可以拿回家做，计件给钱
亲 学生吗？寒假有个线上的活，听音频写文字，一小时三四十块，不用坐班
亲，宝妈在家也能做的活，看视频点赞就能拿佣金，我自己做了半年了
亲 我们公司在招居家客服，时间自由，培训两天就能上岗，月入四五千没问题
亲，有个抄书的兼职您感兴趣吗？手写的，一千字给三十，材料包邮寄给您
亲 您打字快不快？有个网络小说校对的活，在家做，周结
亲 下班了做点副业吧，给商家写写评价文案，一条十块，我带你入门
亲，我们在招线上模特，不用露脸，拍拍手部就行，按张数结算
您的退款到了。顺便问下，家里有闲着的老人吗？折纸盒子的手工活，收回来按个数给钱
亲，我看您是大学生？有个配音的兼职，拿手机录就可以，一条二十到五十不等
""")
B("agent", ["spam"], "spam_invest", """
亲，最近股市行情不错，我们有个老师免费带大家看盘，您要不要进来听听
东西收到了吧？另外分享一下，我最近跟着一个导师做黄金，一个月收益百分之二十
亲，您理财吗？有个项目年化十五个点，保本的，我和家里人都投了
亲 虚拟币现在是低点，我有朋友在带单，跟着买了两个月翻了一倍
亲，您有闲钱放余额宝不如拿来做点别的，我这边有个私募的名额，门槛才五万
亲，现在银行利息这么低，我们老板在做一个养老项目，每个月都有分红
亲 外汇你了解吗？我师傅带的，晚上操作两个小时，不影响上班
亲，我们店其实也在做原始股认购，公司明年上市，现在进来价格最低
亲 想不想学炒股？有个直播课，老师每天讲一只牛股，前三天免费体验
亲，新出了个数字藏品，发售价99，转手就能卖三四百，我这还剩几个名额
""")
B("agent", ["spam"], "spam_mlm", """
亲，看您买的是降压的血压计，其实我这边有个酵素，我爸喝了半年血压都稳了
亲，顺便推荐一下，我在吃一种小分子肽，睡眠和免疫力都上来了，自己吃还能做代理
亲 您家宝宝老是感冒吗？我们团队有一款益生菌，吃了基本不生病，还能加盟一起做
亲，富氢水杯听说过吗？喝了调理三高，我们有个团队在推，自用省钱分享赚钱
亲，您皮肤干的话别光用面膜了，我在做一个口服胶原蛋白，好多姐妹喝完都辞职跟我干了
亲 我们家这款袜子是普通款，我自己还在卖一种负离子保健袜，治脚气还能改善血液循环
亲，我妈用了一个量子能量床垫，腰疼好了一大半，现在我也在做这个，要不要了解下
亲 叔叔阿姨如果关节不好，有一款鹿骨胶囊效果特别好，买五盒送一盒，推荐人还有提成
亲，我们老板娘在做一个健康事业，每周开分享会，有兴趣可以去听听，免费送鸡蛋
亲，你先别急着买药，试试我们团队的排毒套餐，二十一天一个疗程，瘦了十几斤
""")
B("agent", ["spam"], "spam_othershop", """
亲，我表姐开了家水果店，最近赣南脐橙刚到，甜得很，五斤装四十九包邮，您要的话我帮您问
亲，您买了茶具哈，正好我朋友家是做安溪铁观音的，自己家茶园，价格很实在
亲 冒昧推荐一下，隔壁做四件套的那家最近清仓，料子跟我们差不多，才一半价
亲，我老公家是种猕猴桃的，现在正是季节，给您留两箱？
亲，您家装修吗？我有个同学做全屋定制的，报我名字能打八折
亲，东西发了哈～另外我闺蜜开了个蛋糕店，生日蛋糕能送到您那边，要不要试试
亲 我们仓库旁边有家做腊肉香肠的，四川老手艺，我每年都帮他们卖一点
亲，这款我们断货了，不过我认识一个做同款的厂家，直接从他们那拿更便宜
亲，您要是还想买羊绒的，我弟弟在内蒙古开了个工厂店，我跟他说给您算成本价
亲 我小姨做海鲜干货的，大连的海参鲍鱼，过年送礼特别体面，我给您介绍一下？
""")
B("agent", ["spam"], "spam_kanyidao", """
亲，不好意思打扰一下，能不能帮我点一下，我在那个拼团的上面就差一刀了🙏
亲 帮个忙呗，我在砍一个电饭煲，还差0.3%，您进去点一下就行
亲，麻烦帮我助力一下，我在抢火车票加速包，差三个人
亲，帮我在那个买菜的上面拼个单吧，差一个人成团，拼上了我给您多送点小样
亲，能帮我点个赞吗？我家孩子在参加一个才艺投票，每天都能投一次
亲，您方便的话帮我砍一下，砍成了我这边给您的订单多送一份赠品
亲 我在参加一个集卡活动，您帮我扫一下就能多一张卡，谢谢啦
亲 打扰了，我们家小孩的作品在评比，您帮忙投一票吧，感激不尽
""")
B("agent", ["spam"], "spam_follow", """
亲，私下说，我自己也在拍视频分享穿搭，有空关注一下给我涨涨粉呀
亲，我业余在做个美食号，每天更新做饭视频，能帮我点个关注吗
亲 我们客服小姐姐有个读书的号，每天推一本书，喜欢看书的话关注一下呗
""")
B("agent", ["spam"], "spam_greeting", """
亲爱的顾客您好！中秋快乐～祝您阖家团圆。朋友家的月饼厂今年做了流心款，有需要的话跟我说，内部价
新年快乐亲🎉！感谢一年的支持。年后我们客服团队有个副业项目在招合伙人，想多份收入的可以了解
国庆快乐呀亲！出去玩了吗？我有个旅行社的朋友在做云南六日游，全包才一千九，要不要问问
亲，元宵节快乐～吃汤圆了吗？顺便说下我家亲戚在做宁波猪油汤圆，手工的，十袋包邮
母亲节快乐！给妈妈买礼物了吗？我朋友开的花店今天玫瑰康乃馨都打折，同城能送
亲，端午安康～我老家的粽子特别好吃，自己家包的，要的话我帮您寄几个，价格好说
早上好亲☀️ 新的一周加油哦！分享个好消息，我们老乡群里有个投资项目今天开放名额
亲，冬至快乐，记得吃饺子哦～另外有个朋友做东北酸菜饺子的，冷冻顺丰发，想尝尝可以找我
""")
B("agent", ["spam"], "spam_traditional", """
親，東西收到了嗎？順便問一下，您有沒有興趣做點兼職，在家打字就能賺錢
親 最近股市波動大，我們有個老師每天免費分析，要不要一起聽聽看
親，我朋友在做一款酵素，喝了氣色超好，自己用還能當代理
親～中秋快樂！我表哥家的文旦今年很甜，要的話我幫您問問價格
親 今晚NBA那場我有內線消息，跟我下就對了
""")
B("agent", ["spam"], "spam_english", """
Hi dear, your parcel is on the way! By the way, are you interested in a part-time job? Just typing at home, paid daily
Thanks for your order! If you ever need quick cash, I know a lender with no credit check, approval in 10 min
Hello! Happy holidays 🎄 my cousin runs a bakery, she's doing a big Christmas cake deal, want me to ask for you?
dear, do you follow football? I have a sure tip for tonight's match, follow me and win big
Order shipped 😊 btw I'm in a crypto trading group, the mentor doubled my money last month, want to join?
亲 your refund is done. Also my friend sells 减肥 tea that really works, she's recruiting agents too
亲, tonight there's a new 棋牌 game, sign up bonus 88, I play every night haha
Hi, could you help me 砍一刀 on another app? Just one click, thank you so much 🙏
""")
B("agent", ["spam", "contact"], "spam_follow_handle", """
亲，我在某音开了个号专门讲怎么挑水果，搜"果妹说水果"就能找到，关注一下呗
亲，我自己做了个公众号讲育儿知识，叫"豆豆妈的日常"，有兴趣可以看看
亲 我在红薯上写护肤笔记，ID就是"小鱼干不干"，给点个关注呗，谢谢亲
""")

# ---------------- SPAM, buyer voice ----------------
B("buyer", ["spam"], "spam_b2b_service", """
老板你好，看你们店流量一般啊，我们团队专门做代运营的，三个月保证上类目前十
客服你好，麻烦转告下老板，我们这有正规渠道帮店铺提升权重，先做效果后收费
你好，请问店铺考虑转让吗？我这边长期收购各类目店铺，价格好谈
亲，我是做直播带货的，粉丝三十多万，你们这个产品想不想找人推，坑位费好商量
老板，你们主图拍得一般，我们工作室做电商摄影的，一套图才八百，要不要看看样片
您好，打扰一下，我们是做物流的，发你们这种小件全国首重两块五，比你们现在用的便宜
老板在吗？有没有兴趣做跨境？我们有现成的海外仓，一件代发，包教包会
客服美女，我们公司专门给商家做客服外包，夜间值班也可以，价格很低
你好 我这有一批库存尾货，跟你们家卖的差不多，按斤出，要的话可以来看货
店家好，你们包装盒哪里定的？我家就是做纸盒的，起订量低，可以给你们报个价
老板，做短视频引流吗？我们一条视频保底一万播放，不火不收钱
打扰了，我们是做商标注册的，看你们店还没有自己的品牌，现在申请正好有优惠
""")
B("buyer", ["spam"], "spam_loan", """
老板，年底进货压力大吧？我在银行做对公贷款的，流水够就能批，利息很低
客服你好，顺便问下你们老板需不需要资金周转，我这边经营贷三天放款
东西收到了挺好的。另外我是做信用卡业务的，你要办大额卡可以找我，秒批
你好 我想问下尺码…算了先不问了，你们缺钱吗？我这有个口子不看征信的
小姐姐你好，我是做车抵贷的，车不押也能借，你身边有需要的话帮忙介绍一下呗，有提成的
""")
B("buyer", ["spam"], "spam_gamble", """
客服每天坐着挺无聊吧，我给你推荐个游戏，能赢钱的那种，我一天能搞好几百
你好，衣服质量不错。跟你说个好玩的，有个棋牌群每晚开局，新人送分，我可以带你
美女客服，你玩不玩六合彩？我这有特码资料，上期中了
老板，晚上下班来玩两把不？我们有个线上的麻将馆，打得大赢得也大
在吗？我最近在一个平台上押注，规律找到了，赢了好几万，带你一起呀
""")
B("buyer", ["spam"], "spam_betting", """
客服你好，问一下这个还有货吗？对了你看球吗，今晚西甲我有个稳的，跟我下就行
亲 我跟你说啊，我认识个大师专门推篮球赛，连红十几场了，你要的话我拉你进来
你好在吗，今晚那场比赛我有内幕，主队肯定赢，要跟的话抓紧
""")
B("buyer", ["spam"], "spam_job", """
客服你好，你们上班累不累？我这有个在家打字的活，比你们坐班轻松，一天能拿两三百
亲，你们客服有没有想做兼职的，手机上做任务，一单几块钱，我带了好多人了
小姐姐，晚上下班后有时间吗？有个录入文字的活，按字数算钱，我帮你内推
你好，顺便问下你们店里有没有宝妈想在家做手工的，我们厂里放单，计件结算
美女你一个月多少工资啊？我们这招线上客服，时间自由，底薪加提成
老板，需要人帮忙写商品文案吗？我专门做这个兼职的，顺便也招人一起做
""")
B("buyer", ["spam"], "spam_invest", """
客服在吗？问个题外话，你有没有理财？我最近跟着一个老师炒币，一个月赚了三万
你好，我想问下发货时间。另外你们老板炒股不？我们有个群每天推票，准得很
小姐姐，看你说话挺靠谱的，给你介绍个项目，投一万每个月稳拿一千五分红
亲，现在存银行太亏了，我这边有个养老基金，利息比银行高三倍，要不要了解下
你好，我是做黄金投资的，最近金价要涨，现在入手正是时候，有兴趣聊聊吗
老板，有个区块链项目在众筹，原始份额一万一份，明年翻十倍不是问题
""")
B("buyer", ["spam"], "spam_mlm", """
你好 你们这个面霜成分一般啊，我在用的那个牌子才叫好，我现在自己在做代理，你要不要试试
客服美女，跟你分享个好东西，我喝了三个月的一款茶，瘦了二十斤，你也可以一起做
老板，你们卖的保健品都是普通的，我们公司的灵芝孢子粉才是真的好，要不要加盟
亲 我看你们客服天天熬夜，推荐你吃我们家的辅酶Q10，我是这个品牌的区域经理
你好呀，我在做一个健康产业，不是传销哈，就是自用省钱，推荐别人还能拿钱
在吗，问个事，你家里有没有老人？我们这有个理疗仪，免费体验一个月，效果很好的，买了还能发展下线
""")
B("buyer", ["spam"], "spam_othershop", """
老板你家这个杯子一般般，我朋友家做的陶瓷杯比这个好多了，价格还便宜，你们可以考虑从他那拿货
客服你好，我自己也开了个小店卖手工饰品的，有空来逛逛，给你打个折😊
你好，这个被子有点贵了，我家亲戚就是做棉被的，要不你们跟他合作进货？
在吗？我家是做烧烤调料的，你们卖零食的要不要一起搭着卖，我给你们供货价
""")
B("buyer", ["spam"], "spam_kanyidao", """
客服小姐姐能帮我个忙吗，帮我点一下那个拼团的链接，砍一刀就行，拜托拜托
在吗，帮我助力一下呗，差最后一点就能免费领了，点一下就行不花钱
老板，你们店里人多，能不能帮我拼个团，我发你们进去点一下就好
亲 帮我在那个上面砍一刀吧，我就差一点点了，砍完我马上下你们家的单
你好，可以帮我投个票吗？我女儿参加的绘画比赛，每人每天能投三票
客服你好 我在抢一个免单的活动，差两个人助力，你帮我点一下好不好
""")
B("buyer", ["spam"], "spam_follow", """
你好，我是做穿搭博主的，买你家衣服就是为了拍视频，你们能不能也关注一下我的号互相支持
客服小姐姐，我自己在做美食视频，有空关注一下我呀，我也会关注你们店的
老板，我是个小主播，每天晚上八点开播，有空来捧个场，关注我一下呗
亲，我最近开了个做手工的号，粉丝还很少，能麻烦你们客服都关注一下吗
""")
B("buyer", ["spam"], "spam_greeting", """
祝老板新年快乐，生意兴隆！顺便说一声，我家做的手工腊肠今年还有几十斤，需要的话说一声
老板中秋快乐🥮！我家是卖大闸蟹的，阳澄湖的，你们员工福利要不要考虑一下
客服新年好呀～给你们拜个年，我们公司年后有个招商会，有兴趣的话可以来参加
早上好🌞 今天也是元气满满的一天！分享个好东西，我在用的一个记账APP能返利，一起用啊
各位老板端午节快乐！我们厂里做粽子礼盒的，企业定制有优惠，欢迎咨询
""")
B("buyer", ["spam"], "spam_traditional", """
老闆你好，我這邊有在做保健食品的代理，你們要不要一起做，利潤很好
客服小姐，你有沒有興趣投資？我們有個基金每個月都配息，比存銀行好多了
你好，可以幫我按個讚嗎？我兒子在參加一個比賽，每天都可以投一次
老闆新年快樂！順便說一下，我家做鳳梨酥的，公司送禮可以找我
""")
B("buyer", ["spam"], "spam_english", """
Hi, nice shop! I run a marketing agency, we can get your store 10k followers in a week, interested?
hello, before I order — do you need a loan for your business? I work with a lender, low rates
Hey, can you help me with a quick vote? My daughter is in a drawing contest, just one tap 🙏
hi seller, I'm a health coach selling amazing detox tea, we're looking for partners, very profitable
Merry Xmas boss! btw my brother sells premium cigars, want some for your clients?
Dear, do you invest? my crypto mentor is amazing, 30% a month, I can introduce you
""")

# ---------------- SPAM, more: mixed topics, combos, templates ----------------
B("agent", ["spam"], "spam_smalltalk_pivot", """
亲 天气变冷了注意保暖哦～对了，冬天是进补的好时候，我妈在卖一种阿胶糕，自己熬的，要的话我给您留
哈哈亲您说话真逗😄 看得出来您是个爽快人，我这有个赚钱的小路子，想不想听
亲，您那边下雨了吗？我们这边下了一周。闲着没事我在学做理财，跟着一个群里的老师，收益还挺可观
亲 您也是湖南的呀？老乡啊！我们老乡有个互助会，每个月存一点，年底分红，要不要加入
亲 孩子上几年级了？我们这边有个网课机构在招代理，宝妈做的特别多，时间自由
亲，您这个收货地址在大学城吧？学生最近找兼职的多吗，我这边有个岗位招人
亲 聊了这么久感觉您人挺好的，跟您透个底，我其实还在做保险，重疾险现在有活动
亲 您老家是哪的？我家在福建，家里有茶山，每年春茶下来都卖给老顾客，今年的金骏眉特别好
亲，您家有老人的话，我们社区在搞免费体检，测完了会推荐一个保健品，效果挺好我爸在吃
亲 您是做会计的呀？那您应该对税务挺懂的，我们这有个财税培训课，考完证能接私活
亲 周末愉快呀～周末有没有安排？我最近在跑一个副业，一个周末能赚一千多，有兴趣跟我说
亲，不好意思回复晚了，刚刚在看盘😂 今天我们群里推的那只又涨停了
亲您平时开车吗？我老公在做二手车的，收车卖车都行，价格比车商实在
亲，这个发夹是送您女儿的吧？我们这边有个少儿模特比赛在报名，我帮您报一个？
亲，您买的是钓鱼竿呀，我表哥承包了个鱼塘，周末可以去钓，一天一百不限量
亲，看您经常买猫粮，我朋友开了个宠物医院，绝育打疫苗都便宜，报我名字打折
""")
B("buyer", ["spam"], "spam_smalltalk_pivot", """
客服你好，你们是哪里人呀？我是四川的。对了我老家有个养生馆在招合伙人，你感兴趣吗
你好呀，聊了这么多问一下你平时压力大吗？我这有个减压课程，免费试听三节
美女你说话好温柔，声音应该也很好听吧，我们公司在招线上主播，要不要试试
你们客服几点下班？下班后有兴趣挣点外快吗，我们团队缺人
亲你们那边是杭州吧？杭州房价涨了没，我有朋友在卖楼盘，内部价的，你要不要看看
东西不错，下次还来。我顺便说一下，我是做保险的，给家里人买份意外险吧，一年才一百多
话说你们客服都是年轻人吧，有没有打算考个证？我这有个培训班，包过的
你好～我是新来的顾客，也是个创业者，在做一个社区团购的项目，欢迎你们店也来入驻
老板，你们店里有没有需要买车的？我是4S店销售，现在提车有大优惠
小姐姐，你皮肤好吗？我在卖一款美容仪，我自己用了三个月，好多人问我是不是去打针了
""")
B("agent", ["spam", "link"], "spam_with_link", """
亲 有空帮我点一下这个 ，砍一刀就行，谢谢🙏 t点cn/A6kW3x
亲，这个兼职我自己在做，报名地址在这 jianzhi365 点 top 注册就能接单
亲 新人注册送88，网址 q p 8 8 8 . v i p 手机打开就能玩
亲，股票直播课今晚八点开讲，进直播间的地址：live.niugu88.cn/room/902
亲 我朋友的水果店上线了，直接搜网址 guoyuan 点 shop 下单就行
亲，贷款申请就这一个页面，填身份证和手机号，额度秒出：dk.kuaijie365.com
""")
B("buyer", ["spam", "link"], "spam_with_link", """
客服帮我砍一刀呗 复制这段话¥Xk8p2mQ7¥打开那个拼团的app就行
帮我助力一下 https://dwz.cn/zL0q3 点进去按一下按钮就好，谢谢亲
在吗 我们公司招兼职，报名表在这 wenjuan 点 com /s/7fQ2aa 填一下就行
老板，看看我们的代运营案例 yunying 点 cc ，做过上百家店
""")
T("agent", ["spam", "link"], "spam_with_link", "亲，帮我点一下呗，差一刀就能免费拿了 {u}", 4, u=short)
T("buyer", ["spam", "link"], "spam_with_link", "客服小姐姐帮我砍一刀吧，{u}，点开按一下就行，谢谢啦", 4, u=short)
T("agent", ["spam"], "spam_greeting", "{g}快乐呀亲～感谢您一直支持小店！另外我朋友家的{p}今年出得特别好，需要的话跟我说一声，我帮您要个实惠价", 3,
  g=["新年", "中秋节", "元宵节", "国庆节", "端午节", "七夕", "圣诞节"], p=["脐橙", "大米", "土蜂蜜", "腊肉", "普洱茶", "核桃", "红枣", "苹果"])
T("agent", ["spam"], "spam_job", "亲，您在{w}工作吗？下班后要不要做点{j}的兼职，日结，{m}一天没问题", 3,
  w=["医院", "学校", "工厂", "银行", "超市"], j=["打字", "录入", "听写", "手工", "抄写"], m=["一百", "两百", "一百五", "两三百"])
T("buyer", ["spam"], "spam_invest", "客服你好，{x}，另外跟你说，我们有个{g}，老师每天免费指导，跟着做一个月收益{r}，想进的话告诉我", 4,
  x=["东西收到了", "问下什么时候发货", "颜色和图片一样", "我刚下单了"], g=["股票交流圈", "黄金投资圈", "炒币小组", "基金学习营"], r=["百分之三十", "翻一倍", "两三万", "二十个点"])
B("agent", ["spam"], "spam_mass_broadcast", """
【温馨提示】尊敬的顾客，感谢您的信任！本客服额外承接各类小额信贷咨询，需要的朋友直接回复"1"
各位亲爱的老顾客：客服小雅副业开了个代购小铺，日韩化妆品全部低于专柜价，想要什么直接私我报名字
亲爱的顾客晚上好，打扰一分钟：我们客服组有个朋友在做足彩分析，每晚推送三场，回复"球"了解
致各位买家：本人兼职办理各类资格证，学历、职称、驾照培训均可咨询，包过
亲，打扰一下哈～我家在老家开了个民宿，暑假来玩的朋友提我名字送早餐，地方在大理古城边上
亲爱的顾客，祝您周末愉快！诚邀您参加免费的健康讲座，现场送礼品，讲座结束有特价产品
""")
B("buyer", ["spam"], "spam_mass_broadcast", """
各位商家朋友好，本人长期收购闲置手机、电脑、金银首饰，价格公道，需要的回复我
大家好呀，我们小区团购在招团长，零成本，卖货拿提成，宝妈优先
你好，打扰一下，我们律所提供免费法律咨询，讨债、离婚、劳动仲裁都可以找我们
商家你好，本人专业代写论文、做PPT，价格美丽，质量保证，有需要可以问我
""")

B("buyer", ["spam"], "spam_smalltalk_pivot", """
你好客服，想问下这个包包有没有黑色的？另外冒昧问一句，你们老板对加盟奶茶店感兴趣吗，我们品牌在全国招商
这个杯子好可爱～对了亲，我们公司在做一个积分兑换活动，下载注册就送十块钱，拉人还有奖励
在吗在吗，我刚刚退货了你们处理下哈。话说你们客服要不要买份百万医疗，我是做这个的，可以便宜点
你们家发货真快，点赞👍 我也是开店的，做的是土特产，哪天你们想进点年货可以找我
我是你们家老顾客了，今天来不是买东西哈哈，我开了个美甲工作室，你们同事要做指甲可以打八折
小姐姐打扰了，我们驾校最近报名有优惠，学费比别家便宜一千，你身边有要学车的吗
你好，我想退一下这件衣服。还有我这边在招聘电话销售，底薪四千，你要是想换工作可以考虑
客服，我想咨询个事：你们老板需不需要办公室？我手上有几套写字楼出租，月租很划算
你们的快递是哪家的？我是做快递加盟的，网点刚开，价格可以给你们最低
老板你们这个店开多久了？我是做装修设计的，要是你们开实体店可以找我，免费出图
美女，问下你们那边有没有人想学化妆，我们培训学校三个月包就业
客服你好，最近有没有看房的打算？我在卖一个学区房，首付二十万就能上车
""")
B("buyer", ["spam"], "spam_mlm", """
你好，这个减肥茶你们卖得好吗？我们这款代餐更好，零加盟费，拿货三折，要不要一起做
在吗 客服小姐姐你是不是经常熬夜？我们家有个抗衰老的口服液，自用省钱，推荐赚钱
老板你们卖护肤品的话，我这有个日本的品牌在招一级代理，门槛低，回本快
你好 我是做艾灸的，我们有个艾灸养生馆加盟项目，不用懂技术，总部全包
你们家的保温杯很好，但喝水光用保温杯不够，我们团队的活性水机能调理身体，要不要听个分享会
""")
B("buyer", ["spam"], "spam_gamble", """
在吗，问你个事，你们客服晚上无聊不？我有个捕鱼游戏，充值返利百分之五十，能提现
老板你看世界杯不？我在一个平台上玩竞猜，稳赚，你也可以来玩两把
客服你好，我们棋牌室新开了个线上版，你来玩我给你送分，不会也没事我教你
你好呀，我最近玩一个能赚钱的小游戏，种树就能换钱，我邀请你你也能拿奖励
""")
B("buyer", ["spam"], "spam_lottery", """
客服你好，你相不相信运气？我有个朋友会算彩票号码，跟他买了三期中了两期
你好，这周双色球我有内部号码，便宜卖你一组，中了分我一点就行
老板，我们有个彩票合买团，每期凑一千块买复式，中奖按份额分，你也来一份？
""")
B("buyer", ["spam", "contact"], "spam_follow_handle", """
你好 我是做探店的博主，抖音号xiaomi_tandian，你们关注一下我，我也帮你们宣传
客服麻烦关注下我的公众号"小城吃货指南"，每天分享美食攻略，谢谢啦
小姐姐我在小红书写开箱测评，号是"开箱狂魔阿K"，粉丝不多，关注一下呗
老板，我快手上有十万粉，叫"大刘聊家电"，你们可以关注我，有合作可以谈
""")
B("agent", ["spam", "contact"], "spam_follow_handle", """
亲 我下班后在直播唱歌，快手搜"糖糖爱唱歌"，来给我捧个场呀
亲，我自己还有个卖二手书的公众号叫"旧书漫游"，有兴趣关注下
""")
B("buyer", ["spam"], "spam_othershop", """
客服，你们家这个咖啡豆一般，我表哥开的咖啡馆自己烘的豆子超香，你们要不要进一点试试
在吗老板？我们厂做环保购物袋的，你们家发货可以用我们的袋子，价格很低
你好，请问你们需要买打包用的气泡膜吗？我家工厂直销，量大从优
你好 我在卖茶叶，正宗武夷山大红袍，看你们卖茶具，要不要一起合作搭配卖
""")
B("buyer", ["spam"], "spam_traditional", """
老闆你好，請問你們需要代操作店鋪嗎？我們團隊保證三個月業績翻倍
你好，我在做一個直銷的保健品牌，不是詐騙喔，自用又能賺錢，要不要了解一下
客服小姐，要不要來玩一個遊戲，打怪就能換現金，我每天都有賺
""")
B("buyer", ["spam"], "spam_english", """
hi, quick question before I buy: does your store need product photography? I do it cheap, check my work anytime
Hello seller, we sell packaging materials wholesale, bubble wrap and boxes, factory price, interested?
Hey, there's this new mobile game, you get $5 just for signing up, want the invite?
Hi! are you interested in working from home? data entry, flexible hours, up to $300 a week
Happy new year boss! my aunt sells homemade dumplings, frozen delivery, if your team wants some let me know
""")
B("agent", ["spam"], "spam_english", """
Hi dear, thanks for shopping! Quick question, would you like to earn extra money by writing reviews for other shops? paid per review
dear customer, your order is packed 📦 btw my sister runs a beauty salon near you, first visit 50% off if you mention me
Hello! Did you know I also do forex trading coaching? free first lesson, lots of my customers joined
亲, happy weekend! my friend's travel agency has a Thailand tour, super cheap this month, want details?
""")
B("agent", ["spam"], "spam_traditional", """
親，包裹已經寄出囉～順便跟您說，我阿姨家的芒果今年大豐收，要不要幫您訂一箱
親 最近有個線上打工，在家幫忙回覆訊息就能領錢，我自己在做，很輕鬆
親愛的顧客新年快樂！我朋友在做保險，現在投保送禮券，需要的話我幫您問
""")

# ---------------- LINK violations ----------------
def spaced(s): return " ".join(s)
def dian(s): return s.replace(".", random.choice(["点", " 点 ", "点"]))
def dotw(s): return s.replace(".", random.choice([" dot ", "(dot)", "[.]", " . "]))
def juhao(s): return s.replace(".", "。")
def tok(): return random.choice(["¥", "￥", "€", "₴", "$"]) , rc(11)
def token():
    a, c = tok(); return "%s%s%s" % (a, c, a)
def pan(): return "pan.baidu.com/s/1%s" % rc(22)
def pcode(): return rc(4, string.ascii_lowercase + string.digits)
def path(): return "/" + random.choice(["s", "p", "item", "a", "g", "d", "m"]) + "/" + rc(random.randint(4, 8))
def url(): return dom() + path()

B("agent", ["link"], "url_spaced", """
亲，实拍视频我传到我们自己站上了 w w w . m e i y i 8 8 . c o m 打开就能看
亲 更多款式看这里 x i a o l u j i a j u . c n 首页就是
亲，尺码表在 y i y i s h o p . t o p / s i z e 这个页面，比图片清楚
亲 您复制的时候把空格删了就行：h t t p s : / / q i n g c h a . v i p / n e w
亲 这款的安装视频 m u m u h o m e . n e t / v i d e o 去掉空格打开
""")
B("agent", ["link"], "url_dian", """
亲 你用浏览器打开 haohuo88点com 里面有更多颜色
亲，实拍图太多发不了，您看 lanshan 点 cn 斜杠 photo 就行
亲 领券的页面是 quan365 点 vip，进去输入手机号就能领
亲，说明书电子版在 tangguo点shop/help 上面，可以下载
亲 这个颜色我们官网有，jiajia 点 com 点 cn，价格一样的
亲，会员积分去 xinyue点club 查，积分能当钱花
亲 教程我写在 mimi点top斜杠jc 这个地址了，跟着做就行
亲你把"点"换成小数点就能打开：huahua点xyz/tuku
""")
B("agent", ["link"], "url_dot_word", """
亲 详情看 baobei dot shop slash 2024 新款都在
亲，视频版本在 kuaile dot cc 上面
亲 您在浏览器输入 shiguang (dot) com 就能看到我们的全部系列
亲，色卡在 yunduo[.]vip/seka 这个里面，比聊天里的清楚
亲 官方页面：dongfang dot com dot cn /zhengpin 可以查真伪
""")
B("agent", ["link"], "url_juhao", """
亲 打开 fenfang88。com 就能看到实拍
亲，这个页面能查到您买的是不是正品：zhenpin365。cn
亲 复制这个到浏览器 leshop。vip/m/quan 领完券再拍
亲 更详细的参数在 qingcha。com。cn 里面
""")
B("agent", ["link"], "url_fullwidth", """
亲，活动页面：ｗｗｗ．ｘｉａｏｌｕ６６．ｃｏｍ 直接打开
亲 尺码对照请看 ｍｅｉｙｉ．ｔｏｐ／ｓｉｚｅ
亲，搭配推荐在 ｈａｏｈｕｏ．ｓｈｏｐ 上，您去逛逛
亲 视频教程：ｔａｎｇｇｕｏ．ｃｎ／ｖ／１２
""")
B("agent", ["link"], "url_split_words", """
亲，网址分两段发您，前半段是 lanshan365
后半段是 .top/xinpin 拼起来就是我们的新品页
亲 开头是www 中间是我们店名拼音xiaoluhome 结尾点com，打开就能看到
亲，您在浏览器输入我们店名的拼音加点cn，就是我们的官网
亲 地址就是 qingcha 后面加上 vip 中间一个点，页面里有更多款
亲 链接是mumu+shop+点+com，加号不要哈
""")
B("agent", ["link"], "url_no_scheme", """
亲 您看下这个 m.haohuo88.cn/p/2231 跟您要的是不是一样
亲，视频在这 v.meiyi365.com/s/k2 打开就行
亲 领券页 quan.leshop.vip 手机浏览器打开
亲 补差价的页面 pay.tangguo.shop/b/88 您看一下
亲，参数表在 doc.xinyue.cn/spec 这里
亲 新款预售在 pre.jiajia.top 这里，比店里早一周
""")
B("agent", ["link"], "url_ip", """
亲 我们内部选款系统的地址 http://47.96.113.28:8080 打开就是
亲，实拍图在我们服务器上，浏览器输入 39.108.22.71/pic 就能看
亲 订单查询可以去 120.77.53.9:8888/query 输入手机号
亲，定制下单的页面：101.37.210.44/dingzhi，填完尺寸直接提交
""")
B("agent", ["link"], "short_link", """
亲，看一下这个 t.cn/A6pX2k 是我们的新品视频
亲 戳这个领五元券 dwz.cn/q8Lm2
亲 实拍合集：url.cn/5Ke9Zp
亲，搭配图在这 suo.im/6bN1rT 手机能直接打开
亲 活动详情 c1n.cn/Xy7Qa 今晚十二点截止
亲 点这个 tinyurl.com/mm2x9k 看安装视频
""")
B("agent", ["link"], "qr_to_link", """
亲，我发您的这张图，长按识别里面的二维码就能进我们的活动页
亲 您把二维码截图，用浏览器扫一扫，会打开一个页面，那里下单有优惠
亲，图片右下角那个码，用手机相机扫一下就能看到全部款式
亲 包裹里有张卡片，卡片背面的码扫了就能进我们的会员页面领福利
亲 把这张海报保存到相册，然后用扫一扫从相册选，就能打开链接
亲，吊牌上的二维码扫一下，会跳到我们自己的网站，那边能登记延保
""")
B("agent", ["link"], "search_in_browser", """
亲，您在浏览器里搜"小鹿家居官网"，第一个就是我们，上面有全部系列
亲 百度搜一下"青柠美妆正品查询"，点进去输入防伪码就行
亲，用手机浏览器搜我们品牌名加"官方商城"，那边的款比这里全
亲 搜索引擎里输入"老陈茶庄 新茶预定"，能找到预定页面
亲 您去浏览器搜"橘猫数码 驱动下载"，下载第一个页面的文件就行
""")
B("agent", ["link"], "app_download", """
亲，您去应用商店搜"美衣搭配"下载一下，注册填我的邀请码，能领二十块
亲 我们自己有个App，叫"小鹿优选"，下载注册后同款便宜十块
亲，这个活动要下载我们的App才能参加，手机应用市场搜"禾木母婴"就有
亲 您下一个"积分乐园"，注册后输入订单号就能领积分换礼品
亲，物流更新慢的话您下载一个"速查宝"，比这边更新得快
亲 安卓的话去我们官网下载安装包，苹果的在商店搜店名就行
""")
B("agent", ["link"], "mini_program", """
亲，复制这个到微信打开：#小程序://小鹿会员中心/7Hk2pA
亲 您在微信里搜小程序"青柠美妆会员"，进去领新人券
亲，打开微信，在搜索框里输 #小程序://老陈茶庄/茶叶预订 就能直接进
亲 我们的小程序路径是 pages/shop/index?id=8821，您在微信里搜店名就能找到
""")
B("agent", ["link"], "cloud_drive", """
亲，安装教程视频我放网盘了：链接 pan.baidu.com/s/1aZ8kLm2Qx 提取码 7k2d
亲 您买的这套资料太大了，我用夸克网盘发您，分享码 Mh8x，打开夸克搜就行
亲，高清图包在阿里云盘，复制这段「家居实拍合集」https://www.aliyundrive.com/s/ZqK2mN8p 打开
亲 电子书发您百度盘了，提取码是 2580，链接在下面那条
亲，课程视频已经上传到网盘了，链接我写在这里你自己复制：pan点baidu点com/s/1Xk9wQ 码 ab3c
亲 设计源文件太大，用123云盘传给您：www.123pan.com/s/aB9-xYz 提取码 QQ88
""")
B("agent", ["link"], "share_token", """
亲，复制这段话 ¥Yq2kLp8Ma1¥ 打开手机上的购物软件就能看到同款
亲 这是我们直播间的口令 €mK7x2Pq9Lz€ 复制后打开就能进
亲，长按复制 ￥Hq4Wn8Rt2Zp￥ 然后打开那个，会自动弹出来
亲 8👈￥aB3dE5fG7hJ￥ 复制这整段，打开后领券再拍
亲 复制 (xR9bC2wQ5k)/ 打开看看，是我们新上的款
""")
B("buyer", ["link"], "url_buyer", """
你好，你们这款跟这个是不是同一个？ m.youxuan88.com/item/5512
我在网上看到同款 xiaolu 点 shop 斜杠 8821 上面便宜二十，能便宜点吗
客服，我把视频传到网盘了你看一下，pan.baidu.com/s/1pQ9zR2x 提取码 9q2w，东西真的坏了
我的定制图案在这个链接里 https://dwz.cn/Kq82m 你们能做吗
你们看下这个 t.cn/A6bZxQ 是不是你们家的东西，质量怎么这么差
我把设计稿放夸克网盘了，分享码 Tk2x，你们打开下载下
客服，这个教程 w w w . b i l i . c o m / v / 8 8 里面说的配件你们有吗
你好，我想要的是这种颜色，ｗｗｗ．ｈｕａｈｕａ．ｔｏｐ／３３ 你打开看
这个网址 zhuangxiu点com/case/12 里面那种装法你们的柜子能做到吗
你看看 39.108.77.12/img/a.jpg 这张图，我要这个效果
""")
B("buyer", ["link"], "share_token_buyer", """
亲你看这个是不是同款 复制这段话¥Pm3kQ8xLw2¥打开
我朋友发我的 ￥Ha7Lp2Yq9Kw￥ 打开是一模一样的衣服，你们是一个厂的吗
7.21 kGh:/ 复制打开那个刷视频的，看看【穿搭小鱼的作品】 里面那件你们有吗
复制这条信息 €Vz9Lp2Wq4x€ ，打开后就能看到我说的那个款
""")
B("buyer", ["link"], "qr_to_link", """
客服，我把二维码截图发你了，你扫一下就是我要的那个款的页面
你用浏览器扫一下我发的图片里的码，那个才是我想要的尺寸表
你们百度搜"某某牌空气炸锅测评"，第一个链接里说你们这个有质量问题
""")
B("agent", ["link", "platform"], "share_token_other_platform", """
亲，复制 ¥Kz8Lq2Wm5P¥ 打开那个橙色的，我们在那边有个店，同款便宜
亲 这边没货了，你复制这个口令 ￥Bn4Tx7Rk2Q￥ 去另一个平台拍，一样的东西
亲，我们在别的平台开了个折扣店，链接 m 点 tb 点 cn 斜杠 h.Xq2z 复制到那个橙色软件打开
亲 您复制 8.92 Jx:/ 打开那个短视频app，直播间里这款只要59
""")
B("buyer", ["link", "platform"], "share_token_other_platform", """
客服你们另一个店的链接是不是这个 ￥Lm8Yq3Pz2K￥ 我在那边拍行吗
我复制了你们在那个橙色软件上的口令 €Rt5Kn2Vx8L€ ，那边便宜，我去那边下单啦
""")
# templates for link: hand-written frames with random fake addresses
T("agent", ["link"], "url_spaced", "亲 复制到浏览器打开，把空格去掉：{u}", 4, u=lambda: spaced(url()))
T("agent", ["link"], "url_dian", "亲，{w}都在这里，{u} 打开就能看", 5, w=["实拍图", "全部颜色", "细节视频", "买家秀", "尺码说明", "搭配图"], u=lambda: dian(url()))
T("agent", ["link"], "url_dot_word", "亲 用手机浏览器打开 {u} ，{w}", 4, u=lambda: dotw(url()), w=["那边有更多款", "新人有券", "价格更清楚", "有视频讲解"])
T("agent", ["link"], "url_juhao", "亲，您复制一下 {u} ，把句号换成点就能打开", 4, u=lambda: juhao(url()))
T("agent", ["link"], "url_fullwidth", "亲 {w}：{u}", 4, w=["活动页面", "会员登记", "售后登记", "安装教程"], u=lambda: fw(url()))
T("agent", ["link"], "url_no_scheme", "亲 {w}在 {u} 看哈", 5, w=["全部款式", "详细参数", "安装视频", "真人试穿", "面料检测报告"], u=url)
T("agent", ["link"], "url_ip", "亲，内部链接发您：{i}:{p}/{q} ，浏览器打开就行", 4, i=ip, p=["8080", "8888", "9000", "81", "8000"], q=["shop", "photo", "vip", "order", "m"])
T("agent", ["link"], "short_link", "亲 {w}点这里 {u}", 5, w=["新品", "领券", "看视频", "清仓专区", "会员福利", "预售"], u=short)
T("agent", ["link"], "cloud_drive", "亲，{w}放网盘了，{u} 提取码 {c}", 4, w=["教程视频", "高清原图", "说明书PDF", "资料包", "字体文件"], u=pan, c=pcode)
T("agent", ["link"], "share_token", "亲 复制这段 {t} 打开{a}就能看到", 5, t=token, a=["手机购物软件", "那个app", "购物的那个", "软件", "手机"])
T("buyer", ["link"], "url_buyer", "客服你看下这个 {u} ，{w}", 5, u=lambda: random.choice([url, short, lambda: dian(url())])(), w=["跟你们这个一样吗", "我要这种颜色", "能做成这样吗", "别人家的图，你们的有这么好吗", "这里面说的是真的吗"])
T("buyer", ["link"], "cloud_drive_buyer", "你好，{w}我传网盘了 {u} 码 {c} 你们下载一下", 4, w=["照片", "logo原图", "定制文字", "破损视频", "设计稿"], u=pan, c=pcode)
T("buyer", ["link"], "share_token_buyer", "你看这个{w} {t} 复制打开就行", 4, w=["同款", "款式", "颜色", "宝贝", "图"], t=token)

B("agent", ["link"], "url_context", """
亲，您买的是电子版资料，发货方式是网盘，链接：pan.baidu.com/s/1Rk2xZ8mQp 提取码 hy66，请尽快保存
亲 软件激活教程在 jiaocheng 点 xyz 上面，照着一步一步来就行
亲，打印机驱动我们这边发不了文件，您打开 www点qudong88点com 输入型号下载
亲 您下单前先到 dingzhi.mumu.cn 上传照片，做好效果图再拍
亲，刻字内容麻烦到这个表单填一下 wj.qq 点 com/s2/998271，我们按表单做
亲 保修登记在 baoxiu.juzi-sm.com 这个网站，填完序列号就能延保一年
亲，食品溯源码在 suyuan 点 cn 上能查到产地和检测报告
亲 字体授权书的下载地址：font.lanshan.top/license，下载后打印保存
亲，为了更快处理售后，麻烦您到 sh.haohuo.vip 填写一下问题描述和照片
亲 这个课程的视频不在这里播放，您打开 ke.xiaolu365.com 登录手机号就能看
亲，您参加的抽奖活动结果在 choujiang.meiyi.shop 上公布
亲 问卷在这 t.cn/R3k9Qm 填完送您一张无门槛券
亲 我们的V店地址是 vdian 点 com 斜杠 item 斜杠 3318，那边有团购价
亲，图纸太大聊天发不了，我放 wetransfer 上了，打开 we.tl/t-Ka82nQ 下载
亲 具体安装位置可以看这个视频，b23.tv/Xk92Lm 三分钟就懂
亲 您要的电子发票我们是在 fapiao.xinyue.cn 开的，输入订单号自己下载
""")
B("agent", ["link"], "url_hidden_in_talk", """
亲 您好，这款面料是我们自己织的，详细介绍我们写在 mianliao 点 top 了，里面有洗涤方法
亲，小朋友的尺码不好选的话，去 chima.mumu.vip 输入身高体重会自动推荐
亲 其实这个系列还有联名款，店里没上，在 lianming.yiyi.shop 那边能买到
亲，这个香型试香装在我们自己的小站 xiangfen 点 cc 上有卖，一块钱一支
亲 上次那个问题我们写了篇解答，发在 help.tangguo.net/q/18 上，您看一下
亲，咱家的配方详情属于商业资料，放在 peifang.qingcha.vip 需要登录才能看
亲 您说的那款是去年的，老款都挪到 jiukuan 点 lanshan 点 cn 清仓了
""")
B("agent", ["link"], "app_download", """
亲，我们家宠物定位器要配合我们自己的App用，但是现在商店下架了，您到 app.xiaoman.pet 下载安装包
亲 您手机下载个"优选汇"，注册的时候填邀请码 6218，会员价比这里低
亲，我们推荐您下载"衣橱小助手"，把尺码录进去以后买衣服都不用问了，还能领券
亲 去应用宝搜"福利多多"，里面签到可以兑换我们家的产品
亲 安卓手机打开 d.leshop.top 下载安装，苹果打开就跳商店了
""")
B("agent", ["link"], "qr_to_link", """
亲，外包装上的二维码扫出来是我们的官网，以后可以直接在那边买
亲 您收到货以后看一下箱子侧面，有个码，扫了就能进我们的福利页面
亲，给您发了张图，您截图保存，然后打开任意浏览器的扫码功能，扫出来那个地址就是领奖页
亲 说明书最后一页有个二维码，扫一下进我们自建的售后平台，不用在这边排队
亲 海报上那个码不是付款码哈，是我们活动页面，扫了就能看到全部赠品
""")
B("agent", ["link"], "mini_program", """
亲 您打开微信，搜"禾木母婴会员"这个小程序，里面有积分商城
亲，复制 #小程序://北山户外/营地预约/kX92p 到聊天框点一下就能打开
亲 我们做了个在线试色的小程序，微信搜"口红试色间"，里面有全部色号
亲 小程序路径：pages/coupon/get?from=kf ，微信里搜我们店名进去点领券
""")
B("agent", ["link"], "cloud_drive", """
亲 字帖的打印版放在百度云了，链接发你：pan点baidu点com斜杠s斜杠1kLm2Xq9 提取码 zt88
亲，您买的教程有更新，新版在夸克网盘，打开夸克APP粘贴口令「/~a2Ls8k3Vq~/」就能看到
亲 原图包在这：阿里云盘 分享码 9Xq2，搜"店铺原图"也能找到
亲 乐谱PDF我放网盘了，百度网盘搜索框输 1Pz8Lx2 加提取码 m9m9
亲，模型文件下载：链接：https://pan.quark.cn/s/8a2f9c1d 提取码：KJ2s
""")
B("agent", ["link"], "share_token", """
亲 长按复制这条 ￥Q8Zt3Mn2Wk￥ ，打开APP就能自动识别领券
亲，€Rw2Zp8Lk4M€ 这串复制以后打开，就是我们新建的专属页面
亲 把这段复制下来 9.28 Gh:/ 打开看看，是我们的工厂实拍视频
亲 复制整段 「vTk2x9」→ 打开手机里的购物软件，粘贴到搜索框
""")
B("agent", ["link"], "english_link", """
Hi dear, more photos here: shop-meiyi dot com slash new, open in your browser
dear, the size guide is at www . xiaolu home . com (remove spaces), very detailed
Please fill in this form for after-sales: bit.ly/3xQ2kLm , we'll handle it faster there
亲, download our app "StyleBox" from the app store, new users get 20 yuan off
Copy this code ¥Ka82Lm9Qz¥ and open the shopping app to see the item
亲 the tutorial video is on our site: tangguo。shop/video, replace the 。with a dot
""")
B("agent", ["link"], "traditional_link", """
親，更多實拍請看 ｗｗｗ．ｍｅｉｙｉ．ｔｗ ，手機打開就可以
親 您到瀏覽器搜尋「小鹿家居官方網站」，那邊款式比較齊全
親，教學影片放雲端了，連結：drive 點 google 點 com 斜線 abc123
親 這個表單填一下 forms點gle斜線Xk29 我們才能幫您客製
""")
B("buyer", ["link"], "url_buyer", """
客服你看下这款 m 点 haohuo 点 cn 斜杠 7712 ，你们能做一样的吗
我在这上面看到你们家的测评 b23.tv/q9LmK2 ，说有异味，是真的吗
这个是我要的图案 https://t.cn/A6Zk2mPq ，你们打印清楚点
你好，我手机壳要印的照片在这个相册里 photo.yunduo.cc/a/mama2024 你们自己下载
我把发票信息写在在线文档里了 docs.qq 点 com/doc/DZk92LmQ 你们按这个开
你们家这个说明书看不懂，我在 xiaoshuoming.top 上找到一个视频，照着弄还是不行
客服，这个网站 w w w . z h e n j i a c h a . c o m 说你们家是仿的，怎么回事
我朋友说在 47.104.82.16 这个网站上买更便宜，你们能不能跟价
老板看下这个视频 v 点 kuaishou 点 com 斜杠 xK9z2L 里面那个尺寸是多大
我把问题录了个屏，放在 123pan 点 com/s/Zq2-9Lk 你打开看看
""")
B("buyer", ["link"], "qr_buyer", """
我发你的那张图里有个二维码，你扫一下，里面是我要定制的内容
客服你去浏览器搜"儿童座椅碰撞测试 卡曼"，第一个网页里说你家这款没过测试
我截了个小程序码，你用微信扫一下就能看到我说的同款
你下载一下"识货"那个app看看，上面你们家这款鞋标价比你这低
""")
B("buyer", ["link"], "english_link", """
hi, is your item the same as this one? shopnow dot com slash p slash 2231
can you make the print like this: bit.ly/4kQz92 ? thanks
Here's my photo for the custom mug, download it from drive dot google dot com slash file slash 1xYz
the damage video is here: we.tl/t-Zx82kQ , please check
""")
B("buyer", ["link"], "traditional_link", """
客服，你們這款跟 ｓｈｏｐｅｅ．ｔｗ／ｐ／８８２ 這個是一樣的嗎
我把照片放在雲端了 drive點google點com/xyz ，你們下載一下幫我印
你看這個影片 youtu 點 be 斜線 Kx92Lm ，我想要這種效果
""")
T("agent", ["link"], "url_broken", "亲，地址是 {a} 后面接 {b} ，连起来打开", 4, a=DOMWORD, b=lambda: "." + random.choice(TLD) + path())
T("agent", ["link"], "search_in_browser", "亲，您到浏览器搜\"{s}{x}\"，{y}", 5, s=STORE, x=["官网", "官方商城", "会员中心", "正品查询", "新品预定"], y=["第一个就是我们", "那边款式多", "上面活动力度大", "进去输入订单号就行"])
T("agent", ["link"], "app_download", "亲 下载一个\"{a}\"App，注册填邀请码{c}，{y}", 4, a=["优品汇", "美搭", "省钱宝", "积分猫", "会员家"], c=lambda: rd(6), y=["首单立减二十", "同款便宜很多", "能领新人礼包", "积分翻倍"])
T("agent", ["link"], "mini_program", "亲，复制 #小程序://{s}/{c} 到微信打开，{y}", 4, s=STORE, c=lambda: rc(6), y=["领会员价", "里面能预约", "有专属券", "能查积分"])
T("buyer", ["link"], "url_spaced_buyer", "这个网站上的 {u} 跟你们卖的一样吗", 4, u=lambda: spaced(dom()))
T("buyer", ["link"], "short_link_buyer", "你看一下 {u} 这个测评视频，说的是你们家吧", 4, u=lambda: random.choice(["b23.tv/", "v.douyin.com/", "v.kuaishou.com/", "xhslink.com/"]) + rc(7))
T("agent", ["link"], "short_link", "亲，{w} 👉 {u} 👈 {y}", 5, w=["新款上架了", "今天有秒杀", "实拍视频", "教程"], u=short, y=["点开看看", "戳一下", "手机能打开", "复制到浏览器"])
T("agent", ["link"], "url_ip", "亲 {w}：http://{i}/{q}", 4, w=["图片库", "资料下载页", "定制入口", "会员后台"], i=ip, q=["img", "down", "dz", "vip"])

B("buyer", ["link"], "url_buyer2", """
你好，我要的是这个同款 xiuxian 点 shop/p/2208 但是要加长版的
客服你家这个灯跟 d e n g j u 8 8 . c o m 上那个是同一个厂的吧
这个我在 haojia 点 me 看到有人晒单说漏水，你们改进了吗
图片太多发不过来，我传到 imgur dot com slash a slash Kx92 了你去看
我想照着这个做一个蛋糕 cake.tianpin.vip/a/22 ，你们能定制吗
客服我在 zhidemai 点 com 上看到你们这个有券，怎么领
你好 我要印的文字在 paste 点 ubuntu 点 com 斜杠 p 斜杠 Zx2k 里面，别打错字
这个老师的视频 www。ixigua。com/6712 里讲的配件你们店有没有
链接发你 ｔ．ｃｎ／Ａ６ｋ９Ｚｘ 那个颜色我想要
我在浏览器里找的说明 120.24.88.17/shuoming.pdf 跟你们发的不一样啊
你们官网是不是 lanshan-home 点 c n ？我在上面看到同款便宜
""")
B("buyer", ["link"], "cloud_drive_buyer", """
我的婚纱照原片在网盘里，链接 pan.baidu.com/s/1Lq2Zk9xW 码 wedd，你们挑几张做相册
客服，发不了大视频，我放夸克了，分享码 7Kz2，你们看下裂缝多大
客服，开箱视频在阿里云盘，链接 aliyundrive 点 com/s/q9Lk2Mx 你点开就能看
要打印的文件我传到百度云了 1Kq9mZ2x 提取码 print 麻烦下载下
""")
B("buyer", ["link"], "share_token_buyer2", """
你看这个 ¥M8qZ2kLp4x¥ 我复制给你，打开就知道我说的是哪个了
客服，我姐发给我的 9.87 复制打开那个短视频软件 kLz:/ 视频里的包包你们有吗
复制这个 ￥Pz2Kq9Wm3L￥ 打开二手那个app，上面有人卖你们家的东西才一半价，是不是假的
长按复制这段文字 €Lq7Zx2Mk9€ 你打开看一下，我想要一样的
""")
B("buyer", ["link"], "app_download_buyer", """
客服你们下一个"比价狗"看看，里面显示你们这个上个月才九十九
你下载个"什么值得买"app搜一下你们家，有人在上面爆料降价
你去应用商店下个"识图"，拍一下我发的图就能找到同款了
""")
B("agent", ["link"], "url_context2", """
亲，您先看一下这个安装视频再决定买不买 m.anzhuang.mumu.cn/v/3
亲 图片压缩了看不清，原图在 tu 点 yunduo 点 top 斜杠 2024
亲，我们的团购报名在 tuangou 点 leshop 点 cc ，满十人成团
亲 打开 quan.meiyi66.com 输入暗号"老客"能领二十的券
亲，颜色对比图我做好了放在 ys.xiaolu.cn/duibi ，您对照一下屏幕
亲 售后进度查询：47.98.11.206/shouhou 输入手机后四位
亲，这个型号的兼容列表在 jianrong 点 juzi 点 net ，您查下您的车型
亲 我们的"老客回馈日"页面 hk.tangguo.vip 今天开放，进去能抽奖
亲，详细成分表和检测报告 jiance 点 qingning 点 com 上全都有
亲 您说的问题我们在 faq.beishan-outdoor.com 写了解决办法
亲，烘焙配方我们整理了一份，在 peifang 点 tianxin 点 club
亲 复制 h t t p : / / 1 0 1 . 3 7 . 8 8 . 1 2 / g i f t 这个地址，领一份小礼品
""")
B("agent", ["link"], "qr_to_link2", """
亲 给您的包裹里放了个小卡片，扫码进去填个问卷，就能领返现
亲，我给您发的图您别直接扫，先保存到相册，然后用浏览器识别，会打开一个领券网页
亲 那个码扫出来会跳到一个网页，里面有我们的完整目录
亲 截图我发您的海报，在手机浏览器里识别二维码，进去就是我们的工厂直营页
""")
B("agent", ["link"], "search_in_browser2", """
亲，您在搜索引擎里搜"若水香氛 香调测试"，点进去做个测试，就知道适合哪款了
亲 百度上搜"一叶书屋 电子书下载"，我们有个免费资源页
亲 搜一下"小满宠物 体重计算器"那个网页，算算您家狗狗该吃多少
""")
B("agent", ["link"], "english_link2", """
Sorry dear, the chat can't send big files, grab the HD photos at www dot meiyi dot shop slash hd
Please scan the QR code on the gift card, it opens our website with a member discount
亲, check our lookbook at bit(.)ly/LookBook24
For warranty please register on warranty。xiaolu。com, it only takes a minute
""")
B("buyer", ["link"], "english_link2", """
Can you open this? tinyurl dot com slash 2kQz9x , it's the design I want
I uploaded the invoice details to a Google doc: docs . google . com / d / 1Kq , please use that
hey check this vid youtube dot com slash watch?v=Xk92Lm, is it the same model?
""")
T("agent", ["link"], "url_dian2", "亲，这款{w}，具体看 {u}", 4, w=["有三种长度", "出了升级版", "有礼盒装", "有儿童尺码"], u=lambda: dian(url()))
T("buyer", ["link"], "url_dian_buyer", "客服你打开 {u} 看下，{w}", 5, u=lambda: dian(url()), w=["我说的就是这个", "这个跟你们一样吗", "这里便宜好多", "这里写着有质量问题", "我要这个图案"])
T("buyer", ["link"], "fw_buyer", "我要這個款式 {u} 你看一下", 2, u=lambda: fw(dom()))
T("buyer", ["link"], "ip_buyer", "这个页面 {i}/{q} 上说你们家这款是旧版，真的吗", 3, i=ip, q=["news", "pingce", "a.html"])
T("agent", ["link"], "cloud_drive2", "亲，{w}我用{d}发您了，{c}，记得三天内保存", 4, w=["课程视频", "PPT模板", "壁纸原图", "电子版乐谱", "作业答案"], d=["百度网盘", "夸克网盘", "阿里云盘", "123云盘"], c=lambda: "分享码 " + rc(4))
T("agent", ["link"], "app_download2", "亲，我们家有自己的App，{w}，应用市场搜\"{s}\"就能下", 4, w=["下单送积分", "首单立减", "能预约到货提醒", "会员日打八折"], s=STORE)

# ---------------- PLATFORM violations ----------------
B("agent", ["platform"], "plat_nickname", """
亲，这款在某宝那边我们店有活动价，您去那边搜店名拍更划算
亲 tb上我们也有店，名字一样的，那边能用88会员的券
亲，这个链接快下架了，您去狗东搜我们家，那边还在卖
亲 夕夕上我们有个清仓店，同款便宜十几块，您要不去那边看看
亲，我们在小黄鱼上也挂了几件瑕疵品，半价，去那边问我就行
亲 红薯上搜我们店名，笔记里有链接，那边直接下单还送小样
亲，某音上我们家直播每天晚上都有，价格比这里低，去那里拍吧
亲 猫店那边我们有官方旗舰，您要发票的话去那边买方便
亲，dy搜我们店名，橱窗里那款跟这个一样，便宜二十
亲 pdd那边我们有个工厂店，这里是品牌店，同一批货
亲 东子家我们也在卖，那边送货快，第二天就到，您去那边下吧
亲，这款在某东自营买不到，只有我们的店铺有，您在那边搜型号就出来了
亲 咸鱼上有我们的店，名字叫"小鹿家居清仓"，那边的样品便宜一半
亲，wph上我们在做特卖，这个外套才一百出头
亲 得…哦不是，是那个毒上我们也有，要鉴定的话去那边买
亲 桃宝上同名的那家也是我们，那边有满减，建议去那边凑单
""")
B("agent", ["platform"], "plat_described", """
亲，这款在那个橙色的app上我们店卖得便宜，您去那边搜一下
亲 有条鱼的那个app上我们挂了二手的，几乎全新，便宜很多
亲，红色那个砍价拼团的平台上我们也有店，那边拼单价更低
亲 黑底白色音符那个app里，我们每晚直播，直播间价比这里低
亲，那个小狗标志的平台上我们是自营合作，送货更快
亲 种草的那个app上搜我们家，笔记下面挂着购买入口
亲 那只猫的平台上我们开了旗舰店，正品有保障，您去那边拍
亲，那个老铁多的短视频平台上我们也卖，价格一样但是送运费险
亲 刷视频那个里面我们有小店，点主页的商品橱窗就能买
亲 做特卖的那个粉色app上我们这款在打三折，今天最后一天
亲，买菜那个平台上我们也供货，同城第二天就到
亲 批发的那个网站上我们有厂家店，拿货十件起，价格只有一半
""")
B("agent", ["platform"], "plat_other_store", """
亲，这边快没库存了，我们另外一个店还有，不在这个平台上，我告诉您店名您去那边搜
亲 我们还有个老店，开了好多年了，评价多价格也低，您去那边买吧
亲，这个店是新开的，我们起家的地方在另一个平台，那边便宜一点
亲 我们的主店在别的平台，这边只是放了几款，全部款式要去那边看
亲 咱家在另一个平台上有个姐妹店，同一个仓库发货，那边能多送赠品
亲，这里价格是平台定的调不了，去我们另一家店我给您改价
亲 您去我们的大号那边拍吧，这边小号权重低，很多活动报不上
亲，说实话我们在最开始的那个平台上卖得最便宜，那边没有这么多扣点
亲 下次直接去我们老家那边的店买，就是最早开店的那个平台，老顾客有折扣
""")
B("agent", ["platform"], "plat_live_room", """
亲，今晚八点我们在那个短视频平台开直播，这款直播间只要六十九
亲 刷视频那个app里我们每周三有专场，在直播间拍能多送一个
亲，直播间价格更低，不过不是这边的直播，是在某音那边，搜店名进直播间就行
亲 明天在老铁那个平台上直播清仓，比这里便宜一半，记得来
亲，我们主播在那边的直播间天天福袋抽奖，您来那边下单运气好能免单
""")
B("agent", ["platform"], "plat_search_there", """
亲，您去那边搜"小鹿家居工厂店"，第一个就是我们
亲 打开那个橙色的，搜索框里输入我们店名，关注后有新人价
亲，到时候您在另一个平台搜"青柠美妆"四个字，认准蓝色头像
亲 在那个二手平台搜我的昵称"鹿家小铺"就能看到
亲，您在短视频那个搜我们的号，主页有购物车
亲 去那边搜型号JK-2108，出来的第一个店就是我们的，那边有货
""")
B("agent", ["platform"], "plat_cheaper_there", """
亲，实话跟您说，这里平台抽成高，同款去我们别的渠道买能省三十
亲 这个价格是这个平台的，别的地方我们卖的更便宜，您懂的
亲，您要是不着急，可以去我们在别处开的店下单，价格能给您少一些
亲 我们在其他地方有渠道，价格低一截，您要的话我告诉您怎么找
亲，同样的货，我们在另一个平台卖得比这里低，因为那边没有佣金
亲 别在这里拍了，贵，去那边拍我给您备注优先发
""")
B("buyer", ["platform"], "plat_buyer_move", """
老板，你们在橙色那个app上有店吗？我那边有红包，想去那边下单
客服，能不能去某宝那边给我挂个链接，我在那边拍，我有88vip能省点
你们在东子家有没有店？我想在那边买，那边有我的白条额度
这个我在夕夕上也看到你们家了，那边便宜，我去那边拍行不行，你们发一样的货吧
老板你在小黄鱼上挂一个，我从那边买，你这边价格太高了
你们直播间在哪个平台？我想去直播间下单，听说那边价格低
客服，你们是不是还有别的店？不在这个平台的那种，告诉我我去那边买
能不能在你们另外一个平台的店下单？这边我的账号被限制用券了
我在dy上刷到你们，那边便宜二十块，要不你这边改价，不行我就去那边下单了，你们哪个店都一样吧
你们在红薯上有店铺吗？我想在那边用我的优惠券买
老板，我不想在这里下单，你们有其他渠道吗，我可以直接在别的平台拍
我是做代购的，以后都在你们那个批发网站上拿货可以吗，那边是不是便宜
客服你们有没有猫店？我要在那里买，我的积分只能在那边用
那个刷视频的app你们有直播间吗，我想去那边抢，这边没活动
""")
B("buyer", ["platform"], "plat_buyer_move2", """
你们起家的那个平台我知道，我去那边拍吧，这边运费太贵
我在京…就是那个小狗的平台上有plus会员，你们能不能在那边开个链接
客服你们在二手那个平台卖不卖？有瑕疵的也行，我去那边捡漏
我要是在你们那个橙色的店下单，你们能同样送赠品吗
能不能去拼团那个平台我们一起拼，那边拼单价更划算
你们那个老铁平台的直播间叫什么？我去那里买
""")
B("agent", ["platform"], "plat_traditional", """
親，這款在那個蝦子平台我們也有賣，價格比這裡便宜一點，您可以去那邊搜店名
親 我們在橘色那個平台上有賣場，運費比較便宜喔
親，露X那邊我們也有開店，下次可以直接去那邊下單
親 我們在另一個平台有直播，直播間有限時價
""")
B("buyer", ["platform"], "plat_traditional", """
老闆，你們在蝦X有賣場嗎？我想在那邊用免運券買
你們有沒有在別的平台開店？我比較習慣在那邊下單
""")
B("agent", ["platform"], "plat_english", """
dear, we also have a store on the orange app, same item but cheaper, search our shop name there
亲 we sell this on the short video app too, live stream tonight with a lower price
honestly it's cheaper on our other store, not on this platform, want the name?
Hi! Our main shop is on the other platform, this one only has a few items
亲, check our shop on the fish app, we have open-box ones at half price
""")
B("buyer", ["platform"], "plat_english", """
do you have a store on the other app? I have coupons there, I'd rather order there
Can I buy this from your shop on the orange app instead? it's cheaper
Hey, is your live room on the short video app? I want to grab the deal there
""")
T("agent", ["platform"], "plat_nickname_t", "亲，{p}上我们{x}，{y}", 5,
  p=["某宝", "tb", "狗东", "夕夕", "小黄鱼", "红薯", "某音", "猫店", "pdd", "东子家", "某多多", "抖那边"],
  x=["也有店", "开了个折扣店", "有官方店", "挂了清仓链接", "有个同名店"],
  y=["那边便宜点", "您去那边拍吧", "那边活动多", "价格比这里低", "去那边搜店名就行"])
T("agent", ["platform"], "plat_described_t", "亲 {d}上我们也在卖这款，{y}", 5,
  d=["那个橙色的app", "有鱼的那个", "拼团砍价那个", "黑色音符那个", "小狗那个平台", "种草那个app", "那只猫那边", "短视频那个"],
  y=["那边便宜十几块", "去那边下单吧", "搜店名就出来", "那边还送运费险", "那边有新人价"])
T("buyer", ["platform"], "plat_buyer_t", "客服，{p}上你们有店吗？{y}", 5,
  p=["某宝", "狗东", "夕夕", "小黄鱼", "某音", "红薯", "橙色那个app", "有鱼的那个", "那个刷视频的"],
  y=["我想去那边拍", "那边我有券", "我在那边下单你们发一样的吧", "那边便宜我去那边买", "我习惯在那边买"])
T("agent", ["platform"], "plat_store_search", "亲，您去{p}搜\"{s}\"，{y}", 5, p=["那边", "另一个平台", "橙色那个", "短视频那个", "我们的老店那边"], s=STORE, y=["同款便宜", "那边有货", "新人价更低", "关注有券", "认准我们头像"])

B("agent", ["platform"], "plat_situational", """
亲，您问的这个尺码这边断了，别的平台我们店还有两件，您要的话我教您怎么找
亲 退款我给您退了，不过同款您可以去我们另一个店拍，那边还有库存，店名跟这个差一个字
亲，这边下单要等七天，另一个平台我们有现货仓，您去那边今天就能发
亲 您是老顾客了，下次直接去我们起步的那个平台找我，那边能给您更多优惠
亲，这个链接被平台限流了，您去红薯搜我们，笔记里挂着同款
亲 您说的那个赠品这里送不了，橙色那边的店可以，您去那边拍我给您加上
亲，这里不能改价，您去我们另外的小店下单，我在那边能给您改成一百二
亲 这款属于定制款，这个平台不让上架，在另一个平台才有，您要的话去那边拍
亲，我们的会员体系在别的平台，积分只能那边用，建议您以后都去那边买
亲 我们要关这个店了，以后都在有鱼的那个app上卖，您记一下我们的名字
亲，今天这个价是给您的特殊价，这边系统改不了，您去夕夕那边我们店里拍一个
亲 这里发货慢是因为这边的仓离您远，去我们狗东的店下单是就近仓发
亲，平台这边要收手续费，您去我们另一个店买的话我能给您包邮
亲 我们刚在短视频那边开了店，冲销量，同款只要这边的八折，去捧个场呗
""")
B("agent", ["platform"], "plat_hint", """
亲，懂的都懂哈，这个价格在我们另外一个地方能拿到，这里不方便细说
亲 您可以留意一下我们在别的地方的店，价格会惊喜到您
亲，这边有平台规定我不好多说，您换个地方搜我们的名字试试😉
亲 同样的店名，换个app搜，您会发现便宜不少
亲，这边买不了最低价，您到我们常驻的那个地方找我
亲 我就不直说是哪了，就是那个大家都知道的橙色的😂
""")
B("buyer", ["platform"], "plat_buyer_situational", """
老板，这单我先退了，我去那个橙色的平台上你们店拍，那边便宜十块钱，你们那边发货也一样吧
客服，我在那边也关注你们了，能不能我在那边付款，你这边发货
你们在别的平台是不是叫"北山户外工厂店"？我去那边买吧，这边评价太少不放心
能不能帮我在某宝上开个同款链接，我在那边拍，这边我的支付方式用不了
我平时都在有鱼的app上买二手，你们要是有闲置的挂那边我直接拍
我家老人只会用那个拼团的，你们在那边有店吗，我让她去那边下
你们在某音有小店吗？我那边有个满减券还没用，想去那边下单
我在红薯上看到你们的笔记了，直接在那边买可以吗，这里我懒得再注册
客服，这件我在你们直播间看到的，但那个直播是在短视频那个平台，我在这边拍能给直播价吗？不行我就去那边了
那我不在这里拍了，我去你们京字开头那个店拍，那边有京豆能抵
老板，我在那边平台的店也能找到你吧？我以后都去那边跟你买
你们那个老店还开着吗？就是最早在另一个平台那家，我还是习惯去那边
客服，我公司只能在狗东采购，你们能不能在那边上个链接，我在那边下单
我跟你说，我在另一个平台给你们下单，你们改成这边的价格行吗，我那边有积分
""")
B("buyer", ["platform"], "plat_buyer_hint", """
你们在别处有店吧？告诉我名字我去那边买，这里太贵了
这边价格不给力啊，你们别的地方的店便宜吗？我换那边下单
我知道你们在某个红色的平台也卖，我去那边吧
你们家在tb是不是有个一样的店？那边我直接拍，你们认一下是我
老板，我不在这里付钱，你们在别的地方有没有链接，发个店名就行
""")
B("agent", ["platform"], "plat_nickname2", """
亲，东哥那边我们有旗舰店，这款在那边是自营配送，您去那边下单更快
亲 某书上我们有个官方号，下面挂着商品，那边新客有五折
亲，猫超里面也有我们的东西，您在那边凑单满减更划算
亲 我们在多多上也有店，叫"栗子鞋履工厂直营"，那边拼单便宜
亲 ks上面我们每晚直播，老铁们都在那边下单
亲，咸…就是小黄鱼那边我们有员工内购价，您去那边看看
亲 某手那边的店铺刚开，新店福利多，您去那边试试
亲 V店上面我们价格最低，这边只是展示用的
亲，二手平台那边我们有九成新的，便宜一大半
亲 某瓣……不对，是那个红色书本图标的app，上面有我们
""")
B("buyer", ["platform"], "plat_buyer_nickname", """
客服，你们某东有店没有？我想去那边买，有运费券
你们在pdd有没有开店，那边便宜我想去那边下
我在小红…就是红薯上看到你们的，能去那边下单吗
你们在抖上有橱窗吗？我去那边买可以用抖币抵
老板，你们在闲…小黄鱼上有没有号，我去那边收个二手的
客服 淘那边你们的店叫啥 我去那边拍
你们在猫那边有旗舰店吗，我想在那边拍，这边不敢买
""")
B("agent", ["platform"], "plat_english2", """
Dear, the same item is on our other shop on the dog-logo platform with faster delivery, search our name there
亲 we have a live stream on the 老铁 app tonight, prices are way lower, come grab it there
Honestly this platform takes a big cut, our shop on the other app is cheaper
Hey, we're closing this store, please find us on the fish app from now on
""")
B("buyer", ["platform"], "plat_english2", """
Can you list it on TB for me? I'd rather pay there with my coupons
Do you guys have a shop on the app with the fish? I want the second-hand one
I saw your live room on the music-note app, can I order there instead, the price is lower
""")
B("agent", ["platform"], "plat_traditional2", """
親，我們在橘色的那個平台有開賣場，那邊有免運，您可以去那邊下單
親 這邊價格調不了，您去我們另一間店拍，我幫您改價
親，晚上在短影音那個平台有直播，直播價更優惠
""")
B("buyer", ["platform"], "plat_traditional2", """
你們在那個橘色平台有賣場嗎？我想去那邊用我的蝦幣折抵
老闆，我可以在你們另一個平台的店下單嗎？那邊運費比較便宜
""")
T("agent", ["platform"], "plat_cheaper_t", "亲，这款{x}，{y}", 5,
  x=["这边定价高", "这里扣点多", "这里活动少", "这边价格改不了", "这里暂时缺货"],
  y=["去我们另外一个平台的店买能便宜{a}块", "您去那个橙色的搜店名，能省{a}块", "我们在有鱼的那个app上挂了，便宜{a}", "我们起家那个平台上便宜{a}块", "直播间在短视频那边，比这边低{a}块"], a=AMT)
T("buyer", ["platform"], "plat_buyer_t2", "{x}，你们{p}的店{y}", 5,
  x=["老板", "客服", "亲", "在吗", "你好"],
  p=["在那个橙色平台", "在小狗那个平台", "在拼团那边", "在二手那个app", "在短视频那边", "在某宝"],
  y=["叫什么名字？我去那边买", "给我改个价，我在那边拍", "有货吗？我去那边下单", "能不能开个链接我在那边付", "是不是更便宜？我换那边"])

B("agent", ["platform"], "plat_situational2", """
亲 售后这边走流程要好几天，您去我们那边的店里找我，我直接给您补发，不用退
宝，这边是展示店，真正出货的店在另外一个平台，您去那边拍价格是实价
亲，我们老板说了，这边不做低价，低价都在那个拼团的平台上走，您去那边找我们
亲 下回直接去我们"老窝"下单哈，就是那个橙色图标的，名字一样
亲～这个色号这里没上架，只有在我们红薯那个店里才有，您去那边看看
亲 这款这边一直没过审，另一个平台已经上了，您搜"云朵文具手账本"就出来
亲，您要批量采购的话别在这边拍，去我们在批发网站的店，一件起批价格低很多
亲 这边发票只能开普票，专票的话去我们在狗东的企业店下单
亲，您在那个有鱼的二手平台上搜我们店名，有一批展示样品在清，您要不要
亲 这边活动结束了，不过那个短视频平台的店还有，一样的价格延续到周日
亲你在这边拍要排队，在我们另一个平台的店拍当天发，仓库那边优先发那边的单
亲，您这个地址这边的快递不到，去我们东子那边的店下单可以送货上门
亲 想要这个价只能去我们刷视频那边的橱窗，这里的价格我没权限
亲，我们在多个平台都有店，就属这里最贵，您去别的地方搜我们名字都比这里便宜
""")
B("agent", ["platform"], "plat_dialect", """
亲，莫在这里拍咯，去那个橙色的拍，便宜好多嘞
亲 侬去那个有鱼的app上寻阿拉，伊面便宜交关
亲，喺另一个平台我哋间铺平啲，你去嗰边落单啦
亲 额跟你说，那个小狗的平台上俺们也有店，那边快得很
亲，这里贵得很，你去拼团那个头搜我们店名，一样的货
""")
B("agent", ["platform"], "plat_emoji", """
亲🍊那个app上我们店同款便宜 去那边搜店名😘
亲 🐟那个上面我们挂了好几件 全新的 便宜一半👍
亲，🐶那边我们也有店，当天达，您去那边拍更快哦
亲 🎵那边今晚直播 直播间这款69 👉搜我们店名就能进
亲 📕那个app笔记里挂着我们的链接 那边新人有券
亲 🐱那边旗舰店有满减 您去那边凑单更划算～
""")
B("buyer", ["platform"], "plat_buyer_situational2", """
老板，我在这边下单总是付款失败，要不我去你们另外一个平台的店买吧，店名发我
客服，我这边账号被风控了下不了单，你们在橙色那个有没有店，我换那边
你们在别的平台卖得比这边便宜吧？我看过，那我直接在那边拍可以不
老板你听我说，我在拼团那边下单，你按这边的款发给我，可以吗
我老公只有某东的账号，你们在那边有店吗，他在那边下单
你们的直播我在刷视频那个上看到的，我就在那边直播间买吧，这边我先不拍了
客服，我想换到你们另一个平台的店下单，这样能开专票，可以吗
我是在二手那个平台上看到有人转卖你们家的，要不你们直接在那边挂一个给我
我去你们那个粉色的特卖平台买吧，那边这个牌子是打折的
这个太贵了，你们在有鱼的那个上卖不卖？旧一点没关系
我有个问题啊，你们在别的平台有店的话我去那边下单，你能给我按这边的活动价吗
""")
B("buyer", ["platform"], "plat_buyer_dialect", """
老板，你们在那个橙色的有莫得店嘛，我在那边拍噻
你们喺另一个平台有冇铺头啊？我想喺嗰边买
俺想去那个拼团的上面买，你们那边有店不
客服，侬拉在有鱼的app上有伐，我去那边买
""")
B("buyer", ["platform"], "plat_buyer_emoji", """
你们🍊那边有店吗 我去那边拍🙏
🐟上面有没有你们的号呀 想收个二手的
你们在🐶那个平台有店不 我有京豆想用😂
🎵直播间在哪 我要去那边抢
""")
B("agent", ["platform"], "plat_other_store2", """
亲，我们这家店主要做批发，零售的话您去我们另一个平台的零售店，那边一件也包邮
亲 我们工厂自己的店在别的平台，这里是代理商开的，去工厂店买便宜一截
亲，这个系列我们放到姐妹店去卖了，姐妹店不在这个平台，我把店名告诉您
亲 我们分店在另外一个app上，那边是我同事负责，您报我名字有优惠
亲，这款您去我们"二店"买吧，就是另外那个平台上的，价格少二十
""")
T("agent", ["platform"], "plat_emoji_t", "亲 {e}那个上我们也有店，{y}", 4, e=["🍊", "🐟", "🐶", "🎵", "📕", "🐱"], y=["同款便宜", "去那边拍吧", "那边有新人券", "搜店名就有", "那边包邮"])
T("buyer", ["platform"], "plat_buyer_move_t", "{x}我不在这里拍了，{y}", 5, x=["算了", "那", "老板", "这样吧", "嗯嗯"],
  y=["我去你们橙色那个店买", "你们在有鱼那个app上挂一个给我", "去你们短视频那边的店拍", "你告诉我别的平台的店名我去那边下", "去你们另外一个平台拍，那边便宜", "我在狗东那边找你们"])

B("agent", ["platform"], "plat_long", """
亲，跟您说句实在话，我们在这个平台刚起步，很多款都没上全，老顾客基本都在我们另外那个平台的店里买，那边款多价低，您有空去那边逛逛
亲，这件您穿M码刚好。另外提醒一下，我们周五在短视频那边有粉丝专场，同款直接打七折，想要可以等那天去直播间拍
亲您好，您问的那款羊绒围巾这边已经下架了，因为这边的费用太高，我们现在都放在那个橙色图标的平台卖，您搜"安澜家纺"能找到
亲 您家宝宝这个年龄段建议选二段奶粉哈，另外我们在拼团那个平台有整箱装，算下来一罐便宜二十多，您要是囤货的话去那边划算
亲，快递已经帮您催了。顺便说一下，下次您买我们家的东西可以去那个有小狗的平台，那边我们是入仓的，一般隔天就能到
亲，这个茶今年的新茶还没到这边，我们先在起家的那个平台上架了，那边老客户多，您着急喝的话可以去那边拍
亲，实不相瞒，这个价格在这边我们是亏本卖的，您要是多买几件，去我们另一家店下单，我能给您算批发价
亲，您的问题我理解。这样，您这单先别拍了，去我们那边的店里拍，我那边后台权限大，能直接给您减五十
""")
B("buyer", ["platform"], "plat_buyer_long", """
客服你好，我是你们家老顾客了，之前一直在你们另外一个平台的店买的，那边最近好像搜不到了，你们还在那边卖吗？我还是想在那边下单，积分都在那
老板，我看了下你们这边的价格比我之前在那个拼团平台上买的贵了二十，要不你在那边重新挂一下，我去那边拍，反正都是你们发货
你好，我妈让我帮她买这个按摩仪，她说在刷视频那个软件上看到你们家直播了，价格低，那我还是去直播间给她拍吧，你们直播是每天几点
客服，我们公司采购要走某东的企业账户，你们如果在那边有店就最好了，我让采购在那边下单，这边走不了报销
客服，你这边改不了价我理解，那你们在橙色那个平台的店能改吗？能改的话我去那边拍，省得你为难
""")
B("agent", ["link", "platform"], "link_plat_combo", """
亲 复制 ￥aP9Lk2Zq8M￥ 打开那个橙色的，就是我们那边的店，同款便宜
亲，我们在短视频那边的店口令是 8.63 Kx:/ 复制打开就能进小店
亲，m 点 tb 点 cn 斜杠 Zk92 这个是我们另一个店的链接，复制到浏览器会自动跳过去
亲 那边的店铺二维码我发图给您，您用那个橙色的扫一扫就进来了
亲，您复制 #小程序://安澜家纺商城/9Kx2 到微信打开，我们小程序里直接下单比这里便宜
亲 我们自己的商城网站 lanshan 点 shop ，以后直接在那边买，不用走平台
亲，我们官网 xiaolu 点 com 上下单可以直接打八折，平台这边做不到
亲，下载我们自己的App"鹿家优选"，以后在App里下单，价格比这里低一截
亲 以后就别在平台拍了，到 shop.meiyi66.com 注册个账号，直接在上面买
""")
B("buyer", ["link", "platform"], "link_plat_combo", """
客服，你们在二手那个平台的链接是不是这个 €Kq2Lz8Mx3P€ ，我在那边拍好了
你好，我在你们官网 haohuo88 点 com 上下单是不是更便宜？我去那边买了啊
你们的小程序商城在哪搜？我以后在小程序里买，发我个路径
""")
B("agent", ["platform"], "plat_after_chat", """
亲 您刚才问的那款，这边要补邮费，去我们那边的店就是包邮的
亲，谢谢您的好评～下次来记得去我们在另一个平台的主店，那边老客有专属价
亲，这个礼盒我们只在某宝那边做，这里没上，您去那边找一下
亲 这款订做的话这边下不了单，平台不让改规格，您去我们另一个店那边，可以自由备注
亲，快递我帮您换成顺丰了。下次要是急用，直接去我们在小狗那个平台的店，次日达
亲 这里评价系统有问题我们一直没办法回复，您要追加问题的话，我们在那边的店回复得快，去那边找我们
""")
B("buyer", ["platform"], "plat_buyer_short", """
你们别的平台有店吗 我去那边
那我去橙色那边找你们
去另一个店拍行不
你们在🍊有没有
我去你们老店拍吧
那边有店的话我去那边买算了
你们dy上是哪个号我去直播间拍
有鱼那个上有你们吗
""")
B("agent", ["platform"], "plat_short", """
亲 去那边拍吧 便宜
亲，橙色那个见🍊
去老店拍 那边有货
亲 短视频那边直播间便宜哦
同款去我们另一个平台搜
亲 我们在那边也有 您懂的
""")
T("agent", ["platform"], "plat_long_t", "亲，{a}。{b}", 5,
  a=["这款面料是纯棉的，不起球", "快递已经发了，明天能到", "这个尺码偏大半码", "您的售后已经处理好了", "赠品已经给您备注上了", "这款是今年的新款"],
  b=["另外，我们在那个橙色的平台上也有店，以后去那边买更便宜", "顺便说下，下次可以去我们刷视频那边的直播间拍，价格低", "以后买我们家的东西可以去有小狗的那个平台，送得快还便宜", "对了，我们在另外一个平台的老店有会员价，下次去那边", "下次您直接在拼团那个平台搜我们店名，价格能少一些"])
T("buyer", ["platform"], "plat_buyer_long_t", "{a}，{b}", 5,
  a=["客服你好", "老板在吗", "你好亲", "嗨", "打扰了"],
  b=["你们在别的平台有店吗？我那边有券想去那边下", "我在橙色那边关注了你们，可以去那边拍吗", "我想去你们短视频那边的直播间买，那边几点开播", "你们在有小狗的那个平台开店了没，我去那边买", "能不能去你们二手平台的号上给我挂个便宜的"])

B("agent", ["spam"], "spam_casual", """
亲，您这个名字好好听～对了，最近有个线上副业特别火，就是帮人剪辑视频，我教您，学会了接单一单两百
亲 收到货啦？给您说个好消息，我们这边有个"宝妈互助圈"，每天分享赚钱的小门道，不收费，进来看看
亲，我看您买了考研的书，我有个学姐在做考研押题，准得离谱，一套资料才九十九，需要的话我帮您问
亲 您买的是婴儿车呀，恭喜恭喜！我姐开月子中心的，要是还没订可以考虑一下，报我名字有优惠
亲 冒昧问一句，您家里有没有闲置的黄金首饰？现在金价高，我有朋友专门回收，价格比金店高
亲，您是做餐饮的吗？看您买了好多一次性餐盒。我朋友公司做外卖代运营的，单量翻倍不是问题
亲 我发现您每次都是半夜下单，是不是睡不好？我在吃一个助眠的保健品，特别管用，可以给您拿一盒试试
亲 东西用得还习惯吧？我们客服私下组了个健身打卡群，每天打卡可以领奖金，押金只要两百
亲 您是在读研究生吗？我们有个论文润色降重的服务，很多同学都在用，价格好商量
亲，最近流感多，我们老板认识个中医，开的调理方子效果很好，寄药上门，您家人需要吗
亲 您这单包邮了哈～另外我在学一个网络课程，教人做自媒体变现，推荐一个人进来我们都能拿返现
亲 话说您玩不玩那个养宠物赚钱的小游戏？宠物长大了能卖钱，我玩了一个月提了八百
""")
B("buyer", ["spam"], "spam_casual", """
你们店装修得真好看，谁做的？我也做店铺装修，有兴趣的话我给你们报个价，肯定比现在便宜
客服小姐姐声音一定很好听吧😄 我们在招有声书主播，在家录音就行，按小时算钱，你考虑吗
东西挺好的给五星了。跟你说个事，我在一个平台上挂机，手机放那不动每天就有收益，你想试试吗
老板，你们店一天多少单？我有个办法让你们单量翻倍，我在做一个新的引流系统
客服你几点下班呀？下班之后要是无聊，我们有个线上读书会，读一本书能领奖励，就是要先交个会员费
这个锅我用着挺好。哎对了你们老板喜欢喝酒不？我家是酒厂的，酱香型，五十三度的，内部价给你们
你好，你们有没有意向给员工买团体保险？我是做这个的，人多能打折
你们老板是不是有车？我们这边洗车办卡打五折，十次才两百
我跟你说哦，我最近在做一个社区团购，卖水果蔬菜的，你们那边要是在杭州我可以给你们送
""")
B("agent", ["spam"], "spam_lottery2", """
亲，您信运气吗？今天是您的幸运日，我这有个刮刮乐小游戏，两块钱一次，刮中了能换现金
亲，我们几个同事凑钱买了个"幸运号码"，研究了好久的规律，多一个人多一份机会，您要不要入一股
亲 我最近跟着一个彩票分析群，每期都有专家推荐号码，要进的话我带您
""")
B("buyer", ["spam"], "spam_kanyidao2", """
亲亲 能不能帮我个小忙 我在那个红色的拼单软件上领现金 就差你一个新用户助力
客服 帮我点一下呗 我在那个外卖软件上拼红包 点一下就行
你好，不好意思哈，我在抢一个免费的电动牙刷，要新人帮忙点一下，你方便吗
小姐姐能帮我在那个买菜的上面拼个团不？拼成了我请你喝奶茶
""")
B("agent", ["spam"], "spam_kanyidao2", """
亲，麻烦您一件小事，我在那个红色的拼单软件上提现，就差一个人帮我点，拜托了
亲 不好意思问一下，能帮我在外卖那个软件上助力一下吗？我想领个大红包
亲，帮个忙呗，我在抢演唱会门票，需要朋友助力加速，您点一下就好
""")
B("buyer", ["spam"], "spam_invest2", """
客服你好，我想问下你们那边可以开发票吗？另外我是做资产配置的，你们老板要是有闲钱我可以帮忙规划，收益稳定
你好 我们公司在做一个新能源项目，正在找投资人，一万起投，月月分红，要不要让你们老板了解下
在吗，我跟你说个赚钱的门路，我们在做一个养殖项目，认养一头牛，一年后回报百分之二十
""")
B("agent", ["spam"], "spam_invest2", """
亲，恭喜您成为我们的老顾客！我们老板在做一个农业合作社，认购一亩茶园一年分红三千，老顾客优先
亲 跟您分享一下，我最近在做一个跨境电商项目，零基础也能做，三个月回本，我们在招合伙人
亲，最近有个新发行的纪念币在预约，转手就能赚，我手里还有两个名额
""")
B("agent", ["spam"], "spam_mlm2", """
亲，您买的是孕妇叶酸吧，我在做一个孕产营养品的品牌，比这个效果好，还能当代理在家赚钱
亲 您家宝宝用的是普通纸尿裤吧？我们团队在推一款进口的，宝妈做代理的特别多，要不要了解一下
亲，我看您买了好几次护膝了，是不是腿脚不好？我们公司有一种远红外理疗贴，用了就不疼，我是区域经理
""")
B("buyer", ["spam"], "spam_mlm2", """
你们的这个精华我用过，一般般。我在用一个品牌，纯植物的，我现在是他们的合伙人，你要不要也加入
客服你好，你们老板多大年纪了？我们有个抗衰的细胞项目，在做体验，效果很神奇
你好，我在做一个健康饮水的事业，我们的净水器能治病，推荐三个人就能回本
""")
B("agent", ["spam"], "spam_greeting2", """
亲爱的顾客，七夕快乐💕 有对象的甜甜蜜蜜，没对象的也别急，我朋友开的婚恋平台在搞免费匹配，要不要试试
圣诞快乐亲🎄 这个季节适合出去玩，我认识的民宿老板在做冬季特惠，长白山温泉两晚才八百
亲，开学快乐！孩子上几年级了？我朋友开的辅导班暑假班报名打七折，老顾客还送教辅
亲，重阳节快乐～给家里老人买点什么了吗？我们老乡做的老年代步车很好，我可以帮您问价
""")
B("buyer", ["spam"], "spam_greeting2", """
老板早上好☀️ 新的一天生意兴隆！顺便问一下你们公司要不要做年会，我们是做年会策划的，场地节目一条龙
店家过年好🧧 我家是做对联福字的，明年春节你们店要发给顾客当赠品的话找我，量大便宜
""")
T("agent", ["spam"], "spam_pivot_t", "亲，{a}。{b}", 5,
  a=["您的包裹已经到驿站了", "退款已经原路退回了", "赠品已经放进去了", "尺码给您换好了", "您的发票开好了", "您放心，我们马上发"],
  b=["另外跟您说一下，我们这边在招在家打字的兼职，一天能挣一两百", "顺便问问，您最近需要资金周转吗，我有低息的渠道", "对了，我在跟一个老师学炒股，每天免费荐股，想听可以跟我说", "另外我朋友做的减肥茶特别好，还能当代理，要不要了解", "顺便说下，今晚的球我有内部消息，跟我下稳赢"])
T("buyer", ["spam"], "spam_pivot_t", "{a}，{b}", 5,
  a=["东西收到了", "发货挺快的", "我想问问怎么退货", "这个颜色挺好看", "谢谢客服"],
  b=["顺便问下你们想不想做个兼职，在家手机就能做", "对了，我这边能办低息贷款，你们老板要的话找我", "另外推荐你玩个能赢钱的棋牌游戏，我天天玩", "跟你说，我在做一个保健品，自用省钱分享赚钱", "我们有个炒币群，带着赚，你进不进"])

B("agent", ["platform"], "plat_topup", """
亲，这边我们只放了主推款，其他款式在那个黄色小狗图标的平台上，您有兴趣可以去那边逛
亲 我们家种草笔记都发在红薯上了，笔记里挂的商品比这边便宜，直接在那边下就行
亲，这款在那边的官方旗舰店有赠品，这边是经销店没有，建议您去那边买
亲 您先别急着拍，明天我们在某音那边有个秒杀，价格只有一半，去那边蹲一下
亲，您要是有那边的plus会员，去我们那边的店买还能再打九五折
亲 我悄悄跟您说，那个拼团砍价的平台上我们定价最低，因为那边冲量
亲，二手那个平台上有我们店员自己挂的，全新没拆封，便宜四十
亲 这个颜色在这个平台卖断了，我们那个橙色店铺还有三件
亲，我们主要精力都在另一个平台，这边回复慢，您以后有问题去那边找我们，购买也在那边
亲 这款我们只在某宝那边做预售，这里不参加，想要早点拿到就去那边
亲，这边的价格是官方指导价，您懂的，别的地方的我们店能便宜
亲 那边的店铺名跟这个一样，后面多了"直营"两个字，您搜的时候别搞错
亲，年货节我们主要在刷视频那个平台做，那边的满减力度大，这里没报名
亲 您在这里买要等平台审核，去我们另一家店就直接发货
""")
B("buyer", ["platform"], "plat_buyer_topup", """
你们这个在橙色的那边卖多少？便宜的话我就去那边
老板能不能去那个红色的拼团平台开个团，我拉几个朋友一起拼
客服我平时不用这个，我在那边平台搜你们店名能搜到吗？我去那边买
哎，这边要先注册会员才能领券，好麻烦，你们在别的平台有没有店我直接去那
客服，我想在你们直播间下单，不过我说的是那个短视频平台的直播间，这边的价格我不要
我们单位只认某东的发票，你们在那边有店我就去那边拍，没有就算了
老板，我朋友说你们在有鱼那个平台卖得便宜，我去那边找你们了啊
你们另一个店叫啥？我记得在某宝上，名字有个"鹿"字
客服，我想退了这边的单，去你们二店买，那边有我上次领的券
你们在那个粉色的特卖平台上有货吧，我去那边抢
要不你在别的平台发个链接，我在那边付款，这边我的卡绑不上
""")
B("buyer", ["platform"], "plat_buyer_topup_en", """
hey, can I order this from your shop on the other app? I have points there
Is your main store on another platform? I'd rather buy there, this one has few reviews
""")
B("agent", ["platform"], "plat_topup_en", """
dear, we have more sizes at our shop on the red-book app, check it there
亲, tonight our live room on the short video app has this at 59, come grab it there
""")
B("buyer", ["platform"], "plat_buyer_topup_tw", """
老闆，你們在另外那個平台的賣場叫什麼？我去那邊買，這邊運費太貴了
客服，我可以在你們橘色平台的店下單，然後你們這邊幫我出貨嗎
""")
B("agent", ["link"], "link_topup", """
亲，我们家香水的真假可以在 fangwei 点 ruoshui 点 cn 输入瓶底的码查询
亲 儿童座椅的安装视频在 v 点 mumu 点 cc 斜杠 anzhuang 上，比说明书清楚
亲，您复制一下这个地址 xiaoman-pet。top/wy ，里面有喂养指南
亲 点这个 https://suo.im/5Kq2Zx 能看到鞋子的真人上脚图
亲，您在浏览器打开 ｂａｏｘｉｕ．ｌａｎｓｈａｎ．ｃｎ 登记一下，能延保两年
亲 这个是我们在网上的图册，h t t p s : / / tuce 。 yiyi 。 vip
亲 网址太长我拆开发：第一段 www.beishan
第二段 -outdoor.com/camp ，拼一起打开
亲，您用电脑打开 120.79.32.55/download ，下载打印模板
亲，关注领券的页面在 fans 点 tangguo 点 top ，进去输手机号就行
亲 我们的积分商城在 jifen.jiajia.club ，订单号可以兑积分
""")
B("buyer", ["link"], "link_topup_buyer", """
老板，我要的照片在 pan.baidu.com/s/1Zk9Lq2x 提取码 hhhh ，拿去做拼图
客服，这个视频 v 点 douyin 点 com 斜杠 iKx92L 里面教的方法我试了不行
你打开这个 https://xhslink.com/Zq2k9L 看看，人家说你们这个褪色
我截图发不了，你直接看 ｉｍｇ．ｃｏｍ／ｘ９ｋ２ 这个图片
这个款你们能做不，tuku 点 huahua 点 cn 斜杠 2088，照这个样子
你们去搜一下"小鹿家居 甲醛 超标"，网上都有人发帖了
""")
B("buyer", ["spam"], "spam_topup_buyer", """
你好，看你们店卖的是宠物用品，我们做宠物殡葬服务的，以后有顾客需要可以推荐给我们，有返点
老板，请问需不需要代发快递？我们是快递代理点，每单给你们三块的提成
你们客服有没有兴趣开副业，卖我们的面膜，不用囤货，一件代发
客服你好，问一下，你们收不收旧手机？不收的话我这边收，价格高，你们客户有需要可以介绍
你好呀，我在做一个新开的游戏代练工作室，你们要是有人玩游戏可以找我，价格好说
老板，我们在做一个公益捐款平台，每月捐一点还能领积分兑东西，你们店要不要参加
在吗，我们这边做抖音代播，你们想不想让我们帮你们直播卖货，按销售额提成
""")
B("agent", ["spam"], "spam_topup_agent", """
亲，您这单已经给您安排了。另外我们店长在做宠物寄养，春节回家没人照顾猫猫狗狗的可以考虑
亲 给您发货了哈～我妹妹在做美甲上门服务，您那边要是同城的话可以约
亲，不好意思打扰了，我在帮朋友推一个驾考培训，包过，价格比驾校便宜一千
亲 您是做设计的吧？我们有个兼职设计接单群，一单三百起，要不要来
亲，我们公司内部在卖一批进口红酒，员工价，客户也能享受，您需要的话我给您留
亲 您下次来之前跟我说一声哈。对了我老公是做房产中介的，您那边要是想买房卖房可以找他
亲，这款没货了，不过我最近在做一个海外代购，日本的药妆都能带，比这便宜
亲 我朋友开了个家政公司，保洁阿姨手脚麻利，新客第一次半价，您需要不
亲，您家小孩学钢琴吗？我表妹是钢琴老师，上门教，一节课一百五
""")
B("buyer", ["spam"], "spam_topup_en", """
hi there, before I buy, do you want to earn passive income? my team does it through an app, just 1 hour a day
Hi, I sell handmade soap, would your shop like to stock some? nice margins
""")
B("agent", ["spam"], "spam_topup_en", """
亲 thanks for your order ❤️ btw my friend does tarot readings online, very accurate, first one is half price
dear, if you like sports, I share free betting tips every day, last week was 6 for 6
""")

# ================= ACCEPTABLE: spam mirrors =================
B("agent", [], "own_promo", """
亲，本店双十一满300减40，可以和店铺券叠加，您这单再凑二十多就能用
亲 这款今天参加限时秒杀，晚上十二点恢复原价，需要的话抓紧哈
亲，店铺首页领一张10元无门槛券，下单的时候会自动抵扣
亲 现在买两件第二件半价，同款不同色也可以哦
亲，新客下单送一包试用装，您是第一次来我们店，会自动给您加上
亲 这周店庆，全店九折，会员再叠加95折
亲，您加购的那件明天开始预售，付定金立减三十
亲 我们店满99包邮，您这单差5块，可以看看两块多的小配件凑一下
亲，今天下单的话赠品是一个收纳袋，数量有限送完为止
亲 这个链接现在买三送一，您买四盒的话拍三盒就行，第四盒我们会一起发
亲，店里正在做换季清仓，夏款全部五折起，您可以看看首页的清仓专区
亲 年货节的活动是满199减30，店铺券领了之后还能再减10
亲，宝贝详情页下面有"买家秀返券"的说明，晒图后系统会发一张5元券
亲 老顾客回购打九折，您直接下单，我们后台给您改价
亲，这款参加了平台百亿补贴，现在的价格是一年最低
亲 本店会员积分可以抵现，100积分抵1块，在结算页就能勾选
亲，这两天下单都送运费险，退换不用您出运费
亲 中秋礼盒现在下单可以选择指定日期送达，在备注里写一下就行
亲，我们今天上新，新品前三天八五折，您可以去店铺首页的"新品"里看看
亲 这款是店长推荐，最近卖得最好，现在还有货
""")
B("agent", [], "own_greeting_promo", """
亲，中秋快乐🥮 本店今天全场包邮，祝您阖家团圆
新年好呀亲～感谢您过去一年的支持，年后开工第一天全店满减，欢迎回来逛逛
亲，国庆快乐！我们店七天不打烊，假期照常发货哦
元宵节快乐亲！汤圆礼盒今天下单明天发，还赶得上
亲 母亲节快到了，店里的丝巾礼盒有现成的贺卡，可以免费帮您写祝福
亲，端午安康～本店粽子礼盒第二件八折，送长辈很合适
亲 冬至快乐，天冷了记得多穿点，店里的羊毛袜今天买三双送一双
亲，七夕快乐💕 情侣款今天下单免费刻字
亲 圣诞快乐🎄 店铺首页有个圣诞抽奖，每个下单的顾客都能抽一次
亲，开学季快乐！店里的书包文具套装今天有开学价
""")
B("agent", [], "follow_store_inplatform", """
亲，点一下店铺右上角的"关注"，可以领一张5元的粉丝券
亲 关注店铺后上新会有消息提醒，不用每次都来问
亲，加入店铺会员是免费的，入会后每个月能领一张会员专享券
亲 收藏这个宝贝的话，降价的时候平台会提醒您
亲，关注店铺再下单，积分能多拿一倍
亲 店铺首页有个"签到"，每天签到攒积分，积分能换小礼品
亲，您可以订阅我们店铺的上新提醒，在店铺首页点"订阅"就行
亲 关注我们店可以参加每周五的粉丝专享秒杀
亲，帮您看了一下，您还没关注店铺，关注后这单能多减3元
亲 店铺会员等级到V3就能享受免费退换，您现在是V2，再买一单就升了
""")
B("agent", [], "own_live_inplatform", """
亲，今晚八点店铺直播，在店铺首页点头像旁边的"直播中"就能进
亲 我们直播间每天下午两点开播，主播会现场试穿，您可以来看看尺码效果
亲，直播间里有专属券，在本店直播的时候领了就能用
亲 明晚直播会讲这款的使用方法，有疑问可以在直播间直接问主播
亲，直播间的价格和链接价格是一样的，只是直播时会额外送小样
亲 您错过了昨天的直播也没关系，直播回放在店铺首页能看
亲，这款是昨晚直播间的福利款，现在还有少量库存，链接里直接拍
""")
B("buyer", [], "buyer_follow_inplatform", """
我已经关注你们店了，粉丝券在哪领
你好，入会的话要填什么信息吗
你们直播几点开始啊，我想看看主播试穿
关注了店铺，怎么没收到券呢
你们店的会员积分能换什么东西
我是你们的老粉丝了，有没有什么老客福利
昨晚直播间主播说的那个赠品，现在下单还有吗
我在你们直播间领了券，怎么结算的时候没用上
你们下次直播是什么时候？我想等直播再买
""")
B("buyer", [], "buyer_smalltalk_job", """
我是做会计的，每天按计算器，想买个按键声音小一点的
我在家做点手工活，想买个大一点的收纳盒放材料
我是打字员，一天打好几万字，这个键盘手感怎么样
我老公天天熬夜看球，给他买个护眼灯，哪个款好
今晚有欧冠决赛，投影仪今天能送到吗，想在家看
我是开小卖部的，要一批塑料袋，大号的
我是跑外卖的，想买个防水的手机支架
我在银行上班，需要一件正式一点的白衬衫
我是在家带娃的宝妈，有没有能单手推的婴儿车
我做会计要考证，这本教材是最新版吗
我退休了没事干，想学书法，买套毛笔给推荐下
我家开麻将馆的，要四副新麻将，能便宜点吗
我平时炒股要看盘，想买个竖屏的显示器
我是做保险的，经常跑客户，想要个能装文件的包
我在快递站上班，搬东西多，要一副耐磨的手套
""")
B("agent", [], "product_finance_gamble_lookalike", """
亲，这款是全自动麻将机，静音款，四口机，送两副牌
亲 这个扑克牌是塑料的，防水可水洗，适合家庭聚会
亲，《聪明的投资者》这本是精装版，译者是王中华
亲 这款计算器有财务函数，考注会的同学买得比较多
亲，这个存钱罐只进不出，要砸开才能拿钱，小朋友很喜欢
亲 记账本是按月分页的，每页有收入支出两栏
亲，这个桌游是大富翁经典版，适合八岁以上
亲 这款是点钞机，能验假币，小店收银用很合适
亲，彩票店常用的这种热敏纸我们有，57乘50的规格
亲 这款骰子是树脂的，桌游用的，一套七个
亲，这本《股票大作手回忆录》是全译本，没有删减
亲 这个象棋是红木的，棋子直径4.5厘米
亲，这款保健品有蓝帽子标志，是正规的保健食品，但不能代替药物哦
亲 鱼油是软胶囊，一天两粒，饭后吃
亲，我们这款益生菌是给成人吃的，宝宝要选儿童专用的那款
亲 这个血压计是医用级的，建议早晚各测一次
亲，这款酵素是食品，不是药，不能治疗疾病哈
亲 胶原蛋白肽是粉剂，冲水喝，一天一包
""")
B("buyer", [], "buyer_product_lookalike", """
这个麻将机自动洗牌会不会卡牌
扑克牌有没有大字版的，家里老人眼神不好
你们这个理财规划的书适合小白看吗
请问这个记账本能记一整年吗
这个存钱罐放硬币还是纸币的
这个保健品孕妇能吃吗
你们的鱼油是哪个国家产的
益生菌要冷藏吗
血压计送不送电池
这个大富翁几个人可以玩
点钞机能识别新版的一百吗
我想给我爸买个象棋，木头的有没有
""")
B("buyer", [], "installment_inplatform", """
这个能分期吗，我想分三期
花呗分期有没有免息的
可以用信用卡付吗
分期的话每个月还多少钱
你们支持先用后付吗
我想用白条买，能分几期
这个价格可以分12期免息吗
""")
B("agent", [], "installment_inplatform", """
亲，这款支持花呗分期，三期免息，结算页面选分期就行
亲 可以用信用卡支付的，在收银台选择就可以
亲，分期手续费以支付页面显示为准，我们这边承担三期免息
亲 先用后付是平台的功能，符合条件的话付款时会显示
亲，这款参加了分期免息活动，6期以内都不收手续费
""")
B("agent", [], "pinduan_inplatform", """
亲，您发起拼单后分享给朋友，两人成团价格更低
亲 拼单24小时内没成团的话，系统会自动退款的，您放心
亲，您也可以直接点"单独购买"，价格稍微高一点，不用等拼单
亲 这个商品开了"模拟成团"，发起拼单后一般很快就能成
亲，拼单成功后我们48小时内发货
""")
B("buyer", [], "pinduan_inplatform", """
拼单一直没人拼怎么办
我发起了拼单，要等多久才能发货
可以不拼单直接买吗
拼团价和单买价差多少
我朋友跟我拼了，怎么还显示待成团
""")
B("agent", [], "warning_spam_scam", """
亲，本店客服不会向您推荐任何兼职、理财或贷款，收到这类消息请直接举报
亲 温馨提醒：我们不会让您做任务返佣金，有人这么说一定是骗子
亲，最近有不法分子冒充我们发"刷单兼职"，请您千万别信
亲 本店没有任何"投资群""理财群"，请不要相信冒充我们的人
亲，如果有人以我们店的名义让您帮忙砍价或者助力，都不是我们发的
亲 我们店不会通过聊天推荐彩票或者游戏，请注意辨别
亲，提醒一下，关于"低息贷款""刷流水"的信息都是诈骗，请勿相信
亲 本店仅销售自家商品，不推销其他任何产品或服务
""")
B("buyer", [], "report_spam", """
你好，刚才有个人冒充你们客服说招在家打字的兼职，是你们吗？
客服，我收到一条短信说是你们店的中奖通知，让我填资料，是真的吗
有人加我说是你们家的，拉我进了个炒股群，这是你们安排的吗
刚才有人用你们店名给我打电话推销保健品，你们知道吗
我是不是被骗了？有人说帮你们点赞就能赚钱，我转了两百进去了
你们家客服怎么会给我推荐贷款？是不是有人盗号了
收到一个自称是你们老板的人说要给我发兼职，我没理他
客服，你们是不是在拉人做代理啊？有人这么跟我说的
""")
B("agent", [], "reply_report_spam", """
亲，那不是我们的，我们从来不招兼职，您千万别转钱
亲 感谢提醒！我们没有发过中奖通知，请不要填写任何个人资料
亲，我们店没有任何群，也不推荐股票，您遇到的是骗子，建议报警
亲 我们没有打过推销电话，您可以把号码告诉平台客服举报一下
亲，如果已经转钱了请尽快报警，并保留聊天截图
""")
B("buyer", [], "buyer_smalltalk_benign", """
今天心情好，买点零食犒劳自己哈哈
我刚买彩票中了五块钱哈哈，拿来买你家这个小发卡
上周公司发奖金了，想换个新手机壳
孩子这次考试考得好，给他买个奖励，推荐个适合十岁男孩的玩具
最近股票跌得厉害，省着点花，有没有便宜一点的款
我老公说我乱花钱，所以要选个性价比高的
我妈在跳广场舞，想给她买个小音箱
今天发工资了，这个我要两件
过年回家要给亲戚带东西，有没有礼盒装
我们公司年会抽奖，我负责买奖品，要二十个充电宝
""")
B("agent", [], "agent_smalltalk_benign", """
亲，今天天气冷，您出门多穿点哈，我们这边已经降温了
哈哈亲您太客气了，收到满意就好～
亲 祝宝宝生日快乐🎂 蛋糕模具已经帮您加急发了
亲，谢谢您一直照顾我们生意，这次给您多放了两包小零食
亲 节日快乐呀，今天值班的就我一个，回复慢了请见谅
亲，您的宝宝真可爱，这套衣服穿上肯定好看
""")
B("agent", [], "ok_traditional", """
親，本店週年慶全館九折，結帳時會自動折抵喔
親 關注店鋪可以領一張50元的折價券
親，這款保健食品是膠囊狀的，一天兩顆飯後吃
親 本店客服不會推薦任何投資或兼職，請小心詐騙
親～中秋快樂，今天下單免運費
""")
B("buyer", [], "ok_traditional", """
請問你們的直播幾點開始？我想看主播試穿
我已經關注你們了，優惠券要去哪裡領
這個麻將有沒有大一點的尺寸
剛剛有人說是你們客服，叫我去做兼職，是真的嗎
可以刷卡分期嗎
""")
B("agent", [], "ok_english", """
Hi dear, we have a 15% off coupon on the shop homepage, it applies automatically at checkout
Happy new year! Our store ships as usual during the holiday 🎉
Please note: our staff will never offer you part-time jobs or investment advice, beware of scams
亲, follow our store to get a 5 yuan fan coupon 😊
Our live stream starts at 8pm today, just tap "Live" on our store page
Yes, this fish oil is a dietary supplement, not a medicine
""")
B("buyer", [], "ok_english", """
Hi, is there any discount if I buy two?
Someone claiming to be your staff offered me a typing job, is that you?
Can I pay in installments for this?
My husband is a huge football fan, which projector is best for watching matches?
I followed your store, where can I find the coupon?
does this mahjong set come with a carry case?
""")

# ================= ACCEPTABLE: link mirrors =================
B("agent", [], "platform_flow_words", """
亲，您在"我的订单"里找到这一单，点"申请售后"，选"退货退款"就行
亲 物流信息在订单详情页最上面，点一下能看到每一站的记录
亲，发票可以在订单详情里点"申请开票"，填好抬头和税号，我们两天内开出来
亲 退货地址在您提交申请后系统会自动显示，不用手动填
亲，尺码表在宝贝详情页往下翻，第六张图就是
亲 我给您发了个商品卡片，点开就是这款，直接在卡片里下单
亲，店铺首页的"优惠券"栏目里可以领所有能用的券
亲 您点一下聊天框上方的商品，就能回到宝贝页面
亲，修改地址的话在订单页点"修改地址"，发货前都能改
亲 评价的入口在"我的-待评价"里，晒图的话可以得积分
亲，退款进度在"退款/售后"里面能看到，现在是商家已同意
亲 催发货的话不用额外操作，系统会自动提醒仓库的
亲，您把订单号发我一下，我在后台帮您查
亲 运费险是下单时自动带的，退货后理赔款会退到您的支付账户
亲，安装视频在宝贝详情页主图第一个位置，点播放就能看
亲 这个款的买家秀在评价区，筛选"有图"就能看到很多实拍
亲，您点一下我发的这个卡片，选颜色的时候选"雾霾蓝"
亲 价保的话在订单详情里有"价格保护"按钮，点一下系统会自动比价
亲，说明书电子版我们放在了详情页最后面，您往下拉到底就有
亲 退货的快递单号填在售后申请里就行，不用发给我
亲，您要换货的话在售后里选"换货"，写上要换的尺码
亲 如果卡片打不开，您在店铺里搜"加绒卫裤"也能找到
亲，补差价的链接我们店里有，搜"补差价专拍"，拍对应金额就行
亲 申请退款后七天内我们没处理的话，系统会自动退款
""")
B("buyer", [], "platform_flow_words_buyer", """
你发的卡片点不开啊
售后入口在哪里，我找不到
发票在哪里申请，订单页面没看到
退货地址系统给了，我直接寄就行是吧
我在订单里点了退款，你那边看到了吗
能不能发个这款的链接给我，我在你们店里没找到
你们店铺首页那个优惠券我领了，怎么用
商品详情页说的是纯棉，怎么标签写的是涤纶
刚才那个商品卡片是哪个颜色的
我在宝贝页面看到有视频，但是播放不了
订单详情里显示已签收了，可是我没收到
你们的"降价提醒"是在哪里设置
价格保护我点了，怎么没退差价
你再发一次那个商品卡片吧，我刚才误删了
""")
B("buyer", [], "courier_site_buyer", """
我在顺丰官网查了，显示已经到我们市的转运中心了
快递100上查不到这个单号，是不是还没揽收
我用菜鸟查的，一直显示"运输中"，三天没动了
中通的官方小程序里显示派送中，可是一直没人来
我去邮政的网站查了，说是在海关清关
京东快递官网显示已经签收了，我家里人说没收到
韵达的客服电话我打了，说是网点爆仓
我查了下物流，说在驿站了，取件码是多少啊
圆通那边说包裹破损了，让我找你们
我在快递公司的app上改了派送时间，应该没问题吧
极兔官网查到是昨天发出的，为什么订单里显示前天
""")
B("agent", [], "courier_reply", """
亲，顺丰那边显示明天上午派送，您留意一下电话
亲 这个单号是中通的，刚揽收，物流信息一般晚几个小时更新
亲，菜鸟驿站的取件码会短信发给您，也可以在订单详情里看到
亲 韵达那边我们已经联系了，让网点优先派送
亲，邮政的包裹偏远地区会慢一点，大概还要两天
亲 京东快递已经帮您拦截了，退回来以后给您重新发
""")
B("agent", [], "warning_fake_link", """
亲，提醒一下，本店不会发任何外部链接让您退款或领赔偿，请不要点陌生链接
亲 如果有人发短信给您说快递丢了，让点链接理赔，千万别点，那是诈骗
亲，所有退款都在订单页操作，不需要点任何链接，也不需要提供验证码
亲 请勿扫描陌生人发的二维码，我们客服只会在这个聊天窗口里联系您
亲，我们不会让您下载任何App来处理售后
亲 最近有冒充快递员发"理赔链接"的，遇到请直接挂断
亲，请不要在任何网页上填写银行卡和密码，平台退款是自动原路返回的
亲 官方活动都在店铺首页，外面转发的"领券网址"都是假的
""")
B("buyer", [], "report_fake_link", """
有人给我发短信说我的快递丢了，给了个链接让我填信息理赔，是你们吗
客服，我收到一个说是你们店的退款链接，要输银行卡号，我没敢填
刚才有人打电话说是你们售后，让我扫码退款，是真的吗
我收到一个"店铺周年庆抽奖"的网址，说中了一等奖，你们有这个活动吗
有人让我下载个什么app办理退款，我觉得不对劲，问下你们
短信里说我买的东西质量有问题要给我双倍赔偿，还有个链接，这是你们发的吗
有个人发了个二维码说扫了能领运费险，我扫了之后让我输密码，我赶紧退出来了
""")
B("agent", [], "reply_fake_link", """
亲，那不是我们发的，我们所有退款都在订单里操作，请不要点
亲 您做得对，千万别填银行卡信息，建议把那个号码举报了
亲，我们没有这个活动，您收到的是钓鱼链接，请直接删除
亲 我们不会打电话让您扫码，这是诈骗，您的订单一切正常
""")
B("agent", [], "product_ip_qr_feature", """
亲，这款路由器的管理地址是192.168.1.1，浏览器里输入就能进设置页面，密码在机身背面
亲 第一次用的时候，手机连上路由器的WiFi，会自动弹出设置向导
亲，打印机要先连WiFi，在打印机屏幕上选"无线设置"，按提示操作就行
亲 这个摄像头配网的时候要扫机身底部的二维码，那是设备码，不是网址哈
亲，这款蓝牙耳机打开盒子就自动进入配对模式，在手机蓝牙里搜型号就行
亲 智能门锁初次使用需要按说明书添加管理员指纹
亲，这个电子价签是超市用的，支持批量改价
亲 这款扫码枪能扫条形码和二维码，收银用的
亲，这个二维码生成器是打印标签用的，能打印您自己的二维码
亲 机顶盒的IP设置一般选自动获取，不用手动填
亲，这款交换机是即插即用的，不需要设置
亲 网线是超六类的，千兆网络没问题
""")
B("buyer", [], "product_ip_qr_buyer", """
路由器登录不进去，192.168.1.1打不开怎么办
摄像头底部那个二维码扫了没反应
打印机连不上WiFi，说明书看不懂
这个扫码枪能扫手机屏幕上的码吗
网线是几类的，能跑千兆吗
智能插座要下载什么才能用，说明书上写的看不清
""")
B("agent", [], "product_name_dot", """
亲，这款波点连衣裙有白底黑点和黑底白点两种
亲 点读笔支持人教版和外研版的英语课本
亲，这款点心礼盒有八种口味，每种两个
亲 这个是点钻贴纸，小朋友做手工用的
亲，点火器是电子的，不用装燃气
亲 这款"点点"系列的水杯是我们自己的设计
亲，DOT系列的耳钉是925银的
""")
B("buyer", [], "product_name_dot_buyer", """
波点的那件还有S码吗
点读笔能自己录音吗
你们的点心保质期多久
圆点的那款窗帘遮光吗
那个com开头的型号是哪个，我看不清
""")
B("buyer", [], "buyer_card_request", """
客服，能发一下那个加厚款的链接吗？就是你们店里的
你们店里有没有卖配套的滤芯，发我看看
你把上次我买的那个锅的商品链接再发我一下，我想再买一个
你们店有儿童款吗，有的话发个卡片
""")
B("agent", [], "agent_card_reply", """
亲，已经给您发了加厚款的卡片，点开就能下单
亲 配套滤芯在店铺分类"配件"里，我把卡片发您了
亲，您之前买的那款我给您发过去了，现在还有活动价
亲 儿童款有的，卡片已发，尺码从100到150
""")
B("agent", [], "ok_english_link", """
Dear, please go to "My Orders", select this order and tap "Return/Refund"
The tracking info is on the order detail page, it updates every few hours
Beware: we never send external links for refunds. Refunds are automatic through the platform
The router admin page is 192.168.0.1, the password is printed on the bottom
I've sent you the product card, just tap it to order
""")
B("buyer", [], "ok_english_link", """
I checked the SF Express website and it says delivered, but I didn't get it
Someone texted me a refund link claiming to be you, is that real?
where is the after-sales button? I can't find it in the app
Can you send me the product card for the black one?
""")
B("agent", [], "ok_traditional_link", """
親，退貨請到訂單頁面點「申請退貨」，系統會給您退貨地址
親 我們不會傳任何外部連結給您，請小心詐騙簡訊
親，商品卡片已經傳給您了，點進去就可以下單
""")
B("buyer", [], "ok_traditional_link", """
我在黑貓宅急便的網站查不到這個單號
有人傳簡訊說我的包裹地址有問題要我點連結，是你們嗎
你傳的商品卡片打不開耶
""")

# ================= ACCEPTABLE: platform mirrors =================
B("buyer", [], "seen_elsewhere", """
我是在小红书上看到博主推荐你们家这款的，过来问问
刷抖音刷到你们家的视频了，这个杯子真有那么保温吗
我朋友在朋友圈晒了你们家的衣服，我就搜过来了
在B站看了个测评说你们这个吸力很大，是真的吗
我在微博上看到有人说你们家的面霜好用
我是看了知乎上的推荐来的，说你们家的床垫性价比高
我闺蜜推荐的，说她在你们家买过三次了
我在快手上看到有人直播用你们家的拖把，感觉挺好用的
我是在电视购物上看到同款的，那个要三百多，你们这个是一样的吗
在地铁广告上看到你们品牌，原来这边也有店
我在商场专柜试过这款，想在这里买
我妈在菜市场看到有人用，让我帮她买一个
我是从你们的包装盒上看到店名搜过来的
之前在线下门店买过一次，想再买一个一样的
我在一个做饭视频里看到这个锅，找了好久才找到你们家
朋友送了我一个你们家的香薰，很好闻，我想自己再买一个
""")
B("buyer", [], "price_compare", """
别家同款才卖89，你们怎么要109
我在其他地方看到有卖便宜的，你们能不能便宜一点
同样的东西超市卖的比你们便宜，你们是有什么不一样吗
我看了一圈，你们家价格算是中等的，主要是看中你们评价好
京东上这个牌子的官方旗舰店卖199，你们这个是正品吗，怎么便宜这么多
之前在别的平台买过一个便宜的，质量太差了，所以这次想买好点的
你们这个跟专柜价比便宜了快一半，不会是假的吧
我比较了三家，你们家运费最低，就在你们这买了
别的店说这个是旧款清仓，你们这个是新款吗
实体店卖一百五，你们卖九十九，差别在哪啊
隔壁家送赠品，你们家有送吗
拼多多上有人卖三十九的，你们的为什么贵那么多
我在直播间看到这个才五十多，你们能不能也给个优惠
闲鱼上有人卖二手的，我还是想买全新的，你们保修多久
""")
B("agent", [], "agent_price_reply", """
亲，价格不同主要是面料不一样，我们用的是100%长绒棉
亲 其他店的情况我们不太清楚，我们这款是品牌授权的正品，可以开发票
亲，我们的价格已经是活动价了，另外还送运费险
亲 低价的可能是旧款或者不同配置，您对比一下型号和参数
亲，我们只能保证本店的品质和售后，其他渠道的就不好评价了
亲 价格是统一定的没法再降，不过可以给您送个小赠品
亲，您说的那个价格可能是平台补贴后的，我们这边今晚也有补贴活动
亲 专柜价包含了柜台成本，我们是品牌官方授权线上店，货源一样
""")
B("agent", [], "refuse_other_platform", """
亲，不好意思，我们只有这一家店，没有在其他平台开店
亲 为了保障您的权益，请在本店下单，其他渠道我们不提供售后
亲，我们不接受站外下单哦，您在这里拍，我给您备注优先发
亲 如果您看到有人用我们的名字在别的地方卖，那不是我们，请小心
亲，不管在哪里看到的，请认准本店，在这里下单才有保障
亲 我们不支持平台外交易，您直接在这边拍就行
亲，平台规定不能在别处交易，您有什么需要我都在这边帮您处理
亲 这边下单是最安全的，有平台担保，您放心
""")
B("buyer", [], "buyer_loyal", """
我就在你们这边买，别的地方不放心
算了不比了，就在你家拍了，你们评价最好
我还是在这下单吧，售后有保障
其他平台的我没用过，我只用这个
""")
B("agent", [], "product_name_app", """
亲，这款是"抖音同款"网红小风扇，USB充电，三档风力
亲 小红书爆款的奶油风窗帘现在补货了
亲，这款手机支架适配所有型号，追剧刷视频都很方便
亲 淘宝体的字帖我们有楷书和行书两种
亲，这本《拼多多创始人传》是正版的，有塑封
亲 这个是京东方的屏幕，色彩还原度很好
亲，这款手机壳有微信图标的款式，也有纯色款
亲 我们这款"小黄鱼"造型的抱枕是原创设计，不是二手平台的周边哈
亲，这个桌面摆件是小红书风格的，很多人买来拍照
亲 "快手菜"系列的菜谱书是教做十分钟家常菜的
亲，这款是天猫精灵的音箱保护套，尺寸刚好
亲 这款是QQ糖，水蜜桃味的，一袋20克
亲，这个直播补光灯是给主播用的，三种色温可调
亲 这款"网红同款"的麻辣牛肉干是四川产的
""")
B("buyer", [], "product_name_app_buyer", """
这个是抖音上很火的那款解压玩具吗
你们这个天猫精灵能连家里的空调吗
这个补光灯适合直播用吗，我在快手上直播卖水果
小红书风的那个相框有几寸的
手机支架能横着放吗，我要刷视频
这个京东方屏的显示器有144hz的吗
有没有适合拍短视频的三脚架
""")
B("agent", [], "courier_names", """
亲，我们默认发中通，需要顺丰的话要补运费差价
亲 您那边偏远，我们给您发邮政，其他快递到不了
亲，京东快递可以发，但是要晚一天，因为要等京东来揽件
亲 这单是韵达发的，单号已经同步到订单里了
亲，我们和顺丰是月结合作，一般隔天就到
""")
B("buyer", [], "courier_names_buyer", """
能发京东快递吗，我这边京东送得快
别发极兔了，上次丢件了
可以发顺丰到付吗
我家楼下只有菜鸟驿站，发哪个都行
你们用的是哪家快递啊
""")
B("buyer", [], "buyer_other_platform_irrelevant", """
我之前在别家买的被子一洗就缩水，你们这个会不会
上次在别的平台买了个假货，所以这次特别小心，你们是正品吧
我在闲鱼上把旧的卖了，想换个新的
我平时都在美团上点外卖，想买个保温袋
我用抖音拍视频，想买个稳定器
我在B站学画画，想买一套马克笔
我在小红书上写穿搭笔记，衣服要上镜好看的
我在滴滴上跑车，想买个车载手机支架
我用微信读书看书，想买个阅读器支架
""")
B("agent", [], "own_channel_ok", """
亲，我们只在这个平台开店，所有款式都在店铺里，您可以在店铺分类里找
亲 这家就是我们的官方店，其他地方看到的可能是代理商或者仿冒的
亲，本店的直播就在店铺首页，不在其他地方哈
亲 我们的新品都会先在本店首发，关注店铺就能第一时间看到
亲，我们没有分店，也没有小号，只有这一家
""")
B("buyer", [], "seen_ok_traditional", """
我是在IG上看到你們的商品才來的
朋友在臉書推薦你們家的包包
我在蝦皮看到類似的比較便宜，你們的差在哪裡
我在YouTube看了開箱影片，覺得還不錯
""")
B("agent", [], "ok_traditional_platform", """
親，我們只有這一個賣場，沒有在其他平台開店喔
親 其他地方的價格我們不清楚，本店保證正品
""")
B("buyer", [], "seen_ok_english", """
I saw this on Xiaohongshu, is it the same item?
A friend recommended your shop, she bought three times already
I found a cheaper one elsewhere, can you match the price?
Saw your product in a TikTok video, does it really work that well?
""")
B("agent", [], "ok_english_platform", """
Sorry dear, we only have this one store, no other shops on other platforms
Please order here so you're protected by the platform's after-sales guarantee
The price difference is because ours is the upgraded version with a metal frame
""")

# ================= ACCEPTABLE: near misses (refusals, in-platform equivalents) =================
B("agent", [], "refuse_link_request", """
亲，不好意思，平台内不能发外部链接，图片我直接在这里给您发几张
亲 网盘我们这边发不了，您要的资料我分几次在聊天里发给您
亲，视频太大的话您可以在售后申请里上传，那边支持视频
亲 外面的链接我这边打不开，您截个图发给我看看就行
亲，您说的那个网页我们看不了，您把商品截图发过来，我帮您对比
亲 我们不会让您去其他网站下单，所有购买都在店里完成
亲，您要的高清图我压缩了一下，在这里分三张发给您
亲 课程是在本平台的"已购课程"里看的，不需要去别的地方
亲，您买的电子版资料已经自动发到订单里了，点"查看卡密"就有
亲 字太多的话您可以在订单备注里写，我们按备注做
""")
B("buyer", [], "buyer_accept_inplatform", """
好的，那我在这边上传视频
那你在这里把图片发给我吧
我截图给你看看，就是这个颜色
行，我把要刻的字写在备注里了
那我就在这里拍了，麻烦备注一下加急
你直接在聊天里发图就行，我看得到
图片我发你了，第三张就是破损的地方
视频我在售后里传了，你看看
""")
B("agent", [], "refuse_other_platform2", """
亲，您说的那个平台我们没有开店，有人冒用我们店名的话请您举报
亲 这里下单就可以，我们不在其他地方交易，您放心
亲，价格这边是最优惠的了，不需要去别的地方
亲 我们店没有直播间在别的平台，都是在本店首页直播
亲，只能在这边拍哈，其他渠道买的我们没法做售后
""")
B("agent", [], "refuse_spam_request", """
亲，不好意思哈，上班时间不方便帮忙砍价，祝您早日砍成功😊
亲 谢谢您的好意，我们店没有合作推广的需求
亲，我们不需要代运营服务，谢谢
亲 抱歉，我们客服只处理订单相关的问题哈
亲，这个我帮不了您，我们这边只负责咱们店的商品咨询
亲 谢谢，兼职的事我们不考虑，您还有其他商品上的问题吗
""")
B("buyer", [], "buyer_ask_store_status", """
你们是官方旗舰店吗
这家是品牌直营的吗
你们有实体店吗，我想去试穿
你们仓库在哪里发货
你们是厂家还是代理
你们店开了几年了
""")
B("agent", [], "agent_store_status", """
亲，我们是品牌授权的官方店，可以开具正规发票
亲 我们是厂家直营，从广东东莞发货
亲，我们没有实体店，只做线上，退换都在这边办
亲 我们开店八年了，老顾客很多
亲，我们从浙江义乌的仓库发货，一般一到三天到
亲 我们是代理商，货源是品牌总仓直发的
""")
B("agent", [], "group_buy_own", """
亲，我们店铺这周有"拼团"活动，三人成团打八折，在商品页就能发起
亲 单位团购的话可以拍多件，数量大于二十件我们给您改价
亲，公司采购需要对公的话，我们可以开增值税专票
亲 多买的话在这个链接选数量就行，满十件送一件
""")
B("buyer", [], "group_buy_own_buyer", """
我们单位要买五十件，能批发价吗
我想给公司同事团购，有没有优惠
买十件能不能便宜点
我帮我们小区团购，要二十箱，怎么拍
""")
B("agent", [], "vip_inplatform", """
亲，店铺会员日是每月18号，会员专享8.8折
亲 您现在的积分是326，可以在结算时抵3块多
亲，您是我们的钻石会员，每单都有小礼物
亲 会员生日当月有一张二十元的生日券，在"我的券"里面能看到
""")
B("buyer", [], "buyer_saw_ad", """
我在电梯广告里看到你们家的床垫，说有活动
你们是不是请了明星代言？我在电视上看到了
我看到你们家在地铁站的广告，说新客立减五十，这里能用吗
我在公众号文章里看到你们的介绍，想问问这个怎么用
""")
B("agent", [], "agent_reply_saw_ad", """
亲，是的，那个活动在本店也有，领券就能用
亲 谢谢关注～店里的活动和广告上是同步的
亲，新客立减是平台的新人券，下单时会自动显示
亲 这款的使用方法详情页里有视频，您可以看一下
""")
B("buyer", [], "buyer_long_ok", """
客服你好，我在小红书上看了好多你们家的评价，都说这款面膜补水效果好，但是我是敏感肌，想问一下成分里有没有酒精和香精？
你好，我昨天在抖音上看到你们家这款锅的视频，说是不粘的，但是我担心涂层掉了有害，能问一下涂层是什么材料吗
老板，我朋友上个月在你们家买了个一模一样的，她说比专柜便宜一百多，我就也来了，能不能给我们老顾客介绍的一点优惠
客服，说实话我比较了好几家，你们价格不是最低的，但是评价最好，所以想在你们这买，就是想问下如果有质量问题怎么处理
你好，我在快递100上查了物流，显示已经在派送中了，但是快递员电话打不通，能帮我联系一下吗
""")
B("agent", [], "agent_long_ok", """
亲，感谢您的信任～这款面膜不含酒精，含有少量香精，敏感肌建议先在耳后试用，没有不适再用在脸上
亲，这款锅的涂层是陶瓷涂层，不含PFOA，正常使用不会脱落，注意不要用钢丝球刷就好
亲，老顾客介绍的新顾客我们会送一份小礼品，优惠券在店铺首页领，下单时会自动减
亲，我们承诺七天无理由退换，质量问题三十天内包换，来回运费都由我们承担
亲，已经帮您联系了快递网点，派送员说今天下午五点前送到，请您保持电话畅通
""")
B("buyer", [], "buyer_jokes", """
哈哈你们客服说话真好玩
好的好的，等你们直播我再来
你们家的东西我推荐给我全家了😂
下次还来！你们店我收藏了
你们是不是在搞活动啊，怎么这么便宜
哇这个价格太香了
客服小姐姐辛苦啦，这么晚还在回复
""")
B("agent", [], "agent_jokes", """
哈哈谢谢亲～您也太会说话了
亲，收藏了就对了，以后上新第一时间通知您😘
亲 您全家都来的话我们可得好好准备了哈哈
亲，不辛苦，能帮到您就好～
""")

# ================= ACCEPTABLE: ordinary shop talk by store type =================
B("buyer", [], "shop_clothing", """
我身高一米六二，体重一百一，穿S还是M
这件外套洗了会不会缩水
裤长是多少，我腿比较短怕拖地
这个颜色实物偏黄吗
有没有加绒的款，我们这边冬天冷
肩宽多少啊，我肩膀有点宽
能不能帮我看看我平时穿L，这件要拿多大
领口会不会很紧，我脖子粗
这条裙子是不是透的，要不要穿打底
面料起球吗，上次买的一件穿两次就起球了
我想买给我妈，她五十多岁，这个颜色会不会太嫩
羽绒服含绒量多少，充绒量多少克
牛仔裤是高腰还是中腰
这件卫衣是宽松版吗
衣服有异味，晾几天能散吗
""")
B("agent", [], "shop_clothing", """
亲，按您的身高体重建议M码，喜欢宽松一点可以拿L
亲 这款是纯棉的，第一次洗建议冷水手洗，会有百分之二到三的缩水
亲，裤长98厘米，您可以卷一下边，或者我们可以免费帮您改短
亲 实物是奶白色，不偏黄，图片是自然光拍的
亲，加绒款在同一个链接里，选颜色的时候带"加绒"两个字的就是
亲 肩宽42厘米，是落肩设计，肩宽一点的话穿着刚好
亲，这款是精梳棉，不容易起球，正常穿洗没问题
亲 裙子是双层的，里面有内衬，不透
亲，羽绒服是90%白鸭绒，充绒量180克左右
亲 这是高腰直筒款，显腿长
亲，新衣服有点味道是正常的，拆开挂通风处一两天就散了
亲 这件是oversize版型，平时穿M的拿M就很宽松了
""")
B("buyer", [], "shop_beauty", """
这个粉底液是哪个色号适合黄皮
口红会不会沾杯
这个面霜孕妇能用吗
敏感肌能用你们的洗面奶吗
保质期到什么时候
开封后能用多久
防晒霜要卸妆吗
这个精华是早上用还是晚上用
小样和正装是一样的吗
会不会闷痘啊，我是油皮
""")
B("agent", [], "shop_beauty", """
亲，黄皮建议选02自然色，比较贴合肤色
亲 这款是雾面哑光的，基本不沾杯，喝水会有一点点
亲，面霜成分温和，但孕期建议您先咨询医生哦
亲 洗面奶是氨基酸配方，敏感肌可以用
亲，这批货生产日期是今年三月，保质期三年
亲 开封后建议十二个月内用完
亲，这款防晒是防水的，建议用卸妆产品清洁
亲 精华早晚都能用，白天用记得叠加防晒
亲，小样和正装成分是一样的，只是容量不同
亲 油皮建议用清爽型，质地是乳液状的，不闷
""")
B("buyer", [], "shop_electronics", """
这个充电宝能带上飞机吗
耳机续航多久
手机壳适配iPhone15吗，还是15Pro
这个数据线支持快充吗
键盘是青轴还是红轴
鼠标是有线还是无线的
平板能插卡吗
这个电水壶是304不锈钢吗
吹风机功率多大，宿舍能用吗
扫地机器人能拖地吗
空气炸锅几升的，三口之家够用吗
蓝牙音箱防水吗
""")
B("agent", [], "shop_electronics", """
亲，这款是10000毫安，符合民航规定，可以带上飞机
亲 耳机单次续航6小时，加上充电盒一共30小时
亲，这个是15Pro专用的，15的话要选另一个型号，摄像头位置不一样
亲 数据线支持65W快充，苹果安卓都有
亲，这款键盘是红轴，声音比较小，适合办公
亲 鼠标是2.4G无线加蓝牙双模的
亲，这款平板是WiFi版，不能插卡
亲 内胆是304不锈钢的，检测报告在详情页
亲，吹风机是1200W，一般宿舍限电1500W以下可以用
亲 这款扫拖一体，有一个拖地模块
亲，5.5升的，三到五口人都够用
亲 音箱是IPX7防水，洗澡的时候可以放浴室
""")
B("buyer", [], "shop_food", """
这个坚果是今年的新货吗
辣条会不会很辣，我不太能吃辣
牛肉干是真牛肉吗
这个茶叶是明前还是雨前
蜂蜜会结晶吗
水果到了坏了怎么办
月饼是什么馅的，有没有不甜的
大米是东北的吗，新米还是陈米
零食礼包适合送小朋友吗
奶粉是几段的
""")
B("agent", [], "shop_food", """
亲，坚果是今年十月新采的，真空包装
亲 这款是微辣，不太能吃辣的也可以接受
亲，牛肉干是内蒙古牛后腿肉做的，配料表第一位就是牛肉
亲 这款是明前龙井，三月底采的
亲，真蜂蜜低温下会结晶，是正常现象，放温水里泡一下就好
亲 水果坏果包赔，收到后拍照给我们就行，按个数赔
亲，月饼有五仁、豆沙、蛋黄莲蓉，还有低糖的椰蓉
亲 是黑龙江五常的新米，今年秋天收的
亲，零食礼包里没有坚果整粒，三岁以上的小朋友都可以吃
亲 这款是3段的，适合1到3岁
""")
B("buyer", [], "shop_baby", """
宝宝六个月穿多大码
这个奶瓶是玻璃的还是PPSU的
纸尿裤是拉拉裤还是腰贴
婴儿车能上飞机吗
安全座椅是几岁用的
这个玩具有没有小零件，怕宝宝吞
洗衣液婴儿能用吗
""")
B("agent", [], "shop_baby", """
亲，六个月的宝宝一般穿73码
亲 这款是PPSU材质的，耐摔耐高温
亲，我们这个链接里两种都有，您选规格的时候注意看一下
亲 这款婴儿车折叠后可以登机，符合大部分航空公司的尺寸要求
亲，安全座椅适合0到12岁，可以正反向安装
亲 这款玩具是一体成型的，没有小零件，适合一岁以上
亲，洗衣液是婴儿专用的，无磷无荧光剂
""")
B("buyer", [], "shop_home", """
四件套是全棉的吗
被子是多重的，冬天盖够不够暖
窗帘能定做尺寸吗
沙发垫会不会滑
这个拖把能拧干吗
收纳箱能叠放吗
床垫是软的还是硬的
餐具能放洗碗机吗
""")
B("agent", [], "shop_home", """
亲，四件套是100%全棉，60支的
亲 被子是八斤的，冬天北方有暖气的话够用，南方没暖气建议选十斤的
亲，窗帘可以定做，您在下单时选"定制"，备注宽和高
亲 沙发垫背面有防滑颗粒，不会滑
亲，这款拖把是免手洗的，有挤水槽
亲 收纳箱盖子上有卡槽，可以叠放三层
亲，这款床垫是偏硬的，适合腰不好的人
亲 餐具是陶瓷的，可以进洗碗机和微波炉
""")
B("buyer", [], "shop_pets", """
猫粮适合几个月的猫
狗狗吃了会不会软便
猫砂是豆腐砂还是膨润土
这个牵引绳适合多大的狗
猫抓板多久要换
""")
B("agent", [], "shop_pets", """
亲，这款是全阶段猫粮，两个月以上都能吃
亲 换粮建议七天过渡，逐渐增加新粮比例，就不容易软便
亲，是豆腐砂，可以冲马桶
亲 这款牵引绳适合二十斤以内的小型犬
亲，猫抓板一般一到两个月换一次，看猫咪抓得勤不勤
""")
B("buyer", [], "shop_books", """
这本书是正版吗
有没有塑封
是第几版的
字大不大，给老人看的
这套绘本适合几岁的孩子
""")
B("agent", [], "shop_books", """
亲，我们是出版社授权的，全部正版
亲 每本都有塑封
亲，这是2024年的第三版，内容有更新
亲 这本是大字版，字号比普通的大一倍
亲，这套绘本适合三到六岁，每本都有拼音
""")
B("buyer", [], "shop_logistics", """
今天下单今天能发吗
大概几天能到广州
能不能指定周末送
我这地址偏远，能发到吗
包裹到了没人在家怎么办
能不能放快递柜
发货了吗，怎么还没物流信息
能帮我催一下快递吗
""")
B("agent", [], "shop_logistics", """
亲，下午四点前下单当天发，之后的第二天发
亲 从上海发到广州一般两天
亲，指定日期配送的话您在备注里写一下，我们尽量安排
亲 新疆西藏地区需要补运费，其他地区都包邮
亲，可以备注放快递柜或者驿站
亲 已经发了，物流信息一般晚几个小时更新
亲，已经帮您联系快递加急了
""")

B("agent", [], "own_upsell", """
亲，您买的是洗面奶，我们家同系列的水乳一起用效果更好，组合装比单买便宜三十
亲 这款相机包配套的防潮箱我们也有，一起拍可以合并运费
亲，您要的猫砂盆我们店里有配套的猫砂铲，才九块九
亲 买了茶具的话，我们店的普洱散茶很多人一起带，送一个茶盘
亲，这个书架还有配套的小边柜，放在一起很搭
亲 您选的口红色号，同系列的唇釉也有这个颜色，质地更水润
亲，这款跑鞋我们家有配套的运动袜，三双装二十五
亲 相框买三个以上我们送挂钩和钉子
亲，这款电煮锅配一个蒸笼更实用，加购只要十五
亲 您买的钓竿可以配我们店的鱼线，拉力更大
""")
B("agent", [], "own_broadcast_inplatform", """
亲爱的顾客您好，本店秋冬新款已上架，老顾客下单送围巾一条，欢迎回店逛逛～
亲，您收藏的那件大衣降价了，比您收藏时便宜了六十，现在下单很划算
亲，您购物车里的宝贝库存只剩三件了，需要的话尽快下单哦
亲，您的店铺积分还有500分月底到期，可以在积分商城兑换小礼品
亲，本店新品试用活动开始了，在店铺首页"试用中心"申请，选中后免费寄出
亲，店铺周年庆抽奖在首页，每个账号可以抽一次，奖品有扫地机和代金券
亲，您上次咨询的那款绿色已经到货了，给您说一声
亲，店铺春节放假通知：1月25日到2月3日暂停发货，期间下单节后按顺序发
""")
B("buyer", [], "buyer_wholesale_ok", """
我是开小超市的，想从你们这进点货，买五十包能不能批发价
我们幼儿园要买三十套画笔，能开发票吗
我开了个美甲店，你们这个甲油胶要一次拿二十瓶，有优惠吗
我是做民宿的，要买十套床品，能定做尺寸吗
我们公司年会要买一百个保温杯，能印公司logo吗
我们学校要采购跳绳，两百根，能开对公发票吗
""")
B("agent", [], "agent_wholesale_ok", """
亲，五十包以上可以给您批发价，您直接拍，我在后台改价
亲 可以开发票的，下单后在订单详情申请开票就行
亲，二十瓶以上打八五折，您拍好我给您改
亲 床品可以定做，您把尺寸写在备注里，工期大概七天
亲，logo可以印，您把logo图片在这里发我，我们出效果图给您确认
亲 对公发票可以开，您下单后把开票信息发给我
""")
B("buyer", [], "buyer_search_inplatform", """
我在这个平台上搜"加绒卫衣"，你们家排第三，就点进来了
我在首页推荐里刷到你们家的
在搜索框搜你们店名搜不到，后来是从收藏夹进来的
我是从你们家直播间进来的，主播说的那个款是哪个
我刚刚在"猜你喜欢"里看到这个包
平台给我推了你们店的券，我就来看看
""")
B("agent", [], "agent_search_inplatform", """
亲，在本平台首页搜索"小鹿家居 收纳箱"就能搜到我们这款
亲 您可以在店铺内搜索框输入"加厚"，会出来所有加厚款
亲，从收藏夹进来最方便，以后直接点收藏的店铺就行
亲 主播说的是这款卡其色的，我把卡片发您
""")
B("buyer", [], "buyer_bought_elsewhere_before", """
我之前在京东买过你们这个牌子，用着不错，这次在这边买
我是从别的平台过来的，那边没货了，你们这边发货快吗
上次在超市买的你们家酱油，觉得好吃，来这边买一箱
我之前在你们专卖店买过，线上和线下是一样的吗
我在免税店看到过这款，你们这个是大陆版还是国际版
我以前都在别的地方买，今天第一次在这里买，有新人优惠吗
""")
B("agent", [], "agent_reply_elsewhere", """
亲，是一样的产品，我们是品牌官方授权店
亲 欢迎欢迎～新客下单有新人券，结算时会自动抵扣
亲，线上线下是同一批货，线上有时候活动更多
亲 我们这边是大陆行货，有中文说明书和全国联保
亲，其他平台的优惠券在本店用不了哦，不过我们店有自己的满减
""")
B("buyer", [], "buyer_other_coupon_q", """
我有88会员，在这能打折吗
京东的plus会员在你们这有用吗
我有别的平台的优惠券，这里能用吗
我有你们品牌的线下会员卡，线上能积分吗
""")
B("buyer", [], "buyer_mention_video_noLink", """
我看了一个测评视频，说你们这个噪音很大，是真的吗
网上有人说你们家的东西甲醛超标，你们有检测报告吗
我百度了一下这个成分，说孕妇不能用，是这样吗
看到有个博主说这款容易掉色，我有点担心
我在论坛上看到有人说这个型号有bug，你们更新了吗
我朋友发给我一个视频，说你们这款可以折叠，是吗
""")
B("agent", [], "agent_reply_video", """
亲，这款运行噪音是52分贝左右，比正常说话声音小
亲 我们有第三方检测报告，甲醛含量符合国家标准，报告图片在详情页
亲，这个成分的含量很低，不过孕期用品建议您先咨询医生
亲 这款是还原染色工艺，正常洗涤不会明显掉色
亲，您说的那个问题是老版本的，现在的批次已经改进了
亲 是可以折叠的，折叠后厚度只有十二厘米
""")
B("buyer", [], "buyer_checked_official", """
我在品牌官网查了这个防伪码，显示是真的，放心了
我去品牌的售后网点问了，他们说要有你们的发票才能保修
我在国家药监局网站查了这个化妆品的备案号，查得到
我打了品牌的400电话，他们说这个型号已经停产了，你们还有货吗
""")
B("agent", [], "agent_reply_official", """
亲，是的我们全部正品，您放心使用
亲 发票可以在订单详情申请，开好了会发到您的订单里
亲，备案信息是公开的，谢谢您的信任
亲 这个型号我们还有少量库存，是停产前的最后一批
""")
B("agent", [], "agent_live_inplatform2", """
亲，您说的主播是我们店的主播小雨，她在直播间推荐的就是这款
亲 直播间的专享价是在直播时候拍才有，现在结束了，不过链接里也有券
亲，今晚直播会上一批福袋，在本店直播间里参与就行
亲 下播了亲，明天中午十二点还会播，到时候店铺首页有入口
""")
B("buyer", [], "buyer_live_inplatform2", """
你们直播间那个主播穿的是哪个色
刚才直播说的那个链接是几号
直播时候说的赠品会一起发吗
我在直播间下的单，能改地址吗
""")
B("buyer", [], "buyer_jobs_ok", """
你们店招客服吗？我想应聘，要去哪里投简历
我是学设计的，你们店需要美工吗
""")
B("agent", [], "agent_jobs_ok", """
亲，谢谢您的关注，我们目前暂时不招聘哦
亲 招聘信息会在店铺公告里发布，您可以留意一下
""")

B("buyer", [], "shop_tea", """
这个普洱是生茶还是熟茶
白茶能存几年
茶饼是357克的吗
红茶适合胃不好的人喝吗
礼盒里有手提袋吗，我要送人
""")
B("agent", [], "shop_tea", """
亲，这款是熟普，口感醇厚，胃不好的人也可以喝
亲 白茶越陈越香，干燥避光保存，放十年都没问题
亲，是标准的357克七子饼
亲 红茶是全发酵的，性温，比绿茶温和
亲，礼盒都配手提袋，还可以免费帮您写贺卡
""")
B("buyer", [], "shop_jewelry", """
这个手链是纯银的吗，会不会过敏
项链长度可以调节吗
戒指能改圈号吗
金饰有证书吗
耳钉是耳针还是耳夹
""")
B("agent", [], "shop_jewelry", """
亲，是S925银的，镀了一层铂金，不易过敏
亲 项链有五厘米的延长链，可以调
亲，戒指是开口的，可以自己微调大小
亲 每件金饰都附带国检证书，可以查编号
亲，这款是耳针，没有耳洞的话我们有耳夹款
""")
B("buyer", [], "shop_outdoor", """
帐篷防雨吗，下大雨会不会漏
睡袋适合零度以下吗
登山鞋要大一码吗
这个折叠椅承重多少
头灯能充电吗
""")
B("agent", [], "shop_outdoor", """
亲，帐篷防水指数3000毫米，中到大雨没问题
亲 这款睡袋舒适温度零下五度，极限零下十五度
亲，登山鞋建议拿大半码，下山时脚趾不容易顶
亲 折叠椅承重150公斤
亲，头灯是Type-C充电的，充满能用八小时
""")
B("buyer", [], "shop_auto", """
这个脚垫适合2020款的卡罗拉吗
行车记录仪要自己装吗
车载香薰能放多久
雨刮器是多少寸的
座套是全包的吗
""")
B("agent", [], "shop_auto", """
亲，适配的，您下单时备注年份和车型，我们按车型裁
亲 记录仪是免走线的，插点烟器就能用
亲，香薰一瓶能用两个月左右
亲 您的车主驾26寸，副驾16寸，我们按车型配好了
亲，是全包的，四季通用
""")
B("buyer", [], "shop_flowers_fruit", """
鲜花能指定时间送吗，我要明天中午送到
贺卡能写字吗
车厘子是几J的
芒果是熟的还是要放几天
榴莲是金枕还是猫山王
""")
B("agent", [], "shop_flowers_fruit", """
亲，可以指定时间，您在备注里写"明天12点前"
亲 贺卡免费代写，您把要写的话发给我
亲，这款是JJ级的，直径28到30毫米
亲 芒果是七八成熟采摘的，到了放两三天就软了
亲，是泰国金枕，肉厚核小
""")
B("buyer", [], "shop_digital_course", """
这个网课买了以后在哪里看
课程有有效期吗
能不能退，我还没看
资料是电子版还是纸质的
买了之后有人答疑吗
""")
B("agent", [], "shop_digital_course", """
亲，购买后在订单里点"去学习"就能看，不用下载别的东西
亲 课程有效期一年，期间可以反复看
亲，虚拟商品一经发货不支持退款，购买前有试看章节
亲 资料是电子版的，付款后自动发到订单里
亲，答疑在课程页面的评论区，老师每天会回复
""")
B("buyer", [], "shop_furniture_toys_stationery", """
这个书桌要自己装吗，难不难
衣柜送货上楼吗，我住六楼没电梯
积木是大颗粒的吗，两岁宝宝能玩吗
遥控车电池要另外买吗
中性笔是0.5的还是0.38的
这个笔记本纸张厚不厚，钢笔写会不会洇
""")
B("agent", [], "shop_furniture_toys_stationery", """
亲，书桌需要简单组装，送工具和视频说明，二十分钟就能装好
亲 物流送到楼下，上楼需要另付费，六楼大概五十元
亲，这款是大颗粒的，适合一岁半以上
亲 遥控车自带锂电池，遥控器要两节五号电池，我们送了
亲，这款是0.5的，0.38的在同一链接里选规格
亲 纸张是100克的道林纸，钢笔写不洇
""")
B("buyer", [], "shop_aftersales", """
收到的杯子有个缺口，怎么处理
少发了一个配件
尺码不合适能换吗
颜色和图片差太多了，想退
七天无理由退货运费谁出
退款多久能到账
我不小心拍错了颜色，还没发货能改吗
""")
B("agent", [], "shop_aftersales", """
亲，非常抱歉，麻烦拍个照片发我，我们给您补发一个新的
亲 少发的配件我们今天给您补寄，单号会更新到订单里
亲，可以换的，在订单里申请换货，选您要换的尺码
亲 理解您的心情，可以申请退货退款，运费险会补贴运费
亲，七天无理由的话来回运费需要您承担，有运费险的会自动理赔
亲 我们收到退货后24小时内退款，原路退回您的支付账户
亲，还没发货，已经帮您改成灰色了
""")
B("buyer", [], "shop_misc_personality", """
急急急！明天就要用，今天能发顺丰吗
emmm 这个颜色到底是蓝还是绿啊，图片看不清
我都问了三遍了，到底有没有货😤
谢谢啦～你人真好
能便宜点不，学生党穷😭
这个尺码表看不懂，帮我选一下吧，我腰围二尺二
好的收到，那我下单了
你们这个质量也太差了吧，用了三天就坏了
我就问一句，这个能不能机洗
算了我再考虑考虑
""")
B("agent", [], "shop_misc_personality", """
亲，可以的，今天给您发顺丰，补差价的话我给您免了
亲 实物是湖蓝色，偏蓝一点，我给您发张自然光的实拍
亲，非常抱歉让您久等了，这款有货的，现在拍今天就能发
亲 不客气～有问题随时找我
亲，学生党的话可以领一下店铺的学生券，能便宜十块
亲 腰围二尺二建议拿S码
亲，好的，收到订单后我们会尽快安排
亲 非常抱歉给您带来不好的体验，我们给您换新或者退款都可以，您看哪种方便
亲，可以机洗，建议放洗衣袋里，选轻柔模式
亲 好的，您慢慢看，有问题随时问我
""")

# ================= English / mixed =================
B("agent", ["platform"], "plat_english3", """
亲 this one is sold out here, but our sister store on the orange app still has 2 left
dear, we're moving everything to our shop on the red-book app next month, come find us there
honestly the price on the dog-logo platform is lower since we have a warehouse there, you can order there
亲, same 店名 on the other platform, but it's 20 yuan cheaper over there 😉
our main account is on the short-video app, better deals in the live room
""")
B("buyer", ["platform"], "plat_english3", """
can you open a listing for me on the other app? I'll pay there, my card doesn't work here
I'd prefer to buy from your shop on the fish app if you have a used one
which platform is your live room on? I'll go there and order
your store on that orange app, what's the name? I have a coupon there
hey is there another shop of yours, not on here? I want to order there instead
Let me cancel this and buy at your other store, it's cheaper there right?
do u have a shop on pdd? I'll order there lol
I'll just buy it at your store on the dog app instead, where do I find it
""")
B("agent", ["link"], "link_english3", """
亲 more colors at meiyi dot shop slash colors, just paste it in your browser
Please fill the warranty card at fw。xiaolu。cn, it extends your warranty
dear, scan the QR on the back of the tag, it opens our own site with a member discount
the video is uploaded to our cloud drive, code: Xk92, link pan点baidu点com/s/1Lq2
Copy ￥Zq8Lm2Kx9P￥ and open your shopping app to see the full collection
download "StyleHub" from your app store and use invite code 7721 for 15 off
""")
B("buyer", ["link"], "link_english3", """
here's the pattern I want printed: t . cn / A6Kx92 (remove spaces)
I put the photos on my drive, drive dot google dot com slash d slash 1Kq9, please download
check this youtube vid: youtu dot be slash Xk9z2 , same model right?
copy this ¥Lm2Kq8Zx3P¥ and open it, that's the one I want
look at 47.103.22.86/item/77 , can you make it like this
""")
B("agent", ["spam"], "spam_english3", """
Hi dear! hope you're well. btw my cousin is a mortgage broker, super low rates, want me to connect you?
亲, if you're free on weekends, there's a data entry side job paying 200 a day, interested?
Happy Mid-Autumn! my friend sells homemade mooncakes, lotus paste, really good, want some?
dear, have you tried the slot game everyone's playing? I won 3000 last night 😂
""")
B("buyer", ["spam"], "spam_english3", """
hi seller, do you need a virtual assistant for your store? I work remotely, cheap rates
Hello, we offer instant business loans for online shops, approval in 24h, want details?
hey, could you help me with a "bargain" on another app? just one tap, it's free for you
hi, my team is recruiting for a health products business, great income, wanna hear more?
""")
B("buyer", [], "ok_english3", """
hi, what's the difference between the grey and the charcoal one?
Does this jacket run small? I'm usually an M
How long does shipping take to Shenzhen?
Is this the same as the one on Xiaohongshu? It looks identical
I saw this on a TikTok review, does it really not leak?
Another shop sells it for 20 yuan less, any chance of a discount?
can I get an invoice for my company?
My order says delivered but I didn't get it, can you check?
the tracking on SF's website hasn't moved for 3 days
someone sent me a weird refund link pretending to be you, just letting you know
Can I return it if it doesn't fit?
Is there a warranty on the blender?
is the phone case compatible with iPhone 15 Pro Max?
can you gift-wrap it? it's for my mom's birthday
Do you have this in kids' sizes?
I followed your shop, thanks for the coupon!
what time is your live stream tonight?
my husband is an accountant, which calculator would you recommend?
Is the fish oil ok for pregnant women?
Does the router come with a setup guide? I can't open 192.168.1.1
I bought your brand at a mall before, is this the same quality?
how do I apply for a refund? I can't find the button
please ship with JD Express if possible
this is my first time buying here, any new customer discount?
sorry for the many questions haha, thanks for your patience
""")
B("agent", [], "ok_english3", """
Hi dear, the grey is lighter, the charcoal is almost black, I'll send you a real photo
It runs true to size, M should fit you well
Usually 2 days to Shenzhen, we ship from Dongguan
We can't comment on other shops, but ours is the authorized original with invoice
I've contacted the courier, they'll deliver this afternoon
Please don't click that link, we never send refund links. Refunds go through the order page
Yes, you can request a return within 7 days in "My Orders"
Sure, we'll gift-wrap it for free and add a card
Our live stream is at 8pm, tap "Live" on our store page
We offer a 2-year warranty, just keep the order record
Thanks for following! The fan coupon is in your coupon center now
We can ship with JD Express, there's a small extra fee
For new customers there's a 10 yuan coupon at checkout
Happy to help, ask anytime 😊
亲, 这个 size chart 在详情页第五张图, very clear
亲 the color is 雾霾蓝, a bit grey-ish blue
This is our own store's bundle deal: buy 2 get 10% off, no coupon needed
Our store will never ask you to do "tasks" for commission, that's a scam
""")
B("buyer", [], "ok_mixed", """
这个size偏大还是偏小啊
能不能帮我check一下物流，好几天没update了
OK那我下单了，thanks~
这个颜色好nice，有没有同色系的帽子
我在ins上看到有人背这个包，是你们家的吗
price能不能再nice一点哈哈
你们的customer service好快，点赞
这款有没有XL的，我朋友要
退货的话return label是系统给吗
我昨天在小红书刷到你们的post，来看看
""")
B("agent", [], "ok_mixed", """
亲，这款size是正常的，按平时穿的拿就好
亲 物流已经帮您check了，明天到
亲 thanks for your order～ 有问题随时找我
亲，同色系的帽子我们有，卡片发您了
亲 price已经是活动价了，不过送您一个小赠品哈
亲，return label在您提交退货申请后系统会生成
""")

# ================= Traditional Chinese =================
B("agent", ["platform"], "plat_trad3", """
親，這邊缺貨了，我們在那個橘色平台的賣場還有，您去那邊搜店名
親 下次可以直接到我們另一個賣場下單，那邊常常有免運活動
親，我們真正的主店在別的平台，這邊款式比較少
""")
B("buyer", ["platform"], "plat_trad3", """
老闆，你們在別的平台的店叫什麼？我去那邊下單比較方便
你們有沒有在橘子那個平台開店？那邊我有折價券
""")
B("agent", ["link"], "link_trad3", """
親，詳細尺寸表在 ｓｉｚｅ．ｍｅｉｙｉ．ｔｗ 上，您打開看看
親 實拍影片在雲端，連結 drive 點 google 點 com 斜線 Kx92
親，複製 ￥Lq8Zx2Km9P￥ 打開購物 App 就可以看到
""")
B("buyer", ["link"], "link_trad3", """
你們看一下這個 ｂｉｔ．ｌｙ／３ｘＫ 是不是一樣的款
我把設計圖放在雲端，連結是 pan點baidu點com/s/1Zq 提取碼 tw88
""")
B("agent", ["spam"], "spam_trad3", """
親，東西寄出了～順便問一下，您有沒有興趣投資房地產？我朋友在賣預售屋，有內部價
親 最近有個線上博弈平台很熱門，新人送點數，我每天都有玩
""")
B("buyer", ["spam"], "spam_trad3", """
老闆，你們要不要接業配？我在IG有五萬粉絲，價格好談
你好，我在做一個保健食品的直銷，可以讓你們員工一起賺外快
""")
B("buyer", [], "ok_trad3", """
請問這件外套有沒有M號
寄到台中大概要幾天
這個顏色跟照片差很多嗎
可以開統編嗎
我在Dcard看到有人推薦你們家的保溫瓶
別家賣得比較便宜，可以算便宜一點嗎
物流一直沒有更新，可以幫我查一下嗎
這個麻將桌可以折疊嗎
我已經追蹤你們的賣場了
收到的杯子有裂痕，要怎麼處理
請問有沒有贈品
這款保健食品一天吃幾顆
有人傳訊息說你們要退款給我，叫我點連結，是真的嗎
可以用信用卡分期嗎
幫我包裝成禮物可以嗎
""")
B("agent", [], "ok_trad3", """
親，M號還有貨喔，現在下單今天出貨
親 寄到台中大約三到五天
親，實品顏色稍微深一點點，差異不大
親 可以開統編，請在備註填寫統一編號
親，謝謝您的推薦～有問題隨時問我
親 其他家的情況我們不清楚，本店保證正品，還有售後服務
親，已經幫您查詢了，包裹明天會送達
親 這款麻將桌可以折疊，收起來很省空間
親，謝謝追蹤！追蹤禮的折價券已經發到您的帳戶了
親 很抱歉，請拍照給我們，我們馬上幫您補寄
親，這款每天兩顆，飯後吃比較好
親 那不是我們傳的，請不要點，退款都在訂單頁面處理
親，可以用信用卡分期，結帳時選擇就好
親 可以幫您包裝成禮物，還會附一張小卡片
""")

B("buyer", ["platform"], "plat_buyer_more", """
客服，我不在这拍了，你们那个橙色的店铺名字是啥，我去那边拍能便宜点不
我在短视频那边关注你们好久了，下次直接在你们橱窗里买就行吧？这边先取消了
亲，我能去你们起家的那个平台下单吗？我在那边是老客户了，有积分
你们在那个红色拼团的上面有没有开团？我拉我妈和我姐一起去那边拼
老板，我是做小生意的，以后能不能直接在你们那个批发网站的店下单，这边零售价太高
麻烦给个你们在别的平台的店名，这边不让我用花呗，那边可以
你们在鱼上挂的那个九成新的还在吗？我想去那边拍
你们在东哥家的店发货快吗？快的话我去那边下
客服，我不想在这个平台买了，这边售后太麻烦，你们别的平台有店吗
我看你们在红薯的笔记下面挂了商品链接，我去那边买一样吧
我想在你们另一个平台的店里凑单，你帮我问问那边还有没有货
我记得你们在某宝上有个店叫"安澜家纺旗舰"，我去那边买行吗
这样吧，我在你们那个黑色音符的直播间拍，你们给我备注一下送赠品
你们在多多上卖多少？便宜的话我就去多多上下了
我在那边平台下单，发货用你们这边的仓库行不行
你们那个V店还开着吗，我之前都在那边买的
我还是习惯在猫那边买东西，你们在那里的店叫什么
客服，我能在你们另外那家店下单然后备注这边的赠品吗
你们是不是在那个特卖的平台上也有？我去那边等特价
帮我在你们二店挂个链接吧，我去那边付，这边我的账号有问题
""")
B("buyer", ["platform"], "plat_buyer_more_short", """
那我去橙色那边拍了啊
你们老店在哪个平台来着
去你们另一个店拍算了
哪个平台你们最便宜 我去那
我去dy你们橱窗里买
你们在tb的店叫啥
换个平台买吧 这边贵
""")
B("agent", ["platform"], "plat_agent_more", """
亲，这个问题在这边处理要走平台流程，您去我们另一个平台的店重新拍一单，我那边直接给您发
亲 说实在的您要是在意价格，去我们那个橙色的店看看，这里是正价店
亲，下次您来之前先去我们在二手平台的号上看看，有时候有全新的尾货
亲 小店刚开，很多好价都在我们老店那边，老店在另一个平台，店名一样
亲，不瞒您说，我们在别的平台价格更低，这里只是为了让大家能搜到我们
亲 去短视频那边我们店的橱窗里拍吧，那边今天有满减
亲，那边的店我们有运费险和赠品，这里没有，建议您去那边
亲 这款我们只在红色那个拼团平台上做低价走量，这边价格高是正常的
""")

# ================= ACCEPTABLE: more buyer-heavy shop talk and mirrors =================
B("buyer", [], "buyer_q_misc", """
这个手机壳有没有防摔的
我想给男朋友买个钱包，有推荐吗
可以帮我在包裹里放张卡片吗，写"生日快乐"
你们这个是现货还是预售
同城能当天送吗
这两款有什么区别，价格差了三十
我之前买的那件洗完掉色了，这款会不会
帮我看看我的订单到哪了
我刚下单，能加急吗
这个能开专票吗
你们的赠品是什么
能不能把两单合并一起发
填错地址了，能帮我改一下吗
为什么我的优惠券用不了
满减是按原价算还是按券后价
买两件可以只付一份运费吗
我拍了两件，只收到一件
我要退货，快递员上门取件吗
包装能不能简单点，不要太多塑料
你们周末发货吗
""")
B("agent", [], "agent_a_misc", """
亲，这款有气囊防摔的，四角加厚
亲 钱包的话这款短款的很受男生欢迎，头层牛皮的
亲，可以的，卡片免费，写"生日快乐"对吧，我给您备注上了
亲 现货的，今天下单今天发
亲，同城暂时不支持当天送，一般次日到
亲 贵的那款是升级版，多了一个加热功能
亲，这款是活性印染的，不容易掉色
亲 您的包裹已经到转运中心了，预计明天派送
亲，已经给您备注加急了
亲 满减按实际支付金额算，优惠券和满减可以叠加
""")
B("buyer", [], "buyer_seen_more", """
在抖音上刷到一个博主用你们家的拖把，看着挺好用就来了
我在微信群里看到有人晒你们家的衣服
我姐在你们家买过，她说挺好的
我是看了一个美食博主的视频才知道你们家的
我在知乎搜"什么牌子的空气净化器好"，看到有人提到你们
在淘宝上买过类似的，质量一般，你们的怎么样
朋友从你们这买了送我一个，我觉得好用想多买几个
我在小区团购群里看到你们的货，原来你们在这也有店
我在超市看过你们品牌，线上的价格怎么样
看到一个开箱视频说你们这个锅很重，有多重
""")
B("buyer", [], "buyer_compare_more", """
隔壁那家才卖59，你们卖79，差在哪
我看其他店都送运费险，你们送吗
另一家说他们的是正品，你们的也是正品吧
这个价格比我在实体店看的便宜不少，不会是假货吧
别的地方卖的是三件套，你们这是两件？
跟我在网上看的比，你们的重量轻了一点
你们家比别家贵一点，但是好评多，我就信你们一次
之前在别家买的同款，穿了一次就开线了
""")
B("agent", [], "agent_compare_more", """
亲，价格差别主要是材质，我们用的是加厚款
亲 我们是送运费险的，下单就自动带上
亲，我们是品牌授权店，可以提供授权书
亲 我们的价格低是因为厂家直营，没有中间商
亲，我们这款是两件套，三件套在另一个规格里选
亲 我们这款用的是轻量化材料，所以会轻一点
亲，感谢信任，我们家的做工您放心
""")
B("buyer", [], "buyer_link_inplatform", """
你把那款藏青色的链接发我一下
我找不到你们店里的那个大号的了，发个链接给我
上次那个客服给我发的商品卡片找不到了
怎么在你们店里搜到那个保温杯
能不能把这两个商品的卡片都发我
""")
B("agent", [], "agent_link_inplatform", """
亲，藏青色在这个链接里选颜色就有，卡片给您发过去了
亲 大号的我发您了，这个卡片里选"XL"
亲，没关系，我重新给您发一次
亲 在店铺首页搜索框输"保温杯"就能看到
亲，两个卡片都发您了，可以一起加购
""")
B("buyer", [], "buyer_warning_aware", """
我知道你们不会私下加微信的，就是问一下这个退款是真的吗
我收到个短信说是平台的，让我点链接解冻账户，我没点
刚才有人给我打电话说我的订单有问题，要退给我两倍的钱，我直接挂了
有人说我中了你们店的奖，要我先交手续费，我不信
""")
B("agent", [], "agent_warning_more", """
亲，您做得对，我们不会通过任何外部方式联系您
亲 凡是让您先交钱的中奖都是骗局，请放心，我们没有这样的活动
亲，平台的通知只会在消息中心出现，短信链接不要点
亲 您的订单一切正常，任何电话说要退双倍都是诈骗
亲，温馨提示：正规退款不会要求您提供验证码和支付密码
""")
B("buyer", [], "buyer_followups", """
好的我知道了
那我等你们消息
行吧，那就这个
哦哦明白了谢谢
还有别的颜色吗
嗯嗯
好 麻烦了
那我先拍了
明天能到吗
OK
你们几点下班
收到了，东西很好
怎么还没发货呀
""")
B("agent", [], "agent_followups", """
好的亲，有消息第一时间告诉您
亲 还有灰色和米色，您看看喜欢哪个
不客气亲～
亲 我们客服在线时间是早九点到晚十二点
亲，收到就好，使用愉快
亲 您的订单已经在打包了，今天下午发出
""")

PROD = ["保温杯", "四件套", "空气炸锅", "羽绒服", "面霜", "猫粮", "儿童书包", "蓝牙耳机", "乳胶枕", "电动牙刷", "瑜伽垫", "收纳柜", "加湿器", "运动鞋", "围巾"]
SRC = ["小红书", "抖音", "B站", "微博", "知乎", "朋友圈", "快手", "公众号文章", "视频号"]
def order(): return rd(18)
def sf(): return "SF" + rd(13)
def zto(): return "7" + rd(13)
T("buyer", [], "seen_elsewhere_t", "我在{s}上看到{w}推荐你们家的{p}，{q}", 5, s=SRC, w=["一个博主", "好几个人", "同事", "一个up主", "测评号"], p=PROD, q=["是真的好用吗", "想问问有没有优惠", "现在还有货吗", "有几个颜色", "质量怎么样"])
T("buyer", [], "price_compare_t", "{x}，别家{p}才卖{a}，你们{q}", 5, x=["客服", "老板", "你好", "亲", "在吗"], p=PROD, a=["59", "79", "99", "129", "39", "199"], q=["能便宜点吗", "贵在哪里", "有什么不一样", "是不是材质更好", "送不送赠品"])
T("agent", [], "own_promo_t", "亲，{p}今天{y}，{z}", 5, p=PROD, y=["第二件半价", "满199减30", "下单送收纳袋", "限时八折", "前100名送赠品", "买一送一"], z=["活动今晚结束", "在商品页直接拍就行", "券在店铺首页领", "会员还能再叠加", "库存不多了"])
T("agent", [], "own_coupon_t", "亲，店铺首页领一张{a}元{k}，{y}", 5, a=["3", "5", "10", "20", "30"], k=["无门槛券", "满减券", "新人券", "粉丝券", "会员券"], y=["结算时自动抵扣", "和满减可以叠加", "三天内有效", "关注店铺就能领", "每个账号限领一张"])
T("buyer", [], "order_num_t", "订单{o}{q}", 5, o=order, q=["怎么还没发货", "能不能改地址", "我想退款", "帮我备注一下加急", "少了一个赠品", "物流一直不动"])
T("buyer", [], "courier_site_t", "{c}官网显示{s}，{q}", 5, c=["顺丰", "中通", "圆通", "韵达", "京东快递", "邮政", "申通"], s=["已签收", "派送中", "在转运中心", "退回中", "问题件"], q=["可我没收到啊", "帮我问一下", "怎么回事", "能催一下吗", "多久能到"])
T("agent", [], "waybill_t", "亲，您的快递单号是{wb}，{y}", 4, wb=lambda: random.choice([sf, zto])(), y=["物流信息在订单里能看到", "预计后天到", "今天已经揽收了", "已经同步到订单详情"])
T("buyer", [], "report_impersonate_t", "有人冒充你们{x}，{y}，是骗子吧", 5, x=["客服", "店铺", "老板", "售后", "快递"], y=["说要退我双倍运费", "让我下载个软件退款", "说我中奖了要交手续费", "拉我进什么兼职群", "发了个链接让我填银行卡", "让我扫码领赔偿"])
T("agent", [], "warning_t", "亲，{x}，{y}", 5, x=["本店不会发外部链接", "我们不会让您下载任何App", "我们不会推荐兼职或投资", "退款只会在订单页面处理", "我们不会私下联系您"], y=["请谨防诈骗", "遇到请直接举报", "有疑问在这里问我就好", "千万不要转账", "请保护好个人信息"])
T("buyer", [], "product_q_t", "这个{p}{q}", 5, p=PROD, q=["有没有大一号的", "能用多久", "是什么材质的", "有几种颜色", "保修多久", "能退换吗", "重不重"])
T("agent", [], "live_inplatform_t", "亲，{t}店铺直播{y}", 5, t=["今晚八点", "明天中午", "周五晚上", "每天下午三点", "本周六"], y=["会讲这款的用法", "有秒杀福利", "在店铺首页点直播就能进", "主播会现场试穿", "会抽免单"])
T("buyer", [], "buyer_job_context_t", "我是{j}，{q}", 5, j=["做会计的", "开小卖部的", "跑外卖的", "教小学的", "当护士的", "做设计的", "开出租的"], q=["想买个好一点的计算器", "要一批购物袋", "要个防水手机套", "需要一个护眼台灯", "要双软底的鞋", "想买个数位板", "要个车载靠枕"])
T("buyer", [], "buyer_saw_live_t", "我在你们{w}看到{p}，{q}", 4, w=["店铺直播", "直播间", "首页视频", "买家秀"], p=PROD, q=["现在还有直播价吗", "那个颜色叫什么", "有没有别的尺寸", "是新款吗"])
T("agent", [], "follow_t", "亲，{x}，{y}", 4, x=["关注店铺后", "加入会员后", "收藏宝贝后", "订阅店铺后"], y=["上新会第一时间提醒您", "能领一张专属券", "每月能参加会员日", "降价会有通知"])

# ================= ACCEPTABLE: hard negatives for the described-app / link tricks =================
B("buyer", [], "color_pattern_lookalike", """
橙色那个还有货吗，我要大号的
有鱼图案的那款是纯棉的吗
小狗图案的睡衣有没有儿童尺码
红色那个拼图是多少片的
那个黑色带音符图案的T恤有L码吗
粉色的那个包包能装下iPad吗
有猫咪图案的马克杯吗
黄色小鸭子那个浴室玩具会不会发霉
那个印着小红书本图案的帆布袋还有吗
橘色那双鞋偏大还是偏小
蓝色鲸鱼那款保温杯容量多大
我要那个画着小鱼干的猫抓板
""")
B("agent", [], "color_pattern_lookalike", """
亲，橙色大号的还有最后几件，现在拍今天发
亲 有鱼图案的是纯棉的，印花不掉色
亲，小狗图案的有儿童款，从90码到140码
亲 红色盒子的那款是1000片的
亲，音符图案那款L码有货
亲 粉色包包能放下11寸的iPad
亲，橘色那款偏大半码，建议拿小一码
亲 猫咪杯有三种表情，随机发，也可以备注指定
""")
B("buyer", [], "dot_number_lookalike", """
1.8米的床用哪个尺寸的床单
三点五米的窗帘有吗
你们九点半之前下单今天发吗
这个是2.0升级版还是1.0的
价格是12.5还是125，我没看清
S M L 三个码都有吗
www笑死我了，这个包装也太可爱了吧
comfort系列的那个枕头是哪款
这款的型号是X1.5还是X15
我家是1.5米的门，这个挂帘够长吗
净含量是0.5千克吗
""")
B("agent", [], "dot_number_lookalike", """
亲，1.8米的床选2.0乘2.3的床单就可以
亲 窗帘可以定做到三点五米，宽度您备注一下
亲，下午四点前下单都是当天发
亲 现在发的是2.0升级版，电池更耐用
亲，是12.5元一包哦
亲 Comfort系列就是这款记忆棉枕头
亲，型号是X1.5，包装盒侧面有印
""")
B("agent", [], "same_store_other_listing", """
亲，这款在我们店的另一个链接里也有，价格一样，那个链接送赠品，卡片发您
亲 这个链接是单件装，三件装在我们店铺的另一个链接，搜"三件装"就有
亲，您要的颜色在我们店的二号链接，是同一款，只是分开上架了
亲 我们店里还有个"清仓专区"分类，瑕疵品在那边，便宜一半
亲，这款在我们店"福利款"分类下也有，是上一批的，价格低一点
""")
B("agent", [], "wait_for_promo_ok", """
亲，不着急的话可以等双十一，到时候店铺会有满减
亲 下个月我们店会员日价格会更低，您可以先加购
亲，这款过几天会参加平台的大促，价格会降一些
亲 今天下单和大促价格一样的，我们支持价保
""")
B("buyer", [], "bargain_inplatform", """
你们店有没有砍价活动
有没有新人专享价
买满多少能包邮
你们店有满减吗
有没有学生优惠
""")
B("agent", [], "bargain_inplatform", """
亲，本店暂时没有砍价活动，不过可以领店铺券
亲 新人专享价在商品页有标注，首次下单自动享受
亲，满59包邮，偏远地区除外
亲 店铺满200减20，可以跨商品凑单
""")
B("buyer", [], "buyer_money_smalltalk", """
最近手头紧，等发工资再买
这个月花超了，先加购物车
我想分期买，一下子拿不出来那么多
等年终奖发了我就来买那个大的
孩子要交学费了，先买便宜的这个吧
""")
B("agent", [], "agent_money_smalltalk", """
亲，没关系，您先加购，降价的话会有提醒
亲 这款支持分期，每期压力会小一点
亲，理解的，便宜的这款性价比也很高
""")
B("agent", [], "card_in_parcel_ok", """
亲，包裹里的小卡片是售后说明卡，上面写了退换流程和注意事项
亲 卡片上的二维码是品牌的防伪标签，不用管它，正品都有
亲，随包裹附了一张洗涤说明，按上面的方法洗不容易变形
亲 包裹里那张纸是发货清单，您核对一下数量
""")
B("buyer", [], "card_in_parcel_ok", """
包裹里有张卡片是干嘛的
盒子上有个二维码，是什么
里面那张纸要留着吗
""")
B("agent", [], "product_companion_app", """
亲，这款体脂秤需要配合手机蓝牙使用，说明书第一页写了配套应用的名称
亲 这个智能手环在手机应用商店里搜手环品牌就能找到配套应用，连接后能看睡眠数据
亲，这款电子相框是插卡的，不需要联网，也不用下载任何东西
亲 这个儿童手表要装电话卡才能用，配套的家长端应用在包装盒上有说明
""")
B("buyer", [], "buyer_misc_hard", """
你们家的东西我在抖音和小红书都看到过，原来是同一个牌子
我用微信支付可以吗
上次在你们这买的QQ糖孩子超爱吃，再来五包
我在京东买的手机，想配你们家的壳，型号是Mate60
你们这个和拼多多上那个长得好像，你们是原创吗
我闺蜜在闲鱼上买了个二手的，坏了，你们保修吗
我的快手直播间要用补光灯，这个够亮吗
我之前在天猫买过你们品牌的洗发水，这个是同款吗
我公众号写过你们家的杯子，好多人问，哈哈
""")
B("agent", [], "agent_misc_hard", """
亲，付款方式以收银台显示的为准，平台支持的都可以用
亲 我们是原创设计，有外观专利，其他地方的可能是仿款
亲，二手渠道购买的我们没法保修哦，需要本店的购买记录
亲 这款补光灯亮度可以调，直播用完全够
亲，是同一个配方，包装略有不同
亲 谢谢您的分享～欢迎大家来店里看
""")
B("buyer", [], "buyer_ask_more", """
你们家还有其他款式的吗，我想多看看
店里有没有配套的
你们有没有大码专区
你们店的新品在哪里看
能不能推荐几个适合送长辈的
""")
B("agent", [], "agent_answer_more", """
亲，店铺首页的分类里有全部款式，您可以按价格排序看
亲 配套的在"配件"分类里
亲，大码款在店铺的"大码专区"，最大到5XL
亲 新品在店铺首页最上面，标了"NEW"的就是
亲，送长辈的话推荐这款羊毛围巾和这款保温杯，卡片都发您了
""")

B("buyer", [], "persona_elderly", """
小姑娘，我眼睛不好，这个字能不能大一点
我不太会弄这个手机，东西买好了是不是就等着就行
我儿子帮我下的单，地址是我家的吧，你帮我看看
这个按摩椅我们老两口坐得下吗
你们这个老花镜是几百度的
我要给老伴买个拐杖，要结实的
这个收音机能听戏曲吗
东西收到了，就是不会装，能不能教教我
""")
B("agent", [], "persona_elderly", """
阿姨您好，订单已经付好款了，您等着收货就行，三天左右到
叔叔，地址是您家的，收件人写的是您的名字
阿姨，按摩椅是单人的，两个人轮流用可以
叔叔，老花镜有100度到400度，您平时看报纸要多大的
阿姨，这根拐杖是铝合金的，能承重一百公斤，底下有防滑垫
叔叔，收音机能收FM和AM，戏曲台都能收到
阿姨别着急，我一步一步教您，先把底座翻过来
""")
B("buyer", [], "persona_student", """
学生党求便宜点😭
宿舍能用吗，会不会跳闸
这个笔记本适合做错题本吗
考研用的台灯有没有推荐
寝室床是0.9米的，买哪个床垫
我们班要订三十件班服，能印字吗
开学前能到吗，八月二十五号
""")
B("agent", [], "persona_student", """
亲，学生可以领店铺的学生券，少十块
亲 这款功率只有300W，宿舍一般都能用
亲，这本是活页的，做错题本很方便，可以随时加页
亲 考研的话推荐这款无频闪的，长时间看书不累眼
亲，0.9米的床选90乘190的就可以
亲 班服可以印字，三十件以上免费印，您把内容发我
亲，现在下单二十号前就能到
""")
B("buyer", [], "persona_dialect", """
这个东西咋个用嘛，说明书看不懂
你们屋头这个腊肉好不好吃哦
侬好，这件衣裳有大一号伐
呢个手袋有冇其他颜色啊
俺家娃儿穿多大码的鞋合适，他脚长十八公分
这个锅嘞，用电磁炉得行不
额想问哈这个被子厚不厚
""")
B("agent", [], "persona_dialect", """
亲，使用方法我给您发个视频，在详情页也有
亲 腊肉是四川老家做的，烟熏味很正，好吃的
亲，有大一号的，XL码还有货
亲 手袋有黑色同卡其色
亲，脚长十八公分穿29码
亲 这个锅电磁炉燃气灶都能用
亲，被子是八斤的，冬天够厚
""")
B("buyer", [], "persona_impatient", """
到底什么时候发货？？？我都等三天了
你们客服怎么半天不回
我要投诉了，东西坏了都没人管
快点处理，我着急用
问了好几次了，能不能给个准话
怎么又是机器人回复，我要人工
""")
B("agent", [], "persona_impatient", """
亲，非常抱歉让您久等了，我马上给您查
亲 对不起回复晚了，现在咨询量比较大
亲，真的很抱歉，我现在就给您处理，您看是换新还是退款
亲 已经帮您加急了，今天下午一定发出
亲，明确告诉您，明天上午到
亲 您好，我是人工客服，您的问题我来处理
""")
B("buyer", [], "persona_typo", """
这个有木有大码的
颜色太好看了吧啊啊啊
能补能便宜点，就便宜五块
亲我下单了 快点发货哦
这个杯子能不能装热水额
收到了 质量杠杠滴
怎么把颜色拍错了 能改吗能改吗
我要退火 不是 退货
""")
B("agent", [], "persona_typo_reply", """
亲，有大码的，到3XL
亲 谢谢喜欢～
亲，价格已经是最低了，给您送个小礼物吧
亲 收到，马上安排发货
亲，可以装热水，耐温一百度
亲 哈哈谢谢亲的认可
亲，还没发货，我帮您改
亲 好的，在订单里申请退货就行
""")
B("buyer", [], "store_types_more", """
这个眼镜框能配近视镜片吗
跳绳计数准吗
吉他是单板还是合板
这个染发膏会伤头发吗
婚礼的喜糖盒能印名字吗
生日派对的气球要自己打气吗
多肉植物怎么养，多久浇一次水
菜刀是不锈钢的吗，会不会生锈
""")
B("agent", [], "store_types_more", """
亲，镜框可以配近视镜片，下单时备注度数和瞳距
亲 跳绳有电子计数，误差很小
亲，这款是面单，面板是云杉实木
亲 染发膏是植物配方的，不含氨，对头发伤害小
亲，喜糖盒可以印新人名字和日期，免费的
亲 气球我们送一个手动打气筒
亲，多肉一般半个月浇一次水，浇透就行
亲 菜刀是复合钢的，用完擦干就不会生锈
""")

B("buyer", [], "buyer_mirror_spam_topics", """
今晚有球赛，我要在家看，零食礼包能今天到吗
我老婆喜欢打麻将，这个麻将凉席打牌的时候会不会滑
我是彩票站的，要一卷收银纸，宽度57的
我在做理财规划，需要个好看点的记账本
我在家做手工赚点零花钱，想买一批串珠材料，有没有大包装的
我打字多手腕疼，这个鼠标垫有护腕吗
我们打牌的时候用，扑克要一箱
家里老人在吃降压药，这个保健品能一起吃吗
我妈被人忽悠买了好多保健品，我想给她买个正规的血压计自己测
我同事说做副业要有个好点的电脑，这款剪视频卡不卡
我平时看股票要开好几个窗口，显示器有27寸的吗
""")
B("buyer", [], "buyer_mirror_link_topics", """
你们店的链接怎么分享给朋友
我想把这个宝贝推荐给我姐，怎么发给她
我在别的网站上查了这个成分是安全的
我用浏览器搜了一下你们品牌，是个老牌子
快递短信里有个链接说可以改派送时间，那个能点吗
我收到的物流短信说到驿站了，是真的吧
为啥我这边显示"商品已下架"
你们这个宝贝页面怎么打不开了
我上传了三张照片，你看到了吗
视频传不上来，太大了，我拍张照片给你吧
""")
B("buyer", [], "buyer_mirror_platform_topics", """
你们是不是在很多平台都有卖
我第一次在这个平台买东西，怎么确认收货
我本来想在实体店买的，但是这边更便宜
我在别的平台看过你们家评价，都说好
这个和你们线下专卖店卖的是一样的吗
你们家这款我在机场见过，很贵
我平时不怎么网购，都是我女儿帮我买
我老公说这个牌子在京东也有，你们这是正品吧
这个在直播间里卖得很火吧
之前一直用你们家的，超市买不到了才上网找
""")
B("agent", [], "agent_mirror_more", """
亲，点商品页右上角的分享按钮，就能分享给朋友
亲 物流短信如果是快递公司官方号码发的可以放心，来历不明的链接不要点
亲，宝贝刚才在更新库存，现在已经恢复了，您刷新一下
亲 照片都收到了，确实是运输中压坏的，给您补发
亲，我们是品牌直营，线上线下同款同质
亲 确认收货在订单页点"确认收货"就行，确认前请检查一下商品
""")
B("buyer", [], "buyer_english_more", """
Hi, do you have this in navy blue?
is the price the same as in your live stream?
I saw it on Instagram, same brand?
My colleague recommended your shop, any discount for referrals?
Can I change my shipping address? I just moved
The box arrived damaged, here's a photo
Where do I leave the invoice info?
Is the blender BPA free?
How many days for delivery to Chengdu?
thx, I'll wait for the restock notification
can u ship today? it's urgent
I clicked "apply for refund" but nothing happened
do you have a size chart for kids?
I only buy here, not on other apps, just want to make sure it's authentic
Is the 12.5 price per pack or per box?
""")
B("buyer", [], "buyer_more_varied", """
老板你们家的酱是辣的还是甜的
窗帘挂钩送不送
能不能帮我挑一个甜一点的西瓜哈哈
这双鞋我穿37，你们偏大吗
能不能开个收据
宝宝过敏体质，这个纸尿裤会不会红屁股
快递员说没有我的包裹，麻烦查一下
能不能晚点发，我下周才回家
我要两个一样的，一个送人
耳机左边没声音了
为什么退款被拒绝了
你们有没有运费险
衣服上有个线头，问题不大，就说一声
我买的是礼物，价格单不要放里面
能帮我换个结实点的箱子吗，上次压坏了
我都收到了，谢谢你们
我能不能先付定金
瓶子漏了一点，没关系吧
书角有点折，能换吗
这个能寄到香港吗
""")
B("agent", [], "agent_more_varied", """
亲，我们家的酱是微辣带甜的
亲 窗帘挂钩是送的，每米送八个
亲，西瓜我们会挑熟的发，放心
亲 鞋子正常码，您拍37就可以
亲，不过敏体质一般没问题，过敏体质建议先买小包装试试
亲 可以的，我给您备注延迟到下周一发货
亲，价格单不放，已经备注了
亲 这次给您用加厚五层箱，保证不压坏
亲，书角折了可以换的，我们给您补发一本新的
亲 可以寄香港，需要补一点运费
""")

B("buyer", ["link"], "link_buyer_final", """
客服，我在这看到的测评 www 点 pingce365 点 com 斜杠 kongqi ，说你们这个滤网是假的
你好，我的照片都在相册分享里了 photos.app 点 goo 点 gl 斜杠 Zq92，你们挑清楚的印
我把尺寸图放在 t . c n / A 6 Z q 2 k 了，你们照这个做
复制这个口令 ￥Vk2Lm8Qx3Z￥ 打开看看，我想要的就是这个配色
你们浏览器搜一下"栗子鞋履 开胶"，好多人吐槽
这个是我找的参考 ｐｉｃ．ｈｕａｈｕａ．ｃｎ／８８ ，按这个颜色做
客服你看一下这个，118.31.77.206/pic/1.jpg ，我家墙是这个颜色，窗帘选哪个配
帮我看看这个 h t t p s : / / s u o . i m / 7 K x 9 是不是你们家的款
""")
B("buyer", ["spam"], "spam_buyer_final", """
你好，我们公司专门做电商客服培训的，你们家客服回复有点慢，要不要来上我们的课
老板，你们需要买点评论吗……开玩笑的，我是想说我们做店铺诊断的，免费诊断一次
客服你好，我是做本地团购平台的，你们要是有线下店可以入驻，前三个月免佣金
亲，麻烦转告一下老板，我们这边有一批低价的广告位，在小区电梯里，效果很好
你们老板有没有兴趣参加我们的商会？每个月有资源对接会，入会费一年三千
你好，我女儿在参加少儿歌唱比赛，每人每天能投五票，你们有空帮忙投一下吗，感谢
""")
B("agent", ["spam"], "spam_agent_final", """
亲 谢谢您的支持～顺便说一句，我们老板新开了家火锅店，您要是来成都玩可以去尝尝，报店铺名打八折
亲，您买了好多绘本呀，宝宝几岁了？我朋友在做幼儿英语启蒙课，试听免费，我帮您约一节
亲 东西发出了。另外我在做一个读书会，每月交一百块，每周一起读书还能领书，您感兴趣吗
亲，打扰了，我们员工都在帮公司推一个新出的理财产品，年化六个点，您要是有闲钱可以看看
""")
B("buyer", ["platform"], "plat_buyer_final", """
你们家在那个拍视频的平台上叫什么？我以后去那边看着直播买
客服，这单能不能转到你们另一个平台的店去，我那边有会员折扣
你们在小黄鱼上卖的那个二手是不是更便宜？我去那边收一个
我在你们橙色那家店买过，这边没优惠的话我还回那边买
""")
B("buyer", [], "buyer_final_ok", """
这个是不是抖音上那个很火的锅
你们家的包装好精致，拆快递都开心
我在朋友圈看到有人用你们家的香薰，就来了
你们有没有会员卡，买多了能打折吗
我想给公司买点下午茶零食，有没有组合装
这个和你们家去年那款比有什么升级
今天下单明天能到北京吗
第一次买，不知道选哪个好，帮我推荐下
你们家的衣服我穿着都合身，这次还是M
有没有适合送老师的礼物
这个充电宝能给笔记本充电吗
手机壳会发黄吗
我刚刚是不是重复下单了，帮我看一下
我想要发票抬头写公司的
东西都收到了，就是外箱有点破，东西没事
能不能给我换个颜色，还没拆封
你们店周几上新
这款有没有孕妇能穿的
这款枕头能不能水洗
床垫到了有点味道，正常吗
小孩说想要恐龙图案的，有没有
这个口罩是医用的吗
我老公说不好看，能退吗哈哈
颜色和详情页说的不一样，详情页说是卡其，收到的是驼色
东西很好，下次还来买，已经收藏店铺了
这个水杯能放进车的杯架吗
我都快等不及了，今天能发吗
我在小红书上种草了好久终于买了
能不能多送我几个试用装哈哈
店铺关注了，券也领了，下单了
我看了好多家，还是你们家评价最实在
这个价格是包邮的吧
能不能帮我写个贺卡，送我爸的，就写"爸爸生日快乐"
我在电视上看过这个牌子的广告，是你们家吗
我刚才在直播间里问的问题主播没回，你能帮我看看吗
有人给我打电话说要帮我开通什么会员，是你们吗？我没理
你们店里的那个蓝色款是不是卖完了，我搜不到了
我拍之前想确认下，这个是不是正品
这个餐桌几个人坐
我住的是老小区，快递放门卫可以吗
""")
B("agent", [], "agent_final_ok", """
亲，是的，这款就是最近很多人在推荐的不粘锅
亲 谢谢喜欢，包装是我们设计师专门设计的
亲，店铺会员买满三单自动升级，享九五折
亲 下午茶组合装在店铺"礼盒"分类里，有三种价位
亲，今年这款加大了容量，还多了一个保温档
亲 北京的话一般后天到，明天到的可能性不大
亲，送老师的话推荐这款钢笔礼盒，很体面
亲 可以给笔记本充电，支持65W PD快充
亲，帮您看了，是重复下单了，我帮您取消一单
亲 发票抬头写公司名称，税号也填上就行
亲，还没拆封可以换的，在订单里申请换货
亲 每周五上新，关注店铺就能收到提醒
亲，床垫新拆开有点味道是正常的，通风一两天就好了
亲 有恐龙图案的，卡片发您了
亲，很抱歉，颜色不符可以退换，运费我们承担
亲 谢谢您的信任，我们全部是正品，支持验货
亲，可以放门卫，我给您备注上
亲 直播间的问题我来帮您解答，您问的是尺码吗
亲，给您多放两个试用装，哈哈
亲 那不是我们，我们不会打电话推销会员，您不理他是对的
""")

B("buyer", [], "buyer_final_ok2", """
上次客服说这周会补货，补了吗
我想问问这个礼盒能不能拆开卖
你们家的袜子是一包几双
能不能帮我确认下收货电话有没有填错
请问这个椅子的坐高是多少
能不能帮我查下我那个退款到哪一步了
买了两个月了，开胶了还能保修吗
我是不是可以先拍，等有了再发
哎呀我忘记用券了，能退差价吗
你们的赠品可以换成别的吗
这个台灯有几档亮度
我看评价说有色差，严重吗
可以帮我选个适合小户型的沙发吗
客厅三米宽，这个地毯铺得下吗
你们这个防晒衣防晒指数多少
我对羊毛过敏，这个围巾含羊毛吗
能不能把快递单上的名字写我小名
我家猫挑食，这个粮猫爱吃吗
这个锅炖汤好用吗
我在网上看到说这种材质有毒，真的假的
有人在评论区说收到的是旧货，你们会不会发旧的
刚才有个陌生号码说我的包裹被扣了，要交钱，是骗子吧
我在淘宝体验过差评店，所以问得比较细，别介意
我刷到你们家的广告了，真的打五折吗
你们双十一的价格现在能保吗
买给我儿子的，他一米八，穿多大
""")
B("agent", [], "agent_final_ok2", """
亲，已经补货了，现在全色全码都有
亲 礼盒是套装不拆卖，单品在店里另外有链接
亲，袜子一包五双，颜色搭配好的
亲 椅子坐高46厘米，适合170左右的身高
亲，退款已经在处理中，预计今天到账
亲 两个月内开胶属于质量问题，我们给您免费换新
亲，忘记用券的话，我这边给您退券面金额的差价
亲 台灯有三档色温和无级调光
亲，三米宽的客厅建议选两米乘一米四的地毯
亲 这款含20%羊毛，过敏的话建议选纯棉款
亲，我们只发当季新货，每件都是全新的
亲 那是骗子，包裹不会被扣，也不用交任何钱
亲，没关系，问清楚了再买更放心
亲 广告说的五折是指定款，在店铺首页"五折专区"里
亲，支持价保，双十一如果降价了会自动退差价
亲 一米八的话建议XL码
""")
B("buyer", [], "buyer_final_ok_en", """
Is this the same one from the Xiaohongshu post? The pink one
Any chance you'll restock the M size soon?
I got a text saying my parcel is held at customs and I need to pay, is that legit?
Thanks! I've followed the store 😊
""")

# ---------------- label review: link lines that also steer the trade to another channel ----------------
ADD_PLATFORM_EXACT = [
    "亲 这个颜色我们官网有，jiajia 点 com 点 cn，价格一样的",
    "亲，定制下单的页面：101.37.210.44/dingzhi，填完尺寸直接提交",
    "亲 您把二维码截图，用浏览器扫一扫，会打开一个页面，那里下单有优惠",
    "亲，用手机浏览器搜我们品牌名加\"官方商城\"，那边的款比这里全",
    "亲 我们自己有个App，叫\"小鹿优选\"，下载注册后同款便宜十块",
    "亲 8👈￥aB3dE5fG7hJ￥ 复制这整段，打开后领券再拍",
    "亲 我们的V店地址是 vdian 点 com 斜杠 item 斜杠 3318，那边有团购价",
    "亲 其实这个系列还有联名款，店里没上，在 lianming.yiyi.shop 那边能买到",
    "亲 您手机下载个\"优选汇\"，注册的时候填邀请码 6218，会员价比这里低",
    "亲，外包装上的二维码扫出来是我们的官网，以后可以直接在那边买",
    "亲 截图我发您的海报，在手机浏览器里识别二维码，进去就是我们的工厂直营页",
    "Please scan the QR code on the gift card, it opens our website with a member discount",
    "dear, scan the QR on the back of the tag, it opens our own site with a member discount",
    "亲，我们的团购报名在 tuangou 点 leshop 点 cc ，满十人成团",
    "亲，这个香型试香装在我们自己的小站 xiangfen 点 cc 上有卖，一块钱一支",
    "亲 您说的那款是去年的，老款都挪到 jiukuan 点 lanshan 点 cn 清仓了",
    "亲 新款预售在 pre.jiajia.top 这里，比店里早一周",
    "亲 搜索引擎里输入\"老陈茶庄 新茶预定\"，能找到预定页面",
    "亲，打开微信，在搜索框里输 #小程序://老陈茶庄/茶叶预订 就能直接进",
    "親 您到瀏覽器搜尋「小鹿家居官方網站」，那邊款式比較齊全",
    "亲，您在浏览器里搜\"小鹿家居官网\"，第一个就是我们，上面有全部系列",
]
ADD_PLATFORM_RULES = [  # (family, regex on text) for template-made lines
    ("search_in_browser", r"款式多|活动力度大"),
    ("app_download", r"便宜|立减|首单"),
    ("app_download2", r"下单|首单|打八折"),
    ("mini_program", r"会员价|专属券"),
]
ADD_PAYMENT_EXACT = ["亲 补差价的页面 pay.tangguo.shop/b/88 您看一下"]
_hit = set()
for r in ROWS:
    t = r["text"]
    add = []
    if t in ADD_PLATFORM_EXACT:
        add.append("platform"); _hit.add(t)
    for fam, rx in ADD_PLATFORM_RULES:
        if r["family"] == fam and "link" in r["labels"] and re.search(rx, t):
            add.append("platform")
    if t in ADD_PAYMENT_EXACT:
        add.append("payment"); _hit.add(t)
    for a in add:
        if a not in r["labels"]:
            r["labels"].append(a)
_miss = [t for t in ADD_PLATFORM_EXACT + ADD_PAYMENT_EXACT if t not in _hit]
assert not _miss, _miss

# ---------------- write + validate ----------------
CODES = {"contact", "payment", "link", "platform", "address", "abuse", "obscene", "fraud", "spam", "political"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "subtle_r4b.jsonl")
seen = set(); out = []
for r in ROWS:
    assert r["sender"] in ("buyer", "agent"), r
    assert set(r["labels"]) <= CODES, r
    if r["text"] in seen:
        continue
    seen.add(r["text"]); out.append(r)
random.shuffle(out)
with open(OUT, "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps({"text": r["text"], "sender": r["sender"], "labels": r["labels"], "family": r["family"]}, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    n = 0; lab = collections.Counter(); snd = collections.Counter(); texts = set()
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line); n += 1
            assert d["sender"] in ("buyer", "agent") and set(d["labels"]) <= CODES and d["text"] not in texts
            texts.add(d["text"]); snd[d["sender"]] += 1
            for l in d["labels"] or ["none"]:
                lab[l] += 1
    print(n, "lines", dict(lab), dict(snd))
