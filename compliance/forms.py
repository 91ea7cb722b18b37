"""Forms of the review, ledger and appeal pages: parsing only, no decisions."""

from django import forms
from django.utils.translation import gettext_lazy as _

from chat.models import Message, Session, Store
from compliance.labels import CATEGORY_LABELS
from compliance.models import ReviewItem
from compliance.sampling import CHECKLIST

CATEGORIES = list(CATEGORY_LABELS.items())
ANY = [("", _("全部"))]


class QueueFilterForm(forms.Form):
    state = forms.ChoiceField(
        label=_("状态"), choices=ANY + ReviewItem.State.choices, required=False
    )
    kind = forms.ChoiceField(
        label=_("类型"), choices=ANY + ReviewItem.Kind.choices, required=False
    )
    store = forms.ModelChoiceField(
        label=_("店铺"),
        queryset=Store.objects.order_by("name"),
        required=False,
        empty_label=_("全部"),  # as the other filters say, not "---------"
    )
    category = forms.ChoiceField(
        label=_("违规类别"), choices=ANY + CATEGORIES, required=False
    )
    sender = forms.ChoiceField(
        label=_("发送方"), choices=ANY + Message.SenderKind.choices, required=False
    )
    date_from = forms.DateField(
        label=_("起始日期"), required=False, widget=forms.DateInput({"type": "date"})
    )
    date_to = forms.DateField(
        label=_("截止日期"), required=False, widget=forms.DateInput({"type": "date"})
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("confirm", _("确认违规")), ("dismiss", _("驳回（不违规）"))],
        widget=forms.RadioSelect,
        label=_("处理结果"),
    )
    reason = forms.CharField(label=_("理由"), max_length=500)


class ValidityForm(forms.Form):
    invalid_reason = forms.ChoiceField(
        label=_("会话有效性"), choices=Session.Invalid.choices, required=False
    )
    note = forms.CharField(label=_("备注"), max_length=500, required=False)


class ChecklistForm(forms.Form):
    note = forms.CharField(label=_("备注"), max_length=500, required=False)

    def __init__(self, *args, prefill=None, **kwargs):
        super().__init__(*args, **kwargs)
        prefill = prefill or {}
        for check in CHECKLIST:
            known = prefill.get(check.key)
            self.fields[check.key] = forms.TypedChoiceField(
                label=check.label,
                choices=[("yes", _("合格")), ("no", _("不合格"))],
                coerce=lambda value: value == "yes",
                widget=forms.RadioSelect,
                initial=None if known is None else ("yes" if known else "no"),
            )
            self.fields[check.key].fatal = check.fatal
            self.fields[check.key].prefilled = known is not None

    def check_fields(self):
        return [self[check.key] for check in CHECKLIST]


class ManualPenaltyForm(forms.Form):
    store = forms.ModelChoiceField(
        label=_("店铺"),
        queryset=Store.objects.order_by("name"),
        empty_label=_("选择店铺"),
    )
    points = forms.IntegerField(label=_("扣分"), min_value=1, max_value=48)
    reason = forms.CharField(label=_("原因"), max_length=500)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("理由"), max_length=500)


class AppealForm(forms.Form):
    statement = forms.CharField(
        label=_("申诉说明"), max_length=2000, widget=forms.Textarea({"rows": 4})
    )


class AppealDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("uphold", _("申诉成立（冲正）")), ("reject", _("驳回申诉"))],
        widget=forms.RadioSelect,
        label=_("处理结果"),
    )
    reason = forms.CharField(label=_("理由"), max_length=500)


class AuditFilterForm(forms.Form):
    action = forms.CharField(label=_("操作"), required=False, max_length=64)
    actor = forms.CharField(label=_("操作人"), required=False, max_length=150)
