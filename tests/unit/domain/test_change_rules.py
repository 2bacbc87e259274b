"""The change lifecycle, the rule of each step and the risk questionnaire (pure domain)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain import change_risk, kinds
from deskapp.domain.kinds import change as chg
from deskapp.errors import InvalidTransition, ValidationError

START = datetime(2027, 1, 5, 20, tzinfo=UTC)
READY = {"reason": "r", "implementation_plan": "i", "backout_plan": "b", "test_plan": "t",
         "planned_start": START, "planned_end": START + timedelta(hours=1),
         "risk_level": "low", "assignee_id": "someone"}


def test_change_kinds_are_registered_and_no_longer_reserved() -> None:
    assert kinds.kind("change").prefix == "CHG" and not kinds.kind("change").reserved
    assert kinds.kind("change_task").parent_kinds == ("change",)
    assert "change" in kinds.ACTIVE and "change_task" in kinds.ACTIVE
    assert kinds.kind("change").on_approved == "scheduled"
    assert kinds.kind("change").on_rejected == "assess"


def test_strict_lifecycle_walks_in_order_and_finishes_final() -> None:
    life = chg.LIFECYCLE
    path = ["new", "assess", "authorise", "scheduled", "implement", "review", "closed"]
    for here, there in zip(path, path[1:], strict=False):
        life.check(here, there)
    with pytest.raises(InvalidTransition, match="cannot move from Assess to Implement"):
        life.check("assess", "implement")
    with pytest.raises(InvalidTransition, match="it is final"):
        life.check("closed", "review")
    assert life.category("authorise").value == "waiting"
    assert not life.allowed("cancelled") and "cancelled" not in life.allowed("implement")


@given(st.sampled_from(chg.LIFECYCLE.statuses), st.sampled_from(chg.LIFECYCLE.statuses))
def test_every_step_is_either_legal_or_refused_with_a_sentence(here: str, there: str) -> None:
    if there in chg.LIFECYCLE.allowed(here):
        chg.LIFECYCLE.check(here, there)
    else:
        with pytest.raises(InvalidTransition, match=r"\.$"):
            chg.LIFECYCLE.check(here, there)


@pytest.mark.parametrize(("change_type", "current", "target", "refused"), [
    ("normal", "new", "scheduled", {"status"}),
    ("standard", "new", "assess", {"status"}),
    ("standard", "new", "scheduled", set()),
    ("emergency", "assess", "authorise", set()),
])
def test_the_type_decides_the_path(change_type: str, current: str, target: str,
                                   refused: set[str]) -> None:
    assert set(chg.step_problems(change_type, current, target, READY)) == refused


@given(st.sets(st.sampled_from(sorted(READY))))
def test_authorising_needs_every_plan_a_window_and_the_risk(missing: set[str]) -> None:
    values = {k: (None if k in missing else v) for k, v in READY.items()}
    problems = chg.step_problems("normal", "assess", "authorise", values)
    expected = missing - {"assignee_id"}
    if "planned_start" in missing and "planned_end" not in missing:
        expected = expected | {"planned_start"}
    assert set(problems) >= expected
    assert set(problems) <= expected | {"planned_start", "planned_end"}
    assert all(s.endswith(".") for s in problems.values())


def test_windows_are_checked() -> None:
    assert chg.window_problems(None, None) == {}
    assert "ends before it starts" in chg.window_problems(START, START)["planned_end"]
    assert "at most 14 days" in chg.window_problems(START, START + timedelta(days=15))[
        "planned_end"]
    assert set(chg.window_problems(START, None)) == {"planned_end"}


def test_closing_needs_the_outcome_and_lessons_unless_successful() -> None:
    assert set(chg.step_problems("normal", "review", "closed", {})) == {"review_outcome"}
    assert chg.step_problems("normal", "review", "closed",
                             {"review_outcome": "successful"}) == {}
    for outcome in ("successful_with_issues", "failed", "backed_out"):
        assert set(chg.step_problems("normal", "review", "closed",
                                     {"review_outcome": outcome})) == {"review_notes"}
    assert chg.is_success("successful_with_issues") and not chg.is_success("backed_out")


ANSWER_SETS = st.fixed_dictionaries({q.key: st.sampled_from([a.key for a in q.answers])
                                     for q in change_risk.QUESTIONS})


@given(ANSWER_SETS)
def test_risk_score_is_impact_times_probability_with_its_reasons(answers: dict[str, str]) -> None:
    risk = change_risk.assess(answers)
    assert 1 <= risk.impact <= 4 and 1 <= risk.probability <= 4
    assert risk.score == risk.impact * risk.probability
    assert risk.level == change_risk.level_of(risk.score)
    assert risk.reasons[-1].startswith(f"Impact of failure {risk.impact} of 4")
    chosen = [q.answer(answers[q.key]) for q in change_risk.QUESTIONS]
    assert [a.reason for a in chosen if a.reason] == list(risk.reasons[:-1])


@given(ANSWER_SETS, st.sampled_from(change_risk.QUESTIONS))
def test_a_worse_answer_never_lowers_the_score(answers: dict[str, str],
                                               question: change_risk.Question) -> None:
    worst = max(question.answers, key=lambda a: a.points)
    assert change_risk.assess({**answers, question.key: worst.key}).score >= \
        change_risk.assess(answers).score


def test_incomplete_or_unknown_answers_are_sentences() -> None:
    with pytest.raises(ValidationError, match="still open: Does it touch"):
        change_risk.assess({"users": "team"})
    with pytest.raises(ValidationError, match="not an answer"):
        change_risk.assess({**change_risk.ROUTINE, "users": "galaxy"})
    assert change_risk.assess(change_risk.ROUTINE).level == "low"
