"""Applies the SLA clock (deskapp.domain.sla) to work items of any kind.

The metrics an item is measured on come from its kind's declaration (incidents: response and
resolution; incident tasks: resolution). The clock is always recomputed by replaying the item's
status events over the SLA's
business-hours calendar, never incremented: that keeps it right when edits arrive late or out of
order (offline replicas, clock skew). Results are stored on the incident for reports and queues.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, time
from typing import Any

from deskapp.db.models import SlaDefinition, TicketEvent, WorkItem
from deskapp.domain import kinds
from deskapp.domain.kinds.base import RESPONSE
from deskapp.domain.pending import clock_status
from deskapp.domain.sla import (
    BusinessCalendar,
    MetricClock,
    SlaSnapshot,
    SlaState,
    StatusChange,
    replay_incident,
)
from deskapp.repositories.uow import UnitOfWork
from deskapp.repositories.work_items import CLOCK_FIELDS
from deskapp.services.dto import MetricDTO, SlaDTO


def minute_to_time(minute: int) -> time:
    """Minutes after local midnight as a time; 1440 (end of day) becomes midnight."""
    return time(0, 0) if minute >= 1440 else time(minute // 60, minute % 60)


#: Calendars built for the clock, by (id, version): a calendar edit bumps the version (also for
#: hours and holidays only), so a stale entry is never used. Saves two queries and the holiday
#: arithmetic on every incident write. Shared by worker threads; dict reads and writes are atomic.
_CALENDARS: dict[tuple[object, int], tuple[str, BusinessCalendar]] = {}
_CALENDAR_CACHE_MAX = 64


def load_calendar(uow: UnitOfWork, calendar_id: object) -> tuple[str, BusinessCalendar]:
    cal = uow.sla.calendar(calendar_id)  # type: ignore[arg-type]
    if cal is None:
        return "24x7 (UTC)", BusinessCalendar.always("UTC")
    key = (cal.id, cal.version)
    cached = _CALENDARS.get(key)
    if cached is not None and cached[0] == cal.name:
        return cached
    hours: dict[int, list[tuple[time, time]]] = {d: [] for d in range(7)}
    for h in uow.sla.hours(cal.id):
        hours[h.weekday].append((minute_to_time(h.start_minute), minute_to_time(h.end_minute)))
    holidays = frozenset(h.day for h in uow.sla.holidays(cal.id))
    built = cal.name, BusinessCalendar(
        zone=cal.timezone, hours={d: tuple(v) for d, v in hours.items()}, holidays=holidays)
    if len(_CALENDARS) >= _CALENDAR_CACHE_MAX:
        _CALENDARS.clear()
    _CALENDARS[key] = built
    return built


#: ``Session.info`` key for the replay ``recompute`` made in this operation, so the DTO built
#: right after the commit reuses it instead of replaying the history a second time.
_LAST_REPLAY = "deskapp.sla.last_replay"
_TARGETS = "deskapp.sla.targets"


class SlaEngine:
    def _replay(self, uow: UnitOfWork, incident: WorkItem, now: datetime,
                events: Sequence[TicketEvent] | None = None,
                ) -> tuple[SlaDefinition, str, SlaSnapshot] | None:
        with uow.session.no_autoflush:
            return self._replay_unflushed(uow, incident, now, events)

    @staticmethod
    def definition_for(uow: UnitOfWork, item: WorkItem) -> SlaDefinition | None:
        """The SLA an item is measured by: its own, else its service's, else the default."""
        sla = None
        if item.sla_id:
            sla = uow.sla.definition(item.sla_id)
        if sla is None and item.service_id:
            service = uow.catalog.service(item.service_id)
            if service is not None and service.sla_id:
                sla = uow.sla.definition(service.sla_id)
        return sla if sla is not None else uow.sla.default_definition()

    def _replay_unflushed(self, uow: UnitOfWork, incident: WorkItem, now: datetime,
                          events: Sequence[TicketEvent] | None,
                          ) -> tuple[SlaDefinition, str, SlaSnapshot] | None:
        sla = self.definition_for(uow, incident)
        if sla is None:
            return None
        # targets per operation: a sweep replays hundreds of tickets of the same few SLAs
        targets = uow.session.info.setdefault(_TARGETS, {})
        key = (sla.id, incident.priority)
        if key not in targets:
            targets[key] = uow.sla.target(sla.id, incident.priority)
        target = targets[key]
        if target is None:
            return None
        cal_name, calendar = load_calendar(uow, sla.calendar_id)
        changes = clock_changes(events if events is not None else _status_events(uow, incident),
                                sla.pause_reasons)
        snapshot = replay_incident(
            opened_at=incident.opened_at, changes=changes, responded_at=incident.responded_at,
            resolved_at=incident.resolved_at, now=now, calendar=calendar,
            response_minutes=target.response_minutes,
            resolution_minutes=target.resolution_minutes,
            pause_statuses=frozenset(sla.pause_statuses or ()))
        return sla, cal_name, snapshot

    def recompute(self, uow: UnitOfWork, incident: WorkItem, now: datetime) -> None:
        """Replay and store the SLA results on ``incident`` (inside the caller's transaction).

        Nothing is flushed here, so an operation still writes its row once (one version step).
        A stored item this operation left unchanged is not replayed: its elapsed minutes move
        with the clock, so storing them would give a save that changed nothing a new version
        (the SLA sweep keeps the stored state current).
        """
        if incident.id is not None and incident not in uow.session.new \
                and not uow.session.is_modified(incident):
            return
        if is_imported(incident):
            return
        for name, value in self.stored_values(uow, incident, now).items():
            setattr(incident, name, value)

    def stored_values(self, uow: UnitOfWork, incident: WorkItem, now: datetime,
                      events: Sequence[TicketEvent] | None = None) -> dict[str, Any]:
        """The SLA columns of ``incident`` as of ``now`` (a replay; nothing is written).
        ``events``: its status events when the caller loaded them already."""
        if is_imported(incident):
            return {name: getattr(incident, name) for name in IMPORTED_SLA_COLUMNS}
        result = self._replay(uow, incident, now, events)
        uow.session.info[_LAST_REPLAY] = (incident.id, result)
        if result is None:
            return {"sla_state": None, "sla_check_at": None}
        sla, _, snap = result
        response = _measures_response(incident)
        clocks = (snap.response, snap.resolution) if response else (snap.resolution,)
        changes = [c.next_change_at for c in clocks if c.next_change_at is not None]
        return {
            "sla_id": sla.id,
            "response_due_at": _due(snap.response, incident.opened_at) if response else None,
            "resolution_due_at": _due(snap.resolution, incident.opened_at),
            "response_elapsed_min": round(snap.response.elapsed_minutes, 2) if response
            else None,
            "resolution_elapsed_min": round(snap.resolution.elapsed_minutes, 2),
            "response_breached": response and snap.response.breached_at is not None,
            "resolution_breached": snap.resolution.breached_at is not None,
            "sla_state": summary_state(snap, response=response),
            "sla_check_at": min(changes) if changes else None,
        }

    def snapshot(self, uow: UnitOfWork, incident: WorkItem, now: datetime) -> SlaDTO | None:
        """The clocks for display; right after ``recompute`` in the same operation, its replay."""
        if is_imported(incident):
            return None  # measured by the tool it came from; its outcome is stored as imported
        last = uow.session.info.pop(_LAST_REPLAY, None)
        if last is not None and last[0] == incident.id:
            result = last[1]
        else:
            result = self._replay(uow, incident, now)
        if result is None:
            return None
        sla, cal_name, snap = result
        response = _metric(snap.response) if _measures_response(incident) else None
        return SlaDTO(sla.name, cal_name, response, _metric(snap.resolution))


#: The SLA columns an imported item keeps as its old tool measured them.
IMPORTED_SLA_COLUMNS = ("sla_id", "response_due_at", "resolution_due_at", "response_elapsed_min",
                        "resolution_elapsed_min", "response_breached", "resolution_breached",
                        "sla_state", "sla_check_at")


def is_imported(item: WorkItem) -> bool:
    """An item imported from another tool (``deskapp.services.importing``): its SLA outcome
    is the one that tool recorded, never replayed over today's calendars, so the stored
    columns stay as imported and the sweep (``sla_check_at`` empty) never picks it."""
    return item.external_source is not None


def _status_events(uow: UnitOfWork, incident: WorkItem) -> Iterable[TicketEvent]:
    """Stored status and pending-reason events plus those this operation added but has not
    flushed yet."""
    stored = list(uow.work_items.status_events(incident.id)) if incident.id else []
    seen = {e.id for e in stored}
    pending = [o for o in uow.session.new if isinstance(o, TicketEvent)
               and o.ticket_id == incident.id and o.field in CLOCK_FIELDS and o.id not in seen]
    return sorted(stored + pending, key=lambda e: e.occurred_at)


def clock_changes(events: Iterable[TicketEvent],
                  pause_reasons: Iterable[str] | None) -> list[StatusChange]:
    """The status timeline the replay reads, from status and pending-reason events (in time
    order): a reason the SLA does not pause for shows its status as one that never pauses
    (:func:`deskapp.domain.pending.clock_status`). One change per event; among changes at one
    instant the replay keeps the last, so a step and its reason recorded together count as one.
    """
    status, reason = "new", None
    out: list[StatusChange] = []
    for e in events:
        if e.field == "status":
            status = e.new_value or "new"
        else:
            reason = e.new_value
        out.append(StatusChange(e.occurred_at, clock_status(status, reason, pause_reasons)))
    return out


def _measures_response(item: WorkItem) -> bool:
    return RESPONSE in kinds.kind(item.kind).sla_metrics


def summary_state(snap: SlaSnapshot, *, response: bool = True) -> str:
    """One state for queue colouring: the worse of the metrics the item is measured on."""
    states = {snap.response.state, snap.resolution.state} if response \
        else {snap.resolution.state}
    for state in (SlaState.BREACHED, SlaState.WARNING, SlaState.PAUSED):
        if state in states:
            return state.value
    if snap.resolution.state == SlaState.MET:
        return SlaState.MET.value
    return SlaState.OK.value


def _due(clock: MetricClock, opened_at: datetime) -> datetime | None:
    if clock.stopped:
        return None
    return clock.due_at


def _metric(c: MetricClock) -> MetricDTO:
    return MetricDTO(c.target_minutes, c.elapsed_minutes, c.remaining_minutes, c.percent,
                     c.state.value, c.paused, c.stopped, c.due_at, c.breached_at)
