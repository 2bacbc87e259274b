"""Major incidents: the flag (supervisors and incident managers declare and stand down), child
incidents (the hierarchy column: a child's ``parent_id`` is its major incident), the
communications log with its next-update-due time, the timeline, and the open major incidents
a newly logged incident may belong to ("this looks like INC-…").

Resolving a major incident with its children and refusing to close it while children are open
are steps of the incident lifecycle (:class:`~deskapp.services.incidents.IncidentService`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from deskapp.db.models import (
    Incident,
    MajorIncidentRecipient,
    MajorIncidentUpdate,
    ServiceSubscription,
    WorkItem,
)
from deskapp.domain import kinds
from deskapp.domain.ids import new_id
from deskapp.domain.incident import NOTE_MAX, validate_text
from deskapp.domain.kinds.incident import INCIDENT
from deskapp.domain.mail.compose import valid_address
from deskapp.domain.major_incident import (
    AUDIENCE_MAX,
    MAX_NEXT_UPDATE_MINUTES,
    TIMELINE_FIELDS,
    NextUpdate,
    child_refusal,
    next_update,
)
from deskapp.domain.permissions import Action, Decision, Resource
from deskapp.errors import NotFound, ValidationError
from deskapp.messages import msg
from deskapp.repositories.uow import UnitOfWork
from deskapp.services import mail_out
from deskapp.services.audit import audit
from deskapp.services.authorization import (
    decision,
    item_target,
    require,
    require_item,
    require_visible,
)
from deskapp.services.dto import IncidentDTO, WorkItemRow
from deskapp.services.incidents import IncidentService
from deskapp.services.work_items import _StaffNames, row_dto

#: How many children one link action takes.
MAX_CHILDREN = 500
#: Open major incidents younger than this are offered when a new incident is logged.
CANDIDATE_DAYS = 7


@dataclass(frozen=True)
class MajorIncidentRow:
    id: uuid.UUID
    number: str
    title: str
    status: str
    priority: int
    service_name: str | None
    opened_at: datetime
    children: int
    open_children: int
    next_update: NextUpdate


@dataclass(frozen=True)
class UpdateDTO:
    id: uuid.UUID
    audience: str
    body: str
    posted_by: str
    posted_at: datetime
    next_update_due: datetime | None
    #: how many stakeholders it was mailed to (None: logged only)
    mailed_to: int | None = None


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    who: str
    what: str  # a TIMELINE_FIELDS label
    detail: str


@dataclass(frozen=True)
class MajorIncidentBoard:
    """What the Major incidents view shows of one: itself, children, log, timeline."""

    incident: IncidentDTO
    children: tuple[WorkItemRow, ...]
    updates: tuple[UpdateDTO, ...]
    timeline: tuple[TimelineEntry, ...]
    next_update: NextUpdate


@dataclass(frozen=True)
class Candidate:
    """An open major incident a new incident may belong to."""

    id: uuid.UUID
    number: str
    title: str
    service_name: str | None


@dataclass(frozen=True)
class NamedAddress:
    id: uuid.UUID
    address: str
    name: str


@dataclass(frozen=True)
class Subscriber:
    id: uuid.UUID  # the subscription
    person_id: uuid.UUID
    name: str
    email: str
    #: why no update reaches them ("" when one does): opted out, no address
    left_out: str


@dataclass(frozen=True)
class Stakeholders:
    """Who an update on a major incident would be mailed to, shown before sending."""

    number: str
    service_id: uuid.UUID | None
    service_name: str | None
    subscribers: tuple[Subscriber, ...]
    named: tuple[NamedAddress, ...]
    #: the distinct addresses a "send to stakeholders" mails now
    recipients: tuple[mail_out.Stakeholder, ...]
    #: False while the desk's sending is off (Tools > Mail): an update is only logged
    sending: bool

    @property
    def count(self) -> int:
        return len(self.recipients)


class MajorIncidentService(IncidentService):
    # -- reading ------------------------------------------------------------------------
    def may_declare(self) -> Decision:
        """Whether the signed-in person may declare or stand down major incidents."""
        return decision(self.actor, Action.EDIT, Resource.MAJOR_INCIDENT)

    def major_incidents(self, open_only: bool = True) -> list[MajorIncidentRow]:
        """Major incidents, newest first, with their children counts and next update."""
        now = self._clock()
        with self._uow(read_only=True) as uow:
            stmt = select(Incident).where(Incident.is_major.is_(True),
                                          Incident.deleted_at.is_(None))
            if open_only:
                stmt = stmt.where(Incident.status_category != "done")
            out = []
            for item in uow.session.scalars(stmt.order_by(Incident.opened_at.desc()).limit(200)):
                if not _visible(self, item):
                    continue
                children, still_open = self._child_counts(uow, item.id)
                names = uow.work_items.related_labels(None, item.service_id, None, None, None)
                out.append(MajorIncidentRow(
                    item.id, item.number, item.title, item.status, item.priority,
                    names["service"], item.opened_at, children, still_open,
                    next_update(self._due(uow, item.id), now,
                                still_open=item.status_category != "done")))
            return out

    def board(self, major_id: uuid.UUID) -> MajorIncidentBoard:
        now = self._clock()
        with self._uow(read_only=True) as uow:
            item = self._load(uow, major_id)
            require_visible(self.actor, item, uow)
            if not item.is_major:
                raise ValidationError(msg("{number} is not a major incident.", number=item.number))
            names = _StaffNames(uow)
            updates = tuple(
                UpdateDTO(u.id, u.audience, u.body, names(u.posted_by_id), u.posted_at,
                          u.next_update_due, u.mailed_to) for u in self._updates(uow, major_id))
            children = tuple(row_dto(r) for r in uow.work_items.children(major_id,
                                                                         INCIDENT.key))
            timeline = tuple(TimelineEntry(e.occurred_at, names(e.actor_id),
                                           TIMELINE_FIELDS[e.field], _detail(e.field,
                                                                            e.old_value,
                                                                            e.new_value))
                             for e in uow.work_items.events(major_id)
                             if e.field in TIMELINE_FIELDS)
            dto = self._dto(uow, item, with_sla=True)
            due = updates[-1].next_update_due if updates else None
            return MajorIncidentBoard(dto, children, updates, timeline,
                                      next_update(due, now,
                                                  still_open=item.status_category != "done"))

    def open_children(self, major_id: uuid.UUID) -> list[str]:
        """Numbers of the major incident's open child incidents (the Resolve dialog offers to
        resolve them with it)."""
        with self._uow(read_only=True) as uow:
            self._readable(uow, major_id)
            return uow.work_items.open_children(major_id, INCIDENT.key)

    def candidates(self, incident_id: uuid.UUID) -> list[Candidate]:
        """Open major incidents of the incident's service opened in the last week (the
        incident itself, and when it already has a parent, none)."""
        now = self._clock()
        with self._uow(read_only=True) as uow:
            item = self._load(uow, incident_id)
            if item.service_id is None or item.parent_id is not None or item.is_major:
                return []
            stmt = (select(Incident).where(
                Incident.is_major.is_(True), Incident.deleted_at.is_(None),
                Incident.status_category != "done", Incident.service_id == item.service_id,
                Incident.id != item.id,
                Incident.opened_at >= now - timedelta(days=CANDIDATE_DAYS))
                .order_by(Incident.opened_at.desc()).limit(5))
            out = []
            for major in uow.session.scalars(stmt):
                if _visible(self, major):
                    names = uow.work_items.related_labels(None, major.service_id, None, None,
                                                          None)
                    out.append(Candidate(major.id, major.number, major.title, names["service"]))
            return out

    # -- writing ------------------------------------------------------------------------
    def declare(self, incident_id: uuid.UUID, expected_version: int,
                major: bool = True) -> IncidentDTO:
        """Declare the incident major (or stand it down)."""
        return self.edit(incident_id, expected_version, {"is_major": major})

    def link_children(self, major_id: uuid.UUID, child_ids: Sequence[uuid.UUID]) -> int:
        """Make incidents (a queue selection, or one just logged) children of the major
        incident; those already its children are skipped. All or none; returns how many."""
        ids = list(dict.fromkeys(child_ids))
        if not ids:
            raise ValidationError("Choose the incidents to link as children first.")
        if len(ids) > MAX_CHILDREN:
            raise ValidationError(msg("Link at most {max_children} children at a time.",
                                      max_children=MAX_CHILDREN))
        now = self._clock()
        with self._uow() as uow:
            major = self._major_for_write(uow, major_id)
            linked = 0
            for child_id in ids:
                child = uow.work_items.get_incident(child_id)
                if child is None:
                    raise NotFound("One of the chosen incidents no longer exists (or is not "
                                   "an incident); refresh the list.")
                require_visible(self.actor, child, uow)
                if child.parent_id == major.id:
                    continue
                other = uow.work_items.get(child.parent_id) if child.parent_id else None
                refusal = child_refusal(major.number, child.number,
                                        child_is_major=bool(child.is_major),
                                        same=child.id == major.id,
                                        other_parent=other.number if other else None,
                                        child_open=child.status != "closed")
                if refusal:
                    raise ValidationError(refusal, {"children": refusal})
                require_item(self.actor, Action.EDIT, child, uow)
                self._change(uow, child, "parent_id", major.id, now)
                self._event(uow, major, "child_added", None, child.number, now)
                linked += 1
            major.updated_at = now
            uow.commit()
            return linked

    def unlink_child(self, major_id: uuid.UUID, child_id: uuid.UUID) -> None:
        now = self._clock()
        with self._uow() as uow:
            major = self._major_for_write(uow, major_id)
            child = uow.work_items.get_incident(child_id)
            if child is None or child.parent_id != major.id:
                raise NotFound("That incident is no longer a child of this major incident; "
                               "refresh.")
            require_item(self.actor, Action.EDIT, child, uow)
            self._change(uow, child, "parent_id", None, now)
            self._event(uow, major, "child_removed", child.number, None, now)
            major.updated_at = now
            uow.commit()

    def post_update(self, major_id: uuid.UUID, audience: str, body: str,
                    next_update_in_minutes: int | None = None, *,
                    send_to: int | None = None) -> UpdateDTO:
        """Log a stakeholder update and when the next one is due. ``send_to``: mail it to the
        stakeholders too, who were that many when the person looked (:meth:`stakeholders`);
        when the list changed since, nothing is saved and the sentence gives the new count.
        The messages are queued in the update's transaction (the mail worker sends them)."""
        fields: dict[str, str] = {}
        who = validate_text(fields, "audience", audience, label="The audience", required=True,
                            limit=AUDIENCE_MAX, missing="Say who the update went to.")
        text = validate_text(fields, "body", body, label="The update", required=True,
                             limit=NOTE_MAX, missing="Type what the stakeholders were told.")
        if next_update_in_minutes is not None and not \
                1 <= next_update_in_minutes <= MAX_NEXT_UPDATE_MINUTES:
            fields["next_update"] = (msg("Promise the next update within 1 to "
                                         "{max_next_update_minutes} hours.",
                                         max_next_update_minutes=MAX_NEXT_UPDATE_MINUTES // 60))
        if fields or who is None or text is None:
            raise ValidationError.for_fields(fields)
        now = self._clock()
        due = now + timedelta(minutes=next_update_in_minutes) \
            if next_update_in_minutes is not None else None
        with self._uow() as uow:
            major = self._major_for_write(uow, major_id)
            if major.status_category == "done":
                raise ValidationError(msg("{number} is {status}; it owes no more updates.",
                                          number=major.number,
                                          status=INCIDENT.life.said(major.status)))
            mailed: int | None = None
            if send_to is not None:
                recipients = mail_out.stakeholders(uow, major)
                _check_send(major.number, recipients, send_to)
            row = MajorIncidentUpdate(id=new_id(), work_item_id=major.id, audience=who,
                                      body=text, posted_by_id=self.actor.staff_id,
                                      posted_at=now, next_update_due=due, created_at=now,
                                      updated_at=now)
            uow.session.add(row)
            self._event(uow, major, "stakeholder_update", None, f"{who}: {text}"[:500], now)
            if send_to is not None:
                service = uow.work_items.related_labels(None, major.service_id, None, None,
                                                        None)["service"]
                mailed = row.mailed_to = mail_out.on_stakeholder_update(
                    uow, major, recipients, text, due, service or "", now)
            major.updated_at = now
            uow.commit()
            return UpdateDTO(row.id, who, text, self.actor.full_name, now, due, mailed)

    # -- stakeholders ---------------------------------------------------------------------
    def stakeholders(self, major_id: uuid.UUID) -> Stakeholders:
        """The service's subscribers, the addresses named on the major incident and the
        distinct recipients an update would be mailed to now."""
        with self._uow(read_only=True) as uow:
            item = self._load(uow, major_id)
            require_visible(self.actor, item, uow)
            return self._stakeholders(uow, item)

    def _stakeholders(self, uow: UnitOfWork, item: Incident) -> Stakeholders:
        recipients = mail_out.stakeholders(uow, item)
        subscribers = []
        if item.service_id is not None:
            for sub, person in uow.mail.subscriptions(item.service_id):
                left_out = "" if valid_address(person.email) else "no e-mail address"
                if not left_out and uow.mail.opt_out(person.id) is not None:
                    left_out = "opted out of mail"
                subscribers.append(Subscriber(sub.id, person.id, person.full_name,
                                              person.email or "", left_out))
        named = tuple(NamedAddress(r.id, r.address, r.name or "")
                      for r in uow.mail.named_recipients(item.id))
        service = uow.work_items.related_labels(None, item.service_id, None, None,
                                                None)["service"]
        return Stakeholders(item.number, item.service_id, service, tuple(subscribers), named,
                            recipients.recipients, recipients.sending)

    def name_address(self, major_id: uuid.UUID, address: str, name: str = "") -> Stakeholders:
        """Name an address on the major incident: it receives the updates mailed from now on."""
        address, name = address.strip(), " ".join(name.split())
        if not valid_address(address):
            raise ValidationError("Enter an e-mail address such as it-manager@example.com.",
                                  {"address": "not an address"})
        if len(name) > 120:
            raise ValidationError("Shorten the name to 120 characters.", {"name": "too long"})
        now = self._clock()
        with self._uow() as uow:
            major = self._major_for_write(uow, major_id)
            if any(r.address.lower() == address.lower()
                   for r in uow.mail.named_recipients(major.id)):
                raise ValidationError(msg("{address} is already named on {number}.",
                                          address=address, number=major.number),
                                      {"address": "already named"})
            row = MajorIncidentRecipient(id=new_id(), work_item_id=major.id, address=address,
                                         name=name or None, created_at=now, updated_at=now)
            uow.mail.add(row)
            audit(uow, self.actor, "major_incident_recipient", row.id, major.number, None,
                  {"address": address, "name": name})
            uow.commit()
            return self._stakeholders(uow, major)

    def remove_address(self, major_id: uuid.UUID, recipient_id: uuid.UUID) -> Stakeholders:
        now = self._clock()
        with self._uow() as uow:
            major = self._major_for_write(uow, major_id)
            row = uow.session.get(MajorIncidentRecipient, recipient_id)
            if row is None or row.deleted_at is not None or row.work_item_id != major.id:
                raise NotFound("That address is no longer named on this major incident; "
                               "refresh.")
            row.deleted_at = row.updated_at = now
            audit(uow, self.actor, "major_incident_recipient", row.id, major.number,
                  {"address": row.address, "name": row.name or ""}, None)
            uow.commit()
            return self._stakeholders(uow, major)

    def subscribe(self, major_id: uuid.UUID, address: str) -> Stakeholders:
        """Subscribe the caller with this address to the major incident's service: they
        receive the updates of every major incident on it."""
        require(self.actor, Action.EDIT, Resource.PERSON)
        now = self._clock()
        with self._uow() as uow:
            major = self._load(uow, major_id)
            require_visible(self.actor, major, uow)
            if major.service_id is None:
                raise ValidationError(msg("{number} names no service; set its service first, or "
                                          "name the address on the incident instead.",
                                          number=major.number))
            person = uow.mail.person_by_email(address.strip()) if address.strip() else None
            if person is None:
                raise ValidationError(
                    msg("No caller has the address {address}; add them under Callers first, or "
                        "name the address on the incident instead.",
                        address=address.strip() or msg("(empty)")),
                    {"address": "unknown caller"})
            if uow.mail.subscription(major.service_id, person.id) is not None:
                raise ValidationError(msg("{full_name} already follows this service.",
                                          full_name=person.full_name),
                                      {"address": "already subscribed"})
            row = ServiceSubscription(id=new_id(), service_id=major.service_id,
                                      person_id=person.id, created_at=now, updated_at=now)
            uow.mail.add(row)
            audit(uow, self.actor, "service_subscription", row.id, person.full_name, None,
                  {"person": person.full_name, "service": str(major.service_id)})
            uow.commit()
            return self._stakeholders(uow, major)

    def unsubscribe(self, major_id: uuid.UUID, subscription_id: uuid.UUID) -> Stakeholders:
        require(self.actor, Action.EDIT, Resource.PERSON)
        now = self._clock()
        with self._uow() as uow:
            major = self._load(uow, major_id)
            require_visible(self.actor, major, uow)
            row = uow.session.get(ServiceSubscription, subscription_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("That caller no longer follows the service; refresh.")
            person = uow.people.get(row.person_id)
            row.deleted_at = row.updated_at = now
            label = person.full_name if person else str(row.person_id)
            audit(uow, self.actor, "service_subscription", row.id, label,
                  {"person": label, "service": str(row.service_id)}, None)
            uow.commit()
            return self._stakeholders(uow, major)

    # -- helpers ------------------------------------------------------------------------
    def _major_for_write(self, uow: UnitOfWork, major_id: uuid.UUID) -> Incident:
        major = self._load(uow, major_id)
        require_visible(self.actor, major, uow)
        require_item(self.actor, Action.EDIT, major, uow)
        if not major.is_major:
            raise ValidationError(msg("{number} is not a major incident; a supervisor or "
                                      "incident manager declares it first.", number=major.number))
        return major

    def _child_counts(self, uow: UnitOfWork, major_id: uuid.UUID) -> tuple[int, int]:
        row = uow.session.execute(
            select(func.count(), func.count().filter(WorkItem.status_category != "done"))
            .where(WorkItem.parent_id == major_id, WorkItem.kind == INCIDENT.key,
                   WorkItem.deleted_at.is_(None))).one()
        return int(row[0]), int(row[1])

    def _updates(self, uow: UnitOfWork, major_id: uuid.UUID) -> list[MajorIncidentUpdate]:
        return list(uow.session.scalars(
            select(MajorIncidentUpdate).where(MajorIncidentUpdate.work_item_id == major_id,
                                              MajorIncidentUpdate.deleted_at.is_(None))
            .order_by(MajorIncidentUpdate.posted_at)))

    def _due(self, uow: UnitOfWork, major_id: uuid.UUID) -> datetime | None:
        return uow.session.scalar(
            select(MajorIncidentUpdate.next_update_due)
            .where(MajorIncidentUpdate.work_item_id == major_id,
                   MajorIncidentUpdate.deleted_at.is_(None))
            .order_by(MajorIncidentUpdate.posted_at.desc()).limit(1))


def _check_send(number: str, recipients: mail_out.StakeholderList, expected: int) -> None:
    """Refuse to mail an update the person did not see the recipients of."""
    if not recipients.sending:
        raise ValidationError("Sending mail is switched off for this desk (Tools > Mail), so "
                              "the update cannot be mailed; post it without sending, or ask "
                              "an administrator to switch sending on.")
    count = len(recipients.recipients)
    if count == 0:
        raise ValidationError(msg("{number} has no stakeholders to mail: subscribe callers to "
                                  "its service or name addresses on it first (Stakeholders…).",
                                  number=number))
    if count != expected:
        raise ValidationError(msg("The stakeholders of {number} changed while you wrote: the "
                                  "update would now go to {count}, not {expected}. Check the "
                                  "count and send again; nothing was saved.",
                                  number=number, count=count, expected=expected))


def _visible(service: MajorIncidentService, item: WorkItem) -> bool:
    return decision(service.actor, Action.VIEW, item.kind, item_target(item)).allowed


def _detail(field: str, old: str | None, new: str | None) -> str:
    """How a history entry reads on the timeline (statuses by their labels)."""
    if field == "status":
        old = kinds.status_label(old, INCIDENT.key) if old else old
        new = kinds.status_label(new, INCIDENT.key) if new else new
    elif field == "is_major":
        return "declared" if new == "True" else "stood down"
    elif field in ("assignee_id", "team_id"):
        return ""  # ids; the History tab names them
    if old and new:
        return f"{old} → {new}"
    return new or (f"({old})" if old else "")
