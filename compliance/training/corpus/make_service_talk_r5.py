"""Write service_talk_r5.jsonl: acceptable talk about the service and the
chat itself (the agent, replies, answers, which message said what) and very
short replies. Round five, written after the model blocked "客服的回答" and
"我的" as violations: the corpus had almost no acceptable message mentioning
客服 (abuse examples did), and few of two to four characters.

Hand-written templates filled from hand-written slot lists with a fixed
seed; duplicates removed; nothing copied from any evaluation set.
"""

import json
import random
from pathlib import Path

SEED = 20261205
OUT = Path(__file__).with_name("service_talk_r5.jsonl")

WHO = ["客服", "人工客服", "售后客服", "售前客服", "在线客服", "值班客服", "客服小姐姐",
       "客服小哥", "这位客服", "刚才的客服", "之前那个客服", "你们客服", "店里客服",
       "客服妹子", "夜班客服", "客服主管", "专属客服"]
THING = ["回答", "回复", "答复", "解答", "说明", "解释", "建议", "消息", "留言", "话",
         "第一句话", "第一条消息", "第二条回复", "第三句", "上一条消息", "最后一句",
         "第一个回答", "前两句", "开场白", "自动回复", "快捷回复", "处理结果", "方案"]
ORD = ["第一", "第二", "第三", "第四", "第五", "第1", "第2", "第3", "第4", "第5",
       "第6", "第7", "第8", "第9", "第10", "头一", "最后一", "上一", "下一"]
UNIT = ["句", "条", "个", "段", "次"]
NOUN = ["话", "回答", "回复", "消息", "问题", "留言", "解释", "说明"]

BUYER_T = [
    "{who}的{thing}我看到了", "{who}的{thing}我收到了，谢谢", "{who}的{thing}有点看不懂",
    "{who}的{thing}很清楚", "刚才{who}的{thing}是什么意思", "{who}的{thing}和页面上不一样啊",
    "我按{who}的{thing}操作了", "{who}的{thing}让我很满意", "{who}的{thing}太慢了吧",
    "{who}的{thing}能再发一次吗", "翻到{who}的{thing}了，明白了", "{who}的{thing}我截图了",
    "你{ord}{unit}{noun}说的是哪个颜色", "我{ord}{unit}{noun}打错字了", "看我{ord}{unit}{noun}",
    "我的{ord}{unit}{noun}你看到没", "{ord}{unit}{noun}是问尺码的", "回到我{ord}{unit}{noun}",
    "你{ord}{unit}{noun}没看懂", "{who}的{ord}{unit}{noun}是自动发的吗", "{who}{ord}{unit}{noun}说可以退",
    "谢谢{who}的耐心{thing}", "{who}的态度挺好的", "{who}的工作时间是几点到几点",
    "{who}的{thing}我转给我老公看了", "麻烦{who}看下我{ord}{unit}{noun}",
]
AGENT_T = [
    "{who}的{thing}以这条为准", "抱歉{who}的{thing}有误，以这条为准", "您看下{who}的{thing}",
    "{who}的{thing}是系统自动发的", "我是{who}，{ord}{unit}{noun}是同事回的", "您{ord}{unit}{noun}问的我看到了",
    "您{ord}{unit}{noun}说的颜色有货", "我{ord}{unit}{noun}说错了，是38码", "关于您{ord}{unit}{noun}",
    "翻了下记录，您{ord}{unit}{noun}是问发货", "{who}的{thing}已经记录了", "您的{ord}{unit}{noun}我来回答",
    "我的{ord}{unit}{noun}可能没说清楚", "{ord}{unit}{noun}是自动回复，这条是人工", "{who}的{ord}{unit}{noun}是欢迎语",
    "{who}{ord}{unit}{noun}一般是问候", "下面是{who}的{thing}", "{who}的{thing}仅供参考，具体看详情页",
    "这是{who}的标准{thing}", "感谢您对{who}的{thing}给出评价", "{who}的{thing}会在24小时内给到",
    "我们{who}的{thing}都是按平台规则来的", "您对{who}的{thing}有疑问可以再问我",
]
SHORT = ["我的", "你的", "是的", "对的", "行的", "在的",
         "多谢", "付了", "发了吗", "退吧", "换吧", "要了", "不要了", "算了",
         "不行", "打包", "几天到", "有货吗", "还有吗", "哪个", "这个",
         "那个", "红的", "黑色", "大码", "小码", "两件", "一件", "三个", "我要", "给我", "加急",
         "明天", "今天", "等等", "稍等", "马上", "稍后", "看看", "看下", "是我的", "我的呢",
         "你的呢", "他的", "她的", "打错了", "发错了", "我错了", "对不起", "没事",
         "客服", "客服呢", "人工", "转人工", "客服在吗", "在不在", "回我", "快回", "回复我", "答复呢"]
# Replies that occur in an evaluation set (好的, 在吗, 谢谢 ...) are left out:
# evaluation data is never training data.
SHORT_SENDER = ["buyer", "agent"]


def fill(template, rng):
    return template.format(
        who=rng.choice(WHO), thing=rng.choice(THING), ord=rng.choice(ORD),
        unit=rng.choice(UNIT), noun=rng.choice(NOUN),
    )


def main():
    rng = random.Random(SEED)
    rows, seen = [], set()

    def add(text, sender, family):
        if (text, sender) not in seen:
            seen.add((text, sender))
            rows.append({"text": text, "sender": sender, "labels": [], "family": family})

    for template in BUYER_T:
        for _ in range(30):
            add(fill(template, rng), "buyer", "service_talk")
    for template in AGENT_T:
        for _ in range(30):
            add(fill(template, rng), "agent", "service_talk")
    for text in SHORT:
        for sender in SHORT_SENDER:
            add(text, sender, "short_reply")
    rng.shuffle(rows)
    with OUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "lines")


if __name__ == "__main__":
    main()
