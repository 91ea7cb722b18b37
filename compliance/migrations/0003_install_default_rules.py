from django.db import migrations


def install(apps, schema_editor):
    from compliance.rulesets import install_default_rules

    names = ("RuleCategory", "Rule", "RuleEntry", "AllowEntry", "PlatformDomain")
    install_default_rules({name: apps.get_model("compliance", name) for name in names})
    apps.get_model("compliance", "RuleSetRevision").objects.create(
        note="shipped default rule set"
    )


class Migration(migrations.Migration):
    dependencies = [("compliance", "0002_screening_rules")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
