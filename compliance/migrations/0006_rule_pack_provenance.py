"""Where rules and lexicon entries come from, so a rule-pack sync can tell the
pack's entries from the admins' (compliance.actions.rulepack).

Rows that exist already get origin "" (unsynced): the first sync takes those
the pack ships as the pack's and the rest as the admins'. New rows default to
the admins'. Rules gain `sounds_like`, filled by the first sync. This
migration changes schema only; content comes from `manage.py sync_rule_pack`.
"""

import django.db.models.deletion
from django.db import migrations, models

ORIGINS = [("", "同步前已有"), ("pack", "规则包"), ("admin", "管理员")]


def origin(default):
    return models.CharField(
        blank=True, choices=ORIGINS, default=default, max_length=8, verbose_name="来源"
    )


def provenance(model_name, version_label):
    return [
        migrations.AddField(model_name=model_name, name="origin", field=origin("")),
        migrations.AlterField(model_name=model_name, name="origin", field=origin("admin")),
        migrations.AddField(
            model_name=model_name,
            name="pack_version",
            field=models.CharField(blank=True, max_length=32, verbose_name=version_label),
        ),
    ]


def shipped_entry(model_name):
    return provenance(model_name, "加入的规则包版本") + [
        migrations.AddField(
            model_name=model_name,
            name="shipped_value",
            field=models.CharField(blank=True, max_length=500, verbose_name="规则包原文"),
        ),
        migrations.AddField(
            model_name=model_name,
            name="retired_in",
            field=models.CharField(
                blank=True, max_length=32, verbose_name="停用于规则包版本"
            ),
        ),
    ]


def shipped_snapshot(model_name):
    return migrations.AddField(
        model_name=model_name,
        name="shipped",
        field=models.JSONField(blank=True, default=dict, editable=False),
    )


class Migration(migrations.Migration):

    dependencies = [
        ("compliance", "0005_install_shipped_rules_2026_12"),
    ]

    operations = [
        shipped_snapshot("rulecategory"),
        migrations.AddField(
            model_name="rule",
            name="sounds_like",
            field=models.JSONField(blank=True, default=dict, verbose_name="谐音保护"),
        ),
        *provenance("rule", "规则包版本"),
        shipped_snapshot("rule"),
        *shipped_entry("ruleentry"),
        migrations.AddField(
            model_name="allowentry",
            name="enabled",
            field=models.BooleanField(default=True, verbose_name="启用"),
        ),
        *shipped_entry("allowentry"),
        # Labels for the lexicon pages' filters.
        migrations.AlterField(
            model_name="rule",
            name="category",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="rules",
                to="compliance.rulecategory",
                verbose_name="违规类别",
            ),
        ),
        migrations.AlterField(
            model_name="ruleentry",
            name="rule",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="entries",
                to="compliance.rule",
                verbose_name="规则",
            ),
        ),
        migrations.AlterField(
            model_name="ruleentry",
            name="kind",
            field=models.CharField(
                choices=[("term", "词条"), ("pattern", "正则")],
                default="term",
                max_length=8,
                verbose_name="类型",
            ),
        ),
    ]
