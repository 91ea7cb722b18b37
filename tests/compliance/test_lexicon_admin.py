"""The lexicon's admin pages: search, filters, bulk enable/disable, CSV out and in."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from compliance.lexicon_csv import MAX_UPLOAD_BYTES
from compliance.models import (
    AllowEntry,
    AuditLog,
    Origin,
    Rule,
    RuleCategory,
    RuleEntry,
    RuleSetRevision,
)
from compliance.rulesets import build_spec

ENTRIES = "/admin/compliance/ruleentry/"
ALLOW = "/admin/compliance/allowentry/"


@pytest.fixture
def admin_client(login, platform_admin):
    return login(platform_admin)


@pytest.fixture
def unchanged():
    """Asserts that nothing in the lexicon, its revisions or the audit changed."""

    def state():
        return (
            list(RuleEntry.objects.values_list("id", "value", "enabled", "origin")),
            list(AllowEntry.objects.values_list("id", "value", "enabled", "note")),
            RuleSetRevision.objects.count(),
            AuditLog.objects.count(),
        )

    before = state()
    return lambda: state() == before


def results(response):
    return list(response.context["cl"].result_list)


def read_csv(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def upload(client, url, text, mirror=False, name="entries.csv", raw=None):
    data = raw if raw is not None else text.encode("utf-8")
    payload = {"file": SimpleUploadedFile(name, data, content_type="text/csv")}
    if mirror:
        payload["mirror"] = "on"
    return client.post(url + "import/", payload)


def confirm(client, url, preview):
    form = preview.context["confirm"]
    return client.post(
        url + "import/",
        {
            "text": form.initial["text"],
            "mirror": "True" if form.initial["mirror"] else "",
            "fingerprint": form.initial["fingerprint"],
        },
    )


def test_entries_are_searched_by_value(admin_client):
    response = admin_client.get(ENTRIES, {"q": "薇信"})
    found = results(response)
    assert len(found) > 10
    assert all("薇信" in entry.value for entry in found)


def test_entries_are_filtered_by_rule_category_and_state(admin_client):
    wechat = Rule.objects.get(code="contact.wechat")
    response = admin_client.get(ENTRIES, {"rule__id__exact": wechat.pk})
    assert response.context["cl"].result_count == wechat.entries.count()
    payment = RuleCategory.objects.get(code="payment")
    response = admin_client.get(ENTRIES, {"rule__category__id__exact": payment.pk})
    assert response.context["cl"].result_count == (
        RuleEntry.objects.filter(rule__category=payment).count()
    )
    RuleEntry.objects.filter(rule=wechat, value="薇信").update(
        enabled=False, retired_in="v2"
    )
    retired = results(admin_client.get(ENTRIES, {"state": "retired"}))
    assert [entry.value for entry in retired] == ["薇信"]
    filters = admin_client.get(ENTRIES).context["cl"].filter_specs
    assert [str(f.title) for f in filters] == [
        "状态",
        "违规类别",
        "规则",
        "类型",
        "来源",
    ]


def test_selected_entries_are_disabled_and_enabled_with_an_audit(admin_client):
    chosen = list(
        RuleEntry.objects.filter(rule__code="contact.wechat").order_by("id")[:3]
    )
    revisions = RuleSetRevision.objects.count()
    response = admin_client.post(
        ENTRIES,
        {"action": "disable_entries", "_selected_action": [e.pk for e in chosen]},
    )
    assert response.status_code == 302
    assert not RuleEntry.objects.filter(pk__in=[e.pk for e in chosen], enabled=True)
    assert RuleSetRevision.objects.count() == revisions + 1
    audits = AuditLog.objects.filter(action="rule.changed")
    assert sorted(int(a.target_id) for a in audits) == [e.pk for e in chosen]
    assert [(a.before, a.after) for a in audits] == [
        ({"enabled": True}, {"enabled": False})
    ] * 3
    spec_terms = {term for rule in build_spec()["rules"] for term in rule["terms"]}
    assert not {e.value for e in chosen} & spec_terms
    admin_client.post(
        ENTRIES,
        {"action": "enable_entries", "_selected_action": [e.pk for e in chosen]},
    )
    assert (
        RuleEntry.objects.filter(pk__in=[e.pk for e in chosen], enabled=True).count()
        == 3
    )


def test_enabling_an_entry_the_pack_retired_makes_it_the_admins(admin_client):
    entry = RuleEntry.objects.get(rule__code="contact.wechat", value="薇信")
    RuleEntry.objects.filter(pk=entry.pk).update(enabled=False, retired_in="v2")
    admin_client.post(
        ENTRIES, {"action": "enable_entries", "_selected_action": [entry.pk]}
    )
    entry.refresh_from_db()
    assert (entry.enabled, entry.origin, entry.retired_in) == (True, Origin.ADMIN, "")


def test_shipped_entries_are_disabled_not_deleted(admin_client):
    shipped = RuleEntry.objects.get(rule__code="contact.wechat", value="薇信")
    own = RuleEntry.objects.create(rule=shipped.rule, value="蓝莓派暗号")
    response = admin_client.post(f"{ENTRIES}{shipped.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    response = admin_client.post(f"{ENTRIES}{own.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not RuleEntry.objects.filter(pk=own.pk).exists()
    assert RuleEntry.objects.filter(pk=shipped.pk).exists()
    assert AuditLog.objects.get(action="rule.deleted").before == {"repr": "蓝莓派暗号"}


def test_an_entry_with_a_bad_pattern_is_refused_by_the_form(admin_client):
    wechat = Rule.objects.get(code="contact.wechat")
    response = admin_client.post(
        f"{ENTRIES}add/",
        {"rule": wechat.pk, "kind": "pattern", "value": "(微信", "enabled": "on"},
    )
    assert response.status_code == 200
    assert "正则表达式无效" in response.content.decode()
    assert not RuleEntry.objects.filter(value="(微信").exists()


def test_export_writes_the_filtered_list_with_formulas_neutralised(admin_client):
    wechat = Rule.objects.get(code="contact.wechat")
    RuleEntry.objects.create(rule=wechat, value="=HYPERLINK(1)")
    RuleEntry.objects.create(rule=wechat, value="+v加我", enabled=False)
    response = admin_client.get(
        ENTRIES + "export/", {"rule__id__exact": wechat.pk, "q": "加我"}
    )
    assert response["Content-Disposition"] == (
        'attachment; filename="lexicon-entries.csv"'
    )
    rows = read_csv(response)
    assert rows[0] == ["rule", "kind", "value", "enabled", "origin"]
    expected = RuleEntry.objects.filter(rule=wechat, value__icontains="加我").count()
    assert len(rows) - 1 == expected
    assert all(row[0] == "contact.wechat" for row in rows[1:])
    assert ["contact.wechat", "term", "'+v加我", "false", "admin"] in rows
    unfiltered = read_csv(admin_client.get(ENTRIES + "export/", {"q": "HYPERLINK"}))
    assert unfiltered[1:] == [
        ["contact.wechat", "term", "'=HYPERLINK(1)", "true", "admin"]
    ]


def test_the_changelist_links_export_to_its_current_filter(admin_client):
    page = admin_client.get(ENTRIES, {"q": "薇信"}).content.decode()
    assert 'href="/admin/compliance/ruleentry/export/?q=%E8%96%87%E4%BF%A1"' in page
    assert 'href="/admin/compliance/ruleentry/import/"' in page


def test_import_previews_exactly_what_changes_then_applies_it(admin_client, unchanged):
    text = (
        "rule,kind,value,enabled\n"
        "contact.wechat,term,蓝莓派暗号,true\n"
        "contact.wechat,term,薇信,false\n"
        "contact.wechat,term,威信,true\n"
        "address.store,pattern,蓝莓路[0-9]+号,\n"
        "contact.wechat,term,'+v蓝莓,yes\n"
    )
    preview = upload(admin_client, ENTRIES, text)
    assert preview.status_code == 200
    assert preview.context["added"] == [
        ["contact.wechat", "term", "蓝莓派暗号", True],
        ["address.store", "pattern", "蓝莓路[0-9]+号", True],
        ["contact.wechat", "term", "+v蓝莓", True],
    ]
    assert preview.context["changed"] == [
        (("contact.wechat", "term", "薇信"), {"enabled": True}, {"enabled": False})
    ]
    assert preview.context["disabled"] == []
    assert preview.context["plan"].unchanged == 1
    page = preview.content.decode()
    assert "新增 3 条，修改 1 条，停用 0 条；1 条与现有一致" in page
    assert "蓝莓派暗号" in page
    assert unchanged()

    response = confirm(admin_client, ENTRIES, preview)
    assert response.status_code == 302
    assert response["Location"] == ENTRIES
    added = RuleEntry.objects.get(rule__code="contact.wechat", value="蓝莓派暗号")
    assert (added.origin, added.enabled) == (Origin.ADMIN, True)
    assert RuleEntry.objects.get(value="+v蓝莓").origin == Origin.ADMIN
    assert not RuleEntry.objects.get(rule__code="contact.wechat", value="薇信").enabled
    assert AuditLog.objects.filter(action="rule.added").count() == 3
    assert AuditLog.objects.filter(action="rule.changed").count() == 1
    assert RuleSetRevision.objects.order_by("-id").first().note == (
        "imported ruleentry CSV: 3 added, 1 changed, 0 disabled"
    )


def test_import_with_mirror_disables_the_rules_entries_the_file_leaves_out(
    admin_client,
):
    rule = Rule.objects.get(code="political.sensitive")
    kept = list(rule.entries.values_list("value", flat=True)[:2])
    text = "rule,value\n" + "".join(f"political.sensitive,{v}\n" for v in kept)
    preview = upload(admin_client, ENTRIES, text, mirror=True)
    left_out = rule.entries.count() - 2
    assert len(preview.context["disabled"]) == left_out
    assert preview.context["added"] == []
    assert all(key[0] == "political.sensitive" for key in preview.context["disabled"])
    confirm(admin_client, ENTRIES, preview)
    assert set(rule.entries.filter(enabled=True).values_list("value", flat=True)) == (
        set(kept)
    )
    assert (
        RuleEntry.objects.filter(rule__code="contact.wechat", enabled=False).count()
        == 0
    )


def test_an_exported_file_imports_back_as_no_change(admin_client):
    wechat = Rule.objects.get(code="contact.wechat")
    RuleEntry.objects.create(rule=wechat, value="-加我v")
    exported = admin_client.get(ENTRIES + "export/", {"rule__id__exact": wechat.pk})
    preview = upload(admin_client, ENTRIES, "", raw=exported.content)
    assert preview.status_code == 200
    assert preview.context["plan"].is_empty
    assert preview.context["plan"].unchanged == wechat.entries.count()
    assert "确认导入" not in preview.content.decode()


def test_a_preview_gone_stale_is_shown_again_not_applied(admin_client):
    preview = upload(
        admin_client, ENTRIES, "rule,value,enabled\ncontact.wechat,薇信,false\n"
    )
    RuleEntry.objects.filter(rule__code="contact.wechat", value="薇信").update(
        enabled=False
    )
    revisions = RuleSetRevision.objects.count()
    response = confirm(admin_client, ENTRIES, preview)
    assert response.status_code == 200
    assert "预览之后词条已有变动" in response.content.decode()
    assert response.context["plan"].is_empty
    assert RuleSetRevision.objects.count() == revisions


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("rule,word\ncontact.wechat,x\n", "缺少列：value"),
        ("rule,value,colour\ncontact.wechat,x,red\n", "未知的列：colour"),
        ("rule,value\ncontact.nope,x\n", "第 2 行：没有编码为“contact.nope”的规则"),
        (
            "rule,kind,value\naddress.store,pattern,(仓库\n",
            "第 2 行：正则表达式无效：missing ), unterminated subpattern",
        ),
        ("rule,kind,value\ncontact.wechat,regex,x\n", "kind 应为 term 或 pattern"),
        ("rule,value,enabled\ncontact.wechat,x,maybe\n", "enabled 应为 true 或 false"),
        ("rule,value\ncontact.wechat,！！\n", "第 2 行：归一化后为空"),
        ("rule,value\ncontact.wechat,x\ncontact.wechat,x\n", "第 3 行：与第 2 行重复"),
        ("rule,value\ncontact.wechat,x,y\n", "第 2 行：应有 2 列，实有 3 列"),
        ("", "所提交的是空文件"),
        ("rule,value\n", "文件中没有词条"),
    ],
)
def test_a_bad_file_is_refused_with_its_problem_and_changes_nothing(
    admin_client, unchanged, text, problem
):
    response = upload(admin_client, ENTRIES, text)
    assert response.status_code == 400
    page = response.content.decode()
    assert "文件未导入，没有任何改动" in page
    assert problem in page
    assert unchanged()


def test_a_file_not_in_utf8_is_refused(admin_client, unchanged):
    gbk = "rule,value\ncontact.wechat,蓝莓派暗号\n".encode("gbk")
    response = upload(admin_client, ENTRIES, "", raw=gbk)
    assert response.status_code == 400
    assert "文件不是 UTF-8 编码" in response.content.decode()
    assert unchanged()


def test_an_oversized_file_is_refused(admin_client, unchanged):
    big = b"rule,value\n" + b"contact.wechat,x\n" * (MAX_UPLOAD_BYTES // 17 + 1)
    response = upload(admin_client, ENTRIES, "", raw=big)
    assert response.status_code == 400
    assert "文件超过 2 MB" in response.content.decode()
    assert unchanged()


def test_a_tampered_confirmation_is_checked_again(admin_client, unchanged):
    response = admin_client.post(
        ENTRIES + "import/",
        {"text": "rule,value\ncontact.nope,x\n", "mirror": "", "fingerprint": "x"},
    )
    assert response.status_code == 400
    assert "没有编码为“contact.nope”的规则" in response.content.decode()
    assert unchanged()


def test_only_admins_with_rights_import_and_export(login, auditor, agent):
    for user in (auditor, agent):
        client = login(user)
        assert client.get(ENTRIES + "export/").status_code == 403
        assert client.get(ENTRIES + "import/").status_code == 403


def test_allow_words_import_with_notes_and_mirror(admin_client):
    enabled_before = AllowEntry.objects.filter(enabled=True).count()
    text = "value,note\nqq糖,糖果类目\n蓝莓派,新品\n"
    preview = upload(admin_client, ALLOW, text, mirror=True)
    assert preview.context["added"] == [["蓝莓派", "新品", True]]
    assert preview.context["changed"] == [
        (("qq糖",), {"note": ""}, {"note": "糖果类目"})
    ]
    assert len(preview.context["disabled"]) == enabled_before - 1
    confirm(admin_client, ALLOW, preview)
    assert set(
        AllowEntry.objects.filter(enabled=True).values_list("value", flat=True)
    ) == {
        "qq糖",
        "蓝莓派",
    }
    assert sorted(build_spec()["allow"]) == ["qq糖", "蓝莓派"]


def test_allow_words_export_and_search(admin_client):
    response = admin_client.get(ALLOW, {"q": "qq"})
    assert all("qq" in entry.value for entry in results(response))
    rows = read_csv(admin_client.get(ALLOW + "export/", {"q": "qq糖"}))
    assert rows[0] == ["value", "note", "enabled", "origin"]
    assert ["qq糖", "", "true", "pack"] in rows[1:]


def test_a_disabled_allow_word_no_longer_excuses_a_term(admin_client):
    from compliance.engine import compile_ruleset, screen

    assert (
        screen(compile_ruleset(build_spec()), "QQ糖还有货吗", "buyer").violations == ()
    )
    qq = AllowEntry.objects.filter(value__in=["qq糖"])
    admin_client.post(
        ALLOW, {"action": "disable_entries", "_selected_action": [e.pk for e in qq]}
    )
    verdict = screen(compile_ruleset(build_spec()), "QQ糖还有货吗", "buyer")
    assert [v.category for v in verdict.violations] == ["contact"]
