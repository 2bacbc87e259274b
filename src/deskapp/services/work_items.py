"""Use cases every kind of work item shares, written once against the core table.

:class:`WorkItemOperations` holds reading (history, comments), comments and work notes, the
field-change bookkeeping (one event per change, the status category kept with the status),
assignment checks and the conflict check; each kind's service (``IncidentService``,
``IncidentTaskService``) extends it with what only that kind does. :class:`WorkItemService` is
the kind-independent door: links between items, which bulk edits a selection allows, history
of any item.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from deskapp.db.base import utcnow
from deskapp.db.models import Comment, TicketEvent, WorkItem, WorkItemLink
from deskapp.db.models.work_item import LINK_TYPES
from deskapp.domain import kinds
from deskapp.domain.ids import new_id
from deskapp.domain.incident import (
    DESCRIPTION_MAX,
    NOTE_MAX,
    TITLE_MAX,
    parse_impact,
    parse_urgency,
    validate_text,
)
from deskapp.domain.kinds import BulkOptions, KindDeclaration
from deskapp.domain.numbers import format_number, parse_number
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.dto import Actor, CommentDTO, EventDTO, LinkDTO, WorkItemRow
from deskapp.services.sla_clock import SlaEngine

Clock = Callable[[], datetime]

LINK_LABELS = {"caused_by": "Caused by", "fixes": "Fixes", "relates_to": "Relates to",
               "duplicate_of": "Duplicate of"}


class WorkItemOperations:
    """Shared machinery of the kind services (inherit; do not instantiate alone)."""

    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, clock: Clock = utcnow) -> None:
        self._uow = uow
        self.actor = actor
        self._clock = clock
        self._sla = SlaEngine()

    # -- reading ------------------------------------------------------------------------
    def history(self, item_id: uuid.UUID) -> list[EventDTO]:
        with self._uow(read_only=True) as uow:
            names = _StaffNames(uow)
            return [
                EventDTO(e.occurred_at, names(e.actor_id), e.field, e.old_value, e.new_value)
                for e in uow.work_items.events(item_id)
            ]

    def readable_history(self, item_id: uuid.UUID) -> list[EventDTO]:
        """The event log as a person reads it: caller, service, CI, team and assignee ids
        replaced by names (a deleted record keeps its id)."""
        with self._uow(read_only=True) as uow:
            names = _StaffNames(uow)

            def person(key: uuid.UUID) -> str | None:
                found = uow.people.get(key)
                return found.full_name if found else None

            def service(key: uuid.UUID) -> str | None:
                found = uow.catalog.service(key)
                return found.name if found else None

            def ci(key: uuid.UUID) -> str | None:
                found = uow.catalog.ci(key)
                return found.name if found else None

            def team(key: uuid.UUID) -> str | None:
                found = uow.staff.team(key)
                return found.name if found else None

            lookups: dict[str, Callable[[uuid.UUID], str | None]] = {
                "caller_id": person, "service_id": service, "ci_id": ci, "team_id": team,
                "assignee_id": names, "requested_by_id": names}

            def show(name: str, value: str | None) -> str | None:
                if value is None or name not in lookups:
                    return value
                try:
                    key = uuid.UUID(value)
                except ValueError:
                    return value
                return lookups[name](key) or value

            return [
                EventDTO(e.occurred_at, names(e.actor_id), e.field, show(e.field, e.old_value),
                         show(e.field, e.new_value))
                for e in uow.work_items.events(item_id)
            ]

    def comments(self, item_id: uuid.UUID) -> list[CommentDTO]:
        with self._uow(read_only=True) as uow:
            names = _StaffNames(uow)
            return [
                CommentDTO(c.id, c.work_item_id, names(c.author_id), c.body, c.work_note,
                           c.created_at)
                for c in uow.work_items.comments(item_id)
            ]

    # -- writing ------------------------------------------------------------------------
    def add_comment(self, item_id: uuid.UUID, body: str, *, work_note: bool) -> CommentDTO:
        """Append a customer-visible comment or an internal work note (never a conflict)."""
        fields: dict[str, str] = {}
        text = validate_text(fields, "body", body, label="The note" if work_note else
                             "The comment", required=True, limit=NOTE_MAX)
        if fields or text is None:
            raise ValidationError.for_fields(fields)
        now = self._clock()
        with self._uow() as uow:
            item = self._load_any(uow, item_id)
            comment = Comment(id=new_id(), work_item_id=item.id,
                              author_id=self.actor.staff_id, body=text, work_note=work_note,
                              created_at=now)
            uow.work_items.add_comment(comment)
            self._event(uow, item, "work_note" if work_note else "comment", None,
                        text[:500], now)
            if not work_note and item.responded_at is None:
                # A reply to the caller is the first response.
                item.responded_at = now
                self._sla.recompute(uow, item, now)
            uow.commit()
            return CommentDTO(comment.id, item.id, self.actor.full_name, text, work_note, now)

    def claim(self, uow: UnitOfWork, item: WorkItem) -> Any:
        """Assign ``item`` to the signed-in person inside ``uow`` (take next) and commit;
        returns the kind's DTO."""
        now = self._clock()
        _, assignee_id = self._validated_assignment(uow, item.team_id, self.actor.staff_id)
        self._change(uow, item, "assignee_id", assignee_id, now)
        self._first_assignment(uow, item, now)
        self._sla.recompute(uow, item, now)
        uow.commit()
        return self._dto(uow, item, with_sla=True)

    def _dto(self, uow: UnitOfWork, item: Any, *, with_sla: bool) -> Any:
        raise NotImplementedError  # each kind's service builds its own DTO

    # -- helpers for the kind services -------------------------------------------------------
    def _validated_core(self, fields: dict[str, str], data: Mapping[str, Any], *,
                        creating: bool) -> dict[str, Any]:
        """Title, description, impact and urgency as every kind's form sends them: checked
        values in the result, one message per bad field in ``fields``."""
        out: dict[str, Any] = {}
        if creating or "title" in data:
            out["title"] = validate_text(fields, "title", data.get("title"), label="Title",
                                         required=True, limit=TITLE_MAX,
                                         missing="Enter a title.")
        if "description" in data:
            out["description"] = validate_text(fields, "description", data["description"],
                                               label="Description", required=False,
                                               limit=DESCRIPTION_MAX)
        for name, parse in (("impact", parse_impact), ("urgency", parse_urgency)):
            if creating or name in data:
                try:
                    out[name] = int(parse(data.get(name)))
                except ValidationError as exc:
                    fields.update(exc.fields)
        return out

    def _first_assignment(self, uow: UnitOfWork, item: WorkItem, now: datetime) -> None:
        """A new item given a team or an assignee moves on (its lifecycle's ``on_assign``)."""
        life = kinds.lifecycle(item.kind)
        if (life.on_assign is not None and item.status == life.initial
                and (item.team_id or item.assignee_id)):
            self._set_status(uow, item, life.on_assign, now)

    def _load_any(self, uow: UnitOfWork, item_id: uuid.UUID) -> WorkItem:
        item = uow.work_items.get(item_id)
        if item is None:
            raise NotFound("That item no longer exists; refresh the list.")
        return item

    def _check_version(self, uow: UnitOfWork, item: WorkItem, expected_version: int,
                       theirs: Callable[[], Any]) -> None:
        if item.version != expected_version:
            last = uow.work_items.last_change(item.id)
            raise ConflictError(CONFLICT_MESSAGE, theirs=theirs(),
                                by=_StaffNames(uow)(last[0]) if last else None,
                                at=last[1] if last else None)

    def _validated_assignment(self, uow: UnitOfWork, team_id: uuid.UUID | None,
                              assignee_id: uuid.UUID | None
                              ) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        if team_id is not None and uow.staff.team(team_id) is None:
            raise ValidationError("The chosen team no longer exists; pick another.",
                                  {"team_id": "Pick another team."})
        if assignee_id is not None:
            staff = uow.staff.get(assignee_id)
            if staff is None or not staff.active:
                raise ValidationError("The chosen assignee is not an active staff member.",
                                      {"assignee_id": "Pick an active staff member."})
            if team_id is not None and not uow.staff.is_member(team_id, assignee_id):
                raise ValidationError(
                    f"{staff.full_name} is not a member of the chosen team; pick a member or "
                    "change the team.", {"assignee_id": "Not a member of the team."})
        return team_id, assignee_id

    def _set_status(self, uow: UnitOfWork, item: WorkItem, to: str, now: datetime) -> None:
        """Move to ``to`` (already checked), keeping the category and the first response."""
        life = kinds.lifecycle(item.kind)
        if item.responded_at is None and to != life.initial:
            item.responded_at = now
        self._change(uow, item, "status", to, now)
        # derived from the status: no event of its own (the status event says it all)
        item.status_category = life.category(to).value

    def _change(self, uow: UnitOfWork, item: WorkItem, name: str, value: Any,
                now: datetime) -> None:
        old = getattr(item, name)
        if old == value:
            return
        setattr(item, name, value)
        item.updated_at = now
        self._event(uow, item, name, old, value, now)

    def _event(self, uow: UnitOfWork, item: WorkItem, name: str, old: Any, new: Any,
               now: datetime) -> None:
        uow.work_items.add_event(TicketEvent(
            id=new_id(), ticket_kind=kinds.kind(item.kind).prefix, ticket_id=item.id,
            actor_id=self.actor.staff_id, occurred_at=now, field=name,
            old_value=_text(old), new_value=_text(new)))


class WorkItemService(WorkItemOperations):
    """What works on any kind: links, bulk legality, kinds of a selection."""

    def kinds_of(self, ids: Iterable[uuid.UUID]) -> set[str]:
        with self._uow(read_only=True) as uow:
            return uow.work_items.kinds_of(list(ids))

    def bulk_options(self, ids: Iterable[uuid.UUID] = (),
                     kinds_selected: Iterable[str] | None = None) -> BulkOptions:
        """The bulk edits legal for every selected item's kind (ids read off the database
        when the kinds are not given)."""
        chosen = set(kinds_selected) if kinds_selected is not None else self.kinds_of(ids)
        return kinds.bulk_options(chosen)

    def declaration(self, item_id: uuid.UUID) -> KindDeclaration:
        with self._uow(read_only=True) as uow:
            return kinds.kind(self._load_any(uow, item_id).kind)

    def links(self, item_id: uuid.UUID) -> list[LinkDTO]:
        with self._uow(read_only=True) as uow:
            return [LinkDTO(link.id, link.link_type, link.source_id == item_id, other.id,
                            other.kind, other.number, other.title, other.status)
                    for link, other in uow.work_items.links_of(item_id)]

    def link(self, source_id: uuid.UUID, target_id: uuid.UUID, link_type: str) -> LinkDTO:
        """Record "source <link_type> target"; both items get an event."""
        if link_type not in LINK_TYPES:
            raise ValidationError(f"'{link_type}' is not a link type; use one of "
                                  f"{', '.join(LINK_TYPES)}.", {"link_type": "unknown"})
        if source_id == target_id:
            raise ValidationError("An item cannot be linked to itself.",
                                  {"target_id": "Pick another item."})
        now = self._clock()
        with self._uow() as uow:
            source = self._load_any(uow, source_id)
            target = self._load_any(uow, target_id)
            if uow.work_items.live_link(source_id, target_id, link_type) is not None:
                raise ValidationError(f"{source.number} is already linked to {target.number} "
                                      f"as '{LINK_LABELS[link_type]}'.")
            row = WorkItemLink(id=new_id(), source_id=source_id, target_id=target_id,
                               link_type=link_type, created_at=now, updated_at=now)
            uow.work_items.add_link(row)
            self._event(uow, source, f"link:{link_type}", None, target.number, now)
            self._event(uow, target, f"linked:{link_type}", None, source.number, now)
            uow.commit()
            return LinkDTO(row.id, link_type, True, target.id, target.kind, target.number,
                           target.title, target.status)

    def link_number(self, source_id: uuid.UUID, number: str, link_type: str) -> LinkDTO:
        """Link to the item a person typed the number of ("INC-42", "itask-000007")."""
        with self._uow(read_only=True) as uow:
            parsed = parse_number(number)
            target = uow.work_items.by_number(format_number(*parsed)) if parsed else None
            target_id = target.id if target is not None else None
        if target_id is None:
            raise ValidationError(f"No ticket is numbered '{number.strip()}'; type a number "
                                  "such as INC-000042.", {"target_id": "Unknown number."})
        return self.link(source_id, target_id, link_type)

    def unlink(self, link_id: uuid.UUID) -> None:
        """Remove a link (a tombstone: the row stays for sync and history)."""
        now = self._clock()
        with self._uow() as uow:
            row = uow.work_items.link(link_id)
            if row is None:
                raise NotFound("That link was already removed; refresh the item.")
            row.deleted_at = now
            row.updated_at = now
            source = self._load_any(uow, row.source_id)
            target = self._load_any(uow, row.target_id)
            self._event(uow, source, f"link:{row.link_type}", target.number, None, now)
            self._event(uow, target, f"linked:{row.link_type}", source.number, None, now)
            uow.commit()


def row_dto(r: Mapping[str, Any]) -> WorkItemRow:
    """A list row from a repository row mapping (any kind)."""
    return WorkItemRow(
        id=r["id"], version=r["version"], number=r["number"], title=r["title"],
        status=r["status"], priority=r["priority"], category=r["category"],
        team_name=r["team_name"], assignee_name=r["assignee_name"], caller_name=r["caller_name"],
        service_name=r["service_name"], ci_name=r["ci_name"], opened_at=r["opened_at"],
        updated_at=r["updated_at"], resolution_due_at=r["resolution_due_at"],
        sla_state=r["sla_state"], team_id=r["team_id"], assignee_id=r["assignee_id"],
        kind=r["kind"], due_at=r.get("due_at"))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


class _StaffNames:
    """Caches staff names for a history listing."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._cache: dict[uuid.UUID, str] = {}

    def __call__(self, staff_id: uuid.UUID | None) -> str:
        if staff_id is None:
            return "system"
        if staff_id not in self._cache:
            staff = self._uow.staff.get(staff_id)
            self._cache[staff_id] = staff.full_name if staff else "unknown"
        return self._cache[staff_id]
