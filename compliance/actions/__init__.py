"""Every compliance state change; other apps import from here.

Seams called by chat: `do_record_screened_message`, `check_dispute_block`,
`check_report_message`; by other apps' admin pages: `do_record_audit`.
"""

from compliance.actions.audit import do_record_audit
from compliance.actions.penalties import (
    check_add_manual_penalty,
    check_decide_appeal,
    check_file_appeal,
    check_reverse_penalty_entry,
    do_add_manual_penalty,
    do_decide_appeal,
    do_file_appeal,
    do_reverse_penalty_entry,
    do_save_sanction_policy,
)
from compliance.actions.reviews import (
    check_decide_review_item,
    check_dispute_block,
    check_report_message,
    check_report_session,
    check_set_session_validity,
    do_decide_review_item,
    do_dispute_block,
    do_record_screened_message,
    do_report_message,
    do_report_session,
    do_set_session_validity,
    screened_review_kind,
)
from compliance.actions.samples import check_score_sample, do_score_sample

__all__ = [
    "check_add_manual_penalty",
    "check_decide_appeal",
    "check_decide_review_item",
    "check_dispute_block",
    "check_file_appeal",
    "check_report_message",
    "check_report_session",
    "check_reverse_penalty_entry",
    "check_score_sample",
    "check_set_session_validity",
    "do_add_manual_penalty",
    "do_decide_appeal",
    "do_decide_review_item",
    "do_dispute_block",
    "do_file_appeal",
    "do_record_audit",
    "do_record_screened_message",
    "screened_review_kind",
    "do_report_message",
    "do_report_session",
    "do_reverse_penalty_entry",
    "do_save_sanction_policy",
    "do_score_sample",
    "do_set_session_validity",
]
