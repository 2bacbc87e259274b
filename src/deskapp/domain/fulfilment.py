"""Fulfilment plans: the tasks a catalogue offering's request is done by, who does each, and
which must wait for which.

A plan is a list of steps; a step names its team, its title, how many hours after it opens it
is due, and the steps it waits for (``after``). Steps with nothing to wait for open together
when the request is approved (in parallel); a step opens when every step it waits for is done
("in order"). A plan that could never finish (a step waiting for itself, for an unknown step,
or a cycle) is refused with a sentence naming the steps.

Pure: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from deskapp.errors import ValidationError
from deskapp.messages import msg

MAX_STEPS = 20
TITLE_MAX = 200
#: A step is due at most this many hours after it opens (a year).
DUE_MAX_HOURS = 24 * 365


@dataclass(frozen=True)
class PlanStep:
    key: str
    title: str
    team_id: uuid.UUID | None = None
    after: tuple[str, ...] = ()
    due_hours: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title,
                "team_id": str(self.team_id) if self.team_id else None,
                "after": list(self.after), "due_hours": self.due_hours}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PlanStep:
        team = data.get("team_id")
        due = data.get("due_hours")
        return cls(str(data["key"]), str(data["title"]), uuid.UUID(str(team)) if team else None,
                   tuple(str(a) for a in data.get("after") or ()),
                   int(due) if due is not None else None)


@dataclass(frozen=True)
class FulfilmentPlan:
    steps: tuple[PlanStep, ...] = ()

    def to_json(self) -> list[dict[str, Any]]:
        return [s.to_json() for s in self.steps]

    @classmethod
    def from_json(cls, data: Sequence[Mapping[str, Any]] | None) -> FulfilmentPlan:
        return cls(tuple(PlanStep.from_json(s) for s in data or ()))

    def step(self, key: str) -> PlanStep | None:
        return next((s for s in self.steps if s.key == key), None)


def in_order(*steps: tuple[str, str, uuid.UUID | None, int | None]) -> FulfilmentPlan:
    """A plan whose steps run one after another: (key, title, team, due hours) each."""
    out = []
    for n, (key, title, team, due) in enumerate(steps):
        out.append(PlanStep(key, title, team, (steps[n - 1][0],) if n else (), due))
    return FulfilmentPlan(tuple(out))


def in_parallel(*steps: tuple[str, str, uuid.UUID | None, int | None]) -> FulfilmentPlan:
    """A plan whose steps all open together."""
    return FulfilmentPlan(tuple(PlanStep(k, t, team, (), due) for k, t, team, due in steps))


def check_plan(plan: FulfilmentPlan) -> tuple[str, ...]:
    """Refuse a plan that could never finish; return its steps' keys in an order they can open
    (each after everything it waits for). Messages are keyed ``step:<n>`` (the step's row)."""
    if len(plan.steps) > MAX_STEPS:
        raise ValidationError(msg("A plan has at most {max_steps} tasks; this one has {length}.",
                                  max_steps=MAX_STEPS, length=len(plan.steps)),
                                  {"plan": "too many"})
    rows = {s.key: n for n, s in enumerate(plan.steps, start=1)}
    problems: dict[str, str] = {}
    seen: set[str] = set()
    for n, s in enumerate(plan.steps, start=1):
        name = s.title.strip() or msg("Task {n}", n=n)
        where = f"step:{n}"
        if not s.title.strip():
            problems[where] = msg("Task {n}: give it a title the team understands.", n=n)
        elif len(s.title) > TITLE_MAX:
            problems[where] = msg("{name}: shorten the title to {title_max} characters.",
                                  name=name, title_max=TITLE_MAX)
        elif not s.key or s.key in seen:
            problems[where] = msg("{name}: each task needs its own key.", name=name)
        elif s.key in s.after:
            problems[where] = msg("{name} waits for itself; pick another task or none.", name=name)
        elif unknown := [a for a in s.after if a not in rows]:
            problems[where] = msg("{name} waits for '{unknown}', which is not in the plan.",
                                  name=name, unknown=unknown[0])
        elif s.due_hours is not None and not 0 < s.due_hours <= DUE_MAX_HOURS:
            problems[where] = msg("{name}: the due time is 1 to {due_max_hours} hours.",
                                  name=name, due_max_hours=DUE_MAX_HOURS)
        seen.add(s.key)
    if problems:
        raise ValidationError.for_fields(problems)
    order = _topological(plan)
    if len(order) < len(plan.steps):
        stuck = [s for s in plan.steps if s.key not in order]
        names = " → ".join(s.title for s in _cycle(plan, {s.key for s in stuck}))
        raise ValidationError(msg("The tasks wait for each other in a circle ({names}), so none "
                                  "of them could ever start; remove one of the waits.",
                                  names=names),
                              {f"step:{rows[stuck[0].key]}": "cycle"})
    return tuple(order)


def _topological(plan: FulfilmentPlan) -> list[str]:
    done: list[str] = []
    left = list(plan.steps)
    while True:
        ready = [s for s in left if set(s.after) <= set(done)]
        if not ready:
            return done
        done.extend(s.key for s in ready)
        left = [s for s in left if s.key not in done]


def _cycle(plan: FulfilmentPlan, stuck: set[str]) -> list[PlanStep]:
    """One circle among the stuck steps, for the message (start anywhere, follow a wait that
    is itself stuck until a step repeats)."""
    by_key = {s.key: s for s in plan.steps}
    path: list[str] = []
    key = next(s.key for s in plan.steps if s.key in stuck)
    while key not in path:
        path.append(key)
        key = next(a for a in by_key[key].after if a in stuck)
    circle = path[path.index(key):] + [key]
    return [by_key[k] for k in circle]


def ready_steps(plan: FulfilmentPlan, opened: Collection[str],
                finished: Collection[str]) -> tuple[PlanStep, ...]:
    """Steps to open now: not opened yet, and everything they wait for is finished."""
    return tuple(s for s in plan.steps
                 if s.key not in opened and all(a in finished for a in s.after))


def is_complete(plan: FulfilmentPlan, finished: Collection[str]) -> bool:
    return all(s.key in finished for s in plan.steps)
