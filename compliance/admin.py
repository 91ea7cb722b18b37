from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from compliance.actions.audit import do_record_audit
from compliance.actions.penalties import do_save_sanction_policy
from compliance.models import (
    AllowEntry,
    Appeal,
    AuditLog,
    PenaltyEntry,
    PlatformDomain,
    ReviewItem,
    Rule,
    RuleCategory,
    RuleEntry,
    RuleSetRevision,
    SanctionPolicy,
)
from compliance.rulesets import do_bump_revision


def _plain(value):
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


class RevisionOnChange:
    """Every admin change to rule data adds a revision, so processes reload it."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        verb = "changed" if change else "added"
        do_bump_revision(f"{verb} {obj._meta.model_name} {obj}", request.user)
        fields = form.changed_data
        do_record_audit(
            request.user,
            f"rule.{verb}",
            obj,
            {f: _plain(form.initial.get(f)) for f in fields} if change else None,
            {f: _plain(form.cleaned_data.get(f)) for f in fields},
        )

    def delete_model(self, request, obj):
        label = f"deleted {obj._meta.model_name} {obj}"
        do_record_audit(request.user, "rule.deleted", obj, {"repr": str(obj)}, None)
        super().delete_model(request, obj)
        do_bump_revision(label, request.user)

    def delete_queryset(self, request, queryset):
        label = f"deleted {queryset.count()} {queryset.model._meta.model_name}"
        super().delete_queryset(request, queryset)
        do_bump_revision(label, request.user)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.has_changed():
            do_bump_revision(f"entries of {form.instance}", request.user)


@admin.register(RuleCategory)
class RuleCategoryAdmin(RevisionOnChange, admin.ModelAdmin):
    list_display = ("code", "name", "buyer_action", "agent_action", "points")
    list_editable = ("buyer_action", "agent_action", "points")
    readonly_fields = ("code",)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class RuleEntryInline(admin.TabularInline):
    model = RuleEntry
    extra = 3
    fields = ("kind", "value", "enabled")


@admin.register(Rule)
class RuleAdmin(RevisionOnChange, admin.ModelAdmin):
    list_display = (
        "code",
        "name",
        "category",
        "detector",
        "buyer_action",
        "agent_action",
        "points",
        "enabled",
    )
    list_filter = ("category", "enabled", "detector")
    search_fields = ("code", "name", "entries__value")
    inlines = [RuleEntryInline]


@admin.register(AllowEntry)
class AllowEntryAdmin(RevisionOnChange, admin.ModelAdmin):
    list_display = ("value", "note")
    search_fields = ("value",)


@admin.register(PlatformDomain)
class PlatformDomainAdmin(RevisionOnChange, admin.ModelAdmin):
    list_display = ("domain",)


@admin.register(RuleSetRevision)
class RuleSetRevisionAdmin(admin.ModelAdmin):
    list_display = ("label", "note", "actor", "created_at")
    readonly_fields = ("note", "actor", "created_at")

    @admin.display(description=_("版本"))
    def label(self, obj):
        return obj.label

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(PenaltyEntry)
class PenaltyEntryAdmin(admin.ModelAdmin):
    list_display = ("store", "points", "source", "reason", "issued_by", "created_at")
    list_filter = ("source", "store")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SanctionPolicy)
class SanctionPolicyAdmin(admin.ModelAdmin):
    """Thresholds are edited here; every save is audited and re-derives sanctions."""

    list_display = (
        "__str__",
        "restrict_at",
        "suspend_at",
        "block_at",
        "window_days",
        "buyer_restriction_days",
        "daily_samples",
    )
    readonly_fields = ("updated_at",)

    def has_add_permission(self, request):
        return not SanctionPolicy.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        do_save_sanction_policy(request.user, obj)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ReviewItem)
class ReviewItemAdmin(ReadOnlyAdmin):
    list_display = ("id", "kind", "state", "store", "category", "created_at")
    list_filter = ("kind", "state", "category")


@admin.register(Appeal)
class AppealAdmin(ReadOnlyAdmin):
    list_display = ("entry", "store", "state", "filed_by", "created_at")
    list_filter = ("state",)


@admin.register(AuditLog)
class AuditLogAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "actor", "action", "target_type", "target_repr")
    list_filter = ("action", "target_type")
