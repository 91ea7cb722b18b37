"""The admin pages of rule data save and delete through the audited actions."""

from compliance.actions.rules import do_delete_rule_data, do_save_rule_data


def _plain(value):
    if value is None or isinstance(value, bool | int | float | str | dict | list):
        return value
    return str(value)


class RevisionOnChange:
    """Every admin change to rule data is audited and adds a revision, so every
    process reloads the rules within seconds."""

    def save_model(self, request, obj, form, change):
        fields = form.changed_data
        do_save_rule_data(
            request.user,
            obj,
            {f: _plain(form.initial.get(f)) for f in fields} if change else None,
            {f: _plain(form.cleaned_data.get(f)) for f in fields},
        )

    def delete_model(self, request, obj):
        do_delete_rule_data(request.user, [obj])

    def delete_queryset(self, request, queryset):
        do_delete_rule_data(request.user, queryset)
