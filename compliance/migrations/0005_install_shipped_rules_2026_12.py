from django.db import migrations


def install(apps, schema_editor):
    """Add the entries shipped since the database was created (plus signs and
    hearts as evasions, 微 + id, content-app shops, keyboard-shortcut allow
    entries); entries admins edited or disabled are left as they are."""
    from compliance.rulesets import install_default_rules

    names = ("RuleCategory", "Rule", "RuleEntry", "AllowEntry", "PlatformDomain")
    written = install_default_rules(
        {name: apps.get_model("compliance", name) for name in names}
    )
    if written:
        apps.get_model("compliance", "RuleSetRevision").objects.create(
            note=f"installed {written} shipped default entries"
        )


class Migration(migrations.Migration):
    dependencies = [("compliance", "0004_review_queue_sanctions_audit")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
