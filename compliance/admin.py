from django import forms
from django.contrib import admin
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from compliance import lexicon_admin  # noqa: F401  (registers the lexicon pages)
from compliance.actions.penalties import do_save_sanction_policy
from compliance.admin_changes import RevisionOnChange
from compliance.audit_display import audit_row
from compliance.labels import category_label
from compliance.ledger import entry_reason
from compliance.models import (
    Appeal,
    AuditLog,
    PenaltyEntry,
    PlatformDomain,
    ReviewItem,
    Rule,
    RuleCategory,
    RuleSetRevision,
    SanctionPolicy,
)
from compliance.rule_texts import localize
from compliance.sounds_like import SoundsLikeField


@admin.register(RuleCategory)
class RuleCategoryAdmin(RevisionOnChange, admin.ModelAdmin):
    list_display = (
        "code",
        "name",
        "buyer_action",
        "agent_action",
        "points",
        "block_threshold",
        "flag_threshold",
    )
    list_editable = (
        "buyer_action",
        "agent_action",
        "points",
        "block_threshold",
        "flag_threshold",
    )
    readonly_fields = ("code",)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class RuleForm(forms.ModelForm):
    sounds_like = SoundsLikeField(label=_("谐音保护"))

    class Meta:
        model = Rule
        fields = (
            "code",
            "category",
            "name",
            "suggestion",
            "buyer_action",
            "agent_action",
            "points",
            "detector",
            "enabled",
            "sounds_like",
        )


@admin.register(Rule)
class RuleAdmin(RevisionOnChange, admin.ModelAdmin):
    """A rule's own fields; its lexicon entries (hundreds for the app and
    platform rules) are listed and edited on the entries' page, linked here."""

    form = RuleForm
    list_display = (
        "code",
        "shown_name",
        "category",
        "detector",
        "buyer_action",
        "agent_action",
        "points",
        "enabled",
        "entries_link",
        "origin",
    )
    list_filter = ("category", "enabled", "detector", "origin")
    search_fields = ("code", "name")
    fields = (
        "code",
        "category",
        "name",
        "suggestion",
        "buyer_action",
        "agent_action",
        "points",
        "detector",
        "enabled",
        "sounds_like",
        "entries_link",
        "origin",
        "pack_version",
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("category")
            .annotate(
                entry_total=Count("entries"),
                entry_enabled=Count("entries", filter=Q(entries__enabled=True)),
            )
        )

    def get_readonly_fields(self, request, obj=None):
        readonly = ("entries_link", "origin", "pack_version")
        # The code is how a rule-pack sync finds a shipped rule.
        return readonly + ("code",) if obj is not None else readonly

    @admin.display(description=_("名称"), ordering="name")
    def shown_name(self, obj):
        """A shipped name in the reader's language; an admin's as written (the
        form edits the stored text)."""
        return localize(obj.name)

    @admin.display(description=_("词条"), ordering="entry_total")
    def entries_link(self, obj):
        if obj.pk is None:
            return "—"
        url = reverse("admin:compliance_ruleentry_changelist")
        return format_html(
            '<a href="{}?rule__id__exact={}">{}</a>',
            url,
            obj.pk,
            _("%(total)s 条（启用 %(enabled)s 条）")
            % {"total": obj.entry_total, "enabled": obj.entry_enabled},
        )


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
    list_display = (
        "store",
        "points",
        "source",
        "reason_label",
        "issued_by",
        "created_at",
    )
    list_filter = ("source", "store")
    fields = [
        "reason_label" if field.name == "reason" else field.name
        for field in PenaltyEntry._meta.fields
        if field.name != "id"
    ]
    readonly_fields = fields

    @admin.display(description=_("原因"))
    def reason_label(self, entry):
        return entry_reason(entry)

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


class CategoryFilter(admin.SimpleListFilter):
    """Review items by category, named as the consoles name them."""

    title = _("违规类别")
    parameter_name = "category"

    def lookups(self, request, model_admin):
        codes = (
            ReviewItem.objects.exclude(category="")
            .values_list("category", flat=True)
            .distinct()
            .order_by("category")
        )
        return [(code, category_label(code)) for code in codes]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(category=self.value())
        return queryset


@admin.register(ReviewItem)
class ReviewItemAdmin(ReadOnlyAdmin):
    list_display = ("id", "kind", "state", "store", "category_name", "created_at")
    list_filter = ("kind", "state", CategoryFilter)

    @admin.display(description=_("违规类别"), ordering="category")
    def category_name(self, item):
        return category_label(item.category) or "-"


@admin.register(Appeal)
class AppealAdmin(ReadOnlyAdmin):
    list_display = ("entry", "store", "state", "filed_by", "created_at")
    list_filter = ("state",)


@admin.register(AuditLog)
class AuditLogAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "actor", "action_label", "target_label", "action")
    list_filter = ("action", "target_type")
    fields = (
        "created_at",
        "actor",
        "action_label",
        "action",
        "target_label",
        "target_type",
        "target_id",
        "before",
        "after",
    )
    readonly_fields = fields

    # target_repr keeps the object's name in the language it was written in.
    @admin.display(description=_("操作"))
    def action_label(self, log):
        return audit_row(log).action

    @admin.display(description=_("对象"))
    def target_label(self, log):
        return audit_row(log).target


# The learned stage's versions and examples have an admin module of their own.
from compliance import screening_admin  # noqa: E402, F401
