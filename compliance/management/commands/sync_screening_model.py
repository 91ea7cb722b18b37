from django.core.management.base import BaseCommand, CommandError

from compliance.actions.screening_models import do_install_shipped_model
from compliance.engine import ModelError


class Command(BaseCommand):
    help = (
        "Register the shipped screening model; activate it when no model is active "
        "yet (a newer shipped model waits as a candidate for an admin). Deploys run it."
    )

    def handle(self, *args, **options):
        try:
            row, activated = do_install_shipped_model()
        except ModelError as error:
            raise CommandError(str(error)) from None
        state = "activated" if activated else row.get_state_display()
        self.stdout.write(self.style.SUCCESS(f"screening model {row.version}: {state}"))
