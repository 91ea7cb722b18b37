from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from chat.models import Membership, Notice, Session, Store, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "nickname", "kind", "is_active", "last_login")
    list_filter = ("kind", "is_active")
    fieldsets = BaseUserAdmin.fieldsets + (("csc", {"fields": ("kind", "nickname")}),)


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
