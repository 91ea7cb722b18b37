import pytest
from django.core.management import call_command

from chat.models import Membership, Message, Rating, Session, Store, User


@pytest.fixture(scope="module")
def _seeded_once(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo", quiet=True)


@pytest.fixture
def seeded(_seeded_once, db):
    """The demo as `seed_demo` writes it into an empty database: written once
    for the module (a week of history takes seconds), seen by every test."""


def test_seed_demo_creates_every_role_and_a_week_of_history(seeded):
    assert Store.objects.count() == 3
    assert User.objects.filter(kind=User.Kind.BUYER).count() == 20
    assert Membership.objects.filter(role="supervisor").count() == 3
    assert Membership.objects.filter(role="agent").count() == 6
    assert User.objects.filter(kind=User.Kind.AUDITOR).count() == 1
    assert User.objects.get(username="admin").is_superuser
    assert Session.objects.count() == 3 * 7 * 12
    assert Rating.objects.exists()


def test_seed_demo_is_idempotent(seeded):
    counts = (User.objects.count(), Session.objects.count(), Message.objects.count())
    call_command("seed_demo", quiet=True)
    assert (
        User.objects.count(),
        Session.objects.count(),
        Message.objects.count(),
    ) == counts


def test_seeded_messages_have_gap_free_sequences(seeded):
    for session in Session.objects.all()[:20]:
        seqs = list(session.messages.order_by("seq").values_list("seq", flat=True))
        assert seqs == list(range(1, session.last_seq + 1))


def test_seed_demo_gives_every_store_quick_phrases_and_the_tea_store_a_robot(
    seeded,
):
    from chat.models import FaqEntry, QuickPhrase

    for store in Store.objects.all():
        purposes = set(store.phrases.values_list("purpose", flat=True))
        assert purposes == {"greeting", "closing", "general"}
    assert set(FaqEntry.objects.values_list("store__slug", flat=True)) == {
        "mingxiang-tea"
    }
    call_command("seed_demo", quiet=True)
    assert QuickPhrase.objects.count() == 3 * 6
