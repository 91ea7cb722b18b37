import pytest

from compliance.engine import compile_ruleset, detectors, load_default_spec, screen
from compliance.engine.evidence import (
    IDENTIFIER_CATEGORIES,
    evidence_hits,
    joined_identifiers,
)
from compliance.engine.normalize import normalize
from compliance.engine.screen import (
    CONTINUING,
    CONTINUING_FLOOR,
    COURIER_WAYBILL,
    ECHO_CORRECTED,
    ECHO_DIGITS,
    IDENTIFIER_DOUBT,
    PREVENTED_FLOOR,
    SERVICE_LINE,
    Violation,
    answer_handle,
    answer_number,
    answered,
    continuing,
    other_app_names,
    prevented_before,
)


def found(verdict):
    return [(v.category, v.rule, v.start, v.end, v.match) for v in verdict.violations]


def test_plain_mobile_number_is_contact_with_exact_span(rules):
    verdict = screen(rules, "我的手机13800138000", "agent")
    assert found(verdict) == [("contact", "contact.phone", 4, 15, "13800138000")]
    assert verdict.action == "block"


def test_mobile_in_chinese_numerals_spans_the_original_characters(rules):
    verdict = screen(rules, "打一三八零零一三八零零零", "agent")
    assert found(verdict) == [
        ("contact", "contact.phone", 1, 12, "一三八零零一三八零零零")
    ]


def test_mobile_split_by_emoji_and_keycaps_is_found(rules):
    text = "1\ufe0f\u20e33\ufe0f\u20e38🌸00138000"
    verdict = screen(rules, text, "agent")
    assert found(verdict) == [("contact", "contact.phone", 0, len(text), text)]


def test_landline_with_area_code_is_contact(rules):
    verdict = screen(rules, "座机：0755-86013388", "agent")
    assert found(verdict) == [("contact", "contact.landline", 3, 16, "0755-86013388")]


def test_order_and_waybill_numbers_are_not_phones(rules):
    for text in (
        "顺丰单号SF1380013800012",
        "中通快递 036578953279",
        "运单号 773123456789012",
        "13800mAh 充电宝",
        "条码 6901234567892",
    ):
        assert screen(rules, text, "agent").violations == (), text


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("有的,1800×2000×220mm,压缩卷包发货", False),
        ("纸箱 1500*1200*1000 毫米", False),
        ("138×1234×5678", True),
        ("打 138*1234*5678 找我", True),
    ],
)
def test_sizes_multiplied_out_with_a_unit_are_not_a_phone(rules, text, contact):
    verdict = screen(rules, text, "agent")
    assert ("contact" in {v.category for v in verdict.violations}) is contact


def test_bank_card_needs_luhn_or_a_card_word_with_a_unionpay_prefix(rules):
    verdict = screen(rules, "卡号 6217 0000 1000 1234 569", "agent")
    assert found(verdict) == [
        ("payment", "payment.bank_card", 3, 26, "6217 0000 1000 1234 569")
    ]
    # A typo (Luhn fails) after a card word is still a card number...
    typo = screen(rules, "卡号 6217 0000 1000 1234 567", "agent")
    assert [v.rule for v in typo.violations] == ["payment.bank_card"]
    # ...but with neither the check nor a card word it is just a long number.
    assert screen(rules, "编码 6217 0000 1000 1234 567", "agent").violations == ()
    assert screen(rules, "会员 5217 0000 1000 1234 567 卡号", "agent").violations == ()


def test_email_spelled_out_is_contact(rules):
    verdict = screen(rules, "邮箱 abc at qq dot com", "buyer")
    assert found(verdict) == [("contact", "contact.email", 3, 20, "abc at qq dot com")]
    verdict = screen(rules, "wangwu艾特163点com", "buyer")
    assert found(verdict) == [("contact", "contact.email", 0, 15, "wangwu艾特163点com")]


def test_off_platform_url_is_link_and_platform_domain_is_allowed(rules):
    verdict = screen(rules, "看 t.cn/A6abc", "agent")
    assert found(verdict) == [("link", "link.url", 2, 12, "t.cn/A6abc")]
    own = screen(rules, "本店链接 https://csc.example.com/item/1", "agent")
    assert own.violations == ()
    assert own.action == "allow"


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("默认管理地址是tplogin.cn或者192.168.0.1,您试一下", False),
        ("路由器后台 http://miwifi.com 设置", False),
        ("去 tplogin.cn.shop88.com 看看", True),
    ],
)
def test_a_routers_own_admin_name_is_not_an_outside_link(rules, text, link):
    verdict = screen(rules, text, "agent")
    assert ("link" in {v.category for v in verdict.violations}) is link


def test_share_token_is_link(rules):
    verdict = screen(rules, "¥AbCd1234Ef¥", "agent")
    assert found(verdict) == [("link", "link.share_token", 0, 12, "¥AbCd1234Ef¥")]


def test_wechat_homophone_with_id_is_one_contact_violation(rules):
    verdict = screen(rules, "加 V❤x：wxid_abc123", "agent")
    assert found(verdict) == [
        ("contact", "contact.wechat", 0, 17, "加 V❤x：wxid_abc123")
    ]


@pytest.mark.parametrize(
    ("text", "identified"),
    [
        ("能的 QQ、微信、Discord都兼容 USB免驱", False),
        ("耳机支持微信 video 通话", False),
        ("微信 zhangsan88", True),
        ("微信 discord2024", True),
    ],
)
def test_another_apps_name_after_wechat_is_not_its_id(rules, text, identified):
    hits = evidence_hits(rules, normalize(text), [])
    assert any(hit.identifier for hit in hits) is identified


@pytest.mark.parametrize(
    "text",
    [
        "QQ糖还有草莓味的吗",
        "USB接口是Type-C的吗",
        "V领毛衣会起球吗",
        "扣子掉了一颗",
        "企鹅玩偶多大",
        "滚筒洗衣机能烘干吗",
        "傻瓜相机适合老人用吗",
        "操作步骤能发一下吗",
        "屏幕是京东方屏幕吗",
        "天猫精灵能连这个灯吗",
        "可以用微信付款吗",
        "我的硬盘是2TB的",
        "WX-1000型号的配件有吗",
    ],
)
def test_product_words_with_a_suspicious_part_pass(rules, text):
    assert screen(rules, text, "buyer").violations == ()


def test_short_latin_term_matches_only_as_a_word(rules):
    assert found(screen(rules, "sb商家", "buyer")) == [
        ("abuse", "abuse.insult", 0, 2, "sb")
    ]
    assert screen(rules, "usb商家", "buyer").violations == ()


def test_bare_gun_is_abuse_but_gun_in_words_is_not(rules):
    assert found(screen(rules, "滚！", "buyer")) == [
        ("abuse", "abuse.insult", 0, 1, "滚")
    ]
    assert screen(rules, "滚动条怎么调", "buyer").violations == ()


@pytest.mark.parametrize(
    ("text", "buyer", "agent"),
    [
        ("加我微信", "mask", "block"),
        ("私下交易吧", "mask", "block"),
        ("淘宝上更便宜", "flag", "block"),
        ("t.cn/abc", "mask", "block"),
        ("可以来实体店看货", "flag", "block"),
        ("你是傻逼", "block", "block"),
        ("约炮吗", "flag", "block"),
        ("好评返现", "flag", "block"),
        ("法轮功", "block", "block"),
    ],
)
def test_default_action_matrix_per_sender(rules, text, buyer, agent):
    assert screen(rules, text, "buyer").action == buyer
    assert screen(rules, text, "agent").action == agent


def test_mask_replaces_each_original_character_with_a_star(rules):
    verdict = screen(rules, "电话 138 0013 8000 谢谢", "buyer")
    assert verdict.action == "mask"
    assert verdict.masked_text == "电话 ＊＊＊＊＊＊＊＊＊＊＊＊＊ 谢谢"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "你直接加我绿色软件吧 搜 tea 下划线 八八六",
            "你直接＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊",
        ),
        ("加我微信，号是 wx 杠 幺三八 零零", "＊" * 19),
        ("加我绿色软件 abcdef 谢谢", "＊＊＊＊＊＊＊＊＊＊＊＊＊ 谢谢"),
        # What follows that is not a handle stays readable.
        ("加我微信吧，我发你图片", "＊＊＊＊吧，我发你图片"),
        ("加我绿色软件 abc 谢谢", "＊＊＊＊＊＊ abc 谢谢"),
    ],
)
def test_a_buyers_masked_invitation_masks_the_handle_after_it(screening, text, masked):
    """A masked contact finding reaches over the handle that follows it, even
    spelled in number words and "下划线": the agent must not read the id the
    mask was for. One finding covers it."""
    verdict = screen(screening, text, "buyer")
    assert verdict.action == "mask"
    assert verdict.masked_text == masked
    assert len(verdict.violations) == 1
    violation = verdict.violations[0]
    assert text[violation.start : violation.end] == violation.match
    assert set(masked[violation.start : violation.end]) == {"＊"}


def test_block_verdict_carries_rule_suggestion_and_version(rules):
    verdict = screen(rules, "加我薇信", "agent")
    assert verdict.violations[0] == Violation(
        category="contact",
        rule="contact.wechat",
        start=2,
        end=4,
        match="薇信",
        action="block",
        points=2,
        suggestion="请在平台内沟通，勿引导添加微信",
    )
    assert verdict.version == "default-2026.12b"
    assert verdict.masked_text == "加我薇信"


def test_phone_split_over_messages_of_the_same_sender_is_found(rules):
    history = [("agent", "电话138"), ("buyer", "好的"), ("agent", "0013")]
    verdict = screen(rules, "8000", "agent", history)
    assert found(verdict) == [("contact", "contact.phone", 0, 4, "8000")]


def test_split_phone_ignores_the_other_senders_digits(rules):
    history = [("buyer", "138"), ("buyer", "0013")]
    assert screen(rules, "8000", "agent", history).violations == ()


def test_third_copy_of_an_advert_is_spam(rules):
    advert = "全场清仓，三折起，最后一天，错过再等一年！"
    history = [("agent", advert), ("agent", "亲还在吗"), ("agent", advert)]
    verdict = screen(rules, advert, "agent", history)
    assert found(verdict) == [("spam", "spam.repeat", 0, len(advert), advert)]
    assert verdict.action == "flag"
    assert screen(rules, advert, "agent", history[:2]).violations == ()


def test_short_repeated_question_is_not_spam(rules):
    history = [("buyer", "什么时候发货")] * 3
    assert screen(rules, "什么时候发货", "buyer", history).violations == ()


def test_rule_actions_override_category_actions():
    spec = load_default_spec()
    for rule in spec["rules"]:
        if rule["code"] == "platform.taobao":
            rule["actions"] = {"buyer": "allow", "agent": "mask"}
    rules = compile_ruleset(spec)
    assert screen(rules, "淘宝上更便宜", "buyer").violations == ()
    verdict = screen(rules, "淘宝上更便宜", "agent")
    assert verdict.action == "mask"
    assert verdict.masked_text == "＊＊＊更便宜"


def test_unknown_sender_is_rejected(rules):
    with pytest.raises(ValueError, match="sender must be one of buyer, agent"):
        screen(rules, "hi", "robot")


def test_verdict_to_dict_is_plain_data(rules):
    assert screen(rules, "你好", "buyer").to_dict() == {
        "action": "allow",
        "violations": [],
        "masked_text": "你好",
        "version": "default-2026.12b",
        "model_version": "",
        "scores": {},
    }


def test_mobile_number_behind_an_order_word_is_still_a_phone(rules):
    verdict = screen(rules, "订单号13812345678有问题联系", "agent")
    assert found(verdict) == [("contact", "contact.phone", 3, 14, "13812345678")]
    assert verdict.action == "block"


def test_mobile_shaped_serial_number_after_a_device_word_passes(rules):
    assert screen(rules, "序列号SN13800138000", "buyer").violations == ()


def test_product_line_named_vx_and_dog_food_question_pass(rules):
    assert screen(rules, "你们家的VX系列耳机有降噪吗", "buyer").violations == ()
    assert screen(rules, "给狗东西吃要注意什么", "buyer").violations == ()


def test_plus_sign_before_v_is_jia_v_but_keyboard_shortcuts_pass(rules):
    verdict = screen(rules, "亲 +V：tea_8899", "agent")
    assert verdict.action == "block"
    assert {v.rule for v in verdict.violations} == {"contact.wechat"}
    assert verdict.violations[0].match.startswith("+V")
    assert screen(rules, "按Ctrl+V粘贴，套餐A+B，1+1", "agent").action == "allow"


def test_heart_for_xin_is_found_with_the_heart_in_its_span(rules):
    verdict = screen(rules, "V❤：shop2026", "agent")
    assert verdict.action == "block"
    assert verdict.violations[0].rule == "contact.wechat"
    assert verdict.violations[0].match == "V❤：shop2026"
    assert screen(rules, "LOVE❤系列项链，V领❤款式", "agent").action == "allow"


def test_hearts_between_letters_and_digits_stay_separators(rules):
    assert screen(rules, "淘❤宝上买", "agent").violations[0].rule == "platform.taobao"
    phone = screen(rules, "1❤3❤8❤1❤2❤3❤4❤5❤6❤7❤8", "agent")
    assert phone.violations[0].rule == "contact.phone"


def test_digits_written_with_l_and_o_or_joined_by_plus_are_a_phone(rules):
    for text in ("l38l2345678", "电话 138+1234+5678", "l3800l38ooo"):
        verdict = screen(rules, text, "agent")
        assert [v.rule for v in verdict.violations] == ["contact.phone"], text
    assert screen(rules, "hello 12345678，价格199+运费10元", "agent").action == "allow"


def test_content_app_shop_is_platform_but_naming_the_app_is_not(rules):
    verdict = screen(rules, "抖音搜索我们店名", "agent")
    assert [v.rule for v in verdict.violations] == ["platform.content_app"]
    assert screen(rules, "我在抖音上看到你们的视频", "buyer").action == "allow"


def test_overlapping_hits_of_one_rule_are_one_finding(rules):
    verdict = screen(rules, "你个傻逼，加我V❤ shop2026", "agent")
    assert found(verdict) == [
        ("abuse", "abuse.insult", 2, 4, "傻逼"),
        ("contact", "contact.wechat", 5, 18, "加我V❤ shop2026"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "手机尾号5678，前面是138 1234",
        "电话前三位138，中间1234，后四位5678",
        "号码是138，后面是12345678",
    ],
)
def test_mobile_cut_into_parts_around_words_is_found(rules, text):
    verdict = screen(rules, text, "agent")
    assert [v.rule for v in verdict.violations] == ["contact.phone"]


@pytest.mark.parametrize(
    "text",
    [
        "手机号码已经改好了，订单12345678，金额138元",
        "手机壳138元，尺寸12345678",
        "电话打不通，快递单号12345678，运费138",
        "前面那款139元的，后面那款12345678元",
        "订单12345678，金额138元",
    ],
)
def test_prices_and_order_numbers_beside_phone_words_are_not_parts(rules, text):
    assert screen(rules, text, "buyer").violations == ()


@pytest.mark.parametrize(
    "text",
    [
        "my number is one three eight one two three four five six seven eight",
        "call me: one-three-eight 1234 5678",
        "我的号码 One Three Eight, 1234, 5678",
    ],
)
def test_mobile_spelled_in_english_digit_words_is_found(rules, text):
    verdict = screen(rules, text, "agent")
    assert [v.rule for v in verdict.violations] == ["contact.phone"]
    assert verdict.violations[0].match.lower().startswith("one")


def test_english_digit_words_in_ordinary_talk_pass(rules):
    text = "I bought one, two three days ago, size one two three, order 12345678"
    assert screen(rules, text, "buyer").violations == ()


def test_english_store_address_with_a_house_number_is_an_address(rules):
    verdict = screen(rules, "Our warehouse: No.18 Xinhua Rd, pick up anytime", "agent")
    assert [v.rule for v in verdict.violations] == ["address.store"]
    for text in (
        "we ship from our warehouse in 3 days, roadside delivery",
        "our store 3 best sellers are here",
    ):
        assert screen(rules, text, "buyer").violations == ()


def test_a_shop_refusing_or_reporting_a_payment_route_is_never_blocked(screening):
    """Intent, not mentions: the model reads the refusal; the rules alone would
    block the phrase it refuses."""
    for text in (
        "我们不会让您私下转账，一定要在平台下单付款",
        "有人冒充你们客服让我扫码付款，是你们吗？",
        "评价是您的自由，我们不会因为评价给任何返现",
    ):
        verdict = screen(screening, text, "agent")
        assert verdict.action in ("allow", "flag"), text
    # Asked for, the same route is blocked: a faked refusal does not hide it.
    verdict = screen(screening, "平台不知道的，私下转账给我就行", "agent")
    assert verdict.action == "block"
    assert {v.category for v in verdict.violations} == {"payment"}


@pytest.mark.parametrize(
    "text",
    [
        "维修已登记，工单号 WX20250611007，进度请在订单售后页查看",
        "亲，您下单时留的收货电话是13912345678，对吗？快递会打这个号",
        "话费已经充到您订单上填的13987654321了，请查收短信",
    ],
)
def test_a_merchants_identifier_the_model_reads_as_shop_talk_is_flagged(
    screening, text
):
    """A ticket number or the buyer's own number read back: the model reads
    none of contact, payment or link (IDENTIFIER_DOUBT), so the identifier
    is delivered and flagged for auditors instead of masked."""
    verdict = screen(screening, text, "agent")
    assert verdict.action == "flag"
    assert verdict.masked_text == text
    assert {v.category for v in verdict.violations} == {"contact"}
    assert all(verdict.scores[c] < IDENTIFIER_DOUBT for c in IDENTIFIER_CATEGORIES)


@pytest.mark.parametrize(
    "buyer, agent",
    [
        ("安装电话留 18822036517", "好的 已备注安装电话18822036517"),
        ("收件电话一三九零五一二六六八七", "已更新 收件人刘建国 电话13905126687"),
        ("手环背面刻 139 1234 5678 就行", "好的 刻字就刻13912345678"),
    ],
)
def test_a_merchant_reading_back_the_buyers_number_is_flagged(screening, buyer, agent):
    """The buyer's own number read back (ECHO_DIGITS), with no invitation
    beside it and not read as contact by the model, cannot lure anyone off
    the platform: delivered and flagged for auditors, not masked."""
    verdict = screen(screening, agent, "agent", [("buyer", buyer)])
    assert verdict.action == "flag"
    assert verdict.masked_text == agent
    assert {v.category for v in verdict.violations} == {"contact"}
    # Without the buyer's message the same number is the shop's: prevented.
    assert screen(screening, agent, "agent").action in ("block", "mask")


@pytest.mark.parametrize(
    "buyer, agent",
    [
        (
            "快递员打错号码了！我号码是139 8012 6654",
            "抱歉，订单里的号码是139 8012 6645，后两位填反了，您确认下是哪个",
        ),
        (
            "一三九 零五七一 六二八零 是我自己的号",
            "订单里填的是139 0571 6208，最后两位填反了，所以充值失败了",
        ),
    ],
)
def test_the_buyers_number_read_back_with_a_correction_is_flagged(
    screening, buyer, agent
):
    """A merchant pointing out a mistyped digit or two (ECHO_CORRECTED) is
    still reading back the buyer's own number."""
    verdict = screen(screening, agent, "agent", [("buyer", buyer)])
    assert verdict.action == "flag"
    assert {v.category for v in verdict.violations} == {"contact"}


def test_a_number_three_digits_from_the_buyers_is_not_a_correction(screening):
    assert ECHO_CORRECTED == 2
    history = [("buyer", "我号码是139 8012 6654")]
    # without the buyer's number the corrected one is the shop's
    corrected = "抱歉，订单里的号码是139 8012 6645，后两位填反了，您确认下是哪个"
    assert screen(screening, corrected, "agent").action in ("block", "mask")
    for text in (
        "订单里的号码是139 8012 7745",
        "好的 有问题打我电话139 8012 6645 加我微信",
    ):
        verdict = screen(screening, text, "agent", history)
        assert verdict.action in ("block", "mask"), text


def test_a_number_the_buyer_did_not_give_is_still_prevented(screening):
    buyer = ("buyer", "安装师傅到时候打我电话 13905126687")
    cases = [
        # another number than the buyer's
        ([buyer], "好的 有问题打我电话13912345678"),
        # the buyer's number and the shop's in one message
        ([buyer], "已备注13905126687，有问题打13912345678"),
        # the number came from the agent, not the buyer
        ([("agent", "我电话 13905126687")], "好的 已备注安装电话13905126687"),
        # fewer digits than ECHO_DIGITS in common
        ([("buyer", "尾号6687")], "加我微信 WX20250611007 细聊"),
        # an invitation beside the number the buyer typed
        ([("buyer", "你是13912345678吗")], "对 13912345678 加我微信聊 价格私下好商量"),
        ([("buyer", "你是13912345678吗")], "对 就是13912345678 打我电话"),
        # a number the buyer proposed as the shop's, confirmed: the model
        # reads it as contact, over the block threshold
        ([("buyer", "你是13912345678吗")], "对 就是13912345678"),
    ]
    for history, text in cases:
        verdict = screen(screening, text, "agent", history)
        assert verdict.action in ("block", "mask"), text
    assert ECHO_DIGITS == 7


@pytest.mark.parametrize(
    "text",
    [
        "小米售后电话400-100-5678，您报SN码就能查保修",
        "苹果官方售后热线400-666-8800，您可以打过去查保修状态",
        "说明书封底有格力的全国服务热线 4007-000-000，报修他们派人上门",
    ],
)
def test_a_brands_service_line_quoted_by_a_merchant_is_flagged(screening, text):
    """A 400/800 number (SERVICE_LINE) the model does not read as contact
    sends the buyer to the manufacturer: delivered and flagged, not masked."""
    verdict = screen(screening, text, "agent")
    assert verdict.action == "flag"
    assert verdict.masked_text == text
    assert {v.category for v in verdict.violations} == {"contact"}


def test_a_shops_own_hotline_or_another_number_beside_it_is_prevented(screening):
    for text in (
        # the shop's own line, offered as the way to reach it
        "订货热线 400-820-8820",
        "售后直接打我们工厂热线 四零零-陆捌贰-叁叁柒壹 这边回复慢",
        # a service line beside other contact evidence
        "有事打400-100-5678，也可以加我微信 zhang88",
        "美的售后400-889-9315，或者打我手机13912345678",
    ):
        verdict = screen(screening, text, "agent")
        assert verdict.action in ("block", "mask"), text
    assert SERVICE_LINE.fullmatch("4001005678")
    assert not SERVICE_LINE.fullmatch("13912345678")


def test_the_same_identifiers_offered_as_contact_are_still_prevented(screening):
    for text in ("加我微信 WX20250611007 细聊", "有事打我电话13912345678，微信同号"):
        verdict = screen(screening, text, "agent")
        assert verdict.action == "block", text
        assert {v.category for v in verdict.violations} == {"contact"}


@pytest.mark.parametrize("asked", ["加个微信吧", "你微信多少", "加v聊", "有vx吗"])
def test_an_agent_answering_add_me_with_a_bare_handle_is_blocked(screening, asked):
    """The handle alone says nothing; after the buyer asked for contact it
    is the answer (model.message_shape): round thirty-one allowed three of
    these four. With more context before the question the scores are still
    diluted below flagging (docs/screening-rounds.md, round thirty-four)."""
    verdict = screen(screening, "tea_house88", "agent", [("buyer", asked)])
    assert verdict.action == "block"
    assert {v.category for v in verdict.violations} == {"contact"}
    assert screen(screening, "tea_house88", "agent").action == "allow"
    question = [("buyer", "这个型号是什么")]
    assert screen(screening, "ZX200pro", "agent", question).action == "allow"


@pytest.mark.parametrize(
    "waybill",
    ["JDVA20815546721", "YT7461023988510", "JT 0012345678901", "EA123456789CN"],
)
def test_a_couriers_waybill_sent_alone_is_delivered(screening, waybill):
    """Agents send waybill numbers all day; the model reads the handle shape
    in them (contact 0.90-0.99, blocked before). Like a bare number, one sent
    alone is at most flagged, asked for or not."""
    for history in ((), [("buyer", "单号多少")]):
        verdict = screen(screening, waybill, "agent", history)
        assert verdict.action in ("allow", "flag"), (waybill, history)
    assert COURIER_WAYBILL.fullmatch(waybill.replace(" ", ""))


@pytest.mark.parametrize(
    "text",
    ["JDVA13812345678", "q：4 7 3 0 1 0 9 0", "jd2851073645", "JDVA2081554672 加我"],
)
def test_a_number_dressed_as_a_waybill_is_still_blocked(screening, text):
    """A mobile number inside the code is the phone detector's; a QQ number
    behind "q" or with fewer digits than a courier's is no waybill; a waybill
    with words is read as a message."""
    assert screen(screening, text, "agent", [("buyer", "单号多少")]).action == "block"


@pytest.mark.parametrize(
    ("text", "history"),
    [
        ("这款支持WhatsApp和LINE", ()),
        ("车机投屏后WhatsApp消息会语音播报", ()),
        ("这台老人机只能打电话发短信，装不了WhatsApp哦", ()),
        ("可以的 LINE、WhatsApp視訊都流暢", [("buyer", "這支手機可以用LINE視訊嗎")]),
    ],
)
def test_a_merchant_naming_another_chat_app_as_a_feature_is_not_blocked(
    screening, text, history
):
    """Another app's name is read as WeChat's (screen.app_neutral): "支持微信视频"
    passes, so "支持WhatsApp视频" is at most flagged. Before round forty these
    were blocked as contact at 0.91-0.99."""
    verdict = screen(screening, text, "agent", history)
    assert verdict.action in ("allow", "flag"), verdict
    names = other_app_names(text, evidence_hits(screening, normalize(text)))
    assert names and all(
        text[start:end].lower() in ("whatsapp", "line") for start, end in names
    )


@pytest.mark.parametrize(
    ("text", "history"),
    [
        ("加我WhatsApp", ()),
        ("WhatsApp聊，这里不方便", ()),
        ("下单后加我whatsapp发图", ()),
        ("有的 WhatsApp上聊", [("buyer", "有WhatsApp吗")]),
        ("钉钉找我", ()),
    ],
)
def test_a_merchant_offering_another_chat_app_is_still_blocked(
    screening, text, history
):
    """Read as WeChat's, an invitation is still an invitation."""
    verdict = screen(screening, text, "agent", history)
    assert verdict.action == "block"
    assert {v.category for v in verdict.violations} == {"contact"}


def test_only_bare_app_names_are_read_as_wechat(screening):
    """Solicitation terms ("tg号", "飞机上聊") keep their own reading, and so
    does any message with an identifier; LINE counts as a name only written
    as one."""

    def names(text):
        return other_app_names(text, evidence_hits(screening, normalize(text)))

    assert names("飞机上聊") == [] and names("tg号 abc123") == []
    # an identifier keeps the message's own reading (and its rule's action)
    assert screen(screening, "whatsapp: shop2288", "agent").action == "block"
    assert names("这条产品线 line up") == []
    assert names("支持LINE和Skype") == [(2, 6), (7, 12)]


def test_a_violation_continued_over_turns_is_flagged(screening):
    """A spam pitch's follow-up says nothing alone ("回复1，我拉您进去"); after
    the sender's pitch it continues it (screen.CONTINUING): flagged from
    CONTINUING_FLOOR, never blocked. Round forty."""
    pitch = ("agent", "本店招聘兼职刷单员，日结200，在家就能做")
    follow_up = "想做的话回复1，我拉您进去"
    assert screen(screening, follow_up, "agent").action == "allow"
    verdict = screen(screening, follow_up, "agent", [pitch])
    assert verdict.action == "flag"
    assert {(v.category, v.action) for v in verdict.violations} == {("spam", "flag")}
    spam = screening.model.categories.index("spam")
    assert verdict.scores["spam"] >= CONTINUING_FLOOR
    assert verdict.scores["spam"] < screening.flag_thresholds[spam]
    # the buyer's earlier lines are not the agent's
    assert (
        screen(screening, follow_up, "agent", [("buyer", pitch[1])]).action == "allow"
    )


def test_only_listed_categories_continue(screening):
    """Contact and payment are not carried: their evidence is an identifier
    or a route, and a merchant's explanation after a refusal reads like the
    ask."""
    model = screening.model
    values = [0.3] * len(model.categories)
    earlier = ["加我微信 tea_house88，兼职刷单日结200，本金秒返"]
    carried = continuing(screening, "agent", values, [], earlier)
    names = {model.categories[index] for index in carried}
    assert "fraud" in names and "contact" not in names and "payment" not in names
    assert names <= CONTINUING
    assert continuing(screening, "agent", values, [], []) == set()


def test_a_handle_given_messages_after_the_ask_is_prevented(screening):
    """The live session of round thirty-five: the buyer asks, and the agent's
    bare handle comes after the buyer's next line. Read joined to the ask
    (screen.answered) it scores as "有vx吗 tea_house88" does in one message."""
    history = [("buyer", "转人工"), ("buyer", "有vx吗")]
    verdict = screen(screening, "tea_house88", "agent", history)
    assert verdict.action == "block"
    (violation,) = verdict.violations
    assert (violation.category, violation.rule) == ("contact", "contact.model")
    assert (violation.start, violation.end, violation.match) == (0, 11, "tea_house88")
    assert violation.evidence == ("tea_house88",) and violation.joined == (1,)
    block_at, _flag_at = screening.category_thresholds["contact"]
    assert violation.score >= block_at
    one_message = screen(screening, "有vx吗 tea_house88", "agent")
    assert violation.score == pytest.approx(one_message.scores["contact"], abs=1e-4)
    # two messages back: the agent's own line came between
    history = [
        ("buyer", "以后想直接找你拿货，有vx吗"),
        ("agent", "礼盒要不要帮您配个手提袋"),
    ]
    verdict = screen(screening, "tea_house88", "agent", history)
    assert verdict.action == "block" and verdict.violations[0].joined == (2,)


def test_a_buyers_handle_answering_the_agents_ask_is_masked(screening):
    history = [("agent", "行 怎么发"), ("agent", "你微信多少")]
    verdict = screen(screening, "lili_0927", "buyer", history)
    assert verdict.action == "mask"
    assert verdict.masked_text == "＊" * 9


@pytest.mark.parametrize(
    "asked, answer",
    [
        ("型号是啥", "DVR-X9S"),
        ("顺丰单号给我一下", "sf961628274447"),
        ("黑色L码的货号多少，我对一下", "WY2309-BK-L"),
        ("你们店铺优惠券码是什么", "mx_tea2026"),
        ("快递到哪了", "SF1428839027451"),
    ],
)
def test_honest_codes_answering_a_question_pass(screening, asked, answer):
    verdict = screen(screening, answer, "agent", [("buyer", asked)])
    assert verdict.action == "allow", verdict.violations


@pytest.mark.parametrize(
    "text, span",
    [
        ("tea_house88", (0, 11)),
        (" @cosme_tw88 ", (2, 12)),
        ("djrepair_0755。", (0, 13)),
        ("Y-meiyan520", (0, 11)),
        ("lzqp1688", (0, 8)),
    ],
)
def test_a_handle_shape_is_found(text, span):
    assert answer_handle(text) == span


@pytest.mark.parametrize(
    "text",
    [
        "GaN65C",  # one lower-case letter: a model code
        "DVR-X9S",
        "TEA2026",  # upper case: a coupon
        "sf961628274447",  # a courier's prefix and number
        "JDVA20815546721",
        "xiaolin",  # no digit or separator: a word
        "13912345678",
        "ok no problem",
        "加我 tea_house88",  # words beside it: the message reads itself
    ],
)
def test_other_shapes_are_not_handles(text):
    assert answer_handle(text) is None


def test_without_context_a_handle_is_not_read_as_an_answer(screening):
    assert answered(screening, "tea_house88", "agent", ()) is None
    assert answered(screening, "你好", "agent", ["有vx吗"]) is None
    score, span, offset = answered(screening, "tea_house88", "agent", ["有vx吗"])
    assert span == (0, 11) and offset == 1 and score > 0.9


@pytest.mark.parametrize(
    "earlier, text, rule, match",
    [
        (
            "下回想要更便宜的，直接找我扣扣",
            "三六八 九九 一 零二四",
            "contact.qq",
            "三六八 九九 一 零二四",
        ),
        ("地址是 vip-cz", ".top", "link.url", ".top"),
        ("渠道就是我们的老客户群，群号 90281", "3476", "contact.qq", "3476"),
    ],
)
def test_an_identifier_begun_in_the_senders_last_message_is_found_in_this_one(
    screening, earlier, text, rule, match
):
    verdict = screen(screening, text, "agent", [("agent", earlier)])
    assert verdict.action == "block"
    assert (rule, 0, len(match), match) in [
        (v.rule, v.start, v.end, v.match) for v in verdict.violations
    ]
    (hit,) = joined_identifiers(screening, normalize(text), [earlier])
    assert (hit.rule.code, hit.start, hit.end, hit.identifier) == (
        rule,
        0,
        len(match),
        True,
    )


@pytest.mark.parametrize(
    "earlier, text, rule, start",
    [
        ("加我扣扣 3391", "后面是 07845", "contact.qq", 4),
        ("工行卡 6222 0212 3456", "接着是 7890 123，户名陈", "payment.bank_card", 4),
    ],
)
def test_an_identifiers_rest_after_words_saying_so_is_found(
    screening, earlier, text, rule, start
):
    """Round forty: "后面是", "接着是" say the rest follows; the find spans the
    digits after them."""
    verdict = screen(screening, text, "agent", [("agent", earlier)])
    assert verdict.action == "block"
    (hit,) = joined_identifiers(screening, normalize(text), [earlier])
    assert (hit.rule.code, hit.start, hit.identifier) == (rule, start, True)
    assert text[hit.start].isdigit()
    assert joined_identifiers(screening, normalize(text), ["您稍等"]) == []


@pytest.mark.parametrize(
    "earlier, text",
    [
        ("三种颜色", "138 元一件"),  # no identifier across the two
        ("货到了吗", "到了"),  # does not continue anything
        ("加我扣扣", "好的呀"),  # the invitation alone: its own message's find
        ("网址是 shop", "店铺首页有"),  # words, not a domain's tail
    ],
)
def test_messages_that_continue_no_identifier_join_nothing(screening, earlier, text):
    assert joined_identifiers(screening, normalize(text), [earlier]) == []


def test_a_buyers_phone_in_two_pieces_is_still_judged_by_the_score(screening):
    """A buyer's own number given for the delivery stays delivered, whole or
    in pieces (the rule for buyers' contact details)."""
    history = [("buyer", "139 2046")]
    text = "7731 是我老公的号，白天他在家能签收"
    assert screen(screening, text, "buyer", history).action == "allow"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, the platform checkout supports WeChat Pay and bank cards",
        "Reminder: we will never ask you to add us on WeChat or pay outside the platform",
        "Yes, it supports WhatsApp, WeChat and Telegram notifications",
        "The speaker reads out both Alipay and WeChat Pay incoming payments",
    ],
)
def test_an_app_name_before_english_words_is_not_an_id(screening, text):
    """On the compact view "WeChat Pay and bank cards" reads as the app and
    an id; in English prose the "id" is words, so the find is evidence the
    score judges, not an identifier acted on whatever the score."""
    norm = normalize(text)
    hits = [h for h in evidence_hits(screening, norm) if h.rule.category == "contact"]
    assert hits and not any(hit.identifier for hit in hits)
    assert screen(screening, text, "agent").action == "allow"


@pytest.mark.parametrize(
    "text",
    [
        "add me on wechat lilychen for more photos",  # the score: an invitation
        "my wechat is lilychen",
        "wechat lily_chen88",  # an id with a digit: an identifier
        "加我微信 lilychen",  # not English prose
    ],
)
def test_an_english_handle_is_still_prevented(screening, text):
    assert screen(screening, text, "agent").action == "block"


def test_a_buyers_number_given_in_pieces_and_read_back_is_flagged(screening):
    """The buyer types the new delivery number in three messages and the
    agent confirms it whole: the buyer's own number read back (ECHO_PIECES),
    delivered and flagged, not blocked; an invitation beside it still is."""
    history = [
        ("buyer", "收货电话换一个吧"),
        ("agent", "好的 新号码发我"),
        ("buyer", "186"),
        ("buyer", "2173"),
        ("buyer", "9046"),
    ]
    verdict = screen(screening, "18621739046 对吗", "agent", history)
    assert verdict.action == "flag"
    invited = screen(screening, "加我微信 18621739046", "agent", history)
    assert invited.action == "block"
    assert screen(screening, "18621739046 对吗", "agent", history[:2]).action == "block"


@pytest.mark.parametrize(
    "text, server",
    [
        ("smtp.163.com", True),
        ("imap.qq.com", True),
        ("pop3.sina.com.cn", True),
        ("smtp.evil.com/pay", False),  # a path: a page to visit
        ("www.smtp-shop.com", False),
        ("https://smtp.qq.com", False),
    ],
)
def test_a_mail_servers_name_is_told_from_a_link(text, server):
    assert detectors.mail_server(text) is server


def test_mail_server_settings_are_not_links_acted_on_whatever_the_score(screening):
    """Setting up a printer's scan-to-e-mail or a mail client names the
    provider's servers: evidence for the model, not a link blocked as an
    identifier. A server name offered as a page still has the score."""
    text = "Outlook添加账户，收件IMAP填imap.qq.com端口993，发件smtp.qq.com端口465，密码填授权码"
    hits = [
        h
        for h in evidence_hits(screening, normalize(text))
        if h.rule.code == "link.url"
    ]
    assert len(hits) == 2 and not any(hit.identifier for hit in hits)
    assert screen(screening, text, "agent").action == "allow"
    assert (
        screen(screening, "打开 www.smtp-shop.com 下单更便宜", "agent").action
        == "block"
    )


@pytest.mark.parametrize(
    "text, network",
    [
        ("6222 0212 3456 7788", True),  # UnionPay
        ("4392 2500 3012 4567", True),  # Visa
        ("1000 1132 0066 7789", False),  # a Sinopec fuel card
        ("幺零零零 一一三二 零零六六 七七八九", False),
        ("陆贰贰贰 零贰壹贰 叁肆伍陆 柒柒捌捌", True),
    ],
)
def test_a_card_number_is_told_by_its_industry_digit(text, network):
    assert detectors.card_network(text) is network


def test_a_fuel_card_to_top_up_is_not_a_bank_card_acted_on(screening):
    text = "加油卡卡号 1000 1132 0066 7789，中石化的，充500"
    hits = [
        h
        for h in evidence_hits(screening, normalize(text))
        if h.rule.code == "payment.bank_card"
    ]
    assert hits and not any(hit.identifier for hit in hits)
    assert screen(screening, text, "buyer").action == "allow"
    paid = screen(screening, "转到我卡上 6222 0212 3456 7788 工行", "agent")
    assert "payment.bank_card" in {v.rule for v in paid.violations}
    assert paid.action == "block"


@pytest.mark.parametrize(
    "asked, number",
    [
        ("加个好友发原图吧，你扣扣多少", "柒柒叁零伍 壹贰捌玖"),
        ("量大后台改不了价，您直接打给我们王经理：幺叁玖", "伍柒贰捌"),
        ("扣扣号多少", "叁玖柒伍 伍贰零 捌壹"),
        ("转哪个号啊", "二九五，八八一，零四七"),
    ],
)
def test_an_agents_number_dictated_in_words_answering_an_ask_is_blocked(
    screening, asked, number
):
    """A bare run of number words is a phone, QQ or account number spelled
    out for no digit filter to see; read joined to the ask before it
    (screen.answered) the model goes by its score, as for a handle. Alone
    the same message is at most flagged."""
    verdict = screen(screening, number, "agent", [("buyer", asked)])
    assert verdict.action == "block", verdict.scores
    (violation,) = [v for v in verdict.violations if v.category == "contact"]
    assert violation.match == number and violation.joined == (1,)
    assert screen(screening, number, "agent").action in ("allow", "flag")


@pytest.mark.parametrize(
    "history, number",
    [
        # the beginning of a mobile number: the piece that completes it is
        # the split-number detector's, which blocks it
        ([("agent", "打字说不清楚，我给您个号，打过来我一步步说")], "幺伍玖 零柒贰陆"),
        # the buyer's own number, read back
        ([("buyer", "收件电话改成 八零二八 三六一五 吧")], "八零二八 三六一五"),
        # an honest question before it
        ([("buyer", "麻烦发一下订单号")], "三七一二"),
    ],
)
def test_a_dictated_number_the_ask_does_not_explain_is_not_blocked(
    screening, history, number
):
    verdict = screen(screening, number, "agent", history)
    assert verdict.action in ("allow", "flag"), verdict.violations


def test_a_buyers_dictated_number_is_not_read_as_an_answer(screening):
    """A buyer's own number is often given for delivery, in pieces."""
    history = [("agent", "物流说收件电话打不通，麻烦给个能接通的")]
    assert answered(screening, "八零二八 三六一五", "buyer", [history[0][1]]) is None
    assert answered(screening, "八零二八 三六一五", "agent", [history[0][1]])


@pytest.mark.parametrize(
    "text, span",
    [
        ("幺三八二七", (0, 5)),  # found; the answer rule then sees a mobile prefix
        (" 一三九，零五七一 ", (1, 9)),
        ("伍柒贰捌", (0, 4)),
        ("六 二 零 五", (0, 7)),
    ],
)
def test_a_dictated_number_is_found(text, span):
    assert answer_number(text) == span


@pytest.mark.parametrize(
    "text", ["三百五十", "一二三", "两件一起拍", "13805712246", "幺三八二七 加我"]
)
def test_quantities_digits_and_words_are_not_dictated_numbers(text):
    assert answer_number(text) is None


@pytest.mark.parametrize(
    "text, masked",
    [
        (
            "你看这个 https://m.tb.cn/h.5Xk 是同款吗",
            "你看这个 " + "＊" * 21 + " 是同款吗",
        ),
        (
            "你看这家的横幅才15一米：banner-cheap点cn",
            "你看这家的横幅才15一米：" + "＊" * 15,
        ),
    ],
)
def test_a_buyers_outside_link_is_masked(screening, text, masked):
    """A buyer's link off the platform is masked like a buyer's contact
    details: the agent never gets an address to open."""
    verdict = screen(screening, text, "buyer")
    assert verdict.action == "mask"
    assert verdict.masked_text == masked


@pytest.mark.parametrize(
    "text",
    [
        "刚收到短信说我的月饼'物流异常，点t.cn/R7pLq办理退款'，是你们发的吗？",
        "我在这个页面 item.jd.com/100038004389.html 看到价格2999,怎么结算变3199了",
        "你发的那个t.cn开头的链接是你们吗 我没敢点",
    ],
)
def test_a_buyer_reporting_or_quoting_a_link_is_delivered(screening, text):
    """As for a buyer's phone, the score judges a buyer's link: a scam report
    or a question about a page passes (at most flagged)."""
    assert screen(screening, text, "buyer").action in ("allow", "flag")


@pytest.mark.parametrize(
    "text, decides",
    [
        ("收到个短信让点t.cn开头的链接", False),
        ("以 www.jd-pei.vip 开头的都是假的", False),
        ("点 t.cn/R7pLq 办理", True),
        ("访问 shop.top 购买", True),
    ],
)
def test_a_host_said_to_begin_a_link_is_read_but_not_decided_on(rules, text, decides):
    """Found as before (the model reads what training read), but never
    decided on: it gives no address to open."""
    hits = evidence_hits(rules, normalize(text), ())
    (hit,) = [h for h in hits if h.rule.code == "link.url"]
    assert hit.decides is decides


@pytest.mark.parametrize(
    "history, piece",
    [
        (
            [
                ("buyer", "能便宜点吗"),
                ("agent", "平台扣点高 加我v 号就是手机号", "block"),
            ],
            "一八六",
        ),
        (
            [
                ("agent", "平台扣点高 加我v 号就是手机号", "block"),
                ("agent", "一八六", "block"),
            ],
            "0571",
        ),
        ([("buyer", "还有货吗"), ("agent", "私聊我 电话137", "block")], "2846"),
    ],
)
def test_a_bare_piece_after_the_senders_prevented_contact_goes_by_its_score(
    screening, history, piece
):
    """A bare message is at most flagged by the model, except when the
    sender's own contact, payment or link was just blocked or masked: then it
    is the rest of the number or handle, and the model's reading of it in
    that context (contact ≥ the block threshold) blocks it. The same piece
    after the same words let through is only flagged."""
    verdict = screen(screening, piece, "agent", history)
    assert verdict.action == "block", verdict.scores
    assert "contact" in {v.category for v in verdict.violations}
    allowed = [(sender, text, "allow") for sender, text, *_a in history]
    assert screen(screening, piece, "agent", allowed).action == "flag"


@pytest.mark.parametrize(
    "history",
    [
        # the other party's message was blocked, not the sender's
        [("buyer", "加我v 号就是手机号", "block"), ("agent", "亲 平台内沟通哦")],
        # the sender's block is older than their last two messages
        [
            ("agent", "私聊我 电话137", "block"),
            ("agent", "亲 在吗"),
            ("agent", "订单已经发出了"),
        ],
    ],
)
def test_only_the_senders_own_recent_block_lets_a_bare_piece_block(screening, history):
    assert not prevented_before(history, "agent")
    assert screen(screening, "2846", "agent", history).action in ("allow", "flag")


def test_prevented_before_reads_the_senders_last_messages():
    assert prevented_before([("agent", "x", "mask")], "agent")
    assert prevented_before([("agent", "x", "block"), ("buyer", "y", "allow")], "agent")
    assert not prevented_before([("agent", "x", "flag")], "agent")
    assert not prevented_before([("agent", "x")], "agent")  # no action given
    assert not prevented_before([], "buyer")


@pytest.mark.parametrize(
    "history, piece, category",
    [
        # the model reads "一八六" low after a question about packaging (0.15),
        # but it is the phone number the blocked message promised
        (
            [
                ("buyer", "这款龙井有小包装吗"),
                ("agent", "平台扣点高 加我v 号就是手机号", "block"),
            ],
            "一八六",
            "contact",
        ),
        (
            [
                ("buyer", "卡号发我下"),
                ("agent", "行 剩下的打到我建行卡上 卡号拆开发", "block"),
            ],
            "6217 0032 1185",
            "payment",
        ),
    ],
)
def test_a_number_piece_after_the_senders_block_is_blocked_whatever_its_score(
    screening, history, piece, category
):
    """A bare run of digits or number words sent right after the sender's own
    blocked or masked message is the rest of what that message began: it is
    acted on as contact or payment (whichever the model reads it as more),
    whatever the model's score in its context."""
    verdict = screen(screening, piece, "agent", history)
    assert verdict.action == "block", verdict.scores
    assert {v.category for v in verdict.violations} == {category}


@pytest.mark.parametrize("text", ["好的", "在的亲", "3包"])
def test_a_bare_reply_that_is_no_number_is_not_a_piece(screening, text):
    history = [
        ("buyer", "这款龙井有小包装吗"),
        ("agent", "平台扣点高 加我v 号就是手机号", "block"),
    ]
    assert screen(screening, text, "agent", history).action == "allow"


AFTER_BLOCK = [
    ("buyer", "这件外套有黑色吗"),
    ("agent", "有的 平台贵 加我微信 vx: tea8866 便宜50", "block"),
]


@pytest.mark.parametrize("text", ["你懂的", "我们老地方见"])
def test_a_message_after_the_senders_block_is_flagged_from_the_prevented_floor(
    screening, text
):
    """Right after the sender's own blocked message, what the model reads at
    ``PREVENTED_FLOOR`` or more (here contact, under its flag threshold) is
    flagged for auditors, with its score; after the same words let through
    it is allowed."""
    verdict = screen(screening, text, "agent", AFTER_BLOCK)
    assert verdict.action == "flag", verdict.scores
    (violation,) = verdict.violations
    assert violation.category == "contact"
    contact = screening.model.categories.index("contact")
    assert PREVENTED_FLOOR <= violation.score < screening.flag_thresholds[contact]
    assert violation.model == screening.model.version
    assert violation.follows_block and violation.to_dict()["follows_block"]
    allowed = [(sender, text, "allow") for sender, text, *_a in AFTER_BLOCK]
    assert screen(screening, text, "agent", allowed).action == "allow"


def test_an_honest_reply_after_the_senders_block_is_not_flagged(screening):
    verdict = screen(screening, "好的亲 有黑色", "agent", AFTER_BLOCK)
    assert verdict.action == "allow"
    assert max(verdict.scores.values(), default=0.0) < PREVENTED_FLOOR


def test_only_the_senders_own_block_flags_from_the_prevented_floor(screening):
    """The buyer's message after the agent's block is judged as usual."""
    assert screen(screening, "你懂的", "buyer", AFTER_BLOCK).action == "allow"


def test_other_findings_do_not_say_they_follow_a_block(screening):
    verdict = screen(screening, "加我微信 tea8866", "agent", AFTER_BLOCK)
    assert verdict.action == "block"
    assert not any(v.follows_block for v in verdict.violations)
