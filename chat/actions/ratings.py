"""The buyer's rating of a closed session: appended, the last one counts."""

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chat.actions.errors import ChatError
from chat.events import rated_event, send_event_on_commit, store_group, user_group
from chat.models import Rating, Session
from chat.selectors import access_session

MAX_COMMENT = 500


def check_rate_session(user, session_id, score, comment="") -> Rating:
    if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
        raise ChatError("bad_frame", _("score 必须是 1 到 5 的整数。"))
    if comment is None:
        comment = ""
    if not isinstance(comment, str):
        raise ChatError("bad_frame", _("comment 必须是字符串。"))
    comment = comment.strip()
    if len(comment) > MAX_COMMENT:
        raise ChatError("too_long", _("评价内容过长：最多 500 个字。"))
    session = access_session(user, session_id)
    if session.buyer_id != user.pk:
        raise ChatError("forbidden", session=session.pk)
    if session.state != Session.State.CLOSED:
        raise ChatError("session_open", session=session.pk)
    if not rating_open(session):
        raise ChatError("rating_closed", session=session.pk)
    return do_rate_session(session, score, comment)


def rating_deadline(session: Session):
    """Until when the buyer may rate the closed `session` or change the rating."""
    if session.closed_at is None:
        return None
    return session.closed_at + dt.timedelta(days=settings.RATING_CHANGE_DAYS)


def rating_open(session: Session, now=None) -> bool:
    deadline = rating_deadline(session)
    return deadline is not None and (now or timezone.now()) < deadline


def do_rate_session(session: Session, score: int, comment: str) -> Rating:
    with transaction.atomic():
        rating = Rating.objects.create(
            session=session, score=score, comment=comment, created_at=timezone.now()
        )
        send_event_on_commit(
            [store_group(session.store_id), user_group(session.buyer_id)],
            rated_event(session.pk, rating.pk, score, comment),
        )
    return rating
