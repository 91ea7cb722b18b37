"""Admin for the learned stage's versions: list, shadow-compare, activate.

Registered from ``compliance/admin.py``. A model cannot be added or edited
here (they come from ``train_screening_model`` and the shipped file); the
one action is activation, after the comparison page has shown the
candidate beside the active model.
"""

import json

from django.contrib import admin, messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from compliance.actions.screening_models import check_activate_model, do_compare_model
from compliance.errors import ComplianceError
from compliance.models import ScreeningModel, TrainingExample


@admin.register(ScreeningModel)
class ScreeningModelAdmin(admin.ModelAdmin):
    list_display = (
        "version",
        "state",
        "source",
        "review_examples",
        "note",
        "created_at",
        "activated_at",
        "compare_link",
    )
    list_filter = ("state", "source")
    exclude = ("artifact", "summary")
    readonly_fields = (
        "version",
        "state",
        "source",
        "review_examples",
        "note",
        "reader_view",
        "summary_view",
        "comparison",
        "created_by",
        "created_at",
        "activated_by",
        "activated_at",
    )

    class Media:
        css = {"all": ("css/admin-compare.css",)}

    @admin.display(description=_("训练概要"))
    def summary_view(self, obj):
        shown = {k: v for k, v in obj.summary.items() if k != "conversation_reader"}
        text = json.dumps(shown, ensure_ascii=False, indent=1, sort_keys=True)
        return format_html('<pre class="model-summary">{}</pre>', text)

    @admin.display(description=_("对话阅读器"))
    def reader_view(self, obj):
        """The conversation reader trained with the model (conversation.py):
        where it blocks and what it would have blocked out of fold."""
        reader = obj.summary.get("conversation_reader")
        if not reader:
            return _("无：这个模型只逐条阅读消息。")
        said = _(
            "阈值 %(at)s。在 %(records)s 条会话消息上训练（%(sessions)s 个会话，其中"
            " %(violations)s 条联系方式、支付或链接违规）。下表是交叉验证中，每个阈值"
            "会新拦截的违规和正常消息数；选中的是新拦截中违规至少占 %(precision)s 的"
            "最低阈值。"
        ) % {
            "at": reader.get("block_at"),
            "records": reader.get("records"),
            "sessions": reader.get("sessions"),
            "violations": reader.get("violations"),
            "precision": reader.get("precision"),
        }
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (threshold, found["violations"], found["acceptable"])
                for threshold, found in sorted(reader.get("out_of_fold", {}).items())
            ),
        )
        return format_html(
            '<p>{}</p><table class="reader-table"><thead><tr><th>{}</th><th>{}</th>'
            "<th>{}</th></tr></thead><tbody>{}</tbody></table>",
            said,
            _("阈值"),
            _("新拦截的违规"),
            _("新拦截的正常消息"),
            rows,
        )

    def get_queryset(self, request):
        # The artifact (13 MB) is never shown: lists, change, history and
        # delete pages read every other column only.
        return super().get_queryset(request).defer("artifact")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return obj is not None and obj.state != ScreeningModel.State.ACTIVE

    @admin.display(description=_("影子评估"))
    def compare_link(self, obj):
        if obj.state == ScreeningModel.State.ACTIVE:
            return "—"
        url = reverse("admin:compliance_screeningmodel_compare", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("对比并启用"))

    def get_urls(self):
        view = self.admin_site.admin_view(self.compare_view)
        return [
            path(
                "<int:model_id>/compare/",
                view,
                name="compliance_screeningmodel_compare",
            ),
            *super().get_urls(),
        ]

    def compare_view(self, request, model_id):
        row = get_object_or_404(ScreeningModel.objects.defer("artifact"), pk=model_id)
        if not request.user.is_superuser:
            raise PermissionError
        if request.method == "POST":
            accepted = request.POST.getlist("accept_worse")
            try:
                check_activate_model(request.user, row.pk, accept_worse=accepted)
            except ComplianceError as error:
                messages.error(request, error.message)
                for line in error.details:
                    messages.error(request, line)
            else:
                messages.success(
                    request,
                    _("模型 %(v)s 已启用，2 秒内各进程生效。") % {"v": row.version},
                )
                return redirect("admin:compliance_screeningmodel_changelist")
        comparison = do_compare_model(row)
        rows = []
        for name, figures in comparison["candidate_figures"].items():
            before = comparison["active_figures"].get(name, {})
            for key, value in figures.items():
                label = f"{name}: {key} {before.get(key)} → {value}"
                rows.append(
                    {
                        "set": name,
                        "size": comparison["sizes"].get(name),
                        "figure": key,
                        "active": before.get(key),
                        "candidate": value,
                        "worse": label in comparison["worse"],
                        "changed": before.get(key) != value,
                    }
                )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("影子评估：%(v)s") % {"v": row.version},
            "row": row,
            "comparison": comparison,
            "rows": rows,
            "changed": [line for line in rows if line["changed"]],
            "examples": TrainingExample.objects.count(),
        }
        return TemplateResponse(
            request, "admin/compliance/screeningmodel/compare.html", context
        )


@admin.register(TrainingExample)
class TrainingExampleAdmin(admin.ModelAdmin):
    list_display = (
        "decided_at",
        "decision",
        "sender",
        "labels",
        "text",
        "model_version",
    )
    list_filter = ("decision", "sender")
    search_fields = ("text",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
