"""The shipped rule set's human texts, marked for translation.

Rule and category names and suggestions are data (admins edit them), stored in
Chinese as shipped. ``localize()`` shows a shipped text in the reader's
language through the catalogs; a text an admin wrote is shown as written.
``tests/compliance/test_rule_texts.py`` fails when a shipped text is missing
here or lacks an English translation.
"""

from django.utils.translation import gettext, gettext_noop

# An image whose text could not be read is held for the auditors (compliance
# .screening): the rule its verdict names, and what the sender is told.
HELD_IMAGE_RULE = "image.unread"
HELD_IMAGE_NAME = gettext_noop("图片中的文字暂时无法识别，已转人工审核")
HELD_IMAGE_SUGGESTION = gettext_noop("请稍后重新发送，或直接用文字描述")

SHIPPED_TEXTS = (
    HELD_IMAGE_NAME,
    HELD_IMAGE_SUGGESTION,
    gettext_noop("第三方联系方式"),
    gettext_noop("站外支付/私下交易"),
    gettext_noop("站外链接"),
    gettext_noop("引导至其他平台"),
    gettext_noop("线下地址/线下交易"),
    gettext_noop("辱骂/骚扰/威胁"),
    gettext_noop("色情低俗"),
    gettext_noop("诈骗/刷单/好评返现"),
    gettext_noop("重复广告"),
    gettext_noop("政治敏感"),
    gettext_noop("微信号/微信引流"),
    gettext_noop("请在平台内沟通，勿引导添加微信"),
    gettext_noop("QQ号/QQ引流"),
    gettext_noop("请在平台内沟通，勿留QQ号"),
    gettext_noop("其他即时通讯与社交账号"),
    gettext_noop("请在平台内沟通，勿留其他社交账号"),
    gettext_noop("手机号码"),
    gettext_noop("请勿发送手机号，可使用平台电话或在线沟通"),
    gettext_noop("固定电话"),
    gettext_noop("请勿发送电话号码，请在平台内沟通"),
    gettext_noop("电子邮箱"),
    gettext_noop("请勿发送邮箱地址，请在平台内沟通"),
    gettext_noop("私下交易/绕开平台支付"),
    gettext_noop("请通过平台下单支付，平台保障交易安全"),
    gettext_noop("支付宝转账"),
    gettext_noop("请通过平台下单支付，勿使用支付宝转账"),
    gettext_noop("银行卡号/银行转账"),
    gettext_noop("请通过平台下单支付，勿发送银行账户"),
    gettext_noop("收款码/付款二维码"),
    gettext_noop("请通过平台下单支付，勿发送收款码"),
    gettext_noop("退款后私下补差价"),
    gettext_noop("如需补差价，请使用平台补差价链接"),
    gettext_noop("站外链接/网址"),
    gettext_noop("请勿发送站外链接，可发送本店商品链接"),
    gettext_noop("网盘链接"),
    gettext_noop("请勿发送网盘链接，资料请在平台内发送"),
    gettext_noop("口令/分享码"),
    gettext_noop("请勿发送其他平台口令，可发送本店商品链接"),
    gettext_noop("引导至淘宝"),
    gettext_noop("请勿提及或引导至其他平台，请在本平台下单"),
    gettext_noop("引导至天猫"),
    gettext_noop("引导至京东"),
    gettext_noop("引导至拼多多"),
    gettext_noop("引导至其他购物平台"),
    gettext_noop("引导至内容平台店铺"),
    gettext_noop("请勿引导买家到其他平台的店铺下单，请在本平台下单"),
    gettext_noop("实体店/仓库地址"),
    gettext_noop("请勿透露线下地址，请引导买家在平台下单"),
    gettext_noop("线下交易/上门自提"),
    gettext_noop("请在平台下单，由平台物流配送"),
    gettext_noop("辱骂"),
    gettext_noop("请文明沟通，如有不满可申请平台介入"),
    gettext_noop("威胁恐吓"),
    gettext_noop("请文明沟通，如有纠纷请申请平台介入"),
    gettext_noop("请文明用语"),
    gettext_noop("刷单"),
    gettext_noop("平台禁止刷单等虚假交易"),
    gettext_noop("好评返现"),
    gettext_noop("请勿以返现等利益诱导评价，可邀请买家如实评价"),
    gettext_noop("虚假中奖"),
    gettext_noop("请勿发送中奖类信息，活动以平台公告为准"),
    gettext_noop("诱导缴费/冒充客服"),
    gettext_noop("退款与理赔不收取任何费用，请按平台流程处理"),
    gettext_noop("重复发送广告"),
    gettext_noop("请勿重复发送相同内容"),
    gettext_noop("请勿发送政治敏感内容"),
    # compliance.engine.ruleset.MODEL_SUGGESTION: a model finding's, when its
    # rule names none
    gettext_noop("请在平台内沟通与交易，遵守平台聊天规范"),
)


def localize(text: str) -> str:
    """A shipped rule text in the active language; any other text unchanged."""
    return gettext(text) if text else text
