from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as BaseGroupAdmin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import Group

from chat.actions.socket_access import do_recheck_user_sockets
from chat.admin_permissions import LocalizedPermissionsMixin, PasswordChangeForm
from chat.models import Membership, Notice, Session, Store, User

admin.site.unregister(Group)


@admin.register(Group)
class GroupAdmin(LocalizedPermissionsMixin, BaseGroupAdmin):
    pass


@admin.register(User)
class UserAdmin(LocalizedPermissionsMixin, BaseUserAdmin):
    change_password_form = PasswordChangeForm
    list_display = ("username", "nickname", "kind", "is_active", "last_login")
    list_filter = ("kind", "is_active")
    fieldsets = BaseUserAdmin.fieldsets + (("csc", {"fields": ("kind", "nickname")}),)

    # A deactivated, deleted or re-kinded user's open sockets close.
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and {"is_active", "kind"} & set(form.changed_data):
            do_recheck_user_sockets(obj.pk)

    def delete_model(self, request, obj):
        user_id = obj.pk
        super().delete_model(request, obj)
        do_recheck_user_sockets(user_id)

    def delete_queryset(self, request, queryset):
        user_ids = list(queryset.values_list("pk", flat=True))
        super().delete_queryset(request, queryset)
        for user_id in user_ids:
            do_recheck_user_sockets(user_id)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0


@admin.register(Store)
class StoreAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "status", "robot_assist")
    list_filter = ("status", "robot_assist")
    search_fields = ("name", "slug")
    inlines = [MembershipInline]
    readonly_fields = ("status",)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is Membership:
            # Removed from the store, moved or given another role.
            changed = [obj for obj, _fields in formset.changed_objects]
            for membership in [*formset.deleted_objects, *changed]:
                do_recheck_user_sockets(membership.user_id)


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ("id", "store", "buyer", "agent", "state", "created_at")
    list_filter = ("state", "store")
    readonly_fields = [f.name for f in Session._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    list_display = ("store", "level", "source", "created_at")
    list_filter = ("level", "source")
