from django.core.management.base import BaseCommand

from compliance.actions.rulepack import LexiconDiff, RecordDiff, do_sync_rule_pack

LISTED = 20  # values shown per list at verbosity 1; all at 2


class Command(BaseCommand):
    help = (
        "Sync the shipped rule pack into the database: add what it ships, retire "
        "what it dropped, leave admins' entries and edits alone. Deploys run it "
        "after migrate."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print what would change and write nothing.",
        )

    def handle(self, *args, dry_run, verbosity, **options):
        plan = do_sync_rule_pack(dry_run=dry_run)
        if verbosity == 0:
            return
        self.limit = None if verbosity > 1 else LISTED
        heading = f"Rule pack {plan.version}"
        if dry_run:
            heading += " (dry run: nothing written)"
        self.stdout.write(self.style.MIGRATE_HEADING(heading))
        for category in plan.categories:
            self.record(f"category {category.code}", category)
        for rule in plan.rules:
            self.record(f"rule {rule.record.code}", rule.record, rule.entries)
        self.lexicon("allow list", plan.allow)
        if plan.domains:
            self.stdout.write(f"platform domains: + {', '.join(plan.domains)}")
        if plan.writes:
            summary = plan.headline()
        else:
            kept = plan.totals().get("kept")
            summary = "already in sync" + (f" ({kept} kept)" if kept else "")
        self.stdout.write(self.style.SUCCESS(f"{plan.version}: {summary}"))

    def record(self, title, diff: RecordDiff, entries: LexiconDiff | None = None):
        lines = []
        if diff.created:
            lines.append("new")
        elif diff.retired:
            lines.append("retired: no longer shipped, disabled")
        if diff.adopted:
            lines.append(f"origin set to {diff.adopted}")
        for name, (old, new) in diff.updated.items():
            lines.append(f"~ {name}: {old!r} → {new!r}")
        for name, (here, pack) in diff.kept.items():
            lines.append(f"= {name}: kept as edited {here!r} (pack: {pack!r})")
        if entries is not None:
            lines += self.entry_lines(entries)
        if lines:
            self.stdout.write(f"{title}  {diff.name}")
            for line in lines:
                self.stdout.write(f"  {line}")

    def lexicon(self, title, diff: LexiconDiff):
        lines = self.entry_lines(diff)
        if lines:
            self.stdout.write(title)
            for line in lines:
                self.stdout.write(f"  {line}")

    def entry_lines(self, diff: LexiconDiff) -> list[str]:
        lines = []
        for sign, name, changes in (
            ("+", "added", diff.added),
            ("+", "restored", diff.restored),
            ("-", "retired", diff.retired),
            ("=", "kept as edited", diff.kept),
        ):
            shown = changes if self.limit is None else changes[: self.limit]
            for change in shown:
                why = f": {change.reason}" if change.reason else ""
                lines.append(f"{sign} {change.value} ({change.kind}, {name}{why})")
            if len(changes) > len(shown):
                lines.append(f"{sign} … {len(changes) - len(shown)} more {name}")
        for name, changes in (
            ("pack", diff.adopted_by_pack),
            ("admin", diff.adopted_by_admin),
        ):
            if changes:
                lines.append(f"· {len(changes)} existing entries recorded as {name}")
        return lines
