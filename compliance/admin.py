from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from compliance.models import (
    AllowEntry,
    PenaltyEntry,
    PlatformDomain,
    Rule,
    RuleCategory,
    RuleEntry,
    RuleSetRevision,
)
from compliance.rulesets import do_bump_revision


class RevisionOnChange:
    """Every admin change to rule data adds a revision, so processes reload it."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        verb = "changed" if change else "added"
        do_bump_revision(f"{verb} {obj._meta.model_name} {obj}", request.user)

    def delete_model(self, request, obj):
        label = f"deleted {obj._meta.model_name} {obj}"
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
