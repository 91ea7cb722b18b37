from django.db import migrations

# Replaced by a pattern that skips "仓库在打包，预计3号发出"-style shop talk.
SUPERSEDED = {
    "address.store": [
        r"(?:实体店|门店|店铺|仓库|档口|工厂|厂家|公司|店面)(?:地址)?(?:在|是|位于)"
        r"[\u4e00-\u9fff0-9]{2,20}(?:路|街|大道|巷|弄|号|楼|大厦|市场|广场)"
    ]
}


def install(apps, schema_editor):
    """Add the entries shipped since the database was created (微 + id, group
    numbers, other apps' ids, content-app shops, a shop 在 a street or mall;
    allow entries for keyboard shortcuts and "仓库在发货"-style shop talk) and
    drop the shipped patterns they replace; entries admins added, edited or
    disabled are left as they are."""
    from compliance.rulesets import install_default_rules

    names = ("RuleCategory", "Rule", "RuleEntry", "AllowEntry", "PlatformDomain")
    models = {name: apps.get_model("compliance", name) for name in names}
    removed = 0
    for code, patterns in SUPERSEDED.items():
        removed += (
            models["RuleEntry"]
            .objects.filter(rule__code=code, kind="pattern", value__in=patterns)
            .delete()[0]
        )
    written = install_default_rules(models)
    if written or removed:
        apps.get_model("compliance", "RuleSetRevision").objects.create(
            note=f"installed {written} shipped default entries, "
            f"removed {removed} superseded"
        )


class Migration(migrations.Migration):
    dependencies = [("compliance", "0004_review_queue_sanctions_audit")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
