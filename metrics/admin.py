from django.contrib import admin

from metrics.actions import do_update_thresholds
from metrics.corrections import do_remove_exempt_day, do_set_exempt_day
from metrics.models import (
    ExemptDay,
    MetricResult,
    RatingAppeal,
    ThresholdChange,
    Thresholds,
)

THRESHOLD_FIELDS = [
    "no_service_max",
    "reply_3min_min",
    "avg_response_max_seconds",
    "dissatisfaction_max",
    "points_per_failure",
]


@admin.register(Thresholds)
class ThresholdsAdmin(admin.ModelAdmin):
    """The one row of thresholds; saving goes through the audited action."""

    fields = THRESHOLD_FIELDS
    list_display = ["__str__", *THRESHOLD_FIELDS, "updated_at"]

    def has_add_permission(self, request):
        return not Thresholds.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        values = {name: form.cleaned_data[name] for name in THRESHOLD_FIELDS}
        saved = do_update_thresholds(values, actor=request.user)
        obj.pk = saved.pk


@admin.register(ThresholdChange)
class ThresholdChangeAdmin(admin.ModelAdmin):
    list_display = ["created_at", "changed_by", "before", "after"]
    readonly_fields = ["created_at", "changed_by", "before", "after"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(MetricResult)
class MetricResultAdmin(admin.ModelAdmin):
    list_display = [
        "store",
        "period",
        "period_start",
        "no_service_rate",
        "reply_3min_rate",
        "avg_response_seconds",
        "dissatisfaction_rate",
        "passed",
    ]
    list_filter = ["period", "passed", "period_start"]
    search_fields = ["store__slug", "store__name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # Results are the evidence behind penalty points: only a re-run replaces them.
        return False


@admin.register(ExemptDay)
class ExemptDayAdmin(admin.ModelAdmin):
    """Days not assessed; adding or deleting one goes through the audited
    action, which computes the affected periods again."""

    fields = ["day", "store", "reason"]
    list_display = ["day", "store", "reason", "created_by", "created_at"]
    list_filter = ["store"]

    def has_change_permission(self, request, obj=None):
        return obj is None

    def save_model(self, request, obj, form, change):
        saved = do_set_exempt_day(
            request.user,
            form.cleaned_data["day"],
            form.cleaned_data["store"],
            form.cleaned_data["reason"],
        )
        obj.pk = saved.pk

    def delete_model(self, request, obj):
        do_remove_exempt_day(request.user, obj)

    def delete_queryset(self, request, queryset):
        for exempt in queryset:
            do_remove_exempt_day(request.user, exempt)


@admin.register(RatingAppeal)
class RatingAppealAdmin(admin.ModelAdmin):
    """Read-only: auditors decide on /platform/rating-appeals/."""

    list_display = ["rating", "store", "ground", "state", "filed_by", "created_at"]
    list_filter = ["state", "ground"]
    readonly_fields = [f.name for f in RatingAppeal._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
