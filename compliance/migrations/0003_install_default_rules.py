"""Once installed the shipped rules by reading the live data files.

Migrations change schema only; the shipped rules now come from the rule pack
through `python manage.py sync_rule_pack`, which every deploy runs after
`migrate`. Kept, empty, so the dependency chain and databases that applied it
stay as they are.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("compliance", "0002_screening_rules")]

    operations = []
