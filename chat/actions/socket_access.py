"""Open sockets follow what their user may do.

A websocket is authenticated once, when it opens; these actions tell a user's
open sockets that this changed, after commit, through the user's group: a
logout closes the sockets of that login (4401), and a deactivation, a role
change or a removal from the store makes every socket of the user check the
database again and close (4401 or 4403) when it no longer acts as it did. The
consumer also checks the database before every action, so a lost event never
lets an old socket act.
"""

from chat.events import access_event, login_digest, send_event_on_commit, user_group


def do_close_login_sockets(user_id: int, session_key: str | None) -> None:
    """The user logged out of one Django session: close the sockets it opened."""
    digest = login_digest(session_key)
    if digest is not None:
        send_event_on_commit(user_group(user_id), access_event(digest))


def do_recheck_user_sockets(user_id: int) -> None:
    """The user's account, role or store changed: their sockets check again."""
    send_event_on_commit(user_group(user_id), access_event())
