"""Every table, declared once: what it protects (for permissions and row-level security), how it
syncs to an offline replica, and whether it is append-only.

The PostgreSQL security generator reads :data:`TABLES` to write grants and policies; the sync
order reads it to know what a replica carries; a test fails when a table exists in the models but
not here, so a new table cannot arrive without saying how it is protected and synced ("Work
items" in the architecture brief).

Pure values: no SQLAlchemy, only table names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from deskapp.domain.permissions import Resource


class Policy(StrEnum):
    """How rows of a table are protected. The generator has one policy template per value."""

    #: the work-item core: visibility (confidential) and team scope from the row itself
    WORK_ITEM = "work_item"
    #: a kind's detail table keyed by the work item's id: follows its work item
    WORK_ITEM_DETAIL = "work_item_detail"
    #: rows hanging off a work item (comments, links, attachments, approvals, time): visible
    #: with their work item, written by whoever may change it
    WORK_ITEM_CHILD = "work_item_child"
    #: who watches a work item: visible with the item; a person adds or removes themself on
    #: any item they can see, and others on an item they may change (``staff_id`` is the
    #: watcher)
    WATCHERS = "watchers"
    #: attachment content (blobs and their chunks), one copy shared by every attachment and
    #: article picture of the same bytes: visible when an attachment the session may see names it
    #: (``attachments.blob_sha256`` = the row's ``sha256`` / ``blob_sha256``) or an article
    #: picture does (``kb_article_images.blob_sha256``); inserted, never updated
    ATTACHMENT_CONTENT = "attachment_content"
    #: reference data everyone reads and the resource's rules let change
    REFERENCE = "reference"
    #: rows with an owner (personal queues): the owner, or a role with ANY scope
    OWNED = "owned"
    #: team membership: admins, and supervisors for the teams they lead
    TEAM_MEMBERSHIP = "team_membership"
    #: history: insert only, never updated or deleted (a trigger refuses it even for the owner)
    APPEND_ONLY = "append_only"
    #: changed only through SECURITY DEFINER functions (number allocation)
    FUNCTION_ONLY = "function_only"
    #: the sync change log: written by triggers; an entry is visible when its work item is (or
    #: it has none: reference data), so a replica never learns ids of items hidden from it
    CHANGE_LOG = "change_log"
    #: bookkeeping that exists only in a replica file (the server holds no rows)
    LOCAL = "local"
    #: counts derived from visible rows (kept by a SECURITY DEFINER trigger as the owner):
    #: read by whoever may view work items, written by nobody else
    COUNTERS = "counters"


class Sync(StrEnum):
    """What an offline replica does with the table."""

    NONE = "none"  # server only (audit trail, desk settings)
    PULL = "pull"  # copied to the laptop, read-only there (reference data)
    PUSH_PULL = "push_pull"  # edited offline and pushed back (work)
    APPEND = "append"  # pushed as new rows only, never conflicting (comments, events, time)


@dataclass(frozen=True)
class TableDeclaration:
    name: str
    resource: str  # a permissions.Resource value (or a work-item kind key)
    policy: Policy
    sync: Sync
    #: the column naming the work item, for WORK_ITEM_DETAIL / WORK_ITEM_CHILD policies
    work_item_column: str | None = None
    #: the column naming the owner, for OWNED policies
    owner_column: str | None = None
    #: what the change log records and a pull re-reads: all rows with this column's value
    #: (the row's id, or the parent id for rows without one of their own, e.g. a team's members)
    sync_key: str = "id"

    def __post_init__(self) -> None:
        needs_item = self.policy in (Policy.WORK_ITEM_DETAIL, Policy.WORK_ITEM_CHILD,
                                     Policy.WATCHERS)
        if needs_item and self.work_item_column is None:
            raise ValueError(f"{self.name}: detail/child policies need the work_item_column")
        if (self.policy is Policy.OWNED) != (self.owner_column is not None):
            raise ValueError(f"{self.name}: owner_column goes with the OWNED policy")

    @property
    def append_only(self) -> bool:
        return self.policy is Policy.APPEND_ONLY


def _t(name: str, resource: str, policy: Policy, sync: Sync, *, item: str | None = None,
       owner: str | None = None, key: str = "id") -> TableDeclaration:
    return TableDeclaration(name, resource, policy, sync, item, owner, key)


_W, _R = Resource.WORK_ITEM, Resource
TABLES: Mapping[str, TableDeclaration] = {d.name: d for d in (
    # work
    _t("work_items", _W, Policy.WORK_ITEM, Sync.PUSH_PULL),
    _t("incident_details", "incident", Policy.WORK_ITEM_DETAIL, Sync.PUSH_PULL,
       item="work_item_id", key="work_item_id"),
    _t("incident_task_details", "incident_task", Policy.WORK_ITEM_DETAIL, Sync.PUSH_PULL,
       item="work_item_id", key="work_item_id"),
    _t("problem_details", "problem", Policy.WORK_ITEM_DETAIL, Sync.PUSH_PULL,
       item="work_item_id", key="work_item_id"),
    # a major incident's communications log (stakeholder updates and the next one due)
    _t("major_incident_updates", _W, Policy.WORK_ITEM_CHILD, Sync.PUSH_PULL,
       item="work_item_id"),
    _t("service_request_details", "service_request", Policy.WORK_ITEM_DETAIL, Sync.PUSH_PULL,
       item="work_item_id", key="work_item_id"),
    _t("request_task_details", "request_task", Policy.WORK_ITEM_DETAIL, Sync.PUSH_PULL,
       item="work_item_id", key="work_item_id"),
    _t("access_request_details", "access_request", Policy.WORK_ITEM_DETAIL, Sync.PUSH_PULL,
       item="work_item_id", key="work_item_id"),
    _t("change_details", "change", Policy.WORK_ITEM_DETAIL, Sync.PUSH_PULL,
       item="work_item_id", key="work_item_id"),
    _t("change_task_details", "change_task", Policy.WORK_ITEM_DETAIL, Sync.PUSH_PULL,
       item="work_item_id", key="work_item_id"),
    # a conflict accepted with its justification follows its change
    _t("change_conflict_acceptances", _W, Policy.WORK_ITEM_CHILD, Sync.PUSH_PULL,
       item="work_item_id"),
    _t("work_item_comments", _W, Policy.WORK_ITEM_CHILD, Sync.APPEND, item="work_item_id"),
    _t("work_item_links", _W, Policy.WORK_ITEM_CHILD, Sync.PUSH_PULL, item="source_id"),
    _t("ticket_events", _W, Policy.APPEND_ONLY, Sync.APPEND, item="ticket_id"),
    # attachments: a replica carries its items' attachment records (added offline, pushed as
    # new rows with their ids); the content tables are not logged (keyed by hash, not UUID,
    # and a replica that copied them would carry every file of the desk): a pull brings the
    # blob row (hash, size) with each attachment, and the bytes come on demand
    # (deskapp.sync.content) or from the file attached offline
    _t("attachments", _W, Policy.WORK_ITEM_CHILD, Sync.APPEND, item="work_item_id"),
    _t("attachment_blobs", _W, Policy.ATTACHMENT_CONTENT, Sync.NONE, key="sha256"),
    _t("attachment_chunks", _W, Policy.ATTACHMENT_CONTENT, Sync.NONE, key="blob_sha256"),
    _t("time_entries", _W, Policy.WORK_ITEM_CHILD, Sync.PUSH_PULL, item="work_item_id"),
    # who watches an item: a replica reads them (its Watching queue) but cannot change them
    # (the outbox refuses it with a sentence)
    _t("work_item_watchers", _W, Policy.WATCHERS, Sync.PULL, item="work_item_id"),
    _t("number_counters", _W, Policy.FUNCTION_ONLY, Sync.NONE),
    # open items per group value, kept by triggers; counts only what every staff member may
    # see (confidential items are grouped live under the reader's policies)
    _t("work_item_open_counts", _W, Policy.COUNTERS, Sync.NONE, key="dimension"),
    # approvals: the request and its lines follow their work item; a delegation is its
    # giver's (a supervisor sets one for anyone); replicas read delegations to know who acts
    _t("approval_requests", _W, Policy.WORK_ITEM_CHILD, Sync.PUSH_PULL, item="work_item_id"),
    _t("approvals", _W, Policy.WORK_ITEM_CHILD, Sync.PUSH_PULL, item="work_item_id"),
    _t("approval_delegations", _R.STAFF, Policy.OWNED, Sync.PULL, owner="from_staff_id"),
    # e-mail: the outbox and ratings follow their work item (whoever may change an item may
    # queue its mail and record its rating); processed messages and the review list are desk
    # records the mail worker writes; opt-outs belong with the callers. None of it syncs: mail
    # is sent and read by the desk, never by a replica.
    _t("mail_outbox", _W, Policy.WORK_ITEM_CHILD, Sync.NONE, item="work_item_id"),
    _t("satisfaction_ratings", _W, Policy.WORK_ITEM_CHILD, Sync.NONE, item="work_item_id"),
    _t("mail_messages", _R.MAIL, Policy.REFERENCE, Sync.NONE),
    _t("mail_reviews", _R.MAIL, Policy.REFERENCE, Sync.NONE),
    _t("mail_opt_outs", _R.PERSON, Policy.REFERENCE, Sync.NONE),
    # stakeholders of major-incident mail: addresses named on a major incident follow it;
    # callers subscribed to a service belong with the callers
    _t("major_incident_recipients", _W, Policy.WORK_ITEM_CHILD, Sync.NONE,
       item="work_item_id"),
    _t("service_subscriptions", _R.PERSON, Policy.REFERENCE, Sync.NONE),
    # knowledge: articles are reference data every staff member reads (and writes, through
    # the review lifecycle); a link to a work item follows that item; votes are their giver's
    _t("kb_articles", _R.KNOWLEDGE, Policy.REFERENCE, Sync.PULL),
    _t("kb_article_versions", _R.KNOWLEDGE, Policy.REFERENCE, Sync.PULL),
    _t("kb_article_links", _W, Policy.WORK_ITEM_CHILD, Sync.PUSH_PULL, item="work_item_id"),
    _t("kb_votes", _R.KNOWLEDGE_VOTE, Policy.OWNED, Sync.NONE, owner="staff_id"),
    # an article's pictures: read by everyone who reads articles, added by their writers; the
    # bytes live in the attachments' content store (whose policy lets a picture's reader read
    # them). They stay on the server like attachments: a replica shows a sentence instead
    _t("kb_article_images", _R.KNOWLEDGE, Policy.REFERENCE, Sync.NONE),
    # people and organisations
    _t("people", _R.PERSON, Policy.REFERENCE, Sync.PULL),
    _t("organisations", _R.PERSON, Policy.REFERENCE, Sync.PULL),
    _t("departments", _R.PERSON, Policy.REFERENCE, Sync.PULL),
    # staff and teams
    _t("staff_users", _R.STAFF, Policy.REFERENCE, Sync.PULL),
    _t("staff_roles", _R.STAFF, Policy.REFERENCE, Sync.PULL, key="staff_id"),
    _t("teams", _R.TEAM, Policy.REFERENCE, Sync.PULL),
    _t("team_members", _R.TEAM, Policy.TEAM_MEMBERSHIP, Sync.PULL, key="team_id"),
    # services, CMDB
    _t("services", _R.SERVICE, Policy.REFERENCE, Sync.PULL),
    _t("config_items", _R.CI, Policy.REFERENCE, Sync.PULL),
    _t("ci_types", _R.CI_TYPE, Policy.REFERENCE, Sync.PULL),
    _t("ci_relations", _R.CI, Policy.REFERENCE, Sync.PULL),
    # the CIs a work item impacts: follow their work item, edited offline with it
    _t("work_item_cis", _W, Policy.WORK_ITEM_CHILD, Sync.PUSH_PULL, item="work_item_id"),
    # the service catalogue: offerings with their forms, approval rules and plans
    _t("catalogue_offerings", _R.SERVICE, Policy.REFERENCE, Sync.PULL),
    # access management: systems and entitlements are reference data; grants and reviews are
    # desk records everyone reads (a replica carries them: its access requests name them); a
    # grant's history is append-only and stays on the server like the audit trail
    _t("access_systems", _R.ACCESS_SYSTEM, Policy.REFERENCE, Sync.PULL),
    _t("access_entitlements", _R.ACCESS_SYSTEM, Policy.REFERENCE, Sync.PULL),
    _t("access_grants", _R.ACCESS, Policy.REFERENCE, Sync.PULL),
    _t("access_grant_events", _R.ACCESS, Policy.APPEND_ONLY, Sync.NONE),
    _t("access_reviews", _R.ACCESS, Policy.REFERENCE, Sync.PULL),
    _t("access_review_items", _R.ACCESS, Policy.REFERENCE, Sync.PULL),
    # change planning: standard-change templates, CAB rules, freeze windows and releases
    # (everyone reads the change calendar; change managers plan it)
    _t("change_templates", _R.CHANGE_PLAN, Policy.REFERENCE, Sync.PULL),
    _t("change_approval_rules", _R.CHANGE_PLAN, Policy.REFERENCE, Sync.PULL),
    _t("freeze_windows", _R.CHANGE_PLAN, Policy.REFERENCE, Sync.PULL),
    _t("releases", _R.CHANGE_PLAN, Policy.REFERENCE, Sync.PULL),
    # SLAs, calendars, resolution codes
    _t("sla_definitions", _R.SLA, Policy.REFERENCE, Sync.PULL),
    _t("sla_targets", _R.SLA, Policy.REFERENCE, Sync.PULL, key="sla_id"),
    _t("business_calendars", _R.SLA, Policy.REFERENCE, Sync.PULL),
    _t("calendar_hours", _R.SLA, Policy.REFERENCE, Sync.PULL, key="calendar_id"),
    _t("calendar_holidays", _R.SLA, Policy.REFERENCE, Sync.PULL, key="calendar_id"),
    _t("resolution_codes", _R.SLA, Policy.REFERENCE, Sync.PULL),
    # templates: incident templates and canned responses; a personal one is its owner's, a
    # shared one (no owner) everyone reads and supervisors keep; they stay on the server
    _t("work_templates", _R.TEMPLATE, Policy.OWNED, Sync.NONE, owner="owner_id"),
    # the CSI register: everyone reads it; improvement owners change it
    _t("improvement_initiatives", _R.IMPROVEMENT, Policy.REFERENCE, Sync.PULL),
    _t("improvement_links", _R.IMPROVEMENT, Policy.REFERENCE, Sync.PULL),
    # the desk itself
    _t("queue_definitions", _R.QUEUE, Policy.OWNED, Sync.NONE, owner="owner_id"),
    # a person's own desk preferences (default team for take next): theirs to set, like their
    # queues; supervisors and admins set them for others
    _t("staff_preferences", _R.QUEUE, Policy.OWNED, Sync.NONE, owner="staff_id"),
    _t("app_settings", _R.SETTING, Policy.REFERENCE, Sync.PULL),
    _t("audit_events", _R.AUDIT, Policy.APPEND_ONLY, Sync.NONE),
    # offline replicas
    _t("sync_log", _W, Policy.CHANGE_LOG, Sync.NONE, item="work_item_id"),
    _t("replica_state", _R.SETTING, Policy.LOCAL, Sync.NONE),
    _t("sync_outbox", _W, Policy.LOCAL, Sync.NONE),
    # every op a replica pushed, recorded once with its outcome (a repeated push is a no-op);
    # visible with its work item, appended by whoever pushes, never changed
    _t("sync_applied_ops", _W, Policy.APPEND_ONLY, Sync.NONE, item="work_item_id"),
)}

#: Tables DeskApp does not own as records: Alembic's bookkeeping. The security generator grants
#: them read-only; they never sync.
BOOKKEEPING: frozenset[str] = frozenset({"alembic_version"})


def declaration(table: str) -> TableDeclaration:
    try:
        return TABLES[table]
    except KeyError:
        raise KeyError(f"table {table!r} is not declared in deskapp.domain.records") from None
