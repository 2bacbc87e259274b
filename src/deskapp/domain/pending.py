"""Waiting with a reason: why an item is pending, until when, and whether its SLA clock stops.

An item in a waiting status (incidents' Pending) carries a reason (awaiting the caller, a
vendor, a change, an approval) and optionally a date after which it comes back to its queue by
itself (the SLA sweep moves it on, with an event and a work note saying so). Whether a reason
stops the SLA clock is the SLA definition's choice (``pause_reasons``; none listed: every reason
pauses, as the status alone did before): waiting for the caller usually pauses, waiting for a
vendor the desk chose often does not.

The SLA replay reads statuses; a reason that does not pause turns the status it qualifies into
one no definition pauses in (:func:`clock_status`), so the replay itself stays per status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from deskapp.errors import ValidationError
from deskapp.messages import msg

REASONS: tuple[str, ...] = ("caller", "vendor", "change", "approval")
REASON_LABELS: Mapping[str, str] = {
    "caller": "Awaiting caller", "vendor": "Awaiting vendor", "change": "Awaiting change",
    "approval": "Awaiting approval"}
#: the waiting statuses whose step asks why (Pending, in every kind that has it); a problem's
#: Known error also waits, but on its permanent fix, not on someone
ASKS_REASON = frozenset({"pending"})
#: how far ahead "pending until" may be set
UNTIL_MAX = timedelta(days=366)
#: the longest reopen reason
REASON_MAX = 500


def check_reason(reason: object) -> str:
    text = str(reason or "").strip()
    if text not in REASONS:
        raise ValidationError(
            "Choose why the item waits: " + ", ".join(REASON_LABELS[r].lower() for r in REASONS)
            + ".", {"pending_reason": "Choose a reason."})
    return text


def check_until(until: datetime | None, now: datetime) -> datetime | None:
    """A "pending until" time: optional, later than now, at most a year ahead."""
    if until is None:
        return None
    if until.tzinfo is None:
        raise ValidationError("The pending-until time needs a time zone; pick it again.",
                              {"pending_until": "Pick the date again."})
    if until <= now:
        raise ValidationError("Pending until must be later than now; pick a later date or "
                              "leave it empty.", {"pending_until": "Pick a later date."})
    if until > now + UNTIL_MAX:
        raise ValidationError("Pending until may be at most a year ahead; pick an earlier date.",
                              {"pending_until": "At most a year ahead."})
    return until


def check_pause_reasons(reasons: Iterable[str] | None) -> list[str] | None:
    """An SLA's pausing reasons in canonical order (None: every reason pauses)."""
    if reasons is None:
        return None
    chosen = set(reasons)
    unknown = chosen - set(REASONS)
    if unknown:
        raise ValidationError(msg("'{unknown}' is not a pending reason.",
                                  unknown=sorted(unknown)[0]),
                              {"pause_reasons": "Unknown reason."})
    return [r for r in REASONS if r in chosen]


def pauses(reason: str | None, pause_reasons: Iterable[str] | None) -> bool:
    """Whether waiting for ``reason`` stops a clock that pauses in the waiting status (an
    item put on hold before reasons existed, or by a bulk change, has none: it pauses)."""
    return reason is None or pause_reasons is None or reason in set(pause_reasons)


def clock_status(status: str, reason: str | None, pause_reasons: Iterable[str] | None) -> str:
    """The status as the SLA replay sees it: a reason the SLA does not pause for makes it a
    status no definition pauses in (``pending~vendor``)."""
    return status if pauses(reason, pause_reasons) else f"{status}~{reason}"
