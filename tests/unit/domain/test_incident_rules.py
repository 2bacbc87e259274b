"""Incident lifecycle and priority rules (no Qt, no database)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain.incident import (
    TRANSITIONS,
    Impact,
    IncidentStatus,
    PriorityMatrix,
    Urgency,
    check_transition,
    parse_impact,
    parse_status,
)
from deskapp.errors import InvalidTransition, ValidationError

S = IncidentStatus


def test_closed_is_final_and_message_says_why() -> None:
    with pytest.raises(InvalidTransition, match="from Closed to In Progress; it is final"):
        check_transition(S.CLOSED, S.IN_PROGRESS)


def test_reopen_only_from_resolved() -> None:
    check_transition(S.RESOLVED, S.IN_PROGRESS)
    with pytest.raises(InvalidTransition, match="New, Assigned|can go to"):
        check_transition(S.NEW, S.CLOSED)


@given(st.sampled_from(list(S)), st.sampled_from(list(S)))
def test_transition_table_is_the_only_authority(a: IncidentStatus, b: IncidentStatus) -> None:
    if b in TRANSITIONS[a]:
        check_transition(a, b)
    else:
        with pytest.raises(InvalidTransition):
            check_transition(a, b)


def test_every_open_status_can_reach_resolved() -> None:
    for status in S:
        if status.is_open:
            assert S.RESOLVED in TRANSITIONS[status]


def test_default_matrix_is_itil() -> None:
    m = PriorityMatrix()
    assert m.priority(Impact.HIGH, Urgency.HIGH) == 1
    assert m.priority(Impact.LOW, Urgency.LOW) == 5
    assert m.priority(Impact.MEDIUM, Urgency.HIGH) == 2


@given(st.dictionaries(st.tuples(st.integers(1, 3), st.integers(1, 3)), st.integers(1, 5),
                       min_size=9, max_size=9))
def test_matrix_json_round_trip(cells: dict[tuple[int, int], int]) -> None:
    m = PriorityMatrix(cells)
    assert PriorityMatrix.from_json(m.to_json()) == m


def test_matrix_rejects_gaps_and_out_of_range() -> None:
    with pytest.raises(ValidationError):
        PriorityMatrix({(1, 1): 1})
    cells = {(i, u): 1 for i in range(1, 4) for u in range(1, 4)}
    cells[(3, 3)] = 9
    with pytest.raises(ValidationError, match="out of range"):
        PriorityMatrix(cells)


@pytest.mark.parametrize("bad", ["4", 0, "high", None, 2.5j, 2.9, 2.0, True, "2.5", ""])
def test_unknown_impact_is_a_clear_validation_error(bad: object) -> None:
    with pytest.raises(ValidationError, match="choose 1 \\(High\\)"):
        parse_impact(bad)


@pytest.mark.parametrize(("given", "level"), [(1, 1), ("2", 2), (" 3 ", 3)])
def test_levels_are_whole_numbers_given_as_ints_or_digits(given: object, level: int) -> None:
    assert parse_impact(given) == level


def test_unknown_status() -> None:
    with pytest.raises(ValidationError, match="not an incident status"):
        parse_status("done")
