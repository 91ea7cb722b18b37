from django.core.management.base import BaseCommand

from chat.demo import DEMO_PASSWORD, seed
from compliance.demo import seed_compliance_demo


class Command(BaseCommand):
    help = "Create demo stores, people and a week of chat history (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7)
        parser.add_argument("--quiet", action="store_true")

    def handle(self, *args, days, quiet, **options):
        logins = seed(days=days)
        seed_compliance_demo()
        if quiet:
            return
        self.stdout.write(
            self.style.SUCCESS("Demo data ready. Logins (password for all):")
        )
        self.stdout.write(f"  password: {DEMO_PASSWORD}")
        for username, role in logins:
            self.stdout.write(f"  {username:<20} {role}")
