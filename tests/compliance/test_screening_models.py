"""The learned stage's versions: installed on deploy, compared, activated by an
admin, picked up by every process; auditors' decisions kept as examples."""

import functools
import json
from io import StringIO

import pytest
from django.core.management import call_command

from chat.models import Message
from compliance.actions import check_decide_review_item, do_record_screened_message
from compliance.actions.screening_models import (
    check_activate_model,
    do_install_shipped_model,
    do_register_model,
)
from compliance.engine import DEFAULT_MODEL, default_model
from compliance.engine.model import model_from_bytes, serialise
from compliance.errors import ComplianceError
from compliance.models import AuditLog, RuleSetRevision, ScreeningModel, TrainingExample
from compliance.rulesets import LiveRuleSet, current_ruleset
from tests import factories

# Comparisons (compliance/shadow.py) score on every tenth evaluation record.
pytestmark = pytest.mark.usefixtures("small_evaluation_sets")


@functools.cache
def shipped_with_thresholds(value: float) -> bytes:
    """The shipped model's weights with every threshold at ``value``: another
    version that acts on far fewer messages (a worse candidate)."""
    model = default_model()
    thresholds = {c: {"block": value, "flag": value} for c in model.categories}
    return serialise(
        model.categories,
        model.feature_names,
        model.weights,
        model.bias,
        thresholds,
        {**model.summary, "note": "test candidate"},
    )


def test_deploy_sync_installs_and_activates_the_shipped_model_once(db):
    out = StringIO()
    call_command("sync_screening_model", stdout=out)
    row = ScreeningModel.objects.get()
    assert (row.version, row.state, row.source) == (
        default_model().version,
        "active",
        "shipped",
    )
    assert "activated" in out.getvalue()
    again, activated = do_install_shipped_model()
    assert (again.pk, activated) == (row.pk, False)
    assert AuditLog.objects.filter(action="model.activate").count() == 1


def test_processes_screen_with_the_active_model(db):
    live = LiveRuleSet(check_every=0)
    assert live.get().model.version == default_model().version
    do_install_shipped_model()
    candidate, created = do_register_model(
        shipped_with_thresholds(0.99), source="trained", note="test"
    )
    assert created and candidate.state == "candidate"
    assert live.get().model.version == default_model().version
    admin = factories.make_user("admin", is_staff=True, is_superuser=True)
    comparison = check_activate_model_accepting_all(admin, candidate)
    assert live.get().model.version == candidate.version
    assert candidate.version in RuleSetRevision.objects.latest("id").note
    assert comparison["active"] == default_model().version


def check_activate_model_accepting_all(admin, candidate):
    with pytest.raises(ComplianceError) as refused:
        check_activate_model(admin, candidate.pk)
    assert refused.value.code == "model_worse"
    worse = refused.value.details
    assert worse and all("→" in line for line in worse)
    assert ScreeningModel.objects.get(pk=candidate.pk).state == "candidate"
    with pytest.raises(ComplianceError):  # half a confirmation is none
        check_activate_model(admin, candidate.pk, accept_worse=worse[:1])
    row = check_activate_model(admin, candidate.pk, accept_worse=worse)
    assert row.state == "active"
    assert ScreeningModel.objects.filter(state="active").count() == 1
    log = AuditLog.objects.filter(action="model.activate").latest("id")
    assert log.after == {"active": candidate.version}
    return row.comparison


def test_a_candidate_scoring_the_same_activates_without_confirmation(db):
    do_install_shipped_model()
    model = default_model()
    same = serialise(
        model.categories,
        model.feature_names,
        model.weights,
        model.bias,
        model.thresholds,
        {**model.summary, "note": "retrained"},
    )
    candidate, _ = do_register_model(same, source="trained")
    admin = factories.make_user("admin", is_staff=True, is_superuser=True)
    assert check_activate_model(admin, candidate.pk).state == "active"
    assert candidate.version != model.version


def test_only_a_platform_admin_activates_a_model(db, auditor):
    candidate, _ = do_register_model(shipped_with_thresholds(0.99), source="trained")
    with pytest.raises(ComplianceError) as refused:
        check_activate_model(auditor, candidate.pk)
    assert refused.value.code == "forbidden"
    with pytest.raises(ComplianceError):
        check_activate_model(
            factories.make_user("admin", is_staff=True, is_superuser=True), 999999
        )


def test_a_corrupt_model_is_never_registered(db):
    with pytest.raises(ValueError, match="not a readable screening model"):
        do_register_model(b"not a model", source="trained")
    assert not ScreeningModel.objects.exists()


def test_admin_compares_and_activates_with_a_named_confirmation(client, db):
    do_install_shipped_model()
    candidate, _ = do_register_model(shipped_with_thresholds(0.99), source="trained")
    admin = factories.make_user("admin", is_staff=True, is_superuser=True)
    client.force_login(admin)
    url = f"/admin/compliance/screeningmodel/{candidate.pk}/compare/"
    page = client.get(url)
    assert page.status_code == 200
    body = page.content.decode()
    assert candidate.version in body and "screening_blind_a" in body
    assert 'name="accept_worse"' in body
    # what differs comes first; every figure is one click away
    changed = page.context["changed"]
    assert changed and all(line["active"] != line["candidate"] for line in changed)
    assert len(changed) < len(page.context["rows"])
    assert body.index("有变化的指标") < body.index('<details class="all-figures">')
    refused = client.post(url, {})
    assert refused.status_code == 200
    assert ScreeningModel.objects.get(pk=candidate.pk).state == "candidate"
    worse = ScreeningModel.objects.get(pk=candidate.pk).comparison["worse"]
    done = client.post(url, {"accept_worse": worse})
    assert done.status_code == 302
    assert ScreeningModel.objects.get(pk=candidate.pk).state == "active"


def blocked_avatar_invitation(chat, agent):
    """An agent's "看我头像" blocked by the model, recorded for review."""
    message = factories.make_message(
        chat,
        Message.SenderKind.AGENT,
        agent,
        "看我头像",
        verdict=Message.Verdict.BLOCK,
        violations=[
            {
                "category": "contact",
                "rule": "contact.model",
                "start": 0,
                "end": 4,
                "match": "看我头像",
                "model": "m0123456789ab",
                "score": 0.93,
            }
        ],  # fmt: skip
        ruleset_version="r7",
    )
    return do_record_screened_message(message)


def test_decisions_on_screened_messages_are_kept_as_labelled_examples(
    chat, agent, buyer, auditor
):
    factories.make_message(chat, Message.SenderKind.BUYER, buyer, "有微信吗")
    item = blocked_avatar_invitation(chat, agent)
    check_decide_review_item(auditor, item.pk, "confirm", "invites off-platform")
    example = TrainingExample.objects.get()
    assert (example.text, example.sender, example.labels) == (
        "看我头像",
        "agent",
        ["contact"],
    )
    # with the action each earlier message was given, as the chat screens
    assert example.context == [["buyer", "有微信吗", "allow"]]
    assert (example.model_version, example.ruleset_version) == ("m0123456789ab", "r7")
    assert example.decision == "confirmed"


def test_a_dismissed_item_is_an_acceptable_example(chat, buyer, auditor):
    message = factories.make_message(
        chat,
        Message.SenderKind.BUYER,
        buyer,
        "有人冒充你们客服加我微信",
        verdict=Message.Verdict.FLAG,
        violations=[
            {
                "category": "contact",
                "rule": "contact.wechat",
                "start": 9,
                "end": 11,
                "match": "微信",
            }
        ],  # fmt: skip
    )
    item = do_record_screened_message(message)
    check_decide_review_item(auditor, item.pk, "dismiss", "a buyer's report")
    assert TrainingExample.objects.get().labels == []


def test_retraining_with_reviews_registers_a_candidate(db, tmp_path, chat, agent):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = []
    for copy in range(10):
        lines.append({"text": f"好的亲{copy}", "sender": "agent", "labels": []})
        lines.append({"text": f"什么时候发货{copy}", "sender": "buyer", "labels": []})
        lines.append(
            {"text": f"加我绿泡泡{copy}", "sender": "agent", "labels": ["contact"]}
        )
    (corpus / "toy.jsonl").write_text(
        "\n".join(json.dumps(line, ensure_ascii=False) for line in lines),
        encoding="utf-8",
    )
    TrainingExample.objects.create(
        review_item=do_record_screened_message(
            factories.make_message(
                chat,
                Message.SenderKind.AGENT,
                agent,
                "看我头像",
                verdict=Message.Verdict.BLOCK,
                violations=[{"category": "contact", "rule": "contact.model"}],
            )
        ),  # fmt: skip
        text="看我头像",
        sender="agent",
        labels=["contact"],
        decision="confirmed",
        decided_at=chat.created_at,
    )
    held = tmp_path / "held"
    held.mkdir()
    turns = []
    for copy in range(12):
        for index, (text, labels) in enumerate(
            [("这个有货吗", []), ("有的亲", []), ("加我绿泡泡聊", ["contact"])]
        ):
            sender = "buyer" if index == 0 else "agent"
            turns.append({"text": f"{text}{copy}", "sender": sender,
                          "labels": labels, "session": f"s{copy}"})  # fmt: skip
    (held / "toy_conversations.jsonl").write_text(
        "\n".join(json.dumps(turn, ensure_ascii=False) for turn in turns),
        encoding="utf-8",
    )
    # a later round's conversations, for the second reading alone
    (held / "r99").mkdir()
    (held / "r99" / "later_conversations.jsonl").write_text(
        "\n".join(
            json.dumps(dict(turn, session="r99" + turn["session"]), ensure_ascii=False)
            for turn in turns
        ),
        encoding="utf-8",
    )
    out = StringIO()
    call_command(
        "train_screening_model",
        corpus=str(corpus),
        held_out=str(held),
        with_reviews=True,
        stdout=out,
    )
    row = ScreeningModel.objects.get(state="candidate")
    assert row.review_examples == 1 and row.source == "trained"
    model = model_from_bytes(bytes(row.artifact))
    assert model.summary["records"] == 31
    # its conversation reader, trained on the held-out conversations
    assert model.reader.summary["records"] == 36
    assert list(model.reader.summary["sources"]) == ["toy_conversations.jsonl"]
    assert "conversation reader: 36 messages" in out.getvalue()
    second = model.reader.after_action
    if second is None:
        assert "after an action no second reading" in out.getvalue()
    else:  # read from both folders
        assert set(second.summary["sources"]) == {
            "toy_conversations.jsonl",
            "later_conversations.jsonl",
        }
    # the admin's model page shows the reader beside the training summary
    shown = row.summary["conversation_reader"]
    assert shown["records"] == 36 and shown["block_at"] == model.reader.block_at
    assert "registered as a candidate" in out.getvalue()
    assert DEFAULT_MODEL.read_bytes() != bytes(row.artifact)


def test_the_live_rule_set_carries_the_model_and_its_thresholds(db):
    ruleset = current_ruleset()
    model = default_model()
    assert ruleset.model.version == model.version
    assert ruleset.thresholds("contact") == (
        model.thresholds["contact"]["block"],
        model.thresholds["contact"]["flag"],
    )


def test_a_threshold_edited_in_admin_applies_after_the_revision(db):
    from compliance.models import RuleCategory
    from compliance.rulesets import do_bump_revision

    RuleCategory.objects.filter(code="contact").update(
        block_threshold=0.95, flag_threshold=0.6
    )
    do_bump_revision("thresholds")
    assert LiveRuleSet(check_every=0).get().thresholds("contact") == (0.95, 0.6)


def test_a_models_figures_are_scored_once_per_rules_and_records(
    db, monkeypatch, auditor, chat, agent
):
    """The compare page is shown and then posted against the same active
    model: the figures of a version on the same rules and records are kept
    (compliance/shadow.py); new rules or a new review decision score again."""
    from compliance import shadow

    compiled, rules_compiled = [], []
    real, real_compile = shadow.with_model, shadow.compile_ruleset

    def counting(ruleset, spec, model):
        compiled.append(model.version)
        return real(ruleset, spec, model)

    def compiling(spec):
        rules_compiled.append(spec["version"])
        return real_compile(spec)

    monkeypatch.setattr(shadow, "with_model", counting)
    monkeypatch.setattr(shadow, "compile_ruleset", compiling)
    shadow._figures.clear()
    active, _ = do_install_shipped_model()
    candidate, _ = do_register_model(shipped_with_thresholds(0.99), source="trained")
    first = shadow.compare_models(candidate, active)
    assert sorted(compiled) == sorted([candidate.version, active.version])
    assert len(rules_compiled) == 1  # the rules once, for both models
    again = shadow.compare_models(candidate, active)
    assert again == first and len(compiled) == 2
    again["candidate_figures"].clear()  # a caller's copy, not the kept one
    assert shadow.compare_models(candidate, active) == first and len(compiled) == 2

    item = blocked_avatar_invitation(chat, agent)
    check_decide_review_item(auditor, item.pk, "confirm", "invites off-platform")
    assert TrainingExample.objects.count() == 1
    with_review = shadow.compare_models(candidate, active)
    assert len(compiled) == 4
    assert "recent review decisions" in with_review["candidate_figures"]


def test_a_revision_that_changes_no_rule_keeps_a_models_figures(db, monkeypatch):
    """Activating a model writes a revision of the rules without changing
    one: the figures scored before it are still those of the same rules."""
    from compliance import shadow
    from compliance.rulesets import do_bump_revision

    scored, real = [], shadow.with_model

    def counting(ruleset, spec, model):
        scored.append(model.version)
        return real(ruleset, spec, model)

    monkeypatch.setattr(shadow, "with_model", counting)
    shadow._figures.clear()
    active, _ = do_install_shipped_model()
    candidate, _ = do_register_model(shipped_with_thresholds(0.99), source="trained")
    first = shadow.compare_models(candidate, active)
    do_bump_revision("model")
    assert shadow.compare_models(candidate, active) == first
    assert sorted(scored) == sorted([candidate.version, active.version])


def test_admin_pages_never_read_a_models_artifact(client, db):
    """A model file is 13 MB: the list, change and history pages read every
    other column only, and the compare page reads artifacts only to score a
    model whose figures are not kept yet."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    do_install_shipped_model()
    candidate, _ = do_register_model(shipped_with_thresholds(0.99), source="trained")
    client.force_login(factories.make_user("admin", is_staff=True, is_superuser=True))
    base = "/admin/compliance/screeningmodel/"
    for url in (
        base,
        f"{base}{candidate.pk}/change/",
        f"{base}{candidate.pk}/history/",
    ):
        with CaptureQueriesContext(connection) as seen:
            assert client.get(url).status_code == 200
        reads = [q["sql"] for q in seen.captured_queries if '"artifact"' in q["sql"]]
        assert reads == [], url
    client.get(f"{base}{candidate.pk}/compare/")  # scores both, keeps the figures
    with CaptureQueriesContext(connection) as seen:
        assert client.get(f"{base}{candidate.pk}/compare/").status_code == 200
    assert not [q for q in seen.captured_queries if '"artifact"' in q["sql"]]


def test_a_models_page_shows_its_conversation_reader(client, db):
    shipped, _ = do_install_shipped_model()
    reader = default_model().reader
    client.force_login(factories.make_user("admin", is_staff=True, is_superuser=True))
    client.cookies["django_language"] = "en"
    page = client.get(f"/admin/compliance/screeningmodel/{shipped.pk}/change/")
    text = page.content.decode()
    assert f"Blocks at {reader.block_at}" in text
    assert f"Trained on {reader.summary['records']} messages" in text
    assert "Violations newly blocked" in text
    assert '<pre class="model-summary">' in text  # the summary, readable
    assert 'name="summary"' not in text  # and not editable
    plain = model_from_bytes(shipped_with_thresholds(0.99))
    assert plain.reader is None  # a model file without a reader
    row, _ = do_register_model(shipped_with_thresholds(0.99), source="trained")
    page = client.get(f"/admin/compliance/screeningmodel/{row.pk}/change/")
    assert "this model reads each message on its own" in page.content.decode()


def test_training_names_a_missing_or_unusable_held_out_directory(db, tmp_path):
    from django.core.management.base import CommandError

    def write_lines(folder, name, lines):
        folder.mkdir()
        (folder / name).write_text(
            "\n".join(json.dumps(line, ensure_ascii=False) for line in lines),
            encoding="utf-8",
        )
        return folder

    corpus = write_lines(
        tmp_path / "corpus",
        "toy.jsonl",
        [{"text": f"好的亲{n}", "sender": "agent", "labels": []} for n in range(8)]
        + [
            {"text": f"加我绿泡泡{n}", "sender": "agent", "labels": ["contact"]}
            for n in range(8)
        ],
    )

    def train(held_out, **options):
        call_command(
            "train_screening_model",
            corpus=str(corpus),
            held_out=str(held_out),
            out=str(tmp_path / "m.gz"),
            **options,
        )

    with pytest.raises(CommandError, match="nowhere: no directory of held-out"):
        train(tmp_path / "nowhere")
    honest = write_lines(
        tmp_path / "honest",
        "only_conversations.jsonl",
        [
            {"text": f"有货吗{n}", "sender": "buyer", "labels": [], "session": f"s{n}"}
            for n in range(6)
        ],
    )
    with pytest.raises(CommandError, match="conversation reader: .*both kinds"):
        train(honest)
    empty = tmp_path / "empty"
    empty.mkdir()
    out = StringIO()
    train(empty, stdout=out)
    assert "the model gets no conversation reader" in out.getvalue()
    assert model_from_bytes((tmp_path / "m.gz").read_bytes()).reader is None
