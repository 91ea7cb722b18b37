import pytest

from chat.models import Message
from tests import factories

CONTACT = {
    "category": "contact",
    "rule": "contact.wechat",
    "start": 2,
    "end": 8,
    "match": "微信abc1",
    "suggestion": "请勿引导买家站外联系",
    "points": 3,
}


@pytest.fixture
def chat(store, buyer, agent):
    return factories.make_session(store, buyer, agent)


@pytest.fixture
def blocked(chat, agent):
    return factories.make_message(
        chat,
        Message.SenderKind.AGENT,
        agent,
        "加我微信abc1234吧",
        verdict=Message.Verdict.BLOCK,
        violations=[CONTACT],
    )


@pytest.fixture
def buyer_abuse(chat, buyer):
    return factories.make_message(
        chat,
        Message.SenderKind.BUYER,
        buyer,
        "你这个骗子",
        verdict=Message.Verdict.FLAG,
        violations=[
            {
                "category": "abuse",
                "rule": "abuse.insult",
                "start": 2,
                "end": 5,
                "match": "个骗子",
                "suggestion": "",
            }
        ],
    )
