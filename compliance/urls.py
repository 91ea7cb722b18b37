from django.urls import path

from compliance.views import api, ledger, merchant, review

app_name = "compliance"

urlpatterns = [
    path("review/", review.review_queue, name="review"),
    path("review/items/<int:item_id>/", review.review_item, name="item"),
    path("review/items/<int:item_id>/decide/", review.decide_item, name="decide"),
    path("review/items/<int:item_id>/score/", review.score_sample, name="score"),
    path(
        "review/items/<int:item_id>/validity/",
        review.set_session_validity,
        name="validity",
    ),
    path("review/appeals/", ledger.appeals, name="appeals"),
    path(
        "review/appeals/<int:appeal_id>/decide/",
        ledger.decide_appeal,
        name="decide_appeal",
    ),
    path("review/ledger/", ledger.ledger, name="ledger"),
    path(
        "review/ledger/<int:entry_id>/reverse/",
        ledger.reverse_entry,
        name="reverse",
    ),
    path("review/audit/", ledger.audit_log, name="audit"),
    path("console/ledger/", merchant.merchant_ledger, name="merchant_ledger"),
    path(
        "console/ledger/<int:entry_id>/",
        merchant.merchant_entry,
        name="merchant_entry",
    ),
    path(
        "console/ledger/<int:entry_id>/images/<int:message_id>/",
        merchant.merchant_entry_image,
        name="merchant_entry_image",
    ),
    path("console/compliance/", merchant.agent_compliance, name="agent_compliance"),
    path(
        "api/messages/<int:message_id>/dispute/",
        api.dispute_message,
        name="dispute",
    ),
    path(
        "api/messages/<int:message_id>/report/",
        api.report_message,
        name="report",
    ),
    path(
        "api/sessions/<int:session_id>/report/",
        api.report_session,
        name="report_session",
    ),
]
