"""The problem lifecycle (strict) and what each step needs; first-contact resolution defined
once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from deskapp.domain import kinds
from deskapp.domain.kinds import Category
from deskapp.domain.kinds.problem import LIFECYCLE, ROOT_CAUSE_CATEGORIES, step_problems
from deskapp.domain.kpi_catalogue import FCR_MINUTES, is_first_contact_resolution
from deskapp.errors import InvalidTransition


def test_problem_statuses_mean_what_they_mean_in_every_kind() -> None:
    assert LIFECYCLE.statuses == ("new", "under_investigation", "known_error", "resolved",
                                  "closed")
    for status in ("new", "resolved", "closed"):
        assert kinds.category_of(status) == LIFECYCLE.category(status)
    assert LIFECYCLE.category("known_error") == Category.WAITING
    assert kinds.status_label("known_error") == "Known error"


@pytest.mark.parametrize(("source", "target"), [
    ("new", "under_investigation"), ("new", "known_error"),
    ("under_investigation", "known_error"), ("under_investigation", "resolved"),
    ("known_error", "under_investigation"), ("known_error", "resolved"),
    ("resolved", "closed"), ("resolved", "under_investigation")])
def test_legal_steps(source: str, target: str) -> None:
    LIFECYCLE.check(source, target)


@pytest.mark.parametrize(("source", "target"), [
    ("new", "resolved"), ("new", "closed"), ("known_error", "closed"),
    ("closed", "under_investigation"), ("closed", "resolved"), ("resolved", "known_error")])
def test_illegal_steps_are_refused_with_a_sentence(source: str, target: str) -> None:
    with pytest.raises(InvalidTransition, match="A problem cannot move from"):
        LIFECYCLE.check(source, target)


def test_each_step_says_what_it_needs() -> None:
    assert step_problems("under_investigation", {}) == {}
    assert set(step_problems("known_error", {"root_cause": "x"})) == {"workaround"}
    assert set(step_problems("known_error", {"root_cause": " ", "workaround": "w"})) == {
        "root_cause"}
    missing = step_problems("resolved", {"workaround": "w"})
    assert missing["root_cause"].startswith("A problem cannot be resolved without its root")
    assert step_problems("resolved", {"root_cause": "r", "permanent_fix": "f"}) == {}
    assert "Unknown" in ROOT_CAUSE_CATEGORIES


def test_first_contact_resolution_is_the_kpi_catalogues_own_measure() -> None:
    opened = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    quick = {"opened_at": opened, "resolved_at": opened + timedelta(minutes=12),
             "reopen_count": 0}
    assert is_first_contact_resolution(quick)
    assert not is_first_contact_resolution({**quick, "reopen_count": 1})
    assert not is_first_contact_resolution({**quick, "resolved_at": opened + timedelta(
        minutes=FCR_MINUTES + 1)})
    assert not is_first_contact_resolution({**quick, "resolved_at": None})
