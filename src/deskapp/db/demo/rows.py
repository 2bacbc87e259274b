"""Row layouts in storage form, the batch that carries them, and the timestamp formatter."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

SEQ = [f"{k:03x}" for k in range(4096)]

WORK_ITEM_COLUMNS = (
    "id", "version", "created_at", "updated_at", "number", "title", "description", "caller_id",
    "service_id", "ci_id", "category", "channel", "impact", "urgency", "priority", "status",
    "team_id", "assignee_id", "resolution_code", "resolution_notes", "opened_at",
    "responded_at", "resolved_at", "closed_at", "reopen_count", "sla_id", "response_due_at",
    "resolution_due_at", "response_elapsed_min", "resolution_elapsed_min", "response_breached",
    "resolution_breached", "sla_state", "sla_check_at", "kind", "status_category", "parent_id",
    "due_at", "pending_reason", "pending_until",
)
INCIDENT_DETAIL_COLUMNS = ("work_item_id", "is_major")
TASK_DETAIL_COLUMNS = ("work_item_id", "requested_by_id")
EVENTS_TABLE = "ticket_events"
EVENT_COLUMNS = ("id", "ticket_kind", "ticket_id", "actor_id", "occurred_at", "field",
                 "old_value", "new_value")
COMMENT_COLUMNS = ("id", "work_item_id", "author_id", "body", "work_note", "created_at")


@dataclass
class Batch:
    items: list[tuple[Any, ...]]  # incidents and their tasks (WORK_ITEM_COLUMNS)
    events: list[tuple[Any, ...]]
    comments: list[tuple[Any, ...]]
    last_number: int
    incident_details: list[tuple[Any, ...]] = field(default_factory=list)
    task_details: list[tuple[Any, ...]] = field(default_factory=list)
    last_task_number: int = 0
    tasks: int = 0
    #: rows the steps added, by table name (written after the work items, in step order)
    extra: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)


class Formatter:
    """Epoch seconds -> the text each backend stores for a UTC timestamp (microseconds kept)."""

    def __init__(self, first_day: int, last_day: int, postgres: bool) -> None:
        self.first_day = first_day
        self.days = [(datetime(1970, 1, 1) + timedelta(days=d)).strftime("%Y-%m-%d ")
                     for d in range(first_day, last_day + 1)]
        suffix = "+00" if postgres else ""
        self.tod = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000{suffix}"
                    for s in range(86400)]

    def __call__(self, t: int) -> str:
        day, sec = divmod(t, 86400)
        return self.days[day - self.first_day] + self.tod[sec]


