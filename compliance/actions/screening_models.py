"""The learned stage's versions: register, install the shipped one, activate.

A model file becomes a ``ScreeningModel`` row (its bytes in the database, so
every process reads the same one). The shipped model is installed by the
deploy step (``sync_screening_model``) and activated when nothing is active
yet; any later model — a newer shipped one, or one retrained with the
auditors' decisions — stays a candidate until an admin activates it after
seeing it scored beside the active one (``compliance/shadow.py``). A
candidate that does worse on any figure is activated only when the admin
confirms the list of what gets worse. Activation adds a rule-set revision, so
every process screens with it within ``RELOAD_CHECK_SECONDS``.
"""

from django.db import transaction
from django.utils import timezone

from compliance.actions.audit import do_record_audit
from compliance.engine import DEFAULT_MODEL, ModelError
from compliance.engine.model import model_from_bytes
from compliance.errors import ComplianceError
from compliance.models import ScreeningModel
from compliance.rulesets import do_bump_revision
from compliance.shadow import compare_models, worse_figures

State = ScreeningModel.State


def do_register_model(
    data: bytes, *, source: str, note: str = "", actor=None, review_examples: int = 0
) -> tuple[ScreeningModel, bool]:
    """Store a model file as a candidate (or return the row it already has).
    Raises ``ModelError`` when the bytes are not a readable model."""
    model = model_from_bytes(data, "uploaded model")
    summary = dict(model.summary)
    if model.reader is not None:  # what admins compare and activate with it
        summary["conversation_reader"] = {
            "block_at": model.reader.block_at,
            **model.reader.summary,
        }
    row, created = ScreeningModel.objects.defer("artifact").get_or_create(
        version=model.version,
        defaults={
            "source": source,
            "artifact": data,
            "summary": summary,
            "note": note[:300],
            "review_examples": review_examples,
            "created_by": actor
            if actor is not None and actor.is_authenticated
            else None,
        },
    )
    if created:
        do_record_audit(
            actor, "model.register", row, None, {"version": row.version, "note": note}
        )
    return row, created


def do_install_shipped_model() -> tuple[ScreeningModel, bool]:
    """Register the shipped model file; activate it when no model is active.
    Returns the row and whether it was activated now."""
    try:
        data = DEFAULT_MODEL.read_bytes()
    except OSError as error:
        raise ModelError(
            f"{DEFAULT_MODEL}: cannot read the screening model ({error.strerror})"
        ) from None
    row, _created = do_register_model(
        data, source=ScreeningModel.Source.SHIPPED, note="shipped with this release"
    )
    with transaction.atomic():
        if (
            ScreeningModel.objects.select_for_update()
            .filter(state=State.ACTIVE)
            .exists()
        ):
            return row, False
        _activate(row, None, "shipped model installed")
    return row, True


def _activate(row: ScreeningModel, actor, reason: str) -> None:
    before = {"active": active_version()}
    ScreeningModel.objects.filter(state=State.ACTIVE).update(state=State.RETIRED)
    row.state = State.ACTIVE
    row.activated_by = actor if actor is not None and actor.is_authenticated else None
    row.activated_at = timezone.now()
    row.save(update_fields=["state", "activated_by", "activated_at", "comparison"])
    do_record_audit(actor, "model.activate", row, before, {"active": row.version})
    do_bump_revision(f"screening model {row.version} activated: {reason}", actor)


def active_version() -> str:
    return (
        ScreeningModel.objects.filter(state=State.ACTIVE)
        .values_list("version", flat=True)
        .first()
        or ""
    )


def do_compare_model(row: ScreeningModel) -> dict:
    """Score the candidate beside the active model (evaluation sets and recent
    review decisions) and keep the figures on the row."""
    # The artifacts are read only to score a model whose figures are not
    # kept yet (compliance/shadow.py).
    active = ScreeningModel.objects.defer("artifact").filter(state=State.ACTIVE).first()
    row.comparison = compare_models(row, active)
    row.save(update_fields=["comparison"])
    return row.comparison


def check_activate_model(actor, model_id, *, accept_worse: list[str] | None = None):
    """An admin activates a candidate. The comparison is computed afresh; if the
    candidate does worse on any figure, ``accept_worse`` must name exactly
    those figures (the confirmation the admin was shown), else
    ``ComplianceError("model_worse")`` lists them."""
    if not actor.is_authenticated or not actor.is_superuser:
        raise ComplianceError("forbidden")
    row = ScreeningModel.objects.defer("artifact").filter(pk=model_id).first()
    if row is None:
        raise ComplianceError("not_found")
    if row.state == State.ACTIVE:
        raise ComplianceError("already_decided")
    comparison = do_compare_model(row)
    worse = worse_figures(comparison)
    if worse and sorted(accept_worse or []) != sorted(worse):
        raise ComplianceError("model_worse", details=worse)
    with transaction.atomic():
        locked = (
            ScreeningModel.objects.defer("artifact").select_for_update().get(pk=row.pk)
        )
        locked.comparison = comparison
        reason = "accepted worse: " + "; ".join(worse) if worse else "no figure worse"
        _activate(locked, actor, reason)
    return locked
