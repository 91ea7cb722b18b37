"""python manage.py import_chatlog FILE — JSON Lines of chat events (docs/metrics.md)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from metrics.chatlog import do_import_chatlog, read_chatlog

MAX_ERRORS_SHOWN = 100


class Command(BaseCommand):
    help = "Import a JSON Lines chat log; nothing is imported if any line is bad."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        on_terminal = self.stdout.isatty()
        try:
            with open(file, encoding="utf-8") as handle:
                lines = tqdm(
                    handle, desc=_("检查"), unit=_("行"), disable=not on_terminal
                )
                log = read_chatlog(lines)
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(
                _("无法读取 %(file)s：%(error)s") % {"file": file, "error": error}
            ) from error
        if log.errors:
            shown = log.errors[:MAX_ERRORS_SHOWN]
            if len(log.errors) > MAX_ERRORS_SHOWN:
                shown.append(
                    _("……另有 %(count)d 处错误") % {"count": len(log.errors) - MAX_ERRORS_SHOWN}
                )
            raise CommandError(
                _("%(file)s 有 %(count)d 处错误，未导入任何内容：")
                % {"file": file, "count": len(log.errors)}
                + "\n"
                + "\n".join(shown)
            )
        with tqdm(
            total=len(log.sessions), desc=_("导入"), unit=_("会话"), disable=not on_terminal
        ) as progress:
            summary = do_import_chatlog(log, progress)
        self.stdout.write(
            _("已导入 %(sessions)d 个会话（新建 %(created)d，更新 %(replaced)d），%(messages)d 条消息，%(ratings)d 条评价。")
            % summary.__dict__
        )
