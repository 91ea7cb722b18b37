from django.core.management.base import BaseCommand

from compliance.rulesets import do_bump_revision, install_default_rules


class Command(BaseCommand):
    help = (
        "Add the shipped default rules that the database lacks (new terms, allow "
        "entries, rules); entries an admin edited or disabled are left as they are."
    )

    def handle(self, *args, **options):
        written = install_default_rules()
        if written:
            do_bump_revision(f"installed {written} shipped default entries")
        self.stdout.write(self.style.SUCCESS(f"{written} new entries installed"))
