"""The extension point: steps that add rows on the work items a run generates.

Every batch of work items (incidents with their tasks) goes through :data:`STEPS`, in order,
where the batch is generated (the worker process for large runs). A step gets

* the run's :class:`StepContext`: the reference ids (people, staff by team, teams, services,
  CIs, SLAs), the business clocks, the storage-form timestamp formatter and "now";
* the :class:`ItemFacts` of the batch's items (what each step needs to know about an item
  without parsing the stored rows);
* a random stream of its own, seeded by the step's name, the run's seed and its first number,
  so adding or changing a step never changes what the others generate for a seed;

and returns rows by table name. Rows for ``ticket_events`` (``EVENT_COLUMNS``) join the
batch's history events; rows for a step's own tables (:attr:`Step.tables`) are written after
the work items, in the batch's transaction, by the run's batch writer (``executemany`` on
SQLite, ``COPY`` on PostgreSQL). Rows are in storage form, like the work items: ids as 32 hex
digits, times as ``ctx.fmt(epoch_seconds)``.

A new generator is a module with a frozen dataclass implementing :class:`Step` (it must pickle:
it travels to the worker process with the generator), and one line adding an instance to
:data:`deskapp.db.demo.run.STEPS`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from deskapp.db.demo.clock import Clock
from deskapp.db.demo.reference import Reference
from deskapp.db.demo.rows import Formatter

Rows = dict[str, list[tuple[Any, ...]]]


class ItemFacts(NamedTuple):
    """One generated work item, as the steps see it (times in epoch seconds)."""

    id: str  # 32 hex digits
    prefix: str  # its number prefix, the ``ticket_kind`` of its events ("INC", "ITASK")
    kind: str  # "incident", "incident_task"
    number: str
    status: str
    priority: int
    opened: int
    started: int | None  # when it was first assigned (work could start), if it was
    done: int | None  # when it was resolved / closed / cancelled, if it was
    assignee: tuple[str, str] | None  # (hex, dashed) of the last assignee
    team: str | None  # the assigned team's name
    service: str | None  # service id (hex)
    caller: str | None  # caller id (hex); None for tasks
    title: str = ""  # what the caller reported (incidents of one symptom share it)
    category: str = ""  # the incident's category ("Email", "Network"...)
    major: bool = False  # an incident flagged major


@dataclass(frozen=True)
class StepContext:
    """What every step shares: reference ids, clocks, formatter, the run's clock."""

    ref: Reference
    clocks: dict[str, Clock]
    fmt: Formatter
    now: int  # epoch seconds
    seed: int


class Step(Protocol):
    """One generator over the batches of work items (see the module docstring)."""

    @property
    def name(self) -> str: ...

    @property
    def tables(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(table name, columns) of the rows it writes, in the order they are written."""
        ...

    def rows(self, ctx: StepContext, items: Sequence[ItemFacts],
             rng: random.Random) -> Rows: ...


def step_rng(step: Step, seed: int, start_number: int) -> random.Random:
    """A step's own random stream for a run."""
    return random.Random(f"step:{step.name}:{seed}:{start_number}")
