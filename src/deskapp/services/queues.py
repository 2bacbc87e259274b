"""Queues: saved definitions, lazy paging and seeking, take-next, bulk actions, export.

A queue definition (``deskapp.domain.queue``) is resolved for the person who opens it into an
``WorkItemFilter``: "me", "my teams" and "unassigned" become ids, and a condition that names a
team that no longer exists is dropped with a message instead of making the queue unusable.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
import time
import uuid
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from deskapp.db.base import utcnow
from deskapp.db.models import QueueDefinition as QueueRow
from deskapp.domain import kinds
from deskapp.domain.bulk import (
    KEEP,
    BulkChange,
    Keep,
    RowState,
    assignment_after,
    outcome,
    plan,
)
from deskapp.domain.incident import PRIORITY_LABELS
from deskapp.domain.kinds.base import BULK_FIELDS
from deskapp.domain.queries import Cursor, SortKey, WorkItemFilter
from deskapp.domain.queue import (
    BUILT_IN_BY_KEY,
    BUILT_INS,
    COLUMN_BY_KEY,
    ME,
    MY_TEAMS,
    OPEN,
    UNASSIGNED,
    URGENT_SORT,
    QueueDefinition,
    check_name,
)
from deskapp.domain.sla import SlaState
from deskapp.errors import (
    ConflictError,
    ConnectionFailed,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from deskapp.messages import mark, msg, translate
from deskapp.repositories.open_counts import OpenCountRepository
from deskapp.repositories.queues import (
    GROUP_COLUMNS,
    QueueDefinitionRepository,
    QueueRowRepository,
)
from deskapp.repositories.uow import CONFLICT_MESSAGE, UnitOfWork, UnitOfWorkFactory
from deskapp.services.audit import audit, snapshot
from deskapp.services.authorization import Action, Resource, decision, owner_target, require
from deskapp.services.dto import Actor, WorkItemRow
from deskapp.services.incidents import IncidentService
from deskapp.services.preferences import team_for_me
from deskapp.services.validation import check_choice
from deskapp.services.work_items import row_dto

Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]
EXPORT_PAGE = 2000
#: Rows an XLSX sheet holds besides the header row (Excel's limit is 1,048,576).
XLSX_MAX_ROWS = 1_048_575
#: The filter of open work and nothing else (the built-in All open): its group counts are kept.
ALL_OPEN = WorkItemFilter(statuses=frozenset(OPEN))
#: How long a cached count is trusted without a change notification.
COUNT_TTL_S = 60.0


@dataclass(frozen=True)
class QueueInfo:
    """A queue as the navigator shows it. ``key`` is a built-in's key or the saved row's id."""

    key: str
    name: str
    kind: str  # "builtin", "personal" or "team"
    definition: QueueDefinition
    id: uuid.UUID | None = None
    version: int | None = None
    team_id: uuid.UUID | None = None
    team_name: str | None = None
    editable: bool = False
    count: int | None = None
    #: why the person may not edit or delete it ("" when they may): the UI's tooltip
    why_not: str = ""


@dataclass(frozen=True)
class ResolvedQueue:
    """A definition made concrete for one person: the database filter, the order, warnings."""

    filter: WorkItemFilter
    sort: tuple[SortKey, ...]
    warnings: tuple[str, ...] = ()
    empty: bool = False  # e.g. "my teams" for someone in no team: nothing can match

    @property
    def cache_key(self) -> tuple[Any, ...]:
        return (self.filter, self.empty)


@dataclass(frozen=True)
class BulkOutcome:
    id: uuid.UUID
    number: str
    outcome: str  # "ok", "unchanged" (already as asked: not written), "conflict", "invalid",
    # "missing", "failed" (connection lost while being changed) or "skipped" (never tried:
    # cancelled, or the connection was lost before)
    message: str = ""


@dataclass(frozen=True)
class BulkReport:
    action: str
    outcomes: tuple[BulkOutcome, ...]
    connection_lost: bool = False  # the run stopped because the database went away

    @property
    def ok(self) -> int:
        return sum(1 for o in self.outcomes if o.outcome == "ok")

    @property
    def unchanged(self) -> int:
        """Rows that were already as asked (nothing written)."""
        return sum(1 for o in self.outcomes if o.outcome == "unchanged")

    @property
    def failed(self) -> int:
        return len(self.outcomes) - self.ok - self.unchanged - self.skipped

    @property
    def skipped(self) -> int:
        """Rows never tried: the person cancelled the run, or the connection was lost."""
        return sum(1 for o in self.outcomes if o.outcome == "skipped")


@dataclass(frozen=True)
class BulkTarget:
    """A selected row as the person saw it: the version makes a stale edit a conflict."""

    id: uuid.UUID
    version: int
    number: str
    team_id: uuid.UUID | None = None
    assignee_id: uuid.UUID | None = None
    status: str = "new"
    kind: str = "incident"

    @classmethod
    def of(cls, row: WorkItemRow) -> BulkTarget:
        return cls(row.id, row.version, row.number, row.team_id, row.assignee_id, row.status,
                   row.kind)

    def state(self) -> RowState:
        """The row as the person saw it, for the bulk dialog's plan."""
        return RowState(self.status, self.team_id, self.assignee_id, self.kind)


@dataclass(frozen=True)
class RowWindow:
    """Row positions as the lazy view plans them: seek ``skip`` rows from ``cursor`` (back
    towards the start when ``backwards``), then read ``limit`` rows in queue order."""

    cursor: Cursor | None
    skip: int
    limit: int
    backwards: bool = False


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    cancelled: bool = False


@dataclass
class _CachedCount:
    value: int
    at: float


class KindOperations(Protocol):
    """What queues ask of a kind's service (take next, bulk); each kind's service has it."""

    def claim(self, uow: UnitOfWork, item: Any, team_id: uuid.UUID | None = None) -> Any: ...

    def assign_to_me(self, item_id: uuid.UUID, expected_version: int,
                     team_id: uuid.UUID | None = None) -> Any: ...

    def assign(self, item_id: uuid.UUID, expected_version: int, team_id: uuid.UUID | None,
               assignee_id: uuid.UUID | None) -> Any: ...

    def transition(self, item_id: uuid.UUID, expected_version: int, target: str,
                   resolution_code: str | None = None,
                   resolution_notes: str | None = None) -> Any: ...

    def update(self, item_id: uuid.UUID, expected_version: int,
               changes: Mapping[str, Any]) -> Any: ...


@dataclass
class QueueService:
    """Queues over every kind of work item. ``kind_services`` maps a kind's key to its service (the
    composition root fills it); take next and bulk dispatch each row to its kind's service."""

    uow: UnitOfWorkFactory
    actor: Actor
    incidents: IncidentService
    clock: Clock = utcnow
    kind_services: Mapping[str, KindOperations] = field(default_factory=dict)
    #: a read-only replica's units of work: exports stream their rows from it
    reports: UnitOfWorkFactory | None = None
    _counts: dict[tuple[Any, ...], _CachedCount] = field(default_factory=dict, repr=False)

    def _ops(self, kind: str) -> KindOperations:
        ops = self.kind_services.get(kind) or (self.incidents if kind == "incident" else None)
        if ops is None:
            raise ValidationError(msg("{plural} cannot be worked from a queue in this DeskApp.",
                                      plural=translate(kinds.kind(kind).plural)))
        return ops

    def bulk_options(self, targets: Sequence[BulkTarget]) -> kinds.BulkOptions:
        """The bulk edits legal for every selected row's kind."""
        return kinds.bulk_options({t.kind for t in targets})

    # -- definitions ------------------------------------------------------------------
    def list_queues(self, *, with_counts: bool = True) -> list[QueueInfo]:
        """Built-ins first, then the person's own queues, then queues shared with their teams."""
        with self.uow(read_only=True) as uow:
            infos = [QueueInfo(b.key, b.name, "builtin", b.definition) for b in BUILT_INS]
            infos.extend(self._info(uow, row) for row in QueueDefinitionRepository(
                uow.session).visible_to(self.actor.staff_id))
        if with_counts:
            infos = [self._with_count(info) for info in infos]
        return infos

    def get(self, key: str) -> QueueInfo:
        if key in BUILT_IN_BY_KEY:
            b = BUILT_IN_BY_KEY[key]
            return QueueInfo(b.key, b.name, "builtin", b.definition)
        with self.uow(read_only=True) as uow:
            return self._info(uow, self._load(uow, key))

    def save_personal(self, name: str, definition: QueueDefinition) -> QueueInfo:
        require(self.actor, Action.CREATE, Resource.QUEUE)
        name = check_name(name)
        with self.uow() as uow:
            self._check_unique(uow, name, None)
            row = QueueRow(id=uuid.uuid4(), name=name, owner_id=self.actor.staff_id,
                           team_id=None, shared=False, definition=definition.to_json())
            QueueDefinitionRepository(uow.session).add(row)
            uow.commit()
            return self._info(uow, row)

    def update(self, key: str, expected_version: int, *, name: str | None = None,
               definition: QueueDefinition | None = None) -> QueueInfo:
        """Rename a queue and/or store new filter, sort, columns and widths."""
        with self.uow() as uow:
            row = self._load_own(uow, key, expected_version)
            before = _queue_audit(row)
            if name is not None:
                name = check_name(name)
                self._check_unique(uow, name, row.id)
                row.name = name
            if definition is not None:
                row.definition = definition.to_json()
            if row.shared:  # personal queues are the person's own business
                audit(uow, self.actor, "queue", row.id, row.name, before, _queue_audit(row))
            uow.commit()
            return self._info(uow, row)

    def share(self, key: str, expected_version: int, team_id: uuid.UUID | None) -> QueueInfo:
        """Share with a team the person belongs to (None: make it personal again)."""
        with self.uow() as uow:
            row = self._load_own(uow, key, expected_version)
            if team_id is not None:
                repo = QueueDefinitionRepository(uow.session)
                if team_id not in repo.team_ids_of(self.actor.staff_id):
                    raise ValidationError("You can share a queue only with a team you belong to.",
                                          {"team_id": "Pick one of your teams."})
            before = _queue_audit(row)
            row.team_id = team_id
            row.shared = team_id is not None
            audit(uow, self.actor, "queue", row.id, row.name, before, _queue_audit(row))
            uow.commit()
            return self._info(uow, row)

    def delete(self, key: str, expected_version: int) -> None:
        with self.uow() as uow:
            row = self._load_own(uow, key, expected_version, Action.DELETE)
            row.deleted_at = self.clock()
            if row.shared:
                audit(uow, self.actor, "queue", row.id, row.name, _queue_audit(row), None)
            uow.commit()

    def _load(self, uow: UnitOfWork, key: str) -> QueueRow:
        try:
            queue_id = uuid.UUID(key)
        except ValueError:
            raise NotFound("That queue does not exist; pick another one.") from None
        row = QueueDefinitionRepository(uow.session).get(queue_id)
        if row is None:
            raise NotFound("That queue was deleted; pick another one.")
        return row

    def _load_own(self, uow: UnitOfWork, key: str, expected_version: int,
                  action: Action = Action.EDIT) -> QueueRow:
        if key in BUILT_IN_BY_KEY:
            raise PermissionDenied("Built-in queues cannot be changed; use Save as to keep your "
                                   "own copy.")
        row = self._load(uow, key)
        found = decision(self.actor, action, Resource.QUEUE, owner_target(row.owner_id))
        if not found:
            raise PermissionDenied(msg("{reason} Use Save as to keep your own copy.",
                                       reason=found.reason))
        if row.version != expected_version:
            raise ConflictError(CONFLICT_MESSAGE)
        return row

    def _check_unique(self, uow: UnitOfWork, name: str, own_id: uuid.UUID | None) -> None:
        taken = {r.name.casefold() for r in QueueDefinitionRepository(uow.session)
                 .visible_to(self.actor.staff_id) if r.owner_id == self.actor.staff_id
                 and r.id != own_id}
        taken |= {b.name.casefold() for b in BUILT_INS}
        if name.casefold() in taken:
            raise ValidationError(msg("You already have a queue called '{name}'; pick another "
                                      "name.", name=name), {"name": "Name already used."})

    def _info(self, uow: UnitOfWork, row: QueueRow) -> QueueInfo:
        try:
            definition = QueueDefinition.from_json(row.definition or {})
        except ValidationError:
            definition = QueueDefinition()  # unreadable: the queue still opens, unfiltered
        team = uow.staff.team(row.team_id) if row.team_id else None
        may = decision(self.actor, Action.EDIT, Resource.QUEUE, owner_target(row.owner_id))
        return QueueInfo(str(row.id), row.name, "team" if row.shared else "personal",
                         definition, row.id, row.version, row.team_id,
                         team.name if team else None, editable=may.allowed, why_not=may.reason)

    # -- resolving and counting -------------------------------------------------------------
    def resolve(self, definition: QueueDefinition) -> ResolvedQueue:
        with self.uow(read_only=True) as uow:
            return self._resolve(uow, definition)

    def open(self, definition: QueueDefinition,
             limit: int) -> tuple[ResolvedQueue, int, list[WorkItemRow]]:
        """Resolve, count (cached when known) and read the first page in one read transaction:
        one connection checkout and transaction instead of three (about 1.5 ms on PostgreSQL)."""
        with self.uow(read_only=True) as uow:
            queue = self._resolve(uow, definition)
            if queue.empty:
                return queue, 0, []
            rows = QueueRowRepository(uow.session)
            count = self.cached_count(queue)
            if count is None:
                count = rows.count(queue.filter)
                self._counts[queue.cache_key] = _CachedCount(count, time.monotonic())
            page = rows.page(None, queue.filter, queue.sort, limit)
        return queue, count, [row_dto(r) for r in page]

    def _resolve(self, uow: UnitOfWork, definition: QueueDefinition) -> ResolvedQueue:
        f = definition.filter
        warnings: list[str] = []
        empty = False
        repo = QueueDefinitionRepository(uow.session)
        team_ids: set[uuid.UUID] = set()
        named = [uuid.UUID(t) for t in f.teams if t != MY_TEAMS]
        live = repo.live_team_ids(named)
        gone = [t for t in named if t not in live]
        if gone and not live and MY_TEAMS not in f.teams:
            # Dropping the condition would widen the queue to every team: bulk actions, export
            # and take next would then act on other teams' tickets. Nothing matches instead.
            empty = True
            warnings.append(
                "The team(s) this queue filters on no longer exist, so it shows nothing. "
                "Edit the queue to pick a team again.")
        elif gone:
            warnings.append(
                f"{len(gone)} team(s) this queue filters on no longer exist; the queue "
                "shows the other teams. Edit the queue to pick a team again.")
        team_ids |= live
        if MY_TEAMS in f.teams:
            mine = repo.team_ids_of(self.actor.staff_id)
            if not mine and not live:
                empty = True
                warnings.append("You are not in any team, so 'my teams' matches nothing; "
                                "ask a supervisor to add you to a team.")
            team_ids |= set(mine)
        assignees = {uuid.UUID(a) for a in f.assignees if a not in (ME, UNASSIGNED)}
        if ME in f.assignees:
            assignees.add(self.actor.staff_id)
        created_from, created_to, updated_from, updated_to = f.ranges(self.clock())
        flt = WorkItemFilter(
            kinds=frozenset(f.kinds), statuses=frozenset(f.statuses),
            priorities=frozenset(f.priorities), team_ids=frozenset(team_ids),
            assignee_ids=frozenset(assignees),
            unassigned=UNASSIGNED in f.assignees,
            service_ids=frozenset(uuid.UUID(s) for s in f.services),
            ci_ids=frozenset(uuid.UUID(c) for c in f.cis),
            affected_service_ids=frozenset(uuid.UUID(s) for s in f.affected_services),
            categories=frozenset(f.categories), sla_states=frozenset(f.sla_states),
            created_from=created_from, created_to=created_to, updated_from=updated_from,
            updated_to=updated_to, text=f.text, major_only=f.major_only,
            watcher_id=self.actor.staff_id if f.watched else None)
        if f.text.strip():
            from deskapp.repositories.search import parse_query

            if parse_query(f.text).empty:
                empty = True
                warnings.append("The search text has no letters or digits to look for; type a "
                                "word or a ticket number.")
        return ResolvedQueue(flt, tuple(definition.sort), tuple(warnings), empty)

    def count(self, queue: ResolvedQueue, *, fresh: bool = False) -> int:
        if queue.empty:
            return 0
        cached = self._counts.get(queue.cache_key)
        if cached is not None and not fresh and time.monotonic() - cached.at < COUNT_TTL_S:
            return cached.value
        with self.uow(read_only=True) as uow:
            value = QueueRowRepository(uow.session).count(queue.filter)
        self._counts[queue.cache_key] = _CachedCount(value, time.monotonic())
        return value

    def cached_count(self, queue: ResolvedQueue) -> int | None:
        if queue.empty:
            return 0
        cached = self._counts.get(queue.cache_key)
        return None if cached is None else cached.value

    def invalidate_counts(self) -> None:
        """Called when tickets changed: the next count() asks the database again."""
        for cached in self._counts.values():
            cached.at = float("-inf")

    def refresh_counts(self, keys: Sequence[str] | None = None) -> dict[str, int]:
        """Fresh counts for the navigator (all visible queues, or ``keys``)."""
        infos = self.list_queues(with_counts=False)
        out: dict[str, int] = {}
        for info in infos:
            if keys is None or info.key in keys:
                out[info.key] = self.count(self.resolve(info.definition), fresh=True)
        return out

    def _with_count(self, info: QueueInfo) -> QueueInfo:
        resolved = self.resolve(info.definition)
        return QueueInfo(info.key, info.name, info.kind, info.definition, info.id, info.version,
                         info.team_id, info.team_name, info.editable, self.count(resolved))

    def touched_by(self, queue: ResolvedQueue, ids: Sequence[uuid.UUID] | None,
                   shown: Collection[uuid.UUID]) -> bool:
        """Whether another client's change of the items ``ids`` can alter what this queue
        shows: one of them is on screen (``shown``), or one of them is in the queue now (it
        came in, or moved within it). None (a change too large to list) always can. A change
        that takes an item out of the queue is seen on screen only if the item was shown.

        Re-reading the window for every commit on the desk is what made live refresh the
        largest load of a busy shared server: each of N listening clients re-read its 50 rows
        for each change, N times the work of the change itself."""
        if ids is None:
            return True
        if queue.empty:
            return False
        if any(i in shown for i in ids):
            return True
        with self.uow(read_only=True) as uow:
            return QueueRowRepository(uow.session).any_in(queue.filter, ids)

    # -- rows ---------------------------------------------------------------------------
    def page(self, queue: ResolvedQueue, cursor: Cursor | None, limit: int = 100, *,
             backwards: bool = False) -> list[WorkItemRow]:
        if queue.empty:
            return []
        with self.uow(read_only=True) as uow:
            rows = QueueRowRepository(uow.session).page(cursor, queue.filter, queue.sort, limit,
                                                        backwards=backwards)
        return [row_dto(r) for r in rows]

    def seek(self, queue: ResolvedQueue, cursor: Cursor | None, skip: int, *,
             backwards: bool = False) -> Cursor | None:
        with self.uow(read_only=True) as uow:
            return QueueRowRepository(uow.session).seek(cursor, queue.filter, queue.sort, skip,
                                                        backwards=backwards)

    def window(self, queue: ResolvedQueue, cursor: Cursor | None, skip: int, limit: int, *,
               backwards: bool = False) -> tuple[Cursor | None, list[WorkItemRow]]:
        """Seek ``skip`` rows from ``cursor`` and read ``limit`` rows there, in one session."""
        if queue.empty:
            return None, []
        with self.uow(read_only=True) as uow:
            repo = QueueRowRepository(uow.session)
            start = repo.seek(cursor, queue.filter, queue.sort, skip, backwards=backwards)
            if start is None and not backwards and skip > 0:
                return None, []
            rows = repo.page(start, queue.filter, queue.sort, limit)
        return start, [row_dto(r) for r in rows]

    def targets(self, queue: ResolvedQueue,
                windows: Sequence[RowWindow]) -> list[list[BulkTarget]]:
        """Ids and versions of the rows at some positions, one list per window, in one read
        transaction: a selection reaches rows the view never loaded (select all, a shift-click
        far down), and a bulk action needs every one of them."""
        if queue.empty:
            return [[] for _ in windows]
        out: list[list[BulkTarget]] = []
        with self.uow(read_only=True) as uow:
            repo = QueueRowRepository(uow.session)
            for w in windows:
                start = repo.seek(w.cursor, queue.filter, queue.sort, w.skip,
                                  backwards=w.backwards)
                if start is None and not w.backwards and w.skip > 0:
                    out.append([])
                    continue
                rows = repo.page(start, queue.filter, queue.sort, w.limit)
                out.append([BulkTarget.of(row_dto(r)) for r in rows])
        return out

    def checkpoints(self, queue: ResolvedQueue, every: int,
                    should_stop: ShouldStop = lambda: False) -> list[Cursor]:
        if queue.empty:
            return []
        with self.uow(read_only=True) as uow:
            return QueueRowRepository(uow.session).checkpoints(queue.filter, queue.sort, every,
                                                               should_stop)

    def group_counts(self, queue: ResolvedQueue, column: str) -> list[tuple[Any, str, int]]:
        """Counts per group (status, priority, team, assignee, SLA state or category): the
        queue's grouping is a summary the person can drill into, since a million-row table
        cannot be regrouped in memory."""
        column = check_choice(column, GROUP_COLUMNS, "column")
        if queue.empty:
            return []
        with self.uow(read_only=True) as uow:
            return QueueRowRepository(uow.session).group_counts(queue.filter, column)

    def open_groups(self, definition: QueueDefinition
                    ) -> tuple[ResolvedQueue, list[tuple[Any, str, int]]]:
        """A grouped queue's first paint: resolve it and count per group (one GROUP BY) in one
        read transaction; no row is read until a group is opened (:meth:`in_group`)."""
        column = definition.group_by
        if column is None:
            raise ValidationError("Choose a column to group by first.")
        column = check_choice(column, GROUP_COLUMNS, "column")
        with self.uow(read_only=True) as uow:
            queue = self._resolve(uow, definition)
            if queue.empty:
                return queue, []
            if queue.filter == ALL_OPEN:  # kept by triggers: no GROUP BY over the open rows
                return queue, OpenCountRepository(uow.session).group_counts(
                    GROUP_COLUMNS[column])
            return queue, QueueRowRepository(uow.session).group_counts(queue.filter, column)

    def in_group(self, queue: ResolvedQueue, column: str, value: Any) -> ResolvedQueue:
        """The queue narrowed to one group (its rows page, seek and count like any queue's)."""
        column = check_choice(column, GROUP_COLUMNS, "column")
        return replace(queue, filter=replace(queue.filter, group=(GROUP_COLUMNS[column], value)))

    # -- take next ------------------------------------------------------------------------
    def take_next(self, queue: ResolvedQueue, team_id: uuid.UUID | None = None) -> Any:
        """Claim the most urgent unassigned ticket of the queue for the signed-in person.

        "Most urgent" is ``URGENT_SORT`` (priority, then the oldest), whatever order the view
        is sorted in: a queue sorted by number or title must not hand out a P4 before a P1.
        One transaction finds, locks and assigns it: on PostgreSQL the row is taken FOR UPDATE
        SKIP LOCKED (a concurrent agent skips it and gets the next one); on SQLite the writer
        unit of work began IMMEDIATE, so claims are serialised. None: nothing left to take.
        An item without a team goes to the person's default team (``team_id``: the team they
        chose now, when they had to; see :func:`deskapp.services.preferences.team_for_me`).
        """
        if queue.empty:
            return None
        with self.uow() as uow:
            repo = QueueDefinitionRepository(uow.session)
            teams = repo.team_ids_of(self.actor.staff_id)
            item = QueueRowRepository(uow.session).take_next_candidate(
                queue.filter, URGENT_SORT, teams,
                lock=uow.session.get_bind().dialect.name == "postgresql")
            if item is None:
                return None
            dto = self._ops(item.kind).claim(uow, item, team_id)
        self.invalidate_counts()
        return dto

    # -- bulk actions ---------------------------------------------------------------------
    def team_memberships(self) -> dict[uuid.UUID, frozenset[uuid.UUID]]:
        """Active members of every team: the bulk dialog plans a team move with them."""
        with self.uow(read_only=True) as uow:
            return {t.id: frozenset(s.id for s in uow.staff.members(t.id))
                    for t in uow.staff.teams()}

    def assign_to_me(self, targets: Sequence[BulkTarget], team_id: uuid.UUID | None = None, *,
                     progress: Progress | None = None,
                     should_stop: ShouldStop = lambda: False) -> BulkReport:
        """Assign the selected rows to the signed-in person, each by its kind's rules (see
        ``WorkItemOperations.assign_to_me``); a row already theirs is unchanged."""
        me = self.actor.staff_id

        def apply(t: BulkTarget) -> str:
            if t.assignee_id == me:
                return "unchanged"
            self._ops(t.kind).assign_to_me(t.id, t.version, team_id)
            return "ok"

        if team_id is None:
            self._check_default_team(targets)
        return self._bulk("assign", targets, apply, progress, should_stop)

    def _check_default_team(self, targets: Sequence[BulkTarget]) -> None:
        """Rows without a team need the person's default team: asked once for the selection
        (a refusal, before any row is written) instead of once per row."""
        if not any(t.team_id is None and t.assignee_id != self.actor.staff_id
                   for t in targets):
            return
        with self.uow() as uow:
            team_for_me(uow, self.actor, None, "An item")
            uow.commit()  # the person's only team, remembered

    def bulk_assign(self, targets: Sequence[BulkTarget], team_id: uuid.UUID | None | Keep,
                    assignee_id: uuid.UUID | None | Keep, *, progress: Progress | None = None,
                    should_stop: ShouldStop = lambda: False) -> BulkReport:
        """Set team and/or assignee (None clears the field, KEEP leaves it)."""
        return self.bulk_change("assign", targets, BulkChange(team_id=team_id,
                                                              assignee_id=assignee_id),
                                progress=progress, should_stop=should_stop)

    def bulk_team(self, targets: Sequence[BulkTarget], team_id: uuid.UUID, *,
                  progress: Progress | None = None,
                  should_stop: ShouldStop = lambda: False) -> BulkReport:
        """Move to another team; an assignee who is not in the new team is unassigned."""
        return self.bulk_change("team", targets, BulkChange(team_id=team_id),
                                progress=progress, should_stop=should_stop)

    def bulk_status(self, targets: Sequence[BulkTarget], target: str,
                    resolution_code: str | None = None,
                    resolution_notes: str | None = None, *, progress: Progress | None = None,
                    should_stop: ShouldStop = lambda: False) -> BulkReport:
        if target not in kinds.all_statuses():
            raise ValidationError(msg("'{bad}' is not a status of any kind of work item.",
                                      bad=target), {"status": "unknown"})
        change = BulkChange(status=target, resolution_code=resolution_code,
                            resolution_notes=resolution_notes)
        return self.bulk_change("status", targets, change, progress=progress,
                                should_stop=should_stop)

    def bulk_priority(self, targets: Sequence[BulkTarget], impact: int | Keep,
                      urgency: int | Keep, *, progress: Progress | None = None,
                      should_stop: ShouldStop = lambda: False) -> BulkReport:
        """Priority follows impact x urgency (the matrix); KEEP leaves one of them as it is."""
        return self.bulk_change("priority", targets, BulkChange(impact=impact, urgency=urgency),
                                progress=progress, should_stop=should_stop)

    def bulk_change(self, action: str, targets: Sequence[BulkTarget], change: BulkChange, *,
                    progress: Progress | None = None,
                    should_stop: ShouldStop = lambda: False) -> BulkReport:
        """Apply one change to every target, each row in its own unit of work.

        The dialog refuses what the lifecycle forbids; this refuses it again on the rows as
        stored, before any row is written (ValidationError): an empty change, Resolved without
        code and notes, a result In Progress with nobody assigned or Assigned to nobody. Rows
        already as asked are reported unchanged and not written. A row stored at another
        version than the person saw is a conflict, so the check and the write see one state.
        """
        if change.empty:
            raise ValidationError("Choose what to change first; nothing was changed.")
        if change.request_errors():
            raise ValidationError.for_fields(change.request_errors())
        if change.assigns + isinstance(change.status, str) + change.sets_priority > 1:
            raise ValidationError("A bulk change sets the assignment, the status or the "
                                  "priority, one at a time; nothing was changed.")
        members = self.team_memberships() if change.assigns else {}
        stored = self._stored_states(targets)
        seen = [state for t in targets if (state := stored.get((t.id, t.version)))]
        checked = plan(change, seen, members)
        if checked.forbidden:
            raise ValidationError(checked.refusal())

        def apply(t: BulkTarget) -> str:
            state = stored.get((t.id, t.version))
            # None: changed or deleted since the person saw it; the write reports which
            row = state or RowState(kinds.lifecycle(t.kind).initial, t.team_id, t.assignee_id,
                                    t.kind)
            if state is not None and not change.sets_priority \
                    and outcome(change, state, members) == state:
                return "unchanged"  # already as asked
            if change.assigns:
                team_id, assignee_id = assignment_after(change, row, members)
                self._ops(t.kind).assign(t.id, t.version, team_id, assignee_id)
            if isinstance(change.status, str):
                self._ops(t.kind).transition(t.id, t.version, str(change.status),
                                             change.resolution_code, change.resolution_notes)
            if change.sets_priority:
                values = {k: v for k, v in (("impact", change.impact),
                                            ("urgency", change.urgency)) if v is not KEEP}
                self._ops(t.kind).update(t.id, t.version, values)
            return "ok"

        return self._bulk(action, targets, apply, progress, should_stop)

    def _stored_states(self, targets: Sequence[BulkTarget]
                       ) -> dict[tuple[uuid.UUID, int], RowState]:
        """The targets as stored, keyed by (id, version): a row changed since the person saw
        it is missing here (it will be a conflict)."""
        if not targets:
            return {}
        with self.uow(read_only=True) as uow:
            return {(i.id, i.version): RowState(i.status, i.team_id, i.assignee_id, i.kind)
                    for i in uow.work_items.many([t.id for t in targets])}

    def _bulk(self, action: str, targets: Sequence[BulkTarget],
              apply: Callable[[BulkTarget], str], progress: Progress | None = None,
              should_stop: ShouldStop = lambda: False) -> BulkReport:
        """Each row in its own unit of work: a row is fully applied or not at all.

        A cancel (``should_stop``) takes effect between rows: rows done stay done, the rest are
        reported as skipped, so the report always names every selected row. A lost connection
        stops the run the same way (the row being changed is reported as failed, the rest as
        not tried): the rows already changed are saved, so "nothing was saved" would be false.
        """
        outcomes: list[BulkOutcome] = []
        total = len(targets)
        lost = False
        for done, t in enumerate(targets):
            if should_stop():
                outcomes.extend(BulkOutcome(s.id, s.number, "skipped", "Cancelled before this row")
                                for s in targets[done:])
                break
            if progress is not None:
                progress(done, total)
            try:
                _check_bulk_legal(action, t)
                result = apply(t)
            except ConnectionFailed:
                lost = True
                outcomes.append(BulkOutcome(
                    t.id, t.number, "failed", "The connection to the database was lost while "
                    "changing this row; check it and try again."))
                outcomes.extend(BulkOutcome(
                    s.id, s.number, "skipped", "Not tried: the connection to the database was "
                    "lost.") for s in targets[done + 1:])
                break
            except ConflictError as exc:
                outcomes.append(BulkOutcome(t.id, t.number, "conflict", str(exc)))
            except NotFound as exc:
                outcomes.append(BulkOutcome(t.id, t.number, "missing", str(exc)))
            except (ValidationError, PermissionDenied) as exc:
                outcomes.append(BulkOutcome(t.id, t.number, "invalid", str(exc)))
            else:
                outcomes.append(BulkOutcome(t.id, t.number, result))
        if progress is not None:
            progress(total, total)
        self.invalidate_counts()
        return BulkReport(action, tuple(outcomes), connection_lost=lost)

    # -- export ---------------------------------------------------------------------------
    def export(self, queue: ResolvedQueue, definition: QueueDefinition, path: Path, *,
               progress: Progress | None = None,
               should_stop: ShouldStop = lambda: False) -> ExportResult:
        """Write every row of the queue to CSV or XLSX (by suffix), streamed in keyset pages.

        The file appears only when complete: rows go to a temporary file in the same folder,
        renamed at the end; a cancelled or failed export leaves nothing behind.
        """
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise ValidationError("Export to a .csv or .xlsx file name.",
                                  {"path": "Use .csv or .xlsx."})
        total = self.count(queue, fresh=True)
        if suffix == ".xlsx" and total > XLSX_MAX_ROWS:
            raise ValidationError(
                msg("This queue has {total} items, more than an Excel sheet holds ({limit} rows "
                    "under the header); export to .csv instead, or narrow the filter.",
                    total=f"{total:,}", limit=f"{XLSX_MAX_ROWS:,}"),
                {"path": "Too many rows for .xlsx; use .csv."})
        folder = path.parent
        if not folder.is_dir():
            raise ValidationError(msg("The folder {folder} does not exist; choose another "
                                      "folder.", folder=folder))
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=".deskapp-export-", suffix=suffix,
                                            dir=folder)
        except OSError as exc:
            raise ValidationError(
                msg("DeskApp cannot write to {folder} ({why}); choose a folder you can write "
                    "to.", folder=folder, why=exc.strerror or translate(mark("access denied"))),
                {"path": "Folder not writable."}) from None
        os.close(fd)
        tmp = Path(tmp_name)
        columns = [COLUMN_BY_KEY[c] for c in definition.columns]
        written = 0
        try:
            rows = self._stream(queue, should_stop, self.reports or self.uow)
            header = [f"{c.label} (UTC)" if c.key.endswith("_at") else c.label
                      for c in columns]
            if suffix == ".csv":
                with tmp.open("w", newline="", encoding="utf-8-sig") as fh:
                    writer = csv.writer(fh)
                    writer.writerow(header)
                    for row in rows:
                        writer.writerow([_csv_safe(_cell_text(row, c.key)) for c in columns])
                        written += 1
                        if progress is not None and written % EXPORT_PAGE == 0:
                            progress(written, total)
            else:
                from openpyxl import Workbook

                book = Workbook(write_only=True)
                sheet = book.create_sheet("Queue")
                sheet.append(header)
                for row in rows:
                    sheet.append([_xlsx_cell(sheet, _cell_value(row, c.key))
                                  for c in columns])
                    written += 1
                    if progress is not None and written % EXPORT_PAGE == 0:
                        progress(written, total)
                book.save(tmp)
            if should_stop():
                tmp.unlink(missing_ok=True)
                return ExportResult(path, written, cancelled=True)
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise ValidationError(msg("Writing {name} failed ({why}); nothing was exported. "
                                      "Check the disk and try again.", name=path.name,
                                      why=exc.strerror)) from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        if progress is not None:
            progress(written, max(total, written))
        return ExportResult(path, written)

    def _stream(self, queue: ResolvedQueue, should_stop: ShouldStop,
                source: UnitOfWorkFactory) -> Iterator[WorkItemRow]:
        cursor: Cursor | None = None
        from deskapp.domain.queries import cursor_for

        while not should_stop():
            if queue.empty:
                return
            with source(read_only=True) as uow:
                page = [row_dto(r) for r in QueueRowRepository(uow.session).page(
                    cursor, queue.filter, queue.sort, EXPORT_PAGE)]
            yield from page
            if len(page) < EXPORT_PAGE:
                return
            cursor = cursor_for(page[-1], queue.sort)


def _queue_audit(row: QueueRow) -> dict[str, str | None]:
    out = snapshot(row, ("name", "shared", "team_id"))
    out["definition"] = json.dumps(row.definition, sort_keys=True) if row.definition else None
    return out


def _check_bulk_legal(action: str, target: BulkTarget) -> None:
    """A bulk edit its kind does not allow is refused for that row (the dialog offers only
    what every selected kind allows; this holds for any caller)."""
    decl = kinds.kind(target.kind)
    if action in BULK_FIELDS and action not in decl.bulk_fields:
        raise ValidationError(msg("{plural} cannot be changed this way in bulk ({action}).",
                                  plural=translate(decl.plural), action=action))


def _cell_value(row: WorkItemRow, key: str) -> Any:
    """A cell as the grid shows it: display labels ("In Progress", "P2 - High", "OK"), never
    the stored values ("in_progress", 2, "ok")."""
    value = getattr(row, key)
    if key == "priority":
        return PRIORITY_LABELS.get(value, str(value))
    if key == "status":
        return kinds.status_label(value, row.kind)
    if key == "kind":
        return kinds.kind(value).label
    if key == "sla_state" and value:
        return SlaState(value).label
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)  # XLSX has no zones; the header says UTC
    return value


def _cell_text(row: WorkItemRow, key: str) -> str:
    value = _cell_value(row, key)
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


#: A cell starting with one of these is a formula to Excel, LibreOffice and Sheets: a ticket
#: title like ``=HYPERLINK("http://evil", "x")`` would run when the export is opened.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(text: str) -> str:
    """CSV has no cell types: a leading quote makes spreadsheets read the text as text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    """Text that looks like a formula becomes a string cell (openpyxl would write '=...' as a
    formula); the text itself is kept as typed."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value
