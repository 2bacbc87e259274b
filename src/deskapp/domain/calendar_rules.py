"""Rules for editing business-hours calendars and SLA definitions (Service Design).

Pure checks, no database: each function collects *every* problem into a ``{field: message}``
mapping so a form can show them all inline at once, and the service raises one
``ValidationError(fields=...)`` before anything is written. Field keys:

* calendar: ``name``, ``timezone``, ``hours`` (the week as a whole), ``hours.<weekday>``
  (0 = Monday), ``holidays``, ``holidays.<index>``;
* SLA: ``name``, ``calendar_id``, ``targets`` (the set as a whole),
  ``targets.<priority>.response``, ``targets.<priority>.resolution``, ``pause_statuses``.

Decision on a response target *longer* than the resolution target: refused. Resolving counts
as responding (see :func:`deskapp.domain.sla.replay_incident`), so such a response target could
never be the one that breaches; it is always a typing mistake.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from deskapp.domain.incident import PRIORITY_LABELS, IncidentStatus
from deskapp.messages import msg

NAME_MAX = 80  # business_calendars.name, sla_definitions.name
ZONE_MAX = 64  # business_calendars.timezone
HOLIDAY_NAME_MAX = 80  # calendar_holidays.name
MINUTES_PER_DAY = 1440
#: Upper bound for a target: a year of business minutes. Larger is a typing slip, and it keeps
#: deadlines far from the year-9999 limit of the clock.
TARGET_MAX = 366 * MINUTES_PER_DAY
PRIORITIES = tuple(sorted(PRIORITY_LABELS))
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Statuses an SLA may pause in: the open ones. Resolved and closed already stop the clocks.
PAUSABLE_STATUSES = tuple(s.value for s in IncidentStatus if s.is_open)

Interval = tuple[int, int]


def check_name(fields: dict[str, str], value: str, *, label: str) -> str:
    """Required text up to :data:`NAME_MAX` characters; returns it stripped."""
    text = (value or "").strip()
    if not text:
        fields["name"] = msg("{label} is required; type a name people will recognise.",
                             label=label)
    elif len(text) > NAME_MAX:
        fields["name"] = (msg("{label} is {length} characters long; shorten it to {name_max} or "
                              "fewer.", label=label, length=len(text), name_max=NAME_MAX))
    return text


def check_zone(fields: dict[str, str], value: str) -> str:
    zone = (value or "").strip()
    if not zone:
        fields["timezone"] = "Choose a time zone such as Europe/London."
        return zone
    if len(zone) > ZONE_MAX or zone not in _zones():
        fields["timezone"] = (msg("'{zone}' is not a known time zone; pick one from the list "
                                  "(an IANA name such as Europe/London).", zone=zone[:ZONE_MAX]))
        return zone
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        fields["timezone"] = msg("The time zone '{zone}' cannot be loaded on this computer.",
                                 zone=zone)
    return zone


_ZONES: frozenset[str] | None = None


def _zones() -> frozenset[str]:
    global _ZONES
    if _ZONES is None:
        _ZONES = frozenset(available_timezones()) | {"UTC"}
    return _ZONES


def _hhmm(minute: int) -> str:
    return "24:00" if minute == MINUTES_PER_DAY else f"{minute // 60:02d}:{minute % 60:02d}"


def check_week(fields: dict[str, str], hours: Mapping[int, Sequence[Interval]]) -> None:
    """Working intervals per weekday as minutes from local midnight, end exclusive (1440 =
    midnight at the end of the day). Needs at least one working minute in the week."""
    total = 0
    for weekday, intervals in hours.items():
        key = f"hours.{weekday}"
        if not 0 <= weekday <= 6:
            fields[key] = msg("Weekday {weekday} is not valid; use 0 (Monday) to 6 (Sunday).",
                              weekday=weekday)
            continue
        day = WEEKDAYS[weekday]
        ordered = sorted(intervals)
        for start, end in ordered:
            if not (0 <= start < MINUTES_PER_DAY and 0 < end <= MINUTES_PER_DAY):
                fields[key] = (msg("{day}: times must lie within the day (00:00 to 24:00).",
                                   day=day))
                break
            if end <= start:
                fields[key] = (msg("{day}: the end ({end}) is not after the start ({start}); "
                                   "set a later end, 00:00 for midnight, or make it a day off.",
                                   day=day, end=_hhmm(end), start=_hhmm(start)))
                break
        else:
            for (s1, e1), (s2, e2) in zip(ordered, ordered[1:], strict=False):
                if s2 < e1:
                    fields[key] = (msg("{day}: {s1}-{e1} overlaps {s2}-{e2}; make the intervals "
                                       "separate.",
                                       day=day, s1=_hhmm(s1), e1=_hhmm(e1), s2=_hhmm(s2),
                                       e2=_hhmm(e2)))
                    break
            else:
                total += sum(e - s for s, e in ordered)
    if total == 0 and not any(k.startswith("hours.") for k in fields):
        fields["hours"] = ("The calendar has no working hours; tick at least one weekday as a "
                           "working day.")


def check_holidays(fields: dict[str, str], holidays: Sequence[tuple[date, str]]) -> None:
    seen: dict[date, int] = {}
    duplicates: list[date] = []
    for i, (day, name) in enumerate(holidays):
        if day in seen:
            duplicates.append(day)
        seen.setdefault(day, i)
        if len((name or "").strip()) > HOLIDAY_NAME_MAX:
            fields[f"holidays.{i}"] = (msg("The name of the holiday on {day} is too long; "
                                           "shorten it to {holiday_name_max} characters.",
                                           day=day.isoformat(), holiday_name_max=HOLIDAY_NAME_MAX))
    if duplicates:
        listed = ", ".join(sorted({d.isoformat() for d in duplicates}))
        fields["holidays"] = msg("Each date may appear once; remove the duplicate of {listed}.",
                                 listed=listed)


def calendar_problems(name: str, zone: str, hours: Mapping[int, Sequence[Interval]],
                      holidays: Sequence[tuple[date, str]]) -> dict[str, str]:
    fields: dict[str, str] = {}
    check_name(fields, name, label=msg("The calendar name"))
    check_zone(fields, zone)
    check_week(fields, hours)
    check_holidays(fields, holidays)
    return fields


def format_hmm(minutes: int) -> str:
    """Business minutes as h:mm (``2400`` -> ``40:00``); how targets are usually quoted."""
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}:{rest:02d}"


def sla_problems(name: str, targets: Mapping[int, tuple[int, int]],
                 pause_statuses: Iterable[str]) -> dict[str, str]:
    """``targets`` maps priority to (response, resolution) business minutes."""
    fields: dict[str, str] = {}
    check_name(fields, name, label=msg("The SLA name"))
    missing = [p for p in PRIORITIES if p not in targets]
    unknown = [p for p in targets if p not in PRIORITIES]
    if missing or unknown:
        fields["targets"] = (msg("Give a response and a resolution target for every priority "
                                 "P{first} to P{last}.",
                                 first=PRIORITIES[0], last=PRIORITIES[-1]))
    for priority in sorted(p for p in targets if p in PRIORITIES):
        response, resolution = targets[priority]
        for metric, value in (("response", response), ("resolution", resolution)):
            key = f"targets.{priority}.{metric}"
            what = msg("response") if metric == "response" else msg("resolution")
            if isinstance(value, bool) or not isinstance(value, int):
                fields[key] = msg("P{priority} {metric}: enter a whole number of minutes.",
                                  priority=priority, metric=what)
            elif value <= 0:
                fields[key] = (msg("P{priority} {metric} target must be more than zero minutes "
                                   "(it is {value}).",
                                   priority=priority, metric=what, value=value))
            elif value > TARGET_MAX:
                fields[key] = (msg("P{priority} {metric} target is over a year of business "
                                   "time; use at most {target_max} minutes.",
                                   priority=priority, metric=what, target_max=TARGET_MAX))
        resp_key, res_key = f"targets.{priority}.response", f"targets.{priority}.resolution"
        if resp_key not in fields and res_key not in fields and response > resolution:
            fields[resp_key] = (msg("P{priority}: the response target ({response}) is longer "
                                    "than the resolution target ({resolution}); make it shorter "
                                    "or equal.",
                                    priority=priority, response=format_hmm(response),
                                    resolution=format_hmm(resolution)))
    bad = sorted(set(pause_statuses) - set(PAUSABLE_STATUSES))
    if bad:
        fields["pause_statuses"] = (msg("{bad} cannot pause the clock; choose from "
                                        "{pausable_statuses}.",
                                        bad=', '.join(bad),
                                        pausable_statuses=', '.join(PAUSABLE_STATUSES)))
    return fields
