"""One exported incident row read as DeskApp values, and an incident's rows read as its final
state plus the history that led there.

An event-log export (ServiceNow's "one row per update") holds several rows per incident: the
final state is the row with the highest modification count, then the latest update time, then
the last in the file; every earlier row is a step whose changed fields become history events at
its update time, by its updater. A one-row-per-incident export is the same with one step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, tzinfo

from deskapp.domain.importing.translate import (
    CHANNEL_WORDS,
    channel_word,
    derived_status,
    status_word,
)
from deskapp.domain.importing.values import (
    DateOrder,
    choice_level,
    clean,
    looks_like_formula,
    parse_bool,
    parse_count,
    parse_datetime,
)
from deskapp.domain.incident import CATEGORY_MAX, DESCRIPTION_MAX, RESOLUTION_CODE_MAX, TITLE_MAX

DATE_FIELDS = ("opened_at", "updated_at", "responded_at", "resolved_at", "closed_at")
NAME_FIELDS = ("caller", "team", "assignee", "service", "ci", "opened_by", "updated_by",
               "resolved_by")
#: Name limits of the records a name may create (people/staff 120, teams 80, services/CIs 120).
NAME_MAX = {"team": 80}
DEFAULT_NAME_MAX = 120
DONE = ("resolved", "closed")


@dataclass(frozen=True)
class IncidentRow:
    """What one row says about an incident, in DeskApp's terms (names not yet resolved)."""

    line: int
    external_id: str
    title: str | None = None
    description: str | None = None
    status: str = "new"
    opened_at: datetime | None = None
    opened_by: str | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None
    mod_count: int | None = None
    caller: str | None = None
    channel: str | None = None
    category: str | None = None
    service: str | None = None
    ci: str | None = None
    impact: int | None = None
    urgency: int | None = None
    priority: int | None = None
    team: str | None = None
    assignee: str | None = None
    responded_at: datetime | None = None
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    closed_at: datetime | None = None
    resolution_code: str | None = None
    resolution_notes: str | None = None
    reopen_count: int | None = None
    made_sla: bool | None = None


#: Fields whose change between two rows of one incident is a history event, with the event's
#: field name (references are stored as ids by the writer).
TRACKED = {"status": "status", "team": "team_id", "assignee": "assignee_id",
           "priority": "priority", "impact": "impact", "urgency": "urgency",
           "category": "category", "caller": "caller_id", "service": "service_id",
           "ci": "ci_id", "channel": "channel", "title": "title",
           "resolution_code": "resolution_code", "reopen_count": "reopen_count"}


class RowRejected(ValueError):
    """The row cannot be imported; ``str()`` is the reason."""


@dataclass
class RowReading:
    row: IncidentRow
    warnings: list[str] = field(default_factory=list)


Translate = Callable[[str, str | None], str | None]


#: What a "kind" column may say for a row an incident import takes.
INCIDENT_KINDS = frozenset({"incident", "inc"})


def read_row(line: int, cells: Mapping[str, str | None], *, order: DateOrder, zone: tzinfo,
             translate: Translate = lambda _w, v: v,
             utc: frozenset[str] = frozenset()) -> RowReading:
    """Read one row (``cells``: field -> raw text; ``utc``: date fields whose column says its
    times are UTC). Raises :class:`RowRejected`."""
    warnings: list[str] = []
    value: dict[str, str | None] = {}
    for key, raw in cells.items():
        text = clean(raw)
        if text is not None and looks_like_formula(text):
            warnings.append(f"{key} '{_short(text)}' looks like a spreadsheet formula; "
                            "kept as text")
        value[key] = text
    external_id = value.get("external_id")
    if not external_id:
        raise RowRejected("it has no number (the incident's id in the old tool)")
    if len(external_id) > 120:
        raise RowRejected("its number is longer than 120 characters")
    kind = value.pop("kind", None)
    if kind is not None and kind.lower() not in INCIDENT_KINDS:
        raise RowRejected(f"it is a {kind.lower()}, not an incident (only incidents are "
                          "imported here)")
    out: dict[str, object] = {"line": line, "external_id": external_id}
    for key in DATE_FIELDS:
        try:
            out[key] = parse_datetime(value.get(key), order, UTC if key in utc else zone)
        except ValueError as exc:
            raise RowRejected(f"{key}: {exc}") from None
    for key in ("impact", "urgency", "priority"):
        text = value.get(key)
        if text is None:
            continue
        level = choice_level(text)
        top = 5 if key == "priority" else 3
        if level is None or not 1 <= level <= top:
            raise RowRejected(f"{key} '{text}' is not 1 to {top} (labels like '2 - Medium' "
                              "are read by their number)")
        out[key] = level
    for key in ("mod_count", "reopen_count"):
        try:
            out[key] = parse_count(value.get(key))
        except ValueError as exc:
            raise RowRejected(f"{key}: {exc}") from None
    try:
        out["made_sla"] = _made_sla(value.get("made_sla"))
        active = parse_bool(value.get("active"))
    except ValueError as exc:
        raise RowRejected(str(exc)) from None
    for key, limit in (("title", TITLE_MAX), ("category", CATEGORY_MAX),
                       ("resolution_code", RESOLUTION_CODE_MAX),
                       ("description", DESCRIPTION_MAX), ("resolution_notes", DESCRIPTION_MAX)):
        out[key] = _fit(key, value.get(key), limit, warnings)
    for key in NAME_FIELDS:
        what = key if key in ("caller", "team", "service", "ci") else "assignee"
        out[key] = _fit(key, translate(what, value.get(key)),
                        NAME_MAX.get(key, DEFAULT_NAME_MAX), warnings)
    out["status"] = _status(translate("status", value.get("status")), out, active, warnings)
    channel = translate("channel", value.get("channel"))
    if channel is not None:
        word = channel if channel in CHANNEL_WORDS.values() else channel_word(channel)
        if word is None:
            warnings.append(f"channel '{_short(channel)}' is not one DeskApp knows; "
                            "recorded as phone")
            word = "phone"
        out["channel"] = word
    return RowReading(IncidentRow(**out), warnings)  # type: ignore[arg-type]


#: SLA states as DeskApp's own exports write them: an outcome, or not decided yet.
_SLA_WORDS = {"met": True, "breached": False, "ok": None, "warning": None, "paused": None}


def _made_sla(text: str | None) -> bool | None:
    if text is not None and text.strip().lower() in _SLA_WORDS:
        return _SLA_WORDS[text.strip().lower()]
    return parse_bool(text)


def _status(text: str | None, out: Mapping[str, object], active: bool | None,
            warnings: list[str]) -> str:
    word = status_word(text) if text is not None else None
    if word is not None:
        return word
    status = derived_status(closed=out.get("closed_at") is not None,
                            resolved=out.get("resolved_at") is not None, active=active)
    if text is not None:
        warnings.append(f"status '{_short(text)}' is not one DeskApp knows; read as {status} "
                        "from the row's other columns")
    return status


def _fit(key: str, text: str | None, limit: int, warnings: list[str]) -> str | None:
    if text is not None and len(text) > limit:
        warnings.append(f"{key} is {len(text)} characters long; cut to {limit}")
        return text[:limit]
    return text


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


# -- an incident's rows -----------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """A history event to write: ``field`` (DeskApp's event field name) at ``at`` by
    ``actor`` (a name; None: nobody known). Reference values are names until written."""

    at: datetime
    actor: str | None
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class IncidentHistory:
    final: IncidentRow
    changes: tuple[Change, ...]
    rows: int


def _order_key(row: IncidentRow) -> tuple[int, datetime, int]:
    return (row.mod_count if row.mod_count is not None else -1,
            row.updated_at or row.opened_at or datetime.min.replace(tzinfo=UTC),
            row.line)


def history(rows: Sequence[IncidentRow]) -> IncidentHistory:
    """The final state of an incident and the events its rows imply, oldest first.

    The opening is a ``created`` and a ``status`` event at ``opened_at`` by ``opened_by``; each
    later row's differences from the row before are events at its update time by its updater.
    One-row exports get the resolution and closing as ``status`` events at those times.
    """
    ordered = sorted(rows, key=_order_key)
    final = ordered[-1]
    opened_at = final.opened_at or next((r.opened_at for r in ordered if r.opened_at), None)
    opened_by = final.opened_by or next((r.opened_by for r in ordered if r.opened_by), None)
    if opened_at is None:
        raise RowRejected("no row of this incident says when it was opened")
    if final.opened_at is None or final.opened_by != opened_by:
        final = replace(final, opened_at=opened_at, opened_by=opened_by)
    first = ordered[0]
    changes: list[Change] = [Change(opened_at, opened_by, "created", None, None),
                             Change(opened_at, opened_by, "status", None, first.status)]
    for key in ("team", "assignee"):
        if getattr(first, key) is not None:
            changes.append(Change(first.updated_at or opened_at, first.updated_by or opened_by,
                                  TRACKED[key], None, getattr(first, key)))
    for before, after in zip(ordered, ordered[1:], strict=False):
        at = after.updated_at or before.updated_at or opened_at
        for key, event_field in TRACKED.items():
            old, new = getattr(before, key), getattr(after, key)
            if old != new:
                changes.append(Change(at, after.updated_by, event_field, old, new))
    if len(ordered) == 1 and final.status in DONE and first.status == final.status:
        # a snapshot: its resolution and closing are known moments of its history
        del changes[1]
        steps = [("new", opened_at, opened_by)]
        if final.resolved_at is not None:
            steps.append(("resolved", final.resolved_at, final.resolved_by))
        if final.status == "closed":
            steps.append(("closed", final.closed_at or final.resolved_at or opened_at, None))
        previous = None
        for status, at, actor in steps:
            changes.append(Change(at, actor, "status", previous, status))
            previous = status
    return IncidentHistory(final, tuple(sorted(changes, key=lambda c: c.at)), len(ordered))


def comparable(row: IncidentRow) -> dict[str, object]:
    """The row's values without its bookkeeping (line, updater), for "did anything change"."""
    return {f.name: getattr(row, f.name) for f in fields(row)
            if f.name not in ("line", "updated_by", "mod_count")}
