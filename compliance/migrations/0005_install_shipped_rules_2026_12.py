"""Once added the rules shipped in 2026-12 by reading the live data files.

Migrations change schema only; `python manage.py sync_rule_pack` now adds
what a pack ships and retires what it drops. Kept, empty, so the dependency
chain and databases that applied it stay as they are.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("compliance", "0004_review_queue_sanctions_audit")]

    operations = []
