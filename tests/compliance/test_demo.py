from chat.demo import seed
from compliance.demo import seed_compliance_demo
from compliance.ledger import verify_chain
from compliance.models import Appeal, PenaltyEntry, ReviewItem, Rule


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


def test_seeded_violations_name_rules_of_the_pack(db):
    """Pages show a rule by its name; a seeded code outside the pack showed as
    a bare code (platform.other_marketplace)."""
    seed(days=2, sessions_per_day=4)
    seed_compliance_demo()
    known = set(Rule.objects.values_list("code", flat=True))
    used = {
        v["rule"]
        for violations in ReviewItem.objects.values_list("violations", flat=True)
        for v in violations
    }
    assert used and used <= known
