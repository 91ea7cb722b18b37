"""The chat JSON API: message history and image upload (answers like the socket)."""

from asgiref.sync import sync_to_async
from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from chat import frames, selectors
from chat.actions.errors import ChatError
from chat.actions.send import check_image_sender, check_send_image
from chat.images import image_response, validate_image
from chat.visibility import reader_of
from compliance.screening import ImageRejected, aread_chat_image

STATUS = {
    "login_required": 401,
    "forbidden": 403,
    "not_found": 404,
    "session_closed": 409,
    "store_unavailable": 409,
    "buyer_restricted": 403,
    "client_msg_id_conflict": 409,
}


def _error(error: ChatError, ref=None, session=None) -> JsonResponse:
    return JsonResponse(
        frames.error_frame(error, ref=ref, session=session),
        status=STATUS.get(error.code, 400),
    )


@require_GET
def session_messages(request, session_id):
    """GET ?after_seq=N: the `history` frame of docs/protocol.md as JSON."""
    if not request.user.is_authenticated:
        return _error(ChatError("login_required"))
    try:
        after_seq = int(request.GET.get("after_seq", "0"))
        if after_seq < 0:
            raise ValueError
    except ValueError:
        return _error(ChatError("bad_frame", _("after_seq 必须是非负整数。")))
    try:
        session, reader, rows = selectors.history_payloads(
            request.user, session_id, after_seq
        )
    except ChatError as error:
        return _error(error, session=session_id)
    return JsonResponse(
        {
            "type": "history",
            "session": session.pk,
            "messages": frames.render_messages(rows, reader),
            "last_seq": session.last_seq,
            "buyer_read_seq": session.buyer_read_seq,
            "agent_read_seq": session.agent_read_seq,
        }
    )


@require_POST
async def upload_image(request, session_id):
    """Multipart `image` + `client_msg_id`: read, screened, stored and delivered;
    answers the ack. The image is read (OCR) on the OCR's own threads, so that
    neither the event loop nor the thread of the process's sync views waits
    for it."""
    user = await request.auser()
    if not user.is_authenticated:
        return _error(ChatError("login_required"))
    client_msg_id = request.POST.get("client_msg_id", "")
    try:
        data, extension = await sync_to_async(validate_image, thread_sensitive=False)(
            request.FILES.get("image")
        )
        message = await sync_to_async(check_image_sender)(
            user, session_id, client_msg_id
        )
        if message is None:
            try:
                reading = await aread_chat_image(data)
            except ImageRejected:
                raise ChatError("bad_image") from None
            message = await sync_to_async(check_send_image)(
                user, session_id, client_msg_id, data, extension, reading
            )
    except ChatError as error:
        return _error(error, ref=client_msg_id or "image", session=session_id)
    return JsonResponse(await sync_to_async(_ack)(user, message))


@require_GET
def session_explanations(request, session_id):
    """The acks of the user's own screened messages in a session (blocked or
    masked), so a reloaded page shows why again, as the live ack did."""
    if not request.user.is_authenticated:
        return _error(ChatError("login_required"))
    try:
        session = selectors.access_session(request.user, session_id)
    except ChatError as error:
        return _error(error, session=session_id)
    reader = reader_of(request.user, session)
    screened = session.messages.filter(
        sender=request.user, verdict__in=["block", "mask"]
    ).order_by("created_at", "id")
    return JsonResponse(
        {
            "acks": [
                frames.ack_frame(selectors.message_ack_payload(m), reader)
                for m in screened
            ]
        }
    )


def _ack(user, message) -> dict:
    reader = reader_of(user, message.session)
    return frames.ack_frame(selectors.message_ack_payload(message), reader)


@require_GET
def message_image(request, message_id):
    """The bytes of an image message, for the people who may see it."""
    if not request.user.is_authenticated:
        return _error(ChatError("login_required"))
    try:
        message = selectors.access_message_image(request.user, message_id)
    except ChatError as error:
        return _error(error)
    return image_response(message)
