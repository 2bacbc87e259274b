"""The kind registry: declarations are complete, statuses mean one category across kinds, and
bulk legality is the intersection of the selected kinds' declarations."""

from __future__ import annotations

import pytest

from deskapp.domain import kinds
from deskapp.domain.kinds import Category, Clock, bulk_options
from deskapp.domain.kinds.base import KindDeclaration, Lifecycle
from deskapp.domain.numbers import parse_number
from deskapp.domain.queue import OPEN
from deskapp.errors import InvalidTransition, ValidationError


def test_prefixes_in_use_and_reserved() -> None:
    assert kinds.ACTIVE == ("incident", "incident_task", "problem", "service_request",
                            "request_task", "access_request", "change", "change_task")
    assert set(kinds.PREFIXES) == {"INC", "ITASK", "REQ", "RTASK", "PRB", "CHG", "CTASK", "ACC"}
    assert all(kinds.REGISTRY[k].reserved for k in kinds.REGISTRY if k not in kinds.ACTIVE)
    assert parse_number("itask-12") == ("ITASK", 12)
    held = KindDeclaration("later", "LATER", "Later", "Laters", "x", reserved=True)
    with pytest.raises(ValidationError, match="not available yet"):
        _ = held.life


def test_open_work_is_the_open_and_waiting_statuses_of_every_kind() -> None:
    # the request kinds add no open status (awaiting approval is Pending); changes add their
    # own steps (waiting for the CAB or the window is waiting)
    assert OPEN == ("new", "assigned", "in_progress", "pending", "under_investigation",
                    "known_error", "assess", "authorise", "scheduled", "implement", "review")
    assert kinds.category_of("scheduled") == Category.WAITING
    assert kinds.category_of("pending") == Category.WAITING
    assert kinds.category_of("cancelled") == Category.DONE
    task = kinds.lifecycle("incident_task")
    assert task.clock_of("pending") == Clock.PAUSED
    assert task.clock_of("closed") == Clock.STOPPED
    assert kinds.kind("incident_task").sla_metrics == ("resolution",)


def test_a_status_with_two_meanings_is_refused() -> None:
    odd = Lifecycle("odd thing", ("new", "pending"), {"new": "New", "pending": "Pending"}, "new",
                    {"new": frozenset({"pending"}), "pending": frozenset()},
                    {"new": Category.OPEN, "pending": Category.DONE})
    with pytest.raises(ValueError, match="pending"):
        kinds._build([kinds.REGISTRY["incident"],
                      KindDeclaration("odd", "ODD", "Odd", "Odds", "x", odd)])


def test_task_lifecycle_steps() -> None:
    task = kinds.lifecycle("incident_task")
    task.check("new", "assigned")
    task.check("closed", "in_progress")  # reopened
    with pytest.raises(InvalidTransition, match="Cancelled"):
        task.check("cancelled", "in_progress")


def test_bulk_offers_only_what_every_selected_kind_allows() -> None:
    both = bulk_options({"incident", "incident_task"})
    assert both.fields == {"assign", "team", "status"}
    assert both.steps == ("in_progress", "pending", "closed")
    only_incidents = bulk_options({"incident"})
    assert "priority" in only_incidents.fields and "resolved" in only_incidents.steps
    only_tasks = bulk_options({"incident_task"})
    assert "priority" not in only_tasks.fields and "cancelled" in only_tasks.steps
    assert bulk_options(set()).fields == frozenset()


def test_request_lifecycle_and_approval_outcomes() -> None:
    request = kinds.kind("service_request")
    assert (request.on_approved, request.on_rejected) == ("in_progress", "rejected")
    assert kinds.category_of("rejected") == Category.DONE
    request.life.check("pending", "in_progress")
    request.life.check("pending", "rejected")
    with pytest.raises(InvalidTransition, match="it is final"):
        request.life.check("closed", "in_progress")
    task = kinds.kind("request_task")
    assert task.parent_kinds == ("service_request",)
    assert task.life.statuses == kinds.lifecycle("incident_task").statuses
    assert task.life.noun == "request task"
    with pytest.raises(InvalidTransition, match="^A request task cannot move from Cancelled"):
        task.life.check("cancelled", "in_progress")
