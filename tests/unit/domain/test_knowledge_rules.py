"""The article lifecycle and its rules, and the diff of two versions (no database)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain.knowledge import (
    STEPS,
    ArticleState,
    ArticleStatus,
    Step,
    check_review_date,
    check_step,
    diff_versions,
    review_due,
    steps_from,
)
from deskapp.errors import InvalidTransition, ValidationError

TODAY = date(2026, 12, 6)
AUTHOR, REVIEWER = uuid.uuid4(), uuid.uuid4()


def state(status: str, **kw: object) -> ArticleState:
    values: dict[str, object] = dict(status=status, author_id=AUTHOR, title="VPN drops",
                                     body="Raise the timeout.", owner_id=AUTHOR,
                                     review_due_on=TODAY + timedelta(days=90))
    values.update(kw)
    return ArticleState(**values)  # type: ignore[arg-type]


def test_the_happy_path() -> None:
    assert check_step(state("draft"), Step.SUBMIT, AUTHOR, TODAY) == "in_review"
    assert check_step(state("in_review"), Step.PUBLISH, REVIEWER, TODAY) == "published"
    assert check_step(state("published"), Step.REVISE, AUTHOR, TODAY) == "draft"
    assert check_step(state("published"), Step.RETIRE, REVIEWER, TODAY) == "retired"
    assert check_step(state("retired"), Step.REOPEN, AUTHOR, TODAY) == "draft"


def test_the_author_never_publishes_their_own_article() -> None:
    with pytest.raises(ValidationError, match="someone else must review"):
        check_step(state("in_review"), Step.PUBLISH, AUTHOR, TODAY)


@pytest.mark.parametrize(("missing", "field"), [("owner_id", "owner"),
                                                ("review_due_on", "review_due_on")])
def test_publishing_needs_an_owner_and_a_review_date(missing: str, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_step(state("in_review", **{missing: None}), Step.PUBLISH, REVIEWER, TODAY)
    assert set(refused.value.fields) == {field}


def test_review_dates_lie_ahead_within_three_years() -> None:
    with pytest.raises(ValidationError, match="after today"):
        check_review_date(TODAY, TODAY)
    with pytest.raises(ValidationError, match="three years"):
        check_review_date(TODAY + timedelta(days=4 * 365), TODAY)
    check_review_date(TODAY + timedelta(days=1), TODAY)
    with pytest.raises(ValidationError, match="after today"):
        check_step(state("in_review", review_due_on=TODAY - timedelta(days=1)), Step.PUBLISH,
                   REVIEWER, TODAY)


def test_empty_articles_are_not_sent_for_review_and_send_back_needs_a_reason() -> None:
    with pytest.raises(ValidationError, match="needs a body"):
        check_step(state("draft", body="  \n"), Step.SUBMIT, AUTHOR, TODAY)
    with pytest.raises(ValidationError, match="Say what the author should change"):
        check_step(state("in_review"), Step.SEND_BACK, REVIEWER, TODAY, comment=" ")


@given(st.sampled_from(list(ArticleStatus)), st.sampled_from(list(Step)))
def test_every_illegal_step_is_refused_with_the_steps_that_are_legal(
        status: ArticleStatus, step: Step) -> None:
    sources, target = STEPS[step]
    if status in sources:
        assert check_step(state(status), step, REVIEWER, TODAY, comment="why") == target
        return
    with pytest.raises(InvalidTransition) as refused:
        check_step(state(status), step, REVIEWER, TODAY, comment="why")
    assert "from here you may" in str(refused.value)


def test_retired_articles_can_only_be_reopened_and_the_review_queue() -> None:
    assert steps_from("retired") == (Step.REOPEN,)
    assert review_due(TODAY, "published", TODAY)
    assert not review_due(TODAY, "retired", TODAY)
    assert not review_due(TODAY + timedelta(days=1), "published", TODAY)


def test_diff_of_two_versions() -> None:
    lines = diff_versions("a\nb\nc\n", "a\nB\nc\nd\n")
    assert [(d.sign, d.text) for d in lines if d.sign in "+-"] == [
        ("-", "b"), ("+", "B"), ("+", "d")]
    assert diff_versions("same", "same") == ()


@given(st.lists(st.text(alphabet="abc \n", max_size=8), max_size=6),
       st.lists(st.text(alphabet="abc \n", max_size=8), max_size=6))
def test_a_diff_rebuilds_both_versions(older: list[str], newer: list[str]) -> None:
    old, new = "\n".join(older), "\n".join(newer)
    lines = diff_versions(old, new, context=10_000)
    if old.splitlines() == new.splitlines():
        assert lines == ()
        return
    assert [d.text for d in lines if d.sign in " -"] == old.splitlines()
    assert [d.text for d in lines if d.sign in " +"] == new.splitlines()
