"""Permission names and a password help text in the admin, in the reader's
language.

Django stores each permission's name once, in the language active when the
migration ran ("Can add 店铺"); the default ones are named here again from their
codename and the model's (translated) name, so an English admin reads English."""

from django.contrib.auth.forms import AdminPasswordChangeForm, SetUnusablePasswordMixin
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext as django_gettext

DEFAULT_ACTIONS = {"add", "change", "delete", "view"}


def permission_label(permission) -> str:
    action, _sep, model_name = permission.codename.partition("_")
    model = permission.content_type.model_class()
    if (
        action in DEFAULT_ACTIONS
        and model is not None
        and model_name == model._meta.model_name
    ):
        labels = {
            "add": _("可添加%(model)s"),
            "change": _("可修改%(model)s"),
            "delete": _("可删除%(model)s"),
            "view": _("可查看%(model)s"),
        }
        name = labels[action] % {"model": model._meta.verbose_name}
        return f"{permission.content_type} | {name}"
    return str(permission)


class LocalizedPermissionsMixin:
    """For a ModelAdmin with a many-to-many to Permission."""

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if field is not None and db_field.name in ("permissions", "user_permissions"):
            field.label_from_instance = permission_label
        return field


class PasswordChangeForm(AdminPasswordChangeForm):
    """Django joins this help text to a lazy string when it is imported, which
    fixes it in the language active then (Chinese); join it per request."""

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        if "usable_password" in self.fields:
            self.fields["usable_password"].help_text = format_html(
                '{}<ul id="id_unusable_warning" class="messagelist">'
                '<li class="warning">{}</li></ul>',
                SetUnusablePasswordMixin.usable_password_help_text,
                django_gettext(
                    "If disabled, the current password for this user will be lost."
                ),
            )
