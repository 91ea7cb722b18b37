"""The one visibility rule, and its SQL form for searches, agree on every case."""

import itertools

import pytest

from chat.events import message_payload
from chat.frames import render_message
from chat.models import Message
from chat.visibility import (
    BUYER,
    MERCHANT,
    PLATFORM,
    Reader,
    seen,
    seen_body,
    seen_messages,
)
from tests import factories

KINDS = ("text", "note")
VERDICTS = ("allow", "flag", "mask", "block")


@pytest.fixture
def every_message(store, buyer, agent):
    session = factories.make_session(store, buyer, agent)
    messages = []
    for kind, verdict, sender in itertools.product(KINDS, VERDICTS, (buyer, agent)):
        sender_kind = "buyer" if sender == buyer else "agent"
        if kind == "note":
            sender_kind = "system"
        messages.append(
            factories.make_message(
                session,
                sender_kind,
                sender,
                f"{kind}-{verdict}-{sender_kind}-original",
                kind=kind,
                verdict=verdict,
                masked_body=f"{kind}-{verdict}-{sender_kind}-masked"
                if verdict == "mask"
                else "",
            )
        )
    return session, messages


def readers(buyer, agent, supervisor, auditor):
    return [
        Reader(buyer.pk, BUYER),
        Reader(agent.pk, MERCHANT),
        Reader(supervisor.pk, MERCHANT),
        Reader(supervisor.pk, MERCHANT, evidence=True),
        Reader(auditor.pk, PLATFORM),
    ]


def test_sql_form_selects_and_reads_exactly_what_seen_says(
    every_message, buyer, agent, supervisor, auditor
):
    session, messages = every_message
    for reader in readers(buyer, agent, supervisor, auditor):
        expected = {
            m.pk: view.body for m in messages if (view := seen(m, reader)) is not None
        }
        rows = (
            Message.objects.filter(session=session)
            .filter(seen_messages(reader))
            .annotate(text=seen_body(reader))
            .values_list("pk", "text")
        )
        assert dict(rows) == expected, reader


def test_a_payload_is_seen_as_its_stored_message_is(
    every_message, buyer, agent, supervisor, auditor
):
    _session, messages = every_message
    for reader, message in itertools.product(
        readers(buyer, agent, supervisor, auditor), messages
    ):
        assert seen(message_payload(message), reader) == seen(message, reader)


def test_the_rule(every_message, buyer, agent, supervisor, auditor):
    _session, messages = every_message
    by_body = {m.body: m for m in messages}

    def body(reader, name):
        view = seen(by_body[f"{name}-original"], reader)
        return view and view.body

    buyer_reader = Reader(buyer.pk, BUYER)
    agent_reader = Reader(agent.pk, MERCHANT)
    colleague = Reader(supervisor.pk, MERCHANT)
    platform = Reader(auditor.pk, PLATFORM)
    # Notes: never the buyer.
    assert body(buyer_reader, "note-allow-system") is None
    assert body(colleague, "note-allow-system") == "note-allow-system-original"
    # Masked: the other side reads the masked text, the own side the original.
    assert body(agent_reader, "text-mask-buyer") == "text-mask-buyer-masked"
    assert body(colleague, "text-mask-buyer") == "text-mask-buyer-masked"
    assert body(buyer_reader, "text-mask-buyer") == "text-mask-buyer-original"
    assert body(buyer_reader, "text-mask-agent") == "text-mask-agent-masked"
    assert body(colleague, "text-mask-agent") == "text-mask-agent-original"
    assert body(platform, "text-mask-buyer") == "text-mask-buyer-original"
    # Blocked: the sender and the platform; evidence for the sender's side.
    assert body(agent_reader, "text-block-agent") == "text-block-agent-original"
    assert body(colleague, "text-block-agent") is None
    assert body(buyer_reader, "text-block-agent") is None
    assert body(platform, "text-block-buyer") == "text-block-buyer-original"
    evidence = Reader(supervisor.pk, MERCHANT, evidence=True)
    assert body(evidence, "text-block-agent") == "text-block-agent-original"
    assert body(evidence, "text-block-buyer") is None
    # Flag is told as allow outside the platform.
    flagged = by_body["text-flag-agent-original"]
    assert seen(flagged, buyer_reader).verdict == "allow"
    assert seen(flagged, platform).verdict == "flag"


def test_a_frame_says_masked_only_to_who_reads_the_masked_text(
    every_message, buyer, agent, supervisor, auditor
):
    """The page tells the reader that part of a message was hidden: only the
    other side of a masked message reads it so; its own side and the platform
    read the original, and the frame says nothing."""
    _session, messages = every_message
    for reader, message in itertools.product(
        readers(buyer, agent, supervisor, auditor), messages
    ):
        frame = render_message(message_payload(message), reader)
        view = seen(message, reader)
        if view is None:
            assert frame is None
            continue
        assert frame.get("masked", False) is view.masked
        assert frame["body"] == (message.masked_body if view.masked else message.body)
    masked_for = {
        (reader.user_id, message.sender_kind)
        for reader, message in itertools.product(
            readers(buyer, agent, supervisor, auditor), messages
        )
        if (frame := render_message(message_payload(message), reader))
        and frame.get("masked")
    }
    assert masked_for == {
        (buyer.pk, "agent"),
        (agent.pk, "buyer"),
        (supervisor.pk, "buyer"),
    }
