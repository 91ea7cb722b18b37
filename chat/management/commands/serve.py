from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from chat.embedded_beat import start_embedded_beat
from compliance.startup import require_screening_model


class Command(BaseCommand):
    help = (
        "Serve csc with Daphne; in the embedded mode (eager Celery, no broker) "
        "also run the periodic jobs of the beat schedule in-process."
    )

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")

    def handle(self, *args, addrport, **options):
        require_screening_model()
        if settings.CELERY_TASK_ALWAYS_EAGER:
            start_embedded_beat()
            self.stdout.write("periodic jobs run in this process (embedded mode)")
        call_command("runserver", addrport, use_reloader=False)
