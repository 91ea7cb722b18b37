from chat.demo import seed
from compliance.demo import seed_compliance_demo
from compliance.ledger import verify_chain
from compliance.models import Appeal, PenaltyEntry, ReviewItem


def test_compliance_demo_is_idempotent_and_realistic(db):
    seed(days=2, sessions_per_day=4)
    created = seed_compliance_demo()
    kinds = sorted(ReviewItem.objects.values_list("kind", "state"))
    assert created == len(kinds)
    assert seed_compliance_demo() == 0
    assert ReviewItem.objects.count() == created
    messages = [k for k in kinds if k[0] != "sample"]
    assert messages == [
        ("blocked", "confirmed"),
        ("blocked", "pending"),
        ("dispute", "pending"),
        ("flagged", "confirmed"),
        ("flagged", "pending"),
        ("masked", "pending"),
        ("report", "pending"),
    ]
    assert 1 <= len(kinds) - len(messages) <= 12
    assert sorted(PenaltyEntry.objects.values_list("source", "points")) == [
        ("manual", 3),
        ("violation", 2),
        ("violation", 2),
    ]
    assert Appeal.objects.get().state == "pending"
    assert verify_chain() == []
