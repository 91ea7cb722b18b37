"""The lexicon's admin pages: rule entries and allow words, with CSV in and out.

Each list searches, filters (rule, category, kind, state, origin), enables and
disables in bulk, exports what it shows as CSV and imports a CSV after a
preview of exactly what it adds, changes and disables. Every change is
audited and adds a revision (compliance.actions.rules).
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from compliance.actions.rules import do_import_lexicon, do_set_entries_enabled
from compliance.admin_changes import RevisionOnChange
from compliance.csv_safe import csv_download
from compliance.lexicon_csv import (
    LEXICONS,
    MAX_UPLOAD_BYTES,
    CsvRejected,
    plan_lexicon_import,
    read_upload,
)
from compliance.models import AllowEntry, Origin, RuleEntry


class StateFilter(admin.SimpleListFilter):
    title = gettext_lazy("状态")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("enabled", gettext_lazy("启用")),
            ("disabled", gettext_lazy("已停用")),
            ("retired", gettext_lazy("规则包已移除")),
            ("edited", gettext_lazy("改过的规则包词条")),
        ]

    def queryset(self, request, queryset):
        match self.value():
            case "enabled":
                return queryset.filter(enabled=True)
            case "disabled":
                return queryset.filter(enabled=False, retired_in="")
            case "retired":
                return queryset.exclude(retired_in="")
            case "edited":
                return queryset.filter(origin=Origin.PACK).exclude(
                    value=F("shipped_value")
                )
        return queryset


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("CSV 文件"))
    mirror = forms.BooleanField(
        label=gettext_lazy("停用文件中未列出的词条"),
        help_text=gettext_lazy(
            "词条：仅限文件中出现的规则；白名单：全部。停用前会先列出。"
        ),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("UTF-8 编码，不超过 %(limit)s MB。") % {
            "limit": MAX_UPLOAD_BYTES // (1024 * 1024)
        }


class ConfirmForm(forms.Form):
    text = forms.CharField(widget=forms.HiddenInput, strip=False)
    mirror = forms.BooleanField(widget=forms.HiddenInput, required=False)
    fingerprint = forms.CharField(widget=forms.HiddenInput)


class LexiconAdmin(RevisionOnChange, admin.ModelAdmin):
    change_list_template = "admin/compliance/lexicon/change_list.html"
    actions = ["enable_entries", "disable_entries", "delete_selected"]
    list_per_page = 100
    readonly_fields = ("origin", "pack_version", "shipped_value", "retired_in")

    @property
    def lexicon(self):
        return LEXICONS[self.opts.model_name]

    def has_delete_permission(self, request, obj=None):
        # A shipped entry would come back with the next sync: disable it.
        if obj is not None and obj.origin == Origin.PACK:
            return False
        return super().has_delete_permission(request, obj)

    @admin.action(description=gettext_lazy("启用所选词条"), permissions=["change"])
    def enable_entries(self, request, queryset):
        count = do_set_entries_enabled(request.user, queryset, True)
        self.message_user(request, _("已启用 %(count)s 条。") % {"count": count})

    @admin.action(description=gettext_lazy("停用所选词条"), permissions=["change"])
    def disable_entries(self, request, queryset):
        count = do_set_entries_enabled(request.user, queryset, False)
        self.message_user(request, _("已停用 %(count)s 条。") % {"count": count})

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        view = self.admin_site.admin_view
        return [
            path("export/", view(self.export_view), name=f"{name}_export"),
            path("import/", view(self.import_view), name=f"{name}_import"),
            *super().get_urls(),
        ]

    def export_view(self, request):
        """The entries the list shows (its search and filters), as CSV."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        queryset = self.get_changelist_instance(request).get_queryset(request)
        lexicon = self.lexicon
        return csv_download(
            lexicon.filename, lexicon.columns, lexicon.export_rows(queryset)
        )

    def import_view(self, request):
        """Upload → preview of every change → confirm; a bad file changes nothing."""
        if not (
            self.has_add_permission(request) and self.has_change_permission(request)
        ):
            raise PermissionDenied
        if request.method == "POST" and "fingerprint" in request.POST:
            return self._confirm(request)
        if request.method != "POST":
            return self._render_upload(request, ImportForm(), [])
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            problems = [error for errors in form.errors.values() for error in errors]
            return self._render_upload(request, form, problems)
        try:
            text = read_upload(form.cleaned_data["file"])
            mirror = form.cleaned_data["mirror"]
            plan = plan_lexicon_import(self.lexicon, text, mirror=mirror)
        except CsvRejected as rejected:
            return self._render_upload(request, form, rejected.problems)
        return self._render_preview(request, plan, text, mirror)

    def _confirm(self, request):
        form = ConfirmForm(request.POST)
        if not form.is_valid():
            return redirect(self._url("import"))
        text, mirror = form.cleaned_data["text"], form.cleaned_data["mirror"]
        try:
            plan = plan_lexicon_import(self.lexicon, text, mirror=mirror)
        except CsvRejected as rejected:
            return self._render_upload(request, ImportForm(), rejected.problems)
        if plan.fingerprint() != form.cleaned_data["fingerprint"]:
            stale = _("预览之后词条已有变动，请重新核对以下变更。")
            return self._render_preview(request, plan, text, mirror, stale)
        do_import_lexicon(request.user, plan)
        self.message_user(
            request,
            _("已导入：新增 %(added)s 条，修改 %(changed)s 条，停用 %(disabled)s 条。")
            % {
                "added": len(plan.added),
                "changed": len(plan.changed),
                "disabled": len(plan.disabled),
            },
            messages.SUCCESS,
        )
        return redirect(self._url("changelist"))

    def _url(self, view):
        return reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_{view}")

    def _context(self, request, **extra):
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("导入%(name)s") % {"name": self.opts.verbose_name_plural},
            "columns": self.lexicon.columns,
            "changelist_url": self._url("changelist"),
            **extra,
        }

    def _render_upload(self, request, form, problems):
        return TemplateResponse(
            request,
            "admin/compliance/lexicon/import.html",
            self._context(request, form=form, problems=problems),
            status=400 if problems else 200,
        )

    def _render_preview(self, request, plan, text, mirror, warning=""):
        lexicon = self.lexicon
        confirm = ConfirmForm(
            initial={"text": text, "mirror": mirror, "fingerprint": plan.fingerprint()}
        )
        return TemplateResponse(
            request,
            "admin/compliance/lexicon/import_preview.html",
            self._context(
                request,
                plan=plan,
                confirm=confirm,
                warning=warning,
                header=lexicon.preview_header,
                added=[lexicon.cells(a.key, a.fields) for a in plan.added],
                changed=[
                    (lexicon.entry_key(c.entry), c.before, c.after)
                    for c in plan.changed
                ],
                disabled=[lexicon.entry_key(entry) for entry in plan.disabled],
            ),
        )


@admin.register(RuleEntry)
class RuleEntryAdmin(LexiconAdmin):
    list_display = (
        "value",
        "rule",
        "kind",
        "enabled",
        "origin",
        "pack_version",
        "retired_in",
    )
    list_filter = (StateFilter, "rule__category", "rule", "kind", "origin")
    list_select_related = ("rule",)
    search_fields = ("value", "rule__code")
    fields = ("rule", "kind", "value", "enabled") + LexiconAdmin.readonly_fields

    def get_readonly_fields(self, request, obj=None):
        # A sync finds a shipped entry by its rule and kind.
        if obj is not None and obj.origin == Origin.PACK:
            return ("rule", "kind", *self.readonly_fields)
        return self.readonly_fields


@admin.register(AllowEntry)
class AllowEntryAdmin(LexiconAdmin):
    list_display = ("value", "note", "enabled", "origin", "pack_version", "retired_in")
    list_filter = (StateFilter, "origin")
    search_fields = ("value", "note")
    fields = ("value", "note", "enabled") + LexiconAdmin.readonly_fields
