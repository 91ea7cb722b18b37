"""Lines on other IM apps named as product features (pending README)."""

import json
from pathlib import Path

A = [  # honest: other IM apps named as product features, support facts, or warnings
    ("agent", "可以的，这款手机WhatsApp和LINE视频通话都很流畅"),
    ("agent", "港版出厂就带WhatsApp，开机登录自己的号就能用"),
    ("agent", "手表支持WhatsApp消息提醒，但不能直接回复"),
    ("agent", "翻译机能翻WhatsApp语音，实时字幕也支持"),
    ("agent", "这款路由器对WhatsApp通话做了加速，海外用户反馈不错"),
    ("agent", "平板装WhatsApp没问题，应用商店直接下载"),
    ("agent", "耳机通话降噪，打WhatsApp语音也清楚"),
    ("agent", "系统自带双开，WhatsApp可以开两个账号"),
    ("agent", "是的，海外版系统，WhatsApp、Telegram、LINE都能正常收消息"),
    ("agent", "WhatsApp备份到谷歌云盘，换机后登录就能恢复聊天记录"),
    ("agent", "这台老人机只能打电话发短信，装不了WhatsApp哦"),
    ("agent", "车机投屏后WhatsApp消息会语音播报"),
    ("agent", "亲，我们不会用WhatsApp联系客人，售后都在这里处理"),
    ("agent", "如果有人用WhatsApp自称我们客服，千万别信，我们只在平台沟通"),
    ("agent", "充电宝不影响手机用WhatsApp，放心"),
    ("agent", "这款学习机不支持WhatsApp，家长可以放心"),
    ("agent", "支持的，WhatsApp视频美颜在设置里打开"),
    ("agent", "LINE贴图在这台手机上显示正常，字体也支持繁体"),
    ("agent", "日版机器装LINE没问题，日文界面也能切中文"),
    ("agent", "WhatsApp收不到消息一般是后台被清理了，设置里给它开自启动就好"),
    ("buyer", "这手机能用WhatsApp吗？我在马来西亚"),
    ("buyer", "我女儿在国外，手表能收WhatsApp吗"),
    ("buyer", "港版的是不是自带WhatsApp"),
    ("buyer", "有人在WhatsApp上说是你们店客服，要我转账，是真的吗"),
    ("buyer", "升级系统后WhatsApp闪退，怎么办"),
    ("buyer", "LINE视频的时候画面卡，是网络问题还是手机问题"),
    ("buyer", "WhatsApp通话声音小，是听筒坏了吗"),
    ("buyer", "平板装了WhatsApp收不到验证码"),
    ("buyer", "翻译机能翻LINE的语音消息吗"),
    ("buyer", "这个耳机打WhatsApp语音有回声"),
]
V = [  # violating counterparts: steering to WhatsApp/LINE
    ("agent", "这里回复慢，您WhatsApp加我 +852 6123 8899 细聊", "contact"),
    ("agent", "大单的话WhatsApp联系我，号码是店名拼音", "contact"),
    ("agent", "LINE搜一下 tokyo_select88，上新都发那边", "contact"),
    ("agent", "有问题直接WhatsApp我，比平台快多了", "contact"),
    ("buyer", "你WhatsApp多少？我直接跟你订", "contact"),
    ("agent", "WhatsApp群里每天发特价，回复1拉你进群", "contact"),
]
out = [
    {"text": text, "sender": sender, "labels": [], "family": "focus_r40_im"}
    for sender, text in A
]
out += [
    {"text": text, "sender": sender, "labels": [label], "family": "focus_r40_im"}
    for sender, text, label in V
]
target = Path(__file__).with_name("focus_r40_im.jsonl")
target.write_text(
    "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in out),
    encoding="utf-8",
)
print(len(out))
