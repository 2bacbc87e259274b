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
from contextvars import ContextVar
from dataclasses import dataclass
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
from deskapp.domain.kinds import BulkOptions, Category, KindDeclaration
from deskapp.domain.numbers import format_number, parse_number
from deskapp.domain.pending import REASON_MAX, check_reason, check_until
from deskapp.domain.permissions import Decision
from deskapp.domain.time_spent import NOTE_MAX as TIME_NOTE_MAX
from deskapp.errors import ConflictError, NotFound, ValidationError
from deskapp.messages import mark, msg, translate
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services import mail_out
from deskapp.services.authorization import (
    Action,
    decision,
    item_target,
    require_item,
    require_visible,
)
from deskapp.services.dto import Actor, CommentDTO, EventDTO, LinkDTO, WorkItemRow
from deskapp.services.preferences import team_for_me
from deskapp.services.sla_clock import SlaEngine
from deskapp.services.time_entries import log_time

Clock = Callable[[], datetime]

LINK_LABELS = {"caused_by": mark("Caused by"), "fixes": mark("Fixes"),
               "relates_to": mark("Relates to"), "duplicate_of": mark("Duplicate of")}


def _unknown_link_type(link_type: str) -> ValidationError:
    return ValidationError(msg("'{link_type}' is not a link type; use one of {types}.",
                               link_type=link_type, types=", ".join(LINK_TYPES)),
                           {"link_type": "unknown"})


@dataclass(frozen=True)
class StepDetails:
    """What a lifecycle step carries besides its target: why the item waits and until when
    (a step into a waiting status), or why it is reopened (a step out of a done one)."""

    pending_reason: str | None = None
    pending_until: datetime | None = None
    reopen_reason: str | None = None


#: The details of the step the current call makes (:meth:`WorkItemOperations.wait`,
#: :meth:`~WorkItemOperations.reopen`): every kind's ``transition`` moves the status through
#: ``_set_status``, which applies them in the step's own transaction, so no kind's transition
#: needs to know about them. Per call (a context variable), never shared between threads.
_STEP: ContextVar[StepDetails | None] = ContextVar("deskapp_step_details", default=None)


class WorkItemOperations:
    """Shared machinery of the kind services (inherit; do not instantiate alone)."""

    def __init__(self, uow: UnitOfWorkFactory, actor: Actor, clock: Clock = utcnow) -> None:
        self._uow = uow
        self.actor = actor
        self._clock = clock
        self._sla = SlaEngine()

    # -- reading ------------------------------------------------------------------------
    def permissions_for(self, item_id: uuid.UUID) -> dict[Action, Decision]:
        """What the signed-in person may do to this item, each with the sentence saying why
        not: forms enable or disable their fields, lifecycle and assignment buttons by it."""
        with self._uow(read_only=True) as uow:
            item = self._load_any(uow, item_id)
            target, kind = item_target(item), item.kind
        return {action: decision(self.actor, action, kind, target)
                for action in (Action.VIEW, Action.EDIT, Action.HAND_OVER, Action.DELETE)}

    def history(self, item_id: uuid.UUID) -> list[EventDTO]:
        with self._uow(read_only=True) as uow:
            self._readable(uow, item_id)
            names = _StaffNames(uow)
            return [
                EventDTO(e.occurred_at, names(e.actor_id), e.field, e.old_value, e.new_value)
                for e in uow.work_items.events(item_id)
            ]

    def readable_history(self, item_id: uuid.UUID) -> list[EventDTO]:
        """The event log as a person reads it: caller, service, CI, team and assignee ids
        replaced by names (a deleted record keeps its id)."""
        with self._uow(read_only=True) as uow:
            self._readable(uow, item_id)
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
            self._readable(uow, item_id)
            names = _StaffNames(uow)
            return [
                CommentDTO(c.id, c.work_item_id, names(c.author_id), c.body, c.work_note,
                           c.created_at)
                for c in uow.work_items.comments(item_id)
            ]

    # -- writing ------------------------------------------------------------------------
    def add_comment(self, item_id: uuid.UUID, body: str, *, work_note: bool,
                    minutes: int | None = None,
                    comment_id: uuid.UUID | None = None) -> CommentDTO:
        """Append a customer-visible comment or an internal work note (never a conflict);
        with ``minutes``, the signed-in person's time spent is logged in the same transaction
        (both or neither). ``comment_id``: the id a comment made offline had in the replica
        (a file attached to it there names it)."""
        fields: dict[str, str] = {}
        text = validate_text(fields, "body", body, label="The note" if work_note else
                             "The comment", required=True, limit=NOTE_MAX)
        if fields or text is None:
            raise ValidationError.for_fields(fields)
        now = self._clock()
        with self._uow() as uow:
            item = self._load_any(uow, item_id)
            require_item(self.actor, Action.EDIT, item, uow)
            if minutes is not None:
                log_time(uow, self.actor, item, minutes, now, text[:TIME_NOTE_MAX], now)
            comment = self._append_comment(uow, item, text, work_note, now,
                                           comment_id=comment_id)
            if not work_note:
                mail_out.on_comment(uow, item, text, self.actor.full_name, now)
            if not work_note and item.responded_at is None:
                # A reply to the caller is the first response.
                item.responded_at = now
                self._sla.recompute(uow, item, now)
            uow.commit()
            return CommentDTO(comment.id, item.id, self.actor.full_name, text, work_note, now)

    def _append_comment(self, uow: UnitOfWork, item: WorkItem, text: str, work_note: bool,
                        now: datetime, *, comment_id: uuid.UUID | None = None) -> Comment:
        """A comment or work note by the signed-in person, with its history event, inside
        ``uow`` (the text already checked)."""
        comment = Comment(id=comment_id or new_id(), work_item_id=item.id,
                          author_id=self.actor.staff_id, body=text, work_note=work_note,
                          created_at=now)
        uow.work_items.add_comment(comment)
        self._event(uow, item, "work_note" if work_note else "comment", None, text[:500], now)
        return comment

    def claim(self, uow: UnitOfWork, item: WorkItem, team_id: uuid.UUID | None = None) -> Any:
        """Assign ``item`` to the signed-in person inside ``uow`` (take next) and commit;
        an item without a team goes to their default team (``team_id``: the one they chose
        now, see :func:`~deskapp.services.preferences.team_for_me`). Returns the kind's DTO."""
        now = self._clock()
        require_item(self.actor, Action.EDIT, item, uow)
        team = team_for_me(uow, self.actor, item.team_id, item.number, team_id)
        team, assignee_id = self._validated_assignment(uow, team, self.actor.staff_id)
        self._change(uow, item, "team_id", team, now)
        self._change(uow, item, "assignee_id", assignee_id, now)
        self._first_assignment(uow, item, now)
        self._sla.recompute(uow, item, now)
        return self._commit(uow, item)

    def _dto(self, uow: UnitOfWork, item: Any, *, with_sla: bool) -> Any:
        raise NotImplementedError  # each kind's service builds its own DTO

    def _commit(self, uow: UnitOfWork, item: Any) -> Any:
        """Write, read the saved item back as its kind's DTO in the same transaction, then
        commit.

        Reading it after the commit opened a second transaction just for the DTO: on SQLite a
        second BEGIN IMMEDIATE (the writer's lock taken again to read), on PostgreSQL two more
        round trips (BEGIN, and the ROLLBACK when the session closes), and the item read again.
        """
        uow.flush()  # the new version and timestamps; a lost update raises ConflictError here
        dto = self._dto(uow, item, with_sla=True)
        uow.commit()
        return dto

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

    def _checked_references(self, uow: UnitOfWork, fields: dict[str, str],
                            data: Mapping[str, Any]) -> dict[str, Any]:
        """The caller, service and CI ids ``data`` holds, each checked to exist (a message per
        missing one in ``fields``)."""
        out: dict[str, Any] = {}
        # one sentence per reference (the noun's gender differs in other languages)
        refs = (("caller_id", uow.people.get,
                 mark("The chosen caller no longer exists; pick another.")),
                ("service_id", uow.catalog.service,
                 mark("The chosen service no longer exists; pick another.")),
                ("ci_id", uow.catalog.ci,
                 mark("The chosen configuration item no longer exists; pick another.")))
        for name, lookup, gone in refs:
            if name in data:
                value = data[name]
                if value is not None and lookup(value) is None:
                    fields[name] = translate(gone)
                out[name] = value
        return out

    def _edited_assignment(self, uow: UnitOfWork, item: WorkItem, changes: Mapping[str, Any],
                           fields: dict[str, str]) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        """Team and assignee after a form's ``changes`` (the item's own when it changed
        neither): a hand-over or an edit as the rules say, each checked; a bad one is a
        message in ``fields`` (whole sentences: they name the person)."""
        team_id, assignee_id = item.team_id, item.assignee_id
        if {"team_id", "assignee_id"} & changes.keys():
            self._require_reassign(uow, item, changes.get("team_id", item.team_id),
                                   changes.get("assignee_id", item.assignee_id))
            try:
                team_id, assignee_id = self._validated_assignment(
                    uow, changes.get("team_id", item.team_id),
                    changes.get("assignee_id", item.assignee_id))
            except ValidationError as exc:
                fields.update({k: str(exc) for k in exc.fields or ("assignee_id",)})
        return team_id, assignee_id

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

    def _readable(self, uow: UnitOfWork, item_id: uuid.UUID) -> None:
        """Refuse reading a confidential item of another team (history, comments)."""
        item = uow.work_items.get(item_id)
        if item is not None:
            require_visible(self.actor, item, uow)

    def _require_reassign(self, uow: UnitOfWork, item: WorkItem, team_id: uuid.UUID | None,
                          assignee_id: uuid.UUID | None) -> None:
        """Another team is a hand-over; another assignee in the same team an edit."""
        if team_id != item.team_id:
            require_item(self.actor, Action.HAND_OVER, item, uow)
        elif assignee_id != item.assignee_id:
            require_item(self.actor, Action.EDIT, item, uow)

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
                    msg("{name} is not a member of the chosen team; pick a member or change the "
                        "team.", name=staff.full_name),
                    {"assignee_id": "Not a member of the team."})
        return team_id, assignee_id

    def _set_status(self, uow: UnitOfWork, item: WorkItem, to: str, now: datetime) -> None:
        """Move to ``to`` (already checked), keeping the category and the first response.

        A waiting item that moves on drops its pending reason and date; the details of the
        step being made (``_STEP``: a reason to wait, or to reopen) are recorded with it."""
        life = kinds.lifecycle(item.kind)
        before = life.category(item.status) if item.status in life.statuses else None
        if item.responded_at is None and to != life.initial:
            item.responded_at = now
        self._change(uow, item, "status", to, now)
        # derived from the status: no event of its own (the status event says it all)
        after = life.category(to)
        item.status_category = after.value
        step = _STEP.get()
        if after == Category.WAITING:
            if step is not None and step.pending_reason is not None:
                self._apply_pending(uow, item, step, now)
        elif item.pending_reason is not None or item.pending_until is not None:
            self._apply_pending(uow, item, StepDetails(), now)
        if before == Category.DONE and after != Category.DONE and step is not None \
                and step.reopen_reason:
            self._event(uow, item, "reopen_reason", None, step.reopen_reason, now)

    def _apply_pending(self, uow: UnitOfWork, item: WorkItem, step: StepDetails,
                       now: datetime) -> None:
        self._change(uow, item, "pending_reason", step.pending_reason, now)
        self._change(uow, item, "pending_until", step.pending_until, now)

    def _change(self, uow: UnitOfWork, item: WorkItem, name: str, value: Any,
                now: datetime) -> None:
        old = getattr(item, name)
        if old == value:
            return
        setattr(item, name, value)
        item.updated_at = now
        self._event(uow, item, name, old, value, now)

    def _add_link(self, uow: UnitOfWork, source: WorkItem, target: WorkItem, link_type: str,
                  now: datetime, link_id: uuid.UUID | None = None, *,
                  from_target: bool = False) -> WorkItemLink:
        """Record "source <link_type> target" inside ``uow``: the person must be allowed to
        change the source and see the target (``from_target``: recorded from the target's
        form, "PRB fixed by CHG": change the target, see the source); both get an event."""
        editing, seen = (target, source) if from_target else (source, target)
        require_item(self.actor, Action.EDIT, editing, uow)
        require_visible(self.actor, seen, uow)
        if uow.work_items.live_link(source.id, target.id, link_type) is not None:
            raise ValidationError(msg("{source} is already linked to {target} as '{link}'.",
                                      source=source.number, target=target.number,
                                      link=translate(LINK_LABELS[link_type])))
        row = WorkItemLink(id=link_id or new_id(), source_id=source.id, target_id=target.id,
                           link_type=link_type, created_at=now, updated_at=now)
        uow.work_items.add_link(row)
        self._event(uow, source, f"link:{link_type}", None, target.number, now)
        self._event(uow, target, f"linked:{link_type}", None, source.number, now)
        return row

    @property
    def _event_actor_id(self) -> uuid.UUID | None:
        """Who events are recorded as: the signed-in person (DeskApp's own steps: nobody)."""
        return self.actor.staff_id

    def _event(self, uow: UnitOfWork, item: WorkItem, name: str, old: Any, new: Any,
               now: datetime) -> None:
        uow.work_items.add_event(TicketEvent(
            id=new_id(), ticket_kind=kinds.kind(item.kind).prefix, ticket_id=item.id,
            actor_id=self._event_actor_id, occurred_at=now, field=name,
            old_value=_text(old), new_value=_text(new)))
        # the mail a change causes is queued in the change's own transaction
        mail_out.on_event(uow, item, name, new, now, self.actor.staff_id)


class KindService(WorkItemOperations):
    """What every kind's own service has on top of the shared machinery: the steps a form or
    a queue makes on any kind (Assign to me, Pending with a reason, Reopen with a reason),
    written once over the kind's ``assign`` and ``transition``. A new kind's service extends
    this (``IncidentService``, ``IncidentTaskService``)."""

    def assign_to_me(self, item_id: uuid.UUID, expected_version: int,
                     team_id: uuid.UUID | None = None) -> Any:
        """Assign the item to the signed-in person (the form's and the queue's Assign to me).

        It keeps its team when the person is in it; an item with no team goes to their
        default team (``team_id``: the one they chose now); an item of a team they are not in
        is refused (a hand-over is that team's call). The kind's own assignment rules apply
        (its ``assign``), and the version check makes the team chosen here still right.
        """
        with self._uow() as uow:
            item = self._load_any(uow, item_id)
            team = team_for_me(uow, self.actor, item.team_id, item.number, team_id)
            uow.commit()  # a default team chosen now is kept even if the item moved meanwhile
        return self.assign(item_id, expected_version, team, self.actor.staff_id)

    def assign(self, item_id: uuid.UUID, expected_version: int, team_id: uuid.UUID | None,
               assignee_id: uuid.UUID | None) -> Any:
        raise NotImplementedError  # each kind's service assigns by its own rules

    def transition(self, item_id: uuid.UUID, expected_version: int, target: str) -> Any:
        raise NotImplementedError  # each kind's service steps by its own lifecycle rules

    def wait(self, item_id: uuid.UUID, expected_version: int, target: str, reason: str,
             until: datetime | None = None) -> Any:
        """Put the item in the waiting status ``target`` with a reason (see
        :mod:`deskapp.domain.pending`) and optionally a date it comes back by itself. An item
        already waiting there only gets the new reason and date (no step)."""
        now = self._clock()
        details = StepDetails(check_reason(reason), check_until(until, now))
        with self._uow() as uow:
            item = self._load_any(uow, item_id)
            life = kinds.lifecycle(item.kind)
            target = life.parse(target)
            if life.category(target) != Category.WAITING:
                raise ValidationError(msg("{status} is not a waiting status; choose the step "
                                          "that puts the item on hold.",
                                          status=life.shown(target)))
            if item.status == target:
                require_visible(self.actor, item, uow)
                require_item(self.actor, Action.EDIT, item, uow)
                self._check_version(uow, item, expected_version,
                                    lambda: self._dto(uow, item, with_sla=False))
                self._apply_pending(uow, item, details, now)
                self._sla.recompute(uow, item, now)
                return self._commit(uow, item)
        token = _STEP.set(details)
        try:
            return self.transition(item_id, expected_version, target)
        finally:
            _STEP.reset(token)

    def reopen(self, item_id: uuid.UUID, expected_version: int, target: str,
               reason: str) -> Any:
        """Reopen a finished item with the reason, recorded as a ``reopen_reason`` event with
        the step (the kind's own reopen rules apply: its ``transition``)."""
        fields: dict[str, str] = {}
        text = validate_text(fields, "reopen_reason", reason, label="The reason",
                             required=True, limit=REASON_MAX,
                             missing="Say why the item is reopened.")
        if fields or text is None:
            raise ValidationError.for_fields(fields)
        with self._uow(read_only=True) as uow:
            item = self._load_any(uow, item_id)
            if kinds.lifecycle(item.kind).category(item.status) != Category.DONE:
                raise ValidationError(msg("{number} is not finished, so it cannot be reopened; "
                                          "refresh it.", number=item.number))
        token = _STEP.set(StepDetails(reopen_reason=text))
        try:
            return self.transition(item_id, expected_version, target)
        finally:
            _STEP.reset(token)


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
            self._readable(uow, item_id)
            return [LinkDTO(link.id, link.link_type, link.source_id == item_id, other.id,
                            other.kind, other.number, other.title, other.status)
                    for link, other in uow.work_items.links_of(item_id)]

    def link(self, source_id: uuid.UUID, target_id: uuid.UUID, link_type: str, *,
             link_id: uuid.UUID | None = None) -> LinkDTO:
        """Record "source <link_type> target"; both items get an event. ``link_id``: the id
        an offline replica gave the link (its removal later names it)."""
        if link_type not in LINK_TYPES:
            raise _unknown_link_type(link_type)
        if source_id == target_id:
            raise ValidationError("An item cannot be linked to itself.",
                                  {"target_id": "Pick another item."})
        now = self._clock()
        with self._uow() as uow:
            source = self._load_any(uow, source_id)
            target = self._load_any(uow, target_id)
            row = self._add_link(uow, source, target, link_type, now, link_id)
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
            raise ValidationError(msg("No ticket is numbered '{number}'; type a number such as "
                                      "INC-000042.", number=number.strip()),
                                  {"target_id": "Unknown number."})
        return self.link(source_id, target_id, link_type)

    def link_from_number(self, item_id: uuid.UUID, number: str, link_type: str) -> LinkDTO:
        """Record "<number> <link_type> this item" from this item's form (a problem "fixed
        by" CHG-12, a change that "causes" INC-7): the person changes this item."""
        if link_type not in LINK_TYPES:
            raise _unknown_link_type(link_type)
        with self._uow(read_only=True) as uow:
            parsed = parse_number(number)
            found = uow.work_items.by_number(format_number(*parsed)) if parsed else None
            source_id = found.id if found is not None else None
        if source_id is None:
            raise ValidationError(msg("No ticket is numbered '{number}'; type a number such as "
                                      "CHG-000042.", number=number.strip()),
                                  {"target_id": "Unknown number."})
        if source_id == item_id:
            raise ValidationError("An item cannot be linked to itself.",
                                  {"target_id": "Pick another item."})
        now = self._clock()
        with self._uow() as uow:
            source = self._load_any(uow, source_id)
            target = self._load_any(uow, item_id)
            row = self._add_link(uow, source, target, link_type, now, from_target=True)
            uow.commit()
            return LinkDTO(row.id, link_type, False, source.id, source.kind, source.number,
                           source.title, source.status)

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
            require_item(self.actor, Action.EDIT, source, uow)
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
        kind=r["kind"], due_at=r.get("due_at"), caller_vip=bool(r.get("caller_vip")),
        pending_reason=r.get("pending_reason"))


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
