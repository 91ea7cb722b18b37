"""Forms for the merchant pages: they parse input; the actions validate and apply."""

from django import forms
from django.utils.translation import gettext_lazy as _

from chat.actions.store_settings import (
    ASSIST_DELAY_RANGE,
    CAPACITY_RANGE,
    IDLE_MINUTES_RANGE,
    PHRASE_MAX,
    SHORTCUT_MAX,
    business_hours_errors,
)
from chat.models import Membership, QuickPhrase

TIME_WIDGET = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class StoreSettingsForm(forms.Form):
    greeting = forms.CharField(
        label=_("欢迎语"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("客服接入会话时，作为系统欢迎消息发给买家。"),
    )
    closing_phrase = forms.CharField(
        label=_("结束语"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("客服结束会话前自动发送。"),
    )
    opens_at = forms.TimeField(label=_("营业开始"), widget=TIME_WIDGET)
    closes_at = forms.TimeField(
        label=_("营业结束"),
        widget=TIME_WIDGET,
        help_text=_("结束早于开始表示跨夜营业。"),
    )
    idle_close_minutes = forms.IntegerField(
        label=_("无活动自动结束(分钟)"),
        min_value=IDLE_MINUTES_RANGE[0],
        max_value=IDLE_MINUTES_RANGE[1],
    )
    assist_delay_seconds = forms.IntegerField(
        label=_("辅助回复等待(秒)"),
        min_value=ASSIST_DELAY_RANGE[0],
        max_value=ASSIST_DELAY_RANGE[1],
        help_text=_("买家消息超过该时间无人回复时，由智能辅助先行回复。"),
    )
    robot_assist = forms.BooleanField(label=_("启用智能辅助回复"), required=False)

    def clean(self):
        cleaned = super().clean()
        opens, closes = cleaned.get("opens_at"), cleaned.get("closes_at")
        if opens and closes:
            for field, message in business_hours_errors(opens, closes).items():
                self.add_error(field, message)
        return cleaned


class MembershipForm(forms.Form):
    max_sessions = forms.IntegerField(
        label=_("最大接待量"),
        min_value=CAPACITY_RANGE[0],
        max_value=CAPACITY_RANGE[1],
        widget=forms.NumberInput(attrs={"class": "narrow-input"}),
    )
    role = forms.ChoiceField(label=_("角色"), choices=Membership.MemberRole.choices)


class QuickPhraseForm(forms.Form):
    shortcut = forms.CharField(
        label=_("快捷码"),
        max_length=SHORTCUT_MAX + 1,
        required=False,
        help_text=_("在输入框键入 / 加快捷码即可插入。"),
    )
    purpose = forms.ChoiceField(label=_("用途"), choices=QuickPhrase.Purpose.choices)
    text = forms.CharField(
        label=_("内容"),
        max_length=PHRASE_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class FaqForm(forms.Form):
    keywords = forms.CharField(
        label=_("关键词"),
        max_length=500,
        help_text=_("多个关键词用逗号分隔，买家消息包含任一关键词时机器人回答。"),
    )
    answer = forms.CharField(
        label=_("回答"),
        max_length=PHRASE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class HistorySearchForm(forms.Form):
    buyer = forms.CharField(label=_("买家"), required=False, max_length=64)
    text = forms.CharField(label=_("消息内容"), required=False, max_length=200)
    date_from = forms.DateField(
        label=_("开始日期"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=_("结束日期"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("结束日期不能早于开始日期。"))
        return cleaned
