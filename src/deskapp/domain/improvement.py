"""The CSI register's rules: what an initiative must say, its statuses, how progress reads.

An initiative aims one declared KPI at a scope. Its **baseline** is the KPI over the
:data:`BASELINE_DAYS` before it was registered, measured then and kept; **now** is the KPI over
the same number of days up to today, so counts compare like with like. Progress is the share of
the way from the baseline to the target covered so far (0 % at the baseline, 100 % at the
target, more when it is beaten, negative when it got worse).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from deskapp.domain.kpi_catalogue import BY_NAME, Better

BASELINE_DAYS = 90
TITLE_MAX = 200


class InitiativeStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    ACHIEVED = "achieved"
    MISSED = "missed"
    ABANDONED = "abandoned"


STATUS_LABELS = {InitiativeStatus.PROPOSED: "Proposed", InitiativeStatus.ACTIVE: "Active",
                 InitiativeStatus.ACHIEVED: "Achieved", InitiativeStatus.MISSED: "Missed",
                 InitiativeStatus.ABANDONED: "Abandoned"}


def initiative_problems(title: str, reason: str, kpi: str, target: float | None,
                        due_on: date | None, status: str) -> dict[str, str]:
    """Field -> a sentence saying what to do, for every problem of a draft (empty: fine)."""
    out: dict[str, str] = {}
    if not title.strip():
        out["title"] = "Give the initiative a title."
    elif len(title.strip()) > TITLE_MAX:
        out["title"] = f"Shorten the title to {TITLE_MAX} characters."
    if not reason.strip():
        out["reason"] = "Say why the desk wants this improvement."
    if kpi not in BY_NAME:
        out["kpi"] = "Choose the KPI the initiative aims at."
    if target is None:
        out["target"] = "Give the target value of the KPI."
    elif target < 0 or (BY_NAME.get(kpi) is not None and BY_NAME[kpi].unit == "%"
                        and target > 100):
        out["target"] = "Give a target between 0 and 100 %." if kpi in BY_NAME and \
            BY_NAME[kpi].unit == "%" else "Give a target of 0 or more."
    if due_on is None:
        out["due_on"] = "Give the date the target should be reached by."
    if status not in {s.value for s in InitiativeStatus}:
        out["status"] = "Choose a status."
    return out


def progress(kpi: str, baseline: float | None, target: float,
             now: float | None) -> float | None:
    """How far from the baseline towards the target the KPI has come, in % (None: one of the
    values was not measured, or the target is the baseline)."""
    if baseline is None or now is None or target == baseline:
        return None
    return 100.0 * (now - baseline) / (target - baseline)


def on_target(kpi: str, target: float, now: float | None) -> bool | None:
    """Whether ``now`` meets the target in the KPI's better direction (None: not measured)."""
    if now is None:
        return None
    better = BY_NAME[kpi].better if kpi in BY_NAME else Better.NEITHER
    if better is Better.LOWER:
        return now <= target
    return now >= target


@dataclass(frozen=True)
class Snapshot:
    """A KPI value and how many items it is over."""

    value: float | None
    count: int
