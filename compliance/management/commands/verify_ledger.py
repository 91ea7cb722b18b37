from django.core.management.base import BaseCommand, CommandError

from compliance.ledger import verify_chain


class Command(BaseCommand):
    help = "Recompute the penalty ledger's hash chain and report any tampering."

    def handle(self, *args, **options):
        breaks = verify_chain()
        if breaks:
            for item in breaks:
                self.stderr.write(
                    f"entry {item.entry_id} (store {item.store_id}): {item.problem}"
                )
            raise CommandError(f"ledger chain broken at {len(breaks)} entr(ies)")
        self.stdout.write(self.style.SUCCESS("ledger chain intact"))
