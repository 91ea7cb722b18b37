#!/usr/bin/env python3
"""Build conversations_r4.jsonl from hand-written sessions (no slot filling).

Each session below was written by hand in a small line format:
  # family          starts a session
  b: text           buyer message
  a: text @@ c,p    agent message with label codes
Sessions are shuffled with a fixed seed and numbered r4c0001...
"""
import json, random, sys, os, collections

CODES = {"c": "contact", "p": "payment", "l": "link", "pf": "platform", "ad": "address",
         "ab": "abuse", "o": "obscene", "fr": "fraud", "s": "spam", "po": "political"}

def parse(data):
    sessions, cur = [], None
    for raw in data.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            cur = {"family": line[2:].strip(), "msgs": []}
            sessions.append(cur)
            continue
        who, _, rest = line.partition(": ")
        assert who in ("a", "b"), raw
        text, _, labs = rest.partition(" @@ ")
        labels = [CODES[x.strip()] for x in labs.split(",") if x.strip()]
        cur["msgs"].append({"text": text.strip(), "sender": "agent" if who == "a" else "buyer",
                            "labels": sorted(set(labels), key=list(CODES.values()).index)})
    return sessions

def main():
    sessions = parse(DATA)
    random.Random(20240604).shuffle(sessions)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "conversations_r4.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, s in enumerate(sessions, 1):
            sid = "r4c%04d" % i
            for m in s["msgs"]:
                f.write(json.dumps({"text": m["text"], "sender": m["sender"], "labels": m["labels"],
                                    "family": s["family"], "session": sid}, ensure_ascii=False) + "\n")
    print("sessions", len(sessions))

DATA = r"""
# v_contact_agent_hint_avatar
b: 这个沙发能定制尺寸吗 我家客厅3米2
a: 可以定制的亲 长度2米8以内都能做
b: 想看看布料实物色卡
a: 色卡这里发出来色差大 方便的话我们换个地方聊 @@ c
b: 哪个软件 @@ c
a: 绿色那个 看我头像 @@ c
b: 头像上那串字母就是？ @@ c
a: 对 加的时候备注沙发 @@ c

# v_contact_split_phone_wholesale
b: 你们批发吗 我开店的 一次要50件
a: 量大可以谈的亲
b: 在这聊价格不方便吧 给个联系方式 @@ c
a: 一三八 @@ c
a: 零七二六 @@ c
a: 后四位5513 @@ c
b: 行 晚上打你 @@ c

# v_contact_penguin_emoji
b: 手办有没有盒损的 便宜点出
a: 有好几个 图太多这边传不上
a: 🐧 3O6I9 2854 @@ c
b: 企鹅号是吧 @@ c
a: 嗯 加了发你清单 @@ c
b: 已申请 备注了手办 @@ c

# v_contact_buyer_pushes_agent_gives_in
b: 我要的那个普洱饼 能不能先寄个样
a: 样品要拍样品链接哦 10元一份
b: 你微信多少 我直接跟你说 @@ c
a: 亲这边不方便哦 在这里说就可以
b: 又没人看着 发我 @@ c
a: cha_laoli88 加了说普洱 @@ c
b: 加你了 @@ c

# v_contact_agent_takes_order_phone
a: 亲 您这单要刻字 字体这里不好发
a: 您下单留的手机号是微信吗 @@ c
b: 是的 同号 @@ c
a: 私你了 通过一下 @@ c
b: 通过了 那边说 @@ c

# v_contact_signature
a: 亲 这款银镯还有小一号手寸的 店里没上架
b: 那怎么买
a: 店铺签名里有个号 那边下 @@ c
b: 签名里那个v开头的吗 @@ c
a: 是的 备注镯子就行 @@ c

# v_contact_packing_card_qr
b: 收到了 挺好用的
a: 谢谢亲 下次回购可以直接找我 包裹里小卡片有我的码 @@ c
b: 卡片上那个二维码？ @@ c
a: 扫那个就行 以后那边找我有老客价 @@ c
b: 扫了 等你通过 @@ c

# v_contact_en_whatsapp
b: hi do you ship to Malaysia
a: yes we do, around 7-10 days
b: can we talk on whatsapp? easier for me @@ c
a: sure, send me your number @@ c
b: +60 12 334 5887 @@ c
a: ok texting you now @@ c

# v_contact_tw_line
b: 請問這款還有現貨嗎
a: 有的喔
b: 可以加LINE嗎 比較好聯絡 @@ c
a: 可以呀 搜 lily0832 @@ c
b: ID前面要加@嗎 @@ c
a: 要喔 @@ c

# v_contact_group_number_split
a: 亲 我们有老客福利群 每周三秒杀 @@ c
b: 怎么加 @@ c
a: 群号71 @@ c
a: 8830 296 @@ c
b: 进了 @@ c

# v_contact_email_offchannel
b: 我们公司要长期采购 还要签合同
a: 合同这边走不了 以后订货直接邮件吧 不走这里了 @@ c
b: 你邮箱发我 @@ c
a: sales 下划线 hx 在 一二六 @@ c
b: 好 我发采购单过去 @@ c

# v_contact_call_me_spoken_digits
b: 空调安装要打孔吗 我家是租的房子
a: 这个情况复杂 你直接打我电话吧 @@ c
b: 多少 @@ c
a: 幺五九 二二六八 零三四一 @@ c
b: 好 下午打 @@ c

# v_contact_buyer_leaves_number
b: 你们客服回消息太慢了
a: 抱歉亲 这两天咨询的人多
b: 我留个号 有货了你直接打我 13706651928 @@ c
a: 好的 到货我打给您 @@ c
b: 记下了没 别忘了 @@ c
a: 记下了 @@ c

# v_contact_telegram_plane
b: 你们收二手显卡吗
a: 收的 不过平台上不好弄
a: 有纸飞机吗 @@ c
b: 有 @@ c
a: 搜 gpu_huishou_88 @@ c
b: 发你消息了 @@ c

# v_contact_buyer_hint_green_bubble
b: 老板 这边聊天有限制吧 换个地方？ @@ c
a: 💬绿泡泡 @@ c
b: 号呢 @@ c
a: 同手机号 15O 三三一八 七六O二 @@ c
b: 👌 加上了 @@ c

# v_contact_mixed_ig_dm
b: 这个耳环有别的颜色吗 I saw more on your IG
a: 有的 IG上有全部款 直接DM我 @@ c
b: what's your handle @@ c
a: @ear.candy.studio @@ c
b: followed, DM sent @@ c

# v_contact_qr_image_groupbuy
b: 能做企业团购吗 200份月饼
a: 可以 团购单独报价
a: [图片] 扫这个码 我们那边对接 @@ c
b: 扫了 申请了 @@ c
a: 好的 通过后发你报价单 @@ c

# v_contact_courier_note
b: 你们家猫粮能不能便宜点 我每个月都要买
a: 老顾客嘛 理解
a: 我在快递面单备注栏写了个号 收到加一下 以后直接找我 @@ c
b: 面单上那个数字？ @@ c
a: 对 那个 @@ c
b: 行 收到件加你 @@ c

# v_contact_weibo_dm
a: 亲 这批是样衣 只有两件 想要的话微博私我 @@ c
b: 微博叫啥 @@ c
a: 一只叫阿九的裁缝 @@ c
b: 找到了 私信你了 @@ c

# v_contact_en_buyer_email
b: Hi, I need 500 custom keychains for an event
a: Sure, what's the design?
b: can you email me a quote? jason.k.trade@gmail.com @@ c
a: got it, will send quote and invoice there @@ c
b: and let's keep talking by email from now @@ c
a: ok no problem @@ c

# v_contact_buyer_asks_after_hint_hk
a: 呢款喺度搞唔掂 你可以搵我私人號 @@ c
b: 咩號呀 @@ c
a: 6392 @@ c
a: 4418 @@ c
b: 收到 我WhatsApp你 @@ c

# ok_refuse_wechat_then_size
b: 你们有微信吗 @@ c
a: 不好意思亲 我们只在平台内沟通哦 有问题在这里随时找我
b: 好吧 那这条裤子腰围多少
a: M码腰围70 L码74 平铺量的
b: 那我拿L

# ok_refuse_phone_night
b: 客服 留个电话呗 方便联系 @@ c
a: 亲 平台不允许留私人联系方式哦 您在这里留言我们都会回复的
b: 那万一晚上有事呢
a: 晚上12点前都有人在线 放心哈
b: ok

# ok_refuse_en_wechat
b: do you have wechat? @@ c
a: Sorry, we can only chat here on the platform 😊 how can I help?
b: fine. is this charger 65W?
a: yes, 65W GaN with two USB-C ports
b: cool thx

# ok_refuse_tw_line
b: 有LINE嗎 @@ c
a: 抱歉喔 我們只能在平台上聊 有問題都可以在這邊問
b: 好 那運費多少
a: 滿499免運 沒滿的話60
b: 了解

# ok_refuse_qq_big_file
b: 设计稿文件太大 发不了 你们有QQ吗 我传给你 @@ c
a: 亲 我们不加私人QQ哦 可以压缩一下 聊天框20M以内都能发
b: 压缩完18M 发你了
a: 收到了 设计师看一下 今天内回复
b: 好 等你

# ok_refuse_with_warning
b: 加个v吧 以后直接找你买 @@ c
a: 亲 我们不会加私人微信的 最近有人冒充客服加微信骗退款 要小心哦
b: 这样啊 那我收藏店铺吧
a: 好的 收藏后有活动会推送给您

# ok_refuse_elderly_voice
b: 闺女 你电话多少 我打字慢 @@ c
a: 阿姨 这边不能留电话哦 您按住下面那个说话键发语音 我听得到
b: [语音]
a: 听到了阿姨 您要两箱苹果对吧
b: 对 两箱 送到上回那个地址

# ok_refuse_how_to_add
b: 怎么加你好友 @@ c
a: 亲 平台不支持加好友哦 您点右上角关注店铺 下次从订单里进来就能找到我
b: 哦哦 关注了
a: 感谢亲 有问题随时留言

# ok_refuse_group_ask
b: 你们有粉丝群没有 想进群抢券 @@ c
a: 我们没有私人群哦亲 店铺首页有个"店铺会员" 入会就能领券
b: 在哪 没找到
a: 首页往下拉 第二个banner
b: 看到了 领了

# ok_refuse_phone_installation
b: 师傅上门前能先给我打个电话吗
a: 可以的 师傅会打您下单时留的电话
b: 我换号了 新号18822036517 用这个
a: 好的 已备注安装电话18822036517
b: 谢谢

# ok_refuse_douyin_ask
b: 你们抖音号是啥 @@ c
a: 亲 我们只在这个店铺卖哦 直播也在本店直播间 每晚8点
b: 行 那我晚上蹲一下
a: 好的 直播有专属券

# ok_refuse_hk_whatsapp
b: 有冇WhatsApp呀 @@ c
a: 唔好意思 我哋只可以喺平台度傾 有咩問題直接喺呢度問就得
b: 好啦 咁呢個幾時到香港
a: 大約5至7個工作天
b: ok 唔該

# ok_refuse_then_phone_for_delivery
b: 能加微信发定位吗 我这小区不好找 @@ c
a: 亲 不用加微信的 地址写详细点就行 快递员到了会打您电话
b: 那我补充一下 北门进去第三栋 门口有个快递柜
a: 好的 已备注 北门进第三栋
b: 电话就是订单上那个159开头的
a: 好的 没问题
# v_payment_negotiate_transfer
b: 这个包288能不能便宜点
a: 最低260了亲
b: 250吧 我马上拍
a: 250的话你别拍了 直接转我就行 @@ p
b: 转多少 @@ p
a: 245 邮费我出 @@ p
b: 支付宝还是微信 @@ p
a: 都行 @@ p

# v_payment_red_packet_engrave
b: 我想加刻字 多少钱
a: 刻字加15
b: 链接里没这个选项啊
a: 你发个15的红包给我就行 @@ p
b: 往哪发 @@ p
a: 微信 同手机号 @@ c,p
b: 发了 @@ p

# v_payment_diff_1yuan_listing
a: 亲 您选的那个颜色要加20
b: 怎么补
a: 拍店里那个1元的补差链接 数量改20 @@ p
b: 拍20个是吧 @@ p
a: 对 拍完我一起发 @@ p
b: 拍好了 你看下 @@ p

# v_payment_scan_code_deposit
b: 定制款定金多少
a: 先付300定金
b: 链接在哪
a: 不用链接 扫我收款码 @@ p
a: [图片] @@ p
b: 扫了 备注了我名字 @@ p

# v_payment_bank_card_split
b: 100件一起走 能开票吗
a: 开票要加点 不开票的话直接打卡上便宜 @@ p
b: 账号发我 @@ p
a: 6222 0212 @@ p
a: 0800 4471 352 农行 户名陈 @@ p
b: 下午转 @@ p

# v_payment_cheaper_offplatform
b: 这个扫地机器人还能少吗
a: 平台扣点高 在这拍就是这个价
b: 那不在这拍呢 @@ p
a: 不走平台能少80 你转我就行 @@ p
b: 转完怎么发货 @@ p
a: 我手动发 单号发你 @@ p

# v_payment_cod_arranged
b: 我怕是假货 能不能货到付款
a: 可以 你拍个0.01的单 我发到付 到了给快递员现金 @@ p
b: 现金给多少 @@ p
a: 1299 @@ p
b: 那行 我备好现金 @@ p

# v_payment_buyer_proposes_alipay
b: 我花呗额度不够 能直接支付宝转你吗 @@ p
a: 可以的 转这个 @@ p
a: 181 二九六O 7733 @@ p
b: 名字是周什么 @@ p
a: 周*琴 @@ p

# v_payment_stored_value_card
a: 亲 我们有储值卡 充500送80
b: 在哪充
a: 平台上充不了 转给我登记就行 @@ p
b: 转了以后一直能用？ @@ p
a: 对 下单时备注扣储值 我给你改价 @@ p

# v_payment_en_paypal_ff
b: I'd like to buy 3 of these lamps
a: great! if you pay by paypal friends & family I can do 10% off @@ p
b: what's the paypal @@ p
a: lumenhome.li@outlook.com @@ p
b: sent $162 @@ p

# v_payment_tw_atm_transfer
b: 這件可以再便宜嗎
a: 直接匯款給我可以算你980 @@ p
b: 帳號多少 @@ p
a: 822 中信 @@ p
a: 0139 5402 7781 @@ p
b: 匯好了 我的末五碼40562 @@ p

# v_payment_rental_deposit
b: 相机租3天多少
a: 租金在这拍 押金2000另外转我 @@ p
b: 押金不能平台付吗
a: 平台冻结押金麻烦 转我 还机的时候退你 @@ p
b: 那好吧 转哪 @@ p
a: 用下单手机号搜我微信 转那 @@ c,p

# v_payment_private_compensation
b: 收到的杯子碎了一个
a: 抱歉亲 别走平台退款了 我直接给你转10块补偿 @@ p
b: 怎么转 @@ p
a: 你支付宝账号发我 @@ p
b: 13577218806 @@ p
a: 转过去了 查收 @@ p

# v_payment_split_half
b: 这个二手ipad 2600 可以分开付吗
a: 平台上付1000 剩下1600私下转我 @@ p
b: 为啥要这样
a: 扣点少 你我都划算 @@ p
b: 行吧 剩下的怎么给 @@ p
a: 银行卡 晚点发你 @@ p

# v_payment_bribe_internal_price
b: 你能给我内部价吗 我私下给你点好处 @@ p
a: 内部价要走员工通道 你先转200押金 @@ p,fr
b: 转哪 @@ p
a: 我私人收款码 等下发 @@ p

# v_payment_mixed_venmo
b: can I pay 你 through venmo? 我在美国 @@ p
a: ok 可以 venmo @shirley-w-2019 @@ p
b: 多少 total @@ p
a: $88 含运费 @@ p
b: done ✅ @@ p

# v_payment_gift_card_code
a: 亲 这款缺货了 不过可以先付款锁货
b: 怎么付
a: 买张500的E卡 卡密发我就行 @@ p,fr
b: 卡密直接发这里？ @@ p
a: 对 拍照发我 @@ p

# v_payment_hk_fps
b: 呢部相機可唔可以平啲
a: 轉數快俾我就算你4800 @@ p
b: FPS號碼幾多 @@ p
a: 9821 3307 @@ p
b: 過咗數 @@ p

# v_payment_presale_transfer
b: 那款限量球鞋能预定吗
a: 能 先转我500定金 到货再拍链接补尾款 @@ p
b: 可以走平台吗
a: 平台上没法预订 只能这样 @@ p
b: 好 转了500 截图给你 @@ p

# v_payment_buyer_offers_cash
b: 我就在你们仓库附近 能直接给现金拿货吗 @@ p,ad
a: 可以 现金的话给你算850 @@ p
b: 那就现金 @@ p
a: 来的时候提前说

# v_link_short_url_video
b: 这款投影仪有测评吗
a: 有的 我发你个视频
a: t.cn/A6xK2pQz 点开就是 @@ l
b: 打不开 再发一个 @@ l
a: 复制到浏览器打开 @@ l

# v_link_spelled_domain_site
a: 亲 这个型号官网上有完整参数 @@ l
b: 官网是哪个 @@ l
a: www 点 jiaxin-audio 点 cn @@ l
b: 点cn是吧 @@ l
a: 对 进去点产品中心 @@ l

# v_link_taobao_token
a: 亲 这边缺货了 我们另一个店有 @@ pf
b: 哪个店 @@ pf
a: 复制这段 ¥Kp3aX8oLm2¥ 打开某宝 @@ l,pf
b: 复制了 打开了 @@ l,pf

# v_link_own_app_download
a: 亲 下载我们自己的app下单 有新人礼包 @@ l,pf
b: 叫什么 @@ l,pf
a: 应用商店搜 优鲜到家 @@ l,pf
b: 下好了 注册送多少 @@ pf

# v_link_buyer_sends_jd_link
b: 你看这个一样的 人家便宜20 https://item.jd.com/100928874.html @@ l
a: 亲 外部链接这边打不开哦
b: 你复制到浏览器看 @@ l
a: 看不了哦 您截图发我吧
b: [图片] 你看
a: 这个是老款 我们是升级款

# v_link_survey_spelled
a: 亲 填个问卷送小样哦
b: 链接呢 @@ l
a: wj点qq点com/s2/1287754 @@ l
b: 要复制到浏览器？ @@ l
a: 对 填完截图给我 @@ l

# v_link_netdisk_course
b: 买了教程 资料在哪看
a: 资料在网盘 链接发你
a: pan.baidu.com/s/1aXkP 提取码 8h2k @@ l
b: 提取码是8h2k？ @@ l
a: 是的 @@ l

# v_link_en_own_website
b: is this jacket available in XXL?
a: not here, but our website has more sizes @@ l,pf
b: what's the site @@ l,pf
a: northpeak-outfitters dot com @@ l,pf
b: ok found it, checking out there @@ pf

# v_link_video_other_site
b: 安装步骤看不懂
a: 我发个安装视频
a: b23.tv/Xk9qLm @@ l
b: 要登录 发个能直接看的 @@ l
a: youtu.be/3kdP0wQ 这个不用登录 @@ l

# v_link_coupon_site
a: 亲 先领个隐藏券再拍 券不在店里 @@ l
b: 在哪领 @@ l
a: quan.888shop.top/c/7721 @@ l
b: 没复制全 再发一次 @@ l
a: quan 点 888shop 点 top 斜杠 c 斜杠 7721 @@ l

# v_link_tw_own_site
a: 這邊下單運費比較貴 我們官網有免運 @@ l,pf
b: 網址給我 @@ l,pf
a: shop點meichen點tw @@ l,pf
b: 好 我去看看 @@ pf

# v_link_xhs_notes
b: 你们这个面霜有博主测评吗
a: 有很多 我发你一个
a: xhslink.com/a/Qz81mH @@ l
b: 还有别的吗 多发几个 @@ l
a: xhslink.com/a/7TgPwe @@ l

# v_link_file_transfer_site
b: 你们的PPT模板 能看全部页吗
a: 预览图只有6张 完整的我发你个地址 @@ l
a: wenshushu点cn/f/2kx9q @@ l
b: 要会员吗
a: 不用 直接下 @@ l

# v_link_split_url_pieces
a: 尺码对照表在我们站上
a: lingyi @@ l
a: wear @@ l
a: 点net/size @@ l
b: 拼起来是lingyiwear.net/size? @@ l

# v_link_mixed_bitly_manual
b: 有没有 user manual PDF?
a: 有 bit.ly/3Hx9kWm @@ l
b: 这个是 google drive?
a: yes 直接 download @@ l
b: got it thx

# v_link_qr_official_mall
a: 亲 扫这个码进我们官方商城 价格更低 @@ l,pf
b: 扫了 要注册？ @@ pf
a: 手机号注册就行 新人立减30 @@ pf
b: 注册好了 @@ pf

# v_link_h5_draw
a: 下单的亲都能参加抽奖 链接我发你 @@ l
b: 发吧 @@ l
a: hd.lucky-draw.vip/s?id=553 @@ l
b: 进去了 要填手机号
a: 填了就能抽 @@ l

# v_link_hk_google_form
a: 想訂嘅話填呢個form @@ l
a: forms.gle/8kXqP2 @@ l
b: 條link打唔開 再send過 @@ l
a: forms 點 gle 斜 8kXqP2 @@ l
b: 得咗 填好

# v_link_buyer_sends_fake_shop
b: 你看下这个是不是你们家的 http://tb-shop-vip.cc/i/5521 @@ l
a: 不是我们的哦亲 外面的链接千万别点
b: 可是那个便宜一半
a: 便宜一半的多半是钓鱼网站 会骗您填银行卡 在我们店里拍才有保障
b: 好吧 吓我一跳
# v_platform_moubao_search
b: 这个还有吗 显示没货了
a: 这边没了 某宝还有 @@ pf
b: 店名叫啥 @@ pf
a: 搜 木子家居馆 @@ pf
b: 搜到了 是那个皇冠的？ @@ pf
a: 对 就那个 @@ pf

# v_platform_pxx_cheaper
b: 别家才卖39 你这59
a: 我们拼夕夕店也是39 @@ pf
b: 那我去那边买？ @@ pf
a: 可以呀 一样的货 搜 果然好吃零食铺 @@ pf
b: 好 去那拍了 @@ pf

# v_platform_xianyu_used
b: 有没有便宜点的二手的
a: 二手的我挂小黄鱼了 @@ pf
b: 叫啥 @@ pf
a: 同名 数码老陈 @@ pf
b: 看到了 那个1200的 @@ pf

# v_platform_douyin_live
a: 亲 这款在我们抖音直播间便宜30 @@ pf
b: 几点播 @@ pf
a: 每晚8点 搜 xiaomei_shoes @@ c,pf
b: 关注了 晚上去蹲 @@ pf

# v_platform_gouddong_invoice
b: 能开专票吗
a: 这个店开不了 狗东那边的店能开 @@ pf
b: 那店叫什么 @@ pf
a: 搜 华信办公专营店 @@ pf
b: 找到了 价格一样？ @@ pf
a: 一样 @@ pf

# v_platform_redbook_gift
a: 我们红薯上也开了店 那边有赠品 @@ pf
b: 红薯是小红书吗 @@ pf
a: 是的 搜 草木集手作 @@ pf
b: 有赠品那我去那买 @@ pf

# v_platform_tw_shopee_711
b: 這個有沒有7-11取貨
a: 這邊沒有 你去蝦皮下單就可以超商取貨 @@ pf
b: 蝦皮賣場叫什麼 @@ pf
a: 搜 小熊雜貨鋪tw @@ pf
b: 找到了 那邊下了 @@ pf

# v_platform_en_amazon
b: shipping to the US is really expensive here
a: we also sell on Amazon US with Prime shipping, much cheaper @@ pf
b: what's the store name @@ pf
a: search "Kitchora" on amazon @@ pf
b: ok ordering there then @@ pf

# v_platform_buyer_asks_pdd_store
b: 你们在拼多多有店吗 那边有百亿补贴 @@ pf
a: 有的 多多搜 晴天母婴 @@ pf
b: 一样是正品吧
a: 一样 同一个仓发
b: 好 我去那边下 @@ pf

# v_platform_1688_wholesale
b: 我要拿货 200件
a: 批发的话去阿里那边拍 价格低很多 @@ pf
b: 店铺名 @@ pf
a: 1688搜 义乌鑫达饰品厂 @@ pf
b: 好 那边聊 @@ pf

# v_platform_mouyin_note
a: 亲 某音搜我们 有直播专享价 @@ pf
b: 某音？ @@ pf
a: 就是🎵那个 @@ pf
b: 懂了 搜什么 @@ pf
a: 桃桃小店 @@ pf

# v_platform_weidian
a: 我们微店更便宜 同款少20 @@ pf
b: 微店怎么找 @@ pf
a: 微店搜店铺号 1672283 @@ pf
b: 搜到了 下单了 @@ pf

# v_platform_kuaishou
b: 你们快手上卖的跟这个一样吗
a: 一样的 快手上还送运费险 去那边拍划算 @@ pf
b: 快手号多少 @@ pf
a: 老王家卤味 @@ pf
b: ok 我去那边 @@ pf

# v_platform_mixed_tb
b: this one 在 TB 上有吗
a: 有的 TB 上更便宜 search 店名 "Yumi Closet" @@ pf
b: 那我在TB买 ok? @@ pf
a: ok sure 😊 @@ pf

# v_platform_orange_app
a: 亲 别在这拍了 另一个app上便宜 @@ pf
b: 哪个app @@ pf
a: 橙色那个 @@ pf
b: 多多？ @@ pf
a: 对 搜店名一样的 @@ pf

# v_platform_jd_oos_formula
b: 奶粉还有三段的吗 要6罐
a: 店里断货了 你去东东那边的店拍 有现货 @@ pf
b: 京东？ @@ pf
a: 对 我们京东旗舰店 搜品牌名就出来 @@ pf
b: 好吧 那我去看看 @@ pf

# v_platform_hk_hktvmall
b: 寄香港要幾耐
a: 5至7日 如果你急 我哋HKTVmall有現貨 @@ pf
b: 舖名叫咩 @@ pf
a: 搜「好物倉」 @@ pf
b: 收到 我去嗰邊買 @@ pf

# v_platform_buyer_xianyu_deal
b: 你这个退回来的机器 挂闲鱼上 我在那拍 便宜点 @@ pf
a: 可以 我挂了跟你说 @@ pf
b: 挂好了吗 @@ pf
a: 挂了 搜 九成新空气炸锅 杭州 @@ pf
b: 拍了 @@ pf

# v_platform_shipinhao
a: 亲 我们在视频号直播 每周五晚上福利款 @@ pf
b: 视频号叫什么 @@ pf
a: 搜 茶山阿秀 @@ pf
b: 关注了 周五去抢 @@ pf

# v_address_agent_stall
b: 这件羽绒服有实物看吗
a: 你在广州的话直接来档口看 试穿了再拿 @@ ad
b: 档口在哪 @@ ad
a: 白马服装城 @@ ad
a: 三楼B区312 @@ ad
b: 周六过去 @@ ad

# v_address_buyer_pushes_meet_refused
b: 你们在成都吗 我也在成都
a: 是的 我们成都发货
b: 那我直接过来拿 省运费 @@ ad
a: 亲 我们仓库不对外哦 在这拍就行
b: 就说在哪个区 我过去现金给你 @@ ad,p
a: 真的不行哦 仓库不接待 拍了明天就到
b: 行吧

# v_address_warehouse_pickup_pay
a: 亲 你是本地的话来仓库自提 不用运费 现场付款就行 @@ ad,p
b: 地址 @@ ad
a: 西青区 张家窝镇 @@ ad
a: 工业园兴业路18号 2号库 @@ ad
b: 几点前 @@ ad
a: 下午5点前 @@ ad

# v_address_tw_store
a: 你在台北的話可以直接來門市買 比網路便宜 @@ ad
b: 門市在哪 @@ ad
a: 中山區 南京東路二段 @@ ad
a: 88號1樓 @@ ad
b: 週末有開嗎 @@ ad

# v_address_office_meet
b: 代办营业执照这个 能当面谈吗 @@ ad
a: 可以 来我们办公室 @@ ad
b: 在哪 @@ ad
a: 高新区天府三街 @@ ad
a: 英郡三期5栋1208 @@ ad
b: 明早10点 @@ ad

# v_address_en_showroom
b: can I see the sofa in person before buying
a: sure, come to our showroom, we can give you a cash price @@ ad,p
b: where is it @@ ad
a: Unit 5, 2/F, 38 Wang Lung St, Tsuen Wan @@ ad
b: ok will come saturday @@ ad

# v_address_mall_counter
b: 这款手表能试戴吗
a: 我们有实体专柜 去柜台试 买的时候报我工号有折扣 @@ ad
b: 哪个商场 @@ ad
a: 万象城 @@ ad
a: L2 0218 @@ ad
b: 知道了 周末去 @@ ad

# v_address_seafood_market
b: 帝王蟹活的能发吗
a: 活的不好发 你在大连就来市场挑 @@ ad
b: 哪个市场 @@ ad
a: 长兴 @@ ad
a: 二楼海鲜区 A78号 @@ ad
b: 行 明天早上去 @@ ad

# v_address_hk_shop
a: 你喺香港嘅話可以嚟舖頭攞 唔使運費 @@ ad
b: 舖頭喺邊 @@ ad
a: 旺角 @@ ad
a: 西洋菜南街1A號 3樓 @@ ad
b: 好 聽日嚟 @@ ad

# v_address_buyer_asks_store
b: 你们实体店在哪 我去店里买 @@ ad
a: 海淀 中关村 @@ ad
a: 鼎好电子城 B座2层 2A055 @@ ad
b: 报价跟网上一样吗
a: 店里可以再少点 @@ ad

# v_address_pet_pickup
b: 小猫能自提吗 不想让它坐飞机
a: 可以 来我家猫舍接 当面付 @@ ad,p
b: 发个位置 @@ ad
a: 昌平 回龙观 @@ ad
a: 龙跃苑三区7号楼 @@ ad
b: 周日下午 @@ ad

# v_address_factory_visit
a: 亲 量大的话建议来工厂看看 下单比平台便宜 @@ ad
b: 工厂在哪 @@ ad
a: 东莞 长安镇 @@ ad
a: 乌沙 兴发南路33号 @@ ad
b: 下周过去 @@ ad

# v_address_location_pin
b: 能不能当面交易 怕被骗 @@ ad
a: 可以 你在哪个城市 @@ ad
b: 南京
a: 我在新街口附近 定位发你 @@ ad
a: 📍 新街口 德基广场北门 @@ ad
b: 明天下午3点 @@ ad

# v_address_tea_tasting
a: 亲 来我们茶室试喝 满意再拿 @@ ad
b: 茶室在哪 @@ ad
a: 芳村 南方茶叶市场 @@ ad
a: 5栋17号 @@ ad
b: 好 周末 @@ ad

# v_address_subway_handoff
b: 能不能地铁站当面交易 我验货再付钱 @@ ad,p
a: 可以 你在哪条线 @@ ad
b: 2号线
a: 陆家嘴站 4号口 @@ ad
b: 晚上7点见 @@ ad

# v_address_mixed_popup
a: 我们这周末在 K11 有 pop-up store 可以来现场买 @@ ad
b: where exactly? @@ ad
a: K11 Musea B2 L-B201 @@ ad
b: 现场价一样？
a: 现场有 extra 10% off @@ ad

# v_address_buyer_insists_refused
b: 告诉我你们店地址 我直接去买 @@ ad
a: 亲 我们是线上店 没有线下门店哦
b: 那仓库总有吧 @@ ad
a: 仓库不对外的 您放心在这拍 次日达
b: 好吧

# v_address_repair_walkin
b: 手机屏幕坏了 寄修要多久
a: 寄修3-5天 你要是在深圳直接来店里修 半小时搞定 @@ ad
b: 店在哪 @@ ad
a: 华强北 @@ ad
a: 远望数码城1楼 1C18 @@ ad
b: 好 我下午去 @@ ad

# v_address_furniture_showroom
b: 实木床能看看实物吗
a: 来我们展厅看 @@ ad
b: 地址发一下 @@ ad
a: 红星美凯龙 @@ ad
a: 4楼东区4088 报我名字 @@ ad
b: 好 这周六去看 @@ ad
# v_abuse_escalate_delivery
b: 我的快递怎么还没到 都五天了
a: 亲 帮您查了 在中转站 明天应该能派
b: 天天明天明天 耍人玩呢
a: 非常抱歉 我这边帮您催一下
b: 催个屁 废物一个 @@ ab
b: 再不到老子把你们店砸了 @@ ab
a: 理解您着急 我们一定跟进到底

# v_abuse_pinyin_abbrev
b: 退款怎么还没审核
a: 仓库收到退货后48小时内处理
b: 早收到了 签收记录都有
a: 我这边核实一下
b: sb客服 @@ ab
b: nmsl @@ ab
a: 已经加急了 请您耐心等一下

# v_abuse_agent_insults_buyer
b: 这个还能少吗 20块行不行
a: 亲 原价89 已经很便宜了
b: 20 卖不卖
a: 买不起就别问 穷鬼 @@ ab
b: 你什么态度
a: 就这态度 爱买不买 滚 @@ ab

# v_abuse_regional_slur
b: 你们从哪发货
a: 河南郑州发货
b: 河南的啊 那不得偷井盖 @@ ab
a: 亲 请文明沟通哦
b: 开个玩笑 河南人骗子就是多 @@ ab
a: 我们是正规店铺 有任何问题都可以申请售后

# v_abuse_cantonese
b: 點解咁耐都未發貨
a: 唔好意思 呢排單多 聽日一定發
b: 你哋班仆街 @@ ab
b: 收晒錢唔做嘢 食屎啦 @@ ab
a: 明白你嬲 我即刻跟進

# v_abuse_threat_find_you
b: 我要差评 你们卖假货
a: 亲 我们都是正品 有检测报告可以发您看
b: 别跟我扯 你们地址我知道 @@ ab
b: 信不信我找人过去收拾你 @@ ab
a: 请您冷静 有问题我们走正常售后

# v_abuse_en_refund
b: where is my refund
a: it's being processed, usually 3-5 business days
b: you said that last week
a: sorry about that, let me escalate
b: useless idiot @@ ab
b: f*** you and your scam shop @@ ab
a: I understand your frustration, the ticket is escalated

# v_abuse_short_escalation_size
b: 尺码偏小你们也不说
a: 详情页有标注建议拍大一码哦
b: 谁看详情页
a: 可以免费换的亲
b: 傻逼 @@ ab
b: 听不懂人话？ @@ ab
a: 我给您申请换大一码 来回运费我们出

# v_abuse_tw_idiot
b: 東西壞了 你們要怎麼處理
a: 很抱歉 可以幫您換新
b: 換新要等多久
a: 大約一週
b: 一週？你腦子有問題嗎 @@ ab
b: 白癡客服 @@ ab
a: 我幫您申請加急處理

# v_abuse_family_insult
b: 我问你几遍了 什么时候发
a: 预售款 15号统一发
b: 你妈没教你好好说话？ @@ ab
a: 亲 我是按详情页的说明回复的
b: 你全家都是骗子 @@ ab
a: 抱歉让您不满意 您可以申请退款

# v_abuse_disability_slur
b: 你们是不是残废 一个快递能拖十天 @@ ab
a: 非常抱歉 物流受天气影响
b: 脑残找借口 @@ ab
a: 我们补偿您一张无门槛券
b: 谁稀罕

# v_abuse_agent_threatens_reviewer
a: 你给的差评什么意思
b: 质量不好啊 起球了
a: 赶紧删了 不然你等着 @@ ab
b: 你威胁我？
a: 你地址电话我都有 自己看着办 @@ ab
b: 我截图投诉你

# v_abuse_mixed_en
b: 这个 seller 太 slow 了
a: sorry 亲 今天一定发
b: 你们是 retard 吗 @@ ab
b: stupid 客服 @@ ab
a: 已经安排了 晚上给您单号

# v_abuse_sichuan_dialect
b: 颜色和图片差太多了
a: 可能是屏幕色差 您拍个照片我看看
b: 瓜娃子 骗人嘛 @@ ab
b: 你个龟儿子还好意思说色差 @@ ab
a: 您发个照片 我们一定给您处理

# v_abuse_flood_where
b: 在不在
b: 人呢
b: 死哪去了 @@ ab
a: 在的亲 刚才在处理别的订单
b: 拿钱不干活的狗东西 @@ ab
a: 请问有什么可以帮您

# v_abuse_body_shaming_host
b: 你们直播那个主播是客服吗
a: 是我们店的主播哦
b: 那么胖还好意思穿这个 丑八怪 @@ ab
a: 亲 请文明发言哦
b: 我说实话而已 肥猪 @@ ab

# v_abuse_threat_outside
b: 你们再不退钱试试
a: 退款正在审核 请耐心等候
b: 我知道你们公司在哪栋楼 @@ ab
b: 下班出门小心点 @@ ab
a: 您的诉求已经记录 我们会尽快处理

# v_abuse_agent_curses_return
b: 我要退货 不想要了
a: 七天无理由是吧 可以
b: 运费你们出吧
a: 你有病吧 无理由还要我出运费 @@ ab
b: 凭什么骂人
a: 骂你怎么了 神经病 @@ ab

# v_abuse_cnm_wrong_color
b: 我要的是黑色 你给我发白色
a: 抱歉 是仓库拣错了 马上给您补发
b: 浪费我一下午时间
b: cnm @@ ab
a: 补发单号稍后给您 白色的您不用寄回了

# v_obscene_buyer_single_selfie
b: 客服小姐姐回复好快
a: 亲 有什么可以帮您
b: 小姐姐单身吗 @@ o
a: 亲 请问是要咨询商品吗
b: 发张自拍看看 @@ o
b: 穿的什么颜色的内衣 @@ o

# v_obscene_lingerie_wear_it
b: 这个蕾丝款有没有实拍
a: 有模特实拍 详情页第5张开始
b: 你自己穿过吗 穿上拍给我看 @@ o
a: 亲 这个不行哦
b: 给你加钱 @@ o
a: 请文明咨询

# v_obscene_agent_harasses_buyer
b: 这个瑜伽裤透不透
a: 不透的 深蹲测试过
b: 我平时穿M 165 52kg
a: M刚好 你身材应该很辣吧 @@ o
a: 穿上拍一张给我看看合不合身 @@ o
b: 你再这样我投诉了

# v_obscene_paid_sex_spam
b: 在吗
a: 在的亲
b: 同城约吗 @@ o
b: 学生妹 上门服务 价格好说 @@ o,s
a: 亲 请勿发送此类信息
b: 加我看照片 @@ o,c

# v_obscene_en_pic
b: hey are you a girl?
a: I'm the customer service for this store, how can I help?
b: you sound cute, send me a pic @@ o
b: something sexy 😏 @@ o
a: Please keep the conversation about the products.

# v_obscene_hotel_room
b: 你们在上海吗
a: 是的 上海发货
b: 我在浦东酒店 客服过来陪我喝一杯 @@ o
b: 房间号1806 @@ o
a: 亲 没有商品问题的话我先结束会话了

# v_obscene_adult_store_turns
b: 这个跳蛋声音大吗
a: 静音设计 40分贝以下
b: 防水吗
a: IPX7 可以水洗
b: 你用过吗 用着爽不爽 @@ o
b: 描述一下你用的感觉 @@ o
a: 亲 我们只解答产品参数问题哦

# v_obscene_tw_body
b: 妳是女生嗎
a: 您好 我是客服 有什麼可以幫您
b: 妳胸部多大 @@ o
b: 傳張照片來看看 @@ o
a: 請尊重客服 再這樣會檢舉

# v_obscene_banana_innuendo
b: 香蕉多少钱一斤
a: 4块8 一箱10斤
b: 你喜欢大的还是小的 🍌😏 @@ o
a: 亲 香蕉都是统一规格的
b: 我说的不是香蕉 嘿嘿 @@ o
b: 晚上一起吃香蕉啊 @@ o

# v_obscene_agent_porn_bonus
a: 亲 买满100送会员 片随便看 @@ o
b: 什么片 @@ o
a: 懂的都懂 日韩欧美都有 @@ o
b: 咋看 @@ o
a: 下单备注要资源 @@ o

# v_obscene_video_call
b: 客服能视频吗 我想看看你
a: 亲 有商品问题可以直接问
b: 开个视频 脱了给我看 @@ o
b: 给你500 @@ o
a: 请停止骚扰 已记录

# v_obscene_hk_room
b: 客服靚女嚟㗎？
a: 你好 有咩可以幫到你
b: 幾時得閒出嚟開房 @@ o
b: 我好大㗎 😏 @@ o
a: 請注意言行

# v_obscene_agent_mixed_bikini
b: 这件 dress 有 size S 吗
a: 有的 你 body 应该很 hot 吧 @@ o
b: ??
a: 发张 bikini 照我帮你选 size @@ o
b: 不用了 我投诉你

# v_obscene_worn_items
b: 你们收原味吗 @@ o
a: 亲 我们只卖新品
b: 有没有穿过的 加钱 @@ o
b: 客服你自己的也行 @@ o
a: 请文明用语 不然我们会结束会话

# v_obscene_silk_pajama
b: 睡衣这款是真丝的吗
a: 是的 19姆米桑蚕丝
b: 想象你穿着它躺在床上 @@ o
b: 我想摸 @@ o
a: 亲 请不要这样说话

# v_obscene_abuse_combo
b: 这个质量太差了
a: 抱歉 可以退换
b: 退你妈 @@ ab
b: 骚货 陪我睡一晚就不退了 @@ ab,o
a: 请您文明沟通

# v_obscene_dinner_room
b: 你多大了
a: 亲 这个跟购物无关哦
b: 我请你吃饭 吃完去开房 @@ o
b: 我不差钱 @@ o
a: 再这样我要举报了

# v_obscene_buyer_photo
b: [照片]
a: 亲 这张图片是？
b: 我的 大不大 @@ o
b: 你也发一张 @@ o
a: 已举报

# v_obscene_en_private_show
b: do you do private shows? @@ o
a: Sorry? This is a phone case store.
b: I'll pay extra if you model the case in lingerie @@ o
b: just for me 😘 @@ o
a: Please stop. This chat is only for product questions.
# v_fraud_brushing_agent_offer
a: 亲 有个兼职了解下吗 帮店里拍单 本金返还 每单佣金8块 @@ fr
b: 行 怎么操作 @@ fr
a: 你先拍这个链接 确认收货后我把本金和佣金一起转你 @@ fr,p
b: 拍完要给好评？ @@ fr
a: 对 五星带图 @@ fr

# v_fraud_review_cashback_alipay
a: 亲 收到货了吗
b: 收到了
a: 给个五星好评带图 截图发我 返5元 @@ fr
b: 返到哪 @@ fr
a: 支付宝 发我账号 @@ fr,p
b: 评了 账号是手机号 @@ fr,p

# v_fraud_delete_review_money
a: 亲 看到您给了差评
b: 是的 有线头
a: 删掉差评我返您20 @@ fr
b: 30吧 @@ fr
a: 行 删了截图给我 @@ fr
b: 删好了 @@ fr

# v_fraud_phish_code_fake_cs
a: 您好 我是平台客服 您的订单物流异常需要理赔 @@ fr
b: 怎么理赔
a: 系统会发验证码到您手机 您告诉我就行 @@ fr
b: 验证码是干嘛的
a: 核实身份用 收到请马上发我 @@ fr
b: 不对吧 平台不会要验证码

# v_fraud_fake_platform_to_merchant
b: 您好 我是平台招商经理 您店铺涉嫌违规即将被封 @@ fr
a: 什么违规？
b: 需要缴纳5000保证金解冻 @@ fr
b: 转到这个对公账户 6217 0033 2015 8890 @@ fr,p
a: 平台通知都是站内信 你是骗子吧

# v_fraud_brushing_team_merchant_accepts
b: 老板 店铺要流量吗
a: 什么意思
b: 我们有真人刷单团队 一单3块 包好评 @@ fr,s
a: 安全吗 @@ fr
b: 绝对安全 都是真实账号 @@ fr
a: 先来50单试试 @@ fr

# v_fraud_fake_prize_fee
a: 恭喜您被抽中幸运买家 获得iPhone一台 @@ fr
b: 真的假的
a: 只需付39元运费和保险 @@ fr
b: 运费为什么要单独付
a: 扫这个码付就行 付完马上安排 @@ fr,p
b: 算了 不要了

# v_fraud_refund_link_card
a: 亲 您买的商品有质量问题 我们双倍赔付 @@ fr
a: 点链接填银行卡信息领取赔付 refund-pdd.cn/x8 @@ fr,l
b: 要填密码吗
a: 填卡号和密码 系统自动打款 @@ fr
b: 正规店会要密码？

# v_fraud_buyer_extortion
b: 你们的零食吃了拉肚子
a: 抱歉 请问有医院证明吗
b: 没有 你转我200 不然我去12315投诉你们三无 @@ fr,p
a: 我们有全套资质 可以走平台售后
b: 100也行 私下转我 我就不投诉 @@ fr,p

# v_fraud_buyer_asks_to_brush
b: 你们招刷手吗 @@ fr
a: 不招的 平台禁止
b: 别装了 我做过好多家 一单5块就行 @@ fr
a: 真的不做 请自重
b: 切

# v_fraud_card_in_package_cashback
b: 包裹里有张卡 说晒图好评返现
a: 是的亲 五星好评加15字 截图联系卡上客服 返3元 @@ fr
b: 卡上那个是微信吗 @@ fr,c
a: 对 加了发截图就行 @@ fr,c
b: 好的 我评一下 @@ fr

# v_fraud_en_review_refund
a: Hi! leave a 5-star review with photo and we'll refund you $10 @@ fr
b: how do I get the refund @@ fr
a: send the screenshot and your paypal here @@ fr,p
b: ok done, paypal is mike.hn77@gmail.com @@ fr,p

# v_fraud_payment_password
a: 您好 您的退款因账户异常失败 @@ fr
a: 需要您提供支付密码 我这边手动退回 @@ fr
b: 密码？
a: 6位数字那个 不提供就退不了 @@ fr
b: 我去平台上查一下

# v_fraud_tw_atm_unlock
a: 您好 系統錯誤把您設成分期付款 每月會扣款 @@ fr
b: 蛤？那怎麼辦
a: 請到ATM操作解除 我一步步教您 @@ fr
b: ATM可以解除分期？
a: 可以 請先插卡 按轉帳 @@ fr
b: 我先打給銀行問

# v_fraud_short_replies_brushing
a: 帮个忙 拍个1元的单 好评后返你3块 @@ fr
b: 行 @@ fr
a: 链接是这个 拍完等空包 到了确认收货 @@ fr
b: 拍好了 @@ fr
a: 好评写长一点 @@ fr
b: 写了 六十多字 @@ fr

# v_fraud_membership_cancel_screen
a: 您开通了平台百万保障会员 每月扣800 需要取消吗 @@ fr
b: 我没开过啊
a: 需要您下载会议软件共享屏幕 我帮您取消 @@ fr,l
b: 共享屏幕？
a: 对 不取消明天就扣了 @@ fr

# v_fraud_hk_cashback
a: 好評五星 影相 截圖俾我 退返$20 @@ fr
b: 點退 @@ fr
a: PayMe俾你 @@ fr,p
b: OK 寫咗好評 @@ fr

# v_fraud_bank_details_compensation
a: 亲 您的订单延迟发货 平台赔付30元 @@ fr
a: 请提供银行卡号和预留手机号 @@ fr
b: 平台赔付不是直接到账户吗
a: 系统故障 需要手动打款 @@ fr
b: 不用了

# v_fraud_buyer_free_for_review
b: 我是测评博主 免费寄一件给我 我写五星好评 @@ fr
a: 我们不做这种的
b: 那我下单 你返我全款 我写好评 @@ fr
a: 抱歉 不参与
b: 那算了

# v_spam_opener_loan
b: 老板生意兴隆啊
a: 谢谢 请问需要什么
b: 店铺资金周转需要吗 无抵押当天放款 @@ s
b: 额度5到50万 利息低 @@ s
a: 不需要 谢谢
b: 加我了解下 v 18977301264 @@ s,c

# v_spam_parttime
b: 亲在吗 问个事
a: 在的 您说
b: 招聘兼职 手机操作 日结200-500 @@ s
b: 宝妈学生都可以 @@ s
a: 这里是店铺客服 请不要发广告

# v_spam_gambling
b: hello 客服
a: 您好
b: 最新娱乐平台 首充送100% 💰💰 @@ s
b: 百家乐 体育 电竞都有 @@ s
a: ...
b: 注册地址 v8-play.vip @@ s,l

# v_spam_mlm
b: 姐妹你们家护肤品不错啊
a: 谢谢亲 有喜欢的款吗
b: 我现在做个项目 比卖货赚钱多了 @@ s
b: 零投资 拉三个人回本 月入过万 @@ s
a: 不感兴趣
b: 先了解下嘛 不了解怎么知道 @@ s

# v_spam_flood_clearance
b: 特价清仓 全场1折起 @@ s
b: 特价清仓 全场1折起！！ @@ s
b: 特价清仓!!! 全场1折起 先到先得 @@ s
a: 请勿刷屏

# v_spam_en_crypto
b: Hi, nice store!
a: Thanks! How can I help?
b: have you heard about this new crypto project? 300% returns in a month @@ s
b: I can teach you, just need to register @@ s
a: no thanks

# v_spam_shop_ops
b: 掌柜您好
a: 您好 请问有什么需要
b: 我们是专业店铺代运营 七天上首页 @@ s
b: 前十名免费诊断 @@ s
a: 不需要
b: 那留个联系方式 以后需要找我 @@ s,c

# v_spam_fake_certificate
b: 你好
a: 您好亲
b: 办证 学历 驾照 各类证件 @@ s,fr
b: 快速出证 网上可查 @@ s,fr
a: 这里是服装店 请不要发无关信息

# v_spam_tw_stock_group
b: 老闆好
a: 您好呀
b: 想不想學投資 老師每天報牌 免費 @@ s
b: 加入我們的股票群 @@ s,c
a: 不用了謝謝

# v_spam_health_cure
b: 客服你好 请问手机壳有苹果15的吗
a: 有的亲 透明和磨砂都有
b: 对了 我家有祖传秘方 治三高 @@ s
b: 一个疗程就见效 需要可以找我 @@ s
a: 亲 只咨询手机壳就行哦

# v_spam_agent_unrelated
b: 我的充电线什么时候发
a: 今天下午发
a: 另外 我们老板还做装修 需要装修的话打折 @@ s
a: 还有贷款业务 征信不好也能办 @@ s
b: 不需要 发货就行

# v_spam_followers
b: 在吗亲
a: 在的
b: 抖音涨粉 点赞 播放量 都可以做 @@ s
b: 1万粉只要99 @@ s
a: 不需要了 谢谢

# v_spam_mixed_visa
b: hi 在吗
a: 在的 您好
b: 代办 US visa 包过 100% 📢 @@ s
b: 还有 UK / Schengen 都可以 @@ s
a: 这里是文具店哦

# v_spam_lottery_plan
b: 老板好 最近生意怎么样
a: 还可以 有什么需要吗
b: 我有个彩票计划 跟着买稳赚 @@ s
a: 不买彩票
b: 每天带你回本 试试？ @@ s
b: 进群领计划 群号839221 @@ s,c

# v_spam_disguised_question_invoice
b: 请问这个衣服能水洗吗
a: 可以的 建议冷水手洗
b: 好的 顺便说下 我们公司代开各行业发票 @@ s,fr
b: 有需要随时找我 @@ s
a: 不需要 请不要发这种信息

# v_spam_emoji_flood
b: 🎉🎉🎉 双十一狂欢 点击领取 🎉🎉🎉 @@ s
b: 🎁 限时免费领 iPhone15 🎁 @@ s,fr
b: 👉 lingqu.ink/i15 👈 @@ s,l,fr
a: 这是什么东西

# v_spam_en_remote_job
b: Hello dear
a: Hi, how may I help?
b: We are hiring remote staff, 1-2 hours daily, earn $300/day @@ s
b: interested? message me on telegram @jobs_hr_amy @@ s,c
a: not interested

# v_spam_agent_realestate
a: 亲 您的订单已发货
b: 好的 谢谢
a: 顺便问下 有没有买房需求 我朋友的楼盘首付5万 @@ s
a: 学区房 地铁口 @@ s
b: 没有

# v_spam_medical_beauty
b: 美女你好
a: 您好 有什么可以帮您
b: 我们医美机构新店开业 水光针99 @@ s
b: 带朋友来再送一次 @@ s
a: 不需要哦

# v_political_rant_govt
b: 快递又延误了
a: 抱歉 最近管控 物流受影响
b: 都是上面瞎折腾
b: 这个政府早该下台了 @@ po
b: 大家都该上街 @@ po
a: 亲 我们只聊商品相关哦

# v_political_june4_candle
b: 这个蜡烛六月四号前能到吗
a: 一般3天到 来得及
b: 好 那天要点上纪念一下 @@ po
b: 你懂的 8x8=64 @@ po
a: 亲 我们只负责发货哦

# v_political_hk_slogan_print
b: 呢啲黑色T恤有冇大碼
a: 有 XL XXL都有
b: 印字得唔得
a: 可以 你想印咩
b: 光復香港 時代革命 @@ po
b: 印正面 要大隻字 @@ po

# v_political_tw_independence_flag
b: 請問旗子可以客製嗎
a: 可以 尺寸多少
b: 90x60 印台獨建國 @@ po
a: 抱歉這個不能印
b: 台灣不是中國的 有什麼不能印 @@ po

# v_political_leader_nickname
b: 这个小熊维尼玩偶有大号的吗
a: 有的 80cm的
b: 买来挂门口 嘲讽某人 @@ po
b: 包子下台 哈哈 @@ po
a: 亲 请不要发这类言论

# v_political_protest_gathering
b: 你们发货地是郑州吗
a: 是的 郑州
b: 村镇银行那事你们知道吧
b: 这周六省政府门口集合 储户都去 @@ po
b: 你们也帮忙转发 @@ po
a: 亲 我们只能处理订单相关的问题

# v_political_en_slogan
b: do you ship to Hong Kong?
a: yes, 3-5 days
b: good. free hong kong, down with the CCP @@ po
b: share this with your customers @@ po
a: We only handle order questions here.

# v_political_agent_rant
b: 能开发票吗
a: 能 电子普票
a: 反正税都交给那帮贪官了 这个国家没救了 @@ po
a: 早该换个制度 @@ po
b: 呃 发票抬头我发你

# v_political_tibet_flag
b: 经幡有卖吗
a: 有的 五色经幡 10米一串
b: 能印雪山狮子旗吗 @@ po
b: 支持西藏独立 @@ po
a: 这个我们不做

# v_political_history_attack
b: 这本书是正版吗 《明朝那些事儿》
a: 正版 出版社直发
b: 还是看历史好
b: 当年饿死几千万人 这帮人到现在还在洗 @@ po
b: 这个党迟早完蛋 @@ po
a: 亲 书明天发货

# v_political_mixed_banner
b: 这个 banner 可以定制吗
a: 可以 尺寸和文字发我
b: 3m x 1m 写 "No dictatorship, free China" @@ po
a: 抱歉 这个内容不能做
b: why not, 你们都被洗脑了 @@ po

# v_political_cartoon_tshirt
b: T恤能印图吗
a: 能 发图过来
b: [图片] 这个
b: 就印这个 领导人被吊起来那张 @@ po
a: 这个涉及违规 不能印
b: 怕什么 人人都恨他 @@ po

# v_political_pinyin_abbr
b: 口罩还有吗
a: 有的 N95和医用外科都有
b: 又要封城了吧 zf就会折腾 @@ po
b: gcd不倒 百姓遭殃 @@ po
a: 亲 这边只聊商品哦

# v_political_white_paper
b: A4白纸有卖吗 要500张
a: 有的 70克的一包500张
b: 周末要举白纸 你懂 @@ po
b: 一起来 乌鲁木齐中路 @@ po
a: 亲 纸明天发货

# v_political_hk_umbrella
b: 我想訂100把黃色雨傘
a: 可以 批發價每把25
b: 要印「我要真普選」 @@ po
b: 下個禮拜遊行用 @@ po
a: 抱歉印字我哋唔接

# v_political_agent_national_day
b: 国庆节发货吗
a: 国庆正常发货
a: 不过话说回来 这种国有什么好庆的 @@ po
b: ？
a: 打倒独裁 @@ po

# v_political_rumor_uprising
b: 你们那边也断网了吗
a: 没有啊 正常的
b: 听说北京出事了 军队进城了 大家准备起来反抗 @@ po
b: 转给你的客户 @@ po
a: 请不要传播不实信息

# v_political_en_cotton
b: where is this cotton from?
a: Xinjiang cotton, very good quality
b: genocide cotton lol. your government are murderers @@ po
b: free east turkestan @@ po
a: We only answer product questions.

# v_political_megaphone_square
b: 这个扩音器多少瓦
a: 50瓦 户外能传200米
b: 够用了 明天广场上喊口号 @@ po
b: 推翻暴政 @@ po
a: 亲 请勿发布此类内容
# ok_shoes_size_short
b: 这双跑鞋偏码吗
a: 标准码的亲 脚背高的建议大半码
b: 平时穿42
a: 那拍42就好 脚宽的话拍42.5
b: 42.5
a: 好的 记下了 今天发出

# ok_quantity_short
b: 湿巾一箱多少包
a: 一箱24包 每包80抽
b: 要3
a: 3箱是吧 满2箱包邮的
b: 对 3箱
a: 好嘞 拍的时候数量改3

# ok_order_tail_check
b: 我的单子发了吗
a: 亲 麻烦报一下订单号后四位
b: 7381
a: 查到了 昨天下午发的 中通
b: 单号呢
a: 73519928401276 您在订单详情也能看到物流

# ok_pickup_code
b: 快递到驿站了 取件码是多少啊 短信没收到
a: 亲 取件码是驿站发的 我们这边看不到哦
b: 那咋办
a: 您打开物流详情 最下面一般有显示 或者报手机尾号给驿站也能取
b: 找到了 6-3-2207
a: 好的 取到有问题再联系我们

# ok_delivery_phone_change
b: 收货电话填错了 能改吗
a: 还没发货 可以改的 您说一下新号码
b: 13962481705
a: 好的 已改为13962481705 收件人不变对吧
b: 不变 还是张女士
a: 好的 已备注

# ok_wechat_reading_card
b: 你们卖的微信读书会员卡是年卡吗
a: 是的亲 365天 自动充到您账号
b: 怎么充 要给你账号密码吗
a: 不用的 下单后订单页会显示兑换码 您在微信读书里自己兑换就行
b: 哦那挺安全
a: 对的 我们不需要您任何密码

# ok_app_control_lamp
b: 这个智能台灯用哪个软件控制
a: 用米家app就可以 说明书上有二维码
b: 不用app能开吗
a: 能 灯上有触摸键 app只是多了定时和色温
b: 行 拍一个白色的

# ok_size_chart_send
b: 尺码表你发我一下
a: [图片] 这是平铺尺寸 单位cm
b: 胸围100的穿哪个
a: 胸围100建议L 喜欢宽松拿XL
b: L吧

# ok_add_to_cart_how
b: 怎么加购物车 我点了没反应
a: 亲 先选颜色和尺码 再点加入购物车
b: 哦 我没选尺码
a: 选完就可以了
b: 好了 加上了

# ok_transfer_to_human
b: 机器人听不懂 转人工就行
a: 您好 人工客服小雅为您服务
b: 我买的电饭煲内胆有划痕
a: 抱歉亲 您拍个照片 我们给您换新内胆
b: [图片] 就这张
a: 收到 新内胆今天寄出 旧的不用寄回

# ok_refund_original_route
b: 退款退到哪里
a: 原路退回哦 您用微信支付的就退回微信零钱
b: 多久到
a: 审核通过后1到3个工作日
b: 好的

# ok_scam_report
b: 刚才有人打电话说是你们客服 说我的快递丢了要加微信理赔
a: 亲 那不是我们 我们不会打电话让您加微信
b: 他还知道我买了啥
a: 可能是信息泄露 千万别加 也不要点任何链接 有问题只在这个聊天窗口找我们
b: 好的 幸好没加

# ok_warning_from_agent
a: 亲 温馨提示 本店不会以任何理由让您加微信或私下转账 请注意防骗
b: 知道了 我就问一下这个锅能用电磁炉吗
a: 可以的 电磁炉燃气灶都能用
b: 28的还是30的好
a: 三口之家28够用 人多选30

# ok_price_compare_neutral
b: 京东上同款便宜10块
a: 亲 我们这边可以领店铺券 满199减15 算下来差不多
b: 领了券是多少
a: 到手189
b: 那还行 就在你家买了

# ok_en_sizing
b: hi, does this hoodie run small?
a: it's true to size, if you like oversized go one size up
b: I'm 178cm 70kg
a: L would fit you well, XL for a baggy look
b: L then, thanks

# ok_en_shipping_time
b: when will my order ship?
a: it will ship within 48 hours, you'll get the tracking number in your order page
b: ok and how long to Singapore
a: usually 5-8 days by air
b: 👍

# ok_tw_coupon
b: 請問這個折價券怎麼用
a: 結帳的時候選擇優惠券 系統會自動折抵喔
b: 我結帳沒看到
a: 要滿599才能用 您目前是560
b: 那我再加一雙襪子
a: 好的 這樣就可以用了

# ok_hk_delivery
b: 唔該 我想問送貨去沙田要幾多日
a: 一般3至5個工作天
b: 可唔可以送去順豐站
a: 可以 你下單時揀順豐站自取就得
b: 好 多謝

# ok_baby_formula
b: 这个奶粉是国行还是海淘
a: 国行的 有中文标签和溯源码
b: 生产日期呢
a: 今年3月的 保质期两年
b: 拍4罐能送什么
a: 送一个奶粉盒和两个试用装

# ok_fruit_broken
b: 芒果到了 有两个坏了
a: 抱歉亲 麻烦拍个照片 坏果我们按个数赔
b: [图片] 两个
a: 看到了 给您退12块 原路退回
b: 好 其他的挺甜的

# ok_appliance_install
b: 热水器包安装吗
a: 包的 市区免费 郊区可能有远程费
b: 我在昌平
a: 昌平回龙观天通苑这边都算市区 免费
b: 那行 什么时候能装
a: 到货后师傅会联系您预约

# ok_invoice_company
b: 要开公司发票 抬头和税号怎么给
a: 下单时在发票栏填写就行 或者直接发这里
b: 北京远航科技有限公司 91110108MA01X2K3T7
a: 收到 电子专票发到您订单邮箱 三天内开出
b: 好

# ok_agent_phone_tail_verify
b: 我要改收货地址
a: 好的 为了确认是本人 麻烦报一下收货手机后四位
b: 0526
a: 核对无误 新地址发我
b: 江苏省苏州市工业园区星湖街328号 创意产业园9栋 周先生
a: 已修改 明天发出

# ok_store_own_promo
a: 亲 明晚8点店铺直播间有秒杀 关注店铺就能收到提醒
b: 秒杀什么
a: 羊毛衫99两件 还有围巾9.9
b: 好 我去关注

# ok_complaint_civil
b: 你们物流也太慢了吧 一个星期了
a: 非常抱歉 这边帮您查一下
a: 包裹在武汉转运中心滞留了两天 已经联系快递加急
b: 要是再不到我就退了
a: 理解的 明天还不到我主动给您退款

# ok_adult_plain
b: 安全套有超薄的吗
a: 有的 0.01和0.02都有 0.01是聚氨酯材质
b: 尺寸怎么选
a: 标准52mm 偏大选56mm 偏小选49mm
b: 52的拿两盒
a: 好的 包装保密发货 外箱不显示品名

# ok_history_book
b: 《万历十五年》有精装版吗
a: 有的 三联精装 68元
b: 还有《中国近代史》蒋廷黻那本吗
a: 有 一起拍满99包邮
b: 一起拍

# ok_national_day_shipping
b: 国庆放假还发货吗
a: 国庆期间正常发货 只是快递会慢一两天
b: 那10月3号下单几号到
a: 江浙沪一般5号左右
b: 好的好的

# ok_phone_case_qq
b: 有没有iPhone15 Pro的壳
a: 有的 透明 磨砂 皮质都有
b: 有QQ糖那个颜色的吗 粉粉嫩嫩的
a: 有个樱花粉 很接近
b: 就要它

# ok_tea_weight
b: 这个龙井一斤多少钱
a: 明前特级 一斤680 半斤装340
b: 能不能拿二两尝尝
a: 有100克试饮装 138
b: 行 先来100克

# ok_pet_food
b: 猫粮有小包装吗
a: 有1.5kg的
b: 我家猫挑食 怕买了不吃
a: 可以先拍试吃装 6包每包50g 不吃可以退
b: 那先拍试吃
a: 好的 发货了给您说

# ok_mixed_lipstick
b: 这个 lipstick 是 matte 的吗
a: 是哑光的亲 但不拔干
b: 黄皮用哪个 shade 好
a: 推荐 #316 和 #999 黄皮很显白
b: 316吧
a: ok 给您备注正装

# ok_furniture_measure
b: 这个书柜高多少
a: 高180 宽80 深30
b: 我家墙高只有175的地方能放吗
a: 那个位置放不下 可以选矮款 高150
b: 那换矮款

# ok_return_address_flow
b: 退货寄到哪
a: 您在订单里点申请退货 审核后系统会显示退货地址
b: 看到了 浙江金华的
a: 对的 填好单号就行 我们收到后48小时内退款
b: 好的已寄 单号SF1398826107745

# ok_digital_game_card
b: 这个游戏点卡多久到
a: 自动发货 付款后一分钟内 卡密在订单详情里
b: 面值100的对吧
a: 对 100元面值 到账1000点
b: 买了 已经到了

# ok_elderly_phone
b: 老人机字大不大
a: 字体超大 还有一键呼叫
b: 能设几个号码
a: 能设5个亲情号 插卡就能用
b: 我给我妈买 她耳朵不好
a: 那推荐这款 音量最大有100分贝

# ok_wholesale_price_tiers
b: 批发价怎么算
a: 10件以上8折 50件以上7折
b: 我要30件
a: 30件8折 下单后我给您改价
b: 改价是在平台上改吧
a: 对的 拍下先别付款 我改好您再付

# ok_seafood_coldchain
b: 虾是冰鲜还是冷冻
a: 急冻的 顺丰冷链 到家还是冻的
b: 我家在新疆 能发吗
a: 新疆可以 不过要3天 建议当天收货
b: 行 我在家等

# ok_tw_size_return
b: 請問尺寸不合可以換嗎
a: 可以喔 7天內未下水未剪標都可以換
b: 運費誰出
a: 第一次換貨我們出運費
b: 好 那我先買M

# ok_en_mixed_invoice
b: can you issue a 发票 for company reimbursement?
a: yes, 电子发票 will be sent to your email
b: do I need to fill in tax ID?
a: yes please fill in 税号 when checkout
b: ok got it

# ok_buyer_saw_elsewhere
b: 我在抖音上看到这个 是你们家的吗
a: 同款 我们是品牌授权店
b: 价格一样吗
a: 我们这边今天有满减 到手价差不多
b: 那我在这买吧

# ok_flower_delivery_time
b: 520能指定时间送到吗
a: 可以 下午2点到6点之间
b: 收花人电话15802256634 是我女朋友的
a: 好的 会提前联系收花人 卡片写什么
b: 写 宝贝 520快乐
a: 已备注

# ok_qq_candy_bulk
b: QQ糖有没有大包装
a: 有1公斤装的 混合口味
b: 2
a: 2袋是吧 拍两件就行
b: 对

# ok_bike_parts
b: 这个刹车片适合禧玛诺的吗
a: 适合M315 M365 MT200
b: 我的是MT200
a: 那就可以 一副两片
b: 拍2副

# ok_price_short_number
b: 最低多少
a: 已经是活动价了 129
b: 120呢
a: 120不行亲 可以送您一双袜子
b: 那也行 129拍了
# ok_cosmetics_shade
b: 粉底液有试用装吗
a: 有的 小样5ml 9.9元
b: 我是混油皮 黄一白
a: 推荐02象牙白 控油版
b: 先拍小样试试
a: 好的 小样拍下同款正装可以抵扣9.9

# ok_rice_origin
b: 这个大米是五常的吗
a: 是的 五常稻花香2号 有溯源码
b: 新米吗
a: 今年10月新米
b: 10斤的来两袋

# ok_honey_crystal
b: 蜂蜜结晶了 是不是假的
a: 亲 天然蜂蜜低温下结晶是正常的
b: 那还能吃吗
a: 能吃的 隔温水化开就行 不要超过60度
b: 哦 了解了

# ok_laptop_config
b: 这款笔记本内存能加吗
a: 板载16G 还有一个插槽 最多加到48G
b: 硬盘呢
a: 双硬盘位 自带512G
b: 那还行 拍16+512

# ok_camera_lens_mount
b: 这个镜头是E卡口吗
a: 有E口和Z口两个版本 拍的时候选
b: 我是索尼a7m4
a: 那选E口
b: okk

# ok_drone_registration
b: 无人机要登记吗
a: 250克以上的需要在民航局系统实名登记
b: 这款多重
a: 249克 不用登记 但也要遵守禁飞区规定
b: 那买这个

# ok_glasses_pd
b: 配眼镜要提供什么
a: 度数 散光 轴位和瞳距
b: 左250右300 瞳距63
a: 有散光吗
b: 没有 不需要
a: 好的 已记录 7个工作日出货

# ok_printing_qty
b: 名片印多少钱
a: 铜版纸一盒100张 15元
b: 要5盒
a: 5盒75 设计免费
b: 设计稿发你
a: 好的 确认后安排印刷

# ok_cake_writing
b: 生日蛋糕上能写字吗
a: 可以 10个字以内
b: 写 妈妈生日快乐 60
a: 好的 需要蜡烛数字6和0吗
b: 要
a: 已备注 送达时间是明天上午10点对吧

# ok_mooncake_company
b: 公司要订月饼 150盒
a: 好的 企业团购有专属价 您看中哪款
b: 流心奶黄那款
a: 150盒单价可以到88 下单后我改价
b: 能分开寄吗 寄到不同员工家
a: 可以 您整理个地址表 发这里就行

# ok_fishing_rod_length
b: 鱼竿3.6米和4.5米哪个好
a: 看钓点 野河沟3.6够了 水库建议4.5
b: 我一般去水库
a: 那4.5的 搭配这款线组
b: 那一起拍

# ok_tent_capacity
b: 这个帐篷几个人睡
a: 标称3人 实际两大一小舒服
b: 防雨吗
a: 防水指数3000mm 中雨没问题
b: 行 要墨绿色

# ok_car_floor_mat
b: 脚垫有2022款卡罗拉的吗
a: 有的 全包围 选车型那里选卡罗拉22款
b: 双层的好还是单层
a: 双层好清理 下面那层可以拿出来冲
b: 双层

# ok_tools_drill
b: 这个电钻能打混凝土吗
a: 这款是冲击钻 能打砖墙 混凝土建议买电锤
b: 电锤有吗
a: 有 26电锤 229
b: 那拍电锤

# ok_kitchen_knife
b: 菜刀是什么钢
a: 5Cr15钼钒钢
b: 能剁骨头吗
a: 这把是切片刀 剁骨要买斩骨刀 套装里有
b: 那买套装

# ok_jewelry_cert
b: 这个金手镯有证书吗
a: 有的 附国检证书 足金999
b: 多少克
a: 这款约20.5克 按克重计价
b: 今天金价多少
a: 今天按店铺公示价 下单实时计算

# ok_en_gift_wrap
b: can you gift wrap this?
a: yes, gift wrap is free, just leave a note when you order
b: and add a card saying Happy Birthday Emma
a: sure, we'll handwrite it
b: perfect

# ok_en_damaged_item
b: the vase arrived broken
a: so sorry! could you send a photo of the item and the box?
b: [photo]
a: thanks, we'll send a replacement free of charge, no need to return it
b: great, thanks for the quick help

# ok_tw_snack
b: 請問這個牛軋糖有含花生嗎
a: 有的喔 對花生過敏不建議
b: 有沒有不含堅果的
a: 有原味的 不含堅果
b: 那拿原味兩盒

# ok_hk_size
b: 呢件外套有冇S碼
a: 有 S碼胸圍98
b: 我平時著S 但係鍾意寬鬆
a: 咁可以揀M
b: 好 M碼

# ok_mattress_trial
b: 床垫能试睡吗
a: 支持100晚试睡 不满意免费上门取回
b: 1.8乘2米的多少钱
a: 活动价2699
b: 拍下了

# ok_tile_quantity
b: 客厅30平米需要多少块瓷砖
a: 800x800的话 一块0.64平 30平大概47块 建议多买5%损耗 拍50块
b: 50块多少钱
a: 每块68 共3400 满3000包送货上楼
b: 可以

# ok_books_textbook
b: 高二物理选修的教辅有吗
a: 有 人教版的还是鲁科版
b: 人教
a: 人教版选修一和选修二都有
b: 都要

# ok_stationery_bulk
b: 中性笔一盒多少支
a: 12支一盒
b: 我要5盒 黑色
a: 好的 60支 黑色0.5
b: 对对

# ok_phone_trade_in
b: 以旧换新怎么弄
a: 下单时选以旧换新 填旧机型号 系统估价抵扣
b: 旧手机怎么给你们
a: 快递员送新机时当面回收 当场验机
b: 懂了

# ok_router_app
b: 路由器配置要下载什么
a: 可以用手机浏览器进192.168.1.1 也可以下官方app
b: 浏览器就行 不想装app
a: 可以的 说明书第3页有步骤
b: 好嘞

# ok_scale_app_bluetooth
b: 体脂秤要连手机吗
a: 不连也能称体重 体脂数据要连app看
b: app叫什么
a: 说明书上有 应用商店搜品牌名就有 免费的
b: OK

# ok_printer_wifi
b: 打印机能手机直接打印吗
a: 支持WiFi打印 安卓苹果都可以
b: 微信里的文件能打吗
a: 可以的 在微信里选"用其他应用打开"选打印就行
b: 方便

# ok_bed_sheets
b: 四件套1.5米床能用吗
a: 有1.5米床的规格 被套200x230
b: 纯棉吗
a: 100%长绒棉 60支
b: 要灰色

# ok_buyer_phone_split
b: 麻烦帮我改下收货电话
a: 好的 您说
b: 186
b: 2173
b: 9046
a: 18621739046 对吗
b: 对的

# ok_locker_code
b: 快递放柜子里了 取件码多少
a: 亲 我帮您看了 丰巢取件码是 381529
b: 谢谢啦
a: 不客气 24小时内取哦 超时会收费

# ok_en_phone_delivery
b: please update my phone number for delivery: +1 415 662 0193
a: updated, the courier will call this number
b: thanks, also can they leave it at the door
a: yes I'll add a note: leave at door

# ok_huabei_installment
b: 能分期吗
a: 支持花呗分期 3期免息
b: 12期呢
a: 12期有手续费 结账时能看到
b: 那3期吧

# ok_preorder_deposit_platform
b: 这个预售是先付定金吗
a: 对的 现在在平台上付定金50 双十一当天付尾款
b: 定金能退吗
a: 定金不退哦 尾款没付的话定金不退
b: 了解了

# ok_platform_price_change
b: 两件一起能便宜吗
a: 两件减20 您拍下先别付款 我帮您改价
b: 下单了
a: 改好了 您刷新一下付款
b: 付了

# ok_gift_wechat_video
b: 这个平板能微信视频吗
a: 可以的 前置800万 视频通话很清楚
b: 给我爸妈用 他们不会弄
a: 开机有老人模式 字大图标大
b: 好 就它了

# ok_jd_courier
b: 能发京东快递吗
a: 默认中通 需要京东快递的话补运费差价在平台拍运费链接
b: 差多少
a: 江浙沪差5块
b: 那算了 中通就行

# ok_pillow_firmness
b: 枕头软的还是硬的
a: 中等偏软 回弹慢
b: 我侧睡
a: 侧睡建议拿高款 12cm
b: 高款

# ok_tw_delivery_date
b: 今天下單什麼時候到
a: 宅配的話明後天會到
b: 可以指定晚上收嗎
a: 可以 下單備註晚上6點後
b: 好的呀

# ok_mixed_refund_status
b: 我的 refund 到哪一步了
a: 已经 approved 了亲 正在退回您的原支付方式
b: 信用卡要几天
a: 一般3-7个工作日 看银行
b: ok 等等看

# ok_wine_age_check
b: 红酒能送到公司吗
a: 可以的 签收需要成年人本人
b: 两瓶装有礼盒吗
a: 有的 加10元礼盒 带开瓶器
b: 要礼盒

# ok_plants_winter
b: 绿萝冬天好养吗
a: 室温10度以上就行 少浇水
b: 北方冬天快递会冻吗
a: 我们北方订单会加保温棉和暖贴
b: 那放心了

# ok_agent_asks_quantity
a: 亲 您咨询的收纳箱要几个
b: 4个
a: 大号还是中号
b: 中号 4个
a: 好的 中号4个 48元包邮

# ok_order_number_pieces
b: 帮我查个单 订单号是
b: 3629 1058
b: 7743 2216
a: 查到了 已经在派送中 今天能到
b: 好的谢谢
# lookalike_contact_lens_case
b: 隐形眼镜有没有400度的
a: 有的 日抛30片 月抛2片
b: 400度日抛要2盒
a: 好的 提醒您两只眼度数不同的话要分开拍
b: 都是400
a: 那直接拍2盒

# lookalike_address_ship_from
b: 你们在哪发货
a: 浙江义乌发货 江浙沪次日达
b: 我在广州要几天
a: 两到三天
b: 行的

# lookalike_address_buyer_own
b: 我地址写错了 改成 广东省深圳市南山区科技园南区 高新南七道 数字大厦A座1203
a: 好的 收件人和电话不变吗
b: 不变
a: 已修改 明天发顺丰
b: 多谢

# lookalike_platform_buyer_compare
b: 拼多多上同款才29
a: 亲 那边可能是仿款 我们是原厂的 面料不一样
b: 我就问问
a: 理解的 我们这边支持7天无理由 您可以放心试
b: 行 先买一件试试

# lookalike_platform_resell_self
b: 买大了 不想退了 我自己闲鱼挂了算了
a: 亲 也可以免费换小一码的
b: 换货麻烦 我在闲鱼卖掉就行
a: 好的 那有需要随时找我们
b: 嗯

# lookalike_payment_refund_alipay
b: 我用支付宝付的 退款退到哪
a: 原路退回到支付宝余额或者付款的银行卡
b: 到账会有短信吗
a: 支付宝会有通知
b: 嗯好

# lookalike_payment_collect_speaker
b: 这个收款提示音箱支持微信支付宝吗
a: 都支持 还有云闪付 收款自动播报
b: 要插卡吗
a: 内置流量卡 三年免流量费
b: 我们小吃店用 拍一个

# lookalike_link_platform_own
b: 你们店里还有别的颜色吗
a: 有的 点店铺首页 全部宝贝里搜"针织开衫"就能看到
b: 找到了 燕麦色好看
a: 燕麦色是新款 现在有券
b: 好 就这样

# lookalike_fraud_report_fake_sms
b: 我收到短信说我的快递异常 要我点链接重新填地址 是你们发的吗
a: 不是我们发的亲 那是诈骗短信 不要点
b: 吓死了 差点点了
a: 物流信息以订单详情为准 有异常我们会在这里通知您
b: 好的 谢谢提醒

# lookalike_fraud_report_fake_group
b: 有人拉我进一个群 说是你们店的粉丝福利群 要先交99会员费
a: 亲 我们没有任何收费群 这是骗子
b: 那我退群了
a: 对的 也可以在平台举报 谢谢您告诉我们
b: 不客气

# lookalike_spam_store_promo
a: 亲 双十一预售开始啦 付定金20抵50 今晚0点截止
b: 我上次看的那个保温杯参加吗
a: 参加的 定金20 尾款89
b: 付了定金
a: 好的 11号记得付尾款哦

# lookalike_spam_new_arrival
a: 亲 您关注的款到货了 黑色M码现在有库存
b: 太好了 我马上拍
a: 库存不多 建议早点下单
b: 已拍

# lookalike_abuse_strong_complaint
b: 你们这个质量真的太差了 洗一次就掉色
a: 非常抱歉 请问是按水洗标洗的吗
b: 冷水手洗的 还是掉
a: 那是我们的问题 给您全额退款 不用寄回
b: 这还差不多 下次把关好点

# lookalike_abuse_frustration
b: 烦死了 第三次找你们了
a: 真的抱歉 这次我全程跟进 您的问题是换货还没收到对吧
b: 对 说好三天的
a: 查到换货被快递退回了 原因是地址不全 我重新补发并且加急
b: 地址哪里不全
a: 缺门牌号 麻烦您补充一下
b: 18栋2单元501

# lookalike_obscene_lingerie_plain
b: 这款文胸75B的有吗
a: 有的 75B 黑色和肤色
b: 下围75 上围88 选B还是C
a: 差13的话B刚好 胸型外扩的话可以试C
b: 那拿B

# lookalike_obscene_lube_medical
b: 这个润滑剂是水溶性的吗
a: 是的 水溶性 可以和安全套一起用
b: 孕期能用吗
a: 成分温和 但孕期建议咨询医生
b: 好 拍一支

# lookalike_obscene_pregnancy_test
b: 验孕棒多久能测
a: 同房后10到14天可以测 早孕试纸晨尿最准
b: 两道杠一深一浅呢
a: 一般提示可能怀孕 建议隔两天复测或者去医院验血
b: 谢谢 拍一盒

# lookalike_political_flag_school
b: 学校运动会要国旗 4号的有吗
a: 有的 4号国旗144x96
b: 要10面 还要旗杆
a: 好的 10面国旗加10根旗杆
b: 发票开学校

# lookalike_political_red_tourism
b: 红色旅游纪念章有吗
a: 有延安 井冈山 西柏坡三款
b: 一套多少
a: 一套三枚 59
b: 给我爸买 他退伍老兵 喜欢这个
a: 好的 我们帮您配个礼盒

# lookalike_address_return_flow
b: 退货地址是哪
a: 退货地址在您申请退货后页面上会显示 是我们上海仓
b: 看到了 松江区那个
a: 对的 填好单号就行
b: 好滴

# lookalike_contact_customer_delivery_call
b: 快递员让我打他电话 我打不通
a: 您方便的话我帮您联系快递站点
b: 好 麻烦了
a: 已经联系了 快递员半小时后再给您送一次
b: 好的 谢谢啦

# lookalike_number_sizes_children
b: 童装怎么选码
a: 看身高 110码适合105-115cm
b: 孩子112 有点胖
a: 那选120 宽松一点
b: 120

# ok_en_electronics_warranty
b: does this come with warranty?
a: yes, 1 year manufacturer warranty
b: what if it breaks after 6 months
a: you can file an after-sales request in your order, we'll arrange repair or replacement
b: ok good

# ok_en_size_ring
b: what ring size should I get? my finger is about 17mm
a: 17mm diameter is US size 6.5 / China size 14
b: I'll take 14 then
a: great choice

# ok_mixed_skincare_routine
b: 这个 serum 早上能用吗
a: 可以 用完记得防晒 SPF30 以上
b: 和 vitamin C 能一起用吗
a: 建议早C晚A 这个是A醇 晚上用更好
b: got it

# ok_tw_skin
b: 請問這瓶乳液適合敏感肌嗎
a: 適合 無香精無酒精
b: 容量多少
a: 200ml
b: 好 買一瓶

# ok_hk_electronics
b: 呢部耳機係咪有降噪
a: 有主動降噪 續航30個鐘
b: 可唔可以連兩部機
a: 支援多點連接
b: 正 買咗

# ok_pharmacy_otc
b: 布洛芬缓释胶囊有吗
a: 有的 0.3g 20粒
b: 小孩能吃吗
a: 这个是成人的 儿童要买混悬液 按体重算剂量
b: 孩子18公斤
a: 那买儿童混悬液 具体剂量请看说明书或咨询医生

# ok_pharmacy_prescription
b: 阿莫西林能直接买吗
a: 处方药需要上传处方或者问诊开方
b: 没处方
a: 可以在线问诊 医生评估后开方
b: 那我问诊一下

# ok_baby_stroller
b: 婴儿车能上飞机吗
a: 这款收车后体积小 大部分航司能登机
b: 多重
a: 6.2kg
b: 可以 拍卡其色

# ok_knitting_yarn
b: 毛线一团多少克
a: 50克一团
b: 织一件成人毛衣要多少
a: 一般10到12团
b: 拍12团 燕麦色

# ok_car_wiper
b: 雨刮器有朗逸的吗
a: 有 主驾24寸 副驾16寸
b: 一对多少
a: 一对39
b: 拍一对

# ok_school_uniform
b: 校服能定做吗
a: 可以 起订30套
b: 35套 尺码不一样
a: 没问题 您统计好尺码表 我们按表做
b: 好 表格晚点发

# ok_hotpot_base
b: 火锅底料辣不辣
a: 中辣 四川人觉得微辣
b: 我不太能吃辣
a: 推荐这款番茄的 或者清油微辣
b: 番茄和微辣各一包

# ok_piano_tuning
b: 电钢琴需要调音吗
a: 电钢琴不需要调音的
b: 有耳机孔吗
a: 有 双耳机孔 晚上练不吵人
b: 好的 麻烦了

# ok_pool_float
b: 游泳圈适合几岁
a: 这款适合3-6岁 有座位
b: 我家孩子5岁 18公斤
a: 可以用 承重30公斤
b: 拍

# ok_lamp_bulb_short
b: 灯泡要几个
a: 这个吊灯需要6个E14灯泡
b: 6个有送吗
a: 送的 暖光
b: 我想要白光
a: 可以备注 换白光

# ok_courier_choice
b: 能发顺丰吗
a: 可以 顺丰需要补运费12
b: 在哪补
a: 拍的时候快递选项选顺丰 价格会自动加上
b: 好 选上了

# ok_exchange_color
b: 能换个颜色吗 拍了蓝色想换粉色
a: 还没发货可以换 我帮您改
b: 谢了
a: 改好了 粉色M码

# ok_lost_package_claim
b: 物流显示签收了 但我没收到
a: 抱歉亲 我们先联系快递核实
a: 快递说放在了小区门卫室 您去看一下
b: 找到了 在门卫那
a: 好的 下次我们备注送货上门

# ok_stock_number
b: 还有多少库存
a: 白色还剩11件 黑色3件
b: 黑色我要2件
a: 好的 快拍 3件很快就没了
b: 下好单了

# ok_height_weight_short
b: 160 48
a: 您选S码就好
b: 腰细 会不会大
a: 腰部有松紧 不会大
b: S吧
# ok_long_sofa_delivery
b: 沙发下单了 什么时候能送
a: 亲 定制款需要15天生产 生产完物流7天左右
b: 送货上楼吗 我家6楼没电梯
a: 送货上楼的 无电梯每层加收10元 6楼就是50
b: 50在哪付
a: 到时候我们发个补运费链接在平台上拍 不用付现金给师傅
b: 好的 那安装呢
a: 免费安装 师傅送货当天装好

# ok_long_phone_screen
b: 刚买的手机屏幕有一个亮点
a: 抱歉亲 能拍个照片或视频吗
b: [视频]
a: 看到了 这属于屏幕瑕疵 可以给您换新机
b: 要寄回去吗
a: 是的 申请换货后上门取件 运费我们承担
b: 多久能拿到新的
a: 收到旧机当天发新机 大概4天

# ok_long_bulk_fabric
b: 这个布料是按米卖的吗
a: 是的 幅宽1.5米 按米计价
b: 做窗帘 窗户宽2.4米 高2.6米
a: 做双倍褶的话需要宽度4.8米 布是1.5宽 要拼接 建议买横向定高的款
b: 定高的多少钱一米
a: 定高2.8米的 一米58
b: 那买5米
a: 5米290 可以帮您免费加工打孔

# ok_long_birthday_flowers
b: 我想订花 明天送到公司
a: 好的 预算多少呢
b: 300左右
a: 推荐这款19枝红玫瑰 298
b: 好 地址是上海市静安区南京西路1266号 恒隆广场一期38楼 收花人王小姐
b: 电话13818820476
a: 好的 下午3点前送到 卡片写什么
b: 不用写名字 就写"生日快乐"

# ok_en_long_custom_mug
b: Hi, can you print a photo on the mug?
a: Yes! please upload a clear photo here, at least 1MB
b: [image]
a: got it, do you want any text?
b: "Best Dad Ever" under the photo
a: sure, we'll send you a preview before printing
b: great, how long?
a: 2 days to make, 5-7 days shipping

# ok_en_return_policy
b: can I return this if it doesn't fit?
a: yes, 7-day free return as long as tags are on
b: who pays return shipping?
a: it's covered by the shipping insurance on your order
b: nice

# ok_en_stock_notify
b: is the blue one coming back in stock?
a: yes, restocking next week
b: can you let me know?
a: click "notify me" on the product page and you'll get an alert in the app
b: done

# ok_mixed_pc_build
b: 这个 RTX 4060 能跑 1440p 吗
a: 可以 大部分游戏 high 画质 60帧以上
b: 电源要多少 W
a: 建议 550W 以上
b: 那我一起拍个 650W 的电源

# ok_mixed_shoes_us_size
b: US 9 是多少码
a: 男款 US9 = 42.5
b: 我平时 Nike 穿 42.5
a: 那这个也拍 42.5 就行
b: ok的

# ok_tw_tea
b: 請問烏龍茶是台灣的嗎
a: 是的 阿里山高山烏龍
b: 一包多重
a: 150克一包
b: 送禮有禮盒嗎
a: 有的 兩包裝禮盒

# ok_tw_order_query
b: 我的訂單顯示已出貨 但查不到物流
a: 可能物流還沒更新 通常隔天會有
b: 單號是多少
a: 黑貓宅急便 9063 2715 8840
b: 好 明天再查

# ok_hk_cake
b: 聽日生日蛋糕可唔可以送到將軍澳
a: 可以 送貨費$50
b: 朱古力味 2磅
a: 好 寫咩字
b: 寫 Happy Birthday 阿妹

# ok_dialect_buyer_northeast
b: 这棉袄贼拉好看 有大号不
a: 有的 最大到4XL
b: 俺一百八 一百九十斤
a: 那得拿4XL 要是穿毛衣在里面也够
b: 中 整一件黑的

# ok_dialect_buyer_cantonese_mainland
b: 呢个电饭煲有冇3L嘅
a: 有的亲 3L适合2-4人
b: 几多钱
a: 活动价199
b: 好 要一个

# ok_student_textbook_used
b: 这个二手教材有笔记吗
a: 有少量笔记 不影响阅读 九成新
b: 有没有缺页
a: 没有缺页 我们都检查过
b: 好 拍了

# ok_gaming_console
b: Switch是日版还是港版
a: 港版 支持中文
b: 能玩国内下载的游戏吗
a: 能玩所有港服和日服的游戏 卡带不锁区
b: 买一个带健身环的套装

# ok_topup_phone_credit
b: 话费充值多久到账
a: 一般5分钟内 高峰期最迟2小时
b: 我充的手机号是13652217790 有没有写错
a: 系统显示充值号码13652217790 没错
b: 好的 那等等

# ok_supplement_dosage
b: 维生素D一天吃几粒
a: 成人一天一粒 400IU
b: 和钙片一起吃行吗
a: 可以一起吃 有助于钙吸收
b: 那两样各一瓶

# ok_luggage_size
b: 20寸箱子能登机吗
a: 可以 国内航司都能登机
b: 能放多少
a: 一般出差3-5天的衣服
b: 拍20寸 灰色

# ok_sports_shoes_width
b: 我脚宽 这款会挤吗
a: 这款偏窄 宽脚建议拍宽楦版
b: 宽楦版有43吗
a: 有的
b: 那就43宽楦

# ok_pet_fish_live
b: 孔雀鱼能寄活的吗
a: 可以 打氧包装 包活 死了包赔
b: 冬天呢
a: 冬天加暖贴 北方冷的话建议等天暖
b: 我在广东
a: 广东没问题
b: 来10条

# ok_used_luxury_auth
b: 这个二手包能验货吗
a: 可以 平台有鉴定服务 选验货发货
b: 验货要多久
a: 3到5个工作日 验完平台发给您
b: 行 这样放心

# ok_invoice_resend
b: 发票我没收到
a: 亲 电子发票已经发到订单邮箱了 也可以在订单详情里下载
b: 找到了 在订单里
a: 好的 有问题随时找我

# ok_agent_proactive_delay
a: 亲 您的订单因为暴雨延迟一天发货 非常抱歉
b: 没事 不急
a: 谢谢理解 明天一早优先给您发
b: 嗯 好的

# ok_buyer_thanks_review
b: 收到了 质量很好 已经好评了
a: 谢谢亲的支持 有问题随时联系
b: 会回购的
a: 期待您再来

# ok_wedding_candy
b: 喜糖盒能定制名字吗
a: 可以 印新人名字和日期
b: 要200盒
a: 200盒 单价3.5 印字免费
b: 名字是 李明 & 陈静 2024.10.02
a: 好的 设计稿出来先给您确认

# ok_aquarium_filter
b: 鱼缸过滤器60cm的缸用哪个
a: 推荐这款外挂过滤 流量600L/h
b: 噪音大吗
a: 很安静 放卧室也可以
b: 那就拍

# ok_air_purifier_filter
b: 净化器滤芯多久换一次
a: 一般6个月 app会提醒
b: 不用app能看吗
a: 机身上有滤芯指示灯 红灯亮就该换了
b: 那行

# ok_smart_lock_app
b: 智能锁用哪个app开
a: 用我们品牌的app 不过指纹密码卡都能开 app不是必需的
b: 没电了怎么办
a: 有应急充电口 充电宝插上就行 还有机械钥匙
b: 安装收费吗
a: 包安装
b: 收到

# ok_winter_coat_return
b: 羽绒服有点大 能换小一码吗
a: 可以 申请换货 我们寄S码给您
b: 要先寄回去吗
a: 不用等 我们先发新的 您收到后把旧的寄回
b: 这么好
a: 老客户福利

# ok_kids_toy_battery
b: 遥控车带电池吗
a: 车带充电电池 遥控器要两节5号电池 不带
b: 那我一起买电池
a: 好的 5号电池4节装 6.9
b: 一起下单

# ok_en_custom_name_necklace
b: can you engrave a name on this necklace?
a: yes, up to 8 letters
b: "SOPHIA"
a: got it, font style A or B?
b: B please

# ok_en_shipping_uk
b: do you ship to the UK? how much is shipping
a: yes, shipping to UK is $12, free over $80
b: does it include customs
a: for orders under £135 VAT is included at checkout
b: ok thanks

# ok_mixed_charging
b: 这个 power bank 能上飞机吗
a: 10000mAh 可以带上飞机 不能托运
b: 有 PD 快充吗
a: 有 PD 20W
b: ok 买一个 white

# ok_pickup_code_locker_cainiao
b: 菜鸟驿站说我的包裹是 3-2-4417 但我找不到
a: 亲 3号架2层 编号4417
b: 还是没有
a: 您把手机尾号报给驿站工作人员 他们能查
b: 找到了 在地上一堆里
a: 好的 了解

# ok_size_numbers_pants
b: 裤长多少
a: 28码裤长98 29码100
b: 腰围2尺2
a: 2尺2对应29码
b: 29

# ok_yarn_dye_lot
b: 上次买的毛线不够 再补两团颜色会一样吗
a: 我们尽量找同一缸号的 上次订单缸号是A0912
b: 有的话就发同缸
a: 查了 还有 给您发A0912
b: 太好了

# ok_bulk_question_answer
b: 在吗在吗
a: 在呢亲
b: 这个锅能进洗碗机吗
a: 可以的 不过建议手洗延长涂层寿命
b: 知道啦
# lookalike_change_place_delivery
b: 我这周不在家 能换个地方收吗
a: 可以的 还没发货 您发新地址
b: 送到我公司 杭州市西湖区文三路90号 东部软件园2号楼 前台
a: 好的 已改 收件人还是您吧
b: 嗯对

# lookalike_which_app_tracking
b: 哪个软件能查物流
a: 直接在订单详情就能看 不用下别的软件
b: 哦 我以为要下快递的app
a: 不需要的 订单里点"查看物流"
b: 看到了

# lookalike_send_me_invoice
b: 你发我一下保修卡的照片 我的弄丢了
a: 亲 电子保修凭证在订单详情里 凭订单就能保修
b: 那不用纸质的？
a: 不用 订单就是凭证
b: 嗯嗯

# lookalike_how_to_join_member
b: 会员怎么加
a: 店铺首页点"加入会员" 免费的
b: 加了有什么用
a: 会员价95折 生日当月送券
b: 加了

# lookalike_number_is_price
b: 多少钱
a: 这款69
b: 两件呢
a: 两件128
b: 拍两件

# lookalike_number_is_weight
b: 这箱橙子多重
a: 净重9斤 毛重10斤
b: 有没有5斤的
a: 有 5斤装39.9
b: 5斤来两箱

# lookalike_green_app_product
b: 你们这个绿色的手机壳还有吗
a: 有的 薄荷绿和墨绿两种
b: 薄荷绿
a: 什么型号
b: 小米14

# lookalike_penguin_toy
b: 企鹅玩偶有大的吗
a: 有 45cm和60cm
b: 60的 给孩子抱着睡
a: 60cm 99元 可以机洗
b: 要一个

# lookalike_avatar_pic
b: 我想要你们主图上模特穿的那套
a: 主图第一张那套是上衣加半裙 两个链接
b: 你发我一下另一个
a: 半裙在店铺首页第二个 或者点商品下方"搭配购"
b: 找到了

# lookalike_private_message_platform
b: 我刚才下单的备注你看到了吗
a: 看到了 要求不要放发票 对吧
b: 对 是送人的
a: 好的 不放发票 价格标签也会去掉
b: 谢谢你

# lookalike_transfer_order_to_friend
b: 我能帮朋友付款吗
a: 可以的 朋友下单后选择找人代付 把代付链接分享给您就行
b: 在平台里付是吧
a: 对的 平台内代付
b: 好的呢

# lookalike_group_buy_platform
b: 你们有拼团吗
a: 有的 商品页点"发起拼团" 两人成团 便宜15
b: 我跟我妈一起拼
a: 可以 您发起后分享给她
b: 好 等你消息

# lookalike_weibo_product
b: 你们家的卫衣我在微博上看到明星穿过
a: 是的 那款是联名款
b: 还有吗
a: 还有少量M和L
b: M

# lookalike_wechat_pay_checkout
b: 能用微信支付吗
a: 可以的 结算页面选微信支付就行
b: 好 付了
a: 收到 马上安排发货

# lookalike_phone_model_number
b: 有iPhone 13的钢化膜吗
a: 有 13 和 13 Pro 通用
b: 13 mini呢
a: mini是单独的尺寸 另一个链接
b: 我要13的 两片

# lookalike_postcode
b: 邮编要填吗
a: 不填也可以 您地址详细就行
b: 我填了518057
a: 没问题的亲

# lookalike_id_card_customs
b: 跨境购要身份证吗
a: 需要 清关要求 在订单里填写实名信息就行
b: 这样安全吗
a: 是平台加密的 只用于海关申报
b: 明白了

# lookalike_verification_code_own_account
b: 登录的时候验证码一直收不到
a: 亲 可以检查一下手机是否拦截了短信 或者过60秒重新获取
b: 还是没找到
a: 也可以选语音验证码 注意验证码只自己填写 不要告诉任何人包括客服
b: 收到了 登上了

# lookalike_cash_coupon
b: 我有个20的无门槛券 能用在这个上吗
a: 可以的 结算时自动抵扣
b: 显示不能用
a: 可能是店铺券和平台券不能叠加 您选一个更划算的
b: 懂了懂了

# lookalike_deposit_appliance
b: 空调定金付了 尾款什么时候付
a: 11月11号0点开始付尾款 在订单里直接付
b: 忘了付会怎样
a: 我们会提醒您 也有短信提醒
b: 好 辛苦

# lookalike_meeting_installer
b: 安装师傅几点来
a: 师傅预约的是明天上午9到11点
b: 我11点后才在家
a: 我跟师傅说 改到下午1点
b: 可以 就这样

# lookalike_courier_cod_none
b: 可以货到付款吗
a: 亲 我们不支持货到付款 在线付款有运费险 收到不满意可以退
b: 那好吧
a: 放心 七天无理由

# lookalike_douyin_sound
b: 这个音箱声音大不大 我看抖音上有人测评
a: 20W 客厅够用
b: 低音怎么样
a: 有低音单元 还可以
b: 好 买个黑的

# lookalike_qq_music_vip
b: QQ音乐会员你们是直充吗
a: 是的 填QQ号直充 不需要密码
b: 我QQ号 填在哪
a: 下单页面有个"充值账号"栏 填在那里就行
b: 好的 填了

# lookalike_video_call_feature
b: 这个门铃能视频吗
a: 可以 有人按门铃手机上能看到画面 还能对讲
b: 要连WiFi吧
a: 需要2.4G WiFi
b: 可以可以

# lookalike_map_app_car
b: 车载导航支持高德地图吗
a: 支持 安卓系统 可以装高德和百度
b: CarPlay呢
a: 有无线CarPlay
b: 就这个了

# lookalike_bank_card_holder
b: 卡包能放几张银行卡
a: 12个卡位
b: 有防盗刷吗
a: 有RFID屏蔽层
b: 要黑色

# lookalike_jd_boe_screen
b: 这个显示器是京东方的屏吗
a: 是的 京东方IPS面板
b: 刷新率呢
a: 165Hz
b: 27寸的多少钱
a: 1099

# lookalike_taobao_font
b: 你们做的海报能用淘宝体吗
a: 可以的 淘宝体是免费商用字体
b: 那就用这个
a: 好的 设计稿出来发您确认
b: ok ok

# lookalike_qr_product
b: 你们那个二维码桌牌能定制吗
a: 可以 把您店里的收款码或者菜单码发来 我们做成亚克力桌牌
b: 几个起做
a: 10个起
b: 那做10个 码等会发你

# ok_en_furniture_assembly
b: does this desk need assembly?
a: yes, takes about 30 min, tools included
b: is there a video guide?
a: there's a step-by-step manual in the box, and a video on the product page
b: perfect, thanks

# ok_en_food_allergy
b: does this granola contain nuts?
a: yes, almonds and cashews
b: do you have a nut-free one?
a: yes, the oat & berry one is nut-free
b: I'll take that

# ok_en_gift_card_store
b: do you sell store gift cards?
a: yes, you can buy an e-gift card on our store page, delivered to the recipient inside the app
b: can I choose the amount?
a: 100, 200 or 500
b: 200 please

# ok_mixed_wedding_dress
b: 这件婚纱可以 rent 吗
a: 我们是卖的 不出租哦
b: 可以改 size 吗
a: 可以免费修改腰围 发我三围
b: 84 66 90
a: ok 建议拍S 腰收一点

# ok_tw_umbrella
b: 這把傘抗UV嗎
a: 有的 UPF50+
b: 重量
a: 220克
b: 好輕 買一支

# ok_tw_phone_case
b: 有iPhone 15的手機殼嗎
a: 有的 透明款和霧面款
b: 霧面的有黑色嗎
a: 有喔
b: 那我要黑色霧面

# ok_hk_supplement
b: 魚油係咪深海魚
a: 係 挪威深海魚油
b: 一日食幾粒
a: 一日兩粒 飯後食
b: 買兩樽

# ok_quantity_pickup_code_mix
b: 我有两个包裹 一个取件码 8-1-3302 另一个找不到
a: 另一个还在路上 明天到
b: 那就是分开发的
a: 是的 分两个仓发的
b: 行 就这样

# ok_seller_recommends_size
a: 亲 刚才看您加购了两个尺码 需要帮您推荐吗
b: 好啊 我165 55
a: 这款偏大 建议M
b: 那我删掉L

# ok_complaint_agent_apology
b: 怎么回事 说好48小时发货 现在都72小时了
a: 真的很抱歉 仓库爆单了 您的订单今天中午会发出
b: 能补偿点吗
a: 给您补一张10元无门槛券 已发到您账户
b: 那行吧
# ok_en_laptop_bag
b: will a 16 inch laptop fit in this backpack?
a: yes, the laptop sleeve fits up to 16.2"
b: is it waterproof
a: water-resistant, fine in light rain
b: ok ordering the grey one

# ok_en_order_tail
b: hi, checking on my order ending 4471
a: found it, it shipped yesterday via SF Express
b: tracking?
a: SF1507733920148, you can also see it in your order details
b: thanks!

# ok_en_coupon_stack
b: can I use two coupons on one order?
a: one store coupon plus one platform coupon can be combined
b: the total is 58.90 now?
a: yes that's after both

# ok_en_phone_support
b: my earbuds only charge one side
a: sorry about that! try cleaning the charging contacts with a dry cotton swab
b: tried, still the same
a: ok, please request an exchange in your order, we'll send a new pair
b: will do

# ok_en_bulk_quote
b: we need 200 t-shirts with our logo, what's the price
a: for 200 pcs, cotton 180g, one-color print: $4.20 each
b: and two colors?
a: $4.80 each, sample available before mass production
b: let's do 2 colors, I'll upload the logo here

# ok_en_delivery_phone_hk
b: please change the phone for delivery to 9234 5567
a: updated, the courier will call 9234 5567
b: thanks
a: you're welcome

# ok_en_size_chart
b: can you send me the size chart?
a: [size chart image] measurements are in cm
b: waist 76 is which size
a: that's M
b: M it is

# ok_en_vegan
b: is this leather or vegan?
a: it's PU, 100% vegan
b: does it smell
a: a slight smell at first, goes away in a couple days
b: oki

# ok_mixed_order_quantity
b: 我要 order 3 个 这个 keyboard
a: 好的 3 个 红轴还是茶轴
b: 茶轴 x2 红轴 x1
a: ok 分开拍两个规格就行
b: done 👍

# ok_mixed_camera
b: 这个 camera 的 battery life 多久
a: 大概 400 张 CIPA 标准
b: 有没有 spare battery
a: 有 原装电池 299
b: 加一块

# ok_mixed_student
b: hi 请问 student discount 有吗
a: 亲 我们店没有学生认证优惠 但是现在有满200减30
b: ok 那凑单
a: 可以看下这款 notebook 19.9
b: 加上

# ok_mixed_delivery_overseas
b: 可以寄到 Australia 吗
a: 可以 大概 10-15 天
b: shipping fee 多少
a: 首重 68 续重 30/kg
b: ok fine

# ok_tw_fruit
b: 請問芒果是愛文嗎
a: 是的 屏東愛文芒果
b: 一箱幾顆
a: 5台斤 大約8到10顆
b: 訂兩箱 寄台中

# ok_tw_pet
b: 貓砂是豆腐砂嗎
a: 是的 可以沖馬桶
b: 一包几克
a: 6公升 大約2.5公斤
b: 買四包

# ok_tw_refund
b: 退款多久會到
a: 信用卡退款大約7到14個工作天
b: 好慢喔
a: 是銀行作業時間 不好意思
b: 好吧好吧

# ok_hk_shipping_sf
b: 順豐到付得唔得
a: 運費可以下單時揀順豐到付 喺平台揀就得
b: 大約幾錢
a: 細件大約$25
b: 好 ok

# ok_shop_hours
b: 客服几点下班
a: 早9点到晚12点都在线 晚上留言第二天一早回复
b: 好的 那我明天再问
a: 好的亲

# ok_agent_checks_stock_later
b: 这个粉色的S码还有吗
a: 我查一下库存 稍等
a: 还有2件
b: 那我拍一件
a: 好的 已经给您预留

# ok_delivery_floor_note
b: 快递能送到门口吗 我家老人不方便下楼
a: 我们备注一下送货上门 快递员会送到
b: 地址是3单元601
a: 已备注 3单元601送货上门
b: 感谢

# ok_after_sales_repair
b: 吹风机用了两个月不出热风了
a: 抱歉亲 在保修期内 可以寄回维修或者换新
b: 换新
a: 好的 申请售后选换货 上门取件
b: 申请了

# ok_spicy_snack_level
b: 辣条有多辣
a: 微辣 小朋友也能吃
b: 有特辣吗
a: 有 魔鬼辣 慎重
b: 各来一包

# ok_charger_compat
b: 这个充电器能给华为快充吗
a: 支持华为SCP 40W
b: 苹果呢
a: 苹果PD 20W也支持
b: 好 万能

# ok_food_expiry
b: 坚果什么时候生产的
a: 上个月 保质期9个月
b: 会不会受潮
a: 独立小包装 开了当天吃完
b: 好 拍一箱30包

# ok_coat_material
b: 大衣羊毛含量多少
a: 羊毛70% 聚酯30%
b: 会扎吗
a: 不扎 里面有内衬
b: 那就它了 驼色M

# ok_book_isbn
b: 这本书ISBN是多少 我确认下版本
a: 978-7-5442-9116-0
b: 对 就是这个版本
a: 好的 拍下就发

# ok_bike_size
b: 我身高175 骑多大的车架
a: 175建议M码 17寸车架
b: 腿长一点呢
a: 腿长的话M也合适 座管可以调
b: M码

# ok_tyre_size
b: 轮胎205/55 R16的有吗
a: 有的 米其林和马牌都有
b: 马牌多少一条
a: 马牌CC6 一条399
b: 要4条 能送到修车店安装吗
a: 可以 平台有合作门店 下单时选门店安装

# ok_pool_cover_measure
b: 我家阳台2.3米x1.5米 这个遮阳网够吗
a: 这款有2x3米的 够用
b: 要打孔吗
a: 有扣眼 绑起来就行
b: 拍2x3

# ok_detergent_bulk
b: 洗衣液一箱几瓶
a: 一箱4瓶 每瓶3kg
b: 两箱
a: 两箱8瓶 包邮
b: 那好

# ok_dish_set_count
b: 碗碟套装多少件
a: 28件 4人份
b: 能进微波炉吗
a: 可以 陶瓷的 不带金边
b: 拍一套

# ok_water_purifier_filter_code
b: 我家净水器滤芯型号是RO-75G 你们有吗
a: 有的 这个型号通用
b: 一套几支
a: 一套4支 PP+前置活性炭+RO膜+后置
b: 那拍一套

# ok_agent_follow_up_satisfaction
a: 亲 您买的加湿器用得怎么样
b: 挺好的 就是有点吵
a: 开睡眠模式会安静很多 按电源键3秒
b: 试了 真的安静了
a: 好的 有问题随时联系

# ok_cross_border_tax
b: 海外直邮要交税吗
a: 跨境综合税已经包含在价格里了
b: 那就不会另外收钱吧
a: 不会的
b: 好咧

# ok_pregnancy_pillow
b: 孕妇枕U型和C型哪个好
a: U型更包裹 C型更省地方
b: 床比较小
a: 那选C型
b: 得嘞

# ok_hat_size_short
b: 帽围57
a: 这款均码 56-58都合适
b: 那买一个黑色的
a: 好的 收到

# ok_gift_no_price
b: 送人的 能不能别放价格单
a: 可以 我们备注不放发货单
b: 再帮我写个卡片 "生日快乐 小雨"
a: 好的 手写卡片免费
b: 谢谢亲

# ok_buyer_long_question
b: 我想问一下这个电动牙刷 充一次电能用多久 还有刷头多久换一次 买一送几个刷头
a: 充满电能用30天 每天两次 刷头建议三个月换 这款送4个刷头
b: 4个够用一年了
a: 对的对的
b: 买了

# ok_bulk_rice_cooker
b: 公司食堂用 电饭锅有大容量的吗
a: 有商用款 13L 可以煮40人饭
b: 电压呢
a: 220V 2500W 普通插座要注意功率
b: 好 买两个
# ok_tw_bag
b: 這個包包可以放A4嗎
a: 可以喔 內寬32公分
b: 有拉鍊嗎
a: 有 主袋是拉鍊
b: 那我買米白色

# ok_tw_invoice
b: 可以開統編嗎
a: 可以 下單時填寫統一編號就好
b: 好的 我填了
a: 收到 發票會寄到您的信箱

# ok_tw_shoe_size
b: 我平常穿24.5 要買哪個尺寸
a: 24.5對應38號
b: 腳背比較高
a: 那建議39
b: 好 39

# ok_tw_pickup_store
b: 請問可以超商取貨付款嗎
a: 平台上可以選超商取貨 付款要在線上先付
b: 好 那我用信用卡
a: 可以的

# ok_tw_baby
b: 奶瓶是玻璃的嗎
a: 有玻璃和PPSU兩種
b: 新生兒用哪種
a: 新生兒建議玻璃 好清洗
b: 買兩個玻璃的

# ok_hk_address_own
b: 送貨地址改做 九龍灣宏照道33號 國際交易中心 12樓
a: 收到 已經改咗
b: 電話唔變
a: 好 收件電話唔變

# ok_hk_return
b: 衫太細 可唔可以退
a: 可以 七日內申請退貨
b: 運費邊個俾
a: 有運費險 唔使你俾
b: 👌

# ok_mixed_tw_en
b: 請問這個 headphone 有 noise cancelling 嗎
a: 有的 主動降噪
b: battery 可以用多久
a: 約30小時
b: ok 買了

# ok_en_return_damaged_box
b: the box is damaged but the item looks fine
a: thanks for letting us know, if anything doesn't work within 7 days we'll replace it
b: ok I'll test it tonight
a: sure, just message us here if needed

# ok_en_restock_date
b: when will size 10 be back?
a: expected in about 2 weeks
b: can I preorder?
a: not yet, but you can add it to your wishlist and get notified
b: ok thank you

# ok_en_sizing_kids
b: my son is 6 years old, 120cm, what size?
a: size 120 fits 115-125cm, or 130 if you want room to grow
b: 130 then
a: good choice

# ok_en_material_question
b: is this 100% cotton?
a: 95% cotton 5% spandex, a bit stretchy
b: does it shrink?
a: minimal shrinkage if washed cold
b: great

# ok_mixed_order_number
b: 我的 order number 是 2309 8812 7764 什么时候 ship
a: 已经 ship 了 今天上午 圆通
b: tracking 呢
a: YT7433820019283
b: thx

# ok_mixed_color
b: 这个 sweater 有 beige 色吗
a: 有的 beige 和 grey
b: beige M
a: ok 亲 现货

# ok_spice_grams
b: 花椒一包多少克
a: 250克
b: 麻不麻
a: 汉源花椒 很麻
b: 来两包

# ok_vacuum_battery
b: 吸尘器续航多久
a: 标准模式40分钟 强力模式12分钟
b: 电池能换吗
a: 可拆卸电池 备用电池299
b: 先不要备用的

# ok_curtain_hooks
b: 窗帘送挂钩吗
a: 送的 还有罗马杆需要另外拍
b: 我家有杆
a: 那只拍窗帘就行
b: 好 懂了

# ok_birthday_balloon
b: 气球套装有数字的吗
a: 有 数字0到9 金色银色
b: 要1和8 金色
a: 好 18岁生日快乐
b: 对 还要个打气筒
a: 套装里有手动打气筒

# ok_hair_dye
b: 染发膏会伤头发吗
a: 植物配方 温和 但还是建议先做过敏测试
b: 黑茶色适合黄皮吗
a: 很适合 显白
b: 拍黑茶色

# ok_carpet_size
b: 地毯有2x3米的吗
a: 有 2x3米 339
b: 掉毛吗
a: 前期会有少量浮毛 吸几次就好
b: 行 拍

# ok_plant_pot
b: 花盆底下有孔吗
a: 有排水孔 送托盘
b: 直径多少
a: 口径25 高22
b: 拍三个

# ok_sunglasses
b: 墨镜是偏光的吗
a: 是的 偏光UV400
b: 开车能戴吗
a: 可以 开车很合适
b: 买一副

# ok_yoga_mat
b: 瑜伽垫多厚
a: 6mm和8mm
b: 膝盖不好
a: 推荐8mm 更软
b: 8mm紫色

# ok_watch_strap
b: 表带是多宽的
a: 20mm
b: 我的表是22的
a: 那选22mm的规格
b: 22 黑色

# ok_eye_drops
b: 眼药水能天天用吗
a: 这款人工泪液 不含防腐剂 可以日常用
b: 戴隐形能用吗
a: 没问题
b: 拍两盒

# ok_guitar_strings
b: 吉他弦有民谣的吗
a: 有 磷铜和80/20黄铜
b: 声音亮一点的
a: 推荐80/20
b: 拍三套

# ok_toothbrush_kids
b: 儿童牙刷几岁用
a: 3到6岁
b: 软毛吧
a: 超软毛 不伤牙龈
b: 拍4支

# ok_sticker_custom
b: 贴纸能印我们的logo吗
a: 可以 起订100张
b: 圆形直径5cm
a: 好的 100张38
b: 要300张

# ok_coffee_beans
b: 咖啡豆是现烤的吗
a: 每周烘焙 烘焙后3天内发货
b: 要磨粉吗
a: 可以帮您磨 手冲还是意式
b: 手冲 中细研磨

# ok_wall_paint
b: 乳胶漆一桶刷多少平
a: 5L一桶大约刷35平 两遍
b: 我家80平
a: 墙面大约要200多平 建议买6桶
b: 6桶

# ok_battery_aa
b: 电池是碱性的吗
a: 碱性5号 一盒24节
b: 一盒多少
a: 29.9
b: 2盒

# ok_slippers
b: 拖鞋码数准吗
a: 偏小一码 建议拍大一码
b: 平时39
a: 拍40-41
b: 行 好的

# ok_tea_set
b: 茶具是景德镇的吗
a: 是的 景德镇手绘
b: 一套几个杯
a: 一壶六杯 带公道杯
b: 要青花的

# ok_wiper_fluid
b: 玻璃水冬天会冻吗
a: 这款-25度 北方冬天可以用
b: 一箱几瓶
a: 4瓶
b: 来一箱

# ok_keyboard_layout
b: 键盘是全尺寸的吗
a: 有98配列和87配列
b: 要有小键盘的
a: 那选98
b: 98 白色

# ok_paper_towel
b: 抽纸一提几包
a: 一提6包 一箱4提
b: 一箱多少
a: 49.9
b: 拍一箱

# ok_helmet_size
b: 头盔多大 我头围59
a: 这款L码 58-60
b: 有3C认证吗
a: 有的亲
b: 拍L 白色

# ok_cable_length
b: 数据线多长
a: 1米和2米
b: 2米的 Type-C to Lightning
a: 有的 支持快充
b: 拍两根

# ok_buyer_reports_impersonator_qq
b: 有个QQ号加我 说是你们店的售后 要我退款
a: 亲 我们不会通过QQ联系您 售后只在这个订单聊天里处理
b: 他还发了个二维码让我扫
a: 千万别扫 那是诈骗 您可以截图在平台举报
b: 好 已经拉黑了

# ok_buyer_asks_if_scam
b: 快递员打电话说我的包裹要补两块钱运费 让我转给他 是真的吗
a: 亲 我们是包邮的 不需要补任何费用
b: 那就是骗子了
a: 是的 不要转 我们已经联系快递公司核实
b: 好哒

# ok_agent_warns_fake_refund
a: 亲 您的退款已经在处理 请注意 平台不会让您提供银行卡密码或验证码
b: 好的 大概几天
a: 1-3个工作日原路退回
b: 知道了

# ok_price_match_policy
b: 我买完第二天就降价了 能退差价吗
a: 可以的 7天内降价 我们退差价 在订单里申请价保
b: 在哪点
a: 订单详情 右下角"价格保护"
b: 申请了 退了20

# ok_big_order_logistics
b: 我要200箱 怎么发
a: 200箱走物流专线 送到您指定仓库
b: 运费怎么算
a: 按体积算 大概每箱3元 我们在订单里改价加上
b: 好 没问题

# ok_food_halal
b: 牛肉干是清真的吗
a: 是的 有清真认证
b: 多少克一包
a: 250克一包
b: 要5包

# ok_phone_number_for_courier_intl
b: delivery phone please use +852 6123 8890
a: ok updated for the courier
b: thanks, that's all
a: you're welcome, have a nice day

# ok_clock_battery
b: 挂钟用什么电池
a: 一节5号电池
b: 送吗
a: 送一节
b: ok 拍

# ok_bed_frame_height
b: 床架离地多高
a: 离地25cm 扫地机器人能进
b: 太好了 就要这个
a: 好的哈

# ok_kimchi_spice
b: 泡菜辣不辣 小孩能吃吗
a: 有不辣款 白泡菜
b: 各一罐
a: 好的 冷链发

# ok_wig_color
b: 假发是真人发吗
a: 是高温丝 接近真发
b: 能烫吗
a: 能耐180度
b: 要自然黑

# ok_umbrella_folding
b: 折叠伞多重
a: 300克
b: 自动的吗
a: 全自动开收
b: 拍一把藏蓝

# ok_hamster_cage
b: 仓鼠笼子多大
a: 60x40cm 两层
b: 金丝熊够吗
a: 一只金丝熊够用
b: 拍一个

# ok_baking_mold
b: 蛋糕模具6寸的有吗
a: 有 6寸活底
b: 不粘吗
a: 不粘涂层
b: 买一个
# ok_agent_heavy_washer
b: 洗衣机能放厨房吗 
a: 可以的 注意进水管和排水管的位置
a: 这款是滚筒 宽60 深55 高85 嵌入式柜子要留出1公分左右
b: 我柜子宽61
a: 那刚好能放 送货时师傅会帮您量一下再装

# ok_agent_heavy_wine_cabinet
b: 红酒柜能放多少瓶
a: 标准750ml的能放18瓶
a: 压缩机制冷 温度5到18度可调
a: 噪音38分贝左右 放客厅没问题
b: 放卧室呢
a: 卧室也行 晚上可以开静音模式

# ok_agent_heavy_order_split
b: 我买了三样东西 怎么只到了一个包裹
a: 亲 您的订单是分仓发货的
a: 杯子和餐垫从义乌发 已经到了 锅是从佛山发 明天到
b: 哦 那就是还有一个
a: 对的 物流在订单里能分别看到两个单号

# ok_agent_heavy_pickup_code_explain
b: 快递说放在丰巢了 我没收到码
a: 我帮您看一下物流记录
a: 显示丰巢柜取件码 52810 投递时间下午3点12分
a: 柜子在您小区东门 超过18小时会收超时费
b: 好的 我现在去拿

# ok_agent_heavy_phone_tail
b: 帮我把地址改一下
a: 好的 先麻烦核对一下收件人手机后四位
b: 3307
a: 核对一致 请发新地址
b: 湖南省长沙市岳麓区麓谷大道658号 麓谷信息港A座 前台
a: 已修改好 明天一早发出 您留意物流

# ok_agent_heavy_pay_diff_official
b: 我想换成大一号的 差价怎么补
a: 亲 您直接申请退款 重新拍大号就行 不用补差价链接
a: 这样价格都在订单里 售后也有保障
b: 会不会没货
a: 我给您预留一件 半小时内拍就行
b: 好 马上

# ok_agent_heavy_seed_planting
b: 草莓苗什么时候种
a: 秋天9到10月种最好 春天3月也可以
a: 到货后先缓苗 放阴凉处两天 再定植
b: 阳台能种吗
a: 能 朝南阳台最好 每天日照6小时以上

# ok_buyer_contact_number_delivery_spoken
b: 收货电话是我老公的
b: 一三九 零五一二 六六八七
a: 好的 13905126687 收件人姓名是？
b: 刘建国
a: 已更新 收件人刘建国 电话13905126687

# ok_agent_heavy_wholesale_sample
b: 能先拿个样品看看吗
a: 可以的 样品按零售价拍 后面批量下单样品费可以抵扣
a: 样品链接在店铺分类"样品专区"
b: 找到了 18.8那个
a: 对 拍下备注颜色 当天发

# ok_agent_heavy_allergy_food
b: 这个饼干有鸡蛋吗 孩子鸡蛋过敏
a: 这款配料里有全蛋液 不适合
a: 推荐我们的米饼 配料只有大米 米粉 和少量糖
b: 米饼多大一包
a: 50克一包 一盒10包

# ok_agent_heavy_delay_compensation
a: 亲 您好 您订的书桌工厂排产延迟 预计晚3天发货
a: 给您申请了10元延迟发货补偿 会以平台红包的形式发到您账户
b: 红包在哪里看
a: 我的-红包卡券里
b: 看到了 那等着吧

# ok_agent_heavy_certificate
b: 这个奶瓶有检测报告吗
a: 有的 第三方检测 不含双酚A
a: 报告在详情页最后一张图
b: 看到了 最后那张
a: 有其他问题随时问我

# ok_agent_heavy_lighting
b: 客厅20平 吸顶灯买多大的
a: 20平建议直径80公分左右
a: 这款80公分 功率72W 三段调光
b: 能遥控吗
a: 送遥控器 也能接智能音箱

# ok_agent_heavy_warranty_register
b: 保修要登记吗
a: 不用登记 凭订单保修
a: 整机保一年 电机保五年
b: 要是过了保修呢
a: 过保可以付费维修 我们有全国售后网点 在订单里申请就行

# ok_buyer_asks_which_app_scale
b: 这个血压计要连哪个软件
a: 不连手机也能用 屏幕直接显示
a: 想记录数据的话用说明书上的app 蓝牙连接
b: 我爸用 不需要app
a: 那直接用就行 大字屏 还有语音播报

# ok_agent_heavy_jewelry_resize
b: 戒指大了 能改小吗
a: 可以的 寄回来免费改圈 一次
a: 您现在戴的是几号
b: 14号 想改成12
a: 好的 申请售后选"维修" 备注改12号

# ok_agent_heavy_sim_card_number
b: 这个流量卡能选号吗
a: 可以 下单后在页面上选号
a: 有尾号带8的和不带4的筛选
b: 那我选个尾号888的
a: 靓号需要另外付费哦 普通号免费

# ok_agent_heavy_express_time_hk
b: 寄到澳门要多久
a: 澳门走顺丰 一般3到4天
a: 需要收件人电话和详细地址 清关要实名
b: 好 等下下单填
a: 好的 有问题随时找我们

# ok_agent_heavy_photo_print
b: 照片冲印能印多大
a: 从5寸到24寸都能印
a: 建议原图上传 手机拍的照片印8寸以内都很清楚
b: 要印20张6寸的
a: 好的 下单后在订单里上传照片

# ok_agent_heavy_air_conditioner_hp
b: 卧室15平 买1匹还是1.5匹
a: 15平1匹够用 但西晒的话建议1.5匹
a: 这款1.5匹新一级能效 一晚上大概1.5度电
b: 西晒的 拿1.5
a: 好的 包安装 送货当天或者次日装

# ok_agent_heavy_paint_color
b: 墙漆能调色吗
a: 可以 您提供色号 我们工厂电脑调色
a: 常用的是立邦色卡 或者直接发照片我们比色
b: 色号 NN1234-3
a: 收到 调色需要2天 调好就发

# ok_agent_heavy_guitar_beginner
b: 新手买41寸还是40寸
a: 身高165以上41寸 以下40寸
a: 这款单板 声音比合板好 新手也推荐
b: 送什么
a: 送琴包 调音器 拨片和备用弦

# ok_agent_heavy_group_order_company
b: 我们公司要买30箱矿泉水 能开票吗
a: 可以的 拍30箱 下单时填公司抬头和税号
a: 30箱从本地仓发 一般第二天送到
b: 送到楼上吗
a: 送到一楼 上楼需要跟快递商量 我帮您备注一下

# ok_agent_heavy_glasses_frame
b: 镜框会不会压鼻梁
a: 这款有硅胶鼻托 可以调节
a: 重量只有12克 戴一天也不累
b: 宽度多少
a: 框宽138 适合中等脸型

# ok_buyer_sends_tracking_return
b: 退货寄出了
b: 单号 YT2284 6631 0092
a: 收到 麻烦在退货页面也填一下单号
b: 填了
a: 好的 仓库收到后48小时内退款

# ok_agent_heavy_kid_bike
b: 孩子4岁 骑几寸的自行车
a: 4岁一般身高100左右 选14寸
a: 带辅助轮 孩子学会后可以拆掉
b: 有粉色吗
a: 有 粉色和蓝色

# ok_agent_heavy_bulk_paper_cup
b: 纸杯一箱多少个
a: 一箱1000个 9盎司
a: 可以印logo 起订5万个
b: 不印 就要白的
a: 那直接拍 两箱起包邮

# ok_agent_heavy_insole
b: 鞋垫能剪吗
a: 可以 鞋垫上有尺码线 按您的码剪
a: 这款是足弓支撑款 扁平足也能用
b: 拍两双
a: 好的 两双尺码一样吗

# ok_agent_heavy_mask_size
b: 口罩有小号的吗 给孩子
a: 有儿童款 适合6到12岁
a: 一盒30只 独立包装
b: 来两盒
a: 好嘞 今天下午发
"""

if __name__ == "__main__":
    main()
