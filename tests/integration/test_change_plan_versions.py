"""The change plan on SQLite and PostgreSQL, edited by two change managers at once: a freeze
window, a release, a CAB rule or a standard change saved (or removed) against the version a
person read is refused when the other saved it meanwhile, with a sentence and their saved
record; nothing of the refused save is written, to the record or to the audit trail. A
release is deleted only while no change belongs to it; every plan edit is audited."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from deskapp.db.models import AuditEvent
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, Policy, StageRule
from deskapp.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from deskapp.runtime import Database
from deskapp.services.change_dto import ApprovalRuleDTO, TemplateDTO
from deskapp.services.change_plan import FreezeDTO, ReleaseDTO, TemplateDraft
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from tests.support.factories import Desk, make_desk

START = datetime(2031, 12, 20, 0, 0, tzinfo=UTC)


@pytest.fixture
def desk(database: Database) -> Desk:
    return make_desk(database)


@pytest.fixture
def two(database: Database, desk: Desk) -> tuple[Services, Services]:
    """Two change managers, each signed in with their own services (a session per save)."""
    return tuple(Services.build(database.uow, ensure_staff(  # type: ignore[return-value]
        database.uow, name, name.title(), ("change_manager",))) for name in ("cm.ann", "cm.ben"))


def _trail(database: Database, record_id: uuid.UUID) -> list[tuple[str, str | None, str]]:
    with database.uow(read_only=True) as uow:
        rows = uow.session.scalars(select(AuditEvent).where(AuditEvent.record_id == record_id)
                                   .order_by(AuditEvent.occurred_at, AuditEvent.field))
        return [(r.action, r.field, r.actor_login) for r in rows]


def test_a_freeze_window_saved_meanwhile_refuses_the_older_save_with_theirs(
        database: Database, two: tuple[Services, Services], desk: Desk) -> None:
    ann, ben = two
    made = ann.change_plan.save_freeze("Year-end freeze", START, START + timedelta(days=14),
                                       reason="Finance closes the books.")
    seen_by_ben = ben.change_plan.freezes(START, START + timedelta(days=1))[0]
    ann.change_plan.save_freeze("Year-end freeze", START, START + timedelta(days=16),
                                desk.service_id, "Longer this year.", freeze_id=made.id,
                                expected_version=made.version)
    with pytest.raises(ConflictError) as refused:
        ben.change_plan.save_freeze("Holiday freeze", START, START + timedelta(days=10),
                                    freeze_id=made.id, expected_version=seen_by_ben.version)
    assert "Someone else saved this record after you opened it" in str(refused.value)
    theirs = refused.value.theirs
    assert isinstance(theirs, FreezeDTO) and theirs.ends_at == START + timedelta(days=16)
    assert theirs.reason == "Longer this year." and theirs.version > seen_by_ben.version
    (stored,) = ann.change_plan.freezes(START, START + timedelta(days=1))
    assert stored == theirs  # nothing of Ben's save
    # saving again on their version goes through
    ben.change_plan.save_freeze("Holiday freeze", START, START + timedelta(days=10),
                                freeze_id=made.id, expected_version=theirs.version)
    # removing what someone changed since is refused too
    with pytest.raises(ConflictError):
        ann.change_plan.remove_freeze(made.id, theirs.version)
    assert len(ann.change_plan.freezes(START, START + timedelta(days=1))) == 1
    trail = _trail(database, made.id)
    assert ("created", None, "cm.ann") in trail
    assert ("changed", "ends_at", "cm.ann") in trail and ("changed", "name", "cm.ben") in trail
    assert not [t for t in trail if t[0] == "deleted"]


def test_a_release_saved_meanwhile_refuses_the_older_save_with_theirs(
        database: Database, two: tuple[Services, Services]) -> None:
    ann, ben = two
    made = ann.change_plan.save_release("Spring 2032", START, START + timedelta(hours=6))
    (seen_by_ben,) = ben.change_plan.releases()
    ann.change_plan.save_release("Spring 2032", START, START + timedelta(hours=8),
                                 "in_progress", release_id=made.id,
                                 expected_version=made.version)
    with pytest.raises(ConflictError) as refused:
        ben.change_plan.save_release("Spring 2032 (moved)", None, None, "planned",
                                     "Moved to summer.", release_id=made.id,
                                     expected_version=seen_by_ben.version)
    theirs = refused.value.theirs
    assert isinstance(theirs, ReleaseDTO) and theirs.status == "in_progress"
    assert ben.change_plan.releases() == [theirs]
    assert [t for t in _trail(database, made.id) if t[2] == "cm.ben"] == []


def test_a_cab_rule_saved_meanwhile_refuses_the_older_save_with_theirs(
        database: Database, two: tuple[Services, Services], desk: Desk) -> None:
    ann, ben = two

    def rule(staff: uuid.UUID, policy: Policy = Policy.ANY) -> ApprovalRule:
        return ApprovalRule((StageRule((ApproverSpec(ApproverKind.STAFF, staff),), policy),))

    # both see no rule for normal changes of high risk and add one: the second is refused
    first = ann.change_plan.set_approval_rule("normal", "high", rule(ann.actor.staff_id), 0)
    with pytest.raises(ConflictError) as refused:
        ben.change_plan.set_approval_rule("normal", "high", rule(ben.actor.staff_id), 0)
    assert isinstance(refused.value.theirs, ApprovalRuleDTO)
    assert refused.value.theirs.id == first.id
    # both read version 1; Ann's edit lands first
    team = ApprovalRule((StageRule((ApproverSpec(ApproverKind.TEAM, desk.team_id),),
                                   Policy.MAJORITY),))
    second = ann.change_plan.set_approval_rule("normal", "high", team, first.version)
    with pytest.raises(ConflictError) as refused:
        ben.change_plan.set_approval_rule("normal", "high", rule(ben.actor.staff_id),
                                          first.version)
    theirs = refused.value.theirs
    assert theirs == second and theirs.rule == team.to_json()
    (stored,) = ann.change_plan.approval_rules()
    assert stored.rule == team.to_json()  # nothing of Ben's
    with pytest.raises(ConflictError):
        ben.change_plan.remove_approval_rule(first.id, first.version)
    assert len(ann.change_plan.approval_rules()) == 1
    ben.change_plan.remove_approval_rule(first.id, theirs.version)
    assert ann.change_plan.approval_rules() == []
    trail = _trail(database, first.id)
    assert [a for a, _f, who in trail if who == "cm.ben"] == ["deleted"]
    assert ("changed", "rule", "cm.ann") in trail


def test_a_standard_change_saved_meanwhile_comes_back_as_theirs(
        two: tuple[Services, Services]) -> None:
    ann, ben = two
    made = ann.change_plan.save_template(TemplateDraft(
        "Restart the spooler", "Stop, start.", "Start it.", "Print a page.", 30))
    ann.change_plan.save_template(TemplateDraft(
        "Restart the spooler", "Theirs.", "Start it.", "Print a page.", 45), made.id,
        made.version)
    with pytest.raises(ConflictError) as refused:
        ben.change_plan.save_template(TemplateDraft(
            "Restart the spooler", "Mine.", "Start it.", "Print a page.", 20), made.id,
            made.version)
    theirs = refused.value.theirs
    assert isinstance(theirs, TemplateDTO) and theirs.implementation_plan == "Theirs."
    assert ben.change_plan.templates()[0].duration_minutes == 45


def test_a_release_is_deleted_only_while_no_change_belongs_to_it(
        database: Database, two: tuple[Services, Services], desk: Desk) -> None:
    ann, ben = two
    release = ann.change_plan.save_release("Network refresh", START, START + timedelta(days=2))
    changes = [ann.changes.create({"change_type": "normal", "title": f"Switch {n}",
                                   "ci_id": desk.ci_id, "release_id": release.id})
               for n in range(1, 8)]
    with pytest.raises(ValidationError) as refused:
        ann.change_plan.delete_release(release.id, release.version)
    sentence = str(refused.value)
    assert "'Network refresh' still holds 7 change(s)" in sentence
    assert changes[0].number in sentence and "and 2 more" in sentence
    assert "Release field" in sentence
    assert ann.change_plan.releases() == [release]
    assert all(ann.changes.get(c.id).release is not None for c in changes)
    # taken out of the release one by one, it can go
    for c in changes:
        now = ann.changes.get(c.id)
        ann.changes.update(c.id, now.version, {"release_id": None})
    # not by someone who is not a change manager or an administrator
    agent = Services.build(database.uow, ensure_staff(database.uow, "agent.cy", "Cy",
                                                      ("agent",)))
    with pytest.raises(PermissionDenied):
        agent.change_plan.delete_release(release.id, release.version)
    # nor against a version someone else has changed since
    newer = ben.change_plan.save_release("Network refresh", None, None, "cancelled",
                                         release_id=release.id,
                                         expected_version=release.version)
    with pytest.raises(ConflictError) as stale:
        ann.change_plan.delete_release(release.id, release.version)
    assert stale.value.theirs == newer
    ann.change_plan.delete_release(release.id, newer.version)
    assert ann.change_plan.releases() == []
    with pytest.raises(NotFound):
        ben.change_plan.delete_release(release.id, newer.version)
    trail = _trail(database, release.id)
    assert trail[-1] == ("deleted", None, "cm.ann")
    assert ("changed", "status", "cm.ben") in trail
