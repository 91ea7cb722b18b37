#!/usr/bin/env python3
# make_benign_stores_a.py -- builds benign_stores_a.jsonl (acceptable shop talk, labels: [])
# Every line below is hand-written. The script only fills slots such as {order} / {sf} /
# {phone} / {addr} with random but realistic values (fixed seed) and, for a few templates
# marked with a digit after the sender letter (e.g. "B2 ..."), writes 2-3 variants with
# different slot values. Duplicates after filling are dropped.
import json, random, os, re, collections

random.seed(20240611)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "benign_stores_a.jsonl")

def digits(n, first="123456789"):
    return random.choice(first) + "".join(random.choice("0123456789") for _ in range(n - 1))

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔")
GIVEN = ["丽", "敏", "静", "婷", "雪", "芳", "娜", "磊", "伟", "强", "军", "洋", "勇", "杰", "涛", "明", "超", "秀英", "桂兰", "晓燕", "雨涵", "子轩", "浩然", "欣怡", "梓涵", "思彤", "一诺", "佳琪", "文博", "建国", "红梅", "海燕", "志强", "春花", "小龙", "晨", "悦", "琳", "颖", "慧", "宇航", "俊杰", "梦瑶", "诗雨", "鹏", "斌", "晶晶", "丹丹"]

def name():
    return random.choice(SURN) + random.choice(GIVEN)

PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
          "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182", "183", "185", "186",
          "187", "188", "189", "191", "198", "199", "147"]

def phone():
    return random.choice(PREFIX) + digits(8, "0123456789")

def phone_sp():
    p = phone()
    return random.choice([p, p[:3] + " " + p[3:7] + " " + p[7:], p[:3] + "-" + p[3:7] + "-" + p[7:]])

ADDRS = [
    ("上海市", "黄浦区", "南京东路街道", "南京东路"),
    ("上海市", "浦东新区", "花木街道", "锦绣路"),
    ("上海市", "闵行区", "莘庄镇", "莘松路"),
    ("北京市", "东城区", "东华门街道", "王府井大街"),
    ("北京市", "朝阳区", "望京街道", "阜通东大街"),
    ("北京市", "海淀区", "中关村街道", "中关村南大街"),
    ("江苏省南京市", "玄武区", "新街口街道", "北京东路"),
    ("江苏省苏州市", "工业园区", "娄葑街道", "星湖街"),
    ("浙江省杭州市", "余杭区", "五常街道", "文一西路"),
    ("浙江省杭州市", "西湖区", "文新街道", "学院路"),
    ("浙江省宁波市", "鄞州区", "首南街道", "天童南路"),
    ("广东省广州市", "天河区", "石牌街道", "天河北路"),
    ("广东省深圳市", "南山区", "粤海街道", "科技南路"),
    ("广东省深圳市", "宝安区", "新安街道", "创业一路"),
    ("广东省东莞市", "南城街道", "", "鸿福路"),
    ("四川省成都市", "武侯区", "玉林街道", "玉林北路"),
    ("四川省成都市", "高新区", "桂溪街道", "天府大道中段"),
    ("重庆市", "渝北区", "龙溪街道", "新牌坊一路"),
    ("湖北省武汉市", "洪山区", "关山街道", "珞喻路"),
    ("湖南省长沙市", "岳麓区", "观沙岭街道", "滨江路"),
    ("山东省青岛市", "市南区", "八大关街道", "香港西路"),
    ("山东省济南市", "历下区", "泉城路街道", "泉城路"),
    ("河南省郑州市", "金水区", "花园路街道", "花园路"),
    ("陕西省西安市", "雁塔区", "小寨路街道", "长安中路"),
    ("福建省厦门市", "思明区", "鹭江街道", "鹭江道"),
    ("福建省福州市", "鼓楼区", "东街街道", "东街"),
    ("天津市", "南开区", "长虹街道", "红旗南路"),
    ("辽宁省沈阳市", "和平区", "南湖街道", "三好街"),
    ("黑龙江省哈尔滨市", "南岗区", "大成街道", "西大直街"),
    ("云南省昆明市", "五华区", "华山街道", "东风西路"),
    ("安徽省合肥市", "蜀山区", "三里庵街道", "长江西路"),
    ("江西省南昌市", "红谷滩区", "沙井街道", "丰和中大道"),
    ("广西南宁市", "青秀区", "新竹街道", "民族大道"),
    ("河北省石家庄市", "长安区", "育才街道", "中山东路"),
    ("山西省太原市", "小店区", "坞城街道", "坞城路"),
    ("贵州省贵阳市", "观山湖区", "金华园街道", "林城西路"),
    ("甘肃省兰州市", "城关区", "张掖路街道", "张掖路"),
    ("新疆乌鲁木齐市", "天山区", "燕儿窝街道", "新华南路"),
    ("江苏省无锡市", "梁溪区", "崇安寺街道", "中山路"),
    ("浙江省温州市", "鹿城区", "五马街道", "解放街"),
]
COMM = ["阳光花园", "锦绣华庭", "翠苑一区", "金色家园", "幸福里小区", "绿城桂花园", "万科城市花园", "保利香槟国际", "碧桂园", "华润二十四城", "龙湖春江郦城", "恒大名都", "世纪新城", "梧桐苑", "香樟园", "东方明珠花园", "和平里三区", "丽景湾", "新华小区", "教师新村"]

def addr():
    p, d, s, r = random.choice(ADDRS)
    c = random.choice(COMM)
    b = random.randint(1, 32); u = random.randint(1, 4); rm = random.randint(1, 28) * 100 + random.randint(1, 6)
    style = random.random()
    if style < 0.5:
        return f"{p}{d}{r}{random.randint(1, 999)}号{c}{b}栋{u}单元{rm}"
    elif style < 0.8:
        return f"{p}{d}{s}{c}{b}幢{rm}室"
    else:
        return f"{p} {d} {r}{random.randint(1, 500)}号 {c}{b}-{u}-{rm}"

SLOTS = {
    "order": lambda: digits(random.choice([18, 19]), "1234"),
    "order2": lambda: digits(19, "23"),
    "pdd": lambda: "2" + random.choice(["40", "41", "50"]) + "%02d%02d" % (random.randint(1, 12), random.randint(1, 28)) + "-" + digits(15, "0123456789"),
    "jd": lambda: digits(12, "23"),
    "sf": lambda: "SF" + digits(13, "1"),
    "zto": lambda: random.choice(["78", "75", "73"]) + digits(12, "0123456789"),
    "yto": lambda: "YT" + digits(13, "6789"),
    "yd": lambda: random.choice(["43", "46", "31"]) + digits(11, "0123456789"),
    "jdx": lambda: "JDV" + random.choice("ABCDE") + digits(11, "0123456789"),
    "ems": lambda: random.choice(["11", "98", "10"]) + digits(11, "0123456789"),
    "sto": lambda: "77" + digits(13, "0123456789"),
    "phone": phone,
    "phonesp": phone_sp,
    "name": name,
    "addr": addr,
    "refund": lambda: digits(20, "12"),
    "after": lambda: digits(16, "1234"),
    "pick": lambda: "%d-%d-%d" % (random.randint(1, 30), random.randint(1, 6), random.randint(1000, 9999)),
    "inv": lambda: "9" + random.choice("12345") + "%04d" % random.randint(1000, 9999) + "MA" + "".join(random.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8)),
    "sn": lambda: "".join(random.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(random.choice([12, 14, 15]))),
    "imei": lambda: "86" + digits(13, "0123456789"),
    "sc": lambda: "SC1" + digits(13, "0123456789"),
    "batch": lambda: "20" + random.choice(["24", "25"]) + "%02d%02d" % (random.randint(1, 12), random.randint(1, 28)),
}

def fill(t):
    return re.sub(r"\{(\w+)\}", lambda m: SLOTS[m.group(1)]() if m.group(1) in SLOTS else m.group(0), t)

ENTRIES = []

def blk(family, text):
    """One message per line: 'B text' (buyer) or 'A text' (agent).
    'B2 text' = write 2 variants with different slot values.
    A trailing ' ##tag' overrides the block's family tag for that line."""
    for raw in text.strip("\n").split("\n"):
        raw = raw.strip()
        if not raw or raw.startswith("//"):
            continue
        m = re.match(r"^([AB])(\d?)\s+(.*)$", raw)
        if not m:
            raise ValueError("bad line: " + raw)
        who = "buyer" if m.group(1) == "B" else "agent"
        n = int(m.group(2) or 1)
        body = m.group(3).replace("\\n", "\n")
        fam = family
        if " ##" in body:
            body, fam = body.rsplit(" ##", 1)
            body = body.rstrip(); fam = fam.strip()
        for _ in range(n):
            ENTRIES.append((who, fill(body), fam))


# ---------------- women's apparel ----------------
blk("apparel_women", """
B 在吗
B 亲 在不在呀
B 你好，这件连衣裙还有货吗
A 亲亲在的哦~ 请问有什么可以帮您的呢😊
A 您好，欢迎光临小店，有什么问题随时问我哈
B 我160 100斤穿什么码
A 亲，160/100斤建议拍S码哦，喜欢宽松一点可以拍M
B 165cm 120斤 平时穿M 这款拍哪个
A 亲按您的数据M码就可以的，这款版型偏正常
B 腰围68胯大 穿M会不会紧
A 这款是A字裙摆 胯大也不影响的 腰68拍M刚好哦
B 这个颜色是偏粉还是偏橘
A 实物是偏豆沙粉的，不是很艳，黄皮穿也显白
B 图片跟实物有色差吗
A 亲，我们都是实物拍摄的，不同显示器可能会有轻微色差，整体是一致的
B 面料是什么的 会起球吗
A 面料是67%粘纤+33%聚酯纤维，正常穿着不容易起球哈
B 这件透不透啊 白色的
A 白色有加内衬的，不透哦，放心穿
B 真丝的要手洗吗
A 建议冷水手洗或者干洗哦，不要用力拧，阴干就好
B 可以机洗吗 我懒
A 亲可以装洗衣袋轻柔模式机洗的，不要和深色衣服一起洗哦
B 这件毛衣扎不扎人
A 羊毛含量有50%，比较亲肤，敏感肌可以内搭一件打底哦
B 缩水吗？上次买的洗完短了一截😂
A 亲这款是预缩处理过的，正常洗涤缩水率很小的哈
B 裙子长度多少 我155会不会拖地
A 亲M码裙长是118cm，155的话大概到脚踝上面一点点，不会拖地的
B 有没有加长版
A 抱歉亲 这款只有常规版哦
B 黑色还有S吗 页面显示没货了
A 黑色S码目前断货了亲，预计下周三补货，可以先收藏一下哦
B 补货了能通知我吗
A 亲可以点击商品页面的“到货提醒”，补货会第一时间通知您的
B 这款是现货还是预售
A 亲，米白色是现货，雾霾蓝是预售款，7天内发货哦
B 预售要等多久啊 我等着穿去婚礼
A 预售大概7-10天发货亲，如果着急建议选现货颜色哦
B 打底衫有没有高领的
A 有的亲，店里有半高领和高领两种，可以看下首页新品
B 这个外套里面可以穿卫衣吗
A 可以的亲，这款是宽松版型，里面加卫衣也不会显臃肿
B 胸围多少啊 我胸大怕扣不上
A 亲M码胸围是96cm，L码100cm，胸大建议拍大一码哦
B 肩宽多少
A S码肩宽38，M码39，L码40，误差1-2cm属正常
B 有尺码表吗
A 亲详情页往下翻有详细的尺码表哦，平铺测量的~
B 袖子长不长，我手臂长
A 袖长是58cm，手臂长的话建议拍大一码
B 这条裤子是高腰吗
A 是的亲，高腰设计，显腿长~
B 显胖吗 我肚子有点肉
A 这款是收腰+A摆，可以遮肚子的，不显胖哦
B 梨形身材适合吗
A 很适合的亲，上身修身下身宽松，刚好修饰胯和大腿
B 微胖女生能穿吗 140斤
A 亲140斤可以拍XL，这款有弹力的，微胖也OK
B 有大码吗 我150斤
A 亲这款最大到2XL，建议150斤拍2XL哦
B 孕妇能穿吗
A 亲这款腰部是松紧的，孕早期可以穿，后期建议选孕妇专用款哦
B 开衫会掉毛吗
A 马海毛材质前几次会有轻微掉毛，洗一两次就好了，属于正常现象
B 羽绒服含绒量多少
A 亲是90%白鸭绒，充绒量M码是180g
B 零下十度能穿吗
A 可以的亲，这款是加厚款，东北的小姐姐也在穿
B 有没有同款不同色
A 有的亲，同款有燕麦色、黑色、奶白色三个颜色
B 哪个颜色好看
A 个人推荐燕麦色，百搭又温柔，是我们的爆款颜色哦
B 黄黑皮选哪个色
A 黄黑皮建议选黑色或者酒红色，显白
B 这裙子适合多大年纪穿
A 20-40岁都很适合的亲，款式比较简约大方
B 50岁的人穿会不会太年轻
A 不会的亲，这个颜色很稳重，很多阿姨买给自己穿的
B 送我妈穿的 她一米五五 120斤
A 阿姨的话拍L码就可以了，这款比较宽松舒适
B 是不是正品 我看别家便宜好多
A 亲，我们有品牌方的授权书，商品都是正品，可以放心购买
B 吊牌有吗
A 亲所有商品都带吊牌发货的哦
B 能去吊牌试穿吗
A 亲，剪吊牌会影响二次销售哦，建议先试穿满意再剪
B 拍了两件 能一起发吗
A 可以的亲，同一个地址会合并发货的
B 什么时候发货啊
A 亲，现货48小时内发货哦
B 今天下单今天能发吗
A 下午4点前付款的当天发出，4点以后的次日发哦
B 能发顺丰吗
A 亲默认是中通，需要顺丰的话下单时规格里选“顺丰发货”，加12元运费哦 ##courier
B 包邮吗
A 亲全国包邮的，新疆西藏除外哦
B 你们在哪里发货
A 我们是从杭州发货的，江浙沪一般隔天到 ##city_name
B 发货了吗 我都等三天了
A 非常抱歉让您久等了，我马上帮您催仓库，今天一定给您发出
B 物流怎么一直不动啊
A 亲，快递在中转中，可能信息更新有延迟，我帮您联系快递查一下哈
B 什么时候能到北京
A 从杭州到北京正常2-3天哦 ##city_name
B 好的谢谢
B 谢谢亲😘
A 不客气哦，有问题随时找我~
A 感谢亲的支持，祝您生活愉快🌹
B 衣服收到了 很好看 就是有点线头
A 亲，线头用剪刀剪掉就好了，给您带来不便很抱歉哈
B 有点大 能换小一码吗
A 可以的亲，在订单页申请换货，选择S码就可以了，我们收到退回的后马上给您换发
B 换货运费谁出
A 亲，您有买运费险的话退回运费会有理赔的哦
B 我没买运费险怎么办
A 那这次来回运费我们各承担一半可以吗亲
B 我想退货
A 好的亲，请问是什么原因呢？在订单页面点击“申请退款”-“退货退款”就可以了
B 不喜欢可以退吗
A 亲，支持七天无理由退换的，不影响二次销售就可以哦
B 衣服起球了 才穿了一次
A 亲可以拍张照片给我看下吗？确认是质量问题我们给您处理
B 质量太差了吧 才洗一次就褪色
A 非常抱歉亲，给您带来不好的体验，我们给您申请退货退款或者补偿，您看哪种方式可以呢
B 扣子掉了一个
A 亲包裹里有附赠备用扣的，在吊牌那个小袋子里哦
B 拉链坏了 拉不上去
A 亲很抱歉，拍个视频给我看下，质量问题我们包退换，运费我们承担
B 这件有开线
A 亲看到照片了，确实是开线，给您换新还是退款呢
B 退款什么时候到
A 亲，我们收到退货确认后会马上退款，一般1-3个工作日到账
B 退了没 我看还没到账
A 亲已经退款成功了，原路退回的，您查看一下付款账户哦 ##refund_route
B 衣服寄回去了 你们收到没
A 亲仓库已经签收了，正在验货，今天会给您处理退款的
B 你们发错颜色了！我要的是杏色 来的是白色
A 真的非常抱歉亲！是仓库发错了，我们马上给您补发杏色，白色的您直接申请退回就行，运费我们出
B 少发了一件 我买了两件只收到一件
A 亲，可能是分包发的，我查一下……另一件明天到，麻烦您稍等哦
B 能便宜点吗
A 亲，我们已经是活动价了，现在下单还送运费险哦
B 有没有优惠券
A 亲，店铺首页可以领满199减20的券哦
B 满减可以和券一起用吗
A 可以叠加使用的亲，下单时系统会自动计算最优价
B 买两件有优惠吗
A 亲，现在第二件半价哦，不同款也可以参加
B 双十一还会降价吗
A 亲，双十一我们会有活动，但现在下单享受价保的，降价可以申请退差价
B 价保是多久
A 亲，平台价保是30天哦，在订单页面点击“价格保护”就可以申请
B 下单了 帮我备注一下 不要放发票
A 好的亲，已经给您备注了
B 可以送礼物包装吗 送女朋友的
A 可以的亲，下单备注“礼盒包装”就好了，我们免费包装哦🎁
B 有没有贺卡
A 有的亲，贺卡上要写什么字可以备注给我们哦
B 我付款了 怎么显示待付款
A 亲可能是支付系统延迟，刷新一下订单页面看看，还不行的话截图给我哈 ##payment_issue
B 扣款了但是订单取消了
A 亲不用担心，订单取消后款项会自动原路退回，一般1-7个工作日到账哦 ##refund_route
B 可以开发票吗
A 可以的亲，支持开电子发票，在订单详情里申请就行
B 发票抬头写公司可以吗
A 可以的亲，请提供公司名称和税号哦
B 亲 这个是什么风格的
A 韩系简约风的哦，通勤约会都合适
B 上班穿会不会太隆重
A 不会亲，这款很日常的，配西装外套很干练
B 显瘦吗
A 显瘦的亲，腰部有收省设计
B 冬天穿会冷吗
A 这款是加绒的，冬天穿没问题哦
B 有没有夏天薄款
A 有的亲，夏季款是冰丝的，很凉快
B 这个牛仔裤是直筒还是阔腿
A 是微喇的亲，显腿长，遮胯宽
B 裤长多少 我158
A 亲裤长是100cm，158穿刚好到脚面，可以搭小高跟
B 弹力大吗
A 亲是微弹的，坐下不勒，很舒服
B 衬衫会皱吗
A 亲这款是抗皱面料，洗完挂起来就很平整哦
B 需要熨烫吗
A 不用的亲，挂晾就可以
B 吊带里面有胸垫吗
A 有的亲，可拆卸胸垫
B 泳衣有大码吗
A 亲泳衣最大到XL，对应胸围90-95
B 内衣怎么选尺码
A 亲，可以量一下下胸围和上胸围，发给我帮您推荐
B 下胸围72 上胸围86
A 亲按您的数据建议75B哦
B 旗袍能定做吗
A 亲抱歉 我们不做定制哦，只有标准尺码
B 汉服好穿吗 第一次买
A 亲，详情页有穿法视频，很简单的，不会的话可以随时问我
B 马面裙是几片的
A 四片式的亲，腰头是系带的
B 这件大衣是双面呢吗
A 是的亲，双面羊绒，手工缝制的哦
B 羊绒含量多少
A 亲，羊绒含量30%，羊毛70%
B 价格有点贵
A 亲，一分钱一分货哈，这个面料和做工在这个价位很难找到的
B 好吧 我再考虑下
A 好的亲，喜欢的话可以先加购物车，有活动我们会通知您哈
B 拍了 快点发哦
A 收到亲，会尽快安排的~
B 谢谢啦 下次还来
A 谢谢亲的支持，期待下次再见💕
""")

blk("apparel_women", """
B 这条裙子是不是有点薄啊 秋天穿会不会冷
A 亲这条是春夏款的，秋天建议外面搭个针织开衫
B 你家衣服都偏大还是偏小
A 我家整体是标准码的亲，按平时尺码拍就行
B 上次买的L码穿着刚好 这款也拍L？
A 这款版型跟上次那款一样的，拍L没问题哦
B 能不能发个模特的身高体重
A 模特身高168，体重98斤，穿的是S码哦
B 胸前这个是刺绣还是印花
A 是刺绣的亲，不会掉色哦
B 领口大不大 会不会走光
A 领口开得不大的，正常弯腰不会走光
B 这款卫衣有帽子吗
A 亲，有连帽和圆领两个款式
B 里面是毛圈还是加绒
A 亲春秋是毛圈的，冬款是加绒的，下单时看清楚选项哈
B 阔腿裤坐着会皱吗
A 会有轻微的褶皱亲，站起来抖一抖就好了
B 这个半身裙有内衬吗 会不会静电
A 有内衬的亲，内衬是醋酸的，不容易起静电
B 腰是松紧的吗
A 后腰是松紧的，前腰平整，好穿脱
B 我腰有点粗 2尺3 能穿吗
A 亲二尺三是76cm左右，建议拍L码哦
B 衣服有味道 一股甲醛味😷
A 亲，新衣服可能有点布料和印染的味道，建议拿出来通风或者洗一下再穿，如果还有异味可以联系我们退换
B 这个毛衣能不能挂着晾
A 亲建议平铺晾干，挂晾容易变形哦
B 这个颜色显老吗
A 不显老的亲，这个焦糖色很提气色
B 这件背心可以单穿吗
A 可以单穿的亲，面料比较厚实不透
B 连衣裙后面有拉链吗
A 有隐形拉链的，在后背中间
B 这件大衣口袋是真的还是装饰
A 是真口袋哦，可以放手机和钥匙
B 这个西装外套有垫肩吗
A 有薄垫肩的，可以拆掉
B 请问还有多少件库存
A 亲目前M码还剩十几件，喜欢的话尽快下单哦
B 我没领到券 能不能给我改个价
A 亲，改价是不行的哈，您可以在店铺首页再领一下，刚补了一波券
B 付款的时候提示支付失败
A 亲，可能是网络原因，可以换个支付方式或者稍后再试一下哦 ##payment_issue
B 花呗能用吗
A 亲店铺支持花呗分期哦，下单时选择就行 ##payment_method
B 能分期吗 买大衣有点贵
A 可以的亲，支持花呗3期免息 ##payment_method
B 我想改地址 还来得及吗
A 亲还没发货的话可以的，请在订单页修改地址，或者把新地址发我，我帮您备注 ##delivery_address
B 下错单了能取消吗
A 可以的亲，还没发货的话直接申请退款就行，系统会秒退
B 我想换个颜色 订单已经付了
A 亲没发货前可以帮您改颜色，已经给您备注成卡其色啦
B 好的 那个尺码也改一下 改成M
A 好的亲，已备注卡其色M码，请放心
B 包装能不能用纸箱 上次袋子破了
A 亲我们一般用加厚快递袋，您备注一下我们给您用纸箱发
B 还在吗？？？
A 在的亲，刚才咨询的人比较多，回复慢了不好意思
B 客服怎么不回消息
A 非常抱歉亲，现在咨询量大，请您耐心等一下哦
B 你们家衣服真的很好看😍
A 谢谢亲的喜欢，我们会继续上新的~
B 有没有新款 想再买几件
A 亲这周五晚上8点上新，记得关注店铺哦
B 收藏店铺有什么福利吗
A 亲收藏店铺可以领5元无门槛券哦
B 是不是所有的都参加满减
A 亲，除了特价区的商品，其他都参加满减哦
B 会员有折扣吗
A 亲，店铺会员可以享受95折，积分还能兑换礼品
""")

# hard look-alikes: women's apparel
blk("apparel_women", """
B 我订单号{order} 裙子什么时候发 ##order_number
B2 亲 帮我查下这个单 {order} ##order_number
A 亲，订单{order}已经发出了，顺丰单号{sf}，预计明天送达 ##waybill
A 您的包裹已由中通揽收，运单号{zto}，可在订单详情查看物流哦 ##waybill
B 圆通单号{yto} 三天没更新了 ##waybill
A 亲，韵达单号{yd}显示已到您所在城市，今天应该会派送 ##waybill
B 我165/88A穿什么码 ##size_code
A 亲，160/84A对应S码，165/88A对应M码，170/92A对应L码 ##size_code
B 吊牌上写的是160/84A 这是S还是M ##size_code
A 亲160/84A就是S码的哈 ##size_code
B 平时穿26码的牛仔裤 这款选哪个 ##size_code
A 26码对应腰围2尺，拍M就可以 ##size_code
B 腰围64臀围90 拍哪个码 ##size_code
A 亲，腰64臀90拍S码刚刚好 ##size_code
B 这款V领的有没有圆领的 ##product_name
A 亲有的，V领和圆领都有，V领更显脸小哦 ##product_name
B 深V会不会太低啊 上班穿 ##product_name
A 亲这款是小V领，开得不深的，上班穿没问题 ##product_name
B 这件泡泡袖的是抖音同款吗 我在抖音上刷到的 ##saw_elsewhere
A 是的亲，这款是我们自己家设计的，很多博主也有推荐哦 ##saw_elsewhere
B 小红书上好多人晒这件 我也想要 ##saw_elsewhere
A 谢谢亲的关注，这款确实是我们家爆款，现在还有现货哦 ##saw_elsewhere
B 这个是不是淘宝风那种 图片p得很厉害的 ##saw_elsewhere
A 亲我们都是实拍图，没有过度修图，可以放心 ##saw_elsewhere
B 这件是不是某某明星同款 微博上看到的 ##saw_elsewhere
A 是的亲，同款设计，但是我们是自己工厂生产的哦 ##saw_elsewhere
B 绿色泡泡袖那件还有M吗 ##color_name
A 薄荷绿泡泡袖M码还有的亲 ##color_name
B 蔷薇粉和樱花粉哪个更粉 ##color_name
A 蔷薇粉饱和度高一些，樱花粉更浅更嫩 ##color_name
B 这个“微醺红”是什么色 ##color_name
A 亲是偏暗的酒红色，很显白哦 ##color_name
B 我要那个企鹅图案的卫衣 ##product_name
A 好的亲，小企鹅刺绣卫衣，有奶白和灰色两个色 ##product_name
B 加绒款和不加绒的差多少钱 ##product_name
A 亲加绒款贵20元，129和149 ##price
B 这件原价399 现在169是真的吗 ##price
A 是真的亲，现在是换季清仓，169元到手 ##price
B 用券后是159.9对吧 ##price
A 对的亲，领了20元券下单就是159.9 ##price
B 买了3件 总共457.6 怎么算的 ##price
A 亲，原价537.6，满400减80，实付457.6哦 ##price
B 我在直播间下单的 订单号{order} 说送的发夹没收到 ##order_number
A 亲，帮您查了，订单{order}的赠品漏发了，今天给您补发 ##order_number
B 退货单号填了{zto} 你们看下收到没 ##waybill
A 收到亲，退货单号{zto}显示已签收，马上给您退款 ##waybill
A 亲，退款已原路退回您的支付宝，请注意查收 ##refund_route
A 亲，您是微信支付的，退款会原路退回微信零钱哦 ##refund_route
B 退款退到哪里 我是用微信付的 ##refund_route
A 亲，原路退回您微信支付的账户，银行卡付的会退到银行卡 ##refund_route
B 能不能退到我支付宝 我的花呗已经还了 ##refund_route
A 亲，花呗支付的退款会退回花呗额度，已还款的部分会退回到支付宝余额哦 ##refund_route
A 温馨提示：本店客服不会要求您加微信、QQ或私下转账，如有陌生人以退款为由联系您，请勿相信 ##warning
A 亲，不要相信加微信的，我们不会私下联系您，所有售后都在平台内处理哦 ##warning
B 刚才有人打电话说是你们客服 说衣服质量有问题要给我退款 让我加他微信 是你们吗 ##scam_report
A 亲不是我们哦！那是骗子，千万不要加，也不要点任何链接，我们所有退款都在平台订单里操作 ##warning
B 有人说我的快递丢了要理赔 让我扫码 好像是骗子吧 ##scam_report
A 对的亲，是诈骗，快递理赔都在平台里申请，不会让您扫码或者转账的 ##warning
A 亲，麻烦核对一下收货信息，姓名电话地址对吗 ##delivery_address
B 对的，{name} {phone} {addr} ##delivery_address
B 地址没错 就是{addr} 电话{phonesp} ##delivery_address
B 收件人改一下 改成{name} 电话{phone} 其他不变 ##delivery_address
B 帮我改下地址：{addr}，{name}收，电话{phone} ##delivery_address
A 亲，已经帮您备注新地址了，发货前会按新地址发哦 ##delivery_address
B 我在南京东路上班 能寄到公司吗 ##city_name
A 可以的亲，写公司地址就行，记得写上公司名称和楼层 ##city_name
B 寄到北京东城区要几天 ##city_name
A 亲，北京东城区一般2天左右到 ##city_name
B 我在南京 北京东路那边 发什么快递快 ##city_name
A 亲，南京的话中通第二天就到了 ##city_name
B 你们是广州十三行的吗 ##city_name
A 亲，我们是广州发货的，自有工厂 ##city_name
B 这个发票抬头和税号能开吗 税号{inv} ##invoice
A 亲已收到，电子发票会在确认收货后三个工作日内发到您订单里 ##invoice
B 2024年新款吗 ##date
A 是的亲，2024秋冬新款，9月20号上新的 ##date
B 我618买的 现在降价了能补差价吗 ##date
A 亲，超过价保时间了，不过可以给您申请一张10元的店铺券作为补偿 ##date
B 我这个售后单号{after} 怎么还在审核 ##order_number
A 亲，售后单{after}已经同意了，请在订单页填写退货物流单号 ##order_number
B 申请了仅退款 退款编号{refund} ##order_number
A 好的亲，已经处理了，退款编号{refund}，原路退回 ##refund_route
B 菜鸟驿站取件码{pick} 已经取了 衣服很好看 ##pickup_code
B 快递放驿站了，取件码{pick}，我下班去拿 ##pickup_code
B 顺丰到付可以吗 ##courier
A 亲，我们默认寄付的，不用您付运费 ##courier
B 京东快递能发吗 我们这里只有京东送得快 ##courier
A 亲，我们合作的是中通和韵达，暂时不支持京东快递哦 ##courier
B EMS能到吗 我在新疆 ##courier
A 可以的亲，新疆我们走EMS，大概5-7天 ##courier
B 这个码数是XL还是2XL 我的胸围108 ##size_code
A 亲胸围108拍2XL，2XL胸围是112cm ##size_code
B 这件背后的二维码印花是什么意思 ##product_name
A 亲那个只是装饰图案哦，不是真的二维码 ##product_name
B 你们衣服吊牌上那个防伪码在哪查 ##product_name
A 亲，刮开吊牌上的涂层，在品牌官方渠道输入就可以验证，也可以直接问我帮您查 ##product_name
B 这个链接的衣服和刚才那个是同款吗 ##platform_flow
A 亲是同款的，这个链接是套装，刚才那个是单件 ##platform_flow
A 亲，您点击订单页面的“申请售后”，选“退货退款”，系统会给您退货地址的 ##platform_flow
B 退货地址是哪里 ##platform_flow
A 亲，退货地址在您申请退货后系统会自动显示，请按照系统地址寄回哦 ##platform_flow
A 亲，物流信息在“我的-订单-查看物流”里就能看到哦 ##platform_flow
""")

blk("apparel_women", """
B 請問這件洋裝有M號嗎？ ##traditional
B 寄到台灣要多久呢 ##traditional
A 亲，寄台湾需要走集运，一般7-10天到 ##traditional
B 這個顏色是偏灰還是偏藍 ##traditional
B 你好，我身高158體重48公斤，穿哪個尺碼好 ##traditional
A 亲，48公斤左右拍S码就可以啦 ##traditional
B 衣服收到了，質感很好，謝謝老闆 ##traditional
B 請問有沒有現貨，我下週要出國穿 ##traditional
B 這件是純棉的嗎 ##traditional
B 有賣大尺碼嗎 XL的 ##traditional
B Hi, do you have this dress in size S? ##english
A Hi dear, yes size S is in stock 😊 ##english
B Is this 100% cotton? ##english
A It's 95% cotton and 5% spandex, a bit stretchy ##english
B How long does shipping take to Shanghai? ##english
A Usually 1-2 days from Hangzhou ##english
B 这个dress有没有别的color ##mixed
B 亲 这件oversize吗 我想要宽松一点的 ##mixed
A 是oversize版型的亲，喜欢宽松可以拍正常码 ##mixed
B 这条裙子好cute啊 有没有petite size ##mixed
B 我的size一般是M，这件要拍L吗 ##mixed
A 亲这款偏小半码，建议size up 拍L哦 ##mixed
B 能不能发个细节图 想看下fabric ##mixed
B order已经付了，帮我check一下发货时间 ##mixed
A 好的亲，您的order今天下午就会发出 ##mixed
B 衣服quality不错 下次还买 ##mixed
B Thanks，收到了 very nice ##mixed
""")

# ---------------- men's apparel ----------------
blk("apparel_men", """
B 老板 这个T恤180 160斤穿什么码
A 亲，180/160斤建议拍XL码哦
B 175 140斤 穿L还是XL
A 亲喜欢合身拍L，喜欢宽松拍XL
B 肚子大 腰围一米 这个裤子有我能穿的吗
A 亲，我们有加肥加大款，最大到5XL，腰围可以到110cm
B 这个polo衫是纯棉吗
A 是的亲，100%新疆长绒棉，吸汗透气
B 会不会洗了变形
A 不会的亲，领子是罗纹加固的，洗了也不卷边
B 商务休闲都能穿吗
A 可以的亲，这款比较百搭，上班周末都合适
B 冲锋衣防水吗 下雨能穿吗
A 亲，面料有防泼水涂层，小雨中雨没问题，暴雨建议配雨衣
B 三合一的内胆能拆吗
A 可以拆的亲，内胆是抓绒的，可以单穿
B 这个夹克有没有黑色的
A 亲有黑色、军绿、卡其三色
B 卫裤是束脚还是直筒
A 亲这款是束脚的，运动休闲风
B 裤脚可以改短吗
A 亲我们不提供改裤脚服务哈，可以找附近裁缝店改
B 西裤需要免烫吗
A 这款是免烫的亲，挂起来就平整
B 西装能单买裤子吗
A 亲，套装是一起卖的，不能拆开哦
B 衬衫领子硬不硬
A 领子有衬布，挺括但不硬，打领带很好看
B 袖长多少 我手长
A L码袖长62，XL码64，手长建议拍大一码
B 有没有修身款的
A 亲有的，修身款在另一个链接，我发给您
B 买给我爸的 60岁 170 150斤
A 叔叔的话拍XL就好，这款是宽松版，适合中老年
B 我老公平时穿42码的衬衫 这款选哪个
A 亲42码对应我们家的XL哦
B 羽绒服多少钱 太贵了吧
A 亲这款是90绒，充绒量大，质量好，现在活动还送围巾
B 能便宜10块不
A 亲实在不好意思，价格是统一的，不议价哈，可以领店铺券哦
B 包邮不
A 包邮的亲
B 今天能发吗 急着穿
A 亲下午5点前下单当天发
B 什么快递
A 默认中通或者韵达，随机发 ##courier
B 能指定快递吗
A 抱歉亲，不能指定，我们会选最快的
B 收到了 尺码偏大啊
A 亲可以申请换小一码，我们这边收到后马上换发
B 这牛仔裤洗了掉色 把我白袜子染蓝了
A 非常抱歉亲，深色牛仔前几次洗会有浮色，建议单独洗加盐固色，如果掉色严重可以联系我们退换
B 衣服有污渍 是穿过的吧
A 亲很抱歉！麻烦拍个照片给我，我们给您换新或退款
B 你们这质量真不行 一个月就起球了
A 非常抱歉给您带来不好的体验，我们给您补偿一张20元无门槛券，或者您看怎么处理比较好
B 不要券 我要退
A 好的亲，已经超过七天了，但是属于质量问题，我们特殊给您处理退货，运费我们承担
B 下单了 备注了要大一码的 发的还是原来那个码
A 亲，我们是按照订单规格发货的，备注的尺码可能被漏看了，非常抱歉，给您免费换
B 行吧 快点换
A 好的亲，我们收到后第一时间给您发出
B 有男士内裤吗
A 有的亲，莫代尔的，四条装
B 内裤什么码 腰围80
A 腰80建议拍L码
B 袜子是纯棉的吗
A 精梳棉含量80%，防臭抗菌
B 袜子能退吗
A 亲，贴身衣物拆封后不支持无理由退货哦，质量问题除外
B 帽子有没有大一点的 头围60
A 亲，这款是可调节的，头围56-62都能戴
B 皮带是真皮吗
A 头层牛皮的亲，可以打孔调节长度
B 领带有礼盒吗
A 有的亲，送礼盒和手提袋
B 唐装过年穿的 有红色吗
A 有的亲，中国红和酒红都有
B 这个马甲能配西装吗
A 可以的亲，同色系马甲就是配这套西装的
B 速干T恤真的速干吗
A 是的亲，跑步出汗很快就干了，不黏身
B 篮球服可以印名字号码吗
A 亲我们这款不支持定制印字哈
B 这个工装裤口袋多吗
A 亲有六个口袋，很实用
B 有没有加绒的牛仔裤
A 有的亲，冬款加绒加厚，北方也能穿
B 皮衣掉皮吗
A 亲这款是PU的，正常使用不会掉皮，注意不要暴晒
B 有没有真皮的
A 真皮款在店铺另一个分类，价格会贵一些
B 老板人呢
A 在的哥，有什么需要
B 哥们 这个尺码准吗
A 准的兄弟，按尺码表拍没问题
B 这款是不是断码了
A 是的亲，只剩M和XXL了
B 啥时候补货啊
A 预计下个月初，可以点到货提醒
B 好吧 那先买个别的
B 退货的运费你们出吗
A 亲非质量问题的运费需要您承担哦，有运费险的可以理赔
B 我买了运费险的 怎么理赔
A 亲，退货完成后运费险会自动理赔到您的账户，不用操作
""")

blk("apparel_men", """
B 订单{order} 买的是XL 发成L了 ##order_number
A 亲，帮您核实了，订单{order}确实发错了，给您补发XL，L码您寄回来就行 ##order_number
B 单号{yd} 这个韵达怎么还在始发地 ##waybill
A 亲，韵达单号{yd}已经在转运中了，有时候扫描不及时 ##waybill
B 帮我查下 顺丰{sf} 到哪了 ##waybill
A 亲，顺丰{sf}已经到您当地的网点了，今天派送 ##waybill
B 180/96A 是哪个码 ##size_code
A 亲，180/96A是XL码 ##size_code
B 175/92A 拍L对不对 ##size_code
A 对的亲，175/92A就是L码 ##size_code
B 吊牌上写的185/100B 是什么意思 ##size_code
A 亲，185是身高，100是胸围，B是体型偏胖一点的版型 ##size_code
B 我的裤子一般穿32码 这个选多少 ##size_code
A 亲，32码腰围是2尺5，拍32就行，我们是按英寸码 ##size_code
B 腰围2尺7 拍34还是36 ##size_code
A 亲，2尺7大概是34码，喜欢宽松拍36 ##size_code
B 这件V领毛衣适合里面穿衬衫吗 ##product_name
A 很适合的亲，V领毛衣+衬衫是经典搭配 ##product_name
B 这个Q版卡通T恤有大码吗 ##product_name
A 有的亲，最大到4XL ##product_name
B 那个鲨鱼裤 抖音上很火的 你们家是正品吗 ##saw_elsewhere
A 亲，我们是自己工厂生产的，面料做工都有保证 ##saw_elsewhere
B 在B站看到up主推荐这件外套 ##saw_elsewhere
A 谢谢亲，这款确实很受欢迎，现在还有现货 ##saw_elsewhere
B 我看京东上卖299 你这里怎么卖359 ##saw_elsewhere
A 亲，价格可能是活动不同哈，我们现在领券后是309，还送运费险 ##saw_elsewhere
B 衣服是海澜之家那种风格吗 ##saw_elsewhere
A 是类似的商务休闲风哦 ##saw_elsewhere
B 这个“薄荷曼波绿”太骚了吧哈哈 ##color_name
A 哈哈亲，这个颜色夏天穿很清爽的 ##color_name
B 藏青和深蓝有区别吗 ##color_name
A 藏青更暗一点，接近黑，深蓝偏亮 ##color_name
B 一件89 两件多少 ##price
A 亲，两件159，相当于一件79.5 ##price
B 我付了298 怎么券没抵 ##price
A 亲，券需要满299才能用，差一块钱，您可以取消重新拍哦 ##price
B 价格299 领券减50 还能用红包吗 ##price
A 亲，平台红包可以叠加使用的，下单时系统会显示 ##price
A 亲，您的退款已经原路退回到支付宝了，一般当天到账 ##refund_route
B 退到微信了吗 还没看到 ##refund_route
A 亲，微信支付的退款一般1-3个工作日到账，可以在微信支付的账单里查看 ##refund_route
A 本店提醒：客服不会通过电话或短信让您加好友办理退款，谨防冒充客服诈骗 ##warning
B 有个人加我QQ说是你们店的 说要给我返现 真的假的 ##scam_report
A 亲那是假冒的，我们不会私下加您，请直接删除不要理会 ##warning
A 亲，请确认一下收货地址，确认无误我们就安排发货了 ##delivery_address
B 对的 {addr} {name} {phone} ##delivery_address
B 地址对，电话换成这个{phone} 之前那个不用了 ##delivery_address
B 我改一下收货地址 {addr} ##delivery_address
B 收件人{name}，{phonesp}，{addr}，麻烦了 ##delivery_address
B 寄到我公司 {addr} 前台代收 ##delivery_address
B 我在北京东城区 明天能到吗 ##city_name
A 亲，北京东城区明天大概率能到 ##city_name
B 我在上海南京东路附近 走顺丰吧 ##city_name
A 好的亲，已经给您备注顺丰 ##city_name
B 你们是石狮的厂家吗 ##city_name
A 是的亲，我们福建石狮自己的工厂，直接发货 ##city_name
B 京东快递送货上门吗 ##courier
A 亲，我们发的是中通，京东快递暂时不合作 ##courier
B 中通取件码{pick} 我已经拿到了 ##pickup_code
B 发票开一下 税号{inv} 抬头是我们公司 ##invoice
A 好的亲，电子发票会在3个工作日内开好，在订单详情里可以下载 ##invoice
B 我是双11买的 售后单号{after} 能加急吗 ##order_number
A 亲，售后单{after}已经优先处理了 ##order_number
B 这个款号{sn}还有货吗 吊牌上写的 ##sku_code
A 亲，这个款号是去年的老款了，目前已经下架 ##sku_code
B 款号MJ2308-BK 黑色XL ##sku_code
A 亲，MJ2308-BK XL还有5件，可以直接拍 ##sku_code
B 你们衣服上这个微信图标的刺绣是啥意思 ##product_name
A 亲，那个是我们本季的表情包系列印花，纯装饰哦 ##product_name
""")

blk("apparel_men", """
B 老闆，這件外套有XL嗎 ##traditional
B 請問這個褲子有彈性嗎 ##traditional
B 衣服太小了，可以換大一號嗎 ##traditional
A 可以的亲，在订单页申请换货就行 ##traditional
B 請問運費多少 寄香港 ##traditional
B Do you have this hoodie in XXL? ##english
A Yes we do, XXL fits 180-190cm ##english
B The jacket arrived with a broken zipper ##english
A So sorry! Please apply for an exchange on the order page, we'll cover the shipping ##english
B Is the material breathable? ##english
B 这个hoodie有没有oversize的 ##mixed
B 我要一个black的 XL size ##mixed
A 好的亲，black XL有货 ##mixed
B 这个T-shirt印的logo会不会洗掉 ##mixed
A 亲是高温胶印，正常洗不会掉 ##mixed
B 快递tracking number发一下 ##mixed
A 亲，tracking number是{zto}，中通的 ##waybill
""")

# ---------------- kids' apparel ----------------
blk("apparel_kids", """
B 宝宝3岁 身高98 穿什么码
A 亲，身高98建议拍100码哦，孩子长得快可以拍110
B 孩子5岁 110cm 偏胖 拍120吗
A 是的亲，偏胖的宝宝建议拍大一码，120合适
B 女儿8岁130高 瘦 这裙子拍几码
A 亲，130身高偏瘦拍130就行
B 男孩12岁 155cm 90斤 拍160吗
A 亲拍160正好，喜欢宽松拍165
B 童装尺码是按身高来的吗
A 是的亲，我们家童装尺码就是身高，比如110码适合身高100-110的宝宝
B 是纯棉的吗 宝宝皮肤敏感
A 亲，100%纯棉，A类婴幼儿标准，可以贴身穿
B 有没有荧光剂
A 亲，没有添加荧光剂，有检测报告的
B 会不会掉色 我家孩子老咬衣服
A 亲，我们用的是环保染料，不掉色，放心
B 拉链会夹到下巴吗
A 亲，拉链顶端有防夹下巴的设计哦
B 有没有绳子 幼儿园不让穿有绳子的
A 亲这款没有抽绳，是松紧腰的
B 扣子牢不牢 怕孩子扯下来吃
A 亲扣子都做了拉力测试，很牢固的
B 羽绒服宝宝穿会不会太厚
A 亲这款是轻薄款，宝宝活动很方便
B 孩子上学穿的 有没有校服那种颜色
A 亲有藏蓝和白色，适合上学穿
B 女孩的公主裙有没有长袖的
A 有的亲，长袖款在秋冬新品里
B 纱裙会不会扎
A 亲，纱是软网纱，里面有棉内衬，不扎的
B 六一演出穿的 能在五月底前到吗
A 亲，现货下单48小时内发，五月底前肯定能到
B 汉服小孩穿有没有小一点的 2岁
A 亲，最小码是90，适合2岁左右的宝宝
B 爬服是前开还是肩开
A 亲是斜襟前开的，换尿布很方便
B 连体衣裆部有扣子吗
A 有的亲，裆部有按扣，换尿不湿不用全脱
B 秋衣秋裤有套装吗
A 有的亲，一套两件，有五个颜色
B 睡衣能不能机洗
A 可以机洗的亲，建议装洗衣袋
B 孩子长得快 你们的衣服偏大吗
A 亲是标准码，可以拍大一码穿两年
B 男孩喜欢恐龙 有没有恐龙图案的
A 有的亲，恐龙系列有卫衣、T恤和睡衣
B 有奥特曼的吗
A 亲，我们这里没有授权的奥特曼款哈，可以看看我们原创的宇宙系列
B 冰雪奇缘艾莎裙有吗
A 亲，我们有原创的冰雪系公主裙，蓝色那款很受欢迎
B 双胞胎 能买两件一样的吗
A 当然可以亲，拍两件就好
B 兄妹装有没有
A 有的亲，兄妹装在“亲子系列”里
B 亲子装一家三口的怎么买
A 亲，爸爸妈妈宝宝分别选尺码，拍在一个订单里就可以
B 宝宝穿了过敏了 起了红疹子
A 非常抱歉亲，宝宝现在好些了吗？请先停止穿着，我们这边给您办理退货退款
B 衣服有股味道 宝宝能穿吗
A 亲，建议先清洗一遍再穿，新衣服都建议先洗
B 收到的时候包装都破了
A 非常抱歉亲，是运输过程中弄破的，衣服有没有弄脏呢？有问题我们给您换新
B 衣服挺好看的 孩子很喜欢
A 谢谢亲的认可，宝宝喜欢最重要😊
B 下次再来买
B 能不能送个小礼物 给孩子的
A 亲，满99送卡通发夹或者袜子一双哦
B 赠品是随机的吗
A 是的亲，赠品随机发哦
B 儿童袜子防滑吗
A 有防滑胶点的款，适合在家穿
B 宝宝帽子多大
A 亲，帽围46-48，适合1-2岁宝宝
B 书包有没有
A 亲我们是服装店，书包暂时没有哈
B 什么时候发货 宝宝等着穿
A 亲，今天就能发出，预计两三天到
""")

blk("apparel_kids", """
B 订单号{order} 童装套装 怎么还没发 ##order_number
A 亲，订单{order}已经打包好了，今晚快递来揽收 ##order_number
A 亲，您的快递单号{yto}，圆通的，可以在订单里看 ##waybill
B 中通单号{zto}显示签收了 可是我没收到 ##waybill
A 亲，我们马上联系中通核实，可能是放在驿站或者门卫了，您先看一下 ##waybill
B 孩子身高105 穿110/52还是110/56 ##size_code
A 亲，110/56是腰围大一点的，孩子偏瘦拍110/52就好 ##size_code
B 吊牌写120/60 是什么意思 ##size_code
A 亲，120是身高，60是胸围或腰围，适合身高115-120的孩子 ##size_code
B 73码和80码差多少 ##size_code
A 亲，73码适合6-12个月，80码适合1-2岁 ##size_code
B 66码的能穿多久 ##size_code
A 亲66码大概适合3-6个月的宝宝，长得快的话穿两三个月 ##size_code
B 有没有QQ糖颜色那种彩虹的裙子 ##product_name
A 有的亲，彩虹糖果色纱裙，孩子很喜欢 ##product_name
B 那个小飞机图案的T恤还有吗 ##product_name
A 有的亲，小飞机和火箭图案都有 ##product_name
B 小企鹅连体衣有几个颜色 ##product_name
A 亲，小企鹅有灰色和粉色 ##product_name
B 那个V领小开衫 宝宝穿冷不冷 ##product_name
A 亲，春秋穿刚好，冬天里面加个打底 ##product_name
B 这个是抖音同款的小熊卫衣吗 ##saw_elsewhere
A 是的亲，原创设计，很多宝妈都买了 ##saw_elsewhere
B 宝妈群里都在说你家衣服好 我来看看 ##saw_elsewhere
A 谢谢亲的信任，有问题随时问我 ##saw_elsewhere
B 小红书上看到博主推荐的 是这个链接吗 ##saw_elsewhere
A 亲是的，这个就是那款，现在有活动 ##saw_elsewhere
B 一件59 三件149是吗 ##price
A 是的亲，任选三件149，可以不同款 ##price
B 我算了一下 用了券128.5 对吗 ##price
A 对的亲，128.5元到手 ##price
A 亲，退款已经原路退回您的微信，请查收 ##refund_route
A 亲，银行卡支付的退款会退回原银行卡，到账时间以银行为准 ##refund_route
A 亲，本店不会以任何理由让您添加私人微信或者QQ，请通过平台联系我们哦 ##warning
B 有人加我说是童装店的客服 说孩子衣服有质量问题要退钱给我 要我的银行卡 ##scam_report
A 亲千万别给！那是骗子，我们退款都是原路退回，不需要您的银行卡信息 ##warning
A 亲，收货地址是{addr}，对吗？ ##delivery_address
B 对的 收件人{name} 电话{phone} ##delivery_address
B 不对 我换地方了 新地址{addr} 电话不变 ##delivery_address
B 寄到我妈家 {addr} {name} {phonesp} ##delivery_address
B 地址写错了 应该是{addr} 麻烦改下 ##delivery_address
B 寄到北京东城区能到吗 我们小区封路了 ##city_name
A 亲，可以正常寄的，快递会送到附近驿站 ##city_name
B 你们是湖州织里的吗 ##city_name
A 是的亲，我们是湖州织里童装产业带的工厂 ##city_name
B 菜鸟驿站{pick} 已经拿到啦 ##pickup_code
B 六一前能到吗 今天5月28号 ##date
A 亲，今天下单明天发顺丰，5月30号之前能到 ##date
B 2023年的款和2024年的有啥不同 ##date
A 亲，2024年的升级了面料，更软一点 ##date
B 货号KD-2407-110 还有吗 ##sku_code
A 亲，KD-2407的110码还有，粉色和蓝色都有 ##sku_code
""")

blk("apparel_kids", """
B 小朋友4歲，105公分，穿哪個尺寸 ##traditional
B 這個童裝是純棉的嗎？小孩皮膚容易過敏 ##traditional
A 亲是纯棉的，A类标准，可以放心 ##traditional
B 謝謝，小孩很喜歡 ##traditional
B Does this run true to size for a 4-year-old? ##english
A Yes, for 100-105cm we suggest size 110 ##english
B 宝宝的baby裙子有没有pink的 ##mixed
B 这个romper是前开的吗 ##mixed
A 是的亲，前开扣 ##mixed
B 我买的size太小了 能exchange吗 ##mixed
A 可以的亲，订单页申请换货就行 ##mixed
""")

# ---------------- shoes ----------------
blk("shoes", """
B 平时穿38的 这双拍38可以吗
A 亲，这款偏大半码，平时38建议拍37.5或者37哦
B 脚宽脚背高 要不要拍大一码
A 亲，脚宽脚背高建议拍大一码，穿着更舒服
B 脚长24.5cm 穿多少码
A 亲，脚长24.5cm对应39码
B 我脚长26 男的 拍几码
A 亲，26cm拍42码
B 这个码数是欧码吗
A 亲是欧码，详情页有对照表
B 这鞋磨不磨脚
A 亲，鞋口有软垫包边，一般不磨脚，新鞋前两天可以贴个创可贴
B 鞋底软吗 我要走很多路
A 亲是EVA缓震大底，很软，适合久走
B 防滑吗 下雨天能穿吗
A 亲，橡胶底有防滑纹，雨天也可以穿
B 防水吗
A 亲，鞋面有防泼水处理，小雨没问题，不建议踩水
B 真皮的吗
A 亲，鞋面是头层牛皮，内里是猪皮
B 有没有臭脚的问题 透气吗
A 亲，鞋面是飞织网面，透气性很好
B 鞋垫能拿出来吗
A 可以的亲，鞋垫可拆卸，方便清洗
B 能放矫正鞋垫吗
A 可以的亲，鞋垫拿出来后空间够放
B 跟高多少
A 亲，跟高5cm，穿起来很稳
B 高跟鞋卡脚吗 我是第一次穿高跟
A 亲，这款是粗跟的，很好驾驭，新手也能穿
B 马丁靴要磨合吗
A 亲，真皮马丁靴需要穿几天磨合，之后会越来越舒服
B 靴筒多高 我小腿粗
A 亲，靴筒高22cm，筒围34cm，后面有松紧
B 雪地靴里面是真毛吗
A 亲，内里是羊毛皮一体的
B 老北京布鞋有大码吗
A 亲，男款最大到46码
B 凉鞋会不会夹脚
A 亲，这款是一字带的，不夹脚
B 拖鞋有没有踩屎感那种
A 有的亲，这款就是厚底EVA，软软的
B 小白鞋容易脏吗
A 亲，鞋面是超纤皮，用湿巾一擦就干净
B 这双跑鞋适合跑马拉松吗
A 亲，这款是缓震型，适合日常训练和半马
B 篮球鞋实战怎么样
A 亲，抓地力和包裹性都不错，外场也能打
B 足球鞋是碎钉还是长钉
A 亲这款是TF碎钉，适合人造草
B 童鞋有魔术贴的吗
A 有的亲，宝宝自己就能穿脱
B 学步鞋软不软
A 亲，鞋底可以对折，很软，适合刚学走路的宝宝
B 是正品吗
A 亲，品牌授权正品，支持验货
B 有鞋盒吗
A 亲，原装鞋盒，送人也合适
B 鞋盒压坏了
A 非常抱歉亲，快递运输中压坏了，鞋子有没有问题呢？需要的话可以给您退换
B 鞋子开胶了才穿一周
A 非常抱歉亲！拍照片给我看下，开胶属于质量问题，我们给您换新或者退款
B 左右脚大小不一样
A 亲，麻烦量一下两只鞋的长度拍照给我看下，确实有问题我们马上换
B 鞋子有划痕
A 亲很抱歉，可以给您补偿或者退换，您选哪个方案
B 有点挤脚 能换大一码吗
A 可以的亲，申请换货，选大一码就行，别穿出去过哦
B 我穿着在家试了一下 还能退吗
A 亲，室内试穿不影响的，鞋底干净就可以退
B 颜色跟图片不一样
A 亲，可能有轻微的色差，您拍照给我看看差别大吗
B 鞋带太短了
A 亲，我们给您补寄一副长一点的鞋带
B 有没有加绒款
A 有的亲，冬季加绒款已经上架了
B 能不能便宜点 两双
A 亲，两双立减20元
B 双十一还有活动吗
A 有的亲，双十一会有满减和赠品
B 什么时候发货
A 亲，48小时内发货
B 莆田鞋吗
A 亲，我们是品牌授权的店铺，不卖仿品
B 鞋子挺舒服的 好评
A 谢谢亲的认可，穿着舒服就好
B 这双鞋我穿着后跟掉
A 亲，可以加个后跟贴，或者换小半码，您需要的话我们可以送您一对后跟贴
B 鞋油需要吗
A 亲，真皮鞋建议用无色鞋油保养，可以一起拍
""")

blk("shoes", """
B 订单{order} 鞋子能不能换成39 ##order_number
A 亲，订单{order}还没发货，已帮您改成39码 ##order_number
B 鞋子寄回来了 单号{yd} 韵达的 ##waybill
A 亲，收到韵达单号{yd}，到仓后给您换发 ##waybill
B 换货的新鞋发了吗 ##platform_flow
A 亲，已经发出了，顺丰单号{sf} ##waybill
B 脚长235 是37还是37.5 ##size_code
A 亲，235mm对应37码 ##size_code
B 我穿US 9 是多少码 ##size_code
A 亲，US9男款对应42.5码 ##size_code
B UK6对应多少 ##size_code
A 亲，UK6大概是39码 ##size_code
B 这个型号是{sn} 还有吗 ##model_number
A 亲，这是去年的款，已经断码了，可以看看同系列新款 ##model_number
B 款号DX2301-100 42码有吗 ##model_number
A 亲，DX2301-100的42码还有，可以直接拍 ##model_number
B 鞋舌上的货号是{sn}和鞋盒上的一样 是正品吧 ##model_number
A 是的亲，货号一致，正品放心 ##model_number
B 那个Q弹的拖鞋是抖音上卖的那种吗 ##saw_elsewhere
A 亲是同类型的厚底拖鞋，我们是自己工厂做的 ##saw_elsewhere
B 得物上也有这款 价格差不多 你家支持验货吗 ##saw_elsewhere
A 亲，我们是官方授权店，可以去专柜或者找第三方鉴定 ##saw_elsewhere
B 买了两双 一双299一双199 满减后多少 ##price
A 亲，满400减50，实付448 ##price
B 鞋垫3.5元一双 要不要单独拍 ##price
A 亲，可以一起拍，一个订单发 ##price
A 亲，退款已按原路返回到您的支付宝，注意查收 ##refund_route
A 亲，本店客服只在平台聊天，不会打电话让您加微信或者下载什么APP退款，谨防诈骗 ##warning
B 有人打电话说我的鞋子有质量问题 要给我双倍赔付 让我下载个会议软件 ##scam_report
A 亲，那是诈骗，千万不要下载，也不要给对方验证码，所有赔付都在平台订单里处理 ##warning
A 亲，发货前跟您核对一下地址：{addr} ##delivery_address
B 对的 电话是{phone} ##delivery_address
B 对 收件人写{name} ##delivery_address
B 地址改一下 {addr} {name} {phone} 谢谢 ##delivery_address
B 寄到南京东路那个地址就行 之前填过的 ##city_name
A 好的亲，按订单上南京东路的地址发 ##city_name
B 你们是莆田发货还是温州 ##city_name
A 亲，我们是温州发货的 ##city_name
B 从晋江发过来要几天 ##city_name
A 亲，晋江到上海一般两天 ##city_name
B 京东快递能不能 ##courier
A 亲，我们默认发中通，要顺丰的话下单时选“顺丰发货”规格 ##courier
B 圆通太慢了 能改顺丰吗 ##courier
A 亲，已经发出了改不了，下次可以备注顺丰 ##courier
B 取件码{pick} 拿到了 鞋子很好看 ##pickup_code
""")

blk("shoes", """
B 請問這雙鞋偏大還是偏小 ##traditional
B 我平常穿24號，要買幾號 ##traditional
A 亲，台湾24号大概对应我们38码 ##traditional
B 鞋子好穿，謝謝 ##traditional
B Are these true to size? ##english
A They run half a size big, we suggest sizing down ##english
B Can I exchange for size 40? ##english
A Sure, please apply for an exchange on the order page ##english
B 这个sneaker是真皮吗 ##mixed
B size 38有没有white的 ##mixed
A 亲，white 38有货 ##mixed
B 鞋子有点tight 要换half size ##mixed
""")

# ---------------- consumer electronics ----------------
blk("electronics", """
B 这个耳机降噪效果怎么样
A 亲，主动降噪深度可以到40dB，地铁上基本听不到噪音
B 续航多久
A 亲，耳机单次6小时，加充电仓总共30小时
B 打游戏有延迟吗
A 亲，有游戏模式，延迟可以低到60ms
B 戴久了耳朵疼吗
A 亲，半入耳设计，戴久了也不胀
B 跑步会掉吗
A 亲，有耳翼，跑步跳绳都不掉
B 防水吗 出汗多
A 亲，IPX5防水，日常出汗没问题
B 能连两台设备吗
A 可以的亲，支持双设备连接，手机电脑无缝切换
B 安卓能用吗
A 亲，安卓苹果都可以用
B 这个音箱声音大不大
A 亲，20W输出，客厅用足够了
B 有没有低音
A 亲，有独立低音单元，低音很足
B 能插U盘吗
A 亲这款只支持蓝牙和AUX，不支持U盘
B 笔记本能打游戏吗
A 亲，这款是RTX4060显卡，主流3A游戏中高画质没问题
B 内存能加吗
A 亲，有两个内存插槽，最大支持64G
B 硬盘多大
A 亲，512G固态，还有一个空余的硬盘位
B 屏幕是多少刷新率
A 亲，165Hz，2.5K分辨率
B 多重 要经常带出门
A 亲，1.4kg，很轻薄，适合出差带
B 充电器是多少瓦的
A 亲，标配100W的Type-C充电器
B 系统是正版的吗
A 亲，预装正版Windows 11家庭版，激活即可使用
B 有Office吗
A 亲，预装Office家庭和学生版，首次使用需要激活
B 平板能插卡打电话吗
A 亲，这款是WiFi版，不能插卡，需要插卡的可以选LTE版
B 能用手写笔吗
A 可以的亲，支持4096级压感手写笔，需要单独购买
B 给孩子上网课用 哪款合适
A 亲，推荐这款10.1寸的，有护眼模式，性价比高
B 相机适合新手吗
A 亲，这款有自动模式，新手也能拍得很好
B 能拍4K视频吗
A 可以的亲，4K 30帧，1080P 120帧
B 镜头可以换吗
A 亲，这款是微单，可以换镜头，卡口是E口
B 套机带的什么镜头
A 亲，套机带18-55mm的变焦镜头
B 投影仪白天能看吗
A 亲，亮度有800流明，白天拉上窗帘能看清楚
B 多大的屏幕
A 亲，投射距离3米可以投到100寸
B 有没有噪音
A 亲，风扇噪音小于30dB，基本听不到
B 扫地机器人能拖地吗
A 可以的亲，扫拖一体，还能自动集尘
B 家里有门槛能过吗
A 亲，越障高度2cm，一般门槛都能过
B 有宠物毛多 会缠住吗
A 亲，有防缠绕胶刷，宠物毛不会缠
B 电视多大尺寸合适 客厅4米
A 亲，4米观看距离推荐75寸
B 挂架包含吗
A 亲，送标准挂架和免费上门安装
B 安装要收费吗
A 亲，基础安装免费，特殊材料和打孔可能要另外收费，以师傅现场收费单为准
B 电视有没有开机广告
A 亲，开机广告可以在设置里关闭
B 键盘是什么轴
A 亲，有红轴、青轴、茶轴可选，打字推荐茶轴
B 鼠标是无线的吗
A 亲，支持蓝牙和2.4G双模
B 显示器能竖着放吗
A 可以的亲，支架支持旋转90度
B 有没有坏点
A 亲，出厂都经过检测，收到后有坏点可以申请换新
B 路由器能穿几堵墙
A 亲，一般穿两堵墙没问题，大户型建议买两只组网
B 智能手表能测血压吗
A 亲，这款不支持血压测量，可以测心率和血氧
B 保修多久
A 亲，整机一年保修，电池半年
B 全国联保吗
A 是的亲，全国联保，有问题可以去品牌官方售后网点
B 坏了怎么修
A 亲，在保修期内可以在订单页申请售后，我们寄回检测维修
B 收到就不开机
A 非常抱歉亲，麻烦先充电半小时再试试，还不行的话给您办理换新
B 屏幕有个亮点
A 亲，拍个照片给我看下，确认是屏幕问题给您换新
B 蓝牙连不上
A 亲，先把耳机放回充电仓，长按按键10秒恢复出厂设置，再重新配对试一下
B 试了 还是不行
A 好的亲，那可能是耳机问题，给您申请换新，麻烦寄回来
B 充不进电
A 亲，换个充电头和数据线试一下，还不行就是电池问题，给您售后
B 你们这个东西质量太差了 用了一个月就坏了
A 非常抱歉亲，在保修期内我们免费给您维修或者换新，给您添麻烦了
B 能开专票吗
A 可以的亲，企业用户可以开增值税专用发票，请提供开票信息
B 要发票 公司报销
A 好的亲，下单后在订单页申请电子发票，抬头填公司名称和税号就行
B 能以旧换新吗
A 亲，平台有以旧换新活动，在商品页点“以旧换新”就能估价
B 七天无理由吗 拆封了还能退吗
A 亲，拆封后不影响二次销售，配件齐全可以退，激活过的需要扣除一定费用哦
B 什么快递 我怕摔坏
A 亲，电子产品都发顺丰，有防震包装 ##courier
""")

blk("electronics", """
B 订单号{order} 笔记本什么时候发 ##order_number
A 亲，订单{order}今天已经出库，顺丰单号{sf} ##waybill
B 京东快递单号{jdx} 显示送到了但是我没收到 ##waybill
A 亲，我这边帮您联系京东快递核实，请稍等 ##waybill
B 耳机充电仓是多少mAh ##spec_number
A 亲，充电仓容量500mAh，耳机单只55mAh ##spec_number
B 这个充电宝20000mAh能带上飞机吗 ##spec_number
A 亲，20000mAh额定能量74Wh，低于100Wh是可以带上飞机的 ##spec_number
B 型号是AX3000还是AX6000 ##model_number
A 亲这款是AX3000，双频3000Mbps ##model_number
B 显卡是4060还是4060Ti ##model_number
A 亲，是RTX 4060 8G，不是Ti ##model_number
B 处理器是i5-13500H吗 ##model_number
A 是的亲，i5-13500H，12核16线程 ##model_number
B 机身序列号{sn} 帮我查下保修 ##model_number
A 亲，序列号{sn}的保修期到明年6月 ##model_number
B 这个投影仪1920x1080是真的吗 ##spec_number
A 亲，物理分辨率就是1080P，支持4K解码 ##spec_number
B 65寸的电视尺寸多少 我家柜子1.5米 ##spec_number
A 亲，65寸机身宽1449mm，1.5米的柜子刚好放下 ##spec_number
B 电视能装抖音和腾讯视频吗 ##app_feature
A 亲，电视自带应用市场，可以安装常用的视频APP，也支持投屏 ##app_feature
B 手表能收微信消息吗 ##app_feature
A 可以的亲，支持微信、QQ、短信消息提醒，但不能回复 ##app_feature
B 能用支付宝付款吗 手表上 ##app_feature
A 亲，这款手表支持支付宝离线支付，绑定后可以刷手表付款 ##app_feature
B 音箱能连QQ音乐吗 ##app_feature
A 亲，支持QQ音乐、网易云音乐，手机蓝牙连接就行 ##app_feature
B 平板能用微信读书吗 ##app_feature
A 可以的亲，墨水屏这款支持安装微信读书，看书很舒服 ##app_feature
B 电子书阅读器能装得到APP和微信读书吗 ##app_feature
A 亲，支持第三方应用，微信读书、得到都可以装 ##app_feature
B 投影仪能直接看B站吗 ##app_feature
A 可以的亲，系统里可以装哔哩哔哩，也能手机投屏 ##app_feature
B 扫地机要用什么APP控制 ##app_feature
A 亲，用品牌自己的智能家居APP控制，说明书上有步骤 ##app_feature
B 这个相机能直接传照片到手机吗 ##app_feature
A 可以的亲，通过WiFi连接品牌配套软件就能传 ##app_feature
B 支持小爱同学还是天猫精灵 ##app_feature
A 亲，这款智能插座小爱同学和天猫精灵都支持 ##app_feature
B 这款路由器能用京东云那个APP管理吗 ##app_feature
A 亲这款是原厂固件，用自己品牌的管理APP ##app_feature
B 我在抖音直播间看到这款投影卖1299 你这1399 ##saw_elsewhere
A 亲，直播间可能有专属券，我们这边领券后也是1299，还多送个支架 ##saw_elsewhere
B 京东自营卖3999 你们店卖多少 ##saw_elsewhere
A 亲，我们现在活动价3899，还送鼠标键盘套装 ##saw_elsewhere
B 京东方的屏幕吗 ##product_name
A 是的亲，这款显示器用的是京东方的IPS面板 ##product_name
B 屏幕是华星光电还是京东方 ##product_name
A 亲，这批是京东方面板 ##product_name
B 支付宝收款提示音箱有吗 我开小店用 ##product_name
A 有的亲，支持微信支付宝收款语音播报 ##product_name
B 这个“闪传”功能是什么 ##app_feature
A 亲，就是手机和电脑之间快速传文件的功能 ##app_feature
B 3999减300 再用平台券 最后多少 ##price
A 亲，最后3549元到手 ##price
B 分12期每个月多少 ##price
A 亲，12期免息，每期324.92元 ##price
A 亲，退款已原路退回，信用卡支付的会退回信用卡 ##refund_route
A 亲，本店不会通过私人微信、QQ联系您办理售后，所有售后请在订单页申请 ##warning
B 有人给我打电话说我买的电脑是召回批次 要加微信退款 真的吗 ##scam_report
A 亲，这是假的！我们没有召回，请不要加对方，更不要提供验证码和银行卡 ##warning
A 亲，这个是大件，需要送货上门，确认一下收货地址和电话 ##delivery_address
B {name} {phone} {addr} ##delivery_address
B 地址没问题 电话改成{phonesp} 安装师傅好联系我 ##delivery_address
B 寄到北京东城区的公司 {addr} ##delivery_address
B 从深圳发货吗 ##city_name
A 是的亲，深圳华强北附近的仓库发货 ##city_name
B 东莞仓发的吗 多久到成都 ##city_name
A 亲，东莞仓发出，到成都2-3天 ##city_name
B 南京东路那边能安装吗 ##city_name
A 可以的亲，上海全市都能上门安装 ##city_name
B 售后单{after} 寄回维修的 进度怎么样 ##order_number
A 亲，售后单{after}已经检测完成，是主板问题，给您换新机，今天寄出 ##order_number
B 发票开好了吗 订单{order} ##invoice
A 亲，发票已开，在订单详情页下载 ##invoice
B 税号{inv} 抬头XX科技有限公司 ##invoice
A 好的亲，已经记下了，增值税专票需要3-5个工作日 ##invoice
""")

blk("electronics", """
B 請問這個耳機支援iPhone嗎 ##traditional
B 保固多久？在台灣可以維修嗎 ##traditional
A 亲，保修是大陆地区联保，台湾需要寄回来维修 ##traditional
B 這台筆電有繁體中文鍵盤嗎 ##traditional
B 電壓是110V可以用嗎 ##traditional
A 亲，充电器支持100-240V宽电压，台湾可以用 ##traditional
B Does this laptop come with an English keyboard? ##english
A It's a Chinese layout keyboard, but it's the same as US QWERTY ##english
B What's the warranty period? ##english
A One year for the whole unit ##english
B Can I use it with a 110V outlet? ##english
B 这个earbuds有ANC吗 ##mixed
A 有的亲，ANC深度40dB ##mixed
B laptop的RAM可以upgrade吗 ##mixed
B 投影仪support 4K吗 ##mixed
A 亲，支持4K解码，物理分辨率1080P ##mixed
B 这个speaker用Type-C充电吗 ##mixed
B monitor是IPS还是VA ##mixed
A 亲是IPS面板，色准很好 ##mixed
""")

# ---------------- mobile phones & accessories ----------------
blk("phone", """
B 这个手机是全新的吗
A 亲，全新未拆封，支持官方验机
B 是国行吗
A 是的亲，国行正品，全国联保
B 有没有翻新机
A 亲，我们只卖全新机，不卖翻新机
B 电池多大
A 亲，5000mAh大电池，支持67W快充
B 拍照怎么样
A 亲，主摄5000万像素，夜景很清楚
B 玩王者卡不卡
A 亲，骁龙8处理器，王者荣耀满帧不卡
B 发热严重吗
A 亲，有VC液冷散热，长时间打游戏温度也可以接受
B 是双卡双待吗
A 是的亲，双卡双待，支持5G
B 支持NFC吗
A 支持的亲，可以刷公交卡和门禁
B 有没有耳机孔
A 亲这款没有3.5mm耳机孔，送Type-C转接头
B 屏幕是直屏还是曲面
A 亲是直屏，贴膜方便
B 手机送充电器吗
A 亲，盒子里有充电器和数据线
B 手机壳送吗
A 亲，送一个透明保护壳，屏幕已经贴了出厂膜
B 老人用的 字大不大
A 亲，有简易模式，字体图标都很大，适合长辈
B 给学生用 哪款性价比高
A 亲推荐这款，一千出头，够用耐用
B 内存选多大的好
A 亲，建议选12+256，用三四年不卡
B 颜色哪个好看
A 亲，远峰蓝和曜石黑卖得最好
B 这个钢化膜是全屏的吗
A 亲是全屏覆盖的，边缘不翘边
B 贴膜送工具吗
A 送的亲，有除尘贴和贴膜神器，新手也能贴好
B 膜会影响指纹解锁吗
A 亲，不会影响屏下指纹
B 防窥膜侧面看得到吗
A 亲，侧面30度以外就看不清了
B 手机壳会不会发黄
A 亲，这款是防黄材质，正常用一年不会明显发黄
B 壳子摄像头有保护吗
A 亲，摄像头一圈有加高，放桌上不会磨镜头
B 能磁吸充电吗
A 可以的亲，内置磁环，支持MagSafe磁吸充电
B 充电头多少瓦
A 亲，这款是20W PD快充
B 数据线多长
A 亲有1米和2米两种
B 充电宝能带上高铁吗
A 可以的亲，高铁对充电宝没有限制
B 车载支架会不会掉
A 亲，重力感应卡扣很稳，颠簸路面也不掉
B 蓝牙耳机能连手机吗
A 亲，所有带蓝牙的手机都能连
B 手机收到有划痕
A 非常抱歉亲，麻烦拍照给我，我们给您换新
B 手机充电很慢
A 亲，请用原装充电器试试，慢充可能是充电头功率不够
B 手机发烫 是不是有问题
A 亲，刚开机会同步数据和更新系统，会有点热，过两天就好了，持续发热的话联系我们售后
B 信号不好
A 亲，可以先换个地方试试，或者重启一下手机，还是不行帮您申请检测
B 激活了还能退吗
A 亲，激活后非质量问题不支持七天无理由退货哦，质量问题可以换新
B 手机有没有碎屏险
A 亲，下单时可以加购碎屏保障服务
B 屏幕坏了 能修吗
A 亲，在保修期内非人为损坏免费维修，人为碎屏需要付费更换
B 手机壳收到了 尺寸不对
A 亲，您的手机型号是哪个，是不是拍错了？可以给您免费换
B 我拍成Pro的壳了 我手机是Pro Max
A 没关系亲，申请换货，选Pro Max就行
B 膜贴上有气泡
A 亲，小气泡24小时内会自己消失，大气泡可以掀起来重贴
B 钢化膜碎了 才贴两天
A 亲，我们是包碎包换的，拍照给我，补发一张新的
B 你们的东西也太垃圾了吧 膜一摔就碎
A 亲，钢化膜本身就是为了保护屏幕，碎了说明屏幕没事，我们给您免费补一张
B 好吧 那快点补
A 好的亲，今天给您发出
""")

blk("phone", """
B 这个手机支持微信双开吗 ##app_feature
A 支持的亲，系统自带应用分身，微信QQ都可以双开 ##app_feature
B 微信视频能美颜吗 ##app_feature
A 亲，支持视频美颜，在设置里打开就行 ##app_feature
B 能装抖音快手吗 ##app_feature
A 亲，安卓系统常用APP都能装的 ##app_feature
B 支付宝刷脸能用吗 ##app_feature
A 亲，支持3D结构光，刷脸支付都可以用 ##app_feature
B 数据能从老手机迁移吗 聊天记录 ##app_feature
A 亲，可以用手机自带的换机助手，微信聊天记录也可以在微信里迁移 ##app_feature
B 有没有电话手表 孩子上学用 ##product_name
A 有的亲，儿童电话手表支持定位、视频通话，不能装游戏 ##product_name
B 电话手表要办卡吗 ##product_name
A 亲，需要插一张小卡，建议办儿童手表专用套餐 ##product_name
B 手表能跟手机的微信绑定吗 ##app_feature
A 亲，儿童手表有自己的微聊功能，家长用配套APP绑定就行 ##app_feature
B 内存12+256是12G运行吗 ##spec_number
A 是的亲，12G运行内存，256G存储 ##spec_number
B 电池5500mAh 能用多久 ##spec_number
A 亲，正常使用一天半没问题 ##spec_number
B 充电宝10000mAh能给手机充几次 ##spec_number
A 亲，大概能给5000mAh的手机充1.5-2次 ##spec_number
B 这个1380mAh的备用电池适合老人机吗 ##spec_number
A 亲，适合大部分老人机，请核对一下电池型号 ##spec_number
B 型号BL-5C的电池有吗 ##model_number
A 有的亲，BL-5C 1020mAh ##model_number
B 我的手机型号是V2309A 能用这个壳吗 ##model_number
A 亲，V2309A可以用，选对应的型号就行 ##model_number
B 型号23049RAD8C 是哪款 ##model_number
A 亲，这个是Redmi Note 12 Turbo的型号 ##model_number
B IMEI是{imei} 帮我查下是不是全新 ##model_number
A 亲，这个IMEI显示未激活，全新机，放心使用 ##model_number
B 手机盒子上的IMEI码和手机里的不一样 ##model_number
A 亲，请拍照给我看下两个号码，双卡手机有两个IMEI，可能看的不是同一个 ##model_number
B 序列号{sn} 查不到保修 ##model_number
A 亲，新机激活后才开始计算保修，刚激活的可能要等24小时 ##model_number
B 手机V5是什么意思 是第五代吗 ##product_name
A 亲，是系列名，不是代数哦 ##product_name
B 那个Q版卡通手机壳有苹果15的吗 ##product_name
A 有的亲，苹果15和15Pro都有 ##product_name
B 小红书上很火那个奶油风手机壳 ##saw_elsewhere
A 亲，我们家就有奶油风的，好几个颜色 ##saw_elsewhere
B 我在拼多多看到一样的壳才9块9 ##saw_elsewhere
A 亲，我们用的是液态硅胶，不发黄不粘灰，价格会贵一点点 ##saw_elsewhere
B 官网卖4999 你这卖4699 是不是假的 ##saw_elsewhere
A 亲，是正品，我们是授权经销商，有平台补贴，支持官方验机 ##saw_elsewhere
B 4699减200 再12期免息 每月多少 ##price
A 亲，4499元分12期，每期374.92元 ##price
B 手机壳19.9 膜9.9 一起29.8 包邮吗 ##price
A 包邮的亲 ##price
B 订单{order} 手机什么时候发货 ##order_number
A 亲，订单{order}已经发货了，顺丰单号{sf}，明天到 ##waybill
B 手机寄回检测了 顺丰{sf} ##waybill
A 亲收到，到了检测完给您回复 ##waybill
B 中通单号{zto} 手机壳 两周了还没到 ##waybill
A 亲，非常抱歉，这个件可能丢了，我们直接给您补发一个 ##waybill
B 售后单{after} 换新机发了吗 ##order_number
A 亲，换新机已经发出，单号{jdx}，京东快递 ##waybill
A 亲，退款已原路退回您的支付宝账户 ##refund_route
A 亲，您用的是花呗分期，退款后分期会自动取消，已还的部分退回支付宝 ##refund_route
B 我是信用卡付的 退款退到哪 ##refund_route
A 亲，原路退回您的信用卡 ##refund_route
A 提醒您：本店不会以任何理由要求您提供手机验证码或者支付密码，请注意账户安全 ##warning
A 亲，不要相信加微信的，我们不会私下联系您，退款只在平台操作 ##warning
B 刚有个人发短信说我手机订单异常 要我点链接退款 是你们吗 ##scam_report
A 亲不是我们，千万别点！我们所有通知都在平台消息里，不会发短信链接 ##warning
B 有人冒充你们客服加我 说手机要召回 ##scam_report
A 亲，我们从来没有召回，请直接拉黑对方，您的订单一切正常 ##warning
A 亲，手机是贵重物品，需要本人签收，跟您确认一下收货人和电话 ##delivery_address
B {name} {phone} 地址{addr} ##delivery_address
B 收件人{name}，电话{phonesp}，地址不变 ##delivery_address
B 我换地址了 {addr} 能改吗 ##delivery_address
B 从深圳发吗 能不能发顺丰 ##city_name
A 是的亲，深圳发货，手机默认顺丰 ##city_name
B 我在南京东路附近上班 可以寄到公司吗 ##city_name
A 可以的亲，把公司地址改好就行 ##city_name
B 寄到北京东城区要几天 ##city_name
A 亲，顺丰次日达 ##city_name
B 菜鸟驿站取件码{pick} 手机壳拿到了 很好看 ##pickup_code
B 发票开个人的就行 订单{order} ##invoice
A 好的亲，发票已申请，开好后在订单详情查看 ##invoice
B 手机壳SKU写的是IP15-CLR-02 透明的对吧 ##sku_code
A 对的亲，CLR就是透明款 ##sku_code
""")

blk("phone", """
B 請問這支手機有繁體中文嗎 ##traditional
A 亲，系统支持繁体中文，设置里可以切换 ##traditional
B 可以用台灣的SIM卡嗎 ##traditional
B 手機殼收到了，很好看 ##traditional
B 這個充電器可以快充嗎 ##traditional
B Does this phone support Google Play? ##english
A It's the China version, Google services are not preinstalled ##english
B Is this case compatible with iPhone 15 Pro Max? ##english
A Yes, please choose the 15 Pro Max option ##english
B 这个case是不是MagSafe compatible ##mixed
A 是的亲，支持MagSafe磁吸 ##mixed
B 手机battery health是100%吗 ##mixed
B 我要一个USB-C的cable，2米 ##mixed
B 这个power bank可以fast charge吗 ##mixed
A 可以的亲，支持PD 20W快充 ##mixed
""")

# ---------------- snacks & food ----------------
blk("snacks", """
B 这个辣条辣不辣
A 亲，中辣，能吃辣的朋友觉得刚刚好
B 小孩能吃吗
A 亲，这款偏辣，不太建议小朋友吃，可以选甜味的
B 保质期多久
A 亲，保质期9个月，我们发的都是近一个月生产的
B 生产日期是几月的
A 亲，现在发的是本月上旬生产的，很新鲜
B 会不会快过期了
A 不会的亲，我们不卖临期产品，临期的会单独标注
B 坚果是今年的新货吗
A 是的亲，今年新货，现炒现发
B 核桃好剥吗
A 亲，纸皮核桃，用手一捏就开
B 有没有坏的 上次买的有哈喇味
A 亲，我们每批都有抽检，收到有坏果可以拍照给我们，按比例赔付
B 开心果是自然开口的吗
A 是的亲，自然开口，没有漂白
B 牛肉干是真牛肉吗
A 亲，100%牛后腿肉，配料表第一位就是牛肉
B 配料表有什么 有没有防腐剂
A 亲，配料是牛肉、盐、白砂糖、香辛料，符合国家标准添加
B 有糖尿病能吃吗
A 亲，这款含糖，建议糖尿病朋友选我们的无蔗糖款
B 低卡吗 减肥能吃吗
A 亲，每100克热量350大卡，减肥期间适量吃哈
B 这个饼干甜不甜
A 亲，微甜的，不腻
B 蛋黄酥几个一盒
A 亲，一盒6枚，每枚55克
B 月饼有礼盒装吗
A 有的亲，礼盒装带手提袋，送人很体面
B 中秋前能到吗
A 亲，中秋前一周停止发货，现在下单肯定能到
B 粽子是什么馅的
A 亲有蛋黄肉粽、豆沙粽、红枣粽三种
B 冷冻的吗 夏天会不会坏
A 亲，真空包装常温保存，夏天发冰袋
B 螺蛳粉臭不臭 在宿舍煮
A 亲，煮的时候确实有味道，建议开窗哈😂
B 酸笋多不多
A 亲，酸笋单独一包，量很足
B 火锅底料多辣
A 亲有微辣、中辣、特辣三种口味可选
B 自热火锅能带上火车吗
A 亲，自热包属于限制物品，建议乘车前问下车站
B 大米是新米吗
A 亲，今年的新米，10月收割的
B 五常大米是真的吗
A 亲，有产地证明和溯源码，正宗五常稻花香
B 蜂蜜是真的吗 会不会掺糖
A 亲，有检测报告，纯正成熟蜜，冬天会结晶是正常的
B 蜂蜜结晶了是不是坏了
A 亲，不是坏了，纯蜂蜜低温下会结晶，隔温水化开就好
B 水果是现摘的吗
A 亲，都是下单后现摘现发，产地直发
B 芒果收到是生的
A 亲，芒果是七八成熟摘的，放两三天就熟了，不要放冰箱
B 车厘子坏了好多
A 非常抱歉亲，麻烦拍照坏果给我，称一下坏果重量，我们按比例给您退款
B 橙子甜不甜
A 亲，甜度在13度以上，很甜
B 榴莲有几房肉
A 亲，大概4-5房，称重后果肉有30%左右
B 海鲜是活的吗
A 亲，冰鲜的，全程冷链
B 大闸蟹死了两只
A 非常抱歉亲，死蟹我们包赔，拍照给我，给您退款
B 饺子是手工的吗
A 亲，手工包的，一袋30个
B 速冻的 解冻了还能冻吗
A 亲，不建议反复冷冻，收到马上放冷冻
B 零食大礼包里都有啥
A 亲，有20种零食，详情页有清单
B 礼包送给小朋友 有没有辣的
A 亲，儿童礼包里都是不辣的
B 过敏 有没有花生
A 亲，这款含花生，过敏的朋友不要购买哦
B 清真的吗
A 亲，这款是清真认证的
B 素食能吃吗
A 亲，这款含动物成分，素食可以看我们的素肉系列
B 收到了包装破了 洒了一箱
A 非常抱歉亲！拍张照片给我，给您补发或者退款
B 吃出一根头发 太恶心了
A 非常抱歉亲，这个是我们的问题，请拍照留证，我们给您全额退款并反馈给工厂
B 吃完拉肚子了
A 亲，很抱歉，请问现在身体怎么样？麻烦把剩余产品和包装拍照给我，我们这边严肃核查
B 你们家的东西太好吃了😋
A 谢谢亲，吃得开心就好~
B 又来回购了
A 感谢老顾客的支持❤️
B 能便宜吗 买五袋
A 亲，五袋送一袋
B 有试吃装吗
A 亲，有9.9元的试吃装，每人限购一份
B 什么时候发货
A 亲，今天下单明天一早就发
B 夏天发货会不会化
A 亲，巧克力夏天会加冰袋和保温袋发货
""")

blk("snacks", """
B 旺仔QQ糖有没有大包的 ##product_name
A 有的亲，QQ糖有20g小包和70g大包 ##product_name
B QQ糖什么口味的多 ##product_name
A 亲，葡萄、水蜜桃、草莓三种口味混装 ##product_name
B 要微辣的 别太辣 ##product_name
A 好的亲，选规格的时候选“微辣”就行 ##product_name
B 微辣到底多辣 我吃不了辣 ##product_name
A 亲，微辣就是一点点辣味，不能吃辣的建议选原味 ##product_name
B 香酥小黄鱼是即食的吗 ##product_name
A 是的亲，开袋即食的小黄鱼，酥脆可以连骨头吃 ##product_name
B 咸鱼干是什么鱼 ##product_name
A 亲，是马鲛鱼晒的，蒸着吃很香 ##product_name
B 红薯干有没有加糖 ##product_name
A 亲，红薯干是纯红薯蒸晒的，无添加糖 ##product_name
B 红薯粉条是纯红薯的吗 ##product_name
A 亲，是纯红薯淀粉做的，煮不烂 ##product_name
B 猫山王榴莲冰淇淋有吗 ##product_name
A 亲，冰淇淋需要冷链，目前只发江浙沪 ##product_name
B 梅菜扣肉是熟的吗 ##product_name
A 是的亲，加热就能吃，微波炉3分钟 ##product_name
B 八宝粥是哪个牌子的 ##product_name
A 亲，我们是自己工厂生产的八宝粥，一箱12罐 ##product_name
B 维C软糖加了VC吗 真的吗 ##product_name
A 亲，每粒含VC 30mg，有营养成分表 ##product_name
B 那个抖音很火的爆浆麻薯还有吗 ##saw_elsewhere
A 有的亲，现在是原味和芒果味现货 ##saw_elsewhere
B 小红书推荐的低卡零食就是这款吗 ##saw_elsewhere
A 是的亲，这款魔芋爽很多博主推荐过 ##saw_elsewhere
B 李佳琦直播间卖过这个吗 ##saw_elsewhere
A 亲，具体主播我不太清楚，我们店里现在有活动价 ##saw_elsewhere
B 超市里卖15 你这里卖12.9 是正品吗 ##saw_elsewhere
A 亲，是正品，我们是厂家直发，少了中间商 ##saw_elsewhere
B 生产日期{batch} 保质期12个月 对吧 ##date
A 亲，是的，生产日期在包装袋的背面 ##date
B 这个批次是2024年3月的吗 ##date
A 亲，现在发的是2024年5月生产的 ##date
B 到期日2025.06.30 还行 ##date
B 39.9一箱 两箱多少 ##price
A 亲，两箱69.9，还送一包试吃 ##price
B 满59减10 我拍了58.8 差2毛 ##price
A 哈哈亲，可以再加一包1元的小零食凑单 ##price
B 500g是一斤吗 ##spec_number
A 是的亲，500g就是一斤 ##spec_number
B 净含量250g*2袋 ##spec_number
A 对的亲，一共500g ##spec_number
B 订单号{order} 坚果什么时候发 ##order_number
A 亲，订单{order}今天下午发出，中通快递 ##order_number
A 亲，您的零食已发出，韵达单号{yd} ##waybill
B 单号{zto} 怎么三天了还在义乌 ##waybill
A 亲，快递从义乌中转，可能积压了，我帮您催一下 ##waybill
B 荔枝用顺丰吗 会不会坏 ##courier
A 亲，荔枝全部顺丰航空件，第二天到，单号发货后给您 ##courier
A 亲，顺丰单号{sf}，冷链发的，明天上午就到 ##waybill
B 京东快递能发吗 我这里顺丰不到 ##courier
A 亲，可以的，备注京东快递就行 ##courier
B 新疆能发吗 EMS ##courier
A 亲，新疆只能走EMS，运费下单时系统会自动加上 ##courier
B 从哪里发货 ##city_name
A 亲，我们从福建漳州发货 ##city_name
B 是广西柳州发的螺蛳粉吗 ##city_name
A 是的亲，柳州本地工厂直发 ##city_name
B 寄到北京东城区 冷链能到吗 ##city_name
A 可以的亲，北京冷链次日达 ##city_name
A 亲，退款已经原路退回微信了，注意查收 ##refund_route
A 亲，坏果部分退款23.5元已退回支付宝 ##refund_route
A 亲，请认准平台客服，不要相信自称客服要求加微信或者领取补偿的人 ##warning
B 有人发短信说我买的零食检测不合格 让我加个群领赔偿 ##scam_report
A 亲，这是诈骗短信，我们的产品都合格，请不要加群也不要点链接 ##warning
A 亲，生鲜需要及时签收，跟您确认一下地址和电话 ##delivery_address
B 没问题 {name} {phone} {addr} ##delivery_address
B 对的 电话{phonesp} 白天家里有人 ##delivery_address
B 寄到我单位：{addr}，收件人{name} ##delivery_address
B 取件码{pick} 已经拿到了 荔枝很新鲜 ##pickup_code
""")

blk("snacks", """
B 這個零食寄到香港可以嗎 ##traditional
A 亲，零食可以寄香港，走集运，大概5天 ##traditional
B 請問有素食的嗎 ##traditional
B 保存期限是多久 ##traditional
B 牛肉乾很好吃，會再回購 ##traditional
B Is this snack vegan? ##english
A No, it contains milk powder. Please check our vegan section ##english
B How long is the shelf life? ##english
A 9 months, we ship fresh batches ##english
B 这个snack有没有nuts 我过敏 ##mixed
A 亲，这款含花生和杏仁，过敏不建议购买 ##mixed
B 买了一箱chips 收到全碎了 ##mixed
B 有没有low sugar的零食 ##mixed
A 有的亲，无蔗糖系列 ##mixed
""")

# ---------------- tea ----------------
blk("tea", """
B 这个龙井是明前的吗
A 亲，是明前特级，清明前采摘的
B 龙井是西湖产区的吗
A 亲，是钱塘产区的，西湖核心产区价格会贵不少
B 今年的新茶吗
A 是的亲，今年春茶，刚到货
B 怎么保存 要放冰箱吗
A 亲，绿茶建议密封后放冰箱冷藏，避免串味
B 泡几克合适
A 亲，一杯200ml的水放3克左右，水温80-85度
B 能用开水泡吗
A 绿茶不建议用100度开水，会烫熟茶叶，有苦味
B 普洱是生茶还是熟茶
A 亲，这款是熟茶，口感醇厚，适合养胃
B 生普会不会伤胃
A 亲，新的生普比较刺激，胃不好的朋友建议喝熟普或者老生茶
B 普洱能存多久
A 亲，普洱没有保质期，存放得当越陈越香
B 茶饼怎么撬
A 亲，用茶针从侧面慢慢插入撬开，我们送了茶针
B 白茶是福鼎的吗
A 是的亲，福鼎白茶，白牡丹
B 白茶能煮吗
A 亲，老白茶可以煮，新白茶建议泡着喝
B 大红袍是岩茶吗
A 是的亲，武夷岩茶，中足火
B 火味重吗
A 亲，中火的，有焙火香但不燥
B 铁观音是浓香还是清香
A 亲，这款是清香型，有兰花香
B 红茶适合加奶吗
A 亲，滇红和阿萨姆都很适合做奶茶
B 金骏眉是正山的吗
A 亲，是桐木关周边的，正宗桐木关核心区产量很少价格也高
B 茉莉花茶香不香
A 亲，七窨一提的，花香很浓郁
B 孕妇能喝茶吗
A 亲，孕期建议少喝浓茶，可以喝点淡的花草茶，具体请咨询医生
B 晚上喝会失眠吗
A 亲，熟普和老白茶咖啡因低一点，但敏感的朋友还是建议下午以后少喝
B 茶叶有没有农残
A 亲，每批都有农残检测报告，符合国家标准
B 有检测报告吗
A 有的亲，可以在商品详情页查看
B 茶叶有碎末吗
A 亲，运输中难免有少量碎末，正常范围内
B 泡出来颜色有点浑
A 亲，新茶的茶毫多，泡出来会有点浑，属于正常现象
B 口感跟上次买的不一样
A 亲，不同批次的茶叶口感会有一点差异，您觉得哪里不一样可以说说看
B 有没有小包装 试喝一下
A 有的亲，有5克一泡的试饮装
B 送领导的 有礼盒吗
A 有的亲，礼盒装很大气，还配手提袋
B 礼盒能不能不放价格标签
A 可以的亲，我们不会放价格单，下单备注一下就行
B 茶具有吗
A 有的亲，盖碗、公道杯、茶杯一套
B 盖碗烫手吗
A 亲，这款是薄胎的，注意拿盖碗边缘就不烫
B 紫砂壶是原矿的吗
A 亲，原矿紫泥，带证书
B 新壶怎么开壶
A 亲，用清水煮一下，再用要泡的茶叶煮半小时就可以了
B 茶杯是手工的吗
A 亲，是手工拉坯的，每个会有细微差异
B 收到茶杯碎了一个
A 非常抱歉亲，拍照给我，给您补发一个
B 茶叶受潮了
A 亲很抱歉，麻烦拍照片给我看看，受潮的给您退换
B 你们家的茶味道很正
A 谢谢亲，喝着喜欢就好，欢迎常来
B 能便宜点吗 买了四盒
A 亲，四盒给您送一个茶叶罐
B 老客户有优惠吗
A 亲，老客户有专属券，在店铺首页领取
""")

blk("tea", """
B 大益7542是哪年的 ##model_number
A 亲，这款7542是2019年的批次，批次号1901 ##model_number
B 8582和7542有什么区别 ##model_number
A 亲，7542偏细嫩，8582拼配了粗一点的原料，口感更厚 ##model_number
B 这个茶饼357克吗 ##spec_number
A 是的亲，标准357克一饼，七饼一提 ##spec_number
B 拼配茶是什么意思 是不是不纯 ##product_name
A 亲，拼配是把不同山头、不同等级的原料搭配，让口感更平衡，不是掺假 ##product_name
B 八宝茶里面有什么 ##product_name
A 亲，有枸杞、红枣、桂圆、菊花、冰糖等，一包一泡 ##product_name
B 这个小青柑是新会的吗 ##product_name
A 是的亲，新会小青柑配宫廷普洱 ##product_name
B 那个“微苦回甘”是说很苦吗 ##product_name
A 亲，入口有一点点苦，很快就回甘了，不是很苦 ##product_name
B 鸭屎香是什么茶 名字好奇怪 ##product_name
A 哈哈亲，是凤凰单丛的一种，香气像银花香，跟鸭屎没关系 ##product_name
B 抖音上很火的那个柠檬红茶有吗 ##saw_elsewhere
A 亲，我们是原叶茶店，没有柠檬红茶哈 ##saw_elsewhere
B 我朋友在茶博会上买的就是你们家 ##saw_elsewhere
A 谢谢亲的支持，线上价格和茶博会一样 ##saw_elsewhere
B 龙井2024年的和2023年的价格差多少 ##date
A 亲，2024年新茶每斤贵200左右 ##date
B 生产日期{batch} 是今年春茶吧 ##date
A 是的亲，今年4月初采制的 ##date
B 这饼是2015年的吗 能放到现在吗 ##date
A 亲，2015年的生普，存放在干仓，现在喝正好 ##date
B 250克装188 两罐多少 ##price
A 亲，两罐360，再送一个旅行茶具 ##price
B 一斤多少钱 我要论斤买 ##price
A 亲，一斤是两罐250克的，376元 ##price
B 订单{order} 茶叶礼盒发了吗 ##order_number
A 亲，订单{order}已发顺丰，单号{sf} ##waybill
B 单号{yto} 几天了还没到 茶叶会不会受潮 ##waybill
A 亲，我们是铝箔袋密封的，不会受潮，快递我帮您催一下 ##waybill
B 从杭州发货吗 ##city_name
A 是的亲，杭州发货，江浙沪次日达 ##city_name
B 普洱是勐海直接发吗 ##city_name
A 亲，是云南勐海茶厂出品，从昆明仓发货 ##city_name
B 安溪发过来的吗 ##city_name
A 是的亲，福建安溪产地直发 ##city_name
B 武夷山到北京东城区要多久 ##city_name
A 亲，顺丰两天左右 ##city_name
B 寄到南京东路的办公室 送客户的 ##city_name
A 好的亲，写清楚公司名称和楼层，我们给您用礼盒包装 ##city_name
A 亲，退款已经原路退到您的支付宝了 ##refund_route
A 亲，本店不会加买家私人微信推荐茶叶，也不会让您私下转账，谨防诈骗 ##warning
B 有个人加我说是你们茶园的 说可以便宜卖我老茶 是你们的人吗 ##scam_report
A 亲，不是我们的人，我们只在这里接待客人，请谨慎，不要私下交易 ##warning
A 亲，这单是礼盒，跟您确认一下收礼人的地址电话 ##delivery_address
B 收件人{name} {phone} {addr} ##delivery_address
B 寄给我爸 {addr} {name} 电话{phonesp} ##delivery_address
B 地址没错 麻烦快点发 ##delivery_address
B 发票要开公司的 税号{inv} ##invoice
A 好的亲，已提交电子发票申请 ##invoice
""")

blk("tea", """
B 請問這款烏龍茶是台灣茶嗎 ##traditional
A 亲，这款是福建安溪的铁观音，不是台湾乌龙 ##traditional
B 普洱茶可以寄到香港嗎 ##traditional
B 茶葉很香，下次再買 ##traditional
B Is this green tea from this year's harvest? ##english
A Yes, it's spring 2024 harvest ##english
B How should I store the tea? ##english
B 这个oolong适合送foreign朋友吗 ##mixed
A 很合适的亲，礼盒有英文说明 ##mixed
B 有没有teabag的 方便带去office ##mixed
A 有的亲，三角茶包，一盒20包 ##mixed
""")

# ---------------- cosmetics & skincare ----------------
blk("cosmetics", """
B 敏感肌能用吗
A 亲，这款无香精无酒精，敏感肌可以用，建议先在耳后试用一下
B 油皮用这个会不会闷痘
A 亲，这款是清爽型乳液，油皮用不会闷
B 干皮冬天用够不够滋润
A 亲，干皮建议搭配我们的面霜一起用，保湿效果更好
B 混合皮T区油 两颊干 用哪款
A 亲，推荐这款水乳，T区少涂一点，两颊多涂
B 孕妇能用吗
A 亲，这款成分温和，孕期可以用，但建议孕期使用前咨询一下医生
B 哺乳期能用吗
A 亲，不含视黄醇和水杨酸，哺乳期可以用
B 有没有酒精
A 亲，不含酒精，成分表第一位是水
B 里面有烟酰胺吗 我不耐受
A 亲，这款含烟酰胺，不耐受的话建议选我们的舒缓系列
B 能和A醇一起用吗
A 亲，建议早上用VC，晚上用A醇，不要叠加
B 刷酸期间能用吗
A 亲，刷酸期间皮肤比较敏感，建议用修护类的产品
B 美白效果明显吗
A 亲，坚持用28天一个周期，会看到肤色提亮，每个人肤质不同效果会有差异
B 祛痘吗
A 亲，这款是控油调理的，不是药品，严重痘痘建议去看皮肤科
B 防晒霜搓泥吗
A 亲，这款是乳液质地，叠加其他产品等吸收后再用就不会搓泥
B 防晒要卸妆吗
A 亲，这款是防水型的，建议用卸妆产品清洁
B 粉底液适合黄黑皮吗
A 亲，黄黑皮推荐02号自然色
B 持妆多久
A 亲，正常可以持妆8小时，油皮建议定妆
B 会暗沉吗
A 亲，氧化很轻微，基本不暗沉
B 口红拔干吗
A 亲，这款是丝绒哑光的，有一点点干，涂前建议用润唇膏打底
B 掉色吗 吃饭会不会掉
A 亲，是持久型的，喝水不太掉，吃油腻的东西会掉一点
B 黄皮涂哪个色号显白
A 亲，黄皮推荐砖红色和豆沙色，很显白
B 眼影盘飞粉吗
A 亲，粉质细腻，轻微飞粉，用刷子轻点就好
B 睫毛膏晕染吗
A 亲，防水防晕染，油眼皮也可以用
B 眉笔是几号色
A 亲，有深棕、浅棕、灰棕三个色
B 卸妆油能卸眼妆吗
A 可以的亲，眼唇都能卸，乳化要充分
B 洗面奶是氨基酸的吗
A 是的亲，氨基酸洁面，温和不紧绷
B 面膜一盒几片
A 亲，一盒10片，建议一周敷2-3次
B 面膜能天天敷吗
A 亲，补水面膜可以天天敷，但每次不要超过15分钟
B 香水留香多久
A 亲，这款淡香水留香4-6小时
B 香水是什么味道的
A 亲，前调是柑橘，中调是白花，后调是木质，清新不甜腻
B 是正品吗
A 亲，我们是品牌官方授权店，支持专柜验货，假一赔十
B 有没有小样
A 亲，下单送同系列小样三件
B 保质期多久
A 亲，未开封保质期3年，开封后建议12个月内用完
B 生产日期是什么时候
A 亲，现在发的是今年生产的，新鲜批次
B 过敏了 脸上起红疙瘩
A 非常抱歉亲，请立即停用，用清水洗脸，严重的话请及时就医，我们给您办理退款
B 用了两次就过敏 你们这东西有问题吧
A 亲，非常抱歉给您带来困扰，每个人肤质不同，我们先给您退款，您的情况我们也会反馈给品牌
B 收到漏液了
A 非常抱歉亲，拍个照片给我，给您补发一瓶新的
B 泵头按不出来
A 亲，先逆时针旋转一下泵头解锁，再按几下就出来了
B 包装跟图片上不一样
A 亲，品牌最近更换了新包装，产品是一样的
B 开封了还能退吗
A 亲，化妆品开封后非质量问题不支持退货，过敏可以提供照片申请
B 什么时候发货 急用
A 亲，今天下午发，三天左右到
B 能不能多送点小样
A 亲，小样是按订单规则送的，这次给您多放一片面膜😊
B 买两套有优惠吗
A 亲，两套打九折
B 会员日什么时候
A 亲，每月8号是会员日，有额外折扣
""")

blk("cosmetics", """
B 薇诺娜的舒敏霜有吗 ##product_name
A 有的亲，薇诺娜舒敏保湿特护霜50g ##product_name
B V7素颜霜会假白吗 ##product_name
A 亲，V7有一点提亮效果，薄涂不会假白 ##product_name
B 这个V脸面膜真的能瘦脸吗 ##product_name
A 亲，它是提拉紧致型面膜，不能真正瘦脸哈，实话实说 ##product_name
B 用了皮肤QQ弹弹的 好喜欢 ##product_name
A 哈哈谢谢亲，坚持用效果会更好 ##product_name
B 那个“微精华”是精华还是水 ##product_name
A 亲，是精华水，质地比较清爽 ##product_name
B 小棕瓶和小黑瓶哪个适合25岁 ##product_name
A 亲，25岁推荐小棕瓶，主打修护抗初老 ##product_name
B 神仙水230ml还是160ml划算 ##spec_number
A 亲，230ml单价更低，长期用推荐大瓶 ##spec_number
B SPF50+ PA++++ 够不够海边用 ##spec_number
A 够的亲，海边建议每2-3小时补涂 ##spec_number
B 烟酰胺浓度5%吗 ##spec_number
A 亲，是5%烟酰胺，建立耐受后使用 ##spec_number
B A醇0.1%的 新手能用吗 ##spec_number
A 亲，0.1%是入门浓度，新手可以从隔天用开始 ##spec_number
B 口红色号999和888哪个显白 ##model_number
A 亲，999是正红，888是砖红，黄皮888更显白 ##model_number
B 1966是什么颜色 ##model_number
A 亲，1966是复古砖红色，秋冬很火 ##model_number
B 粉底液色号1C0和1W1选哪个 ##model_number
A 亲，1C0偏白偏粉，1W1偏暖，黄皮选1W1 ##model_number
B 瓶底的批号是{sn} 能查生产日期吗 ##model_number
A 亲，这个批号对应的是今年3月生产的，放心用 ##model_number
B 防伪码刮开了 查询显示正品 ##product_name
A 是的亲，我们都是官方渠道的正品 ##product_name
B 限用日期{batch}之前 对吗 ##date
A 对的亲，日期在盒子底部 ##date
B 2027.05到期 是这个意思吗 ##date
A 是的亲，2027年5月前未开封都可以用 ##date
B 这个是抖音同款的那个卸妆膏吗 ##saw_elsewhere
A 是的亲，就是这款 ##saw_elsewhere
B 小红书博主推荐的 说适合敏感肌 ##saw_elsewhere
A 亲，这款确实很温和，敏感肌也有很多回购 ##saw_elsewhere
B 专柜卖680 你们卖520 是不是假的 ##saw_elsewhere
A 亲，是正品，我们参加了平台百亿补贴，支持专柜验货 ##saw_elsewhere
B 免税店买更便宜吧 ##saw_elsewhere
A 亲，价格确实各有不同，我们这边保证正品，还有售后保障 ##saw_elsewhere
B 520买了 这个价格能保价吗 ##price
A 亲，保价30天，降价自动补差 ##price
B 399减60 再用88VIP券 多少 ##price
A 亲，最后到手大概322元 ##price
B 订单号{order} 口红什么时候到 ##order_number
A 亲，订单{order}已经发出，圆通单号{yto} ##waybill
B 中通{zto} 一直显示在派送 ##waybill
A 亲，我帮您联系中通，今天一定会送到 ##waybill
A 亲，退款已原路退回您的支付宝，请查收 ##refund_route
A 亲，您微信支付的，退款原路退回微信，1-3个工作日到账 ##refund_route
A 亲，请注意：我们不会让您加微信领取小样或者返现，有人这样联系您请直接举报 ##warning
B 有个人说是你们客服 说我的面霜是问题批次 要我提供支付宝账号退款 ##scam_report
A 亲，千万不要给！是骗子，我们的退款都是原路退回，不需要您的账号信息 ##warning
A 亲，发货前跟您确认下收货地址 ##delivery_address
B 对的 {name} {phone} {addr} ##delivery_address
B 地址对 电话换成{phonesp} ##delivery_address
B 帮我改到公司 {addr} ##delivery_address
B 从哪里发 ##city_name
A 亲，我们从上海保税仓发货 ##city_name
B 保税仓是在广州吗 ##city_name
A 亲，我们有广州和宁波两个仓，就近发货 ##city_name
B 我在南京东路 上海仓发过来很快吧 ##city_name
A 是的亲，同城第二天就到 ##city_name
B 取件码{pick} 拿到了 谢谢 ##pickup_code
""")

blk("cosmetics", """
B 請問這款防曬適合油肌嗎 ##traditional
A 亲，很适合的，清爽不油腻 ##traditional
B 口紅有試色照片嗎 ##traditional
B 這是正品嗎？有專櫃貨嗎 ##traditional
B 收到了，包裝很完整，謝謝 ##traditional
B Is this suitable for sensitive skin? ##english
A Yes, it's fragrance-free and alcohol-free ##english
B Is this product cruelty-free? ##english
A Sorry, I'm not sure about that, I'll check with the brand ##english
B 这个serum适合oily skin吗 ##mixed
A 适合的亲，质地很清爽 ##mixed
B lipstick有没有nude色 ##mixed
B 这个toner要用cotton pad吗 ##mixed
A 亲，用手拍或者化妆棉都可以 ##mixed
B 我是combination skin，推荐哪个moisturizer ##mixed
""")

# ---------------- mother & baby ----------------
blk("mother_baby", """
B 宝宝4个月 吃几段奶粉
A 亲，0-6个月吃1段，4个月的宝宝选1段就可以
B 转奶要注意什么
A 亲，建议新旧奶粉按比例逐步替换，一周左右完成过渡
B 宝宝吃了便秘怎么办
A 亲，可以适当调稀一点，多喂点水，如果持续便秘建议咨询儿科医生
B 是国行还是海外版
A 亲，这款是国行，有中文标签和溯源码
B 奶粉是新日期吗
A 亲，是今年生产的，距离到期还有一年半以上
B 纸尿裤什么码
A 亲，宝宝多重呢？我帮您推荐
B 宝宝9公斤 7个月
A 亲，9公斤建议用L码，L码适合9-14kg
B 会不会红屁屁
A 亲，表层是柔软无纺布，透气性好，勤换就不容易红屁屁
B 拉拉裤和纸尿裤有什么区别
A 亲，拉拉裤像小内裤一样，宝宝会爬会走以后更方便穿脱
B 夜里用哪种吸收好
A 亲，推荐我们的夜用款，吸收量大，一夜不漏
B 侧漏怎么办
A 亲，穿的时候把腿围的防漏边拉出来，尺码太小也容易侧漏
B 湿巾能擦脸吗
A 可以的亲，我们是手口湿巾，不含酒精
B 奶瓶是玻璃的还是PPSU
A 亲，两种都有，新生儿推荐玻璃，大一点用PPSU耐摔
B 奶嘴几号适合3个月宝宝
A 亲，3个月用S号，6个月以上换M号
B 能煮沸消毒吗
A 可以的亲，耐高温，可以煮沸和蒸汽消毒
B 吸奶器吸力大不大 会疼吗
A 亲，有9档吸力可调，从小档开始慢慢调，不会疼
B 电动的还是手动的
A 亲这款是电动双边的，省时省力
B 婴儿车能上飞机吗
A 亲，折叠后尺寸符合大部分航空公司登机要求，具体以航空公司规定为准
B 婴儿车能躺吗
A 可以的亲，靠背可以调节到175度平躺
B 重不重 我一个人要抬上楼
A 亲，车身重6.5kg，单手可以折叠
B 安全座椅有ISOFIX吗
A 有的亲，ISOFIX硬接口加上拉带，安装很稳
B 新生儿能坐吗
A 亲，这款是0-4岁可以用，新生儿反向安装
B 婴儿床需要买床垫吗
A 亲，床是带床垫的，可以加购我们的椰棕床垫
B 床围安全吗
A 亲，床围是透气网布的，不会闷到宝宝
B 辅食米粉几个月吃
A 亲，6个月左右开始添加，先从高铁米粉开始
B 米粉有没有添加糖
A 亲，无添加白砂糖和盐，宝宝放心吃
B 果泥开了能放多久
A 亲，开封后冷藏保存，24小时内吃完
B 宝宝牙胶能放冰箱吗
A 可以放冷藏，不要放冷冻哦
B 安抚奶嘴会不会影响牙齿
A 亲，这款是正畸型奶嘴，对牙齿影响小，但也不建议长时间用
B 孕妇装有吗
A 有的亲，孕妇裤有托腹设计，从孕早期到产后都能穿
B 哺乳文胸选多大
A 亲，可以按孕前尺码大一个罩杯来选
B 月子服是纯棉的吗
A 是的亲，纯棉的，吸汗透气
B 待产包里有什么
A 亲，有产褥垫、一次性内裤、月子帽等20多样，详情页有清单
B 产褥垫能提前用吗
A 亲，产褥垫是产后用的，孕期漏尿可以用孕妇护垫
B 宝宝洗护用品无泪配方吗
A 是的亲，无泪配方，洗头进眼睛也不辣
B 婴儿润肤霜能擦湿疹吗
A 亲，我们是保湿霜，不是药，湿疹严重请咨询医生
B 宝宝玩具有没有小零件
A 亲，这款适合3岁以上，小于3岁的宝宝请选我们的婴幼儿系列
B 积木会不会有异味
A 亲，ABS环保材质，没有异味
B 奶粉罐子瘪了
A 非常抱歉亲，罐子瘪了不影响奶粉质量，但您介意的话可以给您换
B 纸尿裤少了几片
A 亲，我们是按重量打包的，麻烦您数一下具体少几片，拍照给我，给您补发
B 奶粉吃了宝宝吐奶
A 亲，吐奶有可能是喂得太多或者姿势原因，也可能是不适应，建议先咨询医生，如果需要退未开封的我们可以处理
B 开封了还能退吗
A 亲，奶粉开封后不支持退货，质量问题可以提供照片处理
B 你们这纸尿裤质量下降了 以前不会漏的
A 亲，非常抱歉，能说说是什么情况吗？我们记录下来反馈给工厂，给您补偿一包
B 我是宝妈 买了好多次了 能便宜点不
A 谢谢宝妈的支持，给您一张老客户专属优惠券
B 什么时候发货 宝宝奶粉快喝完了
A 亲，今天下午发，顺丰两天到
""")

blk("mother_baby", """
B 伊利QQ星有没有整箱的 ##product_name
A 有的亲，QQ星儿童成长牛奶一箱12盒 ##product_name
B QQ星几岁能喝 ##product_name
A 亲，QQ星适合3岁以上的孩子 ##product_name
B 那个小企鹅图案的纸尿裤是你家的吗 ##product_name
A 是的亲，小企鹅是我们的IP形象 ##product_name
B 婴儿监控能用手机看吗 ##app_feature
A 可以的亲，用产品配套的APP绑定后，手机就能远程看宝宝 ##app_feature
B 监控能连家里WiFi吗 5G的能连吗 ##app_feature
A 亲，目前只支持2.4G WiFi ##app_feature
B 温奶器能不能手机控制 ##app_feature
A 这款是触控的，不支持手机控制哈 ##app_feature
B 宝宝体温计能连微信小程序记录吗 ##app_feature
A 亲，这款是普通电子体温计，没有联网功能 ##app_feature
B 溯源码扫出来是{sn} 对的吗 ##model_number
A 亲，和罐底的码一致就是正品 ##model_number
B 罐底批号{batch} 这是生产日期吗 ##model_number
A 是的亲，就是生产日期，保质期24个月 ##model_number
B 保质期到2026.03 对吧 ##date
A 对的亲 ##date
B 800g一罐能吃多久 ##spec_number
A 亲，4个月宝宝一天大概喝150g，800g能吃5-6天 ##spec_number
B 纸尿裤L码54片 M码64片 ##spec_number
A 对的亲，M码64片，L码54片，XL码44片 ##spec_number
B 奶瓶240ml还是160ml ##spec_number
A 亲，新生儿用160ml，三个月以上用240ml ##spec_number
B 婴儿车轮子是EVA还是充气的 ##spec_number
A 亲是EVA实心轮，不用打气 ##spec_number
B 抖音上好多宝妈推荐这个吸奶器 ##saw_elsewhere
A 谢谢亲，我们这款确实口碑很好 ##saw_elsewhere
B 小红书说这个湿巾有荧光剂 是真的吗 ##saw_elsewhere
A 亲，我们有第三方检测报告，不含荧光剂，可以在详情页看 ##saw_elsewhere
B 母婴店卖368 你这卖298 是真的吗 ##saw_elsewhere
A 亲，正品保证，我们直接从品牌方进货 ##saw_elsewhere
B 奶粉298 买六罐多少 ##price
A 亲，六罐1680，相当于每罐280 ##price
B 买二送一 三罐算下来每罐多少 ##price
A 亲，每罐相当于198.7 ##price
B 订单{order} 奶粉发了没 ##order_number
A 亲，订单{order}已经发出，顺丰{sf} ##waybill
B 京东快递{jdx} 到哪了 ##waybill
A 亲，已经到您所在的区了，下午送 ##waybill
B 纸尿裤韵达{yd} 破了 ##waybill
A 亲，非常抱歉，请拍照给我，如有损坏我们给您补发 ##waybill
B 从哪发货 ##city_name
A 亲，我们从天津保税仓发货 ##city_name
B 杭州仓还是广州仓发 ##city_name
A 亲，根据您的地址就近发，您在上海的话是杭州仓 ##city_name
B 北京东城区能用京东快递吗 宝宝等着喝 ##city_name
A 亲，可以的，已经帮您备注京东快递 ##city_name
A 亲，退款原路退回您支付的账户 ##refund_route
A 亲，您用支付宝付的，退款已退到支付宝 ##refund_route
A 宝妈请注意：本店不会让您加微信进群领奶粉试用装，也不会私下转账，谨防诈骗 ##warning
B 有人说是你们店的 让我加群领免费纸尿裤 要先付9.9邮费 ##scam_report
A 亲，不是我们！千万不要转账，那是骗子，我们所有活动都在店铺页面 ##warning
A 亲，奶粉比较重，跟您确认一下收货地址 ##delivery_address
B 对的 {name} {phone} {addr} ##delivery_address
B 地址对 电话是{phone} 我老公的 ##delivery_address
B 改下地址：{addr} 我回娘家坐月子 ##delivery_address
B 取件码{pick} 已经取到 ##pickup_code
""")

blk("mother_baby", """
B 請問這個奶粉有繁體中文說明嗎 ##traditional
B 尿布M號適合幾公斤 ##traditional
A 亲，M码适合6-11公斤 ##traditional
B 寶寶用了很好，謝謝 ##traditional
B Is this formula suitable for newborns? ##english
A Yes, stage 1 is for 0-6 months ##english
B How many diapers are in a pack? ##english
A 64 pieces for size M ##english
B 这个stroller可以one hand fold吗 ##mixed
A 可以的亲，单手一键折叠 ##mixed
B baby的bottle有没有wide neck的 ##mixed
B 纸尿裤size M会不会太小 宝宝10kg ##mixed
A 亲，10kg建议用L ##mixed
""")

# ---------------- general shop talk (any store) ----------------
blk("general", """
B 在？
B 在吗在吗
B 有人吗
B 客服在吗？？
B 你好
B 您好 咨询一下
B hello 在不
B 亲
B 嗨 问个问题
B 老板在吗
B 掌柜的在不在
B 小姐姐在吗
B 哈喽～
B 早上好
B 晚上好 还有人吗
B 请问一下
B 问一下哈
B 打扰了
B 不好意思打扰一下
A 在的亲，请问有什么可以帮您？
A 亲，您好，很高兴为您服务~
A 在呢在呢，亲请说😊
A 您好，我是客服小美，请问有什么可以帮到您
A 亲亲，欢迎光临，有什么问题尽管问哦
A 亲，您好，这边是售后客服，请问遇到了什么问题呢？
A 您好亲，请问是咨询商品还是查询订单呢？
A 亲，早上好~ 请问需要点什么
A 亲，晚上好，我在的，您说
A 【自动回复】亲，欢迎光临本店，客服正在赶来的路上，请稍等片刻哦~
A 【自动回复】您好，当前咨询人数较多，请您耐心等待，也可以先看看下方的常见问题
A 【自动回复】亲，工作时间是9:00-23:00，您的留言我们上班后会第一时间回复
A 【自动回复】亲，现在是下班时间，明天早上9点后会回复您，急事请留言
A 【自动回复】亲，发货时间：16点前付款当天发，16点后次日发
A 【自动回复】亲，本店默认发中通/韵达，不支持指定快递，偏远地区除外
A 【自动回复】亲，所有商品均支持7天无理由退换货（定制、贴身衣物除外）
A 【自动回复】您好，您的订单已签收，如果对商品满意请确认收货，有问题随时联系我们
A 您好，我是智能客服，请描述您的问题，我会为您自动解答
A 亲，您可以点击下方的“查物流”“退换货”“催发货”按钮快速自助处理哦
A 亲，人工客服已接入，请问有什么可以帮您
A 非常抱歉让您久等了，现在为您服务
A 亲，刚才人多回复晚了，不好意思哈
A 亲，我这边帮您查询一下，请稍等1-2分钟
A 亲，稍等，我去仓库确认一下库存
A 亲，我帮您反馈给主管，尽快给您答复
A 亲，还有其他问题吗？
A 亲，请问还有什么可以帮您的吗
A 感谢您的耐心等待
A 好的亲，已经帮您记录下来了
A 亲，收到，马上处理
A 明白了亲，您放心
A 亲，不客气，这是我们应该做的
A 祝您购物愉快，再见~
A 感谢光临，欢迎下次再来哦❤️
A 亲，有任何问题随时来找我们，拜拜~
A 谢谢亲的理解与支持🙏
A 亲，收到货满意的话麻烦给个五星好评哦，不满意请先联系我们处理~
A 亲，记得关注店铺哦，上新和活动第一时间知道
A 亲，店铺新品上架啦，有喜欢的可以看看~
B 好的
B 好滴
B 嗯嗯
B 哦哦 好的
B ok
B 好的谢谢
B 谢谢老板
B 辛苦了
B 麻烦你了
B 好的 知道了
B 行吧
B 那算了
B 我再看看
B 我考虑一下
B 拍了
B 已拍
B 付款了 快点发哦
B 已付款 请尽快发货
B 谢谢！！
B 👍
B 🙏🙏
B 😊
B 好哒～
B 收到啦 谢谢亲
B 没问题了 拜拜
B 辛苦客服小姐姐
B 服务态度真好👍
B 下次还来你家买
""")

blk("general", """
B 怎么还不发货啊
B 拍了三天了还没发 什么情况
B 能不能快点发 急用
B 催一下发货
B 今天能发出去吗
B 我昨天拍的 今天发吗
B 发货了嘛
B 发货没有啊亲
B 几号能到
B 大概几天能到我这
B 到广东几天
B 江浙沪包邮吗
B 偏远地区包邮吗 我在西藏
B 物流显示已签收 可我没收到
B 快递到哪了 一直不更新
B 物流三天没动了
B 快递员不送上门 让我自己去拿
B 能不能送货上门
B 快递被退回去了怎么办
B 我出差了 能不能晚几天发
B 能不能先别发 我下周才在家
B 可以延迟发货吗
A 亲，已经给您催仓库了，今天一定发出
A 亲，订单已经打包好了，等快递揽收
A 亲，快递已经揽收，物流信息晚点会更新
A 亲，物流信息更新有延迟，请您耐心等一下
A 亲，我这边联系快递核实一下，有结果马上告诉您
A 亲，快递显示已签收，请看一下是不是放在门卫或者快递柜了
A 亲，如果确实没有收到，我们帮您向快递公司申请核查，核实丢件会给您补发
A 亲，新疆西藏青海内蒙古不包邮，下单时系统会自动计算运费
A 亲，江浙沪一般次日达，其他地区2-4天
A 亲，可以帮您备注延迟到下周一发货
A 亲，已经备注好了，会按您要求的时间发货
A 亲，快递被退回的话我们收到后给您重新发出，或者给您退款，您看哪种
A 亲，遇到节假日快递会有延迟，请多包涵
A 亲，最近天气原因部分地区物流停运，到货会晚几天，请谅解
A 亲，大促期间订单量大，我们会按付款顺序尽快发货
A 亲，预售商品会在承诺时间内发货，请耐心等待
""")

blk("general", """
B 有优惠券吗
B 能不能便宜点
B 给个折扣呗
B 老顾客了 便宜点嘛
B 有没有满减活动
B 这个价格还能再少吗
B 双十一会更便宜吗
B 618有活动吗
B 年货节打折吗
B 什么时候有活动
B 新人有优惠吗
B 包邮吗
B 两件包邮吗
B 为什么我领不了券
B 券领了怎么用不了
B 我用券下单 怎么没有减
B 券过期了能不能补
B 下单后降价了能退差价吗
B 价保怎么申请
A 亲，券在商品页价格下面，点“领券”就行
A 亲，新人首单立减5元
A 亲，现在满199减30，还可以叠加平台的跨店满减
A 亲，这个券是指定商品可用的，您拍的这款不在范围里
A 亲，券需要满足门槛才能用，您差一点点，可以凑单
A 亲，价格是统一的，没办法单独改价哈，可以关注店铺等活动
A 亲，我们已经是最低价了，利润很薄，请理解
A 亲，下单后30天内降价可以申请价保，在订单页面操作就行
A 亲，价保需要在订单详情点击“申请价保”，系统自动核算差价
A 亲，过期的券系统没办法补发，下次活动我们提前提醒您
A 亲，双十一预售已经开始了，付定金可以享受更低的价格
A 亲，直播间有专属福利，可以关注一下店铺直播
A 亲，现在关注店铺送5元无门槛券
A 亲，第二件半价，拍两件自动计算
A 亲，买满3件打8折，不同款也行
A 亲，年货节期间全场包邮
""")

blk("general", """
B 付款一直转圈
B 付不了款 显示支付失败
B 付款的时候提示交易存在风险
B 银行卡付款提示限额了
B 花呗额度不够 能分两次付吗
B 能用信用卡吗
B 能货到付款吗
B 怎么付款啊 第一次买
B 我付了两次 重复扣款了
B 钱扣了订单还是待付款
B 付款后订单被关闭了 钱呢
B 能不能先发货再付款
B 可以先用后付吗
B 支付密码忘了怎么办
B 收不到付款的短信验证码
B 我想让我老公帮我付款 怎么弄
B 能开发票吗
B 电子发票还是纸质的
B 发票什么时候开
B 能开专票吗
B 发票抬头开错了 能重开吗
B 发票可以晚点开吗
A 亲，可能是网络不稳定，建议切换网络或稍后再试
A 亲，出现风险提示可以换一种支付方式，或者联系平台客服核实
A 亲，银行卡限额可以换一张卡或者用余额支付
A 亲，订单不能拆分付款哦，可以换其他的支付方式
A 亲，支持信用卡和花呗，在付款页面选择就行
A 亲，暂不支持货到付款，请在平台下单付款，有保障
A 亲，下单后在订单页点击“去付款”，选择支付方式就可以了
A 亲，重复扣的款系统会自动原路退回，一般1-3个工作日
A 亲，订单关闭后款项会自动原路退回，请不用担心
A 亲，需要先付款我们才能发货哦，平台担保交易，确认收货后我们才收到钱
A 亲，支持先用后付的商品在付款页会显示，您这款目前不支持
A 亲，支付密码在平台的“设置-支付设置”里面可以找回，我们客服不会也不需要知道您的密码
A 亲，收不到验证码可以检查一下是否被拦截，或者稍后重新获取，验证码千万不要告诉任何人哦
A 亲，可以在付款页选择“找朋友帮忙付”，平台内的代付功能
A 亲，支持开电子发票，确认收货后在订单页申请
A 亲，电子发票和纸质发票效力一样，我们默认开电子的
A 亲，发票在您确认收货后3个工作日内开出
A 亲，企业可以开增值税专票，需要提供完整的开票资料
A 亲，发票抬头错了可以申请重开，在订单页重新提交就行
A 亲，发票可以在订单完成后180天内申请
""")

blk("general", """
B 我要退货
B 怎么退货
B 退货地址是多少
B 能退吗
B 不想要了能退吗
B 七天无理由吗
B 退货运费谁出
B 退回去的运费谁承担
B 我没买运费险
B 怎么申请换货
B 可以换个颜色吗
B 可以换尺码吗
B 退款怎么还没到账
B 退款多久到
B 申请了退款你们怎么不处理
B 退货寄出去了 怎么还没退款
B 我申请了仅退款
B 东西不要了 能不能直接退款不寄回
B 还没发货 我想取消订单
B 退款被拒绝了 为什么
B 我要申请平台介入
B 你们再不处理我就投诉了
B 快递员说可以上门取件 要怎么弄
A 亲，在订单页点击“申请售后”-“退货退款”，填写原因提交就行
A 亲，退货地址在您提交申请后系统会自动显示，按系统地址寄回就行
A 亲，支持七天无理由退换，商品不影响二次销售就可以
A 亲，非质量问题退货运费需要您承担，质量问题我们承担
A 亲，有运费险的话退货完成后会自动理赔
A 亲，申请换货的时候可以选择新的颜色和尺码
A 亲，我们收到退货后24小时内处理退款
A 亲，退款已经处理了，原路退回，到账时间以支付方式为准
A 亲，您的退款申请已同意，请在7天内寄回商品并填写物流单号
A 亲，申请退货时可以选择“上门取件”，快递员会上门来取，运费自动结算
A 亲，还没发货的订单可以直接申请退款，系统会自动通过
A 亲，您的仅退款申请已经同意了
A 亲，商品需要寄回才能退款哦，请理解
A 亲，退款被拒绝是因为商品已签收，需要走退货退款流程，我帮您重新发起
A 亲，先别急，我们一定给您处理好，不用申请介入
A 亲，您有权申请平台介入，不过我们这边可以先给您处理，您看这样行吗
A 亲，退回的商品请保持吊牌完好、包装齐全
A 亲，退货的时候请在包裹里放个纸条写上订单号和退货原因
A 亲，退货物流单号填写后我们能实时看到进度
""")

blk("general", """
B 你们发的什么东西啊 跟图片完全不一样
B 太失望了 第一次买就这样
B 这都什么质量 差评
B 等了一个礼拜就给我发这个？
B 客服能不能回个话 等半天了！！
B 你们态度怎么这样
B 我要投诉你们
B 说好的48小时发货 都5天了
B 退个款这么麻烦吗
B 每次问都说在处理 到底处理到哪了
B 我不想听解释 就想要个结果
B 再这样我就给差评了
B 能不能给我一个说法
B 东西坏了你们也不管吗
B 买了三次了第一次碰到这种情况
B 失望😞
B 真的无语了😤
B 气死我了 衣服发错了还要我自己寄回去
B 包装这么简陋 东西都压坏了
B 快递太慢了吧 一个礼拜还没到
A 亲，真的非常抱歉给您带来不好的体验，我们马上处理
A 亲，我理解您的心情，这件事是我们做得不好，给您道歉
A 亲，请您消消气，我们一定给您一个满意的答复
A 亲，非常抱歉，为了弥补您，这单我们给您补偿10元
A 亲，这个问题我已经上报主管，今天之内给您回复
A 亲，发错货是我们的责任，退回运费我们承担，新的今天就给您发顺丰
A 亲，很抱歉让您等这么久，已经加急处理了
A 亲，您的意见我们都记下了，会改进的，谢谢您的反馈
A 亲，运输过程中的损坏我们负责，拍照给我，马上给您补发
A 亲，给您造成困扰实在抱歉，您看是换新还是退款
A 亲，我们已经联系快递公司加急派送了，再给我们一点时间
""")

blk("general", """
B 发货了吗亲 都好几天了😭
B 衣服收到了 质量不措
B 快点发或啊
B 我的包裹怎么还没到阿
B 换一个吗 这个有点小
B 你好 我想问下这个还有吗货
B 这个怎么用 看不懂说明数
B 好的 谢谢亲亲
B 嗯嗯 那我拍了哈
B 东西收到啦 超喜欢 💕💕
B 不知道适不适合我 纠结中🤔
B 咋还没发货嘞
B 俺们这里能到不
B 啥时候能到嘛
B 晓得了 谢谢哈
B 要得 那我等你们发货
B 中不中啊 能便宜点不
B 好嘞 老板大气
B 冇问题 谢谢晒
B 好滴好滴 么么哒
B 哈哈哈 客服好可爱
B 收到了 给你们点个赞👍👍
B 我晕 拍错了 能改吗
B 啊啊啊拍错颜色了
B emmm 感觉一般般
B 我再观望一下
A 好嘞亲，马上帮您看
A 亲亲，这个问题我来帮您解决哈
A 没问题的亲~
A 亲，可以的哦😊
A 亲，不好意思哈，这个暂时没有了😢
A 亲，放心交给我吧💪
A 亲，拍错了没关系，还没发货可以帮您改
A 嘿嘿，谢谢亲的夸奖~
A 亲，这个说明书有点复杂，我用文字给您讲一下步骤哈
""")

# general hard look-alikes
blk("general", """
B 我的订单号是{order} ##order_number
B3 订单号：{order} 麻烦看下发货没有 ##order_number
B 单号{pdd} 怎么还没发 ##order_number
B2 订单编号{pdd}，申请了退款 ##order_number
B 京东订单{jd} 帮我看看 ##order_number
B 订单号{order}，{order}，两个一起发可以吗 ##order_number
A2 亲，您的订单{order}已发货，请留意物流信息 ##order_number
A 亲，订单{pdd}已经给您发出了 ##order_number
A 亲，麻烦提供一下订单号，我帮您查询 ##order_number
B 订单尾号3927的那个 ##order_number
B 订单后四位是0815 ##order_number
A2 亲，顺丰单号：{sf} ##waybill
A2 亲，中通快递 {zto} ##waybill
A2 亲，圆通 {yto}，已经在路上了 ##waybill
A2 亲，韵达快递单号是{yd} ##waybill
A 亲，京东快递 {jdx} ##waybill
A2 亲，EMS单号{ems}，偏远地区需要多两天 ##waybill
A 亲，申通单号{sto} ##waybill
B2 退货寄回了 顺丰{sf} ##waybill
B 我寄回的是中通 {zto} 你们查收一下 ##waybill
B 退货单号已经填了 {yd} ##waybill
B 物流单号{yto}查不到信息 ##waybill
B 这个EMS{ems}显示在海关 ##waybill
B 单号 {zto} 快递说丢了 ##waybill
A 亲，快递显示由顺丰速运派送中，快递员电话在物流详情里可以看到 ##courier
A 亲，我们跟中通、圆通、韵达都有合作，系统会选最快的 ##courier
A 亲，京东快递需要加5元运费 ##courier
A 亲，偏远地区我们发EMS，邮政网点覆盖更全 ##courier
B 能不能别发韵达 我们这边韵达老是丢件 ##courier
B 顺丰能到付吗 ##courier
B 中通的快递员不送上门 能发圆通吗 ##courier
B 邮政EMS能送到村里吗 ##courier
B 能不能发京东 我们小区只有京东快递能进 ##courier
A 亲，可以，已经帮您备注发京东快递 ##courier
B 快递柜取件码{pick} ##pickup_code
B 驿站说没有我的件 取件码{pick} ##pickup_code
A 亲，快递已经放到驿站了，取件码在物流信息里 ##pickup_code
A 亲，退款已原路退回您的支付宝，请注意查收 ##refund_route
A 亲，退款原路退回微信支付，可以在微信的“账单”里查看 ##refund_route
A 亲，您是银行卡支付的，退款会退回原卡，3-5个工作日到账 ##refund_route
A 亲，退款已经退到您的平台余额里了 ##refund_route
A 亲，您的退款编号{refund}，已完成 ##refund_route
B 退款退回支付宝了吗 我怎么没看到 ##refund_route
B 退款能不能退到微信 我支付宝不用了 ##refund_route
A 亲，退款只能原路退回的，这是平台的规定，您原来用支付宝付的就退回支付宝 ##refund_route
B 花呗付的 退款回哪 ##refund_route
A 亲，退回花呗，如果已经还款了会退到支付宝余额 ##refund_route
B 信用卡付的 退款多久到 ##refund_route
A 亲，信用卡退款一般3-7个工作日，以银行为准 ##refund_route
A 温馨提示：本店客服不会通过电话、短信、微信、QQ联系您办理退款，请勿泄露验证码和银行卡信息 ##warning
A 亲，不要相信加微信的，我们不会私下联系您 ##warning
A 亲，请认准平台官方聊天窗口，我们不会让您去别的软件沟通 ##warning
A 亲，近期有不法分子冒充电商客服，以“商品质量问题”“快递丢失”为由诈骗，请提高警惕 ##warning
A 亲，任何让您加好友、扫码、转账、提供验证码的都是骗子，请直接挂断 ##warning
A 亲，本店所有交易都在平台内完成，不接受任何私下转账 ##warning
A 亲，我们没有“理赔专员”，也不会要求您开通什么“退款通道”，遇到请报警 ##warning
A 亲，平台官方退款不会收取任何手续费，也不会让您先付钱 ##warning
A 亲，如果收到自称客服的陌生电话，请先来这里问我们核实 ##warning
B 有人打电话说是你们店的客服 说我的订单有问题要给我退款 让我加微信 是真的吗 ##scam_report
B 刚接到个电话 说我买的东西有质量问题 要双倍赔偿 是不是你们 ##scam_report
B 有人给我发短信 说快递丢了要理赔 还发了个链接 我没点 ##scam_report
B 有个自称快递员的让我扫码领理赔 我觉得不对劲 ##scam_report
B 包裹里有张卡片 说加微信领红包 是你们放的吗 ##scam_report
A 亲，那张卡片不是我们放的，可能是快递中途被塞的，请不要扫码也不要加 ##warning
B 有个QQ号加我说是你们客服 我没通过 ##scam_report
A 亲，做得对！我们不会加您的QQ，请直接拉黑 ##warning
B 对方知道我的订单号和名字 好吓人 ##scam_report
A 亲，骗子可能通过其他渠道获取了信息，无论对方说什么都不要转账，也不要提供验证码 ##warning
A 亲，跟您核对一下收货信息，请问地址和电话没错吧 ##delivery_address
A 亲，系统显示您的地址不完整，麻烦补充一下门牌号 ##delivery_address
A 亲，您的地址在偏远区域，麻烦确认一下是否正确 ##delivery_address
B 地址：{addr}，收件人{name}，电话{phone} ##delivery_address
B 对 是{addr} ##delivery_address
B 门牌号是{addr} 刚才漏写了 ##delivery_address
B 收件人{name} 手机{phone} 地址没变 ##delivery_address
B 我重新写一下地址：{name}，{phonesp}，{addr} ##delivery_address
B 电话是对的 {phone} 快递员可以打这个 ##delivery_address
B 麻烦把地址改成{addr} 电话{phone} ##delivery_address
B 地址没问题 就是放门卫 不要打电话了 ##delivery_address
B 地址是公司 {addr} 周末不上班 别周末送 ##delivery_address
A 亲，已经按您的新地址修改好了 ##delivery_address
A 亲，地址确认无误，今天给您发出 ##delivery_address
B 我在北京东城区 什么时候能到 ##city_name
B 上海南京东路这边能当天到吗 ##city_name
B 南京的北京东路 不是北京 别发错了哈 ##city_name
A 哈哈好的亲，是江苏南京玄武区的北京东路，没错 ##city_name
B 我是北京东直门这边的 ##city_name
B 寄到广州天河 多久到 ##city_name
B 我在东京 能寄过来吗 ##city_name
A 亲，我们暂时不支持直邮日本，可以用平台的集运服务 ##city_name
B 我在台湾 可以寄吗 ##city_name
A 亲，可以用平台的集运，寄到集运仓再转寄台湾 ##city_name
B 我在香港 用顺丰寄过来要多少钱 ##city_name
A 亲，寄香港需要走集运，运费按重量计算 ##city_name
A 亲，我们是从浙江义乌发货的 ##city_name
A 亲，发货地是广东广州，全国大部分地区2-3天到 ##city_name
A 亲，我们在江苏苏州有仓库，华东地区次日达 ##city_name
A 亲，北方的订单从天津仓发，南方的从广州仓发 ##city_name
B 你们是哪里发货的 ##city_name
B 是从上海发吗 ##city_name
A 亲，发票已经开好，在订单详情-发票里可以下载 ##invoice
B 发票抬头：某某贸易有限公司，税号{inv} ##invoice
B 税号是{inv} 开电子普票就行 ##invoice
B 发票要写明细 不要写“日用品” ##invoice
A 亲，发票内容会按商品明细开具 ##invoice
A 亲，价格199元是到手价，不用再付其他费用 ##price
B 99元两件 还是99元一件 ##price
B 为什么我付了128 别人才118 ##price
A 亲，别人可能用了平台的新人券，每个人的券不一样 ##price
B 满300减40 我买了299 就差1块 ##price
B 怎么付款页面显示¥89.00 商品页是79 ##price
A 亲，商品页79是券后价，需要先领券再下单 ##price
B 2024年12月12号下单的 今天还没到 ##date
B 1月15号之前能到吗 要过年回家了 ##date
A 亲，春节期间1月20号-2月5号停止发货，1月15号前下单都能到 ##date
A 亲，2月6号恢复发货，节日期间下单会在2月6号后依次发出 ##date
B 11.11付的定金 尾款什么时候付 ##date
A 亲，尾款11月1号晚上8点开始付，付了定金记得别错过哦 ##date
A 亲，您的售后单号{after}，请保留好 ##order_number
B 售后单号{after} 审核多久 ##order_number
A 亲，您可以在商品页面点“联系客服”随时找我们，不用去别的地方 ##platform_flow
A 亲，您直接在订单页点“退换货”，不用加任何人，全程在平台操作 ##platform_flow
A 亲，我把商品链接发给您，点击就能直接下单 ##platform_flow
A 亲，我给您发个商品卡片，您点进去看看 ##platform_flow
B 刚才你发的那个链接打不开 ##platform_flow
A 亲，我重新发一下商品卡片，您点一下 ##platform_flow
B 你们有没有别的店铺 这个没货了 ##platform_flow
A 亲，我们就这一家店，没货的话可以等补货哦 ##platform_flow
A 亲，您点击订单里的“申请开票”就行 ##platform_flow
A 亲，如需帮助可以随时在这里留言，不需要加任何联系方式 ##warning
""")

blk("general", """
B 請問還有貨嗎 ##traditional
B 你好，請問什麼時候出貨 ##traditional
B 謝謝你的幫忙 ##traditional
B 請問可以寄到台灣嗎 ##traditional
B 東西收到了，謝謝 ##traditional
B 我想退貨，要怎麼申請 ##traditional
B 退款什麼時候會到帳 ##traditional
B 可以用信用卡付款嗎 ##traditional
B 好的，麻煩你了 ##traditional
B 運費怎麼算 ##traditional
B 請問有折扣嗎 ##traditional
B 等了好久還沒收到 ##traditional
B 有人在嗎 ##traditional
B 可以開發票嗎 ##traditional
B Hi, is anyone there? ##english
B When will my order be shipped? ##english
B Can you ship to Singapore? ##english
B I want to return this item ##english
B How do I apply for a refund? ##english
B Thanks for your help! ##english
B Is there any discount? ##english
B My package hasn't arrived yet ##english
B Can I change my shipping address? ##english
A Hi, how can I help you? ##english
A Your order has been shipped ##english
A Please apply for a refund on the order page ##english
A Thank you for your patience ##english
A You're welcome! Have a nice day ##english
A Sorry for the inconvenience, we'll fix it right away ##english
B 亲 order什么时候ship ##mixed
B 我的package还没到 ##mixed
B 可以refund吗 ##mixed
B 能不能give me a discount ##mixed
B OK 谢谢 ##mixed
B 拍了 pls 快点发 ##mixed
B thx 亲 ##mixed
B 这个是new arrival吗 ##mixed
B 有没有coupon可以用 ##mixed
A 亲，coupon在店铺首页可以领 ##mixed
A OK亲，马上帮您处理 ##mixed
A 亲，已经ship了，明天到 ##mixed
""")

# ---------------- apparel round 2: longer, more colloquial ----------------
blk("apparel_women", """
B 我163 110斤 肩比较宽 手臂有点粗 这件泡泡袖会不会显得更壮啊
A 亲，泡泡袖确实会让肩膀看起来宽一点，您肩宽的话推荐看看我们这款落肩的，更显瘦
B 姐妹们都说你家衣服偏小 真的吗
A 亲，部分修身款会偏小，详情页都有标注，偏小的款建议拍大一码
B 上次买的那件毛衣洗了一次就变形了 这次不敢买了
A 亲，针织衫建议平铺晾干，挂着晾会拉长变形的，这次这件我们面料加了弹力纱，不容易变形
B 我这个身材 上身瘦下身胖 穿哪种裙子好看
A 亲，推荐A字裙或者伞裙，能很好地遮住胯和大腿
B 我要去参加闺蜜婚礼当伴娘 这个香槟色会不会抢新娘风头
A 亲，香槟色很温柔，不会抢风头的，很多伴娘团都选这个颜色
B 伴娘服能4件一起买吗 尺码不一样
A 可以的亲，选好每个人的尺码拍在一个订单里就行
B 四个人的码 S M M L
A 好的亲，已经记下了，发货前我再核对一遍
B 吊带裙里面要穿什么
A 亲，可以穿无痕内衣或者乳贴，外面搭个小开衫也很好看
B 这个蕾丝会不会扎
A 亲，是软蕾丝，贴身穿也不扎
B 腰带可以单独买吗
A 亲，腰带是配套的，暂时不单卖哦
B 收到了 比想象中好看 就是腰大了点
A 亲，腰大可以在腰后面收一下，或者换小一码，您看哪个方便
B 算了 不换了 系个腰带就行
A 好的亲，有问题随时找我们哈
B 衣服领口有一块黄色的污渍
A 亲，非常抱歉，麻烦拍照给我看下，我们给您换一件新的，运费我们出
B 洗了以后颜色变浅了
A 亲，请问是用什么洗的呢？含漂白成分的洗衣液会导致褪色，建议用中性洗涤剂
B 你们家的尺码表和实际差好多
A 亲，不同批次可能有1-2cm的误差，超出太多的话可以给您换或者退
B 穿上身起静电 噼里啪啦的
A 亲，秋冬天气干燥容易起静电，可以用点柔顺剂洗一下会好很多
B 能不能把吊牌留着 我不确定要不要退
A 亲可以的，吊牌不剪就能退
B 衣服有线头 有点粗糙啊 这个价格不应该
A 亲，非常抱歉，我们会反馈给质检，线头可以剪掉，如果您介意的话可以退换
B 这件毛呢大衣会掉毛粘在里面衣服上吗
A 亲，刚开始会有一点点浮毛，用粘毛器粘一下就好了
B 这个短款外套 配高腰裤好看吗
A 很好看的亲，显腿长，模特图里就是这样搭的
B 有没有推荐的搭配
A 亲，这件可以搭配我们家的直筒牛仔裤和小白鞋，简约又好看
B 能帮我搭一套吗 预算500以内
A 好的亲，推荐您这件针织衫+半裙+开衫，加起来468元，我一个个发给您
B 工作要穿正装 有没有推荐
A 亲，推荐我们这款西装套装，面料垂感好，显干练
B 面试穿的 要不要太正式
A 亲，面试的话推荐浅灰色或藏青色，不会太死板又得体
B 夏天穿的衬衫有没有不透的
A 亲，这款是双层的，白色也不透，很适合上班
B 防晒衣能防紫外线吗
A 亲，UPF50+，有检测报告，夏天骑车开车都能穿
B 瑜伽裤会不会卷边
A 亲，高腰设计，腰头加宽，不卷边不下滑
B 运动内衣是高强度的吗
A 亲，这款是中高强度，跑步跳绳都可以
B 家居服能穿出门吗
A 亲，这款设计比较日常，下楼取快递、买菜都没问题
B 睡衣是莫代尔的吗 夏天穿热不热
A 亲，是莫代尔的，很凉快，吸湿透气
B 冬天的睡衣有珊瑚绒的吗
A 有的亲，珊瑚绒加厚款，东北也能穿
""")

blk("apparel_men", """
B 给男朋友买 他175 70kg 平时穿L 这件也是L吗
A 亲，这款是修身版，175/70kg拍L刚好，喜欢宽松可以拍XL
B 他肚子有点大 修身会不会勒
A 亲，肚子大的话建议拍XL，或者选我们的宽松版
B 能帮我看下这两件哪个好看吗 一件灰色一件藏青
A 亲，藏青更稳重百搭，灰色更休闲年轻，看男朋友的风格
B 我爸70岁了 要软一点的外套 别太重
A 亲，推荐这款轻薄羽绒服，只有500克左右，穿着不压身
B 老人穿 扣子别太小 手不方便
A 亲，这款是拉链的，拉头比较大，老人家拉起来方便
B 冬天骑电动车 要挡风的
A 亲，这款冲锋衣外层防风，领子有加高，很适合骑车
B 我上班在工地 有没有耐磨的裤子
A 亲，这款工装裤是帆布的，很耐磨，口袋也多
B 衬衫要配西装穿 领子会不会翻不起来
A 亲，领子有插片，挺括不变形
B 白衬衫会透吗
A 亲，这款面料比较厚，不会透
B 西装收到了 袖子长了一点点
A 亲，西装袖子可以找裁缝修改，很方便的，或者您换小一码
B T恤领口会不会洗松
A 亲，领口是加厚罗纹，洗很多次也不会松
B 这个短裤有没有口袋拉链
A 有的亲，右边口袋有隐形拉链，放手机钥匙不会掉
B 健身穿的 要贴身一点
A 亲，推荐我们的紧身速干系列，弹力好
B 能机洗烘干吗
A 亲，可以机洗，不建议高温烘干，会缩
B 为啥我这个裤子洗了缩了一截
A 亲，纯棉的会有一点点缩水，请问缩了多少呢？超过3%的话我们给您换
B 大概缩了3公分
A 亲，非常抱歉，给您换一条，或者补偿您一部分，您选哪种
B 补偿吧 懒得换了
A 好的亲，给您补偿15元，马上操作
B 收到 谢了哥们
A 不客气兄弟，有需要再来
B 这个冲锋衣是鹅绒的还是鸭绒的
A 亲，内胆是白鹅绒，含绒量90%
B 里面的标签写的跟你们详情页不一样
A 亲，麻烦拍照给我看看，我们核实一下
B 写的是鸭绒 你们页面写鹅绒
A 亲，非常抱歉，是详情页写错了，我们马上改正，您这件支持退货退款，运费我们出
B 这也太坑了吧
A 亲，非常抱歉，是我们的失误，除了退货，再给您一张20元的补偿券
""")

blk("apparel_kids", """
B 孩子上幼儿园 要方便自己穿脱的
A 亲，推荐松紧腰的裤子和套头卫衣，孩子自己就能穿
B 裤子会不会太长 孩子走路会踩到
A 亲，裤脚是收口的，不会踩到
B 女儿说领子扎脖子
A 亲，可能是洗标扎，可以把洗标剪掉，我们下一批改成印标
B 孩子穿上说痒
A 亲，非常抱歉，可能孩子皮肤比较敏感，给您办理退货，运费我们承担
B 儿童羽绒服能不能机洗
A 亲，建议手洗或者送干洗，机洗容易结团
B 小孩出汗多 睡衣要吸汗的
A 亲，纯棉的吸汗性很好，推荐这款
B 哥哥9岁 弟弟5岁 要一样的款 尺码不同
A 亲，哥哥拍140，弟弟拍110，拍在一个订单里
B 会不会起毛球 孩子爱在地上爬
A 亲，面料是精梳棉，不太容易起球，但地上磨多了会有一点
B 膝盖会不会很快磨破
A 亲，这款膝盖有加厚设计，比较耐磨
B 儿童泳衣有防晒的吗
A 有的亲，UPF50+的，还送泳帽
B 宝宝满月要穿红色的
A 亲，这款红色满月服很喜庆，帽子鞋子都配套
B 周岁礼服有吗
A 有的亲，男宝有小西装，女宝有公主裙
B 能不能在衣服上绣名字
A 抱歉亲，我们暂时不提供刺绣名字服务
B 这款有没有加大码 孩子胖
A 亲，这款最大到160，偏胖可以拍大一码
B 冬天的棉服 零下二十度够吗
A 亲，这款是加厚棉服，零下二十度的话建议里面穿保暖内衣和毛衣
B 收到了 衣服有点皱
A 亲，运输过程中压皱了，挂起来或者熨一下就好了
B 孩子穿上正好 很喜欢 谢谢
A 谢谢亲，宝贝开心就好~
""")

blk("apparel_women", """
B 亲亲 那个雾霾蓝的毛衣 是不是比图上要暗一点
A 亲，实物比图片稍暗一点点，整体是很温柔的灰蓝色
B 我拍了一件黑色一件白色 能不能分开寄 一件寄给我妹
A 可以的亲，不同地址需要拆成两个订单拍哦
B 好 我重新拍
B 能不能少发一个衣架 不环保
A 哈哈好的亲，给您备注不放衣架
B 包装能不能不写衣服名字 送人的
A 亲，快递单上只写“服饰”，不会写具体商品
B 面单上能不能不写我全名
A 亲，平台的隐私面单会隐藏部分信息，不用担心
B 尺码表上的胸围是衣服的还是人的
A 亲，是衣服平铺测量的胸围，人的胸围要比衣服小4-8cm
B 我量了一下我的衣服 胸围50 衣长65
A 亲，对比一下我们的尺码表，M码胸围51衣长64，跟您的衣服差不多
B 这件是修身还是宽松
A 亲是微宽松的，不紧身也不会太大
B 好的 我拍M
A 好的亲，M码现货，今天发
""")

# ---------------- shoes / electronics / phone round 2 ----------------
blk("shoes", """
B 我脚是扁平足 跑鞋有没有支撑好一点的
A 亲，推荐这款稳定型跑鞋，有足弓支撑，扁平足穿比较合适
B 站一天脚很累 护士穿的有推荐吗
A 亲，这款护士鞋是软底加缓震，很多医护人员回购
B 帆布鞋能刷吗
A 可以的亲，用软毛刷加中性清洁剂刷，别暴晒
B 小白鞋洗完发黄怎么办
A 亲，洗完用纸巾包住鞋面晾干就不容易发黄
B 鞋子有胶水味
A 亲，新鞋会有轻微胶味，放通风处一两天就散了
B 雪地靴能下雪天穿吗 会不会湿
A 亲，这款有防水涂层，下雪天可以穿，不建议踩雪水坑
B 我买的是37 收到鞋盒上写的36
A 亲，非常抱歉，麻烦拍照给我看下鞋底和鞋盒，确实发错我们马上换
B 鞋底写的37 鞋盒写36
A 亲，是鞋盒标签贴错了，鞋子是37码没问题，给您带来困扰抱歉
B 鞋子穿了一周 鞋底就磨平了
A 亲，非常抱歉，这个磨损速度不正常，麻烦拍照片给我，给您售后处理
B 平时走路很多 每天两万步
A 亲，那推荐您耐磨的橡胶大底款
B 老人鞋防滑吗 我妈怕摔
A 亲，老人鞋底是防滑橡胶的，纹路比较深，很适合老人家
B 老人脚肿 要宽一点的
A 亲，这款是加宽加肥的，脚肿也能穿，还有魔术贴可以调节
B 孩子脚长得快 买大一码行吗
A 亲，可以大半码到一码，太大了容易摔跤
B 宝宝脚胖 鞋子穿不进去
A 亲，推荐这款宽头的，鞋口开得大，脚胖的宝宝也好穿
B 鞋子能不能去专柜保修
A 亲，品牌正品全国专柜都可以售后，带上购买记录就行
B 两只鞋颜色有点不一样
A 亲，拍个照片给我看看，确实有色差给您换
B 鞋带孔脱线了
A 亲，非常抱歉，属于质量问题，给您换新
B 鞋子好好看 闺蜜也想要一双
A 谢谢亲，欢迎带闺蜜一起来买😊
""")

blk("electronics", """
B 我不太懂电脑 主要是办公和看剧 买哪个好
A 亲，办公看剧的话推荐这款轻薄本，4000左右，够用又轻便
B 会不会用两年就卡了
A 亲，16G内存加512G固态，用三五年都没问题
B 学设计的 要跑PS和AI
A 亲，推荐这款高色域屏幕的，100%sRGB，配32G内存
B 剪视频呢 4K的
A 亲，4K剪辑建议选带独立显卡的，这款RTX4060的很合适
B 笔记本能外接两个显示器吗
A 可以的亲，HDMI和雷电接口各接一个
B 电脑收到了开机要登录微软账户 怎么跳过
A 亲，首次开机可以断网设置本地账户，我给您发个步骤
B 机器有点响 风扇声音大
A 亲，刚开机会有系统更新，风扇会转得快一点，过一会儿就好了
B 屏幕有漏光
A 亲，麻烦在暗室全黑画面拍张照片给我，确认是漏光给您换新
B 耳机左耳没声音
A 亲，把耳机放回充电仓，重置一下试试，不行的话给您换
B 音箱连上了但是声音很小
A 亲，手机音量和音箱音量是分开的，按音箱上的加号键调大试试
B 智能门锁装不上 门太厚了
A 亲，门厚多少呢？这款适配40-120mm的门，超出的话需要加长配件
B 门锁师傅什么时候上门
A 亲，下单后48小时内安装师傅会联系您预约时间
B 师傅说要加钱
A 亲，标准安装是免费的，如果是特殊门需要改造会收费，师傅会先跟您确认
B 空气净化器能除甲醛吗
A 亲，有活性炭滤网，可以吸附甲醛，新装修建议还是多通风
B 滤网多久换一次
A 亲，一般6个月换一次，APP会提醒您
B 加湿器会不会有白雾
A 亲，用纯净水就不会有白粉，自来水可能有白色水垢
B 电动牙刷能带出国吗
A 亲，充电座支持宽电压，全球通用
B 吹风机伤头发吗
A 亲，有负离子和恒温功能，不伤发
B 电热毯安全吗 有没有自动断电
A 亲，有过热保护和定时关机功能，很安全
B 暖风机费电吗
A 亲，功率2000W，开一小时大约2度电
B 游戏手柄能连电脑吗
A 可以的亲，有线无线都能连，Steam上即插即用
B Switch能用吗
A 亲，支持Switch，蓝牙连接就行
B 摄像头清晰吗 开视频会议用
A 亲，1080P，自动对焦，还有降噪麦克风
B 麦克风直播能用吗
A 亲，这款电容麦很适合直播和录音
B 移动硬盘能存多少照片
A 亲，2T大概能存40万张手机照片
B 硬盘掉了一下 还能用吗
A 亲，先连电脑看看能不能识别，有异响建议别再用了，赶紧备份
B 电子产品可以七天无理由吗
A 亲，未激活未拆封支持七天无理由，已激活非质量问题不支持
""")

blk("phone", """
B 我妈60多岁 不会用智能机 有没有简单的
A 亲，推荐这款，有长辈模式，字大声音大，一键拨号
B 孩子第一部手机 不想让他玩游戏
A 亲，可以开启手机自带的儿童模式，限制使用时间和应用
B 老手机的照片怎么转到新手机
A 亲，用手机自带的一键换机功能，扫一扫就能传，照片通讯录都能转
B 新手机一直提示系统更新 要更新吗
A 亲，建议更新到最新版本，会修复一些问题
B 手机拍照有个黑点
A 亲，先擦一下镜头，如果还有的话可能是镜头内部灰尘，给您售后
B 屏幕有绿线
A 亲，非常抱歉，这是屏幕故障，在保修期内免费换新
B 充电口松了 充电要扶着
A 亲，可能是充电口里有灰尘，可以用牙签轻轻清理一下，不行的话送修
B 耳机插上没声音
A 亲，看看是不是手机连着蓝牙设备，断开蓝牙再试试
B 手机壳太紧了 装不上去
A 亲，先装一个角，再慢慢往下按，TPU的壳有弹性的
B 手机壳按键太硬了
A 亲，新壳按键会比较紧，用几天就好了
B 这个壳有挂绳孔吗
A 有的亲，底部有两个挂绳孔
B 手机挂绳能承重吗
A 亲，可以承重5公斤，不会断
B 支架能放平板吗
A 亲，支持4.7-12.9寸的设备
B 充电器会不会烧手机
A 亲，有3C认证，多重保护，不会的
B 无线充电器充得慢
A 亲，无线充电本身比有线慢一点，手机要放中间位置
B 手机膜要买几片
A 亲，一般买两片，一片备用
B 贴膜的时候进灰了怎么办
A 亲，用除尘贴粘一下，再贴回去就行
B 钢化膜边缘一圈白边
A 亲，这是曲面屏的正常现象，用我们送的加湿水擦一下会好很多
B 蓝牙耳机只能连一只
A 亲，两只都放回仓里重置一下再取出来配对
B 这个数据线能传数据吗 还是只能充电
A 亲，支持数据传输和快充
""")

# ---------------- snacks / tea / cosmetics / baby round 2 ----------------
blk("snacks", """
B 想给办公室的同事分 有没有独立小包装的
A 亲，这款是独立小包装的，一箱50小包，分享很方便
B 要带去爬山 有没有顶饱的
A 亲，推荐能量棒和牛肉干，顶饱又好带
B 孩子上学当早餐 有没有不太甜的面包
A 亲，推荐全麦吐司，低糖的
B 面包保质期太短了吧 才7天
A 亲，我们是短保面包，不加防腐剂，所以保质期短一点
B 减脂餐有没有
A 亲，有魔芋面、鸡胸肉、燕麦这些
B 鸡胸肉柴不柴
A 亲，是低温慢煮的，很嫩不柴
B 燕麦要煮吗
A 亲，即食燕麦用开水或者牛奶冲就行
B 咖啡是速溶还是挂耳
A 亲，两种都有，挂耳的更香
B 喝咖啡睡不着 有没有低因的
A 亲，有低因咖啡，咖啡因去除了97%
B 牛奶是全脂还是脱脂
A 亲，全脂和脱脂都有，规格里选
B 酸奶要冷藏吗
A 亲，常温酸奶不用冷藏，低温酸奶需要
B 辣酱辣到什么程度
A 亲，中等偏上的辣度，能吃辣的朋友说很过瘾
B 调料是什么地方的
A 亲，是四川郫县的豆瓣酱
B 腊肠是广式的还是川味的
A 亲，两种都有，广式偏甜，川味偏麻辣
B 腊肉要怎么做
A 亲，先用温水洗干净，蒸20分钟切片，或者跟蒜苗一起炒都很香
B 收到腊肠有白霜 是发霉了吗
A 亲，白霜是正常的盐霜，擦掉就可以，如果是绿色毛毛才是发霉
B 收到的面包发霉了
A 非常抱歉亲！马上给您全额退款，不用退回，麻烦拍照给我们
B 这批跟上次的味道不一样 咸了
A 亲，感谢反馈，我们会反馈给工厂，这次给您补偿一部分
B 枣子有虫
A 亲，非常抱歉，新疆枣子没有用药，偶尔会有虫，麻烦拍照给我，我们给您赔付
B 这个水果里面是坏的 外面看不出来
A 亲，麻烦切开拍照给我，按坏果的数量赔付
B 这家的猪肉脯超级好吃 已经回购第五次了
A 谢谢亲的支持，给您多放一包试吃装😘
""")

blk("tea", """
B 第一次喝茶 不知道买什么 推荐一下
A 亲，新手推荐先试试红茶或者茉莉花茶，口感比较柔和
B 平时喝奶茶 想戒掉 喝什么茶好
A 亲，可以试试桂花乌龙或者蜜桃乌龙，有香气又不甜
B 送长辈 老人家喜欢喝浓的
A 亲，推荐铁观音浓香型或者熟普，味道足
B 办公室泡茶 不想太麻烦
A 亲，推荐袋泡茶或者飘逸杯，泡茶很方便
B 茶叶能用保温杯泡吗
A 亲，绿茶不建议用保温杯，会闷黄，红茶和熟普可以
B 一泡能冲几次
A 亲，岩茶可以冲7-8泡，绿茶3泡左右
B 茶叶的碎末多
A 亲，收到碎末多的话拍照给我，是运输压碎的我们给您补发
B 这个白茶是今年的吗 看着挺老的
A 亲，白牡丹是今年的，颜色灰绿是正常的
B 红茶泡出来有点酸
A 亲，可能是水温或者泡的时间太长，建议90度水，5秒出汤
B 泡出来有点苦
A 亲，投茶量少一点，出汤快一点，就不苦了
B 茶饼有一块发白是不是坏了
A 亲，拍照给我看下，可能是白霜，也可能是受潮，我们来判断
B 茶具套装里有茶盘吗
A 亲，这套有茶盘，是竹子的
B 茶盘会发霉吗
A 亲，用完擦干，放通风处就不会发霉
B 玻璃杯能直接放火上烧吗
A 亲，这款是高硼硅玻璃，可以直火，但不能干烧
B 喝了你们家的岩茶 再也回不去了哈哈
A 哈哈谢谢亲，岩茶是会上瘾的~
""")

blk("cosmetics", """
B 我28岁 眼角有细纹了 用什么眼霜
A 亲，推荐抗皱紧致的眼霜，含胜肽和玻色因的
B 黑眼圈用哪个
A 亲，血管型黑眼圈可以试试含咖啡因的眼霜
B 毛孔粗大有救吗
A 亲，可以用清洁面膜加收敛水，坚持做好控油
B 闭口多怎么办
A 亲，可以用低浓度水杨酸的产品，严重的话还是建议看医生
B 脸上长斑了
A 亲，美白精华可以淡化，但斑要去皮肤科确认类型
B 第一次化妆 需要买哪些
A 亲，新手建议先买隔离、粉底、眉笔、口红，我们有新手套装
B 隔离和防晒能一起用吗
A 可以的亲，先防晒后隔离
B 卸妆水和卸妆油哪个好
A 亲，淡妆用卸妆水，浓妆用卸妆油
B 粉扑怎么洗
A 亲，用洗面奶或者专用清洗剂泡一下轻轻揉，晾干
B 化妆刷掉毛
A 亲，新刷子会掉一两根，洗一次就好了，大量掉毛可以换
B 香水收到喷不出来
A 亲，多按几下，第一次需要把空气排掉
B 香水味道跟专柜闻的不一样
A 亲，香水刚喷出来和几分钟后味道会变化，建议喷在手腕上等一会儿再闻
B 口红断了
A 亲，非常抱歉，给您补发一支，断的可以用小勺挖出来用刷子涂
B 收到的面霜是空的一半
A 亲，非常抱歉，拍个照片给我，我们给您补发
B 面膜精华太多了 黏黏的
A 亲，多余的精华可以涂在脖子和手上，不会浪费
B 男士能用吗
A 当然可以的亲，男生用也很合适
B 送女朋友 买什么好
A 亲，推荐口红礼盒或者香水，女生都很喜欢
B 她皮肤干 送护肤的也行
A 亲，推荐这套保湿水乳礼盒，带手提袋，送礼很合适
""")

blk("mother_baby", """
B 宝宝快出生了 需要准备什么
A 亲，可以参考我们的待产清单，衣服、尿布、奶瓶、湿巾这些都要准备
B 新生儿衣服要买几件
A 亲，建议59码准备5-6套，长得快不用买太多
B 奶粉要提前买吗
A 亲，建议先准备一小罐，看宝宝适不适应再囤
B 双胞胎的奶粉有优惠吗
A 亲，我们有整箱装，更划算
B 宝宝不爱喝奶粉 只认母乳
A 亲，可以试试仿母乳设计的奶嘴，慢慢过渡
B 宝宝半夜哭 要不要买安抚玩具
A 亲，可以试试我们的安抚巾，柔软有安全感
B 婴儿车推起来一直往左偏
A 亲，可能是前轮没装好，麻烦拍个视频给我，我们帮您看看
B 安全座椅装不上车
A 亲，请问您的车是什么型号？我们帮您确认接口
B 学步车会不会O型腿
A 亲，医生一般建议少用学步车，让宝宝多爬
B 围栏多大面积
A 亲，有多种组合，最大可以围2×2.4米
B 爬行垫有味道
A 亲，拆封后放通风处晾几天就没了，我们是XPE材质的，无毒无味
B 宝宝澡盆能折叠吗
A 可以的亲，不用的时候折起来很省地方
B 宝宝洗发水能当沐浴露用吗
A 亲，我们这款是洗发沐浴二合一的
B 宝宝指甲剪安全吗
A 亲，有防夹肉设计，新手爸妈也能用
B 吸奶器一个月了 吸力变小了
A 亲，检查一下鸭嘴阀有没有老化，配件可以单独买
B 宝宝穿纸尿裤过敏了
A 亲，非常抱歉，请停用并咨询医生，我们给您办理退款
B 奶瓶刻度不准
A 亲，麻烦拍照给我看下，确实有问题我们给您换
B 月子餐有吗
A 抱歉亲，我们是母婴用品店，不卖月子餐
""")

# ---------------- more hard look-alikes across stores ----------------
blk("general", """
A 亲，为了保证准确送达，麻烦再确认一下收货人、电话和详细地址 ##delivery_address
B 收货人：{name}\\n手机号码：{phone}\\n所在地区：{addr} ##delivery_address
B 收货人:{name} 联系电话:{phonesp} 详细地址:{addr} ##delivery_address
B 我复制给你：{name}，{phone}，{addr} ##delivery_address
B {addr}（{name}收）{phone} ##delivery_address
B 就这个地址 {addr} 电话{phone} 有人签收 ##delivery_address
B 电话写错了一位 应该是{phone} 麻烦改一下 不然快递联系不上我 ##delivery_address
B 我手机号换了 新的是{phone} 快递打这个 ##delivery_address
B 门牌号漏了 是{addr} ##delivery_address
B 帮我在面单上备注一下 到了打{phone} ##delivery_address
A 亲，您的电话在面单上会显示为隐私号，快递员联系您时不会泄露真实号码 ##delivery_address
A 亲，地址里缺少小区名，快递可能找不到，麻烦补充一下哦 ##delivery_address
A 亲，已为您修改收货地址，新地址：{addr} ##delivery_address
A 亲，这是您订单上的地址：{addr}，确认没问题的话我们就发货了 ##delivery_address
B 没问题 发吧 ##delivery_address
B 地址不对 我上周搬家了 新地址发你：{addr} ##delivery_address
B 寄到我老家 {addr} 收件人是我妈{name} 电话{phone} ##delivery_address
B 我住校 地址是{addr} 收件人写{name}就行 ##delivery_address
""")

blk("snacks", """
B 包装上食品生产许可证SC{sc}是真的吗 ##model_number
A 亲，生产许可证编号可以在国家市场监管总局的官方系统查询，我们的都是正规的 ##model_number
B 执行标准GB/T 22165是什么意思 ##model_number
A 亲，那是坚果炒货食品的国家标准编号，说明是按国标生产的 ##model_number
B 批号{batch}A 这个后面的A是什么 ##model_number
A 亲，A代表生产线编号，不影响品质 ##model_number
B 净含量1.5kg 是带盒子吗 ##spec_number
A 亲，1.5kg是净含量，不包括包装盒 ##spec_number
B 每100g能量2156kJ 这么高吗 ##spec_number
A 亲，坚果类热量都比较高，每天吃一小把25g左右就行 ##spec_number
B 拼多多上看到同款才19.9 你家29.9 ##saw_elsewhere
A 亲，我们是一级果，颗粒大，坏果率低，价格会高一点 ##saw_elsewhere
B 在快手上看到有人吃这个辣条 就来买了 ##saw_elsewhere
A 谢谢亲，这款辣条确实很火 ##saw_elsewhere
B 朋友圈有人晒你家的蛋黄酥 我也来试试 ##saw_elsewhere
A 欢迎亲，蛋黄酥是我们的招牌 ##saw_elsewhere
B 拼色礼盒是什么意思 ##product_name
A 亲，就是几种口味拼在一个礼盒里，比如原味和抹茶各一半 ##product_name
B 微波炉能热吗 这个自热米饭 ##product_name
A 亲，自热米饭不需要微波炉，用自带的加热包就行，千万不要放微波炉 ##product_name
B 那个微信红包封面款的零食礼包是什么 ##product_name
A 亲，是我们新年礼盒的包装设计，红包造型的盒子，里面是零食 ##product_name
B QQ糖和果冻哪个适合小孩 ##product_name
A 亲，3岁以下不建议吃果冻和软糖，容易噎到，大一点的孩子适量吃 ##product_name
B 辣条是卫龙的还是你们自己的 ##product_name
A 亲，我们是自有品牌，不是卫龙 ##product_name
B 小黄鱼有多少条一袋 ##product_name
A 亲，一袋大概25-30条 ##product_name
B 订单{order}和订单{order} 能合并发吗 ##order_number
A 亲，两个订单已经合并成一个包裹了，单号{zto} ##waybill
B 冷链顺丰{sf} 显示温度异常 ##waybill
A 亲，收到后请检查一下，有化冻的情况拍照给我，我们全额赔付 ##waybill
B 我是用微信付的 退款退回微信零钱还是银行卡 ##refund_route
A 亲，原路退回，您付款时用的零钱就退回零钱，用银行卡就退回银行卡 ##refund_route
""")

blk("cosmetics", """
B 国妆特字G20190123这个注册证能查到吗 ##model_number
A 亲，特殊化妆品注册证号可以在国家药监局的官方数据库查到 ##model_number
B 盒子上有个“浙G妆网备字2023012345” 是什么 ##model_number
A 亲，是普通化妆品的备案编号，合法合规的 ##model_number
B 我扫了瓶身上的溯源码 显示是正品 放心了 ##product_name
A 是的亲，我们都是官方渠道货，放心用 ##product_name
B 这个色号是#01还是#02 我看不清 ##model_number
A 亲，管身底部贴纸上有色号，01是白皙色 ##model_number
B 面霜50ml和75ml差几十块 ##spec_number
A 亲，50ml是420，75ml是560，大瓶更划算 ##spec_number
B 防晒是SPF30还是SPF50 ##spec_number
A 亲，这款是SPF50+ PA++++ ##spec_number
B 微单拍的试色图准吗 ##product_name
A 亲，我们用的是自然光拍的，基本还原真实颜色 ##product_name
B 这个拼色眼影盘 几个色 ##product_name
A 亲，12色，大地色和粉色拼在一起 ##product_name
B QQ弹弹的果冻面膜是撕拉的吗 ##product_name
A 亲，不是撕拉的，是涂抹式的，敷完洗掉 ##product_name
B 我在抖音上买过一瓶 说是假货 你们家的是真的吗 ##saw_elsewhere
A 亲，我们是品牌授权店，有授权书，支持专柜验货，假一赔十 ##saw_elsewhere
B 同事在免税店买的比你们便宜一百 ##saw_elsewhere
A 亲，免税店价格确实有优势，我们这边胜在售后有保障，可以随时退换 ##saw_elsewhere
B 订单号{order} 我想加一支口红 能一起发吗 ##order_number
A 亲，可以的，您再拍一支，我们两个订单合并发货 ##order_number
B 售后编号{after} 过敏退款 ##order_number
A 亲，售后{after}已经同意了，退款原路退回 ##refund_route
A 亲，请不要在任何其他渠道提供您的账号信息，本店只在平台内服务 ##warning
B 有人在评论区说加他微信买更便宜 是你们的人吗 ##scam_report
A 亲，不是我们的人！我们没有其他渠道，请不要相信，我们已经举报了 ##warning
""")

blk("electronics", """
B 3C认证编号{sn} 能查吗 ##model_number
A 亲，3C证书编号可以在认证认可官方网站查询，我们的产品都有认证 ##model_number
B 型号核准代码CMIIT ID 2023CP1587 这是什么 ##model_number
A 亲，那个是无线电设备的核准代码，说明是正规入网的产品 ##model_number
B SN码{sn} 在背面贴纸上 ##model_number
A 亲，收到，保修查询显示正常 ##model_number
B 序列号{sn} 怎么注册延保 ##model_number
A 亲，延保服务在订单页购买就行，不用单独注册 ##model_number
B 65W的充电器能给这个100W的笔记本充吗 ##spec_number
A 亲，可以充，但是速度会慢一点，高负载的时候可能掉电 ##spec_number
B 2.4G和5G的WiFi都支持吗 ##spec_number
A 亲，双频都支持 ##spec_number
B 投影仪3000流明是ANSI的吗 ##spec_number
A 亲，是光源亮度，ANSI流明是800 ##spec_number
B 微单和单反哪个好 ##product_name
A 亲，微单更轻便，对焦更快，新手推荐微单 ##product_name
B 微波炉多大的够用 两个人 ##product_name
A 亲，20L就够两个人用了 ##product_name
B 微波炉和烤箱一体机好用吗 ##product_name
A 亲，一体机省空间，但是烤箱功能不如独立烤箱 ##product_name
B 考勤机能连钉钉吗 ##app_feature
A 亲，这款支持钉钉和企业微信打卡 ##app_feature
B 门锁能不能用手机远程开 ##app_feature
A 亲，可以在配套APP里远程开锁，需要门锁连WiFi ##app_feature
B 打印机能手机打印吗 微信里的文件 ##app_feature
A 可以的亲，连上打印机的WiFi，微信里的文件直接选打印 ##app_feature
B 行车记录仪能用手机看回放吗 ##app_feature
A 亲，可以的，连接记录仪的WiFi就能在手机上看 ##app_feature
B 电视能装“云视听极光”吗 ##app_feature
A 亲，电视自带的应用商店可以下载 ##app_feature
B 耳机在抖音看到测评说降噪不好 是真的吗 ##saw_elsewhere
A 亲，每个人感受不同，我们这款在同价位降噪算好的，不满意七天可以退 ##saw_elsewhere
B 知乎上说这个笔记本屏幕不行 ##saw_elsewhere
A 亲，早期批次确实有反馈，现在的批次已经升级为高色域屏了 ##saw_elsewhere
B 订单{order} 要加购一个鼠标 能一起发吗 ##order_number
A 亲，可以的，已经帮您合并发货 ##order_number
B 京东快递{jdx} 师傅说明天送 ##waybill
B 电视物流{sto} 送货要预约吗 ##waybill
A 亲，大件会有物流师傅提前电话联系您预约送货时间 ##waybill
A 亲，品牌全国联保，也可以直接在订单页申请寄修，不用自己找网点 ##platform_flow
""")

blk("phone", """
B vivo X100的壳有吗 ##product_name
A 有的亲，vivo X100和X100 Pro都有 ##product_name
B vivo S18的膜 ##product_name
A 亲，vivo S18是曲面屏，推荐我们的UV全胶膜 ##product_name
B OPPO Reno11的壳有没有磁吸的 ##product_name
A 亲，有的，内置磁圈 ##product_name
B 红米K70的壳 有没有拼色的 ##product_name
A 有的亲，撞色拼色款有三种配色 ##product_name
B 华为Mate60 Pro+的膜跟Mate60 Pro通用吗 ##product_name
A 亲，不通用，Pro+的摄像头模组不一样，请选对应型号 ##product_name
B iPhone 15 Pro Max 1TB 原色钛金属有货吗 ##product_name
A 亲，原色钛1TB目前有货 ##product_name
B 手机卡托不见了 型号{sn} ##model_number
A 亲，可以单独买卡托，选对应型号就行 ##model_number
B 手机串号{imei} 我查了是激活过的 ##model_number
A 亲，新机在出厂检测时可能有测试激活，麻烦截图给我，我们核实一下 ##model_number
B 充电头PD 20W和33W差多少 ##spec_number
A 亲，33W快一点，半小时能充到60%左右 ##spec_number
B 这个手机1.5K屏 120Hz 对吧 ##spec_number
A 对的亲，1.5K分辨率，120Hz高刷 ##spec_number
B 手机的微信聊天记录能备份到电脑吗 ##app_feature
A 亲，可以用电脑版微信的备份与恢复功能 ##app_feature
B 这个手表能接电话吗 能用微信吗 ##app_feature
A 亲，能接电话，微信可以收消息提醒 ##app_feature
B 手机支持抖音直播美颜吗 ##app_feature
A 亲，系统相机和第三方APP都支持美颜 ##app_feature
B 我朋友说小米之家卖的便宜 ##saw_elsewhere
A 亲，我们现在是活动价，还送碎屏险 ##saw_elsewhere
B 订单{order} 想改成12+512的 ##order_number
A 亲，还没发货可以改，已帮您备注12+512，需要补差价的话请拍对应规格重新下单，这单我帮您退款 ##order_number
B 分期付款的 能提前还清吗 ##payment_method
A 亲，花呗分期可以提前还款，在花呗里操作 ##payment_method
""")

blk("apparel_women", """
B 这个拼色毛衣起球吗 ##product_name
A 亲，拼色款是羊毛混纺的，轻微起球正常，用去球器打理一下就好 ##product_name
B 拼接牛仔裙有没有短款 ##product_name
A 有的亲，短款45cm ##product_name
B 微喇裤会不会显腿短 ##product_name
A 亲，配一双有跟的鞋子很显腿长 ##product_name
B 微胖能穿这条吊带裙吗 ##product_name
A 可以的亲，这款是A字版型，很包容 ##product_name
B 裙子的QQ绒面料是什么 ##product_name
A 亲，是一种短毛绒面料，摸起来软软的 ##product_name
B 这个卫衣是“微醺”系列的吗 ##product_name
A 是的亲，微醺系列有三个颜色 ##product_name
B 那个薰衣草紫有点像薇诺娜的包装色 哈哈 ##color_name
A 哈哈是有点像，很温柔的紫色 ##color_name
B 抖音直播间说这件是99 为什么这里是119 ##saw_elsewhere
A 亲，直播间有限时券，我们这边领店铺券后也是99 ##saw_elsewhere
B 看了你家的买家秀 被种草了 ##saw_elsewhere
A 谢谢亲，买家秀都是真实的反馈 ##saw_elsewhere
B 尺码对照：S=155/80A M=160/84A L=165/88A 对吧 ##size_code
A 对的亲，XL是170/92A ##size_code
B 我穿75C的内衣 这件吊带M码够吗 ##size_code
A 亲，75C拍M码刚好 ##size_code
B 订单{order} 两件 只收到一件 物流{yd} ##order_number
A 亲，另一件是单独发的，单号{zto}，今天到 ##waybill
""")

blk("apparel_men", """
B 这件V领T恤 领口会不会越洗越大 ##product_name
A 亲，V领用了双层罗纹，不会洗松 ##product_name
B 这个“企鹅”系列是联名的吗 ##product_name
A 亲，是我们自己设计的企鹅IP，不是联名 ##product_name
B 拼色冲锋衣有没有纯黑的 ##product_name
A 有的亲，纯黑和拼色两种 ##product_name
B 微弹牛仔裤 蹲下会不会紧 ##product_name
A 亲，微弹的蹲下不会勒，很舒服 ##product_name
B 王者荣耀联名的卫衣还有吗 ##product_name
A 亲，联名款已经售罄了，后面不会补货 ##product_name
B 180/100B 我要加肥的 ##size_code
A 亲，180/100B对应XL加肥款 ##size_code
B 我穿29 30的腰 你家裤子拍哪个 ##size_code
A 亲，29-30腰拍30码 ##size_code
B 订单号{order} 换货的新衣服单号多少 ##order_number
A 亲，换货新件单号{sf}，顺丰 ##waybill
""")

blk("shoes", """
B Vans的那种帆布鞋有吗 ##product_name
A 亲，我们是自有品牌的板鞋，风格类似 ##product_name
B 38码 内长240 对吗 ##size_code
A 对的亲，38码内长240mm ##size_code
B 鞋码36-37之间 拍哪个 ##size_code
A 亲，这款偏大，拍36 ##size_code
B EU42 US8.5 UK8 是同一个码吗 ##size_code
A 是的亲，这三个都是同一个尺码的不同标法 ##size_code
B 我妈穿35码 老人鞋最小有35吗 ##size_code
A 有的亲，35-41码都有 ##size_code
B 鞋盒条码{imei} 扫出来是这个鞋 ##model_number
A 亲，条码对得上，放心穿 ##model_number
B 抖音上说这鞋是“踩屎感” 真的吗 ##saw_elsewhere
A 亲，确实很软，很多顾客反馈像踩在云上 ##saw_elsewhere
B 订单{order} 鞋子压坏了 ##order_number
A 亲，非常抱歉，拍照给我，马上给您换新 ##order_number
""")

blk("tea", """
B 这饼是“7572”还是“7542” 包装纸印的不太清楚 ##model_number
A 亲，是7572，熟茶，大益经典配方 ##model_number
B 茶叶袋上的SC编号{sc}能查到吗 ##model_number
A 亲，可以在官方系统查到，我们是正规茶厂生产的 ##model_number
B 碧螺春是苏州东山的吗 ##city_name
A 是的亲，苏州东山产区 ##city_name
B 信阳毛尖是信阳发货吗 ##city_name
A 是的亲，河南信阳产地直发 ##city_name
B 这个拼配的红茶是哪里的料 ##product_name
A 亲，是滇红和祁红拼配的 ##product_name
B 微苦是正常的吗 ##product_name
A 正常的亲，好茶都有一点点苦，回甘快 ##product_name
B 订单{order} 茶叶礼盒能加贺卡吗 ##order_number
A 可以的亲，内容发给我，我们手写 ##order_number
B 顺丰{sf} 茶具碎了 ##waybill
A 亲，非常抱歉，拍照给我，碎的我们补发 ##waybill
""")

blk("mother_baby", """
B 奶粉罐底的码是{sn} 溯源码扫了显示正常 ##model_number
A 亲，显示正常就是正品，放心喝 ##model_number
B 纸尿裤NB码是多少斤 ##size_code
A 亲，NB码适合5kg以内的新生儿 ##size_code
B S码4-8kg M码6-11kg 我家7kg选哪个 ##size_code
A 亲，7kg选M码，宝宝长得快 ##size_code
B 婴儿车能推到多少斤 ##spec_number
A 亲，承重25kg，大概能用到3岁半 ##spec_number
B 微波炉能加热奶瓶吗 ##product_name
A 亲，不建议用微波炉加热奶，受热不均会烫嘴 ##product_name
B QQ星和纯牛奶哪个好 ##product_name
A 亲，QQ星是儿童配方牛奶，加了维生素和钙，纯牛奶更天然，看孩子喜好 ##product_name
B 那个小黄鸭洗澡玩具会不会发霉 ##product_name
A 亲，这款是没有孔的，水进不去，不会发霉 ##product_name
B 宝宝辅食机能蒸能打吗 ##product_name
A 可以的亲，蒸和打一体 ##product_name
B 订单{order} 奶粉还没发 宝宝要断粮了 ##order_number
A 亲，非常抱歉，已经给您加急，今天顺丰发出 ##order_number
""")

# ---------------- Traditional Chinese (Taiwan / Hong Kong buyers) ----------------
blk("traditional", """
B 老闆你好，請問這件大衣有黑色的L號嗎
A 您好，黑色L號目前有現貨喔
B 我身高170，體重62公斤，穿M會不會太緊
A 親，這款版型偏寬鬆，170/62穿M剛好
B 請問布料是什麼材質？會不會很悶熱
B 台灣天氣很熱，這件夏天穿得住嗎
A 這款是亞麻棉，很透氣，夏天穿很舒服
B 請問集運到台灣大概幾天
A 一般集運倉收到後3-7天可以到台灣
B 衣服洗了會縮水嗎
B 這雙鞋子偏大還是偏小？我平常穿23.5
A 23.5建議拍37號喔
B 請問有附鞋盒嗎？要送人的
B 這款耳機可以連iPhone嗎
B 充電器是台灣插頭嗎
A 親，是大陸插頭，台灣可以用轉接頭，電壓是通用的
B 手機殼有iPhone 15 Pro的嗎
B 保護貼是滿版的嗎
A 是滿版的喔，邊緣不會翹起來
B 請問這個零食有含豬肉嗎
B 牛肉乾可以寄到香港嗎
A 親，肉類製品寄香港可能會被海關扣留，不建議購買喔
B 茶葉可以寄台灣嗎
A 可以的，茶葉集運到台灣是沒問題的
B 這個普洱是生茶還是熟茶
B 請問鐵觀音是清香型的嗎
B 敏感肌可以用嗎？我很容易過敏
B 請問這支口紅是霧面還是水潤
A 是霧面的喔，但不會太乾
B 防曬乳會泛白嗎
B 請問奶粉有繁體說明嗎
B 寶寶六個月，尿布要買哪個尺寸
A 六個月寶寶大概8公斤左右，建議M號
B 嬰兒車可以帶上飛機嗎
B 我已經付款了，什麼時候出貨
A 親，明天出貨，到集運倉大概2天
B 請問可以用信用卡分期嗎
B 物流好像卡住了，可以幫我查一下嗎
A 好的，我幫您聯繫快遞公司確認一下
B 收到的衣服有破洞，怎麼辦
A 非常抱歉，麻煩拍照給我們，幫您換新或退款
B 尺寸不合，可以換貨嗎
B 退貨的運費要自己出嗎
B 好的，謝謝你耐心回答
B 東西很好，下次會再回購
B 包裝很用心，謝謝老闆
B 等好久喔，可以快一點嗎
B 客服怎麼都不回
A 抱歉久等了，現在為您處理
B 這個價錢可以再便宜一點嗎
B 有沒有滿額折扣
A 目前滿299減30喔
B 請問這是正品嗎？有防偽標籤嗎
B 這是今年的新款嗎
B 有沒有其他顏色可以選
B 模特兒穿的是哪個尺寸
A 模特兒身高168，穿的是S號
B 可以幫我看看我訂單的狀況嗎
B 我的訂單編號是{order} ##order_number
A 您的訂單{order}已經出貨了，單號{sf} ##waybill
B 集運單號{yto}，麻煩幫我確認一下 ##waybill
B 這件是抖音很紅的那款嗎 ##saw_elsewhere
B 我在小紅書看到的，好多人推薦 ##saw_elsewhere
B 我是刷卡付款的，退款會退回信用卡嗎 ##refund_route
A 是的，會原路退回您的信用卡，約7-14個工作天 ##refund_route
A 提醒您：本店不會要求您加LINE或私下匯款，請認明平台聊天室 ##warning
B 有人傳訊息說是你們客服，要我加LINE處理退款，是真的嗎 ##scam_report
A 不是我們喔！那是詐騙，請不要理會，所有退款都在平台處理 ##warning
B 收件人{name}，地址是集運倉的，電話{phone} ##delivery_address
B 手機支援微信雙開嗎 ##app_feature
A 支援的，系統內建應用分身 ##app_feature
B 請問這是V領還是圓領 ##product_name
B QQ糖有沒有葡萄口味 ##product_name
B 我穿160/84A，要買S還是M ##size_code
A 160/84A是S號喔 ##size_code
B 行動電源10000mAh可以帶上飛機嗎 ##spec_number
A 可以的，10000mAh約37Wh，符合航空規定 ##spec_number
B 請問從哪裡出貨 ##city_name
A 我們從廣州出貨喔 ##city_name
B 我在香港，順豐寄過來要幾天 ##courier
A 親，香港需要透過集運，一般3-5天 ##courier
B 請問可以開收據嗎
A 可以的，電子發票在訂單頁面可以申請
B 鞋子有點磨腳，有什麼辦法嗎
A 可以貼個後跟貼，穿幾天就會比較軟了
B 這件毛衣會扎嗎
B 請問裙子有內襯嗎
B 手錶可以收LINE通知嗎 ##app_feature
A 可以的，支援大部分通訊軟體的訊息通知 ##app_feature
B 女兒三歲半，身高快100了，童裝要挑幾號
A 建議拍120，可以穿久一點
B 這個爬行墊有味道嗎
B 請問蜂蜜是純的嗎
B 香港可以寄生鮮嗎
A 抱歉，生鮮目前不支援寄港澳台
B 好可惜，那我買零食好了
B 多謝晒，收到了
B 唔該，幾時出貨呀
B 呢件衫有冇細碼
A 親，有S碼的
B 想問下個尺寸啱唔啱我
B 運費幾錢呀
B 收到啦，好靚，多謝
B 我係香港嘅客人，可唔可以寄順豐 ##courier
B 呢個手機殼啱唔啱iPhone 14 ##product_name
B 訂單號碼{order}，幾時到 ##order_number
B 退款會唔會退返落支付寶HK ##refund_route
A 會的親，原路退回您付款的賬戶 ##refund_route
B 件衫洗完縮咗水 點算
A 非常抱歉，麻煩影張相俾我哋睇下，幫您處理
B 請問這款粉底有幾個色號
B 我膚色偏黃，選哪個色
A 偏黃膚色建議選自然色02號
B 包裝盒壓壞了，裡面的東西沒事
A 非常抱歉，產品沒事就好，給您一張折價券作補償
B 謝謝，你們的服務很好
B 可以幫我包成禮物嗎
A 可以的，下單時備註禮品包裝即可
B 貨到了，但少了一個贈品
A 非常抱歉，立刻幫您補寄
B 請問保固怎麼申請
A 在訂單頁面點選申請售後就可以了
""")

# ---------------- English and mixed Chinese-English ----------------
blk("english", """
B Hello, is this jacket still available in medium?
A Hi! Yes, medium is in stock and ships within 48 hours
B What's the length of this skirt?
A Size M is 68cm long
B I'm 165cm and 55kg, which size should I get?
A We'd recommend size M for you
B Does this sweater shrink after washing?
A Hand wash in cold water and it won't shrink
B Is the color the same as the picture?
A There might be a slight difference due to screen settings, but it's very close
B Do you have a size chart?
A Yes, please scroll down on the product page, there's a detailed size chart
B Are these shoes true to size?
B I usually wear EU 39, should I size up?
A These run a bit small, we'd suggest EU 40
B Are the soles non-slip?
B Is this phone the global version?
A It's the China version, it supports English but doesn't have Google services preinstalled
B Does this case fit the iPhone 15?
A Yes, please select iPhone 15 in the options
B How long does the battery last?
A About 30 hours with the charging case
B Does the charger support fast charging?
B Is the warranty valid internationally?
A The warranty is for mainland China, sorry
B What's the expiration date on these snacks?
A They expire in about 9 months, we ship fresh stock
B Do these contain peanuts?
B Is this tea organic?
A It's not certified organic, but it passed pesticide residue tests
B How many grams in one box?
A 250 grams per box
B Is this suitable for oily skin?
B Is this sunscreen waterproof?
A Yes, it's water resistant for 80 minutes
B Is it safe for pregnant women?
A It doesn't contain retinol or salicylic acid, but please check with your doctor
B Which stage formula for a 7-month-old baby?
A Stage 2 is for 6-12 months
B What size diaper for 10kg?
A Size L fits 9-14kg
B Can the stroller fold with one hand?
B I've paid, when will you ship?
A We'll ship it today, you'll get the tracking info on the order page
B The tracking hasn't updated in three days
A Sorry about that, I'll contact the courier for you right away
B The package says delivered but I didn't get it
A Please check with your building's front desk or parcel locker, I'll also check with the courier
B I received the wrong color
A So sorry! We'll send the right one today and you can return the wrong one for free
B The item is damaged
A Please send us a photo and we'll arrange a replacement or refund
B How do I return this?
A Click "Apply for after-sales" on the order page and choose "Return and refund"
B Who pays for return shipping?
A If it's a quality issue, we cover it. Otherwise the buyer pays, unless you have shipping insurance
B When will I get my refund?
A Once we receive the return, the refund goes back to your original payment method within 1-3 days ##refund_route
B Can I get an invoice?
A Sure, you can request an e-invoice on the order page after delivery
B Any discounts for buying two?
A Second item is half price right now
B Is there a coupon?
A Yes, you can claim a 10 yuan coupon on the shop homepage
B Can you lower the price a bit?
A Sorry, the price is fixed, but the coupon still applies
B Thanks, I'll place the order now
A Thank you! Have a great day
B Great quality, thank you!
B Love it, will buy again
B It's smaller than I expected
B The zipper is broken
B This doesn't look like the photos at all, very disappointed
A I'm really sorry to hear that, we can offer a full refund
B OK, I'll wait then
B Got it, thanks
B My order number is {order} ##order_number
A Your order {order} has shipped via SF Express, tracking number {sf} ##waybill
B Tracking number {zto} still shows "in transit" ##waybill
A ZTO shows it arrived at your local station, it should be delivered today ##waybill
B I returned it with tracking {yd} ##waybill
A Received, we'll process your refund once it arrives ##waybill
B Can you ship with JD Express? ##courier
A Sorry, we only ship with ZTO and SF ##courier
B The refund went back to Alipay, right? ##refund_route
A Yes, it's refunded to your Alipay via the original route ##refund_route
A Please note: we will never ask you to add us on WeChat or pay outside the platform ##warning
B Someone messaged me claiming to be your customer service and asked for my bank card ##scam_report
A That's a scam, please ignore it. All refunds are handled inside the platform ##warning
A Could you confirm your shipping address please? ##delivery_address
B Yes, {name}, {phone}, {addr} ##delivery_address
B It's correct, phone number is {phone} ##delivery_address
B Does this phone support WeChat dual apps? ##app_feature
A Yes, it supports app cloning for WeChat and QQ ##app_feature
B Can this watch show WeChat notifications? ##app_feature
B Is this the V-neck version? ##product_name
B Do you sell QQ gummies in bulk? ##product_name
B I'm 175/92A, is that size L? ##size_code
A Yes, 175/92A is size L ##size_code
B Is the 20000mAh power bank allowed on flights? ##spec_number
A Yes, it's 74Wh, under the 100Wh limit ##spec_number
B I saw this on Xiaohongshu, is it the same one? ##saw_elsewhere
A Yes, it's the same item ##saw_elsewhere
B Where do you ship from? ##city_name
A We ship from Shenzhen ##city_name
B Model number {sn}, do you still have it? ##model_number
""")

blk("mixed", """
B 亲 这件有size XS吗
A 亲，XS有的，适合身高150左右
B 这个color好好看 是什么色
A 亲，这个是dusty pink，灰粉色
B 我平时穿EU 38 这双拍几码
B 这条jeans是high waist吗
A 是的亲，high waist显腿长
B 我想要一个oversized的hoodie
B fabric是cotton吗
A 亲，95% cotton + 5% spandex
B 这个blazer适合上班穿吗
B 亲，能不能发个real photo
A 亲，这是我们的实拍图，没有P过
B 这个bag有没有black
B 鞋子size有点small 想换大一码
A 好的亲，订单页申请exchange就行
B 这个耳机有noise cancelling吗
A 有的亲，ANC主动降噪
B battery life多长
B 这个phone case是silicone的吗
A 是的亲，liquid silicone，手感很好
B 充电器是PD fast charge吗
B 这个laptop能play games吗
A 可以的亲，RTX 4060，主流游戏都能玩
B screen是OLED吗
B 零食有没有gluten free的
B 这个tea是organic的吗
B 我要两盒green tea 送人的 有gift box吗
A 有的亲，gift box免费
B 这个toner适合sensitive skin吗
B sunscreen是SPF50吗
A 是的亲，SPF50+ PA++++
B 我是dry skin 推荐一个moisturizer
B 这个lipstick是matte的吗
B baby formula是stage 1吗
B diaper size L能用到几kg
A 亲，L码适合9-14kg
B stroller折叠后能放进trunk吗
A 可以的亲，折叠后体积很小
B 亲 我已经paid了 什么时候ship
A 亲，今天下午ship
B tracking number发我一下
A 亲，tracking number是{sf} ##waybill
B 包裹一直没update
B 东西收到了 but 颜色不对
A 亲，非常抱歉，给您exchange，运费我们出
B 我想要refund
A 好的亲，在订单页点“申请退款”就行
B refund到账了吗
A 亲，已经原路退回您的支付宝了 ##refund_route
B 有没有discount
B 这个price还能再low一点吗
A 亲，已经是最低price了，可以领店铺coupon
B ok 那我下单了
B thanks亲 很nice
B 质量不错 will buy again
B 这个有没有invoice
A 有的亲，电子invoice在订单页申请
B 我的order number是{order} ##order_number
B 这个是TikTok上很火的那款吗 抖音同款 ##saw_elsewhere
B 这个phone支持WeChat双开吗 ##app_feature
A 支持的亲，系统自带app分身 ##app_feature
B V-neck的有没有M码 ##product_name
B 175/92A 是size L吧 ##size_code
B 这个powerbank 10000mAh能上plane吗 ##spec_number
A 可以的亲，10000mAh不超过100Wh ##spec_number
B 从哪里ship的 ##city_name
A 亲，从Hangzhou发货 ##city_name
B 收件地址confirm一下：{name} {phone} {addr} ##delivery_address
A 亲，不要相信任何让你add WeChat的人，我们不会私下联系您 ##warning
B 有人call我说是你们的customer service 让我加WeChat 是scam吧 ##scam_report
A 是scam亲！请不要理会 ##warning
B 这件dress有lining吗
B sleeve长度多少
B 能不能gift wrap
A 可以的亲，备注gift wrap就行
B 这个watch能track sleep吗
B 投影仪brightness多少
B 这个speaker防水吗 IPX几
A 亲，IPX7，可以带去游泳池边
B 这个牛肉干是spicy的吗
B 有没有sugar free的糖
B 这款skincare set送girlfriend合适吗
A 很合适的亲，有gift box
B 宝宝的bib是waterproof的吗
B 能不能express shipping 顺丰
A 可以的亲，顺丰需要加12元 ##courier
B 这个是best seller吗
A 是的亲，店铺销量top 1
B 有没有new arrivals
B 快递是by air还是by land
A 亲，顺丰是by air，中通是by land ##courier
""")

# ---------------- personas, dialects, voice-to-text, robots ----------------
blk("general", """
B 你好我想问一下我前几天买的那个东西怎么还没有到呢我都等了好几天了麻烦你帮我看一下好吗
B 喂 你好 我是给我孙子买的衣服 就是那个蓝色的 什么时候能到啊
B 我不会弄这个退货 你能不能帮我弄一下
A 阿姨您好，不着急，我一步一步教您：先点开“我的”，再点“待收货”，找到这件衣服点“退换货”
B 点了 然后呢
A 然后选“退货退款”，原因选“尺码不合适”，点提交就好了
B 好了好了 提交了 谢谢你啊姑娘
A 不客气阿姨，快递员会上门来取，您把衣服装好就行
B 俺家孩子说这个书包带子断了 咋整
B 东西老好了 下回还搁你家买
B 这玩意儿咋用啊 整不明白
A 亲，我给您发个使用视频，一看就会
B 啥时候发货啊 贼着急
B 雄起 终于到了哈哈
B 巴适得很 下次还来
B 这个好巴适哦 再来两包
B 要得嘛 那就拍这个
B 咁样得唔得呀
B 好正呀 多谢老板
B 唔该帮我睇下几时到
B 侬好 这个衣服有大一号的伐
B 阿拉上海人 明天能到伐
B 蛮好的 谢谢侬
B 中 就它了
B 俺看中了这个 便宜点中不中
B 额滴个神 终于到了
B 忒慢了吧这快递
B 得嘞 您受累
B 倍儿棒 下次还买
A 亲，好嘞，马上给您安排上
A 亲，东北的冬天冷，这款加厚的正合适
A 亲，四川的朋友喜欢的话可以试试我们的特辣款😄
B 我是学生党 有没有便宜一点的
A 亲，学生党推荐这款，性价比超高
B 生活费不多 能不能便宜五块
A 亲，给您一张5元的店铺券，领了直接用
B 太感动了 谢谢客服姐姐😭
B 我是帮我老婆问的 她让我买这个 我也不懂 就是图片上这个对吧
A 对的大哥，就是这个，选好颜色和尺码就行
B 颜色她说要“雾霾蓝” 是哪个
A 大哥，第二个颜色就是雾霾蓝，您点一下就能看到
B 好 那就这个 M码
B 第一次网购 不太会 怎么下单
A 亲，选好商品规格后点“立即购买”，填好收货地址，付款就可以了
B 填好了 怎么付钱
A 在下单页面点“提交订单”，选择付款方式，输入您自己的支付密码就完成了，密码不要告诉任何人哦
B 成功了 谢谢你啊
A 【系统消息】亲，您的订单已付款成功，我们会尽快为您发货
A 【系统消息】您有一张5元优惠券即将过期，请尽快使用
A 【系统消息】您的退款申请已提交，商家将在48小时内处理
A 【系统消息】您的包裹已到达驿站，请及时取件
A 【自动回复】亲，本店商品均为现货，付款后48小时内发货
A 【自动回复】您好，您的问题已收到，人工客服将在5分钟内回复
A 【自动回复】亲，尺码问题请参考详情页尺码表，或告诉我们您的身高体重
A 【自动回复】快递默认中通，江浙沪1-2天，其他地区2-4天
A 【自动回复】亲，退换货请在订单页自助申请，无需联系客服
A 【自动回复】感谢您的咨询，请问还有其他问题吗？
A 亲，智能助手为您找到以下常见问题：1.什么时候发货 2.如何退换货 3.怎么开发票
A 亲，请回复数字选择：1 查物流 2 退换货 3 转人工
B 3
B 转人工
B 人工客服
B 我要找人工 别给我机器人
A 亲，人工客服已为您接入
""")

blk("general", """
B 衣服忘记拿了 快递被退回去了 能重新发吗
A 亲，我们收到退件后给您重新发出，这次运费我们来承担
B 我刚下单就后悔了 能退吗 还没发货
A 亲，可以的，直接在订单页申请退款，系统秒退
B 买贵了 昨天买的今天降了二十
A 亲，在订单页申请价保，差价会退给您
B 我点了确认收货 还能退吗
A 亲，确认收货后还在售后期内，可以申请退换
B 收到了 但是不是我买的东西 是别人的
A 亲，非常抱歉，可能是仓库贴错面单了，麻烦拍照给我们，我们马上处理
B 我买的是一件 你们寄了两件
A 亲，非常感谢您的诚实，多出来的一件可以申请退回，运费我们承担
B 赠品能不能换一个
A 亲，赠品是固定的，不能更换哦，不好意思
B 包裹里有个感谢卡 挺用心的
A 谢谢亲，希望您喜欢~
B 快递包装好严实 拆了半天 哈哈
A 哈哈亲，怕运输中磕碰，包得结实一点
B 这个东西值这个价 不亏
B 用了一周来反馈 非常好
B 追评：用了一个月 还是很满意
B 第二次买了 还是那么好
B 跟描述一样 没有色差
B 好评 物流快 包装好
A 谢谢亲的认可，您的满意是我们最大的动力
B 你们客服态度真好 比别家强多了
A 谢谢亲的夸奖，我们会继续努力的😊
""")

blk("mixed", """
B 亲 这件T-shirt会不会缩水
A 亲，已经pre-shrunk，洗了不会缩
B 我要两件 一件white 一件navy
B M size 胸围多少cm
A 亲，M size胸围104cm
B 这个hoodie是unisex的吗
A 是的亲，男女都能穿
B 这个dress有没有zip
B 这双sneakers的sole是rubber吗
A 是的亲，rubber大底，防滑
B 这个boots waterproof吗
B 鞋子要break in吗
A 亲，真皮的需要穿几天break in
B earbuds左边没sound
A 亲，reset一下再配对试试
B 这个laptop有backlit keyboard吗
A 有的亲，白色背光
B monitor有speakers吗
B 这个tablet能用stylus吗
B phone的camera几个megapixel
A 亲，主摄50 megapixel
B 这个snack是halal的吗
B 有没有vegetarian options
B 这个honey是raw honey吗
B matcha是ceremonial grade吗
A 亲，是ceremonial grade，日本宇治的
B 这个oolong怎么brew
A 亲，95度水，第一泡10秒
B 这个cleanser适合acne skin吗
B retinol浓度多少
A 亲，0.3% retinol
B 口红有没有sample size
B 这个foundation有几个shade
B baby lotion是fragrance free吗
A 是的亲，无香精
B bottle是BPA free吗
A 是的亲，BPA free
B 这个car seat rear facing能用到几岁
B 我的parcel显示delivered 但没收到
A 亲，帮您check一下，可能在驿站
B 能不能change address
A 亲，还没ship的话可以改
B 有没有member discount
B 下单的时候coupon用不了
A 亲，coupon需要满199才能用
B 退货label要自己打印吗
A 亲，不用，申请上门取件就好
B 好的 got it
B np 谢谢亲
B 收到了 totally love it
B 质量so so 一般般吧
B 有点disappointed 颜色跟图不一样
A 亲，sorry，给您申请退换
""")

blk("english", """
B Hi, I ordered two items but only received one
A Sorry about that, the second item was shipped separately and will arrive tomorrow
B Can I cancel my order?
A If it hasn't shipped yet, just click "Request refund" on the order page
B The shoes are too big, can I exchange them?
A Of course, choose "Exchange" on the order page and select the new size
B How much is shipping to Macau?
A It needs to go through the consolidation service, the fee depends on weight
B Is this the latest model?
A Yes, it's the 2024 model
B Does it come with a charger?
A Yes, a 67W charger and cable are included
B Can I pay in installments?
A Yes, you can choose Huabei installments at checkout ##payment_method
B The payment failed, what should I do?
A Please try another payment method or try again later ##payment_issue
B I was charged twice
A The duplicate payment will be refunded automatically within 1-3 business days ##refund_route
B Do you offer gift wrapping?
A Yes, just leave a note when ordering
B Can I add a gift card message?
B How fresh is the tea?
A It's this year's spring harvest
B Is the honey pure?
A Yes, it's pure honey with a test report
B The box arrived crushed
A So sorry, please send a photo and we'll resend it
B Is this baby bottle glass or plastic?
A We have both, glass for newborns and PPSU for older babies
B What age is this toy for?
A 3 years and up
B Thanks for the quick reply!
B Perfect, exactly what I wanted
B Not bad for the price
B The quality is worse than I expected
A I'm sorry, we can offer a return or a partial refund
B Partial refund is fine
A Done, 20 yuan has been refunded to your original payment method ##refund_route
""")

blk("traditional", """
B 老闆，請問這雙靴子有黑色37號嗎
B 我手機是iPhone 13，這個殼可以用嗎 ##product_name
B 這支手機有沒有送保護殼
A 有的，盒子裡有送透明保護殼
B 請問這個茶包一盒有幾包
A 一盒20包喔
B 乳液的質地會不會太黏
A 不會，很清爽好吸收
B 寶寶一歲，奶瓶要買多大的
A 一歲的寶寶建議240ml
B 零食禮盒可以寄到高雄嗎 ##city_name
A 可以的，透過集運寄到高雄沒問題 ##city_name
B 這件外套有帽子嗎
B 請問可以指定送貨時間嗎
A 抱歉，快遞無法指定時間，但會在派送前聯繫您
B 謝謝你，很有耐心
B 東西不錯，但物流有點慢
A 感謝您的反饋，我們會跟快遞溝通改進
B 請問是不是現貨
B 你們家的衣服品質不錯，推薦給朋友了
B 我的退款編號是{refund}，請幫我確認 ##order_number
A 好的，已經退款成功了，原路退回 ##refund_route
B 請問有沒有大一點的尺寸，我平常穿XL
""")

# ---------------- extra store talk ----------------
blk("apparel_women", """
B 围巾是羊绒的吗 会不会扎脖子
A 亲，是100%羊毛的，很柔软，不扎
B 围巾多长多宽
A 亲，长180cm，宽30cm，可以绕两圈
B 贝雷帽头围多少 我头大😂
A 亲，头围56-58，有弹力，头大的小姐姐也能戴
B 丝袜会不会勾丝 一穿就破
A 亲，这款是加固的，比普通丝袜耐穿，但要注意别被指甲勾到
B 打底裤加绒的透不透肉
A 亲，有透肉款和不透肉款，规格里可以选
B 秋裤会不会起球
A 亲，德绒面料，不容易起球
B 我想要一件能遮屁股的长款卫衣
A 亲，这款衣长75cm，能遮住臀部
B 毛衣领口会不会勒脖子
A 亲，半高领是宽松的，不勒
B 裙子坐下会不会走光
A 亲，裙长过膝的，坐下不会走光
B 衬衫扣子间隙大吗 会不会露
A 亲，扣距做得比较密，不会露
B 连衣裙能不能把腰收一点
A 抱歉亲，我们不提供修改服务，可以配腰带
B 我买了三次了 这次的颜色比上次深
A 亲，不同批次染色可能有细微差异，您介意的话可以换
B 衣服收到皱巴巴的
A 亲，挂起来或者用挂烫机熨一下就平整了
B 这件羽绒服钻毛
A 亲，少量钻绒是正常的，轻轻把绒毛拉出来就好，大量钻绒给您换
""")

blk("electronics", """
B 蓝牙音箱可以两个一起连吗 立体声
A 可以的亲，支持TWS串联，两个组成立体声
B 键盘能连三台设备吗
A 亲，支持蓝牙三通道，一键切换
B 鼠标有没有静音的
A 有的亲，静音款点击几乎没有声音
B 电竞椅要自己装吗
A 亲，需要简单组装，有视频教程，十分钟就好
B 显示器要不要买支架
A 亲，自带的支架可以升降，也可以加购机械臂
B 网线要几类的
A 亲，千兆网络用超六类的就够了
B 插线板有USB口吗
A 有的亲，3个USB口加1个Type-C
B 电动牙刷刷头多久换
A 亲，建议三个月换一次
B 剃须刀能水洗吗
A 可以的亲，IPX7全身水洗
B 电吹风有没有折叠的
A 有的亲，折叠款出差带着方便
B 这个卷发棒多粗
A 亲，32mm，适合大波浪
B 按摩仪能天天用吗
A 亲，可以，每次15分钟左右
B 体脂秤准吗
A 亲，体重误差0.1kg，体脂是估算值，可以作为参考
B 台灯护眼吗
A 亲，无频闪，有国AA级认证
B 小夜灯是充电的吗
A 是的亲，USB充电，一次能用一周
""")

blk("snacks", """
B 辣条是什么地方的
A 亲，湖南平江的
B 鸭脖是哪里的口味
A 亲，武汉口味，麻辣鲜香
B 豆干是真空包装吗
A 是的亲，独立小包真空包装
B 山楂条酸不酸
A 亲，酸甜的，开胃
B 海苔是给小孩吃的吗
A 亲，大人小孩都能吃，我们是低盐的
B 饼干会不会碎
A 亲，有防压盒包装，基本不碎
B 瓜子是五香的吗
A 亲，有五香、焦糖、山核桃三种口味
B 巧克力是代可可脂吗
A 亲，是纯可可脂的，配料表可以看到
B 果干有添加糖吗
A 亲，芒果干有少量糖，冻干草莓是无添加的
B 方便面有没有非油炸的
A 有的亲，非油炸的在另一个链接
B 这个蛋卷是手工的吗
A 是的亲，手工蛋卷，很酥
B 麻花是硬的还是软的
A 亲，是酥脆的，不硬
B 买了给老人 能不能少点甜
A 亲，推荐我们的无糖糕点，适合长辈
""")

blk("tea", """
B 茶叶罐是铁的还是锡的
A 亲，是马口铁的，密封性好
B 一罐多少克
A 亲，一罐125克
B 能不能帮我分装小袋 方便带
A 亲，我们的茶都是独立小包，一泡一包
B 冷泡可以吗
A 亲，绿茶和白茶冷泡都很好喝，放冰箱4小时
B 茶叶过期了还能喝吗
A 亲，绿茶过期了不建议喝，普洱白茶存放得当可以
B 陈皮是几年的
A 亲，是五年的新会陈皮
B 菊花茶有没有硫磺熏
A 亲，是自然晾晒的，没有硫熏
B 玫瑰花茶泡出来是什么颜色
A 亲，淡淡的粉色，有玫瑰香
B 大麦茶是炒过的吗
A 是的亲，炒过的，焦香味很浓
B 红茶和奶能一起煮吗
A 可以的亲，煮奶茶推荐我们的阿萨姆红茶碎
""")

blk("cosmetics", """
B 洗发水控油吗 我两天不洗就油
A 亲，这款是控油蓬松型的，适合油头
B 掉头发严重 有没有防脱的
A 亲，有防脱洗发水，但严重脱发建议去医院检查
B 护发素要冲掉吗
A 亲，这款需要冲洗，发膜也是
B 身体乳香味持久吗
A 亲，香味能持续大半天
B 沐浴露会不会干
A 亲，是氨基酸沐浴露，洗完不干
B 护手霜油不油
A 亲，很快吸收，不油腻，涂完就能用手机
B 指甲油要用底油吗
A 亲，建议先涂底油，能保护指甲也更持久
B 美甲贴能持续多久
A 亲，正常可以持续一周左右
B 发膜一周用几次
A 亲，一周2-3次
B 染发膏会不会伤头发
A 亲，这款是植物配方，相对温和，但染发前建议做个皮肤过敏测试
B 牙膏能美白吗
A 亲，有一定的亮白效果，但不能改变牙齿本身的颜色
""")

blk("mother_baby", """
B 宝宝的袜子会不会勒脚
A 亲，袜口是宽松的，不勒
B 口水巾一包几条
A 亲，一包五条，纯棉的
B 宝宝枕头需要吗
A 亲，一岁以内不建议用枕头，可以用毛巾垫一下
B 睡袋是分腿的吗
A 是的亲，分腿睡袋，宝宝踢被子也不怕
B 宝宝防晒霜能用吗 几个月能用
A 亲，6个月以上可以用，我们这款是物理防晒
B 驱蚊贴宝宝能用吗
A 亲，这款是植物精油的，6个月以上可以用
B 婴儿洗衣液能跟大人的一起洗吗
A 亲，建议宝宝衣服单独洗
B 宝宝绘本有没有
A 亲，我们是母婴用品店，绘本暂时没有
B 摇铃会不会太吵
A 亲，声音比较柔和，不刺耳
B 宝宝餐椅能调高度吗
A 亲，有三档高度可调
B 吸管杯漏水吗
A 亲，有防漏设计，倒过来也不漏
B 宝宝溢奶了 是不是奶嘴太大
A 亲，有可能，可以换小一号的奶嘴试试
""")

blk("phone", """
B 手机支架能夹粗一点的手机吗
A 亲，夹宽4.7-7.2寸，带壳也能夹
B 自拍杆能当三脚架吗
A 可以的亲，底部展开就是三脚架
B 手机散热器有用吗
A 亲，半导体制冷，打游戏能降10度左右
B 指环扣粘得牢吗
A 亲，3M胶，很牢固，但揭下来后不能再粘
B 手机镜头膜需要贴吗
A 亲，建议贴，防止镜头被刮花
B 读卡器能读SD卡吗
A 可以的亲，SD和TF都能读
B 手机U盘能插苹果吗
A 亲，有Lightning和Type-C两种接口
""")

# a few extra hard look-alikes
blk("general", """
B 我是在抖音看到你们直播然后来这里买的 ##saw_elsewhere
B 同事推荐的 说你们家发货快 ##saw_elsewhere
B 闺蜜在你家买过 我也来一单 ##saw_elsewhere
A 亲，店铺有不定期的直播，开播会在店铺首页通知 ##platform_flow
A 亲，订单备注已经看到了，会按备注处理 ##platform_flow
A 亲，可以在订单页点“催发货”，我们收到提醒会优先处理 ##platform_flow
A 亲，运费险是下单时平台提供的，退货后会自动赔付到您的账户 ##platform_flow
B 运费险赔了8块钱 到哪里看 ##refund_route
A 亲，运费险理赔会退到您的支付账户，可以在订单的“运费险”里查看 ##refund_route
B 支付宝里看到一笔退款 是你们退的吗 19.9 ##refund_route
A 是的亲，那是您退货的款项19.9元 ##refund_route
B 退款显示已到账 但我微信零钱没有 ##refund_route
A 亲，请看下微信支付的账单，如果付款时用的银行卡，会退回到银行卡 ##refund_route
B 我这个订单号{order}是不是被取消了 ##order_number
A 亲，订单{order}因为超时未付款被系统关闭了，重新下单就可以 ##order_number
B 订单号 {pdd} 发的什么快递 ##order_number
A 亲，发的韵达，单号{yd} ##waybill
B 上次的订单{order}还没确认收货 这次能一起算满减吗 ##order_number
A 亲，满减只在同一个订单里计算哦 ##order_number
""")

# ---------------- write out ----------------
STORE_FAMS = {"apparel_women", "apparel_men", "apparel_kids", "shoes", "electronics", "phone", "snacks", "tea", "cosmetics", "mother_baby", "general"}
seen = set(); rows = []
for who, text, fam in ENTRIES:
    t = text.strip()
    if t in seen:
        continue
    seen.add(t)
    rows.append({"text": t, "sender": who, "labels": [], "family": fam})
random.shuffle(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("entries", len(ENTRIES), "written", len(rows))
