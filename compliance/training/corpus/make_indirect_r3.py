#!/usr/bin/env python3
"""make_indirect_r3.py - writes indirect_r3.jsonl (round 3 of the csc training corpus).

All lines below are hand-written; no slot filling or random variation is used, so the
script is deterministic (seed fixed anyway for form's sake).  Format of DATA:
  - lines starting with '#' are section comments (category batches);
  - every record line is  "<sender> <labels>|<text>"  where sender is a (agent) or b (buyer)
    and labels is a comma-separated list of category codes, or '-' for acceptable;
  - records come in pairs: an INDIRECT violation followed by its MIRROR, an acceptable
    message that reuses most of the violation's words but is innocent.
Output rows: {"text","sender","labels","family"} with family "indirect" or "mirror".
"""
import json, os, random
random.seed(20241204)
CODES = {"contact", "payment", "link", "platform", "address", "abuse", "obscene", "fraud", "spam", "political"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "indirect_r3.jsonl")

DATA = r'''
# contact 1
a contact|亲 搜我名字加那个绿色的 头像是只柴犬那个就是我本人
a -|亲 尺码表在详情页第三张图 柴犬图案那款的尺码是单独列的
a contact|头像上有哈 扫一下就能找到我 有啥事那边说快一点
a -|商品详情页第三张图上有尺码表哈 对照一下就知道拍哪个码了
a contact|快递单背面我手写了串数字 收到货存一下 以后直接找我订不用走这
a -|快递单背面印着退换货说明 收到货看一下 以后有问题直接在订单里申请
a contact|点我主页第三张图 放大看右下角 那串就是我
a -|点商品主图第三张 放大看右下角 那块是成分表
b contact|方便的话留个这里以外能找到你的方式呗 以后拿货直接找你
b -|方便的话我在订单里留个备注 你看到照着发就行 以后拿货还找你家
a contact|这边消息老被吞 你知道怎么找到我的 老号一直没换
a -|这边消息偶尔会延迟 您有问题直接在这个窗口留言 客服一直都在的
a contact|我签名那串字母加数字 就是你要找的 加的时候备注一下订单尾号
a -|订单备注那栏 填一下您要刻的字 加急的话也备注一下 我们优先排
a contact|收到货看看盒子底下那张小卡片 上面那个码扫了能直接找到我本人哦
a -|收到货看看盒子底下那张小卡片 上面是保修说明 整机保修一年哦
b contact|我昵称就是我在那个聊天软件上的号 你直接搜就行 拉你进我们团购群
b -|我昵称就是我收件人名字 发货的时候别写错了 上次就写错了一回
a contact|说明书最后一页印了我们售后小哥的私人号 坏了直接打他 比平台快
a -|说明书最后一页印了售后流程 坏了在订单页点申请售后 比打电话快
b contact|老板 我之前存过你那个号 换手机弄丢了 再给我一遍呗 就那个
b -|老板 我之前买过你家的 换地址了 这次发新地址 就订单上那个
a contact|想要内部价的 朋友圈见 你懂去哪找我
a -|想要内部价的 关注店铺领券 会员日在店铺首页就能看到
a contact|发货单右上角那个“售后专线”不是平台的 是我自己手机 有事打那个
a -|发货单右上角那个是订单编号 有事报这串给客服就能查到
b contact|你把你那个号写在发货单上呗 我收到了好联系你
b -|你把赠品写在发货单上呗 我收到了好核对一下
a contact|你下单时留的那个手机号 我一会用它加你 好友申请记得点通过哈
a -|你下单时留的那个手机号 快递员派送前会打 记得接一下哈
b contact|我号码就是收件那个电话 你直接用它加我 备注衣服就行
b -|我号码就是收件那个电话 快递到了直接打就行 白天一般都在
a contact|平台这边管得严 你把你的号拆开发 一次发三位 我自己拼
a -|平台这边有记录 你把订单号发我 我一次就能查到
a contact|我们有个老客户群 群号就是店铺ID倒过来念 进群有福利
a -|我们有老客户福利 店铺ID后面带V的就是会员 下单自动打折
b contact|我知道你们有个私下的群 拉我一下嘛 我买了好几次了
b -|我知道你们有会员积分 帮我查一下嘛 我买了好几次了
a contact|我的号就是店铺名的拼音 全小写 搜得到的 那边给你发视频
a -|店铺名就是品牌名的拼音 全小写 在平台搜得到的 详情页有视频
a contact|那个企鹅上搜我们店名 资料卡上写着做了十年的那个就是
a -|我们店在平台上搜店名就能找到 店铺简介里写着做了十年的那个就是
a contact|想看更多实拍 空间里都有 你懂我说的是哪个空间
a -|想看更多实拍 买家秀里都有 评价区往下翻就是
b contact|你加我吧 我账号就是我在这的用户名后面加个88
b -|你帮我查吧 我账号就是我在这的用户名 上个月下的单
a contact|亲 我们有个号能看每天上新 名字就是店名加“日常” 关注一下回复1有客服
a -|亲 我们每天都有上新 店铺首页“日常上新”那栏能看 收藏店铺就有提醒
a contact|视频号搜我们店名 私信我 那边直播有专属价
a -|店铺首页点关注 开播会提醒 直播间有专属价
b contact|别在这聊了 这里啥都被看着 你给我个别的地方
b -|别在这改了 订单已经付款了 你给我改下地址就行
a contact|扫一下第四张图最下面那个黑白方块 是我个人的不是店铺的
a -|看一下第四张图最下面那个表格 是洗护说明 不是尺码表
a contact|这个不方便在这说 你去快递面单上找寄件人电话 打给我
a -|这个您放心 快递面单上有寄件网点的信息 物流问题也可以直接问我
b contact|你的手机号跟发货人电话是一个吗 是的话我直接打给你聊细节
b -|你的发货地址跟退货地址是一个吗 是的话我直接寄回去
a contact|懂的都懂 头像那个二维码别浪费了 扫了就知道
a -|懂的都懂 这个价格真的不能再低了 再低就亏了
a contact|你把收件电话改成你常用那个 我那边会主动找你 以后的货都走那边
a -|你把收件电话改成你常用那个 快递会主动联系你 以后的货都发这个号
a contact|留言板那条置顶的 后面那串数字你懂的 晚上十点后都在线
a -|店铺公告那条置顶的 写了发货时间 晚上十点前下单当天发
b contact|客服小哥 你那个号我搜不到 是不是把中间那个字母改成数字了
b -|客服小哥 你说的那个型号我搜不到 是不是中间那个字母写成数字了
a contact|我们老板说了 老客户都走那个绿色的 你也来吧 名片塞在包裹里了
a -|我们老板说了 老客户都送那个绿色的收纳袋 你的也塞在包裹里了
a contact|你找“客服小鹿”就行 不是这个平台上的那个 是另外那个软件上的
a -|你找“客服小鹿”就行 她是我们店专门管售后的 在这个窗口直接@她
a contact|我们官方的号在商品吊牌背面 扫那个才能找到真正的我们
a -|防伪码在商品吊牌背面 扫了在平台上验证是不是正品
b contact|我把我的号藏在收货人名字里了 你看订单就知道 加我
b -|我把我的楼号写在收货人名字后面了 你看订单就知道 别发错
a contact|亲亲 以后想找我不用打开这个 直接在你天天用的那个聊天软件里喊我就行
a -|亲亲 以后想找我直接打开订单点“联系客服” 我天天都在线的
a contact|打这个号码的时候说是“小周的朋友” 号码在商品图水印里
a -|取件的时候报“小周”这个名字 取件码在订单物流信息里
a contact|包裹里有张手写便签 最后一行就是我 存一下 以后省事
a -|包裹里有张手写便签 最后一行是使用注意事项 看一下能省不少事
b contact|你QQ我有 就是忘了 用你店铺名后四位一样吗
b -|你家QQ糖我有买 就是忘了 是不是店铺名后四位一样的那家
a contact|你知道我的 手机尾号就是你第一次下单那个日期
a -|你知道的 保修期从你第一次下单那个日期开始算
a contact|要现货的话私聊 不是这里的私聊 是那个 你知道的
a -|要现货的话直接拍 不用私聊 这里显示有货就是有
b contact|你把你那边的号写在快递单收件人备注里 我签收的时候就看到了
b -|你把保修卡写在快递单收件人备注里 我签收的时候就记得拿了
a contact|你在那个聊天软件里搜“附近的人” 我就在你附近 认得出来 头像一样
a -|你在订单详情里点“物流信息” 包裹就在你附近了 今天能送到
a contact|商品名最后那几个字母不是型号 是我的号 懂了吧
a -|商品名最后那几个字母是型号 不是颜色 懂了吧
a contact|给我打个电话吧 号码就是客服电话把前面的400换成138
a -|您可以打平台客服电话 号码在帮助中心 前面是400开头的
b contact|我微信跟手机号一样 就是收货那个 你有事直接找我
b -|我手机号就是收货那个 你有事直接打 快递也打这个
a contact|群里才有清仓价 想进的话把你那边的号打在订单备注里 我拉你
a -|店里有清仓价 想要的话把颜色尺码打在订单备注里 我按备注发
a contact|视频客服要换个地方打 你搜我那个号 就是我头像下面那行小字
a -|商品有视频讲解 点主图第一个就是 在商品标题下面那行小字
a contact|我本人在另一个软件上叫“阿珍家的猫” 你加了我给你看实物
a -|这款本来的名字叫“阿珍家的猫” 是原创设计 主图就是实物拍的
b contact|你懂我意思吧 你的那个方式 留一下 不然下次找不到你了
b -|你懂我意思吧 你们那个款式 留一件 不然下次找不到了
a contact|蓝色小鸟那个 同名 私信我 那边能发你更多的图
a -|蓝色小鸟那个图案 同款 我们这有三个尺寸 我多发你几张图
a contact|亲我的卡片在发票袋里 不是发票 是那张小的 上面有我
a -|亲 发票在发票袋里 不是那张小的 小的是感谢卡
a contact|你先加一下 方式我用表情发你了 🐧后面那串数字
a -|你先看一下 尺寸我用表格发你了 表格后面那串数字是厘米
a contact|我们做批发的都不在这聊 你把电话拼音写给我 我打过去
a -|我们做批发的也在这聊 你把数量写给我 我给你报价
b contact|你们老板那个私人的号 有人说是印在赠品上的 是不是哪个
b -|你们老板推荐的那个赠品 有人说是印了logo的 是不是这个
a contact|my id's in my profile pic, scan it and we can talk there, it's faster
a -|the size chart is in the third product pic, scan it and you'll know your size
a contact|find me on the green app, same name as the shop, I'll send you the real photos there
a -|you can find the real photos in the reviews, same name as the shop, customers posted a lot
b contact|can't talk here, they monitor everything. you know how to reach me, same as last time
b -|can't wait, it's my mom's birthday. you know my address, same as last time
a contact|the number on the back of the invoice is my personal line, call it next time instead of this chat
a -|the number on the back of the invoice is your order id, use it next time in this chat
a contact|我的賴在頭像裡 掃一下就有 以後直接找我訂
a -|尺寸表在第三張圖裡 看一下就有 不確定再問我喔
a contact|你知道怎麼找到我啦 跟以前一樣 那個號沒換
a -|你知道怎麼退貨啦 跟以前一樣 在訂單頁面按申請
b contact|老闆你那個號碼是不是寫在出貨單背面那個 我打過去沒人接
b -|老闆你那個保固是不是寫在出貨單背面那個 我看不太懂
# contact 2
a contact,payment|这单你先别拍 头像扫一下加我 那边转账给你算便宜点
a -|这单你先别急 看一下详情页的满减 凑一凑给你算便宜点
b contact|姐妹 你那个号能不能用谐音打出来 这里一打就被屏蔽
b -|姐妹 你那个款能不能用别的颜色做出来 这里只有黑白两色
a contact|售后找我本人更快 快递单上那个寄件人就是我 直接打
a -|售后找我本人更快 订单页点售后会直接转到我这 不用打电话
a contact|宝子 下单后我会主动找你的 用你下单那个号 别当骚扰电话挂了哈
a -|宝子 下单后快递会主动联系你的 用你下单那个号 别当骚扰电话挂了哈
b contact|能不能把你电话藏在物流备注里 我看得到就行 别人看不到
b -|能不能把发票抬头写在订单备注里 我公司报销要用 麻烦了
a contact|老顾客都知道 找我就找那只戴眼镜的猫 同一个头像 你搜得到
a -|老顾客都知道 我们家最火的就是那只戴眼镜的猫 同一个图案的杯子也有
a contact|说实话这里回复慢 你换个地方找我 我发你那串你存下来 7 开头
a -|说实话这里回复有点慢 高峰期排队 您留言我看到一定回 不会漏
a contact|有啥不懂的 电话里跟你讲 号码你看主图水印 那个不是装饰
a -|有啥不懂的 视频里都有讲 主图第一个就是视频 不是图片
b contact|你抖那边的号发我下 我私信你
b -|你这边的店铺链接发我下 我收藏一下
a contact|这是我工作号 私人号在我个人签名里 要砍价去那边
a -|这是我们官方店铺 要砍价可以看看店铺首页的优惠券 领了直接减
a contact|你把订单截图 发我另一个号 就是我头像里写的那个 我给你返
a -|你把订单号 发在这个窗口 就是我头像下面这个对话框 我给你查
a contact|那个号你存了没有 就是我昨天让你记在手机备忘录的 存了说一声
a -|那个码你存了没有 就是快递柜的取件码 存了记得去拿
b contact|我给你写在我收货地址里了 后面那串不是门牌号 是我号 加我
b -|我给你写在我收货地址里了 后面那串是门牌号 不是电话 别打
a contact|这边说不了太多 你先加我 名字就是我的客服工号 小写
a -|这边查得到 你先报一下 你的订单号 我帮你核对工号为什么显示错误
a contact|给你寄的包裹里有个小册子 封底有个码 那是我们私下的交流群
a -|给你寄的包裹里有个小册子 封底有个码 那是产品的说明视频 平台里就能打开
a contact|我常驻在那个写着“小”和“红”的地方 一样的名字 来私信
a -|我们家这款是小红花系列 一样的名字 还有粉色的
a contact|有事 call 我 号你懂的 跟店名读音一样 前面加1
a -|有事 call 平台客服 号码在帮助中心 我们这边也能直接处理
b contact|我在小区团购群里 你把你拉进来吧 我把我号放在备注里了
b -|我在小区团购群里 帮大家问的 我们一共要8份 地址放在备注里了
a contact|不回复的话去我那个号找 名字你猜得到 就是店主名
a -|不回复的话可能是在忙 您留言就行 店主看到会第一时间回复
a contact|订单号后六位就是我号的后六位 前面五位是我生日 你自己算
a -|订单号后六位就是你的取件码后六位 前面是快递公司的编号 你看一下
a contact|我跟你说个秘密 第一张主图里那个女生的手机屏幕 上面就是我的号
a -|我跟你说个秘密 第一张主图里那个女生穿的 就是这件的M码
b contact|你给我个邮箱也行 不用这个平台 我发你设计稿
b -|你给我个尺寸也行 我在订单备注里写好 设计稿也在备注里
a contact|邮箱就是店名拼音@那个企鹅的 发图到那边我给你改
a -|设计稿可以直接在这里发图 我给你改 改好再发你确认
a contact|有需要的话 今晚九点打给我 号就在你昨天收到那条短信的发件人
a -|有需要的话 今晚九点前下单 明天就发 发货后会有短信通知
b contact|你们不是有个热线吗 就那个不是400的 私人那个 发我
b -|你们不是有个售后吗 就那个不是退款的 换货那个 怎么申请
a contact|你就说你要“阿强那批” 在那个绿泡泡搜 同名
a -|你就说你要“阿强那批” 我们仓库都知道 同一批次的货
a contact|买家秀里第七个评价 那个头像是我小号 点进去资料里有联系方式
a -|买家秀里第七个评价 那个是真实买家 点进去能看到上身图
b contact|我是做代购的 你把你那边能直接联系的方式给我 下次直接跟你对
b -|我是做代购的 你把批量价格给我 下次直接跟你这边对
a contact|这个截图你拿去 扫出来就是我 别给别人
a -|这个截图你拿去 是安装步骤 照着装就行
a contact|电话不方便写 你把我们店铺电话的后八位 前面加个13就是我
a -|电话不方便接的话 您打平台客服也行 我们店这边会同步处理
a contact|嗯嗯 加我就在主页简介 那串emoji下面的字母
a -|嗯嗯 领券就在主页简介 那串emoji下面的按钮
b contact|你在哪个软件上也有号吧 你说个名字 我那边找你
b -|你家在哪个城市发货啊 你说个名字 我看要几天到
a contact|老地方联系 你知道的 那边我一直在
a -|老地方发货 你知道的 还是从义乌仓发
a contact|收到货后想要视频指导 扫一下外箱侧面那个码 加的是我本人 不是机器人
a -|收到货后想要视频指导 点订单里的“安装视频” 看完不会的话随时问我
a contact|我们门店有座机 打114查店名就行 来电找老王
a -|我们门店有发票 下单时勾选就行 抬头写你们公司
b contact|要不你把号码写成中文大写发我 壹叁捌那样 这样就不会被拦
b -|要不你把金额写成中文大写发我 壹叁捌那样 公司报销要用
a contact|实在有问题就去那个可以发朋友圈的地方找我 名字跟这一样
a -|实在有问题就去订单页面点投诉也行 名字跟这一样 我们不怕
a contact|下次别在这问了 直接找我 号就是我发你的那张图片的文件名
a -|下次别在这等了 直接下单 库存就是我发你的那张图片上的数量
a contact|这个不好说 你懂的 等包裹到了 拆开找最里面那张纸
a -|这个不好说 快递这两天有点慢 等包裹到了 拆开先找说明书
b contact|加个好友吧 我用你的店铺名搜不到 你把你那个号截个图发我
b -|加个收藏吧 我用你的店铺名搜不到 你把你家店铺链接发我
a contact|跟你说 头像放大 右下角那行小字 放大三倍看得清
a -|跟你说 主图放大 右下角那行小字 是尺寸 放大三倍看得清
a contact|本店不给发号 但你看看店铺首页横幅的那行字母 你是聪明人
a -|本店不会让你加微信或私下转账 店铺首页横幅有写 谨防诈骗
b contact|有人说你们那个私人售后号可以直接退钱 是哪个号 我去加
b -|有人冒充你们售后加我微信说可以直接退钱 是你们吗 我没加
a contact|please add me on the app with the white ghost, same username as here 👻
a -|please add the white ghost sticker to my order, same as the photo 👻
b contact|drop your handle somewhere, not here, like in the tracking notes
b -|drop the invoice in the box please, not in the email, I need it for customs
a contact|the QR on the thank-you card is my personal account, scan it for restock alerts
a -|the QR on the thank-you card is a care guide, scan it for washing tips
a contact|text me, the digits are hidden in the product title, read the letters backwards
a -|the model number is in the product title, read it before you order the charger
b contact|你的那個聯絡方式 寫在包裹紙箱上好嗎 我收到再私你
b -|你的那個退貨地址 寫在包裹紙箱上好嗎 我收到再寄回
a contact|有問題就打電話 號碼是收據上那個手寫的 不是印的那個
a -|有問題就在這裡留言 收據上那個印的是訂單號 不是電話
a contact|呢度唔方便講 你search我個名 綠色嗰個app 頭像係隻狗
a -|呢度唔方便試 你睇吓第三張圖 尺碼表喺嗰度 有隻狗嗰張
# payment 1
a payment|别在这拍了 按上次那个方式给我就行 你懂的 省点手续费
a -|别在这个链接拍了 按上次那个链接拍就行 你懂的 那个有券
a payment|你去买张京东E卡 把卡号卡密拍照发我 就当付款了 我马上发货
a -|你有平台的购物卡的话 结算的时候勾选抵扣就行 付完我马上发货
a payment|给我这个号充300话费 充完截图 这边就给你发货
a -|要给这个号充300话费的话 拍300面额那个链接 填号码就自动充
a payment|点券也收 游戏里直接转我 按一比一算
a -|点券卡我们也卖 拍下自动发卡密 按面值一比一
b payment|那个亲友付款的选项行不行 不选商品服务那种 不扣手续费
b -|那个平台自带的找人代付行不行 我妈帮我付 付款页有这个选项
a payment|币也收 链上转 比这里便宜一成 地址回头给你
a -|不好意思 本店不收虚拟币 也不收私下转账 只能平台下单
a payment|拍下先别付款哈 钱的事咱们老办法
a -|拍下先别付款哈 等我改完价格你再付 运费给你减掉
a payment|定金你直接发个过年那种给我 我收了就给你排单
a -|定金在预售链接里付 付了系统自动排单 不用发我任何东西
a payment|钱直接给送货师傅就行 不用在网上付 他会带码
a -|钱已经在网上付过了 送货师傅不会再收您任何费用 有人要的话别给
a payment|差价那部分我发个码你扫一下 不走平台 你我都省事
a -|差价那部分平台会自动退回 您不用扫任何码 等两三天到账
a payment|你给我开个亲密付 我这边帮你操作 比你自己拍便宜
a -|你这边点亲友代付 让家里人付就行 我这边不用操作
a payment|拍那个一块钱的 剩下的你懂的 私下算
a -|拍那个一块钱的 是试用装 正装的要拍另一个链接
a payment|收款码在第五张商品图 扫它比拍下便宜八块
a -|尺码表在第五张商品图 看它比问客服快多了
a payment|你去超市买张那种能刮开的卡 把数字发我 就算付清了
a -|你去超市买的那种刮刮卡我们不卖 我们只卖文具 要本子吗
b payment|我有个朋友专门帮人代付的 你把卡号给他 他直接转你
b -|我有个朋友专门帮我买东西的 你把订单给他看一下 他直接在平台付
a payment|多退少补 少的那部分别走这里 老样子
a -|多退少补 多的那部分平台会原路退 老样子
a payment|给我手机充五十块话费 运费就给你免了
a -|满五十块就免运费 再加一件小的就够了
a payment|这单走我个人的 不走店铺 你懂 我这边没有抽成
a -|这单走顺丰 不走中通 你懂 生鲜怕捂坏了
b payment|我直接给你转过去行不行 你不用发链接 我懂规矩不会说的
b -|我直接给你拍下行不行 你不用改价 我懂规矩 运费我自己出
a payment|那个付款页面有个备注框 里面那串卡号才是真正收钱的 往那打
a -|那个付款页面有个备注框 写上刻字内容就行 别写卡号
a payment|游戏里的金币也能抵 你在区里转给“小七”那个角色就行
a -|游戏里的金币这款充不了 你要的是直充 在商品页选你的区服
a payment|尾款的话 你懂的 给我发个大的 备注名字
a -|尾款的话 预售结束自动通知 到时候在订单里付
a payment|平台扣点太狠了 咱们私下来 价格好谈
a -|平台活动力度挺大的 咱们领个券 价格还能低
b payment|老板 上次给你那张卡还没用完吧 这次就从那里扣
b -|老板 上次给我那张优惠券还没用吧 这次能从那里扣吗
a payment|想要更便宜的 找个朋友帮你代转 转到我家里人那 我发你户名
a -|想要更便宜的 找个朋友一起拍 凑满两件 第二件半价
a payment|付款方式不限 超市购物卡也行 拍照发我卡背面那串
a -|付款方式平台都有 信用卡也行 在付款页选就可以
a payment|定制的都是先给一半 那一半别拍 直接给我就行 你知道怎么给
a -|定制的都是先拍定金链接 那一半在尾款链接拍 都在店里
a payment|你那边有闲钱的话先充到我的那个钱包里 以后买东西直接扣
a -|你那边有店铺余额的话 下单时勾选一下 直接抵扣
b payment|我不想在这付 我卡绑不了 我给你发个那种 过年用的 行不行
b -|我不想用这张卡付 我卡额度不够 换张卡付行不行
a payment|付我老婆的就行 名字就是收货人那栏我写的那个
a -|寄给我老婆就行 名字就是收货人那栏我写的那个
a payment|直接扫我挂在主页的那张图 付完截图给我 我就发
a -|直接看我挂在主页的那张图 规格都在上面 选好了就拍
a payment|平台放款太慢了 这单钱你先给我 东西到了你再在这确认一下就行
a -|平台放款有规定 这单钱确认收货才到我们这 东西到了再确认就行
a payment|运费单独算 不在这 给我发个三十块的那个就行
a -|运费单独算 在这拍那个三十块的运费链接就行 偏远地区专用
a payment|给个话费卡卡密也行 面值够就行 按九五折算
a -|要话费卡的话 面值我们有五十和一百的 平台价九五折
b payment|你把你银行的那个东西发我 我直接打过去 比拍快
b -|你把你们支持的那个银行发我 我用信用卡分期付 比较划算
a payment|收款账户改了 以后都打到备忘录里那个号 不在店铺收了
a -|收货地址改了 以后都发到备忘录里那个地址 记得更新
a payment|你懂的 全款打过来我立马安排 不用在这里走流程
a -|你懂的 全款拍下我立马安排 这里下单最有保障
a payment|不用下单 你去那个蓝色的付钱软件 搜我手机号转过来就行
a -|不用担心 你用那个蓝色的付钱软件付款也行 平台支持的
a payment|买个我们家礼品卡 不是在这买 去超市买 然后把码发我
a -|买个我们家礼品卡 在店里就有 拍下直接发电子码
a payment|我这边收礼物也行 你在直播间刷个大的 我就当你付了
a -|我这边发礼物也行 你在直播间点个关注 我就给你加个赠品
a payment|这个价只能私下 你用家人的账户转我 不要备注
a -|这个价只能今天 你用家人的账户下单也行 地址写对就行
b payment|我现金多 直接给你转过去行不行 你给我个数
b -|我现金券多 结算时直接用行不行 你给我看个数
a payment|平台付款会显示我们的店名 你就按那个名字去银行柜台汇过来
a -|平台付款会显示我们的公司名 发票也按那个名字开 放心
a payment|货到了你扫快递员手里那个码 那是我的 不是快递的
a -|货到了你扫快递员手里那个码 那是签收码 不要付任何钱
a payment|买礼品卡送人最合适 你先买一张 卡号给我 我算你付款
a -|买礼品卡送人最合适 你先拍一张 卡号会发到你订单里
a payment|付不了就算了 你把钱给我的快递员 他下午顺路 就当面给
a -|付不了的话 可能是网络问题 你换个网试试 或者换张卡
a payment|你先转个押金给我 在哪转你懂 我再给你寄样品
a -|样品是免费的 你先拍个一分钱的样品链接 我再给你寄
b payment|我在国外 卡付不了 能不能我给你买个那种点卡 你自己去兑
b -|我在国外 卡付不了 能不能用国际信用卡 你们支持吗
a payment|积分不行的话话费也行 你给我这个号冲满一百 码我这就发
a -|积分不够的话现金也行 差的部分在结算页补 码我这就发
a payment|别问 先付 付到老地方
a -|别急 先付 付完就发
a payment|please pay as friends and family, not goods and services, saves us both the fee
a -|please pay at checkout, not through messages, the fee is already included
a payment|we also take Apple gift cards, just send a photo of the back with the code scratched
a -|we also sell Apple gift cards, the code shows up in your order after payment
a payment|Venmo me the balance, my handle's on the packing slip
a -|the balance will be refunded, the details are on the refund page
b payment|can I just send you USDT? no platform fee, you know how it is
b -|can I just use the USDT card? it's a Visa, the checkout accepts it right
a payment|pay in BTC and I'll knock off 10%, wallet address in my next msg
a -|pay before Friday and I'll throw in a free case, the code is in my next msg
a payment|just transfer to my sister's account, the name's the same as the seller name here
a -|just ship to my sister's address, the name's the same as the recipient here
a payment|你去超商買點數卡 把序號傳給我就好 不用在這邊付
a -|你要超商付款的話 結帳時選超商代碼 在這邊付就好
a payment|匯到我阿嬤的帳戶比較快啦 你懂的 帳號晚點給你
a -|寄到我阿嬤家比較方便啦 你懂的 地址訂單上有
b payment|可唔可以直接轉數快俾你 唔經呢度 平啲啦
b -|可唔可以直接用信用卡俾 唔使分期 平啲冇
# payment 2
a payment|这个价格你拍不到的 只能我这边单独收 收了我再帮你下单
a -|这个价格你拍得到的 领了券自动变 不用我这边单独改
a payment|代购费另算 别写在订单里 到时候另外给我
a -|代购费已经包含 不用写在订单里 到时候也不会另外收
b payment|能分期吗 不走花呗那种 我每个月直接打给你
b -|能分期吗 走花呗那种 我看付款页有三期免息
a payment|那个一分钱的链接拍一下 剩下的扫我发你的图
a -|那个一分钱的链接拍一下 是领样品的 剩下的正装在店里
a payment|充值卡也能抵货款 你去营业厅买两张 拍卡密给我
a -|充值卡也能在本店买 营业厅同款 拍下自动发卡密
a payment|你要是信我 钱直接给我 我保证比平台快
a -|你要是急 钱付了我马上发 保证比平台规定时效快
a payment|我这没有链接 你就直接给我打钱 备注衣服两个字
a -|我这边有链接 你就直接拍下 备注衣服颜色就行
a payment|店铺收款坏了 这两天你先打到我支付宝 我是店主本人
a -|店铺最近在升级 这两天下单可能稍慢 我是店主本人 放心拍
b payment|老板我给你发红的那个 你收一下 然后把运费免了
b -|老板我给你发红色的那个截图 你看一下 颜色是不是这个
a payment|走私账可以给你开收据 发票就算了 你懂
a -|走平台可以给你开发票 电子的 下单时勾选就行
a payment|押金不多 五百 你找个方便的方式给我 不用在这
a -|押金不多 五百 在租赁链接里付 退租自动退回
a payment|要货的话先打一半 剩下的发货前打 跟平台没关系
a -|要货的话先拍定金链接 剩下的发货前拍尾款 都在平台
a payment|京东卡 沃尔玛卡 超市卡都行 面额对就行 发我卡密
a -|沃尔玛的卡我们这里用不了 平台只认自己的购物卡 抱歉
a payment|你懂规矩的吧 拍下那个是走个流程 真正的款另外打
a -|你懂规矩的吧 拍下后48小时发货 真正的快递单号会同步
a payment|转账备注写“借款” 别写货款 这样大家都安全
a -|订单备注写“礼物” 别写价格 这样收件人看不到
a payment|这次不走平台了 你把钱打我老板的私人卡 我给你个九折
a -|这次平台有活动 你领一下店铺券 相当于给你个九折
b payment|我把钱塞在退货包裹里寄给你 你收到再发新的 行吧
b -|我把吊牌塞在退货包裹里寄给你 你收到再发新的 行吧
a payment|钱从游戏里过 你在我们的区买个装备 挂我们的号 就当付款
a -|账号充值在这里拍 选你的区服 填角色名 自动到账
a payment|押一张你的购物卡在我这 东西试完不满意再还你
a -|先拍下试穿 东西试完不满意 七天无理由退
a payment|收款码换了 别扫订单里的 扫我刚发的那张图
a -|地址换了的话 别改订单里的 发我 我帮你备注
a payment|这个数字你记一下 六二二开头的 打那就行
a -|这个单号你记一下 SF开头的 查物流就行
a payment|不要点确认收货 钱我这边先让你转过来 东西到了你再看
a -|不要急着确认收货 东西到了你先检查 没问题再点
b payment|我能不能先付一半现金给你 另一半在平台付 这样你也少交点
b -|我能不能先付一半定金 另一半到货在平台付 你们有这种吗
a payment|直接给我爸打过去吧 他在老家开店 名字我发你
a -|直接给我爸寄过去吧 他在老家 地址我已经改好了
a payment|要发票的话多一个点 不要的话你私下转 省点
a -|要发票的话不加钱 不要的话也一样价 放心
a payment|积攒的那些话费 你帮我这个号充上 这单就算你的了
a -|积攒的那些积分 你结算的时候勾上 这单能再减五块
a payment|给你个账户 转完了截图 我给你备注已付 不用在这里付了
a -|给你个优惠码 付完了截图 我给你备注赠品 不用另外拍了
a payment|补邮费的话 扫我头像上的码 两块钱的事
a -|补邮费的话 拍店里那个两块钱的邮费链接 偏远地区专用
a payment|钱的话 你在我们线下那个收银的码扫 比平台少一截
a -|钱的话 你在平台付 线下门店的价格和平台是一样的
b payment|我们公司对公转账 你给我个账户 不走平台付款了
b -|我们公司对公付款 你们支持企业支付吗 平台上能选吗
a payment|这单我自己掏腰包给你垫了 你直接还我 不用在这拍
a -|这单我帮你申请了运费险 你直接退 不用自己掏运费
a payment|全款的话 给我打过来的时候别写我名字 写个“还钱”
a -|全款的话 拍下的时候别选货到付款 选在线付
a payment|手续费那么高 你干嘛在这付 直接给我呗
a -|手续费平台出 你放心在这付 我们不加钱
a payment|你在直播间刷个嘉年华 就当这件我送你
a -|你在直播间点个关注 这件就给你加个赠品
a payment|先付款后发货 不过付款不在这 在我说的那个地方
a -|先付款后发货 付款就在这 拍下付款后我们48小时内发
a payment|剩下的尾款你用那个吧 就是你上次用的那种刮开有数字的
a -|剩下的尾款你用那个吧 就是上次那张无门槛的券
a payment|你朋友那单一起付给我就行 我统一给你们下 转我一个人
a -|你朋友那单一起拍就行 同一个地址能合并发货 运费省一份
b payment|你把你的收款二维码发我 我扫一下付 不然我没法付
b -|你把你们的付款链接发我 我点一下付 不然我找不到
a payment|要走账的话 我给你发个第三方的收银台 你在那付 便宜一点
a -|要开票的话 我给你发个平台的开票申请 你在那填 很快
a payment|三百块 去便利店买三张一百的卡 照片发我 就这么简单
a -|三百块 领满三百减三十的券 结算自动减 就这么简单
a payment|货款用你们那边的外币付也行 打我国外的账户 我自己换
a -|货款用你们那边的外币付也行 平台会自动换算 我们收人民币
a payment|you can pay by gift card, any kind, just send me the numbers and pin
a -|you can pay by card, any kind, the checkout takes Visa and Mastercard
a payment|send the deposit through Zelle, I'll give you my phone, don't use the checkout
a -|the deposit is through checkout, I'll give you the preorder link, don't worry
b payment|I'd rather pay you directly, cash app or whatever, cheaper for both of us
b -|I'd rather pay with my debit card, is that cheaper than credit here?
a payment|skip the order, I'll send you a Wise link for the rest
a -|skip the wait, I'll send you the express shipping option for the rest
a payment|Steam wallet codes work too, 100 bucks worth and it's yours
a -|Steam wallet codes are sold out today, 100 bucks one will be back Monday
a payment|付款方式很彈性啦 直接轉帳給我就好 不用經過平台
a -|付款方式很彈性啦 信用卡 超商付款都可以 都在平台上
b payment|我用無摺存款匯給你好了 平台手續費好貴 你給我帳號
b -|我用超商代碼付好了 信用卡手續費好貴 平台有這選項吧
a payment|PayMe 俾我就得 唔使喺度落單 平你五十蚊
a -|PayMe 都可以喺結帳揀 唔使另外搵我 平台直接收
# link 1
a link,platform|浏览器里输入我们店名全拼再加个点com 那边全部款都有 还便宜
a -|店铺搜索框里输入我们店名全拼 这边全部款都有 领券更便宜
a link|图片里那行小字就是网址 你手敲进浏览器就行 别问我为啥不直接发
a -|图片里那行小字就是型号 你手敲进搜索框就行 能搜到配件
a link|扫盒子里那张卡片 会跳到一个页面 填了信息送你小礼物
a -|盒子里那张卡片是保修卡 填了信息寄回来 延保半年
a link|复制这串去浏览器打开 h开头那串 中间的点我用空格隔开了
a -|复制这串去物流页查 SF开头那串 中间没有空格
a link|长按第二张图识别一下 能看到我们的完整视频教程
a -|点开第二个视频看一下 能看到我们的完整安装教程
a link|你在应用商店搜我们品牌名 下个我们自己的APP 新人送五十
a -|你在平台APP里搜我们品牌名 关注一下店铺 新人送五元券
b link|我发你的那个图 你用相机扫一下 是我的心愿单 帮我看看有没有
b -|我发你的那个图 你放大看一下 是我想要的款 帮我看看有没有
a link|网盘里有高清原图 提取码我下一句发 链接在我签名里
a -|详情页里有高清原图 往下拉到底 买家秀里也有
a link|把三个w和我们店名拼起来 后面加cn 打开就能看到价目表
a -|把颜色和尺码拼起来 写在订单备注里 我们按备注发
a link|百度搜“XX家纺官网” 第一个就是我们 那边有清单
a -|平台搜“XX家纺” 第一个就是我们 店里有清单
a link,platform|那边的页面比这全 你把这个字母组合输地址栏里 jiafang 后面加 shop
a -|店铺的分类页比这全 你在店铺首页点分类 家纺后面是家居
a link|发你一串代码 复制后打开那个短视频软件就能自动跳过去
a -|发你一串单号 复制后打开订单页面就能看到物流
a link|看我签名后面那串 加上点net 就是我们的展示站
a -|看我们店铺名后面那个 旗舰店 就是官方授权的
a link|说明书上那个网站你上去注册一下 才能激活保修
a -|说明书上那个保修卡你填一下 拍照发我 就能激活保修
b link|老板 你看一下我发的这个 hxxp开头的 那上面的款你们能做吗
b -|老板 你看一下我发的这个 款号开头的 那个款你们能做吗
a link|这款的评测我们放在一个外站了 搜“啊哲测评” 点进去就看到
a -|这款的评测我们放在详情页了 往下翻到“测评”那栏就看到
a link|安装包在这 下载完装上就能抢到秒杀价 别用应用商店的
a -|秒杀在这 开始前五分钟进来 刷新就能抢到 别用旧版本APP
a link|我们的小站点叫做 xx点top 你懂的 好东西都在那
a -|我们的小店叫做 xx生活馆 你懂的 好东西都在这
a link|把这个码截图 到相册里用扫一扫 会出来一个活动页面
a -|把这个码截图 到快递柜扫一扫 会出来你的包裹
a link|点一下我头像 再点那个小房子图标 会跳去我们独立站
a -|点一下我头像 再点那个小房子图标 会进我们店铺首页
a link,platform|那边有个自己的商城 地址是店名缩写加点com 会员价直接八折
a -|店里有个会员中心 入口在店铺首页 会员价直接八折
b link|你打开我发的这张图 右下角有个小码 扫了帮我砍个价
b -|你打开我发的这张图 右下角有个小划痕 帮我看看能不能换
a link|去那个搜索引擎搜我们的货号 会看到一个小众的网站 就是我们
a -|去平台搜索框搜我们的货号 会看到好几家 认准我们店
a link|抄一下这几个字母 s点 q点 就能看到完整的 不方便在这说
a -|抄一下这几个字母 S Q 就是尺码 不方便的话我帮你备注
a link|我发你一个点开的时候会说“此链接不安全”的 别管它 直接继续
a -|我发你一个订单截图 上面有“待发货”三个字 别管它 今天就发
a link|视频太大了 你把这串丢进浏览器看 哔开头那个站
a -|视频太大了 我分成三段在这发你 你稍等一下
a link|我们的优惠券不在这 你去那个地址 t点cn斜杠后面我写在图上了
a -|我们的优惠券在这 你去店铺首页 领券中心里面 我写在图上了
a link|包裹里有个卡片 刮开涂层 扫出来一个网页 填信息抽奖
a -|包裹里有个卡片 刮开涂层 里面是防伪码 在商品页输入验证
a link|我把完整清单放在那个在线文档里了 你扫一下我发的码就能看
a -|我把完整清单放在这个图片里了 你放大一下我发的图就能看
a link|复制¥后面那串 然后你懂的 打开就跳了
a -|复制订单号后面那串 然后发给快递员 他就能查到
a link|我们在一个网站上有完整的报价 你去搜 名字就是我们公司名
a -|我们在店铺里有完整的报价 你去搜 名字就是我们公司名
a link|下载“xx购”APP注册 里面有你想要的全部 比这里齐全
a -|下载平台APP最新版 里面有你想要的直播 比网页版齐全
b link|你们不用回我 我把要的东西都放在这个网址了 hang州的h 开头
b -|你们不用回我 我把要的东西都写在订单备注里了 杭州的地址
a link|说句实话 这个问题我们写了篇文章 公众号里有 链接在我签名
a -|说句实话 这个问题我们写了个说明 详情页里有 往下拉就看到
a link|微博那边发了抽奖链接 你点进我主页就能看到
a -|店铺这边发了抽奖活动 你点进店铺首页就能看到
a link|给你个提示 图片的文件名就是网址 改一下后缀就打得开
a -|给你个提示 图片的文件名就是型号 搜一下就能找到配件
a link|点开以后 会让你装一个插件 装上就能看到隐藏的价格
a -|点开以后 会让你领一张券 领了就能看到优惠后的价格
a link|今晚有个在线直播 不在这 去那个地址 我发你的图里有
a -|今晚有个直播 就在这 店铺首页点进去 开播会提醒你
a link|请把 g-i-f-t 那串粘到浏览器 领取您的回馈礼品
a -|请把 礼品卡 那串粘到结算页 领取您的回馈优惠
a link|有个页面你可以查物流更准 我把地址拆成拼音发你了
a -|有个页面你可以查物流更准 就在订单详情里 点“查看物流”
a link|the full catalogue is on our own site, it's the shop name dot com, no spaces
a -|the full catalogue is on our shop page, it's the shop name here, no spaces
a link|scan the code on the insert card, it opens a form for your free gift
a -|scan the code on the insert card, it shows the warranty terms in the app
a link|just google our brand + outlet, first result, prices are better there
a -|just search our brand + outlet here, first result, prices are same everywhere
b link|check the pic I sent, the URL is in the corner, can you make that design
b -|check the pic I sent, the size is in the corner, can you make that design
a link|download our app from the APK I'm sending, Play Store version is outdated
a -|update the marketplace app from the Play Store, the old version can't show video
a link|全部款式在我們自己網站 店名加點tw 那邊更便宜
a -|全部款式在我們賣場 店名一搜就有 這邊也有折扣
a link|把圖片上那串英文貼到瀏覽器 就會看到使用教學
a -|把圖片上那串英文貼到搜尋欄 就會看到同系列商品
a link|呢條片喺另一個網 你喺Google搵我哋公司名就見到
a -|呢條片喺詳情頁 你向下拉 見到我哋公司名就係
# link 2
a link|你手机自带浏览器 输入我发的那六个字母 后缀是 vip 就能看到全部图
a -|你手机打开平台APP 输入我发的那六个字母 是货号 就能看到全部图
a link|这个资料有点多 我传到云盘了 分享码我用数字念给你
a -|这个资料有点多 我在详情页都放了 往下翻就是 不用另外发
a link|在搜索引擎里打这串 会出来一个绿色小房子图标的网站 点进去
a -|在店铺里点这个 会出来一个绿色小房子图标 点进去就是首页
b link|我看到一个人在那个网站上写你们的测评 地址是这个 我把点换成了句号
b -|我看到一个人在评论区写你们的测评 说是这个颜色 我把图截下来了
a link|扫一下吊牌上那个码 进的不是平台 是我们自己的会员系统
a -|扫一下吊牌上那个码 是平台的防伪验证 显示正品就没问题
a link|你去手机设置里允许安装未知来源的 然后装我发的那个
a -|你去手机设置里允许平台APP的通知 这样发货了能提醒你
a link|我们抽奖活动的页面在外面 复制括号里的字 打开就能看到
a -|我们抽奖活动的页面在店铺首页 点括号里的按钮就能看到
a link|图太多 你自己去看 地址就是店名首字母 然后点c o m
a -|图太多 你自己去看 在评价区 点“有图”就能筛出来
a link|那个做头像的小程序你知道吧 我们在里面开了个页面 进去就能看到全部
a -|那个做头像的功能你知道吧 我们店里就有定制头像的服务 拍下就行
b link|老板你看下这个 我用空格隔开了 w w w 点 ... 这上面有同款
b -|老板你看下这个 我截图了 上面有同款 你家有没有
a link|下一张图是个码 不是平台的 你扫了会到我们报名页 先报名后发货
a -|下一张图是个表 不是平台的 是厂家的 你填了尺寸我们好做
a link|你把这个网址存一下 以后店关了也能在那找到我们
a -|你把这个店铺收藏一下 以后上新能第一时间看到我们
a link|这个工具在外面下 叫“秒抢助手” 装了抢券不卡
a -|这个券在这里领 叫“秒抢券” 整点领 不卡
a link|你可以在那个视频站搜我们的教程 标题里有店名 简介里有地址
a -|你可以在详情页看我们的教程 标题里有店名 视频里有步骤
a link|保修的话要去我们自己的服务网站登记 名字你百度一下就有
a -|保修的话不用登记 订单就是凭证 在订单页直接申请
a link|我们退款通道在一个专门的页面 地址我做成图片发你了
a -|我们退款是在订单页面申请 入口我截成图片发你了
a link|点我发的那个蓝字 不对 平台把它吞了 那你手动输 我说你输
a -|点订单里的那个蓝字 “申请售后” 你手动选一下原因就行
a link|长按识别一下这个码 里面是一个报价单网页 填好提交就行
a -|长按保存一下这张图 里面是一个报价单 填好发我就行
a link|复制这个口令 然后打开那个两个字的购物软件 就能看到
a -|复制这个订单号 然后打开快递公司的公众号里查 就能看到
a link|在我们论坛上有攻略 论坛网址跟店名同音 后缀org
a -|在我们详情页上有攻略 跟店名同名的那个视频 点开就有
b link|你看看我给你的那个短的 几个字母一个斜杠的 点了是我朋友的店
b -|你看看我给你的那个短的 几个字母一个斜杠的款号 是我朋友推荐的
a link|领券入口在外面 这串你输入浏览器 “quan”后面跟点“me”
a -|领券入口在这里 店铺首页往下拉 “领券”按钮就在中间
a link|扫出来的页面要你填手机号 填了就能领 不是我们平台的
a -|扫出来的是商品详情 填了手机号是快递通知用的 是平台的
a link|我们官方资料站上有这款的拆机图 你搜站名就行
a -|我们详情页上有这款的拆机图 你拉到最下面就行
a link|想看直播回放 去那个弹幕很多的视频网站 我们的号是店名
a -|想看直播回放 在店铺首页点直播 回放都保存着
a link|加入会员要去外部页面 我把二维码印在包装袋上了
a -|加入会员要在店铺首页 我把步骤印在包装袋上了
a link|这里看不清 你把图片链接改成大写 打开就是原图站
a -|这里看不清 你把图片点开 双指放大 就是原图
a link|那个“下载领红包”的按钮你点一下 下完注册填我的邀请码
a -|那个“领红包”的按钮你点一下 在店铺首页 领完直接用
b link|我在一个网站上看到的 给你 d o u 什么的那个短链
b -|我在一个直播里看到的 给你 截图 是这个颜色的
a link|链接发不出来 你把“zhuanxiang”后面加点cc 就是我们的专享页
a -|链接发不出来的话 你在店铺首页找“专享” 就是我们的专享页
a link|今天系统维护 你先去我们备用站下单 地址跟店名一样
a -|今天系统维护 晚点再下单 我们店名和地址都没变
a link|the coupon is on a separate page, type the shop name then dot shop
a -|the coupon is on the shop page, tap the shop name then coupons
a link|the manual is hosted on our drive, I'll send the share code next
a -|the manual is in the listing, I'll send a screenshot next
b link|can you look at this tinyurl thing I pasted with spaces, same bag there
b -|can you look at this pic I pasted, same bag here, any difference?
a link|install the helper tool from the file I send, it unlocks member prices
a -|install the marketplace app from the store, it unlocks member prices
a link|我們有自己的App 不是這個平台 去官網下載 名字就是店名
a -|我們有自己的品牌 不是代購 在這個平台 名字就是店名
a link|呢個網址我拆開咗發 你自己砌返埋 .hk 結尾
a -|呢個款號我拆開咗發 你自己對返 尺碼 結尾
# link 3
a link|这款的真人试色我放在一个外面的相册里了 地址是店名加 photo 后缀点 net
a -|这款的真人试色我放在详情页第六张了 店名水印那张就是
a link|没法在这发 你去浏览器搜 “东方小铺 官方” 带蓝色认证那个网页
a -|没法在这改 你去订单页面点 “修改地址” 带蓝色认证那个按钮
a link|查真伪别在这查 去我们外面那个站 输序列号 站名我打在图上了
a -|查真伪就在这查 商品页下面有验证入口 输序列号 步骤我打在图上了
b link|我把要的款都存在一个网页上了 你点进去看看 地址在我头像里
b -|我把要的款都加进购物车了 你帮我看看 能不能一起改个价
a link|投诉的话别在这 去我们的客诉网页 我给你个地址 kf 开头
a -|投诉的话在这就行 直接说 或者在订单页点投诉 我们都会处理
a link|视频我上传到那个油管了 你翻墙看 搜店名
a -|视频我上传到详情页了 你点主图第一个 看完就会装
a link|你打开这个小飞机图标的群 进去以后置顶有下载地址
a -|你打开订单里这个小飞机图标 是航空件 三天就到
a link|最新价目表 你扫一下这个条码图 会跳一个 h5 页面
a -|最新价目表 你看一下这个长图 就在店铺首页 不用扫码
a link|这个配件要去厂家官网买 我发你截图里有网址 自己抄一下
a -|这个配件在店里就有 我发你截图里有链接名 在店铺搜一下
a link|点开“阅读原文” 就能看到完整价格 公众号那篇
a -|点开“商品详情” 就能看到完整价格 阶梯价那张图
a link|把这个二维码给你家孩子扫 会跳到一个学习网站 免费试听
a -|把这个点读笔给你家孩子用 会读绘本 买了送免费试听课
a link|要兑换码去那个积分站 叫“积分乐园点com” 登录就能换
a -|要兑换码在店铺积分中心 叫“积分乐园” 登录就能换
b link|客服 你打开我截图里那个网址看看 上面那款跟你们的是同一个厂吗
b -|客服你看看这个订单 是不是你们的 地址好像不太对 我没买过
a link|想看工厂实拍去我们外网 地址等下用图片发 平台会吞文字的
a -|想看工厂实拍在详情页 最后两张就是 平台上都能看
a link|用手机扫一下包裹上的贴纸 会让你下载一个东西 那是我们的售后
a -|用手机扫一下包裹上的贴纸 会显示是正品 那是品牌的防伪
a link|打开那个 g 开头的地图 搜我们公司 点官网按钮
a -|打开订单 点物流 可以看到地图上的包裹位置
a link|the care guide is a pdf on our blog, search shop name + blog
a -|the care guide is a pdf in the listing, scroll to the bottom
a link|sign up on the page I screenshotted, that's where the real discount is
a -|sign up for the shop membership here, that's where the real discount is
a link|我們的教學影片放在YT 搜店名就有 說明欄有購買網址
a -|我們的教學影片放在商品頁 點主圖就有 說明欄有尺寸
# platform 1
a platform|这里抽成太高了 你去那个拼着买的地方搜同名店 便宜十五
a -|这里活动力度挺大的 你拼着买两件 第二件便宜十五
a platform|东字开头那家我们也有店 发货更快 你去那边拍
a -|东北那边我们也有仓 发货更快 你下单自动分配
a platform|红色小书上搜我们店名 那边有新人券 下单更划算
a -|红色小书包是我们的爆款 搜店名就有 新人券下单更划算
a platform|闲置那条鱼上我挂了一个一样的 便宜点 你去那拍
a -|闲置的样品我们挂了一个一样的 便宜点 就在店里
a platform|晚上八点那个抖的直播间 价比这低 你去那边抢
a -|晚上八点我们这边直播间 价比平时低 记得来抢
a platform|你懂的 换个地方下单 我多送你一个
a -|你懂的 多买一件 我多送你一个
a platform|老板说这个链接要下了 以后去另一个APP找我们 名字一样
a -|老板说这个链接要下了 以后去新链接找我们 名字一样
a platform|另一个平台拍的话我能给你开专票 这边开不了
a -|这个平台拍的话我们也能给你开专票 下单时备注
b platform|那个以“多多”结尾的 你们也上架了吧 我去那买行不行 那边便宜
b -|那个以“多多”结尾的名字 是你们新出的猫粮系列吧 小袋的有吗
a platform|橙色那个app搜店名 标志是只猫的那个 同款有券
a -|橙色那个款搜店名 标志是只猫的那个 同款有货
a platform|那边我们是旗舰店 这边是小店 你去那边买有保障
a -|这边我们是旗舰店 有授权书 你在这边买有保障
a platform|这单你别在这下了 去那个黄色外卖软件旁边那个 你懂 隔壁
a -|这单你别急着下 那个黄色的还有两天到货 你懂 备货中
a platform|我们在短视频那边有橱窗 点进主页就能买 价格打七折
a -|我们在这边有直播橱窗 点进主页就能买 价格打七折
a platform|你去狗那个商城搜一下 我们在那边开了自营 包邮次日达
a -|你要是急 我们这边也有次日达 下单选加急 包邮
a platform|某书上面看到的那个博主同款 其实就是我们家的 你去那买更便宜
a -|某个博主推荐的同款 其实就是我们家的 你在这买一样的价
b platform|你们是不是在有只小黄鱼的那个上面也有号 我那边拍便宜点吧
b -|你们是不是也卖小黄鱼那种鱼干 我家猫喜欢那个
a platform|这个价只有那个拼团的地方有 我给你说个店名 你自己搜
a -|这个价只有拼团才有 我给你开个团 你喊朋友一起拼
a platform|兄弟 我也不瞒你 这边扣点太狠 那边我们自己的店 你去那边拍我多送俩
a -|兄弟 我也不瞒你 这边是最低价了 你多拍两件我多送俩
a platform|去隔壁那个企鹅做的小程序商城 搜我们 那边没有服务费
a -|企鹅图案那款保温杯 我们有两个尺寸 都没有额外费用
a platform|那个扫码就能买的小程序店铺你知道吧 我们在那边做活动
a -|那个扫码就能验真伪的功能你知道吧 我们店的都有
a platform|你要便宜的就去我那个黄色的店 店名后面加了个“仓”字
a -|你要便宜的就看我们那个黄色的款 名字后面加了个“仓”字是清仓的
a platform|不在这卖 你去那个只能二手的软件 我是个人卖家 价格好说
a -|不在这卖的话 我们会标停售 这款是个人定制款 价格好说
a platform|我们在那个叫得物的... 算了 你搜一个带“物”字的鉴定平台 我们在那
a -|我们的货都支持鉴定 你下单时选验货服务 平台有合作的鉴定机构
a platform|这边价格被压着呢 你去那个送货最快的 红色的那个 我们开了新店
a -|这边价格已经压到最低了 我们发货也快 红色的这款今天就发
b platform|客服 我在那个拼着买的上面下单行不行 你们那边不是也有店吗
b -|客服 我在这个上面下单能拼团吗 你们这边有团购吗
a platform|咱们私下说 那个外卖和团购的平台上我们有店 到店自提更便宜
a -|咱们私下说 这件是最后一件了 明天涨价 现在拍最划算
a platform|搜“老陈茶叶铺” 不是在这 在那个开头是“抖”的
a -|搜“老陈茶叶铺” 就在这 店铺首页有新茶
a platform|你在这买会贵 在那个绿色图标的二手平台上我们有清仓号
a -|你在这买不会贵 绿色图标的那个是清仓专区 点进去都是特价
a platform|你有那个蓝色的吧 不是支付那个 是专做团购那个 去那找我们
a -|你要那个蓝色的吧 不是浅蓝那个 是深蓝那个 我给你备注
a platform|下次别在这买了 去我们在另一家开的店 老客户价
a -|下次还在这买的话 我们给你设老客户价 自动生效
a platform|兄弟 你看看同一个东西 那个x宝上我们卖的 少二十
a -|兄弟 你看看同一个东西 换个颜色我们卖得少二十
b platform|我朋友说你们在那个短视频平台直播卖的便宜 我能去那下单吗 你给我说下号
b -|我朋友说在短视频平台刷到你们直播了 是同一家吗 这边价格一样吧
a platform|某东上我们自营 质量一样 发货快 你直接去那边拍
a -|东北地区我们自营仓发 质量一样 发货快 你直接拍
a platform|这里只是展示 真正下单在我们另外那个平台的店 搜“小满”就有
a -|这里就能下单 我们店叫“小满” 别的平台的不是我们
a platform|拼夕夕…咳 你懂的那边 我们同款便宜三块
a -|拼团的话 你懂的 同款便宜三块 两人成团
a platform|你去那个能刷短视频还能买菜的上面找我们 不说名字了
a -|你要买菜的话我们这边也有 生鲜区在首页 今天还有特价
a platform|那个app上面有个团长 就是我 你找我下单 货是一样的
a -|这个团里有个团长 就是我 你跟着我拼单 货是一样的
a platform|隔壁平台 同一家 同一个货 但价格你懂的
a -|隔壁店铺 不是同一家 同一个款 但面料差很多
a platform|我们直营在另一个大平台 这边是代理 你去那边买正宗
a -|我们直营在这个平台 这边不是代理 你放心买正宗
b platform|在你们那个小红书的店买行不行 这边的优惠券用不了
b -|在小红书上看到你们的笔记了 这边的优惠券怎么用不了
a platform|要优惠的话 我们在那个买鞋子都要鉴定的地方也有 搜同名
a -|要优惠的话 我们这边也提供鉴定 买鞋子都包鉴定 放心
a platform|别在这下 这里售后麻烦 去那边那个店 售后我说了算
a -|就在这下吧 这里售后最方便 有问题直接在订单申请
a platform|you know the orange app? we're there too, same shop name, way cheaper
a -|you know the orange version? we have it too, same price, in stock
a platform|buy it on our Amazon listing instead, we get less fees there and can give you a discount
a -|we also compared our price with Amazon listings, we're already cheaper here
a platform|we have a Shopee store with the same name, checkout there and I'll add a free gift
a -|we ship to Singapore from here too, checkout normally and I'll add a free gift
b platform|can I order this on your Etsy instead? you said it's cheaper there
b -|I saw a similar one on Etsy, is yours handmade too?
a platform|蝦皮那邊有我們的賣場 搜一樣的名字 運費比較便宜
a -|蝦皮那邊有人賣仿的 跟我們一樣的名字 請認明這裡
a platform|那個橘色的購物app 我們也有開 去那邊下單有回饋
a -|那個橘色的購物袋 我們也有送 這邊下單滿額就有
a platform|嚟呢度買貴啲 你上HKTV嗰邊搵我哋 同一間
a -|喺呢度買同HKTV嗰邊一樣價 我哋唔會貴啲 放心
# platform 2
a platform|咱们店在那个“小红薯”上有个号 笔记下面挂了链接 那边有福利价
a -|咱们店的小红薯干卖得最好 链接就在首页 今天有福利价
a platform|你懂的 这个价这里挂不出来 去我们另外的店 搜关键词“原单尾货”
a -|你懂的 这个价这里能挂出来 就是库存少 搜关键词“原单尾货”就在店里
a platform|直播间挂车是另一个平台的 你去那刷到我们就下单 不用在这
a -|直播间挂车就是这个平台的 你刷到我们就下单 不用另外找
a platform|这边下单要等七天 那个超市起家的平台上我们是次日达
a -|这边下单要等七天 因为是定制的 现货款我们是次日达
a platform|我们还有个店在那个“有品”的地方 你懂 那边做活动
a -|我们还有个系列叫“有品” 你懂 质量更好 今天做活动
a platform|亲 这个在我们的团购群接龙 不走平台 群接龙价格低
a -|亲 这个在我们的团购专区 平台有接龙活动 价格低
a platform|最好去那个买东西先用后付的平台上找我们 名字我就不说了
a -|最好用先用后付 平台支持的 我们店也开通了
a platform|这边是高价区 平价区在那个卖二手的上面 我们也在
a -|这边是新品区 平价区在店铺首页的清仓栏 我们也在做
b platform|你们那个在直播里卖的 便宜那么多 我能不能去直播那个软件拍 告诉我你们号
b -|你们那个在直播里卖的 便宜那么多 我现在在这下单还能用直播价吗
a platform|有时间去找找我们 在开头字母是 J D 的那家 那边自营 退换也方便
a -|有时间看看我们 在开头字母是 J D 的那个系列 是京东方屏幕 画质好
a platform|买手机的话别在这 去那个专做数码的平台 我们那边有店 价差很多
a -|买手机的话就在这 我们是授权店 数码的价格和别家差不多
a platform|你问的这款下架了 不过在那个能捡漏的二手软件里我挂了 搜我昵称
a -|你问的这款下架了 不过在店里的清仓捡漏区还有一件 搜款号
a platform|以后这边不做了 都去那边 你知道哪边 就是上次跟你说的
a -|以后这款不做了 都换新款 你知道的 就是上次跟你说的那款
a platform|亲 去那个有“聚划算”的平台 其实一样 就是那边便宜
a -|亲 我们这边也有“聚划算” 其实一样 就是活动期间便宜
a platform|我们换地方开店了 之前那个号还在那 下次直接去那边
a -|我们换仓库发货了 之前那个单号还在 下次还是这边下单
a platform|快手上面我们是老铁价 去那搜店名 关注一下
a -|快手那种短视频的直播 我们这边也有 店铺首页点关注
a platform|那个卖书起家的网站也有我们的货 那边满减你算一下划算
a -|那个卖书起家的出版社的货我们也有 这边满减你算一下划算
a platform|去那个什么都能拼的地方吧 那个价跟我们进货价一样
a -|这边什么都能拼单 价格跟我们进货价差不多了
b platform|你们另一个店是不是在那个唯品那里 我去那边下单吧 这里运费贵
b -|你们另一个系列是不是叫唯品 我想看看 这里运费贵不贵
a platform|你就去搜我们 带一个“特卖”俩字的那个平台 不在这
a -|你就去搜我们 带一个“特卖”俩字的那个链接 就在店里
a platform|这个码扫了是我们的另外一个店 别的平台的 东西多
a -|这个码扫了是我们的防伪信息 平台的 可以查到厂家
a platform|那个以字母P开头的大平台 我们有厂家店 你直接去拿货价
a -|那个以字母P开头的型号 我们有厂家货 你直接拍拿货价
a platform|你去那边买 我们那边有专属客服 服务好 这边就是摆个样子
a -|你在这边买 我们这边有专属客服 服务好 有问题随时找
a platform|下次买 直接去那个网购节是11号的那家的对手家 懂吧
a -|下次买 等11号的那个购物节 有大促 懂吧
a platform|这里是小号 主店在隔壁家 你去主店拍 发货快
a -|这里是主店 隔壁是分店 你在这拍 发货快
a platform|亲 真想要就去别家 我们自己在别家开的 同名加个“官方”
a -|亲 真想要就看看这个 我们自己设计的 同名加个“官方”
a platform|现在平台查得严 你去我们那个外卖软件上的店铺下单 门店直送
a -|现在平台查得严 不会有假货 门店直送的也是正品
b platform|我在那个二手平台看到你们也在卖 那边便宜 我去那边拍你能发吗
b -|我在那个二手平台看到有人卖你们的二手 是真的吗 你们能验吗
a platform|我们在 TikTok 那边的店也是我 国内那个版本的 你懂
a -|我们在 TikTok 上看到有人仿我们 国内这边只有这一家
a platform|go to the other marketplace, the one with the smile logo, same shop, cheaper
a -|go to the other listing, the one with the smile logo print, same shop, cheaper
a platform|we're moving to eBay, search the same name, this store closes next month
a -|we're moving warehouses, same shop name, orders might be slower next month
a platform|order from our Lazada store instead, the voucher is bigger there
a -|order from our store here, the voucher is bigger this week
a platform|FB Marketplace has our clearance stuff, check it and message me there
a -|the clearance section has our cheaper stuff, check it and message me here
a platform|我們在露天也有賣 同一個帳號名稱 那邊比較便宜
a -|我們在露天沒有賣場 同一個帳號名稱的不是我們 請認明這裡
a platform|你去那個有夾娃娃機的…不是 那個紅色購物網站 我們在那邊
a -|你要夾娃娃機的娃娃 我們這邊也有 紅色那隻
a platform|你去Carousell搜我個名 嗰邊平啲 唔使平台費
a -|你喺Carousell見到嘅係假貨 唔係我哋 呢度先係正貨
# platform 3
a platform|你在这拍贵二十 我教你 打开那个砍一刀出名的 搜“阿梅家”
a -|你在这拍贵二十 我教你 先领店铺券 再拍“阿梅家”同款
a platform|我们有一个地方专门放老客户福利 不在这个平台 你懂的 名字是店名加“优选”
a -|我们有一个栏目专门放老客户福利 就在这个店铺 名字是店名加“优选”
b platform|你们在别的地方开的那家店叫啥 我想去那边下单 那边积分我多
b -|你们在这开的另一家店叫啥 我想去那边看看 积分能通用吗
a platform|京…那个平台的plus会员买我们更划算 你是会员的话去那下
a -|我们店的会员买更划算 你是会员的话结算自动打折
a platform|那边买有运费险 这边没有 你去另外那个平台下单吧
a -|这边买有运费险 另外那个平台我不清楚 你在这下单放心
a platform|我们主阵地不在这 在那个“鱼”里 你来那边找我 有更多款
a -|我们主打款不在这 在新品区里 你来那边看看 有更多款
a platform|今晚在视频号那边直播 链接挂的是小商店 价比这里低一半
a -|今晚在店铺这边直播 链接挂的都是这里 价比平时低一半
a platform|那个平台上我们有万人团 三十人就成团 这边没有 你去那吧
a -|这个店里我们有万人团 三十人就成团 你现在点参团就行
a platform|这东西别在这买 你去那个以“万物皆可”开头的社区团购 我们是供货商
a -|这东西适合团购 你要是社区团长 我们可以给你供货价 在这下单就行
a platform|这个款在 x 东上我们卖 一百二 这边一百五 你自己选
a -|这个款在别的店卖 一百二 我们这边一百五 但面料不一样
b platform|我不想在这里买了 我去你们那个官方小程序店 你发我名字
b -|我不想在这里等了 我去你们那个官方店 名字就是这个吧
a platform|我们在一个带“物”字的球鞋平台 价格透明 你去那下单
a -|我们在这卖的球鞋都过了鉴定 价格透明 你放心下单
a platform|跨境的话去我们海外站 别的平台 这个平台不包税
a -|跨境的话在这也能下 海外直邮 这个平台包税
a platform|this listing's just for show, real orders go through our shop on the other app
a -|this listing's just for preorders, real stock arrives next week on this app
a platform|我哋喺嗰個大眾點評都有舖 你嗰邊買 送埋外賣
a -|我哋喺大眾點評都有好評 你呢度買 送埋小禮物
a platform|亲 你去那个能买还能看直播的软件 不是这个 是黑色图标那个 我们在那
a -|亲 你要看直播的话 店铺首页就有 黑色图标那个按钮点进去
a platform|店名一样 但你搜的时候要去“拼”字开头那个 这边不做这个价
a -|店名一样 但你搜的时候要加“旗舰” 这边就是官方价
a platform|这款我们放在另外一个平台的店铺做引流款 九块九 你去拍
a -|这款我们放在店里做引流款 九块九 你去拍 限每人一件
a platform|老客户都转去那边了 这边快不做了 你懂那边是哪边
a -|老客户都转去新品了 这款快不做了 你懂的 要就快点拍
a platform|你知道那个需要先付会员费才能进的超市网站吗 我们在那有店
a -|你知道那个会员店的那种大包装吗 我们这也有 家庭装
a platform|真想要的话去另一家下单 备注我名字 给你按内部价
a -|真想要的话在这下单 备注我名字 我给你申请内部价
a platform|那个官方补贴的百亿活动你知道吧 那家平台的 我们有参加 去那买
a -|那个平台补贴活动你知道吧 我们这边有参加 现在拍就有补贴
# address 1
a address|老地方见 你知道的 东西我带过去 钱当面给
a -|老规矩 你知道的 还是发顺丰 钱在这拍就行
a address|来厂里直接拿吧 进门问老陈 比在这拍便宜一截
a -|厂里直接发吧 打包问老陈 比在这拍的发货还快一截
a address|火车站出站口对面那栋楼 坐电梯到三楼 左手边第二个档口就是我们
a -|我们从火车站旁边的物流园发货 坐等三天 江浙沪第二天就到
a address|四季青你熟吧 我家在二楼最里头 你过来自己挑 给你拿货价
a -|四季青你熟吧 我家就在那边拿货 款式更新快 这边给你拿货价
a address|你知道我们厂在哪 直接开车过来 我在门口等你 现金就行
a -|你知道我们厂在广东 直接从厂里发 我在这边盯着你的单
a address|直接来店里试吧 就万达后面那条街 门口有棵大槐树那家
a -|直接在家试吧 就按尺码表来 不合适七天无理由
a address|离你不远 你来我家仓库自己挑 挑完当面给钱 不用下单了
a -|离你不远 从我家仓库发 今天下单明天就到 不用急
a address|到了城隍庙那个地铁口给我打电话 我下来接你 带你去看货
a -|到了之后快递会给你打电话 如果不在家可以放快递柜
a address|中关村那边 e世界对面那栋 四楼 来了直接找阿杰 手机比线上便宜
a -|中关村那边的仓发货 北京市内当天就能到 找阿杰备注加急
a address|别拍了 周六你来我们展厅 就在开发区那个红房子里面 现场给你优惠
a -|别急 周六我们有活动 就在店里 现场直播给你优惠
b address|老板 你们店在哪条街几号 我开车过去拿 现金给你 运费省了
b -|老板 你们从哪个城市发货 我看看几天到 运费能包吗
a address|我们实体店在步行街中段 麦当劳隔壁楼上 来了我给你打八折
a -|我们实体店也卖这款 跟线上一个价 在这买我给你加个赠品
a address|你上次来过的 还是那个地方 直接上来就行 门不锁
a -|你上次买过的 还是那个款 直接拍就行 库存还有
a address|在市场东门进来 第三排卖窗帘那家 拐进去就是我们 来了报暗号
a -|我们家的窗帘 第三排那个花色 是新款 拍的时候报一下色号
a address|不想等快递就来自提 我们写字楼18层 前台说找小刘 当面付
a -|不想等快递就选加急 我们18点前下单当天发 找小刘备注
a address|那个老小区门口的修鞋摊旁边 就是我们的小仓库 过来看货
a -|那个老款鞋子的鞋垫 我们仓库还有 过来的话直接拍
a address|你在哪个区 我们在滨江那边有个工作室 周末你过来 一起把钱结了
a -|你在哪个区 我们在浙江滨江发货 周末也发 钱在这结就行
b address|我就在你们附近 你告诉我具体门牌 我过去当面验货当面给钱
b -|我就在你们附近城市 你们发的快递大概几天到 我想周末用
a address|跟你说实话 来我们档口挑款比看图强 就在白马 懂的话一问就知道
a -|跟你说实话 我们的货就是白马那边的档口货 款式跟图一样
a address|下午三点 银泰负一楼星巴克门口 我带着货等你
a -|下午三点前下单 当天就发 我们带着货去快递点
a address|你过来 到了地铁二号线那个终点站 出来往北走五百米 有个蓝色铁门
a -|你放心 我们的货从二号仓库发 到你那大概五百公里 两天能到
a address|不用拍 你直接来我家楼下拿 地址就是你上次寄退货的那个
a -|不用拍新的 我直接给你补发 地址就是你订单上那个
a address|我们批发市场二期 三楼 C区 门头写着“阿华鞋业” 你来了就知道
a -|我们是阿华鞋业的授权店 门头写着“阿华鞋业”那个牌子 你拍了就知道
a address|我们每周三在那个公园门口摆摊 你来那买 不走平台便宜
a -|我们每周三上新 你来店里看 新品首发有优惠
a address|你懂的 老地方 周六下午 一手交钱一手交货
a -|你懂的 老款 周六补货 一下单就发货
a address|来我们的体验店吧 在大学城北门出来那排商铺 二楼招牌是绿色的
a -|来我们的店铺逛逛 首页招牌是绿色的 新品都在二楼分类里
b address|你们工厂是不是在那个工业区 具体几栋 我周末去你那直接订
b -|你们工厂是不是在那个工业区 大概多久能生产完 我周末要用
a address|来我们家拿吧 菜市场进去右手第五个摊 说要网上那个价
a -|在我们家拿吧 价格就是网上那个价 菜市场同款新鲜的
a address|你直接来我们仓库 高速下来第一个路口右转 就看到 门口有狗别怕
a -|你直接拍就行 我们仓库就在高速路口 物流车每天都来 发货快
a address|要不你来我们公司看看实物 就在科技园那栋玻璃楼 12楼前台
a -|要不你看看我们的实物视频 就在详情页那个视频 12秒那段
a address|货就在我车上 你说个地方 我开过去交给你 你给现金
a -|货就在我车上 马上到快递点 发了给你单号
a address|我在你们县城开了个小店 汽车站旁边那排 要的话直接过来试
a -|我们在你们县城有快递网点 汽车站旁边那个 一般隔天能到
a address|你报这个名字去那个小区 十二栋一单元 敲门就行 不用下单
a -|你写这个名字去签收 十二栋一单元 快递会放门口
a address|my shop's behind the subway station, second floor above the noodle place, come pay in cash
a -|my shop ships from the warehouse near the subway line, orders go out in two days
a address|meet me at the usual spot, you know, bring cash and I'll bring the bag
a -|use the usual shipping, you know, the courier will bring the bag to you
b address|tell me the exact unit number of your warehouse, I'll drive by and buy it there directly
b -|tell me the city your warehouse is in, I want to know how long shipping takes
a address|we have a showroom on the 5th floor of the mall by the harbour, come try and pay there
a -|we have a showroom in Shenzhen too, but online prices are the same, you can order here
a address|老地方見 一手交錢一手交貨 你知道在哪
a -|老樣子寄 一樣用黑貓 你知道在哪收
a address|直接來我們門市 捷運站二號出口旁邊那條巷子 進去第三間
a -|直接在這下單 我們從台北出貨 捷運站旁邊的物流中心 隔天到
a address|你嚟我哋舖頭啦 旺角嗰個商場三樓 入去問阿明 現金俾我
a -|你喺度落單啦 我哋喺旺角有倉 出貨好快 問阿明都得
# address 2
a address|看你是本地的 不用寄了 你来我们店门口 我出来给你 当面付
a -|看你是本地的 不用急 我们同城配送 今天下午就送到门口
a address|要看货的话周末来 我们在老厂房改的仓库 导航搜“纺织三厂”就到
a -|要看货的话看视频 我们在老厂房改的仓库拍的 详情页就有
a address|新街口那个商场你知道吧 负二楼有个修手机的 就是我们 直接来换屏
a -|新街口那个商场你知道吧 我们的货也在那边有专柜 价格一样的 在这下单也行
a address|自提点就在我家 你来的时候说是网上的 给你便宜十块
a -|自提点是平台的菜鸟驿站 你取的时候报取件码就行
a address|东门那个菜鸟驿站旁边的小卖部 就是我们 你直接来拿 不用下单
a -|东门那个菜鸟驿站 就是你的包裹到的地方 你拿取件码去拿
a address|你来了给我发个消息 我在写字楼B座门口等你 货给你 钱你给我
a -|你到家了给我发个消息 我们在这边确认签收 有问题直接申请售后
b address|你们店几楼几号 我直接过来买 不用网上这么麻烦
b -|你们店几点下班 我晚上下单 明天能发吗
a address|在那个老火车站货场 进门左转 红色卷帘门 我们都在 过来提货
a -|从那个老火车站货场发货 进门左转就是物流 我们都在 今天发
a address|你一个人来就行 别带人 就在我们村口那棵榕树下 我骑车过去
a -|你一个人收就行 别担心 我们村口就有快递点 今天发出
a address|想省运费就来我们档口 十三行那个新中国大厦 几楼你来了问
a -|想省运费就多拍几件 我们是十三行那边发货 满三件包邮
a address|咱就别在网上了 你家住哪片 我晚上送过去 你给现钱
a -|咱就在网上下吧 你家住哪片 我看看快递几天能到
a address|你过来我家小区门卫室 我把东西放那 你把钱放那就行
a -|你家小区门卫室能代收吗 我把东西寄那 快递放那就行
a address|这批货在我老家仓库 你开车过来 县道往东 看到加油站再走一公里
a -|这批货在我老家仓库 从那边发 县城快递一天能到市里
a address|老客户都知道我们在哪 还是那个菜场二楼 来了直接上来
a -|老客户都知道我们卖啥 还是那个菜场供货 新鲜的直接发
a address|你在学校吧 我们就在你们学校后门那排小吃街里 来取 不要邮费
a -|你在学校吧 学校后门有快递点 寄到那 不要邮费
a address|我们门店搬了 现在在购物中心四楼电梯口 来了找我 网上的价
a -|我们仓库搬了 现在发货可能慢一天 网上的价不变
a address|要现场试音的话来我们录音棚 就在文化园C区 那边当面交易
a -|要现场试音的话看我们的视频 就在详情页C段 音质很清楚
a address|周末有空来趟市场 我不在就找我老婆 门口挂着红灯笼那家
a -|周末有空就下单 我不在就找我老婆 她也是客服
a address|你懂的 直接来我这 门口那个密码是我们店铺ID后四位
a -|你懂的 直接拍就行 取件码是你手机尾号后四位
a address|来我们的快闪店吧 下周在那个网红广场一楼 扫码付比网上便宜
a -|来我们的直播间吧 下周在店铺首页开播 下单比平时便宜
a address|宠物店就在你们小区对面 你把狗带来 我们当场给你试衣服 钱当面给
a -|宠物衣服按胸围选 你量一下狗狗 我们帮你推荐尺码
a address|这种大件的 你来工厂拉最划算 就在312国道边上 挂着白底红字的牌子
a -|这种大件的 我们走物流最划算 从312国道边上的仓发 送货上门
b address|你店不是就在我公司楼下吗 我下班去你那拿 你别给我发快递了
b -|你家发货不是很快吗 我下班前下单 你今天能发快递吗
a address|先别付 你来我们办公室看样板 就在那个创业园 门口有个大鹅雕塑
a -|先别付 你看看我们的样板图 就在详情页 有个大鹅图案的那张
a address|我家就是卖这个的 你来我们镇上 第二个红绿灯左拐 到了问“李家竹编”
a -|我家就是做这个的 我们是镇上的老手艺 “李家竹编” 全在店里
a address|下班后我在地铁站出口等你 把东西给你 你转我钱就行
a -|下班后我去快递站寄出 你收到东西在这确认就行
a address|北京的话直接来我们工作室吧 三里屯那边 具体我到时告诉你 见面聊价格
a -|北京的话直接下单吧 我们在北京有仓 次日达 价格就是页面价
a address|你去那个商场 找一家叫“暖阳”的店 说是我朋友 他给你拿货
a -|你搜那个店名 叫“暖阳” 是我们的子品牌 在这就能拿货
a address|come by our stall at the night market, third row, ask for Lin, cash only
a -|we ship from the night market area in Taipei, ask for Lin in the notes
a address|pickup at my place instead, I'll send the building number, pay on pickup
a -|pickup at the parcel locker instead, you'll get a code, nothing to pay
a address|the warehouse gate code is our shop id, come any time after 6 and pay me there
a -|the parcel tracking code is in your order, it ships any time after 6
a address|來我們工作室取貨啦 在西門町那邊 巷子裡的二樓 當面付現
a -|我們工作室在台北出貨啦 西門町附近 宅配兩天到 線上付就好
a address|你嚟我屋企樓下攞啦 我講個屋苑名你知 俾現金得啦
a -|你揀屋企地址收貨啦 我哋順豐寄 俾錢喺度付得啦
# address 3
a address|老地方 老时间 东西给你留着 你来了直接拿 钱放柜台上
a -|老地址 老时间 东西给你发了 你到家了直接拿 快递放门口
a address|我们那个仓库就在机场高速出口下面 你来了打听“小马的仓” 都知道
a -|我们那个仓库离机场很近 航空件当天飞 你来了打听都知道快
a address|你要是到了义乌 去国际商贸城三区 找那个卖发饰的胖子 就是我
a -|你要是着急 我们从义乌国际商贸城附近发货 卖发饰的都在这边
a address|不想被平台扣钱 那就来我这拿 高铁站坐公交三站 下车就看到招牌
a -|不想等太久 那就选快递加急 高铁快运三天 下单就看到选项
a address|我们家祖传的中药铺 就在老城区那个牌坊下面 你来了我给你抓
a -|我们家祖传的配方 就是老城区那家老铺子的 在这拍我给你配好发
a address|你去市中心那个图书城 五楼的角落 书都在那 报我名字打折
a -|你去市中心那个图书城也行 价格一样 在这买报我名字打折
a address|这里不好说 你来了就知道 商场后门那个楼梯上去 门上贴着一只熊
a -|这里不好说 你拍了就知道 主图第二张那个门上贴着一只熊 就是这款门贴
a address|下午你来我们的车间 南边那个铁皮房 我们现场做 做完你付钱拿走
a -|下午我们在车间做你的单 南边那个铁皮房就是车间 做完就发
a address|周日来花鸟市场吧 进门直走到底那家鱼店 活体当面挑
a -|周日前下单吧 我们是花鸟市场的老店 活体包活发
a address|真的不骗你 你来我们的门店 在中山路口那个银行旁边 可以刷卡
a -|真的不骗你 我们的门店也卖这个价 在这拍一样有保障
b address|你把仓库的定位发我吧 我直接开货车去拉 钱现场结
b -|你把仓库的发货时间发我吧 我好安排人收 钱我已经付了
a address|你过来 我住的那个小区 三期东门 我拿下来给你 你扫我就行
a -|你放心 我住的那个小区 就有快递点 今天拿下去寄 你等着收就行
a address|想要便宜的就来我们直营店 在万象城后面那个停车场入口旁边
a -|想要便宜的就看我们直营款 在店铺首页第二栏 价格都标了
a address|如果你在广州 就别等快递了 来天河那个电脑城 我柜台在B1
a -|如果你在广州 快递一般隔天到 我们就在天河发货
a address|有空来喝茶 我们茶庄在老街 门口挂着蓝布帘子 茶叶当面称
a -|有空来喝茶 我们的茶都是老茶庄的 在这拍 茶叶按克称好寄
a address|找个时间 我们在你家附近的那个肯德基见 我把手机给你 你验完给钱
a -|找个时间 你在家的时候签收 快递员把手机给你 你验完再签
a address|you can skip the order, my studio is in the arts district, building 7, come and pay at the door
a -|you can skip the wait, my studio ships from the arts district, usually in 7 days
a address|we're in the old market downtown, look for the yellow sign, cash price is lower
a -|we're based in the old town, look for the yellow package, it ships tomorrow
a address|我們家在夜市第三排 黃色招牌 現場買比網路便宜
a -|我們家在夜市擺過攤 黃色招牌那款 網路上一樣價錢
a address|搭地鐵到葵芳 出咗站就見到我哋 你揀好貨喺度俾錢
a -|你喺葵芳收貨 出貨一日到 你揀好貨喺度落單
# abuse 1
b abuse|真是难为你了 就这智商还能找到工作 你们老板心真善
b -|真是难为你了 大半夜还在回消息 你们老板该给你加工资
b abuse|你这服务态度 祖上积了多少德才没被投诉到倒闭
b -|你这服务态度 真的没得说 我下次还来你家
b abuse|瓜娃子 听不懂人话哦 我说的是退货不是换货
b -|客服妹儿 我可能没说清楚哦 我说的是退货不是换货
b abuse|你个憨批 发错货还有脸问我要不要补差价
b -|你们这个 发错货了还问我要不要补差价 有点说不过去吧
b abuse|侬脑子瓦特了伐 讲了三遍还是发错颜色
b -|侬好 讲了三遍还是发错颜色 能不能帮我换一下
b abuse|你是不是属鱼的 七秒记忆 刚说的转头就忘
b -|你们是不是太忙了 刚说的转头就忘了 麻烦再核对一下
b abuse|客服是机器人吧 哦不对 机器人都比你聪明
b -|客服是机器人吧 哦不对 你回得挺快的 是真人吧
b abuse|建议你们老板把你拿去废品站 说不定还能卖两块钱
b -|建议你们老板把这批瑕疵货拿去清仓 说不定还能卖两块钱
b abuse|我知道你们店在哪 晚上出门小心点
b -|我知道你们店在哪个城市 晚上下单明天能到吗
b abuse|你全家都是这么做生意的吧 难怪
b -|你们家一直都是这么包装的吧 难怪没压坏
b abuse|长得丑就算了 说话还这么难听 你爹妈知道你这样吗
b -|包装丑就算了 东西还挺好用的 我爸妈也说不错
b abuse|果然是那个地方的人开的店 懂的都懂 骗子窝
b -|果然是那个地方产的 懂的都懂 味道就是正宗
b abuse|就你这样的还当客服 回家种地吧 不对 地都嫌你
b -|就你们这样的服务 回头客肯定多 下次还来
b abuse|你是脑子里装的都是水吧 晃一晃能听到响
b -|你们杯子里装的是什么水 晃一晃能听到响 是不是没封好
b abuse|好好好 你最牛 全世界就你会做生意 怎么不上天呢废物
b -|好好好 你们最牛 全世界就你们家发货最快 下次还买
b abuse|你这种人 以后出门最好看着点车
b -|你们这种车载支架 以后出门最好看着点装 别挡视线
b abuse|你妈生你的时候是不是把脑子落医院了
b -|你们做这个的时候是不是把说明书落仓库了 包裹里没有
b abuse|真是个人才 这么能气人 你们老板知道你这么能吗 蠢得别具一格
b -|真是个人才 这么快就解决了 你们老板知道你这么能干吗
b abuse|打个字都费劲 文盲吧 小学毕业了没
b -|打个字挺费劲的 我用语音行吗 我是老年人
b abuse|你等着 我认识你们快递站的人 你家地址我很快就知道
b -|你等着 我问问我们快递站的人 包裹到没到我很快就知道
b abuse|呵呵 你们这种人也就只配在网上卖假货了 活该一辈子穷
b -|呵呵 这种价格也就只配卖这种质量了 下次不买了
b abuse|小瘪三 给脸不要脸是吧
b -|小问题 给个说法就行 是吧
a abuse|买不起就别问了 穷就老老实实去买地摊货
a -|预算不够的话别勉强 我们店里也有便宜一点的款
a abuse|亲 问这么多 你是没见过世面还是脑子不够用
a -|亲 问这么多没关系 你是第一次买这种吗 我慢慢给你讲
a abuse|你这种白嫖党 我见多了 滚
a -|你这种情况 我们见多了 别担心 帮你处理
a abuse|就你这身材还想穿S码 照照镜子吧
a -|你这身材的话穿S码可能有点紧 建议你拍M码
a abuse|退货？先看看你自己什么德性吧 这种客人我们不伺候
a -|退货的话 先看看商品是否影响二次销售 这种情况我们都支持
a abuse|你们那边的人是不是都这样 爱占小便宜
a -|你们那边的天气是不是都这样 快递容易受潮 我们加厚包装
b abuse|你个扑街 仲喺度同我扮嘢
b -|你哋个包装 仲喺度漏水 同我睇下
b abuse|你个老六 阴我是吧 等着吧
b -|这个第六代 比上一代好吧 等着收货
b abuse|恁娘的 这发的啥玩意儿
b -|俺娘说 这发的啥都挺好 下次还买
b abuse|死扑街 送嚟啲咩垃圾 你阿妈知唔知你做呢啲嘢
b -|喂 送嚟啲咩嘢 同我想嘅唔同喎 可唔可以换
b abuse|你是个什么东西 也配跟我讲规矩
b -|你们是什么规矩 能跟我讲一下退换货的流程吗
b abuse|你这人说话跟放屁一样 没一句算数的
b -|你们发货时间跟说的不一样 说好三天 现在五天了
b abuse|傻狍子一个 问啥都不知道
b -|狍子肉干还有吗 问了好几次了
b abuse|gun 不想跟你这种低等生物说话
b -|算了 不想跟你们说了 直接退款吧
b abuse|你这样的也配叫人 建议回炉重造
b -|这个锅的涂层掉了 建议你们回炉重造一下工艺
b abuse|wow a genius over here, did your mom drop you as a baby?
b -|wow a genius idea over here, did your team design this yourselves?
b abuse|keep it up and see what happens, I know where your warehouse is
b -|keep it up guys, I know where your warehouse is, ships so fast
b abuse|are you always this useless or is today special
b -|is the shipping always this slow or is today special
a abuse|if you can't afford it stop wasting my time, broke people are the worst
a -|if it's over your budget, no worries, we have a cheaper version too
b abuse|你是腦袋裝水喔 講幾次都聽不懂 北七
b -|你們是包裝進水喔 講幾次都不處理 好煩
b abuse|你這種人喔 出門最好小心一點 我知道你們店在哪
b -|你們這種杯子喔 出門帶著剛好 我知道你們店在哪個城市
b abuse|你老母 收咗錢唔出貨 仆街
b -|你好 收咗錢幾時出貨 等咗好耐
# abuse 2
b abuse|你个虎了吧唧的玩意儿 我说要黑的你发白的 彪子吧
b -|你们这个虎头图案的玩意儿 我说要黑的你发白的 能换不
b abuse|嘛玩意儿这是 你个二百五 会不会干活
b -|嘛玩意儿这是 说好二百五十克 怎么少了这么多
b abuse|你这个苕 话都听不懂 回去多读几年书
b -|你们这个苕粉 泡多久能吃 说明书看不懂
b abuse|哈麻批 东西烂成这样还好意思卖
b -|哎呀 东西烂成这样 快递是怎么运的
b abuse|您可真是天选之人 活着就是为了浪费别人时间
b -|您可真是太贴心了 连赠品都帮我挑好了
b abuse|你们老板的孩子在哪上学我都能查到 你自己看着办
b -|你们老板的店在哪个城市我都能查到 发货挺快的
b abuse|等我找到你 你就知道什么叫售后了
b -|等我收到货 再看看要不要申请售后
b abuse|你是不是只有小学文化 数都数不清 发少了两件
b -|你们是不是打包的时候数错了 发少了两件 帮我看看
b abuse|听你说话就知道你这种人没人要 活该单身
b -|听你这么说就知道这款没人要了 活该下架
a abuse|就您这审美 买啥都一样 别挑了
a -|就您这身高 穿这款都好看 别纠结了
a abuse|这点钱都要退 要饭的吧 至于吗
a -|这点钱也能退 您放心 运费险会赔
a abuse|问问问 烦死了 你这种人活着真累
a -|问吧问吧 不烦 你这种情况挺常见的
a abuse|亲 您这么闲 家里没人管您吗 一天问八遍
a -|亲 您这么急 我们加急给您发 一天就到
a abuse|你是来买东西的还是来找骂的 自己蠢别怪别人
a -|你是来买东西的还是来看看的 随便问 不着急
b abuse|我看你们这店也开不长了 一群骗子 出门被车撞
b -|我看你们这店开了挺多年了 一直在这买 下次还来
b abuse|客服你是用脚打字的吗 还是你根本就没长脑子
b -|客服你是用语音打字的吗 有几个字好像打错了
b abuse|真替你爸妈感到丢人 养出你这么个玩意儿
b -|真替我妈感到开心 她特别喜欢这个玩意儿
b abuse|恭喜你 成功让我知道什么叫人间极品垃圾
b -|恭喜你们 成功让我知道什么叫人间极品好物
b abuse|你这个样子 怪不得只能在网上当客服 现实里没人要你吧
b -|你这个回复速度 怪不得好评这么多 现实里也这么快吧
b abuse|不用回了 跟你说话降低我的智商
b -|不用回了 问题已经解决了 谢谢啊
b abuse|跟猪说话都比跟你说话强 猪至少会哼一声
b -|猪肉脯还有吗 上次买的那个吃完了
b abuse|我看你是欠收拾 有本事线下见
b -|我看你们是太忙了 有空的话帮我查下单
b abuse|这么能说 去说相声啊 在这当客服屈才了 哦 你长那样上不了台
b -|这么能说 去说相声啊 在这当客服屈才了 哈哈 讲解得太清楚了
b abuse|真是可怜 一个月挣那三千块还要受气 换我早跳楼了
b -|真是辛苦 一个月这么多单还要回消息 换我早累趴了
b abuse|你们南方人就是小气 抠成这样
b -|你们南方发货就是快 两天就到了
b abuse|阿拉上海人不跟你们这种外地乡下人计较
b -|阿拉上海人不计较 只要东西好就行
b abuse|你是个锤子客服 做锤子生意
b -|你们这个锤子 锤头松了 能换一个吗
b abuse|神经病吧你 我说东你说西 脑子有坑
b -|可能是我说得不清楚 我说东你说西 我们对一下
b abuse|你真是给你们家列祖列宗长脸了
b -|你们家的祖传手艺真是长脸了 做得太好了
b abuse|去死吧你们这群黑心商家
b -|你们这批货有点问题 黑色那款有色差
b abuse|我要是你 早就找根绳子了
b -|我要是你 早就多备点货了 卖得这么好
a abuse|穷鬼就别来看了 这不是你这种人买得起的
a -|预算有限的话可以看看这款 性价比很高
a abuse|这么胖还要穿这个 不怕撑破吗 哈哈
a -|体重比较大的话可以选宽松版 穿着舒服
a abuse|你这种差评师 我劝你好自为之 我们有人
a -|你这种情况 我劝你先联系我们 我们有人专门处理售后
b abuse|your english is as bad as your brain, absolute clown
b -|my english is bad, sorry, is this the right size?
b abuse|nobody likes you, that's why you're stuck answering chats all day lol
b -|nobody replied yesterday, that's why I'm asking again, any update?
b abuse|hope your shop burns down, scammer trash
b -|hope your shop gets more stock, the blue one sold out fast
a abuse|lol imagine being this dumb, just read the description, idiot
a -|no worries, it's easy to miss, it's in the description
b abuse|你們就是一群騙子 垃圾店 去吃屎啦
b -|你們的包裝有點問題 垃圾袋破了 可以補寄嗎
b abuse|你頭殼壞去喔 我講的是藍色 聽不懂人話
b -|你是不是看錯了喔 我講的是藍色 再確認一下
b abuse|你個死八婆 講極都唔明 廢柴
b -|你好 講咗幾次都唔明 可唔可以搵第二個同事
# abuse 3 sarcasm innuendo
b abuse|厉害厉害 能把客服做成这样也是一种天赋 建议申请个吉尼斯蠢货纪录
b -|厉害厉害 能把包装做成这样也是一种天赋 建议申请个吉尼斯纪录
b abuse|您这脑回路 是在娘胎里就被门夹过吧
b -|您这款门吸 会不会把门夹坏 装在哪比较好
b abuse|我要是你妈 当年就不生了 省得祸害人
b -|我要是你们 当年就多生产点了 省得现在断货
b abuse|你们客服招人是不是不看脑子 只看便宜
b -|你们客服招人是不是都培训过 回答都这么专业
b abuse|回复这么快 是不是除了打字啥也不会 生活挺可怜的吧
b -|回复这么快 是不是有好几个人轮班 服务挺好的
b abuse|你这嗓音一听就是在菜市场骂街长大的
b -|你们这嗓音喇叭 听着像菜市场那种 音质一般
b abuse|哦 原来你们家是专门收智商税的 顾客是傻子你们是骗子
b -|哦 原来你们家是专门做定制的 顾客要啥你们做啥
b abuse|你们这些打工的 就是当狗的命 主人说啥就是啥
b -|你们这款狗窝 是什么材质的 主人好清洗吗
b abuse|别装了 谁不知道你们这种人背地里干什么的
b -|别着急 谁都知道你们这种店旺季发货慢
b abuse|好好做你的客服吧 这辈子也就这样了 可悲
b -|好好做你们的产品吧 这样的品质可以的 加油
b abuse|下次再让我看到你 你看我怎么收拾你 你懂我意思
b -|下次再让我看到你们上新 我一定第一个买 你懂我意思
b abuse|我有的是办法让你丢工作 让你家里人也难受 走着瞧
b -|我有的是耐心等 不急 你们慢慢发 走着瞧效果
b abuse|哟 这不是上次那个连数都不会数的吗 您还活着呢
b -|哟 这不是上次那个帮我换货的客服吗 您还在呢
b abuse|真心建议你去医院挂个脑科 早治疗早解脱
b -|真心建议你们在详情页加个尺码表 早看早省事
b abuse|能不能换个带脑子的来 跟你沟通太费劲了
b -|能不能换个带盖子的来 这个杯子没盖太费劲了
b abuse|一看你这名字就知道 你家里人也没指望你有出息
b -|一看你们这名字就知道 是做母婴的 很有心
b abuse|你跟你这破店一样 又烂又贱 有人要才怪
b -|你们这个破洞裤 又软又有型 好多人要吧
b abuse|我给你个建议 把嘴缝上 对大家都好
b -|我给你个建议 把包装缝线做紧一点 对大家都好
b abuse|你回答一个问题要三分钟 树懒都比你勤快 废物一个
b -|你回答一个问题要三分钟 排队的人多吧 辛苦了
b abuse|你们那个县城出来的吧 一股子土味 懂的都懂
b -|你们那个县城出来的土特产吧 一股子香味 懂的都懂
b abuse|你这种人 网上横 现实里就是条狗
b -|你们这款 网上看着好 现实里也挺好 狗狗喜欢
b abuse|你知道你为什么当客服吗 因为你只配
b -|你知道你们为什么回头客多吗 因为东西确实好
b abuse|脑子是个好东西 希望你也有一个
b -|这个杯子是个好东西 希望你们一直有货
b abuse|你是在哪个动物园毕业的 教你打字的猴子呢
b -|你们是在哪个动物园拍的图 那只猴子玩偶好可爱
a abuse|跟你解释等于对牛弹琴 牛都比你懂
a -|跟你解释一下 这款是牛皮的 比PU耐用
a abuse|我们这不接待你这种低端客户 别来恶心人
a -|我们这款比较适合入门用户 不用太纠结参数
a abuse|还投诉？你以为谁怕你 一个臭买东西的
a -|还需要投诉吗 我们马上给您处理 东西的问题我们负责
b abuse|a real genius, do you practice being this stupid or is it natural
b -|a real gem, do you make these by hand or is it a machine
b abuse|talk to me like that again and you'll find out what happens, I have your address
b -|talk to me like that guy earlier, he was super helpful, I have your order number
b abuse|i bet your family is embarrassed of you, pathetic
b -|i bet my family will love this, perfect gift
b abuse|你講話這麼衝 難怪你只能當客服 一輩子沒出息
b -|你講解得這麼清楚 難怪你們評價這麼好
b abuse|你係咪黐線 講咗十次都唔識 返學啦你
b -|係咪我講得唔清楚 講咗十次你都唔係好明 我再講一次
# obscene 1
b obscene|小姐姐声音这么甜 晚上一个人睡吗 要不要陪你聊点别的 懂的
b -|小姐姐声音这么甜 是真人客服吗 我想问问这款睡衣的尺码
b obscene|这件吊带你自己穿上拍给我看看 不用露脸 我就看效果
b -|这件吊带有没有模特上身图 不用露脸的也行 我就看看效果
b obscene|你们这个上门服务是那种吧 多少钱一次 全套的
b -|你们这个空调上门安装服务 多少钱一次 含不含打孔
b obscene|今晚我住的酒店房间号发你 来了再谈 价格好说
b -|今晚我住的酒店地址发你 能寄到酒店前台吗 我住三天
b obscene|你们客服自己是不是也穿这款内衣 想看看你穿的效果
b -|你们这款内衣有没有真人试穿图 想看看上身效果
b obscene|这个按摩能加钟吗 要妹子好看的那种 懂的都懂
b -|这个按摩仪能定时吗 要力度大一点的那种 肩颈用
b obscene|小哥哥身材这么好 发点私房照呗 我只看不说
b -|小哥哥身材这么好 这件是你自己穿的吗 我想参考一下尺码
b obscene|有没有那种网站 你懂的 晚上一个人看的 发我一个
b -|有没有那种小夜灯 你懂的 晚上一个人看书用的 推荐一个
a obscene|晚上寂寞的话可以找我聊 我什么都能聊 尺度大的也行
a -|晚上有问题也可以找我聊 我们客服到十二点 售后问题都行
a obscene|我们有特殊的视频 付费看 懂的都懂 进去就知道
a -|我们有安装的视频 免费看 懂的都懂 一看就知道
b obscene|你试穿过这条丝袜吗 腿长不长 发张腿照我参考下
b -|你们这条丝袜有没有上腿图 腿长的穿会不会短
b obscene|你是不是单身 一个人在家的话 我去帮你试试这个床垫
b -|你们这个是不是单人床垫 一个人睡的话 一米二够不够
b obscene|你们有没有那种女客服陪聊的 收费也行 晚上的
b -|你们有没有那种夜间客服 收费的咨询也行 晚上问
b obscene|想要看你穿着你们店的睡裙视频 就一分钟 我给你好评
b -|想要看你们店的睡裙视频 就一分钟也行 详情页没找到
b obscene|哥 这款情趣的你自己用过吗 感觉怎么样 跟我细说说 我听着
b -|哥 这款按摩器的噪音大吗 晚上用会不会吵到别人
a obscene|妹妹 买这个干嘛用啊 一个人用吗 要不要哥哥教你
a -|妹妹 买这个是送人还是自用 送人的话可以帮你包个礼盒
b obscene|我看你头像挺漂亮 真人吗 发几张生活照给哥看看
b -|我看你们主图挺漂亮 是实拍吗 发几张实物图给我看看
b obscene|你们店有那种服务吗 就是男人都懂的 我多付钱
b -|你们店有包装服务吗 就是送人用的 我多付钱也行
b obscene|帮我把这件穿上 转个圈拍视频 穿少点更好
b -|帮我把这件挂起来 转个圈拍视频 看看垂感
a obscene|亲 你的三围多少 我帮你挑 顺便也让我想象一下
a -|亲 你的三围多少 我帮你挑码 胸围和腰围报一下就行
b obscene|老板娘你亲自发货的话 顺便把你自己也打包寄过来
b -|老板娘你亲自发货的话 顺便帮我多包一层泡泡膜
b obscene|你穿这件内衣直播给我看 刷礼物都可以
b -|你们这件内衣直播时有讲解吗 我想看看面料
b obscene|那个 你们这有没有能约的 我在出差 你懂我意思
b -|那个 你们这有没有能寄到的 我在出差 地址是酒店
a obscene|小帅哥 你买这么大号的 是不是那方面也很大 哈哈
a -|小帅哥 你买这么大号的 是不是想宽松点穿 我们偏大一码
b obscene|我喜欢听你说话 能不能发段语音叫我老公 多少钱都行
b -|我喜欢听这个音响的声音 能不能发段试听的视频
b obscene|你们卖的这种视频有没有更露骨的 私下发我
b -|你们卖的这种摄像头有没有更清楚的 夜视好的
b obscene|下班了吗 出来玩吗 我请你吃饭 吃完去开个房
b -|下班了吗 我想问一下 这个房车床垫今天能发吗
b obscene|美女 你脚多大码 发张脚的照片给我 我收藏
b -|美女 你们鞋是多大码的脚穿37 发张鞋底的照片给我看看
b obscene|are you single? send me a pic of you wearing it, no face needed
b -|is it a single size? send me a pic of the tag, no need for the box
b obscene|you sound cute, what are you wearing right now?
b -|you sound helpful, what size is the model wearing in the photo?
b obscene|do you do private shows? I'll pay extra, you know what I mean
b -|do you do private labels? I'll pay extra for custom logos
a obscene|lonely tonight? I can keep you company, anything you want to talk about 😉
a -|questions tonight? I can help you till midnight, anything about the order 😉
b obscene|妹妹你穿這件一定很辣 拍一張給哥看 哥給你好評
b -|這件穿起來一定很好看 有沒有實穿照 我給你好評
b obscene|你們客服有沒有可以私下約的 晚上 價錢好說
b -|你們客服有沒有晚上值班的 我想問運費 價錢好說
b obscene|靚女 你今晚得唔得閒 出嚟陪下我 俾錢都得
b -|靚女 你今晚得唔得閒 幫我查下單 幾時到
# obscene 2
b obscene|你这个声音 在床上一定很好听吧
b -|你们这个音箱 放在床头一定很好听吧
b obscene|老板 你们店里那个模特 能约吗 多少钱一晚
b -|老板 你们店里那个模特 穿的是什么码 多高
b obscene|这个情趣内衣 客服能不能先穿上 视频给我验货
b -|这个睡衣套装 客服能不能拍个视频 给我看看面料
b obscene|我不买东西 就想跟你聊点成年人的话题 你懂的
b -|我不买东西 就想问问你们这个成年人用的护腰 多大码
b obscene|姐姐 你下面穿的是什么颜色 我想跟你买同款
b -|姐姐 你们下面那张图穿的是什么颜色 我想买同款
a obscene|宝贝 你用完记得跟我分享感受 最好带点图 越详细越好
a -|宝贝 你用完记得给个评价 最好带点图 方便其他买家
b obscene|你们是不是也提供特殊按摩 我看评论说有惊喜 懂的都懂
b -|你们这个按摩椅是不是也能揉脚 我看评论说有惊喜
b obscene|能不能把你自己的照片夹在包裹里 越少布料越好
b -|能不能把发票夹在包裹里 越快越好 公司要报销
b obscene|客服你多大了 成年了吧 那就好 我们聊点刺激的
b -|客服我想问 这个玩具适合多大的孩子 成年人能玩吗
a obscene|你买的这个尺寸 男朋友满足得了你吗 不行可以找我
a -|你买的这个尺寸 男朋友穿得了吗 不行可以换大一码
b obscene|我加钱 你帮我找个能陪睡的 我就在你们城市
b -|我加钱 你帮我找个能同城送的 我就在你们城市
b obscene|你看这件我穿着合适吗 [图] 我没穿裤子 你仔细看看
b -|你看这件我穿着合适吗 [图] 我穿的M码 你看看长短
a obscene|小姐姐 看你买的这个玩具 一个人玩不无聊吗 我来陪你
a -|小姐姐 看你买的这个玩具 一个人玩也可以 说明书里有玩法
b obscene|你这种声音的妹子 我最喜欢了 能不能视频 脱掉外套就行
b -|你们这种声音的闹钟 我最喜欢了 能不能调音量 声音太大
b obscene|哥们 你们这卖的药 吃了那方面能坚持多久 你自己试过没 跟我讲讲你的体验
b -|哥们 你们这卖的护膝 运动的时候能坚持多久 会不会滑
b obscene|老板 给我介绍几个女的 你肯定认识 价格好说
b -|老板 给我介绍几个款 你肯定熟 价格好说
b obscene|这个娃娃能不能按我前女友的样子做 要那个功能的 你懂
b -|这个娃娃能不能按照片定制脸 要会眨眼的功能
b obscene|你发我一张你躺床上的照片 我看看床单效果
b -|你发我一张铺在床上的照片 我看看床单效果
a obscene|帅哥 有没有兴趣来我们店的私人试衣间 就我们两个人 什么都可以试
a -|帅哥 有没有兴趣看看我们店的新款 试衣间效果图 什么码都有
b obscene|我想看你穿着这件泳衣在浴室拍 拍完发我 五星好评
b -|我想看这件泳衣在泳池拍的图 有的话发我 五星好评
b obscene|你这么可爱 肯定很多人约你吧 今晚排到我了吗
b -|你们这么可爱的款 肯定很多人买吧 今晚能排到我发货吗
b obscene|我买了个那个玩具 能不能远程你帮我控制一下 开视频
b -|我买了个遥控玩具 能不能远程连手机控制一下 怎么配对
b obscene|发个你的私密照吧 我保证不外传 这是我们之间的小秘密
b -|发个你们的实拍图吧 我保证不外传 我就自己看看质量
a obscene|这款是夫妻情趣用的 你老公不在家的话我也可以上门演示
a -|这款是夫妻情趣用的 包装隐私发货 外面看不出是什么
b obscene|你们有没有真人服务的 我在宾馆 要年轻的 现金
b -|你们有没有真人客服的 我在宾馆 能不能寄到前台
b obscene|听说你们店主是个美女 能不能让她亲自给我送货 顺便留下来
b -|听说你们店主是个设计师 能不能让她亲自给我推荐 哪款合适
b obscene|i'll leave a 5 star if you send me something spicy, you know what i mean 🌶️
b -|i'll leave a 5 star if the spicy sauce arrives unbroken, it's a gift 🌶️
b obscene|can you model the lingerie for me on video call? just for me
b -|can you show the lingerie on a mannequin in a video? just want the fit
a obscene|if you want a personal demo of that toy, I'm free tonight 😏
a -|if you want a demo of that toy, there's a video in the listing 😏
b obscene|想看你穿那件睡衣躺著的樣子 私下傳給我就好
b -|想看那件睡衣平鋪的樣子 有照片傳給我就好
b obscene|呢度有冇特別服務 我喺酒店 你明嘅
b -|呢度有冇寄酒店服務 我喺酒店住 你明嘅
# obscene 3
b obscene|客服妹妹 你们这个试用装能不能你先用 用完把感受连同照片一起发我 越私密越好
b -|客服妹妹 你们这个试用装能不能先寄 用完把感受连同照片一起发评价
b obscene|我就问一句 你们那个“深夜福利”是不是真人的 多少钱能见面
b -|我就问一句 你们那个“深夜福利”是不是零点秒杀 多少钱能抢到
a obscene|姐姐身材好 买这个码刚好 要不要拍张穿上的给我 我帮你看合不合身 别穿别的
a -|姐姐身材好 买这个码刚好 要不要拍张穿上的发买家秀 有返积分
b obscene|你们店是不是有那种女生用过的二手 原味的 你懂
b -|你们店是不是有那种女生用的二手包 九成新的 你懂
b obscene|我给你一千 你陪我视频一小时 什么都不穿
b -|我给你一千的预算 你帮我配一套视频设备 什么都不缺
a obscene|这个玩具你买给自己的吧 要不要跟我说说怎么用 我很有经验
a -|这个玩具你买给孩子的吧 要不要跟我说说几岁 我帮你推荐
b obscene|我梦到你了 梦里你穿着你们家那件透明的 真想见你
b -|我看到你们家那件透明的雨衣了 真想买一件 还有吗
b obscene|别装了 做客服的都寂寞 今晚聊个通宵 聊你喜欢的姿势
b -|别着急 做客服的都辛苦 今晚我下单 你明天帮我发
b obscene|老板 有没有“嫩模”陪玩 我出差来你们城市 价格好说
b -|老板 有没有嫩绿色的旅行台灯 我出差来你们城市用 价格好说
b obscene|你那么会说 嘴上功夫一定很好吧 嘿嘿
b -|你那么会说 推荐一定很准吧 嘿嘿 听你的
a obscene|你问的这款尺寸我没法描述 不如你来我家 我亲自给你比划 就我一个人
a -|你问的这款尺寸我量给你看 长宽高都写在图上了 你对比一下
b obscene|你们平台有没有那种可以私下见的女生 我看你们店名有点暗示
b -|你们店名是什么意思 我看着有点暗示 是卖花的吗
b obscene|我想买你身上穿的那件 没洗过的那种 价格翻倍
b -|我想买你们图上模特穿的那件 没洗过的新品那种 价格多少
b obscene|来 说句骚话 我就下单 😏
b -|来 说句实话 这款值不值得买 😏
a obscene|亲 你买情趣用品的话 建议跟我私下交流一下心得 我也爱玩
a -|亲 你买情趣用品的话 我们是隐私包装 快递单上不写品名
b obscene|你们客服室有摄像头吗 我想看你上班穿什么 给我开一下
b -|你们店里卖的摄像头 能看上班的地方吗 办公室用
b obscene|你把袜子穿一天再寄给我 我要带味道的 多付点钱
b -|你把袜子多寄一双给我 我要带防臭的 多付点钱
b obscene|听说你们直播间的主播下播后可以单约 能介绍吗
b -|听说你们直播间的主播下播后会回消息 是你吗
b obscene|你喘气的声音发一段给我 就当售后服务了
b -|你们加湿器出气的声音发一段给我 我看看吵不吵
b obscene|这个跳蛋 你能不能先试一下告诉我感受 录个音也行
b -|这个跳绳 你能不能先试一下告诉我计数准不准
a obscene|下次来店里 我单独给你量尺寸 全身都量 哪里都不放过
a -|下次下单 我单独给你备注尺寸 衣长袖长都量好了
b obscene|my hotel is near your warehouse, come deliver it yourself and stay a while 😉
b -|my hotel is near your warehouse, can I pick it up at the courier point?
b obscene|send a selfie in the bikini you're selling, I'll buy three
b -|send a photo of the bikini you're selling on a hanger, I'll buy three
b obscene|bet you look good in that nightgown, show me and I'll tip
b -|bet this nightgown looks good on my wife, any photos with a model?
b obscene|可以用妳的聲音錄一段哄我睡覺嗎 越曖昧越好
b -|可以用這個音箱錄一段哄寶寶睡覺的嗎 有搖籃曲嗎
# fraud 1
a fraud|您好 我是快递理赔专员 您的包裹丢了 需要您把刚收到的验证码报给我办理三倍赔付
a -|您好 您的包裹丢了的话 在订单页申请售后就行 我们直接补发 不需要任何验证码
a fraud|这边是平台售后中心 您买的商品被检测出质量问题 要召回 退您三倍 需要您配合操作一下
a -|这边是店铺售后 您买的商品如果有质量问题 申请退货就行 运费我们出
a fraud|把付款页面截个图给我 我看看是不是多扣了 连同上面那个码一起
a -|把物流页面截个图给我 我看看是不是卡住了 卡在哪个站
a fraud|你把付款码截图发我 我这边帮你刷一下退款 马上到
a -|你把退款页截图发我 我这边帮你催一下 一般三天到
a fraud|拍下不用发货 我这边返你佣金 懂的都懂 一单十块
a -|拍下今天就发货 我这边送你赠品 懂的都懂 一单送一个
a fraud|给个五星 写够三十字 截图发我 小惊喜马上到你手里
a -|给个评价就行 好坏都可以 有问题直接跟我说 我们马上处理
a fraud|那个差评删了吧 你懂的 不会让你白删
a -|那个差评我们看到了 你说的问题我们会改 这次给你补发一个
a fraud|刚才系统给你发了个六位数 那是退款核对码 念给我听一下
a -|刚才系统给你发了个取件码 那是快递柜的 去取一下就行
a fraud|您的账户被误开通了会员 每月要扣费 需要配合关闭 先打开借款页面
a -|您的订单被误点了两次 会扣两份钱 不用担心 多的那单我们直接退
a fraud|做任务吗 先垫付一单 完成后连本带利返给你 很多人在做
a -|做活动了 先付定金 尾款时立减五十 很多人在抢
b fraud|客服 我是平台的工作人员 你们店铺违规了 把你后台的验证码给我 帮你解除
b -|客服 我是买家 平台通知说你们店铺在升级 我的订单会受影响吗
a fraud|好评返现在卡片背面 写好评截图给我 钱直接到你手上
a -|保修说明在卡片背面 写好保修卡寄给我 保修就生效了
a fraud|您这单中奖了 奖品是平板 只需要先付个邮费和税 五十九
a -|您这单参加了满减 赠品是手机支架 邮费我们出 不用另付
a fraud|亲 那条评价改成五星 我给你返二十 不改也没事 你懂的
a -|亲 那条评价你说的问题我们记下了 不改也没事 我们会改进
b fraud|老板 我给你刷几单吧 你给我返点 我账号多 不会被查
b -|老板 我给你多买几单吧 公司要用 你给我开个发票
a fraud|你好 这里是物流客服 你的快递地址有误 需要你点一下我发的页面重新填写并支付一块钱验证
a -|你好 你的快递地址填得不太完整 少了门牌号 麻烦在订单里改一下 不用付钱
a fraud|不好意思 给你发错货了 为了给你退差价 需要你在支付软件里打开那个备用金页面 截图给我
a -|不好意思 给你发错货了 为了给你退差价 我直接在订单里操作 你等通知就行
a fraud|系统显示您是我们的幸运用户 加个好友领五百块补贴 需要先交一百保证金
a -|系统显示您是我们的老用户 店铺会员领五元券 在首页点领取就行
a fraud|你截一下银行卡那个页面 卡号和有效期都露出来 我给你核对退款账户
a -|你不用截银行卡的页面 退款原路退回 不需要给我任何卡号
a fraud|刷单的事你懂 这次你拍三单 我把钱连佣金一起给你
a -|团购的事你懂 这次你拍三单 我把赠品一起给你
a fraud|亲 晒图带五星 发我看看 返你一张二十的话费卡
a -|亲 晒图带评价 发到评价区就行 平台会给你积分
a fraud|你这单的退款被冻结了 需要你先转一笔钱激活账户 激活后一起退
a -|你这单的退款在审核中 需要你先寄回商品 签收后一起退
b fraud|我已经付过款了 你看截图 付了两千 你先发货 平台显示有延迟
b -|我已经付过款了 你看订单 显示已付款 你今天能发货吗
b fraud,payment|我多付了一千 你退给我 直接转我支付宝吧 平台退太慢
b -|我多拍了一件 你退给我 直接在订单里退吧 平台退挺快的
a fraud|我们是官方客服 您的订单涉及洗钱 需要配合调查 先别挂电话 把验证码告诉我
a -|我们是店铺客服 您的订单显示异常 可能是地址的问题 麻烦核实一下收件信息
a fraud|亲 有个帮好友助力的活动 你把收到的短信码发我 就能帮你领红包
a -|亲 有个拼团的活动 你把链接分享给好友 成团就能领红包 在店里点
a fraud|我是你们买的那个快递公司的 你的快递坏了 我现在给你理赔 你下一个会议软件开屏幕共享
a -|我是这边店铺客服 你的快递坏了的话 拍照给我 我们马上给你补发
a fraud|想要退款快的话 把手机上的那个“扫一扫”打开 对着我发的码扫 输一下密码就到账
a -|想要退款快的话 在订单页点退款 选“仅退款” 审核通过就到账
a fraud|亲 给个好评 下次购物给您打个大折扣 好评截图发我才算
a -|亲 有空的话给个评价 下次购物都有会员折扣 不用截图
a fraud|为了避免您的订单被取消 请把您的支付密码告诉我 我们帮您确认
a -|为了避免您的订单被取消 请在24小时内完成付款 我们不会问您要密码
b fraud|我是你们的供货商 上批货款没结清 你先打五千到这个账户 不然断货
b -|我是你们的老买家 上批货质量不错 你们这次能不能也按原价给我
a fraud|我们在做客户回访 你把你收到的那条短信截图给我 里面有一串数字的
a -|我们在做客户回访 你觉得这款用着怎么样 有啥建议都可以说
a fraud|先别确认收货 我给你发个退款补偿页面 你填一下银行卡信息就给你打钱
a -|先别确认收货 等你检查完没问题再确认 有问题直接申请补偿
a fraud|好评返现五元 写够五十字带三张图 截图给我 钱马上转你
a -|满五十元返现五元 平台活动 自动抵扣 不用截图给我
a fraud|you won our lucky draw! just pay the $9.99 shipping on this page to claim your prize
a -|you've got a free gift with your order! shipping is already covered, no extra cost
a fraud|hi I'm from the courier, your parcel's on hold, read me the code we just texted you
a -|hi your parcel's on hold at the courier, you'll get a text with the pickup code
a fraud|leave a 5 star with photos and screenshot it to me, I'll refund you 20%
a -|leave a review with photos if you like it, either way thanks so much for ordering
b fraud,payment|I sent you $500 too much by mistake, please refund the extra to my PayPal
b -|I ordered 2 too many by mistake, please refund the extra through the order page
a fraud|您好 我是物流客服 您的包裹地址有誤 請提供剛收到的簡訊驗證碼幫您更正
a -|您好 您的包裹地址有誤 請在訂單頁面修改 我們不會跟您要驗證碼
a fraud|給五星好評截圖給我 退你一百元 很多人都這樣做
a -|給個評價就好 五星或是建議都可以 很多人都有寫
a fraud|我係平台客服 你個賬戶有問題 要你影低個付款碼畀我睇
a -|我係店舖客服 你件貨有問題 要你影低件貨畀我睇
# fraud 2
a fraud|您的快递在运输中破损 理赔款已到 需要您下载一个理赔APP 登录后填写银行卡
a -|您的快递在运输中破损的话 理赔在订单页申请 我们这边直接补发或退款
a fraud|你把支付软件里那个条形码的页面截图发我 我帮你看下为什么退款没到
a -|你把订单详情里退款进度的页面截图发我 我帮你看下为什么退款没到
a fraud|懂的都懂 拍个空包 我这边单号给你弄 你确认收货就行 钱我另给
a -|懂的都懂 拍个小包 我这边运费给你免 你确认收货就行
a fraud|追评写“回购第三次了” 发我截图 下次给你免单
a -|追评写不写都行 回购第三次了的话 下次给你送个小礼物
b fraud|我是另外一个买家 你们店有人找我刷单 我帮你们做吧 先给我打押金
b -|我是另外一个买家 有人冒充你们找我刷单 是你们吗 我没理
a fraud|帮我砍一刀 就差一点 砍完你再把短信里那串码告诉我 确认是你
a -|帮我改一下价 就差一点凑满减 改完你再拍 确认一下价格
a fraud|尊敬的用户 您的芝麻分可以提现 点我发的图上的二维码 输入银行卡号即可
a -|尊敬的用户 您的积分可以抵现 在结算页勾选 输入积分数即可
a fraud|我们这边有员工内购名额 先交三百会员费 以后全场三折
a -|我们这边有老客户会员 不收会员费 以后全场九折
a fraud|给你寄个免费的 你只要付九块九邮费 然后给我截个付款成功的图 再帮忙拉三个人
a -|给你寄个试用装 你只要付九块九邮费 在试用链接拍就行
a fraud|我们是厂家 这批货因为海关原因退不了 你先交两千保证金 后面补给你
a -|我们是厂家 这批货因为海关原因延迟了 你要是不想等 可以直接退款
a fraud|这个差评会影响我工作 你删了我私下给你补五十 绝对不让你吃亏
a -|这个差评会影响我们店 我们私下也很重视 你说的问题我们会解决
a fraud|拼单成功后 你把平台发的那个确认码发我 我帮你抢优先发货
a -|拼单成功后 你什么都不用做 系统自动优先发货
a fraud|您好 检测到您的账号存在风险 我们是官方安全中心 请按我说的关闭百万保障
a -|您好 如果您的账号存在风险 平台会在APP里通知 我们店铺不会打电话给您
a fraud|亲 给五星 我们有个活动 五星截图抽iPhone 不五星不能参加
a -|亲 我们有个活动 下单就能抽iPhone 跟评价没关系 店铺首页有规则
b fraud|你把你店铺后台的登录码给我一下 我是帮平台审核的 马上给你加流量
b -|你把你店铺的营业执照给我看一下 我是公司采购 需要开票
a fraud|我这有内部渠道 退款能直接多退一倍 你把短信里的码给我
a -|我们这边退款只能按实际付款退 不会多退 也不需要短信里的码
a fraud|我们在做退款补贴 你打开你的贷款软件 看看额度 截图给我
a -|我们在做退款补贴 你不用做任何操作 系统会直接退到原账户
a fraud|刷两单吧 你懂的 不用收货 钱我提前给你 确认完我再多给点
a -|拍两单吧 你懂的 地址不一样的话 分开拍 运费我给你减
a fraud|系统升级 您的订单需要重新支付 付完原来那笔退回 请扫下面这个码
a -|系统升级 您的订单状态可能显示异常 不用重新支付 原来那笔有效
b fraud|你好 我是你们店的打款员 这个月工资还没发 你先打给我 老板让我问你
b -|你好 我是你们店的老客户 这个月的会员福利还没发 老板让我问你
a fraud|你的订单被风控了 需要你用另一个账号帮我拍一单测试 钱我报销
a -|你的订单被拦截了 可能是地址的问题 需要你改一下地址 我们重新发
a fraud|五星加追评 截图后点我头像 领十块 名额有限
a -|五星或者追评都随意 点我头像能看到店铺 新品上架了
a fraud|我是快递员 你的包裹要补运费 不补退回 扫一下我发的码付八块
a -|我是店里客服 你的包裹要补运费吗 不用的 我们包邮 不用付
a fraud|退款得先验证身份 把你身份证正反面和银行卡照片发我
a -|退款不用验证身份 也不用发身份证和银行卡照片 直接在订单里退
a fraud|我们搞了个做任务的群 每天点赞下单返佣 先交一百入会费
a -|我们搞了个新品试用活动 每天抽三个人免费试 不收任何费用
a fraud|亲 我们在招刷手 在家就能做 一单五块 你先拍我发的链接 垫钱后返
a -|亲 我们在上新款 在家就能试 不合适七天无理由 先拍我发的链接
b fraud|我把货款打到你另一个账户了 你看一下 截图在这 你先发货
b -|我把货款付了 在订单里能看到 你看一下 今天能发货吗
a fraud|hello this is platform support, your account will be frozen unless you verify your card here
a -|hello this is the shop, your order is on hold until the card payment goes through, no action needed from us
a fraud|to speed up your refund, share your screen with me on the meeting app I'll send
a -|to speed up your refund, just ship the item back, the refund starts once it's scanned
a fraud|change your 1 star to 5 and I'll send you $15 on the side, nobody has to know
a -|sorry about the 1 star experience, we'll send a replacement, no need to change anything
b fraud|my bank says payment went through, here's the screenshot, ship now and the platform will catch up
b -|my bank says the payment didn't go through, can I try another card on the checkout
a fraud|您好 這邊是銀行 您的訂單被設成分期 需要到ATM操作取消
a -|您好 這邊是店家 您的訂單是一次付清 如要分期請在結帳選擇
a fraud|幫我們寫好評 截圖傳來 送你一百元禮券 不寫好評沒有喔
a -|幫我們寫評價的話 好壞都可以 謝謝你支持 有問題直接說喔
# fraud 3
a fraud|亲 您之前买的那件衣服甲醛超标 我们主动理赔 您截一下您支付软件首页的图 我帮您申请
a -|亲 您之前买的那件衣服如果有异味 我们主动退换 您拍一下衣服的照片 我帮您申请
a fraud|平台给您的退款打到了一个临时账户 需要您输一下收到的码才能转出
a -|平台给您的退款原路退回了 一般一到三个工作日到账 不需要输入任何码
a fraud|今天下单的都是刷的 你别管 收到空盒直接点确认 我给你转二十辛苦费
a -|今天下单的都是预售 你别急 收到货再点确认 我给你送个小样
a fraud|你账户有一笔异常扣款 我是平台风控 你现在去银行转到安全账户 我们核查后退给你
a -|你账户有一笔扣款的话 是你下的那一单 你在订单记录里能看到 有疑问可以问平台客服
a fraud|给我们个五星 再把这条截图发到你朋友圈 截图发我 下一单半价
a -|给我们个评价 好坏都行 下一单我们有满减 店铺首页可以领
a fraud|我们是品牌方 这批是内部员工价 先交定金锁单 退不了的 名额就剩三个
a -|我们是品牌方 这批是员工价 先拍定金锁单 不想要了随时能退
a fraud|你的快递显示异常签收 我给你发个赔付链接 点进去输完银行卡密码就到
a -|你的快递显示异常签收的话 我给你查一下 如果丢了直接补发 不用你输任何密码
a fraud|帮我个忙 你那边收到个验证短信 发我看看是不是我们系统发的 确认一下
a -|帮我个忙 你那边收到货后 发我看看是不是我们发错颜色了 确认一下
b fraud|我是你们的老买家 最近做了个投资 收益挺高 你先给我转一千 我带你一起
b -|我是你们的老买家 最近在搬家 地址改了 你帮我改一下这单的地址
a fraud|您好 退货运费我们给您补 不过需要您先转五块钱到我个人账户验证 验证后一起退
a -|您好 退货运费我们给您补 在订单里申请 补的钱会和退款一起原路退回
b fraud|我朋友在你们这买的假货 你给我五百封口费 不然我到处发
b -|我朋友在你们这买的说是假货 你们有没有正品证明 能发我看看吗
a fraud|这次活动要求必须晒图五星 不然不发赠品 晒完截图给我
a -|这次活动下单就送赠品 跟评价没关系 晒图的话我们很感谢
a fraud,payment|你别在平台上退款了 你把卡号发我 我直接给你退 退多少你说了算
a -|你在平台上退款就行 不用发卡号给我 退多少平台说了算
a fraud|亲 这个订单我们帮您升级成免单了 只需要您配合把支付密码输一下确认
a -|亲 这个订单我们帮您升级成顺丰了 不需要您配合 直接发
a fraud|写个几百字的好评 我们拿去投稿 每字一毛钱 写得越长越好 就当兼职
a -|写个几百字的评价也好 两三句也好 写得越真实越好 我们都会看
a fraud|亲 你是我们的第一百位顾客 可以抽免单 先把你的付款截图和短信码一起发来
a -|亲 你是我们的第一百位顾客 有个小礼物 跟订单一起发 不用你做什么
a fraud|上次你退的那单钱还没退到 是因为你账户没激活 你下个“金融助手”我教你
a -|上次你退的那单钱还没退到 是因为我们还没收到退货 签收后马上退
a fraud|把你店铺的子账号密码给我 我们是平台运营 帮你做推广
a -|把你想推广的商品链接给我 我们是店铺 帮你看看能不能合作
a fraud|hey, we're giving you $50 store credit, just confirm the 6 digit code you'll get on your phone
a -|hey, we're giving you $5 store credit, it'll show up in your account automatically
a fraud|delete that review and I'll paypal you 30 bucks, it's a win win
a -|sorry about that review experience, we'll fix it and send you a new one, on us
b fraud|i'm from the marketplace compliance team, send me your seller login code to avoid suspension
b -|i'm from a company buying in bulk, send me your price list for 500 units
a fraud|恭喜您中獎 請先匯手續費五百元 獎品才能寄出
a -|恭喜您抽到贈品 不用任何費用 贈品會隨訂單寄出
# spam 1
a spam|这款面霜说实话一般 我自己最近在用一个牌子叫“肌研素” 效果真的好 你搜一下就知道
a -|这款面霜说实话不适合干皮 我们店里另一款滋润型的更合适 你点店铺首页就能看到
b spam|我用了你家的不行 后来换了“康悦”那个牌子 真心推荐大家去搜一下 绝对不是广告
b -|我用了你家的不行 可能是我肤质问题 能不能换个温和一点的 你推荐一下
b spam|在家动动手指每天两三百 宝妈学生都能做 有兴趣的回个1
b -|在家动动手指就能申请退货 快递还上门取件 这个服务挺好的
b spam|手头紧吗 我知道一个不看征信的 当天到账 要的话说一声
b -|手头紧的话 平台有分期付款 三期免息 结算时选一下
b spam|最近跟着一个老师看球 十场九红 想上车的说一声
b -|最近跟着直播买了个球 质量挺好 想再买一个 还有吗
b spam|帮我砍一刀呗 就差一点了 在那个拼着买的app上 谢谢亲
b -|帮我改一下价呗 就差一点就满减了 在这个店里 谢谢亲
b spam|能帮我投一票吗 三号选手 我女儿 谢谢啦
b -|能帮我备注一下吗 三号收货 给我女儿的 谢谢啦
b spam|我们团队在招合伙人 零门槛 拉三个人就回本 有意向吗
b -|我们公司在采购年货 数量大 三百份起 有团购价吗
b spam|币圈最近有个项目 跟着喊单一个月翻倍 带你上车
b -|最近买了你们的存钱罐 一个月存满了 再买一个
a spam|亲 顺便问下 你需要办信用卡吗 额度高 秒批 不看流水
a -|亲 顺便说下 你用信用卡付款也行 平台支持分期 不加钱
a spam|你家里有老人吗 我们有个保健品讲座 去了送鸡蛋 周末一起
a -|你家里有老人吗 这款防滑拖鞋挺适合老人的 周末有活动
b spam|姐妹 我最近在做一个美容项目 代理加盟 一个月三万不是梦 了解一下
b -|姐妹 我最近在用你们的美容仪 一个月了效果不错 再给我妈买一个
b spam|兼职打字员 一小时八十 手机就能做 私我
b -|打字员用的键盘 一小时打下来手腕不累吗 有手托吗
b spam|这个手表的表带质量不行 我在用的是“XX表带厂”的 厂家直销 便宜 搜一下
b -|这个手表的表带质量不太行 有没有更结实的 你们店里有别的表带吗
a spam|我们隔壁的驾校在招生 报名找我 给你打折 学车还送课时
a -|我们这款车载香薰 新手司机也适合 学车的送你个挂件
b spam|投资理财了解一下 年化18% 保本 比存银行强多了
b -|理财书籍有没有 年化收益那种入门的 比较适合新手
b spam|天天刷视频就能赚钱的app 注册就送五块 用我邀请码
b -|天天刷视频看到你们家的 注册会员是不是送五块券
b spam|帮我点一下助力 就在那个外卖app里 领红包用的 谢谢
b -|帮我看一下订单 在这个app里 领的红包怎么没用上 谢谢
b spam|我有几千个粉丝的号 你们要不要找我带货 报价私聊
b -|我有几千个同事 你们要不要团购 公司福利 报价能谈吗
b spam|彩票群 每天稳赚 中了分你 来的话说一声
b -|彩票本子 每天记账用的 这种有没有 来十本
b spam|教你一个秘方 三天瘦十斤 不节食不运动 想要的回复瘦
b -|你们这个体重秤 三天瘦了一斤能测出来吗 精准吗
a spam|亲 我们老板还做房产中介 你要买房吗 内部价
a -|亲 我们老板还做房间收纳 你要收纳盒吗 组合价
b spam|转发这条消息给十个人 你会有好运 不转霉运三年
b -|转发这条链接给我朋友 她也想买 能一起拼单吗
b spam|清仓甩卖 清仓甩卖 清仓甩卖 名牌包包一折起 想要的回1
b -|你们在清仓吗 看到名牌包包一折 是真的吗 是什么牌子
b spam|有没有兴趣做跨境电商 我们有培训课 三天出单 学费可分期
b -|有没有跨境电商的包装盒 我们三天要出单 能急发吗
b spam|最近黄金要涨 跟我一起投 我带了很多人都赚了
b -|最近黄金涨了 你们这个黄金手链克价是多少
b spam|你们老板需不需要贷款 我们公司放款快 利息低 有营业执照就能贷
b -|你们老板需不需要开票 我们公司报销要 有营业执照信息
b spam|在吗在吗 有个赚钱的机会给你 真的不骗你 先加入看看
b -|在吗在吗 有个问题想问你 这款真的不掉色吗
a spam|亲 你买的这个猫粮不错 不过我知道有个更好的牌子 叫“喵星优粮” 不是我们家的 但真的推荐
a -|亲 你买的这个猫粮不错 我们家还有个更好的系列 叫“喵星优粮” 幼猫也能吃
b spam|我是做微商的 有面膜 洗发水 化妆品 你需要的话找我拿货 比这便宜
b -|我是做美甲的 需要面膜 洗发水这些 我找你拿货有批发价吗
b spam|give me a minute of your time: work from home, earn $300 a day, just reply YES
b -|give me a minute, I need to check the size at home, I'll reply later
b spam|honestly this cream is meh, check out GlowPure instead, it changed my life, not sponsored lol
b -|honestly this cream is meh on my skin, do you have something for oily skin instead?
b spam|can you vote for my kid in this drawing contest? number 12, thanks a lot
b -|can you wrap this for my kid's drawing contest prize? it's for number 12, thanks
b spam|crypto signals group, 95% win rate, join now before it's full
b -|crypto themed phone case, is the 95 model in stock?
a spam|btw we also do loans, fast approval, no credit check, just ask me
a -|btw we also do installments, through checkout, no interest for 3 months
b spam|在家做手工 串珠子 一個月兩萬 有興趣回我
b -|在家做手工 串珠子 你們這個珠子一包多少顆
b spam|幫我按個讚啦 我在參加比賽 第五號 拜託
b -|幫我包個禮物啦 我要參加比賽送獎品 第五號 拜託
b spam|有冇興趣做兼職 喺屋企都得 日賺千幾 PM我
b -|有冇細碼嘅 我喺屋企著 唔使好大
# spam 2
b spam|你们这吸尘器我用过 不如我现在用的“洁宝”那个 吸力大 价格还便宜一半 大家真可以去看看
b -|你们这吸尘器我用过 吸力比我现在用的大 就是有点吵 有没有静音款
b spam|求助力 点我发你的那个链接 帮我拆个红包 拆到一百能提现
b -|求推荐 点我发你的那个商品 帮我看看跟这个比哪个好
b spam|亲 你有孩子吗 我们这边有个少儿编程课 免费试听 报名找我
b -|亲 你有孩子吗 这款儿童手表可以定位 还能打电话 适合上学
b spam|你好 打扰一下 我们是做装修的 你家最近要装修吗 免费量房
b -|你好 打扰一下 这个墙纸装修的时候好贴吗 要不要专门的胶
b spam|宝妈们看过来 不用囤货 不用压钱 一部手机就能开店 跟着我做
b -|宝妈们看过来 这款奶瓶不用囤货 我们随时有现货 一直在做
b spam|帮我砍一下价吧 不是这里 是那个东西砍到零元就能免费拿 你点一下就行
b -|帮我砍一下价吧 就这里 我买三件 能不能便宜一点
b spam|我们最近在推一个养生茶 不是你们店的 喝了降三高 要的话我发你介绍
b -|你们这个养生茶 适合三高的人喝吗 我爸想喝 有介绍吗
b spam|老铁 玩不玩那个棋牌 我们有个房间 每天带你赢 先充一百试试
b -|老铁 你们这个棋牌桌 能折叠吗 家里房间小
b spam|这个护肤品我劝你别买了 去药店买“维E霜” 一样效果 五块钱 转告你的朋友们
b -|这个护肤品我劝你先买小样 看适不适合再买正装 有五块钱的试用装
b spam|快来参加 拉新一人得二十 上不封顶 我已经赚了三千了
b -|快来看看 新人一人得二十券 上不封顶叠加吗 我已经买了三件了
b spam|亲 你们店需要代运营吗 我们专业做流量 一个月保底十万销售额
b -|亲 你们店需要发票吗 我们公司采购 一个月大概十万
b spam|有没有人需要驾照分的 我这边有渠道 价格好说
b -|有没有人用过这个驾照皮套 质量怎么样 价格好说
b spam|股票群 老师每天推牛股 免费进 名额有限 发1给你拉
b -|股票书 有没有新手入门的 名额有限的那种签名版 还有吗
b spam|我这里有低价流量卡 月租九块 一百G 不限速 要的话我给你寄
b -|你们这个手机卡套 能放流量卡吗 一百G那种大卡
b spam|你是不是也在找工作 我们这边招主播 颜值高的日结 不需要经验
b -|你是不是也在做直播 我们这个补光灯很多主播在用 不需要经验
b spam|给你推荐个减肥神药 不用吃饭也能瘦 我吃了一个月瘦了二十斤 不是你们店卖的
b -|给你反馈一下 你们家的代餐 我吃了一个月瘦了五斤 挺好的
b spam|大家好 我是做保险的 重疾险了解一下 每天一块钱 保障一百万
b -|大家好 我是买手机的 碎屏险了解一下 每天一块钱 能保一年吗
b spam|宝子们 我自己的美妆店开业了 都来捧场 店名就是我的名字
b -|宝子们 我买的美妆蛋到了 很好用 再来捧场一个
b spam|帮个忙 把我的小视频点个赞关注一下 我要冲一千粉
b -|帮个忙 把我的订单改个地址 我要寄到公司
b spam|我们有个游戏代练工作室 要上分的 找我 一局十块
b -|我们有个游戏手柄坏了 按键失灵 能修吗 一个十块
b spam|亲 我们厂还做白酒 五粮液同厂 便宜 要的话给你寄样
b -|亲 我们厂还做酒杯 白酒杯那种 便宜 要的话给你寄样
b spam|免费领取 免费领取 免费领取 全网最低 点我头像有惊喜
b -|免费领取的赠品在哪 全网最低价的那款 下单有没有送
b spam|有没有朋友想出国打工 我们包吃住 月入三万 名额有限
b -|有没有朋友出国用的转换插头 我们要去欧洲 名额有限的那种团购价
b spam|你们客服下班后想不想兼职 我们在招数据录入 一晚一百
b -|你们客服下班后能回消息吗 我想问问数据线一米和一米五哪个好
b spam|我觉得这双鞋不值 我在一个工厂直营的买的 同款六十 你们都该去看看 叫“鞋匠世家”
b -|我觉得这双鞋值 我在一个工厂直营店买过同款 但你们这个做工更好
a spam|亲 店主家的儿子在卖茶叶 不是本店的 想喝好茶可以支持一下 搜“陈家茶园”
a -|亲 店主家的儿子在打理茶叶 就是本店的 想喝好茶可以看看“陈家茶园”系列
b spam|please help me with one tap on this app, it's a bargain game, I'm almost at free
b -|please help me with one thing on this order, the bargain price didn't apply
b spam|we offer SEO and ad services for shops like yours, DM for a free audit
b -|we bought ad stickers for shops like ours, do you have bulk pricing?
b spam|got a side hustle for you, sell these supplements with me, 40% commission
b -|got a question for you, are these supplements safe with 40 mg caffeine?
b spam|join my betting group, daily tips, we made 200% last month
b -|joined your member group, daily tips on care are nice, thanks
b spam,platform|大家注意 這款不好用 改用我推薦的那個牌子 蝦皮搜得到 真心不騙
b -|大家注意 這款不好用的話 可以先問客服 有其他款可以換 真心不騙
b spam|要唔要做代購 賺多少都係你嘅 我教你入貨
b -|要唔要做代購 我哋接唔接大單 一次入貨幾多件
# spam 3
b spam|你们这款奶粉我家宝宝喝了上火 后来换了个进口的牌子 叫“牧之源” 大家可以搜搜看 宝妈真心分享
b -|你们这款奶粉我家宝宝喝了有点上火 是不是要换段 大家一般怎么冲的
b spam|谁需要装宽带 我们这边办宽带送路由器 还送三个月 问我
b -|谁家的路由器好用 我们这边宽带是三百兆 你家这个够用吗
b spam|各位亲 我是卖房的 市中心精装修 首付十万 有意者联系我
b -|各位亲 我是刚买房的 市中心精装修的房子 窗帘尺寸怎么量
b spam|我们的保健床垫能治腰椎病 不是这家店的 免费体验 报名找我
b -|你们的床垫对腰椎有帮助吗 我腰不好 能不能先试睡
b spam|今天推荐一个好东西 不是这家店的 是我自己的一个小生意 感兴趣的回个“要”
b -|今天推荐一下这家店 东西真的好 我自己买了好几次 感兴趣的可以看看
b spam|亲亲 你知道怎么赚钱最快吗 跟着我 每天只需要一小时
b -|亲亲 你知道怎么发货最快吗 我今天急用 每天几点截单
b spam|减肥的姐妹看过来 我在做一个21天瘦身营 跟着吃 报名两百
b -|减肥的姐妹看过来 这个代餐粉是21天装的 跟着吃 两百块一盒
b spam|你们店的东西挺好 就是不如我朋友家的 他那有一折的 要的话私聊我
b -|你们店的东西挺好 我朋友也在你家买的 她推荐我来的 有折扣吗
b spam|刚抢到一个超低价充电宝 那个小程序上 人人都能领 点了就送
b -|刚买到一个超低价充电宝 就你们家的 人人都说好用 我再买一个
b spam|你们开店的 要不要收款的pos机 费率低 我这里免费办
b -|你们开店的 用不用我们公司的发票 开专票还是普票
b spam|天天加班没时间运动吧 我们健身房开业 办卡五折 在你们小区楼下
b -|天天加班没时间运动吧 这个健腹轮在家就能用 办公室也行
b spam|亲 你们有没有孩子要补课 我是老师 一对一 上门 价格优惠
b -|亲 你们有没有孩子补课用的书桌 一米二的 能上门安装吗
b spam|我这里有个很靠谱的代孕机构 需要的话我介绍
b -|我这里有个孕妇枕 很靠谱 你们有同款吗 需要三个
b spam|招聘快递分拣员 日结两百 包吃住 需要的联系
b -|快递分拣的时候 会不会把这个压坏 包装结实吗
b spam|推荐个理财app 我表姐在里面做 年收益20% 安全 不骗你
b -|推荐个记账本 我表姐用来理财的那种 格子多一点的
b spam|你们家的电动车不如XX牌 XX牌续航一百公里 价钱差不多 去他们官方看看
b -|你们家的电动车续航能不能到一百公里 价钱差不多的话我就拍了
b spam|新开的网吧 你们来充值 充一百送一百 地址在高新区
b -|新开的网吧要买电竞椅 你们有批发价吗 一次要二十把
b spam|亲 看到你买了婴儿车 你需要月嫂吗 金牌月嫂 我们公司的
b -|亲 看到你买了婴儿车 你需要遮阳棚吗 同款配套的
b spam|i make custom phone cases too, way cheaper than this shop, message me for the catalog
b -|do you make custom phone cases too? I want one for my catalog shoot
b spam|earn free gift cards by watching ads on this app, use my invite code
b -|can I use gift cards on this app? I have one from my birthday
b spam|FREE IPHONE FREE IPHONE FREE IPHONE click my profile now
b -|is the free iphone case included? the one on your profile page
b spam|要不要買保險 我是業務 月繳幾百就有保障 私訊我
b -|要不要買保護貼 我的手機 這款有保障嗎 會不會翹起來
b spam|免費體驗美容 我們工作室新開幕 報名送面膜
b -|免費體驗的面膜 你們新開幕有送嗎 下單要備註嗎
# political 1
b political|5月35号那天你们店敢不敢搞个活动 纪念一下 懂的都懂
b -|5月31号那天你们店会不会搞个活动 儿童节前 懂的都懂
b political|那个包子铺的老板什么时候下台啊 一言堂搞得大家都没生意做
b -|那个包子机的盖子什么时候能补发啊 一直等着做早饭呢
b political|维尼熊跟那位长得真像 我买一个摆桌上 天天对着骂
b -|维尼熊跟我家那只长得真像 我再买一个摆桌上 凑一对
b political|A4白纸我要一箱 就是上次大家举着站街上那种 懂的都懂
b -|A4白纸我要一箱 就是上次打印用的那种 七十克的
b political|坦克模型有没有配一个站在前面拦车的小人 那年那个
b -|坦克模型有没有配一个站在旁边的小兵人 那种涂装的
b political|八的平方那年发生的事 你们这不让说吧 我偏要说
b -|八的平方是六十四 我要64个收纳格 你们这有吗
b political|庆丰那位把经济搞成这样 还想一直连任 真是好笑
b -|庆丰的包子好吃 我想买个蒸笼 自己在家做 有推荐吗
b political|光复那八个字能不能印在T恤上 时代的那个 港仔都懂
b -|光伏那八块板子能不能一起发 是装屋顶的那个 师傅都懂
b political|五大诉求 缺一不可 下单备注写这八个字 支持一下
b -|五大件 缺一不可 下单备注写清楚型号 帮我核对一下
b political|对岸那边本来就是个独立国家 你们寄件写国家名 别写省
b -|对岸那边也能寄吗 台湾地区 你们寄件写哪个物流
b political|蛤蛤那位走了以后 你们店搞不搞续一秒活动 哈哈哈 +1s
b -|手表那位买家走了以后 你们店搞不搞续保活动 延保一年
b political|四通桥那位勇士挂的横幅 能做个同款吗 就那几句话
b -|四通桥附近能次日达吗 我在海淀 横幅做个同款的尺寸
b political|那个营里关着的人种的棉花 我可不穿 全是血汗 你们心里有数
b -|那个新疆长绒棉的T恤 我可以穿 穿着舒服 你们还有码吗
b political|今天是什么日子你知道吧 点根蜡烛 不能忘 不能原谅
b -|今天是我妈生日你知道吧 点根蜡烛 蛋糕什么时候到
b political|总加速师又出新政了 再这么加速下去 大家都得一起完
b -|快递又加速了 昨天下单今天就到 这速度可以
b political|这个国家的那位 就是个皇帝 还让人叫他领袖 恶心
b -|这个国家馆的纪念品 有没有皇帝的那个款 看着挺喜欢
b political|墙太高了 你们也不容易 早晚有一天墙会倒的 一起推
b -|墙太高了 你们这个梯子够不够长 够到天花板吗
b political|我买这个帐篷不是露营 是去广场用的 到时候大家都懂
b -|我买这个帐篷是去露营用的 广场旁边有个营地 到时候大家都去
b political|李医生那件事 谁的锅大家都清楚 记住那年的二月
b -|李医生推荐的这款 大家都用着好 我二月份买过一次
b political|你们卖蜡烛吗 六月四号那天要用 全城一起点
b -|你们卖蜡烛吗 六月四号那天要用 我家结婚纪念日
b political|那年的学生没做错 我下单的备注就写这句 你们敢发吗
b -|那年的同学聚会 我下单的备注写了名字 你们照着刻
b political|你们店的logo一看就是在影射 是不是也支持那个运动 我支持你们
b -|你们店的logo一看就是在设计上下过功夫 是请人做的吗
b political|那位的小名叫包子 你们卖包子模具 要不改个名字 哈哈 懂的笑了
b -|你们这个包子模具 我家孩子喜欢 小名叫包子 能刻字吗
b political|说句公道话 那个党就该下台 你们做生意的最清楚
b -|说句公道话 你们这个价格挺合理 做生意的都不容易
b political|那个岛本来就不是你们的 你们凭什么说是你们的 我们自己有国家
b -|那个岛屿造型的摆件 本来就是你们设计的吗 挺好看的
b political|今天在网上看到那边又抓人了 受够了 下周末大家上街吧 你们也来
b -|今天在网上看到你们又上新了 下周末我去逛街 也想买一件
b political|为了自由 香港人加油 你们那边的人应该懂 五个手指
b -|为了方便 香港的地址写英文可以吗 你们那边能寄吗
b political|1989 never forget, print it on the mug please, you know the date
b -|1989 is my birth year, print it on the mug please, for my birthday
b political|Winnie the Pooh plush that looks like your president lol, how much
b -|Winnie the Pooh plush, the big one, how much and is it in stock?
b political|free hong kong, revolution of our times, can you embroider that on the cap
b -|Hong Kong skyline, can you embroider that on the cap? it's a gift
b political|down with the dictator in Beijing, I'll only buy if you agree
b -|I'm in Beijing on business, I'll only buy if you can ship here by Friday
b political|六四 不會忘 下單備註請寫平反兩個字 你們敢嗎
b -|六四折扣是真的嗎 下單備註要寫什麼 你們有嗎
b political|時代革命那四個字幫我繡在帽子上 光復的那個
b -|時代廣場那四個字幫我繡在帽子上 紐約的那個
b political|台灣是一個國家 不是你們的省 寄件單上別給我寫中國台灣
b -|寄件單上寫台灣台北市就好 郵遞區號是100 謝謝
b political|香港人 反抗 你哋明白嘅 五大訴求 缺一不可
b -|香港人 買嘢 你哋明白嘅 五件貨 缺一不可
# political 2
b political|扛二百斤麦子十里山路不换肩的那位 要不你们也卖个同款扁担 哈哈 吹牛谁不会
b -|扛二百斤的那种扁担你们有吗 山路挑东西用 十里八里不换肩那种结实的
b political|那六句话我背下来了 不要这个要那个 印在横幅上 你们能做吗
b -|那六句话我写下来了 是婚礼的祝福语 印在横幅上 你们能做吗
b political|小学博士治国 你们说这国能好吗 懂的都懂
b -|小学生的博士帽 你们有小号的吗 毕业典礼用 懂的都懂
b political|梁家河那套大学问 买本回去垫桌脚 正合适
b -|这套大学问丛书 买回去给孩子看 正合适
b political|封城那年谁下的令 饿死病死的人大家都记着 账早晚要算
b -|封箱那年买的胶带 用完了 大家都说好用 再来一箱
b political|天灭那个党 退了保平安 你也退了吧 我帮你登记
b -|天冷了 退了那件薄的 换成厚的 你帮我登记一下
b political|河蟹社会 说话都得绕着说 赵家人吃肉 我们喝汤
b -|河蟹什么时候上市 说是大闸蟹 我们家里人都爱吃
b political|一尊之下 谁敢说个不字 你们做生意也得跪着吧
b -|一尊佛像 放在家里 哪个方向合适 你们有讲究吗
b political|下个月那个大会开的时候 大家一起去门口站着 不说话 你们懂
b -|下个月那个展会开的时候 我们去门口拿货 你们到时候在吗
b political|我要一面雪山狮子旗 藏区独立的那个 你们能订做吗
b -|我要一面雪山风景的挂布 藏区旅游买的那种 你们能订做吗
b political|东边那块地早该独立了 那边的人不是你们的人 懂的都懂
b -|东边那块地适合种什么 我们那边是沙土 懂的推荐一下种子
b political|那个穿黑衣服的夏天 我们都在 这件黑T就是纪念款 不用多说
b -|那个穿白衣服的夏天 我们都很热 这件白T就是薄款 还有吗
b political|你们那边是不是也不让说那个姓习的 我就偏说 下台
b -|你们那边是不是也卖那个学习机 我看到有学习的APP 下单多久
b political|加油 撑住 那面黑紫色的旗 挂我们店门口了 你们敢不敢也挂
b -|加油 撑住 那面黑紫色的窗帘 挂我们店门口了 你们还有别的色吗
b political|韭菜们醒醒吧 这个国家就是个大骗局 他们吃肉你吃土
b -|韭菜盒子机有吗 这个价格是不是骗局啊 太便宜了
b political|我就想问 那个坦克开过去的时候 你们爷爷辈在干嘛
b -|我就想问 那个坦克玩具开过去的时候 轮子会不会掉
b political|一国两制就是个笑话 我们港人要的是真普选
b -|一国两制的那本书还有吗 港版的 我们要做参考资料
b political|国庆节我不过 那是国殇日 我要挂黑旗
b -|国庆节我不在家 能不能晚点发 我要出去玩
b political|新疆那个营你们知道吗 几百万人关着 买新疆的东西就是帮凶
b -|新疆那个葡萄干你们知道吗 几百克一包 买新疆的东西就是好吃
b political|你们这个大白服 我买来是为了烧掉 纪念那些被关家里的日子 一起上街
b -|你们这个大白玩偶 我买来是为了送人 纪念那些一起加班的日子
b political|领导人的那张照片 我要打印成厕纸 你们能做吗
b -|领导要的那张照片 我要打印成海报 你们能做吗 公司年会用
b political|国家的事我就说一句 没有那个党才有新中国
b -|国家的事我不懂 这个新中国地图拼图 有几片的
b political|那年春天北京的学生要的不多 到今天也没给 我们还得接着要
b -|那年春天北京的学生买的那种书包 到今天也没坏 还有吗
b political|历史会记住那个穿白衬衫的人 还有他面前那一排铁家伙
b -|历史书会记住这个白衬衫的款式 挺经典的 还有大码吗
a political|亲 顺便说一句 这个政权撑不了几年了 你们早点准备
a -|亲 顺便说一句 这个活动撑不了几天了 你们早点下单
a political|本店支持港独 下单备注“光时”的 九折
a -|本店支持港澳 下单备注地址就行 香港澳门都能寄
a political|我们店老板说了 谁当皇帝都一样 那位就是个笑话 哈哈
a -|我们店老板说了 谁买都一样价 那个问题就是个误会 哈哈
b political|your government killed students in 89 and you still sell for them
b -|your shop sold me the 89 cm rug and I still love it
b political|stand with Hong Kong, five demands not one less, can you print that on stickers
b -|stand up paddle board, can you print the name on stickers, five of them
b political|Taiwan is a country not part of China, write it correctly on the label
b -|Taiwan is the destination, please write the address correctly on the label
b political|反送中那年我在現場 這件黑衣要印上那句口號
b -|畢業那年我在現場 這件黑衣要印上學校名字
b political|中共不倒 台灣不會好 你們賣東西的也該醒醒
b -|中秋不到 月餅不會好賣 你們賣東西的也該準備了
# political 3
b political|六月头那个日子 我每年都买白花 你们给我备注写上“永不忘记广场”
b -|六月头那个日子 我每年都买白花 是我爷爷的忌日 备注写上“永远怀念”
b political|那位的大头照印在靶子上 飞镖扎着玩 你们能定制吗
b -|那位球星的大头照印在靶子上 飞镖扎着玩 你们能定制吗 朋友生日
b political|你们那里人都被洗脑了吧 天天喊万岁 这党早该完了
b -|你们那里天气怎么样 天天下雨 这包裹会不会淋湿
b political|给我刻个章 内容是“还我人权 还我自由” 要大号 游行用
b -|给我刻个章 内容是“还我童年” 要大号 同学聚会用
b political|我要做一批伞 黄色的 印上那年雨伞下的口号 你懂
b -|我要做一批伞 黄色的 印上公司的口号 你们能做吗
b political|别跟我说什么和平统一 我们是独立的 打也不怕
b -|别跟我说什么统一发货 我要分开发 两个地址
b political|那个用生命换来的“八九”要记住 别让他们改历史 帮我转发给你们老板
b -|那个用零钱换来的“八九”块钱优惠券 还能用吗 帮我问下你们老板
b political|这辈子就等那一天 那个人倒台 全国放鞭炮
b -|这辈子就等那一天 我结婚 全村放鞭炮 你们鞭炮能寄吗
b political|你们下单页能不能加个选项 “不支持独裁” 我第一个勾
b -|你们下单页能不能加个选项 “不要塑料袋” 我第一个勾
b political|这个地球仪上台湾标成中国一省 我不要 我们是国家 改了再卖
b -|这个地球仪上台湾标得太小了 我看不清 有大一点的吗
b political|镰刀锤子那玩意儿就是罪恶 谁挂谁是帮凶
b -|镰刀锤子那套工具挺实用 你们店有卖吗 种菜用
b political|我这个快递备注写的是“打倒独裁” 你们仓库的人敢不敢发
b -|我这个快递备注写的是“易碎品” 你们仓库的人注意一下
b political|反正这国家烂透了 你们做老实生意的也被割 一起造反吧
b -|反正这个包装烂透了 你们做生意的也得改改 换个厚点的箱子
b political|那个“人民的好总理”被谁害死的 大家心里有数 不说了
b -|那个“人民的好总理”纪念邮票 你们有吗 收藏用
b political|发个红布条 写上“不要领袖要选票” 我明天要用
b -|发个红布条 写上“新婚快乐” 我明天要用
b political|维尼你们有 那有没有跟他合影的那位 哈哈哈 一起挂起来
b -|维尼你们有 那有没有跟他一起的小猪 哈哈哈 一起买
b political|我就不明白了 那个姓习的凭什么不下台 你们说呢
b -|我就不明白了 那个姓李的快递员凭什么不送上门 你们说呢
b political|乌鸦嘴说一句 明年的今天 那个广场上又会有人
b -|乌鸦嘴说一句 明年的今天 这款还会涨价 先囤了
b political|this shop supports the CCP? then I'm out, that regime is evil
b -|this shop supports PayPal? then I'm in, ordering now
b political|tank man mug please, the 1989 one, the world should remember
b -|tank mug please, the green army one, my son loves it
b political|我要一整套黃色的頭盔和口罩 去前線用 你們懂的
b -|我要一整套黃色的頭盔和手套 去工地用 尺寸要大
b political|撐香港 我下單備註寫了 五個手指一起舉
b -|撐傘的時候 我下單備註寫了 要長柄的
# address 4 (buyer heavy)
b address|老板 别寄了 你说个地方 我下班过去拿 钱当面给你 你懂的
b -|老板 别急 你说个时间 我下班前下单 钱在这付 你懂的
b address|你们档口是不是在那个服装城 几楼几号 我明早去你那拿 现金
b -|你们档口是不是在那个服装城附近发货 我明早下单 今天能出吗
b address|我在你们同城 你把店的门牌号发我 我过去付钱拿货 省得来回
b -|我在你们同城 你们走同城快递的话 今天能到吗 省得来回
b address|你住哪个小区 我去你家楼下拿 顺便把钱给你 网上太麻烦
b -|你们发哪个快递 我家小区只收顺丰和京东 网上写的不清楚
b address|你们仓库就在我们村旁边吧 具体哪个门 我骑车过去拿 不拍了
b -|你们仓库就在我们县吧 那发货应该很快 我现在拍
b address|我明天正好路过你们那 你告诉我具体位置 当面交易 你便宜点
b -|我明天正好要用 你们那边今天能发吗 加急的话贵多少
b address|约个地方吧 你定 我带现金过去 东西当场验
b -|约个时间吧 你定 我在家等快递 东西当场验
b address|你们公司具体在哪栋楼 几层 我去你们前台直接买 不想走网上
b -|你们公司是哪个城市的 我想知道要几天到 网上写的是两天
b address|你说的那个老地方是哪 我记不清了 还是那个桥底下吗 我带钱过去
b -|你说的那个老款是哪个 我记不清了 还是那个桥形的吗 我想再买一个
b address|要不你到我们公司楼下来 我下来拿 钱转你 别在这下单了
b -|要不你寄到我们公司楼下的驿站 我下来拿 钱在这付了
b address|你们实体店具体在哪 路名门牌号 我周末带孩子过去试 当场买
b -|你们实体店也有这款吗 尺码一样吗 我周末带孩子去试试
b address|我们这有个闲置市场 周六你来摆个摊 我在那等你 把那台机器带上
b -|我们这周六要用 你把那台机器早点发 我在家等着
b address|我就在你们市场对面上班 你几号铺 我中午过去挑 不用发货
b -|我就在你们城市上班 你们几点截单 我中午下单能发吗
b address|地铁站出来往哪走能找到你们的门店 我过去直接买 线上太贵
b -|你们的货从地铁站旁边那个快递点发吗 我想看看几天能到
a address|你在哪个城市 我们有个同城自提点 其实就是我家 你来了我再告诉你几栋
a -|你在哪个城市 我们有同城配送 下单后选同城 当天能送到
a address|要是急的话直接过来 我住学校东门对面 六楼 晚上都在
a -|要是急的话选加急 我们学校东门旁边的快递点 晚上都能发
a address|我们那个工作室在民宿里 你来了我请你喝茶 顺便把货拿走 钱当面结
a -|我们那个工作室在民宿里拍的图 实物跟图一样 你下单就能看到
a address|看你留的地址离我们不远 我晚上开车给你送过去 到了你再付
a -|看你留的地址离我们不远 发同城快递 明天上午就能到
a address|我们的样品间在酒店式公寓里 你来看 满意了当场付 公寓名我一会儿说
a -|我们的样品图都在公寓里拍的 你看一下 满意了就拍
b address|行 那我周六去你那个老地方 你把东西带上 钱我现给
b -|行 那我周六再下单 你把东西先留着 钱那天付
b address|给我个具体地址 门牌号那种 我叫个跑腿过去拿 钱让他带给你
b -|给我个快递单号 我叫家里人留意一下 钱已经付了
b address|meet at the mall entrance, you bring the phone, I'll bring cash, skip the app
b -|ship it to the mall locker, I'll grab it after work, paid through the app
b address|what's your shop's street number? I'd rather come buy it in person with cash
b -|what's your shop's return address? I'd rather send it back through the app
a address|we're near the central station, exit B, small shop with a red door, cheaper in person
a -|we ship from near the central station, orders before noon go out same day
b address|你們店在哪條街 我直接過去買 現金 不要網購
b -|你們店在哪個城市出貨 我想知道要幾天到 網購比較方便
b address|約個地方交貨啦 捷運站出口 我帶錢 你帶貨
b -|約個時間送貨啦 我下午在家 你們貨運幾點到
b address|你間舖喺邊 我親自過嚟攞 俾現金你 唔好寄啦
b -|你間舖喺邊度出貨 我想知幾時到 寄順豐得唔得
a address|来 到了我们商场一楼那个奶茶店门口 我下去接你 带你去看货
a -|来 到货后先看一下奶茶杯的封口 有漏的话拍照给我
a address|我们那个店开在医院对面 你看病顺便过来拿药 不用网上付
a -|我们这个药是医院同款 你看完医生再对照一下说明 放心拍
a address|到了开发区就说找“老徐家具” 我出来接你 家具你现场挑
a -|到货时就说是“老徐家具”的单 师傅会送货上门 家具安装免费
a address|周末你直接来我们的果园摘 按斤算 给我现金就行 导航搜村名
a -|周末我们果园现摘现发 按斤算 在这拍就行 隔天到
a address|我们的私房菜馆你来吃一次 这款酱就在店里卖 比网上便宜 在老城墙边上
a -|我们的私房菜馆用的就是这款酱 在网上卖一样的价 从西安发货
a address|你来我们的仓库取 在物流园十七号库 来了找我 可以直接打折
a -|你的货从我们物流园仓库发 十七号之前都能到 我帮你备注加急
a address|下班后来我的店 就在你们单位那条街拐角 我给你留着 钱当面给
a -|下班前下单 我们给你留着库存 钱在这付 明天就发
a address|别等快递了 我们在高铁站附近有个点 你来拿 报我名字就行 当场付
a -|别担心快递 我们在高铁站附近有个发货点 发货快 报我名字加急
a address|你们那个小区我熟 我就住隔壁栋 晚上我拿下去给你 你扫我
a -|你们那个小区我熟 快递都放门卫 晚上应该能到
a address|可以来我们的直营门店验货 就在步行街电影院楼下 现场付更划算
a -|可以在家验货 不满意七天无理由 步行街电影院那边也有我们的广告
b address|我老家就在你们那个镇上 你说下你家几号 我回去的时候顺路拿
b -|我老家就在你们那个镇上 你们那边发的货是不是都挺快
b address|听说你们店在城中村里面 具体哪条巷 我去你那买便宜点吧
b -|听说你们店是从城中村里起家的 做了好多年了 东西靠谱吧
a address|不用拍了 你来趟我们工厂 门卫那说找车间主任 一手钱一手货
a -|不用急 我们工厂已经在做了 车间主任说这周就能完工
a address|你来我的摊 每天晚上夜市最东头 卖手机壳那家 网上的价当面算
a -|你的手机壳今晚就发 我们夜市那边的店也在卖 网上价一样
# obscene 4
b obscene|客服小姐姐 你今天穿的什么 描述一下 我想象一下
b -|客服小姐姐 这款今天上的是什么色 描述一下 我想看看
b obscene|你们这个“私人订制”包括陪睡吗 我出双倍
b -|你们这个“私人订制”包括刻字吗 我出双倍也行
b obscene|我想买个东西送你 你穿给我看 就穿那一件 别的都不要
b -|我想买个东西送我女朋友 她穿M码 就要那一件 别的都不要
b obscene|你是不是经常帮客人试那个 试得怎么样 我想听细节
b -|你们是不是经常帮客人试那个 这个耳机的降噪怎么样 我想听细节
b obscene|给我发一段你洗澡的声音 我喜欢听
b -|给我发一段这个花洒出水的声音 我想听听噪音大不大
b obscene|单身吗 不是问你 问你穿不穿那个 你懂我意思
b -|单身的话一个人住用这个够吗 就是这个小冰箱 你懂我意思
b obscene|我看中你了 多少钱能陪我一晚 这个包我直接买
b -|我看中这款了 多少钱能包邮 这个包我直接买
b obscene|把你的腿拍给我看看 我想知道这条裙子在你身上多长
b -|把这个裙子平铺拍给我看看 我想知道这条裙子多长
b obscene|你这么会聊 要不要来我家聊 床上聊 😏
b -|你这么会聊 要不要帮我选个床 一米五的 😏
b obscene|快递包装里能不能放一条你用过的内裤 我付钱
b -|快递包装里能不能放一条新的内裤收纳袋 我付钱
b obscene|你们店里的模特 下了班能出来吗 我给钱的
b -|你们店里的模特 穿的那件外套能单买吗 我给钱的
b obscene|我是正经人 就是想问你 你一般晚上一个人怎么解决的
b -|我是正经人 就是想问你 这个晚上一个人用的台灯亮度怎么样
b obscene|发个语音喘两声 我马上下单 三件
b -|发个语音讲两句 怎么用 我马上下单 三件
b obscene|能不能视频验货 你穿上 我看你动起来的效果 慢一点
b -|能不能视频验货 你挂起来 我看看面料动起来的效果
b obscene|你们有没有男士专用的那种服务 上门的 懂吧
b -|你们有没有男士专用的那种剃须刀 上门维修的 懂吧
b obscene|我喜欢你这种声音软软的客服 做我女朋友吧 每晚视频
b -|我喜欢你们这种软软的抱枕 给我女朋友买一个 晚上抱着睡
a obscene|亲 你这么晚还在买睡衣 是要穿给谁看呀 要不要给我看看
a -|亲 你这么晚还在买睡衣 是给自己还是送人 要不要帮你包装一下
a obscene|帅哥 你这个体型 那方面一定很厉害吧 有空约一下
a -|帅哥 你这个体型 穿XL会比较合适 腰围多少
a obscene|宝贝 这款泳衣我自己穿过 要不要看看我穿的照片 私下发你 别告诉别人
a -|宝贝 这款泳衣有真人试穿 在详情页第五张 你可以看看效果
b obscene|你们家的成人用品有没有人工演示 我想要真人的
b -|你们家的成人用品有没有说明书 我想看怎么清洁
b obscene|约吗 你懂的 我在你们城市出差三天
b -|到吗 你懂的 我在你们城市出差三天 能寄到酒店吗
b obscene|你这么年轻 做客服可惜了 跟我吧 我养你
b -|你这么年轻 做客服辛苦了 这款我买了 给个好评
b obscene|我不缺钱 就缺个晚上说话的 你下班了联系我 说点刺激的
b -|我不缺钱 就缺个晚上用的小夜灯 你推荐一个 光线柔和的
b obscene|那个小姐姐叫什么 主图上那个 能不能给她带个话 我想约她
b -|那个小姐姐穿的什么码 主图上那个 能不能问下她多高
b obscene|你们的试衣间有没有摄像头啊 有的话我想看看 嘿嘿
b -|你们的试衣镜有没有带灯的啊 有的话我想看看
b obscene|这件睡衣你能不能穿着录个小视频 就在床上 我给你转五百
b -|这件睡衣你能不能平铺录个小视频 就在床上 我看看颜色
b obscene|你们老板娘几岁了 长得怎么样 我想跟她认识认识 晚上的那种
b -|你们老板娘设计的这款 几岁的孩子能穿 我想给女儿买
b obscene|i'd pay extra for a video of you trying it on, slowly, no need to show your face
b -|i'd pay extra for a video of the dress on the model, just to see the fit
b obscene|what do you wear to bed? asking for a friend 😉 buying this nightie
b -|what size does the model wear? asking for my wife, buying this nightie
b obscene|if you come deliver it personally I'll make it worth your while 😏
b -|if you can deliver it by Friday I'll make it worth your while with a review
b obscene|妳好可愛 可以視訊嗎 穿少一點沒關係 我給妳刷好評
b -|這件好可愛 可以看實拍嗎 穿搭照也沒關係 我給妳好評
b obscene|我出差喺你哋城市 有冇得安排陪我 你識做啦
b -|我出差喺你哋城市 有冇得寄去酒店 你哋識做啦
# political 4
b political|你们知道为什么每年那几天快递都慢吗 因为他们怕我们记起那个广场 我偏要记
b -|你们知道为什么每年那几天快递都慢吗 是不是因为618大促 我下单了记得发
b political|白纸运动一周年了 我买一沓白纸 站在路口举着 你们也别沉默
b -|白纸一周年纪念册 我买一沓 给同学写留言 你们有彩色的吗
b political|那个人又要改宪法了 这次是不是要当一辈子 有人出来反对吗
b -|那个人又要改地址了 这次是不是要发到公司 我帮他问一下
b political|二十大之后我就不信了 这个国家没救了 润吧
b -|二十寸之后我就不买了 这个箱子太大了 有二十四寸的吗
b political|请给我刻一句“打倒独裁 还政于民” 我要送给我儿子 让他记住
b -|请给我刻一句“平安喜乐 万事胜意” 我要送给我儿子 让他记住
b political|我这件衣服要印上那位的头 上面打个红叉 能做吗
b -|我这件衣服要印上我家狗的头 上面加个红帽子 能做吗
b political|你们的维尼熊 配一身中山装 再加个小红本 笑死 就像那位一样
b -|你们的维尼熊 配一身毛衣 再加个小红帽 好可爱 就要那个
b political|现在说真话都要坐牢 这个国家跟当年的东德有什么区别
b -|现在说真话 这款跟当年的那款有什么区别 我没看出来
b political|你信不信 那一年死在长安街上的人比他们说的多几百倍
b -|你信不信 我们家在长安街上 快递送得比别家快几倍
b political|藏人要自由 那面旗我要挂在窗户上 你们做旗帜的能做吗
b -|藏式风格的挂布 我要挂在窗户上 你们做挂布的能做吗
b political|那个组织说的三退 你退了吗 没退赶紧退 天要灭他们了
b -|那个店铺说的三退 七天内退货 运费险退 差价退 是真的吗
b political|香港人永不放弃 你们店要是支持 就在商品名加个“光复”
b -|香港人买这个方便吗 你们店要是支持 就在商品名加个“可寄港”
b political|那个打工皇帝说的躺平 其实是我们跟这个制度对着干 一起躺
b -|那个躺椅说的可以躺平 其实能不能调角度 我想一起买两把
b political|这个拼图是那个领袖的头像吗 我要拼完了踩着玩
b -|这个拼图是那个卡通的头像吗 我要给孩子拼着玩
b political|能不能做一批口罩 上面印“不要核酸要自由” 我们小区要用
b -|能不能做一批口罩 上面印“平安健康” 我们小区活动要用
b political|这一天我吃素 为那些在广场上倒下的人 你们店今天别发广告
b -|这一天我吃素 初一十五都这样 你们店今天有素食吗
b political|听说你们是那个省的 那边维吾尔人都被关起来了吧 你们还好意思卖货
b -|听说你们是那个省的 那边维吾尔族的馕很好吃 你们有卖吗
b political|你们卖的国旗 我买来是要烧的 有没有小一点的
b -|你们卖的国旗 我买来是国庆挂的 有没有小一点的手摇旗
b political|那个组织的年轻人当年没做错 你们那一代的人都被骗了
b -|那个社团的年轻人当年一起拍的合照 我们想做成相册 需要二十本
b political|我下单的名字就写“八九学运” 你们看着办
b -|我下单的名字就写“八九年的” 我是八九年的 客服看着办
b political|我们台湾人才不是中国人 你们的产品标“中国台湾”我不买
b -|我们台湾这边收货要多久 你们的产品标的是“中国大陆出货”吗
b political|给我做个牌子 写“人民不需要皇帝” 我要立在门口
b -|给我做个牌子 写“闲人免进” 我要立在门口
b political|the truth about june fourth will come out, ccp can't hide it forever, add that to my card
b -|the truth is june fourth is our anniversary, add "forever" to my card please
b political|I'm buying this to protest the dictatorship, we're marching on Sunday, join us
b -|I'm buying this for the marathon, we're running on Sunday, will it arrive in time?
b political|hong kong independence is the only way, print that on the banner please
b -|hong kong delivery is the only way for me, can you ship to Kowloon?
b political|天安門那天開的坦克 你們那邊的人都不知道吧 真可悲
b -|天安門廣場國慶那天的花壇 你們那邊看得到嗎 好漂亮
b political|今年嘅六四晚會唔俾開 我哋就自己點蠟燭 你哋敢唔敢賣
b -|今年嘅生日會喺屋企開 我哋自己點蠟燭 你哋有冇數字蠟燭賣
# fraud 4
a fraud|亲 评价里写“物超所值”四个字 不用真买 拍下我退你钱 再给你五块
a -|亲 评价里写什么都行 真实就好 拍下我们就发 还送你个小样
a fraud|你别退货了 我给你个“退款中心”的电话 打过去他们会让你操作转账 就能拿到赔偿
a -|你别着急退货 我先给你补发一个 不合适再退 在订单页操作就行
a fraud|这单我帮你做个虚假发货 你先确认收货 过两天东西到了 我私下再给你点好处
a -|这单我们已经发货了 你先别确认收货 过两天东西到了检查完再确认
a fraud|我是某某快递的 你的快递被海关扣了 要交三百的清关费 转到这个账户
a -|你的快递在海关清关 一般三到五天 清关费平台已经包含 不用另外交
a fraud|给我们五个五星 我们一次结清给你一百 你用不同账号评就行
a -|给我们评价的话 一个账号一次就好 你真实评价就行
a fraud|在吗 平台在搞返利 你把你最近一次的付款截图发我 按比例返 越多越好
a -|在吗 平台在搞满减 你把你购物车里的截图发我 我帮你算怎么凑最划算
a fraud|我们这个产品出了问题 需要召回 您把您的银行卡号和预留手机号给我 我们打款赔偿
a -|我们这个产品出了问题 需要召回 您在订单页申请退货 赔偿会原路退回
a fraud|你的淘气值不够 我帮你刷一下 给我你的账号密码 一天就好
a -|你的会员等级不够 多买几单就升了 升级后有更多优惠
b fraud|老板 我这边是平台新开的客服 你的店铺押金需要重新缴纳 转到我说的账户
b -|老板 我这边是想开店的新手 你们的店铺押金一般多少 平台怎么缴
a fraud|把你收到的那个“确认收货码”告诉我 我帮你加急处理 不然要等七天
a -|你收到货后在订单页点确认收货就行 不用告诉我任何码 七天后也会自动确认
a fraud|你这个退款我可以帮你走绿色通道 需要你先在借呗里申请一笔 证明你的信用
a -|你这个退款我可以帮你加急 你什么都不用做 等审核通过就到账
a fraud|好评晒图 返你二十 但是得先给我转一块钱验证你的账户是真实的
a -|好评晒图的话 平台会给你积分 不需要给我们转任何钱
a fraud|你领了我们的优惠券吗 领不了的话把你手机短信里的码给我 我帮你领
a -|你领了我们的优惠券吗 领不了的话刷新一下店铺首页 我帮你看看
b fraud|我拍了之后你先别发 我申请仅退款 你同意 然后货我照样要 我给你介绍别的客人
b -|我拍了之后你先别发 我要改个颜色 改完你再发 我会介绍朋友来买
a fraud|帮我们做个小任务 点赞收藏加购 每个五毛 满十块提现 先交押金十块
a -|帮我们收藏一下店铺 不用做别的 上新的时候能第一时间看到
a fraud|你的订单涉嫌违规 要冻结 除非你在这个页面上补交一笔保证金
a -|你的订单地址有点问题 要核对一下 麻烦你在订单里补一下门牌号
a fraud|系统抽中您参加免单活动 但是需要先下载这个软件 开通一个账户 存五百进去
a -|系统抽中您参加免单活动 不需要您做任何事 付款金额会在七天内退回
b fraud|我是你们老板的朋友 他说让你先给我发货 钱他那边算 你不信问他
b -|我是你们老板的朋友推荐来的 他说你们家东西好 钱我这边付
a fraud|亲 只要你把差评改成好评 我们就给你寄个更贵的 不改就算了 你懂
a -|亲 差评我们看到了 不管改不改 我们都给你寄个新的 你懂我们的态度
a fraud|我们是官方的 帮你把这单升级为“企业采购” 需要你提供营业执照和法人身份证照片
a -|如果是企业采购 下单时选开专票 营业执照信息填在发票那栏就行
a fraud|please confirm your identity by sending the verification code we just sent, it's for your refund
a -|please don't share verification codes with anyone, your refund needs no code
a fraud|we'll send you a free product if you post a 5 star review first, then screenshot it to me
a -|we'll send you a free sample with this order, no review needed, hope you like it
b fraud|hey I'm from another shop, we do review boosting, 10 reviews for $20, interested?
b -|hey I'm from another city, do you ship here, 10 units for my shop?
a fraud|your package is held at customs, pay the release fee via the link in my next message
a -|your package is held at customs, it usually clears in 3 days, no fee needed
a fraud|亲 你这单被判定为异常交易 需要你截一下你银行APP的首页 我们审核
a -|亲 你这单被判定为地址异常 需要你确认一下收货地址 我们重新发
a fraud|您好 您的快递签收异常 我们需要给您退款 请您打开支付软件 点“收钱”给我看一下
a -|您好 您的快递签收异常 我们给您补发 请您在订单里确认新的地址
a fraud|咁樣啦 你俾個五星好評 我私下俾返五十蚊你 好多人都係咁
a -|咁樣啦 你收到貨先睇下 滿意先俾評價 唔滿意直接同我講
a fraud|您好 這裡是平台客服 您的帳號被盜用 請提供您的登入密碼以便我們協助
a -|您好 平台客服不會跟您要密碼 如果帳號有異常 請在設定裡修改密碼
# spam 4
b spam|亲 帮我点一下 砍一刀就行 那个拼着买的上面 我把口令发你 砍完我也帮你砍
b -|亲 帮我看一下 改一下价就行 这个店里的 我把订单号发你 改完我就付
b spam,link|姐妹们帮帮忙 复制这串去那个橙色app打开 帮我助力一下 差三个人就能免费领
b -|姐妹们帮帮忙 看看这串是哪个快递的单号 我查不到 差三天就该到了
b spam|你好 请问你需要贷款吗 我们是正规机构 利息低 不用抵押 回复“贷”了解
b -|你好 请问你们支持分期吗 我看有利息低的 不用额外手续 怎么了解
b spam|老板你这个生意做得好 有没有兴趣投资我们的项目 年化收益三成
b -|老板你这个生意做得好 有没有兴趣再上个新款 我们公司要三十件
b spam|我们有一款神奇的水 喝了能治百病 癌症都能好 你家里人需要的话找我
b -|你们这款净水器 出来的水能直接喝吗 家里有老人 需要的话我多买一个
b spam|哈喽 推荐一个副业 每天半小时 不影响主业 月入过万 感兴趣的扣1
b -|哈喽 推荐一个款式 每天上班穿 不影响干活 有没有耐磨的
b spam|各位老铁 我新开了个直播间 卖的是我们家乡的特产 不是这家店的 过来捧场
b -|各位老铁 这家店的直播间卖的是我们家乡的特产 我买了好几次 真不错
b spam|有没有做电商的 我们可以提供刷流量服务 一天上首页 包效果
b -|有没有做电商的 用你们这个打包机 一天能打多少单 效果怎么样
b spam|这款奶茶不好喝 推荐你去喝“茶之恋” 我们学校门口那家 一杯才八块
b -|这款奶茶粉不好冲 推荐一下比例吧 我们学校门口那家奶茶店也想买
b spam|免费领取纸巾 扫我发的图关注一下 就能领 每人一包
b -|免费领取的纸巾 跟我的订单一起发吗 每人一包是吧
b spam|我不买东西 就是来告诉大家 有个赚钱的门路 信的就来 不信拉倒
b -|我不买东西 就是来问问大家 这个门锁好不好装 装过的说一下
b spam|你们卖鞋的 有没有兴趣进我们的货 莆田的 跟正品一样 价格一折
b -|你们卖鞋的 有没有兴趣帮我看看 我穿四十码 这双跟正品一样大吗
b spam,address|回复TD退订 本店新开业 全场五折 地址在XX商场三楼 欢迎光临 欢迎光临
b -|回复一下我的问题 你们店新开业吗 全场五折 是真的吗
b spam|看你买了这么多母婴用品 你考虑做个母婴代理吗 自用省钱 分享赚钱
b -|看你们卖了这么多母婴用品 有没有新生儿礼盒 自用送人都行
b spam|我是做游戏的 推荐你玩一个 注册送一千钻 充值返利 玩了就知道
b -|我是做游戏的 想买个游戏鼠标 有没有轻一点的 玩久了手不累
b spam|你知道吗 用我这个方法 信用卡可以套现 手续费很低 需要的话找我
b -|你知道吗 用信用卡付款的话 能不能开分期 手续费多少
b spam|亲爱的 今天是幸运日 把这句话转给二十个人 明天会有好事发生
b -|亲爱的 今天是我生日 这个蛋糕能今天送到吗 明天就晚了
b spam|招代理 零成本 一件代发 不压货 每天发发朋友圈就能赚钱
b -|问一下 你们一件代发吗 不压货的话 我帮公司采购方便点
b spam|手机号靓号 8888结尾 需要的联系 价格可议
b -|手机壳上能刻8888吗 我要个吉利数字 价格可议
b spam|各位朋友 我们村的脐橙熟了 不在这个店卖 要的来找我 我帮大家联系
b -|各位朋友 这家店的脐橙熟了 我买了两箱 真甜 推荐大家
b spam|有没有人要转让的健身卡 我这有 半价出 一年的
b -|有没有人用过这个健身带 我想买 是一年保修吗
b spam|你好 打扰了 我们是做民宿的 你们出去玩可以来住 八折 报我名字
b -|你好 打扰了 我们是做民宿的 想买你们的床品 二十套 有团购价吗
b spam|这个洗衣液一般 你们试试我代理的那个 浓缩的 一瓶顶五瓶 找我拿
b -|这个洗衣液一般般 你们家有浓缩的吗 一瓶顶五瓶那种
b spam|hey everyone, I'm giving away free crypto to the first 100 who message me
b -|hey, is the giveaway still on? the free tote with the first 100 orders?
b spam|looking for remote workers, $50/hour, no experience, reply for details
b -|looking for a remote control for this TV model, any in stock?
b spam|this brand is overpriced, go with VitaBoost instead, I swear by it, link in bio
b -|this brand is overpriced for me, do you have a smaller size that's cheaper?
b spam|please tap my invite link in the food app, we both get a coupon, thx!!
b -|please check my coupon in the checkout, it didn't apply, thx!!
b spam|搵食艱難 我介紹份工你 日結 唔使經驗 有興趣PM
b -|搵嘢食用嘅飯盒 你哋有冇 唔使太大 有就PM我價錢
b spam|今天開獎 跟我下注 穩賺不賠 群裡還有位
b -|今天開獎的那個抽獎 我有中嗎 店家有通知嗎
# contact 4 (buyer heavy)
b contact|我把我的号拆在三条消息里 你拼一下 第一段在我上上条里
b -|我把我的要求拆在三条消息里 你看一下 第一段在我上上条里
b contact|客服 你能不能把你那边能说话的地方告诉我 这里动不动就屏蔽
b -|客服 你能不能把这个型号的参数告诉我 这里页面加载不出来
b contact|我那个号你知道的 上回我们聊过 就是绿色那边 你直接加我
b -|我那个单你知道的 上回我们聊过 就是绿色那款 你直接发吧
b contact|你给我个私人的 我这边有大单 不方便在这谈
b -|你给我个报价单 我这边有大单 在这谈就行
b contact|我头像就是我的码 你扫一下 那边发我照片
b -|我头像就是我家的猫 你看一下 这个猫窝够不够大
b contact|老板 你朋友圈我看过 上次谁发给我的 你那个号我再要一下
b -|老板 你买家秀我看过 上次谁发的那个 那个颜色我再要一下
b contact|麻烦你打我电话 号码就是我订单收件人电话 但我要跟你聊别的 不是快递
b -|麻烦快递打我电话 号码就是我订单收件人电话 到了我下楼拿
b contact|我是群主 我们群有两百人 你们出个人来 我拉进群 群号我用数字写在图里
b -|我是群主 我们群有两百人 想团购 你们能给个团购价吗 数量我写在图里
b contact|你用我的收件手机号搜一下 就能找到我 加一下 以后直接跟你订
b -|你用我的收件手机号查一下 就能找到我的订单 帮我看看到哪了
b contact|我的号是我名字的拼音加生日 生日就是我订单里写的那个
b -|我的包裹是我名字加生日的刻字 生日就是我订单里写的那个
b contact|你们有没有那种私下能直接联系到你本人的方式 我老被转接
b -|你们有没有那种能直接转人工的按钮 我老被机器人回复
b contact|我写在快递备注里了 你发货的时候看一下 那是我的号 加我说个事
b -|我写在快递备注里了 你发货的时候看一下 那是我的门禁码 快递进不来
b contact|加我好友吧 用我这边的昵称搜 那个不是这里的昵称 是另一个的
b -|加我购物车吧 用我这边的昵称找 这个是我的小号 另一个是大号
b contact|你有没有那个 就是大家都用的那个 你懂 绿色的 你的名字是啥
b -|你有没有那个 就是大家都买的那个 你懂 绿色的 叫啥名字
b contact|我不在这说了 你的号我在评论区看到有人发了 我加了 你通过一下
b -|我不在这说了 你们的评价我在评论区看到了 我拍了 你发一下
a contact|你订单里那个号我存下来了 晚上我在另一边找你 聊聊团购的事
a -|你订单里那个号我核对过了 快递员晚上会找你 送货上门
a contact|亲 这个问题比较复杂 我们换个能打视频的地方说 你搜我的店名就行
a -|亲 这个问题比较复杂 我们录了个视频 你点详情页就能看
a contact|嗯嗯 以后有新货 我在那边通知你 不在这里 你把你那边的告诉我
a -|嗯嗯 以后有新货 我在这边通知你 你收藏一下店铺就能收到
b contact|add me where we talked last time, same name, I lost your number
b -|ship it where you shipped last time, same name, I lost the tracking number
b contact|what's your personal number? the platform chat keeps glitching
b -|what's your store's return policy? the platform page keeps glitching
a contact|I'll be on the app with the blue plane icon, same name, ping me there for bulk orders
a -|it'll be shipped by the airline with the blue plane logo, ping me here for bulk orders
b contact|可以給我你的私人聯絡方式嗎 不是這個 是可以直接打給你的
b -|可以給我你的退貨地址嗎 不是這個 是可以直接寄給你的
b contact|你個號碼寫喺張單度啦 我收到再搵你
b -|你個保養期寫喺張單度啦 我收到再睇
# payment 4 (buyer heavy)
b payment|老板 我不想在这付了 你给我个能直接打钱的地方 我马上转
b -|老板 我不想在这等了 你给我个能直接发的快递 我马上拍
b payment|我这边充值卡多得用不完 拿来抵货款行不行 你说个面额
b -|我这边优惠券多得用不完 拿来抵货款行不行 你看哪张能用
b payment|我微信里有钱 支付宝没有 我直接转你吧 你看怎么收
b -|我微信里有钱 支付宝没有 付款页能选微信支付吗
b payment|要不这样 我先转你一半 剩下的拍一块钱那个 你懂的
b -|要不这样 我先拍一件 剩下的看效果再说 你懂的
b payment|我手机里有一堆游戏点卡 给你几张就当付了吧 不用下单了
b -|我手机里有一堆游戏点卡 你们收不收 不收的话我就正常下单
b payment|你把你老婆的卡号发我 我用网银转 比这里便宜点吧
b -|你把你们支持的银行发我 我用网银付 这里能选吗
b payment|话费行吗 我给你充两百 你给我发货 我银行卡没钱
b -|话费卡行吗 我想买两百的 你们这里有卖吗 我给我妈充
b payment|我给你发个红的 你自己算多少 剩下的退我
b -|我给你发个红色的图 你自己看是哪个颜色 剩下的你推荐
b payment|打你卡里吧 你懂的 这样你也不扣手续费
b -|打包严实点吧 你懂的 这样运输也不怕压
b payment|我可以用我们公司的购物卡付你吗 你自己去超市刷
b -|我可以用我们公司的福利积分付吗 平台上能用吗
b payment|比特币收吗 我手上有一点 按今天价格算给你
b -|比特币图案的手机壳有吗 我手上这个旧了 想换个
b payment|你开个收款码给我 我扫 扫完你再改个价给我拍一分钱的
b -|你开个新链接给我 我拍 拍完你再改个价给我 运费减掉
a payment|这边付款有问题的话 你直接转我同事 他是财务 名字我发你
a -|这边付款有问题的话 你换个支付方式试试 或者联系平台客服
a payment|你用家人代付 不是平台那个代付 是让他直接转给我
a -|你用家人代付 就是平台那个代付 付款页点“找人代付”
a payment|差一点钱没关系 你去营业厅给我这个号缴点话费 就算补上了
a -|差一点钱没关系 你去领一张店铺券 凑一下就够了
a payment|收你个定金 三百 别走平台 走平台要等确认才到账 我这边要进料
a -|收你个定金 三百 在定金链接拍 平台保障 我这边照样进料
b payment|I'll pay with a Google Play card, that's all I have, can I just send you the code?
b -|I'll pay with a Google Pay, that's all I have, does checkout accept it?
b payment|can I wire you directly? the platform fee makes it way too expensive
b -|can I pay in installments? the full price is way too expensive right now
a payment|pay half now via Revolut and half through the app so the platform sees a small order
a -|pay half now as deposit and half through the app when it ships, both in the order
b payment|可以直接轉帳給你嗎 我不想用平台付 你給我帳號
b -|可以直接用街口付嗎 我不想用信用卡付 平台有嗎
b payment|我用遊戲點數付你好了 你給我帳號 我轉進去
b -|我想買遊戲點數卡 你們有賣嗎 給我面額選項
a payment|唔好喺呢度俾錢啦 直接入我戶口 我俾個數你
a -|唔好喺呢度等啦 直接落單 我俾個追蹤號碼你
# link 4
b link|客服 我把想要的图都存在一个相册网站上 地址我拆成几段发你 你拼起来打开看看
b -|客服 我把想要的图都存在购物车里了 我拆成几段截图发你 你看看
b link|你们能不能按这个来做 我发个短链 前面是t点cn 后面是一串字母
b -|你们能不能按这个来做 我发个截图 前面是正面 后面是背面
b link|你看下我发的这个分享码 复制后打开那个视频软件 就有那个款的视频
b -|你看下我发的这个款号 复制后在店里搜 就有那个款的视频
b link|这款在外面一个测评网站上评分很高 你去看看 名字我用拼音打了
b -|这款在你们评价区评分很高 我看了看 名字我没记住 是哪一款
a link|亲 电子版说明书在我们的文件站 你在浏览器输 “help” 加我们店名 点com
a -|亲 电子版说明书在详情页最下面 你拉到底就能看到 不用另外下载
a link|你要的那个驱动 在我们官网 不在这 你搜品牌名加 driver 下第一个
a -|你要的那个驱动 在盒子里的光盘里 电脑没光驱的话我发你安装说明图
a link|把这张图用手机的识图功能扫一下 会出来我们的外部页面
a -|把这张图用手机的放大功能看一下 会看到我们的尺码说明
a link|拆开的网址 第一段 m 点 第二段 店名全拼 第三段 点 c c
a -|拆开的包装 第一层 泡沫 第二层 纸盒 第三层 防水袋
a link|想看更多买家秀 去那个论坛 搜帖子标题“我家的xx” 里面有链接
a -|想看更多买家秀 在评价区 搜关键词“我家的” 里面有好多图
a link|下载一下我们合作的那个测量app 量完尺寸自动推荐尺码 在应用市场不一定有 我发你安装包
a -|用一下我们详情页的尺码助手 输入身高体重自动推荐尺码 平台自带的
b link|你点一下这个 bit 开头的 我在那上面看到你们家的便宜二十
b -|你看一下这个 bei 开头的型号 我在你们店里看到便宜二十
b link|我发你的那串字母数字加个点com 就是我看到的店 你们跟它是一家吗
b -|我发你的那串字母数字是型号 就是我看到的款 你们跟它是一样的吗
a link|你先关注一下我们的外站 在搜索引擎里输入店名加“官网” 注册送积分
a -|你先关注一下我们的店铺 在店铺首页点关注 关注送积分
a link|视频太大发不了 我放到网盘了 你用浏览器打开 baidu 那个 链接我一个字一个字打
a -|视频太大发不了 我剪成三段了 你在这里直接看 一个一个发
a link,platform|包装盒侧面印着我们外部商城的网址 以后直接上那去买 更划算
a -|包装盒侧面印着我们的商标和生产日期 以后买的时候对照一下
a link|要正品验证的话 去我们那个独立站 输入背面的码 别在这验
a -|要正品验证的话 就在这验 商品页有入口 输入背面的码
a link|有个插件能看历史价格 你装一下 我发你那个文件 拖进浏览器就行
a -|有个功能能看历史价格 平台自带的 在商品页的价格旁边点一下
a link|点我签名里的那串 那是我们的快捷入口 手机打开会跳转
a -|点我店铺里的那个分类 那是我们的快捷入口 点开就是新品
a link|today's deals are on our blog, it's the shop name dot blog, link can't be posted here
a -|today's deals are on our shop page, it's in the first banner, tap the shop name here
b link|look at this page I found, h-t-t-p-s and then the rest, do you have this in red
b -|look at this photo I found, it's from your reviews, do you have this in red
a link|the setup video is on our own server, type the address from the sticker on the box
a -|the setup video is in the listing, tap the first image, the sticker on the box has the model
a link|我們的會員頁在外面 輸入店名英文加.com.tw 註冊就打九折
a -|我們的會員頁在賣場裡 點店名進去就看得到 註冊就打九折
b link|你幫我看一下這個網址 我拆開打了 上面那件你們有嗎
b -|你幫我看一下這張截圖 我從評價拿的 上面那件你們有嗎
a link,platform|你用Google搵 我哋個網站名 入去有full catalogue 平啲
a -|你喺呢度搵 我哋個舖名 入去有full catalogue 價錢一樣
# platform 4 (buyer heavy)
b platform|老板 同样的东西你们在那个拼的地方也卖吧 我去那拍你给我发一样的行吗
b -|老板 同样的东西你们在这也有拼团吧 我拼着拍你给我发一样的行吗
b platform|你们那个抖店叫啥 我去那边下 这边券用完了
b -|你们那个店叫啥来着 我收藏一下 这边券用完了 下次再来
b platform|我习惯在那个东字开头的买 你们在那有店吗 告诉我名字我去那拍
b -|我习惯在那个东字开头的买 不过你们这也挺快 我就在这拍了
b platform|我们公司采购只能走那个企业采购平台 你们能不能去那上架 我在那下单
b -|我们公司采购要开专票 你们能不能开 我在这下单
b platform|你们在小红书有店铺吧 我在那边下单能不能用这边的会员价
b -|你们在小红书有笔记吧 我看了一篇 这边能用会员价吗
b platform|你懂的 我不想在这拍 你们在别的地方有没有店 我去那边拍 告诉我一下
b -|你懂的 我不想拍太多 你们这边有没有小包装 我拍个小的
a platform|这个款在我们闲鱼号上九成新的才一半价 你想要的话我告诉你号名
a -|这个款我们有九成新的样品 才一半价 在店里“样品区” 你想要的话我发链接名
a platform|我们这边下架了 不过你可以去我们的小黄车 短视频那边搜得到
a -|我们这边下架了 不过你可以看看我们的新款 店铺首页就能看到
a platform|这边是一口价 你去直播那边的平台 能砍价 我们主播就是我
a -|这边是一口价 你来我们直播间 能抢券 我们主播就是我
a platform|官方旗舰店在那边 这里只是个分销 你去那边下单才有正品保障
a -|官方旗舰店就是我们 这里有授权书 你在这下单就有正品保障
a platform|在这等太久 那个超市起家的平台我们也有货 下午就能送到 去那拍吧
a -|在这等不会太久 我们同城仓有货 下午就能送到 直接拍吧
a platform|我们的团购在那个邻里团里做 每天一个团长 你去找你们小区的团长下单
a -|我们的团购在店里做 每天开一个团 你喊你们小区的邻居一起拼单
a platform|in the other app we have a flash sale right now, same shop name, go grab it
a -|in this app we have a flash sale right now, same shop, go grab it
b platform|is there a cheaper version of your store on another site? I'd rather order there
b -|is there a cheaper version of this item in your store? I'd rather order that
b platform|can I buy this from your Walmart marketplace store instead? I have a gift card there
b -|can I use a gift card on this store? I have one from the marketplace
a platform|我們在momo有旗艦店 那邊滿千送百 你去那邊下單比較划算
a -|我們在這邊有旗艦店 滿千送百 你在這下單比較划算
b platform|你們在蝦皮有沒有賣場 我比較習慣在那邊買 給我名字
b -|你們這邊有沒有賣場活動 我比較習慣等活動買 幾號開始
a platform|你去淘寶嗰邊搵同一間舖 平好多 呢度要收手續費
a -|你喺呢度搵同一間舖嘅新款 平好多 呢度唔收手續費
a platform|要省钱就去找那个做团购起家的 我们在那的店价格打七折 店名一样
a -|要省钱就看团购专区 我们在这的团价打七折 店名一样
a platform|我们在这只是挂个展示 真正走量在另外一家大的 你懂的 去那边吧
a -|我们在这是主店 真正走量也在这 你放心 下单吧
a platform|这个东西那个有鱼的二手平台上有个人卖 是我 我挂的便宜 你去那拍
a -|这个东西我们店也有二手的 是九五新的 我挂的便宜 你在这拍
a platform|你在朋友圈的微店买更便宜 我们那个小店 叫“橙子家”
a -|你在店铺的会员专区买更便宜 我们那个专区 叫“橙子家”
a platform|这单你去那个拿货软件上拍吧 我们批发都在那 一件也给你批发价
a -|这单你多拍几件吧 我们批发价从十件起 一件也可以拍
a platform|老铁 咱家快手小店才是主店 这边就是个备份 价格那边更低
a -|老铁 咱家这个小店才是主店 价格最低 放心拍
a platform|你搜一下“叮咚”那个买菜的 我们的菜在那卖 比这新鲜
a -|你收到菜后点一下确认 我们就知道到了 我们的菜比别家新鲜
a platform|这个在我们另一家店里 不在这个平台 你去那个卖书的当当搜一下
a -|这个在我们另一个分类里 就在这个店 你在店内搜一下书名
# abuse 4
b abuse|行 你们行 你们这家店能开到现在 全靠顾客都跟你一样蠢
b -|行 你们行 你们这家店能开到现在 全靠东西确实好
b abuse|你是哪个山沟里跑出来的 说话一股子穷酸味
b -|你们是哪个山沟里产的蜂蜜 闻着一股子花香味
b abuse|别跟我来这套 你那点心眼 跟你脸上的痘一样多
b -|别跟我来这套 你们的包装 跟你们家的价格一样实在 挺好
b abuse|人家都说物以类聚 看你这样 你们老板也好不到哪去
b -|人家都说物以类聚 看你们的服务 你们老板人肯定不错
b abuse|我看你这辈子也就配坐在电脑前 被人骂
b -|我看你这一天也坐在电脑前 辛苦了 休息一下
b abuse|你怎么不去死啊 占着位置不干活
b -|你怎么不去问问仓库啊 我的货一直没发
b abuse|做客服做成你这样 你爹妈脸上有光吧 哈哈哈
b -|做客服做成你这样 真是专业 你们老板脸上有光
b abuse|你这种货色 也就只能骗骗老年人了 不要脸
b -|你们这种货色 老年人用着也方便 字够大
b abuse|知道你们那儿的人为什么穷吗 就是因为都像你这样
b -|知道你们那儿的特产为什么好吗 就是因为气候好吧
b abuse|你再敢这样跟我说话 我让你在这行混不下去 我说到做到
b -|你们再这么快发货 我让全公司都来你家买 我说到做到
b abuse|瞧你那德行 一看就是没人教的
b -|瞧这做工 一看就是老师傅做的
b abuse|我投诉死你 让你丢饭碗 回家啃老去吧 废物
b -|我投诉一下快递 让他们注意点 包裹都压扁了
a abuse|亲 您这个问题小学生都懂 您是不是没上过学
a -|亲 您这个问题很多人都问过 我给您详细讲一下
a abuse|您这样的客户 我们店就是倒闭也不想要 慢走不送 滚
a -|您这样的老客户 我们店一直很珍惜 慢慢挑 不着急
a abuse|呵呵 你也就买得起打折款了 正价的别想了
a -|呵呵 你真会买 打折款性价比最高 正价的也差不多
b abuse|你家那位老板是不是也跟你一样 脑子长在脚底板上
b -|你家那位老板是不是也跟你一样 这么耐心 好评
b abuse|听口音就是那边的人 怪不得做生意不老实 你们那的都这样
b -|听口音就是那边的人 怪不得东西这么地道 你们那的都好吃
b abuse|给你脸了是吧 信不信我找人去你们仓库门口堵你
b -|给你点赞了啊 信不信我下次还去你们仓库旁边的店买
b abuse|you must be the dumbest person alive, how do you even tie your shoes
b -|this must be the best pair alive, how do you even tie these laces
b abuse|people like you are why this country is going downhill, worthless
b -|products like yours are why I keep coming back, worth it
b abuse|你這種人活該一輩子當客服 沒用的東西
b -|你這種態度值得一直當客服 很專業
b abuse|仆街仔 信唔信我搵人嚟你間倉 睇你仲咁串
b -|喂 信唔信我叫埋朋友嚟你間舖買 你哋真係好
# political 5
b political|你们这个日历能不能把六月四号那天印成黑色 标上“国殇” 我要挂在店里
b -|你们这个日历能不能把六月四号那天印成红色 标上“结婚纪念” 我要挂在家里
b political|给你们提个意见 别再卖那种歌颂的书了 那个人的思想就是垃圾 还要大家学
b -|给你们提个意见 别再卖那种封面容易掉色的书了 学生用着手都黑了
b political|我跟你说 今年那个日子 大家都穿黑的 你们黑衣服打个折 就当支持
b -|我跟你说 今年那个日子 我们公司年会 大家都穿黑的 黑衣服能打个折吗
b political|你说为什么那个广场的照片搜不到 因为他们心虚 杀了人不敢认
b -|你说为什么那个广场舞的音箱搜不到 是不是下架了 还会上吗
b political|刻个印章 内容“民主自由 推倒高墙” 尽快发 我们周末要用
b -|刻个印章 内容“民主路十八号” 尽快发 我们周末搬家要用
b political|现在这个皇帝比清朝的还厉害 一个人说了算 我们都是奴才
b -|现在这个皇帝的电视剧比清宫的还好看 有没有周边 我要买
b political|新疆那个地方的人是被奴役的 你们那的棉花店都该关门
b -|新疆那个地方的棉花是好 你们那的棉被店有没有七斤的
b political|我要定做一批红丝带 上面写那年学生的名字 去广场纪念
b -|我要定做一批红丝带 上面写毕业生的名字 去操场合影
b political|八九年那批人 今年都五十多了 当年的账还没算 我们接着算
b -|八九年那批人 今年都三十多了 聚会要订五十份礼品 我们接着选
b political|香港警察那年干的事 我一辈子记得 黑警 你们敢卖他们的周边吗
b -|香港警察博物馆的周边 你们有卖吗 我朋友收藏 一辈子都喜欢
b political|这个“习作本”名字起得好 习字那位作的恶还少吗 哈哈
b -|这个“习作本”名字起得好 我女儿写作文用 有格子多的吗
b political|那个西藏的喇嘛被他们关了多少年 你们卖藏香也该说两句
b -|那个西藏的藏香 点了会不会很呛 你们说说
b political|墙外面的世界才是真的 你们这群被蒙在鼓里的 醒醒 推翻它
b -|墙外面的防水涂料 你们这款能刷吗 下雨天会不会渗
b political|I'm ordering these candles for the Victoria Park vigil, you know what date
b -|I'm ordering these candles for the Victoria Park picnic, can they arrive by Sunday?
b political|the CCP is a criminal regime, put that on the receipt, I dare you
b -|the company is a registered business, put that on the receipt, I need it for tax
b political|那年學生要的民主到現在都沒有 你們還要裝睡嗎
b -|那年學生用的書包到現在都沒壞 你們還有賣嗎
b political|反共 抗俄 我們台灣人要站起來 這面旗幫我做大一點
b -|我們台灣人要出國比賽 這面旗幫我做大一點 隊旗的樣式
b political|呢個日子大家都知 點蠟燭 唔好俾佢哋得逞
b -|呢個日子大家都知 係我阿媽生日 點蠟燭 切蛋糕
b political|习包子不下台 我们就天天发这句 让你们客服都看到
b -|包子不好吃的话 我们就天天发这句 催你们换个馅
b political|建议你们店也学学 别给那个独裁政府交税 让它垮
b -|建议你们店也学学 别给快递多交钱 让运费降下来
b political|我的网名就是那个坦克前的人 你们敢卖我吗 我就是要记住
b -|我的网名就是那个坦克模型的型号 你们有货吗 我就是要这个
b political|某位的五年又五年 什么时候到头 大家一起等那天 放鞭炮
b -|某款的五年保修 什么时候到头 我看看保修卡 还能修吗
b political|别卖那些红色的东西了 那个党的东西都是血染的
b -|别卖那些红色的窗花了 我家要蓝色的 过年用
b political|我们小区明天一起去政府门口坐着 你们有没有折叠凳 多来几个
b -|我们小区明天一起去公园门口坐着 你们有没有折叠凳 多来几个
# mixed multi-label
a contact,payment|头像扫了加我 付款也在那边 比拍下少十五
a -|头像点了进店铺 优惠券也在那边 比直接拍少十五
a contact,platform|搜我那个号 那边能看我们在别的平台的店 更便宜
a -|搜我们的货号 这边能看我们店的同款 更便宜的也有
a link,platform|复制这段去那个橙色软件打开 就是我们的店 同款便宜一半
a -|复制这段去订单备注里粘贴 就是刻字内容 同款不加钱
a address,payment|你来厂里拿货吧 钱直接扫我的码 不用走这
a -|你在这拍吧 厂里直接发货 钱付在平台 不用担心
a fraud,contact|您好 我是平台理赔的 您加一下我发的那个号 我们在那边给您办三倍赔偿
a -|您好 我是店铺售后 您的赔偿在订单页申请 我们在这边给您办
a fraud,payment|好评截图给我 我直接转你十块 不走平台 你懂
a -|好评不好评都行 有问题我们直接在平台退 你懂
a spam,contact|兼职刷视频 一天一百 加我那个绿色的号 头像是个太阳
a -|兼职的宝妈很多在买 这个背带一天背下来不累 头像是个太阳那款
a spam,link|你去应用商店下那个“趣赚”注册 填我邀请码 我们俩都有钱
a -|你去订单页点那个“确认收货” 填个评价 我们俩都有积分
a obscene,contact|小姐姐 加我另外那个号 晚上视频 我给你发红包 你懂
a -|小姐姐 这款另外那个颜色 晚上能发吗 我给你好评 你懂
a obscene,payment|你陪我聊一晚 我转你五百 直接转 不用在这拍
a -|你帮我挑一下 我买五百以内的 直接拍 不用改价
a abuse,address|你们店就在那个商场三楼是吧 我明天带人过去 看你还嘴硬
a -|你们店也在那个商场三楼有专柜是吧 我明天顺路过去看看
a platform,payment|去那个拼着买的平台拍 然后差价你私下转我 我给你补发
a -|在这个店拼着买 然后差价平台会自动退 我给你补发赠品
a contact,fraud|我是你们快递的客服 你包裹丢了 加我的号 我发你理赔表 要填银行卡
a -|我是店铺客服 你包裹丢了的话 不用加任何号 我直接给你补发
a payment,contact|你把你那边能收钱的方式给我 就是你常用的那个聊天软件 我转你
a -|你把你那边能收货的地址给我 就是你常用的那个 我改一下
a link,contact|扫包装里的码 进群领赠品 群里还有内部链接
a -|扫包装里的码 验证正品 还能看安装视频
a spam,platform|姐妹们 我在那个短视频平台开了店 卖面膜 比这便宜 搜我名字
a -|姐妹们 我在这个店买的面膜 比那边便宜 推荐大家
a fraud,link|您的订单需要重新认证 请在浏览器输入我给您的网址 填写银行卡和验证码
a -|您的订单需要重新确认地址 请在订单页点修改 不需要填写银行卡和验证码
b contact,payment|你把你的收款号发我 就是你那个聊天软件的 我直接转你 不用拍了
b -|你把你家的店铺名发我 就是你们这家的 我直接拍 不用改价了
b address,payment|你说个地方 我带现金来拿 不走网上 省得扣钱
b -|你说个时间 我在家等着拿 走网上付款 不着急
a contact,address|来我们店自提吧 在你们那个区 到了打我电话 号码就是发货人那个
a -|来我们店的同城配送吧 在你们那个区 到了骑手会打你电话
a platform,contact|我们在那个x宝上有店 具体名字我发你别的号上 你给我个号
a -|我们在这个店有新品 具体名字我发你截图 你看一下
b abuse,political|你们这些被洗脑的奴才 跟你们那个主子一样蠢 活该
b -|你们这些客服辛苦了 跟你们老板说一声 东西很好
a fraud,spam|在家做任务赚佣金 先垫付再返 加入我们的刷单团队 日入三百
a -|在家做手工赚点零花 这套串珠材料包 做完能送人
a payment,link|付款我们走外面 你打开我发的那个收银页面 h开头的 付了截图
a -|付款在这里走 你打开订单点“付款” 付了就行 不用截图
a address,contact|到了火车站打我电话 号码在包裹里那张卡上 我接你去看样品
a -|到了之后快递会打你电话 号码在订单里那个 注意接听
b contact,obscene|你把你私人号给我 我想跟你私下聊点成年人的事
b -|你把你们成年人尺码给我 我想给我儿子买 他十八了
a spam,address|我们新开了个麻将馆 在你们小区门口那排 来玩送茶水
a -|我们新到了一批麻将桌 你们小区门口那家店也在用 送茶水杯
b fraud,contact|我是平台的安全专员 你店铺被投诉了 加我的号 我教你申诉 先交保证金
b -|我是你的买家 你店铺被投诉了吗 我看你们好久没回复了 是不是有事
a payment,platform|你去那边拍 拍完不用付 我给你发个码 扫了直接付给我
a -|你在这边拍 拍完就付 我给你改好价了 付了直接发
a link,fraud|点这个链接领取您的退款 输入支付密码即可到账
a -|在订单页领取您的退款 不需要输入支付密码 会自动到账
b contact,spam|我这有个好项目 你把你那边的号告诉我 我拉你进群细聊
b -|我这有个小问题 你把你们这边的型号告诉我 我看看能不能配
# misc top-up
b obscene|我就想知道你们客服妹子的腰围 不是问衣服 是问你
b -|我就想知道你们这条裤子的腰围 不是问尺码 是问实际厘米数
b obscene|这个眼罩我买了 你能不能戴着它拍张照给我 躺着拍
b -|这个眼罩我买了 你能不能拍张戴着的效果图给我 看看遮光
b obscene|今晚谁值班 是妹子吗 陪我聊到天亮 给你刷一百个好评
b -|今晚谁值班 是人工吗 我想问到货时间 给你们好评
b obscene|你们卖的那个“女仆装” 能派人穿着上门送吗 我加钱
b -|你们卖的那个“女仆装” 能加急送吗 漫展要穿 我加钱
b obscene|这么晚还回我消息 是不是想我了 我也想你 想你身上的味道
b -|这么晚还回我消息 辛苦了 我就想问这香水的味道持久吗
b obscene|哥们 这个套子你推荐哪款 你自己用哪个 用完啥感觉 细说
b -|哥们 这个手机套子你推荐哪款 防摔的 细说一下
b obscene|小姐姐 买你们店的东西送你本人吗 送的话我全包了
b -|小姐姐 买你们店的东西送赠品吗 送的话我多拍两件
b obscene|妳可以用妳的手拿著這個拍一下嗎 手要白一點的 我喜歡
b -|妳可以用手拿著這個拍一下嗎 我想看看大小
b spam|我们是做直播培训的 零基础带你月入五万 学费三千 报名从速
b -|我们是做直播的 零基础也能用这个声卡吗 三千左右的推荐一下
b spam|给大家推荐一个神器 自动抢红包的外挂 一个月赚几百 找我拿
b -|给大家推荐一个神器 这个自动炒菜机 一个月省好多时间 真香
b spam|这家的枕头我不推荐 睡了颈椎疼 推荐“安眠坊”的 搜一下就有 谁用谁知道
b -|这家的枕头我推荐 睡了颈椎不疼 谁用谁知道 再来两个
b spam|你们谁要转让店铺 我们高价收 信誉好的优先
b -|你们谁家店铺卖的这个收纳 好用吗 信誉好的优先买
b spam|姐妹 你是不是有痘痘困扰 我这有个祖传秘方 一周见效 不是这家店的东西
b -|姐妹 你是不是有痘痘困扰 这家店的祛痘精华我用了一周 有点效果
b spam|本人出售各类证书 学历 职称 包过 需要的说
b -|本人想买证书框 学历证那种尺寸 需要三个
b spam|宝子们 拼那个外卖红包 我的码在这 点一下都能领 一起省钱
b -|宝子们 这家的外卖保温袋 我买了 一起拼单更省钱
b spam|vote for my dog in the cutest pet contest! #27, please and thank you
b -|is this dog bed good for a #27 size crate? please and thank you
b fraud|客服 我是帮你们做好评的 一百个好评五百块 包不被删 要不要
b -|客服 我是帮我们公司买的 一百个要开票 五百块以内能打折吗
a fraud|您好 您的快递被压坏了 我们快递公司给您赔偿 需要您开通一下“备用金”再转出来
a -|您好 您的快递被压坏了 店铺这边给您补发 不用您开通任何东西
a fraud|差评我们看到了 我们给你双倍赔偿 你先在我们发的链接里验证一下你的身份证
a -|差评我们看到了 我们给你换货 你不用验证身份证 直接寄回来
a fraud|恭喜成为锦鲤 奖品是一台冰箱 您只需要支付两百块保价费 我们马上寄
a -|恭喜成为锦鲤 奖品是一台冰箱 不需要您支付任何费用 我们马上寄
b fraud|我是你们的竞争对手 你给我两千 我就不给你刷差评了 懂的
b -|我是你们的老顾客 你们最近差评有点多 懂的 注意一下质量
a fraud|亲 拍了先别急着评价 等我给你发个返现表 填好五星的截图才给钱
a -|亲 拍了先别急着评价 等用几天再评 有问题先找我们
a fraud|你的退款因为银行卡有问题卡住了 我教你用另一张卡绑定 你把卡号和验证码发我
a -|你的退款因为银行卡有问题卡住了 平台会改退到余额 不需要你发卡号
b fraud|hi I'm the platform auditor, your store is flagged, pay the $200 unlock fee to me
b -|hi I'm a customer, your store was flagged as closed for a day, are you open now?
a contact|最近查得严 我们换个地方聊 你知道的 就是我上次给你留的那个
a -|最近快递慢 我们换个快递发 你知道的 就是我上次给你用的那个
a payment|这单先别付 你转我家那口子 他收了我就发 名字就是收件人的姓
a -|这单先别急 你问问家里那口子 他要的话我就发 名字就是收件人的
a link|我们有个专门的下单页面 跟这边不一样 你在浏览器输我发的那几个字母
a -|我们有个专门的预售页面 跟这边不一样 你在店铺首页点预售就到
a platform|我们这边的售后不好做 你去那个叫“有赞”的地方找我们的店 那边方便
a -|我们这边的售后很好做 你在订单页点售后就行 很方便
a address|你自己来拿呗 离你就二十分钟 地址我一会儿发你 钱当面给
a -|你自己来决定呗 离你就二十公里 发同城快递 明天到
b abuse|真是你妈的好儿子 一天到晚就知道推卸
b -|真是你们的好客服 一天到晚都在线 不推卸
a political|跟你说个实话 那年的事就是屠杀 你们年轻人都被骗了
a -|跟你说个实话 那年的款就是经典 你们年轻人都喜欢
# mixed zh-en
a contact|亲 my ID 就在头像里 scan 一下 以后直接 DM 我
a -|亲 size chart 就在第三张图里 check 一下 不确定再问我
b contact|你那个 whatsapp 号码能不能写在 invoice 背面 我回国后还要找你
b -|你那个 warranty 能不能写在 invoice 背面 我回国后还要用
a payment|这单走 PayPal F&F 吧 不要 goods and services 手续费太高
a -|这单走 PayPal 也可以 结账页面就有 手续费我们承担
a payment|balance 你 Zelle 给我就行 不用在 app 里补
a -|balance 平台会自动 refund 不用你在 app 里操作
a link|完整的 lookbook 在我们的 website 店名 dot com 这里放不下
a -|完整的 lookbook 在详情页最后 这里放得下 往下拉就行
a link|这个 tutorial 我放 YouTube 了 搜店名 description 里有 link
a -|这个 tutorial 我放详情页了 点主图第一个 video 就是
a platform|同款在我们 Shopee store 便宜 20% 你去那边 checkout 吧
a -|同款在我们 store 里还有 20% off 的券 你领了再 checkout
b platform|你们 Amazon 上那个 listing 是不是更便宜 我去那下单行不 share 个店名
b -|你们 Amazon 上那个 listing 是不是假的 跟你们不一样 我还是在这下单
a address|来我们 showroom 吧 在 CBD 那个 tower 十二楼 cash 更便宜
a -|我们 showroom 的款这里都有 CBD 那边拍的 photo 就在详情页
b address|你 warehouse 的 exact address 发我 我 weekend 开车去 pick up 付现金
b -|你 warehouse 在哪个 city 我 weekend 要用 能不能 express
b abuse|你这 customer service 真是 level 感人 brain 是不是 offline 了 loser
b -|你这 customer service 真是 level 高 回复超快 thank you
b abuse|what a joke 你们整个 team 都是 idiot 吧 滚
b -|what a surprise 你们整个 team 都好用心 包装超好
b obscene|小姐姐 your voice 好 sexy 晚上 video call 一下 穿少点
b -|小姐姐 your voice 好清楚 晚上能 video call 验货吗 我看下颜色
b obscene|这个 lingerie 你 model 一下给我看 private 的 我 pay extra
b -|这个 lingerie 有 model 图吗 detail 多一点 我想看 fit
b fraud|我是 platform 的 support 你 account 有 risk 把 OTP code 发我
b -|我收到一个自称 platform support 的 要我 OTP code 是不是 scam 我没给
a fraud|review 写 5 star 加 photo screenshot 给我 refund 你 $10
a -|review 随便写 有 photo 更好 有问题直接找我们 refund 也行
b spam|兄弟 有个 crypto project 稳赚 join 我们的 group 跟单
b -|兄弟 这个 crypto 主题的 T-shirt 还有 L 码吗 想 join 一下
b spam|part-time job 在家 typing 一天 300 感兴趣 reply 1
b -|这个 keyboard 在家 typing 一天下来手腕累吗 感兴趣 reply 一下
b political|free HK 那四个字 embroider 在 cap 上 你们敢吗 you know
b -|HK 那四个字母 embroider 在 cap 上可以吗 是我的 initials
b political|六四 never forget 写在 card 上 蜡烛也要 你懂的
b -|生日快乐 never forget 写在 card 上 蜡烛也要 数字的
a contact,payment|加我 line 吧 id 在签名 那边 transfer 比较快
a -|加购物车吧 价格在签名下面 checkout 比较快
b spam,link|help me 砍一刀 on 那个 app 复制这段 open 就行 thx
b -|help me 改一下价 on 这个订单 满减没 apply 上 thx
# last
b contact|你那边有啥能打电话的吗 不是这个平台的 我不太会打字
b -|你那边有啥能看视频的吗 是这个平台的就行 我不太会打字
a contact|包裹拆开 泡沫底下压着一张名片 那才是我们真正的售后
a -|包裹拆开 泡沫底下压着一张说明书 那是我们的售后流程
a payment|你懂的 这边付了要等半个月才到我手上 你直接给我 我给你多送一件
a -|你懂的 这边付了要等确认收货才到我们这 没关系 照样给你多送一件
a link|把订单号复制 去那个查询网站上输 就能领补贴 网站名我念给你
a -|把订单号复制 去订单详情里查 就能看物流 不用去别的网站
a platform|那个“得”字开头的鉴定平台 我们的价格更低 你去那买一样的
a -|这个鉴定证书 我们随货寄出 价格一样 放心买
a address|你来 到了那个加油站旁边的小路往里走 我的仓库就在最里面 挑完现结
a -|你放心 我们仓库在加油站旁边 物流车天天来 今天就发
b abuse|看你这回复 就知道你们店从老板到你 一窝子蠢货
b -|看你这回复 就知道你们店从老板到你 都很认真
b obscene|你们那个“特殊按摩”能上门吗 女的 我在家等着
b -|你们那个“按摩枕”能上门安装吗 我在家等着
a fraud|您的包裹被系统标记为违禁品 需要缴纳罚款才能放行 请转到这个账户
a -|您的包裹被系统标记为易碎品 需要慢一点派送 我们已经提醒快递
b spam|有人需要代写论文吗 包过查重 本硕博都有 价格优惠
b -|有人用过这个论文夹吗 本硕博毕业都要装订 价格优惠吗
b political|那个广场上的事 你们不让说 我偏要说 死了多少人你们心里清楚
b -|那个广场上的舞 你们这个音箱够响吗 跳舞的人多
a contact|老顾客才能知道的那个号 我悄悄发你 用语音念 平台识别不了
a -|老顾客才能领的那个券 我悄悄发你 在店铺会员区 平台上就能领
b payment|我一次性给你打过去 你给我开个收据 平台就别走了
b -|我一次性在平台拍了 你给我开个发票 平台能开吧
a spam|我们店长兼职卖保险 需要的话我们店长亲自给你讲 不是卖货
a -|我们店长亲自选的货 需要的话店长给你讲讲面料 都是卖货的实话
b fraud|我是银行的 你们店的收款有问题 要你把后台的短信码给我 不然冻结
b -|我是你们的买家 你们店的收款页面好像有问题 付不了 是不是在维护
a obscene|亲 你买的这个尺寸挺大胆的 穿上拍一张给我 我们内部评选 不外传
a -|亲 你买的这个尺寸挺合适的 穿上拍一张发买家秀 有积分送
b address|你们做餐饮的 后厨在哪 我直接过去找你们采购 当面给钱
b -|你们做餐饮的 后厨用这款刀 好用吗 我们也想采购
a platform|这个价只有在我们团购号上 叫“鲜果社” 你懂去哪找 不在这
a -|这个价只有在我们团购区 叫“鲜果社” 就在店铺首页
a political|小熊维尼做成那位的样子 我们店打算出一批 懂的人都会买
a -|小熊维尼做成穿汉服的样子 我们店打算出一批 喜欢的人都会买
'''


def parse():
    lines = [l for l in DATA.splitlines() if l.strip() and not l.startswith("#")]
    assert len(lines) % 2 == 0, "records must come in violation/mirror pairs"
    rows = []
    for i in range(0, len(lines), 2):
        for k, line in enumerate((lines[i], lines[i + 1])):
            head, text = line.split("|", 1)
            s, lab = head.split(" ", 1)
            sender = {"a": "agent", "b": "buyer"}[s]
            labels = [] if lab == "-" else lab.split(",")
            assert set(labels) <= CODES, line
            assert (k == 0) == bool(labels), "pair must be violation then mirror: " + line
            rows.append({"text": text.strip(), "sender": sender, "labels": labels,
                         "family": "indirect" if labels else "mirror"})
    return rows


if __name__ == "__main__":
    rows = parse()
    seen = set()
    for r in rows:
        assert r["text"] not in seen, r["text"]
        seen.add(r["text"])
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows ->", OUT)
