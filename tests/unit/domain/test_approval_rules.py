"""Approval rules: the any / all / majority arithmetic, sequential stages, who may decide, and
delegation (chains followed, loops refused)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskapp.domain.approvals import (
    ApprovalRule,
    ApproverKind,
    ApproverSpec,
    Decision,
    Delegation,
    Policy,
    StageRule,
    Vote,
    acting_for,
    check_decision,
    check_delegation,
    check_rule,
    delegate_of,
    evaluate,
    needed,
    stage_outcome,
)
from deskapp.errors import PermissionDenied, ValidationError

A, R, P = Decision.APPROVED, Decision.REJECTED, Decision.PENDING
decisions = st.lists(st.sampled_from([A, R, P]), min_size=1, max_size=15)
policies = st.sampled_from(list(Policy))


def _rule(*policies_: Policy) -> ApprovalRule:
    return ApprovalRule(tuple(StageRule((ApproverSpec(ApproverKind.CALLER_MANAGER),), p)
                              for p in policies_))


@pytest.mark.parametrize(("policy", "votes", "outcome"), [
    (Policy.ANY, [A, P, P], A),
    (Policy.ANY, [R, R, P], P),
    (Policy.ANY, [R, R, R], R),
    (Policy.ALL, [A, A, P], P),
    (Policy.ALL, [A, A, A], A),
    (Policy.ALL, [A, R, P], R),
    (Policy.MAJORITY, [A, A, P], A),  # 2 of 3
    (Policy.MAJORITY, [A, R, P], P),
    (Policy.MAJORITY, [R, R, P], R),
    (Policy.MAJORITY, [A, A, R, R], R),  # 2 of 4 is no majority, and 3 can no longer come
    (Policy.MAJORITY, [A, A, P, R], P),
    (Policy.MAJORITY, [A], A),
])
def test_stage_outcomes(policy: Policy, votes: list[Decision], outcome: Decision) -> None:
    assert stage_outcome(policy, votes) is outcome


@given(policies, decisions)
def test_an_outcome_follows_from_the_counts(policy: Policy, votes: list[Decision]) -> None:
    outcome = stage_outcome(policy, votes)
    need = needed(policy, len(votes))
    assert 1 <= need <= len(votes)
    assert (outcome is A) == (votes.count(A) >= need)
    if outcome is P:  # undecided: the pending votes could still tip it either way
        assert votes.count(A) + votes.count(P) >= need
        assert P in votes


@given(policies, decisions, st.data())
def test_a_decided_stage_stays_decided(policy: Policy, votes: list[Decision],
                                       data: st.DataObject) -> None:
    """Deciding the pending votes, in any way, never changes a decided outcome."""
    before = stage_outcome(policy, votes)
    after = [v if v is not P else data.draw(st.sampled_from([A, R])) for v in votes]
    final = stage_outcome(policy, after)
    assert final is not P  # everybody decided: the stage is decided
    if before is not P:
        assert final is before


@given(decisions)
def test_all_is_the_strictest_and_any_the_most_lenient(votes: list[Decision]) -> None:
    order = {R: 0, P: 1, A: 2}
    strict, middle, lenient = (stage_outcome(p, votes) for p in
                               (Policy.ALL, Policy.MAJORITY, Policy.ANY))
    if strict is A:
        assert middle is A and lenient is A
    if lenient is R:
        assert middle is R and strict is R
    assert order[strict] <= order[lenient]


def test_stages_run_in_order_and_a_rejection_ends_the_approval() -> None:
    rule = _rule(Policy.ALL, Policy.ANY)
    k = [uuid.uuid4() for _ in range(4)]
    s = uuid.uuid4()
    first = [Vote(k[0], 1, s, A), Vote(k[1], 1, s, P)]
    state = evaluate(rule, first)
    assert (state.outcome, state.current, state.asked) == (P, 1, frozenset({k[1]}))
    assert state.next_to_open is None
    state = evaluate(rule, [first[0], Vote(k[1], 1, s, A)])
    assert (state.outcome, state.current, state.next_to_open) == (P, 2, 2)
    assert state.stages[0].outcome is A and not state.stages[1].opened
    second = [first[0], Vote(k[1], 1, s, A), Vote(k[2], 2, s, R), Vote(k[3], 2, s, P)]
    assert evaluate(rule, second).outcome is P  # any: one rejection of two leaves hope
    second[-1] = Vote(k[3], 2, s, A)
    state = evaluate(rule, second)
    assert (state.outcome, state.current, state.asked) == (A, None, frozenset())
    rejected = evaluate(rule, [Vote(k[0], 1, s, R), Vote(k[1], 1, s, P)])
    assert rejected.outcome is R and rejected.current is None


@given(st.lists(st.tuples(policies, decisions), min_size=1, max_size=4))
def test_the_whole_approval_is_its_first_undecided_or_rejected_stage(
        stages: list[tuple[Policy, list[Decision]]]) -> None:
    rule = _rule(*(p for p, _ in stages))
    votes = [Vote(uuid.uuid4(), n, uuid.uuid4(), d)
             for n, (_, ds) in enumerate(stages, start=1) for d in ds]
    state = evaluate(rule, votes)
    outcomes = [stage_outcome(p, ds) for p, ds in stages]
    first_not_approved = next((o for o in outcomes if o is not A), A)
    assert state.outcome is first_not_approved
    assert (state.current is None) == (state.outcome is not P)
    if state.current is not None:
        assert all(o is A for o in outcomes[:state.current - 1])
        assert state.asked == {v.key for v in votes
                               if v.stage == state.current and v.decision is P}


def test_rules_are_checked_and_survive_json() -> None:
    with pytest.raises(ValidationError, match="at least one approval stage"):
        check_rule(ApprovalRule(()))
    with pytest.raises(ValidationError, match="Stage 2 names no approver"):
        check_rule(ApprovalRule((_rule(Policy.ANY).stages[0], StageRule((), Policy.ALL))))
    with pytest.raises(ValidationError, match="at most 5 stages"):
        check_rule(_rule(*[Policy.ANY] * 6))
    with pytest.raises(ValueError, match="ref required"):
        ApproverSpec(ApproverKind.TEAM)
    rule = ApprovalRule((StageRule((ApproverSpec(ApproverKind.STAFF, uuid.uuid4()),
                                    ApproverSpec(ApproverKind.SERVICE_OWNER)), Policy.MAJORITY),
                         StageRule((ApproverSpec(ApproverKind.TEAM, uuid.uuid4()),))))
    check_rule(rule)
    assert ApprovalRule.from_json(rule.to_json()) == rule


def test_who_may_decide() -> None:
    me, boss, other = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    rule = _rule(Policy.ALL, Policy.ANY)
    mine, bosses = Vote(uuid.uuid4(), 1, me), Vote(uuid.uuid4(), 1, boss)
    external = Vote(uuid.uuid4(), 1, None)
    state = evaluate(rule, [mine, bosses, external])
    kw = {"item_open": True, "item_number": "INC-000001", "approver_name": "Bo Boss"}
    check_decision(state, bosses, acting_for=frozenset({other, boss}), **kw)
    with pytest.raises(PermissionDenied, match="You were not asked to approve INC-000001"):
        check_decision(state, bosses, acting_for=frozenset({other}), **kw)
    with pytest.raises(ValidationError, match="INC-000001 is closed"):
        check_decision(state, mine, acting_for=frozenset({me}), **{**kw, "item_open": False})
    with pytest.raises(ValidationError, match="no DeskApp login"):
        check_decision(state, external, acting_for=frozenset({me}), **kw)
    check_decision(state, external, acting_for=frozenset({me}), recording=True, **kw)
    with pytest.raises(ValidationError, match="has a DeskApp login"):
        check_decision(state, mine, acting_for=frozenset({me}), recording=True, **kw)
    done = Vote(mine.key, 1, me, A)
    with pytest.raises(ValidationError, match="already approved"):
        check_decision(evaluate(rule, [done, bosses]), done, acting_for=frozenset({me}), **kw)
    # stage 1 approved: a stage-1 line is no longer decidable
    later = evaluate(rule, [done, Vote(bosses.key, 1, boss, A), Vote(uuid.uuid4(), 2, me)])
    with pytest.raises(ValidationError, match="Stage 1 of INC-000001 is already decided"):
        check_decision(later, Vote(bosses.key, 1, boss), acting_for=frozenset({boss}), **kw)
    rejected = evaluate(rule, [Vote(mine.key, 1, me, R), bosses])
    with pytest.raises(ValidationError, match="already rejected"):
        check_decision(rejected, bosses, acting_for=frozenset({boss}), **kw)


DAY = date(2026, 12, 1)


def _d(source: uuid.UUID, target: uuid.UUID, start: int, end: int) -> Delegation:
    return Delegation(source, target, DAY + timedelta(start), DAY + timedelta(end), uuid.uuid4())


def test_delegations_chain_and_date_ranges_count() -> None:
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    ds = [_d(a, b, 0, 9), _d(b, c, 5, 6)]
    assert acting_for(b, ds, DAY) == {a, b}
    assert acting_for(c, ds, DAY) == {c}
    assert acting_for(c, ds, DAY + timedelta(5)) == {a, b, c}
    assert acting_for(b, ds, DAY + timedelta(10)) == {b}
    assert delegate_of(a, ds, DAY + timedelta(6)) == c
    assert delegate_of(c, ds, DAY) is None


def test_delegation_mistakes_are_refused() -> None:
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    names = {a: "Ann", b: "Ben", c: "Cat"}
    with pytest.raises(ValidationError, match="to themselves"):
        check_delegation(_d(a, a, 0, 1), [], names)
    with pytest.raises(ValidationError, match="ends before it starts"):
        check_delegation(_d(a, b, 3, 1), [], names)
    with pytest.raises(ValidationError, match="Ann already delegates to Ben"):
        check_delegation(_d(a, c, 5, 20), [_d(a, b, 0, 9)], names)
    with pytest.raises(ValidationError, match="loop .*Ben → Ann → Ben"):
        check_delegation(_d(b, a, 5, 20), [_d(a, b, 0, 9)], names)
    with pytest.raises(ValidationError, match="loop .*Cat → Ann → Ben → Cat"):
        check_delegation(_d(c, a, 7, 7), [_d(a, b, 0, 9), _d(b, c, 5, 8)], names)
    # the same pair on days that never meet is no loop
    check_delegation(_d(b, a, 10, 20), [_d(a, b, 0, 9)], names)
    # editing a delegation is checked against the others, not against its old self
    old = _d(a, b, 0, 9)
    check_delegation(Delegation(a, c, old.starts, old.ends, old.key), [old], names)


people = st.lists(st.uuids(), min_size=2, max_size=5, unique=True)


@given(people, st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4), st.integers(0, 15),
                                  st.integers(0, 6)), max_size=25))
def test_accepted_delegations_never_loop(who: list[uuid.UUID],
                                         attempts: list[tuple[int, int, int, int]]) -> None:
    """Whatever is tried, the delegations accepted leave nobody's approvals going round in a
    circle on any day, and each person delegates to at most one person a day."""
    accepted: list[Delegation] = []
    for src, dst, start, length in attempts:
        new = _d(who[src % len(who)], who[dst % len(who)], start, start + length)
        try:
            check_delegation(new, accepted, {})
        except ValidationError:
            continue
        accepted.append(new)
    for offset in range(0, 25):
        day = DAY + timedelta(offset)
        active = [d for d in accepted if d.active_on(day)]
        sources = [d.source for d in active]
        assert len(sources) == len(set(sources))
        step = {d.source: d.target for d in active}
        for start in step:
            seen, current = {start}, start
            while current in step:
                current = step[current]
                assert current not in seen
                seen.add(current)
        for person in who:
            for other in acting_for(person, accepted, day) - {person}:
                assert delegate_of(other, accepted, day) is not None
