"""Access rules: grants (leaver, duplicate, retired, expiry), revocation of what exists, expiry
tasks, reviewer assignment and review decisions. Hypothesis where the rules combine."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain.access import (
    EXPIRY_LEAD,
    Expiring,
    GrantFacts,
    GrantState,
    ReviewCandidate,
    ReviewDecision,
    Reviewer,
    ReviewerRole,
    ReviewLine,
    assign_reviewers,
    check_decision,
    check_grant,
    check_revocable,
    check_revoke_reason,
    expiry_tasks,
    needs_expiry_task,
    overdue_reviewers,
    progress,
)
from deskapp.errors import PermissionDenied, ValidationError

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
ME, OTHER = uuid.uuid4(), uuid.uuid4()


def _facts(**kw: object) -> GrantFacts:
    base: dict[str, object] = {"person_name": "Pat Doe", "person_left_at": None,
                               "entitlement_label": "SAP Finance: AP clerk",
                               "entitlement_live": True, "holds_already": False}
    base.update(kw)
    return GrantFacts(**base)  # type: ignore[arg-type]


def test_a_plain_grant_is_accepted() -> None:
    check_grant(_facts(), NOW, NOW + timedelta(days=30))
    check_grant(_facts(person_left_at=NOW + timedelta(days=3)), NOW, None)  # leaves later


@pytest.mark.parametrize(("facts", "expires", "field", "words"), [
    ({"person_left_at": NOW - timedelta(days=1)}, None, "person_id", "has left"),
    ({"person_left_at": NOW}, None, "person_id", "has left"),
    ({"holds_already": True}, None, "entitlement_id", "duplicate"),
    ({"entitlement_live": False}, None, "entitlement_id", "retired"),
    ({}, NOW, "expires_at", "after the grant starts"),
])
def test_bad_grants_are_refused_with_a_sentence(facts: dict[str, object],
                                                expires: datetime | None, field: str,
                                                words: str) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        check_grant(_facts(**facts), NOW, expires)
    assert field in caught.value.fields
    assert str(caught.value).endswith(".")


@given(left=st.booleans(), held=st.booleans(), live=st.booleans(),
       expiry=st.one_of(st.none(), st.integers(-3, 3)))
def test_a_grant_is_accepted_exactly_when_no_rule_objects(left: bool, held: bool, live: bool,
                                                          expiry: int | None) -> None:
    expires = None if expiry is None else NOW + timedelta(days=expiry)
    facts = _facts(person_left_at=NOW - timedelta(hours=1) if left else None,
                   holds_already=held, entitlement_live=live)
    ok = not left and not held and live and (expires is None or expires > NOW)
    if ok:
        check_grant(facts, NOW, expires)
    else:
        with pytest.raises(ValidationError):
            check_grant(facts, NOW, expires)


def test_revoking_needs_a_live_grant_not_already_on_a_revocation() -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        check_revocable(None)
    grant = GrantState(uuid.uuid4(), "Pat Doe: SAP / AP clerk", revoked=False, on_revocation=None)
    assert check_revocable(grant) is grant
    with pytest.raises(ValidationError, match="already revoked"):
        check_revocable(GrantState(grant.id, grant.label, True, None))
    with pytest.raises(ValidationError, match="ACC-000007"):
        check_revocable(GrantState(grant.id, grant.label, False, "ACC-000007"))


expiring = st.builds(
    Expiring, st.uuids(), st.one_of(st.none(), st.integers(-20, 40).map(
        lambda d: NOW + timedelta(days=d))), st.booleans(), st.booleans())


@given(st.lists(expiring, max_size=30))
def test_expiry_tasks_are_the_live_uncovered_grants_due_within_the_lead(
        grants: list[Expiring]) -> None:
    chosen = expiry_tasks(grants, NOW)
    by_id = {g.id: g for g in grants}
    assert len(set(chosen)) == len(chosen)
    for g in grants:
        due = (g.expires_at is not None and g.expires_at <= NOW + EXPIRY_LEAD
               and not g.revoked and not g.on_revocation)
        assert (g.id in chosen) == due == needs_expiry_task(g, NOW)
    expiries = [by_id[i].expires_at for i in chosen]
    assert expiries == sorted(expiries)  # type: ignore[type-var]


def _reviewer(name: str, staff: bool = True) -> Reviewer:
    return Reviewer(name, staff_id=uuid.uuid4()) if staff else Reviewer(name,
                                                                        person_id=uuid.uuid4())


maybe_reviewer = st.one_of(st.none(), st.sampled_from(["Mia", "Ola"]).map(_reviewer))
candidates = st.lists(st.builds(ReviewCandidate, st.uuids(), st.just("a grant"),
                                maybe_reviewer, maybe_reviewer), min_size=1, max_size=15)


@given(candidates, st.sampled_from(ReviewerRole))
def test_each_grant_gets_the_preferred_reviewer_else_the_other(
        cands: list[ReviewCandidate], prefer: ReviewerRole) -> None:
    if any(c.manager is None and c.owner is None for c in cands):
        with pytest.raises(ValidationError, match="neither a manager nor a system owner"):
            assign_reviewers(cands, prefer)
        return
    out = assign_reviewers(cands, prefer)
    assert [a.grant_id for a in out] == [c.grant_id for c in cands]
    for c, a in zip(cands, out, strict=True):
        first = c.manager if prefer is ReviewerRole.MANAGER else c.owner
        assert a.reviewer == (first if first is not None else (
            c.owner if prefer is ReviewerRole.MANAGER else c.manager))
        assert (a.role is prefer) == (first is not None)


def test_an_empty_review_is_refused() -> None:
    with pytest.raises(ValidationError, match="nothing to review"):
        assign_reviewers([], ReviewerRole.OWNER)


def _line(reviewer: Reviewer, decision: ReviewDecision = ReviewDecision.PENDING) -> ReviewLine:
    return ReviewLine(uuid.uuid4(), "Pat Doe: SAP / AP clerk", reviewer, decision)


def test_only_the_reviewer_asked_or_their_delegate_decides() -> None:
    mine = _line(Reviewer("Me", staff_id=ME))
    check_decision(mine, False, ME, frozenset(), recorded=False, comment="")
    theirs = _line(Reviewer("Other", staff_id=OTHER))
    with pytest.raises(PermissionDenied, match="not asked.*Other was"):
        check_decision(theirs, False, ME, frozenset(), recorded=False, comment="")
    check_decision(theirs, False, ME, frozenset({OTHER}), recorded=False, comment="")


def test_an_agent_records_only_for_reviewers_without_a_login() -> None:
    manager = _line(Reviewer("Mia Manager", person_id=uuid.uuid4()))
    check_decision(manager, False, ME, frozenset(), recorded=True, comment="by phone")
    with pytest.raises(PermissionDenied, match="not asked"):
        check_decision(manager, False, ME, frozenset(), recorded=False, comment="")
    staff = _line(Reviewer("Other", staff_id=OTHER))
    with pytest.raises(PermissionDenied, match="decides in My approvals"):
        check_decision(staff, False, ME, frozenset(), recorded=True, comment="")


def test_decided_lines_and_finished_reviews_are_final() -> None:
    line = _line(Reviewer("Me", staff_id=ME), ReviewDecision.CONFIRMED)
    with pytest.raises(ValidationError, match="already confirmed"):
        check_decision(line, False, ME, frozenset(), recorded=False, comment="")
    with pytest.raises(ValidationError, match="finished"):
        check_decision(_line(Reviewer("Me", staff_id=ME)), True, ME, frozenset(),
                       recorded=False, comment="")
    with pytest.raises(ValidationError, match="why"):
        check_revoke_reason(ReviewDecision.REVOKED, "  ")
    check_revoke_reason(ReviewDecision.CONFIRMED, "")


@given(st.lists(st.sampled_from(ReviewDecision), max_size=40))
def test_progress_adds_up_and_finishes_only_when_nothing_is_pending(
        decisions: list[ReviewDecision]) -> None:
    p = progress(decisions)
    assert p.confirmed + p.revoked + p.pending == p.total == len(decisions)
    assert p.finished == (bool(decisions) and ReviewDecision.PENDING not in decisions)
    assert 0 <= p.percent <= 100
    assert (p.percent == 100) == (p.pending == 0)


def test_overdue_reviewers_are_those_with_pending_lines_after_the_due_date() -> None:
    mia, ola = Reviewer("Mia", staff_id=ME), Reviewer("Ola", person_id=OTHER)
    lines = [_line(mia), _line(mia), _line(ola), _line(ola, ReviewDecision.REVOKED)]
    assert overdue_reviewers(lines, NOW, NOW) == []
    assert overdue_reviewers(lines, NOW, NOW + timedelta(hours=1)) == [("Mia", 2), ("Ola", 1)]


def test_a_reviewer_is_staff_or_a_person_never_both() -> None:
    with pytest.raises(ValueError):
        Reviewer("Nobody")
    with pytest.raises(ValueError):
        Reviewer("Both", staff_id=ME, person_id=OTHER)
